"""The command line contract: --json prints one object on stdout; bad input exits 2 in one line."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTHON

JOBASSIST = str(Path(PYTHON).parent / "jobassist")
POSTING_ID = "rackspace-senior-backend-java-ml-engineer-canada"


def run(args, store, *, fake=True, timeout=300):
    env = {**os.environ, "JOBASSIST_STORE__PATH": str(store), "HF_HUB_OFFLINE": "1"}
    if fake:
        env |= {"JOBASSIST_EMBEDDINGS__BACKEND": "fake", "JOBASSIST_LLM__BACKEND": "fake",
                "JOBASSIST_RETRIEVAL__MIN_SUPPORT": "0.2"}
    return subprocess.run([JOBASSIST, *args], capture_output=True, text=True, env=env,
                          timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture
def store(tmp_path):
    result = run(["ingest"], tmp_path / "store")
    assert result.returncode == 0, result.stderr
    return tmp_path / "store"


def test_ingest_postings_ask_remove(store):
    listed = run(["postings", "--json"], store)
    assert json.loads(listed.stdout)[0]["id"] == POSTING_ID
    asked = run(["ask", "Which build tools do they use?", "--json"], store)
    assert asked.returncode == 0
    payload = json.loads(asked.stdout)  # the whole of stdout is one JSON object
    assert set(payload) >= {"question", "answer", "abstained", "route", "citations"}
    assert payload["route"] == "qa" and payload["citations"]
    assert set(payload["citations"][0]) == {"n", "posting_id", "section", "text", "source"}
    removed = run(["remove", POSTING_ID], store)
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert json.loads(run(["postings", "--json"], store).stdout) == []


def test_ask_several_postings_by_repeating_the_option(store, tmp_path):
    for name, city in (("data-engineer-berlin", "Berlin, Germany"), ("data-engineer-leeds",
                                                                    "Leeds, UK")):
        (tmp_path / f"{name}.md").write_text(f"# Data Engineer\n\nAcme\n\nLocation: {city}\n\n"
                                            "## Duties\n\n- Build pipelines.\n")
        assert run(["ingest", str(tmp_path / f"{name}.md")], store).returncode == 0
    asked = run(["ask", "where is the job?", "--posting", "data-engineer-berlin",
                 "--posting", "data-engineer-leeds", "--json"], store)
    payload = json.loads(asked.stdout)
    lines = payload["answer"].splitlines()
    assert lines[0] == "Across your 2 postings:" and len(lines) == 3
    assert "Berlin" in payload["answer"] and "Leeds" in payload["answer"]
    assert {c["posting_id"] for c in payload["citations"]} == {"data-engineer-berlin",
                                                               "data-engineer-leeds"}


def test_reingest_is_idempotent(store):
    again = run(["ingest", "--json"], store)
    [result] = json.loads(again.stdout)
    assert result["added"] == 0 and result["removed"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "Is this remote?", "--posting", "nope"], "unknown posting id 'nope'"),
        (["remove", "nope"], "unknown posting id 'nope'"),
        (["ask", "  "], "the question is empty"),
        (["ingest", "/no/such/file.txt"], "no such file"),
    ],
)
def test_bad_input_exits_2_with_one_line(store, args, message):
    result = run(args, store)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(("name", "content"), [("empty.txt", b""), ("bin.pdf", b"\x00\x01junk"),
                                               ("x.xlsx", b"PK..")])
def test_bad_files_leave_the_store_unchanged(store, tmp_path, name, content):
    before = run(["postings", "--json"], store).stdout
    (tmp_path / name).write_bytes(content)
    result = run(["ingest", str(tmp_path / name)], store)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert run(["postings", "--json"], store).stdout == before


def test_huge_file_is_refused(store, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Java " * 1_200_000)
    result = run(["ingest", str(big)], store)
    assert result.returncode == 2 and "5,000,000-byte limit" in result.stderr


def test_help_lists_the_settings():
    result = subprocess.run([JOBASSIST, "--help"], capture_output=True, text=True)
    assert "JOBASSIST_LLM__BACKEND" in result.stdout and "JOBASSIST_STORE__PATH" in result.stdout


@pytest.mark.integration
def test_ask_json_with_the_real_default_models(tmp_path):
    store = tmp_path / "real"
    assert run(["ingest"], store, fake=False).returncode == 0
    result = run(["ask", "Is this remote?", "--json"], store, fake=False)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["abstained"] is False and "remote" in payload["answer"].lower()
    assert payload["citations"][0]["section"] == "Header"


def test_eval_prints_every_table_as_json_and_leaves_the_store_alone(store):
    before = json.loads(run(["postings", "--json"], store).stdout)
    # Two evaluation postings besides the bundled one (whose questions always run): the full
    # corpus is `jobassist eval`'s job, not the test suite's.
    result = run(["eval", "--json", "--posting", "northwind-platform-data-engineer",
                  "--posting", "co-zulip-jobs"], store, timeout=900)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload["tables"]) == {"Question answering", "Question answering by posting",
                                      "Question answering by format", "Fit (resume set)",
                                      "Fit on real postings (seven sets of real-format resumes)",
                                      "Fit on real postings, by posting",
                                      "Cover letters (resume set, 250 words)"}
    sets = payload["tables"]["Fit on real postings (seven sets of real-format resumes)"]
    assert [row["set"] for row in sets] == ["first set", "second set", "third set", "fourth set",
                                            "fifth set", "sixth set", "seventh set", "all sets"]
    assert sets[-1]["pairs"] == sum(row["pairs"] for row in sets[:-1]) > 0
    assert {row["posting"] for row in payload["tables"]["Fit on real postings, by posting"]} <= \
        {"northwind-platform-data-engineer", "co-zulip-jobs"}
    by_posting = {row["group"] for row in payload["tables"]["Question answering by posting"]}
    assert by_posting == {"rackspace-senior-backend-java-ml-engineer-canada",
                          "northwind-platform-data-engineer", "co-zulip-jobs"}
    assert {row["group"] for row in payload["tables"]["Question answering by format"]} == \
        {"txt", "html"}
    qa = payload["qa"]
    assert set(qa) == {"jobassist", "tutorial RAG"} and qa["jobassist"]["questions"] >= 80
    for name in ("answer_accuracy", "abstention_recall", "abstention_precision"):
        assert 0 <= qa["jobassist"][name] <= 1 and 0 <= qa["tutorial RAG"][name] <= 1
    assert payload["fit"]["resumes"] >= 12 and 0 <= payload["fit"]["verdict_accuracy"] <= 1
    assert payload["letters"]["letters"] >= 12 and 0 <= payload["letters"]["placeholder_rate"] <= 1
    assert json.loads(run(["postings", "--json"], store).stdout) == before


def test_serve_on_a_busy_port_says_so_in_one_json_log_line(store):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(["serve", "--host", "127.0.0.1", "--port", str(port)], store, timeout=180)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    assert any("address already in use" in line["msg"] for line in lines)


def test_fit_all_postings_ranks_every_posting_best_first(store, tmp_path):
    (tmp_path / "data-engineer-leeds.md").write_text(
        "# Data Engineer\n\nAcme\n\nLocation: Leeds, UK\n\n## Requirements\n\n"
        "- Experience with Airflow\n- Experience with SQL\n")
    assert run(["ingest", str(tmp_path / "data-engineer-leeds.md")], store).returncode == 0
    resume = tmp_path / "resume.txt"
    resume.write_text("Sam Lee\nLeeds, UK\n\nExperience\nData Engineer, Beta  2016 - Present\n"
                      "- Built Airflow pipelines and SQL models\n")
    ranked = run(["fit", "--resume", str(resume), "--all-postings", "--json"], store)
    assert ranked.returncode == 0, ranked.stderr
    reports = json.loads(ranked.stdout)
    assert [r["posting_id"] for r in reports] == ["data-engineer-leeds", POSTING_ID]
    assert [r["verdict"] for r in reports] == ["likely_eligible", "not_eligible"]
    table = run(["fit", "--resume", str(resume), "--all-postings"], store)
    assert "best fit first" in table.stdout and "not eligible" in table.stdout
