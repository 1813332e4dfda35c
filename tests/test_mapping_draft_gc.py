"""A real register nobody tuned on, drafted as a new user would (issue 16): the Government of
Canada AI register (412 systems, snake_case headers ending "_en", an official id holding each
organization's English and French acronyms, vendors' names). Before: its fields were named
"ai_system_primary_users", "vendors" were "not recorded" though a column names them, "Fisheries
and Oceans Canada" got made-up initials (FOC) and "NRC" named two bodies, so neither; "How many
systems use Microsoft?" counted a topic (51) and "top 5 vendors" ranked "not given" third."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.draft import draft_mapping
from assistant.register.load import load_register
from assistant.understand.understander import Understander

GC = Path(__file__).resolve().parents[1] / "data/registers/gc-ai-register/gc_ai_register_mvp_english.csv"


@pytest.fixture(scope="module")
def gc(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts") / "gc.toml"
    text = draft_mapping(GC, out).text
    out.write_text(text, encoding="utf-8")
    return text, load_register(GC, out), pd.read_csv(GC, dtype=str, keep_default_na=False)


def test_snake_case_headers_are_named_in_words_with_their_everyday_names(gc):
    text, _, _ = gc
    assert 'en = ["ai system primary users", "primary users", "users"' in text
    assert 'name = { fr = "nom", en = "name"' in text and 'status = { fr = "statut", en = "status"' in text
    assert re.search(r'names = \{ en = \["involves personal information", "PII".*fr = \["renseignements personnels"', text)
    assert '"vendors"' not in text.split("\n[columns]")[0]  # a column names them: not "not recorded"


def test_an_id_column_and_the_known_bodies_give_each_organization_its_other_names(gc):
    text, _, _ = gc
    assert '"Fisheries and Oceans Canada" = ["DFO", "MPO", "Pêches et Océans Canada"' in text  # not made-up initials (FOC)
    assert '"National Research Council Canada" = ["NRC", "CNRC"' in text
    assert '"Natural Resources Canada" = ["NRCan", "RNCan"' in text  # "NRC" is no longer claimed twice
    assert '"Canada Revenue Agency" = ["CRA", "ARC"' in text and '"Agence du revenu du Canada"' in text
    assert '"Global Affairs Canada" = ["GAC", "AMC", "Affaires mondiales Canada", "Global Affairs"' in text
    assert '"Health", ' not in text  # a name less "Canada" only when two words or more are left


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        ("How many AI systems involve personal information?", lambda d: d["involves_personal_information"].eq("Y").sum()),
        ("Combien de systèmes à l'ARC ?", lambda d: d["government_organization_en"].eq("Canada Revenue Agency").sum()),
        ("How many retired systems at DFO?", lambda d: (d["government_organization_en"].eq("Fisheries and Oceans Canada") & d["ai_system_status_en"].str.strip().str.lower().eq("retired")).sum()),
        ("How many systems are used by members of the public?", lambda d: d["ai_system_primary_users_en"].isin(["Members of public", "Both employees and public"]).sum()),
        ("How many systems were built in-house?", lambda d: d["developed_by_en"].eq("Government of Canada").sum()),
        ("How many systems use Microsoft?", lambda d: d["vendor_information"].str.contains(r"\bMicrosoft\b", case=False).sum()),
        # a known body's French name and its name less "Canada" (known_bodies.toml)
        ("Combien de systèmes de Santé Canada sont en développement ?", lambda d: (d["government_organization_en"].eq("Health Canada") & d["ai_system_status_en"].str.strip().str.lower().eq("in development")).sum()),
        ("Do any Veterans Affairs systems involve personal information?", lambda d: (d["government_organization_en"].eq("Veterans Affairs Canada") & d["involves_personal_information"].eq("Y")).sum()),
        ("How many systems went into production in 2023?", lambda d: (d["ai_system_status_en"].str.strip().str.lower().eq("in production") & d["status_date"].eq("2023")).sum()),
        ("Combien de systèmes sont utilisés uniquement par les employés fédéraux ?", lambda d: d["ai_system_primary_users_en"].eq("GC employees").sum()),
    ],
)
def test_questions_over_the_draft_as_written_get_the_pandas_count(gc, question, truth):
    _, register, raw = gc
    plan = Understander(register)(question)
    answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))
    assert not plan.topic and answer.figures["count"] == int(truth(raw))


def test_vendors_are_values_to_rank_and_a_blank_vendor_takes_no_place(gc):
    text, register, raw = gc
    assert re.search(r"\[fields\.vendor_information\][^\n]*values taken as written[^\n]*\n+type = \"label\"", text)
    plan = Understander(register)("top 5 vendors")
    figures = Executor(register, retriever=None)(plan).figures
    assert figures["ranking"][0]["label"] == "Microsoft" and all(g["value"].strip() for g in figures["ranking"])
    plan = Understander(register)("How many systems use Microsoft?")
    answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan)).answer
    assert "Microsoft (and the values containing it" in answer


def test_a_share_of_one_organizations_systems_and_a_row_named_whole(gc):
    _, register, raw = gc
    u = Understander(register)
    plan = u("Bonjour! Quelle proportion des systèmes d'ISDE avisent le public ?")
    share = Executor(register, retriever=None)(plan).figures["share"]
    ised = raw[raw["government_organization_en"].eq("Innovation, Science and Economic Development Canada")]
    assert (share["numerator"], share["denominator"]) == (int(ised["notification_ai"].eq("Y").sum()), len(ised))
    for question in ("What does Westlaw AI do?", "Tell me about AgPal Chat", "Qu'est-ce que Document Detective ?"):
        plan = u(question)
        assert plan.intent == "describe" and raw.iloc[plan.row_id - 1]["name_ai_system_en"].strip() in question


def test_by_a_vendor_is_a_value_and_a_blank_status_no_group(gc):
    _, register, raw = gc
    plan = Understander(register)("Quelle organisation a le plus de systèmes développés par un fournisseur externe ?")
    assert (plan.intent, plan.group_by, plan.filters, plan.topic) == ("rank", "body", {"developed_by": ["vendor"]}, "")
    figures = Executor(register, retriever=None)(Understander(register)("Breakdown of systems by status please"))
    figures = figures.figures
    assert all(g["value"] != "unspecified" for g in figures["breakdown"])
    assert figures["unnamed"]["count"] == int(raw["ai_system_status_en"].str.strip().eq("").sum())


def test_users_both_and_neither_give_flags_and_plans_are_not_recorded(gc):
    text, register, raw = gc
    assert "[fields.members_of_public]" in text  # "Both employees and public" counts for the public too
    users = raw["ai_system_primary_users_en"]
    u = Understander(register)
    for question in ("How many public-facing AI systems are there?", "Combien de systèmes destinés aux citoyens ?"):
        plan = u(question)
        assert Executor(register, retriever=None)(plan).figures["count"] == int(users.isin(["Members of public", "Both employees and public"]).sum())
    plan = u("how many systems were developed by a vendor rather than in-house?")
    assert Executor(register, retriever=None)(plan).figures["count"] == int(raw["developed_by_en"].eq("Vendor").sum())
    for question in ("When does CRA plan to put its in-development AI systems into production? I need the target launch dates.",
                     "Quand l'ARC prévoit-elle de mettre ses systèmes en production ?"):
        assert u(question).intent == "out_of_scope"
    plan = u("Among ISED, NRC, StatCan and Global Affairs, which one has the fewest systems in production?")
    assert (plan.intent, plan.group_by, plan.order) == ("rank", "body", "asc")


def _plan(register, question):
    plan = Understander(register)(question, [])
    return plan, Executor(register, retriever=None)(plan).figures


def test_known_federal_institutions_absent_from_the_register_are_bodies_asked_about(gc):
    text, register, _ = gc
    assert 'words = "words/canada_federal.toml"' in text  # its bodies are known federal institutions
    plan, figures = _plan(register, "Est-ce que le ministère des Finances a déclaré des systèmes d'IA ?")
    assert plan.filters == {"body": ["Department of Finance Canada"]} and figures["exists"] is False  # not a topic search
    plan, figures = _plan(register, "La Gendarmerie royale a-t-elle des systèmes retirés ?")  # present: its name less « du Canada »
    assert plan.filters["body"] == ["Royal Canadian Mounted Police"] and figures["body_count"] == 14


def test_a_register_of_other_bodies_gets_no_federal_word_list(tmp_path):
    csv = tmp_path / "r.csv"
    csv.write_text("Name,Agency,Status\nA,Alpha Office,Live\nB,Beta Office,Live\nC,Gamma Office,Retired\n", encoding="utf-8")
    assert "canada_federal" not in draft_mapping(csv, tmp_path / "m.toml").text


@pytest.mark.parametrize(
    ("question", "field", "count"),
    [
        ("Combien de systèmes faits par des fournisseurs ?", "developed_by", 156),
        ("how many systems were bought from vendors?", "developed_by", 156),
    ],
)
def test_everyday_words_for_who_built_a_system(gc, question, field, count):
    plan, figures = _plan(gc[1], question)
    assert plan.filters == {field: ["vendor"]} and figures["count"] == count


def test_a_breakdown_by_who_developed_them(gc):
    plan, figures = _plan(gc[1], "Give me CRA's systems broken down by who developed them")
    assert plan.group_by == "developed_by" and figures["count"] == 16 and figures["groups"] == 3


def test_the_whole_federal_government_is_the_whole_register_not_a_topic(gc):
    plan, figures = _plan(gc[1], "Across the whole federal government, how many AI systems handle personal data and are already operational?")
    assert not plan.topic and figures["count"] == 37


def test_a_words_file_naming_a_missing_known_bodies_file_says_so(tmp_path):
    from assistant.register.everyday_words import read_words

    words = tmp_path / "w.toml"
    words.write_text('bodies_from = "nowhere.toml"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bodies_from: .*nowhere\.toml.*Fix: check the path"):
        read_words(words, {}, set(), ValueError)


def test_a_follow_up_asking_which_one_ranks_the_same_groups(gc):
    register = gc[1]
    first = "which department has built the most AI in-house?"
    u = Understander(register)
    plan = u("and which one has bought the most from vendors?", [{"role": "user", "content": first}, {"role": "assistant", "content": ""}])
    assert (plan.intent, plan.group_by, plan.filters) == ("rank", "body", {"developed_by": ["vendor"]})


def test_apart_from_one_vendor_which_vendor_is_behind_the_most(gc):
    plan, figures = _plan(gc[1], "Apart from Microsoft, which vendor is behind the most systems that are in production?")
    assert plan.group_by == "vendor_information" and not plan.topic
    assert [(g["label"], g["count"]) for g in figures["ranking"]] == [("DeepL", 3)]


def test_the_year_of_a_status_date(gc):
    plan, figures = _plan(gc[1], "Quelle année compte le plus de systèmes (année du statut) ?")
    assert (plan.intent, plan.group_by, figures["ranking"][0]["label"]) == ("rank", "status_date", "2025")


def test_a_french_negation_around_the_verb_of_a_fields_name(gc):
    plan, figures = _plan(gc[1], "Combien de systèmes d'AAC n'avisent pas le public ?")
    assert plan.filters == {"body": ["Agriculture and Agri-Food Canada"]} and plan.exclude == {"notification_ai": ["yes"]}
    plan, _ = _plan(gc[1], "Combien de systèmes avisent le public ?")
    assert plan.filters == {"notification_ai": ["yes"]}


def test_the_registers_owner_is_found_by_the_files_name(gc):
    text, register, _ = gc
    assert '"Government of Canada", "federal government", "gouvernement du Canada"' in text.split("\nowner = [", 1)[1].split("\n")[0]
    plan, figures = _plan(register, "Combien de systèmes d'IA le gouvernement du Canada a-t-il en production ?")
    assert (plan.topic, plan.filters) == ("", {"status": ["in_production"]}) and figures["count"] > 0
