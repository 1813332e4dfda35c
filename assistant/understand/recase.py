"""A question typed without capitals, read again with its unread words written as names.

« la saq fait-elle de l'ia ? », "is ramqq using ai for image processing?", "is investissement
quebec in there": names the register lacks, and acronyms with a slip, are found by their capitals.
Typed all in small letters, their words are left unread, and the answer is about the rest of the
question (every row of a category) or a topic search. Read again with those words capitalised
(short ones with at most one vowel as an acronym: SAQ, STM, RAMQQ), the question names its body.
The second reading is kept only when it names a body the first did not and leaves fewer words
unread: it never changes a question the first reading understood.
"""

from __future__ import annotations

import re

from assistant.types import Plan
from assistant.understand.word_lists import fold

_WORD = re.compile(r"[^\W\d_]{2,}")
_BODY_FIELDS = ("body", "portfolio")


def unread(plan: Plan) -> set[str]:
    """The folded words no rule read: the topic's and those set aside."""
    return {w for said in (*plan.topic.split(), *plan.set_aside) for w in fold(said).split()}


def recased(question: str, plan: Plan) -> str:
    """`question` with the words `plan` left unread written as names, when it was typed without a
    single capital and left some unread; else ""."""
    if any(c.isupper() for c in question) or plan.intent == "out_of_scope":
        return ""
    left = unread(plan)
    if not left:
        return ""

    def written(m: re.Match[str]) -> str:
        word, key = m.group(), fold(m.group())
        if key == "quebec":  # part of many names (« Élections Québec »), read as the register alone
            return word.capitalize()
        if key not in left:
            return word
        acronym = len(word) <= 6 and sum(c in "aeiouy" for c in key) <= 1
        return word.upper() if acronym else word[:1].upper() + word[1:]

    again = _WORD.sub(written, question)
    return again if again != question else ""


def better(first: Plan, second: Plan) -> bool:
    """Whether the second reading names a body the first did not, with fewer words unread."""
    found = any(f in second.filters and f not in first.filters for f in _BODY_FIELDS)
    return found and len(unread(second)) < len(unread(first))
