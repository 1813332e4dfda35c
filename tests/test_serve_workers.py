"""`portrait-ia serve --workers 2`: answers come from worker processes, and a language model
that hangs holds only the request waiting on it, never another person's question.

The served program is the real one (a subprocess on 127.0.0.1, the fixture register, the bundled
embedder) with `--llm openai` pointed at a fake model server on 127.0.0.1 that holds its first
request until the test releases it and answers every other one at once.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from bench.fake_model import FakeModel
from tests.conftest import MINI_REGISTER
from tests.conftest_ui import free_port

CLI = Path(sys.executable).parent / "portrait-ia"


@pytest.fixture(scope="module")
def model():
    """The fake model server: holds its first request until the test releases it."""
    with FakeModel(hold_first=True) as fake:
        yield fake


@pytest.fixture(scope="module")
def server(model, tmp_path_factory):
    """`portrait-ia serve --workers 2 --llm openai` over the fixture register; (url, log)."""
    folder = tmp_path_factory.mktemp("serve-workers")
    port = free_port()
    log = open(folder / "serve.log", "w+")  # noqa: SIM115 (read while the server runs)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTRAIT_IA_")}
    command = [str(CLI), "serve", "--port", str(port), "--workers", "2", "--data", str(MINI_REGISTER),
               "--index-dir", str(folder / "index"), "--feedback-file", str(folder / "feedback.jsonl"),
               "--llm", "openai", "--model", "m", "--llm-timeout", "120",
               "--base-url", model.base_url]  # fmt: skip
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=folder, env=env,
                               start_new_session=True)  # fmt: skip
    try:
        started = time.monotonic()
        while "answer workers: first of 2 ready" not in Path(log.name).read_text():
            assert process.poll() is None, Path(log.name).read_text()[-3000:]
            assert time.monotonic() - started < 240, Path(log.name).read_text()[-3000:]
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", Path(log.name)
    finally:
        model.release()
        os.killpg(process.pid, 2)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
        log.close()


def ask(url: str, question: str, history: str = "") -> tuple[str, dict]:
    """`/ask` through Gradio's REST route, as an API client calls it."""
    with httpx.Client(timeout=180) as http:
        event = http.post(f"{url}/gradio_api/call/ask", json={"data": [question, history]})
        event.raise_for_status()
        stream = http.get(f"{url}/gradio_api/call/ask/{event.json()['event_id']}")
    kind = None
    for line in stream.text.splitlines():
        if line.startswith("event:"):
            kind = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and kind in ("complete", "error"):
            assert kind == "complete", line
            answer, table = json.loads(line[5:])
            return answer, table
    raise AssertionError(f"no answer: {stream.text[:300]}")


def test_a_hanging_model_does_not_delay_another_users_question(server, model):
    url, log = server
    slow: dict = {}

    def first_user() -> None:
        slow["reply"] = ask(url, "Combien d'initiatives sont en développement ?")

    waiting = threading.Thread(target=first_user, daemon=True)
    waiting.start()
    assert model.holding.wait(120), "the first question never reached the model"

    # The model now holds the first user's request; a second user asks an exact question.
    answer, table = ask(url, "Combien d'initiatives sont en production ?")
    assert re.match(r"Le registre \(mini_register\.csv\) compte \d+ initiatives", answer), answer
    assert table["headers"] == ["Ligne", "Initiative", "Organisme", "Catégorie", "Statut"]
    assert table["data"] and all(isinstance(row[0], int) for row in table["data"])
    assert waiting.is_alive() and not model.released.is_set(), "answered only once the hang ended"

    model.release()
    waiting.join(120)
    assert not waiting.is_alive()
    assert slow["reply"][0].startswith("Le registre (mini_register.csv) compte")
    lines = [line for line in log.read_text().splitlines() if " answer seconds=" in line]
    assert len(lines) >= 2 and all("intent=count" in line for line in lines[-2:])


def test_served_answers_are_the_assistants_own(server, mini_assistant):
    """Through the pool, an exact answer is the in-process one, word for word (the model's
    wording aside: the fake's reply fails the checks, so the templates answer)."""
    url, _ = server
    question = "Combien d'initiatives sont en production ?"
    answer, table = ask(url, question)
    expected = mini_assistant.ask(question)
    assert answer.startswith(expected.answer)
    assert [row[0] for row in table["data"]] == [c.row_id for c in expected.citations]


def test_the_ask_api_keeps_its_name_inputs_and_outputs(server):
    from gradio_client import Client

    url, _ = server
    client = Client(url + "/", verbose=False)
    info = client.view_api(print_info=False, return_format="dict")["named_endpoints"]["/ask"]
    assert [p["parameter_name"] for p in info["parameters"]] == ["question", "history"]
    assert len(info["returns"]) == 2
    history = json.dumps([{"role": "user", "content": "Combien d'initiatives sont en production ?"},
                          {"role": "assistant", "content": "Le registre compte 3 initiatives."}])  # fmt: skip
    answer, table = client.predict("Et parmi celles-ci, combien en santé ?", history, api_name="/ask")
    assert isinstance(answer, str) and answer
    assert set(table) >= {"headers", "data"}


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize(
    ("sig", "when"),
    [(15, "answer workers: first of 1 ready"), (15, "1 answer worker(s)"), (9, "answer workers: first of 1 ready")],
    ids=["SIGTERM", "SIGTERM-while-workers-load", "SIGKILL"],
)
def test_stopping_the_server_stops_its_workers(tmp_path, sig, when):
    """`kill` (as systemd stops a service) closes the pool, even while its workers still load; a
    server killed outright leaves no worker behind either (each notices its parent is gone)."""
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTRAIT_IA_")}
    command = [str(CLI), "serve", "--port", str(free_port()), "--workers", "1", "--data", str(MINI_REGISTER),
               "--index-dir", str(tmp_path / "index"), "--feedback-file", str(tmp_path / "f.jsonl")]  # fmt: skip
    with open(log, "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path, env=env,
                                   start_new_session=True)  # fmt: skip
    try:
        started = time.monotonic()
        while when not in log.read_text():
            assert process.poll() is None and time.monotonic() - started < 240, log.read_text()[-2000:]
            time.sleep(0.2)
        while not (workers := _children(process.pid)) and time.monotonic() - started < 60:
            time.sleep(0.1)
        assert workers
        os.kill(process.pid, sig)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"serve did not stop within 60 s:\n{log.read_text()[-4000:]}")
        deadline = time.monotonic() + 90  # a worker still importing torch on a loaded machine
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in workers if _alive(p)], log.read_text()[-2000:]
    finally:
        if process.poll() is None:
            os.killpg(process.pid, 9)


def test_a_stop_that_hangs_is_forced_after_its_grace_and_says_what_still_ran(tmp_path):
    """A stop held by a thread that never ends (as a library's exit handler can be) is forced
    after the grace: the process ends, and its stderr shows every thread's stack."""
    script = tmp_path / "hang.py"
    script.write_text(
        "import threading, time\n"
        "from assistant.ui.app import force_exit_after\n"
        "def never_ends():\n"
        "    threading.Event().wait()\n"
        "threading.Thread(target=never_ends, name='held').start()\n"
        "force_exit_after(0.5)\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 130, done.stderr
    assert "still stopping after 0.5 s; forcing the exit" in done.stderr
    assert "never_ends" in done.stderr  # the held thread's stack, to find the cause
    assert time.monotonic() - started < 60


def test_a_stop_whose_interrupt_was_swallowed_still_ends_the_serving_loop():
    """CI met it: SIGTERM landed while the garbage collector ran a `__del__`, which swallowed the
    KeyboardInterrupt ("Exception ignored in … __del__"), and serve kept serving. The stop is
    also recorded, and the serving loop ends on it."""
    from assistant.ui import app as app_mod

    class Running:
        is_running = True

    class Swallows:
        def __del__(self):
            app_mod._interrupt(15, None)

    app_mod._STOP.clear()
    Swallows()  # the interrupt raised in __del__ is ignored by Python, as in CI
    done = threading.Thread(target=app_mod._block, args=(Running(),))
    done.start()
    done.join(5)
    assert not done.is_alive()
    app_mod._STOP.clear()


def test_serve_failing_at_start_arms_no_forced_exit(tmp_path):
    """The forced exit is armed when `serve` stops, not when it fails to start: a program that
    calls the command in-process (a test, a script) goes on after a settings error."""
    from assistant.cli import main

    assert main(["serve", "--auth", "nobody", "--data", str(tmp_path / "missing.csv")]) == 2
    assert "stop-watchdog" not in {t.name for t in threading.enumerate()}


def test_a_briefing_waiting_on_the_model_does_not_delay_another_users_question(server, model):
    """A briefing (the /brief API, as the tab) is counted and charted by a worker and worded by
    the model in its own request's thread: while the model holds it, another user's question is
    answered at once; released, the note is written by a worker."""
    from gradio_client import Client

    url, log = server
    model.hold_again("Sujet de la note")  # the briefing prompt's words (prompts/fr/llm_brief.toml)
    made: dict = {}

    def briefing_user() -> None:
        client = Client(url + "/", verbose=False)
        made["file"] = client.predict("détection de fraude", "md", api_name="/brief")

    briefing = threading.Thread(target=briefing_user, daemon=True)
    briefing.start()
    try:
        assert model.holding.wait(120), "the briefing never reached the model"
        started = time.monotonic()
        answer, _ = ask(url, "Combien d'initiatives sont en production ?")
        assert answer.startswith("Le registre (mini_register.csv) compte")
        assert time.monotonic() - started < 30 and briefing.is_alive(), "answered while the briefing waits"
    finally:
        model.release()
    briefing.join(120)
    note = Path(made["file"]).read_text(encoding="utf-8")
    assert note.startswith("# ") and "fraude" in note
    assert "briefing made by an answer worker" in log.read_text()
