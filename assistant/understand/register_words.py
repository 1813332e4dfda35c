"""A register's own words for its fields and entries, as patterns over normalised questions:
"by development stage", "impact category", « fiches » are the question's frame in this
register's words, never its topic."""

from __future__ import annotations

import re
from typing import Any

from assistant.register.labels import normalise
from assistant.register.template_files import base
from assistant.register.wording import templates
from assistant.understand.lexicon import fold, spans
from assistant.understand.typed_fields import plural_pattern


def field_words_of(fields: Any, own: dict[str, Any] | None = None) -> dict[str, frozenset[str]]:
    """Field -> the words of its names and headers (typed `fields`) or of its `own` names (roles):
    a field said at length leaves no topic."""
    texts = {f.key: (*f.names(), *(h for hs in f.columns.values() for h in hs)) for f in fields} | dict(own or {})
    return {key: frozenset(w for t in ts if t for w in normalise(t).replace("'", " ").split() if len(w) > 2) for key, ts in texts.items()}


def own_word_patterns(own: dict[str, Any]) -> dict[str, re.Pattern]:
    """Field -> a pattern of its names (plurals and kind nouns included)."""
    return {
        field: re.compile(rf"\b(?:{'|'.join(plural_pattern(normalise(n).replace(chr(39), ' ')) for n in _kind_nouns(names))})\b")
        for field, names in own.items()
    }


def item_words(mapping: Any) -> tuple[re.Pattern, ...]:
    """What a register calls its entries in both languages ("records", « fiches », "use cases"):
    words of a question's frame there, never its topic. None for a register whose entries are the
    templates' own « initiatives », which the frame words know already."""

    def words_of(answers: Any) -> set[str]:
        return {
            normalise(answers(lang)[key]).replace("'", " ")
            for lang in ("fr", "en") for key in ("initiative_one", "initiative_many")
        }  # fmt: skip

    names = words_of(lambda lang: templates(lang, "answers", mapping))
    if names == words_of(lambda lang: base(lang, "answers")):
        return ()
    # The register's own title said in a question ("any algorithmic transparency record"): its frame too
    title = [w for w in normalise(getattr(mapping, "title", "") or "").replace("'", " ").split() if len(w) > 2 and not w.isdigit()]
    runs = [" ".join(title[i : j + 1]) for i in range(len(title)) for j in range(i + 1, len(title))]
    patterns = [re.compile(rf"\b{plural_pattern(n)}\b") for n in sorted({*names, *runs}, key=len, reverse=True)]
    # "the federal AI inventory": words of its title before what it calls itself, some left out
    nouns = {normalise(n.one).replace("'", " ") for n in getattr(mapping, "register_noun", {}).values()}
    said = [w for w in normalise(getattr(mapping, "title", "") or "").replace("'", " ").split() if len(w) > 1 and not w.isdigit()]
    words = "|".join(sorted({re.escape(w) for w in said}, key=len, reverse=True))  # "ai", "us" too
    if title and nouns:
        patterns.append(re.compile(rf"\b(?:(?:{words})\s+){{1,5}}(?:{'|'.join(map(plural_pattern, sorted(nouns)))})\b"))
    # "algorithm thingies" in the algorithmic transparency records: a word of its title (or its stem)
    # describes every entry, no topic that would pick the few whose text says it
    stems = {w[: -len(end)] for w in title for end in ("ique", "ic") if w.endswith(end) and len(w) - len(end) >= 5}
    if title:
        patterns.append(re.compile(rf"\b(?:{'|'.join(map(plural_pattern, sorted({*title, *stems})))})\b"))
    if title:  # "in the UK records": words of its title before what it calls its entries, the entries themselves
        patterns.insert(0, re.compile(rf"\b(?:(?:{words})\s+){{1,5}}(?:{'|'.join(map(plural_pattern, sorted(names)))})\b"))
    return tuple(patterns)


_KIND_NOUNS = re.compile(r"\b(type|category|kind|class|categorie|genre|sorte)$")


def _kind_nouns(names: Any) -> list[str]:
    """"impact type" is also "impact category" / "impact kind": a field's name ending in a
    generic noun of kinds, with each other such noun."""
    out = list(names)
    for n in names:
        if _KIND_NOUNS.search(normalise(n)):
            out += [_KIND_NOUNS.sub(other, normalise(n)) for other in ("type", "category", "kind", "categorie")]
    return list(dict.fromkeys(out))




def no_status_field(question: str, plan: Any, roles: tuple[str, ...], field_words: frozenset[str] = frozenset()) -> str | None:
    """On a register with no status field, "live versus still being piloted" asks one: the plan
    then filters on "status", which the executor answers as a field this register lacks (never a
    topic count). Returns the words so read (folded), or None."""
    if "status" in roles or "status" in plan.filters or plan.intent in ("out_of_scope", "define", "describe"):
        return None
    folded = fold(question)
    said = [(a, b) for lang in ("fr", "en") for a, b in spans("status_word", folded, lang)
            if not set(folded[a:b].split()) <= field_words]  # "live" may be a field of this register (a flag)
    if not said:
        return None
    words = " ".join(folded[a:b] for a, b in said)
    plan.filters["status"] = [question[a:b] for a, b in said]
    plan.topic = " ".join(w for w in plan.topic.split() if fold(w).strip() not in words.split())
    plan.set_aside = [w for w in plan.set_aside if fold(w).strip() not in words.split()]
    return words
