"""The operator and filler words of questions (lexicon.toml), as patterns over folded text.

Morphology is handled here once, for every list: text is folded to the same length as the
question (accents off, lower case, apostrophes and hyphens as spaces, see `fold`), entries match
as whole words, every word also matches its plural (s, x), a trailing "*" any ending, and a
trailing "=" only the word as written.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicon.toml")
KINDS = ("filler", "negation", "share", "share_verb", "fewest", "exists", "claim", "comparison", "instruction", "status_word")
OPERATOR_KINDS = ("negation", "share", "share_verb", "fewest", "exists", "claim", "comparison")  # words a plan accounts for


class LexiconError(ValueError):
    """lexicon.toml is malformed; the message names the table and the fix."""


@lru_cache(maxsize=4096)  # a question is folded many times by the rules: once is enough
def fold(text: str) -> str:
    """Accent-free, lower case, apostrophes and hyphens as spaces; the same length as `text`,
    so that a span found in the folded text cuts the original one."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=65536)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[0].lower()
    return " " if c in "'’-" else (base if len(base) == 1 else c)


def _entry(entry: str) -> str:
    words = fold(entry).split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        elif word.endswith("="):  # the word as written, not its plural ("right", never "rights")
            parts.append(re.escape(word[:-1]))
        elif word == "%":
            parts.append("%")
        else:
            parts.append(re.escape(word) + r"(?:s|x)?")
    body = r"\s+".join(parts)
    return body if body == "%" else rf"(?<!\w){body}(?!\w)"


@cache
def patterns(language: str) -> dict[str, re.Pattern[str]]:
    """Kind -> one pattern of every entry of that kind, longest entries first."""
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    table = data.get(language)
    if table is None:
        raise LexiconError(f"{LEXICON}: no [{language}] table; add one with the kinds {', '.join(KINDS)}")
    unknown = set(table) - set(KINDS)
    if unknown:
        raise LexiconError(f"{LEXICON}: [{language}] has unknown kinds {sorted(unknown)}; use {', '.join(KINDS)}")
    compiled = {}
    for kind in KINDS:
        entries = sorted(set(table.get(kind, [])), key=lambda e: (-len(e), e))
        compiled[kind] = re.compile("|".join(_entry(e) for e in entries) or r"(?!x)x")
    return compiled


def spans(kind: str, folded: str, language: str) -> list[tuple[int, int]]:
    """Where words of `kind` stand in the folded text."""
    return [m.span() for m in patterns(language)[kind].finditer(folded)]


def has(kind: str, folded: str, language: str) -> bool:
    return patterns(language)[kind].search(folded) is not None
