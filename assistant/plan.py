"""The Plan: what the assistant understood of a question, and the shape of the figures it returns.

`understand` produces a Plan; `execute` turns it into Evidence with pandas over the whole
register (a closed set of operations chosen by `intent`; nothing a model writes is run); the
composer words it. The Plan is shown to the user ("what I understood") and returned to
evaluation scripts, so its fields are a contract too.

Intents and the `figures` each one returns (JSON contract, `figures` key):

    count       {"count": n, "row_ids": [...]}                    how many rows match
    list        {"count": n, "row_ids": [...]}                    all matching rows (answer shows the first few)
    rank        {"by": FIELD, "count": n, "ranking": [GROUP...]}   top N groups, most rows first
    breakdown   {"by": FIELD, "count": n, "groups": g, "breakdown": [GROUP...]}  every group, most rows first (g groups)
    compare     {"count": n, "compare": [GROUP...]}                one GROUP per compared value
    describe    {"row_ids": [id]}                                  one initiative, all its fields
    define      {}                                                 definition of a category or status
    search      {}  (or {"count": n, "row_ids": [...]} when a topic set is counted)
    out_of_scope {}                                                the register does not record it

    GROUP = {"field": FIELD, "value": canonical value, "label": label in the answer's language,
             "count": n, "row_ids": [...]}
    FIELD = "body" | "portfolio" | "category" | "status"

Filter values are canonical: body and portfolio = the register's (stripped) French text;
category and status = label keys of `labels.py` (e.g. "conversational_agent", "in_production").

A plan made by an `Understander` also carries its register's `mapping`, so that "what I
understood" names the fields in that register's words ("agency = Department of Veterans Affairs");
it is not part of `to_dict()` (the contract above), and a plan without it speaks Québec's words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .wording import is_quebec, templates

INTENTS = (
    "count", "list", "rank", "breakdown", "compare", "describe", "define", "search", "out_of_scope",
)  # fmt: skip
FILTER_FIELDS = ("body", "portfolio", "category", "status")

# How the "what I understood" line names intents and fields, in the question's language.
INTENT_NAMES = {
    "fr": {"count": "dénombrement", "list": "liste", "rank": "classement", "breakdown": "répartition",
           "compare": "comparaison", "describe": "description", "define": "définition",
           "search": "recherche par sujet", "out_of_scope": "hors du registre",
           "compare_years": "comparaison entre années"},
    "en": {"count": "count", "list": "list", "rank": "ranking", "breakdown": "breakdown",
           "compare": "comparison", "describe": "description", "define": "definition",
           "search": "topic search", "out_of_scope": "not in the register",
           "compare_years": "comparison across years"},
}  # fmt: skip
FIELD_NAMES = {
    "fr": {"body": "organisme", "portfolio": "portefeuille", "category": "catégorie", "status": "statut"},
    "en": {"body": "public body", "portfolio": "portfolio", "category": "category", "status": "status"},
}


@dataclass
class Plan:
    question: str
    language: str
    intent: str = "search"
    topic: str = ""  # topic words left once filters and intent words are removed ("" = none)
    filters: dict[str, list[str]] = field(default_factory=dict)  # FIELD -> canonical values (OR)
    group_by: str | None = None  # rank / breakdown
    top_n: int | None = None  # rank
    compare: list[tuple[str, str]] = field(default_factory=list)  # compare: (FIELD, value) pairs
    row_id: int | None = None  # describe
    define: tuple[str, str] | None = None  # define: ("category" | "status", key)
    notes: list[str] = field(default_factory=list)  # readings taken (ambiguity), in the answer's language
    follow_up: bool = False  # built on the previous turn's plan
    # What topic retrieval searches with when it is not `question`: a follow-up that keeps the
    # previous topic (« Et à la RAMQ ? ») searches with the question that asked it.
    search_text: str = ""
    # The question asks for the groups themselves (« Combien d'organismes … ? », "Which bodies …?"):
    # a breakdown whose answer leads with how many groups there are.
    groups_asked: bool = False
    # The register's mapping (None: Québec's portrait), for its words; not in `to_dict()`.
    mapping: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(replace(self, mapping=None))
        del d["mapping"]
        return d

    def field_names(self) -> dict[str, str]:
        """Field -> its name in the plan's language and its register's words ("agency")."""
        lang = "fr" if self.language == "fr" else "en"
        if is_quebec(self.mapping):
            return FIELD_NAMES[lang]
        return templates(lang, "answers", self.mapping)["field"]

    def understood(self) -> str:
        """One line that says what the assistant understood (shown to the user)."""
        from .labels import label_for

        lang = "fr" if self.language == "fr" else "en"
        fr = lang == "fr"
        intent = INTENT_NAMES[lang].get(self.intent, self.intent)
        names = self.field_names()
        parts = [("Intention : " if fr else "Intent: ") + intent]
        for name, values in self.filters.items():
            shown = " | ".join(lb.text(lang) if (lb := label_for(name, v)) else v for v in values)
            parts.append(f"{names.get(name, name)} = {shown}")
        if self.group_by:
            parts.append(("par " if fr else "by ") + names.get(self.group_by, self.group_by))
        if self.topic:
            parts.append((f"sujet : « {self.topic} »") if fr else f'topic: "{self.topic}"')
        return " · ".join(parts)
