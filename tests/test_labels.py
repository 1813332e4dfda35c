"""Canonical labels FR/EN: every spelling the files use finds its one label, through the
register's mapping (Québec's: assistant/register/mappings/quebec.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.register.files import role_of
from assistant.register.labels import normalise
from assistant.register.mapping import MappingError, load_mapping, parse_mapping

QUEBEC = load_mapping("quebec")
CATEGORIES, STATUSES = QUEBEC.categories, QUEBEC.statuses


def find_category(text):
    return QUEBEC.find_label("category", text)


def find_status(text):
    return QUEBEC.find_label("status", text)

# The 2025 file's labels and their English labels (GUIDE §2, aggregates JSON).
CATEGORY_FR_EN = {
    "Aide à la décision, planification et/ou prédiction": "Decision support, planning and/or prediction",
    "Analyse des comportements/sentiments": "Behaviour/sentiment analysis",
    "Assistant/agent conversationnel": "Assistant/conversational agent",
    "Automatisation": "Automation",
    "Expérience utilisateur - Personnalisation": "User experience - Personalization",
    "Formation et apprentissage assisté par l'IA": "AI-assisted training and learning",
    "Gestion géomatique et géospatiale": "Geomatics and geospatial management",
    "Laboratoire et équipement": "Laboratory and equipment",
    "Système électronique connecté et intelligence ambiante": "Connected electronic system and ambient intelligence",
    "Traitement d'image/Imagerie médicale": "Image processing/medical imaging",
}
STATUS_FR_EN = {
    "Développement de la solution": "Solution development",
    "Solution en production": "Solution in production",
    "Information indisponible": "Information unavailable",
}


def test_categories_and_statuses_are_the_2025_labels_with_english_labels():
    assert {c.fr: c.en for c in CATEGORIES} == CATEGORY_FR_EN
    assert {s.fr: s.en for s in STATUSES} == STATUS_FR_EN


def test_keys_are_unique_ascii_identifiers():
    keys = [lb.key for lb in (*CATEGORIES, *STATUSES)]
    assert len(set(keys)) == len(keys) == 13
    assert all(k.isascii() and k.isidentifier() and k == k.lower() for k in keys)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Traitement d’image / Imagerie  médicale ", "traitement d'image/imagerie medicale"),
        ("Expérience utilisateur – Personnalisation", "experience utilisateur - personnalisation"),
        ("Expérience utilisateur — Personnalisation", "experience utilisateur - personnalisation"),
        ("  ÉDUCATION\u00a0(Réseau)\t", "education (reseau)"),
        (
            "Aide à la décision, planification et / ou prédiction",
            "aide a la decision, planification et/ou prediction",
        ),
        ("Œuvre « Repère »", 'oeuvre " repere "'),
        ("", ""),
    ],
)
def test_normalise_strips_accents_case_dashes_quotes_and_spaces(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        # 2025 file, odd case and spacing
        ("Assistant/agent conversationnel", "conversational_agent"),
        ("  assistant/AGENT conversationnel  ", "conversational_agent"),
        ("Assistant / agent conversationnel", "conversational_agent"),
        ("Systeme electronique connecte et intelligence ambiante", "connected_systems"),
        # 2024 file
        ("Traitement d'image", "image_processing"),
        ("Traitement d’image", "image_processing"),
        # data dictionary: spaces around "/" and other dashes
        ("Traitement d'image / Imagerie médicale", "image_processing"),
        ("Analyse des comportements / sentiments", "behaviour_analysis"),
        ("Expérience utilisateur – Personnalisation", "user_experience"),
        ("Expérience utilisateur — Personnalisation", "user_experience"),
        ("Aide à la décision, planification et / ou prédiction", "decision_support"),
        # English catalogue mirrors
        ("Decision Support, Planning, and/or Prediction", "decision_support"),
        ("Decision Support, Planning and/or Prediction", "decision_support"),
        ("Behavior/Feeling Analysis", "behaviour_analysis"),
        ("Behavior/Sentiment Analysis", "behaviour_analysis"),
        ("Assistant/Conversational Agent", "conversational_agent"),
        ("Conversational Assistant/Agent", "conversational_agent"),
        ("Automation", "automation"),
        ("User Experience - Personalization", "user_experience"),
        ("AI-Assisted Training and Learning", "ai_assisted_learning"),
        ("Geomatics and Geospatial Management", "geomatics"),
        ("Laboratory and Equipment", "laboratory_equipment"),
        ("Connected Electronic Systems and Ambient Intelligence", "connected_systems"),
        ("Image Processing/Medical Imaging", "image_processing"),
        # the key itself
        ("conversational_agent", "conversational_agent"),
    ],
)
def test_find_category_accepts_every_known_spelling(spelling, key):
    label = find_category(spelling)
    assert label is not None and label.key == key


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("Solution en production", "in_production"),
        ("  solution EN production ", "in_production"),
        ("Solution in Production", "in_production"),
        ("Développement de la solution", "in_development"),
        ("Developpement de la solution", "in_development"),
        ("Solution Development", "in_development"),
        ("Information indisponible", "information_unavailable"),
        ("Information non disponible", "information_unavailable"),
        ("Information Unavailable", "information_unavailable"),
    ],
)
def test_find_status_accepts_2024_2025_and_english_spellings(spelling, key):
    label = find_status(spelling)
    assert label is not None and label.key == key


@pytest.mark.parametrize(
    "text", ["", "Robotique", "Automatisation avancée", "Solution en production"]
)
def test_find_category_returns_none_for_anything_else(text):
    assert find_category(text) is None


def test_find_status_returns_none_for_a_category():
    assert find_status("Automatisation") is None


@pytest.mark.parametrize("label", [*CATEGORIES, *STATUSES], ids=lambda lb: lb.key)
def test_every_alias_finds_its_own_label(label):
    find = find_category if label in CATEGORIES else find_status
    for spelling in (label.key, label.fr, label.en, *label.aliases):
        assert find(spelling) is label, spelling


def test_two_labels_claiming_one_spelling_fail_when_the_mapping_loads():
    data = {
        "columns": {"name": "Nom", "category": "Catégorie"},
        "categories": {
            "a": {"fr": "Même", "en": "Same"},
            "b": {"fr": "Autre", "en": "Other", "aliases": ["meme"]},
        },
    }
    with pytest.raises(MappingError, match="mine.toml: the category spelling 'meme' is claimed by two labels"):
        parse_mapping(data, Path("mine.toml"))


@pytest.mark.parametrize("label", [*CATEGORIES, *STATUSES], ids=lambda lb: lb.key)
def test_every_label_has_a_one_sentence_definition_in_both_languages(label):
    for text in (label.definition_fr, label.definition_en):
        assert len(text) > 30 and text[0].isupper() and text.endswith(".")
        assert ". " not in text[:-1], f"more than one sentence: {text}"
    assert label.definition_fr != label.definition_en
    assert label.definition("fr") == label.definition_fr
    assert label.definition("en") == label.definition_en


def test_definitions_follow_the_dataset_description():
    decision = find_category("decision_support")
    assert "aide à la décision" in decision.definition_fr
    assert "prédictions" in decision.definition_fr
    assert "support decisions" in decision.definition_en


def test_label_text_picks_the_language_and_rejects_others():
    label = find_category("Automatisation")
    assert label.text("fr") == "Automatisation"
    assert label.text("en") == "Automation"
    assert label.text("fr-CA") == "Automatisation"
    assert label.text("EN_us") == "Automation"
    with pytest.raises(ValueError, match="'fr' or 'en'"):
        label.text("de")


def test_portfolios_are_the_21_of_the_2025_file():
    assert len(QUEBEC.portfolios) == 21
    assert (
        QUEBEC.portfolios["Santé et Services sociaux (Réseau)"]
        == "Health and Social Services (Network)"
    )
    assert QUEBEC.portfolios["Éducation (Réseau)"] == "Education (Network)"


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Santé et Services sociaux (Réseau)", "Santé et Services sociaux (Réseau)"),
        ("sante et services sociaux (reseau) ", "Santé et Services sociaux (Réseau)"),
        ("Santé et Services sociaux(Réseau)", "Santé et Services sociaux (Réseau)"),
        ("Santé et  Services sociaux ( réseau )", "Santé et Services sociaux (Réseau)"),
        ("Éducation (réseau)", "Éducation (Réseau)"),
        ("EDUCATION", "Éducation"),
        ("Enseignement supérieur ", "Enseignement supérieur"),
        ("Health and Social Services (Network)", "Santé et Services sociaux (Réseau)"),
        (
            "Environnement, Lutte contre les changements climatiques, Faune et Parcs",
            "Environnement, Lutte contre les changements climatiques, Faune et Parcs",
        ),
        ("Conseil  exécutif ", "Conseil exécutif"),  # unknown: tidied, kept
        ("", ""),
    ],
)
def test_canonical_portfolio_maps_spelling_variants(raw, canonical):
    assert QUEBEC.canonical_portfolio(raw) == canonical


def test_network_and_plain_portfolios_stay_distinct():
    assert QUEBEC.canonical_portfolio("Enseignement supérieur") != QUEBEC.canonical_portfolio(
        "Enseignement supérieur (Réseau)"
    )


def test_portfolio_en_translates_and_falls_back_to_the_french_text():
    assert (
        QUEBEC.portfolio_en("Santé et services sociaux (réseau)")
        == "Health and Social Services (Network)"
    )
    assert QUEBEC.portfolio_en("Travail") == "Labour"
    assert QUEBEC.portfolio_en("Conseil exécutif ") == "Conseil exécutif"


def test_a_mapping_without_portfolio_names_keeps_its_portfolios_as_written():
    us = load_mapping("us-federal-2024")
    assert us.canonical_portfolio(" Department of  Justice ") == "Department of Justice"
    assert us.portfolio_en("Travail") == "Travail"


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Nom de l'actif informationnel, du projet ou de l'initiative en IA", "name"),
        ("Nom de l'actif informationnel / projet / initiative en IA", "name"),
        ("Nom de l’initiative", "name"),
        ("Name", "name"),
        ("Catégorie d'IA", "category"),
        ("CATEGORIE", "category"),
        ("Organisme public", "body"),
        ("Organisme", "body"),
        ("Public body", "body"),
        ("Portefeuille", "portfolio"),
        ("Portefeuille ministériel de l'organisme", "portfolio"),
        ("Ministerial portfolio", "portfolio"),
        ("Bénéfices", "benefits"),
        ("Bénéfices attendus", "benefits"),
        ("Benefits", "benefits"),
        ("Statut de la solution", "status"),
        ("Statut :", "status"),
        ("Status", "status"),
    ],
)
def test_header_variants_name_their_roles(header, role):
    assert role_of(header, QUEBEC) == role


def test_other_columns_have_no_role():
    assert role_of("Commentaires", QUEBEC) is None
    assert role_of("Nombre d'utilisateurs", QUEBEC) is None
