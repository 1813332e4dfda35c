"""Latency per intent, warm, and our pipeline against the naive LangChain RAG chain, in one run.

    .venv/bin/python bench/ask_latency.py [--passes 3] [--gold FILE ...] [--data FILE]

Why: the README quotes `ask` latency per intent and how our pipeline compares with the textbook
RAG chain on the same machine; one script, one process, the same questions, so the ratio is not
skewed by a different machine or load.

What it does:
- start-up: `Assistant()` building the index from scratch in a temporary folder, then again with
  the index built;
- every case of the gold sets (default: the Québec sets of `portrait-ia eval`) through both
  configurations, `--passes` times after one warm-up pass; a conversation is timed on its last
  turn, as the evaluation does;
- latency per intent (the case's expected intent; topic cases are `search`, refusals
  `out_of_scope`), p50/p95 nearest-rank (the evaluation's own percentile), accuracy of each
  configuration from the evaluation's scoring, and the ratios ours/naive.

Prints a table; writes bench/results/ask_latency.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.evaluation.answerers import Answerers, parse_configuration  # noqa: E402
from assistant.evaluation.gold import load_gold  # noqa: E402
from assistant.evaluation.report import percentile  # noqa: E402
from assistant.evaluation.run import run_case  # noqa: E402
from bench.serve_cold_start import package_version  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "ask_latency.json"
GOLD = [ROOT / "data" / "eval" / name for name in (
    "gold_generated.jsonl", "gold_topics.jsonl", "gold_out_of_scope.jsonl",
    "gold_conversations.jsonl", "gold_conversations_handwritten.jsonl", "gold_groups_handwritten.jsonl",
    "probe.jsonl",
)]  # fmt: skip
KIND_INTENT = {"topic": "search", "refusal": "out_of_scope"}


def intent_of(case) -> str:
    """The intent a case asks for: what the gold says, else what its kind implies."""
    return case.intent or KIND_INTENT.get(case.kind, case.kind)


def start_up(index_dir: str, data: list[str] | None) -> dict[str, float]:
    """Seconds for `Assistant()` with no index (builds it), then with the index built."""
    kwargs = {"data": data} if data else {}
    started = time.perf_counter()
    assistant = Assistant(index_dir=index_dir, **kwargs)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    Assistant(index_dir=index_dir, **kwargs)
    warm = time.perf_counter() - started
    return {
        "start_with_index_build_s": round(cold, 2),
        "index_build_s": round(assistant.build_report.seconds, 2),
        "start_with_built_index_s": round(warm, 2),
        "rows": len(assistant.register),
        "embedder": assistant.embedder.model_id,
    }


def measure(answerer, cases, passes: int) -> tuple[dict[str, list[float]], dict[str, list[bool]]]:
    """Latencies (ms) and pass/fail per intent; one untimed warm-up pass first."""
    for case in cases:
        run_case(case, answerer)
    latencies: dict[str, list[float]] = defaultdict(list)
    passed: dict[str, list[bool]] = defaultdict(list)
    for n in range(passes):
        for case in cases:
            result = run_case(case, answerer)
            latencies[intent_of(case)].append(result.latency_ms or 0.0)
            if n == 0:
                passed[intent_of(case)].append(result.passed)
    return latencies, passed


def figures(latencies: list[float], passed: list[bool]) -> dict[str, float | int | None]:
    return {
        "cases": len(passed),
        "accuracy": round(sum(passed) / len(passed), 3) if passed else None,
        "ms_p50": percentile(latencies, 50),
        "ms_p95": percentile(latencies, 95),
    }


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", nargs="+", default=[str(p) for p in GOLD], help="gold set file(s)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over the cases (default 3)")
    parser.add_argument("--data", nargs="+", help="register file(s) (default: the settings')")
    parser.add_argument("--output", type=Path, default=RESULTS, help="JSON result file")
    args = parser.parse_args(argv)

    cases = load_gold(args.gold)
    result = {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "package": package_version(),
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}",
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
        "cases": len(cases),
        "passes": args.passes,
    }
    with tempfile.TemporaryDirectory() as tmp:
        result.update(start_up(tmp, args.data))
        base = {"index_dir": tmp, **({"data": args.data} if args.data else {})}
        answerers = Answerers(base)
        configs = {}
        for name in ("default", "naive"):
            answerer = answerers.build(parse_configuration(name))
            started = time.perf_counter()
            latencies, passed = measure(answerer, cases, args.passes)
            every = [ms for values in latencies.values() for ms in values]
            configs[name] = {
                "seconds": round(time.perf_counter() - started, 1),
                "all": figures(every, [p for values in passed.values() for p in values]),
                "by_intent": {i: figures(latencies[i], passed[i]) for i in sorted(latencies)},
            }
    ours, naive = configs["default"], configs["naive"]
    result["configurations"] = configs
    result["ours_over_naive"] = {
        "latency_p50": ratio(ours["all"]["ms_p50"], naive["all"]["ms_p50"]),
        "latency_p95": ratio(ours["all"]["ms_p95"], naive["all"]["ms_p95"]),
        "accuracy": ratio(ours["all"]["accuracy"], naive["all"]["accuracy"]),
    }
    result["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]

    print(f"{result['rows']} rows, {result['embedder']}, {len(cases)} cases x {args.passes} passes, "
          f"package {result['package']}, load {result['loadavg_start']} -> {result['loadavg_end']}")  # fmt: skip
    print(f"Assistant() start: {result['start_with_index_build_s']} s building the index "
          f"({result['index_build_s']} s of it), {result['start_with_built_index_s']} s with it built")  # fmt: skip
    header = f"{'intent':14} {'cases':>5}  {'ours p50':>9} {'p95':>8} {'acc':>6}  {'naive p50':>9} {'p95':>8} {'acc':>6}"
    print(header)
    for intent in [*ours["by_intent"], "all"]:
        o = ours["all"] if intent == "all" else ours["by_intent"][intent]
        n = naive["all"] if intent == "all" else naive["by_intent"][intent]
        print(f"{intent:14} {o['cases']:>5}  {o['ms_p50']:>7} ms {o['ms_p95']:>5} ms {o['accuracy']:>6}  "
              f"{n['ms_p50']:>7} ms {n['ms_p95']:>5} ms {n['accuracy']:>6}")  # fmt: skip
    r = result["ours_over_naive"]
    print(f"ours / naive: latency p50 x{r['latency_p50']}, p95 x{r['latency_p95']}, accuracy x{r['accuracy']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(f"Written to {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")


if __name__ == "__main__":
    main()
