"""Follow-ups lean on the previous turn only when they have no topic of their own."""

import pytest

from app.across import is_across_question
from app.conversation import standalone_question

SALARY = [("whats the salary", "The pay is EUR 72,000 - 88,000 per year.")]
REMOTE = [("is this remote?", "No, the job is hybrid.")]
KAFKA = [("do they use kafka?", "Yes. The posting says: “Kafka or Flink in production.” [1]")]


@pytest.mark.parametrize(("question", "history"), [
    ("do they sponsor visas", SALARY),
    ("which build tools do they use?", REMOTE),
    ("and the salary?", REMOTE),
    ("what about the deadline", SALARY),
    ("is it full time?", SALARY),
    ("what will i do day to day", KAFKA),
    ("how many places are there", SALARY),  # "are there" asks whether; it points at nothing
])
def test_a_new_topic_never_inherits_the_old_one(question, history):
    assert standalone_question(question, history) == question


@pytest.mark.parametrize(("question", "history"), [
    ("tell me more", SALARY),
    ("do they need it in production?", KAFKA),
    ("and is that negotiable?", SALARY),
    ("what does that mean?", KAFKA),
    ("what is the office like there?", REMOTE),
])
def test_a_follow_up_without_a_topic_leans_on_the_previous_question(question, history):
    assert standalone_question(question, history) == f"{question} {history[-1][0]}"


def test_the_first_question_stands_alone():
    assert standalone_question("tell me more", []) == "tell me more"


@pytest.mark.parametrize(("question", "across"), [
    ("Which of these jobs are remote?", True),
    ("compare the salaries", True),
    ("which ones need Kubernetes?", True),
    ("Do any of my postings offer visa sponsorship?", True),
    ("Which build tools do they use?", False),
    ("What are the requirements?", False),
    ("Is this job remote?", False),
])
def test_questions_across_postings_are_recognised(question, across):
    assert is_across_question(question) is across
