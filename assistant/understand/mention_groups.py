"""Mentions that name several values at once (« les réseaux »), spread into one per value, and
the parentheses that only spell such a group out (« tous les réseaux (santé, éducation) »)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.understand.entities import Mention


def expand_groups(mentions: list[Mention]) -> list[Mention]:
    """A mention naming several values at once (« les réseaux ») as one mention per value, on the
    same words: filters, negations and shares then take them all."""
    out = []
    for m in mentions:
        out += [replace(m, value=v, together=(), alternatives=()) for v in m.together] if m.together else [m]
    return out


def enumerated(question: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of parentheses that only spell out a group named just before them (« tous les
    réseaux (santé, enseignement sup, éducation) »): their values are the group's, not filters."""
    spans = []
    for m in mentions:
        if not m.together:
            continue
        opening = re.match(r"\s*\(", question[m.end :])
        closing = question.find(")", m.end)
        if not opening or closing < 0:
            continue
        start = m.end + opening.end() - 1
        inside = [o for o in mentions if start < o.start and o.end <= closing]
        group = set(m.together)
        if inside and all({o.value, *o.alternatives} & group for o in inside):
            spans.append((start, closing + 1))
    return spans

