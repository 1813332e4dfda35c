"""Canonical labels, in French and English, and the one normaliser every match goes through.

The official files spell the same category several ways (2024 vs 2025 labels, the data
dictionary's spaces around "/" and other dashes, the English catalogue mirrors' wordings).
Everything downstream (filters, counts, citations, answers) works on one canonical label per
language. The labels themselves are data: each register's mapping declares them with every
spelling seen (assistant/register/mappings/*.toml), and they belong to that mapping only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """One category, status or field: a stable key, both languages' labels and definitions.

    `aliases` are the other spellings that must find this label (earlier files, English
    mirrors, data-dictionary typography); `fr` and `en` are what we display.
    """

    key: str
    fr: str
    en: str
    definition_fr: str
    definition_en: str
    aliases: tuple[str, ...] = ()

    def text(self, lang: str) -> str:
        """The label in `lang` ("fr" or "en"; regional tags such as "fr-CA" are accepted)."""
        return self.fr if _lang(lang) == "fr" else self.en

    def definition(self, lang: str) -> str:
        """The one-sentence definition in `lang`."""
        return self.definition_fr if _lang(lang) == "fr" else self.definition_en


def _lang(lang: str) -> str:
    base = lang.split("-")[0].split("_")[0].lower()
    if base not in ("fr", "en"):
        raise ValueError(f"unsupported language {lang!r}: use 'fr' or 'en'")
    return base


# Typographic variants that real exports mix freely; mapped before accents are stripped.
_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u00b4\u0060\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb\u2033", '"'),
        "\u0153": "oe",
        "\u0152": "oe",
        "\u00e6": "ae",
        "\u00c6": "ae",
    }
)


def normalise(text: str) -> str:
    """Matching key of `text`: no accents, casefolded, one dash and quote style, tidy spaces.

    "Traitement d’image / Imagerie  médicale " and "traitement d'image/imagerie medicale"
    give the same key. Use it for comparisons only, never for display.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text).translate(_TYPOGRAPHY))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    return re.sub(r" ?/ ?", "/", text).strip()


def portfolio_key(text: str) -> str:
    """Matching key of a portfolio: "Santé et services sociaux(réseau )" -> "sante et services
    sociaux (reseau)"."""
    key = normalise(text)
    key = re.sub(r" ?\( ?", " (", key)
    return re.sub(r" ?\)", ")", key).strip()
