"""What the tabs compute, in the answer workers when `serve` has them: Explore's and Overview's
selections, and the plans the page makes itself (Explore's "ask about this selection", the chat's
edited filters). `ServedAssistant` is what `serve` hands the page when it starts a pool.

- **A selection** (`selection.select`: the dropdowns' filters and the topic box, read and matched
  as the chat reads a topic; Overview's charts and its bars' drill-downs use it too) is the tabs'
  only computation over the register that costs CPU: a typed topic is understood, embedded and
  searched (BM25 + dense, gated). A worker makes it and sends back row positions only: it loaded
  the same files, so its table has the server's rows in the server's order, and the server shows
  its own table's rows (Explore's table, Overview's group sizes: a few milliseconds of pandas).
- **A plan the page made** does not ask a question: `chat.answer_plan` hands it to the executor
  and the composer. A worker computes the figures and, with no language model, words them with
  the templates; with one, the model words the worker's evidence in the request's own thread of
  the server, where waiting costs no CPU. The server logs and audits the answer (`answered`).

Exactly as for chat answers, the server computes it itself when no worker is ready yet, when a
worker died under the request (logged; the pool is started again: `AnswerPool.call`), and when
the worker's index is still being built.
"""

from __future__ import annotations

import time

import numpy as np

from assistant.service_log import answered, log
from assistant.types import Answer, Plan
from assistant.ui import workers
from assistant.ui.files import register_of
from assistant.ui.selection import Selection, select_here
from assistant.ui.workers import PooledAssistant, WorkersLost, _dumps, _loads
from assistant.vectors.rebuild import IndexNotReady

# -- inside a worker process (its Assistant: `workers._assistant`) ------------------------------


def _select(source: str | None, filters: dict[str, list[str]], typed: str, language: str) -> bytes:
    """The selection made by the worker's own Assistant, as (row positions in the file's table,
    topic searched, words set aside, topic box as read)."""
    own = workers._assistant
    assert own is not None, "worker not loaded"
    made = select_here(own, source, filters, typed, language)
    positions = register_of(own, source).df.index.get_indexer(made.rows.index)
    return _dumps(own, (positions.tolist(), made.topic, made.unknown, made.typed))


def _answer_plan(plan: bytes, source: str | None, worded: bool) -> bytes:
    """The evidence for `plan` from the file `source` (the newest when None or not loaded, as
    `chat.answer_plan` picks it), and with `worded` the templates' answer."""
    own = workers._assistant
    assert own is not None, "worker not loaded"
    read = _loads(own, plan)
    executor = next((d.executor for d in own.desks if d.register.source == source), own.executor)
    evidence = executor(read)
    return _dumps(own, own.composer.compose(read, evidence) if worded else evidence)


# -- the server side ----------------------------------------------------------------------------


class ServedAssistant(PooledAssistant):
    """`PooledAssistant` (answers and briefings in the pool) that makes the tabs' selections and
    answers their plans in the pool too (`selection.select` and `chat.answer_plan` ask for these
    two methods; None from either: the server computes it)."""

    def select_in_workers(
        self, source: str | None, filters: dict[str, list[str]], typed: str, language: str
    ) -> Selection | None:
        pool, own = self.pool, self._assistant
        if pool is None or not pool.ready.is_set():
            return None
        started = time.perf_counter()
        try:
            positions, topic, unknown, read = pool.call(_select, source, filters, typed, language)
        except WorkersLost:
            log.warning(
                "answer workers: lost under an Explore/Overview selection; computed in the server"
            )
            return None
        except IndexNotReady:  # the worker's index is not ready: the server's may be
            return None
        df = register_of(own, source).df
        keep = np.zeros(len(df), dtype=bool)
        keep[positions] = True
        log.debug(
            "selection made by an answer worker seconds=%.3f rows=%d",
            time.perf_counter() - started,
            len(positions),
        )
        return Selection(df[keep], filters, topic, unknown, read)

    def answer_plan_in_workers(self, plan: Plan, source: str | None) -> Answer | None:
        pool, own = self.pool, self._assistant
        if pool is None or not pool.ready.is_set():
            return None
        started = time.perf_counter()
        try:
            if not self.model:
                answer = pool.call(_answer_plan, _dumps(own, plan), source, True)
            else:
                evidence = pool.call(_answer_plan, _dumps(own, plan), source, False)
                answer = own.composer.compose(plan, evidence)
        except WorkersLost:
            log.warning("answer workers: lost under a re-run plan; answered in the server")
            return None
        except IndexNotReady:  # the worker's index is not ready: the server's may be
            return None
        return answered(own, plan.question, answer, started)
