"""`portrait-ia mapping draft DATA_FILE` and `portrait-ia mapping check MAPPING --data FILE`.

`draft` writes a commented mapping for a register file nobody has mapped yet
(assistant/register/draft.py); `check` prints what loading a file through a mapping decides
(rows, roles, typed fields and their counts, labels, blanks, notes, clashes, unused headers), so a
user edits a mapping and sees the effect without asking a question. Both exit 0 when the mapping
loads and 1 with the error line (which names the fix) when it does not.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

TOP = 12  # values listed per field or label table


def add_parser(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "mapping", help="draft a mapping for a new register file, or check one against its file"
    )
    actions = group.add_subparsers(dest="mapping_command", required=True, metavar="ACTION")
    draft = actions.add_parser(
        "draft",
        help="write a commented mapping guessed from a register file (roles, typed fields, labels with counts)",
        description="Reads DATA_FILE (CSV or XLSX) and writes a mapping that loads it as it is: the six roles and a"
        " typed field for every other column, guessed from headers and values, each guess commented with its"
        " reason and counts. Translate the lines marked TODO, then `portrait-ia mapping check`.",
    )
    draft.add_argument("data_file", metavar="DATA_FILE", help="the register file (CSV or XLSX)")
    draft.add_argument(
        "--out", metavar="FILE", help="where to write the mapping (default: print it)"
    )
    draft.set_defaults(run=run_draft)
    check = actions.add_parser(
        "check",
        help="print what loading a file through a mapping decides (rows, fields, labels, blanks, clashes)",
        description="Loads --data through MAPPING and prints the rows, each role's column, each typed field with its"
        " counts, label tables with counts, blanks, loading notes, clashes and the headers the mapping does not"
        " use. Exit status 0 when it loads, 1 with the error (and its fix) when it does not.",
    )
    check.add_argument(
        "mapping", metavar="MAPPING", help="a mapping file (TOML) or a built-in name"
    )
    check.add_argument(
        "--data", required=True, metavar="FILE", help="the register file to load through it"
    )
    check.set_defaults(run=run_check)


def run_draft(args: argparse.Namespace) -> int:
    from assistant.register.draft import draft_mapping
    from assistant.register.files import RegisterError
    from assistant.register.mapping import MappingError

    out = Path(args.out) if args.out else None
    try:
        drafted = draft_mapping(Path(args.data_file), out)
    except (RegisterError, MappingError) as exc:
        print(f"portrait-ia mapping draft: error: {exc}", file=sys.stderr)
        return 1
    kinds = Counter(drafted.fields.values())
    summary = (f"Drafted: {drafted.rows} rows load; roles: {', '.join(f'{r} ← {h!r}' for r, h in drafted.roles.items())}; "
               f"{len(drafted.fields)} typed fields ({', '.join(f'{n} {k}' for k, n in kinds.most_common())}).")  # fmt: skip
    if out is None:
        sys.stdout.write(drafted.text)
        print(summary, file=sys.stderr)
        return 0
    out.write_text(drafted.text, encoding="utf-8")
    print(f"{summary}\nWrote {out}. Next: portrait-ia mapping check {out} --data {args.data_file}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from assistant.register.files import RegisterError
    from assistant.register.mapping import MappingError

    try:
        lines = check_lines(args.mapping, Path(args.data))
    except (RegisterError, MappingError) as exc:
        print(f"portrait-ia mapping check: error: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


def _words_lines(mapping) -> list[str]:
    """The register's nouns as answers will say them ([items], [register], [role_names]), so a
    wrong gender or plural shows before a question does: « aucun cas d'usage », « de l'agence »."""
    from assistant.register.nouns import phrase
    from assistant.register.wording import nouns

    fr, en = nouns("fr", mapping), nouns("en", mapping)
    lines = ["Words (answers say):"]
    for key in ("item", "register", *mapping.roles):
        f, e = fr[key], en[key]
        said = (f"{phrase('no', f)}, {phrase('of the', f)}, {phrase('', f, many=True)}" if key != "register"
                else f"{phrase('the', f)}, {phrase('of the', f)}")  # fmt: skip
        lines.append(f"  {key:<10} {e.one!r}/{e.many!r} · « {f.one} » ({f.gender}): « {said} »")
    return lines


def check_lines(mapping_spec: str | Path, data: Path) -> list[str]:
    """What loading `data` through the mapping decides, as printed lines (raises on an error)."""
    from assistant.register.files import map_header, read_table
    from assistant.register.load import load_register
    from assistant.register.mapping import load_mapping

    mapping = load_mapping(mapping_spec)
    register = load_register(data, mapping)
    table = read_table(data, data.read_bytes(), mapping)
    roles = map_header(data, table.header, mapping)
    df = register.df
    where = mapping.path or mapping.name
    lines = [
        f"Mapping: {where} (name {mapping.name!r}, language {mapping.language}, required {list(mapping.required)})",
        f"Data: {data} — {len(df)} rows load",
        "Roles:",
    ]
    for role in mapping.roles:
        header = table.header[roles[role]]
        column = df[role]
        blanks = int(
            sum(
                1
                for _, _, cells in table.rows
                if not (cells[roles[role]].strip() if roles[role] < len(cells) else "")
            )
        )
        lines.append(
            f"  {role:<10} ← {header!r}: {column.nunique()} distinct values, {blanks} blank cell(s) in the file"
        )
    for role, headers in mapping.aliases.items():
        lines.append(f"  {role} other names ← {' or '.join(repr(h) for h in headers)}")
    for role, other in mapping.fallback.items():
        lines.append(f"  a blank {role} takes the {other}")
    lines += _words_lines(mapping)
    for role in ("category", "status"):
        if role in mapping.roles:
            counts = df[f"{role}_key"].value_counts()
            lines.append(
                f"{role.capitalize()} labels ({len(mapping.labels(role))}; unknown → {mapping.unknown[role]}, blank → {mapping.blank[role]}):"
            )
            for label in sorted(mapping.labels(role), key=lambda lb: -int(counts.get(lb.key, 0))):
                n = int(counts.get(label.key, 0))
                lines.append(
                    f"  {label.key}: {n} — {label.en!r} / {label.fr!r}"
                    + ("  (no row)" if not n else "")
                )
    lines.append(
        f"Typed fields ({len(mapping.fields)}):" if mapping.fields else "Typed fields: none"
    )
    lines += [f"  {line}" for spec in mapping.fields for line in _field_lines(spec, df)]
    lines.append("Loading notes:" if register.notes else "Loading notes: none")
    lines += [f"  {note}" for note in register.notes]
    clashes = _clashes(mapping)
    lines.append("Clashes:" if clashes else "Clashes: none")
    lines += [f"  {c}" for c in clashes]
    used = {
        h for headers in (*mapping.columns.values(), *mapping.aliases.values()) for h in headers
    }
    used |= {h for spec in mapping.fields for headers in spec.columns.values() for h in headers}
    used |= {source for source, _ in getattr(mapping, "alias_patterns", {}).values()}  # [aliases] from = "Agency Abbreviation"
    used |= {
        h
        for per_language in mapping.bilingual.values()
        for headers in per_language.values()
        for h in headers
    }
    from assistant.register.labels import normalise

    keys = {normalise(h).rstrip(" :*") for h in used}
    unused = [h for h in table.header if h and normalise(h).rstrip(" :*") not in keys]
    lines.append(
        f"Headers not used by the mapping ({len(unused)}):"
        if unused
        else "Headers not used by the mapping: none"
    )
    lines += [f"  {h!r}" for h in dict.fromkeys(unused)]
    return lines


def _field_lines(spec: Any, df: pd.DataFrame) -> list[str]:
    headers = " / ".join(
        f"{lang + ': ' if lang else ''}{h[0]!r}" for lang, h in spec.columns.items()
    )
    head = f"{spec.key} ({spec.type}) ← {headers}" + (
        f"; names: {', '.join(spec.names())}" if spec.names() else ""
    )
    if spec.type == "private":
        return [f"{head}: never loaded (not shown, not indexed)"]
    cells = df[spec.key]
    if spec.type == "flag":
        counts = cells.value_counts()
        given = f"yes {int(counts.get('yes', 0))} · no {int(counts.get('no', 0))} · not given {int(counts.get('', 0))}"
        return [f"{head}: {given}"]
    if spec.type == "date":
        years = pd.to_numeric(cells[cells != ""], errors="coerce").dropna()
        span = (
            f"years {int(years.min())}–{int(years.max())}, {len(years)} dated"
            if len(years)
            else "no date read"
        )
        return [f"{head}: {span}, {int((cells == '').sum())} not given"]
    if spec.type == "number":
        numbers = cells.dropna()
        if not len(numbers):
            return [f"{head}: no number read"]
        return [
            f"{head}: {len(numbers)} numbers, min {numbers.min():g}, max {numbers.max():g}, mean {numbers.mean():g}, sum {numbers.sum():g}"
        ]
    if spec.type in ("label", "multi"):
        values = cells.explode() if spec.type == "multi" else cells
        counts = values[values.notna() & (values != "")].value_counts()
        shown = " · ".join(f"{spec.value_label(v, 'en')} {n}" for v, n in counts.head(TOP).items())
        more = f" · … {len(counts) - TOP} more" if len(counts) > TOP else ""
        blank = int(cells.map(lambda v: v in ("", ()) or v != v).sum())
        return [f"{head}: {len(counts)} values: {shown}{more}; not given {blank}"]
    blank = int((cells == "").sum())
    return [f"{head}: {cells[cells != ''].nunique()} distinct, {blank} blank"]


def _clashes(mapping: Any) -> list[str]:
    """Names that find two things: a name shared by two fields, a field name that is also a label."""
    from assistant.register.labels import normalise

    owners: dict[str, set[str]] = {}
    for spec in mapping.fields:
        for name in spec.names():
            owners.setdefault(normalise(name), set()).add(f"field {spec.key}")
    for role in ("category", "status"):
        for label in mapping.labels(role):
            for spelling in (label.fr, label.en, *label.aliases):
                if normalise(spelling) in owners:
                    owners[normalise(spelling)].add(f"{role} label {label.key}")
    return [f"{name!r} names {' and '.join(sorted(who))}: questions will take one; rename one of them"
            for name, who in owners.items() if len(who) > 1]  # fmt: skip
