"""A requirement no keyword settles, set against the resume's lines by meaning: "cut p99 scoring
latency from 180 ms to 35 ms" shows performance work though it never says "performance"."""

from __future__ import annotations

import numpy as np
from langchain_core.embeddings import Embeddings

# Cosine similarity (MiniLM) of a requirement to its best resume line. Calibrated on the
# real-format resume set's written expectations (`jobassist eval`, see the README): at or above
# MET the line shows the requirement, at or above PARTIAL it shows something close, below it the
# resume does not speak to it.
MET = 0.50
PARTIAL = 0.35
_MIN_WORDS = 3  # "Python, SQL" alone is a skills list, matched by name, not by meaning


class ResumeLines:
    """The resume's lines embedded once per report; nothing of them is stored or logged."""

    def __init__(self, embeddings: Embeddings, lines: list[str]):
        self.embeddings = embeddings
        self.lines = [ln for ln in dict.fromkeys(lines) if len(ln.split()) >= _MIN_WORDS]
        vectors = embeddings.embed_documents(self.lines) if self.lines else []
        self.vectors = _unit(np.asarray(vectors, dtype=np.float32).reshape(len(self.lines), -1))

    def best(self, text: str) -> tuple[float, str | None]:
        """The resume line closest in meaning to `text`, with its cosine similarity."""
        if not self.lines:
            return 0.0, None
        query = _unit(np.asarray([self.embeddings.embed_query(text)], dtype=np.float32))[0]
        scores = self.vectors @ query
        i = int(np.argmax(scores))
        return float(scores[i]), self.lines[i]


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)
