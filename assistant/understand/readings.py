"""How the values a question names are read once found: a status that qualifies another noun
("an unknown budget") is no status filter, and a topic search keeps every reading of an
ambiguous or everyday word instead of restricting the rows to one of them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.register.labels import normalise
from assistant.retrieval.lexical import STOPWORDS as _STOPWORDS
from assistant.types import Plan
from assistant.understand.lexicon import fold as lexicon_fold
from assistant.understand.lexicon import has
from assistant.understand.operators import NOUN_FIELDS
from assistant.understand.word_lists import load
from assistant.understand.words import OUT_OF_SCOPE

if TYPE_CHECKING:
    from assistant.register.load import Register

_WORDS = load(Path(__file__).with_name("body_words.toml"))  # the words: data, per language


# What a bare "unknown" may qualify and still be a status: "unknown projects", "projects that are unknown".
_ITEM_NOUN = _WORDS.pattern("item_noun")
_JOINER = _WORDS.pattern("joiner")


def own_statuses(question: str, mentions: list[Any]) -> list[Any]:
    """Mentions minus statuses that qualify another noun: "an unknown budget" or "a budget en
    cours" say nothing of an initiative's status (and an out-of-scope plan shows no such filter)."""
    folded = fold(question)
    scope = [m.span() for m in OUT_OF_SCOPE.finditer(folded) if not re.search(r"\b(?:19|20)\d\d\b", m.group())]  # "went into production in 2023": a year qualifies no status
    kept = []
    for m in mentions:
        if m.field == "status":
            if any(_next_to(folded, m.start, m.end, a, b) for a, b in scope):
                continue  # "an unknown budget", "le budget en cours"
            after = folded[m.end :]
            noun = re.match(r"\s+([a-z][\w-]*)", after)
            if normalise(m.surface) == "unknown" and noun and not _ITEM_NOUN.match(after.lstrip()) and noun.group(1) not in _STOPWORDS:
                continue  # "an unknown purpose"
        kept.append(m)
    return kept


def _next_to(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Span (start, end) and span (a, b) touch, or are apart by spaces and an article only."""
    between = text[end:a] if a >= end else text[b:start] if b <= start else ""
    return bool(_JOINER.fullmatch(between))


def soften(plan: Plan, mentions: list[Any], register: Register) -> None:
    """A topic search is not a count: everyday words ("forecast", "chatbot") do not restrict it
    to one category, and an ambiguous name keeps all its readings ("health" = ministry or network)."""
    from assistant.register.mapping import load_mapping

    mapping = getattr(register, "mapping", None) or load_mapping(None)
    for m in mentions:
        values = plan.filters.get(m.field)
        if values is None:
            continue
        exact_label = mapping.find_label(m.field, m.surface) if m.field in ("category", "status") else True
        if not exact_label and m.value in values:
            values.remove(m.value)
        for alternative in m.alternatives if m.field == "portfolio" else ():
            if alternative not in values:
                values.append(alternative)
        if not values:
            del plan.filters[m.field]
    plan.notes = [n for n in plan.notes if any(m.surface in n for m in mentions if m.field in plan.filters and m.field != "portfolio")]


# Words that pick one side of a sector: "the health network", « le ministère de la Santé », "portfolio".
_ONE_SIDE = _WORDS.pattern("one_side")


_BOTH_SAID = _WORDS.pattern("both_said")


NETWORK = " (Réseau)"  # what the Québec register writes after a sector's network portfolio


def _sides(m: Any, portfolios: frozenset[str]) -> tuple[str, ...]:
    """A portfolio mention's ministry and network portfolios, when the register has both."""
    if m.field != "portfolio" or m.together:
        return ()
    if m.alternatives:
        pair = (m.value, *m.alternatives)
    else:
        base = m.value.removesuffix(NETWORK)
        pair = (base, f"{base}{NETWORK}")
    return pair if len(pair) == 2 and len({p.removesuffix(NETWORK) for p in pair}) == 1 and set(pair) <= portfolios else ()


def networks_of(df: Any) -> dict[str, str]:
    """Body or portfolio -> the network of its sector (« Santé et Services sociaux (Réseau) » for
    the MSSS, a CIUSSS or the health portfolio), for the registers whose portfolios have one."""
    portfolios = set(df["portfolio"].dropna())
    network = {p: f"{p}{NETWORK}" for p in portfolios if f"{p}{NETWORK}" in portfolios}
    network |= {n: n for n in network.values()}
    pairs = df[["body", "portfolio"]].dropna().drop_duplicates().itertuples(index=False)
    return network | {body: network[portfolio] for body, portfolio in pairs if portfolio in network}


def both_sides(question: str, mentions: list[Any], portfolios: frozenset[str]) -> tuple[str, list[Any]]:
    """Both portfolios of a sector said outright: « en santé (ministère et réseau) » (the
    parenthesis then says nothing more) or "both Santé et Services sociaux portfolios"."""
    folded = fold(question)
    for said in re.finditer(r"\(([^()]*)\)", question):
        inside = folded[said.start() : said.end()]
        sided = [m for m in mentions if m.end <= said.start() and _sides(m, portfolios)]
        if sided and re.search(r"minist|department", inside) and re.search(r"reseau|network", inside) and not _one_side_negated(inside):
            a, b = said.span()
            question = question[:a] + " " * (b - a) + question[b:]
            mentions = [o for o in mentions if not a <= o.start < b]
            m = sided[-1]
            mentions[mentions.index(m)] = replace(m, together=_sides(m, portfolios), alternatives=())
    if _BOTH_SAID.search(fold(question)):
        mentions = [replace(m, together=pair, alternatives=()) if (pair := _sides(m, portfolios)) else m for m in mentions]
    return question, mentions


def _one_side_negated(inside: str) -> bool:
    """ "(the ministry side, not the network)": a negation right before one side only (« ni le
    ministère ni le réseau » negates both: the sector, both sides)."""
    sides = [re.search(r"minist|department", inside), re.search(r"reseau|network", inside)]
    negated = [bool(s) and any(has("negation", inside[max(0, s.start() - 16) : s.start()], lang) for lang in ("fr", "en")) for s in sides]
    return negated[0] != negated[1]


_BOTH = {
    "fr": "« {said} » compris comme tout le secteur : {values}.",
    "en": '"{said}" read as the whole sector: {values}.',
}


def whole_sectors(question: str, mentions: list[Any], language: str) -> tuple[list[Any], list[str]]:
    """« en santé », "the health sector": a sector word that names a portfolio and its network
    (« Santé et Services sociaux » and « … (Réseau) ») with nothing choosing a side reads as both,
    said in a note. Returns the mentions and the notes."""
    if _ONE_SIDE.search(fold(question)):
        return mentions, []
    out, notes = [], []
    for m in mentions:
        pair = (m.value, *m.alternatives)
        if m.field == "portfolio" and len(pair) == 2 and len({p.removesuffix(NETWORK) for p in pair}) == 1:
            m = replace(m, together=pair, alternatives=())
            quoted = " + ".join(f"« {v} »" if language == "fr" else f'"{v}"' for v in pair)
            notes.append(_BOTH["fr" if language == "fr" else "en"].format(said=m.surface, values=quoted))
        out.append(m)
    return out, notes


@lru_cache(maxsize=4096)  # a question is folded many times by the rules: once is enough
def fold(text: str) -> str:
    """Accent-free, lower-case, apostrophes as spaces (hyphens kept), with the SAME length as
    `text`, so that spans found in the folded text cut the original one."""
    return "".join("-" if c == "-" else f for c, f in zip(text, lexicon_fold(text), strict=True))


_READ_AS = {
    "fr": "« {said} » lu comme « {real} », le seul organisme dont le nom le contient.",
    "en": '"{said}" read as "{real}", the only body whose name holds it.',
}
READ_BY_ONE_WORD = tuple(t.rsplit("»", 1)[-1].rsplit('"', 1)[-1] for t in _READ_AS.values())  # how such notes end


# Nouns that begin many bodies' names: never one body's name by themselves.
_GENERIC = frozenset(_WORDS.words("generic_noun"))


def without_field_words(topic: str, mentions: list[Any], field_words: dict[str, Any]) -> str:
    """The topic minus the words of a named typed field's own header and names ("a public-facing
    HISP *service*", « à fort impact (*droits* ou *sécurité*) »): the field, said at length."""
    said = {w for m in mentions for w in field_words.get(m.field, ())}
    said |= {noun for m in mentions for noun, f in NOUN_FIELDS.items() if f == m.field}  # « en phase pilote », "the CBP agency"
    # "at the Bibliotheque et Archives nationales (BAnQ)": the body named by its acronym, said at length too
    words = set(topic.lower().split())
    for m in mentions:  # only when most of the name is said: "health" outside HHS is still a topic
        named = {w for w in fold(m.value).replace("-", " ").split() if len(w) > 2 and w not in _STOPWORDS} if m.field in ("body", "portfolio") else set()
        if len(named & {fold(w).strip() for w in words}) * 2 >= len(named) > 0:
            said |= named
    stems = {w[:7] for w in said if len(w) >= 7}  # "classified as computer vision": the "AI classification", said as a verb
    return " ".join(w for w in topic.split() if (n := normalise(w).replace("'", " ").strip()) not in said and n[:7] not in stems) if said else topic


def part_of_a_name(plan: Plan, body_keys: dict[str, str], compared: bool = False) -> str:
    """"le Centre-Ouest", "Sainte-Justine": a capitalised topic word found in one body's name only
    (`body_keys`: body -> its folded name between spaces) is that body, said so, never a topic
    counted; within a kind already asked (« le CIUSSS Centre-Ouest »), it narrows the kind; in a
    comparison (« le CHUM a plus de projets que le Centre-Ouest »), it is the other body.
    Returns the word so read ("" when none)."""
    kind = set(plan.filters.get("body", [])) if plan.kinds.get("body") else None
    if "body" in plan.filters and kind is None and not compared:
        return ""
    others = plan.filters.get("body", []) if kind is None else []
    for word in [*plan.topic.split(), *plan.set_aside]:  # a topic (dense evidence) or a word set aside
        key = " ".join(fold(word).replace("-", " ").split())
        typed = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", plan.question, re.I)  # the topic is folded: "faa" typed "FAA"
        acronym = bool(typed) and typed.group().isupper() and 2 <= len(key) <= 6 and key.isalpha()
        if not (acronym or word[:1].isupper()) or len(key) < 4 and not acronym or key in _GENERIC:
            continue  # "Department", « Ministère »: a kind of body, not a part of one's name
        bodies = [b for b, k in body_keys.items() if f" {key} " in k and (kind is None or b in kind)]
        if acronym and len(bodies) >= 2 and kind is None and not others and not compared:
            # "FAA" in "FAA AJO", "FAA APL"…, "NHS" in "NHS England", "NHS BSA": the bodies named so
            before = fold(plan.question[max(0, typed.start() - 24) : typed.start()])
            negated = any(has("negation", before, lang) for lang in ("fr", "en"))  # "did not come from the NHS"
            (plan.exclude if negated else plan.filters)["body"] = bodies
            plan.kinds["body"], plan.kinds["body:named"] = typed.group(), typed.group()
            plan.topic = " ".join(w for w in plan.topic.split() if w != word)
            plan.set_aside = [w for w in plan.set_aside if w != word]
            return word
        if len(bodies) == 1 and bodies[0] not in others:
            plan.filters["body"] = [*others, *bodies]
            plan.kinds.pop("body", None), plan.kinds.pop("body:named", None)
            plan.topic = " ".join(w for w in plan.topic.split() if w != word)
            plan.set_aside = [w for w in plan.set_aside if w != word]
            plan.notes.append(_READ_AS["fr" if plan.language == "fr" else "en"].format(said=word, real=bodies[0]))
            return word
    return ""



# A name written out in capitals: "Department for Work and Pensions", "HM Treasury", « Ministry of Justice »
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|the|on|de|du|des|la|le|et|&)\s+)*[A-Z][\w’'-]*)+")
_SMALL = {"for": "f", "of": "o", "on": "o"}


def _initials(run: str) -> set[str]:
    """"Department for Work and Pensions" -> {"dwp", "dfwp"}; "Ministry of Justice" -> {"mj", "moj"};
    "HM Treasury" -> {"hmt"} (an acronym inside a name keeps all its letters)."""
    plain, small = [], []
    for w in run.split():
        if w[:1].isupper():
            letters = w if w.isupper() and len(w) <= 4 else w[0]
            plain.append(letters)
            small.append(letters)
        elif w in _SMALL:
            small.append(_SMALL[w])
    return {"".join(plain).casefold(), "".join(small).casefold()}


_READ_INITIALS = {
    "fr": "« {said} » lu comme « {real} », dont c'est le sigle.",
    "en": '"{said}" read as "{real}", its initials.',
}


def by_initials(question: str, mentions: list[Any], acronyms: dict[str, str], language: str) -> tuple[list[Any], list[str]]:
    """A body the register writes as an acronym ("DWP"), named in full ("the Department for Work
    and Pensions"): found by its initials, and said so. `acronyms`: folded acronym -> body."""
    from assistant.understand.entities import Mention

    found, notes = [], []
    for run in _NAME_RUN.finditer(question):
        if len(run.group().split()) < 2 or any(m.start < run.end() and run.start() < m.end for m in mentions):
            continue
        real = next((acronyms[i] for i in _initials(run.group()) if i in acronyms), None)
        if real:
            found.append(Mention("body", real, run.start(), run.end(), run.group(), 100.0, True))
            notes.append(_READ_INITIALS["fr" if language == "fr" else "en"].format(said=run.group(), real=real))
    if not found:
        return mentions, []
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start), notes


def quoted_labels(question: str, mentions: list[Any], mapping: Any) -> list[Any]:
    """A label quoted as the file writes it (« En production », "In production") is that label
    alone, not the group of statuses the same words name unquoted."""
    out = []
    for m in mentions:
        before, after = question[: m.start].rstrip()[-1:], question[m.end :].lstrip()[:1]
        if m.together and m.field in ("category", "status") and before in "«\"“'" and after in "»\"”'" and before and after:
            label = mapping.find_label(m.field, m.surface) if mapping is not None else None
            if label is not None:
                m = replace(m, value=label.key, together=())
        out.append(m)
    return out


# What joins two names of one list: "Justice and Homeland Security", "Treasury, Labor and Agriculture",
# « le Trésor … que le Commerce » (body_words.toml)
_JOINED = _WORDS.pattern("joined_names")
_PORTFOLIO_GENERIC = frozenset(_WORDS.words("portfolio_generic"))
_ASKED_OF = _WORDS.pattern("asked_of")  # "Is Justice number two …?": the subject of a yes/no question
_OWNED_BY = _WORDS.pattern("owned_by")  # "How many use cases does Energy have?", "Energy's use cases"


def distinctive_words(portfolios: frozenset[str]) -> dict[str, str]:
    """Folded word -> the one portfolio whose name says only it beyond generic words ("labor":
    the "Department of Labor"); read once per register."""
    said: dict[str, list[str]] = {}
    named = {p: [w for w in fold(p).replace("-", " ").split() if w not in _PORTFOLIO_GENERIC] for p in portfolios}
    for p, words in named.items():
        if len(words) == 1:
            said.setdefault(words[0], []).append(p)
        elif words and sum(words[0] in ws for ws in named.values()) == 1:  # "Health": Health and Human Services
            said.setdefault(words[0], []).append(p)
    return {word: ps[0] for word, ps in said.items() if len(ps) == 1}


def coordinated_portfolios(question: str, mentions: list[Any], distinctive: dict[str, str]) -> list[Any]:
    """`mentions` and the portfolios named by the one distinctive word of their name (see
    `distinctive_words`), when joined to a portfolio named in full or by its usual short name, or
    the subject of a yes/no question: a capitalised "Justice" alone may be a topic, "Justice and
    Homeland Security" is two departments."""
    from assistant.understand.entities import Mention

    found = list(mentions)
    for _ in range(4):  # "Treasury, Labor and Agriculture": each next to one already found
        added = False
        for word in re.finditer(r"(?<![\w'’-])[A-Z][a-zéèêà]{3,}(?![\w-]|['’](?!s\b))", question):
            value = distinctive.get(fold(word.group()).strip())
            if value is None or any(m.start < word.end() and word.start() < m.end for m in found) or re.match(r"\s+(?:of|for|de|du|des|d['’])", question[word.end() :]):
                continue  # "from the Office of the CIO": a longer name
            joined = any(m.field == "portfolio" and (_JOINED.fullmatch(fold(question[m.end : word.start()])) or _JOINED.fullmatch(fold(question[word.end() : m.start])))
                         for m in found) or _ASKED_OF.fullmatch(fold(question[: word.start()])) or _OWNED_BY.search(fold(question[: word.start()]))
            joined = joined or re.match(r"['’]s\b|\s+(?:use cases?|projects?|initiatives?|systems?|records?)\b", question[word.end() :])  # "Energy's", "Energy use cases"  # fmt: skip
            if joined:
                found.append(Mention("portfolio", value, word.start(), word.end(), word.group(), 90.0, True))
                added = True
        if not added:
            break
    return sorted(found, key=lambda m: m.start)


_COORDINATED = re.compile(r"^\W*(?:(?:et|and|pis|plus|puis|ainsi que|as well as|along with|&)\b|,|&)\W*")


def body_beside_portfolio(plan: Plan, mentions: list[Any], question: str, body_portfolios: dict[str, set[str]], networks: dict[str, str]) -> None:
    """« Combien de projets au MSSS et au réseau ? », "the MSSS and the health network": a body
    and a portfolio it is not part of, said together, ask for both. As filters they would meet
    in no row (a confident 0); the plan compares them instead, each with its own figure. A bare
    « réseau » after a body is its own sector's network."""
    bodies, portfolios = plan.filters.get("body", []), plan.filters.get("portfolio", [])
    if plan.intent not in ("count", "list", "exists") or not bodies or not portfolios:
        return
    if any(body_portfolios.get(b, set()) & set(portfolios) for b in bodies):
        return  # « les projets du MSSS du portefeuille Santé »: one narrows the other
    said = sorted((m for m in mentions if m.field in ("body", "portfolio")), key=lambda m: m.start)
    joined = any(a.field != b.field and _COORDINATED.match(question[a.end : b.start]) for a, b in zip(said, said[1:], strict=False))
    if not joined:
        return
    own = {networks[b] for b in bodies if b in networks}
    if len(portfolios) > 1 and own and own <= set(portfolios):
        portfolios = sorted(own)  # « au MSSS et au réseau »: the health network, not every network
    plan.compare = [*(("body", b) for b in bodies), *(("portfolio", p) for p in portfolios)]
    plan.filters = {f: v for f, v in plan.filters.items() if f not in ("body", "portfolio")}
    plan.intent = "compare"
