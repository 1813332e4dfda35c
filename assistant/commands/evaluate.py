"""`portrait-ia eval GOLD.jsonl [...]`: score the assistant on gold sets (evaluation/run.py runs
the cases, evaluation/report.py writes result.json and report.md)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from assistant import settings
from assistant.evaluation.answerers import CONFIG_KEYS, Answerers, parse_configuration
from assistant.evaluation.gold import load_gold, spread
from assistant.evaluation.judge import load_judge_model
from assistant.evaluation.run import (
    EVAL_SETTINGS,
    THRESHOLDS,
    UNDERSTANDERS_COMPARED,
    evaluate_configuration,
    unusable_understander,
)

EXAMPLES = """examples:
  portrait-ia eval data/eval/gold_smoke.jsonl
  portrait-ia eval data/eval/gold_*.jsonl --compare default naive --min-hit5 0.9
  portrait-ia eval data/eval/gold_topics.jsonl --compare default embedder=e5-small,top_k=10
  portrait-ia eval data/eval/gold_generated.jsonl --min-accuracy 0.95 --out artifacts/eval/ci
  portrait-ia eval data/eval/natural_dev.jsonl --llm openai --base-url URL --model M --compare
"""


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score the assistant on gold sets: figures, rows, topics, refusals, language",
        description="Runs gold sets (JSONL; format in docs/evaluation.md) through the assistant and "
        "scores every answer; writes result.json and report.md.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold set file(s)")
    p.add_argument("--compare", nargs="*", metavar="CONFIG",
                   help="configurations run side by side: default, naive, or key=value,... over "
                   f"{', '.join(CONFIG_KEYS)} (e.g. embedder=e5-small,top_k=10); with no CONFIG, "
                   "the two understanders (rules, and llm when a model is configured and reachable)")  # fmt: skip
    for flag, (_, what) in THRESHOLDS.items():
        p.add_argument("--" + flag.replace("_", "-"), type=_fraction, metavar="X",
                       help=f"exit with status 1 when the {what} of the first configuration is below X")  # fmt: skip
    p.add_argument(
        "--out", metavar="DIR", help="output folder (default: artifacts/eval/<timestamp>/)"
    )
    p.add_argument(
        "--limit", type=int, metavar="N", help="only N cases, evenly spaced over the set"
    )
    p.add_argument("--judge", metavar="PROVIDER:MODEL",
                   help="also grade faithfulness and relevance with this LangChain chat model")  # fmt: skip
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    settings.add_arguments(p, EVAL_SETTINGS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.evaluation import report
    from assistant.evaluation.gold import EvalError
    from assistant.register.load import RegisterError
    from assistant.vectors.build import IndexError_
    from assistant.vectors.embeddings import EmbedderError

    try:
        cases = spread(load_gold(args.gold), args.limit)
        specs = args.compare if args.compare else UNDERSTANDERS_COMPARED if args.compare is not None else ["default"]
        configs = [parse_configuration(s) for s in specs]
        judge_model = load_judge_model(args.judge) if args.judge else None
        progress = not args.quiet and sys.stderr.isatty()
        answerers = Answerers(settings.given(args, EVAL_SETTINGS), progress=progress)
        runs = []
        for config in configs:
            if (why := unusable_understander(config, answerers)) is not None:
                print(f"portrait-ia eval: skipping {config.name}: {why}", file=sys.stderr)
                continue
            runs.append(evaluate_configuration(config, cases, answerers, judge_model, progress))
        if not runs:
            raise settings.SettingsError("no configuration could be run (see above)")
    except (EvalError, RegisterError, EmbedderError, IndexError_, settings.SettingsError) as exc:
        print(f"portrait-ia eval: error: {exc}", file=sys.stderr)
        return 2
    thresholds = {k: getattr(args, k) for k in THRESHOLDS if getattr(args, k, None) is not None}
    out = Path(args.out or Path("artifacts") / "eval" / time.strftime("%Y%m%d-%H%M%S"))
    result = report.build_result(runs, cases, args.gold, thresholds)
    paths = report.write(out, result)
    print(report.console_summary(result))
    for r in runs:
        if r.info.get("llm"):
            m = r.info["llm"]
            print(f"{r.name}: {m['composer']}: {m['worded']}/{m['answers']} answers worded by the model, "
                  f"{m['fallbacks']} fallbacks{' ' + str(m['fallback_reasons']) if m['fallbacks'] else ''} "
                  f"(rate {m['fallback_rate']}), "
                  f"citation validity {m['citation_validity']}")  # fmt: skip
    for r in runs:
        if r.info.get("understander"):
            u = r.info["understander"]
            print(f"{r.name}: {u['understander']}: {u['by_model']}/{u['questions']} questions understood by the model "
                  f"(accuracy {u['accuracy_by_model']}), {u['by_rules']} by the rules in its place "
                  f"{u['fallback_reasons'] or ''} (accuracy {u['accuracy_by_rules']})")  # fmt: skip
    print(f"\nWrote {paths[0]} and {paths[1]}")
    for failure in result["threshold_failures"]:
        print(f"portrait-ia eval: threshold not met: {failure}", file=sys.stderr)
    return 1 if result["threshold_failures"] else 0
