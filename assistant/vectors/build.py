"""Building the vector index, written once for both stores: plan the rows, reuse the vectors of
texts the live version already has, embed the rest (with progress), then swap atomically.

One Chroma document per register row (`rows.py`). A build writes a *new* version beside the live
one (a folder or a server collection, see `store.py`), copies the vectors of texts the live
version holds (so they are never re-embedded, even when a row moved or two files share a text),
embeds only new or changed texts, each once, and only then swaps the store's record to it. A
build that fails half-way leaves the previous index live. Reading is `reader.VectorIndex`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from assistant.vectors.embeddings import Embedder
from assistant.vectors.errors import IndexError_, ServerTimeout, ServerUnreachable
from assistant.vectors.local import BUILDING, MANIFEST, read_manifest
from assistant.vectors.reader import VectorIndex
from assistant.vectors.rows import RowPlan, document_text, fingerprint, plan_rows, vector_sources
from assistant.vectors.store import Store, as_store
from assistant.vectors.versions import (
    COLLECTION,
    COSINE,
    GET_BATCH,
    SCHEMA_VERSION,
    STALE_BUILD_SECONDS,
    Version,
)

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

__all__ = [  # what other modules import from here
    "BUILDING", "COLLECTION", "COSINE", "MANIFEST", "SCHEMA_VERSION", "STALE_BUILD_SECONDS",
    "BuildReport", "IndexError_", "ServerTimeout", "ServerUnreachable", "VectorIndex", "build_index",
    "document_text", "fingerprint", "is_up_to_date", "open_or_build", "read_manifest",
]  # fmt: skip

ADD_BATCH = 1000  # rows per Chroma add (the server refuses very large batches)


@dataclass
class BuildReport:
    total: int
    embedded: int
    reused: int
    removed: int
    seconds: float
    up_to_date: bool = False
    store: str = ""  # the live version: a store-<id> folder or a server collection

    def summary(self) -> str:
        if self.up_to_date:
            return f"Index up to date ({self.total} rows); nothing to do."
        return (
            f"Index built: {self.total} rows ({self.embedded} embedded, {self.reused} reused,"
            f" {self.removed} removed) in {self.seconds:.1f} s."
        )


def is_up_to_date(register: Register, embedder: Embedder, store: Store | str | os.PathLike) -> bool:
    """True when the live index holds exactly these rows, embedded by this model."""
    store = as_store(store)
    plan = plan_rows(register)
    with store.talking():
        return _current(store, store.live(), plan, embedder)


def _current(store: Store, live: Version | None, plan: RowPlan, embedder: Embedder) -> bool:
    return bool(
        live is not None
        and live.schema_version == SCHEMA_VERSION
        and live.embedder == embedder.model_id
        and store.holds(live, plan)
    )


def build_index(
    register: Register,
    embedder: Embedder,
    store: Store | str | os.PathLike,
    *,
    progress: bool = True,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Builds (or brings up to date) the index of `register` in `store` (a `Store`, or the folder
    of an embedded index). `force`: every row embedded again, nothing reused."""
    store = as_store(store)
    started = time.perf_counter()
    plan = plan_rows(register)
    with store.talking():
        store.sweep()  # what a killed build left behind goes first
        live = store.live()
        if not force and _current(store, live, plan, embedder):
            n = len(plan.ids)
            return BuildReport(n, 0, n, 0, 0.0, up_to_date=True, store=live.name)
        reusable, removed = _reusable(store, live, plan, embedder, force=force)
        new = store.create(embedder)
        try:
            embedded = fill(
                new.collection, plan, reusable, embedder, progress=progress, on_progress=on_progress
            )
            store.complete(new, plan)
        except BaseException as exc:
            store.discard(new, exc)
            raise
        previous = store.swap(new, plan, embedder, register)
        store.clean(keep={new.name, previous})
    return BuildReport(
        total=len(plan.ids),
        embedded=embedded,
        reused=len(plan.ids) - embedded,
        removed=removed,
        seconds=time.perf_counter() - started,
        store=new.name,
    )


def _reusable(
    store: Store, live: Version | None, plan: RowPlan, embedder: Embedder, *, force: bool
) -> tuple[dict[str, list[float]], int]:
    """The vectors of the live version's texts that this plan still has (same embedding model;
    none when `force`), and how many of the live version's rows the plan no longer has. A live
    version that is lost or damaged lends nothing: its rows are embedded again."""
    if live is None:
        return {}, 0
    try:
        old_texts = store.live_texts(live, plan)
    except Exception as exc:
        _raise_if_unreachable(store, exc)
        return {}, 0
    removed = len(old_texts.keys() - plan.hashes.keys())
    same_model = live.embedder == embedder.model_id and live.schema_version == SCHEMA_VERSION
    sources = vector_sources(plan.text_hashes, old_texts) if same_model and not force else {}
    if not sources:  # the live version is not opened for nothing: readers may be using it
        return {}, removed
    try:
        return fetch_vectors(store.collection(live), sources), removed
    except Exception as exc:
        _raise_if_unreachable(store, exc)
        return {}, removed


def _raise_if_unreachable(store: Store, exc: Exception) -> None:
    """Raises `exc` when it means the store cannot be reached (`store.talking()` words it)."""
    if store.unreachable(exc) is not None:
        raise exc


def fetch_vectors(collection: Any, sources: dict[str, str]) -> dict[str, list[float]]:
    """The vectors `sources` names, read from the old `collection` in batches, each old row
    once; keyed by the new row. A row the collection no longer holds is left out."""
    wanted = sorted(set(sources.values()))
    vectors: dict[str, list[float]] = {}
    for start in range(0, len(wanted), GET_BATCH):
        got = collection.get(ids=wanted[start : start + GET_BATCH], include=["embeddings"])
        for did, vector in zip(got["ids"], got["embeddings"], strict=True):
            vectors[did] = vector.tolist() if hasattr(vector, "tolist") else list(vector)
    return {did: vectors[old] for did, old in sources.items() if old in vectors}


def fill(
    collection: Any,
    plan: RowPlan,
    reusable: dict[str, list[float]],
    embedder: Embedder,
    *,
    progress: bool,
    on_progress: Callable[[int, int], None] | None,
) -> int:
    """Writes every row of `plan` into a new collection (reused vectors first, then the rest
    embedded batch by batch, each distinct text once) and checks the count. Returns how many
    texts were embedded."""
    keep = [i for i, did in enumerate(plan.ids) if did in reusable]
    for start in range(0, len(keep), ADD_BATCH):
        chunk = keep[start : start + ADD_BATCH]
        _add(collection, plan, chunk, [reusable[plan.ids[i]] for i in chunk])
    same_text: dict[str, list[int]] = {}  # text hash -> the rows to write with its vector
    for i, did in enumerate(plan.ids):
        if did not in reusable:
            same_text.setdefault(plan.text_hashes.get(did) or did, []).append(i)
    todo = [rows[0] for rows in same_text.values()]
    total = sum(len(rows) for rows in same_text.values())
    bar = tqdm(total=total, desc="Embedding", unit="row", disable=not progress)
    done = 0
    for start in range(0, len(todo), embedder.batch_size):
        chunk = todo[start : start + embedder.batch_size]
        vectors = embedder.embed_documents([plan.texts[i] for i in chunk]).tolist()
        rows, row_vectors = [], []
        for i, vector in zip(chunk, vectors, strict=True):
            group = same_text[plan.text_hashes.get(plan.ids[i]) or plan.ids[i]]
            rows += group
            row_vectors += [vector] * len(group)
        _add(collection, plan, rows, row_vectors)
        done += len(rows)
        bar.update(len(rows))
        if on_progress:
            on_progress(done, total)
    bar.close()
    if collection.count() != len(plan.ids):
        raise IndexError_(f"index build wrote {collection.count()} of {len(plan.ids)} rows")
    return len(todo)


def _add(collection: Any, plan: RowPlan, positions: list[int], vectors: list[Any]) -> None:
    if not positions:
        return
    collection.add(
        ids=[plan.ids[i] for i in positions],
        documents=[plan.texts[i] for i in positions],
        metadatas=[plan.metas[i] for i in positions],
        embeddings=vectors,
    )


def open_or_build(
    register: Register, embedder: Embedder, store: Store | str | os.PathLike, *, progress: bool = True
) -> tuple[VectorIndex, BuildReport | None]:
    """Opens the live index, building or repairing it first when it is missing, stale or damaged."""
    store = as_store(store)
    report = None
    if not is_up_to_date(register, embedder, store):
        report = build_index(register, embedder, store, progress=progress)
    try:
        return VectorIndex(store, embedder), report
    except ServerUnreachable:
        raise  # rebuilding cannot help; the message says how to start the server
    except IndexError_:
        report = build_index(register, embedder, store, progress=progress, force=True)
        return VectorIndex(store, embedder), report
