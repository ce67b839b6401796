"""The web app: health, start-up ingest, the streaming chat handler and the /ask API."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from gradio_client import Client

from app.config import Settings
from app.schemas import Answer, Citation
from app.server import create_app
from app.ui import respond, sources_markdown
from ingest import default_posting_path
from ingest.errors import InputError
from ingest.posting import read_posting
from tests.conftest import free_port, start_server, stop_server

POSTING_ID = "rackspace-senior-backend-java-ml-engineer-canada"


def test_app_serves_health_and_page_and_ingests_the_default_posting(settings, make_assistant):
    assistant = make_assistant()
    assert assistant.postings() == []
    with TestClient(create_app(settings, assistant)) as client:
        assert [p.id for p in assistant.postings()] == [POSTING_ID]
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json() == {"status": "ok"}
        page = client.get("/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "<html" in page.text.lower()
        assert "/ask" in client.get("/gradio_api/info").json()["named_endpoints"]


class ScriptedAssistant:
    """Streams a fixed draft, then a final Answer whose text differs from the draft."""

    def __init__(self, *, fail: Exception | None = None):
        self.fail = fail
        self.histories: list[list[tuple[str, str]]] = []

    def ask_stream(self, question, posting_id, history):
        self.histories.append(list(history))
        yield "Maven "
        if self.fail:
            raise self.fail
        yield "and Gradle."
        quote = "build tools like Maven and Gradle"
        cited = Citation(n=1, posting_id=POSTING_ID, section="Must Have", text=quote,
                         source="posting.txt")
        self.final = Answer(question=question, answer=f"The posting says: \u201c{quote}\u201d [1]",
                            abstained=False, citations=[cited])
        yield self.final


def test_chat_streams_the_draft_then_shows_the_verified_answer_and_its_sources():
    assistant = ScriptedAssistant()
    states = list(respond(assistant, "Which build tools?", POSTING_ID, [], []))
    drafts = [s[0][-1]["content"] for s in states[:-1] if s[0][-1]["role"] == "assistant"]
    assert drafts == ["Maven ", "Maven and Gradle."]
    messages, sources, turns, box = states[-1]
    assert messages[0] == {"role": "user", "content": "Which build tools?"}
    assert messages[-1]["content"] == assistant.final.answer
    assert sources == '[1] Must Have: "build tools like Maven and Gradle"'
    assert turns == [("Which build tools?", messages[-1]["content"])] and box == ""

    # A follow-up carries the conversation so far to the assistant.
    *_, (messages2, _, turns2, _) = respond(assistant, "And Docker?", POSTING_ID, messages, turns)
    assert assistant.histories[-1] == turns and len(turns2) == 2 and len(messages2) == 4


def test_sources_show_why_an_answer_is_only_quoted():
    answer = Answer(question="Q?", answer="\u201cMaven\u201d [1]", abstained=False,
                    note="The language model failed (TimeoutError); quoting the posting.",
                    citations=[Citation(n=1, posting_id=POSTING_ID, section="Must Have",
                                        text="Maven", source="posting.txt")])
    assert sources_markdown(answer).split("\n\n") == [
        "_The language model failed (TimeoutError); quoting the posting._",
        '[1] Must Have: "Maven"']


@pytest.mark.parametrize("error, shown", [
    (InputError("unknown posting id 'x'"), "⚠️ unknown posting id 'x'"),
    (RuntimeError("model crashed\nTraceback (most recent call last): ..."),
     "⚠️ Something went wrong (RuntimeError: model crashed); please try again."),
])
def test_chat_errors_are_one_readable_line_and_not_remembered(error, shown):
    *_, (messages, sources, turns, _) = respond(ScriptedAssistant(fail=error), "Q?", "x", [], [])
    assert messages[-1] == {"role": "assistant", "content": shown}
    assert turns == [] and "[1]" not in sources


@pytest.mark.integration
def test_real_server_answers_over_the_gradio_api(tmp_path):
    port = free_port()
    jobassist = str(Path(sys.executable).parent / "jobassist")
    env = {"JOBASSIST_STORE__PATH": str(tmp_path / "store"), "HF_HUB_OFFLINE": "1",
           "JOBASSIST_EMBEDDINGS__BACKEND": "fake", "JOBASSIST_LLM__BACKEND": "fake",
           # Bag-of-words vectors score lower than MiniLM (the same bar conftest's settings use).
           "JOBASSIST_RETRIEVAL__MIN_SUPPORT": "0.2"}
    server = start_server([jobassist, "serve", "--host", "127.0.0.1", "--port", str(port)],
                          f"http://127.0.0.1:{port}/healthz", env=env)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False, analytics_enabled=False,
                        download_files=False)
        ingest = Settings(_env_file=None).ingest
        posting = read_posting(default_posting_path(), max_bytes=ingest.max_bytes,
                               chunk_chars=ingest.chunk_chars)
        sections = {c.section for c in posting.chunks}

        def ask(question: str, posting_id: str = POSTING_ID) -> dict:
            return client.submit(question, posting_id, api_name="/ask").result(timeout=60)

        found = ask("Which build tools do they use?")
        assert found["abstained"] is False and found["citations"]
        quoted = found["answer"] + " ".join(c["text"] for c in found["citations"])
        assert "gradle" in quoted.lower()
        assert all(c["section"] in sections for c in found["citations"])

        salary = ask("What is the salary?")
        assert salary["abstained"] is True and salary["citations"] == []

        with pytest.raises(Exception, match="no-such-posting"):
            ask("Is it remote?", "no-such-posting")
    finally:
        stop_server(server)
