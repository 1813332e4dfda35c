"""The language of a question or a text: French or English, nothing else.

py3langid restricted to fr/en, with French and English function words settling very short
questions (« Combien ? », "How many?") where a statistical guess is unreliable.
"""

from __future__ import annotations

import re

import py3langid

_identifier = py3langid.langid.LanguageIdentifier.from_model_file(
    py3langid.langid.MODEL_FILE, norm_probs=True
)
_identifier.set_languages(["fr", "en"])

# Words that settle the language of a short question on their own.
_FR_MARKERS = re.compile(
    r"\b(quels?|quelles?|combien|est-ce|organismes?|projets?|initiatives? (de|du|qui|pour)|"
    r"utilisent|sont|dans|les|des|pour|avec|aux?|une?|qui|quoi|où|comment|y a-t-il|et|parmi|"
    r"celles-ci|ceux-ci|liste|montre-moi|répartition)\b",
    re.IGNORECASE,
)
_EN_MARKERS = re.compile(
    r"\b(which|what|how|many|does|do|is|are|the|of|for|with|public bodies|use|uses|any|and|"
    r"about|those|them|list|show|breakdown)\b",
    re.IGNORECASE,
)


def detect_language(text: str) -> str:
    """'fr' or 'en'. French accents and function words break ties on very short questions."""
    text = text.strip()
    if not text:
        return "fr"
    # A French name said in an English question ("the Québec building authority (Régie du
    # bâtiment)"): words inside parentheses and capitalised names carry no accent evidence.
    core = re.sub(r"\([^)]*\)", " ", text)
    core = core if len(core.split()) >= 3 else text
    accents = sum(len(re.findall(r"[àâçéèêëîïôûùüœ]", w.lower())) for w in re.findall(r"\w+", core) if not w[:1].isupper() or w[:1] in "ÀÉ")
    fr_hits = len(_FR_MARKERS.findall(core)) + 2 * (accents + len(re.findall(r"[«»]", text)))
    en_hits = len(_EN_MARKERS.findall(core))
    if abs(fr_hits - en_hits) >= 2:
        return "fr" if fr_hits > en_hits else "en"
    lang, _ = _identifier.classify(text)
    return lang
