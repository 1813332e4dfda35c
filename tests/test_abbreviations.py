"""Short forms inside names find the name they shorten, in both languages ("Dept of Labor",
« CHU Ste-Justine », « Saguenay-Lac-St-Jean »), and a short form no name uses changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.register.load import load_register
from assistant.understand.abbreviations import ABBREVIATIONS, load
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

US = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"


@pytest.fixture(scope="module")
def qc():
    return Understander(load_register(FULL_REGISTER))


@pytest.fixture(scope="module")
def us():
    return Understander(load_register(US, "us-federal-2024"))


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Le CHU Ste-Justine a-t-il des projets en imagerie médicale ?", "CHU Sainte-Justine"),
        ("combien de projets au CIUSSS du Saguenay-Lac-St-Jean",
         "Centre intégré universitaire de santé et de services sociaux du Saguenay-Lac-Saint-Jean"),
    ],
)
def test_french_short_forms_find_the_body(qc, question, body):
    assert qc(question).filters["body"] == [body]


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("How many use cases does the Dept of Labor have?", "portfolio", "Department of Labor"),
        ("how many use cases at the Social Security Admin?", "portfolio", "Social Security Administration"),
        ("does the Dept. of Defense have any AI use case?", "body", "Department of Defense"),
    ],
)
def test_english_short_forms_find_the_agency(us, question, field, value):
    assert us(question).filters[field] == [value]


def test_the_table_is_folded_words_and_a_file_adds_a_short_form(tmp_path):
    assert all(k == k.lower() and all(w == w.lower() and w.isascii() for w in v) for k, v in ABBREVIATIONS.items())
    extra = tmp_path / "abbreviations.toml"
    extra.write_text('[en]\ndept = ["department"]\n[fr]\ndept = ["departement"]\nhq = ["headquarters"]\n', encoding="utf-8")
    assert load(extra) == {"dept": ("department", "departement"), "hq": ("headquarters",)}


def test_running_is_in_production_in_both_registers(qc, us):
    assert qc("How many initiatives are up and running at the RAMQ?").filters["status"] == ["in_production"]
    assert us("How many AI gizmos does the Dept of Labor have that are actually running?").filters == {
        "portfolio": ["Department of Labor"], "status": ["operation_maintenance", "production_as_written"]}


def test_acronyms_typed_small_unless_an_everyday_word(us):
    assert us("how many dhs use cases were initiated in 2024?").filters == {
        "portfolio": ["Department of Homeland Security"], "initiated": ["2024"]}
    assert us("what share of nih use cases involve pii?").part == {"pii": ["yes"]}
    assert us("how many use cases does the va report?").filters == {"portfolio": ["Department of Veterans Affairs"]}
    assert us("how many va use cases involve personal data?").filters == {"portfolio": ["Department of Veterans Affairs"], "pii": ["yes"]}
    # "ice" is a word the inventory writes small (sea ice): not ICE; "all" an everyday word
    assert "body" not in us("how many use cases study sea ice?").filters
    assert us("how many use cases in all?").filters == {}


def test_show_up_anywhere_asks_whether_a_body_is_there(us):
    plan = us("hey, does the Dept of Defense show up anywhere in the federal AI inventory?")
    assert (plan.intent, plan.filters, plan.topic) == ("exists", {"body": ["Department of Defense"]}, "")
