"""Sessions that API calls leave behind are dropped, so API-only use does not grow memory.

Gradio keeps a session for every caller: each POST to `/gradio_api/call/ask` without a session
opens one, with its own copy of the page's configuration, and keeps it until 10,000 exist
(about 1 GB here). A browser holds its session open with a heartbeat (`/heartbeat/ID`), an API
call does not. `SessionSweeper` drops, every few seconds, every session that no heartbeat ever
opened once it has not been used for `API_SESSION_TTL` seconds (the answer has long been
delivered; a later call with the same id simply starts afresh), and keeps Gradio's own rules
for browsers' sessions (kept an hour after the tab closes), under a capacity of
`SESSION_CAPACITY` sessions, the least recently used going first.

Gradio also keeps timings of the last 10,000 events and, after every event, summarises them all
in a pandas DataFrame (for its API page's estimates): the cost of an answer grew with the number
served (throughput fell by a quarter over 3,000 answers). `bound_event_history` keeps the last
`EVENTS_KEPT` and summarises them every `SUMMARY_EVERY` events.

Opening a session was also the server's largest cost per API answer (a third of its CPU under
load): Gradio copies every component's configuration into it. `LightSession` makes that copy
only when something reads it (a deep link, a component updated by an event); an `/ask` call
never does.
"""

from __future__ import annotations

import datetime
import os
import threading
import time
from copy import copy
from typing import Any

from gradio.state_holder import SessionState, StateHolder

API_SESSION_TTL = 15.0  # seconds an API caller's session is kept after its last use
SESSION_CAPACITY = 2000  # sessions kept at most (Gradio's default: 10,000)
SWEEP_EVERY = 5.0  # seconds between two sweeps
EVENTS_KEPT = 500  # events whose timings Gradio keeps (its default: 10,000)
SUMMARY_EVERY = 100  # events between two summaries of them (its default: every event)
HEARTBEAT = "/heartbeat/"
FORGET_BROWSER = 3600.0  # seconds a browser's heartbeat is remembered once its session is gone


class LightSession(SessionState):
    """Gradio's session, its copy of the components' configuration made on first use."""

    def __init__(self, blocks: Any) -> None:  # SessionState.__init__ without the copy
        self.blocks_config = copy(blocks.default_config)
        self._page = blocks
        self._config_values: dict | None = None  # only the components used so far, until read
        self._complete = False
        self.state_data: dict[int, Any] = {}
        self._state_ttl: dict = {}
        self.is_closed = False
        self.STATE_TTL_WHEN_CLOSED = 1 if os.getenv("GRADIO_IS_E2E_TEST", None) else 3600

    @property
    def config_values(self) -> dict:  # type: ignore[override]
        """Every component's configuration (those an event already updated kept as they are)."""
        if not self._complete:
            partial = self._config_values or {}
            self._config_values = {
                k: partial[k] if k in partial else self.blocks_config.config_for_block(k, [], v)
                for k, v in self.blocks_config.blocks.items()
                if k in self._page.blocks or k in partial
            }
            self._complete = True
        return self._config_values  # type: ignore[return-value]

    @config_values.setter
    def config_values(self, value: dict) -> None:
        self._config_values, self._complete = value, True

    def _update_value_in_config(self, key: int, value: Any) -> None:
        """What Gradio does for each input of an event, on this one component's configuration
        only (the `/ask` route's inputs would otherwise build all of them)."""
        if self._complete:
            return super()._update_value_in_config(key, value)
        partial = self._config_values = self._config_values or {}
        if key not in partial:
            partial[key] = self.blocks_config.config_for_block(key, [], self.blocks_config.blocks[key])
        if "props" in partial[key]:
            partial[key]["props"]["value"] = value


class LightStateHolder(StateHolder):
    """Gradio's state holder, opening `LightSession`s (set on a launched app's holder)."""

    def __getitem__(self, session_id: str) -> SessionState:
        if session_id not in self.session_data:
            self.session_data[session_id] = LightSession(self.blocks)
        self.update(session_id)
        self.time_last_used[session_id] = datetime.datetime.now()
        return self.session_data[session_id]


class HeartbeatSeen:
    """ASGI middleware: notes the sessions that browsers keep alive (their heartbeat route)."""

    def __init__(self, app: Any, sweeper: SessionSweeper) -> None:
        self.app, self.sweeper = app, sweeper

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            path = scope.get("path", "")
            at = path.find(HEARTBEAT)
            if at >= 0:
                self.sweeper.browser(path[at + len(HEARTBEAT) :].strip("/"))
        await self.app(scope, receive, send)


class SessionSweeper:
    """Drops API callers' idle sessions from a launched app's Gradio state holder."""

    def __init__(self, ttl: float = API_SESSION_TTL, every: float = SWEEP_EVERY) -> None:
        self.ttl, self.every = ttl, every
        self.browsers: dict[str, float] = {}  # session -> when its heartbeat was last opened
        self.dropped = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def browser(self, session_hash: str) -> None:
        with self._lock:
            self.browsers[session_hash] = time.monotonic()

    def start(self, blocks: Any) -> None:
        """Sweeps `blocks`'s sessions in a daemon thread until `stop`; bounds their number."""
        holder = blocks.state_holder
        holder.capacity = min(holder.capacity, SESSION_CAPACITY)
        if type(holder) is StateHolder:  # the same object (the app and the queue hold it)
            holder.__class__ = LightStateHolder
        threading.Thread(target=self._run, args=(holder,), name="session-sweeper", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self, holder: Any) -> None:
        while not self._stop.wait(self.every):
            self.sweep(holder)

    def sweep(self, holder: Any, now: datetime.datetime | None = None) -> int:
        """Drops the idle sessions no heartbeat opened; returns how many."""
        now = now or datetime.datetime.now()
        idle = datetime.timedelta(seconds=self.ttl)
        with holder.lock, self._lock:
            stale = [
                session
                for session, used in list(holder.time_last_used.items())
                if session not in self.browsers and now - used > idle
            ]
            for session in stale:
                holder.session_data.pop(session, None)
                holder.time_last_used.pop(session, None)
            # A heartbeat may come before its session's first event: forgotten only much later.
            gone = [s for s, seen in self.browsers.items()
                    if s not in holder.session_data and time.monotonic() - seen > FORGET_BROWSER]  # fmt: skip
            for session in gone:
                del self.browsers[session]
            self.dropped += len(stale)
        return len(stale)


def bound_event_history(blocks: Any) -> None:
    """Caps a launched app's record of event timings and how often Gradio summarises it."""
    queue = getattr(blocks, "_queue", None)
    if queue is not None and hasattr(queue, "event_analytics"):
        queue.ANALYTICS_MAX_EVENTS = min(queue.ANALYTICS_MAX_EVENTS, EVENTS_KEPT)
        queue.ANAYLTICS_CACHE_FREQUENCY = max(queue.ANAYLTICS_CACHE_FREQUENCY, SUMMARY_EVERY)
