"""The words of answers and briefings, in each register's own terms.

The templates are `prompts/<lang>/<task>.toml` (assistant/register/template_files.py), written
for Québec's portrait: a mapping that says so (`portrait_wording = true`, Québec's) uses them as
written. Any other register gets them through two layers:

1. `prompts/<lang>/generic.toml`: a counterpart of every text that is only true of Québec's
   portrait (its six fields, vendor names replaced, cybersecurity left out, Données Québec),
   true of any register: it names the fields this register has (`{fields}`) and its `{title}`;
2. the mapping's overlay, `[wording.<lang>.<task>]` in its TOML file, for what is really its own
   (an example question, its title in French), checked when the mapping loads (`check_wording`).

generic.toml builds its sentences from the register's nouns, named once in its mapping: what one
row is (`[items]`: "use case", « cas d'usage »), what the register calls itself (`[register]`:
"inventory") and its fields (`[role_names]`: "agency", « agence fédérale », with its gender). A
template says `<no item>`, `<of the portfolio>`, `<Bodies>` and gets "no use case", « de l'agence
fédérale », « Bureaux » (assistant/register/nouns.py); a mapping that names none gets
generic.toml's `[nouns]` ("initiative", "register") and field names (`[answers.field]`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.register.glossary import french_gender
from assistant.register.mapping import ROLES, Mapping, load_mapping
from assistant.register.nouns import Noun, noun, parse_noun, render, render_all
from assistant.register.template_files import base, generic, generic_nouns
from assistant.resources import PROMPTS_DIR

# The order fields are listed in ({fields}) and described in (describe lines).
LIST_ORDER = ("name", "category", "body", "portfolio", "benefits", "status")
DESCRIBE_ORDER = ("body", "portfolio", "category", "status", "benefits")
ROW_ORDER = ("name", "body", "category", "status", "portfolio", "benefits")  # the model's ROWS
FILTERED = ("body", "portfolio", "category", "status")  # the fields a plan filters and groups by


def templates(
    language: str, task: str, mapping: Mapping | None = None, prompts_dir: Path = PROMPTS_DIR
) -> dict[str, Any]:
    """The templates of `task` in `language` for the register `mapping` reads (None: the default
    register's): base < generic.toml (unless the mapping's wording is the portrait's) < the
    fields' names < the mapping's `wording` overlay, with its nouns put in (`nouns`)."""
    mapping = load_mapping(mapping)
    cached = mapping.__dict__.setdefault("_wording_cache", {})
    key = (language, task, str(prompts_dir))
    if key not in cached:
        merged = base(language, task, Path(prompts_dir))
        if not mapping.portrait_wording:
            merged = _merge(merged, generic(language, task, Path(prompts_dir)))
        if task == "answers":
            defaults = generic(language, "answers", Path(prompts_dir)).get("field", {})
            own = {role: names[0 if language == "fr" else 1] for role, names in mapping.role_names.items()}
            merged = _merge(merged, {"field": {**defaults, **own}})
            merged = _merge(merged, _typed_wording(merged.get("typed", {}), language, mapping))
        merged = _merge(merged, mapping.wording.get(language, {}).get(task, {}))
        cached[key] = render_all(merged, nouns(language, mapping, prompts_dir))
    return cached[key]


def nouns(language: str, mapping: Mapping | None = None, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Noun]:
    """The nouns templates name (`<the item>`, `<of the portfolio>`): the mapping's `[items]`,
    `[register]` and `[role_names]`, else generic.toml's words, in `language`."""
    mapping = load_mapping(mapping)
    defaults = generic_nouns(language, Path(prompts_dir))
    found: dict[str, Noun] = {}
    for kind, own in (("item", mapping.items), ("register", mapping.register_noun)):
        found[kind] = own.get(language) or parse_noun(defaults[kind], language, f"nouns.{kind}", ValueError)
    names = generic(language, "answers", Path(prompts_dir)).get("field", {})
    for role in ROLES:
        name = mapping.role_name(role, language) or str(names.get(role, role))
        gender = mapping.role_genders.get(role) if role in mapping.role_names else french_gender(name)
        many = mapping.role_plurals.get(role, ("", ""))[0 if language == "fr" else 1]
        found[role] = noun(name, language, gender or "m", many)
    return found


def say(text: str, language: str, mapping: Mapping | None = None) -> str:
    """Any text with the register's nouns put in (`<items>`, `<no item>`, `<The register>`): for
    surfaces whose texts live outside prompts/ (the UI's tabs), in the same words as the answers."""
    return render(text, nouns(language, mapping))


def _typed_wording(typed: dict[str, str], language: str, mapping: Mapping) -> dict[str, Any]:
    """The [typed] templates made per typed field (its name in), under the tables the role
    templates use: [scope], [exclude], [part], [part_not], [by], [groups], [field]."""
    out: dict[str, Any] = {"field": {}}
    for f in mapping.fields:
        names = {f.key: f.name(language)}
        if f.type == "date":  # grouped by month ("which month had the most"): « date de publication (mois) »
            names[f"{f.key}:month"] = f"{f.name(language)} ({'mois' if language.startswith('fr') else 'month'})"
        for key, name in names.items():
            out["field"][key] = name
            for table, template in typed.items():
                out.setdefault(table, {})[key] = template.replace("{name}", name)
    return out


def field_names(
    language: str, mapping: Mapping | None, order: tuple[str, ...] = LIST_ORDER
) -> dict[str, str]:
    """Role -> this register's word for it ("agency"), for the roles it has, in `order`."""
    names = templates(language, "answers", mapping)["field"]
    roles = load_mapping(mapping).roles
    return {role: str(names.get(role, role)) for role in order if role in roles}


def short_field_names(language: str, mapping: Mapping | None) -> dict[str, str]:
    """Every role -> its short name ("organisme" for « organisme public »), the words of the
    "what I understood" line and of the filter chips; a role without one takes its name."""
    mapping = load_mapping(mapping)
    names = templates(language, "answers", mapping)["field"]
    short = {role: pair[0 if language == "fr" else 1] for role, pair in mapping.short_names.items()}
    typed = {f.key: f.name(language) for f in mapping.fields}
    return {role: str(short.get(role) or names.get(role, role)) for role in ROLES} | typed


def own_field_names(mapping: Mapping | None) -> dict[str, tuple[str, ...]]:
    """Filter field -> the (fr, en) names a register gives it where they are not the generic
    words ("agency", "topic area"): the understander knows the generic ones already, and reads
    these as the question's frame in this register's terms."""
    mapping = load_mapping(mapping)
    defaults = [generic(lang, "answers").get("field", {}) for lang in ("fr", "en")]
    own = {
        role: names
        for role, names in mapping.role_names.items()
        if role in FILTERED and names != (defaults[0].get(role), defaults[1].get(role))
    }
    for role, also in mapping.role_also.items():  # "component": what people also call a bureau
        if role in FILTERED and also:
            own[role] = (*own.get(role, ()), *also)
    for role, names in own.items():  # "stage of development" is also said "development stage"
        turned = [f"{m.group(2)} {m.group(1)}" for n in names if n and (m := re.fullmatch(r"(\w+) of (\w+)", n))]
        own[role] = (*names, *turned)
    return own


def fields_text(language: str, mapping: Mapping | None, sep: str = ", ") -> str:
    """The fields this register has, as a list: "name, agency, bureau, topic area…"."""
    typed = [f.name(language) for f in load_mapping(mapping).fields if f.type != "private"]
    return sep.join([*field_names(language, mapping).values(), *typed])


def blank_label(role: str, language: str, mapping: Mapping | None) -> str:
    """What a blank body or portfolio cell of `mapping`'s register is shown as, in its words:
    "no publishing body given", « sans mention d'organisme public » (answers.toml `blank`)."""
    name = str(templates(language, "answers", mapping)["field"].get(role, role))
    elided = name[:1].lower() in "aâàeéèêiîoôuûyh"
    return templates(language, "answers", mapping)["blank"].format(
        field=name, of_field=f"d'{name}" if elided else f"de {name}"
    )


def stored_blank(role: str, mapping: Mapping) -> str:
    """The text a blank body or portfolio cell holds once loaded: the body's in the file's
    language (as its other bodies are written), the portfolio's in French (with `portfolio_en`)."""
    return blank_label(role, "fr" if role == "portfolio" else mapping.language, mapping)


def shown(role: str, value: str, language: str, mapping: Mapping | None) -> str:
    """A body as an answer in `language` shows it: the blank-body label in that language
    (« sans mention d'organisme public » in a French answer over an English register)."""
    mapping = load_mapping(mapping)
    if role == "body" and value and role in mapping.named_blanks and value == stored_blank(role, mapping):
        return blank_label(role, language, mapping)
    return value


def _merge(under: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(under)
    for key, value in over.items():
        merged[key] = (
            _merge(merged[key], value)
            if isinstance(value, dict) and isinstance(merged.get(key), dict)
            else value
        )
    return merged
