"""A number a model gives as a count in a sentence about counts must be the executor's even
without an item word after it: "Le registre en compte 2 [224]" or "Au total, il y en a 2" is
caught when the cited row only holds the 2 of "… - phase 2" (the truth is 19), while "la phase
2" quoted as the row writes it, years of the data file's name and figures stay accepted.
On the bundled register, the model being LangChain's FakeListChatModel (tests/test_llm_checks.py
has the other ways a model was seen to fool the check)."""

from __future__ import annotations

import pytest
from test_llm_checks import MTMD, compose, row_named

from assistant.compose import checks

PHASE = "Détection automatique des incidents routiers par caméras - phase 2"


@pytest.mark.parametrize(
    "reply",
    [
        "Le registre en compte 2 [{row}].",
        "Au total, il y en a 2 [{row}].",
        "Le nombre d'initiatives de cet organisme est de 2 [{row}].",
        "On en dénombre 2, dont la détection des incidents routiers [{row}].",
        "Cet organisme en a 2 en production [{row}].",
    ],
)
def test_a_count_without_an_item_word_borrowed_from_a_row_is_caught(full_assistant, reply):
    row = row_named(full_assistant, "phase 2", body=MTMD)
    evidence, answer = compose(
        full_assistant, f"Combien d'initiatives au {MTMD} ?", reply.format(row=row)
    )
    assert evidence.figures["count"] == 19
    assert answer.composer["fallback"].startswith("invented_number: 2")
    assert answer.answer.startswith("Le registre (portrait-ia-2025.csv) compte 19")


def test_in_a_sentence_about_counts_a_number_quoted_as_the_row_writes_it_is_kept(full_assistant):
    phase = row_named(full_assistant, "phase 2", body=MTMD)
    copilot = row_named(full_assistant, "M365", body=MTMD)
    _, answer = compose(
        full_assistant, f"Combien d'initiatives au {MTMD} ?",
        f"En 2025, le registre compte 19 initiatives de cet organisme, dont la phase 2 de la "
        f"détection des incidents routiers [{phase}] et le projet pilote Copilot M365 [{copilot}].",
    )  # fmt: skip
    assert answer.composer["fallback"] is None and "phase 2" in answer.answer


@pytest.mark.parametrize(
    ("text", "invented"),
    [
        ("Their number is 2 [5].", ["2"]),
        ("There are 2 of them [5].", ["2"]),
        ("Le total est de 2 [5].", ["2"]),
        ("La phase 2 est en cours [5].", []),  # no count: a row's number, quoted
        ("Le registre compte 19 initiatives, dont la détection (phase 2) [5].", []),
        ("Le registre (portrait-ia-2025.csv) compte 19 initiatives [5].", []),
    ],
)
def test_which_numbers_a_sentence_about_counts_gives_as_counts(text, invented):
    report = checks.check(text, [5], [19.0], {5: PHASE}, names=["portrait-ia-2025.csv"])
    assert report.invented_numbers == invented
