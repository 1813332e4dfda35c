"""What a briefing is: the content `build_briefing` (content.py) fills and every renderer and
the charts (charts.py) read, kept apart so that none of them imports another."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from assistant.briefing.text import long_date, ranges, typeset
from assistant.register.mapping import ROLES
from assistant.types import Plan


@dataclass
class KeyFigure:
    label: str
    value: str  # formatted in the briefing's language
    count: int
    row_ids: list[int]


@dataclass
class Chart:
    name: str  # "status" | "category"
    title: str
    alt: str  # the chart's figures in words (alt text)
    caption: str
    png: bytes


@dataclass
class Briefing:
    """A briefing note, in one language, ready to render (`render(briefing, "md"|"docx"|"html")`).

    Every figure comes from the executor; `row_ids` are the rows of the set, and every group and
    key figure carries the row ids it counts. Strings are typeset for the language (French: narrow
    no-break spaces). `text` holds the language's headings and column names for the renderers.
    """

    title: str
    subject: str
    date: dt.date
    language: str
    source: str
    count: int
    row_ids: list[int]
    scope: str  # what was understood, in words
    method: str  # how the set was chosen
    notes: list[str]  # readings taken (ambiguous names)
    summary: list[str]
    key_figures: list[KeyFigure]
    groups: dict[str, list[dict[str, Any]]]  # FIELD -> executor groups (+ "share"), most rows first
    rows: list[dict[str, Any]]  # the initiatives table, one dict per cited row
    sources: list[str]
    limits: list[str]
    charts: list[Chart] = field(default_factory=list)
    plan: Plan | None = None
    text: dict[str, Any] = field(default_factory=dict, repr=False)
    # Who wrote the summary: {"name": "extractive"|"llm:...", "fallback": None|reason}
    composer: dict[str, Any] = field(default_factory=lambda: {"name": "extractive", "fallback": None})
    byline: str = ""
    kicker: str = ""
    dataset_url: str = ""  # the register's official dataset page, cited in `sources` (linked)
    # The fields the register has (`groups` of the others are empty and not shown).
    roles: tuple[str, ...] = ROLES
    register_title: str = ""  # another register's title (its document metadata); "" for Québec's
    # Typed fields (label, flag) of the register: KEY -> executor groups (+ "share"), most rows
    # first, and KEY -> the field's name in the briefing's language (their sections' headings).
    typed_groups: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    typed_names: dict[str, str] = field(default_factory=dict)

    @property
    def date_text(self) -> str:
        return long_date(self.date, self.language)

    def heading(self, key: str, **values: Any) -> str:
        return typeset(self.text["headings"][key].format(**values), self.language)

    def column(self, key: str) -> str:
        return typeset(self.text["columns"][key], self.language)

    def cite(self, ids: list[int]) -> str:
        """The row ids as the briefing shows them: compact ranges ("12–14, 20")."""
        return ranges(ids)
