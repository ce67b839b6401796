"""Cover letters with the real default model over the resume set: true, named, sized, saved."""

import re
from pathlib import Path

import pytest

from app.evaluation import _claims_beyond
from app.fit.profile import build_profile
from app.letters.claims import PLACEHOLDER
from app.letters.export import docx_text, save_letter

pytestmark = pytest.mark.integration
RESUMES = Path(__file__).parent.parent / "app" / "evaldata" / "fit" / "resumes"
ROLE = "Senior Backend Java ML Engineer"
# (resume, words asked for): a thin resume is asked for a letter it can fill honestly.
CASES = [("01-strong.md", 220), ("02-junior.txt", 160), ("04-python-only.txt", 200),
         ("07-injection.md", 100), ("08-overlap.txt", 220), ("09-halifax.md", 180),
         ("11-waterloo.md", 200)]


@pytest.mark.parametrize(("resume", "words"), CASES, ids=[c[0] for c in CASES])
def test_letter_is_true_named_sized_and_saved(real_assistant, resume, words, tmp_path):
    text = (RESUMES / resume).read_text()
    profile = build_profile(text)
    letter = real_assistant.cover_letter(text, words=words)
    body = letter.letter

    unsupported = [s.text for s in letter.sentences if _claims_beyond(s.text, profile, ROLE)]
    assert unsupported == []
    assert not PLACEHOLDER.search(body)
    assert body.startswith("Dear Rackspace Hiring Team,") and "at Rackspace" in body
    assert body.rstrip().splitlines()[-2] == profile.name
    assert abs(letter.word_count - words) <= 0.2 * words, letter.word_count
    assert docx_text(save_letter(body, tmp_path / "letter.docx")) == body


def test_python_only_resume_claims_no_java(real_assistant):
    letter = real_assistant.cover_letter((RESUMES / "04-python-only.txt").read_text(), words=200)
    assert "Java" not in letter.letter.replace(ROLE, "")


def test_under_experienced_resume_never_says_eight_years(real_assistant):
    letter = real_assistant.cover_letter((RESUMES / "02-junior.txt").read_text(), words=160)
    assert not re.search(r"\b([5-9]|\d\d)\+?\s+years", letter.letter)


def test_regenerate_gives_another_draft(real_assistant):
    text = (RESUMES / "01-strong.md").read_text()
    first = real_assistant.cover_letter(text, words=220)
    again = real_assistant.cover_letter(text, words=220, variant=1)
    assert first.letter != again.letter
