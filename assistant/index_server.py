"""The index on a Chroma server (`chroma run`), shared by every machine that points at it.

On the server:
    portrait_ia-v<stamp>-<id>   one collection per build; its metadata says `building` or `complete`
    portrait_ia-manifest        the pointer: an empty collection whose metadata names the live
                                version, the previous one, the embedder, the rows' fingerprint,
                                the row count and the source files

The pointer lives on the server (not in a local file) so that all machines agree on the live
version, and replacing a collection's metadata is one update there: the swap is atomic.

A build fills a new version (reusing the vectors of unchanged rows from the live one), marks it
complete, and only then replaces the pointer: readers never see a half-built collection. The
previous version is kept (a reader may be in the middle of a query on it); older complete versions,
and versions whose build was abandoned an hour ago, are deleted. Two builds racing both finish;
the last to swap wins and neither deletes the other's collection while it is being written.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import chromadb
import httpx
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from .embeddings import Embedder
from .index import (
    COLLECTION,
    COSINE,
    SCHEMA_VERSION,
    STALE_BUILD_SECONDS,
    BuildReport,
    IndexError_,
    ServerUnreachable,
    _content_hash,
    _new_name,
    _Plan,
    _plan,
    fill,
    fingerprint,
)

POINTER = f"{COLLECTION}-manifest"
VERSION_PREFIX = f"{COLLECTION}-v"
GET_BATCH = 1000  # rows fetched per request when reusing vectors

_clients: dict[tuple[str, int], chromadb.ClientAPI] = {}
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
    """The clear error for a failure that means "no server there", else None."""
    if isinstance(exc, ServerUnreachable):
        return exc
    refused = isinstance(exc, ValueError) and "Could not connect" in str(exc)
    if not (isinstance(exc, (httpx.TransportError, ConnectionError)) or refused):
        return None
    reason = str(exc) or type(exc).__name__
    return ServerUnreachable(
        f"the Chroma server {host}:{port} is unreachable ({reason}): {_fix(host, port)}"
    )


@contextmanager
def _talking(host: str, port: int) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        error = as_unreachable(exc, host, port)
        if error is None or error is exc:
            raise
        raise error from exc


def client(host: str, port: int) -> chromadb.ClientAPI:
    """One HTTP client per server, kept: it reconnects by itself once a restarted server is back."""
    with _clients_lock:
        if (host, port) not in _clients:
            with _talking(host, port):
                _clients[(host, port)] = chromadb.HttpClient(
                    host=host, port=port, settings=ChromaSettings(anonymized_telemetry=False)
                )
        return _clients[(host, port)]


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


def is_up_to_date(register: Any, embedder: Embedder, host: str, port: int) -> bool:
    plan = _plan(register)
    with _talking(host, port):
        c = client(host, port)
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
) -> BuildReport:
    """Builds a new version on the server and swaps the pointer to it once it is complete."""
    started = time.perf_counter()
    plan = _plan(register)
    with _talking(host, port):
        c = client(host, port)
        pointer = read_pointer(c)
        if not force and _is_current(c, pointer, plan, embedder):
            n = len(plan.ids)
            return BuildReport(n, 0, n, 0, 0.0, up_to_date=True, store=str(pointer["live"]))
        reusable, kept = ({}, 0) if force else _reusable_vectors(c, pointer, plan, embedder)
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
        except BaseException:
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
        removed=max(0, int(pointer.get("rows", 0)) - kept) if kept else 0,
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
    """Vectors of the live version's rows whose stored text and metadata still hash the same,
    and how many of the plan's rows the live version holds at all (changed or not)."""
    if not pointer or pointer.get("embedder") != embedder.model_id:
        return {}, 0
    if pointer.get("schema_version") != SCHEMA_VERSION:
        return {}, 0
    try:
        live = c.get_collection(str(pointer["live"]), embedding_function=None)
    except NotFoundError:
        return {}, 0
    out: dict[str, list[float]] = {}
    found = 0
    for start in range(0, len(plan.ids), GET_BATCH):
        got = live.get(
            ids=plan.ids[start : start + GET_BATCH],
            include=["embeddings", "documents", "metadatas"],
        )
        found += len(got["ids"])
        for did, vector, text, meta in zip(
            got["ids"], got["embeddings"], got["documents"], got["metadatas"], strict=True
        ):
            if _content_hash(text, dict(meta)) == plan.hashes.get(did):
                out[did] = vector.tolist() if hasattr(vector, "tolist") else list(vector)
    return out, found


def open_live(host: str, port: int, embedder: Embedder) -> tuple[dict[str, Any], Any, Any]:
    """(pointer, client, live collection), checked: the error says how to fix what is wrong."""
    with _talking(host, port):
        c = client(host, port)
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
