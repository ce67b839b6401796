"""Casual typing is read as meant: shorthand and slips of the keyboard, never a name."""

import pytest

from app.casual import normalize_question

VOCABULARY = {"salary", "required", "experience", "python", "shiny", "relocation", "location",
              "contact"}


@pytest.mark.parametrize(("typed", "read"), [
    ("whats the sallary", "what is the salary"),
    ("r u hiring", "are you hiring"),
    ("how many yrs exp is reqired", "how many years experience is required"),
    ("do i need to know R", "do i need to know R"),  # a one-letter capital is a language
    ("is relocation covered", "is relocation covered"),  # a real word is not a typo of another
    ("how long is the contract", "how long is the contract"),  # though the posting has "contact"
    ("great jobs lol", "great jobs "),  # chat filler says nothing
])
def test_casual_questions_are_normalized(typed, read):
    assert normalize_question(typed, VOCABULARY) == read
