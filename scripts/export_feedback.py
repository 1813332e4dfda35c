"""Turns the chat UI's feedback (thumbs up/down, comments) into gold-set candidates.

    .venv/bin/python scripts/export_feedback.py [FEEDBACK.jsonl] [--out GOLD.jsonl]

FEEDBACK defaults to artifacts/feedback/feedback.jsonl (what `portrait-ia serve` writes in its
working directory); --out to artifacts/feedback/gold_candidates.jsonl. The output is in the
`portrait-ia eval` format (assistant/evaluation/gold.py): a thumbs-up on a count, list, rank or
breakdown answer gives a `figure` or `rows` case that expects what the assistant answered; a
thumbs-down gives a case marked "needs review" with the reader's comment, for a person to
complete. Review the file before adding it to data/eval/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.ui.feedback import DEFAULT_FEEDBACK_FILE, export_feedback_as_gold  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feedback", nargs="?", default=str(DEFAULT_FEEDBACK_FILE))
    parser.add_argument("--out", default="artifacts/feedback/gold_candidates.jsonl")
    args = parser.parse_args(argv)
    if not Path(args.feedback).is_file():
        print(f"export_feedback: {args.feedback} not found (rate an answer in the UI first, "
              "or give the feedback file's path)", file=sys.stderr)  # fmt: skip
        return 2
    done = export_feedback_as_gold(args.feedback, args.out)
    print(
        f"{done['records']} feedback records -> {done['cases']} cases in {args.out} "
        f"({done['needs_review']} need review, {done['skipped']} skipped)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
