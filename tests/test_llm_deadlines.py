"""A language model's time is bounded by `llm_timeout` as a wall-clock deadline, whatever the
server does: one that sends a byte every second (each read within the client's own timeout),
one that streams slowly, one that hangs. The answer falls back to the templates at the deadline,
and warming up a served Assistant never calls the model."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.compose.deadline import DeadlinePassed, within
from assistant.compose.llm import LLMComposer


class Drip(BaseHTTPRequestHandler):
    """/v1/chat/completions: the headers at once, then the body one byte a second (`drip`), or
    SSE chunks a second apart (`stream`), or nothing for a minute (`hang`)."""

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.calls += 1
        mode = self.server.mode
        try:
            if mode == "hang":
                time.sleep(60)
                return
            if body.get("stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for word in ["Le ", "registre ", "compte ", "3 ", "agents [1]."] * 20:
                    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                             "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}  # fmt: skip
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    time.sleep(1.0)
                return
            payload = json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "m",
                                  "choices": [{"index": 0, "finish_reason": "stop",
                                               "message": {"role": "assistant", "content": "Le registre compte 3 agents [1]."}}],
                                  "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()  # fmt: skip
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            for byte in payload:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1.0)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    httpd.daemon_threads = True
    httpd.mode, httpd.calls = "drip", 0
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd
    httpd.shutdown()


@pytest.mark.parametrize(("mode", "stream"), [("drip", False), ("stream", True), ("hang", False), ("hang", True)])
def test_a_slow_or_silent_server_never_holds_an_answer_past_the_deadline(server, mini_assistant, mode, stream):
    server.mode = mode
    composer = LLMComposer("openai", "m", base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
                           timeout=2.0, stream=stream)  # fmt: skip
    plan = mini_assistant.understander("Combien d'agents conversationnels ?", [])
    evidence = mini_assistant.executor(plan)
    started = time.monotonic()
    answer = composer.compose(plan, evidence)
    took = time.monotonic() - started
    assert took < 3.5, took
    assert answer.composer["fallback"].startswith("timeout: ")
    assert answer.answer.startswith("Le registre (mini_register.csv) compte 3")


def test_within_raises_at_the_deadline_and_passes_errors_through():
    def slow():
        yield 1
        time.sleep(5)
        yield 2

    started, got = time.monotonic(), []
    with pytest.raises(DeadlinePassed):
        for item in within(0.5, slow):
            got.append(item)
    assert got == [1] and time.monotonic() - started < 1.5

    def broken():
        raise ValueError("boom")
        yield  # pragma: no cover

    with pytest.raises(ValueError, match="boom"):
        list(within(1.0, broken))


def test_warming_up_never_calls_the_model(server, mini_assistant):
    from assistant import Assistant
    from tests.conftest import MINI_REGISTER

    server.mode, server.calls = "hang", 0
    assistant = Assistant(MINI_REGISTER, index_dir=mini_assistant.settings["index_dir"], embedder=mini_assistant.embedder,
                          llm="openai", model="m", base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
                          llm_timeout=2.0)  # fmt: skip
    took = assistant.warm_up()
    assert server.calls == 0 and took < 2.0
