"""Evidence -> Answer, worded in the question's language.

The default composer is extractive and deterministic: it fills the templates in
`prompts/<lang>/*.toml` with the executor's figures and rows, and states nothing else. Numbers
are formatted per language (French: narrow no-break space between thousands, "12 %"). The
templates are those of the register answered (`Evidence.mapping`, see wording.py): Québec's
portrait in its words, any other register in its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from assistant.compose.measures import MeasuresWording
from assistant.compose.operations import OperationsWording
from assistant.records import Records
from assistant.register.mapping import load_mapping
from assistant.register.template_files import base as templates  # noqa: F401  (the base files; llm.py, years.py import it)
from assistant.register.wording import (
    DESCRIBE_ORDER,
    field_names,
    fields_text,
    short_field_names,
    shown,
)
from assistant.register.wording import templates as worded
from assistant.types import Answer, Citation, Citations, Evidence, Plan

LIST_SHOWN = 10  # a long list shows its first items; the JSON and the UI table carry them all
CITE_SHOWN = 8


def number(n: float, language: str) -> str:
    text = f"{n:,}".replace(",", "\u202f" if language == "fr" else ",")
    return text.replace(".", ",") if language == "fr" else text


def cite(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:CITE_SHOWN])
    return f"[{shown}{', …' if len(ids) > CITE_SHOWN else ''}]" if ids else ""


def cite_rows(rows: Sequence[dict[str, Any]], only: set[int] | None = None) -> Sequence[Citation]:
    """One citation per row (of those in `only`, when given), first occurrence first. `Records`
    are cited column-wise: a count may cite half a million rows, and no record or `Citation`
    object is built for each."""
    if isinstance(rows, Records):
        columns = rows.columns("row_id", "source", "name", "body")
        if only is not None or len(set(columns[0])) < len(columns[0]):
            keep: dict[Any, int] = {}  # row id -> position of its first occurrence
            for position, row_id in enumerate(columns[0]):
                if only is None or row_id in only:
                    keep.setdefault(row_id, position)
            columns = [[c[p] for p in keep.values()] for c in columns]
        ids, sources, names, bodies = columns
        ids = ids if set(map(type, ids)) <= {int} else [int(i) for i in ids]
        return Citations(ids, sources, names, bodies)
    citations, seen = [], set()
    for row in rows:
        if row["row_id"] not in seen and (only is None or row["row_id"] in only):
            seen.add(row["row_id"])
            citations.append(Citation(int(row["row_id"]), row["source"], row["name"], row["body"]))
    return citations


_BEGINNING = {"fr": "{value} (et les valeurs qui le contiennent : {n} en tout)",
              "en": "{value} (and the values containing it: {n} in all)"}  # fmt: skip


def _typed_value(f: Any, row: dict[str, Any], language: str) -> str:
    """A typed field's cell as a description line shows it ("" when blank)."""
    value = row.get(f"{f.key}:month") or row.get(f.key) if f.type == "date" else row.get(f.key)
    if value is None or (isinstance(value, float) and value != value) or not str(value).strip():
        return ""
    if isinstance(value, tuple | list):
        return ", ".join(map(str, value))
    return f.value_label(value, language)


def _label(row: dict[str, Any], key: str, language: str) -> str:
    return str(row.get(f"{key}_en") or row[key]) if language == "en" else str(row[key])


class ExtractiveComposer(OperationsWording, MeasuresWording):
    """Templates over evidence; offline, deterministic, no model."""

    name = "extractive"
    _number = staticmethod(number)
    _cite = staticmethod(cite)

    def compose(self, plan: Plan, evidence: Evidence) -> Answer:
        lang = plan.language
        t = worded(lang, "answers", evidence.mapping)
        method = getattr(self, f"_{plan.intent}", self._search)
        if "missing_field" in evidence.figures:
            method = self._missing_field
        lines = method(plan, evidence, t)
        for blank in evidence.figures.get("not_given", ()):  # a flag left blank: neither yes nor no
            name = self._field_name(blank["field"], lang, evidence.mapping)
            lines.append(t["flag_blank_counted" if blank.get("counted") else "flag_not_given"].format(count=number(blank["count"], lang), initiatives=self._words(blank["count"], t), name=name, cite=cite(blank["row_ids"])))
        if unnamed := evidence.figures.get("unnamed"):  # "no publishing body given": not a body, said apart
            lines.append(t["unnamed_group"].format(count=number(unnamed["count"], lang), initiatives=self._words(unnamed["count"], t), label=unnamed["label"], cite=cite(unnamed["row_ids"])))
        if evidence.topic_set and plan.intent != "search":
            lines.append(t["topic_set"].format(topic=plan.topic))
        lines += plan.notes
        answer = Answer("\n".join(lines), lang, plan.intent, cite_rows(evidence.rows), dict(evidence.figures), dict(evidence.scores))
        answer.plan = plan
        return answer

    def stream(self, plan: Plan, evidence: Evidence) -> Iterator[Answer]:
        """Templates have no draft: the answer, at once."""
        yield self.compose(plan, evidence)

    @staticmethod
    def follow_up(understand: Callable[..., Plan]) -> Callable[..., Plan]:
        """The rules understand follow-ups on their own."""
        return understand

    # -- one method per intent; each returns the answer's lines -------------------------------

    def _scope(self, plan: Plan, t: dict[str, Any], mapping: Any = None, with_topic: bool = True) -> str:
        parts = []
        for field_name, values in plan.filters.items():
            if field_name in getattr(plan, "kinds", {}):  # « parmi les organismes de type « cégep » »
                scope = "kind_named_scope" if f"{field_name}:named" in plan.kinds else "kind_scope"  # "…whose name contains "Council""
                parts.append(t[scope].format(value=plan.kinds[field_name], groups=t["groups"][field_name].lower(), count=len(values)))
                continue
            said = getattr(plan, "dates_said", {}).get(field_name)  # "since June 2025": « ≥ 2025-06 », not twelve months
            shown = [said] if said else [self._text_words(field_name, v, t) or self._value(field_name, v, plan.language, mapping) for v in values]
            if len(shown) > 2 and all(re.search(rf"(?<!\w){re.escape(shown[0].casefold())}(?!\w)", v.casefold()) for v in shown[1:]):
                shown = [_BEGINNING[plan.language].format(value=shown[0], n=len(shown))]  # "Microsoft": "Microsoft Azure", "Microsoft, Amazon"…
            parts.append(t["scope"][field_name.split(":")[0]].format(value=t["scope"]["or"].join(shown)))  # "published:month": the field's words
        if getattr(plan, "exclude", None):  # « hors de l'organisme X », "excluding X"
            parts.append(self._exclusions(plan, t, mapping))
        parts.append(self._thresholds(plan, t, mapping))  # "with “annual cost” above $100,000"
        parts += [t["scope"]["name_has"].format(value=w) for w in getattr(plan, "name_has", ())]  # "whose name contains …"
        if with_topic and plan.topic and plan.intent != "search":
            parts.append(t["scope"]["topic"].format(value=plan.topic))
        return "".join(parts)

    @staticmethod
    def _value(field_name: str, value: str, language: str, mapping: Any = None) -> str:
        if (typed := load_mapping(mapping).typed(field_name)) is not None:
            return typed.value_label(value, language)
        label = load_mapping(mapping).label(field_name, value)
        return label.text(language) if label else value

    @staticmethod
    def _field_name(key: str, language: str, mapping: Any = None) -> str:
        typed = load_mapping(mapping).typed(key)
        return typed.name(language) if typed is not None else key

    def _words(self, n: int, t: dict[str, Any]) -> str:
        return t["initiative_one"] if n == 1 else t["initiative_many"]

    def _items(self, rows: list[dict[str, Any]], lang: str, t: dict[str, Any], mapping: Any = None) -> list[str]:
        labelled = [role for role in ("category", "status") if mapping is None or role in mapping.roles]
        lines = []
        for r in rows:
            parts = [_label(r, role, lang) for role in labelled]
            details = t["item_details"].format(details=t["item_sep"].join(parts)) if parts else ""
            lines.append(t["item"].format(
                name=r["name"], body=shown("body", r["body"], lang, mapping), category=_label(r, "category", lang),
                status=_label(r, "status", lang), row_id=r["row_id"], details=details,
            ))  # fmt: skip
        return lines

    def _count_line(self, plan: Plan, ev: Evidence, t: dict[str, Any], n: int, count_text: str | None = None) -> str:
        """« Le registre (…) compte n initiatives{scope}. », or its zero; `count_text` in place of n."""
        scope = self._scope(plan, t, ev.mapping)
        if n == 0:
            return t["count_zero"].format(source=ev.source, scope=scope)
        shown = number(n, plan.language) if count_text is None else count_text
        return t["count"].format(source=ev.source, count=shown, initiatives=self._words(n, t), scope=scope)

    def _more(self, plan: Plan, ev: Evidence, t: dict[str, Any], n: int) -> list[str]:
        """The first rows as items, and how many more."""
        lines = self._items(ev.rows[:LIST_SHOWN], plan.language, t, ev.mapping)
        if n > LIST_SHOWN:
            lines.append(t["list_more"].format(more=number(n - LIST_SHOWN, plan.language)))
        return lines

    def _count(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        n = ev.figures["count"]
        if "without_topic" in ev.figures and "claim" not in ev.figures:
            return [self._none_about(plan, ev, t)]
        first = self._claim_count(plan, ev, t) if "claim" in ev.figures else self._count_line(plan, ev, t, n)
        return [first] if n == 0 else [first, *self._more(plan, ev, t, n)]

    def _none_about(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> str:
        """« La RAMQ compte 4 initiatives ; aucune ne porte sur « X ». »: the filters' figure too."""
        n = ev.figures["without_topic"]
        scope = self._scope(plan, t, ev.mapping, with_topic=False)
        return t["count_none_about"].format(
            source=ev.source, count=number(n, plan.language), initiatives=self._words(n, t), scope=scope, topic=plan.topic
        )

    def _list(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        n = ev.figures["count"]
        if "without_topic" in ev.figures:
            return [self._none_about(plan, ev, t)]
        if n == 0:
            return [t["count_zero"].format(source=ev.source, scope=self._scope(plan, t, ev.mapping))]
        lines = [t["list_intro"].format(source=ev.source, count=number(n, plan.language), initiatives=self._words(n, t), scope=self._scope(plan, t, ev.mapping))]
        return lines + self._more(plan, ev, t, n)

    def _rank(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        f, lang = ev.figures, plan.language
        if "having" in f and not (plan.order == "asc" and f["having"] == [[">=", 1]]):  # « Organismes ayant au moins 10 initiatives : 5 »
            return self._having(plan, ev, t, f["ranking"], numbered=True)
        if f["count"] == 0 and not f["ranking"]:
            return [t["count_zero"].format(source=ev.source, scope=self._scope(plan, t, ev.mapping))]
        if getattr(plan, "order", "desc") == "asc":  # « … ayant le moins d'initiatives »
            return self._rank_asc(plan, ev, t)
        lines = [t["rank_intro"].format(groups_title=t["groups"][f["by"]], scope=self._scope(plan, t, ev.mapping), count=number(f["count"], lang), initiatives=self._words(f["count"], t))]
        if f.get("claim", {}).get("op") == "rank":  # « X est la catégorie la plus fréquente ? »: checked first
            total = f["claim"]["total"]
            lines = [self._rank_claim(plan, ev, t), t["rank_intro"].format(groups_title=t["groups"][f["by"]], scope=self._scope(plan, t, ev.mapping), count=number(total, lang), initiatives=self._words(total, t))]
        for i, g in enumerate(f["ranking"], f.get("position", 1)):
            lines.append(t["group_line"].format(n=i, label=g["label"], count=number(g["count"], lang), initiatives=self._words(g["count"], t), cite=cite(g["row_ids"])))
        return lines

    def _breakdown(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        f, lang = ev.figures, plan.language
        if "having" in f:  # the qualifying groups, their number first
            return self._having(plan, ev, t, f["breakdown"], numbered=False)
        if f["count"] == 0:
            return [t["count_zero"].format(source=ev.source, scope=self._scope(plan, t, ev.mapping))]
        if getattr(plan, "groups_asked", False):  # « Combien d'organismes … ? »: their number first
            lines = [t["groups_intro"].format(groups_title=t["groups"][f["by"]], scope=self._scope(plan, t, ev.mapping), groups=number(f["groups"], lang), count=number(f["count"], lang), initiatives=self._words(f["count"], t))]
        else:
            lines = [t["breakdown_intro"].format(by_title=t["by"][f["by"]], scope=self._scope(plan, t, ev.mapping), count=number(f["count"], lang), initiatives=self._words(f["count"], t))]
        for g in f["breakdown"]:
            percent = number(round(100 * g["count"] / f["count"]), lang)
            lines.append(t["breakdown_line"].format(label=g["label"], count=number(g["count"], lang), percent=percent, cite=cite(g["row_ids"])))
        return lines

    def _compare(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        lang = plan.language
        lines = [t["compare_intro"].format(scope=self._scope(plan, t, ev.mapping))]
        if ev.figures.get("claim", {}).get("unit") == "than":  # "X has more projects than Y?": checked first
            lines.insert(0, self._than_claim(plan, ev, t))
        if all("share" in g for g in ev.figures["compare"]):  # "a bigger share of HHS's use cases … than DOE's?"
            return self._compared_shares(plan, ev, t, lines)
        for g in ev.figures["compare"]:
            lines.append(t["compare_line"].format(label=g["label"], count=number(g["count"], lang), initiatives=self._words(g["count"], t), cite=cite(g["row_ids"])))
        if len(ev.figures["compare"]) == 2 and "claim" not in ev.figures:  # "how many more … than …": the gap, said
            a, b = sorted(ev.figures["compare"], key=lambda g: -g["count"])
            gap = ev.figures.get("difference", a["count"] - b["count"])
            lines.append(t["compare_gap"].format(more=a["label"], fewer=b["label"], gap=number(gap, lang), initiatives=self._words(gap, t))
                         if gap else t["compare_same"].format(count=number(a["count"], lang), initiatives=self._words(a["count"], t)))
        return lines

    def _compared_shares(self, plan: Plan, ev: Evidence, t: dict[str, Any], lines: list[str]) -> list[str]:
        """Each compared group's share of the part, the gap in points, and the stated order checked."""
        lang, groups = plan.language, ev.figures["compare"]
        part = self._part(plan, t, ev.mapping)
        pct = lambda g: self._percent(g["share"]["percent"] or 0.0, lang)  # noqa: E731
        for g in groups:
            lines.append(t["compare_share_line"].format(label=g["label"], denominator=number(g["share"]["denominator"], lang), initiatives=self._words(g["share"]["denominator"], t),
                                                        numerator=number(g["count"], lang), percent=pct(g), part=part, cite=cite(g["row_ids"])))  # fmt: skip
        if len(groups) == 2 and (claim := ev.figures.get("claim")):
            key = ("claim_share_more_yes" if claim["op"] == ">" else "claim_share_less_yes") if claim["holds"] else "claim_share_cmp_no"
            lines.insert(0, t[key].format(first=groups[0]["label"], second=groups[1]["label"], a=pct(groups[0]), b=pct(groups[1])))
        elif len(groups) == 2:
            high, low = sorted(groups, key=lambda g: -(g["share"]["percent"] or 0.0))
            gap = round((high["share"]["percent"] or 0.0) - (low["share"]["percent"] or 0.0), 1)
            lines.append(t["compare_share_gap"].format(gap=self._percent(gap, lang), more=high["label"]))
        return lines

    def _describe(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        if not ev.rows:
            return [t["describe_missing"].format(source=ev.source)]
        r, lang = ev.rows[0], plan.language
        portfolio = r.get("portfolio_en") if lang == "en" and r.get("portfolio_en") else r.get("portfolio", "")
        values = {"body": shown("body", r["body"], lang, ev.mapping), "portfolio": portfolio or "—", "category": _label(r, "category", lang),
                  "status": _label(r, "status", lang), "benefits": r.get("benefits") or "—"}  # fmt: skip
        # One line per field this register has, in its words (a register without a status has no
        # "Status:" line); Québec's own template lays out its six fields itself.
        lines = "\n".join(
            t["describe_line"].format(field=name[:1].upper() + name[1:], value=values[role])
            for role, name in field_names(lang, ev.mapping, DESCRIBE_ORDER).items()
        )
        typed = [  # the register's other fields: "- PII: yes", "- Implemented: 2024-03"
            t["describe_line"].format(field=f.name(lang)[:1].upper() + f.name(lang)[1:], value=shown_value)
            for f in load_mapping(ev.mapping).fields
            if f.type != "private" and (shown_value := _typed_value(f, r, lang))
        ]
        if typed:
            lines = "\n".join([lines, *typed]) if lines else "\n".join(typed)
        return [t["describe"].format(name=r["name"], row_id=r["row_id"], lines=lines, **values)]

    def _define(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        kind, key = plan.define or ("category", "")
        label = load_mapping(ev.mapping).label(kind, key)
        return [t["define"].format(label=label.text(plan.language), kind=t["kind"][kind], definition=label.definition(plan.language))]

    def _missing_field(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        missing = ev.figures["missing_field"]
        field_name = short_field_names(plan.language, ev.mapping).get(missing, missing)
        return [t["missing_field"].format(source=ev.source, field=field_name)]

    def _out_of_scope(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        return [t["out_of_scope"].format(fields=fields_text(plan.language, ev.mapping))]

    def _search(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        s = worded(plan.language, "search", ev.mapping)
        if not plan.question.strip():
            return [s["empty"].format(title=getattr(ev.mapping, "title", ""))]
        if not ev.rows:
            return [s["nothing"].format(source=ev.source, fields=fields_text(plan.language, ev.mapping))]
        n = len(ev.rows)
        lines = [(s["intro_one"] if n == 1 else s["intro_many"]).format(source=ev.source, n=n)]
        lines += self._items(ev.rows, plan.language, t, ev.mapping)
        by_body: dict[str, list[int]] = {}
        for row in ev.rows:
            by_body.setdefault(shown("body", row["body"], plan.language, ev.mapping), []).append(row["row_id"])
        bodies = ", ".join(f"{body} [{', '.join(map(str, ids))}]" for body, ids in by_body.items())
        lines += ["", s["bodies"].format(bodies=bodies), s["method"]]
        return lines
