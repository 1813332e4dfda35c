"""Interpreting a register's rows: every cell checked, labels made canonical, blanks named.

Each row of the raw table (assistant/register/files.py) becomes one record with the register's
canonical labels in both languages, its portfolio's canonical spelling and English name (from the
mapping's [portfolios]), and a stable `row_id`. Every problem of every row is collected first,
then reported together (up to ten), each with its fix said once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from assistant.register.files import RegisterError, Table, clean, is_blank
from assistant.register.labels import Label, normalise
from assistant.register.mapping import LABELLED, ROLES, Mapping
from assistant.register.wording import blank_label, stored_blank

COLUMNS = tuple(
    "row_id name category category_en category_key body portfolio portfolio_en benefits "
    "status status_en status_key source".split()
)
MAX_REPORTED = 10  # row problems listed in one error; the rest are counted
_EXTRA_CELLS_HINT = (
    "a value probably contains the delimiter without quotes; quote it or re-export the file"
)


def named_blanks(roles: dict[str, int], mapping: Mapping) -> dict[str, tuple[str, str]]:
    """Role -> (value, English value) a blank body or portfolio cell takes, in the register's words:
    the body's in the file's language (as its other bodies are written), the portfolio's French
    with its `portfolio_en`. A mapping may keep them blank (`named_blanks = []`: Québec's)."""
    found = {}
    for role in mapping.named_blanks:
        if role in roles:
            found[role] = (stored_blank(role, mapping), blank_label(role, "en", mapping))
    return found


def other_names(path: Path, table: Table, roles: dict[str, int], mapping: Mapping) -> dict[str, dict[str, tuple[str, ...]]]:
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
            value = clean(cells[roles[role]]) if roles[role] < len(cells) else ""
            alias = clean(cells[at]) if at < len(cells) else ""
            if value and alias and normalise(alias) != normalise(value):
                names.setdefault(value, set()).add(alias)
    for role, (header, pattern) in mapping.alias_patterns.items():  # "DOI" out of "DOI-0015"
        at = where.get(normalise(header).rstrip(" :*"))
        if at is None:
            raise RegisterError(
                f"{path}: the mapping {mapping.name!r} takes {role} names from a column this file lacks "
                f"({header!r}). Fix: correct [aliases.{role}] from.",
                path=path,
            )
        names = found.setdefault(role, {})
        compiled = re.compile(pattern)
        for _, _, cells in table.rows:
            value = clean(cells[roles[role]]) if roles[role] < len(cells) else ""
            match = compiled.search(clean(cells[at])) if at < len(cells) else None
            if value and match and match.group(1) and normalise(match.group(1)) != normalise(value):
                names.setdefault(value, set()).add(match.group(1))
    for role, values in mapping.alias_values.items():  # inline: "HHS/NIH" = ["NIH", …]
        names = found.setdefault(role, {})
        for value, others in values.items():
            value = mapping.canonical_portfolio(value) if role == "portfolio" else " ".join(value.split())
            names.setdefault(value, set()).update(others)
    return {role: {v: tuple(sorted(a)) for v, a in names.items()} for role, names in found.items()}


def _label_hint(role: str, mapping: Mapping) -> str:
    accepted = "; ".join(f"{lb.fr!r} ({lb.en})" for lb in mapping.labels(role))
    where = f"the mapping {mapping.path or mapping.name}"
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


def normalise_rows(
    path: Path,
    table: Table,
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
    for row_id, where, cells in table.rows:
        value = {r: clean(cells[roles[r]]) if r in roles and roles[r] < len(cells) else "" for r in ROLES}
        for role, other in mapping.fallback.items():
            if not value[role]:
                value[role] = value[other]
        issues = []  # (role or "", kind, detail, hint)
        if len(cells) > width and not is_blank(cells[width:]):
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
        portfolio = mapping.canonical_portfolio(value["portfolio"])
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
                "portfolio_en": portfolio_en_text or (mapping.portfolio_en(portfolio) if portfolio else ""),
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
