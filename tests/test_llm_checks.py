"""A language model's answer cannot borrow a number from a row, go uncited, switch language or
carry markup: each way a model was seen to fool the check falls back to the template answer.

On the bundled register as it is (rows named "… - phase 2" and "Copilot M365 …") and with a
planted row whose name holds "999"; the model is LangChain's FakeListChatModel.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.compose import checks
from assistant.compose.checks import figure_values
from assistant.compose.llm import LLMComposer


def compose(assistant: Any, question: str, reply: str, plant: dict[str, Any] | None = None):
    plan = assistant.understander(question, [])
    evidence = assistant.executor(plan)
    if plant:
        evidence.rows[0] = {**evidence.rows[0], **plant}
    composer = LLMComposer("openai", "fake", chat_model=FakeListChatModel(responses=[reply]))
    return evidence, composer.compose(plan, evidence)


def row_named(assistant: Any, part: str, **where: str) -> int:
    df = assistant.register.df
    mask = df["name"].str.contains(part, regex=False)
    for column, value in where.items():
        mask &= df[column] == value
    return int(df.index[mask][0])


MTMD = "Ministère des Transports et de la Mobilité durable"


def test_a_count_borrowed_from_a_cited_rows_name_is_caught(full_assistant):
    row = row_named(full_assistant, "phase 2", body=MTMD)
    evidence, answer = compose(
        full_assistant, f"Combien d'initiatives au {MTMD} ?",
        f"Le registre compte 2 initiatives de l'organisme {MTMD} [{row}].",
    )  # fmt: skip
    assert evidence.figures["count"] == 19
    assert answer.composer["fallback"].startswith("invented_number: 2")
    assert answer.answer.startswith("Le registre (portrait-ia-2025.csv) compte 19")


def test_a_number_inside_a_longer_word_of_a_row_is_not_a_figure(full_assistant):
    row = row_named(full_assistant, "M365", body="Santé Québec")
    evidence, answer = compose(
        full_assistant, "Combien d'initiatives à Santé Québec ?",
        f"Santé Québec compte 365 initiatives en production [{row}].",
    )  # fmt: skip
    assert evidence.figures["count"] == 7
    assert answer.composer["fallback"].startswith("invented_number: 365")


def test_numbers_quoted_from_the_cited_row_as_it_writes_them_are_kept(full_assistant):
    phase = row_named(full_assistant, "phase 2", body=MTMD)
    copilot = row_named(full_assistant, "M365", body=MTMD)
    _, answer = compose(
        full_assistant, f"Combien d'initiatives au {MTMD} ?",
        f"Le registre compte 19 initiatives de cet organisme, dont la phase 2 de la détection des "
        f"incidents routiers [{phase}] et le projet pilote Copilot M365 [{copilot}].",
    )  # fmt: skip
    assert answer.composer["fallback"] is None and "phase 2" in answer.answer


def test_an_uncited_number_from_a_planted_row_is_caught_in_any_language(full_assistant):
    _, answer = compose(
        full_assistant, "Combien d'agents conversationnels ?", "The answer is 999.",
        plant={"name": "Projet 999"},
    )  # fmt: skip
    assert answer.composer["fallback"].startswith("invented_number: 999")


@pytest.mark.parametrize(
    "markup",
    ['<img src="http://127.0.0.1:9/x.png" onerror="alert(1)">', "[la liste](http://127.0.0.1:9/)",
     "<script>alert(1)</script>", "voir https://example.org", "[ici](javascript:alert(1))"],
)  # fmt: skip
def test_markup_and_links_in_a_model_answer_fall_back(full_assistant, markup):
    evidence, answer = compose(
        full_assistant, "Combien d'agents conversationnels ?",
        f"Le registre compte 68 agents conversationnels. {markup}",
    )  # fmt: skip
    assert evidence.figures["count"] == 68
    assert answer.composer["fallback"].startswith("markup: ")
    assert "<" not in answer.answer and "http" not in answer.answer and "javascript" not in answer.answer


def test_an_answer_in_the_other_language_falls_back(full_assistant):
    _, answer = compose(
        full_assistant, "Combien d'agents conversationnels ?",
        "The register lists 68 conversational agents, which are used by many public bodies to "
        "answer the questions of citizens and employees.",
    )  # fmt: skip
    assert answer.composer["fallback"].startswith("wrong_language: ")
    assert answer.language == "fr" and answer.answer.startswith("Le registre")


def test_an_english_answer_quoting_french_names_is_english(full_assistant):
    row = row_named(full_assistant, "phase 2", body=MTMD)
    _, answer = compose(
        full_assistant, f"How many initiatives does the {MTMD} have?",
        f"The register lists 19 initiatives for this body, for instance « Détection automatique "
        f"des incidents routiers par caméras - phase 2 » [{row}] of the {MTMD}.",
    )  # fmt: skip
    assert answer.composer["fallback"] is None


def test_executor_figures_are_every_number_but_row_ids():
    figures = {"by": "body", "count": 20, "groups": 2, "breakdown": [
        {"value": "A", "count": 15, "row_ids": [101, 102]}, {"value": "B", "count": 5, "row_ids": [7]}]}
    assert figure_values(figures) == {20.0, 2.0, 15.0, 5.0, 75.0, 25.0}
    assert figure_values({"exists": True, "count": 0, "row_ids": [3]}) == {0.0}


def test_a_percentage_is_a_figure_even_when_a_cited_row_holds_the_number():
    rows = {1: "Réduire de 30 % les délais"}
    assert checks.check("Les délais baissent de 30 % [1].", [1], [], rows).code == "invented_number"
    assert checks.check("L'objectif : réduire de 30 les délais [1].", [1], [], rows).ok
