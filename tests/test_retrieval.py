"""Topic retrieval on the real-layout register: the FR/EN probe and the "nothing matches" gate."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PROBE, ROOT

OFFTOPIC = ROOT / "data" / "eval" / "offtopic.jsonl"


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_probe_has_enough_questions_per_language_with_existing_rows(full_assistant):
    probe = read_jsonl(PROBE)
    for language in ("fr", "en"):
        assert sum(c["language"] == language for c in probe) >= 40
    ids = set(full_assistant.register.row_ids)
    assert all(c["relevant"] and set(c["relevant"]) <= ids for c in probe)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_probe_hit_at_5_per_language(full_assistant, language):
    """Floors under the measured figures (README, Retrieval): a regression fails here."""
    cases = [c for c in read_jsonl(PROBE) if c["language"] == language]
    hits = 0
    for case in cases:
        ids = {d.metadata["row_id"] for d in full_assistant.retriever.invoke(case["question"], k=5)}
        hits += bool(ids & set(case["relevant"]))
    assert hits / len(cases) >= 0.85


def test_off_topic_questions_match_nothing(full_assistant):
    cases = read_jsonl(OFFTOPIC)
    matched = [c["question"] for c in cases if full_assistant.retriever.invoke(c["question"])]
    assert len(matched) <= 2, matched


@pytest.mark.parametrize(
    ("question", "language", "intro"),
    [
        ("Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?", "fr", "Selon le registre"),
        ("Which public bodies use a chatbot to answer citizens?", "en", "According to the register"),
    ],
)
def test_chatbot_question_is_answered_with_conversational_agents(full_assistant, question, language, intro):
    answer = full_assistant.ask(question)
    assert answer.language == language and answer.answer.startswith(intro)
    rows = [full_assistant.register.row(c.row_id) for c in answer.citations]
    assert rows and all(r["category_key"] == "conversational_agent" for r in rows[:3])
    label = "Assistant/agent conversationnel" if language == "fr" else rows[0]["category_en"]
    assert label in answer.answer, "category labels appear in the question's language"


def test_nothing_matches_is_said_plainly(full_assistant):
    fr = full_assistant.ask("Quelle est la meilleure recette de tarte au sucre ?")
    en = full_assistant.ask("What is the best poutine in Montreal?")
    assert fr.citations == [] and "aucune initiative" in fr.answer
    assert en.citations == [] and "has no initiative" in en.answer


def test_english_words_bring_french_equivalents_only_over_french_text():
    """Over an English register, "chatbot" must not also find every row saying "agent" or
    "assistant" (the glossary's French for it, which are English words too)."""
    from assistant.retrieval.hybrid import topic_words
    from assistant.retrieval.lexical import query_tokens, stem

    assert {stem("assistant")} <= set().union(*topic_words("chatbot", "en"))
    assert topic_words("chatbot", "en", translate=False) == [{stem("chatbot")}]
    assert query_tokens("chatbot", "en", translate=False) == [stem("chatbot")]
