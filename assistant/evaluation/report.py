"""Summaries, thresholds and the written report of an evaluation run (`portrait-ia eval`).

`build_result` turns the runs of `evaluate.py` into one JSON-ready dict (every case, summaries
overall and per kind, language, intent, variant and gold file, threshold checks); `write` saves
it as `result.json` and renders `report.md`. Charts are Unicode bars inside the Markdown, so
the report reads the same in a terminal, a diff and a browser.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assistant.evaluation.gold import KINDS, Case
from assistant.evaluation.run import THRESHOLDS, CaseResult, Run

# (key, column title) of the summary metrics, in table order.
COLUMNS = (
    ("n", "cases"),
    ("accuracy", "accuracy"),
    ("figure_accuracy", "figure acc."),
    ("rows_accuracy", "rows exact"),
    ("precision", "row P"),
    ("recall", "row R"),
    ("hit@1", "hit@1"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("recall@5", "recall@5"),
    ("refusal", "refusal"),
    ("text_accuracy", "text"),
    ("language", "language"),
    ("intent", "intent"),
    ("explained", "explained"),
    ("latency_p50_ms", "p50 ms"),
    ("latency_p95_ms", "p95 ms"),
    ("faithfulness", "faithfulness"),
    ("relevance", "relevance"),
)
CHART_METRICS = (
    "figure_accuracy",
    "rows_accuracy",
    "hit@5",
    "mrr",
    "refusal",
    "language",
    "intent",
)
FAILURES_LISTED = (150, 40)  # failures shown in report.md: first configuration, the others


def _mean(values: Iterable[float | bool]) -> float | None:
    values = [float(v) for v in values]
    return round(sum(values) / len(values), 4) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0-100)."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)], 2)


def summarise(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Every metric over `results`; None where no case measures it. A case whose answer raised
    counts as wrong on every metric it should have had."""

    def of_kind(kind: str) -> list[CaseResult]:
        return [r for r in results if r.kind == kind]

    topic = of_kind("topic")
    with_rows = [r for r in results if isinstance(r.expected.get("row_ids"), list)]
    with_intent = [r for r in results if r.intent]
    latencies = [r.latency_ms for r in results if r.latency_ms is not None]
    judged = [r.judge for r in results if r.judge]
    summary: dict[str, Any] = {
        "n": len(results),
        "passed": sum(r.passed for r in results),
        "accuracy": _mean(r.passed for r in results),
        "figure_accuracy": _mean(r.passed for r in of_kind("figure")),
        "rows_accuracy": _mean(r.passed for r in of_kind("rows")),
        "precision": _mean(r.checks.get("precision", 0.0) for r in with_rows),
        "recall": _mean(r.checks.get("recall", 0.0) for r in with_rows),
        **{
            m: _mean(r.checks.get(m, 0.0) for r in topic)
            for m in ("hit@1", "hit@5", "mrr", "recall@5")
        },
        "refusal": _mean(r.passed for r in of_kind("refusal")),
        "text_accuracy": _mean(r.passed for r in of_kind("text")),
        "language": _mean(r.checks.get("language", False) for r in results),
        "intent": _mean(r.checks.get("intent", False) for r in with_intent),
        "explained": _mean(e for r in results if (e := _explained(r)) is not None),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "errors": sum(1 for r in results if r.error),
        "counts": {
            **{k: len(of_kind(k)) for k in KINDS},
            "with_row_ids": len(with_rows),
            "with_intent": len(with_intent),
        },
    }
    if judged:
        summary["faithfulness"] = _mean(
            j["faithfulness"] for j in judged if j.get("faithfulness") is not None
        )
        summary["relevance"] = _mean(
            j["relevance"] for j in judged if j.get("relevance") is not None
        )
        summary["judge_errors"] = sum(1 for j in judged if "error" in j)
    return summary


def _explained(r: CaseResult) -> float | None:
    """How much of the question the plan explained (`Plan.explained`), when the answer had a plan."""
    plan = (r.got or {}).get("plan") or {}
    return plan.get("explained")


_BANDS = ("all words", "most (≥ 0.75)", "less (< 0.75)", "(no plan)")


def _explained_band(r: CaseResult) -> str:
    """Cases by how sure the plan was: a calibrated plan is right more often when it explained all."""
    e = _explained(r)
    return "(no plan)" if e is None else "all words" if e >= 1 else "most (≥ 0.75)" if e >= 0.75 else "less (< 0.75)"


def _groups(results: Sequence[CaseResult], key) -> dict[str, dict[str, Any]]:
    names = list(dict.fromkeys(key(r) for r in results))
    return {name: summarise([r for r in results if key(r) == name]) for name in names}


def summaries(results: Sequence[CaseResult]) -> dict[str, Any]:
    by_kind = _groups(results, lambda r: r.kind)
    follow_ups = [r for r in results if r.follow_up]
    if follow_ups:
        by_kind["follow-up"] = summarise(follow_ups)
    by_band = _groups(results, _explained_band)
    return {
        "overall": summarise(results),
        "by_kind": by_kind,
        "by_language": _groups(results, lambda r: r.language),
        "by_intent": _groups(results, lambda r: r.intent or "(none)"),
        "by_variant": _groups(results, lambda r: r.variant or "(none)"),
        "by_file": _groups(results, lambda r: r.file),
        "by_explained": {band: by_band[band] for band in _BANDS if band in by_band},
    }


def check_thresholds(
    overall: dict[str, Any], thresholds: dict[str, float], config: str
) -> list[dict]:
    """One check per given threshold: the metric, its value, the minimum, and whether it holds."""
    checks = []
    for flag, minimum in thresholds.items():
        metric, what = THRESHOLDS[flag]
        value = overall.get(metric)
        option = "--" + flag.replace("_", "-")
        if value is None:
            message = f"{what}: no case measures it, so {option} {minimum} cannot hold ({config!r})"
        else:
            message = f"{what} {value:.3f} {'≥' if value >= minimum else '<'} {option} {minimum} ({config!r})"
        checks.append(
            {"flag": option, "metric": metric, "value": value, "min": minimum,
             "ok": value is not None and value >= minimum, "message": message}
        )  # fmt: skip
    return checks


def build_result(
    runs: Sequence[Run],
    cases: Sequence[Case],
    gold_paths: Sequence[str | Path],
    thresholds: dict[str, float],
) -> dict[str, Any]:
    """Everything the run measured, JSON-ready. Thresholds are checked on the first configuration."""
    configs = [
        {"name": run.name, "seconds": run.seconds, "info": run.info, "summary": summaries(run.results),
         "results": [r.to_dict() for r in run.results]}
        for run in runs
    ]  # fmt: skip
    checks = (
        check_thresholds(configs[0]["summary"]["overall"], thresholds, runs[0].name) if runs else []
    )
    files = Counter(c.file for c in cases)
    return {
        "created": time.strftime("%Y-%m-%d %H:%M:%S"),
        "gold": [
            {"path": str(p), "file": Path(p).name, "cases": files.get(Path(p).name, 0)}
            for p in gold_paths
        ],
        "cases": {
            "total": len(cases),
            "by_kind": dict(Counter(c.kind for c in cases)),
            "follow_up": sum(c.follow_up for c in cases),
            "by_language": dict(Counter(c.language for c in cases)),
            "by_intent": dict(Counter(c.intent or "(none)" for c in cases)),
            "by_variant": dict(Counter(c.variant or "(none)" for c in cases)),
        },
        "configs": configs,
        "thresholds": thresholds,
        "threshold_checks": checks,
        "threshold_failures": [c["message"] for c in checks if not c["ok"]],
    }


# --- rendering --------------------------------------------------------------------------------


def _fmt(value: Any, key: str = "") -> str:
    if value is None:
        return "—"
    if key == "n" or isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if key.startswith("latency"):
        return f"{value:.1f}"
    return f"{value:.3f}"


def _cell(text: Any, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def table(rows: dict[str, dict[str, Any]], first: str) -> list[str]:
    """A Markdown table of summaries (one row per group), without the columns no group has."""
    keys = [(k, t) for k, t in COLUMNS if any(s.get(k) is not None for s in rows.values())]
    lines = [
        f"| {first} | " + " | ".join(t for _, t in keys) + " |",
        "|---" * (len(keys) + 1) + "|",
    ]
    for name, summary in rows.items():
        lines.append(
            f"| {_cell(name)} | " + " | ".join(_fmt(summary.get(k), k) for k, _ in keys) + " |"
        )
    return lines


def bar(value: float, width: int = 24) -> str:
    eighths = round(max(0.0, min(1.0, value)) * width * 8)
    full, rest = divmod(eighths, 8)
    return ("█" * full + ("▏▎▍▌▋▊▉"[rest - 1] if rest else "")).ljust(width)


def bar_chart(title: str, blocks: list[tuple[str, list[tuple[str, float | None]]]]) -> list[str]:
    """Unicode bars in a code block: one block per metric, one bar per configuration."""
    width = max((len(n) for _, bars in blocks for n, _ in bars), default=0)
    lines = [f"**{title}**", "", "```text"]
    for heading, bars in blocks:
        lines.append(heading)
        for name, value in bars:
            shown = f"{bar(value)} {value:.3f}" if value is not None else "(no case)"
            lines.append(f"  {name.ljust(width)}  {shown}")
    return [*lines, "```", ""]


def _expected_text(r: dict[str, Any]) -> str:
    e = r["expected"]
    if r["kind"] == "figure":
        parts = [f"count {e['count']}"] if "count" in e else []
        if "groups" in e:
            groups = ", ".join(
                f"{g.get('labels', [g['value']])[0]} {g['count']}" for g in e["groups"]
            )
            parts.append(f"by {e.get('by', '?')}: {groups}")
        return "; ".join(parts)
    if r["kind"] == "rows":
        ids = e["row_ids"]
        return f"{len(ids)} rows: {', '.join(map(str, ids[:12]))}{' …' if len(ids) > 12 else ''}"
    if r["kind"] == "topic":
        return "relevant: " + ", ".join(map(str, e["relevant"][:12]))
    if r["kind"] == "text":
        return "contains " + "; ".join(repr(s[:50]) for s in e["contains"])
    return {"refusal": "says the register does not record it, no figures"}.get(r["kind"], "")


def _got_text(r: dict[str, Any]) -> str:
    if r["error"]:
        return "error: " + r["error"]
    g = r["got"]
    figures = json.dumps({k: (v if k != "row_ids" else f"{len(v)} ids") for k, v in (g["figures"] or {}).items()},
                         ensure_ascii=False)  # fmt: skip
    rows = ", ".join(map(str, g["row_ids"][:8])) + (" …" if len(g["row_ids"]) > 8 else "")
    first_line = (g["answer"].strip().splitlines() or [""])[0]
    return f"intent {g['intent']} · figures {figures} · rows [{rows}] · “{first_line}”"


def _question_text(r: dict[str, Any]) -> str:
    *earlier, last = r["turns"]
    return " → ".join([*earlier, f"**{last}**"]) if earlier else last


def failures(config: dict[str, Any], limit: int) -> list[str]:
    failed = [
        r for r in config["results"] if not r["passed"] or not r["checks"].get("language", True)
    ]
    lines = [f"### Failures — {config['name']} ({len(failed)})", ""]
    if not failed:
        return [*lines, "None.", ""]
    lines += ["| id | kind | question | expected | got | why |", "|---|---|---|---|---|---|"]
    for r in failed[:limit]:
        lines.append(
            f"| {r['id']} | {r['kind']} | {_cell(_question_text(r), 200)} | {_cell(_expected_text(r))} | "
            f"{_cell(_got_text(r), 220)} | {_cell('; '.join(r['problems']), 160)} |"
        )
    if len(failed) > limit:
        lines.append(f"\n… and {len(failed) - limit} more in result.json.")
    return [*lines, ""]


def render(result: dict[str, Any]) -> str:
    configs = result["configs"]
    cases = result["cases"]
    info = configs[0]["info"] if configs else {}
    lines = [f"# Evaluation — {result['created']}", ""]
    if info.get("register"):
        lines.append(
            f"Register: `{info['register']}` ({info.get('rows')} rows, sha256 {info.get('sha256')}…)."
        )
    gold = ", ".join(f"`{g['file']}` ({g['cases']})" for g in result["gold"])
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(cases["by_kind"].items()))
    languages = ", ".join(f"{k} {n}" for k, n in sorted(cases["by_language"].items()))
    lines += [
        f"Gold: {gold}. Cases: {cases['total']} ({kinds}; {cases['follow_up']} follow-ups; {languages}).",
        "Configurations: " + ", ".join(
            f"`{c['name']}` ({c['seconds']:.1f} s for the cases, set-up {c['info'].get('setup_s', 0):.1f} s"
            + (f", {c['info']['embedder']}" if c["info"].get("embedder") else "") + ")"
            for c in configs
        ) + ".",
        "",
        "## Summary",
        "",
        *table({c["name"]: c["summary"]["overall"] for c in configs}, "configuration"),
        "",
    ]  # fmt: skip
    if result["threshold_checks"]:
        lines += ["Thresholds (first configuration):", ""]
        lines += [
            f"- {'✅' if c['ok'] else '❌'} {c['message']}" for c in result["threshold_checks"]
        ]
        lines.append("")
    lines += ["## Charts", ""]
    overall = [(c["name"], c["summary"]["overall"]) for c in configs]
    titles = dict(COLUMNS)
    lines += bar_chart(
        "Main metrics (0 to 1)",
        [(titles[m], [(n, s.get(m)) for n, s in overall]) for m in CHART_METRICS
         if any(s.get(m) is not None for _, s in overall)],
    )  # fmt: skip
    intents = list(dict.fromkeys(i for c in configs for i in c["summary"]["by_intent"]))
    lines += bar_chart(
        "Accuracy by expected intent",
        [(i, [(c["name"], c["summary"]["by_intent"].get(i, {}).get("accuracy")) for c in configs]) for i in intents],
    )  # fmt: skip
    for config in configs:
        s = config["summary"]
        lines += [f"## {config['name']}", ""]
        for title, key, first in (
            ("By kind", "by_kind", "kind"),
            ("By language", "by_language", "language"),
            ("By expected intent", "by_intent", "intent"),
            ("By variant", "by_variant", "variant"),
            ("By gold file", "by_file", "file"),
            ("By how much of the question the plan explained", "by_explained", "explained"),
        ):
            if key in s:  # results written before `by_explained` existed
                lines += [f"### {title}", "", *table(s[key], first), ""]
    for i, config in enumerate(configs):
        lines += failures(config, FAILURES_LISTED[0] if i == 0 else FAILURES_LISTED[1])
    lines += [
        "## How to read it",
        "",
        "accuracy: share of cases whose own check holds (figure: exact figures; rows: exact row "
        "set; topic: hit@5; refusal; text). row P/R: precision and recall of the returned rows "
        "(`figures.row_ids`, else the citations) against the expected ids. hit@k, MRR, recall@5 "
        "(capped at min(5, relevant)): over the citations in order, topic cases. language: the "
        "answer's language field and its wording match the question (every case). intent: cases "
        "that name the expected intent. explained: the mean share of the question's words the plan "
        "accounted for (`plan.explained`); the cases are also grouped by it. Latency: the judged turn only.",
        "",
    ]
    return "\n".join(lines)


def write(out_dir: str | Path, result: dict[str, Any]) -> tuple[Path, Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / "result.json", out / "report.md"
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    md_path.write_text(render(result), encoding="utf-8")
    return json_path, md_path


def console_summary(result: dict[str, Any]) -> str:
    keys = ("n", "accuracy", "figure_accuracy", "rows_accuracy", "hit@5", "mrr", "refusal", "language",
            "intent", "latency_p50_ms", "latency_p95_ms")  # fmt: skip
    titles = dict(COLUMNS)
    width = max([len(c["name"]) for c in result["configs"]] + [13])
    lines = ["configuration".ljust(width) + "".join(titles[k].rjust(12) for k in keys)]
    for config in result["configs"]:
        overall = config["summary"]["overall"]
        lines.append(
            config["name"].ljust(width) + "".join(_fmt(overall.get(k), k).rjust(12) for k in keys)
        )
    return "\n".join(lines)
