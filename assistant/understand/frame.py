"""The frame of a question and its topic words: the question without the values it names,
frame words with typos fixed ("Combein", "initiaitves"), and what is left as the topic, in the
user's own spelling."""

from __future__ import annotations

import re
from typing import Any

from assistant.understand.readings import fold as _fold
from assistant.understand.words import FRAME_VOCABULARY, FRAME_WORDS, NEVER_CORRECTED


def blank(question: str, mentions: list[Any]) -> str:
    chars = list(question)
    for m in mentions:
        chars[m.start : m.end] = " " * (m.end - m.start)
    return " ".join("".join(chars).replace("«", " ").replace("»", " ").replace('"', " ").split())


def correct(norm: str, known: frozenset[str] = frozenset()) -> str:
    """Fixes typos in the question's frame words ("Combein", "initiaitves") so intents are found.
    A `known` word (of the register's text) is only fixed into its own family ("agence" ->
    "agency"): "projection" is a topic, not a misspelt "production"."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    words = norm.split(" ")
    for i, word in enumerate(words):
        core = word.strip("?!.,;:")
        if len(core) < 5 or core in FRAME_VOCABULARY or core in NEVER_CORRECTED:
            continue
        hit = process.extractOne(core, FRAME_VOCABULARY, scorer=Levenshtein.distance, score_cutoff=2 if len(core) >= 7 else 1)
        if hit and (core not in known or hit[0][:5] == core[:5]):
            words[i] = word.replace(core, hit[0])
    return " ".join(words)


def topic_words(question: str, mentions: list[Any], known: frozenset[str] = frozenset()) -> str:
    """The question minus filter mentions and frame words, in the user's own spelling."""
    from assistant.retrieval.lexical import tokens

    chars = list(question)
    for m in mentions:
        chars[m.start : m.end] = " " * (m.end - m.start)
    text = "".join(chars)
    for word in re.finditer(r"\S+", _fold(text)):  # misspelt frame words ("initiaitves") go too
        if correct(word.group(), known) != word.group():
            text = text[: word.start()] + " " * (word.end() - word.start()) + text[word.end() :]
    for match in FRAME_WORDS.finditer(_fold(text)):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    words = [w.strip("?!.,;:«»\"()[]-") for w in text.split()]
    words = [w for w in words if w and tokens(w)]
    return " ".join(words)
