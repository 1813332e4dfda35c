"""Rephrasings offered when too little of a question was understood: two or three questions the
register answers, in its own words (prompts/<lang>/suggestions.toml), the kind of question that
was understood first (a count: "How many … in all?"; a ranking: "Which … have the most …?"), and
only about fields the register has: a register without statuses is never offered "… by status?"."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from assistant.register.wording import say
from assistant.resources import PROMPTS_DIR

_ROLE_OF = {"bodies": "body", "category": "category", "status": "status"}  # a template and the field it needs


@cache
def _templates(language: str) -> dict[str, str]:
    with (PROMPTS_DIR / language / "suggestions.toml").open("rb") as f:
        return tomllib.load(f)["suggestions"]


def rephrasings(plan: Any, limit: int = 3) -> list[str]:
    """Up to `limit` questions in the plan's register and language, its kind of question first."""
    language = "fr" if plan.language == "fr" else "en"
    mapping = plan.mapping
    templates = _templates(language)
    roles = set(getattr(mapping, "columns", {}) or {}) if mapping is not None else {"body", "category", "status"}
    first = {"count": "count", "exists": "count", "list": "count", "share": "count", "rank": "bodies", "breakdown": "category"}.get(plan.intent)
    keys = [k for k in ("bodies", "category", "status", "count") if k == "count" or _ROLE_OF[k] in roles]
    keys.sort(key=lambda k: k != first)  # stable: the understood kind first, then the file's order
    return [say(templates[k], language, mapping) for k in keys][:limit]
