"""Follow-ups on a ranking or a list of groups: « et le deuxième ? » (the group at that place),
"and what's the least common category there?" (within the group just named), « et parmi eux,
lequel… » (within the groups just listed).

The groups are read from the previous answer as the reader saw it (its numbered or bulleted
"Label : 26 initiatives" lines), then named again through the entity resolver, so a label shown
in English ("Decision support…") is the register's value again. Rules, not a model.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.register.labels import normalise
from assistant.types import Plan
from assistant.understand.groups import place_said  # « le 3e », "the second one"
from assistant.understand.lexicon import fold
from assistant.understand.operators import fewest as fewest_asked
from assistant.understand.ordinals import ordinal
from assistant.understand.word_lists import load

# "1. Ministère des Ressources naturelles et des Forêts : 26 initiatives [93, …]", "- CHUM: 12 …"
_GROUP_LINE = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+(?![«\"“])(.+?)\s?:\s*\d[\d\s\u202f,.]*\s+\w")
# The words pointing back at the groups just shown (ordinal_words.toml: data, per language):
# one ("there", « là ») or all (« parmi eux »); the most among them; one of them asked.
_WORDS = load(Path(__file__).with_name("ordinal_words.toml"))
_THERE = _WORDS.pattern("there_said")
_MOST = _WORDS.pattern("most_of_them")
_WHICH_ONE = _WORDS.pattern("which_one")
_THAT_ONE = _WORDS.pattern("that_one")  # "that one", « celui-là »: the one group shown
_POINTING = frozenset(w.rstrip("=") for entry in _WORDS.words("that_one") for w in entry.split())
_NEXT = _WORDS.pattern("next_after_top")  # "and if you leave that one out?": the second


def shown_groups(answer_text: str) -> list[str]:
    """The group labels an answer listed, in the order shown."""
    labels: list[str] = []
    for line in answer_text.splitlines():
        match = _GROUP_LINE.match(line)
        if match and match.group(1).strip() not in labels:
            labels.append(match.group(1).strip())
    return labels


def on_groups(question: str, plan: Plan, previous: Plan, labels: list[str], resolver: Any) -> Plan:
    """`plan` read against the groups the previous ranking showed (`labels`), or as it was."""
    if previous.intent not in ("rank", "breakdown") or not previous.group_by or not labels:
        return plan
    position = ordinal(question)
    if position is None and previous.intent == "rank" and previous.top_n == 1 and _NEXT.search(normalise(question).replace("'", " ").replace("’", " ")):
        position = 2
    if previous.intent == "rank" and position and position > 0 and not resolver.mentions(question):
        # « et le deuxième ? »: the same ranking, the group at that place
        return replace(previous, question=plan.question, language=plan.language, position=position,
                       top_n=max(position, previous.top_n or 0), claim=None, follow_up=True)  # fmt: skip
    place = position or place_said(question)
    that_one = len(labels) == 1 and not any(m.field == previous.group_by for m in resolver.mentions(question)) and not _NEXT.search(normalise(question).replace("'", " ").replace("’", " ")) and _THAT_ONE.search(" ".join(fold(question).split()))
    if previous.intent == "rank" and (place and 0 < place <= len(labels) and resolver.mentions(question) or that_one):
        place = place if place and 0 < place <= len(labels) else 1  # "How many does that one have in production?": the one group shown
        # « Top 3 des organismes — et le 3e a combien de projets en production ? »: that group, with what is added
        found = [m for m in resolver.mentions(labels[place - 1]) if m.field == previous.group_by]
        value = found[0].value if found else labels[place - 1] if previous.group_by == "body" else None
        if value is not None:
            intent = plan.intent if plan.intent in ("count", "list", "share", "exists") else "count"
            topic = " ".join(w for w in plan.topic.split() if place_said(w) is None)
            said = [w for w in plan.set_aside if that_one and set(fold(w).split()) <= _POINTING]  # "that one": read
            return replace(plan, intent=intent, filters={**previous.filters, **plan.filters, previous.group_by: [value]},
                           topic=topic, group_by=None, top_n=None, position=None, follow_up=True,
                           set_aside=[w for w in plan.set_aside if w not in said],
                           notes=[n for n in plan.notes if not any(w in n for w in said)])  # fmt: skip
    folded = " ".join(fold(question).split())
    if not _THERE.search(folded):
        return plan
    field = previous.group_by
    values = []
    for label in labels:
        found = [m for m in resolver.mentions(label) if m.field == field]
        if found and found[0].value not in values:
            values.append(found[0].value)
        elif field == "body" and label not in values:
            values.append(label)  # a body's label is its value
    if not values:
        return plan
    filters = {**plan.filters, field: values}
    fewest, most = fewest_asked(question, plan.language), _MOST.search(folded)
    if (fewest or most) and plan.group_by in (None, field) or plan.intent == "breakdown" and plan.group_by == field and fewest:
        # « et parmi eux, lequel a le moins de projets en production ? »: a ranking of those groups
        one = _WHICH_ONE.search(folded) is not None
        return replace(plan, intent="rank", filters=filters, group_by=field, order="asc" if fewest else "desc",
                       having=[], top_n=1 if one else 5, groups_asked=False, follow_up=True)  # fmt: skip
    group_by = plan.group_by if plan.group_by and plan.group_by != field or plan.intent not in ("rank", "breakdown") else field
    return replace(plan, filters=filters, group_by=group_by, follow_up=True)
