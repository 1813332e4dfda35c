"""Whether a build is still being written: the owner's host and pid, and a heartbeat.

Embedded: a build writes `store-<id>.building` beside its store with its host, pid and start
time, and touches it every `BEAT_SECONDS` while it runs. On a Chroma server, the version's
collection carries the same in its metadata (`host`, `pid`, `started`) and a `beat` time the build
updates as often. A build whose process is gone (same host, pid not alive) is abandoned at once;
one that missed its beats for `SILENT_SECONDS` (another machine's, or a pid reused since) too.
Its store or collection is removed at the next start or build (`sweep`, `clean`). A record from
before this format (no pid) keeps the old rule: abandoned `STALE_BUILD_SECONDS` after its last
sign of life.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from assistant.vectors.versions import STALE_BUILD_SECONDS

BEAT_SECONDS = 15.0  # how often a running build touches its marker
SILENT_SECONDS = 300.0  # a marker untouched this long has no live writer (another host, a reused pid)


def owner() -> dict[str, object]:
    """What a marker says about the build writing it."""
    return {"host": socket.gethostname(), "pid": os.getpid(), "started": time.time()}


def write_marker(path: Path) -> None:
    path.write_text(json.dumps(owner()), encoding="utf-8")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def owner_gone(record: Mapping[str, object] | None, silent: float) -> bool:
    """True when the build that `record` describes (its host and pid, as `owner` wrote them) has
    no live writer; `silent`: seconds since its last beat."""
    if not isinstance(record, Mapping) or "pid" not in record:
        return silent > STALE_BUILD_SECONDS  # a record from an older version: the old rule
    try:
        pid = int(record["pid"])  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return silent > STALE_BUILD_SECONDS
    if record.get("host") == socket.gethostname() and not _pid_alive(pid):
        return True
    return silent > SILENT_SECONDS


def abandoned(path: Path, now: float | None = None) -> bool:
    """True when the build that `path` marks has no live writer (a missing marker: no build)."""
    try:
        silent = (now or time.time()) - path.stat().st_mtime
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return True
    except OSError:
        return False  # cannot tell: keep it
    try:
        marker = json.loads(text) if text.strip() else None
    except ValueError:
        marker = None
    return owner_gone(marker, silent)


def record_abandoned(metadata: Mapping[str, object], now: float | None = None) -> bool:
    """True when the server collection whose `metadata` says `building` has no live writer: its
    last beat (else its start) is the last sign of life."""
    try:
        last = float(metadata.get("beat") or metadata.get("started") or 0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        last = 0.0
    return owner_gone(metadata, (now or time.time()) - last)


def touch_file(path: Path) -> Callable[[], bool]:
    """A marker file's beat: its modification time set to now (False once it is gone: the build
    ended or was swept)."""

    def touch() -> bool:
        try:
            os.utime(path)
        except OSError:
            return False
        return True

    return touch


class Heartbeat:
    """Calls `touch` every `BEAT_SECONDS` until stopped or until it returns False (a daemon
    thread: it dies with its process, and then the record goes silent). `touch` may be a marker
    file's path (`touch_file`)."""

    def __init__(self, touch: Path | Callable[[], bool], every: float = BEAT_SECONDS) -> None:
        self.touch = touch_file(touch) if isinstance(touch, Path) else touch
        self.every = every
        self._stop = threading.Event()
        name = f"heartbeat {touch.name}" if isinstance(touch, Path) else "heartbeat"
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            if not self.touch():
                return

    def stop(self) -> None:
        """Stops the beats; returns once no beat is under way (a beat must not overwrite what
        the build writes next, e.g. a server collection's "complete")."""
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=60)
