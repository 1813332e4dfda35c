"""Groups of values a question names by a common word, by class of phrasing: a network left
unnamed (« hors réseau », "non-network"), a group spelled out in parentheses, the set a question
picks from (« parmi les trois réseaux, lequel… »), and kinds of bodies (« quel cégep »,
"which university", "which CHU"): filters on the register's values, never a topic. Figures are
checked against pandas on the bundled register."""

from __future__ import annotations

import pytest

from assistant.api import Assistant
from assistant.register.load import load_register
from assistant.understand.kinds import Kinds
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

NETWORKS = {"Santé et Services sociaux (Réseau)", "Éducation (Réseau)", "Enseignement supérieur (Réseau)"}


@pytest.fixture(scope="module")
def register():
    return load_register(FULL_REGISTER)


@pytest.fixture(scope="module")
def understand(register):
    return Understander(register)


@pytest.mark.parametrize(
    "question",
    [
        "Combien de projets hors réseau ?",
        "how many non-network initiatives are there?",
        "En excluant tous les réseaux (santé, enseignement sup, éducation), combien d'initiatives reste-t-il ?",
        "Combien d'initiatives ne sont dans aucun réseau ?",
    ],
)
def test_a_network_left_unnamed_excludes_every_network(understand, register, question):
    plan = understand(question)
    assert plan.intent == "count" and plan.topic == "" and not plan.filters
    assert set(plan.exclude["portfolio"]) == NETWORKS
    df = register.df
    assert (~df["portfolio"].isin(NETWORKS)).sum() == 122


@pytest.mark.parametrize(
    "question",
    [
        "Dans le portefeuille Santé et Services sociaux (pas le réseau), combien d'initiatives ?",
        "Portefeuille SSS hors réseau : combien de projets ?",
    ],
)
def test_a_portfolio_said_without_its_network_is_that_portfolio_only(understand, question):
    plan = understand(question)
    assert plan.filters == {"portfolio": ["Santé et Services sociaux"]}
    assert plan.exclude == {} and plan.topic == ""  # the filter says it already


@pytest.mark.parametrize(
    ("question", "order", "top_n"),
    [
        ("Parmi les trois réseaux, lequel a le plus de projets en production ?", "desc", 1),
        ("Among the three network portfolios, which has the fewest initiatives in development?", "asc", 1),
        ("Which 2 network portfolios have the fewest initiatives?", "asc", 2),
    ],
)
def test_a_question_picking_among_a_group_ranks_its_members(understand, question, order, top_n):
    plan = understand(question)
    assert plan.intent == "rank" and plan.group_by == "portfolio"
    assert set(plan.filters["portfolio"]) == NETWORKS
    assert plan.order == order and plan.top_n == top_n


@pytest.mark.parametrize(
    ("question", "starts", "top_n", "order"),
    [
        ("Quel cégep a le plus de projets ?", ("Cégep", "Collège", "Champlain", "John Abbott"), 1, "desc"),
        ("Quelle université a le moins de projets ?", ("Université",), 1, "asc"),
        ("Which CHU has the most projects?", ("CHU",), 1, "desc"),
        ("Which universities have the most projects still being built?", ("Université",), 5, "desc"),
        ("hey, which ministry has the most chatbots?", ("Ministère",), 1, "desc"),
    ],
)
def test_a_kind_of_body_is_the_bodies_of_that_kind(understand, register, question, starts, top_n, order):
    plan = understand(question)
    assert plan.intent == "rank" and plan.group_by == "body" and plan.topic == ""
    assert plan.top_n == top_n and plan.order == order and "body" in plan.kinds
    bodies = set(plan.filters["body"])
    assert bodies and all(b.startswith(starts) for b in bodies)
    truth = {b for b in register.df["body"].unique() if b.startswith(starts[0])}
    assert truth <= bodies


def test_a_body_named_in_full_is_not_a_kind(understand):
    plan = understand("Which Université Laval projects are chatbots?")
    assert plan.filters["body"] == ["Université Laval"] and plan.kinds == {}


def test_kinds_come_from_the_words_file_and_from_names_any_register_shares(register):
    kinds = Kinds(register)
    assert "CHUM" in kinds.values("chu")  # declared: a beginning of the name, not a word
    assert kinds.values("centre") and all(v.startswith("Centre") for v in kinds.values("centre"))  # shared first word
    assert kinds.values("blorf") == ()


def test_a_kind_ranking_answers_with_pandas_figures_and_says_the_kind(fake_embedder, tmp_path, register):
    assistant = Assistant(FULL_REGISTER, index_dir=tmp_path, embedder=fake_embedder)
    answer = assistant.ask("Quel cégep a le plus de projets ?")
    df = register.df
    cegeps = df[df["body"].str.match(r"^(Cégep|Collège)") | df["body"].str.endswith("College")]
    top = cegeps["body"].value_counts()
    winners = set(top[top == top.max()].index)
    assert {g["value"] for g in answer.figures["ranking"]} == winners
    assert answer.figures["count"] == len(cegeps)
    assert "de type « cégep »" in answer.answer
