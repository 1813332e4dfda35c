"""Everyday words a drafted mapping adds to what headers and values say (mappings/words/everyday.toml).

A drafted field's names were only its header's words: "involve personally identifiable
information", "date initiated", a stage "Operation and Maintenance". People ask about "personal
data", use cases "started in 2022", « lancés en 2023 », "in operation", "built in-house". The
words that link the two are data, in both languages, matched here on what the header or the value
says; `portrait-ia mapping draft` (assistant/register/draft.py) writes them as names and aliases.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache

from assistant.register.labels import normalise
from assistant.resources import MAPPINGS_DIR

EVERYDAY_FILE = MAPPINGS_DIR / "words" / "everyday.toml"
_TABLES = {"names", "dates", "values", "roles", "pairs", "blanks"}
_KEYS = {"said", "unless", "all", "en", "fr", "also", "in"}


@dataclass(frozen=True)
class Entry:
    """One table: what a header or value says (`said`, `unless`), and the words it adds."""

    said: tuple[str, ...]
    unless: tuple[str, ...] = ()
    every: bool = False  # every phrase of `said` must be there
    en: tuple[str, ...] = ()
    fr: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    within: str = ""  # [[values]]: "status", "field" or "" (both)

    def matches(self, text: str) -> bool:
        found = [_has(text, p) for p in self.said]
        return (all(found) if self.every else any(found)) and not any(_has(text, p) for p in self.unless)


def _words(text: str) -> str:
    """A text's words for matching: accents, case, "(s)" and punctuation but "-" and "'" aside."""
    text = normalise(text).replace("(s)", "s")
    return " ".join(re.sub(r"[^\w'\-/]+|/", " ", text).split())


def _has(text: str, phrase: str) -> bool:
    """`phrase` in `text`, whole words, its last word singular or plural ("contract(s)")."""
    return re.search(rf"(?<!\S){re.escape(_words(phrase))}s?(?!\S)", _words(text)) is not None


@cache
def everyday() -> dict[str, tuple[Entry, ...]]:
    """The words file, read once and checked: an unknown table or key names the file and the key."""
    data = tomllib.loads(EVERYDAY_FILE.read_text(encoding="utf-8"))
    if unknown := sorted(set(data) - _TABLES - {"version"}):
        raise ValueError(f"{EVERYDAY_FILE}: unknown table(s) {', '.join(unknown)}; known: {', '.join(sorted(_TABLES))}.")
    tables: dict[str, tuple[Entry, ...]] = {}
    for name in _TABLES:
        entries = []
        for spec in data.get(name, []):
            if extra := sorted(set(spec) - _KEYS):
                raise ValueError(f"{EVERYDAY_FILE}: [[{name}]] unknown key(s) {', '.join(extra)}; known: {', '.join(sorted(_KEYS))}.")
            if not spec.get("said"):
                raise ValueError(f"{EVERYDAY_FILE}: every [[{name}]] says what it matches (said = [\"…\"]).")
            entries.append(Entry(tuple(spec["said"]), tuple(spec.get("unless", ())), bool(spec.get("all", False)),
                                 tuple(spec.get("en", ())), tuple(spec.get("fr", ())), tuple(spec.get("also", ())), str(spec.get("in", ""))))  # fmt: skip
        tables[name] = tuple(entries)
    return tables


def _first(table: str, text: str) -> Entry | None:
    return next((e for e in everyday()[table] if e.matches(text)), None)


def field_names(header: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(English, French) names people use for a field whose header says it ("personal data" for
    "…personally identifiable information (PII)…"), or two empty tuples."""
    entry = _first("names", header)
    return (entry.en, entry.fr) if entry else ((), ())


def date_names(header: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(English, French) verbs and names of a date field ("Date Initiated": "initiated",
    "started", "launched", « lancé »…), or two empty tuples."""
    entry = _first("dates", header)
    return (entry.en, entry.fr) if entry else ((), ())


def pair_names(union: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Other names of the union of two flags named `union` ("A or B")."""
    entry = _first("pairs", union)
    return (entry.en, entry.fr) if entry else ((), ())


def says_nothing(value: str) -> bool:
    """A value that only says the answer was not given ("Data not reported by submitter and will be
    updated…", "TBD", « Information non disponible »): it starts with a [[blanks]] phrase."""
    words = _words(value)
    return any(re.match(rf"{re.escape(_words(p))}(?!\S)", words) for e in everyday()["blanks"] for p in e.said)


def role_also(name: str, taken: set[str]) -> tuple[str, ...]:
    """Other names questions use for a role called `name` ("bureau": "component"…), less the
    names in `taken` (the other roles', normalised) and the role's own."""
    entry = _first("roles", name)
    if entry is None:
        return ()
    return tuple(a for a in entry.also if normalise(a) not in taken and normalise(a) != normalise(name))


def value_words(values: list[tuple[str, tuple[str, ...], int]], within: str = "field") -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """key -> (English, French) everyday words of the values (key, texts, rows) of one column: each
    table's words go to the most frequent value whose first text says it ("Operation and
    Maintenance": "in operation", "running", « en exploitation »), less any text of a value. A
    sentence ("No, use case is too new to fully assess…") is no status: values of six words at most.
    `within`: the column's kind, "status" or "field" (a table says where it applies)."""
    written = {normalise(t) for _, texts, _ in values for t in texts}
    found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for entry in everyday()["values"]:
        if entry.within and entry.within != within:
            continue
        matching = [(rows, key) for key, texts, rows in values if texts and len(texts[0].split()) <= 6 and entry.matches(texts[0])]
        if not matching:
            continue
        _, key = max(matching, key=lambda m: m[0])
        en = tuple(w for w in entry.en if normalise(w) not in written)
        fr = tuple(w for w in entry.fr if normalise(w) not in written)
        old_en, old_fr = found.get(key, ((), ()))
        found[key] = (tuple(dict.fromkeys((*old_en, *en))), tuple(dict.fromkeys((*old_fr, *fr))))
    for key, texts, _ in values:  # "Acquisition and/or Development": "acquisition or development" too
        if texts and " and/or " in texts[0].lower():
            variants = tuple(re.sub(r"(?i) and/or ", word, texts[0]) for word in (" or ", " and "))
            old_en, old_fr = found.get(key, ((), ()))
            found[key] = (tuple(dict.fromkeys((*variants, *old_en))), old_fr)
    return found


# A column that records measured results: accuracy, error rates, hours or money saved, a return on investment.
_EXPECTED = re.compile(r"\b(expected|anticipated|intended|hoped|attendus?|pr[ée]vus?|escompt[ée]s?)\b", re.I)
_OUTCOME_HEADER = re.compile(
    r"\b(accuracy|error rates?|outcomes?|results? achieved|measured results?|metrics?|kpis?|hours saved|time saved|"
    r"savings|return on investment|roi|pr[ée]cision|taux d'erreur|r[ée]sultats? (obtenus|mesur[ée]s)|gains? mesur[ée]s?|indicateurs?)\b",
    re.I,
)


_VENDOR_HEADER = re.compile(r"\b(vendors?|suppliers?|contractors?|providers?|developed by|built by|fournisseurs?|prestataires?|d[ée]velopp[ée] par)\b", re.I)
_WHETHER = re.compile(r"^\s*(has|have|is|are|does|do|did|was|were|est-ce|y a-t-il)\b", re.I)  # "Has information … been made available?"


def not_recorded_line(headers: list[str]) -> str:
    """The drafted `not_recorded`: the usual kinds (assistant/register/mapping.py) less "vendors" when
    a column names them ("Vendor", "Developed by"), and "outcomes"
    (accuracy, hours saved…) when no header records them: "What's the accuracy of the CBP models?" is
    then answered "the register does not record that", not searched. What typed fields record
    (dates, amounts) is taken out when the mapping loads."""
    from assistant.register.mapping import DEFAULT_NOT_RECORDED

    # "What are the expected benefits and positive outcomes…?" hopes for outcomes: it records none measured
    said = [h for h in headers if _OUTCOME_HEADER.search(h) and not _WHETHER.match(h) and not _EXPECTED.search(h)]
    vendors = [h for h in headers if _VENDOR_HEADER.search(h) and not _WHETHER.match(h)]
    kinds = [k for k in DEFAULT_NOT_RECORDED if not (k == "vendors" and vendors)] + ([] if said else ["outcomes"])
    why = f"outcomes are recorded ({said[0]!r})" if said else "no column records outcomes (accuracy, hours saved…)"
    why += f"; vendors are ({vendors[0]!r})" if vendors else ""
    return f"not_recorded = [{', '.join(json.dumps(k) for k in kinds)}]   # answered \"not recorded\"; {why}"


def merge_same(values: list) -> list:
    """A typed label's values (grouped, most frequent first: .text, .count, .spellings) with the values
    that say the same everyday thing as a more frequent one merged into it as its spellings:
    "Exclusively developed with contract/external resources." is "Developed with contracting
    resources."; "…a combination of in-house and contract/external resources." is "…both…"."""
    kept: list = []
    into: dict[int, object] = {}  # table index -> the value that took its words
    for v in values:
        table = next((i for i, e in enumerate(everyday()["values"]) if e.within != "status"
                      and len(v.text.split()) <= 12 and e.matches(v.text)), None)  # fmt: skip
        main = into.get(table) if table is not None else None
        if main is None:
            if table is not None:
                into[table] = v
            kept.append(v)
            continue
        main.spellings.extend(s for s in (v.text, *v.spellings) if s not in main.spellings)
        main.count += v.count
    return kept
