"""Answers (and briefings) in a pool of worker processes, so that `serve` uses every core where
that pays, and one slow request never holds the others (setting `workers`, `pool_size`).

When a pool pays: `workers=auto` (the default) starts workers (one per core but one) only when
a language model is configured (`pool_size`). Without one an answer is a few milliseconds of
pandas, and on 2 cores the hop to a worker and back gains nothing over the server's own threads
(docs/performance.md#load): the server then answers in its threads, `IN_PROCESS_REQUESTS` at once. With a model (or a number
of workers asked for), each worker process loads its own `Assistant` once (the same settings,
the same files, the index the server opened) and answers with the templates; the server process
keeps its `Assistant` for the tabs (records, Explore's table, Overview's counts) and for the rest
of each answer:

- **No language model** (`--workers N` asked for): a worker understands, executes and words the
  answer (and builds the `/ask` API's citations table); the server logs and audits it.
- **A language model**: a worker understands and executes (the figures, the rows, retrieval);
  the model is called in the request's own thread of the server, where waiting costs no CPU.
  A model that hangs holds that one request, never a worker other people need. A follow-up the
  rules did not read is rewritten by the model in the same thread, then understood by a worker.
  With several data files and a model, the server answers in the request's thread.
- **Briefings** (the tab and `/brief`): a worker understands, counts, charts and writes the note
  (`PooledAssistant.brief_in_workers`); with a model, its summary paragraph is worded in the
  server between the two (`worded_summary`). The server audits it.
- **What the tabs compute** (Explore's and Overview's selections, "ask about this selection",
  the chat's edited filters): in a worker too (`tab_pool.ServedAssistant`, what `serve` uses).

Results come back pickled with the registers' tables and mappings left out (each process has
its own copy, loaded from the same files): only the plan, the figures and the row ids travel.
Until the first worker is ready, and if workers die, the server answers in the request's
thread (a worker pool that broke is started again).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.service_log import answered, log
from assistant.settings import worker_count
from assistant.types import Answer
from assistant.vectors.rebuild import IndexNotReady

if TYPE_CHECKING:
    from assistant.api import Assistant

# Requests of the chat, `/ask` and briefings that may run at once (Gradio's concurrency limit of
# the group `CONCURRENCY_ID`). Without a model an answer is CPU work: a few per worker, or a few
# threads of the server (as fast as one at a time, measured, and a long answer holds only its
# own). With a model a request mostly waits on it, which costs no CPU: many at once, so that slow
# or hanging model calls hold only their own requests (below Gradio's 40 threads).
REQUESTS_PER_WORKER = 8
IN_PROCESS_REQUESTS = 8
MODEL_REQUESTS = 32
CONCURRENCY_ID = "assistant"  # the Gradio concurrency group of every event that answers
MAX_RESTARTS = 5  # a pool that keeps dying is given up: the server answers alone


# -- inside a worker process -------------------------------------------------------------------

_assistant: Assistant | None = None  # each worker's own, loaded once by `_load`


def _load(values: dict[str, Any]) -> None:
    """A worker's start: its own Assistant, worded by the templates, warmed up. Ctrl+C goes to
    the server, which stops the pool (a worker would otherwise print a traceback)."""
    global _assistant
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(os.getppid(),), name="orphan-check", daemon=True).start()
    from assistant.api import Assistant

    _assistant = Assistant.from_settings({**values, "llm": "none", "audit_log": ""})
    _assistant.warm_up()


def _exit_with(parent: int) -> None:
    """Ends this worker when the server is gone (killed without closing its pool): a worker
    whose parent died would otherwise hold its memory for ever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _ready() -> int:
    return os.getpid()


def _answer(question: str, history: list[dict[str, str]], api: bool) -> bytes:
    """The whole answer (templates), and the `/ask` table when `api`; not logged here."""
    assert _assistant is not None, "worker not loaded"
    answer = _assistant.chain.invoke({"question": question, "history": history})
    return _dumps(_assistant, (answer, api_table(_assistant, answer) if api else None))


def _prepare(question: str, history: list[dict[str, str]]) -> bytes:
    """The plan (rules only) and its evidence, for a language model to word in the server."""
    assert _assistant is not None, "worker not loaded"
    desk = _assistant.desks[-1]
    plan = desk.understander(question, history)
    return _dumps(_assistant, (plan, desk.executor(plan)))


def _brief(
    source: str, topic: str, language: str | None, history: list[dict[str, str]] | None,
    fmt: str | None, folder: str | None,
) -> bytes:
    """A briefing note on `topic` from the file `source`: understood, counted and charted, then
    (with `fmt`) written into `folder`. Returns (briefing, path, preview), path and preview None
    when not written (a model words its summary in the server first, then `_write_note`)."""
    assert _assistant is not None, "worker not loaded"
    from assistant.briefing import build_briefing
    from assistant.ui.briefing_tab import write_note
    from assistant.ui.files import file_view

    briefing = build_briefing(file_view(_assistant, source), topic, language, history)
    path, preview = write_note(briefing, fmt, Path(folder)) if fmt and folder else (None, None)
    return _dumps(_assistant, (briefing, path, preview))


def _write_note(briefing: bytes, fmt: str, folder: str) -> bytes:
    assert _assistant is not None, "worker not loaded"
    from assistant.ui.briefing_tab import write_note

    return _dumps(_assistant, write_note(_loads(_assistant, briefing), fmt, Path(folder)))


# -- what travels between processes ------------------------------------------------------------


def _shared(assistant: Any) -> list[Any]:
    """The big objects both sides hold (tables, mappings): sent as references, not copies."""
    return [obj for r in assistant.registers for obj in (r.df, r.mapping)]


def _dumps(assistant: Any, value: Any) -> bytes:
    keys = {id(obj): n for n, obj in enumerate(_shared(assistant))}
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.persistent_id = lambda obj: keys.get(id(obj))  # type: ignore[method-assign]
    pickler.dump(value)
    return buffer.getvalue()


def _loads(assistant: Any, data: bytes) -> Any:
    shared = _shared(assistant)
    unpickler = pickle.Unpickler(io.BytesIO(data))
    unpickler.persistent_load = lambda n: shared[n]  # type: ignore[method-assign]
    return unpickler.load()


def api_table(assistant: Any, answer: Answer) -> dict[str, Any]:
    """The `/ask` API's citations table: {"headers": [...], "data": [[row_id, ...]]}."""
    from assistant.ui.chat import citations_table

    table = citations_table(assistant, answer)
    # One file: row ids are numbers; several files: "portrait-ia-2024.csv#12".
    rows = [
        [r[0] if isinstance(r[0], str) else int(r[0]), *map(str, r[1:])]
        for r in table.itertuples(index=False)
    ]
    return {"headers": list(table.columns), "data": rows}


def api_answer(assistant: Any, question: str, history: list[dict[str, str]]) -> tuple[str, dict]:
    """The `/ask` API's reply (answer text, citations table), through the pool when served."""
    if isinstance(assistant, PooledAssistant):
        return assistant.api_reply(question, history)
    answer = assistant.ask(question, history=history)
    return answer.answer, api_table(assistant, answer)


# -- the pool (server side) --------------------------------------------------------------------


class WorkersLost(RuntimeError):
    """The pool broke under a request (a worker died): the request is answered in the server."""


class AnswerPool:
    """`size` worker processes, each with its own Assistant built from `values`."""

    def __init__(self, values: dict[str, Any], size: int, assistant: Any) -> None:
        self.values, self.size, self.assistant = values, size, assistant
        self.ready = threading.Event()
        self.restarts, self.calls = 0, 0  # pools started again; jobs a worker completed
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._start()

    def _start(self) -> None:
        # "spawn": a fresh interpreter, not a copy of this one with its server threads and
        # open index handles (fork would copy them in whatever state they are in).
        context = multiprocessing.get_context("spawn")
        values = {k: v for k, v in self.values.items() if _picklable(v)}
        self._executor = ProcessPoolExecutor(
            self.size, mp_context=context, initializer=_load, initargs=(values,)
        )
        started = time.perf_counter()
        for _ in range(self.size):
            self._executor.submit(_ready).add_done_callback(
                lambda f, t=started: self._on_ready(f, t)
            )

    def _on_ready(self, future: Future, started: float) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            if not self.ready.is_set():
                log.info("answer workers: first of %d ready in %.1f s", self.size,
                         time.perf_counter() - started)  # fmt: skip
            self.ready.set()
        elif not self.ready.is_set():
            print(f"portrait-ia serve: warning: the answer workers could not start ({error!r}); "
                  "answers are computed in the server process", file=sys.stderr)  # fmt: skip

    def call(self, job: Callable[..., bytes], *args: Any) -> Any:
        """Runs `job(*args)` in a worker; its result, unpickled against the server's registers."""
        executor = self._executor
        assert executor is not None
        try:
            data = executor.submit(job, *args).result()
        except BrokenProcessPool as exc:
            self._restart(executor)
            raise WorkersLost(str(exc)) from exc
        self.calls += 1
        return _loads(self.assistant, data)

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is not broken:  # another request restarted it already
                return
            self.ready.clear()
            broken.shutdown(wait=False, cancel_futures=True)
            if self.restarts >= MAX_RESTARTS:
                log.warning("answer workers: died again after %d restarts; not started again: "
                            "the server answers alone until serve is restarted", self.restarts)  # fmt: skip
                return
            self.restarts += 1
            log.warning("answer workers: a worker died; starting the pool again")
            self._start()

    def pids(self) -> list[int]:
        executor = self._executor
        return [p.pid for p in (getattr(executor, "_processes", None) or {}).values()]

    def close(self) -> None:
        executor, self._executor = self._executor, None
        self.ready.clear()
        if executor is not None:  # its processes are read first: shutdown forgets them
            processes = list((getattr(executor, "_processes", None) or {}).values())
            executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()  # a worker still loading would otherwise finish first


def _picklable(value: Any) -> bool:
    try:
        pickle.dumps(value)
    except Exception:
        return False
    return True


class RemoteUnderstander:
    """The rules' understanding, run by a worker, with the evidence computed alongside (so a
    model-worded answer needs one round trip); `register` is what `follow_up` reads."""

    def __init__(self, pool: AnswerPool, register: Any) -> None:
        self.pool, self.register = pool, register
        self.evidence: dict[int, Any] = {}

    def __call__(self, question: str, history: list[dict[str, str]] | None = None) -> Any:
        plan, evidence = self.pool.call(_prepare, question, history or [])
        self.evidence[id(plan)] = evidence
        return plan


class PooledAssistant:
    """The served Assistant: questions go through the pool; everything else (rows, registers,
    executor, composer, settings) is the server's own Assistant."""

    def __init__(self, assistant: Assistant, pool: AnswerPool | None, model: bool) -> None:
        self._assistant, self.pool, self.model = assistant, pool, model

    def __getattr__(self, name: str) -> Any:
        return getattr(self._assistant, name)

    def ask(self, question: str, history: list[Any] | None = None) -> Answer:
        return self.reply(question, history, api=False)[0]

    def stream(self, question: str, history: list[Any] | None = None) -> Iterator[str | Answer]:
        for item in self._items(question, history or [], api=False):
            yield item if isinstance(item, str) else item[0]

    def api_reply(self, question: str, history: list[Any] | None = None) -> tuple[str, dict]:
        """What the `/ask` API returns: the answer's text and its citations table."""
        answer, table = self.reply(question, history, api=True)
        return answer.answer, table if table is not None else api_table(self._assistant, answer)

    def reply(self, question: str, history: list[Any] | None, api: bool) -> tuple[Answer, Any]:
        result = None
        for item in self._items(question, history or [], api):
            if not isinstance(item, str):
                result = item
        assert result is not None
        return result

    def _items(self, question: str, history: list[Any], api: bool) -> Iterator[Any]:
        """Draft pieces (a streaming model), then (the logged Answer, the API table or None)."""
        pool, own = self.pool, self._assistant
        if pool is not None and pool.ready.is_set() and not (self.model and len(own.desks) > 1):
            started = time.perf_counter()
            try:
                if not self.model:
                    answer, table = pool.call(_answer, question, history, api)
                    yield answered(own, question, answer, started), table
                    return
                yield from self._worded(pool, question, history, started)
                return
            except WorkersLost:
                log.warning("answer workers: lost under a request; answered in the server")
            except IndexNotReady:  # a worker whose index is still being built: the server answers
                pass  # (with the index when it has it, else saying it is being built)
        for item in own.stream(question, history):  # the server's own thread
            yield item if isinstance(item, str) else (item, None)

    def brief_in_workers(
        self, source: str, topic: str, language: str | None, history: list[dict[str, str]] | None,
        fmt: str, folder: Path,
    ) -> tuple[Any, str, str] | None:
        """A briefing note made by a worker (`briefing_tab.make_briefing_file`): (briefing, path,
        preview), or None when the server must make it (no worker ready, a worker lost, its
        index not built yet). With a language model, the summary paragraph is worded here, in
        this request's thread, between the worker's two steps (count and chart; write)."""
        pool = self.pool
        if pool is None or not pool.ready.is_set():
            return None
        own = self._assistant
        started = time.perf_counter()
        try:
            if not hasattr(own.composer, "summarise"):
                made = pool.call(_brief, source, topic, language, history, fmt, str(folder))
            else:
                briefing, _, _ = pool.call(_brief, source, topic, language, history, None, None)
                worded_summary(own, briefing)
                made = (briefing, *pool.call(_write_note, _dumps(own, briefing), fmt, str(folder)))
            log.info("briefing made by an answer worker seconds=%.3f format=%s", time.perf_counter() - started, fmt)
            return made
        except WorkersLost:
            log.warning("answer workers: lost under a briefing; made in the server")
        except IndexNotReady:  # the worker's index is not ready: the server's may be
            pass
        return None

    def _worded(
        self, pool: AnswerPool, question: str, history: list[Any], started: float
    ) -> Iterator[Any]:
        own = self._assistant
        remote = RemoteUnderstander(pool, own.register)
        plan = own.composer.follow_up(remote)(question, history)
        for item in own.composer.stream(plan, remote.evidence[id(plan)]):
            yield item if isinstance(item, str) else (answered(own, question, item, started), None)


def worded_summary(assistant: Any, briefing: Any) -> None:
    """A briefing's summary paragraph worded by `assistant`'s language model from the briefing's
    own evidence, as `build_briefing` does when it has the model (the worker that built it had
    none); on any failure the templated summary stays and `briefing.composer` says why."""
    from assistant.briefing.text import typeset
    from assistant.ui.files import file_view

    if not briefing.row_ids or briefing.plan is None:
        return
    counted = file_view(assistant, briefing.source).executor(briefing.plan)
    worded = assistant.composer.summarise(counted, briefing.plan)
    if worded.composer.get("fallback") is None:
        briefing.summary = [typeset(worded.text, briefing.language)]
    briefing.composer = worded.composer


def model_configured(values: dict[str, Any]) -> bool:
    """Whether answers are worded by a language model (setting `llm` other than none)."""
    return str(values.get("llm") or "none").strip().lower() != "none"


def pool_size(values: dict[str, Any]) -> int:
    """The worker processes `workers` asks for. A number is taken as it is; `auto` (the default)
    starts workers only when a language model is configured, one per core but the one the server
    process needs (it runs Gradio, the model calls and their checks): 1 on 2 cores. Measured on 2
    cores (docs/performance.md#load): without a model, workers answered no faster than the
    server's own threads and cost 400 MB each; with one, 1 worker gave the best throughput and
    p95, 2 workers less, the server alone a p95 twice as long."""
    count = worker_count(values.get("workers", "auto"))
    if count == "auto":
        return max(1, (os.cpu_count() or 1) - 1) if model_configured(values) else 0
    return int(count)


def start_pool(values: dict[str, Any], assistant: Assistant) -> AnswerPool | None:
    """The pool `workers` asks for (None for none: see `pool_size`)."""
    size = pool_size(values)
    return AnswerPool(values, size, assistant) if size else None


def concurrency(values: dict[str, Any]) -> int:
    """How many answering requests Gradio lets run at once (see `REQUESTS_PER_WORKER`): with a
    language model `MODEL_REQUESTS`; else `REQUESTS_PER_WORKER` per worker, or, without workers,
    `IN_PROCESS_REQUESTS` threads of the server. `values` without `workers` (an app built without
    `serve`): no pool."""
    if model_configured(values):
        return MODEL_REQUESTS
    size = pool_size(values) if "workers" in values else 0
    return size * REQUESTS_PER_WORKER if size else IN_PROCESS_REQUESTS


def allow_concurrency(app: Any, limit: int) -> None:
    """Sets the concurrency limit of every event in the answering group (before launch)."""
    for fn in getattr(app, "fns", {}).values():
        if getattr(fn, "concurrency_id", None) == CONCURRENCY_ID:
            fn.concurrency_limit = limit
