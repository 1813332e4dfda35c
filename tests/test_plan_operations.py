"""The plan operations beyond filters, executed and worded: exclusions, share, exists, having,
fewest first, ties at a top-N cut and claims (the contract in assistant/types.py's docstring).

Plans are built by hand (no understanding step); every figure is checked against pandas over the
register's table, the text in both languages by its key phrases, and the US inventory's words
once. Filter plans need no index: the executor runs without a retriever (as in test_wording.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.types import Plan

ROOT = Path(__file__).resolve().parent.parent
QC = ROOT / "data" / "portrait-ia-2025.csv"
US = ROOT / "data" / "registers" / "us-federal-2024" / "2024_consolidated_ai_inventory_raw_v2.csv"
RAMQ = "Régie de l'assurance maladie du Québec"
CIUSSS = "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal"
HEALTH = "Santé et Services sociaux (Réseau)"
NNBSP = "\u202f"


def _desk(register):
    return SimpleNamespace(register=register, df=register.df, executor=Executor(register, retriever=None))


@pytest.fixture(scope="module")
def qc():
    return _desk(load_register(QC))


@pytest.fixture(scope="module")
def us():
    return _desk(load_register(US, "us-federal-2024"))


def run(desk, language="fr", **fields):
    plan = Plan(question="q", language=language, **fields)
    answer = ExtractiveComposer().compose(plan, desk.executor(plan))
    return answer.figures, answer.answer, answer


def ids(frame) -> list[int]:
    return frame["row_id"].tolist()


# -- exclude ------------------------------------------------------------------------------------


@pytest.mark.parametrize("intent", ["count", "list", "exists", "share"])
def test_an_exclusion_leaves_the_rows_out_of_every_row_intent(qc, intent):
    df = qc.df
    kept = df[(df.status_key == "in_production") & (df.body != RAMQ)]
    figures, text, answer = run(qc, intent=intent, filters={"status": ["in_production"]}, exclude={"body": [RAMQ]})
    got = figures["denominator_row_ids"] if intent == "share" else figures["row_ids"]
    assert got == ids(kept) and figures["count"] == len(kept)
    assert RAMQ not in set(df.loc[got, "body"])
    assert "hors de l'organisme Régie de l'assurance maladie du Québec" in text
    assert not {c.row_id for c in answer.citations} & set(ids(df[df.body == RAMQ]))


def test_an_exclusion_applies_to_groups_and_comparisons(qc):
    df = qc.df
    kept = df[~df.portfolio.isin([HEALTH])]
    figures, text, _ = run(qc, intent="breakdown", group_by="status", exclude={"portfolio": [HEALTH]})
    assert figures["count"] == len(kept)
    assert {g["value"]: g["count"] for g in figures["breakdown"]} == kept.status_key.value_counts().to_dict()
    assert "hors du portefeuille « Santé et Services sociaux (Réseau) »" in text
    figures, _, _ = run(qc, intent="rank", group_by="body", top_n=3, exclude={"body": ["Ministère des Ressources naturelles et des Forêts"]})
    assert figures["ranking"][0]["label"] == "Ministère des Transports et de la Mobilité durable"
    compare = [("status", "in_production"), ("status", "in_development")]
    figures, _, _ = run(qc, intent="compare", compare=compare, exclude={"category": ["conversational_agent"]})
    rest = df[df.category_key != "conversational_agent"]
    assert [g["count"] for g in figures["compare"]] == [int((rest.status_key == v).sum()) for _, v in compare]
    _, text, _ = run(qc, "en", intent="count", exclude={"body": [RAMQ], "status": ["in_development"]})
    assert f"has {len(df[(df.body != RAMQ) & (df.status_key != 'in_development')])} initiatives excluding {RAMQ}, excluding status" in text


def test_excluding_a_value_the_register_lacks_changes_nothing(qc):
    figures, text, _ = run(qc, intent="count", exclude={"body": ["Société de l'assurance automobile du Québec"]})
    assert figures["row_ids"] == ids(qc.df) and figures["count"] == 258
    _, en, _ = run(qc, "en", intent="count", exclude={"body": ["Société de l'assurance automobile du Québec"]})
    assert "excluding Société de l'assurance automobile du Québec" in en


def test_rows_with_a_blank_cell_stay_when_a_value_is_excluded(tmp_path):
    data = tmp_path / "city-2023.csv"
    data.write_text("Project;Department;Phase\nLights;Roads;in service\nSigns;Roads;in service\nParks;;in service\n"
                    "Water;Water;planned\n", encoding="utf-8")  # fmt: skip
    mapping = tmp_path / "city.toml"
    mapping.write_text(
        'title = "City"\nlanguage = "en"\n[columns]\nname = "Project"\nbody = "Department"\nstatus = "Phase"\n'
        '[statuses.in_service]\nfr = "En service"\nen = "In service"\n[statuses.planned]\nfr = "Prévu"\nen = "Planned"\n',
        encoding="utf-8",
    )
    city = _desk(load_register(data, mapping))
    figures, _, _ = run(city, "en", intent="count", exclude={"body": ["Roads"]})
    assert figures["row_ids"] == [3, 4]  # the blank department stays
    figures, _, _ = run(city, "en", intent="count", exclude={"body": [""]})
    assert figures["count"] == 4  # a blank is never an excluded value


def test_a_topic_search_keeps_out_the_excluded_rows(mini_assistant):
    df = mini_assistant.register.df
    body = df.body.value_counts().index[0]
    plan = Plan(question="agent conversationnel citoyens", language="fr", intent="search", exclude={"body": [body]})
    evidence = mini_assistant.executor(plan)
    assert evidence.rows and body not in {r["body"] for r in evidence.rows}


# -- share --------------------------------------------------------------------------------------


def test_a_share_counts_the_part_among_the_filtered_rows(qc):
    df = qc.df
    figures, fr, answer = run(qc, intent="share", part={"status": ["in_production"]})
    a, b = int((df.status_key == "in_production").sum()), len(df)
    assert figures["share"] == {"numerator": a, "denominator": b, "percent": round(100 * a / b, 1)} == {
        "numerator": 132, "denominator": 258, "percent": 51.2}  # fmt: skip
    assert figures["count"] == a and figures["row_ids"] == ids(df[df.status_key == "in_production"])
    assert figures["denominator_row_ids"] == ids(df)
    assert "Sur les 258 initiatives que compte le registre (portrait-ia-2025.csv), 132 (51,2 %) sont au statut « Solution en production »." in fr
    assert [c.row_id for c in answer.citations] == figures["row_ids"]
    _, en, _ = run(qc, "en", intent="share", part={"status": ["in_production"]})
    assert 'Of the 258 initiatives in the register (portrait-ia-2025.csv), 132 (51.2%) have the status "Solution in production".' in en


def test_a_share_with_scope_exclusions_and_a_part_exclusion(qc):
    df = qc.df
    base = df[(df.portfolio == HEALTH) & (df.body != CIUSSS)]
    part = base[(base.category_key == "conversational_agent") & (base.status_key != "in_development")]
    figures, fr, _ = run(qc, intent="share", filters={"portfolio": [HEALTH]}, exclude={"body": [CIUSSS]},
                         part={"category": ["conversational_agent"]}, part_exclude={"status": ["in_development"]})  # fmt: skip
    assert figures["share"]["denominator"] == len(base) and figures["row_ids"] == ids(part)
    assert figures["share"]["percent"] == round(100 * len(part) / len(base), 1)
    assert f"Sur les {len(base)} initiatives du portefeuille « {HEALTH} » hors de l'organisme {CIUSSS}" in fr
    assert "sont de la catégorie « Assistant/agent conversationnel » et ne sont pas au statut « Développement de la solution »" in fr


def test_a_share_of_an_empty_base_divides_nothing(qc):
    claim = {"op": ">", "value": 10, "unit": "%"}
    figures, fr, _ = run(qc, intent="share", filters={"body": ["Nope"]}, part={"status": ["in_production"]}, claim=claim)
    assert figures["share"] == {"numerator": 0, "denominator": 0, "percent": None}
    assert figures["row_ids"] == figures["denominator_row_ids"] == [] and figures["claim"]["holds"] is False
    assert "ne compte aucune initiative de l'organisme Nope" in fr and "la base est vide" in fr
    _, en, _ = run(qc, "en", intent="share", filters={"body": ["Nope"]}, part={"status": ["in_production"]})
    assert "has no initiative from Nope" in en and "the base is empty" in en


# -- exists -------------------------------------------------------------------------------------


def test_exists_says_yes_or_no_with_the_figure(qc):
    df = qc.df
    figures, fr, _ = run(qc, intent="exists", filters={"body": [RAMQ]})
    assert figures == {"exists": True, "count": 4, "row_ids": ids(df[df.body == RAMQ])}
    assert fr.startswith(f"Oui : le registre (portrait-ia-2025.csv) compte 4 initiatives de l'organisme {RAMQ}.")
    _, en, _ = run(qc, "en", intent="exists", filters={"body": [RAMQ]})
    assert en.startswith(f"Yes: the register (portrait-ia-2025.csv) has 4 initiatives from {RAMQ}.")
    figures, en, _ = run(qc, "en", intent="exists", filters={"body": ["Nope"]})
    assert figures == {"exists": False, "count": 0, "row_ids": []}
    assert en == "No: the register (portrait-ia-2025.csv) has no initiative from Nope."


def test_a_body_with_none_of_what_was_asked_is_said_with_both_facts(qc):
    df = qc.df
    assert not ((df.body == RAMQ) & (df.category_key == "geomatics")).any()
    figures, fr, _ = run(qc, intent="exists", filters={"body": [RAMQ], "category": ["geomatics"]})
    assert figures["exists"] is False and figures["body_count"] == int((df.body == RAMQ).sum())
    assert fr.split("\n") == [
        f"Non : le registre (portrait-ia-2025.csv) ne compte aucune initiative de l'organisme {RAMQ} de la catégorie « Gestion géomatique et géospatiale ».",
        f"En revanche, le registre (portrait-ia-2025.csv) compte 4 initiatives de l'organisme {RAMQ}.",
    ]
    _, en, _ = run(qc, "en", intent="exists", filters={"body": [RAMQ], "category": ["geomatics"]})
    assert en.split("\n")[1] == f"However, the register (portrait-ia-2025.csv) has 4 initiatives from {RAMQ}."


# -- having, fewest first, ties -----------------------------------------------------------------


@pytest.mark.parametrize(
    "op, n", [(">=", 10), (">", 11), ("<", 3), ("<=", 2), ("==", 9), ("!=", 1)]
)
def test_having_keeps_the_groups_meeting_the_condition(qc, op, n):
    sizes = qc.df.body.value_counts()
    want = sizes[eval(f"sizes {op} {n}")]  # noqa: S307 (the test's own comparison, on pandas)
    figures, _, _ = run(qc, intent="breakdown", group_by="body", having=[(op, n)])
    assert {g["value"]: g["count"] for g in figures["breakdown"]} == want.to_dict()
    assert figures["groups"] == len(want) and figures["count"] == int(want.sum())
    assert figures["having"] == [[op, n]]


def test_having_is_worded_with_the_number_of_groups_first(qc):
    _, fr, _ = run(qc, intent="breakdown", group_by="body", having=[(">=", 10)])
    assert fr.split("\n")[0] == "Organismes ayant au moins 10 initiatives : 5"
    assert fr.split("\n")[1].startswith("- Ministère des Ressources naturelles et des Forêts : 26 initiatives [93, ")
    figures, en, _ = run(qc, "en", intent="rank", group_by="portfolio", having=[("<", 3)])
    assert en.split("\n")[0] == "Ministerial portfolios with fewer than 3 initiatives: 7"
    assert figures["groups"] == 7 and en.split("\n")[1].startswith("1. ")
    _, fr, _ = run(qc, intent="breakdown", group_by="body", groups_asked=True, having=[(">=", 2), ("<=", 3)])
    sizes = qc.df.body.value_counts()
    assert fr.split("\n")[0] == f"Organismes ayant au moins 2 initiatives et au plus 3 initiatives : {int(((sizes >= 2) & (sizes <= 3)).sum())}"


def test_groups_with_no_counted_row_qualify_for_none(qc):
    df = qc.df
    health = df[df.portfolio == HEALTH]
    want = set(health.body) - set(health.loc[health.category_key == "conversational_agent", "body"])
    figures, fr, _ = run(qc, intent="breakdown", group_by="body", having=[("==", 0)],
                         filters={"portfolio": [HEALTH], "category": ["conversational_agent"]})  # fmt: skip
    assert {g["value"] for g in figures["breakdown"]} == want and figures["count"] == 0
    assert all(g["count"] == 0 and g["row_ids"] == [] for g in figures["breakdown"])
    lines = fr.split("\n")
    assert lines[0].startswith(f"Organismes ayant 0 initiative du portefeuille « {HEALTH} » de la catégorie « Assistant/agent conversationnel »")
    assert lines[0].endswith(f" : {len(want)}") and lines[1].endswith(" : 0 initiative")
    _, en, _ = run(qc, "en", intent="breakdown", group_by="body", having=[("==", 0)],
                   filters={"portfolio": [HEALTH], "category": ["conversational_agent"]})  # fmt: skip
    assert en.startswith("Public bodies with no initiatives in the")
    figures, _, _ = run(qc, intent="breakdown", group_by="body", having=[("<", 1)], exclude={"portfolio": [HEALTH]},
                        filters={"category": ["conversational_agent"]})  # fmt: skip
    outside = df[df.portfolio != HEALTH]
    assert {g["value"] for g in figures["breakdown"]} == set(outside.body) - set(
        outside.loc[outside.category_key == "conversational_agent", "body"])  # fmt: skip


def test_fewest_first_includes_groups_with_no_row_and_keeps_ties(qc):
    df = qc.df
    figures, fr, _ = run(qc, intent="rank", group_by="portfolio", order="asc", top_n=3)
    ones = df.portfolio.value_counts()
    assert [g["count"] for g in figures["ranking"]] == [1] * int((ones == 1).sum())  # 5 tied at the cut of 3
    assert fr.startswith("Portefeuilles ministériels ayant le moins d'initiatives (258 initiatives au total) :")
    _, en, _ = run(qc, "en", intent="rank", group_by="portfolio", order="asc", top_n=3)
    assert en.startswith("Ministerial portfolios with the fewest initiatives")
    figures, fr, _ = run(qc, intent="rank", group_by="body", order="asc", top_n=2, filters={"category": ["laboratory_equipment"]})
    without = set(df.body) - set(df.loc[df.category_key == "laboratory_equipment", "body"])
    assert {g["value"] for g in figures["ranking"]} == without  # every zero is tied
    assert fr.split("\n")[1].endswith(" : 0 initiative")


def test_a_ranking_keeps_every_group_tied_with_the_last_one_shown(qc):
    sizes = qc.df.body.value_counts()
    assert sizes.iloc[5] == sizes.iloc[6] != sizes.iloc[7]  # 9, 9 at places 6 and 7
    figures, _, _ = run(qc, intent="rank", group_by="body", top_n=6)
    assert [g["count"] for g in figures["ranking"]] == sizes.iloc[:7].tolist()
    figures, _, _ = run(qc, intent="rank", group_by="body", top_n=5)
    assert [g["count"] for g in figures["ranking"]] == sizes.iloc[:5].tolist()  # no tie at 5


# -- claims -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "op, value, holds",
    [("==", 12, True), ("==", 11, False), ("<", 10, False), ("<", 13, True), ("<=", 12, True), (">", 12, False),
     (">", 11, True), (">=", 13, False), ("~", 11, True), ("~", 13, True), ("~", 14, False)],
)  # fmt: skip
def test_a_count_claim_is_checked_against_the_count(qc, op, value, holds):
    n = int((qc.df.body == "CHUM").sum())
    assert n == 12
    claim = {"op": op, "value": value, "unit": ""}
    figures, fr, _ = run(qc, intent="count", filters={"body": ["CHUM"]}, claim=claim)
    assert figures["claim"] == {**claim, "holds": holds} and figures["count"] == n
    assert fr.startswith("Oui : " if holds else "Non : ")
    assert "[163]" in fr  # then the usual answer: the rows


def test_claims_are_said_plainly_with_the_register_figure(qc):
    _, fr, _ = run(qc, intent="count", filters={"body": [CIUSSS]}, claim={"op": "<", "value": 10, "unit": ""})
    assert fr.split("\n")[0] == f"Non : le registre (portrait-ia-2025.csv) compte 14 initiatives de l'organisme {CIUSSS}, pas moins de 10."
    _, en, _ = run(qc, "en", intent="count", filters={"body": ["CHUM"]}, claim={"op": "==", "value": 12, "unit": ""})
    assert en.split("\n")[0] == "Yes: the register (portrait-ia-2025.csv) has exactly 12 initiatives from CHUM."
    _, fr, _ = run(qc, intent="count", filters={"body": ["Nope"]}, claim={"op": ">", "value": 2, "unit": ""})
    assert fr == "Non : le registre (portrait-ia-2025.csv) ne compte aucune initiative de l'organisme Nope, pas plus de 2."
    _, en, _ = run(qc, "en", intent="count", filters={"body": ["CHUM"]}, claim={"op": "~", "value": 1000, "unit": ""})
    assert en.startswith("No: the register (portrait-ia-2025.csv) has 12 initiatives from CHUM, not about 1,000.")
    _, fr, _ = run(qc, intent="count", filters={"body": ["CHUM"]}, claim={"op": ">=", "value": 1000, "unit": ""})
    assert fr.startswith(f"Non : le registre (portrait-ia-2025.csv) compte 12 initiatives de l'organisme CHUM, pas au moins 1{NNBSP}000.")


@pytest.mark.parametrize(
    "op, value, holds",
    [("~", 50, True), ("~", 53.2, True), ("~", 53.3, False), ("<", 51.2, False), ("<=", 51.2, True), (">", 50, True),
     (">=", 60, False), ("==", 51.2, True), ("==", 51, False)],
)  # fmt: skip
def test_a_share_claim_is_checked_against_the_percentage(qc, op, value, holds):
    claim = {"op": op, "value": value, "unit": "%"}
    figures, fr, _ = run(qc, intent="share", part={"status": ["in_production"]}, claim=claim)
    assert figures["share"]["percent"] == 51.2 and figures["claim"] == {**claim, "holds": holds}
    lines = fr.split("\n")
    assert lines[0].startswith(("Oui : " if holds else "Non : ") + "la proportion est de 51,2 %")
    assert lines[1].startswith("Sur les 258 initiatives")


def test_a_share_claim_in_english_and_on_the_count(qc):
    _, en, _ = run(qc, "en", intent="share", part={"status": ["in_production"]}, claim={"op": "<", "value": 40, "unit": "%"})
    assert en.split("\n")[0] == "No: the proportion is 51.2%, not less than 40%."
    figures, fr, _ = run(qc, intent="share", part={"status": ["in_production"]}, claim={"op": ">", "value": 100, "unit": ""})
    assert figures["claim"]["holds"] is True and fr.split("\n")[0] == "Oui : 132 initiatives sur 258, soit plus de 100."


# -- another register's words -------------------------------------------------------------------

QUEBEC_ONLY = re.compile(r"portfolio|portefeuille|ministériel|ministerial|initiative|public body|organisme", re.I)


def test_the_us_inventory_words_every_new_answer(us):
    df = us.df
    dhs = "Department of Homeland Security"
    plans = [
        dict(intent="share", filters={"portfolio": [dhs]}, part={"status": ["operation_maintenance"]},
             exclude={"category": ["mission_enabling"]}, claim={"op": "~", "value": 30, "unit": "%"}),
        dict(intent="exists", filters={"body": ["CBP"], "status": ["nope"]}),
        dict(intent="breakdown", group_by="portfolio", having=[(">=", 100)]),
        dict(intent="rank", group_by="portfolio", order="asc", top_n=2),
        dict(intent="count", exclude={"portfolio": [dhs]}, claim={"op": "==", "value": 1, "unit": ""}),
    ]  # fmt: skip
    texts = {}
    for i, plan in enumerate(plans):
        for language in ("fr", "en"):
            texts[i, language] = run(us, language, **plan)[1]
            assert not QUEBEC_ONLY.search(texts[i, language]), texts[i, language]
    base = df[(df.portfolio == dhs) & (df.category_key != "mission_enabling")]
    assert f"Of the {len(base)} use cases from the agency \"{dhs}\" outside the topic area" in texts[0, "en"]
    assert "que compte l'inventaire" in texts[0, "fr"] and "sont au stade de développement « Exploitation et maintenance »" in texts[0, "fr"]
    assert texts[1, "fr"].split("\n")[1].startswith("En revanche, l'inventaire")
    assert texts[2, "en"].startswith(f"Agencies with at least 100 use cases: {int((df.portfolio.value_counts() >= 100).sum())}")
    assert texts[3, "fr"].startswith("Agences fédérales ayant le moins de cas d'usage")
    assert texts[4, "en"].startswith(f"No: the inventory ({us.register.source}) has {len(df[df.portfolio != dhs]):,} use cases outside the agency")


def test_a_topic_that_empties_a_filtered_set_is_answered_with_both_figures(full_assistant):
    plan = full_assistant.understander("Combien de projets de détection de fraude au MTMD ?")
    evidence = full_assistant.executor(plan)
    answer = full_assistant.composer.compose(plan, evidence)
    mtmd = int((full_assistant.register.df["body"] == "Ministère des Transports et de la Mobilité durable").sum())
    assert evidence.figures["count"] == 0 and evidence.figures["without_topic"] == mtmd
    assert f"compte {mtmd} initiatives" in answer.answer and "aucune ne porte sur" in answer.answer
