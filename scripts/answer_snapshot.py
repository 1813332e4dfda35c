"""Every gold question's full answer, as JSON: a refactoring's proof that no answer changed.

    python scripts/answer_snapshot.py OUT.jsonl            # all gold sets (Québec and US)
    diff <(python scripts/answer_snapshot.py /dev/stdout) BEFORE.jsonl

Uses only the public API (`Assistant`, `Answer.to_dict()`, plus the plan), so it runs the same
on any layout of the package. Conversations are asked turn by turn with the earlier turns as
history, as `portrait-ia eval` does.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "data" / "eval"
US = ROOT / "data" / "registers" / "us-federal-2024" / "2024_consolidated_ai_inventory_raw_v2.csv"


def cases(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            turns = case.get("turns") or [case.get("question") or case.get("query")]
            yield case.get("id") or turns[-1], turns


def answers(assistant, files):
    for path in files:
        for case_id, turns in cases(path):
            history = []
            for question in turns:
                answer = assistant.ask(question, history)
                history += [{"role": "user", "content": question},
                            {"role": "assistant", "content": answer.answer}]
            record = answer.to_dict()
            record.pop("data", None)
            plan = answer.plan.to_dict() if answer.plan is not None else None
            yield {"file": path.name, "id": case_id, "answer": record, "plan": plan}


def main(out: str) -> int:
    from assistant import Assistant

    quebec = sorted(p for p in EVAL.glob("*.jsonl") if "us_federal" not in p.name and not p.name.startswith("natural"))
    with open(out, "w", encoding="utf-8") as sink, tempfile.TemporaryDirectory() as tmp:
        runs = [(Assistant(index_dir=Path(tmp) / "qc"), quebec),
                (Assistant(US, mapping="us-federal-2024", index_dir=Path(tmp) / "us"),
                 sorted(EVAL.glob("*us_federal*.jsonl")))]
        for assistant, files in runs:
            for record in answers(assistant, files):
                sink.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
