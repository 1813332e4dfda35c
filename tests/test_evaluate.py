"""The evaluation harness (`portrait-ia eval`) scores answers correctly, and its gold sets are right.

Nothing here asserts how well the assistant does: scoring is tested on hand-made answers and a
stub answerer; the real assistant only has to get through the smoke set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from assistant.commands import evaluate
from assistant.evaluation import report as eval_report
from assistant.evaluation.answerers import Answerers, NaiveRAG, parse_configuration
from assistant.evaluation.gold import Case, EvalError, load_gold, spread
from assistant.evaluation.judge import Judge
from assistant.evaluation.run import Run, run_cases
from assistant.evaluation.score import (
    check_figure,
    precision_recall,
    says_not_recorded,
    score,
    topic_metrics,
)
from assistant.register.load import load_register
from assistant.register.mapping import load_mapping
from assistant.types import Answer, Citation
from tests.conftest import FULL_REGISTER, MINI_REGISTER, ROOT

EVAL = ROOT / "data" / "eval"
SRC = "portrait-ia-2025.csv"


def case(
    kind="figure", expected=None, language="fr", turns=("Combien ?",), intent=None, **kw
) -> Case:
    return Case(id=kw.pop("id", "c1"), kind=kind, language=language, turns=list(turns),
                expected=expected or {}, intent=intent, **kw)  # fmt: skip


def answer(text="Réponse.", language="fr", intent="count", figures=None, rows=()) -> Answer:
    citations = [Citation(r, SRC, f"nom {r}", "Organisme") for r in rows]
    return Answer(text, language, intent, citations=citations, figures=figures or {})


def groups(*pairs):
    return [{"value": v, "labels": [v.upper()], "count": n} for v, n in pairs]


class Stub:
    """Answers from a table (question -> Answer) and records every call, history included."""

    def __init__(
        self, answers: dict[str, Answer] | None = None, fail_on: str | None = None
    ) -> None:
        self.answers, self.fail_on, self.calls = answers or {}, fail_on, []

    def ask(self, question, history=None):
        self.calls.append((question, history))
        if question == self.fail_on:
            raise RuntimeError("boom")
        return self.answers.get(question) or answer(f"Réponse à {question}.")


# --- scoring --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("figures", "right"),
    [({"count": 42}, True), ({"count": 42.0}, True), ({"count": 41}, False), ({}, False),
     ({"count": "42"}, False), ({"count": True}, False)],
)  # fmt: skip
def test_a_count_is_right_only_when_the_number_is_exactly_the_expected_one(figures, right):
    passed, checks, problems = score(case(expected={"count": 42}), answer(figures=figures))
    assert passed is right and checks["figure"] is right
    assert bool(problems) is not right


def test_ranked_groups_must_match_in_value_count_and_order_with_ties_in_any_order():
    expected = {"by": "body", "groups": groups(("a", 5), ("b", 3), ("c", 3)), "ordered": True}
    ranking = [{"value": "a", "count": 5}, {"value": "c", "count": 3}, {"value": "b", "count": 3}]
    assert check_figure(expected, {"ranking": ranking}) == []  # b and c tie: either order
    assert check_figure(expected, {"breakdown": ranking + [{"value": "z", "count": 0}]}) == []
    wrong_order = [ranking[1], ranking[0], ranking[2]]
    assert "groups not in decreasing order of count" in check_figure(
        expected, {"ranking": wrong_order}
    )
    assert any("missing group" in p for p in check_figure(expected, {"ranking": ranking[:2]}))
    extra = ranking + [{"value": "d", "count": 1}]
    assert any("unexpected group" in p for p in check_figure(expected, {"ranking": extra}))
    off = [{"value": "a", "count": 5}, {"value": "b", "count": 2}, {"value": "c", "count": 3}]
    assert any("≠" in p for p in check_figure(expected, {"ranking": off}))
    assert check_figure(expected, {}) == ["no ranking/breakdown/compare in figures"]


def test_a_fewest_first_ranking_is_checked_in_increasing_order():
    expected = {"by": "category", "groups": groups(("lab", 1), ("iot", 4)), "ordered": True}
    fewest = [{"value": "lab", "count": 1}, {"value": "iot", "count": 4}]
    assert check_figure(expected, {"ranking": fewest}) == []
    assert "groups not in increasing order of count" in check_figure(expected, {"ranking": fewest[::-1]})


def test_groups_match_on_the_canonical_value_or_either_label():
    expected = {"groups": [{"value": "in_production", "labels": ["Solution en production", "Solution in production"],
                            "count": 7}], "ordered": False}  # fmt: skip
    for given in (
        {"value": "in_production"},
        {"label": "Solution in production"},
        {"value": "solution EN production "},
    ):
        assert check_figure(expected, {"compare": [{**given, "count": 7}]}) == [], given


def test_rows_precision_and_recall_use_all_returned_rows_else_the_citations():
    c = case("rows", {"row_ids": [1, 2, 3, 4]})
    passed, checks, _ = score(c, answer(figures={"count": 4, "row_ids": [1, 2, 3, 4]}, rows=[1]))
    assert passed and (checks["precision"], checks["recall"]) == (1.0, 1.0)
    passed, checks, _ = score(c, answer(rows=[1, 2, 9]))  # no row_ids figure: the citations count
    assert not passed and (checks["precision"], checks["recall"]) == (0.6667, 0.5)
    assert precision_recall([], []) == (1.0, 1.0) and precision_recall([], [1]) == (0.0, 0.0)


def test_topic_metrics_over_the_citations_in_order():
    assert topic_metrics([9, 3, 8, 1], {1, 3}) == {
        "hit@1": 0.0,
        "hit@5": 1.0,
        "mrr": 0.5,
        "recall@5": 1.0,
    }
    assert topic_metrics([1, 9, 9], {1, 2, 3, 4, 5, 6, 7}) == {
        "hit@1": 1.0,
        "hit@5": 1.0,
        "mrr": 1.0,
        "recall@5": 0.2,
    }
    assert topic_metrics([5, 6, 7, 8, 9, 1], {1}) == {
        "hit@1": 0.0,
        "hit@5": 0.0,
        "mrr": 0.1667,
        "recall@5": 0.0,
    }
    passed, checks, problems = score(
        case("topic", {"relevant": [4]}), answer(intent="search", rows=[1, 2, 3])
    )
    assert not passed and checks["mrr"] == 0.0 and problems


@pytest.mark.parametrize(
    ("reply", "refused"),
    [
        (answer("Le registre ne consigne pas cette information.", intent="search"), True),
        (answer("The register does not record budgets.", "en", intent="search"), True),
        (answer("Voici des initiatives.", intent="out_of_scope"), True),
        (answer("Voici les 5 initiatives les plus proches.", intent="search", rows=[1, 2]), False),
        (
            answer(
                "Le registre ne consigne pas le budget.",
                intent="out_of_scope",
                figures={"count": 0},
            ),
            False,
        ),
    ],
)
def test_a_refusal_says_the_register_does_not_record_it_and_carries_no_figure(reply, refused):
    passed, checks, _ = score(case("refusal", language=reply.language), reply)
    assert passed is refused and checks["refusal"] is refused


def test_refusal_phrases_in_both_languages():
    assert says_not_recorded("Le registre (x.csv) ne contient aucune initiative qui corresponde.")
    assert says_not_recorded("Cette information n'est pas consignée dans le registre.")
    assert says_not_recorded("The register doesn't say who the vendor is.")
    assert not says_not_recorded("Le registre compte 12 initiatives au CHUM.")


def test_the_language_is_checked_on_every_case_field_and_wording():
    english = "The register has 12 initiatives from this public body, and most of them are already in production."
    french = (
        "Le registre compte 12 initiatives de cet organisme, et la plupart sont déjà en production."
    )
    for kind, expected in (("figure", {"count": 12}), ("refusal", {}), ("language", {})):
        ok = score(
            case(kind, expected, language="en"), answer(english, "en", figures={"count": 12})
        )[1]
        assert ok["language"] is True
        assert (
            score(case(kind, expected, language="en"), answer(english, "fr"))[1]["language"]
            is False
        )
    passed, checks, problems = score(case("language", language="en"), answer(french, "en"))
    assert not passed and not checks["language"] and "text: fr" in problems[0]
    # French names quoted in an English answer say nothing of its language
    named = 'The register has 3 initiatives from "Ministère des Transports", all in production. [1, 2, 3]'
    assert score(case("language", language="en"), answer(named, "en"))[0]


def test_intent_accuracy_and_text_kind():
    c = case(
        "text",
        {"contains": ["Système d'IA utilisé principalement pour automatiser"]},
        intent="define",
    )
    passed, checks, _ = score(c, answer("La catégorie désigne un systeme d’IA utilise principalement pour "
                                        "AUTOMATISER des tâches.", intent="define"))  # fmt: skip
    assert passed and checks["intent"] is True
    passed, checks, problems = score(c, answer("Rien.", intent="search"))
    assert not passed and checks["intent"] is False and any("intent" in p for p in problems)


# --- running ----------------------------------------------------------------------------------


def test_a_follow_up_passes_the_earlier_turns_as_history_and_is_judged_on_the_last():
    stub = Stub({"Et en production ?": answer(figures={"count": 3})})
    conversation = case(
        expected={"count": 3},
        turns=["Combien au CHUM ?", "Et pour la RAMQ ?", "Et en production ?"],
    )
    [result] = run_cases([conversation], stub)
    assert [q for q, _ in stub.calls] == conversation.turns
    assert stub.calls[0][1] == []
    assert stub.calls[2][1] == [
        {"role": "user", "content": "Combien au CHUM ?"},
        {"role": "assistant", "content": "Réponse à Combien au CHUM ?."},
        {"role": "user", "content": "Et pour la RAMQ ?"},
        {"role": "assistant", "content": "Réponse à Et pour la RAMQ ?."},
    ]
    assert result.passed and result.follow_up and result.latency_ms is not None


def test_an_answer_that_raises_is_a_failure_and_the_run_goes_on():
    cases = [case(id="a", turns=["boom"]), case(id="b", expected={"count": 1}, turns=["ok"])]
    results = run_cases(cases, Stub({"ok": answer(figures={"count": 1})}, fail_on="boom"))
    assert [r.passed for r in results] == [False, True]
    assert results[0].error == "RuntimeError: boom"
    summary = eval_report.summarise(results)
    assert (
        summary["errors"] == 1 and summary["figure_accuracy"] == 0.5 and summary["language"] == 0.5
    )


# --- gold files ---------------------------------------------------------------------------------


def write_gold(path: Path, records: list[dict]) -> Path:
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"language": "fr", "kind": "figure", "question": "q", "expected": {"count": 1}},
            "missing 'id'",
        ),
        ({"id": "x", "language": "de", "kind": "figure", "question": "q"}, "language must be"),
        ({"id": "x", "language": "fr", "kind": "score", "question": "q"}, "kind must be one of"),
        (
            {"id": "x", "language": "fr", "kind": "topic", "question": "q", "expected": {}},
            "expected.relevant",
        ),
        ({"id": "x", "language": "fr", "kind": "figure", "turns": []}, "'question'"),
        (
            {"id": "x", "language": "fr", "kind": "figure", "question": "q", "expected": {}},
            "expected.count",
        ),
    ],
)
def test_a_bad_gold_case_is_reported_with_its_file_and_line(tmp_path, record, message):
    good = {"id": "ok", "language": "fr", "kind": "language", "question": "q"}
    path = write_gold(tmp_path / "gold.jsonl", [good, record])
    with pytest.raises(EvalError, match=message) as err:
        load_gold([path])
    assert f"{path}:2" in str(err.value)


def test_an_id_used_twice_is_refused_unless_the_case_is_repeated_identically(tmp_path):
    record = {"id": "same", "language": "fr", "kind": "language", "question": "q"}
    a, b = write_gold(tmp_path / "a.jsonl", [record]), write_gold(tmp_path / "b.jsonl", [record])
    assert [c.file for c in load_gold([a, b])] == ["a.jsonl"]
    c = write_gold(tmp_path / "c.jsonl", [{**record, "question": "autre"}])
    with pytest.raises(EvalError, match="already used at .*a.jsonl:1"):
        load_gold([a, c])
    everything = load_gold(sorted(EVAL.glob("gold_*.jsonl")))  # the smoke set repeats others
    assert len(everything) == len({c.id for c in everything})


def test_the_probe_set_is_read_as_topic_cases():
    probe = load_gold([EVAL / "probe.jsonl"])
    assert len(probe) == 110 and {c.kind for c in probe} == {"topic"}
    assert probe[0].expected["relevant"] and probe[0].intent is None


def test_limit_spreads_the_cases_over_the_set():
    cases = [case(id=str(i)) for i in range(10)]
    assert [c.id for c in spread(cases, 3)] == ["0", "3", "6"]
    assert spread(cases, None) == cases and spread(cases, 50) == cases


# --- report and thresholds ----------------------------------------------------------------------


def stub_run(name="stub", right=True) -> tuple[Run, list[Case]]:
    cases = [
        case(id="f1", expected={"count": 2}, intent="count", variant="label", file="g.jsonl"),
        case(
            "topic",
            {"relevant": [1]},
            language="en",
            id="t1",
            intent="search",
            turns=["Which?"],
            file="g.jsonl",
        ),
        case("refusal", id="r1", intent="out_of_scope", turns=["Budget ?"], file="g.jsonl"),
    ]
    stub = Stub({
        "Combien ?": answer(figures={"count": 2 if right else 3}),
        "Which?": answer("These are the initiatives that match your question best.", "en", "search", rows=[1, 2]),
        "Budget ?": answer("Le registre ne consigne pas les budgets.", intent="out_of_scope"),
    })  # fmt: skip
    return Run(
        name, run_cases(cases, stub), 0.1, {"register": SRC, "rows": 3, "sha256": "abc"}
    ), cases


def test_the_report_has_the_summary_tables_charts_and_failures(tmp_path):
    good, cases = stub_run("ours")
    bad, _ = stub_run("theirs", right=False)
    result = eval_report.build_result([good, bad], cases, ["g.jsonl"], {"min_accuracy": 0.9})
    json_path, md_path = eval_report.write(tmp_path / "out", result)
    saved = json.loads(json_path.read_text(encoding="utf-8"))
    assert [c["name"] for c in saved["configs"]] == ["ours", "theirs"]
    overall = saved["configs"][0]["summary"]["overall"]
    assert (
        overall["figure_accuracy"] == 1.0 and overall["hit@1"] == 1.0 and overall["refusal"] == 1.0
    )
    assert saved["configs"][1]["summary"]["overall"]["figure_accuracy"] == 0.0
    assert saved["threshold_failures"] == []
    md = md_path.read_text(encoding="utf-8")
    for heading in ("## Summary", "### By kind", "### By language", "### By expected intent", "### By variant",
                    "## Charts", "### Failures — theirs (1)", "### Failures — ours (0)"):  # fmt: skip
        assert heading in md, heading
    assert "| configuration | cases | accuracy | figure acc." in md
    assert "| ours | 3 |" in md and "| theirs | 3 |" in md
    assert "```text" in md and "█" in md
    assert "| f1 | figure | Combien ? | count 2 |" in md


def test_thresholds_name_the_metric_that_failed():
    overall = {"figure_accuracy": 0.5, "hit@5": 0.95, "language": 1.0, "refusal": None}
    checks = eval_report.check_thresholds(
        overall,
        {"min_accuracy": 0.95, "min_hit5": 0.9, "min_language": 1.0, "min_refusal": 0.5},
        "default",
    )
    assert [c["ok"] for c in checks] == [False, True, True, False]
    assert checks[0]["message"] == "figure accuracy 0.500 < --min-accuracy 0.95 ('default')"
    assert "no case measures it" in checks[3]["message"]


def cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="portrait-ia")
    evaluate.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["eval", *argv])


@pytest.mark.parametrize(("threshold", "code"), [("0.5", 0), ("1", 1)])
def test_the_exit_status_says_whether_the_thresholds_hold(
    tmp_path, monkeypatch, capsys, threshold, code
):
    records = [
        {
            "id": "a",
            "language": "fr",
            "kind": "figure",
            "question": "Combien ?",
            "expected": {"count": 2},
        },
        {
            "id": "b",
            "language": "fr",
            "kind": "figure",
            "question": "Et là ?",
            "expected": {"count": 5},
        },
    ]
    gold = write_gold(tmp_path / "g.jsonl", records)
    monkeypatch.setattr(Answerers, "__init__", lambda self, *a, **k: None)
    monkeypatch.setattr(
        Answerers, "build", lambda self, config: Stub({"Combien ?": answer(figures={"count": 2})})
    )
    out = tmp_path / "out"
    assert (
        evaluate.run(
            cli_args(str(gold), "--min-accuracy", threshold, "--out", str(out), "--quiet")
        )
        == code
    )
    captured = capsys.readouterr()
    assert (out / "result.json").exists() and (out / "report.md").exists()
    if code:
        assert "threshold not met: figure accuracy 0.500 < --min-accuracy 1.0" in captured.err
    else:
        assert "threshold not met" not in captured.err


def test_bad_input_exits_with_status_2_and_one_clear_line(tmp_path, capsys):
    assert evaluate.run(cli_args(str(tmp_path / "missing.jsonl"))) == 2
    assert "gold file not found" in capsys.readouterr().err
    gold = write_gold(
        tmp_path / "g.jsonl", [{"id": "a", "language": "fr", "kind": "language", "question": "q"}]
    )
    assert evaluate.run(cli_args(str(gold), "--compare", "colour=blue")) == 2
    assert "'colour=blue' is not a setting" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli_args(str(gold), "--min-hit5", "1.5")


def test_configurations_are_parsed_and_typed():
    config = parse_configuration("embedder=e5-small,top_k=10")
    assert (config.naive, config.overrides) == (False, {"embedder": "e5-small", "top_k": 10})
    assert parse_configuration("naive,top-k=3").overrides == {"top_k": 3}
    assert parse_configuration("naive").naive and not parse_configuration("default").overrides
    with pytest.raises(EvalError, match="top_k must be int"):
        parse_configuration("top_k=many")
    with pytest.raises(EvalError, match="gold file"):
        parse_configuration("data/eval/gold_smoke.jsonl")


def test_a_configuration_with_another_embedder_gets_its_own_index(tmp_path):
    answerers = Answerers({"index_dir": str(tmp_path / "index")})
    assert answerers.settings(parse_configuration("top_k=3"))["index_dir"] == str(
        tmp_path / "index"
    )
    other = answerers.settings(parse_configuration("embedder=e5-small"))["index_dir"]
    assert other != str(tmp_path / "index") and "e5-small" in other


# --- the naive baseline and the real assistant -------------------------------------------------


def test_the_naive_baseline_stuffs_the_top_5_rows_and_counts_what_it_retrieved(mini_assistant):
    from langchain_core.runnables import Runnable

    naive = NaiveRAG(mini_assistant.index.vectorstore, register=mini_assistant.register)
    assert isinstance(naive.chain, Runnable)
    reply = naive.ask(
        "Combien d'agents conversationnels répondent aux citoyens ?", history=[{"role": "user"}]
    )
    assert (reply.language, reply.intent, reply.figures) == ("fr", "search", {"count": 5})
    assert len(reply.citations) == 5 and all(
        f"[{c.row_id}]" in reply.answer for c in reply.citations
    )
    assert {c.source for c in reply.citations} == {MINI_REGISTER.name}
    english = naive.ask("Which bodies detect tax fraud?")
    assert (english.language, english.figures) == ("en", {}) and english.answer.startswith(
        "Here are the 5"
    )


def test_compare_runs_two_configurations_side_by_side_on_a_tiny_set(tmp_path, embedder, capsys):
    gold = write_gold(tmp_path / "tiny.jsonl", [
        {"id": "t", "language": "fr", "kind": "topic", "question": "Détection de la fraude fiscale",
         "expected": {"relevant": [4]}},
        {"id": "n", "language": "en", "kind": "figure", "question": "How many chatbots are there?",
         "expected": {"count": 3}},
    ])  # fmt: skip
    out = tmp_path / "out"
    args = cli_args(str(gold), "--compare", "default", "naive", "--data", str(MINI_REGISTER),
                    "--index-dir", str(tmp_path / "index"), "--out", str(out), "--quiet")  # fmt: skip
    assert evaluate.run(args) == 0
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in result["configs"]] == ["default", "naive"]
    naive = {r["id"]: r for r in result["configs"][1]["results"]}
    assert naive["n"]["got"]["figures"] == {"count": 5} and not naive["n"]["passed"]
    assert "| naive | 2 |" in (out / "report.md").read_text(encoding="utf-8")
    assert "naive" in capsys.readouterr().out


def test_the_real_assistant_gets_through_the_smoke_set(full_assistant):
    cases = load_gold([EVAL / "gold_smoke.jsonl"])
    results = run_cases(cases, full_assistant)
    assert len(results) == len(cases) >= 15
    assert eval_report.summarise(results)["language"] is not None


# --- judge --------------------------------------------------------------------------------------


def test_the_judge_grades_faithfulness_and_relevance_with_any_chat_model():
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    register = load_register(MINI_REGISTER)
    model = FakeListChatModel(
        responses=['Sure: {"supported": [true, false], "relevance": 0.8}', "no idea"]
    )
    judge = Judge(model, register)
    reply = answer("Deux initiatives existent. La SAAQ a un chatbot.", rows=[1])
    assert judge.assess("Combien ?", reply) == {
        "faithfulness": 0.5, "relevance": 0.8, "unsupported": ["La SAAQ a un chatbot."],
    }  # fmt: skip
    assert "unreadable judge reply" in judge.assess("Combien ?", reply)["error"]
    model = FakeListChatModel(responses=['{"supported": [true], "relevance": 1}'])
    results = run_cases([case(expected={"count": 1})], Stub({"Combien ?": answer("Une.", figures={"count": 1})}),
                        judge=Judge(model))  # fmt: skip
    summary = eval_report.summarise(results)
    assert (summary["faithfulness"], summary["relevance"], summary["judge_errors"]) == (1.0, 1.0, 0)


def test_an_unusable_judge_model_is_one_clear_error(tmp_path, capsys):
    gold = write_gold(
        tmp_path / "g.jsonl", [{"id": "a", "language": "fr", "kind": "language", "question": "q"}]
    )
    assert evaluate.run(cli_args(str(gold), "--judge", "nosuch:model", "--quiet")) == 2
    assert "--judge 'nosuch:model'" in capsys.readouterr().err


def test_the_judge_is_never_imported_or_called_without_judge(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate, "load_judge_model", lambda spec: pytest.fail("judge loaded"))
    monkeypatch.setattr(Answerers, "__init__", lambda self, *a, **k: None)
    monkeypatch.setattr(Answerers, "build", lambda self, config: Stub())
    gold = write_gold(
        tmp_path / "g.jsonl", [{"id": "a", "language": "fr", "kind": "language", "question": "q"}]
    )
    assert evaluate.run(cli_args(str(gold), "--out", str(tmp_path / "o"), "--quiet")) == 0


# --- the gold sets --------------------------------------------------------------------------


def generator():
    spec = importlib.util.spec_from_file_location(
        "generate_gold", ROOT / "scripts" / "generate_gold.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COLUMN = {
    "body": "body",
    "portfolio": "portfolio",
    "category": "category_key",
    "status": "status_key",
}


def recompute(df: pd.DataFrame, intent: str, query: dict) -> dict:
    """The expected answer, recomputed here with plain pandas (independently of the generator)."""
    mask = pd.Series(True, index=df.index)
    for field, values in query.get("filters", {}).items():
        mask &= df[COLUMN[field]].isin(values)
    sub = df[mask]
    if intent in ("count", "list"):
        return {"count": len(sub), "row_ids": sorted(sub["row_id"].tolist())}
    if intent in ("rank", "breakdown"):
        counts = sub[COLUMN[query["group_by"]]].value_counts()
        counts = counts.iloc[: query["top_n"]] if intent == "rank" else counts
        return {"counts": dict(counts)}
    if intent == "compare":
        return {"counts": {v: int((sub[COLUMN[f]] == v).sum()) for f, v in query["compare"]}}
    return {}


def check_expectations(cases: list[dict], df: pd.DataFrame) -> None:
    for c in cases:
        want, e = recompute(df, c["intent"], c["query"]), c["expected"]
        if c["intent"] == "count":
            assert (e["count"], e["row_ids"]) == (want["count"], want["row_ids"]), c["id"]
        elif c["intent"] == "list":
            assert e["row_ids"] == want["row_ids"] and e["row_ids"], c["id"]
        elif c["intent"] in ("rank", "breakdown", "compare"):
            assert {g["value"]: g["count"] for g in e["groups"]} == want["counts"], c["id"]
            counts = [g["count"] for g in e["groups"]]
            assert not e["ordered"] or counts == sorted(counts, reverse=True), c["id"]
        elif c["intent"] == "describe":
            assert e["row_ids"] == [c["query"]["row_id"]] and c["query"]["row_id"] in df.index
        elif c["intent"] == "define":
            kind, key = c["query"]["define"]
            label = load_mapping(None).label(kind, key)
            assert e["contains"] == [label.definition(c["language"])]


@pytest.mark.parametrize("data", [FULL_REGISTER, MINI_REGISTER], ids=["full", "mini"])
def test_every_generated_figure_is_what_pandas_computes_on_the_register(data):
    register = load_register(data)
    files = generator().generate_all(register)
    generated, conversations = files["gold_generated.jsonl"], files["gold_conversations.jsonl"]
    check_expectations(generated + conversations, register.df)
    assert len(generated) >= 250 and len(conversations) >= 20
    assert {c["intent"] for c in generated} >= {"count", "list", "rank", "breakdown", "compare", "describe",
                                                 "define", "out_of_scope"}  # fmt: skip
    assert Counter(c["language"] for c in generated).keys() == {"fr", "en"}
    assert {c["variant"] for c in generated} == {"label", "paraphrase"}
    assert all(len(c["turns"]) >= 2 for c in conversations)
    ids = [c["id"] for c in generated + conversations]
    assert len(ids) == len(set(ids))


def test_gold_generation_is_deterministic_and_the_committed_files_are_up_to_date(tmp_path):
    gen = generator()
    assert (
        gen.main(["--out", str(tmp_path / "a")]) == 0
        and gen.main(["--out", str(tmp_path / "b")]) == 0
    )
    for name in ("gold_generated.jsonl", "gold_conversations.jsonl"):
        fresh = (tmp_path / "a" / name).read_text(encoding="utf-8")
        assert fresh == (tmp_path / "b" / name).read_text(encoding="utf-8")
        assert fresh == (EVAL / name).read_text(encoding="utf-8"), (
            f"{name} is stale: run scripts/generate_gold.py"
        )


def test_acronyms_and_everyday_names_are_asked_only_for_bodies_in_the_register():
    gen = generator()
    mini = gen.Generator(load_register(MINI_REGISTER))
    assert (
        "Société de l'assurance automobile du Québec (SAAQ)" in mini.bodies
    )  # "Long name (ACRONYM)"
    assert "Agence du revenu du Québec" in mini.bodies and "CHUM" in mini.bodies
    full = gen.Generator(load_register(FULL_REGISTER))
    assert not any("SAAQ" in b for b in full.bodies)  # no SAAQ row in the 2025 register
    questions = " ".join(c.get("question", "") for c in full.generate())
    for phrase in ("RAMQ", "Revenu Québec", "Quebec Revenue Agency", "MRNF", "CHUM", "HEC Montréal",
                   "réseau de la santé", "health network", "chatbots", "en prod", "being developed", "prédiction"):  # fmt: skip
        assert phrase in questions, phrase
    assert "SAAQ" not in questions


def test_all_gold_files_load_and_the_hand_written_sets_are_judged_on_real_rows():
    register = load_register(FULL_REGISTER)
    files = sorted(EVAL.glob("gold_*.jsonl"))
    assert {f.name for f in files} >= {"gold_generated.jsonl", "gold_conversations.jsonl", "gold_topics.jsonl",
                                       "gold_out_of_scope.jsonl", "gold_smoke.jsonl"}  # fmt: skip
    for path in files:
        load_gold([path])
    topics = load_gold([EVAL / "gold_topics.jsonl"])
    assert (
        Counter(c.language for c in topics)["fr"] >= 30
        and Counter(c.language for c in topics)["en"] >= 30
    )
    for c in topics:
        assert c.kind == "topic" and c.expected["relevant"]
        assert set(c.expected["relevant"]) <= set(register.row_ids), c.id
    probe = {
        json.loads(line)["question"]
        for line in (EVAL / "probe.jsonl").read_text(encoding="utf-8").splitlines()
    }
    assert not probe & {c.question for c in topics}, "topic questions must be new wordings"
    refusals = load_gold([EVAL / "gold_out_of_scope.jsonl"])
    assert len(refusals) >= 30 and {c.language for c in refusals} == {"fr", "en"}
    assert all(c.kind == "refusal" and c.intent == "out_of_scope" for c in refusals)
    smoke = load_gold([EVAL / "gold_smoke.jsonl"])
    assert 15 <= len(smoke) <= 30 and {c.kind for c in smoke} >= {
        "figure",
        "rows",
        "topic",
        "refusal",
    }
    assert any(c.follow_up for c in smoke)


def test_cases_are_grouped_by_how_much_of_the_question_the_plan_explained():
    from assistant.evaluation.run import CaseResult

    def result(explained, passed):
        got = {"plan": {"explained": explained}} if explained is not None else {}
        return CaseResult("c", "g.jsonl", "figure", "fr", "count", "", False, ["Q ?"], passed, {}, [], {}, got, 1.0)

    results = [result(1.0, True), result(1.0, True), result(0.8, False), result(0.5, False), result(None, True)]
    s = eval_report.summaries(results)
    assert list(s["by_explained"]) == ["all words", "most (≥ 0.75)", "less (< 0.75)", "(no plan)"]
    assert s["by_explained"]["all words"]["accuracy"] == 1.0 and s["by_explained"]["less (< 0.75)"]["n"] == 1
    assert s["overall"]["explained"] == round((1.0 + 1.0 + 0.8 + 0.5) / 4, 4)
