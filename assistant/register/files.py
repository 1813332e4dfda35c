"""Reading a register file (CSV or XLSX) into raw cells, and finding its header line.

Real exports are messy: UTF-8 with or without BOM or cp1252 (or Excel's UTF-16), ";" or ","
delimiters, title rows above the header, blank lines, header spellings that drift. This module
turns the bytes into a header and numbered rows of text, and says which column plays which role
in the register's mapping; nothing here interprets a cell (assistant/register/rows.py does).
When the file cannot be read it raises `RegisterError`, which says where and how to fix it.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from assistant.register.labels import normalise
from assistant.register.mapping import Mapping

_HEADER_SCAN = 10  # records searched for the header line (title rows may precede it)
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
class Table:
    """Raw cells as read from the file, before any interpretation."""

    header: list[str]
    rows: list[tuple[int, str, list[str]]]  # (row_id, "line 9" / "sheet row 9", cells)


def read_table(path: Path, data: bytes, mapping: Mapping) -> Table:
    """The header line and the numbered data rows of a register file's bytes."""
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
    return _read_xlsx(path, data, mapping) if _is_xlsx(data) else _read_csv(path, data, mapping)


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


def _read_csv(path: Path, data: bytes, mapping: Mapping) -> Table:
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


def _read_xlsx(path: Path, data: bytes, mapping: Mapping) -> Table:
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
    return tables[0] if tables else Table([], [])


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


def is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def _header_roles(mapping: Mapping) -> int:
    """How many known headers make a line the header line (3, or fewer for a small register)."""
    return min(3, len(mapping.roles))


def _split_header(records: list[tuple[str, list[str]]], mapping: Mapping) -> Table:
    """Find the header among the first records; number the non-blank rows after it.

    Blank lines are not data rows: they take no row id, so the ids match the rows of the
    official spreadsheet (which has none).
    """
    non_blank = [i for i, (_, cells) in enumerate(records) if not is_blank(cells)]
    if not non_blank:
        return Table([], [])
    header_at = next(
        (i for i in non_blank[:_HEADER_SCAN] if len(_roles_in(records[i][1], mapping)) >= _header_roles(mapping)),
        non_blank[0],
    )
    rows, row_id = [], 0
    for where, cells in records[header_at + 1 :]:
        if not is_blank(cells):
            row_id += 1
            rows.append((row_id, where, cells))
    return Table([clean(h) for h in records[header_at][1]], rows)


# --- the header --------------------------------------------------------------------


def role_of(header: str, mapping: Mapping) -> str | None:
    """The role a column header stands for in `mapping` (any of its spellings), or None."""
    spellings = mapping.__dict__.get("_header_roles")
    if spellings is None:
        spellings = {normalise(h): role for role in reversed(mapping.roles) for h in mapping.headers(role)}
        mapping.__dict__["_header_roles"] = spellings
    return spellings.get(normalise(header).rstrip(" :*"))


def _roles_in(cells: Sequence[str], mapping: Mapping) -> set[str]:
    return {role for c in cells if (role := role_of(str(c), mapping))}


def map_header(path: Path, header: list[str], mapping: Mapping) -> dict[str, int]:
    """Role -> column index. Unknown columns are ignored; missing or doubled roles fail."""
    if not any(header):
        firsts = ", ".join(repr(mapping.headers(r)[0]) for r in mapping.roles)
        raise RegisterError(
            f"{path}: no header line found. Fix: the first line must hold the column names ({firsts}).",
            path=path,
        )
    roles: dict[str, int] = {}
    for i, h in enumerate(header):
        role = role_of(h, mapping)
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
    missing = [r for r in mapping.roles if r not in roles]
    if missing:
        wanted = ", ".join(f"{r} ({mapping.headers(r)[0]!r})" for r in missing)
        where = mapping.path or mapping.name
        raise RegisterError(
            f"{path}: missing column(s): the mapping {mapping.name!r} names column(s) this file "
            f"lacks: {wanted}. Headers found: {_headers_found(header) or 'none'}. Fix: pass the "
            f"mapping made for this file (--mapping), rename the column to the header named, or add "
            f"the file's spelling to [columns] in {where}.",
            path=path,
            column=mapping.headers(missing[0])[0],
        )
    return roles


def _headers_found(header: list[str]) -> str:
    """The file's headers for an error message: the first 20, then how many more."""
    names = [repr(h) for h in header if h]
    return ", ".join(names[:20]) + (f", … ({len(names) - 20} more)" if len(names) > 20 else "")


def clean(value: str) -> str:
    """Strip, drop invisible characters, collapse inner whitespace (newlines included)."""
    return " ".join(value.replace("\u200b", "").replace("\ufeff", "").split())


