"""Explore's and Overview's selections go through the answer pool when `serve` has one: the real
Gradio app over a `ServedAssistant` (one spawned worker, its own Assistant) shows exactly what
the same app computing in its own process shows, each event costing one worker call; a worker
that dies costs no selection (the server computes it, says so in the log, the pool starts again).

Over the real register with the bundled multilingual model: the topic searches (BM25 + dense,
gated) are what the workers take off the server.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import time
import uuid

import httpx
import pytest
from conftest_ui import served, ui_event
from gradio_client import Client

from assistant.ui.filters import ALL
from assistant.ui.selection import select, select_here
from assistant.ui.tab_pool import ServedAssistant
from assistant.ui.workers import AnswerPool
from tests.conftest import FULL_REGISTER, started_pool

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
    """(served ServedAssistant, the server's own Assistant, the pool of 1 worker)."""
    own, pool = started_pool(FULL_REGISTER, tmp_path_factory.mktemp("explore-pool"))
    yield ServedAssistant(own, pool, model=False), own, pool
    pool.close()


@pytest.fixture(scope="module")
def apps(pooled, tmp_path_factory):
    """(client of the app over the pool, client of the app computing in its process, their urls)."""
    served_assistant, own, _ = pooled
    one, other = tmp_path_factory.mktemp("explore-pool-app"), tmp_path_factory.mktemp("explore-app")
    with served(served_assistant, feedback_path=one / "feedback.jsonl") as (_, pooled_url), \
            served(own, feedback_path=other / "feedback.jsonl") as (_, own_url):  # fmt: skip
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
    waiting = ServedAssistant(own, pool, model=False)
    pool.ready.clear()
    try:
        before = pool.calls
        got = select(waiting, None, {}, "fraude", "fr")
        assert pool.calls == before and got.rows.equals(
            select_here(own, None, {}, "fraude", "fr").rows
        )
    finally:
        pool.ready.set()
    assert select(ServedAssistant(own, None, model=False), None, {}, "", "fr").rows.equals(
        own.register.df
    )


# -- plans the page made: "ask about this selection", edited filters ----------------------------


def without_turn_ids(outputs: list) -> str:
    """The outputs as JSON, each turn's random id (its HTML anchors) replaced by one word."""
    shown = json.dumps(outputs, sort_keys=True, default=str)
    turns = re.findall(r'data-turn=\\"([0-9a-f]+)\\"|"id": "([0-9a-f]{10})"', shown)
    for turn in {t for pair in turns for t in pair if t}:
        shown = shown.replace(turn, "TURN")
    return shown


def test_asking_about_a_selection_is_answered_through_the_pool(apps, pooled):
    """Explore's "ask about this selection": the chat's list of the rows shown, its figures
    computed and worded by the worker, the same answer as the server alone gives."""
    pooled_client, own_client, _, _ = apps
    _, own, pool = pooled
    # the dropdowns, the topic box, the UI language (the conversation is a state: left out)
    args = (ALL, ALL, ALL, "in_production", *facets(own_client, "explore"), "fraude", "fr")
    before = pool.calls
    got = ui_event(pooled_client, "explore-ask", "click", *args)
    assert pool.calls == before + 2, "the selection, then its answer"
    assert without_turn_ids(got) == without_turn_ids(
        ui_event(own_client, "explore-ask", "click", *args)
    )
    shown = select_here(own, None, {"status": ["in_production"]}, "fraude", "fr")
    assert 0 < len(shown.rows) and all(f"[{r}]" in str(got) for r in shown.rows["row_id"])


def test_edited_filters_are_answered_through_the_pool(apps, pooled):
    """A filter chip unchecked re-runs the last turn's Plan: through the worker, the same answer."""
    pooled_client, own_client, _, _ = apps
    _, own, pool = pooled
    question = "Combien d'agents conversationnels sont en production dans le réseau de la santé ?"
    shown = []
    for client in (pooled_client, own_client):
        before = pool.calls
        ui_event(client, "question", "submit", question, "fr")
        edited = ui_event(client, "chips", "input", ["status=in_production"], "fr")
        shown.append(without_turn_ids(edited))
        if client is pooled_client:
            assert pool.calls == before + 2, "the question, then its edited plan"
    assert shown[0] == shown[1]
    kept = own.ask(question).plan
    kept.filters = {"status": ["in_production"]}
    count = own.composer.compose(kept, own.executor(kept)).figures["count"]
    assert f"compte {count} initiatives" in shown[0] and "Statut" in shown[0]


def test_with_a_model_the_worker_counts_and_the_server_words_a_plan(tmp_path):
    """With a language model, a re-run plan's figures come from the worker and the model is
    called in the request's thread of the server: the answer the server alone gives."""
    from assistant.ui.chat import answer_plan
    from bench.fake_model import FakeModel
    from tests.conftest import MINI_REGISTER

    with FakeModel() as model:
        own, pool = started_pool(MINI_REGISTER, tmp_path / "index", llm="openai", model="m", base_url=model.base_url)
        try:
            served_assistant = ServedAssistant(own, pool, model=True)
            plan = own.ask("Combien d'initiatives sont en production ?").plan
            plan.filters = {"category": ["conversational_agent"]}
            before, asked = pool.calls, model.calls
            got = answer_plan(served_assistant, plan)
            assert pool.calls == before + 1 and model.calls == asked + 1, "counted, then worded"
            expected = answer_plan(own, plan)
            assert got.answer == expected.answer and got.figures == expected.figures
            assert got.composer.get("fallback") == expected.composer.get("fallback") is not None
        finally:
            pool.close()


def test_a_worker_that_dies_under_a_plan_costs_no_answer(pooled, caplog):
    from assistant.ui.chat import answer_plan

    served_assistant, own, pool = pooled
    wait_ready(pool)
    plan = own.ask("Combien d'initiatives sont en production ?").plan
    expected = answer_plan(own, plan).answer
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    with caplog.at_level(logging.WARNING, logger="portrait_ia"):
        assert answer_plan(served_assistant, plan).answer == expected  # the server answered
    said = [r.getMessage() for r in caplog.records if r.name == "portrait_ia"]
    assert "answer workers: lost under a re-run plan; answered in the server" in said
    wait_ready(pool)
    before = pool.calls
    assert answer_plan(served_assistant, plan).answer == expected
    assert pool.calls == before + 1


def test_a_pool_that_keeps_dying_is_given_up_and_the_server_computes_alone(
    pooled, caplog, monkeypatch
):
    """Runs last (it ends the module's pool): a pool that dies once more than it may be started
    again is given up, says so in the log, and the server makes every selection from then on."""
    from assistant.ui import workers

    served_assistant, own, pool = pooled
    wait_ready(pool)
    monkeypatch.setattr(workers, "MAX_RESTARTS", pool.restarts)  # no restart left
    expected = select_here(own, None, {}, "fraude", "fr")
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    with caplog.at_level(logging.WARNING, logger="portrait_ia"):
        assert select(served_assistant, None, {}, "fraude", "fr").rows.equals(expected.rows)
    said = [r.getMessage() for r in caplog.records if r.name == "portrait_ia"]
    assert (
        f"answer workers: died again after {pool.restarts} restarts; not started again: "
        "the server answers alone until serve is restarted"
    ) in said
    assert not pool.ready.wait(2) and not pool.pids()
    calls = pool.calls
    assert select(served_assistant, None, {}, "fraude", "fr").rows.equals(expected.rows)
    assert served_assistant.ask("Combien d'initiatives sont en production ?").answer
    assert pool.calls == calls  # the server alone
