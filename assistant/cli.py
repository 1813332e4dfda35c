"""`portrait-ia`: assembles the commands of `assistant/commands/` and runs the one asked for.

Every setting of `settings.SETTINGS` is a flag on every command that uses it; errors are printed
as one clear line (what is wrong, what to do) with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from assistant import settings
from assistant.commands import ask, brief, chat, evaluate, fetch, index, mapping, serve

EXAMPLES = """examples:
  portrait-ia index
  portrait-ia ask "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
  portrait-ia ask --json "Which initiatives help triage patients?"
  portrait-ia chat
  portrait-ia brief "détection de fraude" --format docx --out note.docx
  portrait-ia eval data/eval/gold_smoke.jsonl
  portrait-ia data fetch --dry-run
  portrait-ia serve --port 7860
  portrait-ia mapping draft my-register.csv --out my-register.toml
"""

COMMANDS = (ask, chat, index, evaluate, fetch, brief, serve, mapping)  # the order of `portrait-ia --help`
# The settings each answering command takes as flags (the docs and tests read them).
COMMAND_SETTINGS = {
    "ask": ask.SETTINGS,
    "chat": ask.SETTINGS,
    "index": index.SETTINGS,
    "serve": serve.SETTINGS,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portrait-ia",
        description="Bilingual assistant over Québec's public register of AI uses "
        "(Portrait des utilisations de l'IA dans l'administration publique québécoise).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from assistant.register.load import RegisterError
    from assistant.register.mapping import MappingError
    from assistant.vectors.build import IndexError_
    from assistant.vectors.embeddings import EmbedderError

    try:
        return args.run(args)
    except (RegisterError, MappingError, EmbedderError, IndexError_, settings.SettingsError) as exc:
        print(f"portrait-ia {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
