"""Free text -> canonical filter values: public bodies, portfolios, categories, statuses.

`EntityResolver(register).mentions(question)` finds what a French or English question names
("la RAMQ", "Revenue Quebec", "le réseau de la santé", "chatbots", "en prod"), whatever its
accents, case and small typos, and returns canonical values (plan.py's contract) with the
span they occupy, so that the caller can cut them out to get the topic.

How it works, and why:
- Every alias (the register's own names, its mapping's labels, portfolios and everyday words
  such as Québec's assistant/register/mappings/words/quebec.toml) becomes a key:
  its folded words (no accent, no case, no punctuation) joined by single spaces. The question
  is folded the same way, word by word, keeping each word's span in the original text.
- Every window of question words is looked up (a prefix set stops each scan early); the
  longest non-overlapping windows win, so "Ministère de la Santé et des Services sociaux" is
  one body, never a portfolio plus leftovers.
- Typos: a question word of 5+ letters that is no known word (no alias word, no word of the
  register's text) is replaced by the nearest alias word with the same initial: 1 edit, 2 for
  words of 12+ letters, one of the two having 6+ letters. Acronyms are never corrected.
  A match that needed a correction scores below 100.
- Acronyms of 3 letters or less (MES, SCT, ÉTS, CTQ...) count only written in capitals (or as
  the alias spells them, "IoT"): "mes projets" is not the Ministère de l'Enseignement supérieur.

Ambiguity policy (the preferred reading is `value`, the others are `alternatives`):
- Readings present in the register come first; then, for bodies, the one with most rows
  ("Laval" -> Université Laval, then CISSS de Laval, Centre de services scolaire de Laval).
- Plain "santé"/"health" and "éducation"/"education" read as the ministry portfolio, with the
  "(Réseau)" portfolio as alternative (the understander reads the whole sector, both, when
  nothing in the question chooses a side: `readings.whole_sectors`);
  "réseau de la santé", "health network", "hôpitaux", "CIUSSS" read as "(Réseau)" only.
  "enseignement supérieur" prefers "(Réseau)": the plain portfolio has no row in 2025.
- Derived aliases (a ministry without "Ministère de la", a place such as "Laval") never
  override an explicit alias or a full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from assistant.register.labels import normalise
from assistant.register.mapping import load_mapping
from assistant.retrieval.lexical import STOPWORDS
from assistant.understand.abbreviations import ABBREVIATIONS, SMALL_WORDS
from assistant.understand.alias_keys import ARTICLE as _ARTICLE
from assistant.understand.alias_keys import alias_key as _key
from assistant.understand.alias_keys import begun as _begun
from assistant.understand.alias_keys import folded_words as _words
from assistant.understand.alias_keys import is_acronym as _is_acronym
from assistant.understand.alias_keys import name_keys as _name_keys
from assistant.understand.alias_keys import plurals as _plurals
from assistant.understand.alias_keys import unaccent as _unaccent
from assistant.understand.word_lists import fold_keep_hyphens, load

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

# --- words true of any register (a register's own are its mapping's `words`) -------------

# The words around a name (mention_words.toml: data, per language), over the folded question.
_AROUND = load(Path(__file__).with_name("mention_words.toml"))
# Phrases that contain a filter word but are no filter: matched (so that their words are
# taken) and then dropped. "apprentissage automatique" is machine learning, not a category.
NOT_FILTERS: tuple[str, ...] = _AROUND.words("not_filter")
# Everyday words that name a portfolio only when written with a capital, as the portfolio is:
# "accidents du travail", "médecin de famille", "transport scolaire" name no portfolio.
CAPITALISED = frozenset(_AROUND.words("capitalised"))
# Real words one edit away from an alias word: never "corrected" into it.
KNOWN_WORDS = frozenset(_AROUND.words("known_word"))
# Places too common to stand for one body ("Université du Québec", "... de Montréal").
_PLACE_STOPWORDS = frozenset(_AROUND.words("common_place"))
_PLACE = re.compile(
    rf"^(?:cisss|ciusss|crsss|css|cegep(?: regional)?|college|universite|chu|centre de services scolaire)"
    rf" (?:{_ARTICLE} )?(.+)$"
)
_MINISTRY = re.compile(rf"^ministere {_ARTICLE} (.+)$")
_MIN_FUZZY = 5  # shortest word we try to correct

_MAX_CORRECTIONS = 50_000  # typo-correction cache entries kept (about 20 MB at most)
_SHORT_ACRONYM = 3  # acronyms this short count only in capitals (or small after an article)
_PORTFOLIO_AFTER = _AROUND.pattern("portfolio_after_name")
_PORTFOLIO_BEFORE = _AROUND.pattern("portfolio_before_name")
_ITEMS_AFTER = _AROUND.pattern("items_after_name")
_ARTICLE_BEFORE = _AROUND.pattern("article_before_name")


# --- the resolver ---------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A filter value named in a question (see the module docstring for the policies)."""

    field: str  # "body" | "portfolio" | "category" | "status"
    value: str  # canonical: the register's French text (body/portfolio) or a label key
    start: int  # span of `surface` in the original question
    end: int
    surface: str
    score: float  # 100 = exact alias; lower = matched through a typo correction
    in_register: bool  # False: a real body/portfolio with no row in this register (SAAQ)
    alternatives: tuple[str, ...] = ()  # other readings of the same words, most likely first
    together: tuple[str, ...] = ()  # the words name all these values at once: `expand_groups`


@dataclass(frozen=True)
class _Reading:
    """One thing an alias may mean."""

    field: str  # "" = no filter (NOT_FILTERS)
    value: str
    in_register: bool
    caps: str = ""  # when set: the alias counts only spelled so (accents aside) or in capitals
    weak: bool = False  # derived alias: never overrides an explicit one
    rows: int = 0  # the body's rows: ranks ambiguous body readings
    together: tuple[str, ...] = ()  # the words name all these values at once (« les réseaux »)


# Values too common to be read as a field's value in a question ("both", "other", "yes").
_TOO_COMMON = frozenset(_AROUND.words("too_common"))


class EntityResolver:
    """Alias tables built once per register (~20 ms); `mentions` then takes well under 1 ms."""

    def __init__(self, register: Register) -> None:
        df = register.df
        self._body_rows: dict[str, int] = df["body"].value_counts().to_dict()
        self._portfolios_in = set(df["portfolio"].dropna()) - {""}
        self._portfolio_rows: dict[str, int] = df["portfolio"].value_counts().to_dict()
        self._labels_in = set(df["category_key"]) | set(df["status_key"])
        # The register's own knowledge (its labels, portfolios, well-known bodies such as the
        # SAAQ, everyday words for its labels) comes from its mapping, and applies to it alone.
        self._mapping = load_mapping(getattr(register, "mapping", None))
        self._register_aliases = getattr(register, "aliases", {}) or {}
        self._table: dict[str, list[_Reading]] = {}  # key -> readings, preferred first
        self._acronyms: set[str] = set()  # words never used as typo targets (CNESST, CHUM)
        self._add_labels()
        self._add_fields(df)
        self._add_portfolios()
        for alias, reading in self._add_bodies():  # derived aliases: only where nothing else is
            if all(r.weak for r in self._table.get(_key(alias), [])):
                self._add(alias, reading, {_key(alias)})  # "IT" of "R/ECA/EX/IT": in capitals only
        for readings in self._table.values():
            readings.sort(key=lambda r: (r.weak, not r.in_register, -r.rows))  # stable
        self._prefixes = {k.rsplit(" ", n)[0] for k in self._table for n in range(k.count(" ") + 1)}
        self._max_words = max(k.count(" ") + 1 for k in self._table)
        alias_words = {w for k in self._table for w in k.split()}
        self._targets: dict[str, list[str]] = {}  # initial -> alias words a typo may stand for
        for word in sorted(alias_words - self._acronyms):
            if len(word) >= _MIN_FUZZY:
                self._targets.setdefault(word[0], []).append(word)
        text = " ".join(df["name"].astype(str)) + " " + " ".join(df["benefits"].astype(str))
        # words the register's text writes in small letters: real words, never an acronym typed small
        prose = re.sub(r"\S*(?:https?:|www\.|\.gov|\.com|\.org)\S*", " ", text)  # not "va" of ptsd.va.gov
        self.written_small = frozenset(_key(w) for w in re.findall(r"\w+", prose) if w.islower())  # "sea ice": a word
        self._small_words = self.written_small | KNOWN_WORDS | STOPWORDS
        self._vocabulary = alias_words | set(_key(text).split()) | KNOWN_WORDS
        self._corrections: dict[str, list[tuple[str, int]]] = {}

    @property
    def vocabulary(self) -> frozenset[str]:
        """Folded words of the aliases and of the register's names and benefits: real words,
        which typo fixes leave alone."""
        return frozenset(self._vocabulary)

    def bodies(self) -> list[str]:
        """The register's public bodies (canonical spelling), alphabetical."""
        return sorted(self._body_rows, key=normalise)

    def portfolios(self) -> list[str]:
        """The register's portfolios (canonical spelling), alphabetical."""
        return sorted(self._portfolios_in, key=normalise)

    # building ------------------------------------------------------------------------

    def _add(self, alias: str, reading: _Reading, keys: set[str] | None = None) -> None:
        """Register `alias` (or the given keys) as a way to say `reading`."""
        if _is_acronym(alias) and len(alias) <= _SHORT_ACRONYM:
            reading = replace(reading, caps=_unaccent(alias))
        elif _key(alias) in CAPITALISED:
            reading = replace(reading, caps=_key(alias).capitalize())
        self._acronyms.update(_key(w) for w in re.split(r"[\s-]+", alias) if _is_acronym(w))
        keys = set(keys or {_key(alias)})
        # "Speech & language processing": the "&" folds away, so "and"/"et" may be left out too
        keys |= {short for k in keys if (short := re.sub(r" (?:and|et)(?= )", "", k)) != k}
        for key in keys:
            readings = self._table.setdefault(key, [])
            if all((r.field, r.value) != (reading.field, reading.value) for r in readings):
                readings.append(reading)

    def _add_labels(self) -> None:
        words = self._mapping.words
        for field in ("category", "status"):
            for label in self._mapping.labels(field):
                reading = _Reading(field, label.key, label.key in self._labels_in)
                for alias in (label.key, label.fr, label.en, *label.aliases):
                    self._add(alias, reading)
                for alias in words.for_label(field, label.key):
                    plural = field == "category" and not _is_acronym(alias)
                    self._add(alias, reading, _plurals(alias) if plural else None)
        for keys, aliases in words.status_groups:  # "in production": every status the file uses for it
            present = tuple(k for k in keys if k in self._labels_in) or keys
            for alias in aliases:
                readings = self._table.setdefault(_key(alias), [])
                readings[:0] = [_Reading("status", present[0], True, together=present)]  # before a label spelled the same
        for phrase in NOT_FILTERS:
            self._add(phrase, _Reading("", "", False), _plurals(phrase))

    def _add_fields(self, df: Any) -> None:
        """The mapping's typed fields: a flag by its names (a "yes"), a label or list field by its
        values (declared labels and their aliases, else the values themselves when short)."""
        for spec in self._mapping.fields:
            if spec.key not in df.columns:
                continue
            if spec.type == "flag":
                present = "yes" in set(df[spec.key])
                for name in spec.names():
                    self._add(name, _Reading(spec.key, "yes", present), _plurals(name))
            elif spec.type in ("label", "multi"):
                cells = df[spec.key].explode() if spec.type == "multi" else df[spec.key]
                present = {str(v) for v in cells.dropna()}
                for label in spec.values:
                    for alias in (label.fr, label.en, *label.aliases):
                        if _key(alias) not in _TOO_COMMON:
                            self._add(alias, _Reading(spec.key, label.key, label.key in present))
                short = {v: _key(v) for v in present if not spec.values and v.strip() and len(v.split()) <= 6 and _key(v) not in _TOO_COMMON}
                for value, key in short.items():  # "Microsoft": also "Microsoft Azure", "Amazon, Microsoft"
                    longer = tuple(o for o in present if _key(o) != key and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", _key(o)))
                    self._add(value, _Reading(spec.key, value, True, together=(value, *longer) if longer else ()))

    def _add_portfolios(self) -> None:
        """The register's portfolios and those its mapping names, under their names, English
        names and other names (the US "Agency Abbreviation"), then the mapping's everyday words."""
        # Readings carry their row counts: "HHS" is both an agency (271 rows) and, inside it,
        # a bureau of that name (15 rows); the larger reading is preferred.
        aliases = self._register_aliases.get("portfolio", {})
        sizes = self._portfolio_rows
        mapping = self._mapping
        names = {mapping.canonical_portfolio(p): p for p in (*mapping.portfolios, *self._portfolios_in)}
        for value in names:
            for alias in (value, mapping.portfolios.get(value), *aliases.get(value, ())):
                if alias:
                    self._add(alias, _Reading("portfolio", value, value in self._portfolios_in, rows=sizes.get(value, 0)))
        for values, words in mapping.words.portfolios:
            for alias in words:
                for value in values:
                    self._add(alias, _Reading("portfolio", value, value in self._portfolios_in))
        for values, words in mapping.words.portfolio_groups:
            present = tuple(v for v in values if v in self._portfolios_in) or values
            for alias in words:
                self._add(alias, _Reading("portfolio", present[0], True, together=present), _plurals(alias))

    def _add_bodies(self) -> list[tuple[str, _Reading]]:
        """The register's bodies under their names' variants, then the well-known bodies of its mapping's words (linked to the
        register's spelling when a name matches). Returns the derived (weak) aliases."""
        names = {body: _name_keys(body) for body in self._body_rows}
        weak: list[tuple[str, _Reading]] = []
        for body, keys in names.items():
            reading = _Reading("body", body, True, rows=self._body_rows[body])
            self._add(body, reading, keys)
            for alias in self._register_aliases.get("body", {}).get(body, ()):
                self._add(alias, reading)
            if (acronym := re.search(r"\(([^()]+)\)\s*$", body)) and _is_acronym(acronym[1]):
                self._add(acronym[1], reading)
            # "VHA: Veterans Health Administration" (the US inventory): both halves name it.
            if (parts := re.fullmatch(r"([A-Z][A-Za-z&]{1,9}):\s*([^;:]+)", body)) and _is_acronym(parts[1]):
                self._add(parts[1], reading)
                self._add(parts[2].strip(), reading)
            # "HHS/NIH", "Department of Justice / FBI": each part names it, where nothing else does.
            if "/" in body:
                weak += [(part.strip(), replace(reading, weak=True)) for part in re.split(r"\s*/\s*", body) if len(part.strip()) >= 2]
            derived = {m[1] for k in keys if (m := _MINISTRY.match(k) or _PLACE.match(k))}
            derived = {d for d in derived if d.split()[0] not in _PLACE_STOPWORDS}
            weak += [(k, replace(reading, weak=True)) for k in derived]
        for known in self._mapping.words.bodies:
            # A name links the register's spelling; an acronym only a cell written the same way
            # ("CHUM" is the CHUM; "DoD", the Department of Defense, is not the CFTC's "DOD").
            keys = {_key(n) for n in known if len(n.split()) > 1}
            body = next((b for b, k in names.items() if k & keys or b.strip() in known), None)
            reading = _Reading(
                "body", body or known[0], body is not None, rows=self._body_rows.get(body, 0)
            )
            for alias in known:
                self._add(alias, reading)
        return weak

    def portfolio_begun(self, name: str) -> str | None:
        """The one portfolio whose name a name of three words or more begins ("Department of
        Health": the Department of Health and Human Services), or None."""
        key = _key(name)
        return _begun(key, self._portfolios_in) if len(key.split()) >= 3 else None

    def closest_body(self, name: str) -> str | None:
        """The register's body a name the register does not hold most likely means: an acronym
        one letter off ("CNESTT"), or the beginning of a longer name ("Bibliotheque et Archives
        nationales"). None when no body is that close (the name is another body)."""
        from rapidfuzz.distance import DamerauLevenshtein

        key = _key(name)
        if not key:
            return None
        if _is_acronym(name.strip()) and len(key) >= 4:
            near = {
                r.value for k in self._acronyms if DamerauLevenshtein.distance(k, key) == 1
                for r in self._table.get(k, []) if r.field == "body" and r.in_register
            }  # fmt: skip
            return near.pop() if len(near) == 1 else None
        if len(key.split()) >= 3:
            if starting := _begun(key, self._body_rows):
                return starting
            close = {b for b in self._body_rows if DamerauLevenshtein.distance(_key(b), key) <= max(1, len(key) // 15)}
            if not close:  # "Department for Work and Pension": one letter off another name of a body ("DWP")
                close = {r.value for k, readings in self._table.items() if len(k) > 8 and DamerauLevenshtein.distance(k, key) <= max(1, len(key) // 15)
                         for r in readings if r.field == "body" and r.in_register}  # fmt: skip
            if not close:  # « le CIUSS du Centre-Ouest »: the beginning of a longer name, with a typo
                close = {b for b in self._body_rows
                         if min(DamerauLevenshtein.distance(_key(b)[: len(key) + k], key) for k in (-1, 0, 1)) <= max(1, len(key) // 15)}  # fmt: skip
            return close.pop() if len(close) == 1 else None
        return None

    # resolving -----------------------------------------------------------------------

    def mentions(self, question: str) -> list[Mention]:
        """Filter values the question names: non-overlapping, longest first, sorted by start."""
        words = _words(question)
        folded = fold_keep_hyphens(question)  # the words around a name are read on it (same length)
        spellings = [self._spellings(w) for w, _, _ in words]
        candidates = []  # (words, score, first, last, readings)
        for i in range(len(words)):
            partial = [("", 0)]  # (key so far, edits so far): a typo may have two readings
            # the few words before (what an article or a field's noun says); "#": a cut is no start of the question
            before = ("#" if words[i][1] > 40 else "") + folded[max(0, words[i][1] - 40) : words[i][1]]
            article_before = _ARTICLE_BEFORE.search(before) is not None
            portfolio_before = _PORTFOLIO_BEFORE.search(before) is not None
            for j in range(i, min(len(words), i + self._max_words)):
                partial = [
                    (k, edits + e)
                    for key, edits in partial
                    for w, e in spellings[j]
                    if (k := f"{key} {w}" if key else w) in self._prefixes
                ]
                if not partial:
                    break
                surface = question[words[i][1] : words[j][2]]
                if surface.count("(") > surface.count(")") and not re.match(r"\s*\)", question[words[j][2] :]):
                    continue  # "education (ministry + network)": a name never opens a parenthesis it leaves open
                after = folded[words[j][2] : words[j][2] + 40]
                # "the transport portfolio", « le portefeuille famille »: a capitalised name said with its field's noun
                named = portfolio_before or _PORTFOLIO_AFTER.match(after) is not None
                items_after = j == i and _ITEMS_AFTER.match(after) is not None  # "va use cases", "ice's projects"
                for key, edits in partial:
                    # "la stm", "l'ets", "the mcn": a short acronym typed small right after an article
                    # (three letters: anywhere, unless an everyday word: "dhs", "nih", "pii")
                    small_ok = j == i and surface.islower() and key not in STOPWORDS and (key not in self._small_words and (
                        article_before or len(key) >= 3 and key not in SMALL_WORDS) or items_after)
                    readings = [r for r in self._table.get(key, ()) if _caps_ok(r, surface) or small_ok and r.caps.isupper()
                                or named and r.field == "portfolio"]
                    if readings:
                        typed = " ".join(w for w, _, _ in words[i : j + 1])
                        score = round(fuzz.ratio(typed, key), 1) if edits else 100.0
                        candidates.append((j + 1 - i, score, i, j, readings))
        taken: set[int] = set()
        found = []
        for _, score, i, j, readings in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
            if taken.isdisjoint(range(i, j + 1)):
                taken.update(range(i, j + 1))
                if readings[0].field:  # NOT_FILTERS take their words and give nothing
                    found.append(_mention(question, words[i][1], words[j][2], score, readings))
        return sorted(found, key=lambda m: m.start)

    def _spellings(self, word: str) -> list[tuple[str, int]]:
        """`word` itself, or the alias words it may be a typo of, with their number of edits;
        a short form also as the words it stands for ("dept": "department", « ste »: « sainte »)."""
        if long := ABBREVIATIONS.get(word):
            return [(word, 0), *((w, 0) for w in long)]
        if len(word) < _MIN_FUZZY or word in self._vocabulary:
            return [(word, 0)]
        cached = self._corrections.get(word)  # one read: another thread may clear the cache
        if cached is not None:
            return cached
        near = process.extract(
            word, self._targets.get(word[0], []), scorer=OSA.distance, score_cutoff=2, limit=None
        )  # fmt: skip
        fits = [(t, e) for t, e, _ in near if _typo_ok(word, t, e)]
        least = min((e for _, e in fits), default=0)
        found = [(t, e) for t, e in fits if e == least] or [(word, 0)]
        if len(self._corrections) >= _MAX_CORRECTIONS:  # unknown words are unbounded: a hostile
            self._corrections.clear()  # client must not grow this cache forever
        self._corrections[word] = found
        return found


def _typo_ok(word: str, target: str, edits: int) -> bool:
    """1 edit (2 between words of 12+ letters), and one of the two words has 6+ letters."""
    short, long = sorted((len(word), len(target)))
    return edits <= (2 if short >= 12 else 1) and long >= 6


def _caps_ok(reading: _Reading, surface: str) -> bool:
    """Short acronyms and CAPITALISED words count only spelled as declared or in capitals."""
    if not reading.caps:
        return True
    plain = _unaccent(surface)
    return plain == reading.caps or (plain.isupper() and plain.isalpha())


def _mention(
    question: str, start: int, end: int, score: float, readings: list[_Reading]
) -> Mention:
    """The Mention of the preferred reading; a "(Réseau" span takes its closing parenthesis."""
    close = re.match(r"\s*\)", question[end:])
    if close and question.count("(", start, end) > question.count(")", start, end):
        end += close.end()
    best = readings[0]
    others = tuple(dict.fromkeys(r.value for r in readings[1:] if r.field == best.field))
    return Mention(
        best.field, best.value, start, end, question[start:end], score, best.in_register, others, best.together
    )
