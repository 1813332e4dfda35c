"""The asker's context around a question is no topic: « Je prépare une présentation pour le
comité de direction. Combien de projets l'UdeM a-t-elle déclarés ? », "Re: demande du cabinet —
combien de projets …", "I'm new in the team. My manager mentioned … Could you give me …?".

A message of several sentences whose earlier sentences speak of the asker (« je », "I'm", « on
m'a demandé », "my director", a greeting, an e-mail's "Re:" line) keeps its filters from every
sentence (« I'm only interested in chatbots » still filters), but its topic only from the rest:
the words of those sentences are blanked, with the same length, so every span still applies. A
sentence that says what its projects are about (« des projets sur la fraude », "projects about
fraud") is never blanked.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.understand.lexicon import fold
from assistant.understand.word_lists import load

_WORDS = load(Path(__file__).with_name("context_words.toml"))  # the words: data, per language

# Sentences: after . ! ? (not inside a number), an e-mail subject's "Re: …" up to a dash, or a dash.
_BREAK = _WORDS.pattern("sentence_break")
_ASKER = _WORDS.pattern("asker")
_ABOUT = _WORDS.pattern("about")


# A sentence about the question itself: "Quick one for the minister.", « Petite question rapide. »
_META = _WORDS.pattern("about_itself")
_ON = _WORDS.pattern("on_a_subject")
_SUBJECT = _WORDS.pattern("mail_subject")  # "Re: demande du cabinet —"


# "My colleague says automation is the second most common category.": the claim to check, no context
_CLAIMS = _WORDS.pattern("claim_verb")


# A question reported by someone: « Une des cases demande la part des … », "my DG wants to know how many …".
_REPORTED = _WORDS.pattern("reported")

_ASKS = _WORDS.pattern("asks")


def context_blanked(question: str) -> str:
    """`question` with its asker-context sentences blanked (same length); as it is otherwise."""
    if subject := _SUBJECT.match(question):
        question = " " * subject.end() + question[subject.end() :]
    question = _reported_blanked(question)
    cuts = [0, *(m.end() for m in _BREAK.finditer(question)), len(question)]
    sentences = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if question[a:b].strip()]
    if len(sentences) < 2:
        return question  # (with an e-mail subject line blanked)
    out = question
    for a, b in sentences[:-1]:  # the last sentence asks; earlier ones may be context
        folded = fold(question[a:b]).strip()
        about_itself = _META.search(folded) and len(folded.split()) <= 7 and not _ON.search(folded)  # « Petite question rapide. », "Quick one." (not "Quick question on fraud.")
        if (_ASKER.search(folded) or about_itself) and not _ABOUT.search(folded) and not _CLAIMS.search(folded) and "?" not in question[a:b]:
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def asked_over_context(question: str, mentions: list[Any]) -> list[Any]:
    """`mentions` less those in the asker's context sentences (context_blanked) whose field the
    asking sentence names again: "I'm writing on agencies (fire inspections, school *matching*…).
    How many tools do *predictive modeling*?" asks about predictive modeling only; a value said only
    in the context (« Je prépare une note sur la RAMQ. Combien de chatbots ? ») still counts."""
    asked = context_blanked(question)
    if asked == question:
        return mentions
    inside = [m for m in mentions if not asked[m.start : m.end].strip()]
    outside_fields = {m.field for m in mentions if m not in inside}
    return [m for m in mentions if m not in inside or m.field not in outside_fields]


def _reported_blanked(question: str) -> str:
    """« Une des cases demande la part des projets … »: who asks, and the verb, blanked in each sentence."""
    cuts = [0, *(m.end() for m in _BREAK.finditer(question)), len(question)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        said = _REPORTED.match(fold(question[a:b]))
        if said and not _ASKS.search(said.group()):  # "How many use cases need which data": no one reports it
            question = question[:a] + " " * said.end() + question[a + said.end() :]
    return question


# Asking the assistant's view is no claim to check: « selon vous autres », « à ton avis », "in your opinion".
_OPINION = _WORDS.pattern("opinion")


def opinion_blanked(question: str) -> str:
    """`question` with its "in your opinion" words blanked (same length)."""
    for said in _OPINION.finditer(fold(question)):
        a, b = said.span()
        question = question[:a] + " " * (b - a) + question[b:]
    return question


# Who the asker is: « je suis nouvelle analyste au SCT », "I work at the MSSS", « ici Julie, de la RAMQ ».
_SELF = _WORDS.pattern("self_clause")
_SELF_ASKS = _WORDS.pattern("self_asks")


def asker_spans(question: str) -> list[tuple[int, int]]:
    """Spans of the clauses where the asker says who they are: a body named there is where they
    work, not a filter (« je suis analyste au SCT, combien de projets … »)."""
    spans = []
    for said in _SELF.finditer(fold(question)):
        clause = said.group()
        if _SELF_ASKS.search(clause):
            continue  # "I'm interested in chatbots", « je cherche les projets … »: the question itself
        spans.append(said.span())
    return spans


# Who reports a claim: "A draft says '…'", « La note du cabinet affirme que … », "My boss claims that …"
_SAYS = _WORDS.pattern("claimant")


def claimant_blanked(question: str) -> str:
    """`question` with who states its claim blanked (same length): "A draft says '…'" is no topic."""
    said = _SAYS.match(fold(question))
    if said is None or not re.search(r"\w", question[said.end() :]):
        return question
    return " " * said.end() + question[said.end() :]
