"""What a briefing request asks for, and how the briefing names it.

The request is read like a question (`Understander`): a body, portfolio, category or status it
names becomes a filter, taken exactly as a count question takes it, and so does a condition on a
typed field of the register ("involving PII", "not high-impact", "implemented in 2023"); the rest
is the topic. The frame of the request ("Briefing sur …", "Note d'information : …", "Brief on the
…") is not part of its scope, and words meaning "everything" ("Portrait complet", "whole
register") name no topic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.execute import label
from assistant.language import detect_language
from assistant.operations import COLUMN
from assistant.register.mapping import load_mapping
from assistant.register.wording import field_names, templates
from assistant.types import Plan

# "Briefing sur …", "Note d'information : …", "Brief on the …": the request's frame, not its scope.
_FRAME = re.compile(
    r"^\s*(?:(?:une?|a|an|the|la|le)\s+)?(?:briefing(?:\s+note)?|brief|note(?:\s+(?:d['’]information|de\s+breffage|"
    r"de\s+synth[eè]se|d['’]orientation))?|breffage|synth[eè]se|fiche|dossier|rapport|report|summary|r[ée]sum[ée]|"
    r"overview|aper[çc]u|portrait)\b\s*[:\-–—]?\s*(?:(?:sur|on|about|of|de|du|des|d['’]|concernant|regarding|for|pour)\b\s*)?",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:l['’]|(?:le|la|les|the)\s+)", re.IGNORECASE)
# Topic words that mean "everything" ("Portrait complet", "whole register", "tout le registre").
_WHOLE_WORDS = frozenset(
    "complet complete entier entiere entire whole tout toute tous toutes all everything ensemble full "
    "global globale general generale registre register portrait overview".split()
)


class BriefingError(ValueError):
    """A request that cannot become a briefing; the message says why and what to do."""


def strip_frame(text: str) -> str:
    """The scope part of a request: "Briefing sur le portefeuille X" -> "le portefeuille X"."""
    text = " ".join(str(text or "").split())
    previous = None
    while previous != text:
        previous, text = text, _FRAME.sub("", text, count=1).strip()
    return text.strip(" :;,.–—-")


@dataclass
class Understood:
    """What a briefing request asks for: the count Plan (filters exact, as a count question takes
    them; topic), the topic and subject as the briefing shows them (the user's own words when the
    text is just a topic or a name, None for a question or a conversation), and the readings
    taken for ambiguous names (surface, value, other readings)."""

    plan: Plan
    topic: str
    words: str | None
    readings: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)


def understand(
    assistant: Any, text: str, history: list[dict[str, str]] | None = None
) -> Understood:
    """Reads a briefing request. `history` (previous chat turns): a request that names nothing of
    its own ("", "Briefing") takes the scope of the conversation's last question. Raises
    BriefingError for what the register does not record (budgets, vendors, dates…)."""
    scope_text = strip_frame(text)
    understander = assistant.understander
    mapping = getattr(getattr(assistant, "register", None), "mapping", None)
    plan = (
        understander(scope_text, history)
        if scope_text
        else Plan(question="", language="fr", mapping=mapping)
    )
    if plan.intent == "out_of_scope":
        raise BriefingError(out_of_scope_message(text, mapping))
    readings = []
    if not plan.follow_up:
        # Filters as a count question takes them: everyday words ("chatbots") restrict to their
        # category, and an ambiguous name takes its most likely reading (said in the notes).
        filters: dict[str, list[str]] = {}
        for m in understander.resolver.mentions(scope_text) if scope_text else []:
            values = filters.setdefault(m.field, [])
            if m.value not in values:
                values.append(m.value)
            if m.alternatives:
                readings.append((m.surface, m.value, tuple(m.alternatives)))
        # A typed field's condition as the question's plan reads it: its negations ("without
        # PII" is PII = no) and years are the understanding's, not a name's mention.
        typed = {k: list(v) for k, v in plan.filters.items() if k not in COLUMN}
        plan.filters = {k: v for k, v in filters.items() if k in COLUMN} | typed
    topic = " ".join(w for w in plan.topic.split() if _fold(w) not in _WHOLE_WORDS)
    # The user's words name the subject unless the text is a question ("Combien d'initiatives
    # portent sur … ?") or builds on a previous turn; a topic alone is shown as written
    # ("détection de fraude", not the search words "détection fraude").
    question = (
        plan.follow_up or plan.intent not in ("search", "list") or text.rstrip().endswith("?")
    )
    words = None if question else (_words_of(text) or None)
    shown = words if topic and words and not plan.filters else topic
    language = _language(text, understander) if text.strip() else plan.language
    plan = replace(plan, question=text, language=language, intent="count", topic=topic,
                   group_by=None, top_n=None, compare=[], row_id=None, define=None)  # fmt: skip
    if history and not plan.filters and not plan.topic:
        previous = _previous_plan(assistant, history)
        if previous is not None:
            plan = replace(plan, filters={k: list(v) for k, v in previous.filters.items()},
                           topic=previous.topic, notes=list(previous.notes), follow_up=True,
                           question=previous.question)  # fmt: skip
            if not text.strip():
                plan.language = previous.language
            shown, words = previous.topic, None
    return Understood(plan, shown, words, readings)


def out_of_scope_message(text: str, mapping: Any) -> str:
    """Why a request for what the register does not record cannot be a briefing, naming the
    fields this register has (its own words: "publishing body", "agency") and what to ask instead;
    the portrait's (`portrait_wording`) says what it leaves out, as its templates do."""
    if load_mapping(mapping).portrait_wording:
        return (
            f"the register does not record what {text!r} asks about (budgets, costs, vendors, dates, "
            "staff). A briefing covers initiatives: name a topic, a public body, a portfolio, a "
            "category or a status — or nothing, for the whole register."
        )
    names = field_names("en", mapping)
    choices = ["a topic"] + [
        f"{'an' if names[r][:1].lower() in 'aeiou' else 'a'} {names[r]}"
        for r in ("body", "portfolio", "category", "status")
        if r in names
    ]
    choice = ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else choices[0]
    words = templates("en", "brief", mapping)
    return (
        f"the register does not record what {text!r} asks about: it gives only these fields of "
        f"each {words['initiative_one']}: {', '.join(names.values())}. A briefing covers "
        f"{words['initiative_many']}: name {choice} — or nothing, for the whole register."
    )


_FR_FRAME = re.compile(
    r"\b(sur|concernant|note|breffage|synth[eè]se|fiche|rapport|r[ée]sum[ée]|aper[çc]u|complet|tout|registre)\b",
    re.IGNORECASE,
)
_EN_FRAME = re.compile(
    r"\b(on|about|regarding|of|for|summary|report|overview|whole|entire|register)\b", re.IGNORECASE
)


def _language(text: str, understander: Any) -> str:
    """The language of the request's own words, not of the names it quotes: "Briefing on
    Université Laval" is English, "Briefing sur le CHUM" French."""
    chars = list(text)
    for m in understander.resolver.mentions(text):
        chars[m.start : m.end] = " " * (m.end - m.start)
    words = " ".join("".join(chars).split())
    fr, en = len(_FR_FRAME.findall(words)), len(_EN_FRAME.findall(words))
    if fr != en:
        return "fr" if fr > en else "en"
    return detect_language(words if len(words.split()) >= 2 else text)


def _previous_plan(assistant: Any, history: list[dict[str, str]]) -> Plan | None:
    users = [
        i
        for i, turn in enumerate(history)
        if turn.get("role") == "user" and str(turn.get("content", "")).strip()
    ]
    if not users:
        return None
    last = users[-1]
    previous = assistant.understander(str(history[last]["content"]), history[:last])
    return previous if previous.intent not in ("out_of_scope", "define", "describe") else None


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower().strip("?!.,;:«»\"'()"))
    return "".join(c for c in word if not unicodedata.combining(c))


def subject_of(understood: Understood, lang: str, t: dict[str, Any]) -> str:
    """The briefing's subject: the user's words ("détection de fraude", "Université Laval"), or
    the scope understood, in the briefing's language, for a question, a conversation, or words
    in the other language."""
    plan = understood.plan
    if not plan.filters and not plan.topic:
        return t["whole_register"]
    if understood.words and lang == plan.language:
        return understood.words
    return scope_words(plan, lang, t, understood.topic, table="subject")


def notes_of(understood: Understood, lang: str, t: dict[str, Any]) -> list[str]:
    """The readings taken for ambiguous names, in the briefing's language."""
    if not understood.readings:
        return list(understood.plan.notes)
    return [t["reading"].format(surface=surface, value=value, others=", ".join(others))
            for surface, value, others in understood.readings]  # fmt: skip


def _words_of(text: str) -> str:
    return _ARTICLE.sub("", strip_frame(text)).rstrip(" ?!.")


def scope_words(
    plan: Plan, lang: str, t: dict[str, Any], shown_topic: str = "", table: str = "filters"
) -> str:
    parts = []
    for field_name in ("portfolio", "body", "category", "status"):
        values = plan.filters.get(field_name)
        if values:
            shown = t[table]["or"].join(
                label(field_name, v, lang, None, plan.mapping)
                if field_name in ("category", "status")
                else _place(field_name, v, lang, plan.mapping)
                for v in values
            )
            parts.append(t[table][field_name].format(value=shown))
    parts += typed_words(plan, lang, t)
    if plan.topic:
        parts.append(
            t[table].get("topic", t["scope_topic"]).format(topic=shown_topic or plan.topic)
        )
    return t["scope_join"].join(parts) if parts else t["scope_all"]


# A typed field's condition in a briefing's scope, as the chat's answers say it.
TYPED_WORDS = {"fr": ("« {name} » : {value}", "« {name} » autre que {value}"),
               "en": ("“{name}”: {value}", "“{name}” other than {value}")}  # fmt: skip


def typed_words(plan: Plan, lang: str, t: dict[str, Any]) -> list[str]:
    """The plan's conditions on typed fields in words ("« renseignements personnels » : oui")."""
    mapping, parts = load_mapping(plan.mapping), []
    is_, is_not = TYPED_WORDS["fr" if lang == "fr" else "en"]
    for template, selection in ((is_, plan.filters), (is_not, plan.exclude)):
        for key, values in selection.items():
            spec = mapping.typed(key) if key not in COLUMN else None
            if spec is not None and values:
                shown = t["filters"]["or"].join(spec.value_label(v, lang) for v in values)
                parts.append(template.format(name=spec.name(lang), value=shown))
    return parts


def _place(field_name: str, value: str, lang: str, mapping: Any = None) -> str:
    if field_name == "portfolio" and lang == "en":
        return load_mapping(mapping).portfolio_en(value)
    return value
