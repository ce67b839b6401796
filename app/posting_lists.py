"""Reading a posting's lists the way they are laid out: the section that best fits a part asked
about (duties, requirements, benefits), the sub-sections and lead-in groups it is made of, and a
sample across those parts when the whole list would be too long to answer with."""

from __future__ import annotations

import re

from langchain_core.documents import Document

from domain.text import evidence_units
from domain.wanted import PLUS

MAX_ITEMS = 8


def units(doc: Document) -> list[str]:
    return [u.removeprefix("- ").strip() for u in evidence_units(doc.page_content)]


def section_items(docs: list[Document], heading: re.Pattern[str], content: re.Pattern[str],
                   named_only: bool = False, statements: re.Pattern[str] | None = None,
                   ) -> list[tuple[str, Document]]:
    """The items of the section that best fits: a heading that names the part asked about counts
    one, and the share of its items that read like that part counts up to one more
    (`named_only`: a heading must name it). Neighbouring sections whose items read the same way
    are parts of one list ("Administrative Support", "Project Coordination", "Additional
    Duties"), and a long list is sampled across its parts."""
    sections: dict[str, list[Document]] = {}
    for doc in docs:
        if doc.metadata["section"] != "Header":
            sections.setdefault(doc.metadata["section"], []).append(doc)
    names = list(sections)
    items = {name: items_of(members) for name, members in sections.items()}
    fits = {name: _fit(items[name], content) for name in names}
    best, best_score = None, 0.0
    for name, members in sections.items():
        # "You have" names the part; "Development of professional and personal skills" only
        # mentions a word of it; a lead-in ("We expect that you") names its list as a long
        # heading would.
        named = 1.0 if len(name.split()) <= 5 else 0.5
        if heading.search(name):
            score = named + fits[name]
        elif any(heading.search(lead) for lead in lead_ins(members)):
            score = 0.5 + fits[name]
        else:
            score = fits[name]
        if len(items[name]) >= 2 and score > best_score and (
                score > fits[name] or fits[name] >= _READS_AS and not named_only):
            best, best_score = name, score
    if best is None:
        return []
    first = last = names.index(best)
    if not named_only:
        def joins(i: int) -> bool:
            return 0 <= i < len(names) and fits[names[i]] >= _READS_AS and \
                not PLUS.search(names[i]) and not _OTHER_PART.search(names[i])

        while joins(first - 1):
            first -= 1
        while joins(last + 1):
            last += 1
    groups = [group for name in names[first:last + 1]
              for group in _groups(sections[name], heading, statements)]
    return _sampled(groups)


# A section reads as the part asked about when this share of its items does.
_READS_AS = 0.6
# Headings of parts a list of duties or requirements never runs into.
_OTHER_PART = re.compile(r"benefit|perks|we offer|salary|compensation|apply|application|"
                         r"^about (?!you|the (role|job|position))|who we are|our (mission|story|"
                         r"values|company)|the (company|organi[sz]ation)|equal opportunit|divers|"
                         r"inclusi", re.I)


def lead_ins(same: list[Document]) -> list[str]:
    """The short lines that open a list of bullets ("As a Public Outreach Manager you will")."""
    lines = [line for d in same for line in d.page_content.split("\n")]
    return [line for line, after in zip(lines, lines[1:], strict=False)
            if not line.startswith("- ") and after.startswith("- ") and len(line.split()) <= 12]


def _fit(items: list[tuple[str, Document]], content: re.Pattern[str]) -> float:
    return sum(bool(content.search(text)) for text, _ in items) / len(items) if items else 0.0


def _groups(same: list[Document], heading: re.Pattern[str], statements: re.Pattern[str] | None,
            ) -> list[list[tuple[str, Document]]]:
    """A section's items in its own parts: the bullets under each lead-in line ("Viability:
    Develops financial resources... The ED will be responsible for:") are one part. Where a lead-in
    names the part asked about ("As a Public Outreach Manager you will"), the parts under other
    lead-ins ("We expect that you", "We offer") are left out. A sentence of the section's prose that
    states the part asked about ("In this position, you will be responsible for accounts payable
    and receivable") leads, as the list's summary."""
    if not any(line.startswith("- ") for d in same for line in d.page_content.split("\n")):
        return [items_of(same)]
    summary: list[tuple[str, Document]] = []
    parts: list[tuple[str, list[tuple[str, Document]]]] = [("", [])]
    for doc in same:
        for line in doc.page_content.split("\n"):
            if line.startswith("- "):
                parts[-1][1].append((line[2:].strip(), doc))
                continue
            if statements is not None:
                summary += [(u, doc) for u in evidence_units(line) if statements.search(u)
                            and len(u.split()) > 4 and not u.endswith("?") and not _LEAD_IN.search(u)]
            parts.append((line, []))
    parts = [(lead, items) for lead, items in parts if items]
    kept = [items for lead, items in parts if heading.search(lead)] or [items for _, items in parts]
    return [g for g in (summary, *kept) if g]


def _sampled(groups: list[list[tuple[str, Document]]]) -> list[tuple[str, Document]]:
    """Every item when they fit the answer; otherwise the first items of each part in turn,
    kept in reading order, so a long list's later parts are not left out."""
    if sum(map(len, groups)) <= MAX_ITEMS:
        return [item for group in groups for item in group]
    taken: set[tuple[int, int]] = set()
    depth = 0
    while len(taken) < MAX_ITEMS:
        for g, group in enumerate(groups):
            if depth < len(group) and len(taken) < MAX_ITEMS:
                taken.add((g, depth))
        depth += 1
    return [groups[g][i] for g, i in sorted(taken)]


def items_of(same: list[Document]) -> list[tuple[str, Document]]:
    """A section's bullets, or its sentences when it has none; a lead-in ("you will be:") is
    no item."""
    bullets = [(line[2:].strip(), d) for d in same for line in d.page_content.split("\n")
               if line.startswith("- ")]
    return bullets or [(u, d) for d in same for u in units(d) if not _LEAD_IN.search(u)]


# A line that opens a list rather than saying something: "You will be:", and the same without its
# colon ("We expect, at a minimum, that you").
_LEAD_IN = re.compile(r":$|\b(you|be|to|that|will|would|include|includes|including|are|is|the|"
                      r"an?|of|for|with|and|or|following)$", re.I)


def around_best(docs: list[Document], ranked: list[tuple[str, Document]]) -> list[tuple[str, Document]]:
    """No heading says it: the section of the best-matching passage, bullets first."""
    if not ranked:
        return []
    section = ranked[0][1].metadata["section"]
    bullets = [item for item in items_of([d for d in docs if d.metadata["section"] == section])]
    if len(bullets) >= 2 and section != "Header":
        return bullets
    return [(text.removeprefix("- ").strip(), doc) for text, doc in ranked[:4]]
