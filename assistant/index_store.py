"""What the index builder and readers share: names, errors, Chroma clients, the manifest file."""

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
