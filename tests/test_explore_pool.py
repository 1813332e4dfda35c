"""Explore's and Overview's selections go through the answer pool when `serve` has one: the real
Gradio app over a `PooledAssistant` (one spawned worker, its own Assistant) shows exactly what
the same app computing in its own process shows, each event costing one worker call; a worker
that dies costs no selection (the server computes it, says so in the log, the pool starts again).

Over the real register with the bundled multilingual model: the topic searches (BM25 + dense,
gated) are what the workers take off the server.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import time
import uuid

import httpx
import pytest
from conftest_ui import served, ui_event
from gradio_client import Client

from assistant import settings
from assistant.api import Assistant
from assistant.ui.filters import ALL
from assistant.ui.selection import select, select_here
from assistant.ui.workers import AnswerPool, PooledAssistant
from tests.conftest import FULL_REGISTER

pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")
HEALTH_NETWORK = "Santé et Services sociaux (Réseau)"

# (elem id, event, inputs after the roles' dropdowns) for Explore's and Overview's controls;
# the four roles' dropdowns are given by each case, the facets (none in Québec's) stay "all".
SELECTIONS = [
    ("explore-search", "input", [ALL, ALL, ALL, ALL], "fraude", "fr"),
    ("explore-search", "input", [ALL, ALL, ALL, ALL], "fraud detection", "en"),
    ("explore-search", "input", [ALL, HEALTH_NETWORK, ALL, ALL], "urgences xyzzy", "fr"),
    ("explore-category", "input", [ALL, ALL, "conversational_agent", "in_production"], "", "fr"),
    ("explore-status", "input", [ALL, ALL, ALL, "in_production"], "traduction", "en"),
    ("explore-search", "input", [ALL, ALL, ALL, ALL], "xyzzy", "fr"),  # no word the register uses
    ("overview-search", "input", [ALL, HEALTH_NETWORK, ALL, ALL], "patients", "fr"),
    ("overview-status", "input", [ALL, ALL, ALL, "in_production"], "forest", "en"),
]


def wait_ready(pool: AnswerPool) -> None:
    assert pool.ready.wait(240), "no worker became ready"


@pytest.fixture(scope="module")
def pooled(tmp_path_factory):
    """(served PooledAssistant, the server's own Assistant, the pool of 1 worker)."""
    values = settings.resolve({"data": [str(FULL_REGISTER)], "index_dir": str(tmp_path_factory.mktemp("explore-pool")),
                               "embedder": "use-multilingual", "workers": 1})  # fmt: skip
    own = Assistant.from_settings(values)
    own.index.ensure()  # built before the workers start, as `portrait-ia index` would: they open it
    pool = AnswerPool(values, 1, own)
    wait_ready(pool)
    yield PooledAssistant(own, pool, model=False), own, pool
    pool.close()


@pytest.fixture(scope="module")
def apps(pooled, tmp_path_factory):
    """(client of the app over the pool, client of the app computing in its process, their urls)."""
    served_assistant, own, _ = pooled
    folder = tmp_path_factory.mktemp("explore-pool-apps")
    with served(served_assistant, feedback_path=folder / "a.jsonl") as (_, pooled_url), \
            served(own, feedback_path=folder / "b.jsonl") as (_, own_url):  # fmt: skip
        yield (Client(pooled_url, verbose=False, download_files=False),
               Client(own_url, verbose=False, download_files=False), pooled_url, own_url)  # fmt: skip


def facets(client: Client, prefix: str) -> list[str]:
    """ "all" for each typed-field facet the page has (the register's own; Québec's has none)."""
    ids = [c.get("props", {}).get("elem_id") or "" for c in client.config["components"]]
    return [ALL] * sum(i.startswith(f"{prefix}-field-") for i in ids)


@pytest.mark.parametrize(("elem_id", "event", "roles", "typed", "language"), SELECTIONS,
                         ids=[f"{c[0]}:{c[3] or '-'}:{c[4]}" for c in SELECTIONS])  # fmt: skip
def test_a_selection_through_the_pool_shows_what_the_server_alone_shows(
    apps, pooled, elem_id, event, roles, typed, language
):
    pooled_client, own_client, _, _ = apps
    _, own, pool = pooled
    args = (*roles, *facets(own_client, elem_id.split("-")[0]), typed, language)
    before = pool.calls
    got = ui_event(pooled_client, elem_id, event, *args)
    assert pool.calls == before + 1, "the selection was made by the worker"
    expected = ui_event(own_client, elem_id, event, *args)
    assert pool.calls == before + 1, "the app without a pool computed in its own process"
    assert got == expected
    count = got[0]
    filters = {
        f: [v]
        for f, v in zip(("body", "portfolio", "category", "status"), roles, strict=True)
        if v != ALL
    }
    n = len(select_here(own, None, filters, typed, language).rows)
    assert f"**{n} initiative" in count  # the figure itself, as the chat's matcher finds it


def test_selections_are_equal_whatever_the_file_and_the_words(pooled):
    """The worker's rows are the server's own table's, row for row (positions travel, not rows)."""
    served_assistant, own, pool = pooled
    for filters, typed, language in (({}, "", "fr"), ({}, "courriels", "fr"), ({"status": ["in_development"]}, "santé", "fr"),
                                     ({}, "FRAUDE  ", "fr"), ({}, "the of", "en"), ({"body": ["Nobody"]}, "fraude", "fr")):  # fmt: skip
        before = pool.calls
        got, expected = (
            select(served_assistant, None, filters, typed, language),
            select_here(own, None, filters, typed, language),
        )
        assert pool.calls == before + 1
        assert got.rows.equals(expected.rows) and list(got.rows.index) == list(expected.rows.index)
        assert (got.filters, got.topic, got.unknown, got.typed) == (
            expected.filters,
            expected.topic,
            expected.unknown,
            expected.typed,
        )


def drill(url: str, client: Client, field: str, value: str, inputs: list) -> list:
    """A bar of Overview's status chart clicked, as the browser sends it: the event's data
    (`{"field", "value"}`) with the chart's inputs, through Gradio's queue."""
    (chart,) = [
        c["id"]
        for c in client.config["components"]
        if c.get("props", {}).get("elem_id") == "overview-by_status"
    ]
    (dependency,) = [d for d in client.config["dependencies"] if [chart, "click"] in d["targets"]]
    session, url = uuid.uuid4().hex, url.rstrip("/")
    with httpx.Client(timeout=120) as http:
        joined = http.post(f"{url}/gradio_api/queue/join", json={
            "data": inputs, "event_data": {"field": field, "value": value}, "fn_index": dependency["id"],
            "trigger_id": chart, "session_hash": session})  # fmt: skip
        joined.raise_for_status()
        with http.stream(
            "GET", f"{url}/gradio_api/queue/data", params={"session_hash": session}
        ) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    message = json.loads(line[5:])
                    if message.get("msg") == "process_completed":
                        assert message.get("success"), message
                        return message["output"]["data"]
    raise AssertionError("no reply to the bar's click")


def test_an_overview_bar_opens_explore_with_the_workers_selection(apps, pooled):
    pooled_client, own_client, pooled_url, own_url = apps
    _, own, pool = pooled
    # the year selector (a state with one file: the session holds it), the dropdowns, topic, language
    inputs = [
        None,
        ALL,
        HEALTH_NETWORK,
        ALL,
        ALL,
        *facets(own_client, "overview"),
        "patients",
        "fr",
    ]
    before = pool.calls
    got = drill(pooled_url, pooled_client, "status", "in_production", inputs)
    assert pool.calls == before + 1
    assert got == drill(own_url, own_client, "status", "in_production", inputs)
    n = len(
        select_here(
            own,
            None,
            {"portfolio": [HEALTH_NETWORK], "status": ["in_production"]},
            "patients",
            "fr",
        ).rows
    )
    assert any(isinstance(o, str) and f"**{n} initiative" in o for o in got)


def test_a_worker_that_dies_costs_no_selection_and_the_pool_starts_again(apps, pooled, caplog):
    pooled_client, own_client, _, _ = apps
    _, own, pool = pooled
    args = (ALL, ALL, ALL, ALL, *facets(own_client, "explore"), "fraude", "fr")
    expected = ui_event(own_client, "explore-search", "input", *args)
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    restarts = pool.restarts
    with caplog.at_level(logging.WARNING, logger="portrait_ia"):
        assert (
            ui_event(pooled_client, "explore-search", "input", *args) == expected
        )  # the server computed it
    said = [r.getMessage() for r in caplog.records if r.name == "portrait_ia"]
    assert (
        "answer workers: lost under an Explore/Overview selection; computed in the server" in said
    )
    assert "answer workers: a worker died; starting the pool again" in said
    wait_ready(pool)
    assert pool.restarts == restarts + 1 and pool.pids() and pool.pids() != [pid]
    before = pool.calls
    assert ui_event(pooled_client, "explore-search", "input", *args) == expected
    assert pool.calls == before + 1, "the pool started again computes the selections again"


def test_without_a_ready_worker_the_server_computes_the_selection(pooled):
    """Until the first worker is ready (and once a pool is given up), the server computes."""
    _, own, pool = pooled
    waiting = PooledAssistant(own, pool, model=False)
    pool.ready.clear()
    try:
        before = pool.calls
        got = select(waiting, None, {}, "fraude", "fr")
        assert pool.calls == before and got.rows.equals(
            select_here(own, None, {}, "fraude", "fr").rows
        )
    finally:
        pool.ready.set()
    assert select(PooledAssistant(own, None, model=False), None, {}, "", "fr").rows.equals(
        own.register.df
    )
