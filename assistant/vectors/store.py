"""What the index builder and readers share: names, errors, Chroma clients, the manifest file,
and how a build (embedded or on a server) finds the vectors it can reuse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings

SCHEMA_VERSION = 1
COLLECTION = "portrait_ia"
MANIFEST = "manifest.json"
BUILDING = ".building"  # marker file beside a store being written: no other build removes it
STALE_BUILD_SECONDS = 3600  # a marker this old belongs to a build that crashed
COSINE = {"hnsw": {"space": "cosine"}}
GET_BATCH = 1000  # ids per Chroma get (it refuses ~32k in one call)


class IndexError_(RuntimeError):
    """The index is missing, stale or damaged; the message says how to rebuild it."""


class ServerUnreachable(IndexError_):
    """The Chroma server does not answer; the message names host:port and how to start it."""


class ServerTimeout(ServerUnreachable):
    """The Chroma server took a connection but gave no answer in time (frozen, overloaded): the
    message names host:port, the seconds waited and --chroma-timeout."""


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
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def vector_sources(new_texts: dict[str, str], old_texts: dict[str, str]) -> dict[str, str]:
    """Which old row lends its vector to each new row (both maps: row id -> text hash). Vectors
    follow their text: the same row when its text is unchanged, else any old row with that text
    (a row that moved, a text two files share). Rows left out are embedded."""
    by_text: dict[str, str] = {}  # text hash -> one old row holding that text
    for did, text_hash in old_texts.items():
        by_text.setdefault(text_hash, did)
    sources = {}
    for did, text_hash in new_texts.items():
        if old_texts.get(did) == text_hash:
            sources[did] = did
        elif (match := by_text.get(text_hash)) is not None:
            sources[did] = match
    return sources


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
