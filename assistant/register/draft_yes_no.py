"""Yes and no as a register file writes them (`portrait-ia mapping draft`): "Yes", "N", "TRUE",
a form's lettered options ("a) No", "(b) Yes") and "Not X" values ("c) Not high-impact"), with the
spelling as written, so that the drafted flag reads every cell of its column."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from assistant.register.fields import DEFAULT_NO, DEFAULT_YES
from assistant.register.labels import normalise

if TYPE_CHECKING:
    from assistant.register.draft_guess import Column

OPTION = re.compile(r"^\(?[a-h]\)\s*")  # "a) No", "(b) Yes": a form's lettered option


def yes_no(cell: str) -> tuple[str, str] | None:
    """("yes"/"no", the spelling as written) when the cell is or starts with a yes/no word, after
    a form's option letter ("a) No")."""
    text = normalise(cell).strip(" .")
    letter = len(m.group()) if (m := OPTION.match(text)) else 0
    text = text[letter:]
    for value, spellings in (("yes", DEFAULT_YES), ("no", DEFAULT_NO)):
        for s in spellings:
            if text == s or (text.startswith(s) and not text[len(s)].isalnum()):
                return value, cell.strip()[: letter + len(s)]
    if text.startswith(("not ", "non ")) and len(text.split()) <= 3:  # "c) Not high-impact": the header's no
        return "no", cell.strip()[: letter + 3]
    return None


def flags(c: Column) -> tuple[list[str], list[str]] | None:
    """The yes and no spellings found, when at least 80% of the filled cells are yes or no."""
    found = [f for x in c.filled if (f := yes_no(x))]
    if not found or len(found) < 0.8 * len(c.filled) or len({v for v, _ in found}) < 1:
        return None
    if {normalise(s) for _, s in found} <= {"1", "0"} and c.distinct > 2:
        return None
    spell = {
        v: [s for s, _ in Counter(s for w, s in found if w == v).most_common()]
        for v in ("yes", "no")
    }
    return dedupe(spell["yes"]), dedupe(spell["no"])


def dedupe(spellings: list[str]) -> list[str]:
    """One spelling per matching key, the most frequent ("No" before "NO")."""
    seen: set[str] = set()
    return [s for s in spellings if not (normalise(s) in seen or seen.add(normalise(s)))]
