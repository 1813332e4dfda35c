"""scripts/generate_gold.py on registers read through a mapping (US federal, UK ATRS, Québec).

Every expected figure is recomputed here with plain pandas, independently of the generator;
the missing-field cases are run through the real understanding, execution and composition and
scored with the evaluation harness.
"""

from __future__ import annotations

import importlib.util
import json
import tomllib
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.evaluation.gold import load_gold
from assistant.evaluation.score import score
from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.register.mapping import BUILT_IN_DIR, parse_mapping
from assistant.understand.understander import Understander

ROOT = Path(__file__).resolve().parent.parent
US = ROOT / "data" / "registers" / "us-federal-2024" / "2024_consolidated_ai_inventory_raw_v2.csv"
UK = ROOT / "data" / "registers" / "uk-atrs" / "atrs_records.csv"
EVAL = ROOT / "data" / "eval"
COLUMN = {"body": "body", "portfolio": "portfolio", "category": "category_key", "status": "status_key"}
FIGURES = ("count", "list", "rank", "breakdown", "compare")


def generator():
    spec = importlib.util.spec_from_file_location("generate_gold", ROOT / "scripts" / "generate_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return generator()


@pytest.fixture(scope="module")
def us():
    return load_register(US, "us-federal-2024")


@pytest.fixture(scope="module")
def uk():
    return load_register(UK, "uk-atrs")


@pytest.fixture(scope="module")
def us_cases(gen, us):
    return gen.Generator(us).generate()


@pytest.fixture(scope="module")
def uk_cases(gen, uk):
    return gen.Generator(uk).generate()


def recompute(df: pd.DataFrame, intent: str, query: dict) -> dict:
    """The expected answer with plain pandas: filters are `isin` over the canonical columns."""
    mask = pd.Series(True, index=df.index)
    for field, values in query.get("filters", {}).items():
        mask &= df[COLUMN.get(field, field)].isin(values)  # a typed field's key is its column
    for field, values in query.get("exclude", {}).items():  # "do not involve PII": not yes (blank cells kept)
        mask &= ~df[COLUMN.get(field, field)].isin(values)
    sub = df[mask]
    if intent == "share":
        (field, values), = query["part"].items()
        return {"share": {"numerator": int(sub[field].isin(values).sum()), "denominator": len(sub)}}
    if intent in ("count", "list"):
        return {"count": len(sub), "row_ids": sorted(sub["row_id"].tolist())}
    if intent in ("rank", "breakdown"):
        counts = sub[COLUMN.get(query["group_by"], query["group_by"])].value_counts()
        return {"counts": dict(counts.iloc[: query["top_n"]] if intent == "rank" else counts)}
    return {"counts": {v: int((sub[COLUMN[f]] == v).sum()) for f, v in query["compare"]}}


def check_well_formed(cases: list[dict], register, tmp_path: Path) -> None:
    """The evaluation harness reads the cases, and every figure is what pandas computes."""
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    assert len(load_gold([path])) == len(cases)
    labels = {lb.key: lb for role in ("category", "status") for lb in register.labels(role)}
    df = register.df
    for c in cases:
        e, q = c["expected"], c["query"]
        assert c["source"] == register.source and c["id"].startswith(register.mapping.name), c["id"]
        if "missing_field" in q:
            continue
        if c["intent"] in FIGURES:
            want = recompute(df, c["intent"], q)
        if c["intent"] == "share":
            assert e == recompute(df, "share", q), c["id"]
        if c["intent"] == "count":
            assert (e["count"], e["row_ids"]) == (want["count"], want["row_ids"]), c["id"]
        elif c["intent"] == "list":
            assert e["row_ids"] == want["row_ids"] and e["row_ids"], c["id"]
        elif c["intent"] in ("rank", "breakdown", "compare"):
            assert {g["value"]: g["count"] for g in e["groups"]} == want["counts"], c["id"]
            counts = [g["count"] for g in e["groups"]]
            assert not e["ordered"] or counts == sorted(counts, reverse=True), c["id"]
            for g in e["groups"]:  # a label group is named with the mapping's own FR and EN labels
                if e["by"] in ("category", "status"):
                    assert g["labels"] == [labels[g["value"]].fr, labels[g["value"]].en], c["id"]
        elif c["intent"] == "describe":
            assert e["row_ids"] == [q["row_id"]] and q["row_id"] in df.index
        elif c["intent"] == "define":
            field, key = q["define"]
            assert e["contains"] == [labels[key].definition(c["language"])] and e["contains"][0]


def fields_used(case: dict) -> set[str]:
    q = case["query"]
    return set(q.get("filters", {})) | {q.get("group_by")} | {f for f, _ in q.get("compare", [])}


def test_the_us_gold_set_is_well_formed_and_every_figure_is_pandas(us, us_cases, tmp_path):
    check_well_formed(us_cases, us, tmp_path)
    assert len(us_cases) >= 150
    assert min(Counter(c["language"] for c in us_cases).values()) >= 60
    assert {c["intent"] for c in us_cases} >= {"count", "list", "rank", "breakdown", "compare", "describe",
                                               "define", "out_of_scope"}  # fmt: skip
    assert {c["variant"] for c in us_cases} == {"label", "paraphrase", "field"}
    assert len({c["id"] for c in us_cases}) == len(us_cases)
    assert {f for c in us_cases for f in fields_used(c)} >= {"body", "portfolio", "category", "status"}
    # every typed field its mapping declares is asked (counts, negations, shares, by year)
    typed = {f.key for f in us.mapping.fields if f.filterable}
    assert {f for c in us_cases for f in fields_used(c) | set(c["query"].get("part", {}))} >= typed
    assert not any(c["kind"] == "refusal" and c["expected"] for c in us_cases)  # it has all six fields


def test_the_us_questions_use_its_labels_aliases_and_field_words_not_quebecs(us_cases):
    text = " ".join(c.get("question", "") for c in us_cases)
    for phrase in (
        "agency", "agences fédérales", "topic area", "stade de développement", "bureaux",  # role_names
        "Exploitation et maintenance", "Operation and Maintenance", "Santé et médecine",  # FR and EN labels
        '"Law and Justice"', "Planifié", "Ideation",  # aliases, and stages kept as the file writes them
        "VHA", "Veterans Health Administration",  # "VHA: Veterans Health Administration", both ways
    ):  # fmt: skip
        assert phrase in text, phrase
    for quebec in ("RAMQ", "chatbot", "réseau de la santé", "portefeuille ministériel", "organisme «",
                   "en production ou en développement", "catégorie « "):  # fmt: skip
        assert quebec not in text, quebec
    paraphrased = [c for c in us_cases if c["variant"] == "paraphrase" and c["intent"] == "count"]
    assert any("Law and Justice" in c["question"] for c in paraphrased)  # an alias, asked as a paraphrase


def test_the_committed_us_gold_file_is_a_fresh_run(gen, tmp_path):
    out = tmp_path / "us.jsonl"
    assert gen.main(["--data", str(US), "--mapping", "us-federal-2024", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (EVAL / "gold_us_federal_2024.jsonl").read_text(encoding="utf-8"), (
        "data/eval/gold_us_federal_2024.jsonl is stale: run scripts/generate_gold.py --data … --mapping "
        "us-federal-2024 --out data/eval/gold_us_federal_2024.jsonl"
    )


def test_the_quebec_output_is_unchanged(gen, tmp_path):
    out = tmp_path / "quebec.jsonl"
    assert gen.main(["--mapping", "quebec", "--out", str(out)]) == 0
    assert out.read_bytes() == (EVAL / "gold_generated.jsonl").read_bytes()


def test_the_uk_register_gets_questions_on_its_bodies_and_refusals_for_its_missing_fields(uk, uk_cases, tmp_path):
    check_well_formed(uk_cases, uk, tmp_path)
    assert set(uk.roles) == {"name", "body"}
    for c in uk_cases:
        if c["kind"] != "refusal":
            assert not fields_used(c) & {"category", "status", "portfolio"}, c["id"]
    missing = [c for c in uk_cases if c["expected"].get("missing_field")]
    assert {c["expected"]["missing_field"] for c in missing} == {"category", "status", "portfolio"}
    assert {c["language"] for c in missing} == {"fr", "en"}
    assert any(c["intent"] == "count" and c["query"]["filters"].get("body") for c in uk_cases)
    # the expected refusal is what the assistant answers, and the harness scores it as such
    understand, execute, compose = Understander(uk), Executor(uk, retriever=None), ExtractiveComposer()
    gold = {c.id: c for c in load_gold([tmp_path / "gold.jsonl"])}
    for c in missing:
        plan = understand(c["question"], [])
        answer = compose.compose(plan, execute(plan))
        passed, checks, problems = score(gold[c["id"]], answer)
        assert passed and checks["intent"], (c["question"], problems)
        wrong = {"missing_field": "body" if c["expected"]["missing_field"] != "body" else "status"}
        assert not score(gold[c["id"]], answer.__class__(**{**vars(answer), "figures": wrong}))[0]


def test_a_missing_role_produces_no_question_filtering_on_it(gen, us, tmp_path):
    """The US inventory read without its status column: no question filters, groups or
    compares on status; a few ask for it and expect "this register has no status field"."""
    data = tomllib.loads((BUILT_IN_DIR / "us-federal-2024.toml").read_text(encoding="utf-8"))
    data["name"] = "us-no-status"
    for table in ("columns", "role_names"):
        del data[table]["status"]
    del data["statuses"], data["labels"]["unknown_status"], data["labels"]["blank_status"]
    register = load_register(US, parse_mapping(data, tmp_path / "us-no-status.toml"))
    assert "status" not in register.roles
    cases = gen.Generator(register).generate()
    check_well_formed(cases, register, tmp_path)
    status_words = {t for lb in us.labels("status") for t in (lb.fr, lb.en, *lb.aliases)}
    for c in cases:
        if c["expected"].get("missing_field"):
            assert c["expected"] == {"missing_field": "status"} and c["kind"] == "refusal"
            continue
        assert "status" not in fields_used(c), c["id"]
        if c["intent"] in FIGURES:
            assert not any(f"« {w} »" in c["question"] or f'"{w}"' in c["question"] for w in status_words), c["id"]
    assert sum(bool(c["expected"].get("missing_field")) for c in cases) == 2  # FR and EN
    assert len(cases) >= 150


def test_the_hand_written_gold_sets_hold_what_pandas_computes_today(tmp_path, monkeypatch):
    """The committed files are the script's output on the bundled register: a register change
    that moves a figure fails here until the sets are rewritten (never edited by hand)."""
    spec = importlib.util.spec_from_file_location("hw", ROOT / "scripts" / "write_handwritten_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "conversations.jsonl")
    monkeypatch.setattr(module, "GROUPS_OUT", tmp_path / "groups.jsonl")
    monkeypatch.setattr(module, "ROOT", tmp_path)  # for the printed relative paths
    module.main()
    for written, committed in (("conversations.jsonl", "gold_conversations_handwritten.jsonl"), ("groups.jsonl", "gold_groups_handwritten.jsonl")):
        assert (tmp_path / written).read_text(encoding="utf-8") == (EVAL / committed).read_text(encoding="utf-8")
    assert len(load_gold([EVAL / "gold_conversations_handwritten.jsonl", EVAL / "gold_groups_handwritten.jsonl"])) == 36
