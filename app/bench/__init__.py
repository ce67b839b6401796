"""`jobassist bench`: speed and memory of the real pipeline, each against its raw engine, in one run.

    results = run_bench(Settings(), quick=False)     # a JSON-ready dict
    print(app.bench.report.render_table(results))    # the table

Nothing touches the configured store: every benchmark works in its own temporary folder.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from app.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Plan:
    postings: int
    retrieval_sizes: tuple[int, ...]
    retrieval_queries: int
    questions: int
    generation_rounds: int
    generation_max_tokens: int
    server_levels: tuple[tuple[int, int], ...]  # (concurrent clients, requests per client)
    server_cap_s: float
    raw_encode_every: int = 1  # the raw encoder re-encodes every n-th text the pipeline embedded
    corpus_seed: int = 1234


# Sized to finish in about 25 minutes on a busy 2-core machine (about 10 on a quiet one).
FULL = Plan(postings=1000, retrieval_sizes=(10_000, 100_000), retrieval_queries=100, questions=10,
            generation_rounds=3, generation_max_tokens=96,
            server_levels=((1, 5), (4, 3), (16, 2)), server_cap_s=300, raw_encode_every=3)
QUICK = Plan(postings=20, retrieval_sizes=(2_000,), retrieval_queries=20, questions=2,
             generation_rounds=1, generation_max_tokens=32,
             server_levels=((1, 2), (4, 1)), server_cap_s=90)


def run_bench(settings: Settings, *, quick: bool = False,
              progress: Callable[[str], None] | None = None, plan: Plan | None = None) -> dict:
    """Runs every benchmark and returns the figures as a JSON-ready dict (see app.bench.report)."""
    from app.bench.answer_bench import bench_answers
    from app.bench.corpus import generate_corpus
    from app.bench.ingest_bench import bench_ingest
    from app.bench.report import evaluate_targets
    from app.bench.retrieval_bench import bench_retrieval
    from app.bench.server_bench import bench_server
    from app.bench.stats import load_average, machine
    from app.providers import build_embeddings, build_llm

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    plan = plan or (QUICK if quick else FULL)
    say = progress or log.info
    started = time.perf_counter()
    results: dict = {"quick": quick, "machine": machine(), "plan": asdict(plan),
                     "models": {"embeddings": settings.embeddings.model, "llm_backend": settings.llm.backend}}
    with tempfile.TemporaryDirectory(prefix="jobassist-bench-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        say("loading the embedding model and the chat model")
        embeddings = build_embeddings(settings.embeddings)
        llm = build_llm(settings.llm)

        say(f"ingest: generating {plan.postings} postings and ingesting them twice")
        paths = generate_corpus(work / "corpus", plan.postings, plan.corpus_seed)
        results["ingest"] = bench_ingest(settings, paths, embeddings, work / "ingest-store",
                                         raw_every=plan.raw_encode_every)

        say(f"retrieval: stores of {', '.join(f'{n:,}' for n in plan.retrieval_sizes)} chunks")
        results["retrieval"] = bench_retrieval(list(plan.retrieval_sizes), plan.retrieval_queries,
                                               work / "retrieval", embeddings, settings.retrieval.top_k)

        say(f"answers: {plan.questions} questions, generation against raw llama.cpp")
        results["answers"] = bench_answers(settings, work / "answer-store", embeddings, llm,
                                           plan.questions, plan.generation_rounds,
                                           plan.generation_max_tokens)

        say("server: jobassist serve with " + ", ".join(f"{c}" for c, _ in plan.server_levels) + " clients")
        results["server"] = bench_server(settings, work / "server", list(plan.server_levels),
                                         plan.server_cap_s)
    results["duration_seconds"] = time.perf_counter() - started
    results["machine"]["load_avg_1m_at_end"] = load_average()
    results["targets"] = evaluate_targets(results)
    return results


__all__ = ["FULL", "QUICK", "Plan", "run_bench"]
