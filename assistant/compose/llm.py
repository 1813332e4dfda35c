"""The LLM composer: a language model words the evidence, the assistant checks what it wrote.

Same interface as the extractive composer (`compose(plan, evidence) -> Answer`), selected by the
`llm` setting (none, cohere, openai, ollama; see docs/language-models.md).

1. The extractive composer answers first: its text holds the executor's figures, worded per
   language (the FACTS), and is the answer whenever the model cannot be used.
2. The model gets the question, the FACTS and the rows (`[row id] name | body | …`) inside a
   delimited data block (`<<<REGISTER_DATA` … `REGISTER_DATA>>>`); the system prompt says the
   block is data, not instructions, and the rows' text cannot close the block.
3. `citations.check` reads the reply: cited rows must be rows it was given, numbers must be the
   executor's figures (or in the cited rows' own text), unsupported sentences are removed.
4. Any failure (no key, unreachable server, timeout, HTTP error, invented row id or number)
   gives the extractive answer plus one sentence saying so; `Answer.to_dict()["composer"]`
   says which composer answered and why it fell back.

Prompts are `prompts/<lang>/llm_answer.toml`, `llm_followup.toml` and `llm_brief.toml`, loaded
(and checked) once when the composer is built; a register other than Québec's gets them in its own
words (`{register}`, the ROWS `{columns}`: wording.py), from the mapping its evidence carries.
Clients are built on first use, never before.
"""

from __future__ import annotations

import importlib
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.compose.checks import CheckReport, check, citations, figure_values
from assistant.compose.deadline import DeadlinePassed, within
from assistant.compose.extractive import LIST_SHOWN, ExtractiveComposer, cite_rows, templates
from assistant.compose.providers import PROVIDERS, LLMFailure, Provider, failure
from assistant.records import Records
from assistant.register.mapping import load_mapping
from assistant.register.wording import ROW_ORDER, field_names
from assistant.register.wording import templates as worded
from assistant.resources import PROMPTS_DIR
from assistant.settings import (
    LLM_SETTINGS,  # noqa: F401  (re-exported: the UI imports it from here)
    SettingsError,
)
from assistant.types import Answer, Citations, Composer, Evidence, Plan

DATA_START, DATA_END = "<<<REGISTER_DATA", "REGISTER_DATA>>>"
TASKS = {"llm_answer": ("fallback", "reasons"), "llm_followup": ("note",), "llm_brief": ()}
MAX_ROWS = 30  # rows handed to the model besides those the facts cite
COOL_DOWN = 30.0  # seconds without asking a model that timed out or could not be reached
COOL_DOWN_CODES = ("unreachable", "timeout")
HISTORY_TURNS, HISTORY_CHARS = 6, 600
SKIPPED_INTENTS = ("out_of_scope", "define")  # nothing for a model to word: the templates answer


@dataclass
class LLMAnswer(Answer):
    """An `Answer` from a configuration with a language model: `to_dict()` adds the optional
    `composer` key, {"name": "extractive" | "llm:PROVIDER:MODEL", "fallback": None | reason}."""

    composer: dict[str, Any] = field(default_factory=dict, compare=False)
    check: CheckReport | None = field(default=None, compare=False)

    def extra_fields(self) -> dict[str, Any]:
        return {"composer": dict(self.composer)}


@dataclass
class Summary:
    """A briefing's summary paragraph (`LLMComposer.summarise`)."""

    text: str
    row_ids: list[int]
    composer: dict[str, Any]


def prompt(language: str, task: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    """One prompt file, checked (cached by `compose.templates`)."""
    path = Path(prompts_dir) / language / f"{task}.toml"
    try:
        t = templates(language, task, Path(prompts_dir))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"cannot read the prompt file {path}: {exc}") from exc
    missing = [k for k in ("version", "system", "user", *TASKS[task]) if k not in t]
    if missing:
        raise SettingsError(f"prompt file {path} lacks {', '.join(missing)}")
    return t


def scrub(text: Any) -> str:
    """Register text as one line that cannot close the data block nor look like a citation."""
    text = " ".join(str(text or "").split())
    text = re.sub(r"<{2,}|>{2,}", " ", text).replace("REGISTER_DATA", "REGISTER DATA")
    return text.replace("[", "(").replace("]", ")")


def _field(row: Mapping[str, Any], key: str, language: str) -> str:
    return (
        str(row.get(f"{key}_en") or row.get(key) or "")
        if language == "en"
        else str(row.get(key) or "")
    )


def row_text(row: Mapping[str, Any], language: str, roles: tuple[str, ...] | None = None) -> str:
    """One row for the model: name | body | category | status | portfolio | benefits, keeping only
    the fields in `roles` (the register's; None: all six)."""
    values = {"name": row.get("name"), "body": row.get("body"), "category": _field(row, "category", language),
              "status": _field(row, "status", language), "portfolio": _field(row, "portfolio", language),
              "benefits": row.get("benefits") or "—"}  # fmt: skip
    return " | ".join(scrub(values[r]) for r in ROW_ORDER if roles is None or r in roles)


def _text(message: Any) -> str:
    text = getattr(message, "text", message)  # a property (a str) in langchain-core 1.x
    if not isinstance(text, str) and callable(text):
        text = text()
    return str(text or "")


def build_composer(values: Mapping[str, Any]) -> Composer:
    """The composer the settings ask for: extractive when `llm` is none, else an LLMComposer
    (no client is built, no network is used here)."""
    llm = str(values.get("llm") or "none").strip().lower()
    if llm == "none":
        return ExtractiveComposer()
    if llm not in PROVIDERS:
        raise SettingsError(f"llm must be one of none, {', '.join(PROVIDERS)}; got {llm!r}")
    timeout = float(values.get("llm_timeout") or 30.0)
    if timeout <= 0:
        raise SettingsError(f"llm_timeout must be a positive number of seconds, got {timeout}")
    return LLMComposer(llm, str(values.get("model") or ""), base_url=str(values.get("base_url") or ""),
                       timeout=timeout, stream=bool(values.get("llm_stream")))  # fmt: skip


def _preload(module: str) -> None:
    try:
        importlib.import_module(module)
    except Exception:  # the first answer reports it, with the fix, as it always did
        pass


class LLMComposer:
    """Words evidence with a LangChain chat model; checks its citations and numbers; falls
    back to the extractive answer. `chat_model` (any LangChain chat model, e.g. a fake in tests)
    replaces the provider's client."""

    def __init__(
        self,
        provider: str = "openai",
        model: str = "",
        *,
        base_url: str = "",
        timeout: float = 30.0,
        stream: bool = False,
        chat_model: Any = None,
        extractive: ExtractiveComposer | None = None,
        prompts_dir: Path = PROMPTS_DIR,
    ) -> None:
        if provider not in PROVIDERS:
            raise SettingsError(
                f"llm must be one of none, {', '.join(PROVIDERS)}; got {provider!r}"
            )
        self.provider: Provider = PROVIDERS[provider]
        self.model_name = model or self.provider.default_model
        self.base_url, self.timeout, self.streaming = base_url, float(timeout), stream
        self.extractive = extractive or ExtractiveComposer()
        self.prompts_dir = Path(prompts_dir)
        self.prompts = {
            (lang, task): prompt(lang, task, prompts_dir) for lang in ("fr", "en") for task in TASKS
        }
        self._model = chat_model
        self._lock = threading.Lock()
        # Found without any network call: the CLI warns about it at start-up.
        self.problem: LLMFailure | None = (
            None if chat_model is not None else self.provider.problem(base_url)
        )
        self.stats: Counter[str] = Counter()
        self._down: tuple[float, LLMFailure] | None = (
            None  # (until, why): answers fall back at once
        )
        if self.problem is None and chat_model is None:
            # Imported now, off the first answer's path: langchain_openai alone takes ~2.7 s to
            # import, which the first question would otherwise wait on top of the model.
            threading.Thread(target=_preload, args=(self.provider.module,), daemon=True).start()

    @property
    def name(self) -> str:
        return f"llm:{self.provider.name}:{self.model_name}"

    # -- the client, built on first use ---------------------------------------------------------

    def client(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    problem = self.provider.problem(self.base_url)
                    if problem:
                        raise problem
                    try:
                        self._model = self.provider.chat_model(
                            self.model_name, self.base_url, self.timeout, self.streaming
                        )
                    except Exception as exc:  # e.g. ChatCohere calls the network when built
                        raise self._failure(exc) from exc
        return self._model

    def _failure(self, exc: BaseException) -> LLMFailure:
        problem = failure(exc, self.provider, self.base_url, self.model_name, self.timeout)
        if problem.code in COOL_DOWN_CODES and (self._down is None or problem is not self._down[1]):
            # A dead or stalled server is not asked again for a while: no user waits twice.
            self._down = (time.monotonic() + COOL_DOWN, problem)
        return problem

    def _call(
        self, messages: list[Any], kwargs: dict[str, Any], stream: bool
    ) -> Iterator[str | Any]:
        """Yields the reply's text deltas, then the whole message, within `timeout` seconds of
        wall-clock time in all (deadline.py: a slow drip of bytes cannot hold an answer)."""
        if self._down is not None and time.monotonic() < self._down[0]:
            raise self._down[1]
        model = self.client()

        def produce() -> Iterable[Any]:
            return model.stream(messages, **kwargs) if stream else [model.invoke(messages, **kwargs)]

        message = None
        try:
            for item in within(self.timeout, produce):
                message = item if message is None else message + item
                if stream and _text(item):
                    yield _text(item)
        except DeadlinePassed as late:  # "no answer from … within N s (--llm-timeout)"
            raise failure(late, self.provider, self.base_url, self.model_name, self.timeout) from None
        if not stream:
            yield _text(message)
        yield message

    # -- the data block -------------------------------------------------------------------------

    def _data(self, plan: Plan, evidence: Evidence, facts: str) -> tuple[list[dict[str, Any]], str]:
        by_id = _by_id(evidence.rows)
        ids = [i for i in citations(facts) if i in by_id]  # every row the facts cite, then more
        for row_id in by_id:
            if len(ids) >= MAX_ROWS:
                break
            if row_id not in ids:
                ids.append(row_id)
        if isinstance(evidence.rows, Records):  # only the rows handed over become records
            by_id = {i: evidence.rows[by_id[i]] for i in ids}
        mapping = evidence.mapping
        roles = load_mapping(mapping).roles
        rows = [
            {"row_id": i, "text": row_text(by_id[i], plan.language, roles), "row": by_id[i]}
            for i in ids
        ]
        return rows, "\n".join(f"[{r['row_id']}] {r['text']}" for r in rows)

    def _allowed(self, plan: Plan, evidence: Evidence, facts: str) -> set[float]:
        """The figures the model may state: the executor's, and those the extractive answer
        derives from them (percentages, "… and 122 more"); never a number found in a row's
        text or in the facts' quotations of rows."""
        values = figure_values(evidence.figures)
        count = evidence.figures.get("count")
        if isinstance(count, int) and count > LIST_SHOWN:
            values.add(float(count - LIST_SHOWN))
        values |= {float(len(evidence.rows))} | ({float(plan.top_n)} if plan.top_n else set())
        return values

    @staticmethod
    def _facts(plan: Plan, base: Answer) -> str:
        lines = base.answer.split("\n")
        lines = lines[: len(lines) - len(plan.notes)] if plan.notes else lines
        return re.sub(r"<{2,}|>{2,}", " ", "\n".join(lines)).replace(
            "REGISTER_DATA", "REGISTER DATA"
        )

    def prompt(self, language: str, task: str, mapping: Any = None) -> dict[str, Any]:
        """The prompt of `task` in the words of the register `mapping` reads (Québec's: as loaded)."""
        if load_mapping(mapping).portrait_wording:
            return self.prompts[(language, task)]
        return worded(language, task, mapping, self.prompts_dir)

    def _messages(self, language: str, task: str, mapping: Any = None, **values: Any) -> list[Any]:
        from langchain_core.messages import HumanMessage, SystemMessage

        t = self.prompt(language, task, mapping)
        # What the register is, and which fields its ROWS lines hold, in its own words.
        names = field_names(language, mapping, ROW_ORDER).values()
        values.update(
            start=DATA_START,
            end=DATA_END,
            register=t.get("register", "").format(title=getattr(mapping, "title", "")),
            columns=t.get("columns", "").format(fields=" | ".join(names)),
        )
        return [
            SystemMessage(t["system"].format(**values)),
            HumanMessage(t["user"].format(**values)),
        ]

    def messages(self, plan: Plan, evidence: Evidence, base: Answer | None = None) -> list[Any]:
        """The model's input for this answer (shown by tests and handy for debugging)."""
        base = base or self.extractive.compose(plan, evidence)
        facts = self._facts(plan, base)
        _, rows = self._data(plan, evidence, facts)
        return self._messages(plan.language, "llm_answer", evidence.mapping, question=plan.question,
                              understood=plan.understood(), facts=facts, rows=rows)  # fmt: skip

    # -- answers --------------------------------------------------------------------------------

    def compose(self, plan: Plan, evidence: Evidence) -> Answer:
        answer = None
        for item in self.stream(plan, evidence):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def stream(self, plan: Plan, evidence: Evidence) -> Iterator[str | Answer]:
        """Yields the model's text as it comes (an unchecked draft, for a UI to show while it
        waits), then the checked `Answer`, which replaces the draft: sentences may be removed,
        or the extractive answer given instead."""
        base = self.extractive.compose(plan, evidence)
        if plan.intent in SKIPPED_INTENTS or not plan.question.strip() or not evidence.rows:
            self.stats["skipped"] += 1
            yield self._wrap(base, {"name": "extractive", "fallback": None})
            return
        facts = self._facts(plan, base)
        rows, block = self._data(plan, evidence, facts)
        messages = self._messages(plan.language, "llm_answer", evidence.mapping, question=plan.question,
                                  understood=plan.understood(), facts=facts, rows=block)  # fmt: skip
        try:
            message = None
            for item in self._call(messages, self.provider.invoke_kwargs(rows), self.streaming):
                if isinstance(item, str):
                    yield item
                else:
                    message = item
            self.stats["replied"] += 1
            report = self._check(message, rows, self._allowed(plan, evidence, facts), facts,
                                     plan.language, (evidence.source,))
            if not report.ok:
                raise LLMFailure(report.code or "unsupported", report.reason.split(": ", 1)[1])
        except Exception as exc:  # whatever happened, the user gets the extractive answer
            problem = self._failure(exc)
            self.stats[f"fallback:{problem.code}"] += 1
            yield self._fallback(plan, base, problem, evidence.mapping)
            return
        self.stats["worded"] += 1
        text = "\n".join([report.text, *plan.notes])
        cites = cite_rows(evidence.rows, only=set(report.cited))
        answer = LLMAnswer(text, plan.language, plan.intent, cites, dict(evidence.figures), dict(evidence.scores),
                           composer={"name": self.name, "fallback": None}, check=report)  # fmt: skip
        answer.plan = plan
        yield answer

    def _check(
        self, message: Any, rows: list[dict[str, Any]], allowed: set[float], facts: str,
        language: str | None = None, names: tuple[str, ...] = (),
    ) -> CheckReport:
        text = _text(message).strip()
        if not text:
            raise LLMFailure("empty", "the model replied with no text")
        # Native citations (Cohere): the spans it cites become [row id] markers, checked as any.
        for end, ids in sorted(self.provider.native(message), reverse=True):
            numeric = [i for i in ids if i.isdigit()]
            if numeric and not text[end:].lstrip().startswith("[") and 0 <= end <= len(text):
                text = f"{text[:end]} [{', '.join(numeric)}]{text[end:]}"
        row_texts = {r["row_id"]: r["text"] for r in rows}
        strings = {str(v) for r in rows for v in r["row"].values() if isinstance(v, str)}
        return check(text, row_texts, allowed, row_texts, facts, language=language, names=names,
                     register_strings=strings)

    def _wrap(self, base: Answer, composer: dict[str, Any], text: str | None = None) -> LLMAnswer:
        # `Citations` (columns) are never changed in place: shared, not copied row by row.
        cites = base.citations if isinstance(base.citations, Citations) else list(base.citations)
        answer = LLMAnswer(text if text is not None else base.answer, base.language, base.intent, cites,
                           dict(base.figures), dict(base.scores), composer=composer)  # fmt: skip
        answer.plan = base.plan
        return answer

    def _fallback(
        self, plan: Plan, base: Answer, problem: LLMFailure, mapping: Any = None
    ) -> LLMAnswer:
        t = self.prompt(plan.language, "llm_answer", mapping)
        reason = t["reasons"].get(problem.code, t["reasons"].get("error", problem.code))
        sentence = t["fallback"].format(
            model=f"{self.provider.name}:{self.model_name}", reason=reason
        )
        return self._wrap(
            base, {"name": "extractive", "fallback": problem.reason}, f"{base.answer}\n{sentence}"
        )

    # -- briefings and follow-ups ---------------------------------------------------------------

    def summarise(self, evidence: Evidence, plan: Plan) -> Summary:
        """A briefing's summary paragraph, worded by the model from the evidence and checked
        like an answer; on failure, the extractive answer's text (and the reason)."""
        base = self.extractive.compose(plan, evidence)
        if not evidence.rows:
            return Summary(base.answer, base.row_ids, {"name": "extractive", "fallback": None})
        facts = self._facts(plan, base)
        rows, block = self._data(plan, evidence, facts)
        messages = self._messages(plan.language, "llm_brief", evidence.mapping, topic=plan.topic or plan.question,
                                  facts=facts, rows=block)  # fmt: skip
        try:
            *_, message = self._call(messages, self.provider.invoke_kwargs(rows), stream=False)
            report = self._check(message, rows, self._allowed(plan, evidence, facts), facts,
                                     plan.language, (evidence.source,))
            if not report.ok:
                raise LLMFailure(report.code or "unsupported", report.reason.split(": ", 1)[1])
        except Exception as exc:
            problem = self._failure(exc)
            return Summary(
                base.answer, base.row_ids, {"name": "extractive", "fallback": problem.reason}
            )
        return Summary(report.text, report.cited, {"name": self.name, "fallback": None})

    def rewrite_followup(
        self, question: str, history: list[dict[str, str]], language: str, mapping: Any = None
    ) -> str | None:
        """The last question rewritten to stand on its own, or None (no model, no change, any
        failure): the rule-based understanding then keeps its own reading."""
        turns = []
        for turn in history[-2 * HISTORY_TURNS :]:
            who = {"user": "User", "assistant": "Assistant"}.get(str(turn.get("role")), "")
            if who:
                turns.append(f"{who}: {scrub(turn.get('content', ''))[:HISTORY_CHARS]}")
        if not turns:
            return None
        messages = self._messages(
            language, "llm_followup", mapping, history="\n".join(turns), question=question
        )
        try:
            *_, message = self._call(messages, {}, stream=False)
        except Exception as exc:
            self.stats[f"followup_failed:{self._failure(exc).code}"] += 1
            return None
        lines = [line.strip() for line in _text(message).splitlines() if line.strip()]
        rewritten = (
            re.sub(r"^(standalone question|question autonome)\s*:\s*", "", lines[0], flags=re.I)
            if lines
            else ""
        )
        rewritten = rewritten.strip(" \"'«»“”").strip()
        if not rewritten or len(rewritten) > 400 or " ".join(question.split()) == rewritten:
            return None
        self.stats["followup_rewritten"] += 1
        return rewritten

    def follow_up(self, understander: Callable[..., Plan]) -> Callable[..., Plan]:
        """Wraps the rule-based understanding: when a question comes with history and the rules
        did not read it as a follow-up, the model rewrites it to stand alone and the rules
        understand the rewrite (a note says so)."""
        mapping = getattr(getattr(understander, "register", None), "mapping", None)

        def understand(question: str, history: list[dict[str, str]] | None = None) -> Plan:
            plan = understander(question, history or [])
            if not history or plan.follow_up or not question.strip() or self.problem is not None:
                return plan
            rewritten = self.rewrite_followup(question, history, plan.language, mapping)
            if rewritten is None:
                return plan
            new = understander(rewritten, [])
            new.notes.append(
                self.prompt(plan.language, "llm_followup", mapping)["note"].format(
                    question=scrub(rewritten)
                )
            )
            return new

        return understand


def _by_id(rows: Any) -> dict[int, Any]:
    """Row id -> its record, in the rows' order (the last copy of a repeated row); for `Records`,
    row id -> its position, so that only the rows handed to the model are built."""
    if isinstance(rows, Records):
        return {int(i): p for p, i in enumerate(rows.columns("row_id")[0])}
    return {int(r["row_id"]): r for r in rows}
