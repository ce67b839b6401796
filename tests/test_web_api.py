"""The service side of the web app, against a real `jobassist serve`: the named API endpoints through
gradio_client, health, readiness, metrics, logs, the file route and the shared-deployment limits."""

from __future__ import annotations

import http.server
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file

from tests.web_helpers import (
    OTHER_RESUME_MD,
    POSTING_ID,
    POSTING_MD,
    RESUME_MD,
    metric,
    serve,
)

pytestmark = pytest.mark.integration

# Words of the resumes that must never reach a log line.
PRIVATE = ["Jane Doe", "jane.doe@example.com", "416 555 0100", "Shopify", "Omar Quispe", "Zyxcorp"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # The test site lives on 127.0.0.1, which a default server refuses to fetch (see test_web.py).
    with serve(tmp_path_factory.mktemp("web-api"), JOBASSIST_SERVER__MAX_UPLOAD_MB="1",
               JOBASSIST_SERVER__ALLOW_PRIVATE_URLS="true") as running:
        yield running


def client(server, **headers) -> Client:
    return Client(server.url + "/", verbose=False, analytics_enabled=False, download_files=False,
                  headers=headers or None)


def metrics(server) -> str:
    response = httpx.get(server.url + "/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    return response.text


def test_health_and_readiness(server):
    assert httpx.get(server.url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(server.url + "/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert ready.json()["postings"] >= 1


def test_the_named_endpoints_are_exactly_the_four_features(server):
    named = client(server).view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert set(named) == {"/ask", "/fit", "/cover_letter", "/ingest"}
    params = {name: [p["parameter_name"] for p in ep["parameters"]] for name, ep in named.items()}
    assert params["/ask"] == ["question", "posting_id", "resume_text"]
    assert params["/cover_letter"] == ["resume_text", "posting_id", "words", "tone", "variant"]


def test_ask_answers_with_citations_abstains_and_routes_eligibility_to_the_resume(server):
    api = client(server)
    found = api.predict("Which build tools do they use?", POSTING_ID, api_name="/ask")
    assert found["abstained"] is False and found["route"] == "qa"
    assert any("Gradle" in c["text"] for c in found["citations"])
    salary = api.predict("What is the salary?", POSTING_ID, api_name="/ask")
    assert salary["abstained"] is True and salary["citations"] == []

    eligible = api.predict("Am I eligible?", POSTING_ID, RESUME_MD, api_name="/ask")
    assert eligible["route"] == "eligibility"
    assert any(c["posting_id"] == "resume" for c in eligible["citations"])
    without = api.predict("Am I eligible?", POSTING_ID, api_name="/ask")
    assert not any(c["posting_id"] == "resume" for c in without["citations"])

    with pytest.raises(Exception, match="unknown posting id 'no-such-posting'"):
        api.predict("Is it remote?", "no-such-posting", api_name="/ask")


def test_fit_returns_the_report_of_the_json_contract(server):
    report = client(server).predict(RESUME_MD, POSTING_ID, api_name="/fit")
    assert report["posting_id"] == POSTING_ID
    assert report["verdict"] in {"likely_eligible", "needs_review", "not_eligible"}
    assert 0 <= report["score"] <= 100
    java = next(r for r in report["requirements"] if r["text"] == "Java")
    assert java["status"] == "met" and "Java 17" in " ".join(java["resume_evidence"])
    with pytest.raises(Exception, match="empty"):
        client(server).predict("   ", POSTING_ID, api_name="/fit")


def test_cover_letter_takes_length_tone_and_variant(server):
    api = client(server)
    letter = api.predict(RESUME_MD, POSTING_ID, 200, "warm", 0, api_name="/cover_letter")
    assert letter["posting_id"] == POSTING_ID and "Jane Doe" in letter["letter"]
    assert letter["letter"].startswith("Hello Rackspace team")  # the warm greeting
    assert letter["word_count"] == len(letter["letter"].split()) or letter["word_count"] > 80
    again = api.predict(RESUME_MD, POSTING_ID, 200, "warm", 1, api_name="/cover_letter")
    assert again["letter"] != letter["letter"]  # a regenerated draft is another draft
    with pytest.raises(Exception, match="unknown tone 'sarcastic'"):
        api.predict(RESUME_MD, POSTING_ID, 200, "sarcastic", 0, api_name="/cover_letter")


def test_ingest_takes_an_uploaded_file_or_a_url_and_refuses_server_paths(server, tmp_path):
    api = client(server)
    posting = tmp_path / "northwind-platform-data-engineer.md"
    posting.write_text(POSTING_MD)
    [result] = api.predict(handle_file(str(posting)), api_name="/ingest")
    assert result["posting_id"] == "northwind-platform-data-engineer" and result["added"] > 0
    answer = api.predict("Do they use Airflow pipelines?", result["posting_id"], api_name="/ask")
    assert any("Airflow" in c["text"] for c in answer["citations"])
    # The uploaded copy is not kept once the posting is in the store.
    assert not [p for p in server.upload_dir.rglob("*.md") if "sessions" not in p.parts]

    with local_site(tmp_path, "acme-ml-engineer.md", POSTING_MD.replace("Northwind", "Acme")) as url:
        [from_url] = api.predict(url, api_name="/ingest")
    assert from_url["posting_id"] == "acme-ml-engineer"

    for path in ("/etc/passwd", str(posting), str(server.upload_dir / ".." / "store")):
        with pytest.raises(Exception, match="only http\\(s\\) URLs or files uploaded"):
            api.predict(path, api_name="/ingest")


def test_the_file_route_serves_the_upload_area_and_nothing_else(server, tmp_path):
    mine = tmp_path / "note.txt"
    mine.write_text("uploaded")
    with open(mine, "rb") as f:
        uploaded = httpx.post(server.url + "/gradio_api/upload", files={"files": f}).json()[0]
    assert Path(uploaded).is_relative_to(server.upload_dir)
    assert httpx.get(f"{server.url}/gradio_api/file={uploaded}").text == "uploaded"

    outside = [
        "/etc/passwd",
        str(server.log),  # exists, readable, next to the upload area
        f"{server.upload_dir}/../server.log",
        str(Path(__file__).resolve()),
    ]
    for path in outside:
        for route in (f"/gradio_api/file={path}", f"/file={path}", f"/gradio_api/file/{path}"):
            response = httpx.get(server.url + route)
            assert response.status_code in (403, 404), (route, response.status_code)
            assert "root:" not in response.text and "jobassist" not in response.text[:200]


def test_uploads_over_the_size_limit_are_refused(server, tmp_path):
    big = tmp_path / "big-posting.txt"
    big.write_bytes(b"x" * (1024 * 1024 + 10))  # the server allows 1 MB
    with open(big, "rb") as f:
        response = httpx.post(server.url + "/gradio_api/upload", files={"files": f})
    assert response.status_code == 413


def test_metrics_move_after_requests(server):
    before = metrics(server)
    api = client(server)
    api.predict(RESUME_MD, POSTING_ID, api_name="/fit")
    api.predict("Which build tools do they use?", POSTING_ID, api_name="/ask")
    with pytest.raises(Exception, match="unknown posting id"):
        api.predict("Is it remote?", "no-such-posting", api_name="/ask")
    after = metrics(server)

    def moved(name, **labels):
        return metric(after, name, **labels) - metric(before, name, **labels)

    assert moved("jobassist_requests_total", feature="fit", outcome="ok") == 1
    assert moved("jobassist_requests_total", feature="ask", outcome="ok") == 1
    assert moved("jobassist_requests_total", feature="ask", outcome="input_error") == 1
    assert moved("jobassist_errors_total", feature="ask", kind="input") == 1
    assert moved("jobassist_request_seconds_count", feature="fit") == 1
    assert moved("jobassist_retrieval_seconds_count") == 1
    # The fake model streams its draft one character at a time: every one is counted.
    assert moved("jobassist_generated_tokens_total") == len("(no model configured)")
    assert moved("jobassist_generation_seconds_count") == 1


def test_logs_are_json_lines_with_a_request_id_and_no_resume(server):
    client(server, **{"X-Request-ID": "trace-me-42"}).predict(OTHER_RESUME_MD, POSTING_ID,
                                                             api_name="/fit")
    client(server).predict(RESUME_MD, POSTING_ID, 120, "concise", 0, api_name="/cover_letter")
    deadline = time.monotonic() + 10
    while '"trace-me-42"' not in server.log_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    text = server.log_text()
    records = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    mine = [r for r in records if r["logger"] == "jobassist.web"]
    traced = [r for r in mine if r["request_id"] == "trace-me-42"]
    assert traced and traced[0]["feature"] == "fit" and traced[0]["outcome"] == "ok"
    assert all(r["request_id"] and r["request_id"] != "-" for r in mine)
    assert {"ask", "fit", "cover_letter", "ingest"} <= {r["feature"] for r in mine}
    assert [m for m in PRIVATE if m in text] == []


def test_two_concurrent_clients_each_get_only_their_own_results(server):
    def fit_and_letter(resume: str) -> tuple[dict, dict]:
        api = client(server)
        return (api.predict(resume, POSTING_ID, api_name="/fit"),
                api.predict(resume, POSTING_ID, 150, "formal", 0, api_name="/cover_letter"))

    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(fit_and_letter, [RESUME_MD, OTHER_RESUME_MD] * 3))
    for i, (report, letter) in enumerate(runs):
        mine, theirs = ("Jane Doe", "Omar") if i % 2 == 0 else ("Omar Quispe", "Jane")
        evidence = json.dumps(report)
        assert mine in letter["letter"] and theirs not in letter["letter"]
        assert theirs not in evidence
        assert ("Shopify" in evidence) == (i % 2 == 0)


def test_a_full_queue_gets_a_polite_busy_answer(tmp_path):
    with serve(tmp_path, JOBASSIST_SERVER__MAX_QUEUE_SIZE="1", JOBASSIST_SERVER__CONCURRENCY_LIMIT="1",
               JOBASSIST_SERVER__ALLOW_PRIVATE_URLS="true") as busy, \
            local_site(tmp_path, "slow-posting.md", POSTING_MD, delay_s=6) as slow_url:
        api = client(busy)
        running = api.submit(slow_url, api_name="/ingest")  # holds the only worker
        time.sleep(1.5)
        waiting = api.submit(RESUME_MD, POSTING_ID, api_name="/fit")  # the one place in line
        time.sleep(0.5)
        with pytest.raises(Exception, match="(?i)queue is full"):
            api.predict(RESUME_MD, POSTING_ID, api_name="/fit")
        assert running.result(timeout=60)[0]["posting_id"] == "slow-posting"
        assert waiting.result(timeout=60)["posting_id"] == POSTING_ID


class local_site:
    """A one-file website on 127.0.0.1, optionally slow to answer."""

    def __init__(self, folder: Path, name: str, text: str, delay_s: float = 0):
        (folder / "site").mkdir(exist_ok=True)
        (folder / "site" / name).write_text(text)
        directory, delay = str(folder / "site"), delay_s

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=directory, **kwargs)

            def do_GET(self):
                time.sleep(delay)
                super().do_GET()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/{name}"

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self.url

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
