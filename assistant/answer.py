"""The typed answer every surface shares (CLI JSON, Python API, UI, evaluation).

`to_dict()` is the `ask --json` contract (GUIDE §4): keep its keys stable. `data` names the
file(s) the answer was drawn from and their sha256, so a reader can tell which version of the
register answered (filled in by `Assistant.ask`/`stream`, see `data_files`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One register row an answer rests on; `source` is the data file it points into."""

    row_id: int
    source: str
    name: str
    body: str

    def to_dict(self) -> dict[str, Any]:
        return {"row_id": self.row_id, "source": self.source, "name": self.name, "body": self.body}


class Citations(Sequence):
    """An answer's citations as four columns; a `Citation` is made when one is read.

    A count over a million rows cites half of them: one frozen object per row cost about a
    second, and the JSON, the `data` block and the UI table only need the columns. Reads like
    the list of `Citation` it stands for (and equals one with the same items)."""

    def __init__(self, row_ids: list[int], sources: list[str], names: list[Any], bodies: list[Any]) -> None:
        self._columns = (row_ids, sources, names, bodies)

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, item: int | slice) -> Any:
        if isinstance(item, slice):
            return Citations(*(column[item] for column in self._columns))
        return Citation(*(column[item] for column in self._columns))

    def __iter__(self) -> Iterator[Citation]:
        return map(Citation, *self._columns)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Citations):
            return self._columns == other._columns
        return isinstance(other, Sequence) and not isinstance(other, str) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Citations({len(self)} rows)"

    @property
    def row_ids(self) -> list[int]:
        return list(self._columns[0])

    @property
    def columns(self) -> dict[str, list[Any]]:
        """`row_id`, `source`, `name`, `body` -> their values, in citation order."""
        return dict(zip(("row_id", "source", "name", "body"), self._columns, strict=True))

    def to_dicts(self) -> list[dict[str, Any]]:
        return [{"row_id": i, "source": s, "name": n, "body": b} for i, s, n, b in zip(*self._columns, strict=True)]


def citation_columns(citations: Sequence[Citation]) -> dict[str, list[Any]]:
    """The citations' four fields as columns, without a `Citation` each when they are `Citations`."""
    if isinstance(citations, Citations):
        return citations.columns
    return {key: [getattr(c, key) for c in citations] for key in ("row_id", "source", "name", "body")}


@dataclass
class Answer:
    answer: str
    language: str
    intent: str
    citations: Sequence[Citation] = field(default_factory=list)  # a list, or `Citations` (columns)
    figures: dict[str, Any] = field(default_factory=dict)
    # Not part of the JSON contract: retrieval scores per row id, and the Plan (what was
    # understood), for the UI and evaluation.
    scores: dict[int, float] = field(default_factory=dict, compare=False)
    plan: Any = field(default=None, compare=False)
    # Part of the JSON contract, last so positional construction is unchanged:
    # {"files": [{"source", "sha256", "rows", "year"}]}, which data answered (`data_files`).
    data: dict[str, Any] = field(default_factory=lambda: {"files": []}, compare=False)

    def to_dict(self) -> dict[str, Any]:
        cited = self.citations
        return {
            "answer": self.answer,
            "language": self.language,
            "intent": self.intent,
            "citations": cited.to_dicts() if isinstance(cited, Citations) else [c.to_dict() for c in cited],
            "figures": self.figures,
            "data": self.data,
            **self.extra_fields(),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def extra_fields(self) -> dict[str, Any]:
        """Keys a kind of answer adds after the contract's (an LLM answer: its composer)."""
        return {}

    @property
    def row_ids(self) -> list[int]:
        return list(citation_columns(self.citations)["row_id"])


def data_files(registers: Any, answer: Answer) -> dict[str, Any]:
    """The `data` block: the loaded files the answer cites, or every loaded file when it cites
    none (a count of zero or an out-of-scope reply was still checked against all of them)."""
    registers = list(registers)
    cited = set(citation_columns(answer.citations)["source"])
    used = [r for r in registers if r.source in cited] or registers
    return {
        "files": [
            {"source": r.source, "sha256": r.sha256, "rows": len(r), "year": getattr(r, "year", None)}
            for r in used
        ]
    }
