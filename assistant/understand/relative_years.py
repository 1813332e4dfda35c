"""A year said relative to today ("last year", « l'an dernier », "this year"): read as that year.

"How many records were published last year?" asked in December 2026 asks about 2025. Without
this reading "last" was set aside and every dated record counted: a confident wrong figure. The
phrase is rewritten as the year ("in 2025", « en 2025 ») before anything else reads the
question, and the answer says how it was read. The words are data (date_words.toml).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from assistant.understand.word_lists import entries_pattern, fold_keep_hyphens, load

_WORDS = load(Path(__file__).with_name("date_words.toml"))
_LANGUAGES = ("fr", "en")
_PHRASES = {
    (lang, offset): re.compile(entries_pattern(_WORDS.words_by_language[lang][name]))
    for lang in _LANGUAGES
    for name, offset in (("last_year", -1), ("this_year", 0))
}
_BOUND = {lang: re.compile(rf"(?:{entries_pattern(_WORDS.words_by_language[lang]['relative_bound'])})\s+$") for lang in _LANGUAGES}
_REPORTED = {lang: re.compile(rf"(?:{entries_pattern(_WORDS.words_by_language[lang]['reported_in'])})(?:\s+\S+){{0,8}}\s+$") for lang in _LANGUAGES}
_IN = {"fr": "en ", "en": "in "}
_READ_AS = {"fr": "« {said} » compris comme {year}.", "en": '"{said}" read as {year}.'}


def absolute_years(question: str, today: date | None = None) -> tuple[str, list[tuple[str, str, int, str]]]:
    """`question` with each relative year written as the year, and what was read: (language, the
    words as typed, the year, the words written in their place)."""
    year = (today or date.today()).year
    folded = fold_keep_hyphens(question)  # the same length: a span cuts the question too
    found = sorted(
        ((m.start(), m.end(), lang, year + offset) for (lang, offset), rx in _PHRASES.items() for m in rx.finditer(folded)),
        key=lambda f: (f[0], -f[1]),
    )
    kept, end = [], -1
    for start, stop, lang, said_year in found:  # longest first where two start together, none overlapping
        if said_year == year and _REPORTED[lang].search(folded[:start]):
            continue  # "Interior reported 300 use cases this year": the inventory's edition, not a date of its rows
        if start >= end:
            kept.append((start, stop, lang, said_year))
            end = stop
    read = []
    for start, stop, lang, said_year in reversed(kept):
        said = question[start:stop]
        bounded = _BOUND[lang].search(folded[:start]) is not None  # « depuis l'an dernier »: « depuis 2025 »
        written = ("" if bounded else _IN[lang]) + str(said_year)
        question = question[:start] + written + question[stop:]
        read.insert(0, (lang, said, said_year, written))
    return question, read


def note(language: str, said: str, year: int) -> str:
    return _READ_AS["fr" if language == "fr" else "en"].format(said=said, year=year)
