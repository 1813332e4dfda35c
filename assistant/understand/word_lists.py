"""Word lists as data: the TOML files beside this module, read once and compiled here.

Morphology is handled here once, for every list of every file: text is folded to the same
length as the question (accents off, lower case, apostrophes as spaces; hyphens as spaces for
`fold`, kept for `fold_keep_hyphens`), entries match as whole words (so an elided « l' », « d' »,
« qu' », « n' », « s' » before them is a word of its own), a word also matches its plural (s, x),
a trailing "*" any ending, a trailing "=" only the word as written, and the words of an entry
follow one another across any spaces (or exactly one, where the file says `between_words = "one
space"`: a value blanked between two words then breaks the wording).

A list's named patterns (`[patterns]`) are structure that no word list says (years, numbers,
positions, "a word followed by a year"): regular expressions over the same folded text, kept as
written, where `{name}` stands for the whole list `name` of the same file (its words and patterns).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

LANGUAGES = ("fr", "en", "both")  # a list's words, per language; "both": said alike, or an ordered vocabulary
NEVER = r"(?!x)x"  # the pattern of an empty list
_LIST = re.compile(r"\{([a-z][a-z_]*)\}")  # `{name}` in a pattern: the list `name` ({0,3} is a count)
GAPS = {"any spaces": r"\s+", "one space": " "}  # what may stand between an entry's words


class WordListError(ValueError):
    """A word-list file is malformed; the message names the file, the list and the fix."""


@lru_cache(maxsize=4096)  # a question is folded many times by the rules: once is enough
def fold(text: str) -> str:
    """Accent-free, lower case, apostrophes and hyphens as spaces; the same length as `text`,
    so that a span found in the folded text cuts the original one."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=65536)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[0].lower()
    return " " if c in "'’-" else (base if len(base) == 1 else c)


def fold_keep_hyphens(text: str) -> str:
    """`fold` with hyphens kept ("donne-moi", "a-t-il"): the form the frame words are written in."""
    return "".join("-" if c == "-" else f for c, f in zip(text, fold(text), strict=True))


def entry_pattern(entry: str, gap: str = GAPS["any spaces"]) -> str:
    """One entry ("pourcent*", "how many", "right=", "%") as a pattern over folded text."""
    body = _entry_body(entry, gap)
    return body if body == "%" else rf"(?<!\w){body}(?!\w)"


def _entry_body(entry: str, gap: str) -> str:
    """An entry's words as a pattern, without the word boundaries around it."""
    parts = []
    for word in fold_keep_hyphens(entry).split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        elif word.endswith("="):  # the word as written, not its plural ("right", never "rights")
            parts.append(re.escape(word[:-1]))
        elif word == "%":
            parts.append("%")
        else:
            parts.append(re.escape(word) + r"(?:s|x)?")
    return gap.join(parts)


def entries_pattern(entries: list[str], gap: str = GAPS["any spaces"]) -> str:
    """Entries as one alternation, longest first (a longer wording wins where both start). The
    word boundaries are said once around it, not per entry: the same matches, and a position
    inside a word fails at once instead of once per entry (the lists hold a thousand)."""
    ordered = sorted({e for e in entries if fold(e).strip()}, key=lambda e: (-len(e), e))
    bodies = [_entry_body(e, gap) for e in ordered]
    words = [b for b in bodies if b != "%"]
    bounded = rf"(?<!\w)(?:{'|'.join(words)})(?!\w)" if words else ""
    return "|".join(p for p in (bounded, "%" if "%" in bodies else "") if p)


def joined(*sources: str) -> str:
    """Patterns as one alternation, in the order given."""
    return "|".join(f"(?:{s})" for s in sources if s) or NEVER


@dataclass(frozen=True)
class WordLists:
    """The lists of one file: `words` per language and named `patterns`."""

    path: Path
    words_by_language: dict[str, dict[str, list[str]]]
    patterns_by_name: dict[str, list[str]]
    gap: str = GAPS["any spaces"]

    def names(self) -> set[str]:
        return {n for t in self.words_by_language.values() for n in t} | set(self.patterns_by_name)

    def words(self, name: str) -> tuple[str, ...]:
        """The list's entries as written, every language, in file order (fr, en, both)."""
        self._check(name)
        return tuple(e for lang in LANGUAGES for e in self.words_by_language[lang].get(name, ()))

    def source(self, name: str, _seen: tuple[str, ...] = ()) -> str:
        """The list as one pattern's source: its words (longest first), then its patterns, each
        `{other}` in them replaced by that list."""
        self._check(name)
        if name in _seen:
            raise WordListError(f"{self.path}: [patterns] {name} refers to itself through {' -> '.join(_seen)}; remove the loop")
        words = entries_pattern(list(self.words(name)), self.gap)

        def inline(m: re.Match[str]) -> str:
            return f"(?:{self.source(m.group(1), (*_seen, name))})"

        patterns = (_LIST.sub(inline, p) for p in self.patterns_by_name.get(name, ()))
        return joined(words, *patterns)

    def pattern(self, name: str) -> re.Pattern[str]:
        return _compiled(self.source(name))

    def _check(self, name: str) -> None:
        if name not in self.names():
            raise WordListError(f"{self.path}: no list {name!r}; add `{name} = [...]` under [fr], [en], [both] or [patterns]")


@lru_cache(maxsize=512)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


@cache
def load(path: Path) -> WordLists:
    """The word lists of `path` (a TOML file with [fr], [en], [both] and [patterns] tables)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise WordListError(f"{path}: not valid TOML ({error}); fix the line it names") from error
    between = data.pop("between_words", "any spaces")
    if between not in GAPS:
        raise WordListError(f"{path}: between_words = {between!r}; use one of {', '.join(map(repr, GAPS))}")
    unknown = set(data) - {*LANGUAGES, "patterns"}
    if unknown:
        raise WordListError(f"{path}: unknown tables {sorted(unknown)}; use [fr], [en], [both] and [patterns]")
    words = {lang: dict(data.get(lang, {})) for lang in LANGUAGES}
    patterns = dict(data.get("patterns", {}))
    for table, lists in (*words.items(), ("patterns", patterns)):
        for name, items in lists.items():
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise WordListError(f"{path}: [{table}] {name} must be a list of strings")
    lists = WordLists(Path(path), words, patterns, GAPS[between])
    for name in patterns:
        try:
            re.compile(lists.source(name))
        except re.error as error:
            raise WordListError(f"{path}: [patterns] {name} is no regular expression ({error}); fix it") from error
    return lists
