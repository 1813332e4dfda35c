"""Answers computed many at a time share one Assistant safely: `serve` without answer workers
runs 8 answering requests at once in its threads (`workers.concurrency`), so the same questions
and Explore selections asked from 8 threads at once give exactly what they give one at a time.
Over the real register with the bundled model (embedding, BM25 and the index are what is shared);
the bundled model and the sentence-transformers embedder (which takes no lock of ours) called
from several threads at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from assistant.ui.selection import select_here
from assistant.ui.workers import IN_PROCESS_REQUESTS
from assistant.vectors.embeddings import get_embedder

QUESTIONS = (
    "Quels organismes utilisent l'IA pour détecter la fraude ?",
    "Which initiatives are about translation?",
    "Combien d'agents conversationnels sont en production dans le réseau de la santé ?",
    "Which public bodies have the most initiatives?",
    "Combien d'initiatives portent sur les urgences ?",
    "Quelle part des initiatives est en production ?",
    "How many forest initiatives are in development?",
    "Liste les projets de Revenu Québec",
)
TOPICS = (
    ("fraude", "fr"),
    ("translation", "en"),
    ("urgences", "fr"),
    ("forest", "en"),
    ("courriels", "fr"),
)


def test_answers_asked_at_once_are_the_answers_asked_one_at_a_time(full_assistant):
    alone = {q: full_assistant.ask(q) for q in QUESTIONS}
    asked = list(QUESTIONS) * 4
    with ThreadPoolExecutor(IN_PROCESS_REQUESTS) as threads:
        together = list(threads.map(full_assistant.ask, asked))
    for question, answer in zip(asked, together, strict=True):
        assert answer.answer == alone[question].answer
        assert answer.figures == alone[question].figures


def test_explore_selections_made_at_once_are_the_ones_made_one_at_a_time(full_assistant):
    def rows(case: tuple[str, str]) -> list[int]:
        return list(select_here(full_assistant, None, {}, *case).rows["row_id"])

    alone = {case: rows(case) for case in TOPICS}
    with ThreadPoolExecutor(IN_PROCESS_REQUESTS) as threads:
        together = list(threads.map(rows, TOPICS * 4))
    assert together == [alone[case] for case in TOPICS * 4]


@pytest.mark.parametrize("name", ["use-multilingual", "minilm"])
def test_an_embedder_called_from_several_threads_embeds_as_alone(name):
    embedder = get_embedder(name)
    texts = [f"fraud detection in tax returns {i} " + "word " * (i % 30) for i in range(48)]
    alone = [embedder.embed_query(t) for t in texts]
    with ThreadPoolExecutor(IN_PROCESS_REQUESTS) as threads:
        together = list(threads.map(embedder.embed_query, texts * 3))
    for expected, got in zip(alone * 3, together, strict=True):
        assert np.allclose(expected, got, atol=1e-5)
