"""The operator and filler words of questions (lexicon.toml), as patterns over folded text.

Morphology is word_lists.py's, as for every word list: text is folded to the same length as the
question (accents off, lower case, apostrophes and hyphens as spaces, see `fold`), entries match
as whole words, every word also matches its plural (s, x), a trailing "*" any ending, and a
trailing "=" only the word as written.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from assistant.understand.word_lists import entries_pattern, fold

__all__ = ["KINDS", "LEXICON", "OPERATOR_KINDS", "LexiconError", "fold", "has", "patterns", "spans"]

LEXICON = Path(__file__).with_name("lexicon.toml")
KINDS = ("filler", "negation", "negation_after", "share", "share_verb", "fewest", "exists", "claim", "comparison", "instruction", "status_word")
OPERATOR_KINDS = ("negation", "negation_after", "share", "share_verb", "fewest", "exists", "claim", "comparison")  # words a plan accounts for


class LexiconError(ValueError):
    """lexicon.toml is malformed; the message names the table and the fix."""


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
    return {kind: re.compile(entries_pattern(table.get(kind, [])) or r"(?!x)x") for kind in KINDS}


def spans(kind: str, folded: str, language: str) -> list[tuple[int, int]]:
    """Where words of `kind` stand in the folded text."""
    return [m.span() for m in patterns(language)[kind].finditer(folded)]


def has(kind: str, folded: str, language: str) -> bool:
    return patterns(language)[kind].search(folded) is not None
