"""The template files as written (`prompts/<lang>/<task>.toml`), and a mapping's overlay checked
against them.

Reading the files is one job, assembling a register's words from them another
(assistant/register/wording.py): a mapping checks its `[wording]` tables here when it loads,
without depending on the assembly that uses mappings.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from assistant.resources import PROMPTS_DIR

TASKS = ("answers", "search", "brief", "llm_answer", "llm_brief", "llm_followup")
LANGUAGES = ("fr", "en")
GENERIC = "generic"  # prompts/<lang>/generic.toml: one table per task


def base(language: str, task: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    """One template file as written (Québec's wording), read once."""
    return _read(str(Path(prompts_dir) / language / f"{task}.toml"))


@cache
def _read(path: str) -> dict[str, Any]:
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


def generic(language: str, task: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    """generic.toml's table for `task`: the counterparts of the texts only true of Québec's portrait."""
    path = Path(prompts_dir) / language / f"{GENERIC}.toml"
    return base(language, GENERIC, Path(prompts_dir)).get(task, {}) if path.is_file() else {}


def generic_nouns(language: str, prompts_dir: Path = PROMPTS_DIR) -> dict[str, Any]:
    """generic.toml's `[nouns]`: the item and register words of a mapping that names none."""
    path = Path(prompts_dir) / language / f"{GENERIC}.toml"
    found = base(language, GENERIC, Path(prompts_dir)).get("nouns", {}) if path.is_file() else {}
    fallback = {"fr": {"item": {"one": "initiative", "gender": "f"}, "register": {"one": "registre", "gender": "m"}},
                "en": {"item": {"one": "initiative"}, "register": {"one": "register"}}}[language]  # fmt: skip
    return {**fallback, **found}



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
            if task == "answers" and "field" in overlay:
                raise fail(
                    f"[wording.{language}.answers.field]: the fields' names are the mapping's [role_names]. "
                    'Fix: move them there (role = { fr = "…", en = "…" }).'
                )
            file = Path(prompts_dir) / language / f"{task}.toml"
            _check(overlay, base(language, task, Path(prompts_dir)), generic(language, task, Path(prompts_dir)),
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
