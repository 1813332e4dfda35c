"""The Overview tab: the register at a glance, each chart beside its data as a text table.

Total, by status, by category, by portfolio and the 10 bodies with the most initiatives. The
counts are pandas group sizes over the whole register (the executor's own `label()` names the
groups in the UI language). Every chart has its figures next to it as a Markdown table with a
one-sentence summary: the text alternative screen readers (and anyone) can read. With several
files loaded, a year selector (`files`) redraws everything from the chosen file's register.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import gradio as gr
import pandas as pd

from assistant.execute import COLUMN, label
from assistant.register.labels import normalise
from assistant.ui.files import FilePicker, register_of
from assistant.ui.text import cell, filter_names, text

if TYPE_CHECKING:
    from assistant.api import Assistant

TOP_BODIES = 10
AXIS_CHARS = 26  # axis labels are cut to this length; tooltips and tables keep the full label


@dataclass(frozen=True)
class Chart:
    key: str  # UI_TEXT key of the title, also the element id: "overview-<key>"
    field: str  # Plan field grouped on
    top: int | None = None


CHARTS = (
    Chart("by_status", "status"),
    Chart("by_category", "category"),
    Chart("by_portfolio", "portfolio"),
    Chart("top_bodies", "body", TOP_BODIES),
)


def counts(df: pd.DataFrame, field: str, language: str, top: int | None = None) -> pd.DataFrame:
    """label / short / count, most initiatives first (ties in alphabetical order)."""
    sizes = df[df[COLUMN[field]].astype(str).str.strip() != ""].groupby(COLUMN[field]).size()
    table = pd.DataFrame(
        {"label": [label(field, v, language, df) for v in sizes.index], "count": sizes.to_numpy()}
    )
    table["sort"] = table["label"].map(normalise)
    table = table.sort_values(["count", "sort"], ascending=[False, True]).drop(columns="sort")
    if top:
        table = table.head(top)
    table["short"] = [_short(s) for s in table["label"]]
    return table.reset_index(drop=True)[["label", "short", "count"]]


def _short(label_text: str) -> str:
    return (
        label_text if len(label_text) <= AXIS_CHARS else label_text[: AXIS_CHARS - 1].rstrip() + "…"
    )


def chart_markdown(table: pd.DataFrame, title: str, column: str, total: int, language: str) -> str:
    """The chart's data as a sentence and a table, in `language`."""
    t = text(language)
    lines = [f"**{t['chart_table'].format(title=title)}**", ""]
    if len(table):
        top = table.iloc[0]
        lines += [t["chart_summary"].format(top=cell(top["label"]), count=top["count"], total=total), ""]
    lines += [f"| {column} | {t['count_axis']} |", "|---|---:|"]
    lines += [f"| {cell(row.label)} | {row.count} |" for row in table.itertuples(index=False)]
    return "\n".join(lines)


class OverviewTab:
    """Builds the Overview tab (inside the current Blocks); `show` draws it for a file and a
    language (the year selector and the language switch both call it)."""

    def __init__(self, assistant: Assistant, language: str) -> None:
        self.assistant = assistant
        self.year = FilePicker(assistant, language, "overview-year")
        source = assistant.register.source
        self.total = gr.Markdown(self._total(source, language), elem_id="overview-total")
        self.plots: list[gr.BarPlot] = []
        self.tables: list[gr.Markdown] = []
        for chart in CHARTS:
            with gr.Row(equal_height=False):
                plot, table = self._chart(chart, source, language)
                self.plots.append(gr.BarPlot(**plot, elem_id=f"overview-{chart.key}", scale=2))
                self.tables.append(gr.Markdown(table, elem_id=f"overview-{chart.key}-table"))

    def _total(self, source: str | None, language: str) -> str:
        register = register_of(self.assistant, source)
        return text(language)["overview_total"].format(n=len(register), source=register.source)

    def _chart(self, chart: Chart, source: str | None, language: str) -> tuple[dict, str]:
        register = register_of(self.assistant, source)
        t, df = text(language), register.df
        table = counts(df, chart.field, language, chart.top)
        title = t[chart.key]
        column = filter_names(register.mapping, language)[chart.field]
        plot = {
            "value": table,
            "x": "short",
            "y": "count",
            "label": title,
            "x_title": " ",
            "y_title": t["count_axis"],
            "sort": list(table["short"]),
            "y_lim": [0, None],  # bars start at zero: lengths are proportional to counts
            "tooltip": ["label", "count"],
            # Vertical axis labels: slanted ones are clipped at the chart's left edge.
            "x_label_angle": -90 if len(table) > 4 else 0,
            "height": 420 if len(table) > 4 else 300,
        }
        return plot, chart_markdown(table, title, column, len(df), language)

    def show(self, source: str | None, language: str) -> list:
        """The total, the charts and their tables of the file `source`, in `language`."""
        plots, tables = [], []
        for chart in CHARTS:
            plot, table = self._chart(chart, source, language)
            plots.append(gr.BarPlot(**plot))
            tables.append(table)
        return [self._total(source, language), *plots, *tables]

    def wire(self, ui_language: gr.Radio) -> None:
        if self.year.shown:
            self.year.component.input(
                self.show,
                inputs=[self.year.component, ui_language],
                outputs=[self.total, *self.plots, *self.tables],
                api_visibility="private",
            )

    def relabel_inputs(self) -> list:
        return [self.year.component]

    def relabel_outputs(self) -> list:
        return [*self.year.relabel_outputs(), self.total, *self.plots, *self.tables]

    def relabel(self, language: str, source: str | None = None) -> list:
        return [*self.year.relabel(language), *self.show(source, language)]
