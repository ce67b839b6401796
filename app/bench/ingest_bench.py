"""Ingest through the real pipeline (Assistant.ingest, real embeddings, a temporary Chroma store),
then the same corpus again unchanged; embedding speed against raw sentence-transformers `encode`.

The corpus goes in slices, and after each slice the raw engine encodes the texts the pipeline just
embedded: on a shared machine a noisy neighbour then slows both sides alike.
"""

from __future__ import annotations

import time
from pathlib import Path

from langchain_core.embeddings import Embeddings

from app.assistant import Assistant
from app.bench.stats import rate, ratio
from app.config import Settings


class TimedEmbeddings(Embeddings):
    """Wraps the pipeline's embeddings: records every text, every call's size and the time spent."""

    def __init__(self, inner: Embeddings):
        self.inner = inner
        self.name = getattr(inner, "name", type(inner).__name__)
        self.dimension = getattr(inner, "dimension", None)
        self.reset()

    def reset(self) -> None:
        self.texts: list[str] = []
        self.calls: list[tuple[int, float]] = []  # (texts in the call, seconds)

    @property
    def seconds(self) -> float:
        return sum(s for _, s in self.calls)

    def _timed(self, fn, texts: list[str]):
        start = time.perf_counter()
        try:
            return fn()
        finally:
            self.calls.append((len(texts), time.perf_counter() - start))
            self.texts.extend(texts)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._timed(lambda: self.inner.embed_documents(texts), list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self._timed(lambda: self.inner.embed_query(text), [text])


def _raw_encoder(embeddings: Embeddings, batch_size: int):
    """sentence-transformers `encode` as a user of the library calls it, or None for other backends."""
    model = getattr(embeddings, "model", None)
    if model is None or not hasattr(model, "encode"):
        return None
    return lambda texts: model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                      show_progress_bar=False)


def bench_ingest(settings: Settings, paths: list[Path], embeddings: Embeddings, store_dir: Path, *,
                 slices: int = 10, raw_every: int = 1) -> dict:
    """`raw_every`: the raw engine encodes every n-th of the pipeline's texts (1 = all of them)."""
    timed = TimedEmbeddings(embeddings)
    local = settings.model_copy(update={"store": settings.store.model_copy(
        update={"path": store_dir, "host": None})})
    assistant = Assistant(local, embeddings=timed)
    assistant.stores  # noqa: B018  (opening Chroma is not ingest work)
    raw = _raw_encoder(embeddings, settings.embeddings.batch_size)
    timed.embed_documents(["warm-up"] * 8)
    if raw:
        raw(["warm-up"] * 8)
    timed.reset()

    size = max(1, -(-len(paths) // slices))
    ingest_s = raw_s = 0.0
    raw_texts, results, calls = 0, [], []
    for start in range(0, len(paths), size):
        timed.reset()
        t0 = time.perf_counter()
        results += assistant.ingest(paths[start:start + size])
        ingest_s += time.perf_counter() - t0
        calls += timed.calls
        if raw:
            sample = timed.texts[::raw_every]
            t0 = time.perf_counter()
            raw(sample)
            raw_s += time.perf_counter() - t0
            raw_texts += len(sample)
    chunks = sum(r.added for r in results)
    texts = sum(n for n, _ in calls)
    embed_s = sum(s for _, s in calls)
    single = [s for n, s in calls if n == 1]

    # Re-ingest, as one call: every source is read before any is indexed, so the callbacks mark the phases.
    timed.reset()
    marks: list[float] = []
    t0 = time.perf_counter()
    repeat = assistant.ingest(paths, on_read=lambda _: marks.append(time.perf_counter()))
    again_s = time.perf_counter() - t0
    read_s = (marks[-1] - t0) if marks else 0.0

    pipeline_eps = rate(texts, embed_s)
    out = {
        "postings": len(results), "chunks": chunks, "seconds": ingest_s,
        "chunks_per_s": rate(chunks, ingest_s), "postings_per_s": rate(len(results), ingest_s),
        "reingest": {
            "seconds": again_s, "read_seconds": read_s, "index_seconds": again_s - read_s,
            "chunks_added": sum(r.added for r in repeat),
            "chunks_unchanged": sum(r.unchanged for r in repeat),
            "texts_embedded": len(timed.texts),
        },
        "embedding": {
            "texts": texts, "pipeline_calls": len(calls), "pipeline_seconds": embed_s,
            "pipeline_texts_per_s": pipeline_eps, "share_of_ingest_time": embed_s / ingest_s,
            "single_text_calls": len(single), "single_text_seconds": sum(single),
        },
    }
    if raw and raw_texts:
        raw_eps = rate(raw_texts, raw_s)
        out["embedding"].update({
            "raw_texts": raw_texts, "raw_seconds": raw_s, "raw_texts_per_s": raw_eps,
            "ratio": ratio(pipeline_eps, raw_eps),
            # The whole ingest (read, chunk, embed, write) against embedding alone with the raw engine.
            "ingest_ratio": ratio(rate(texts, ingest_s), raw_eps),
        })
    return out
