"""Questions once misread into the wrong Plan: ranks taken for row numbers, topic words "fixed"
into frame words, quoted topics taken for one initiative, rankings taken for comparisons, and
status filters borrowed from words the register does not record."""

from __future__ import annotations

import pytest

from assistant.register.load import load_register
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

RAMQ = "Régie de l'assurance maladie du Québec"
SAAQ = "Société de l'assurance automobile du Québec"
CNESST = "Commission des normes, de l'équité, de la santé et de la sécurité du travail"


@pytest.fixture(scope="module")
def register():
    return load_register(FULL_REGISTER)


@pytest.fixture(scope="module")
def understand(register):
    return Understander(register)


# --- 1. row references and "number one" -----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("Décris la ligne 12", 12),
        ("la ligne 12", 12),
        ("Describe row 12", 12),
        ("row 12", 12),
        ("Décris l'initiative n° 12", 12),
        ("l'initiative n° 12", 12),
        ("Décris l'initiative 12", 12),
        ("décris la fiche 40", 40),
        ("initiative #12", 12),
        ("Describe initiative #201.", 201),
        ("What is initiative number 12?", 12),
        ("Quelle est l'initiative numéro 12 ?", 12),
        ("Tell me about #12", 12),
        ("#12", 12),
        ("Décris l'initiative n° 1", 1),
        ("Décris la ligne 3, la plus importante", 3),
        ("Quels sont les principaux bénéfices de l'initiative 12 ?", 12),
        ("What are the main benefits of initiative 12?", 12),
        ("Describe the #12", 12),
        # or by its name, asked to hear about it
        ("Parle-moi du « Chatbot RH »", 58),
        ("Parlez-moi de « Chatbot RH »", 58),
        ('Tell me more about "Chatbot RH"', 58),
    ],
)
def test_a_row_named_by_its_number_or_name_is_described(understand, question, row):
    plan = understand(question)
    assert (plan.intent, plan.row_id) == ("describe", row)


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le projet numéro 1 en importance à la RAMQ ?",
        "Quel est le n° 1 en importance des projets ?",
        "What is the number one project at the RAMQ?",
        "What is the #1 project in importance?",
        "Quel est le projet numéro 2 en importance ?",
        "Quels sont les projets les plus importants ?",
        "What is the most important project?",
    ],
)
def test_the_number_one_initiative_is_no_row_but_a_ranking_the_register_lacks(understand, question):
    plan = understand(question)
    assert plan.row_id is None
    assert plan.intent == "out_of_scope" and not plan.topic


@pytest.mark.parametrize(
    ("question", "group_by"),
    [
        ("Quel organisme est le numéro 1 ?", "body"),
        ("What is the #1 category?", "category"),
        ("Which body is number one?", "body"),
    ],
)
def test_the_number_one_group_is_the_top_of_a_ranking(understand, question, group_by):
    plan = understand(question)
    assert plan.row_id is None
    assert (plan.intent, plan.group_by, plan.top_n) == ("rank", group_by, 1)


# --- 2. typo fixes leave real words alone ---------------------------------------------------


def test_a_topic_word_close_to_a_frame_word_stays_the_topic(understand):
    plan = understand("Combien d'initiatives de projection démographique ?")
    assert plan.intent == "count" and plan.filters == {}
    # "projection" is the register's word (not corrected to « projet »); « démographique » is
    # not, so it is set aside and said, never part of what is counted.
    assert plan.topic == "projection" and plan.set_aside == ["démographique"]


@pytest.mark.parametrize(
    "question",
    [
        "Quels projets portent sur la protection des données ?",
        "Which projects use machine translation (traduction) of documents?",
        "How do products of the SAAQ use AI?",
    ],
)
def test_real_words_are_never_corrected_into_frame_words(understand, question):
    plan = understand(question)
    assert "status" not in plan.filters
    for word in ("protection", "traduction"):  # "products" is a filler word ("Microsoft products"): read, never "production"
        if word in question:
            assert word in plan.topic


def test_an_everyday_word_next_to_a_frame_word_keeps_its_meaning(understand):
    # "combler" is one letter from "combien": the question is a topic search, not a count.
    plan = understand("Comment l'IA aide-t-elle à combler les quarts de travail vacants dans les hôpitaux ?")
    assert plan.intent == "search" and "combler" in plan.topic


@pytest.mark.parametrize(
    "question",
    ["Combien d'initiatives en prodution ?", "Combien de projets en producion ?", "Combein de projets en production ?"],
)
def test_misspelt_frame_and_status_words_are_still_fixed(understand, question):
    plan = understand(question)
    assert plan.intent == "count" and plan.filters == {"status": ["in_production"]} and not plan.topic


def test_a_register_word_is_still_fixed_into_its_own_family(understand):
    # "agence" is a word of the register and also the French for "agency": a group word.
    plan = understand("Quelle agence a le plus de projets ?")
    assert (plan.intent, plan.group_by) == ("rank", "body")


# --- 3. quoted phrases: one initiative or a topic -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Combien de projets mentionnent « détection de la fraude » ?",
        "Liste les projets « détection de la fraude »",
        "Quels projets portent sur « stratagèmes de fraude » ?",
    ],
)
def test_a_quoted_topic_counted_or_listed_keeps_its_intent(understand, question):
    plan = understand(question)
    assert plan.intent != "describe" and plan.row_id is None
    assert "fraude" in plan.topic and "mentionnent" not in plan.topic


def test_a_quoted_phrase_inside_several_names_is_a_topic(understand, register):
    names = [n for n in register.df["name"] if "preuve de concept" in n.lower()]
    assert len(names) > 1
    plan = understand("Décris « preuve de concept »")
    assert plan.intent != "describe" and "preuve" in plan.topic


@pytest.mark.parametrize(
    "question",
    [
        "Que fait l'initiative « Détection de la fraude » ?",
        "Décris « détection de la fraude par apprentissage »",
        "« Détection de la fraude par apprentissage automatique »",
        "Combien de projets « Détection de la fraude par apprentissage automatique » ?",
    ],
)
def test_a_quoted_name_of_one_initiative_describes_it(understand, register, question):
    row = int(register.df.loc[register.df["name"] == "Détection de la fraude par apprentissage automatique", "row_id"].iloc[0])
    plan = understand(question)
    assert (plan.intent, plan.row_id) == ("describe", row)


# --- 4. "plus … ou …": comparison or ranking ------------------------------------------------


def test_which_of_two_bodies_has_more_is_the_one_asked(understand):
    # the one with more, ties kept (a ranking of the two); "are there more X or Y?" stays a comparison
    plan = understand("Quels organismes ont le plus de projets, la SAAQ ou la CNESST ?")
    assert (plan.intent, plan.top_n, plan.filters) == ("rank", 1, {"body": [SAAQ, CNESST]})
    assert understand("Are there more initiatives in production or in development?").intent == "compare"


def test_the_body_with_most_initiatives_in_either_status_is_a_ranking(understand):
    plan = understand("Quel organisme a le plus d'initiatives en production ou en développement ?")
    assert (plan.intent, plan.group_by, plan.top_n) == ("rank", "body", 1)
    assert plan.filters == {"status": ["in_production", "in_development"]}


def test_the_category_with_most_initiatives_in_either_status_is_a_ranking(understand):
    plan = understand("Which category has the most projects in production or in development?")
    assert (plan.intent, plan.group_by) == ("rank", "category")
    assert plan.filters == {"status": ["in_production", "in_development"]}


def test_more_advanced_at_one_body_or_another_compares_them_in_production(understand):
    plan = understand("Combien d'initiatives sont plus avancées à la SAAQ ou à la RAMQ ?")
    assert plan.intent == "compare" and plan.compare == [("body", SAAQ), ("body", RAMQ)]
    assert plan.filters == {"status": ["in_production"]} and not plan.topic


def test_more_chatbots_at_one_body_or_another_is_a_comparison(understand):
    plan = understand("Y a-t-il plus de chatbots à la SAAQ ou à la RAMQ ?")
    assert plan.intent == "compare" and plan.compare == [("body", SAAQ), ("body", RAMQ)]
    assert plan.filters == {"category": ["conversational_agent"]}
    plan = understand("Which body has more chatbots, the SAAQ or the RAMQ?")  # which one: the one with more
    assert (plan.intent, plan.top_n) == ("rank", 1) and plan.filters == {"body": [SAAQ, RAMQ], "category": ["conversational_agent"]}


def test_more_in_one_status_or_another_compares_the_statuses(understand):
    plan = understand("Are there more projects in production or in development?")
    assert plan.intent == "compare" and plan.compare == [("status", "in_production"), ("status", "in_development")]


# --- 5. statuses in context; out-of-scope plans carry no borrowed filter ---------------------


@pytest.mark.parametrize(
    "question",
    ["How many projects have an unknown budget?", "Combien de projets ont un budget inconnu ?", "Quel est le budget en cours de la RAMQ ?"],
)
def test_an_out_of_scope_plan_borrows_no_status_from_its_out_of_scope_words(understand, question):
    plan = understand(question)
    assert plan.intent == "out_of_scope"
    assert "status" not in plan.filters and not plan.topic
    assert "statu" not in plan.understood()


def test_an_out_of_scope_plan_keeps_the_scope_it_names(understand):
    plan = understand("How much did the deployed chatbots cost?")
    assert plan.intent == "out_of_scope"
    assert plan.filters == {"status": ["in_production"], "category": ["conversational_agent"]}
    assert understand("Quel est le budget de la RAMQ ?").filters == {"body": [RAMQ]}


def test_unknown_qualifying_another_noun_is_no_status(understand):
    plan = understand("How many projects have an unknown purpose?")
    assert "status" not in plan.filters


@pytest.mark.parametrize(
    "question",
    ["How many projects have an unknown status?", "How many projects are unknown?", "How many unknown projects are there?"],
)
def test_unknown_said_of_the_initiatives_is_the_unavailable_status(understand, question):
    plan = understand(question)
    assert plan.intent == "count" and plan.filters == {"status": ["information_unavailable"]}


@pytest.mark.parametrize(
    "question", ["Combien de projets sont en cours ?", "Quelles initiatives sont en cours à la RAMQ ?"]
)
def test_en_cours_is_still_development_in_quebec_wording(understand, question):
    assert understand(question).filters["status"] == ["in_development"]


def test_a_follow_up_after_a_refusal_inherits_no_out_of_scope_topic(understand):
    plan = understand(
        "Et combien de projets à la RAMQ ?", [{"role": "user", "content": "Combien de projets ont un budget inconnu ?"}]
    )
    assert plan.intent == "count" and not plan.topic and plan.filters == {"body": [RAMQ]}


def test_asking_to_hear_about_a_group_is_still_a_list(understand):
    plan = understand("Parlez-moi des projets de la RAMQ")
    assert plan.intent == "list" and plan.filters == {"body": [RAMQ]}
