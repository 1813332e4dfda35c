"""The answer pool in process: worker processes (spawned, each with its own Assistant) answer
the chat and the API exactly as the server's own Assistant would, and a worker that dies costs
no answer (the server answers, the pool starts again)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from assistant import settings
from assistant.api import Assistant
from assistant.briefing import BriefingError
from assistant.ui import build_app
from assistant.ui.briefing_tab import make_briefing_file
from assistant.ui.downloads import BriefingFiles
from assistant.ui.workers import (
    IN_PROCESS_REQUESTS,
    MODEL_REQUESTS,
    REQUESTS_PER_WORKER,
    AnswerPool,
    PooledAssistant,
    api_answer,
    api_table,
    concurrency,
    pool_size,
)
from bench.fake_model import FakeModel
from tests.conftest import MINI_REGISTER, started_pool

QUESTIONS = (
    "Combien d'initiatives sont en production ?",
    "Which public bodies have the most initiatives?",
    "Répartition par catégorie",
    "Quelles initiatives portent sur les courriels ?",
)


def wait_ready(pool: AnswerPool) -> None:
    assert pool.ready.wait(240), "no worker became ready"


@pytest.fixture(scope="module")
def pooled(tmp_path_factory):
    own, pool = started_pool(MINI_REGISTER, tmp_path_factory.mktemp("pool-index"))
    yield PooledAssistant(own, pool, model=False), own, pool
    pool.close()


def test_workers_answer_as_the_servers_own_assistant(pooled):
    served, own, pool = pooled
    before = pool.calls
    for question in QUESTIONS:
        got, expected = served.ask(question), own.ask(question)
        assert got.answer == expected.answer
        assert [c.row_id for c in got.citations] == [c.row_id for c in expected.citations]
        assert got.plan.mapping is own.register.mapping  # the server's, not a copy
        assert got.data["files"][0]["source"] == "mini_register.csv"
        text, table = api_answer(served, question, [])
        assert (text, table) == (expected.answer, api_table(own, expected))
    assert pool.calls - before == 2 * len(QUESTIONS)


def test_the_chat_answers_through_the_pool(pooled, tmp_path):
    served, own, pool = pooled
    app = build_app(served, feedback_path=tmp_path / "f.jsonl")
    # the send button, the question box, the example and rephrasing buttons: one handler
    respond = next(fn.fn for fn in app.fns.values() if getattr(fn.fn, "__name__", "") == "respond")
    before = pool.calls
    *_, last = respond("Combien d'initiatives sont en production ?", [], [], "fr")
    messages, turns = last[0], last[1]
    assert messages[-1]["role"] == "assistant"
    assert turns[-1]["answer"].answer == own.ask("Combien d'initiatives sont en production ?").answer
    assert pool.calls == before + 1


def test_a_worker_that_dies_costs_no_answer(pooled):
    served, own, pool = pooled
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    question = QUESTIONS[0]
    assert served.ask(question).answer == own.ask(question).answer  # the server answered
    wait_ready(pool)  # started again
    assert pool.restarts == 1 and pool.pids() and pool.pids() != [pid]
    before = pool.calls
    assert served.ask(question).answer == own.ask(question).answer
    assert pool.calls == before + 1


def test_a_worker_whose_index_is_still_building_leaves_the_answer_to_the_server(tmp_path):
    """Workers open the index the server builds; until then a topic question a worker cannot
    answer is answered by the server (the index's answer, or "being built"), never an error."""
    values = settings.resolve({"data": [str(MINI_REGISTER)], "index_dir": str(tmp_path / "index"),
                               "embedder": "use-multilingual", "workers": 1})  # fmt: skip
    own = Assistant.from_settings(values)
    pool = AnswerPool(values, 1, own)
    try:
        wait_ready(pool)
        served = PooledAssistant(own, pool, model=False)
        answer = served.ask(QUESTIONS[-1])  # a topic question
        assert answer.answer and answer.intent == own.ask(QUESTIONS[-1]).intent
        assert served.ask(QUESTIONS[0]).figures["count"] == own.ask(QUESTIONS[0]).figures["count"]
    finally:
        pool.close()


def test_briefings_are_made_by_a_worker_as_the_server_would(pooled, tmp_path):
    """A briefing (the tab and /brief) is understood, counted, charted and written by a worker:
    the same note, word for word, as the server's own Assistant writes, in the app's folder."""
    served, own, pool = pooled
    files = BriefingFiles()
    for topic, fmt in (("courriels", "md"), ("", "html"), ("Ministère de la Cybersécurité et du Numérique", "docx")):
        before = pool.calls
        path, preview = make_briefing_file(served, topic, fmt, files=files)
        assert pool.calls == before + 1, "made by the worker"
        expected_path, expected = make_briefing_file(own, topic, fmt, files=files)
        assert preview == expected
        assert Path(path).parent in files.folders() and Path(path).name == Path(expected_path).name
        if fmt != "docx":
            assert Path(path).read_text(encoding="utf-8") == Path(expected_path).read_text(encoding="utf-8")
    with pytest.raises(BriefingError, match="unknown format"):  # the worker's error, as the server's
        make_briefing_file(served, "courriels", "pdf", files=files)


def test_with_a_model_the_server_words_a_workers_briefing(tmp_path):
    """With a language model, a worker counts and charts, the server asks the model for the
    summary (in the request's thread), a worker writes the note: as the server alone would."""
    with FakeModel() as model:
        values = settings.resolve({"data": [str(MINI_REGISTER)], "index_dir": str(tmp_path / "index"),
                                   "embedder": "use-multilingual", "workers": 1, "llm": "openai",
                                   "model": "m", "base_url": model.base_url})  # fmt: skip
        own = Assistant.from_settings(values)
        own.index.ensure()
        pool = AnswerPool(values, 1, own)
        try:
            wait_ready(pool)
            served, files = PooledAssistant(own, pool, model=True), BriefingFiles()
            before, asked = pool.calls, model.calls
            path, preview = make_briefing_file(served, "courriels", "md", files=files)
            assert pool.calls == before + 2 and model.calls == asked + 1, "counted, worded, written"
            _, expected = make_briefing_file(own, "courriels", "md", files=files)
            assert preview == expected  # the fake's reply is refused: both keep the templates
        finally:
            pool.close()


CORES_BUT_ONE = max(1, (os.cpu_count() or 1) - 1)  # the server process keeps one core


@pytest.mark.parametrize(
    ("given", "size", "limit"),
    [
        ({"workers": "auto"}, 0, IN_PROCESS_REQUESTS),  # no model: the server's own threads
        ({"workers": "auto", "llm": "none"}, 0, IN_PROCESS_REQUESTS),
        ({"workers": "auto", "llm": "openai"}, CORES_BUT_ONE, MODEL_REQUESTS),  # a model: a pool
        ({"workers": "0", "llm": "openai"}, 0, MODEL_REQUESTS),  # waiting on it costs no CPU
        ({"workers": 3}, 3, 3 * REQUESTS_PER_WORKER),  # a number is taken as it is
        ({}, 0, IN_PROCESS_REQUESTS),  # an app built without `serve`
        ({"workers": "AUTO", "llm": "cohere"}, CORES_BUT_ONE, MODEL_REQUESTS),
    ],
)
def test_auto_starts_workers_only_with_a_language_model(given, size, limit):
    assert pool_size(given) == size
    assert concurrency(given) == limit
    if given:  # as `serve` gets them: resolved (a flag, the environment, the file)
        resolved = settings.resolve(given)
        assert pool_size(resolved) == size and concurrency(resolved) == limit
