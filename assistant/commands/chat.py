"""`portrait-ia chat`: a conversation in the terminal, where follow-ups build on earlier turns."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant import settings
from assistant.commands.ask import SETTINGS, open_assistant
from assistant.inert import strip_controls


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "chat",
        help="a conversation in the terminal: follow-up questions build on the previous ones",
        description="Type questions in French or English; follow-ups ('Et parmi celles-ci, combien sont "
        "en production ?', 'What about the health network?') build on the previous turn. "
        "/reset starts over, /quit (or Ctrl+D) leaves. Reads standard input when it is not a terminal.",
    )
    p.add_argument("--json", action="store_true", help="print each answer as one JSON line")
    settings.add_arguments(p, SETTINGS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.vectors.build import IndexError_

    assistant = open_assistant(args, "chat")
    interactive = sys.stdin.isatty()
    if interactive:
        print(f"Portrait IA — {assistant.register.source} ({len(assistant.register)} rows). "
              "/reset: new conversation, /quit: leave.", file=sys.stderr)  # fmt: skip
    history: list[dict[str, str]] = []
    while True:
        try:
            question = input("> " if interactive else "").strip()
        except EOFError:
            return 0
        if question in ("/quit", "/exit", "/q"):
            return 0
        if question == "/reset":
            history = []
            continue
        if not question:
            continue
        try:
            answer = assistant.ask(question, history=history)
        except IndexError_ as exc:  # e.g. the Chroma server is down: say so, keep the conversation
            print(f"portrait-ia chat: error: {exc}", file=sys.stderr)
            continue
        print(answer.to_json() if args.json else strip_controls(answer.answer) + "\n", flush=True)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
