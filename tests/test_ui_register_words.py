"""Explore's and Overview's own texts (assistant/ui/tab_text.py) speak the register's nouns, named
once in its mapping ([items], [register]): "use cases" and "the inventory" for the US federal
inventory, served as the real app; Québec's portrait keeps « initiatives » and « registre »."""

from __future__ import annotations

import re

import pytest
from conftest_ui import served, ui_event
from gradio_client import Client
from typed_registers import us_slice

from assistant.register.mapping import load_mapping
from assistant.ui.filters import ALL
from assistant.ui.overview import summary
from assistant.ui.tab_text import TAB_TEXT, count_text, tab_text

pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_tab_text_is_in_the_registers_words(language):
    us, uk = load_mapping("us-federal-2024"), load_mapping("uk-atrs")
    for key in TAB_TEXT[language]:
        for mapping in (us, uk):
            said = tab_text(language, mapping)[key]
            assert "initiative" not in said.lower() and "<" not in said, (key, said)
    words = {"fr": ("cas d'usage", "à l'inventaire", "Aucun cas d'usage"), "en": ("use cases", "the inventory", "No use case")}[language]
    joined = " ".join(tab_text(language, us).values())
    assert all(w in joined for w in words), joined
    assert "fiches" in tab_text("fr", uk)["bar_hint"] and "records" in tab_text("en", uk)["bar_hint"]


def test_quebec_keeps_its_words():
    from assistant.ui.text import UI_TEXT

    for language in ("fr", "en"):  # the chart titles Québec's portrait had, from its own nouns
        for key in ("by_status", "by_category", "by_portfolio", "count_axis"):
            assert tab_text(language)[key] == UI_TEXT[language][key]
    assert tab_text("en")["top_bodies"] == UI_TEXT["en"]["top_bodies"]
    assert tab_text("fr", load_mapping("us-federal-2024"))["top_bodies"] == "Les 10 bureaux qui déclarent le plus de cas d'usage"
    assert tab_text("fr")["selection_total"].startswith("**{n} initiatives** dans la sélection, sur {total} au registre")
    assert tab_text("en")["chart_empty"] == "No initiative in the selection."
    assert count_text(1, "fr") == "**1 initiative** correspond aux filtres."
    assert count_text(0, "fr", load_mapping("us-federal-2024")) == "**0 cas d'usage** correspond aux filtres."
    assert count_text(2, "en", load_mapping("uk-atrs")) == "**2 records** match the filters."


def test_an_empty_chart_says_so_in_the_registers_words():
    import pandas as pd

    empty = pd.DataFrame(columns=["label", "value", "count"])
    assert summary(empty, 0, "fr", mapping=load_mapping("us-federal-2024")) == "Aucun cas d'usage dans la sélection."


@pytest.fixture(scope="module")
def us(fake_embedder, tmp_path_factory):
    from assistant import Assistant

    data, mapping = us_slice(tmp_path_factory.mktemp("us-words"))
    return Assistant(data, mapping=mapping, index_dir=tmp_path_factory.mktemp("us-words-index"), embedder=fake_embedder)


@pytest.fixture(scope="module")
def client(us):
    with served(us, "en") as (_, url):
        yield Client(url, verbose=False, download_files=False)


def test_the_served_tabs_count_use_cases(us, client):
    import gradio as gr

    from assistant.ui.explore import ExploreTab

    with gr.Blocks():
        fields = ExploreTab(us, "en", gr.Radio(["fr", "en"], value="en")).filters.fields
    values, n = [ALL] * len(fields), len(us.register.df)
    df = us.register.df
    count, _ = ui_event(client, "explore-search", "input", *values, "fraud qwzxv", "en")
    assert count.startswith("**") and " use case" in count and "initiative" not in count, count
    assert "Words the inventory does not use, not searched: qwzxv." in count
    total, *_ = ui_event(client, "overview-search", "input", *values, "", "fr")
    assert total == f"**{n} cas d'usage** à l'inventaire (fichier `{us.register.source}`)."
    agency = df["portfolio"].value_counts().index[0]
    picked = [agency if f == "portfolio" else ALL for f in fields]
    total, *charts = ui_event(client, "overview-search", "input", *picked, "", "en")
    k = int((df["portfolio"] == agency).sum())
    assert total.startswith(f"**{k} use cases** in the selection, out of {n} in the inventory"), total
    bar_hints = re.findall(r'class="bars-sr"> ([^<]*)<', " ".join(charts))
    assert bar_hints and set(bar_hints) == {"(show these use cases in Explore)"}
    titles = re.findall(r'<h2 class="bars-title">([^<]*)</h2>', " ".join(charts))
    assert titles[:4] == ["Use cases by stage of development", "Use cases by topic area", "Use cases by agency",
                          "The 10 bureaus that report the most use cases"]  # fmt: skip
    assert "initiative" not in " ".join(charts).lower()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_explores_question_on_a_selection_names_use_cases_and_is_understood(us, language):
    from assistant.ui.explore import selection_question

    df = us.register.df
    agency = df["portfolio"].value_counts().index[0]
    question = selection_question({"portfolio": [agency]}, "", language, df, None, us.register.mapping)
    assert question.startswith("List the use cases" if language == "en" else "Liste les cas d'usage"), question
    answer = us.ask(question)
    assert answer.plan.filters == {"portfolio": [agency]} and not answer.plan.topic
    assert answer.figures["count"] == int((df["portfolio"] == agency).sum())


def test_the_explore_table_and_the_header_name_the_registers_fields_and_items(us):
    from assistant.ui.explore import register_table
    from assistant.ui.tab_text import explore_columns
    from assistant.ui.text import UI_TEXT, header_markdown

    for language in ("fr", "en"):  # Québec's portrait: as before
        assert explore_columns(language) == UI_TEXT[language]["explore_columns"]
        assert tab_text(language)["explore_table"] == UI_TEXT[language]["explore_table"]
    us_words = {"en": "Use cases of the inventory", "fr": "Cas d'usage de l'inventaire"}
    assert {lang: tab_text(lang, us.register.mapping)["explore_table"] for lang in us_words} == us_words
    table = register_table(us.register.df.head(3), "en", us.register.mapping)
    assert list(table.columns[:6]) == ["Row", "Use case", "Bureau", "Agency", "Topic area", "Stage of development"]
    table = register_table(us.register.df.head(3), "fr", us.register.mapping)
    assert list(table.columns[:6]) == ["Ligne", "Cas d'usage", "Bureau", "Agence fédérale", "Domaine", "Stade de développement"]
    n = len(us.register.df)
    assert f"**Inventory:** {us.register.mapping.title} · **{n} use cases**" in header_markdown(us, "en")
    assert f"**Inventaire :** {us.register.mapping.title} · **{n} cas d'usage**" in header_markdown(us, "fr")


def test_quebecs_header_is_unchanged(mini_assistant):
    from assistant.ui.text import header_markdown

    n = len(mini_assistant.register)
    assert f"· **{n} initiatives**" in header_markdown(mini_assistant, "fr")
    assert "**Registre :**" in header_markdown(mini_assistant, "fr") and "**Register:**" in header_markdown(mini_assistant, "en")
