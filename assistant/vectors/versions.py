"""What both stores share: the layout constants, a version of the index as its record describes
it, the name a new version gets, and the record fields every swap writes."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.vectors.embeddings import Embedder
from assistant.vectors.rows import RowPlan, fingerprint

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

SCHEMA_VERSION = 1
COLLECTION = "portrait_ia"
COSINE = {"hnsw": {"space": "cosine"}}
GET_BATCH = 1000  # ids per Chroma get (it refuses ~32k in one call)
STALE_BUILD_SECONDS = 3600  # a version this long in the making belongs to a build that crashed


@dataclass(frozen=True)
class Version:
    """One version of the index as its record describes it (embedded: manifest.json; server: the
    pointer collection's metadata)."""

    name: str  # the store-<id> folder, or the collection on the server
    record: dict[str, Any]
    size: int  # rows, as the record counts them

    @property
    def embedder(self) -> Any:
        return self.record.get("embedder")

    @property
    def schema_version(self) -> Any:
        return self.record.get("schema_version")


@dataclass(frozen=True)
class NewVersion:
    """A version a build is writing: readers cannot see it until the store swaps it in."""

    name: str
    collection: Any
    metadata: dict[str, Any] = field(default_factory=dict)  # what the store marked it with


def new_version_name(prefix: str) -> str:
    """Unique and sortable by time: two builds racing never write the same version."""
    return f"{prefix}{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"


def record_fields(plan: RowPlan, embedder: Embedder, register: Register) -> dict[str, Any]:
    """What every store's record says about the version it points at."""
    return {
        "schema_version": SCHEMA_VERSION,
        "embedder": embedder.model_id,
        "fingerprint": fingerprint(plan.hashes),
        "source": register.source,
        "data_sha256": register.sha256,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
