"""Which groups a ranking or breakdown is by ("par organisme", "which agencies", the register's
own names for its fields first) and how many it shows ("top 3", « quel organisme » = 1)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.types import Plan
from assistant.understand.word_lists import fold, load
from assistant.understand.words import BREAKDOWN, GROUP_WORDS, NUMBER_ONE, SINGULAR, TOP_N

_PLACES = load(Path(__file__).with_name("rank_positions.toml"))
_PLACE_ASKED = [_PLACES.pattern(name) for name in ("before_superlative", "after_verb", "with_noun")]
_PLACE_WORDS = {k: _PLACES.pattern(f"place_{w}") for k, w in ((2, "two"), (3, "three"), (4, "four"), (5, "five"))}


def place_said(text: str) -> int | None:
    """The place a word of `text` names (« le 3e », "the second one": 2, 3…), or None."""
    folded = fold(text)
    return next((k for k, words in _PLACE_WORDS.items() if words.search(folded)), None)


def rank_position(question: str) -> tuple[int, str] | None:
    """The place in a ranking a question asks for ("Which category comes second?": 2) and the
    words that say it, or None ("the second question" is no place)."""
    folded = fold(question)
    for pattern in _PLACE_ASKED:
        if said := pattern.search(folded):
            return place_said(said.group()) or 2, question[said.start() : said.end()]
    return None


# How many groups a ranking shows, said in words (rank_positions.toml: "which two bodies").
_SIZES = ((2, "two"), (3, "three"), (4, "four"), (5, "five"), (6, "six"), (10, "ten"))
_NUMBERS = {word: n for n, name in _SIZES for word in _PLACES.words(f"size_{name}")}
# A count of groups asked before their noun ("which 3 bureaus", "which two agencies"): digits, or two to five in words.
_HOW_MANY = "|".join([r"\d+", *(re.escape(w) for w, n in _NUMBERS.items() if n <= 5)])


def top_n(norm: str, own_singular: tuple[str, ...] = ()) -> int:
    """How many groups a ranking shows: the number asked ("top 3", "les 3 organismes", "which 3
    bodies"), 1 for a singular question ("Quel organisme a le plus…"), else 5."""
    # A number counts only where it says how many ("top 3", "les 3", "which 3", "3 premiers"):
    # "COVID-19 projects" is not a top 19.
    norm = re.sub(rf"\b(top|which|what|quels|quelles) ({'|'.join(_NUMBERS)})\b", lambda m: f"{m[1]} {_NUMBERS[m[2]]}", norm)  # "which two bodies"
    match = TOP_N.search(norm)
    number = next((g for g in match.groups() if g), None) if match else None
    if number and 0 < int(number) <= 50:
        return int(number)
    if NUMBER_ONE.search(norm):  # "Quel organisme est le numéro 1 ?"
        return 1
    # "which bureau", « quelle composante », "which DHS component" (a name between)
    singular = any(re.search(rf"\b(which|what|quel|quelle) (?:[a-z]+ )?(?:{re.escape(w)})\b", norm) for w in own_singular)
    return 1 if singular or SINGULAR.search(norm) else 5


_NAME_GOES_ON = re.compile(r"\s+(?:of|for|de|du|des|d)\b")  # "Ministry *of* Health", « ministère *de* la Santé »


def group_by(norm: str, plan: Plan, own_words: dict[str, re.Pattern] | None = None) -> str:
    # "Rank the top 3 bodies by records published since …": the groups named after "top N" are ranked
    named = [*(own_words or {}).items(), *GROUP_WORDS.items()]
    for field, words in named:
        if re.search(rf"\b(?:top|rank(?: the)?(?: top)?|classe(?:ment)? des|les) \d+ (?:\w+ )?(?:{words.pattern})", norm):
            return field
    # "Category breakdown for …", "status split": the field named right before the breakdown word
    for field, words in named:
        if (said := re.search(rf"(?:{words.pattern})\s+", norm)) and BREAKDOWN.match(norm, said.end()) and not re.match(r"(?:par|per|by)\b", norm[said.end() :]):
            return field
    # The register's own names for its fields first: in the US inventory "agency" is the
    # portfolio, not a public body.
    for field, words in (own_words or {}).items():
        if re.search(rf"\b(par|by|per|for each|pour chaque)\s+(?!(?:un|une|a|an|des)\s)(\w+\s+)?(?:{words.pattern})", norm):
            return field  # not « développés par un fournisseur »: a value, not a grouping
    for field, words in (own_words or {}).items():  # "In the agency X, which 3 bureaus …"
        if re.search(rf"\b(which|what|quels?|quelles?|top|les)\s+((?:{_HOW_MANY})\s+)?(?:{words.pattern})", norm):
            return field
    for field in ("category", "status", "portfolio", "body"):
        if re.search(rf"\b(par|by|per|for each|pour chaque)\s+(\w+\s+)?(?:{GROUP_WORDS[field].pattern})", norm):
            return field
    for field in ("body", "portfolio", "category", "status"):  # "Which organisation has *published* the most": bodies
        if re.search(rf"\b(which|what|quels?|quelles?)\s+((?:{_HOW_MANY})\s+)?(?:{GROUP_WORDS[field].pattern})", norm):
            return field
    if re.match(r"(?:who|qui)\b", norm):  # "who publishes the most records?": a body (not the date field its verb names)
        return "body"
    several = [f for f, values in plan.filters.items() if len(values) >= 2 and f in GROUP_WORDS]
    if several and plan.intent == "rank":  # « Lequel en a le plus entre le DOE et l'USDA ? », "Between HMRC, HMT and the Cabinet Office, who has published the most?"
        return several[0]
    if re.search(r"[,:;]\s*(?:who|qui)\s+(?:has|have|had|a|ont|en a|publishes|published)\b", norm):
        return "body"  # « Dans le réseau de la santé, sans compter X, qui a le plus de projets ? »
    # A field's word anywhere, unless it heads the name of the one value the question pins ("what's
    # the Ministry of Health mostly doing": "Ministry" names the value, the groups are something else;
    # "Is DHS the agency with the most?" asks agencies)
    pinned = {f for f, values in plan.filters.items() if len(values) == 1} if plan.intent == "rank" else set()
    for field, words in [*(own_words or {}).items(), *((f, GROUP_WORDS[f]) for f in ("body", "portfolio", "category", "status"))]:
        if (said := words.search(norm)) and not (field in pinned and _NAME_GOES_ON.match(norm, said.end())):
            return field
    fallback = "body" if plan.intent == "rank" else "category"
    if len(plan.filters.get(fallback, [])) == 1:  # "What does the SAAQ mainly use AI for?": its categories, not the SAAQ itself
        return "category" if fallback == "body" else "body"
    return fallback
