"""Repair mojibake and normalise whitespace, so every later step sees one clean text."""

from __future__ import annotations

import re

import ftfy

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
# Scraped postings lose the space after a job-title noun ("Java Engineercombined with"): split a
# title noun glued to a lowercase word of four letters or more ("Engineering" stays whole).
_GLUED_TITLE = re.compile(
    r"\b(Engineer|Developer|Manager|Scientist|Analyst|Architect|Designer)(?=[a-z]{4,})"
)

_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(s|t|re|ve|ll|d|m)\b)")
_LOST_BULLET = re.compile(r"^\?\s+(?=[A-Z])")


def clean_text(text: str) -> str:
    """ftfy first (the default posting has `â€™` and `ðŸŒŽ`), then tidy spaces and blank lines."""
    text = ftfy.fix_text(text, normalization="NFC")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _GLUED_TITLE.sub(r"\1 ", text)
    # A text saved through a codec that lacked a character shows "?" in its place: a bullet
    # ("? Operate the winch") and an apostrophe ("Bachelor?s", "don?t").
    text = _LOST_APOSTROPHE.sub("'", text)
    lines = [_LOST_BULLET.sub("- ", _SPACES.sub(" ", line).strip()) for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def paragraph_key(text: str) -> str:
    """What makes two paragraphs 'the same' for de-duplication: case and spacing aside."""
    return re.sub(r"\W+", " ", text).strip().lower()
