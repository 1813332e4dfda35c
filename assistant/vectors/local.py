"""The index embedded in a folder: one Chroma PersistentClient folder per version, and a manifest.

    manifest.json     which store is live (and the previous one), the embedding model, and one
                      content hash and one text hash per row
    store-<id>/       a Chroma PersistentClient folder (one per build)
    store-<id>.building   beside a store being written (its host, pid and heartbeat): no other
                          build removes it while its writer lives; once the writer is gone (a
                          killed build), the next start removes both (`sweep`)

Replacing `manifest.json` (an atomic rename) is the swap. The previous store is kept until the
next build, so a process still reading it (a running `serve`) is not cut off.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from assistant.vectors.embeddings import Embedder
from assistant.vectors.errors import IndexError_
from assistant.vectors.liveness import Heartbeat, abandoned, write_marker
from assistant.vectors.rows import RowPlan
from assistant.vectors.versions import (
    COLLECTION,
    COSINE,
    NewVersion,
    Version,
    new_version_name,
    record_fields,
)

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

MANIFEST = "manifest.json"
BUILDING = ".building"  # suffix of the marker file beside a store being written
STORE_PREFIX = "store-"


def chroma_client(path: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    )


def forget(path: Path) -> None:
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
    """The manifest, or None when there is none or it cannot be read (the index is rebuilt)."""
    path = Path(index_dir) / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


class LocalStore:
    """The index in the folder `index_dir` (created by the first build)."""

    empty_may_mean_gone = False  # an empty answer is an answer: a lost folder shows on disk

    def __init__(self, index_dir: str | os.PathLike) -> None:
        self.index_dir = Path(index_dir)
        self.label = f"Folder: {os.fspath(index_dir)}"
        self.where = f"in {self.index_dir}"
        self._beats: dict[str, Heartbeat] = {}  # the builds this process is writing

    def __repr__(self) -> str:
        return f"LocalStore({os.fspath(self.index_dir)!r})"

    def talking(self) -> AbstractContextManager[None]:
        return nullcontext()

    def unreachable(self, error: BaseException) -> None:
        return None  # a folder is always there to be read

    def rebuild(self, force: bool = False) -> str:
        return "`portrait-ia index --force`" if force else "`portrait-ia index`"

    def live(self) -> Version | None:
        manifest = read_manifest(self.index_dir)
        if manifest is None:
            return None
        return Version(str(manifest.get("store", "-")), manifest, len(manifest.get("rows", {})))

    def holds(self, version: Version, plan: RowPlan) -> bool:
        return version.record.get("rows") == plan.hashes and self._path(version.name).is_dir()

    def live_texts(self, version: Version, plan: RowPlan) -> dict[str, str]:
        texts = version.record.get("texts")
        if isinstance(texts, dict):
            return texts
        # A manifest from before text hashes: a row's text is known only where its content is
        # unchanged; "" (no text hashes to it) for the others.
        rows = version.record.get("rows", {})
        return {
            did: plan.text_hashes[did] if plan.hashes.get(did) == h else ""
            for did, h in rows.items()
        }

    def collection(self, version: Version) -> Any:
        path = self._path(version.name)
        if not (path / "chroma.sqlite3").exists():
            forget(path)  # a lost store: its cached client must not outlive it
            raise IndexError_(f"the index {self.where} lost its store {version.name}")
        return chroma_client(path).get_collection(COLLECTION)

    def create(self, embedder: Embedder) -> NewVersion:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        name = new_version_name(STORE_PREFIX)
        write_marker(self._marker(name))
        self._beats[name] = Heartbeat(self._marker(name))
        try:
            collection = chroma_client(self._path(name)).create_collection(
                COLLECTION, embedding_function=None, configuration=COSINE
            )
        except BaseException:
            self._remove(name)
            raise
        return NewVersion(name, collection)

    def complete(self, new: NewVersion, plan: RowPlan) -> None:
        """Nothing to mark: a store is complete once the manifest names it."""

    def discard(self, new: NewVersion, error: BaseException) -> None:
        self._remove(new.name)

    def swap(self, new: NewVersion, plan: RowPlan, embedder: Embedder, register: Register) -> str:
        """Points the manifest at `new` (an atomic rename); returns the store it replaced."""
        now = read_manifest(self.index_dir)  # read again: another build may have swapped since
        previous = str(now.get("store", "")) if now else ""
        if previous == new.name or not self._path(previous).is_dir():
            previous = ""
        manifest = {
            **record_fields(plan, embedder, register),
            "store": new.name,
            "previous": previous,  # kept until the next build: a reader may still be on it
            "collection": COLLECTION,
            "sources": plan.sources,
            "rows": plan.hashes,
            "texts": plan.text_hashes,
        }
        tmp = self.index_dir / f"{MANIFEST}.{uuid.uuid4().hex[:6]}.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.index_dir / MANIFEST)  # the swap: readers now open the new store
        self._stop_beat(new.name)
        self._marker(new.name).unlink(missing_ok=True)
        return previous

    def clean(self, keep: set[str]) -> None:
        """Removes stores older than the previous one, but never one another build is writing."""
        for path in self.index_dir.glob(f"{STORE_PREFIX}*"):
            if path.name in keep or not path.is_dir() or self._building(path.name):
                continue
            self._remove(path.name)

    def sweep(self) -> list[str]:
        """At start: removes the stores of builds whose writer is gone (killed, crashed), and
        their markers; never the live or previous store, nor a build a live process is writing.
        Returns the names removed."""
        if not self.index_dir.is_dir():
            return []
        manifest = read_manifest(self.index_dir) or {}
        keep = {str(manifest.get("store", "")), str(manifest.get("previous", ""))}
        removed = []
        for marker in self.index_dir.glob(f"{STORE_PREFIX}*{BUILDING}"):
            name = marker.name[: -len(BUILDING)]
            if name in self._beats or not abandoned(marker):
                continue
            if name in keep:  # killed between the swap and the marker's removal: it is live
                marker.unlink(missing_ok=True)
                continue
            self._remove(name)
            removed.append(name)
        return removed

    def open(self, version: Version) -> tuple[Any, Any, int]:
        """(client, collection, row count) of `version`, for reading."""
        path = self._path(version.name)
        if not (path / "chroma.sqlite3").exists():
            forget(path)
            raise IndexError_(
                f"the index {self.where} lost its store {version.name}; rebuild it with"
                f" {self.rebuild(force=True)}"
            )
        try:
            client = chroma_client(path)
            collection = client.get_collection(COLLECTION)
            return client, collection, collection.count()
        except Exception as exc:
            forget(path)
            raise IndexError_(
                f"the index {self.where} is damaged ({exc}); rebuild it with {self.rebuild(force=True)}"
            ) from exc

    def gone(self, version: Version) -> bool:
        """A stat: whether a build removed `version`'s folder."""
        return not self._path(version.name).is_dir()

    def vanished(self, version: Version) -> bool:
        """After a failed read: the folder is gone, or the manifest has moved on from it."""
        manifest = read_manifest(self.index_dir) or {}
        return self.gone(version) or manifest.get("store") != version.name

    def release(self, version: Version) -> None:
        if self.gone(version):
            forget(self._path(version.name))

    def _path(self, name: str) -> Path:
        return self.index_dir / (name or "-")

    def _marker(self, name: str) -> Path:
        return self.index_dir / f"{name}{BUILDING}"

    def _building(self, name: str) -> bool:
        marker = self._marker(name)
        return name in self._beats or (marker.exists() and not abandoned(marker))

    def _stop_beat(self, name: str) -> None:
        beat = self._beats.pop(name, None)
        if beat is not None:
            beat.stop()

    def _remove(self, name: str) -> None:
        self._stop_beat(name)
        path = self._path(name)
        forget(path)
        shutil.rmtree(path, ignore_errors=True)
        self._marker(name).unlink(missing_ok=True)
