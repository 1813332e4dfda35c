"""`portrait-ia mapping draft`: a commented mapping for a register file nobody has mapped yet.

A new user with an unknown CSV should be asking questions in minutes, not writing 125 lines of
TOML. This writes the mapping for them from the file itself (assistant/register/draft_guess.py
guesses each column's role or type): the six roles, label tables with every value and its count,
a typed field for every other column with names taken from its header, and the blanks found.
Every guess is commented with its reason, and the draft is checked to load before it is written:
the user edits names and translations, never syntax.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from assistant.language import detect_language
from assistant.register.draft_guess import (
    Column,
    alias_columns,
    bilingual_cells,
    bilingual_language,
    blank,
    file_language,
    guess_roles,
    guess_type,
    read_columns,
)
from assistant.register.draft_money import number_lines
from assistant.register.draft_words import (
    GENERIC_ROLE,
    field_names_line,
    find_items,
    find_register,
    halves,
    label_texts,
    noun_lines,
    role_line,
    strip_item,
)
from assistant.register.fields import CURRENCIES, RESERVED, number_text
from assistant.register.files import RegisterError
from assistant.register.labels import normalise
from assistant.register.mapping import BILINGUAL_ROLES, LABELLED, TABLES, parse_mapping

_OTHER = {"en": "fr", "fr": "en"}
_SKIP = re.compile(
    r"^((is|are|was|were|be|been|has|have|had|does|do|did|can|could|will|would|should|this|the|that|there|"
    r"your|you|we|an?|any|it|its|ai use case|use case|ai system|agency|project|describe|provide|explain|please|"
    r"which|what|how|where|who|when|whether|if any|est-ce que|est-ce qu'|y a-t-il|quels?|quelles?|comment|"
    r"le|la|les|ce|cette|un|une|des|du|l')\b|l')[\s,]*",
    re.I,
)
_LEAD = re.compile(r"^(for|in|if|where|when|pour|dans|si|lorsque)\b[^,]*,\s*", re.I)
_CUT_WORDS = {"that", "which", "who", "whose", "for", "to", "by", "with", "when", "where", "if", "associated",
              "is", "are", "has", "have", "does", "been", "of", "qui", "pour", "par", "avec", "dont", "est", "sont"}  # fmt: skip
_STOP = {
    "and",
    "et",
    "or",
    "ou",
    "the",
    "le",
    "la",
    "les",
    "of",
    "de",
    "des",
    "du",
    "a",
    "an",
    "un",
    "une",
    "d",
    "l",
}
_BLANK_LABEL = {"en": "Not specified", "fr": "Non précisé"}
_NAMES = {"en": "English", "fr": "French"}


@dataclass
class Draft:
    text: str  # the mapping file's TOML, commented
    rows: int
    roles: dict[str, str]  # role -> header
    fields: dict[str, str]  # field key -> type


def draft_mapping(path: Path, out: Path | None = None) -> Draft:
    """The drafted mapping of the register file `path`; `out` is where it will be written (the
    name errors show). Raises MappingError/RegisterError if the draft does not load (a bug)."""
    from assistant.register.load import load_register

    if not path.is_file():
        raise RegisterError(
            f"{path}: the register file was not found (looked for {path.absolute()}). Fix: check the path.",
            path=path,
        )
    columns = read_columns(path)
    rows = len(columns[0].cells) if columns else 0
    first, bilingual = bilingual_language(columns)  # a file in both languages: the one written first
    language = first or file_language(columns, detect_language)
    roles = guess_roles(columns, language, rows)
    aliases = alias_columns(columns, roles)
    for c in columns:
        if c.kind or c.repeated or not c.filled:
            continue
        if (
            c.other is not None
            and c.other.kind in (*roles, "pair", "alias")
            and c.language != language
        ):
            c.kind = "pair"  # the other-language half of a role: its labels' translations
            continue
        guess_type(c)
        if c.other is not None:
            c.other.kind = "pair"
    writer = _Writer(path, language, rows, bilingual)
    text = writer.write(columns, roles, aliases)
    target = out or path.with_suffix(".mapping.toml")
    load_register(
        path, parse_mapping(tomllib.loads(text), target)
    )  # the draft must load as written
    return Draft(text, rows, {r: c.header for r, c in roles.items()}, writer.kinds)


def slug(text: str, limit: int = 40) -> str:
    """ "Health & Medical" -> "health_medical": a key from a text (lowercase, digits, _)."""
    words = re.findall(r"[a-z0-9]+", normalise(text))
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit and out:
            break
        out = f"{out}_{w}" if out else w
    return out


def _loose(text: str) -> str:
    """Spellings that name one value: parentheses, "&"/"and", case and accents set aside."""
    words = re.findall(r"[a-z0-9]+", normalise(re.sub(r"\([^)]*\)", " ", text)))
    return " ".join(w for w in words if w not in _STOP) or normalise(text)


@dataclass
class _Value:
    text: str
    count: int
    spellings: list[str]  # other spellings that name it (normalised differently)
    translation: str = ""  # the other-language column's text on the same rows


def group_values(cells: list[str], others: list[str] | None = None) -> list[_Value]:
    """The distinct values of a label column, variants merged, most frequent first, each with the
    other-language column's most frequent text on the same rows."""
    filled = [
        (c, o) for c, o in zip(cells, others or [""] * len(cells), strict=True) if not blank(c)
    ]
    groups: dict[str, Counter[str]] = {}
    partners: dict[str, Counter[str]] = {}
    for cell, other in filled:
        groups.setdefault(_loose(cell), Counter())[cell] += 1
        if other and not blank(other):
            partners.setdefault(_loose(cell), Counter())[other] += 1
    values = []
    for loose, spellings in groups.items():
        text = spellings.most_common(1)[0][0]
        seen = {normalise(text)}
        variants = [s for s in spellings if normalise(s) not in seen and not seen.add(normalise(s))]
        translation = partners[loose].most_common(1)[0][0] if loose in partners else ""
        values.append(_Value(text, sum(spellings.values()), variants, translation))
    return sorted(values, key=lambda v: (-v.count, v.text.lower()))


def header_names(header: str) -> list[str]:
    """Names a question may use for a column, from its header: its acronyms ("PII"), then the
    header made short ("Does this AI use case involve personally identifiable information (PII)
    that is maintained…?" -> "involve personally identifiable information", "personally identifiable
    information")."""
    acronyms = re.findall(r"\(([A-Z][A-Z0-9&]{1,9}s?)\)", header)
    text = " ".join(re.sub(r"\([^)]*\)", " ", header).split()).strip(" ?:.*")
    if len(text.split()) <= 1:  # "Other (Use Case Topic Area)": the parenthesis says what it is
        text = " ".join(re.sub(r"[()]", " ", header).split()).strip(" ?:.*")
    names: list[str] = []
    if len(text.split()) <= 6 and not header.rstrip().endswith("?"):
        names.append(text)
    else:
        text = _LEAD.sub("", text)
        while (shorter := _SKIP.sub("", text, count=1)) != text:
            text = _LEAD.sub("", shorter)
        words = text.split()
        cut = next(
            (
                i
                for i in range(2, len(words))
                if words[i].lower() in _CUT_WORDS or words[i - 1].endswith((",", ";"))
            ),
            len(words),
        )
        words = [w.strip(",;") for w in words[: min(cut, 6)]]
        if words:
            names.append(" ".join(words))
        if len(words) >= 3:
            names.append(" ".join(words[1:]))
    names = [
        " ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in n.split())
        for n in names
    ]
    return list(dict.fromkeys(n.strip(" -'") for n in (*acronyms, *names) if n.strip(" -'")))


def _shouty(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return len(first) > 1 and first.isupper()


def _q(text: str) -> str:
    """A TOML basic string."""
    return json.dumps(text, ensure_ascii=False)


def _n(number: int | float) -> str:
    return f"{number:,}"


class _Writer:
    """Writes the mapping's TOML, section by section, with a reason and the counts on each guess."""

    def __init__(self, path: Path, language: str, rows: int, bilingual: str = "") -> None:
        self.path, self.language, self.rows, self.bilingual = path, language, rows, bilingual
        self.other = _OTHER[language]
        self.kinds: dict[str, str] = {}
        self.keys: set[str] = set(RESERVED)
        self.names: set[str] = set()

    def write(
        self, columns: list[Column], roles: dict[str, Column], aliases: dict[str, Column]
    ) -> str:
        lines = self._head(columns, roles)
        lines += [
            "",
            "[columns]                # role = the header of its column; roles left out are not in this file",
        ]
        for role, c in roles.items():
            column = _q(c.header)
            if role in BILINGUAL_ROLES and c.other is not None:  # one column per language
                column = f"{{ {c.language} = {_q(c.header)}, {c.other.language} = {_q(c.other.header)} }}"
            lines.append(f"{role} = {column}   # {c.why}; {self._blanks(c)}")
        if aliases:
            lines += [
                "",
                "[aliases]                # a column giving other names of a body or portfolio",
            ]
            lines += [f"{role} = {_q(c.header)}   # {c.why}" for role, c in aliases.items()]
        if "body" in roles and "portfolio" in roles and roles["body"].blanks:
            lines += ["", "[fallback]", f'body = "portfolio"   # {_n(roles["body"].blanks)} blank {roles["body"].header!r} cell(s) take the {roles["portfolio"].header!r}']  # fmt: skip
        name_header = roles["name"].header if "name" in roles else ""
        items, why = find_items([c.header for c in columns], name_header, self.language, self.path.stem)
        lines += noun_lines("items", items, why)
        lines += noun_lines("register", *find_register([self.path.stem], self.language))
        lines += ["", "[role_names]             # the register's words for its roles, in answers (gender: French)"]
        item_word = items.en if self.language == "en" else items.fr
        for role, c in roles.items():
            found = header_names((c.stem or c.header).replace("_", " ")) or [role]
            own = strip_item(next((n for n in found if not n.isupper()), found[0]), item_word)
            if own.lower() == item_word.lower():
                own = GENERIC_ROLE[self.language][role]
            lines.append(role_line(role, own, self.language))
        lines += self._labels(roles)
        for c in columns:
            if c.kind in ("label", "flag", "date", "number", "multi", "text", "id", "private"):
                lines += self._field(c)
        lines += self._left_out(columns)
        return "\n".join(lines) + "\n"

    def _head(self, columns: list[Column], roles: dict[str, Column]) -> list[str]:
        name = slug(self.path.stem).replace("_", "-") or "register"
        required = "name" not in roles or not roles["name"].blanks
        return [
            f"# Mapping drafted by `portrait-ia mapping draft` from {self.path.name} on {date.today().isoformat()}:",
            f"# {_n(self.rows)} data rows, {len(columns)} columns. Every guess says why; counts are the file's.",
            f"# Check what loading decides: portrait-ia mapping check THIS_FILE --data {self.path}",
            "# Then: translate the lines marked TODO, rename keys and names as your users say them.",
            f"name = {_q(name)}",
            f"title = {_q(self.path.stem)}   # TODO: the register's title",
            f"language = {_q(self.language)}   # bilingual: {self.bilingual}; {_NAMES[self.language]} is written first, and answers show each text in the question's language"
            if self.bilingual
            else f"language = {_q(self.language)}   # the language of its text (detected)",
            *([f"bilingual_cells = [{', '.join(_q(r) for r in cells)}]   # cells written \"English / Français\": either half finds the value, each shown in its language"]
              if (cells := bilingual_cells(roles)) else []),  # fmt: skip
            'required = ["name"]   # every row has a name'
            if required
            else f"required = []   # {_n(roles['name'].blanks)} row(s) have no name: they load with a blank name",
        ]

    def _blanks(self, c: Column) -> str:
        return f"{_n(c.blanks)} blank" if c.blanks else "no blank"

    def _labels(self, roles: dict[str, Column]) -> list[str]:
        lines: list[str] = []
        policy: list[str] = []
        for role in LABELLED:
            if role not in roles:
                continue
            c = roles[role]
            values = group_values(c.cells, c.other.cells if c.other else None)
            keys = self._value_keys(values)
            table = TABLES[role]
            lines += [
                "",
                f"# -- {role} labels: {len(values)} values of {c.header!r} ({self._blanks(c)}), most frequent first --",
            ]
            for key, v in zip(keys, values, strict=True):
                lines += [f"[{table}.{key}]   # {_n(v.count)} rows", *self._texts(v)]
            other = next(
                (
                    k
                    for k, v in zip(keys, values, strict=True)
                    if k in ("other", "others", "autre", "autres")
                ),
                "",
            )
            if other:
                policy.append(
                    f'unknown_{role} = "{other}"   # a spelling not listed here is counted as {other!r}'
                )
            else:
                policy.append(
                    f'unknown_{role} = "error"   # every value of this file is listed; a new one is an error naming it'
                )
            if c.blanks:
                key = "unspecified" if "unspecified" not in keys else "unspecified_blank"
                lines += [
                    f"[{table}.{key}]   # {_n(c.blanks)} blank cells",
                    f"en = {_q(_BLANK_LABEL['en'])}",
                    f"fr = {_q(_BLANK_LABEL['fr'])}",
                ]
                policy.append(f'blank_{role} = "{key}"')
        return (["", "[labels]                 # unknown_/blank_<role>: what a new or blank label becomes", *policy] if policy else []) + lines  # fmt: skip

    def _value_keys(self, values: list[_Value]) -> list[str]:
        keys: list[str] = []
        for v in values:
            pair = halves(v.text, self.language)  # "Vendor / Fournisseur": the file language's half
            key = slug(pair[0] if pair else v.text) or "value"
            while key in keys:
                key = f"{key}_{len(keys) + 1}"
            keys.append(key)
        return keys

    def _texts(self, v: _Value) -> list[str]:
        own, other = v.text, v.translation
        spellings = list(v.spellings)
        if not other and (pair := halves(own, self.language)):  # a bilingual cell "Pilot / Projet pilote"
            spellings.insert(0, own)
            own, other = pair
        lines = [f"{self.language} = {_q(own)}"]
        if other:
            lines.append(f"{self.other} = {_q(other)}")
        else:
            lines += label_texts(own, self.language)
        if spellings:
            lines.append(
                f"aliases = [{', '.join(_q(s) for s in spellings)}]   # other spellings in the file"
            )
        return lines

    def _field(self, c: Column, kind: str = "", note: str = "") -> list[str]:
        kind = kind or c.kind
        names = [n for n in header_names(c.stem or c.header) if normalise(n) not in self.names and n not in CURRENCIES]
        key = self._key(names, c)
        self.names.update(normalise(n) for n in names)
        self.kinds[key] = kind
        column = (
            _q(c.header)
            if c.other is None
            else f"{{ {c.language} = {_q(c.header)}, {c.other.language} = {_q(c.other.header)} }}"
        )
        lines = [
            "",
            f"[fields.{key}]   # {note or c.why}; {self._blanks(c)}",
            f"type = {_q(kind)}",
            f"column = {column}",
        ]
        if kind != "private":
            if not names:
                names = [key.replace("_", " ")]
            lines.append(field_names_line(names, self.language))
        lines += self._details(c, kind, key)
        return lines

    def _key(self, names: list[str], c: Column) -> str:
        acronym = next((n for n in names if n.isupper() and len(n) <= 6 and n not in CURRENCIES), "")  # not "CAD"
        phrase = next((n for n in names if n != acronym and n not in CURRENCIES), c.stem or c.header)
        if pair := halves(phrase, self.language):  # "Developed by / Développé par": one language's half
            phrase = pair[0]
        key = slug(acronym or " ".join(phrase.split()[:4]), 32) or "field"
        key = key if key[0].isalpha() else f"field_{key}"
        base, n = key, 2
        while key in self.keys:
            key, n = f"{base}_{n}", n + 1
        self.keys.add(key)
        return key

    def _details(self, c: Column, kind: str, key: str) -> list[str]:
        filled = c.filled
        if kind == "flag":
            yes = sum(1 for x in filled if _is(x, c.yes))
            no = sum(1 for x in filled if _is(x, c.no))
            odd = len(filled) - yes - no
            return [
                f"yes = [{', '.join(_q(s) for s in c.yes)}]   # {_n(yes)} rows",
                f"no = [{', '.join(_q(s) for s in c.no)}]   # {_n(no)} rows; {_n(c.blanks)} blank"
                + (f"; {_n(odd)} other (not given)" if odd else ""),
                *(
                    f"#   {_n(n)} × {_q(s)}"
                    for s, n in c.counts.most_common(8)
                    if len(c.counts) > 2
                ),
            ]
        if kind == "date":
            years = pd.to_datetime(
                pd.Series(filled, dtype="object"),
                errors="coerce",
                format="mixed",
                dayfirst=c.dayfirst,
            ).dt.year.dropna()
            span = f"{int(years.min())}–{int(years.max())}" if len(years) else "none read"
            return [
                *(["dayfirst = true   # days come first (13/01/2024)"] if c.dayfirst else []),
                f"# {_n(len(years))} dates, years {span}",
            ]
        if kind == "number":  # read as loading reads it; money or a unit said (draft_money.py)
            numbers = pd.to_numeric(pd.Series([number_text(x) for x in filled], dtype="object"), errors="coerce").dropna()
            stats = [f"# {_n(len(numbers))} numbers from {numbers.min():g} to {numbers.max():g}, mean {numbers.mean():g}"] if len(numbers) else []
            return [*number_lines(c.header, filled, self.language), *stats]
        if kind == "multi":
            from assistant.register.draft_guess import _items_of

            items = _items_of(c)
            return [
                f"separator = {_q(c.separator)}",
                f"# items (in how many distinct cells): {', '.join(f'{i} {n}' for i, n in items.most_common(10))}",
            ]
        if kind == "label":
            values = group_values(c.cells, c.other.cells if c.other else None)
            keys = self._value_keys(values)
            lines = []
            for k, v in zip(keys, values, strict=True):
                lines += [f"[fields.{key}.values.{k}]   # {_n(v.count)} rows", *self._texts(v)]
            return lines
        if kind in ("text", "id"):
            return [
                f"# {_n(c.distinct)} distinct values, {c.mean_length:.0f} characters on average"
            ]
        return []

    def _left_out(self, columns: list[Column]) -> list[str]:
        out = [f"#   {c.header!r} (column {c.index + 1}): " + ("its header repeats an earlier column's: a mapping names a column by its header" if c.repeated else "always blank")
               for c in columns if c.repeated or (not c.kind and not c.filled)]  # fmt: skip
        out += [f"#   {c.header!r} (column {c.index + 1}): its texts are the {c.language} labels or other names above"
                for c in columns if c.kind == "pair" and c.other is not None and c.other.kind in ("category", "status")]  # fmt: skip
        return ["", "# Not mapped:", *out] if out else []


def _is(cell: str, spellings: list[str]) -> bool:
    text = normalise(cell).strip(" .")
    return any(
        text == (s := normalise(sp)) or (text.startswith(s) and not text[len(s)].isalnum())
        for sp in spellings
    )
