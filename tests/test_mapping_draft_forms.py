"""Registers exported from a reporting form (issue 16), as the US agencies' 2025 inventories are:
a row of section titles above the header, an official id beside the name, "Bureau/Component"
headers, stages that explain themselves ("Pilot – The use case has been deployed in a limited
test…"), a form's lettered options ("a) No", "c) Not high-impact") and a date "when the use case
became operational". Before: the id was taken as the name, the stages' keys were their whole
explanations, "a) No" was a label, "How many are high-impact?" counted every row (247 of 247),
"Which bureau has the most?" searched a topic "bureau", "the Park Service" (NPS) and "an
authorization to operate" (ATO) were topics, a bureau the file lacks was searched."""

from __future__ import annotations

import csv

import pytest

from assistant.execute import Executor
from assistant.register.draft import draft_mapping
from assistant.register.load import load_register
from assistant.understand.understander import Understander

STAGES = {
    "Pre-deployment": "Pre-deployment – The use case is in a development or acquisition status.",
    "Pilot": "Pilot – The use case has been deployed in a limited test or pilot capacity.",
    "Deployed": "Deployed – The use case is being actively authorized or utilized to support the functions or mission of an agency.",
    "Retired": "Retired – The use case was reported in the agency’s prior year’s inventory, but its use has since been discontinued.",
}
HEADER = ["Use Case ID", "Use Case Name", "Bureau/Component", "Should this AI use case be withheld from public reporting?",
          "Stage of Development", "Is the AI use case high-impact?", "What problem is the AI intended to solve?",
          "Date when AI use case became operational or the pilot’s start date",
          "Does this AI use case have an associated Authorization to Operate (ATO)?",
          "What are the expected benefits and positive outcomes from the AI for an agency’s mission?", "Vendor(s) Name"]  # fmt: skip
BUREAUS = ["USGS", "USGS", "USGS", "NPS", "NPS", "BLM", "FWS", "BSEE"]


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    folder = tmp_path_factory.mktemp("form")
    path = folder / "inventory.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["SECTION 1: Use Case Identifiers", "", "", "", "SECTION 2: Summary", "", "", "", "SECTION 3", "", ""])
        w.writerow(HEADER)
        for i in range(40):
            stage = list(STAGES.values())[i % 4]
            w.writerow([f"DOI-{300 - i:04d}", f"Tool number {i} for {['walrus', 'flood', 'pipeline', 'habitat'][i % 4]} monitoring",
                        BUREAUS[i % 8], "a) No", stage, "c) Not high-impact", f"Problem {i} of field work and records",
                        f"{1 + i % 12}/15/{2022 + i % 3}", "TRUE" if i % 5 == 0 else "FALSE",
                        f"Faster review of {i} field reports and fewer errors", ["", "Microsoft", "Google, Microsoft", "Esri"][i % 4]])  # fmt: skip
    text = draft_mapping(path, folder / "m.toml").text
    (folder / "m.toml").write_text(text, encoding="utf-8")
    return text, load_register(path, folder / "m.toml")


def _ask(register, question):
    plan = Understander(register)(question, [])
    return plan, Executor(register, retriever=None)(plan).figures


def test_the_name_is_the_name_column_not_the_official_id(form):
    text, register = form
    assert 'name = "Use Case Name"' in text and register.df["name"].iloc[0].startswith("Tool number")


def test_stages_that_explain_themselves_are_named_by_their_first_words(form):
    text, register = form
    for short in STAGES:
        assert f'en = "{short}"' in text
    plan, figures = _ask(register, "How many use cases are in pilot?")
    assert plan.filters == {"status": ["pilot"]} and figures["count"] == 10


def test_a_forms_lettered_options_are_yes_and_no(form):
    _, register = form
    plan, figures = _ask(register, "How many use cases are high-impact?")
    assert plan.filters == {"high_impact": ["yes"]} and figures["count"] == 0  # not every row
    plan, figures = _ask(register, "How many use cases are not high-impact?")
    assert figures["count"] == 40


def test_a_bureau_component_header_is_asked_as_bureau(form):
    plan, figures = _ask(form[1], "Which bureau has the most use cases?")
    assert (plan.group_by, plan.topic) == ("body", "") and figures["ranking"][0]["label"] == "USGS"


def test_the_date_a_use_case_became_operational(form):
    plan, figures = _ask(form[1], "How many use cases became operational in 2024?")
    assert not plan.topic and figures["count"] == 13


def test_values_sharing_their_first_words_are_not_cut():
    from assistant.register.draft_names import explained_heads

    assert explained_heads(["Yes – by the CAIO of the agency", "Yes – by another appropriate office of the agency"]) == {}
    assert explained_heads(["Pilot – The use case has been deployed in a test", "Retired – The use case is no longer used"]) == {
        "Pilot – The use case has been deployed in a test": "Pilot", "Retired – The use case is no longer used": "Retired"}  # fmt: skip


@pytest.mark.parametrize(
    ("question", "filters", "count"),
    [
        ("how many use cases from the park service", {"body": ["NPS"]}, 10),
        ("How many use cases does the Geological Survey have?", {"body": ["USGS"]}, 15),
        ("how many use cases have an authorization to operate", {"ato": ["yes"]}, 8),
        ("What percentage of USGS use cases are pilots?", {"body": ["USGS"]}, 5),
    ],
)
def test_known_bureaus_by_their_names_and_a_header_acronym_spelled_out(form, question, filters, count):
    plan, figures = _ask(form[1], question)
    assert plan.filters == filters and not plan.topic and figures["count"] == count


def test_a_known_bureau_the_file_lacks_is_answered_none(form):
    text, register = form
    assert 'words = "words/us_federal.toml"' in text
    plan, figures = _ask(register, "Does the Bureau of Indian Education have any AI use case?")
    assert plan.intent == "exists" and figures["exists"] is False


def test_the_registers_owner_named_in_a_question_is_the_whole_register(form):
    text, register = form
    assert text.count("\nowner = [") == 1 and '"Interior"' in text  # the ids begin with DOI
    for question in ("How many use cases are there across Interior?", "hi, how many AI use cases are in the Interior Department's inventory?"):
        plan, figures = _ask(register, question)
        assert (plan.topic, plan.filters, figures["count"]) == ("", {}, 40)


def test_an_owner_that_is_not_a_list_of_names_is_refused(tmp_path, form):
    from assistant.register.mapping import MappingError, load_mapping

    bad = tmp_path / "bad.toml"
    bad.write_text(form[0].replace('owner = [', 'owner = "x" # [', 1), encoding="utf-8")
    with pytest.raises(MappingError, match=r"owner must be a list of the names"):
        load_mapping(bad)


def test_expected_outcomes_are_no_measured_outcomes_and_a_vendor_list_records_vendors(form):
    text, register = form
    line = next(x for x in text.splitlines() if x.startswith("not_recorded"))
    assert '"outcomes"' in line and '"vendors"' not in line
    assert _ask(register, "How accurate is the walrus monitoring model?")[0].intent == "out_of_scope"
    plan, figures = _ask(register, "How many use cases have Esri as vendor?")
    assert plan.intent == "count" and figures["count"] == 10
