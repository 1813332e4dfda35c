"""What a question asks for (its intent) and which groups it names, read from its normalised frame.

The half of the `Understander` that decides between count, list, rank, breakdown, compare,
describe, define, search and out of scope once the values are found; the Understander holds the
register's words these rules read (`_own_words`, `_absent`, `_name_forms`, …).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.types import Plan
from assistant.understand.groups import group_by as _group_by
from assistant.understand.operators import ITEMS, NOUN_FIELDS, asks_share, group_named_first
from assistant.understand.row_references import row_reference
from assistant.understand.words import (
    ASKS_GROUPS,
    BREAKDOWN,
    COMPARE_WORDS,
    COUNT,
    DEFINE,
    GROUP_WORDS,
    IMPORTANCE,
    LIST,
    MORE_OR,
    NUMBER_ONE,
    ONE_WORD,
    RANK,
)

_FIGURE_ASKED = re.compile(r"\b(?:la part|part des|proportion|pourcentage|combien|nombre|how many|share|percent\w*|number)\b|%")


class IntentReader:
    """Intent and group rules over the register words an `Understander` holds."""

    _absent: Any
    _ids: Any
    _names: dict[int, str]
    _name_forms: dict[int, tuple[str, ...]]
    _own_words: dict[str, Any]
    _typed: set[str]
    resolver: Any

    def _intent(self, norm: str, frame_norm: str, plan: Plan, mentions: list[Any]) -> str:
        if not norm.strip():
            return "search"
        if self._absent.search(frame_norm) and ((unnamed := _without_names(norm, self._name_forms)) is None or self._absent.search(unnamed)):  # not "cybersécurité" inside a body's name
            return "out_of_scope"
        label_mentions = [m for m in mentions if m.field in ("category", "status")]
        row = row_reference(norm, plan.question, mentions, self._ids, self._names, self._name_forms)
        whole = row is not None and any(len(f) >= 15 and f in norm for f in self._name_forms.get(row, ()))  # « c'est quoi le projet « Cartographie … » »: that row
        if DEFINE.search(norm) and label_mentions and not _FIGURE_ASKED.search(norm) and not whole:  # « c'est quoi la part des chatbots … »: a share
            plan.define, plan.filters = (label_mentions[0].field, label_mentions[0].value), {}
            return "define"
        if row is not None:
            plan.row_id = row
            plan.filters, plan.topic = {}, ""
            return "describe"
        if (IMPORTANCE.search(frame_norm) or NUMBER_ONE.search(frame_norm)) and not any(
            w.search(norm) for w in (*GROUP_WORDS.values(), *self._own_words.values())
        ):
            return "out_of_scope"  # "le projet numéro 1 en importance": no initiative is ranked
        same_field = [m.field for m in mentions]
        twice = {f for f in same_field if same_field.count(f) >= 2}
        if twice and (COMPARE_WORDS.search(norm) or MORE_OR.search(norm) and self._ranks_by(norm, twice)):
            return "compare"
        if re.search(r"\btop \d+\b", norm) or re.search(r"\b(?:rank(?: the)?(?: top)?|classe les|classement des) ", norm) and not BREAKDOWN.search(norm):
            return "rank"  # "Rank the top 3 bodies by records published since …": "by" says what is counted
        if BREAKDOWN.search(norm) or any(
            re.search(rf"\b(par|per|by) (?!(?:un|une|a|an|des) )(\w+ )?(?:{w.pattern})", norm) for w in (*self._own_words.values(), *(() if asks_share(norm, plan.language) else GROUP_WORDS.values()))
        ):
            return "breakdown"
        if RANK.search(norm):
            return "rank"
        if self._asks_groups(norm) and (COUNT.search(norm) or not plan.topic):
            # "Combien d'organismes ont des chatbots ?" counts bodies, not initiatives; "Quels
            # organismes … ?" with a topic stays a search (its answer names the bodies).
            plan.groups_asked = True
            return "breakdown"
        if re.match(r"(?:(?:and|et|so|alors|ok|okay) )?(?:who|qui)\b", norm) and not COUNT.search(norm) and not plan.topic:
            plan.groups_asked = True  # "Who uses chatbots?", "who published them?": the bodies
            return "breakdown"
        if COUNT.search(norm):
            return "count"
        if LIST.search(norm):
            return "list"
        if plan.filters and not plan.topic:
            return "list"
        return "search"

    def _closest(self, name: str) -> str | tuple[str, str] | None:
        """The body a name the register lacks means (a typo, a beginning), else the one portfolio
        whose name it begins ("Department of Health": ("portfolio", "Department of Health and Human Services"))."""
        if not hasattr(self.resolver, "closest_body"):
            return None
        portfolio = self.resolver.portfolio_begun(name) if hasattr(self.resolver, "portfolio_begun") else None
        return self.resolver.closest_body(name) or (("portfolio", portfolio) if portfolio else None)

    def _group_field(self, frame_norm: str, plan: Plan) -> str | None:
        """The field a question about groups names (« organismes », "portfolios"), or None."""
        if not any(w.search(frame_norm) for w in (*GROUP_WORDS.values(), *self._own_words.values())):
            return None
        counted = re.search(r"\b(?:how many|combien d|combien de|number of|nombre d)\s+(.*)", frame_norm)
        for field, words in (*self._own_words.items(), *GROUP_WORDS.items()) if counted else ():
            if words.match(re.sub(r"^(?:distinct|different|unique|separate)[es]{0,2} ", "", counted.group(1))):  # "How many (distinct) agencies … by the retirement date": agencies
                return field
        named = group_named_first(" ".join(frame_norm.split()))
        if named:  # "which category … in the X portfolio": the category (in this register's words)
            own = next((f for f, words in self._own_words.items() if words.fullmatch(named)), None)
            return own or NOUN_FIELDS[named]
        return _group_by(frame_norm, plan, self._own_words)

    def _asks_groups(self, norm: str) -> str | None:
        """The field whose groups the question asks for (bodies, portfolios, categories, statuses
        or the register's own fields themselves), or None."""
        words = [*self._own_words.items(), *GROUP_WORDS.items()]  # "publishing bodies", then "organisations"
        for m in ASKS_GROUPS.finditer(norm):
            skip = ONE_WORD.match(norm, m.end())
            one = re.match(r"\w+ ", norm[m.end() :])  # "how many *different* organisations", "*public* bodies"
            starts = (m.end(), *((m.end() + one.end(),) if one else ()), *((skip.end(),) if skip else ()))
            for at in starts:
                # « ministères » may mean bodies or portfolios: not answered as either by guess
                said = next(((f, m) for f, w in words if (m := w.match(norm, at))), None)
                if said and said[0] in self._typed and re.match(rf" (?:ai |ia )?{ITEMS}\b", norm[said[1].end() :]):
                    continue  # "how many retired use cases": the rows so described, not the field's values
                if said and not re.match(r"ministe|ministr", norm[at:]):
                    return said[0]
        return None

    def _ranks_by(self, norm: str, fields: set[str]) -> bool:
        """No field word in the question, or one of `fields` ("Quels organismes … la SAAQ ou la CNESST")."""
        named = {f for f, w in (*GROUP_WORDS.items(), *self._own_words.items()) if w.search(norm)}
        return not named or bool(named & fields)


def _without_names(norm: str, forms: dict[int, tuple[str, ...]]) -> str | None:
    """`norm` less the rows' names it says (15 characters or more), where they stand: « Prévision de
    l'effectif scolaire » names a row, it asks nothing about staff numbers (« combien d'employés
    travaillent sur « … nouveaux employés » » still does)."""
    text = said = " ".join(norm.replace("'", " ").replace('"', " ").split())
    for names in forms.values():
        for n in names:
            if len(n) >= 15 and n in text:
                text = text.replace(n, " ")
    return text if text != said else None  # None: no row named
