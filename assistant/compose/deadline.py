"""A wall-clock deadline on a call that yields: the call runs in a worker thread, the caller
waits on the deadline. A server that sends one byte every few seconds keeps each of the HTTP
client's reads within its own timeout, so only a deadline on the whole call can hold."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class DeadlinePassed(TimeoutError):
    """The call did not finish within its deadline (the worker thread is left to end alone)."""


def within(seconds: float, produce: Callable[[], Iterable[Any]]) -> Iterator[Any]:
    """The items `produce()` yields, as they come, until `seconds` have passed since the call;
    then `DeadlinePassed`. An exception raised by `produce` is raised here."""
    deadline = time.monotonic() + seconds
    items: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            for item in produce():
                items.put(("item", item))
            items.put(("end", None))
        except BaseException as exc:  # handed to the caller, who reports it
            items.put(("error", exc))

    threading.Thread(target=work, name="deadline-call", daemon=True).start()
    while True:
        try:
            kind, item = items.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise DeadlinePassed(f"no complete answer within {seconds:g} s") from None
        if kind == "error":
            raise item
        if kind == "end":
            return
        yield item
