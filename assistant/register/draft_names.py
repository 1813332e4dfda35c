"""The names a question may use for a column, from its header alone, and a label column's values
grouped by spelling (`portrait-ia mapping draft`).

A header is often a form's question ("Does this AI use case involve personally identifiable
information (PII) that is maintained by the agency?"): its acronyms and its words made short are
the field's first names; the everyday words people use instead come from
assistant/register/draft_everyday.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.register.draft_guess import blank
from assistant.register.draft_yes_no import OPTION
from assistant.register.labels import normalise

_SKIP = re.compile(
    r"^((is|are|was|were|be|been|has|have|had|does|do|did|can|could|will|would|should|this|the|that|there|"
    r"your|you|we|an?|any|it|its|ai use case|use case|ai system|agency|project|describe|provide|explain|please|"
    r"which|what|how|where|who|when|whether|if any|est-ce que|est-ce qu'|y a-t-il|quels?|quelles?|comment|"
    r"le|la|les|ce|cette|un|une|des|du|l')\b|l')[\s,]*",
    re.I,
)
_LEAD = re.compile(r"^(for|in|if|where|when|pour|dans|si|lorsque)\b[^,]*,\s*", re.I)
_CUT_WORDS = {"that", "which", "who", "whose", "for", "to", "by", "with", "when", "where", "if", "associated",
              "is", "are", "has", "have", "does", "been", "of", "qui", "pour", "par", "avec", "dont", "est", "sont"}  # fmt: skip

def header_names(header: str) -> list[str]:
    """Names a question may use for a column, from its header: its acronyms ("PII"), then the
    header made short ("Does this AI use case involve personally identifiable information (PII)
    that is maintained…?" -> "involve personally identifiable information", "personally identifiable
    information")."""
    acronyms = re.findall(r"\(([A-Z][A-Z0-9&]{1,9}s?)\)", header)
    spelled = [w for a in acronyms if (w := _spelled_out(header, a))]  # "Authorization to Operate (ATO)"
    text = " ".join(re.sub(r"\([^)]*\)", " ", header).split()).strip(" ?:.*")
    if len(text.split()) <= 1:  # "Other (Use Case Topic Area)": the parenthesis says what it is
        text = " ".join(re.sub(r"[()]", " ", header).split()).strip(" ?:.*")
    names: list[str] = []
    if re.fullmatch(r"[^/]{2,30}(?:/[^/]{2,30}){1,2}", text) and text.isascii():
        names += [p.strip() for p in text.split("/")]  # "Bureau/Component": either word, the first one first (not "Developed by/Développé par")
    if len(text.split()) <= 6 and not header.rstrip().endswith("?"):
        names.append(text)
    else:
        text = _LEAD.sub("", text)
        while (shorter := _SKIP.sub("", text, count=1)) != text:
            text = _LEAD.sub("", shorter)
        words = text.split()
        cut = next(
            (
                i
                for i in range(1 if words[:1] and words[0].isupper() else 2, len(words))
                if words[i].lower() in _CUT_WORDS or words[i - 1].endswith((",", ";"))
            ),
            len(words),
        )
        words = [w.strip(",;") for w in words[: min(cut, 6)]]
        if words:
            names.append(" ".join(words))
        if len(words) >= 3:
            names.append(" ".join(words[1:]))
    names = [
        " ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in n.split())
        for n in names
    ]
    spelled = [" ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in n.split()) for n in spelled]
    names += [f"{m.group(2)} {m.group(1)}" for n in names if (m := re.fullmatch(r"(data|info|information)[ _](\w+)", n))]  # "data_training": "training data"
    return list(dict.fromkeys(n.strip(" -'") for n in (*acronyms, *names, *spelled) if n.strip(" -'")))


def _spelled_out(header: str, acronym: str) -> str:
    """The words before "(ATO)" whose initials spell it ("Authorization to Operate"), or ""."""
    before = header[: header.find(f"({acronym})")].split()
    letters = acronym.rstrip("s").lower()
    for n in range(len(letters), min(len(before), 2 * len(letters)) + 1):  # small words may not count ("of")
        words = before[-n:]
        initials = "".join(w[0].lower() for w in words if w[:1].isalpha())
        if initials == letters or "".join(w[0].lower() for w in words if len(w) > 2) == letters:
            return " ".join(words)
    return ""


_STOP = {
    "and",
    "et",
    "or",
    "ou",
    "the",
    "le",
    "la",
    "les",
    "of",
    "de",
    "des",
    "du",
    "a",
    "an",
    "un",
    "une",
    "d",
    "l",
}


def _loose(text: str) -> str:
    """Spellings that name one value: parentheses, "&"/"and", case and accents set aside."""
    words = re.findall(r"[a-z0-9]+", normalise(re.sub(r"\([^)]*\)", " ", text)))
    return " ".join(w for w in words if w not in _STOP) or normalise(text)


@dataclass
class _Value:
    text: str
    count: int
    spellings: list[str]  # other spellings that name it (normalised differently)
    translation: str = ""  # the other-language column's text on the same rows


def group_values(cells: list[str], others: list[str] | None = None) -> list[_Value]:
    """The distinct values of a label column, variants merged, most frequent first, each with the
    other-language column's most frequent text on the same rows."""
    filled = [
        (c, o) for c, o in zip(cells, others or [""] * len(cells), strict=True) if not blank(c)
    ]
    groups: dict[str, Counter[str]] = {}
    partners: dict[str, Counter[str]] = {}
    for cell, other in filled:
        groups.setdefault(_loose(cell), Counter())[cell] += 1
        if other and not blank(other):
            partners.setdefault(_loose(cell), Counter())[other] += 1
    values = []
    for loose, spellings in groups.items():
        text = spellings.most_common(1)[0][0]  # or its spelling that says more: "Mission-Enabling (internal agency support)"
        text = next((s for s in spellings if s.startswith(f"{text} (") and s.endswith(")")), text)
        seen = {normalise(text)}
        variants = [s for s in spellings if normalise(s) not in seen and not seen.add(normalise(s))]
        translation = partners[loose].most_common(1)[0][0] if loose in partners else ""
        values.append(_Value(text, sum(spellings.values()), variants, translation))
    return sorted(values, key=lambda v: (-v.count, v.text.lower()))


_EXPLAINED = re.compile(r"^(?P<head>[^–—:]{2,40}?)\s+[–—-]\s+(?P<tail>\S+(?:\s+\S+){3,}.*)$")


def explained_heads(texts: list[str]) -> dict[str, str]:
    """Each value's `explained_head`, when every value of the column has one and no two share it
    ("Yes – by the CAIO", "Yes – by another office": both "Yes", so neither is cut)."""
    heads = {t: explained_head(t) for t in texts}
    named = [normalise(h) for h in heads.values()]
    return heads if all(named) and len(set(named)) == len(named) else {}


def explained_head(text: str) -> str:
    """The label a value names when it goes on to explain itself ("Pilot – The use case has been
    deployed in a limited test…": "Pilot") or opens on a form's option letter ("c) Not
    high-impact": "Not high-impact"); "" when it does neither. The value as written stays one of
    the label's spellings, so every cell still finds it."""
    text = text.strip()
    lettered = OPTION.sub("", text)  # "c) Not high-impact" (draft_yes_no.py: a form's option letter)
    if m := _EXPLAINED.match(lettered):
        return m["head"].strip()
    return lettered if lettered != text else ""
