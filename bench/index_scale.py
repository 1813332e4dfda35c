"""How the offline pipeline scales with the register's size: load, index build, queries, start, ask.

    .venv/bin/python bench/index_scale.py [--sizes 10000 100000 1000000] [--embedder use-multilingual]
                                          [--query-count 50] [--max-build-minutes 60]

Why: the bundled register has 258 rows; a future register (or several years merged) may be far
larger. This says what each step costs at 10k, 100k and 1M rows and which step breaks first.

What, per size (the bundled 258-row register first, then synthetic registers):
- a synthetic register of N rows, recombined with a fixed seed from the bundled register's own
  vocabulary (name fragments, benefit sentences, body/portfolio pairs, categories, statuses; the
  real lengths and label frequencies), written as a CSV in the official layout (same headers,
  UTF-8 with BOM) in a temporary folder;
- in a fresh subprocess per size, so each size has its own RSS high-water mark
  (`resource.getrusage`): `load_register`; `build_index` (progress off) with its rows/s and a
  breakdown (row planning, embedding, Chroma writes); `VectorIndex.search` k=5 over the first
  `--query-count` probe questions (p50/p95); `Assistant(data=..., index_dir=...)` start, with
  a breakdown (register, index check, BM25 + row tokens, entity tables); `ask` p50/p95 for a
  count question, a topic question and a counted-topic question (the "exhaustive" path).
  The embedding model is loaded before the build and cached, so the Assistant start figure
  does not include it (its load time is reported apart; `bench/serve_cold_start.py` measures
  a whole cold process).
- A build is stopped (the partial store is removed by `build_index` itself) when it runs past
  `--max-build-minutes`, or when, after `--observe-minutes`, its measured rate says it cannot
  finish within that limit (the reason, with the figures, is printed and saved). The size is
  then reported as NOT measured, with the rows embedded, the elapsed time and the measured
  rows/s; with `--text-side-when-stopped` the Assistant's text-side start structures (BM25, row
  tokens, entity tables) are still timed on the full register.
The parts are timed by wrapping package functions from this script (about 1 µs per call; the
package is not modified). An `ask` that raises at some size is recorded as FAILED with its error.
The machine is shared: the load average and the CPU share the worker got are recorded per size.

Prints a Markdown table; merges into bench/results/index_scale.json (one entry per size, the
sizes measured by this run replace older entries of the same size).
"""

from __future__ import annotations

import argparse
import csv
import functools
import gc
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUNDLED = ROOT / "data" / "portrait-ia-2025.csv"
PROBE = ROOT / "data" / "eval" / "probe.jsonl"
RESULTS = ROOT / "bench" / "results" / "index_scale.json"
ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
       "GRADIO_ANALYTICS_ENABLED": "False"}  # fmt: skip
ASK = {
    "count": "Combien d'initiatives sont en production ?",
    "topic": "Quels organismes utilisent l'IA pour détecter la fraude ?",
    "topic_count": "Combien d'initiatives portent sur la détection de la fraude ?",
}
SEED = 2025


# --- synthetic registers -------------------------------------------------------------------

_CONNECTOR = re.compile(r"\s(?:de|des|du|pour|par|dans|à|aux|au|en|sur|avec)\s|\sd'")
_SENTENCE = re.compile(r"(?<=\.)\s+")


def read_bundled(path: Path = BUNDLED) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]


class Vocabulary:
    """The bundled register cut into fragments that recombine into plausible rows.

    Name = a head ("Détection automatisée") + a tail ("des demandes frauduleuses"); the
    category comes with the head. Benefits = 0-4 sentences, as often as in the bundled file.
    Body and portfolio are drawn as a real pair; the status by its real frequency.
    """

    def __init__(self, rows: list[list[str]]) -> None:
        self.heads: list[tuple[str, str]] = []  # (head, category)
        self.tails: list[str] = []
        for name, category, *_ in rows:
            name = name.strip()
            match = _CONNECTOR.search(name)
            head, tail = (name[: match.start()], name[match.start() :]) if match else (name, "")
            self.heads.append((head, category))
            self.tails.append(tail)  # "" keeps the share of one-piece names
        self.sentences = sorted({s for r in rows for s in _SENTENCE.split(r[4].strip()) if s})
        self.sentence_counts = [len([s for s in _SENTENCE.split(r[4].strip()) if s]) for r in rows]
        self.body_portfolio = [(r[2], r[3]) for r in rows]
        self.statuses = [r[5] for r in rows]

    def row(self, rng: random.Random) -> list[str]:
        head, category = rng.choice(self.heads)
        body, portfolio = rng.choice(self.body_portfolio)
        benefits = " ".join(rng.sample(self.sentences, rng.choice(self.sentence_counts)))
        return [head + rng.choice(self.tails), category, body, portfolio, benefits, rng.choice(self.statuses)]


def write_register(path: Path, n: int, seed: int = SEED) -> Path:
    """N synthetic rows in the official layout (bundled headers, UTF-8 with BOM, commas)."""
    header, rows = read_bundled()
    vocabulary, rng = Vocabulary(rows), random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for _ in range(n):
            writer.writerow(vocabulary.row(rng))
    return path


# --- measuring helpers ---------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Timers:
    """Accumulated wall time per wrapped function, to split a step into its parts."""

    def __init__(self) -> None:
        self.total: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()

    def wrap(self, owner: object, attr: str, key: str) -> None:
        original = getattr(owner, attr)
        is_classmethod = isinstance(owner, type) and isinstance(owner.__dict__.get(attr), classmethod)
        func = original.__func__ if is_classmethod else original

        @functools.wraps(func)
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.total[key] += time.perf_counter() - started
                self.calls[key] += 1

        setattr(owner, attr, classmethod(timed) if is_classmethod else timed)

    def snapshot(self) -> tuple[Counter[str], Counter[str]]:
        return Counter(self.total), Counter(self.calls)

    def since(self, snap: tuple[Counter[str], Counter[str]], per: int = 1) -> dict[str, float]:
        total = self.total.copy()
        total.subtract(snap[0])
        return {k: round(v / per, 4) for k, v in sorted(total.items()) if v > 0}


def instrument(timers: Timers, embedder) -> None:
    """Wraps the steps whose time we want to see (bench-side only; the package is untouched)."""
    import assistant.api as api
    import assistant.vectors.build as index_mod
    from assistant.compose.extractive import ExtractiveComposer
    from assistant.execute import Executor
    from assistant.retrieval.hybrid import HybridRetriever
    from assistant.retrieval.lexical import LexicalIndex
    from assistant.understand.understander import Understander

    timers.wrap(embedder, "embed_documents", "embed_documents")
    for attr in ("plan_rows", "_add", "is_up_to_date"):
        timers.wrap(index_mod, attr, attr)
    timers.wrap(api, "load_registers", "load_register")
    timers.wrap(api, "open_or_build", "open_or_build")
    timers.wrap(api, "Understander", "Understander()")  # builds the EntityResolver
    timers.wrap(api, "Executor", "Executor()")
    timers.wrap(HybridRetriever, "from_register", "HybridRetriever.from_register")
    timers.wrap(HybridRetriever, "_get_relevant_documents", "retrieve")
    timers.wrap(index_mod.VectorIndex, "search", "VectorIndex.search")
    timers.wrap(LexicalIndex, "scores", "bm25_scores")
    timers.wrap(Understander, "__call__", "understand")
    timers.wrap(Executor, "__call__", "execute")
    timers.wrap(Executor, "_record", "execute._record")
    timers.wrap(ExtractiveComposer, "compose", "compose")


class BuildStopped(Exception):
    """Raised from the progress callback when the build passes its time limit."""


# --- the worker: one size, one fresh process -------------------------------------------------


class Worker:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Path(args.out)
        self.result: dict = {"csv": str(args.csv), "csv_mb": round(Path(args.csv).stat().st_size / 1e6, 1),
                             "loadavg_start": [round(x, 2) for x in os.getloadavg()], "rss_mb": {}}  # fmt: skip
        self.timers = Timers()
        self.started = time.perf_counter()

    def save(self, phase: str) -> None:
        """Writes what is known so far: a killed or stopped worker still leaves its figures."""
        self.result["rss_mb"][phase] = peak_rss_mb()
        self.result["peak_rss_mb"] = peak_rss_mb()
        self.result["wall_s"] = round(time.perf_counter() - self.started, 1)
        self.result["cpu_s"] = round(cpu_seconds(), 1)
        self.result["cpu_share"] = round(cpu_seconds() / max(1e-9, time.perf_counter() - self.started), 2)
        self.result["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
        self.result["phase"] = phase
        tmp = self.out.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.result, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.out)
        self.log(f"{phase} done; peak RSS {peak_rss_mb()} MB")

    def log(self, message: str) -> None:
        print(f"[{self.result.get('rows', '?')} rows, {time.perf_counter() - self.started:7.1f} s] {message}",
              file=sys.stderr, flush=True)  # fmt: skip

    def run(self) -> None:
        from assistant.register.load import load_register
        from assistant.vectors.embeddings import get_embedder

        self.result["imports_s"] = round(time.perf_counter() - self.started, 2)
        started = time.perf_counter()
        self.register = load_register(self.args.csv)
        self.result["rows"] = len(self.register)
        self.result["load_s"] = round(time.perf_counter() - started, 2)
        self.save("load")
        started = time.perf_counter()
        self.embedder = get_embedder(self.args.embedder)
        self.embedder.embed_query("warm-up")
        self.result["embedder"] = self.embedder.model_id
        self.result["embedder_load_s"] = round(time.perf_counter() - started, 2)
        instrument(self.timers, self.embedder)
        if self.build():
            self.queries()
            self.assistant_start()
            self.asks()
        elif self.args.text_side_when_stopped:
            self.text_side_only()
        self.result["complete"] = True
        self.save("done")

    def build(self) -> bool:
        from assistant.vectors.build import build_index

        limit, started, last_log = self.args.max_build_minutes * 60, time.perf_counter(), [0.0]
        observe = self.args.observe_minutes * 60
        progress, samples = {"embedded": 0, "todo": len(self.register)}, []  # samples: [s, rows, load]

        def on_progress(done: int, total: int) -> None:
            elapsed = time.perf_counter() - started
            progress.update(embedded=done, todo=total, elapsed_s=round(elapsed, 1))
            if elapsed - last_log[0] >= 60:
                last_log[0] = elapsed
                samples.append([round(elapsed), done, round(os.getloadavg()[0], 2)])
                self.log(f"embedded {done}/{total} rows in {elapsed:.0f} s ({done / elapsed:.1f} rows/s overall)")
            if elapsed > limit:
                raise BuildStopped(f"past the {self.args.max_build_minutes:g}-minute limit")
            projected = elapsed * total / done
            if elapsed > observe and projected > limit:
                raise BuildStopped(
                    f"after {elapsed / 60:.1f} min, {done} of {total} rows embedded: at this rate the"
                    f" build needs ~{projected / 60:.0f} min, past the {self.args.max_build_minutes:g}-minute limit"
                )

        snap = self.timers.snapshot()
        try:
            report = build_index(self.register, self.embedder, self.args.index_dir, progress=False,
                                 on_progress=on_progress)  # fmt: skip
        except BuildStopped as stopped:
            elapsed = time.perf_counter() - started
            self.result["build"] = {
                "completed": False,
                "stop_reason": str(stopped),
                "progress_samples": samples,
                "stopped_after_s": round(elapsed, 1),
                "limit_minutes": self.args.max_build_minutes,
                "rows_embedded": progress["embedded"],
                "rows_total": progress["todo"],
                "rows_per_s_overall": round(progress["embedded"] / elapsed, 1),
                "parts_s": self.timers.since(snap),
            }
            self.result["build"]["rows_per_s_embedding_only"] = self._embed_rate(self.result["build"])
            self.save("build (stopped)")
            return False
        self.result["build"] = {
            "completed": True,
            "progress_samples": samples,
            "seconds": round(report.seconds, 2),
            "rows_embedded": report.embedded,
            "rows_per_s": round(report.embedded / report.seconds, 1),
            "parts_s": self.timers.since(snap),
            "index_mb": round(sum(f.stat().st_size for f in Path(self.args.index_dir).rglob("*") if f.is_file()) / 1e6, 1),
        }  # fmt: skip
        self.result["build"]["rows_per_s_embedding_only"] = self._embed_rate(self.result["build"])
        self.save("build")
        return True

    @staticmethod
    def _embed_rate(build: dict) -> float | None:
        seconds = build["parts_s"].get("embed_documents")
        return round(build["rows_embedded"] / seconds, 1) if seconds else None

    def queries(self) -> None:
        from assistant.vectors.build import VectorIndex

        questions = [json.loads(line)["question"] for line in PROBE.read_text(encoding="utf-8").splitlines() if line]
        questions = questions[: self.args.query_count]
        started = time.perf_counter()
        index = VectorIndex(self.args.index_dir, self.embedder)
        self.result["index_open_s"] = round(time.perf_counter() - started, 2)
        index.search("warm-up", k=5)
        latencies = []
        for question in questions:
            started = time.perf_counter()
            index.search(question, k=5)
            latencies.append((time.perf_counter() - started) * 1000)
        self.result["query"] = {"n": len(latencies), "k": 5, "ms_p50": round(statistics.median(latencies), 1),
                                "ms_p95": round(percentile(latencies, 0.95), 1)}  # fmt: skip
        del index
        gc.collect()
        self.save("queries")

    def assistant_start(self) -> None:
        from assistant.api import Assistant

        snap = self.timers.snapshot()
        started = time.perf_counter()
        self.assistant = Assistant(data=self.args.csv, index_dir=self.args.index_dir, embedder=self.args.embedder)
        self.result["assistant_start_s"] = round(time.perf_counter() - started, 2)
        self.result["assistant_start_parts_s"] = self.timers.since(snap)
        self.save("assistant start")

    def asks(self) -> None:
        self.result["ask"] = {}
        self.assistant.ask("warm-up")
        for key, question in ASK.items():
            try:
                self.result["ask"][key] = self.ask_one(question)
            except Exception as exc:  # a failure at this size is a result, not the end of the run
                self.result["ask"][key] = {"question": question, "error": f"{type(exc).__name__}: {exc}"}
                self.log(f"ask {key} FAILED: {type(exc).__name__}: {exc}")
            self.save(f"ask {key}")

    def ask_one(self, question: str) -> dict:
        """Repeats until --ask-repeats runs or --ask-budget-s seconds (at least 3 runs)."""
        answer = self.assistant.ask(question)  # warm-up for this question, not counted
        snap, latencies, began = self.timers.snapshot(), [], time.perf_counter()
        while len(latencies) < self.args.ask_repeats:
            started = time.perf_counter()
            self.assistant.ask(question)
            latencies.append((time.perf_counter() - started) * 1000)
            if len(latencies) >= 3 and time.perf_counter() - began > self.args.ask_budget_s:
                break
        return {
            "question": question,
            "intent": answer.intent,
            "citations": len(answer.citations),
            "n": len(latencies),
            "ms_p50": round(statistics.median(latencies), 1),
            "ms_p95": round(percentile(latencies, 0.95), 1),
            "parts_ms_per_ask": {k: round(v * 1000, 1) for k, v in self.timers.since(snap, len(latencies)).items()},
        }

    def text_side_only(self) -> None:
        """What Assistant() builds besides the vector index, on the full register (the index
        being unfinished): BM25 + row tokens (HybridRetriever.from_register) and the entity
        tables (Understander -> EntityResolver)."""
        from assistant.retrieval.hybrid import HybridRetriever, default_gate
        from assistant.understand.understander import Understander
        from assistant.vectors.build import VectorIndex

        parts = {}
        started = time.perf_counter()
        no_index = VectorIndex.__new__(VectorIndex)  # from_register only stores the index
        HybridRetriever.from_register(self.register, no_index, default_gate(self.embedder.name))
        parts["HybridRetriever.from_register"] = round(time.perf_counter() - started, 2)
        self.save("text side: BM25 + row tokens")
        started = time.perf_counter()
        Understander(self.register)
        parts["Understander()"] = round(time.perf_counter() - started, 2)
        self.result["text_side_start_parts_s"] = parts
        self.save("text side: entity tables")


# --- the parent: generate, run one worker per size, report -----------------------------------


def package_version() -> str:
    """The commit measured, with "+dirty" when assistant/ has uncommitted changes."""

    def git(*argv: str) -> str:
        return subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + ("+dirty" if git("status", "--porcelain", "assistant") else "")


def run_size(label: str, csv_path: Path, args: argparse.Namespace, tmp: Path) -> dict:
    out = tmp / f"result-{label}.json"
    command = [
        sys.executable, __file__, "--worker", "--csv", str(csv_path), "--index-dir", str(tmp / f"index-{label}"),
        "--out", str(out), "--embedder", args.embedder, "--query-count", str(args.query_count),
        "--ask-repeats", str(args.ask_repeats), "--ask-budget-s", str(args.ask_budget_s),
        "--max-build-minutes", str(args.max_build_minutes), "--observe-minutes", str(args.observe_minutes),
        *(["--text-side-when-stopped"] if args.text_side_when_stopped else []),
    ]  # fmt: skip
    print(f"\n== {label}: worker started ({time.strftime('%H:%M:%S')}, load {os.getloadavg()[0]:.2f})", flush=True)
    version = package_version()  # read at the worker's start: the package it imports
    status = subprocess.run(command, env=os.environ | ENV).returncode
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {"rows": label}
    result.update(label=label, when=time.strftime("%Y-%m-%d %H:%M"), worker_exit=status, package=version)
    return result


def measured(r: dict) -> bool:
    return bool(r.get("complete") and r.get("build", {}).get("completed"))


def fmt_pair(d: dict | None) -> str:
    if d and "error" in d:
        return f"FAILED ({d['error'][:80]})"
    return f"{d['ms_p50']:g} / {d['ms_p95']:g}" if d else "—"


def table(results: list[dict]) -> str:
    lines = [
        "| rows | load s | build s | rows/s (embed only) | peak RSS MB | query p50/p95 ms | Assistant start s"
        " | ask count p50/p95 ms | ask topic p50/p95 ms | ask topic-count p50/p95 ms | load avg (start→end) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        b, ask = r.get("build", {}), r.get("ask", {})
        if b.get("completed"):
            build, rate = f"{b['seconds']:g}", f"{b['rows_per_s']:g} ({b.get('rows_per_s_embedding_only')})"
        elif b:
            build = f"NOT MEASURED: build stopped at {b['stopped_after_s']:g} s, {b['rows_embedded']}/{b['rows_total']} embedded"
            rate = f"{b['rows_per_s_overall']:g} ({b.get('rows_per_s_embedding_only')})"
        else:
            build, rate = f"NOT MEASURED (worker stopped in phase {r.get('phase')!r})", "—"
        load = f"{r.get('loadavg_start', ['?'])[0]}→{r.get('loadavg_end', ['?'])[0]}"
        lines.append(
            f"| {r.get('rows', r.get('label'))} | {r.get('load_s', '—')} | {build} | {rate} | {r.get('peak_rss_mb', '—')}"
            f" | {fmt_pair(r.get('query'))} | {r.get('assistant_start_s', '—')} | {fmt_pair(ask.get('count'))}"
            f" | {fmt_pair(ask.get('topic'))} | {fmt_pair(ask.get('topic_count'))} | {load} |"
        )
    return "\n".join(lines)


def details(r: dict) -> str:
    lines = [f"- {r.get('rows')} rows ({r.get('csv_mb')} MB CSV; package {r.get('package', '?')}; worker CPU share {r.get('cpu_share')}):"]
    if "build" in r:
        lines.append(f"  build parts (s): {r['build'].get('parts_s')}; index {r['build'].get('index_mb', '—')} MB")
        if r["build"].get("stop_reason"):
            lines.append(f"  build stopped: {r['build']['stop_reason']}")
    if "assistant_start_parts_s" in r:
        lines.append(f"  Assistant start parts (s): {r['assistant_start_parts_s']}")
    if "text_side_start_parts_s" in r:
        lines.append(f"  Assistant text-side structures on the full register (s): {r['text_side_start_parts_s']}")
    for key, a in r.get("ask", {}).items():
        if "error" in a:
            lines.append(f"  ask {key} FAILED: {a['error']}")
            continue
        lines.append(f"  ask {key} ({a['intent']}, {a['citations']} citations, n={a['n']}): {a['parts_ms_per_ask']} ms/ask")
    lines.append(f"  RSS high-water after each phase (MB): {r.get('rss_mb')}")
    return "\n".join(lines)


def merge(path: Path, new: list[dict]) -> list[dict]:
    old = json.loads(path.read_text(encoding="utf-8")).get("results", []) if path.exists() else []
    fresh = {r["label"] for r in new}
    merged = [r for r in old if r.get("label") not in fresh] + new
    return sorted(merged, key=lambda r: (r["label"] != "bundled", int(r["rows"]) if str(r["rows"]).isdigit() else 0))


def parent(args: argparse.Namespace) -> None:
    results = []
    with tempfile.TemporaryDirectory(prefix="index-scale-") as tmp_name:
        tmp = Path(tmp_name)
        if not args.no_bundled:
            results.append(run_size("bundled", BUNDLED, args, tmp))
        for n in args.sizes:
            started = time.perf_counter()
            csv_path = write_register(tmp / f"register-{n}.csv", n)
            print(f"\n== {n}: synthetic register written in {time.perf_counter() - started:.1f} s", flush=True)
            results.append(run_size(str(n), csv_path, args, tmp))
    merged = merge(args.results, results)
    print(f"\nEmbedder {args.embedder}; {os.cpu_count()} cores, shared (see load avg).\n")
    print(table(merged))
    print("\nDetails:")
    print("\n".join(details(r) for r in merged))
    done = [str(r.get("rows")) for r in merged if measured(r)]
    not_done = [str(r.get("label")) for r in merged if not measured(r)]
    print(f"\nMeasured end to end: {', '.join(done) or 'none'}. Not measured: {', '.join(not_done) or 'none'}.")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps({"embedder": args.embedder, "results": merged}, indent=1, ensure_ascii=False))
    print(f"Written to {args.results.relative_to(ROOT) if args.results.is_relative_to(ROOT) else args.results}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--embedder", default="use-multilingual")
    parser.add_argument("--query-count", type=int, default=50)
    parser.add_argument("--ask-repeats", type=int, default=20, help="runs per ask question (at most)")
    parser.add_argument("--ask-budget-s", type=float, default=60, help="stop repeating a question after this (>= 3 runs)")
    parser.add_argument("--max-build-minutes", type=float, default=60, help="stop a build past this; size not measured")
    parser.add_argument("--observe-minutes", type=float, default=15,
                        help="after this, stop a build whose measured rate cannot finish within the limit")
    parser.add_argument("--text-side-when-stopped", action="store_true",
                        help="when a build is stopped, still time the Assistant's BM25/entity tables on that size")
    parser.add_argument("--no-bundled", action="store_true", help="skip the bundled 258-row register")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    parser.add_argument("--index-dir", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        Worker(args).run()
    else:
        parent(args)


if __name__ == "__main__":
    main()
