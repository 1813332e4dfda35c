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

from assistant.understand.lexicon import fold

# Sentences: after . ! ? (not inside a number), an e-mail subject's "Re: …" up to a dash, or a dash.
_BREAK = re.compile(r"(?<=[.!?])\s+|\s+[—–]\s+|(?<=:)\s+(?=\S)")
_ASKER = re.compile(
    r"^\W*(?:re|tr|fw|fwd)\s*:|^\W*(?:je|j|i|i m|im|we|nous|on|my|mon|ma|mes|our|notre|nos|she|he|elle|il|they|ils|"
    r"hi|hello|hey|bonjour|salut|merci|thanks|thank you|pour|for|dans le cadre|as part)\b"
)
_ABOUT = re.compile(
    r"\b(?:projets?|initiatives?|projects?|use cases?|cas d usage|outils?|tools?|solutions?)\s+(?:\w+\s+)?"
    r"(?:sur|about|concernant|portant sur|related to|regarding|au sujet|on)\b"
)


# A sentence about the question itself: "Quick one for the minister.", « Petite question rapide. »
_META = re.compile(r"\b(?:questions?|query|queries|quick one|quickie|one thing|demande rapide|petite demande|simple one|urgent|vite fait)\b")
_ON = re.compile(r"\b(?:about|on|regarding|re|concerning|sur|concernant|au sujet|touchant|a propos)\b")
_SUBJECT = re.compile(r"^\W*(?:re|tr|fw|fwd)\s*:[^—–?«»]*?(?:[—–]|:(?=\s))", re.I)  # "Re: demande du cabinet —"


# "My colleague says automation is the second most common category.": the claim to check, no context
_CLAIMS = re.compile(
    r"\b(?:says|said|say|dit|disent|pretend\w*|affirme\w*|told|claims?|thinks?|pense\w*|croi\w*|heard|entendu|"
    r"read|lu|believes?|assure\w*|soutien\w*)\b"
)


# A question reported by someone: « Une des cases demande la part des … », "my DG wants to know how many …".
_REPORTED = re.compile(
    r"^[^.!?]*?\b(?:demande\w*|veu\w+|voudrai\w*|aimerai\w*|souhaite\w*|asks?|asked|asking|wants?|wanted|needs?|would like)"
    r"(?:\s+(?:de\s+)?(?:savoir|connaitre|to know|to see))?\s+"
    r"(?=(?:la part|le nombre|le pourcentage|la proportion|combien|quel\w*|si|the share|the number|the percentage|the proportion|how many|what|which|whether|if)\b)"
)

_ASKS = re.compile(r"\b(?:combien|how many|how much|what|which|who|quel\w*|lequel\w*|la part|the share|est ce|is it|are there|does|do)\b")


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


def _reported_blanked(question: str) -> str:
    """« Une des cases demande la part des projets … »: who asks, and the verb, blanked in each sentence."""
    cuts = [0, *(m.end() for m in _BREAK.finditer(question)), len(question)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        said = _REPORTED.match(fold(question[a:b]))
        if said and not _ASKS.search(said.group()):  # "How many use cases need which data": no one reports it
            question = question[:a] + " " * said.end() + question[a + said.end() :]
    return question


# Asking the assistant's view is no claim to check: « selon vous autres », « à ton avis », "in your opinion".
_OPINION = re.compile(
    r"\b(?:selon (?:vous(?: autres)?|toi|vous|toé)|d apres (?:vous|toi)|a (?:votre|ton) avis|"
    r"in your (?:opinion|view)|do you think|would you say|vous pensez|tu penses|tu crois|vous croyez)\b"
)


def opinion_blanked(question: str) -> str:
    """`question` with its "in your opinion" words blanked (same length)."""
    for said in _OPINION.finditer(fold(question)):
        a, b = said.span()
        question = question[:a] + " " * (b - a) + question[b:]
    return question


# Who the asker is: « je suis nouvelle analyste au SCT », "I work at the MSSS", « ici Julie, de la RAMQ ».
_SELF = re.compile(
    r"\b(?:je suis|j suis|je travaille|je bosse|nous sommes|on est|i am|i m|i work|we are|we re)\b"
    r"[^,.;:!?]*?(?=\s+(?:and|et|but|mais|so|donc|alors)\b|[,.;:!?]|$)"
)


def asker_spans(question: str) -> list[tuple[int, int]]:
    """Spans of the clauses where the asker says who they are: a body named there is where they
    work, not a filter (« je suis analyste au SCT, combien de projets … »)."""
    spans = []
    for said in _SELF.finditer(fold(question)):
        clause = said.group()
        if re.search(r"\b(?:combien|how many|quel\w*|which|what|interested|interesse\w*|looking for|cherche)\b", clause):
            continue  # "I'm interested in chatbots", « je cherche les projets … »: the question itself
        spans.append(said.span())
    return spans


# Who reports a claim: "A draft says '…'", « La note du cabinet affirme que … », "My boss claims that …"
_SAYS = re.compile(
    r"^\W*(?:(?:a|an|the|my|our|this|that|le|la|les|un|une|mon|ma|notre|cette|ce)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:says|said|claims|claimed|states|stated|writes|wrote|dit|affirme|pretend|ecrit|soutient)"
    r"(?:\s+(?:that|que|qu))?\s*"
)


def claimant_blanked(question: str) -> str:
    """`question` with who states its claim blanked (same length): "A draft says '…'" is no topic."""
    said = _SAYS.match(fold(question))
    if said is None or not re.search(r"\w", question[said.end() :]):
        return question
    return " " * said.end() + question[said.end() :]
