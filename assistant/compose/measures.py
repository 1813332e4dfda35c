"""The words of a number field's measures (sum, mean, min, max, per group) and of conditions on
one ("costing more than $100,000"); assistant/execute.py computes them with pandas.

`MeasuresWording` is a part of the extractive composer (extractive.py), like `OperationsWording`:
the same templates (`prompts/<lang>/answers.toml`, then a register's overlay). Every figure is
written as its field writes it (`Field.amount`: « 12 345,50 $ » / "$12,345.50" for money, a unit
after a count), and the rows left out for a blank cell are always said, with their ids.
"""

from __future__ import annotations

from typing import Any

from assistant.register.mapping import load_mapping
from assistant.register.wording import shown
from assistant.types import Evidence, Plan


class MeasuresWording:
    """Methods of the extractive composer for the `measure` intent and `thresholds` (it gives
    `_number`, `_cite`, `_scope`, `_words` and `_items`)."""

    def _amount(self, key: str, value: float, language: str, mapping: Any) -> str:
        spec = load_mapping(mapping).typed(key)
        return spec.amount(value, language) if spec is not None else self._number(value, language)

    def _field_name(self, key: str, language: str, mapping: Any) -> str:
        spec = load_mapping(mapping).typed(key)
        return spec.name(language) if spec is not None else key

    def _thresholds(self, plan: Plan, t: dict[str, Any], mapping: Any, conditions: Any = None) -> str:
        """« dont « coût annuel » est de plus de 100 000 $ », "with “annual cost” above $100,000"
        (the plan's conditions, or those given: a share's part)."""
        conditions = getattr(plan, "thresholds", ()) if conditions is None else conditions
        return "".join(
            t["threshold"][op].format(name=self._field_name(key, plan.language, mapping),
                                      value=self._amount(key, value, plan.language, mapping))
            for key, op, value in conditions
        )  # fmt: skip

    def _measure(self, plan: Plan, ev: Evidence, t: dict[str, Any]) -> list[str]:
        f, lang = ev.figures, plan.language
        if "measure" not in f:  # a measure plan that names no field: what it selects, counted
            return self._count(plan, ev, t)
        spec = f["measure"]
        key, op = spec["field"], spec["op"]
        name = self._field_name(key, lang, ev.mapping)
        scope = self._scope(plan, t, ev.mapping)
        total = f["count"] + f["blank"]
        if total == 0:
            return [t["count_zero"].format(source=ev.source, scope=scope)]
        if f["count"] == 0:  # every row in scope is blank: no figure, and why
            return [t["measure_none"].format(name=name, count=self._number(total, lang), initiatives=self._words(total, t),
                                             scope=scope, source=ev.source)]  # fmt: skip
        words = dict(name=name, initiatives=t["initiative_many"], scope=scope, source=ev.source,
                     count=self._number(f["count"], lang), counted=self._words(f["count"], t), value=self._amount(key, spec["value"], lang, ev.mapping))  # fmt: skip
        if "groups" in f:
            lines = self._measure_groups(plan, ev, t, name)
        elif op in ("min", "max"):
            rows = {int(r["row_id"]): r for r in ev.rows}
            many = len(f["extremes"]) > 1 and len({e["value"] for e in f["extremes"]}) > 1
            head = t[f"measure_{op}_many" if many else f"measure_{op}"].format(n=len(f["extremes"]), **words)
            lines = [head] + [
                t["measure_row"].format(name=rows[e["row_id"]]["name"], row_id=e["row_id"],
                                        body=shown("body", rows[e["row_id"]]["body"], lang, ev.mapping),
                                        value=self._amount(key, e["value"], lang, ev.mapping))
                for e in f["extremes"] if e["row_id"] in rows
            ]  # fmt: skip
        else:
            lines = [t[f"measure_{op}"].format(**words)]
        if f["blank"]:
            lines.append(t["measure_blank"].format(blank=self._number(f["blank"], lang), name=name,
                                                   blank_initiatives=self._words(f["blank"], t), cite=self._cite(f["blank_row_ids"])))  # fmt: skip
        return lines

    def _measure_groups(self, plan: Plan, ev: Evidence, t: dict[str, Any], name: str) -> list[str]:
        """One line per group, by its figure; a group whose rows all lack one says so."""
        f, lang = ev.figures, plan.language
        key, op = f["measure"]["field"], f["measure"]["op"]
        words = dict(title=t["measure_title"][op], name=name, by_title=t["by"][f["by"]], scope=self._scope(plan, t, ev.mapping),
                     source=ev.source, count=self._number(f["count"], lang), initiatives=self._words(f["count"], t))  # fmt: skip
        if plan.top_n:  # "which organization spends the most": the groups at the top, said so
            n = plan.top_n
            top = t["measure_top"][f"{'one' if n == 1 else 'many'}_{'asc' if plan.order == 'asc' else 'desc'}"].format(n=n)
            lines = [t["measure_groups_top"].format(top=top, **words)]
        else:
            lines = [t["measure_groups"].format(**words)]
        for i, g in enumerate(f["groups"], 1):
            if g["measure"] is None:
                lines.append(t["measure_group_none"].format(n=i, label=g["label"], name=name, blank=self._number(g["blank"], lang),
                                                            initiatives=self._words(g["blank"], t), cite="").rstrip())  # fmt: skip
                continue
            blank = t["measure_group_blank"].format(blank=self._number(g["blank"], lang)) if g["blank"] else ""
            lines.append(t["measure_group_line"].format(n=i, label=g["label"], value=self._amount(key, g["measure"], lang, ev.mapping),
                                                        count=self._number(g["count"], lang), initiatives=self._words(g["count"], t),
                                                        blank=blank, cite=self._cite(g["row_ids"])))  # fmt: skip
        return lines
