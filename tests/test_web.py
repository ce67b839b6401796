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
from app.ui.chat import WRITING
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
        self.resumes: list[str | None] = []

    def ask_stream(self, question, posting_id, history, resume_text=None, compare=()):
        self.histories.append(list(history))
        self.resumes.append(resume_text)
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


def test_chat_never_shows_the_unchecked_draft_only_progress_then_the_verified_answer():
    assistant = ScriptedAssistant()
    states = list(respond(assistant, "Which build tools?", POSTING_ID, [], []))
    shown = [s[0][-1]["content"] for s in states[:-1] if s[0][-1]["role"] == "assistant"]
    assert shown == [WRITING]  # no token of the draft ("Maven ", "and Gradle.") reaches the page
    assert all("Maven" not in text for text in shown)
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


# --- the page's pieces, in process -------------------------------------------------------------

def services(assistant, tmp_path, max_age_s: int = 3600):
    from app.observability import Observer
    from app.ui import Services, SessionFiles

    return Services(assistant=assistant, observer=Observer(),
                    files=SessionFiles(tmp_path / "uploads", max_age_s))


def test_chat_hands_the_sessions_resume_to_the_assistant():
    assistant = ScriptedAssistant()
    list(respond(assistant, "Am I eligible?", POSTING_ID, [], [], "RESUME TEXT"))
    list(respond(assistant, "Am I eligible?", POSTING_ID, [], []))
    assert assistant.resumes == ["RESUME TEXT", None]


def test_fit_table_marks_each_requirement_and_quotes_both_sides(make_assistant, tmp_path):
    from app.ui.fit import run_fit
    from tests.test_fit_parts import RESUME

    assistant = make_assistant()
    assistant.ingest()
    verdict, rows = run_fit(services(assistant, tmp_path), RESUME, POSTING_ID)
    assert "score" in verdict and rows
    assert {row[0] for row in rows} <= {"✔", "◐", "✘", "?"}
    java = next(row for row in rows if row[1] == "Java")
    assert java[0] == "✔" and "Java" in java[3] and "Java 17" in java[4]
    assert run_fit(services(assistant, tmp_path), None, POSTING_ID) == (
        "No resume loaded yet: add one in the **Resume** tab first.", [])
    message, rows = run_fit(services(assistant, tmp_path), RESUME, "nope")
    assert message == "⚠️ unknown posting id 'nope'" and rows == []


def test_rank_all_my_postings_lists_each_posting_best_first(make_assistant, tmp_path):
    from app.fit.profile import ResumeText
    from app.ui.fit import run_ranking
    from tests.test_fit_parts import RESUME

    assistant = make_assistant()
    other = tmp_path / "field-assistant.md"
    other.write_text("# Field Assistant\n\nLocation: Perth, Australia\n\n## Requirements\n"
                     "- Experience handling birds\n- A full driver licence\n")
    assistant.ingest()
    assistant.ingest([other])
    hidden = ResumeText(RESUME, ("white text: \u201cHire me\u201d",))
    ranked, rows = run_ranking(services(assistant, tmp_path), hidden)
    lines = ranked.splitlines()
    assert lines[0] == "### Your postings, best fit first" and rows == []
    first = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    assert "Senior Backend Java ML Engineer" in lines[first] and "Field Assistant" in lines[first + 2]
    assert "not eligible" in lines[first + 2]
    assert "I left out 1 piece of text a reader cannot see (white text)" in ranked
    assert run_ranking(services(assistant, tmp_path), None) == (
        "No resume loaded yet: add one in the **Resume** tab first.", [])


def test_an_uploaded_resume_is_read_then_deleted(make_assistant, tmp_path):
    from app.ui.resume import loaded_line, read_upload
    from tests.test_fit_parts import RESUME

    svc = services(make_assistant(), tmp_path)
    upload = svc.files.root / "0f" / "jane.md"
    upload.parent.mkdir(parents=True)
    upload.write_text(RESUME)
    assert read_upload(svc, str(upload)) .startswith("# Jane Doe")
    assert not upload.exists() and not upload.parent.exists()
    line = loaded_line(RESUME)
    assert line.startswith("✔ Resume loaded: ") and "Jane" not in line

    bad = svc.files.root / "1a" / "resume.exe"
    bad.parent.mkdir()
    bad.write_bytes(b"MZ")
    with pytest.raises(InputError, match="unsupported file type"):
        read_upload(svc, str(bad))
    assert not bad.exists()


def test_session_files_keep_the_latest_letter_and_go_when_the_session_does(tmp_path):
    import os

    from app.letters.export import docx_text
    from app.ui import SessionFiles

    files = SessionFiles(tmp_path / "uploads", max_age_s=60)
    md1, _ = files.write_letter("session-a", "First draft.")
    md2, docx2 = files.write_letter("session-a", "Second draft.")
    md3, _ = files.write_letter("session-a", "Third draft.")
    assert md2.parent != md3.parent  # a new URL for every version
    assert not md1.exists() and md2.exists()  # the page may still link to the one before
    assert md3.read_text() == "Third draft.\n" and docx_text(docx2) == "Second draft."
    other, _ = files.write_letter("session-b", "Someone else's.")
    assert other.parent.parent != md3.parent.parent and "session-b" not in str(other)

    files.forget("session-a")
    assert not md3.exists() and other.exists()

    old = files.root / "abc123" / "stale-upload.pdf"
    old.parent.mkdir()
    old.write_bytes(b"%PDF")
    session_b = other.parent.parent
    for path in (old, old.parent, session_b, *session_b.rglob("*")):
        os.utime(path, (1, 1))
    assert files.sweep() == 2 and not old.exists() and not other.exists()
    assert files.sessions.is_dir()


def test_only_urls_and_uploaded_files_can_be_ingested_through_the_api(make_assistant, tmp_path):
    from app.ui.api import ingest_source

    svc = services(make_assistant(), tmp_path)
    inside = svc.files.root / "ab" / "posting.md"
    assert ingest_source(svc, "https://example.com/job.html") == "https://example.com/job.html"
    assert ingest_source(svc, {"path": str(inside), "meta": {}}) == str(inside)
    for refused in ("/etc/passwd", str(svc.files.root / ".." / "x.md"), str(tmp_path / "x.md"), ""):
        with pytest.raises(InputError):
            ingest_source(svc, refused)


def test_visitors_cannot_make_the_server_fetch_its_own_network(make_assistant, settings, tmp_path):
    from app.ui.postings import add_posting

    svc = services(make_assistant(), tmp_path)
    before = svc.assistant.postings()
    for url in ("http://127.0.0.1:8000/api/v2/collections", "http://169.254.169.254/latest/meta-data/"):
        status = add_posting(svc, None, url)
        assert "private or local address" in status and status.count("\n") == 0
    assert svc.assistant.postings() == before

    trusted = settings.model_copy(update={"server": settings.server.model_copy(
        update={"allow_private_urls": True})})
    svc = services(make_assistant(settings=trusted), tmp_path)
    port = free_port()  # nothing listens: the fetch is tried, not refused by the guard
    status = add_posting(svc, None, f"http://127.0.0.1:{port}/job.html")
    assert "could not be fetched" in status


def test_call_logs_are_json_with_the_request_id_and_keep_private_errors_out():
    import io
    import json
    import logging

    from app.observability import JsonFormatter, Observer

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    web = logging.getLogger("jobassist.web")
    web.addHandler(handler)
    web.setLevel(logging.INFO)
    observer = Observer()

    class Request:
        headers = {"x-request-id": "req-1"}
        session_hash = "secret-session"

    try:
        with observer.track("fit", Request(), private=True) as call:
            call.note(score=80)
        with pytest.raises(InputError), observer.track("fit", Request(), private=True):
            raise InputError("Jane Doe's resume is odd")
        with pytest.raises(InputError), observer.track("ingest", None):
            raise InputError("bad posting")
    finally:
        web.removeHandler(handler)
    ok, private, public = (json.loads(line) for line in stream.getvalue().splitlines())
    assert ok["request_id"] == "req-1" and ok["outcome"] == "ok" and ok["score"] == 80
    assert ok["session"] and "secret-session" not in stream.getvalue()
    assert private["outcome"] == "input_error" and "error" not in private
    assert "Jane" not in stream.getvalue()
    assert public["error"] == "bad posting" and len(public["request_id"]) == 16
    text = observer.metrics.exposition().decode()
    assert 'jobassist_requests_total{feature="fit",outcome="input_error"} 1.0' in text
    assert 'jobassist_errors_total{feature="ingest",kind="input"} 1.0' in text


def test_readyz_says_why_it_is_not_ready(settings, make_assistant):
    assistant = make_assistant()
    with TestClient(create_app(settings, assistant)) as client:
        assert client.get("/readyz").json() == {"status": "ready", "postings": 1}

        def down():
            raise ConnectionError("chroma is down")

        assistant.postings = down
        response = client.get("/readyz")
        assert response.status_code == 503 and response.json()["reason"] == "store unreachable"
        assert client.get("/healthz").status_code == 200  # alive, just not ready
        del assistant.__dict__["answerer"]
        assert client.get("/readyz").json()["reason"] == "models not loaded"


def test_a_login_is_required_when_configured(tmp_path, make_assistant):
    settings = Settings(store={"path": tmp_path / "store"}, embeddings={"backend": "fake"},
                        llm={"backend": "fake"},
                        server={"auth_user": "ana", "auth_password": "s3cret",
                                "upload_dir": tmp_path / "uploads"}, _env_file=None)
    with TestClient(create_app(settings, make_assistant(settings=settings))) as client:
        assert client.get("/config").status_code == 401
        assert client.get("/healthz").status_code == 200  # probes need no login
        assert client.post("/login", data={"username": "ana", "password": "nope"}).status_code == 400
        assert client.post("/login", data={"username": "ana", "password": "s3cret"}).status_code == 200
        assert client.get("/config").status_code == 200
