"""Where the Briefing tab's files live, and when they go: a served UI must not fill the disk.

Each briefing is written to its own folder under one temporary folder per app
(`portrait-ia-briefs-*`). Only the last `KEEP_BRIEFINGS` folders are kept: the `/brief` API
returns a path the caller reads right away, and the tab's download link points at gradio's own
copy of the file, not at ours. The whole folder goes when the server stops (gradio's FastAPI
lifespan, `launch(app_kwargs=...)`, and at interpreter exit for any other way of stopping).
Gradio's copies are deleted by gradio (`delete_cache`, `GRADIO_COPIES`).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

KEEP_BRIEFINGS = 20
PREFIX = "portrait-ia-briefs-"
# gradio's `Blocks(delete_cache=(every, older_than))`, in seconds: its copies of the files it
# served (the download links) are checked hourly and deleted after a day, all at shutdown.
GRADIO_COPIES = (3600, 24 * 3600)


class BriefingFiles:
    """The briefing folders one app has written: the last `keep`, the older ones deleted."""

    def __init__(self, keep: int = KEEP_BRIEFINGS) -> None:
        if keep < 1:
            raise ValueError(f"keep must be at least 1 (got {keep}): a briefing needs its folder")
        self.keep = keep
        self.root: Path | None = None  # made by the first briefing
        self._folders: deque[Path] = deque()
        self._made = 0
        self._lock = threading.Lock()

    def new_folder(self) -> Path:
        """An empty folder for one briefing; the oldest beyond `keep` are deleted."""
        with self._lock:
            if self.root is None or not self.root.is_dir():
                self.root = Path(tempfile.mkdtemp(prefix=PREFIX))
                atexit.register(shutil.rmtree, self.root, ignore_errors=True)
            self._made += 1
            folder = self.root / f"{self._made:06d}"
            folder.mkdir()
            self._folders.append(folder)
            while len(self._folders) > self.keep:
                shutil.rmtree(self._folders.popleft(), ignore_errors=True)
            return folder

    def folders(self) -> list[Path]:
        """The briefing folders on disk now."""
        if self.root is None or not self.root.is_dir():
            return []
        return sorted(p for p in self.root.iterdir() if p.is_dir())

    def close(self) -> None:
        """Deletes every briefing folder (the server stops)."""
        with self._lock:
            if self.root is not None:
                shutil.rmtree(self.root, ignore_errors=True)
            self.root, self._made = None, 0
            self._folders.clear()

    @asynccontextmanager
    async def lifespan(self, app: Any) -> AsyncIterator[None]:
        """For `Blocks.launch(app_kwargs={"lifespan": ...})`: cleans up when the server stops."""
        try:
            yield
        finally:
            self.close()
