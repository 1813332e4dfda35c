"""A real Chroma server for tests: `chroma run` on 127.0.0.1 at a free port, with a temp --path.

`chroma_server` (session-scoped, imported by conftest.py) starts one for the whole session and
stops it at the end. Tests may `kill()` it (as a crash would) and `start()` it again on the same
path and port, or freeze it for a while (`with server.paused():`, as `kill -STOP` would).
`SilentServer` is a TCP port that takes connections and never answers.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

HOST = "127.0.0.1"


def chroma_binary() -> str:
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if not found:
        raise RuntimeError(
            "no `chroma` executable beside the test interpreter: pip install chromadb"
        )
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class ChromaServer:
    """One `chroma run` process; `host`/`port` are what `--chroma-host/--chroma-port` take."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.host, self.port, self.path = HOST, port or free_port(), Path(path)
        self.process: subprocess.Popen | None = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 20.0) -> ChromaServer:
        """Starts the server and returns once its heartbeat answers."""
        if self.running:
            return self
        self.path.mkdir(parents=True, exist_ok=True)
        log = open(self.path.parent / f"chroma-{self.port}.log", "ab")  # noqa: SIM115 (owned by the process)
        self.process = subprocess.Popen(
            [
                chroma_binary(),
                "run",
                "--host",
                self.host,
                "--port",
                str(self.port),
                "--path",
                str(self.path),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"chroma run exited with {self.process.returncode}; see {log.name}"
                )
            try:
                url = f"http://{self.host}:{self.port}/api/v2/heartbeat"
                with urllib.request.urlopen(url, timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(
            f"chroma run on {self.host}:{self.port} did not answer in {timeout:.0f} s"
        )

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The server frozen (SIGSTOP: it keeps its port, connections are taken, nothing is
        answered) for the block, and always resumed (SIGCONT) after it."""
        assert self.running, "start the server before pausing it"
        self.process.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self.resume()

    def resume(self) -> None:
        if self.running:
            self.process.send_signal(signal.SIGCONT)

    def kill(self) -> None:
        """Kills the server abruptly, as a crash or a pulled plug would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.resume()  # a stopped process would not act on SIGTERM
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class SilentServer:
    """A TCP port on 127.0.0.1 that takes every connection and never answers (a hung server or
    proxy); the connections are held open until the block ends."""

    def __init__(self) -> None:
        self.host = HOST
        self._socket = socket.create_server((HOST, 0))
        self.port = self._socket.getsockname()[1]
        self._held: list[socket.socket] = []
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        self._socket.settimeout(0.1)  # wakes up to see whether the block has ended
        while not self._closed.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:  # closed
                return
            self._held.append(connection)

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closed.set()
        self._thread.join(timeout=5)
        self._socket.close()
        for connection in self._held:
            connection.close()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """One Chroma server for the session. A test that kills it restarts it (`start()`, same
    path and port) before it ends, so the next test finds it running with its data."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma") / "db").start()
    yield server
    server.stop()
