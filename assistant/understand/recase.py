"""A question typed without capitals, read again with its unread words written as names.

« la saq fait-elle de l'ia ? », "is ramqq using ai for image processing?", "is investissement
quebec in there": names the register lacks, and acronyms with a slip, are found by their capitals.
Typed all in small letters, their words are left unread, and the answer is about the rest of the
question (every row of a category) or a topic search. Read again with those words capitalised
(short ones as an acronym: SAQ, CIA, RAMQQ), the question names its body.
The second reading is kept only when it names more bodies than the first and leaves fewer words
unread: it never changes a question the first reading understood.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.types import Plan
from assistant.understand.lexicon import has
from assistant.understand.readings import READ_BY_ONE_WORD
from assistant.understand.word_lists import fold

_WORD = re.compile(r"[^\W\d_]{2,}")
_BODY_FIELDS = ("body", "portfolio")


def unread(plan: Plan) -> set[str]:
    """The folded words no rule read: the topic's and those set aside."""
    return {w for said in (*plan.topic.split(), *plan.set_aside) for w in fold(said).split()}


def read_again(question: str, plan: Plan, read: Callable[[str], Plan], small: frozenset[str] = frozenset()) -> Plan:
    """`plan`, or the reading of `question` recased (`read` turns a question into a Plan) when that
    names more bodies with fewer words unread. Words the register's own text writes in small
    letters (`small`: "sea ice") stay so; a word read only as "the one body whose name holds it"
    ("… than va. right?" -> "Right of Way") stays in small letters, and the question is read once more."""
    keep: set[str] = set(small)
    for _ in range(2):
        again = recased(question, plan, keep)
        if not again:
            return plan
        second = read(again)
        weak = _weak_words(plan, second)
        if not weak:
            if not better(plan, second):
                return plan
            return replace(second, question=plan.question, set_aside=[_as_typed(w, question) for w in second.set_aside])
        keep |= weak
    return plan


def recased(question: str, plan: Plan, keep: set[str] = frozenset()) -> str:
    """`question` with the words `plan` left unread (but those in `keep`) written as names, when
    it was typed without a single capital and left some unread; else ""."""
    if any(c.isupper() for c in re.sub(r"\b(?:AI|IA|I)\b", "", question)) or plan.intent == "out_of_scope":  # "AI", « IA », "I" typed in capitals alone
        return ""
    left = {w for w in unread(plan) - keep if not any(has("filler", w, lang) for lang in ("fr", "en"))}  # "bonjour", « qqch »: no name
    if not left:
        return ""

    def written(m: re.Match[str]) -> str:
        word, key = m.group(), fold(m.group())
        if key == "quebec":  # part of many names (« Élections Québec »), read as the register alone
            return word.capitalize()
        if key not in left:
            return word
        acronym = len(word) <= 3 or len(word) <= 6 and sum(c in "aeiouy" for c in key) <= 1
        return word.upper() if acronym else word[:1].upper() + word[1:]

    again = _WORD.sub(written, question)
    return again if again != question else ""


def better(first: Plan, second: Plan) -> bool:
    """Whether the second reading names more bodies than the first (as filters, exclusions, a
    share's part or a comparison: "neither at cbp nor at ice"), with fewer words unread."""
    return _named(second) > _named(first) and len(unread(second)) < len(unread(first))


def _weak_words(first: Plan, second: Plan) -> set[str]:
    """The folded words the second reading took as a body by one word of its name only."""
    said = {m.group(1) for n in second.notes if n not in first.notes and n.endswith(READ_BY_ONE_WORD) for m in [_SAID.match(n)] if m}
    if second.kinds.get("body:named") and not first.kinds.get("body:named"):
        said.add(second.kinds["body:named"])
    return {w for text in said for w in fold(text).split()}


def _as_typed(word: str, question: str) -> str:
    at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question, re.I)
    return at.group() if at else word


_SAID = re.compile(r'^(?:"|« )(.+?)(?:"| ») ')


def _named(plan: Plan) -> int:
    said = (plan.filters, plan.exclude, plan.part, plan.part_exclude)
    ranked = bool(plan.claim and plan.claim.get("op") == "rank")  # "is justice number two?": a named group's place
    return sum(len(d.get(f, ())) for d in said for f in _BODY_FIELDS) + len(plan.compare) + ranked
