"""The types every step shares: Plan (what was understood), Evidence (what the executor found),
Answer and its Citations (what every surface shows), and the Composer protocol (Evidence -> Answer).
The rows an Evidence carries are `assistant.records.Records`.

## Answer
The typed answer every surface shares (CLI JSON, Python API, UI, evaluation).

`to_dict()` is the `ask --json` contract (GUIDE §4): keep its keys stable. `data` names the
file(s) the answer was drawn from and their sha256, so a reader can tell which version of the
register answered (filled in by `Assistant.ask`/`stream`, see `data_files`).

## Plan

The Plan: what the assistant understood of a question, and the shape of the figures it returns.

`understand` produces a Plan; `execute` turns it into Evidence with pandas over the whole
register (a closed set of operations chosen by `intent`; nothing a model writes is run); the
composer words it. The Plan is shown to the user ("what I understood") and returned to
evaluation scripts, so its fields are a contract too.

Intents and the `figures` each one returns (JSON contract, `figures` key):

    count       {"count": n, "row_ids": [...]}                    how many rows match
    list        {"count": n, "row_ids": [...]}                    all matching rows (answer shows the first few)
    rank        {"by": FIELD, "count": n, "ranking": [GROUP...]}   top N groups, most rows first
    breakdown   {"by": FIELD, "count": n, "groups": g, "breakdown": [GROUP...]}  every group, most rows first (g groups);
                both: rows with no value are "unnamed": GROUP, said apart, never ranked ("count" has them)
    compare     {"count": n, "compare": [GROUP...]}                one GROUP per value compared (or added up: "A + B")
    share       {"count": a, "share": {"numerator": a, "denominator": b, "percent": p},
                 "row_ids": [...a...], "denominator_row_ids": [...b...]}   a proportion: rows of `part` among rows of `filters`
    exists      {"exists": bool, "count": n, "row_ids": [...]}    yes/no: does any row match
    describe    {"row_ids": [id]}                                  one row, all its fields
    define      {}                                                 definition of a category or status
    search      {}  (or {"count": n, "row_ids": [...]} when a topic set is counted)
    measure     {"measure": {"op": "sum"|"mean"|"min"|"max", "field": KEY, "value": x|None, "currency", "unit"},
                 "count": rows with a value, "blank": rows without, "row_ids": [...used...],
                 "blank_row_ids": [...]}                          a number field's sum, mean, min or max
                 min/max add "extremes": [{"row_id", "value"}...] (the top_n rows, ties kept: cited);
                 with a group_by: "by": FIELD, "groups": [GROUP + {"measure": x|None, "blank": n}]
                 ordered by measure (desc, or "asc"), cut at top_n (ties kept), groups with no value last;
                 cited: the rows used (min/max: the extremes; by group: the groups shown), then the blank rows
    out_of_scope {}                                                the register does not record it

    GROUP = {"field": FIELD, "value": canonical value, "label": label in the answer's language,
             "count": n, "row_ids": [...]}

Further plan fields, for every intent that selects rows:
    exclude     FIELD -> values left out (« sauf la RAMQ », "not chatbots", "outside the health
                network"): rows whose FIELD is one of them are not counted (blank cells stay; a
                blank value in the list excludes nothing). Search: the rows it may return.
    part, part_exclude
                share: the numerator's filters and exclusions, applied within the denominator's
                rows (`filters`, `exclude`, and the topic set when there is a topic). The rows
                cited are the numerator's. An empty denominator gives "percent": None (no
                division) and an answer that says the base is empty.
    having      rank/breakdown: conditions every group kept must meet, e.g. [(">=", 10)]
                ("bodies with at least 10 initiatives"); figures add "having": [[op, n], ...],
                and "groups"/"breakdown" hold the qualifying groups only ("groups" too for a rank),
                "count" the rows in them. Groups with no row qualify for "== 0" / "< n": the groups considered are the values of the field
                among the rows within the body/portfolio filters and exclusions, and within the
                grouped field's own filters and exclusions (a value the plan filters out or
                excludes is no group); category/status filters and the topic are what is counted.
    order       rank: "desc" (most first, the default) or "asc" (fewest first: « le moins »,
                groups with no row included, as for `having`; a breakdown sorts the same way).
                A ranking keeps every group tied with the last one shown (top N and ties at the cut).
    claim       count/share: the figure the question states, {"op": "==" | "<" | "<=" | ">" |
                ">=" | "~", "value": number, "unit": "" | "%"}; figures add "claim": {"op",
                "value", "unit", "holds": bool} ("~" holds within 2 points of a percentage,
                within 10% of a count, at least 1). A "%" claim is compared with the share's
                rounded "percent", a "" claim on a share with its numerator; a share of an
                empty base holds no claim. A rank claim ("X is the most common category, right?")
                is a rank with {"op": "rank", "value": X, "rank": k}: figures' "claim" adds "holds",
                "count" (X's rows, also the figures' "count"), "position" (X's rank), "label" and
                "total"; a comparison claim ("X has more projects than Y?") is a compare with
                {"op": ">" | "<", "unit": "than"}: "holds" compares the first value's count with the second's (its "count").
    exists      when no row matches but the plan's body filter alone does (other filters,
                exclusions or a topic left nothing), figures add "body_count": rows of that body.
    set_aside   words of the question the plan does not account for (shown, never filters).
    suggestions rephrasings from what was understood, when too little was (the JSON's `suggestions`).
    understood_by, understander_fallback
                with `--understander llm` only: "llm" (the model's plan, checked) or "rules" (the
                rules' plan stood in, and `understander_fallback` says why); the JSON gains them.
    measure     measure: {"op": "sum" | "mean" | "min" | "max", "field": KEY of a number field}
                ("total annual cost", « coût annuel moyen », "which use case costs the most").
    thresholds  (KEY, op, value) conditions on number fields ("costing more than 100,000"): the rows
                whose cell compares so (a blank cell meets none); they select rows for every intent.
    part_thresholds
                share: the numerator's conditions on number fields ("what share … cost more than $100,000").
    FIELD = "body" | "portfolio" | "category" | "status" (or a typed field's KEY; a text field's KEY
            as a condition: `KEY:given` ["yes"] filled in / ["no"] "N/A" (or blank), `KEY:has` [words held])

Filter values are canonical: body and portfolio = the register's (stripped) French text;
category and status = label keys of the register's mapping (e.g. "conversational_agent", "in_production").

A plan made by an `Understander` also carries its register's `mapping`, so that "what I
understood" names the fields in that register's words ("agency = Department of Veterans Affairs");
it is not part of `to_dict()` (the contract above), and a plan without it speaks Québec's words.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol

from assistant.operations import condition_said, text_condition
from assistant.register.mapping import load_mapping
from assistant.register.wording import short_field_names


@dataclass(frozen=True)
class Citation:
    """One register row an answer rests on; `source` is the data file it points into."""

    row_id: int
    source: str
    name: str
    body: str

    def to_dict(self) -> dict[str, Any]:
        return {"row_id": self.row_id, "source": self.source, "name": self.name, "body": self.body}


class Citations(Sequence):
    """An answer's citations as four columns; a `Citation` is made when one is read.

    A count over a million rows cites half of them: one frozen object per row cost about a
    second, and the JSON, the `data` block and the UI table only need the columns. Reads like
    the list of `Citation` it stands for (and equals one with the same items)."""

    def __init__(self, row_ids: list[int], sources: list[str], names: list[Any], bodies: list[Any]) -> None:
        self._columns = (row_ids, sources, names, bodies)

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, item: int | slice) -> Any:
        if isinstance(item, slice):
            return Citations(*(column[item] for column in self._columns))
        return Citation(*(column[item] for column in self._columns))

    def __iter__(self) -> Iterator[Citation]:
        return map(Citation, *self._columns)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Citations):
            return self._columns == other._columns
        return isinstance(other, Sequence) and not isinstance(other, str) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Citations({len(self)} rows)"

    @property
    def row_ids(self) -> list[int]:
        return list(self._columns[0])

    @property
    def columns(self) -> dict[str, list[Any]]:
        """`row_id`, `source`, `name`, `body` -> their values, in citation order."""
        return dict(zip(("row_id", "source", "name", "body"), self._columns, strict=True))

    def to_dicts(self) -> list[dict[str, Any]]:
        return [{"row_id": i, "source": s, "name": n, "body": b} for i, s, n, b in zip(*self._columns, strict=True)]


def citation_columns(citations: Sequence[Citation]) -> dict[str, list[Any]]:
    """The citations' four fields as columns, without a `Citation` each when they are `Citations`."""
    if isinstance(citations, Citations):
        return citations.columns
    return {key: [getattr(c, key) for c in citations] for key in ("row_id", "source", "name", "body")}


@dataclass
class Answer:
    answer: str
    language: str
    intent: str
    citations: Sequence[Citation] = field(default_factory=list)  # a list, or `Citations` (columns)
    figures: dict[str, Any] = field(default_factory=dict)
    # Not part of the JSON contract: retrieval scores per row id, and the Plan (what was
    # understood), for the UI and evaluation.
    scores: dict[int, float] = field(default_factory=dict, compare=False)
    plan: Any = field(default=None, compare=False)
    # Part of the JSON contract, last so positional construction is unchanged:
    # {"files": [{"source", "sha256", "rows", "year"}]}, which data answered (`data_files`).
    data: dict[str, Any] = field(default_factory=lambda: {"files": []}, compare=False)

    def to_dict(self) -> dict[str, Any]:
        cited = self.citations
        return {
            "answer": self.answer,
            "language": self.language,
            "intent": self.intent,
            "citations": cited.to_dicts() if isinstance(cited, Citations) else [c.to_dict() for c in cited],
            "figures": self.figures,
            "data": self.data,
            **self.extra_fields(),
            # Who understood the question, only when a language model may (--understander llm).
            **understanding(self.plan),
            # Rephrasings, only when the question was not understood (the UI shows them as chips).
            **({"suggestions": list(self.plan.suggestions)} if getattr(self.plan, "suggestions", None) else {}),
            # How much of the question the plan explained, only when some words were not (< 1.0).
            **({"explained": self.plan.explained} if getattr(self.plan, "explained", 1.0) < 1.0 else {}),
        }

    def to_json(self, indent: int | None = None) -> str:
        from assistant.inert import json_safe  # no control a terminal obeys (C1 too)

        return json_safe(json.dumps(self.to_dict(), ensure_ascii=False, indent=indent))

    def extra_fields(self) -> dict[str, Any]:
        """Keys a kind of answer adds after the contract's (an LLM answer: its composer)."""
        return {}

    @property
    def row_ids(self) -> list[int]:
        return list(citation_columns(self.citations)["row_id"])


def understanding(plan: Any) -> dict[str, Any]:
    """`understood_by` ("llm" | "rules") and, when the rules stood in for the model,
    `understander_fallback` (the reason): keys only a plan made with `--understander llm` adds."""
    by = getattr(plan, "understood_by", "")
    if not by:
        return {}
    fallback = getattr(plan, "understander_fallback", "")
    return {"understood_by": by, **({"understander_fallback": fallback} if fallback else {})}


def data_files(registers: Any, answer: Answer) -> dict[str, Any]:
    """The `data` block: the loaded files the answer cites, or every loaded file when it cites
    none (a count of zero or an out-of-scope reply was still checked against all of them)."""
    registers = list(registers)
    cited = set(citation_columns(answer.citations)["source"])
    used = [r for r in registers if r.source in cited] or registers
    return {
        "files": [
            {"source": r.source, "sha256": r.sha256, "rows": len(r), "year": getattr(r, "year", None)}
            for r in used
        ]
    }


INTENTS = (
    "count", "list", "rank", "breakdown", "compare", "share", "exists", "describe", "define", "search",
    "out_of_scope", "measure",
)  # fmt: skip

# How the "what I understood" line names intents (fields: the mapping's short names), in the question's language.
INTENT_NAMES = {
    "fr": {"count": "dénombrement", "list": "liste", "rank": "classement", "breakdown": "répartition",
           "compare": "comparaison", "share": "proportion", "exists": "existence (oui/non)",
           "describe": "description", "define": "définition",
           "search": "recherche par sujet", "out_of_scope": "hors du registre",
           "compare_years": "comparaison entre années", "measure": "calcul sur un nombre"},
    "en": {"count": "count", "list": "list", "rank": "ranking", "breakdown": "breakdown",
           "compare": "comparison", "share": "proportion", "exists": "existence (yes/no)",
           "describe": "description", "define": "definition",
           "search": "topic search", "out_of_scope": "not in the register",
           "compare_years": "comparison across years", "measure": "calculation over a number"},
}  # fmt: skip

MEASURE_NAMES = {
    "fr": {"sum": "total", "mean": "moyenne", "min": "minimum", "max": "maximum"},
    "en": {"sum": "total", "mean": "average", "min": "minimum", "max": "maximum"},
}


@dataclass
class Plan:
    question: str
    language: str
    intent: str = "search"
    topic: str = ""  # topic words left once filters and intent words are removed ("" = none)
    filters: dict[str, list[str]] = field(default_factory=dict)  # FIELD -> canonical values (OR)
    group_by: str | None = None  # rank / breakdown
    top_n: int | None = None  # rank
    compare: list[tuple[str, Any]] = field(default_factory=list)  # compare: (FIELD, value or (values added up)) pairs
    row_id: int | None = None  # describe
    define: tuple[str, str] | None = None  # define: ("category" | "status", key)
    notes: list[str] = field(default_factory=list)  # readings taken (ambiguity), in the answer's language
    follow_up: bool = False  # built on the previous turn's plan
    # What topic retrieval searches with when it is not `question`: a follow-up that keeps the
    # previous topic (« Et à la RAMQ ? ») searches with the question that asked it.
    search_text: str = ""
    # The groups themselves are asked (« Combien d'organismes … ? »): the answer leads with their number.
    groups_asked: bool = False
    # Negation, proportions, conditions on groups, fewest-first, claims (see the module docstring).
    exclude: dict[str, list[str]] = field(default_factory=dict)  # FIELD -> values left out
    part: dict[str, list[str]] = field(default_factory=dict)  # share: the numerator's filters, within `filters`
    part_exclude: dict[str, list[str]] = field(default_factory=dict)  # share: the numerator's exclusions
    having: list[tuple[str, int]] = field(default_factory=list)  # rank/breakdown: group conditions
    order: str = "desc"  # rank: "desc" most first, "asc" fewest first
    position: int | None = None  # rank: only the group at this place (« et le deuxième ? »)
    claim: dict[str, Any] | None = None  # count/share: the figure the question states
    measure: dict[str, str] | None = None  # measure: {"op": sum|mean|min|max, "field": number field KEY}
    thresholds: list[tuple[str, str, float]] = field(default_factory=list)  # (KEY, op, value): number conditions
    part_thresholds: list[tuple[str, str, float]] = field(default_factory=list)  # share: the numerator's number conditions
    name_has: list[str] = field(default_factory=list)  # words every counted name holds ("Copilot in their name")
    part_name_has: list[str] = field(default_factory=list)  # share: words the numerator's names hold
    part_topic: bool = False  # share: the topic is the numerator ("what share … are about chatbots"), not the base
    # A date filter as the question said it ("≥ 2025-06"), shown instead of the years or months it keeps
    dates_said: dict[str, str] = field(default_factory=dict)
    set_aside: list[str] = field(default_factory=list)  # words not accounted for
    # FIELD -> the kind its filter values were chosen by (« cégep »: every "Cégep …" body), said as asked
    kinds: dict[str, str] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)  # rephrasings, when little was understood
    # How sure the plan is: the share of the question's words it accounts for (words the register
    # has no evidence for lower it; 1.0: all). The evaluation reports accuracy by this share.
    explained: float = 1.0
    # With `--understander llm` only: "llm" or "rules" (the model's plan could not be used, and
    # `understander_fallback` says why); "" when the rules alone understand (the default).
    understood_by: str = ""
    understander_fallback: str = ""
    # The register's mapping (None: the default register's), for its words and labels; not in `to_dict()`.
    mapping: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(replace(self, mapping=None))
        del d["mapping"]
        return d

    def field_names(self) -> dict[str, str]:
        """Field -> its short name in the plan's language and its register's words ("agency")."""
        return short_field_names("fr" if self.language == "fr" else "en", self.mapping)

    def understood(self) -> str:
        """One line that says what the assistant understood (shown to the user)."""
        mapping = load_mapping(self.mapping)
        lang = "fr" if self.language == "fr" else "en"
        fr = lang == "fr"
        intent = INTENT_NAMES[lang].get(self.intent, self.intent)
        names = self.field_names()
        parts = [("Intention : " if fr else "Intent: ") + intent]
        def shown(name: str, values: list[str]) -> str:
            if text_condition(name):  # "vendor name = not given", « mentionne « Microsoft » »
                return condition_said(name, values, fr)
            if (typed := mapping.typed(name)) is not None:
                return " | ".join(typed.value_label(v, lang) for v in values)
            return " | ".join(lb.text(lang) if (lb := mapping.label(name, v)) else v for v in values)

        for name, values in self.filters.items():
            if name in self.kinds:  # « organisme = cégep (14) », not fourteen names
                parts.append(f"{names.get(name, name)} = {self.kinds[name]} ({len(values)})")
                continue
            parts.append(f"{names.get(name.split(':')[0], name)} {self.dates_said[name]}" if name in self.dates_said
                         else f"{names.get(name.split(':')[0], name)} = {shown(name, values)}")
        for name, values in self.exclude.items():
            parts.append(f"{names.get(name, name)} ≠ {shown(name, values)}")
        for name, values in self.part.items():
            parts.append(("part : " if fr else "part: ") + f"{names.get(name, name)} = {shown(name, values)}")
        for prefix, conditions in (("", self.thresholds), ("part : " if fr else "part: ", self.part_thresholds)):
            for key, op, value in conditions:
                typed = mapping.typed(key)
                parts.append(f"{prefix}{names.get(key, key)} {op} {typed.amount(value, lang) if typed else value}")
        if self.measure:
            ops = MEASURE_NAMES[lang]
            parts.append(f"{ops.get(self.measure['op'], self.measure['op'])} : {names.get(self.measure['field'], self.measure['field'])}"
                         if fr else f"{ops.get(self.measure['op'], self.measure['op'])}: {names.get(self.measure['field'], self.measure['field'])}")  # fmt: skip
        if self.group_by:
            parts.append(("par " if fr else "by ") + names.get(self.group_by, self.group_by))
        if self.having:
            parts.append(("groupes " if fr else "groups ") + " et ".join(f"{op} {n}" for op, n in self.having))
        for word in self.part_name_has:
            parts.append((f"part : nom contient « {word} »") if fr else f'part: name contains "{word}"')
        for word in self.name_has:
            parts.append((f"nom contient « {word} »") if fr else f'name contains "{word}"')
        if self.topic:
            parts.append((f"sujet : « {self.topic} »") if fr else f'topic: "{self.topic}"')
        if self.understood_by:
            who = {"llm": ("le modèle de langue", "the language model"), "rules": ("les règles", "the rules")}
            parts.append(("compris par " if fr else "understood by ") + who[self.understood_by][0 if fr else 1])
        if self.set_aside:
            words = ", ".join(f"« {w} »" if fr else f'"{w}"' for w in self.set_aside)
            parts.append(("mis de côté : " if fr else "set aside: ") + words)
        return " · ".join(parts)


@dataclass
class Evidence:
    """What the executor found: the rows (register records, best first) and exact figures."""

    rows: Sequence[dict[str, Any]] = field(default_factory=list)  # a list, or `Records` (built when read)
    scores: dict[int, float] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    plan: Plan | None = None
    topic_set: bool = False  # the rows were chosen as "all rows about the topic" (gate), not filters only
    mapping: Any = None  # the register's mapping: its words and labels (None: the default register's)


class Composer(Protocol):
    """Words evidence as an answer: the extractive templates or a language model. Every
    composer declares the same three methods, so no caller asks which kind it holds."""

    name: str

    def compose(self, plan: Plan, evidence: Evidence) -> Answer: ...

    def stream(self, plan: Plan, evidence: Evidence) -> Iterator[str | Answer]:
        """Draft text pieces as they are written (none for the templates), then the Answer."""
        ...

    def follow_up(self, understand: Callable[..., Plan]) -> Callable[..., Plan]:
        """The understanding step this composer wants (a model may rewrite follow-ups)."""
        ...
