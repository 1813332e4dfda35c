"""Evaluation harness: runs gold sets through the assistant and scores every answer.

    portrait-ia eval GOLD.jsonl [GOLD2.jsonl ...] [--compare CONFIG ...] [--min-accuracy X]
                     [--min-hit5 X] [--min-language X] [--min-refusal X] [--out DIR]
                     [--limit N] [--judge PROVIDER:MODEL]

Metrics are deterministic unless `--judge` is given. The run writes `result.json` (every case,
every metric) and `report.md` (tables per kind, language, intent and variant, charts, the
failures with question, expected and got) to `--out` (default `artifacts/eval/<timestamp>/`).
Exit status: 0, or 1 when a `--min-*` threshold is not met (checked on the first
configuration), or 2 on bad input (gold file, configuration, register, index).

The parts: eval_gold.py (the gold set format and its checks), eval_score.py (scoring one
answer), eval_answerers.py (configurations: ours and the naive RAG baseline), eval_judge.py (the
optional LLM judge), eval_report.py (summaries, result.json, report.md); this module runs the
cases and is the command.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.evaluation.answerers import (
    CHROMA_KEYS,
    CONFIG_KEYS,
    Answerer,
    Answerers,
    Configuration,
    loaded_registers,
    parse_configuration,
)
from assistant.evaluation.gold import Case, EvalError, load_gold, spread
from assistant.evaluation.judge import Judge, load_judge_model
from assistant.evaluation.score import register_vocabulary, score
from assistant.types import Answer

EVAL_SETTINGS = (*CONFIG_KEYS, "mapping", *CHROMA_KEYS)  # the settings flags `portrait-ia eval` takes
THRESHOLDS = {  # flag -> (metric of the overall summary, what it measures)
    "min_accuracy": ("figure_accuracy", "figure accuracy"),
    "min_hit5": ("hit@5", "topic hit@5"),
    "min_language": ("language", "language accuracy"),
    "min_refusal": ("refusal", "refusal accuracy"),
}


# --- running ----------------------------------------------------------------------------------


@dataclass
class CaseResult:
    id: str
    file: str
    kind: str
    language: str
    intent: str | None
    variant: str | None
    follow_up: bool
    turns: list[str]
    passed: bool
    checks: dict[str, Any]
    problems: list[str]
    expected: dict[str, Any]
    got: dict[str, Any]
    latency_ms: float | None
    error: str | None = None
    judge: dict[str, Any] | None = None

    @property
    def question(self) -> str:
        return self.turns[-1]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _got(answer: Answer) -> dict[str, Any]:
    plan = getattr(answer, "plan", None)
    return {
        "intent": answer.intent,
        "language": answer.language,
        "figures": answer.figures,
        "row_ids": answer.row_ids,
        "answer": answer.answer,
        "plan": plan.to_dict() if hasattr(plan, "to_dict") else None,
        **({"composer": answer.composer} if getattr(answer, "composer", None) else {}),
    }


def run_case(
    case: Case, answerer: Answerer, judge: Judge | None = None, vocabulary: Sequence[str] = ()
) -> CaseResult:
    history: list[dict[str, str]] = []
    result = CaseResult(
        case.id, case.file, case.kind, case.language, case.intent, case.variant, case.follow_up,
        case.turns, False, {}, [], case.expected, {}, None,
    )  # fmt: skip
    try:
        for question in case.turns[:-1]:
            earlier = answerer.ask(question, history=list(history))
            history += [
                {"role": "user", "content": question},
                {"role": "assistant", "content": earlier.answer},
            ]
        started = time.perf_counter()
        answer = answerer.ask(case.question, history=list(history))
        result.latency_ms = round((time.perf_counter() - started) * 1000, 2)
    except Exception as exc:  # one broken answer must not stop the run: it is a failure
        result.error = f"{type(exc).__name__}: {exc}"
        result.problems = [result.error]
        result.checks = {"language": False}
        return result
    result.passed, result.checks, result.problems = score(case, answer, vocabulary)
    result.got = _got(answer)
    if judge is not None:
        try:
            result.judge = judge.assess(case.question, answer)
        except Exception as exc:  # the judge is optional: its failures are reported, not fatal
            result.judge = {"error": f"{type(exc).__name__}: {exc}"}
    return result


def run_cases(
    cases: Sequence[Case],
    answerer: Answerer,
    *,
    judge: Judge | None = None,
    on_case: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    vocabulary = register_vocabulary(loaded_registers(answerer))
    results = []
    for case in cases:
        results.append(run_case(case, answerer, judge, vocabulary))
        if on_case:
            on_case(results[-1])
    return results


@dataclass
class Run:
    """One configuration's results on the gold set."""

    name: str
    results: list[CaseResult]
    seconds: float
    info: dict[str, Any] = field(default_factory=dict)


# --- command line -----------------------------------------------------------------------------

EXAMPLES = """examples:
  portrait-ia eval data/eval/gold_smoke.jsonl
  portrait-ia eval data/eval/gold_*.jsonl --compare default naive --min-hit5 0.9
  portrait-ia eval data/eval/gold_topics.jsonl --compare default embedder=e5-small,top_k=10
  portrait-ia eval data/eval/gold_generated.jsonl --min-accuracy 0.95 --out artifacts/eval/ci
"""


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def add_eval_command(subparsers: Any) -> None:
    """Adds `eval` to the `portrait-ia` sub-commands (cli.py dispatches it to run_eval_command)."""
    from assistant.cli import _add_settings

    p = subparsers.add_parser(
        "eval",
        help="score the assistant on gold sets: figures, rows, topics, refusals, language",
        description="Runs gold sets (JSONL; format in the README) through the assistant and "
        "scores every answer; writes result.json and report.md.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold set file(s)")
    p.add_argument("--compare", nargs="+", metavar="CONFIG",
                   help="configurations run side by side: default, naive, or key=value,... over "
                   f"{', '.join(CONFIG_KEYS)} (e.g. embedder=e5-small,top_k=10)")  # fmt: skip
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
    _add_settings(p, EVAL_SETTINGS)


def run_eval_command(args: argparse.Namespace) -> int:
    from assistant.evaluation import report as eval_report
    from assistant.register.load import RegisterError
    from assistant.settings import SettingsError
    from assistant.vectors.build import IndexError_
    from assistant.vectors.embeddings import EmbedderError

    try:
        cases = spread(load_gold(args.gold), args.limit)
        configs = [parse_configuration(s) for s in (args.compare or ["default"])]
        judge_model = load_judge_model(args.judge) if args.judge else None
        progress = not args.quiet and sys.stderr.isatty()
        answerers = Answerers({k: getattr(args, k, None) for k in EVAL_SETTINGS}, progress=progress)
        runs = [evaluate_configuration(c, cases, answerers, judge_model, progress) for c in configs]
    except (EvalError, RegisterError, EmbedderError, IndexError_, SettingsError) as exc:
        print(f"portrait-ia eval: error: {exc}", file=sys.stderr)
        return 2
    thresholds = {k: getattr(args, k) for k in THRESHOLDS if getattr(args, k, None) is not None}
    out = Path(args.out or Path("artifacts") / "eval" / time.strftime("%Y%m%d-%H%M%S"))
    result = eval_report.build_result(runs, cases, args.gold, thresholds)
    paths = eval_report.write(out, result)
    print(eval_report.console_summary(result))
    for run in runs:
        if run.info.get("llm"):
            m = run.info["llm"]
            print(f"{run.name}: {m['composer']}: {m['worded']}/{m['answers']} answers worded by the model, "
                  f"{m['fallbacks']} fallbacks{' ' + str(m['fallback_reasons']) if m['fallbacks'] else ''} "
                  f"(rate {m['fallback_rate']}), "
                  f"citation validity {m['citation_validity']}")  # fmt: skip
    print(f"\nWrote {paths[0]} and {paths[1]}")
    for failure in result["threshold_failures"]:
        print(f"portrait-ia eval: threshold not met: {failure}", file=sys.stderr)
    return 1 if result["threshold_failures"] else 0


def evaluate_configuration(
    config: Configuration,
    cases: Sequence[Case],
    answerers: Answerers,
    judge_model: Any,
    progress: bool,
) -> Run:
    started = time.perf_counter()
    answerer = answerers.build(config)
    setup = time.perf_counter() - started
    registers = loaded_registers(answerer)
    register = registers[-1] if registers else None  # the newest file: what the report names
    sources = {c.source for c in cases if c.source}
    loaded = {r.source for r in registers}
    if registers and sources - loaded:
        print(f"portrait-ia eval: warning: gold cases were computed on {', '.join(sorted(sources))}, "
              f"the files loaded are {', '.join(sorted(loaded))}: expected figures may not apply", file=sys.stderr)  # fmt: skip
    judge = Judge(judge_model, registers) if judge_model is not None else None
    from tqdm import tqdm

    with tqdm(total=len(cases), desc=config.name, unit="case", disable=not progress) as bar:
        started = time.perf_counter()
        results = run_cases(cases, answerer, judge=judge, on_case=lambda _: bar.update(1))
    info = {"setup_s": round(setup, 2)}
    if register is not None:
        info.update(register=register.source, rows=len(register), sha256=register.sha256[:12])
    embedder = getattr(answerer, "embedder", None)
    if embedder is not None:
        info["embedder"] = embedder.model_id
    composer = getattr(answerer, "composer", None)
    if composer is not None and hasattr(composer, "stats"):
        info["llm"] = llm_summary(results, composer.name)
    return Run(config.name, results, round(time.perf_counter() - started, 2), info)


def llm_summary(results: Sequence[CaseResult], name: str) -> dict[str, Any]:
    """How the language model did on the judged answers: how many it worded, how many fell
    back and why, and citation validity (share of its replies whose citations all point at rows
    it was given; replies = worded + fallbacks after a reply)."""
    composers = [r.got.get("composer") for r in results if r.got.get("composer")]
    reasons = Counter(str(c["fallback"]).split(":", 1)[0] for c in composers if c.get("fallback"))
    worded = sum(1 for c in composers if str(c.get("name", "")).startswith("llm:"))
    replied = worded + sum(reasons[k] for k in ("invalid_citation", "invented_number", "unsupported", "empty"))
    fallbacks = sum(reasons.values())
    return {
        "composer": name, "answers": len(composers), "worded": worded, "fallbacks": fallbacks,
        "fallback_rate": round(fallbacks / len(composers), 4) if composers else None,
        "fallback_reasons": dict(reasons),
        "citation_validity": round(1 - reasons["invalid_citation"] / replied, 4) if replied else None,
    }

