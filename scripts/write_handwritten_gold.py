"""Writes the hand-written gold sets, whose figures are computed by pandas: conversations
(data/eval/gold_conversations_handwritten.jsonl) and questions that ask for the groups themselves
(data/eval/gold_groups_handwritten.jsonl, « Combien d'organismes … ? »).

    .venv/bin/python scripts/write_handwritten_gold.py

The turns were written by hand to sound like a reader following up in a chat (positions in the
list just shown, "those", "and at the RAMQ?", "break them down"); what each last turn must
return is computed here from the register with pandas — filters, never hand-copied numbers —
so the set stays true when the register changes. Topic follow-ups use the rows judged relevant
in gold_topics.jsonl, intersected with the follow-up's filter.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.register.load import load_register  # noqa: E402
from assistant.register.mapping import load_mapping  # noqa: E402

DATA = ROOT / "data" / "portrait-ia-2025.csv"
OUT = ROOT / "data" / "eval" / "gold_conversations_handwritten.jsonl"
GROUPS_OUT = ROOT / "data" / "eval" / "gold_groups_handwritten.jsonl"
RAMQ = "Régie de l'assurance maladie du Québec"
ARQ = "Agence du revenu du Québec"
CNESST = "Commission des normes, de l'équité, de la santé et de la sécurité du travail"
LAVAL = "Université Laval"
FRAUD = [78, 82, 136]  # gold_topics.jsonl topic-fr-33 (fraud), judged by reading the rows
INSPECTION = [223, 225, 238, 241]  # inspections: road surveys that replace manual ones, structures, workplaces
OCR = [189, 252]  # optical character recognition of paper forms
HEALTH = "Santé et Services sociaux (Réseau)"
COLUMN = {"body": "body", "portfolio": "portfolio", "category": "category_key", "status": "status_key"}


def rows(df, **filters) -> list[int]:
    """Row ids matching every filter, in register order (the order lists show them)."""
    mask = df["row_id"] > 0
    for field, value in filters.items():
        mask &= df[COLUMN[field]] == value
    return [int(r) for r in df.loc[mask, "row_id"]]


def groups(df, by: str, ids: list[int] | None = None, **filters) -> dict:
    """A breakdown's expected groups (value, both labels, count), over `ids` or the filters."""
    ids = set(rows(df, **filters) if ids is None else ids)
    part = df[df["row_id"].isin(ids)]
    found = []
    for value, count in part[COLUMN[by]].value_counts().items():
        label = load_mapping(None).label(by, value) if by in ("category", "status") else None
        labels = [label.fr, label.en] if label else [value]
        found.append({"value": value, "labels": labels, "count": int(count)})
    return {"by": by, "count": len(ids), "groups": found, "ordered": True}


def group_questions(df) -> list[tuple]:
    """Questions that ask for the groups themselves (« Combien d'organismes … ? »): one turn each."""
    return [
        ("fr-01", "fr", ["Combien d'organismes ont des agents conversationnels ?"], groups(df, "body", category="conversational_agent")),
        ("en-01", "en", ["How many public bodies have chatbots?"], groups(df, "body", category="conversational_agent")),
        ("fr-02", "fr", ["Combien d'organismes publics utilisent l'IA ?"], groups(df, "body")),
        ("en-02", "en", ["Which public bodies use AI?"], groups(df, "body")),
        ("fr-03", "fr", ["Quelles catégories a la RAMQ ?"], groups(df, "category", body=RAMQ)),
        ("en-03", "en", ["What status do RAMQ projects have?"], groups(df, "status", body=RAMQ)),
        ("fr-04", "fr", ["Quels organismes du réseau de la santé ont des projets en production ?"], groups(df, "body", portfolio=HEALTH, status="in_production")),
        ("en-04", "en", ["Which public bodies use AI for medical imaging?"], groups(df, "body", category="image_processing")),
        ("fr-05", "fr", ["Combien d'organismes utilisent l'IA pour détecter la fraude ?"], groups(df, "body", ids=FRAUD)),
        ("en-05", "en", ["What kinds of projects does Université Laval have?"], groups(df, "category", body=LAVAL)),
    ]  # fmt: skip


def cases(df) -> list[tuple]:
    """(id, language, turns, kind, intent, expected) — the turns by hand, the answers by pandas."""
    laval_chat = rows(df, body=LAVAL, category="conversational_agent")
    return [
        # a position in the list just shown
        ("fr-01", "fr", ["Quels sont les projets de la RAMQ ?", "Décris le deuxième."], "rows", "describe", [rows(df, body=RAMQ)[1]]),
        ("en-01", "en", ["List the initiatives of Revenu Québec.", "Tell me more about the third one."], "rows", "describe", [rows(df, body=ARQ)[2]]),
        ("fr-02", "fr", ["Quelles initiatives de la CNESST sont en développement ?", "Parle-moi de la dernière."], "rows", "describe", [rows(df, body=CNESST, status="in_development")[-1]]),
        ("en-02", "en", ["Which Université Laval projects are chatbots?", "Describe the first one."], "rows", "describe", [laval_chat[0]]),
        ("fr-03", "fr", ["Liste les agents conversationnels de l'Université Laval.", "Et la troisième, elle fait quoi ?"], "rows", "describe", [laval_chat[2]]),
        ("en-03", "en", ["Show me the RAMQ projects.", "What is the last one about?"], "rows", "describe", [rows(df, body=RAMQ)[-1]]),
        ("fr-04", "fr", ["Quelles initiatives de l'Université Laval sont en production ?", "Décris la dernière."], "rows", "describe", [rows(df, body=LAVAL, status="in_production")[-1]]),
        ("en-04", "en", ["How many initiatives are at the RAMQ?", "Which are still in development?", "Tell me about the first one."], "rows", "describe", [rows(df, body=RAMQ, status="in_development")[0]]),
        ("en-05", "en", ["List the CNESST initiatives.", "Describe the second one."], "rows", "describe", [rows(df, body=CNESST)[1]]),
        # a topic, then a filter on the same topic
        ("fr-05", "fr", ["Quels organismes utilisent l'IA pour détecter la fraude ?", "Lesquels sont en production ?"], "rows", "list", [r for r in FRAUD if r in rows(df, status="in_production")]),
        ("en-06", "en", ["Which projects detect fraud?", "Which of those are at the RAMQ?"], "rows", "list", [r for r in FRAUD if r in rows(df, body=RAMQ)]),
        ("fr-06", "fr", ["Liste les projets de la CNESST.", "Lesquels portent sur les inspections ?"], "rows", "list", [r for r in INSPECTION if r in rows(df, body=CNESST)]),
        ("fr-07", "fr", ["Y a-t-il des projets d'inspection assistée par l'IA ?", "Lesquels sont en production ?"], "rows", "list", [r for r in INSPECTION if r in rows(df, status="in_production")]),
        # a topic searched again in another scope: the topic's own question is searched
        ("en-13", "en", ["Which projects detect fraud?", "And at the RAMQ?"], "rows", "search", [r for r in FRAUD if r in rows(df, body=RAMQ)]),
        ("fr-13", "fr", ["Quels projets utilisent la reconnaissance optique de caractères ?", "Et dans le réseau de la santé ?"], "rows", "search", [r for r in OCR if r in rows(df, portfolio=HEALTH)]),
        # filters carried over, changed or narrowed
        ("fr-08", "fr", ["Combien d'agents conversationnels à l'Université Laval ?", "Et combien sont en production ?"], "figure", "count", rows(df, body=LAVAL, category="conversational_agent", status="in_production")),
        ("en-07", "en", ["Which RAMQ projects are in production?", "And at Revenu Québec?"], "rows", "list", rows(df, body=ARQ, status="in_production")),
        ("en-08", "en", ['What does the category "Decision support, planning and/or prediction" mean?', "Which Revenu Québec projects are in it?"], "rows", "list", rows(df, body=ARQ, category="decision_support")),
        ("fr-09", "fr", ["Combien d'initiatives à la CNESST ?", "Lesquelles sont en production ?"], "rows", "list", rows(df, body=CNESST, status="in_production")),
        ("fr-10", "fr", ["Quels sont les projets de Revenu Québec ?", "Et combien sont des agents conversationnels ?"], "figure", "count", rows(df, body=ARQ, category="conversational_agent")),
        ("en-09", "en", ["What does Revenu Québec do with AI?", "Which of them are chatbots?"], "rows", "list", rows(df, body=ARQ, category="conversational_agent")),
        ("fr-11", "fr", ["Combien d'initiatives à l'Université Laval ?", "Et à la RAMQ ?", "Et parmi celles-ci, combien sont en production ?"], "figure", "count", rows(df, body=RAMQ, status="in_production")),
        ("en-10", "en", ["Does the CNESST use AI?", "Which of those are in production?"], "rows", "list", rows(df, body=CNESST, status="in_production")),
        ("en-11", "en", ["Show me Université Laval's chatbots.", "How many of them are in production?"], "figure", "count", rows(df, body=LAVAL, category="conversational_agent", status="in_production")),
        # breakdowns of what was just asked about
        ("en-12", "en", ["How many projects does Université Laval have?", "Break them down by status."], "figure", "breakdown", groups(df, "status", body=LAVAL)),
        ("fr-12", "fr", ["Quelle est la répartition par catégorie à Revenu Québec ?", "Et pour la RAMQ ?"], "figure", "breakdown", groups(df, "category", body=RAMQ)),
    ]  # fmt: skip


def main() -> None:
    df = load_register(DATA).df
    lines = []
    for id_, language, turns, kind, intent, expected in cases(df):
        if isinstance(expected, list):
            expected = {"row_ids": expected} if kind == "rows" else {"count": len(expected), "row_ids": expected}
        record = {"id": f"conv-hw-{id_}", "language": language, "turns": turns, "kind": kind,
                  "intent": intent, "expected": expected, "source": DATA.name}  # fmt: skip
        lines.append(json.dumps(record, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} conversations written to {OUT.relative_to(ROOT)}")
    lines = [
        json.dumps({"id": f"groups-hw-{id_}", "language": language, "turns": turns, "kind": "figure",
                    "intent": "breakdown", "expected": expected, "source": DATA.name}, ensure_ascii=False)
        for id_, language, turns, expected in group_questions(df)
    ]  # fmt: skip
    GROUPS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} group questions written to {GROUPS_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
