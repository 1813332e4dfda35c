"""`Assistant`: the Python API every surface uses (CLI, UI, evaluation).

It loads the register and opens the index once; `ask` is then cheap. Exact questions (counts,
lists, rankings…) never wait for the index: when it is missing or does not match the data, it is
built when a question first needs it, or in the background for a server (`vectors/rebuild.py`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from langchain_core.runnables import RunnableLambda

from assistant.chain import build_chain
from assistant.compose.llm import build_composer
from assistant.execute import Executor
from assistant.register.load import Register, combine, load_registers
from assistant.retrieval.hybrid import Gate, HybridRetriever, default_gate
from assistant.settings import resolve
from assistant.types import Answer, Composer
from assistant.understand.evidence import TopicEvidence
from assistant.understand.model_plan import model_understanding
from assistant.understand.understander import Understander
from assistant.vectors.build import BuildReport
from assistant.vectors.embeddings import Embedder, get_embedder
from assistant.vectors.notice import index_notice
from assistant.vectors.rebuild import IndexNotReady, LiveIndex
from assistant.vectors.store import store_for
from assistant.years import Desk, SourceView, YearRouter

# The settings `Assistant(...)` takes as keyword arguments (`data` is its first argument).
CONSTRUCTOR_SETTINGS = (
    "data", "mapping", "index_dir", "chroma_host", "chroma_port", "chroma_timeout", "embedder",
    "top_k", "min_score", "llm", "model", "base_url", "llm_timeout", "llm_stream", "understander",
    "max_rows_without_index",
)  # fmt: skip
# Read on every answer (service_log.answered), set by the surfaces, not by the constructor.
ANSWER_SETTINGS = ("log_questions", "audit_log")

WARM_UP = (
    "Combien d'initiatives sont en production ?",
    "Which initiatives help detect fraud?",
    "Répartition par catégorie",
    "Which public bodies have the most initiatives?",
)


class Assistant:
    """Answers questions about a register, citing its rows.

    Keyword arguments override the settings (flags/env/config, see docs/configuration.md): `data` (register
    file, or several files of one register: the 2024 and 2025 portraits), `mapping` (how to
    read a register other than Québec's), `index_dir` (or `chroma_host`/`chroma_port`/`chroma_timeout`: the index on a Chroma server), `embedder` (name or an `Embedder`), `composer`, `top_k`, `min_score`,
    and the language-model settings `llm`, `model`, `base_url`, `llm_timeout`, `llm_stream`
    (used when no `composer` is given: `llm` other than none builds an `LLMComposer`), and
    `understander` ("rules", or "llm": the model writes the plans, docs/language-models.md).

    The index is opened when it matches the data. Otherwise it is built when a question first
    needs it (exact questions never do), unless more than `max_rows_without_index` rows would
    have to be embedded: such a question is then answered with what to do (`portrait-ia index`).
    `index_in_background=True` (a server) builds it in a thread at once, and rebuilds it there
    if it is deleted or damaged later; questions that need it meanwhile are told how far it is.
    """

    def __init__(
        self,
        data: str | os.PathLike | Sequence[str | os.PathLike] | None = None,
        *,
        mapping: str | os.PathLike | None = None,
        index_dir: str | os.PathLike | None = None,
        chroma_host: str | None = None,
        chroma_port: int | None = None,
        chroma_timeout: float | None = None,
        embedder: str | Embedder | None = None,
        composer: Composer | None = None,
        top_k: int | None = None,
        min_score: float | None = None,
        progress: bool = False,
        llm: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        llm_timeout: float | None = None,
        llm_stream: bool | None = None,
        understander: str | None = None,
        max_rows_without_index: int | None = None,
        index_in_background: bool = False,
    ) -> None:
        settings = resolve(
            {
                "data": _paths(data),
                "mapping": os.fspath(mapping) if mapping is not None else None,
                "index_dir": str(index_dir) if index_dir is not None else None,
                "chroma_host": chroma_host,
                "chroma_port": chroma_port,
                "chroma_timeout": chroma_timeout,
                "embedder": embedder if isinstance(embedder, str) else None,
                "top_k": top_k,
                "min_score": min_score,
                "llm": llm,
                "model": model,
                "base_url": base_url,
                "llm_timeout": llm_timeout,
                "llm_stream": llm_stream,
                "understander": understander,
                "max_rows_without_index": max_rows_without_index,
            }
        )
        # The composer is chosen (and its prompts read) before anything slow: a bad `llm`
        # setting stops here. No language-model client is built until an answer needs one.
        composer = composer or build_composer(settings)
        # `understander` llm: the model writes each plan, the rules' stands in (model_plan.py).
        self._model_plans = model_understanding(settings)
        self.settings = settings
        # The registers are loaded and validated before the index is touched: a bad file stops here.
        self.registers: list[Register] = load_registers(settings["data"], settings["mapping"])
        self.register: Register = self.registers[-1]  # the newest file answers by default
        self.embedder = embedder if isinstance(embedder, Embedder) else get_embedder(settings["embedder"])
        self.index = LiveIndex(
            combine(self.registers), self.embedder, store_for(settings), progress=progress,
            background=index_in_background, max_rows=settings["max_rows_without_index"],
        )  # fmt: skip
        gate = default_gate(self.embedder.name)
        if settings["min_score"] >= 0:
            gate = Gate(strong=settings["min_score"], weak=min(gate.weak, settings["min_score"]))
        self.composer = composer
        self.desks = [self._desk(r, gate, settings["top_k"]) for r in self.registers]
        newest = self.desks[-1]
        self.retriever, self.understander, self.executor = newest.retriever, newest.understander, newest.executor
        self._understand = newest.understand
        if len(self.desks) == 1:
            self.chain = build_chain(newest.understand, newest.executor, self.composer)
        else:  # several years: the question picks its file(s)
            self.chain = RunnableLambda(YearRouter(self.desks, self.composer), name="years")

    @classmethod
    def from_settings(
        cls, values: Mapping[str, Any], *, progress: bool = False, index_in_background: bool = False
    ) -> Assistant:
        """The one way a surface (CLI, UI, briefing, evaluation) builds an Assistant: from the
        resolved settings (`settings.resolve`, flags > environment > config file > default).
        A negative `min_score` keeps its meaning here: the embedder's calibrated default.
        `index_in_background`: for a server (see the class docstring)."""
        given = {name: values[name] for name in CONSTRUCTOR_SETTINGS if name in values}
        assistant = cls(
            given.pop("data", None), progress=progress, index_in_background=index_in_background, **given
        )
        assistant.settings.update({name: values[name] for name in ANSWER_SETTINGS if name in values})
        return assistant

    @property
    def build_report(self) -> BuildReport | None:
        """What bringing the index up to date did (None: it already was, or it is not built yet).
        Outside a server, reading it brings the index up to date first, as the first question
        that needs the index would."""
        if not self.index.background:
            try:
                self.index.ensure()
            except IndexNotReady:
                pass
        return self.index.report

    def _desk(self, register: Register, gate: Gate, top_k: int) -> Desk:
        """One file's pipeline; with several files each searches only its own rows."""
        index = self.index if len(self.registers) == 1 else SourceView(self.index, register.source)
        # Built on first use: its BM25 index tokenizes every row (~3 s for the 2,133 US rows),
        # which exact questions never need.
        retriever: Any = OnFirstUse(lambda: HybridRetriever.from_register(register, index, gate, k=top_k))
        evidence = TopicEvidence(
            lambda: retriever.idf, search=lambda words, language: bool(retriever.invoke(words, language=language, k=1))
        )
        understander = Understander(register, evidence=evidence)
        understand = self.composer.follow_up(understander)  # a model may rewrite follow-ups
        if self._model_plans is not None:
            understand = self._model_plans(understander, understand)
        return Desk(register, understand, Executor(register, retriever), retriever, understander)

    def row(self, row_id: int, source: str | None = None) -> dict[str, Any]:
        """A cited row, from the file its citation names (the newest file by default)."""
        if source is None:
            return self.register.row(row_id)
        for register in self.registers:
            if register.source == source:
                return register.row(row_id)
        raise KeyError(f"no data file named {source!r} is loaded ({', '.join(r.source for r in self.registers)})")

    def ask(self, question: str, history: list[Any] | None = None) -> Answer:
        """Answers `question` in its language; `history` (previous turns) is accepted for
        conversations and used by follow-up understanding when available. Each answer gets its
        `data` block, one service-log line and, with `audit_log` set, an audit record."""
        from time import perf_counter

        from assistant.service_log import answered

        started = perf_counter()
        try:
            answer = self.chain.invoke({"question": question, "history": history or []})
        except IndexNotReady as exc:  # exact questions answered; this one is told why not
            answer = index_notice(question, exc)
        return answered(self, question, answer, started)

    def stream(self, question: str, history: list[Any] | None = None) -> Iterator[str | Answer]:
        """Like `ask`, for a UI that shows text as a model writes it: yields unchecked draft
        pieces (only when the composer streams), then the checked `Answer`, which replaces them
        (logged and audited as in `ask`)."""
        from time import perf_counter

        from assistant.service_log import answered

        if len(self.desks) > 1:  # several years: routed and checked as in `ask`
            yield self.ask(question, history)
            return
        started = perf_counter()
        plan = None
        try:
            plan = self._understand(question, history or [])
            evidence = self.executor(plan)
        except IndexNotReady as exc:
            yield answered(self, question, index_notice(question, exc, plan), started)
            return
        for item in self.composer.stream(plan, evidence):
            yield answered(self, question, item, started) if isinstance(item, Answer) else item

    def warm_up(self) -> float:
        """Readies this Assistant to serve many users (`serve` calls it once after start-up).

        From now on no question waits for an index build: a missing, stale or damaged index is
        built in the background (as with `index_in_background=True`) while exact questions are
        answered, and questions that need it are told how far it is. Then a few typical questions
        are answered once, unlogged, so that the first users do not pay for lazy imports, first
        embedder calls and empty caches. Returns the seconds taken. Worded by the templates: a
        language model is never called (a slow one would hold the start of `serve`, and its
        answers are not what warms up)."""
        from time import perf_counter

        from assistant.compose.extractive import ExtractiveComposer

        self.index.go_background()
        started, templates = perf_counter(), ExtractiveComposer()
        for desk in self.desks:
            for question in WARM_UP:
                try:
                    plan = desk.understander(question, [])
                    templates.compose(plan, desk.executor(plan))
                except IndexNotReady:  # the index is being built: exact questions still warm up
                    continue
        return perf_counter() - started


class OnFirstUse:
    """Stands for the object `make` returns, made on first use (attribute read or write) and
    kept; for what only some questions need. Its `__dict__` is the object's (what tools that
    patch and restore attributes read)."""

    __slots__ = ("_make", "_made", "_lock")

    def __init__(self, make: Callable[[], Any]) -> None:
        object.__setattr__(self, "_make", make)
        object.__setattr__(self, "_made", None)
        object.__setattr__(self, "_lock", threading.Lock())

    def _target(self) -> Any:
        made = object.__getattribute__(self, "_made")
        if made is None:
            with object.__getattribute__(self, "_lock"):
                made = object.__getattribute__(self, "_made")
                if made is None:
                    made = object.__getattribute__(self, "_make")()
                    object.__setattr__(self, "_made", made)
        return made

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target(), name, value)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        return vars(self._target())


def _paths(data: Any) -> list[str] | None:
    if data is None:
        return None
    if isinstance(data, (str, os.PathLike)):
        return [os.fspath(data)]
    return [os.fspath(d) for d in data]
