"""The served app's guards: wrong logins are limited per client, and the sessions API calls
open are dropped once idle (a browser's, kept alive by its heartbeat, stay).

Real Gradio apps started with `launch` (what `serve` uses) on 127.0.0.1, driven over HTTP.
"""

from __future__ import annotations

import datetime
import json

import httpx
import pytest

from assistant.ui import build_app
from assistant.ui.access import LoginAttempts
from assistant.ui.app import launch
from assistant.ui.sessions import LightSession, SessionSweeper
from tests.conftest_ui import free_port


@pytest.fixture(scope="module")
def guarded(mini_assistant, tmp_path_factory):
    """The page behind a login, served as `serve` serves it; (app, url)."""
    app = build_app(mini_assistant, feedback_path=tmp_path_factory.mktemp("fb") / "f.jsonl")
    url = launch(app, {"host": "127.0.0.1", "port": free_port(), "auth": "alice:s3cret"})
    yield app, url.rstrip("/")
    app.close()


def login(url: str, password: str) -> httpx.Response:
    return httpx.post(f"{url}/login", data={"username": "alice", "password": password}, timeout=30)


def test_after_five_wrong_logins_a_client_waits_with_a_clear_message(guarded):
    _, url = guarded
    assert login(url, "s3cret").status_code == 200  # a right login clears nothing it needs
    for _ in range(5):
        assert login(url, "wrong").status_code == 400
    refused = login(url, "wrong")
    assert refused.status_code == 429
    wait = int(refused.headers["retry-after"])
    assert 50 <= wait <= 60
    assert refused.json()["detail"].startswith("Too many wrong logins from this address: wait ")
    # While it waits, even the right password is not checked.
    assert login(url, "s3cret").status_code == 429


def test_the_login_page_states_the_rule(guarded):
    app, _ = guarded
    assert "5" in (app.auth_message or "") and "attendez" in app.auth_message


def test_the_wait_doubles_with_each_further_wrong_attempt_and_a_right_login_clears_it():
    now = [0.0]
    attempts = LoginAttempts(limit=5, wait=60, forget=900, clock=lambda: now[0])
    for _ in range(4):
        attempts.failed("10.0.0.1")
    assert attempts.wait_left("10.0.0.1") == 0
    attempts.failed("10.0.0.1")
    assert attempts.wait_left("10.0.0.1") == 60
    assert attempts.wait_left("10.0.0.2") == 0  # per client
    now[0] = 61
    assert attempts.wait_left("10.0.0.1") == 0
    attempts.failed("10.0.0.1")  # the sixth: twice as long
    assert attempts.wait_left("10.0.0.1") == 120
    now[0] = 61 + 121
    attempts.succeeded("10.0.0.1")
    assert attempts.wait_left("10.0.0.1") == 0
    attempts.failed("10.0.0.1")
    assert attempts.wait_left("10.0.0.1") == 0  # counted afresh


def call_ask(http: httpx.Client, url: str, question: str) -> str:
    event = http.post(f"{url}/gradio_api/call/ask", json={"data": [question, ""]})
    event.raise_for_status()
    stream = http.get(f"{url}/gradio_api/call/ask/{event.json()['event_id']}")
    for line in stream.text.splitlines():
        if line.startswith("data:") and line[5:].strip().startswith("["):
            return json.loads(line[5:])[0]
    raise AssertionError(stream.text[:300])


def test_api_callers_sessions_are_dropped_once_idle_and_browsers_are_kept(mini_assistant, tmp_path):
    app = build_app(mini_assistant, feedback_path=tmp_path / "f.jsonl")
    url = launch(app, {"host": "127.0.0.1", "port": free_port(), "auth": ""}).rstrip("/")
    try:
        sweeper: SessionSweeper = app.session_sweeper
        sweeper.stop()  # swept by hand below, at a chosen time
        holder = app.state_holder
        before = len(holder.session_data)
        with httpx.Client(timeout=60) as http:
            for _ in range(30):
                assert call_ask(http, url, "Combien d'initiatives sont en production ?")
            # A browser: a heartbeat, then an event of its session.
            with http.stream("GET", f"{url}/gradio_api/heartbeat/browser-1") as beat:
                assert beat.status_code == 200
                holder["browser-1"]
                assert len(holder.session_data) == before + 31
                assert all(isinstance(s, LightSession) for s in holder.session_data.values())
                later = datetime.datetime.now() + datetime.timedelta(seconds=sweeper.ttl + 1)
                assert sweeper.sweep(holder, now=later) == 30
        remaining = set(holder.session_data)
        assert "browser-1" in remaining and len(remaining) <= before + 1
        assert holder.capacity <= 2000
    finally:
        app.close()


def test_a_light_session_holds_what_gradios_holds(mini_assistant, tmp_path):
    from gradio.state_holder import SessionState

    app = build_app(mini_assistant, feedback_path=tmp_path / "f.jsonl")
    light, full = LightSession(app), SessionState(app)
    assert set(vars(full)) - {"config_values"} <= set(vars(light))
    # An event's input updates its component's configuration: only that one is built...
    key = next(k for k, c in full.config_values.items() if "props" in c)
    for session in (light, full):
        session._update_value_in_config(key, "Combien ?")
    assert not light._complete and list(light._config_values) == [key]
    # ... and the whole configuration, when read, is Gradio's.
    assert light.config_values == full.config_values
    assert light.config_values[key]["props"]["value"] == "Combien ?"
