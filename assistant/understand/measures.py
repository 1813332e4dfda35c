"""What a question asks of a register's number fields (costs, users…): a measure over one ("the
total annual cost", « le coût annuel moyen », "which use case costs the most") and conditions on
one ("costing more than $100,000", « plus de 500 utilisateurs »).

A number field is named by its mapping's `names` (both languages), and a money field (one with
a `currency`) also by the money words of measures.toml when it is the register's only one. A
measure word counts only next to the field's name (a few small words apart, or overlapping:
« le plus cher »); a condition only when its amount follows a comparison word and the field is
named within a few words, or the amount is money ("over $1M"). On a register with no number
field nothing is read, and its questions are understood exactly as before. Every span read is
handed back, so the frame, the topic and the operators never read these words again.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from assistant.register.fields import number_text
from assistant.understand.lexicon import fold, patterns
from assistant.understand.operators import number as word_number

WORDS = Path(__file__).with_name("measures.toml")
OPS = ("sum", "mean", "max", "min")
CONDITIONS = {"above": ">", "at_least": ">=", "below": "<", "at_most": "<="}
KINDS = (*OPS, "figure", "money", "subject", *CONDITIONS)  # figure: "what is the cost of …" (a total, when nothing else is asked)
_GAP_WORDS = frozenset(
    "the of a an its their per for de du des la le les l d en in est is are what quel quelle quels quelles "
    "leur leurs their annual annuel annuelle annuels annuelles total totale moyen moyenne moyens moyennes average "
    "mean".split()
)
_MAX_GAP = 3  # small words at most between a measure word and the field's name
_NEAR = 6  # words at most between a condition and the field's name
# An amount as written: "100,000", "100 000", "$1.2M", "1,5 million", "250k$", "100 000 $".
_AMOUNT = re.compile(
    r"(?P<pre>\$\s?)?(?P<num>\d{1,3}(?:(?:[ \u00a0\u202f]|,(?=\d{3}\b)|\.(?=\d{3}\b))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s?(?P<scale>k|m|md|g|bn|millions?|milliards?|billions?)\b)?"
    r"(?P<post>\s?(?:\$(?:\s?(?:ca|cad|us|usd))?|dollars?|cad\b|usd\b|€|euros?))?",
    re.I,
)
_COUNT_WORD = r"(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)"


class MeasureWordsError(ValueError):
    """measures.toml is malformed; the message names the table and the fix."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Reading:
    """What a question asks of the number fields: the field measured and how (ops in the order
    found: "highest average" holds both), conditions, and every span read."""

    field: str | None = None
    ops: list[str] = dataclasses.field(default_factory=list)
    thresholds: list[tuple[str, str, float]] = dataclasses.field(default_factory=list)
    spans: list[Span] = dataclasses.field(default_factory=list)
    top_n: int | None = None
    starts: list[int] = dataclasses.field(default_factory=list)  # where each condition stands in the question
    folded: str = ""

    def __bool__(self) -> bool:
        return bool(self.ops and self.field or self.thresholds)

    def blank(self, text: str) -> str:
        """`text` with every span read as spaces (same length: other spans still apply)."""
        chars = list(text)
        for s in self.spans:
            chars[s.start : s.end] = " " * (s.end - s.start)
        return "".join(chars)


def _entry(entry: str) -> str:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?:s|x)?" for w in fold(entry).split()]
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def _pattern(entries: Any) -> re.Pattern[str]:
    entries = sorted({e for e in entries if fold(e).strip()}, key=lambda e: (-len(e), e))
    return re.compile("|".join(_entry(e) for e in entries) or r"(?!x)x")


@cache
def words() -> dict[str, re.Pattern[str]]:
    """Kind -> one pattern of that kind's entries in both languages (a question may mix them)."""
    data = tomllib.loads(WORDS.read_text(encoding="utf-8"))
    for language in ("fr", "en"):
        table = data.get(language)
        if not isinstance(table, dict):
            raise MeasureWordsError(f"{WORDS}: no [{language}] table; add one with the kinds {', '.join(KINDS)}")
        if unknown := sorted(set(table) - set(KINDS)):
            raise MeasureWordsError(f"{WORDS}: [{language}] has unknown kinds {unknown}; use {', '.join(KINDS)}")
    return {kind: _pattern([*data["fr"].get(kind, []), *data["en"].get(kind, [])]) for kind in KINDS}


def number_fields(register: Any) -> tuple[Any, ...]:
    """The register's number fields its table holds (none for Québec's)."""
    fields = getattr(getattr(register, "mapping", None), "fields", ())
    return tuple(f for f in fields if f.type == "number" and f.key in register.df.columns)


def amount(text: str) -> float | None:
    """The value an amount as written stands for ("100 000 $" 100000.0, "1,5 M" 1500000.0)."""
    m = _AMOUNT.fullmatch(text.strip())
    if not m:
        return None
    scale = (m.group("scale") or "").lower().rstrip("s")
    digits = number_text(m.group("num") + {"million": "m", "milliard": "md", "billion": "b"}.get(scale, scale))
    try:
        return float(digits)
    except ValueError:
        return None


def amounts(question: str) -> list[tuple[int, int, float, bool]]:
    """Every amount of the question: (start, end, value, money) — money when written with a
    currency sign or word."""
    found = []
    for m in _AMOUNT.finditer(question):
        if question[max(0, m.start() - 1) : m.start()].isalnum():
            continue  # "COVID-19", "A380"
        if re.match(r"\s?(?:%|pour\s?cent|per\s?cent)", question[m.end() :], re.I):
            continue  # "more than 50%": a share, not an amount
        value = amount(m.group())
        if value is not None:
            found.append((m.start(), m.end(), value, bool(m.group("pre") or m.group("post"))))
    return found


def _names(fields: tuple[Any, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each number field's key and the pattern of its names (and of money words, for the only money field)."""
    return _compiled(tuple((f.key, f.names(), bool(f.currency)) for f in fields))


@cache
def _compiled(fields: tuple[tuple[str, tuple[str, ...], bool], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    money = [key for key, _, is_money in fields if is_money]
    out = []
    for key, names, _ in fields:
        pattern = _pattern(names).pattern
        if money == [key]:
            pattern = f"{pattern}|{words()['money'].pattern}"
        out.append((key, re.compile(pattern)))
    return tuple(out)


def _subject(folded: str, start: int) -> bool:
    """The money named at `start` is what the rows do, not a field asked: "projects that cut
    costs", « réduire les coûts » (a subject word at most two words before it)."""
    return re.search(rf"(?:{words()['subject'].pattern})(?:\s+\w+){{0,2}}\s*$", folded[:start]) is not None


def _gap(folded: str, a: Span, b: Span) -> int | None:
    """Small words between two spans (0 when they touch or overlap); None when another word stands there."""
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if start >= end:
        return 0
    between = re.findall(r"[a-z0-9]+|[^\sa-z0-9]", folded[start:end])
    if any(w not in _GAP_WORDS for w in between) or len(between) > _MAX_GAP:
        return None
    return len(between)


def _words_apart(folded: str, a: Span, b: Span) -> int:
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return len(re.findall(r"\w+", folded[start:end])) if start < end else 0


def read(question: str, fields: tuple[Any, ...]) -> Reading:
    """The measure and conditions `question` asks of `fields` (a register's number fields)."""
    reading = Reading()
    if not fields:
        return reading
    folded = reading.folded = fold(question)
    named = [(key, Span(*m.span())) for key, pattern in _names(fields) for m in pattern.finditer(folded)
             if not _subject(folded, m.start())]  # fmt: skip
    money = [f.key for f in fields if f.currency]
    sums = _conditions(question, folded, named, money[0] if len(money) == 1 else None, reading)
    taken = [*sums]
    ops = []
    said = [(op, Span(*m.span())) for op in (*OPS, "figure") for m in words()[op].finditer(folded)]
    for op, span in said:
        if any(span.start < t.end and t.start < span.end for t in taken):
            continue
        if any(s.start <= span.start and span.end <= s.end and s != span for _, s in said):
            continue  # "le plus" inside « le plus bas »: the longer words say what is asked
        near = [(g, key, s) for key, s in named if (g := _gap(folded, span, s)) is not None]
        if op == "figure" and re.fullmatch(r"how much", folded[span.start : span.end]) and named:
            near = [(0, named[0][0], named[0][1])]  # "how much do … cost?": the money named anywhere
        if near:
            _, key, name = min(near, key=lambda n: n[0])
            ops.append((span.start, op, key, span, name))
    if ops:
        ops.sort()
        asked = [o for o in ops if o[1] != "figure"] or ops  # "what is the average cost": the average
        reading.field = asked[0][2]
        reading.ops = list(dict.fromkeys("sum" if op == "figure" else op for _, op, key, _, _ in asked if key == reading.field))
        reading.spans += [s for _, _, key, span, name in ops if key == reading.field for s in (span, name)]
        top = _top_n(folded, min(o[3].start for o in asked))
        if top is not None:
            reading.top_n, span = top
            reading.spans.append(span)
    if reading.field or reading.thresholds:  # every mention of a field read is its frame, not a topic
        keys = {reading.field, *(k for k, _, _ in reading.thresholds)}
        reading.spans += [s for key, s in named if key in keys]
    return reading


def _conditions(question: str, folded: str, named: list[tuple[str, Span]], money: str | None, reading: Reading) -> list[Span]:
    """"more than 100,000", « entre 50 000 et 200 000 $ », "500 or more": conditions on the field
    named nearby (or on the money field, for an amount in dollars); the spans they take."""
    found = amounts(question)
    taken: list[Span] = []

    def field_for(span: Span, is_money: bool) -> str | None:
        near = [(_words_apart(folded, span, s), key) for key, s in named]
        near = [(d, key) for d, key in near if d <= _NEAR]
        if near:
            return min(near)[1]
        return money if is_money else None

    def add(key: str, op: str, value: float, span: Span) -> None:
        reading.thresholds.append((key, op, value))
        reading.starts.append(span.start)
        reading.spans.append(span)
        taken.append(span)

    for m in re.finditer(r"\b(?:entre|between)\s+", folded):
        first = next((a for a in found if a[0] == m.end()), None)
        joiner = first and re.match(r"\s+(?:et|and)\s+", folded[first[1] :])
        second = joiner and next((a for a in found if a[0] == first[1] + joiner.end()), None)
        if first and second:
            span = Span(m.start(), second[1])
            if key := field_for(span, first[3] or second[3]):
                add(key, ">=", first[2], span)
                add(key, "<=", second[2], span)
    for kind, op in CONDITIONS.items():
        for m in words()[kind].finditer(folded):
            if any(m.start() < t.end and t.start < m.end() for t in taken):
                continue
            lead = re.match(r"\s*(?:(?:de|d|a|the|of)\s+)?", folded[m.end() :])
            hit = next((a for a in found if a[0] == m.end() + lead.end()), None)
            if hit is None:
                continue
            span = Span(m.start(), hit[1])
            if key := field_for(span, hit[3]):
                add(key, op, hit[2], span)
    for start, end, value, is_money in found:
        after = re.match(r"\s+(?:or more|and more|and up|ou plus|et plus)\b", folded[end:])
        if after and not any(start < t.end and t.start < end for t in taken):
            span = Span(start, end + after.end())
            if key := field_for(span, is_money):
                add(key, ">=", value, span)
    return taken


def _top_n(folded: str, before: int) -> tuple[int, Span] | None:
    """How many rows or groups a min/max asks for ("the 3 most expensive", « les trois projets les
    plus chers », "top 5"), from the words before the measure word."""
    head = folded[:before]
    m = re.search(rf"\b(?:top|the|les|which|what|quels|quelles)\s+{_COUNT_WORD}\b(?:\s+\w+){{0,3}}\s*$", head)
    m = m or re.search(rf"\btop\s+{_COUNT_WORD}\b", folded)
    value = word_number(m.group(1)) if m else None
    return (int(value), Span(*m.span(1))) if m and value and 0 < value <= 50 else None


def apply(plan: Any, reading: Reading, group_field: Any) -> None:
    """`plan` (the rules' reading) made to ask what `reading` found: a measure, with the plan's
    filters and the group its question names (« par organisme », "which organization"), or the
    rows meeting the conditions, counted or listed as the rules understood."""
    if not reading or plan.intent in ("describe", "define"):
        return
    shared = None
    if plan.intent == "share" and reading.field and reading.ops:
        # "what share of the total cost is CRA's": no share of an amount is computed; each group's
        # total is, for the values the part names (the reader sees every one beside the others)
        shared = next(iter(plan.part), None)
        plan.part, plan.part_exclude = {}, {}
    elif plan.intent == "share":  # "what share of use cases cost more than $100,000": the numerator's
        part = _share_part(reading, plan.language)
        plan.part_thresholds = [c for c, p in zip(reading.thresholds, part, strict=True) if p]
        plan.thresholds = [c for c, p in zip(reading.thresholds, part, strict=True) if not p]
        return
    plan.thresholds = list(dict.fromkeys([*plan.thresholds, *reading.thresholds]))
    if not (reading.field and reading.ops):
        if plan.intent in ("search", "out_of_scope") and not plan.topic:
            plan.intent = "list"  # "use cases costing more than $100,000"
        return
    ranking = [op for op in reading.ops if op in ("max", "min")]
    computed = [op for op in reading.ops if op in ("sum", "mean")]
    group = shared or group_field(plan)
    if plan.compare:  # "average cost at CRA vs StatCan": one figure per value compared
        group = plan.compare[0][0]
        plan.filters[group] = [v for f, v in plan.compare if f == group]
    if group:
        op = computed[0] if computed else "sum"  # "which organization spends the most": its total
        rules_top = plan.top_n if plan.intent == "rank" else None
        plan.top_n = (reading.top_n or rules_top or 1) if ranking else None
        plan.order = "asc" if ranking[:1] == ["min"] else "desc"
    else:
        op = computed[0] if computed else ranking[0]
        plan.top_n = reading.top_n if op in ("max", "min") else None
        plan.order = "desc"
    plan.intent, plan.measure, plan.group_by = "measure", {"op": op, "field": reading.field}, group
    plan.compare, plan.having, plan.claim, plan.part, plan.part_exclude = [], [], None, {}, {}
    plan.groups_asked = False


def _share_part(reading: Reading, language: str) -> list[bool]:
    """Which conditions of a share are its part: those after the verb that follows the share word
    ("what share of use cases costing over 100,000 *are* in production": the base), or after the
    share word when no such verb follows (« quelle proportion des projets coûtent plus de … »)."""
    folded = reading.folded
    lang = "fr" if language == "fr" else "en"
    cue = patterns(lang)["share"].search(folded) or re.search("%", folded)
    if cue is None:
        return [True] * len(reading.thresholds)
    verbs = [v for v in patterns(lang)["share_verb"].finditer(folded, cue.end())
             if not re.match(r"\s+cases?\b", folded[v.end() :])  # "use cases" is the items, not a verb
             and not {"qui", "that", "which", "who"} & set(folded[: v.start()].split()[-2:])]  # a relative clause's verb: the base's
    start = verbs[0].start() if verbs else cue.end()
    return [at >= start for at in reading.starts]
