"""Load test of `portrait-ia serve`: many concurrent conversations through the `/ask` API.

    .venv/bin/python bench/load_test.py [--users 50] [--duration 60] [--runs 2] [--url URL --pid PID]
        [--client gradio|http] [--workers N|auto] [--think S]
        [--model none|fast|slow|hang [--model-delay 1] [--hang-users 5]]

Why: the chat is shared by a whole service at once; one `Assistant` answers every session.
This measures, from the clients' side, what 50 people asking at the same time get: answers
per second, latency percentiles, errors (with examples), and whether the server's memory grows
from one run to the next (a leak would show as RSS rising run after run).

What it does (loopback only, bounded): builds the index of `--data` in a temporary folder,
starts `portrait-ia serve` on 127.0.0.1 at a free port (or uses `--url`, and `--pid` for its
memory), waits for the page, then opens one `gradio_client.Client` per user (each its own
session) before the clock starts. Each user runs conversations one after another, with no
pause between turns unless `--think` is given (a closed loop: the worst case for queueing; with
`--think S`, random pauses of S seconds on average and staggered starts).
Conversations come from data/eval: the multi-turn gold conversations (follow-ups included),
and probe / generated questions grouped three by three in one language (a topic search, then
figures). Each turn sends the conversation so far as `/ask`'s `history` (JSON turns), so
follow-ups are understood as follow-ups, as in the chat. An answer counts as an error
when the call raises or returns an empty answer or a malformed citations table. A run stops
sending at `--duration`; calls still in flight finish and are counted.

`--workers N` (or `auto`) is passed to `serve` (its answer workers; without it, serve's default),
and the start waits for the first worker. `--model fast` starts a fake OpenAI-compatible model
server on 127.0.0.1 (bench/fake_model.py) and serves with `--llm openai` pointed at it, so every
answer makes a real model round trip (its reply is refused by the checks: the templates answer);
`--model slow` is the same server taking `--model-delay` seconds per call (a real model takes
seconds); `--model hang` also sends, before the clock starts, `--hang-users` questions whose
model calls the fake server holds for the whole run: the other users' figures, compared with a
`fast` run, show whether a hanging model delays them.

Server memory: VmRSS from /proc/PID/status of the server process (and its children) at start
(after one warm-up question) and after each run; server CPU seconds from /proc/PID/stat.

Prints a table; writes bench/results/load_test.json (machine, load average, commit).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_model import HANG_MARK, FakeModel  # noqa: E402
from serve_cold_start import stop  # noqa: E402  (one way to stop a served app, shared)

from assistant.evaluation.report import percentile  # noqa: E402  (nearest rank, as the eval reports)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "load_test.json"
CLI = Path(sys.executable).parent / "portrait-ia"
EVAL = ROOT / "data" / "eval"
ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
       "GRADIO_ANALYTICS_ENABLED": "False"}  # fmt: skip
START_TIMEOUT_S = 300
MAX_ERROR_EXAMPLES = 5


# --- conversations ---------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def conversations() -> list[list[str]]:
    """Realistic sequences: the gold multi-turn conversations as written, then probe topic
    questions each followed by two generated figure questions in the same language."""
    convs = [c["turns"] for c in _jsonl(EVAL / "gold_conversations.jsonl")]
    generated: dict[str, list[str]] = {"fr": [], "en": []}
    for case in _jsonl(EVAL / "gold_generated.jsonl"):
        generated.setdefault(case["language"], []).append(case["question"])
    used = Counter()
    for probe in _jsonl(EVAL / "probe.jsonl"):
        pool, i = generated[probe["language"]], used[probe["language"]]
        convs.append([probe["question"], pool[i % len(pool)], pool[(i + 1) % len(pool)]])
        used[probe["language"]] += 2
    return convs


# --- the server --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    data: Path, index_dir: Path, log, extra: list[str] | None = None
) -> tuple[subprocess.Popen, str]:
    """Builds the index (so the server only opens it), then starts `serve` (with the `extra`
    arguments, e.g. --workers 2) and waits for the page and, with workers, for the first one."""
    command = [str(CLI), "index", "--quiet", "--data", str(data), "--index-dir", str(index_dir)]
    subprocess.run(command, env=os.environ | ENV, check=True, capture_output=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [str(CLI), "serve", "--host", "127.0.0.1", "--port", str(port), "--data", str(data),
               "--index-dir", str(index_dir), "--feedback-file", str(index_dir / "feedback.jsonl"),
               *(extra or [])]  # fmt: skip
    server = subprocess.Popen(command, env=os.environ | ENV, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True, cwd=index_dir)  # fmt: skip
    started = time.monotonic()
    while time.monotonic() - started < START_TIMEOUT_S:
        if server.poll() is not None:
            raise RuntimeError(
                f"the server exited with status {server.returncode}; see its log above"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200 and _workers_ready(log):
                    return server, url
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    stop(server)
    raise TimeoutError(f"no page at {url} after {START_TIMEOUT_S} s")


def served_as(log) -> dict:
    """What the server said it runs: its answer workers (0: answers in its own threads)."""
    log.flush()
    text = Path(log.name).read_text(errors="replace") if getattr(log, "name", None) else ""
    found = re.search(r"(no|\d+) answer worker", text)
    return {"workers": None if found is None else int(found.group(1).replace("no", "0"))}


def _workers_ready(log) -> bool:
    """True once the server's log says a worker is ready (or that it has none)."""
    log.flush()
    text = Path(log.name).read_text(errors="replace") if getattr(log, "name", None) else ""
    return "answer worker" not in text or "no answer worker" in text or "workers: first of" in text


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (children listed by /proc/PID/task/*/children)."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return pids


def rss_mb(pid: int | None) -> float | None:
    """Resident memory of the server and its children, MB (VmRSS from /proc)."""
    if pid is None:
        return None
    total = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return round(total / 1024, 1)


def cpu_s(pid: int | None) -> float | None:
    """User + system CPU seconds of the server and its children so far."""
    if pid is None:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return round(total / ticks, 2)


# --- the load ----------------------------------------------------------------------------------


def check(result) -> str | None:
    """Why an `/ask` result is not a proper answer (None when it is)."""
    if not isinstance(result, (list, tuple)) or len(result) != 2:
        return f"expected (answer, table), got {type(result).__name__}"
    answer, table = result
    if not isinstance(answer, str) or not answer.strip():
        return "empty answer"
    if not isinstance(table, dict) or "headers" not in table or "data" not in table:
        return f"malformed citations table: {str(table)[:80]}"
    return None


class Run:
    """One timed run: every user's latencies and errors, appended under one lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: Counter[str] = Counter()
        self.examples: list[dict] = []
        self.turns_by_position: Counter[int] = Counter()

    def record(self, seconds: float, error: str | None, question: str, position: int) -> None:
        with self.lock:
            if error is None:
                self.latencies.append(seconds)
                self.turns_by_position[position] += 1
                return
            kind = error.split(":", 1)[0][:80]
            self.errors[kind] += 1
            if len(self.examples) < MAX_ERROR_EXAMPLES:
                self.examples.append({"question": question[:200], "error": error[:300]})


class HttpAsk:
    """`/ask` through Gradio's REST route (POST /gradio_api/call/ask, then its event stream):
    the same queue as gradio_client, with far less work on the load generator's side."""

    def __init__(self, url: str, auth: tuple[str, str] | None) -> None:
        import httpx

        self.url = url.rstrip("/") + "/gradio_api/call/ask"
        self.http = httpx.Client(timeout=120)
        if auth:
            self.http.post(
                url.rstrip("/") + "/login", data={"username": auth[0], "password": auth[1]}
            )

    def predict(self, question: str, history: str = "", api_name: str = "/ask"):
        event = self.http.post(self.url, json={"data": [question, history]})
        event.raise_for_status()
        stream = self.http.get(f"{self.url}/{event.json()['event_id']}")
        stream.raise_for_status()
        kind = None
        for line in stream.text.splitlines():
            if line.startswith("event:"):
                kind = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and kind == "complete":
                return tuple(json.loads(line[5:]))
            elif line.startswith("data:") and kind == "error":
                raise RuntimeError(f"server error event: {line[5:].strip()[:200]}")
        raise RuntimeError(f"no complete event in the stream: {stream.text[:200]!r}")

    def close(self) -> None:
        self.http.close()


def user(
    client, convs: list[list[str]], offset: int, deadline: float, think: float, run: Run
) -> None:
    """One person: conversations one after another (each user starts at another one). With
    `think`, pauses are random (exponential, mean `think`) and the first turn comes at a random
    moment within `think`: people do not all press Enter at the same instant."""
    k, pause = offset, random.Random(offset)
    if think:
        time.sleep(pause.uniform(0, think))
    while time.monotonic() < deadline:
        turns: list[dict[str, str]] = []
        for position, question in enumerate(convs[k % len(convs)]):
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            try:
                reply = client.predict(question, json.dumps(turns, ensure_ascii=False), api_name="/ask")
                error = check(reply)
                turns += [{"role": "user", "content": question}, {"role": "assistant", "content": str(reply[0])}]
            except Exception as exc:  # every failure is a finding: counted, with examples
                error = f"{type(exc).__name__}: {exc}"
            run.record(time.perf_counter() - started, error, question, position)
            if think:
                time.sleep(min(pause.expovariate(1 / think), max(0.0, deadline - time.monotonic())))
        k += 1


def hang_users(url: str, auth: tuple[str, str] | None, count: int, model: FakeModel) -> None:
    """`count` users whose questions the fake model holds (its HANG_MARK in the question), each
    in a daemon thread that never gets its answer during the runs; returns once all are held."""
    for n in range(count):
        client = HttpAsk(url, auth)
        # A count: it has rows, so the model is asked to word it (the mark is set aside).
        question = f"Combien d'initiatives sont en production ? {HANG_MARK}{n}"
        threading.Thread(target=_ignore_errors, args=(client.predict, question), daemon=True).start()
    started = time.monotonic()
    while model.held < count and time.monotonic() - started < 120:
        time.sleep(0.1)
    if model.held < count:
        raise RuntimeError(f"only {model.held} of {count} hanging users' questions reached the model")
    print(f"{model.held} of {count} users' model calls are hanging", flush=True)


def _ignore_errors(call, *args) -> None:
    try:
        call(*args)
    except Exception:  # the server stopped under it: expected at the end
        pass


def one_run(
    clients: list, convs: list[list[str]], duration: float, think: float, pid: int | None
) -> dict:
    run = Run()
    cpu_before, load_before = cpu_s(pid), os.getloadavg()[0]
    own_before = time.process_time()
    started = time.monotonic()
    deadline = started + duration
    with ThreadPoolExecutor(len(clients)) as pool:
        futures = [
            pool.submit(user, c, convs, i * 7, deadline, think, run) for i, c in enumerate(clients)
        ]
        for f in futures:
            f.result()
    elapsed = time.monotonic() - started
    cpu_after, own_cpu = cpu_s(pid), time.process_time() - own_before
    ms = [s * 1000 for s in run.latencies]
    answers, errors = len(ms), sum(run.errors.values())
    return {
        "elapsed_s": round(elapsed, 1),
        "answers": answers,
        "answers_per_s": round(answers / elapsed, 1),
        "follow_up_answers": sum(n for pos, n in run.turns_by_position.items() if pos > 0),
        "latency_ms": {
            "p50": _r(percentile(ms, 50)),
            "p95": _r(percentile(ms, 95)),
            "p99": _r(percentile(ms, 99)),
            "max": _r(max(ms, default=None)),
        },
        "errors": errors,
        "error_kinds": dict(run.errors),
        "error_examples": run.examples,
        "server_rss_mb_after": rss_mb(pid),
        "server_cpu_s": round(cpu_after - cpu_before, 1) if pid is not None else None,
        "load_generator_cpu_s": round(own_cpu, 1),
        "loadavg_1min": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
    }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# --- report ------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())  # fmt: skip
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_kb / 1024**2, 1),
            "python": platform.python_version(), "system": platform.platform()}  # fmt: skip


def commit() -> str:
    """The commit measured, "+dirty" when assistant/ or bench/ has uncommitted changes."""

    def git(*argv: str) -> str:
        return subprocess.run(
            ["git", *argv], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + (
        "+dirty" if git("status", "--porcelain", "assistant", "bench") else ""
    )


def table(result: dict) -> str:
    lines = [
        f"{result['users']} users ({result['client']} client), {result['duration_s']} s per run, think {result['think_s']} s, "
        f"server RSS at start {result['server_rss_mb_start']} MB",
        "",
        "| run | answers | answers/s | p50 ms | p95 ms | p99 ms | max ms | errors | server CPU s | client CPU s | RSS after (MB) | load 1 min |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for i, r in enumerate(result["runs"], 1):
        lat = r["latency_ms"]
        lines.append(
            f"| {i} | {r['answers']} | {r['answers_per_s']} | {lat['p50']} | {lat['p95']} | {lat['p99']} "
            f"| {lat['max']} | {r['errors']} | {r['server_cpu_s']} | {r['load_generator_cpu_s']} | {r['server_rss_mb_after']} "
            f"| {r['loadavg_1min']['after']} |"
        )
    for i, r in enumerate(result["runs"], 1):
        for example in r["error_examples"]:
            lines.append(f"run {i} error: {example['error']}  <- {example['question']!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50, help="concurrent conversations")
    parser.add_argument("--duration", type=float, default=60, help="seconds per run")
    parser.add_argument("--runs", type=int, default=2, help="runs, one after another")
    parser.add_argument("--think", type=float, default=0.0, help="pause between turns (s)")
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "portrait-ia-2025.csv")
    parser.add_argument("--url", help="a running server instead of starting one")
    parser.add_argument("--pid", type=int, help="with --url: the server's pid, for its memory")
    parser.add_argument(
        "--client",
        choices=("gradio", "http"),
        default="gradio",
        help="gradio_client sessions, or plain HTTP to the same queued route",
    )
    parser.add_argument("--auth", help="user:password when the server asks for a login")
    parser.add_argument("--workers", help="serve's --workers (default: serve's own, auto: one per core but one with a model, none without)")
    parser.add_argument(
        "--model",
        choices=("none", "fast", "slow", "hang"),
        default="none",
        help="a fake model server on 127.0.0.1 (bench/fake_model.py) that the served app words "
        "answers with: none, fast (answers at once), slow (--model-delay s per call), hang (fast, "
        "and --hang-users others hang)",
    )
    parser.add_argument(
        "--model-delay", type=float, default=1.0, help="with --model slow: seconds per model call"
    )
    parser.add_argument(
        "--hang-users", type=int, default=5, help="with --model hang: users whose model call hangs"
    )
    parser.add_argument("--label", default="", help="what this run measures (kept in the JSON)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.users < 1 or args.duration <= 0 or args.runs < 1:
        parser.error("--users and --runs must be at least 1 and --duration positive")
    if args.pid is not None and not args.url:
        parser.error("--pid only goes with --url (a server started here is measured anyway)")

    from gradio_client import Client  # imported here: slow, and only needed to drive the load

    convs = conversations()
    with (
        tempfile.TemporaryDirectory(prefix="load-test-") as tmp,
        tempfile.NamedTemporaryFile("w+", suffix=".log") as log,
    ):
        server, url, pid = None, args.url, args.pid
        delay = args.model_delay if args.model == "slow" else 0.0
        model = FakeModel(delay=delay).__enter__() if args.model != "none" else None
        if url is None:
            extra = ["--workers", str(args.workers)] if args.workers is not None else []
            if model is not None:  # no timeout within a run: a hung call stays hung
                extra += ["--llm", "openai", "--model", "fake", "--base-url", model.base_url,
                          "--llm-timeout", str(max(300, 3 * args.duration * args.runs))]  # fmt: skip
            print(f"Starting portrait-ia serve {' '.join(extra)} over {args.data.name} ...", flush=True)
            server, url = start_server(args.data, Path(tmp), log, extra)
            pid = server.pid
        try:
            auth = tuple(args.auth.split(":", 1)) if args.auth else None
            print(f"Opening {args.users} {args.client} client sessions on {url} ...", flush=True)

            def client(_):
                if args.client == "http":
                    return HttpAsk(url, auth)
                return Client(url, auth=auth, verbose=False, analytics_enabled=False)

            with ThreadPoolExecutor(8) as pool:
                clients = list(pool.map(client, range(args.users)))
            warm = check(clients[0].predict(convs[0][0], "", api_name="/ask"))
            if warm:
                raise RuntimeError(f"the warm-up question got no proper answer: {warm}")
            result = {
                "when": time.strftime("%Y-%m-%d %H:%M"), "commit": commit(), "label": args.label,
                "machine": machine(), "data": args.data.name if server else url,
                "client": args.client, "users": args.users, "duration_s": args.duration, "think_s": args.think,
                "conversations": len(convs), "server_rss_mb_start": rss_mb(pid),
                "loadavg_start": [round(x, 2) for x in os.getloadavg()], "runs": [],
                "workers": args.workers, "model": args.model,
                "model_delay_s": args.model_delay if args.model == "slow" else 0.0,
                "served": served_as(log),
                "hang_users": args.hang_users if args.model == "hang" else 0,
            }  # fmt: skip
            if args.model == "hang":
                hang_users(url, auth, args.hang_users, model)
            for i in range(args.runs):
                print(
                    f"Run {i + 1}/{args.runs}: {args.users} users for {args.duration:g} s ...",
                    flush=True,
                )
                result["runs"].append(one_run(clients, convs, args.duration, args.think, pid))
            for client in clients:
                client.close()
            if model is not None:
                result["model_calls"], result["model_calls_held"] = model.calls, model.held
        finally:
            if model is not None:
                model.__exit__(None, None, None)
            if server is not None:
                result_stop = stop(server)
                log.seek(0)
                server_log = log.read()
                if server.returncode not in (0, 130, -signal.SIGINT, -signal.SIGTERM):
                    print(server_log[-3000:], file=sys.stderr)
                print(f"Server stopped ({result_stop}).", flush=True)
    rss = [result["server_rss_mb_start"]] + [r["server_rss_mb_after"] for r in result["runs"]]
    if None not in rss and len(rss) > 2:
        result["rss_growth_mb_after_first_run"] = round(rss[-1] - rss[1], 1)
    print()
    print(table(result))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(
        f"\nWritten to {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}"
    )
    return 1 if any(r["errors"] for r in result["runs"]) else 0


if __name__ == "__main__":
    sys.exit(main())
