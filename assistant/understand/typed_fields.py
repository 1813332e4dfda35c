"""What understanding does with a register's own fields beyond filters (those are entity
readings, entities.py; their years are dates.py): their names singular or plural, negated
flags, and official identifiers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.register.labels import normalise
from assistant.types import Plan
from assistant.understand.word_lists import fold_keep_hyphens, load


def flags_negated(plan: Plan, mentions: list[Any], question: str, mapping: Any) -> None:
    """A negated flag ("not involving PII", « sans renseignements personnels ») and a flag after
    "no" ("use cases with no PII") ask for every row that does not say yes, as every negated filter
    keeps blank cells: those that say no and those that leave it blank (the answer says how many
    are blank, `figures["not_given"]`). "No or blank" (« non ou vide ») says so outright."""
    flags_after_no(plan, mentions, question, mapping)
    if said := _NO_OR_BLANK.search(fold_keep_hyphens(question)):
        for key in [k for k, v in plan.filters.items() if v in (["no"], ["yes"]) and (t := mapping.typed(k) if mapping else None) and t.type == "flag"]:
            del plan.filters[key]
            plan.exclude[key] = ["yes"]  # « n'ont pas « Oui » …, donc non ou vide »: not yes
        words = set(said.group().split())
        plan.topic = " ".join(w for w in plan.topic.split() if fold_keep_hyphens(w).strip() not in words)
        plan.set_aside = [w for w in plan.set_aside if fold_keep_hyphens(w).strip() not in words]


def flags_after_no(plan: Plan, mentions: list[Any], question: str, mapping: Any) -> None:
    """"Use cases with no PII", "have no custom code": a flag after "no" is negated, like "not
    involving PII" (not groups with none: "agencies with no PII use cases" is a group condition)."""
    if plan.having:
        return
    for m in mentions:
        typed = mapping.typed(m.field) if mapping is not None else None
        if typed is not None and typed.type == "flag" and plan.filters.get(m.field) == ["yes"] and _NO_BEFORE.search(fold_keep_hyphens(question[: m.start])):
            del plan.filters[m.field]
            plan.exclude[m.field] = ["yes"]


# The words around a flag's name (mention_words.toml: data, per language): what groups rows just
# before it ("by", « par », "broken down by whether …", « selon qu'… »), the items just after it.
_AROUND = load(Path(__file__).with_name("mention_words.toml"))
_GROUPED_BY = _AROUND.pattern("grouped_by")
_ITEMS = _AROUND.pattern("item_after_flag")
_NO_BEFORE = _AROUND.pattern("no_before_flag")  # "with no PII", « sans » is a negation already
_NO_OR_BLANK = _AROUND.pattern("no_or_blank")


def flags_grouped(plan: Plan, mentions: list[Any], question: str, mapping: Any, item_words: tuple[re.Pattern, ...] = ()) -> None:
    """"Breakdown by PII", « répartition selon les renseignements personnels »: a flag named
    after "by" groups the rows (yes, no, not given) instead of keeping only its yes. Not in a
    ranking, nor before the register's items ("agencies by PII use cases": those use cases)."""
    if plan.intent == "rank":
        return
    for m in mentions:
        typed = mapping.typed(m.field) if mapping is not None else None
        before = fold_keep_hyphens(question[: m.start])
        if typed is None or typed.type != "flag" or not _GROUPED_BY.search(before) or re.search(r"\b(?:used|developed|built|made|operated|run|utilises|developpes|utilise|developpe)\s+(?:by|par)\s+(?:the\s+|les\s+|le\s+|la\s+)?$", before):
            continue  # "used by members of the public": who uses them, not a grouping
        after = normalise(question[m.end :]).replace("'", " ").lstrip()
        if _ITEMS.match(after) or any(w.match(after) for w in item_words):
            continue
        values = [v for v in plan.filters.get(m.field, []) if v != m.value]
        if values:
            plan.filters[m.field] = values
        else:
            plan.filters.pop(m.field, None)
        if plan.intent in ("count", "list", "search", "breakdown", "share"):
            plan.intent, plan.top_n = "breakdown", None
        plan.group_by = m.field
        return


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
