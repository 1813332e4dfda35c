"""A question typed without a single capital names its body all the same (issue 15): « la saq
fait-elle de l'ia ? » was "not understood", "is ramqq using ai for image processing?" answered
"yes, 27" for every image project of the register (the slipped acronym set aside), "is
infrastructures technologiques québec listed in the register?" counted 6 rows of a topic. Read
again with its unread words written as names (recase.py), the question says whose projects it
asks about; a question the first reading understood is never changed."""

from __future__ import annotations

import pytest

from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER


@pytest.fixture(scope="module")
def understander():
    return Understander(load_register(FULL_REGISTER))


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("la saq fait-elle de l'ia ?", "SAQ"),
        ("est-ce que la stm a des projets d'ia dans le registre ?", "STM"),
        ("bonjour! l'amf utilise t'elle l'ia?", "AMF"),
        ("does élections québec have any ai project in the register?", "Élections Québec"),
        ("is investissement quebec in there", "Investissement Quebec"),
        ("is infrastructures technologiques québec listed in the register?", "Infrastructures Technologiques Québec"),
    ],
)
def test_a_body_the_register_lacks_typed_in_small_letters_is_none_from_it(understander, question, body):
    plan = understander(question)
    assert (plan.intent, plan.filters, plan.topic) == ("exists", {"body": [body]}, "")
    assert not [w for w in plan.set_aside if w.lower() != "bonjour"]
    assert Executor(understander.register, retriever=None)(plan).figures["count"] == 0


@pytest.mark.parametrize(
    ("question", "body", "category"),
    [
        ("is ramqq using ai for image processing?", "Régie de l'assurance maladie du Québec", "image_processing"),
        ("est-ce que la cnestt a un robot conversationnel ?", "Commission des normes, de l'équité, de la santé et de la sécurité du travail", "conversational_agent"),
    ],
)
def test_a_slipped_acronym_in_small_letters_is_the_body_it_misspells(understander, question, body, category):
    plan = understander(question)
    assert plan.filters == {"category": [category], "body": [body]}
    assert any("read as" in n or "lu comme" in n for n in plan.notes)  # said so, never silently


@pytest.mark.parametrize(
    "question",
    [
        "how many projects about fraud detection",  # a topic with evidence stays a topic
        "combien de projets à la ramq en production ?",  # understood the first time
        "which bodies have the most chatbots",
    ],
)
def test_a_question_understood_the_first_time_is_not_read_again(understander, question):
    again = understander.single(question)
    first = understander._read(question)
    assert (again.intent, again.filters, again.topic) == (first.intent, first.filters, first.topic)


@pytest.fixture(scope="module")
def us_understander():
    from pathlib import Path

    us = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
    return Understander(load_register(us, "us-federal-2024"))


def test_small_acronyms_and_department_words_are_read_in_every_place_they_can_stand(us_understander):
    va, doj = "Department of Veterans Affairs", "Department of Justice"
    plan = us_understander("va rights-impacting count")
    assert plan.filters == {"portfolio": [va], "rights_impacting": ["yes"]} and not plan.topic
    plan = us_understander("excluding hhs, doj and va, how many use cases are in the inventory?")
    assert (plan.intent, plan.exclude) == ("count", {"portfolio": ["Department of Health and Human Services", doj, va]})
    # "ice" is a word this register's text writes in small letters ("sea ice"): it stays a word
    assert "body" not in us_understander("how many use cases study sea ice?").filters
    plan = us_understander("is va number two in terms of use cases?")
    assert plan.claim == {"op": "rank", "value": va, "rank": 2, "unit": ""}
    # "justice" is a word this register writes in small letters ("criminal justice"): it stays a
    # word, never the Department of Justice made out of a topic
    assert not us_understander("is justice number two in terms of use cases?").claim


def test_a_word_that_would_be_a_body_by_one_word_of_its_name_stays_a_word(us_understander):
    # capitalised, "right" would be "Right of Way", the one bureau whose name holds it
    plan = us_understander("my colleague says doj has more use cases than va. right?")
    assert plan.intent == "compare" and plan.compare == [("portfolio", "Department of Justice"), ("portfolio", "Department of Veterans Affairs")]
    assert "body" not in plan.filters and "right" not in plan.topic.split()  # read as the claim's tag, not a name


def test_chat_abbreviations_and_greetings_are_never_read_as_names(understander):
    plan = understander("ya tu qqch en analyse des sentiments qui est live?")
    assert plan.filters == {"category": ["behaviour_analysis"], "status": ["in_production"]}  # not a body "QQCH"
