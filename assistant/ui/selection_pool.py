"""Explore's and Overview's selections computed by an answer worker when `serve` has a pool.

A selection (`selection.select`: the dropdowns' filters and the topic box, read and matched as
the chat reads a topic) is the tabs' only computation over the register that costs CPU: a typed
topic is understood, embedded and searched (BM25 + dense, gated). Under `serve` with answer
workers (`workers.py`) it runs in a worker, as chat answers and briefings do, so that the server
process keeps its core for Gradio; Overview's counts and Explore's table are then a few pandas
group sizes and a slice of the server's own table.

Only row positions travel back: the worker loaded the same files, so its table has the server's
rows in the server's order, and the server slices its own. Exactly as for chat answers, the
server computes the selection itself when there is no pool or no worker is ready yet, when a
worker died under the request (logged; the pool is started again: `AnswerPool.call`), and when
a worker's index is still being built.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from assistant.service_log import log
from assistant.ui.files import register_of
from assistant.ui.selection import Selection, select_here
from assistant.vectors.rebuild import IndexNotReady


def _select(source: str | None, filters: dict[str, list[str]], typed: str, language: str) -> bytes:
    """In a worker: the selection made by its own Assistant, as (row positions in the file's
    table, topic searched, words set aside, topic box as read)."""
    from assistant.ui import workers

    own = workers._assistant
    assert own is not None, "worker not loaded"
    made = select_here(own, source, filters, typed, language)
    positions = register_of(own, source).df.index.get_indexer(made.rows.index)
    return workers._dumps(own, (positions.tolist(), made.topic, made.unknown, made.typed))


def select_in_pool(
    pool: Any,
    assistant: Any,
    source: str | None,
    filters: dict[str, list[str]],
    typed: str,
    language: str,
) -> Selection | None:
    """The selection computed by a worker of `pool`, its rows taken from `assistant`'s own table
    of the file `source`; None when the server must compute it (no worker ready, a worker lost
    under the request, the worker's index not built yet)."""
    from assistant.ui.workers import WorkersLost

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
    df = register_of(assistant, source).df
    keep = np.zeros(len(df), dtype=bool)
    keep[positions] = True
    log.debug(
        "selection made by an answer worker seconds=%.3f rows=%d",
        time.perf_counter() - started,
        len(positions),
    )
    return Selection(df[keep], filters, topic, unknown, read)
