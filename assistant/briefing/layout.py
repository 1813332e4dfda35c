"""What every format shows in the same order: sections, group tables, table columns.

Only the fields the register has (`Briefing.roles`): the UK records, with a name and a publishing
body only, get no empty "By status" table and no blank "Category" column. A register's typed
label and flag fields (`Briefing.typed_groups`) each get a short table after the role breakdowns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.briefing.content import TOP_BODIES
from assistant.briefing.model import Briefing

GROUP_SECTIONS = ("status", "category", "portfolio", "body")
INITIATIVE_COLUMNS = ("row_id", "name", "body", "portfolio", "category", "status", "benefits")
ALWAYS = ("row_id", "name")  # every register has them


def group_sections(b: Briefing) -> tuple[str, ...]:
    """The breakdown tables this briefing shows: one per field its register has."""
    return tuple(f for f in GROUP_SECTIONS if f in b.roles)


def initiative_columns(b: Briefing | None = None) -> tuple[str, ...]:
    """The initiatives table's columns: the fields its register has (all of them without `b`)."""
    if b is None:
        return INITIATIVE_COLUMNS
    return tuple(c for c in INITIATIVE_COLUMNS if c in ALWAYS or c in b.roles)


def column_widths(
    b: Briefing, widths: Sequence[float], total: float, digits: int = 1
) -> tuple[float, ...]:
    """The widths (one per INITIATIVE_COLUMNS) of the columns shown, scaled to fill `total`."""
    keys = initiative_columns(b)
    if keys == INITIATIVE_COLUMNS:
        return tuple(widths)
    kept = [w for key, w in zip(INITIATIVE_COLUMNS, widths, strict=True) if key in keys]
    scale = total / sum(kept)
    return tuple(round(w * scale, digits) for w in kept)


def typed_sections(b: Briefing) -> tuple[str, ...]:
    """The typed fields (label, flag) with a section of their own: those with counted rows."""
    return tuple(key for key, groups in b.typed_groups.items() if groups) if b.count else ()


def typed_heading(b: Briefing, key: str) -> str:
    """A typed field's section heading and column name: the field's name, capitalised."""
    return _capital(b.typed_names.get(key, key))


def typed_rows(b: Briefing, key: str) -> list[tuple[str, str, str, str]]:
    """(value, count, share, cited rows) of each group of a typed field's section."""
    return [(_capital(g["label"]), str(g["count"]), g["share"], b.cite(g["row_ids"])) for g in b.typed_groups[key]]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def shown_groups(b: Briefing, field: str) -> list[dict[str, Any]]:
    """The groups a breakdown table shows: all of them, but only the top bodies."""
    groups = b.groups[field]
    return groups[:TOP_BODIES] if field == "body" else groups


def group_heading(b: Briefing, field: str) -> str:
    if field == "body" and len(b.groups["body"]) > TOP_BODIES:
        return b.heading("top_bodies", n=TOP_BODIES)
    return b.heading(field)
