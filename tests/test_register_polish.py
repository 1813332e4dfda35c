"""The US 2024 register's last rough edges (issue 16): figure groups name the file's own
spellings, and agencies and bureaus are found by the names people use (acronyms, short names,
French names) — all of it data in the mapping, every count checked against pandas on the raw file.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.evaluation.score import check_groups
from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.understand.understander import Understander

US = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
IMPACT = "Is the AI use case rights-impacting, safety-impacting, both, or neither?"
PII = "Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?"


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    df = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    return df.rename(columns=str.strip).apply(lambda c: c.str.strip())


@pytest.fixture(scope="module")
def us():
    return load_register(US, "us-federal-2024")


@pytest.fixture(scope="module")
def run(us):
    understand, execute = Understander(us), Executor(us, retriever=None)

    def ask(question: str):
        plan = understand(question)
        assert not plan.topic, f"{question!r} became a topic search: {plan.topic!r}"
        return plan, execute(plan)

    return ask


# --- 1. figure groups: our label, and the file's spellings it counts ------------------------


def test_breakdown_groups_carry_the_files_spellings(run, raw):
    _, evidence = run("Breakdown of DOJ use cases by rights/safety impact")
    groups = {g["value"]: g for g in evidence.figures["breakdown"]}
    doj = raw[raw["Agency"] == "Department of Justice"][IMPACT]
    # the label is the mapping's, in text and figures alike; `written` is what the file writes
    assert groups["rights"]["label"] == "Rights-impacting only"
    assert groups["rights"]["written"] == ["Rights-Impacting"]
    assert groups["rights"]["count"] == int((doj == "Rights-Impacting").sum())
    too_new = groups["not_assessed"]
    assert len(too_new["written"]) == 2 and all(w.startswith("No, use case is too new") for w in too_new["written"])
    assert too_new["count"] == int(doj.str.startswith("No, use case is too new").sum())
    # every row of a group has one of its written spellings, and no other group's
    for g in groups.values():
        assert set(doj[doj.index.isin([r - 1 for r in g["row_ids"]])]) - {""} == set(g["written"])


def test_written_spellings_follow_frequency_and_flags_name_theirs(run, raw):
    _, evidence = run("Répartition par type d'impact")
    safety = next(g for g in evidence.figures["breakdown"] if g["value"] == "safety")
    assert safety["label"] == "Touchant la sécurité seulement"  # the answer's language, as the text says
    counts = raw[IMPACT].value_counts()
    assert safety["written"] == sorted(["Safety-impacting", "Safety-Impacting"], key=lambda s: -counts[s])
    _, evidence = run("Which agencies have the most use cases involving PII?")
    assert "written" not in evidence.figures["ranking"][0]  # an agency is its own spelling already


def test_text_and_figures_show_the_same_label(us, run):
    plan, evidence = run("Breakdown of use cases by impact type")
    answer = ExtractiveComposer().compose(plan, evidence)
    for g in evidence.figures["breakdown"]:
        assert f"- {g['label']}: " in answer.answer
    assert "Rights-Impacting:" not in answer.answer


def test_a_scorer_naming_groups_as_the_file_does_matches_them(run):
    _, evidence = run("Breakdown of SSA use cases by impact type")
    expected = {"groups": [{"value": "Neither", "count": 14}, {"value": "Rights-Impacting", "count": 8},
                           {"value": "Safety-impacting", "count": 1}], "ordered": False}  # fmt: skip
    assert check_groups(expected, evidence.figures) == []
    wrong = {"groups": [{"value": "Rights-Impacting", "count": 9}, {"value": "Neither", "count": 14},
                        {"value": "Safety-impacting", "count": 1}], "ordered": False}  # fmt: skip
    assert check_groups(wrong, evidence.figures)


# --- 2. agencies and bureaus by the names people use -----------------------------------------


def _agency(raw, name):
    return int((raw["Agency"] == name).sum())


def _bureau(raw, name):
    return int((raw["Bureau"] == name).sum())


@pytest.mark.parametrize(
    ("question", "field", "value", "truth"),
    [
        ("How many AI use cases does the IRS have?", "body", "Internal Revenue Service", lambda r: _bureau(r, "Internal Revenue Service")),
        ("Combien de cas d'usage à l'IRS ?", "body", "Internal Revenue Service", lambda r: _bureau(r, "Internal Revenue Service")),
        ("does the Fed have use cases?", "portfolio", "Board of Governors of the Federal Reserve System", lambda r: _agency(r, "Board of Governors of the Federal Reserve System")),
        ("How many use cases does the Federal Reserve have?", "portfolio", "Board of Governors of the Federal Reserve System", lambda r: _agency(r, "Board of Governors of the Federal Reserve System")),
        ("How many use cases does NIH have?", "body", "NIH", lambda r: _bureau(r, "NIH")),
        ("How many use cases do the National Institutes of Health report?", "body", "NIH", lambda r: _bureau(r, "NIH")),
        ("How many use cases does the FBI have?", "body", "FBI", lambda r: _bureau(r, "FBI")),
        ("How many use cases does the Federal Bureau of Investigation have?", "body", "FBI", lambda r: _bureau(r, "FBI")),
        ("How many use cases at the Centers for Disease Control?", "body", "CDC", lambda r: _bureau(r, "CDC")),
        ("How many use cases does the Food and Drug Administration have?", "body", "FDA", lambda r: _bureau(r, "FDA")),
        ("How many use cases does the VA have?", "portfolio", "Department of Veterans Affairs", lambda r: _agency(r, "Department of Veterans Affairs")),
        ("How many use cases does DHS have?", "portfolio", "Department of Homeland Security", lambda r: _agency(r, "Department of Homeland Security")),
        ("How many use cases does HHS have?", "portfolio", "Department of Health and Human Services", lambda r: _agency(r, "Department of Health and Human Services")),
        ("How many use cases does Treasury have?", "portfolio", "Department of the Treasury", lambda r: _agency(r, "Department of the Treasury")),
        ("How many use cases does the State Department have?", "portfolio", "Department of State", lambda r: _agency(r, "Department of State")),
        ("How many use cases at the Bureau of Prisons?", "body", "FBOP", lambda r: _bureau(r, "FBOP")),
        ("How many use cases does the Coast Guard have?", "body", "USCG", lambda r: _bureau(r, "USCG")),
        ("How many use cases does the Patent Office have?", "body", "USPTO - United States Patent and Trade Office", lambda r: _bureau(r, "USPTO - United States Patent and Trade Office")),
        ("How many use cases at Los Alamos?", "body", "LANL - Los Alamos National Lab (LAFO)", lambda r: _bureau(r, "LANL - Los Alamos National Lab (LAFO)")),
        ("How many use cases does the Pacific Northwest National Laboratory have?", "body", "PNNL - Pacific Northwest National Laboratory (SC43 OIM)",
         lambda r: _bureau(r, "PNNL - Pacific Northwest National Laboratory (SC43 OIM)")),
        ("Combien de cas d'usage au fisc américain ?", "body", "Internal Revenue Service", lambda r: _bureau(r, "Internal Revenue Service")),
        ("Combien de cas d'usage aux Instituts nationaux de la santé ?", "body", "NIH", lambda r: _bureau(r, "NIH")),
        ("Combien de cas d'usage compte le ministère de la Sécurité intérieure ?", "portfolio", "Department of Homeland Security", lambda r: _agency(r, "Department of Homeland Security")),
        ("Combien de cas d'usage au département de la Justice ?", "portfolio", "Department of Justice", lambda r: _agency(r, "Department of Justice")),
        ("Combien de cas d'usage compte la Réserve fédérale ?", "portfolio", "Board of Governors of the Federal Reserve System", lambda r: _agency(r, "Board of Governors of the Federal Reserve System")),
        ("Combien de cas d'usage au département d'État ?", "portfolio", "Department of State", lambda r: _agency(r, "Department of State")),
    ],
)
def test_agencies_and_bureaus_by_their_everyday_names(run, raw, question, field, value, truth):
    plan, evidence = run(question)
    assert plan.filters == {field: [value]}, plan.filters
    assert evidence.figures["count"] == truth(raw) > 0


def test_an_agency_the_inventory_does_not_hold_is_said_so(run, raw):
    assert not raw["Agency"].str.contains("Defense").any()  # the DoD publishes its own inventory
    for question in ("Combien de cas d'usage compte le département de la Défense ?", "How many use cases does the Pentagon have?"):
        plan, evidence = run(question)
        assert plan.filters == {"body": ["Department of Defense"]}
        assert evidence.figures["count"] == 0


def test_aliases_are_data_and_leave_ordinary_words_alone(us, run):
    mapping = us.mapping
    assert "IRS" in mapping.alias_values["body"]["Internal Revenue Service"]
    assert "the Fed" in mapping.alias_values["portfolio"]["Board of Governors of the Federal Reserve System"]
    # every aliased value is a value of the file (a typo in a key would alias nothing)
    for role, values in mapping.alias_values.items():
        assert set(values) <= set(us.df[role]), set(values) - set(us.df[role])
    understand = Understander(us)
    assert "portfolio" not in understand("How many use cases were fed into production?").filters  # the verb
    assert "portfolio" not in understand("How many use cases use state of the art models?").filters  # not "STATE"
    assert "STATE" not in us.aliases["portfolio"]["Department of State"] and "DOJ" in us.aliases["portfolio"]["Department of Justice"]


def test_french_contract_and_in_house_words(run, raw):
    dev = "Was the AI system involved in this use case developed (or is it to be developed) under contract(s) or in-house?"
    cells = raw[dev]
    contract = cells.str.startswith(("Developed with contracting resources", "Exclusively developed with contract")).sum()
    in_house = cells.str.startswith(("Developed in-house", "No contract/external resources used")).sum()
    for question, value, truth in (("Combien de cas d'usage ont été développés uniquement sous contrat ?", "contract", contract),
                                   ("Combien de cas d'usage développés entièrement à l'interne ?", "in_house", in_house)):  # fmt: skip
        plan, evidence = run(question)
        assert plan.filters == {"development": [value]} and evidence.figures["count"] == int(truth) > 0
