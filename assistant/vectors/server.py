"""The index on a Chroma server (`chroma run`), shared by every machine that points at it.

On the server:
    portrait_ia-v<stamp>-<id>   one collection per build; its metadata says `building` or `complete`
    portrait_ia-manifest        the pointer: an empty collection whose metadata names the live
                                version, the previous one, the embedder, the rows' fingerprint,
                                the row count and the source files

The pointer lives on the server (not in a local file) so that all machines agree on the live
version, and replacing a collection's metadata is one update there: the swap is atomic.

A build fills a new version, marks it complete, and only then replaces the pointer: readers never
see a half-built collection. Vectors follow their text, as in an embedded build: a row whose text
the live version holds (under any row id: a row that moved, a text two files share) takes its
vector from there, and identical texts are embedded once. The previous version is kept (a reader
may be in the middle of a query on it); older complete versions, and versions whose build was
abandoned an hour ago, are deleted. Two builds racing both finish; the last to swap wins and
neither deletes the other's collection while it is being written.

Every request has a deadline (`chroma_timeout`; writes 12 times longer): a server that takes the
connection but never answers (stopped with `kill -STOP`, swapping) gives a clear error, not a hang.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import chromadb
import httpx
from chromadb.api.client import Client as ChromaClient
from chromadb.config import DEFAULT_DATABASE, DEFAULT_TENANT
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from assistant import settings
from assistant.vectors.build import (
    COLLECTION,
    COSINE,
    SCHEMA_VERSION,
    STALE_BUILD_SECONDS,
    BuildReport,
    IndexError_,
    ServerUnreachable,
    _new_name,
    _Plan,
    _plan,
    _text_hash,
    fill,
    fingerprint,
)
from assistant.vectors.embeddings import Embedder
from assistant.vectors.store import GET_BATCH, ServerTimeout, fetch_vectors, vector_sources

POINTER = f"{COLLECTION}-manifest"
VERSION_PREFIX = f"{COLLECTION}-v"
# A write may take this many times `chroma_timeout`: on a busy 2-core machine a 1,000-row add took
# up to 1.6 s (a query: 40 ms at most), so the default 5 s gives writes 60 s.
WRITE_FACTOR = 12
_WRITES = ("/add", "/upsert", "/update", "/delete")

_clients: dict[tuple[str, int, float], chromadb.ClientAPI] = {}
_clients_lock = threading.Lock()


def _fix(host: str, port: int) -> str:
    return (
        f"start it with `chroma run --host {host} --port {port} --path DIR`, or check"
        " --chroma-host/--chroma-port (env PORTRAIT_IA_CHROMA_HOST/PORTRAIT_IA_CHROMA_PORT)"
    )


def _rebuild(host: str, port: int, force: bool = False) -> str:
    flag = " --force" if force else ""
    return f"`portrait-ia index{flag} --chroma-host {host} --chroma-port {port}`"


def as_unreachable(exc: BaseException, host: str, port: int) -> ServerUnreachable | None:
    """The clear error for a failure that means "no server there" or "no answer in time", else
    None. The cause is looked for down the chain: chromadb re-raises some as a bare ValueError."""
    if isinstance(exc, ServerUnreachable):
        return exc
    cause = _transport_error(exc)
    if isinstance(cause, httpx.TimeoutException):
        return ServerTimeout(
            f"the Chroma server {host}:{port} did not answer within {_waited(cause)}: check"
            " that it is running and not stopped (kill -STOP) or overloaded, or raise"
            " --chroma-timeout (env PORTRAIT_IA_CHROMA_TIMEOUT)"
        )
    refused = isinstance(exc, ValueError) and "Could not connect" in str(exc)
    if cause is None and not refused:
        return None
    reason = str(cause or exc) or type(cause or exc).__name__
    return ServerUnreachable(
        f"the Chroma server {host}:{port} is unreachable ({reason}): {_fix(host, port)}"
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
def _talking(host: str, port: int) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        error = as_unreachable(exc, host, port)
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


def client(host: str, port: int, timeout: float | None = None) -> chromadb.ClientAPI:
    """One HTTP client per server and timeout, kept: it reconnects by itself once a restarted
    (or resumed) server is back. `timeout` None: the configured `chroma_timeout`."""
    seconds = settings.value("chroma_timeout") if timeout is None else settings.seconds(timeout)
    key = (host, port, seconds)
    with _clients_lock:
        if key not in _clients:
            with _talking(host, port):
                _clients[key] = _TimedClient(host, port, seconds)
        return _clients[key]


def read_pointer(c: chromadb.ClientAPI) -> dict[str, Any] | None:
    try:
        metadata = c.get_collection(POINTER, embedding_function=None).metadata
    except NotFoundError:
        return None
    return dict(metadata) if metadata and metadata.get("live") else None


def _is_current(
    c: chromadb.ClientAPI, pointer: dict[str, Any] | None, plan: _Plan, embedder: Embedder
) -> bool:
    if not (
        pointer
        and pointer.get("schema_version") == SCHEMA_VERSION
        and pointer.get("embedder") == embedder.model_id
        and pointer.get("fingerprint") == fingerprint(plan.hashes)
    ):
        return False
    try:  # the live collection must still be there, whole (a wiped server path, a lost version)
        return c.get_collection(pointer["live"], embedding_function=None).count() == len(plan.ids)
    except NotFoundError:
        return False


def is_up_to_date(
    register: Any, embedder: Embedder, host: str, port: int, timeout: float | None = None
) -> bool:
    plan = _plan(register)
    with _talking(host, port):
        c = client(host, port, timeout)
        return _is_current(c, read_pointer(c), plan, embedder)


def build(
    register: Any,
    embedder: Embedder,
    host: str,
    port: int,
    *,
    progress: bool = True,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    timeout: float | None = None,
) -> BuildReport:
    """Builds a new version on the server and swaps the pointer to it once it is complete."""
    started = time.perf_counter()
    plan = _plan(register)
    with _talking(host, port):
        c = client(host, port, timeout)
        pointer = read_pointer(c)
        if not force and _is_current(c, pointer, plan, embedder):
            n = len(plan.ids)
            return BuildReport(n, 0, n, 0, 0.0, up_to_date=True, store=str(pointer["live"]))
        reusable, removed = ({}, 0) if force else _reusable_vectors(c, pointer, plan, embedder)
        name = _new_name(VERSION_PREFIX)
        state = {"started": time.time(), "embedder": embedder.model_id}
        collection = c.create_collection(
            name,
            embedding_function=None,
            configuration=COSINE,
            metadata={**state, "state": "building"},
        )
        try:
            embedded = fill(
                collection, plan, reusable, embedder, progress=progress, on_progress=on_progress
            )
            collection.modify(
                metadata={**state, "state": "complete", "fingerprint": fingerprint(plan.hashes)}
            )
        except BaseException as exc:
            # A server that is down or frozen would only make the clean-up wait too; its
            # half-built version is removed by a later build once STALE_BUILD_SECONDS have passed.
            if as_unreachable(exc, host, port) is None:
                try:
                    c.delete_collection(name)
                except Exception:  # the server may be the reason we are here; the cause is raised
                    pass
            raise
        previous = _swap(c, name, plan, embedder, register)
        _remove_stale_versions(c, keep={name, previous})
    return BuildReport(
        total=len(plan.ids),
        embedded=embedded,
        reused=len(plan.ids) - embedded,
        removed=removed,
        seconds=time.perf_counter() - started,
        store=name,
    )


def _swap(c: chromadb.ClientAPI, name: str, plan: _Plan, embedder: Embedder, register: Any) -> str:
    """Points the manifest at `name` (one metadata update); returns the version it replaced."""
    now = read_pointer(c)  # read again: another build may have swapped since we started
    previous = str(now["live"]) if now else ""
    metadata = {
        "schema_version": SCHEMA_VERSION,
        "live": name,
        "previous": previous,
        "embedder": embedder.model_id,
        "fingerprint": fingerprint(plan.hashes),
        "rows": len(plan.ids),
        "source": register.source,
        "sources": ", ".join(plan.sources),
        "data_sha256": register.sha256,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    try:
        c.get_collection(POINTER, embedding_function=None).modify(metadata=metadata)
    except NotFoundError:
        c.get_or_create_collection(POINTER, embedding_function=None, metadata=metadata).modify(
            metadata=metadata
        )
    return previous


def _remove_stale_versions(c: chromadb.ClientAPI, keep: set[str]) -> None:
    for collection in c.list_collections():
        name = collection.name
        if not name.startswith(VERSION_PREFIX) or name in keep:
            continue
        meta = collection.metadata or {}
        abandoned = time.time() - float(meta.get("started", 0)) > STALE_BUILD_SECONDS
        if meta.get("state") == "complete" or abandoned:
            try:
                c.delete_collection(name)
            except NotFoundError:  # another build removed it first
                pass


def _reusable_vectors(
    c: chromadb.ClientAPI, pointer: dict[str, Any] | None, plan: _Plan, embedder: Embedder
) -> tuple[dict[str, list[float]], int]:
    """Vectors of the live version's texts that this plan still has (as an embedded build finds
    them: `vector_sources`), and how many of the live version's rows the plan no longer has."""
    if not pointer or pointer.get("embedder") != embedder.model_id:
        return {}, 0
    if pointer.get("schema_version") != SCHEMA_VERSION:
        return {}, 0
    try:
        live = c.get_collection(str(pointer["live"]), embedding_function=None)
        old_texts = _texts(live)
        vectors = fetch_vectors(live, vector_sources(plan.text_hashes, old_texts))
    except NotFoundError:  # removed since the pointer was read (another build's clean-up)
        return {}, 0
    return vectors, len(old_texts.keys() - plan.hashes.keys())


def _texts(live: Any) -> dict[str, str]:
    """Row id -> text hash of every row of the live version. Documents only, page by page: the
    pointer has no room for per-row hashes, and vectors are fetched only for rows that take one."""
    texts: dict[str, str] = {}
    for offset in range(0, live.count(), GET_BATCH):
        got = live.get(include=["documents"], limit=GET_BATCH, offset=offset)
        texts.update(zip(got["ids"], map(_text_hash, got["documents"]), strict=True))
    return texts


def open_live(
    host: str, port: int, embedder: Embedder, timeout: float | None = None
) -> tuple[dict[str, Any], Any, Any]:
    """(pointer, client, live collection), checked: the error says how to fix what is wrong."""
    with _talking(host, port):
        c = client(host, port, timeout)
        pointer = read_pointer(c)
        where = f"the Chroma server {host}:{port}"
        if pointer is None:
            raise IndexError_(f"no index on {where}: build it with {_rebuild(host, port)}")
        if pointer.get("embedder") != embedder.model_id:
            raise IndexError_(
                f"the index on {where} was built with {pointer.get('embedder')!r}, not"
                f" {embedder.model_id!r}: rebuild it with {_rebuild(host, port)}"
            )
        try:
            collection = c.get_collection(str(pointer["live"]), embedding_function=None)
        except NotFoundError:
            raise IndexError_(
                f"the index on {where} lost its collection {pointer['live']}; rebuild it with"
                f" {_rebuild(host, port, force=True)}"
            ) from None
        count = collection.count()
    if count != int(pointer.get("rows", -1)):
        raise IndexError_(
            f"the index on {where} holds {count} rows but its manifest lists {pointer.get('rows')};"
            f" rebuild it with {_rebuild(host, port, force=True)}"
        )
    return pointer, c, collection
