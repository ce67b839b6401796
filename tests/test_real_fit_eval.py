"""The real-format resume set's scoring: pairs, statuses and refused files are counted as
written."""

from app.real_fit_eval import RealPair, load_real_pairs, run_real_fit

POSTING = "rackspace-senior-backend-java-ml-engineer-canada"


def test_every_pair_names_a_resume_and_a_posting_of_the_corpus():
    from app.evaluation import EVAL_DIR

    pairs = load_real_pairs()
    postings = {p.stem for p in (EVAL_DIR / "postings").iterdir()}
    assert len(pairs) >= 45
    assert all((EVAL_DIR / "fit" / "real" / "resumes" / p.resume).exists() for p in pairs)
    assert all(p.posting in postings for p in pairs)


def test_statuses_are_scored_against_the_expectations(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    victoria = dict(resume="20-oceanographer-victoria.txt", posting=POSTING, verdict="needs_review",
                    years="n/a")
    pairs = [RealPair(location="met", **victoria), RealPair(location="missing", **victoria),
             RealPair(resume="07-richard-hendriks.json", posting=POSTING, verdict="not_eligible",
                      location="missing", years="n/a"),
             RealPair(resume="no-such-resume.pdf", posting=POSTING, verdict="needs_review",
                      location="unknown", years="n/a"),
             RealPair(resume="20-oceanographer-victoria.txt", posting="not-ingested",
                      verdict="needs_review", location="met", years="n/a")]
    scores = run_real_fit(assistant, pairs)
    # Victoria, British Columbia is in Canada: one expectation is right, the other wrong; the JSON
    # Resume is read (San Francisco is outside Canada); the missing file is refused and counted
    # wrong; the pair whose posting is not ingested is left out.
    assert scores["pairs"] == 4 and scores["location_status_accuracy"] == 0.667
    assert scores["resumes_refused"] == 1
