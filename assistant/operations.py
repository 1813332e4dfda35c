"""The plan operations beyond filters, column-wise over the register (execute.py uses them):
exclusions, a text field filled, blank or holding a word (`FIELD:given`, `FIELD:has`), the
groups a ranking or breakdown keeps (`having`, `order`, ties at a top-N cut),
whether a stated figure holds (`claim`), conditions on a number field (`thresholds`) and the
measures over one (`measure`: sum, mean, min, max; blank cells left out and counted).

Each works on whole columns or on the (few) groups, never row by row, so a count over a million
rows stays as fast with them as without.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from assistant.register.labels import normalise

# Plan field -> register column holding the canonical value the filters use.
COLUMN = {"body": "body", "portfolio": "portfolio", "category": "category_key", "status": "status_key"}
OPS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip
SCOPE_FIELDS = ("body", "portfolio")  # the fields that bound the groups considered; the others are counted


# A text field's cells read as a condition: filled in ("yes") or not ("no"), and holding a word.
GIVEN, HAS = ":given", ":has"
# Cells that say "none" in so many words: where a column has some, they are its "no" (its blank
# cells said nothing: NYC's 2022 report left the vendor blank, its 2023 report wrote "N/A").
SAYS_NONE = frozenset({"n/a", "na", "n.a.", "none", "nil", "not applicable", "no", "-", "—", "s/o", "sans objet", "aucun", "aucune", "ne s'applique pas"})


def column(field: str) -> str:
    """The register column a plan field filters on: a role's canonical column, or a typed
    field's own (assistant/register/fields.py: the field key is its column); `KEY:given` and
    `KEY:has` read the text field KEY's column."""
    return COLUMN.get(field) or field.removesuffix(GIVEN).removesuffix(HAS)


def text_condition(field: str) -> str | None:
    """GIVEN or HAS when `field` is a text field read as a condition, else None."""
    return next((s for s in (GIVEN, HAS) if field.endswith(s)), None)


def cell_text(cells: pd.Series) -> pd.Series:
    """A text or list column's cells as stripped text (a list cell: its items joined; blank: "")."""
    return cells.map(lambda c: "; ".join(c) if isinstance(c, tuple) else c).fillna("").astype(str).str.strip()


def says_none(cells: pd.Series) -> bool:
    """Whether a text column says "none" in words in some cells ("N/A"): then its blank cells said nothing."""
    return bool(cell_text(cells).str.casefold().isin(SAYS_NONE).any())


def condition_said(field: str, values: list[str], fr: bool) -> str:
    """A text field read as a condition, as the understood line says its values."""
    if text_condition(field) == HAS:
        return " | ".join((f"mentionne « {v} »" if fr else f'mentions "{v}"') for v in values)
    return ("renseigné" if fr else "given") if values == ["yes"] else ("aucun renseigné" if fr else "none given")


def isin(df: pd.DataFrame, field: str, values: list[str]) -> pd.Series:
    """Rows whose `field` is one of `values`; a multi-valued cell (a tuple) when any item is.
    `KEY:given` ["yes"] / ["no"]: the text cell filled in / not (the cells that say "N/A" when
    the column has some, else the blank ones); `KEY:has` [words]: the text cell holds one of the
    words (case and accents aside)."""
    cells = df[column(field)]
    if (condition := text_condition(field)) == GIVEN:
        said = cell_text(cells)
        none = said.str.casefold().isin(SAYS_NONE)
        given = (said != "") & ~none
        if "yes" in values:
            return given
        return (none if none.any() else said == "") if "no" in values else given & False
    if condition == HAS:
        held = None
        for word in values:
            part = names_holding(cells, [word])
            held = part if held is None else held | part
        return held if held is not None else cells.astype(bool) & False
    if cells.dtype == object and len(cells) and isinstance(cells.iloc[0], tuple):
        wanted = set(values)
        return cells.map(lambda items: not wanted.isdisjoint(items))
    return cells.isin(values)


def excluded(values: list[str]) -> list[str]:
    """The values an exclusion leaves out: a blank is never one (rows with a blank cell stay)."""
    return [v for v in values if isinstance(v, str) and v.strip()]


def mask(
    df: pd.DataFrame, filters: dict[str, list[str]], exclude: dict[str, list[str]], thresholds: Any = ()
) -> pd.Series | None:
    """Rows within `filters` (OR within a field, AND across), outside `exclude`, and whose number
    fields meet every (field, op, value) of `thresholds` (a blank cell meets none); None: every row."""
    keep = None
    for field, op, value in thresholds:
        part = OPS[op](df[column(field)], value).fillna(False).astype(bool)
        keep = part if keep is None else keep & part
    for field, values in filters.items():
        part = isin(df, field, values)
        keep = part if keep is None else keep & part
    for field, values in exclude.items():
        if left_out := excluded(values):
            part = ~isin(df, field, left_out)
            keep = part if keep is None else keep & part
    return keep


def universe(df: pd.DataFrame, field: str, filters: dict[str, list[str]], exclude: dict[str, list[str]]) -> list[Any]:
    """The groups a condition or a fewest-first ranking considers, those with no counted row too:
    the values of `field` among the rows within the body/portfolio filters and exclusions and
    the grouped field's own (a value the plan filters out or excludes is no group)."""
    bounds = (*SCOPE_FIELDS, field)
    keep = mask(
        df,
        {f: v for f, v in filters.items() if f in bounds},
        {f: v for f, v in exclude.items() if f in bounds},
    )
    cells = df[column(field)] if keep is None else df.loc[keep, column(field)]
    if cells.dtype == object and len(cells) and isinstance(cells.iloc[0], tuple):
        cells = cells.explode()
    return cells.dropna().unique().tolist()


def keep_groups(
    groups: list[dict[str, Any]],
    having: list[tuple[str, int]] | list[list[Any]],
    ascending: bool,
) -> list[dict[str, Any]]:
    """The groups meeting every (op, n) condition, most rows first (fewest first when
    `ascending`), then by label; groups of equal count and label keep their order."""
    kept = [g for g in groups if all(OPS[op](g["count"], n) for op, n in having)]
    return sorted(kept, key=lambda g: (g["count"] if ascending else -g["count"], g["label"]))


def cut(groups: list[dict[str, Any]], top_n: int | None) -> list[dict[str, Any]]:
    """The first `top_n` groups (ordered by count), and every group tied with the last one shown."""
    if not top_n or len(groups) <= top_n:
        return groups
    last = groups[top_n - 1]["count"]
    end = top_n
    while end < len(groups) and groups[end]["count"] == last:
        end += 1
    return groups[:end]


def claim_check(claim: dict[str, Any], figure: float, percent: bool) -> dict[str, Any]:
    """`claim` ({"op", "value", "unit"}) checked against the register's `figure`: "~" holds within
    2 points of a percentage, within 10% of a count (at least 1). A figure of None (a share of
    an empty base) holds no claim."""
    op, value = claim.get("op", "=="), claim.get("value", 0)
    if figure is None:
        holds = False
    elif op == "~":
        holds = abs(figure - value) <= (2 if percent else max(1, 0.1 * figure))
    else:
        holds = bool(OPS[op](figure, value))
    return {"op": op, "value": value, "unit": claim.get("unit", ""), "holds": holds}


MEASURES = ("sum", "mean", "min", "max")  # what a plan's `measure` computes over a number field


def measure(values: pd.Series, op: str) -> float | None:
    """`op` over a number field's `values` (blank cells already left out); None when none is left."""
    if op not in MEASURES:
        raise ValueError(f"unknown measure {op!r}; measures: {', '.join(MEASURES)}")
    if values.empty:
        return None
    result = float(getattr(values, op)())
    return round(result, 6)


def extremes(values: pd.Series, op: str, top_n: int | None) -> pd.Series:
    """min/max: the rows holding the `top_n` lowest/highest values (1 by default), and every row
    tied with the last one shown; ordered, ties in their row order."""
    ordered = values.sort_values(ascending=op == "min", kind="stable")
    n = max(1, top_n or 1)
    if len(ordered) <= n:
        return ordered
    last = ordered.iloc[n - 1]
    return ordered[: n + int((ordered.iloc[n:] == last).sum())]


def names_holding(names: Any, words: list[str]) -> Any:
    """A boolean Series: the names (a pandas Series) holding every word, case and accents aside;
    a short word (3 letters or fewer: "IA", "RH") as a whole word, a longer one anywhere
    ("chatbot" in "Chatbots")."""
    folded = names.fillna("").astype(str).map(normalise)
    keep = None
    for w in words:
        said = normalise(w)
        if len(said) <= 3:
            part = folded.str.contains(rf"(?<![^\W_]){re.escape(said)}(?![^\W_])", regex=True)
        else:
            part = folded.str.contains(said, regex=False)
        keep = part if keep is None else keep & part
    return keep
