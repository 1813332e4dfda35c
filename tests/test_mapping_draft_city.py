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


def test_the_report_year_stays_the_base_beside_another_date(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "What proportion of the tools in the 2022 report were first used before 2015?")
    in_2022 = df["year"].eq("2022")
    early = df["date_use"].str[:4].astype(int) < 2015
    assert figures["share"]["denominator"] == int(in_2022.sum()) and figures["share"]["numerator"] == int((in_2022 & early).sum())


def test_a_french_share_whose_verb_is_font(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "Quelle proportion des outils de 2023 font de l'appariement (matching) ?")
    in_2023 = df["year"].eq("2023")
    assert figures["share"]["denominator"] == int(in_2023.sum())
    assert figures["share"]["numerator"] == int((in_2023 & df["analysis_type"].str.contains("Matching")).sum())


def test_updated_since_the_previous_report_is_the_updated_flag(nyc):
    _, u, df = nyc
    updated = df["updated"].eq("Yes")
    plan, figures = _figures(u, "which agencies had at least one tool updated since the previous report (2023)?")
    assert plan.topic == "" and figures["groups"] == df.loc[updated, "agency"].nunique()
    plan, figures = _figures(u, "Combien d'outils de 2023 ont été mis à jour depuis le rapport précédent ?")
    assert figures["count"] == int((updated & df["year"].eq("2023")).sum())


def test_two_years_compared(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "Which report year has more tools, 2022 or 2023?")  # the one with more
    counts = df["year"].value_counts()
    assert plan.intent == "rank" and [(g["value"], g["count"]) for g in figures["ranking"]] == [(counts.index[0], int(counts.iloc[0]))]


def test_after_x_in_a_ranking_leaves_x_out(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "En 2022, après le DOHMH, quelle agence a déclaré le plus d'outils ?")
    rest = df[df["year"].eq("2022") & df["agency"].ne("DOHMH")]["agency"].value_counts()
    assert plan.exclude == {"body": ["DOHMH"]} and figures["ranking"][0]["value"] == rest.index[0]


def test_a_tools_name_without_its_acronym_is_that_tool(nyc):
    _, u, df = nyc
    plan = u("tell me about the Housing Unit Balancer", [])
    assert plan.intent == "describe" and df.loc[plan.row_id - 1, "tool_name"] == "Housing Unit Balancer (HUB)"


def test_a_value_in_the_askers_context_gives_way_to_the_one_asked(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "I'm writing a piece on how New York City agencies use algorithms under Local Law 35 (fire inspections, "
                                "school matching, child welfare and so on). To start, one number: how many of the tools in the 2023 "
                                "report do predictive modeling?")
    truth = (df["year"].eq("2023") & df["analysis_type"].str.contains("Predictive modeling")).sum()
    assert plan.topic == "" and plan.filters["analysis_type"] == ["Predictive modeling"] and figures["count"] == int(truth)


def test_started_in_a_year_is_the_date_of_first_use_not_the_report_year(nyc):
    _, u, df = nyc
    plan, figures = _figures(u, "How many tools started in 2019?")
    assert plan.filters == {"date_use": ["2019"]} and figures["count"] == int(df["date_use"].str.startswith("2019").sum())
