"""The index as an Assistant holds it: ready, or missing and built when needed, so that exact
questions never wait for it.

Counts, lists, rankings, breakdowns and shares are computed by pandas from the data file: they
need no vectors. Only a topic search (and the dense check of words the register does not spell
out) does. `LiveIndex` is what the retriever searches; it opens the live index when it matches
the data and otherwise builds it in one of two ways:

- **on demand** (`ask`, `chat`, the Python API): nothing is built at start. The first question
  that needs the index builds it in the asking thread, saying so in the log with a progress bar,
  unless more than `max_rows` rows would have to be embedded: that question is then told to run
  `portrait-ia index` first (`IndexNotReady`, state "too_large").
- **in the background** (a server): the build starts at once in a thread, and a question that
  needs the index meanwhile is told how far it is (`IndexNotReady`, state "building").

Either way, an index deleted or damaged under a running process is noticed on the next search
and rebuilt the same way. Processes on one machine that share a store build it one at a time (a
lock file); the others wait for that build and open it.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.vectors.build import BuildReport, _current, build_index
from assistant.vectors.embeddings import Embedder
from assistant.vectors.errors import IndexError_, ServerUnreachable
from assistant.vectors.reader import VectorIndex
from assistant.vectors.rows import RowPlan, plan_rows, vector_sources
from assistant.vectors.store import Store, as_store
from assistant.vectors.versions import SCHEMA_VERSION

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

log = logging.getLogger("portrait_ia")

RETRY_SECONDS = 30.0  # a failed background build is tried again after this, at the next question
EXACT = "exact questions (counts, lists, rankings, breakdowns, shares) still work"


class IndexNotReady(IndexError_):
    """A question needs the index and it is not there: `state` is "building" (`done` of `total`
    rows embedded), "too_large" (`rows` to embed, over `limit`: run `portrait-ia index`) or
    "failed" (`reason`; tried again later). `plan` is what was understood, when known."""

    def __init__(
        self, state: str, *, done: int = 0, total: int = 0, rows: int = 0, limit: int = 0, reason: str = ""
    ) -> None:
        self.state, self.done, self.total = state, done, total
        self.rows, self.limit, self.reason = rows, limit, reason
        self.plan: Any = None
        super().__init__(self.describe())

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0

    def describe(self) -> str:
        if self.state == "too_large":
            return (
                f"the index does not match the data and {self.rows} rows would have to be embedded,"
                f" more than max_rows_without_index={self.limit}: build it first with"
                f" `portrait-ia index`; {EXACT}"
            )
        if self.state == "failed":
            return f"the index could not be built ({self.reason}); {EXACT}; `portrait-ia index` rebuilds it"
        return f"the index is being built ({self.percent}%); {EXACT}"


def rows_to_embed(
    register: Register, embedder: Embedder, store: Store | str | os.PathLike, plan: RowPlan | None = None
) -> int:
    """How many rows a build would embed now (those the live version cannot lend a vector).
    `plan`: the register's rows as `plan_rows` gives them, when already computed."""
    store = as_store(store)
    plan = plan or plan_rows(register)
    distinct = len(plan.ids)
    with store.talking():
        live = store.live()
        if _current(store, live, plan, embedder):
            return 0
        if live is None or live.embedder != embedder.model_id or live.schema_version != SCHEMA_VERSION:
            return distinct
        if store.gone(live):
            return distinct
        try:
            old = store.live_texts(live, plan)
        except ServerUnreachable:
            raise
        except Exception:  # a damaged record lends nothing
            return distinct
    sources = vector_sources(plan.text_hashes, old)
    return sum(1 for did in plan.ids if did not in sources)


@contextmanager
def build_lock(store: Store) -> Iterator[None]:
    """One background build per store on this machine (a `serve` with several worker processes
    builds once; the others wait for it, then open what it built)."""
    where = getattr(store, "index_dir", None)
    key = str(Path(where).absolute()) if where is not None else store.label
    path = Path(tempfile.gettempdir()) / f"portrait-ia-build-{hashlib.sha1(key.encode()).hexdigest()[:16]}.lock"
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class LiveIndex:
    """The index a retriever searches (`search`, like `VectorIndex`), built when it is needed;
    see the module docstring. `background`: build in a thread and answer "being built" meanwhile
    (a server), else build in the asking thread (up to `max_rows` rows to embed)."""

    def __init__(
        self,
        register: Register,
        embedder: Embedder,
        store: Store | str | os.PathLike,
        *,
        background: bool = False,
        max_rows: int = 20_000,
        progress: bool = False,
    ) -> None:
        self.register, self.embedder, self.store = register, embedder, as_store(store)
        self.background, self.max_rows, self.progress = background, max_rows, progress
        self.report: BuildReport | None = None  # what the last build did (None: nothing built)
        self._index: VectorIndex | None = None
        self._force = False  # the next build re-embeds everything (the live store is damaged)
        self._state_lock = threading.Lock()
        self._build_lock = threading.Lock()  # one build at a time in this process
        self._thread: threading.Thread | None = None
        self._done = self._total = 0
        self._failed: tuple[float, str] | None = None
        self._plan: RowPlan | None = None  # the register's rows as the index stores them, once
        with self.store.talking():
            swept = self.store.sweep()
        if swept:
            log.info("index: removed %d build(s) left by a killed process: %s", len(swept), ", ".join(swept))
        self._index = self._open_if_current()
        if self._index is None and background:
            self._start()

    # -- state ---------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self._index is not None

    @property
    def building(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def plan(self) -> RowPlan:
        if self._plan is None:
            self._plan = plan_rows(self.register)
        return self._plan

    def _open_if_current(self) -> VectorIndex | None:
        plan = self.plan
        with self.store.talking():
            if not _current(self.store, self.store.live(), plan, self.embedder):
                return None
        try:
            return VectorIndex(self.store, self.embedder)
        except ServerUnreachable:
            raise
        except IndexError_:  # the record is right, the store is not: rebuilt, all of it
            self._force = True
            return None

    def ensure(self) -> VectorIndex:
        """The opened index; else builds it (on demand) or raises `IndexNotReady`."""
        index = self._index
        if index is not None:
            return index
        if self.background:
            self._start()
            raise self._not_ready()
        return self._build_inline()

    def go_background(self) -> None:
        """From now on, build in the background (a server): no question waits for a build."""
        self.background = True
        if self._index is None:
            self._start()

    def wait(self, timeout: float | None = None) -> bool:
        """Waits for a background build; True when the index is ready."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self.ready

    def _not_ready(self) -> IndexNotReady:
        failed = self._failed
        if failed is not None and not self.building:
            return IndexNotReady("failed", reason=failed[1])
        return IndexNotReady("building", done=self._done, total=self._total)

    # -- building ------------------------------------------------------------------------------

    def _build_inline(self) -> VectorIndex:
        with self._build_lock:  # a second thread waits here, then takes the first one's index
            if self._index is not None:
                return self._index
            if not self._force:  # built meanwhile by another process (`portrait-ia index`)?
                self._index = self._open_if_current()
                if self._index is not None:
                    return self._index
            rows = rows_to_embed(self.register, self.embedder, self.store, self.plan)
            if rows > self.max_rows:
                raise IndexNotReady("too_large", rows=rows, limit=self.max_rows)
            log.warning(
                "the index does not match the data: embedding %d rows before answering"
                " (`portrait-ia index` does it ahead of time)",
                rows,
            )
            return self._build()

    def _start(self) -> None:
        with self._state_lock:
            if self.building or self._index is not None:
                return
            if self._failed is not None and time.time() - self._failed[0] < RETRY_SECONDS:
                return
            self._done = self._total = 0
            self._thread = threading.Thread(target=self._build_in_background, name="portrait-ia index", daemon=True)
            self._thread.start()

    def _build_in_background(self) -> None:
        started = time.perf_counter()
        try:
            with self._build_lock, build_lock(self.store):
                if self._index is None:
                    self._index = self._open_if_current()  # another process may have built it
                if self._index is None:
                    log.warning("the index is missing or does not match the data: building it in the background; %s", EXACT)
                    self._build()
            self._failed = None
            log.info("index ready after %.1f s in the background", time.perf_counter() - started)
        except BaseException as exc:  # kept for the questions that need the index; retried later
            self._failed = (time.time(), str(exc) or type(exc).__name__)
            log.error("index: the background build failed: %s", exc)

    def _build(self) -> VectorIndex:
        report = build_index(
            self.register, self.embedder, self.store,
            progress=self.progress, force=self._force, on_progress=self._on_progress,
        )  # fmt: skip
        try:
            index = VectorIndex(self.store, self.embedder)
        except ServerUnreachable:
            raise
        except IndexError_:  # a damaged store the record still lists: everything again
            report = build_index(
                self.register, self.embedder, self.store,
                progress=self.progress, force=True, on_progress=self._on_progress,
            )  # fmt: skip
            index = VectorIndex(self.store, self.embedder)
        self.report = None if report.up_to_date else report
        self._force = False
        self._index = index
        return index

    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total

    # -- reading -------------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, where: dict | None = None) -> list[tuple[dict, float]]:
        index = self.ensure()
        try:
            return index.search(query, k=k, where=where)
        except ServerUnreachable:
            raise
        except Exception as exc:
            if not self._lost(index, exc):
                raise
        return self.ensure().search(query, k=k, where=where)

    def _lost(self, index: VectorIndex, exc: Exception) -> bool:
        """Whether `exc` means the index is gone or damaged (it is then rebuilt): an index error,
        or any failure that a freshly opened reader repeats."""
        if not isinstance(exc, IndexError_):
            try:
                VectorIndex(self.store, self.embedder).search("index", k=1)
                return False  # the index is sound: the error was something else
            except ServerUnreachable:
                raise
            except Exception:
                pass
        with self._state_lock:
            if self._index is index:
                log.warning("index: missing or damaged (%s); rebuilding it", exc)
                self._index, self._force = None, True
        return True

    def __len__(self) -> int:
        return len(self.ensure())

    @property
    def vectorstore(self) -> Any:
        return self.ensure().vectorstore

    @property
    def manifest(self) -> dict[str, Any]:
        return self.ensure().manifest

    @property
    def version(self) -> Any:
        return self.ensure().version

    @property
    def collection(self) -> Any:
        return self.ensure().collection

    @property
    def client(self) -> Any:
        return self.ensure().client
