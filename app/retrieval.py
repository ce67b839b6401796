"""Hybrid retrieval over one posting: dense (cosine) and keyword (BM25), fused by rank.

A question is always about one posting, a few dozen chunks at most, so both sides search that
posting's chunks exactly, in memory. A filtered approximate query over the whole store gives the
same ranking but slows down as the store grows (`jobassist bench`: about 170 ms at 100k chunks
against a few ms here).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict
from rank_bm25 import BM25Okapi

from app.casual import vocabulary_of
from domain.text import search_tokens
from ingest.facts import HeaderFacts
from ingest.index import PostingIndex

RRF_K = 60  # the usual reciprocal-rank-fusion constant; rank matters, raw scores do not


@dataclass(frozen=True)
class PostingView:
    """One posting ready to search: its chunks in reading order, their unit vectors, BM25."""

    ids: tuple[str, ...]
    docs: list[Document]
    vectors: np.ndarray  # one unit-length row per chunk
    bm25: BM25Okapi
    facts: HeaderFacts
    vocabulary: frozenset[str]  # its words in lower case, for reading casual questions


def _unit_rows(vectors) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


class PostingCache:
    """A PostingView per posting, rebuilt only when the catalog lists other chunk ids for it; the
    least recently used views go first. Checking costs one catalog lookup by id per question."""

    def __init__(self, index: PostingIndex, max_postings: int = 256) -> None:
        self.index = index
        self.max_postings = max_postings
        self._views: OrderedDict[str, PostingView] = OrderedDict()
        self._lock = threading.Lock()  # the web app answers several questions at once

    def __len__(self) -> int:
        return len(self._views)

    def get(self, posting_id: str) -> PostingView:
        ids = self.index.chunk_ids(posting_id)
        with self._lock:
            view = self._views.get(posting_id)
            if view is not None and view.ids == ids:
                self._views.move_to_end(posting_id)
                return view
        docs, vectors = self.index.chunks_with_vectors(ids)
        corpus = [search_tokens(f"{d.metadata['section']} {d.page_content}") for d in docs]
        view = PostingView(ids, docs, _unit_rows(vectors), BM25Okapi(corpus),
                           self.index.facts(posting_id),
                           frozenset(vocabulary_of([d.page_content for d in docs])))
        with self._lock:
            self._views[posting_id] = view
            self._views.move_to_end(posting_id)
            while len(self._views) > self.max_postings:
                self._views.popitem(last=False)
        return view


class HybridRetriever(BaseRetriever):
    """Exact names (Oozie, HBase, Gradle) need keywords; paraphrases need dense vectors."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    embeddings: Any  # the store's embeddings: query vectors must live in the chunks' space
    posting: PostingView  # from PostingCache.get
    top_k: int = 4

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        view = self.posting
        if not view.docs:
            return []
        depth = min(len(view.docs), max(self.top_k * 2, 8))
        similarity = view.vectors @ _unit_rows([self.embeddings.embed_query(query)])[0]
        dense_order = np.argsort(-similarity, kind="stable")[:depth]
        dense_rank = {int(i): rank for rank, i in enumerate(dense_order)}
        scores = view.bm25.get_scores(search_tokens(query))
        keyword_order = np.argsort(-scores, kind="stable")[:depth]
        keyword_rank = {int(i): rank for rank, i in enumerate(keyword_order) if scores[i] > 0}
        fused = {
            i: sum(1.0 / (RRF_K + rank[i] + 1) for rank in (dense_rank, keyword_rank) if i in rank)
            for i in set(dense_rank) | set(keyword_rank)
        }
        best = sorted(fused, key=lambda i: (-fused[i], i))[: self.top_k]
        return [
            Document(id=view.docs[i].id, page_content=view.docs[i].page_content,
                     metadata={**view.docs[i].metadata, "fused_score": fused[i],
                               "dense_similarity": float(similarity[i])})
            for i in best
        ]
