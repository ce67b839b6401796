"""Check a model's draft against the evidence it was given; the code, not the model, cites."""

from __future__ import annotations

import re

from domain.languages import find_languages
from domain.technologies import find_technologies
from domain.text import YES_NO_START, content_terms, numbers, stem, term_set, tokens

_CITE = re.compile(r"\s*\[(\d+)\]")
_NEGATION = re.compile(r"\b(no|not|never|none|neither|nor|cannot|without)\b|n't\b", re.I)
# Echoed prompt parts or talk about the task itself: never an answer.
_META = re.compile(r"<|>|\bquestion\b|\banswer\b|\bfacts?\b|\bposting\b|untrusted|\bthe user\b|"
                   r"wants to know|\byou asked\b|\bthe (context|passage|text)\b|\bas an ai\b|"
                   r"\bcandidate (is|are) (hiring|looking|seeking|recruiting)\b", re.I)
# Verbs any paraphrase uses ("they use", "you need"): no claim about the posting in themselves.
_NEUTRAL = frozenset({"use", "need", "want", "ask", "requir", "look", "expect", "seek", "includ",
                      "mention", "list", "like", "must", "also", "candid", "role", "job"})
# Proper names, acronyms and numbers: the items a sentence claims, each must be in its passage.
_NAMED = re.compile(r"(?<![.!?]\s)\b(?:[A-Z][\w+#.-]*[\w+#]|[A-Z]|\d[\d.,]*)")
MIN_SUPPORT = 0.8  # share of the draft's new words (not in the question) found in the evidence
MAX_CHARS = 300


def cited_numbers(text: str) -> list[int]:
    return [int(n) for n in _CITE.findall(text)]


def verified_draft(draft: str, evidence: list[str], question: str) -> str | None:
    """The draft with code-made [n] citations if the evidence supports all of it; else None."""
    draft = _CITE.sub("", draft).strip()
    if not draft or len(draft) > MAX_CHARS or _META.search(draft) or draft.endswith(":"):
        return None  # "The requirements are:" promises a list the draft never gives
    grounded = " ".join(evidence)
    if numbers(draft) - numbers(grounded):
        return None  # a number the posting does not contain is never shown
    if not _numbers_in_place(draft, grounded):
        return None  # "a 30-minute take-home" from "a 30-minute call ... a 3-hour take-home"
    if _NEGATION.search(draft) and not _NEGATION.search(grounded):
        return None  # "they do not use Kubernetes" from a passage that says they do
    # A yes/no question's own words are its claim: "The interviews will be in person" must find
    # "in person" in the evidence, not in the question.
    asked = set() if YES_NO_START.match(question) else set(content_terms(question))
    new_terms = [t for t in content_terms(draft) if t not in asked and t not in _NEUTRAL]
    if not new_terms:
        return None
    named = set(content_terms(" ".join(_NAMED.findall(draft[1:])))) - asked
    # One passage must carry the whole sentence, and it must be a passage about what was asked:
    # A list of names gathered from two bullets ("frameworks named X, Y and Z" where only X is a
    # framework) is refused.
    for i in _focus_passages(evidence, asked):
        terms = set(content_terms(evidence[i]))
        if named <= terms and sum(t in terms for t in new_terms) / len(new_terms) >= MIN_SUPPORT:
            return f"{draft} [{i + 1}]"
    return None


def _focus_passages(evidence: list[str], asked: set[str]) -> list[int]:
    """Indexes of the passages sharing the most terms with the question."""
    overlap = [len(asked & set(content_terms(text))) for text in evidence]
    best = max(overlap, default=0)
    return [i for i, count in enumerate(overlap) if count == best]


def yes_no_opening(question: str, evidence: str, strong: bool = False) -> str | None:
    """Yes or No when the evidence speaks to the question's topic; None when it does not.
    `strong`: the evidence is known to be close in meaning, so shared terms are not needed."""
    from app.conversation import topic_terms

    # One-letter names typed in capitals ("R", "C") are topics too.
    focus = topic_terms(question) + [t.lower() for t in re.findall(r"\b[A-Z]\b", question)
                                     if t != "I"]
    terms = term_set(evidence) | {t.lower() for t in re.findall(r"\b[A-Z]\b", evidence)}
    # Names ("LLMs", "R", "Kafka") decide: each must be in the passage, plural or not.
    names = {stem(n.rstrip("s")) if n[:-1].isupper() else stem(n)
             for n in re.findall(r"\b[A-Z][A-Za-z0-9+#]*[A-Z0-9+#]s?\b|\b[A-Z]\b", question[1:])
             if n != "I"}
    # Languages and technologies typed in lower case ("does speaking spanish matter") are names.
    names |= {stem(t) for n in find_languages(question, any_case=True) + find_technologies(question)
              for t in content_terms(n)}
    if names and not names <= terms | {stem(t.rstrip("s")) for t in terms}:
        return None
    if strong or names or (focus and sum(t in terms or t.rstrip("s") in terms for t in focus)
                           / len(focus) >= 0.5):
        return "No." if _NEGATION.search(evidence) else "Yes."
    return None


def _numbers_in_place(draft: str, grounded: str) -> bool:
    """Each number in the draft keeps the two words that follow it in the evidence."""
    said, source = tokens(draft), tokens(grounded)
    windows = {tuple(source[i:i + 3]) for i in range(len(source))}
    return all(tuple(said[i:i + 3]) in windows for i, t in enumerate(said) if t[0].isdigit())
