"""Questions across postings ("which of these jobs are remote?", "compare the salaries"): one line
per posting, each answered by the single-posting path without the model, and cited."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.schemas import Answer

# The set of postings named as a set: "these jobs", "which ones", "compare", "all my postings".
# "What positions are open?" asks about the posting in front of the candidate.
_ACROSS = re.compile(
    r"\b(which|any|how many)\b[^?]{0,30}\b(of (these|them|those|my)\b|these|those|ones|jobs|"
    r"postings)\b|\b(these|those|my|the) (jobs|postings|roles|positions)\b|\bcompare\b|\bacross\b|"
    r"\b(each|every) (job|posting)\b|\ball (the |my |of the )?(jobs|postings|roles)\b", re.I)
_CITE = re.compile(r"\[(\d+)\]")


def is_across_question(question: str) -> bool:
    return bool(_ACROSS.search(question))


def answer_across(question: str, postings: list[tuple[str, str]],
                  answer_one: Callable[[str, str], Answer]) -> Answer:
    """`postings`: (id, label) pairs; `answer_one(question, posting_id)` answers for one."""
    lines, citations = [], []
    for posting_id, label in postings:
        one = answer_one(question, posting_id)
        offset = len(citations)
        text = _CITE.sub(lambda m, shift=offset: f"[{int(m.group(1)) + shift}]", one.answer)
        citations += [c.model_copy(update={"n": c.n + offset}) for c in one.citations]
        lines.append(f"- {label}: {_one_line(text)}")
    head = f"Across your {len(postings)} postings:"
    return Answer(question=question, answer="\n".join([head, *lines]), abstained=False,
                  citations=citations)


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*(- )?", "; ", text).strip()
