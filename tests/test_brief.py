"""Briefings: every figure is the executor's (checked again with pandas), every row of the table is
cited, each format opens and holds the same content, French typography in French, numbers per
language; the command writes the file and says where, and refuses bad options with status 2."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re

import pytest

from assistant.briefing import BriefingError, build_briefing, render
from assistant.briefing.text import percent, ranges, typeset
from assistant.commands import brief
from assistant.execute import Executor, label
from assistant.types import Plan
from tests.conftest import FULL_REGISTER

NNBSP = "\u202f"
HEALTH_NETWORK = "Santé et Services sociaux (Réseau)"
REQUESTS = {  # case -> (request per briefing language)
    "topic": {"fr": "détection de fraude", "en": "fraud detection"},
    "portfolio": {
        lang: "Briefing sur le portefeuille Santé et Services sociaux (Réseau)"
        for lang in ("fr", "en")
    },
    "body": {lang: "Briefing on Université Laval" for lang in ("fr", "en")},
}
CASES = [(case, lang) for case in REQUESTS for lang in ("fr", "en")]
GROUP_COLUMNS = {
    "status": "status_key",
    "category": "category_key",
    "portfolio": "portfolio",
    "body": "body",
}
HEADINGS = {
    "fr": ("Résumé", "Chiffres clés", "Graphiques", "Répartitions", "Sources", "Limites"),
    "en": ("Summary", "Key figures", "Charts", "Breakdowns", "Sources", "Limits"),
}
ROW_HEADER = {"fr": "Ligne", "en": "Row"}
_CACHE: dict[tuple[str, str], object] = {}


@pytest.fixture(scope="module")
def df(full_assistant):
    return full_assistant.register.df


@pytest.fixture
def briefing(request, full_assistant):
    case, lang = request.param
    if (case, lang) not in _CACHE:
        _CACHE[case, lang] = build_briefing(full_assistant, REQUESTS[case][lang], language=lang)
    return _CACHE[case, lang]


def expected_ids(full_assistant, df, case, lang) -> list[int]:
    """The set, from pandas for filters, from the executor's topic-set path for a topic."""
    if case == "portfolio":
        return sorted(int(i) for i in df[df.portfolio == HEALTH_NETWORK].row_id)
    if case == "body":
        return sorted(int(i) for i in df[df.body == "Université Laval"].row_id)
    topic = {"fr": "détection fraude", "en": "fraud detection"}[lang]
    evidence = full_assistant.executor(
        Plan(question=topic, language=lang, intent="count", topic=topic)
    )
    assert evidence.topic_set
    return sorted(evidence.figures["row_ids"])


def expand(cell: str) -> list[int]:
    """'144–146, 150' -> [144, 145, 146, 150] (the briefing's compact row-id ranges)."""
    out: list[int] = []
    for part in filter(None, (p.strip() for p in cell.split(","))):
        low, _, high = part.partition("–")
        out += list(range(int(low), int(high or low) + 1))
    return out


def share(count: int, total: int, lang: str) -> str:
    value = 100 * count / total
    shown = f"{value:.1f}" if 0 < value < 1 else str(round(value))
    return shown.replace(".", ",") + f"{NNBSP}%" if lang == "fr" else shown + "%"


by_case = pytest.mark.parametrize(
    "briefing", CASES, indirect=True, ids=[f"{c}-{lang}" for c, lang in CASES]
)


# -- content: the executor's figures, checked again with pandas -------------------------------------


@by_case
def test_figures_are_the_executors_and_pandas_agrees(briefing, full_assistant, df):
    case, lang = next(k for k, v in _CACHE.items() if v is briefing)
    ids = expected_ids(full_assistant, df, case, lang)
    assert ids, "the examples all match something"
    assert (briefing.count, sorted(briefing.row_ids)) == (len(ids), ids)
    subset = df[df.row_id.isin(ids)]
    for field, column in GROUP_COLUMNS.items():
        expected = {
            value: sorted(int(i) for i in part.row_id) for value, part in subset.groupby(column)
        }
        got = {g["value"]: sorted(g["row_ids"]) for g in briefing.groups[field]}
        assert got == expected, field
        counts = [g["count"] for g in briefing.groups[field]]
        assert counts == sorted(counts, reverse=True), "most rows first"
        for g in briefing.groups[field]:
            assert g["count"] == len(g["row_ids"])
            assert g["label"] == label(field, g["value"], lang, df)
            assert g["share"] == share(g["count"], len(ids), lang)
    figures = {f.label: f for f in briefing.key_figures}
    first = briefing.key_figures[0]
    assert (first.count, sorted(first.row_ids)) == (len(ids), ids)
    bodies = figures["Organismes publics" if lang == "fr" else "Public bodies"]
    assert bodies.count == subset.body.nunique()
    in_production = figures["En production" if lang == "fr" else "In production"]
    assert sorted(in_production.row_ids) == sorted(
        int(i) for i in subset[subset.status_key == "in_production"].row_id
    )


@by_case
def test_every_row_of_the_table_is_a_cited_row_of_the_set(briefing):
    table_ids = [row["row_id"] for row in briefing.rows]
    assert sorted(table_ids) == sorted(briefing.row_ids) and len(set(table_ids)) == len(table_ids)
    for row in briefing.rows:
        assert len(row["benefits"]) <= 141
    for field, groups in briefing.groups.items():
        assert sorted(i for g in groups for i in g["row_ids"]) == sorted(briefing.row_ids), field


def test_scope_is_understood_from_the_text(full_assistant):
    health = build_briefing(
        full_assistant,
        "Briefing sur le portefeuille Santé et Services sociaux (Réseau)",
        charts=False,
    )
    assert (health.language, health.plan.filters, health.plan.topic) == (
        "fr",
        {"portfolio": [HEALTH_NETWORK]},
        "",
    )
    assert "Santé et Services sociaux (Réseau)" in health.title
    laval = build_briefing(full_assistant, "Briefing on Université Laval", charts=False)
    assert (laval.language, laval.plan.filters) == ("en", {"body": ["Université Laval"]})
    assert laval.title == "Briefing: Université Laval"
    laval_only = build_briefing(full_assistant, "Briefing on Laval", charts=False)
    assert laval_only.notes and laval_only.notes[0].startswith('"Laval" read as "Université Laval"')
    question = build_briefing(
        full_assistant, "Combien d'initiatives portent sur la détection de fraude ?", charts=False
    )
    assert question.plan.topic and "Combien" not in question.title
    fraud = build_briefing(full_assistant, "détection de fraude", charts=False)
    assert (
        fraud.plan.filters == {}
        and fraud.plan.topic
        and fraud.title == f"Note d'information{NNBSP}: détection de fraude"
    )


@pytest.mark.parametrize(
    ("request_text", "lang"),
    [("Portrait complet", "fr"), ("whole register", "en"), ("Briefing", None)],
)
def test_a_text_that_names_nothing_covers_the_whole_register(
    full_assistant, df, request_text, lang
):
    b = build_briefing(full_assistant, request_text, language=lang, charts=False)
    assert (b.plan.filters, b.plan.topic, b.count) == ({}, "", len(df))
    assert sorted(b.row_ids) == sorted(int(i) for i in df.row_id)


def test_numbers_are_formatted_per_language(full_assistant):
    fr = build_briefing(full_assistant, "Portrait complet", language="fr", charts=False)
    en = build_briefing(full_assistant, "Portrait complet", language="en", charts=False)
    lab_fr = next(g for g in fr.groups["category"] if g["value"] == "laboratory_equipment")
    lab_en = next(g for g in en.groups["category"] if g["value"] == "laboratory_equipment")
    assert lab_fr["count"] == lab_en["count"] == 1
    assert (lab_fr["share"], lab_en["share"]) == (f"0,4{NNBSP}%", "0.4%")
    assert percent(1234, 2000, "fr") == f"62{NNBSP}%" and percent(1234, 2000, "en") == "62%"
    assert fr.date_text.split()[1] in ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                       "août", "septembre", "octobre", "novembre", "décembre")  # fmt: skip


def test_a_conversation_becomes_a_briefing(full_assistant):
    history = [
        {"role": "user", "content": "Combien d'initiatives dans le réseau de la santé ?"},
        {"role": "assistant", "content": "Le registre compte 70 initiatives…"},
    ]
    b = build_briefing(full_assistant, "", history=history, charts=False)
    assert (b.language, b.plan.filters) == ("fr", {"portfolio": [HEALTH_NETWORK]})
    assert b.count == 70


def test_what_the_register_does_not_record_is_refused(full_assistant):
    with pytest.raises(BriefingError, match="does not record"):
        build_briefing(full_assistant, "Briefing sur les budgets des projets", charts=False)


def test_sources_and_limits(full_assistant):
    b = _CACHE.get(("topic", "fr")) or build_briefing(
        full_assistant, "détection de fraude", language="fr"
    )
    text = "\n".join(b.sources)
    register = full_assistant.register
    assert register.source in text and register.sha256[:12] in text and "258" in text
    assert (
        "https://www.donneesquebec.ca/recherche/dataset/portrait-public-des-utilisations-de-l-ia-dans-l-administration-publique-quebecoise"
        in text
    )
    limits = " ".join(b.limits)
    for word in ("budget", "fournisseurs", "date", "cybersécurité", "inventées", "data/README.md"):
        assert word in limits


# -- formats: open each output and check it ----------------------------------------------------------


def _table_after(markdown: str, heading: str) -> list[list[str]]:
    block = markdown.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [line.strip("|").split(" | ") for line in block.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in row] for row in rows[1:]]  # without the header row


@by_case
def test_markdown_holds_the_figures_and_cites_every_row(briefing):
    md = render(briefing, "md", chart_files=["a.png", "b.png"]).decode("utf-8")
    lang = briefing.language
    assert md.startswith(f"# {briefing.title}\n")
    for heading in HEADINGS[lang]:
        assert f"\n## {typeset(heading, lang)}" in md
    assert md.count("![") == 2
    for g in (g for groups in briefing.groups.values() for g in groups[:5]):
        assert f"| {g['label']} | {g['count']} | {g['share']} | {ranges(g['row_ids'])} |" in md
    table = _table_after(md, f"## {briefing.heading('initiatives', count=briefing.count)}")
    assert [int(row[0]) for row in table] == [r["row_id"] for r in briefing.rows]
    key = _table_after(md, f"## {briefing.heading('key_figures')}")
    assert key[0][1] == str(briefing.count) and expand(key[0][2]) == sorted(briefing.row_ids)


@by_case
def test_html_is_self_contained_accessible_and_cites_every_row(briefing):
    page = render(briefing, "html").decode("utf-8")
    lang = briefing.language
    assert f'<html lang="{lang}-CA">' in page and '<meta charset="utf-8">' in page
    assert page.count('<img src="data:image/png;base64,') == 2
    assert not re.search(r'(src|href)="(?!data:|https://www\.donneesquebec\.ca/)', page), (
        "nothing loaded from elsewhere"
    )
    assert "<caption>" in page and '<th scope="col">' in page and '<th scope="row">' in page
    assert "@media print" in page
    initiatives = page.split('<table class="initiatives">', 1)[1].split("</table>", 1)[0]
    cited = [int(i) for i in re.findall(r'<tr><th scope="row">(\d+)</th>', initiatives)]
    assert cited == [r["row_id"] for r in briefing.rows]
    for f in briefing.key_figures:
        assert f"<td class=num>{f.value}</td>" in page.replace("&#x27;", "'")


@by_case
def test_docx_has_headings_a_table_of_the_cited_rows_and_the_charts(briefing):
    from docx import Document
    from docx.enum.shape import WD_INLINE_SHAPE

    doc = Document(io.BytesIO(render(briefing, "docx")))
    lang = briefing.language
    styles = {}
    for p in doc.paragraphs:
        styles.setdefault(p.style.name, []).append(p.text)
    assert styles["Title"] == [briefing.title]
    for heading in HEADINGS[lang]:
        assert typeset(heading, lang) in styles["Heading 1"]
    assert len(styles["Heading 2"]) == 4  # status, category, portfolio, bodies
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == ROW_HEADER[lang])
    header = [c.text for c in table.rows[0].cells]
    assert header[:3] == [
        briefing.column("row_id"),
        briefing.column("name"),
        briefing.column("body"),
    ]
    assert [int(r.cells[0].text) for r in table.rows[1:]] == [r["row_id"] for r in briefing.rows]
    assert table.rows[0]._tr.trPr is not None, "header row repeats on each page"
    pictures = [s for s in doc.inline_shapes if s.type == WD_INLINE_SHAPE.PICTURE]
    assert len(pictures) == 2
    assert doc.core_properties.language == f"{lang}-CA"
    key = doc.tables[0]
    assert key.rows[1].cells[1].text == str(briefing.count)
    assert expand(key.rows[1].cells[2].text) == sorted(briefing.row_ids)


@pytest.mark.parametrize("briefing", [("topic", "fr"), ("portfolio", "fr")], indirect=True)
def test_french_typography_in_french_output(briefing):
    md = render(briefing, "md").decode("utf-8")
    html = render(briefing, "html").decode("utf-8")
    from docx import Document

    docx_text = "\n".join(p.text for p in Document(io.BytesIO(render(briefing, "docx"))).paragraphs)
    for text in (md, html, docx_text):
        assert f"{NNBSP}:" in text and f"«{NNBSP}" in text and f"{NNBSP}»" in text
        assert not re.search(r"[ \u00a0][:;?!»%]", text.replace("https://", "")), (
            "ordinary space before : ; ? ! » %"
        )
        assert not re.search(r"«[ \u00a0]", text)
    assert re.search(rf"\d{NNBSP}%", md)


@pytest.mark.parametrize("briefing", [("topic", "en"), ("body", "en")], indirect=True)
def test_english_output_keeps_english_typography(briefing):
    md = render(briefing, "md").decode("utf-8")
    assert re.search(r"\(\d+%\)", md) and f"{NNBSP}%" not in md and "Summary" in md


def test_typeset_leaves_words_and_addresses_alone():
    assert (
        typeset("Note : voir « ceci » ; fin !", "fr")
        == f"Note{NNBSP}: voir «{NNBSP}ceci{NNBSP}»{NNBSP}; fin{NNBSP}!"
    )
    assert typeset("https://exemple.qc.ca à 10:30", "fr") == "https://exemple.qc.ca à 10:30"
    assert typeset("Note : x", "en") == "Note : x"


@pytest.mark.parametrize("briefing", [("portfolio", "en")], indirect=True)
def test_charts_are_grey_png_in_the_briefings_language(briefing):
    from PIL import Image

    assert [c.name for c in briefing.charts] == ["status", "category"]
    for chart in briefing.charts:
        assert chart.png.startswith(b"\x89PNG")
        image = Image.open(io.BytesIO(chart.png)).convert("RGB")
        colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
        assert all(r == g == b for r, g, b in colours), (
            "grey levels only: readable in black and white"
        )
    assert briefing.charts[0].alt.startswith("Initiatives by status: ")
    assert "Solution in production" in briefing.charts[0].alt


# -- the command ------------------------------------------------------------------------------------


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="portrait-ia")
    brief.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["brief", *argv])


def test_command_writes_the_file_and_prints_its_path(tmp_path, capsys):
    out = tmp_path / "laval.docx"
    code = brief.run(
        _args("Briefing on Université Laval", "--out", str(out), "--data", str(FULL_REGISTER))
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    from docx import Document

    doc = Document(str(out))
    assert doc.paragraphs[1].text == "Briefing: Université Laval"


def test_command_markdown_writes_its_charts_beside_it(
    tmp_path, capsys, monkeypatch, full_assistant
):
    monkeypatch.setattr(brief, "_assistant", lambda args: full_assistant)  # a topic: the session's index
    code = brief.run(_args("détection de fraude", "--lang", "en"))
    assert code == 0
    path = tmp_path / capsys.readouterr().out.strip()
    assert path.name == "briefing-detection-de-fraude-en.md" and path.is_file()
    md = path.read_text(encoding="utf-8")
    for png in (
        "briefing-detection-de-fraude-en-status.png",
        "briefing-detection-de-fraude-en-category.png",
    ):
        assert (tmp_path / png).is_file() and f"]({png})" in md


@pytest.mark.parametrize(
    ("argv", "message"),
    [(("--format", "pdf"), "--format must be one of md, docx, html"),
     (("--lang", "de"), "--lang must be fr or en"),
     (("--format", "md", "--out", "note.docx"), "--format md contradicts --out note.docx")],
)  # fmt: skip
def test_bad_options_are_refused_with_status_2(argv, message, capsys, tmp_path):
    assert brief.run(_args("détection de fraude", *argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("portrait-ia brief: error: ") and message in err
    assert not list(tmp_path.iterdir()), "nothing written"


def test_format_follows_the_out_extension(tmp_path, capsys):
    out = tmp_path / "note.html"
    assert (
        brief.run(
            _args("Portrait complet", "--out", str(out), "--data", str(FULL_REGISTER))
        )
        == 0
    )
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# -- other registers: their own dataset linked, only the fields they have ------------------------------

US_DATA = (
    FULL_REGISTER.parent
    / "registers"
    / "us-federal-2024"
    / "2024_consolidated_ai_inventory_raw_v2.csv"
)
UK_DATA = FULL_REGISTER.parent / "registers" / "uk-atrs" / "atrs_records.csv"
QUEBEC_PAGE = "donneesquebec.ca"


def _desk(path, mapping):
    from types import SimpleNamespace

    from assistant.register.load import load_register
    from assistant.understand.understander import Understander

    register = load_register(path, mapping)
    return SimpleNamespace(
        register=register, understander=Understander(register), executor=Executor(register, None)
    )


@pytest.fixture(scope="module")
def other_briefings():
    """One briefing per other register and language, made once (filters only: no index)."""
    us, uk = _desk(US_DATA, "us-federal-2024"), _desk(UK_DATA, "uk-atrs")
    day = dt.date(2026, 1, 5)
    return {
        (name, lang): build_briefing(desk, request, language=lang, charts=False, today=day)
        for name, desk, request in (("us", us, "Briefing on the Department of Justice"),
                                    ("uk", uk, "Briefing"))
        for lang in ("fr", "en")
    }  # fmt: skip


def _hyperlinks(docx: bytes) -> list[str]:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE

    rels = Document(io.BytesIO(docx)).part.rels.values()
    return [r.target_ref for r in rels if r.reltype == RELATIONSHIP_TYPE.HYPERLINK]


@pytest.mark.parametrize("name", ["us", "uk"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_another_register_briefing_links_its_own_dataset_page(other_briefings, name, lang):
    b = other_briefings[name, lang]
    page = {"us": "https://github.com/ombegov/2024-Federal-AI-Use-Case-Inventory",
            "uk": "https://www.gov.uk/algorithmic-transparency-records"}[name]  # fmt: skip
    assert b.dataset_url == page
    assert any(line.endswith(page) for line in b.sources)
    assert page in render(b, "md").decode("utf-8")
    html = render(b, "html").decode("utf-8")
    assert re.findall(r'href="([^"]+)"', html) == [page] and QUEBEC_PAGE not in html
    assert _hyperlinks(render(b, "docx")) == [page]


def test_a_quebec_briefing_still_links_donnees_quebec(full_assistant):
    b = build_briefing(full_assistant, "Briefing on Université Laval", language="en", charts=False)
    html = render(b, "html").decode("utf-8")
    assert re.findall(r'href="([^"]+)"', html) == [b.dataset_url] and QUEBEC_PAGE in b.dataset_url
    assert _hyperlinks(render(b, "docx")) == [b.dataset_url]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_uk_briefing_shows_no_table_or_column_for_fields_the_records_lack(other_briefings, lang):
    b = other_briefings["uk", lang]
    absent = [b.heading(f) for f in ("status", "category", "portfolio")]
    absent += [b.column(f) for f in ("status", "category", "portfolio", "benefits")]
    md = render(b, "md").decode("utf-8")
    assert [line for line in md.split("\n") if line.startswith("### ")] == [
        f"### {b.heading('top_bodies', n=5)}"
    ]
    initiatives = md.split(f"## {b.heading('initiatives', count=136)}", 1)[1]
    assert (
        initiatives.split("\n")[2]
        == f"| {ROW_HEADER[lang]} | {b.column('name')} | {b.column('body')} |"
    )
    html = render(b, "html").decode("utf-8")
    assert html.count("<table") == 3  # key figures, publishing bodies, records
    assert (
        '<colgroup><col style="width:15.0%"><col style="width:50.0%"><col style="width:35.0%"></colgroup>'
        in html
    )
    from docx import Document

    doc = Document(io.BytesIO(render(b, "docx")))
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 2"] == [
        b.heading("top_bodies", n=5)
    ]
    assert [len(t.columns) for t in doc.tables] == [3, 4, 3]
    assert (
        doc.core_properties.keywords
        == "Portrait IA; registre IA; UK Algorithmic Transparency Records"
    )
    ours = "\n".join(
        line for line in md.split("\n") if not re.match(r"\| \d", line)
    )  # not the rows' names
    html_headers = "\n".join(re.findall(r"<h3>[^<]*</h3>|<th scope=\"col\"[^>]*>[^<]*</th>", html))
    docx_headers = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    docx_headers += [c.text for t in doc.tables for c in t.rows[0].cells]
    for text in (ours, html_headers, "\n".join(docx_headers)):
        assert not [word for word in absent if word in text], lang


def test_a_us_briefing_keeps_every_field_table(other_briefings):
    b = other_briefings["us", "en"]
    md = render(b, "md").decode("utf-8")
    # the role breakdowns, then one short table per typed label or flag field of its mapping
    assert [line for line in md.split("\n") if line.startswith("### ")] == [
        "### By stage of development", "### By topic area", "### By agency", "### The 5 bureaus with the most use cases",
        "### Rights- or safety-impacting", "### Rights-impacting", "### Safety-impacting", "### Impact type",
        "### Development method", "### General commercial AI product", "### Public-facing",
        "### Disseminate information to the public", "### PII", "### Privacy risks assessed",
        "### Custom-developed code", "### Access to the code", "### Authority to Operate", "### AI impact assessment",
    ]  # fmt: skip
    header = md.split("## Use cases concerned (240)", 1)[1].split("\n")[2]
    assert header == ("| Row | Use case | Bureau | Agency | Topic area | Stage of development | "
                      "Intended purpose and expected benefits (excerpt) |")  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "label"),
    [("fr", "sans mention d'organisme public"), ("en", "no publishing body given")],
)
def test_uk_records_without_a_publishing_body_are_labelled_in_the_briefing(
    other_briefings, lang, label
):
    import csv

    with UK_DATA.open(encoding="utf-8-sig", newline="") as f:
        blank = [
            i for i, row in enumerate(csv.DictReader(f), 1) if not row["publishing_body"].strip()
        ]
    assert blank == [6, 12, 17, 44, 69, 70]
    b = other_briefings["uk", lang]
    group = next(g for g in b.groups["body"] if g["row_ids"] == blank)
    assert (group["label"], group["count"]) == (label, 6) and group["blank"]
    assert [r["body"] for r in b.rows if r["row_id"] in blank] == [label] * 6
    assert all(r["body"] and r["body"] != label for r in b.rows if r["row_id"] not in blank)
    md = render(b, "md").decode("utf-8")
    assert f"| {label} | 6 |" in md and "| 6 | TrustID | " + label + " |" in md
    bodies = b.key_figures[1]  # the rows with no body are not counted as one more body
    assert (bodies.count, len(bodies.row_ids)) == (73, 130)
    assert label not in " ".join(b.summary) and "73" in " ".join(b.summary)
