"""The benchmark scripts keep running: a smoke run of each on a small set (figures not checked,
only their shape; speed is measured by running the scripts, never asserted in tests)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

pytestmark = pytest.mark.slow


def test_ask_latency_reports_every_intent_for_ours_and_the_naive_chain(tmp_path):
    from bench import ask_latency

    out = tmp_path / "ask_latency.json"
    gold = ROOT / "data" / "eval" / "gold_smoke.jsonl"
    ask_latency.main(["--gold", str(gold), "--passes", "1", "--output", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    ours, naive = result["configurations"]["default"], result["configurations"]["naive"]
    cases = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected_intents = {c.get("intent") or ask_latency.KIND_INTENT.get(c["kind"], c["kind"]) for c in cases}
    assert set(ours["by_intent"]) == set(naive["by_intent"]) == expected_intents
    assert ours["all"]["cases"] == naive["all"]["cases"] == len(cases)
    assert ours["all"]["accuracy"] > naive["all"]["accuracy"]  # the point of the pipeline
    for config in (ours, naive):
        for figures in config["by_intent"].values():
            assert 0 < figures["ms_p50"] <= figures["ms_p95"]
    assert set(result["ours_over_naive"]) == {"latency_p50", "latency_p95", "accuracy"}
    assert result["start_with_built_index_s"] > 0 and result["rows"] == 258


def test_load_test_serves_with_a_slow_fake_model_and_says_what_the_server_ran(tmp_path):
    """bench/load_test.py against a real `serve` (auto: a model is configured, so a pool) with the
    fake model server of bench/fake_model.py taking a little time per call."""
    from bench import load_test
    from tests.conftest import MINI_REGISTER

    out = tmp_path / "load_test.json"
    argv = ["--client", "http", "--users", "2", "--duration", "3", "--runs", "1", "--workers", "auto",
            "--model", "slow", "--model-delay", "0.05", "--data", str(MINI_REGISTER), "--output", str(out)]  # fmt: skip
    assert load_test.main(argv) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    (run,) = result["runs"]
    assert run["answers"] > 0 and run["errors"] == 0
    assert result["served"]["workers"] == max(1, (os.cpu_count() or 1) - 1)
    assert result["model"] == "slow" and result["model_delay_s"] == 0.05 and result["model_calls"] > 0
