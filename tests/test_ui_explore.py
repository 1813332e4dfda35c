"""Explore finds what the chat finds: its topic box is read and matched by the chat's own
understanding and hybrid search, so its count for a selection is the chat's figure for the same
question. Over the real register with the bundled multilingual model (retrieval is under test).
"""

from __future__ import annotations

import pytest

from assistant.register.labels import normalise
from assistant.ui.chat import answer_plan
from assistant.ui.explore import selection_note, selection_question
from assistant.ui.filters import ALL, selected_filters
from assistant.ui.selection import chat_plan, select

# (the chat's question, the words typed in Explore, the UI language)
SAME_SELECTION = [
    ("Combien d'initiatives portant sur la fraude sont en production ?", "fraude", "fr"),
    ("How many initiatives about fraud are in production?", "fraud", "en"),
    ("Combien d'initiatives sur la traduction ?", "traduction", "fr"),
    ("How many initiatives are about translation?", "translation", "en"),
    ("Combien d'initiatives portent sur les urgences dans le réseau de la santé ?", "urgences", "fr"),
    ("How many forest initiatives are in development?", "forest", "en"),
    ("Combien d'initiatives sur la détection de fraude ?", "détection de fraude", "fr"),
    ("Combien d'agents conversationnels sont en production dans le réseau de la santé ?", "", "fr"),
    ("How many chatbots are in production at the RAMQ?", "", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "typed", "language"), SAME_SELECTION, ids=[q[0][:40] for q in SAME_SELECTION])
def test_explore_shows_the_rows_the_chat_counts_for_the_same_selection(full_assistant, question, typed, language):
    chat = full_assistant.ask(question)
    plan = chat.plan
    assert chat.intent == "count" and plan.language == language
    assert plan.topic == " ".join(w for w in typed.split() if normalise(w) not in {"de", "la"})
    shown = select(full_assistant, None, plan.filters, typed, language)
    assert len(shown.rows) == chat.figures["count"]
    assert list(shown.rows["row_id"]) == sorted(chat.figures["row_ids"])
    assert shown.topic == plan.topic


def test_a_word_finds_its_other_forms_and_accents_and_case_do_not_matter(full_assistant):
    df = full_assistant.register.df
    fraud = select(full_assistant, None, {}, "fraude", "fr").rows
    assert "frauduleuses" in " ".join(fraud["name"]).lower()  # « fraude » finds « frauduleuses »
    assert len(fraud) >= 3
    for variant in ("FRAUDE", "Fraude", " fraude  "):
        assert list(select(full_assistant, None, {}, variant, "fr").rows["row_id"]) == list(fraud["row_id"])
    # Accents: the lexical side folds them; the dense side reads words as typed, as the chat does,
    # so both spellings find almost the same rows, and each finds what the chat counts for it.
    text = (df["name"] + " " + df["benefits"]).map(normalise)
    spelled = set(df[text.str.contains("detection")]["row_id"])
    for word in ("detection", "détection"):
        found = set(select(full_assistant, None, {}, word, "fr").rows["row_id"])
        assert len(found & spelled) >= 0.8 * len(spelled)
        chat = full_assistant.ask(f"Combien d'initiatives sur la {word} ?")
        assert chat.plan.topic == word and found == set(chat.figures["row_ids"])


def test_words_the_register_never_uses_are_said_and_select_nothing(full_assistant):
    nothing = select(full_assistant, None, {}, "xyzzy", "fr")
    assert nothing.rows.empty and nothing.topic == "" and nothing.unknown == ["xyzzy"]
    assert "xyzzy" in selection_note(nothing, "fr") and "n'emploie pas" in selection_note(nothing, "fr")
    mixed = select(full_assistant, None, {}, "fraude xyzzy", "fr")
    assert mixed.topic == "fraude" and mixed.unknown == ["xyzzy"]
    assert list(mixed.rows["row_id"]) == list(select(full_assistant, None, {}, "fraude", "fr").rows["row_id"])
    assert "Words the register does not use" in selection_note(mixed, "en")


def test_filters_alone_are_exact_pandas_selections(full_assistant):
    df = full_assistant.register.df
    filters = selected_filters(ALL, ALL, "conversational_agent", "in_production")
    rows = select(full_assistant, None, filters, "", "fr").rows
    expected = df[(df["category_key"] == "conversational_agent") & (df["status_key"] == "in_production")]
    assert list(rows["row_id"]) == list(expected["row_id"]) and len(rows) > 0
    assert select(full_assistant, None, filters, "   ", "fr").topic == ""


def test_asking_about_the_selection_lists_exactly_the_rows_shown(full_assistant):
    filters = {"status": ["in_production"]}
    shown = select(full_assistant, None, filters, "Fraude", "fr")
    question = selection_question(filters, shown.topic, "fr", full_assistant.register.df)
    assert question == "Liste les initiatives au statut « Solution en production » qui portent sur « fraude » ?"
    answer = answer_plan(full_assistant, chat_plan(shown, question, "fr"))
    assert sorted(answer.figures["row_ids"]) == list(shown.rows["row_id"])
    assert {c.row_id for c in answer.citations} == set(shown.rows["row_id"])


def test_typed_markup_is_shown_as_text_in_the_note(full_assistant):
    shown = select(full_assistant, None, {}, "fraude <img src=x onerror=alert(1)>", "fr")
    note = selection_note(shown, "fr")
    assert shown.topic.startswith("fraude") and "<img" not in note and "&lt;img" in note
