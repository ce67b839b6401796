"""Careers pages that list several roles: which sections belong to which role.

A page is one posting; when two or more headings at the same level name jobs ("Senior Mobile
Engineer", "Technical Writer (part-time)"), each section under such a heading, down to the next
one, belongs to that role, and what comes before or after them belongs to all. A question that
names a role is answered from its sections (see app.roles)."""

from __future__ import annotations

import re

from ingest.facts import TITLE_NOUN

# A heading that names a part of a posting, not a job ("About the role", "What you will do").
_PART_OF_A_POSTING = re.compile(r"^(about|what|who|how|why|your|our|the|we|you|benefits|perks|"
                                r"requirements|responsibilities|qualifications|open|join|work|"
                                r"hiring|careers?|jobs?|apply|extra|nice|must|bonus)\b", re.I)


_DUTIES = re.compile(r"responsibilit|duties|\btasks\b|what you('ll| will) do", re.I)
_ANOTHER_PART = re.compile(r"requir|qualif|skills|education|profile|abilit|benefit|offer|apply|"
                           r"salary|compensation", re.I)


def is_role_heading(name: str) -> bool:
    """A job's name: a capitalised job noun ("Engineer", "Lead") in a short line that is not a
    sentence or a label ("Objective #1: Lead projects from a content perspective.")."""
    noun = TITLE_NOUN.search(name)
    # "Communications leads (multiple roles)": a job noun after a capitalised word names a job too.
    named = bool(noun) and (noun.group(0)[0].isupper() or re.search(
        r"^[A-Z][\w&/-]*\s+$", name[:noun.start()]) is not None)
    return named and len(name.split()) <= 9 \
        and not re.search(r"[:#]|\.$", name) and not _PART_OF_A_POSTING.match(name)


def assign_roles(sections) -> list[str]:
    """Sets `role` on each section under a role heading; returns the roles in page order (empty
    unless the page lists at least two at one heading level)."""
    levels: dict[int, list[int]] = {}
    duties = 0  # the level of the "Responsibilities" heading the sections are under, if any
    for i, section in enumerate(sections):
        name = re.sub(r"^\d{1,2}[.)]?\s+", "", section.name)  # "2 RESPONSIBILITIES"
        if duties and (section.level < duties or _PART_OF_A_POSTING.match(name)
                       or _ANOTHER_PART.search(name)):
            duties = 0
        if _DUTIES.search(name):
            duties = section.level
        # "Administration & HR Support" under "Responsibilities", as high as it, is a group of
        # duties, not a job; a role's own "Responsibilities" sits below the role.
        elif section.level and is_role_heading(section.name) and not duties:
            levels.setdefault(section.level, []).append(i)
    level, starts = next(((lv, idx) for lv, idx in sorted(levels.items()) if len(idx) >= 2), (0, []))
    if not starts:
        starts = _headed_alike(sections)
        level = sections[starts[0]].level if starts else 0
    if not starts:
        return []
    # A heading repeated under the roles ("Responsibilities" under each) is a part of each, even
    # where it looks as high as the roles' own (bold lines of a PDF all do).
    names = [s.name for s in sections[starts[0]:]]
    repeated = {name for name in names if names.count(name) >= 2}
    current = ""
    for i, section in enumerate(sections):
        if i in starts:
            current = section.name
        elif section.level and section.level <= level and section.name not in repeated:
            current = ""  # a heading as high as the roles' own ends the last role
        section.role = current
    return [sections[i].name for i in starts]


def _headed_alike(sections) -> list[int]:
    """A page of disciplines ("Engineering", "Design and UX", "Procurement") names no job, but
    each is laid out alike: the same sub-headings ("Mission", "What you will lead", "Core skills")
    follow each. Those headings are the roles. Two alike ("Essential", "Desirable" under each
    competency of a civil-service form) are a list's parts, not jobs."""
    names = [s.name for s in sections]
    repeated = {name for name in names if names.count(name) >= 2}
    firsts: dict[str, list[int]] = {}
    for i, (name, after) in enumerate(zip(names, names[1:], strict=False)):
        if i > 0 and name not in repeated and after in repeated:
            firsts.setdefault(after, []).append(i)
    starts = max(firsts.values(), key=len, default=[])
    if len(starts) < 2 or len(starts) != names.count(names[starts[0] + 1]):
        return []
    layouts = []
    for at in starts:
        end = next((i for i in range(at + 1, len(names)) if names[i] not in repeated), len(names))
        layouts.append(set(names[at + 1:end]))
    return starts if min(map(len, layouts)) >= _ALIKE_PARTS else []


_ALIKE_PARTS = 3
