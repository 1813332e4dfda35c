"""Follow-ups in a conversation: positions in the list just shown (« Décris le deuxième », "the
last one"), narrowing "those", and a topic asked again in another scope."""

from __future__ import annotations

import pytest

from assistant.understand.ordinals import ordinal, pick, shown_rows


@pytest.mark.parametrize(
    "question, position",
    [
        ("Décris le deuxième.", 2),
        ("Parle-moi de la dernière.", -1),
        ("Et la troisième, elle fait quoi ?", 3),
        ("Plus de détails sur la 1re de la liste", 1),
        ("Et l'avant-dernière ?", -2),
        ("Le premier projet, il sert à quoi ?", 1),
        ("Tell me more about the third one.", 3),
        ("Describe the first one.", 1),
        ("What is the last one about?", -1),
        ("And the 2nd on the list?", 2),
        ("What does the fifth project do?", 5),
    ],
)
def test_a_short_follow_up_names_a_position_in_the_list(question, position):
    assert ordinal(question) == position


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le premier organisme pour les agents conversationnels ?",
        "Quels sont les 3 premiers organismes ?",
        "Combien d'initiatives au cabinet du premier ministre ?",
        "Which is the first body to use chatbots?",
        "What was the last year of the pilot?",
        "Quelles initiatives de la CNESST sont en développement ?",
        "Décris la fiche 40.",
        # long questions say what they want themselves
        "Parmi les projets de santé du réseau, lesquels utilisent l'IA pour lire les radiographies, et le premier ?",
    ],
)
def test_other_uses_of_ordinal_words_are_not_positions(question):
    assert ordinal(question) is None


def test_the_rows_shown_are_the_list_items_in_the_order_shown():
    text = (
        "Le registre (portrait-ia-2025.csv) compte 4 initiatives de l'organisme RAMQ :\n"
        "- « Catégorisation des plaintes » — RAMQ (Automatisation ; Solution en production) [133]\n"
        "- « Numérisation [GED] » — RAMQ (Automatisation ; Développement de la solution) [134]\n"
        "- « Robot conversationnel » — RAMQ (Assistant/agent conversationnel ; …) [135]\n"
        "\n"
        "Organismes : RAMQ [133, 134, 135]"
    )
    assert shown_rows(text) == [133, 134, 135]
    assert shown_rows("Le registre compte 3 initiatives. [1, 2, 3]") == []


def test_a_position_past_the_end_of_the_list_picks_nothing():
    assert pick([133, 134, 135], 2) == 134
    assert pick([133, 134, 135], -1) == 135
    assert pick([133, 134, 135], -2) == 134
    assert pick([133, 134, 135], 4) is None
    assert pick([], -1) is None


# --- through the assistant, with the conversation as the chat sends it -------------------------


def converse(assistant, *questions):
    history, answer = [], None
    for question in questions:
        answer = assistant.ask(question, history=list(history))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
    return answer


@pytest.mark.parametrize(
    "language, turns, row",
    [
        ("fr", ("Quels sont les projets de la RAMQ ?", "Décris le deuxième."), 134),
        ("en", ("Show me the RAMQ projects.", "What is the last one about?"), 136),
        ("fr", ("Quelles initiatives de la CNESST sont en développement ?", "Parle-moi de la dernière."), 241),
        ("en", ("How many initiatives are at the RAMQ?", "Which are still in development?", "Tell me about the first one."), 134),
    ],
)
def test_a_position_in_the_list_just_shown_describes_that_row(full_assistant, language, turns, row):
    answer = converse(full_assistant, *turns)
    assert answer.intent == "describe"
    assert answer.figures == {"row_ids": [row]}
    assert answer.row_ids == [row]
    assert answer.language == language


def test_a_position_after_a_ranking_is_not_a_row(full_assistant):
    answer = converse(full_assistant, "Quels organismes ont le plus d'initiatives ?", "Parle-moi du premier.")
    assert answer.intent != "describe"


def test_a_position_past_the_shown_list_or_without_the_answers_text_is_not_guessed(full_assistant):
    assert converse(full_assistant, "Quels sont les projets de la RAMQ ?", "Décris le septième.").intent != "describe"
    only_questions = [{"role": "user", "content": "Quels sont les projets de la RAMQ ?"}]
    assert full_assistant.ask("Décris le deuxième.", history=only_questions).intent != "describe"


def test_which_of_those_narrows_the_topic_just_searched(full_assistant):
    answer = converse(full_assistant, "Which projects detect fraud?", "Which of those are at the RAMQ?")
    assert answer.intent == "list"
    assert answer.figures["row_ids"] == [136]


def test_how_ai_is_used_is_not_the_topic(full_assistant):
    plan = full_assistant.ask("Y a-t-il des projets d'inspection assistée par l'IA ?").plan
    assert "assist" not in plan.topic
    assert "AI-powered" not in full_assistant.ask("How many AI-powered inspection projects?").plan.topic


@pytest.mark.parametrize(
    "turns, rows",
    [
        (("Which projects detect fraud?", "And at the RAMQ?"), [136]),
        (("Quels projets portent sur la détection de la fraude ?", "Et à la RAMQ ?"), [136]),
        (("Quels projets utilisent la reconnaissance optique de caractères ?", "Et dans le réseau de la santé ?"), [189]),
    ],
)
def test_a_topic_asked_again_in_another_scope_searches_the_question_that_asked_it(full_assistant, turns, rows):
    answer = converse(full_assistant, *turns)
    assert answer.intent == "search" and answer.plan.follow_up
    assert answer.row_ids == rows
