"""`jobassist bench`: its metric code on small fixed inputs, and one quick real run (structure only)."""

from __future__ import annotations

import math
import random

import pytest

from app.bench import QUICK, run_bench
from app.bench.corpus import generate_corpus, posting_markdown
from app.bench.ingest_bench import TimedEmbeddings
from app.bench.report import evaluate_targets, render_table, rows, to_json
from app.bench.stats import latency_summary, percentile, rate, ratio
from app.config import Settings
from app.embeddings import HashingEmbeddings
from ingest.posting import read_posting


def test_percentile_interpolates_between_ranks_like_numpy():
    values = [15, 20, 35, 40, 50]
    assert percentile(values, 0) == 15 and percentile(values, 100) == 50
    assert percentile(values, 50) == 35
    assert percentile(values, 40) == pytest.approx(29.0)  # rank 1.6: 20 + 0.6 * 15
    assert percentile(values, 95) == pytest.approx(48.0)  # rank 3.8: 40 + 0.8 * 10
    assert percentile(list(reversed(values)), 95) == pytest.approx(48.0)  # order does not matter
    assert percentile([7.0], 95) == 7.0
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile([1, 2], 101)


def test_ratio_is_below_one_when_the_pipeline_is_slower_whichever_the_unit():
    assert ratio(90, 100) == pytest.approx(0.9)  # items/s: pipeline 90, raw 100
    assert ratio(20.0, 10.0, higher_is_better=False) == pytest.approx(0.5)  # ms: pipeline twice as slow
    assert ratio(8.0, 10.0, higher_is_better=False) == pytest.approx(1.25)
    for bad in [(0, 1), (1, 0), (-1, 1), (math.inf, 1), (math.nan, 1)]:
        with pytest.raises(ValueError):
            ratio(*bad)
    assert rate(10, 4) == 2.5
    with pytest.raises(ValueError):
        rate(1, 0)


def test_latency_summary_converts_seconds_to_the_unit():
    summary = latency_summary([0.010, 0.020, 0.030, 0.040, 0.100])
    assert summary["n"] == 5 and summary["p50_ms"] == pytest.approx(30.0)
    assert summary["p95_ms"] == pytest.approx(88.0) and summary["max_ms"] == pytest.approx(100.0)
    assert summary["mean_ms"] == pytest.approx(40.0)
    assert latency_summary([1.5, 2.5], unit="s")["p50_s"] == pytest.approx(2.0)


def test_corpus_is_deterministic_for_a_seed_and_differs_across_seeds(tmp_path):
    first = generate_corpus(tmp_path / "a", 20, seed=3)
    again = generate_corpus(tmp_path / "b", 20, seed=3)
    other = generate_corpus(tmp_path / "c", 20, seed=4)
    assert [p.name for p in first] == [p.name for p in again]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
    assert len({p.name for p in first}) == 20  # unique names, so unique posting ids


def test_corpus_postings_have_varied_shapes_and_about_ten_chunks(tmp_path):
    paths = generate_corpus(tmp_path, 40, seed=11)
    postings = [read_posting(p, max_bytes=1_000_000, chunk_chars=700) for p in paths]
    counts = [len(p.chunks) for p in postings]
    assert 8 <= sum(counts) / len(counts) <= 12 and min(counts) >= 5 and max(counts) <= 16
    assert all(p.title and p.company and p.location for p in postings)
    assert len({p.id for p in postings}) == 40
    sections = {c.section for p in postings for c in p.chunks}
    assert {"Header", "Responsibilities", "Requirements", "Benefits"} <= sections
    texts = "".join(p.read_text() for p in paths)
    assert all(marker in texts for marker in ("\n- ", "\n* ", "\n\u2022 ", "\n1. ", "## ", "**"))
    stem, text = posting_markdown(random.Random(5))
    assert text.startswith("# ") and stem and stem == stem.lower()


def test_timed_embeddings_record_texts_calls_and_time():
    timed = TimedEmbeddings(HashingEmbeddings(16))
    assert timed.name == "hashing-16" and timed.dimension == 16  # the store checks both
    vectors = timed.embed_documents(["a b", "c"])
    assert timed.embed_query("d") == HashingEmbeddings(16).embed_query("d")
    assert len(vectors) == 2 and timed.texts == ["a b", "c", "d"]
    assert [n for n, _ in timed.calls] == [2, 1] and timed.seconds == sum(s for _, s in timed.calls) > 0
    timed.reset()
    assert timed.texts == [] and timed.calls == [] and timed.seconds == 0


def _fake_results(errors: int = 0, reingest_s: float = 3.2) -> dict:
    lat_s = {"p50_s": 0.4, "p95_s": 0.9, "mean_s": 0.5, "max_s": 1.0, "n": 8}
    lat_ms = {"p50_ms": 12.0, "p95_ms": 30.0, "mean_ms": 14.0, "max_ms": 40.0, "n": 100}
    return {
        "quick": False, "duration_seconds": 600.0,
        "machine": {"cpus": 2, "cpu_model": "Test CPU", "ram_gb": 24.0, "date": "2026-01-01T00:00:00+00:00",
                    "load_avg_1m_at_start": 1.0},
        "ingest": {"postings": 1000, "chunks": 9500, "seconds": 200.0, "chunks_per_s": 47.5,
                   "postings_per_s": 5.0,
                   "reingest": {"seconds": reingest_s, "read_seconds": 1.2, "index_seconds": 2.0,
                                "chunks_added": 0, "chunks_unchanged": 9500, "texts_embedded": 0},
                   "embedding": {"texts": 10500, "pipeline_calls": 2000, "pipeline_seconds": 150.0,
                                 "pipeline_texts_per_s": 70.0, "share_of_ingest_time": 0.75,
                                 "single_text_calls": 1000, "single_text_seconds": 41.5, "raw_texts": 5250,
                                 "raw_seconds": 60.0, "raw_texts_per_s": 87.5, "ratio": 0.8,
                                 "ingest_ratio": 0.6}},
        "retrieval": [{"chunks": n, "postings": n // 10, "queries": 100, "build_seconds": 9.0, "raw": lat_ms,
                       "hybrid": {**lat_ms, "p95_ms": 40.0}, "hybrid_with_query_embedding": {**lat_ms,
                       "p95_ms": 61.0}, "posting_view_build": lat_ms, "ratio_p50": 1.0, "ratio_p95": 0.75}
                      for n in (10_000, 100_000)],
        "answers": {"model": "m.gguf", "asks": {"questions": 8, "answered": 7, "abstained": 1, "total": lat_s,
                                                "ttft": lat_s, "embedding_before_first_token": {
                                                    **lat_s, "p50_s": 0.123}},
                    "llama_threads": {"generation": 1, "batch": 2},
                    "generation": {"rounds": 2, "max_tokens": 64,
                                   "pipeline": {"tokens_per_s": 40.0, "decode_tokens_per_s": 50.0,
                                                "first_token_s": 0.61},
                                   "raw": {"tokens_per_s": 41.0, "decode_tokens_per_s": 51.0,
                                           "first_token_s": 0.59},
                                   "ratio": 0.976, "decode_ratio": 0.98}},
        "server": {"startup_seconds": 20.0, "rss_idle_mb": 700.0, "peak_rss_mb": 900.0,
                   "levels": [{"clients": c, "requests": 4, "ok": 4 - (1 + errors if c == 16 else 0),
                               "queue_full": 1 if c == 16 else 0, "errors": errors if c == 16 else 0,
                               "seconds": 10.0, "throughput_rps": 0.4, "capped": False, "latency": lat_s}
                              for c in (1, 4, 16)]},
    }


def test_targets_are_judged_against_the_figures():
    targets = {t["name"]: t for t in evaluate_targets(_fake_results())}
    assert targets["embedding throughput ratio (pipeline / raw encode)"]["met"] is False  # 0.8 < 0.9
    assert targets["re-ingest of 1000 unchanged postings (s)"]["met"] is True
    assert targets["retrieval ratio p95 at 100,000 chunks (raw / hybrid)"]["met"] is False
    assert targets["retrieval p95 at 100,000 chunks, incl. query embedding (ms)"]["met"] is False
    assert targets["time to first token p50 (s)"]["met"] is True
    assert targets["generation tokens/s ratio (LlamaCppChat / raw llama.cpp)"]["met"] is True
    assert targets["server peak memory (MB)"]["met"] is True
    assert targets["errors at 16 concurrent clients"]["met"] is True  # a full queue is not an error
    worse = {t["name"]: t for t in evaluate_targets(_fake_results(errors=1, reingest_s=7.5))}
    assert worse["errors at 16 concurrent clients"]["met"] is False
    assert worse["re-ingest of 1000 unchanged postings (s)"]["met"] is False
    unmeasured = {t["name"]: t for t in evaluate_targets({})}
    assert unmeasured["time to first token p50 (s)"]["met"] is None


def test_report_renders_every_metric_and_every_target():
    results = _fake_results()
    results["targets"] = evaluate_targets(results)
    table = render_table(results)
    for section, metric, value in rows(results):
        assert section in table
        assert metric in table and value in table
    for needle in ["postings / chunks", "1,000 / 9,500", "chunks/s", "postings/s", "re-ingest unchanged (s)",
                   "embedding ratio (pipeline / raw)", "0.80", "retrieval 10k", "retrieval 100k",
                   "ratio p50 / p95 (raw / hybrid)", "time to first token p50 / p95 (s)", "total time",
                   "generation ratio", "0.98", "server x1", "server x4", "server x16", "throughput (req/s)",
                   "RSS idle / peak (MB)", "900", "requests ok / queue full / errors", "3 / 1 / 0",
                   "1,000 / 41.5", "0.12", "1 / 2", "0.61 / 0.59", "5,250",
                   "Test CPU", "MISSED", "met"]:
        assert needle in table, needle
    for target in results["targets"]:
        assert target["name"] in table
    assert '"chunks_per_s": 47.5' in to_json(results)


def _walk(value, path="results"):
    """Yields (path, number) for every number in a nested result."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _walk(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _walk(inner, f"{path}[{i}]")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path, value


@pytest.mark.integration
def test_a_quick_run_with_the_real_models_reports_every_figure(tmp_path):
    settings = Settings(store={"path": tmp_path / "untouched-store"}, _env_file=None)
    results = run_bench(settings, quick=True)
    assert not (tmp_path / "untouched-store").exists()  # the bench works in its own temp folders
    for key in ["machine", "plan", "ingest", "retrieval", "answers", "server", "targets", "duration_seconds"]:
        assert key in results, key
    ingest = results["ingest"]
    assert ingest["postings"] == QUICK.postings and ingest["chunks"] > QUICK.postings * 5
    assert ingest["reingest"]["chunks_added"] == 0 and ingest["reingest"]["texts_embedded"] == 0
    assert ingest["reingest"]["chunks_unchanged"] == ingest["chunks"]
    for key in ["chunks_per_s", "postings_per_s", "seconds"]:
        assert ingest[key] > 0
    for key in ["pipeline_texts_per_s", "raw_texts_per_s", "ratio", "ingest_ratio", "raw_texts"]:
        assert ingest["embedding"][key] > 0
    assert ingest["embedding"]["texts"] >= ingest["chunks"]
    assert [s["chunks"] for s in results["retrieval"]] == list(QUICK.retrieval_sizes)
    for size in results["retrieval"]:
        for series in ["raw", "hybrid", "hybrid_with_query_embedding", "posting_view_build"]:
            assert size[series]["n"] == QUICK.retrieval_queries and size[series]["p95_ms"] > 0
        assert size["ratio_p50"] > 0 and size["ratio_p95"] > 0
    asks = results["answers"]["asks"]
    assert asks["questions"] == QUICK.questions and asks["answered"] >= 1
    assert asks["phrased_by_model"] >= 1 and asks["ttft"]["p50_s"] > 0
    assert asks["phrased_total"]["p95_s"] >= asks["ttft"]["p50_s"]
    assert 0 < asks["embedding_before_first_token"]["p50_s"]
    assert results["answers"]["llama_threads"]["generation"] >= 1
    generation = results["answers"]["generation"]
    assert generation["pipeline"]["tokens_mean"] > 0 and generation["raw"]["tokens_mean"] > 0
    assert generation["ratio"] > 0 and generation["decode_ratio"] > 0
    server = results["server"]
    assert server["peak_rss_mb"] >= server["rss_idle_mb"] > 0
    assert [level["clients"] for level in server["levels"]] == [c for c, _ in QUICK.server_levels]
    for level in server["levels"]:
        assert level["requests"] == level["ok"] + level["queue_full"] + level["errors"] >= 1
        assert level["ok"] >= 1 and level["throughput_rps"] > 0 and level["latency"]["p95_s"] > 0
    for path, number in _walk(results):
        assert math.isfinite(number) and number >= 0, path
    assert {t["name"] for t in results["targets"]} >= {"server peak memory (MB)",
                                                      "time to first token p50 (s)"}
    table = render_table(results)
    assert all(t["name"] in table for t in results["targets"])
