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
    from assistant.ui.app import serve

    serve(settings.resolve(settings.given(args, SETTINGS)))
    return 0
