"""`portrait-ia data fetch`: bring the register files up to date without ever losing the good ones.

Order matters, so that a bad download changes nothing:
  1. download every file into a staging folder *inside* the data folder (same file system);
  2. check each one (`fetch.validate`); any failure stops here and the staging folder is removed;
  3. build the index from the new file (`vectors.build.build_index` writes a new version beside the live
     one and swaps its manifest atomically; unchanged rows keep their vectors);
  4. only then move each new file over the old one with `os.replace` (atomic), after copying the
     old one to `.previous/`, so `mv data/.previous/X data/X` undoes a refresh.
The staged file already has its final name, so the index records the same source name and the
same row ids as the live file: that is what makes step 3 incremental.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant import settings
from assistant.register.fetch import Download, FetchError, download, resolve_resources, validate
from assistant.resources import fetch_folder

SETTINGS = (
    "data", "mapping", "dataset_url", "data_resources", "index_dir", "chroma_host", "chroma_port",
    "chroma_timeout", "embedder",
)  # fmt: skip
PREVIOUS = ".previous"
_ROW_KEY = ("name", "body", "category", "portfolio", "benefits", "status")


def add_parser(subparsers: Any) -> None:
    """`portrait-ia data fetch` (a `data` group leaves room for `data list`, `data restore`)."""
    data = subparsers.add_parser(
        "data", help="keep the register files current: `data fetch` downloads the official ones"
    )
    actions = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    fetch = actions.add_parser(
        "fetch",
        help="download the official files from Données Québec, check them, reindex, then swap them in",
        description="Downloads the CSV/XLSX files of the dataset (found through the portal's CKAN API,"
        " or given with --data-resources), checks each one (HTTP status, web page instead of data,"
        " truncation, checksum, encoding, columns and labels), rebuilds the index from the new file"
        " and only then replaces the data file, keeping the old one in .previous/. Any failure"
        " leaves the data and the index as they were (exit status 2).",
    )
    fetch.add_argument(
        "--dry-run", action="store_true", help="download and check only; write nothing"
    )
    fetch.add_argument(
        "--out", metavar="DIR", help="folder to write the files to (default: the folder of --data; from an installed wheel, the data/ folder of the user data directory)"
    )
    fetch.add_argument(
        "--no-index", action="store_true", help="replace the files but do not rebuild the index"
    )
    fetch.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds without data before giving up (default 60)",
    )
    fetch.add_argument(
        "--max-mb", type=float, default=50.0, help="refuse files larger than this (default 50 MB)"
    )
    fetch.add_argument("--quiet", action="store_true", help="no progress bars")
    settings.add_arguments(fetch, SETTINGS)
    fetch.set_defaults(run=run)


@dataclass
class Fetched:
    """What happened to one file."""

    item: Download
    final: Path
    old_sha256: str | None
    diff: str = ""

    @property
    def changed(self) -> bool:
        return self.item.sha256 != self.old_sha256


@dataclass
class Outcome:
    files: list[Fetched] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    index: str = ""
    notes: list[str] = field(default_factory=list)


def run(args: argparse.Namespace) -> int:
    try:
        outcome = fetch(args)
    except FetchError as exc:
        print(f"portrait-ia data fetch: error: {exc}", file=sys.stderr)
        return 2
    print(summary(outcome, dry_run=args.dry_run))
    return 0


def fetch(args: argparse.Namespace, embedder=None) -> Outcome:
    """Steps 1-4 of the module docstring; raises FetchError, leaving everything as it was."""
    values = settings.resolve(settings.given(args, SETTINGS))
    out_dir = Path(args.out) if args.out else fetch_folder(Path(values["data"][0]))
    out_dir.mkdir(parents=True, exist_ok=True)
    resources, skipped = resolve_resources(
        values["dataset_url"], values["data_resources"], timeout=args.timeout
    )
    staging = out_dir / f".fetch-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        outcome = Outcome(skipped=skipped)
        for resource in resources:
            item = download(
                resource,
                staging,
                timeout=args.timeout,
                max_bytes=int(args.max_mb * 1e6),
                progress=not args.quiet and sys.stderr.isatty(),
            )
            validate(item, mapping=values["mapping"])
            final = out_dir / item.path.name
            outcome.files.append(Fetched(item, final, _sha256(final)))
        _check_distinct(outcome.files)
        changed = [f for f in outcome.files if f.changed]
        for f in changed:
            f.diff = _diff(f.final, f.item.register)
        if args.dry_run or not changed:
            return outcome
        if not args.no_index:
            outcome.index = _reindex(outcome, values, embedder, progress=not args.quiet and sys.stderr.isatty())
        for f in changed:
            _swap(f)
        return outcome
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _check_distinct(files: list[Fetched]) -> None:
    names = Counter(f.final.name for f in files)
    twice = [n for n, c in names.items() if c > 1]
    if twice:
        raise FetchError(
            f"two files would both be saved as {twice[0]}; fix: choose one with --data-resources URL"
        )


def _diff(old_path: Path, new) -> str:
    """Rows added / removed / changed, comparing contents (row ids shift when rows are inserted)."""
    if not old_path.is_file():
        return "new file"
    from assistant.register.load import load_register

    try:
        old = load_register(old_path, new.mapping)
    except Exception:  # the old file may be one the loader no longer accepts
        return "previous file unreadable"
    columns = [c for c in _ROW_KEY if c in old.df and c in new.df]  # name, body first
    before = Counter(tuple(r) for r in old.df[columns].itertuples(index=False))
    after = Counter(tuple(r) for r in new.df[columns].itertuples(index=False))
    added, removed = after - before, before - after
    keys_added = Counter((r[0], r[1]) for r in added.elements())
    keys_removed = Counter((r[0], r[1]) for r in removed.elements())
    changed = sum((keys_added & keys_removed).values())  # same name and body, other cells differ
    n_added, n_removed = sum(added.values()) - changed, sum(removed.values()) - changed
    return f"{len(old)} -> {len(new)} rows: {n_added} added, {n_removed} removed, {changed} changed"


def _reindex(outcome: Outcome, values: dict, embedder, progress: bool) -> str:
    """Index the files the assistant answers from (`--data`), the fetched ones read from the
    staging folder; never other files, which would put the index out of step with the assistant."""
    from assistant.register.load import combine, load_register, side_by_side
    from assistant.vectors.build import build_index
    from assistant.vectors.embeddings import get_embedder
    from assistant.vectors.store import store_for

    staged = {f.final.resolve(): f for f in outcome.files}
    data = list(dict.fromkeys(Path(p).resolve() for p in values["data"]))  # each file once
    fetched = [staged[p] for p in data if p in staged]
    if not fetched:
        outcome.notes.append(
            f"the assistant answers from {', '.join(values['data'])}, not from the fetched files;"
            f" to use them: portrait-ia index --data {outcome.files[-1].final} (or set PORTRAIT_IA_DATA)"
        )
        return "Index not rebuilt (no fetched file is a --data file)."
    if not any(f.changed for f in fetched):
        return f"Index unchanged ({', '.join(f.final.name for f in fetched)} did not change)."
    registers = [
        staged[p].item.register if p in staged else load_register(p, values["mapping"])
        for p in data
    ]
    register = combine(side_by_side(registers))  # the checks `Assistant` makes, before indexing
    embedder = embedder or get_embedder(values["embedder"])
    store = store_for(values)
    report = build_index(register, embedder, store, progress=progress)
    return f"{report.summary()} Source: {register.source}. {store.label}"


def _swap(f: Fetched) -> None:
    """Keep the old file in .previous/, then move the new one in (both renames are atomic)."""
    if f.final.is_file():
        previous = f.final.parent / PREVIOUS
        previous.mkdir(exist_ok=True)
        tmp = previous / f".{f.final.name}.{uuid.uuid4().hex[:6]}.tmp"
        shutil.copy2(f.final, tmp)
        tmp.replace(previous / f.final.name)
    f.item.path.replace(f.final)


def summary(outcome: Outcome, *, dry_run: bool = False) -> str:
    if not any(f.changed for f in outcome.files):
        names = ", ".join(f.final.name for f in outcome.files)
        return f"Already up to date: {names} unchanged (sha256 identical); nothing written."
    verb = "Checked (dry run, nothing written)" if dry_run else "Fetched"
    lines = [f"{verb}: {len(outcome.files)} file(s)."]
    for f in outcome.files:
        state = f.diff if f.changed else "unchanged"
        lines.append(
            f"  {f.final}: {len(f.item.register)} rows, {f.item.size} bytes, sha256 {f.item.sha256[:12]}"
            f" — {state} (from {f.item.resource.url})"
        )
        if f.changed and f.old_sha256 and not dry_run:
            lines.append(f"    previous version kept in {f.final.parent / PREVIOUS / f.final.name}")
    if outcome.skipped:
        lines.append(f"  skipped: {'; '.join(outcome.skipped)}")
    if outcome.index:
        lines.append(outcome.index)
    lines += [f"Note: {n}" for n in outcome.notes]
    return "\n".join(lines)
