"""Files of known public bodies (mappings/words/known_bodies*.toml): each body's official names in
both languages, its everyday names (`also`) and acronyms. Read here once for the two jobs that use
them: `mapping draft` gives a register's bodies their other names (draft_aliases.py), and a words
file's `bodies_from` makes the bodies a register lacks askable (everyday_words.py)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORDS_DIR = Path(__file__).parent / "mappings" / "words"
_COUNTRY = re.compile(r"^(?P<x>.+?),?\s+(?:of\s+|du\s+)?Canada$")


class KnownBodiesError(ValueError):
    """A known-bodies file cannot be read; the message names the file and the fix."""


@dataclass(frozen=True)
class KnownBody:
    en: str
    fr: str
    also: tuple[str, ...]
    acronyms: tuple[str, ...]

    def names(self) -> list[str]:
        """Every name, English first: official names, each less its country, everyday names, acronyms."""
        return list(dict.fromkeys([self.en, self.fr, *(x for n in (self.en, self.fr) if (x := without_country(n))), *self.also, *self.acronyms]))


def without_country(name: str) -> str:
    """« Ministère des Finances Canada » is asked as « le ministère des Finances », "Global Affairs
    Canada" as "Global Affairs": the name less its country when two words or more are left, else ""."""
    m = _COUNTRY.match(name)
    return m["x"] if m and len(m["x"].split()) >= 2 else ""


@cache
def read_known_bodies(path: Path) -> tuple[KnownBody, ...]:
    """The [[body]] tables of a known-bodies file (en, fr required; also, acronyms optional)."""
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))["body"]
        return tuple(KnownBody(str(b["en"]), str(b["fr"]), tuple(b.get("also", ())), tuple(b.get("acronyms", ()))) for b in tables)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise KnownBodiesError(f"{path} is not a readable list of [[body]] tables with en and fr ({exc}). Fix: check the path and the tables.") from None
