"""Exact answers that cite many rows: records built when read, citations read column-wise.

The executor hands the composer `Records` (the rows, built on demand) and the composer cites
them as columns (`Citations`). Every answer must stay byte for byte what the per-row path gave:
these tests compare both, intent by intent, in French and English, on the fixture register, the
bundled one and a 20 000-row synthetic register; the UI table and the LLM composer's input too.
"""

from __future__ import annotations

import importlib.util
import json
from types import SimpleNamespace

import pytest

from assistant.compose.extractive import ExtractiveComposer, cite_rows
from assistant.execute import Executor
from assistant.records import Records
from assistant.register.load import load_register
from assistant.types import Answer, Citation, Citations, Evidence, Plan, data_files
from tests.conftest import FULL_REGISTER, MINI_REGISTER, ROOT

HEALTH = "Santé et Services sociaux (Réseau)"
CHUM = "CHUM"
PLANS = {  # intent -> Plan keywords; compare overlaps (CHUM is in the health network)
    "count": dict(intent="count", filters={"status": ["in_production"]}),
    "count_none": dict(intent="count", filters={"body": ["Nobody"]}),
    "list": dict(intent="list", filters={"portfolio": [HEALTH]}),
    "list_all": dict(intent="list"),
    "rank": dict(intent="rank", group_by="body", top_n=3),
    "rank_portfolio": dict(intent="rank", group_by="portfolio", filters={"status": ["in_production"]}),
    "breakdown": dict(intent="breakdown", group_by="category"),
    "breakdown_status": dict(intent="breakdown", group_by="status", filters={"portfolio": [HEALTH]}),
    "compare": dict(intent="compare", compare=[("status", "in_production"), ("status", "in_development")]),
    "compare_overlap": dict(intent="compare", compare=[("portfolio", HEALTH), ("body", CHUM)]),
}


@pytest.fixture(scope="module", params=[MINI_REGISTER, FULL_REGISTER], ids=["mini", "bundled"])
def register(request):
    return load_register(request.param)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """20 000 rows recombined from the bundled register (the benchmarks' generator)."""
    spec = importlib.util.spec_from_file_location("index_scale", ROOT / "bench" / "index_scale.py")
    index_scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(index_scale)
    return load_register(index_scale.write_register(tmp_path_factory.mktemp("big") / "big.csv", 20_000))


def plan(name: str, language: str) -> Plan:
    return Plan(question="?", language=language, **PLANS[name])


def cited_ids(evidence: Evidence) -> list[int]:
    """The rows the figures name, in the order the executor cites them."""
    f = evidence.figures
    groups = f.get("ranking") or f.get("breakdown") or f.get("compare")
    return [r for g in groups for r in g["row_ids"]] if groups is not None else f.get("row_ids", [])


def per_row(register, evidence: Evidence) -> Evidence:
    """The same evidence with its rows as the executor used to build them: a list of dicts."""
    ids = cited_ids(evidence)
    rows = register.df.loc[ids].to_dict("records") if ids else []
    for row in rows:
        row["row_id"], row["source"] = int(row["row_id"]), register.source
    return Evidence(rows, dict(evidence.scores), dict(evidence.figures), evidence.source, evidence.plan,
                    evidence.topic_set, evidence.mapping)  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", list(PLANS))
def test_answers_are_byte_identical_to_the_per_row_path(register, name, language):
    p = plan(name, language)
    evidence = Executor(register, retriever=None)(p)
    reference = per_row(register, evidence)
    assert list(evidence.rows) == reference.rows and evidence.rows == reference.rows
    composer = ExtractiveComposer()
    fast, slow = composer.compose(p, evidence), composer.compose(p, reference)
    assert fast.answer == slow.answer
    assert fast.to_json() == slow.to_json() and fast.to_json(indent=2) == slow.to_json(indent=2)
    assert fast.to_dict() == slow.to_dict() and fast == slow
    assert list(fast.citations) == list(slow.citations) and fast.row_ids == slow.row_ids
    assert len(fast.citations) == len(dict.fromkeys(cited_ids(evidence))), "each cited row once"


def test_a_large_register_cites_every_matching_row(synthetic):
    df = synthetic.df
    evidence = Executor(synthetic, retriever=None)(plan("count", "fr"))
    answer = ExtractiveComposer().compose(plan("count", "fr"), evidence)
    expected = df[df["status_key"] == "in_production"]
    assert answer.figures["count"] == len(expected) > 5000
    assert answer.row_ids == answer.figures["row_ids"] == expected["row_id"].tolist()
    citations = json.loads(answer.to_json())["citations"]
    assert [c["row_id"] for c in citations] == expected["row_id"].tolist()
    assert [c["name"] for c in citations] == expected["name"].tolist()
    assert [c["body"] for c in citations] == expected["body"].tolist()
    assert {c["source"] for c in citations} == {synthetic.source}
    assert answer.to_json() == ExtractiveComposer().compose(plan("count", "fr"), per_row(synthetic, evidence)).to_json()


@pytest.mark.parametrize("name", ["breakdown", "compare", "rank"])
def test_a_large_register_groups_cite_every_grouped_row(synthetic, name):
    p = plan(name, "en")
    evidence = Executor(synthetic, retriever=None)(p)
    fast = ExtractiveComposer().compose(p, evidence)
    slow = ExtractiveComposer().compose(p, per_row(synthetic, evidence))
    assert fast.to_json() == slow.to_json()
    assert len(fast.citations) == len(set(cited_ids(evidence)))


def test_records_read_like_the_list_they_replace(register, monkeypatch):
    monkeypatch.setattr("assistant.records.CHUNK", 3)  # iteration crosses chunk boundaries
    ids = register.df["row_id"].tolist()[::-2]
    rows = Records(register.df, ids, register.source)
    reference = per_row(register, Evidence(figures={"row_ids": ids})).rows
    assert len(rows) == len(ids) and list(rows) == reference and rows == reference
    assert rows[0] == reference[0] and rows[-1] == reference[-1] and rows[1:4] == reference[1:4]
    assert rows[::3] == reference[::3] and list(rows) == reference
    with pytest.raises(IndexError):
        rows[len(ids)]
    rows[1] = {**rows[1], "name": "Planted"}  # a caller's edit is read back, by records and columns
    assert rows[1]["name"] == "Planted" and list(rows)[1]["name"] == "Planted"
    assert rows.columns("name")[0][1] == "Planted" and cite_rows(rows)[1].name == "Planted"


def test_citations_read_like_a_list_of_citation():
    c = Citations([3, 1], ["f.csv", "f.csv"], ["A", "B"], ["X", "Y"])
    items = [Citation(3, "f.csv", "A", "X"), Citation(1, "f.csv", "B", "Y")]
    assert list(c) == items and c == items and c[1] == items[1] and list(c[:1]) == items[:1]
    assert c.to_dicts() == [i.to_dict() for i in items] and c.row_ids == [3, 1] and len(c) == 2
    assert Answer("", "fr", "count", c) == Answer("", "fr", "count", items)
    assert Answer("", "fr", "count", c).to_json() == Answer("", "fr", "count", items).to_json()
    mini, full = load_register(MINI_REGISTER), load_register(FULL_REGISTER)
    cited = Citations([1], [full.source], ["A"], ["X"])
    assert [f["source"] for f in data_files([mini, full], Answer("", "fr", "count", cited))["files"]] == [full.source]


def test_only_the_cited_rows_are_cited_when_a_model_names_some():
    register = load_register(MINI_REGISTER)
    evidence = Executor(register, retriever=None)(plan("list_all", "fr"))
    reference = per_row(register, evidence)
    assert cite_rows(evidence.rows, only={4, 2, 99}) == cite_rows(reference.rows, only={4, 2, 99})
    assert [c.row_id for c in cite_rows(evidence.rows, only={4, 2})] == [2, 4]


def test_the_llm_composer_gets_the_same_rows_and_citations(mini_assistant):
    from langchain_core.language_models import FakeListChatModel

    from assistant.compose.llm import LLMComposer

    p = mini_assistant.understander("Combien d'agents conversationnels ?", [])
    evidence = mini_assistant.executor(p)
    assert isinstance(evidence.rows, Records)
    reference = per_row(mini_assistant.register, evidence)
    composer = LLMComposer("openai", "fake", chat_model=FakeListChatModel(responses=["x"]))
    assert [m.content for m in composer.messages(p, evidence)] == [m.content for m in composer.messages(p, reference)]
    answers = []
    for ev in (evidence, reference):
        model = FakeListChatModel(responses=["Le registre compte 3 agents conversationnels [1, 3]."])
        answers.append(LLMComposer("openai", "fake", chat_model=model).compose(p, ev))
    assert answers[0].to_json() == answers[1].to_json() and answers[0].row_ids == [1, 3]


def test_the_ui_table_matches_a_lookup_of_each_cited_row():
    pytest.importorskip("gradio")
    from assistant.ui.chat import citations_table

    files = [load_register(ROOT / "data" / "portrait-ia-2024.csv"), load_register(FULL_REGISTER)]
    for loaded in ([files[1]], files):
        assistant = SimpleNamespace(register=loaded[-1], registers=loaded)
        for name, language in (("count", "en"), ("breakdown", "fr"), ("count_none", "fr")):
            answer = ExtractiveComposer().compose(plan(name, language), Executor(loaded[0], None)(plan(name, language)))
            outside = Citation(99999, loaded[0].source, "Hors registre", "Organisme")  # shows what it carries
            other = Citation(1, "other.csv", "Autre fichier", "Autre")
            for cited in (answer, Answer("", language, "count", [*answer.citations, outside, other])):
                expected = _looked_up(assistant, cited)
                table = citations_table(assistant, cited)
                assert table.equals(expected) and list(table.dtypes) == list(expected.dtypes)
                assert table.astype(str).values.tolist() == expected.astype(str).values.tolist()


def _looked_up(assistant, answer):
    """The UI table as it was built before: one `Register.row` per citation."""
    import pandas as pd

    from assistant.ui.text import text

    suffix, several = ("_en" if answer.language == "en" else ""), len(assistant.registers) > 1
    records = []
    for c in answer.citations:
        register = next((r for r in assistant.registers if r.source == c.source), None) if several else assistant.register
        try:
            row = register.row(c.row_id) if register is not None else {"name": c.name, "body": c.body}
        except KeyError:
            row = {"name": c.name, "body": c.body}
        records.append([f"{c.source}#{c.row_id}" if several else c.row_id, row.get("name", c.name), row.get("body", c.body),
                        row.get("category" + suffix) or row.get("category", ""), row.get("status" + suffix) or row.get("status", "")])  # fmt: skip
    return pd.DataFrame(records, columns=text(answer.language)["columns"])


@pytest.mark.parametrize("indent", [None, 2])
def test_citations_held_as_columns_give_the_json_of_the_list_they_stand_for(indent):
    from assistant.compose.llm import LLMAnswer

    odd = ['a"b', "c\\d", "e\nf\t\x00\x1f", "é😀\u2028\u202f", "", float("nan"), None, 3.5]
    columns = (list(range(len(odd))), ["s.csv"] * len(odd), odd, odd[::-1])
    figures = {"count": 2, "row_ids": [1, 2], "x": {"y": [1.5, None, float("inf")]}}
    for kind, extra in ((Answer, {}), (LLMAnswer, {"composer": {"name": "llm:x", "fallback": None}})):
        fast = kind("« Réponse » \"x\"\n", "fr", "count", Citations(*columns), figures, **extra)
        slow = kind(fast.answer, "fr", "count", list(Citations(*columns)), figures, **extra)
        assert fast.to_dict() == slow.to_dict()  # (the same NaN object on both sides)
        assert fast.to_json(indent) == slow.to_json(indent) == json.dumps(slow.to_dict(), ensure_ascii=False, indent=indent)
    assert Answer("", "fr", "count", Citations([], [], [], [])).to_dict()["citations"] == []


@pytest.mark.parametrize("filters", [{}, {"status": ["in_production", "in_development"]}])
@pytest.mark.parametrize("field", ["body", "portfolio", "category", "status"])
def test_groups_are_a_pandas_groupby_of_the_selected_rows(register, synthetic, field, filters):
    from assistant.execute import COLUMN, label

    for table in (register, synthetic):
        df = table.df
        selected = df[df[COLUMN["status"]].isin(filters["status"])] if filters else df
        expected = [
            {"field": field, "value": value, "label": label(field, value, "en", df, table.mapping),
             "count": len(part), "row_ids": [int(r) for r in part["row_id"]]}
            for value, part in selected.groupby(COLUMN[field], sort=False)
        ]  # fmt: skip
        expected.sort(key=lambda g: (-g["count"], g["label"]))
        p = Plan(question="?", language="en", intent="breakdown", group_by=field, filters=filters)
        figures = Executor(table, retriever=None)(p).figures
        assert figures["breakdown"] == expected and figures["count"] == len(selected)
        assert all(type(g["value"]) is str and type(g["row_ids"][0]) is int for g in figures["breakdown"])
