"""A question that names one row: « la ligne 12 », "#12", « l'initiative n° 12 », or a row named
by most of its name; never a ranking's number (« le numéro 1 en importance »)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.register.labels import normalise
from assistant.understand.word_lists import load
from assistant.understand.words import (
    ABOUT_ONE,
    DESCRIBE,
    GROUP_WORDS,
    NOT_ABOUT_ONE,
    QUOTED,
    RANKED,
    ROW_BARE,
    ROW_STRONG,
    ROW_WEAK,
)

_WORDS = load(Path(__file__).with_name("row_words.toml"))


def asks_about_one(norm: str) -> bool:
    return bool(ABOUT_ONE.search(norm)) and not NOT_ABOUT_ONE.search(norm)


def row_number(norm: str) -> int | None:
    """The row number a question names, or None when its number is a rank ("numéro 1 en
    importance", "the #1 category") rather than a row."""
    if (match := ROW_STRONG.search(norm)) and not _after_group_noun(norm, match.start()):
        return int(match.group(1))
    describe = DESCRIBE.search(norm)
    if (match := ROW_WEAK.search(norm)) and (describe or not RANKED.search(norm, match.end(), match.end() + 40)):
        return int(match.group(1))
    match = ROW_BARE.search(norm)
    # "le numéro 1", "the #1": an article before a bare number is the ranking idiom, unless the
    # question asks for a description ("Décris le numéro 12").
    if match and (describe or not match.group("article") and not RANKED.search(norm, match.end(), match.end() + 40) and not _after_group_noun(norm, match.start())):
        return int(match.group(2))
    return None


def _after_group_noun(norm: str, at: int) -> bool:
    """ "la catégorie no 1", "the #1 agency": a number right after a group's noun is its rank."""
    before = norm[:at].rstrip()
    return any(m and m.end() == len(before) for w in GROUP_WORDS.values() for m in [None, *w.finditer(before)][-1:])


def name_overlap(name: str, question: str) -> float:
    words = [w for w in re.findall(r"\w+", name) if len(w) > 2]
    return sum(w in question for w in words) / len(words) if words else 0.0


# "What does Westlaw AI do?", "Tell me about AgPal Chat", « Qu'est-ce que Document Detective ? »
_ASKS_WHAT = _WORDS.pattern("asks_what")  # row_words.toml: data, per language


def name_forms(names: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """Each row's name and the name less a parenthesis ("Housing Unit Balancer (HUB)"): built once."""
    forms = {r: (n, re.sub(r"\s*\([^)]*\)", "", n).strip()) for r, n in names.items()}
    return {r: tuple(dict.fromkeys([*f, *(" ".join(x.replace("'", " ").split()) for x in f)])) for r, f in forms.items()}  # « l'effectif »: read "l effectif"


def named_row(norm: str, names: dict[int, str], forms: dict[int, tuple[str, ...]] | None = None) -> int | None:
    """The one row whose whole name (8 characters or more) a question asking about one thing says."""
    forms = forms if forms is not None else {r: (n,) for r, n in names.items()}
    bare = re.sub(r"^(?:about|on|regarding|concerning|sur|au sujet de|a propos de|à propos de)\s+(?:the\s+|le\s+|la\s+|l')?", "", norm.strip(" ?.!"))
    if len(bare) >= 8 and (exact := [r for r, said in forms.items() if bare in said]):
        return exact[0]  # "Tell me about AgPal Chat", "the Housing Unit Balancer": the name alone once the request is read
    if not _ASKS_WHAT.search(re.sub(r"[-'’]", " ", norm)):
        return None
    said = [r for r, names_of in forms.items()
            if any(len(n) >= 8 and n in norm and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", norm) for n in names_of)]  # fmt: skip
    return said[0] if len(said) == 1 else None


def row_reference(norm: str, question: str, mentions: list[Any], ids: Any, names: dict[int, str], forms: dict[int, tuple[str, ...]] | None = None) -> int | None:
    """The initiative a describe question points at: by row number ("initiative #12",
    "ligne 12") or by its name (quoted, or with "décris"/"describe")."""
    if (row := ids.find(question)) is not None:
        return row
    number = row_number(norm)
    if number is not None and number in names:
        return number
    quoted = QUOTED.search(question)
    if quoted:
        name = normalise(quoted.group(1))
        # A quoted label or body ("Natural Language Processing") is a filter, even when an
        # initiative's name happens to contain it.
        is_filter = any(normalise(m.surface) == name for m in mentions)
        exact = [row_id for row_id, row_name in names.items() if name == row_name]
        if exact:
            return exact[0]
        # Part of a name names that initiative only when no other name has it and the
        # question asks about one initiative: « détection de la fraude » counted or listed
        # is a topic.
        inside = [row_id for row_id, row_name in names.items() if name in row_name]
        if len(name) > 15 and len(inside) == 1 and not is_filter and asks_about_one(norm):
            return inside[0]
    if DESCRIBE.search(norm):
        best = max(names.items(), key=lambda kv: name_overlap(kv[1], norm), default=None)
        if best and name_overlap(best[1], norm) >= 0.8:
            return best[0]
    return named_row(norm, names, forms)  # "What does Westlaw AI do?"
