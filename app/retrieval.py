"""Hybrid retrieval over one posting: dense (Chroma) and keyword (BM25), fused by rank."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict
from rank_bm25 import BM25Okapi

from app.text import tokens
from ingest.index import PostingIndex

RRF_K = 60  # the usual reciprocal-rank-fusion constant; rank matters, raw scores do not


class KeywordIndexCache:
    """BM25 per posting, rebuilt only when the posting's chunk ids change."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[tuple[str, ...], BM25Okapi, list[Document]]] = {}

    def get(self, index: PostingIndex, posting_id: str) -> tuple[BM25Okapi, list[Document]]:
        docs = index.chunks(posting_id)
        key = tuple(d.id for d in docs)
        cached = self._cache.get(posting_id)
        if cached is None or cached[0] != key:
            corpus = [tokens(f"{d.metadata['section']} {d.page_content}") for d in docs]
            cached = (key, BM25Okapi(corpus), docs)
            self._cache[posting_id] = cached
        return cached[1], cached[2]


class HybridRetriever(BaseRetriever):
    """Exact names (Oozie, HBase, Gradle) need keywords; paraphrases need dense vectors."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Any
    index: PostingIndex
    keyword_cache: KeywordIndexCache
    posting_id: str
    top_k: int = 4

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        bm25, docs = self.keyword_cache.get(self.index, self.posting_id)
        by_id = {d.id: d for d in docs}
        depth = min(len(docs), max(self.top_k * 2, 8))
        dense = self.store.similarity_search_with_score(
            query, k=depth, filter={"posting_id": self.posting_id}
        )
        dense_rank = {doc.id: rank for rank, (doc, _) in enumerate(dense)}
        dense_sim = {doc.id: 1.0 - distance for doc, distance in dense}  # cosine space
        scores = bm25.get_scores(tokens(query)) if docs else []
        keyword_order = sorted(range(len(docs)), key=lambda i: -scores[i])
        keyword_rank = {docs[i].id: r for r, i in enumerate(keyword_order[:depth]) if scores[i] > 0}
        fused = {
            cid: sum(1.0 / (RRF_K + rank[cid] + 1) for rank in (dense_rank, keyword_rank)
                     if cid in rank)
            for cid in set(dense_rank) | set(keyword_rank)
        }
        best = sorted(fused, key=lambda cid: -fused[cid])[: self.top_k]
        return [
            Document(id=cid, page_content=by_id[cid].page_content,
                     metadata={**by_id[cid].metadata, "fused_score": fused[cid],
                               "dense_similarity": dense_sim.get(cid, 0.0)})
            for cid in best if cid in by_id
        ]
