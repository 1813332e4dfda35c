"""Whether a build is still being written: the owner's pid and a heartbeat in its marker file.

A build writes `store-<id>.building` beside its store with its host, pid and start time, and
touches it every `BEAT_SECONDS` while it runs. A marker whose process is gone (same host, pid
not alive) or that missed its beats for `SILENT_SECONDS` belongs to a build that was killed: its
store is removed at the next start (`LocalStore.sweep`). A marker from before this format (empty)
keeps the old rule: abandoned after `STALE_BUILD_SECONDS` without a touch.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
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
    if not isinstance(marker, dict) or "pid" not in marker:
        return silent > STALE_BUILD_SECONDS  # a marker from an older version: the old rule
    if marker.get("host") == socket.gethostname() and not _pid_alive(int(marker["pid"])):
        return True
    return silent > SILENT_SECONDS


class Heartbeat:
    """Touches a marker every `BEAT_SECONDS` until stopped (a daemon thread: it dies with its
    process, and then the marker goes silent)."""

    def __init__(self, path: Path, every: float = BEAT_SECONDS) -> None:
        self.path, self.every = path, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat {path.name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                os.utime(self.path)
            except OSError:  # the marker is gone: the build ended or was swept
                return

    def stop(self) -> None:
        self._stop.set()
