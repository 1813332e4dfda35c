"""Explore and Overview while the search index is being built (a first `serve`, a rebuilt index):
filters select at once, and words typed in the topic box are said to wait for the index, how far
it is, instead of an error; once it is built, the same words are searched, with no restart.
Through the real app (Gradio's API, as the browser calls it); the build is held by the test."""

from __future__ import annotations

import pytest
from conftest_ui import served, ui_event
from gradio_client import Client
from test_index_ops import GatedEmbedder  # noqa: F401  (registers the "gated" embedder)

from assistant import Assistant
from assistant.ui.filters import ALL
from assistant.ui.selection import select, select_here
from assistant.vectors.embeddings import get_embedder
from tests.conftest import MINI_REGISTER

pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")


@pytest.fixture
def building(tmp_path):
    """(client, assistant): the app over an Assistant whose index build waits for the test."""
    gated = get_embedder("gated")
    gated.gate.clear()
    assistant = Assistant(
        MINI_REGISTER, index_dir=tmp_path / "index", embedder=gated, index_in_background=True
    )
    try:
        with served(assistant, feedback_path=tmp_path / "f.jsonl") as (_, url):
            yield Client(url, verbose=False, download_files=False), assistant, gated
    finally:
        gated.gate.set()


def test_typed_words_wait_for_the_index_while_filters_select_at_once(building):
    client, assistant, gated = building
    df = assistant.register.df
    assert assistant.index.building
    count, table = ui_event(
        client, "explore-search", "input", ALL, ALL, ALL, ALL, "courriels", "fr"
    )
    assert f"**{len(df)} initiatives**" in count
    assert (
        "« courriels » n'est pas encore cherché : l'index de recherche est en cours de construction (0 %)."
        in count
    )
    assert "Les lignes ci-dessous suivent les filtres seuls." in count and len(
        table["data"]
    ) == len(df)
    in_production = df[df["status_key"] == "in_production"]
    count, table = ui_event(
        client, "explore-status", "input", ALL, ALL, ALL, "in_production", "emails", "en"
    )
    assert "“emails” is not searched yet: the search index is being built (0%)." in count
    assert [r[0] for r in table["data"]] == list(in_production["row_id"])
    total, *_ = ui_event(client, "overview-search", "input", ALL, ALL, ALL, ALL, "courriels", "fr")
    assert "n'est pas encore cherché" in total

    gated.gate.set()
    assert assistant.index.wait(60)
    searched = select(assistant, None, {}, "courriels", "fr")
    assert not searched.waiting and list(searched.rows["row_id"]) == list(
        select_here(assistant, None, {}, "courriels", "fr").rows["row_id"]
    )
    count, table = ui_event(
        client, "explore-search", "input", ALL, ALL, ALL, ALL, "courriels", "fr"
    )
    assert "pas encore cherché" not in count and [r[0] for r in table["data"]] == list(
        searched.rows["row_id"]
    )
