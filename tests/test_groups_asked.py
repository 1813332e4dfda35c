"""Questions that ask for the groups themselves: « Combien d'organismes … ? », "Which public
bodies …?", "What kinds of projects …?" — answered by body (or category, status) with how many
groups there are, never with the number of initiatives in their place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, by, groups, rows",
    [
        ("Combien d'organismes ont des agents conversationnels ?", "body", 45, 68),
        ("How many public bodies have chatbots?", "body", 45, 68),
        ("Combien d'organismes publics utilisent l'IA ?", "body", 82, 258),
        ("Which public bodies use AI?", "body", 82, 258),
        ("Quelles catégories a la RAMQ ?", "category", 3, 4),
        ("What status do RAMQ projects have?", "status", 2, 4),
        ("What kinds of projects does Université Laval have?", "category", 4, 11),
        ("Combien d'organismes utilisent l'IA pour détecter la fraude ?", "body", 2, 3),
    ],
)
def test_a_question_about_the_groups_counts_the_groups(full_assistant, question, by, groups, rows):
    answer = full_assistant.ask(question)
    assert answer.intent == "breakdown"
    assert answer.figures["by"] == by
    assert answer.figures["groups"] == groups == len(answer.figures["breakdown"])
    assert answer.figures["count"] == rows == sum(g["count"] for g in answer.figures["breakdown"])
    first = answer.answer.splitlines()[0]
    assert f": {groups} (" in first or f" : {groups} (" in first  # the number of groups leads


def test_the_answer_names_the_groups_in_the_question_language(full_assistant):
    fr = full_assistant.ask("Combien d'organismes ont des agents conversationnels ?").answer
    en = full_assistant.ask("How many public bodies have chatbots?").answer
    assert fr.startswith("Organismes ayant au moins une initiative de la catégorie « Assistant/agent conversationnel » : 45 (68 initiatives en tout) :")
    assert en.startswith('Public bodies with at least one initiative in the "Assistant/conversational agent" category: 45 (68 initiatives in all):')
    assert "- Université Laval : 6 (9 %) [52, 55, 56, 58, 60, 62]" in fr


@pytest.mark.parametrize(
    "question, intent",
    [
        ("Quels organismes utilisent l'IA pour détecter la fraude ?", "search"),  # a topic: its answer names the bodies
        ("Quels organismes ont le plus d'agents conversationnels ?", "rank"),
        ("Combien de projets à la RAMQ ?", "count"),
        # « ministères » names a kind of body: the bodies whose names begin « Ministère » (kinds.py), never a portfolio guessed
        ("Combien de ministères ont des projets en production ?", "breakdown"),
        ("Quel est le statut du projet « Chatbot RH » ?", "describe"),
        ("Quelles initiatives de la CNESST sont en développement ?", "list"),
    ],
)
def test_other_questions_keep_their_intent(full_assistant, question, intent):
    assert full_assistant.ask(question).intent == intent


def test_every_breakdown_says_how_many_groups_it_has(full_assistant):
    figures = full_assistant.ask("Répartition par catégorie").figures
    assert figures["groups"] == len(figures["breakdown"]) == 10
