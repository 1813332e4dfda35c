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
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from assistant.language import detect_language
from assistant.register.draft_aliases import (
    alias_lines,
    known_bodies_line,
    owner_line,
)
from assistant.register.draft_everyday import (
    date_names,
    field_names,
    merge_same,
    not_recorded_line,
    role_also,
    says_nothing,
    value_words,
)
from assistant.register.draft_flags import Derived, FlagSpec, derive
from assistant.register.draft_guess import (
    Column,
    alias_columns,
    bilingual_cells,
    bilingual_language,
    file_language,
    guess_roles,
    guess_type,
    read_columns,
)
from assistant.register.draft_money import number_lines
from assistant.register.draft_names import _Value, explained_heads, group_values, header_names
from assistant.register.draft_words import (
    GENERIC_ROLE,
    field_names_line,
    find_items,
    find_register,
    find_title,
    halves,
    label_texts,
    noun_lines,
    role_line,
    strip_item,
)
from assistant.register.fields import CURRENCIES, RESERVED, number_text
from assistant.register.files import RegisterError
from assistant.register.glossary import translate
from assistant.register.labels import normalise
from assistant.register.mapping import BILINGUAL_ROLES, LABELLED, TABLES, parse_mapping

_OTHER = {"en": "fr", "fr": "en"}
_BARE = {"true", "false", "vrai", "faux", "y", "n"}  # label values too common to be declared
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
        self.claimed: set[str] = set()  # label texts and aliases written so far: a word names one value
        self._heads: dict[str, str] = {}  # the values of the column being written, by their short names
        self.item_word = ""  # what one row is ("system"): "ai system primary users" is also "primary users"

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
        lines += alias_lines(roles, aliases, [c for c in columns if c.kind == "id"])  # "Internal Revenue Service": IRS (draft_aliases.py)
        if "body" in roles and "portfolio" in roles and roles["body"].blanks:
            lines += ["", "[fallback]", f'body = "portfolio"   # {_n(roles["body"].blanks)} blank {roles["body"].header!r} cell(s) take the {roles["portfolio"].header!r}']  # fmt: skip
        name_header = roles["name"].header if "name" in roles else ""
        items, why = find_items([c.header for c in columns], name_header, self.language, self.path.stem)
        lines += noun_lines("items", items, why)
        lines += noun_lines("register", *find_register([self.path.stem], self.language))
        lines += ["", "[role_names]             # the register's words for its roles, in answers (gender: French)"]
        item_word = self.item_word = items.en if self.language == "en" else items.fr
        owns = {}
        for role, c in roles.items():
            found = header_names(c.words) or [role]
            own = strip_item(next((n for n in found if not n.isupper()), found[0]), item_word)
            owns[role] = GENERIC_ROLE[self.language][role] if own.lower() == item_word.lower() else own
        taken = {normalise(o) for o in owns.values()}
        for role, own in owns.items():  # "bureau" is also a "component": everyday words (draft_everyday.py)
            also = role_also(own, taken) if role in ("body", "portfolio") else ()
            taken.update(normalise(a) for a in also)
            lines.append(role_line(role, own, self.language, also))
        typed = [c for c in columns if c.kind in ("label", "flag", "date", "number", "multi", "text", "id")]
        self.claimed |= {normalise(n) for c in typed for n in header_names(c.words)}  # a header's words are its column's
        lines += self._labels(roles)
        for c in columns:
            if c.kind == "label":  # "both"/"neither", "none of the above": flags too (draft_flags.py)
                derived = derive(c, group_values(c.cells, c.other.cells if c.other else None), self.language)
                for spec in derived.flags:
                    lines += self._flag_field(spec, c)
                lines += self._field(c, derived=derived)
            elif c.kind in ("flag", "date", "number", "multi", "text", "id", "private"):
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
            "title = {} # {}".format(_q((t := find_title(columns, self.path.stem))[0]) + "  ", t[1]),
            f"language = {_q(self.language)}   # bilingual: {self.bilingual}; {_NAMES[self.language]} is written first, and answers show each text in the question's language"
            if self.bilingual
            else f"language = {_q(self.language)}   # the language of its text (detected)",
            *([f"bilingual_cells = [{', '.join(_q(r) for r in cells)}]   # cells written \"English / Français\": either half finds the value, each shown in its language"]
              if (cells := bilingual_cells(roles)) else []),  # fmt: skip
            not_recorded_line([c.words for c in columns if c.kind in ("number", "text", "label", "multi", "benefits")]),  # not a yes/no question
            *known_bodies_line(roles.get("body")),
            *owner_line(columns, self.path.stem, roles.get("body")),
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
            words = self._value_words(keys, values, role) if role == "status" else {}  # a category "Economic Development" is no stage
            table = TABLES[role]
            lines += [
                "",
                f"# -- {role} labels: {len(values)} values of {c.header!r} ({self._blanks(c)}), most frequent first --",
            ]
            for key, v in zip(keys, values, strict=True):
                lines += [f"[{table}.{key}]   # {_n(v.count)} rows", *self._texts(v, words.get(key, ()))]
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
        """The values' keys; each value's short name, when the column's values explain themselves
        (`explained_heads`), is kept for `_texts`."""
        keys: list[str] = []
        self._heads = explained_heads([v.text for v in values])
        for v in values:
            pair = halves(v.text, self.language)  # "Vendor / Fournisseur": the file language's half
            key = slug(pair[0] if pair else self._heads.get(v.text) or v.text) or "value"
            while key in keys:
                key = f"{key}_{len(keys) + 1}"
            keys.append(key)
        return keys

    def _value_words(self, keys: list[str], values: list[_Value], within: str = "field") -> dict[str, tuple[str, ...]]:
        """key -> everyday words of the values (draft_everyday.py), in both languages."""
        shown = [self._heads.get(v.text) or v.text for v in values]  # "Pilot", not its explanation ("… deployed in a limited test")
        texts = [(k, (t, v.translation or translate(t, self.language)[0]), v.count) for k, t, v in zip(keys, shown, values, strict=True)]
        return {k: (*en, *fr) for k, (en, fr) in value_words(texts, within).items()}

    def _texts(self, v: _Value, words: tuple[str, ...] = ()) -> list[str]:
        own, other = v.text, v.translation
        spellings = list(v.spellings)
        if not other and (pair := halves(own, self.language)):  # a bilingual cell "Pilot / Projet pilote"
            spellings.insert(0, own)
            own, other = pair
        elif not other and (head := self._heads.get(own, "")):  # "Pilot – The use case has been deployed…": "Pilot"
            spellings.insert(0, own)
            own = head
        lines = [f"{self.language} = {_q(own)}"]
        if other:
            lines.append(f"{self.other} = {_q(other)}")
        else:
            lines += label_texts(own, self.language)
        other_text = other or translate(own, self.language)[0]
        if slashed := re.match(r"([^\W\d_]+)/([^\W\d_]+)(\s.+)$", own):  # "Classical/Predictive Machine Learning": each half said with the rest
            words = (*words, slashed[1] + slashed[3], slashed[2] + slashed[3])
        said = {normalise(t) for t in (own, other_text, *spellings)}
        words = tuple(w for w in dict.fromkeys(words) if normalise(w) not in said and normalise(w) not in self.claimed)
        self.claimed.update(normalise(w) for w in (own, other_text, *spellings, *words))
        if spellings or words:
            why = ", ".join(x for x in ("other spellings in the file" if spellings else "", "everyday words" if words else "") if x)
            lines.append(f"aliases = [{', '.join(_q(s) for s in (*spellings, *words))}]   # {why}")
        return lines

    def _field(self, c: Column, kind: str = "", note: str = "", derived: Derived | None = None) -> list[str]:
        kind = kind or c.kind
        said = derived.names if derived is not None and derived.names else None
        found = said[0 if self.language == "en" else 1] if said else header_names(c.words)
        found = list(dict.fromkeys([*found, *(strip_item(n, self.item_word) for n in found if self.item_word)]))
        names = self._fresh(n for n in found if n not in CURRENCIES)
        key = self._key(names, c)
        en, fr = date_names(c.words) if kind == "date" else field_names(c.words)
        if said:
            en, fr = (*en, *said[0]), (*fr, *said[1])
        extra = {"en": self._fresh(en), "fr": self._fresh(fr)}
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
            lines.append(field_names_line(names, self.language, extra if any(extra.values()) else None))
        lines += self._details(c, kind, key, derived)
        return lines

    def _fresh(self, names) -> list[str]:
        """`names` no earlier field has (a name given to two fields finds neither), now taken."""
        fresh = [n for n in dict.fromkeys(names) if normalise(n) not in self.names]
        self.names.update(normalise(n) for n in fresh)
        return fresh

    def _flag_field(self, spec: FlagSpec, c: Column) -> list[str]:
        """A flag read out of the label column `c` (draft_flags.py): its own key, names, yes and no."""
        key = self._key([spec.hint], c)
        self.kinds[key] = "flag"
        en, fr = self._fresh(spec.en), self._fresh(spec.fr)
        own, other = (en, fr) if self.language == "en" else (fr, en)
        own = own or [key.replace("_", " ")]  # every name taken by earlier fields: its key's words
        yes = sum(1 for x in c.filled if _is(x, spec.yes))
        no = sum(1 for x in c.filled if _is(x, spec.no))
        names = f"names = {{ {self.language} = [{', '.join(map(_q, own))}]" + (f", {self.other} = [{', '.join(map(_q, other))}]" if other else "") + " }"
        return [
            "",
            f"[fields.{key}]   # {spec.why}; {self._blanks(c)}",
            'type = "flag"',
            f"column = {_q(c.header)}",
            names,
            f"yes = [{', '.join(map(_q, spec.yes))}]   # {_n(yes)} rows",
            f"no = [{', '.join(map(_q, spec.no))}]   # {_n(no)} rows; {_n(c.blanks)} blank" + (f"; {_n(len(c.filled) - yes - no)} other (not given)" if len(c.filled) > yes + no else ""),
        ]

    def _key(self, names: list[str], c: Column) -> str:
        acronym = next((n for n in names if n.isupper() and len(n) <= 6 and n not in CURRENCIES), "")  # not "CAD"
        phrase = next((n for n in names if n != acronym and n not in CURRENCIES), c.words)
        if pair := halves(phrase, self.language):  # "Developed by / Développé par": one language's half
            phrase = pair[0]
        key = slug(acronym or " ".join(phrase.split()[:4]), 32) or "field"
        key = key if key[0].isalpha() else f"field_{key}"
        base, n = key, 2
        while key in self.keys:
            key, n = f"{base}_{n}", n + 1
        self.keys.add(key)
        return key

    def _details(self, c: Column, kind: str, key: str, derived: Derived | None = None) -> list[str]:
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
                f"# items (in how many distinct cells): {', '.join(f'{i} {n}' for i, n in sorted(items.items(), key=lambda p: (-p[1], p[0]))[:10])}",
            ]
        if kind == "label" and c.open:  # vendors' names: counted and ranked as the file writes them
            top = ", ".join(f"{v.strip()} {_n(k)}" for v, k in c.counts.most_common(8))
            return [f"# values taken as written, with their counts (most frequent: {top})"]
        if kind == "label":  # values that say one everyday thing are one ("…contract/external resources.")
            values = merge_same(group_values(c.cells, c.other.cells if c.other else None))
            keys = self._value_keys(values)
            words = self._value_words(keys, values)
            aliases = derived.aliases if derived is not None else {}
            nothing = [v for v in values if says_nothing(v.text)]  # "Data not reported by submitter…"
            lines = [f"blank = [{', '.join(_q(s) for v in nothing for s in (v.text, *v.spellings))}]   # {_n(sum(v.count for v in nothing))} rows say nothing: not given"] if nothing else []  # fmt: skip
            for k, v in zip(keys, values, strict=True):
                if v in nothing:
                    continue
                if normalise(v.text).strip(" .") in _BARE:  # "TRUE": a word of every question ("is it true…")
                    lines.append(f"# {_q(v.text)} ({_n(v.count)} rows) is left as written: a value named {v.text!r} would be read in any question saying it")
                    continue
                more = (*aliases.get(normalise(v.text).strip(" ."), ()), *words.get(k, ()))
                lines += [f"[fields.{key}.values.{k}]   # {_n(v.count)} rows", *self._texts(v, more)]
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
