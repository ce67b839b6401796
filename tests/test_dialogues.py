"""Scripted conversations with the real default models over postings of five shapes (the bundled
text, a plain-text file, Markdown with front matter, an HTML page listing several roles, a PDF).
Each turn is asked with the conversation so far and checked: what the answer must say, or that it
abstains. Expectations were written from the postings before the assistant was run on them."""

import pytest

from app.assistant import Assistant
from app.config import Settings
from ingest import default_posting_path
from tests.conftest import EVAL_DIR

pytestmark = pytest.mark.integration

RACKSPACE = "rackspace-senior-backend-java-ml-engineer-canada"
NORTHWIND = "northwind-platform-data-engineer"
CDS = "gov-cds-senior-principal-software-developer-python"
ZULIP = "co-zulip-jobs"
GDS = "gov-gds-developer-2012"
ABSTAIN = None

# (question, words the answer must contain, case-insensitive; ABSTAIN: it must abstain)
DIALOGUES = {
    RACKSPACE: [
        ("is this remote?", ["yes", "remote"]),
        ("and the salary?", ABSTAIN),
        ("do they sponsor visas", ABSTAIN),
        ("which build tools do they use?", ["maven", "gradle"]),
        ("what about docker?", ["docker"]),
        ("how many yrs of experience do i need", ["8"]),
        ("whats the exact job title", ["senior backend java ml engineer"]),
        ("who's hiring", ["rackspace"]),
        ("tell me more", ["rackspace"]),
        ("do they use kafka?", ABSTAIN),
    ],
    NORTHWIND: [
        ("where is the job", ["berlin"]),
        ("is it remote?", ["no", "hybrid"]),
        ("whats the sallary", ["72,000", "88,000"]),
        ("do they sponsor visas?", ["yes", "sponsor"]),
        ("when do applications close", ["15 january 2027"]),
        ("how many interview rounds are there", ["three"]),
        ("and when would i start?", ["1 april 2027"]),
        ("do they offer health insurance?", ABSTAIN),
        ("what are the requirements", ["python", "sql"]),
        ("what would i do day to day", ["airflow"]),
    ],
    CDS: [
        ("whats the title", ["software developer"]),
        ("who is hiring", ["canadian digital service"]),
        ("where are the offices", ["ottawa"]),
        ("is there on call", ["on-call"]),
        ("what will i be evaluated on", ["creating and delivering software"]),
    ],
    ZULIP: [
        ("what roles are open", ["senior infrastructure engineer", "technical writer"]),
        ("is the technical writer job part time?", ["yes", "part-time"]),
        ("what would the marketing lead do", ["growth"]),
        ("how do i apply", ["jobs@zulip.com"]),
    ],
    GDS: [
        ("whats the salary", ["73,000"]),
        ("is it a permanent job", ["no", "fixed term"]),
        ("what languages do they want", ["ruby"]),
        ("whats the ref number", ["1225793"]),
    ],
}


@pytest.fixture(scope="module")
def five_postings(tmp_path_factory, real_embeddings, real_llm) -> Assistant:
    store = tmp_path_factory.mktemp("dialogue-store")
    assistant = Assistant(Settings(store={"path": store}, _env_file=None),
                          llm=real_llm, embeddings=real_embeddings)
    files = {p.stem: p for p in (EVAL_DIR / "postings").iterdir()}
    assistant.ingest([default_posting_path(), *(files[i] for i in (NORTHWIND, CDS, ZULIP, GDS))])
    return assistant


@pytest.mark.parametrize("posting", list(DIALOGUES))
def test_a_conversation_about_one_posting(five_postings, posting):
    history, failures = [], []
    for question, expected in DIALOGUES[posting]:
        answer = five_postings.ask(question, posting, history)
        text = answer.answer.lower()
        if expected is ABSTAIN:
            ok = answer.abstained
        else:
            ok = not answer.abstained and all(word in text for word in expected) \
                and bool(answer.citations)
            ok = ok and all(c.posting_id == posting for c in answer.citations)
        if not ok:
            failures.append(f"{question!r} -> {answer.answer[:160]!r}")
        history.append((question, answer.answer))
    assert not failures, failures


def test_a_question_across_every_posting_answers_each_with_its_citation(five_postings):
    answer = five_postings.ask("which of these jobs are remote?", RACKSPACE)
    lines = answer.answer.splitlines()
    assert lines[0] == "Across your 5 postings:" and len(lines) == 6
    by_title = {line.split(":")[0]: line for line in lines[1:]}
    rackspace = next(line for title, line in by_title.items() if "Java ML" in title)
    assert "remote" in rackspace.lower()
    northwind = next(line for title, line in by_title.items() if "Platform Data" in title)
    assert "hybrid" in northwind.lower()
    cited = {c.posting_id for c in answer.citations}
    assert {RACKSPACE, NORTHWIND} <= cited
