"""On a page listing several jobs, a question that names one ("is the infra engineer job
remote?", "what would the marketing person do?") is answered from that job's sections and the
page's shared ones."""

from __future__ import annotations

import re

from langchain_core.documents import Document

from domain.pay import find_pay
from domain.text import content_terms, evidence_units
from domain.work_terms import employment_type, states_work_mode, work_mode
from ingest.facts import Fact, HeaderFacts, labelled_fact


def role_asked(question: str, roles: list[str]) -> str | None:
    """The role whose distinctive words the question uses ("infra" for Infrastructure); words
    every role shares ("senior", "engineer") tell roles apart no better than none."""
    if len(roles) < 2:
        return None
    terms = {role: set(content_terms(role)) for role in roles}
    shared = set.intersection(*terms.values()) if terms else set()
    asked = [t for t in content_terms(question) if len(t) >= 4]

    def overlap(role: str) -> int:
        return sum(any(term.startswith(word) or word.startswith(term) for word in asked)
                   for term in terms[role] - shared)

    scores = {role: overlap(role) for role in roles}
    best = max(scores.values())
    winners = [role for role, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def scoped(docs: list[Document], role: str | None) -> list[Document]:
    """The role's chunks and the page's shared ones (every chunk when no role was named)."""
    if role is None:
        return docs
    return [d for d in docs if d.metadata.get("role", "") in ("", role)]


def facts_for(facts: HeaderFacts, role: str | None, docs: list[Document]) -> HeaderFacts:
    """The page's facts, overridden by what the role's own sections state: its title, and an
    arrangement, contract or pay said under its heading."""
    if role is None:
        return facts
    own = [u for d in docs if d.metadata.get("role") == role for u in evidence_units(d.page_content)]
    quote = f"Open roles: {'; '.join(facts.roles)}"
    kind = employment_type(role)
    mode = next((Fact(work_mode(u), u) for u in own if states_work_mode(u)), None)
    employment = Fact(kind, quote) if kind else next(
        (Fact(employment_type(u), u) for u in own if employment_type(u)), None)
    pay = next((Fact(p.text, u) for u in own if (p := find_pay(u))), None)
    # "Location: Gauteng, South Africa (remote-friendly)" under the role: where that job is, its
    # note in brackets aside.
    place = next((Fact(re.sub(r"\s*\([^)]*\)$", "", fact.value), fact.quote)
                  for label, fact in filter(None, map(labelled_fact, own)) if label == "location"), None)
    return HeaderFacts(**{**facts.__dict__, "title": Fact(role, quote), "roles": [],
                          "mode": mode or facts.mode, "employment": employment or facts.employment,
                          "pay": pay or facts.pay, "location": place or facts.location})

