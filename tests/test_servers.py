"""Real servers on 127.0.0.1: an OpenAI-compatible llama.cpp server and a Chroma server."""

from pathlib import Path

import pytest

from app.assistant import Assistant
from app.config import Settings
from app.embeddings import HashingEmbeddings
from app.providers import default_gguf
from ingest.errors import InputError
from tests.conftest import PYTHON, free_port, start_server, stop_server

pytestmark = pytest.mark.integration
BIN = Path(PYTHON).parent


@pytest.fixture(scope="module")
def llama_server():
    port = free_port()
    proc = start_server(
        [PYTHON, "-m", "llama_cpp.server", "--model", str(default_gguf()), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "2048", "--model_alias", "smollm2"],
        f"http://127.0.0.1:{port}/v1/models",
    )
    yield f"http://127.0.0.1:{port}/v1"
    stop_server(proc)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = start_server([str(BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
                         "--port", str(port)], f"http://127.0.0.1:{port}/api/v2/heartbeat")
    yield port
    stop_server(proc)


def test_openai_backend_against_a_real_llama_cpp_server(llama_server, tmp_path, real_embeddings):
    settings = Settings(store={"path": tmp_path / "s"}, _env_file=None,
                        llm={"backend": "openai", "base_url": llama_server, "model": "smollm2",
                             "max_tokens": 60})
    assistant = Assistant(settings, embeddings=real_embeddings)
    assistant.ingest()
    build = assistant.ask("Which build tools do they use?")
    assert not build.abstained and build.note is None  # the server answered
    assert {c.section for c in build.citations} <= {"Requirements", "Must Have"}
    assert "gradle" in build.answer.lower()
    salary = assistant.ask("What is the salary range?")
    assert salary.abstained and salary.citations == []


def test_a_model_server_that_is_down_is_reported(tmp_path, real_embeddings):
    settings = Settings(store={"path": tmp_path / "s"}, _env_file=None,
                        llm={"backend": "openai", "base_url": f"http://127.0.0.1:{free_port()}/v1",
                             "timeout_s": 5})
    assistant = Assistant(settings, embeddings=real_embeddings)
    assistant.ingest()
    answer = assistant.ask("Which build tools do they use?")
    assert "language model failed" in answer.note
    assert "Gradle" in answer.answer  # the quoted evidence still answers


def test_chroma_server_store(chroma_server):
    settings = Settings(store={"host": "127.0.0.1", "port": chroma_server}, _env_file=None,
                        llm={"backend": "fake"}, retrieval={"min_support": 0.2})
    assistant = Assistant(settings, embeddings=HashingEmbeddings())
    first = assistant.ingest()[0]
    again = assistant.ingest()[0]
    assert first.added > 5 and again.added == 0 and again.unchanged == first.added
    answer = assistant.ask("Do they use Kubernetes?")
    assert any("Kubernetes" in c.text for c in answer.citations)
    assert assistant.remove(first.posting_id) == first.added
    assert assistant.postings() == []


def test_chroma_server_that_is_down_is_a_clear_error():
    settings = Settings(store={"host": "127.0.0.1", "port": free_port()}, _env_file=None)
    with pytest.raises(InputError, match="unreachable"):
        Assistant(settings, embeddings=HashingEmbeddings()).postings()
