"""Register mappings: which column of a data file plays each of the six roles, and its labels.

The assistant reasons over six fields (name, category, body, portfolio, benefits, status). Québec's
portrait names them one way; the US federal inventory, the UK records or a city's register name
them another, with their own category and status labels, in another language. A mapping is a small
TOML file that says how to read one of them, so everything downstream works on any register:

    name = "us-federal-2024"
    title = "US federal AI use case inventory, 2024"
    language = "en"                      # language of the file's text
    year = 2024                          # optional: else read from the file name
    dataset_page = "https://..."         # where the data is published
    [columns]                            # role -> header(s), first one present wins;
    name = "Use Case Name"               # a role left out is absent from this register
    body = ["Bureau", "Agency"]
    benefits = { en = "Summary", fr = "Résumé" }   # one column per language (name, benefits, body):
                                         # each text shown in the question's language
    bilingual_cells = ["body"]           # cells written "English / Français": each half shown in its
                                         # language, and either half finds the value
    not_recorded = ["money", "vendors"]  # kinds of questions answered "not recorded" (default:
                                         # DEFAULT_NOT_RECORDED, less what typed fields record)
    [fallback]                           # a blank cell takes another role's value
    body = "portfolio"
    [categories.health]                  # label key -> labels in both languages
    en = "Health & Medical"
    fr = "Santé et médecine"
    aliases = ["Health and Medical"]
    [aliases]                            # a column giving another name of a body or portfolio
    portfolio = "Agency Abbreviation"    # ("DOJ" for the Department of Justice)
    [aliases.body]                       # or a table: other names inline, and/or taken by a
    values = { "HHS/NIH" = ["NIH", "National Institutes of Health"] }   # pattern from a column
    from = "Use Case ID"                 # (first group: "DOI" of "DOI-0015")
    pattern = "^([A-Z]+)-"
    [labels]
    unknown_category = "other"           # "error" (default) or the key unknown labels fall into
    blank_category = "unspecified"       # "error" (default) or the key of a blank cell
    [wording.en.search]                  # a text only this register has (assistant/register/wording.py)
    empty = "Ask about the inventory, for example: …"
    [items]                              # what one row is, in answers ("no use case", « aucun cas d'usage »)
    en = { one = "use case", many = "use cases" }
    fr = { one = "cas d'usage", many = "cas d'usage", gender = "m" }
    [register]                           # what the register calls itself ("the inventory")
    en = { one = "inventory" }
    fr = { one = "inventaire", gender = "m" }
    [role_names]                         # the fields' names in answers, the understood line, the UI
    portfolio = { fr = "agence fédérale", en = "agency", gender = "f" }   # (short_fr/short_en: a shorter
                                         # form; many_fr/many_en: a plural; gender: else the glossary's;
                                         # also = ["component"]: other names questions use)
    [portfolios]                         # canonical portfolio -> its English name
    words = "words/mine.toml"            # everyday words for its values (everyday_words.py)
    owner = ["Department of the Interior", "Interior"]   # who publishes it: said, the whole register
    named_blanks = ["body", "portfolio"] # blank cells shown as "no agency given" (the default)
    portrait_wording = false             # true: prompts/ are written for this register (Québec's)
    [fields.pii]                         # typed fields beyond the roles: flags, dates, vendors…
    type = "flag"                        # (assistant/register/fields.py)
    column = "Involves PII?"
    names = { en = ["PII"], fr = ["renseignements personnels"] }

Built in: the TOML files of assistant/register/mappings/: `quebec` (the default), `us-federal-2024`,
`uk-atrs`. Every register, Québec's too, is read through its mapping and nothing else.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from assistant.register.everyday_words import EverydayWords, read_words
from assistant.register.fields import Field, parse_fields
from assistant.register.glossary import french_gender
from assistant.register.labels import Label, normalise, portfolio_key
from assistant.register.nouns import GENDERS, Noun, parse_nouns
from assistant.register.template_files import check_wording
from assistant.resources import MAPPINGS_DIR

ROLES = ("name", "category", "body", "portfolio", "benefits", "status")
LABELLED = ("category", "status")  # roles whose cells are labels from a closed list
TABLES = {"category": "categories", "status": "statuses"}  # their label tables in a mapping file
BUILT_IN_DIR = MAPPINGS_DIR  # shipped in the wheel as package data
DEFAULT = "quebec"  # the built-in mapping of the bundled register
NAMED_BLANKS = ("body", "portfolio")  # roles whose blank cell may be shown as a clear label
BILINGUAL_ROLES = ("name", "benefits", "body")
# Kinds of questions a register may not answer (understand/words.py ABSENT holds their wordings):
# those in a mapping's `not_recorded` are answered "the register does not record that".
NOT_RECORDED_KINDS = (
    "money", "vendors", "dates", "people", "places", "contracts", "models", "risk", "outcomes", "technology",
    "cybersecurity", "weather", "opinion",
)  # fmt: skip
DEFAULT_NOT_RECORDED = ("money", "vendors", "dates", "people", "places", "contracts", "risk", "opinion")  # text roles a register may give in both languages
_KEYS = {
    "name", "title", "language", "year", "dataset_page", "resources", "licence", "columns",
    "fallback", "categories", "statuses", "labels", "role_names", "required", "aliases", "examples",
    "wording", "portrait_wording", "named_blanks", "portfolios", "words", "fields", "bilingual_cells",
    "not_recorded", "items", "register", "owner",
}  # fmt: skip
_ROLE_NAME_KEYS = {"fr", "en", "short_fr", "short_en", "gender", "many_fr", "many_en", "also"}


_LABEL_KEYS = {"fr", "en", "aliases", "definition_fr", "definition_en"}


class MappingError(ValueError):
    """A mapping file that cannot be used; the message names the file, the key and the fix."""


@dataclass(frozen=True)
class Mapping:
    """How to read one register, and its words. `columns[role]` are accepted header spellings;
    a role absent from `roles` is not in this register. Its labels belong to it alone."""

    name: str
    title: str
    language: str = "fr"
    year: int | None = None
    dataset_page: str = ""
    resources: tuple[str, ...] = ()
    licence: str = ""
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fallback: dict[str, str] = field(default_factory=dict)
    categories: tuple[Label, ...] = ()
    statuses: tuple[Label, ...] = ()
    unknown: dict[str, str] = field(default_factory=dict)  # role -> "error" | label key
    blank: dict[str, str] = field(default_factory=dict)  # role -> "error" | label key
    role_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (fr, en)
    role_also: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> other names people use ("component")
    short_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (fr, en), "" = none
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> column(s) of other names
    alias_values: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # role -> value -> names
    alias_patterns: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (column, regex)
    examples: tuple[str, ...] = ()  # example questions the chat UI offers (else Québec's)
    wording: dict[str, dict[str, Any]] = field(default_factory=dict)  # lang -> task -> overlay
    required: tuple[str, ...] = ("name",)
    portrait_wording: bool = False  # prompts/<lang>/*.toml describe this register as written
    named_blanks: tuple[str, ...] = NAMED_BLANKS
    portfolios: dict[str, str] = field(default_factory=dict)  # canonical portfolio -> English name
    words: EverydayWords = field(default_factory=EverydayWords)
    fields: tuple[Field, ...] = ()  # typed fields beyond the roles (assistant/register/fields.py)
    bilingual: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # role -> lang -> headers
    bilingual_cells: tuple[str, ...] = ()  # roles whose cells read "English / Français"
    declared_not_recorded: tuple[str, ...] | None = None  # the mapping's `not_recorded`, if given
    owner: tuple[str, ...] = ()  # who publishes it ("Department of the Interior", "Interior"): said, the whole register
    items: dict[str, Noun] = field(default_factory=dict)  # lang -> what one row is ("use case"); {}: generic
    register_noun: dict[str, Noun] = field(default_factory=dict)  # lang -> what it calls itself ("inventory")
    role_genders: dict[str, str] = field(default_factory=dict)  # role -> gender of its French name
    role_plurals: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (fr, en) plurals given
    path: Path | None = None

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles this register has, in the order of ROLES."""
        return tuple(r for r in ROLES if r in self.columns)

    @property
    def not_recorded(self) -> tuple[str, ...]:
        """The kinds of questions this register cannot answer: the mapping's `not_recorded`, else
        DEFAULT_NOT_RECORDED; less what its typed fields record (a date field answers "when",
        a number field "how much")."""
        kinds = self.declared_not_recorded if self.declared_not_recorded is not None else DEFAULT_NOT_RECORDED
        recorded = {"dates"} if any(f.type == "date" for f in self.fields) else set()
        recorded |= {"money"} if any(f.type == "number" for f in self.fields) else set()
        recorded |= {"risk"} if any("risk" in n.lower() or "risque" in n.lower() for f in self.fields for n in f.names()) else set()
        return tuple(k for k in kinds if k not in recorded)

    def typed(self, key: str) -> Field | None:
        """The typed field with this key (None for a role or an unknown key)."""
        return next((f for f in self.fields if f.key == key), None)

    def labels(self, role: str) -> tuple[Label, ...]:
        """The category or status labels of this register (nothing for another role)."""
        return self.categories if role == "category" else self.statuses if role == "status" else ()

    def label(self, role: str, key: str) -> Label | None:
        """This register's category or status label with this key, or None."""
        cache = self.__dict__.setdefault("_by_key", {})
        if role not in cache:
            cache[role] = {label.key: label for label in self.labels(role)}
        return cache[role].get(key)

    def canonical_portfolio(self, text: str) -> str:
        """The canonical spelling of a portfolio (any accents/case/spacing, French or English).

        Unknown portfolios come back stripped, with inner spaces collapsed, rather than
        rejected: the list of portfolios changes with each government.
        """
        tidy = " ".join(str(text or "").split())
        if not self.portfolios:
            return tidy
        table = self.__dict__.get("_portfolio_keys")
        if table is None:
            table = {portfolio_key(s): fr for fr, en in self.portfolios.items() for s in (fr, en)}
            self.__dict__["_portfolio_keys"] = table
        return table.get(portfolio_key(tidy), tidy)

    def portfolio_en(self, text: str) -> str:
        """English name of a portfolio; the (tidied) text itself when the mapping gives none."""
        canonical = self.canonical_portfolio(text)
        return self.portfolios.get(canonical, canonical)

    def find_label(self, role: str, text: str) -> Label | None:
        """The label of `role` that `text` spells (key, FR, EN or alias; normalised), or None."""
        return self._lookup(role).get(normalise(text))

    def _lookup(self, role: str) -> dict[str, Label]:
        cache = self.__dict__.setdefault("_lookups", {})
        if role not in cache:
            cache[role] = _lookup(self.labels(role), self.path or self.name, role)
        return cache[role]

    def headers(self, role: str) -> tuple[str, ...]:
        """Accepted header spellings of `role`, most specific first."""
        return self.columns.get(role, ())

    def role_name(self, role: str, lang: str) -> str | None:
        """This register's own word for a role ("agency" for the US portfolio), if it has one."""
        names = self.role_names.get(role)
        return (names[0] if lang == "fr" else names[1]) if names else None


def _lookup(labels: tuple[Label, ...], where: Any, role: str) -> dict[str, Label]:
    table: dict[str, Label] = {}
    for label in labels:
        for spelling in (label.key, label.fr, label.en, *label.aliases):
            key = normalise(spelling)
            if table.setdefault(key, label) is not label:
                raise MappingError(
                    f"{where}: the {role} spelling {spelling!r} is claimed by two labels "
                    f"({table[key].key!r} and {label.key!r}). Fix: keep it in one label's aliases."
                )
    return table


def built_in_names() -> list[str]:
    """The built-in mappings' names, the default first."""
    names = sorted(p.stem for p in BUILT_IN_DIR.glob("*.toml"))
    return sorted(names, key=lambda n: n != DEFAULT)


def load_mapping(spec: str | Path | Mapping | None) -> Mapping:
    """A mapping from a built-in name (`quebec`, `us-federal-2024`), a TOML file, or as is;
    None or "" is the default register's (Québec's). A built-in one is read once."""
    if isinstance(spec, Mapping):
        return spec
    text = str(spec or DEFAULT)
    path = Path(text)
    if not path.suffix and (built_in := BUILT_IN_DIR / f"{text}.toml").is_file():
        return _built_in(text, built_in.stat().st_mtime_ns)  # an edited built-in mapping is read again
    if not path.is_file():
        raise MappingError(
            f"mapping {text!r} is neither a built-in mapping ({', '.join(built_in_names())}) nor a "
            f"file (looked for {path.absolute()}). Fix: pass --mapping with one of those names or "
            "the path of a TOML mapping file (docs/registers.md)."
        )
    return _read(path)


@cache
def _built_in(name: str, mtime_ns: int) -> Mapping:
    return _read(BUILT_IN_DIR / f"{name}.toml")


def _read(path: Path) -> Mapping:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MappingError(f"{path}: not a readable TOML file ({exc}). Fix: check its syntax.") from None
    return parse_mapping(data, path)


def parse_mapping(data: dict[str, Any], path: Path) -> Mapping:
    """Checks a mapping's TOML table and builds the `Mapping`; every mistake names its key."""

    def fail(message: str) -> MappingError:
        return MappingError(f"{path}: {message}")

    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}.")
    language = str(data.get("language", "fr"))
    if language not in ("fr", "en"):
        raise fail(f"language must be 'fr' or 'en', not {language!r}.")
    raw_columns = data.get("columns")
    if not isinstance(raw_columns, dict) or "name" not in raw_columns:
        raise fail("[columns] must name at least the column of the `name` role (name = \"Header\").")
    columns: dict[str, tuple[str, ...]] = {}
    bilingual: dict[str, dict[str, tuple[str, ...]]] = {}
    for role, headers in raw_columns.items():
        if role not in ROLES:
            raise fail(f"[columns] {role!r} is not a role; roles: {', '.join(ROLES)}.")
        if isinstance(headers, dict):  # one column per language: name = { en = "…", fr = "…" }
            if role not in BILINGUAL_ROLES or set(headers) != {"fr", "en"} or not all(isinstance(h, str) and h.strip() for h in headers.values()):
                raise fail(f'[columns] {role}: one column per language is written {{ en = "…", fr = "…" }}, for {", ".join(BILINGUAL_ROLES)}.')  # fmt: skip
            bilingual[role] = {lang: (str(h),) for lang, h in headers.items()}
            headers = [headers[str(data.get("language", "fr"))] if str(data.get("language", "fr")) in headers else headers["en"]]
        headers = [headers] if isinstance(headers, str) else headers
        if not isinstance(headers, list) or not headers or not all(isinstance(h, str) for h in headers):
            raise fail(f"[columns] {role} must be a header or a list of headers.")
        columns[role] = tuple(headers)
    fallback = dict(data.get("fallback", {}))
    for role, other in fallback.items():
        if role not in columns or other not in columns:
            raise fail(f"[fallback] {role} = {other!r}: both must be roles named in [columns].")
    label_sets = {role: _labels(data.get(TABLES[role], {}), role, fail) for role in LABELLED}
    policy = data.get("labels", {})
    known_policies = {f"{kind}_{role}" for kind in ("unknown", "blank") for role in LABELLED}
    if not isinstance(policy, dict):
        raise fail(f"[labels] must be a table of policies ({', '.join(sorted(known_policies))}).")
    if extra := sorted(set(policy) - known_policies):
        raise fail(f"[labels]: unknown key(s) {', '.join(extra)}; known: {', '.join(sorted(known_policies))}.")
    unknown_policy, blank_policy = {}, {}
    for role in LABELLED:
        if role in columns and not label_sets[role]:
            raise fail(f"the {role} role has a column but no labels: add [{TABLES[role]}.<key>] tables.")  # fmt: skip
        keys = {label.key for label in label_sets[role]}
        for kind, target in (("unknown", unknown_policy), ("blank", blank_policy)):
            value = str(policy.get(f"{kind}_{role}", "error"))
            if value != "error" and value not in keys:
                raise fail(f"[labels] {kind}_{role} = {value!r} is not one of the {role} keys ({', '.join(sorted(keys))}).")  # fmt: skip
            target[role] = value
    role_names, short_names, role_genders, role_plurals, role_also = {}, {}, {}, {}, {}
    for role, names in data.get("role_names", {}).items():
        if role not in ROLES or not isinstance(names, dict) or not {"fr", "en"} <= set(names):
            raise fail(f"[role_names] {role} must be a role with fr and en names.")
        extra = sorted(set(names) - _ROLE_NAME_KEYS)
        if extra:
            raise fail(f"[role_names] {role}: unknown key(s) {', '.join(extra)}; known: {', '.join(sorted(_ROLE_NAME_KEYS))}.")
        role_names[role] = (str(names["fr"]), str(names["en"]))
        gender = names.get("gender") or french_gender(str(names["fr"]))
        if gender not in GENDERS:
            raise fail(f"[role_names] {role}: the French name {names['fr']!r} needs its gender (« du bureau », « de l'agence »): "
                       f'add gender = "m" or gender = "f" ({role} = {{ fr = "{names["fr"]}", en = "{names["en"]}", gender = "f" }}).')  # fmt: skip
        role_genders[role] = gender
        if {"many_fr", "many_en"} & set(names):
            role_plurals[role] = (str(names.get("many_fr", "")), str(names.get("many_en", "")))
        if {"short_fr", "short_en"} & set(names):
            short_names[role] = (str(names.get("short_fr", "")), str(names.get("short_en", "")))
        also = names.get("also", [])
        if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
            raise fail(f'[role_names] {role}: also = ["other name", …] (what people also call it: "component", « direction »).')
        role_also[role] = tuple(also)
    aliases, alias_values, alias_patterns = {}, {}, {}
    for role, headers in data.get("aliases", {}).items():
        if role not in ("body", "portfolio") or role not in columns:
            raise fail(f"[aliases] {role}: only body or portfolio (named in [columns]) can take other names.")
        if isinstance(headers, dict):  # [aliases.body]: column, values, from + pattern
            unknown = sorted(set(headers) - {"column", "values", "from", "pattern"})
            if unknown:
                raise fail(f"[aliases.{role}]: unknown key(s) {', '.join(unknown)}; known: column, values, from, pattern.")
            values = headers.get("values", {})
            if not isinstance(values, dict) or not all(isinstance(v, list) and all(isinstance(a, str) for a in v) for v in values.values()):
                raise fail(f'[aliases.{role}] values: a table of value = ["other name", …] ("HHS/NIH" = ["NIH"]).')
            alias_values[role] = {str(k): tuple(v) for k, v in values.items()}
            if ("from" in headers) != ("pattern" in headers):
                raise fail(f"[aliases.{role}]: `from` (a column) and `pattern` (a regular expression with one group) go together.")
            if "pattern" in headers:
                try:
                    compiled = re.compile(str(headers["pattern"]))
                except re.error as exc:
                    raise fail(f"[aliases.{role}] pattern {headers['pattern']!r}: not a regular expression ({exc}).") from None
                if compiled.groups != 1:
                    raise fail(f"[aliases.{role}] pattern {headers['pattern']!r}: needs exactly one group, the other name.")
                alias_patterns[role] = (str(headers["from"]), str(headers["pattern"]))
            headers = headers.get("column", [])
        headers = [headers] if isinstance(headers, str) else headers
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise fail(f"[aliases] {role}: a column, a list of columns, or a table [aliases.{role}].")
        if headers:
            aliases[role] = tuple(headers)
    examples = data.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(q, str) and q.strip() for q in examples):
        raise fail("examples must be a list of questions (strings).")
    year = data.get("year")
    if year is not None and not (isinstance(year, int) and 1990 < year < 2200):
        raise fail(f"year must be a four-digit year, not {year!r}.")
    wording = check_wording(data.get("wording", {}), fail)
    required = tuple(data.get("required", ["name"]))
    if not set(required) <= set(columns):
        raise fail(f"required = {list(required)}: every required role must be in [columns].")
    portrait_wording = data.get("portrait_wording", False)
    if not isinstance(portrait_wording, bool):
        raise fail(f"portrait_wording must be true or false, not {portrait_wording!r}.")
    named_blanks = data.get("named_blanks", list(NAMED_BLANKS))
    if not isinstance(named_blanks, list) or not set(named_blanks) <= set(NAMED_BLANKS):
        raise fail(f"named_blanks must be a list of roles among {', '.join(NAMED_BLANKS)}.")
    portfolios = data.get("portfolios", {})
    if not isinstance(portfolios, dict) or not all(isinstance(v, str) for v in portfolios.values()):
        raise fail('[portfolios] must map each portfolio to its English name ("Famille" = "Family").')
    words = EverydayWords()
    if "words" in data:
        keys = {role: {label.key for label in label_sets[role]} for role in LABELLED}
        found = path.parent / str(data["words"])
        if not found.is_file() and (BUILT_IN_DIR / str(data["words"])).is_file():
            found = BUILT_IN_DIR / str(data["words"])  # a built-in mapping copied elsewhere to edit
        words = read_words(found, keys, set(portfolios), fail)
    fields = parse_fields(data.get("fields", {}), fail)
    not_recorded = data.get("not_recorded")
    if not_recorded is not None and (not isinstance(not_recorded, list) or not set(not_recorded) <= set(NOT_RECORDED_KINDS)):
        raise fail(f"not_recorded must list kinds among {', '.join(NOT_RECORDED_KINDS)}, not {not_recorded!r}.")
    items = parse_nouns(data["items"], "items", fail, french_gender) if "items" in data else {}
    register_noun = parse_nouns(data["register"], "register", fail, french_gender) if "register" in data else {}
    owner = data.get("owner", [])
    if not isinstance(owner, list) or not all(isinstance(o, str) and o.strip() for o in owner):
        raise fail('owner must be a list of the names of who publishes the register, e.g. owner = ["Department of the Interior", "Interior"].')
    bilingual_cells = data.get("bilingual_cells", [])
    if not isinstance(bilingual_cells, list) or not set(bilingual_cells) <= set(BILINGUAL_ROLES) & set(columns):
        raise fail(f"bilingual_cells must list roles named in [columns] among {', '.join(BILINGUAL_ROLES)} (cells like \"Statistics Canada / Statistique Canada\").")  # fmt: skip
    mapping = Mapping(
        name=str(data.get("name", path.stem)),
        title=str(data.get("title", path.stem)),
        language=language,
        year=year,
        dataset_page=str(data.get("dataset_page", "")),
        resources=tuple(data.get("resources", ())),
        licence=str(data.get("licence", "")),
        columns=columns,
        fallback=fallback,
        categories=label_sets["category"],
        statuses=label_sets["status"],
        unknown=unknown_policy,
        blank=blank_policy,
        role_names=role_names,
        role_also=role_also,
        short_names=short_names,
        aliases=aliases,
        alias_values=alias_values,
        alias_patterns=alias_patterns,
        examples=tuple(examples),
        wording=wording,
        required=required,
        portrait_wording=portrait_wording,
        named_blanks=tuple(r for r in named_blanks if r in columns),
        portfolios=dict(portfolios),
        words=words,
        fields=fields,
        bilingual=bilingual,
        bilingual_cells=tuple(bilingual_cells),
        declared_not_recorded=tuple(not_recorded) if not_recorded is not None else None,
        owner=tuple(owner),
        items=items,
        register_noun=register_noun,
        role_genders=role_genders,
        role_plurals=role_plurals,
        path=path,
    )
    for role in LABELLED:
        mapping._lookup(role)  # two labels claiming one spelling fail now, not mid-load
    return mapping


def _labels(table: Any, role: str, fail: Any) -> tuple[Label, ...]:
    if not isinstance(table, dict):
        raise fail(f"the {role} labels must be tables [{role}.<key>] with fr and en.")
    labels = []
    for key, spec in table.items():
        if not re.fullmatch(r"[a-z0-9_]+", key):
            raise fail(f"label key {key!r}: use lowercase letters, digits and _.")
        if not isinstance(spec, dict) or not {"fr", "en"} <= set(spec):
            raise fail(f"{role} label {key!r} needs fr and en.")
        if unknown := sorted(set(spec) - _LABEL_KEYS):
            raise fail(f"[{TABLES[role]}.{key}]: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_LABEL_KEYS))}.")
        labels.append(
            Label(
                key,
                spec["fr"],
                spec["en"],
                spec.get("definition_fr", ""),
                spec.get("definition_en", ""),
                tuple(spec.get("aliases", ())),
            )
        )
    return tuple(labels)
