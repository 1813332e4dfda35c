"""Topic retrieval as a LangChain retriever: dense (Chroma) fused with BM25, then a relevance gate.

Ranking: reciprocal-rank fusion of the dense and the lexical ranking. Gate: a row is a match
when its meaning is close (dense score >= `strong`), or when it shares the question's topic
words (term coverage >= `min_coverage`) and its meaning is not far (dense >= `weak`). The gate
is what lets the assistant say "nothing in the register matches" instead of always returning
the nearest k rows. Thresholds are calibrated per embedder on data/eval/probe.jsonl against
data/eval/offtopic.jsonl (bench/compare_embedders.py prints the figures).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .index import VectorIndex, document_text
from .lexical import GLOSSARY_EN_FR, STOPWORDS, LexicalIndex, _words, query_tokens, stem, tokens
from .understand import detect_language


@dataclass(frozen=True)
class Gate:
    strong: float  # dense score that is a match on its own
    weak: float  # dense score a lexical match must also reach
    min_coverage: float = 0.34  # share of the question's topic words found in the row
    full_coverage: float = 0.66  # coverage that is a match on its own (>= 2 topic words)


GATES = {
    "use-multilingual": Gate(strong=0.27, weak=0.0),
    "e5-small": Gate(strong=0.86, weak=0.76),
    "minilm": Gate(strong=0.45, weak=0.10),
}


def default_gate(embedder_name: str) -> Gate:
    return GATES.get(embedder_name, Gate(strong=0.45, weak=0.10))


def topic_words(question: str, language: str) -> list[set[str]]:
    """One set of acceptable stems per topic word of the question (an English word brings its
    French glossary equivalents)."""
    groups = []
    for word in _words(question):
        if word in STOPWORDS or len(word) < 2:
            continue
        groups.append({stem(word)} | {stem(w) for w in GLOSSARY_EN_FR.get(word, "").split()})
    return groups


class HybridRetriever(BaseRetriever):
    """Returns the matching rows, best first, with `score` (dense), `lexical` and `coverage`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: VectorIndex
    lexical: LexicalIndex
    row_tokens: dict[int, frozenset[str]]
    gate: Gate
    k: int = 5
    candidates: int = 50

    @classmethod
    def from_register(cls, register: Any, index: VectorIndex, gate: Gate, k: int = 5) -> HybridRetriever:
        texts = [document_text(row) for _, row in register.df.iterrows()]
        row_ids = [int(r) for r in register.df["row_id"]]
        return cls(
            index=index,
            lexical=LexicalIndex(row_ids, texts),
            row_tokens={rid: frozenset(tokens(t)) for rid, t in zip(row_ids, texts, strict=True)},
            gate=gate,
            k=k,
        )

    def _is_match(self, score: float, coverage: float, n_words: int) -> bool:
        gate = self.gate
        return (
            score >= gate.strong
            or (coverage >= gate.min_coverage and score >= gate.weak)
            or (n_words >= 2 and coverage >= gate.full_coverage)
        )

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        k = kwargs.get("k", self.k)
        language = kwargs.get("language") or detect_language(query)
        n = max(self.candidates, 5 * k)
        dense = {int(m["row_id"]): (m, s) for m, s in self.index.search(query, k=n)}
        lex = self.lexical.scores(query_tokens(query, language))
        lex_order = [i for i in np.argsort(-lex)[:n] if lex[i] > 0]
        lex_rank = {int(self.lexical.row_ids[i]): r for r, i in enumerate(lex_order, 1)}
        lex_score = {int(self.lexical.row_ids[i]): float(lex[i]) for i in lex_order}
        dense_rank = {rid: r for r, rid in enumerate(dense, 1)}
        groups = topic_words(query, language)
        floor = min((s for _, s in dense.values()), default=0.0)

        scored = []
        for rid in set(dense) | set(lex_rank):
            score = dense[rid][1] if rid in dense else floor
            row_toks = self.row_tokens.get(rid, frozenset())
            coverage = sum(1 for g in groups if g & row_toks) / len(groups) if groups else 0.0
            if not self._is_match(score, coverage, len(groups)):
                continue
            fused = 1 / (60 + dense_rank.get(rid, 2 * n)) + 1 / (60 + lex_rank.get(rid, 2 * n))
            meta = dense[rid][0] if rid in dense else {"row_id": rid}
            scored.append((fused, rid, meta, score, coverage))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [
            Document(
                page_content=str(meta.get("name", "")),
                metadata={
                    **meta,
                    "row_id": rid,
                    "score": round(score, 4),
                    "fused": round(fused, 5),
                    "lexical": round(lex_score.get(rid, 0.0), 3),
                    "coverage": round(coverage, 2),
                },
            )
            for fused, rid, meta, score, coverage in scored[:k]
        ]
