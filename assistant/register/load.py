"""Load, validate and normalise a register file (CSV or XLSX) into a `Register`.

Real exports are messy: UTF-8 with or without BOM or cp1252, ";" or "," delimiters, trailing
and double spaces, two years' labels, header spellings that drift. This module absorbs all of
that once, so the rest of the assistant sees one clean table with canonical labels in both
languages and a stable `row_id` a reader can find in the official spreadsheet. When the file
cannot be trusted it raises `RegisterError`, which says where the problem is and what to do.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from assistant.register.labels import (
    FIELD_LABELS,
    Label,
    canonical_portfolio,
    find_field,
    normalise,
    portfolio_en,
    remember_labels,
)
from assistant.register.mapping import LABELLED, Mapping, MappingError, load_mapping
from assistant.register.wording import blank_label, is_quebec, stored_blank

FIELDS = tuple(f.key for f in FIELD_LABELS)  # name category body portfolio benefits status
# The headers of the official French file; other spellings are FIELD_LABELS aliases.
OFFICIAL_HEADERS = {f.key: f.fr for f in FIELD_LABELS}
COLUMNS = tuple(
    "row_id name category category_en category_key body portfolio portfolio_en benefits "
    "status status_en status_key source".split()
)
REQUIRED_CELLS = ("name", "category", "body", "status")  # benefits, portfolio may be blank
# Roles whose blank cell (in a register read through a mapping) is shown as a clear label, not "".
NAMED_BLANKS = ("body", "portfolio")
MAX_REPORTED = 10  # row problems listed in one error; the rest are counted
_HEADER_SCAN = 10  # records searched for the header line (title rows may precede it)
_EXTRA_CELLS_HINT = (
    "a value probably contains the delimiter without quotes; quote it or re-export the file"
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls
_UTF8_HINT = "re-save it as UTF-8 (Excel: « CSV UTF-8 (délimité par des virgules) »)"


class RegisterError(ValueError):
    """A register file that cannot be loaded; the message says where and how to fix it.

    `row` is the 1-based data row (the `row_id`) and `column` the header, when they apply.
    When several rows are wrong, `problems` holds one `RegisterError` per row problem
    and `row`/`column` point at the first one.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path,
        row: int | None = None,
        column: str | None = None,
        problems: Sequence[RegisterError] = (),
    ) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.row = row
        self.column = column
        self.problems = tuple(problems)


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


@dataclass
class _Table:
    """Raw cells as read from the file, before any interpretation."""

    header: list[str]
    rows: list[tuple[int, str, list[str]]]  # (row_id, "line 9" / "sheet row 9", cells)


def load_register(path: str | Path, mapping: Mapping | str | Path | None = None) -> Register:
    """Read, validate and normalise a register file (CSV or XLSX) read through `mapping`
    (a built-in name, a TOML file or a `Mapping`; default: Québec's portrait).

    Raises RegisterError when the file is missing, unreadable, lacks a column the mapping names,
    or has rows with unknown labels or empty required cells (up to ten listed at once).
    """
    path = Path(path)
    mapping = load_mapping(mapping)
    for role in LABELLED:
        try:
            remember_labels(role, mapping.labels(role))
        except ValueError as exc:  # a custom mapping reusing a key another mapping defines
            raise MappingError(f"{mapping.path or mapping.name}: {exc}.") from None
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "was not found"
        raise RegisterError(
            f"{path}: the register file {what} (looked for {path.absolute()}). Fix: check "
            "the path; the bundled register lives in data/.",
            path=path,
        )
    data = path.read_bytes()
    if not data.strip().removeprefix(codecs.BOM_UTF8).strip():
        raise RegisterError(
            f"{path}: the file is empty. Fix: export the register again with its header "
            "line and data rows.",
            path=path,
        )
    if data.startswith(_OLE_MAGIC):
        raise RegisterError(
            f"{path}: this is an old Excel .xls workbook, which is not supported. Fix: save "
            "it as .xlsx, or export it as CSV UTF-8.",
            path=path,
        )
    table = _read_xlsx(path, data, mapping) if _is_xlsx(data) else _read_csv(path, data, mapping)
    roles = _map_header(path, table.header, mapping)
    if not table.rows:
        raise RegisterError(
            f"{path}: the file has a header but no data rows. Fix: export the register "
            "again with its rows.",
            path=path,
        )
    blanks = _blanks(roles, mapping)
    df, notes = _normalise_rows(path, table, roles, mapping, blanks)
    aliases = _aliases(path, table, roles, mapping)
    year = _year_in(path.name) or mapping.year  # the file's own year first: one mapping, many years
    return Register(df=df, path=path, source=path.name, sha256=hashlib.sha256(data).hexdigest(),
                    mapping=mapping, year=year, notes=tuple(notes), aliases=aliases,
                    blanks={role: texts[0] for role, texts in blanks.items()})  # fmt: skip


def _blanks(roles: dict[str, int], mapping: Mapping) -> dict[str, tuple[str, str]]:
    """Role -> (value, English value) a blank body or portfolio cell takes, in the register's words:
    the body's in the file's language (as its other bodies are written), the portfolio's French
    with its `portfolio_en`. Québec's portrait keeps its blank portfolios blank."""
    if is_quebec(mapping):
        return {}
    found = {}
    for role in NAMED_BLANKS:
        if role in roles:
            found[role] = (stored_blank(role, mapping), blank_label(role, "en", mapping))
    return found


def _aliases(path: Path, table: _Table, roles: dict[str, int], mapping: Mapping) -> dict[str, dict[str, tuple[str, ...]]]:
    """role -> value -> the other names the mapping's alias columns give it."""
    where = {normalise(h).rstrip(" :*"): i for i, h in reversed(list(enumerate(table.header)))}
    found: dict[str, dict[str, set[str]]] = {}
    for role, headers in mapping.aliases.items():
        at = next((where[k] for h in headers if (k := normalise(h)) in where), None)
        if at is None:
            raise RegisterError(
                f"{path}: the mapping {mapping.name!r} names an alias column for {role} that this "
                f"file lacks ({' or '.join(repr(h) for h in headers)}). Fix: pass the mapping made "
                "for this file, or correct its [aliases] table.",
                path=path,
            )
        names = found.setdefault(role, {})
        for _, _, cells in table.rows:
            value = _clean(cells[roles[role]]) if roles[role] < len(cells) else ""
            alias = _clean(cells[at]) if at < len(cells) else ""
            if value and alias and normalise(alias) != normalise(value):
                names.setdefault(value, set()).add(alias)
    return {role: {v: tuple(sorted(a)) for v, a in names.items()} for role, names in found.items()}


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


# --- reading -------------------------------------------------------------------------


def _is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (BOM or not) first; cp1252 only when the bytes are not UTF-8."""
    encodings = ["utf-8-sig", "cp1252"]
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # Excel "Unicode text"
        encodings = ["utf-16"]
    errors, at = [], 0
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            errors.append(f"{encoding} fails at offset {exc.start}")
            at = exc.start  # reported: the last encoding's first bad byte
    line = data[:at].count(b"\n") + 1
    raise RegisterError(
        f"{path}: line {line}: byte 0x{data[at]:02X} at offset {at} cannot be decoded "
        f"({'; '.join(errors)}). Fix: {_UTF8_HINT}.",
        path=path,
    )


def _read_csv(path: Path, data: bytes, mapping: Mapping) -> _Table:
    text = _decode(path, data)
    delimiter = _sniff_delimiter(text, mapping)
    records: list[tuple[str, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:  # a record may span lines: report the line it begins on
            records.append((f"line {start}", cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise RegisterError(
            f"{path}: line {reader.line_num}: {exc}. Fix: check the quotes around that "
            "value, or re-export the file.",
            path=path,
        ) from None
    return _split_header(records, mapping)


def _sniff_delimiter(text: str, mapping: Mapping) -> str:
    """The delimiter that turns the first lines into the most known headers, then fields."""

    def score(delimiter: str) -> tuple[int, int]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        best = (0, 0)
        for _, cells in zip(range(_HEADER_SCAN), reader, strict=False):
            best = max(best, (len(_roles_in(cells, mapping)), len(cells)))
        return best

    return max((";", ",", "\t"), key=score)


def _read_xlsx(path: Path, data: bytes, mapping: Mapping) -> _Table:
    """First sheet that has the headers (or the first sheet), every cell as text."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise RegisterError(
            f"{path}: not a readable XLSX workbook ({exc}). Fix: open it in Excel or "
            "LibreOffice and save it again as .xlsx, or export it as CSV UTF-8.",
            path=path,
        ) from None
    try:
        tables = []
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # some exporters write a wrong <dimension>: read all rows
            records = [
                (f"sheet {sheet.title!r} row {i}", [_cell_text(v) for v in values])
                for i, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
            table = _split_header(records, mapping)
            if len(_roles_in(table.header, mapping)) >= _header_roles(mapping):
                return table
            tables.append(table)
    finally:
        book.close()
    return tables[0] if tables else _Table([], [])


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def _header_roles(mapping: Mapping) -> int:
    """How many known headers make a line the header line (3, or fewer for a small register)."""
    return min(3, len(mapping.roles))


def _split_header(records: list[tuple[str, list[str]]], mapping: Mapping) -> _Table:
    """Find the header among the first records; number the non-blank rows after it.

    Blank lines are not data rows: they take no row id, so the ids match the rows of the
    official spreadsheet (which has none).
    """
    non_blank = [i for i, (_, cells) in enumerate(records) if not _is_blank(cells)]
    if not non_blank:
        return _Table([], [])
    header_at = next(
        (i for i in non_blank[:_HEADER_SCAN] if len(_roles_in(records[i][1], mapping)) >= _header_roles(mapping)),
        non_blank[0],
    )
    rows, row_id = [], 0
    for where, cells in records[header_at + 1 :]:
        if not _is_blank(cells):
            row_id += 1
            rows.append((row_id, where, cells))
    return _Table([_clean(h) for h in records[header_at][1]], rows)


# --- interpreting --------------------------------------------------------------------


def _role_of(header: str, mapping: Mapping) -> str | None:
    if mapping.columns is None:
        field = find_field(header)
        return field.key if field else None
    key = normalise(header).rstrip(" :*")
    return next((r for r in mapping.roles if key in {normalise(h) for h in mapping.headers(r)}), None)


def _roles_in(cells: Sequence[str], mapping: Mapping) -> set[str]:
    return {role for c in cells if (role := _role_of(str(c), mapping))}


def _map_header(path: Path, header: list[str], mapping: Mapping) -> dict[str, int]:
    """Role -> column index. Unknown columns are ignored; missing or doubled roles fail."""
    if mapping.columns is not None:
        return _map_header_by_mapping(path, header, mapping)
    if not any(header):
        raise RegisterError(
            f"{path}: no header line found. Fix: the first line must hold the column "
            f"names ({', '.join(repr(h) for h in OFFICIAL_HEADERS.values())}).",
            path=path,
        )
    roles: dict[str, int] = {}
    for i, h in enumerate(header):
        role = _role_of(h, mapping)
        if role is None:
            continue
        if role in roles:
            first = header[roles[role]]
            raise RegisterError(
                f"{path}: header line: columns {roles[role] + 1} ({first!r}) and {i + 1} "
                f"({h!r}) both hold the {role!r} field. Fix: rename or delete one of them.",
                path=path,
                column=h,
            )
        roles[role] = i
    missing = [r for r in FIELDS if r not in roles]
    if missing:
        wanted = ", ".join(f"{r} ({OFFICIAL_HEADERS[r]!r})" for r in missing)
        found = _headers_found(header)
        raise RegisterError(
            f"{path}: missing column(s) for: {wanted}. Headers found: {found or 'none'}. "
            "Fix: rename the column to the official header, or add its spelling to the "
            "FIELD_LABELS aliases in assistant/register/labels.py.",
            path=path,
            column=OFFICIAL_HEADERS[missing[0]],
        )
    return roles


def _headers_found(header: list[str]) -> str:
    """The file's headers for an error message: the first 20, then how many more."""
    names = [repr(h) for h in header if h]
    return ", ".join(names[:20]) + (f", … ({len(names) - 20} more)" if len(names) > 20 else "")


def _map_header_by_mapping(path: Path, header: list[str], mapping: Mapping) -> dict[str, int]:
    """Role -> column index through the mapping: its first listed header present wins."""
    where = {}
    for i, h in enumerate(header):
        where.setdefault(normalise(h).rstrip(" :*"), i)  # repeated headers: the first one
    roles, missing = {}, []
    for role in mapping.roles:
        at = next((where[k] for h in mapping.headers(role) if (k := normalise(h)) in where), None)
        if at is None:
            missing.append(role)
        else:
            roles[role] = at
    if missing:
        wanted = ", ".join(f"{r} ({' or '.join(repr(h) for h in mapping.headers(r))})" for r in missing)
        found = _headers_found(header)
        raise RegisterError(
            f"{path}: the mapping {mapping.name!r} names column(s) this file lacks: {wanted}. "
            f"Headers found: {found or 'none'}. Fix: pass the mapping made for this file "
            "(--mapping), or correct its [columns] table.",
            path=path,
            column=mapping.headers(missing[0])[0],
        )
    return roles


def _clean(value: str) -> str:
    """Strip, drop invisible characters, collapse inner whitespace (newlines included)."""
    return " ".join(value.replace("\u200b", "").replace("\ufeff", "").split())


def _label_hint(role: str, mapping: Mapping) -> str:
    accepted = "; ".join(f"{lb.fr!r} ({lb.en})" for lb in mapping.labels(role))
    where = f"the mapping {mapping.path}" if mapping.path else "assistant/register/labels.py"
    return (
        f"use one of the accepted {role} labels, in French or English: {accepted}; or add "
        f"this spelling to the aliases in {where}"
    )


class _Problem(NamedTuple):
    row: int
    where: str  # "line 9" or "sheet 'Feuil1' row 9"
    column: str
    kind: str  # "unknown category", "empty name", ...: groups the hints
    detail: str
    hint: str


def _raise_row_problems(path: Path, found: list[_Problem]) -> None:
    """One error listing up to MAX_REPORTED problems, then each kind's fix once."""
    shown = found[:MAX_REPORTED]

    def place(p: _Problem) -> str:
        return f"row {p.row} ({p.where})" + (f", column {p.column!r}" if p.column else "")

    errors = [
        RegisterError(
            f"{path}: {place(p)}: {p.detail}. Fix: {p.hint}.",
            path=path,
            row=p.row,
            column=p.column or None,
        )
        for p in shown
    ]
    if len(found) == 1:
        message = str(errors[0])
    else:
        lines = [f"{path}: {len(found)} problems in the data rows:"]
        lines += [f"  - {place(p)}: {p.detail}" for p in shown]
        if len(found) > len(shown):
            lines.append(f"  ... and {len(found) - len(shown)} more")
        lines.append("Fix:")
        lines += list(dict.fromkeys(f"  - {p.kind}: {p.hint}." for p in found))
        message = "\n".join(lines)
    first = errors[0]
    raise RegisterError(message, path=path, row=first.row, column=first.column, problems=errors)


def _normalise_rows(
    path: Path,
    table: _Table,
    roles: dict[str, int],
    mapping: Mapping,
    blanks: dict[str, tuple[str, str]] | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Check every row, collecting all problems, and build the canonical table.

    Roles the register does not have are blank columns; labels the mapping sends to a default
    (an unknown spelling counted as "Other", a blank cell as "not given") are counted in the notes,
    and so are the blank bodies and portfolios that take `blanks` (role -> (value, English)).
    """
    blanks = blanks or {}
    width, found, records = len(table.header), [], []
    defaulted: dict[tuple[str, str], int] = {}
    quebec = mapping.columns is None
    for row_id, where, cells in table.rows:
        value = {r: _clean(cells[roles[r]]) if r in roles and roles[r] < len(cells) else "" for r in FIELDS}
        for role, other in mapping.fallback.items():
            if not value[role]:
                value[role] = value[other]
        issues = []  # (role or "", kind, detail, hint)
        if len(cells) > width and not _is_blank(cells[width:]):
            detail = f"{len(cells)} cells but the header has {width}"
            issues.append(("", "extra cells", detail, _EXTRA_CELLS_HINT))
        issues += [
            (r, f"empty {r}", f"empty {r}", "fill the cell")
            for r in mapping.required
            if not value[r] and not (r in LABELLED and mapping.blank.get(r, "error") != "error")
        ]
        labels: dict[str, Label | None] = {}
        for role in LABELLED:
            if role not in roles:
                continue
            label, text = None, value[role]
            if text:
                label = mapping.find_label(role, text)
                policy = mapping.unknown.get(role, "error")
                if label is None and policy != "error":
                    label = mapping.find_label(role, policy)
                    defaulted[("unknown", role)] = defaulted.get(("unknown", role), 0) + 1
                elif label is None:
                    detail = f"unknown {role} {text!r}"
                    issues.append((role, f"unknown {role}", detail, _label_hint(role, mapping)))
            elif mapping.blank.get(role, "error") != "error":
                label = mapping.find_label(role, mapping.blank[role])
                defaulted[("blank", role)] = defaulted.get(("blank", role), 0) + 1
            elif role not in mapping.required:  # required roles are reported above; never drop a row silently
                hint = f"fill the cell, or name the label blank cells take (blank_{role}) in the mapping's [labels]"
                issues.append((role, f"empty {role}", f"empty {role}", hint))
            labels[role] = label
        found += [
            _Problem(row_id, where, table.header[roles[r]] if r else "", *rest)
            for r, *rest in issues
        ]
        if found or any(label is None for label in labels.values()):
            continue
        portfolio_en_text = ""  # after the required check: a label never hides a missing cell
        for role, (text, en) in blanks.items():
            if not value[role]:
                value[role] = text
                portfolio_en_text = en if role == "portfolio" else portfolio_en_text
                defaulted[("named", role)] = defaulted.get(("named", role), 0) + 1
        portfolio = canonical_portfolio(value["portfolio"]) if quebec else value["portfolio"]
        category, status = labels.get("category"), labels.get("status")
        records.append(
            {
                "row_id": row_id,
                "name": value["name"],
                "category": category.fr if category else "",
                "category_en": category.en if category else "",
                "category_key": category.key if category else "",
                "body": value["body"],
                "portfolio": portfolio,
                "portfolio_en": portfolio_en_text
                or ((portfolio_en(portfolio) if quebec else portfolio) if portfolio else ""),
                "benefits": value["benefits"],
                "status": status.fr if status else "",
                "status_en": status.en if status else "",
                "status_key": status.key if status else "",
                "source": path.name,
            }
        )
    if found:
        _raise_row_problems(path, found)
    df = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    df["row_id"] = df["row_id"].astype("int64")
    df.index = pd.Index(df["row_id"].to_numpy(), name=None)
    notes = [
        f"{n} {'blank' if kind == 'blank' else 'unknown'} {role} cell(s) read as "
        f"{mapping.find_label(role, (mapping.blank if kind == 'blank' else mapping.unknown)[role]).en!r}"
        for (kind, role), n in sorted(defaulted.items())
        if kind != "named"
    ]
    notes += [
        f"{n} blank {role} cell(s) shown as {blanks[role][1]!r}"
        for (kind, role), n in sorted(defaulted.items())
        if kind == "named"
    ]
    return df, notes
