"""Generates the evaluation gold sets from a register, with pandas: no figure is copied by hand.

    .venv/bin/python scripts/generate_gold.py [--data PATH] [--mapping NAME] [--out DIR|FILE] [--seed N]

Works on any register a mapping reads (`--mapping`: `quebec`, the default, `us-federal-2024`,
`uk-atrs` or a TOML file). With --out a folder (default data/eval/ for the bundled register,
artifacts/gold/<file stem>/ for another one) it writes:

- gold_generated.jsonl: single questions in French and English over every exact-answer intent
  (count, list, rank, breakdown, compare, describe, define, out_of_scope), by status, category,
  portfolio and public body and their combinations, asked with the register's own label strings
  (variant "label") and with acronyms, everyday words, label aliases and typos (variant
  "paraphrase"); a register without one of those fields gets no question filtering on it, but a
  few asking for it, whose expected answer is "this register has no X field" (a refusal case with
  `expected: {"missing_field": X}`);
- gold_conversations.jsonl (Québec register only): short conversations whose last turn is a follow-up;
- gold_smoke.jsonl: about twenty mixed cases for CI (a few hand-written topic and out-of-scope
  cases are added when gold_topics.jsonl / gold_out_of_scope.jsonl sit in --out).

With --out a .jsonl file it writes the single questions only, to that file.

Everything is derived from the loaded Register: category and status labels (FR, EN, aliases) and
the register's own words for its fields from its mapping, bodies and portfolios from the data.
The Québec tables of acronyms and everyday words apply to the Québec mapping only (an acronym or
everyday name is asked only when its body is in the file); another register's bodies spelled
"ACRONYM: Long name" or "Long name (ACRONYM)" are asked both ways. Each case records the `query`
(plan.py's filters, group_by, top_n, compare) its answer was computed from, so tests recompute
every figure. The seed is fixed: two runs on the same register write identical files. The case
format is documented in assistant/evaluation/gold.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.register.labels import Label, normalise  # noqa: E402
from assistant.register.load import Register, load_register  # noqa: E402
from assistant.register.mapping import load_mapping  # noqa: E402
from assistant.understand.understander import detect_language  # noqa: E402
from scripts.gold_fields import field_cases  # noqa: E402

DEFAULT_DATA = ROOT / "data" / "portrait-ia-2025.csv"
SEED = 20251123
COLUMN = {
    "body": "body",
    "portfolio": "portfolio",
    "category": "category_key",
    "status": "status_key",
}
QUEBEC = load_mapping(None)  # the bundled register's labels and portfolio names
CATEGORY = {c.key: c for c in QUEBEC.categories}
STATUS = {s.key: s for s in QUEBEC.statuses}
portfolio_en = QUEBEC.portfolio_en
# A field's words when the register's mapping gives it none (Québec's): (French, English).
FIELD_WORDS = {
    "body": ("organisme", "public body"),
    "portfolio": ("portefeuille", "portfolio"),
    "category": ("catégorie", "category"),
    "status": ("statut", "status"),
}
GROUPED = ("body", "portfolio", "category", "status")  # the fields a question filters or groups on

# --- everyday words ---------------------------------------------------------------------------
# Status: (French predicate, French adjective), (English predicate, English adjective).
STATUS_WORDS = {
    "in_production": (
        [("sont en production", "en production"), ("sont en prod", "en prod"),
         ("sont déjà en service", "déjà en service"), ("sont en service", "en service")],
        [("are in production", "in production"), ("are live", "that are live"),
         ("are already deployed", "already deployed"), ("are up and running", "up and running")],
    ),
    "in_development": (
        [("sont en développement", "en développement"), ("sont encore en développement", "encore en développement"),
         ("sont en cours de développement", "en cours de développement"), ("sont en chantier", "en chantier")],
        [("are being developed", "being developed"), ("are still under development", "still under development"),
         ("are in development", "in development")],
    ),
    "information_unavailable": (
        [("n'ont pas de statut connu", "sans statut connu"), ("ont un statut inconnu", "au statut inconnu")],
        [("have no known status", "with no known status"), ("have an unknown status", "with an unknown status")],
    ),
}  # fmt: skip
# Category: French plural nouns, English plural nouns (what people call them).
CATEGORY_WORDS = {
    "conversational_agent": (["agents conversationnels", "chatbots", "assistants virtuels", "robots conversationnels"],
                             ["chatbots", "virtual assistants", "conversational agents"]),
    "decision_support": (["outils d'aide à la décision", "projets de prédiction", "outils de prédiction"],
                         ["decision-support tools", "prediction projects", "predictive tools"]),
    "automation": (["projets d'automatisation", "outils d'automatisation"], ["automation projects", "automation tools"]),
    "image_processing": (["projets de traitement d'images", "outils d'analyse d'images"],
                         ["image-processing projects", "image analysis tools"]),
    "geomatics": (["projets de géomatique", "projets géospatiaux"], ["geospatial projects", "GIS projects"]),
    "user_experience": (["projets de personnalisation de l'expérience utilisateur"],
                        ["user-experience personalisation projects"]),
    "behaviour_analysis": (["projets d'analyse de sentiments", "analyses des comportements"],
                           ["sentiment-analysis projects", "behaviour analysis projects"]),
    "ai_assisted_learning": (["projets d'apprentissage assisté par l'IA", "outils de formation avec l'IA"],
                             ["AI-assisted learning projects", "AI tutoring and training tools"]),
    "connected_systems": (["projets d'objets connectés", "systèmes de capteurs connectés"],
                          ["connected-device projects", "IoT projects"]),
    "laboratory_equipment": (["projets d'équipement de laboratoire"], ["lab equipment projects"]),
}  # fmt: skip
# Portfolio (canonical French) -> French phrases (with article), English phrases.
PORTFOLIO_WORDS = {
    "Santé et Services sociaux (Réseau)": (["le réseau de la santé", "le réseau de la santé et des services sociaux"],
                                           ["the health network", "the health and social services network"]),
    "Enseignement supérieur (Réseau)": (["le réseau de l'enseignement supérieur", "les cégeps et les universités"],
                                        ["the higher education network", "colleges and universities"]),
    "Éducation (Réseau)": (["le réseau scolaire", "les centres de services scolaires"],
                           ["the school network", "school service centres"]),
    "Transports et Mobilité durable": (["le portefeuille des Transports"], ["the transport portfolio"]),
    "Ressources naturelles et Forêts": (["le portefeuille des Forêts"], ["the natural resources portfolio"]),
    "Finances": (["le portefeuille des Finances"], ["the finance portfolio"]),
}  # fmt: skip
# Public bodies: the names that identify one in a register, then French phrases (with their
# article) and English phrases. Asked only when the body is in the register.
BODY_WORDS = (
    (("Régie de l'assurance maladie du Québec", "RAMQ"), ["la RAMQ", "la Régie de l'assurance maladie"],
     ["RAMQ", "the Quebec health insurance board"]),
    (("Agence du revenu du Québec", "Revenu Québec", "ARQ"), ["Revenu Québec", "l'Agence du revenu"],
     ["Revenu Québec", "the Quebec Revenue Agency"]),
    (("Ministère des Ressources naturelles et des Forêts", "MRNF"), ["le MRNF", "le ministère des Forêts"],
     ["the MRNF", "the Ministry of Natural Resources and Forests"]),
    (("Ministère des Transports et de la Mobilité durable", "MTMD"), ["le MTMD", "le ministère des Transports"],
     ["the MTMD", "the Quebec transport ministry"]),
    (("CHUM", "Centre hospitalier de l'Université de Montréal"),
     ["le CHUM", "le Centre hospitalier de l'Université de Montréal"], ["the CHUM", "the University of Montreal hospital"]),
    (("École des hautes études commerciales de Montréal", "HEC Montréal"), ["HEC Montréal", "HEC"],
     ["HEC Montréal", "HEC Montreal business school"]),
    (("Ministère de la Santé et des Services sociaux", "MSSS"), ["le MSSS", "le ministère de la Santé"],
     ["the MSSS", "the health ministry"]),
    (("Université Laval",), ["l'Université Laval", "l'Univesité Laval"], ["Laval University", "Université Laval"]),
    (("Université de Montréal", "UdeM"), ["l'UdeM", "l'Université de Montréal"], ["the University of Montreal", "UdeM"]),
    (("Commission des normes, de l'équité, de la santé et de la sécurité du travail", "CNESST"), ["la CNESST"],
     ["the CNESST", "the workplace health and safety board"]),
    (("Société de l'assurance automobile du Québec", "SAAQ"), ["la SAAQ"], ["the SAAQ", "the Quebec auto insurance board"]),
    (("Bibliothèque et Archives nationales du Québec", "BAnQ"), ["BAnQ"], ["BAnQ", "the national library and archives"]),
    (("Société québécoise d'information juridique", "SOQUIJ"), ["la SOQUIJ"], ["SOQUIJ"]),
    (("Institut national de santé publique du Québec", "INSPQ"), ["l'INSPQ"], ["the INSPQ", "the public health institute"]),
    (("Ministère de l'Éducation", "MEQ"), ["le ministère de l'Éducation", "le MEQ"], ["the education ministry"]),
    (("Société des établissements de plein air du Québec", "Sépaq"), ["la Sépaq"], ["Sépaq", "SEPAQ"]),
    (("Université du Québec à Montréal", "UQAM"), ["l'UQAM"], ["UQAM"]),
    (("École de technologie supérieure", "ÉTS"), ["l'ÉTS"], ["ÉTS"]),
    (("Centre intégré universitaire de santé et de services sociaux du Saguenay-Lac-Saint-Jean",
      "CIUSSS du Saguenay-Lac-Saint-Jean"), ["le CIUSSS du Saguenay-Lac-Saint-Jean"], ["the Saguenay-Lac-Saint-Jean CIUSSS"]),
    (("Ministère de la Cybersécurité et du Numérique", "MCN"), ["le MCN", "le ministère de la Cybersécurité et du Numérique"],
     ["the cybersecurity and digital ministry"]),
    (("Retraite Québec",), ["Retraite Québec"], ["Retraite Québec", "the Quebec pension agency"]),
)  # fmt: skip
OUT_OF_SCOPE = {  # {name}: an initiative's name; {body}, {ref}: a body; {id}: a row id
    "fr": [
        "Quel est le budget de l'initiative « {name} » ?",
        "Combien a coûté le projet « {name} » ?",
        "Quel fournisseur a développé « {name} » ?",
        "Quand l'initiative n° {id} a-t-elle été mise en production ?",
        "Combien d'employés travaillent sur « {name} » ?",
        "Quelle entreprise fournit la solution d'IA {de_ref} ?",
        "Combien d'argent est consacré à l'intelligence artificielle par {ref} ?",
        "En quelle année l'initiative n° {id} a-t-elle commencé ?",
    ],
    "en": [
        'What is the budget of the initiative "{name}"?',
        'How much did "{name}" cost?',
        'Which vendor built "{name}"?',
        "When did initiative #{id} go into production?",
        'How many employees work on "{name}"?',
        "Which company supplies the AI solution of {ref}?",
        "How much does {ref} spend on artificial intelligence?",
        "In what year did initiative #{id} start?",
    ],
}


# --- French grammar helpers -------------------------------------------------------------------


def fr_de(phrase: str) -> str:
    """'de' + phrase, with the contractions: le X -> du X, les X -> des X."""
    for article, merged in (("le ", "du "), ("les ", "des ")):
        if phrase.startswith(article):
            return merged + phrase[len(article) :]
    return ("d'" if re.match(r"[aeiouyhéèêàâîôûAEIOUYHÉÈ]", phrase) else "de ") + phrase


def fr_a(phrase: str) -> str:
    """'à' + phrase, with the contractions: le X -> au X, les X -> aux X."""
    for article, merged in (("le ", "au "), ("les ", "aux ")):
        if phrase.startswith(article):
            return merged + phrase[len(article) :]
    return "à " + phrase


def bare(phrase: str) -> str:
    return re.sub(r"^(le |la |les |l'|the )", "", phrase)


def plural(words: str, lang: str) -> str:
    """'agence fédérale' -> 'agences fédérales', 'stage of development' -> 'stages of development'."""
    parts = words.split()
    head = next((i for i, w in enumerate(parts) if w in ("de", "du", "des", "of", "à") or w.startswith("d'")), len(parts))

    def one(w: str) -> str:
        if w.endswith(("s", "x", "z")):
            return w
        if lang == "en":
            return w[:-1] + "ies" if re.search(r"[^aeiou]y$", w) else w + "s"
        return w + "x" if w.endswith(("au", "eu")) else w + "s"

    if lang == "en":
        parts[head - 1] = one(parts[head - 1])
    else:
        parts[:head] = [one(w) for w in parts[:head]]
    return " ".join(parts)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def typo(rng: random.Random, text: str) -> str:
    """Swaps two inner letters of one word of the template text (never inside a {slot})."""
    plain = re.sub(r"\{[^}]*\}", lambda m: "\0" * len(m.group(0)), text)
    words = [m for m in re.finditer(r"[^\W\d_]{6,}", plain)]
    if not words:
        return text
    word = rng.choice(words)
    i = rng.randrange(word.start() + 1, word.end() - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


# --- the register's facts, with pandas --------------------------------------------------------


def select(df, filters: dict[str, list[str]]):
    for field, values in filters.items():
        df = df[df[COLUMN.get(field, field)].isin(values)]  # a typed field's key is its column
    return df


def group_labels(field: str, value: str) -> list[str]:
    if field == "category":
        return [CATEGORY[value].fr, CATEGORY[value].en]
    if field == "status":
        return [STATUS[value].fr, STATUS[value].en]
    if field == "portfolio":
        return list(dict.fromkeys([value, portfolio_en(value)]))
    return [value]


def groups(df, field: str, labels=group_labels) -> list[dict[str, Any]]:
    """Every group of `field` with its rows, most rows first (ties by value); `labels(field,
    value)` gives a group's FR and EN labels (the Québec ones by default)."""
    counts = df.groupby(COLUMN.get(field, field)).size()
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"value": v, "labels": labels(field, v), "count": int(n)} for v, n in ordered]


def answer(df, intent: str, query: dict[str, Any], labels=group_labels) -> dict[str, Any]:
    """The expected answer of a plan, computed with pandas over the whole register."""
    sub = select(df, query.get("filters", {}))
    for field, values in query.get("exclude", {}).items():  # "do not involve PII": every row that does not say yes
        sub = sub[~sub[COLUMN.get(field, field)].isin(values)]
    if intent in ("count", "list", "describe"):
        ids = sorted(int(i) for i in sub["row_id"])
        return {"row_ids": ids} if intent != "count" else {"count": len(ids), "row_ids": ids}
    if intent in ("rank", "breakdown"):
        found = groups(sub, query["group_by"], labels)
        if intent == "rank":
            found = found[: query["top_n"]]
        return {"by": query["group_by"], "groups": found, "ordered": True}
    if intent == "compare":
        found = []
        for field, value in query["compare"]:
            n = len(select(sub, {field: [value]}))
            found.append({"value": value, "labels": labels(field, value), "count": n})
        return {"by": query["compare"][0][0], "groups": found, "ordered": False}
    raise ValueError(intent)


def untied_top_ns(found: list[dict], candidates: Iterable[int]) -> list[int]:
    """The N of `candidates` for which "top N" has one answer (no tie across the boundary)."""
    counts = [g["count"] for g in found]
    return [
        n
        for n in candidates
        if n <= len(counts) and (n == len(counts) or counts[n - 1] > counts[n])
    ]


# --- the generator ----------------------------------------------------------------------------


class Generator:
    """The single questions of one register. Its labels, aliases and field words come from the
    register's mapping; the Québec tables above only when that mapping is Québec's."""

    def __init__(self, register: Register, seed: int = SEED) -> None:
        self.register = register
        self.df = register.df
        self.rng = random.Random(seed)
        self.cases: list[dict[str, Any]] = []
        self.numbers: dict[str, int] = {}
        self.asked: list[list[str]] = []
        self.mapping = register.mapping
        self.quebec = self.mapping.name == "quebec"
        self.prefix = "g" if self.quebec else self.mapping.name
        self.roles = set(register.roles)
        self.missing = [f for f in GROUPED if f not in self.roles]
        self.category = {lb.key: lb for lb in register.labels("category")}
        self.status = {lb.key: lb for lb in register.labels("status")}
        self.portfolio_names = dict(zip(self.df["portfolio"], self.df["portfolio_en"], strict=True))
        self.blank = {self.mapping.blank.get(f) for f in ("category", "status")} - {None, "error"}
        self.bodies = self._body_phrases() if self.quebec else self._derived_body_phrases()
        self.portfolios = sorted(set(self.df["portfolio"]) - {""}) if "portfolio" in self.roles else []
        # the labels asked about: those with rows ("not given" is no label anyone asks for)
        self.categories = [k for k in self.category if "category" in self.roles and k not in self.blank
                           and (self.df["category_key"] == k).any()]  # fmt: skip
        self.statuses = [k for k in self.status if "status" in self.roles and k not in self.blank
                         and (self.df["status_key"] == k).any()]  # fmt: skip
        self.status_words = STATUS_WORDS if self.quebec else self._alias_words("status")
        self.category_words = CATEGORY_WORDS if self.quebec else self._alias_words("category")
        self.portfolio_words = PORTFOLIO_WORDS if self.quebec else {}

    # labels and words ------------------------------------------------------------------------

    def group_labels(self, field: str, value: str) -> list[str]:
        """A group's French and English labels, from the register's mapping and data."""
        table = {"category": self.category, "status": self.status}.get(field)
        if table is not None:
            return [table[value].fr, table[value].en] if value in table else [value]
        if field == "portfolio":
            return list(dict.fromkeys([value, self.portfolio_names.get(value) or value]))
        if (typed := self.mapping.typed(field)) is not None:
            if not str(value).strip():
                return ["non précisé", "not given"]
            return list(dict.fromkeys([typed.value_label(value, "fr"), typed.value_label(value, "en")]))
        return [value]

    def label(self, field: str, key: str) -> Label:
        return (self.category if field == "category" else self.status)[key]

    def field_word(self, field: str, lang: str, many: bool = False) -> str:
        """The register's own word for a field ("agency", "stade de développement"), else ours."""
        word = self.mapping.role_name(field, lang) or FIELD_WORDS[field][lang == "en"]
        return plural(word, lang) if many else word

    def has_words(self, field: str, key: str, lang: str) -> bool:
        """Whether a label has paraphrases in `lang` (else questions use the label itself)."""
        words = self.status_words if field == "status" else self.category_words
        return bool(words.get(key, ([], []))[lang == "en"])

    def _alias_words(self, field: str) -> dict[str, tuple[list, list]]:
        """Label key -> (French phrases, English phrases) from the mapping's aliases (each in the
        language it is written in) and, for French questions on an English register (or the
        reverse), the label as the file spells it. Statuses get (predicate, adjective) pairs."""
        found = {}
        for lb in self.register.labels(field):
            spellings: tuple[list[str], list[str]] = ([], [])
            own = lb.text(self.register.language)
            if self.register.language == "en" and own != lb.fr:
                spellings[0].append(own)
            for alias in lb.aliases:
                if normalise(alias) not in {normalise(lb.fr), normalise(lb.en)} and ";" not in alias:  # not "A; B"
                    french = normalise(alias).startswith("en ") or detect_language(alias) == "fr"
                    spellings[not french].append(alias)
            if field == "status":
                found[lb.key] = (
                    [(f"sont « {a} »", f"« {a} »") for a in dict.fromkeys(spellings[0])],
                    [(f'are "{a}"', f'"{a}"') for a in dict.fromkeys(spellings[1])],
                )
            else:
                found[lb.key] = (
                    [f"initiatives « {a} »" for a in dict.fromkeys(spellings[0])],
                    [f'"{a}" initiatives' for a in dict.fromkeys(spellings[1])],
                )
        return found

    def _derived_body_phrases(self, most: int = 10) -> dict[str, tuple[list[str], list[str]]]:
        """Bodies spelled "ACRONYM: Long name" or "Long name (ACRONYM)" -> both parts, when each
        names that body only (another register's own acronyms; no Québec table); the `most`
        bodies with the most rows, so a register with hundreds of bodies does not flood the set."""
        bodies = self.values("body") if "body" in self.roles else []
        def words(text: str) -> str:  # "Information & Technology" and "Information Technology" collide
            return " ".join(re.findall(r"\w+", normalise(text)))

        taken = {words(b) for b in bodies}
        acronym, long = r"[A-Z][A-Za-z&.-]{1,11}", r"[^;:()]+\s[^;:()]+"  # one body, not a list of them
        parts: dict[str, list[str]] = {}
        for body in bodies:
            m = re.fullmatch(rf"({acronym}):\s+({long})", body)
            n = re.fullmatch(rf"({long}?)\s*\(({acronym})\)", body)
            if m or n:
                parts[body] = [p.strip() for p in (m or n).groups()]
        found = {}
        for body, phrases in parts.items():
            # "FS" names "FS: Forest Service" and "FS: Forest Service; USDOT: …": no single answer
            kept = [p for p in phrases if not any(
                re.search(rf"\b{re.escape(words(p))}\b", other) for other in taken - {words(body)})]  # fmt: skip
            if kept and len(found) < most:
                found[body] = (kept, kept)
        return found

    def values(self, field: str, n: int | None = None) -> list[str]:
        """The field's values with most rows first, blank ones left out (nothing to ask about)."""
        if field not in self.roles:
            return []
        found = [g["value"] for g in groups(self.df, field, self.group_labels) if g["value"] != ""]
        return found[:n] if n is not None else found

    # phrases ---------------------------------------------------------------------------------

    def _body_phrases(self) -> dict[str, tuple[list[str], list[str]]]:
        """Body in the data -> (French phrases, English phrases) that are not its own name."""
        names: dict[str, set[str]] = {}
        for body in sorted(set(self.df["body"])):
            keys = {normalise(body)}
            m = re.match(r"^(.*?)\s*\(([^)]+)\)$", body)  # "Long name (ACRONYM)"
            if m:
                keys |= {normalise(m.group(1)), normalise(m.group(2))}
            names[body] = keys
        found = {}
        for aliases, fr, en in BODY_WORDS:
            wanted = {normalise(a) for a in aliases}
            bodies = [b for b, keys in names.items() if keys & wanted]
            if len(bodies) == 1:
                body = bodies[0]
                found[body] = (
                    [p for p in fr if normalise(bare(p)) != normalise(body)],
                    [p for p in en if normalise(bare(p)) != normalise(body)],
                )
        return found

    def para_body(self, body: str, lang: str) -> bool:
        """Whether the body has an everyday name in `lang` (else questions use its own name)."""
        return bool(self.bodies.get(body, ([], []))[lang == "en"])

    def body_ref(self, body: str, lang: str, paraphrase: bool) -> str:
        """How a question names a body: its own name (label variant) or an everyday phrase."""
        if paraphrase and self.para_body(body, lang):
            return self.rng.choice(self.bodies[body][lang == "en"])
        if not self.quebec:
            return f"« {body} »" if lang == "fr" else f'"{body}"'
        return f"l'organisme « {body} »" if lang == "fr" else f'"{body}"'

    def status_ref(self, key: str, lang: str, paraphrase: bool, adjective: bool = False) -> str:
        if paraphrase and self.has_words("status", key, lang):
            predicate, adj = self.rng.choice(self.status_words[key][lang == "en"])
            return adj if adjective else predicate
        label = self.status[key].text(lang)
        if not self.quebec:  # "ont pour stade de développement « … »": no article to agree
            word = self.field_word("status", lang)
            if lang == "fr":
                return f"ayant pour {word} « {label} »" if adjective else f"ont pour {word} « {label} »"
            return f'with the {word} "{label}"' if adjective else f'have the {word} "{label}"'
        if lang == "fr":
            return f"au statut « {label} »" if adjective else f"ont le statut « {label} »"
        return f'with the status "{label}"' if adjective else f'have the status "{label}"'

    def category_ref(self, key: str, lang: str, paraphrase: bool) -> str:
        """A plural noun phrase: "chatbots" or "initiatives de la catégorie « … »"."""
        if paraphrase and self.has_words("category", key, lang):
            return self.rng.choice(self.category_words[key][lang == "en"])
        label = self.category[key].text(lang)
        if not self.quebec:
            word = self.field_word("category", lang)
            return f"initiatives ayant pour {word} « {label} »" if lang == "fr" else f'initiatives in the {word} "{label}"'
        return (
            f"initiatives de la catégorie « {label} »"
            if lang == "fr"
            else f'initiatives in the category "{label}"'
        )

    def portfolio_ref(self, value: str, lang: str, paraphrase: bool) -> str:
        """'le réseau de la santé' or 'le portefeuille « … »' (with its article)."""
        words = self.portfolio_words.get(value)
        if paraphrase and words:
            return self.rng.choice(words[lang == "en"])
        if not self.quebec:
            return f"« {value} »" if lang == "fr" else f'the {self.field_word("portfolio", lang)} "{self.group_labels("portfolio", value)[-1]}"'
        return (
            f"le portefeuille « {value} »"
            if lang == "fr"
            else f'the "{portfolio_en(value)}" portfolio'
        )

    def para(self, field: str, value: str, lang: str) -> bool:
        """Whether `value` of `field` has an everyday name or alias in `lang`."""
        if field == "body":
            return self.para_body(value, lang)
        if field == "portfolio":
            return value in self.portfolio_words
        return self.has_words(field, value, lang)

    # cases -----------------------------------------------------------------------------------

    def add(self, intent: str, lang: str, question: str | list[str], query: dict[str, Any], *,
            variant: str, kind: str | None = None, tags: Iterable[str] = (), prefix: str = "g",
            expected: dict[str, Any] | None = None) -> dict:  # fmt: skip
        prefix = self.prefix if prefix == "g" else prefix
        key = f"{prefix}-{intent}-{lang}"
        kind = kind or {"count": "figure", "rank": "figure", "breakdown": "figure", "compare": "figure",
                        "list": "rows", "describe": "rows", "define": "text", "out_of_scope": "refusal",
                        "share": "figure"}[intent]  # fmt: skip
        if expected is not None:
            pass
        elif intent == "define":
            expected = {"contains": [query["definition"]]}
        elif intent == "describe":
            expected = {"row_ids": [query["row_id"]]}
        elif intent == "out_of_scope":
            expected = {}
        elif "missing_field" in query:
            kind, expected = "refusal", {"missing_field": query["missing_field"]}
        else:
            expected = answer(self.df, intent, query, self.group_labels)
        # "list them" with nothing to list is not a list question; the same words twice would
        # only weigh the set
        if intent == "list" and not expected["row_ids"]:
            return {}
        turns = question if isinstance(question, list) else [question]
        if turns in self.asked:
            return {}
        self.asked.append(turns)
        self.numbers[key] = self.numbers.get(key, 0) + 1
        case = {"id": f"{key}-{self.numbers[key]:03d}", "language": lang}
        case.update({"turns": turns} if len(turns) > 1 else {"question": turns[0]})
        case.update(kind=kind, intent=intent, expected=expected, variant=variant,
                    source=self.register.source, query=query)  # fmt: skip
        if tags:
            case["tags"] = list(tags)
        self.cases.append(case)
        return case

    def pick(self, items: Iterable, n: int) -> list:
        items = list(items)
        return self.rng.sample(items, min(n, len(items)))

    def top_bodies(self, n: int) -> list[str]:
        if not self.quebec:
            return self.values("body", n)
        return [g["value"] for g in groups(self.df, "body")[:n]]

    def counts(self) -> None:
        T = {  # noqa: N806 - template table
            "status": {"fr": ["Combien d'initiatives {s} ?", "Quel est le nombre d'initiatives qui {s} ?"],
                       "en": ["How many initiatives {s}?", "What is the number of initiatives that {s}?"]},
            "category": {"fr": ["Combien y a-t-il {de_c} ?", "Combien {de_c} le registre compte-t-il ?"],
                         "en": ["How many {c} are there?", "How many {c} does the register list?"]},
            "portfolio": {"fr": ["Combien d'initiatives dans {p} ?", "Quel est le nombre d'initiatives dans {p} ?"],
                          "en": ["How many initiatives are in {p}?", "What is the number of initiatives in {p}?"]},
            "body": {"fr": ["Combien d'initiatives en IA pour {b} ?", "Combien de projets d'IA {de_b} sont recensés ?"],
                     "en": ["How many AI initiatives does {b} have?", "How many initiatives has {b} reported?"]},
        }  # fmt: skip
        for lang in ("fr", "en"):
            for key in self.statuses:
                self.add("count", lang, self._t(T["status"][lang], s=self.status_ref(key, lang, False)),
                         {"filters": {"status": [key]}}, variant="label")  # fmt: skip
                for _ in range(2 if self.has_words("status", key, lang) else 0):
                    typo_ = self.rng.random() < 0.25
                    q = self._t(T["status"][lang], typo_, s=self.status_ref(key, lang, True))
                    self.add("count", lang, q, {"filters": {"status": [key]}}, variant="paraphrase",
                             tags=["typo"] if typo_ else [])  # fmt: skip
            for key in self.categories:
                cat = self.category_ref(key, lang, False)
                self.add("count", lang, self._t(T["category"][lang], c=cat, de_c=fr_de(cat)),
                         {"filters": {"category": [key]}}, variant="label")  # fmt: skip
                if not self.has_words("category", key, lang):
                    continue
                typo_ = self.rng.random() < 0.2
                cat = self.category_ref(key, lang, True)
                q = self._t(T["category"][lang], typo_, c=cat, de_c=fr_de(cat))
                self.add("count", lang, q, {"filters": {"category": [key]}}, variant="paraphrase",
                         tags=["typo"] if typo_ else [])  # fmt: skip
            for value in [g["value"] for g in groups(self.df, "portfolio")[:6]] if self.quebec else self.values("portfolio", 6):
                self.add("count", lang, self._t(T["portfolio"][lang], p=self.portfolio_ref(value, lang, False)),
                         {"filters": {"portfolio": [value]}}, variant="label")  # fmt: skip
            for value in sorted(set(self.portfolio_words) & set(self.portfolios)):
                for phrase in self.portfolio_words[value][lang == "en"]:
                    self.add("count", lang, self._t(T["portfolio"][lang], p=phrase),
                             {"filters": {"portfolio": [value]}}, variant="paraphrase")  # fmt: skip
            labelled = self.top_bodies(6) + self.pick(
                sorted(set(self.df["body"]) - set(self.top_bodies(6)) - {""}), 3
            ) if "body" in self.roles else []
            for body in labelled:
                ref = self.body_ref(body, lang, False)
                self.add("count", lang, self._t(T["body"][lang], b=ref, de_b=fr_de(ref)),
                         {"filters": {"body": [body]}}, variant="label")  # fmt: skip
            for body in sorted(self.bodies):
                for phrase in self.bodies[body][lang == "en"]:
                    self.add("count", lang, self._t(T["body"][lang], b=phrase, de_b=fr_de(phrase)),
                             {"filters": {"body": [body]}}, variant="paraphrase",
                             tags=["typo"] if "Univesité" in phrase else [])  # fmt: skip

    def _t(self, templates: list[str], typo_: bool = False, **slots: str) -> str:
        template = self.rng.choice(templates)
        if typo_:
            template = typo(self.rng, template)
        return capitalise(template.format(**slots))

    def combinations(self) -> None:
        df = self.df
        for lang in ("fr", "en"):
            fr = lang == "fr"
            # category + status
            pairs = [(c, s) for c in self.categories for s in self.statuses[:2]
                     if len(select(df, {"category": [c], "status": [s]}))]  # fmt: skip
            for i, (c, s) in enumerate(self.pick(pairs, 6)):
                para = i % 2 == 0
                cat, st = self.category_ref(c, lang, para), self.status_ref(s, lang, para)
                q = f"Combien {fr_de(cat)} {st} ?" if fr else f"How many {cat} {st}?"
                para = para and (self.para("category", c, lang) or self.para("status", s, lang))
                self.add("count", lang, q, {"filters": {"category": [c], "status": [s]}},
                         variant="paraphrase" if para else "label")  # fmt: skip
            # body + status (bodies with an everyday name first)
            bodies = sorted(self.bodies)[:8] or self.top_bodies(4)
            for i, body in enumerate(self.pick(bodies, 5) if self.statuses else []):
                para = i % 2 == 0
                s = self.statuses[i % min(2, len(self.statuses))]
                ref, st = self.body_ref(body, lang, para), self.status_ref(s, lang, para)
                q = (f"Parmi les initiatives {fr_de(ref)}, combien {st} ?" if fr
                     else f"How many initiatives of {ref} {st}?")  # fmt: skip
                para = para and (self.para("body", body, lang) or self.para("status", s, lang))
                self.add("count", lang, q, {"filters": {"body": [body], "status": [s]}},
                         variant="paraphrase" if para else "label")  # fmt: skip
            # portfolio + category, portfolio + status
            for value in self.pick(
                sorted(set(self.portfolio_words) & set(self.portfolios)) or self.values("portfolio", 2), 2
            ):
                present = [
                    c
                    for c in self.categories
                    if len(select(df, {"portfolio": [value], "category": [c]}))
                ]
                for c in self.pick(present, 2):
                    ref = self.portfolio_ref(value, lang, True)
                    cat = self.category_ref(c, lang, True)
                    q = (
                        f"Combien {fr_de(cat)} dans {ref} ?"
                        if fr
                        else f"How many {cat} are there in {ref}?"
                    )
                    para = self.para("portfolio", value, lang) or self.para("category", c, lang)
                    self.add("count", lang, q, {"filters": {"portfolio": [value], "category": [c]}},
                             variant="paraphrase" if para else "label")  # fmt: skip
                if not self.statuses:
                    continue
                s = self.statuses[0]
                ref, st = self.portfolio_ref(value, lang, False), self.status_ref(s, lang, False)
                q = (
                    f"Dans {ref}, combien d'initiatives {st} ?"
                    if fr
                    else f"In {ref}, how many initiatives {st}?"
                )
                self.add(
                    "count",
                    lang,
                    capitalise(q),
                    {"filters": {"portfolio": [value], "status": [s]}},
                    variant="label",
                )
            # body + category
            pairs = sorted(
                {
                    (b, c)
                    for b, c in zip(df["body"], df["category_key"], strict=True)
                    if b in self.bodies and c in self.categories
                }
            )
            for b, c in self.pick(pairs, 3):
                ref, cat = self.body_ref(b, lang, True), self.category_ref(c, lang, True)
                q = (
                    f"Combien {fr_de(cat)} {fr_a(ref)} ?"
                    if fr
                    else f"How many {cat} does {ref} have?"
                )
                self.add(
                    "count",
                    lang,
                    q,
                    {"filters": {"body": [b], "category": [c]}},
                    variant="paraphrase",
                )
            # a combination with no row: the answer is 0
            empty = [(b, c) for b in sorted(self.bodies) for c in self.categories[:3]
                     if not len(select(df, {"body": [b], "category": [c]}))]  # fmt: skip
            for b, c in self.pick(empty, 1):
                ref, cat = self.body_ref(b, lang, True), self.category_ref(c, lang, True)
                q = (
                    f"Combien {fr_de(cat)} {fr_a(ref)} ?"
                    if fr
                    else f"How many {cat} does {ref} have?"
                )
                self.add("count", lang, q, {"filters": {"body": [b], "category": [c]}}, variant="paraphrase",
                         tags=["zero"])  # fmt: skip

    def lists(self) -> None:
        df = self.df
        small = [b for b in sorted(set(df["body"]) - {""}) if 2 <= (df["body"] == b).sum() <= 12]
        for lang in ("fr", "en"):
            fr = lang == "fr"
            named = self.pick([b for b in small if self.para_body(b, lang)], 3)
            for i, body in enumerate(named + self.pick([b for b in small if b not in named], 2)):
                para = i < len(named)
                ref = self.body_ref(body, lang, para)
                q = self.rng.choice(
                    [f"Liste les initiatives {fr_de(ref)}.", f"Quelles sont les initiatives {fr_de(ref)} ?"] if fr
                    else [f"List the initiatives of {ref}.", f"Which initiatives does {ref} have?"]
                )  # fmt: skip
                self.add("list", lang, capitalise(q), {"filters": {"body": [body]}},
                         variant="paraphrase" if para else "label")  # fmt: skip
            portfolios = sorted(set(self.portfolio_words) & set(self.portfolios)) or self.values("portfolio", 4)
            combos = [(p, c, s) for p in portfolios
                      for c in self.categories for s in self.statuses[:1]
                      if 1 <= len(select(df, {"portfolio": [p], "category": [c], "status": [s]})) <= 25]  # fmt: skip
            for p, c, s in self.pick(combos, 2):
                ref, cat = self.portfolio_ref(p, lang, True), self.category_ref(c, lang, True)
                st = self.status_ref(s, lang, True, adjective=True)
                q = (
                    f"Montre-moi les {cat} {st} dans {ref}."
                    if fr
                    else f"Show me the {cat} {st} in {ref}."
                )
                para = any(self.para(f, v, lang) for f, v in (("portfolio", p), ("category", c), ("status", s)))
                self.add("list", lang, q, {"filters": {"portfolio": [p], "category": [c], "status": [s]}},
                         variant="paraphrase" if para else "label")  # fmt: skip
            rare = [c for c in self.categories if 1 <= (df["category_key"] == c).sum() <= 10]
            if not self.quebec:  # a register with few rows per label: its rarest one
                rare = rare or sorted(self.categories, key=lambda c: (df["category_key"] == c).sum())[:1]
            for c in self.pick(rare, 1):
                label = self.category[c].text(lang)
                word = self.field_word("category", lang)
                if self.quebec:
                    q = (f"Quelles initiatives relèvent de la catégorie « {label} » ?" if fr
                         else f'Which initiatives are in the category "{label}"?')  # fmt: skip
                else:
                    q = (f"Liste les initiatives ayant pour {word} « {label} »." if fr
                         else f'List the initiatives in the {word} "{label}".')  # fmt: skip
                self.add("list", lang, q, {"filters": {"category": [c]}}, variant="label")

    def rankings(self) -> None:
        df = self.df
        T = {  # noqa: N806
            "body": {"fr": "Quels sont les {n} organismes qui ont le plus d'initiatives{f} ?",
                     "en": "Which {n} public bodies have the most initiatives{f}?"},
            "portfolio": {"fr": "Quels sont les {n} portefeuilles ministériels qui comptent le plus d'initiatives{f} ?",
                          "en": "What are the top {n} ministerial portfolios by number of initiatives{f}?"},
            "category": {"fr": "Quelles sont les {n} catégories les plus fréquentes{f} ?",
                         "en": "What are the {n} most common categories{f}?"},
        }  # fmt: skip
        one = {"body": ("Quel organisme a déclaré le plus d'initiatives{f} ?", "Which public body reported the most initiatives{f}?"),
               "category": ("Quelle catégorie d'IA revient le plus souvent{f} ?", "Which AI category is the most common{f}?")}  # fmt: skip
        if not self.quebec:  # the register's own field words; "des" and "par" agree with any gender
            T = {field: {"fr": f"Donne le top {{n}} des {self.field_word(field, 'fr', True)} par nombre d'initiatives{{f}}.",  # noqa: N806
                         "en": f"Which {{n}} {self.field_word(field, 'en', True)} have the most initiatives{{f}}?"}
                 for field in ("body", "portfolio", "category")}  # fmt: skip
            one = {field: (None, f"Which {self.field_word(field, 'en')} has the most initiatives{{f}}?")
                   for field in ("body", "portfolio", "category")}  # fmt: skip
        for lang in ("fr", "en"):
            fr = lang == "fr"
            filters: list[tuple[dict, str, str]] = [({}, "", "label")]
            if self.quebec and "conversational_agent" in self.categories:
                filters.append(({"category": ["conversational_agent"]},
                                " parmi les agents conversationnels" if fr else " among chatbots", "paraphrase"))  # fmt: skip
            if self.statuses:
                s = self.statuses[0]
                st = self.status_ref(s, lang, True, adjective=True)
                filters.append(({"status": [s]}, f" parmi celles {st}" if fr else f" among those {st}",
                                "paraphrase" if self.para("status", s, lang) else "label"))  # fmt: skip
            for field in ("body", "portfolio", "category"):
                if field not in self.roles:
                    continue
                for f, words, variant in filters:
                    if field == "category" and "category" in f:
                        continue
                    found = groups(select(df, f), field, self.group_labels)
                    ns = untied_top_ns(found, (3, 5, 2, 4))
                    if not self.quebec:  # a blank body or agency is no answer to "which"
                        ns = [n for n in ns if all(g["value"] != "" for g in found[:n])]
                    if not ns:
                        continue
                    q = T[field][lang].format(n=ns[0], f=words)
                    self.add(
                        "rank",
                        lang,
                        q,
                        {"filters": f, "group_by": field, "top_n": ns[0]},
                        variant=variant,
                    )
                if field in one and one[field][not fr] and untied_top_ns(groups(df, field, self.group_labels), (1,)) \
                        and groups(df, field, self.group_labels)[0]["value"] != "":
                    q = one[field][not fr].format(f="")
                    self.add(
                        "rank",
                        lang,
                        q,
                        {"filters": {}, "group_by": field, "top_n": 1},
                        variant="label",
                    )
            # inside the health network (or the largest portfolio)
            value = next((p for p in self.portfolio_words if p in self.portfolios), None)
            if value:
                found = groups(select(df, {"portfolio": [value]}), "body")
                for n in untied_top_ns(found, (3, 5, 2))[:1]:
                    ref = self.portfolio_ref(value, lang, True)
                    q = (f"Dans {ref}, quels sont les {n} organismes les plus actifs en IA ?" if fr
                         else f"In {ref}, which {n} bodies have the most AI initiatives?")  # fmt: skip
                    self.add("rank", lang, q, {"filters": {"portfolio": [value]}, "group_by": "body", "top_n": n},
                             variant="paraphrase")  # fmt: skip
            elif not self.quebec and {"body", "portfolio"} <= self.roles:
                for value in self.values("portfolio", 2):
                    found = groups(select(df, {"portfolio": [value]}), "body", self.group_labels)
                    for n in untied_top_ns(found, (3, 5, 2))[:1]:
                        ref, many = self.portfolio_ref(value, lang, False), self.field_word("body", lang, True)
                        q = (f"Dans {ref}, donne le top {n} des {many} par nombre d'initiatives." if fr
                             else f"In {ref}, which {n} {many} have the most initiatives?")  # fmt: skip
                        self.add("rank", lang, q, {"filters": {"portfolio": [value]}, "group_by": "body", "top_n": n},
                                 variant="label")  # fmt: skip

    def breakdowns(self) -> None:
        T = {  # noqa: N806
            "status": ("Quelle est la répartition des initiatives par statut{f} ?", "What is the breakdown of initiatives by status{f}?"),
            "category": ("Répartis les initiatives par catégorie{f}.", "Break down the initiatives by category{f}."),
            "portfolio": ("Combien d'initiatives par portefeuille ministériel{f} ?", "How many initiatives per ministerial portfolio{f}?"),
        }  # fmt: skip
        if not self.quebec:
            T = {  # noqa: N806
                "status": ("Quelle est la répartition des initiatives par {w}{{f}} ?", "What is the breakdown of initiatives by {w}{{f}}?"),
                "category": ("Répartis les initiatives par {w}{{f}}.", "Break down the initiatives by {w}{{f}}."),
                "portfolio": ("Combien d'initiatives par {w}{{f}} ?", "How many initiatives per {w}{{f}}?"),
            }  # fmt: skip
            T = {field: tuple(t.format(w=self.field_word(field, lang))  # noqa: N806
                              for t, lang in zip(pair, ("fr", "en"), strict=True)) for field, pair in T.items()}
        for lang in ("fr", "en"):
            fr = lang == "fr"
            for field in ("status", "category", "portfolio"):
                if field in self.roles:
                    self.add("breakdown", lang, T[field][not fr].format(f=""), {"filters": {}, "group_by": field},
                             variant="label")  # fmt: skip
            extra: list[tuple[str, dict, str, str]] = []
            if self.quebec and "conversational_agent" in self.categories:
                extra.append(("status", {"category": ["conversational_agent"]},
                              " des agents conversationnels" if fr else " for chatbots", "paraphrase"))  # fmt: skip
            for body in (self.pick(sorted(self.bodies), 1) or self.top_bodies(1)) if "category" in self.roles else []:
                ref = self.body_ref(body, lang, True)
                extra.append(("category", {"body": [body]}, f" pour {ref}" if fr else f" for {ref}",
                              "paraphrase" if self.para_body(body, lang) else "label"))  # fmt: skip
            for body in self.top_bodies(1) if "status" in self.roles else []:
                ref = self.body_ref(body, lang, False)
                extra.append(
                    ("status", {"body": [body]}, f" de {ref}" if fr else f" of {ref}", "label")
                )
            words = [p for p in self.portfolio_words if p in self.portfolios][:2]
            for value in words or (self.values("portfolio", 2) if "status" in self.roles else []):
                ref = self.portfolio_ref(value, lang, True)
                extra.append(
                    (
                        "status",
                        {"portfolio": [value]},
                        f" dans {ref}" if fr else f" in {ref}",
                        "paraphrase" if words else "label",
                    )
                )
            if self.statuses and "portfolio" in self.roles:
                s = self.statuses[0]
                st = self.status_ref(s, lang, True, adjective=True)
                extra.append(("portfolio", {"status": [s]}, f", seulement celles {st}" if fr else f", only those {st}",
                              "paraphrase" if self.para("status", s, lang) else "label"))  # fmt: skip
            for field, f, words, variant in extra:
                if len(select(self.df, f)):
                    self.add("breakdown", lang, T[field][not fr].format(f=words), {"filters": f, "group_by": field},
                             variant=variant)  # fmt: skip

    def comparisons(self) -> None:
        for lang in ("fr", "en"):
            fr = lang == "fr"
            for b1, b2 in [tuple(self.top_bodies(4)[i : i + 2]) for i in (0, 2) if len(self.top_bodies(4)) >= i + 2]:
                r1, r2 = self.body_ref(b1, lang, True), self.body_ref(b2, lang, True)
                q = (f"Compare le nombre d'initiatives {fr_de(r1)} et {fr_de(r2)}." if fr
                     else f"Compare {r1} and {r2}: how many initiatives does each have?")  # fmt: skip
                para = self.para_body(b1, lang) or self.para_body(b2, lang)
                self.add("compare", lang, q, {"filters": {}, "compare": [["body", b1], ["body", b2]]},
                         variant="paraphrase" if para else "label")  # fmt: skip
            if self.quebec and {"in_production", "in_development"} <= set(self.statuses):
                q = ("Y a-t-il plus d'initiatives en production ou en développement ?" if fr
                     else "Are there more initiatives in production or in development?")  # fmt: skip
                self.add("compare", lang, q, {"filters": {}, "compare": [["status", "in_production"], ["status", "in_development"]]},
                         variant="paraphrase")  # fmt: skip
            if not self.quebec and len(self.statuses) >= 2:  # the two largest stages, by their labels
                s1, s2 = self.values("status", 2)
                l1, l2 = (self.status[k].text(lang) for k in (s1, s2))
                q = (f"Y a-t-il plus d'initiatives « {l1} » ou « {l2} » ?" if fr
                     else f'Are there more initiatives "{l1}" or "{l2}"?')  # fmt: skip
                self.add("compare", lang, q, {"filters": {}, "compare": [["status", s1], ["status", s2]]},
                         variant="label")  # fmt: skip
            if not self.quebec and len(self.portfolios) >= 2:
                p1, p2 = self.values("portfolio", 3)[1:3] if len(self.portfolios) >= 3 else self.values("portfolio", 2)
                r1, r2 = (self.portfolio_ref(v, lang, False) for v in (p1, p2))
                q = (f"Compare le nombre d'initiatives {fr_de(r1)} et {fr_de(r2)}." if fr
                     else f"Compare {r1} and {r2}: how many initiatives does each have?")  # fmt: skip
                self.add("compare", lang, q, {"filters": {}, "compare": [["portfolio", p1], ["portfolio", p2]]},
                         variant="label")  # fmt: skip
            cats = self.categories[:2]
            if len(cats) == 2:
                c1, c2 = (self.category_ref(c, lang, True) for c in cats)
                q = (
                    f"Compare le nombre {fr_de(c1)} et {fr_de(c2)}."
                    if fr
                    else f"Compare the number of {c1} and {c2}."
                )
                para = any(self.para("category", c, lang) for c in cats)
                self.add("compare", lang, q, {"filters": {}, "compare": [["category", cats[0]], ["category", cats[1]]]},
                         variant="paraphrase" if para else "label")  # fmt: skip

    def describes(self) -> None:
        df = self.df
        unique = df[~df["name"].map(normalise).duplicated(keep=False)]
        for lang in ("fr", "en"):
            fr = lang == "fr"
            for row_id in self.pick(sorted(int(i) for i in df["row_id"]), 2):
                q = f"Décris l'initiative n° {row_id}." if fr else f"Describe initiative #{row_id}."
                self.add("describe", lang, q, {"filters": {}, "row_id": row_id}, variant="label")
            for row_id in self.pick(sorted(int(i) for i in unique["row_id"]), 2):
                name = df.loc[row_id, "name"]
                q = (
                    f"Que fait l'initiative « {name} » ?"
                    if fr
                    else f'What is the initiative "{name}" about?'
                )
                self.add("describe", lang, q, {"filters": {}, "row_id": row_id}, variant="label")

    def definitions(self) -> None:
        for lang in ("fr", "en"):
            fr = lang == "fr"
            for field, n in (("category", 3), ("status", 1) if self.quebec else ("status", 2)):
                keys = [k for k in (self.categories if field == "category" else self.statuses)
                        if self.label(field, k).definition(lang)]  # fmt: skip
                for key in self.pick(keys, n):
                    label, word = self.label(field, key).text(lang), self.field_word(field, lang)
                    if self.quebec and field == "category":
                        q = f"Que veut dire la catégorie « {label} » ?" if fr else f'What does the category "{label}" mean?'
                    elif self.quebec:
                        q = f"Que signifie le statut « {label} » ?" if fr else f'What does the status "{label}" mean?'
                    else:
                        q = f"Que veut dire « {label} » ({word}) ?" if fr else f'What does the {word} "{label}" mean?'
                    self.add("define", lang, q, {"define": [field, key], "definition": self.label(field, key).definition(lang)},
                             variant="label")  # fmt: skip
            if self.quebec and "conversational_agent" in self.categories:
                q = ("Qu'est-ce que le registre entend par agent conversationnel ?" if fr
                     else "What does the register mean by a conversational agent?")  # fmt: skip
                key = "conversational_agent"
                self.add("define", lang, q, {"define": ["category", key], "definition": CATEGORY[key].definition(lang)},
                         variant="paraphrase")  # fmt: skip

    def out_of_scope(self) -> None:
        df = self.df
        for lang in ("fr", "en"):
            for template in OUT_OF_SCOPE[lang]:
                row_id = self.rng.choice(sorted(int(i) for i in df["row_id"]))
                body = self.rng.choice(sorted(self.bodies) or self.top_bodies(3))
                ref = self.body_ref(body, lang, True)
                q = template.format(
                    name=df.loc[row_id, "name"], id=row_id, ref=ref, de_ref=fr_de(ref)
                )
                para = "{ref" in template or "{de_ref" in template
                if "{id}" in template and "dates" not in self.mapping.not_recorded:
                    # a register with date fields answers "when": the row, described with its dates
                    self.add("describe", lang, capitalise(q), {"row_id": row_id}, variant="label", tags=["field", "date"])
                    continue
                self.add("out_of_scope", lang, capitalise(q), {"filters": {}},
                         variant="paraphrase" if para and self.para_body(body, lang) else "label")  # fmt: skip

    def missing_fields(self) -> None:
        """A field this register does not have: grouping or ranking on it gets the
        "this register has no X field" answer (execute.py's figures["missing_field"])."""
        T = {  # noqa: N806 - template table: (FR, EN), grouped on the field, or a top 3 of it
            "status": [("breakdown", "Quelle est la répartition des initiatives par statut ?", "What is the breakdown of initiatives by status?")],
            "category": [("breakdown", "Répartis les initiatives par catégorie.", "Break down the initiatives by category."),
                         ("rank", "Quelles sont les 3 catégories les plus fréquentes ?", "What are the 3 most common categories?")],
            "portfolio": [("breakdown", "Combien d'initiatives par portefeuille ministériel ?", "How many initiatives per ministerial portfolio?")],
            "body": [("rank", "Quels sont les 3 organismes qui ont le plus d'initiatives ?", "Which 3 public bodies have the most initiatives?")],
        }  # fmt: skip
        for lang in ("fr", "en"):
            for field in self.missing:
                for intent, fr_q, en_q in T[field]:
                    query = {"filters": {}, "group_by": field, "missing_field": field}
                    if intent == "rank":
                        query["top_n"] = 3
                    self.add(intent, lang, fr_q if lang == "fr" else en_q, query, variant="label", tags=["missing_field"])

    def generate(self) -> list[dict[str, Any]]:
        self.counts()
        self.combinations()
        self.lists()
        self.rankings()
        self.breakdowns()
        self.comparisons()
        self.describes()
        self.definitions()
        self.out_of_scope()
        self.missing_fields()
        field_cases(self)  # the mapping's typed fields, when it declares some
        return self.cases


# --- conversations ----------------------------------------------------------------------------


def conversations(register: Register, seed: int = SEED) -> list[dict[str, Any]]:
    """Short conversations (2-3 turns); the expected answer is the last turn's, with the filters
    the follow-up inherits from the earlier turns."""
    g = Generator(register, seed)
    health = next((p for p in PORTFOLIO_WORDS if p in g.portfolios), g.portfolios[0])
    higher = next(
        (p for p in PORTFOLIO_WORDS if p in g.portfolios and p != health), g.portfolios[-1]
    )
    top = g.top_bodies(6)
    named = [b for b in top if b in g.bodies] + [b for b in sorted(g.bodies) if b not in top]
    b1, b2, b3 = (named + top)[:3]
    prod = "in_production" if "in_production" in g.statuses else g.statuses[0]
    dev = "in_development" if "in_development" in g.statuses else g.statuses[-1]
    cat = "conversational_agent" if "conversational_agent" in g.categories else g.categories[0]
    cat2 = next(
        (
            c
            for c in ("automation", "geomatics", "decision_support")
            if c in g.categories and c != cat
        ),
        cat,
    )

    def P(value, lang):  # noqa: N802 - short helpers for the scripts below
        return g.portfolio_ref(value, lang, True)

    def B(body, lang):  # noqa: N802
        return g.body_ref(body, lang, True)

    def C(key, lang):  # noqa: N802
        return g.category_ref(key, lang, True)

    def add(intent, lang, turns, query, kind=None, variant="paraphrase"):
        g.add(intent, lang, turns, query, kind=kind, variant=variant, prefix="conv")

    add(
        "count",
        "fr",
        [
            f"Combien d'initiatives dans {P(health, 'fr')} ?",
            "Et parmi celles-ci, combien sont en production ?",
        ],
        {"filters": {"portfolio": [health], "status": [prod]}},
    )
    add(
        "count",
        "en",
        ["How many initiatives are in production?", f"What about {P(health, 'en')}?"],
        {"filters": {"status": [prod], "portfolio": [health]}},
    )
    add(
        "count",
        "fr",
        [f"Combien d'initiatives {fr_a(B(b1, 'fr'))} ?", f"Et pour {B(b2, 'fr')} ?"],
        {"filters": {"body": [b2]}},
    )
    add(
        "count",
        "en",
        [f"How many initiatives does {B(b1, 'en')} have?", f"And {B(b3, 'en')}?"],
        {"filters": {"body": [b3]}},
    )
    b4 = next(
        (b for b in [b2, *named, *top] if len(select(g.df, {"body": [b], "category": [cat]}))), b2
    )
    add(
        "list",
        "fr",
        [f"Combien {fr_de(C(cat, 'fr'))} {fr_a(B(b4, 'fr'))} ?", "Montre-moi la liste."],
        {"filters": {"body": [b4], "category": [cat]}},
    )
    add(
        "list",
        "en",
        [f"How many {C(cat, 'en')} are there in {P(health, 'en')}?", "Show me the list."],
        {"filters": {"portfolio": [health], "category": [cat]}},
    )
    add(
        "list",
        "fr",
        [
            f"Combien d'initiatives {fr_a(B(b1, 'fr'))} ?",
            "Et combien sont en développement ?",
            "Montre-moi la liste.",
        ],
        {"filters": {"body": [b1], "status": [dev]}},
    )
    for n in untied_top_ns(groups(select(g.df, {"category": [cat]}), "body"), (3, 5, 2, 4))[:1]:
        add(
            "rank",
            "en",
            [f"Which {n} public bodies have the most initiatives?", f"And among {C(cat, 'en')}?"],
            {"filters": {"category": [cat]}, "group_by": "body", "top_n": n},
        )
    add(
        "breakdown",
        "fr",
        [
            f"Quelle est la répartition par statut des initiatives {fr_de(B(b1, 'fr'))} ?",
            f"Et pour {B(b2, 'fr')} ?",
        ],
        {"filters": {"body": [b2]}, "group_by": "status"},
    )
    add(
        "count",
        "en",
        [f"How many initiatives does {B(b2, 'en')} have?", "How many of them are in production?"],
        {"filters": {"body": [b2], "status": [prod]}},
    )
    add(
        "count",
        "fr",
        [f"Combien {fr_de(C(cat2, 'fr'))} ?", "Et parmi ceux-ci, combien sont en production ?"],
        {"filters": {"category": [cat2], "status": [prod]}},
    )
    add(
        "breakdown",
        "en",
        [f"How many initiatives are in {P(higher, 'en')}?", "Break them down by category."],
        {"filters": {"portfolio": [higher]}, "group_by": "category"},
    )
    add(
        "count",
        "fr",
        [
            f"Combien d'initiatives sont en production dans {P(health, 'fr')} ?",
            f"Et dans {P(higher, 'fr')} ?",
        ],
        {"filters": {"portfolio": [higher], "status": [prod]}},
    )
    add(
        "list",
        "en",
        [f"List the initiatives of {B(b3, 'en')}.", "Which of them are in production?"],
        {"filters": {"body": [b3], "status": [prod]}},
    )
    for n in untied_top_ns(groups(select(g.df, {"status": [prod]}), "body"), (5, 3, 2, 4))[:1]:
        add(
            "rank",
            "fr",
            [
                f"Quels sont les {n} organismes qui ont le plus d'initiatives ?",
                "Et seulement pour les projets en production ?",
            ],
            {"filters": {"status": [prod]}, "group_by": "body", "top_n": n},
        )
    add(
        "count",
        "en",
        [f"How many {C(cat2, 'en')} are there?", f"And in {P(health, 'en')}?"],
        {"filters": {"category": [cat2], "portfolio": [health]}},
    )
    add(
        "count",
        "en",
        [
            f"Combien {fr_de(C(cat, 'fr'))} dans {P(health, 'fr')} ?",
            "And how many of those are in production?",
        ],
        {"filters": {"category": [cat], "portfolio": [health], "status": [prod]}},
    )
    add(
        "count",
        "fr",
        [f"How many initiatives does {B(b2, 'en')} have?", "Et combien sont en production ?"],
        {"filters": {"body": [b2], "status": [prod]}},
    )
    add(
        "count",
        "fr",
        [f"Combien d'initiatives {fr_a(B(b3, 'fr'))} ?", f"Et {fr_a(B(b1, 'fr'))} ?"],
        {"filters": {"body": [b1]}},
    )
    add(
        "breakdown",
        "en",
        [f"Break down the {C(cat, 'en')} by status.", f"Now for {C(cat2, 'en')}."],
        {"filters": {"category": [cat2]}, "group_by": "status"},
    )
    add(
        "list",
        "fr",
        [f"Combien d'initiatives dans {P(higher, 'fr')} en développement ?", "Lesquelles ?"],
        {"filters": {"portfolio": [higher], "status": [dev]}},
    )
    add(
        "count",
        "en",
        [f'What does the category "{CATEGORY[cat2].en}" mean?', "How many initiatives are in it?"],
        {"filters": {"category": [cat2]}},
    )
    add(
        "out_of_scope",
        "fr",
        [f"Combien d'initiatives {fr_a(B(b2, 'fr'))} ?", "Et quel est leur budget ?"],
        {"filters": {}},
    )
    add(
        "out_of_scope",
        "en",
        [f"How many {C(cat, 'en')} are in production?", "And how much did they cost?"],
        {"filters": {}},
    )
    add(
        "out_of_scope",
        "fr",
        [
            f"Liste les initiatives {fr_de(B(b3, 'fr'))}.",
            "Qui sont les fournisseurs de ces solutions ?",
        ],
        {"filters": {}},
    )
    return g.cases


# --- smoke set and files ----------------------------------------------------------------------

SMOKE_IDS = (
    "g-count-fr-001", "g-count-en-002", "g-count-fr-010", "g-count-en-035", "g-list-fr-001",
    "g-rank-en-001", "g-breakdown-fr-001", "g-compare-en-003", "g-describe-fr-001", "g-define-en-001",
    "g-out_of_scope-fr-001", "g-out_of_scope-en-002", "conv-count-fr-001", "conv-list-en-001",
)  # fmt: skip


def smoke(cases: list[dict], out: Path) -> list[dict]:
    by_id = {c["id"]: c for c in cases}
    chosen = [by_id[i] for i in SMOKE_IDS if i in by_id]
    for name, per_language in (("gold_topics.jsonl", 2), ("gold_out_of_scope.jsonl", 1)):
        path = out / name
        if path.exists():
            hand = [
                json.loads(line)
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
            for lang in ("fr", "en"):
                chosen += [c for c in hand if c["language"] == lang][:per_language]
    return chosen


def write_jsonl(path: Path, cases: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")


def generate_all(register: Register, seed: int = SEED) -> dict[str, list[dict]]:
    """The gold files of a register (the conversations are written for Québec's register)."""
    files = {"gold_generated.jsonl": Generator(register, seed).generate()}
    if register.mapping.name == "quebec":
        files["gold_conversations.jsonl"] = conversations(register, seed)
    return files


def summary(cases: list[dict]) -> str:
    kinds = ", ".join(f"{k} {sum(c['kind'] == k for c in cases)}" for k in dict.fromkeys(c["kind"] for c in cases))
    langs = ", ".join(f"{k} {sum(c['language'] == k for c in cases)}" for k in ("fr", "en"))
    return f"{len(cases)} cases ({kinds}; {langs})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="register file (CSV or XLSX)"
    )
    parser.add_argument(
        "--mapping", default="quebec",
        help="how to read the register: quebec (default), us-federal-2024, uk-atrs or a TOML file",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, help="output folder, or a .jsonl file for the single questions only")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    register = load_register(args.data, load_mapping(args.mapping))
    if args.out and args.out.suffix == ".jsonl":
        cases = Generator(register, args.seed).generate()
        write_jsonl(args.out, cases)
        print(f"{args.out}: {summary(cases)}")
        return 0
    default = args.data.resolve() == DEFAULT_DATA.resolve()
    out = args.out or (
        ROOT / "data" / "eval" if default else ROOT / "artifacts" / "gold" / args.data.stem
    )
    files = generate_all(register, args.seed)
    files["gold_smoke.jsonl"] = smoke(
        files["gold_generated.jsonl"] + files.get("gold_conversations.jsonl", []), out
    )
    for name, cases in files.items():
        write_jsonl(out / name, cases)
        print(f"{out / name}: {summary(cases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
