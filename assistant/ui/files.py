"""Which data file a tab shows: the year selector of the Explore, Overview and Briefing tabs,
and the Assistant seen through one file.

With several files loaded (`--data portrait-ia-2024.csv --data portrait-ia-2025.csv`) each of
these tabs offers a radio "Année du registre / Register year", the newest file selected; choosing
another redraws the tab from that file's own register and pipeline (`Assistant.desks`, built once
at start-up: nothing is reloaded). With one file no control is shown: a `gr.State` holds its
name, so the tabs' events read the file the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.service_log import registers_of
from assistant.ui.text import text

if TYPE_CHECKING:
    from assistant.api import Assistant


class FileView:
    """The Assistant seen through one of its files: `register`, `registers`, `executor`,
    `understander`, `retriever` and `row` are that file's; the rest (composer, settings) is the
    Assistant's. What a tab or a briefing computes from it is that file's alone, row ids
    included."""

    def __init__(self, assistant: Assistant, desk: Any) -> None:
        self._assistant = assistant
        self.register = desk.register
        self.registers = [desk.register]
        self.desks = [desk]
        self.executor = desk.executor
        self.understander = desk.understander
        self.retriever = desk.retriever

    def row(self, row_id: int, source: str | None = None) -> dict[str, Any]:
        return self._assistant.row(row_id, source or self.register.source)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._assistant, name)


def file_view(assistant: Assistant, source: str | None) -> Any:
    """`assistant` itself for its newest file (or with one file loaded), else a `FileView` of the
    file named `source`."""
    if not source or source == assistant.register.source:
        return assistant
    for desk in getattr(assistant, "desks", None) or []:
        if desk.register.source == source:
            return FileView(assistant, desk)
    loaded = ", ".join(r.source for r in registers_of(assistant))
    raise KeyError(f"no data file named {source!r} is loaded ({loaded}): choose one of these")


def register_of(assistant: Assistant, source: str | None) -> Any:
    """The Register of the file named `source` (the newest when None)."""
    return file_view(assistant, source).register


def row_key(assistant: Assistant, source: str | None, row_id: Any) -> Any:
    """How a tab names a row for `record_markdown`: its id with one file loaded, "file#id" with
    several (2024's row 12 is not 2025's)."""
    if len(registers_of(assistant)) > 1 and source:
        return f"{source}#{row_id}"
    return row_id


class FilePicker:
    """A tab's file selector: a radio with several files loaded, a hidden state with one."""

    def __init__(self, assistant: Assistant, language: str, elem_id: str) -> None:
        self.registers = registers_of(assistant)
        newest = assistant.register.source
        if len(self.registers) > 1:
            t = text(language)
            self.component: Any = gr.Radio(
                self.choices(language),
                value=newest,
                label=t["file_pick"],
                info=t["file_info"],
                elem_id=elem_id,
            )
        else:
            self.component = gr.State(newest)

    @property
    def shown(self) -> bool:
        return isinstance(self.component, gr.Radio)

    def choices(self, language: str) -> list[tuple[str, str]]:
        """("2024 — portrait-ia-2024.csv (171 lignes)", file name), newest first."""
        form = text(language)["file_choice"]
        return [
            (form.format(year=r.year, source=r.source, rows=len(r)), r.source)
            for r in reversed(self.registers)
        ]

    def relabel_outputs(self) -> list:
        return [self.component] if self.shown else []

    def relabel(self, language: str) -> list:
        if not self.shown:
            return []
        t = text(language)
        return [gr.Radio(choices=self.choices(language), label=t["file_pick"], info=t["file_info"])]
