"""Talking to a Chroma server (`chroma run`): its address, one HTTP client per server with a
deadline on every request, and the clear errors for "no server there" and "no answer in time".

Every request has a deadline (`chroma_timeout`; writes 12 times longer): a server that takes the
connection but never answers (stopped with `kill -STOP`, swapping) gives a clear error, not a hang.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import chromadb
import httpx
from chromadb.api.client import Client as ChromaClient
from chromadb.config import DEFAULT_DATABASE, DEFAULT_TENANT
from chromadb.config import Settings as ChromaSettings

import assistant.settings as settings
from assistant.vectors.errors import ServerTimeout, ServerUnreachable

# A write may take this many times `chroma_timeout`: on a busy 2-core machine a 1,000-row add took
# up to 1.6 s (a query: 40 ms at most), so the default 5 s gives writes 60 s.
WRITE_FACTOR = 12
_WRITES = ("/add", "/upsert", "/update", "/delete")

_clients: dict[tuple[str, int, float], chromadb.ClientAPI] = {}
_clients_lock = threading.Lock()


@dataclass(frozen=True)
class ChromaServer:
    """Where a Chroma server answers, and how long to wait for each of its answers (`timeout`
    None: the configured `chroma_timeout`, read when the client is made)."""

    host: str
    port: int = 8000
    timeout: float | None = None

    def __post_init__(self) -> None:
        if not self.host:
            raise ValueError(
                "ChromaServer needs a host (--chroma-host, env PORTRAIT_IA_CHROMA_HOST); for the"
                " index embedded in a folder, use index_dir instead"
            )
        object.__setattr__(self, "port", int(self.port))

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> ChromaServer | None:
        """The server resolved settings name (`chroma_host`, `chroma_port`, `chroma_timeout`),
        or None when `chroma_host` is empty: the index is then embedded in `index_dir`."""
        if not values.get("chroma_host"):
            return None
        return cls(values["chroma_host"], values["chroma_port"], values["chroma_timeout"])

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def _fix(server: ChromaServer) -> str:
    return (
        f"start it with `chroma run --host {server.host} --port {server.port} --path DIR`, or check"
        " --chroma-host/--chroma-port (env PORTRAIT_IA_CHROMA_HOST/PORTRAIT_IA_CHROMA_PORT)"
    )


def as_unreachable(exc: BaseException, server: ChromaServer) -> ServerUnreachable | None:
    """The clear error for a failure that means "no server there" or "no answer in time", else
    None. The cause is looked for down the chain: chromadb re-raises some as a bare ValueError."""
    if isinstance(exc, ServerUnreachable):
        return exc
    cause = _transport_error(exc)
    if isinstance(cause, httpx.TimeoutException):
        return ServerTimeout(
            f"the Chroma server {server} did not answer within {_waited(cause)}: check"
            " that it is running and not stopped (kill -STOP) or overloaded, or raise"
            " --chroma-timeout (env PORTRAIT_IA_CHROMA_TIMEOUT)"
        )
    refused = isinstance(exc, ValueError) and "Could not connect" in str(exc)
    if cause is None and not refused:
        return None
    reason = str(cause or exc) or type(cause or exc).__name__
    return ServerUnreachable(
        f"the Chroma server {server} is unreachable ({reason}): {_fix(server)}"
    )


def _transport_error(exc: BaseException) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, (httpx.TransportError, ConnectionError)):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _waited(timeout: httpx.TimeoutException) -> str:
    """The deadline the request had (a write's is longer), as `5 s` or `2.5 s`."""
    try:
        limits = timeout.request.extensions.get("timeout") or {}
    except RuntimeError:  # no request attached: the exception came from elsewhere
        limits = {}
    seconds = max((v for v in limits.values() if v is not None), default=None)
    return f"{seconds:g} s" if seconds is not None else "the time allowed"


@contextmanager
def talking(server: ChromaServer) -> Iterator[None]:
    """Failures inside the block that mean "no server" or "no answer in time" become the clear
    errors; any other error passes unchanged."""
    try:
        yield
    except Exception as exc:
        error = as_unreachable(exc, server)
        if error is None or error is exc:
            raise
        raise error from exc


@dataclass(frozen=True)
class _Deadline:
    """An httpx request hook: every request gets `seconds` (a write WRITE_FACTOR times more)."""

    seconds: float

    def __call__(self, request: httpx.Request) -> None:
        write = request.method == "DELETE" or request.url.path.endswith(_WRITES)
        limit = self.seconds * (WRITE_FACTOR if write else 1)
        request.extensions["timeout"] = httpx.Timeout(limit).as_dict()


class _TimedClient(ChromaClient):
    """chromadb's HTTP client with a deadline on every request.

    chromadb 1.5.9 builds its httpx session with `timeout=None` and offers no setting for it, so a
    server that takes the connection but never answers would hang a question forever. The
    deadline is hooked onto that session before the client's first request (its constructor
    calls `get_user_identity`), so even connecting to a frozen server gives up in time.
    """

    def __init__(self, host: str, port: int, seconds: float) -> None:
        self._deadline = _Deadline(seconds)
        options = ChromaSettings(
            anonymized_telemetry=False,
            chroma_api_impl="chromadb.api.fastapi.FastAPI",  # what chromadb.HttpClient sets
            chroma_server_host=host,
            chroma_server_http_port=port,
        )
        super().__init__(tenant=DEFAULT_TENANT, database=DEFAULT_DATABASE, settings=options)

    def get_user_identity(self) -> Any:
        session = getattr(self._server, "_session", None)
        if not isinstance(session, httpx.Client):  # never run without a deadline
            raise RuntimeError(
                f"chromadb {chromadb.__version__} no longer keeps an httpx session in its HTTP"
                " client, so --chroma-timeout cannot be applied: install chromadb==1.5.9"
            )
        hooks = session.event_hooks
        if self._deadline not in hooks["request"]:
            session.event_hooks = {**hooks, "request": [*hooks["request"], self._deadline]}
        return super().get_user_identity()


def client(server: ChromaServer) -> chromadb.ClientAPI:
    """One HTTP client per server and timeout, kept: it reconnects by itself once a restarted
    (or resumed) server is back."""
    timeout = server.timeout
    limit = settings.value("chroma_timeout") if timeout is None else settings.seconds(timeout)
    key = (server.host, server.port, limit)
    with _clients_lock:
        if key not in _clients:
            with talking(server):
                _clients[key] = _TimedClient(server.host, server.port, limit)
        return _clients[key]
