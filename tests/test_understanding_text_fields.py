"""A register's text fields read as conditions on their cells (issue 16: "no count answered from a
topic when a field holds the answer"). Before, "How many tools have no vendor named?" counted a
topic "vendor named" (1 tool) on New York City's report, whose vendor-name column says "N/A" 24
times; "Which tools name Microsoft as a vendor?" showed five search results. Now the field filled
in, not filled in ("N/A" where the column says none in words, else blank) or holding a name is a
filter, said in the answer, in both languages; a field named in passing stays as it was."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.operations import isin
from assistant.register.draft import draft_mapping
from assistant.register.load import load_register
from assistant.understand.understander import Understander

NYC = Path(__file__).resolve().parents[1] / "data/registers/nyc-algorithmic-tools/algorithm_tool_compliance.csv"


@pytest.fixture(scope="module")
def nyc(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts") / "nyc.toml"
    out.write_text(draft_mapping(NYC, out).text, encoding="utf-8")
    register = load_register(NYC, out)
    return Understander(register), pd.read_csv(NYC, dtype=str, keep_default_na=False)


def _ask(u, question):
    plan = u(question)
    evidence = Executor(u.register, retriever=None)(plan)
    return plan, evidence.figures, ExtractiveComposer().compose(plan, evidence).answer


def _rows(df, mask):
    return [i + 1 for i in df.index[mask]]


@pytest.mark.parametrize("question", [
    "How many tools have no vendor named?",
    "Combien d'outils sans fournisseur nommé ?",
    "How many tools list no vendor?",
])  # fmt: skip
def test_no_vendor_named_counts_the_cells_that_say_none(nyc, question):
    u, df = nyc
    plan, figures, answer = _ask(u, question)
    assert plan.filters == {"vendor_name:given": ["no"]} and plan.topic == ""
    assert figures["row_ids"] == _rows(df, df["vendor_name"] == "N/A")  # 24: "N/A", not the 2022 blanks
    assert "“vendor name”: none given" in answer or "« nom de fournisseur » : aucun renseigné" in answer


@pytest.mark.parametrize("question", ["How many tools have a vendor?", "How many tools name a vendor?", "Combien d'outils ont un fournisseur indiqué ?"])
def test_a_vendor_named_counts_the_cells_filled_in_with_a_name(nyc, question):
    u, df = nyc
    plan, figures, _ = _ask(u, question)
    filled = (df["vendor_name"].str.strip() != "") & (df["vendor_name"] != "N/A")
    assert plan.filters == {"vendor_name:given": ["yes"]} and figures["count"] == int(filled.sum())


@pytest.mark.parametrize("question", [
    "Which tools name Microsoft as a vendor?",
    "Quels outils nomment Microsoft comme fournisseur ?",
    "In the 2023 report, how many tools list Microsoft among their vendors?",
])  # fmt: skip
def test_a_name_the_cells_hold_is_a_filter_on_them(nyc, question):
    u, df = nyc
    plan, figures, answer = _ask(u, question)
    assert plan.filters.get("vendor_name:has") == ["Microsoft"] and plan.topic == ""
    assert figures["row_ids"] == _rows(df, df["vendor_name"].str.contains("Microsoft", case=False))
    assert "Microsoft" in answer


def test_a_share_said_last_is_the_part(nyc):
    u, df = nyc
    plan, figures, _ = _ask(u, "What share of the 2023 tools name a vendor?")
    in_2023 = df["year"] == "2023"
    filled = in_2023 & (df["vendor_name"].str.strip() != "") & (df["vendor_name"] != "N/A")
    assert plan.part == {"vendor_name:given": ["yes"]} and plan.filters == {"year": ["2023"]}
    assert (figures["share"]["numerator"], figures["share"]["denominator"]) == (int(filled.sum()), int(in_2023.sum()))


def test_a_group_condition_over_rows_with_no_vendor_named(nyc):
    u, df = nyc
    plan, figures, _ = _ask(u, "Quelles agences ont au moins 2 outils sans fournisseur nommé dans le rapport 2023?")
    kept = df[(df["year"] == "2023") & (df["vendor_name"] == "N/A")]["agency"].value_counts()
    assert {g["value"]: g["count"] for g in figures["breakdown"]} == {a: int(n) for a, n in kept.items() if n >= 2}


@pytest.mark.parametrize("question", ["What data does the MyCity Chatbot use?", "How many DOHMH tools are there?"])
def test_a_field_named_in_passing_or_not_at_all_is_no_condition(nyc, question):
    u, _ = nyc
    plan = u(question)
    assert not any(k.endswith((":given", ":has")) for k in [*plan.filters, *plan.part])


def test_a_column_without_cells_that_say_none_reads_blank_as_not_given():
    df = pd.DataFrame({"pia": ["https://x/pia1", "", "  ", "https://x/pia2"]})
    assert isin(df, "pia:given", ["no"]).tolist() == [False, True, True, False]
    assert isin(df, "pia:given", ["yes"]).tolist() == [True, False, False, True]
    assert isin(df, "pia:has", ["PIA2"]).tolist() == [False, False, False, True]


def test_a_name_typed_small_after_a_verb_that_names_a_value(nyc):
    u, df = nyc
    plan, figures, _ = _ask(u, "how many tools list microsoft as the vendor")
    assert plan.filters == {"vendor_name:has": ["microsoft"]}
    assert figures["count"] == int(df["vendor_name"].str.contains("Microsoft", case=False).sum())
    assert u("Which tools list their vendor?").filters.get("vendor_name:has") is None


def test_blank_cells_beside_cells_that_say_none_are_said_apart(nyc):
    u, df = nyc
    plan, figures, answer = _ask(u, "How many tools have no vendor named?")
    blank = _rows(df, df["vendor_name"].str.strip() == "")
    assert figures["not_given"] == [{"field": "vendor_name", "count": len(blank), "row_ids": blank}]
    assert f"Not counted, with no answer for “vendor name” in this scope: {len(blank)} tools" in answer


@pytest.fixture(scope="module")
def doi(tmp_path_factory):
    data = NYC.parents[1] / "us-doi-2025/doi_2025_ai_use_case_inventory.csv"
    out = tmp_path_factory.mktemp("drafts") / "doi.toml"
    out.write_text(draft_mapping(data, out).text, encoding="utf-8")
    return Understander(load_register(data, out))


def test_a_list_field_named_with_a_cue_is_a_condition_too(doi):
    """The Interior's vendor names are a list field; "name a vendor" had counted a topic "name" (3)."""
    plan, figures, _ = _ask(doi, "How many use cases name a vendor?")
    df = doi.register.df
    assert plan.filters == {"vendor_name:given": ["yes"]} and plan.topic == ""
    assert figures["count"] == int(df["vendor_name"].map(len).gt(0).sum())
    plan = doi("How many use cases have training data described?")
    assert plan.filters == {"data_used:given": ["yes"]} and plan.topic == ""
    assert "vendor_name:has" not in doi("Which use cases list Esri as a vendor?").filters  # the list's value, read already


def test_the_understood_line_says_the_condition_in_both_languages(nyc):
    u, _ = nyc
    assert "vendor name = none given" in u("How many tools have no vendor named?").understood()
    assert "mentionne « Microsoft »" in u("Quels outils nomment Microsoft comme fournisseur ?").understood()


def test_a_list_cell_with_no_item_is_blank_and_one_saying_none_is_none():
    from assistant.operations import says_none

    df = pd.DataFrame({"vendors": [("Esri",), (), ("N/A",), ("Esri", "IBM")]})
    assert says_none(df["vendors"])
    assert isin(df, "vendors:given", ["no"]).tolist() == [False, False, True, False]
    assert isin(df, "vendors:given", ["yes"]).tolist() == [True, False, False, True]
