"""A drafted mapping answers the questions people ask, not only the header's words (issue 16): the
everyday words of mappings/words/everyday.toml ("personal data", "in operation", "started in 2022",
« lancés en 2023 », "built in-house", "component"), the flags read out of a both/neither label
column and out of a "none of the above" list, and label values too common to be declared. Every
count is checked against pandas reading the raw file on its own."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.draft import draft_mapping
from assistant.register.draft_aliases import other_names
from assistant.register.draft_everyday import date_names, field_names, value_words
from assistant.register.load import load_register
from assistant.types import Plan
from assistant.understand.understander import Understander
from tests.conftest import spreadsheet_years

ROOT = Path(__file__).resolve().parents[1]
US = ROOT / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
IMPACT = "Is the AI use case rights-impacting, safety-impacting, both, or neither?"
PII = "Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?"
DEVELOPED = "Was the AI system involved in this use case developed (or is it to be developed) under contract(s) or in-house?"


@pytest.fixture(scope="module")
def us(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts") / "us.toml"
    out.write_text(draft_mapping(US, out).text, encoding="utf-8")
    return out, load_register(US, out)


@pytest.fixture(scope="module")
def raw():
    df = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    df.columns = [" ".join(c.split()) for c in df.columns]
    return df.apply(lambda c: c.map(lambda x: " ".join(x.split())))


def _answer(register, question: str):
    plan = Understander(register)(question)
    return plan, ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))


def _is(cells: pd.Series, *values: str) -> pd.Series:
    return cells.str.lower().isin([v.lower() for v in values])


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        ("How many rights-impacting use cases does the VA report?",
         lambda d: (_is(d[IMPACT], "Rights-Impacting", "Both") & d["Agency"].eq("Department of Veterans Affairs")).sum()),
        ("How many safety-impacting use cases are there?", lambda d: _is(d[IMPACT], "Safety-impacting", "Both").sum()),
        ("How many use cases are high-impact?", lambda d: _is(d[IMPACT], "Rights-Impacting", "Safety-impacting", "Both").sum()),
        ("How many use cases are both rights- and safety-impacting?", lambda d: _is(d[IMPACT], "Both").sum()),
        ("Number of DOJ use cases in operation?",
         lambda d: (d["Stage of Development"].eq("Operation and Maintenance") & d["Agency Abbreviation"].eq("DOJ")).sum()),
        ("How many VA use cases involve personal data?",
         lambda d: (d[PII].str.match(r"(?i)^yes") & d["Agency Abbreviation"].eq("VA")).sum()),
        ("How many use cases were built in-house?",
         lambda d: d[DEVELOPED].isin(["Developed in-house.", "No contract/external resources used in development."]).sum()),
        ("How many use cases were initiated in 2022?", lambda d: (spreadsheet_years(d["Date Initiated"]) == 2022).sum()),
        ("Combien de cas d'usage ont été lancés en 2023 ?", lambda d: (spreadsheet_years(d["Date Initiated"]) == 2023).sum()),
        ("ICE: how many use cases are still in acquisition or development?",  # "and/or" read as "or" too
         lambda d: (d["Bureau"].eq("ICE") & d["Stage of Development"].eq("Acquisition and/or Development")).sum()),
        ("Quelle proportion des cas d'usage du DHS ont un impact sur les droits ?",
         lambda d: (_is(d[IMPACT], "Rights-Impacting", "Both") & d["Agency Abbreviation"].eq("DHS")).sum()),
        ("Combien de cas d'usage de l'IRS ont été développés uniquement sous contrat ?",
         lambda d: (d["Bureau"].eq("Internal Revenue Service") & d[DEVELOPED].isin(["Developed with contracting resources.", "Exclusively developed with contract/external resources."])).sum()),
        ("How many use cases are general commercial AI products?",
         lambda d: (~d["Is the AI use case found in the below list of general commercial AI products and services?"].str.lower()
                    .str.strip(" .").isin(["none of the above", "", "n/a", "na", "not applicable", "none", "null", "-"])).sum()),
    ],
)
def test_everyday_questions_on_the_us_draft_get_the_pandas_count(us, raw, question, truth):
    _, register = us
    plan, answer = _answer(register, question)
    assert not plan.topic, plan.topic
    assert answer.figures["count"] == int(truth(raw)), (question, plan.filters)


def test_a_both_neither_column_is_two_flags_their_union_and_a_named_label(us):
    path, register = us
    fields = {f.key: f for f in register.mapping.fields}
    assert fields["rights_impacting"].type == "flag" and "both" in fields["rights_impacting"].yes
    assert "neither" in fields["safety_impacting"].no and "rights-impacting" in fields["safety_impacting"].no
    union = next(f for f in fields.values() if "high-impact" in f.names_en)
    assert set(union.yes) == {"rights-impacting", "safety-impacting", "both"} and union.no == ("neither",)
    assert "impact type" in fields["impact_type"].names_en and fields["impact_type"].type == "label"
    both = fields["impact_type"].label("both")
    assert "both rights- and safety-impacting" in both.aliases


def test_a_bare_true_value_is_left_as_written_and_true_in_a_question_filters_nothing(us):
    path, register = us
    assert '"TRUE" (10 rows) is left as written' in path.read_text(encoding="utf-8")
    plan, answer = _answer(register, "Is it true that the VA has more use cases than DHS?")
    assert not plan.filters and answer.figures  # "true" is no value of any field


def test_the_bureau_is_also_a_component_and_dates_say_their_verbs(us):
    path, register = us
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert "component" in data["role_names"]["body"]["also"]
    plan, _ = _answer(register, "Which DHS component has the most use cases?")
    assert plan.group_by == "body" and plan.top_n == 1
    implemented = data["fields"]["date_implemented"]["names"]
    assert {"went live", "deployed"} <= set(implemented["en"]) and "mis en service" in implemented["fr"]


def test_the_everyday_words_file_matches_headers_and_values_by_what_they_say():
    assert "personal data" in field_names(PII)[0] and "renseignements personnels" in field_names(PII)[1]
    assert "development method" in field_names(DEVELOPED)[0]  # "contract(s)" and "in-house" both said
    assert field_names("Project name") == ((), ())
    assert "started" in date_names("Start date")[0] and "launched" in date_names("Date Initiated")[0]
    assert "retired" in date_names("Decommissioning date")[0] and "lancé" in date_names("Date de lancement")[1]
    words = value_words([("om", ("Operation and Maintenance",), 874), ("prod", ("In production", "En production"), 14),
                         ("dev", ("No, use case is too new to assess; will be reassessed before end of development stage.",), 8)], "status")
    assert "in operation" in words["om"][0] and "running" in words["om"][0]
    assert "in production" not in words["om"][0] and "en production" not in words["om"][1]  # another value's text
    assert "dev" not in words  # a sentence is no status
    assert value_words([("econ", ("Economic Development",), 40)], "field") == {}  # stages are a status's words only


def test_a_new_register_gets_flags_from_both_neither_and_verbs_for_its_dates(tmp_path):
    path = tmp_path / "city_projects.csv"
    rows = [("Parking chatbot", "Transport", "Live", "Personal data", "2022-03-01", "None of the above"),
            ("Pothole detection", "Roads", "Live", "Location data", "2022-05-02", "Image recognition"),
            ("Tree inventory", "Parks", "Pilot", "Neither", "2023-01-10", "None of the above"),
            ("Permit triage", "Permits", "Retired", "Both", "2021-07-07", "Text summaries"),
            ("Noise map", "Environment", "Pilot", "Location data", "2023-09-09", "Translation"),
            ("Bus arrival predictions", "Transport", "Live", "Both", "2020-02-02", "None of the above")]
    rows += [(f"{n} 2", d, p, u, s.replace("20", "19", 1), v) for n, d, p, u, s, v in rows]  # twelve rows, years 1920…
    header = "Project,Department,Phase,Does it use personal data, location data, both or neither?,Start date,Is it found in the list of approved vendor products?"
    text = "\n".join([",".join(f'"{h}"' for h in header.split(",", 3)[:3]) + ',"' + header.split(",", 3)[3].rsplit(",", 2)[0] + '","Start date","Is it found in the list of approved vendor products?"',
                      *(",".join(f'"{c}"' for c in row) for row in rows)])
    path.write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "city.toml"
    out.write_text(draft_mapping(path, out).text, encoding="utf-8")
    register = load_register(path, out)
    fields = {f.key: f for f in register.mapping.fields}
    personal = next(f for f in fields.values() if f.type == "flag" and "personal data" in f.names_en)
    location = next(f for f in fields.values() if f.type == "flag" and "location data" in f.names_en)

    def yes(key: str) -> int:
        plan = Plan(question="count", language="en", intent="count", filters={key: ["yes"]}, mapping=register.mapping)
        return Executor(register, retriever=None)(plan).figures["count"]

    assert yes(personal.key) == 6 and yes(location.key) == 8  # "Both" counts for each
    listed = next(f for f in fields.values() if f.type == "flag" and "approved vendor products" in f.names_en)
    assert yes(listed.key) == 6  # any item of the list; "None of the above" is a no
    plan, answer = _answer(register, "How many projects started in 2022?")
    assert answer.figures["count"] == 2 and not plan.topic
    plan, answer = _answer(register, "How many projects are in operation?")
    assert answer.figures["count"] == 6  # "Live" is "in operation" (everyday words)


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        ("How many use cases does the IRS have?", lambda d: d["Bureau"].eq("Internal Revenue Service").sum()),
        ("How many Treasury use cases are there?", lambda d: d["Agency Abbreviation"].eq("TREAS").sum()),
        ("How many use cases does the Interior Department have?", lambda d: d["Agency Abbreviation"].eq("DOI").sum()),
        ("How many use cases at Social Security?", lambda d: d["Agency Abbreviation"].eq("SSA").sum()),
        ("Combien de cas d'usage au département de la Sécurité intérieure ?", lambda d: d["Agency Abbreviation"].eq("DHS").sum()),
    ],
)
def test_bodies_and_portfolios_are_found_by_names_read_from_their_own(us, raw, question, truth):
    _, register = us
    plan, answer = _answer(register, question)
    assert answer.figures["count"] == int(truth(raw)), (question, plan.filters)
    plan = Understander(register)("Which state of the art models are used?")
    assert "portfolio" not in plan.filters  # the abbreviation "STATE" is left out: a word of questions


def test_other_names_come_from_codes_initials_and_department_names():
    assert other_names("Internal Revenue Service") == ["IRS"]
    assert other_names("VHA: Veterans Health Administration")[:2] == ["VHA", "Veterans Health Administration"]
    assert "Office of Legacy Management" in other_names("LM HQ - Office of Legacy Management (LM)")
    names = other_names("Department of the Treasury")
    assert {"Treasury", "Treasury Department", "Dept of Treasury", "département du Trésor"} <= set(names)
    assert "Energy" not in other_names("Department of Energy", common=lambda w: w.lower() == "energy")
    assert "département de la Santé et des Services sociaux" in other_names("Department of Health and Human Services")
    assert "ministère des Transports" in other_names("Department of Transportation")
    assert "USA" not in other_names("USAID/Southern Africa")  # initials only of plain capitalised words


def test_the_uk_draft_says_records_and_takes_its_title_from_the_links_it_holds(tmp_path):
    uk = ROOT / "data/registers/uk-atrs/atrs_records.csv"
    out = tmp_path / "uk.toml"
    out.write_text(draft_mapping(uk, out).text, encoding="utf-8")
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["items"]["en"]["one"] == "record"  # the file's name, not the one header "tool_name"
    assert data["title"] == "Algorithmic transparency records"  # gov.uk/algorithmic-transparency-records/…
    register = load_register(uk, out)
    raw = pd.read_csv(uk, dtype=str, keep_default_na=False)
    plan, answer = _answer(register, "How many transparency records has DWP published?")
    assert answer.figures["count"] == int(raw["publishing_body"].eq("DWP").sum()) and not plan.topic


def test_a_category_that_says_development_is_no_stage(tmp_path):
    path = tmp_path / "projects.csv"
    rows = [(f"Project {i}", ["Economic Development", "Health"][i % 2], ["In development", "Live"][i // 2 % 2]) for i in range(12)]
    path.write_text("Project,Category,Status\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows), encoding="utf-8")
    out = tmp_path / "projects.toml"
    out.write_text(draft_mapping(path, out).text, encoding="utf-8")
    register = load_register(path, out)
    assert not register.mapping.find_label("category", "Economic Development").aliases
    plan, answer = _answer(register, "How many projects are in operation?")
    assert answer.figures["count"] == 6 and plan.filters == {"status": ["live"]}


def test_outcomes_are_not_recorded_unless_a_column_holds_them():
    from assistant.register.draft_everyday import not_recorded_line

    assert '"outcomes"' in not_recorded_line(["Name", "Has information, including performance metrics, been made available?"])
    assert '"outcomes"' not in not_recorded_line(["Name", "Accuracy (%)"])


def test_a_question_on_accuracy_is_answered_not_recorded_on_the_us_draft(us):
    _, register = us
    plan = Understander(register)("What's the accuracy of the CBP models?")
    assert "outcomes" in register.mapping.not_recorded and plan.intent == "out_of_scope"


def test_vendors_are_recorded_when_a_column_names_them():
    from assistant.register.draft_everyday import not_recorded_line

    assert '"vendors"' not in not_recorded_line(["Name", "Vendor"])
    assert '"vendors"' in not_recorded_line(["Name", "Was it developed by a vendor or in-house?"])  # a yes/no question


def test_values_that_say_one_everyday_thing_are_one_value(us, raw):
    _, register = us
    development = next(f for f in register.mapping.fields if "development method" in f.names_en)
    contract = next(v for v in development.values if v.en == "Developed with contracting resources.")
    assert "Exclusively developed with contract/external resources." in contract.aliases
    in_house = next(v for v in development.values if v.en == "Developed in-house.")
    assert "No contract/external resources used in development." in in_house.aliases
    plan, answer = _answer(register, "How many DOT use cases were developed under contract only?")
    truth = raw[DEVELOPED].isin(["Developed with contracting resources.", "Exclusively developed with contract/external resources."])
    assert answer.figures["count"] == int((truth & raw["Agency Abbreviation"].eq("DOT")).sum())


def test_values_that_say_nothing_are_drafted_as_blank_and_counted_as_not_given(us, raw):
    """ "Data not reported by submitter and will be updated…" is no way of developing a system: the
    draft lists it under `blank`, and a breakdown counts its rows as not given."""
    from assistant.register.draft_everyday import says_nothing

    assert says_nothing("Data not reported by submitter and will be updated once additional information is collected")
    assert says_nothing("TBD") and says_nothing("Information non disponible")
    assert not says_nothing("Documentation is missing or not available") and not says_nothing("Unknowingly biased")
    path, register = us
    field = next(f for f in register.mapping.fields if f.columns.get("") == (DEVELOPED,))
    assert field.blank == ("data not reported by submitter and will be updated once additional information is collected",)
    assert not any(lb.en.startswith("Data not reported") for lb in field.values)
    said = raw[DEVELOPED].str.startswith("Data not reported")
    assert said.sum() == 6 and register.df.loc[said.to_numpy(), field.key].eq("").all()
