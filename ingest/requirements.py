"""The posting's requirements as a checklist, built deterministically from what it asks
(`ingest.asks`): each with its kind, category, a readable name, and the skills, years, degree,
language or place it states."""

from __future__ import annotations

import math
import re
from typing import Literal

from pydantic import BaseModel, Field

from domain.education import LEVELS, asked_level
from domain.job_words import alternation, number_words, years_units
from domain.languages import LEVEL_NAMES, asked_languages, asks_languages, find_languages
from domain.places import WORLD_REGION, country_name, find_places, region_name
from domain.scope import job_scope
from domain.technologies import find_technologies
from domain.text import fold_accents
from domain.wanted import TRAIT, is_plus
from domain.work_terms import SPONSORSHIP, work_mode
from ingest.asks import Kind, asks, not_an_ask, units_of
from ingest.skills import BY_NAME, find_skills, skills_in_family
from ingest.structure import HEADER, PostingStructure, Section

Category = Literal["years", "skill", "location", "education", "language", "soft_skill", "other"]

# "1-3 years", "2 to 4 years": the lower bound is the minimum.
_YEARS = re.compile(
    r"(?:minimum of|at least)?\s*(?:\b(?P<low>\d{1,2})\s*(?:-|\u2013|to)\s*)?"
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*\(\d{1,2}\))?\s*\+?"
    r"\s*(?:or more\s+)?(?:years?|yrs?\.?)['\u2019]?(?:\s+of)?[\w\s,'\u2019/-]{0,60}?"
    # "3 years as a software developer", "two years professional development in JavaScript"
    r"\b(?:experience|working|employment|practice|(?:professional|as an?)\b)", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
# The same in other languages: "Minst 2 års erfarenhet", "tres años de experiencia".
_YEARS_ELSEWHERE = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(map(re.escape, number_words()))})\s*\+?\s*"
    rf"(?:{years_units()})", re.I)
_PROACTIVE = re.compile(r"\bproactiv\w*|\binitiative\b|self[- ]driven|self[- ]starter", re.I)
# A place or a right to work the candidate must have: "Must live in the Chicagoland area",
# "Based in the United States", "Eligibility for employment in the U.S.".
_PLACE_RULE = re.compile(r"\b(citizen\w*|nationals?|work (authori[sz]ation|permit|visa)|right to "
                         r"work|authori[sz]ed to work|eligib\w* (for employment|to work)|home[- ]based|"
                         r"(must|to) (live|reside|be based|be located)|based in|located in|live in|reside in|"
                         rf"{alternation('live_in')})\b", re.I)
_ALTERNATIVES = re.compile(r"\b(or|one of|any of|either|such as|e\.g\.|like|including|for example)\b",
                           re.I)
_OR = re.compile(r"\b(or|one of|any of|either)\b", re.I)
_EXAMPLES = re.compile(r"\b(e\.g\.|for (example|instance))", re.I)
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
    or_years: int | None = Field(None, description="Years of experience that stand in for the "
                                 "degree asked ('a master's, or at least 5 years of experience').")
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
    if structure.location and not _remote_anywhere(structure.location):
        quote, section = _location_quote(structure)
        found["location"] = Requirement(
            id="location", text=f"Location: {structure.location}", kind="must",
            category="location", section=section, posting_evidence=quote)
    # The employer's own product is no skill to ask of a candidate ("Familiarity with Zulip" is a
    # plus at most, and never a knock-out).
    own = set(re.findall(r"\w+", structure.company.lower()))
    for item, section, kind in asks(sections):
        if structure.company and item.startswith(f"{structure.company} "):
            continue  # the employer speaking of itself ("MetaDocencia reconoce que...")
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
        if _LIST_REFERENCE.search(item) and (listed := _languages_listed(sections)):
            # "English in addition to at least one of the languages mentioned": one of the list
            # the page gives elsewhere ("Assamese, Bengali, Bodo, ...").
            _merge(found, Requirement(
                id="listed-languages", text=f"One of the listed languages: {', '.join(listed)}",
                kind=kind, category="language", skills=listed, any_of=True, section=section,
                posting_evidence=item))
    if not structure.location and "location" not in found and (where := _location_section(sections)):
        # "Our work offer can be in any location" over "Paris office or remote" and "European
        # timezone": the section that says where the work is gives the place.
        text, section = where
        found["location"] = Requirement(id="location", text=f"Location: {_places(text)}",
                                        kind="must", category="location", section=section,
                                        posting_evidence=text)
    for rule, section in _work_rights(sections):
        # Who may apply is often said outside any list of asks ("Please note that we can only
        # consider applications from EU citizens or those with a German work permit").
        if "location" not in found:
            found["location"] = Requirement(
                id="location", text=f"Location: {_places(rule)}", kind="must",
                category="location", section=section, posting_evidence=rule)
        elif rule not in found["location"].posting_evidence and rule not in found["location"].also:
            found["location"] = found["location"].model_copy(
                update={"also": [*found["location"].also, rule]})
    if "location" in found and _offers_sponsorship(sections):
        location = found["location"]
        found["location"] = location.model_copy(update={"text": f"{location.text}; {SPONSORED}"})
    return list(found.values())


_EXPERIENCE = re.compile(r"\b(prior|previous|some|hands-on|practical|proven|demonstrated|"
                         r"relevant) experience\b|\bexperience (with|in|of)\b", re.I)
_LIST_REFERENCE = re.compile(r"\b(one|any|some) of the (languages|following languages)\b|"
                             r"\blanguages (mentioned|listed|below|above)\b", re.I)


_PLACE_LINE_WORDS = 8
_WHERE_HEADING = re.compile(r"\blocation\b|\bwhere (you('ll| will)|we) work", re.I)


def _location_section(sections: list[Section]) -> tuple[str, str] | None:
    """A section headed by where the work is, whose short lines name a place or region."""
    for section in sections:
        if _WHERE_HEADING.search(section.name):
            # The heading's own words ("...can be in any location") are not where: its lines are;
            # a paragraph about working hours ("... 12pm ET (New York)") is not either.
            text = "; ".join(block.removeprefix("- ") for block in section.blocks
                             if block != section.name and len(block.split()) <= _PLACE_LINE_WORDS)
            scope = job_scope(text)
            if scope.known and not scope.anywhere:
                return text, section.name
    return None


def _languages_listed(sections: list[Section]) -> list[str]:
    """The longest list of languages a paragraph of the page gives (three or more)."""
    lists = [find_languages(block) for section in sections for block in section.blocks]
    longest = max(lists, key=len, default=[])
    return longest if len(longest) >= 3 else []


def _remote_anywhere(location: str) -> bool:
    """"Remote" naming no place limits nowhere: no place to check a candidate against."""
    return work_mode(location) == "remote" and not job_scope(location).known


# Who may work in the job, in words no description of the team uses ("our team is based in...").
_WORK_RIGHT = re.compile(r"\b(citizens?|citizenship|nationals?|work (authori[sz]ation|permit|visa|rights)|"
                         r"right to work|authori[sz]ed to work|eligib\w* (for employment|to work)|"
                         r"(must|required to) (live|reside))\b", re.I)
# Where applications may come from says who may work: "recibimos postulaciones de cualquier
# país latinoamericano", "applications are welcome from anywhere in Europe".
_APPLY_FROM = re.compile(rf"\b(?:{alternation('apply_from')})\b", re.I)
# ...and said of who may apply, not of whom the work serves ("services for UK citizens").
_WHO_MAY = re.compile(r"\b(applica\w+|candidates?|you|must|only|open to|required|requires?|limited to|"
                      r"need to)\b", re.I)
_CONDITION = re.compile(r"\s*(if|where|when|should)\b", re.I)  # "If the successful candidate has..."


def _work_rights(sections: list[Section]) -> list[tuple[str, str]]:
    """Sentences anywhere on the page that limit who may work in the job to named places."""
    return [(unit, section.name) for section in sections for block in section.blocks
            for unit, _ in units_of(block)
            if (_WORK_RIGHT.search(unit) and _WHO_MAY.search(unit) or _APPLY_FROM.search(unit))
            and not _CONDITION.match(unit) and job_scope(unit).known]


def _offers_sponsorship(sections: list[Section]) -> bool:
    """A sentence says the employer sponsors visas ("We sponsor work visas and help with
    relocation"), not that it does not. Help to relocate alone is no work permit."""
    return any(SPONSORSHIP.search(unit) and not _REFUSAL.search(unit)
               for section in sections for block in section.blocks for unit, _ in units_of(block))


def _years_requirement(sections: list[Section]) -> Requirement | None:
    """The first number of years the posting asks for; a must wins over a plus ("5+ years is
    extra credit")."""
    found = []
    for section in sections:
        for block in section.blocks:
            for sentence in re.split(r"(?<=[.!?])\s+", block.removeprefix("- ")):
                n = next((n for n, instead in _years_stated(sentence) if not instead), None)
                if n is not None:
                    kind: Kind = "nice" if is_plus(sentence) or is_plus(section.name) else "must"
                    found.append(Requirement(
                        id="years", text=f"{n}+ years of experience", kind=kind,
                        category="years", min_years=n, section=section.name,
                        posting_evidence=sentence))
    return min(found, key=lambda r: r.kind != "must", default=None)


# "Mestrado ou Doutorado (ou mínimo 5 anos de experiência)", "a degree ..., or, in the absence
# of a degree, +9 years": the years before which this stands are a route instead of the degree.
_INSTEAD = re.compile(r"(?:\b(?:or|ou|o|oder|of|eller)\b|\bin the absence of (?:a|the) degree)"
                      r"[\s,(]*(?:\w+\s+){0,3}?\+?\s*$", re.I)


def _years_stated(text: str) -> list[tuple[int, bool]]:
    """Each number of years the text asks, and whether it is offered instead of a degree."""
    out = []
    degree_asked = asked_level(text) is not None
    for pattern, group in ((_YEARS, None), (_YEARS_ELSEWHERE, "n")):
        for match in pattern.finditer(text):
            word = (match.group(group) if group else match.group("low") or match.group(2)).lower()
            n = _NUMBER_WORDS.get(word) or number_words().get(word) or int(word)
            start = match.start(group) if group else match.start()
            out.append((n, degree_asked and bool(_INSTEAD.search(text[:start]))))
        if out:
            break
    return out


def _from_item(item: str, section: str, kind: Kind, own: set[str]) -> list[Requirement]:
    if not_an_ask(item):
        return []
    skills = find_skills(item)
    if not _technical(item):
        # "Monitor a population of fairy-wrens", "high-volume scanning": plain nouns name an
        # engineering skill only where the item speaks of software.
        skills = {name: hits for name, hits in skills.items()
                  if not BY_NAME[name].common or name == "Collaboration"}
    out = []
    covered: set[str] = set()
    choice = _choice(item, skills, own)
    if choice:
        # "Python, Ruby, Go, C# or C++": one requirement any of them meets, not one per name.
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
    if (level := asked_level(item)) is not None:  # "HS graduation" to "a Ph.D. in biology"
        instead = max((n for n, alternative in _years_stated(item) if alternative), default=None)
        text = LEVELS[level][0].capitalize() + (f", or {instead} years of experience"
                                                if instead else "")
        out.append(Requirement(id="education", text=text, kind=kind, category="education",
                               or_years=instead, section=section, posting_evidence=item))
    if out and asks_languages(item) and not find_technologies(item):
        # "Excellent written and spoken communication skills in English and German": the
        # languages are asked as well as the communication.
        out += _language_requirements(_language_kinds(item, kind), item, section)
    if out or ((_YEARS.search(item) or _YEARS_ELSEWHERE.search(item))
               and not find_technologies(item)):
        return out  # a years item is the "years" requirement
    name = _name(item)
    slug = _slug(name)
    technologies = [t for t in find_technologies(item)
                    if t.lower() not in covered and t.lower() not in own]
    languages = asks_languages(item)
    kinds = _language_kinds(item, kind) if languages and not technologies else {}
    if len(kinds) == 1:
        kind = next(iter(kinds))  # "German is a plus" under "Requirements"
    elif len(kinds) > 1:
        return _language_requirements(kinds, item, section)
    if technologies:
        category: Category = "skill"
    elif languages:
        category, technologies = "language", languages
    elif TRAIT.search(item) and not _EXPERIENCE.search(item):
        category = "soft_skill"  # "comfort with PCR from prior experience" asks a skill shown
    else:
        category = "other"
    return [Requirement(id=slug, text=name, kind=kind, category=category, skills=technologies,
                        any_of=bool(_ALTERNATIVES.search(item)), section=section,
                        posting_evidence=item)]


_SOFTWARE = re.compile(r"\b(software|systems?|services?|applications?|apps?|code|servers?|"
                       r"production|infrastructure|pipelines?|databases?|APIs?|cloud|clusters?|"
                       r"backend|engineering|latency|queries)\b", re.I)


def _technical(item: str) -> bool:
    """The item speaks of software: a technology or skill by name, or the words around them."""
    return bool(find_technologies(item) or _SOFTWARE.search(item)
                or any(not BY_NAME[name].common for name in find_skills(item)))


def _language_kinds(item: str, kind: Kind) -> dict[str, list[tuple[str, int | None, str, bool]]]:
    """The languages an item asks, by kind: "English fluency is a must, Spanish would be
    helpful" asks English and would welcome Spanish."""
    out: dict[str, list] = {}
    for asked in asked_languages(item, kind):
        out.setdefault(asked[2], []).append(asked)
    return out


def _language_requirements(kinds: dict[str, list], item: str, section: str) -> list[Requirement]:
    """One language requirement per kind the item asks them in ("Fluent English", must;
    "Spanish", nice)."""
    return [Requirement(id=_slug(_language_name(asked)), text=_language_name(asked), kind=wanted,
                        category="language", skills=[name for name, *_ in asked],
                        section=section, posting_evidence=item)
            for wanted, asked in kinds.items()]


def _language_name(asked: list[tuple[str, int | None, str, bool]]) -> str:
    """"Fluent English", "Spanish": each language with the level its own words ask."""
    named = [f"{LEVEL_NAMES[level]} {name}" if stated and level is not None else name
             for name, level, _, stated in asked]
    text = " and ".join(named)
    return text[:1].upper() + text[1:]


def _choice(item: str, skills: dict[str, list[str]], own: set[str]) -> list[str]:
    """The skills an item offers as alternatives ("in Python, Ruby, Go or C#"), when it names
    two or more and says "or", "one of", "any of" or "either"."""
    examples = _EXAMPLES.search(item)
    if examples and not find_technologies(item[:examples.start()]):
        # "a programming language (e.g., Python, C, Fortran, Matlab)": the names only
        # illustrate one thing asked, so any of them shows it.
        named = [t for t in find_technologies(item[examples.end():]) if t.lower() not in own]
        return named if len(named) >= 2 else []
    if not _OR.search(item):
        return []
    named = [s for s in skills if BY_NAME[s].family in FAMILY_RULES]
    named += [t for t in find_technologies(item) if t.lower() not in own]
    unique = list({n.lower(): n for n in named}.values())
    return unique if len(unique) >= 2 else []


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_accents(name).lower())[:60].strip("-") or "other"


def _places(text: str) -> str:
    names = [p.name for p in find_places(text, min_city_population=15000)]
    # A region by its adjective ("cualquier país latinoamericano") by its name ("Latin America").
    names += [m.group(0) if m.group(1) else region_name(m.group(0))
              for m in WORLD_REGION.finditer(text)]
    if not names:  # a country by its adjective only: "South African home based role"
        names = sorted(filter(None, map(country_name, job_scope(text).countries)))
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
