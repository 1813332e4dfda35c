"""A city's register nobody tuned on, drafted as a new user would (issue 16): New York City's
algorithmic tools compliance report (76 rows, 18 columns; a tool reported again each year).
Before: the name column was "data" (45 blank cells) because tool names repeat across years; the
one organisation column ("agency") was a portfolio, so an agency the file lacks had "no public
body field"; lists of analysis and population types ("Predictive modeling; Matching") were labels
because one cell holds a paragraph; "in the 2023 report" chose no date field out of two; "first
used before 2015" and "identifying information" named no field."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.execute import Executor
from assistant.register.draft import draft_mapping
from assistant.register.load import load_register
from assistant.understand.understander import Understander

NYC = Path(__file__).resolve().parents[1] / "data/registers/nyc-algorithmic-tools/algorithm_tool_compliance.csv"


@pytest.fixture(scope="module")
def nyc(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts") / "nyc.toml"
    text = draft_mapping(NYC, out).text
    out.write_text(text, encoding="utf-8")
    register = load_register(NYC, out)
    return text, Understander(register), pd.read_csv(NYC, dtype=str, keep_default_na=False)


def _figures(u, question):
    plan = u(question, [])
    return plan, Executor(u.register, retriever=None)(plan).figures


def test_the_name_column_says_name_even_when_tools_repeat_across_years(nyc):
    text, u, _ = nyc
    assert 'name = "tool_name"' in text and 'body = "agency"' in text and "portfolio = " not in text.split("[items]")[0]


def test_lists_with_one_long_item_are_lists(nyc):
    text, u, df = nyc
    assert '[fields.analysis_type]   # lists of values' in text and '[fields.population_type]   # lists of values' in text
    _, figures = _figures(u, "How many tools in the 2023 report do predictive modeling?")
    truth = (df["year"].eq("2023") & df["analysis_type"].str.contains("Predictive modeling")).sum()
    assert figures["count"] == int(truth)


def test_a_bare_year_is_the_report_year_when_a_column_is_called_year(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "How many entries are in the 2023 report?")
    assert plan.filters == {"year": ["2023"]} and figures["count"] == int(df["year"].eq("2023").sum())


def test_everyday_names_of_a_use_date_and_of_identifying_information(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "What share of the 2023 tools use identifying information?")
    in_2023 = df["year"].eq("2023")
    assert plan.topic == "" and figures["share"]["numerator"] == int((in_2023 & df["identifying_info"].str.lower().eq("true")).sum())
    assert figures["share"]["denominator"] == int(in_2023.sum())
    plan, figures = _figures(u, "How many tools were first used before 2015?")
    assert plan.topic == "" and figures["count"] == int((df["date_use"].str[:4].astype(int) < 2015).sum())


def test_the_other_registers_drafts_are_unchanged_by_these_rules():
    root = NYC.parents[1]
    uk = draft_mapping(root / "uk-atrs/atrs_records.csv").text
    assert 'name = "tool_name"' in uk and 'body = "publishing_body"' in uk
    us = draft_mapping(root / "us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv").text
    assert 'portfolio = "Agency"' in us and 'body = "Bureau"' in us
    assert '[fields.available_documentation]   # free text' in us  # commas cut prose: no list
