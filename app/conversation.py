"""Turn a follow-up into a question that stands alone, using the previous turn only when the new
question has no topic of its own: "do they sponsor visas?" after a salary question is about visas."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.broad_answers import broad_intent
from app.header_answers import asked_fact
from app.topics import asked_topics
from domain.text import GENERIC_WORDS, content_terms

_GENERIC = frozenset(content_terms(GENERIC_WORDS))
# A pronoun pointing back at the previous topic ("they" is the employer, not a topic).
# "Is there on-call?" and "how many places are there?" are existential; "what do they do
# there?" points back.
_ANAPHOR = re.compile(r"\b(it|its|that|those|them|this one|the same)\b|"
                      r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\s*\??\s*$", re.I)
_MAX_BORROWING_TERMS = 2


def topic_terms(question: str) -> list[str]:
    return [t for t in content_terms(question) if t not in _GENERIC]


def standalone_question(question: str, history: Sequence[tuple[str, str]]) -> str:
    """The question to answer: itself, or, for "tell me more" or "do they need it in production?",
    itself followed by the previous question it leans on."""
    if not history:
        return question
    previous = history[-1][0]
    if asked_fact(question) or broad_intent(question) or asked_topics(question):
        return question  # "and when does it start?": a topic of its own, whatever "it" is
    if not topic_terms(question):
        return f"{question} {previous}"
    if _ANAPHOR.search(question) and len(topic_terms(question)) <= _MAX_BORROWING_TERMS:
        return f"{question} {previous}"
    return question
