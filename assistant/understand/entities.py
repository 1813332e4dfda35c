"""Free text -> canonical filter values: public bodies, portfolios, categories, statuses.

`EntityResolver(register).mentions(question)` finds what a French or English question names
("la RAMQ", "Revenue Quebec", "le réseau de la santé", "chatbots", "en prod"), whatever its
accents, case and small typos, and returns canonical values (plan.py's contract) with the
span they occupy, so that the caller can cut them out to get the topic.

How it works, and why:
- Every alias (the register's own names, the tables below, labels.py's labels) becomes a key:
  its folded words (no accent, no case, no punctuation) joined by single spaces. The question
  is folded the same way, word by word, keeping each word's span in the original text.
- Every window of question words is looked up (a prefix set stops each scan early); the
  longest non-overlapping windows win, so "Ministère de la Santé et des Services sociaux" is
  one body, never a portfolio plus leftovers.
- Typos: a question word of 5+ letters that is no known word (no alias word, no word of the
  register's text) is replaced by the nearest alias word with the same initial: 1 edit, 2 for
  words of 12+ letters, one of the two having 6+ letters. Acronyms are never corrected.
  A match that needed a correction scores below 100.
- Acronyms of 3 letters or less (MES, SCT, ÉTS, CTQ...) count only written in capitals (or as
  the alias spells them, "IoT"): "mes projets" is not the Ministère de l'Enseignement supérieur.

Ambiguity policy (the preferred reading is `value`, the others are `alternatives`):
- Readings present in the register come first; then, for bodies, the one with most rows
  ("Laval" -> Université Laval, then CISSS de Laval, Centre de services scolaire de Laval).
- Plain "santé"/"health" and "éducation"/"education" read as the ministry portfolio, with the
  "(Réseau)" portfolio as alternative (a caller wanting the whole sector ORs them);
  "réseau de la santé", "health network", "hôpitaux", "CIUSSS" read as "(Réseau)" only.
  "enseignement supérieur" prefers "(Réseau)": the plain portfolio has no row in 2025.
- Derived aliases (a ministry without "Ministère de la", a place such as "Laval") never
  override an explicit alias or a full name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from assistant.register.labels import (
    CATEGORIES,
    PORTFOLIOS_EN,
    STATUSES,
    canonical_portfolio,
    normalise,
)

# --- data -----------------------------------------------------------------------------

# Real Québec public bodies: official name first (the value when the register has no row for
# it), then short names, acronyms and English names. Bodies of the bundled register are linked
# to its spelling ("CHUM", "IUCPQ - UL") when any name matches one of its names.
KNOWN_BODIES: tuple[tuple[str, ...], ...] = (
    ("Agence du revenu du Québec", "Revenu Québec", "ARQ", "Quebec Revenue Agency", "Revenue Quebec", "Revenu Quebec"),
    ("Régie de l'assurance maladie du Québec", "RAMQ", "Régie de l'assurance maladie", "Quebec Health Insurance Board"),
    ("Commission des normes, de l'équité, de la santé et de la sécurité du travail", "CNESST", "occupational health and safety board", "health and safety board"),
    ("Ministère des Ressources naturelles et des Forêts", "MRNF", "ministère des Ressources naturelles", "ministère des Forêts", "Ministry of Natural Resources and Forests", "Ministry of Natural Resources", "Natural Resources ministry"),
    ("Ministère des Transports et de la Mobilité durable", "MTMD", "MTQ", "ministère des Transports", "Transports Québec", "Ministry of Transport", "Ministry of Transportation", "Transport ministry", "Transportation ministry", "Department of Transportation"),
    ("Ministère de la Santé et des Services sociaux", "MSSS", "ministère de la Santé", "Health ministry", "Ministry of Health", "Ministry of Health and Social Services", "Department of Health"),
    ("Ministère de l'Éducation", "MEQ", "ministère de l'Éducation du Québec", "Ministry of Education", "Education ministry", "Department of Education"),
    ("Ministère de l'Enseignement supérieur", "MES", "Ministry of Higher Education", "Higher Education ministry"),
    ("Ministère de la Sécurité publique", "MSP", "Ministry of Public Security", "Public Security ministry"),
    ("Ministère des Affaires municipales et de l'Habitation", "MAMH", "ministère des Affaires municipales", "Ministry of Municipal Affairs and Housing", "Ministry of Municipal Affairs"),
    ("Ministère de l'Emploi et de la Solidarité sociale", "MESS", "ministère de l'Emploi", "Ministry of Employment and Social Solidarity"),
    ("Ministère de la Cybersécurité et du Numérique", "MCN", "ministère du Numérique", "Ministry of Cybersecurity and Digital Technology", "Ministry of Cybersecurity and Digital Affairs"),
    ("Ministère de la Culture et des Communications", "MCC", "ministère de la Culture", "Ministry of Culture and Communications", "Culture ministry"),
    ("Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs", "MELCCFP", "MELCC", "ministère de l'Environnement", "Ministry of the Environment", "Environment ministry"),
    ("Ministère de la Justice", "MJQ", "Ministry of Justice", "Justice ministry", "Department of Justice"),
    ("Ministère du Tourisme", "Ministry of Tourism", "Tourism ministry"),
    ("Ministère des Finances", "Ministry of Finance", "Finance ministry", "Department of Finance"),
    ("Ministère de la Famille", "Ministry of Families", "Ministry of Family"),
    ("Ministère du Travail", "Ministry of Labour", "Labour ministry"),
    ("Ministère de l'Agriculture, des Pêcheries et de l'Alimentation", "MAPAQ", "ministère de l'Agriculture", "Ministry of Agriculture"),
    ("Ministère de l'Économie, de l'Innovation et de l'Énergie", "MEIE", "ministère de l'Économie", "Ministry of the Economy"),
    ("Ministère de l'Immigration, de la Francisation et de l'Intégration", "MIFI", "ministère de l'Immigration", "Ministry of Immigration"),
    ("Secrétariat du Conseil du trésor", "SCT", "Conseil du trésor", "Treasury Board Secretariat", "Treasury Board"),
    ("Société de l'assurance automobile du Québec", "SAAQ", "Quebec Automobile Insurance Corporation"),
    ("Retraite Québec", "Retirement Quebec"),
    ("Sûreté du Québec", "SQ", "Quebec provincial police"),
    ("Hydro-Québec",),
    ("Loto-Québec",),
    ("Institut de la statistique du Québec", "ISQ", "Quebec Statistics Institute"),
    ("Régie du bâtiment du Québec", "RBQ"),
    ("Commission de la construction du Québec", "CCQ"),
    ("Tribunal administratif du logement", "TAL"),
    ("Centre hospitalier de l'Université de Montréal", "CHUM", "University of Montreal Hospital Centre", "University of Montreal hospital", "Université de Montréal hospital"),
    ("Centre hospitalier universitaire de Québec - Université Laval", "CHU de Québec", "CHU de Québec - Université Laval"),
    ("CHU Sainte-Justine", "Sainte-Justine", "hôpital Sainte-Justine", "Sainte-Justine Hospital"),
    ("Institut de cardiologie de Montréal", "ICM", "Montreal Heart Institute"),
    ("Institut universitaire de cardiologie et de pneumologie de Québec - Université Laval", "IUCPQ", "Institut universitaire de cardiologie et de pneumologie de Québec", "Quebec Heart and Lung Institute"),
    ("Centre intégré universitaire de santé et de services sociaux du Centre-Ouest-de-l'Île-de-Montréal", "CIUSSS du Centre-Ouest", "CIUSSS Centre-Ouest", "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal", "CIUSSS Centre-Ouest-de-l'Île-de-Montréal"),
    ("CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "CIUSSS du Centre-Sud", "CIUSSS Centre-Sud"),
    ("CIUSSS du Nord-de-l'Île-de-Montréal", "CIUSSS du Nord", "CIUSSS Nord-de-l'Île"),
    ("CIUSSS de l'Est-de-l'Île-de-Montréal", "CIUSSS de l'Est", "CIUSSS de l'Est-de-Montréal"),
    ("CIUSSS de l'Estrie - CHUS", "CHUS", "CIUSSS de l'Estrie"),
    ("Santé Québec", "Health Quebec"),
    ("Héma-Québec", "Hema-Quebec"),
    ("Institut national de santé publique du Québec", "INSPQ", "Quebec public health institute", "National Institute of Public Health of Quebec"),
    ("Institut national d'excellence en santé et en services sociaux", "INESSS"),
    ("Société québécoise d'information juridique", "SOQUIJ"),
    ("Directeur des poursuites criminelles et pénales", "DPCP", "Director of Criminal and Penal Prosecutions"),
    ("Tribunal administratif du Québec", "TAQ", "Administrative Tribunal of Québec"),
    ("Commission des transports du Québec", "CTQ", "Quebec Transport Commission"),
    ("Commissaire à la lutte contre la corruption", "UPAC", "Anti-Corruption Commissioner"),
    ("Bureau du coroner", "coroner", "Coroner's Office"),
    ("Curateur public", "Curateur public du Québec", "Public Curator"),
    ("Société des établissements de plein air du Québec", "Sépaq", "SEPAQ"),
    ("Bibliothèque et Archives nationales du Québec", "BAnQ", "Grande Bibliothèque", "National Library and Archives of Quebec"),
    ("Musée de la Civilisation", "Musée de la civilisation de Québec", "MCQ", "Museum of Civilization"),
    ("Société du Grand Théâtre de Québec", "Grand Théâtre de Québec", "Grand Théâtre"),
    ("Université Laval", "ULaval", "Laval University"),
    ("Université de Montréal", "UdeM", "U de M", "University of Montreal"),
    ("Université de Sherbrooke", "UdeS", "University of Sherbrooke"),
    ("Université du Québec", "UQ", "University of Quebec"),
    ("Université du Québec à Montréal", "UQAM"),
    ("École de technologie supérieure", "ÉTS", "ETS"),
    ("École des hautes études commerciales de Montréal", "HEC Montréal", "HEC", "École des HEC", "HEC Montreal",
     "HEC Montreal business school", "HEC Montréal business school"),
    ("Télé-université", "TÉLUQ", "Université TÉLUQ"),
    ("Polytechnique Montréal", "Polytechnique", "École Polytechnique", "Polytechnique de Montréal"),
    ("Institut national de la recherche scientifique", "INRS"),
    ("Collège Ahuntsic", "Cégep Ahuntsic", "Ahuntsic College"),
    ("Champlain Regional College", "Champlain College", "Collège Champlain"),
    ("John Abbott College", "Collège John-Abbott", "John Abbott"),
    ("Cégep régional de Lanaudière", "Cégep de Lanaudière"),
    ("Centre de services scolaire des Premières-Seigneuries", "CSS des Premières-Seigneuries"),
)  # fmt: skip

_SSS, _SSS_NET = "Santé et Services sociaux", "Santé et Services sociaux (Réseau)"
_EDU, _EDU_NET = "Éducation", "Éducation (Réseau)"
_ES, _ES_NET = "Enseignement supérieur", "Enseignement supérieur (Réseau)"

# Everyday words for portfolios (their FR and EN labels come from labels.PORTFOLIOS_EN).
# Key: the readings, preferred first (see the ambiguity policy above).
PORTFOLIO_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {
    (_SSS, _SSS_NET): ("santé", "health", "services sociaux", "social services"),
    (_SSS_NET,): (
        "réseau de la santé", "réseau de la santé et des services sociaux", "réseau de santé",
        "réseau santé", "RSSS", "santé (réseau)", "health network", "health care network",
        "healthcare network", "health and social services network", "hôpital", "hôpitaux",
        "hospital", "hospitals", "établissements de santé", "health institutions", "CISSS",
        "CIUSSS", "CISSS et CIUSSS",
    ),
    (_EDU, _EDU_NET): ("éducation", "education"),
    (_EDU_NET,): (
        "réseau de l'éducation", "réseau scolaire", "éducation (réseau)", "education network",
        "school network", "centres de services scolaires", "commissions scolaires", "écoles",
        "school service centres", "school service centers", "school boards", "schools",
    ),
    (_ES, _ES_NET): ("enseignement supérieur", "higher education"),
    (_ES_NET,): (
        "réseau de l'enseignement supérieur", "enseignement supérieur (réseau)", "cégeps et universités", "cégeps et les universités",
        "collèges et universités", "colleges and universities", "cegeps and universities",
        "universités et cégeps", "collèges et universités", "établissements d'enseignement supérieur",
        "higher education network", "colleges and universities", "universities and colleges",
        "higher education institutions",
    ),
    ("Transports et Mobilité durable",): ("transports", "transport", "transportation", "mobilité durable", "sustainable mobility"),
    ("Ressources naturelles et Forêts",): (
        "ressources naturelles", "natural resources", "portefeuille des forêts", "portefeuille des ressources naturelles",
        "forests portfolio", "natural resources and forests",
    ),
    ("Emploi et Solidarité sociale",): ("solidarité sociale", "social solidarity"),
    ("Affaires municipales et Habitation",): ("affaires municipales", "municipal affairs"),
    ("Sécurité publique",): ("public security",),
    ("Travail",): ("labor",),
    ("Agriculture, Pêcheries et Alimentation",): ("agriculture",),
}  # fmt: skip

# Everyday words for categories (labels.py's labels and aliases are added too); their plurals
# are generated ("agents conversationnels").
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "conversational_agent": (
        "chatbot", "chat bot", "agent conversationnel", "assistant conversationnel", "assistant virtuel",
        "agent virtuel", "robot conversationnel", "dialogueur", "conversational agent",
        "conversational assistant", "virtual assistant", "virtual agent", "conversational ai",
    ),
    "decision_support": (
        "prédiction", "prédictif", "prédictive", "prévision", "aide à la décision",
        "outil d'aide à la décision", "decision support", "decision-making support", "forecasting",
        "forecast", "prediction", "predictive",
    ),
    "image_processing": (
        "imagerie médicale", "traitement d'image", "analyse d'image", "vision par ordinateur",
        "reconnaissance d'image", "image processing", "medical imaging", "computer vision",
        "image recognition", "image analysis",
    ),
    "automation": ("automatisation", "automation", "RPA", "robotic process automation"),
    "geomatics": ("géomatique", "géospatial", "géospatiale", "géospatiaux", "géospatiales", "cartographie", "geomatics", "geospatial", "cartography"),
    "behaviour_analysis": (
        "analyse des sentiments", "analyse de sentiments", "analyse des comportements",
        "analyse comportementale", "sentiment analysis", "behaviour analysis", "behavior analysis",
        "behavioural analysis", "behavioral analysis",
    ),
    "user_experience": ("personnalisation", "expérience utilisateur", "user experience", "personalization", "personalisation", "UX"),
    "ai_assisted_learning": ("formation", "apprentissage", "training", "learning", "e-learning", "tutorat", "tutoring"),
    "laboratory_equipment": ("laboratoire", "équipement de laboratoire", "lab", "laboratory", "lab equipment", "laboratory equipment"),
    "connected_systems": (
        "objet connecté", "capteur", "internet des objets", "intelligence ambiante", "système connecté",
        "IoT", "internet of things", "ambient intelligence", "sensor", "connected object", "connected device",
    ),
}  # fmt: skip

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "in_production": (
        "en production", "en prod", "déployé", "déployée", "déployés", "déployées", "opérationnel",
        "opérationnelle", "opérationnels", "opérationnelles", "in production", "in prod", "deployed",
        "operational", "are live", "is live", "went live", "gone live", "now live",
        "en service", "en exploitation", "in service", "in use", "in operation",
        # "plus avancées à la SAAQ ou à la RAMQ ?": the furthest stage the register records
        "plus avancé", "plus avancée", "plus avancés", "plus avancées", "more advanced", "most advanced",
    ),
    "in_development": (
        "en développement", "en cours de développement", "en dév", "en dev", "en conception",
        "in development", "under development", "being developed", "en chantier", "en cours",
        "en élaboration", "en cours de réalisation", "being built", "in progress",
    ),
    "information_unavailable": (
        "information indisponible", "statut inconnu", "statut non disponible", "unknown status",
        "status unknown", "information unavailable", "pas de statut connu", "sans statut connu",
        "statut non connu", "no known status", "status not known", "unknown", "statut indisponible",
    ),
}  # fmt: skip

# Phrases that contain a filter word but are no filter: matched (so that their words are
# taken) and then dropped. "apprentissage automatique" is machine learning, not a category.
NOT_FILTERS: tuple[str, ...] = (
    "apprentissage automatique", "apprentissage machine", "apprentissage profond", "apprentissage supervisé",
    "apprentissage non supervisé", "apprentissage par renforcement", "machine learning", "deep learning",
    "reinforcement learning", "supervised learning", "unsupervised learning", "training data",
    "données d'apprentissage", "données d'entraînement", "développement durable", "en développement durable",
    "développement économique", "en développement économique", "développement régional",
    "en développement régional", "en production agricole", "en production animale", "en production végétale",
    "santé et sécurité du travail", "santé et sécurité au travail", "health and safety",
    "occupational health and safety", "laboratoire d'IA", "laboratoire d'intelligence artificielle",
    "laboratoire de recherche", "AI lab", "living lab",
)  # fmt: skip

# Everyday words that name a portfolio only when written with a capital, as the portfolio is:
# "accidents du travail", "médecin de famille", "transport scolaire" name no portfolio.
CAPITALISED = frozenset({"travail", "famille", "family", "labour", "labor", "transport"})
# Real words one edit away from an alias word: never "corrected" into it.
KNOWN_WORDS = frozenset("precision preventive information operation operations deployer".split())
# Places too common to stand for one body ("Université du Québec", "... de Montréal").
_PLACE_STOPWORDS = frozenset({"quebec", "montreal"})
_ARTICLE = r"(?:de la|de l|du|des|de|d|a)"
_PLACE = re.compile(
    rf"^(?:cisss|ciusss|crsss|css|cegep(?: regional)?|college|universite|chu|centre de services scolaire)"
    rf" (?:{_ARTICLE} )?(.+)$"
)
_MINISTRY = re.compile(rf"^ministere {_ARTICLE} (.+)$")
_CONTRACTIONS = (
    ("centre integre universitaire de sante et de services sociaux", "ciusss"),
    ("centre integre de sante et de services sociaux", "cisss"),
    ("centre de services scolaire", "css"),
)
_MIN_FUZZY = 5  # shortest word we try to correct
_MAX_CORRECTIONS = 50_000  # typo-correction cache entries kept (about 20 MB at most)
_SHORT_ACRONYM = 3  # acronyms this short count only in capitals


# --- folding --------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character folded as labels.normalise does: ascii letters/digits, "" = separator."""
    folded = normalise(ch)
    return folded if folded.isascii() and folded.isalnum() else ""


def _words(text: str) -> list[tuple[str, int, int]]:
    """Folded words of `text` with their (start, end) in the original text."""
    words: list[tuple[str, int, int]] = []
    current, start = "", 0
    for i, ch in enumerate(text):
        if unicodedata.combining(ch):  # a decomposed accent belongs to the word it follows
            continue
        if folded := _fold_char(ch):
            start = start if current else i
            current += folded
        elif current:
            words.append((current, start, i))
            current = ""
    if current:
        words.append((current, start, len(text)))
    return words


def _key(text: str) -> str:
    """The matching key of an alias: "Traitement d’image" -> "traitement d image"."""
    return " ".join(w for w, _, _ in _words(text))


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _is_acronym(alias: str) -> bool:
    """RAMQ, UdeM, ÉTS, BAnQ, IoT: one word, no hyphen, two capitals or more."""
    return " " not in alias and "-" not in alias and sum(c.isupper() for c in alias) >= 2


def _plural(word: str) -> str:
    if len(word) < 4 or word[-1] in "sx":
        return word
    return word[:-1] + "ies" if word[-1] == "y" else word + "s"


def _plurals(phrase: str) -> set[str]:
    """The phrase's key, with its last word in the plural (English: "conversational agents"),
    and with all its words of 4+ letters in the plural (French: "agents conversationnels")."""
    key = _key(phrase)
    *head, last = key.split()
    return {key, " ".join([*head, _plural(last)]), " ".join(_plural(w) for w in key.split())}


def _name_keys(body: str) -> set[str]:
    """Keys a register body is known by: full name, without "(ACRONYM)", before " - ",
    CIUSSS/CISSS/CSS spelled short or long, and without the article after them."""
    variants = {body, re.sub(r"\s*\([^()]*\)\s*$", "", body), body.split(" - ")[0]}
    keys = {_key(v) for v in variants if v.strip()}
    for key in list(keys):
        for long, short in _CONTRACTIONS:
            keys.add(key.replace(long, short))
            if key.startswith(short + " "):
                keys.add(long + key[len(short) :])
    for key in list(keys):
        if m := re.match(rf"^(cisss|ciusss|crsss|css|cegep) {_ARTICLE} (.+)$", key):
            keys.add(f"{m[1]} {m[2]}")
        elif key.startswith("cegep "):  # "Cégep Beauce-Appalaches" is also "Cégep de ..."
            keys.add("cegep de" + key[5:])
    return keys


# --- the resolver ---------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A filter value named in a question (see the module docstring for the policies)."""

    field: str  # "body" | "portfolio" | "category" | "status"
    value: str  # canonical: the register's French text (body/portfolio) or a label key
    start: int  # span of `surface` in the original question
    end: int
    surface: str
    score: float  # 100 = exact alias; lower = matched through a typo correction
    in_register: bool  # False: a real body/portfolio with no row in this register (SAAQ)
    alternatives: tuple[str, ...] = ()  # other readings of the same words, most likely first


@dataclass(frozen=True)
class _Reading:
    """One thing an alias may mean."""

    field: str  # "" = no filter (NOT_FILTERS)
    value: str
    in_register: bool
    caps: str = ""  # when set: the alias counts only spelled so (accents aside) or in capitals
    weak: bool = False  # derived alias: never overrides an explicit one
    rows: int = 0  # the body's rows: ranks ambiguous body readings


class EntityResolver:
    """Alias tables built once per register (~20 ms); `mentions` then takes well under 1 ms."""

    def __init__(self, register: Any) -> None:
        df = register.df
        self._body_rows: dict[str, int] = df["body"].value_counts().to_dict()
        self._portfolios_in = set(df["portfolio"].dropna()) - {""}
        self._portfolio_rows: dict[str, int] = df["portfolio"].value_counts().to_dict()
        self._labels_in = set(df["category_key"]) | set(df["status_key"])
        self._mapping = getattr(register, "mapping", None)
        self._register_aliases = getattr(register, "aliases", {}) or {}
        # Québec's own knowledge (its portfolios, well-known bodies such as the SAAQ, everyday
        # words for its labels) only applies to Québec's register.
        self._quebec = self._mapping is None or self._mapping.columns is None
        self._table: dict[str, list[_Reading]] = {}  # key -> readings, preferred first
        self._acronyms: set[str] = set()  # words never used as typo targets (CNESST, CHUM)
        self._add_labels()
        self._add_portfolios()
        for key, reading in self._add_bodies():  # derived aliases: only where nothing else is
            if all(r.weak for r in self._table.get(key, [])):
                self._add(key, reading, {key})
        for readings in self._table.values():
            readings.sort(key=lambda r: (r.weak, not r.in_register, -r.rows))  # stable
        self._prefixes = {k.rsplit(" ", n)[0] for k in self._table for n in range(k.count(" ") + 1)}
        self._max_words = max(k.count(" ") + 1 for k in self._table)
        alias_words = {w for k in self._table for w in k.split()}
        self._targets: dict[str, list[str]] = {}  # initial -> alias words a typo may stand for
        for word in sorted(alias_words - self._acronyms):
            if len(word) >= _MIN_FUZZY:
                self._targets.setdefault(word[0], []).append(word)
        text = " ".join(df["name"].astype(str)) + " " + " ".join(df["benefits"].astype(str))
        self._vocabulary = alias_words | set(_key(text).split()) | KNOWN_WORDS
        self._corrections: dict[str, list[tuple[str, int]]] = {}

    @property
    def vocabulary(self) -> frozenset[str]:
        """Folded words of the aliases and of the register's names and benefits: real words,
        which typo fixes leave alone."""
        return frozenset(self._vocabulary)

    def bodies(self) -> list[str]:
        """The register's public bodies (canonical spelling), alphabetical."""
        return sorted(self._body_rows, key=normalise)

    def portfolios(self) -> list[str]:
        """The register's portfolios (canonical spelling), alphabetical."""
        return sorted(self._portfolios_in, key=normalise)

    # building ------------------------------------------------------------------------

    def _add(self, alias: str, reading: _Reading, keys: set[str] | None = None) -> None:
        """Register `alias` (or the given keys) as a way to say `reading`."""
        if _is_acronym(alias) and len(alias) <= _SHORT_ACRONYM:
            reading = replace(reading, caps=_unaccent(alias))
        elif _key(alias) in CAPITALISED:
            reading = replace(reading, caps=_key(alias).capitalize())
        self._acronyms.update(_key(w) for w in re.split(r"[\s-]+", alias) if _is_acronym(w))
        for key in keys or {_key(alias)}:
            readings = self._table.setdefault(key, [])
            if all((r.field, r.value) != (reading.field, reading.value) for r in readings):
                readings.append(reading)

    def _add_labels(self) -> None:
        tables = (("category", CATEGORY_WORDS), ("status", STATUS_WORDS))
        for field, words in tables:
            labels = (CATEGORIES if field == "category" else STATUSES) if self._quebec else self._mapping.labels(field)
            words = words if self._quebec else {}
            for label in labels:
                reading = _Reading(field, label.key, label.key in self._labels_in)
                for alias in (label.key, label.fr, label.en, *label.aliases):
                    self._add(alias, reading)
                for alias in words.get(label.key, ()):
                    plural = field == "category" and not _is_acronym(alias)
                    self._add(alias, reading, _plurals(alias) if plural else None)
        for phrase in NOT_FILTERS:
            self._add(phrase, _Reading("", "", False), _plurals(phrase))

    def _add_portfolios(self) -> None:
        if not self._quebec:
            # Readings carry their row counts: "HHS" is both an agency (271 rows) and, inside it,
            # a bureau of that name (15 rows); the larger reading is preferred.
            aliases = self._register_aliases.get("portfolio", {})
            sizes = self._portfolio_rows
            for value in self._portfolios_in:
                for alias in (value, *aliases.get(value, ())):
                    self._add(alias, _Reading("portfolio", value, True, rows=sizes.get(value, 0)))
            return
        names = {canonical_portfolio(p): p for p in (*PORTFOLIOS_EN, *self._portfolios_in)}
        for value in names:
            for alias in (value, PORTFOLIOS_EN.get(value)):
                if alias:
                    self._add(alias, _Reading("portfolio", value, value in self._portfolios_in))
        for values, words in PORTFOLIO_WORDS.items():
            for alias in words:
                for value in values:
                    self._add(alias, _Reading("portfolio", value, value in self._portfolios_in))

    def _add_bodies(self) -> list[tuple[str, _Reading]]:
        """The register's bodies under their names' variants, then KNOWN_BODIES (linked to the
        register's spelling when a name matches). Returns the derived (weak) aliases."""
        names = {body: _name_keys(body) for body in self._body_rows}
        weak: list[tuple[str, _Reading]] = []
        for body, keys in names.items():
            reading = _Reading("body", body, True, rows=self._body_rows[body])
            self._add(body, reading, keys)
            for alias in self._register_aliases.get("body", {}).get(body, ()):
                self._add(alias, reading)
            if (acronym := re.search(r"\(([^()]+)\)\s*$", body)) and _is_acronym(acronym[1]):
                self._add(acronym[1], reading)
            # "VHA: Veterans Health Administration" (the US inventory): both halves name it.
            if (parts := re.fullmatch(r"([A-Z][A-Za-z&]{1,9}):\s*([^;:]+)", body)) and _is_acronym(parts[1]):
                self._add(parts[1], reading)
                self._add(parts[2].strip(), reading)
            derived = {m[1] for k in keys if (m := _MINISTRY.match(k) or _PLACE.match(k))}
            derived = {d for d in derived if d.split()[0] not in _PLACE_STOPWORDS}
            weak += [(k, replace(reading, weak=True)) for k in derived]
        for known in KNOWN_BODIES if self._quebec else ():
            keys = {_key(n) for n in known}
            body = next((b for b, k in names.items() if k & keys), None)
            reading = _Reading(
                "body", body or known[0], body is not None, rows=self._body_rows.get(body, 0)
            )
            for alias in known:
                self._add(alias, reading)
        return weak

    # resolving -----------------------------------------------------------------------

    def mentions(self, question: str) -> list[Mention]:
        """Filter values the question names: non-overlapping, longest first, sorted by start."""
        words = _words(question)
        spellings = [self._spellings(w) for w, _, _ in words]
        candidates = []  # (words, score, first, last, readings)
        for i in range(len(words)):
            partial = [("", 0)]  # (key so far, edits so far): a typo may have two readings
            for j in range(i, min(len(words), i + self._max_words)):
                partial = [
                    (k, edits + e)
                    for key, edits in partial
                    for w, e in spellings[j]
                    if (k := f"{key} {w}" if key else w) in self._prefixes
                ]
                if not partial:
                    break
                surface = question[words[i][1] : words[j][2]]
                for key, edits in partial:
                    readings = [r for r in self._table.get(key, ()) if _caps_ok(r, surface)]
                    if readings:
                        typed = " ".join(w for w, _, _ in words[i : j + 1])
                        score = round(fuzz.ratio(typed, key), 1) if edits else 100.0
                        candidates.append((j + 1 - i, score, i, j, readings))
        taken: set[int] = set()
        found = []
        for _, score, i, j, readings in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
            if taken.isdisjoint(range(i, j + 1)):
                taken.update(range(i, j + 1))
                if readings[0].field:  # NOT_FILTERS take their words and give nothing
                    found.append(_mention(question, words[i][1], words[j][2], score, readings))
        return sorted(found, key=lambda m: m.start)

    def _spellings(self, word: str) -> list[tuple[str, int]]:
        """`word` itself, or the alias words it may be a typo of, with their number of edits."""
        if len(word) < _MIN_FUZZY or word in self._vocabulary:
            return [(word, 0)]
        cached = self._corrections.get(word)  # one read: another thread may clear the cache
        if cached is not None:
            return cached
        near = process.extract(
            word, self._targets.get(word[0], []), scorer=Levenshtein.distance, score_cutoff=2, limit=None
        )  # fmt: skip
        fits = [(t, e) for t, e, _ in near if _typo_ok(word, t, e)]
        least = min((e for _, e in fits), default=0)
        found = [(t, e) for t, e in fits if e == least] or [(word, 0)]
        if len(self._corrections) >= _MAX_CORRECTIONS:  # unknown words are unbounded: a hostile
            self._corrections.clear()  # client must not grow this cache forever
        self._corrections[word] = found
        return found


def _typo_ok(word: str, target: str, edits: int) -> bool:
    """1 edit (2 between words of 12+ letters), and one of the two words has 6+ letters."""
    short, long = sorted((len(word), len(target)))
    return edits <= (2 if short >= 12 else 1) and long >= 6


def _caps_ok(reading: _Reading, surface: str) -> bool:
    """Short acronyms and CAPITALISED words count only spelled as declared or in capitals."""
    if not reading.caps:
        return True
    plain = _unaccent(surface)
    return plain == reading.caps or (plain.isupper() and plain.isalpha())


def _mention(
    question: str, start: int, end: int, score: float, readings: list[_Reading]
) -> Mention:
    """The Mention of the preferred reading; a "(Réseau" span takes its closing parenthesis."""
    close = re.match(r"\s*\)", question[end:])
    if close and question.count("(", start, end) > question.count(")", start, end):
        end += close.end()
    best = readings[0]
    others = tuple(dict.fromkeys(r.value for r in readings[1:] if r.field == best.field))
    return Mention(
        best.field, best.value, start, end, question[start:end], score, best.in_register, others
    )
