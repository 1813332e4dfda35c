"""The language model as understander (`--understander llm`): the model writes the Plan, the
register checks it, pandas runs it.

`ModelUnderstander` wraps the rule understanding. For each question it reads the question with
the rules first (a few milliseconds: the language, the question without the instructions it
carries), then asks the chat model for a plan through LangChain's structured output (the JSON
schema of plan_schema.py; a model without it is asked for the JSON in its text), within
`llm_timeout` of wall-clock time (compose/deadline.py). Every value of the reply is checked
against the register (plan_schema.PlanVocabulary.read); the topic keeps only words the register
has evidence for, as the rules' does. The plan is then executed exactly like a rule plan.

On any failure (no key, unreachable server, time-out, refusal, a reply that is not JSON, an
unknown field, value or operation, a topic with no evidence) the rules' plan stands. Either way
the plan records who understood it (`understood_by`: "llm" or "rules", with the reason in
`understander_fallback`), the JSON gains those keys and the answer says so in one sentence.
After a time-out or an unreachable server the model is left alone for COOL_DOWN seconds.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from assistant.compose.deadline import DeadlinePassed, within
from assistant.compose.llm import COOL_DOWN, COOL_DOWN_CODES, HISTORY_CHARS, HISTORY_TURNS, scrub
from assistant.compose.providers import PROVIDERS, LLMFailure, Provider, failure
from assistant.register.template_files import base
from assistant.register.wording import field_names
from assistant.resources import PROMPTS_DIR
from assistant.settings import SettingsError
from assistant.types import Plan
from assistant.understand.plan_schema import InvalidPlan, PlanVocabulary

UNDERSTANDERS = ("rules", "llm")
TASK = "llm_plan"
START, END = "<<<QUESTION_DATA", "QUESTION_DATA>>>"
REQUIRED = ("version", "system", "user", "note", "note_rules", "reasons")
COUNTING = ("count", "list", "share", "exists", "rank", "breakdown", "compare")


def plan_prompt(language: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    """prompts/<language>/llm_plan.toml, checked."""
    path = Path(prompts_dir) / language / f"{TASK}.toml"
    try:
        t = base(language, TASK, Path(prompts_dir))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"cannot read the prompt file {path}: {exc}") from exc
    if missing := [k for k in REQUIRED if k not in t]:
        raise SettingsError(f"prompt file {path} lacks {', '.join(missing)}")
    return t


def model_understanding(values: Mapping[str, Any]) -> Callable[[Any, Callable[..., Plan]], Callable[..., Plan]] | None:
    """What the `understander` setting asks for: None for the rules, else a function that wraps
    one register's rule understander (and the understanding to fall back on) in a
    `ModelUnderstander`. A model understander needs a language model: an error names the fix.
    No client is built and no network is used here."""
    choice = str(values.get("understander") or "rules").strip().lower()
    if choice not in UNDERSTANDERS:
        raise SettingsError(f"understander must be rules or llm; got {choice!r}")
    if choice == "rules":
        return None
    llm = str(values.get("llm") or "none").strip().lower()
    if llm not in PROVIDERS:
        raise SettingsError(
            "understander llm needs a language model: give --llm openai (with --base-url and --model"
            " for a server of your own), --llm ollama or --llm cohere, or use --understander rules"
        )
    timeout = float(values.get("llm_timeout") or 30.0)
    if timeout <= 0:
        raise SettingsError(f"llm_timeout must be a positive number of seconds, got {timeout}")
    options = {"provider": llm, "model": str(values.get("model") or ""), "base_url": str(values.get("base_url") or ""),
               "timeout": timeout}  # fmt: skip
    for language in ("fr", "en"):
        plan_prompt(language)  # a broken prompt file stops here, not at the first question

    def wrap(rules: Any, fallback: Callable[..., Plan]) -> ModelUnderstander:
        return ModelUnderstander(rules, fallback, **options)

    return wrap


class ModelUnderstander:
    """Question (+ conversation) -> Plan by a LangChain chat model, checked against the register;
    the rules' plan when the model's cannot be used. `chat_model` (any LangChain chat model, a
    fake in tests) replaces the provider's client."""

    def __init__(
        self,
        rules: Any,
        fallback: Callable[..., Plan] | None = None,
        *,
        provider: str = "openai",
        model: str = "",
        base_url: str = "",
        timeout: float = 30.0,
        chat_model: Any = None,
        prompts_dir: Path = PROMPTS_DIR,
    ) -> None:
        if provider not in PROVIDERS:
            raise SettingsError(f"llm must be one of {', '.join(PROVIDERS)}; got {provider!r}")
        self.rules, self.fallback = rules, fallback or rules
        self.register = rules.register  # for wrappers that read the register's mapping
        self.provider: Provider = PROVIDERS[provider]
        self.model_name = model or self.provider.default_model
        self.base_url, self.timeout = base_url, float(timeout)
        self.prompts = {lang: plan_prompt(lang, prompts_dir) for lang in ("fr", "en")}
        self.vocabulary = PlanVocabulary(rules.register, rules.resolver)
        self._model, self._structured = chat_model, None
        self.problem: LLMFailure | None = None if chat_model is not None else self.provider.problem(base_url)
        self.stats: Counter[str] = Counter()
        self._down: tuple[float, LLMFailure] | None = None
        self._listings: dict[str, tuple[str, str]] = {}

    @property
    def name(self) -> str:
        return f"llm:{self.provider.name}:{self.model_name}"

    def __call__(self, question: str, history: list[dict[str, str]] | None = None) -> Plan:
        history = list(history or [])
        read = self.rules(question, history)  # the language, the question without its instructions
        try:
            plan = self.model_plan(read, history)
        except Exception as exc:  # whatever happened, the rules' plan stands, and says why
            problem = self._failure(exc)
            self.stats[f"fallback:{problem.code}"] += 1
            # A model that is down or slow is not asked again (to rewrite a follow-up) on the way.
            down = problem.code in COOL_DOWN_CODES or self.fallback is self.rules
            plan = read if down else self.fallback(question, history)
            t = self.prompts[_lang(plan.language)]
            reason = t["reasons"].get(problem.code, t["reasons"]["error"])
            plan.understood_by, plan.understander_fallback = "rules", problem.reason
            plan.notes.append(t["note_rules"].format(model=self._shown_name(), reason=reason))
            return plan
        self.stats["llm"] += 1
        return plan

    def check(self) -> LLMFailure | None:
        """One plan asked of the model, to see whether it can be used at all (eval --compare
        skips a model that cannot): None, or what prevents it (unreachable, time-out, key…).
        A reply that is no valid plan still means the model answers."""
        try:
            self.model_plan(self.rules("Combien d'initiatives sont en production ?", []), [])
        except Exception as exc:
            problem = self._failure(exc)
            if problem.code not in ("invalid_plan", "invalid_json", "no_evidence", "refusal", "empty"):
                return problem
        return None

    # -- the model's plan ------------------------------------------------------------------------

    def model_plan(self, read: Plan, history: list[dict[str, str]]) -> Plan:
        """The model's plan for the question the rules read as `read`, checked (or an exception)."""
        if self.problem is not None:
            raise self.problem
        if self._down is not None and time.monotonic() < self._down[0]:
            raise self._down[1]
        language = _lang(read.language)
        runnable = self._runnable()
        messages = self.messages(read.question, history, language)
        try:
            (reply,) = list(within(self.timeout, lambda: [runnable.invoke(messages)]))
        except DeadlinePassed as late:
            raise failure(late, self.provider, self.base_url, self.model_name, self.timeout) from None
        asked = " ".join(str(t.get("content", "")) for t in history if t.get("role") == "user")
        try:
            fields = self.vocabulary.read(_parsed(reply), read.question, asked)
        except InvalidPlan as exc:
            raise LLMFailure("invalid_plan", str(exc)) from None
        plan = Plan(question=read.question, language=read.language, **fields)
        self._topic(plan, read)
        plan.notes = [n for n in read.notes if n not in self._rule_notes(read)]
        plan.notes.append(self.prompts[language]["note"].format(model=self._shown_name()))
        plan.mapping, plan.understood_by = read.mapping, "llm"
        # Built on the conversation: the rules read it so, or the topic or the row come from it.
        named_row = plan.row_id is not None and str(plan.row_id) in read.question
        plan.follow_up = bool(history) and (read.follow_up or bool(plan.search_text) or (plan.row_id is not None and not named_row))
        return plan

    def _topic(self, plan: Plan, read: Plan) -> None:
        """Only topic words the register has evidence for are searched or counted (the rules'
        discipline); a topic none of whose words it has, on a plan that would count everything
        else, is no plan: its count would answer another question."""
        if not plan.topic:
            return
        asked = plan.topic
        if asked == read.topic:  # the rules' own topic: its evidence is checked already
            return
        dense = plan.intent not in ("describe", "define", "out_of_scope")
        plan.topic, plan.set_aside, _ = self.rules.evidence.keep(asked, plan.language, dense)
        if not plan.topic and plan.intent in COUNTING and not (plan.filters or plan.exclude or plan.part):
            raise LLMFailure("no_evidence", f"no row of the register matches the topic {asked!r}")
        if plan.topic and not all(w in _words(read.question) for w in _words(plan.topic)):
            plan.search_text = plan.topic  # a follow-up's topic from an earlier turn: searched as such

    @staticmethod
    def _rule_notes(read: Plan) -> list[str]:
        """The rules' notes about their own reading (ambiguities, words not understood): not the
        model's. Notes about the question itself (instructions set aside, a cut) are kept."""
        from assistant.understand.words import INSTRUCTIONS_SET_ASIDE, TOO_LONG

        keep = {INSTRUCTIONS_SET_ASIDE[_lang(read.language)]}
        prefix = TOO_LONG[_lang(read.language)].split("{", 1)[0]
        return [n for n in read.notes if n not in keep and not n.startswith(prefix)]

    def messages(self, question: str, history: list[dict[str, str]], language: str) -> list[Any]:
        """The model's input: the register's values and the schema, then the conversation and
        the question inside a delimited data block."""
        from langchain_core.messages import HumanMessage, SystemMessage

        t = self.prompts[language]
        mapping = self.vocabulary.mapping
        names = field_names(language, getattr(self.register, "mapping", None), self.vocabulary.fields)
        title = getattr(mapping, "title", "")
        register = t["register"] if getattr(mapping, "portrait_wording", False) or not title else title
        turns = []
        for turn in history[-2 * HISTORY_TURNS :]:
            who = {"user": "User", "assistant": "Assistant"}.get(str(turn.get("role")), "")
            if who:
                turns.append(f"{who}: {_inert(scrub(turn.get('content', '')))[:HISTORY_CHARS]}")
        if language not in self._listings:  # the register's values and schema, written once
            self._listings[language] = (self.vocabulary.listing(language, names),
                                        json.dumps(self.vocabulary.schema(), ensure_ascii=False))  # fmt: skip
        listing, schema = self._listings[language]
        values = {
            "register": register, "values": listing, "schema": schema, "start": START, "end": END,
            "history": "\n".join(turns) or "—", "question": _inert(scrub(question)),
        }  # fmt: skip
        return [SystemMessage(t["system"].format(**values)), HumanMessage(t["user"].format(**values))]

    # -- the client --------------------------------------------------------------------------------

    def _runnable(self) -> Any:
        """The chat model with structured output (LangChain), or the plain model when it has none
        (its text is then read as JSON)."""
        if self._structured is None:
            if self._model is None:
                try:
                    self._model = self.provider.chat_model(self.model_name, self.base_url, self.timeout, False)
                except Exception as exc:  # e.g. ChatCohere calls the network when built
                    raise self._failure(exc) from exc
            try:
                self._structured = self._model.with_structured_output(self.vocabulary.schema(), include_raw=True)
            except NotImplementedError:  # no tool calling nor JSON schema: JSON in the text
                self._structured = self._model
        return self._structured

    def _failure(self, exc: BaseException) -> LLMFailure:
        problem = failure(exc, self.provider, self.base_url, self.model_name, self.timeout)
        if problem.code in COOL_DOWN_CODES and (self._down is None or problem is not self._down[1]):
            self._down = (time.monotonic() + COOL_DOWN, problem)  # no user waits twice on a dead server
        return problem

    def _shown_name(self) -> str:
        return f"{self.provider.name}:{self.model_name}"


def _lang(language: str) -> str:
    return "fr" if language == "fr" else "en"


def _words(text: str) -> set[str]:
    from assistant.understand.lexicon import fold

    return set(re.findall(r"\w+", fold(text)))


def _inert(text: str) -> str:
    """Text that cannot close the data block."""
    return text.replace("QUESTION_DATA", "QUESTION DATA")


def _text(message: Any) -> str:
    text = getattr(message, "text", message)
    if not isinstance(text, str) and callable(text):
        text = text()
    return str(text or "")


def _parsed(reply: Any) -> Any:
    """The JSON object of a reply: structured output's `parsed`, else the JSON in the text."""
    if isinstance(reply, dict) and "raw" in reply:
        if reply.get("parsed") is not None:
            return reply["parsed"]
        message = reply["raw"]
        refusal = (getattr(message, "additional_kwargs", None) or {}).get("refusal")
        if refusal:
            raise LLMFailure("refusal", f"the model declined: {str(refusal)[:160]}")
        for call in getattr(message, "tool_calls", None) or []:
            return call.get("args")
    else:
        message = reply
    text = _text(message).strip()
    if not text:
        raise LLMFailure("empty", "the model replied with no plan")
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    body = fenced.group(1) if fenced else text[text.find("{") : text.rfind("}") + 1]
    if not body:
        raise LLMFailure("invalid_json", f"the reply holds no JSON object: {text[:120]!r}")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise LLMFailure("invalid_json", f"the reply is not valid JSON ({exc.msg}): {text[:120]!r}") from None
