"""The typed answer every surface shares (CLI JSON, Python API, UI, evaluation).

`to_dict()` is the `ask --json` contract (GUIDE §4): keep its keys stable. `data` names the
file(s) the answer was drawn from and their sha256, so a reader can tell which version of the
register answered (filled in by `Assistant.ask`/`stream`, see `data_files`).
"""

from __future__ import annotations

import json
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


@dataclass
class Answer:
    answer: str
    language: str
    intent: str
    citations: list[Citation] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    # Not part of the JSON contract: retrieval scores per row id, and the Plan (what was
    # understood), for the UI and evaluation.
    scores: dict[int, float] = field(default_factory=dict, compare=False)
    plan: Any = field(default=None, compare=False)
    # Part of the JSON contract, last so positional construction is unchanged:
    # {"files": [{"source", "sha256", "rows", "year"}]}, which data answered (`data_files`).
    data: dict[str, Any] = field(default_factory=lambda: {"files": []}, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "language": self.language,
            "intent": self.intent,
            "citations": [c.to_dict() for c in self.citations],
            "figures": self.figures,
            "data": self.data,
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @property
    def row_ids(self) -> list[int]:
        return [c.row_id for c in self.citations]


def data_files(registers: Any, answer: Answer) -> dict[str, Any]:
    """The `data` block: the loaded files the answer cites, or every loaded file when it cites
    none (a count of zero or an out-of-scope reply was still checked against all of them)."""
    registers = list(registers)
    cited = {c.source for c in answer.citations}
    used = [r for r in registers if r.source in cited] or registers
    return {
        "files": [
            {"source": r.source, "sha256": r.sha256, "rows": len(r), "year": getattr(r, "year", None)}
            for r in used
        ]
    }
