"""Years asked of a register's date fields: "implemented in 2024", « amorcés depuis 2022 »,
"retired before 2023", "by year of implementation".

A year in a question means a date field only when the field is named next to it (its names in
the mapping, both languages): "in 2024" alone is the file's year (years.py), never a guess at
which date was meant. The condition becomes a filter on the field's years (`fields.years_from`),
so counts, lists, shares and exclusions work on it like on any other value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.register.fields import years_from
from assistant.understand.lexicon import fold

_OPS = (
    (r"depuis|since|from|a partir de|as of|starting in|starting|after|apres|later than", ">="),
    (r"before|avant|prior to|earlier than", "<"),
    (r"in|en|during|pendant|durant|au cours de|dans l annee|in the year|year", "=="),
)
_YEAR = r"(19\d\d|20\d\d)"
_WINDOW = 6  # words at most between a field's name and its year
_PER_YEAR = re.compile(r"\b(?:by|per|each|every|par|chaque|pour chaque|for each) (?:calendar |fiscal )?(?:year|annee|an)\b|\b(?:annuel\w*|yearly|annual\w*)\b")


@dataclass(frozen=True)
class DateCondition:
    field: str
    op: str
    year: int
    start: int  # span of the field's name and its year in the question
    end: int


def _name_pattern(field: Any) -> re.Pattern[str]:
    names = sorted({" ".join(fold(n).split()) for n in field.names() if fold(n).strip()}, key=len, reverse=True)
    # « lancés » also says « lancées »: a name's feminine and plural forms; "implemented" also
    # says "implementation", "retired" "retirement", "initiated" "initiation", "deployed" "deployment"
    # "implementation date", « date de mise en service »: the field's name with its "date" said
    return re.compile(r"\b(?:date (?:of |de |d )?)?(?:" + "|".join(r"\s+".join(map(_forms, n.split())) + r"(?:e?s)?" for n in names) + r")(?: dates?| years?)?\b")


def _forms(word: str) -> str:
    if len(word) > 5 and word.endswith("ed"):
        return re.escape(word[:-2]) + r"(?:ed|e|ation|ment|ement|ion|ing)"
    return re.escape(word)


def conditions(question: str, fields: tuple[Any, ...]) -> list[DateCondition]:
    """The date conditions a question states, at most one per field."""
    folded = fold(question).replace("'", " ").replace("’", " ")
    found = []
    for field in fields:
        if field.type != "date" or not field.names():
            continue
        for name in _name_pattern(field).finditer(folded):
            after = folded[name.end():]
            before = folded[: name.start()]
            ops = "|".join(o for o, _ in _OPS)
            near = re.match(rf"(?:\s+\S+){{0,{_WINDOW}}}?\s+(?:(?P<op>{ops})\s+)?{_YEAR}\b", after)
            if near is not None:
                start, end = name.start(), name.end() + near.end()
            else:
                near = re.search(rf"(?:(?P<op>{ops})\s+)?{_YEAR}(?:\s+\S+){{0,{_WINDOW}}}?\s*$", before)
                if near is None:
                    continue
                start, end = near.start(), name.end()
            said = near.group("op")
            op = next((sym for words, sym in _OPS if said and re.fullmatch(words, said)), "==")
            found.append(DateCondition(field.key, op, int(near.group(near.lastindex)), start, end))
            break
    return found


def per_year(question: str, fields: tuple[Any, ...]) -> DateCondition | None:
    """The date field a question groups by ("implemented each year", « retirés par année »), as a
    condition with no operator (its span covers the field's name, which is no status then)."""
    folded = fold(question).replace("'", " ").replace("’", " ")
    if not _PER_YEAR.search(folded):
        return None
    for f in fields:
        if f.type == "date" and f.names() and (name := _name_pattern(f).search(folded)):
            return DateCondition(f.key, "", 0, name.start(), name.end())
    return None


def apply(plan: Any, found: list[DateCondition], df: Any) -> None:
    """Each condition as a filter on the field's years present in the register (a sentinel
    value no row holds when none is, so the count is an honest 0)."""
    for c in found:
        if not c.op:  # "each year": a grouping, not a filter
            continue
        present = [str(v) for v in df[c.field].dropna().unique() if str(v).strip()]
        years = years_from(present, c.op, c.year)
        plan.filters[c.field] = years or [f"{c.op} {c.year}"]
