"""Typed fields beyond the six roles (issue 16): declared in a mapping, loaded, understood in both
languages, counted exactly with pandas — never answered by a topic count.

The truths are computed here from the raw CSV with pandas, independently of the loader."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.load import RegisterError, load_register
from assistant.register.mapping import MappingError, load_mapping
from assistant.understand.understander import Understander
from tests.conftest import spreadsheet_years

US = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
PII = "Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?"
IMPACT = "Is the AI use case rights-impacting, safety-impacting, both, or neither?"
DEV = "Was the AI system involved in this use case developed (or is it to be developed) under contract(s) or in-house? "


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    df = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    return df.apply(lambda c: c.str.strip())


@pytest.fixture(scope="module")
def us():
    return load_register(US, "us-federal-2024")


@pytest.fixture(scope="module")
def ask(us):
    understand, execute, compose = Understander(us), Executor(us, retriever=None), ExtractiveComposer()

    def run(question: str):
        plan = understand(question)
        assert not plan.topic, f"{question!r} became a topic search: {plan.topic!r}"
        return compose.compose(plan, execute(plan))

    return run


def _year(cells: pd.Series) -> pd.Series:
    return spreadsheet_years(cells.where(~cells.isin(["", "N/A", "NA"]), ""))


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        ("How many use cases involve PII?", lambda d: (d[PII] == "Yes").sum()),
        ("How many use cases do not involve PII?", lambda d: (d[PII] != "Yes").sum()),  # no, and blank: not yes
        ("Combien de cas d'usage impliquent des renseignements personnels ?", lambda d: (d[PII] == "Yes").sum()),
        ("Combien de cas d'usage n'impliquent pas de renseignements personnels ?", lambda d: (d[PII] != "Yes").sum()),
        ("How many use cases are rights- or safety-impacting?", lambda d: d[IMPACT].str.lower().isin(["rights-impacting", "safety-impacting", "both"]).sum()),
        ("How many high-impact use cases are there at DOJ?", lambda d: (d[IMPACT].str.lower().isin(["rights-impacting", "safety-impacting", "both"]) & (d["Agency Abbreviation"] == "DOJ")).sum()),
        ("How many use cases are not high-impact?", lambda d: (~d[IMPACT].str.lower().isin(["rights-impacting", "safety-impacting", "both"])).sum()),
        ("Combien de cas d'usage à fort impact ?", lambda d: d[IMPACT].str.lower().isin(["rights-impacting", "safety-impacting", "both"]).sum()),
        ("How many use cases were bought from a vendor?", lambda d: d[DEV.strip()].isin(["Developed with contracting resources.", "Exclusively developed with contract/external resources."]).sum()),
        ("Combien de cas d'usage ont été développés à l'interne ?", lambda d: d[DEV.strip()].isin(["Developed in-house.", "No contract/external resources used in development."]).sum()),
        ("How many use cases were implemented in 2024?", lambda d: (_year(d["Date Implemented"]) == 2024).sum()),
        ("How many use cases were initiated since 2023?", lambda d: (_year(d["Date Initiated"]) >= 2023).sum()),
        ("Combien de cas d'usage ont été mis en œuvre en 2023 ?", lambda d: (_year(d["Date Implemented"]) == 2023).sum()),
        ("How many use cases have an ATO?", lambda d: d["Does this AI use case have an associated Authority to Operate (ATO) for an AI system?"].str.lower().eq("yes").sum()),
        ("How many use cases include custom code?", lambda d: (d["Does this project include custom-developed code?"] == "Yes").sum()),
        # a year read once, by the nearer of two date names; a date name said again is no topic
        ("How many DHS use cases were implemented in 2024 — implementation date, not initiation?",
         lambda d: ((_year(d["Date Implemented"]) == 2024) & (d["Agency Abbreviation"] == "DHS")).sum()),
        ("How many use cases did the VA put into service in 2024 (implementation date)?",
         lambda d: ((_year(d["Date Implemented"]) == 2024) & (d["Agency Abbreviation"] == "VA")).sum()),
        # a date said of the rows with no year: those with a date given (or none, negated); a stage word stays the stage
        ("How many implemented use cases at DOE?", lambda d: (_year(d["Date Implemented"]).notna() & (d["Agency Abbreviation"] == "DOE")).sum()),
        ("How many use cases at DOE have been implemented?", lambda d: (_year(d["Date Implemented"]).notna() & (d["Agency Abbreviation"] == "DOE")).sum()),
        ("How many DOE use cases were not implemented?", lambda d: (_year(d["Date Implemented"]).isna() & (d["Agency Abbreviation"] == "DOE")).sum()),
        ("Combien de cas d'usage du DOE n'ont pas été mis en œuvre ?", lambda d: (_year(d["Date Implemented"]).isna() & (d["Agency Abbreviation"] == "DOE")).sum()),
        ("How many retired use cases at DHS?", lambda d: (d["Stage of Development"].str.lower().eq("retired") & (d["Agency Abbreviation"] == "DHS")).sum()),
    ],
)
def test_counts_over_typed_fields_are_pandas_exact(raw, ask, question, truth):
    raw = raw.rename(columns=lambda c: c.strip())
    answer = ask(question)
    assert answer.intent == "count"
    assert answer.figures["count"] == int(truth(raw))
    assert answer.language == ("fr" if "cas d'usage" in question else "en")


def test_a_share_a_ranking_and_a_breakdown_over_typed_fields(raw, ask, us):
    share = ask("What share of use cases are high-impact?")
    assert share.intent == "share" and share.figures["share"]["denominator"] == len(raw)
    assert share.figures["share"]["numerator"] == int(us.df["high_impact"].eq("yes").sum())
    ranked = ask("Which agencies have the most use cases involving PII?")
    top = raw[raw[PII] == "Yes"]["Agency"].value_counts()
    assert ranked.figures["by"] == "portfolio" and ranked.figures["ranking"][0]["count"] == top.iloc[0]
    by = ask("Breakdown by development method")
    unnamed = by.figures.get("unnamed", {}).get("count", 0)  # not given: said apart, no group
    assert by.figures["by"] == "development" and sum(g["count"] for g in by.figures["breakdown"]) + unnamed == len(raw)
    assert unnamed and all(str(g["value"]).strip() for g in by.figures["breakdown"])
    yearly = ask("How many use cases were implemented each year?")
    assert yearly.intent == "breakdown" and yearly.figures["by"] == "implemented"
    counts = {g["value"]: g["count"] for g in yearly.figures["breakdown"]}
    assert counts["2024"] == int((_year(raw["Date Implemented"]) == 2024).sum())


def test_answers_name_the_field_in_the_question_language(ask):
    fr = ask("Combien de cas d'usage impliquent des renseignements personnels ?")
    assert "« renseignements personnels » : oui" in fr.answer
    en = ask("How many use cases do not involve PII?")
    assert "“PII” other than yes" in en.answer and "Counted, with no answer for “PII”" in en.answer
    assert "PII ≠ yes" in en.plan.understood()


def test_which_vendor_is_not_a_development_method(ask, us):
    plan = Understander(us)("Which vendor built CBP's AI tools?")
    assert plan.intent == "out_of_scope"


# -- a small register written for these tests: multi, id, private, bilingual text ---------------

FIXTURE = """\
Id,Title,Agency,Tags,Contact,Summary EN,Résumé FR,Live
AB-001,Chatbot for permits,Permits Office,"[chatbot, permits]",ann@example.org,Answers permit questions,Répond aux questions de permis,Yes
AB-002,Fraud scoring,Revenue Office,fraud; scoring,bob@example.org,Scores returns for fraud,Note les déclarations,No
AB-003,Permit triage,Permits Office,permits,cy@example.org,Sorts permit requests,Trie les demandes de permis,yes
"""
MAPPING = """\
name = "fixture"
title = "Fixture register"
language = "en"
[columns]
name = "Title"
portfolio = "Agency"
[fields.ref]
type = "id"
column = "Id"
[fields.tags]
type = "multi"
column = "Tags"
names = { en = ["tag", "tags"], fr = ["étiquette", "étiquettes"] }
[fields.contact]
type = "private"
column = "Contact"
[fields.summary]
type = "text"
column = { en = "Summary EN", fr = "Résumé FR" }
[fields.live]
type = "flag"
column = "Live"
names = { en = ["live", "in service"], fr = ["en service"] }
"""


@pytest.fixture()
def fixture(tmp_path):
    (tmp_path / "reg.csv").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "map.toml").write_text(MAPPING, encoding="utf-8")
    return load_register(tmp_path / "reg.csv", tmp_path / "map.toml")


def test_multi_id_private_and_bilingual_text(fixture):
    df = fixture.df
    assert df["tags"].tolist() == [("chatbot", "permits"), ("fraud", "scoring"), ("permits",)]
    assert "contact" not in df.columns and "ann@example.org" not in df.to_string()
    assert df["summary:fr"].tolist()[0] == "Répond aux questions de permis"
    assert df["summary"].tolist()[0] == "Answers permit questions"  # the file's language
    assert df["live"].tolist() == ["yes", "no", "yes"]
    understand, execute = Understander(fixture), Executor(fixture, retriever=None)
    plan = understand("How many permits entries are live?")
    assert execute(plan).figures["count"] == 2  # rows 1 and 3: tag "permits" and live
    plan = understand("Describe AB-002")
    assert plan.intent == "describe" and plan.row_id == 2
    plan = understand("Breakdown by tag")
    groups = {g["value"]: g["count"] for g in execute(plan).figures["breakdown"]}
    assert groups == {"permits": 2, "chatbot": 1, "fraud": 1, "scoring": 1}


def test_multi_items_spelled_with_other_capitals_are_one_item():
    from assistant.register.fields import parse_fields, read_cells

    (spec,) = parse_fields({"tags": {"type": "multi", "column": "Tags", "names": {"en": ["tag"]}}}, ValueError)
    columns, _ = read_cells(spec, ["Age; Sex", "age", "Age", "SEX; age"])
    assert columns["tags"] == [("Age", "Sex"), ("Age",), ("Age",), ("Sex", "Age")]


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ('[fields.x]\ntype = "flag"\ncolumn = "Live"\nnames = { en = ["x"] }\ncolour = "red"', r"unknown key\(s\) colour"),
        ('[fields.x]\ntype = "boolean"\ncolumn = "Live"', "type must be one of"),
        ('[fields.x]\ntype = "flag"\ncolumn = "Live"', "give the field its names"),
        ('[fields.x]\ntype = "flag"\ncolumn = "Live"\nnames = { en = ["x"] }\nyes = ["Y"]\nno = ["y"]', "both a yes and a no"),
        ('[fields.x]\ntype = "date"\ncolumn = "Live"\nnames = { en = ["x"] }\nyes = ["Y"]', "yes/no spellings are for a flag"),
        ('[fields.name]\ntype = "text"\ncolumn = "Live"', "not a built-in column"),
    ],
)
def test_mapping_mistakes_name_the_key_and_the_fix(tmp_path, extra, says):
    path = tmp_path / "bad.toml"
    path.write_text(textwrap.dedent('[columns]\nname = "Title"\n') + extra, encoding="utf-8")
    with pytest.raises(MappingError, match=says):
        load_mapping(path)


def test_a_field_column_the_file_lacks_is_one_clear_error(tmp_path):
    (tmp_path / "reg.csv").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "map.toml").write_text(MAPPING.replace('column = "Live"', 'column = "Alive"'), encoding="utf-8")
    with pytest.raises(RegisterError, match=r"declares the field 'live' in a column this file lacks \('Alive'\)"):
        load_register(tmp_path / "reg.csv", tmp_path / "map.toml")


def test_what_is_not_recorded_comes_from_the_mapping(us):
    from assistant.register.mapping import NOT_RECORDED_KINDS
    from assistant.understand.words import ABSENT

    assert set(ABSENT) == set(NOT_RECORDED_KINDS)
    quebec = load_register(Path(__file__).resolve().parents[1] / "data/portrait-ia-2025.csv")
    assert Understander(quebec)("Combien d'initiatives en cybersécurité ?").intent == "out_of_scope"
    assert Understander(quebec)("Combien de projets ont été lancés en 2023 ?").intent == "out_of_scope"
    # The US inventory records dates and does not exclude cybersecurity: neither is refused there.
    assert "dates" not in us.mapping.not_recorded and "cybersecurity" not in us.mapping.not_recorded
    assert Understander(us)("How many use cases were deployed in 2023?").intent == "count"
    assert Understander(us)("Which use cases are about cybersecurity?").intent != "out_of_scope"
    assert Understander(us)("What is the budget of the VA's use cases?").intent == "out_of_scope"


def test_other_names_inline_by_pattern_and_by_parts(tmp_path):
    """A value found by an alias written in the mapping, by a name a pattern takes out of another
    column (the "AB" of "AB-001"), and by a part of a compound cell ("Revenue Office/Tax Branch")."""
    data = FIXTURE.replace("Fraud scoring,Revenue Office", "Fraud scoring,Revenue Office/Tax Branch")
    (tmp_path / "reg.csv").write_text(data, encoding="utf-8")
    mapping = MAPPING.replace('portfolio = "Agency"', 'body = "Agency"') + textwrap.dedent(
        """
        [aliases.body]
        values = { "Permits Office" = ["Bureau des permis"] }
        from = "Id"
        pattern = "^([A-Z]+)-0+3$"
        """
    )
    (tmp_path / "map.toml").write_text(mapping, encoding="utf-8")
    register = load_register(tmp_path / "reg.csv", tmp_path / "map.toml")
    understand, execute = Understander(register), Executor(register, retriever=None)
    for question, body, count in (
        ("Combien d'entrées au Bureau des permis ?", "Permits Office", 2),
        ("How many entries at AB?", "Permits Office", 2),  # AB-003 is a Permits Office row
        ("How many entries at the Tax Branch?", "Revenue Office/Tax Branch", 1),
    ):
        plan = understand(question)
        assert plan.filters.get("body") == [body], question
        assert execute(plan).figures["count"] == count


@pytest.mark.parametrize(
    ("table", "says"),
    [
        ('[aliases.body]\nfrom = "Id"', "go together"),
        ('[aliases.body]\nfrom = "Id"\npattern = "^[A-Z]+"', "exactly one group"),
        ('[aliases.body]\ncolour = "red"', r"unknown key\(s\) colour"),
    ],
)
def test_alias_table_mistakes_name_the_fix(tmp_path, table, says):
    path = tmp_path / "bad.toml"
    path.write_text('[columns]\nname = "Title"\nbody = "Agency"\n' + table, encoding="utf-8")
    with pytest.raises(MappingError, match=says):
        load_mapping(path)


def test_cells_that_say_nothing_are_not_given_not_a_value_or_a_no():
    """ "N/A - …" is not the spelling "n" + "/" of a default no, and a field's `blank` spellings
    ("Data not reported by submitter…", "TBD") are not given, whatever follows them."""
    from assistant.register.fields import parse_fields, read_cells

    raw = {
        "live": {"type": "flag", "column": "Live", "names": {"en": ["live"]}},
        "method": {"type": "label", "column": "Method", "names": {"en": ["method"]}, "blank": ["Data not reported", "TBD"]},
    }
    live, method = parse_fields(raw, ValueError)
    flags, _ = read_cells(live, ["Yes", "N/A - no users", "n", "N/A; COTS tool", "no"])
    assert flags["live"] == ["yes", "", "no", "", "no"]
    labels, _ = read_cells(method, ["In-house", "Data not reported by submitter and will be updated", "TBD.", "TBDX", "N/A - retired"])
    assert labels["method"] == ["In-house", "", "", "TBDX", ""]


def test_blank_spellings_are_for_fields_questions_select_by(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[columns]\nname = "Title"\n[fields.x]\ntype = "text"\ncolumn = "Live"\nblank = ["TBD"]\n', encoding="utf-8")
    with pytest.raises(MappingError, match="blank spellings are for a field questions select by"):
        load_mapping(path)


def test_same_for_another_flag_asks_that_flag_instead(us):
    """ "How many DHS use cases are rights-impacting? — same for safety-impacting": the DHS's
    safety-impacting ones, not those that are both."""
    understand = Understander(us)
    first = [{"role": "user", "content": "How many DHS use cases are rights-impacting?"}, {"role": "assistant", "content": "…"}]
    plan = understand("same for safety-impacting", first)
    assert plan.filters == {"portfolio": ["Department of Homeland Security"], "safety_impacting": ["yes"]}
    plan = understand("pareil pour ceux qui touchent la sécurité", first)
    assert plan.filters == {"portfolio": ["Department of Homeland Security"], "safety_impacting": ["yes"]}
    plan = understand("same for the VA", [{"role": "user", "content": "How many use cases involve PII?"}, {"role": "assistant", "content": "…"}])
    assert plan.filters == {"pii": ["yes"], "portfolio": ["Department of Veterans Affairs"]}


def test_a_follow_up_on_those_groups_keeps_them_and_an_acronym_names_its_bureaus(us, raw):
    understand, execute = Understander(us), Executor(us, retriever=None)
    first = [{"role": "user", "content": "Which agencies have more than 100 use cases?"}, {"role": "assistant", "content": "…"}]
    plan = understand("and which of those have the most PII ones?", first)
    assert plan.intent == "rank" and plan.group_by == "portfolio" and plan.filters["pii"] == ["yes"]
    plan = understand("How many FAA use cases are there?")
    faa = raw["Bureau"].str.match(r"FAA\b")
    assert plan.topic == "" and execute(plan).figures["count"] == int(faa.sum())


@pytest.mark.parametrize(
    ("question", "agencies"),
    [
        ("How many AI use cases do Justice and Homeland Security report combined?", {"DOJ", "DHS"}),
        ("Between Treasury, Labor and Agriculture, who has the most AI use cases?", {"TREAS", "DOL", "USDA"}),
        ("Vrai ou faux : le Trésor a plus de cas d'usage que le Commerce", {"TREAS", "DOC"}),
    ],
)
def test_departments_named_by_their_own_word_next_to_another_are_those_departments(us, raw, question, agencies):
    """ "Justice and Homeland Security", "Treasury, Labor and Agriculture": the departments (a
    lone "Justice" may be the topic area Law & Justice, not a list of agencies)."""
    plan = Understander(us)(question)
    named = set(plan.filters.get("portfolio", [])) | {v for f, v in plan.compare if f == "portfolio"}
    expected = set(raw.loc[raw["Agency Abbreviation"].isin(agencies), "Agency"])
    assert named == expected and plan.topic == ""


def test_fractions_of_a_named_base_and_what_the_register_cannot_say(us, raw):
    understand, execute = Understander(us), Executor(us, retriever=None)
    plan = understand("Is the VHA more than three quarters of the VA's use cases?")
    assert plan.claim == {"op": ">", "value": 75.0, "unit": "%"} and plan.filters == {"portfolio": ["Department of Veterans Affairs"]}
    va = raw["Agency Abbreviation"] == "VA"
    share = execute(plan).figures["share"]
    assert (share["numerator"], share["denominator"]) == (int((va & raw["Bureau"].str.startswith("VHA")).sum()), int(va.sum()))
    for question in ("Which of these use cases will get cancelled under the next administration?",
                     "Qui a approuvé les cas d'usage du DHS? donne les noms"):
        assert understand(question).intent == "out_of_scope"
    assert understand("Number of DHS use cases that affect people's rights?").filters["rights_impacting"] == ["yes"]


def test_a_place_claimed_for_a_department_by_its_own_word_and_zero_groups(us, raw):
    """ "Is Justice number two in terms of use cases?": a rank claim on the DOJ (it was a search
    for "justice terms"); "agencies with zero X" is "with no X" (no topic "zero")."""
    understand, execute = Understander(us), Executor(us, retriever=None)
    plan = understand("Is Justice number two in terms of use cases?")
    assert plan.claim == {"op": "rank", "value": "Department of Justice", "rank": 2, "unit": ""}
    second = raw["Agency"].value_counts().index[1]
    assert execute(plan).figures["claim"]["holds"] is (second == "Department of Justice")
    zero, no = (understand(f"How many agencies have {w} rights-impacting use cases?") for w in ("zero", "no"))
    assert zero.topic == "" and (zero.having, zero.filters) == (no.having, no.filters)


@pytest.mark.parametrize(
    ("question", "value"),
    [("How many use cases have no PII?", "yes"), ("How many use cases with no PII?", "yes"), ("How many use cases don't involve PII?", "yes")],
)
def test_no_before_a_flag_asks_for_every_row_that_does_not_say_yes(us, raw, question, value):
    plan = Understander(us)(question)
    assert plan.exclude == {"pii": [value]} and not plan.filters and plan.topic == ""
    figures = Executor(us, retriever=None)(plan).figures
    assert figures["count"] == int((raw[PII] != "Yes").sum())
    (blank,) = figures["not_given"]  # the blank cells are counted, and said so
    assert blank["field"] == "pii" and blank["counted"] is True and blank["count"] == int((us.df["pii"] == "").sum())
    groups = Understander(us)("How many agencies have no rights-impacting use cases?")
    assert groups.filters == {"rights_impacting": ["yes"]} and groups.having == [("==", 0)]


def test_a_comparison_says_the_gap_and_a_named_trio_ranks_and_a_mix_is_both(us, raw):
    """ "how many more … than …": the gap is in the figures and the text; "Between Treasury,
    Labor and Agriculture, who has the most?" shows the first of the three only; "a mix of
    contractors and in-house staff" is the development method "both"."""
    from assistant.compose.extractive import ExtractiveComposer

    understand, execute = Understander(us), Executor(us, retriever=None)
    plan = understand("How many more use cases does DHS have than USDA?")
    figures = execute(plan).figures
    counts = raw["Agency Abbreviation"].value_counts()
    assert plan.intent == "compare" and figures["difference"] == abs(int(counts["DHS"]) - int(counts["USDA"]))
    assert f"{figures['difference']} more use cases" in ExtractiveComposer().compose(plan, execute(plan)).answer
    plan = understand("Between Treasury, Labor and Agriculture, who has the most AI use cases?")
    ranking = execute(plan).figures["ranking"]
    top = counts[["TREAS", "DOL", "USDA"]].idxmax()
    assert (plan.intent, plan.top_n) == ("rank", 1) and [g["value"] for g in ranking] == list(raw.loc[raw["Agency Abbreviation"] == top, "Agency"].unique())
    plan = understand("How many HHS use cases were developed with a mix of contractors and in-house staff?")
    assert plan.filters["development"] == ["both"] and plan.topic == ""
