"""Registers other than Québec's, read through a mapping (issue 8): the US federal 2024 inventory,
the UK records (no category, status or portfolio), and mapping files with mistakes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.cli import main
from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.load import RegisterError, load_register
from assistant.register.mapping import MappingError, load_mapping
from assistant.understand.understander import Understander

ROOT = Path(__file__).resolve().parent.parent
US = ROOT / "data" / "registers" / "us-federal-2024" / "2024_consolidated_ai_inventory_raw_v2.csv"
UK = ROOT / "data" / "registers" / "uk-atrs" / "atrs_records.csv"


@pytest.fixture(scope="module")
def us():
    return load_register(US, "us-federal-2024")


@pytest.fixture(scope="module")
def us_answer(us):
    """Filter-only questions answered without an index (the figures are pandas')."""
    understander, executor, composer = Understander(us), Executor(us, retriever=None), ExtractiveComposer()

    def answer(question):
        plan = understander(question, [])
        return plan, composer.compose(plan, executor(plan))

    return answer


def test_the_us_file_loads_through_its_mapping(us):
    assert len(us) == 2133 and us.year == 2024 and us.language == "en"
    assert us.sha256.startswith("789e1bac6d25")
    raw = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    assert us.df["name"].tolist() == [" ".join(n.split()) for n in raw["Use Case Name"]]
    # 30 spellings of the topic area end as 12 canonical labels; the 11 of the stage stay as written (11).
    assert us.df["category_key"].nunique() == 12 and us.df["status_key"].nunique() == 11
    assert (us.df["category_key"] != "").all() and (us.df["body"] != "").all()
    assert us.notes[:2] == (
        "41 blank category cell(s) read as 'Topic area not given'",
        "4 blank status cell(s) read as 'Stage not given'",
    )
    # Typed fields say what they set aside: "No, use case is too new to fully assess impacts"
    # (20 cells) and "Case-by-case assessment" are neither yes nor no.
    assert "high_impact: 21 cell(s) neither yes nor no, read as not given" in us.notes


def test_us_label_variants_and_blank_bureaus(us):
    raw = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    variants = raw["Use Case Topic Area"].str.strip().isin(
        ["Mission-Enabling", "Mission-Enabling (internal agency support)",
         "Administration of AI Governance, Processes, and Procedures",
         "Department-Level AI Capabilities and Capacity", "Other; Mission-Enabling (internal agency support)"]
    )  # fmt: skip
    assert int((us.df["category_key"] == "mission_enabling").sum()) == int(variants.sum()) == 889
    blank_bureau = raw["Bureau"].str.strip() == ""
    assert blank_bureau.sum() == 21
    assert (us.df.loc[blank_bureau.to_numpy(), "body"] == us.df.loc[blank_bureau.to_numpy(), "portfolio"]).all()


@pytest.mark.parametrize(
    "question, intent, expected",
    [
        ("How many use cases does the Department of Veterans Affairs report?", "count",
         lambda df: (df["portfolio"] == "Department of Veterans Affairs").sum()),
        ("How many use cases are in Operation and Maintenance?", "count",
         lambda df: (df["status_en"] == "Operation and Maintenance").sum()),
        ("How many Health & Medical use cases are retired?", "count",
         lambda df: ((df["category_key"] == "health_medical") & (df["status_key"] == "retired")).sum()),
        ("Combien de cas d'usage en santé et médecine ?", "count",
         lambda df: (df["category_key"] == "health_medical").sum()),
    ],
)  # fmt: skip
def test_us_counts_are_exact(us, us_answer, question, intent, expected):
    plan, answer = us_answer(question)
    assert plan.intent == intent
    assert answer.figures["count"] == int(expected(us.df)) > 0
    assert {c.source for c in answer.citations} == {US.name}


def test_the_register_own_field_names_are_understood(us_answer):
    plan, answer = us_answer("Which agencies have the most use cases?")
    assert (plan.intent, plan.group_by) == ("rank", "portfolio")  # agency = portfolio here
    assert answer.figures["ranking"][0]["value"] == "Department of Health and Human Services"
    plan, answer = us_answer("Répartition par stade de développement")
    assert (plan.intent, plan.group_by, plan.topic) == ("breakdown", "status", "")
    unnamed = answer.figures["unnamed"]["count"]  # the stage left blank: said apart, no stage
    assert sum(g["count"] for g in answer.figures["breakdown"]) + unnamed == 2133 and unnamed == 4
    assert "Exploitation et maintenance" in answer.answer  # the mapping's French label


def test_a_register_without_fields_says_what_it_cannot_answer():
    uk = load_register(UK, "uk-atrs")
    assert len(uk) == 136 and uk.roles == ("name", "body")
    understander, executor, composer = Understander(uk), Executor(uk, retriever=None), ExtractiveComposer()
    for question, field in (("Breakdown by status", "status"), ("Répartition par catégorie", "catégorie")):
        plan = understander(question, [])
        answer = composer.compose(plan, executor(plan))
        assert answer.figures == {"missing_field": plan.group_by}
        assert field in answer.answer and "atrs_records.csv" in answer.answer
        assert not answer.citations
    plan = understander("Which publishing bodies have the most records?", [])
    answer = composer.compose(plan, executor(plan))
    assert plan.group_by == "body" and answer.figures["count"] == 136


def test_quebec_is_the_default_mapping_read_like_any_other():
    quebec = load_mapping("quebec")
    assert load_mapping(None) is quebec and quebec.path.name == "quebec.toml"
    register = load_register(ROOT / "data" / "portrait-ia-2025.csv")
    assert register.mapping is quebec and register.roles == quebec.roles and len(register) == 258


def test_the_wrong_mapping_for_a_file_names_the_missing_columns():
    with pytest.raises(RegisterError, match=r"mapping 'us-federal-2024' names column\(s\) this file lacks: name \('Use Case Name'\)"):
        load_register(ROOT / "data" / "portrait-ia-2025.csv", "us-federal-2024")
    with pytest.raises(RegisterError, match="missing column"):
        load_register(US)  # the Québec headers are not there


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, message",
    [
        ('[columns]\nname = "N"\ntitle = "T"\n', "'title' is not a role"),
        ('[columns]\nbody = "B"\n', "must name at least the column of the `name` role"),
        ('colums = 1\n[columns]\nname = "N"\n', "unknown key"),
        ('language = "de"\n[columns]\nname = "N"\n', "language must be 'fr' or 'en'"),
        ('[columns]\nname = "N"\ncategory = "C"\n', "has a column but no labels"),
        ('[columns]\nname = "N"\ncategory = "C"\n[categories.a]\nfr = "A"\nen = "A"\n'
         '[categories.b]\nfr = "B"\nen = "A"\n', "claimed by two labels"),
        ('[columns]\nname = "N"\ncategory = "C"\n[categories.a]\nfr = "A"\nen = "A"\n'
         '[labels]\nunknown_category = "zz"\n', "not one of the category keys"),
        ('[columns]\nname = "N"\n[fallback]\nbody = "name"\n', "both must be roles named in"),
        ('[columns\nname = "N"\n', "not a readable TOML file"),
    ],
)  # fmt: skip
def test_mapping_mistakes_are_named(tmp_path, text, message):
    with pytest.raises(MappingError, match=message):
        load_mapping(_write(tmp_path, text))


def test_an_unknown_mapping_lists_the_built_in_ones():
    with pytest.raises(MappingError, match="quebec, uk-atrs, us-federal-2024"):
        load_mapping("ontario")


def test_a_custom_mapping_reads_a_small_register(tmp_path):
    data = tmp_path / "city-2023.csv"
    data.write_text(
        "Project;Department;Kind;Phase\nTraffic lights;Roads;Vision;live\nChat helper;311;Chatbot;pilot\n"
        "Pothole finder;Roads;vision ;Live\n",
        encoding="utf-8",
    )
    mapping = _write(tmp_path, """
name = "city"
language = "en"
[columns]
name = "Project"
body = "Department"
category = "Kind"
status = "Phase"
[categories.vision]
fr = "Vision"
en = "Computer vision"
aliases = ["Vision"]
[categories.chatbot]
fr = "Agent conversationnel"
en = "Chatbot"
[statuses.live]
fr = "En production"
en = "Live"
[statuses.pilot]
fr = "Projet pilote"
en = "Pilot"
""")
    register = load_register(data, mapping)
    assert register.year == 2023 and register.roles == ("name", "category", "body", "status")
    assert register.df["category_key"].tolist() == ["vision", "chatbot", "vision"]
    assert register.df["status"].tolist() == ["En production", "Projet pilote", "En production"]
    bad = tmp_path / "city-2024.csv"
    bad.write_text("Project;Department;Kind;Phase\nX;Roads;Drones;live\n", encoding="utf-8")
    with pytest.raises(RegisterError, match=r"unknown category 'Drones'.*aliases in the mapping .*mine.toml"):
        load_register(bad, mapping)


def test_cli_index_and_ask_take_a_mapping(tmp_path, capsys):
    data = tmp_path / "uk-2025.csv"
    data.write_bytes(UK.read_bytes())
    args = ["--data", str(data), "--mapping", "uk-atrs", "--index-dir", str(tmp_path / "index")]
    assert main(["index", "--quiet", *args]) == 0
    assert "136 rows" in capsys.readouterr().err
    assert main(["ask", "--json", *args, "How many records does HMRC have?"]) == 0
    out = capsys.readouterr().out
    import json

    answer = json.loads(out)
    assert answer["figures"]["count"] == 4 and {c["source"] for c in answer["citations"]} == {"uk-2025.csv"}
    assert main(["ask", *args, "--mapping", "nowhere", "x"]) == 2
    assert "neither a built-in mapping" in capsys.readouterr().err


@pytest.mark.parametrize(
    "question, intent, filters, group_by, top_n",
    [
        # "VHA: Veterans Health Administration": either half names the bureau
        ("How many initiatives has VHA reported?", "count", {"body": ["VHA: Veterans Health Administration"]}, None, None),
        ("How many initiatives has the Veterans Benefits Administration reported?", "count",
         {"body": ["VBA: Veterans Benefits Administration"]}, None, None),
        ("Combien d'initiatives ayant pour domaine « Droit et justice » ?", "count", {"category": ["law_justice"]}, None, None),
        ("Combien d'initiatives en « Mise en œuvre et évaluation » ?", "count",
         {"status": ["implementation_assessment"]}, None, None),
        ("Donne le top 3 des bureaux par nombre d'initiatives.", "rank", {}, "body", 3),
        ("Which bureau has the most initiatives?", "rank", {}, "body", 1),
        ('In the agency "Department of Justice", which 3 bureaus have the most initiatives?', "rank",
         {"portfolio": ["Department of Justice"]}, "body", 3),
        # a quoted label that an initiative's name happens to contain is still a label
        ('How many "Natural Language Processing" initiatives are there in the agency "Department of Justice"?',
         "count", {"category": ["other"], "portfolio": ["Department of Justice"]}, None, None),
        ("Which company supplies the AI solution of National Agricultural Statistics Service?",
         "out_of_scope", None, None, None),
    ],
)  # fmt: skip
def test_us_questions_are_understood(us, question, intent, filters, group_by, top_n):
    plan = Understander(us)(question, [])
    assert plan.intent == intent
    if filters is not None:
        assert plan.filters == filters and plan.topic == ""
    assert (plan.group_by, plan.top_n) == (group_by, top_n)


def test_labels_belong_to_their_register_not_to_the_process(tmp_path):
    """Two registers whose mappings give one key two meanings, loaded side by side: each answer,
    understood line and label shows its own register's, whichever was loaded last."""
    from assistant.execute import label

    data = tmp_path / "city-2023.csv"
    data.write_text("Project;Kind\nX;Automation\nY;Automation\n", encoding="utf-8")
    mapping = _write(tmp_path, '[columns]\nname = "Project"\ncategory = "Kind"\n'
                     '[categories.automation]\nfr = "Robots"\nen = "Robots"\naliases = ["Automation"]\n')  # fmt: skip
    quebec = load_register(ROOT / "data" / "portrait-ia-2025.csv")
    city = load_register(data, mapping)
    assert load_mapping(None).label("category", "automation").fr == "Automatisation"
    assert city.mapping.label("category", "automation").fr == "Robots"
    for register, fr, en in ((quebec, "Automatisation", "Automation"), (city, "Robots", "Robots")):
        plan = Understander(register)("How many automation projects?", [])
        assert plan.filters == {"category": ["automation"]}
        assert f"category = {en}" in plan.understood()
        answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))
        assert f'"{en}"' in answer.answer
        assert label("category", "automation", "fr", None, register.mapping) == fr


def test_the_agency_abbreviation_column_names_agencies(us, us_answer):
    # the column's abbreviation, with the mapping's own other names ([aliases.portfolio.values])
    assert "DOJ" in us.aliases["portfolio"]["Department of Justice"]
    assert "Justice Department" in us.aliases["portfolio"]["Department of Justice"]
    plan, answer = us_answer("How many use cases at DOJ?")
    assert plan.filters == {"portfolio": ["Department of Justice"]}
    assert answer.figures["count"] == int((us.df["portfolio"] == "Department of Justice").sum()) == 240
    # "HHS" is also a bureau of 15 rows inside HHS: the agency (271 rows) is the reading taken
    plan, _ = us_answer("How many use cases does HHS have in Health & Medical?")
    assert plan.filters == {"portfolio": ["Department of Health and Human Services"], "category": ["health_medical"]}
    plan, _ = us_answer("Combien de cas d'usage au VA ?")  # two letters: counted in capitals only
    assert plan.filters == {"portfolio": ["Department of Veterans Affairs"]}


def test_an_alias_column_missing_from_the_file_is_named(tmp_path):
    data = tmp_path / "city-2023.csv"
    data.write_text("Project;Dept\nX;Roads\n", encoding="utf-8")
    mapping = _write(tmp_path, '[columns]\nname = "Project"\nbody = "Dept"\n[aliases]\nbody = "Dept code"\n')
    with pytest.raises(RegisterError, match="alias column for body that this file lacks"):
        load_register(data, mapping)
    with pytest.raises(MappingError, match=r"\[aliases\] status"):
        load_mapping(_write(tmp_path, '[columns]\nname = "Project"\n[aliases]\nstatus = "S"\n'))


def test_a_mapping_brings_its_own_example_questions(us, tmp_path):
    assert "Which agencies have the most use cases?" in us.mapping.examples
    assert load_mapping("quebec").examples == ()  # the UI's own Québec examples then
    with pytest.raises(MappingError, match="examples must be a list"):
        load_mapping(_write(tmp_path, 'examples = "x"\n[columns]\nname = "N"\n'))


def test_the_chat_offers_the_register_own_examples(tmp_path):
    from assistant import Assistant
    from assistant.ui.app import build_app

    data = tmp_path / "uk-2025.csv"
    data.write_bytes(UK.read_bytes())
    assistant = Assistant(data, mapping="uk-atrs", index_dir=tmp_path / "index")
    app = build_app(assistant)
    (examples,) = [b for b in app.blocks.values() if getattr(b, "elem_id", None) == "examples"]
    assert 'data-question="How many records does HMRC have?"' in examples.value
    assert "Breakdown of initiatives by category" not in examples.value


def test_a_blank_label_with_no_policy_is_reported_not_dropped(tmp_path):
    data = tmp_path / "city-2023.csv"
    data.write_text("Project;Kind\nA;Vision\nB;\nC;Vision\n", encoding="utf-8")
    mapping = _write(tmp_path, '[columns]\nname = "Project"\ncategory = "Kind"\n[categories.sight]\nfr = "Vision"\nen = "Vision"\n')
    with pytest.raises(RegisterError, match=r"row 2 .*empty category.*blank_category"):
        load_register(data, mapping)


@pytest.mark.parametrize(
    "question, top_n",
    [("Which bodies have the most COVID-19 projects?", 5), ("Donne le top 3 des bureaux", 3),
     ("Quels sont les 10 premiers organismes ?", 10), ("Quel organisme a le plus d'initiatives ?", 1)],
)  # fmt: skip
def test_a_number_is_a_top_n_only_where_it_says_how_many(question, top_n):
    from assistant.understand.understander import _top_n

    assert _top_n(normalise_question(question)) == top_n


def normalise_question(question: str) -> str:
    from assistant.register.labels import normalise

    return normalise(question).replace("'", " ")


@pytest.mark.parametrize(
    "words, message",
    [
        ('bodys = [["X"]]\n', r"words file .*w\.toml: unknown key\(s\) bodys"),
        ('[category]\nrobots = ["robot"]\n', r"words file .*w\.toml: \[category\] 'robots' is not a category key"),
        ('[[portfolio]]\nportfolios = ["Nowhere"]\nwords = ["nw"]\n', r"'Nowhere' is not in the mapping's \[portfolios\]"),
        ('bodies = ["RAMQ"]\n', "bodies must be a list of lists of names"),
        ('[[status_group]]\nwords = ["live"]\n', r"\[\[status_group\]\] number 1 must have `statuses`"),
    ],
)  # fmt: skip
def test_everyday_words_files_are_checked_when_the_mapping_loads(tmp_path, words, message):
    (tmp_path / "w.toml").write_text(words, encoding="utf-8")
    mapping = _write(tmp_path, 'words = "w.toml"\n[columns]\nname = "N"\ncategory = "C"\n'
                     '[categories.vision]\nfr = "Vision"\nen = "Vision"\n')  # fmt: skip
    with pytest.raises(MappingError, match=message):
        load_mapping(mapping)


def test_a_register_gets_its_own_everyday_words_and_no_other_register_s(tmp_path):
    from assistant.understand.entities import EntityResolver

    (tmp_path / "w.toml").write_text('[category]\nvision = ["camera"]\n', encoding="utf-8")
    data = tmp_path / "city-2023.csv"
    data.write_text("Project;Kind\nX;Vision\n", encoding="utf-8")
    mapping = _write(tmp_path, 'words = "w.toml"\n[columns]\nname = "Project"\ncategory = "Kind"\n'
                     '[categories.vision]\nfr = "Vision"\nen = "Vision"\n')  # fmt: skip
    city = EntityResolver(load_register(data, mapping))
    assert [(m.field, m.value) for m in city.mentions("camera projects at the RAMQ, en production")] == [
        ("category", "vision")
    ]  # Québec's bodies and status words are Québec's own


def test_a_status_group_names_the_mappings_status_keys(tmp_path):
    (tmp_path / "w.toml").write_text('[[status_group]]\nstatuses = ["live"]\nwords = ["live"]\n', encoding="utf-8")
    mapping = _write(tmp_path, 'words = "w.toml"\n[columns]\nname = "N"\nstatus = "S"\n'
                     '[statuses.done]\nfr = "Terminé"\nen = "Done"\n')  # fmt: skip
    with pytest.raises(MappingError, match=r"\[\[status_group\]\] number 1: 'live' is not a status key"):
        load_mapping(mapping)
