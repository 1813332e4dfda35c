"""The vector index: one Chroma document per initiative, built incrementally and swapped atomically.

Embedded (default), the index folder holds:
    manifest.json     which store is live (and the previous one), the embedding model, and one
                      content hash per row
    store-<id>/       a Chroma PersistentClient folder (one per build)

A build writes a *new* store beside the live one, copies the vectors of unchanged rows from it
(so they are never re-embedded), embeds only new or changed rows, and only then replaces
`manifest.json` (atomic rename). A build that fails half-way leaves the previous index live.
The previous store is kept until the next build, so a process still reading it (a running
`serve`) is not cut off; a reader whose store is gone reopens the live one and retries once.

With `chroma_host` set, the same happens on a Chroma server (`index_server`): versioned
collections and a pointer collection there play the part of the stores and the manifest.
Reading is `index_reader.VectorIndex`; names, errors and clients shared by both sides are in
`index_store`. Everything public is importable from here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm import tqdm

from assistant.vectors.embeddings import Embedder
from assistant.vectors.reader import VectorIndex
from assistant.vectors.store import (  # re-exported: `from assistant.index import ...` is the public surface
    BUILDING,
    COLLECTION,
    COSINE,
    MANIFEST,
    SCHEMA_VERSION,
    STALE_BUILD_SECONDS,
    IndexError_,
    ServerTimeout,
    ServerUnreachable,
    _client,
    _forget,
    fetch_vectors,
    read_manifest,
    vector_sources,
)

__all__ = [
    "BUILDING", "COLLECTION", "COSINE", "MANIFEST", "SCHEMA_VERSION", "STALE_BUILD_SECONDS",
    "BuildReport", "IndexError_", "ServerTimeout", "ServerUnreachable", "VectorIndex", "build_index",
    "document_text", "fingerprint", "is_up_to_date", "open_or_build", "read_manifest",
]  # fmt: skip

ADD_BATCH = 1000  # rows per Chroma add (the server refuses very large batches)
METADATA_FIELDS = (
    "name", "category", "category_en", "body", "portfolio", "portfolio_en", "benefits", "status",
    "status_en",
)  # fmt: skip


def document_text(row: pd.Series | dict[str, Any]) -> str:
    """The text embedded for one initiative: what it is, what it brings, who runs it.

    Both languages' category labels are included so English questions meet French rows.
    """
    parts = [f"{row['name']}.", str(row.get("benefits") or "").strip()]
    parts.append(f"Catégorie : {row['category']} ({row['category_en']}).")
    parts.append(f"Organisme : {row['body']}.")
    if row.get("portfolio"):
        parts.append(f"Portefeuille : {row['portfolio']}.")
    return " ".join(p for p in parts if p)


def doc_id(source: str, row_id: int) -> str:
    return f"{source}#{row_id}"


def _metadata(row: pd.Series | dict[str, Any], source: str) -> dict[str, Any]:
    meta: dict[str, Any] = {key: str(row[key]) for key in METADATA_FIELDS}
    meta["row_id"] = int(row["row_id"])
    meta["source"] = source
    return meta


def _content_hash(text: str, meta: dict[str, Any]) -> str:
    payload = json.dumps([text, meta], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint(hashes: dict[str, str]) -> str:
    """One hash for all rows' content: equal fingerprints mean nothing to rebuild."""
    return hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class BuildReport:
    total: int
    embedded: int
    reused: int
    removed: int
    seconds: float
    up_to_date: bool = False
    store: str = ""

    def summary(self) -> str:
        if self.up_to_date:
            return f"Index up to date ({self.total} rows); nothing to do."
        return (
            f"Index built: {self.total} rows ({self.embedded} embedded, {self.reused} reused,"
            f" {self.removed} removed) in {self.seconds:.1f} s."
        )


@dataclass
class _Plan:
    ids: list[str]
    texts: list[str]
    metas: list[dict[str, Any]]
    hashes: dict[str, str] = field(default_factory=dict)
    # Hash of the embedded text alone: a row that only moved (a new yearly file, a row inserted
    # above it) or that two files share keeps its vector; identical texts are embedded once.
    text_hashes: dict[str, str] = field(default_factory=dict)

    @property
    def sources(self) -> list[str]:
        return sorted({m["source"] for m in self.metas})


def _plan(register: Any) -> _Plan:
    """Ids, texts and metadata of every row. A register may combine several files: each row's
    own `source` names its file (ids stay unique, citations point at the right file)."""
    plan = _Plan([], [], [])
    for row in register.df.to_dict("records"):  # not iterrows: 10x faster on 100k rows
        source = str(row.get("source") or register.source)
        text = document_text(row)
        meta = _metadata(row, source)
        did = doc_id(source, int(row["row_id"]))
        plan.ids.append(did)
        plan.texts.append(text)
        plan.metas.append(meta)
        plan.hashes[did] = _content_hash(text, meta)
        plan.text_hashes[did] = _text_hash(text)
    return plan


def _new_name(prefix: str) -> str:
    return f"{prefix}{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"


def is_up_to_date(
    register: Any,
    embedder: Embedder,
    index_dir: str | os.PathLike,
    *,
    chroma_host: str = "",
    chroma_port: int = 8000,
    chroma_timeout: float | None = None,
) -> bool:
    """True when the live index holds exactly these rows, embedded by this model."""
    if chroma_host:
        from assistant.vectors import server as index_server

        return index_server.is_up_to_date(register, embedder, chroma_host, int(chroma_port), chroma_timeout)
    return _current(read_manifest(Path(index_dir)), _plan(register), embedder, Path(index_dir))


def _current(manifest: dict[str, Any] | None, plan: _Plan, embedder: Embedder, index_dir: Path) -> bool:
    """`manifest` describes exactly `plan`'s rows, embedded by this model, in a store that exists."""
    return bool(
        manifest
        and manifest.get("schema_version") == SCHEMA_VERSION
        and manifest.get("embedder") == embedder.model_id
        and manifest.get("rows") == plan.hashes
        and (index_dir / str(manifest.get("store", "-"))).is_dir()
    )


def build_index(
    register: Any,
    embedder: Embedder,
    index_dir: str | os.PathLike,
    *,
    progress: bool = True,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    chroma_host: str = "",
    chroma_port: int = 8000,
    chroma_timeout: float | None = None,
) -> BuildReport:
    """Builds (or brings up to date) the index of `register`: in `index_dir`, or on the Chroma
    server `chroma_host`:`chroma_port` when a host is given (`index_dir` is then unused;
    `chroma_timeout` None: the configured one)."""
    if chroma_host:
        from assistant.vectors import server as index_server

        return index_server.build(
            register, embedder, chroma_host, int(chroma_port),
            progress=progress, force=force, on_progress=on_progress, timeout=chroma_timeout,
        )  # fmt: skip
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    plan = _plan(register)
    old = read_manifest(index_dir)
    if not force and _current(old, plan, embedder, index_dir):  # the plan is not computed twice
        return BuildReport(len(plan.ids), 0, len(plan.ids), 0, 0.0, up_to_date=True, store=old["store"])

    reusable = _reusable_vectors(index_dir, old, plan, embedder) if not force else {}
    store = _new_name("store-")
    store_path = index_dir / store
    marker = index_dir / f"{store}{BUILDING}"
    marker.touch()
    try:
        collection = _client(store_path).create_collection(
            COLLECTION, embedding_function=None, configuration=COSINE
        )
        embedded = fill(collection, plan, reusable, embedder, progress=progress, on_progress=on_progress)
    except BaseException:
        _forget(store_path)
        shutil.rmtree(store_path, ignore_errors=True)
        marker.unlink(missing_ok=True)
        raise
    previous = str(old.get("store", "")) if old else ""
    if not previous or previous == store or not (index_dir / previous).is_dir():
        previous = ""
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "store": store,
        "previous": previous,  # kept until the next build: a reader may still be on it
        "collection": COLLECTION,
        "embedder": embedder.model_id,
        "source": register.source,
        "sources": plan.sources,
        "data_sha256": register.sha256,
        "fingerprint": fingerprint(plan.hashes),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "rows": plan.hashes,
        "texts": plan.text_hashes,
    }
    tmp = index_dir / f"{MANIFEST}.{uuid.uuid4().hex[:6]}.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST)  # the swap: readers now open the new store
    marker.unlink(missing_ok=True)
    _remove_stale_stores(index_dir, keep={store, previous})
    removed = len(set(old.get("rows", {})) - set(plan.hashes)) if old else 0
    return BuildReport(
        total=len(plan.ids),
        embedded=embedded,
        reused=len(plan.ids) - embedded,
        removed=removed,
        seconds=time.perf_counter() - started,
        store=store,
    )


def fill(
    collection: Any,
    plan: _Plan,
    reusable: dict[str, list[float]],
    embedder: Embedder,
    *,
    progress: bool,
    on_progress: Callable[[int, int], None] | None,
) -> int:
    """Writes every row of `plan` into a new collection (reused vectors first, then the rest
    embedded batch by batch, each distinct text once) and checks the count. Returns how many
    rows were embedded."""
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


def _add(collection: Any, plan: _Plan, positions: list[int], vectors: list[Any]) -> None:
    if not positions:
        return
    collection.add(
        ids=[plan.ids[i] for i in positions],
        documents=[plan.texts[i] for i in positions],
        metadatas=[plan.metas[i] for i in positions],
        embeddings=vectors,
    )


def _reusable_vectors(
    index_dir: Path, old: dict[str, Any] | None, plan: _Plan, embedder: Embedder
) -> dict[str, list[float]]:
    """Vectors of the live build's texts that this plan still has, same embedding model."""
    if not old or old.get("embedder") != embedder.model_id:
        return {}
    if old.get("schema_version") != SCHEMA_VERSION:
        return {}
    old_texts = old.get("texts")
    if not isinstance(old_texts, dict):  # a manifest from before text hashes: unchanged rows only
        old_rows = old.get("rows", {})
        old_texts = {d: plan.text_hashes[d] for d, h in plan.hashes.items() if old_rows.get(d) == h}
    sources = vector_sources(plan.text_hashes, old_texts)
    store_path = index_dir / str(old.get("store", "-"))
    if not (store_path / "chroma.sqlite3").exists():
        _forget(store_path)  # a lost store: its cached client must not outlive it
        return {}
    if not sources:  # never _forget a live store here: readers in this process use it
        return {}
    try:
        return fetch_vectors(_client(store_path).get_collection(COLLECTION), sources)
    except Exception:  # a damaged old store: re-embed everything
        return {}


def _building(store_path: Path) -> bool:
    marker = store_path.with_name(store_path.name + BUILDING)
    try:
        return time.time() - marker.stat().st_mtime < STALE_BUILD_SECONDS
    except FileNotFoundError:
        return False


def _remove_stale_stores(index_dir: Path, keep: set[str]) -> None:
    """Removes stores older than the previous one, but never one another build is writing."""
    for path in index_dir.glob("store-*"):
        if path.name in keep or not path.is_dir() or _building(path):
            continue
        _forget(path)
        shutil.rmtree(path, ignore_errors=True)
        path.with_name(path.name + BUILDING).unlink(missing_ok=True)


def open_or_build(
    register: Any,
    embedder: Embedder,
    index_dir: str | os.PathLike,
    *,
    progress: bool = True,
    chroma_host: str = "",
    chroma_port: int = 8000,
    chroma_timeout: float | None = None,
) -> tuple[VectorIndex, BuildReport | None]:
    """Opens the live index, building or repairing it first when it is missing, stale or damaged."""
    where = {"chroma_host": chroma_host, "chroma_port": chroma_port, "chroma_timeout": chroma_timeout}
    report = None
    if not is_up_to_date(register, embedder, index_dir, **where):
        report = build_index(register, embedder, index_dir, progress=progress, **where)
    try:
        return VectorIndex(index_dir, embedder, **where), report
    except ServerUnreachable:
        raise  # rebuilding cannot help; the message says how to start the server
    except IndexError_:
        report = build_index(register, embedder, index_dir, progress=progress, force=True, **where)
        return VectorIndex(index_dir, embedder, **where), report
