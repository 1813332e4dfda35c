"""Kinds of bodies named by a common noun: « Quel cégep a le plus de projets ? », "Which
university…", "Which CHU…": the bodies whose names begin (or end) with that noun.

Where the kinds come from:
1. the register's words file (`[[kind]]`: the words people say, and the beginnings or endings
   of the body names they cover, e.g. « cégep » covers "Cégep de …", "Collège …", "… College");
2. for any register, the first word of its body names: a noun that begins the names of two
   bodies or more ("Université …", "Office of …") names that kind, in the register's language.

A kind is a filter on the bodies it covers, and the answer says which kind it was
(`Plan.kinds`), never a topic searched in the rows' text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.understand.lexicon import fold
from assistant.understand.typed_fields import plural_pattern
from assistant.understand.word_lists import load

# The words that ask about one group or several (« quel cégep », "which universities", « parmi les cégeps »).
_WORDS = load(Path(__file__).with_name("body_words.toml"))  # the words: data, per language
_ASKING = f"(?:{_WORDS.source('asking')})"
_ADJECTIVE = f"(?:{_WORDS.source('organisation_adjective')})"  # "local councils"
_AMONG = _WORDS.pattern("among_kind")  # "among universities", « parmi les cégeps »


@dataclass(frozen=True)
class Kind:
    word: str  # as the question says it ("cégep")
    field: str
    values: tuple[str, ...]  # the register's values of that kind
    start: int  # span of the word in the question
    end: int
    plural: bool = False  # "universités", not "université" (nor "CIUSSS", a kind as it is)

    def asked_which(self, question: str) -> bool:
        """"Which CISSS …", « quels cégeps … »: the kind's bodies are what is asked."""
        before = fold(question[: self.start]).split()[-1:]
        many = self.plural or re.match(r"\s+(?:have|are|do|ont|sont|utilisent)\b", fold(question[self.end :])) is not None
        return many and before in (["quels"], ["quelles"], ["which"], ["what"])

    def applies(self, question: str, filters: dict[str, list[str]]) -> bool:
        """The kind filters the rows: nothing of its field named, or one of its own named apart
        ("Is Université Laval the biggest among universities?": the universities, Laval claimed)."""
        named = filters.get(self.field)
        among = _AMONG.search(fold(question[max(0, self.start - 16) : self.start]))
        return named is None or bool(among) and set(named) <= set(self.values)

    def asked_one(self, question: str) -> bool:
        """« Quel cégep », "which university": one of the kind asked, not "which universities"."""
        before = fold(question[: self.start]).split()[-1:]
        return before in (["quel"], ["quelle"], ["which"], ["what"], ["top"], ["biggest"], ["busiest"], ["leading"]) and not self.plural  # "the top cégep"


class Kinds:
    """The kinds of one register's bodies, from its words file and its body names."""

    def __init__(self, register: Any) -> None:
        df = register.df
        self.bodies = sorted({str(v) for v in df["body"].dropna()}) if "body" in df.columns else []
        mapping = getattr(register, "mapping", None)
        words = getattr(getattr(mapping, "words", None), "kinds", ())
        # word (folded) -> (starts, ends): declared kinds first
        self._declared: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._acronyms: set[str] = set()  # kinds declared in capitals (« CIUSSS »): a kind however typed
        for said, starts, ends in words:
            self._acronyms |= {fold(w).strip() for w in said if w.isupper() and len(w) >= 4}
            for w in said:
                self._declared[fold(w).strip()] = (
                    tuple(fold(s).strip() for s in starts), tuple(fold(e).strip() for e in ends),
                )  # fmt: skip
        self._plurals = {" ".join(_singular(t) for t in w.split()): w for w in self._declared}
        words_rx = sorted({w for w in self._declared}, key=len, reverse=True)
        # each word of a declared kind also in the plural: « centres de services scolaires »
        self._declared_rx = re.compile(
            r"\b(?:" + "|".join(plural_pattern(w) if len(w) > 3 else re.escape(w) + "s?" for w in words_rx) + r")\b"  # "the CHUs"
        ) if words_rx else None  # fmt: skip
        heads = Counter(fold(b).split()[0] for b in self.bodies if fold(b).split())
        # "which department": the US portfolios' own noun (a third are "Department of …"), not the
        # two bureaus named "Department-wide"
        portfolios = [fold(str(p)).split() for p in df["portfolio"].dropna().unique()] if "portfolio" in df.columns else []
        of_portfolios = {h for h, n in Counter(w[0] for w in portfolios if w).items() if n >= 3 and n * 10 >= 3 * len(portfolios)}
        self._heads = {h for h, n in heads.items() if n >= 2 and len(h) >= 3 and h not in of_portfolios}
        # "Leeds City Council", "Barnet Council": an organisation noun ending two names or more
        tails = Counter(fold(b).split()[-1] for b in self.bodies if fold(b).split())
        self._tails = {t for t, n in tails.items() if n >= 2 and t in _ORGANISATION_NOUNS}

    def find(self, question: str) -> Kind | None:
        """The kind a question asks about, with the bodies it covers (None: no kind named).
        A declared word counts anywhere (« les projets des cégeps »); a first word the names
        share only where it is asked about (« quelle université »)."""
        folded = fold(question)
        found = None  # the last one said: the one the asking sentence names, after any context
        for m in self._declared_rx.finditer(folded) if self._declared_rx else ():
            said = " ".join(m.group().split())
            key = said if said in self._declared else self._plurals.get(" ".join(_singular(w) for w in said.split()), said)
            values = self.values(key)
            original = question[m.start() : m.end()]
            if key != said and original.isupper() and len(key) <= 3:
                continue  # "CHUS" is a body's acronym; "CHUs" the CHUs
            if re.match(r"\s+(?:de la|de l['’]|du|des|de|d['’]|of the|of)\s*[A-ZÀ-Ý]", question[m.end() :]):
                continue  # « au CISSS de l'Outaouais »: one body's name, not the kind
            asked = re.search(rf"\b{_ASKING}\s+(?:(?:\d+|deux|trois|two|three)\s+)?$", folded[: m.start()])
            # "CIUSSS", « des cégeps », « quel ministère »: a kind; "not only the ministry", « les
            # écoles et les collèges » (a topic): words
            scoped = re.search(r"\b(?:des|aux|au|du|dans les|chez les|parmi les|in the|at the|of the|from the|among the|among|by the|"
                               r"combien de|combien d|how many|number of|nombre de|nombre d|no|any|aucun|aucune|chaque|each|every)\s+$", folded[: m.start()])
            # a plural said plainly (« les cégeps », "do universities have") — unless coordinated
            # with another noun (« les écoles et les collèges »: a topic)
            coordinated = re.search(r"\b(?:et|and|ou|or)\s+(?:les\s+|the\s+)?$", folded[: m.start()]) or re.match(
                r"\s+(?:et|and|ou|or)\b", folded[m.end() :])  # fmt: skip
            inside = folded[: m.start()].count("(") > folded[: m.start()].count(")")  # « (centres de services scolaires) »: said again
            # "university projects", "cégep chatbots": the kind qualifying the items
            qualifying = re.match(r"\s+(?:ai\s+|ia\s+)?(?:projects?|initiatives?|use cases?|chatbots?)\b", folded[m.end() :])
            if key in self._acronyms:
                original = original.upper()
            if values and not (inside and found) and (original.isupper() or key in self._acronyms or (key != said or scoped_one(folded[: m.start()])) and (scoped or not coordinated) or asked or qualifying):
                found = Kind(original, "body", values, m.start(), m.end(), key != said)
        if found is not None:
            return found
        # "which councils", "how many councils", "records from councils", "published by councils"
        for m in re.finditer(rf"\b(?:{_ASKING}|how many|combien de|combien d|(?P<by>from|by|at|among|in|of|than|have|has|did|do) (?P<one>a |an |any )?(?:the )?)\s*(?:(?:\d+|deux|trois|two|three)\s+)?(?:(?P<adj>{_ADJECTIVE})\s+)?(?P<word>[a-z]+)\b", folded):
            said = m.group("word")
            # "police forces", "council bodies": the kind said with a noun for organisations after it
            noun = re.match(r" (?:forces|services|bodies|organisations|organizations|authorities)\b", folded[m.end("word") :])
            if noun and said in self._tails and self.values(said):
                return Kind(question[m.start("word") : m.end("word") + noun.end()], "body", self.values(said), m.start("word"), m.end("word") + noun.end(), True)
            if m.group("by") and (said == _singular(said) and not m.group("one") or _singular(said) not in self._tails):
                continue  # after "from", "by": only an organisation noun in the plural ("from councils"), or "from a council"
            if m.group().startswith(("how many", "combien")) and _singular(said) not in self._tails:
                continue  # « combien d'universités » is the declared kinds' (above); here only organisation nouns
            plural = said not in self._heads and said not in self._tails  # "which council": one; "which councils": several
            values = self.values(_singular(said) if plural else said)
            if values:
                start = m.start("adj") if m.group("adj") else m.start("word")  # "local councils": the adjective is the kind's too
                return Kind(question[start : m.end("word")], "body", values, start, m.end("word"), plural)
        return None

    def words(self) -> set[str]:
        """The single words of the declared kinds, singular and plural (« université(s) »)."""
        single = {w for said in self._declared for w in said.split()}
        return single | {w + ("x" if w.endswith("eau") else "s") for w in single}

    def named(self, word: str) -> list[str]:
        """The bodies whose name holds `word` as a word ("Council", accents and case aside)."""
        key = fold(word).strip()
        return [b for b in self.bodies if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", fold(b))]

    def counted(self, kind: Kind, question: str) -> bool:
        """« Combien de cégeps … », "how many CIUSSS …": the number of bodies of that kind."""
        if re.match(r"\s+(?:ai\s+|ia\s+)?(?:projects?|initiatives?|use cases?|chatbots?|records?|entries|tools?|systems?)\b", fold(question[kind.end :])):
            return False  # "how many cégep projects", "how many council records": projects, records
        return re.search(r"\b(?:combien (?:de|d)|how many|nombre de|number of)\s*$", fold(question[: kind.start])) is not None

    def values(self, word: str) -> tuple[str, ...]:
        """The bodies of kind `word` (folded, singular), or () when it names no kind here."""
        if word in self._declared:
            starts, ends = self._declared[word]
        elif word in self._heads:
            starts, ends = (word + " ",), ()
        elif word in self._tails:
            starts, ends = (), (" " + word,)
        else:
            return ()
        out = []
        for b in self.bodies:
            name = " ".join(fold(b).split())
            if any(name.startswith(s) for s in starts) or any(name.endswith(e) for e in ends):
                out.append(b)
        return tuple(out) if len(out) >= 2 else ()


# Organisation nouns that end names and are no field's name ("agency", "bureau", "office" name
# the US inventory's groups themselves): "Which councils …", « combien d'hôpitaux … »
_ORGANISATION_NOUNS = frozenset(_WORDS.words("organisation_noun"))


def scoped_one(before: str) -> bool:
    """"no cégep has …", « aucun cégep n'a … », "each university", « un cégep »: one of a kind, any of them."""
    return re.search(r"\b(?:no|any|aucun|aucune|chaque|each|every|un|une|a|an|one)\s+$", before) is not None  # « au moins un cégep »


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:  # "universities", "ministries"
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word
