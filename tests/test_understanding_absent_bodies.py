"""A body the register lacks, named where questions name who runs the entries, is counted as
none from that body (issue 15): "How many use cases does the Peace Corps have?" got "4 use cases
about "peace corps"" (a scholarship programme's words), « les projets de la Société des alcools du
Québec » "5 initiatives about « Société »", "Does Amtrak use AI?" an unrelated top 5. A name in
another place (« à partir du LiDAR », "use cases from Microsoft") or the whole province (« au
Québec ») is no body."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.understand.body_slots import named_in_slot
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

US = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"


@pytest.fixture(scope="module")
def registers():
    return {"qc": load_register(FULL_REGISTER), "us": load_register(US, "us-federal-2024")}


@pytest.mark.parametrize(
    ("register", "question", "intent", "body"),
    [
        ("us", "How many use cases does the Peace Corps have?", "count", "Peace Corps"),
        ("us", "Does Amtrak use AI?", "exists", "Amtrak"),
        ("us", "Show me the Peace Corps use cases", "list", "Peace Corps"),
        ("us", "List the use cases of the Peace Corps", "list", "Peace Corps"),
        ("qc", "Liste les projets de la Société des alcools du Québec", "list", "Société des alcools du Québec"),
        ("qc", "Combien d'initiatives chez Desjardins ?", "count", "Desjardins"),
        ("qc", "Combien de projets à la Sûreté du Québec ?", "count", "Sûreté du Québec"),
        ("qc", "Est-ce que Loto-Québec utilise l'IA ?", "exists", "Loto-Québec"),
    ],
)
def test_a_body_the_register_lacks_is_counted_as_none_never_a_topic(registers, register, question, intent, body):
    plan = Understander(registers[register])(question)
    assert (plan.intent, plan.filters, plan.topic) == (intent, {"body": [body]}, "")
    result = Executor(registers[register], retriever=None)(plan)
    assert result.figures.get("count", 0) == 0
    answer = ExtractiveComposer().compose(plan, result).answer
    assert body in answer and any(w in answer for w in ("no use case", "aucune initiative"))


@pytest.mark.parametrize(
    ("register", "question"),
    [
        ("qc", "Combien de projets au Québec ?"),  # the register itself
        ("qc", "Combien de projets à partir du LiDAR ?"),  # a technique, not where it runs
        ("us", "How many use cases from Microsoft?"),  # its products, maybe: not a body
        ("us", "How many use cases at NASA?"),  # a body it holds: that body
    ],
)
def test_a_name_elsewhere_or_a_body_it_holds_is_no_absent_body(registers, register, question):
    plan = Understander(registers[register])(question)
    assert plan.filters.get("body", []) == [] or plan.filters["body"][0] in set(registers[register].df["body"])


def test_the_name_takes_french_connecting_words_and_stops_at_the_next_words():
    assert named_in_slot("Combien de projets à la Sûreté du Québec en production ?", {"surete"})[0] == "Sûreté du Québec"
    assert named_in_slot("How many use cases does the Peace Corps have?", {"peace"}) == ("Peace Corps", "does the")
    assert named_in_slot("Combien de projets au Québec ?", set()) == ("", "")
    assert named_in_slot("List the Smithsonian's use cases", {"smithsonian"}) == ("Smithsonian", "the")


@pytest.mark.parametrize(
    ("register", "question", "body"),
    [
        ("qc", "la ville de Québec utilise tu l'IA", "Ville de Québec"),
        ("qc", "Is there anything from the city of Montreal?", "City of Montreal"),
    ],
)
def test_a_city_the_register_lacks_is_named_with_its_city_word(registers, register, question, body):
    plan = Understander(registers[register])(question)
    assert (plan.intent, plan.filters, plan.topic) == ("exists", {"body": [body]}, "")


def test_a_short_name_of_a_known_body(registers):
    plan = Understander(registers["qc"])("Est-ce qu'il y a des projets d'IA à Hydro ?")
    assert (plan.intent, plan.filters) == ("exists", {"body": ["Hydro-Québec"]})
