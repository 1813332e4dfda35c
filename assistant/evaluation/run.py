"""Evaluation harness: runs gold sets through the assistant and scores every answer.

    portrait-ia eval GOLD.jsonl [GOLD2.jsonl ...] [--compare CONFIG ...] [--min-accuracy X]
                     [--min-hit5 X] [--min-language X] [--min-refusal X] [--out DIR]
                     [--limit N] [--judge PROVIDER:MODEL]

Metrics are deterministic unless `--judge` is given. The run writes `result.json` (every case,
every metric) and `report.md` (tables per kind, language, intent and variant, charts, the
failures with question, expected and got) to `--out` (default `artifacts/eval/<timestamp>/`).
Exit status: 0, or 1 when a `--min-*` threshold is not met (checked on the first
configuration), or 2 on bad input (gold file, configuration, register, index).

The parts: gold.py (the gold set format and its checks), score.py (scoring one answer),
answerers.py (configurations: ours and the naive RAG baseline), judge.py (the optional LLM
judge), report.py (summaries, result.json, report.md); this module runs the cases. The command
is assistant/commands/evaluate.py.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.evaluation.answerers import (
    CHROMA_KEYS,
    CONFIG_KEYS,
    Answerer,
    Answerers,
    Configuration,
    loaded_registers,
)
from assistant.evaluation.gold import Case
from assistant.evaluation.judge import Judge
from assistant.evaluation.score import register_vocabulary, score
from assistant.types import Answer

EVAL_SETTINGS = (*CONFIG_KEYS, "mapping", *CHROMA_KEYS)  # the settings flags `portrait-ia eval` takes
THRESHOLDS = {  # flag -> (metric of the overall summary, what it measures)
    "min_accuracy": ("figure_accuracy", "figure accuracy"),
    "min_hit5": ("hit@5", "topic hit@5"),
    "min_language": ("language", "language accuracy"),
    "min_refusal": ("refusal", "refusal accuracy"),
}



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
    if understanders := model_understanders(answerer):
        info["understander"] = understander_summary(results, understanders[0].name)
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



# -- the language model as understander (`--understander llm`, `eval --compare`) -----------------

UNDERSTANDERS_COMPARED = ("understander=rules", "understander=llm")  # `--compare` with no CONFIG


def model_understanders(answerer: Any) -> list[Any]:
    """The answerer's model understanders (one per loaded file), none with the rules alone."""
    from assistant.understand.model_plan import ModelUnderstander

    desks = getattr(answerer, "desks", None) or []
    return [d.understand for d in desks if isinstance(d.understand, ModelUnderstander)]


def unusable_understander(config: Configuration, answerers: Answerers) -> str | None:
    """Why a configuration with `understander=llm` cannot be run (no model configured, or the
    model cannot be used: one plan is asked of it), or None: `eval --compare` skips it then and
    says why, the other configurations still run."""
    from assistant.settings import SettingsError

    if config.naive:
        return None
    try:
        answerer = answerers.build(config)
    except SettingsError as exc:
        if str(config.overrides.get("understander", "")).strip().lower() == "llm":
            return str(exc)  # "understander llm needs a language model: give --llm …"
        raise
    for understander in model_understanders(answerer):
        if (problem := understander.check()) is not None:
            return f"the language model {understander.name} cannot be used ({problem.reason})"
    return None


def understander_summary(results: Sequence[CaseResult], name: str) -> dict[str, Any]:
    """Who understood the judged questions: the model's plans, the rules' in its place and why,
    and the accuracy of each part."""
    plans = [(r, (r.got.get("plan") or {})) for r in results if r.got.get("plan")]
    by_model = [r for r, p in plans if p.get("understood_by") == "llm"]
    by_rules = [r for r, p in plans if p.get("understood_by") == "rules"]
    reasons = Counter(str(p.get("understander_fallback", "")).split(":", 1)[0] for r, p in plans
                      if p.get("understood_by") == "rules")  # fmt: skip

    def accuracy(part: list[CaseResult]) -> float | None:
        return round(sum(r.passed for r in part) / len(part), 4) if part else None

    return {
        "understander": name, "questions": len(plans), "by_model": len(by_model), "by_rules": len(by_rules),
        "fallback_reasons": dict(reasons), "accuracy_by_model": accuracy(by_model),
        "accuracy_by_rules": accuracy(by_rules),
    }  # fmt: skip
