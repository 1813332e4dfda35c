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
from pathlib import Path
from typing import Any

from assistant.register.fields import years_from
from assistant.understand.lexicon import fold
from assistant.understand.word_lists import WordLists, load

_WORDS = load(Path(__file__).with_name("date_words.toml"))  # the words: data, per language


def _alternation(words: WordLists, name: str) -> str:
    return "|".join(map(re.escape, words.words(name)))


def _ops(words: WordLists) -> tuple[tuple[str, str], ...]:
    """How a year is put, as (alternation of words, operator)."""
    return tuple((_alternation(words, name), op) for name, op in (("since", ">="), ("before", "<"), ("during", "==")))


_OPS = _ops(_WORDS)
_IN_YEAR = _alternation(_WORDS, "in_year")  # « en 2024 », "in 2024": the year alone, on a register's one date field
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_MONTHS = {word: number for number, name in enumerate(_MONTH_NAMES, 1) for word in _WORDS.words(name)}
# "2025", "December 2025", "1 Jan 2026", « juin 2025 », "2025-12": a year, with its month when said
_YEAR = (
    r"(?:(?:(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?)?(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?"  # "1 Jan 2026", "the 1st of March 2025", "March 1, 2025"
    r"(?P<year>19\d\d|20\d\d)(?:-(?P<num>0[1-9]|1[0-2])\b)?"
)
_BOUND = re.compile(rf"\s*,?\s*(?:(?P<later>{_alternation(_WORDS, 'or_later')})|{_alternation(_WORDS, 'or_earlier')})\b")  # after the year
_WINDOW = 6  # words at most between a field's name and its year
_PER_YEAR = _WORDS.pattern("per_year")  # "by year", « par année », "annually", "which year"
_PER_MONTH = _WORDS.pattern("per_month")  # "by month", « par mois », "which month"
_WHICH_ONE = _WORDS.pattern("which_one")  # "which year had the most", « quel mois … le moins »: the top one
_WHICH_MONTH = _WORDS.pattern("which_month")
_EACH_YEAR = _WORDS.pattern("each_year")
_ARTICLE = _alternation(_WORDS, "article")  # « depuis *le* 1er janvier 2026 »
# "the 2025 records", « les fiches (de) 2024 »: a year next to the items is their date (the
# register's one date field); English puts the year before the noun, French after it.
_ITEM_EN = "|".join(map(re.escape, _WORDS.words_by_language["en"]["item_noun"]))
_ITEM_FR = "|".join(map(re.escape, _WORDS.words_by_language["fr"]["item_noun"]))
_YEAR_OF_ITEMS = re.compile(rf"\b(?:(?P<en>19\d\d|20\d\d)(?: s)? (?:{_ITEM_EN})|(?:{_ITEM_FR}) (?:de |d )?(?P<fr>19\d\d|20\d\d))\b")


@dataclass(frozen=True)
class DateCondition:
    field: str
    op: str
    year: int
    start: int  # span of the field's name and its year in the question
    end: int
    month: int = 0  # "in December 2025": the month too (0: the whole year)
    last_month: int = 0  # "in the first half of 2025": months `month` to `last_month`
    one: bool = False  # a grouping that asks for one group ("which month had the most")
    to_year: int = 0  # "between 2020 and 2022": the years `year` to `to_year`


def _name_pattern(field: Any) -> re.Pattern[str]:
    names = sorted({" ".join(fold(n).split()) for n in field.names() if fold(n).strip()}, key=len, reverse=True)
    # « lancés » also says « lancées »: a name's feminine and plural forms; "implemented" also
    # says "implementation", "retired" "retirement", "initiated" "initiation", "deployed" "deployment"
    # "implementation date", « date de mise en service »: the field's name with its "date" said
    return re.compile(r"\b(?:date (?:of |de |d )?)?(?:" + "|".join(r"\s+".join(map(_forms, n.split())) + r"(?:e?s)?" for n in names) + r")(?: dates?| years?)?\b")


def _forms(word: str) -> str:
    if len(word) > 5 and word.endswith("ed"):
        return re.escape(word[:-2]) + r"(?:ed|e|es|ation|ment|ement|ion|ing)?"
    return re.escape(word)


_PERIOD_MONTHS = {"half": {"first": (1, 6), "second": (7, 12)},
                  "quarter": {"first": (1, 3), "second": (4, 6), "third": (7, 9), "fourth": (10, 12)}}  # fmt: skip


def _period(language: str, kind: str) -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """"the first half of 2025", « le 3e trimestre de 2024 »: the words of one language, and the
    months each word for which one stands for."""
    table = _WORDS.words_by_language[language]
    months = {word: span for which, span in _PERIOD_MONTHS[kind].items() for word in table[f"{kind}_{which}"]}

    def either(words: Any) -> str:
        return "|".join(map(re.escape, words))

    article, noun, of = (either(table[name]) for name in ("period_article", kind, "period_of"))
    return re.compile(rf"\b(?:(?:{article}) )?({either(months)}) (?:{noun}) (?:(?:{of}) )?(?P<year>(?:19|20)\d\d)\b"), months


_PERIODS = (  # "the first half of 2025", "H2 2024", "Q1 2026", « le premier semestre 2025 », « 3e trimestre »
    _period("en", "half"),
    (re.compile(r"\bh([12]) (?P<year>(?:19|20)\d\d)\b"), {"1": (1, 6), "2": (7, 12)}),
    _period("fr", "half"),
    (re.compile(r"\bq([1-4]) (?P<year>(?:19|20)\d\d)\b"), {str(q): (3 * q - 2, 3 * q) for q in range(1, 5)}),
    _period("en", "quarter"),
    _period("fr", "quarter"),
)


def periods(question: str, fields: tuple[Any, ...]) -> list[DateCondition]:
    """Half-years and quarters, on the register's only date field (or the one named)."""
    dated = [f for f in fields if f.type == "date" and f.names()]
    if not dated:
        return []
    folded = fold(question).replace("'", " ").replace("’", " ")
    named = [f for f in dated if _name_pattern(f).search(folded)]
    field = (named or dated)[0] if len(named) == 1 or len(dated) == 1 else None
    if field is None:
        return []
    for pattern, months in _PERIODS:
        if said := pattern.search(folded):
            first, last = months[said.group(1)]
            return [DateCondition(field.key, "==", int(said.group("year")), said.start(), said.end(), first, last)]
    if (said := _MONTH_RANGE.search(folded)) and _MONTHS[said.group("first")] < _MONTHS[said.group("last")]:
        return [DateCondition(field.key, "==", int(said.group("year")), said.start(), said.end(), _MONTHS[said.group("first")], _MONTHS[said.group("last")])]
    return []


# "between January and June 2025", "from March to May 2025", « de janvier à juin 2025 », "Jan–Jun 2025": months of one year
_MONTH_NAME = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_MONTH_RANGE = re.compile(
    rf"\b(?:(?:between|from|entre|de|d)\s+)?(?P<first>{_MONTH_NAME})\.?\s*(?:(?:and|to|through|et|a|au|jusqu a)\s+|[-–]\s*|\s+)(?P<last>{_MONTH_NAME})\.?\s+(?P<year>(?:19|20)\d\d)\b"
)


# "between 2020 and 2022", "from 2020 to 2022", « entre 2020 et 2022 », « de 2020 à 2022 », "2020-2022"
_RANGE = re.compile(r"\b(?:(?:between|from|entre|de)\s+(?P<a>(?:19|20)\d\d)\s+(?:and|to|through|et|a|au)\s+|(?P<b>(?:19|20)\d\d)\s*[-–\s]\s*)(?P<to>(?:19|20)\d\d)\b")


def ranges(question: str, fields: tuple[Any, ...]) -> list[DateCondition]:
    """Years from one to another, both included, on the date field named (or the only one)."""
    dated = [f for f in fields if f.type == "date" and f.names()]
    folded = fold(question).replace("'", " ").replace("’", " ")
    named = [f for f in dated if _name_pattern(f).search(folded)]
    field = (named or dated)[0] if len(named) == 1 or len(dated) == 1 else None
    said = _RANGE.search(folded) if field is not None else None
    if said is None or int(said.group("a") or said.group("b")) >= int(said.group("to")):
        return []
    return [DateCondition(field.key, ">=", int(said.group("a") or said.group("b")), said.start(), said.end(), to_year=int(said.group("to")))]


def conditions(question: str, fields: tuple[Any, ...]) -> list[DateCondition]:
    """The date conditions a question states, at most one per field."""
    folded = fold(question).replace("'", " ").replace("’", " ")
    if found := periods(question, fields) or ranges(question, fields):
        return found
    candidates = []  # (words between the name and its year, field order, condition)
    for order, field in enumerate(fields):
        if field.type != "date" or not field.names():
            continue
        for name in _name_pattern(field).finditer(folded):
            after = folded[name.end():]
            before = folded[: name.start()]
            ops = "|".join(o for o, _ in _OPS)
            near = re.match(rf"(?:\s+\S+){{0,{_WINDOW}}}?\s+(?:(?P<op>{ops})\s+(?:(?:{_ARTICLE})\s+)?)?{_YEAR}\b", after)
            if near is not None:
                start, end = name.start(), name.end() + near.end()
                year_end = name.end() + max(near.end("year"), near.end("num"))
            else:
                near = re.search(rf"(?:(?P<op>{ops})\s+)?{_YEAR}(?:\s+\S+){{0,{_WINDOW}}}?\s*$", before)
                if near is None:
                    continue
                start, end = near.start(), name.end()
                year_end = max(near.end("year"), near.end("num"))
            said = near.group("op") or (tail.group() if (tail := re.search(rf"\b(?:{ops})$", name.group())) else None)  # "in use since" 2020
            op = next((sym for words, sym in _OPS if said and re.fullmatch(words, said)), "==")
            if bound := _BOUND.match(folded, year_end):
                op = ">=" if bound.group("later") else "<="  # "2020 or later", « 2015 ou avant »
                end = max(end, bound.end())
            if said == "from" and re.search(r"\bdate[sd]$", name.group()) and start == name.start():
                op = "=="  # "whose status dates from 2024": that year, not since
            month = _MONTHS.get(near.group("month") or "") or int(near.group("num") or 0)
            if month and op == ">" and int(near.group("day") or 1) == 1:
                op = ">="  # "after 1 Jan 2026" read at the month
            gap = len(folded[start:end].split()) - len(name.group().split())
            candidates.append((gap, order, DateCondition(field.key, op, int(near.group("year")), start, end, month)))
    # One condition per field, a year read once, by the nearer name ("implemented in 2024, not initiation")
    for _, order, c in sorted(candidates, key=lambda x: x[:2]):
        if all(f.field != c.field and (c.end <= f.start or f.end <= c.start) for _, f in found):
            found.append((order, c))
    found = [c for _, c in sorted(found, key=lambda x: x[0])]
    dated = [f for f in fields if f.type == "date" and f.names()]
    yearly = [f for f in dated if any(re.fullmatch(r"(?:\w+ )?(?:year|annee|année|exercice)", n, re.I) for n in f.names())]
    dated = dated if len(dated) == 1 or len(yearly) != 1 else yearly  # a "year" column (the report's year): what a bare year means
    if not found and len(dated) == 1:  # "… and how many of those since October 2025?": the register's one date
        ops = "|".join(o for o, symbol in _OPS if symbol != "==")
        if near := re.search(rf"\b(?P<op>{ops}|{_IN_YEAR})\s+(?:(?:{_ARTICLE})\s+)?{_YEAR}\b", folded):
            said = near.group("op")
            op = next((sym for words, sym in _OPS if re.fullmatch(words, said)), "==")
            month = _MONTHS.get(near.group("month") or "") or int(near.group("num") or 0)
            found.append(DateCondition(dated[0].key, op, int(near.group("year")), near.start(), near.end(), month))
        elif said := _YEAR_OF_ITEMS.search(folded):
            found.append(DateCondition(dated[0].key, "==", int(said.group("en") or said.group("fr")), said.start(), said.end()))
    elif len(dated) == 1 and len(yearly) == 1 and all(c.field != dated[0].key for c in found):
        # "the tools in the 2022 report were first used before 2015": the report's year besides the other date
        said = next((m for m in _YEAR_OF_ITEMS.finditer(folded) if all(m.end() <= c.start or c.end <= m.start() for c in found)), None)
        if said is not None:
            found.append(DateCondition(dated[0].key, "==", int(said.group("en") or said.group("fr")), said.start(), said.end()))
    return found


def named_again(question: str, found: list[DateCondition], fields: tuple[Any, ...]) -> list[DateCondition]:
    """The names of a field a condition reads, said again elsewhere ("… into service in 2024
    (implementation date)"): the same condition in other words, never a topic nor a grouping."""
    folded = fold(question).replace("'", " ").replace("’", " ")
    again = []
    for c in found:
        field = next((f for f in fields if f.key == c.field), None)
        for name in _name_pattern(field).finditer(folded) if field is not None and c.op else ():
            if name.end() <= c.start or name.start() >= c.end:
                again.append(DateCondition(c.field, "", 0, name.start(), name.end()))
    return again


def per_year(question: str, fields: tuple[Any, ...]) -> DateCondition | None:
    """The date field a question groups by ("implemented each year", « retirés par année »), as a
    condition with no operator (its span covers the field's name, which is no status then)."""
    folded = fold(question).replace("'", " ").replace("’", " ")
    one = _WHICH_ONE.search(folded)
    monthly = _PER_MONTH.search(folded) or _WHICH_MONTH.search(folded)
    said = monthly or one or _PER_YEAR.search(folded)
    if not said:
        return None
    dated = [f for f in fields if f.type == "date" and f.names()]
    suffix, one = (":month" if monthly else ""), one is not None
    for f in dated:
        if name := _name_pattern(f).search(folded):
            return DateCondition(f.key + suffix, "", 0, name.start(), name.end(), one=one)
    if len(dated) == 1 and (monthly or one or _EACH_YEAR.search(folded)):  # "Which month had the most records?": the one date
        return DateCondition(dated[0].key + suffix, "", 0, said.start(), said.end(), one=one)
    return None


def described(question: str, fields: tuple[Any, ...], mentions: list[Any], found: list[DateCondition]) -> list[DateCondition]:
    """A date field said of the rows with no year ("how many implemented use cases", "use cases
    that went live at the DOE", « cas d'usage mis en service »): the rows whose date is given. A
    word that is also a value said there ("retired": a stage) stays that value."""
    from assistant.understand.operators import ITEMS

    folded = fold(question).replace("'", " ").replace("’", " ")
    out = []
    for field in fields:
        if field.type != "date" or not field.names() or any(c.field.split(":")[0] == field.key for c in found):
            continue
        for name in _name_pattern(field).finditer(folded):
            adjective = re.match(rf"\s+(?:ai |ia )?{ITEMS}\b", folded[name.end() :])
            after_items = re.search(rf"(?:\b{ITEMS}\s+(?:(?:that|which|qui)\s+)?|\b(?:ne |n )?{_BEEN}\s+)(?:(?:not|never|yet|pas|jamais|encore|ete)\s+)*$", folded[: name.start()])
            by_whom = re.match(r"\s+(?:by|par)\b", folded[name.end() :])  # "not published by central departments": who, not when
            if (adjective or after_items) and not by_whom and not any(m.start < name.end() and name.start() < m.end for m in mentions):
                out.append(DateCondition(field.key, "any", 0, name.start(), name.end()))
                break
    return out


_BEEN = r"(?:were|was|have been|has been|had been|are|is|got|ont ete|ont|sont|a ete|est|etaient)"
_GIVEN = {"en": "with a date", "fr": "avec une date"}
_NONE = {"en": "no date given", "fr": "sans date"}


def apply(plan: Any, found: list[DateCondition], df: Any) -> None:
    """Each condition as a filter on the field's years present in the register (a sentinel
    value no row holds when none is, so the count is an honest 0)."""
    for c in found:
        if not c.op:  # "each year": a grouping, not a filter
            continue
        if c.op == "any":  # "implemented use cases": every year given
            plan.filters[c.field] = sorted(str(v) for v in df[c.field].dropna().unique() if str(v).strip()) or ["any"]
            plan.dates_said[c.field] = _GIVEN["fr" if plan.language.startswith("fr") else "en"]
            continue
        if c.last_month and f"{c.field}:month" in df.columns:  # "the first half of 2025": those months
            low, high = f"{c.year:04d}-{c.month:02d}", f"{c.year:04d}-{c.last_month:02d}"
            present = [str(v) for v in df[f"{c.field}:month"].dropna().unique() if str(v).strip()]
            plan.filters[f"{c.field}:month"] = sorted(v for v in present if low <= v <= high) or [f"{low} – {high}"]
            plan.dates_said[f"{c.field}:month"] = f"{low} – {high}"
            continue
        if c.month and f"{c.field}:month" in df.columns:  # "since June 2025": the months kept
            said = f"{c.year:04d}-{c.month:02d}"
            present = [str(v) for v in df[f"{c.field}:month"].dropna().unique() if str(v).strip()]
            months = sorted(v for v in present if _OPS_OF[c.op](v, said))
            plan.filters[f"{c.field}:month"] = months or [f"{c.op} {said}"]
            plan.dates_said[f"{c.field}:month"] = f"{_SYMBOLS[c.op]} {said}"
            continue
        present = [str(v) for v in df[c.field].dropna().unique() if str(v).strip()]
        if c.to_year:  # "between 2020 and 2022": both ends kept
            kept = [y for y in years_from(present, ">=", c.year) if y in years_from(present, "<=", c.to_year)]
            plan.filters[c.field] = kept or [f"{c.year}–{c.to_year}"]
            plan.dates_said[c.field] = f"{c.year}–{c.to_year}"
            continue
        years = years_from(present, c.op, c.year)
        plan.filters[c.field] = years or [str(c.year) if c.op == "==" else f"{c.op} {c.year}"]  # none: "2023", no row holds it
        if c.op != "==":  # "since 2023": said so, not as the years it keeps
            plan.dates_said[c.field] = f"{_SYMBOLS[c.op]} {c.year}"


def negate(plan: Any, found: list[DateCondition], mentions: list[Any], question: str) -> None:
    """"How many records were not published in 2024?", « pas mis en œuvre en 2023 »: a date
    condition under a negation leaves those rows out, like a negated value."""
    from assistant.understand.operators import negated

    marks = sorted([*mentions, *(c for c in found if c.op)], key=lambda m: m.start)
    inside = [c for c in found if c.op == "==" and _NOT_IN.search(fold(question[c.start : c.end]))]  # « une date de publication hors de l'année 2025 »
    for c in [*(marks[i] for i in negated(question, marks, plan.language)), *inside]:
        if isinstance(c, DateCondition) and c.op == "any":  # "not implemented": no date given
            plan.filters[c.field] = [""]
            plan.dates_said[c.field] = _NONE["fr" if plan.language.startswith("fr") else "en"]
        elif isinstance(c, DateCondition):
            for key in (f"{c.field}:month", c.field):
                if key in plan.filters:
                    plan.exclude[key] = plan.filters.pop(key)
                    break


# A negation between a date field's name and its year: "published outside 2025", « hors de l'année 2025 »
_NOT_IN = _WORDS.pattern("not_in_year")
_SYMBOLS = {"==": "=", ">=": "≥", ">": ">", "<=": "≤", "<": "<"}


_OPS_OF = {"==": str.__eq__, ">=": str.__ge__, ">": str.__gt__, "<=": str.__le__, "<": str.__lt__}


def to_share_part(plan: Any, found: list[DateCondition], mentions: list[Any], question: str) -> None:
    """"Over 80% of the records were published in 2025": a date said after a share's verb is
    its part, like a value there (operators.share_parts), not its base."""
    from assistant.understand.operators import share_parts

    marks = sorted([*mentions, *(c for c in found if c.op)], key=lambda m: m.start)
    for i in share_parts(question, marks, plan.language):
        c = marks[i]
        key = f"{c.field}:month" if getattr(c, "month", 0) or getattr(c, "last_month", 0) else getattr(c, "field", "")
        if isinstance(c, DateCondition) and key in plan.filters:
            plan.part[key] = plan.filters.pop(key)
