"""Cover letters: every kept sentence is backed by the resume, whatever the model writes."""

import re

import pytest

from app.letters.export import docx_text, save_letter
from ingest.errors import InputError
from tests.test_fit_parts import RESUME

PYTHON_ONLY = """# Priya Raman
priya.raman@example.com | Vancouver, BC

## Experience
**ML Engineer, Northwind** — Jan 2021 – Present
- Built Python services with PyTorch and scikit-learn, deployed on Kubernetes with Docker.
- Set up monitoring and alerting with Grafana; debugging production incidents.

**Data Engineer, Contoso** — 2019 – 2020
- Ran Hive and Spark jobs; Jenkins CI/CD pipelines.
"""

LIES = ("I have 15 years of Java experience at Google and I led Vertex AI work at [Company Name]. "
        "I built Kubernetes clusters with Docker.")


def body_claims(letter: str, role: str) -> str:
    return letter.replace(role, "")


def test_invented_claims_are_removed_and_listed(assistant):
    letter = assistant(LIES).cover_letter(PYTHON_ONLY, words=200)
    text = letter.letter
    for lie in ("15", "Google", "Vertex", "[", "Company Name"):
        assert lie not in text, lie
    assert any("Google" in claim for claim in letter.unsupported_claims)
    assert "I built Kubernetes clusters with Docker." in text  # true, so kept
    assert all(s.supported for s in letter.sentences)


def test_python_only_resume_gets_no_java_claim(assistant):
    letter = assistant("I am an expert Java developer.").cover_letter(PYTHON_ONLY, words=200)
    assert "Java" not in body_claims(letter.letter, "Senior Backend Java ML Engineer")
    assert "java" not in letter.requirements_addressed


def test_years_never_inflated(assistant):
    letter = assistant("I bring 8 years of industry experience.").cover_letter(PYTHON_ONLY)
    assert not re.search(r"\b8\s+years", letter.letter)  # the resume shows about 5.9


def test_names_role_company_and_sign_off(assistant):
    letter = assistant().cover_letter(RESUME, words=200)
    assert letter.letter.startswith("Dear Rackspace Hiring Team,")
    assert "Senior Backend Java ML Engineer position at Rackspace" in letter.letter
    assert letter.letter.rstrip().splitlines()[-2:] == ["Jane Doe",
                                                      "jane.doe@example.com · +1 416 555 0100"]
    assert "java" in letter.requirements_addressed


def test_tone_and_draft_number_change_the_letter(assistant):
    a = assistant()
    formal = a.cover_letter(RESUME, tone="formal")
    warm = a.cover_letter(RESUME, tone="warm")
    second = a.cover_letter(RESUME, tone="formal", variant=1)
    assert warm.letter.startswith("Hello Rackspace team,")
    assert len({formal.letter, warm.letter, second.letter}) == 3
    assert a.cover_letter(RESUME, tone="formal") == formal  # same inputs, same letter


def test_gap_line_only_when_asked(assistant):
    a = assistant()
    assert "In fairness" not in a.cover_letter(PYTHON_ONLY).letter
    honest = a.cover_letter(PYTHON_ONLY, mention_gap=True)
    assert "In fairness, my resume shows less Java than the posting asks for" in honest.letter


def test_bad_options(assistant):
    a = assistant()
    with pytest.raises(InputError, match="unknown tone"):
        a.cover_letter(RESUME, tone="sarcastic")
    with pytest.raises(InputError, match="between 80 and 1000"):
        a.cover_letter(RESUME, words=5)


def test_markdown_and_docx_hold_the_same_text(assistant, tmp_path):
    letter = assistant().cover_letter(RESUME)
    md = save_letter(letter.letter, tmp_path / "letter.md")
    docx_path = save_letter(letter.letter, tmp_path / "letter.docx")
    assert md.read_text().strip() == letter.letter
    assert docx_text(docx_path) == letter.letter
    with pytest.raises(InputError, match="use .md or .docx"):
        save_letter(letter.letter, tmp_path / "letter.pdf")


def test_model_cannot_claim_the_employer_or_embellish(assistant):
    letter = assistant("At Rackspace, I built Kubernetes clusters with Docker. "
                       "I built a game-changing revolutionary platform with Kubernetes.").cover_letter(
        PYTHON_ONLY, words=200)
    assert "At Rackspace, I built" not in letter.letter
    assert "game-changing" not in letter.letter
    assert any("At Rackspace" in claim for claim in letter.unsupported_claims)
