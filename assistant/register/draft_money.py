"""What a drafted number field counts: money in a currency, or a unit.

A number field with a `currency` answers « 4 075 000,50 $ » / "$4,075,000.50" and is found by
money words ("cost", « coûte », "the most expensive"); one with a `unit` says « 1 200
utilisateurs ». `portrait-ia mapping draft` guesses them from the header and the cells, so that
a drafted register's amounts read as amounts without an edit: a currency code or symbol
("Annual cost (CAD)", "$1,200,000", « 12 000 $ CA », "€", "£"), else a money word in the
header (cost, budget, amount, spend, montant, coût, dépenses…) with the currency of the file's
language (marked `check`); a unit from a header that names what is counted ("Users",
"Number of users", « Nombre d'utilisateurs ») with its other-language form from the glossary.
"""

from __future__ import annotations

import re

from assistant.register.draft_words import OTHER, both

_CODES = [
    ("CAD", re.compile(r"\bCAD\b|\bC\$|\bCA\$|\$\s?CA\b|\$\s?can\b|dollars? canadiens?|canadian dollars?", re.I)),
    ("USD", re.compile(r"\bUSD\b|\bUS\$|\$\s?US\b|US dollars?|dollars? am[ée]ricains?", re.I)),
    ("EUR", re.compile(r"€|\bEUR\b|\beuros?\b", re.I)),
    ("GBP", re.compile(r"£|\bGBP\b|\bpounds? sterling\b", re.I)),
]
_DOLLAR = re.compile(r"\$|\bk\$|\bdollars?\b", re.I)
_MONEY_HEADER = re.compile(
    r"\b(costs?|cost of|budgets?|amounts?|spend(ing)?|expenditures?|expenses?|price|prices|funding|fund(s|ed)?|"
    r"investments?|value of (the )?contract|contract value|dollars?|montants?|co[uû]ts?|d[ée]penses?|prix|"
    r"financements?|investissements?|valeur du contrat|enveloppe)\b",
    re.I,
)
_COUNT_LEAD = re.compile(
    r"^(total |estimated |approximate )?(number|no\.?|nb\.?|count|nombre|total)\s+(of|d'|d’|de|des)\s*", re.I
)
_NOT_A_UNIT = re.compile(r"\b(year|ann[ée]e|date|id|code|score|rank|rang|percent|pourcentage|ratio|rate|taux)\b", re.I)


def currency_of(header: str, cells: list[str], language: str) -> tuple[str, str]:
    """(the currency code, why) when the column holds money, else ("", "")."""
    text = " ".join([header, *cells[:500]])
    for code, pattern in _CODES:
        if pattern.search(text):
            return code, f"money: {code} in the header or the cells"
    dollar = _DOLLAR.search(text)
    if dollar or _MONEY_HEADER.search(header):
        code = "CAD" if language == "fr" else "USD"
        seen = "a $ in the header or the cells" if dollar else "a money word in the header"
        return code, f"money ({seen}); {code} from the file's language: check it"
    return "", ""


def unit_of(header: str, language: str) -> tuple[str, str, str] | None:
    """(English unit, French unit, how) of a counted number ("Users / Utilisateurs", "Number of
    users"), or None when the header names no plural thing counted."""
    from assistant.register.draft_words import halves

    pair = halves(header, language)
    text = pair[0] if pair else header
    text = " ".join(re.sub(r"\([^)]*\)", " ", text).split()).strip(" ?:.*")
    text = _COUNT_LEAD.sub("", text).strip()
    words = text.split()
    if not words or len(words) > 3 or _NOT_A_UNIT.search(text) or not words[-1].lower().endswith(("s", "x")):
        return None
    word = text.lower()
    if pair:  # "Users / Utilisateurs": the other half is the other language's unit
        other = _COUNT_LEAD.sub("", " ".join(re.sub(r"\([^)]*\)", " ", pair[1]).split()).strip()).lower()
        en, fr = (word, other) if language == "en" else (other, word)
        return en, fr, "the header's two halves"
    named = both(word, language)
    en, fr = named.en.lower(), named.fr.lower()
    if not named.how:  # not in the glossary: the other language's form is the same word, to check
        return word, word, "TODO translate"
    return en, fr, "glossary" if named.how == "glossary" else "word by word (glossary): check it"


def number_lines(header: str, cells: list[str], language: str) -> list[str]:
    """The `currency = …` or `unit = …` line of a drafted number field, commented ([] if neither)."""
    code, why = currency_of(header, cells, language)
    if code:
        return [f'currency = "{code}"   # {why}']
    unit = unit_of(header, language)
    if unit is None:
        return []
    en, fr, how = unit
    other = OTHER[language]
    return [f'unit = {{ {language} = "{en if language == "en" else fr}", {other} = "{fr if language == "en" else en}" }}   # what it counts ({how})']
