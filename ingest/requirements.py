"""The posting's requirements as a checklist, parsed deterministically from its sections."""

from __future__ import annotations

import math
import re
from typing import Literal

from pydantic import BaseModel, Field

from ingest.skills import find_skills, skills_in_family
from ingest.structure import HEADER, PostingStructure

Kind = Literal["must", "nice"]
Category = Literal["years", "skill", "location", "education", "soft_skill", "other"]

_MUST_SECTION = re.compile(r"must|required|qualification|what you (bring|need)|you have|skills", re.I)
_REQUIREMENTS_SECTION = re.compile(r"^requirements?$", re.I)
_NICE_SECTION = re.compile(r"nice|preferred|bonus|plus|desired", re.I)
_YEARS = re.compile(r"(?:minimum of|at least)?\s*(\d{1,2})\s*\+?\s*(?:or more\s+)?years?\b"
                    r"(?:\s+of)?[\w\s,-]{0,60}?\bexperience", re.I)
_DEGREE = re.compile(r"\b(degree|bachelor'?s?|master'?s?|ph\.?d|b\.?sc|m\.?sc|diploma)\b", re.I)
_PROACTIVE = re.compile(r"\bproactiv\w*|\binitiative\b|self[- ]driven|self[- ]starter", re.I)

# A family is checked as groups: each group needs `need` of its skills (None: half, rounded up).
FAMILY_RULES: dict[str, tuple[str, list[tuple[list[str] | None, int | None]]]] = {
    "java": ("Java", [(None, 1)]),
    "python": ("Python", [(None, 1)]),
    "distributed-systems": ("Distributed systems", [(None, 1)]),
    "big-data": ("Big-data stack", [(None, None)]),
    "vertex-ai": ("Vertex AI and AutoML (GCP)", [(["Vertex AI"], 1)]),
    "ml-frameworks": ("ML frameworks and libraries", [(None, None)]),
    "operability": ("Operability", [(None, None)]),
    "ci-cd": ("CI/CD", [(["CI/CD"], 1), (["Maven", "Gradle"], 1)]),
    "performance": ("Performance optimization", [(None, 1)]),
    "containers": ("Containers", [(["Kubernetes"], 1), (["Docker"], 1)]),
}
# Families whose skills count as partial evidence for another family.
RELATED = {"big-data": "big-data-related", "vertex-ai": "vertex-ai-related"}
SOFT = {"collaboration": "Collaboration and communication", "proactivity": "Proactivity"}


class Requirement(BaseModel):
    id: str
    text: str
    kind: Kind
    category: Category
    skills: list[str] = Field(default_factory=list, description="Canonical skill names asked for.")
    min_years: int | None = None
    section: str
    posting_evidence: str = Field(description="The posting's own words this came from.")

    def met_groups(self) -> list[tuple[list[str], int]]:
        """Groups of skills and how many of each a resume must show for 'met'."""
        groups = FAMILY_RULES.get(self.id, (None, [(None, 1)]))[1]
        resolved = []
        for names, need in groups:
            names = names or self.skills
            resolved.append((names, need or max(1, math.ceil(len(names) / 2))))
        return resolved


def _location_quote(structure: PostingStructure) -> tuple[str, str]:
    """The posting's own line that gives the location, and its section: the sentence of it that
    names the place when the line is a long paragraph."""
    fact = structure.facts.location
    quote = fact.quote if fact and fact.quote else f"Location: {structure.location}"
    if len(quote) > 200:
        words = [w for w in re.findall(r"[A-Z][\w-]+", structure.location)]
        quote = next((s for s in re.split(r"(?<=[.!?])\s+", quote) if any(w in s for w in words)),
                     quote)
    section = next((s.name for s in structure.sections
                    if any(quote in block for block in s.blocks)), HEADER)
    return quote, section


def extract_requirements(structure: PostingStructure) -> list[Requirement]:
    found: dict[str, Requirement] = {}
    years = _years_requirement(structure)
    if years:
        found["years"] = years
    if structure.location:
        quote, section = _location_quote(structure)
        found["location"] = Requirement(
            id="location", text=f"Location: {structure.location}", kind="must",
            category="location", section=section, posting_evidence=quote)
    for section, kind in _requirement_sections(structure):
        for block in section.blocks:
            for requirement in _from_block(block.removeprefix("- "), section.name, kind):
                _merge(found, requirement)
    return list(found.values())


def _requirement_sections(structure: PostingStructure):
    """'Must Have' or 'Qualifications' when present; a 'Requirements' list of duties otherwise."""
    musts = [s for s in structure.sections if _MUST_SECTION.search(s.name)
             and not _NICE_SECTION.search(s.name)]
    if not musts:
        musts = [s for s in structure.sections if _REQUIREMENTS_SECTION.match(s.name)]
    nices = [s for s in structure.sections if _NICE_SECTION.search(s.name)]
    return [(s, "must") for s in musts] + [(s, "nice") for s in nices]


def _years_requirement(structure: PostingStructure) -> Requirement | None:
    for section in structure.sections:
        for block in section.blocks:
            for sentence in re.split(r"(?<=[.!?])\s+", block.removeprefix("- ")):
                match = _YEARS.search(sentence)
                if match:
                    n = int(match.group(1))
                    return Requirement(id="years", text=f"{n}+ years of industry experience",
                                       kind="must", category="years", min_years=n,
                                       section=section.name, posting_evidence=sentence)
    return None


def _from_block(block: str, section: str, kind: Kind) -> list[Requirement]:
    skills = find_skills(block)
    out = []
    for family, (title, _) in FAMILY_RULES.items():
        names = [s.name for s in skills_in_family(family) if s.name in skills]
        if names:
            out.append(Requirement(id=family, text=_skill_text(title, names), kind=kind,
                                   category="skill", skills=names, section=section,
                                   posting_evidence=block))
    if "Collaboration" in skills:
        out.append(Requirement(id="collaboration", text=SOFT["collaboration"], kind=kind,
                               category="soft_skill", section=section, posting_evidence=block))
    if _PROACTIVE.search(block) and not out:
        out.append(Requirement(id="proactivity", text=SOFT["proactivity"], kind=kind,
                               category="soft_skill", section=section, posting_evidence=block))
    if _DEGREE.search(block):
        out.append(Requirement(id="education", text="Degree", kind=kind, category="education",
                               section=section, posting_evidence=block))
    if not out and not _YEARS.search(block):  # a years bullet is the "years" requirement
        label = block.split(":")[0][:60] if ":" in block[:60] else block[:60]
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        out.append(Requirement(id=slug or "other", text=label, kind=kind, category="other",
                               section=section, posting_evidence=block))
    return out


def _merge(found: dict[str, Requirement], new: Requirement) -> None:
    """The same family named in two bullets is one requirement asking for all named skills."""
    old = found.get(new.id)
    if old is None:
        found[new.id] = new
        return
    skills = old.skills + [s for s in new.skills if s not in old.skills]
    title = FAMILY_RULES.get(new.id, (old.text.split(":")[0], []))[0]
    text = _skill_text(title, skills) if skills else old.text
    found[new.id] = old.model_copy(update={"skills": skills, "text": text,
                                           "kind": "must" if "must" in (old.kind, new.kind)
                                           else "nice"})


def _skill_text(title: str, names: list[str]) -> str:
    if all(name.lower() in title.lower() for name in names):
        return title
    return f"{title}: {', '.join(names)}"
