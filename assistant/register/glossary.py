"""A bilingual glossary of register words (mappings/words/glossary.toml), and translation with it.

`portrait-ia mapping draft` writes a register's names in both languages: a French name for
"topic area" (« domaine »), a label "Operation and Maintenance" (« Exploitation et maintenance »),
a typed field "personally identifiable information" (« renseignements personnels »). Whole
phrases are looked up first; otherwise the words are, one by one, with French word order for
adjectives and noun compounds ("federal agency" -> « agence fédérale », "AI capabilities" ->
« capacités d'IA »). A text with a word the glossary does not know is not translated (the draft
keeps a TODO). A mapping's French role name without a gender takes the glossary's.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache

from assistant.register.nouns import plural
from assistant.resources import MAPPINGS_DIR

GLOSSARY_FILE = MAPPINGS_DIR / "words" / "glossary.toml"
_ARTICLES = {"en": {"the", "a", "an"}, "fr": {"le", "la", "les", "l'", "un", "une"}}
_TOKEN = re.compile(r"[\w'’/.-]*\w[\w'’/-]*|&|[^\w\s]")
_SEPARATORS = set(",;:()[]-–—/")
_MAX_WORDS = 10  # longer texts (sentences) are not translated word by word


@dataclass(frozen=True)
class Term:
    """One glossary entry: its text in the other language, and how it behaves there."""

    text: str
    gender: str = ""  # French nouns: "m" | "f"
    adjective: bool = False
    feminine: str = ""  # French adjectives: the feminine form when it differs
    many: str = ""  # French: an irregular plural

    @property
    def noun(self) -> bool:
        return bool(self.gender)


@dataclass(frozen=True)
class Glossary:
    english: dict[str, Term]  # English phrase -> its French term
    french: dict[str, tuple[str, Term]]  # French phrase -> (English phrase, its French term)
    items: tuple[str, ...]
    registers: tuple[str, ...]


def key(text: str) -> str:
    """A glossary key: lowercase, one space, straight apostrophes."""
    return " ".join(str(text).replace("’", "'").lower().split())


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", key(text)) if unicodedata.category(c) != "Mn")


@cache
def glossary() -> Glossary:
    """The glossary file, read once and checked."""
    data = tomllib.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    english: dict[str, Term] = {}
    for en, spec in data.get("terms", {}).items():
        if isinstance(spec, str):
            spec = {"fr": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("fr"), str) or spec.get("g", "m") not in ("m", "f"):
            raise ValueError(f"{GLOSSARY_FILE}: term {en!r} must be a text or {{ fr = \"…\", g = \"m\"|\"f\" }}.")
        english[key(en)] = Term(spec["fr"], spec.get("g", ""), spec.get("pos") == "adj", spec.get("fem", ""), spec.get("many", ""))
    french: dict[str, tuple[str, Term]] = {}
    for en, term in english.items():
        french.setdefault(_plain(term.text), (en, term))
    return Glossary(english, french, tuple(data.get("items", ())), tuple(data.get("registers", ())))


def french_gender(name: str) -> str | None:
    """The gender of a French noun phrase («agence fédérale» -> "f"): the glossary's for the whole
    phrase, else for its first word (its head); None when the glossary does not know it."""
    found = glossary().french
    for text in (name, name.split(" ")[0] if name.split() else name):
        for form in (text, re.sub(r"(s|x)$", "", text)):
            entry = found.get(_plain(form))
            if entry and entry[1].gender:
                return entry[1].gender
    return None


def english_term(text: str) -> Term | None:
    """The glossary's French for an English phrase (its singular tried too), or None."""
    terms = glossary().english
    k = key(text)
    if k in terms:
        return terms[k]
    single = _singular(k)
    if single != k and single in terms:
        base = terms[single]
        return Term(base.many or plural(base.text, "fr"), base.gender, base.adjective, base.feminine, base.many)
    return None


def _singular(text: str) -> str:
    head, sep, tail = text.partition(" of ")
    words = head.split(" ")
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return " ".join([*words[:-1], last]) + sep + tail


def translate(text: str, source: str) -> tuple[str, str]:
    """`text` (in language `source`) in the other language, and how: "phrase" (the glossary has
    it), "words" (word by word: check it), or ("", "") when a word is unknown."""
    if source == "en":
        term = english_term(text.strip(" .?:"))
        if term:
            return _cased(term.text, text), "phrase"
        words = _en_to_fr(text)
        return (_cased(words, text), "words") if words else ("", "")
    entry = glossary().french.get(_plain(text.strip(" .?:")))
    if entry:
        return _cased(entry[0], text), "phrase"
    words = _fr_to_en(text)
    return (_cased(words, text), "words") if words else ("", "")


def _cased(out: str, like: str) -> str:
    """`out` capitalised as `like` is: a capital first letter, not an acronym's (PII -> renseignements)."""
    acronym = like.isupper() and len(like) > 1
    if like[:1].isupper() and not acronym and out[:1].islower():
        return out[:1].upper() + out[1:]
    return out


@dataclass
class _Chunk:
    text: str
    term: Term | None  # None: a separator, an acronym or a number, kept as written
    many: bool = False


def _en_to_fr(text: str) -> str:
    tokens = _TOKEN.findall(text.strip().rstrip("."))
    if not tokens or len(tokens) > _MAX_WORDS:
        return ""
    chunks: list[_Chunk] = []
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 6), i, -1):
            phrase = " ".join(tokens[i:j])
            term = english_term(phrase)
            if term is not None:
                many = bool(term.noun) and _singular(key(phrase)) != key(phrase)
                chunks.append(_Chunk(term.text, term, many))
                i = j
                break
        else:
            token = tokens[i]
            if key(token) in _ARTICLES["en"]:
                pass
            elif token.isupper() and len(token) > 1:  # an acronym: a noun kept as written (DOT)
                chunks.append(_Chunk(token, Term(token, "m")))
            elif token in _SEPARATORS or any(c.isdigit() for c in token):
                chunks.append(_Chunk(token, None))
            else:
                return ""  # a word the glossary does not know
            i += 1
    return _french_order(chunks)


def _french_order(chunks: list[_Chunk]) -> str:
    """English modifier order to French: within a run of nouns and adjectives, the last noun is the
    head; adjectives follow it (agreeing), nouns before it become « de … » after it."""
    out: list[str] = []
    run: list[_Chunk] = []

    def flush() -> None:
        if not run:
            return
        heads = [c for c in run if c.term and c.term.noun]
        if not heads:
            out.extend(c.text for c in run)
        else:
            head = heads[-1]
            fem, many = head.term.gender == "f", head.many
            adjectives = [_agree(c, fem, many) for c in run if c.term and c.term.adjective and run.index(c) < run.index(head)]
            nouns = [c.text for c in run if c is not head and c.term and c.term.noun and run.index(c) < run.index(head)]
            after = [c.text for c in run[run.index(head) + 1 :]]
            words = [head.text, *adjectives, *(_de(n) for n in reversed(nouns)), *after]
            out.append(" ".join(words))
        run.clear()

    for c in chunks:
        if c.term is not None and (c.term.noun or c.term.adjective):
            run.append(c)
            if c.term.noun:
                continue
        else:
            flush()
            out.append(c.text)
    flush()
    text = " ".join(out)
    text = re.sub(r"\s+([,;:)\]])", r"\1", text).replace(", et ", " et ").replace(", ou ", " ou ")
    text = re.sub(r"\b([dD])e ([aeiouyhàâéèêîôAEIOUYHÀÂÉÈÊÎÔ])", r"\1'\2", text)  # de IA -> d'IA
    return re.sub(r"([(\[])\s+", r"\1", text).strip()


def _agree(c: _Chunk, feminine: bool, many: bool) -> str:
    word = (c.term.feminine or c.text) if feminine else c.text
    return plural(word, "fr") if many else word


def _de(noun: str) -> str:
    return f"d'{noun}" if noun[:1].lower() in "aàâeéèêiîoôuûyh" else f"de {noun}"


def _fr_to_en(text: str) -> str:
    tokens = _TOKEN.findall(text.strip().rstrip("."))
    if not tokens or len(tokens) > _MAX_WORDS:
        return ""
    found = glossary().french
    words: list[tuple[str, bool]] = []  # (English, is an adjective)
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 6), i, -1):
            phrase = " ".join(tokens[i:j])
            entry = found.get(_plain(phrase)) or found.get(_plain(re.sub(r"(s|x)$", "", phrase)))
            if entry:
                words.append((entry[0], entry[1].adjective))
                i = j
                break
        else:
            token = tokens[i]
            if key(token) in _ARTICLES["fr"]:
                pass
            elif token in _SEPARATORS or token.isupper() or any(c.isdigit() for c in token):
                words.append((token, False))
            else:
                return ""
            i += 1
    for n in range(1, len(words)):  # « agence fédérale » -> "federal agency"
        if words[n][1] and not words[n - 1][1]:
            words[n - 1], words[n] = words[n], words[n - 1]
    return " ".join(w for w, _ in words)
