"""Words asked of the initiatives' names: "which initiatives mention Copilot in their name",
« les projets dont le nom contient "chatbot" », "projects with 'pilot' in the title". The word is
matched in the name column, exactly (case and accents aside), never searched as a topic, and a
word that is also a category ("chatbot") is then no category filter."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.understand.lexicon import fold

_WORD = r"(?:[«\"“']\s*(?P<quoted>[^»\"”']{1,60}?)\s*[»\"”']|(?P<word>[\w][\w.+-]*))"
_NAME = r"(?:(?:tool|project|initiative|record|use case|outil|projet)s? )?(?:names?|titles?|noms?|titres?|intitules?)(?: (?:de l |du |des )?(?:outils?|projets?|initiatives?))?"
_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"\b(?:mention\w*|with|having|has|have|ont|a|contain\w*|include\w*|use\w*|avec|ayant|mentionn\w*|contien\w*|comport\w*|inclu\w*|compren\w*|utilis\w*)\s+(?:the word |the term |le mot |le terme )?{_WORD}\s+(?:in|dans)\s+(?:their|its|the|le|la|leur|leurs|son|sa)\s+{_NAME}\b",
        rf"\b(?:whose|where the|with a|with the|dont le|dont la|dont les|avec un|avec le)\s+{_NAME}\s+(?:contains?|includes?|mentions?|has|have|says?|contient|contiennent|comprend|comprennent|mentionne\w*|inclu\w*|comporte\w*)\s+(?:the word |the term |le mot |le terme )?{_WORD}",
    )
)


@dataclass(frozen=True)
class NameWords:
    words: tuple[str, ...]  # as the question writes them
    spans: tuple[tuple[int, int], ...]  # the phrases that asked them, in the question


def name_words(question: str) -> NameWords:
    """The words the question asks of the names, and where it asks them."""
    folded = fold(question)
    words, spans = [], []
    for pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            group = "quoted" if m.group("quoted") else "word"
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            words.append(question[m.start(group) : m.end(group)])
            spans.append(m.span())
    return NameWords(tuple(words), tuple(spans))
