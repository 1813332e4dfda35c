"""A register's own words for its fields and entries, as patterns over normalised questions:
"by development stage", "impact category", « fiches » are the question's frame in this
register's words, never its topic."""

from __future__ import annotations

import re
from typing import Any

from assistant.register.labels import normalise
from assistant.register.template_files import base
from assistant.register.wording import templates
from assistant.understand.typed_fields import plural_pattern


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
    return tuple(re.compile(rf"\b{plural_pattern(n)}\b") for n in sorted(names))


_KIND_NOUNS = re.compile(r"\b(type|category|kind|class|categorie|genre|sorte)$")


def _kind_nouns(names: Any) -> list[str]:
    """"impact type" is also "impact category" / "impact kind": a field's name ending in a
    generic noun of kinds, with each other such noun."""
    out = list(names)
    for n in names:
        if _KIND_NOUNS.search(normalise(n)):
            out += [_KIND_NOUNS.sub(other, normalise(n)) for other in ("type", "category", "kind", "categorie")]
    return list(dict.fromkeys(out))


