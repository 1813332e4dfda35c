"""Overview takes Explore's selection controls and draws the selection; a bar opens Explore on the
same selection narrowed to its value (the browser click itself: tests/test_ui_explore_browser.py).
"""

from __future__ import annotations

import html
import re

import gradio as gr
import pytest
from conftest_ui import served, ui_event
from gradio_client import Client

from assistant.ui import UI_TEXT
from assistant.ui.explore import ExploreTab
from assistant.ui.filters import ALL
from assistant.ui.overview import CHARTS, OverviewTab, counts
from assistant.ui.selection import select

pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")
HEALTH_NETWORK = "Santé et Services sociaux (Réseau)"


def bars(chart_html: str) -> dict[str, int]:
    """value -> count of each bar of a drawn chart."""
    found = re.findall(r'data-value="([^"]*)">.*?class="bar-count">(\d+)<', chart_html)
    return {html.unescape(value): int(n) for value, n in found}


@pytest.fixture(scope="module")
def tabs(mini_assistant):
    """(overview, explore) built inside a page, as build_app builds them."""
    with gr.Blocks():
        language = gr.Radio(["fr", "en"], value="fr")
        explore = ExploreTab(mini_assistant, "fr", language)
        overview = OverviewTab(mini_assistant, "fr")
    return overview, explore


@pytest.fixture(scope="module")
def client(mini_assistant):
    with served(mini_assistant) as (_, url):
        yield Client(url, verbose=False, download_files=False)


def test_overview_draws_the_selection_of_its_filters_and_topic(client, mini_assistant):
    df = mini_assistant.register.df
    selection = select(mini_assistant, None, {"portfolio": [HEALTH_NETWORK]}, "patients", "fr")
    assert 0 < len(selection.rows) < len(df[df["portfolio"] == HEALTH_NETWORK])
    args = (ALL, HEALTH_NETWORK, ALL, ALL, "patients", "fr")
    total, *drawn = ui_event(client, "overview-search", "input", *args)
    charts, tables = drawn[: len(CHARTS)], drawn[len(CHARTS) :]
    n = len(selection.rows)
    assert total.startswith(f"**{n} initiative")
    assert f"sur {len(df)} au registre" in total and "« patients »" in total
    for chart, drawn_chart, table in zip(CHARTS, charts, tables, strict=True):
        expected = counts(selection.rows, chart.field, "fr", chart.top)
        assert bars(drawn_chart) == dict(zip(expected["value"], expected["count"], strict=True))
        assert all(f">{html.escape(label)}</th><td>{count}</td>" in table
                   for label, count in zip(expected["label"], expected["count"], strict=True))  # fmt: skip
    # a dropdown alone redraws the same way
    total, *_ = ui_event(client, "overview-status", "input", ALL, ALL, ALL, "in_production", "", "fr")
    assert total.startswith(f"**{(df['status_key'] == 'in_production').sum()} initiatives** dans la sélection")


def test_nothing_selected_shows_the_whole_register(tabs, mini_assistant):
    overview, _ = tabs
    total, *charts = overview.show(None, ALL, ALL, ALL, ALL, "", "en")[: 1 + len(CHARTS)]
    df = mini_assistant.register.df
    assert total.startswith(f"**{len(df)} initiatives** in the register")
    assert sum(bars(charts[0]).values()) == len(df)  # by status: every row in one bar


def test_a_bar_opens_explore_on_the_selection_narrowed_to_its_value(tabs, mini_assistant):
    overview, explore = tabs
    event = gr.EventData(None, {"field": "status", "value": "in_production"})
    outputs = overview.drill(explore, None, ALL, HEALTH_NETWORK, ALL, ALL, "Patients", "fr", evt=event)
    tab, *dropdowns, search, count, table, record, record_id = outputs
    assert tab.selected == "explore"
    assert [d.value for d in dropdowns] == [ALL, HEALTH_NETWORK, ALL, "in_production"]
    assert search == "Patients"
    expected = select(mini_assistant, None, {"portfolio": [HEALTH_NETWORK], "status": ["in_production"]},
                      "patients", "fr").rows  # fmt: skip
    assert count.startswith(f"**{len(expected)} initiative")
    assert list(table.iloc[:, 0]) == list(expected["row_id"])
    assert record == UI_TEXT["fr"]["record_hint"] and record_id is None


@pytest.mark.parametrize(
    "data",
    [{"field": "budget", "value": "x"}, {"field": "status", "value": "<script>"}, {}, None],
    ids=["unknown-field", "unknown-value", "empty", "none"],
)
def test_a_forged_bar_event_changes_nothing(tabs, data):
    overview, explore = tabs
    outputs = overview.drill(explore, None, ALL, ALL, ALL, ALL, "", "fr", evt=gr.EventData(None, data))
    assert outputs and all(isinstance(o, type(gr.skip())) for o in outputs)


def test_switching_language_keeps_the_overview_selection(tabs, mini_assistant):
    overview, _ = tabs
    relabelled = overview.relabel("en", None, ALL, ALL, ALL, "in_production", "")
    dropdowns, search, hint, total = relabelled[:4], relabelled[4], relabelled[5], relabelled[6]
    assert dropdowns[3].label == "Status" and search.label == "Topic"
    assert "Explore" in hint
    n = int((mini_assistant.register.df["status_key"] == "in_production").sum())
    assert total.startswith(f"**{n} initiatives** in the selection")


def test_a_bar_of_another_year_opens_explore_on_that_year(fake_embedder, tmp_path_factory):
    from assistant import Assistant
    from tests.conftest import ROOT

    files = [ROOT / "data" / "portrait-ia-2024.csv", ROOT / "data" / "portrait-ia-2025.csv"]
    assistant = Assistant(files, index_dir=tmp_path_factory.mktemp("years"), embedder=fake_embedder)
    with gr.Blocks():
        language = gr.Radio(["fr", "en"], value="fr")
        explore = ExploreTab(assistant, "fr", language)
        overview = OverviewTab(assistant, "fr")
    event = gr.EventData(None, {"field": "category", "value": "conversational_agent"})
    tab, year, *dropdowns, search, count, table, _, _ = overview.drill(
        explore, "portrait-ia-2024.csv", ALL, ALL, ALL, ALL, "", "fr", evt=event
    )
    assert tab.selected == "explore" and year.value == "portrait-ia-2024.csv"
    assert dropdowns[2].value == "conversational_agent"
    assert count.startswith("**37 initiatives**") and len(table) == 37  # 2024's chatbots, not 2025's 68


def test_a_bar_carries_its_value_exactly_and_its_label_inertly():
    import pandas as pd

    from assistant.ui.bars import chart_html

    odd = 'Organisme  "double" ${x} <b>'
    table = pd.DataFrame({"label": [odd], "value": [odd], "count": [2]})
    drawn = chart_html(table, "body", "Organismes", "…", "fr")
    assert bars(drawn) == {odd: 2}  # the value the drill receives is the canonical one
    assert "<b>" not in drawn and "${" not in drawn
