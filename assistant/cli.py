"""`portrait-ia` command: ask, index, serve.

Every setting of `settings.SETTINGS` is a flag on every command that uses it; errors are printed
as one clear line (what is wrong, what to do) with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from assistant import settings as settings_mod

EXAMPLES = """examples:
  portrait-ia index
  portrait-ia ask "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
  portrait-ia ask --json "Which initiatives help triage patients?"
  portrait-ia chat
  portrait-ia brief "détection de fraude" --format docx --out note.docx
  portrait-ia eval data/eval/gold_smoke.jsonl
  portrait-ia data fetch --dry-run
  portrait-ia serve --port 7860
"""

LLM = settings_mod.LLM_SETTINGS  # the language-model settings
# The index on a Chroma server (README: Chroma server mode).
CHROMA = ("chroma_host", "chroma_port", "chroma_timeout")
PRIVACY = ("log_questions", "audit_log")  # service log and audit trail (service_log, audit)
COMMAND_SETTINGS = {
    "ask": ("data", "mapping", "index_dir", *CHROMA, "embedder", "top_k", "min_score", *LLM, *PRIVACY),
    "chat": ("data", "mapping", "index_dir", *CHROMA, "embedder", "top_k", "min_score", *LLM, *PRIVACY),
    "index": ("data", "mapping", "index_dir", *CHROMA, "embedder"),
    "serve": ("data", "mapping", "index_dir", *CHROMA, "embedder", "top_k", "min_score", *LLM, "host", "port", "feedback_file",
              "auth", *PRIVACY),
}


def _add_settings(parser: argparse.ArgumentParser, names: Sequence[str]) -> None:
    group = parser.add_argument_group("settings (flag > environment variable > portrait-ia.toml > default)")
    for name in names:
        s = settings_mod.BY_NAME[name]
        repeatable = s.type is settings_mod.paths  # --data A --data B
        group.add_argument(
            s.flag,
            dest=name,
            type=str if repeatable else s.type,
            action="append" if repeatable else "store",
            default=None,
            metavar=name.upper(),
            help=f"{s.help} [env {s.env}; default: {s.default}]",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portrait-ia",
        description="Bilingual assistant over Québec's public register of AI uses "
        "(Portrait des utilisations de l'IA dans l'administration publique québécoise).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question, citing register rows")
    ask.add_argument("question", help="the question, in French or English")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object (README: JSON contract)")
    _add_settings(ask, COMMAND_SETTINGS["ask"])

    chat = sub.add_parser(
        "chat",
        help="a conversation in the terminal: follow-up questions build on the previous ones",
        description="Type questions in French or English; follow-ups ('Et parmi celles-ci, combien sont "
        "en production ?', 'What about the health network?') build on the previous turn. "
        "/reset starts over, /quit (or Ctrl+D) leaves. Reads standard input when it is not a terminal.",
    )
    chat.add_argument("--json", action="store_true", help="print each answer as one JSON line")
    _add_settings(chat, COMMAND_SETTINGS["chat"])

    index = sub.add_parser("index", help="build the vector index, or bring it up to date with the data")
    index.add_argument("--force", action="store_true", help="re-embed every row even if nothing changed")
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_settings(index, COMMAND_SETTINGS["index"])

    from assistant.briefing import add_brief_command
    from assistant.commands.fetch import add_data_command
    from assistant.evaluation.run import add_eval_command

    add_eval_command(sub)
    add_data_command(sub)
    add_brief_command(sub)

    serve = sub.add_parser("serve", help="start the chat UI (Gradio) on HOST:PORT")
    _add_settings(serve, COMMAND_SETTINGS["serve"])
    return parser


def _overrides(args: argparse.Namespace, command: str) -> dict:
    return {name: getattr(args, name) for name in COMMAND_SETTINGS[command]}


def cmd_ask(args: argparse.Namespace) -> int:
    answer = _assistant(args, "ask").ask(args.question)
    print(answer.to_json() if args.json else answer.answer)
    return 0


def _assistant(args: argparse.Namespace, command: str):
    from assistant.api import Assistant
    from assistant.service_log import setup

    o = _overrides(args, command)
    values = settings_mod.resolve(o)
    setup(values)  # the log on stderr; an unwritable audit log stops here
    assistant = Assistant(o["data"], mapping=o["mapping"], index_dir=o["index_dir"], embedder=o["embedder"],
                          chroma_host=o["chroma_host"], chroma_port=o["chroma_port"], chroma_timeout=o["chroma_timeout"],
                          top_k=o["top_k"], min_score=o["min_score"], progress=sys.stderr.isatty(),
                          **{k: o[k] for k in LLM})
    assistant.settings.update({k: values[k] for k in PRIVACY})  # flags the constructor does not take
    warn_composer(assistant, command)
    return assistant


def warn_composer(assistant, command: str) -> None:
    """A configured language model that cannot work (no key, no package), found without a
    network call: said once at start; answers still come, from the extractive composer."""
    problem = getattr(assistant.composer, "problem", None)
    if problem is not None:
        print(f"portrait-ia {command}: warning: --llm {assistant.settings['llm']}: {problem.detail}; "
              "answers use the extractive composer", file=sys.stderr)


def cmd_chat(args: argparse.Namespace) -> int:
    from assistant.vectors.build import IndexError_

    assistant = _assistant(args, "chat")
    interactive = sys.stdin.isatty()
    if interactive:
        print(f"Portrait IA — {assistant.register.source} ({len(assistant.register)} rows). "
              "/reset: new conversation, /quit: leave.", file=sys.stderr)
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
        print(answer.to_json() if args.json else answer.answer + "\n", flush=True)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]


def cmd_index(args: argparse.Namespace) -> int:
    from assistant.register.load import combine, load_registers
    from assistant.vectors.build import build_index
    from assistant.vectors.embeddings import get_embedder
    from assistant.vectors.store import store_for

    values = settings_mod.resolve(_overrides(args, "index"))
    # Validated first: a bad file never touches the index.
    registers = load_registers(values["data"], values["mapping"])
    for r in registers:
        notes = f"; {'; '.join(r.notes)}" if r.notes else ""
        print(f"Register: {r.source} — {len(r)} rows (sha256 {r.sha256[:12]}){notes}", file=sys.stderr)
    register = combine(registers)
    embedder = get_embedder(values["embedder"])
    store = store_for(values)
    report = build_index(register, embedder, store, progress=not args.quiet, force=args.force)
    print(f"{report.summary()} Embedder: {embedder.model_id}. {store.label}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.ui import serve

    values = settings_mod.resolve(_overrides(args, "serve"))
    serve(values)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from assistant.register.load import RegisterError
    from assistant.register.mapping import MappingError
    from assistant.vectors.build import IndexError_
    from assistant.vectors.embeddings import EmbedderError

    try:
        if args.command == "eval":
            from assistant.evaluation.run import run_eval_command

            return run_eval_command(args)
        if args.command == "brief":
            from assistant.briefing import run_brief_command

            return run_brief_command(args)
        if args.command == "data":
            from assistant.commands.fetch import run_data_command

            return run_data_command(args)
        return {"ask": cmd_ask, "chat": cmd_chat, "index": cmd_index, "serve": cmd_serve}[args.command](args)
    except (RegisterError, MappingError, EmbedderError, IndexError_, settings_mod.SettingsError) as exc:
        print(f"portrait-ia {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
