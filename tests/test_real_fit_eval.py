"""The real-format resume set's scoring: pairs, statuses and refused files are counted as
written."""

from app.real_fit_eval import (
    SETS,
    RealPair,
    by_posting,
    grade_pairs,
    load_real_pairs,
    run_real_fit,
    summarize_pairs,
)

POSTING = "rackspace-senior-backend-java-ml-engineer-canada"


def test_every_pair_names_a_resume_and_a_posting_of_the_corpus():
    from app.evaluation import EVAL_DIR

    postings = {p.stem for p in (EVAL_DIR / "postings").iterdir()}
    for folder in SETS.values():
        pairs = load_real_pairs(folder)
        assert len(pairs) >= 24  # the two smallest sets were built side by side, 24 pairs each
        assert all((folder / "resumes" / p.resume).exists() for p in pairs)
        assert all(p.posting in postings for p in pairs)
        assert POSTING not in {p.posting for p in pairs}  # the bar is outside the bundled one


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


def test_each_posting_is_scored_apart(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    pairs = [RealPair(resume="20-oceanographer-victoria.txt", posting=POSTING,
                      verdict=verdict, location="met", years="n/a")
             for verdict in ("needs_review", "not_eligible", "likely_eligible")]
    rows = by_posting(grade_pairs(assistant, pairs))
    assert [row["posting"] for row in rows] == [POSTING]
    # Exactly one of the three verdicts is the engine's; the posting asks for years, which the
    # pairs say it does not: each counts wrong.
    assert rows[0]["pairs"] == 3 and rows[0]["verdict_accuracy"] == 0.333
    assert rows[0]["years_status_accuracy"] == 0.0
    assert summarize_pairs([])["verdict_accuracy"] == "n/a"
