"""Memory of `portrait-ia serve` under API-only use: RSS while 10,000 `/ask` calls are answered.

    .venv/bin/python bench/api_memory.py [--answers 10000] [--clients 8] [--workers N] [--every 500]

Why: every POST to `/gradio_api/call/ask` without a session opens one in Gradio, and Gradio
kept them (up to 10,000, each with a copy of the page's configuration): memory grew by about
0.2 MB an answer. The server now drops API callers' idle sessions (assistant/ui/sessions.py);
this shows whether its memory stays flat.

What it does (loopback only): builds the index of `--data` in a temporary folder, starts
`portrait-ia serve` on a free port (or uses `--url` with `--pid`), then `--clients` threads call
`/ask` through its REST route (a new session each call, as a plain HTTP client does), the
questions of data/eval cycled. Every `--every` answers it prints the server's RSS (the process
and its answer workers, VmRSS from /proc), the answers per second and the load average.

Prints a table; writes bench/results/api_memory.json (with the growth from the first sample
to the last, in MB and percent).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_test import (  # noqa: E402  (one way to start and measure a served app, shared)
    HttpAsk,
    check,
    commit,
    conversations,
    machine,
    rss_mb,
    start_server,
    stop,
)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "api_memory.json"


def own_rss_mb(pid: int | None) -> float | None:
    """Resident memory of the server process alone (its workers left out), MB."""
    if pid is None:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000, help="answers in all")
    parser.add_argument("--clients", type=int, default=8, help="concurrent API clients")
    parser.add_argument("--every", type=int, default=500, help="answers between two samples")
    parser.add_argument("--workers", help="serve's --workers (default: serve's own)")
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "portrait-ia-2025.csv")
    parser.add_argument("--url", help="a running server instead of starting one")
    parser.add_argument("--pid", type=int, help="with --url: the server's pid, for its memory")
    parser.add_argument("--label", default="", help="what this run measures (kept in the JSON)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.answers < 1 or args.clients < 1 or args.every < 1:
        parser.error("--answers, --clients and --every must be at least 1")

    questions = [q for conv in conversations() for q in conv]
    with tempfile.TemporaryDirectory(prefix="api-memory-") as tmp, \
            tempfile.NamedTemporaryFile("w+", suffix=".log") as log:  # fmt: skip
        server, url, pid = None, args.url, args.pid
        if url is None:
            extra = ["--workers", str(args.workers)] if args.workers is not None else []
            print(f"Starting portrait-ia serve {' '.join(extra)} over {args.data.name} ...", flush=True)
            server, url = start_server(args.data, Path(tmp), log, extra)
            pid = server.pid
        try:
            samples, errors = sample_while_answering(url, pid, questions, args)
        finally:
            if server is not None:
                print(f"Server stopped ({stop(server)}).", flush=True)
    first, last = samples[0]["rss_mb"], samples[-1]["rss_mb"]
    result = {
        "when": time.strftime("%Y-%m-%d %H:%M"), "commit": commit(), "label": args.label,
        "machine": machine(), "data": args.data.name if server else url, "workers": args.workers,
        "answers": samples[-1]["answers"], "clients": args.clients, "errors": errors,
        "samples": samples, "rss_growth_mb": round(last - first, 1),
        "rss_growth_pct": round(100 * (last - first) / first, 1),
    }  # fmt: skip
    print()
    print("| answers | seconds | answers/s | RSS, server and workers (MB) | server process alone | load 1 min |")
    print("|---|---|---|---|---|---|")
    for s in samples:
        print(f"| {s['answers']} | {s['seconds']} | {s['answers_per_s']} | {s['rss_mb']} | {s['server_process_mb']} "
              f"| {s['loadavg_1min']} |")
    print(f"\nRSS {first} -> {last} MB ({result['rss_growth_pct']:+} %), {errors} errors")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"Written to {args.output}")
    return 1 if errors else 0


def sample_while_answering(url: str, pid: int | None, questions: list[str], args) -> tuple[list[dict], int]:
    """Answers `args.answers` questions from `args.clients` threads; RSS every `args.every`."""
    warm = check(HttpAsk(url, None).predict(questions[0]))
    if warm:
        raise RuntimeError(f"the warm-up question got no proper answer: {warm}")
    lock, counter, errors = threading.Lock(), itertools.count(), [0]
    done = [0]
    samples = [{"answers": 0, "seconds": 0.0, "answers_per_s": None, "rss_mb": rss_mb(pid),
                "server_process_mb": own_rss_mb(pid), "loadavg_1min": round(os.getloadavg()[0], 2)}]  # fmt: skip
    started = last_time = time.monotonic()

    def client() -> None:
        nonlocal last_time
        http = HttpAsk(url, None)
        while (n := next(counter)) < args.answers:
            try:
                problem = check(http.predict(questions[n % len(questions)]))
            except Exception as exc:  # counted: every failure is a finding
                problem = repr(exc)
            with lock:
                errors[0] += problem is not None
                done[0] += 1
                if done[0] % args.every == 0 or done[0] == args.answers:
                    now = time.monotonic()
                    samples.append({"answers": done[0], "seconds": round(now - started, 1),
                                    "answers_per_s": round(args.every / max(now - last_time, 1e-9), 1),
                                    "rss_mb": rss_mb(pid), "server_process_mb": own_rss_mb(pid),
                                    "loadavg_1min": round(os.getloadavg()[0], 2)})  # fmt: skip
                    last_time = now
                    print(f"{done[0]} answers, {samples[-1]['seconds']} s: RSS {samples[-1]['rss_mb']} MB", flush=True)
        http.close()

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples, errors[0]


if __name__ == "__main__":
    sys.exit(main())
