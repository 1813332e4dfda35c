"""An alias's matching key: its folded words (no accent, no case, no punctuation) joined by single
spaces, with the variants a name is known by (plurals, "(ACRONYM)" dropped, CISSS/CIUSSS spelled
short or long). `EntityResolver` keys every alias and every window of a question this way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from assistant.register.labels import normalise

ARTICLE = r"(?:de la|de l|du|des|de|d|a)"
_CONTRACTIONS = (
    ("centre integre universitaire de sante et de services sociaux", "ciusss"),
    ("centre integre de sante et de services sociaux", "cisss"),
    ("centre de services scolaire", "css"),
)


# --- folding --------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character folded as labels.normalise does: ascii letters/digits, "" = separator."""
    folded = normalise(ch)
    return folded if folded.isascii() and folded.isalnum() else ""


def folded_words(text: str) -> list[tuple[str, int, int]]:
    """Folded words of `text` with their (start, end) in the original text."""
    words: list[tuple[str, int, int]] = []
    current, start = "", 0
    for i, ch in enumerate(text):
        if unicodedata.combining(ch):  # a decomposed accent belongs to the word it follows
            continue
        if folded := _fold_char(ch):
            start = start if current else i
            current += folded
        elif current:
            words.append((current, start, i))
            current = ""
    if current:
        words.append((current, start, len(text)))
    return words


def begun(key: str, values: Iterable[str]) -> str | None:
    """The one value whose name begins with the words of `key` (folded), or None."""
    starting = {v for v in values if alias_key(v).startswith(key + " ")}
    return starting.pop() if len(starting) == 1 else None


def alias_key(text: str) -> str:
    """The matching key of an alias: "Traitement d’image" -> "traitement d image"."""
    return " ".join(w for w, _, _ in folded_words(text))


def unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_acronym(alias: str) -> bool:
    """RAMQ, UdeM, ÉTS, BAnQ, IoT: one word, no hyphen, two capitals or more."""
    return " " not in alias and "-" not in alias and sum(c.isupper() for c in alias) >= 2


def _plural(word: str) -> str:
    if len(word) < 4 or word[-1] in "sx":
        return word
    return word[:-1] + "ies" if word[-1] == "y" else word + "s"


def plurals(phrase: str) -> set[str]:
    """The phrase's key, with its last word in the plural (English: "conversational agents"),
    and with all its words of 4+ letters in the plural (French: "agents conversationnels")."""
    key = alias_key(phrase)
    *head, last = key.split()
    return {key, " ".join([*head, _plural(last)]), " ".join(_plural(w) for w in key.split())}


def name_keys(body: str) -> set[str]:
    """Keys a register body is known by: full name, without "(ACRONYM)", before " - ",
    CIUSSS/CISSS/CSS spelled short or long, and without the article after them."""
    variants = {body, re.sub(r"\s*\([^()]*\)\s*$", "", body), body.split(" - ")[0]}
    keys = {alias_key(v) for v in variants if v.strip()}
    for key in list(keys):
        for long, short in _CONTRACTIONS:
            keys.add(key.replace(long, short))
            if key.startswith(short + " "):
                keys.add(long + key[len(short) :])
    for key in list(keys):
        if m := re.match(rf"^(cisss|ciusss|crsss|css|cegep) {ARTICLE} (.+)$", key):
            keys.add(f"{m[1]} {m[2]}")
        elif key.startswith("cegep "):  # "Cégep Beauce-Appalaches" is also "Cégep de ..."
            keys.add("cegep de" + key[5:])
    return keys
