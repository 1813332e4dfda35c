"""Follow-ups that point into the previous answer's list: « Décris le deuxième », "the last one".

A reader who has just been shown a list asks about one of its items by position, not by name.
The position is resolved against the rows the previous answer showed, in the order it showed
them (its list items, each ending with its row id "[134]"), so "the second one" is the row the
reader saw second — whichever composer wrote the list. Rules, not a model.
"""

from __future__ import annotations

import re

from assistant.register.labels import normalise

_FR = {
    "premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "cinquieme": 5, "5e": 5,
    "sixieme": 6, "6e": 6, "septieme": 7, "7e": 7, "huitieme": 8, "8e": 8,
    "neuvieme": 9, "9e": 9, "dixieme": 10, "10e": 10,
    "dernier": -1, "derniere": -1, "avant-dernier": -2, "avant-derniere": -2,
}  # fmt: skip
_EN = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "last": -1, "second-to-last": -2,
    "second last": -2, "penultimate": -2,
}  # fmt: skip

# The ordinal must stand for an item of the list: an article before it, and after it nothing
# but "one", a word for an item, "of the list" or the end of a clause — "le premier organisme"
# or "the first body" ask about something else.
_ITEM_FR = r"(?:\s+(?:projet|initiative|fiche|element|resultat|item|cas|solution))?(?:\s+(?:de|dans) (?:la|cette) liste|\s+d entre (?:elles|eux))?"
_ITEM_EN = r"(?:\s+(?:one|initiative|project|item|entry|row|result|use case))?(?:\s+(?:on|in|of) (?:the|that|this) list|\s+of (?:them|those))?"
_END = r"(?=\s*(?:$|[?.!,;:]|\s(?:elle|il|est|fait|porte|sert|consiste|do|does|is|about)\b))"
_FR_RX = re.compile(
    rf"\b(?:le|la|l)\s+({'|'.join(sorted(map(re.escape, _FR), key=len, reverse=True))}){_ITEM_FR}{_END}"
)
_EN_RX = re.compile(
    rf"\bthe\s+({'|'.join(sorted(map(re.escape, _EN), key=len, reverse=True))}){_ITEM_EN}{_END}"
)
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
