"""Typed fields: the columns of a register beyond its six roles (flags, dates, vendors, ids…).

Real registers record far more than a name, a body and a status: whether a use case is
rights-impacting, whether it handles personal information, when it went live, who built it. A
mapping declares each such column once, with a type and its names in both languages, and every
layer treats it like a role: questions filter and group on it, answers name it in the register's
words, the row viewer shows it.

    [fields.pii]                              # key: lowercase letters, digits, _
    type = "flag"                             # label | flag | date | number | multi | text | id | private
    column = "Does this AI use case involve personally identifiable information (PII)…?"
    names = { en = ["PII", "personal information"], fr = ["renseignements personnels"] }
    yes = ["Yes"]                             # flag: the file's spellings (defaults: yes/oui/true/1)
    no = ["No"]
    [fields.method.values.contract]           # label: declared values (else the cells as they are)
    en = "Developed with contracting resources"
    fr = "Développé à contrat"
    aliases = ["contractor", "vendor", "bought"]

`column` is a header, a list of accepted headers, or `{ en = "…", fr = "…" }` (one column per
language: text is shown in the question's language). How each type reads its cells (`read`):

    label   the declared value whose spelling the cell is (its key), else the cell as it is
    flag    "yes" / "no" (a cell starting with a yes/no spelling: "Yes – agency has access…"),
            "" when blank or neither (N/A, Not applicable)
    date    the year ("2024"), and the month in the `KEY:month` column ("2024-10")
    number  a float (blank: NaN)
    multi   a tuple of values (cells like "[a, b]" or "a; b"; `separator` to change)
    text    the cell (searched and shown); id: the cell (addressable: "describe DOI-0015")
    private never loaded: not shown, not indexed
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from assistant.register.labels import Label, normalise

TYPES = ("label", "flag", "date", "number", "multi", "text", "id", "private")
DEFAULT_YES = ("yes", "oui", "y", "o", "true", "vrai", "1", "x")
DEFAULT_NO = ("no", "non", "n", "false", "faux", "0")
RESERVED = frozenset(
    "row_id name category category_en category_key body portfolio portfolio_en benefits status "
    "status_en status_key source".split()
)
_FIELD_KEYS = {"type", "column", "names", "yes", "no", "values", "separator", "dayfirst", "definition_en", "definition_fr"}
_VALUE_KEYS = {"fr", "en", "aliases", "definition_fr", "definition_en"}
_BLANKS = {"", "n/a", "na", "n a", "none", "null", "nan", "not applicable", "not provided", "blank/not provided", "-", "--"}


@dataclass(frozen=True)
class Field:
    """One typed field of a register; see the module docstring."""

    key: str
    type: str
    columns: dict[str, tuple[str, ...]]  # "" (any language) or "fr"/"en" -> accepted headers
    names_fr: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()
    yes: tuple[str, ...] = DEFAULT_YES
    no: tuple[str, ...] = DEFAULT_NO
    values: tuple[Label, ...] = ()
    separator: str = ""
    dayfirst: bool = False
    definition_fr: str = ""
    definition_en: str = ""
    _by_key: dict[str, Label] = field(default_factory=dict, compare=False, repr=False)

    def name(self, language: str) -> str:
        """The field's name in answers ("PII", « renseignements personnels »)."""
        names = self.names_fr if language.startswith("fr") else self.names_en
        other = self.names_en if language.startswith("fr") else self.names_fr
        return (names or other or (self.key.replace("_", " "),))[0]

    def names(self) -> tuple[str, ...]:
        return (*self.names_fr, *self.names_en)

    @property
    def bilingual(self) -> bool:
        return "fr" in self.columns or "en" in self.columns

    @property
    def filterable(self) -> bool:
        """Questions can select rows by it (counts, negations, shares, groups)."""
        return self.type in ("label", "flag", "date", "multi")

    def value_label(self, value: Any, language: str) -> str:
        """A value as an answer shows it: a declared label in `language`, yes/no in words, a year."""
        text = str(value)
        if self.type == "flag":
            fr = language.startswith("fr")
            return {"yes": "oui" if fr else "yes", "no": "non" if fr else "no"}.get(text, text)
        label = self.label(text)
        return label.text("fr" if language.startswith("fr") else "en") if label else text

    def label(self, key: str) -> Label | None:
        if not self._by_key and self.values:
            self._by_key.update({lb.key: lb for lb in self.values})
        return self._by_key.get(key)


def parse_fields(raw: Any, fail: Callable[[str], Exception]) -> tuple[Field, ...]:
    """The mapping's [fields] tables checked; every mistake names its key and the fix."""
    if not isinstance(raw, dict):
        raise fail("[fields] must hold tables [fields.<key>] with a type and a column.")
    found = []
    for key, spec in raw.items():
        where = f"[fields.{key}]"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key) or key in RESERVED:
            raise fail(f"{where}: a field key uses lowercase letters, digits and _ and is not a built-in column ({', '.join(sorted(RESERVED))}).")  # fmt: skip
        if not isinstance(spec, dict):
            raise fail(f"{where} must be a table with type and column.")
        unknown = sorted(set(spec) - _FIELD_KEYS)
        if unknown:
            raise fail(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_FIELD_KEYS))}.")
        kind = spec.get("type")
        if kind not in TYPES:
            raise fail(f"{where}: type must be one of {', '.join(TYPES)}, not {kind!r}.")
        columns = _columns(spec.get("column"), where, fail)
        names = spec.get("names", {})
        if not isinstance(names, dict) or set(names) - {"fr", "en"}:
            raise fail(f'{where}: names must be {{ en = ["…"], fr = ["…"] }}.')
        names_fr, names_en = (_strings(names.get(lang, []), f"{where} names.{lang}", fail) for lang in ("fr", "en"))
        if kind not in ("private", "text", "id") and not (names_fr or names_en):
            raise fail(f'{where}: give the field its names, e.g. names = {{ en = ["{key.replace("_", " ")}"], fr = ["…"] }}: questions find it by them.')  # fmt: skip
        if kind != "flag" and ("yes" in spec or "no" in spec):
            raise fail(f"{where}: yes/no spellings are for a flag field, not a {kind} one.")
        if kind != "label" and "values" in spec:
            raise fail(f"{where}: values are declared for a label field, not a {kind} one.")
        yes = tuple(normalise(s) for s in _strings(spec.get("yes", list(DEFAULT_YES)), f"{where} yes", fail))
        no = tuple(normalise(s) for s in _strings(spec.get("no", list(DEFAULT_NO)), f"{where} no", fail))
        if set(yes) & set(no):
            raise fail(f"{where}: {sorted(set(yes) & set(no))} is both a yes and a no spelling.")
        values = _values(spec.get("values", {}), where, fail)
        found.append(
            Field(key, kind, columns, names_fr, names_en, yes, no, values, str(spec.get("separator", "")),
                  bool(spec.get("dayfirst", False)), str(spec.get("definition_fr", "")), str(spec.get("definition_en", "")))  # fmt: skip
        )
    return tuple(found)


def _columns(raw: Any, where: str, fail: Callable[[str], Exception]) -> dict[str, tuple[str, ...]]:
    if isinstance(raw, str | list):
        return {"": tuple(_strings(raw, f"{where} column", fail, required=True))}
    if isinstance(raw, dict) and raw and not set(raw) - {"fr", "en"}:
        return {lang: tuple(_strings(h, f"{where} column.{lang}", fail, required=True)) for lang, h in raw.items()}
    raise fail(f'{where}: column must be a header, a list of headers, or {{ en = "…", fr = "…" }}.')


def _strings(raw: Any, where: str, fail: Callable[[str], Exception], required: bool = False) -> tuple[str, ...]:
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items) or (required and not items):
        raise fail(f"{where} must be a string or a list of non-empty strings.")
    return tuple(s.strip() for s in items)


def _values(raw: Any, where: str, fail: Callable[[str], Exception]) -> tuple[Label, ...]:
    if not isinstance(raw, dict):
        raise fail(f"{where}: values must be tables [fields.<key>.values.<value>] with fr and en.")
    labels, seen = [], {}
    for key, spec in raw.items():
        if not re.fullmatch(r"[a-z0-9_]+", key) or not isinstance(spec, dict) or not {"fr", "en"} <= set(spec):
            raise fail(f"{where} value {key!r}: a key in lowercase letters, digits and _, with fr and en.")
        if unknown := sorted(set(spec) - _VALUE_KEYS):
            raise fail(f"{where} value {key!r}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_VALUE_KEYS))}.")
        label = Label(key, str(spec["fr"]), str(spec["en"]), str(spec.get("definition_fr", "")),
                      str(spec.get("definition_en", "")), _strings(spec.get("aliases", []), f"{where} value {key} aliases", fail))  # fmt: skip
        for spelling in (key, label.fr, label.en, *label.aliases):
            if seen.setdefault(normalise(spelling), key) != key:
                raise fail(f"{where}: the spelling {spelling!r} is claimed by values {seen[normalise(spelling)]!r} and {key!r}. Fix: keep it in one.")  # fmt: skip
        labels.append(label)
    return tuple(labels)


# reading cells -------------------------------------------------------------------------


def read_cells(spec: Field, cells: list[str]) -> tuple[dict[str, list[Any]], list[str]]:
    """The field's df column(s) from its raw cells (one per row), and notes on what was set aside."""
    if spec.type == "flag":
        values = [_flag(spec, c) for c in cells]
        odd = sum(1 for c, v in zip(cells, values, strict=True) if v == "" and not _blank(c))
        return {spec.key: values}, [f"{spec.key}: {odd} cell(s) neither yes nor no, read as not given"] if odd else []
    if spec.type == "label":
        lookup = {normalise(s): lb.key for lb in spec.values for s in (lb.key, lb.fr, lb.en, *lb.aliases)}
        values = ["" if _blank(c) else lookup.get(normalise(c), " ".join(c.split())) for c in cells]
        odd = len({v for v in values if v and spec.values and v not in {lb.key for lb in spec.values}})
        return {spec.key: values}, [f"{spec.key}: {odd} value(s) not among the declared ones, kept as written"] if odd else []
    if spec.type == "date":
        parsed = pd.to_datetime(pd.Series(["" if _blank(c) else c.strip() for c in cells], dtype="object"),
                                errors="coerce", format="mixed", dayfirst=spec.dayfirst)  # fmt: skip
        years = ["" if pd.isna(d) else f"{d.year:04d}" for d in parsed]
        months = ["" if pd.isna(d) else f"{d.year:04d}-{d.month:02d}" for d in parsed]
        odd = sum(1 for c, y in zip(cells, years, strict=True) if not y and not _blank(c))
        return {spec.key: years, f"{spec.key}:month": months}, [f"{spec.key}: {odd} cell(s) not read as a date"] if odd else []
    if spec.type == "number":
        numbers = pd.to_numeric(pd.Series([re.sub(r"[\s$€,]", "", c) if not _blank(c) else "" for c in cells], dtype="object"), errors="coerce")
        odd = sum(1 for c, n in zip(cells, numbers, strict=True) if pd.isna(n) and not _blank(c))
        return {spec.key: numbers.tolist()}, [f"{spec.key}: {odd} cell(s) not read as a number"] if odd else []
    if spec.type == "multi":
        rows = [_items(spec, c) for c in cells]
        # "Age" and "age" are one item, spelled as most cells spell it (ties: first seen)
        spelling: dict[str, str] = {}
        for item, _ in Counter(i for r in rows for i in r).most_common():
            spelling.setdefault(item.casefold(), item)
        return {spec.key: [tuple(dict.fromkeys(spelling[i.casefold()] for i in r)) for r in rows]}, []
    return {spec.key: [" ".join(c.split()) for c in cells]}, []  # text, id


def _blank(cell: str) -> bool:
    return normalise(cell).strip(" .") in _BLANKS


def _flag(spec: Field, cell: str) -> str:
    if _blank(cell):  # "N/A" is not a "no" (the spelling "n" followed by "/")
        return ""
    text = normalise(cell).strip(" .")
    for value, spellings in (("yes", spec.yes), ("no", spec.no)):
        for s in spellings:
            if text == s or (text.startswith(s) and not text[len(s)].isalnum()):
                return value
    return ""


def _items(spec: Field, cell: str) -> tuple[str, ...]:
    text = cell.strip().strip("[]")
    if spec.separator:
        parts = text.split(spec.separator)
    else:
        parts = re.split(r"\s*[;|\n]\s*", text) if re.search(r"[;|\n]", text) else text.split(",")
    items = (" ".join(p.strip().strip("'\"").split()) for p in parts)
    return tuple(dict.fromkeys(i for i in items if i and not _blank(i)))


def years_from(values: list[str], op: str, year: int) -> list[str]:
    """The years among `values` a date condition keeps ("since 2023": ">=")."""
    ops = {"==": int.__eq__, ">=": int.__ge__, ">": int.__gt__, "<=": int.__le__, "<": int.__lt__}
    return sorted(v for v in values if v.isdigit() and ops[op](int(v), year))
