"""Briefing -> Word document (python-docx): real headings, real tables, charts as pictures.

Headings use Word's "Title", "Heading 1" and "Heading 2" styles (so the navigation pane and a
table of contents work); tables have a header row marked as such (repeated on each page, read
as headers by screen readers); the document's language is set so Word checks the spelling in
the right language.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

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
from assistant.inert import deep_strip

# Column widths of the initiatives table, in cm (16.5 cm of text width on A4 with 2.25 cm margins).
INITIATIVE_WIDTHS = (1.1, 3.4, 2.6, 2.2, 2.2, 1.8, 3.2)


def _lang_tag(language: str) -> str:
    return "fr-CA" if language == "fr" else "en-CA"


def _set_language(doc, language: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), _lang_tag(language))


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _table(
    doc,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: set[int] = frozenset(),
    size: float = 9,
    widths: Sequence[float] | None = None,
):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, values in enumerate([header, *rows]):
        cells = table.rows[r].cells
        for c, value in enumerate(values):
            paragraph = cells[c].paragraphs[0]
            run = paragraph.add_run(str(value))
            run.font.size = Pt(size)
            if r == 0:
                run.bold = True
            if c in numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if widths:
                cells[c].width = Cm(widths[c])
    _repeat_header(table.rows[0])
    doc.add_paragraph()
    return table


def _hyperlinked(paragraph, text: str, url: str) -> None:
    """Adds `text` to `paragraph`, with the register's dataset address (`url`) as a real hyperlink."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if not url or url not in text:
        paragraph.add_run(text)
        return
    before, after = text.split(url, 1)
    paragraph.add_run(before)
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.extend([style, underline])
    text_el = OxmlElement("w:t")
    text_el.text = url
    run.extend([rpr, text_el])
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(after)


def render_docx(b: Briefing) -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    b = deep_strip(b)  # Word refuses control characters; register text may hold them

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.25))
    section.top_margin = section.bottom_margin = Cm(2)
    _set_language(doc, b.language)
    doc.styles["Normal"].font.size = Pt(10.5)
    props = doc.core_properties
    props.title, props.author, props.language = b.title, "Portrait IA", _lang_tag(b.language)
    props.subject, props.keywords = (
        b.subject,
        f"Portrait IA; registre IA; {b.register_title or 'Québec'}",
    )
    moment = dt.datetime.combine(b.date, dt.time(12, 0))
    props.created = props.modified = moment
    props.last_modified_by, props.revision = "Portrait IA", 1

    kicker = doc.add_paragraph()
    kicker.add_run(b.kicker).font.size = Pt(9)
    doc.add_heading(b.title, level=0)
    doc.add_paragraph().add_run(b.byline).italic = True
    scope = doc.add_paragraph()
    scope.add_run(b.text["scope_label"] + " — ").bold = True
    scope.add_run(f"{b.scope}. {b.method}")
    for note in b.notes:
        doc.add_paragraph().add_run(note).italic = True

    doc.add_heading(b.heading("summary"), level=1)
    doc.add_paragraph(" ".join(b.summary))

    doc.add_heading(b.heading("key_figures"), level=1)
    _table(doc, [b.column("figure"), b.column("value"), b.column("rows")],
           [(f.label, f.value, b.cite(f.row_ids)) for f in b.key_figures], numeric={1}, widths=(5, 3, 8.5))  # fmt: skip

    if b.charts:
        doc.add_heading(b.heading("charts"), level=1)
        for chart in b.charts:
            doc.add_picture(io.BytesIO(chart.png), width=Cm(15.5))
            shape = doc.inline_shapes[len(doc.inline_shapes) - 1]
            shape._inline.docPr.set("descr", chart.alt)  # alt text
            shape._inline.docPr.set("title", chart.title)
            doc.add_paragraph(chart.caption, style="Caption")

    if b.count:
        doc.add_heading(b.heading("breakdowns"), level=1)
        for field in group_sections(b):
            doc.add_heading(group_heading(b, field), level=2)
            rows = [
                (g["label"], str(g["count"]), g["share"], b.cite(g["row_ids"]))
                for g in shown_groups(b, field)
            ]
            _table(doc, [b.column(field), b.column("count"), b.column("share"), b.column("rows")], rows,
                   numeric={1, 2}, widths=(6.5, 2.2, 1.8, 6))  # fmt: skip
        for key in typed_sections(b):
            title = typed_heading(b, key)
            doc.add_heading(title, level=2)
            _table(doc, [title, b.column("count"), b.column("share"), b.column("rows")], typed_rows(b, key),
                   numeric={1, 2}, widths=(6.5, 2.2, 1.8, 6))  # fmt: skip

    if b.rows:
        doc.add_heading(b.heading("initiatives", count=len(b.rows)), level=1)
        keys = initiative_columns(b)
        _table(doc, [b.column(k) for k in keys], [[str(row[k]) for k in keys] for row in b.rows],
               numeric={0}, size=7.5, widths=column_widths(b, INITIATIVE_WIDTHS, 16.5))  # fmt: skip

    doc.add_heading(b.heading("sources"), level=1)
    for line in b.sources:
        _hyperlinked(doc.add_paragraph(style="List Bullet"), line, b.dataset_url)
    doc.add_heading(b.heading("limits"), level=1)
    for line in b.limits:
        doc.add_paragraph(line, style="List Bullet")

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
