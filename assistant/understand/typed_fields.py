"""What understanding does with a register's own fields beyond filters (those are entity
readings, entities.py; their years are dates.py): their names singular or plural, negated
flags, and official identifiers."""

from __future__ import annotations

import re
from typing import Any

from assistant.register.labels import normalise
from assistant.types import Plan


def flags_said_no(plan: Plan, mapping: Any) -> None:
    """"Not involving PII", « sans renseignements personnels »: a negated flag asks for the rows
    that say no, not for every row that does not say yes (blank cells say neither)."""
    for exclude, keep in ((plan.exclude, plan.filters), (plan.part_exclude, plan.part)):
        for key in list(exclude):
            typed = mapping.typed(key) if mapping is not None else None
            if typed is not None and typed.type == "flag" and exclude[key] == ["yes"]:
                del exclude[key]
                keep[key] = ["no"]


class Identifiers:
    """A register's official identifiers ("DOI-0015"), from its mapping's `id` fields: a
    question naming one points at that row, like a row number."""

    def __init__(self, register: Any) -> None:
        mapping, df = getattr(register, "mapping", None), register.df
        self._rows = {
            normalise(str(v)): int(r)
            for f in getattr(mapping, "fields", ()) if f.type == "id" and f.key in df.columns
            for r, v in zip(df["row_id"], df[f.key], strict=True) if str(v).strip()
        }  # fmt: skip

    def find(self, question: str) -> int | None:
        """The row whose identifier the question names, or None."""
        if not self._rows:
            return None
        for token in re.findall(r"\w[\w./-]*\w", question):
            if (row := self._rows.get(normalise(token))) is not None:
                return row
        return None


def plural_pattern(name: str) -> str:
    r""""agency" -> agenc(?:y|ies); "agence federale" -> agences?\sfederales?: a field's own name,
    singular or plural."""

    def word(w: str) -> str:
        if len(w) <= 3:  # de, of, the
            return re.escape(w)
        return re.escape(w[:-1]) + "(?:y|ies)" if w.endswith("y") else re.escape(w) + "[sx]?"

    return r"\s".join(word(w) for w in name.split())
