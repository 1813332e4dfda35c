"""Register text and questions are shown as text in every view, never as live markup: a row
planted with a script, an image with onerror, a javascript: link and an ANSI sequence is shown
inert by the row viewer, the Overview tables and the chat's question bubble."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from assistant import Assistant
from assistant.ui.bars import chart_html, table_html
from assistant.ui.chat import plain_history
from assistant.ui.text import cell, inert, record_markdown
from tests.conftest import MINI_REGISTER

IMAGE = '<img src="http://127.0.0.1:9/x.png" onerror="alert(2)">'
LINK = "[cliquez](javascript:alert(3))"
PLANTED = f"Agent <script>alert(1)</script> {IMAGE} {LINK} \x1b[31mROUGE\x1b[0m"


@pytest.fixture(scope="module")
def planted(tmp_path_factory, fake_embedder):
    folder = tmp_path_factory.mktemp("planted-ui")
    rows = list(csv.reader(io.StringIO(MINI_REGISTER.read_text(encoding="utf-8-sig")), delimiter=";"))
    first = rows[1]
    rows.append([PLANTED, first[1], "Organisme piégé", first[3], f"Voir {IMAGE}", first[5]])
    path = folder / "planted.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return Assistant(path, index_dir=folder / "index", embedder=fake_embedder)


def live(markdown: str) -> list[str]:
    """What a Markdown renderer would make live: tags, links and images, control sequences."""
    found = [s for s in ("<script", "<img", "](javascript:", "](http", "\x1b") if s in markdown]
    return found


def test_the_row_viewer_shows_planted_markup_as_text(planted):
    row_id = len(planted.register)
    shown = record_markdown(planted, row_id, "fr")
    assert "alert(1)" in shown and "ROUGE" in shown and live(shown) == []


def test_overview_charts_and_tables_show_planted_labels_as_text():
    table = pd.DataFrame({"label": [PLANTED, "Autre ${x} {{y}}"], "value": [PLANTED, "b"], "count": [3, 1]})
    for shown in (
        chart_html(table, "body", "Organismes", f"{PLANTED} arrive en tête", "fr"),
        table_html(table, "Organismes", "Organisme", "Initiatives"),
    ):
        # HTML, not Markdown: "](javascript:" is plain text there; tags and escapes must not be.
        assert "alert(1)" in shown and "ROUGE" in shown and 'onerror="' not in shown
        assert "<script" not in shown and "<img" not in shown and "\x1b" not in shown
        assert "${" not in shown and "{{" not in shown  # gradio's template syntax, inert too


def test_a_question_is_shown_as_text_and_read_back_as_written():
    question = f"Combien de projets {IMAGE} ?"
    assert live(inert(question)) == [] and live(cell(question)) == []
    history = plain_history([{"role": "user", "content": inert(question)}])
    assert history == [{"role": "user", "content": question.replace("](", "]\\(")}]


def test_the_cli_prints_no_terminal_sequence_from_a_question_or_a_row(planted, capsys, tmp_path):
    from assistant.cli import main

    data = planted.register.path if hasattr(planted.register, "path") else None
    assert data is not None
    code = main(["ask", "--data", str(data), "--index-dir", str(tmp_path / "i"), "--embedder", "demo",
                 "Liste les initiatives de l'Organisme piégé \x1b]0;titre\x07 \x1b[2J"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "ROUGE" in out and "\x1b" not in out and "\x07" not in out


def test_the_chat_answer_and_its_source_cards_show_planted_markup_as_text(planted):
    from assistant.ui.conversation import labels_of, render_turns, turn_view

    answer = planted.ask("Liste les initiatives de l'Organisme piégé")
    assert len(planted.register) in answer.row_ids
    view = turn_view(planted, f"Liste {IMAGE}", answer)
    shown = render_turns([view], "fr", labels_of(planted, "fr"), "feedback.jsonl")
    assert "alert(1)" in shown and "ROUGE" in shown
    assert not [s for s in ("<script", "<img", 'href="javascript', 'href="http', "\x1b") if s in shown]
