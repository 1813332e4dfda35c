"""Greetings, lead-ins and sign-offs around a question (openers.toml), removed from its two ends
before it is read: "Hi there, does the CHUM have a chatbot? Thanks!" asks what "does the CHUM
have a chatbot?" asks. Only the ends: a word inside the question is left to the rest."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from assistant.understand.lexicon import fold as _fold  # same length as the question

FILE = Path(__file__).with_name("openers.toml")
COLLOQUIAL = FILE.with_name("colloquial.toml")
_END = r"[\s,;:.!?…—–-]"  # what closes an opener ("Hi there, ", "Thanks!")


def _alternatives(words: set[str]) -> str:
    return "|".join(r"[\s'’-]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _patterns(path: Path = FILE) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    first = {w for lang in data.values() for key in ("greetings", "lead_ins") for w in lang.get(key, [])}
    last = {w for lang in data.values() for w in lang.get("sign_offs", [])}
    nouns = {w for lang in data.values() for w in lang.get("context_nouns", [])}
    # "re: demande du cabinet — …": a subject line before a dash or colon; "For a briefing note to
    # my DM: …", « Pour une note au sous-ministre : … »: for whom or what, before a colon or a dash
    subject = (rf"(?:re\s*:[^—–:?]{{0,60}}|(?:for|pour)\b[^—–:?]{{0,60}}\b(?:{_alternatives(nouns)})\b[^—–:?]{{0,30}}"
               rf"|(?:{_alternatives(nouns)})\b[^—–:?]{{0,20}})\s*[—–:]")
    leading = re.compile(rf"^(?:\s*(?:(?:{_alternatives(first)})(?={_END}|$)|{subject}){_END}*)+")
    trailing = re.compile(rf"(?<={_END[:-1]}])(?:{_alternatives(last)})(?:{_END}+(?:{_alternatives(last)}))*{_END}*$")
    # « …, c'est pour répondre à un journaliste. », "… — it's for the DM's briefing": what it is for, at the end
    purposes = {w for lang in data.values() for w in lang.get("purposes", [])}
    purpose = re.compile(rf"[,;.!?—–-]\s*(?:{_alternatives(purposes)})\b[^?]*\??\s*$")
    return leading, trailing, purpose


_LEADING, _TRAILING, _PURPOSE = _patterns()


def openers(question: str) -> tuple[str, list[str]]:
    """The question without the greetings and lead-ins it opens with and the sign-offs it ends
    with, and the words taken off (shown as set aside); the question itself when nothing else
    would be left."""
    folded = _fold(question)
    start = m.end() if (m := _LEADING.match(folded)) else 0
    end = m.start() if (m := _TRAILING.search(folded, start)) else len(question)
    end = m.start() + 1 if (m := _PURPOSE.search(folded, start, end)) else end
    rest = question[start:end].rstrip(" ,;:—–-")
    if "?" in question[end:] and not rest.endswith("?"):  # "Combien de projets, svp ?": still a question
        rest += " ?" if re.search(r"\s\?\s*$", question) else "?"
    if not re.search(r"\w", rest):
        return question, []
    return rest.strip(), re.findall(r"[^\W_][\w'’-]*", question[:start] + " " + question[end:])


def without_openers(question: str) -> str:
    """The question without what surrounds it (`openers`)."""
    return openers(question)[0]


@cache
def _colloquial() -> tuple[re.Pattern[str], dict[str, str]]:
    """colloquial.toml: chat words (« pis », "w/o") and the words they stand for, one pattern."""
    data = tomllib.loads(COLLOQUIAL.read_text(encoding="utf-8"))
    same = {k.casefold(): v for lang in ("fr", "en") for k, v in data.get(lang, {}).items()}
    words = "|".join(re.escape(k) for k in sorted(same, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’/])(?:{words})(?![\w/])", re.I), same


def colloquial(question: str) -> str:
    """The question with its chat words as the words they stand for (« pis » -> « et »)."""
    pattern, same = _colloquial()
    return pattern.sub(lambda m: same[m.group().casefold()], question)
