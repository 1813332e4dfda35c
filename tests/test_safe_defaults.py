"""Safe defaults for a team deployment: login, public-bind warning, private logs, audit log,
and the data version every answer names (docs/deployment.md, "Safe defaults"; tests/test_docs.py
checks that the page documents them).

The served app is real (Gradio on 127.0.0.1, launched by the same `launch` as `portrait-ia
serve`), called anonymously and with credentials over HTTP and gradio_client.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import stat
import threading

import gradio as gr
import httpx
import pytest
from conftest_ui import free_port
from gradio_client import Client
from gradio_client.exceptions import AuthenticationError

from assistant.audit import CONFIG_KEYS, AuditError, AuditLog, audit_log
from assistant.cli import main
from assistant.register.load import load_register
from assistant.service_log import LOGGER_NAME
from assistant.settings import SettingsError, resolve
from assistant.ui import build_app
from assistant.ui.access import is_loopback, parse_auth, public_bind_warning
from assistant.ui.app import launch
from assistant.ui.chat import ChatTab, answer_plan, data_line, with_filters
from tests.conftest import MINI_REGISTER

COUNT = "Combien d'agents conversationnels ?"
SECRET_QUESTION = "Quels projets concernent mon dossier 4242 de fraude ?"
pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")


def expected_file(register) -> dict:
    return {"source": register.source, "sha256": register.sha256, "rows": len(register),
            "year": getattr(register, "year", None)}  # fmt: skip


# --- login ---------------------------------------------------------------------------------


def test_auth_is_a_pair_or_a_file_of_pairs(tmp_path):
    assert parse_auth("") is None and parse_auth(None) is None
    assert parse_auth("alice:pa:ss") == [("alice", "pa:ss")]  # the password may hold ':'
    logins = tmp_path / "logins.txt"
    logins.write_text("# team\nalice:one\n\n bob : two\n", encoding="utf-8")
    assert parse_auth(str(logins)) == [("alice", "one"), ("bob", " two")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no file .*missing.txt, and the value is not user:password"),
        ("alice\n", r"line 1: expected user:password"),
        ("alice:one\n:two\n", r"line 2: expected user:password"),
        ("alice:one\nalice:two\n", "user 'alice' is listed twice"),
        ("# nobody yet\n", "has no user:password line"),
    ],
)
def test_a_bad_auth_setting_is_a_clear_error_naming_the_fix(tmp_path, content, message):
    path = tmp_path / "missing.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message) as err:
        parse_auth(str(path))
    assert "Fix: --auth user:password" in str(err.value)
    assert "one" not in str(err.value).split("Fix")[0]  # never echoes a password


def test_serve_with_a_bad_auth_stops_before_loading_anything(capsys):
    code = main(["serve", "--auth", "nobody", "--data", "does-not-exist.csv"])
    err = capsys.readouterr().err
    assert code == 2 and "auth: no file nobody" in err and "Traceback" not in err


@pytest.fixture(scope="module")
def guarded(mini_assistant):
    """The app served with a login, exactly as `serve` launches it."""
    app = build_app(mini_assistant)
    url = launch(app, {"host": "127.0.0.1", "port": free_port(), "auth": "alice:s3cret"})
    yield url
    app.close()


def test_the_served_app_refuses_anonymous_calls(guarded):
    for method, path in [
        ("GET", "config"),
        ("GET", "gradio_api/info"),
        ("POST", "gradio_api/call/ask"),
    ]:
        response = httpx.request(
            method, guarded + path, json={"data": [COUNT]} if method == "POST" else None
        )
        assert response.status_code == 401, path
    with pytest.raises(AuthenticationError):
        Client(guarded, verbose=False)
    with pytest.raises(ValueError, match="Could not login"):
        Client(guarded, auth=("alice", "wrong"), verbose=False)


def test_the_served_app_answers_with_the_right_login(guarded, mini_assistant):
    answer, table = Client(guarded, auth=("alice", "s3cret"), verbose=False).predict(
        COUNT, api_name="/ask"
    )
    assert answer == mini_assistant.ask(COUNT).answer and len(table["data"]) == 3


def test_the_served_app_takes_no_uploads(guarded):
    with httpx.Client() as session:
        assert (
            session.post(
                guarded + "login", data={"username": "alice", "password": "s3cret"}
            ).status_code
            == 200
        )
        upload = session.post(
            guarded + "gradio_api/upload", files={"files": ("notes.txt", b"hello")}
        )
        assert upload.status_code == 413  # no upload control on the page: nothing is accepted
        leak = session.get(guarded + f"gradio_api/file={MINI_REGISTER}")
        assert leak.status_code in (403, 404)  # no allowed_paths: the data folder is not served


def test_a_public_address_without_login_is_warned_about(mini_assistant, capsys, caplog):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert (
        not is_loopback("0.0.0.0")
        and not is_loopback("192.168.1.10")
        and not is_loopback("example.org")
    )
    assert resolve()["host"] == "127.0.0.1"  # the default bind: this machine only
    assert public_bind_warning("127.0.0.1", "") is None
    assert public_bind_warning("0.0.0.0", "alice:s3cret") is None
    # Through `launch`, on a port held on 127.0.0.1: the warning comes first, then a clear
    # error, and nothing is ever served on a public address by this test.
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        app = build_app(mini_assistant)
        with (
            caplog.at_level(logging.WARNING, logger=LOGGER_NAME),
            pytest.raises(SettingsError, match="--port"),
        ):
            launch(app, {"host": "0.0.0.0", "port": port, "auth": ""})
    err = capsys.readouterr().err
    assert "warning: serving on 0.0.0.0 without a login" in err and "Fix: set --auth" in err
    assert any("public bind without login: host=0.0.0.0" in r.getMessage() for r in caplog.records)


# --- service log ---------------------------------------------------------------------------


def answer_lines(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == LOGGER_NAME and r.getMessage().startswith("answer ")
    ]


def test_the_log_has_no_question_text_by_default(mini_assistant, caplog):
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    mini_assistant.ask(SECRET_QUESTION)
    mini_assistant.ask(COUNT)
    secret, count = answer_lines(caplog)
    assert "4242" not in secret and "fraude" not in secret and "question=" not in secret
    assert re.fullmatch(
        r"answer seconds=\d+\.\d{3} intent=count language=fr rows=3 composer=extractive fallback=-", count
    )


def test_the_log_has_the_question_when_enabled(mini_assistant, caplog, monkeypatch):
    monkeypatch.setitem(mini_assistant.settings, "log_questions", True)
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    list(mini_assistant.stream(COUNT + "\nintent=forged"))  # the UI's path, a newline in it
    (line,) = answer_lines(caplog)
    assert line.endswith('question="Combien d\'agents conversationnels ?\\nintent=forged"')
    assert "\n" not in line  # a question cannot forge a second log line


def test_ask_logs_to_stderr_and_question_only_with_the_flag(capsys, tmp_path):
    base = ["ask", "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "index"), "--embedder", "demo"]
    assert main([*base, SECRET_QUESTION]) == 0
    err = capsys.readouterr().err
    assert "portrait_ia: answer seconds=" in err and "4242" not in err
    assert main([*base, "--log-questions", "yes", SECRET_QUESTION]) == 0
    assert "4242" in capsys.readouterr().err


# --- audit log -----------------------------------------------------------------------------


def test_the_audit_log_records_each_answer(mini_assistant, monkeypatch, tmp_path):
    path = tmp_path / "audit" / "deep" / "answers.jsonl"  # parent folders are created
    monkeypatch.setitem(mini_assistant.settings, "audit_log", str(path))
    monkeypatch.setenv("COHERE_API_KEY", "sk-never-in-the-audit-log")
    first = mini_assistant.ask(COUNT)
    second = list(mini_assistant.stream("Which initiatives help triage patients?"))[-1]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600  # it holds people's questions
    for record, answer, question in [(records[0], first, COUNT), (records[1], second, "Which initiatives help triage patients?")]:  # fmt: skip
        assert record["question"] == question and record["answer"] == answer.answer
        assert record["intent"] == answer.intent and record["figures"] == answer.figures
        assert record["citations"] == [
            {"source": c.source, "row_id": c.row_id} for c in answer.citations
        ]
        assert record["data"] == {"files": [expected_file(mini_assistant.register)]}
        assert set(record["config"]) == set(CONFIG_KEYS)
        assert record["config"]["embedder"] == mini_assistant.embedder.model_id
        assert record["timestamp"].endswith("+00:00")
    assert records[0]["citations"] and records[0]["figures"]["count"] == 3
    assert "sk-never" not in path.read_text(encoding="utf-8")


def test_concurrent_writers_never_interleave(tmp_path):
    path = tmp_path / "audit.jsonl"
    shared = audit_log(path)
    body = "é" * 20_000  # far above a pipe buffer: one record, one write

    def write(writer: int) -> None:
        log = (
            shared if writer % 2 else AuditLog(path)
        )  # a second lock: O_APPEND still keeps lines whole
        for i in range(40):
            log.append({"writer": writer, "i": i, "body": body})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["writer"], r["i"]) for r in records) == [
        (w, i) for w in range(8) for i in range(40)
    ]
    assert all(r["body"] == body for r in records)


def test_an_unwritable_audit_log_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(
        AuditError, match="cannot write the audit log .*Fix: choose a writable file"
    ):
        AuditLog(blocker / "audit.jsonl")
    code = main(
        ["ask", "--data", str(MINI_REGISTER), "--audit-log", str(blocker / "x.jsonl"), COUNT]
    )
    err = capsys.readouterr().err
    assert (
        code == 2
        and "portrait-ia ask: error: cannot write the audit log" in err
        and "Traceback" not in err
    )


# --- which data answered -------------------------------------------------------------------


def test_ask_json_names_the_data_file_and_its_sha256(capsys, tmp_path):
    code = main(
        [
            "ask",
            "--json",
            "--data",
            str(MINI_REGISTER),
            "--index-dir",
            str(tmp_path / "index"),
            COUNT,
        ]
    )
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert payload["data"] == {"files": [expected_file(load_register(MINI_REGISTER))]}
    assert list(payload)[:5] == ["answer", "language", "intent", "citations", "figures"]


def test_the_chat_shows_the_data_file_and_its_short_sha(mini_assistant, tmp_path):
    register = mini_assistant.register
    with gr.Blocks():
        chat = ChatTab(
            mini_assistant, "fr", gr.Radio(["fr", "en"], value="fr"), tmp_path / "feedback.jsonl"
        )
    *_, outputs = chat.respond(COUNT, [], [], "fr")
    details = outputs[chat.turn_outputs().index(chat.latest)].split('class="details"')[1]
    assert f"Fichier source : {register.source} (sha256 {register.sha256[:12]})" in details
    assert "Ce que j&#x27;ai compris" in details
    # An edited plan (filter chips, Explore) goes through the same hook.
    edited = answer_plan(mini_assistant, with_filters(outputs[1][-1]["answer"].plan, {}))
    assert edited.data == {"files": [expected_file(register)]}
    assert (
        data_line(mini_assistant, edited, "en")
        == f"**Data:** `{register.source}` (sha256 {register.sha256[:12]})"
    )
