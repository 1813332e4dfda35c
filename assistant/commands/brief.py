"""`portrait-ia brief "TOPIC OR QUESTION" [--lang fr|en] [--format md|docx|html] [--out PATH]`.

Errors are one line on stderr and exit status 2, like every command.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from assistant import settings
from assistant.audit import briefed
from assistant.briefing import FORMATS, BriefingError, build_briefing, write_briefing
from assistant.briefing.content import LANGUAGES
from assistant.briefing.text import slug
from assistant.commands.ask import ANSWERING

SETTINGS = (*ANSWERING, "audit_log")  # a briefing is recorded in the audit log like an answer
EXAMPLES = """examples:
  portrait-ia brief "détection de fraude"
  portrait-ia brief "Briefing sur le portefeuille Santé et Services sociaux (Réseau)" --format docx
  portrait-ia brief "Briefing on Université Laval" --format html --out laval.html
  portrait-ia brief "Portrait complet" --lang en --format docx --out whole-register-en.docx
"""


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "brief",
        help="write a briefing note (figures, charts, table, sources) on a topic, portfolio or body",
        description="Turns a topic, a portfolio, a public body or a question into a briefing note: "
        "summary, key figures with the register rows they count, breakdowns by status, category, "
        "portfolio and body, charts, the table of the initiatives, sources and limits. A text that "
        "names nothing ('Portrait complet', 'whole register') covers the whole register.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "topic",
        metavar="TOPIC",
        help="topic, portfolio, public body or question, in French or English",
    )
    p.add_argument(
        "--lang",
        metavar="{fr,en}",
        help="language of the briefing (default: the language of TOPIC)",
    )
    p.add_argument("--format", dest="format", metavar="{md,docx,html}",
                   help="md (Markdown, charts as PNG files beside it), docx (Word) or html (one "
                   "self-contained page); default: from --out's extension, else md")  # fmt: skip
    p.add_argument("--out", metavar="PATH",
                   help="file to write (default: briefing-<subject>-<lang>.<format> in the current folder)")  # fmt: skip
    settings.add_arguments(p, SETTINGS)
    p.set_defaults(run=run)


def _error(message: str) -> int:
    print(f"portrait-ia brief: error: {message}", file=sys.stderr)
    return 2


def resolve_format(fmt: str | None, out: str | None) -> str:
    """The output format: --format, else --out's extension, else md. Raises BriefingError when
    they are unknown or contradict each other."""
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    suffix = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
    if fmt is not None:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise BriefingError(f"--format must be one of {', '.join(FORMATS)} (got {fmt!r})")
        if suffix in FORMATS and suffix != fmt:
            raise BriefingError(
                f"--format {fmt} contradicts --out {out} (a .{suffix} file): change one of them"
            )
        return fmt
    return suffix if suffix in FORMATS else "md"


def _known_errors() -> tuple[type[Exception], ...]:
    """The errors that end the command with one line and status 2 (imported only on failure:
    the index module pulls in the vector store, which a filters-only briefing never opens)."""
    from assistant.register.load import RegisterError
    from assistant.vectors.build import IndexError_
    from assistant.vectors.embeddings import EmbedderError

    return (BriefingError, RegisterError, EmbedderError, IndexError_, settings.SettingsError)


def run(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None)
    if lang is not None and lang not in LANGUAGES:
        return _error(f"--lang must be fr or en (got {lang!r})")
    out = getattr(args, "out", None)
    try:
        fmt = resolve_format(getattr(args, "format", None), out)
    except BriefingError as exc:
        return _error(str(exc))
    if not str(args.topic).strip():
        return _error(
            'TOPIC is empty: give a topic, a portfolio or a body ("Portrait complet" for the whole register)'
        )
    try:
        started = time.perf_counter()
        assistant = _assistant(args)
        briefing = build_briefing(assistant, args.topic, language=lang)
        path = (
            Path(out)
            if out
            else Path(f"briefing-{slug(briefing.subject)}-{briefing.language}.{fmt}")
        )
        written = write_briefing(briefing, fmt, path)
        briefed(assistant, args.topic, briefing, fmt, [p.absolute() for p in written], time.perf_counter() - started)
    except OSError as exc:
        return _error(f"cannot write {out or 'the briefing'}: {exc.strerror or exc}")
    except Exception as exc:
        if isinstance(exc, _known_errors()):
            return _error(str(exc))
        raise
    for extra in written[1:]:
        print(f"chart: {extra}", file=sys.stderr)
    print(written[0])
    return 0


def _assistant(args: argparse.Namespace) -> Any:
    """What the briefing needs. A briefing with a topic searches the index, so it opens the whole
    Assistant (embedding model, index); one that only filters (a body, a portfolio, the whole
    register) needs the register, the understander and the executor — a second less to start."""
    from assistant.briefing.scope import understand
    from assistant.execute import Executor
    from assistant.register.load import load_registers
    from assistant.understand.understander import Understander

    values = settings.resolve(settings.given(args, SETTINGS))
    if values["audit_log"]:  # an audit log that cannot be written stops here, before any work
        from assistant.audit import audit_log

        audit_log(values["audit_log"])
    register = load_registers(values["data"], values["mapping"])[-1]  # the newest file
    light = SimpleNamespace(register=register, understander=Understander(register), settings=values)
    # With a language model configured, the whole Assistant is opened: it carries the composer
    # that words the summary paragraph.
    if values["llm"] == "none" and not understand(light, args.topic).plan.topic:
        light.executor = Executor(register, retriever=None)  # filters only: no search
        return light
    from assistant.api import Assistant

    return Assistant.from_settings(values, progress=True)
