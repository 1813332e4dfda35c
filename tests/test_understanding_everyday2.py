"""Classes of everyday phrasing the thirteenth natural set's dev halves showed misread (issue 15),
each tested on its class: a request's frame ("Can I get …") and the item noun written as one word
("usecases") are no topic; a slip in the register's own title ("transparancy records"); a role
said as a verb ("classified as computer vision"); "the fewest … among those that have any"; a
body the register lacks named at the question's start ("Has Ordnance Survey published…", « L'Ordnance
Survey a-t-il… ») or in a bare follow-up (« Et à la SAQ ? »); "that one" after one group shown;
"most records were X, right?" (a majority, and the largest group said); "type of AI" is the
category, which some registers lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.execute import Executor
from assistant.register.load import load_register
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
        plan = u(earlier, turns)
        evidence = Executor(u.register, retriever=None)(plan)
        shown = "\n".join(f"{i}. {g['label']}: {g['count']} initiatives" for i, g in enumerate(evidence.figures.get("ranking", []), plan.position or 1))
        turns += [{"role": "user", "content": earlier}, {"role": "assistant", "content": shown}]
    plan = u(question, turns)
    return plan, Executor(u.register, retriever=None)(plan).figures


@pytest.mark.parametrize("question", [
    "Can I get the Department of Commerce's use cases split by topic area?",
    "Could I have the Department of Commerce's usecases by topic area?",
])
def test_a_request_frame_and_the_item_noun_in_one_word_are_no_topic(us, question):
    plan, figures = _run(us, question)
    assert plan.topic == "" and plan.filters == {"portfolio": ["Department of Commerce"]}
    df = us.register.df
    assert figures["count"] == int((df["portfolio"] == "Department of Commerce").sum())


def test_a_slip_in_the_registers_own_title_is_no_topic(uk):
    plan, figures = _run(uk, "Which organisation has published the most transparancy records?")
    assert plan.topic == "" and plan.group_by == "body"
    assert {g["value"] for g in figures["ranking"]} == {"DSIT", "DWP"}


def test_fewest_among_those_that_have_any_leaves_out_the_groups_with_none(qc):
    for question in ("Which portfolio has the fewest chatbots among those that have any?",
                     "Parmi les portefeuilles qui en ont, lequel a le moins de robots conversationnels ?"):
        plan, figures = _run(qc, question)
        assert plan.order == "asc" and plan.having == [(">=", 1)]
        assert figures["ranking"] and all(g["count"] == 1 for g in figures["ranking"])


def test_fewest_without_that_phrase_still_counts_the_groups_with_none(qc):
    plan, figures = _run(qc, "Which portfolio has the fewest chatbots?")
    assert plan.having == [] and figures["ranking"][0]["count"] == 0


@pytest.mark.parametrize("question", [
    "Has Ordnance Survey published any algorithmic transparency record?",
    "L'Ordnance Survey a-t-il publié une fiche ?",
])
def test_a_body_the_register_lacks_named_where_the_question_opens(uk, question):
    plan, figures = _run(uk, question)
    assert plan.intent == "exists" and plan.filters == {"body": ["Ordnance Survey"]} and figures["count"] == 0


def test_a_body_the_register_holds_named_where_the_question_opens(uk):
    plan, figures = _run(uk, "Has HMRC published any record?")
    assert plan.filters == {"body": ["HMRC"]} and figures["count"] == 4


@pytest.mark.parametrize(("earlier", "question"), [
    ("How many projects at the CHUM?", "And at the SAQ?"),
    ("Combien de projets au CHUM ?", "Et à la SAQ ?"),
])
def test_a_bare_follow_up_on_a_body_the_register_lacks_counts_none(qc, earlier, question):
    plan, figures = _run(qc, question, [earlier])
    assert plan.filters == {"body": ["SAQ"]} and figures["count"] == 0


@pytest.mark.parametrize(("history", "question", "status_filtered"), [
    (["Which body has the most initiatives?", "And which has the second most?"], "How many does that one have in production?", True),
    (["Quel organisme a le plus de projets ?"], "Combien celui-là en a-t-il en production ?", True),
    (["Which body has the most initiatives?"], "How many chatbots does that one have?", False),
])
def test_that_one_after_one_group_shown_is_that_group(qc, history, question, status_filtered):
    plan, figures = _run(qc, question, history)
    df = qc.register.df
    ranked = df["body"].value_counts()
    expected = ranked.index[1] if len(history) == 2 else ranked.index[0]
    assert plan.filters["body"] == [expected] and not plan.set_aside
    assert ("status" in plan.filters) == status_filtered


def test_a_majority_claimed_of_a_value_says_the_largest_group_too(uk):
    plan, figures = _run(uk, "Most records were published in 2024, right?")
    assert figures["claim"]["holds"] is False and figures["count"] == 23
    assert [g["value"] for g in figures["ranking"]] == ["2025"] and figures["ranking"][0]["count"] == 99


def test_a_majority_claim_that_holds_keeps_its_value_first(qc):
    plan, figures = _run(qc, "La majorité des projets sont en production, vrai ?")
    assert figures["claim"]["holds"] is True and [g["value"] for g in figures["ranking"]] == ["in_production"]


@pytest.mark.parametrize("question", [
    "Break the records down by type of AI",
    "Can you group the records by type of AI (chatbot, computer vision, etc.)?",
    "Répartis les fiches par type d'IA",
])
def test_type_of_ai_is_the_category_which_some_registers_do_not_record(uk, question):
    plan, figures = _run(uk, question)
    assert plan.group_by == "category" and figures.get("missing_field") == "category"


def test_type_of_ai_is_the_category_where_the_register_records_it(qc):
    plan, figures = _run(qc, "Break the initiatives down by type of AI")
    assert plan.group_by == "category" and sum(g["count"] for g in figures["breakdown"]) == len(qc.register.df)


DOI = DATA / "us-doi-2025/doi_2025_ai_use_case_inventory.csv"


@pytest.fixture(scope="module")
def doi(tmp_path_factory):
    from assistant.register.draft import draft_mapping

    out = tmp_path_factory.mktemp("drafts") / "doi.toml"
    out.write_text(draft_mapping(DOI, out).text, encoding="utf-8")
    return Understander(load_register(DOI, out))


def test_a_role_said_as_a_verb_leaves_no_topic(doi):
    plan, figures = _run(doi, "How many use cases are classified as computer vision?")
    assert plan.topic == "" and figures["count"] == 19  # "AI Classification" == "Computer Vision" (pandas)


def test_the_registers_owner_after_an_elided_article_is_the_whole_register(doi):
    plan, figures = _run(doi, "La TVA figure-t-elle dans l'inventaire du département de l'Intérieur ?")
    assert plan.intent == "exists" and plan.filters == {"body": ["TVA"]} and figures["count"] == 0


def test_each_half_of_a_slashed_label_finds_it_and_is_never_a_topic(doi):
    import pandas as pd

    df = pd.read_csv(DOI, header=1, dtype=str, keep_default_na=False)
    usgs = df["Bureau/Component"].str.strip().eq("USGS")
    classical = df["AI Classification"].eq("Classical/Predictive Machine Learning")
    plan, figures = _run(doi, "How many classical machine learning use cases at USGS?")
    assert plan.topic == "" and figures["count"] == int((usgs & classical).sum())
    retired = df["Stage of Development"].str.startswith("Retired")
    plan, figures = _run(doi, "Among USGS use cases that aren't retired, how many are not classical machine learning?")
    assert figures["count"] == int((usgs & ~classical & ~retired).sum())


def test_a_compound_with_a_filler_half_keeps_its_other_half_as_the_topic():
    from assistant.understand.evidence import TopicEvidence

    evidence = TopicEvidence(stems=["security", "fraud"], search=None)
    assert evidence.keep("security-related", "en")[0] == "security"
    assert evidence.keep("fraud-related stuff", "en")[:2] == ("fraud", ["stuff"])


def test_one_word_of_an_excluded_agencys_name_is_still_what_is_counted(us):
    plan, figures = _run(us, "How many health-related use cases sit outside HHS and the VA?")
    df = us.register.df
    outside = ~df["portfolio"].isin(["Department of Health and Human Services", "Department of Veterans Affairs"])
    assert plan.filters == {"category": ["health_medical"]} and figures["count"] == int((outside & df["category"].eq("Santé et médecine")).sum()) == 32
    plan = us("How many health use cases outside HHS?", [])
    assert "health" in plan.topic  # not taken for a word of "Department of Health and Human Services"


def test_law_enforcement_is_the_law_and_justice_topic_area(us):
    plan, figures = _run(us, "Setting DOJ aside, which agency has the most law-enforcement use cases?")
    assert plan.filters == {"category": ["law_justice"]} and figures["ranking"][0]["value"] == "Department of Homeland Security"


@pytest.mark.parametrize(("question", "holds"), [
    ("Le DSIT est à égalité avec le DWP pour le plus de fiches, right?", True),
    ("Is DWP tied with DSIT for first place?", True),
    ("DSIT is tied with HMRC for the most records, right?", False),
])
def test_two_bodies_claimed_tied_at_the_top_are_both_checked(uk, question, holds):
    plan, figures = _run(uk, question)
    counts = uk.register.df["body"].value_counts()
    assert plan.claim["op"] == "rank" and plan.claim["with"] and "body" not in plan.filters
    assert figures["claim"]["holds"] is holds
    assert all(g["count"] == counts[g["label"]] for g in figures["claim"]["with"])


# -- classes from the fourteenth natural set's dev halves --


def test_a_clause_about_where_the_asker_works_ends_at_the_question_word(uk):
    plan, figures = _run(uk, "Hi, I work in a digital team at DSIT - which body has the most transparency records?")
    assert plan.filters == {} and plan.topic == "" and {g["value"] for g in figures["ranking"]} == {"DSIT", "DWP"}
    plan, _ = _run(uk, "Je travaille au DSIT - quel organisme a le plus de fiches ?")
    assert plan.filters == {} and plan.group_by == "body"


def _uk_bodies():
    import pandas as pd

    bodies = pd.read_csv(UK, dtype=str, keep_default_na=False)["publishing_body"].str.strip()
    return bodies[bodies != ""]


def test_distinct_before_the_group_noun_still_counts_that_group(uk):
    plan, figures = _run(uk, "how many distinct orgs have published at least one record")
    assert plan.group_by == "body" and figures["groups"] == _uk_bodies().nunique()


def test_the_registers_nationality_is_the_whole_register(uk):
    plan, figures = _run(uk, "cb d'organismes britanniques ont publie au moins 3 fiches")
    counts = _uk_bodies().value_counts()
    assert plan.topic == "" and figures["groups"] == int((counts >= 3).sum())


@pytest.mark.parametrize(("u", "question", "field", "value"), [
    ("uk", "Combien de fiches proviennent d'un autre organisme que le DSIT ?", "body", "DSIT"),
    ("qc", "Combien de projets viennent d'un autre ministère que le MSSS ?", "body", "Ministère de la Santé et des Services sociaux"),
])
def test_another_body_than_x_leaves_x_out_and_another_is_no_topic(request, u, question, field, value):
    understander = request.getfixturevalue(u)
    plan, figures = _run(understander, question)
    df = understander.register.df
    assert plan.topic == "" and plan.exclude == {field: [value]} and figures["count"] == int((df[field] != value).sum())


def test_its_after_one_group_shown_is_that_group(us):
    plan, _ = _run(us, "How many of its use cases are rights-impacting?", ["Which agency has the most use cases?"])
    top = us.register.df["portfolio"].value_counts().index[0]
    assert plan.filters == {"rights_impacting": ["yes"], "portfolio": [top]}


def test_a_verb_between_the_negation_and_the_flag(us):
    plan, _ = _run(us, "Combien de cas d'usage du département de l'Énergie ne touchent pas aux renseignements personnels ?")
    assert plan.filters == {"portfolio": ["Department of Energy"]} and plan.exclude == {"pii": ["yes"]}


def test_most_of_the_inventory_is_a_majority_claim(us):
    plan, figures = _run(us, "Most of the inventory is 'Neither' rights- nor safety-impacting, isn't it?")
    assert plan.intent == "share" and figures["claim"]["holds"] is True


def test_a_quoted_project_name_holding_an_absent_fields_word_is_described(qc):
    plan, _ = _run(qc, "De quoi parle le projet « Prévision de l'effectif scolaire » ?")
    assert plan.intent == "describe" and plan.row_id == 17
    plan, _ = _run(qc, "Combien d'employés travaillent sur le projet « Prévision de l'effectif scolaire » ?")
    assert plan.intent == "out_of_scope"  # staff numbers, asked of that project: still not recorded


def test_the_top_of_a_kind_in_the_singular_is_the_first_place(qc):
    plan, figures = _run(qc, "whats the top cégep for AI projects")
    assert plan.kinds.get("body") and plan.topic == "" and {g["count"] for g in figures["ranking"]} == {figures["ranking"][0]["count"]}


def test_a_french_name_in_an_english_question_keeps_the_answer_in_english(qc):
    from assistant.language import detect_language

    assert detect_language("Does the Québec building authority (Régie du bâtiment) report any AI use?") == "en"
    plan, figures = _run(qc, "Does the Québec building authority (Régie du bâtiment) report any AI use?")
    assert plan.intent == "exists" and figures["count"] == 0


def test_a_kind_said_with_a_noun_for_organisations(uk):
    plan, figures = _run(uk, "Morning! How many ATRS records have police forces published?")
    df = uk.register.df
    assert plan.kinds == {"body": "police forces"} and figures["count"] == int(df["body"].str.endswith("Police").sum())


def test_examples_of_a_fields_values_in_parentheses_are_no_topic(uk):
    plan, figures = _run(uk, "What kind of AI (chatbot, computer vision…) does each DWP tool use?")
    assert plan.topic == "" and figures.get("missing_field") == "category"


GC = DATA / "gc-ai-register/gc_ai_register_mvp_english.csv"


@pytest.fixture(scope="module")
def gc(tmp_path_factory):
    from assistant.register.draft import draft_mapping

    out = tmp_path_factory.mktemp("drafts") / "gc.toml"
    out.write_text(draft_mapping(GC, out).text, encoding="utf-8")
    return Understander(load_register(GC, out))


def test_the_registers_owner_in_a_bodys_place_is_the_whole_register(doi):
    plan, figures = _run(doi, "any agentic AI at Interior?")
    assert "body" not in plan.filters and figures["exists"] is True and figures["count"] == 5


def test_outnumber_is_an_order_claimed(doi):
    plan, figures = _run(doi, "Deployed use cases outnumber pilots, true?")
    assert plan.intent == "compare" and figures["claim"]["holds"] is False


def test_only_one_or_two_is_a_range_of_counts(doi):
    import pandas as pd

    plan, figures = _run(doi, "How many bureaus reported only one or two use cases?")
    counts = pd.read_csv(DOI, header=1, dtype=str, keep_default_na=False)["Bureau/Component"].str.strip().value_counts()
    assert plan.having == [(">=", 1), ("<=", 2)] and figures["groups"] == int(counts.between(1, 2).sum())


def test_the_greatest_number_is_the_most(gc):
    plan, figures = _run(gc, "Which department has retired the greatest number of AI systems?")
    assert plan.intent == "rank" and plan.top_n == 1 and figures["ranking"][0]["value"] == "Library and Archives Canada"


def test_everyday_names_of_who_developed_and_of_a_status_date(gc):
    plan, _ = _run(gc, "Break down the register by who developed the systems")
    assert plan.group_by == "developed_by"
    plan, figures = _run(gc, "How many systems have a status dated 2024?")
    assert plan.filters == {"status_date": ["2024"]} and figures["count"] == 43  # pandas: status date year 2024 (naturalgc5)


def test_how_many_people_used_a_system_is_not_recorded(gc):
    plan, _ = _run(gc, "How many Canadians have used the CRA's AI chatbot?")
    assert plan.intent == "out_of_scope"


def test_the_ones_it_has_after_one_group_shown(gc):
    plan, _ = _run(gc, "List the ones it has in production", ["Which organization has the most AI systems?"])
    top = gc.register.df["body"].value_counts().index[0]
    assert plan.filters.get("body") == [top] and "status" in plan.filters


def test_a_value_said_only_in_the_askers_context_still_counts(qc):
    plan, _ = _run(qc, "Je prépare une note sur la RAMQ. Combien de chatbots ?")
    assert plan.filters == {"body": ["Régie de l'assurance maladie du Québec"], "category": ["conversational_agent"]}
    plan, _ = _run(qc, "Je prépare une note sur la RAMQ. Combien de chatbots au MSSS ?")
    assert plan.filters["body"] == ["Ministère de la Santé et des Services sociaux"]


@pytest.mark.parametrize(("question", "row"), [
    ("Parle-moi de Prévision de l'effectif scolaire", 17),  # a row's name holding a word of an absent field, unquoted
    ("Tell me about the Agent conversationnel d'accueil et d'intégration des nouveaux employés", None),  # a name with apostrophes
])
def test_a_rows_name_said_whole_is_that_row(qc, question, row):
    plan, _ = _run(qc, question)
    names = dict(zip(qc.register.df["row_id"], qc.register.df["name"], strict=True))
    assert plan.intent == "describe" and (row is None or plan.row_id == row)
    assert names[plan.row_id].lower() in question.lower()


def test_the_beginning_of_one_agencys_name_is_that_agency(us):
    plan, figures = _run(us, "How many use cases at the Department of Health?")
    df = us.register.df
    assert plan.filters == {"portfolio": ["Department of Health and Human Services"]} and plan.notes
    assert figures["count"] == int(df["portfolio"].eq("Department of Health and Human Services").sum())
    plan, figures = _run(us, "Does the Department of Defense use AI?")  # begins no agency's name: a body it lacks
    assert plan.filters == {"body": ["Department of Defense"]} and figures["count"] == 0
