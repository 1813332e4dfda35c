"""Briefing -> one self-contained HTML page (charts inlined as base64 PNG, print stylesheet)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from assistant.briefing.layout import (
    column_widths,
    group_heading,
    group_sections,
    initiative_columns,
    shown_groups,
    typed_heading,
    typed_rows,
    typed_sections,
)
from assistant.briefing.model import Briefing

CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: #111; background: #fff;
       max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; font-size: 15px; }
header { border-bottom: 3px solid #111; margin-bottom: 1.2rem; padding-bottom: .6rem; }
.kicker { text-transform: uppercase; letter-spacing: .04em; font-size: .78rem; color: #444; margin: 0; }
h1 { font-size: 1.75rem; margin: .3rem 0 .4rem; line-height: 1.2; }
.byline { color: #333; margin: 0; font-size: .9rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #999; padding-bottom: .15rem; margin-top: 1.8rem; }
h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
.scope { background: #f2f2f2; border-left: 4px solid #555; padding: .5rem .8rem; margin: 0 0 1rem; }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; font-size: .86em; }
/* Each table follows a heading that says the same: the caption is for screen readers. */
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #888; padding: .25rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #e4e4e4; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.ids { font-size: .92em; color: #333; width: 45%; }
table.initiatives { font-size: .8em; table-layout: fixed; }
table.initiatives td { overflow-wrap: break-word; hyphens: auto; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ccc; }
figcaption { font-size: .85rem; color: #333; }
ul { padding-left: 1.3rem; }
a { color: #0b3d91; overflow-wrap: anywhere; }
@page { size: A4; margin: 1.6cm 1.4cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  table.initiatives { font-size: 7.5pt; }
  h2, h3 { break-after: avoid; }
  table, figure { break-inside: auto; }
  tr, figure img { break-inside: avoid; }
  thead { display: table-header-group; }
  .scope { background: none; border: 1px solid #555; }
  a { color: #000; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
}
""".strip()


# Column widths of the initiatives table (%): row, name, body, portfolio, category, status, benefits.
INITIATIVE_WIDTHS = (6, 20, 14, 12, 16, 12, 20)


def _lang_tag(language: str) -> str:
    return "fr-CA" if language == "fr" else "en-CA"


def _table(
    caption: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: set[int],
    css: str = "",
    ids_col: int | None = None,
    widths: Sequence[int] = (),
) -> str:
    head = "".join(
        f'<th scope="col"{" class=num" if i in numeric else ""}>{escape(h)}</th>'
        for i, h in enumerate(header)
    )
    body = []
    for row in rows:
        cells = [f'<th scope="row">{escape(str(row[0]))}</th>']
        for i, cell in enumerate(row[1:], 1):
            cls = "num" if i in numeric else ("ids" if i == ids_col else "")
            text = escape(str(cell)).replace("/", "/<wbr>")  # "Assistant/agent" may wrap after "/"
            cells.append(f"<td{f' class={cls}' if cls else ''}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    klass = f' class="{css}"' if css else ""
    cols = "".join(f'<col style="width:{w}%">' for w in widths) if widths else ""
    cols = f"<colgroup>{cols}</colgroup>" if cols else ""
    return (
        f"<table{klass}><caption>{escape(caption)}</caption>{cols}<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _linked(text: str, url: str) -> str:
    """Escaped text with the register's dataset address (`url`, if any) as a link."""
    safe = escape(text)
    if not url.lower().startswith(("https://", "http://")):  # never a javascript: or data: link
        return safe
    url = escape(url)
    return safe.replace(url, f'<a href="{url}">{url}</a>')


def render_html(b: Briefing) -> str:
    h = escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_lang_tag(b.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{h(b.title)}</title>",
        '<meta name="generator" content="Portrait IA">',
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="kicker">{h(b.kicker)}</p>',
        f"<h1>{h(b.title)}</h1>",
        f'<p class="byline">{h(b.byline)}</p>',
        "</header>",
        "<main>",
        f'<p class="scope"><strong>{h(b.text["scope_label"])}</strong> — {h(b.scope)}. {h(b.method)}</p>',
    ]
    parts += [f'<p class="note">{h(n)}</p>' for n in b.notes]
    parts += [
        f"<section><h2>{h(b.heading('summary'))}</h2>",
        "<p>" + h(" ".join(b.summary)) + "</p></section>",
    ]
    parts.append(f"<section><h2>{h(b.heading('key_figures'))}</h2>")
    parts.append(
        _table(
            b.heading("key_figures"),
            [b.column("figure"), b.column("value"), b.column("rows")],
            [(f.label, f.value, b.cite(f.row_ids)) for f in b.key_figures],
            numeric={1},
            ids_col=2,
        )
    )
    parts.append("</section>")
    if b.charts:
        parts.append(f"<section><h2>{h(b.heading('charts'))}</h2>")
        for chart in b.charts:
            data = base64.b64encode(chart.png).decode("ascii")
            parts.append(
                f'<figure><img src="data:image/png;base64,{data}" alt="{h(chart.alt)}">'
                f"<figcaption>{h(chart.caption)}</figcaption></figure>"
            )
        parts.append("</section>")
    if b.count:
        parts.append(f"<section><h2>{h(b.heading('breakdowns'))}</h2>")
        for field in group_sections(b):
            title = group_heading(b, field)
            parts.append(f"<h3>{h(title)}</h3>")
            parts.append(
                _table(
                    title,
                    [b.column(field), b.column("count"), b.column("share"), b.column("rows")],
                    [
                        (g["label"], str(g["count"]), g["share"], b.cite(g["row_ids"]))
                        for g in shown_groups(b, field)
                    ],
                    numeric={1, 2},
                    ids_col=3,
                )
            )
        for key in typed_sections(b):
            title = typed_heading(b, key)
            parts.append(f"<h3>{h(title)}</h3>")
            parts.append(
                _table(
                    title,
                    [title, b.column("count"), b.column("share"), b.column("rows")],
                    typed_rows(b, key),
                    numeric={1, 2},
                    ids_col=3,
                )
            )
        parts.append("</section>")
    if b.rows:
        title = b.heading("initiatives", count=len(b.rows))
        keys = initiative_columns(b)
        parts.append(f"<section><h2>{h(title)}</h2>")
        parts.append(
            _table(
                title,
                [b.column(k) for k in keys],
                [[str(row[k]) for k in keys] for row in b.rows],
                numeric=set(),
                css="initiatives",
                widths=column_widths(b, INITIATIVE_WIDTHS, 100),
            )
        )
        parts.append("</section>")
    parts.append(f"<section><h2>{h(b.heading('sources'))}</h2><ul>")
    parts += [f"<li>{_linked(line, b.dataset_url)}</li>" for line in b.sources]
    parts.append(f"</ul></section><section><h2>{h(b.heading('limits'))}</h2><ul>")
    parts += [f"<li>{h(line)}</li>" for line in b.limits]
    parts += ["</ul></section>", "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)
