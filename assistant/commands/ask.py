"""`portrait-ia ask "QUESTION" [--json]`: one answer, citing register rows."""

from __future__ import annotations

import argparse
from typing import Any

from assistant import settings
from assistant.inert import strip_controls

# The index on a Chroma server (docs: Chroma server mode).
CHROMA = ("chroma_host", "chroma_port", "chroma_timeout")
PRIVACY = ("log_questions", "audit_log")  # the service log and the audit trail
# What answering takes: the register, the index, retrieval and the language model.
ANSWERING = (
    "data", "mapping", "index_dir", *CHROMA, "embedder", "top_k", "min_score", *settings.LLM_SETTINGS,
    "understander",
    "max_rows_without_index",
)  # fmt: skip
SETTINGS = (*ANSWERING, *PRIVACY)


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("ask", help="answer one question, citing register rows")
    p.add_argument("question", help="the question, in French or English")
    p.add_argument("--json", action="store_true", help="print the answer as one JSON object (docs/usage.md: the JSON contract)")  # fmt: skip
    settings.add_arguments(p, SETTINGS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    answer = open_assistant(args, "ask").ask(args.question)
    print(answer.to_json() if args.json else strip_controls(answer.answer))  # no live terminal sequence
    return 0


def open_assistant(args: argparse.Namespace, command: str) -> Any:
    """The Assistant of `ask` and `chat`: the log on stderr first (an unwritable audit log stops
    here), then the register and index, then a warning if the configured model cannot work.
    The index is built only if a question needs it, saying so with a progress bar on stderr
    (up to `max_rows_without_index` rows to embed; above, that question asks for
    `portrait-ia index`)."""
    from assistant.api import Assistant
    from assistant.service_log import setup, warn_composer

    values = settings.resolve(settings.given(args, SETTINGS))
    setup(values)
    assistant = Assistant.from_settings(values, progress=True)
    warn_composer(assistant, command)
    return assistant
