"""The issue's bar, measured with the real default models: MiniLM embeddings and SmolLM2-135M."""

import pytest

from app.evaluation import load_cases, run_qa, summarize

pytestmark = pytest.mark.integration


def test_default_model_meets_the_quality_bar(real_assistant):
    cases = [c for c in load_cases() if c.posting == "rackspace-senior-backend-java-ml-engineer-canada"]
    grades = run_qa(real_assistant, cases)
    summary = summarize(grades)
    misses = [(g.case.id, g.answer.answer[:80]) for g in grades if not g.correct]
    print(summary, misses)
    assert summary["answer_accuracy"] >= 0.9, misses
    assert summary["abstention_recall"] >= 0.9, misses


def test_same_question_same_answer(real_assistant):
    first = real_assistant.ask("Which big data tools do they use?")
    second = real_assistant.ask("Which big data tools do they use?")
    assert first == second
    assert any("Hadoop" in c.text for c in first.citations)
