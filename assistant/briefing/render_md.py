"""Briefing -> Markdown (GitHub-flavoured tables). Charts are linked when their files are named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.briefing.layout import (
    group_heading,
    group_sections,
    initiative_columns,
    shown_groups,
    typed_heading,
    typed_rows,
    typed_sections,
)
from assistant.briefing.model import Briefing
from assistant.inert import markdown_inert as _inert


def _cell(text: object) -> str:
    # Line breaks and runs of spaces become one space; no-break spaces (French typography) stay.
    text = re.sub(r"[ \t\r\n\f\v]+", " ", str(text)).strip().replace("\\", "\\\\")
    return _inert(text).replace("|", "\\|")


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = [
        "| " + " | ".join(_cell(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def render_markdown(b: Briefing, chart_files: Sequence[str] | None = None) -> str:
    """The briefing as Markdown. `chart_files`: file names of the charts' PNGs (written beside the
    Markdown file by the caller), linked as images; without them the charts' figures are already
    in the breakdown tables and the chart section is left out."""
    out = [f"# {_cell(b.title)}", "", f"*{_inert(b.kicker)}*  ", f"*{_inert(b.byline)}*", ""]
    out += [f"**{b.text['scope_label']}** — {_inert(b.scope)}. {_inert(b.method)}", ""]
    out += [f"> {_inert(note)}" for note in b.notes] + ([""] if b.notes else [])
    out += [f"## {_inert(b.heading('summary'))}", "", *_inert(" ".join(b.summary)).split("\n"), ""]

    out += [f"## {b.heading('key_figures')}", ""]
    out += _table(
        [b.column("figure"), b.column("value"), b.column("rows")],
        [(f.label, f.value, b.cite(f.row_ids)) for f in b.key_figures],
    )
    out.append("")
    if b.charts and chart_files:
        out += [f"## {b.heading('charts')}", ""]
        for chart, name in zip(b.charts, chart_files, strict=False):
            out += [f"![{_cell(chart.alt)}]({name})", "", f"*{_inert(chart.caption)}*", ""]
    if b.count:
        out += [f"## {b.heading('breakdowns')}", ""]
        for field in group_sections(b):
            out += [f"### {_inert(group_heading(b, field))}", ""]
            groups = shown_groups(b, field)
            out += _table(
                [b.column(field), b.column("count"), b.column("share"), b.column("rows")],
                [(g["label"], g["count"], g["share"], b.cite(g["row_ids"])) for g in groups],
            )
            out.append("")
        for key in typed_sections(b):
            title = typed_heading(b, key)
            out += [f"### {_inert(title)}", ""]
            out += _table([title, b.column("count"), b.column("share"), b.column("rows")], typed_rows(b, key))
            out.append("")
    if b.rows:
        out += [f"## {b.heading('initiatives', count=len(b.rows))}", ""]
        keys = initiative_columns(b)
        out += _table([b.column(k) for k in keys], [[row[k] for k in keys] for row in b.rows])
        out.append("")
    out += [f"## {b.heading('sources')}", ""] + [f"- {_inert(line)}" for line in b.sources] + [""]
    out += [f"## {b.heading('limits')}", ""] + [f"- {_inert(line)}" for line in b.limits] + [""]
    return "\n".join(out)
