"""The Overview tab: a selection of the register at a glance, each chart beside its data as text.

The same selection controls as Explore (`filters.FilterBar`: body, portfolio, category, status,
the register's facets, topic), read by the same matcher (`selection.select`, the chat's). For the
rows selected: the total, by status, by category, by portfolio and the 10 bodies with the most
initiatives, then one chart per typed field a question can group on (label, flag, multi: one bar
per value; date: one bar per year, oldest first), titled with the field's name. The counts are
pandas group sizes (the executor's own `label()` names the groups in the UI language).
Each chart is a list of horizontal bars with full labels (`bars`); each bar opens Explore on
the same selection narrowed to its value. Every chart has a one-sentence summary and its figures
next to it as a data table. With several files loaded, a year selector (`files`)
redraws everything from the chosen file's register.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import label
from assistant.operations import column
from assistant.register.labels import normalise
from assistant.register.mapping import load_mapping
from assistant.ui.bars import BARS_CSS, BARS_JS, TABLE_CSS, chart_html, table_html
from assistant.ui.files import FilePicker, register_of
from assistant.ui.filters import ALL, FilterBar, capital, facet_fields, facet_name
from assistant.ui.selection import Selection, select, selection_note
from assistant.ui.tab_text import tab_text
from assistant.ui.text import filter_names

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.ui.explore import ExploreTab

# No `from __future__ import annotations`: gradio reads the bar handler's hint (`gr.EventData`).

TOP_BODIES = 10


@dataclass(frozen=True)
class Chart:
    key: str  # UI_TEXT key of the title, also the element id: "overview-<key>"
    field: str  # Plan field grouped on
    top: int | None = None
    typed: bool = False  # a typed field's chart: titled with the field's name, key "chart-<key>"


CHARTS = (
    Chart("by_status", "status"),
    Chart("by_category", "category"),
    Chart("by_portfolio", "portfolio"),
    Chart("top_bodies", "body", TOP_BODIES),
)


def typed_charts(mapping: Any, df: pd.DataFrame) -> tuple[Chart, ...]:
    """One chart per typed field of the register a question can group on (its facets)."""
    return tuple(Chart(f"chart-{f.key}", f.key, typed=True) for f in facet_fields(mapping) if f.key in df.columns)


def counts(df: pd.DataFrame, field: str, language: str, top: int | None = None, mapping: Any = None) -> pd.DataFrame:
    """label / value / count, most initiatives first (ties in alphabetical order); `value` is
    the canonical value a filter on that group uses. A typed field of `mapping`: a multi field's
    row counts once under each of its items (as the executor's breakdown counts it), a date
    field's years come oldest first."""
    spec = load_mapping(mapping).typed(field) if field not in ("body", "portfolio", "category", "status") else None
    cells = df[column(field)]
    if cells.dtype == object and len(cells) and isinstance(cells.iloc[0], tuple):  # a multi field
        cells = cells.explode()
    cells = cells.dropna()
    cells = cells[cells.astype(str).str.strip() != ""]
    sizes = cells.groupby(cells).size()
    table = pd.DataFrame(
        {
            "label": [_shown(label(field, v, language, df, mapping if spec else None), spec) for v in sizes.index],
            "value": list(sizes.index),
            "count": sizes.to_numpy(dtype=int),
        }
    )
    if spec is not None and spec.type == "date":
        table = table.sort_values("value")
    else:
        table["sort"] = table["label"].map(normalise)
        table = table.sort_values(["count", "sort"], ascending=[False, True]).drop(columns="sort")
    if top:
        table = table.head(top)
    return table.reset_index(drop=True)[["label", "value", "count"]]


def _shown(text: str, spec: Any) -> str:
    """A group's label as a bar shows it: a typed field's value capitalised ("Oui")."""
    return capital(text) if spec is not None else text


def summary(table: pd.DataFrame, total: int, language: str, quoted: bool = False, mapping: Any = None) -> str:
    """« X arrive en tête avec N initiatives sur T. » (plain text: callers escape it); `quoted`:
    X in quotes (a typed field's value: « oui », « 2024 »). A date chart (years in order) names
    its largest year."""
    if not len(table):
        return tab_text(language, mapping)["chart_empty"]
    top = table.loc[table["count"].idxmax()]
    shown = (f"« {top['label']} »" if language != "en" else f"“{top['label']}”") if quoted else top["label"]
    return tab_text(language, mapping)["chart_summary"].format(top=shown, count=top["count"], total=total)


def total_text(selection: Selection, register: Any, language: str) -> str:
    """The selection's size (the register's when nothing is selected), and how the topic was read."""
    n, whole = len(selection.rows), len(register)
    if not selection.filters and not selection.searched:
        total = tab_text(language, getattr(register, "mapping", None))["overview_total"].format(n=whole, source=register.source)
    else:
        one = n <= 1 if language != "en" else n == 1  # French: « 0 initiative »
        key = "selection_total_one" if one else "selection_total"
        total = tab_text(language, getattr(register, "mapping", None))[key].format(n=n, total=whole, source=register.source)
    note = selection_note(selection, language, getattr(register, "mapping", None))
    return total + (f"  \n{note}" if note else "")


class OverviewTab:
    """Builds the Overview tab (inside the current Blocks); `show` draws it for a file, a
    selection and a language (the year selector, the filters and the language switch call it).
    A selection's `values` are the dropdowns' (`self.filters.fields` order), then the topic box."""

    def __init__(self, assistant: "Assistant", language: str) -> None:
        self.assistant = assistant
        self.mapping = getattr(assistant.register, "mapping", None)
        self.year = FilePicker(assistant, language, "overview-year")
        self.filters = FilterBar(assistant, language, "overview")
        self.specs = (*CHARTS, *typed_charts(self.mapping, assistant.register.df))
        source = assistant.register.source
        total, charts, tables = self._draw(source, [ALL] * len(self.filters.fields), "", language)
        self.total = gr.Markdown(total, elem_id="overview-total")
        self.hint = gr.Markdown(tab_text(language, self.mapping)["bars_hint"], elem_id="overview-hint")
        self.charts: list[gr.HTML] = []
        self.tables: list[gr.HTML] = []
        for chart, html, table in zip(self.specs, charts, tables, strict=True):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=360):
                    self.charts.append(
                        gr.HTML(
                            html, elem_id=f"overview-{chart.key}", elem_classes=["bar-chart"],
                            css_template=BARS_CSS, js_on_load=BARS_JS, padding=False,
                        )  # fmt: skip
                    )
                with gr.Column(scale=2, min_width=300):
                    self.tables.append(
                        gr.HTML(table, elem_id=f"overview-{chart.key}-table", css_template=TABLE_CSS,
                                js_on_load=None, padding=False)  # fmt: skip
                    )

    def title(self, chart: Chart, language: str) -> tuple[str, str]:
        """(the chart's title, its data table's first column) in `language`."""
        if chart.typed:
            spec = load_mapping(self.mapping).typed(chart.field)
            name = facet_name(spec, language)
            return name, name
        names = filter_names(self.mapping, language)
        return tab_text(language, self.mapping)[chart.key], names[chart.field]

    def _draw(
        self, source: str | None, values: list[str], search: str, language: str
    ) -> tuple[str, list[str], list[str]]:
        register = register_of(self.assistant, source)
        selection = select(self.assistant, source, self.filters.filters(values), search, language)
        rows, mapping = selection.rows, getattr(register, "mapping", None)
        t, charts, tables = tab_text(language, mapping), [], []
        for chart in self.specs:
            table = counts(rows, chart.field, language, chart.top, self.mapping if chart.typed else None)
            title, column_name = self.title(chart, language)
            said = summary(table, len(rows), language, quoted=chart.typed, mapping=mapping)
            charts.append(chart_html(table, chart.field, title, said, language, mapping))
            caption = t["chart_data"].format(title=title)
            tables.append(table_html(table, caption, column_name, t["count_axis"]))
        return total_text(selection, register, language), charts, tables

    def show(self, source: str | None, *values: Any) -> list:
        """The total, the charts and their tables of the file `source` for the selection
        (`values`: the dropdowns, the topic box, the UI language)."""
        *filters, search, language = values
        total, charts, tables = self._draw(source, list(filters), search, language)
        return [total, *charts, *tables]

    def inputs(self, ui_language: gr.Radio) -> list:
        return [self.year.component, *self.filters.components, ui_language]

    def outputs(self) -> list:
        return [self.total, *self.charts, *self.tables]

    def other_year(self, source: str, *values: Any) -> list:
        """Another file: its own choices (a filter its file lacks is cleared) and charts."""
        *filters, search, language = values
        kept, dropdowns = self.filters.kept(register_of(self.assistant, source).df, filters, language)
        return [*dropdowns, *self.show(source, *kept, search, language)]

    def drill(self, explore: "ExploreTab", source: str | None, *values: Any, evt: gr.EventData) -> list:
        """A bar clicked: Explore on this tab's selection narrowed to the bar's value. A bar
        names a field and a value of this file; anything else (a forged event) changes nothing."""
        *filters, search, language = values
        data = evt._data if isinstance(getattr(evt, "_data", None), dict) else {}
        field, value = data.get("field"), data.get("value")
        df = register_of(self.assistant, source).df
        fields = self.filters.fields
        if field not in fields or value not in {v for _, v in self.filters.choices(df, field, language)[1:]}:
            return [gr.skip()] * len(explore.selection_outputs(None))
        picked = dict(zip(fields, filters, strict=True)) | {field: value}
        return explore.show_selection(source, [picked[f] for f in fields], search, language)

    def wire(self, ui_language: gr.Radio, explore: "ExploreTab | None" = None, tabs: gr.Tabs | None = None) -> None:
        inputs = self.inputs(ui_language)
        if self.year.shown:
            self.year.component.input(
                self.other_year, inputs=inputs, outputs=[*self.filters.dropdowns, *self.outputs()],
                api_visibility="private",
            )  # fmt: skip
        for dropdown in self.filters.dropdowns:
            dropdown.input(self.show, inputs=inputs, outputs=self.outputs(), api_visibility="private")
        self.filters.search.input(
            self.show, inputs=inputs, outputs=self.outputs(), api_visibility="private",
            trigger_mode="always_last",
        )  # fmt: skip
        if explore is None or tabs is None:
            return

        # gradio hands the event data to a positional parameter only: first, then the inputs
        # (their number depends on the register's facets).
        def drill(evt: gr.EventData, source: str, *selection: Any):
            return self.drill(explore, source, *selection, evt=evt)

        for chart in self.charts:
            chart.click(drill, inputs=inputs, outputs=explore.selection_outputs(tabs), api_visibility="private")

    def relabel_inputs(self) -> list:
        return [self.year.component, *self.filters.components]

    def relabel_outputs(self) -> list:
        return [*self.year.relabel_outputs(), *self.filters.relabel_outputs(), self.hint, *self.outputs()]

    def relabel(self, language: str, source: str | None = None, *values: Any) -> list:
        values = list(values) or [*[ALL] * len(self.filters.fields), ""]
        df = register_of(self.assistant, source).df
        return [
            *self.year.relabel(language),
            *self.filters.relabel(language, df),
            tab_text(language, self.mapping)["bars_hint"],
            *self.show(source, *values, language),
        ]
