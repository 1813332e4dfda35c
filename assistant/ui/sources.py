"""The rows an answer cites: as records the chat keeps in the browser and shows as cards, as the
`/ask` API's table (`citations_table`), as CSV and as the copied text.

One record per citation with every field of the row in both languages (the card relabels with
the UI language without asking the server), its file and row number. Read column-wise, one
pandas call per file, as `chat.citations_table` does: a count may cite thousands of rows.
`sources_csv` is the answer's source list as a CSV file (what the card list's export offers).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

import pandas as pd

from assistant.records import values_at
from assistant.types import Answer, citation_columns
from assistant.ui.text import row_list, text

if TYPE_CHECKING:
    from assistant.api import Assistant

# The fields of a card, in the order shown; "_en" columns hold the English labels.
FIELDS = ("name", "body", "portfolio", "category", "status", "benefits")
BILINGUAL = ("portfolio", "category", "status")
# A card list past this many rows says how many more the CSV holds (a count over a large
# register may cite thousands: the page and the browser's storage stay small).
MAX_CARDS = 400


def empty_table(language: str) -> pd.DataFrame:
    return pd.DataFrame(columns=text(language)["columns"])


def citations_table(assistant: Assistant, answer: Answer) -> pd.DataFrame:
    """The rows an answer cites, labels in the answer's language (category_en/status_en).

    Read column-wise, one pandas call per file (a count may cite half a million rows: one
    lookup per row took seconds); a row no loaded file has shows what its citation carries."""
    suffix = "_en" if answer.language == "en" else ""
    several = len(getattr(assistant, "registers", [None])) > 1
    cited = citation_columns(answer.citations)
    ids, sources = cited["row_id"], cited["source"]
    names, bodies = list(cited["name"]), list(cited["body"])
    categories, statuses = [""] * len(ids), [""] * len(ids)
    by_file: dict[str | None, list[int]] = {}
    for position, source in enumerate(sources):
        by_file.setdefault(source if several else None, []).append(position)
    for source, positions in by_file.items():
        register = _register_of(assistant, source)
        if register is None:
            continue
        df = register.df
        found = df.index.get_indexer([ids[p] for p in positions]) if positions else []
        kept = [(p, loc) for p, loc in zip(positions, found, strict=True) if loc >= 0]
        if not kept:
            continue
        at = [loc for _, loc in kept]
        fields = {key: _column(df, key, at) for key in ("name", "body", "category", "status")}
        for key in ("category", "status"):  # the label in the answer's language, else the French one
            fields[key] = [own or french for own, french in zip(_column(df, key + suffix, at), fields[key], strict=True)]
        for (p, _), name, body, category, status in zip(kept, *fields.values(), strict=True):
            names[p], bodies[p], categories[p], statuses[p] = name, body, category, status
    # With several files (2024 and 2025) a row id alone is ambiguous: "file#id".
    keys = [f"{s}#{i}" for s, i in zip(sources, ids, strict=True)] if several else list(ids)
    records = [list(r) for r in zip(keys, names, bodies, categories, statuses, strict=True)]
    return pd.DataFrame(records, columns=text(answer.language)["columns"])


def _register_of(assistant: Assistant, source: str | None) -> Any:
    """The loaded file `source` names (None: the assistant's one register), or None."""
    if source is None:
        return assistant.register
    return next((r for r in assistant.registers if r.source == source), None)


def _column(df: pd.DataFrame, key: str, at: list[int]) -> list[Any]:
    """Column `key` at positions `at`, as `Register.row` gives it (None when the file lacks it)."""
    return values_at(df, key, at) if key in df.columns else [None] * len(at)


def source_records(assistant: Assistant, answer: Answer, limit: int | None = MAX_CARDS) -> list[dict[str, Any]]:
    """{"key", "row_id", "source", "name", "body", "portfolio", "portfolio_en", ...} per cited
    row, in citation order. `key` is the row id, or "file#id" with several files loaded."""
    registers = getattr(assistant, "registers", None) or [assistant.register]
    several = len(registers) > 1
    cited = citation_columns(answer.citations)
    count = len(cited["row_id"]) if limit is None else min(limit, len(cited["row_id"]))
    ids, sources = cited["row_id"][:count], cited["source"][:count]
    records = [
        {"key": f"{s}#{i}" if several else str(i), "row_id": int(i), "source": s,
         "name": n, "body": b}
        for i, s, n, b in zip(ids, sources, cited["name"][:count], cited["body"][:count], strict=True)
    ]  # fmt: skip
    by_file: dict[str, list[int]] = {}
    for position, source in enumerate(sources):
        by_file.setdefault(source, []).append(position)
    for source, positions in by_file.items():
        register = next((r for r in registers if r.source == source), None)
        if register is None and not several:
            register = assistant.register
        if register is None:
            continue
        df = register.df
        found = df.index.get_indexer([ids[p] for p in positions])
        kept = [(p, loc) for p, loc in zip(positions, found, strict=True) if loc >= 0]
        if not kept:
            continue
        at = [loc for _, loc in kept]
        columns = [c for c in (*FIELDS, *(f"{f}_en" for f in BILINGUAL)) if c in df.columns]
        values = {c: values_at(df, c, at) for c in columns}
        for n, (p, _) in enumerate(kept):
            for column in columns:
                value = values[column][n]
                records[p][column] = "" if value is None else str(value)
    return records


def sources_csv(records: list[dict[str, Any]], headers: dict[str, str], language: str) -> str:
    """The source list as CSV (labels in `language`); a cell that a spreadsheet would run as a
    formula (=, +, -, @) is prefixed with an apostrophe."""
    keys = ["key", *FIELDS, "source"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([headers[k] for k in keys])
    for record in records:
        writer.writerow([_safe(field_value(record, k, language)) for k in keys])
    return out.getvalue()


def field_value(record: dict[str, Any], key: str, language: str) -> str:
    """One field of a source record, in `language` when the register has that label."""
    if language == "en" and key in BILINGUAL and record.get(f"{key}_en"):
        return str(record[f"{key}_en"])
    return str(record.get(key) or "")


def _safe(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def copy_text(answer: Answer, language: str) -> str:
    """The answer followed by "Sources : FILE, lignes 12, 15" (every cited row, per file)."""
    by_source: dict[str, list[int]] = {}
    cited = citation_columns(answer.citations)
    for source, row_id in zip(cited["source"], cited["row_id"], strict=True):
        by_source.setdefault(source, []).append(row_id)
    lines = [answer.answer]
    for source, ids in by_source.items():
        lines.append(text(language)["sources"].format(source=source, rows=row_list(ids, language)))
    return "\n\n".join(lines)
