"""The selection controls Explore and Overview share: four dropdowns (body, portfolio, category,
status; labels in the UI language, values canonical as in a Plan's filters), one facet per typed
field a question can filter on (label, flag, date by year, multi: its name in the UI language, its
values with their counts), and a topic box.

One builder for both tabs, so that a bar of Overview can hand Explore exactly its own selection
(`values` in, the same order out) and both tabs read a selection the same way (`selection.select`:
the executor's own `operations.mask`, so a facet selects exactly the rows the chat counts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import COLUMN, label
from assistant.operations import column
from assistant.register.fields import Field
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
# The words of the typed-field facets (the roles' are in `text` and `tab_text`).
FACET_TEXT = {
    "fr": {
        "all": "Toutes les valeurs",
        "more": "Autres champs du registre ({n})",
        "year": "{name} (année)",
        "q_field": " dont « {name} » est « {value} »",
    },
    "en": {
        "all": "Any value",
        "more": "Other fields of the register ({n})",
        "year": "{name} (year)",
        "q_field": ' where "{name}" is "{value}"',
    },
}


def facet_text(language: str) -> dict[str, str]:
    return FACET_TEXT["en" if language == "en" else "fr"]


def facet_fields(mapping: Any) -> tuple[Field, ...]:
    """The typed fields a selection filters on (label, flag, date, multi), in the mapping's
    order; text, id, number and private fields are no facet."""
    return tuple(f for f in load_mapping(mapping).fields if f.filterable)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def facet_name(spec: Field, language: str) -> str:
    """A facet's label: the field's name in `language`, capitalised; a date field says its
    values are years."""
    name = capital(spec.name(language))
    return facet_text(language)["year"].format(name=name) if spec.type == "date" else name


def facet_counts(df: pd.DataFrame, spec: Field) -> list[tuple[str, int]]:
    """(value, rows) for each value of the typed field in `df`, blanks left out, in the field's
    order: flags yes then no, years ascending, declared labels in their order, the others by
    rows. Each count is the number of rows the executor's selection of that value
    (`operations.isin`) holds: a multi cell names an item once, so its items' counts are rows."""
    if spec.key not in df.columns:
        return []
    cells = df[column(spec.key)]
    if spec.type == "multi":
        cells = cells.explode()
    cells = cells.dropna()
    sizes = cells[cells.astype(str).str.strip() != ""].value_counts(sort=False)
    counted = [(str(v), int(n)) for v, n in sizes.items()]
    if spec.type == "flag":
        rank = {"yes": 0, "no": 1}
        return sorted(counted, key=lambda vc: (rank.get(vc[0], 2), vc[0]))
    if spec.type == "date":
        return sorted(counted)
    declared = {lb.key: i for i, lb in enumerate(spec.values)}
    return sorted(counted, key=lambda vc: (declared.get(vc[0], len(declared)), -vc[1], normalise(vc[0])))


def choices(df: pd.DataFrame, field: str, language: str, mapping: Any = None) -> list[tuple[str, str]]:
    """(label in `language`, canonical value) for each value present, "all" first. A typed
    field's labels carry their row counts in `df` ("Oui (12)")."""
    if field not in COLUMN:
        spec = load_mapping(mapping).typed(field)
        if spec is None:
            return [(facet_text(language)["all"], ALL)]
        counted = facet_counts(df, spec)
        return [
            (facet_text(language)["all"], ALL),
            *[(f"{capital(spec.value_label(v, language))} ({n})", v) for v, n in counted],
        ]
    values = [v for v in df[COLUMN[field]].dropna().unique() if str(v).strip()]
    labelled = [(label(field, v, language, df), v) for v in values]
    if field in ("category", "status"):
        labelled.sort(key=lambda pair: _ORDER.get(pair[1], 99))
    else:
        labelled.sort(key=lambda pair: normalise(pair[0]))
    return [(text(language)[_ALL_KEY[field]], ALL), *labelled]


def selected_filters(*values: str, fields: tuple[str, ...] = FIELDS) -> dict[str, list[str]]:
    """The dropdowns' values (one per field of `fields`: the four roles, then the facets) as a
    Plan's filters (the "all" choices are no filter)."""
    picked = zip(fields, values, strict=True)
    return {field: [value] for field, value in picked if value and value != ALL}


class FilterBar:
    """The dropdowns, the facets and the topic box of one tab (elem ids "<prefix>-body" …
    "<prefix>-status", "<prefix>-field-<key>" for a typed field, "<prefix>-search")."""

    def __init__(self, assistant: Assistant, language: str, prefix: str) -> None:
        self.assistant = assistant
        register = assistant.register
        self.mapping = getattr(register, "mapping", None)
        df, t = register.df, tab_text(language, self.mapping)
        names = field_labels(self.mapping, language)
        self.facets = tuple(f for f in facet_fields(self.mapping) if f.key in df.columns)
        self.fields: tuple[str, ...] = (*FIELDS, *(f.key for f in self.facets))
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
        self.more: gr.Accordion | None = None
        if self.facets:
            # Many registers declare a dozen fields: folded away once there are more than four.
            more = facet_text(language)["more"].format(n=len(self.facets))
            with gr.Accordion(more, open=len(self.facets) <= 4, elem_id=f"{prefix}-more") as self.more:
                with gr.Row():
                    self.dropdowns += [
                        gr.Dropdown(
                            choices=choices(df, spec.key, language, self.mapping),
                            value=ALL,
                            label=facet_name(spec, language),
                            elem_id=f"{prefix}-field-{spec.key}",
                            filterable=True,
                            min_width=200,
                        )
                        for spec in self.facets
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
        """The dropdowns (roles, then facets) then the topic box: the order `values` and
        `update` use."""
        return [*self.dropdowns, self.search]

    def filters(self, values: list[str]) -> dict[str, list[str]]:
        """The dropdowns' values (in `fields` order) as a Plan's filters."""
        return selected_filters(*values, fields=self.fields)

    def choices(self, df: pd.DataFrame, field: str, language: str) -> list[tuple[str, str]]:
        return choices(df, field, language, self.mapping)

    def relabel_outputs(self) -> list[Any]:
        """What `relabel` updates: the components, then the facets' fold."""
        return [*self.components, *([self.more] if self.more is not None else [])]

    def relabel(self, language: str, df: pd.DataFrame) -> list[Any]:
        t, names = tab_text(language, self.mapping), field_labels(self.mapping, language)
        return [
            *[gr.Dropdown(choices=self.choices(df, f, language), label=names[f]) for f in FIELDS],
            *[gr.Dropdown(choices=self.choices(df, s.key, language), label=facet_name(s, language)) for s in self.facets],
            gr.Textbox(label=t["topic"], placeholder=t["topic_placeholder"], info=t["topic_info"]),
            *([gr.Accordion(label=facet_text(language)["more"].format(n=len(self.facets)))] if self.more else []),
        ]  # fmt: skip

    def kept(self, df: pd.DataFrame, values: list[str], language: str) -> tuple[list[str], list[Any]]:
        """Another file: each dropdown's value kept when that file has it (else "all"), and the
        dropdowns with that file's choices."""
        kept, updates = [], []
        for field, value in zip(self.fields, values, strict=True):
            options = self.choices(df, field, language)
            value = value if value in {v for _, v in options} else ALL
            kept.append(value)
            updates.append(gr.Dropdown(choices=options, value=value))
        return kept, updates
