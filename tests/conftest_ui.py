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
from assistant.ui.app import shutdown_hook


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
        app_kwargs=shutdown_hook(app),
        **LAUNCH_OPTIONS,
    )
    try:
        yield app, url
    finally:
        app.close()


def ui_event(client, elem_id: str, event: str, *values):
    """Runs the page's `event` of the control `elem_id` with the inputs `values` (in the event's
    order, `gr.State` inputs left out), as the browser does; returns the outputs.

    The page's events are private (`api_visibility="private"`): gradio_client refuses them, the
    server does not (the browser calls them by id). The test client is told to call this one."""
    config = client.config
    (component,) = [
        c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == elem_id
    ]
    (dependency,) = [d for d in config["dependencies"] if [component, event] in d["targets"]]
    endpoint = client.endpoints[dependency["id"]]
    endpoint.is_valid = True
    return client.predict(*values, fn_index=dependency["id"])
