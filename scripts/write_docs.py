"""Writes the generated parts of the docs: the settings table, the CLI help, the performance tables.

    .venv/bin/python scripts/write_docs.py           # rewrite them in place
    .venv/bin/python scripts/write_docs.py --check   # exit 1 when a page is stale

Why: a table copied by hand goes stale the day the code or a benchmark changes. These parts are
computed from the code (`assistant.settings.SETTINGS`, the CLI's parser) and from the benchmark
results in `bench/results/*.json`; `tests/test_docs.py` fails when a page differs from what this
script writes. A generated part sits between `<!-- generated: NAME -->` and
`<!-- /generated: NAME -->` in README.md or a page of docs/; everything else is written by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results"
BLOCK = re.compile(
    r"(<!-- generated: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /generated: (?P=name) -->)", re.S
)
HELP_COLUMNS = (
    "100"  # argparse wraps help to the terminal: fixed, so the page is the same everywhere
)


def pages() -> list[Path]:
    """Every page that may hold generated parts."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _results(name: str) -> dict:
    return json.loads((RESULTS / name).read_text(encoding="utf-8"))


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _duration(ms: float) -> str:
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:g} ms"


def _megabytes(mb: float) -> str:
    return f"{mb / 1000:.1f} GB" if mb >= 1000 else f"{mb:g} MB"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


# --- from the code -------------------------------------------------------------------------


def settings_table() -> str:
    """Every setting with its flag, environment variable, default and help."""
    from assistant import settings

    return settings.markdown_table()


@contextmanager
def _columns(width: str):
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = width
    try:
        yield
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def cli_help() -> str:
    """`portrait-ia --help`, as the installed command prints it."""
    from assistant.cli import build_parser

    with _columns(HELP_COLUMNS):
        text = build_parser().format_help()
    return "```\n$ portrait-ia --help\n" + text.rstrip() + "\n```"


# --- from bench/results ---------------------------------------------------------------------


def ask_latency() -> str:
    """`ask` latency and accuracy per intent, ours and the naive RAG chain (bench/ask_latency.py)."""
    r = _results("ask_latency.json")
    ours, naive = r["configurations"]["default"], r["configurations"]["naive"]
    rows = []
    for intent in sorted(ours["by_intent"]):
        o, n = ours["by_intent"][intent], naive["by_intent"].get(intent, {})
        rows.append(
            [
                intent,
                o["cases"],
                f"{o['ms_p50']} / {o['ms_p95']} ms",
                f"{o['accuracy']:.3f}",
                f"{n.get('ms_p50')} / {n.get('ms_p95')} ms",
                f"{n.get('accuracy', 0):.3f}",
            ]
        )
    o, n = ours["all"], naive["all"]
    rows.append(
        [
            "**all**",
            o["cases"],
            f"{o['ms_p50']} / {o['ms_p95']} ms",
            f"{o['accuracy']:.3f}",
            f"{n['ms_p50']} / {n['ms_p95']} ms",
            f"{n['accuracy']:.3f}",
        ]
    )
    ratio = r["ours_over_naive"]
    return "\n".join(
        [
            f"Measured {r['when']} ({r['machine']}, load average {r['loadavg_start'][0]} → "
            f"{r['loadavg_end'][0]}): the {r['cases']} Québec gold cases on the {r['rows']}-row register, "
            f"embedder `{r['embedder']}`, one warm-up pass then {r['passes']} timed passes; a conversation "
            "is timed on its last turn; intent = the case's expected intent.",
            "",
            _table(
                [
                    "Intent",
                    "Cases",
                    "Ours p50 / p95",
                    "Ours accuracy",
                    "Naive p50 / p95",
                    "Naive accuracy",
                ],
                rows,
            ),
            "",
            f"Ours / naive: latency p50 ×{ratio['latency_p50']}, p95 ×{ratio['latency_p95']}, accuracy "
            f"×{ratio['accuracy']}. `Assistant()` starts in {r['start_with_built_index_s']} s with the index "
            f"built, {r['start_with_index_build_s']} s when it builds the index first (Python imports not "
            "included).",
        ]
    )


def serve_cold_start() -> str:
    """`portrait-ia serve`: from process start to the page and the first answer."""
    r = _results("serve_cold_start.json")
    rows = []
    for key, label in (
        ("index_built", "index already built"),
        ("no_index", "index built at start"),
    ):
        c = r[key]
        rows.append(
            [
                label,
                len(c["runs"]),
                f"{c['page_s_median']} s",
                f"{c['first_answer_s_median']} s",
                f"{c['assistant_ready_s_median']} s",
                f"{c['warm_predict_ms_median']} ms",
            ]
        )
    return "\n".join(
        [
            f"Measured {r['when']} ({r['cores']} cores), `{r['data']}`, first question « {r['question']} » "
            "(medians of the runs):",
            "",
            _table(
                [
                    "`serve` started with",
                    "Runs",
                    "Page served",
                    "First answer",
                    "Assistant ready",
                    "Later answer (warm)",
                ],
                rows,
            ),
        ]
    )


def embedders() -> str:
    """The three embedders on the FR/EN probe (bench/compare_embedders.py)."""
    r = _results("embedders.json")
    gated, dense = [], []
    for e in r["results"]:
        name = f"`{e['embedder']}`"
        h, fr, en = e["hybrid_gated"], e["by_language"]["fr"], e["by_language"]["en"]
        gated.append(
            [
                name,
                h["fr"]["hit1"],
                h["fr"]["hit5"],
                h["fr"]["mrr"],
                h["en"]["hit1"],
                h["en"]["hit5"],
                h["en"]["mrr"],
                h["offtopic_rejected"],
                f"{h['query_ms_p50']} / {h['query_ms_p95']} ms",
            ]
        )
        dense.append(
            [
                name,
                fr["hit1"],
                fr["hit5"],
                fr["mrr"],
                en["hit1"],
                en["hit5"],
                en["mrr"],
                f"{e['build_seconds']} s ({e['rows_per_second']} rows/s)",
                f"{e['query_ms_p50']} / {e['query_ms_p95']} ms",
            ]
        )
    metrics = ["FR hit@1", "FR hit@5", "FR MRR", "EN hit@1", "EN hit@5", "EN MRR"]
    return "\n".join(
        [
            f"Measured {r['when']}: the 110 questions of `data/eval/probe.jsonl` (55 FR, 55 EN) and the 20 of "
            "`data/eval/offtopic.jsonl`.",
            "",
            "**What users get**: the shipped pipeline (dense + BM25 fused, relevance gate), top 5:",
            "",
            _table(["Embedder", *metrics, "Off-topic rejected", "Query p50 / p95"], gated),
            "",
            "**Dense ranking alone** (Chroma, no gate), top 10, and the index build of the bundled register:",
            "",
            _table(["Embedder", *metrics, "Index build", "Query p50 / p95"], dense),
        ]
    )


def index_scale() -> str:
    """Index build, start-up and answers at 258 rows to 1M rows (bench/index_scale.py)."""
    r = _results("index_scale.json")
    rows = []
    for s in sorted(r["results"], key=lambda s: s["rows"]):
        b, ask = s["build"], s["ask"]
        rows.append(
            [
                _thousands(s["rows"]),
                s["when"][:10],
                f"{b['seconds']:g} s",
                b["rows_per_s"],
                b["rows_per_s_embedding_only"],
                _megabytes(s["peak_rss_mb"]),
                _megabytes(b["index_mb"]),
                f"{s['query']['ms_p50']} / {s['query']['ms_p95']} ms",
                f"{s['assistant_start_s']:g} s",
                _duration(ask["count"]["ms_p50"]),
                _duration(ask["topic"]["ms_p50"]),
                _duration(ask["topic_count"]["ms_p50"]),
            ]
        )
    return "\n".join(
        [
            f"Embedder `{r['embedder']}`. Registers above 258 rows are synthetic, recombined from the bundled "
            "register's vocabulary; the machine was shared with other jobs for part of the runs (load "
            "average recorded in the results).",
            "",
            _table(
                [
                    "Rows",
                    "Measured",
                    "Index build",
                    "rows/s",
                    "rows/s embedding alone",
                    "Peak RSS",
                    "Index on disk",
                    "Dense query p50 / p95",
                    "`Assistant()` start",
                    "count p50",
                    "topic search p50",
                    "topic count p50",
                ],
                rows,
            ),
        ]
    )


ANSWERS = {  # bench/answer_scale.py's plans, as a reader says them
    "count": "count « en production »",
    "count_en": 'count "in production" (EN)',
    "list": "list « en production »",
    "rank": "rank, top 5 bodies",
    "breakdown": "breakdown by category",
    "compare": "compare, in production vs in development",
}


def answer_scale() -> str:
    """Exact answers over large registers, execute + compose + JSON (bench/answer_scale.py)."""
    r = _results("answer_scale.json")
    latest: dict[int, dict] = {}
    for runs in r.values():
        if not isinstance(runs, list):
            continue
        for run in runs:
            if run["rows"] not in latest or run["when"] > latest[run["rows"]]["when"]:
                latest[run["rows"]] = run
    sizes = sorted(latest)
    header = ["Answer", *(f"{_thousands(n)} rows" for n in sizes)]
    rows = []
    for plan, label in ANSWERS.items():
        cells = [label]
        for n in sizes:
            p = latest[n]["plans"][plan]
            inner = p["execute"]["ms_p50"] + p["compose"]["ms_p50"]
            cells.append(
                f"{_duration(p['total']['ms_p50'])} ({_duration(round(inner, 1))}), "
                f"{_thousands(p['citations'])} cited"
            )
        rows.append(cells)
    rows.append(
        [
            "the chat's sources table for the count",
            *(f"{_duration(latest[n]['ui_table_count']['ms'])}" for n in sizes),
        ]
    )
    when = sorted({latest[n]["when"][:10] for n in sizes})
    return "\n".join(
        [
            f"Measured {', '.join(when)}, the most recent run for each size. Each cell: p50 of execute + compose + "
            "`to_json` (what `ask --json` pays after understanding), in brackets execute + compose alone, "
            "and how many rows the answer cites.",
            "",
            _table(header, rows),
        ]
    )


def _load_runs() -> list[dict]:
    """bench/load_test.py's results: the server before the workers first, then by behaviour."""
    results = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(RESULTS.glob("load_test*.json"))]

    def order(r: dict) -> tuple:
        return (r.get("workers") is not None, r["think_s"], r.get("model", "none") != "none", r.get("hang_users", 0))

    return sorted(results, key=order)


MODEL_ORDER = {"none": 0, "fast": 1, "slow": 2, "hang": 3}


def _server(r: dict) -> str:
    if "served" in r:  # runs that say what the server ran (workers=auto and after)
        return r.get("label") or f"--workers {r['workers']}"
    if r.get("workers") is None:
        return r.get("label") or "one process"
    model = {"none": "", "fast": ", a model server answering at once",
             "hang": f", the model server holding {r.get('model_calls_held', 0)} other users' calls"}[r.get("model", "none")]  # fmt: skip
    return f"{r['workers']} workers{model}"


def _load_rows(results: list[dict], current: bool) -> list[list]:
    rows = []
    for r in results:
        behaviour = (
            "no pause between turns (closed loop)"
            if not r["think_s"]
            else f"reading ~{r['think_s']:g} s between turns"
        )
        for i, run in enumerate(r["runs"], 1):
            lat, load = run["latency_ms"], run["loadavg_1min"]
            first = [_server(r) if i == 1 else ""]
            if current:
                first.append(r["served"]["workers"] if i == 1 else "")
            cpu = [f"{1000 * run['server_cpu_s'] / max(1, run['answers']):.0f} ms"] if current else []
            rows.append(
                [
                    *first,
                    behaviour if i == 1 else "",
                    i,
                    run["answers_per_s"],
                    _duration(lat["p50"]),
                    _duration(lat["p95"]),
                    _duration(lat["p99"]),
                    run["errors"],
                    *cpu,
                    f"{run['server_rss_mb_after']:.0f} MB",
                    f"{load['before']:g} → {load['after']:g}",
                ]
            )
    return rows


def _rate(r: dict) -> float:
    return sum(run["answers_per_s"] for run in r["runs"]) / len(r["runs"])


def _load_pairs() -> list[str]:
    """bench/results/load_pairs/: short runs of each configuration one after another, twice, so
    that each pair met about the same load from other jobs; their means side by side."""
    files = sorted((RESULTS / "load_pairs").glob("*.json"))
    if not files:
        return []
    groups: dict[tuple[str, int], list[dict]] = {}
    for f in files:
        r = json.loads(f.read_text(encoding="utf-8"))
        groups.setdefault((r.get("model", "none"), r["served"]["workers"]), []).append(r)
    rows, means = [], {}
    for (model, workers), rs in sorted(groups.items(), key=lambda kv: (MODEL_ORDER[kv[0][0]], kv[0][1])):
        runs = [run for r in rs for run in r["runs"]]
        mean = lambda values: sum(values) / len(values)  # noqa: E731
        rate = mean([run["answers_per_s"] for run in runs])
        means[(model, workers)] = rate
        loads = [x for run in runs for x in (run["loadavg_1min"]["before"], run["loadavg_1min"]["after"])]
        rows.append([
            {"none": "no model", "fast": "a fast model"}.get(model, model), workers, len(runs), f"{rate:.1f}",
            ", ".join(f"{run['answers_per_s']:g}" for run in runs),
            ", ".join(_duration(run["latency_ms"]["p95"]) for run in runs),
            f"{1000 * mean([run['server_cpu_s'] / max(1, run['answers']) for run in runs]):.0f} ms",
            f"{mean([run['server_rss_mb_after'] for run in runs]):.0f} MB",
            f"{min(loads):g}–{max(loads):g}",
        ])  # fmt: skip
    first = json.loads(files[0].read_text(encoding="utf-8"))
    pairs = [(("none", 1), ("none", 0), "no model, 1 worker against none"), (("none", 2), ("none", 0), "2 workers against none"),
             (("fast", 1), ("fast", 0), "a fast model, 1 worker against none"), (("fast", 2), ("fast", 1), "2 workers against 1")]  # fmt: skip
    ratios = [f"{text} ×{means[a] / means[b]:.2f}" for a, b, text in pairs if a in means and b in means]
    return [
        "",
        f"Paired runs ({first['duration_s']:g} s each, {first['users']} users, closed loop; the configurations "
        "one after another, twice, so that each met about the same load from the other jobs):",
        "",
        _table(["Model", "Workers", "Runs", "Answers/s (mean)", "Answers/s", "p95", "Server CPU per answer",
                "Server RSS after", "Load average"], rows),  # fmt: skip
        "",
        "Answers per second, paired means: " + "; ".join(ratios) + ".",
    ]


def load_test() -> str:
    """50 concurrent conversations against `serve` (bench/load_test.py): this build's runs
    (workers=auto, with and without a model), then the earlier ones."""
    results = _load_runs()
    current = sorted((r for r in results if "served" in r),
                     key=lambda r: (r["think_s"], MODEL_ORDER[r.get("model", "none")], r["served"]["workers"]))  # fmt: skip
    earlier = [r for r in results if "served" not in r]
    columns = ["Users' behaviour", "Run", "Answers/s", "p50", "p95", "p99", "Errors", "Server RSS after", "Load average"]
    lines = []
    if current:
        first, m = current[0], current[0]["machine"]
        when = sorted({r["when"][:10] for r in current})
        lines += [
            f"Measured {', '.join(when)} on {m['cores']} cores ({m['cpu']}, {m['memory_gb']} GB, Python "
            f"{m['python']}): {first['users']} users for {first['duration_s']:g} s per run, client "
            f"`{first['client']}`, data `{first['data']}`. Workers: the answer workers the server "
            "started (0: it answers in its own threads). Server CPU per answer: the CPU time of the "
            "server and its workers over the run, per answer (less sensitive to the other jobs than "
            "answers per second). A model: the fake server of "
            "`bench/fake_model.py` (its reply is refused by the checks, so every answer pays a model "
            "round trip and then the templates'). Server RSS: the server and its workers. Load "
            "average: the machine's (1 min), before and after the run; other jobs shared it.",
            "",
            _table(["Server", "Workers", *columns[:7], "Server CPU per answer", *columns[7:]],
                   _load_rows(current, True)),
        ]
        lines += _load_pairs()
    if earlier:
        first, m = earlier[0], earlier[0]["machine"]
        lines += [
            "",
            f"Earlier runs (before `auto`; {first['users']} users, {first['duration_s']:g} s per run, "
            f"client `{first['client']}`; `workers 0` answered one request at a time then):",
            "",
            _table(["Server", *columns], _load_rows(earlier, False)),
        ]
    return "\n".join(lines)


def api_memory() -> str:
    """RSS of `serve` over 10,000 API answers (bench/api_memory.py)."""
    r = _results("api_memory.json")
    samples = r["samples"]
    step = max(1, len(samples) // 10)
    shown = samples[::step] + ([samples[-1]] if (len(samples) - 1) % step else [])
    rows = [[_thousands(s["answers"]), f"{s['seconds']:g} s", s["answers_per_s"] or "",
             f"{s['rss_mb']:.0f} MB", f"{s['server_process_mb']:.0f} MB", s["loadavg_1min"]] for s in shown]  # fmt: skip
    warm = next((s for s in samples if s["answers"] >= 1000), samples[0])
    last = samples[-1]
    return "\n".join(
        [
            f"Measured {r['when'][:10]} ({r['machine']['cores']} cores), `serve --workers {r['workers']}`, "
            f"{r['clients']} API clients calling `/ask` through its REST route (a new session per call), "
            f"{_thousands(r['answers'])} answers, {r['errors']} errors.",
            "",
            _table(["Answers", "Time", "Answers/s", "RSS, server and workers", "Server process alone",
                    "Load average (1 min)"], rows),  # fmt: skip
            "",
            f"RSS from the first answer to the last: {r['rss_growth_pct']:+.1f} % ({r['rss_growth_mb']:+.0f} MB); "
            f"from the {_thousands(warm['answers'])}th answer (caches and threads warm) to the last: "
            f"{100 * (last['rss_mb'] - warm['rss_mb']) / warm['rss_mb']:+.1f} %.",
        ]
    )


SECTIONS: dict[str, Callable[[], str]] = {
    "settings-table": settings_table,
    "cli-help": cli_help,
    "ask-latency": ask_latency,
    "serve-cold-start": serve_cold_start,
    "embedders": embedders,
    "index-scale": index_scale,
    "answer-scale": answer_scale,
    "load-test": load_test,
    "api-memory": api_memory,
}


def render(text: str, where: str = "page") -> str:
    """`text` with every generated part written afresh."""

    def fill(match: re.Match) -> str:
        name = match["name"]
        if name not in SECTIONS:
            raise SystemExit(
                f"{where}: unknown generated part {name!r}; known: {', '.join(SECTIONS)}"
            )
        return match.group(1) + SECTIONS[name]().strip() + "\n" + match.group(4)

    return BLOCK.sub(fill, text)


def stale_pages() -> list[Path]:
    """The pages whose generated parts differ from what this script writes."""
    return [
        p
        for p in pages()
        if render(p.read_text(encoding="utf-8"), p.name) != p.read_text(encoding="utf-8")
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only say which pages are stale (exit 1 if any)"
    )
    args = parser.parse_args(argv)
    stale = stale_pages()
    if args.check:
        for page in stale:
            print(f"stale: {page.relative_to(ROOT)} (run scripts/write_docs.py)")
        return 1 if stale else 0
    for page in stale:
        page.write_text(render(page.read_text(encoding="utf-8"), page.name), encoding="utf-8")
        print(f"written: {page.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
