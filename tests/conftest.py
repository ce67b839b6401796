"""Shared fixtures: every test gets its own store folder; real models load once per session."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from app.assistant import Assistant  # noqa: E402
from app.config import Settings  # noqa: E402
from app.embeddings import HashingEmbeddings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO / "app" / "evaldata"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        store={"path": tmp_path / "store"},
        embeddings={"backend": "fake"},
        llm={"backend": "fake"},
        # Bag-of-words vectors score lower than MiniLM; the abstention bar is per embedding model.
        retrieval={"min_support": 0.2},
        _env_file=None,
    )


@pytest.fixture
def make_assistant(settings):
    """An Assistant over a fresh store with a fake model that answers with the given drafts."""

    def make(drafts: list[str] | None = None, **overrides) -> Assistant:
        llm = FakeListChatModel(responses=drafts or ["(no model configured)"])
        return Assistant(overrides.get("settings", settings), llm=llm,
                         embeddings=overrides.get("embeddings", HashingEmbeddings()))

    return make


@pytest.fixture
def assistant(make_assistant):
    """Like make_assistant, with the bundled posting already ingested."""

    def make(*drafts):
        a = make_assistant(list(drafts) or None)
        a.ingest()
        return a

    return make


@pytest.fixture(scope="session")
def real_embeddings():
    from app.embeddings import SentenceTransformerEmbeddings

    return SentenceTransformerEmbeddings("all-MiniLM-L6-v2")


@pytest.fixture(scope="session")
def real_llm():
    from app.config import LLMSettings
    from app.providers import build_llm

    return build_llm(LLMSettings())


@pytest.fixture(scope="session")
def real_assistant(tmp_path_factory, real_embeddings, real_llm) -> Assistant:
    """The default product: real MiniLM, real SmolLM2, the bundled posting ingested."""
    store = tmp_path_factory.mktemp("real-store")
    assistant = Assistant(Settings(store={"path": store}, _env_file=None),
                          llm=real_llm, embeddings=real_embeddings)
    assistant.ingest()
    return assistant


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(args: list[str], url: str, *, env: dict | None = None,
                 timeout_s: float = 180) -> subprocess.Popen:
    """Start a real server on 127.0.0.1 and wait until `url` answers 200."""
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"server-{os.getpid()}-{time.time()}.log",
               "w")
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, **(env or {})})
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{args[0]} exited with {proc.returncode}; see {log.name}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError(f"{' '.join(args)} did not answer at {url}; see {log.name}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


PYTHON = sys.executable
