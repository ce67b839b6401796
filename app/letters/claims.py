"""Is every claim a letter sentence makes about the candidate found in the resume?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.fit.profile import CandidateProfile
from app.letters.plan import LetterPlan
from domain.text import content_terms, numbers
from ingest.skills import find_skills

PLACEHOLDER = re.compile(
    r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\b(your name|company name|hiring manager'?s? name|"
    r"insert\b|xx+|lorem ipsum|tbd)\b",
    re.I,
)
_YEARS_OF = re.compile(r"(\d+)\+?\s*(?:years?|yrs?)\b[\w\s-]{0,25}?\b(?:in|with|of)\s+([\w/+#.-]+)",
                       re.I)
# Capitalised words any letter may use without naming something from the resume.
_COMMON = frozenset("""I I'm I've I'd I'll Dear Sincerely Regards Best Kind Thank Thanks Hiring Team
Manager Hello Hi Warm With As In At On For My The This That These Those It Its Your You We Our And
But Or So If When While Having Over Across Through Today Please Yours Respectfully Looking""".split())


# Words any letter uses about itself; they claim nothing.
_GENERIC = frozenset(content_terms("experience work worked working role team skills strong "
                                   "excited passion passionate bring brings help helped using "
                                   "also years year including projects project well great"))
MIN_RESUME_SHARE = 0.75


@dataclass(frozen=True)
class Check:
    supported: bool
    evidence: list[str]
    reason: str | None = None


def check_sentence(sentence: str, profile: CandidateProfile, plan: LetterPlan, *,
                   model_written: bool = False) -> Check:
    """`model_written` sentences get no licence to name the role or company ("At Rackspace, I
    built..." is a false claim) and must draw most of their words from the resume."""
    if PLACEHOLDER.search(sentence):
        return Check(False, [], "template placeholder")
    about_candidate = sentence
    if not model_written:  # the letter's own frame names the role and company it applies to
        for known in (plan.role, plan.company, plan.location):
            if known:
                about_candidate = about_candidate.replace(known, " ")
    resume = "\n".join(line.text for line in profile.lines)
    resume_lower = resume.lower()
    if model_written:
        words = [t for t in content_terms(about_candidate) if t not in _GENERIC]
        known_terms = set(content_terms(resume))
        if words and sum(t in known_terms for t in words) / len(words) < MIN_RESUME_SHARE:
            return Check(False, [], "most of its words are not from the resume")
    for skill in find_skills(about_candidate):
        if skill not in profile.skills:
            return Check(False, [], f"claims {skill}, which the resume does not show")
    allowed_numbers = numbers(resume) | ({str(plan.years)} if plan.years else set())
    invented = numbers(about_candidate) - allowed_numbers
    if invented:
        return Check(False, [], f"number {sorted(invented)[0]} is not in the resume")
    for match in _YEARS_OF.finditer(about_candidate):
        count, subject = match.group(1), match.group(2).lower()
        if not any(count in line.text and subject in line.text.lower() for line in profile.lines):
            if not (plan.years and count == str(plan.years) and subject in {"experience", "industry"}):
                return Check(False, [], f"'{match.group(0)}' is not stated in the resume")
    for name in _names(about_candidate):
        if name.lower() not in resume_lower:
            return Check(False, [], f"names {name}, which the resume does not mention")
    return Check(True, _evidence(sentence, profile))


def _names(sentence: str) -> list[str]:
    words = re.findall(r"[A-Za-z][\w&.+#-]*", sentence)
    return [w.rstrip(".") for i, w in enumerate(words)
            if i > 0 and w[0].isupper() and w.rstrip(".") not in _COMMON and len(w) > 1]


def _evidence(sentence: str, profile: CandidateProfile) -> list[str]:
    terms = set(content_terms(sentence))
    scored = [(len(terms & set(content_terms(line.text))), line.text) for line in profile.lines]
    return [text for score, text in sorted(scored, key=lambda x: -x[0]) if score >= 2][:2]
