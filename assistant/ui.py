"""The chat UI (Gradio): questions in French or English, answers with the rows they cite.

One `Assistant` is created at start-up and shared by every session: loading the register and
opening the index is the slow part, answering is cheap. The page shows the chat, a table of the
register rows the last answer cites, and a header naming the register file and its size, so a
reader always knows which file the answers come from.

UI text lives in `UI_TEXT` (one dict per language); the "Français / English" radio switches
every label. Answers follow the language of the question, not the UI's (the Assistant decides).

Endpoints (gradio_client): `/ask` takes a question and returns the answer (Markdown) and the
citations table ({"headers": [...], "data": [[row_id, initiative, body, category, status]]}).
The chat events are private: they carry the browser's conversation state.

No `from __future__ import annotations` here: `gr.api` reads the endpoint's type hints as
objects (a string annotation would turn its two outputs into one).
"""

import sys
import time
from typing import TYPE_CHECKING, Any

import gradio as gr
import pandas as pd

from .answer import Answer
from .settings import SettingsError

if TYPE_CHECKING:
    from .api import Assistant

REGISTER_NAME = "Portrait des utilisations de l'IA dans l'administration publique québécoise"
LANGUAGES = (("Français", "fr"), ("English", "en"))
EXAMPLES = (
    "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?",
    "Quels organismes utilisent l'IA pour détecter la fraude ?",
    "Which initiatives help triage patients?",
    "Which public bodies use AI for forest inventory?",
    "Combien d'initiatives sont en production dans le réseau de la santé ?",
    "Quels organismes ont le plus d'initiatives ?",
    "Breakdown by category",
    "How many chatbots are in production?",
)

UI_TEXT: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Portrait IA — les usages de l'IA dans l'administration publique québécoise",
        "register": "**Registre :** {name} · fichier `{source}` · **{rows} lignes**",
        "intro": "Posez une question en français ou en anglais : chaque réponse cite les lignes "
        "du registre sur lesquelles elle s'appuie (numéro de ligne du fichier officiel).",
        "question": "Votre question",
        "placeholder": "Ex. : Quels organismes utilisent l'IA pour détecter la fraude ?",
        "send": "Envoyer",
        "clear": "Nouvelle conversation",
        "chat": "Conversation",
        "chat_placeholder": "Les réponses citent les lignes du registre.",
        "citations": "Lignes citées par la dernière réponse",
        "examples": "Exemples de questions",
        "columns": ["Ligne", "Initiative", "Organisme", "Catégorie", "Statut"],
        "error": "La question n'a pas pu être traitée : {error}",
        "understood": "**Ce que j'ai compris :** {plan}",
    },
    "en": {
        "title": "Portrait IA — uses of AI in Québec's public administration",
        "register": "**Register:** {name} · file `{source}` · **{rows} rows**",
        "intro": "Ask a question in French or English: every answer cites the register rows it "
        "rests on (row number in the official file).",
        "question": "Your question",
        "placeholder": "E.g. Which public bodies use AI to detect fraud?",
        "send": "Send",
        "clear": "New conversation",
        "chat": "Conversation",
        "chat_placeholder": "Answers cite the register's rows.",
        "citations": "Rows cited by the last answer",
        "examples": "Example questions",
        "columns": ["Row", "Initiative", "Public body", "Category", "Status"],
        "error": "The question could not be answered: {error}",
        "understood": "**What I understood:** {plan}",
    },
}

# System fonts only: the page must render offline, with nothing fetched from a font service.
THEME = gr.themes.Default(font=["DejaVu Sans", "sans-serif"])
# Gradio 6 takes the theme at launch(), not in gr.Blocks(): every launch passes these.
# The table's cells default to the monospace font; names and bodies read better in the text font.
CSS = "#citations [role=gridcell] *, #citations [role=columnheader] * { font-family: var(--font); }"
LAUNCH_OPTIONS: dict[str, Any] = {"theme": THEME, "css": CSS, "share": False, "ssr_mode": False}


def _text(language: str) -> dict[str, Any]:
    return UI_TEXT["en" if language == "en" else "fr"]


def header_markdown(assistant: "Assistant", language: str) -> str:
    """Title, register name, file name and row count: which data the answers come from."""
    t, register = _text(language), assistant.register
    line = t["register"].format(name=REGISTER_NAME, source=register.source, rows=len(register))
    return f"# {t['title']}\n\n{line}\n\n{t['intro']}"


def empty_table(language: str) -> pd.DataFrame:
    return pd.DataFrame(columns=_text(language)["columns"])


def citations_table(assistant: "Assistant", answer: Answer) -> pd.DataFrame:
    """The rows an answer cites, labels in the answer's language (category_en/status_en)."""
    suffix = "_en" if answer.language == "en" else ""
    records = []
    for citation in answer.citations:
        try:
            row = assistant.register.row(citation.row_id)
        except KeyError:  # a citation into another file: show what the citation itself carries
            row = {"name": citation.name, "body": citation.body}
        records.append(
            [
                citation.row_id,
                row.get("name", citation.name),
                row.get("body", citation.body),
                row.get("category" + suffix) or row.get("category", ""),
                row.get("status" + suffix) or row.get("status", ""),
            ]
        )
    return pd.DataFrame(records, columns=_text(answer.language)["columns"])


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
        history.append({"role": message.get("role", "user"), "content": str(content or "")})
    return history


def build_app(assistant: "Assistant", language: str = "fr") -> gr.Blocks:
    """The chat page over `assistant`; `language` ("fr" or "en") is the initial UI language."""
    language = "en" if language == "en" else "fr"
    t = _text(language)

    def ask(question: str) -> tuple[str, dict]:
        """Answers one question (French or English) from the register.

        Returns the answer (Markdown, row ids in brackets) and the table of cited rows.
        """
        answer = assistant.ask(question)
        table = citations_table(assistant, answer)
        rows = [[int(r[0]), *map(str, r[1:])] for r in table.itertuples(index=False)]
        return answer.answer, {"headers": list(table.columns), "data": rows}

    def respond(question: str, messages: list[dict[str, Any]], ui_language: str):
        """One chat turn: the earlier turns go to the Assistant for follow-up questions."""
        question = (question or "").strip()
        if not question:
            return gr.skip(), gr.skip(), "", gr.skip()
        try:
            answer = assistant.ask(question, history=plain_history(messages))
        except Exception as exc:  # shown to the user in their language, logged in full
            print(f"portrait-ia ui: error on {question!r}: {exc!r}", file=sys.stderr)
            raise gr.Error(_text(ui_language)["error"].format(error=exc)) from exc
        turn = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
        understood = _text(ui_language)["understood"].format(plan=answer.plan.understood()) if answer.plan else ""
        return plain_history(messages) + turn, citations_table(assistant, answer), "", understood

    with gr.Blocks(title="Portrait IA", analytics_enabled=False) as app:
        with gr.Row():
            header = gr.Markdown(header_markdown(assistant, language), elem_id="header")
            ui_language = gr.Radio(
                choices=list(LANGUAGES),
                value=language,
                label="Français / English",
                elem_id="ui-language",
                scale=0,
                min_width=220,
            )
        chatbot = gr.Chatbot(
            label=t["chat"],
            placeholder=t["chat_placeholder"],
            height=420,
            elem_id="chat",
            buttons=["copy"],
        )
        with gr.Row(equal_height=True):
            question = gr.Textbox(
                label=t["question"],
                placeholder=t["placeholder"],
                lines=1,
                max_lines=4,
                elem_id="question",
                scale=5,
            )
            with gr.Column(scale=1, min_width=160):
                send = gr.Button(t["send"], variant="primary", elem_id="send")
                clear = gr.Button(t["clear"], size="sm", elem_id="clear")
        understood = gr.Markdown("", elem_id="understood")
        examples = gr.Examples(
            examples=[[q] for q in EXAMPLES], inputs=[question], label=t["examples"]
        )
        # Below the chat at full width: five columns of long names need the room.
        citations = gr.Dataframe(
            value=empty_table(language),
            label=t["citations"],
            interactive=False,
            wrap=True,
            datatype=["number", "str", "str", "str", "str"],
            column_widths=["7%", "35%", "24%", "20%", "14%"],
            elem_id="citations",
        )

        # One concurrency group for everything that calls the shared Assistant: its embedder
        # and index client were not written for concurrent use, and an answer takes ~50 ms.
        gr.on(
            triggers=[question.submit, send.click],
            fn=respond,
            inputs=[question, chatbot, ui_language],
            outputs=[chatbot, citations, question, understood],
            api_visibility="private",
            concurrency_id="assistant",
        )
        gr.api(ask, api_name="ask", concurrency_id="assistant")
        clear.click(
            lambda lang: ([], empty_table(lang), "", ""),
            inputs=[ui_language],
            outputs=[chatbot, citations, question, understood],
            api_visibility="private",
        )
        # The chatbot's own trash icon clears the chat only: empty the citations with it.
        chatbot.clear(
            empty_table, inputs=[ui_language], outputs=[citations], api_visibility="private"
        )

        def switch_language(lang: str, table: pd.DataFrame | None):
            """Relabels every control; the citations keep the language of their answer."""
            s = _text(lang)
            has_rows = table is not None and len(table) > 0 and str(table.iloc[0, 0]).strip()
            return (
                header_markdown(assistant, lang),
                gr.Chatbot(label=s["chat"], placeholder=s["chat_placeholder"]),
                gr.Textbox(label=s["question"], placeholder=s["placeholder"]),
                gr.Button(value=s["send"]),
                gr.Button(value=s["clear"]),
                gr.Dataset(label=s["examples"]),
                gr.Dataframe(label=s["citations"])
                if has_rows
                else gr.Dataframe(value=empty_table(lang), label=s["citations"]),
            )

        ui_language.change(
            switch_language,
            inputs=[ui_language, citations],
            outputs=[header, chatbot, question, send, clear, examples.dataset, citations],
            api_visibility="private",
        )
    return app


def serve(values: dict[str, Any]) -> None:
    """`portrait-ia serve`: load the register and index once, then serve the page until ^C."""
    from .api import Assistant

    started = time.perf_counter()
    min_score = values["min_score"]
    assistant = Assistant(
        values["data"],
        index_dir=values["index_dir"],
        embedder=values["embedder"],
        top_k=values["top_k"],
        min_score=min_score if min_score >= 0 else None,
        progress=True,
    )
    ready = time.perf_counter()
    register = assistant.register
    print(
        f"Register {register.source}: {len(register)} rows; assistant ready in "
        f"{ready - started:.1f} s.",
        file=sys.stderr,
    )
    app = build_app(assistant)
    try:
        _, url, _ = app.launch(
            server_name=values["host"],
            server_port=values["port"],
            prevent_thread_lock=True,
            quiet=True,
            **LAUNCH_OPTIONS,
        )
    except OSError as exc:  # gradio's "Cannot find empty port": say which setting fixes it
        raise SettingsError(
            f"cannot serve on {values['host']}:{values['port']} ({exc}). Fix: choose another "
            "port with --port N or PORTRAIT_IA_PORT, or stop what is using it."
        ) from exc
    print(f"Portrait IA: {url} (page served {time.perf_counter() - ready:.1f} s after start-up)")
    print("Press Ctrl+C to stop.", file=sys.stderr)
    app.block_thread()
