"""The Chat tab: questions, answers with their cited rows, editable filters, copy, full records.

Each answer is kept in a per-session list of turns (`gr.State`): the question, the `Answer`
(with its Plan) and the filters the question was understood with. The filter chips edit the
last turn: unchecking one re-runs that Plan without it through `assistant.executor` and
`assistant.composer.compose` (the question is not reworded, nothing is re-understood), and
the answer is replaced in place with a note saying which filters it now uses.

No `from __future__ import annotations`: gradio reads handlers' hints (`gr.SelectData`).
"""

import copy
import html
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from assistant.execute import label
from assistant.service_log import answered, registers_of
from assistant.types import Answer, Plan, citation_columns, data_files, values_at
from assistant.ui.feedback import FeedbackPanel
from assistant.ui.style import COPY_JS
from assistant.ui.text import EXAMPLES, filter_names, inert, record_markdown, row_list, text

if TYPE_CHECKING:
    from assistant.api import Assistant


def empty_table(language: str) -> pd.DataFrame:
    return pd.DataFrame(columns=text(language)["columns"])


def citations_table(assistant: "Assistant", answer: Answer) -> pd.DataFrame:
    """The rows an answer cites, labels in the answer's language (category_en/status_en).

    Read column-wise, one pandas call per file (a count may cite half a million rows: one
    lookup per row took seconds); a row no loaded file has shows what its citation carries."""
    suffix = "_en" if answer.language == "en" else ""
    several = len(getattr(assistant, "registers", [None])) > 1
    cited = citation_columns(answer.citations)
    ids, sources = cited["row_id"], cited["source"]
    names, bodies = list(cited["name"]), list(cited["body"])
    categories, statuses = [""] * len(ids), [""] * len(ids)
    by_file: dict[str | None, list[int]] = {}
    for position, source in enumerate(sources):
        by_file.setdefault(source if several else None, []).append(position)
    for source, positions in by_file.items():
        register = _register_of(assistant, source)
        if register is None:
            continue
        df = register.df
        found = df.index.get_indexer([ids[p] for p in positions]) if positions else []
        kept = [(p, loc) for p, loc in zip(positions, found, strict=True) if loc >= 0]
        if not kept:
            continue
        at = [loc for _, loc in kept]
        fields = {key: _column(df, key, at) for key in ("name", "body", "category", "status")}
        for key in ("category", "status"):  # the label in the answer's language, else the French one
            fields[key] = [own or french for own, french in zip(_column(df, key + suffix, at), fields[key], strict=True)]
        for (p, _), name, body, category, status in zip(kept, *fields.values(), strict=True):
            names[p], bodies[p], categories[p], statuses[p] = name, body, category, status
    # With several files (2024 and 2025) a row id alone is ambiguous: "file#id".
    keys = [f"{s}#{i}" for s, i in zip(sources, ids, strict=True)] if several else list(ids)
    records = [list(r) for r in zip(keys, names, bodies, categories, statuses, strict=True)]
    return pd.DataFrame(records, columns=text(answer.language)["columns"])


def _register_of(assistant: "Assistant", source: str | None) -> Any:
    """The loaded file `source` names (None: the assistant's one register), or None."""
    if source is None:
        return assistant.register
    return next((r for r in assistant.registers if r.source == source), None)


def _column(df: pd.DataFrame, key: str, at: list[int]) -> list[Any]:
    """Column `key` at positions `at`, as `Register.row` gives it (None when the file lacks it)."""
    return values_at(df, key, at) if key in df.columns else [None] * len(at)


def plain_history(messages: list[dict[str, Any]] | None) -> list[dict[str, str]]:
    """Chatbot messages -> [{"role", "content"}] with text content, as `Assistant.ask` takes.

    Gradio 6 hands the chat back with each content normalised to a list of parts
    ({"type": "text", "text": ...}); only the text parts mean anything to the assistant.
    """
    history = []
    for message in messages or []:
        content = message.get("content")
        if isinstance(content, list):
            content = "\n".join(part.get("text", "") for part in content if isinstance(part, dict))
        # shown escaped (`inert`), read back as written
        history.append({"role": message.get("role", "user"), "content": html.unescape(str(content or ""))})
    return history


def copy_text(answer: Answer, language: str) -> str:
    """The answer followed by "Sources : FILE, lignes 12, 15" (every cited row, per file)."""
    by_source: dict[str, list[int]] = {}
    cited = citation_columns(answer.citations)
    for source, row_id in zip(cited["source"], cited["row_id"], strict=True):
        by_source.setdefault(source, []).append(row_id)
    lines = [answer.answer]
    for source, ids in by_source.items():
        lines.append(text(language)["sources"].format(source=source, rows=row_list(ids, language)))
    return "\n\n".join(lines)


def filter_chips(assistant: "Assistant", filters: dict[str, list[str]], language: str):
    """(label, value) choices for the plan's filters: "Statut = Solution en production"."""
    names, df = filter_names(assistant.register.mapping, language), assistant.register.df
    return [
        (f"{names.get(field, field)} = {label(field, value, language, df)}", f"{field}={value}")
        for field, values in filters.items()
        for value in values
    ]


def kept_filters(filters: dict[str, list[str]], checked: list[str]) -> dict[str, list[str]]:
    """The filters whose chip is still checked (fields left without a value are dropped)."""
    kept = {
        field: [v for v in values if f"{field}={v}" in checked] for field, values in filters.items()
    }
    return {field: values for field, values in kept.items() if values}


def answer_plan(assistant: "Assistant", plan: Plan, source: str | None = None) -> Answer:
    """Facts from the executor, words from the composer: `ask`'s last two steps, on a Plan
    that was not understood from a question (edited filters, an Explore selection); logged
    and audited like any answer. `source`: the file to answer from (a 2024 answer re-run stays
    on 2024); the newest by default."""
    started = time.perf_counter()
    desks = getattr(assistant, "desks", None) or []
    executor = next((d.executor for d in desks if d.register.source == source), assistant.executor)
    return answered(
        assistant, plan.question, assistant.composer.compose(plan, executor(plan)), started
    )


DATA_LINE = {"fr": "**Données :** {files}", "en": "**Data:** {files}"}


def data_line(assistant: "Assistant", answer: Answer, language: str) -> str:
    """ "Data: `portrait-ia-2025.csv` (sha256 1a2b3c4d5e6f)": the file version that answered."""
    files = (answer.data or {}).get("files") or data_files(registers_of(assistant), answer)["files"]
    shown = ", ".join(f"`{f['source']}` (sha256 {f['sha256'][:12]})" for f in files)
    return DATA_LINE["en" if language == "en" else "fr"].format(files=shown) if shown else ""


def with_filters(plan: Plan, filters: dict[str, list[str]]) -> Plan:
    """A copy of `plan` with other filters (the question and everything else unchanged)."""
    edited = copy.deepcopy(plan)
    edited.filters = copy.deepcopy(filters)
    return edited


class ChatTab:
    """Builds the Chat tab's components (inside the current Blocks) and answers its events."""

    def __init__(
        self, assistant: "Assistant", language: str, ui_language: gr.Radio, feedback_path: Path
    ) -> None:
        self.assistant = assistant
        self.ui_language = ui_language
        t = text(language)
        self.turns = gr.State([])
        self.chatbot = gr.Chatbot(
            label=t["chat"],
            placeholder=t["chat_placeholder"],
            height=420,
            elem_id="chat",
            buttons=["copy"],
        )
        with gr.Row(equal_height=True):
            self.question = gr.Textbox(
                label=t["question"],
                placeholder=t["placeholder"],
                lines=1,
                max_lines=4,
                elem_id="question",
                scale=5,
            )
            with gr.Column(scale=1, min_width=160):
                self.send = gr.Button(t["send"], variant="primary", elem_id="send")
                self.clear = gr.Button(t["clear"], size="sm", elem_id="clear")
        self.understood = gr.Markdown("", elem_id="understood")
        self.chips = gr.CheckboxGroup(
            choices=[], value=[], label=t["chips"], elem_id="chips", visible=False
        )
        with gr.Row():
            self.copy = gr.Button(t["copy"], size="sm", elem_id="copy", scale=0, min_width=260)
            self.copy_status = gr.Markdown("", elem_id="copy-status")
        # Rendered but hidden: the copy script reads its value in the browser.
        self.copy_text = gr.Textbox("", label=t["copy_text"], visible="hidden", elem_id="copy-text")
        self.feedback = FeedbackPanel(self, language, feedback_path)
        own = getattr(getattr(assistant.register, "mapping", None), "examples", ())
        self.examples = gr.Examples(  # a register read through a mapping brings its own examples
            examples=[[q] for q in (own or EXAMPLES)], inputs=[self.question], label=t["examples"]
        )
        several = len(getattr(assistant, "registers", None) or [assistant.register]) > 1
        # Below the chat at full width: five columns of long names need the room.
        self.citations = gr.Dataframe(
            value=empty_table(language),
            label=t["citations"],
            interactive=False,
            wrap=True,
            # The row column reads "portrait-ia-2024.csv#12" with several files.
            datatype=["str" if several else "number", "str", "str", "str", "str"],
            column_widths=["7%", "35%", "24%", "20%", "14%"],
            elem_id="citations",
            elem_classes=["register-table"],
        )
        with gr.Row(equal_height=True):
            self.row_number = gr.Number(
                None, label=t["row_number"], precision=0, minimum=1, elem_id="row-number", scale=1
            )
            self.show_row = gr.Button(
                t["show_row"], size="sm", elem_id="show-row", scale=0, min_width=200
            )
        self.record = gr.Markdown(t["record_hint"], elem_id="record", label=t["record"])
        self.record_id = gr.State(None)  # the row shown, to show it again in another language

    # -- outputs shared by every event that produces an answer ---------------------------------

    def turn_outputs(self) -> list[gr.components.Component]:
        return [
            self.chatbot, self.turns, self.citations, self.question, self.understood,
            self.chips, self.copy_text, self.copy_status,
        ]  # fmt: skip

    def show_answer(
        self, question: str, answer: Answer, messages: list, turns: list, language: str
    ) -> tuple:
        """Appends one turn to the chat and fills everything that describes the answer."""
        history = plain_history(messages)
        turn = [
            {"role": "user", "content": inert(question)},  # a question is shown, never rendered
            {"role": "assistant", "content": inert(answer.answer)},  # echoes the question
        ]
        plan = answer.plan
        record = {
            "index": len(history) + 1,  # the assistant message's index in the chatbot
            "question": question,
            "history": [m["content"] for m in history if m["role"] == "user"],
            "answer": answer,
            # A comparison across years has one plan per file: its filters are not offered for
            # re-running (the re-run answers from one file).
            "filters": copy.deepcopy(plan.filters)
            if plan and answer.intent != "compare_years"
            else {},
            "edited": False,
        }
        return (
            history + turn,
            [*turns, record],
            citations_table(self.assistant, answer),
            "",
            self.understood_line(answer, language),
            self.chips_update(record["filters"], language),
            copy_text(answer, language),
            "",
        )

    def understood_line(self, answer: Answer, language: str) -> str:
        understood = (
            text(language)["understood"].format(plan=inert(answer.plan.understood()))
            if answer.plan
            else ""
        )
        return "\n\n".join(filter(None, [understood, data_line(self.assistant, answer, language)]))

    def chips_update(self, filters: dict[str, list[str]], language: str, checked=None):
        choices = filter_chips(self.assistant, filters, language)
        return gr.CheckboxGroup(
            choices=choices,
            value=[value for _, value in choices] if checked is None else checked,
            label=text(language)["chips"],
            visible=bool(choices),
        )

    def answer_plan(self, plan: Plan, source: str | None = None) -> Answer:
        return answer_plan(self.assistant, plan, source)

    # -- events ------------------------------------------------------------------------------

    def respond(self, question: str, messages: list, turns: list, language: str):
        """One chat turn: the earlier turns go to the Assistant for follow-up questions."""
        question = (question or "").strip()
        if not question:
            yield (gr.skip(),) * len(self.turn_outputs())
            return
        history, draft, answer = plain_history(messages), "", None
        try:
            # A streaming language model shows its draft as it writes; the checked answer (and
            # its citations table) replaces the draft when it is complete.
            for item in self.assistant.stream(question, history=history):
                if isinstance(item, str):
                    draft += item
                    shown = [
                        *history,
                        {"role": "user", "content": inert(question)},
                        {"role": "assistant", "content": inert(draft)},
                    ]
                    yield (shown, *(gr.skip(),) * (len(self.turn_outputs()) - 1))
                else:
                    answer = item
        except Exception as exc:  # shown to the user in their language, logged in full
            print(f"portrait-ia ui: error on {question!r}: {exc!r}", file=sys.stderr)
            raise gr.Error(text(language)["error"].format(error=exc)) from exc
        yield self.show_answer(question, answer, messages, turns, language)

    def edit_filters(self, checked: list[str], messages: list, turns: list, language: str):
        """Re-runs the last turn's Plan with only the checked filters; replaces its answer."""
        if not turns or turns[-1]["answer"].plan is None:
            return (gr.skip(),) * 6
        turns = list(turns)
        last = dict(turns[-1])
        plan = with_filters(last["answer"].plan, kept_filters(last["filters"], checked or []))
        files = (last["answer"].data or {}).get("files") or []
        answer = self.answer_plan(plan, files[0]["source"] if len(files) == 1 else None)
        names = [
            name
            for name, value in filter_chips(self.assistant, last["filters"], language)
            if value in (checked or [])
        ]
        t = text(language)
        note = t["edited"].format(filters=", ".join(names) or t["no_filter"])
        history = plain_history(messages)
        if last["index"] < len(history):
            history[last["index"]] = {
                "role": "assistant",
                "content": f"{inert(answer.answer)}\n\n{note}",
            }
        last.update(answer=answer, edited=True)
        turns[-1] = last
        return (
            history,
            turns,
            citations_table(self.assistant, answer),
            self.understood_line(answer, language),
            copy_text(answer, language),
            "",
        )

    def show_record(self, language: str, evt: gr.SelectData):
        """The full record of the row selected in a table (its first cell is the row id)."""
        row = evt.row_value or []
        row_id = row[0] if row else evt.value
        return record_markdown(self.assistant, row_id, language), row_id

    def wire(self) -> None:
        self.feedback.wire()
        lang = self.ui_language
        # One concurrency group for everything that calls the shared Assistant: its embedder
        # and index client were not written for concurrent use, and an answer takes ~50 ms.
        gr.on(
            triggers=[self.question.submit, self.send.click],
            fn=self.respond,
            inputs=[self.question, self.chatbot, self.turns, lang],
            outputs=self.turn_outputs(),
            api_visibility="private",
            concurrency_id="assistant",
        )
        self.chips.input(
            self.edit_filters,
            inputs=[self.chips, self.chatbot, self.turns, lang],
            outputs=[
                self.chatbot,
                self.turns,
                self.citations,
                self.understood,
                self.copy_text,
                self.copy_status,
            ],
            api_visibility="private",
            concurrency_id="assistant",
        )
        self.copy.click(
            lambda value, language: text(language)["copied"] if value else "",
            inputs=[self.copy_text, lang],
            outputs=[self.copy_status],
            js=COPY_JS,
            api_visibility="private",
        )
        self.citations.select(
            self.show_record,
            inputs=[lang],
            outputs=[self.record, self.record_id],
            api_visibility="private",
        )
        gr.on(
            triggers=[self.show_row.click, self.row_number.submit],
            fn=lambda row_id, language: (record_markdown(self.assistant, row_id, language), row_id),
            inputs=[self.row_number, lang],
            outputs=[self.record, self.record_id],
            api_visibility="private",
        )

        def cleared(language: str):
            return [], [], empty_table(language), "", "", self.chips_update({}, language), "", ""

        self.clear.click(
            cleared, inputs=[lang], outputs=self.turn_outputs(), api_visibility="private"
        )
        # The chatbot's own trash icon clears the chat only: empty everything that described it.
        self.chatbot.clear(
            cleared, inputs=[lang], outputs=self.turn_outputs(), api_visibility="private"
        )

    # -- language switch -----------------------------------------------------------------------

    def relabel_outputs(self) -> list[gr.components.Component]:
        return [
            self.chatbot, self.question, self.send, self.clear, self.examples.dataset,
            self.citations, self.chips, self.copy, self.copy_text, self.row_number,
            self.show_row, self.record, *self.feedback.relabel_outputs(),
        ]  # fmt: skip

    def relabel(self, language: str, table: pd.DataFrame | None, turns: list, row_id: Any) -> list:
        """Every label in `language`; the citations keep the language of their answer."""
        t = text(language)
        has_rows = table is not None and len(table) > 0 and str(table.iloc[0, 0]).strip()
        if turns:
            last = turns[-1]
            plan = last["answer"].plan
            checked = [
                f"{f}={v}" for f, values in (plan.filters if plan else {}).items() for v in values
            ]
            chips = self.chips_update(last["filters"], language, checked)
        else:
            chips = self.chips_update({}, language)
        record = (
            t["record_hint"]
            if row_id is None
            else record_markdown(self.assistant, row_id, language)
        )
        return [
            gr.Chatbot(label=t["chat"], placeholder=t["chat_placeholder"]),
            gr.Textbox(label=t["question"], placeholder=t["placeholder"]),
            gr.Button(value=t["send"]),
            gr.Button(value=t["clear"]),
            gr.Dataset(label=t["examples"]),
            gr.Dataframe(label=t["citations"])
            if has_rows
            else gr.Dataframe(value=empty_table(language), label=t["citations"]),
            chips,
            gr.Button(value=t["copy"]),
            gr.Textbox(label=t["copy_text"]),
            gr.Number(label=t["row_number"]),
            gr.Button(value=t["show_row"]),
            gr.Markdown(value=record, label=t["record"]),
            *self.feedback.relabel(language),
        ]
