"""The selection controls Explore and Overview share: four dropdowns (body, portfolio, category,
status; labels in the UI language, values canonical as in a Plan's filters) and a topic box.

One builder for both tabs, so that a bar of Overview can hand Explore exactly its own selection
(`values` in, the same order out) and both tabs read a selection the same way (`selection.select`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import COLUMN, label
from assistant.register.labels import normalise
from assistant.register.mapping import load_mapping
from assistant.ui.tab_text import tab_text
from assistant.ui.text import field_labels, text

if TYPE_CHECKING:
    from assistant.api import Assistant

ALL = "*"  # the dropdowns' "no filter" value
FIELDS = ("body", "portfolio", "category", "status")
_ALL_KEY = {
    "body": "all_bodies",
    "portfolio": "all_portfolios",
    "category": "all_categories",
    "status": "all_statuses",
}
_ORDER = {lb.key: i for i, lb in enumerate((*load_mapping(None).categories, *load_mapping(None).statuses))}


def choices(df: pd.DataFrame, field: str, language: str) -> list[tuple[str, str]]:
    """(label in `language`, canonical value) for each value present, "all" first."""
    values = [v for v in df[COLUMN[field]].dropna().unique() if str(v).strip()]
    labelled = [(label(field, v, language, df), v) for v in values]
    if field in ("category", "status"):
        labelled.sort(key=lambda pair: _ORDER.get(pair[1], 99))
    else:
        labelled.sort(key=lambda pair: normalise(pair[0]))
    return [(text(language)[_ALL_KEY[field]], ALL), *labelled]


def selected_filters(body: str, portfolio: str, category: str, status: str) -> dict[str, list[str]]:
    """The dropdowns' values as a Plan's filters (the "all" choices are no filter)."""
    picked = zip(FIELDS, (body, portfolio, category, status), strict=True)
    return {field: [value] for field, value in picked if value and value != ALL}


class FilterBar:
    """The dropdowns and the topic box of one tab (elem ids "<prefix>-body" … "<prefix>-search")."""

    def __init__(self, assistant: Assistant, language: str, prefix: str) -> None:
        self.assistant = assistant
        df, t = assistant.register.df, tab_text(language)
        names = field_labels(assistant.register.mapping, language)
        with gr.Row():
            self.dropdowns = [
                gr.Dropdown(
                    choices=choices(df, field, language),
                    value=ALL,
                    label=names[field],
                    elem_id=f"{prefix}-{field}",
                    filterable=True,
                    min_width=200,
                )
                for field in FIELDS
            ]
        self.search = gr.Textbox(
            label=t["topic"],
            placeholder=t["topic_placeholder"],
            info=t["topic_info"],
            elem_id=f"{prefix}-search",
            scale=3,
        )

    @property
    def components(self) -> list[Any]:
        """The dropdowns then the topic box: the order `values` and `update` use."""
        return [*self.dropdowns, self.search]

    def relabel(self, language: str, df: pd.DataFrame) -> list[Any]:
        t, names = tab_text(language), field_labels(self.assistant.register.mapping, language)
        return [
            *[gr.Dropdown(choices=choices(df, f, language), label=names[f]) for f in FIELDS],
            gr.Textbox(label=t["topic"], placeholder=t["topic_placeholder"], info=t["topic_info"]),
        ]

    @staticmethod
    def kept(df: pd.DataFrame, values: list[str], language: str) -> tuple[list[str], list[Any]]:
        """Another file: each dropdown's value kept when that file has it (else "all"), and the
        dropdowns with that file's choices."""
        kept, updates = [], []
        for field, value in zip(FIELDS, values, strict=True):
            options = choices(df, field, language)
            value = value if value in {v for _, v in options} else ALL
            kept.append(value)
            updates.append(gr.Dropdown(choices=options, value=value))
        return kept, updates
