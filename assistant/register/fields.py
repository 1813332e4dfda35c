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
    blank = ["Data not reported by submitter"]  # the file's ways of saying nothing: not given

`column` is a header, a list of accepted headers, or `{ en = "…", fr = "…" }` (one column per
language: text is shown in the question's language). How each type reads its cells (`read`):

    label   the declared value whose spelling the cell is (its key), else the cell as it is
    flag    "yes" / "no" (a cell starting with a yes/no spelling: "Yes – agency has access…"),
            "" when blank or neither (N/A, Not applicable)
            (a flag, or a label with declared values, also keeps each cell as the file writes it
            in `KEY:written`: a figure's group names the spellings it counts)
    date    the year ("2024"), and the month in the `KEY:month` column ("2024-10")
    number  a float (blank: NaN): "12,345.50", "12 345,50 $", "$1.2M" (`decimal = ","` when the
            file writes "1,5" for one and a half); `currency = "CAD"` (USD, EUR, GBP) says it is
            money, `unit = { en = "users", fr = "utilisateurs" }` what it counts: answers format
            each figure with them ("$12,345.50" / « 12 345,50 $ », « 1 200 utilisateurs »)
    multi   a tuple of values (cells like "[a, b]" or "a; b"; `separator` to change)
    text    the cell (searched and shown); id: the cell (addressable: "describe DOI-0015")
    private never loaded: not shown, not indexed

Every type reads a blank cell, "N/A" ("N/A - not used"), "Not applicable"… as not given; `blank`
adds the file's own ways of saying nothing ("Data not reported by submitter…", "TBD"), matched
as a flag's spellings are (the whole cell, or its start followed by punctuation or a space).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from assistant.register.labels import Label, normalise
from assistant.register.spreadsheet_dates import read_back

TYPES = ("label", "flag", "date", "number", "multi", "text", "id", "private")
DEFAULT_YES = ("yes", "oui", "y", "o", "true", "vrai", "1", "x")
DEFAULT_NO = ("no", "non", "n", "false", "faux", "0")
RESERVED = frozenset(
    "row_id name category category_en category_key body portfolio portfolio_en benefits status "
    "status_en status_key source".split()
)
_FIELD_KEYS = {"type", "column", "names", "yes", "no", "values", "separator", "dayfirst", "definition_en", "definition_fr",
               "unit", "currency", "decimal", "blank"}  # fmt: skip
# A money field's currency -> its symbol in English (before the figure) and in French (after it).
CURRENCIES = {"CAD": ("$", "$"), "USD": ("US$", "$ US"), "EUR": ("€", "€"), "GBP": ("£", "£")}
_NUMBER_KEYS = ("unit", "currency", "decimal")
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
    unit_fr: str = ""  # number: what it counts ("utilisateurs"), shown after each figure
    unit_en: str = ""
    currency: str = ""  # number: money in this currency (CURRENCIES), shown with its symbol
    decimal: str = ""  # number: the file's decimal mark when it is "," ("" = guessed per cell)
    blank: tuple[str, ...] = ()  # the file's own ways of saying nothing, normalised
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
        if self.type == "number" and isinstance(value, int | float) and value == value:
            return self.amount(float(value), language)  # « 450 000 $ », "$450,000"
        text = str(value)
        if self.type == "flag":
            fr = language.startswith("fr")
            return {"yes": "oui" if fr else "yes", "no": "non" if fr else "no"}.get(text, text)
        label = self.label(text)
        return label.text("fr" if language.startswith("fr") else "en") if label else text

    def amount(self, value: float, language: str) -> str:
        """A figure of this number field as an answer writes it: « 12 345,50 $ » / "$12,345.50"
        for money (cents only when there are some), « 1 200,5 utilisateurs » / "1,200.5 users"."""
        fr = language.startswith("fr")
        cents = self.currency and round(value, 2) != round(value)
        text = f"{value:,.2f}" if cents else f"{round(value, 2):,.2f}".rstrip("0").rstrip(".")
        if fr:
            text = text.replace(",", "\u202f").replace(".", ",")
        if self.currency:
            en_symbol, fr_symbol = CURRENCIES[self.currency]
            return f"{text}\u00a0{fr_symbol}" if fr else f"{en_symbol}{text}"
        unit = (self.unit_fr or self.unit_en) if fr else (self.unit_en or self.unit_fr)
        return f"{text} {unit}" if unit else text

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
        if kind in ("text", "id", "private") and "blank" in spec:
            raise fail(f"{where}: blank spellings are for a field questions select by (label, flag, date, number, multi), not a {kind} one; remove its `blank` line.")  # fmt: skip
        blank = tuple(normalise(s).strip(" .") for s in _strings(spec.get("blank", []), f"{where} blank", fail))
        unit_fr, unit_en, currency, decimal = _number_options(spec, kind, where, fail)
        found.append(
            Field(key, kind, columns, names_fr, names_en, yes, no, values, str(spec.get("separator", "")),
                  bool(spec.get("dayfirst", False)), str(spec.get("definition_fr", "")), str(spec.get("definition_en", "")),
                  unit_fr, unit_en, currency, decimal, blank)  # fmt: skip
        )
    return tuple(found)


def _number_options(spec: dict[str, Any], kind: str, where: str, fail: Callable[[str], Exception]) -> tuple[str, str, str, str]:
    """A number field's unit, currency and decimal mark, checked (each names its fix)."""
    given = [k for k in _NUMBER_KEYS if k in spec]
    if given and kind != "number":
        raise fail(f"{where}: {', '.join(given)} {'is' if len(given) == 1 else 'are'} for a number field, not a {kind} one.")
    unit = spec.get("unit", "")
    if isinstance(unit, str):
        unit_fr = unit_en = unit.strip()
    elif isinstance(unit, dict) and unit and not set(unit) - {"fr", "en"} and all(isinstance(u, str) for u in unit.values()):
        unit_fr, unit_en = str(unit.get("fr", "")).strip(), str(unit.get("en", "")).strip()
    else:
        raise fail(f'{where}: unit must be a word or {{ en = "users", fr = "utilisateurs" }}.')
    currency = str(spec.get("currency", "")).strip().upper()
    if currency and currency not in CURRENCIES:
        raise fail(f"{where}: currency {spec['currency']!r} is not one of {', '.join(CURRENCIES)}.")
    if currency and unit:
        raise fail(f"{where}: give a currency (money) or a unit, not both.")
    decimal = str(spec.get("decimal", ""))
    if decimal not in ("", ".", ","):
        raise fail(f'{where}: decimal must be "." or ",", not {decimal!r}.')
    return unit_fr, unit_en, currency, decimal


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
        odd = sum(1 for c, v in zip(cells, values, strict=True) if v == "" and not _blank(c, spec))
        return {spec.key: values, **_written(spec, cells)}, [f"{spec.key}: {odd} cell(s) neither yes nor no, read as not given"] if odd else []
    if spec.type == "label":
        lookup = {normalise(s): lb.key for lb in spec.values for s in (lb.key, lb.fr, lb.en, *lb.aliases)}
        values = ["" if _blank(c, spec) else lookup.get(normalise(c), " ".join(c.split())) for c in cells]
        odd = len({v for v in values if v and spec.values and v not in {lb.key for lb in spec.values}})
        return {spec.key: values, **(_written(spec, cells) if spec.values else {})}, [f"{spec.key}: {odd} value(s) not among the declared ones, kept as written"] if odd else []
    if spec.type == "date":
        typed, year_only, read_back_note = read_back(["" if _blank(c, spec) else c.strip() for c in cells])
        parsed = pd.to_datetime(pd.Series([c if not y else "" for c, y in zip(typed, year_only, strict=True)], dtype="object"),
                                errors="coerce", format="mixed", dayfirst=spec.dayfirst)  # fmt: skip
        years = [y or ("" if pd.isna(d) else f"{d.year:04d}") for d, y in zip(parsed, year_only, strict=True)]
        # "1997/00": a month the file does not know, the year still read
        years = [y or (m.group() if (m := re.match(r"(?:19|20)\d\d(?!\d)", c)) else "") for y, c in zip(years, typed, strict=True)]
        months = ["" if y or pd.isna(d) else f"{d.year:04d}-{d.month:02d}" for d, y in zip(parsed, year_only, strict=True)]
        odd = sum(1 for c, y in zip(cells, years, strict=True) if not y and not _blank(c, spec))
        notes = [f"{spec.key}: {odd} cell(s) not read as a date"] if odd else []
        return {spec.key: years, f"{spec.key}:month": months}, notes + ([f"{spec.key}: {read_back_note}"] if read_back_note else [])
    if spec.type == "number":
        numbers = pd.to_numeric(pd.Series(["" if _blank(c, spec) else number_text(c, spec.decimal) for c in cells], dtype="object"), errors="coerce")
        odd = sum(1 for c, n in zip(cells, numbers, strict=True) if pd.isna(n) and not _blank(c, spec))
        return {spec.key: numbers.tolist()}, [f"{spec.key}: {odd} cell(s) not read as a number"] if odd else []
    if spec.type == "multi":
        rows = [_items(spec, c) for c in cells]
        # "Age" and "age" are one item, spelled as most cells spell it (ties: first seen)
        spelling: dict[str, str] = {}
        for item, _ in Counter(i for r in rows for i in r).most_common():
            spelling.setdefault(item.casefold(), item)
        return {spec.key: [tuple(dict.fromkeys(spelling[i.casefold()] for i in r)) for r in rows]}, []
    return {spec.key: [" ".join(c.split()) for c in cells]}, []  # text, id


_SCALES = {"k": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "millions": 1e6, "md": 1e9, "g": 1e9, "b": 1e9, "bn": 1e9,
           "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9}  # fmt: skip


def number_text(cell: str, decimal: str = "") -> str:
    """A cell's amount as pandas reads it: "12,345.50", "12 345,50 $", "$1.2M", "1,5 k$" ->
    "12345.50", "12345.50", "1200000.0", "1500.0"; left as it is when it is no amount."""
    text = re.sub(r"[\s\u00a0\u202f$€£]|\b(?:CAD|USD|EUR|GBP|CA|US)\b", "", cell, flags=re.I)
    match = re.fullmatch(r"([-+]?[\d.,']*\d)([a-zA-Z]*)", text)
    if not match or match.group(2).lower() not in ("", *_SCALES):
        return cell
    digits, scale = match.group(1).replace("'", ""), _SCALES.get(match.group(2).lower(), 1)
    last = max(digits.rfind(","), digits.rfind("."))
    guessed = digits.count(".") > 1 or (last >= 0 and digits[last] == "," and len(digits) - last - 1 in (1, 2))
    if decimal == "," or (decimal != "." and guessed):  # "12.345,50", "1,5", "1.234.567"
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    if digits.count(".") > 1:
        return cell
    return digits if scale == 1 else repr(float(digits) * scale)


def _written(spec: Field, cells: list[str]) -> dict[str, list[str]]:
    """`KEY:written`: each cell as the file writes it (blank: ""), for a field whose values are
    read into ours (a flag's yes/no, a declared label): figures name the file's spellings too."""
    return {f"{spec.key}:written": ["" if _blank(c, spec) else " ".join(c.split()) for c in cells]}


def _blank(cell: str, spec: Field | None = None) -> bool:
    """A cell that says nothing: empty, "N/A", "N/A - not used", or one of the field's `blank`."""
    text = normalise(cell).strip(" .")
    return text in _BLANKS or _NOT_APPLICABLE.match(text) is not None or (spec is not None and _starts(text, spec.blank))


def _starts(text: str, spellings: tuple[str, ...]) -> bool:
    """`text` is one of `spellings`, or starts with one followed by no letter or digit."""
    return any(text == s or (text.startswith(s) and not text[len(s)].isalnum()) for s in spellings)


_NOT_APPLICABLE = re.compile(r"n/a\b(?!/)")  # "N/A - individuals are not interacting…", "N/A; COTS tool"


def _flag(spec: Field, cell: str) -> str:
    if _blank(cell, spec):  # "N/A" is not a "no" (the spelling "n" followed by "/")
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
    return tuple(dict.fromkeys(i for i in items if i and not _blank(i, spec)))


def years_from(values: list[str], op: str, year: int) -> list[str]:
    """The years among `values` a date condition keeps ("since 2023": ">=")."""
    ops = {"==": int.__eq__, ">=": int.__ge__, ">": int.__gt__, "<=": int.__le__, "<": int.__lt__}
    return sorted(v for v in values if v.isdigit() and ops[op](int(v), year))
