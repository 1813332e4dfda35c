"""The index on a Chroma server (`chroma run`), shared by every machine that points at it.

On the server:
    portrait_ia-v<stamp>-<id>   one collection per build; its metadata says `building` or `complete`
    portrait_ia-manifest        the pointer: an empty collection whose metadata names the live
                                version, the previous one, the embedder, the rows' fingerprint,
                                the row count and the source files

The pointer lives on the server (not in a local file) so that all machines agree on the live
version, and replacing a collection's metadata is one update there: the swap is atomic. Readers
never see a half-built collection. The previous version is kept (a reader may be in the middle of
a query on it); older complete versions are deleted, and so are half-built ones whose build is
gone: a version being built names its writer (host, pid) and carries a heartbeat in its metadata
(liveness.py), so one left by a killed build is removed at the next start or build. Two builds racing both finish; the last to swap wins and neither deletes the other's
collection while it is being written.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import chromadb
from chromadb.errors import NotFoundError

from assistant.vectors.chroma_http import ChromaServer, as_unreachable, client, talking
from assistant.vectors.embeddings import Embedder
from assistant.vectors.errors import IndexError_, ServerUnreachable
from assistant.vectors.liveness import Heartbeat, owner, record_abandoned
from assistant.vectors.rows import RowPlan, fingerprint, text_hash
from assistant.vectors.versions import (
    COLLECTION,
    COSINE,
    GET_BATCH,
    NewVersion,
    Version,
    new_version_name,
    record_fields,
)

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

POINTER = f"{COLLECTION}-manifest"
VERSION_PREFIX = f"{COLLECTION}-v"


def _beat(new: NewVersion) -> Any:
    """The heartbeat of a version being built: its metadata's `beat` set to now. Stops once the
    collection is gone (discarded, swept); a server that does not answer is tried at the next beat."""

    def beat() -> bool:
        try:
            new.collection.modify(metadata={**new.metadata, "beat": time.time()})
        except NotFoundError:
            return False
        except Exception:  # down or frozen for now: the build itself will say so
            return True
        return True

    return beat


def read_pointer(c: chromadb.ClientAPI) -> dict[str, Any] | None:
    try:
        metadata = c.get_collection(POINTER, embedding_function=None).metadata
    except NotFoundError:
        return None
    return dict(metadata) if metadata and metadata.get("live") else None


class ServerStore:
    """The index on the Chroma server `server`; nothing is written locally."""

    # A version deleted in the middle of a query (another build's clean-up) may answer no rows
    # instead of "not found": an empty answer is checked before it is believed.
    empty_may_mean_gone = True

    def __init__(self, server: ChromaServer) -> None:
        self.server = server
        self.label = f"Chroma server: {server}"
        self.where = f"on the Chroma server {server}"
        self._beats: dict[str, Heartbeat] = {}  # the versions this process is building

    def __repr__(self) -> str:
        return f"ServerStore({self.server!r})"

    def talking(self) -> AbstractContextManager[None]:
        return talking(self.server)

    def unreachable(self, error: BaseException) -> ServerUnreachable | None:
        return as_unreachable(error, self.server)

    def rebuild(self, force: bool = False) -> str:
        flag = " --force" if force else ""
        return f"`portrait-ia index{flag} --chroma-host {self.server.host} --chroma-port {self.server.port}`"

    def client(self) -> chromadb.ClientAPI:
        return client(self.server)

    def live(self) -> Version | None:
        pointer = read_pointer(self.client())
        if pointer is None:
            return None
        return Version(str(pointer["live"]), pointer, int(pointer.get("rows", -1)))

    def holds(self, version: Version, plan: RowPlan) -> bool:
        if version.record.get("fingerprint") != fingerprint(plan.hashes):
            return False
        try:  # the live collection must still be there, whole (a wiped server path, a lost version)
            return self.collection(version).count() == len(plan.ids)
        except NotFoundError:
            return False

    def live_texts(self, version: Version, plan: RowPlan) -> dict[str, str]:
        """Row id -> text hash of every row of the live version. Documents only, page by page: the
        pointer has no room for per-row hashes, and vectors are fetched only for rows that take one."""
        live = self.collection(version)
        texts: dict[str, str] = {}
        for offset in range(0, live.count(), GET_BATCH):
            got = live.get(include=["documents"], limit=GET_BATCH, offset=offset)
            texts.update(zip(got["ids"], map(text_hash, got["documents"]), strict=True))
        return texts

    def collection(self, version: Version) -> Any:
        return self.client().get_collection(version.name, embedding_function=None)

    def create(self, embedder: Embedder) -> NewVersion:
        name = new_version_name(VERSION_PREFIX)
        writer = owner()
        metadata = {**writer, "beat": writer["started"], "embedder": embedder.model_id, "state": "building"}
        collection = self.client().create_collection(
            name, embedding_function=None, configuration=COSINE, metadata=metadata
        )
        new = NewVersion(name, collection, metadata)
        self._beats[name] = Heartbeat(_beat(new))
        return new

    def complete(self, new: NewVersion, plan: RowPlan) -> None:
        """Marks `new` whole: from now on a later build may delete it once it is not kept."""
        self._stop_beat(new.name)  # before: a late beat would write "building" again
        done = {"state": "complete", "fingerprint": fingerprint(plan.hashes)}
        new.collection.modify(metadata={**new.metadata, **done})

    def discard(self, new: NewVersion, error: BaseException) -> None:
        self._stop_beat(new.name)
        # A server that is down or frozen would only make the clean-up wait too; its half-built
        # version (its writer gone) is removed by the next start or build.
        if as_unreachable(error, self.server) is not None:
            return
        try:
            self.client().delete_collection(new.name)
        except Exception:  # the server may be the reason we are here; the cause is raised
            pass

    def swap(self, new: NewVersion, plan: RowPlan, embedder: Embedder, register: Register) -> str:
        """Points the pointer at `new` (one metadata update); returns the version it replaced."""
        c = self.client()
        now = read_pointer(c)  # read again: another build may have swapped since we started
        previous = str(now["live"]) if now else ""
        metadata = {
            **record_fields(plan, embedder, register),
            "live": new.name,
            "previous": previous,
            "rows": len(plan.ids),
            "sources": ", ".join(plan.sources),
        }
        try:
            c.get_collection(POINTER, embedding_function=None).modify(metadata=metadata)
        except NotFoundError:
            c.get_or_create_collection(POINTER, embedding_function=None, metadata=metadata).modify(
                metadata=metadata
            )
        return previous

    def clean(self, keep: set[str]) -> None:
        """Deletes complete versions not kept, and versions abandoned half-built."""
        c = self.client()
        for collection in c.list_collections():
            name = collection.name
            if not name.startswith(VERSION_PREFIX) or name in keep:
                continue
            meta = collection.metadata or {}
            if meta.get("state") == "complete" or self._abandoned(name, meta):
                try:
                    c.delete_collection(name)
                except NotFoundError:  # another build removed it first
                    pass

    def sweep(self) -> list[str]:
        """At start: deletes versions left half-built by a build whose writer is gone (killed on
        this machine: at once; on another machine: once its heartbeat has been silent for
        `liveness.SILENT_SECONDS`); never one a live process is writing. Returns their names."""
        removed = []
        for collection in self.client().list_collections():
            meta = collection.metadata or {}
            if collection.name.startswith(VERSION_PREFIX) and self._abandoned(collection.name, meta):
                try:
                    self.client().delete_collection(collection.name)
                    removed.append(collection.name)
                except NotFoundError:
                    pass
        return removed

    def _abandoned(self, name: str, meta: dict[str, Any]) -> bool:
        return meta.get("state") == "building" and name not in self._beats and record_abandoned(meta)

    def _stop_beat(self, name: str) -> None:
        beat = self._beats.pop(name, None)
        if beat is not None:
            beat.stop()

    def open(self, version: Version) -> tuple[Any, Any, int]:
        """(client, collection, row count) of `version`, for reading."""
        try:
            collection = self.collection(version)
        except NotFoundError:
            raise IndexError_(
                f"the index {self.where} lost its collection {version.name}; rebuild it with"
                f" {self.rebuild(force=True)}"
            ) from None
        return self.client(), collection, collection.count()

    def gone(self, version: Version) -> bool:
        return False  # no cheap way to know: `vanished` asks the server after a failure

    def vanished(self, version: Version) -> bool:
        """Whether the server no longer holds `version`. A version deleted in the middle of a
        query may answer nothing, or an error that is not NotFound; a server that does not
        answer raises its clear error."""
        try:
            self.collection(version)
        except NotFoundError:
            return True
        except Exception as exc:
            error = self.unreachable(exc)
            if error is exc:
                raise
            if error is not None:
                raise error from exc
            return False  # cannot tell: the first answer stands
        return False

    def release(self, version: Version) -> None:
        """Nothing is cached per version: the client is shared."""
