"""Gold sets: reading and checking the JSONL cases `portrait-ia eval` scores.

Gold set format
---------------
JSON Lines: one case per line (blank lines are skipped).

| Key | Required | Meaning |
|---|---|---|
| `id` | yes | unique across the files of a run (a case repeated identically in another file, as the smoke set does, is counted once) |
| `language` | yes | `"fr"` or `"en"`, the question's language: the answer's `language` must be the same (checked on every case) |
| `question` | this or `turns` | the question |
| `turns` | this or `question` | a conversation, `["first question", ..., "judged question"]`: the turns are asked in order, each with the earlier ones as `history` (`[{"role": "user", "content": q}, {"role": "assistant", "content": answer}, ...]`); only the last one is scored |
| `kind` | yes | what is scored: `figure`, `rows`, `topic`, `refusal`, `text` or `language` |
| `expected` | yes | what the kind needs (below); `{}` for `refusal` and `language` |
| `intent` | no | the intent the answer must report (`assistant/types.py`): intent accuracy |
| `variant` | no | `label` (the question uses the register's own label strings) or `paraphrase` (acronyms, everyday words, typos) |
| `source` | no | register file the expectations were computed on; a warning is printed when another one is loaded |
| `query` | no | how the expectation was computed, with plan.py's names (`filters`, `group_by`, `top_n`, `compare`) |
| `note`, `tags` | no | free text and a list of strings, copied to the report |

`expected`, by kind:

- `figure`: `{"count": n}`, the answer's `figures["count"]` must equal n; and/or
  `{"by": FIELD, "groups": [{"value": v, "labels": [fr, en], "count": n}, ...], "ordered": true}`:
  the answer's `ranking`, `breakdown` or `compare` groups must be the same groups (matched on
  the canonical value or either label) with the same counts, in decreasing order of count when
  `ordered` (tied groups in any order); groups the answer gives with a count of 0 are ignored.
  An optional `row_ids` list gives row precision and recall as well.
  Further keys, each checked against the answer's figures when present:
  `{"group_count": n, "by": FIELD}`: the number of groups the answer qualifies (`figures["groups"]`,
  e.g. "how many bodies have more than 3 initiatives"), grouped by FIELD;
  `{"share": {"numerator": a, "denominator": b}}`: a proportion (`figures["share"]`);
  `{"exists": true|false}`: a yes/no question on existence (`figures["exists"]`);
  `{"claim_holds": true|false}`: whether a claim the question makes is true (`figures["claim"]["holds"]`);
  `{"measure": {"op": "sum"|"mean"|"min"|"max", "value": x}}`: a number field's figure
  (`figures["measure"]`, equal within a millionth), with `"extremes": [row ids]` the rows a
  min/max names, and `"measure": x` in each expected group of a measure by group.
- `rows`: `{"row_ids": [...]}`: precision and recall of the rows the answer returns
  (`figures["row_ids"]` when present, otherwise its citations); correct when the sets are equal.
- `topic`: `{"relevant": [...]}`: hit@1, hit@5, MRR and recall@5 over the answer's citations
  in order (recall@5 = relevant rows among the first 5 / min(5, number of relevant rows));
  correct when hit@5.
- `refusal`: `{}`: correct when the answer's intent is `out_of_scope` or its text says the
  register does not record it, and it carries no figure. `{"missing_field": FIELD}`: the
  register has no such field (a register without statuses asked for a breakdown by status):
  correct when the answer reports `figures == {"missing_field": FIELD}` and says so.
- `text`: `{"contains": ["...", ...]}`: every string appears in the answer (accents, case and
  spacing ignored); used for definitions.
- `language`: `{}`: only the language is scored.

`probe.jsonl`'s format (`relevant` at the top level, no `kind`) is read as topic cases.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("figure", "rows", "topic", "refusal", "text", "language")
FIGURE_KEYS = ("count", "groups", "group_count", "share", "exists", "claim_holds", "measure")  # what a figure case checks


class EvalError(ValueError):
    """Bad evaluation input (gold file, configuration, judge); the message says what to fix."""


@dataclass
class Case:
    id: str
    kind: str
    language: str
    turns: list[str]
    expected: dict[str, Any]
    intent: str | None = None
    variant: str | None = None
    source: str | None = None
    file: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def follow_up(self) -> bool:
        return len(self.turns) > 1


def load_gold(paths: Iterable[str | Path]) -> list[Case]:
    """Reads and checks gold files; raises EvalError naming the file, line and key at fault."""
    cases: list[Case] = []
    seen: dict[str, tuple[str, Case]] = {}
    for path in map(Path, paths):
        if not path.is_file():
            raise EvalError(f"{path}: gold file not found")
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{where}: not valid JSON ({exc.msg})") from None
            case = _case(record, where, path.name)
            if case.id in seen:
                first_where, first = seen[case.id]
                if _same(first, case):  # the smoke set repeats cases of the other files
                    continue
                raise EvalError(f"{where}: id {case.id!r} already used at {first_where}")
            seen[case.id] = (where, case)
            cases.append(case)
    return cases


def _same(a: Case, b: Case) -> bool:
    keys = ("kind", "language", "turns", "expected", "intent")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def _case(record: Any, where: str, file: str) -> Case:
    if not isinstance(record, dict):
        raise EvalError(f"{where}: a case must be a JSON object")
    if "kind" not in record and isinstance(record.get("relevant"), list):  # probe.jsonl's format
        record = {**record, "kind": "topic", "expected": {"relevant": record["relevant"]}}
    for key in ("id", "language", "kind"):
        if not record.get(key):
            raise EvalError(f"{where}: missing {key!r}")
    if record["language"] not in ("fr", "en"):
        raise EvalError(f"{where}: language must be 'fr' or 'en', got {record['language']!r}")
    if record["kind"] not in KINDS:
        raise EvalError(f"{where}: kind must be one of {', '.join(KINDS)}; got {record['kind']!r}")
    turns = record.get("turns") or ([record["question"]] if record.get("question") else [])
    if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        raise EvalError(f"{where}: give 'question' (a string) or 'turns' (a list of strings)")
    expected = record.get("expected", {})
    if not isinstance(expected, dict):
        raise EvalError(f"{where}: 'expected' must be an object")
    needs = {"rows": ("row_ids",), "topic": ("relevant",), "text": ("contains",)}
    for key in needs.get(record["kind"], ()):
        if not isinstance(expected.get(key), list):
            raise EvalError(f"{where}: a {record['kind']} case needs expected.{key} (a list)")
    if record["kind"] == "figure" and not set(expected) & set(FIGURE_KEYS):
        raise EvalError(f"{where}: a figure case needs one of expected.{', expected.'.join(FIGURE_KEYS)}")
    return Case(
        id=str(record["id"]),
        kind=record["kind"],
        language=record["language"],
        turns=list(turns),
        expected=expected,
        intent=record.get("intent"),
        variant=record.get("variant"),
        source=record.get("source"),
        file=file,
        note=record.get("note", ""),
        tags=list(record.get("tags", [])),
    )


def spread(cases: Sequence[Case], limit: int | None) -> list[Case]:
    """`limit` cases evenly spaced over the set (deterministic), so every kind stays represented."""
    if not limit or limit >= len(cases):
        return list(cases)
    step = len(cases) / limit
    return [cases[int(i * step)] for i in range(limit)]
