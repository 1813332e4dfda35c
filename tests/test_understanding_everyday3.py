"""Classes of everyday phrasing the fourteenth and fifteenth natural sets' dev halves showed
misread (issue 15), each tested on its class: a comparison claim whose side adds up several values
("than Santé Québec and the RAMQ combined", « réunis », "put together")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.understand.model_plan import ModelUnderstander
from assistant.understand.plan_schema import as_reply
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

DATA = Path(__file__).resolve().parents[1] / "data/registers"
US = DATA / "us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"


@pytest.fixture(scope="module")
def qc():
    return Understander(load_register(FULL_REGISTER))


@pytest.fixture(scope="module")
def us():
    return Understander(load_register(US, "us-federal-2024"))


def _run(u, question, history=None):
    plan = u(question, history or [])
    return plan, Executor(u.register, retriever=None)(plan).figures


def _count(u, field, values):
    return int(u.register.df[field].isin(values).sum())


@pytest.mark.parametrize(("question", "op", "first", "second"), [
    ("The CHUM has more projects than Santé Québec and the RAMQ combined, right?", ">", ["CHUM"], ["Santé Québec", "Régie de l'assurance maladie du Québec"]),
    ("Le CHUM a-t-il plus de projets que Santé Québec et la RAMQ réunis ?", ">", ["CHUM"], ["Santé Québec", "Régie de l'assurance maladie du Québec"]),
    ("Do Santé Québec and the RAMQ together have fewer projects than the CHUM?", "<", ["Santé Québec", "Régie de l'assurance maladie du Québec"], ["CHUM"]),
    ("L'Université Laval a autant de projets que Santé Québec et la RAMQ à eux deux ?", "==", ["Université Laval"], ["Santé Québec", "Régie de l'assurance maladie du Québec"]),
])  # fmt: skip
def test_a_side_of_a_comparison_claim_may_add_up_several_values(qc, question, op, first, second):
    plan, figures = _run(qc, question)
    a, b = _count(qc, "body", first), _count(qc, "body", second)
    assert plan.intent == "compare" and plan.claim["op"] == op and plan.claim["unit"] == "than"
    assert [g["count"] for g in figures["compare"]] == [a, b] and figures["count"] == a
    holds = {">": a > b, "<": a < b, "==": a == b}[op]
    assert figures["claim"]["holds"] is holds
    added = figures["compare"][0 if len(first) > 1 else 1]
    assert added["value"] == (first if len(first) > 1 else second) and " + " in added["label"]
    assert not {"combined", "réunis", "together", "à eux deux", "eux", "deux"} & set(plan.set_aside)  # read, not set aside


def test_added_up_values_on_another_register(us):
    plan, figures = _run(us, "HHS has as many use cases as DOE and the VA put together?")
    df = us.register.df
    hhs = int((df["portfolio"] == "Department of Health and Human Services").sum())
    both = int(df["portfolio"].isin(["Department of Energy", "Department of Veterans Affairs"]).sum())
    assert [g["count"] for g in figures["compare"]] == [hhs, both]
    assert figures["claim"]["holds"] is (hhs == both)


@pytest.mark.parametrize("question", [
    "Does the CHUM have more projects than Santé Québec and the RAMQ?",  # more than each: no sum said
    "Santé Québec et la RAMQ ont-elles plus de projets que le CHUM ?",
])
def test_without_a_word_that_adds_up_no_side_is_summed(qc, question):
    plan, _ = _run(qc, question)
    assert not any(isinstance(v, tuple) for _, v in plan.compare)


def test_a_model_may_write_added_up_values_and_they_are_checked(qc):
    """The plan schema says a compared value may be a list: the rules' plan read back is the same
    plan, and an unknown value in the list is refused."""
    question = "The CHUM has more projects than Santé Québec and the RAMQ combined, right?"
    rules = qc(question, [])
    reply = as_reply(rules)
    assert reply["compare"][1]["value"] == ["Santé Québec", "Régie de l'assurance maladie du Québec"]
    model = ModelUnderstander(qc, chat_model=FakeListChatModel(responses=[json.dumps(reply)]))
    plan = model(question, [])
    assert plan.understood_by == "llm" and plan.compare == rules.compare
    reply["compare"][1]["value"] = ["Santé Québec", "Hydro-Mars"]
    plan = ModelUnderstander(qc, chat_model=FakeListChatModel(responses=[json.dumps(reply)]))(question, [])
    assert plan.understood_by == "rules"


@pytest.mark.parametrize("question", [
    "What proportion of projects are in production?",
    "Quelle proportion des projets du MSSS sont en production ?",
    "Quel pourcentage des projets sont en production ?",
])
def test_a_word_both_filler_and_operator_is_read_as_the_operator_not_set_aside(qc, question):
    """« proportion » is in the filler list too: the share's word is read, so the understood line
    does not say it was set aside."""
    plan, figures = _run(qc, question)
    assert plan.intent == "share" and plan.set_aside == [] and plan.explained == 1.0
    assert figures["share"]["numerator"] == figures["count"]
