"""Faults from outside: a data file replaced by a bad one, a language model that never answers.

Everything on copies in tmp_path (never the project's data/ or index/), with the real loader,
the real Chroma store and a real HTTP server on 127.0.0.1 that is too slow.

1. The register file is overwritten by a bad one (unknown labels, a truncated download, an HTML
   error page, an empty file): `portrait-ia index` exits 2 with one clear message naming the
   file and the problem, the live index (manifest and every file of the store) is untouched,
   and an Assistant opened before keeps answering, as does one opened on a good copy.
3. The index deleted under a running `serve`: API clients of `/ask` got only "The upstream Gradio
   app has raised an exception"; now exact answers go on, a topic question is told the index is
   being rebuilt (and how far), and once rebuilt in the background topics answer again.
2. A configured OpenAI-compatible server that sleeps past `llm_timeout`: `Assistant.ask` (and
   `Assistant.stream`, the UI's path) gives the extractive answer, with the same figures and
   citations, and `composer.fallback` saying it timed out (tests/test_llm.py covers the CLI and
   the composer; this is the Python API a UI or an evaluation script holds for hours).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.cli import main
from tests.conftest import MINI_REGISTER

QUESTION = "Combien d'agents conversationnels ?"


def snapshot(index_dir: Path) -> dict[str, str]:
    """Every file of the index folder (manifest and store) -> its sha256."""
    return {
        str(p.relative_to(index_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(index_dir.rglob("*"))
        if p.is_file()
    }


def _unknown_labels(text: str) -> str:
    """One status and one category that no alias knows, on two rows."""
    for old in (";Assistant / agent conversationnel;", ";Solution en production"):
        assert old in text, f"the fixture changed: {old!r} is gone, pick another value"
    text = text.replace(";Assistant / agent conversationnel;", ";Robotique quantique;", 1)
    return text.replace(";Solution en production", ";Presque en production", 1)


def _truncated(text: str) -> str:
    """A download cut off halfway, inside a row."""
    return text[: len(text) // 2]


HTML_PAGE = (
    '<!DOCTYPE html>\n<html lang="fr"><head><title>Page introuvable</title></head>\n'
    "<body><h1>Erreur 404</h1><p>Le fichier demandé n'existe plus.</p></body></html>\n"
)

BAD_FILES = {
    "unknown labels": (_unknown_labels, ("Presque en production", "Robotique quantique")),
    "truncated": (_truncated, ("row ",)),  # the row the cut fell in
    "html page": (lambda _text: HTML_PAGE, ("missing column", "<!DOCTYPE html>")),
    "empty": (lambda _text: "", ("empty",)),
}


@pytest.fixture()
def live(tmp_path, embedder):
    """A good register copy, its index built by `portrait-ia index`, and an Assistant on it."""
    from assistant import Assistant

    data, index_dir = tmp_path / "registre.csv", tmp_path / "index"
    shutil.copy(MINI_REGISTER, data)
    assert main(["index", "--quiet", "--data", str(data), "--index-dir", str(index_dir)]) == 0
    assistant = Assistant(data, index_dir=index_dir, embedder=embedder)
    assert assistant.build_report is None  # opened, not rebuilt
    return data, index_dir, assistant, assistant.ask(QUESTION)


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_replacement_file_is_refused_and_the_live_index_keeps_serving(
    kind, live, capsys, tmp_path, embedder
):
    from assistant import Assistant

    data, index_dir, assistant, before = live
    good_bytes = data.read_bytes()
    good_text = good_bytes.decode("utf-8-sig")
    files_before = snapshot(index_dir)
    make, named = BAD_FILES[kind]
    data.write_text(make(good_text), encoding="utf-8")
    capsys.readouterr()

    code = main(["index", "--quiet", "--data", str(data), "--index-dir", str(index_dir)])

    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("portrait-ia index: error: ") and "registre.csv" in err, err
    assert "Traceback" not in err
    assert "Fix:" in err, err
    for value in named:  # the offending values are named, so the reader can find them
        assert value in err, err
    assert snapshot(index_dir) == files_before, "the live index (manifest + store) was touched"
    manifest = json.loads((index_dir / "manifest.json").read_text())
    assert (index_dir / manifest["store"]).is_dir()

    after = assistant.ask(QUESTION)  # the Assistant opened before the fault keeps answering
    assert after.to_dict() == before.to_dict()
    good = tmp_path / "good" / "registre.csv"
    good.parent.mkdir()
    good.write_bytes(good_bytes)
    fresh = Assistant(good, index_dir=index_dir, embedder=embedder)
    assert fresh.build_report is None, "a good copy opens the untouched index without rebuilding"
    assert fresh.ask(QUESTION).to_dict() == before.to_dict()


# --- a language model that never answers in time -----------------------------------------------


class SleepyServer(ThreadingHTTPServer):
    """An OpenAI-compatible address that accepts the request and sleeps `delay` seconds."""

    daemon_threads = True

    def __init__(self, delay: float) -> None:
        super().__init__(("127.0.0.1", 0), Sleepy)
        self.delay, self.requests = delay, 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class Sleepy(BaseHTTPRequestHandler):
    server: SleepyServer

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests += 1
        time.sleep(self.server.delay)
        try:
            body = json.dumps({"error": {"message": "too late"}}).encode()
            self.send_response(503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            pass


@pytest.fixture()
def sleepy():
    server = SleepyServer(delay=3.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("stream", [False, True])
def test_a_model_that_times_out_gives_the_extractive_answer_through_the_assistant(
    sleepy, mini_assistant, embedder, tmp_path, stream
):
    from assistant import Assistant

    assistant = Assistant(
        MINI_REGISTER,
        index_dir=tmp_path / "index",
        embedder=embedder,
        llm="openai",
        model="slow-model",
        base_url=sleepy.url,
        llm_timeout=0.5,
        llm_stream=stream,
    )
    extractive = mini_assistant.ask(QUESTION)
    assistant.composer.client()  # the provider's package imported (~2.7 s): only the call is timed

    started = time.monotonic()
    items = list(assistant.stream(QUESTION)) if stream else [assistant.ask(QUESTION)]
    elapsed = time.monotonic() - started

    answer = items[-1]
    assert elapsed < sleepy.delay - 0.5, "the timeout did not cut the wait short"
    assert sleepy.requests == 1
    assert answer.composer["name"] == "extractive"
    assert answer.composer["fallback"].startswith("timeout"), answer.composer
    assert answer.figures == extractive.figures and answer.citations == extractive.citations
    assert answer.answer.startswith(extractive.answer)  # plus one sentence saying why
    assert answer.to_dict()["composer"]["fallback"] == answer.composer["fallback"]

    # The next question does not wait for the model again (cool-down) and still answers.
    started = time.monotonic()
    again = assistant.ask("How many chatbots are in production?")
    assert time.monotonic() - started < 0.4 and sleepy.requests == 1
    assert again.language == "en" and again.composer["fallback"].startswith("timeout")


def test_an_index_deleted_under_a_running_serve_is_rebuilt_while_api_clients_get_a_clear_message(tmp_path):
    from gradio_client import Client

    from assistant import Assistant
    from assistant.vectors.embeddings import get_embedder
    from tests.conftest_ui import served
    from tests.test_index_ops import COUNT, TOPIC_EN, in_production

    gated = get_embedder("gated")
    gated.gate.set()
    index_dir = tmp_path / "index"
    argv = ["index", "--quiet", "--embedder", "gated", "--data", str(MINI_REGISTER), "--index-dir", str(index_dir)]
    assert main(argv) == 0
    assistant = Assistant(MINI_REGISTER, index_dir=index_dir, embedder=gated)
    assistant.warm_up()  # what `serve` does after start-up: from then on, builds in the background
    try:
        with served(assistant) as (_app, url):
            client = Client(url, verbose=False)
            _, before = client.predict(TOPIC_EN, "", api_name="/ask")
            assert before["data"]
            gated.gate.clear()  # the rebuild waits until the test lets it go
            shutil.rmtree(index_dir)
            text, table = client.predict(TOPIC_EN, "", api_name="/ask")  # was: AppError, "upstream … exception"
            assert "The search index is being built" in text and "Exact questions" in text and table["data"] == []
            _, counted = client.predict(COUNT, "", api_name="/ask")
            assert len(counted["data"]) == in_production(), "exact answers go on meanwhile"
            gated.gate.set()
            assert assistant.index.wait(60)
            _, after = client.predict(TOPIC_EN, "", api_name="/ask")
            assert [r[0] for r in after["data"]] == [r[0] for r in before["data"]]
    finally:
        gated.gate.set()
