"""The posting's requirements as a checklist, parsed deterministically from its own words: every
item under a heading that asks something of a candidate ("Qualifications", "A bit about you",
"Essential attributes", "You are an excellent candidate if you're"), or, when no heading does,
every sentence that states a requirement."""

from __future__ import annotations

import math
import re
from typing import Literal

from pydantic import BaseModel, Field

from domain.languages import find_languages
from domain.places import WORLD_REGION, find_places
from domain.scope import job_scope
from domain.technologies import find_technologies
from domain.text import evidence_units
from domain.wanted import ASKS_HEADING, ASKS_ITEM, ASKS_STATEMENT, DUTY_ITEM, is_plus
from domain.work_terms import SPONSORSHIP
from ingest.skills import BY_NAME, find_skills, skills_in_family
from ingest.structure import HEADER, PostingStructure, Section

Kind = Literal["must", "nice"]
Category = Literal["years", "skill", "location", "education", "language", "soft_skill", "other"]

# Headings that name what a candidate must bring, whatever the share of their items that read so.
_STRONG_HEADING = re.compile(r"requir|qualif|must|essential|eligib|desir|about you|you have|you bring|"
                             r"you are|you're|candidate|"
                             r"looking for|competenc|criteria|ideal candidate|who you are|"
                             r"nice|bonus|prefer|plus|asset", re.I)
# Headings about the employer, the duties, the offer or the application, which may still say
# "skills" or "who we" ("Development of professional skills", "Who we are").
_NOT_ASKS_HEADING = re.compile(r"responsibilit|duties|\boffers?\b|benefit|perks|apply|application|"
                               r"how to|contact|salary|compensation|who we are|about (us|the)|"
                               r"what you('ll| will) do|^development\b|training|we provide", re.I)
# An item addressed to the candidate about what they have or are ("You have...", "Are fluent...").
_TO_CANDIDATE = re.compile(r"^(you|you're|you've|your|have|are|can|possess|bring|hold)\b(?! will)",
                           re.I)
_REQUIREMENTS_SECTION = re.compile(r"^requirements?$", re.I)
_YEARS = re.compile(
    r"(?:minimum of|at least)?\s*\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*\(\d{1,2}\))?\s*\+?"
    r"\s*(?:or more\s+)?years?['\u2019]?(?:\s+of)?[\w\s,'\u2019/-]{0,60}?"
    r"\b(?:experience|working|employment|practice)", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_DEGREE = re.compile(r"\b(degree|bachelor'?s?|master'?s?|ph\.?d|b\.?sc|m\.?sc|diploma)\b", re.I)
_PROACTIVE = re.compile(r"\bproactiv\w*|\binitiative\b|self[- ]driven|self[- ]starter", re.I)
# What a person is rather than what they have done: a resume cannot settle it, so it is never
# scored ("Self-directed, motivated", "willingness to learn", "an interest in molecular biology").
_TRAIT = re.compile(
    r"\b(motivat\w*|self[- ](starter|driven|directed|motivated)|passion\w*|enthusias\w*|curio\w*|"
    r"willing\w*|eager\w*|interest(ed)? in|comfortable|attitude|personality|team player|"
    r"humble|friendly|positive|detail[- ]oriented|independen\w*|flexib\w*|adaptab\w*|empath\w*|"
    r"integrity|open[- ]minded|commitment to|desire to|lov(e|es|ing)|values|excited|"
    r"sense of humou?r|honest\w*|reliab\w*|trustworth\w*|team[- ]?work\w*|resilien\w*|"
    # Working habits every resume claims and none shows: "superior organizational skills",
    # "able to prioritize multiple tasks", "software savvy".
    r"organi[sz]ation(al)? skills|time[- ]management|prioriti[sz]\w*|multi-?task\w*|responsive|"
    r"identif\w* with|want to|deadlines|work ethic|people skills|interpersonal|problem[- ]solv\w*|"
    r"critical think\w*|attention to detail|fast[- ]paced|dynamic environment|ambiguity|savvy|"
    r"mindset|spirit|affinity|enjoy\w*|energ\w*|drive|ambitio\w*)\b", re.I)
# A place or a right to work the candidate must have: "Must live in the Chicagoland area",
# "Based in the United States", "Eligibility for employment in the U.S.".
_PLACE_RULE = re.compile(r"\b(citizen\w*|nationals?|work (authori[sz]ation|permit|visa)|right to "
                         r"work|authori[sz]ed to work|eligib\w* (for employment|to work)|(must|to) "
                         r"(live|reside|be based|be located)|based in|located in|live in|reside in)\b",
                         re.I)
# Lines that speak about the application, the list itself, the employer or the job's
# conditions, not about the candidate: "Provide as much detail as possible on your resume", "We
# don't expect you to have all of these", "Our ability to deliver...", "Occasional travel may be
# required", equal-opportunity statements.
_NOT_AN_ASK = re.compile(
    r"\b(not|don'?t|do not|never) (be )?expect(ed|ing)?\b|\bencourage\w* (you )?to\b|"
    r"\bif you (don'?t|do not|need)\b|\beven if\b|discriminat\w*|equal opportunit\w*|"
    r"accommodat\w*|"
    r"^(please|provide|submit|include|send|attach|describe|explain|tell|read|see|visit|click|"
    r"note)\b|^(in this role|you('ll| will))\b|"
    r"^(our|we|we're|us)\b(?!( are| would| do)? (expect|looking for|want|need|love|require|"
    r"prefer|ask|seek)\w*\b)|^(this|the) (posting|list|job description|advert)\b|"
    r"^(besides|there (is|are)|the team|your team)\b|"
    r"\btravel\b|\b(working )?hours\b|\bschedule\b|\bshifts?\b|\bweekends?\b|"
    r"\brelocat\w*|\bsalary\b|\bpay\b|compensation|"
    # Conditions of employment, met after an offer: "undergo and pass a background
    # investigation", "serve a one-year trial period", "frequently lift 25 lbs".
    r"background (check|investigation|screening)|\blift\w*\b|trial period|probation\w*|"
    r"direct deposit|selective service|financial disclosure|drug (test|screen)\w*|"
    r"discrepanc\w*|suitab\w* for (federal )?employment|identity and work status|"
    # A note on what may stand in for a requirement, not one itself.
    r"\bmay (count|substitute|be substituted|be considered)\b|\bin lieu of\b|count towards", re.I)
# Words about the application itself, which an item asking for experience may still use.
_ABOUT_APPLYING = re.compile(r"\b(resume|résumé|cv|cover letter|applications?|apply(ing)?|"
                             r"applicants?|disqualif\w*|interviews?)\b", re.I)
_LEAD_IN_END = re.compile(r"(:|\b(that you|who|if you('re| are)?|you( are| have| will)?|"
                          r"following( \w+){0,2}|these|include|includes)\W*)$", re.I)
_ALTERNATIVES = re.compile(r"\b(or|one of|any of|either|such as|e\.g\.|like|including|for example)\b",
                           re.I)
_OR = re.compile(r"\b(or|one of|any of|either)\b", re.I)
_LANGUAGE_ASK = re.compile(r"fluen\w*|proficien\w*|speak\w*|spoken|written|language|native|"
                           r"bilingual|essential|command of|\b[ABC][12]\b", re.I)
MAX_NAME = 90
SPONSORED = "visa sponsorship offered"
_REFUSAL = re.compile(r"\b(not|no|unable|cannot|can't|won't|unfortunately|without)\b", re.I)

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
    any_of: bool = Field(False, description="One of the named skills is enough ('Python or R').")
    min_years: int | None = None
    role: str | None = Field(None, description="The job it belongs to, on a page listing several.")
    also: list[str] = Field(default_factory=list, description="Other lines of the posting that "
                            "say where a candidate may be ('EU citizens or a German work permit').")
    section: str
    posting_evidence: str = Field(description="The posting's own words this came from.")

    def met_groups(self) -> list[tuple[list[str], int]]:
        """Groups of skills and how many of each a resume must show for 'met'."""
        groups = FAMILY_RULES.get(self.id, (None, [(None, 1 if self.any_of else None)]))[1]
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
    """On a page listing several jobs, each role's requirements (its own sections and those of
    the page that belong to no role), marked with the role."""
    roles = list(dict.fromkeys(s.role for s in structure.sections if s.role))
    if not roles:
        return _requirements(structure, structure.sections)
    shared = [s for s in structure.sections if not s.role]
    return [r.model_copy(update={"role": role}) for role in roles
            for r in _requirements(structure, shared + [s for s in structure.sections
                                                        if s.role == role])]


def _requirements(structure: PostingStructure, sections: list[Section]) -> list[Requirement]:
    found: dict[str, Requirement] = {}
    years = _years_requirement(sections)
    if years:
        found["years"] = years
    if structure.location:
        quote, section = _location_quote(structure)
        found["location"] = Requirement(
            id="location", text=f"Location: {structure.location}", kind="must",
            category="location", section=section, posting_evidence=quote)
    # The employer's own product is no skill to ask of a candidate ("Familiarity with Zulip" is a
    # plus at most, and never a knock-out).
    own = set(re.findall(r"\w+", structure.company.lower()))
    for item, section, kind in _asks(sections):
        if _PLACE_RULE.search(item):
            # The place a candidate must be in is the location requirement, whatever its heading;
            # a rule beside a stated location ("EU citizens or a German work permit") widens it.
            scope = job_scope(item)
            if scope.known and "location" not in found:
                found["location"] = Requirement(
                    id="location", text=f"Location: {_places(item)}", kind=kind,
                    category="location", section=section, posting_evidence=item)
            elif scope.known and item not in found["location"].posting_evidence:
                location = found["location"]
                found["location"] = location.model_copy(
                    update={"also": [*location.also, item]})
            continue
        for requirement in _from_item(item, section, kind, own):
            _merge(found, requirement)
    if "location" in found and _offers_sponsorship(sections):
        location = found["location"]
        found["location"] = location.model_copy(update={"text": f"{location.text}; {SPONSORED}"})
    return list(found.values())


def _offers_sponsorship(sections: list[Section]) -> bool:
    """A sentence says the employer sponsors visas ("We sponsor work visas and help with
    relocation"), not that it does not."""
    return any(SPONSORSHIP.search(unit) and not _REFUSAL.search(unit)
               for section in sections for block in section.blocks for unit, _ in _items(block))


def _asks(sections: list[Section]) -> list[tuple[str, str, Kind]]:
    """(item, section, kind) for each thing the posting asks: the items of the sections whose
    heading asks ("Must Have", "A bit about you"), else of a "Requirements" section (which may
    list duties, so only when nothing better names the asks), else the sentences of running text
    that state a requirement."""
    body = [s for s in sections if s.name != HEADER and s.blocks]
    asking = [s for s in body if _asks_heading(s.name, s.blocks)]
    if not asking:
        asking = [s for s in body if _REQUIREMENTS_SECTION.match(s.name)]
    out: list[tuple[str, str, Kind]] = []
    for section in asking:
        kind: Kind = "nice" if is_plus(section.name) else "must"
        current = kind
        # A list under the heading is what it asks; prose around the list introduces it or is
        # an aside (an equal-opportunity statement, how to apply).
        listed = any(line.startswith("- ") for b in section.blocks for line in b.split("\n"))
        # Prose under "Required skills" asks throughout; under a heading found by its items, only
        # the sentences that ask.
        strong = bool(_STRONG_HEADING.search(section.name))
        for block in section.blocks:
            for item, bullet in _items(block):
                if item.endswith(":") or not bullet and (_LEAD_IN_END.search(item)
                                                         or len(item.split()) < 3):
                    # "And we prefer, but don't require, that you": the list after it is a plus.
                    current = "nice" if is_plus(item) else kind
                elif bullet or not listed and (strong or _speaks_of_candidate(item)):
                    out.append((item, section.name, "nice" if is_plus(item) else current))
    if out:
        return out
    return [(unit, section.name, "nice" if is_plus(unit) else "must")
            for section in sections for block in section.blocks for unit, _ in _items(block)
            if ASKS_STATEMENT.search(unit)]


def _speaks_of_candidate(sentence: str) -> bool:
    """A sentence of prose under a heading that asks, which asks something ("You have...",
    "Experience with...", "Fluent English"), not one about the product or the team."""
    return bool(ASKS_ITEM.search(sentence) or ASKS_STATEMENT.search(sentence)
                or _TO_CANDIDATE.search(sentence) or _TRAIT.search(sentence)
                or find_languages(sentence))


def _asks_heading(name: str, blocks: list[str]) -> bool:
    """A heading that asks over items that do not list duties; or any heading but the employer's,
    the offer's or the application's, over items most of which ask ("We'd especially like to get
    to know you if" over "You have...")."""
    if _NOT_ASKS_HEADING.search(name):
        return False
    items = [i for b in blocks for i, _ in _items(b)]
    # A "Requirements" heading over a list of duties ("Collaborate and Integrate: Work closely...").
    if not items or sum(bool(DUTY_ITEM.search(i)) for i in items) >= 0.5 * len(items):
        return False
    named = bool(ASKS_HEADING.search(name) or is_plus(name))
    if named and _STRONG_HEADING.search(name):
        return True
    if named:
        asked = [i for i in items if ASKS_ITEM.search(i) or _TRAIT.search(i) or find_technologies(i)]
        return len(asked) >= 0.4 * len(items)
    return sum(bool(_TO_CANDIDATE.search(i)) for i in items) >= 0.6 * len(items)


def _items(block: str) -> list[str]:
    """(item, is a bullet): each bullet whole, a paragraph as its sentences."""
    return [(line.removeprefix("- ").strip(), True) if line.startswith("- ") else (unit, False)
            for line in block.split("\n") if line.strip()
            for unit in ([line] if line.startswith("- ") else evidence_units(line))]


def _years_requirement(sections: list[Section]) -> Requirement | None:
    """The first number of years the posting asks for; a must wins over a plus ("5+ years is
    extra credit")."""
    found = []
    for section in sections:
        for block in section.blocks:
            for sentence in re.split(r"(?<=[.!?])\s+", block.removeprefix("- ")):
                match = _YEARS.search(sentence)
                if match:
                    word = match.group(1).lower()
                    n = _NUMBER_WORDS.get(word) or int(word)
                    kind: Kind = "nice" if is_plus(sentence) or is_plus(section.name) else "must"
                    found.append(Requirement(
                        id="years", text=f"{n}+ years of experience", kind=kind,
                        category="years", min_years=n, section=section.name,
                        posting_evidence=sentence))
    return min(found, key=lambda r: r.kind != "must", default=None)


def _from_item(item: str, section: str, kind: Kind, own: set[str]) -> list[Requirement]:
    if _NOT_AN_ASK.search(item) or (_ABOUT_APPLYING.search(item) and not ASKS_ITEM.search(item)):
        return []
    skills = find_skills(item)
    out = []
    covered: set[str] = set()
    choice = _choice(item, skills, own)
    if choice:
        # "Python, Ruby, Java, C# or C++": one requirement any of them meets, not one per name.
        return [Requirement(id=_slug(_name(item)), text=_name(item), kind=kind, category="skill",
                            skills=choice, any_of=True, section=section, posting_evidence=item)]
    for family, (title, _) in FAMILY_RULES.items():
        names = [s.name for s in skills_in_family(family) if s.name in skills]
        if names:
            covered |= {n.lower() for n in names}
            out.append(Requirement(id=family, text=_skill_text(title, names), kind=kind,
                                   category="skill", skills=names, section=section,
                                   posting_evidence=item))
    if "Collaboration" in skills:
        out.append(Requirement(id="collaboration", text=SOFT["collaboration"], kind=kind,
                               category="soft_skill", section=section, posting_evidence=item))
    if _PROACTIVE.search(item) and not out:
        out.append(Requirement(id="proactivity", text=SOFT["proactivity"], kind=kind,
                               category="soft_skill", section=section, posting_evidence=item))
    if _DEGREE.search(item):
        out.append(Requirement(id="education", text="Degree", kind=kind, category="education",
                               section=section, posting_evidence=item))
    if out or (_YEARS.search(item) and not find_technologies(item)):
        return out  # a years item is the "years" requirement
    name = _name(item)
    slug = _slug(name)
    technologies = [t for t in find_technologies(item)
                    if t.lower() not in covered and t.lower() not in own]
    languages = find_languages(item) if _LANGUAGE_ASK.search(item) else []
    if technologies:
        category: Category = "skill"
    elif languages:
        category, technologies = "language", languages
    elif _TRAIT.search(item):
        category = "soft_skill"
    else:
        category = "other"
    return [Requirement(id=slug, text=name, kind=kind, category=category, skills=technologies,
                        any_of=bool(_ALTERNATIVES.search(item)), section=section,
                        posting_evidence=item)]


def _choice(item: str, skills: dict[str, list[str]], own: set[str]) -> list[str]:
    """The skills an item offers as alternatives ("in Python, Ruby, Java or C#"), when it names
    two or more and says "or", "one of", "any of" or "either"."""
    if not _OR.search(item):
        return []
    named = [s for s in skills if BY_NAME[s].family in FAMILY_RULES]
    named += [t for t in find_technologies(item) if t.lower() not in own]
    unique = list({n.lower(): n for n in named}.values())
    return unique if len(unique) >= 2 else []


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower())[:60].strip("-") or "other"


def _places(text: str) -> str:
    names = [p.name for p in find_places(text, min_city_population=15000)]
    names += [m.group(0) for m in WORLD_REGION.finditer(text)]
    return ", ".join(dict.fromkeys(names)) or "anywhere"


def _name(item: str) -> str:
    """A readable name: the item's label ("Operability Experience: ..."), else the item itself,
    cut at a word when long."""
    label, colon, rest = item.partition(":")
    if colon and rest.strip() and 1 <= len(label.split()) <= 8:
        text = label.strip()
    else:
        text = item.strip().rstrip(".;,")
    if len(text) > MAX_NAME:
        text = text[:MAX_NAME].rsplit(" ", 1)[0].rstrip(",;:-\u2013\u2014 ") + "\u2026"
    return text[:1].upper() + text[1:]


def _merge(found: dict[str, Requirement], new: Requirement) -> None:
    """The same family named in two bullets is one requirement asking for all named skills."""
    old = found.get(new.id)
    if old is None:
        found[new.id] = new
        return
    if new.id not in FAMILY_RULES and new.id not in SOFT and new.id != "education":
        return  # the same words twice
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
