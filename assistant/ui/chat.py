"""The Chat tab: the question box, each answer with its sources under it, editable filters.

Each answer is kept in a per-session list of turns (`gr.State`): the question, the `Answer`
(with its Plan), the filters the question was understood with and its `view` (the JSON the page
draws it from, see conversation.py). The newest answer sits right under the question box (its
first line in view, its sources three Tab presses away); earlier ones follow, newest first.
The views are also kept in the browser (`gr.BrowserState`): a reload redraws the conversation.
The filter chips edit the last turn: unchecking one re-runs that Plan without it through
`assistant.executor` and `assistant.composer.compose` (the question is not reworded, nothing is
re-understood), and the answer is replaced in place with a note saying which filters it uses.

No `from __future__ import annotations`: gradio reads handlers' hints (`gr.SelectData`).
"""

import copy
import html
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.execute import label
from assistant.service_log import answered, registers_of
from assistant.types import Answer, Plan, data_files
from assistant.ui.conversation import answer_of, examples_html, labels_of, render_turns, turn_view
from assistant.ui.feedback import Feedback

# Imported from here by the app, the API route and the tests:
from assistant.ui.sources import citations_table, copy_text, empty_table  # noqa: F401
from assistant.ui.style import CONVERSATION_JS
from assistant.ui.text import examples, filter_names, inert, record_markdown, text

if TYPE_CHECKING:
    from assistant.api import Assistant


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
    on 2024); the newest by default. Under `serve` with answer workers, a worker computes it
    (`tab_pool.ServedAssistant.answer_plan_in_workers`)."""
    in_pool = getattr(assistant, "answer_plan_in_workers", None)
    made = in_pool(plan, source) if in_pool else None
    if made is not None:
        return made
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


# The conversation kept in the browser: the last MAX_SAVED answers (a reload redraws them).
MAX_SAVED = 20
CONVERSATION_STORE = {"storage_key": "portrait-ia-conversation", "secret": "portrait-ia-conversation"}


class ChatTab:
    """Builds the Chat tab's components (inside the current Blocks) and answers its events."""

    def __init__(
        self, assistant: "Assistant", language: str, ui_language: gr.Radio, feedback_path: Path
    ) -> None:
        self.assistant = assistant
        self.ui_language = ui_language
        self.feedback = Feedback(assistant, feedback_path)
        t = text(language)
        self.turns = gr.State([])
        # The conversation as {"role", "content"} messages: follow-ups and the Briefing tab read it.
        self.chatbot = gr.State([])
        self.saved = gr.BrowserState([], **CONVERSATION_STORE)
        self.asked = gr.State("")  # a question a chip asked (example or suggested rephrasing)
        with gr.Row(elem_id="chat-tools"):
            self.clear = gr.Button(t["clear"], size="sm", elem_id="clear", scale=0, min_width=200)
        with gr.Row(equal_height=True, elem_id="question-row"):
            self.question = gr.Textbox(
                label=t["question"], placeholder=t["placeholder"], lines=1, max_lines=4,
                elem_id="question", scale=5, min_width=240,
            )  # fmt: skip
            self.send = gr.Button(
                t["send"], variant="primary", elem_id="send", scale=1, min_width=120
            )
        self.latest = gr.HTML("", elem_id="latest", js_on_load=CONVERSATION_JS)
        self.chips = gr.CheckboxGroup(
            choices=[], value=[], label=t["chips"], elem_id="chips", visible=False
        )
        self.earlier = gr.HTML("", elem_id="earlier", js_on_load=CONVERSATION_JS)
        self.examples = gr.HTML(
            examples_html(examples(assistant, language), language),
            elem_id="examples",
            js_on_load=CONVERSATION_JS,
        )
        with gr.Accordion(t["row_lookup"], open=False, elem_id="row-lookup") as self.lookup:
            with gr.Row(equal_height=True):
                self.row_number = gr.Textbox(
                    label=t["row_number"], lines=1, max_lines=1, elem_id="row-number", scale=1
                )
                self.show_row = gr.Button(
                    t["show_row"], size="sm", elem_id="show-row", scale=0, min_width=200
                )
            self.record = gr.Markdown("", elem_id="record")
        self.record_id = gr.State(None)  # the row shown, to show it again in another language

    # -- drawing -----------------------------------------------------------------------------

    def drawn(self, turns: list, language: str) -> tuple[str, str]:
        """(the newest answer, the earlier ones newest first) as HTML in the UI `language`."""
        views = [turn["view"] for turn in turns]
        labels, where = labels_of(self.assistant, language), self.feedback.path.name
        latest = render_turns(views[-1:], language, labels, where)
        earlier = render_turns(views[-2::-1], language, labels, where, text(language)["earlier"])
        return latest, earlier

    def turn_outputs(self) -> list[gr.components.Component]:
        return [
            self.chatbot, self.turns, self.latest, self.earlier, self.question, self.chips,
            self.saved,
        ]  # fmt: skip

    def show_answer(
        self, question: str, answer: Answer, messages: list, turns: list, language: str
    ) -> tuple:
        """Appends one turn to the conversation and draws it."""
        history = plain_history(messages)
        # As gradio's chatbot kept them (escaped; `plain_history` reads them back as written).
        turn = [
            {"role": "user", "content": inert(question)},
            {"role": "assistant", "content": inert(answer.answer)},
        ]
        plan = answer.plan
        record = {
            "index": len(history) + 1,  # the answer's index among the messages
            "question": question,
            "history": [m["content"] for m in history if m["role"] == "user"],
            "answer": answer,
            # A comparison across years has one plan per file: its filters are not offered for
            # re-running (the re-run answers from one file).
            "filters": copy.deepcopy(plan.filters)
            if plan and answer.intent != "compare_years"
            else {},
            "edited": False,
            "view": turn_view(self.assistant, question, answer),
        }
        turns = [*turns, record]
        return (
            history + turn,
            turns,
            *self.drawn(turns, language),
            "",
            self.chips_update(record["filters"], language),
            saved(turns),
        )

    def understood_line(self, answer: Answer, language: str) -> str:
        """ "What I understood: …" and the data file, as Markdown (the CLI's and the tests'
        one-line summary; the page shows the same under « Détails »)."""
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
            # its sources) replaces the draft when it is complete.
            for item in self.assistant.stream(question, history=history):
                if isinstance(item, str):
                    draft += item
                    shown = [
                        *history,
                        {"role": "user", "content": inert(question)},
                        {"role": "assistant", "content": inert(draft)},
                    ]
                    yield (shown, gr.skip(), self.draft(question, draft, language),
                           *(gr.skip(),) * (len(self.turn_outputs()) - 3))  # fmt: skip
                else:
                    answer = item
        except Exception as exc:  # shown to the user in their language, logged in full
            print(f"portrait-ia ui: error on {question!r}: {exc!r}", file=sys.stderr)
            raise gr.Error(text(language)["error"].format(error=exc)) from exc
        yield self.show_answer(question, answer, messages, turns, language)

    def draft(self, question: str, draft: str, language: str) -> str:
        t = text(language)
        return (
            f'<article class="turn"><h2 class="turn-question"><span class="who">'
            f'{html.escape(t["you_asked"])}</span> {html.escape(question)}</h2>'
            f'<div class="answer"><p>{html.escape(draft)}</p></div></article>'
        )

    def edit_filters(self, checked: list[str], messages: list, turns: list, language: str):
        """Re-runs the last turn's Plan with only the checked filters; replaces its answer."""
        if not turns or turns[-1]["answer"].plan is None:
            return (gr.skip(),) * 5
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
        note = t["edited"].format(filters=", ".join(names) or t["no_filter"]).strip("_")
        history = plain_history(messages)
        if last["index"] < len(history):
            history[last["index"]] = {"role": "assistant", "content": inert(f"{answer.answer}\n\n{note}")}
        last.update(answer=answer, edited=True, view=turn_view(self.assistant, last["question"], answer, note))
        turns[-1] = last
        latest, _ = self.drawn(turns, language)
        return history, turns, latest, saved(turns), gr.skip()

    def act(self, messages: list, turns: list, language: str, evt: gr.EventData):
        """A click in the conversation: a chip asks its question; a rating or a comment is
        saved and shown beside the buttons (the page is redrawn)."""
        data = getattr(evt, "_data", None) or {}
        action = data.get("action")
        if action == "ask":
            return str(data.get("question") or ""), *(gr.skip(),) * 4
        index = next((i for i, t in enumerate(turns) if t["view"]["id"] == data.get("turn")), None)
        if index is None or action not in ("rate", "comment"):
            return "", *(gr.skip(),) * 4
        turns = list(turns)
        turn = dict(turns[index])
        if action == "rate":
            feedback = self.feedback.rate(turn, data.get("rating"), language)
        else:
            feedback = self.feedback.comment(turn, str(data.get("comment") or ""), language)
        turn["view"] = {**turn["view"], "feedback": feedback}
        turns[index] = turn
        return "", turns, *self.drawn(turns, language), saved(turns)

    def restore(self, kept: list, turns: list, language: str):
        """The conversation this browser kept, redrawn after a reload (answers as they were)."""
        if turns or not kept:
            return (gr.skip(),) * len(self.turn_outputs())
        restored, messages = [], []
        for view in kept:
            if not isinstance(view, dict) or "answer" not in view:
                continue
            restored.append({
                "index": len(messages) + 1, "question": view["question"],
                "history": [m["content"] for m in plain_history(messages) if m["role"] == "user"],
                "answer": answer_of(view), "filters": {}, "edited": False, "view": view,
            })  # fmt: skip
            messages += [
                {"role": "user", "content": inert(view["question"])},
                {"role": "assistant", "content": inert(view["answer"])},
            ]
        return (messages, restored, *self.drawn(restored, language), gr.skip(),
                self.chips_update({}, language), gr.skip())  # fmt: skip

    def lookup_row(self, value: str, language: str):
        """The full record of the row numbered `value` (a clear message for anything else)."""
        value = (value or "").strip()
        if not value:
            return "", None
        several = len(registers_of(self.assistant)) > 1
        if not (value.isdigit() or (several and "#" in value)):
            return text(language)["row_invalid"].format(value=inert(value)), None
        key = value if "#" in value else int(value)
        return record_markdown(self.assistant, key, language), key

    def wire(self) -> None:
        lang = self.ui_language
        # Every event that answers is in one concurrency group (`workers.CONCURRENCY_ID`), whose
        # limit `serve` sets (`workers.concurrency`: 8 of the server's threads, 8 per answer
        # worker, 32 with a language model; an app built without `serve` keeps Gradio's 1). They
        # may share the Assistant: an embedder whose backend keeps per-call state locks each call
        # (`vectors/embeddings.py`), the index reopens under a lock (`vectors/reader.py`), and an
        # answer is a few milliseconds of pandas (tests/test_concurrent_answers.py).
        gr.on(
            triggers=[self.question.submit, self.send.click],
            fn=self.respond,
            inputs=[self.question, self.chatbot, self.turns, lang],
            outputs=self.turn_outputs(),
            api_visibility="private",
            concurrency_id="assistant",
        )
        for html_part in (self.latest, self.earlier, self.examples):
            html_part.click(
                self.act,
                inputs=[self.chatbot, self.turns, lang],
                outputs=[self.asked, self.turns, self.latest, self.earlier, self.saved],
                api_visibility="private",
                concurrency_id="feedback",  # one writer at a time for the JSONL file
                show_progress="hidden",  # a rating is instant: no dimmed conversation meanwhile
            ).then(
                self.respond,
                inputs=[self.asked, self.chatbot, self.turns, lang],
                outputs=self.turn_outputs(),
                api_visibility="private",
                concurrency_id="assistant",
                show_progress="hidden",
            )
        self.chips.input(
            self.edit_filters,
            inputs=[self.chips, self.chatbot, self.turns, lang],
            outputs=[self.chatbot, self.turns, self.latest, self.saved, self.question],
            api_visibility="private",
            concurrency_id="assistant",
        )
        gr.on(
            triggers=[self.show_row.click, self.row_number.submit],
            fn=self.lookup_row,
            inputs=[self.row_number, lang],
            outputs=[self.record, self.record_id],
            api_visibility="private",
        )

        def cleared(language: str):
            return [], [], "", "", "", self.chips_update({}, language), []

        self.clear.click(
            cleared, inputs=[lang], outputs=self.turn_outputs(), api_visibility="private"
        )

    def wire_restore(self, event) -> None:
        """Redraws the kept conversation after `event` (the page's load, once its language is
        set)."""
        event.then(
            self.restore,
            inputs=[self.saved, self.turns, self.ui_language],
            outputs=self.turn_outputs(),
            api_visibility="private",
        )

    # -- language switch -----------------------------------------------------------------------

    def relabel_inputs(self) -> list[gr.components.Component]:
        return [self.turns, self.record_id]

    def relabel_outputs(self) -> list[gr.components.Component]:
        return [
            self.question, self.send, self.clear, self.latest, self.earlier, self.examples,
            self.chips, self.lookup, self.row_number, self.show_row, self.record,
        ]  # fmt: skip

    def relabel(self, language: str, turns: list, row_id: Any) -> list:
        """Every label in `language`, and every answer redrawn with it (their text stays in the
        language of their question)."""
        t = text(language)
        if turns:
            last = turns[-1]
            plan = last["answer"].plan
            checked = [
                f"{f}={v}" for f, values in (plan.filters if plan else {}).items() for v in values
            ]
            chips = self.chips_update(last["filters"], language, checked)
            latest, earlier = self.drawn(turns, language)
        else:  # nothing to redraw (and a conversation being restored is not overwritten)
            chips, latest, earlier = self.chips_update({}, language), gr.skip(), gr.skip()
        record = "" if row_id is None else record_markdown(self.assistant, row_id, language)
        return [
            gr.Textbox(label=t["question"], placeholder=t["placeholder"]),
            gr.Button(value=t["send"]),
            gr.Button(value=t["clear"]),
            latest,
            earlier,
            examples_html(examples(self.assistant, language), language),
            chips,
            gr.Accordion(label=t["row_lookup"]),
            gr.Textbox(label=t["row_number"]),
            gr.Button(value=t["show_row"]),
            gr.Markdown(value=record),
        ]


def saved(turns: list) -> list[dict[str, Any]]:
    """What the browser keeps of the conversation: the last MAX_SAVED answers' views."""
    return [turn["view"] for turn in turns[-MAX_SAVED:]]
