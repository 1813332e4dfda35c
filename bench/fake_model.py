"""A fake OpenAI-compatible model server on 127.0.0.1 for the load benches: it answers every
request at once, except those whose prompt holds `HANG_MARK`, which it holds until it stops
(a model server that hangs for some requests, as the issue's operator saw).

Its reply ("The register lists 999 initiatives.") is refused by the checks (wrong language, a
figure the register does not have): the answer is the templates', after a real model round trip.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG_MARK = "zzhangzz"
REPLY = "The register lists 999 initiatives."


class _Model(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.server.lock:
            self.server.calls += 1
        if HANG_MARK.encode() in body:
            with self.server.lock:
                self.server.held += 1
            self.server.stopping.wait()
            return
        payload = json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "fake",
                              "choices": [{"index": 0, "finish_reason": "stop",
                                           "message": {"role": "assistant", "content": REPLY}}],
                              "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()  # fmt: skip
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass


class FakeModel:
    """`with FakeModel() as model:` serves on 127.0.0.1; `model.base_url` for `--base-url`."""

    def __enter__(self) -> FakeModel:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Model)
        self.httpd.daemon_threads = True
        self.httpd.lock, self.httpd.calls, self.httpd.held = threading.Lock(), 0, 0
        self.httpd.stopping = threading.Event()
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        return self

    @property
    def calls(self) -> int:
        return self.httpd.calls

    @property
    def held(self) -> int:
        return self.httpd.held

    def __exit__(self, *exc: object) -> None:
        self.httpd.stopping.set()
        self.httpd.shutdown()
