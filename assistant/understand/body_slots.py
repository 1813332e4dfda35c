"""A body the register lacks, named where a question names who runs the entries.

"How many use cases does the Peace Corps have?", "Does Amtrak use AI?", « Combien de projets à la
Société des alcools du Québec ? »: a capitalised name right after the words that introduce a body
(body_slots.toml), which the register does not hold, is that body, and the honest answer is "none
from the Peace Corps", never the size of a topic search on "peace corps" (the words of a
scholarship programme's description) nor an unrelated top 5.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.understand.word_lists import fold, load

_WORDS = load(Path(__file__).with_name("body_slots.toml"))
_BEFORE = _WORDS.pattern("before_name")
_BEFORE_ITEMS = _WORDS.pattern("before_name_of_items")
_AFTER_ITEMS = _WORDS.pattern("after_items")
_START = _WORDS.pattern("question_start")  # only where the question opens
_PLACE = _WORDS.pattern("place_opening")  # « ville de », "city of": the start of the name itself
_INSIDE = {w.rstrip("=") for w in _WORDS.words("inside_name")}
_FRENCH_INSIDE = {w.rstrip("=") for w in _WORDS.words_by_language["fr"].get("inside_name", ())}
# "the Department", « le Ministère »: a generic noun alone names no body (body_words.toml)
_GENERIC = frozenset(load(Path(__file__).with_name("body_words.toml")).words("generic_noun"))
_WORD = re.compile(r"\s*['’]?([\w’'-]+)")
_COMMA_GOES_ON = re.compile(r",(?=\s+(?:des|de|du)\s+[a-zà-ÿ])")  # « L'Ordnance Survey »: the name after the elided article


def named_in_slot(frame: str, leftovers: set[str]) -> tuple[str, str]:
    """The name of a body said in a body's place in `frame` (the question with the values it names
    blanked), when a word of it is among `leftovers` (folded words no rule read: "au Québec" is
    the whole register, not a body), and the words that put it there; else ("", "")."""
    from assistant.understand.operators import ITEMS

    folded = fold(frame)
    slots = [(s, False) for s in _BEFORE.finditer(folded)] + [(s, True) for s in _BEFORE_ITEMS.finditer(folded)]
    slots += [(s, False) for s in _AFTER_ITEMS.finditer(folded) if re.search(rf"\b{ITEMS}\s+$", folded[: s.start()])]
    slots += [(s, False) for s in _PLACE.finditer(folded)]
    slots += [(s, False) for s in _START.finditer(folded) if not folded[: s.start()].strip()]
    for slot, items_after in slots:
        name = _capitalised_after(frame, slot.end())
        if not name:
            continue
        end = frame.index(name, slot.end()) + len(name)
        if items_after and not re.match(rf"(?: s)?\s+(?:ai |ia )?{ITEMS}\b", folded[end:]):
            continue  # "the Peace Corps use cases", "the Smithsonian's projects"
        if _PLACE.fullmatch(slot.group()):  # « la ville de Québec »: « Ville de Québec », the city's name
            name = frame[slot.start() : end]
            name = name[:1].upper() + name[1:]
        said = {w for w in fold(name).split() if w not in _INSIDE}
        if said & leftovers and not {w.rstrip("s") for w in said} <= {g.rstrip("s") for g in _GENERIC}:
            return name, slot.group()
    return "", ""


def _capitalised_after(text: str, at: int) -> str:
    """The capitalised words from `at` ("Peace Corps", « Société des alcools du Québec »: small
    connecting words inside, and a lower-case word after a French one)."""
    kept: list[tuple[int, int, str]] = []  # start, end, kind: "name", "small" or "lower"
    while True:
        if kept and (comma := _COMMA_GOES_ON.match(text, at)):
            at = comma.end()  # « Régie des alcools, des courses et des jeux »: a comma, then the name goes on in small letters
        if not (m := _WORD.match(text, at)):
            break
        word, key = m.group(1), fold(m.group(1)).strip()
        if word[:1].isupper() and len(word) > 1:
            kind = "name"
        elif kept and key in _INSIDE:
            kind = "small"
        elif kept and kept[-1][2] == "small" and fold(text[kept[-1][0] : kept[-1][1]]).strip() in _FRENCH_INSIDE and word.isalpha():
            kind = "lower"
        elif kept and re.fullmatch(r"[dl]['’][^\W\d_][\w-]*", word):  # « Banque d'import-export »
            kind = "lower"
        elif kept and kept[-1][2] == "name" and word.isalpha() and _french_name_goes_on(text, m.end()):
            kind = "lower"  # « Gendarmerie royale du Canada »: an adjective, then the name goes on
        else:
            break
        kept.append((*m.span(1), kind))
        at = m.end()
    while kept and kept[-1][2] == "small":
        kept.pop()
    return re.sub(r"['’]s$", "", text[kept[0][0] : kept[-1][1]]) if kept else ""  # "the Smithsonian's"


def _french_name_goes_on(text: str, at: int) -> bool:
    """A French connecting word (« du », « de la ») then a capitalised word follow `at`."""
    small = _WORD.match(text, at)
    if not small or fold(small.group(1)).strip() not in _FRENCH_INSIDE:
        return False
    after = _WORD.match(text, small.end())
    after = _WORD.match(text, after.end()) if after and fold(after.group(1)).strip() in _FRENCH_INSIDE else after
    return bool(after and after.group(1)[:1].isupper())
