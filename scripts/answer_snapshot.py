"""Every gold question's full answer, as JSON: a refactoring's proof that no answer changed.

    python scripts/answer_snapshot.py OUT.jsonl            # all gold sets (Québec and US)
    python scripts/answer_snapshot.py --dev OUT.jsonl      # and the natural*_dev halves (Québec, US, UK)
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
UK = ROOT / "data" / "registers" / "uk-atrs" / "atrs_records.csv"


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


def dev_halves(register: str) -> list[Path]:
    """The natural*_dev*.jsonl files of one register ("qc", "us" or "uk"); never the test halves."""
    files = [p for p in EVAL.glob("natural*_dev*.jsonl") if "_test" not in p.name]
    if register == "qc":
        return sorted(p for p in files if "_us_" not in p.name and "_uk_" not in p.name)
    return sorted(p for p in files if f"_{register}_" in p.name)


def main(out: str, dev: bool = False) -> int:
    from assistant import Assistant

    quebec = sorted(p for p in EVAL.glob("*.jsonl") if "us_federal" not in p.name and not p.name.startswith("natural"))
    with open(out, "w", encoding="utf-8") as sink, tempfile.TemporaryDirectory() as tmp:
        qc_assistant = Assistant(index_dir=Path(tmp) / "qc")
        us_assistant = Assistant(US, mapping="us-federal-2024", index_dir=Path(tmp) / "us")
        runs = [(qc_assistant, quebec), (us_assistant, sorted(EVAL.glob("*us_federal*.jsonl")))]
        if dev:  # the dev halves, each with its register (the test halves are scored by the lead only)
            runs += [(qc_assistant, dev_halves("qc")), (us_assistant, dev_halves("us")),
                     (Assistant(UK, mapping="uk-atrs", index_dir=Path(tmp) / "uk"), dev_halves("uk"))]
        for assistant, files in runs:
            for record in answers(assistant, files):
                sink.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main([a for a in args if a != "--dev"][0], dev="--dev" in args))
