"""The Briefing tab: a topic (or the chat's conversation) turned into a sourced note to download.

The note is built by `assistant.briefing` from the executor's exact figures, like
`portrait-ia brief`; this tab only asks for the topic, the format and (several files loaded) the
year, and offers the file. Where the files go and when they are deleted: `downloads`.
"""

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.audit import briefed
from assistant.briefing import BriefingError, build_briefing, render, write_briefing
from assistant.ui.chat import plain_history
from assistant.ui.downloads import BriefingFiles
from assistant.ui.files import FilePicker, file_view
from assistant.vectors.rebuild import IndexNotReady

if TYPE_CHECKING:
    from assistant.api import Assistant

TEXT = {
    "fr": {
        "tab": "Note d'information",
        "intro": "Une note d'information sourcée (contexte, chiffres clés, graphiques, initiatives, "
        "sources, limites) sur un sujet, un portefeuille ou un organisme, ou sur la conversation "
        "en cours. Les chiffres sont calculés sur tout le registre, chaque ligne est citée.",
        "topic": "Sujet, portefeuille ou organisme",
        "placeholder": "Ex. : détection de fraude · portefeuille Santé et Services sociaux (Réseau) · Université Laval",
        "format": "Format",
        "make": "Produire la note",
        "from_chat": "Produire la note de la conversation",
        "file": "Télécharger la note",
        "preview": "Aperçu",
        "error": "La note n'a pas pu être produite : {error}",
    },
    "en": {
        "tab": "Briefing",
        "intro": "A sourced briefing note (context, key figures, charts, initiatives, sources, "
        "limits) on a topic, a portfolio or a public body, or on the current conversation. Figures "
        "are computed over the whole register and every row is cited.",
        "topic": "Topic, portfolio or public body",
        "placeholder": "E.g. fraud detection · health network · Université Laval",
        "format": "Format",
        "make": "Make the briefing",
        "from_chat": "Brief on this conversation",
        "file": "Download the briefing",
        "preview": "Preview",
        "error": "The briefing could not be made: {error}",
    },
}
FORMATS = [("Word (.docx)", "docx"), ("HTML", "html"), ("Markdown", "md")]
# For callers without an app of their own (each app has its store, see `build_app`).
BRIEFING_FILES = BriefingFiles()


def make_briefing_file(
    assistant: "Assistant",
    topic: str,
    fmt: str,
    language: str | None = None,
    history: list[dict[str, str]] | None = None,
    files: BriefingFiles | None = None,
) -> tuple[str, str]:
    """Writes the briefing to a new folder of `files` (older ones are deleted, see
    `downloads`); returns its path and a Markdown preview. `assistant` may be a `FileView`.

    A served app with answer workers (`workers.PooledAssistant.brief_in_workers`) has a worker understand,
    count, chart and write the note, so that a briefing does not hold the server's interpreter
    while others wait for their answers; here otherwise (no workers, or none ready)."""
    folder = (files or BRIEFING_FILES).new_folder()
    try:
        in_pool = getattr(assistant, "brief_in_workers", None)
        made = in_pool(assistant.register.source, topic or "", language, history, fmt, folder) if in_pool else None
        if made is None:
            briefing = build_briefing(assistant, topic or "", language, history)
            path, preview = write_note(briefing, fmt, folder)
        else:
            briefing, path, preview = made
    except IndexNotReady as exc:  # a topic briefing while the index is built: said, not raised
        shutil.rmtree(folder, ignore_errors=True)
        raise BriefingError(str(exc)) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    briefed(assistant, topic or "", briefing, fmt, [path])  # audited like an answer (tab and /brief)
    return path, preview


def write_note(briefing: Any, fmt: str, folder: Path) -> tuple[str, str]:
    """Writes `briefing` as `fmt` into `folder`; its path and its Markdown preview (also what a
    worker process does for `make_briefing_file`)."""
    stem = "note-information" if briefing.language == "fr" else "briefing"
    path = write_briefing(briefing, fmt, Path(folder) / f"{stem}.{fmt}")[0]
    preview = render(briefing, "md").decode("utf-8")
    return str(path), preview


class BriefingTab:
    """Builds the tab's components (inside the current Blocks) and answers its events."""

    def __init__(
        self, assistant: "Assistant", language: str, files: BriefingFiles | None = None
    ) -> None:
        self.assistant = assistant
        self.files = files or BRIEFING_FILES
        t = TEXT[language]
        self.intro = gr.Markdown(t["intro"])
        self.year = FilePicker(assistant, language, "brief-year")
        with gr.Row(equal_height=True):
            self.topic = gr.Textbox(
                label=t["topic"], placeholder=t["placeholder"], scale=4, elem_id="brief-topic"
            )
            self.format = gr.Radio(
                FORMATS, value="docx", label=t["format"], scale=2, elem_id="brief-format"
            )
        with gr.Row():
            self.make = gr.Button(t["make"], variant="primary", elem_id="brief-make")
            self.from_chat = gr.Button(t["from_chat"], elem_id="brief-from-chat")
        # Hidden until there is a note: gradio's empty file box carries an ARIA attribute that
        # its role does not allow (axe: aria-prohibited-attr).
        self.file = gr.File(label=t["file"], interactive=False, elem_id="brief-file", visible=False)
        self.preview = gr.Markdown(label=t["preview"], elem_id="brief-preview")
        # What the note shown was made from ({"topic", "language", "history"}): another year
        # redoes the same note from that year's file.
        self.request = gr.State(None)

    def brief(
        self, request: dict[str, Any], fmt: str, language: str, source: str
    ) -> tuple[Any, str, dict]:
        """The note of `request` from the file `source`: the file to download, its preview."""
        try:
            path, preview = make_briefing_file(
                file_view(self.assistant, source), request["topic"], fmt, request["language"],
                request["history"], files=self.files,
            )  # fmt: skip
        except BriefingError as exc:
            raise gr.Error(TEXT[language]["error"].format(error=exc)) from exc
        return gr.File(value=path, visible=True), preview, request

    def wire(self, chatbot: gr.Chatbot, ui_language: gr.Radio) -> None:
        def make(topic: str, fmt: str, language: str, source: str):
            # A topic decides the note's language; no topic (the whole register): the UI's.
            request = {
                "topic": topic or "",
                "language": None if (topic or "").strip() else language,
                "history": None,
            }
            return self.brief(request, fmt, language, source)

        def from_chat(messages: list, fmt: str, language: str, source: str):
            return self.brief(
                {"topic": "", "language": language, "history": plain_history(messages)},
                fmt,
                language,
                source,
            )

        def other_year(request: dict | None, fmt: str, language: str, source: str):
            return (
                (gr.skip(),) * 3 if request is None else self.brief(request, fmt, language, source)
            )

        year, outputs = self.year.component, [self.file, self.preview, self.request]
        self.make.click(make, inputs=[self.topic, self.format, ui_language, year], outputs=outputs,
                        api_visibility="private", concurrency_id="assistant")  # fmt: skip
        self.topic.submit(make, inputs=[self.topic, self.format, ui_language, year], outputs=outputs,
                          api_visibility="private", concurrency_id="assistant")  # fmt: skip
        self.from_chat.click(from_chat, inputs=[chatbot, self.format, ui_language, year], outputs=outputs,
                             api_visibility="private", concurrency_id="assistant")  # fmt: skip
        if self.year.shown:
            year.input(other_year, inputs=[self.request, self.format, ui_language, year], outputs=outputs,
                       api_visibility="private", concurrency_id="assistant")  # fmt: skip

    def relabel(self, language: str) -> list[Any]:
        t = TEXT[language]
        return [
            gr.Markdown(t["intro"]),
            *self.year.relabel(language),
            gr.Textbox(label=t["topic"], placeholder=t["placeholder"]),
            gr.Radio(label=t["format"]),
            gr.Button(value=t["make"]),
            gr.Button(value=t["from_chat"]),
            gr.File(label=t["file"]),
        ]

    def relabel_outputs(self) -> list[Any]:
        return [
            self.intro,
            *self.year.relabel_outputs(),
            self.topic,
            self.format,
            self.make,
            self.from_chat,
            self.file,
        ]
