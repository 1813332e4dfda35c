"""Scoring one answer against its gold case: deterministic checks, no model.

Exact figures and groups, row-id precision/recall, hit@1/5, MRR and recall@5 of topic
citations, refusals (in both languages' wordings), the answer's language (its own words, not
the register strings it quotes) and intent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.evaluation.gold import Case
from assistant.language import detect_language
from assistant.register.labels import normalise
from assistant.types import Answer

GROUP_KEYS = ("ranking", "breakdown", "compare")  # plan.py: where rank/breakdown/compare put groups


_REFUSAL = re.compile(
    r"\bne (le |la |les |l')?(contient|recense|precise|indique|consigne|renseigne|mentionne|"
    r"donne|fournit|documente|comprend|couvre|inclut|repertorie|dit|traite)\b[^.]{0,60}?"
    r"\b(pas|aucun|aucune|rien)\b"
    r"|\bn'(indique|inclut|inscrit|est|a|contient|recense|enregistre|precise|consigne|"
    r"mentionne|documente|comprend|couvre|repertorie)\b[^.]{0,60}?\b(pas|aucun|aucune|rien)\b"
    r"|\baucune? (information|donnee|renseignement)"
    r"|\b(does not|doesn't|do not|don't) (record|say|contain|include|list|track|report|"
    r"provide|cover|give|hold|mention|state|have|collect)"
    r"|\bnot (recorded|included|listed|covered|available|reported|tracked|collected)\b"
    r"|\bno (information|data|record|initiative)s?\b|\bhas no\b"
    r"|\bout of scope\b|\bhors (du )?(champ|portee)\b"
)


def says_not_recorded(text: str) -> bool:
    """True when the answer says the register does not hold what was asked (FR or EN)."""
    return bool(_REFUSAL.search(normalise(text)))


def has_figures(figures: dict[str, Any]) -> bool:
    return any(value not in (None, "", [], {}) for value in (figures or {}).values())


def register_vocabulary(registers: Sequence[Any]) -> list[str]:
    """The registers' own French strings (names, bodies, portfolios, labels), longest first:
    an English answer quotes them as they are, so they say nothing of its language."""
    values = {
        str(v)
        for register in registers
        for col in ("name", "body", "portfolio", "category", "status")
        for v in register.df[col]
    }
    return sorted((v for v in values if len(v) > 3), key=len, reverse=True)


def answer_text_language(text: str, vocabulary: Sequence[str] = ()) -> str | None:
    """The language of the answer's own words, without list items, quotes, brackets and the
    register's strings; None when too few words remain to tell."""
    kept = [line for line in text.splitlines() if not re.match(r"\s*([-*•|]|\d+[.)])", line)]
    words = " ".join(kept)
    for value in vocabulary:
        if value in words:
            words = words.replace(value, " ")
    words = re.sub(r"«[^»]*»|\"[^\"]*\"|\([^)]*\)|\[[^\]]*\]|`[^`]*`", " ", words)
    if len(re.findall(r"[^\W\d_]{3,}", words)) < 6:
        return None
    return detect_language(words)


def precision_recall(returned: Sequence[int], expected: Iterable[int]) -> tuple[float, float]:
    got, want = set(returned), set(expected)
    hits = len(got & want)
    precision = hits / len(got) if got else (1.0 if not want else 0.0)
    recall = hits / len(want) if want else 1.0
    return round(precision, 4), round(recall, 4)


def topic_metrics(ranked: Sequence[int], relevant: Iterable[int], k: int = 5) -> dict[str, float]:
    """hit@1, hit@k, MRR and recall@k (capped: divided by min(k, number of relevant rows))."""
    relevant = set(relevant)
    ranked = list(dict.fromkeys(ranked))
    first = next((i for i, rid in enumerate(ranked, start=1) if rid in relevant), None)
    top = set(ranked[:k]) & relevant
    return {
        "hit@1": float(bool(ranked) and ranked[0] in relevant),
        f"hit@{k}": float(bool(top)),
        "mrr": round(1.0 / first, 4) if first else 0.0,
        f"recall@{k}": round(len(top) / min(k, len(relevant)), 4) if relevant else 0.0,
    }


def _group_names(group: dict[str, Any]) -> set[str]:
    names = {normalise(str(group.get("value", ""))), normalise(str(group.get("label", "")))}
    # "written": the file's own spellings a group counts ("Rights-Impacting" for "Rights-impacting only")
    names |= {normalise(str(label)) for label in (*group.get("labels", []), *group.get("written", []))}
    return names - {""}


def check_groups(expected: dict[str, Any], figures: dict[str, Any]) -> list[str]:
    """Problems (empty = right) between the expected groups and the answer's groups."""
    # a measure by group puts its groups in "groups" (a list; a count of groups elsewhere)
    got = next((figures[k] for k in (*GROUP_KEYS, "groups") if isinstance(figures.get(k), list)), None)
    claim = figures.get("claim")
    if isinstance(claim, dict) and claim.get("op") == "rank" and isinstance(claim.get("at_rank"), list):
        got = claim["at_rank"]  # "X is the second most common": the groups truly at that rank
    if got is None:
        return [f"no {'/'.join(GROUP_KEYS)} in figures"]
    wanted = expected["groups"]
    names = [_group_names(g) for g in wanted]
    problems, matched, counts = [], set(), []
    for group in got:
        if not isinstance(group, dict):
            return [f"group {group!r} is not an object"]
        index = next((i for i, n in enumerate(names) if n & _group_names(group)), None)
        count = group.get("count")
        if index is None:
            if count != 0:
                problems.append(f"unexpected group {group.get('value') or group.get('label')!r}")
            continue
        if index in matched:
            problems.append(f"group {wanted[index]['value']!r} given twice")
        matched.add(index)
        counts.append(count)
        if count != wanted[index]["count"]:
            problems.append(f"{wanted[index]['value']!r}: {count!r} ≠ {wanted[index]['count']}")
    unnamed = figures.get("unnamed")  # the rows with no value, said apart: an expected blank group found there
    if isinstance(unnamed, dict) and (index := next((i for i, n in enumerate(names) if i not in matched and n & _group_names(unnamed)), None)) is not None:
        matched.add(index)
        if unnamed.get("count") != wanted[index]["count"]:
            problems.append(f"{wanted[index]['value']!r}: {unnamed.get('count')!r} ≠ {wanted[index]['count']}")
    problems += [
        f"missing group {wanted[i]['value']!r}" for i in range(len(wanted)) if i not in matched
    ]
    if expected.get("ordered", True) and not problems:
        # A ranking runs the way the expected one does: most first, or fewest first ("the 2
        # least common categories"), as the gold lists them.
        wanted_counts = [g["count"] for g in wanted]
        fewest_first = wanted_counts != sorted(wanted_counts, reverse=True)
        if any(not isinstance(c, int | float) for c in counts) or counts != sorted(
            counts, reverse=not fewest_first
        ):
            order = "increasing" if fewest_first else "decreasing"
            problems.append(f"groups not in {order} order of count")
    return problems


def check_figure(expected: dict[str, Any], figures: dict[str, Any]) -> list[str]:
    problems = []
    if "count" in expected:
        got = figures.get("count")
        if isinstance(got, bool) or not isinstance(got, int | float) or got != expected["count"]:
            problems.append(f"count {got!r} ≠ {expected['count']}")
    if "groups" in expected:
        problems += check_groups(expected, figures)
    if "group_count" in expected:
        got = figures.get("groups")
        if isinstance(got, list):  # a ranking's groups: how many it names
            got = len(got)
        if got != expected["group_count"] or figures.get("by") != expected.get("by", figures.get("by")):
            problems.append(f"groups {got!r} by {figures.get('by')!r} ≠ {expected['group_count']} by {expected.get('by')!r}")
    if "share" in expected:
        got = figures.get("share") if isinstance(figures.get("share"), dict) else {}
        want = expected["share"]
        if (got.get("numerator"), got.get("denominator")) != (want["numerator"], want["denominator"]):
            problems.append(f"share {got.get('numerator')!r}/{got.get('denominator')!r} ≠ {want['numerator']}/{want['denominator']}")
    if "exists" in expected and figures.get("exists") is not expected["exists"]:
        problems.append(f"exists {figures.get('exists')!r} ≠ {expected['exists']}")
    if "measure" in expected:
        problems += _check_measure(expected, figures)
    if "claim_holds" in expected:
        claim = figures.get("claim") if isinstance(figures.get("claim"), dict) else {}
        if claim.get("holds") is not expected["claim_holds"]:
            problems.append(f"claim holds {claim.get('holds')!r} ≠ {expected['claim_holds']}")
    return problems


def _same(a: Any, b: Any) -> bool:
    return isinstance(a, int | float) and isinstance(b, int | float) and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _check_measure(expected: dict[str, Any], figures: dict[str, Any]) -> list[str]:
    """A number field's sum, mean, min or max, the rows a min/max names, and each group's figure."""
    got = figures.get("measure") if isinstance(figures.get("measure"), dict) else {}
    want = expected["measure"]
    problems = []
    if got.get("op") != want.get("op") or not _same(got.get("value"), want.get("value")):
        problems.append(f"measure {got.get('op')!r} {got.get('value')!r} ≠ {want.get('op')!r} {want.get('value')!r}")
    if "extremes" in expected:
        named = [e.get("row_id") for e in figures.get("extremes", []) if isinstance(e, dict)]
        if named != expected["extremes"]:
            problems.append(f"extremes {named!r} ≠ {expected['extremes']!r}")
    by_value = {g.get("value"): g for g in figures.get("groups", []) if isinstance(g, dict)}
    for group in expected.get("groups", []):
        if "measure" in group and not _same(by_value.get(group["value"], {}).get("measure"), group["measure"]):
            problems.append(f"{group['value']!r}: measure {by_value.get(group['value'], {}).get('measure')!r} ≠ {group['measure']}")
    return problems


def returned_rows(answer: Answer) -> list[int]:
    """The rows an answer returns: all of them (`figures["row_ids"]`) when it gives them,
    otherwise the rows it cites."""
    ids = answer.figures.get("row_ids") if isinstance(answer.figures, dict) else None
    if isinstance(ids, list):
        return [int(i) for i in ids]
    return list(dict.fromkeys(c.row_id for c in answer.citations))


def score(
    case: Case, answer: Answer, vocabulary: Sequence[str] = ()
) -> tuple[bool, dict[str, Any], list[str]]:
    """(passed, metrics, problems) of one answer. `passed` is the case kind's own check; the
    metrics hold every check the case supports (language always, intent when given, ...).
    `vocabulary`: the register's strings, ignored when the answer's wording is checked."""
    checks: dict[str, Any] = {}
    problems: list[str] = []
    text_language = answer_text_language(answer.answer, vocabulary)
    checks["language"] = answer.language == case.language and text_language in (None, case.language)
    if not checks["language"]:
        problems.append(f"language {answer.language!r} (text: {text_language}) ≠ {case.language!r}")
    if case.intent:
        checks["intent"] = answer.intent == case.intent
        if not checks["intent"]:
            problems.append(f"intent {answer.intent!r} ≠ {case.intent!r}")
    expected = case.expected
    if isinstance(expected.get("row_ids"), list):
        checks["precision"], checks["recall"] = precision_recall(
            returned_rows(answer), expected["row_ids"]
        )
    if case.kind == "figure":
        figure_problems = check_figure(expected, answer.figures or {})
        checks["figure"] = not figure_problems
        problems += figure_problems
    elif case.kind == "rows":
        checks["rows"] = checks["precision"] == 1.0 and checks["recall"] == 1.0
        if not checks["rows"]:
            problems.append(f"rows: precision {checks['precision']}, recall {checks['recall']}")
    elif case.kind == "topic":
        checks.update(topic_metrics([c.row_id for c in answer.citations], expected["relevant"]))
        if not checks["hit@5"]:
            problems.append("no relevant row among the first 5 citations")
    elif case.kind == "refusal":
        declined = answer.intent == "out_of_scope" or says_not_recorded(answer.answer)
        figures = dict(answer.figures or {})
        field_name = figures.pop("missing_field", None)  # the reason of the refusal, not a figure
        checks["refusal"] = declined and not has_figures(figures)
        if not declined:
            problems.append("does not say the register does not record it")
        if has_figures(figures):
            problems.append("carries figures")
        if expected.get("missing_field") and field_name != expected["missing_field"]:
            checks["refusal"] = False
            problems.append(f"missing field {field_name!r} ≠ {expected['missing_field']!r}")
    elif case.kind == "text":
        text = normalise(answer.answer)
        missing = [s for s in expected["contains"] if normalise(s).rstrip(" .") not in text]
        checks["text"] = not missing
        problems += [f"missing text {s[:60]!r}" for s in missing]
    primary = {"topic": "hit@5"}.get(case.kind, case.kind)
    return bool(checks[primary]), checks, problems
