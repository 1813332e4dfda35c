"""What every format shows in the same order: sections, group tables, table columns."""

from __future__ import annotations

from typing import Any

from .content import TOP_BODIES, Briefing

GROUP_SECTIONS = ("status", "category", "portfolio", "body")
INITIATIVE_COLUMNS = ("row_id", "name", "body", "portfolio", "category", "status", "benefits")


def initiative_columns() -> tuple[str, ...]:
    return INITIATIVE_COLUMNS


def shown_groups(b: Briefing, field: str) -> list[dict[str, Any]]:
    """The groups a breakdown table shows: all of them, but only the top bodies."""
    groups = b.groups[field]
    return groups[:TOP_BODIES] if field == "body" else groups


def group_heading(b: Briefing, field: str) -> str:
    if field == "body" and len(b.groups["body"]) > TOP_BODIES:
        return b.heading("top_bodies", n=TOP_BODIES)
    return b.heading(field)
