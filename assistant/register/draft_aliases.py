"""Other names of a register's bodies and portfolios, read from their own names (`mapping draft`).

People say "the IRS", "Treasury", "the Interior Department", "Social Security", « le département
de l'Énergie »; files write "Internal Revenue Service", "Department of the Treasury", "VHA:
Veterans Health Administration". What a human would add to a mapping's [aliases] and can be read
from the names alone is written here, in English and, through the glossary, in French:

- a code written with the name ("VHA: Veterans Health Administration", "CENSUS - U.S. Census
  Bureau", "Office of Information Technology (OIT)"): the code and the name alone;
- the initials of a name of three capitalised words or more ("Internal Revenue Service": IRS);
- "Department of (the) X": "X Department", "Dept of X", X itself when it is several words or a
  word the glossary does not hold as a common noun ("Treasury", "Interior"), and « département de
  la X » / « ministère de la X » when the glossary translates X;
- a name less its last generic noun ("Social Security Administration": "Social Security");
- "United States X": "US X", "U.S. X".
An abbreviation column ("Agency Abbreviation") is read as other names too, less its cells that
are common words ("STATE": "state of the art" is no agency). A name claimed by two values, or
that is another value, is left out: each name points at one value.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from functools import lru_cache

from assistant.register.draft_guess import Column
from assistant.register.glossary import french_gender, glossary, key, translate
from assistant.register.known_bodies import WORDS_DIR, read_known_bodies, without_country

_CODED = (
    re.compile(r"^(?P<code>[A-Z][A-Z0-9&.\-]{1,11})(?: HQ| [A-Z]{2,4})?\s*(?::|\s-\s)\s*(?P<name>[^;]+)$"),
    re.compile(r"^(?P<name>[^;]+?)\s*\((?P<code>[A-Z][A-Z0-9&]{1,9})\)$"),
)
_SMALL = {"of", "the", "and", "for", "&", "on", "in", "to", "de", "du", "des", "la", "le", "et"}
_WORDS = {"the", "and", "for", "are", "can", "use", "all", "any", "not", "was", "has", "how", "who", "its", "our", "new", "one", "may", "art", "act", "aim", "map", "app", "top", "per"}
_DEPARTMENT = re.compile(r"^(Department|Ministry) of (the )?(?P<x>.+)$")
_GENERIC = re.compile(r"^(?P<rest>[A-Z][a-z]+ [A-Z][a-z]+) (Administration|Agency)$")
_US = re.compile(r"^(United States|U\.S\.) (?P<x>.+)$")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _initials(name: str) -> str:
    """ "Internal Revenue Service": IRS (three capitalised words or more, nothing else)."""
    words = [w for w in name.split() if w.lower() not in _SMALL]
    if len(words) < 3 or not all(w[0].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return ""
    initials = "".join(w[0] for w in words)
    return "" if key(initials) in glossary().english or key(initials) in _WORDS else initials


def _french(x: str, head: str) -> list[str]:
    """« département de la Justice »: `head` (département, ministère) and X as the glossary says it."""
    text, how = translate(x, "en")
    if how != "phrase" and not (how == "words" and len(x.split()) <= 3):
        return []
    text = text[:1].upper() + text[1:]
    if " et " in text:  # « de la Santé et des Services sociaux »: each noun with its article
        first, second = text.split(" et ", 1)
        return [f"{head} {_article(first)} et {_article(second)}", f"{head} {_article(text)}"]
    return [f"{head} {_article(text)}"] + ([f"{head} d'{text}"] if text[0].lower() in "aàâeéèêiîoôuûh" and not _plural(text) else [])


def _plural(text: str) -> bool:
    first = text.split()[0]
    return first.endswith(("s", "x")) and not first.endswith("us")


def _article(text: str) -> str:
    """ "la Justice", "l'Énergie", "des Transports", "du Travail": a French noun with « de »."""
    if _plural(text):
        return f"des {text}"
    if text[0].lower() in "aàâeéèêiîoôuûh":
        return f"de l'{text}"
    return f"{'de la' if french_gender(text.lower()) == 'f' else 'du'} {text}"


def other_names(value: str, common=lambda word: False, known: str = "") -> list[str]:
    """Other names of one body or portfolio, read from its name (see the module docstring);
    `common(word)`: the register's texts write it in lowercase (a common word, never a name alone);
    `known`: the one file of known bodies to read (known_file), else the national ones."""
    value = " ".join(value.split())
    names: list[str] = []
    core = value
    for pattern in _CODED:
        if m := pattern.match(core):
            core = re.sub(r"\s*\([^()]*\)$", "", m["name"].strip())
            names += [m["code"]] if len(m["code"]) >= 3 else []
    names += [core] if core != value else []
    if initials := _initials(core):
        names.append(initials)
    if m := _DEPARTMENT.match(core):
        x = m["x"]
        names += [f"{x} Department", f"Dept of {x}", f"Dept. of {x}", f"{m[1]} of {x}"]
        term = glossary().english.get(key(x))  # "commerce" is a common noun; "Treasury" (« Trésor ») a name
        if len(x.split()) > 1 or not common(x) and (term is None or term.text[:1].isupper()):
            names.append(x)
        names += [n for head in ("département", "ministère") for n in _french(x, head)]
    if (m := _GENERIC.match(core)) and len(m["rest"].split()) >= 2 and not _DEPARTMENT.match(core):
        names.append(m["rest"])
    if m := _US.match(core):
        names += [f"US {m['x']}", f"U.S. {m['x']}", m["x"]]
    names += known_names(core, known)  # "Health Canada": « Santé Canada », HC, SC (known_bodies.toml)
    names += [x for name in (core, *known_names(core, known)[:1]) if (x := without_country(name))]  # "Global Affairs"; not "Health"
    return [n for n in dict.fromkeys(names) if n != value and len(n) >= 2]


# Known public bodies, by file: the words file a drafted mapping names when its bodies are found there.
_KNOWN_FILES = {
    "known_bodies.toml": "words/canada_federal.toml",
    "known_bodies_us.toml": "words/us_federal.toml",
    "known_bodies_nyc.toml": "words/nyc_city.toml",
}
# A city's bodies, whose acronyms clash with national ones (New York's DOE is its Department of
# Education, DOI its Department of Investigation): read only for a file whose bodies are mostly
# found there, and then alone.
_LOCAL = {"known_bodies_nyc.toml"}


@lru_cache(maxsize=4)
def _known(file: str = "") -> dict[str, list[str]]:
    """Folded name or acronym -> the body's other names: its name in the other language, its
    other names, then its acronyms (every national file, or the one named)."""
    out: dict[str, list[str]] = {}
    for name in [file] if file else [f for f in _KNOWN_FILES if f not in _LOCAL]:
        for b in read_known_bodies(WORDS_DIR / name):
            out[key(b.en)] = [b.fr, *b.also, *b.acronyms]
            out[key(b.fr)] = [b.en, *b.also, *b.acronyms]
            for a in b.acronyms:  # a cell written "NPS": the bureau's names ("National Park Service", "Park Service")
                out.setdefault(key(a), [b.en, b.fr, *b.also, *(x for x in b.acronyms if x != a)])
    return out


def known_file(column: Column | None) -> tuple[int, str]:
    """(how many, which file): the file of known bodies holding most of the column's values, three
    or more, and for a city's file (_LOCAL) most of them too; else (0, "")."""
    values = {key(v) for v in (column.counts if column is not None else ())}
    found = [(len(values & set(_known(f))), f) for f in _KNOWN_FILES]
    found = [(n, f) for n, f in found if n >= 3 and (f not in _LOCAL or 2 * n > len(values))]
    return max(found, default=(0, ""))


def known_bodies_line(column: Column | None) -> list[str]:
    """The drafted `words` line when the body column's values are known public bodies (known_file):
    every body known there is then a body a question may name, present or not."""
    n, file = known_file(column)
    if not file:
        return []
    return [f'words = "{_KNOWN_FILES[file]}"   # {n} bodies are known ({file}): the others known there are asked about too ("none from …")']


_CITY_OWNERS = {"known_bodies_nyc.toml": "NYC"}  # a city's agencies as bodies: the city publishes the register


def owner_line(columns: list[Column], stem: str = "", body: Column | None = None) -> list[str]:
    """The drafted `owner` line: who publishes the register, when nine ids in ten or more, or the
    file's name, begin with one code of known_owners.toml ("DOI-0270", "gc_ai_register"); else a
    commented line to fill in."""
    with (WORDS_DIR / "known_owners.toml").open("rb") as f:
        owners = {code.upper(): o["names"] for o in tomllib.load(f)["owner"] for code in o["codes"]}
    said = []  # (code, where it was read)
    for c in (c for c in columns if c.kind == "id" and c.filled):
        codes = Counter(m.group(1).upper() for x in c.filled if (m := re.match(r"([A-Za-z]{2,6})[-_ ]", x.strip())))
        code, n = codes.most_common(1)[0] if codes else ("", 0)
        said += [(code, "the ids begin with")] if n >= 0.9 * len(c.filled) else []
    said += [(m.group(1).upper(), "the file's name begins with")] if (m := re.match(r"([A-Za-z]{2,6})(?:[-_ ]|$)", stem)) else []
    said += [(_CITY_OWNERS[f], "the bodies are the agencies of")] if (f := known_file(body)[1]) in _CITY_OWNERS else []
    for code, where in said:
        if code in owners:
            return [f"owner = [{', '.join(json.dumps(n, ensure_ascii=False) for n in owners[code])}]   # {where} {code}: said, the whole register"]
    return ['# owner = ["…"]   # who publishes this register: names a question may use for all of it ("across Interior")']


def known_names(value: str, file: str = "") -> list[str]:
    """A known public body's other names (known_bodies.toml), or []: from `file` when it is a
    city's (known_file), else from the national files."""
    return list(_known(file if file in _LOCAL else "").get(key(value), []))


def _common_word(cell: str) -> bool:
    """ "STATE": an abbreviation that is a common word, read in any question saying it."""
    return len(cell) > 3 and key(cell) in glossary().english


_CODE = re.compile(r"^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}$")  # two capitals or more: "CRA", "StatCan", "NRCan"


def id_codes(role: Column, ids: list[Column]) -> dict[str, list[str]]:
    """Codes an id column writes for each value of `role` ("2526-CRA-ARC-001": CRA and ARC for the
    Canada Revenue Agency): the code-like parts every id of its rows holds and no other value's ids
    do. Read only when most values get one: an id that is a number alone names no one."""
    for column in ids:
        held: dict[str, list[str]] = {}  # value -> the code-like parts of all its ids, in order
        for value, cell in zip(role.cells, column.cells, strict=False):
            value = " ".join(str(value).split())
            if value and str(cell).strip():
                parts = [p for p in re.split(r"[-_/.:\s]+", str(cell).strip()) if _CODE.match(p)]
                held[value] = [p for p in held[value] if p in parts] if value in held else parts
        owners = Counter(p for parts in held.values() for p in set(parts))
        codes = {v: [p for p in dict.fromkeys(parts) if owners[p] == 1] for v, parts in held.items()}
        if held and sum(1 for c in codes.values() if c) >= 0.8 * len(held):
            return {v: c for v, c in codes.items() if c}
    return {}


def alias_lines(roles: dict[str, Column], columns: dict[str, Column], ids: list[Column] = ()) -> list[str]:
    """The `[aliases.<role>]` tables of the drafted mapping: an abbreviation column (`columns`),
    the other names read from the values of the body and portfolio roles, and the codes an id
    column (`ids`) writes for them; a value the file gives codes to takes them instead of
    initials made up from its name ("Fisheries and Oceans Canada": DFO and MPO, not FOC)."""
    texts = " ".join(c for role in ("name", "benefits") if role in roles for c in roles[role].filled)

    def common(word: str) -> bool:  # "energy" is a word of the rows' texts; "Treasury" only a name
        return len(re.findall(rf"\b{re.escape(word.lower())}\b", texts)) > 1
    taken = {key(c) for c in (*roles.values(), *columns.values()) if c.kind in ("body", "portfolio", "alias") for c in c.filled}
    found: dict[str, dict[str, list[str]]] = {}
    claims: Counter[str] = Counter()
    for role in ("portfolio", "body"):
        if role not in roles:
            continue
        values = dict.fromkeys(" ".join(c.split()) for c in roles[role].filled)
        coded = id_codes(roles[role], list(ids))
        known = known_file(roles[role])[1]
        found[role] = {
            v: [*coded.get(v, ()), *(n for n in other_names(v, common, known) if not (v in coded and n == _initials(v)))]
            for v in values
        }
        found[role] = {v: [n for n in dict.fromkeys(names) if key(n) not in taken] for v, names in found[role].items()}
        claims.update(key(n) for names in found[role].values() for n in set(names))
    lines: list[str] = []
    for role, table in found.items():
        table = {v: [n for n in names if claims[key(n)] == 1] for v, names in table.items()}
        table = {v: names for v, names in table.items() if names}
        column = columns.get(role)
        if not table and column is None:
            continue
        lines += ["", f"[aliases.{role}]   # other names of the {role}: read from its names (draft_aliases.py)" + (f", and {column.why}" if column else "")]
        if column is not None:
            words = sorted({c for c in column.filled if _common_word(c)})
            if words:
                lines += [f"from = {_q(column.header)}   # every abbreviation but {', '.join(words)}: a common word in questions",
                          f"pattern = {_q('^(?!(?:' + '|'.join(re.escape(w) for w in words) + ')$)(.+)$')}"]  # fmt: skip
            else:
                lines.append(f"column = {_q(column.header)}")
        if table:
            lines.append(f"[aliases.{role}.values]   # {len(table)} of {len(found[role])} values")
            lines += [f"{_q(v)} = [{', '.join(map(_q, names))}]" for v, names in table.items()]
    return lines
