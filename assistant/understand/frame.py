"""The frame of a question and its topic words: the question without the values it names,
frame words with typos fixed ("Combein", "initiaitves"), and what is left as the topic, in the
user's own spelling; spans set aside; and a negated topic, which no figure answers."""

from __future__ import annotations

import re
from typing import Any

from assistant.understand.lexicon import fold as lexicon_fold
from assistant.understand.lexicon import spans
from assistant.understand.readings import fold as _fold
from assistant.understand.words import FRAME_VOCABULARY, FRAME_WORDS, NEVER_CORRECTED


def blank(question: str, mentions: list[Any]) -> str:
    chars = list(question)
    for m in mentions:
        chars[m.start : m.end] = " " * (m.end - m.start)
    return " ".join("".join(chars).replace("«", " ").replace("»", " ").replace('"', " ").split())


def correct(norm: str, known: frozenset[str] = frozenset()) -> str:
    """Fixes typos in the question's frame words ("Combein", "initiaitves") so intents are found.
    A `known` word (of the register's text) is only fixed into its own family ("agence" ->
    "agency"): "projection" is a topic, not a misspelt "production"."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA  # a swap of two letters ("proporiton") is one edit

    words = norm.split(" ")
    for i, word in enumerate(words):
        core = word.strip("?!.,;:")
        if len(core) < 5 or core in FRAME_VOCABULARY or core in NEVER_CORRECTED:
            continue
        hit = process.extractOne(core, FRAME_VOCABULARY, scorer=OSA.distance, score_cutoff=2 if len(core) >= 7 else 1)
        if hit and (core not in known or hit[0][:5] == core[:5]):
            words[i] = word.replace(core, hit[0])
    return " ".join(words)


def topic_words(question: str, mentions: list[Any], known: frozenset[str] = frozenset()) -> str:
    """The question minus filter mentions and frame words, in the user's own spelling."""
    from assistant.retrieval.lexical import tokens

    chars = list(question)
    for m in mentions:
        chars[m.start : m.end] = " " * (m.end - m.start)
    text = "".join(chars)
    for word in re.finditer(r"\S+", _fold(text)):  # misspelt frame words ("initiaitves") go too
        if correct(word.group(), known) != word.group():
            text = text[: word.start()] + " " * (word.end() - word.start()) + text[word.end() :]
    for match in FRAME_WORDS.finditer(_fold(text)):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    words = [w.strip("?!.,;:«»\"()[]-") for w in text.split()]
    words = [w for w in words if w and tokens(w)]
    return " ".join(words)


def blanked(text: str, spans: Any) -> str:
    """`text` with the (start, end) `spans` blanked, the same length, so every other span holds."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def set_aside(question: str, mentions: list[Any], spans: Any) -> tuple[str, list[Any]]:
    """The question without words that say nothing more (blanked) and the mentions outside them."""
    spans = list(spans)
    return blanked(question, spans), [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


_NEGATED_TOPIC = {
    "fr": "Pas de décompte : le registre ne permet pas d'écarter un sujet (« {said} ») ; voici plutôt les initiatives qui en parlent.",
    "en": 'No count: the register cannot leave out a topic ("{said}"); here instead are the initiatives about it.',
}


_CONTRAST = re.compile(r"rather than|instead of|as opposed to|plutot que|plutot qu|au lieu de|au lieu d")


def negated_topic(question: str, plan: Any) -> bool:
    """"How many projects outside Montreal?": a negation before topic words asks for the rows
    *not* about a topic, which a relevance set cannot give exactly; the plan becomes a search of
    the topic, said so, never a count of its complement or of the topic itself."""
    if not plan.topic or plan.intent not in ("count", "list", "share", "exists"):
        return False
    folded = lexicon_fold(question)
    for a, b in [s for lang in ("fr", "en") for s in spans("negation", folded, lang)]:
        after = re.findall(r"\w+", re.split(r"[,.;:?!]", folded[b:], maxsplit=1)[0])[:3]  # the negated words, in its clause
        if any(lexicon_fold(w).strip() in after for w in plan.topic.split()):
            if _CONTRAST.fullmatch(folded[a:b].strip()) and plan.filters and plan.intent != "exists":
                # "tools about geographic space rather than people": the value read says what is
                # asked, the contrast only restates it; its words are set aside, the figure stands
                contrast = {w for w in plan.topic.split() if lexicon_fold(w).strip() in after}
                plan.topic = " ".join(w for w in plan.topic.split() if w not in contrast)
                plan.set_aside = list(dict.fromkeys([*plan.set_aside, *contrast]))
                continue
            plan.intent = "search"
            plan.notes.append(_NEGATED_TOPIC["fr" if plan.language == "fr" else "en"].format(said=f"{question[a:b].strip()} {plan.topic}"))
            return True
    return False
