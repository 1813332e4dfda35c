"""A rule plan refined by what the question does with its values (operators.py): negated values
become exclusions, a share splits its values into base and part, group conditions and "fewest"
shape a ranking, a yes/no question asks whether rows exist, a stated figure becomes a claim.

Runs after the intent rules (understander.py) and before a follow-up is merged, on the same
mentions; it only moves values between the plan's fields and sets the new ones (types.Plan).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from assistant.types import Plan
from assistant.understand import operators
from assistant.understand.body_slots import named_in_slot
from assistant.understand.claims_of_rank import (
    comparison_claim,
    first_claim,
    rank_claim,
    tie_claim,
    two_years,
)
from assistant.understand.entities import Mention
from assistant.understand.evidence import owner_words
from assistant.understand.groups import rank_position
from assistant.understand.lexicon import fold
from assistant.understand.word_lists import load
from assistant.understand.words import COMPARE_WORDS, RANK

# Operators that keep the answer a single figure: a claim or a share decides the intent itself.
_FIGURE_INTENTS = ("count", "list", "search", "exists", "share")
# The words of this module's rules: data, per language (body_words.toml: the words of a body's
# name; operator_words.toml: the words of comparisons).
_WORDS = load(Path(__file__).with_name("body_words.toml"))
_OPERATOR_WORDS = load(Path(__file__).with_name("operator_words.toml"))


def _as_typed(word: str) -> str:
    """A word of a name as a pattern over the question as typed: its capital kept, each accented
    letter also matching itself unaccented (« Société », "Societe")."""
    return "".join(f"[{c}{base}]" if (base := unicodedata.normalize("NFKD", c)[0]) != c else re.escape(c) for c in word)


# A leftover name is a public body the register may not hold when it says Québec or starts
# with a capitalised body word (« la Sûreté du Québec », "the Institut de la statistique").
_BODY_NAME = re.compile(rf"(?i:qu[eé]bec)|\b(?:{'|'.join(map(_as_typed, _WORDS.words('body_word')))})\b")


def _move(plan: Plan, m: Any, to: dict[str, list[str]], source: dict[str, list[str]]) -> None:
    values = source.get(m.field, [])
    if m.value in values:
        values.remove(m.value)
        if not values:
            source.pop(m.field, None)
    target = to.setdefault(m.field, [])
    if m.value not in target:
        target.append(m.value)


def refine(plan: Plan, question: str, mentions: list[Any], group_field: Any, frame: str, closest: Any = None) -> Plan:
    """`group_field(plan)` names the field a group question is about (or None); `frame` is the
    question without the values it names (where a name the register does not hold stands);
    `closest(name)` is the register's body a name it does not hold means, if any (a typo)."""
    plan = _refine(plan, question, mentions, group_field, frame, closest or (lambda name: None))
    for f in list(plan.exclude):
        if f in plan.filters:  # « le portefeuille SSS (hors réseau) »: the filter says it already
            plan.exclude[f] = [v for v in plan.exclude[f] if v in plan.filters[f]]
            if not plan.exclude[f]:
                del plan.exclude[f]
    return plan


def _refine(plan: Plan, question: str, mentions: list[Any], group_field: Any, frame: str, closest: Any) -> Plan:
    lang = plan.language
    negated = operators.negated(question, mentions, lang)
    for i in sorted(negated):
        _move(plan, mentions[i], plan.exclude, plan.filters)
    stated = operators.claim(question, lang)
    conditions = operators.having(question)
    if stated is not None and stated.unit == "%" and plan.intent == "rank" and operators.majority(question):
        plan.intent, plan.group_by, plan.top_n = "share", None, None  # « la majorité des projets … sont … »: a share
    if plan.intent == "rank" and operators.asks_share(question, lang) and any(len(plan.filters.get(f, [])) == 2 for f in ("portfolio", "body")):
        plan.intent, plan.group_by, plan.top_n = "share", None, None  # « une plus grande part des projets du MSSS … que du MEQ ? »
    field = group_field(plan) or operators.among_group(question, mentions)
    if plan.intent == "out_of_scope":
        return plan
    if conditions == [(">=", 1)] and operators.asks_existence(question, lang) and not stated:
        conditions = []  # « Est-ce qu'au moins un cégep a un chatbot ? »: whether any has one
    fewest = operators.fewest(question, lang)
    if fewest and (operators.with_any(question) or conditions == [(">=", 1)]):
        conditions = [(">=", 1)]  # "the fewest … among those that have any": ranked, zeros left out
    if conditions and field and not stated and not (fewest and conditions == [(">=", 1)]):
        plan.intent, plan.group_by, plan.having = "breakdown", field, conditions
        plan.groups_asked = plan.groups_asked or bool(re.search(r"\b(combien|how many|nombre|number)\b", fold(question)))
        plan.top_n = None
        return plan
    if fewest and (field or plan.intent == "rank" and plan.group_by):  # "which month had the fewest"
        plan.intent, plan.group_by, plan.order, plan.having = "rank", field or plan.group_by, "asc", conditions if conditions == [(">=", 1)] else plan.having
        plan.top_n = operators.how_many_groups(" ".join(fold(question).split())) or 1
    if plan.intent == "rank":
        plan.group_by = field or plan.group_by  # the group the question word asks about
        folded = " ".join(fold(question).split())
        if re.search(r"\b(classement|ranking|classe[rz]?|rank|ranked|sort(?! of)|trie[rz]?|ordonne[rz]?)\b", folded) and not re.search(r"\d", folded):
            plan.top_n = None  # « Classement des portefeuilles … »: every group, in order
        elif plan.top_n == 5 and operators.one_asked(folded):
            plan.top_n = 1  # "What's the most common status …?"
    named = next((m.field for m in mentions if m.field in ("body", "portfolio", "category", "status")), None)  # "Is Justice number two?"
    if (place := rank_position(question)) and (field or plan.group_by or named) and plan.intent in ("rank", "search", "list", "count"):
        # "Which category comes second?", « Quel organisme arrive au 2e rang ? »: the group at that place
        plan.intent, plan.group_by, plan.position = "rank", field or plan.group_by or named, place[0]
        plan.top_n = max(place[0], plan.top_n or 0)
        said = set(fold(place[1]).split())
        plan.topic = " ".join(w for w in plan.topic.split() if fold(w).strip() not in said)
        plan.set_aside = [w for w in plan.set_aside if fold(w).strip() not in said]
    if tie_claim(plan, question, mentions) or rank_claim(plan, question, mentions, field) or first_claim(plan, question, mentions) or comparison_claim(plan, question, mentions):
        plan.position = None  # "Is Justice number two?": the claim is checked against the whole ranking
        return plan  # "X is the most common category, right?", "X has more projects than Y?"
    folded = " ".join(fold(question).split())
    years = two_years(plan, question) if re.search(r"\b(?:19|20)\d\d,? (?:or|ou|vs|versus|et|and) (?:19|20)\d\d\b", folded) else None
    if years and plan.intent in ("list", "count", "search") and re.search(r"\b(?:more|fewer|less|plus|moins|most|davantage)\b", folded):
        # "Which report year has more tools, 2022 or 2023?": the two years compared
        plan.intent, plan.compare, plan.topic = "compare", [(m.field, m.value) for m in years], ""
        plan.filters.pop(years[0].field, None)
    if plan.intent == "compare" and len(plan.compare) == 2 and len({f for f, _ in plan.compare}) == 1 and not plan.claim and (more := _MORE_OF_TWO.search(folded)):
        # "Which report year has more tools, 2022 or 2023?", "more AI gadgets at Interior or at Homeland
        # Security?": the one with more (or fewer), ties kept, as the one group asked
        field = plan.compare[0][0]
        plan.intent, plan.group_by, plan.filters[field], plan.compare, plan.top_n, plan.topic = "rank", field, [v for _, v in plan.compare], [], 1, ""
        plan.order = "asc" if more.group("fewer") else "desc"
    if plan.intent == "compare" and plan.compare and COMPARE_WORDS.search(folded) and RANK.search(folded) and len({f for f, _ in plan.compare}) == 1:
        # "CHUM vs CIUSSS du Centre-Ouest vs Université Laval — who has the most?": the first of them
        field = plan.compare[0][0]
        plan.intent, plan.group_by, plan.filters[field], plan.compare = "rank", field, [v for _, v in plan.compare], []
        plan.top_n = 1
    if plan.intent == "compare" and operators.asks_share(question, lang):  # "What share … in operation, HHS vs DOE?"
        plan.part, plan.filters = plan.filters, {}
    several = next((f for f in ("body", "portfolio") if len(plan.filters.get(f, [])) >= 2), None)
    if several and plan.intent in ("list", "count", "search") and _WHICH_ONE.search(folded) and (RANK.search(folded) or operators.fewest(question, lang)):
        # "Among ISED, NRC, StatCan and Global Affairs, which one has the fewest …?": those named, ranked
        plan.intent, plan.group_by, plan.top_n = "rank", several, 1
        plan.order = "asc" if operators.fewest(question, lang) else "desc"
    if plan.intent in ("rank", "breakdown", "compare", "describe", "define"):
        return plan
    existence = operators.asks_existence(question, lang)
    if existence and not stated and not conditions and (said := re.search(rf"\b(\d+) (?:\w+ )?{operators.ITEMS}\b", fold(question))):
        stated = operators.Claim("==", float(said.group(1)), "")  # « Le MRNF compte-t-il vraiment 26 projets ? »
    asked = re.search(r"\b(?:combien|how many|quel|quelle|quels|quelles|lequel|laquelle|which|what|who|qui)\b", fold(question))
    if not stated and conditions and (existence or operators.asked_as_question(question) and not asked):
        # "does the MSSS have more than 20 projects?", « la RAMQ a plus de 10 projets ? »
        op, value = conditions[0]
        percent = re.search(rf"\b{value}(?:[.,]0)? ?(?:%|pour ?cent|percent)", fold(question))  # "the share … above 50%?"
        stated = operators.Claim(op, float(value), "%" if percent else "")
    if stated is not None and plan.intent in _FIGURE_INTENTS:
        plan.claim = stated.to_dict()
        plan.intent = "share" if stated.unit == "%" else "count"
    elif operators.asks_share(question, lang) and plan.intent in _FIGURE_INTENTS:
        plan.intent = "share"
    elif existence and plan.intent in ("search", "list"):  # a count asked stays a count
        joined = _joined(question, mentions) or _continued(question, mentions, plan.set_aside)
        for m in joined:  # "Université du Québec à Trois-Rivières": one name, not two bodies
            values = plan.filters.get(m.field, [])
            if m.value in values:
                values.remove(m.value)
            if m.field in plan.filters and not values:
                del plan.filters[m.field]
        named = {"body", "portfolio"} & {m.field for m in mentions if m not in joined}
        name = question[joined[0].start : joined[-1].end] if joined else ""
        if len(joined) == 1:  # « le CISSS de l'Outaouais »: the words its name goes on with
            name = question[joined[0].start : joined[0].end] + _CONTINUED.match(question[joined[0].end :]).group()
        name = name or (_name(frame) if not named and _BODY_NAME.search(frame) else "")
        if not name and not named and frame == frame.lower() and _BODY_NAME.search(frame.title()):
            name = _name(frame.title()).lower()  # « la ville de montreal est dans le registre? », typed without capitals
        acronym = re.search(r"(?<![\w'’])(?:[ld]['’])?([A-Z]{2,6})\b", frame) if not named else None
        if not name and acronym and acronym.group(1) not in ("IA", "AI", "TI", "IT", "CSV"):
            name = acronym.group(1)  # « La SAQ fait-elle de l'IA ? »: an acronym the register does not hold
        if fold(name).strip() == fold(plan.kinds.get("body", "")).strip():
            name = ""  # "Does any CISSS have an imaging project?": the kind's bodies, no other name
        own = {fold(w).strip() for w in name.split()}
        if (len(name.split()) >= 2 or "-" in name or name.isupper()) and all(fold(w).strip() in own for w in plan.topic.split()):
            # « Y a-t-il des projets d'IA à la Sûreté du Québec ? »: a body the register does not
            # hold is looked for by its name, and found in no row.
            plan.intent, plan.topic = "exists", ""
            real = closest(name)  # « la CNESTT »: the CNESST, said so; else a body the register lacks
            field, real = real if isinstance(real, tuple) else ("body", real)  # ("portfolio", …): "Department of Health"
            plan.filters[field] = [real or name]
            said = set(re.findall(r"\w+", fold(name))) | {"l", "d"}  # « l'AMF »: read with its article
            plan.set_aside = [w for w in plan.set_aside if not set(fold(w).split()) <= said]
            if real:
                plan.notes.append(_READ_AS[lang].format(said=name, real=real))
        elif not plan.topic or {"body", "portfolio"} & set(plan.filters):
            # "Does NYPD use facial recognition?": yes or no by the body's rows about the topic (one
            # the register has evidence for), which the answer shows; with no body, the search shows them
            plan.intent = "exists"
    # « Et à la SAQ ? » after a count; « et pour l'Office de la protection du consommateur ? » (words of its name a topic)
    bare = plan.intent == "search" and not plan.filters and (not plan.topic or _AND_ABOUT.match(fold(question)) is not None)
    if (plan.intent in ("count", "list", "exists") or existence or bare) and not {"body", "portfolio"} & set(plan.filters):
        _absent_body(plan, frame, closest)  # "How many use cases does the Peace Corps have?": none
    if plan.intent == "share":
        parts = operators.share_parts(question, mentions, lang)
        if plan.claim and not parts:
            parts = set(range(len(mentions)))
        base = {(m.field, m.value) for j, m in enumerate(mentions) if j not in parts and j not in negated}
        for i in sorted(parts):
            m = mentions[i]
            if i in negated:
                _move(plan, m, plan.part_exclude, plan.exclude)
            elif (m.field, m.value) in base:  # « la santé (ministère + réseau) … relève du réseau »: in both
                if m.value not in plan.part.setdefault(m.field, []):
                    plan.part[m.field].append(m.value)
            else:
                _move(plan, m, plan.part, plan.filters)
        _named_bodies_part(plan, question, mentions)
        _shares_compared(plan, question)
    return plan


# "which one", « lequel »: one of several values named, asked.
_WHICH_ONE = _OPERATOR_WORDS.pattern("which_of_several")
# Two shares compared: "than", "versus", « par rapport à »; or a larger or smaller one said before « que ».
_COMPARED = _OPERATOR_WORDS.pattern("compared")
_MORE = _OPERATOR_WORDS.pattern("share_more")
_LESS = _OPERATOR_WORDS.pattern("share_less")
_THAN = _OPERATOR_WORDS.pattern("than_word")  # « que »; its "than" is _COMPARED's already


def _shares_compared(plan: Plan, question: str) -> None:
    """"Is a bigger share of HHS's use cases in operation than DOE's?": two values of one field,
    the share's base and its part, compared by their shares (a claim when the order is stated)."""
    folded = " ".join(fold(question).split())
    more, less = _MORE.search(folded), _LESS.search(folded)
    if not (_COMPARED.search(folded) or (more or less) and _THAN.search(folded)):
        return
    for field in ("portfolio", "body", "category"):
        values = [*plan.filters.get(field, []), *plan.part.get(field, [])]
        if len(values) == 2 and values[0] != values[1]:
            plan.intent, plan.compare = "compare", [(field, v) for v in values]
            plan.filters.pop(field, None), plan.part.pop(field, None)
            if (more or less) and operators.asked_as_question(question):
                plan.claim = {"op": ">" if more else "<", "value": 0, "unit": "share"}
            return


def _named_bodies_part(plan: Plan, question: str, mentions: list[Any]) -> None:
    """ "What share of records come from the NHS?": the bodies named by a word of their names
    (readings.part_of_a_name), said after the share's verb, are its part, not its base."""
    word = plan.kinds.get("body:named", "")
    at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question, re.I) if word and "body" in plan.filters and "body" not in plan.part else None
    if at is None:
        return
    said = Mention("body", "", at.start(), at.end(), at.group(), 100.0, True)
    marks = sorted([*mentions, said], key=lambda m: m.start)
    if marks.index(said) in operators.share_parts(question, marks, plan.language):
        plan.part["body"] = plan.filters.pop("body")


_READ_AS = {
    "fr": "« {said} » lu comme « {real} », le nom le plus proche dans le registre.",
    "en": '"{said}" read as "{real}", the closest name in the register.',
}


def _joined(question: str, mentions: list[Any]) -> list[Any]:
    """Two names found side by side with only « à » / "at" / a hyphen between them ("Université
    du Québec à Trois-Rivières"): one longer name the register does not hold, not two values."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = fold(question[a.end : b.start]).split()
        if a.field == "body" and not a.together and between in (["a"], ["at"], ["de"], []) and question[b.start : b.start + 1].isupper():
            return [a, b]
    return []


# A name going on past a value's words: « CISSS *de l'Outaouais* », "Office *of the Inspector General*".
_CONTINUED = re.compile(r"\s+(?:de la |de l['’]|du |des |de |d['’]|of the |of )\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*")


def _continued(question: str, mentions: list[Any], set_aside: list[str]) -> list[Any]:
    """The body or portfolio mention a question's name goes on from with words no rule read
    (« au CISSS de l'Outaouais »: a CISSS the register does not hold, not the health network)."""
    unread = {fold(w).strip() for w in set_aside}
    for m in mentions:
        more = _CONTINUED.match(question[m.end :]) if m.field in ("body", "portfolio") else None
        if more and any(fold(w).strip() in unread for w in re.findall(r"[\w'’-]+", more.group())):
            return [m]
    return []


# "which … more …, A or B?", « lequel a le plus de projets, X ou Y ? », "more … at X or at Y?" (no "how many more")
_MORE_OF_TWO = re.compile(
    r"^\W*(?:(?:so|and|et|donc|alors|ok)\W+)?(?:(?:which|what|who|quel\w*|lequel|laquelle|qui)\b(?!.*\b(?:how many|combien)\b).*?\b|)"
    r"(?:(?P<more>more|most|plus|davantage)|(?P<fewer>fewer|less|least|moins))\b.*\b(?:or|ou)\b"
)
_AND_ABOUT = re.compile(r"\W*(?:et|and|what about|how about|puis|ensuite|pis)\b")  # a bare follow-up's opening


def _absent_body(plan: Plan, frame: str, closest: Any) -> None:
    """A body the register lacks, named in a body's place (body_slots.py): the filter, so the
    answer is "none from X" (or the body meant, when the name is a typo of one)."""
    leftovers = {w for said in (*plan.topic.split(), *plan.set_aside) for w in fold(said).split()}
    leftovers -= set(fold(getattr(plan.mapping, "title", "") or "").split())  # "the UK records": the register's own title
    leftovers -= owner_words(getattr(plan.mapping, "owner", ()))  # "any agentic AI at Interior?": who publishes it
    name, slot = named_in_slot(frame, leftovers)
    if not name:
        return
    real = closest(name)
    field, real = real if isinstance(real, tuple) else ("body", real)  # ("portfolio", …): "Department of Health"
    plan.filters[field] = [real or name]
    said = set(re.findall(r"\w+", fold(name))) | set(slot.split())  # "chez", "at the": read too
    plan.topic = " ".join(w for w in plan.topic.split() if not set(fold(w).split()) <= said)
    plan.set_aside = [w for w in plan.set_aside if not set(fold(w).split()) <= said]
    plan.intent = "exists" if plan.intent == "search" and not plan.topic else plan.intent
    if real:
        plan.notes.append(_READ_AS[plan.language].format(said=name, real=real))


def body_name(text: str) -> str:
    """A public body's name in `text` (the question without the values it names), or ""."""
    return _name(text) if _BODY_NAME.search(text) else ""


def _name(text: str) -> str:
    """The body name around the first body word of `text` (« Sûreté du Québec », "Institut de
    la statistique du Québec"): capitalised words before it, and after it up to the last
    capitalised word within a few words, never across punctuation."""
    clause = re.split(r"[,?;:!.]", text)
    chunk = next((c for c in clause if _BODY_NAME.search(c)), text)
    words = re.findall(r"[\w'’-]+", chunk)
    at = next((i for i, w in enumerate(words) if _BODY_NAME.search(w)), 0)

    def capital(w: str) -> bool:
        return (w[:1].isupper() and w not in _QUESTION_WORDS) or bool(re.search(r"(?i)qu[eé]bec", w))

    small = _NAME_SMALL
    start = at
    while start > 1 and (capital(words[start - 1]) or words[start - 1] in small and capital(words[start - 2])):
        start -= 1
    # « Infrastructures technologiques Québec »: a French name capitalises its first word only
    back = next((k for k in range(start - 1, max(0, start - 3) - 1, -1) if capital(words[k])), None)
    if back is not None and back >= 1 and all(w[:1].islower() and w.lower() not in _NAME_STOPS and w not in small for w in words[back + 1 : start]):
        start = back
    while words[start] in small:
        start += 1
    end = at
    for j in range(at + 1, min(len(words), at + 8)):
        if words[j].lower() in _NAME_STOPS:
            break
        # « Office de la protection du consommateur »: French names capitalise their first word only
        if capital(words[j]) or words[j][:1].islower() and words[j].lower() not in small:
            end = j
    return " ".join(words[start : end + 1])


# The words around a body's name (body_words.toml, compared whole).
_NAME_STOPS = frozenset(_WORDS.words("name_stop"))  # they end a name (lower case)
_NAME_SMALL = frozenset(_WORDS.words("name_small"))  # a name holds them between capitalised words
_QUESTION_WORDS = frozenset(_WORDS.words("question_opening"))  # capitalised, yet no name's


def not_understood(language: str, words: list[str], offered: list[str]) -> str:
    """The sentence an answer ends with when words of the question were set aside."""
    if language == "fr":
        said = ", ".join(f"« {w} »" for w in words)
        line = f"Mis de côté : {said} (le registre n'en dit rien ; la réponse porte sur le reste de la question)."
        if offered:
            line = f"Je n'ai pas compris {said} : le registre n'en dit rien. Essayez par exemple : " + " ; ".join(f"« {q} »" for q in offered)
        return line
    said = ", ".join(f'"{w}"' for w in words)
    line = f"Set aside: {said} (the register says nothing of it; the answer is about the rest of the question)."
    if offered:
        line = f"I did not understand {said}: the register says nothing of it. Try for example: " + "; ".join(f'"{q}"' for q in offered)
    return line
