"""The words of answers and briefings, in each register's own terms.

The templates are `prompts/<lang>/<task>.toml`, written for Québec's portrait: the built-in
`quebec` mapping uses them unchanged. Any other register gets them through two layers:

1. `prompts/<lang>/generic.toml`: a counterpart of every text that is only true of Québec's
   portrait (its six fields, vendor names replaced, cybersecurity left out, Données Québec),
   true of any register: it names the fields this register has (`{fields}`) and its `{title}`;
2. the mapping's overlay, `[wording.<lang>.<task>]` in its TOML file ("use cases", "agency",
   "l'agence fédérale"), checked when the mapping loads (`check_wording`).

Between the two, the mapping's `[role_names]` name its fields (`[field]` in answers.toml), so a
register with role names but no overlay already lists and describes its fields in its words.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.resources import PROMPTS_DIR

if TYPE_CHECKING:
    from assistant.register.mapping import Mapping

TASKS = ("answers", "search", "brief", "llm_answer", "llm_brief", "llm_followup")
LANGUAGES = ("fr", "en")
GENERIC = "generic"  # prompts/<lang>/generic.toml: one table per task
# The order fields are listed in ({fields}) and described in (describe lines).
LIST_ORDER = ("name", "category", "body", "portfolio", "benefits", "status")
DESCRIBE_ORDER = ("body", "portfolio", "category", "status", "benefits")
ROW_ORDER = ("name", "body", "category", "status", "portfolio", "benefits")  # the model's ROWS


def base(language: str, task: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    """One template file as written (Québec's wording), read once."""
    return _read(str(Path(prompts_dir) / language / f"{task}.toml"))


@cache
def _read(path: str) -> dict[str, Any]:
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


def _generic(language: str, task: str, prompts_dir: Path) -> dict[str, Any]:
    path = Path(prompts_dir) / language / f"{GENERIC}.toml"
    return base(language, GENERIC, Path(prompts_dir)).get(task, {}) if path.is_file() else {}


def is_quebec(mapping: Mapping | None) -> bool:
    """Québec's portrait (no mapping, or the built-in one reading Québec's own headers)."""
    return mapping is None or mapping.columns is None


def templates(
    language: str, task: str, mapping: Mapping | None = None, prompts_dir: Path = PROMPTS_DIR
) -> dict[str, Any]:
    """The templates of `task` in `language` for the register `mapping` reads: the base file for
    Québec; base < generic.toml < role names < the mapping's `wording` overlay for any other."""
    if is_quebec(mapping):
        return base(language, task, Path(prompts_dir))
    cached = mapping.__dict__.setdefault("_wording_cache", {})
    key = (language, task, str(prompts_dir))
    if key not in cached:
        merged = _merge(
            base(language, task, Path(prompts_dir)), _generic(language, task, Path(prompts_dir))
        )
        if task == "answers" and mapping.role_names:
            own = {
                role: names[0 if language == "fr" else 1]
                for role, names in mapping.role_names.items()
            }
            merged = _merge(merged, {"field": own})
        cached[key] = _merge(merged, mapping.wording.get(language, {}).get(task, {}))
    return cached[key]


def field_names(
    language: str, mapping: Mapping | None, order: tuple[str, ...] = LIST_ORDER
) -> dict[str, str]:
    """Role -> this register's word for it ("agency"), for the roles it has, in `order`."""
    from assistant.register.mapping import ROLES

    names = templates(language, "answers", mapping).get("field", {})
    roles = ROLES if mapping is None else mapping.roles
    return {role: str(names.get(role, role)) for role in order if role in roles}


def fields_text(language: str, mapping: Mapping | None, sep: str = ", ") -> str:
    """The fields this register has, as a list: "name, agency, bureau, topic area…"."""
    return sep.join(field_names(language, mapping).values())


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
    if role == "body" and value and not is_quebec(mapping) and value == stored_blank(role, mapping):
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


# -- checking a mapping's overlay (at load) --------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The `{names}` a template uses (ValueError when its braces are malformed)."""
    return {
        name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name
    }


def check_wording(
    wording: Any, fail: Callable[[str], Exception], prompts_dir: Path = PROMPTS_DIR
) -> dict[str, dict[str, Any]]:
    """A mapping's `[wording.<lang>.<task>]` tables, checked against the template files: every key
    must be one the base file has (a typo is named with the file), every value a text (or a table
    where the file has one), and its `{placeholders}` ones the base or generic text uses."""
    if not isinstance(wording, dict):
        raise fail("wording must be tables [wording.<fr|en>.<task>], e.g. [wording.en.answers].")
    for language, tasks in wording.items():
        if language not in LANGUAGES or not isinstance(tasks, dict):
            raise fail(
                f"[wording.{language}]: the language must be fr or en, holding tables such as [wording.{LANGUAGES[1]}.answers]."
            )
        for task, overlay in tasks.items():
            if task not in TASKS or not isinstance(overlay, dict):
                raise fail(
                    f"[wording.{language}.{task}]: {task!r} is not a template file; files: {', '.join(TASKS)}."
                )
            file = Path(prompts_dir) / language / f"{task}.toml"
            _check(overlay, base(language, task, Path(prompts_dir)), _generic(language, task, Path(prompts_dir)),
                   f"wording.{language}.{task}", file, fail)  # fmt: skip
    return wording


def _check(
    overlay: dict[str, Any],
    under: dict[str, Any],
    generic: dict[str, Any],
    where: str,
    file: Path,
    fail: Callable[[str], Exception],
) -> None:
    for key, value in overlay.items():
        if key not in under or key == "version":
            known = ", ".join(k for k in under if k != "version")
            raise fail(
                f"[{where}] {key!r} is not a key of {file} (known: {known}). Fix: correct the key's spelling."
            )
        if isinstance(under[key], dict):
            if not isinstance(value, dict):
                raise fail(f"[{where}] {key!r} must be a table, as in {file}: [{where}.{key}].")
            _check(value, under[key], generic.get(key, {}) if isinstance(generic.get(key), dict) else {},
                   f"{where}.{key}", file, fail)  # fmt: skip
            continue
        if not isinstance(value, str):
            raise fail(f"[{where}] {key} must be a text (a string), as in {file}.")
        allowed = set()
        for text in (under[key], generic.get(key)):
            allowed |= placeholders(text) if isinstance(text, str) else set()
        try:
            used = placeholders(value)
        except ValueError as exc:
            raise fail(
                f"[{where}] {key}: malformed braces ({exc}). Fix: write {{{{ and }}}} for literal braces."
            ) from None
        unknown = sorted(used - allowed)
        if unknown:
            shown = ", ".join("{" + name + "}" for name in sorted(allowed)) or "none"
            raise fail(f"[{where}] {key} uses {', '.join('{' + n + '}' for n in unknown)}, which {file} does not give "
                       f"this text (placeholders it gives: {shown}). Fix: use only those.")  # fmt: skip
