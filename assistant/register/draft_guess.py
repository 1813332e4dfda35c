"""What each column of an unknown register file is: profiles and guesses for `mapping draft`.

A new register arrives as a CSV or XLSX file and nobody has written its mapping yet. This module
reads it with the loader's own reader (encodings, delimiters, title rows), profiles every column
with pandas (blanks, distinct values, lengths) and guesses, from the header and the values, which
column plays each role and what type every other column is. Each guess carries the reason a
reader of the drafted mapping needs to check it (assistant/register/draft.py writes them).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from assistant.register.draft_yes_no import flags as _flags
from assistant.register.draft_yes_no import yes_no as _yes_no
from assistant.register.fields import _blank, number_text
from assistant.register.files import _decode, clean, is_blank, read_table
from assistant.register.glossary import translate
from assistant.register.labels import normalise
from assistant.register.mapping import BILINGUAL_ROLES, Mapping

_SCAN = 10  # records searched for the header line
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
_PHONE = re.compile(r"^\+?[\d ().-]{7,}$")
_DATE = re.compile(
    r"^(\d{4}-\d{1,2}(-\d{1,2})?([ T][\d:.]+(Z|[+-]\d\d:?\d\d)?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}( [\d:]+)?"
    r"|\d{4}/\d{1,2}(/\d{1,2})?|(19|20)\d\d|[a-zéû]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-zéû]{3,9}\.? \d{4}"
    r"|[a-zéû]{3,9}\.? \d{4})$",
    re.I,
)
_LANG_TAG = re.compile(
    r"^(?P<stem>.+?)[\s_-]*[(\[]?(?<![a-z])(?P<lang>en|eng|english|anglais|fr|fra|fre|french|fran[cç]ais)[)\]]?$",
    re.I,
)
_PRIVATE_HEADER = re.compile(
    r"\b(e-?mail|courriel|phone|t[ée]l[ée]phone|contact|officer|person|personne|author|auteur"
    r"|name of (the )?(official|officer|person|contact|lead)|full name|first name|last name|pr[ée]nom)s?\b",
    re.I,
)
_ID_HEADER = re.compile(
    r"(^|[\s_(])(id|identifier|identifiant|code|ref|reference|r[ée]f[ée]rence|num[ée]ro|no\.?)($|[\s_)])",
    re.I,
)
HINTS = {
    "name": re.compile(
        r"name|nom|title|titre|tool|outil|project|projet|initiative|use case|syst[eè]me|system|intitul",
        re.I,
    ),
    "portfolio": re.compile(
        r"agency|department|ministry|minist[eè]re|portfolio|portefeuille|ministerial|minist[ée]riel",
        re.I,
    ),
    "body": re.compile(
        r"body|organisme|organi[sz]ation|bureau|office|publisher|publishing|institution|entit|unit[ée]?\b|division|direction",
        re.I,
    ),
    "category": re.compile(
        r"topic|categor|cat[ée]gorie|domain|domaine|area|secteur|sector|th[eè]me|type|classification",
        re.I,
    ),
    "status": re.compile(r"status|statut|stage|[ée]tape|phase|[ée]tat\b|state|maturit", re.I),
    "benefits": re.compile(
        r"purpose|benefit|b[ée]n[ée]fice|avantage|objecti|description|describe|d[ée]cri|summary|r[ée]sum[ée]|goal|\bbut\b",
        re.I,
    ),
}
_STRONG_BENEFITS = re.compile(r"purpose|benefit|b[ée]n[ée]fice|avantage|objecti|goal", re.I)
_ALIAS_HEADER = re.compile(
    r"abbreviation|acronym|abr[ée]viation|sigle|acronyme|short name|code", re.I
)


@dataclass
class Column:
    """One column of the file, profiled: its cells (cleaned), blanks, values and their counts."""

    index: int
    header: str
    cells: list[str]
    repeated: bool = False  # the header is an earlier column's too: a mapping cannot name it
    shared: bool = False  # its header names other columns too: a field may read it, not a role
    other: Column | None = None  # its other-language column ("Title (FR)" for "Title (EN)")
    language: str = ""  # "en"/"fr" when the header names a language
    stem: str = ""  # the header without its language tag
    kind: str = ""  # guessed type: label flag date number multi text id private (or a role)
    why: str = ""  # the reason, for the drafted file's comment
    yes: list[str] = field(default_factory=list)
    no: list[str] = field(default_factory=list)
    dayfirst: bool = False
    separator: str = ""
    open: bool = False  # a label whose values are taken as written (names: too many to declare)

    def __post_init__(self) -> None:  # computed once: a column of a big register is read many times
        self.filled = [c for c in self.cells if not blank(c)]
        self.blanks = len(self.cells) - len(self.filled)
        self.counts = Counter(self.filled)
        self.distinct = len({normalise(c) for c in self.counts})
        self.mean_length = sum(map(len, self.filled)) / len(self.filled) if self.filled else 0.0

    @property
    def words(self) -> str:
        """The header as words: "ai_system_primary_users_en" -> "ai system primary users",
        "StatusDate" -> "Status Date". Names and hints read these; the mapping names the header."""
        text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", self.stem or self.header)
        return " ".join(text.replace("_", " ").split())

    @property
    def question(self) -> bool:
        """A long, question-like header (a form's question): never a role's column."""
        return self.header.rstrip().endswith("?") or len(self.header.split()) > 8


def blank(cell: str) -> bool:
    """A cell that says nothing: empty, "N/A", "Not applicable"… (as typed fields read them)."""
    return _blank(cell)


def read_columns(path: Path) -> list[Column]:
    """The file's columns, read as the loader reads it; the header is the first of the first
    lines that fills the most cells (a title row above it fills one)."""
    data = path.read_bytes()
    table = read_table(path, data, Mapping(name="draft", title="draft"))  # its errors, and XLSX
    records = [table.header, *(cells for _, _, cells in table.rows)]
    if not data.startswith(b"PK"):  # CSV: the delimiter that splits the lines most evenly
        text = _decode(path, data)
        delimiter = max((";", ",", "\t"), key=lambda d: _evenness(text, d))
        records = [
            cells
            for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            if not is_blank(cells)
        ]
    width = [sum(1 for c in cells if clean(c)) for cells in records[:_SCAN]]
    at = width.index(max(width)) if width else 0
    header, rows = [clean(h) for h in records[at]], records[at + 1 :]
    columns, seen = [], set()
    for i, h in enumerate(header):
        if not h:
            continue
        key = normalise(h).rstrip(" :*")
        cells = [clean(r[i]) if i < len(r) else "" for r in rows]
        columns.append(Column(i, h, cells, repeated=key in seen))
        seen.add(key)
    repeated = {normalise(c.header).rstrip(" :*") for c in columns if c.repeated}
    for c in columns:
        c.shared = normalise(c.header).rstrip(" :*") in repeated
    _pair_languages(columns)
    return columns


def _evenness(text: str, delimiter: str) -> tuple[bool, float, int]:
    """How evenly `delimiter` splits the first lines: more than one cell, most lines alike, most cells.
    (Text with commas in a ";" file splits unevenly on ",".)"""
    try:
        widths = [
            len(r)
            for _, r in zip(
                range(50),
                csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                strict=False,
            )
            if any(r)
        ]
    except csv.Error:
        return (False, 0.0, 0)
    mode, n = Counter(widths).most_common(1)[0] if widths else (0, 0)
    return (mode > 1, n / max(len(widths), 1), mode)


def _pair_languages(columns: list[Column]) -> None:
    """`Title_en` / `Title_fr`, "Title (EN)" / "Title (FR)": one field, a column per language."""
    tagged: dict[str, dict[str, Column]] = {}
    for c in columns:
        if c.repeated or not (m := _LANG_TAG.match(c.header)):
            continue
        lang = "fr" if m["lang"].lower().startswith(("fr", "fre")) else "en"
        tagged.setdefault(normalise(m["stem"]).strip(" _-"), {})[lang] = c
        c.stem = m["stem"].strip(" _-")
    # "Name (EN)" / "Nom (FR)": stems that differ pair when the glossary says one is the other
    alone = {lang: [p[lang] for p in tagged.values() if len(p) == 1 and lang in p] for lang in ("en", "fr")}
    for en in alone["en"]:
        said = normalise(translate(en.stem, "en")[0])
        fr = next((f for f in alone["fr"] if said and normalise(f.stem) == said), None)
        if fr is not None:
            alone["fr"].remove(fr)
            tagged[normalise(en.stem)] = {"en": en, "fr": fr}
    for pair in tagged.values():
        if len(pair) == 2:
            pair["en"].language, pair["fr"].language = "en", "fr"
            pair["en"].other, pair["fr"].other = pair["fr"], pair["en"]


def _bilingual_header(header: str) -> str:
    """ "en" or "fr": the language of the first half of a header written in both ("Status /
    Statut", "Start date / Date de début": the glossary says each half is the other), else ""."""
    parts = [" ".join(re.sub(r"\([^)]*\)", " ", p).split()) for p in header.split(" / ")]
    if len(parts) != 2 or not all(parts):
        return ""
    first, second = (normalise(p) for p in parts)
    if normalise(translate(parts[0], "en")[0]) == second or normalise(translate(parts[1], "fr")[0]) == first:
        return "en"
    if normalise(translate(parts[0], "fr")[0]) == second or normalise(translate(parts[1], "en")[0]) == first:
        return "fr"
    return ""


def bilingual_language(columns: list[Column]) -> tuple[str, str]:
    """(the language written first, why) when the file writes its texts in both languages —
    columns in pairs ("Name (EN)" / "Nom (FR)") or two headers or more "English / Français" whose
    halves the glossary pairs — else ("", ""). A bilingual file's language is no detection's: its
    texts are in both."""
    pairs = [c for c in columns if c.other is not None and c.index < c.other.index]
    both_ways = [(c, lang) for c in columns if not c.repeated and (lang := _bilingual_header(c.header))]
    if not pairs and len(both_ways) < 2:
        return "", ""
    first = pairs[0].language if pairs else Counter(lang for _, lang in both_ways).most_common(1)[0][0]
    why = ", ".join(
        part
        for part in (
            f"{len(pairs)} column pair(s) ({', '.join(repr(c.header) + ' / ' + repr(c.other.header) for c in pairs[:3] if c.other)})" if pairs else "",
            f"{len(both_ways)} header(s) written in both languages ({both_ways[0][0].header!r}…)" if both_ways else "",
        )
        if part
    )
    return first, why


def bilingual_cells(roles: dict[str, Column]) -> list[str]:
    """The roles (body, name, benefits) whose cells read "English / Français" (80% of them)."""
    from assistant.register.draft_words import halves

    found = []
    for role, c in roles.items():
        if role in ("name", "benefits", "body") and c.other is None and c.filled:
            if sum(1 for x in c.filled if halves(x, "en")) >= 0.8 * len(c.filled):
                found.append(role)
    return found


def file_language(columns: list[Column], detect) -> str:
    """The language of the file's text: detected on a sample of its longest untagged cells."""
    text = [c for c in columns if not c.language and c.mean_length > 15 and not c.repeated]
    sample = " ".join(
        cell for c in sorted(text, key=lambda c: -c.mean_length)[:4] for cell in c.filled[:40]
    )
    return detect(sample) if sample.strip() else "en"


# --- roles --------------------------------------------------------------------------------


_CODE_ID = re.compile(r"^[A-Za-z]{1,10}[-_ ]?\d[\w-]*$")  # "DOI-0270", "HHS-042", "2526-CRA-ARC-001" aside
_SAYS_NAME = re.compile(r"\b(?:name|nom|title|titre|intitul\w*)\b", re.I)


def guess_roles(columns: list[Column], language: str, rows: int) -> dict[str, Column]:
    """Role -> column: name, portfolio/body, category, status, benefits (see each rule)."""
    free = [
        c
        for c in columns
        if not c.shared and c.filled and (not c.language or c.language == language)
    ]
    roles: dict[str, Column] = {}

    def take(role: str, column: Column | None, why: str) -> None:
        if column is not None:
            roles[role], column.kind, column.why = column, role, why
            free.remove(column)

    # a tool reported again each year ("tool_name", 58 distinct of 76): a header that says "name" needs half its cells distinct
    names = [c for c in free if (_unique_ratio(c) >= 0.8 or _unique_ratio(c) >= 0.5 and _SAYS_NAME.search(c.words)) and len(c.filled) >= 0.9 * rows and 4 <= c.mean_length <= 150
             and not _looks(c, _EMAIL) and not _looks(c, _DATE) and not _numeric(c) and not _urls(c)]  # fmt: skip
    best = max(
        names,
        key=lambda c: (
            bool(HINTS["name"].search(c.words)) and not c.question,
            not _looks(c, _CODE_ID),  # "DOI-0270": an official id, not what a row is called
            bool(_SAYS_NAME.search(c.words)),  # "Use Case Name" rather than "Use Case ID"
            -c.blanks,
            -c.mean_length,
        ),
        default=None,
    )
    if best is None:  # every register has a name: the most distinct column
        best = max(free, key=lambda c: (len(c.filled) >= 0.5 * rows, _unique_ratio(c), -c.blanks))  # never a column mostly blank
    take("name", best, f"{best.distinct:,} distinct of {len(best.filled):,} filled cells")
    orgs = [c for c in free if not c.question and not _ALIAS_HEADER.search(c.words) and 2 <= c.distinct <= max(0.6 * len(c.filled), min(len(c.filled) - 1, 20))
            and c.mean_length <= 80 and not _numeric(c) and not _looks(c, _DATE)]  # fmt: skip
    for role in ("portfolio", "body"):
        hinted = [c for c in orgs if HINTS[role].search(c.words) and c in free]
        pick = min(hinted, key=lambda c: (c.blanks, c.distinct), default=None)
        take(
            role,
            pick,
            f"an organisation-like header; {pick.distinct if pick else 0} distinct values",
        )
    if (
        "portfolio" in roles
        and "body" in roles
        and roles["body"].distinct < roles["portfolio"].distinct
    ):
        roles["body"], roles["portfolio"] = (
            roles["portfolio"],
            roles["body"],
        )  # the larger unit has fewer values
        roles["body"].kind, roles["portfolio"].kind = "body", "portfolio"
    if "portfolio" in roles and "body" not in roles:  # one organisation column ("agency"): who runs each row, the body
        roles["body"] = roles.pop("portfolio")
        roles["body"].kind = "body"
    for role, most in (("category", 40), ("status", 20)):
        hinted = [c for c in free if HINTS[role].search(c.words) and not c.question and 2 <= c.distinct <= most
                  and c.distinct <= 0.5 * len(c.filled) and not _looks(c, _DATE) and not _flags(c) and not _separator(c)]  # fmt: skip
        pick = min(hinted, key=lambda c: (c.blanks, c.distinct), default=None)
        take(role, pick, f"a {role}-like header; {pick.distinct if pick else 0} distinct values")
    texts = [
        c
        for c in free
        if HINTS["benefits"].search(c.words) and c.mean_length >= 30 and _unique_ratio(c) >= 0.5
    ]
    pick = max(
        texts, key=lambda c: (bool(_STRONG_BENEFITS.search(c.words)), c.mean_length), default=None
    )
    take(
        "benefits",
        pick,
        f"the longest description-like text ({pick.mean_length:.0f} characters on average)"
        if pick
        else "",
    )
    return roles


def alias_columns(columns: list[Column], roles: dict[str, Column]) -> dict[str, Column]:
    """Role -> a column giving other names of its body or portfolio ("Agency Abbreviation": DOJ):
    an abbreviation-like header whose values follow the role's one to one, or the role's
    other-language column."""
    found = {}
    for role in ("portfolio", "body"):
        if role not in roles:
            continue
        target = roles[role]
        if target.other is not None:  # the body's other-language column is the body's, per language
            if role not in BILINGUAL_ROLES and target.other.kind == "":
                found[role] = target.other
            continue
        for c in columns:
            if (
                c.kind
                or c.repeated
                or c in found.values()
                or not _ALIAS_HEADER.search(c.words)
                or not c.filled
            ):
                continue
            pairs = {
                (normalise(a), normalise(b))
                for a, b in zip(target.cells, c.cells, strict=True)
                if a and b
            }
            if (
                pairs
                and len({a for a, _ in pairs}) >= 0.9 * len(pairs)
                and c.mean_length < target.mean_length
            ):
                found[role] = c
                break
    for role, c in found.items():
        c.kind, c.why = "alias", f"other names of the {role} ({c.distinct} values)"
    return found


# --- typed fields -------------------------------------------------------------------------


def guess_type(c: Column) -> None:
    """Sets `c.kind` and `c.why`, first rule that holds: private, flag, date, number, multi,
    id, label, text."""
    filled = c.filled
    n = len(filled)
    if _PRIVATE_HEADER.search(c.words) or _looks(c, _EMAIL, 0.3) or (_looks(c, _PHONE, 0.6) and not _numeric(c) and not _looks(c, _DATE, 0.5)):
        c.kind, c.why = "private", "personal data (emails, phones or people's names): never shown nor indexed"
    elif (flags := _flags(c)) is not None:
        c.kind, (c.yes, c.no) = "flag", flags
        c.why = f"{sum(1 for x in filled if _yes_no(x)):,} of {n:,} filled cells are or start with yes or no"
    elif _looks(c, _DATE, 0.8) and _dates(c) >= 0.8 * n:
        c.kind, c.why = "date", "dates"
        c.dayfirst = any(int(m[1]) > 12 for x in filled if (m := re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-]", x)))
    elif _numeric(c) and not _ID_HEADER.search(c.words):
        c.kind, c.why = "number", "numbers"
    elif sep := _separator(c):
        c.kind, c.separator = "multi", sep
        c.why = f"lists of values ({len(_items_of(c))} distinct items)"
    elif (
        _unique_ratio(c) == 1
        and n >= 2
        and max(map(len, filled)) <= 40
        and not _urls(c)
        and (
            _ID_HEADER.search(c.words)
            or sum(1 for x in filled if re.search(r"\d", x) and len(x.split()) <= 2) >= 0.8 * n
        )
    ):
        c.kind, c.why = "id", "a unique short code on every filled row"
    elif c.distinct <= 30 and c.distinct <= max(2, 0.5 * n) and c.mean_length <= 120:
        c.kind, c.why = "label", f"{c.distinct} distinct values"
    elif _names(c):
        c.kind, c.open = "label", True
        c.why = f"short names that recur ({c.distinct} distinct, the most frequent {c.counts.most_common(1)[0][1]} times): values taken as written"
    else:
        c.kind, c.why = "text", "free text" if c.mean_length > 40 else f"short text, {c.distinct} distinct values"


def _names(c: Column) -> bool:
    """Short cells that recur, such as vendors' names ("Microsoft" 35 times, "OpenAI", "IBM"):
    values to count and rank by, too many to declare one by one, not sentences to search."""
    n = len(c.filled)
    worded = sum(1 for x in c.filled if not re.search(r"\d", x)) >= 0.8 * n  # not codes ("720BHA23GR00104")
    return n >= 20 and c.mean_length <= 30 and c.distinct <= 0.8 * n and c.counts.most_common(1)[0][1] >= 3 and worded and not _urls(c)


def _unique_ratio(c: Column) -> float:
    return c.distinct / len(c.filled) if c.filled else 0.0


def _looks(c: Column, pattern: re.Pattern[str], share: float = 0.8) -> bool:
    filled = c.filled
    return bool(filled) and sum(1 for x in filled if pattern.match(x)) >= share * len(filled)


def _urls(c: Column) -> bool:
    return _looks(c, re.compile(r"^https?://", re.I), 0.5)


def _numeric(c: Column) -> bool:
    filled = c.filled
    numbers = pd.to_numeric(  # as loading reads amounts: "$1,200", « 12 000 $ », "1.2M", "250k"
        pd.Series([number_text(x.rstrip("%")) for x in filled], dtype="object"), errors="coerce"
    )
    return bool(filled) and numbers.notna().sum() >= 0.9 * len(filled)


def _dates(c: Column) -> int:
    cells = pd.Series(c.filled, dtype="object")
    return int(pd.to_datetime(cells, errors="coerce", format="mixed").notna().sum())


def _separator(c: Column) -> str:
    """The separator of a list column ("a; b", "[a, b]", "a,b"), or "" when cells are not lists:
    items must recur across different cells, and be few."""
    filled = c.filled
    if not filled:
        return ""
    for sep in (";", "|", ","):
        listed = [x for x in filled if sep in x or (x.startswith("[") and x.endswith("]"))]
        if len(listed) < 0.15 * len(filled):
            continue
        items = _items_of(c, sep)
        reused = sum(1 for item, n in items.items() if n >= 2)
        long = sum(1 for item in items if len(item) > 120)  # one "Other: <a paragraph>" among short items is still a list
        if len(items) <= 40 and reused >= 2 and long <= (max(1, len(items) // 10) if sep != "," else 0):  # commas also cut prose
            return sep
    return ""


def _items_of(c: Column, sep: str | None = None) -> Counter[str]:
    sep = sep or c.separator
    items: Counter[str] = Counter()
    for x in set(c.filled):
        parts = [" ".join(p.strip().strip("'\"").split()) for p in x.strip().strip("[]").split(sep)]
        items.update({p for p in parts if p and not blank(p)})
    return items
