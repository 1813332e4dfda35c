"""Flags a drafted mapping reads out of a label column (`portrait-ia mapping draft`).

Some label columns are yes/no questions in disguise. "Is the AI use case rights-impacting,
safety-impacting, both, or neither?" holds four values, but a question says "rights-impacting"
and means every row that is, "Both" included: two flags (A = A or Both; B = B or Both) and their
union (A, B or Both), next to the label itself, named "impact type". A column whose largest value
is "None of the above" and whose others are items of a list ("Is the AI use case found in the
below list of general commercial AI products and services?") is a flag too: yes is any item of
the list. Everything here is read from the values and the header, never from a register's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.register.draft_everyday import field_names, pair_names
from assistant.register.draft_guess import Column
from assistant.register.glossary import glossary, translate
from assistant.register.labels import normalise

_BOTH = {"both", "les deux", "tous les deux", "the two"}
_NEITHER = {"neither", "none", "ni l'un ni l'autre", "aucun", "aucune", "ni l'une ni l'autre"}
_NONE_OF = {"none of the above", "none of these", "none", "not in the list", "aucune de ces reponses", "aucun de ceux-ci", "aucune"}
_LIST_OF = re.compile(r"\b(?:list|liste) (?:of|des|de) (.+?)\s*[?.:]*$", re.I)


@dataclass
class FlagSpec:
    """A flag read out of a label column: its key's words, names, yes and no spellings, why."""

    hint: str
    en: list[str]
    fr: list[str]
    yes: list[str]
    no: list[str]
    why: str


@dataclass
class Derived:
    """What a label column gives beyond its values: flags, the label's own names, value aliases."""

    flags: list[FlagSpec] = field(default_factory=list)
    names: tuple[list[str], list[str]] | None = None  # (en, fr) names of the label field itself
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # normalised value text -> aliases


def _text(value: str) -> str:
    return normalise(value).strip(" .")


def _fr(text: str, language: str) -> str:
    other, how = translate(text, language)
    return other if how else ""


def _suffix(a: str, b: str) -> str:
    """The word two values share after a hyphen ("rights-impacting", "safety-impacting": "impacting")."""
    ends = [x.rsplit("-", 1) for x in (a, b)]
    return ends[0][1] if all(len(e) == 2 for e in ends) and ends[0][1] == ends[1][1] else ""


def derive(c: Column, values: list, language: str) -> Derived:
    """What the label column `c` (its grouped `values`, most frequent first) gives beyond itself."""
    return _pair(c, values, language) or _listed(c, values, language) or Derived()


def _pair(c: Column, values: list, language: str) -> Derived | None:
    """A/B/both/neither: flags A, B and A-or-B, the label named after them, "both A and B"."""
    # "Both", or "Both employees and public" (GC register's users): a value that says both of two others
    both = next((v for v in values if _text(v.text) in _BOTH or _text(v.text).startswith(("both ", "les deux "))), None)
    if both is None:
        return None
    neither = next((v for v in values if _text(v.text) in _NEITHER or _text(v.text).startswith(("neither ", "ni "))), None)
    header = normalise(c.header)
    others = [v for v in values if v is not both and v is not neither and not _text(v.text).startswith(("no,", "no ", "non,"))]
    if len(others) < 2:
        return None
    a, b = others[0], others[1]
    said = _text(a.text) in header and _text(b.text) in header
    if not said and neither is None:
        return None

    def spellings(*vs) -> list[str]:
        return list(dict.fromkeys(s for v in vs if v is not None for s in (v.text, *v.spellings)))

    def names(v) -> tuple[list[str], list[str]]:
        own = v.text.strip(" .").lower()
        mine = list(dict.fromkeys([own, own.replace("-", " ")]))
        other = [t.lower()] if (t := _fr(v.text.strip(" ."), language)) else []
        en, fr = (mine, other) if language == "en" else (other, mine)
        more_en, more_fr = field_names(v.text)  # everyday words ("impact on rights", « impact sur les droits »)
        return list(dict.fromkeys([*en, *more_en])), list(dict.fromkeys([*fr, *more_fr]))

    a_own, b_own = a.text.strip(" .").lower(), b.text.strip(" .").lower()
    a_names, b_names = names(a), names(b)
    suffix = _suffix(a_own, b_own) if language == "en" else ""
    word = " or " if language == "en" else " ou "
    union = [f"{a_own}{word}{b_own}"]
    if suffix:
        union += [f"{a_own.rsplit('-', 1)[0]}- or {b_own}", f"{a_own.rsplit('-', 1)[0]} or {b_own.rsplit('-', 1)[0]} {suffix}"]
    more_en, more_fr = pair_names(union[0])
    other_lang = 1 if language == "en" else 0
    union_other = [f"{a_names[other_lang][0]}{' ou ' if language == 'en' else ' or '}{b_names[other_lang][0]}"] if a_names[other_lang] and b_names[other_lang] else []
    union_en, union_fr = (union, union_other) if language == "en" else (union_other, union)
    why = f"{both.text!r} counts for both {a.text!r} and {b.text!r}"
    flags = [
        FlagSpec(a_own, *a_names, spellings(a, both), spellings(b, neither), f"{a.text!r} or {both.text!r}: {why}"),
        FlagSpec(b_own, *b_names, spellings(b, both), spellings(a, neither), f"{b.text!r} or {both.text!r}: {why}"),
        FlagSpec(f"{a_own}{word}{b_own}", list(dict.fromkeys([*union_en, *more_en])), list(dict.fromkeys([*union_fr, *more_fr])),
                 spellings(a, b, both), spellings(neither), f"any of {a.text!r}, {b.text!r}, {both.text!r}"),  # fmt: skip
    ]
    if language != "en":
        return Derived(flags)
    cut = (a_own.rsplit("-", 1)[0], b_own.rsplit("-", 1)[0])
    aliases = {_text(both.text): tuple([f"both {a_own} and {b_own}"] + ([f"both {cut[0]}- and {b_own}"] if suffix else []))}
    if neither is not None:
        aliases[_text(neither.text)] = tuple([f"neither {a_own} nor {b_own}"] + ([f"neither {cut[0]}- nor {b_own}"] if suffix else []))
    label_names = None
    if suffix:
        noun = suffix[:-3] if suffix.endswith("ing") and len(suffix) > 5 else suffix
        en = [f"{noun} type", f"type of {noun}", f"{cut[0]}/{cut[1]} {noun}", f"{cut[0]} and {cut[1]} {noun}", f"{noun} category"]
        fr = [t for t in (_fr(f"{noun} type", "en"), _fr(f"type of {noun}", "en")) if t]
        label_names = (en, list(dict.fromkeys(fr)))
    return Derived(flags, label_names, aliases)


def _listed(c: Column, values: list, language: str) -> Derived | None:
    """ "None of the above" and the items of a list: a flag whose yes is any item."""
    if len(values) < 4 or _text(values[0].text) not in _NONE_OF:
        return None
    none, items = values[0], values[1:]
    match = _LIST_OF.search(" ".join(re.sub(r"\([^)]*\)", " ", c.header).split()))
    if match is None:
        return None
    phrase = match.group(1).strip()
    first = re.split(r" (?:and|or|et|ou) ", phrase)[0]
    names = [phrase, first]
    if first.endswith("s") and not first.endswith("ss"):
        names.append(first[:-1])
    head = first.split()[0].lower()
    term = glossary().english.get(head)
    if term is not None and term.adjective and len(first.split()) > 2:  # "general commercial AI products"
        shorter = " ".join(first.split()[1:])
        names += [shorter, shorter[:-1] if shorter.endswith("s") else shorter]
    names = list(dict.fromkeys(names))
    others = [t for n in names if (t := _fr(n, language))]
    en, fr = (names, others) if language == "en" else (others, names)
    yes = list(dict.fromkeys(s.strip(" .") for v in items for s in (v.text, *v.spellings)))
    no = list(dict.fromkeys(s.strip(" .") for s in (none.text, *none.spellings)))
    why = f"any of the {len(items)} items of the list is a yes, {none.text!r} a no"
    return Derived([FlagSpec(first, list(dict.fromkeys(en)), list(dict.fromkeys(fr)), yes, no, why)])
