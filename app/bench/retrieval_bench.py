"""Retrieval latency on big stores: HybridRetriever against a raw Chroma `collection.query` filtered
to the posting, which is how a vector-store retriever (the tutorial's, say) would search it.

Embedding 100k chunks with MiniLM on a laptop takes too long for a benchmark, so the stores are
filled directly with random unit vectors (and synthetic chunk text for the keyword side). Random
vectors are the HNSW index's hard case, so these latencies are, if anything, pessimistic.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from app.bench import corpus
from app.bench.stats import latency_summary, ratio
from app.config import StoreSettings
from app.providers import build_stores
from app.retrieval import HybridRetriever, PostingCache
from ingest.index import PostingIndex

CHUNKS_PER_POSTING = 10
QUESTIONS = ["Is this job remote?", "Which programming languages do they use?", "What is the salary range?",
             "How many interview rounds are there?", "Do they use Kubernetes?", "What does the team build?",
             "How many years of experience do they want?", "Which cloud platform?",
             "What benefits are offered?",
             "When is the application deadline?", "Do I need a degree?", "Is German required?",
             "What will I do in the first months?", "Which data tools are in the stack?",
             "How big is the team?", "Do they offer parental leave?"]


class PresetEmbeddings(Embeddings):
    """Returns the vector registered for a query text: the retriever then queries with exactly the
    vector the raw baseline uses, so the comparison times retrieval, not the embedding model."""

    def __init__(self, name: str, dimension: int, vectors: dict[str, list[float]]):
        self.name, self.dimension, self.vectors = name, dimension, vectors

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.vectors.get(text) or [1.0] + [0.0] * (self.dimension - 1)


def _chunk_text(rng: random.Random, order: int) -> str:
    if order == 0:
        return f"Title: {rng.choice(corpus.TITLES)}\nCompany: {rng.choice(corpus.COMPANIES)}"
    kind = rng.random()
    if kind < 0.4:
        return "\n".join(f"- {corpus._duty(rng)}" for _ in range(rng.randint(2, 4)))
    if kind < 0.7:
        return "\n".join(f"- {corpus._requirement(rng)}" for _ in range(rng.randint(2, 4)))
    return corpus._prose(rng, rng.randint(2, 5))


def fill_store(stores, total_chunks: int, seed: int, batch: int = 5000) -> list[str]:
    """Adds `total_chunks` chunks (10 per posting, product-shaped metadata and catalog entries)
    straight to Chroma."""
    collection, catalog = stores.chunks._collection, stores.catalog._collection
    rng, np_rng = random.Random(seed), np.random.default_rng(seed)
    posting_ids = [f"bench-posting-{i:06d}" for i in range(max(1, total_chunks // CHUNKS_PER_POSTING))]
    dim = stores.chunks.embeddings.dimension
    for start in range(0, total_chunks, batch):
        rows = range(start, min(start + batch, total_chunks))
        vectors = np_rng.standard_normal((len(rows), dim)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        ids, docs, metas = [], [], []
        for row in rows:
            pid, order = posting_ids[row // CHUNKS_PER_POSTING], row % CHUNKS_PER_POSTING
            ids.append(f"{pid}:{order:04d}")
            docs.append(_chunk_text(rng, order))
            metas.append({"posting_id": pid, "section": "Header" if order == 0 else "Body", "order": order,
                          "title": "Bench posting", "company": "Bench", "location": "Remote",
                          "source": f"{pid}.md"})
        collection.add(ids=ids, embeddings=vectors, documents=docs, metadatas=metas)
    for start in range(0, len(posting_ids), batch):
        pids = posting_ids[start:start + batch]
        vectors = np_rng.standard_normal((len(pids), dim)).astype(np.float32)
        entries = [{"posting_id": pid, "title": "Bench posting", "company": "Bench", "location": "Remote",
                    "source": f"{pid}.md", "chunks": CHUNKS_PER_POSTING, "requirements": "[]",
                    "chunk_ids": json.dumps([f"{pid}:{order:04d}" for order in range(CHUNKS_PER_POSTING)])}
                   for pid in pids]
        catalog.add(ids=pids, embeddings=vectors, documents=["Bench posting at Bench"] * len(pids),
                    metadatas=entries)
    return posting_ids


def bench_size(total_chunks: int, queries: int, store_dir: Path, embeddings: Embeddings,
               top_k: int, seed: int = 7) -> dict:
    name = getattr(embeddings, "name", type(embeddings).__name__)
    dim = getattr(embeddings, "dimension", None) or len(embeddings.embed_query("dimension"))
    vectors = dict(zip(QUESTIONS, embeddings.embed_documents(QUESTIONS), strict=True))
    preset = PresetEmbeddings(name, dim, vectors)
    stores = build_stores(StoreSettings(path=store_dir, collection=f"bench-{total_chunks}"), preset)
    start = time.perf_counter()
    posting_ids = fill_store(stores, total_chunks, seed)
    build_s = time.perf_counter() - start

    index = PostingIndex(stores.chunks, stores.catalog)
    # Each question picks a random posting, so nearly every one misses the cache and builds the
    # posting's view: the pessimistic case (a candidate asks several questions about one posting).
    cache = PostingCache(index)
    embeddings.embed_query("warm-up")
    depth = max(top_k * 2, 8)  # what HybridRetriever ranks per side with ~10 chunks per posting
    collection = stores.chunks._collection

    def raw(question: str, pid: str) -> None:
        collection.query(query_embeddings=[vectors[question]], n_results=depth, where={"posting_id": pid})

    def hybrid(question: str, pid: str, model: Embeddings = preset) -> None:
        HybridRetriever(embeddings=model, posting=cache.get(pid), top_k=top_k).invoke(question)

    def product(question: str, pid: str) -> None:
        hybrid(question, pid, embeddings)

    def posting_view_build(question: str, pid: str) -> None:  # what a question costs on a cache miss
        PostingCache(index).get(pid)

    series = {"raw": raw, "hybrid": hybrid, "product": product, "posting_view_build": posting_view_build}
    times: dict[str, list[float]] = {key: [] for key in series}
    rng = random.Random(seed)
    for i in range(queries + 5):
        question, pid = QUESTIONS[i % len(QUESTIONS)], rng.choice(posting_ids)
        keys = list(series)
        rng.shuffle(keys)  # interleaved, in random order: a noisy neighbour hits all series alike
        for key in keys:
            t0 = time.perf_counter()
            series[key](question, pid)
            if i >= 5:  # the first few are warm-up
                times[key].append(time.perf_counter() - t0)
    summary = {key: latency_summary(values) for key, values in times.items()}
    return {
        "chunks": total_chunks, "postings": len(posting_ids), "queries": queries, "build_seconds": build_s,
        "raw": summary["raw"], "hybrid": summary["hybrid"], "hybrid_with_query_embedding": summary["product"],
        "posting_view_build": summary["posting_view_build"],
        "ratio_p50": ratio(summary["hybrid"]["p50_ms"], summary["raw"]["p50_ms"], higher_is_better=False),
        "ratio_p95": ratio(summary["hybrid"]["p95_ms"], summary["raw"]["p95_ms"], higher_is_better=False),
    }


def bench_retrieval(sizes: list[int], queries: int, store_root: Path, embeddings: Embeddings,
                    top_k: int) -> list[dict]:
    return [bench_size(n, queries, store_root / f"chunks-{n}", embeddings, top_k) for n in sizes]
