"""Reading the live index: `VectorIndex`, which survives the builds that happen while it reads.

A reader keeps the version it opened (each build keeps the previous one). When that version is
removed (two builds later, possibly by another process or machine) or lost, the next call
reopens the live one through the store's record (the manifest, or the server's pointer) and
retries once. On a server, a version deleted in the middle of a query may answer an empty
result or another error instead of "not found": the reader asks the store whether its version
is still there before it believes either.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chromadb.errors import NotFoundError
from langchain_chroma import Chroma

from assistant.vectors.embeddings import Embedder
from assistant.vectors.errors import IndexError_
from assistant.vectors.store import Store, as_store
from assistant.vectors.versions import Version


@dataclass(frozen=True)
class _Live:
    """One opened version of the index; swapped whole, so a reader never mixes two versions."""

    version: Version
    client: Any
    collection: Any
    vectorstore: Chroma


class VectorIndex:
    """The live index, opened once: a LangChain `Chroma` vector store over the live collection.

    `store` is where the index lives (a `Store`, or the folder of an embedded index). On a server,
    each request waits the server's timeout at most (see `ChromaServer`).
    """

    def __init__(self, store: Store | str | os.PathLike, embedder: Embedder) -> None:
        self.store = as_store(store)
        self.embedder = embedder
        self._lock = threading.Lock()
        self._live = self._open()

    def _open(self) -> _Live:
        store = self.store
        with store.talking():
            version = store.live()
            if version is None:
                raise IndexError_(f"no index {store.where}: build it with {store.rebuild()}")
            if version.embedder != self.embedder.model_id:
                raise IndexError_(
                    f"the index {store.where} was built with {version.embedder!r}, not"
                    f" {self.embedder.model_id!r}: rebuild it with {store.rebuild()}"
                )
            client, collection, count = store.open(version)
        if count != version.size:
            raise IndexError_(
                f"the index {store.where} holds {count} rows but its manifest lists"
                f" {version.size}; rebuild it with {store.rebuild(force=True)}"
            )
        vectorstore = Chroma(
            client=client,
            collection_name=collection.name,
            embedding_function=self.embedder.as_langchain(),
            create_collection_if_not_exists=False,  # a vanished version must fail, not be recreated empty
        )
        return _Live(version, client, collection, vectorstore)

    @property
    def version(self) -> Version:
        """The version this reader is on (it moves to the live one when its own is gone)."""
        return self._live.version

    @property
    def manifest(self) -> dict[str, Any]:
        return self._live.version.record

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
            n = max(1, min(k, live.version.size))
            hits = live.vectorstore.similarity_search_with_score(query, k=n, filter=where or None)
            if not hits and self.store.empty_may_mean_gone and self.store.vanished(live.version):
                raise NotFoundError(f"collection {live.collection.name} deleted during the query")
            return [(doc.metadata, 1.0 - float(distance)) for doc, distance in hits]

        return self._call(run)

    def _call(self, fn: Callable[[_Live], Any]) -> Any:
        """Runs `fn` on the opened version; if that version is gone, reopens and retries once."""
        live = self._live
        if self.store.gone(live.version):
            live = self._reopen(live)
        try:
            return fn(live)
        except Exception as exc:
            self._raise_if_unreachable(exc)
            if not (isinstance(exc, NotFoundError) or self.store.vanished(live.version)):
                raise
        live = self._reopen(live)
        try:
            return fn(live)
        except Exception as exc:
            self._raise_if_unreachable(exc)
            raise

    def _raise_if_unreachable(self, exc: Exception) -> None:
        error = self.store.unreachable(exc)
        if error is exc:
            raise exc
        if error is not None:
            raise error from exc

    def _reopen(self, stale: _Live) -> _Live:
        with self._lock:  # one thread reopens; the others take its result
            if self._live is stale:
                self.store.release(stale.version)
                self._live = self._open()
            return self._live
