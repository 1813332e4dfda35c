"""The Explore tab: the whole register as a filterable table, and "ask about this selection".

Four dropdowns (body, portfolio, category, status), one facet per typed field of the register
(label, flag, date by year, multi; `filters.FilterBar`) and a topic box. The rows shown are found by the chat's own matcher (`selection.select`): the typed words are read as
the chat reads a question's topic and matched by the same hybrid search with the same gates, so
"fraude" finds "frauduleuses" and the count shown is the chat's figure for the same selection.
The count says which words were searched and which the register does not use. "Ask about this
selection" switches to the Chat tab and asks, in the UI language, for the list of the selected
initiatives: its Plan holds the same filters and topic, so the chat lists exactly the rows
shown. With several files loaded, a year selector (`files`) picks the file the table, its row
ids, the record panel and "ask about this selection" come from. Overview's bars open this tab
on a selection (`show_selection`). The table shows the typed fields' columns too (a text field cut
to one line, as briefings cut benefits; private fields are never loaded, so never shown).

No `from __future__ import annotations`: gradio reads handlers' hints (`gr.SelectData`).
"""

import textwrap
from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import label
from assistant.inert import strip_controls
from assistant.register.fields import Field
from assistant.register.mapping import load_mapping
from assistant.service_log import registers_of
from assistant.ui.chat import ChatTab
from assistant.ui.files import FilePicker, register_of, row_key
from assistant.ui.filters import ALL, FIELDS, FilterBar, choices, facet_text, selected_filters
from assistant.ui.selection import Selection, chat_plan, select, selection_note
from assistant.ui.tab_text import count_text, explore_columns, tab_text
from assistant.ui.text import record_markdown, text

if TYPE_CHECKING:
    from assistant.api import Assistant

__all__ = [
    "ALL", "FIELDS", "ExploreTab", "choices", "register_table", "selected_filters",
    "selection_note", "selection_question",
]  # fmt: skip


def record(assistant: "Assistant", row_id: Any, language: str) -> str:
    """A row's record for this tab's panel: its title a level-2 heading, under the page's h1
    (the shared `record_markdown` starts at level 3, which skips a level here: axe heading-order)."""
    shown = record_markdown(assistant, row_id, language)
    return "## " + shown[4:] if shown.startswith("### ") else shown


TEXT_WIDTH = 140  # a text field's cell, cut at a word as briefings cut benefits
ROLE_WIDTHS = ["6%", "30%", "20%", "16%", "16%", "12%"]
ROLE_PIXELS = ["70px", "260px", "180px", "150px", "150px", "120px"]  # with typed columns: scrolls


def register_table(rows: pd.DataFrame, language: str, mapping: Any = None) -> pd.DataFrame:
    """The Explore table: row id, name, body, portfolio, category, status, in `language`, then
    the register's typed fields (its `mapping`'s, private ones never) named in `language`; no
    control character in a cell."""
    en = language == "en"
    columns = ["row_id", "name", "body"] + (
        ["portfolio_en", "category_en", "status_en"] if en else ["portfolio", "category", "status"]
    )
    table = rows[columns].copy()
    table.columns = explore_columns(language, mapping)
    for spec in shown_fields(rows, mapping):
        header = spec.name(language)
        header = header[:1].upper() + header[1:]
        while header in table.columns:  # a name a role column already has
            header += f" ({spec.key})"
        table[header] = typed_cells(rows, spec, language).to_numpy()
    # Cells are shown as text (datatype "str"); a terminal sequence planted in one is dropped
    # too, as the chat's views drop it (`inert`).
    for name in table.columns[1:]:
        if table[name].dtype == object or pd.api.types.is_string_dtype(table[name]):
            table[name] = table[name].map(lambda v: strip_controls(v) if isinstance(v, str) else v)
    return table.reset_index(drop=True)


def shown_fields(rows: pd.DataFrame, mapping: Any) -> list[Field]:
    """The typed fields the table shows: every loaded one (private fields are never loaded)."""
    return [f for f in load_mapping(mapping).fields if f.type != "private" and f.key in rows.columns]


def typed_cells(rows: pd.DataFrame, spec: Field, language: str) -> pd.Series:
    """One typed field's cells as the table shows them in `language`: a label or yes/no in
    words, a date's month ("2024-10"), a multi's items joined, a text cut to one line."""
    lang = "en" if language == "en" else "fr"
    if spec.type in ("label", "flag"):
        return rows[spec.key].map(lambda v: spec.value_label(v, lang) if str(v).strip() else "")
    if spec.type == "multi":
        return rows[spec.key].map(lambda items: "; ".join(spec.value_label(i, lang) for i in items))
    if spec.type == "date":
        return rows.get(f"{spec.key}:month", rows[spec.key]).astype(str)
    if spec.type == "number":
        return rows[spec.key].map(lambda v: "" if pd.isna(v) else spec.amount(float(v), lang))  # « 450 000 $ », "$450,000"
    cells = rows[f"{spec.key}:{lang}"] if f"{spec.key}:{lang}" in rows.columns else rows[spec.key]
    if spec.type == "text":
        return cells.map(lambda v: textwrap.shorten(str(v), TEXT_WIDTH, placeholder=" …") if str(v).strip() else "")
    return cells.astype(str)


def selection_question(
    filters: dict[str, list[str]],
    search: str,
    language: str,
    df: pd.DataFrame,
    year: int | None = None,
    mapping: Any = None,
) -> str:
    """« Liste les initiatives du portefeuille « Finances » au statut « … » » in `language`;
    `year` (several files loaded) ends it with « en 2024 », so that its follow-ups stay there."""
    t = text(language)
    question = tab_text(language, mapping)["q_list"]  # "List the use cases", in the register's nouns
    for field in FIELDS:
        for value in filters.get(field, []):
            question += t[f"q_{field}"].format(value=label(field, value, language, df))
    for field, values in filters.items():  # the typed fields', in the register's words
        if field not in FIELDS and (spec := load_mapping(mapping).typed(field)) is not None:
            for value in values:
                shown = spec.value_label(value, language)
                question += facet_text(language)["q_field"].format(name=spec.name(language), value=shown)
    if (search or "").strip():
        question += t["q_search"].format(value=" ".join(search.split()))
    if year:
        question += t["q_year"].format(year=year)
    return question + (" ?" if language == "fr" else "?")


class ExploreTab:
    """Builds the Explore tab (inside the current Blocks) and answers its events.

    A selection's `values` are the dropdowns' (the four roles, then the register's facets, in
    `self.filters.fields` order), then the topic box."""

    def __init__(self, assistant: "Assistant", language: str, ui_language: gr.Radio) -> None:
        self.assistant = assistant
        self.ui_language = ui_language
        df = assistant.register.df
        self.mapping = getattr(assistant.register, "mapping", None)
        t = text(language)
        self.intro = gr.Markdown(t["explore_intro"], elem_id="explore-intro")
        self.year = FilePicker(assistant, language, "explore-year")
        self.filters = FilterBar(assistant, language, "explore")
        self.dropdowns, self.search = self.filters.dropdowns, self.filters.search
        with gr.Row(equal_height=True):
            self.reset = gr.Button(t["reset"], size="sm", elem_id="explore-reset", scale=0, min_width=180)
            self.ask = gr.Button(t["ask_selection"], variant="primary", elem_id="explore-ask", scale=1)
        self.count = gr.Markdown(count_text(len(df), language, self.mapping), elem_id="explore-count")
        table = register_table(df, language, self.mapping)
        typed = shown_fields(df, self.mapping)
        self.table = gr.Dataframe(
            value=table,
            label=tab_text(language, self.mapping)["explore_table"],
            interactive=False,
            wrap=True,
            datatype=["number", "str", "str", "str", "str", "str"] + ["str"] * len(typed),
            # With typed columns the table is wider than the page: fixed widths, and it scrolls.
            column_widths=ROLE_PIXELS + [("280px" if f.type == "text" else "150px") for f in typed]
            if typed
            else ROLE_WIDTHS,
            max_height=520,
            elem_id="explore-table",
            elem_classes=["register-table"],
        )
        self.record = gr.Markdown(t["record_hint"], label=t["record"], elem_id="explore-record")
        self.record_id = gr.State(None)

    @property
    def fields(self) -> tuple[str, ...]:
        return self.filters.fields

    def inputs(self) -> list:
        return [self.year.component, *self.dropdowns, self.search, self.ui_language]

    def selection(self, source: str | None, values: list[str], search: str, language: str) -> Selection:
        return select(self.assistant, source, self.filters.filters(values), search, language)

    def update(self, source: str | None, *values: Any):
        """The count (and how the topic was read) and the table of the file `source` for the
        current selection (`values`: the dropdowns, the topic box, the UI language)."""
        *filters, search, language = values
        selection = self.selection(source, filters, search, language)
        mapping = getattr(register_of(self.assistant, source), "mapping", self.mapping)
        note = selection_note(selection, language, mapping)
        count = count_text(len(selection.rows), language, mapping) + (f"  \n{note}" if note else "")
        return count, register_table(selection.rows, language, mapping)

    def other_year(self, source: str, *values: Any):
        """Another file: its own choices (a filter its file lacks is cleared), count and table;
        the record shown (another file's row) is cleared."""
        *filters, search, language = values
        kept, dropdowns = self.filters.kept(register_of(self.assistant, source).df, filters, language)
        count, table = self.update(source, *kept, search, language)
        return (*dropdowns, count, table, text(language)["record_hint"], None)

    def show_selection(self, source: str | None, values: list[str], search: str, language: str) -> list:
        """This tab on a selection made elsewhere (an Overview bar): the tab, its controls' values,
        the count and table, the record hint (see `selection_outputs`)."""
        count, table = self.update(source, *values, search, language)
        df = register_of(self.assistant, source).df
        return [
            gr.Tabs(selected="explore"),
            *([gr.Radio(value=source)] if self.year.shown else []),
            *[
                gr.Dropdown(choices=self.filters.choices(df, f, language), value=v)
                for f, v in zip(self.fields, values, strict=True)
            ],
            search,
            count,
            table,
            text(language)["record_hint"],
            None,
        ]

    def selection_outputs(self, tabs: gr.Tabs) -> list:
        return [tabs, *self.year.relabel_outputs(), *self.dropdowns, self.search, self.count, self.table, self.record, self.record_id]

    def ask_selection(self, chat: ChatTab, *values: Any):
        """Switches to the Chat tab and asks for the list of the selected initiatives."""
        source, *filters, search, messages, turns, language = values
        register = register_of(self.assistant, source)
        selection = self.selection(source, filters, search, language)
        year = register.year if len(registers_of(self.assistant)) > 1 else None
        question = selection_question(selection.filters, selection.topic, language, register.df, year, register.mapping)
        plan = chat_plan(selection, question, language, register.mapping)
        answer = chat.answer_plan(plan, register.source)
        return (
            gr.Tabs(selected="chat"),
            *chat.show_answer(question, answer, messages, turns, language),
        )

    def wire(self, chat: ChatTab, tabs: gr.Tabs) -> None:
        # `input` events only (a person's typing or choice; for the topic box the last value
        # wins): a selection set by the server (an Overview bar, a reset, another language)
        # comes with its own count and table, and must not re-run with half-updated values.
        for component in self.dropdowns:
            component.input(
                self.update,
                inputs=self.inputs(),
                outputs=[self.count, self.table],
                api_visibility="private",
            )
        self.search.input(
            self.update,
            inputs=self.inputs(),
            outputs=[self.count, self.table],
            api_visibility="private",
            trigger_mode="always_last",
        )

        if self.year.shown:
            self.year.component.input(
                self.other_year,
                inputs=self.inputs(),
                outputs=[*self.dropdowns, self.count, self.table, self.record, self.record_id],
                api_visibility="private",
            )

        def reset(source: str, language: str):
            everything = [ALL] * len(self.fields)
            return (*everything, "", *self.update(source, *everything, "", language))

        self.reset.click(
            reset,
            inputs=[self.year.component, self.ui_language],
            outputs=[*self.dropdowns, self.search, self.count, self.table],
            api_visibility="private",
        )
        self.ask.click(
            lambda *values: self.ask_selection(chat, *values),
            inputs=[
                self.year.component,
                *self.dropdowns,
                self.search,
                chat.chatbot,
                chat.turns,
                self.ui_language,
            ],
            outputs=[tabs, *chat.turn_outputs()],
            api_visibility="private",
            concurrency_id="assistant",
        )

        def show_record(source: str, language: str, evt: gr.SelectData):
            key = row_key(self.assistant, source, (evt.row_value or [evt.value])[0])
            return record(self.assistant, key, language), key

        self.table.select(
            show_record,
            inputs=[self.year.component, self.ui_language],
            outputs=[self.record, self.record_id],
            api_visibility="private",
        )

    def relabel_outputs(self) -> list:
        return [
            self.intro,
            *self.year.relabel_outputs(),
            *self.filters.relabel_outputs(),
            self.reset,
            self.ask,
            self.count,
            self.table,
            self.record,
        ]

    def relabel(self, language: str, source, *values) -> list:
        """Every control in `language`; `values`: the dropdowns, the topic box, the record shown."""
        *filters, search, row_id = values
        t = text(language)
        df = register_of(self.assistant, source).df
        count, table = self.update(source, *filters, search, language)
        shown = t["record_hint"] if row_id is None else record(self.assistant, row_id, language)
        return [
            t["explore_intro"],
            *self.year.relabel(language),
            *self.filters.relabel(language, df),
            gr.Button(value=t["reset"]),
            gr.Button(value=t["ask_selection"]),
            count,
            gr.Dataframe(value=table, label=tab_text(language, getattr(register_of(self.assistant, source), "mapping", self.mapping))["explore_table"]),
            gr.Markdown(value=shown, label=t["record"]),
        ]

    def relabel_inputs(self) -> list:
        return [self.year.component, *self.dropdowns, self.search, self.record_id]
