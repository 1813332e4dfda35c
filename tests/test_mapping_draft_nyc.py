"""New York City's register of algorithmic tools (Local Law 35), drafted as a new user would: its
`agency` column holds the city's acronyms (FDNY, DOE, DOHMH, DSS, OCME…). Before: the agencies got
no other names, so "the fire department" or « le service des incendies de New York » found nothing,
and a city agency absent from the file ("the Department of Transportation") was no agency at all.
The city's known agencies (words/known_bodies_nyc.toml) are read only for a file whose bodies are
mostly the city's: DOE, DOI, DHS and DOT name federal departments elsewhere."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register import draft_aliases
from assistant.register.draft import draft_mapping
from assistant.register.load import load_register
from assistant.understand.understander import Understander

REGISTERS = Path(__file__).resolve().parents[1] / "data/registers"
NYC = REGISTERS / "nyc-algorithmic-tools/algorithm_tool_compliance.csv"
OTHERS = [
    REGISTERS / "us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv",
    REGISTERS / "us-doi-2025/doi_2025_ai_use_case_inventory.csv",
    REGISTERS / "gc-ai-register/gc_ai_register_mvp_english.csv",
    REGISTERS / "uk-atrs/atrs_records.csv",
]


@pytest.fixture(scope="module")
def nyc(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts") / "nyc.toml"
    text = draft_mapping(NYC, out).text
    out.write_text(text, encoding="utf-8")
    return text, load_register(NYC, out), pd.read_csv(NYC, dtype=str, keep_default_na=False)


def _ask(register, question):
    plan = Understander(register)(question)
    answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))
    return plan, answer


def test_the_city_agencies_are_the_files_bodies_with_their_names(nyc):
    text, _, _ = nyc
    assert 'body = "agency"' in text and 'portfolio = "agency"' not in text  # FDNY, DOHMH… are the city's bodies
    assert 'words = "words/nyc_city.toml"' in text
    assert '"FDNY" = ["Fire Department of the City of New York", "Service des incendies de la Ville de New York", "Fire Department", "fire dept"' in text
    assert '"DOE" = ["Department of Education", "Département de l\'Éducation de la Ville de New York", "Department of Ed", "Dept of Ed"' in text
    assert '"DOHMH" = ["Department of Health and Mental Hygiene", "Département de la Santé et de l\'Hygiène mentale", "Health Department"' in text
    assert '"DSS" = ["Department of Social Services", "Département des Services sociaux", "Social Services"' in text
    assert '"OCME" = ["Office of Chief Medical Examiner", "Bureau du médecin légiste en chef", "Office of the Chief Medical Examiner"' in text
    assert '"DOI" = ["Department of Investigation"' in text and "Department of the Interior" not in text  # the city's DOI, not the US Interior


def _agency(name):
    return lambda d: d["agency"].eq(name).sum()


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("How many tools did the fire department report?", "FDNY"),
        ("Combien d'outils le service des incendies de New York a-t-il déclarés ?", "FDNY"),
        ("How many tools does the Department of Education have?", "DOE"),
        ("How many tools does the dept of ed use?", "DOE"),
        ("How many tools does the Health Department have?", "DOHMH"),
        ("How many tools does the Department of Social Services report?", "DSS"),
        ("How many tools did the Medical Examiner report?", "OCME"),
        ("How many tools does the Department of Investigation have?", "DOI"),
    ],
)
def test_an_agency_named_as_people_say_it_counts_its_rows(nyc, question, agency):
    _, register, raw = nyc
    plan, answer = _ask(register, question)
    assert not plan.topic and plan.filters == {"body": [agency]}
    assert answer.figures["count"] == int(raw["agency"].eq(agency).sum()) > 0


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("Does the Department of Transportation have any tool?", "Department of Transportation"),
        ("Does the Parks Department use any tool?", "Department of Parks and Recreation"),
    ],
)
def test_a_city_agency_the_file_lacks_has_no_tool_rather_than_a_search(nyc, question, agency):
    _, register, _ = nyc
    plan, answer = _ask(register, question)
    assert not plan.topic and plan.filters == {"body": [agency]}
    assert answer.figures["exists"] is False and answer.figures["count"] == 0
    assert answer.answer.startswith("No: ") and agency in answer.answer


@pytest.mark.parametrize("path", OTHERS, ids=lambda p: p.parent.name)
def test_other_registers_drafts_are_those_without_the_city_file(path, tmp_path, monkeypatch):
    with_city = draft_mapping(path, tmp_path / "m.toml").text
    monkeypatch.delitem(draft_aliases._KNOWN_FILES, "known_bodies_nyc.toml")
    draft_aliases._known.cache_clear()
    try:
        without = draft_mapping(path, tmp_path / "m.toml").text
    finally:
        draft_aliases._known.cache_clear()
    assert with_city == without
    assert "nyc_city" not in with_city and '"Dept of Ed"' not in with_city


def test_a_few_city_acronyms_among_federal_bodies_read_no_city_names(tmp_path):
    csv = tmp_path / "federal.csv"
    agencies = ["DOE", "DOT", "DHS", "DOI", "Department of Agriculture", "Department of Commerce", "Department of Labor", "Department of State"]
    rows = [f"Tool {i},{agency}" for i, agency in enumerate(agencies * 2)]
    csv.write_text("Use Case Name,Agency\n" + "\n".join(rows) + "\n", encoding="utf-8")
    text = draft_mapping(csv, tmp_path / "m.toml").text
    assert "nyc_city" not in text and "Department of Investigation" not in text and '"Dept of Ed"' not in text
    assert 'body = "Agency"' in text  # the one organisation column is the body (draft_guess), with no city names


def test_a_file_of_city_agencies_alone_gets_the_city_words(tmp_path):
    csv = tmp_path / "city.csv"
    agencies = ["NYPD", "DSNY", "Department of Parks and Recreation", "HPD", "Department of Homeless Services", "TLC"]
    rows = [f"Tool {i},{agency}" for i, agency in enumerate(agencies * 2)]
    csv.write_text("Tool Name,Agency\n" + "\n".join(rows) + "\n", encoding="utf-8")
    text = draft_mapping(csv, tmp_path / "m.toml").text
    assert 'words = "words/nyc_city.toml"   # 6 bodies are known (known_bodies_nyc.toml)' in text
    assert '"DSNY" = ["Department of Sanitation", "Département de l\'Assainissement", "Sanitation"' in text
    assert '"Department of Homeless Services" = [' in text and '"DHS"' in text


def test_a_register_of_the_citys_agencies_is_published_by_the_city(tmp_path):
    from assistant.register.draft import draft_mapping as draft

    text = draft(NYC, tmp_path / "nyc.toml").text
    assert text.count('owner = ["New York City", "NYC"') == 1
    (tmp_path / "nyc.toml").write_text(text, encoding="utf-8")
    u = Understander(load_register(NYC, tmp_path / "nyc.toml"))
    plan = u("hi! how many algorithmic tools are listed in NYC's compliance report data altogether?", [])
    assert plan.intent == "count" and plan.topic == "" and plan.filters == {}
