"""The index on a real Chroma server (`chroma run` on 127.0.0.1): built, queried, rebuilt while
being read, killed and restarted, frozen and resumed; and the Assistant and `portrait-ia index`
pointed at it.

All tests share the session's server and so its one live index; each builds what it needs first.
What every store promises is in tests/test_store_conformance.py, run for this store too.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import chromadb
import pytest

from assistant.cli import main
from assistant.register.load import load_register
from assistant.vectors.build import (
    IndexError_,
    ServerUnreachable,
    VectorIndex,
    build_index,
    open_or_build,
)
from assistant.vectors.chroma_http import ChromaServer, client
from assistant.vectors.errors import ServerTimeout
from assistant.vectors.server import POINTER, VERSION_PREFIX, ServerStore, read_pointer
from tests.chroma_server import SilentServer, free_port
from tests.conftest import FULL_REGISTER

N = 258  # rows in data/portrait-ia-2025.csv
FRAUD = {78, 82, 136}  # the probe's rows for "détecter la fraude"
TIMEOUT = 1.0  # --chroma-timeout in the freeze tests
MARGIN = 4.0  # what a loaded 2-core machine may add to it (embedding the query, thread start)
TIMEOUT_ENV = "PORTRAIT_IA_CHROMA_TIMEOUT"


@pytest.fixture(scope="module")
def register():
    return load_register(FULL_REGISTER)


def on(server, timeout: float | None = None) -> ServerStore:
    """The index on `server` (a ChromaServer fixture or a SilentServer)."""
    return ServerStore(ChromaServer(server.host, server.port, timeout))


def flags(server) -> dict:
    """`server` as the Assistant's keyword arguments."""
    return {"chroma_host": server.host, "chroma_port": server.port}


def server_client(server):
    return client(ChromaServer(server.host, server.port))


def edited(register, drop=0, change=(), tag="(révisé)"):
    """The register without its last `drop` rows and with `change` rows' benefits rewritten."""
    df = register.df.iloc[: len(register.df) - drop].copy()
    for row_id in change:
        df.loc[row_id, "benefits"] = f"{df.loc[row_id, 'benefits']} {tag}"
    return dataclasses.replace(register, df=df)


def versions(server) -> list[str]:
    return sorted(
        c.name
        for c in server_client(server).list_collections()
        if c.name.startswith(VERSION_PREFIX)
    )


def within(seconds: float, fn: Callable[[], Any]) -> Any:
    """`fn()`, run in a thread so that a hang fails the test (after `seconds`) instead of
    hanging the suite; its exception is raised here."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"no answer nor error after {seconds} s: the caller hangs"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def timed_out(server, seconds: float = TIMEOUT) -> str:
    """The clear error's words: the address, the wait, and the fix."""
    return rf"Chroma server {server.host}:{server.port} did not answer within {seconds:g} s.*--chroma-timeout"


def build(register, embedder, server, chroma_timeout=None, **kwargs):
    return build_index(register, embedder, on(server, chroma_timeout), progress=False, **kwargs)


def test_a_build_on_the_server_is_searched_like_the_embedded_index(
    tmp_path, register, embedder, chroma_server
):
    report = build(register, embedder, chroma_server)  # a fresh server: all 258 rows embedded
    assert report.total == N and report.embedded + report.reused == N
    assert report.store.startswith(VERSION_PREFIX)
    pointer = read_pointer(server_client(chroma_server))
    assert (
        pointer["live"] == report.store
        and pointer["rows"] == N
        and pointer["source"] == register.source
    )
    index = VectorIndex(on(chroma_server), embedder)
    assert len(index) == N
    hits = index.search("Quels organismes utilisent l'IA pour détecter la fraude ?", k=5)
    assert {m["row_id"] for m, _ in hits} & FRAUD and hits[0][1] > 0.3
    assert hits[0][0]["source"] == "portrait-ia-2025.csv"
    assert not any(tmp_path.iterdir()), "server mode writes nothing locally"
    again = build(register, embedder, chroma_server)
    assert again.up_to_date and again.store == report.store




def test_queries_during_rebuilds_in_another_thread_see_a_whole_version(
    register, embedder, chroma_server
):
    build(register, embedder, chroma_server)
    reader = VectorIndex(on(chroma_server), embedder)  # a long-running `serve`
    first = reader.collection.name
    errors, counts, done = [], set(), threading.Event()

    def query():
        while not done.is_set():
            try:
                assert {
                    m["row_id"] for m, _ in reader.search("détection de la fraude", k=5)
                } & FRAUD
                counts.add(len(VectorIndex(on(chroma_server), embedder)))  # a machine joining
                time.sleep(0.01)  # leave the builder some CPU: 2 cores, one GIL
            except Exception as exc:  # the test is that there is none
                errors.append(exc)
                return

    thread = threading.Thread(target=query)
    thread.start()
    try:  # every row re-embedded: each build takes long enough for many queries to interleave
        for n, drop in enumerate((10, 0, 10)):
            build(
                edited(register, drop=drop, change=list(range(1, 30)), tag=f"v{n}"),
                embedder,
                chroma_server,
            )
    finally:
        done.set()
        thread.join()
    assert not errors, errors
    assert counts and counts <= {N, N - 10}, f"never a half-built collection: {counts}"
    kept = versions(chroma_server)
    assert first not in kept and reader.collection.name in kept, (
        "its first version went; it reopened a live one"
    )


def test_a_reader_whose_collection_vanished_reopens_the_live_one(register, embedder, chroma_server):
    build(register, embedder, chroma_server)
    reader = VectorIndex(on(chroma_server), embedder)
    c = server_client(chroma_server)
    report = build(edited(register, change=[7]), embedder, chroma_server)
    c.delete_collection(
        reader.collection.name
    )  # gone under the reader (e.g. another machine's cleanup)
    assert {m["row_id"] for m, _ in reader.search("fraude", k=5)} & FRAUD
    assert reader.collection.name == report.store




def test_a_killed_server_gives_a_clear_error_and_recovers_once_restarted(
    register, embedder, chroma_server
):
    build(register, embedder, chroma_server)
    index = VectorIndex(on(chroma_server), embedder)
    where = f"{chroma_server.host}:{chroma_server.port}"
    chroma_server.kill()
    try:
        with pytest.raises(
            ServerUnreachable, match=rf"Chroma server {where} is unreachable.*chroma run --host"
        ):
            index.search("fraude", k=3)
        with pytest.raises(ServerUnreachable, match=where):
            open_or_build(register, embedder, on(chroma_server), progress=False)
    finally:
        chroma_server.start()  # same path and port, as after a reboot
    assert {m["row_id"] for m, _ in index.search("fraude", k=5)} & FRAUD, (
        "the same object works again"
    )


def test_no_server_at_all_is_named_with_the_fix(embedder, capsys):
    port = free_port()
    with pytest.raises(ServerUnreachable, match=rf"127.0.0.1:{port}.*--chroma-host"):
        VectorIndex(ServerStore(ChromaServer("127.0.0.1", port)), embedder)
    assert (
        main(
            [
                "index",
                "--data",
                str(FULL_REGISTER),
                "--chroma-host",
                "127.0.0.1",
                "--chroma-port",
                str(port),
            ]
        )
        == 2
    )
    assert f"error: the Chroma server 127.0.0.1:{port} is unreachable" in capsys.readouterr().err


def test_an_empty_server_says_how_to_build_the_index(embedder, tmp_path):
    from tests.chroma_server import ChromaServer

    server = ChromaServer(tmp_path / "empty").start()
    try:
        with pytest.raises(
            IndexError_,
            match=rf"no index on the Chroma server .*:{server.port}.*portrait-ia index --chroma-host",
        ):
            VectorIndex(on(server), embedder)
    finally:
        server.stop()


def test_the_assistant_on_a_server_answers_counts_and_topics(
    tmp_path, register, embedder, chroma_server
):
    from assistant import Assistant

    build(
        edited(register, drop=5), embedder, chroma_server
    )  # stale: the Assistant brings it up to date
    assistant = Assistant(
        FULL_REGISTER, embedder=embedder, index_dir=tmp_path / "index", **flags(chroma_server)
    )
    report = assistant.build_report
    assert report is not None and (report.embedded, report.reused) == (5, N - 5), (
        "only the missing rows embedded"
    )
    count = assistant.ask("Combien d'initiatives sont en production ?")
    assert count.intent == "count" and count.figures["count"] == int(
        (register.df.status_key == "in_production").sum()
    )
    topic = assistant.ask("Which public bodies use AI to detect fraud?")
    assert topic.language == "en" and {c.row_id for c in topic.citations} & FRAUD
    assert not (tmp_path / "index").exists()


def test_the_index_command_builds_on_the_server(register, embedder, chroma_server, capsys):
    build(edited(register, drop=1), embedder, chroma_server)
    argv = ["index", "--data", str(FULL_REGISTER), "--quiet", "--chroma-host", chroma_server.host, "--chroma-port", str(chroma_server.port)]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"Index built: {N} rows (1 embedded, {N - 1} reused" in out
    assert f"Chroma server: {chroma_server.host}:{chroma_server.port}" in out
    assert main(argv) == 0 and "up to date" in capsys.readouterr().out
    assert POINTER in [
        c.name
        for c in chromadb.HttpClient(
            host=chroma_server.host, port=chroma_server.port
        ).list_collections()
    ]


class _Typist:
    """Standard input for `portrait-ia chat`: each line runs its action first (kill, restart)."""

    def __init__(self, *steps):
        self.steps = list(steps)

    def isatty(self):
        return False

    def readline(self):
        if not self.steps:
            return ""
        action, line = self.steps.pop(0)
        action()
        return line + "\n"


def test_chat_says_the_server_is_down_and_answers_again_once_it_is_back(
    register, embedder, chroma_server, monkeypatch, capsys
):
    build(register, embedder, chroma_server)
    topic = "Quels organismes utilisent l'IA pour détecter la fraude ?"
    monkeypatch.setattr("sys.stdin", _Typist(
        (chroma_server.kill, topic),  # the server dies after the chat has started
        (lambda: None, "Combien d'initiatives sont en production ?"),  # counts need no search
        (chroma_server.start, topic),
    ))  # fmt: skip
    try:
        argv = ["chat", "--json", "--data", str(FULL_REGISTER), *("--chroma-host", chroma_server.host), *("--chroma-port", str(chroma_server.port))]  # fmt: skip
        assert main(argv) == 0
    finally:
        chroma_server.start()
    out, err = capsys.readouterr()
    assert f"Chroma server {chroma_server.host}:{chroma_server.port} is unreachable" in err
    answers = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(answers) == 2 and answers[0]["intent"] == "count"
    assert {c["row_id"] for c in answers[1]["citations"]} & FRAUD


def test_a_frozen_server_gives_the_reader_a_clear_error_in_time_and_answers_once_resumed(
    register, embedder, chroma_server
):
    build(register, embedder, chroma_server)
    index = VectorIndex(on(chroma_server, TIMEOUT), embedder)
    with chroma_server.paused():  # `kill -STOP`: the port still takes connections
        started = time.perf_counter()
        with pytest.raises(ServerTimeout, match=timed_out(chroma_server)):
            within(TIMEOUT + MARGIN, lambda: index.search("fraude", k=3))
        assert time.perf_counter() - started >= TIMEOUT, "it waited the timeout, not less"
        with pytest.raises(ServerTimeout, match=timed_out(chroma_server)):  # opening, too
            within(
                TIMEOUT + MARGIN,
                lambda: VectorIndex(on(chroma_server, TIMEOUT), embedder),
            )
    # `kill -CONT`: the same object answers, without a restart
    assert {m["row_id"] for m, _ in within(10, lambda: index.search("fraude", k=5))} & FRAUD


def test_the_assistant_on_a_frozen_server_gives_the_question_the_error_and_answers_once_resumed(
    tmp_path, register, embedder, chroma_server, monkeypatch
):
    from assistant import Assistant

    build(register, embedder, chroma_server)
    assistant = Assistant(
        FULL_REGISTER,
        embedder=embedder,
        index_dir=tmp_path,
        chroma_timeout=TIMEOUT,
        **flags(chroma_server),
    )
    assert assistant.settings["chroma_timeout"] == TIMEOUT
    topic = "Quels organismes utilisent l'IA pour détecter la fraude ?"
    with chroma_server.paused():
        with pytest.raises(ServerTimeout, match=timed_out(chroma_server)):
            within(TIMEOUT + MARGIN, lambda: assistant.ask(topic))
        with pytest.raises(ServerTimeout, match=timed_out(chroma_server)):  # the chat UI's path
            within(TIMEOUT + MARGIN, lambda: list(assistant.stream(topic)))
        count = within(MARGIN, lambda: assistant.ask("Combien d'initiatives sont en production ?"))
        assert count.intent == "count", "exact counts need no search: they still answer"
    answer = within(10, lambda: assistant.ask(topic))
    assert {c.row_id for c in answer.citations} & FRAUD


def test_a_port_that_takes_connections_but_never_answers_gives_the_clear_error(
    embedder, monkeypatch
):
    with SilentServer() as silent:
        with pytest.raises(ServerTimeout, match=timed_out(silent, 0.5)):
            within(0.5 + MARGIN, lambda: VectorIndex(on(silent, 0.5), embedder))
        monkeypatch.setenv(TIMEOUT_ENV, "0.5")
        with pytest.raises(ServerTimeout, match=timed_out(silent, 0.5)):
            within(0.5 + MARGIN, lambda: VectorIndex(on(silent), embedder))


@pytest.mark.parametrize(
    "command", [["ask", "Quels organismes détectent la fraude ?"], ["index", "--quiet"]]
)
def test_the_chroma_timeout_flag_bounds_the_wait_of_a_command(command, monkeypatch, capsys):
    monkeypatch.delenv(TIMEOUT_ENV, raising=False)
    with SilentServer() as silent:
        argv = [*command, "--data", str(FULL_REGISTER), "--chroma-host", silent.host, "--chroma-port", str(silent.port), "--chroma-timeout", "0.5"]  # fmt: skip
        assert within(0.5 + 3 * MARGIN, lambda: main(argv)) == 2  # + loading the register
    err = capsys.readouterr().err
    assert (
        f"error: the Chroma server {silent.host}:{silent.port} did not answer within 0.5 s" in err
    )
    assert "raise --chroma-timeout" in err
