"""`portrait-ia mapping draft` and `mapping check` (issue 16, items 5 and 6): a mapping drafted from an
unknown register file loads as written, and every drafted field answers counts that pandas, reading
the raw file on its own, confirms; `check` says what loading decides, and errors name the fix."""

from __future__ import annotations

import os
import re
import shutil
import textwrap
import tomllib
from pathlib import Path

import pandas as pd
import pytest

from assistant.cli import main
from assistant.commands.mapping import check_lines
from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register import mapping as mapping_module
from assistant.register.draft import draft_mapping, group_values, header_names
from assistant.register.labels import normalise
from assistant.register.load import load_register
from assistant.register.mapping import MappingError, load_mapping
from assistant.types import Plan
from assistant.understand.understander import Understander
from tests.conftest import spreadsheet_years

ROOT = Path(__file__).resolve().parents[1]
US = ROOT / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
UK = ROOT / "data/registers/uk-atrs/atrs_records.csv"
BLANKS = {"", "n/a", "na", "not applicable", "none", "null", "-"}
YES = r"(?i)^(yes|true|oui)(?![a-z0-9])"
NO = r"(?i)^(no|false|non)(?![a-z0-9])"


def _raw(path: Path, encoding: str) -> pd.DataFrame:
    df = pd.read_csv(path, encoding=encoding, dtype=str, keep_default_na=False)
    df.columns = [" ".join(c.split()) for c in df.columns]
    return df.apply(lambda c: c.map(lambda x: " ".join(x.split())))


def _drafted(tmp_path_factory, path: Path):
    out = tmp_path_factory.mktemp("drafts") / f"{path.stem}.toml"
    drafted = draft_mapping(path, out)
    out.write_text(drafted.text, encoding="utf-8")
    return out, load_register(path, out)


@pytest.fixture(scope="module")
def us(tmp_path_factory):
    return _drafted(tmp_path_factory, US)


@pytest.fixture(scope="module")
def uk(tmp_path_factory):
    return _drafted(tmp_path_factory, UK)


def _breakdown(register, key: str) -> dict[str, int]:
    plan = Plan(question=f"breakdown by {key}", language="en", intent="breakdown", group_by=key, mapping=register.mapping)
    figures = Executor(register, retriever=None)(plan).figures
    unnamed = [figures["unnamed"]] if "unnamed" in figures else []  # the rows with no value: said apart
    return {g["value"]: g["count"] for g in (*figures["breakdown"], *unnamed)}


def _blank(cells: pd.Series) -> pd.Series:
    return cells.map(lambda x: normalise(x).strip(" .") in BLANKS or normalise(x).startswith(("n/a ", "n/a-", "n/a;", "n/a.")))


def test_the_us_draft_loads_as_written_with_the_roles_a_person_would_choose(us):
    path, register = us
    assert len(register) == 2133
    columns = register.mapping.columns
    assert columns["name"] == ("Use Case Name",) and columns["portfolio"] == ("Agency",)
    assert columns["body"] == ("Bureau",) and columns["category"] == ("Use Case Topic Area",)
    assert columns["status"] == ("Stage of Development",)
    assert columns["benefits"] == ("What is the intended purpose and expected benefits of the AI?",)
    assert register.mapping.alias_patterns == {"portfolio": ("Agency Abbreviation", "^(?!(?:STATE)$)(.+)$")}  # not the word "state"
    types = {f.key: f.type for f in register.mapping.fields}
    assert types["pii"] == "flag" and types["ato"] == "flag" and types["date_implemented"] == "date"
    assert types["demographic_variables"] == "multi"
    assert sum(t == "flag" for t in types.values()) >= 12 and sum(t == "label" for t in types.values()) >= 8
    text = path.read_text(encoding="utf-8")
    assert "# TODO translate" in text and "[categories.health_medical]   # 241 rows" in text
    assert "1,084 blank" in text  # the PII column's blanks, reported where the field is declared


def test_every_drafted_flag_counts_what_pandas_counts_in_the_raw_file(us):
    _, register = us
    raw = _raw(US, "cp1252")
    flags = [f for f in register.mapping.fields if f.type == "flag"]
    assert flags
    for spec in flags:
        cells = raw[spec.columns[""][0]].where(~_blank(raw[spec.columns[""][0]]), "").map(normalise)
        counts = _breakdown(register, spec.key)
        for value, spellings in (("yes", spec.yes), ("no", spec.no)):
            starts = rf"^({'|'.join(re.escape(s) for s in spellings)})(?![a-z0-9])"
            assert counts.get(value, 0) == int(cells.str.match(starts).sum()), (spec.key, value)
        assert sum(counts.values()) == len(raw)


def test_every_drafted_label_field_and_role_counts_what_pandas_counts(us):
    _, register = us
    raw = _raw(US, "cp1252")
    labels = [f for f in register.mapping.fields if f.type == "label"]
    for spec in labels:
        cells = raw[spec.columns[""][0]]
        counts = _breakdown(register, spec.key)
        for value in spec.values:
            spellings = {normalise(s) for s in (value.en, value.fr, *value.aliases)}
            assert counts.get(value.key, 0) == int(cells.map(normalise).isin(spellings).sum()), (spec.key, value.key)
        said = cells.map(normalise).str.startswith(tuple(spec.blank)) if spec.blank else False  # "Data not reported…"
        assert counts.get("", 0) == int((_blank(cells) | said).sum()), spec.key
    for role, header in (("category", "Use Case Topic Area"), ("status", "Stage of Development")):
        counts = register.df[f"{role}_key"].value_counts()
        for label in register.mapping.labels(role):
            spellings = {normalise(s) for s in (label.en, label.fr, *label.aliases)}
            truth = raw[header].map(normalise).isin(spellings) if label.key != "unspecified" else raw[header].eq("")
            assert int(counts.get(label.key, 0)) == int(truth.sum()), (role, label.key)


def test_drafted_dates_and_lists_count_like_pandas(us):
    _, register = us
    raw = _raw(US, "cp1252")
    years = spreadsheet_years(raw["Date Implemented"].where(~_blank(raw["Date Implemented"]), ""))
    counts = _breakdown(register, "date_implemented")
    assert counts["2024"] == int((years == 2024).sum()) and counts["2023"] == int((years == 2023).sum())
    items = raw["Which, if any, demographic variables does the AI use case explicitly use as model features?"]
    # "Age" and "age" are one item (the spelling most cells use)
    ages = items.map(lambda c: "age" in {p.strip().strip("\x27\"").casefold() for p in c.strip("[]").split(",")}).sum()
    assert _breakdown(register, "demographic_variables")["Age"] == int(ages)


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        ("How many use cases involve PII?", lambda d: d["Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?"].str.match(YES).sum()),
        ("Combien de cas d'usage avec PII ?", lambda d: d["Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?"].str.match(YES).sum()),
        ("How many use cases have an ATO?", lambda d: d["Does this AI use case have an associated Authority to Operate (ATO) for an AI system?"].str.match(YES).sum()),
        ("How many use cases have custom-developed code?", lambda d: d["Does this project include custom-developed code?"].str.match(YES).sum()),
        ("How many use cases are in Operation and Maintenance?", lambda d: d["Stage of Development"].eq("Operation and Maintenance").sum()),
        ("How many use cases at DOJ?", lambda d: d["Agency Abbreviation"].eq("DOJ").sum()),
    ],
)
def test_questions_over_the_drafted_mapping_get_the_pandas_count(us, question, truth):
    _, register = us
    plan = Understander(register)(question)
    answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))
    assert not plan.topic and answer.intent == "count"
    assert answer.figures["count"] == int(truth(_raw(US, "cp1252")))


def test_the_uk_draft_loads_and_counts_by_its_fields(uk):
    path, register = uk
    raw = _raw(UK, "utf-8")
    assert len(register) == len(raw) == 136
    assert register.mapping.columns == {"name": ("tool_name",), "body": ("publishing_body",)}
    assert register.mapping.language == "en" and register.mapping.required == ("name",)
    years = pd.to_datetime(raw["published"], format="mixed").dt.year.value_counts()
    assert _breakdown(register, "published") == {str(y): int(n) for y, n in years.items()}
    plan = Understander(register)("How many records does HMRC have?")
    assert Executor(register, retriever=None)(plan).figures["count"] == int(raw["publishing_body"].eq("HMRC").sum())


BILINGUAL = """\
Registre de test / Test register,,,,,,,,,,,,
ID,Title_en,Title_fr,Department,Category (EN),Category (FR),Status,Live?,Tags,Contact email,Launched,Budget,Summary
AB-001,Permit chatbot,Agent conversationnel des permis,Transport,Chatbot,Agent conversationnel,In production,Yes,chatbot; permits,ann@example.org,2023-04-01,12000,Answers questions about building permits for citizens
AB-002,Fraud scoring,Score de fraude,Revenue,Prediction,Prédiction,Development,No,fraud; scoring,bob@example.org,2024-01-15,50000,Scores tax returns to find the ones most likely to be fraudulent
AB-003,Permit triage,Tri des permis,Transport,Automation,Automatisation,In production,Yes – since 2024,permits,cy@example.org,2024-06-30,8000,Sorts permit requests so that urgent ones are handled first
AB-004,Road sign reader,Lecteur de panneaux,Transport,Prediction,Prédiction,Development,No,images; roads,di@example.org,2022-11-02,30000,Reads road signs from camera images to keep the inventory current
AB-005,Tax letter drafts,Brouillons de lettres,Revenue,Automation,Automatisation,In production,Yes,letters,ed@example.org,2023-09-09,15000,Drafts letters to taxpayers which officers then review and send
AB-006,Call summaries,Résumés d'appels,Health,Chatbot,Agent conversationnel,Development,,calls; summaries,fa@example.org,,22000,Summarises calls to the health line for the nurses who follow up
AB-007,Bed forecasts,Prévision des lits,Health,Prediction,Prédiction,In production,Yes,forecasts,gu@example.org,2021-03-03,41000,Forecasts hospital bed occupancy for the next two weeks in each region
AB-008,Form reader,Lecteur de formulaires,Revenue,Automation,Automatisation,In production,No,forms; scoring,hi@example.org,2024-02-20,9000,Reads paper forms and fills in the tax system so agents type less
"""


@pytest.fixture
def bilingual(tmp_path):
    path = tmp_path / "test-register.csv"
    path.write_text(BILINGUAL, encoding="utf-8")
    out = tmp_path / "drafted.toml"
    out.write_text(draft_mapping(path, out).text, encoding="utf-8")
    return path, out, load_register(path, out)


def test_a_bilingual_file_with_a_title_row_gets_pairs_lists_ids_and_private_columns(bilingual):
    path, out, register = bilingual
    m = register.mapping
    assert len(register) == 8 and m.language == "en"
    assert m.columns["name"] == ("Title_en",) and m.columns["body"] == ("Department",)  # the one organisation column: who runs each row
    assert "portfolio" not in m.columns
    assert m.bilingual["name"] == {"en": ("Title_en",), "fr": ("Title_fr",)}  # one column per language
    assert m.columns["category"] == ("Category (EN)",) and m.columns["benefits"] == ("Summary",)
    prediction = m.find_label("category", "Prediction")
    assert (prediction.en, prediction.fr) == ("Prediction", "Prédiction")  # the French column translates it
    types = {f.key: f.type for f in m.fields}
    assert types == {"id": "id", "live": "flag", "tags": "multi", "contact_email": "private", "launched": "date",
                     "budget": "number"}  # fmt: skip
    df = register.df
    assert df["name:fr"].tolist()[0] == "Agent conversationnel des permis" and df["name"].tolist()[0] == "Permit chatbot"
    assert df["live"].tolist() == ["yes", "no", "yes", "no", "yes", "", "yes", "no"]  # "Yes – since 2024" too
    assert df.loc[1, "tags"] == ("chatbot", "permits")
    assert "ann@example.org" not in df.to_string()
    assert df["budget"].sum() == 187000
    understand, execute = Understander(register), Executor(register, retriever=None)
    assert execute(understand("How many are live?")).figures["count"] == 4
    plan = understand("Describe AB-002")
    assert plan.intent == "describe" and plan.row_id == 2


def test_check_prints_what_loading_decides(bilingual, capsys):
    path, out, _ = bilingual
    assert main(["mapping", "check", str(out), "--data", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "8 rows load" in printed
    assert "live (flag) ← 'Live?'" in printed and "yes 4 · no 3 · not given 1" in printed
    assert "launched (date)" in printed and "years 2021–2024" in printed
    assert "contact_email (private)" in printed and "never loaded" in printed
    assert "prediction: 3 — 'Prediction' / 'Prédiction'" in printed
    assert "Headers not used by the mapping (1):\n  'Category (FR)'" in printed  # its texts are the French labels
    lines = check_lines(out, path)
    assert any(line.startswith("Loading notes") for line in lines)


def test_check_reports_unused_headers_and_clashes(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Name,Kind,Live,Note\nA,x,yes,n1\nB,y,no,n2\nC,x,yes,n3\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(textwrap.dedent("""\
        language = "en"
        [columns]
        name = "Name"
        [fields.kind]
        type = "label"
        column = "Kind"
        names = { en = ["kind", "sort"] }
        [fields.live]
        type = "flag"
        column = "Live"
        names = { en = ["live", "sort"] }
        """), encoding="utf-8")  # fmt: skip
    lines = check_lines(mapping, path)
    assert "  'sort' names field kind and field live: questions will take one; rename one of them" in lines
    assert lines[-1] == "  'Note'" and "kind (label)" in "\n".join(lines)


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        ('[categories.x]\nen = "X"\nfr = "X"\nalias = ["y"]', r"\[categories.x\]: unknown key\(s\) alias; known: aliases"),
        ('[statuses.live]\nen = "Live"\nfr = "En service"\ndefinition = "…"', r"\[statuses.live\]: unknown key\(s\) definition"),
        ('[labels]\nunknown_categroy = "other"', r"\[labels\]: unknown key\(s\) unknown_categroy; known: blank_category"),
        ('[role_names]\nname = { fr = "nom", en = "name", plural = "names" }', r"\[role_names\] name: unknown key\(s\) plural"),
        ('[fields.live]\ntype = "flag"\ncolumn = "Live"\nnames = { en = ["live"] }\nyess = ["y"]', r"\[fields.live\]: unknown key\(s\) yess"),
    ],
)
def test_unknown_keys_anywhere_in_a_mapping_are_errors_naming_the_fix(tmp_path, edit, says):
    path = tmp_path / "m.toml"
    path.write_text(f'language = "en"\n[columns]\nname = "Name"\n{edit}\n', encoding="utf-8")
    with pytest.raises(MappingError, match=says):
        load_mapping(path)


def test_check_exits_1_with_the_error_and_its_fix(tmp_path, capsys):
    path = tmp_path / "r.csv"
    path.write_text("Name,Live\nA,yes\n", encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('[columns]\nname = "Name"\n[fields.live]\ntype = "flag"\ncolumn = "Alive"\nnames = { en = ["live"] }\n', encoding="utf-8")
    assert main(["mapping", "check", str(bad), "--data", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("portrait-ia mapping check: error:") and "'Alive'" in err and "Fix:" in err
    typo = tmp_path / "typo.toml"
    typo.write_text('[columns]\nname = "Name"\ncolour = "red"\n', encoding="utf-8")
    assert main(["mapping", "check", str(typo), "--data", str(path)]) == 1
    assert "'colour' is not a role" in capsys.readouterr().err


def test_draft_command_writes_a_file_that_check_accepts(tmp_path, capsys):
    out = tmp_path / "uk.toml"
    assert main(["mapping", "draft", str(UK), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Drafted: 136 rows load" in said and f"portrait-ia mapping check {out}" in said
    assert tomllib.loads(out.read_text(encoding="utf-8"))["columns"]["name"] == "tool_name"
    assert main(["mapping", "check", str(out), "--data", str(UK)]) == 0
    assert "136 rows load" in capsys.readouterr().out
    assert main(["mapping", "draft", str(UK)]) == 0  # no --out: the mapping on stdout
    assert capsys.readouterr().out.startswith("# Mapping drafted by `portrait-ia mapping draft`")
    assert main(["mapping", "draft", str(tmp_path / "missing.csv")]) == 1
    assert "was not found" in capsys.readouterr().err


def test_an_edited_built_in_mapping_is_read_again(tmp_path, monkeypatch):
    shutil.copy(mapping_module.BUILT_IN_DIR / "uk-atrs.toml", tmp_path / "uk-atrs.toml")
    monkeypatch.setattr(mapping_module, "BUILT_IN_DIR", tmp_path)
    assert load_mapping("uk-atrs").title == "UK Algorithmic Transparency Records"
    path = tmp_path / "uk-atrs.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('title = "UK Algorithmic', 'title = "Edited UK'), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_mapping("uk-atrs").title == "Edited UK Transparency Records"


def test_names_from_headers_and_values_grouped():
    assert header_names("Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?") == [
        "PII", "involve personally identifiable information", "personally identifiable information"]  # fmt: skip
    assert header_names("Date Implemented") == ["date implemented"]
    assert header_names("Has an AI impact assessment been conducted for this AI use case?")[0] == "AI impact assessment"
    values = group_values(["Mission-Enabling", "Mission-Enabling (internal agency support)", "Mission-Enabling", "Law & Justice", "N/A"])
    assert [(v.text, v.count, v.spellings) for v in values] == [
        ("Mission-Enabling (internal agency support)", 3, ["Mission-Enabling"]), ("Law & Justice", 1, [])]  # fmt: skip
    assert re.fullmatch(r"[a-z0-9_]+", "health_medical")


def test_a_semicolon_file_whose_text_holds_commas_is_split_on_semicolons(tmp_path):
    path = tmp_path / "registre.csv"
    rows = [
        "Nom du projet;Description;Statut;Organisme",
        "Agent des permis;Répond aux citoyens, le soir, en français;En production;Ville",
        "Tri du courrier;Classe le courrier, les plaintes, les demandes;Développement;Ville",
        "Prévision des lits;Prévoit l'occupation, par région, chaque semaine;En production;Santé",
        "Lecteur de formulaires;Lit les formulaires papier, puis remplit le système;En production;Revenu",
    ]
    path.write_bytes("\n".join(rows).encode("cp1252"))
    drafted = draft_mapping(path, tmp_path / "m.toml")
    assert drafted.roles == {"name": "Nom du projet", "body": "Organisme", "status": "Statut", "benefits": "Description"}
    assert "language = \"fr\"" in drafted.text and 'fr = "En production"' in drafted.text


def test_a_flag_reads_n_a_as_not_given_even_with_the_default_spellings(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Name,ATO\nA,Yes\nB,No\nC,N/A\nD,Not Applicable\nE,n\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('[columns]\nname = "Name"\n[fields.ato]\ntype = "flag"\ncolumn = "ATO"\nnames = { en = ["ATO"] }\n', encoding="utf-8")
    assert load_register(path, mapping).df["ato"].tolist() == ["yes", "no", "", "", "no"]  # "N/A" was a "no" ("n" + "/")


def test_check_counts_a_column_other_names_are_read_from_as_used(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Name,Agency,Code\nA,Department of Labor,DOL\nB,Department of Labor,DOL\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(textwrap.dedent("""\
        language = "en"
        required = ["name"]
        [columns]
        name = "Name"
        body = "Agency"
        [aliases.body]
        from = "Code"
        pattern = "^(?P<alias>[A-Z]+)$"
        """), encoding="utf-8")  # fmt: skip
    assert "Headers not used by the mapping: none" in check_lines(mapping, path)
