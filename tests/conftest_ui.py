"""Helpers shared by the UI tests: serve the real app on a free local port, then close it.

Not a conftest (the lead owns tests/conftest.py): the UI test modules import from here and
declare their own module-scoped fixture, so each module launches one app and reuses it.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from assistant.ui import LAUNCH_OPTIONS, build_app


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(
    assistant, language: str = "fr", feedback_path: str | os.PathLike | None = None
) -> Iterator[tuple[object, str]]:
    """(app, url) of the chat UI over `assistant`, served on 127.0.0.1 until the block ends.

    `feedback_path`: where ratings go (give a tmp file: the default is under the cwd)."""
    app = build_app(assistant, language, feedback_path=feedback_path)
    _, url, _ = app.launch(
        prevent_thread_lock=True,
        server_name="127.0.0.1",
        server_port=free_port(),
        quiet=True,
        **LAUNCH_OPTIONS,
    )
    try:
        yield app, url
    finally:
        app.close()
