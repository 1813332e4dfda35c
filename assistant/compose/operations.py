"""The words of the plan operations beyond filters (assistant/operations.py computes them):
exclusions in the scope, shares, yes/no existence, conditions on groups, fewest first, and
claims checked against the register's figure.

`OperationsWording` is a part of the extractive composer (extractive.py): the same templates
(`prompts/<lang>/answers.toml`, then a register's overlay), and through it the same `number()`,
citations, items and count sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from assistant.operations import GIVEN, HAS, text_condition
from assistant.register.wording import shown
from assistant.types import Evidence, Plan


def sentence(text: str) -> str:
    """A template's sentence as the middle of another: first letter lowered, final period dropped."""
    text = text[:-1] if text.endswith(".") else text
    return text[:1].lower() + text[1:]


class OperationsWording:
    """Methods of the extractive composer for exclusions, share, exists, having, asc and claims
    (it gives `_number`, `_cite`, `_scope`, `_value`, `_words`, `_count_line` and `_more`)."""

    @staticmethod
    def _text_words(field_name: str, value: str, t: dict[str, Any]) -> str | None:
        """A text field read as a condition, in words: "given", "not given", "mentions “Microsoft”"."""
        condition = text_condition(field_name)
        if condition == GIVEN:
            return t["scope"]["given" if value == "yes" else "not_given"]
        return t["scope"]["has"].format(value=value) if condition == HAS else None

    def _shown(self, field_name: str, value: str, language: str, mapping: Any) -> str:
        """A value as the answer names it: a label, or a body's blank in the answer's language."""
        return shown(field_name, self._value(field_name, value, language, mapping), language, mapping)

    def _group_words(self, n: int, t: dict[str, Any], language: str) -> str:
        """The item word for a group's count: « 0 initiative » in French, "0 initiatives" in English."""
        return t["initiative_one"] if n == 0 and language == "fr" else self._words(n, t)

    def _percent(self, p: float, language: str) -> str:
        """51.2 -> « 51,2 » / "51.2"; a whole percentage without its ".0"."""
        return self._number(int(p) if float(p).is_integer() else p, language)

    def _exclusions(self, plan: Plan, t: dict[str, Any], mapping: Any, exclude: dict[str, list[str]] | None = None) -> str:
        """« hors de l'organisme X », "excluding X": one phrase per field excluded."""
        exclude = plan.exclude if exclude is None else exclude
        words = t["exclude"]
        parts = []
        for field_name, values in exclude.items():
            if field_name in getattr(plan, "kinds", {}) and field_name not in plan.filters and len(values) > 1:
                # "not from a council": « hors des 9 organismes de type « council » », not nine names
                kind = "kind_named" if f"{field_name}:named" in plan.kinds else "kind"
                parts.append(words[kind].format(value=plan.kinds[field_name], groups=t["groups"][field_name].lower(), count=len(values)))
                continue
            kept = [self._shown(field_name, v, plan.language, mapping) for v in values if str(v).strip()]
            if kept:
                parts.append(words[field_name].format(value=words["join"].join(kept)))
        return ",".join(parts)

    # -- claims -----------------------------------------------------------------------------

    def _claimed(self, claim: dict[str, Any], t: dict[str, Any], language: str) -> str:
        """The figure the question stated: « moins de 10 », "about 40%"."""
        percent = claim.get("unit") == "%"
        value = self._number(claim["value"], language)
        value = t["claim"]["percent"].format(value=value) if percent else value
        op = claim["op"]
        key = f"{op}%" if percent and f"{op}%" in t["claim"] else op
        return t["claim"][key].format(value=value)

    def _claim_line(self, claim: dict[str, Any], answer: str, t: dict[str, Any], language: str, exact: bool) -> str:
        """« Non : le registre compte 14 initiatives …, pas moins de 10. » / "Yes: … exactly 12 …"."""
        if claim["holds"]:
            if exact:
                return t["claim_yes_exact"].format(answer=sentence(answer))
            return t["claim_yes"].format(answer=sentence(answer), claim=self._claimed(claim, t, language))
        return t["claim_no"].format(answer=sentence(answer), claim=self._claimed(claim, t, language))

    def _rank_claim(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> str:
        """« Non : « X » est au rang 2 des catégories, avec 68 initiatives ; au rang 1 : Y (81). »"""
        f, lang = ev.figures, plan.language
        claim, top = f["claim"], f["ranking"][: int(f["claim"].get("rank", 1))][-1:]
        tops = ", ".join(f"{g['label']} ({self._number(g['count'], lang)})" for g in f["ranking"] if top and g["count"] == top[0]["count"])
        words = dict(value=claim["label"], rank=claim.get("rank", 1), position=claim.get("position"), groups=t["groups"][f["by"]].lower(),
                     scope=self._scope(plan, t, ev.mapping), count=self._number(claim["count"], lang),
                     initiatives=self._words(claim["count"], t), top=tops)  # fmt: skip
        if claim.get("with"):  # "X is tied with Y for the most"
            words["others"] = t["having"]["and"].join(f"{g['label']} ({self._number(g['count'], lang)})" for g in [{"label": claim["label"], "count": claim["count"]}, *claim["with"]])
            return t["claim_tied_yes" if claim["holds"] else "claim_tied_no"].format(**words)
        if claim["holds"]:
            return t["claim_rank_yes"].format(**words)
        return t["claim_rank_absent" if not claim["count"] else "claim_rank_no"].format(**words)

    def _than_claim(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> str:
        """"No: the MTMD has 19 initiatives, and the MRNF 26." """
        f, lang = ev.figures, plan.language
        first, second = f["compare"][0], f["compare"][1]
        words = dict(first=first["label"], second=second["label"], a=self._number(first["count"], lang),
                     b=self._number(second["count"], lang), a_initiatives=self._words(first["count"], t),
                     than=t[{">": "than_more", "==": "than_same"}.get(f["claim"]["op"], "than_fewer")])  # fmt: skip
        if factor := f["claim"].get("factor"):  # "twice as many as"
            words["than"] = t["than_times"].format(factor=self._number(factor, lang))
        return t["claim_than_yes" if f["claim"]["holds"] else "claim_than_no"].format(**words)

    def _claim_count(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> str:
        claim, n = ev.figures["claim"], ev.figures["count"]
        exact = claim["holds"] and claim["op"] == "==" and n > 0
        count_text = t["claim_exactly"].format(count=self._number(n, plan.language)) if exact else None
        return self._claim_line(claim, self._count_line(plan, ev, t, n, count_text), t, plan.language, exact)

    # -- share ------------------------------------------------------------------------------

    def _part(self, plan: Plan, t: dict[str, Any], mapping: Any) -> str:
        """What the numerator's rows are: « sont au statut « En production » et ne sont pas … »."""
        parts = []
        for table, fields in (("part", plan.part), ("part_not", plan.part_exclude)):
            for field_name, values in fields.items():
                if table == "part" and field_name in getattr(plan, "kinds", {}) and field_name not in plan.filters:
                    # "What share of records come from councils?": « … de l'un des 9 organismes de type … »
                    kind = "kind_named" if f"{field_name}:named" in plan.kinds else "kind"
                    parts.append(t["part"][kind].format(value=plan.kinds[field_name], groups=t["groups"][field_name].lower(), count=len(values)))
                    continue
                said = [self._text_words(field_name, v, t) or self._shown(field_name, v, plan.language, mapping) for v in values if str(v).strip()]
                said = [plan.dates_said[field_name]] if field_name in getattr(plan, "dates_said", {}) else said
                if said:
                    parts.append(t[table][field_name.split(":")[0]].format(value=t["scope"]["or"].join(said)))  # "published:month": the field's words
        parts += [t["scope"]["name_has"].format(value=w) for w in getattr(plan, "part_name_has", ())]  # "… whose name contains …"
        if getattr(plan, "part_topic", False):  # "… 9 (6.6%) are about "chatbots""
            parts.append(t["part"]["topic"].format(value=plan.topic))
        if getattr(plan, "part_thresholds", None):  # "… 10 (62.5%) with “annual cost” above $100,000"
            parts.append(self._thresholds(plan, t, mapping, plan.part_thresholds))
        return t["part"]["and"].join(parts)

    def _share(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        f, lang = ev.figures, plan.language
        share = f["share"]
        a, b = share["numerator"], share["denominator"]
        if b == 0:  # no base: say so, divide nothing
            return [t["count_zero"].format(source=ev.source, scope=self._scope(plan, t, ev.mapping)), t["share_empty"]]
        line = t["share"].format(
            denominator=self._number(b, lang), initiatives=self._words(b, t), scope=self._scope(plan, t, ev.mapping, with_topic=not getattr(plan, "part_topic", False)),
            source=ev.source, numerator=self._number(a, lang), percent=self._percent(share["percent"], lang),
            part=self._part(plan, t, ev.mapping),
        )  # fmt: skip
        lines = [line]
        if "claim" in f:
            claim = f["claim"]
            if claim.get("unit") == "%":
                figure = t["claim_share"].format(percent=self._percent(share["percent"], lang))
            else:
                figure = t["claim_share_count"].format(count=self._number(a, lang), initiatives=self._words(a, t), denominator=self._number(b, lang))
            lines.insert(0, self._claim_line(claim, figure, t, lang, exact=False))
        top = f.get("ranking", [])
        if top and not any(g["value"] in plan.part.get(f["by"], []) for g in top):  # a majority claimed of a value that is not even the largest group: the largest said
            said = t["scope"]["or"].join(g["label"] for g in top)
            lines.append(t["share_largest" if len(top) == 1 else "share_largest_tied"].format(count=self._number(top[0]["count"], lang), initiatives=self._words(top[0]["count"], t),
                                                   part=t["part"][f["by"].split(":")[0]].format(value=said)))  # fmt: skip
        return lines + self._more(plan, ev, t, a)

    # -- exists -----------------------------------------------------------------------------

    def _exists(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        f = ev.figures
        n = f["count"]
        if f["exists"]:
            return [t["exists_yes"].format(answer=sentence(self._count_line(plan, ev, t, n)) + "."), *self._more(plan, ev, t, n)]
        lines = [t["exists_no"].format(answer=sentence(self._count_line(plan, ev, t, 0)) + ".")]
        if f.get("body_count"):  # the body is in the register; what else was asked is not
            body_only = replace(plan, filters={"body": plan.filters["body"]}, exclude={}, topic="")
            lines.append(t["exists_however"].format(answer=sentence(self._count_line(body_only, ev, t, f["body_count"])) + "."))
        return lines

    # -- groups: conditions and fewest first --------------------------------------------------

    def _condition(self, having: list[list[Any]], t: dict[str, Any], language: str) -> str:
        """« au moins 10 initiatives », "fewer than 3 initiatives", « 0 initiative »."""
        words = t["having"]
        parts = []
        for op, n in having:
            key = "none" if op == "==" and n == 0 else op
            parts.append(words[key].format(n=self._number(n, language), initiative=t["initiative_one"], initiatives=self._words(n, t)))
        return words["and"].join(parts)

    def _having(self, plan: Plan, ev: Evidence, t: dict[str, Any], groups: list[dict[str, Any]], numbered: bool) -> list[str]:
        f, lang = ev.figures, plan.language
        lines = [t["having_intro"].format(
            groups_title=t["groups"][f["by"]], condition=self._condition(f["having"], t, lang),
            scope=self._scope(plan, t, ev.mapping), groups=self._number(f["groups"], lang),
        )]  # fmt: skip
        for i, g in enumerate(groups, 1):
            words = {"label": g["label"], "count": self._number(g["count"], lang), "initiatives": self._group_words(g["count"], t, lang), "cite": self._cite(g["row_ids"])}
            lines.append((t["group_line"].format(n=i, **words) if numbered else t["compare_line"].format(**words)).rstrip())
        return lines

    def _rank_asc(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        f, lang = ev.figures, plan.language
        lines = [t["rank_intro_asc"].format(groups_title=t["groups"][f["by"]], scope=self._scope(plan, t, ev.mapping), count=self._number(f["count"], lang), initiatives=self._words(f["count"], t))]
        for i, g in enumerate(f["ranking"], f.get("position", 1)):
            line = t["group_line"].format(n=i, label=g["label"], count=self._number(g["count"], lang), initiatives=self._group_words(g["count"], t, lang), cite=self._cite(g["row_ids"]))
            lines.append(line.rstrip())
        return lines
