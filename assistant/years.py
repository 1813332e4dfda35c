"""Several files of one register side by side (the 2024 and 2025 portraits): which file answers.

Each file keeps its own pipeline (understand, execute) over its own rows, so its figures and row
ids are exactly those of that file and every citation names it. A question is answered from the
newest file unless it names a year ("en 2024", "in the 2024 portrait"); a question that asks how
something changed ("depuis 2024", "since 2024", "between 2024 and 2025", "évolution") runs the
same plan on each year and sets the exact figures side by side, with the difference computed by
pandas-counted numbers, never by a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.compose.extractive import ExtractiveComposer, number
from assistant.register.labels import normalise
from assistant.register.wording import templates
from assistant.types import Answer, Plan

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

YEAR = re.compile(r"(?<![\d])(19\d\d|20\d\d)(?![\d])")
# A change over time: the figure of each year is wanted, not one year's.
CHANGE = re.compile(
    r"\b(depuis|since|entre|between|compare[ds]?|comparaison|comparison|par rapport|versus|vs"
    r"|evolu\w*|evolution|chang\w*|augment\w*|diminu\w*|baiss\w*|hausse|progress\w*|increas\w*"
    r"|decreas\w*|grow\w*|grown|grew|trend|tendance|variation|d une annee a l autre|year over year"
    r"|from one year|d une annee)\b"
)
_CHANGE_RAW = re.compile(
    r"\b(?:a-t-il|a-t-elle|ont-ils|ont-elles|has|have)?\s*(?:évolué|evolved|changed|changé|varié|augmenté|"
    r"diminué|increased|decreased|grown|progressé)\b|\b(?:comment|how)\b(?=.*\b(?:nombre|number)\b)"
    r"|\bpar rapport(?: (?:à|a|au|aux)\b)?|\bcompared?(?: (?:with|to)\b)?|\bversus\b|\bvs\b\.?"
    r"|\bcomparativement (?:à|a)\b",
    re.IGNORECASE,
)
# Little words that only point at a year ("depuis 2024", "dans le portrait 2024"): removed with it.
_POINTING = (
    r"(?:(?:depuis|since|entre|between|en|in|pour|for|de|du|from|au|à|a|to|et|and|of|dans|le|la|"
    r"the|l'|l’|année|year|portrait|registre|register|fichier|file)\s*)*"
)
_YEAR_PHRASE = re.compile(
    rf"\b{_POINTING}(?<![\d])(?:19|20)\d\d(?![\d])(?:\s+(?:portrait|register|registre|file|fichier))?",
    re.IGNORECASE,
)


@dataclass
class Desk:
    """One file's pipeline: its register, its understanding and its executor."""

    register: Register
    understand: Callable[[str, list[dict[str, str]]], Plan]
    executor: Callable[[Plan], Any]
    retriever: Any = None
    understander: Any = None

    @property
    def year(self) -> int | None:
        return self.register.year


EXTRACTIVE = ExtractiveComposer()


class SourceView:
    """The shared index seen from one file: searches only that file's rows."""

    def __init__(self, index: Any, source: str) -> None:
        self.index, self.source = index, source

    def search(self, query: str, k: int = 5, where: dict | None = None) -> list[tuple[dict, float]]:
        mine = {"source": self.source}
        return self.index.search(query, k=k, where={"$and": [where, mine]} if where else mine)


def years_in(question: str) -> list[int]:
    return [int(y) for y in YEAR.findall(question)]


def without_years(question: str) -> str:
    """The question with its years (and the little words that only pointed at them) removed."""
    return " ".join(_YEAR_PHRASE.sub(" ", question).split())


class YearRouter:
    """Answers a question from the right file(s); see the module docstring for the policy."""

    def __init__(self, desks: list[Desk], composer: Any) -> None:
        self.desks = sorted(desks, key=lambda d: d.year or 0)  # oldest first
        self.composer = composer
        self.by_year = {d.year: d for d in self.desks}

    def __call__(self, inputs: dict[str, Any]) -> Answer:
        question = str(inputs["question"])
        history = inputs.get("history") or []
        named = years_in(question)
        years = [y for y in named if y in self.by_year]
        asked = [y for y in named if y not in self.by_year]
        if asked:  # "entre 2019 et 2025" with no 2019 file: say so rather than compare less
            return self._no_such_year(question, asked)
        wants_change = bool(CHANGE.search(normalise(question).replace("'", " ")))
        if years and (len(set(years)) > 1 or wants_change):
            return self._compare(question, history, sorted(set(years)))
        if not years:  # a follow-up keeps the year its conversation was about
            years = next((found for turn in reversed(history) if turn.get("role") == "user"
                          and (found := [y for y in years_in(str(turn.get("content", ""))) if y in self.by_year])), [])  # fmt: skip
        desk = self.by_year[years[0]] if years else self.desks[-1]
        plan = desk.understand(without_years(question) or question, _strip_years(history))
        return self.composer.compose(plan, desk.executor(plan))

    def _compare(self, question: str, history: list[dict[str, str]], years: list[int]) -> Answer:
        if len(years) == 1:  # "since 2024": from that year to the newest file
            years = [years[0], self.desks[-1].year]
        if years[0] == years[-1]:
            years = [y for y in self.by_year if y is not None]
        # "How has the number of chatbots changed since 2024?" asks each year "the number of
        # chatbots": the words of change are for this router, not for each year's understanding.
        rest = " ".join(_CHANGE_RAW.sub(" ", without_years(question)).split()) or question
        parts = []
        for year in years:
            desk = self.by_year[year]
            plan = desk.understand(rest, _strip_years(history))
            if plan.intent in ("list", "search"):  # across years, a set is compared by its size
                plan.intent = "count"
            parts.append((desk, plan, desk.executor(plan)))
        lang = parts[-1][1].language
        t = templates(lang, "answers", parts[-1][2].mapping)  # in the register's own words
        by_year = [{"year": desk.year, "source": desk.register.source, **ev.figures} for desk, _, ev in parts]
        counted = parts[-1][1].intent == "count" and all("count" in f for f in by_year)
        # Two counts side by side are worded by the templates: a model would be asked per year
        # for text the comparison does not show. Other intents show each year's own answer.
        composer = EXTRACTIVE if counted else self.composer
        answers = [composer.compose(plan, ev) for _, plan, ev in parts]
        lines: list[str] = []
        if counted:
            first, last = by_year[0], by_year[-1]
            change = last["count"] - first["count"]
            lines.append(t["years_count"].format(
                first=first["year"], last=last["year"], a=number(first["count"], lang),
                b=number(last["count"], lang), change=_signed(change, lang),
                percent=_percent(change, first["count"], lang, t),
                scope=EXTRACTIVE._scope(parts[-1][1], t, parts[-1][2].mapping),
            ))  # fmt: skip
            for f in by_year:
                lines.append(t["years_line"].format(year=f["year"], source=f["source"],
                                                    count=number(f["count"], lang), cite=_cite(f)))  # fmt: skip
            figures_out = {"count": last["count"], "by_year": by_year, "change": change}
        else:  # lists, breakdowns, rankings: each year's own answer, one after the other
            for f, answer in zip(by_year, answers, strict=True):
                lines.append(t["years_heading"].format(year=f["year"], source=f["source"]))
                lines.append(answer.answer)
            figures_out = {"by_year": by_year}
        citations, seen = [], set()
        for answer in answers:
            for c in answer.citations:
                if (c.source, c.row_id) not in seen:
                    seen.add((c.source, c.row_id))
                    citations.append(c)
        result = Answer("\n".join(lines), lang, "compare_years", citations, figures_out)
        result.plan = parts[-1][1]
        return result

    def _no_such_year(self, question: str, asked: list[int]) -> Answer:
        from assistant.language import detect_language

        lang = detect_language(question)
        t = templates(lang, "answers", getattr(self.desks[-1].register, "mapping", None))
        have = ", ".join(f"{d.year} ({d.register.source})" for d in self.desks)
        text = t["years_missing"].format(year=asked[0], have=have)
        return Answer(text, lang, "out_of_scope", [], {})


def _strip_years(history: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{**turn, "content": without_years(str(turn.get("content", "")))} for turn in history]


def _signed(n: int, lang: str) -> str:
    return ("+" if n > 0 else "−" if n < 0 else "") + number(abs(n), lang)


def _percent(change: int, base: int, lang: str, t: dict[str, Any]) -> str:
    if not base:
        return ""
    value = round(100 * change / base, 1)
    text = f"{abs(value):g}".replace(".", "," if lang == "fr" else ".")
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return t["years_percent"].format(percent=f"{sign}{text}")


def _cite(figures: dict[str, Any]) -> str:
    from assistant.compose.extractive import cite

    return cite(figures.get("row_ids", []))
