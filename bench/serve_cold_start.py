"""Cold start of `portrait-ia serve`: process start -> page served -> first answer through the API.

    .venv/bin/python bench/serve_cold_start.py [--repeats 3] [--data FILE]

Why: the README promises a page within seconds of `make run`; this measures it from the user's
side, the whole process included (Python imports, register, embedding model, index, Gradio).

Two cases, each `--repeats` times on a free port: the index already built in a temporary folder
(by `portrait-ia index` beforehand), and no index at all (the server builds it at start). For each
run: seconds from process start until GET / answers HTTP 200, then until a first answer comes
back through `gradio_client.Client(url).predict(QUESTION, api_name="/ask")` (client set-up
included), then a second, warm `predict`. The server's own log lines ("assistant ready in",
"page served ... after start-up") are kept for the breakdown. The server is stopped with
SIGINT (Ctrl+C, its normal stop), then SIGTERM/SIGKILL to its process group if it hangs.

Prints figures; writes bench/results/serve_cold_start.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "serve_cold_start.json"
CLI = Path(sys.executable).parent / "portrait-ia"
QUESTION = "Combien d'initiatives sont en production ?"
ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
       "GRADIO_ANALYTICS_ENABLED": "False"}  # fmt: skip
TIMEOUT_S = 300


def package_version() -> str:
    """The commit measured, with "+dirty" when assistant/ has uncommitted changes."""

    def git(*argv: str) -> str:
        return subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + ("+dirty" if git("status", "--porcelain", "assistant") else "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_index(data: Path, index_dir: Path) -> float:
    started = time.perf_counter()
    command = [str(CLI), "index", "--quiet", "--data", str(data), "--index-dir", str(index_dir)]
    subprocess.run(command, env=os.environ | ENV, check=True, capture_output=True)
    return time.perf_counter() - started


def wait_for_page(url: str, started: float, server: subprocess.Popen) -> float:
    while time.perf_counter() - started < TIMEOUT_S:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode} before serving the page")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"no page at {url} after {TIMEOUT_S} s")


def stop(server: subprocess.Popen) -> str:
    """Ctrl+C first (what a user does); the process group only if it does not stop."""
    for sig, grace in ((signal.SIGINT, 15), (signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        if server.poll() is not None:
            break
        os.killpg(server.pid, sig)
        try:
            server.wait(timeout=grace)
            return f"{sig.name} -> exit {server.returncode}"
        except subprocess.TimeoutExpired:
            continue
    return f"exit {server.returncode}"


def server_figures(log: str) -> dict:
    """The server's own timings, from its log lines."""
    figures = {}
    if m := re.search(r"(\d+) rows; assistant ready in ([\d.]+) s", log):
        figures["rows"], figures["assistant_ready_s"] = int(m[1]), float(m[2])
    if m := re.search(r"page served ([\d.]+) s after start-up", log):
        figures["gradio_launch_s"] = float(m[1])
    return figures


def one_run(data: Path, index_dir: Path) -> dict:
    from gradio_client import Client  # imported before the clock starts

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryFile("w+") as log:
        command = [str(CLI), "serve", "--port", str(port), "--data", str(data), "--index-dir", str(index_dir)]
        started = time.perf_counter()
        server = subprocess.Popen(command, env=os.environ | ENV, stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)  # fmt: skip
        try:
            page_s = wait_for_page(url, started, server)
            client = Client(url, verbose=False)
            client_ready_s = time.perf_counter() - started
            answer, _table = client.predict(QUESTION, api_name="/ask")
            first_answer_s = time.perf_counter() - started
            again = time.perf_counter()
            client.predict(QUESTION, api_name="/ask")
            warm_predict_ms = (time.perf_counter() - again) * 1000
        finally:
            stopped = stop(server)
        log.seek(0)
        server_log = log.read()
    return {
        "page_s": round(page_s, 2),
        "client_ready_s": round(client_ready_s, 2),
        "first_answer_s": round(first_answer_s, 2),
        "warm_predict_ms": round(warm_predict_ms, 1),
        "answer_start": answer.splitlines()[0][:120],
        "stopped": stopped,
        "loadavg": round(os.getloadavg()[0], 2),
        **server_figures(server_log),
    }


def summary(runs: list[dict]) -> dict:
    keys = ("page_s", "first_answer_s", "assistant_ready_s", "gradio_launch_s", "warm_predict_ms")
    return {f"{k}_median": round(statistics.median(r[k] for r in runs if k in r), 2) for k in keys if any(k in r for r in runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "portrait-ia-2025.csv")
    args = parser.parse_args()
    cases, version = {}, package_version()
    with tempfile.TemporaryDirectory(prefix="serve-cold-") as tmp:
        built = Path(tmp) / "built"
        index_build_s = build_index(args.data, built)
        runs = []
        for i in range(args.repeats):
            runs.append(one_run(args.data, built))
            print(f"index built, run {i + 1}: {runs[-1]}", flush=True)
        cases["index_built"] = {"runs": runs, **summary(runs), "index_build_beforehand_s": round(index_build_s, 2)}
        runs = []
        for i in range(args.repeats):
            runs.append(one_run(args.data, Path(tmp) / f"none-{i}"))  # a fresh, missing folder each time
            print(f"no index, run {i + 1}: {runs[-1]}", flush=True)
        cases["no_index"] = {"runs": runs, **summary(runs)}
    print(f"\nportrait-ia serve, {args.data.name}, {args.repeats} runs per case (median; load avg per run in JSON):\n")
    print("| case | to page (s) | to first answer (s) | of which: assistant ready (s) | Gradio launch (s) | warm predict (ms) |")
    print("|---|---|---|---|---|---|")
    for name, c in cases.items():
        print(
            f"| {name.replace('_', ' ')} | {c['page_s_median']} | {c['first_answer_s_median']}"
            f" | {c.get('assistant_ready_s_median', '—')} | {c.get('gradio_launch_s_median', '—')}"
            f" | {c['warm_predict_ms_median']} |"
        )
    result = {"when": time.strftime("%Y-%m-%d %H:%M"), "package": version, "data": args.data.name,
              "question": QUESTION, "cores": os.cpu_count(), **cases}  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
