"""What a question that needs the index is told while there is none: an answer in the question's
language saying why (being built and how far, too many rows to embed before answering, a build
that failed), what to do, and that exact questions work meanwhile. Never an exception."""

from __future__ import annotations

from typing import Any

from assistant.language import detect_language
from assistant.types import Answer
from assistant.vectors.rebuild import IndexNotReady

EXACT = {
    "fr": "Les questions exactes (nombres, listes, classements, répartitions, proportions) fonctionnent déjà.",
    "en": "Exact questions (counts, lists, rankings, breakdowns, shares) already work.",
}
WORDS = {
    "fr": {
        "building": "L'index de recherche est en cours de construction ({percent} %) : cette question a besoin"
        " de la recherche par le sens. Réessayez dans un moment.",
        "too_large": "Cette question a besoin de l'index de recherche, qui ne correspond pas aux données :"
        " {rows} lignes seraient à vectoriser avant de répondre, au-delà de la limite de {limit}"
        " (réglage max_rows_without_index). Construisez-le d'abord avec `portrait-ia index`.",
        "failed": "L'index de recherche n'a pas pu être construit ({reason}) : cette question a besoin de la"
        " recherche par le sens. Un nouvel essai aura lieu ; `portrait-ia index` le reconstruit.",
    },
    "en": {
        "building": "The search index is being built ({percent}%): this question needs the meaning-based"
        " search. Try again in a moment.",
        "too_large": "This question needs the search index, which does not match the data: {rows} rows would"
        " have to be embedded before answering, more than the limit of {limit} (setting"
        " max_rows_without_index). Build it first with `portrait-ia index`.",
        "failed": "The search index could not be built ({reason}): this question needs the meaning-based"
        " search. It will be tried again; `portrait-ia index` rebuilds it.",
    },
}


class IndexNotice(Answer):
    """An answer saying the index is not ready; `to_dict()` adds {"index": {"state", "progress"}}."""

    state: str = "building"
    progress: int = 0

    def extra_fields(self) -> dict[str, Any]:
        return {"index": {"state": self.state, "progress": self.progress}}


def index_notice(question: str, error: IndexNotReady, plan: Any = None) -> IndexNotice:
    """The answer to `question` while the index is not ready (`plan`: what was understood)."""
    plan = plan if plan is not None else error.plan
    language = getattr(plan, "language", None) or detect_language(question)
    language = "en" if language == "en" else "fr"
    text = WORDS[language][error.state].format(
        percent=error.percent, rows=f"{error.rows:,}".replace(",", "\u202f" if language == "fr" else ","),
        limit=f"{error.limit:,}".replace(",", "\u202f" if language == "fr" else ","), reason=error.reason,
    )  # fmt: skip
    notice = IndexNotice(
        answer=f"{text} {EXACT[language]}",
        language=language,
        intent=getattr(plan, "intent", None) or "search",
        plan=plan,
    )
    notice.state, notice.progress = error.state, error.percent
    return notice
