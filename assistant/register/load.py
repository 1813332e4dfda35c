"""Load a register file (CSV or XLSX) through its mapping into a `Register`.

Three steps, one module each: read the bytes into a header and raw rows (files.py), interpret
every row into canonical labels in both languages (rows.py), and keep the result with what
citations need to point into it (here). The rest of the assistant sees one clean table with a
stable `row_id` a reader can find in the official spreadsheet. When the file cannot be trusted,
`RegisterError` says where the problem is and what to do.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from assistant.register.fields import read_cells
from assistant.register.files import RegisterError, clean, map_header, read_table
from assistant.register.labels import Label, normalise
from assistant.register.mapping import ROLES, Mapping, load_mapping
from assistant.register.rows import COLUMNS, named_blanks, normalise_rows, other_names

__all__ = ["COLUMNS", "FIELDS", "OFFICIAL_HEADERS", "Register", "RegisterError", "combine",
           "load_register", "load_registers", "side_by_side"]  # fmt: skip

FIELDS = ROLES  # name category body portfolio benefits status
# The headers of the bundled register's official file, by role.
OFFICIAL_HEADERS = {role: load_mapping(None).headers(role)[0] for role in ROLES}


@dataclass
class Register:
    """One loaded register file: a clean table plus what citations need to point into it.

    `df` has the COLUMNS, one row per initiative, indexed by `row_id` (also a column, so
    `df.loc[12]` and `df["row_id"]` both work). `source` is the file name citations show.
    """

    df: pd.DataFrame
    path: Path
    source: str
    sha256: str
    mapping: Mapping = field(default_factory=lambda: load_mapping(None))
    year: int | None = None
    notes: tuple[str, ...] = ()  # what loading decided (labels defaulted, blank cells filled)
    # Other names the file gives a body or portfolio (the US "Agency Abbreviation": DOJ, HHS):
    # role -> value -> names, so questions can use them.
    aliases: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # Role -> the value its blank cells hold ("no publishing body given", in the file's language;
    # a portfolio's is French, with `portfolio_en` in English), so a briefing can say it in its own.
    blanks: dict[str, str] = field(default_factory=dict)

    @property
    def roles(self) -> tuple[str, ...]:
        """The fields this register has; a question about another one is answered as such."""
        return self.mapping.roles

    @property
    def language(self) -> str:
        """Language of the file's text (its names and benefits)."""
        return self.mapping.language

    def labels(self, role: str) -> tuple[Label, ...]:
        """The category or status labels of this register (its mapping's, Québec's by default)."""
        return self.mapping.labels(role)

    def __len__(self) -> int:
        return len(self.df)

    def in_language(self, language: str) -> pd.DataFrame:
        """The table with each bilingual text (a role or a text field given in both languages) in
        `language`, the other language's where that cell is blank; `df` itself otherwise."""
        lang = "fr" if str(language).startswith("fr") else "en"
        pairs = [c.rsplit(":", 1)[0] for c in self.df.columns if c.endswith(f":{lang}")]
        if not pairs:
            return self.df
        cache = self.__dict__.setdefault("_in_language", {})
        if lang not in cache:
            swapped = {c: self.df[f"{c}:{lang}"].where(self.df[f"{c}:{lang}"] != "", self.df[c]) for c in pairs}
            cache[lang] = self.df.assign(**swapped)
        return cache[lang]

    @property
    def row_ids(self) -> list[int]:
        return self.df["row_id"].tolist()

    def row(self, row_id: int) -> dict[str, Any]:
        """The row as a plain dict (all columns, `row_id` included)."""
        if isinstance(row_id, bool) or row_id not in self.df.index:
            span = f"row ids 1–{len(self)}" if len(self) else "no rows"
            raise KeyError(f"row {row_id!r} is not in {self.source} ({span})")
        record = self.df.loc[row_id].to_dict()
        record["row_id"] = int(record["row_id"])
        return record


def load_register(path: str | Path, mapping: Mapping | str | Path | None = None) -> Register:
    """Read, validate and normalise a register file (CSV or XLSX) read through `mapping`
    (a built-in name, a TOML file or a `Mapping`; default: Québec's portrait).

    Raises RegisterError when the file is missing, unreadable, lacks a column the mapping names,
    or has rows with unknown labels or empty required cells (up to ten listed at once).
    """
    path = Path(path)
    mapping = load_mapping(mapping)
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "was not found"
        raise RegisterError(
            f"{path}: the register file {what} (looked for {path.absolute()}). Fix: check "
            "the path; the bundled register lives in data/.",
            path=path,
        )
    data = path.read_bytes()
    table = read_table(path, data, mapping)
    roles = map_header(path, table.header, mapping)
    if not table.rows:
        raise RegisterError(
            f"{path}: the file has a header but no data rows. Fix: export the register "
            "again with its rows.",
            path=path,
        )
    blanks = named_blanks(roles, mapping)
    df, notes = normalise_rows(path, table, roles, mapping, blanks)
    notes += typed_columns(path, table, mapping, df)
    bilingual_columns(path, table, mapping, df)
    aliases = other_names(path, table, roles, mapping)
    for role in mapping.bilingual_cells:  # "Statistics Canada / Statistique Canada": either half
        halves = split_bilingual(df, role, mapping.language)
        for value, (en, fr) in halves.items():
            known = aliases.setdefault(role, {}).get(value, ())
            aliases[role][value] = tuple(dict.fromkeys((*known, *(h for h in (en, fr) if h != value))))
    year = _year_in(path.name) or mapping.year  # the file's own year first: one mapping, many years
    return Register(df=df, path=path, source=path.name, sha256=hashlib.sha256(data).hexdigest(),
                    mapping=mapping, year=year, notes=tuple(notes), aliases=aliases,
                    blanks={role: texts[0] for role, texts in blanks.items()})  # fmt: skip


def split_bilingual(df: pd.DataFrame, role: str, file_language: str) -> dict[str, tuple[str, str]]:
    """A role whose cells read "English / Français" gets `ROLE:en` and `ROLE:fr` columns, each
    half placed by its detected language (the file's order when both read alike); returns
    value -> (English, French) for the values that had two halves."""
    from assistant.language import detect_language

    halves: dict[str, tuple[str, str]] = {}
    for value in df[role].dropna().unique():
        parts = [p.strip() for p in str(value).split(" / ")]
        if len(parts) != 2 or not all(parts):
            continue
        first, second = (detect_language(p) for p in parts)
        if first == second:  # "Health Canada / Santé Canada" may read alike: the file's order
            first = file_language
        halves[str(value)] = (parts[0], parts[1]) if first == "en" else (parts[1], parts[0])
    df[f"{role}:en"] = [halves.get(v, (v, v))[0] for v in df[role]]
    df[f"{role}:fr"] = [halves.get(v, (v, v))[1] for v in df[role]]
    return halves


def bilingual_columns(path: Path, table: Any, mapping: Mapping, df: pd.DataFrame) -> None:
    """A role given in both languages keeps each language's text in `ROLE:fr` and `ROLE:en`
    (the role's own column holds the file language's, as read), for answers in the question's."""
    where = {normalise(h).rstrip(" :*"): i for i, h in reversed(list(enumerate(table.header)))}
    for role, by_lang in mapping.bilingual.items():
        for lang, headers in by_lang.items():
            at = next((where[k] for h in headers if (k := normalise(h).rstrip(" :*")) in where), None)
            if at is None:
                raise RegisterError(
                    f"{path}: the mapping {mapping.name!r} gives the {role} in {lang} in a column this file lacks "
                    f"({headers[0]!r}). Fix: correct [columns] {role}, or give one column.",
                    path=path,
                )
            df[f"{role}:{lang}"] = [" ".join(clean(cells[at]).split()) if at < len(cells) else "" for _, _, cells in table.rows]


def typed_columns(path: Path, table: Any, mapping: Mapping, df: pd.DataFrame) -> list[str]:
    """The mapping's typed fields added to `df` as columns (in place); notes on odd cells.

    A bilingual field (one column per language) keeps each language's text in `KEY:fr` and
    `KEY:en`, and in `KEY` the file language's (the other's when blank)."""
    where = {normalise(h).rstrip(" :*"): i for i, h in reversed(list(enumerate(table.header)))}
    notes: list[str] = []
    for spec in mapping.fields:
        if spec.type == "private":
            continue  # never loaded: neither shown nor indexed
        found = {}
        for lang, headers in spec.columns.items():
            at = next((where[k] for h in headers if (k := normalise(h).rstrip(" :*")) in where), None)
            if at is None:
                raise RegisterError(
                    f"{path}: the mapping {mapping.name!r} declares the field {spec.key!r} in a column this "
                    f"file lacks ({' or '.join(repr(h) for h in headers)}). Fix: correct [fields.{spec.key}] "
                    "column, or take the field out of the mapping (`portrait-ia mapping check` lists the headers).",
                    path=path,
                )
            found[lang] = [clean(cells[at]) if at < len(cells) else "" for _, _, cells in table.rows]
        if "" in found:
            columns, said = read_cells(spec, found[""])
        else:
            first = mapping.language if mapping.language in found else next(iter(found))
            merged = [a or b for a, b in zip(found[first], found.get("en" if first == "fr" else "fr", found[first]), strict=True)]
            columns, said = read_cells(spec, merged)
            if spec.type == "text":
                for lang, cells in found.items():
                    columns[f"{spec.key}:{lang}"] = [" ".join(c.split()) for c in cells]
        for name, values in columns.items():
            df[name] = values
        notes += said
    return notes


def load_registers(paths: Sequence[str | Path], mapping: Mapping | str | Path | None = None) -> list[Register]:
    """Several files of one register (e.g. the 2024 and 2025 portraits), oldest first.

    Each keeps its own row ids and file name, so a citation says which file it points into.
    """
    return side_by_side([load_register(p, mapping) for p in paths])


def side_by_side(registers: Sequence[Register]) -> list[Register]:
    """Loaded files checked to sit together (distinct names, one year each), oldest first."""
    names = [r.source for r in registers]
    doubled = sorted({n for n in names if names.count(n) > 1})
    if doubled:
        raise RegisterError(
            f"{doubled[0]}: given twice (or two files share that name). Fix: pass each file "
            "once; files of different years need different names (citations name the file).",
            path=registers[-1].path,
        )
    years = [r.year for r in registers]
    if len(registers) > 1 and (None in years or len(set(years)) < len(years)):
        raise RegisterError(
            f"{', '.join(names)}: several files need one year each, read from the file name "
            "(e.g. portrait-ia-2024.csv) or the mapping's `year`. Fix: rename the files.",
            path=registers[-1].path,
        )
    return sorted(registers, key=lambda r: r.year or 0)


def combine(registers: Sequence[Register]) -> Register:
    """Several files as one table, for the index only (row ids repeat across files; each row's
    `source` column tells them apart). One file comes back as it is."""
    if len(registers) == 1:
        return registers[0]
    digest = hashlib.sha256(" ".join(r.sha256 for r in registers).encode()).hexdigest()
    df = pd.concat([r.df for r in registers], ignore_index=True)
    newest = registers[-1]
    return Register(df=df, path=newest.path, source=" + ".join(r.source for r in registers),
                    sha256=digest, mapping=newest.mapping, blanks=dict(newest.blanks))  # fmt: skip


def _year_in(name: str) -> int | None:
    """The year a file name carries ("portrait-ia-2025.csv" -> 2025), if exactly one."""
    years = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", name))
    return int(years.pop()) if len(years) == 1 else None
