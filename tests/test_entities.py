"""Free text -> canonical filter values: bodies, portfolios, categories, statuses (FR/EN)."""

from __future__ import annotations

import json
import time
import unicodedata

import pytest

from assistant.register.load import load_register
from assistant.register.mapping import load_mapping
from assistant.understand.entities import EntityResolver, Mention
from tests.conftest import FULL_REGISTER, MINI_REGISTER, ROOT

SSS, SSS_NET = "Santé et Services sociaux", "Santé et Services sociaux (Réseau)"
EDU, EDU_NET = "Éducation", "Éducation (Réseau)"
ES, ES_NET = "Enseignement supérieur", "Enseignement supérieur (Réseau)"

QUEBEC = load_mapping("quebec")


@pytest.fixture(scope="module")
def register():
    return load_register(FULL_REGISTER)


@pytest.fixture(scope="module")
def resolver(register):
    return EntityResolver(register)


def only(resolver: EntityResolver, question: str, field: str | None = None) -> Mention:
    """The one mention (of `field`) in `question`; its span must cut the question."""
    found = [m for m in resolver.mentions(question) if field in (None, m.field)]
    assert len(found) == 1, f"{question!r}: {found}"
    m = found[0]
    assert question[m.start : m.end] == m.surface
    return m


# --- public bodies ----------------------------------------------------------------------

BODIES = [
    ("Combien de projets à la RAMQ ?", "Régie de l'assurance maladie du Québec"),
    ("Projets de la ramq", "Régie de l'assurance maladie du Québec"),
    ("What does the CNESST do with AI?", "Commission des normes, de l'équité, de la santé et de la sécurité du travail"),
    ("Projets du MRNF", "Ministère des Ressources naturelles et des Forêts"),
    ("le ministère des Ressources naturelles et des Forêts", "Ministère des Ressources naturelles et des Forêts"),
    ("Ministry of Natural Resources and Forests", "Ministère des Ressources naturelles et des Forêts"),
    ("Initiatives du MTMD", "Ministère des Transports et de la Mobilité durable"),
    ("au ministère des Transports", "Ministère des Transports et de la Mobilité durable"),
    ("the Ministry of Transport", "Ministère des Transports et de la Mobilité durable"),
    ("Projets du MSSS", "Ministère de la Santé et des Services sociaux"),
    ("au ministère de la Santé", "Ministère de la Santé et des Services sociaux"),
    ("What is the Health ministry doing?", "Ministère de la Santé et des Services sociaux"),
    ("Revenu Québec", "Agence du revenu du Québec"),
    ("Projets de l'ARQ", "Agence du revenu du Québec"),
    ("l'Agence du revenu du Québec", "Agence du revenu du Québec"),
    ("Quebec Revenue Agency", "Agence du revenu du Québec"),
    ("Does Revenue Quebec use chatbots?", "Agence du revenu du Québec"),
    ("au CHUM", "CHUM"),
    ("HEC Montréal", "École des hautes études commerciales de Montréal"),
    ("les projets de HEC", "École des hautes études commerciales de Montréal"),
    ("à l'ÉTS", "École de technologie supérieure"),
    ("à l'ETS", "École de technologie supérieure"),
    ("la TÉLUQ", "Télé-université"),
    ("l'UQAM", "Université du Québec à Montréal"),
    ("UdeM", "Université de Montréal"),
    ("BAnQ", "Bibliothèque et Archives nationales du Québec"),
    ("INSPQ", "Institut national de santé publique du Québec"),
    ("SOQUIJ", "Société québécoise d'information juridique"),
    ("la Sépaq", "Société des établissements de plein air du Québec"),
    ("la CTQ", "Commission des transports du Québec"),
    ("le MCN", "Ministère de la Cybersécurité et du Numérique"),
    ("le SCT", "Secrétariat du Conseil du trésor"),
    ("the Treasury Board Secretariat", "Secrétariat du Conseil du trésor"),
    ("le MEQ", "Ministère de l'Éducation"),
    ("le MSP", "Ministère de la Sécurité publique"),
    ("le MAMH", "Ministère des Affaires municipales et de l'Habitation"),
    ("le MESS", "Ministère de l'Emploi et de la Solidarité sociale"),
    ("Héma-Québec", "Héma-Québec"),
    ("Santé Québec", "Santé Québec"),
    ("CIUSSS du Centre-Ouest", "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal"),
    ("CIUSSS Centre-Ouest-de-l'Île-de-Montréal", "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal"),
    ("CISSS de la Gaspésie", "Centre intégré de santé et de services sociaux de la Gaspésie"),
    ("CIUSSS du Saguenay-Lac-Saint-Jean", "Centre intégré universitaire de santé et de services sociaux du Saguenay-Lac-Saint-Jean"),
    ("IUCPQ", "IUCPQ - UL"),
    ("CHU de Québec", "CHU de Québec - UL"),
    ("Institut de cardiologie de Montréal", "ICM"),
    ("Polytechnique", "Polytechnique Montréal"),
    ("Cégep Sainte-Foy", "Cégep de Sainte-Foy"),
    ("CSS des Navigateurs", "Centre de services scolaire des Navigateurs"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "body"), BODIES)
def test_body_found_by_acronym_short_or_english_name(resolver, question, body):
    assert body in resolver.bodies()  # the register's exact (stripped) spelling
    m = only(resolver, question, "body")
    assert (m.field, m.value, m.in_register, m.score) == ("body", body, True, 100.0)


def test_every_register_body_is_found_by_its_own_name(resolver):
    assert len(resolver.bodies()) == 82
    for body in resolver.bodies():
        m = only(resolver, f"Quels projets pour {body} ?")
        assert (m.field, m.value, m.surface, m.alternatives) == ("body", body, body, ())


def test_register_spelling_with_trailing_spaces_is_found_stripped(resolver):
    for raw in (
        "École des hautes études commerciales de Montréal ",
        "Centre de services scolaire de Laval  ",
    ):
        assert only(resolver, f"Projets de {raw}?").value == raw.strip()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Combien de projets à la SAAQ ?", "Société de l'assurance automobile du Québec"),
        ("Does the SAAQ use AI?", "Société de l'assurance automobile du Québec"),
        ("Retraite Québec", "Retraite Québec"),
        ("le MES", "Ministère de l'Enseignement supérieur"),
        ("Hydro-Québec", "Hydro-Québec"),
    ],
)
def test_known_body_absent_from_register_is_flagged(resolver, question, body):
    m = only(resolver, question)
    assert (m.field, m.value, m.in_register) == ("body", body, False)
    assert body not in resolver.bodies()


def test_known_body_links_to_the_register_spelling_when_present():
    mini = EntityResolver(load_register(MINI_REGISTER))
    saaq = "Société de l'assurance automobile du Québec (SAAQ)"
    for question in ("SAAQ", "la Société de l'assurance automobile du Québec", saaq):
        m = only(mini, question)
        assert (m.value, m.in_register) == (saaq, True)
    assert only(mini, "RAMQ").value == "Régie de l'assurance maladie du Québec (RAMQ)"
    assert only(mini, "Retraite Québec").in_register


# --- short acronyms and false positives ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Quels organismes utilisent l'IA pour détecter la fraude ?",
        "Which public bodies use AI to detect fraud?",
        "Montre-moi mes projets",
        "Mes projets",
        "Les accidents du travail et le médecin de famille",
        "How are patients without a family doctor matched with one?",
        "Quelle est la précision des modèles ?",
        "Combien de projets en développement durable ?",
    ],
)
def test_no_body_or_portfolio_in_plain_topic_questions(resolver, question):
    assert [m for m in resolver.mentions(question) if m.field in ("body", "portfolio")] == []
    assert [m for m in resolver.mentions(question) if m.field == "status"] == []


def test_off_topic_questions_name_nothing(resolver):
    lines = (ROOT / "data" / "eval" / "offtopic.jsonl").read_text(encoding="utf-8").splitlines()
    for question in (json.loads(line)["question"] for line in lines if line.strip()):
        assert resolver.mentions(question) == [], question


def test_short_acronyms_count_only_in_capitals(resolver):
    assert only(resolver, "Projets du MES").value == "Ministère de l'Enseignement supérieur"
    assert resolver.mentions("mes projets") == []  # « mes »: my, not the MES
    # typed small right after an article, an acronym the register never writes small is meant
    assert [m.value for m in resolver.mentions("les projets du sct et de l'ets")] == [
        "Secrétariat du Conseil du trésor", "École de technologie supérieure"]
    assert only(resolver, "Travail").value == "Travail"  # the portfolio, capitalised
    assert resolver.mentions("mon travail") == []


# --- portfolios -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "portfolio"),
    [
        ("Combien de projets dans le réseau de la santé ?", SSS_NET),
        ("How many projects in the health network?", SSS_NET),
        ("portefeuille Santé et services sociaux (Réseau)", SSS_NET),
        ("Health and Social Services (Network)", SSS_NET),
        ("Quels hôpitaux utilisent l'IA ?", SSS_NET),
        ("Which hospitals use AI?", SSS_NET),
        ("les CIUSSS", SSS_NET),
        ("le réseau de l'éducation", EDU_NET),
        ("Éducation (Réseau)", EDU_NET),
        ("the higher education network", ES_NET),
        ("dans les cégeps et universités", ES_NET),
        ("Enseignement supérieur (Réseau)", ES_NET),
        ("portefeuille Santé et Services sociaux", SSS),
        ("Natural Resources and Forests", "Ressources naturelles et Forêts"),
        ("Transports et Mobilité durable", "Transports et Mobilité durable"),
        ("Public Safety", "Sécurité publique"),
    ],
)
def test_portfolio_found_by_name_or_everyday_words(resolver, question, portfolio):
    m = only(resolver, question)
    assert (m.field, m.value, m.in_register, m.alternatives) == ("portfolio", portfolio, True, ())


def test_portfolio_english_labels(resolver):
    for fr in resolver.portfolios():
        m = only(resolver, f"Projects in {QUEBEC.portfolios[fr]}?")
        assert (m.field, m.value) == ("portfolio", fr)
        assert m.surface.endswith(")") == fr.endswith(")")  # "(Network)" keeps its parenthesis


@pytest.mark.parametrize(
    ("question", "value", "alternatives"),
    [
        ("Projets en santé", SSS, (SSS_NET,)),
        ("AI in health", SSS, (SSS_NET,)),
        ("en éducation", EDU, (EDU_NET,)),
        ("higher education", ES_NET, (ES,)),  # the plain portfolio has no row in 2025
    ],
)
def test_ambiguous_portfolio_word_gives_alternatives(resolver, question, value, alternatives):
    m = only(resolver, question)
    assert (m.field, m.value, m.alternatives) == ("portfolio", value, alternatives)


def test_real_portfolio_without_rows_is_flagged(resolver):
    m = only(resolver, "Agriculture, Fisheries and Food")
    assert (m.value, m.in_register) == ("Agriculture, Pêcheries et Alimentation", False)


def test_body_name_is_not_also_a_portfolio(resolver):
    for question in (
        "Ministère de la Santé et des Services sociaux",
        "Santé Québec",
        "Institut national de santé publique du Québec",
    ):
        assert [m.field for m in resolver.mentions(question)] == ["body"]


# --- categories and statuses ----------------------------------------------------------------

CATEGORY_WORDS = {
    "conversational_agent": ["chatbot", "chatbots", "agent conversationnel", "agents conversationnels", "assistants virtuels", "conversational agents", "virtual assistant"],
    "decision_support": ["prédiction", "modèles prédictifs", "prévisions", "aide à la décision", "decision support", "forecasting", "predictions"],
    "image_processing": ["imagerie médicale", "traitement d'images", "vision par ordinateur", "image processing", "medical imaging"],
    "automation": ["automatisation", "automation", "RPA"],
    "geomatics": ["géomatique", "géospatiale", "cartographie", "geospatial"],
    "behaviour_analysis": ["analyse des sentiments", "sentiment analysis"],
    "user_experience": ["personnalisation", "expérience utilisateur", "user experience"],
    "ai_assisted_learning": ["formation", "apprentissage", "training", "learning"],
    "laboratory_equipment": ["laboratoire", "laboratoires", "lab equipment"],
    "connected_systems": ["objets connectés", "capteurs", "IoT", "ambient intelligence", "sensors"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("words", "key"), [(w, k) for k, words in CATEGORY_WORDS.items() for w in words]
)
def test_category_found_by_everyday_words(resolver, words, key):
    m = only(resolver, f"Quels projets de {words} ?")
    assert (m.field, m.value, m.in_register) == ("category", key, True)


@pytest.mark.parametrize("label", [*QUEBEC.categories, *QUEBEC.statuses], ids=lambda lb: lb.key)
def test_labels_found_in_both_languages(resolver, label):
    field = "category" if label in QUEBEC.categories else "status"
    for text in (label.fr, label.en, *label.aliases):
        m = only(resolver, f"« {text} »")
        assert (m.field, m.value, m.surface) == (field, label.key, text)


@pytest.mark.parametrize(
    "question",
    [
        "Projets d'apprentissage automatique",
        "Which projects use machine learning?",
        "modèles d'apprentissage profond",
        "deep learning models",
    ],
)
def test_machine_learning_is_not_the_learning_category(resolver, question):
    assert resolver.mentions(question) == []


STATUS_WORDS = {
    "in_production": ["en production", "en prod", "déployé", "déployées", "opérationnels", "in production", "deployed", "are live"],
    "in_development": ["en développement", "en cours de développement", "en dév", "being developed", "under development", "in development"],
    "information_unavailable": ["information indisponible", "statut inconnu", "unknown status", "information unavailable"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("words", "key"), [(w, k) for k, words in STATUS_WORDS.items() for w in words]
)
def test_status_found_by_everyday_words(resolver, words, key):
    m = only(resolver, f"Projets {words} ?")
    assert (m.field, m.value) == ("status", key)


def test_full_question_gives_every_filter_in_order(resolver):
    q = "Combien d'agents conversationnels sont en production dans le réseau de la santé ?"
    found = [(m.field, m.value, m.surface) for m in resolver.mentions(q)]
    assert found == [
        ("category", "conversational_agent", "agents conversationnels"),
        ("status", "in_production", "en production"),
        ("portfolio", SSS_NET, "réseau de la santé"),
    ]


# --- typos, accents, case -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("Projets de Revenu Quebc", "body", "Agence du revenu du Québec"),
        ("Universite Lavall", "body", "Université Laval"),
        ("Ecole de technolgie superieure", "body", "École de technologie supérieure"),
        ("Universite de Sherbroke", "body", "Université de Sherbrooke"),
        ("agents conversationels", "category", "conversational_agent"),
        ("projets en developement", "status", "in_development"),
        ("projets en cours de developpment", "status", "in_development"),
        ("imagerie medicalle", "category", "image_processing"),
    ],
)
def test_typos_are_tolerated_with_a_lower_score(resolver, question, field, value):
    m = only(resolver, question)
    assert (m.field, m.value) == (field, value)
    assert 80 <= m.score < 100


@pytest.mark.parametrize("question", ["projets en prodution", "projets en producion"])
def test_status_typos_are_fixed_where_no_real_word_is(resolver, question):
    m = only(resolver, question)
    assert (m.field, m.value) == ("status", "in_production") and m.score < 100


def test_words_of_the_register_are_its_vocabulary(resolver):
    # Typo fixes (here and in understand.py) leave them alone: "projection" is a topic word.
    assert {"projection", "production", "protection"} <= resolver.vocabulary
    assert "prodution" not in resolver.vocabulary
    assert resolver.mentions("projection des besoins") == []


@pytest.mark.parametrize(
    ("words", "key"),
    [("plus avancées", "in_production"), ("more advanced", "in_production"), ("en cours", "in_development")],
)
def test_comparative_stage_words_name_a_status(resolver, words, key):
    m = only(resolver, f"Projets {words} à la SAAQ ou à la RAMQ ?", "status")
    assert m.value == key


@pytest.mark.parametrize("question", ["CNSST", "RAMK", "ISPQ", "UQAN", "Lavel", "Sépak"])
def test_no_fuzzy_matching_on_acronyms_and_short_words(resolver, question):
    assert resolver.mentions(question) == []


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("REGIE DE L'ASSURANCE MALADIE DU QUEBEC", "Régie de l'assurance maladie du Québec"),
        ("universite de montreal", "Université de Montréal"),
        ("au ministere de l’education", "Ministère de l'Éducation"),
        (
            "Société québécoise d’information juridique",
            "Société québécoise d'information juridique",
        ),
        ("ministère  des   transports", "Ministère des Transports et de la Mobilité durable"),
    ],
)
def test_accents_case_apostrophes_and_spaces_do_not_matter(resolver, question, body):
    m = only(resolver, question)
    assert (m.value, m.score) == (body, 100.0)


def test_decomposed_accents_keep_exact_spans(resolver):
    question = unicodedata.normalize("NFD", "Projets de l'Université Laval en santé")
    found = resolver.mentions(question)
    assert [m.value for m in found] == ["Université Laval", SSS]
    assert found[0].surface == unicodedata.normalize("NFD", "Université Laval")
    assert found[1].surface == unicodedata.normalize("NFD", "santé")


# --- ambiguity and spans ----------------------------------------------------------------------


def test_place_alone_is_ambiguous_and_full_name_is_exact(resolver):
    m = only(resolver, "Projets à Laval")
    assert m.value == "Université Laval"  # the body with most rows
    assert set(m.alternatives) == {"CISSS de Laval", "Centre de services scolaire de Laval"}
    for name in ("Université Laval", "CISSS de Laval", "Centre de services scolaire de Laval"):
        m = only(resolver, f"Projets de {name}")
        assert (m.value, m.alternatives) == (name, ())


def test_spans_cut_the_original_question(resolver):
    lines = (ROOT / "data" / "eval" / "probe.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()] + [
        q for q, _ in BODIES
    ]
    for q in questions:
        found = resolver.mentions(q)
        assert [m.start for m in found] == sorted(m.start for m in found)
        for m, nxt in zip(found, found[1:], strict=False):
            assert m.end <= nxt.start
        for m in found:
            assert q[m.start : m.end] == m.surface and m.surface.strip() == m.surface


def test_resolving_takes_well_under_five_ms(register):
    lines = (ROOT / "data" / "eval" / "probe.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    resolver = EntityResolver(register)  # fresh: typo look-ups not cached yet
    start = time.perf_counter()
    for q in questions:
        resolver.mentions(q)
    assert (time.perf_counter() - start) / len(questions) < 0.005


def test_bodies_and_portfolios_list_the_register(register, resolver):
    assert set(resolver.bodies()) == set(register.df["body"])
    assert set(resolver.portfolios()) == set(register.df["portfolio"])
