"""Compares the embedding backends on the FR/EN retrieval probe: quality, build time, latency.

    .venv/bin/python bench/compare_embedders.py [--embedders use-multilingual e5-small minilm]

Prints a Markdown table (the README's Retrieval section) and writes bench/results/embedders.json.
Also prints the score distributions used to calibrate each embedder's relevance threshold:
the best score of each probe question (on-topic) against off-topic questions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.register.load import load_register  # noqa: E402
from assistant.retrieval.hybrid import HybridRetriever, default_gate  # noqa: E402
from assistant.vectors.build import VectorIndex, build_index  # noqa: E402
from assistant.vectors.embeddings import get_embedder  # noqa: E402

PROBE = ROOT / "data" / "eval" / "probe.jsonl"
OFFTOPIC = ROOT / "data" / "eval" / "offtopic.jsonl"
RESULTS = ROOT / "bench" / "results" / "embedders.json"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def evaluate(name: str, register, probe: list[dict], offtopic: list[dict], k: int = 10) -> dict:
    embedder = get_embedder(name)
    embedder.embed_query("warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        report = build_index(register, embedder, tmp, progress=False)
        index = VectorIndex(tmp, embedder)
        per_lang: dict[str, dict[str, list[float]]] = {}
        latencies, top_on = [], []
        for case in probe:
            started = time.perf_counter()
            hits = index.search(case["question"], k=k)
            latencies.append((time.perf_counter() - started) * 1000)
            ids = [meta["row_id"] for meta, _ in hits]
            relevant = set(case["relevant"])
            rank = next((i + 1 for i, rid in enumerate(ids) if rid in relevant), None)
            m = per_lang.setdefault(case["language"], {"hit1": [], "hit5": [], "mrr": [], "recall5": []})
            m["hit1"].append(float(rank == 1))
            m["hit5"].append(float(rank is not None and rank <= 5))
            m["mrr"].append(1.0 / rank if rank else 0.0)
            m["recall5"].append(len(relevant & set(ids[:5])) / min(5, len(relevant)))
            top_on.append(hits[0][1])
        top_off = [index.search(case["question"], k=1)[0][1] for case in offtopic]
        hybrid = _hybrid_scores(HybridRetriever.from_register(register, index, default_gate(name)), probe, offtopic)
    return {
        "embedder": embedder.model_id,
        "build_seconds": round(report.seconds, 2),
        "rows_per_second": round(report.total / report.seconds, 1),
        "query_ms_p50": round(statistics.median(latencies), 1),
        "query_ms_p95": round(percentile(latencies, 0.95), 1),
        "by_language": {
            lang: {metric: round(statistics.mean(values), 3) for metric, values in m.items()}
            | {"n": len(m["hit1"])}
            for lang, m in sorted(per_lang.items())
        },
        "hybrid_gated": hybrid,
        "calibration": {
            "on_topic_best_score_p10": round(percentile(top_on, 0.10), 3),
            "on_topic_best_score_min": round(min(top_on), 3),
            "off_topic_best_score_max": round(max(top_off), 3),
            "off_topic_best_score_p90": round(percentile(top_off, 0.90), 3),
        },
    }


def _hybrid_scores(retriever, probe: list[dict], offtopic: list[dict]) -> dict:
    """The shipped pipeline: dense + BM25 fused, then the relevance gate (what users get)."""
    per_lang: dict[str, dict[str, list[float]]] = {}
    latencies = []
    for case in probe:
        started = time.perf_counter()
        ids = [d.metadata["row_id"] for d in retriever.invoke(case["question"], k=5)]
        latencies.append((time.perf_counter() - started) * 1000)
        rank = next((i + 1 for i, rid in enumerate(ids) if rid in set(case["relevant"])), None)
        m = per_lang.setdefault(case["language"], {"hit1": [], "hit5": [], "mrr": []})
        m["hit1"].append(float(rank == 1))
        m["hit5"].append(float(rank is not None))
        m["mrr"].append(1.0 / rank if rank else 0.0)
    rejected = sum(1 for case in offtopic if not retriever.invoke(case["question"]))
    return {
        lang: {metric: round(statistics.mean(v), 3) for metric, v in m.items()} for lang, m in sorted(per_lang.items())
    } | {
        "offtopic_rejected": f"{rejected}/{len(offtopic)}",
        "query_ms_p50": round(statistics.median(latencies), 1),
        "query_ms_p95": round(percentile(latencies, 0.95), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedders", nargs="+", default=["use-multilingual", "e5-small", "minilm"])
    parser.add_argument("--data", default=str(ROOT / "data" / "portrait-ia-2025.csv"))
    args = parser.parse_args()
    register = load_register(args.data)
    probe, offtopic = read_jsonl(PROBE), read_jsonl(OFFTOPIC)
    results = [evaluate(name, register, probe, offtopic) for name in args.embedders]
    print(f"Register {register.source}: {len(register)} rows; probe: {len(probe)} questions\n")
    print("Dense only (Chroma), top 10:\n")
    print("| Embedder | FR hit@1 | FR hit@5 | FR MRR | EN hit@1 | EN hit@5 | EN MRR | build (258 rows) | query p50 / p95 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        fr, en = r["by_language"].get("fr", {}), r["by_language"].get("en", {})
        print(
            f"| {r['embedder']} | {fr.get('hit1')} | {fr.get('hit5')} | {fr.get('mrr')} | {en.get('hit1')}"
            f" | {en.get('hit5')} | {en.get('mrr')} | {r['build_seconds']} s ({r['rows_per_second']} rows/s)"
            f" | {r['query_ms_p50']} / {r['query_ms_p95']} ms |"
        )
    print("\nShipped pipeline (dense + BM25 fused, relevance gate), top 5:\n")
    print("| Embedder | FR hit@1 | FR hit@5 | FR MRR | EN hit@1 | EN hit@5 | EN MRR | off-topic rejected | query p50 / p95 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        h = r["hybrid_gated"]
        fr, en = h["fr"], h["en"]
        print(
            f"| {r['embedder']} | {fr['hit1']} | {fr['hit5']} | {fr['mrr']} | {en['hit1']} | {en['hit5']}"
            f" | {en['mrr']} | {h['offtopic_rejected']} | {h['query_ms_p50']} / {h['query_ms_p95']} ms |"
        )
    print("\nCalibration (cosine similarity of the best hit):")
    for r in results:
        print(f"  {r['embedder']}: {r['calibration']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"when": time.strftime("%Y-%m-%d"), "results": results}, indent=1))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
