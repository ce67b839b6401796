"""What a letter may say: the role, the candidate's contact line, and the requirements they meet."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from app.fit.dates import find_spans
from app.fit.profile import CandidateProfile
from app.schemas import FitReport, RequirementResult
from ingest.skills import BY_NAME, find_skills

_WORK = re.compile(r"experience|employment|work|career", re.I)
WORDS_FIXED = 80  # greeting, opening, closing and sign-off
WORDS_PER_POINT = 38


@dataclass(frozen=True)
class Point:
    requirement_id: str
    label: str  # "Java", "Containers"
    evidence: list[str]  # verbatim resume lines
    keywords: list[str]  # the label and the skills named for it: how a sentence shows the point


@dataclass
class LetterPlan:
    posting_id: str
    role: str
    company: str
    location: str
    name: str
    contact: str
    years: int | None  # whole years from the resume's dates, when they meet the posting's bar
    points: list[Point]
    gap: RequirementResult | None = None
    spare: list[Point] = field(default_factory=list)  # met requirements held back for length
    extras: list[str] = field(default_factory=list)  # other experience lines, for length


def make_plan(report: FitReport, profile: CandidateProfile, *, title: str, company: str,
              location: str, words: int, mention_gap: bool) -> LetterPlan:
    usable = [r for r in report.requirements if r.status in {"met", "partial"}
              and r.resume_evidence and r.category in {"skill", "soft_skill"}]
    # Met must-haves first, then met nice-to-haves, then what is partly shown (named for what
    # the resume does show); posting order otherwise.
    usable.sort(key=lambda r: (r.status != "met", r.kind != "must"))
    points = [Point(r.id, _label(r, profile), _prose_first(r, profile), _keywords(r))
              for r in usable]
    wanted = max(1, math.floor((words - WORDS_FIXED) / WORDS_PER_POINT))
    years_req = next((r for r in report.requirements if r.id == "years"), None)
    years = int(profile.years) if profile.years and years_req and years_req.status == "met" else None
    gaps = [r for r in report.requirements if r.kind == "must" and r.status in {"missing", "partial"}
            and r.category == "skill"]
    contact = " · ".join(x for x in (profile.email, profile.phone) if x)
    used = {line for p in points for line in p.evidence}
    extras = [ln.text for ln in profile.lines if _WORK.search(ln.section) and ln.text not in used
              and not find_spans(ln.text, date.today()) and len(ln.text.split()) >= 4]
    return LetterPlan(posting_id=report.posting_id, role=clean_role(title), company=company,
                      location=location, name=profile.name, contact=contact, years=years,
                      points=points[:wanted], spare=points[wanted:],
                      gap=gaps[0] if mention_gap and gaps else None, extras=extras)


def clean_role(title: str) -> str:
    """'Senior Backend Java ML Engineer- Canada' -> 'Senior Backend Java ML Engineer'."""
    return re.sub(r"\s*[-–—]\s*(remote|canada|usa|uk|[A-Z][a-z]+)$", "", title).strip()


def _keywords(result: RequirementResult) -> list[str]:
    label, _, names = result.text.partition(":")
    listed = [n.strip() for n in names.split(",") if n.strip()]
    return list(dict.fromkeys([label.strip(), *listed, *find_skills(label)]))


def in_sentence(label: str) -> str:
    """'Java' stays 'Java' mid-sentence; 'Distributed systems' becomes 'distributed systems'."""
    proper = [n for n in find_skills(label.split()[0]) if not BY_NAME[n].common]
    return label if proper or label[:2].isupper() else label[0].lower() + label[1:]


def _label(result: RequirementResult, profile: CandidateProfile) -> str:
    """Name only what the candidate has: 'Hadoop, Hive and HBase', not the posting's whole list."""
    names = list(dict.fromkeys(k for k in _keywords(result) if k in BY_NAME and k in profile.skills))
    if not names:
        return in_sentence(result.text.split(":")[0])
    shown = [BY_NAME[n].in_sentence for n in names]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _prose_first(result: RequirementResult, profile: CandidateProfile) -> list[str]:
    """Lines from jobs make sentences; 'Platform: GCP, Docker' lists from a skills section do not."""
    section = {line.text: line.section for line in profile.lines}
    lines = result.resume_evidence + [ln.text for ln in profile.lines if ln.text not in
                                      result.resume_evidence and _mentions(ln.text, result)]
    return sorted(lines, key=lambda text: (not _WORK.search(section.get(text, "")),
                                           ":" in text[:25]))[:3]


def _mentions(text: str, result: RequirementResult) -> bool:
    found = find_skills(text)
    return any(k in found for k in _keywords(result))
