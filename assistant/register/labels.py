"""Canonical labels of the register, in French and English, with definitions and matching.

The official files spell the same category several ways (2024 vs 2025 labels, the data
dictionary's spaces around "/" and other dashes, the English catalogue mirrors' wordings).
Everything downstream (filters, counts, citations, answers) works on one canonical label per
language, so every spelling we have seen is declared here once, as an alias of its label.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """One category, status or field: a stable key, both languages' labels and definitions.

    `aliases` are the other spellings that must find this label (earlier files, English
    mirrors, data-dictionary typography); `fr` and `en` are what we display.
    """

    key: str
    fr: str
    en: str
    definition_fr: str
    definition_en: str
    aliases: tuple[str, ...] = ()

    def text(self, lang: str) -> str:
        """The label in `lang` ("fr" or "en"; regional tags such as "fr-CA" are accepted)."""
        return self.fr if _lang(lang) == "fr" else self.en

    def definition(self, lang: str) -> str:
        """The one-sentence definition in `lang`."""
        return self.definition_fr if _lang(lang) == "fr" else self.definition_en


def _lang(lang: str) -> str:
    base = lang.split("-")[0].split("_")[0].lower()
    if base not in ("fr", "en"):
        raise ValueError(f"unsupported language {lang!r}: use 'fr' or 'en'")
    return base


CATEGORIES: tuple[Label, ...] = (
    Label(
        "decision_support",
        "Aide à la décision, planification et/ou prédiction",
        "Decision support, planning and/or prediction",
        "Système d'IA utilisé principalement comme outil d'aide à la décision, à la "
        "planification ou pour faire des prédictions.",
        "AI system used primarily as a tool to support decisions or planning, or to make "
        "predictions.",
        (
            "Decision Support, Planning, and/or Prediction",
            "Decision support, planning or prediction",
            "Aide à la décision, planification ou prédiction",
            "Aide à la décision, à la planification et/ou à la prédiction",
        ),
    ),
    Label(
        "behaviour_analysis",
        "Analyse des comportements/sentiments",
        "Behaviour/sentiment analysis",
        "Système d'IA utilisé principalement pour analyser des comportements ou les "
        "sentiments exprimés, par exemple dans des commentaires ou des interactions.",
        "AI system used primarily to analyse behaviour or the sentiments people express, "
        "for example in comments or interactions.",
        (
            "Behavior/Feeling Analysis",
            "Behaviour/Feeling Analysis",
            "Behavior/Sentiment Analysis",
            "Analyse de comportements/sentiments",
            "Analyse des comportements et des sentiments",
        ),
    ),
    Label(
        "conversational_agent",
        "Assistant/agent conversationnel",
        "Assistant/conversational agent",
        "Système d'IA qui communique en langage naturel, utilisé principalement pour aider "
        "une personne à accomplir des tâches précises ou pour soutenir une conversation avec "
        "elle.",
        "AI system that communicates in natural language, used primarily to help a person "
        "with specific tasks or to hold a conversation with them.",
        (
            "Assistant/Conversational Agent",
            "Conversational Assistant/Agent",
            "Assistant/agent conversationnel (chatbot)",
            "Agent/assistant conversationnel",
        ),
    ),
    Label(
        "automation",
        "Automatisation",
        "Automation",
        "Système d'IA utilisé principalement pour automatiser des tâches ou des processus "
        "définis et ciblés.",
        "AI system used primarily to automate defined, targeted tasks or processes.",
        ("Automatisation des tâches et/ou des processus", "Task and/or process automation"),
    ),
    Label(
        "user_experience",
        "Expérience utilisateur - Personnalisation",
        "User experience - Personalization",
        "Système d'IA utilisé principalement pour améliorer l'expérience des utilisateurs "
        "d'une plateforme ou d'un site Web, par exemple en facilitant la recherche ou en "
        "personnalisant le contenu.",
        "AI system used primarily to improve the experience of users of a platform or "
        "website, for example by making search easier or personalising content.",
        (
            "User Experience - Personalisation",
            "Expérience utilisateur-Personnalisation",
            "Expérience utilisateur/Personnalisation",
            "Expérience utilisateur et personnalisation",
        ),
    ),
    Label(
        "ai_assisted_learning",
        "Formation et apprentissage assisté par l'IA",
        "AI-assisted training and learning",
        "Système d'IA utilisé principalement pour soutenir la formation, l'enseignement ou "
        "l'apprentissage, par exemple avec des rétroactions ou des parcours adaptés à la "
        "personne.",
        "AI system used primarily to support training, teaching or learning, for example "
        "with feedback or learning paths adapted to each person.",
        (
            "Formation et apprentissage assistés par l'IA",
            "Formation et apprentissage assisté par IA",
            "AI Assisted Training and Learning",
        ),
    ),
    Label(
        "geomatics",
        "Gestion géomatique et géospatiale",
        "Geomatics and geospatial management",
        "Système d'IA utilisé principalement pour produire, analyser ou gérer des données "
        "géographiques, comme des cartes, des images aériennes ou satellitaires et des "
        "relevés du territoire.",
        "AI system used primarily to produce, analyse or manage geographic data such as "
        "maps, aerial or satellite imagery and land surveys.",
        ("Gestion géomatique et géospatiale (SIG)", "Geomatic and geospatial management"),
    ),
    Label(
        "laboratory_equipment",
        "Laboratoire et équipement",
        "Laboratory and equipment",
        "Système d'IA intégré principalement à des équipements ou à des processus de "
        "laboratoire, par exemple pour analyser des échantillons ou piloter des appareils.",
        "AI system built primarily into laboratory equipment or processes, for example to "
        "analyse samples or operate instruments.",
        ("Laboratoire et équipements", "Laboratory and Equipments"),
    ),
    Label(
        "connected_systems",
        "Système électronique connecté et intelligence ambiante",
        "Connected electronic system and ambient intelligence",
        "Système d'IA intégré principalement à des objets, à des capteurs ou à des "
        "environnements connectés qui perçoivent leur milieu et y réagissent.",
        "AI system built primarily into connected objects, sensors or environments that "
        "sense their surroundings and respond to them.",
        (
            "Connected Electronic Systems and Ambient Intelligence",
            "Systèmes électroniques connectés et intelligence ambiante",
        ),
    ),
    Label(
        "image_processing",
        "Traitement d'image/Imagerie médicale",
        "Image processing/medical imaging",
        "Système d'IA utilisé principalement pour analyser ou traiter des images ou des "
        "vidéos, y compris des images médicales.",
        "AI system used primarily to analyse or process images or video, including medical images.",
        (
            "Traitement d'image",
            "Traitement d'images",
            "Traitement d'images/Imagerie médicale",
            "Imagerie médicale",
            "Image Processing",
            "Image processing/Medical Imaging",
        ),
    ),
)

STATUSES: tuple[Label, ...] = (
    Label(
        "in_development",
        "Développement de la solution",
        "Solution development",
        "La solution d'IA est en cours de conception, de développement ou d'essai et n'est "
        "pas encore utilisée dans les activités courantes de l'organisme.",
        "The AI solution is being designed, built or tested and is not yet used in the "
        "public body's day-to-day operations.",
        ("Solution in development", "Development of the solution", "En développement"),
    ),
    Label(
        "in_production",
        "Solution en production",
        "Solution in production",
        "La solution d'IA est déployée et utilisée dans les activités courantes de l'organisme.",
        "The AI solution is deployed and used in the public body's day-to-day operations.",
        ("Solution in Production", "En production", "In production"),
    ),
    Label(
        "information_unavailable",
        "Information indisponible",
        "Information unavailable",
        "L'organisme n'a pas fourni l'état d'avancement de la solution lors de la collecte.",
        "The public body did not report the solution's stage when the data was collected.",
        ("Information non disponible", "Information not available", "Non disponible"),
    ),
)

# The six fields of a register: key = role, fr = the official file's header, en = English
# header; aliases = other header spellings (data dictionary, earlier files, English mirrors).
FIELD_LABELS: tuple[Label, ...] = (
    Label(
        "name",
        "Nom de l'actif informationnel, du projet ou de l'initiative en IA",
        "Name of the IT asset, project or AI initiative",
        "Nom que l'organisme donne à son actif informationnel, à son projet ou à son "
        "initiative qui fait appel à l'IA.",
        "Name the public body gives to its IT asset, project or initiative that uses AI.",
        (
            "Nom de l'actif informationnel / projet / initiative en IA",
            "Nom de l'actif informationnel, projet ou initiative en IA",
            "Nom de l'initiative",
            "Nom de l'initiative en IA",
            "Nom du projet",
            "Nom",
            "Name",
            "Initiative name",
        ),
    ),
    Label(
        "category",
        "Catégorie",
        "Category",
        "Type d'utilisation de l'IA, parmi les dix catégories du portrait.",
        "Kind of AI use, among the register's ten categories.",
        ("Catégorie d'IA", "Catégorie de l'IA", "AI category"),
    ),
    Label(
        "body",
        "Organisme public responsable",
        "Responsible public body",
        "Ministère, organisme ou établissement public qui a déclaré l'initiative.",
        "Department, agency or public institution that reported the initiative.",
        ("Organisme public", "Organisme", "Organisme responsable", "Public body"),
    ),
    Label(
        "portfolio",
        "Portefeuille ministériel",
        "Ministerial portfolio",
        "Portefeuille ministériel auquel l'organisme est rattaché; « (Réseau) » désigne les "
        "établissements du réseau, comme les hôpitaux, les cégeps et les universités.",
        'Ministerial portfolio the public body belongs to; "(Network)" marks network '
        "institutions such as hospitals, colleges and universities.",
        ("Portefeuille", "Portefeuille ministériel de l'organisme", "Portfolio"),
    ),
    Label(
        "benefits",
        "Bénéfices associés",
        "Associated benefits",
        "Bénéfices que l'organisme attend de l'initiative, décrits librement.",
        "Benefits the public body expects from the initiative, in its own words.",
        ("Bénéfices", "Bénéfices attendus", "Benefits", "Expected benefits"),
    ),
    Label(
        "status",
        "Statut",
        "Status",
        "État d'avancement de la solution au moment de la collecte.",
        "Stage the solution had reached when the data was collected.",
        ("Statut de la solution", "Solution status"),
    ),
)

# Canonical FR portfolio (2025 spelling) -> EN. 2025 marks network bodies with "(Réseau)";
# 2024 filed them under the plain portfolio, so the two spellings stay distinct labels.
PORTFOLIOS_EN: dict[str, str] = {
    "Affaires municipales et Habitation": "Municipal Affairs and Housing",
    "Agriculture, Pêcheries et Alimentation": "Agriculture, Fisheries and Food",
    "Conseil du trésor et Administration gouvernementale": (
        "Treasury Board and Government Administration"
    ),
    "Culture et Communications": "Culture and Communications",
    "Cybersécurité et Numérique": "Cybersecurity and Digital",
    "Emploi et Solidarité sociale": "Employment and Social Solidarity",
    "Enseignement supérieur": "Higher Education",
    "Enseignement supérieur (Réseau)": "Higher Education (Network)",
    "Environnement, Lutte contre les changements climatiques, Faune et Parcs": (
        "Environment, Climate Change, Wildlife and Parks"
    ),
    "Famille": "Family",
    "Finances": "Finance",
    "Justice": "Justice",
    "Ressources naturelles et Forêts": "Natural Resources and Forests",
    "Santé et Services sociaux": "Health and Social Services",
    "Santé et Services sociaux (Réseau)": "Health and Social Services (Network)",
    "Sécurité publique": "Public Safety",
    "Tourisme": "Tourism",
    "Transports et Mobilité durable": "Transportation and Sustainable Mobility",
    "Travail": "Labour",
    "Éducation": "Education",
    "Éducation (Réseau)": "Education (Network)",
}

# Typographic variants that real exports mix freely; mapped before accents are stripped.
_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u00b4\u0060\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb\u2033", '"'),
        "\u0153": "oe",
        "\u0152": "oe",
        "\u00e6": "ae",
        "\u00c6": "ae",
    }
)


def normalise(text: str) -> str:
    """Matching key of `text`: no accents, casefolded, one dash and quote style, tidy spaces.

    "Traitement d’image / Imagerie  médicale " and "traitement d'image/imagerie medicale"
    give the same key. Use it for comparisons only, never for display.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text).translate(_TYPOGRAPHY))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    return re.sub(r" ?/ ?", "/", text).strip()


def _lookup(labels: tuple[Label, ...]) -> dict[str, Label]:
    """Normalised spelling -> label; fails loudly if two labels claim the same spelling."""
    table: dict[str, Label] = {}
    for label in labels:
        for spelling in (label.key, label.fr, label.en, *label.aliases):
            key = normalise(spelling)
            if table.setdefault(key, label) is not label:
                raise ValueError(f"spelling {spelling!r} is claimed by two labels")
    return table


_CATEGORY_BY_TEXT = _lookup(CATEGORIES)
_STATUS_BY_TEXT = _lookup(STATUSES)
_FIELD_BY_TEXT = _lookup(FIELD_LABELS)


def find_category(text: str) -> Label | None:
    """The category whose key, FR or EN label or alias matches `text` (normalised), or None."""
    return _CATEGORY_BY_TEXT.get(normalise(text))


def find_status(text: str) -> Label | None:
    """The status whose key, FR or EN label or alias matches `text` (normalised), or None."""
    return _STATUS_BY_TEXT.get(normalise(text))


def find_field(header: str) -> Label | None:
    """The field (role) a column header stands for, or None for columns we do not use."""
    return _FIELD_BY_TEXT.get(normalise(header).rstrip(" :*"))


def _portfolio_key(text: str) -> str:
    # "Santé et services sociaux(réseau )" -> "sante et services sociaux (reseau)"
    key = normalise(text)
    key = re.sub(r" ?\( ?", " (", key)
    return re.sub(r" ?\)", ")", key).strip()


_PORTFOLIO_BY_KEY: dict[str, str] = {
    _portfolio_key(spelling): fr for fr, en in PORTFOLIOS_EN.items() for spelling in (fr, en)
}


def canonical_portfolio(text: str) -> str:
    """The canonical FR spelling of a portfolio (FR or EN, any accents/case/spacing).

    Unknown portfolios come back stripped, with inner spaces collapsed, rather than
    rejected: the list of portfolios changes with each government.
    """
    tidy = " ".join(str(text or "").split())
    return _PORTFOLIO_BY_KEY.get(_portfolio_key(tidy), tidy)


def portfolio_en(fr: str) -> str:
    """English name of a portfolio; the (tidied) French text when we have no translation."""
    canonical = canonical_portfolio(fr)
    return PORTFOLIOS_EN.get(canonical, canonical)


# Label key -> label, for every register loaded in this process (Québec's from the start; a
# mapping's when a register is loaded through it), so a plan's keys can be shown in either
# language wherever they travel. Keys are unique across mappings: a clash fails loudly.
_KNOWN: dict[tuple[str, str], Label] = {
    **{("category", label.key): label for label in CATEGORIES},
    **{("status", label.key): label for label in STATUSES},
}


def remember_labels(role: str, labels: tuple[Label, ...]) -> None:
    """Makes `labels` (a mapping's categories or statuses) known to `label_for`."""
    for label in labels:
        known = _KNOWN.setdefault((role, label.key), label)
        if known != label:
            raise ValueError(
                f"the {role} key {label.key!r} means {known.fr!r}/{known.en!r} in one mapping and "
                f"{label.fr!r}/{label.en!r} in another: rename one of the keys"
            )


def label_for(role: str, key: str) -> Label | None:
    """The category or status label with this key, from any register loaded so far."""
    return _KNOWN.get((role, key))
