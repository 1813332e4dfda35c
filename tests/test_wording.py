"""Answers and briefings speak the register's own words (assistant/register/wording.py): the US inventory's
"use cases", "agency", "topic area"; the UK records' "publishing body"; and nothing Québec-specific
(its six fields, vendors, cybersecurity, Données Québec) is ever said about another register.

Filter questions run without an index (the figures are pandas'): the US register is loaded once.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.briefing import BriefingError, build_briefing, render
from assistant.compose.extractive import ExtractiveComposer
from assistant.compose.llm import LLMComposer
from assistant.evaluation.score import says_not_recorded
from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.register.mapping import MappingError, built_in_names, load_mapping
from assistant.register.template_files import TASKS, base, check_wording
from assistant.register.wording import templates
from assistant.resources import PROMPTS_DIR
from assistant.types import Evidence, Plan
from assistant.understand.understander import Understander
from assistant.years import Desk, YearRouter

ROOT = Path(__file__).resolve().parent.parent
US = ROOT / "data" / "registers" / "us-federal-2024" / "2024_consolidated_ai_inventory_raw_v2.csv"
UK = ROOT / "data" / "registers" / "uk-atrs" / "atrs_records.csv"
QC = ROOT / "data" / "portrait-ia-2025.csv"
# Words that belong to Québec's portrait only: they must never describe another register.
QUEBEC_ONLY = re.compile(
    r"portfolio|portefeuille|ministériel|ministerial|cybers|vendor|fournisseur|Données Québec|donneesquebec"
    r"|québécoise|Québec's|initiative|public body|organisme",
    re.IGNORECASE,
)


def _desk(register):
    return SimpleNamespace(
        register=register,
        understander=Understander(register),
        executor=Executor(register, retriever=None),
    )


@pytest.fixture(scope="module")
def us():
    return _desk(load_register(US, "us-federal-2024"))


@pytest.fixture(scope="module")
def uk():
    return _desk(load_register(UK, "uk-atrs"))


def ask(desk, question: str):
    plan = desk.understander(question, [])
    return ExtractiveComposer().compose(plan, desk.executor(plan))


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How many use cases does the Department of Veterans Affairs report?",
         'The inventory (2024_consolidated_ai_inventory_raw_v2.csv) has 229 use cases from the agency "Department of Veterans Affairs".'),
        ("Combien de cas d'usage au VA ?",
         "L'inventaire (2024_consolidated_ai_inventory_raw_v2.csv) compte 229 cas d'usage de l'agence fédérale « Department of Veterans Affairs »."),
        ("Combien de cas d'usage au bureau FBI ?", "compte 19 cas d'usage du bureau FBI."),
        ("Combien de cas d'usage en santé et médecine sont retirés ?",
         "compte 16 cas d'usage du domaine « Santé et médecine » au stade de développement « Retiré »."),
        ("Which agencies have the most use cases?", "Agencies with the most use cases (2,133 use cases in all):"),
        ("Quelles agences ont le plus de cas d'usage ?",
         "Agences fédérales qui comptent le plus de cas d'usage (2\u202f133 cas d'usage au total) :"),
        ("Quels bureaux du DHS ont le plus de cas d'usage ?",
         "Bureaux qui comptent le plus de cas d'usage de l'agence fédérale « Department of Homeland Security »"),
        ("Breakdown by stage of development", "Breakdown by stage of development (2,133 use cases):"),
        ("Répartition par domaine", "Répartition par domaine (2\u202f133 cas d'usage) :"),
        ("Répartition par agence", "Répartition par agence fédérale (2\u202f133 cas d'usage) :"),
        ('What does the topic area "Law & Justice" mean?', '"Law & Justice" (topic area):'),
    ],
)  # fmt: skip
def test_us_answers_use_the_inventory_words(us, question, expected):
    answer = ask(us, question)
    assert expected in answer.answer
    assert not QUEBEC_ONLY.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "question, lines",
    [
        ("Describe row 12", ['"Anomaly Detection Homogenous Cargo" [12]', "- Bureau: CBP",
                             "- Agency: Department of Homeland Security", "- Topic area: Law & Justice",
                             "- Stage of development: Initiated", "- Intended purpose and expected benefits: Anomaly",
                             "- Rights- or safety-impacting: no", "- Rights-impacting: no", "- Safety-impacting: no", "- Impact type: Neither", "- General commercial AI product: no", "- Initiated: 2023-01", "- Outputs: Bounding"]),
        ("Décris la ligne 12", ["« Anomaly Detection Homogenous Cargo » [12]", "- Bureau : CBP",
                                "- Agence fédérale : Department of Homeland Security", "- Domaine : Droit et justice",
                                "- Stade de développement : Amorcé", "- Objectif et bénéfices attendus : Anomaly",
                                "- À fort impact : non", "- Touchant les droits : non", "- Touchant la sécurité : non", "- Type d'impact : Ni les droits", "- Produit commercial d'IA : non", "- Amorcé : 2023-01", "- Résultats produits : Bounding"]),
    ],
)  # fmt: skip
def test_a_us_use_case_is_described_field_by_field_in_its_words(us, question, lines):
    got = ask(us, question).answer.split("\n")
    assert [line[: len(want)] for line, want in zip(got, lines, strict=True)] == lines


@pytest.mark.parametrize(
    "question, fields",
    [
        ("What is the budget of VA?",
         "only these fields are read: name, topic area, bureau, agency, intended purpose and expected benefits, stage of development, rights- or safety-impacting,"),
        ("Quel est le budget du VA ?",
         "seuls ces champs sont lus : nom, domaine, bureau, agence fédérale, objectif et bénéfices attendus, stade de développement, à fort impact,"),
    ],
)  # fmt: skip
def test_us_out_of_scope_lists_its_own_fields_and_says_nothing_of_quebec(us, question, fields):
    answer = ask(us, question)
    assert answer.intent == "out_of_scope" and fields in answer.answer
    assert not QUEBEC_ONLY.search(answer.answer), answer.answer
    assert says_not_recorded(answer.answer)  # the evaluation still reads it as a refusal


@pytest.mark.parametrize(
    "language, nothing, empty",
    [
        ("en", "The inventory (2024_consolidated_ai_inventory_raw_v2.csv) has no use case that matches your question. "
               "It describes each use case by these fields: name, topic area, bureau, agency,",
         "Ask a question about the US federal AI use case inventory"),
        ("fr", "L'inventaire (2024_consolidated_ai_inventory_raw_v2.csv) ne contient aucun cas d'usage qui corresponde "
               "à votre question. Il décrit chaque cas d'usage par ces champs : nom, domaine, bureau, agence fédérale,",
         "Posez une question sur l'inventaire fédéral américain"),
    ],
)  # fmt: skip
def test_a_search_that_finds_nothing_names_the_register_fields(us, language, nothing, empty):
    register = us.register
    composer = ExtractiveComposer()
    for question, want in (("zzz qqq", nothing), ("", empty)):
        plan = Plan(question=question, language=language, intent="search")
        text = composer.compose(
            plan, Evidence(source=register.source, plan=plan, mapping=register.mapping)
        ).answer
        assert text.startswith(want) and not QUEBEC_ONLY.search(text), text


def test_uk_answers_mention_only_the_fields_the_records_have(uk):
    for question in ("What is the budget of HMRC?", "Quel est le budget de HMRC ?"):
        text = ask(uk, question).answer
        assert "tool name, publishing body, publication date." in text or "nom de l'outil, organisme public, date de publication." in text
        assert not re.search(
            r"categor|catégorie|status|statut|portfolio|portefeuille|benefit|bénéfice|cybers|vendor|fournisseur",
            text,
            re.I,
        )
    assert (
        ask(uk, "Describe row 3").answer
        == '"Contact Centre Chatbot service" [3]\n- Publishing body: DVLA\n- Publication date: 2025-12'
    )
    assert (
        ask(uk, "Décris la ligne 3").answer
        == "« Contact Centre Chatbot service » [3]\n- Organisme public : DVLA\n- Date de publication : 2025-12"
    )
    count = ask(uk, "How many records does HMRC have?").answer.split("\n")
    assert count[:2] == [
        "The register (atrs_records.csv) has 4 records from HMRC.",
        '- "Ask HMRC online" — HMRC [1]',
    ]
    plan = Plan(question="", language="en", intent="search")
    empty = ExtractiveComposer().compose(
        plan, Evidence(source="atrs_records.csv", plan=plan, mapping=uk.register.mapping)
    )
    assert "UK algorithmic transparency records" in empty.answer and "Québec" not in empty.answer


def test_a_register_with_role_names_but_no_wording_still_speaks_its_words(tmp_path):
    data = tmp_path / "city-2023.csv"
    data.write_text("Project;Department;Phase\nTraffic lights;Roads;in service\n", encoding="utf-8")
    mapping = tmp_path / "city.toml"
    mapping.write_text(
        'title = "City of Example AI register"\nlanguage = "en"\n[columns]\nname = "Project"\nbody = "Department"\n'
        'status = "Phase"\n[statuses.in_service]\nfr = "En service"\nen = "In service"\n'
        '[role_names]\nbody = { fr = "service municipal", en = "department" }\nstatus = { fr = "phase", en = "phase" }\n',
        encoding="utf-8",
    )
    city = _desk(load_register(data, mapping))
    assert (
        ask(city, "Describe row 1").answer
        == '"Traffic lights" [1]\n- Department: Roads\n- Phase: In service'
    )
    text = ask(city, "What is the budget?").answer
    assert text == ("The register, as Portrait IA reads it, does not contain that. For each initiative, only these "
                    "fields are read: name, department, phase.")  # fmt: skip
    assert ask(city, "How many initiatives are in service?").answer.endswith(
        '- "Traffic lights" — Roads (In service) [1]'
    )


def test_quebec_answers_keep_the_base_templates_word_for_word():
    quebec = load_mapping("quebec")
    words = templates("fr", "answers", quebec)
    assert {k: v for k, v in words.items() if k != "field"} == base("fr", "answers")
    assert words["field"]["portfolio"] == "portefeuille ministériel"  # its mapping's [role_names]
    assert templates("en", "brief", None) == base("en", "brief")
    qc = _desk(load_register(QC))
    text = ask(qc, "Quel est le budget ?").answer
    assert text == base("fr", "answers")["out_of_scope"] and "cybersécurité" in text
    assert ask(qc, "Décris l'initiative 4").answer.split("\n")[2].startswith("- Portefeuille : ")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_us_briefing_speaks_the_inventory_words_and_cites_its_dataset(us, language):
    topic = (
        "Briefing on the Department of Justice"
        if language == "en"
        else "Note sur le Department of Justice"
    )
    briefing = build_briefing(us, topic, language=language, charts=False, today=dt.date(2026, 1, 5))
    md = render(briefing, "md").decode()
    want = {
        "en": ["*Portrait IA — US federal AI use case inventory, 2024*", "has 240 use cases in this scope",
               "from 26 bureaus in 1 agency", "Stage of development: 168 \"Operation and Maintenance\" (70%)",
               "### By agency", "### By topic area", "| Use cases | 240 |",
               "Official dataset: US federal AI use case inventory, 2024; licence: Public domain (US government work) — "
               "https://github.com/ombegov/2024-Federal-AI-Use-Case-Inventory"],
        "fr": ["*Portrait IA — inventaire fédéral américain des cas d'usage de l'IA, 2024*",
               "compte 240 cas d'usage pour ce périmètre", "portés par 26 bureaux de 1 agence fédérale",
               "### Par agence fédérale", "### Par domaine", "| Cas d'usage | 240 |",
               "https://github.com/ombegov/2024-Federal-AI-Use-Case-Inventory",
               "Les noms et les descriptions des cas d'usage sont cités en anglais"],
    }[language]  # fmt: skip
    for text in want:
        assert text.replace(" :", "\u202f:").replace(" %", "\u202f%") in md or text in md, text
    ours = "\n".join(
        line for line in md.split("\n") if not re.match(r"\| \d", line)
    )  # not the rows' own text
    assert not QUEBEC_ONLY.search(ours), QUEBEC_ONLY.search(ours)
    assert briefing.dataset_url == "https://github.com/ombegov/2024-Federal-AI-Use-Case-Inventory"
    assert [f.label for f in briefing.key_figures][-1] in (
        "Topic areas",
        "Domaines",
    )  # no Québec statuses


def test_a_uk_briefing_has_only_the_fields_the_records_have(uk):
    briefing = build_briefing(uk, "Briefing on HMRC", language="en", today=dt.date(2026, 1, 5))
    assert [f.label for f in briefing.key_figures] == ["Records", "Publishing bodies"]
    assert (
        briefing.groups["status"] == []
        and briefing.groups["category"] == []
        and not briefing.charts
    )
    assert briefing.summary == [
        "The register (atrs_records.csv) has 4 records in this scope (publishing body HMRC), from 1 publishing body."
    ]
    assert briefing.limits == ["Portrait IA reads only these fields of the register: tool name, publishing body, publication date. "
                               "This briefing says nothing about anything else."]  # fmt: skip
    assert any(
        "Open Government Licence v3.0 — https://www.gov.uk/algorithmic-transparency-records" in s
        for s in briefing.sources
    )


def test_the_language_model_is_told_which_register_and_which_fields(us, uk):
    composer = LLMComposer("openai", "fake", chat_model=FakeListChatModel(responses=["x"]))
    plan = us.understander("Combien de cas d'usage au VA ?", [])
    system, user = (m.content for m in composer.messages(plan, us.executor(plan)))
    assert (
        "sur l'inventaire fédéral américain des cas d'usage de l'IA (2024)" in system
        and "québécoise" not in system
    )
    assert "LIGNES (une par ligne : [numéro] nom | bureau | domaine | stade de développement | agence fédérale | objectif et bénéfices attendus) :" in user  # fmt: skip
    plan = uk.understander("How many records does HMRC have?", [])
    system, user = (m.content for m in composer.messages(plan, uk.executor(plan)))
    assert (
        'about the register "UK Algorithmic Transparency Records"' in system
        and "Québec" not in system
    )
    assert (
        "ROWS (one per line: [row id] tool name | publishing body):\n[1] Ask HMRC online | HMRC\n"
        in user
    )
    followup = composer._messages(
        "en", "llm_followup", us.register.mapping, history="User: x", question="y"
    )
    assert "about the US federal AI use case inventory so that" in followup[0].content


def test_quebec_prompts_are_unchanged():
    composer = LLMComposer("openai", "fake", chat_model=FakeListChatModel(responses=["x"]))
    qc = _desk(load_register(QC))
    plan = qc.understander("Combien d'initiatives à la SAAQ ?", [])
    system, user = (m.content for m in composer.messages(plan, qc.executor(plan)))
    assert "Tu réponds aux questions sur le Portrait public des utilisations de l'IA dans l'administration publique québécoise (un registre). L'assistant" in system  # fmt: skip
    assert "LIGNES (une par ligne : [numéro] nom | organisme public | catégorie | statut | portefeuille | bénéfices associés) :" in user  # fmt: skip


def test_a_year_the_inventory_lacks_is_said_in_its_words(us):
    desk = Desk(us.register, us.understander, us.executor)
    answer = YearRouter([desk], ExtractiveComposer())(
        {"question": "Combien de cas d'usage en 2019 ?", "history": []}
    )
    assert answer.answer.startswith("Aucun fichier de l'inventaire chargé ne porte sur 2019.")


# -- the overlay is checked when the mapping loads -------------------------------------------------

MAPPING = 'name = "city"\n[columns]\nname = "Project"\n'


@pytest.mark.parametrize(
    "overlay, message",
    [
        ('[wording.en.answers]\nout_of_scop = "x"\n',
         r"mine\.toml: \[wording\.en\.answers\] 'out_of_scop' is not a key of .*prompts/en/answers\.toml \(known: count, "),
        ('[wording.fr.answers.scope]\nagence = " de l\'agence {value}"\n',
         r"\[wording\.fr\.answers\.scope\] 'agence' is not a key of .*prompts/fr/answers\.toml \(known: body, portfolio"),
        ('[wording.en.answers]\ncount = "{count} {use_cases}"\n',
         r"\[wording\.en\.answers\] count uses \{use_cases\}, which .*answers\.toml does not give this text "
         r"\(placeholders it gives: \{count\}, \{initiatives\}, \{scope\}, \{source\}\)"),
        ('[wording.en.answers]\nout_of_scope = "Only {fields} and {budget}."\n', r"out_of_scope uses \{budget\}"),
        ('[wording.en.answers]\ncount = "{count"\n', r"count: malformed braces"),
        ('[wording.en.answers]\nscope = "x"\n', r"'scope' must be a table"),
        ('[wording.en.answers]\ncount = 3\n', r"count must be a text"),
        ('[wording.en.answer]\ncount = "x"\n', r"\[wording\.en\.answer\]: 'answer' is not a template file; files: answers, search"),
        ('[wording.de.answers]\ncount = "x"\n', r"\[wording\.de\]: the language must be fr or en"),
        ('[wording.en.answers]\nversion = 2\n', r"'version' is not a key"),
    ],
)  # fmt: skip
def test_overlay_mistakes_name_the_file_and_the_key(tmp_path, overlay, message):
    path = tmp_path / "mine.toml"
    path.write_text(MAPPING + overlay, encoding="utf-8")
    with pytest.raises(MappingError, match=message):
        load_mapping(path)


def test_a_correct_overlay_loads_and_words_the_answers(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(
        MAPPING + '[wording.en.answers]\ncount = "{count} projects{scope}."\n', encoding="utf-8"
    )
    mapping = load_mapping(path)
    assert templates("en", "answers", mapping)["count"] == "{count} projects{scope}."
    assert (
        templates("fr", "answers", mapping)["count"] == base("fr", "answers")["count"]
    )  # not overlaid


def test_the_generic_layer_and_every_built_in_overlay_fit_the_base_files():
    def fail(message):
        return MappingError(message)

    for language in ("fr", "en"):
        generic = base(language, "generic", PROMPTS_DIR)
        assert set(generic) - {"version", "nouns"} <= set(TASKS)
        overlay = {k: dict(v) for k, v in generic.items() if k not in ("version", "nouns")}
        defaults = overlay["answers"].pop("field")  # the fields' names of a mapping that names none
        assert list(defaults) == ["name", "category", "body", "portfolio", "benefits", "status"]
        check_wording({language: overlay}, fail)
    for name in built_in_names():
        load_mapping(name)  # checks the overlay
    us = load_mapping("us-federal-2024")
    # The US inventory names its nouns once; its overlay keeps only what is its own (no answers).
    assert {task for tasks in us.wording.values() for task in tasks} == set(TASKS) - {"answers"}
    assert us.items["fr"].one == "cas d'usage" and us.register_noun["en"].one == "inventory"


# -- "what I understood", refusals and blank cells, in the register's words ---------------------------


@pytest.mark.parametrize(
    "register, question, line",
    [
        ("us", "How many use cases does the Department of Veterans Affairs report?",
         "Intent: count · agency = Department of Veterans Affairs"),
        ("us", "Combien de cas d'usage en santé et médecine sont retirés ?",
         "Intention : dénombrement · domaine = Santé et médecine · stade de développement = Retiré"),
        ("us", "Quels bureaux du DHS ont le plus de cas d'usage ?",
         "Intention : classement · agence fédérale = Department of Homeland Security · par bureau"),
        ("us", "Breakdown by topic area", "Intent: breakdown · by topic area"),
        ("uk", "How many records does HMRC have?", "Intent: count · publishing body = HMRC"),
        ("uk", "Combien d'initiatives à HMRC ?", "Intention : dénombrement · organisme public = HMRC"),
        ("uk", "Breakdown by status", "Intent: breakdown · by status"),  # a field it lacks: said plainly
    ],
)  # fmt: skip
def test_the_understood_line_names_the_fields_in_the_register_words(
    us, uk, register, question, line
):
    plan = {"us": us, "uk": uk}[register].understander(question, [])
    assert plan.understood() == line
    assert "mapping" not in plan.to_dict() and plan.to_dict() == Plan(**plan.to_dict()).to_dict()


def test_a_follow_up_and_a_quebec_plan_keep_their_words(us):
    history = [
        {"role": "user", "content": "How many use cases at VA?"},
        {"role": "assistant", "content": "…"},
    ]
    plan = us.understander("And at DOJ?", history)
    assert plan.follow_up and plan.understood() == "Intent: count · agency = Department of Justice"
    qc = Understander(load_register(QC))
    assert qc("Combien d'initiatives à la SAAQ ?", []).understood() == (
        "Intention : dénombrement · organisme = Société de l'assurance automobile du Québec"
    )
    assert Plan(question="x", language="en", filters={"portfolio": ["Finances"]}).understood() == (
        "Intent: topic search · portfolio = Finances"
    )  # a plan made without a register: Québec's words, as before


@pytest.mark.parametrize(
    "register, fields, choices",
    [
        ("uk", "only these fields of each record: tool name, publishing body.",
         "A briefing covers records: name a topic or a publishing body — or nothing"),
        ("us", "each use case: name, topic area, bureau, agency, intended purpose and expected benefits, "
               "stage of development.",
         "name a topic, a bureau, an agency, a topic area or a stage of development — or nothing"),
    ],
)  # fmt: skip
def test_a_briefing_on_what_the_register_lacks_names_its_own_fields(
    us, uk, register, fields, choices
):
    with pytest.raises(BriefingError) as caught:
        build_briefing({"us": us, "uk": uk}[register], "Briefing on the budgets", charts=False)
    message = str(caught.value)
    assert fields in message and choices in message
    assert not re.search(r"portfolio|categor|public body|initiative", message, re.I), message


def test_records_without_a_publishing_body_are_labelled_and_cited(uk):
    assert uk.register.notes == ("6 blank body cell(s) shown as 'no publishing body given'",)
    assert uk.register.blanks == {"body": "no publishing body given"}
    blank = [6, 12, 17, 44, 69, 70]  # the rows whose publishing_body cell is empty
    ranking = ask(uk, "Which publishing bodies have the most records?").answer
    # a blank cell names no body: not ranked among the bodies, said apart and cited
    assert f"Not counted as a group: 6 records “no publishing body given” {blank}." in ranking
    assert not re.search(r"^\d+\. :", ranking, re.M)
    breakdown = ask(uk, "Breakdown by publishing body")
    assert f"Not counted as a group: 6 records “no publishing body given” {blank}." in breakdown.answer  # said apart there too
    assert breakdown.figures["unnamed"]["row_ids"] == blank
    assert all(g["label"] != "no publishing body given" for g in breakdown.figures["breakdown"])
    assert (
        ask(uk, "Describe row 6").answer
        == '"TrustID" [6]\n- Publishing body: no publishing body given\n- Publication date: 2025-11'
    )
    listed = ask(uk, "Which tools have no publishing body given?")
    assert [c.row_id for c in listed.citations] == blank
    assert {c.body for c in listed.citations} == {"no publishing body given"}


@pytest.mark.parametrize(
    "question",
    ["Combien de fiches pour HMRC ?", "How many records from HMRC?", "Combien de fiche à HMRC ?"],
)
def test_the_register_name_for_its_entries_is_never_a_topic(uk, question):
    # « fiches » is what the UK records are called in French answers: a question counting them is
    # a count of HMRC's records, not a search for the word « fiches ».
    answer = ask(uk, question)
    assert (answer.intent, answer.plan.topic) == ("count", "")
    expected = set(uk.register.df.loc[uk.register.df["body"] == "HMRC", "row_id"])
    assert answer.figures["count"] == len(expected) > 0
    assert {c.row_id for c in answer.citations} == expected


def test_us_use_cases_are_frame_words_in_both_languages(us):
    plan = us.understander("Combien de cas d'usage au DOJ portent sur la fraude ?", [])
    assert (plan.intent, plan.filters, plan.topic) == (
        "count",
        {"portfolio": ["Department of Justice"]},
        "fraude",
    )


def test_a_french_answer_over_an_english_register_says_the_blank_body_in_french(uk):
    blank = [6, 12, 17, 44, 69, 70]
    label = "sans mention d'organisme public"
    ranking = ask(uk, "Quels organismes publics ont le plus de fiches ?").answer
    assert f"Hors des groupes : 6 fiches « {label} » [{', '.join(map(str, blank))}]." in ranking
    assert "no publishing body given" not in ranking
    described = ask(uk, "Décris la ligne 6").answer
    assert f"- Organisme public : {label}\n" in described
    english = ask(uk, "Breakdown by publishing body").answer  # English answers keep the file's text
    assert "Not counted as a group: 6 records “no publishing body given”" in english
