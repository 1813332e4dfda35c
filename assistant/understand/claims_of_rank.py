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

_WORDS = load(Path(__file__).with_name("operator_words.toml"))  # the words: data, per language
_POSITION_NAMES = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_POSITION = {word: rank for rank, name in enumerate(_POSITION_NAMES, 2) for word in _WORDS.words(name)}
_RANKED = re.compile(rf"{_WORDS.source('ranked')}|\b(?:{'|'.join(sorted(_POSITION, key=len, reverse=True))})\b")
# "X has more projects than Y", « le CHUM a moins de projets que le CIUSSS »: an order claimed
_MORE_THAN = _WORDS.pattern("more_than_said")
_FEWER_THAN = _WORDS.pattern("fewer_than_said")


# "more use cases than any other agency", « plus de projets que tout autre organisme », « que les autres »
_ANY_OTHER = _WORDS.pattern("any_other_said")


# "twice as many records as", « deux fois plus de projets que », "three times more than"
_FACTORS = {word: factor for name, factor in (("twice", 2), ("three_times", 3), ("four_times", 4)) for word in _WORDS.words(name)}
_TIMES = re.compile(
    rf"\b(?P<factor>{'|'.join(map(re.escape, _FACTORS))}) (?:{_WORDS.source('times_more')})(?: (?:\w+ ){{0,6}}?(?:{_WORDS.source('times_than')}))?"
)
# "the same number as", "as many as", « autant que », « le même nombre que »: equal counts
_SAME = _WORDS.pattern("same_said")
# "Santé Québec and the RAMQ combined", « réunis », "put together": a side's values added up
_COMBINED = _WORDS.pattern("combined")


def states_an_order(question: str) -> bool:
    """"X has more projects than Y", « le CHUM compte davantage de projets que … »."""
    folded = " ".join(fold(question).split())
    return bool(_MORE_THAN.search(folded) or _FEWER_THAN.search(folded) or _TIMES.search(folded))


_TAG = _WORDS.pattern("confirm_tag_said")  # « …, non ? », "…, no?"


def _claims(question: str, language: str) -> bool:
    folded = " ".join(fold(question).split())
    return bool(has("claim", folded, language) or has("claim", folded, "en" if language == "fr" else "fr") or _TAG.search(folded))


_YES_NO = _WORDS.pattern("yes_no")
# A question word anywhere: the question asks, it claims nothing ("So HHS has the most?" claims).
_HAS_THE_MOST = _WORDS.pattern("holds_the_most")
_ASKING_WORD = _WORDS.pattern("asking_word")
_GAP_ASKED = _WORDS.pattern("gap_asked")


def _move_out(plan: Plan, m: Any) -> None:
    values = plan.filters.get(m.field, [])
    if m.value in values and not plan.kinds.get(m.field):  # "the biggest among universities": one of the kind
        values.remove(m.value)
        if not values:
            plan.filters.pop(m.field, None)


def rank_claim(plan: Plan, question: str, mentions: list[Any], group_field: str | None) -> bool:
    """A claimed rank (see the module docstring) made into a ranking with `claim` {"op": "rank",
    "value", "rank"}; False when the question states none."""
    folded = " ".join(fold(question).split())
    ranked = _RANKED.search(folded)
    stated = question.rstrip().endswith("?") and not _ASKING_WORD.search(folded) and _HAS_THE_MOST.search(folded)  # "So HHS has the most?"
    if plan.intent != "rank" or not ranked or not (_claims(question, plan.language) or _YES_NO.search(folded) or stated):
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


_TIED = _WORDS.pattern("tied_top")
_TOP_PLACE = _WORDS.pattern("top_place")


def tie_claim(plan: Plan, question: str, mentions: list[Any]) -> bool:
    """"DSIT is tied with DWP for the most records, right?", « le DSIT est à égalité avec le DWP
    pour le plus de fiches » : both named values claimed first, a rank claim on the first `with`
    the other (the claim holds when both have the top count)."""
    folded = " ".join(fold(question).split())
    if not (_TIED.search(folded) and _TOP_PLACE.search(folded)):
        return False
    by_field: dict[str, list[Any]] = {}
    for m in mentions:
        if m.value not in [o.value for o in by_field.get(m.field, [])]:
            by_field.setdefault(m.field, []).append(m)
    pair = next((ms for ms in by_field.values() if len(ms) == 2), None)
    if pair is None:
        return False
    for m in pair:
        _move_out(plan, m)
    plan.intent, plan.group_by, plan.order, plan.top_n, plan.topic = "rank", pair[0].field, "desc", 1, ""
    plan.claim = {"op": "rank", "value": pair[0].value, "rank": 1, "unit": "", "with": [pair[1].value]}
    return True


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


def two_years(plan: Plan, question: str) -> list[Any] | None:
    """The two years a question compares on the one date field its plan filters, as mentions."""
    from assistant.understand.entities import Mention

    mapping = getattr(plan, "mapping", None)
    dated = [f for f in plan.filters if mapping is not None and (t := mapping.typed(f)) is not None and t.type == "date"]
    years = list(re.finditer(r"\b(?:19|20)\d\d\b", question))
    if len(dated) != 1 or len(years) != 2 or years[0].group() == years[1].group():
        return None
    return [Mention(dated[0], y.group(), y.start(), y.end(), y.group(), 100.0, True) for y in years]


def _combined_sides(folded: str, by_field: dict[str, list[Any]], than: int) -> tuple[list[Any], list[Any]] | None:
    """"The CHUM has more projects than Santé Québec and the RAMQ combined": the values of one
    field on each side of "than", one side naming several added up (a word says so: "combined",
    « réunis », "together"); None when no field has values on both sides or none is added up."""
    if not _COMBINED.search(folded):
        return None
    for ms in by_field.values():
        before = [m for m in ms if m.end <= than + 1]
        after = [m for m in ms if m.start >= than]
        if before and after and len(before) + len(after) == len(ms) > 2:
            return before, after
    return None


def _side(mentions: list[Any]) -> tuple[str, Any]:
    """One side of a comparison: a value, or the values added up (a tuple)."""
    values = tuple(m.value for m in mentions)
    return mentions[0].field, values[0] if len(values) == 1 else values


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
    if pair is None:  # "More records came out in 2024 than in 2026": two years of the register's date field
        pair = two_years(plan, question)
    said = more or fewer or same
    cue = said.start()
    # "X has more projects than Y", and "more chatbots than automation projects": the two sides of "than"
    than = said.start() + max(said.group().rfind(" than"), said.group().rfind(" que"), said.group().rfind(" qu"), said.group().rfind(" as"))
    if pair is None and (sides := _combined_sides(folded, by_field, than)):
        for m in (*sides[0], *sides[1]):
            _move_out(plan, m)
        plan.intent, plan.topic = "compare", ""
        plan.compare = [_side(ms) for ms in sides]
        added = set(_COMBINED.search(folded).group().split())  # "combined": read
        plan.set_aside = [w for w in plan.set_aside if not set(fold(w).split()) <= added]
        plan.claim = {"op": "==" if same else ">" if more and (not fewer or more.start() < fewer.start()) else "<", "value": 0, "unit": "than"}
        return True
    # "X and Y have the same number": equal counts may name both sides first
    if pair is None or not (same or pair[0].end <= cue + 1 and cue <= pair[1].start or pair[0].end <= than + 1 <= pair[1].start):
        return False
    for m in pair:
        _move_out(plan, m)
    plan.intent, plan.topic = "compare", ""
    plan.compare = [(m.field, m.value) for m in pair]
    if _GAP_ASKED.search(folded):  # "how many more … than …": the gap asked, no claim to check
        plan.claim = None
        return True
    plan.claim = {"op": "==" if same else ">" if more and (not fewer or more.start() < fewer.start()) else "<", "value": 0, "unit": "than"}
    if times:  # "twice as many": at least that many times the other's
        plan.claim.update(op=">=", factor=_FACTORS.get(times.group("factor"), 2))
    return True
