"""The names a drafted mapping writes, in both languages, from the bilingual glossary.

`portrait-ia mapping draft` reads an English register's headers and values; without this, its
French names were the English words marked TODO and French questions read « 3 use cases du
domaine Law & Justice ». Here every name the draft writes — what one row is (`[items]`: "use case",
found in the headers), what the register calls itself (`[register]`: "inventory", from the file
name), the roles' names, typed fields' names and label values — gets its other-language form
from assistant/register/glossary.py: a known phrase as is, a phrase of known words word by word
(marked "check"), and a TODO only where a word is unknown.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from assistant.register.glossary import english_term, french_gender, glossary, key, translate
from assistant.register.nouns import plural

OTHER = {"en": "fr", "fr": "en"}
GENERIC_ROLE = {
    "fr": {"name": "nom", "category": "catégorie", "body": "organisme", "portfolio": "portefeuille", "benefits": "description", "status": "statut"},
    "en": {"name": "name", "category": "category", "body": "body", "portfolio": "portfolio", "benefits": "description", "status": "status"},
}  # fmt: skip
_DEFAULT_ITEM = {"en": "initiative", "fr": "initiative"}
_DEFAULT_REGISTER = {"en": "register", "fr": "registre"}


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class Named:
    """A name in both languages, the French gender, and how the other language was found."""

    en: str
    fr: str
    gender: str  # of the French name ("m" when unknown)
    how: str  # "glossary", "words" (word by word: check), "" (not found: TODO)
    en_many: str = ""
    fr_many: str = ""


def halves(text: str, language: str) -> tuple[str, str] | None:
    """The two halves of a bilingual header ("Status / Statut"): (the `language` one, the other);
    the English half first, as federal registers write them, unless the glossary says otherwise."""
    parts = [p.strip() for p in text.split(" / ")]
    if len(parts) != 2 or not all(parts):
        return None
    english_first = bool(translate(parts[0], "en")[1]) or not translate(parts[1], "en")[1]
    en, fr = parts if english_first else parts[::-1]
    return (en, fr) if language == "en" else (fr, en)


def both(text: str, language: str) -> Named:
    """`text` (in `language`) with its other-language form from the glossary (or from the other
    half of a bilingual header)."""
    if pair := halves(text, language):
        en, fr = pair if language == "en" else pair[::-1]
        return Named(en, fr, french_gender(fr) or "m", "glossary")
    other, how = translate(text, language)
    if not how and (swapped := translate(text, OTHER[language]))[1]:  # the header is in the other language
        other, how, language = swapped[0], swapped[1], OTHER[language]
    if language == "en":
        en, fr = text, other
    else:
        en, fr = other, text
    how = {"phrase": "glossary", "words": "words"}.get(how, "")
    return Named(en, fr, french_gender(fr) or "m", how)


def _noun(word: str, language: str) -> Named:
    """A noun from the glossary's lists (items, registers), with its plural in both languages."""
    named = both(word, language)
    if language == "en" and (term := english_term(word)) is not None:
        return Named(word, term.text, term.gender or "m", "glossary", plural(word, "en"), term.many or plural(term.text, "fr"))
    return Named(named.en, named.fr, named.gender, named.how, plural(named.en, "en") if named.en else "",
                 plural(named.fr, "fr") if named.fr else "")  # fmt: skip


def _candidates(words: tuple[str, ...], language: str) -> list[str]:
    if language == "en":
        return list(words)
    return [t.text for w in words if (t := english_term(w)) is not None]


def find_items(headers: list[str], name_header: str, language: str, file_stem: str = "") -> tuple[Named, str]:
    """What one row of the register is ("use case"), and why: the glossary's item noun found in
    the name column's header, else in the most headers, else in the file's name ("atrs_records":
    records); else the generic "initiative"."""
    def found(word: str, text: str) -> bool:
        text = key(text.replace("_", " ").replace("-", " "))
        return re.search(rf"(?<!\w){re.escape(key(word))}s?(?!\w)", text) is not None

    candidates = _candidates(glossary().items, language)
    counts = {w: sum(found(w, h) for h in headers) for w in candidates}
    in_name = [w for w in candidates if found(w, name_header)]
    pool = in_name or [w for w in candidates if counts[w] >= 2]
    best = max(pool, key=lambda w: (counts[w], -candidates.index(w))) if pool else ""
    named = [w for w in candidates if file_stem and found(w, file_stem)]
    if named and (not best or counts[best] < 2):  # "atrs_records" + "tool_name": rows are records of tools
        return _noun(named[0], language), f"from the file name {file_stem!r}" + (f" (rather than {best!r}, in one header)" if best else "")
    if not best:
        return _noun(_DEFAULT_ITEM[language], language), "TODO: what one row is (no item noun found in the headers or the file name)"
    return _noun(best, language), f"found in {counts[best]} header(s)" + (f", {name_header!r} among them" if in_name else "")


def find_register(texts: list[str], language: str) -> tuple[Named, str]:
    """What the register calls itself ("inventory"), from its file name and title."""
    for word in _candidates(glossary().registers, language):
        for text in texts:
            if re.search(rf"(?<![a-z]){re.escape(key(word))}(?![a-z])", key(text).replace("_", " ")):
                return _noun(word, language), f"from {text!r}"
    return _noun(_DEFAULT_REGISTER[language], language), "the generic word (no register noun in the file name)"


def noun_lines(table: str, named: Named, why: str) -> list[str]:
    """`[items]` or `[register]` as TOML, both languages."""
    fr = f"fr = {{ one = {_q(named.fr)}, many = {_q(named.fr_many)}, gender = {_q(named.gender)} }}"
    todo = "" if named.fr and named.en else "   # TODO translate"
    return [
        "",
        f"[{table}]{' ' * (23 - len(table))}# {'what one row is, in answers' if table == 'items' else 'what the register calls itself'}: {why}",
        f"en = {{ one = {_q(named.en)}, many = {_q(named.en_many)} }}",
        fr + todo,
    ]


_SMALL_END = {"the", "a", "an", "of", "to", "for", "on", "regarding", "about", "de", "du", "des", "la", "le", "les", "sur"}  # "regarding the AI use case"


def strip_item(name: str, item: str) -> str:
    """A field name without the item noun that starts or ends it, "AI" before it included ("use
    case topic area" -> "topic area", "name ai system" -> "name", "ai system status" -> "status")."""
    words, low = name.split(), [w.lower() for w in name.split()]
    for lead in ([*item.lower().split()], ["ai", *item.lower().split()], ["ia", *item.lower().split()]):
        n = len(lead)
        if len(words) > n and low[:n] == lead:
            return " ".join(words[n:])
        if n < len(words) <= n + 2 and low[-n:] == lead and lead[0] == "ai" and low[-n - 1] not in _SMALL_END:
            return " ".join(words[:-n])
    return name


def role_line(role: str, own: str, language: str, also: tuple[str, ...] = ()) -> str:
    """One `[role_names]` line: the header's word and its other-language form, with the gender,
    and the other names questions use for it (`also`: "component" for a bureau)."""
    named = both(own, language)
    own = named.en if language == "en" else named.fr
    other_word = named.fr if language == "en" else named.en
    note = {"glossary": "# glossary", "words": "# word by word (glossary): check it"}.get(named.how, "")
    if not other_word:
        other_word = GENERIC_ROLE[OTHER[language]][role]
        note = f"# TODO: the {OTHER[language]} word is generic"
    names = {language: own, OTHER[language]: other_word}
    gender = french_gender(names["fr"]) or "m"
    also = tuple(a for a in also if key(a) not in {key(names["fr"]), key(names["en"])} and key(a).replace("s", "z") != key(names["en"]).replace("s", "z"))
    more = f", also = [{', '.join(map(_q, also))}]" if also else ""
    note = f"{note}{'; ' if note else '# '}also: everyday words" if also else note
    return f"{role} = {{ fr = {_q(names['fr'])}, en = {_q(names['en'])}, gender = {_q(gender)}{more} }}   {note}"


def label_texts(text: str, language: str) -> list[str]:
    """A label value's line in the other language: the glossary's, word by word, or a TODO."""
    other, how = translate(text, language)
    if how == "phrase":
        return [f"{OTHER[language]} = {_q(other)}"]
    if how == "words":
        return [f"{OTHER[language]} = {_q(other)}   # word by word (glossary): check it"]
    return [f"{OTHER[language]} = {_q(text)}   # TODO translate"]


def field_names_line(names: list[str], language: str, extra: dict[str, tuple[str, ...]] | None = None) -> str:
    """A typed field's `names`, with the other language's from the glossary (or a TODO), then the
    everyday words `extra` gives per language ("personal data", « données personnelles »)."""
    others: list[str] = []
    pairs = [pair for n in names if (pair := halves(n, language))]
    if pairs:
        names, others = [p[0] for p in pairs], [p[1] for p in pairs]
    for n in names if not pairs else ():
        other, how = translate(n, language)
        if other and other not in others:
            others.append(other if not n.isupper() or how else n)
    said = bool(others)
    extra = extra or {}
    names = list(dict.fromkeys([*names, *extra.get(language, ())]))
    others = list(dict.fromkeys([*others, *extra.get(OTHER[language], ())]))
    own = f"{language} = [{', '.join(_q(n) for n in names)}]"
    if not others:
        return f"names = {{ {own} }}   # TODO: {OTHER[language]} = [\"…\"]"
    note = "glossary" + (", everyday words" if extra else "") if said else "everyday words"
    return f"names = {{ {own}, {OTHER[language]} = [{', '.join(_q(n) for n in others)}] }}   # {OTHER[language]}: {note}"


def find_title(columns: list, stem: str) -> tuple[str, str]:
    """(the register's title, why): the path segment most links of a URL column share
    ("https://www.gov.uk/algorithmic-transparency-records/…": "Algorithmic transparency records"),
    whose words a question may say ("any algorithmic transparency record"); else the file name."""
    for c in columns:
        links = [x for x in getattr(c, "filled", []) if re.match(r"^https?://", x)]
        if len(links) < 0.8 * max(len(getattr(c, "filled", [])), 1) or not links:
            continue
        firsts = [(re.sub(r"^https?://[^/]+/?", "", x).split("/") + [""])[0] for x in links]
        segment, n = max(((s, firsts.count(s)) for s in set(firsts)), key=lambda p: p[1])
        words = [w for w in re.split(r"[-_]+", segment) if w.isalpha()]
        if n >= 0.8 * len(links) and len(words) >= 2 and len(segment.split("/")) == 1:
            return " ".join(words).capitalize(), f"the path its {c.header!r} links share"
    return stem, "TODO: the register's title"
