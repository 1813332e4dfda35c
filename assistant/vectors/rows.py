"""What the index holds for each register row: the embedded text, its metadata, content hashes,
and which old row can lend its vector to a new one."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

METADATA_FIELDS = (
    "name", "category", "category_en", "body", "portfolio", "portfolio_en", "benefits", "status",
    "status_en",
)  # fmt: skip


def document_text(row: pd.Series | dict[str, Any], extra: tuple[str, ...] = ()) -> str:
    """The text embedded for one initiative: what it is, what it brings, who runs it.

    Both languages' category labels are included so English questions meet French rows; `extra`
    columns (`searched_columns`: the other language of a bilingual register's texts, its text
    fields) follow, so a question in either language finds the row.
    """
    parts = [f"{row['name']}.", str(row.get("benefits") or "").strip()]
    parts.append(f"Catégorie : {row['category']} ({row['category_en']}).")
    parts.append(f"Organisme : {row['body']}.")
    if row.get("portfolio"):
        parts.append(f"Portefeuille : {row['portfolio']}.")
    parts += [str(row.get(c) or "").strip() for c in extra if str(row.get(c) or "").strip() not in parts]
    return " ".join(p for p in parts if p)


def searched_columns(register: Any) -> tuple[str, ...]:
    """The columns searched beyond the roles: each language of a bilingual name or benefits, and
    the mapping's text fields (assistant/register/fields.py)."""
    columns = register.df.columns
    mapping = getattr(register, "mapping", None)
    texts = [f.key for f in getattr(mapping, "fields", ()) if f.type == "text"]
    wanted = [f"{c}:{lang}" for c in ("name", "benefits", *texts) for lang in ("fr", "en")] + texts
    return tuple(c for c in dict.fromkeys(wanted) if c in columns)


def doc_id(source: str, row_id: int) -> str:
    return f"{source}#{row_id}"


def row_metadata(row: pd.Series | dict[str, Any], source: str) -> dict[str, Any]:
    meta: dict[str, Any] = {key: str(row[key]) for key in METADATA_FIELDS}
    meta["row_id"] = int(row["row_id"])
    meta["source"] = source
    return meta


def content_hash(text: str, meta: dict[str, Any]) -> str:
    """Changes when anything stored for the row changes (its text or a metadata field)."""
    payload = json.dumps([text, meta], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Changes only when the embedded text changes: rows with equal text hashes share a vector."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint(hashes: dict[str, str]) -> str:
    """One hash for all rows' content: equal fingerprints mean nothing to rebuild."""
    return hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class RowPlan:
    """Every row of a register as the index stores it, in register order."""

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


def plan_rows(register: Register) -> RowPlan:
    """Ids, texts and metadata of every row. A register may combine several files: each row's
    own `source` names its file (ids stay unique, citations point at the right file)."""
    plan = RowPlan([], [], [])
    extra = searched_columns(register)
    for row in register.df.to_dict("records"):  # not iterrows: 10x faster on 100k rows
        source = str(row.get("source") or register.source)
        text = document_text(row, extra)
        meta = row_metadata(row, source)
        did = doc_id(source, int(row["row_id"]))
        plan.ids.append(did)
        plan.texts.append(text)
        plan.metas.append(meta)
        plan.hashes[did] = content_hash(text, meta)
        plan.text_hashes[did] = text_hash(text)
    return plan


def vector_sources(new_texts: dict[str, str], old_texts: dict[str, str]) -> dict[str, str]:
    """Which old row lends its vector to each new row (both maps: row id -> text hash). Vectors
    follow their text: the same row when its text is unchanged, else any old row with that text
    (a row that moved, a text two files share). Rows left out are embedded."""
    by_text: dict[str, str] = {}  # text hash -> one old row holding that text
    for did, hashed in old_texts.items():
        by_text.setdefault(hashed, did)
    sources = {}
    for did, hashed in new_texts.items():
        if old_texts.get(did) == hashed:
            sources[did] = did
        elif (match := by_text.get(hashed)) is not None:
            sources[did] = match
    return sources
