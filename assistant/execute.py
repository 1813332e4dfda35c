"""Plan -> Evidence: exact figures with pandas over the whole register, rows for every figure.

A closed set of operations, chosen by the Plan's intent (count, list, rank, breakdown, compare,
share, exists, describe, define, search, out_of_scope). Nothing a model or a user writes is ever
run as code: filters and exclusions are `isin` over canonical columns, groupings are `groupby`
over one of four fields (their conditions, order and cut in operations.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from assistant.operations import (
    COLUMN,
    GIVEN,
    OPS,
    cell_text,
    claim_check,
    column,
    cut,
    extremes,
    keep_groups,
    mask,
    measure,
    names_holding,
    says_none,
    text_condition,
    universe,
)
from assistant.records import Records
from assistant.register.mapping import load_mapping
from assistant.register.wording import shown
from assistant.types import Evidence, Plan

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

__all__ = ["COLUMN", "Executor", "label", "where_clause"]


def where_clause(filters: dict[str, list[str]], mapping: Any = None) -> dict[str, Any] | None:
    """The plan's filters as a Chroma metadata clause (pushed down to the vector store); label
    keys become the labels the index stores, those of the register's `mapping`."""
    clauses = []
    for field, values in filters.items():
        if field not in COLUMN:
            continue  # a typed field is not in the index's metadata: the allowed rows carry it
        if field in ("category", "status"):
            values = [lb.fr if (lb := load_mapping(mapping).label(field, v)) else v for v in values]
        clauses.append({field: {"$in": list(values)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def label(field: str, value: str, language: str, df: pd.DataFrame | None = None, mapping: Any = None) -> str:
    """A group's label in the answer's language. A category or status is named by the register's
    `mapping`, else by the register's own table `df` (its labels as loaded), else by the default
    register's mapping: labels belong to their register, never to whichever was loaded last."""
    if field not in COLUMN and (typed := load_mapping(mapping).typed(field)) is not None:
        return typed.value_label(value, language) if str(value).strip() else _not_given(language)
    if field in ("category", "status"):
        if mapping is None and df is not None and f"{field}_key" in df.columns:
            match = df.loc[df[f"{field}_key"] == value, field if language.startswith("fr") else f"{field}_en"]
            if len(match):
                return str(match.iloc[0])
        found = load_mapping(mapping).label(field, value)
        return found.text(language) if found else value
    if df is not None and f"{field}:{language[:2]}" in df.columns:  # "Statistique Canada" in French
        match = df.loc[df[field] == value, f"{field}:{language[:2]}"]
        if len(match):
            return str(match.iloc[0])
    if field == "portfolio" and language == "en" and df is not None:
        match = df.loc[df["portfolio"] == value, "portfolio_en"]
        return str(match.iloc[0]) if len(match) and match.iloc[0] else value
    return shown(field, value, language, mapping)


def _not_given(language: str) -> str:
    return "non précisé" if language.startswith("fr") else "not given"


class Executor:
    def __init__(self, register: Register, retriever: Any) -> None:
        self.register = register
        self.retriever = retriever

    def __call__(self, plan: Plan) -> Evidence:
        df = self.register.df
        # The register's mapping travels with its evidence: the composer, shared by every loaded
        # file, words each answer in the terms of the register it is about.
        evidence = Evidence(source=self.register.source, plan=plan, mapping=getattr(self.register, "mapping", None))
        if plan.intent in ("out_of_scope", "define"):
            return evidence
        if plan.intent == "describe":
            if plan.row_id in df.index:
                evidence.rows = [self._record(plan.row_id, plan.language)]
                evidence.figures = {"row_ids": [plan.row_id]}
            return evidence

        roles = getattr(self.register, "roles", COLUMN)
        by = (plan.group_by or ("body" if plan.intent == "rank" else "category")) if plan.intent in ("rank", "breakdown") else None
        parts = [*plan.part, *plan.part_exclude] if plan.intent == "share" else []
        measured = getattr(plan, "measure", None) or {}
        thresholds = getattr(plan, "thresholds", None) or []
        if plan.intent == "measure":
            by = plan.group_by
        part_thresholds = (getattr(plan, "part_thresholds", None) or []) if plan.intent == "share" else []
        numbers = [*([measured["field"]] if measured else []), *(key for key, _, _ in [*thresholds, *part_thresholds])]
        wanted = [*plan.filters, *plan.exclude, *parts, *([by] if by else []), *numbers]
        missing = [f for f in wanted if (f not in roles if f in COLUMN else column(f) not in df.columns)]
        if missing:  # a register without statuses cannot count by status: say so, invent nothing
            evidence.figures = {"missing_field": missing[0]}
            return evidence
        # Only the columns the figures read: copying every column of half a million rows cost ~0.2 s.
        read = [by, *(f for f, _ in plan.compare), *parts, *numbers]  # the field grouped by, the fields compared, the share's part, the numbers read
        columns = ["row_id", *dict.fromkeys(column(f) for f in read if f)]
        selected = self._filtered(df, plan.filters, columns, plan.exclude, thresholds)
        if getattr(plan, "name_has", None):  # "mention Copilot in their name": the name column, exactly
            selected = selected[names_holding(df.loc[selected.index, "name"], plan.name_has).to_numpy()]
        if plan.intent == "search":
            return self._search(plan, selected, evidence)
        before_topic, base = len(selected), selected
        if plan.topic:
            selected = self._topic_set(plan, selected, evidence)
        ids = selected["row_id"].tolist()
        if plan.intent in ("count", "list") or (plan.intent == "measure" and not measured):
            evidence.figures = {"count": len(ids), "row_ids": ids}
            if plan.topic and not ids and before_topic and (plan.filters or plan.exclude):
                # The filters alone hold rows, none about the topic: both figures, never a bare 0.
                evidence.figures["without_topic"] = before_topic
            evidence.rows = self._records(ids, plan.language)
            if plan.claim and plan.intent == "count":
                evidence.figures["claim"] = claim_check(plan.claim, len(ids), percent=False)
            self._flags_not_given(plan, evidence)
        elif plan.intent == "exists":
            evidence.figures = {"exists": bool(ids), "count": len(ids), "row_ids": ids}
            evidence.rows = self._records(ids, plan.language)
            self._flags_not_given(plan, evidence)
            others = [f for f in plan.filters if f != "body"] or plan.exclude or plan.topic
            if not ids and plan.filters.get("body") and others:  # the body is there, the rest is not
                evidence.figures["body_count"] = int(df["body"].isin(plan.filters["body"]).sum())
        elif plan.intent == "share" and getattr(plan, "part_topic", False):  # "what share … are about chatbots"
            self._share(plan, base, evidence, about=selected.index)
        elif plan.intent == "share":
            self._share(plan, selected, evidence)
        elif plan.intent in ("rank", "breakdown"):
            self._ranked(plan, by, selected, evidence)
        elif plan.intent == "measure" and measured:
            self._measure(plan, measured, by, selected, evidence)
        elif plan.intent == "compare":
            groups = []
            for field, value in plan.compare:  # a value, or values added up ("Santé Québec and the RAMQ combined")
                values = list(value) if isinstance(value, (list, tuple)) else [value]
                part = selected.loc[selected[column(field)].isin(values), "row_id"]
                groups.append(self._group(field, value, part, plan.language))
            if plan.part or plan.part_exclude:  # "Is a bigger share of HHS's use cases in operation than DOE's?"
                groups = [self._group_share(plan, g, selected) for g in groups]
            evidence.figures = {"count": sum(g["count"] for g in groups), "compare": groups}
            if plan.claim and plan.claim.get("unit") == "share" and len(groups) == 2:
                a, b = (g["share"]["percent"] or 0.0 for g in groups)
                evidence.figures["claim"] = {**plan.claim, "holds": bool(OPS[plan.claim["op"]](a, b))}
            if len(groups) == 2:  # "how many more … than …": the gap, computed here
                evidence.figures["difference"] = abs(groups[0]["count"] - groups[1]["count"])
            if plan.claim and plan.claim.get("unit") == "than" and len(groups) == 2:
                # "X has more projects than Y": the stated order checked; the figure is X's
                a, b = groups[0]["count"], groups[1]["count"]
                evidence.figures["count"] = a
                evidence.figures["claim"] = {**plan.claim, "holds": bool(OPS[plan.claim["op"]](a, plan.claim.get("factor", 1) * b))}
            evidence.rows = self._records([r for g in groups for r in g["row_ids"]], plan.language)
        return evidence

    def _flags_not_given(self, plan: Plan, evidence: Evidence) -> None:
        """"How many HHS use cases are public-facing?": rows of the rest of the scope that leave the
        flag blank are neither yes nor no, so the answer says how many (`figures["not_given"]`);
        so are blank text cells where the column says none in words ("no vendor named": "N/A").
        A negated flag counts its blank cells (not yes): how many of them is said too (`"counted": true`)."""
        mapping = getattr(self.register, "mapping", None)
        df = self.register.df
        for name in plan.filters:
            spec = mapping.typed(column(name)) if mapping is not None else None
            said_none = text_condition(name) == GIVEN and says_none(df[column(name)])  # "N/A" written: blank says neither
            if spec is None or not (spec.type == "flag" and name in df.columns or said_none):
                continue
            others = {f: v for f, v in plan.filters.items() if f != name}
            keep = mask(df, others, plan.exclude, getattr(plan, "thresholds", ()))
            scope = df if keep is None else df.loc[keep]
            blank = scope.loc[cell_text(scope[column(name)]) == "", "row_id"].tolist()  # a list cell with no item too
            if blank:
                evidence.figures.setdefault("not_given", []).append({"field": column(name), "count": len(blank), "row_ids": blank})
        counted = evidence.figures.get("row_ids") or []
        for name in plan.exclude if counted else ():  # "not involving PII": the blank cells are counted, and said so
            spec = mapping.typed(column(name)) if mapping is not None else None
            if spec is not None and spec.type == "flag" and name in df.columns:
                rows = df.loc[df["row_id"].isin(counted)]  # the table is indexed by row id
                blank = rows.loc[cell_text(rows[column(name)]) == "", "row_id"].tolist()
                if blank:
                    evidence.figures.setdefault("not_given", []).append({"field": column(name), "count": len(blank), "row_ids": blank, "counted": True})

    def _ranked(self, plan: Plan, by: str, selected: pd.DataFrame, evidence: Evidence) -> None:
        """Rank or breakdown: the groups, kept by `having`, ordered by `order`, cut at `top_n`
        (ties with the last one shown kept); with conditions or fewest first, groups with no
        counted row are considered too (operations.universe)."""
        ascending = plan.order == "asc"
        conditioned = bool(plan.having) or ascending
        groups = self._groups(selected, by, plan.language, ascending=ascending)
        if conditioned:
            have = {g["value"] for g in groups}
            empty = selected["row_id"].iloc[:0]
            groups += [self._group(by, v, empty, plan.language)
                       for v in universe(self.register.df, by, plan.filters, plan.exclude) if v not in have]  # fmt: skip
            groups = keep_groups(groups, plan.having, ascending)
        blank = self._blank_value(by)
        unnamed = next((g for g in groups if blank and g["value"] == blank or not str(g["value"]).strip()), None)  # a field left blank
        if unnamed is not None:  # "no publishing body given" is no body: not ranked, not a group, said apart
            groups = [g for g in groups if g is not unnamed]
        shown = cut(groups, plan.top_n) if plan.intent == "rank" else groups
        if plan.intent == "rank" and getattr(plan, "position", None):  # « et le deuxième ? »
            shown = groups[plan.position - 1 : plan.position]
        claimed = None
        if plan.claim and plan.claim.get("op") == "rank" and groups:
            # "X is the (second) most common": X's count checked against the count at that rank
            k = int(plan.claim.get("rank", 1))
            mine = next((g for g in groups if g["value"] == plan.claim["value"]), None)
            at_rank = groups[min(k, len(groups)) - 1]["count"]
            position = 1 + sum(1 for g in groups if mine and g["count"] > mine["count"])
            others = [next((g for g in groups if g["value"] == v), {"value": v, "label": v, "count": 0}) for v in plan.claim.get("with", [])]
            tied = all(g["count"] == at_rank for g in others)  # "tied with DWP for the most": both at the top
            claimed = {**plan.claim, "holds": bool(mine and mine["count"] == at_rank and k <= len(groups) and tied),
                       "count": mine["count"] if mine else 0, "position": position if mine else None,
                       "with": [{"label": g["label"], "count": g["count"]} for g in others],
                       "at_rank": [g for g in groups if g["count"] == at_rank] if k <= len(groups) else [],
                       "label": mine["label"] if mine else label(by, plan.claim["value"], plan.language, self.register.df, getattr(self.register, "mapping", None))}  # fmt: skip
        count = sum(g["count"] for g in groups) if plan.having else len(selected)
        if plan.intent == "rank":
            evidence.figures = {"by": by, "count": count, "ranking": shown}
            if getattr(plan, "position", None):
                evidence.figures["position"] = plan.position
            if plan.having:
                evidence.figures["groups"] = len(groups)
        else:  # how many groups too: « Combien d'organismes … ? » asks exactly that
            evidence.figures = {"by": by, "count": count, "groups": len(groups), "breakdown": shown}
        if plan.having:
            evidence.figures["having"] = [[op, n] for op, n in plan.having]
        if unnamed is not None and unnamed["count"]:
            evidence.figures["unnamed"] = unnamed
        if claimed is not None:
            evidence.figures["claim"] = {**claimed, "total": count}
            evidence.figures["count"] = claimed["count"]
        evidence.rows = self._records([r for g in shown for r in g["row_ids"]], plan.language)

    def _measure(self, plan: Plan, measured: dict[str, str], by: str | None, selected: pd.DataFrame, evidence: Evidence) -> None:
        """A number field's sum, mean, min or max over the selected rows with a value; the rows
        without one are left out and counted. min/max name the rows holding it (top_n, ties
        kept); with `by`, one figure per group, ordered by it (groups with no value last)."""
        key, op = measured["field"], measured["op"]
        spec = load_mapping(getattr(self.register, "mapping", None)).typed(key)
        cells = selected.set_index("row_id")[column(key)].astype(float)
        values, blank = cells.dropna(), cells[cells.isna()]
        figures: dict[str, Any] = {
            "measure": {"op": op, "field": key, "value": measure(values, op),
                        "currency": getattr(spec, "currency", ""), "unit": getattr(spec, "unit_en", "")},
            "count": len(values), "blank": len(blank),
            "row_ids": [int(i) for i in values.index], "blank_row_ids": [int(i) for i in blank.index],
        }  # fmt: skip
        cited = figures["row_ids"]
        if by:
            groups = []
            for group in self._groups(selected, by, plan.language):
                part = values.reindex(group["row_ids"]).dropna()
                groups.append({**group, "count": len(part), "blank": len(group["row_ids"]) - len(part),
                               "row_ids": [int(i) for i in part.index], "measure": measure(part, op)})  # fmt: skip
            valued = sorted((g for g in groups if g["measure"] is not None),
                            key=lambda g: (g["measure"] if plan.order == "asc" else -g["measure"], g["label"]))  # fmt: skip
            if plan.top_n and len(valued) > plan.top_n:
                last = valued[plan.top_n - 1]["measure"]
                valued = [g for i, g in enumerate(valued) if i < plan.top_n or g["measure"] == last]
            else:
                valued += [g for g in groups if g["measure"] is None]
            figures.update(by=by, groups=valued)
            cited = [r for g in valued for r in g["row_ids"]]
        elif op in ("min", "max") and len(values):
            top = extremes(values, op, plan.top_n)
            figures["extremes"] = [{"row_id": int(i), "value": float(v)} for i, v in top.items()]
            cited = [int(i) for i in top.index]
        evidence.figures = figures
        # the rows the figure rests on, then those left out for a blank cell (the answer names them too)
        evidence.rows = self._records([*cited, *figures["blank_row_ids"]], plan.language)

    def _group_share(self, plan: Plan, group: dict[str, Any], selected: pd.DataFrame) -> dict[str, Any]:
        """A compared group's share of `part`, read as any share is (count = the part's rows)."""
        rows = self.register.df[self.register.df["row_id"].isin(group["row_ids"])]  # every column the part may test
        numerator = self._numerator(plan, rows)
        b = len(group["row_ids"])
        share = {"numerator": len(numerator), "denominator": b, "percent": round(100 * len(numerator) / b, 1) if b else None}
        return {**group, "count": len(numerator), "row_ids": numerator, "share": share, "denominator_row_ids": group["row_ids"]}

    def _numerator(self, plan: Plan, selected: pd.DataFrame, about: pd.Index | None = None) -> list[int]:
        """The rows of `selected` in the share's part (and outside `part_exclude`; or `about` the topic)."""
        keep = mask(selected, plan.part, plan.part_exclude, getattr(plan, "part_thresholds", ()))
        if about is not None:
            keep = pd.Series(selected.index.isin(about), index=selected.index)
        if getattr(plan, "part_name_has", None):  # "what share of records have 'chatbot' in their name"
            named = pd.Series(names_holding(self.register.df.loc[selected.index, "name"], plan.part_name_has).to_numpy(), index=selected.index)
            keep = named if keep is None else keep & named
        return selected["row_id"].tolist() if keep is None else selected.loc[keep, "row_id"].tolist()

    def _share(self, plan: Plan, selected: pd.DataFrame, evidence: Evidence, about: pd.Index | None = None) -> None:
        """Rows of `part` (and outside `part_exclude`; or the rows `about` the topic) among the rows of the filters."""
        denominator = selected["row_id"].tolist()
        numerator = self._numerator(plan, selected, about)
        a, b = len(numerator), len(denominator)
        percent = round(100 * a / b, 1) if b else None
        evidence.figures = {
            "count": a,
            "share": {"numerator": a, "denominator": b, "percent": percent},
            "row_ids": numerator,
            "denominator_row_ids": denominator,
        }
        if plan.claim:
            percent_claim = plan.claim.get("unit") == "%"
            evidence.figures["claim"] = claim_check(plan.claim, percent if percent_claim else a, percent=percent_claim)
            field = next(iter(plan.part), None)
            if percent_claim and plan.claim.get("value") == 50.0 and len(plan.part) == 1 and field not in plan.kinds and not plan.part_exclude:
                # "Most records were published in 2024, right?": a majority, and the largest group besides
                blank = self._blank_value(field)
                groups = [g for g in self._groups(selected, field, plan.language) if str(g["value"]).strip() and g["value"] != blank]  # a blank cell is no group
                evidence.figures["by"], evidence.figures["ranking"] = field, [g for g in groups if g["count"] == groups[0]["count"]]
        evidence.rows = self._records(numerator, plan.language)

    def _filtered(
        self, df: pd.DataFrame, filters: dict[str, list[str]], columns: list[str], exclude: dict[str, list[str]],
        thresholds: Any = (),
    ) -> pd.DataFrame:
        """The rows within the filters, outside the exclusions and meeting the number conditions, with `columns` only."""
        keep = mask(df, filters, exclude, thresholds)
        return df[columns] if keep is None else df.loc[keep, columns]

    def _search(self, plan: Plan, selected: pd.DataFrame, evidence: Evidence) -> Evidence:
        allowed = set(int(r) for r in selected["row_id"]) if plan.filters or plan.exclude or getattr(plan, "thresholds", None) else None
        # The whole question, not the stripped topic: its wording carries meaning the dense
        # model uses ("lire des ECG"), and the gate was calibrated on whole questions. A
        # follow-up that keeps the topic (« Et à la RAMQ ? ») searches with the question that
        # asked it, in that question's language.
        docs = self.retriever.invoke(
            plan.search_text or plan.question,
            language=None if plan.search_text else plan.language,
            allowed=allowed,
            where=where_clause(plan.filters, getattr(self.register, "mapping", None)),
        )
        for doc in docs:
            row_id = int(doc.metadata["row_id"])
            evidence.rows.append(self._record(row_id, plan.language))
            evidence.scores[row_id] = round(float(doc.metadata["score"]), 4)
        return evidence

    def _topic_set(self, plan: Plan, selected: pd.DataFrame, evidence: Evidence) -> pd.DataFrame:
        """Every row (within the filters) that matches the topic, by the stricter set gate."""
        allowed = set(int(r) for r in selected["row_id"])
        docs = self.retriever.invoke(
            plan.topic, language=plan.language, allowed=allowed, where=where_clause(plan.filters, getattr(self.register, "mapping", None)), exhaustive=True
        )
        ids = {int(d.metadata["row_id"]) for d in docs}
        for d in docs:
            evidence.scores[int(d.metadata["row_id"])] = round(float(d.metadata["score"]), 4)
        evidence.topic_set = True
        return selected[selected["row_id"].isin(ids)]

    def _blank_value(self, field: str) -> str | None:
        """The value a blank cell of `field` is read as ("Topic area not given"), or None: no group."""
        blank = getattr(self.register, "blanks", {}).get(field) or getattr(getattr(self.register, "mapping", None), "blank", {}).get(field)
        return None if blank == "error" else blank

    def _groups(self, selected: pd.DataFrame, field: str, language: str, ascending: bool = False) -> list[dict[str, Any]]:
        """The selected rows grouped by `field` (blank cells in no group), most rows first (fewest
        first when `ascending`), then by label; groups of equal count and label keep the order
        their first rows come in."""
        cells = selected[column(field)]
        if cells.dtype == object and len(cells) and isinstance(cells.iloc[0], tuple):  # a multi field
            selected = selected.assign(**{column(field): cells}).explode(column(field))
        parts = selected.groupby(column(field), sort=False)["row_id"]
        groups = [self._group(field, value, part, language) for value, part in parts]
        return keep_groups(groups, [], ascending)

    def _group(self, field: str, value: str | tuple[str, ...], ids: pd.Series, language: str) -> dict[str, Any]:
        mapping = getattr(self.register, "mapping", None)
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        group = {
            "field": field,
            "value": values if len(values) > 1 else value,
            "label": " + ".join(label(field, v, language, self.register.df, mapping) for v in values),
            "count": int(len(ids)),
            "row_ids": ids.tolist(),
        }
        if f"{field}:written" in self.register.df.columns:  # a flag or declared label: the file's spellings
            cells = self.register.df.loc[ids.tolist(), f"{field}:written"]
            group["written"] = [c for c in cells.value_counts(sort=True).index.tolist() if c]
        return group

    def _records(self, row_ids: list[int], language: str) -> Records | list[dict[str, Any]]:
        """The rows as records built when read: a count may cite 500 000 rows and show ten
        (`Records`; citations are read column-wise)."""
        return Records(self._table(language), row_ids, self.register.source) if row_ids else []

    def _record(self, row_id: int, language: str) -> dict[str, Any]:
        record = self.register.row(int(row_id))
        table = self._table(language)
        if table is not self.register.df:  # a bilingual register: its texts in the question's language
            record.update({c: table.at[int(row_id), c] for c in table.columns if f"{c}:fr" in table.columns})
        return {**record, "row_id": int(row_id), "source": self.register.source}

    def _table(self, language: str) -> pd.DataFrame:
        """The register's table with its bilingual texts in `language` (`Register.in_language`)."""
        localize = getattr(self.register, "in_language", None)
        return localize(language) if localize else self.register.df
