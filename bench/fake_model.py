"""A fake OpenAI-compatible model server on 127.0.0.1, for the load benches and the tests (one
for both: `from bench.fake_model import FakeModel` in tests, `from fake_model import ...` here).

It answers every request at once, except those it holds: requests whose body holds `hold` (by
default `HANG_MARK`, a model server that hangs for some requests, as the issue's operator saw)
and, with `hold_first`, the first request whatever it says. A held request waits until
`release()` (then it is answered) or until the server stops (then it is dropped unanswered).
`delay` seconds are added to every answer (a slow model).

Its reply ("The register lists 999 initiatives.") is refused by the checks (wrong language, a
figure the register does not have): the answer is the templates', after a real model round trip.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG_MARK = "zzhangzz"
REPLY = "The register lists 999 initiatives."


def completion(content: str) -> bytes:
    """An OpenAI chat-completion response body whose message is `content`."""
    return json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "fake",
                       "choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": content}}],
                       "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()  # fmt: skip


class _Model(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        model = self.server.model
        with model.lock:
            model.calls += 1
            first = model.calls == 1
        if (model.hold_first and first) or (model.hold and model.hold.encode() in body):
            with model.lock:
                model.held += 1
            model.holding.set()
            model.released.wait()
            if model.stopping.is_set():
                return  # the server stops: the held call never gets its answer
        if model.delay:
            time.sleep(model.delay)
        payload = completion(model.reply)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    model: FakeModel


class FakeModel:
    """`with FakeModel() as model:` serves on 127.0.0.1; `model.base_url` for `--base-url`;
    `calls` requests received, `held` requests held so far (`holding` is set at the first)."""

    def __init__(
        self, *, hold: str = HANG_MARK, hold_first: bool = False, delay: float = 0.0, reply: str = REPLY
    ) -> None:
        self.hold, self.hold_first, self.delay, self.reply = hold, hold_first, delay, reply
        self.lock = threading.Lock()
        self.calls = self.held = 0
        self.holding, self.released, self.stopping = threading.Event(), threading.Event(), threading.Event()

    def __enter__(self) -> FakeModel:
        self.httpd = _Server(("127.0.0.1", 0), _Model)
        self.httpd.model = self
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        return self

    def hold_again(self, hold: str) -> None:
        """From now on, holds the requests whose body holds `hold` (until the next `release`)."""
        with self.lock:
            self.hold, self.hold_first = hold, False
            self.holding.clear()
            self.released.clear()

    def release(self) -> None:
        """Lets the held requests (and any later one) be answered."""
        self.released.set()

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()
