"""Dates a spreadsheet rewrote before the register was published, read back as what was typed.

Two artefacts of registers kept in Excel (the US 2024 inventory has both):
- a year typed into a date cell becomes that many days after 30 Dec 1899: "2024" is shown as
  7/16/1905. A 1905 date between 12 June and 22 July is the year 1990–2030 typed as a number.
- "Nov 2024" typed as text becomes 1 Nov 2024 shown as "24-Nov" (year-month): read as
  2024-11 when every such cell of the column starts with a year from 2010 to next year (a
  day-of-month reading would spread over 1–31, days 1–9 included).
Without this, "7/16/1905" counts as 1905 and "24-Nov" as the year 1. A date followed by a
comment in brackets ("2022-08 (estimated)") is read without the comment.
"""

from __future__ import annotations

import datetime as dt
import re

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL = re.compile(r"(\d{1,2})/(\d{1,2})/1905|1905-(\d{2})-(\d{2})(?:[ T].*)?")
_COMMENTED = re.compile(r"(.*\d)\s*\([^()]*\)\s*")
_YEAR_MONTH = re.compile(r"(\d{1,2})-([A-Za-z]{3})")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
FIRST_YEAR, LAST_YEAR = 1990, 2030


def _typed_year(cell: str) -> int | None:
    """The year a 1905 serial date stands for, or None."""
    found = _SERIAL.fullmatch(cell.strip())
    if not found:
        return None
    month, day = (int(found[1]), int(found[2])) if found[1] else (int(found[3]), int(found[4]))
    try:
        year = (dt.date(1905, month, day) - _EXCEL_EPOCH).days
    except ValueError:
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def read_back(cells: list[str]) -> tuple[list[str], list[str], str]:
    """The cells with each artefact rewritten ("2024", "2024-11"), the years whose month is
    unknown (a typed year: year only), and a note on what was read back ("" when nothing)."""
    commented = [_COMMENTED.fullmatch(c) for c in cells]
    cells = [m[1] if m else c for c, m in zip(cells, commented, strict=True)]
    pairs = [_YEAR_MONTH.fullmatch(c.strip()) for c in cells]
    shaped = [p for p in pairs if p and p[2].lower() in _MONTHS]
    # Days of the month would include 1–9; years of a register written since 2010 do not.
    latest = dt.date.today().year + 1 - 2000
    year_months = bool(shaped) and all(10 <= int(p[1]) <= latest for p in shaped)
    out, year_only, serials, months = [], [], 0, 0
    for cell, pair in zip(cells, pairs, strict=True):
        if (year := _typed_year(cell)) is not None:
            out.append(str(year))
            year_only.append(str(year))
            serials += 1
        elif year_months and pair and pair[2].lower() in _MONTHS:
            out.append(f"{2000 + int(pair[1]):04d}-{_MONTHS[pair[2].lower()]:02d}-01")
            year_only.append("")
            months += 1
        else:
            out.append(cell)
            year_only.append("")
    said = [f"{n} date(s) with a comment in brackets, read without it"] if (n := sum(map(bool, commented))) else []
    if serials:
        said.append(f"{serials} year(s) typed into a date cell (7/16/1905 = 2024)")
    if months:
        said.append(f"{months} month(s) written year first (24-Nov = November 2024)")
    return out, year_only, "; ".join(said)
