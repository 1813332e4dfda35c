"""Start-up and per-question latency of the offline default, end to end (`Assistant.ask`).

    .venv/bin/python bench/ask_latency.py

Measures: index build from scratch, Assistant start with the index already built, and the
latency of `ask` over every probe question (warm), p50/p95. Prints figures; writes
bench/results/ask_latency.json.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402

PROBE = ROOT / "data" / "eval" / "probe.jsonl"
RESULTS = ROOT / "bench" / "results" / "ask_latency.json"


def main() -> None:
    questions = [json.loads(line)["question"] for line in PROBE.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        assistant = Assistant(index_dir=tmp)
        cold = time.perf_counter() - started
        build = assistant.last_build.seconds
        started = time.perf_counter()
        assistant = Assistant(index_dir=tmp)
        warm_start = time.perf_counter() - started
        assistant.ask("warm-up")
        latencies = []
        for question in questions:
            started = time.perf_counter()
            assistant.ask(question)
            latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    result = {
        "when": time.strftime("%Y-%m-%d"),
        "rows": len(assistant.register),
        "embedder": assistant.embedder.model_id,
        "start_with_index_build_s": round(cold, 2),
        "index_build_s": round(build, 2),
        "start_with_built_index_s": round(warm_start, 2),
        "questions": len(latencies),
        "ask_ms_p50": round(statistics.median(latencies), 1),
        "ask_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
    }
    for key, value in result.items():
        print(f"{key:28} {value}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
