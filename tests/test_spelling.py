"""Slips in the words that say what a question asks are put right before it is read, and real
words are left alone (a verb's other form, a French word near an English one, the register's)."""

from __future__ import annotations

import pytest

from assistant.register.load import load_register
from assistant.understand.spelling import Speller, operator_words
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER


@pytest.fixture(scope="module")
def understand():
    return Understander(load_register(FULL_REGISTER))


@pytest.mark.parametrize(
    ("typed", "intent", "what"),
    [
        ("What precentage of the health network's initiatives are in production?", "share", "part"),
        ("en exlcuant le MRNF et le MTMD, combien de projets en prod ?", "count", "exclude"),
        ("Which unviersity has the fewest AI projects?", "rank", "filters"),
        ("quel minsitere a le plus de projets en developpement", "rank", "filters"),
        ("Which portfolios have eaxctly one initiative?", "breakdown", "having"),
    ],
)
def test_a_slip_in_an_operator_or_a_kind_word_keeps_what_it_asks(understand, typed, intent, what):
    plan = understand(typed)
    assert plan.intent == intent and getattr(plan, what)


def test_real_words_are_left_as_typed():
    vocabulary = frozenset({"involve", "agencies", "percentage", "excluding"})
    assert Speller(vocabulary, frozenset())("Is Deloitte involved?") == "Is Deloitte involved?"
    assert Speller(vocabulary, frozenset())("les agences fédérales") == "les agences fédérales"
    assert Speller(vocabulary, frozenset())("What precentage") == "What percentage"
    assert Speller(vocabulary, frozenset())("Ecxluding the MRNF") == "Excluding the MRNF"
    assert Speller(frozenset({"projection"}), frozenset({"prjection"}))("a prjection model") == "a prjection model"


def test_beginnings_in_the_lexicon_are_no_words_to_fix_into():
    assert all(not w.endswith("*") for w in operator_words()) and "contien" not in operator_words()


def test_a_date_fields_name_is_spelled_right_and_the_registers_own_names_are_kept():
    from pathlib import Path

    us = Understander(load_register(Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv", "us-federal-2024"))
    assert us("How many HHS use cases were imlpemented in 2023?").filters == {
        "portfolio": ["Department of Health and Human Services"], "implemented": ["2023"]}
    uk = Understander(load_register(Path(__file__).resolve().parents[1] / "data/registers/uk-atrs/atrs_records.csv", "uk-atrs"))
    assert uk("Which publisher has the fewest records?").group_by == "body"


def test_chat_words_are_read_as_the_words_they_stand_for(understand):
    """« pis » is « et » (a follow-up, two values compared); "w/o" is "without"."""
    from assistant.understand.openers import colloquial

    assert colloquial("Lequel en a le plus entre le DOE pis l'USDA ?") == "Lequel en a le plus entre le DOE et l'USDA ?"
    assert colloquial("use cases w/o PII, apis, pistes") == "use cases without PII, apis, pistes"
    first = [{"role": "user", "content": "Combien d'initiatives au CHUM ?"}, {"role": "assistant", "content": "…"}]
    plan = understand("pis en prod?", first)
    assert plan.filters == {"body": ["CHUM"], "status": ["in_production"]} and plan.intent == "count"
    plan = understand("Lequel en a le plus entre la RAMQ pis la CNESST ?")  # the two ranked: the first shown
    assert (plan.intent, plan.group_by, plan.top_n, len(plan.filters["body"])) == ("rank", "body", 1, 2)
