"""The 2024 and 2025 portraits side by side (issue 8): the year picks the file, a change over
time is computed exactly from both, and every citation names its file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from assistant import Assistant
from assistant.cli import main
from assistant.register.load import RegisterError, load_registers
from assistant.years import without_years, years_in

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "data" / "portrait-ia-2024.csv", ROOT / "data" / "portrait-ia-2025.csv"]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years")
    return Assistant([FILES[1], FILES[0]], index_dir=folder / "index")  # any order: sorted by year


def _count(year: int, **where) -> int:
    df = pd.read_csv(FILES[year - 2024], dtype=str, keep_default_na=False, encoding="utf-8-sig")
    mask = pd.Series(True, index=df.index)
    for column, value in where.items():
        mask &= df[column].str.strip() == value
    return int(mask.sum())


def test_the_files_are_ordered_by_year_and_the_newest_answers_by_default(both):
    assert [r.year for r in both.registers] == [2024, 2025] and both.register.year == 2025
    answer = both.ask("Combien d'agents conversationnels ?")
    assert answer.figures["count"] == _count(2025, **{"Catégorie": "Assistant/agent conversationnel"}) == 68
    assert {c.source for c in answer.citations} == {"portrait-ia-2025.csv"}


def test_a_year_in_the_question_picks_its_file(both):
    answer = both.ask("Combien d'agents conversationnels en 2024 ?")
    assert answer.intent == "count" and answer.figures["count"] == 37
    assert {c.source for c in answer.citations} == {"portrait-ia-2024.csv"}
    assert "portrait-ia-2024.csv" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How has the number of chatbots changed since 2024?",
        "Comment le nombre d'agents conversationnels a-t-il évolué depuis 2024 ?",
        "Chatbots: 2024 vs 2025",
    ],
)
def test_a_change_since_2024_is_computed_from_both_files(both, question):
    answer = both.ask(question)
    assert answer.intent == "compare_years"
    assert [(y["year"], y["count"]) for y in answer.figures["by_year"]] == [(2024, 37), (2025, 68)]
    assert answer.figures["change"] == 31 and answer.figures["count"] == 68
    assert "37" in answer.answer and "68" in answer.answer and "+31" in answer.answer
    cited = {(c.source, c.row_id) for c in answer.citations}
    for year in answer.figures["by_year"]:
        assert {(year["source"], r) for r in year["row_ids"]} <= cited
    assert {s for s, _ in cited} == {"portrait-ia-2024.csv", "portrait-ia-2025.csv"}


def test_a_status_change_between_two_named_years(both):
    answer = both.ask("Entre 2024 et 2025, combien de projets en production ?")
    expected = [_count(2024, Statut="Solution en production"), _count(2025, Statut="Solution en production")]
    assert [y["count"] for y in answer.figures["by_year"]] == expected
    assert answer.figures["change"] == expected[1] - expected[0]


def test_a_breakdown_since_2024_shows_each_year(both):
    answer = both.ask("Répartition par statut depuis 2024")
    assert answer.intent == "compare_years"
    assert [sum(g["count"] for g in y["breakdown"]) for y in answer.figures["by_year"]] == [168, 258]
    # 2024's own spelling is read as the canonical label, so the years line up.
    assert answer.figures["by_year"][0]["breakdown"][-1]["label"] == "Information indisponible"


def test_a_year_with_no_file_is_said_plainly(both):
    answer = both.ask("Combien d'initiatives en 2019 ?")
    assert answer.intent == "out_of_scope" and not answer.figures and not answer.citations
    assert "2019" in answer.answer and "portrait-ia-2024.csv" in answer.answer


def test_a_follow_up_keeps_the_year_of_its_conversation(both):
    history = [{"role": "user", "content": "Combien d'agents conversationnels en 2024 ?"},
               {"role": "assistant", "content": "37"}]  # fmt: skip
    answer = both.ask("Et parmi ceux-ci, combien sont en production ?", history)
    assert {c.source for c in answer.citations} == {"portrait-ia-2024.csv"}
    expected = _count(2024, **{"Catégorie": "Assistant/agent conversationnel", "Statut": "Solution en production"})
    assert answer.figures["count"] == expected


def test_rows_are_looked_up_in_the_file_their_citation_names(both):
    row_2024, row_2025 = both.row(1, "portrait-ia-2024.csv"), both.row(1, "portrait-ia-2025.csv")
    assert row_2024["source"] == "portrait-ia-2024.csv" and row_2025["source"] == "portrait-ia-2025.csv"
    with pytest.raises(KeyError, match="no data file named"):
        both.row(1, "portrait-ia-2023.csv")


def test_each_file_searches_only_its_own_rows(both):
    answer = both.ask("Quels projets détectent la fraude en 2024 ?")
    assert answer.intent == "search" and answer.citations
    assert {c.source for c in answer.citations} == {"portrait-ia-2024.csv"}


def test_year_phrases_are_removed_before_each_file_understands():
    assert years_in("entre 2024 et 2025") == [2024, 2025]
    assert years_in("12024 items, 2,024 rows") == []
    assert without_years("Combien d'agents conversationnels en 2024 ?") == "Combien d'agents conversationnels ?"
    assert without_years("How many initiatives in the 2024 portrait?") == "How many initiatives ?"


def test_several_files_need_distinct_names_and_years(tmp_path):
    copy = tmp_path / "portrait-ia.csv"
    shutil.copy(FILES[1], copy)
    with pytest.raises(RegisterError, match="need one year each"):
        load_registers([FILES[0], copy])
    with pytest.raises(RegisterError, match="given twice"):
        load_registers([FILES[1], FILES[1]])


def test_cli_takes_repeated_data_flags(both, tmp_path, capsys):
    args = ["--data", str(FILES[0]), "--data", str(FILES[1]), "--index-dir", str(tmp_path / "index")]
    assert main(["index", "--quiet", *args]) == 0
    err = capsys.readouterr().err
    assert "portrait-ia-2024.csv — 168 rows" in err and "portrait-ia-2025.csv — 258 rows" in err
    assert main(["ask", "--json", *args, "How has the number of chatbots changed since 2024?"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["figures"]["change"] == 31
    assert {f["source"] for f in answer["data"]["files"]} == {"portrait-ia-2024.csv", "portrait-ia-2025.csv"}


def test_a_comparison_with_a_year_not_loaded_is_refused_not_shortened(both):
    answer = both.ask("Combien d'initiatives entre 2019 et 2025 ?")
    assert answer.intent == "out_of_scope" and "2019" in answer.answer and not answer.figures


def test_a_comparison_under_a_language_model_is_worded_by_the_templates(tmp_path):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from assistant.compose.llm import LLMComposer

    model = FakeListChatModel(responses=["Il y a 37 agents conversationnels [2]."] * 10)
    assistant = Assistant(FILES, index_dir=tmp_path / "index", composer=LLMComposer(chat_model=model))
    answer = assistant.ask("Comment le nombre d'agents conversationnels a-t-il évolué depuis 2024 ?")
    assert answer.intent == "compare_years" and answer.figures["change"] == 31


def test_the_ui_header_lists_every_loaded_file(both):
    from assistant.ui.text import header_markdown

    fr, en = header_markdown(both, "fr"), header_markdown(both, "en")
    assert "`portrait-ia-2024.csv` (2024, 168 lignes)" in fr and "`portrait-ia-2025.csv` (2025, 258 lignes)" in fr
    assert "answers come from the newest unless a question names a year" in en


def test_the_ui_table_and_record_view_point_into_the_right_file(both):
    from assistant.ui.chat import citations_table
    from assistant.ui.text import record_markdown

    answer = both.ask("How has the number of chatbots changed since 2024?")
    table = citations_table(both, answer)
    first = table.iloc[0, 0]
    assert first.startswith("portrait-ia-2024.csv#")
    row = both.row(int(first.split("#")[1]), "portrait-ia-2024.csv")
    assert table.iloc[0, 1] == row["name"]
    assert row["name"] in record_markdown(both, first, "en")


def test_the_app_builds_over_several_files(both):
    from assistant.ui.app import build_app
    from assistant.ui.conversation import turn_view

    build_app(both)
    answer = both.ask("Combien d'agents conversationnels en 2024 ?")
    sources = turn_view(both, answer.answer, answer)["sources"]  # the chat's source cards
    assert sources and {s["key"].split("#")[0] for s in sources} == {"portrait-ia-2024.csv"}


def test_a_2024_answer_re_run_with_other_filters_stays_on_2024(both):
    from assistant.ui.chat import answer_plan, with_filters

    answer = both.ask("Combien d'initiatives en production en 2024 ?")
    files = answer.data["files"]
    assert [f["source"] for f in files] == ["portrait-ia-2024.csv"]
    again = answer_plan(both, with_filters(answer.plan, answer.plan.filters), files[0]["source"])
    assert again.figures["count"] == answer.figures["count"]
    assert {c.source for c in again.citations} == {"portrait-ia-2024.csv"}


def test_feedback_names_the_file_that_answered(both):
    from assistant.ui.feedback import feedback_record

    answer = both.ask("Combien d'agents conversationnels en 2024 ?")
    turn = {"question": "q", "answer": answer, "history": []}
    record = feedback_record(turn, "up", both.register, "fr")
    assert record["data_file"] == "portrait-ia-2024.csv"
    assert record["data_sha256"] == both.registers[0].sha256


def test_the_judge_reads_each_citation_from_its_own_file(both):
    from assistant.evaluation.judge import Judge
    from assistant.evaluation.score import register_vocabulary

    answer = both.ask("How has the number of chatbots changed since 2024?")
    judge = Judge(None, both.registers)
    old = next(c for c in answer.citations if c.source == "portrait-ia-2024.csv")
    assert both.row(old.row_id, old.source)["name"] in judge._row(old)
    vocabulary = register_vocabulary(both.registers)
    only_2024 = set(both.registers[0].df["body"]) - set(both.registers[1].df["body"])
    assert only_2024 and only_2024 <= set(vocabulary)


def test_a_count_across_years_does_not_ask_the_model(tmp_path):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from assistant.compose.llm import LLMComposer

    model = FakeListChatModel(responses=["Il y a 37 agents conversationnels [2]."])
    assistant = Assistant(FILES, index_dir=tmp_path / "index", composer=LLMComposer(chat_model=model))
    assistant.ask("Comment le nombre d'agents conversationnels a-t-il évolué depuis 2024 ?")
    assert model.i == 0  # the two counts are worded by the templates
