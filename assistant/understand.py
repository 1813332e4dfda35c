"""Question -> Plan: the language, the intent and the topic of a question.

This first version recognises topic questions only (intent "search"); exact counts, lists and
filters come with the exact-answers work and will extend `Plan` here, not elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import py3langid

_identifier = py3langid.langid.LanguageIdentifier.from_model_file(
    py3langid.langid.MODEL_FILE, norm_probs=True
)
_identifier.set_languages(["fr", "en"])

# Words that settle the language of a short question on their own.
_FR_MARKERS = re.compile(
    r"\b(quels?|quelles?|combien|est-ce|organismes?|projets?|initiatives? (de|du|qui|pour)|"
    r"utilisent|sont|dans|les|des|pour|avec|aux?|une?|qui|quoi|où|comment|y a-t-il)\b",
    re.IGNORECASE,
)
_EN_MARKERS = re.compile(
    r"\b(which|what|how|many|does|do|is|are|the|of|for|with|public bodies|use|uses|any)\b",
    re.IGNORECASE,
)


def detect_language(text: str) -> str:
    """'fr' or 'en'. French accents and function words break ties on very short questions."""
    text = text.strip()
    if not text:
        return "fr"
    fr_hits = len(_FR_MARKERS.findall(text)) + 2 * len(re.findall(r"[àâçéèêëîïôûùüœ«»]", text.lower()))
    en_hits = len(_EN_MARKERS.findall(text))
    if abs(fr_hits - en_hits) >= 3:
        return "fr" if fr_hits > en_hits else "en"
    lang, _ = _identifier.classify(text)
    return lang


@dataclass
class Plan:
    question: str
    language: str
    intent: str = "search"
    topic: str = ""
    filters: dict[str, Any] = field(default_factory=dict)

    def understood(self) -> str:
        """One line that says what the assistant understood (shown to the user)."""
        if self.language == "fr":
            return f"Recherche par sujet : « {self.topic} »"
        return f'Topic search: "{self.topic}"'


def understand(question: str) -> Plan:
    question = " ".join(question.split())
    return Plan(question=question, language=detect_language(question), topic=question)
