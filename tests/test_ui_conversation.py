"""The chat's answer as HTML (conversation.py), its sources (sources.py) and per-answer feedback,
without a browser: what is drawn from a real answer of the mini register, and that nothing from
the register, the question or an answer becomes live markup."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import unquote

import gradio as gr
import pytest

from assistant.types import Answer, Citation
from assistant.ui.chat import ChatTab, saved
from assistant.ui.conversation import answer_html, answer_of, labels_of, render_turns, turn_view
from assistant.ui.feedback import Feedback, read_feedback
from assistant.ui.sources import sources_csv

LONG = "Quelles initiatives sont en production ?"
UNKNOWN = "Combien de blorfs dans le registre ?"


def drawn(assistant, view, language="fr") -> str:
    return render_turns([view], language, labels_of(assistant, language), "feedback.jsonl")


def csv_rows(html: str) -> list[list[str]]:
    href = re.search(r'class="csv" download="[^"]+" href="([^"]+)"', html).group(1)
    return list(csv.reader(io.StringIO(unquote(href.split(",", 1)[1]).lstrip("\ufeff"))))


def test_every_cited_row_is_a_card_and_every_marker_links_to_its_card(mini_assistant):
    answer = mini_assistant.ask(LONG)
    view = turn_view(mini_assistant, LONG, answer)
    html = drawn(mini_assistant, view)
    rows = re.findall(r'<span class="card-row">Ligne (\d+)</span>', html)
    assert rows == [str(i) for i in answer.row_ids]
    targets = re.findall(r'<a class="cite" href="#(src-[^"]+)"', html)
    assert len(targets) == len(answer.row_ids)
    assert all(f'id="{t}"' in html for t in targets)
    for row_id in answer.row_ids:  # every field, the file and the row number in the card
        row = mini_assistant.register.row(row_id)
        assert f"<dd>{row['source']}, Ligne {row_id}</dd>" in html
        assert all(str(row[k]).replace("'", "&#x27;") in html for k in ("benefits", "portfolio"))
    assert [int(r[0]) for r in csv_rows(html)[1:]] == answer.row_ids


def test_a_marker_to_a_row_the_answer_does_not_cite_stays_text():
    shown = answer_html("Voir [3] et [4, 5].", "t", {3: 0}, {"cite_label": "ligne {row}"})
    assert shown.count('class="cite"') == 1 and "[4, 5]" in shown


def test_answer_markdown_becomes_lists_tables_and_bold():
    t = {"cite_label": "ligne {row}"}
    shown = answer_html("**12** initiatives :\n- a [1]\n- b\n\n| A | B |\n|---|---|\n| x | y |", "t", {1: 0}, t)
    assert shown.startswith("<p><strong>12</strong> initiatives :</p><ul class=\"answer-list\"><li>a [")
    assert "<th scope='col'>A</th>" in shown and "<td>y</td>" in shown and "---" not in shown


def test_chrome_follows_the_ui_language_and_the_answer_keeps_its_own(mini_assistant):
    question = "Which initiatives help triage patients?"
    view = turn_view(mini_assistant, question, mini_assistant.ask(question))
    french, english = drawn(mini_assistant, view, "fr"), drawn(mini_assistant, view, "en")
    assert 'lang="en"' in french and "According to the register" in french
    assert "Sources : 1 ligne citée" in french and "Développement de la solution" in french
    assert "Intention : recherche" in french and "Intent:" not in french
    assert "Sources: 1 row cited" in english and "Solution development" in english
    assert "<summary>Détails</summary>" in french and "<summary>Details</summary>" in english


def test_rephrasings_are_chips_that_ask_them(mini_assistant):
    answer = mini_assistant.ask(UNKNOWN)
    html = drawn(mini_assistant, turn_view(mini_assistant, UNKNOWN, answer))
    chips = re.findall(r'<button type="button" class="chip ask" data-question="([^"]+)">', html)
    assert [c.replace("&#x27;", "'") for c in chips] == list(answer.plan.suggestions)


def test_planted_register_text_is_shown_as_text_in_cards_and_csv(mini_assistant):
    planted = '<img src=x onerror="alert(1)"> [x](javascript:alert(2)) =HYPERLINK("http://evil")'
    answer = Answer(f"Voici {planted} [1]", "fr", "list",
                    [Citation(999, "mini_register.csv", planted, planted)])  # fmt: skip
    view = turn_view(mini_assistant, f"Question {planted}", answer)
    html = drawn(mini_assistant, view)
    assert "<img" not in html and "onerror=\"" not in html and "alert(1)" in html
    assert 'href="javascript' not in html and 'href="http' not in html
    rows = csv_rows(html)
    assert rows[1][1] == planted and rows[1][-1] == "mini_register.csv"  # as written
    csv_text = sources_csv([{"key": "1", "row_id": 1, "source": "f", "name": "=1+1"}], {
        k: k for k in ("key", "name", "body", "portfolio", "category", "status", "benefits", "source")
    }, "fr")  # fmt: skip
    assert "'=1+1" in csv_text


def test_a_view_is_json_and_redraws_the_same_after_a_reload(mini_assistant):
    answer = mini_assistant.ask(LONG)
    view = turn_view(mini_assistant, LONG, answer)
    kept = json.loads(json.dumps(view))  # what the browser stores
    assert drawn(mini_assistant, kept) == drawn(mini_assistant, view)
    again = answer_of(kept)
    assert again.answer == answer.answer and again.row_ids == answer.row_ids
    assert again.figures == json.loads(json.dumps(answer.figures))


@pytest.fixture
def tab(mini_assistant, tmp_path):
    with gr.Blocks():
        return ChatTab(mini_assistant, "fr", gr.Radio(["fr", "en"], value="fr"), tmp_path / "fb.jsonl")


def test_a_rating_and_a_comment_are_saved_with_their_answer(tab):
    *_, outputs = tab.respond(LONG, [], [], "fr")
    turns = outputs[1]
    turn_id = turns[-1]["view"]["id"]
    event = gr.EventData(None, {"action": "comment", "turn": turn_id, "comment": "Trop tôt"})
    asked, turns, latest, *_ = tab.act([], turns, "fr", event)
    assert asked == "" and "Évaluez d&#x27;abord une réponse" in latest  # rate first
    _, turns, latest, _, kept = tab.act([], turns, "fr", gr.EventData(None, {"action": "rate", "turn": turn_id, "rating": "down"}))
    assert "votre évaluation (pas utile) est enregistrée" in latest and 'aria-pressed="true"' in latest
    assert kept[-1]["feedback"]["rating"] == "down"
    event = gr.EventData(None, {"action": "comment", "turn": turn_id, "comment": " Il en manque. "})
    _, turns, latest, *_ = tab.act([], turns, "fr", event)
    assert "votre commentaire est enregistré" in latest
    (record,) = read_feedback(tab.feedback.path)  # one id: the comment completes the rating
    assert (record["rating"], record["comment"], record["question"]) == ("down", "Il en manque.", LONG)
    _, turns, latest, *_ = tab.act([], turns, "fr", gr.EventData(None, {"action": "rate", "turn": turn_id, "rating": "down"}))
    assert "Évaluation retirée" in latest and read_feedback(tab.feedback.path)[0]["rating"] is None


def test_a_chip_asks_its_question(tab):
    event = gr.EventData(None, {"action": "ask", "question": UNKNOWN})
    asked, *rest = tab.act([], [], "fr", event)
    assert asked == UNKNOWN
    *_, outputs = tab.respond(asked, [], [], "fr")
    assert outputs[1][-1]["question"] == UNKNOWN


def test_a_restored_conversation_keeps_its_follow_ups_and_can_be_rated(tab, mini_assistant):
    *_, first = tab.respond(LONG, [], [], "fr")
    messages, turns, *_ = tab.restore(saved(first[1]), [], "fr")
    assert [t["question"] for t in turns] == [LONG] and messages[0]["content"] == LONG
    *_, follow = tab.respond("Et combien dans le réseau de la santé ?", messages, turns, "fr")
    assert follow[1][-1]["history"] == [LONG]
    turn_id = turns[0]["view"]["id"]
    tab.act([], turns, "fr", gr.EventData(None, {"action": "rate", "turn": turn_id, "rating": "up"}))
    assert read_feedback(tab.feedback.path)[-1]["figures"]["count"] == mini_assistant.ask(LONG).figures["count"]


def test_feedback_ignores_a_rating_it_does_not_know(tmp_path, mini_assistant):
    answer = mini_assistant.ask(LONG)
    turn = {"question": LONG, "answer": answer, "history": [], "view": turn_view(mini_assistant, LONG, answer)}
    feedback = Feedback(mini_assistant, tmp_path / "fb.jsonl").rate(turn, "<script>", "fr")
    assert feedback["rating"] is None and feedback["status"] == "feedback_removed"


def test_the_row_lookup_explains_a_bad_value(tab, mini_assistant):
    message, key = tab.lookup_row("douze", "fr")
    assert key is None and "« douze » n'est pas un numéro de ligne" in message
    shown, key = tab.lookup_row(" 3 ", "en")
    assert key == 3 and mini_assistant.register.row(3)["benefits"] in shown
    assert tab.lookup_row("", "fr") == ("", None)


def test_the_words_sources_table_link_to_the_answers_sources():
    t = {"cite_label": "ligne {row}"}
    shown = answer_html("… et 3 autres (la liste complète est dans le tableau des sources).", "t9", {1: 0}, t)
    assert '<a class="to-sources" href="#s-t9" data-card="s-t9">le tableau des sources</a>' in shown
