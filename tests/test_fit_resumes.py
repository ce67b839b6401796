"""The resume set: each resume, rendered to its format, gets the expected verdict and statuses."""

import json
from datetime import date
from pathlib import Path

import pytest

from app.fit.profile import load_resume
from ingest.errors import InputError
from tests.render import render, scanned_pdf

FIT_DIR = Path(__file__).parent.parent / "app" / "evaldata" / "fit"
CASES = [json.loads(line) for line in (FIT_DIR / "cases.jsonl").read_text().splitlines() if line]
TODAY = date(2026, 11, 28)  # the set's "Present" is this day, so the verdicts never drift


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    from app.assistant import Assistant
    from app.config import Settings
    from app.embeddings import HashingEmbeddings

    settings = Settings(store={"path": tmp_path_factory.mktemp("fit-store")},
                        llm={"backend": "fake"}, _env_file=None)
    a = Assistant(settings, embeddings=HashingEmbeddings())
    a.ingest()
    return a


def test_the_set_covers_every_format_and_verdict():
    assert len(CASES) >= 10
    assert {c["render_as"] for c in CASES} == {"pdf", "docx", "txt", "md"}
    assert {c["verdict"] for c in CASES} == {"likely_eligible", "needs_review", "not_eligible"}


@pytest.mark.parametrize("case", CASES, ids=[c["resume"] for c in CASES])
def test_resume_gets_the_expected_report(assistant, case, tmp_path):
    path = render(FIT_DIR / "resumes" / case["resume"], case["render_as"], tmp_path)
    text = load_resume(path)
    report = assistant.fit(text, today=TODAY)
    statuses = {r.id: r.status for r in report.requirements}
    expected = {rid: statuses.get(rid) for rid in case["statuses"]}
    assert (report.verdict, expected) == (case["verdict"], case["statuses"]), case["why"]
    assert assistant.fit(text, today=TODAY) == report  # the same inputs, the same report


def test_scanned_pdf_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no text layer"):
        load_resume(scanned_pdf(tmp_path / "scan.pdf"))


def test_huge_resume_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Java developer. " * 200_000)
    with pytest.raises(InputError, match="limit"):
        load_resume(big)
