"""`portrait-ia serve`: the chat UI (Gradio) on HOST:PORT until Ctrl+C."""

from __future__ import annotations

import argparse
from typing import Any

from assistant import settings
from assistant.commands.ask import ANSWERING, PRIVACY

SETTINGS = (*ANSWERING, "host", "port", "workers", "feedback_file", "auth", *PRIVACY)


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("serve", help="start the chat UI (Gradio) on HOST:PORT")
    settings.add_arguments(p, SETTINGS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.ui.app import STOP_GRACE_S, force_exit_after, serve

    # Stopped (Ctrl+C, `kill`) or returned, the process ends now: an exit held by a thread that
    # never ends is forced. A settings error raised at start arms nothing (nothing was started).
    try:
        serve(settings.resolve(settings.given(args, SETTINGS)))
    except KeyboardInterrupt:
        force_exit_after(STOP_GRACE_S)
        raise
    force_exit_after(STOP_GRACE_S)
    return 0
