"""Natural phrasings over typed fields and kinds of bodies, by class (US 2024 inventory and the
bundled register): a field said at length leaves no topic ("a public-facing HISP *service*"),
"rights-impacting" counts the rows that are (both included), shares take their base from the
items' own scope ("% of USGS use cases"), claims of "every one" and "over a hundred", a bare
year in a follow-up replaces the previous year, and "how many <groups>" names the grouping."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.register.load import load_register
from assistant.understand.understander import Understander
from tests.conftest import FULL_REGISTER

US = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
IMPACT = "Is the AI use case rights-impacting, safety-impacting, both, or neither?"


@pytest.fixture(scope="module")
def us_register():
    return load_register(US, "us-federal-2024")


@pytest.fixture(scope="module")
def us(us_register):
    return Understander(us_register)


@pytest.fixture(scope="module")
def qc():
    return Understander(load_register(FULL_REGISTER))


def test_rights_impacting_means_the_rows_that_are_both_included(us, us_register):
    plan = us("How many rights-impacting use cases does the VA report?")
    assert plan.filters == {"rights_impacting": ["yes"], "portfolio": ["Department of Veterans Affairs"]}
    assert us("How many use cases are rights-impacting only?").filters == {"impact_type": ["rights"]}


@pytest.mark.parametrize(
    "question",
    [
        "how many use cases support a public-facing HISP service",
        "Combien de cas d'usage à fort impact (droits ou sécurité) ne sont pas au DOJ ?",
        "Across all agencies, how many use cases are flagged as both rights- and safety-impacting?",
    ],
)
def test_a_typed_field_said_at_length_leaves_no_topic(us, question):
    plan = us(question)
    assert plan.intent == "count" and plan.topic == ""


@pytest.mark.parametrize(
    ("question", "base", "part"),
    [
        ("What % of USGS use cases disseminate information to the public?", {"body": ["USGS"]}, {"disseminates": ["yes"]}),
        ("Quelle proportion des cas d'usage du DHS implique des renseignements personnels (PII) ?",
         {"portfolio": ["Department of Homeland Security"]}, {"pii": ["yes"]}),
        ("Is it true that more than half of the VA's use cases are high-impact?",
         {"portfolio": ["Department of Veterans Affairs"]}, {"high_impact": ["yes"]}),
    ],
)  # fmt: skip
def test_a_share_takes_its_base_from_the_items_scope_and_its_part_after_the_verb(us, question, base, part):
    plan = us(question)
    assert plan.intent == "share" and plan.filters == base and plan.part == part


def test_every_single_one_is_a_claim_of_all_and_a_hundred_is_a_number(us):
    plan = us("My team says USGS built every single one of its use cases in-house. True?")
    assert plan.intent == "share" and plan.claim == {"op": "==", "value": 100.0, "unit": "%"}
    plan = us("Does HHS really have over a hundred use cases with custom code?")
    assert plan.claim == {"op": ">", "value": 100, "unit": ""}


def test_a_bare_year_in_a_follow_up_replaces_the_previous_year(us):
    first = "How many DHS use cases were initiated in 2024?"
    plan = us("and in 2023?", [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}])
    assert plan.filters == {"portfolio": ["Department of Homeland Security"], "initiated": ["2023"]}


def test_how_many_groups_names_the_grouping_even_with_a_field_said_by(us):
    plan = us("How many agencies retired at least one use case in 2024, going by the retirement date?")
    assert plan.intent == "breakdown" and plan.group_by == "portfolio" and plan.having == [(">=", 1)]


def test_a_comparison_claim_may_qualify_its_items_at_length(us):
    plan = us("Vrai ou faux : le DOJ a plus de cas d'usage à fort impact que le DHS.")
    assert plan.intent == "compare" and plan.claim["op"] == ">" and plan.filters == {"high_impact": ["yes"]}


def test_a_rank_claim_about_a_portfolio_in_the_registers_words(us):
    plan = us("The VA is the agency with the most safety-impacting use cases, correct?")
    assert plan.claim["value"] == "Department of Veterans Affairs" and plan.group_by == "portfolio"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Combien de cégeps ont déclaré au moins un projet ?", "breakdown"),
        ("Which CISSS have AI projects?", "breakdown"),
        ("pct of CIUSSS projects in prod?", "share"),
        ("Combien de projets dans les CIUSSS ?", "count"),
    ],
)
def test_a_kind_of_body_anywhere_in_the_question(qc, question, intent):
    plan = qc(question)
    assert plan.intent == intent and "body" in plan.kinds and plan.topic == ""


def test_a_common_noun_is_no_kind_unless_asked_or_plural(qc):
    plan = qc("How many projects in the Transport portfolio overall (the whole portfolio, not only the ministry)?")
    assert plan.kinds == {} and plan.filters == {"portfolio": ["Transports et Mobilité durable"]}


def test_part_des_x_dans_y_takes_y_as_the_base(qc):
    plan = qc("Part des chatbots dans le reseau de la sante?")
    assert plan.filters == {"portfolio": ["Santé et Services sociaux (Réseau)"]} and plan.part == {"category": ["conversational_agent"]}


@pytest.fixture(scope="module")
def bilingual():
    fixture = Path(__file__).resolve().parent / "fixtures/bilingual"
    return Understander(load_register(fixture / "register.csv", fixture / "mapping.toml"))


@pytest.mark.parametrize(
    "question",
    ["How many initiatives started in 2023?", "Combien d'initiatives ont été lancées en 2023 ?", "Combien de projets ont débuté en 2023 ?"],
)
def test_a_date_fields_year_counts_in_any_form_of_its_name(bilingual, question):
    plan = bilingual(question)
    assert plan.intent == "count" and plan.filters == {"started": ["2023"]} and plan.group_by is None


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("Which agencies have at least 20 rights-impacting use cases?", lambda p: p.having == [(">=", 20)] and p.claim is None),
        ("Combien de cas d'usage du DOE ne sont pas développés en interne ?", lambda p: p.exclude == {"development": ["in_house"]}),
        ("percent of NIH use cases in operation", lambda p: p.intent == "share" and p.part == {"status": ["operation_maintenance"]}),
        ("- agency with the most retired use cases (stage)?", lambda p: p.intent == "rank" and p.top_n == 1 and p.topic == ""),
        ("Does the Peace Corps appear in the inventory?", lambda p: p.intent == "exists" and p.filters == {"body": ["Peace Corps"]}),
        ("How many analysts use the IRS AI tools every day?", lambda p: p.intent == "out_of_scope"),
        ("Re: FOIA — please send the contract numbers for HHS AI use cases.", lambda p: p.intent == "out_of_scope"),
    ],
)
def test_us_phrasings_of_stages_conditions_and_absent_fields(us, question, check):
    assert check(us(question)), us(question)


def test_rights_is_no_claim_word_but_right_is(us):
    assert us("The VA has 229 use cases, right?").claim == {"op": "==", "value": 229, "unit": ""}
    assert us("How many DOT use cases are there? || how many were developed under contract only?".split(" || ")[1],
              [{"role": "user", "content": "How many DOT use cases are there?"}, {"role": "assistant", "content": "…"}]).follow_up


@pytest.mark.parametrize(
    "question", ["How many use cases are in production?", "Combien de cas d'usage en production ?", "How many use cases are live?"]
)
def test_in_production_is_every_stage_the_file_uses_for_it(us, us_register, question):
    plan = us(question)
    assert sorted(plan.filters["status"]) == ["operation_maintenance", "production_as_written"]
    stages = us_register.df["status_key"]
    assert stages.isin(["operation_maintenance", "production_as_written"]).sum() == 888


def test_a_stage_quoted_as_written_is_that_stage_alone(us):
    assert us('How many initiatives have the stage of development "In production"?').filters == {"status": ["production_as_written"]}
    assert us("Combien d'initiatives ont pour stade de développement « En production » ?").filters == {"status": ["production_as_written"]}


def test_a_flag_left_blank_is_neither_yes_nor_no_and_said_so(us_register, tmp_path, fake_embedder):
    from assistant.api import Assistant

    assistant = Assistant(US, mapping="us-federal-2024", index_dir=tmp_path / "index", embedder=fake_embedder)
    answer = assistant.ask("How many HHS use cases are public-facing?")
    df = us_register.df
    hhs = df[df["portfolio"] == "Department of Health and Human Services"]
    assert answer.figures["count"] == int((hhs["public_facing"] == "yes").sum()) == 0
    blank = hhs.loc[hhs["public_facing"].astype(str).str.strip() == "", "row_id"].tolist()
    assert answer.figures["not_given"] == [{"field": "public_facing", "count": len(blank), "row_ids": blank}] and len(blank) == 244
    assert "no answer for “public-facing”" in answer.answer


@pytest.mark.parametrize(
    ("question", "filters"),
    [
        ("breakdown by PII", {}),
        ("How many use cases by custom code?", {}),
        ("use cases broken down by whether they involve PII", {}),
        ("Répartition des cas d'usage du DHS selon les renseignements personnels",
         {"portfolio": ["Department of Homeland Security"]}),
    ],
)
def test_a_flag_after_by_groups_the_rows_yes_no_and_not_given(us, question, filters):
    plan = us(question)
    assert plan.intent == "breakdown" and plan.group_by in ("pii", "custom_code")
    assert plan.filters == filters and plan.topic == ""


def test_a_flag_before_the_items_or_in_a_ranking_stays_a_filter(us):
    plan = us("rank agencies by PII use cases")
    assert (plan.intent, plan.group_by, plan.filters) == ("rank", "portfolio", {"pii": ["yes"]})
    plan = us("breakdown by agency of use cases involving PII")
    assert (plan.group_by, plan.filters) == ("portfolio", {"pii": ["yes"]})


def test_the_mapping_s_well_known_absent_body_is_not_linked_to_a_cell_by_its_acronym(us):
    # "DoD" is the Department of Defense (absent); "DOD" the CFTC's division (one row)
    assert us("How many use cases at DoD?").filters == {"body": ["Department of Defense"]}
    assert us("How many use cases at the Pentagon?").filters == {"body": ["Department of Defense"]}
    assert us("How many use cases does the CFTC's DOD have?").filters["body"] == ["DOD"]


@pytest.mark.parametrize("question", ["Which DHS component has the most use cases?", "Quelle composante du DHS a le plus de cas d'usage ?"])
def test_what_people_also_call_a_field_names_its_groups_and_a_name_between_keeps_it_singular(us, question):
    plan = us(question)
    assert (plan.intent, plan.group_by, plan.top_n) == ("rank", "body", 1)
    assert plan.filters == {"portfolio": ["Department of Homeland Security"]}
