"""A register's text fields read as conditions on their cells (operations.GIVEN, HAS): "tools
with no vendor named" (blank), "use cases that give a PIA" (filled in), "tools naming Microsoft
as a vendor" (holding the word). Without this the field's name was a topic, and the size of that
topic set came back as the count ("1 tool about 'vendor named'" for 55 blank cells).

Only a field named whole, with a word that says how to read it (blank, given, a value the cells
hold), in a question that counts, lists, ranks or asks yes/no; a field named in passing ("the
data they use") stays as it was."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.operations import GIVEN, HAS, names_holding
from assistant.retrieval.lexical import STOPWORDS
from assistant.types import Plan
from assistant.understand.lexicon import fold
from assistant.understand.typed_fields import plural_pattern
from assistant.understand.word_lists import load

_WORDS = load(Path(__file__).with_name("text_field_words.toml"))
_MISSING_BEFORE = re.compile(rf"(?:{_WORDS.source('missing_before')})\s*$")
_MISSING_AFTER = re.compile(rf"^\s*(?:{_WORDS.source('missing_after')})")
_GIVEN_BEFORE = re.compile(rf"(?:{_WORDS.source('given')})\s*$")
_GIVEN_AFTER = re.compile(rf"^\s*(?:{_WORDS.source('given')})")
_VALUE_LINK = re.compile(rf"(?:{_WORDS.source('value_link')})\s*$")
_VALUE_VERB = re.compile(rf"(?:{_WORDS.source('value_verb')})\s*$")
_INTENTS = ("count", "list", "search", "share", "exists", "rank", "breakdown", "compare")


def read_text_fields(plan: Plan, question: str, mentions: list[Any], register: Any) -> None:
    """The text field the question names with a word that says how to read it becomes a filter
    on its cells (a share's part when said after the share's other conditions, `mentions`); the
    words read leave the topic."""
    mapping = getattr(register, "mapping", None)
    texts = [f for f in getattr(mapping, "fields", ()) if f.type in ("text", "multi") and f.key in register.df.columns]
    if not texts or plan.intent not in _INTENTS:
        return
    folded = fold(question)
    found = _named(texts, folded)
    if found is None:
        return
    field, start, end = found
    if field.key in plan.filters or field.key in plan.exclude:
        return  # "list Esri as a vendor": a list field's value, read already
    if any(m.start < end and start < m.end for m in mentions):
        return  # "bought from a vendor": another field's value ("Purchased from a vendor"), read already
    before, after = folded[:start], folded[end:]
    cues = {p: (m.start(), m.end()) for p in (_MISSING_BEFORE, _GIVEN_BEFORE, _VALUE_LINK) if (m := p.search(before))}
    cues |= {p: (m.start() + end, m.end() + end) for p in (_MISSING_AFTER, _GIVEN_AFTER) if (m := p.match(after))}
    read = [(start, end), *cues.values()]
    if _MISSING_BEFORE in cues or _MISSING_AFTER in cues:
        condition, values = GIVEN, ["no"]
    elif held := [h for h in _held(question, register.df[field.key], read) if _said_as_value(folded, h[1], h[2], start, end)]:
        condition, values = HAS, [w for w, _, _ in held]
        read += [(a, b) for _, a, b in held]
        read += [(m.start(), m.end()) for _, a, _ in held if (m := _VALUE_VERB.search(folded[:a]))]  # "name Microsoft"
    elif _GIVEN_BEFORE in cues or _GIVEN_AFTER in cues:
        condition, values = GIVEN, ["yes"]
    else:
        return
    if plan.intent == "share" and all(m.end <= start for m in mentions if m.field in plan.part):
        plan.filters.update(plan.part)  # "What share of the 2023 tools name a vendor?": said last, the part
        plan.part = {field.key + condition: values}
    else:
        plan.filters[field.key + condition] = values
    if plan.intent == "search":
        plan.intent = "list"  # "Which tools name Microsoft as a vendor?": the cells say it, exactly
    said = {w for a, b in read for w in folded[a:b].split()}
    plan.topic = " ".join(w for w in plan.topic.split() if fold(w).strip() not in said)
    plan.set_aside = [w for w in plan.set_aside if not set(fold(w).split()) <= said]


def _named(fields: list[Any], folded: str) -> tuple[Any, int, int] | None:
    """The text field whose name the question says, with where: the longest name wins ("vendor
    named" is the vendor name's, its last word said with any ending), and a field's name is that
    of the field holding its names when the register has one ("vendor": `vendor_name`)."""
    best = None
    for f in fields:
        for name in f.names():
            said = " ".join(fold(name).split())
            if len(said) < 3:
                continue
            ending = r"\w*" if " " in said else ""
            # "vendor name" is also said "vendor" ("name a vendor"), « nom de fournisseur » « fournisseur »
            for form in dict.fromkeys([said, re.sub(r"^(?:nom (?:de |du |d ))(.+)$|^(.+) name$", lambda m: m.group(1) or m.group(2), said)]):
                for m in re.finditer(rf"(?<!\w){plural_pattern(form)}{ending if form == said else ''}(?!\w)", folded):
                    if best is None or m.end() - m.start() > best[2] - best[1]:
                        best = (f, m.start(), m.end())
    if best is not None:
        named = next((g for g in fields if g.key in (f"{best[0].key}_name", f"{best[0].key}_names")), None)
        best = (named or best[0], best[1], best[2])
    return best


def _said_as_value(folded: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether the word at a:b is said as the field's value: after a verb that names it ("name
    Microsoft"), before the field's name through a link ("Microsoft as a vendor"), or right after
    the name ("vendor Microsoft", "vendor is Microsoft")."""
    if _VALUE_VERB.search(folded[:a]):
        return True
    if b <= start and (link := _VALUE_LINK.search(folded[:start])) and not folded[b : link.start()].strip():
        return True
    return end <= a and folded[end:a].strip() in ("", "is", "was", "est", ":", "=")


def _held(question: str, cells: Any, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Words the question writes with a capital or in quotes (a name: "Microsoft", « Google »),
    not its first word, or any word right after a verb that names a value ("list microsoft"),
    that some cells of the field hold."""
    found = []
    said = [(m.group(g), m.start(g)) for m in re.finditer(r"[\"“«']\s*([^\"”»']{2,40}?)\s*[\"”»']|(?<![\w'’])([A-Z][\w&.-]*\w)", question)
            for g in (1, 2) if m.group(g)]  # fmt: skip
    folded = fold(question)  # the same length: its spans cut the question
    said += [(question[m.start(1) : m.end(1)], m.start(1)) for m in re.finditer(rf"(?:{_WORDS.source('value_verb')})\s+(\w[\w&.-]*\w)", folded)
             if m.group(1) not in STOPWORDS and len(m.group(1)) >= 3]  # fmt: skip
    for word, at in sorted(set(said), key=lambda w: w[1]):
        if at == len(question) - len(question.lstrip()) or any(a <= at < b for a, b in taken) or any(at == f[1] for f in found):
            continue  # the question's first word is capitalised anyway
        if names_holding(cells, [word]).any():
            found.append((word, at, at + len(word)))
    return found
