"""Briefing notes: a topic, a portfolio or a public body turned into a short cited document.

    from assistant import Assistant
    from assistant.briefing import build_briefing, render

    briefing = build_briefing(Assistant(), "Briefing sur le portefeuille Santé et Services sociaux (Réseau)")
    Path("note.docx").write_bytes(render(briefing, "docx"))

`build_briefing` (content.py) asks the executor for every figure; `render` lays the same content
out as Markdown, Word or self-contained HTML (model.py: what a briefing holds). `portrait-ia brief`
is the command (assistant/commands/brief.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.briefing.content import build_briefing
from assistant.briefing.model import Briefing, Chart, KeyFigure
from assistant.briefing.scope import BriefingError

FORMATS = ("md", "docx", "html")

__all__ = [
    "FORMATS", "Briefing", "BriefingError", "Chart", "KeyFigure", "build_briefing", "render",
    "write_briefing",
]  # fmt: skip


def render(briefing: Briefing, fmt: str, chart_files: Sequence[str] | None = None) -> bytes:
    """The briefing as `fmt` ("md", "docx" or "html") bytes. Markdown links its charts only when
    `chart_files` names their PNG files (see `write_briefing`); HTML and DOCX embed them."""
    if fmt == "md":
        from assistant.briefing.render_md import render_markdown

        return render_markdown(briefing, chart_files).encode("utf-8")
    if fmt == "html":
        from assistant.briefing.render_html import render_html

        return render_html(briefing).encode("utf-8")
    if fmt == "docx":
        from assistant.briefing.render_docx import render_docx

        return render_docx(briefing)
    raise BriefingError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_briefing(briefing: Briefing, fmt: str, path: str | Path) -> list[Path]:
    """Writes the briefing to `path` (and, for Markdown, its charts as `<stem>-<chart>.png` beside
    it). Returns the files written, the document first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = [path]
    chart_files = None
    if fmt == "md" and briefing.charts:
        chart_files = []
        for chart in briefing.charts:
            png = path.with_name(f"{path.stem}-{chart.name}.png")
            png.write_bytes(chart.png)
            chart_files.append(png.name)
            written.append(png)
    path.write_bytes(render(briefing, fmt, chart_files))
    return written
