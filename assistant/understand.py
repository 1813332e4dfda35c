"""Question -> Plan: language, intent, filters, topic; follow-ups build on the previous plan.

Rules, not a model: intent words in both languages, filters from `entities.EntityResolver`
(bodies, portfolios, categories, statuses named by label, acronym, everyday words or with
typos), and what is left is the topic. Understanding costs no model call; the only embedding
is the topic's, at retrieval time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any

import py3langid

from .labels import normalise
from .plan import Plan

_identifier = py3langid.langid.LanguageIdentifier.from_model_file(
    py3langid.langid.MODEL_FILE, norm_probs=True
)
_identifier.set_languages(["fr", "en"])

# Words that settle the language of a short question on their own.
_FR_MARKERS = re.compile(
    r"\b(quels?|quelles?|combien|est-ce|organismes?|projets?|initiatives? (de|du|qui|pour)|"
    r"utilisent|sont|dans|les|des|pour|avec|aux?|une?|qui|quoi|où|comment|y a-t-il|et|parmi|"
    r"celles-ci|ceux-ci|liste|montre-moi|répartition)\b",
    re.IGNORECASE,
)
_EN_MARKERS = re.compile(
    r"\b(which|what|how|many|does|do|is|are|the|of|for|with|public bodies|use|uses|any|and|"
    r"about|those|them|list|show|breakdown)\b",
    re.IGNORECASE,
)


def detect_language(text: str) -> str:
    """'fr' or 'en'. French accents and function words break ties on very short questions."""
    text = text.strip()
    if not text:
        return "fr"
    fr_hits = len(_FR_MARKERS.findall(text)) + 2 * len(re.findall(r"[àâçéèêëîïôûùüœ«»]", text.lower()))
    en_hits = len(_EN_MARKERS.findall(text))
    if abs(fr_hits - en_hits) >= 2:
        return "fr" if fr_hits > en_hits else "en"
    lang, _ = _identifier.classify(text)
    return lang


def _rx(*patterns: str) -> re.Pattern[str]:
    """A pattern over the normalised question (accent-free, lower case)."""
    return re.compile("|".join(rf"(?:{p})" for p in patterns))


# Things the register does not record: answered as such, never with an invented figure.
OUT_OF_SCOPE = _rx(
    r"\bbudgets?\b", r"\bcouts?\b", r"\bcoute(nt)?\b", r"\bcosts?\b", r"\bprix\b", r"\bprices?\b",
    r"\bdollars?\b", r"\$", r"\bmontants?\b", r"\bdepenses?\b", r"\bspend(ing)?\b", r"\bfinance(ment|d)\b",
    r"\bfournisseurs?\b", r"\bvendors?\b", r"\bsuppliers?\b", r"\bprestataires?\b", r"\bquelle entreprise\b",
    r"\bwhich compan(y|ies)\b", r"\bquel (logiciel|produit)\b", r"\bwhich (software|product)\b",
    r"\bquand\b", r"\bwhen\b", r"\bdates?\b", r"\bdepuis combien de temps\b", r"\bdebut(e|era)\b",
    r"\bstart(ed)? date\b", r"\bdeadline\b", r"\becheancier\b",
    r"\beffectifs?\b", r"\bemployes? (travaillent|affectes)\b", r"\bcombien de personnes\b",
    r"\bhow many (people|staff|employees)\b", r"\bsalaires?\b", r"\bsalar(y|ies)\b",
    r"\bcybersecurite\b", r"\bcybersecurity\b",
)
COUNT = _rx(r"\bcombien\b", r"\bnombre (de|d|total)\b", r"\bhow many\b", r"\bnumber of\b", r"\bcount\b", r"\btotal\b")
RANK = _rx(
    r"\ble plus\b", r"\bles plus\b", r"\bla plus\b", r"\bmost\b", r"\btop\s*\d*\b", r"\bclassement\b",
    r"\bpalmares\b", r"\bleading\b", r"\bplus grand nombre\b", r"\bmajorite\b",
)
BREAKDOWN = _rx(
    r"\brepartition\b", r"\bventilation\b", r"\bbreakdown\b", r"\bdistribution\b", r"\bsplit\b",
    r"\bpar (categorie|statut|portefeuille|organisme|ministere)s?\b", r"\bby (category|status|portfolio|body|public body|agency)\b",
    r"\bfor each (category|status|portfolio)\b", r"\bpour chaque (categorie|statut|portefeuille)\b",
)
COMPARE = _rx(r"\bcompar", r"\bversus\b", r"\bvs\b", r"\bpar rapport (a|au|aux)\b", r"\bdifference entre\b", r"\bdifference between\b")
LIST = _rx(
    r"\blist", r"\benumere", r"\bmontre", r"\baffiche", r"\bdonne-moi\b", r"\bshow\b", r"\bdisplay\b",
    r"\bquels sont les (projets|initiatives)\b", r"\bquelles sont les (initiatives|solutions)\b",
    r"\bwhat are the (projects|initiatives)\b", r"\ball (the )?(projects|initiatives)\b",
    r"\btous les projets\b", r"\btoutes les initiatives\b",
)
DEFINE = _rx(
    r"\bque (veut dire|signifie)\b", r"\bqu est-ce (que|qu)\b", r"\bdefini", r"\bwhat does .* mean\b",
    r"\bwhat is meant by\b", r"\bmeaning of\b", r"\bc est quoi\b", r"\bwhat is the (category|status)\b",
)
DESCRIBE = _rx(r"\bdecri", r"\bdescribe\b", r"\bdetails? (de|of|sur|about)\b", r"\bparle-moi de\b", r"\btell me about\b", r"\bfiche\b")
ROW_REF = re.compile(r"\b(?:ligne|row|initiative|rang[ée]e|n[o°]|#)\s*(\d{1,6})\b", re.IGNORECASE)
GROUP_WORDS = {
    "body": _rx(r"\borganismes?\b", r"\bbod(y|ies)\b", r"\bagenc(y|ies)\b", r"\borgani[sz]ations?\b", r"\bministeres?\b", r"\bministr(y|ies)\b", r"\betablissements?\b", r"\binstitutions?\b"),
    "portfolio": _rx(r"\bportefeuilles?\b", r"\bportfolios?\b", r"\bsecteurs?\b", r"\bsectors?\b"),
    "category": _rx(r"\bcategories?\b", r"\bcategor(y|ies)\b", r"\btypes? d", r"\bkinds? of\b"),
    "status": _rx(r"\bstatuts?\b", r"\bstatus(es)?\b", r"\betats? d", r"\bstages?\b"),
}
TOP_N = re.compile(r"\b(?:top|les|the)\s+(\d{1,2})\b")
FOLLOW_UP = _rx(
    r"^et\b", r"^and\b", r"^what about\b", r"^how about\b", r"^parmi (celles|ceux|elles|eux)", r"^among (them|those|these)",
    r"\bcelles-ci\b", r"\bceux-ci\b", r"\bparmi elles\b", r"\bof those\b", r"\bof them\b", r"\bamong them\b",
    r"^(montre|affiche|donne)-moi la liste\b", r"^(show|give) me the list\b", r"^la liste\b", r"^the list\b",
    r"^(et )?pour (le|la|l|les)\b", r"^(and )?for (the )?\b", r"^same (for|question)\b", r"^meme (chose|question)\b",
    r"^in the\b", r"^dans le\b", r"^dans la\b",
)
# Words that are part of a question's frame, not of its topic.
FRAME_WORDS = _rx(
    OUT_OF_SCOPE.pattern, COUNT.pattern, RANK.pattern, BREAKDOWN.pattern, COMPARE.pattern, LIST.pattern,
    DEFINE.pattern, DESCRIBE.pattern, FOLLOW_UP.pattern, *(p.pattern for p in GROUP_WORDS.values()),
    r"\b(d )?initiatives?\b", r"\bprojets?\b", r"\bprojects?\b", r"\bsolutions?\b", r"\bcas d usage\b",
    r"\buse cases?\b", r"\bregistre\b", r"\bregister\b", r"\b(l )?ia\b", r"\bai\b", r"\bparmi\b",
    r"\bportent sur\b", r"\bconcernent\b", r"\bsont\b", r"\bare\b", r"\bont\b", r"\bhave\b", r"\bhas\b",
    r"\butilise(nt)?\b", r"\buse[sd]?\b", r"\bpour\b", r"\bfor\b", r"\babout\b", r"\bsur\b",
)  # fmt: skip


class Understander:
    """Turns questions into Plans against one register (its bodies, portfolios and labels)."""

    def __init__(self, register: Any, resolver: Any | None = None) -> None:
        if resolver is None:
            from .entities import EntityResolver

            resolver = EntityResolver(register)
        self.register = register
        self.resolver = resolver
        self._names = {int(r): normalise(n) for r, n in zip(register.df["row_id"], register.df["name"], strict=True)}

    def __call__(self, question: str, history: list[dict[str, str]] | None = None) -> Plan:
        previous = None
        for turn in history or []:
            if turn.get("role") == "user" and str(turn.get("content", "")).strip():
                previous = self.single(str(turn["content"]), previous)
        return self.single(question, previous)

    def single(self, question: str, previous: Plan | None = None) -> Plan:
        question = " ".join(str(question).split())
        language = detect_language(question)
        norm = normalise(question).replace("'", " ").replace("’", " ")
        plan = Plan(question=question, language=language)
        mentions = self.resolver.mentions(question) if question else []
        for m in mentions:
            values = plan.filters.setdefault(m.field, [])
            if m.value not in values:
                values.append(m.value)
            if m.alternatives:
                plan.notes.append(_ambiguity_note(language, m))
        plan.topic = _topic(question, mentions)
        plan.intent = self._intent(norm, plan, mentions)
        if plan.intent in ("rank", "breakdown"):
            plan.group_by = _group_by(norm, plan)
            match = TOP_N.search(norm)
            plan.top_n = int(match.group(1)) if match and plan.intent == "rank" else (5 if plan.intent == "rank" else None)
        if plan.intent == "compare":
            plan.compare = [(m.field, m.value) for m in mentions if m.field in ("body", "portfolio")] or [
                (m.field, m.value) for m in mentions
            ]
            for f, _ in plan.compare:
                plan.filters.pop(f, None)
        if previous is not None and FOLLOW_UP.search(norm):
            plan = _merge(previous, plan, norm)
        return plan

    def _intent(self, norm: str, plan: Plan, mentions: list[Any]) -> str:
        if not norm.strip():
            return "search"
        if OUT_OF_SCOPE.search(norm):
            return "out_of_scope"
        label_mentions = [m for m in mentions if m.field in ("category", "status")]
        if DEFINE.search(norm) and label_mentions:
            plan.define = (label_mentions[0].field, label_mentions[0].value)
            plan.filters = {}
            return "define"
        row = self._row_reference(norm)
        if row is not None and (DESCRIBE.search(norm) or ROW_REF.search(norm)):
            plan.row_id = row
            plan.filters, plan.topic = {}, ""
            return "describe"
        same_field = [m.field for m in mentions]
        if COMPARE.search(norm) and any(same_field.count(f) >= 2 for f in set(same_field)):
            return "compare"
        if BREAKDOWN.search(norm):
            return "breakdown"
        if RANK.search(norm):
            return "rank"
        if COUNT.search(norm):
            return "count"
        if LIST.search(norm):
            return "list"
        if plan.filters and not plan.topic:
            return "list"
        return "search"

    def _row_reference(self, norm: str) -> int | None:
        match = ROW_REF.search(norm)
        if match and int(match.group(1)) in self._names:
            return int(match.group(1))
        if DESCRIBE.search(norm):
            best = max(self._names.items(), key=lambda kv: _overlap(kv[1], norm), default=None)
            if best and _overlap(best[1], norm) >= 0.8:
                return best[0]
        return None


def _overlap(name: str, question: str) -> float:
    words = [w for w in re.findall(r"\w+", name) if len(w) > 2]
    return sum(w in question for w in words) / len(words) if words else 0.0


def _fold(text: str) -> str:
    """Accent-free, lower-case, apostrophes as spaces, with the SAME length as `text`, so that
    spans found in the folded text cut the original one."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFKD", c)[0].lower()
        out.append(" " if c in "'’" else (base if len(base) == 1 else c))
    return "".join(out)


def _topic(question: str, mentions: list[Any]) -> str:
    """The question minus filter mentions and frame words, in the user's own spelling."""
    from .lexical import tokens

    chars = list(question)
    for m in mentions:
        chars[m.start : m.end] = " " * (m.end - m.start)
    text = "".join(chars)
    for match in FRAME_WORDS.finditer(_fold(text)):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    words = [w.strip("?!.,;:«»\"()[]-") for w in text.split()]
    words = [w for w in words if w and tokens(w)]
    return " ".join(words)


def _group_by(norm: str, plan: Plan) -> str:
    for field in ("category", "status", "portfolio", "body"):
        if re.search(rf"\b(par|by|per|for each|pour chaque)\s+(\w+\s+)?{GROUP_WORDS[field].pattern}", norm):
            return field
    for field in ("body", "portfolio", "category", "status"):
        if GROUP_WORDS[field].search(norm):
            return field
    return "body" if plan.intent == "rank" else "category"


def _merge(previous: Plan, plan: Plan, norm: str) -> Plan:
    """A follow-up: keep what the previous turn established, change what this one says."""
    narrowing = bool(re.search(r"parmi|celles-ci|ceux-ci|among|of those|of them", norm))
    filters = {k: list(v) for k, v in previous.filters.items()}
    if not narrowing and {"body", "portfolio"} & set(plan.filters):
        # "Et pour l'Université Laval ?" asks the same question of another scope: a new body or
        # portfolio replaces the previous one (labels such as "chatbots" carry over).
        filters.pop("body", None)
        filters.pop("portfolio", None)
    for field, values in plan.filters.items():
        filters[field] = values
    intent = plan.intent
    # A bare follow-up ("What about the health network?") repeats the previous question's intent.
    if intent in ("list", "search") and not LIST.search(norm) and not narrowing and not plan.topic:
        intent = previous.intent
    return replace(
        plan,
        intent=intent,
        filters=filters,
        topic=plan.topic or previous.topic,
        group_by=plan.group_by or previous.group_by,
        top_n=plan.top_n or previous.top_n,
        follow_up=True,
    )


def _ambiguity_note(language: str, m: Any) -> str:
    others = ", ".join(m.alternatives)
    if language == "fr":
        return f"« {m.surface} » compris comme « {m.value} » (autres lectures possibles : {others})."
    return f'"{m.surface}" read as "{m.value}" (other possible readings: {others}).'
