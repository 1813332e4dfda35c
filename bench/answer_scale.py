"""How the exact answers (count, list, rank, breakdown, compare) scale with the register's size.

    .venv/bin/python bench/answer_scale.py [--rows 10000 100000 1000000] [--runs 5]
                                           [--label after] [--keep-csv DIR]

Why: a count over a large register cites every matching row (half a million at 1M rows), and
the time went into per-row records and citations, not into the count. These intents need no
dense index, so this bench skips the (hours-long at 1M) index build of `bench/index_scale.py`
and reuses its synthetic registers (`write_register`, the bundled register's vocabulary, fixed
seed), which makes its figures comparable with that bench's.

What, per size, in a fresh subprocess (its own RSS high-water mark):
- `load_register` of the synthetic CSV;
- for each plan below (built directly, no understanding step), `--runs` times: `Executor`
  (pandas, no retriever), `ExtractiveComposer.compose`, `Answer.to_dict` and `Answer.to_json`,
  each timed apart (p50/p95 in ms, nearest rank), with the number of citations;
- once per size, the UI's sources table for the count answer (`ui.chat.citations_table`);
- peak RSS after loading and at the end.

Plans: count and list of the rows in production (FR; count also EN), the top 5 bodies, the
breakdown by category (cites every row), production vs development (compare).

Prints a Markdown table; merges into bench/results/answer_scale.json under `--label`
("before" / "after" a change; the sizes measured by this run replace that label's older ones).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from index_scale import ENV, package_version, peak_rss_mb, percentile, write_register  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "answer_scale.json"
PLANS = {  # name -> Plan keywords (canonical filter values of the bundled register)
    "count": dict(question="Combien d'initiatives sont en production ?", language="fr", intent="count",
                  filters={"status": ["in_production"]}),
    "count_en": dict(question="How many initiatives are in production?", language="en", intent="count",
                     filters={"status": ["in_production"]}),
    "list": dict(question="Quelles initiatives sont en production ?", language="fr", intent="list",
                 filters={"status": ["in_production"]}),
    "rank": dict(question="Quels sont les 5 organismes qui ont le plus d'initiatives ?", language="fr",
                 intent="rank", group_by="body", top_n=5),
    "breakdown": dict(question="Répartition des initiatives par catégorie", language="fr", intent="breakdown",
                      group_by="category"),
    "compare": dict(question="Combien en production par rapport à en développement ?", language="fr",
                    intent="compare", compare=[("status", "in_production"), ("status", "in_development")]),
}  # fmt: skip
STEPS = ("execute", "compose", "to_dict", "to_json")


def timed(func):
    started = time.perf_counter()
    result = func()
    return result, (time.perf_counter() - started) * 1000


def summary(ms: list[float]) -> dict[str, float]:
    return {"ms_p50": round(percentile(ms, 0.5), 1), "ms_p95": round(percentile(ms, 0.95), 1)}


def worker(csv_path: Path, runs: int) -> dict:
    from assistant.compose.extractive import ExtractiveComposer
    from assistant.execute import Executor
    from assistant.register.load import load_register
    from assistant.types import Plan

    register, load_ms = timed(lambda: load_register(csv_path))
    out = {"rows": len(register), "load_s": round(load_ms / 1000, 2), "rss_mb": {"load": peak_rss_mb()}, "plans": {}}
    executor, composer = Executor(register, retriever=None), ExtractiveComposer()
    for name, keywords in PLANS.items():
        ms: dict[str, list[float]] = {step: [] for step in (*STEPS, "total")}
        for _ in range(runs):
            gc.collect()
            plan = Plan(**keywords)
            evidence, ms_execute = timed(lambda plan=plan: executor(plan))
            answer, ms_compose = timed(lambda plan=plan, evidence=evidence: composer.compose(plan, evidence))
            _, ms_dict = timed(answer.to_dict)
            _, ms_json = timed(answer.to_json)
            for step, value in zip(STEPS, (ms_execute, ms_compose, ms_dict, ms_json), strict=True):
                ms[step].append(value)
            ms["total"].append(ms_execute + ms_compose + ms_json)  # what `ask --json` pays after understanding
            del evidence
        out["plans"][name] = {
            "citations": len(answer.citations),
            "count": answer.figures.get("count"),
            "n": runs,
            **{step: summary(values) for step, values in ms.items()},
        }
        print(f"  {name}: {len(answer.citations)} citations, total p50 {out['plans'][name]['total']['ms_p50']:g} ms", flush=True)
        if name == "count":
            count_answer = answer
        del answer
    from assistant.ui.chat import citations_table

    assistant = SimpleNamespace(register=register, registers=[register])
    gc.collect()
    table, ui_ms = timed(lambda: citations_table(assistant, count_answer))
    out["ui_table_count"] = {"ms": round(ui_ms, 1), "rows": len(table)}
    out["rss_mb"]["done"] = peak_rss_mb()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def run_size(n: int, csv_path: Path, runs: int) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        result_path = Path(f.name)
    command = [sys.executable, __file__, "--worker", str(csv_path), "--runs", str(runs), "--out", str(result_path)]
    print(f"\n== {n} rows: worker started ({time.strftime('%H:%M:%S')}, load {os.getloadavg()[0]:.2f})", flush=True)
    version = package_version()
    load_start = os.getloadavg()[0]
    status = subprocess.run(command, env=os.environ | ENV).returncode
    result = json.loads(result_path.read_text(encoding="utf-8")) if status == 0 else {"rows": n, "error": f"exit {status}"}
    result_path.unlink(missing_ok=True)
    result.update(when=time.strftime("%Y-%m-%d %H:%M"), package=version, loadavg=[load_start, os.getloadavg()[0]])
    return result


def table(label: str, results: list[dict]) -> str:
    lines = [
        f"{label}: p50 / p95 ms (execute + compose + to_json); citations; peak RSS",
        "",
        "| rows | plan | citations | execute | compose | to_dict | to_json | total | UI table (count) | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for name, p in r.get("plans", {}).items():
            cells = [f"{p[s]['ms_p50']:g} / {p[s]['ms_p95']:g}" for s in (*STEPS, "total")]
            ui = f"{r['ui_table_count']['ms']:g}" if name == "count" and "ui_table_count" in r else ""
            lines.append(f"| {r['rows']} | {name} | {p['citations']} | {' | '.join(cells)} | {ui} | {r['peak_rss_mb']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", nargs="+", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per plan (p50/p95 over them)")
    parser.add_argument("--label", default="after", help="key the results are stored under (before / after)")
    parser.add_argument("--keep-csv", type=Path, help="write (or reuse) the synthetic registers in this folder")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        args.out.write_text(json.dumps(worker(args.worker, args.runs)), encoding="utf-8")
        return
    results = []
    with tempfile.TemporaryDirectory(prefix="answer-scale-") as tmp_name:
        folder = args.keep_csv or Path(tmp_name)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.rows:
            csv_path = folder / f"register-{n}.csv"
            if not csv_path.exists():
                write_register(csv_path, n)
            results.append(run_size(n, csv_path, args.runs))
    print("\n" + table(args.label, results))
    stored = json.loads(args.results.read_text(encoding="utf-8")) if args.results.exists() else {}
    fresh = {r["rows"] for r in results}
    old = [r for r in stored.get(args.label, []) if r.get("rows") not in fresh]
    stored[args.label] = sorted(old + results, key=lambda r: r["rows"])
    stored["machine"] = f"{os.cpu_count()} cores, shared (see loadavg per size); Python {sys.version.split()[0]}"
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(stored, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"Written to {args.results.relative_to(ROOT) if args.results.is_relative_to(ROOT) else args.results}")


if __name__ == "__main__":
    main()
