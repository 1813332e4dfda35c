"""How long a briefing on the whole register takes, per format (`portrait-ia brief`).

    .venv/bin/python bench/brief_speed.py [--repeat 5]

Measures, with the assistant already loaded (as in the UI, or after the CLI's start-up): building
the briefing (executor figures + two charts), then rendering it as Markdown, DOCX and HTML. The
first build pays matplotlib's import and is reported apart ("cold"). Prints figures; writes
bench/results/brief_speed.json. The budget is 5 s per briefing of the whole register.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.briefing import build_briefing, render  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "brief_speed.json"
REQUESTS = {"fr": "Portrait complet", "en": "Briefing on the whole register"}
BUDGET_S = 5.0


def _timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


COMMAND = """
import sys
from argparse import ArgumentParser
from assistant.commands import brief
parser = ArgumentParser(prog="portrait-ia")
brief.add_parser(parser.add_subparsers(dest="command"))
sys.exit(brief.run(parser.parse_args(sys.argv[1:])))
"""


def _command(request: str, lang: str, fmt: str, index_dir: str) -> float:
    """`portrait-ia brief` in a new process (imports, register, index already built, briefing, file)."""
    with tempfile.TemporaryDirectory() as out:
        argv = ["brief", request, "--lang", lang, "--format", fmt, "--out", str(Path(out) / f"b.{fmt}"),
                "--index-dir", index_dir]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", COMMAND, *argv], check=True, capture_output=True, cwd=ROOT
        )
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="warm runs per language (median reported)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        assistant, start = _timed(lambda: Assistant(index_dir=tmp))
        _, cold = _timed(lambda: build_briefing(assistant, REQUESTS["fr"]))
        result = {
            "when": time.strftime("%Y-%m-%d"),
            "rows": len(assistant.register),
            "assistant_start_s": round(start, 2),
            "first_build_cold_s": round(cold, 3),
            "languages": {},
        }
        for lang, request in REQUESTS.items():
            times: dict[str, list[float]] = {"build": [], "md": [], "docx": [], "html": []}
            sizes = {}
            for _ in range(args.repeat):
                briefing, seconds = _timed(
                    lambda request=request, lang=lang: build_briefing(
                        assistant, request, language=lang
                    )
                )
                times["build"].append(seconds)
                for fmt in ("md", "docx", "html"):
                    data, seconds = _timed(lambda fmt=fmt, briefing=briefing: render(briefing, fmt))
                    times[fmt].append(seconds)
                    sizes[fmt] = len(data)
            median = {k: statistics.median(v) for k, v in times.items()}
            end_to_end = {
                fmt: round(_command(request, lang, fmt, tmp), 2) for fmt in ("md", "docx", "html")
            }
            result["languages"][lang] = {
                "count": briefing.count,
                "median_s": {k: round(v, 3) for k, v in median.items()},
                "total_per_format_s": {
                    fmt: round(median["build"] + median[fmt], 3) for fmt in ("md", "docx", "html")
                },
                "bytes": sizes,
                "command_end_to_end_s": end_to_end,
            }

    print(f"Register: {result['rows']} rows. Assistant start (index built in a temp folder): "
          f"{result['assistant_start_s']} s; first briefing (cold, imports matplotlib): {result['first_build_cold_s']} s")  # fmt: skip
    print(
        f"{'lang':<5} {'format':<7} {'build s':>8} {'render s':>9} {'total s':>8} {'size KB':>8} {'command s':>10}"
    )
    worst = 0.0
    for lang, r in result["languages"].items():
        for fmt in ("md", "docx", "html"):
            total = r["total_per_format_s"][fmt]
            worst = max(worst, total)
            print(f"{lang:<5} {fmt:<7} {r['median_s']['build']:>8.3f} {r['median_s'][fmt]:>9.3f} {total:>8.3f} "
                  f"{r['bytes'][fmt] / 1000:>8.0f} {r['command_end_to_end_s'][fmt]:>10.2f}")  # fmt: skip
    print(
        "build/render/total: assistant loaded, median of the warm runs; command: `portrait-ia brief` in a new "
        "process (Python imports, register load, index already built, briefing, file written)."
    )
    print(
        f"Slowest whole-register briefing: {worst:.2f} s (budget {BUDGET_S:.0f} s) — {'OK' if worst < BUDGET_S else 'OVER BUDGET'}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if worst < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
