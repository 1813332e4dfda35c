"""Feedback: 👍/👎 on an answer (its own labelled buttons), an optional comment, kept as JSONL.

Each rating appends one JSON line to the feedback file (`serve`'s `feedback_file` value,
default `artifacts/feedback/feedback.jsonl` under the working directory):

    {"id", "timestamp", "rating": "up" | "down" | null (rating withdrawn), "comment",
     "question", "history" (earlier questions of the conversation), "answer", "language",
     "intent", "plan" (Plan.to_dict()), "citations", "figures", "edited" (filters changed
     with the chips), "data_file", "data_sha256", "ui_language"}

A comment, or a new rating of the same answer, appends the record again with the same `id`:
the file is append-only and the last line of an id wins (`read_feedback`).

`export_feedback_as_gold` turns the feedback into gold-set candidates in the format of
`portrait-ia eval` (assistant/evaluation/run.py): a 👍 on a count, list, rank or breakdown answer
becomes a `figure` or `rows` case expecting the figures the answer gave; a 👎 (or an answer
whose filters were edited) becomes a case with `"note": "needs review"`, the user's comment
and what the assistant answered, for a person to complete. `scripts/export_feedback.py` runs it.

"""

import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.execute import label
from assistant.register.mapping import load_mapping

if TYPE_CHECKING:
    from assistant.register.load import Register

DEFAULT_FEEDBACK_FILE = Path("artifacts/feedback/feedback.jsonl")
RATINGS = {True: "up", False: "down"}


def feedback_record(
    turn: dict[str, Any],
    rating: str | None,
    register: "Register",
    ui_language: str,
    comment: str = "",
    feedback_id: str | None = None,
) -> dict[str, Any]:
    """One line of the feedback file for the answer of `turn` (a chat turn, see chat.py). The
    data file is the one that answered (a 2024 answer with two files loaded names 2024);
    `register` (the newest) when the answer does not say."""
    answer = turn["answer"]
    files = (getattr(answer, "data", None) or {}).get("files") or []
    source, sha256 = (
        (files[0]["source"], files[0]["sha256"])
        if len(files) == 1
        else (register.source, register.sha256)
    )
    return {
        "id": feedback_id or uuid.uuid4().hex[:12],
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": rating,
        "comment": comment,
        "question": turn["question"],
        "history": list(turn.get("history", [])),
        "answer": answer.answer,
        "language": answer.language,
        "intent": answer.intent,
        "plan": answer.plan.to_dict() if answer.plan is not None else None,
        "citations": [c.to_dict() for c in answer.citations],
        "figures": answer.figures,
        "edited": bool(turn.get("edited")),
        "data_file": source,
        "data_sha256": sha256,
        "ui_language": ui_language,
    }


def append_feedback(path: str | os.PathLike, record: dict[str, Any]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def read_feedback(path: str | os.PathLike) -> list[dict[str, Any]]:
    """The last record of each id, in the order the ids first appear."""
    latest: dict[str, dict[str, Any]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            latest[record["id"]] = record
    return list(latest.values())


def _labels(field: str, value: str) -> list[str]:
    if field == "portfolio":
        return [value, load_mapping(None).portfolio_en(value)]
    return [label(field, value, "fr"), label(field, value, "en")]


def gold_case(record: dict[str, Any]) -> dict[str, Any] | None:
    """The gold-set candidate for one feedback record (None: nothing to learn from it)."""
    rating, figures, intent = (
        record.get("rating"),
        record.get("figures") or {},
        record.get("intent"),
    )
    case: dict[str, Any] = {"id": f"feedback-{record['id']}", "language": record["language"]}
    history = record.get("history") or []
    if history:
        case["turns"] = [*history, record["question"]]
    else:
        case["question"] = record["question"]
    case["source"] = record.get("data_file")
    tags = ["feedback", f"thumbs-{rating}"]
    groups_key = next(
        (k for k in ("ranking", "breakdown") if isinstance(figures.get(k), list)), None
    )
    if (
        rating == "up"
        and not record.get("edited")
        and intent in ("count", "list", "rank", "breakdown")
    ):
        case["intent"] = intent
        if intent == "count":
            case.update(
                kind="figure",
                expected={"count": figures["count"], "row_ids": figures.get("row_ids", [])},
            )
        elif intent == "list":
            case.update(kind="rows", expected={"row_ids": figures.get("row_ids", [])})
        elif groups_key:
            groups = [
                {
                    "value": g["value"],
                    "labels": _labels(g["field"], g["value"]),
                    "count": g["count"],
                }
                for g in figures[groups_key]
            ]
            case.update(
                kind="figure", expected={"by": figures.get("by"), "groups": groups, "ordered": True}
            )
        else:
            return None
        case["note"] = "from a thumbs-up in the UI: expected = what the assistant answered"
    elif rating == "down" or (rating == "up" and record.get("edited")):
        # What was right is unknown: a `language` case (valid as is) for a person to complete.
        case.update(kind="language", expected={}, note="needs review")
        case["comment"] = record.get("comment", "")
        case["got"] = {"answer": record["answer"], "intent": intent, "figures": figures}
        if record.get("edited"):
            tags.append("edited-filters")
    else:  # 👍 on a search, describe or define answer, or a withdrawn rating
        return None
    case["tags"] = tags
    return case


def export_feedback_as_gold(
    feedback_path: str | os.PathLike, out_path: str | os.PathLike
) -> dict[str, int]:
    """Writes gold-set candidates (JSONL, `portrait-ia eval` format); returns what was done."""
    records = read_feedback(feedback_path)
    cases = [case for case in map(gold_case, records) if case is not None]
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
    )
    review = sum(1 for c in cases if c.get("note") == "needs review")
    return {
        "records": len(records),
        "cases": len(cases),
        "needs_review": review,
        "skipped": len(records) - len(cases),
    }


class Feedback:
    """The chat's 👍/👎 and comments on one answer, written to the JSONL file at once.

    A rating stays with its answer (the turn's view keeps it), so that a comment added later,
    or a changed rating, is written again with the same `id` (the last line wins)."""

    def __init__(self, assistant: Any, path: str | os.PathLike) -> None:
        self.assistant = assistant
        self.path = Path(path)

    def rate(self, turn: dict[str, Any], rating: Any, language: str) -> dict[str, Any]:
        """A rating ("up" / "down") of `turn`'s answer; the same rating again withdraws it.
        Returns the view's new `feedback` (rating, comment, id, status)."""
        kept = dict(turn["view"].get("feedback") or {})
        rating = rating if rating in ("up", "down") else None
        if rating is not None and kept.get("rating") == rating:
            rating = None  # pressed again: withdrawn
        record = feedback_record(
            turn, rating, self.assistant.register, language,
            comment=kept.get("comment", ""), feedback_id=kept.get("id"),
        )  # fmt: skip
        append_feedback(self.path, record)
        status = "rated" if rating else "feedback_removed"
        return {**kept, "rating": rating, "id": record["id"], "status": status}

    def comment(self, turn: dict[str, Any], comment: str, language: str) -> dict[str, Any]:
        """A comment on `turn`'s rated answer (rate first: a comment alone says too little)."""
        kept = dict(turn["view"].get("feedback") or {})
        if not kept.get("rating"):
            return {**kept, "status": "comment_first"}
        comment = comment.strip()
        record = feedback_record(
            turn, kept["rating"], self.assistant.register, language,
            comment=comment, feedback_id=kept.get("id"),
        )  # fmt: skip
        append_feedback(self.path, record)
        return {**kept, "comment": comment, "status": "comment_saved"}
