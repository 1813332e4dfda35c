"""Claims about a rank or a comparison, to check rather than to filter on:

- « les chatbots sont la catégorie la plus fréquente, c'est vrai ? », "decision support is the
  second most common category": a ranking, with the claimed value checked at its rank;
- "the MTMD has more projects than the MRNF, right?", « le CHUM a moins de projets que le CIUSSS »:
  a comparison of two values of one field, with the stated order checked.

The claimed value is no filter: ranking within it would answer another question. Runs in
refine.py after the intent rules, on the same mentions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.types import Plan
from assistant.understand.lexicon import fold, has
from assistant.understand.word_lists import load

_POSITION = {
    "deuxieme": 2, "second": 2, "2e": 2, "2nd": 2, "troisieme": 3, "third": 3, "3e": 3, "3rd": 3,
    "quatrieme": 4, "fourth": 4, "4e": 4, "4th": 4, "cinquieme": 5, "fifth": 5, "5e": 5, "5th": 5,
    "sixieme": 6, "sixth": 6, "6e": 6, "6th": 6, "septieme": 7, "seventh": 7, "7e": 7, "7th": 7,
    "huitieme": 8, "eighth": 8, "8e": 8, "8th": 8, "neuvieme": 9, "ninth": 9, "9e": 9, "9th": 9,
    "dixieme": 10, "tenth": 10, "10e": 10, "10th": 10,
}  # fmt: skip
_POSITION_WORDS = tuple(_POSITION)
_RANKED = re.compile(
    r"\b(?:plus (?:frequente?s?|courante?s?|repandue?s?|representee?s?|importante?s?)|la plus|le plus|"
    r"most (?:common|frequent|popular|represented|prevalent|used)|the most|biggest|largest|leader|leading|leads|lead|top|number one|numero un|"
    r"premiere?|first|" + "|".join(sorted(_POSITION_WORDS, key=len, reverse=True)) + r")\b"
)
_MORE_THAN = re.compile(r"\b(?:plus (?:de (?:\w+ ){1,10}|d (?:\w+ ){1,10})?qu?e?|more (?:\w+ ){0,10}than|davantage (?:de (?:\w+ ){1,10}|d (?:\w+ ){1,10})?qu?e?)\b")
_FEWER_THAN = re.compile(
    r"\b(?:moins (?:de (?:\w+ ){1,10}|d (?:\w+ ){1,10})?qu?e?|(?:fewer|less) (?:\w+ ){0,10}than)\b"
)


# "more use cases than any other agency", « plus de projets que tout autre organisme », « que les autres »
_ANY_OTHER = re.compile(
    r"\b(?:more|plus|davantage) (?:\w+ ){0,6}?(?:than|que|qu) (?:any other|all (?:the )?others?|every other|all other|"
    r"tout autre|toute autre|tous les autres|toutes les autres|n importe quel(?:le)? autre|les autres|aucun autre|aucune autre)"
    r"(?: (?P<noun>\w+))?"
)


# "twice as many records as", « deux fois plus de projets que », "three times more than"
_TIMES = re.compile(
    r"\b(?P<factor>twice|double|two times|three times|four times|2 ?x|3 ?x|deux fois|trois fois|quatre fois|2 fois|3 fois)"
    r" (?:as many|more|plus|autant)\b(?: (?:\w+ ){0,6}?(?:as|than|que|qu))?"
)
# "the same number as", "as many as", « autant que », « le même nombre que »: equal counts (operator_words.toml)
_WORDS = load(Path(__file__).with_name("operator_words.toml"))
_SAME = _WORDS.pattern("same_said")
_FACTORS = {"twice": 2, "double": 2, "two times": 2, "2x": 2, "2 x": 2, "deux fois": 2, "2 fois": 2, "three times": 3,
            "3x": 3, "3 x": 3, "trois fois": 3, "3 fois": 3, "four times": 4, "quatre fois": 4}  # fmt: skip


def states_an_order(question: str) -> bool:
    """"X has more projects than Y", « le CHUM compte davantage de projets que … »."""
    folded = " ".join(fold(question).split())
    return bool(_MORE_THAN.search(folded) or _FEWER_THAN.search(folded) or _TIMES.search(folded))


_TAG = _WORDS.pattern("confirm_tag_said")  # « …, non ? », "…, no?"


def _claims(question: str, language: str) -> bool:
    folded = " ".join(fold(question).split())
    return bool(has("claim", folded, language) or has("claim", folded, "en" if language == "fr" else "fr") or _TAG.search(folded))


def _move_out(plan: Plan, m: Any) -> None:
    values = plan.filters.get(m.field, [])
    if m.value in values:
        values.remove(m.value)
        if not values:
            plan.filters.pop(m.field, None)


def rank_claim(plan: Plan, question: str, mentions: list[Any], group_field: str | None) -> bool:
    """A claimed rank (see the module docstring) made into a ranking with `claim` {"op": "rank",
    "value", "rank"}; False when the question states none."""
    folded = " ".join(fold(question).split())
    ranked = _RANKED.search(folded)
    if plan.intent != "rank" or not ranked or not _claims(question, plan.language):
        return False
    near = _noun_near(folded, ranked)  # « la *catégorie* la plus fréquente »: when a value of it is named
    field = near if any(m.field == near for m in mentions) else group_field or plan.group_by
    claimed = (
        [m for m in mentions if m.field == field] or [m for m in mentions if m.field in ("category", "status")]
        or [m for m in mentions if m.field in ("portfolio", "body")]  # "The Interior Department is the 5th-largest reporter"
    )  # fmt: skip
    if not claimed:
        return False
    m = claimed[0]
    position = next((p for word, p in _POSITION.items() if re.search(rf"\b{word}\b", folded)), 1)
    _move_out(plan, m)
    plan.group_by, plan.order, plan.top_n = m.field, "desc", position
    plan.claim = {"op": "rank", "value": m.value, "rank": position, "unit": ""}
    plan.topic = " ".join(w for w in plan.topic.split() if fold(w).strip() not in _POSITION)  # "second"
    return True


def _noun_near(folded: str, ranked: re.Match[str]) -> str | None:
    """The field the ranked words qualify: « la *catégorie* la plus fréquente dans le portefeuille
    X » ranks categories (within X), "the second most common *category*" too."""
    from assistant.understand.operators import NOUN_FIELDS

    nouns = "|".join(NOUN_FIELDS)
    near = [
        (min(abs(m.start() - ranked.end()), abs(ranked.start() - m.end())), NOUN_FIELDS[m.group(1)])
        for m in re.finditer(rf"\b({nouns})s?\b", folded)
    ]  # fmt: skip
    near = [n for n in near if n[0] <= 12]
    return min(near)[1] if near else None


def first_claim(plan: Plan, question: str, mentions: list[Any]) -> bool:
    """"Does HHS report more use cases than any other agency?": the named value claimed first in
    its field (the noun after "other", else the value's own field), as a rank claim."""
    folded = " ".join(fold(question).split())
    said = _ANY_OTHER.search(folded)
    if said is None or plan.intent not in ("list", "count", "search", "exists", "rank"):
        return False
    from assistant.understand.operators import NOUN_FIELDS

    noun = (said.group("noun") or "").removesuffix("s")
    phrase = set(folded[said.start() : said.end()].split())
    inside = [m for m in mentions if fold(m.surface).strip() in ("other", "others", "autre", "autres")]  # "any other" names no value ("Other", a topic area)
    named = [m for m in mentions if m not in inside]
    field = NOUN_FIELDS.get(noun)
    claimed = [m for m in named if m.field == field] if field else named
    claimed = claimed or [m for m in named if m.field in ("body", "portfolio")]
    if not claimed:
        return False
    m = claimed[0]
    for other in [*inside, m]:
        _move_out(plan, other)
    plan.topic = " ".join(w for w in plan.topic.split() if fold(w).strip() not in phrase)
    plan.intent, plan.group_by, plan.order, plan.top_n = "rank", m.field, "desc", 1
    plan.claim = {"op": "rank", "value": m.value, "rank": 1, "unit": ""}
    return True


def comparison_claim(plan: Plan, question: str, mentions: list[Any]) -> bool:
    """Two values of one field put in order ("X has more projects than Y") made into a comparison
    with `claim` {"op": ">" | "<" | "==", "unit": "than"}; False when the question states none.
    "==" is "as many as", « autant que », "the same number" (both sides may come first)."""
    folded = " ".join(fold(question).split())
    more, fewer, times = _MORE_THAN.search(folded), _FEWER_THAN.search(folded), _TIMES.search(folded)
    more = times or more  # "twice as many as": more, by a factor
    same = None if more or fewer else _SAME.search(folded)
    if not (more or fewer or same) or plan.intent not in ("list", "count", "search", "exists", "compare"):
        return False
    by_field: dict[str, list[Any]] = {}
    for m in mentions:
        if m.value not in [o.value for o in by_field.get(m.field, [])]:
            by_field.setdefault(m.field, []).append(m)
    pair = next((ms for ms in by_field.values() if len(ms) == 2), None)
    said = more or fewer or same
    cue = said.start()
    # "X has more projects than Y", and "more chatbots than automation projects": the two sides of "than"
    than = said.start() + max(said.group().rfind(" than"), said.group().rfind(" que"), said.group().rfind(" qu"), said.group().rfind(" as"))
    # "X and Y have the same number": equal counts may name both sides first
    if pair is None or not (same or pair[0].end <= cue + 1 and cue <= pair[1].start or pair[0].end <= than + 1 <= pair[1].start):
        return False
    for m in pair:
        _move_out(plan, m)
    plan.intent, plan.topic = "compare", ""
    plan.compare = [(m.field, m.value) for m in pair]
    plan.claim = {"op": "==" if same else ">" if more and (not fewer or more.start() < fewer.start()) else "<", "value": 0, "unit": "than"}
    if times:  # "twice as many": at least that many times the other's
        plan.claim.update(op=">=", factor=_FACTORS.get(times.group("factor"), 2))
    return True
