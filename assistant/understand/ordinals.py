"""Follow-ups that point into the previous answer's list: « Décris le deuxième », "the last one".

A reader who has just been shown a list asks about one of its items by position, not by name.
The position is resolved against the rows the previous answer showed, in the order it showed
them (its list items, each ending with its row id "[134]"), so "the second one" is the row the
reader saw second — whichever composer wrote the list. Rules, not a model.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.register.labels import normalise
from assistant.understand.word_lists import load

_WORDS = load(Path(__file__).with_name("ordinal_words.toml"))  # the words: data, per language
# The position each list of positions stands for.
_POSITIONS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10, "last": -1, "second_to_last": -2}  # fmt: skip


def _positions(language: str) -> dict[str, int]:
    table = _WORDS.words_by_language[language]
    return {word: position for name, position in _POSITIONS.items() for word in table.get(name, ())}


def _reference(words: dict[str, int], language: str) -> re.Pattern[str]:
    """An article, the position, then nothing but "one", a word for an item, "of the list" or the
    end of a clause: "le premier organisme" or "the first body" ask about something else."""
    articles = "|".join(map(re.escape, _WORDS.words_by_language[language]["article"]))
    positions = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{articles})\s+({positions})(?:{_WORDS.source('after_position')})")


_FR, _EN = _positions("fr"), _positions("en")
_FR_RX, _EN_RX = _reference(_FR, "fr"), _reference(_EN, "en")
_MAX_WORDS = 12  # a reference is a short follow-up; a long question says what it wants itself
# A list item of an answer: "- « Name » — Body (…) [134]" (the row id closes the line).
_ITEM_LINE = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+.*\[(\d+)\]\s*\.?\s*$")


def ordinal(question: str) -> int | None:
    """The list position a short follow-up points to: 1, 2, … from the top, -1 the last, -2 the
    one before it; None when the question names no position."""
    text = normalise(question).replace("'", " ").replace("’", " ")
    if len(text.split()) > _MAX_WORDS:
        return None
    for rx, words in ((_FR_RX, _FR), (_EN_RX, _EN)):
        match = rx.search(text)
        if match:
            return words[match.group(1)]
    return None


def shown_rows(answer_text: str) -> list[int]:
    """Row ids of the list items an answer showed, in the order shown."""
    rows: list[int] = []
    for line in answer_text.splitlines():
        match = _ITEM_LINE.match(line)
        if match and int(match.group(1)) not in rows:
            rows.append(int(match.group(1)))
    return rows


def pick(rows: list[int], position: int) -> int | None:
    """The row at `position` (1-based, negative from the end), None when the list is shorter."""
    index = position - 1 if position > 0 else len(rows) + position
    return rows[index] if 0 <= index < len(rows) else None
