"""Words asked of the initiatives' names: "which initiatives mention Copilot in their name",
« les projets dont le nom contient "chatbot" », "projects with 'pilot' in the title". The word is
matched in the name column, exactly (case and accents aside), never searched as a topic, and a
word that is also a category ("chatbot") is then no category filter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.understand.lexicon import fold
from assistant.understand.word_lists import load

_WORDS = load(Path(__file__).with_name("name_words.toml"))  # the words and phrasings: data, per language
_PATTERNS = (_WORDS.pattern("word_in_name"), _WORDS.pattern("name_with_word"))
_OF_BODIES = _WORDS.pattern("of_bodies")


@dataclass(frozen=True)
class NameWords:
    words: tuple[str, ...]  # as the question writes them
    spans: tuple[tuple[int, int], ...]  # the phrases that asked them, in the question
    # the words asked of the bodies' names ("bodies with Council in their name"), not the items'
    body_words: tuple[str, ...] = ()
    body_spans: tuple[tuple[int, int], ...] = ()


def name_words(question: str) -> NameWords:
    """The words the question asks of the names, and where it asks them."""
    folded = fold(question)
    words, spans, body_words, body_spans = [], [], [], []
    for pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            group = "quoted" if m.group("quoted") else "word"
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            said = question[m.start(group) : m.end(group)]
            if _OF_BODIES.search(folded[: m.start()]):
                body_words.append(said)
                body_spans.append(m.span())
            else:
                words.append(said)
            spans.append(m.span())
    return NameWords(tuple(words), tuple(spans), tuple(body_words), tuple(body_spans))
