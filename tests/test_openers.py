"""Greetings, lead-ins, for-whom clauses and sign-offs around a question change nothing of what
it asks: the plan of "Hi there, does the CHUM have a chatbot? Thanks!" is the plan of "Does the
CHUM have a chatbot?" (found by perturbing the natural dev questions: 96 plans changed before)."""

from __future__ import annotations

import pytest

from assistant.register.load import load_register
from assistant.understand.openers import without_openers
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER


@pytest.fixture(scope="module")
def understand():
    return Understander(load_register(FULL_REGISTER))


def _key(plan):
    return (plan.intent, plan.filters, plan.exclude, plan.part, plan.group_by, plan.claim, plan.topic, plan.top_n)


@pytest.mark.parametrize(
    ("wrapped", "plain"),
    [
        ("Hi there, does the CHUM have any chatbot in production? Thanks!", "Does the CHUM have any chatbot in production?"),
        ("Bonjour, loto-Québec est dans le registre? Merci!", "loto-Québec est dans le registre?"),
        ("Bonjour, vrai ou faux : les chatbots sont la catégorie la plus fréquente. Merci!",
         "Vrai ou faux : les chatbots sont la catégorie la plus fréquente."),
        ("For a briefing note to my DM: True or false: Revenu Québec has more projects than the RAMQ.",
         "True or false: Revenu Québec has more projects than the RAMQ."),
        ("Pour une note au sous-ministre : Re: demande du cabinet — combien de projets au total dans les CIUSSS ?",
         "combien de projets au total dans les CIUSSS ?"),
        ("Hello! quick question - which portfolio has the most projects? cheers", "Which portfolio has the most projects?"),
        # requests that only say a figure is wanted
        ("Bonjour! J'aurais besoin du nombre d'initiatives en production au MRNF svp", "Nombre d'initiatives en production au MRNF"),
        ("Peux-tu me sortir le nombre de projets à la RAMQ ?", "Le nombre de projets à la RAMQ ?"),
        ("Could you pull up how many chatbots are in production?", "How many chatbots are in production?"),
        ("I need the number of projects at the RAMQ", "The number of projects at the RAMQ"),
    ],
)
def test_what_surrounds_a_question_changes_nothing_of_its_plan(understand, wrapped, plain):
    assert _key(understand(wrapped)) == _key(understand(plain))


@pytest.mark.parametrize(
    "question",
    [
        "Pour le CHUM : combien de projets ?",  # a filter before the colon, not for whom
        "Fact check: VA reported over 200 use cases.",  # says a claim follows
        "Vrai ou faux : le CHUM compte davantage de projets que le Centre-Ouest.",
        "Hello",  # nothing else: left as it is
    ],
)
def test_what_the_question_needs_stays(question):
    assert without_openers(question) == question


def test_a_sign_off_before_the_question_mark_keeps_it_a_question():
    assert without_openers("Combien de projets, svp ?") == "Combien de projets ?"
    assert without_openers("Hey! How many? Thx") == "How many?"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # the question mark left out: still a question (a claim, a yes/no)
        ("HEC Montréal en a au moins 10", "HEC Montréal en a au moins 10 ?"),
        ("Polytechnique a des projets en production", "Polytechnique a des projets en production ?"),
        ("Loto-Québec est dans le registre", "Loto-Québec est dans le registre ?"),
        # all in small letters: kinds declared in capitals, and short acronyms after an article
        ("how many ciusss have at least one project in production?", "How many CIUSSS have at least one project in production?"),
        ("combien de cisss ont au moins un projet en production ?", "Combien de CISSS ont au moins un projet en production ?"),
        ("does the mcn have anything live?", "Does the MCN have anything live?"),
        ("l'ets a un projet en geomatique?", "L'ÉTS a un projet en géomatique ?"),
    ],
)
def test_how_a_question_is_typed_changes_nothing_of_its_plan(understand, typed, written):
    assert _key(understand(typed)) == _key(understand(written))


@pytest.mark.parametrize(
    ("typed", "written"),
    [  # two letters swapped is one slip, in values and in frame words alike
        ("Does the CHUM have any chatobt in production?", "Does the CHUM have any chatbot in production?"),
        ("Quels organismes ont au moins 2 assistants virtuels en produtcion ?", "Quels organismes ont au moins 2 assistants virtuels en production ?"),
        ("Combein de projets sont en prodcution ?", "Combien de projets sont en production ?"),
        ("- bodies with 2+ geomtaics projects?", "- bodies with 2+ geomatics projects?"),
    ],
)
def test_a_swap_of_two_letters_changes_nothing_of_its_plan(understand, typed, written):
    assert _key(understand(typed)) == _key(understand(written))


@pytest.mark.parametrize(
    ("typed", "written"),
    [  # a portfolio whose name is an everyday word counts typed small when its noun says so
        ("number of projects in the transport portfolio pls", "number of projects in the Transport portfolio pls"),
        ("combien de projets dans le portefeuille famille ?", "combien de projets dans le portefeuille Famille ?"),
    ],
)
def test_a_portfolio_said_with_its_noun_counts_in_small_letters(understand, typed, written):
    assert _key(understand(typed)) == _key(understand(written)) and understand(typed).filters.get("portfolio")


def test_an_everyday_word_alone_stays_a_word(understand):
    assert "portfolio" not in understand("mon travail porte sur les chatbots").filters


@pytest.mark.parametrize(
    ("wrapped", "plain"),
    [
        ("J'aimerais savoir si la RAMQ figure au registre, c'est pour répondre à un journaliste.", "La RAMQ figure-t-elle au registre ?"),
        ("How many chatbots at the RAMQ? It is for the DM briefing.", "How many chatbots at the RAMQ?"),
        ("Combien de projets à la RAMQ, c'est pour une note ?", "Combien de projets à la RAMQ ?"),
    ],
)
def test_what_the_answer_is_for_at_the_end_changes_nothing(understand, wrapped, plain):
    """« …, c'est pour répondre à un journaliste. », "It is for the DM briefing.": a purpose at the end."""
    assert _key(understand(wrapped)) == _key(understand(plain))
