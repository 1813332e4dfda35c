"""Reading the live index: `VectorIndex`, which survives the builds that happen while it reads.

A reader keeps the version it opened (each build keeps the previous one). When that version is
removed (two builds later, possibly by another process or machine) or lost, the next call
reopens the live one through the manifest (embedded) or the server's pointer, and retries once.
On a server, a version deleted in the middle of a query may answer an empty result or another
error instead of "not found": the reader asks whether its version is still there before it
believes either.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chromadb.errors import NotFoundError
from langchain_chroma import Chroma

from assistant.vectors.embeddings import Embedder
from assistant.vectors.store import COLLECTION, IndexError_, _client, _forget, read_manifest


@dataclass(frozen=True)
class _Live:
    """One opened version of the index; swapped whole, so a reader never mixes two versions."""

    manifest: dict[str, Any]
    client: Any
    collection: Any
    vectorstore: Chroma
    store: Path | None  # embedded: the store folder; server: None
    size: int


def _open_store(index_dir: Path, embedder: Embedder) -> tuple[dict[str, Any], Any, Any, Path]:
    manifest = read_manifest(index_dir)
    if manifest is None:
        raise IndexError_(f"no index in {index_dir}: build it with `portrait-ia index`")
    if manifest.get("embedder") != embedder.model_id:
        raise IndexError_(
            f"the index in {index_dir} was built with {manifest.get('embedder')!r},"
            f" not {embedder.model_id!r}: rebuild it with `portrait-ia index`"
        )
    store_path = index_dir / str(manifest.get("store", "-"))
    if not (store_path / "chroma.sqlite3").exists():
        _forget(store_path)
        raise IndexError_(
            f"the index in {index_dir} lost its store {manifest.get('store')}; rebuild it with"
            " `portrait-ia index --force`"
        )
    try:
        client = _client(store_path)
        collection = client.get_collection(COLLECTION)
        count = collection.count()
    except Exception as exc:
        _forget(store_path)
        raise IndexError_(
            f"the index in {index_dir} is damaged ({exc}); rebuild it with"
            " `portrait-ia index --force`"
        ) from exc
    if count != len(manifest.get("rows", {})):
        raise IndexError_(
            f"the index in {index_dir} holds {count} rows but its manifest lists"
            f" {len(manifest.get('rows', {}))}; rebuild it with `portrait-ia index --force`"
        )
    return manifest, client, collection, store_path


class VectorIndex:
    """The live index, opened once: a LangChain `Chroma` vector store over the live collection.

    A reader keeps the version it opened while builds come and go (each build keeps the
    previous version). When its version is removed (two builds later) or lost, the next call
    reopens the live one through the manifest (or the server's pointer) and retries once.
    On a server, each request waits `chroma_timeout` seconds at most (None: the configured one).
    """

    def __init__(
        self,
        index_dir: str | os.PathLike,
        embedder: Embedder,
        *,
        chroma_host: str = "",
        chroma_port: int = 8000,
        chroma_timeout: float | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self.chroma_host, self.chroma_port = chroma_host, int(chroma_port)
        self.chroma_timeout = chroma_timeout
        self._lock = threading.Lock()
        self._live = self._open()

    def _open(self) -> _Live:
        if self.chroma_host:
            from assistant.vectors import server as index_server

            manifest, client, collection = index_server.open_live(
                self.chroma_host, self.chroma_port, self.embedder, self.chroma_timeout
            )
            store, size = None, int(manifest.get("rows", 0))
        else:
            manifest, client, collection, store = _open_store(self.index_dir, self.embedder)
            size = len(manifest.get("rows", {}))
        vectorstore = Chroma(
            client=client,
            collection_name=collection.name,
            embedding_function=self.embedder.as_langchain(),
            create_collection_if_not_exists=False,  # a vanished version must fail, not be recreated empty
        )
        return _Live(manifest, client, collection, vectorstore, store, size)

    @property
    def manifest(self) -> dict[str, Any]:
        return self._live.manifest

    @property
    def client(self) -> Any:
        return self._live.client

    @property
    def collection(self) -> Any:
        return self._live.collection

    @property
    def vectorstore(self) -> Chroma:
        return self._live.vectorstore

    def __len__(self) -> int:
        return self._call(lambda live: live.collection.count())

    def search(self, query: str, k: int = 5, where: dict | None = None) -> list[tuple[dict, float]]:
        """Top-k rows for `query` as (metadata, cosine similarity), best first."""

        def run(live: _Live) -> list[tuple[dict, float]]:
            n = max(1, min(k, live.size))
            hits = live.vectorstore.similarity_search_with_score(query, k=n, filter=where or None)
            if not hits and live.store is None and not self._on_server(live):
                raise NotFoundError(f"collection {live.collection.name} deleted during the query")
            return [(doc.metadata, 1.0 - float(distance)) for doc, distance in hits]

        return self._call(run)

    def _call(self, fn: Callable[[_Live], Any]) -> Any:
        """Runs `fn` on the opened version; if that version is gone, reopens and retries once."""
        live = self._live
        if live.store is not None and not live.store.is_dir():  # a stat: removed by a build
            live = self._reopen(live)
        try:
            return fn(live)
        except Exception as exc:
            self._raise_if_unreachable(exc)
            if not self._vanished(live, exc):
                raise
        live = self._reopen(live)
        try:
            return fn(live)
        except Exception as exc:
            self._raise_if_unreachable(exc)
            raise

    def _vanished(self, live: _Live, exc: Exception) -> bool:
        if isinstance(exc, NotFoundError):
            return True
        if live.store is None:
            return not self._on_server(live)
        manifest = read_manifest(self.index_dir) or {}
        return not live.store.is_dir() or manifest.get("store") != live.store.name

    def _on_server(self, live: _Live) -> bool:
        """Whether the server still holds `live`'s version. A version deleted in the middle of a
        query (another build's clean-up) may answer nothing, or an error that is not NotFound."""
        try:
            live.client.get_collection(live.collection.name, embedding_function=None)
        except NotFoundError:
            return False
        except Exception as exc:
            self._raise_if_unreachable(exc)
            return True  # cannot tell: the first answer stands
        return True

    def _raise_if_unreachable(self, exc: Exception) -> None:
        if self.chroma_host:
            from assistant.vectors import server as index_server

            error = index_server.as_unreachable(exc, self.chroma_host, self.chroma_port)
            if error is exc:
                raise exc
            if error is not None:
                raise error from exc

    def _reopen(self, stale: _Live) -> _Live:
        with self._lock:  # one thread reopens; the others take its result
            if self._live is stale:
                if stale.store is not None and not stale.store.is_dir():
                    _forget(stale.store)
                self._live = self._open()
            return self._live
