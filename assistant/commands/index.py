"""`portrait-ia index [--force] [--quiet]`: build the vector index, or bring it up to date."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant import settings
from assistant.commands.ask import CHROMA

SETTINGS = ("data", "mapping", "index_dir", *CHROMA, "embedder")


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("index", help="build the vector index, or bring it up to date with the data")
    p.add_argument("--force", action="store_true", help="re-embed every row even if nothing changed")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    settings.add_arguments(p, SETTINGS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.register.load import combine, load_registers
    from assistant.vectors.build import build_index
    from assistant.vectors.embeddings import get_embedder
    from assistant.vectors.store import store_for

    values = settings.resolve(settings.given(args, SETTINGS))
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
