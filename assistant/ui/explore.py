"""The Explore tab: the whole register as a filterable table, and "ask about this selection".

Four dropdowns (body, portfolio, category, status) and a topic box (`filters.FilterBar`). The
rows shown are found by the chat's own matcher (`selection.select`): the typed words are read as
the chat reads a question's topic and matched by the same hybrid search with the same gates, so
"fraude" finds "frauduleuses" and the count shown is the chat's figure for the same selection.
The count says which words were searched and which the register does not use. "Ask about this
selection" switches to the Chat tab and asks, in the UI language, for the list of the selected
initiatives: its Plan holds the same filters and topic, so the chat lists exactly the rows
shown. With several files loaded, a year selector (`files`) picks the file the table, its row
ids, the record panel and "ask about this selection" come from. Overview's bars open this tab
on a selection (`show_selection`).

No `from __future__ import annotations`: gradio reads handlers' hints (`gr.SelectData`).
"""

from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import label
from assistant.service_log import registers_of
from assistant.ui.chat import ChatTab
from assistant.ui.files import FilePicker, register_of, row_key
from assistant.ui.filters import ALL, FIELDS, FilterBar, choices, selected_filters
from assistant.ui.selection import Selection, chat_plan, select, selection_note
from assistant.ui.text import count_text, record_markdown, text

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


def register_table(rows: pd.DataFrame, language: str) -> pd.DataFrame:
    """The Explore table: row id, name, body, portfolio, category, status, in `language`."""
    en = language == "en"
    columns = ["row_id", "name", "body"] + (
        ["portfolio_en", "category_en", "status_en"] if en else ["portfolio", "category", "status"]
    )
    table = rows[columns].copy()
    table.columns = text(language)["explore_columns"]
    return table.reset_index(drop=True)


def selection_question(
    filters: dict[str, list[str]],
    search: str,
    language: str,
    df: pd.DataFrame,
    year: int | None = None,
) -> str:
    """« Liste les initiatives du portefeuille « Finances » au statut « … » » in `language`;
    `year` (several files loaded) ends it with « en 2024 », so that its follow-ups stay there."""
    t = text(language)
    question = t["q_list"]
    for field in FIELDS:
        for value in filters.get(field, []):
            question += t[f"q_{field}"].format(value=label(field, value, language, df))
    if (search or "").strip():
        question += t["q_search"].format(value=" ".join(search.split()))
    if year:
        question += t["q_year"].format(year=year)
    return question + (" ?" if language == "fr" else "?")


class ExploreTab:
    """Builds the Explore tab (inside the current Blocks) and answers its events."""

    def __init__(self, assistant: "Assistant", language: str, ui_language: gr.Radio) -> None:
        self.assistant = assistant
        self.ui_language = ui_language
        df = assistant.register.df
        t = text(language)
        self.intro = gr.Markdown(t["explore_intro"], elem_id="explore-intro")
        self.year = FilePicker(assistant, language, "explore-year")
        self.filters = FilterBar(assistant, language, "explore")
        self.dropdowns, self.search = self.filters.dropdowns, self.filters.search
        with gr.Row(equal_height=True):
            self.reset = gr.Button(t["reset"], size="sm", elem_id="explore-reset", scale=0, min_width=180)
            self.ask = gr.Button(t["ask_selection"], variant="primary", elem_id="explore-ask", scale=1)
        self.count = gr.Markdown(count_text(len(df), language), elem_id="explore-count")
        self.table = gr.Dataframe(
            value=register_table(df, language),
            label=t["explore_table"],
            interactive=False,
            wrap=True,
            datatype=["number", "str", "str", "str", "str", "str"],
            column_widths=["6%", "30%", "20%", "16%", "16%", "12%"],
            max_height=520,
            elem_id="explore-table",
            elem_classes=["register-table"],
        )
        self.record = gr.Markdown(t["record_hint"], label=t["record"], elem_id="explore-record")
        self.record_id = gr.State(None)

    def inputs(self) -> list:
        return [self.year.component, *self.dropdowns, self.search, self.ui_language]

    def selection(self, source: str | None, values: list[str], search: str, language: str) -> Selection:
        return select(self.assistant, source, selected_filters(*values), search, language)

    def update(
        self,
        source: str | None,
        body: str,
        portfolio: str,
        category: str,
        status: str,
        search: str,
        language: str,
    ):
        """The count (and how the topic was read) and the table of the file `source` for the
        current selection, in `language`."""
        selection = self.selection(source, [body, portfolio, category, status], search, language)
        note = selection_note(selection, language)
        count = count_text(len(selection.rows), language) + (f"  \n{note}" if note else "")
        return count, register_table(selection.rows, language)

    def other_year(self, source: str, *values: Any):
        """Another file: its own choices (a filter its file lacks is cleared), count and table;
        the record shown (another file's row) is cleared."""
        *filters, search, language = values
        kept, dropdowns = FilterBar.kept(register_of(self.assistant, source).df, filters, language)
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
            *[gr.Dropdown(choices=choices(df, f, language), value=v) for f, v in zip(FIELDS, values, strict=True)],
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
        question = selection_question(selection.filters, selection.topic, language, register.df, year)
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
            return (
                *[ALL] * len(FIELDS),
                "",
                *self.update(source, ALL, ALL, ALL, ALL, "", language),
            )

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
            *self.filters.components,
            self.reset,
            self.ask,
            self.count,
            self.table,
            self.record,
        ]

    def relabel(
        self, language: str, source, body, portfolio, category, status, search, row_id
    ) -> list:
        t = text(language)
        df = register_of(self.assistant, source).df
        count, table = self.update(source, body, portfolio, category, status, search, language)
        shown = t["record_hint"] if row_id is None else record(self.assistant, row_id, language)
        return [
            t["explore_intro"],
            *self.year.relabel(language),
            *self.filters.relabel(language, df),
            gr.Button(value=t["reset"]),
            gr.Button(value=t["ask_selection"]),
            count,
            gr.Dataframe(value=table, label=t["explore_table"]),
            gr.Markdown(value=shown, label=t["record"]),
        ]

    def relabel_inputs(self) -> list:
        return [self.year.component, *self.dropdowns, self.search, self.record_id]
