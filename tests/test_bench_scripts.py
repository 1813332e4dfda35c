"""The benchmark scripts keep running: a smoke run of each on a small set (figures not checked,
only their shape; speed is measured by running the scripts, never asserted in tests)."""

from __future__ import annotations

import json
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
