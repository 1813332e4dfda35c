"""Evidence -> Answer, with the wording in the question's language.

The default composer is extractive and deterministic: it fills the templates in
`prompts/<lang>/*.toml` with the rows it is handed and never states a fact that is not in them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .answer import Answer, Citation
from .settings import PROMPTS_DIR


@dataclass
class Evidence:
    """What the executor found: the rows (register records, best first) and exact figures."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)
    source: str = ""


@cache
def templates(language: str, task: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    path = Path(prompts_dir) / language / f"{task}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _label(row: dict[str, Any], key: str, language: str) -> str:
    return str(row.get(f"{key}_en") or row[key]) if language == "en" else str(row[key])


class ExtractiveComposer:
    """Templates over evidence; offline, deterministic, no model."""

    name = "extractive"

    def compose(self, question: str, language: str, intent: str, evidence: Evidence) -> Answer:
        t = templates(language, "search")
        if not question.strip():
            return Answer(t["empty"], language, intent)
        if not evidence.rows:
            return Answer(t["nothing"].format(source=evidence.source), language, intent)
        n = len(evidence.rows)
        intro = t["intro_one"] if n == 1 else t["intro_many"]
        lines = [intro.format(source=evidence.source, n=n)]
        by_body: dict[str, list[int]] = {}
        for row in evidence.rows:
            lines.append(
                t["item"].format(
                    name=row["name"],
                    body=row["body"],
                    category=_label(row, "category", language),
                    status=_label(row, "status", language),
                    row_id=row["row_id"],
                )
            )
            by_body.setdefault(row["body"], []).append(row["row_id"])
        bodies = ", ".join(f"{body} [{', '.join(map(str, ids))}]" for body, ids in by_body.items())
        lines += ["", t["bodies"].format(bodies=bodies), t["method"]]
        citations = [
            Citation(int(r["row_id"]), r["source"], r["name"], r["body"]) for r in evidence.rows
        ]
        return Answer(
            "\n".join(lines),
            language,
            intent,
            citations=citations,
            figures=dict(evidence.figures),
            scores=dict(evidence.scores),
        )
