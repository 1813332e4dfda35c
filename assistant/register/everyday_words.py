"""The everyday words questions use for a register's values, read from the data file its
mapping names (`words = "words/quebec.toml"`).

A register's labels and headers say how its file spells things; people asking questions say
« chatbot », "en prod", « la RAMQ », « le réseau de la santé ». Those words belong to the
register as much as its labels do, so they are data next to its mapping, checked when the mapping
loads (an unknown table or key is an error naming the file and the key), and read by the entity
resolver (assistant/understand/entities.py).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.register.known_bodies import KnownBodiesError, read_known_bodies

_KEYS = {"bodies", "bodies_from", "category", "status", "portfolio", "kind", "status_group"}


@dataclass(frozen=True)
class EverydayWords:
    """`bodies`: real bodies, official name first, then their other names; `labels[role][key]`:
    words for a category or status; `portfolios`: (readings, preferred first; words)."""

    bodies: tuple[tuple[str, ...], ...] = ()
    labels: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    portfolios: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # Words naming several portfolios at once (« les réseaux »: the three network portfolios).
    portfolio_groups: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # Kinds of bodies (« cégep »: the bodies named "Cégep …", "Collège …", "… College"):
    # (words, name beginnings, name endings); assistant/understand/kinds.py.
    kinds: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = ()
    # Words naming several statuses at once ("in production": the file's "Operation and
    # Maintenance" and its literal "In production"): (status keys, words).
    status_groups: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    def for_label(self, role: str, key: str) -> tuple[str, ...]:
        return self.labels.get(role, {}).get(key, ())


def read_words(
    path: Path,
    label_keys: dict[str, set[str]],
    portfolios: set[str],
    fail: Callable[[str], Exception],
) -> EverydayWords:
    """The words file at `path`, checked: its label keys must be the mapping's (`label_keys`:
    role -> keys) and its portfolio readings portfolios the mapping names (`portfolios`)."""

    def bad(message: str) -> Exception:
        return fail(f"words file {path}: {message}")

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise bad(f"not a readable TOML file ({exc}). Fix: check the path and the syntax.") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise bad(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}.")
    bodies = data.get("bodies", [])
    if not isinstance(bodies, list) or not all(_texts(b) for b in bodies):
        raise bad('bodies must be a list of lists of names, official name first: [["Régie …", "RAMQ"], …].')
    if "bodies_from" in data:  # a list of known public bodies ([[body]] en, fr, acronyms) beside this file
        bodies = [*bodies, *_known_bodies(path.parent / str(data["bodies_from"]), bad)]
    labels = {}
    for role in ("category", "status"):
        table = data.get(role, {})
        if not isinstance(table, dict):
            raise bad(f"[{role}] must be a table of label key = [words].")
        for key, words in table.items():
            if key not in label_keys.get(role, set()):
                known = ", ".join(sorted(label_keys.get(role, set()))) or "none"
                raise bad(f"[{role}] {key!r} is not a {role} key of the mapping (keys: {known}). Fix: correct the key.")
            if not _texts(words):
                raise bad(f"[{role}] {key} must be a list of words.")
        labels[role] = {key: tuple(words) for key, words in table.items()}
    readings, groups = [], []
    for i, entry in enumerate(data.get("portfolio", [])):
        if not isinstance(entry, dict) or not {"portfolios", "words"} <= set(entry) <= {"portfolios", "words", "together"}:
            raise bad(f"[[portfolio]] number {i + 1} must have `portfolios` and `words` (and optionally `together`).")
        if not isinstance(entry.get("together", False), bool):
            raise bad(f"[[portfolio]] number {i + 1}: `together` is true (the words name all the portfolios) or false.")
        if not _texts(entry["portfolios"]) or not _texts(entry["words"]):
            raise bad(f"[[portfolio]] number {i + 1}: `portfolios` and `words` must be lists of texts.")
        strange = [p for p in entry["portfolios"] if p not in portfolios]
        if strange:
            raise bad(f"[[portfolio]] number {i + 1}: {strange[0]!r} is not in the mapping's [portfolios]. Fix: spell it as there.")
        (groups if entry.get("together") else readings).append((tuple(entry["portfolios"]), tuple(entry["words"])))
    kinds = []
    for i, entry in enumerate(data.get("kind", [])):
        if not isinstance(entry, dict) or "words" not in entry or not set(entry) <= {"words", "starts", "ends"}:
            raise bad(f"[[kind]] number {i + 1} must have `words` and `starts` and/or `ends` (beginnings or endings of body names).")
        if not _texts(entry["words"]) or not (entry.get("starts") or entry.get("ends")):
            raise bad(f"[[kind]] number {i + 1}: `words` is a list of texts, and `starts` or `ends` a non-empty list of texts.")
        for key in ("starts", "ends"):
            if key in entry and not _texts(entry[key]):
                raise bad(f"[[kind]] number {i + 1}: `{key}` must be a list of texts.")
        kinds.append((tuple(entry["words"]), tuple(entry.get("starts", ())), tuple(entry.get("ends", ()))))
    status_groups = []
    for i, entry in enumerate(data.get("status_group", [])):
        if not isinstance(entry, dict) or set(entry) != {"statuses", "words"} or not _texts(entry["statuses"]) or not _texts(entry["words"]):
            raise bad(f"[[status_group]] number {i + 1} must have `statuses` (status keys) and `words` (lists of texts).")
        if not label_keys.get("status"):
            continue  # a copy of the mapping without statuses: nothing for these words to name
        strange = [k for k in entry["statuses"] if k not in label_keys.get("status", set())]
        if strange:
            raise bad(f"[[status_group]] number {i + 1}: {strange[0]!r} is not a status key of the mapping. Fix: correct the key.")
        status_groups.append((tuple(entry["statuses"]), tuple(entry["words"])))
    return EverydayWords(tuple(tuple(b) for b in bodies), labels, tuple(readings), tuple(groups), tuple(kinds), tuple(status_groups))


def _known_bodies(path: Path, bad: Callable[[str], Exception]) -> list[list[str]]:
    """The bodies of a known-bodies file as lists of names, English name first: real bodies a
    question may name though the register holds no row of them."""
    try:
        return [b.names() for b in read_known_bodies(path)]
    except KnownBodiesError as exc:
        raise bad(f"bodies_from: {exc}") from None


def _texts(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)
