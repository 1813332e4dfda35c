"""Topic retrieval as a LangChain retriever: dense (Chroma) fused with BM25, then a relevance gate.

Ranking: reciprocal-rank fusion of the dense and the lexical ranking. Gate: a row is a match
when its meaning is close (dense score >= `strong`), or when it shares the question's topic
words (term coverage >= `min_coverage`) and its meaning is not far (dense >= `weak`). The gate
is what lets the assistant say "nothing in the register matches" instead of always returning
the nearest k rows. Thresholds are calibrated per embedder on data/eval/probe.jsonl against
data/eval/offtopic.jsonl (bench/compare_embedders.py prints the figures).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.language import detect_language
from assistant.retrieval.lexical import (
    GLOSSARY_EN_FR,
    STOPWORDS,
    LexicalIndex,
    _words,
    query_tokens,
    stem,
    tokens,
)
from assistant.vectors.build import VectorIndex, document_text
from assistant.vectors.rows import searched_columns

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register


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


def topic_words(question: str, language: str, translate: bool = True) -> list[set[str]]:
    """One set of acceptable stems per topic word of the question (an English word brings its
    French glossary equivalents when the register's text is French: `translate`)."""
    groups = []
    for word in _words(question):
        if word in STOPWORDS or len(word) < 2:
            continue
        groups.append({stem(word)} | ({stem(w) for w in GLOSSARY_EN_FR.get(word, "").split()} if translate else set()))
    return groups


def _with_prefixes(toks: list[str]) -> frozenset[str]:
    """A row's stems plus their 5- and 6-letter prefixes (marked '~'), so that "fraude" finds
    "frauduleuses" (stems 'fraud' and 'fraudul') without a fuzzy match per pair."""
    return frozenset(toks) | {"~" + t[:n] for t in toks for n in (5, 6) if len(t) >= n}


def _found(group: set[str], row_toks: frozenset[str]) -> bool:
    return any(s in row_toks or (len(s) >= 5 and "~" + s[:6] in row_toks) for s in group)


def _idf(documents: Iterable[frozenset[str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    n = 0
    for toks in documents:
        counts.update(t for t in toks if not t.startswith("~"))
        n += 1
    return {tok: math.log(1 + n / df) for tok, df in counts.items()}


class HybridRetriever(BaseRetriever):
    """Returns the matching rows, best first, with `score` (dense), `lexical` and `coverage`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any  # a VectorIndex, or a years.SourceView of one
    lexical: LexicalIndex
    row_tokens: dict[int, frozenset[str]]
    idf: dict[str, float]
    gate: Gate
    k: int = 5
    candidates: int = 50
    # A counted topic set considers at most this many rows by meaning (plus every keyword match
    # among them): asking Chroma for every row fails from ~32k rows ("too many SQL variables").
    max_set_candidates: int = 2000
    # English question words bring their French glossary equivalents only over French text: over
    # an English register "chatbot" would also find every row saying "agent" or "assistant".
    translate: bool = True

    @classmethod
    def from_register(cls, register: Register, index: VectorIndex, gate: Gate, k: int = 5) -> HybridRetriever:
        extra = searched_columns(register)
        texts = [document_text(row, extra) for row in register.df.to_dict("records")]
        row_ids = [int(r) for r in register.df["row_id"]]
        stems = [tokens(t) for t in texts]  # tokenised once, for BM25 and for the coverage gate
        row_tokens = {rid: _with_prefixes(toks) for rid, toks in zip(row_ids, stems, strict=True)}
        return cls(
            index=index,
            lexical=LexicalIndex(row_ids, stems=stems),
            row_tokens=row_tokens,
            idf=_idf(row_tokens.values()),
            gate=gate,
            k=k,
            translate=getattr(register, "language", "fr") != "en" or any(str(c).endswith(":fr") for c in register.df.columns),
        )

    def _weights(self, groups: list[set[str]]) -> list[float]:
        """Each topic word's weight, its rarity (idf): "fraude" weighs more than "détection". A
        word the register never uses weighs most. Computed once per question, not per row."""
        rarest = max(self.idf.values(), default=1.0)
        return [max((self.idf.get(s, 0.0) for s in g), default=0.0) or rarest for g in groups]

    @staticmethod
    def _coverage(groups: list[set[str]], weights: list[float], row_toks: frozenset[str]) -> float:
        """Share (by weight) of the question's topic words found in the row."""
        if not groups:
            return 0.0
        found = sum(w for g, w in zip(groups, weights, strict=True) if _found(g, row_toks))
        return found / sum(weights)

    def _is_match(self, score: float, coverage: float, n_words: int) -> bool:
        gate = self.gate
        return (
            score >= gate.strong
            or (coverage >= gate.min_coverage and score >= gate.weak)
            or (n_words >= 2 and coverage >= gate.full_coverage)
        )

    SET_MARGIN: ClassVar[float] = 0.10  # a counted topic set keeps matches within this of the best dense score...
    SET_COVERAGE: ClassVar[float] = 0.5  # ...or that hold at least half of the (idf-weighted) topic words

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        """kwargs: `k` (how many, best first), `language`, `allowed` (row ids the filters keep;
        None = all), `where` (the same filters as a Chroma metadata clause, pushed down),
        `exhaustive` (True: every row of the topic set, with the stricter set gate)."""
        allowed: set[int] | None = kwargs.get("allowed")
        exhaustive = bool(kwargs.get("exhaustive"))
        k = kwargs.get("k", self.k)
        language = kwargs.get("language") or detect_language(query)
        pool = len(allowed) if allowed is not None else len(self.row_tokens)
        n = min(pool, self.max_set_candidates) if exhaustive else max(self.candidates, 5 * k)
        if allowed is not None and not allowed:
            return []
        dense = {
            int(m["row_id"]): (m, s)
            for m, s in self.index.search(query, k=n, where=kwargs.get("where"))
            if allowed is None or int(m["row_id"]) in allowed
        }
        lex = self.lexical.scores(query_tokens(query, language, self.translate))
        if allowed is not None:
            lex = np.where(np.isin(self.lexical.row_ids, list(allowed)), lex, 0)
        # A counted set keeps every keyword match (only the dense candidates are capped, Chroma
        # refusing ~32k ids); a search keeps the best n.
        order = np.argsort(-lex)
        lex_order = [i for i in (order if exhaustive else order[:n]) if lex[i] > 0]
        lex_rank = {int(self.lexical.row_ids[i]): r for r, i in enumerate(lex_order, 1)}
        lex_score = {int(self.lexical.row_ids[i]): float(lex[i]) for i in lex_order}
        dense_rank = {rid: r for r, rid in enumerate(dense, 1)}
        groups = topic_words(query, language, self.translate)
        if language == "en":
            # An English word with no French equivalent in the glossary and absent from the
            # register cannot appear in French rows: it says nothing about relevance.
            # Kept only when at least two topic words remain, so that a lone common word
            # ("Montreal" in "the best poutine in Montreal") never makes a match on its own.
            meaningful = [g for g in groups if len(g) > 1 or next(iter(g)) in self.idf]
            groups = meaningful if len(meaningful) >= 2 else groups
        floor = min((s for _, s in dense.values()), default=0.0)
        weights = self._weights(groups)

        scored = []
        for rid in set(dense) | set(lex_rank):
            score = dense[rid][1] if rid in dense else floor
            row_toks = self.row_tokens.get(rid, frozenset())
            coverage = self._coverage(groups, weights, row_toks)
            if not self._is_match(score, coverage, len(groups)):
                continue
            fused = 1 / (60 + dense_rank.get(rid, 2 * n)) + 1 / (60 + lex_rank.get(rid, 2 * n))
            meta = dense[rid][0] if rid in dense else {"row_id": rid}
            scored.append((fused, rid, meta, score, coverage))
        scored.sort(key=lambda t: (-t[0], t[1]))
        if exhaustive and scored:
            # A counted set ("how many initiatives are about X") must be a set, not a top-k:
            # matches close to the best one in meaning, or carrying the topic's key words.
            best = max(t[3] for t in scored)
            scored = [t for t in scored if t[3] >= best - self.SET_MARGIN or t[4] >= self.SET_COVERAGE]
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
            for fused, rid, meta, score, coverage in (scored if exhaustive else scored[:k])
        ]
