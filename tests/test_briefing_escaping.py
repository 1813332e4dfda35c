"""Register text never becomes live markup in a briefing file: rows planted with a script, an
image with onerror, a javascript: link and a terminal escape sequence are written inert in the
Markdown, HTML and Word files."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from assistant import Assistant
from assistant.briefing import build_briefing, render
from tests.conftest import MINI_REGISTER

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src="http://127.0.0.1:9/x.png" onerror="alert(2)">'
LINK = "[cliquez ici](javascript:alert(3))"
ANSI = "\x1b[31mROUGE\x1b[0m"
BODY = "Organisme piégé"


@pytest.fixture(scope="module")
def planted(tmp_path_factory, embedder):
    """The mini register with two rows of one body whose name and benefits hold markup."""
    folder = tmp_path_factory.mktemp("planted")
    text = MINI_REGISTER.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, first = rows[0], rows[1]
    rows.append([f"Agent {SCRIPT} {ANSI}", first[1], BODY, first[3], f"Aide {IMAGE} {LINK}", first[5]])
    rows.append([f"Outil {LINK}", first[1], BODY, first[3], f"Voir {IMAGE}", first[5]])
    path = folder / "planted.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([header, *rows[1:]])
    assistant = Assistant(path, index_dir=folder / "index", embedder=embedder)
    return build_briefing(assistant, f"Briefing sur {BODY}", "fr", charts=False)


def test_the_markdown_briefing_writes_planted_markup_inert(planted):
    text = render(planted, "md").decode("utf-8")
    assert BODY in text and "alert(1)" in text  # the text is there, as text
    assert "<script" not in text and "<img" not in text and "](javascript:" not in text
    assert "\x1b" not in text and "ROUGE" in text


def test_the_html_briefing_escapes_planted_markup(planted):
    text = render(planted, "html").decode("utf-8")
    assert "&lt;script&gt;" in text and "<script" not in text and "<img src=\"http://127.0.0.1" not in text
    assert 'href="javascript:' not in text


def test_the_word_briefing_holds_planted_markup_as_plain_text(planted):
    data = render(planted, "docx")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "&lt;script&gt;" in xml and "<script" not in xml and "\x1b" not in xml
