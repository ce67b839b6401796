"""The evaluation's grading can fail: each rule is checked on small fixed inputs."""

from app.evaluation import QACase, grade, load_cases, summarize
from app.schemas import Answer, Citation

CITE = Citation(n=1, posting_id="p", section="Must Have", text="Maven and Gradle", source="s")


def answer(text, abstained=False, citations=(CITE,)):
    return Answer(question="q", answer=text, abstained=abstained, citations=list(citations))


ANSWERABLE = QACase("a", "p", "Which build tools?", True, [["maven"], ["gradle"]], ["Must Have"])
UNANSWERABLE = QACase("u", "p", "Salary?", False)


def test_answer_needs_every_fact_group_and_the_right_section():
    assert grade(ANSWERABLE, answer("Maven and Gradle [1]")).correct
    assert not grade(ANSWERABLE, answer("Maven [1]")).correct
    wrong_section = CITE.model_copy(update={"section": "Description", "text": "Build services."})
    assert not grade(ANSWERABLE, answer("Maven and Gradle", citations=[wrong_section])).correct
    assert not grade(ANSWERABLE, answer("Maven and Gradle", abstained=True)).correct


def test_abstention_must_not_invent_numbers():
    assert grade(UNANSWERABLE, answer("The posting does not say.", True, ())).correct
    assert not grade(UNANSWERABLE, answer("It pays 100k.", False, ())).correct
    assert not grade(UNANSWERABLE, answer("Not stated, maybe 100k.", True, ())).correct


def test_a_citation_may_instead_quote_an_expected_phrase_or_front_matter_value():
    case = QACase("e", "p", "when does it close", True, [["july 22"]],
                  evidence=["closes: 'July 22, 2019 at 8pm EDT'", "applications close on July 22"])
    header = CITE.model_copy(update={"section": "Header",
                                     "text": "Application deadline: July 22, 2019 at 8pm EDT"})
    body = CITE.model_copy(update={"section": "How to apply",
                                   "text": "Applications close on **July 22**, 2019."})
    other = CITE.model_copy(update={"section": "How to apply", "text": "Send a CV."})
    assert grade(case, answer("July 22 [1]", citations=[header])).correct
    assert grade(case, answer("July 22 [1]", citations=[body])).correct
    assert not grade(case, answer("July 22 [1]", citations=[other])).correct


def test_a_citation_that_itself_holds_every_fact_is_right_wherever_the_posting_says_it():
    case = QACase("e", "p", "who is hiring", True, [["Acme Labs"], ["Berlin"]],
                  evidence=["Acme Labs is hiring in Berlin"])
    elsewhere = CITE.model_copy(update={"section": "About", "text": "Acme Labs was founded in Berlin."})
    half = CITE.model_copy(update={"section": "About", "text": "Acme Labs was founded in 2001."})
    assert grade(case, answer("Acme Labs, Berlin [1]", citations=[elsewhere])).correct
    assert not grade(case, answer("Acme Labs, Berlin [1]", citations=[half])).correct


def test_an_abstention_may_quote_the_closest_passage_with_its_numbers():
    quoted = "The posting does not say. The closest it comes: \u201c4 weeks paid time off\u201d [1]"
    assert grade(UNANSWERABLE, answer(quoted, True)).correct
    assert not grade(UNANSWERABLE, answer("The posting does not say; maybe 4 weeks.", True)).correct


def test_rows_per_posting_and_format():
    from app.evaluation import by_group

    other = QACase("b", "q", "Which build tools?", True, [["maven"]], ["Must Have"])
    grades = [grade(ANSWERABLE, answer("Maven and Gradle")), grade(other, answer("no", True, ())),
              grade(UNANSWERABLE, answer("The posting does not say.", True, ()))]
    rows = {row["group"]: row for row in by_group(grades, lambda c: c.posting)}
    assert rows["p"] == {"group": "p", "questions": 2, "answerable_right": 1.0, "abstained_right": 1.0}
    assert rows["q"]["answerable_right"] == 0.0 and rows["q"]["abstained_right"] == 0.0


def test_summary_rates():
    grades = [grade(ANSWERABLE, answer("Maven and Gradle")),
              grade(ANSWERABLE, answer("nothing", abstained=True, citations=())),
              grade(UNANSWERABLE, answer("does not say", True, ())),
              grade(UNANSWERABLE, answer("It is 5", False, ()))]
    summary = summarize(grades)
    assert summary["answer_accuracy"] == 0.5
    assert summary["abstention_recall"] == 0.5
    assert summary["abstention_precision"] == 0.5


def test_the_shipped_evaluation_set_is_large_enough_and_well_formed():
    cases = load_cases()
    assert len(cases) >= 300 and len({c.posting for c in cases}) >= 25
    assert len({c.id for c in cases}) == len(cases)
    assert sum(c.answerable for c in cases) >= 20 and sum(not c.answerable for c in cases) >= 9
    assert all(c.facts and (c.sections or c.evidence) for c in cases if c.answerable)


def test_fit_metrics_count_verdicts_and_statuses():
    from app.evaluation import FitCase, fit_metrics

    case = FitCase("r.md", "md", "not_eligible", {"years": "missing", "java": "met"})
    pairs = [(case, {"years": "missing", "java": "met"}, "not_eligible"),
             (case, {"years": "met", "java": "met"}, "needs_review")]
    assert fit_metrics(pairs) == {"resumes": 2, "verdict_accuracy": 0.5, "status_accuracy": 0.75}


def test_letter_metrics_recheck_claims_placeholders_and_length():
    from app.evaluation import letter_metrics
    from app.fit.profile import build_profile
    from app.schemas import CoverLetter, LetterSentence

    profile = build_profile("Ann Lee\n\nExperience\nBuilt Python services, 2019 – 2021.")

    def letter(*sentences, text=None):
        body = text or " ".join(sentences)
        return CoverLetter(posting_id="p", letter=body, word_count=len(body.split()),
                           sentences=[LetterSentence(text=s, supported=True, evidence=[])
                                      for s in sentences],
                           unsupported_claims=[], requirements_addressed=[])

    true = letter("I built Python services.")
    lie = letter("I built Java services for 9 years.")
    placeholder = letter("I built Python services.", text="Dear [Company Name], I built Python.")
    metrics = letter_metrics([(true, 4, profile, "Role"), (lie, 7, profile, "Role"),
                              (placeholder, 10, profile, "Role")])
    assert metrics["unsupported_claim_rate"] == round(1 / 3, 3)
    assert metrics["placeholder_rate"] == round(1 / 3, 3)
    assert metrics["within_20pct_of_length"] == round(2 / 3, 3)  # 4/4, 7/7 yes; 6/10 no
