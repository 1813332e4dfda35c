"""The Explore tab: the whole register as a filterable table, and "ask about this selection".

Four dropdowns (body, portfolio, category, status; labels in the UI language, values
canonical as in a Plan's filters) and a free-text search over the initiative's name and
benefits (accents, case and spacing ignored; every word must appear). The count updates with
the filters. "Ask about this selection" switches to the Chat tab and asks, in the UI language,
for the list of the selected initiatives: the Plan is built from the selected filters
themselves (intent `list`), so what the chat answers is exactly the selection (the search
words become the Plan's topic, matched by meaning: the chat may find more or fewer rows than
the literal search shows). With several files loaded, a year selector (`files`) picks the file the
table, its row ids, the record panel and "ask about this selection" come from.

No `from __future__ import annotations`: gradio reads handlers' hints (`gr.SelectData`).
"""

from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import COLUMN, label
from assistant.register.labels import normalise
from assistant.register.mapping import load_mapping
from assistant.service_log import registers_of
from assistant.types import Plan
from assistant.ui.chat import ChatTab
from assistant.ui.files import FilePicker, register_of, row_key
from assistant.ui.text import count_text, field_labels, record_markdown, text

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


def filter_register(
    df: pd.DataFrame, filters: dict[str, list[str]], search: str, haystack: pd.Series | None = None
) -> pd.DataFrame:
    """Rows matching every filter and containing every search word (name or benefits)."""
    mask = pd.Series(True, index=df.index)
    for field, values in filters.items():
        mask &= df[COLUMN[field]].isin(values)
    words = normalise(search or "").split()
    if words:
        if haystack is None:
            haystack = search_text(df)
        for word in words:
            mask &= haystack.str.contains(word, regex=False)
    return df[mask]


def search_text(df: pd.DataFrame) -> pd.Series:
    """What the free-text search looks into, normalised once: the name and the benefits."""
    return (df["name"].fillna("") + " " + df["benefits"].fillna("")).map(normalise)


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
        # Each file's search text, normalised once: another year redraws, nothing is reloaded.
        self.haystacks = {r.source: search_text(r.df) for r in registers_of(assistant)}
        df = assistant.register.df
        t = text(language)
        self.intro = gr.Markdown(t["explore_intro"], elem_id="explore-intro")
        self.year = FilePicker(assistant, language, "explore-year")
        with gr.Row():
            self.dropdowns = [
                gr.Dropdown(
                    choices=choices(df, field, language),
                    value=ALL,
                    label=field_labels(assistant.register.mapping, language)[field],
                    elem_id=f"explore-{field}",
                    filterable=True,
                )
                for field in FIELDS
            ]
        with gr.Row(equal_height=True):
            self.search = gr.Textbox(
                label=t["search"],
                placeholder=t["search_placeholder"],
                elem_id="explore-search",
                scale=3,
            )
            self.reset = gr.Button(
                t["reset"], size="sm", elem_id="explore-reset", scale=0, min_width=180
            )
            self.ask = gr.Button(
                t["ask_selection"], variant="primary", elem_id="explore-ask", scale=1
            )
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
        """The count and the table of the file `source` for the current filters, in `language`."""
        register = register_of(self.assistant, source)
        filters = selected_filters(body, portfolio, category, status)
        rows = filter_register(register.df, filters, search, self.haystacks.get(register.source))
        return count_text(len(rows), language), register_table(rows, language)

    def other_year(self, source: str, *values: Any):
        """Another file: its own choices (a filter its file lacks is cleared), count and table;
        the record shown (another file's row) is cleared."""
        *filters, search, language = values
        df = register_of(self.assistant, source).df
        kept, dropdowns = [], []
        for field, value in zip(FIELDS, filters, strict=True):
            options = choices(df, field, language)
            value = value if value in {v for _, v in options} else ALL
            kept.append(value)
            dropdowns.append(gr.Dropdown(choices=options, value=value))
        count, table = self.update(source, *kept, search, language)
        return (*dropdowns, count, table, text(language)["record_hint"], None)

    def ask_selection(self, chat: ChatTab, *values: Any):
        """Switches to the Chat tab and asks for the list of the selected initiatives."""
        source, *filters, search, messages, turns, language = values
        register = register_of(self.assistant, source)
        selected = selected_filters(*filters)
        # Lower-cased: the table's search ignores case, and retrieval reads "URGENCE" as
        # another word than "urgence".
        search = " ".join((search or "").split()).lower()
        year = register.year if len(registers_of(self.assistant)) > 1 else None
        question = selection_question(selected, search, language, register.df, year)
        plan = Plan(
            question=question, language=language, intent="list", topic=search, filters=selected,
            mapping=register.mapping,
        )  # fmt: skip
        answer = chat.answer_plan(plan, register.source)
        return (
            gr.Tabs(selected="chat"),
            *chat.show_answer(question, answer, messages, turns, language),
        )

    def wire(self, chat: ChatTab, tabs: gr.Tabs) -> None:
        # The search box uses `change` (typing, pasting, autofill); the dropdowns `input` (a
        # person's choice), so that relabelling them in another language does not re-filter.
        for component in self.dropdowns:
            component.input(
                self.update,
                inputs=self.inputs(),
                outputs=[self.count, self.table],
                api_visibility="private",
            )
        self.search.change(
            self.update,
            inputs=self.inputs(),
            outputs=[self.count, self.table],
            api_visibility="private",
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
            return record_markdown(self.assistant, key, language), key

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
            *self.dropdowns,
            self.search,
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
        record = (
            t["record_hint"]
            if row_id is None
            else record_markdown(self.assistant, row_id, language)
        )
        return [
            t["explore_intro"],
            *self.year.relabel(language),
            *[
                gr.Dropdown(
                    choices=choices(df, field, language), label=field_labels(self.assistant.register.mapping, language)[field]
                )
                for field in FIELDS
            ],
            gr.Textbox(label=t["search"], placeholder=t["search_placeholder"]),
            gr.Button(value=t["reset"]),
            gr.Button(value=t["ask_selection"]),
            count,
            gr.Dataframe(value=table, label=t["explore_table"]),
            gr.Markdown(value=record, label=t["record"]),
        ]

    def relabel_inputs(self) -> list:
        return [self.year.component, *self.dropdowns, self.search, self.record_id]
