"""Classes of everyday phrasing the eleventh natural set's dev halves showed misread (issue 15),
each tested on its class: function words that are no topic whatever the dense search finds for
them ("but", "being"); a stage said in everyday words ("still being built", « qui roulent »); a
year standing next to the items ("the 2025 records", « les fiches 2024 »); a value left out by a
word after it ("setting the RAMQ aside", « la RAMQ mise à part »); French round numbers (« une
dizaine », « une cinquantaine ») and "a dozen"; what one body "mainly" does (its categories, not
itself); and "what's the difference?" after two counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.understand.evidence import TopicEvidence
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

DATA = Path(__file__).resolve().parents[1] / "data/registers"
US = DATA / "us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
UK = DATA / "uk-atrs/atrs_records.csv"


@pytest.fixture(scope="module")
def qc():
    return Understander(load_register(FULL_REGISTER))


@pytest.fixture(scope="module")
def us():
    return Understander(load_register(US, "us-federal-2024"))


@pytest.fixture(scope="module")
def uk():
    return Understander(load_register(UK, "uk-atrs"))


def _run(u, question, history=None):
    turns = []
    for earlier in history or []:
        turns += [{"role": "user", "content": earlier}, {"role": "assistant", "content": ""}]
    plan = u(question, turns)
    return plan, Executor(u.register, retriever=None)(plan).figures


@pytest.mark.parametrize("words", ["but", "being", "already doing", "mais pourtant", "setting"])
def test_function_words_are_no_topic_even_when_the_dense_search_finds_rows_for_them(words):
    evidence = TopicEvidence(stems=["chatbot"], search=lambda text, language: True)  # a search that finds rows for anything
    topic, aside, unknown = evidence.keep(words, "en")
    assert (topic, unknown) == ("", []) and set(aside) == set(words.split())


def test_a_real_word_next_to_function_words_stays_the_topic():
    topic, _, _ = TopicEvidence(stems=["chatbot"], search=None).keep("but chatbots", "en")
    assert topic == "chatbots"


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("What share of NIH's use cases are still being built?", 13),
        ("How many NIH use cases are in the works?", 13),
    ],
)
def test_a_stage_said_in_everyday_words(us, question, count):
    plan, figures = _run(us, question)
    assert "acquisition_development" in (plan.part or plan.filters).get("status", []) and figures["count"] == count
    assert not plan.topic


def test_a_stage_said_as_projects_that_run(qc):
    plan, figures = _run(qc, "Sur les projets du MTMD qui roulent, combien en pourcentage sont de la géomatique?")
    assert plan.filters["status"] == ["in_production"] and figures["share"]["denominator"] == 15


@pytest.mark.parametrize(
    ("question", "year", "count"),
    [
        ("How many 2024 records are there?", "2024", 23),
        ("How many 2025 records weren't from a council?", "2025", 89),
        ("Combien de fiches 2024 ?", "2024", 23),
        ("combien de fiches de 2025 viennent du DWP?", "2025", 6),
    ],
)
def test_a_year_next_to_the_items_is_their_date_on_a_register_with_one_date(uk, question, year, count):
    plan, figures = _run(uk, question)
    assert plan.filters["published"] == [year] and figures["count"] == count


def test_a_year_next_to_the_items_is_no_date_where_the_register_has_none(qc):
    plan, figures = _run(qc, "How many 2025 initiatives are chatbots?")
    assert set(plan.filters) == {"category"} and figures["count"] == 68


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("Setting the RAMQ aside, which body has the most chatbots?", "Régie de l'assurance maladie du Québec"),
        ("La RAMQ mise à part, combien de projets en santé ?", "Régie de l'assurance maladie du Québec"),
        ("Combien d'initiatives en production, en laissant le MSSS de côté ?", "Ministère de la Santé et des Services sociaux"),
        ("How many chatbots, CHUM excluded?", "CHUM"),
    ],
)
def test_a_value_left_out_by_a_word_after_it(qc, question, left_out):
    plan, _ = _run(qc, question)
    assert plan.exclude.get("body") == [left_out] and left_out not in plan.filters.get("body", [])
    assert plan.explained == 1.0 and not plan.topic


@pytest.mark.parametrize(
    ("question", "having"),
    [
        ("Combien d'organismes ont une dizaine d'initiatives ou plus ?", [(">=", 10)]),
        ("Quels organismes ont plus d'une vingtaine de projets ?", [(">", 20)]),
        ("Which bodies have more than a dozen projects?", [(">", 12)]),
    ],
)
def test_round_numbers_in_words_are_group_conditions(qc, question, having):
    plan, _ = _run(qc, question)
    assert (plan.intent, plan.group_by, plan.having) == ("breakdown", "body", having)


@pytest.mark.parametrize(("body", "holds"), [("MRNF", False), ("MTMD", True)])
def test_a_round_number_stated_and_asked_back_is_a_rough_claim(qc, body, holds):
    plan, figures = _run(qc, f"Le {body} a une vingtaine de projets, non ?")
    assert plan.claim == {"op": "~", "value": 20, "unit": ""} and figures["claim"]["holds"] is holds


@pytest.mark.parametrize(
    "question",
    [
        "À quoi la RAMQ utilise-t-elle surtout l'IA ?",
        "what's the Ministry of Health mostly doing AI-wise that isn't live?",
        "c'est quoi le gros des affaires d'IA au ministère de la Santé?",
    ],
)
def test_what_one_body_mainly_does_ranks_its_categories(qc, question):
    plan, figures = _run(qc, question)
    assert (plan.intent, plan.group_by, len(plan.filters["body"])) == ("rank", "category", 1)
    assert figures["by"] == "category"


@pytest.mark.parametrize(
    ("turns", "counts"),
    [
        (["Combien de projets au MRNF ?", "et au MTMD ?", "quelle est la différence ?"], [26, 19]),
        (["How many chatbots at the CHUM?", "and at the RAMQ?", "which has more?"], [2, 1]),
    ],
)
def test_the_difference_after_two_counts_compares_them(qc, turns, counts):
    plan, figures = _run(qc, turns[-1], turns[:-1])
    assert plan.intent == "compare" and [g["count"] for g in figures["compare"]] == counts


@pytest.mark.parametrize(
    ("question", "count"),
    [("What share of DWP records are blorfed?", 6), ("Quel pourcentage des fiches du DWP sont zorglubées ?", 6)],
)
def test_a_share_whose_part_is_not_understood_gives_no_share(uk, question, count):
    plan, figures = _run(uk, question)
    assert plan.intent == "count" and "share" not in figures and figures["count"] == count  # never "6 (100 %)"
    assert any("share" in n or "proportion" in n for n in plan.notes)


def test_a_share_whose_part_is_understood_stays_a_share(uk):
    plan, figures = _run(uk, "What share of DWP's records were published in 2025?")
    assert plan.intent == "share" and figures["share"]["numerator"] == 6


def test_not_rolled_out_yet_is_not_in_production(qc):
    plan, figures = _run(qc, "Of everything not rolled out yet, what share is chatbots?")
    assert plan.exclude == {"status": ["in_production"]} and figures["share"]["numerator"] == 35 and figures["share"]["denominator"] == 126


@pytest.mark.parametrize("again", ["c'est lesquels?", "ce sont lesquels ?"])
def test_asking_which_ones_after_a_count_lists_them(qc, again):
    plan, figures = _run(qc, again, ["Combien de projets pas encore déployés dans les cégeps?"])
    assert plan.intent == "list" and plan.exclude == {"status": ["in_production"]} and figures["count"] == 10


def test_what_are_they_after_a_count_lists_them(qc):
    plan, _ = _run(qc, "what are they?", ["How many chatbots at the CHUM?"])
    assert plan.intent == "list" and plan.filters == {"category": ["conversational_agent"], "body": ["CHUM"]}


@pytest.mark.parametrize(
    ("question", "having"),
    [
        ("How many bodies have a handful of records — say 4 to 6?", [(">=", 4), ("<=", 6)]),
        ("Quels organismes publics ont de 4 à 6 fiches ?", [(">=", 4), ("<=", 6)]),
    ],
)
def test_a_range_of_counts_said_n_to_m(uk, question, having):
    plan, figures = _run(uk, question)
    assert (plan.intent, plan.having, plan.claim) == ("breakdown", having, None) and figures["groups"] == 7


@pytest.mark.parametrize(
    ("register", "question"),
    [("us", "Who's the Chief AI Officer at the VA?"), ("uk", "Which of DWP's tools has had an equality impact assessment?")],
)
def test_people_and_assessments_the_register_does_not_record_are_refused(us, uk, register, question):
    plan, _ = _run({"us": us, "uk": uk}[register], question)
    assert plan.intent == "out_of_scope"


def test_leaving_the_top_one_out_asks_for_the_second(us):
    first = "Top agency for PII use cases?"
    shown = "Agencies with the most use cases (PII: yes):\n1. Department of Homeland Security: 43 use cases [2, 3]"
    plan = us("and if you leave that one out?", [{"role": "user", "content": first}, {"role": "assistant", "content": shown}])
    assert (plan.intent, plan.position, plan.group_by, plan.filters) == ("rank", 2, "portfolio", {"pii": ["yes"]})


def test_a_claim_reported_after_a_sentence_opening_on_un(qc):
    plan, figures = _run(qc, "Un collègue affirme que le CHUM a 15 projets d'IA. C'est exact?")
    assert plan.claim == {"op": "==", "value": 15, "unit": ""} and figures["claim"]["holds"] is False and figures["count"] == 12


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Combien de portefeuilles comptent une seule initiative ?", "portfolio"),
        ("Combien d'organismes ont un seul projet ?", "body"),
        ("How many bodies have a single initiative?", "body"),
    ],
)
def test_groups_with_a_single_item(qc, question, field):
    plan, _ = _run(qc, question)
    assert (plan.intent, plan.group_by, plan.having) == ("breakdown", field, [("==", 1)])


@pytest.mark.parametrize(("follow_up", "top_n"), [("and the most automation projects?", 1), ("and the top 3 for automation?", 3)])
def test_a_follow_up_ranking_keeps_the_number_of_groups_unless_it_says_one(qc, follow_up, top_n):
    plan, _ = _run(qc, follow_up, ["Which body has the most chatbots?"])
    assert (plan.intent, plan.top_n, plan.filters) == ("rank", top_n, {"category": ["automation"]})


@pytest.mark.parametrize(
    ("register", "question", "top_n"),
    [
        ("us", "What's the most common topic area among DOJ's use cases?", 1),
        ("us", "What are the most common topic areas at DOJ?", 5),
        ("qc", "Quelle est la plus grande catégorie au MRNF ?", 1),
    ],
)
def test_the_most_common_one_asked_in_the_singular(qc, us, register, question, top_n):
    plan, _ = _run({"qc": qc, "us": us}[register], question)
    assert (plan.intent, plan.group_by, plan.top_n, plan.topic) == ("rank", "category", top_n, "")


@pytest.mark.parametrize(
    "question",
    ["Combien de fiches n'ont pas été publiées par le DWP ?", "How many records were not published by DWP?"],
)
def test_a_negation_before_a_participle_and_the_body(uk, question):
    plan, figures = _run(uk, question)
    assert plan.exclude == {"body": ["DWP"]} and figures["count"] == 130


def test_a_kind_with_an_adjective(uk):
    plan, figures = _run(uk, "What proportion of the records were published by local councils?")
    assert plan.kinds == {"body": "local councils"} and not plan.topic and figures["share"]["numerator"] == 10


def test_the_welsh_government_in_french(uk):
    plan, figures = _run(uk, "Est-ce que le gouvernement gallois a publié des fiches ?")
    assert plan.filters == {"body": ["Welsh Government"]} and figures["exists"] is True


@pytest.mark.parametrize("question", ["What do DWP's algorithmic tools cost to run each year?", "How much did HMRC spend on AI?"])
def test_running_costs_are_refused(uk, question):
    assert _run(uk, question)[0].intent == "out_of_scope"


def test_rephrasings_are_in_the_registers_words_and_fields(qc, uk):
    plan = uk("How many blorfs?", [])
    assert plan.suggestions == ["How many records are there in all?", "Which publishing bodies have the most records?"]  # no status, no category
    plan = qc("Combien de blorfs ?", [])
    assert plan.suggestions == ["Combien d'initiatives en tout ?", "Quels organismes publics ont le plus d'initiatives ?",
                                "Répartition des initiatives par catégorie"]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "holds", "count"),
    [("Aucun cégep a de projet en production, hein?", False, 8), ("Le CHUM a 12 projets, hein ?", True, 12)],
)
def test_a_figure_stated_with_a_confirmation_tag_is_a_claim(qc, question, holds, count):
    plan, figures = _run(qc, question)
    assert plan.intent == "count" and figures["claim"]["holds"] is holds and figures["count"] == count
    assert plan.explained == 1.0  # « hein » is no unknown word


def test_who_has_the_most_after_a_scope_ranks_bodies(qc):
    plan, _ = _run(qc, "Dans le réseau de la santé, sans compter le CIUSSS du Centre-Ouest, qui a le plus de projets?")
    assert (plan.intent, plan.group_by) == ("rank", "body")


def test_rank_them_from_biggest_to_smallest(qc):
    plan, figures = _run(qc, "Classe-moi les CIUSSS du plus gros au plus petit en nombre de projets")
    assert (plan.intent, plan.group_by, plan.topic) == ("rank", "body", "") and figures["ranking"][0]["count"] == 14


@pytest.mark.parametrize(
    ("turns", "filters"),
    [
        (["Combien de chatbots en production à la RAMQ ?", "et plutôt en développement ?"],
         {"category": ["conversational_agent"], "status": ["in_development"], "body": ["Régie de l'assurance maladie du Québec"]}),
        (["How many chatbots are in production?", "what about automation instead?"], {"category": ["automation"], "status": ["in_production"]}),
    ],
)  # fmt: skip
def test_rather_swaps_the_field_it_names(qc, turns, filters):
    plan, _ = _run(qc, turns[-1], turns[:-1])
    assert plan.filters == filters


def test_rather_swaps_the_condition_when_it_names_another_field(us):
    plan, _ = _run(us, "et plutôt ceux qui touchent des données personnelles?", ["Quels cas d'usage de la GSA sont en exploitation?"])
    assert plan.filters == {"portfolio": ["General Services Administration"], "pii": ["yes"]}


@pytest.mark.parametrize(
    ("question", "filters"),
    [
        ("How many use cases does Energy have?", {"portfolio": ["Department of Energy"]}),  # it was a body "Energy" the inventory lacks: 0
        ("How many of Energy's use cases are in operation?", {"portfolio": ["Department of Energy"], "status": ["operation_maintenance"]}),
        ("How many Energy use cases are there?", {"portfolio": ["Department of Energy"]}),  # "energy use" was an out-of-scope question
        ("How many use cases does Health have?", {"portfolio": ["Department of Health and Human Services"]}),  # its first word, said of no other
    ],
)
def test_a_department_named_by_its_one_distinctive_word(us, question, filters):
    plan, figures = _run(us, question)
    assert plan.intent == "count" and plan.filters == filters and figures["count"] > 0


def test_a_bigger_share_of_two_departments_named_by_their_first_words(us):
    plan, figures = _run(us, "Is a bigger share of Health's use cases in operation than Energy's?")
    assert plan.intent == "compare" and [v for _, v in plan.compare] == ["Department of Health and Human Services", "Department of Energy"]
    assert figures["claim"]["holds"] is True


@pytest.mark.parametrize(
    ("turns", "base", "part", "share"),
    [
        (["How many chatbots at the RAMQ?", "what percentage of the RAMQ's projects is that?"],
         {"body": ["Régie de l'assurance maladie du Québec"]}, {"category": ["conversational_agent"]}, (1, 4)),
        (["Combien de chatbots en production ?", "ça représente quelle part du registre ?"],
         {}, {"category": ["conversational_agent"], "status": ["in_production"]}, (33, 258)),
    ],
)  # fmt: skip
def test_the_share_of_the_previous_figure(qc, turns, base, part, share):
    plan, figures = _run(qc, turns[-1], turns[:-1])
    assert (plan.intent, plan.filters, plan.part) == ("share", base, part)
    assert (figures["share"]["numerator"], figures["share"]["denominator"]) == share


def test_a_kind_of_bodies_after_have_the(uk):
    plan, figures = _run(uk, "Morning — for a ministerial brief: how many records have the councils published since the start of 2025?")
    assert plan.kinds == {"body": "councils"} and not plan.topic and plan.explained == 1.0 and figures["count"] == 10
