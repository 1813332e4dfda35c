"""A register's nouns ("use case", « agence fédérale ») and the phrases templates build from them.

A mapping names its items (`[items]`), itself (`[register]`) and its fields (`[role_names]`) once;
generic.toml's templates say `<no item>`, `<of the portfolio>`, `<Bodies>` and this module turns
them into "no use case", « de l'agence fédérale », « Bureaux » — with French gender, elision and
contraction (du, au, des), English a/an and plurals — so no register needs its own copy of every
sentence. A tag is `<[form] noun>`: the noun is a key of NOUN_KEYS (its plural key for the plural),
the form one of FORMS, or `masc|fem` to choose a word by the noun's gender (`<chacun|chacune body>`);
a capital first letter capitalises the phrase (`<The register>`). Anything else in angle brackets
is left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Singular key -> plural key, for every noun a template may name.
NOUN_KEYS = {
    "item": "items",
    "register": "registers",
    "name": "names",
    "category": "categories",
    "body": "bodies",
    "portfolio": "portfolios",
    "benefits": "benefits",
    "status": "statuses",
}
FORMS = ("", "the", "a", "an", "no", "of the", "to the", "of", "this", "each")
GENDERS = ("m", "f")
_VOWEL = "aàâäeéèêëiîïoôöuùûüyœæh"
_TAG = re.compile(r"<([A-Za-zÀ-ÿ'|][A-Za-zÀ-ÿ' |]*)>")
_LINKS_FR = re.compile(r"\s(?=(de|du|des|d'|à|au|aux|en|pour|sur)\b)")
_FUNCTION_FR = {"et", "ou", "de", "du", "des", "d'", "à", "au", "aux", "en", "le", "la", "les", "l'"}


@dataclass(frozen=True)
class Noun:
    """One noun of a register in one language: its singular, plural and (French) gender."""

    one: str
    many: str
    gender: str = "m"
    language: str = "en"
    elide: bool | None = None  # French: None = by its first letter (l'agence, le bureau)

    @property
    def elided(self) -> bool:
        return self.elide if self.elide is not None else self.one[:1].lower() in _VOWEL


def noun(one: str, language: str, gender: str = "m", many: str = "", elide: bool | None = None) -> Noun:
    """A noun from its singular; the plural is derived (`plural`) unless given."""
    one = " ".join(str(one).split())
    return Noun(one, " ".join(str(many).split()) or plural(one, language), gender, language, elide)


def plural(text: str, language: str) -> str:
    """The plural of a noun phrase: its head pluralised ("stage of development" -> "stages of
    development", « agence fédérale » -> « agences fédérales », « bureau » -> « bureaux »)."""
    if language == "fr":
        link = _LINKS_FR.search(text)
        head, tail = (text[: link.start()], text[link.start() :]) if link else (text, "")
        words = [w if w.lower() in _FUNCTION_FR else _plural_fr(w) for w in head.split(" ")]
        return " ".join(words) + tail
    head, sep, tail = text.partition(" of ")
    words = head.split(" ")
    words[-1] = _plural_en(words[-1])
    return " ".join(words) + sep + tail


def _plural_fr(word: str) -> str:
    low = word.lower()
    if low.endswith(("s", "x", "z")) or not word[-1:].isalpha():
        return word
    if low.endswith(("eau", "au", "eu")) and low not in ("pneu", "bleu"):
        return word + "x"
    if low.endswith("al") and low not in ("bal", "festival", "récital", "final", "natal", "naval"):
        return word[:-2] + "aux"
    return word + "s"


def _plural_en(word: str) -> str:
    low = word.lower()
    if not word[-1:].isalpha():
        return word
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word  # already plural ("benefits")
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def phrase(form: str, n: Noun, many: bool = False) -> str:
    """`n` in one form: "the agency", « de l'agence », « aucun bureau », « ces cas d'usage »…"""
    word = n.many if many else n.one
    if "|" in form:
        masc, _, fem = form.partition("|")
        return fem if n.gender == "f" and n.language == "fr" else masc
    if n.language == "fr":
        return _phrase_fr(form, n, word, many)
    return {
        "": word,
        "the": f"the {word}",
        "a": f"{_a_an(word)} {word}" if not many else word,
        "no": f"no {word}",
        "of the": f"of the {word}",
        "to the": f"to the {word}",
        "of": f"of {word}",
        "this": f"{'these' if many else 'this'} {word}",
        "each": "each",
    }[form]


def _phrase_fr(form: str, n: Noun, word: str, many: bool) -> str:
    fem, elided = n.gender == "f", n.elided
    if form == "":
        return word
    if form == "each":
        return "chacune" if fem else "chacun"
    if form == "of":
        return f"d'{word}" if elided else f"de {word}"
    if form == "this":
        return f"ces {word}" if many else f"cette {word}" if fem else f"cet {word}" if elided else f"ce {word}"
    if form == "no":
        return f"{'aucune' if fem else 'aucun'} {word}"
    if form == "a":
        return f"des {word}" if many else f"{'une' if fem else 'un'} {word}"
    if many:
        return {"the": "les", "of the": "des", "to the": "aux"}[form] + f" {word}"
    if elided:
        return {"the": "l'", "of the": "de l'", "to the": "à l'"}[form] + word
    article = {"the": ("le", "la"), "of the": ("du", "de la"), "to the": ("au", "à la")}[form][fem]
    return f"{article} {word}"


def _a_an(word: str) -> str:
    low = word.lower()
    return "an" if low[:1] in "aeio" or (low[:1] == "u" and not low.startswith(("us", "uni", "uk"))) else "a"


def render(text: str, nouns: dict[str, Noun]) -> str:
    """`text` with every `<[form] noun>` tag replaced by its phrase; other angle brackets stay."""
    if "<" not in text:
        return text
    plurals = {many: one for one, many in NOUN_KEYS.items()}

    def replace(match: re.Match[str]) -> str:
        body = match.group(1).strip()
        form, _, key = body.rpartition(" ")
        low_key, low_form = key.lower(), form.lower()
        one = low_key if low_key in NOUN_KEYS else plurals.get(low_key)
        if one is None or one not in nouns or ("|" not in form and low_form not in FORMS):
            return match.group(0)
        many = low_key != one
        out = phrase(form if "|" in form else {"an": "a"}.get(low_form, low_form), nouns[one], many)
        return out[:1].upper() + out[1:] if body[:1].isupper() else out

    return _TAG.sub(replace, text)


def render_all(value: object, nouns: dict[str, Noun]) -> object:
    """Every text of a template table (nested tables too) rendered with `nouns`."""
    if isinstance(value, str):
        return render(value, nouns)
    if isinstance(value, dict):
        return {k: render_all(v, nouns) for k, v in value.items()}
    return value


def parse_noun(spec: object, language: str, where: str, fail, gender_of=None) -> Noun:
    """One language's entry of `[items]` or `[register]` (`{ one = "use case", many = "use cases" }`,
    French with `gender = "m"` or "f"), checked: every mistake names the key and the fix."""
    example = '{ one = "cas d\'usage", many = "cas d\'usage", gender = "m" }' if language == "fr" else '{ one = "use case", many = "use cases" }'
    if isinstance(spec, str):
        spec = {"one": spec}
    if not isinstance(spec, dict) or not isinstance(spec.get("one"), str) or not spec["one"].strip():
        raise fail(f"[{where}] {language} must name the singular: {language} = {example}.")
    known = {"one", "many", "gender", "elide"} if language == "fr" else {"one", "many"}
    if extra := sorted(set(spec) - known):
        raise fail(f"[{where}] {language}: unknown key(s) {', '.join(extra)}; known: {', '.join(sorted(known))} (e.g. {language} = {example}).")
    if "many" in spec and (not isinstance(spec["many"], str) or not spec["many"].strip()):
        raise fail(f"[{where}] {language}.many must be the plural, a text (e.g. {language} = {example}).")
    gender = spec.get("gender")
    if language == "fr":
        if gender is None and gender_of is not None:
            gender = gender_of(spec["one"])
        if gender not in GENDERS:
            raise fail(f"[{where}] fr = {{ one = {spec['one']!r} }} needs its gender, for « aucun/aucune », « le/la »: "
                       f'add gender = "m" or gender = "f" (e.g. fr = {example}).')
        if "elide" in spec and not isinstance(spec["elide"], bool):
            raise fail(f"[{where}] fr.elide must be true or false (« l'hôpital » vs « le héros »).")
    return noun(spec["one"], language, gender or "m", spec.get("many", ""), spec.get("elide"))


def parse_nouns(table: object, where: str, fail, gender_of=None) -> dict[str, Noun]:
    """`[items]` or `[register]`: both languages, each a noun (`parse_noun`)."""
    if not isinstance(table, dict) or set(table) != {"fr", "en"}:
        raise fail(f"[{where}] needs exactly en and fr entries: en = {{ one = \"use case\", many = \"use cases\" }} and "
                   f"fr = {{ one = \"cas d'usage\", many = \"cas d'usage\", gender = \"m\" }}"
                   + (f" (unknown: {', '.join(sorted(set(table) - {'fr', 'en'}))})." if isinstance(table, dict) and set(table) - {"fr", "en"} else "."))
    return {lang: parse_noun(table[lang], lang, where, fail, gender_of) for lang in ("fr", "en")}
