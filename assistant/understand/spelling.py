"""Slips in the words that say what a question asks ("precentage", « exlcuant », "unviersity",
« minsitère »), put right in the question itself before it is read: the operators (share,
negation, fewest, claim…) and the kinds of bodies are found in its text, so a slip there loses
them. Only words of six letters or more, one edit away (a swap of two letters is one; a letter
more or less only from nine letters on), that neither the register nor the lexicon uses; values
(bodies, categories) have their own typo readings."""

from __future__ import annotations

import re
import tomllib
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from assistant.understand.lexicon import LEXICON, OPERATOR_KINDS
from assistant.understand.openers import colloquial
from assistant.understand.word_lists import fold

_WORD = re.compile(r"[^\W\d_]{6,}")


@cache
def lexicon_words(kinds: tuple[str, ...] | None = None) -> frozenset[str]:
    """The single words of the lexicon's lists of `kinds` (every kind: None), both languages,
    folded; entries that are beginnings ("contien*") are no word."""
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    words = {
        fold(entry.rstrip("=")).strip()
        for table in data.values() for kind, entries in table.items() if kinds is None or kind in kinds
        for entry in entries if not entry.endswith("*")
    }  # fmt: skip
    return frozenset(w for w in words if w and " " not in w)


def operator_words() -> frozenset[str]:
    """What operators are said with (share, negation, fewest, claim…): the words slips are fixed into."""
    return frozenset(w for w in lexicon_words(OPERATOR_KINDS) if len(w) >= 6)


class Speller:
    """Puts right slips into `vocabulary` words, leaving the register's own words (`known`) and
    the lexicon's as typed; built once per register (the sorted targets are not per question)."""

    def __init__(self, vocabulary: frozenset[str], known: frozenset[str]) -> None:
        self.vocabulary = vocabulary
        self.right = known | lexicon_words()  # words already right: the register's, the lexicon's (« ministre »)
        self._targets = sorted(vocabulary)

    def __call__(self, question: str) -> str:
        """The question with each word one slip away from a vocabulary word written as that word."""
        return _WORD.sub(self._fix, colloquial(question))

    def _fix(self, m: re.Match[str]) -> str:
        word = m.group()
        key = fold(word)
        if key in self.vocabulary or key in self.right or word.isupper():
            return word
        hit = process.extractOne(key, self._targets, scorer=OSA.distance, score_cutoff=1)
        if hit is None or hit[0][0] != key[0] or key.startswith(hit[0]) or hit[0].startswith(key):
            return word  # "involved" is no slip of "involve", « fédérales » none of « fédérale »
        if len(hit[0]) != len(key) and len(key) < 9:
            return word  # a letter more or less in a short word is often another word (« agences », "agencies")
        return hit[0].capitalize() if word[0].isupper() else hit[0]

