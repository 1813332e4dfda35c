"""Which leftover words of a question may become its topic: only those the register has
evidence for. The rest are set aside and shown, never searched or counted.

A word the rules do not know used to become a topic filter, and the size of that "topic set"
was reported as a count ("20 initiatives portant sur « tout »", "0 … about "thingies""). Now a
word is a topic only when it is not a filler (greetings, politeness, the asker's context, vague
nouns, chat abbreviations: lexicon.toml) and the register uses it (its stem, or a glossary
equivalent, is in the rows' text), or, for words the register does not spell out, when the
dense search finds rows above the relevance gate for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from assistant.retrieval.lexical import STOPWORDS, query_tokens, tokens
from assistant.understand.lexicon import OPERATOR_KINDS, fold, spans

if TYPE_CHECKING:
    from assistant.register.load import Register

Search = Callable[[str, str], bool]  # (words, language) -> does the dense search find rows


class TopicEvidence:
    """The register's vocabulary (stems and their 5-6 letter prefixes) and, optionally, a dense
    search that says whether rows match words the register does not spell out."""

    def __init__(self, stems: Iterable[str] | Callable[[], Iterable[str]], search: Search | None = None) -> None:
        """`stems`: the register's stems, or a function that reads them (called on first need:
        most questions leave no word to check)."""
        self._stems = stems
        self._vocabulary: set[str] | None = None
        self.search = search
        self.owner: frozenset[str] = frozenset()  # words of who publishes the register ("interior"): the whole register, no topic

    @property
    def vocabulary(self) -> set[str]:
        if self._vocabulary is None:
            stems = set(self._stems() if callable(self._stems) else self._stems)
            self._vocabulary = stems | {"~" + s[:n] for s in stems for n in (5, 6) if len(s) >= n}
        return self._vocabulary

    @classmethod
    def from_register(cls, register: Register, search: Search | None = None) -> TopicEvidence:
        """From the rows' names and benefits, read on first need (the retriever's idf, when there
        is one, is passed to the constructor instead: it is already computed)."""

        def stems() -> set[str]:
            df = register.df
            texts = df["name"].astype(str)
            if "benefits" in df:
                texts = texts + " " + df["benefits"].astype(str)
            return {s for text in texts for s in tokens(text)}

        return cls(stems, search)

    def has(self, word: str, language: str) -> bool:
        stems = query_tokens(word, language)
        return any(s in self.vocabulary or (len(s) >= 5 and "~" + s[:6] in self.vocabulary) for s in stems)

    def keep(self, topic: str, language: str, dense: bool = True) -> tuple[str, list[str], list[str]]:
        """(the topic's words with evidence, in order; the words set aside; those of them that
        are not fillers: words the register knows nothing of). `dense`: False where the topic
        cannot matter (a definition, a description), to spare the search."""
        if not topic.strip():
            return "", [], []
        folded = plain = fold(topic)
        languages = (language, "en" if language == "fr" else "fr")
        for kind, mark in (("filler", "\0"), *((k, "\1") for k in OPERATOR_KINDS)):  # operators win
            for lang in languages:  # (each list read on the topic as written: a filler's mark hides no operator)
                for start, end in spans(kind, plain, lang):
                    folded = folded[:start] + mark * (end - start) + folded[end:]
        words, aside = [], []
        # "security-related": the word less its filler half, "related"
        for match in re.finditer(r"\S+", topic):
            word = match.group().strip("?!.,;:«»\"()[]")
            span = folded[match.start() : match.end()]
            if "-" in word and "\0" in span and span.replace("\0", "").strip():
                kept = [p for p in re.finditer(r"[^-]+", match.group()) if "\0" not in span[p.start() : p.end()]]
                word = "-".join(p.group().strip("?!.,;:«»\"()[]") for p in kept)
                span = " ".join(span[p.start() : p.end()] for p in kept)
            if not word or "\1" in span or word.isdigit():  # an operator's word or number: accounted for
                continue
            owned = any(w in self.owner or w[:-1] in self.owner or len(w) >= 7 and any(len(o) >= 7 and w.startswith(o) for o in self.owner)
                        for w in fold(word).split() if len(w) > 2)  # "Interior's use cases", « de l'Intérieur »: the register's owner
            if "\0" in span or owned or not re.search(r"[^\W\d_]{2,}", word) or not query_tokens(word, language, translate=False):  # a stopword: never a topic
                aside.append(word)
            else:
                words.append(word)
        # One word the register uses keeps the phrase (the other words qualify it, and the
        # search reads them by meaning); a phrase none of whose words the register uses is a
        # topic only when the dense search finds rows for it.
        # A word the register uses is a topic word. Words it does not use are one only when none
        # of the question's words is the register's and the meaning-based search finds rows for
        # the question above its threshold (English words the glossary does not translate): a
        # stray word next to a real topic word never widens or empties the set that is counted.
        known = [w for w in words if self.has(w, language)]
        unknown = [w for w in words if w not in known]
        if unknown and not known and dense and self.search is not None and self.search(" ".join(words), language):
            known, unknown = words, []
        return " ".join(w for w in words if w in known), list(dict.fromkeys(aside + unknown)), unknown


def owner_words(names: Iterable[str]) -> frozenset[str]:
    """The words of the names of who publishes a register (its mapping's `owner`), stopwords aside:
    "Department of the Interior", "DOI" -> department, interior, doi."""
    return frozenset(w for n in names for w in fold(n).replace("_", " ").split() if len(w) > 2 and w not in STOPWORDS and not w.isdigit())


def explained_share(question: str, unknown: list[str]) -> float:
    """The share of the question's content words (stopwords aside) a plan accounts for: all
    but the `unknown` ones, the words the register has no evidence for."""
    words = [w for w in re.findall(r"[^\W\d_]{2,}", fold(question)) if w not in STOPWORDS]
    missing = sum(len(re.findall(r"[^\W\d_]{2,}", fold(w))) for w in unknown)
    return round(max(0.0, 1 - missing / len(words)), 2) if words else 1.0


def inside_operators(question: str, language: str) -> frozenset[str]:
    """The words a question says only inside a multi-word operator phrase (« d'un *autre*
    ministère que le MSSS »): part of the operator, never the topic."""
    folded = fold(question)
    inside, outside = set(), set()
    marked = folded
    for kind in OPERATOR_KINDS:
        for start, end in spans(kind, folded, language):
            if " " in folded[start:end].strip():
                inside.update(folded[start:end].split())
                marked = marked[:start] + " " * (end - start) + marked[end:]
    outside.update(marked.split())
    return frozenset(inside - outside)
