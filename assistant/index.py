"""The vector index: one Chroma document per initiative, built incrementally and swapped atomically.

Layout of the index folder:
    manifest.json     which store is live, the embedding model, and one content hash per row
    store-<id>/       a Chroma PersistentClient folder (one per build)

A build writes a *new* store beside the live one, copies the vectors of unchanged rows from it
(so they are never re-embedded), embeds only new or changed rows, and only then replaces
`manifest.json` (atomic rename). A build that fails half-way leaves the previous index live.
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

import chromadb
import pandas as pd
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from tqdm import tqdm

from .embeddings import Embedder

SCHEMA_VERSION = 1
COLLECTION = "portrait_ia"
MANIFEST = "manifest.json"
METADATA_FIELDS = (
    "name", "category", "category_en", "body", "portfolio", "portfolio_en", "benefits", "status",
    "status_en",
)  # fmt: skip


class IndexError_(RuntimeError):
    """The index is missing, stale or damaged; the message says how to rebuild it."""


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


def _metadata(row: pd.Series, source: str) -> dict[str, Any]:
    meta: dict[str, Any] = {key: str(row[key]) for key in METADATA_FIELDS}
    meta["row_id"] = int(row["row_id"])
    meta["source"] = source
    return meta


def _content_hash(text: str, meta: dict[str, Any]) -> str:
    payload = json.dumps([text, meta], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


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


def _plan(register: Any) -> _Plan:
    plan = _Plan([], [], [])
    for row in register.df.to_dict("records"):  # not iterrows: 10x faster on 100k rows
        text = document_text(row)
        meta = _metadata(row, register.source)
        did = doc_id(register.source, int(row["row_id"]))
        plan.ids.append(did)
        plan.texts.append(text)
        plan.metas.append(meta)
        plan.hashes[did] = _content_hash(text, meta)
    return plan


def _client(path: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    )


def _forget(path: Path) -> None:
    """Drops Chroma's in-process cache for a store folder (it would outlive a deleted folder)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    for identifier in [i for i in SharedSystemClient._identifier_to_system if Path(i) == path]:
        system = SharedSystemClient._identifier_to_system.pop(identifier)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        try:
            system.stop()
        except Exception:  # stopping a half-dead system must not hide the real outcome
            pass


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    path = Path(index_dir) / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_up_to_date(register: Any, embedder: Embedder, index_dir: Path) -> bool:
    manifest = read_manifest(index_dir)
    return bool(
        manifest
        and manifest.get("schema_version") == SCHEMA_VERSION
        and manifest.get("embedder") == embedder.model_id
        and manifest.get("rows") == _plan(register).hashes
        and (Path(index_dir) / manifest.get("store", "-")).is_dir()
    )


def build_index(
    register: Any,
    embedder: Embedder,
    index_dir: str | os.PathLike,
    *,
    progress: bool = True,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Builds (or brings up to date) the index of `register` in `index_dir`."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    plan = _plan(register)
    old = read_manifest(index_dir)
    if not force and is_up_to_date(register, embedder, index_dir):
        return BuildReport(len(plan.ids), 0, len(plan.ids), 0, 0.0, up_to_date=True, store=old["store"])

    reusable = _reusable_vectors(index_dir, old, plan, embedder) if not force else {}
    store = f"store-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
    store_path = index_dir / store
    try:
        collection = _client(store_path).create_collection(
            COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        todo = [i for i, did in enumerate(plan.ids) if did not in reusable]
        if reusable:
            keep = [i for i, did in enumerate(plan.ids) if did in reusable]
            _add(collection, plan, keep, [reusable[plan.ids[i]] for i in keep])
        bar = tqdm(total=len(todo), desc="Embedding", unit="row", disable=not progress)
        done = 0
        for start in range(0, len(todo), embedder.batch_size):
            chunk = todo[start : start + embedder.batch_size]
            vectors = embedder.embed_documents([plan.texts[i] for i in chunk])
            _add(collection, plan, chunk, vectors.tolist())
            done += len(chunk)
            bar.update(len(chunk))
            if on_progress:
                on_progress(done, len(todo))
        bar.close()
        if collection.count() != len(plan.ids):
            raise IndexError_(f"index build wrote {collection.count()} of {len(plan.ids)} rows")
    except BaseException:
        _forget(store_path)
        shutil.rmtree(store_path, ignore_errors=True)
        raise
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "store": store,
        "collection": COLLECTION,
        "embedder": embedder.model_id,
        "source": register.source,
        "data_sha256": register.sha256,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "rows": plan.hashes,
    }
    tmp = index_dir / f"{MANIFEST}.{uuid.uuid4().hex[:6]}.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST)  # the swap: readers now open the new store
    _remove_stale_stores(index_dir, keep=store)
    removed = len(set(old.get("rows", {})) - set(plan.hashes)) if old else 0
    return BuildReport(
        total=len(plan.ids),
        embedded=len(todo),
        reused=len(plan.ids) - len(todo),
        removed=removed,
        seconds=time.perf_counter() - started,
        store=store,
    )


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
    """Vectors of rows whose content and embedding model did not change since the live build."""
    if not old or old.get("embedder") != embedder.model_id:
        return {}
    if old.get("schema_version") != SCHEMA_VERSION:
        return {}
    unchanged = [did for did, h in plan.hashes.items() if old.get("rows", {}).get(did) == h]
    store_path = index_dir / old.get("store", "-")
    if not unchanged or not (store_path / "chroma.sqlite3").exists():
        _forget(store_path)
        return {}
    try:
        collection = _client(index_dir / old["store"]).get_collection(COLLECTION)
        got = collection.get(ids=unchanged, include=["embeddings"])
    except Exception:  # a damaged old store: re-embed everything
        return {}
    return {did: list(vec) for did, vec in zip(got["ids"], got["embeddings"], strict=True)}


def _remove_stale_stores(index_dir: Path, keep: str) -> None:
    for path in index_dir.glob("store-*"):
        if path.name != keep and path.is_dir():
            _forget(path)
            shutil.rmtree(path, ignore_errors=True)


class VectorIndex:
    """The live index, opened once: a LangChain `Chroma` vector store over the live collection."""

    def __init__(self, index_dir: str | os.PathLike, embedder: Embedder) -> None:
        self.index_dir = Path(index_dir)
        manifest = read_manifest(self.index_dir)
        if manifest is None:
            raise IndexError_(
                f"no index in {self.index_dir}: build it with `portrait-ia index`"
            )
        if manifest.get("embedder") != embedder.model_id:
            raise IndexError_(
                f"the index in {self.index_dir} was built with {manifest.get('embedder')!r},"
                f" not {embedder.model_id!r}: rebuild it with `portrait-ia index`"
            )
        self.manifest = manifest
        self.embedder = embedder
        store_path = self.index_dir / manifest["store"]
        if not (store_path / "chroma.sqlite3").exists():
            _forget(store_path)
            raise IndexError_(
                f"the index in {self.index_dir} lost its store {manifest['store']}; rebuild it with"
                " `portrait-ia index --force`"
            )
        try:
            self.client = _client(store_path)
            self.collection = self.client.get_collection(COLLECTION)
            count = self.collection.count()
        except Exception as exc:
            raise IndexError_(
                f"the index in {self.index_dir} is damaged ({exc}); rebuild it with"
                " `portrait-ia index --force`"
            ) from exc
        if count != len(manifest.get("rows", {})):
            raise IndexError_(
                f"the index in {self.index_dir} holds {count} rows but its manifest lists"
                f" {len(manifest.get('rows', {}))}; rebuild it with `portrait-ia index --force`"
            )
        self.vectorstore = Chroma(
            client=self.client,
            collection_name=COLLECTION,
            embedding_function=embedder.as_langchain(),
            collection_configuration={"hnsw": {"space": "cosine"}},
        )

    def __len__(self) -> int:
        return self.collection.count()

    def search(self, query: str, k: int = 5, where: dict | None = None) -> list[tuple[dict, float]]:
        """Top-k rows for `query` as (metadata, cosine similarity), best first."""
        k = max(1, min(k, len(self)))
        hits = self.vectorstore.similarity_search_with_score(query, k=k, filter=where or None)
        return [(doc.metadata, 1.0 - float(distance)) for doc, distance in hits]


def open_or_build(
    register: Any, embedder: Embedder, index_dir: str | os.PathLike, *, progress: bool = True
) -> tuple[VectorIndex, BuildReport | None]:
    """Opens the live index, building or repairing it first when it is missing, stale or damaged."""
    report = None
    if not is_up_to_date(register, embedder, Path(index_dir)):
        report = build_index(register, embedder, index_dir, progress=progress)
    try:
        return VectorIndex(index_dir, embedder), report
    except IndexError_:
        report = build_index(register, embedder, index_dir, progress=progress, force=True)
        return VectorIndex(index_dir, embedder), report
