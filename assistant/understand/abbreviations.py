"""Short forms people type inside names ("Dept of Labor", « CHU Ste-Justine »), from
abbreviations.toml: a name's word is matched as itself and as each word it stands for; and
the short everyday words never read as an acronym typed small (small_words.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

FILE = Path(__file__).with_name("abbreviations.toml")


def load(path: Path = FILE) -> dict[str, tuple[str, ...]]:
    """Short form -> the folded words it stands for, both languages in one table."""
    table: dict[str, tuple[str, ...]] = {}
    for language in tomllib.loads(path.read_text(encoding="utf-8")).values():
        for short, long in language.items():
            table[short] = tuple(dict.fromkeys([*table.get(short, ()), *long]))
    return table


ABBREVIATIONS = load()


SMALL_WORDS_FILE = FILE.with_name("small_words.toml")


def small_words(path: Path = SMALL_WORDS_FILE) -> frozenset[str]:
    """Short everyday words (small_words.toml) never read as an acronym typed small."""
    return frozenset(w for language in tomllib.loads(path.read_text(encoding="utf-8")).values() for w in language["words"])


SMALL_WORDS = small_words()
