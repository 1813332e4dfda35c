"""A follow-up question built on the previous turn's plan: « Et à la RAMQ ? », "and those in
production?", « et hors MRNF ? », "what share of them are in production?".

What the previous turn established (its filters, exclusions, topic, the part of a share, the
conditions of a ranking) stays unless this turn changes it.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.register.labels import normalise
from assistant.types import Plan
from assistant.understand.operators import NO_PART, asks_share, fewest
from assistant.understand.words import (
    BOTH_TOGETHER,
    DIFFERENCE_ASKED,
    GROUP_WORDS,
    LIST,
    MORE_OR_FEWER,
    NARROWING,
    RANK,
    RATHER,
    SAME_FOR,
    THAT_FIGURE,
    TOP_N,
    WHICH_ONE_AGAIN,
    WHICH_ONES,
)


def merge(previous: Plan, plan: Plan, norm: str, networks: dict[str, str] | None = None) -> Plan:
    """A follow-up: keep what the previous turn established, change what this one says."""
    said = plan.filters.get("portfolio", [])
    sector = {networks[v] for f in ("body", "portfolio") for v in previous.filters.get(f, []) if v in (networks or {})}
    one_sector = len(said) == 2 and len({v.removesuffix(" (Réseau)") for v in said}) == 1  # « Éducation, réseau compris »: both, said
    if len(said) > 1 and len(sector) == 1 and sector <= set(said) and not one_sector:
        # « Combien de projets au MSSS ? — et au réseau ? »: that sector's network, not all three
        plan = replace(plan, filters={**plan.filters, "portfolio": sorted(sector)})
    narrowing = bool(NARROWING.search(norm))
    filters = {k: list(v) for k, v in previous.filters.items()}
    if not narrowing and {"body", "portfolio"} & set(plan.filters):
        # "Et pour l'Université Laval ?" asks the same question of another scope: a new body or
        # portfolio replaces the previous one (labels such as "chatbots" carry over).
        filters.pop("body", None)
        filters.pop("portfolio", None)
    flags = {f.key for f in getattr(plan.mapping, "fields", ()) if f.type == "flag"}
    if SAME_FOR.search(norm) and flags & set(plan.filters):
        # "How many are rights-impacting? — same for safety-impacting": that flag instead of the other
        filters = {k: v for k, v in filters.items() if k not in flags}
    said = set(plan.filters) - {"body", "portfolio"}
    if RATHER.search(norm) and said and not said & set(previous.filters):
        # « … en exploitation ? — et plutôt ceux qui touchent des données personnelles ? »: the scope
        # stays, the condition is swapped (« et plutôt en développement ? » swaps its own field only)
        filters = {k: v for k, v in filters.items() if k in ("body", "portfolio")}
    for field, values in plan.filters.items():
        filters[field] = values
    for field, values in plan.exclude.items():  # « … dans le réseau ? — et hors du réseau ? »: the other side
        kept = [v for v in filters.get(field, []) if v not in values]
        if kept:
            filters[field] = kept
        else:
            filters.pop(field, None)
    if previous.intent == "define" and previous.define and "category" not in filters and "status" not in filters:
        kind, key = previous.define  # "How many initiatives are in it?" after a definition
        filters[kind] = [key]
    intent = plan.intent
    if WHICH_ONES.search(norm) and intent != "rank":  # "which of those has the most?" ranks them
        intent = "list"
    # A bare follow-up ("What about the health network?", "And among chatbots?") repeats the
    # previous question's intent.
    elif intent in ("list", "search") and not LIST.search(norm) and not plan.topic and previous.intent != "define":
        intent = previous.intent
    exclude = {k: list(v) for k, v in previous.exclude.items()}
    for field, values in plan.exclude.items():  # « et hors MRNF ? »
        exclude[field] = list(dict.fromkeys([*exclude.get(field, []), *values]))
    for field in exclude:  # a value named again is wanted again
        exclude[field] = [v for v in exclude[field] if v not in filters.get(field, [])]
    carried = {}
    if intent == previous.intent == "share" and not plan.part and not plan.part_exclude:
        carried = {"part": previous.part, "part_exclude": previous.part_exclude, "part_thresholds": previous.part_thresholds}
    if intent == previous.intent and intent in ("rank", "breakdown") and not plan.having:
        # "Which has the fewest? — and which one has the most?", "… the most? — and the fewest?": the order said again wins
        carried.update(having=previous.having, order="asc" if fewest(norm, plan.language) else plan.order if plan.order != "desc" or RANK.search(norm) else previous.order)
    if intent == previous.intent == "measure" and not plan.measure:  # « Et pour Santé Canada ? » after a total
        carried.update(measure=previous.measure, order=previous.order)
    # "costing over $100,000" holds for the next turn too, unless it names its own condition on that field
    said = {key for key, _, _ in plan.thresholds}
    carried["thresholds"] = [*(c for c in previous.thresholds if c[0] not in said), *plan.thresholds]
    return replace(
        plan,
        intent=intent,
        filters=filters,
        exclude={k: v for k, v in exclude.items() if v},
        **carried,
        topic=plan.topic or previous.topic,
        search_text=plan.search_text if plan.topic else (previous.search_text or previous.question),
        # "Which agencies have more than 100? — and which of those have the most PII ones?": those agencies
        # "Which department built the most in-house? — and which one bought the most from vendors?": departments again
        # « Quel portefeuille a le moins … ? — et le plus ? »: no group named, the same groups
        group_by=previous.group_by if (narrowing or WHICH_ONE_AGAIN.match(norm) or not any(w.search(norm) for w in GROUP_WORDS.values())) and previous.group_by and previous.intent in ("rank", "breakdown") else plan.group_by or previous.group_by,
        # "Which body has the most chatbots? — and the most automation projects?": one body again (ties kept)
        top_n=previous.top_n if intent == previous.intent == "rank" and plan.top_n == 5 and not TOP_N.search(norm) else plan.top_n or previous.top_n,
        dates_said={k: v for k, v in {**previous.dates_said, **plan.dates_said}.items() if k in filters},
        follow_up=True,
    )


_BOTH = BOTH_TOGETHER  # "both", « les deux », "combined" (frame_words.toml)


def both_of(norm: str, plan: Plan, earlier: list[Plan]) -> Plan:
    """"… and in both networks combined?" after asking of one network then another: the two
    values the last two turns named, together (not every network the word could mean)."""
    if len(earlier) < 2 or not _BOTH.search(norm):
        return plan
    one, two = earlier[-2], earlier[-1]
    if not plan.filters and not plan.topic and len(norm.split()) <= 4:  # "combined?", « les deux ensemble ? »: the last turn, both values
        plan = replace(two, question=plan.question, language=plan.language, follow_up=True)
    for field in ("portfolio", "body", "category", "status"):
        a, b = one.filters.get(field), two.filters.get(field)
        if a and b and a != b and field in plan.filters:
            return replace(plan, filters={**plan.filters, field: list(dict.fromkeys([*a, *b]))})
    return plan


_MORE_OR_FEWER = MORE_OR_FEWER  # « plus ou moins », "more or fewer", "versus" (frame_words.toml)


def compared_with_previous(norm: str, plan: Plan, previous: Plan | None) -> Plan:
    """« Combien de fiches pour le DBT ? — Et le DESNZ, il en a plus ou moins ? »: the new value
    compared with the one the previous turn asked about, both counted."""
    if previous is None or not _MORE_OR_FEWER.search(norm):
        return plan
    for field in ("body", "portfolio"):
        before, now = previous.filters.get(field, []), plan.filters.get(field, [])
        new = [v for v in now if v not in before]
        if len(before) == 1 and len(new) == 1:
            filters = {k: v for k, v in plan.filters.items() if k != field}
            return replace(plan, intent="compare", compare=[(field, before[0]), (field, new[0])], filters=filters)
    return plan


def difference_of(norm: str, plan: Plan, earlier: list[Plan]) -> Plan:
    """"How many at DBT? — and DfE? — what's the difference?": the two values the last two turns
    asked about, compared (the rest of the last turn kept)."""
    if len(earlier) < 2 or not DIFFERENCE_ASKED.search(norm) or len(norm.split()) > 8 or plan.filters:
        return plan
    one, two = earlier[-2], earlier[-1]
    for field in ("body", "portfolio", "category", "status"):
        a, b = one.filters.get(field, []), two.filters.get(field, [])
        if len(a) == 1 and len(b) == 1 and a != b:
            filters = {k: v for k, v in two.filters.items() if k != field}
            return replace(two, question=plan.question, language=plan.language, intent="compare", compare=[(field, a[0]), (field, b[0])],
                           filters=filters, follow_up=True)  # fmt: skip
    return plan


def share_of_previous(question: str, plan: Plan, previous: Plan | None) -> Plan:
    """"How many computer vision use cases does USGS have? — What share of USGS's use cases is
    that?": the previous count is the part, what this turn names (or the whole register) the base."""
    norm = normalise(question).replace("'", " ").replace("’", " ")
    if previous is None or previous.intent not in ("count", "list") or not asks_share(question, plan.language) or not THAT_FIGURE.search(norm):
        return plan
    part = {f: v for f, v in previous.filters.items() if plan.filters.get(f) != v}
    if not part or plan.part:
        return plan
    notes = [n for n in plan.notes if n not in NO_PART.values()]  # the part is now said
    return replace(plan, intent="share", part=part, part_topic=False, notes=notes, follow_up=True)


def across_turns(question: str, plan: Plan, previous: Plan | None, earlier: list[Plan]) -> Plan:
    """The follow-ups read across turns: the share of the previous figure ("… is that?"), then,
    when the turn follows others, both values combined, their difference, the new one compared."""
    plan = share_of_previous(question, plan, previous)
    if plan.follow_up or len(earlier) >= 2:  # "… and in both networks combined?", "combined?": the last two turns' values
        norm = normalise(question)
        plan = difference_of(norm, both_of(norm, plan, earlier), earlier)
        plan = compared_with_previous(norm, plan, previous) if plan.follow_up else plan
    return plan
