"""A posting's header facts: title, company, places, work arrangement, employment type, pay,
deadline and right-to-work statements, from front matter, labelled lines and the text itself.

Every fact keeps `quote`, the posting's own line it was read from, so an answer can cite it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from domain.deadlines import find_deadline
from domain.pay import find_pay
from domain.places import WORLD_REGION, find_places
from domain.scope import job_scope
from domain.status import badge_status, find_status, without_badge
from domain.technologies import find_technologies
from domain.text import sentences
from domain.work_terms import employment_type, is_authorization_statement, states_work_mode, work_mode

# Front-matter keys and line labels ("Closing date: ...") for each fact, compared without case,
# spaces, hyphens or underscores.
LABELS: dict[str, tuple[str, ...]] = {
    "title": ("title", "jobtitle", "position", "role", "positiontitle", "vacancy", "posttitle",
              "rolename", "jobopening", "opening", "jobname", "roletitle"),
    "company": ("company", "organization", "organisation", "employer", "agency", "hiringorganization",
                "department", "companyname", "hiringorganisation", "org", "team", "hiringcompany",
                "institution", "university", "unitdivision", "division", "directorate",
                "businessunit", "ministry"),
    "location": ("location", "locations", "city", "dutystation", "dutylocation", "joblocation",
                 "office", "offices", "basedin", "worklocation", "place"),
    "pay": ("salary", "pay", "compensation", "salaryrange", "payrange", "payscale", "wage",
            "remuneration", "stipend", "ctc", "basesalary", "payband", "grade"),
    "deadline": ("deadline", "closingdate", "closedate", "closes", "applyby", "applicationdeadline",
                 "validthrough", "closing", "enddate", "expires", "expirydate", "applicationsclose"),
    "employment": ("employmenttype", "jobtype", "contract", "contracttype", "schedule",
                   "worktype", "tenure", "appointmenttype", "hours"),
    "mode": ("remote", "workmode", "workplace", "workplacetype", "locationtype", "worksetting",
             "workarrangement"),
}
_LABELLED = re.compile(r"^\W{0,3}([A-Za-z][A-Za-z /&()'-]{1,40}?)\s*[:\u2013\u2014|-]\s+(.{2,200})$")
_HIRING = re.compile(
    r"(?i:hiring|looking for|seeking|recruiting|searching for|we need|wants?|opening for)\s+"
    r"(?i:an?|the|our|one|two|several)?\s*(?i:new\s+|next\s+|first\s+|experienced\s+|motivated\s+)?"
    r"(?P<title>[A-Z][\w/&+-]*(?:\s+(?:[A-Z(][\w/&+()-]*|of|and|in|&)){0,6})")
_COMPANY_IN_TEXT = re.compile(
    r"(?:^|\bthe\s+|\bat\s+|\bjoin\s+)(?P<name>[A-Z][\w&.'()-]*(?:\s+[A-Z(][\w&.'()-]*){0,5})"
    r"(?:\s+team)?(?:\s+(?:is|are)\s+(?:hiring|looking|seeking|recruiting|a|an|the|one)\b|"
    r",\s+we\b)")
_EQUAL_OPPORTUNITY = re.compile(r"(?:^|(?<=[.!] ))(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})"
                                r"\s+is\s+(?i:(?:an?\s+|proud to be an?\s+)?(?:equal opportunit|EEO\b|"
                                r"affirmative action))")
_ABOUT = re.compile(r"^(?:about|join|life at|(?:why )?work(?:ing)? (?:at|for|with)|why join|why)\s+"
                    r"(?P<name>[A-Z][\w&.' -]{1,40})$", re.I)
# Words that stand where a name would ("Join us", "This is...", "We are hiring"): never a company.
_GENERIC_ABOUT = re.compile(r"^(the\b|this\b|you|us\b|we\b|our\b|here\b|it\b|they\b|there\b|"
                            r"me\b|join us|work with us|careers?\b|jobs?\b|hiring\b)", re.I)
# "We're hiring ... for our teams in Tokyo and Kyoto", "join our lab in Leeds": the team the
# candidate joins, so the job's place.
_JOINING = r"(?:hiring|recruiting|join)\b[^.]{0,100}?\b(?:teams?|offices?|labs?|group) (?:in|at)"
_PLACE_CUE = re.compile(r"based (in|at)|located (in|at)|location|offices? in|work(ing)? (from|in)\b|"
                        rf"position is in|\bremote\b|hybrid|on-?site|duty station|{_JOINING}", re.I)


@dataclass(frozen=True)
class Fact:
    value: str
    quote: str  # the line of the posting it was read from (for front matter, its Header line)


@dataclass
class HeaderFacts:
    title: Fact | None = None
    company: Fact | None = None
    location: Fact | None = None
    countries: list[str] = field(default_factory=list)  # ISO codes of the job's places
    mode: Fact | None = None  # remote | hybrid | on-site
    employment: Fact | None = None  # full-time | part-time | contract | internship
    pay: Fact | None = None
    pay_range: tuple[float, float, str | None, str | None] | None = None  # low, high, currency, period
    deadline: Fact | None = None
    deadline_iso: str | None = None
    status: Fact | None = None  # "filled" or "closed" when the posting says it is no longer open
    authorization: list[Fact] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # on a page listing several jobs

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> HeaderFacts:
        def fact(value):
            return Fact(**value) if value else None

        return cls(title=fact(data.get("title")), company=fact(data.get("company")),
                   location=fact(data.get("location")), countries=list(data.get("countries", [])),
                   mode=fact(data.get("mode")), employment=fact(data.get("employment")),
                   pay=fact(data.get("pay")),
                   pay_range=tuple(data["pay_range"]) if data.get("pay_range") else None,
                   deadline=fact(data.get("deadline")), deadline_iso=data.get("deadline_iso"),
                   status=fact(data.get("status")),
                   authorization=[Fact(**a) for a in data.get("authorization", [])],
                   roles=list(data.get("roles", [])))


_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|\*\*|__|`")
_PICTOGRAPHS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def tidy(value: str) -> str:
    """A fact as a person would write it: no Markdown, emoji or stray commas and spaces."""
    value = _MARKUP.sub(lambda m: m.group(1) or "", _PICTOGRAPHS.sub("", value))
    value = re.sub(r"\s+", " ", value)
    return re.sub(r"\s*,(?!\d)\s*", ", ", value).strip(" ,")


# The metadata key under which an HTML page's <title> reaches the facts: not shown as a line.
PAGE_TITLE = "page_title"

# Front-matter keys that drive the site, not the page a reader sees ("layout: post",
# "leverId: ..."); every other key (a grade, a contact, an announcement number) is shown.
_SITE_KEYS = frozenset("""layout type permalink tags categories category image images author authors
date draft published archived leverid translationkey weight slug aliases redirectfrom sitemap
comments state jobposttype lang language hidden menu sidebar toc url id uuid template banner hero
thumbnail excerptseparator cover og twitter seo canonical order nav pagetitle sidebar showtitle""".split())


def front_matter_lines(metadata: dict) -> list[str]:
    """The front matter as the Header's labelled lines: each fact once, then what else a reader
    of the page would see."""
    lines, kinds = [], set()
    for key, value in _with_pay_range(metadata).items():
        kind, text = label_kind(str(key)), metadata_text(value)
        if not text:
            continue
        if kind and kind not in kinds:
            kinds.add(kind)
            lines.append(f"{_key_label(key)}: {text}")
        elif not kind and re.sub(r"[\s_-]", "", str(key).lower()) not in _SITE_KEYS.union(_PAY_PARTS):
            lines.append(f"{_key_label(key)}: {text}")
    return lines


def _key_label(key) -> str:
    """A front-matter key as the page shows it: "job_announcement_number" is "Job announcement
    number"."""
    label = re.sub(r"[_-]+", " ", str(key)).strip()
    return f"{label[:1].upper()}{label[1:]}"


def label_kind(label: str) -> str | None:
    key = re.sub(r"[\s_\-()/']", "", label.lower())
    return next((kind for kind, names in LABELS.items() if key in names), None)


def labelled_fact(line: str) -> tuple[str, Fact] | None:
    """The fact a labelled line states and its value ("Location: Cape Town" states the location,
    Cape Town), or None."""
    labelled = _LABELLED.match(line.removeprefix("- "))
    kind = label_kind(labelled.group(1)) if labelled else None
    return (kind, Fact(labelled.group(2).strip(), line)) if kind else None


def line_label(line: str) -> str | None:
    """The fact a labelled line states ("Location: Cape Town" states the location), or None."""
    found = labelled_fact(line)
    return found[0] if found else None


def metadata_text(value) -> str:
    """A front-matter value as one line of text (lists joined, dicts' values joined)."""
    if isinstance(value, dict):
        return ", ".join(metadata_text(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, (list, tuple)):
        return "; ".join(metadata_text(v) for v in value if v not in (None, ""))
    if isinstance(value, bool):
        return "remote" if value else "on-site"
    return re.sub(r"\s+", " ", str(value)).strip().strip("\"'")


def extract_facts(metadata: dict, header_lines: list[str], blocks: list[str],
                  headings: list[str], fields: list[tuple[str, str]] = ()) -> HeaderFacts:
    """`metadata`: front matter; `header_lines`: the short lines before the first section;
    `blocks`: every paragraph and bullet in reading order; `headings`: section names; `fields`:
    each section's name with its first paragraph."""
    facts = HeaderFacts()
    found: dict[str, Fact] = {}
    for key, value in _with_pay_range(metadata).items():
        kind = label_kind(str(key))
        text = metadata_text(value)
        if kind and text and kind not in found:
            found[kind] = Fact(text, f"{_key_label(key)}: {text}")
    for line in [*header_lines, *blocks]:
        if (labelled := labelled_fact(line)) and labelled[0] not in found:
            found[labelled[0]] = labelled[1]
    _heading_fields(fields, found)
    facts.title = _unlabelled(_named_job(found.get("title"), _title_guess(header_lines, blocks, headings)))
    facts.status = _status(facts.title, [*header_lines, *blocks])
    if facts.title and facts.status and facts.status.quote == facts.title.quote:
        facts.title = Fact(without_badge(facts.title.value), facts.title.quote)
    if facts.title:
        facts.title = _without_page_parts(facts.title)
    if facts.title and len(facts.title.value.split()) > 5 and (job := _prose_title(facts.title.value)):
        facts.title = Fact(job, facts.title.quote)  # "Acme is looking for a project manager"
    at = _TITLE_AT.match(facts.title.value) if facts.title else None
    if at and (not at.group("where") or find_places(at.group("where"), min_city_population=15000)):
        # "Data steward at Ocean Networks Canada (Victoria, Canada)": three facts in one line
        quote = facts.title.quote
        facts.title = Fact(at.group("title"), quote)
        found.setdefault("company", Fact(at.group("company"), quote)) if at.group("company") else None
        found.setdefault("location", Fact(at.group("where"), quote)) if at.group("where") else None
    if facts.title and facts.title.quote.endswith(f": {facts.title.value}"):
        # "Acme Foundation: Finance Admin": the heading names the employer before the job.
        owner = facts.title.quote.removesuffix(f": {facts.title.value}").strip()
        if owner and not label_kind(owner) and not _DOCUMENT_PART.search(owner) \
                and not TITLE_NOUN.search(owner) and re.fullmatch(r"[A-Z][\w&.'() -]{1,60}", owner):
            found.setdefault("company", Fact(owner, facts.title.quote))
    facts.company = found.get("company") or _company_guess(header_lines, blocks, headings,
                                                           str(metadata.get(PAGE_TITLE) or ""))
    if facts.company:
        facts.company = _within(facts.company)
    if facts.company and facts.title and facts.company.value == facts.title.value:
        facts.company = None  # one line read as both: it names the job
    facts.location = found.get("location") or _location_guess(header_lines, blocks, headings)
    facts.title, facts.company, facts.location = (
        Fact(tidy(f.value), f.quote) if f and tidy(f.value) else None
        for f in (facts.title, facts.company, facts.location))
    if facts.location:
        # Labelled, so that a town too small for the city list is found too ("Woods Hole").
        facts.countries = sorted({p.country for p in find_places(
            f"Location: {facts.location.value}", min_city_population=15000) if p.country})
    # The arrangement: as labelled, else a line that states it, else the header's place line.
    stating = [line for line in blocks if states_work_mode(line)]
    facts.mode = _first(found.get("mode"), [*header_lines, *stating], work_mode, facts.location)
    facts.employment = _first(found.get("employment"), [*header_lines, *blocks], employment_type)
    facts.pay, facts.pay_range = _pay(found.get("pay"), blocks)
    facts.deadline, facts.deadline_iso = _deadline(found.get("deadline"), blocks)
    facts.authorization = [Fact(b, b) for b in blocks if is_authorization_statement(b)][:3]
    return facts


# A part of an organisation, named with the whole: "the Centre for Atmospheric Sciences at IIT
# Delhi", "the Department of Clinical Medicine at Faculty of Health at Aarhus University".
_UNIT = re.compile(r"^(the )?(department|centre|center|school|faculty|lab|laboratory|labs|institute|"
                   r"division|group|unit|programme|program|office|team)\b", re.I)
_AT_WHOLE = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][\w&.'-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.'-]*))*)")


def _within(company: Fact) -> Fact:
    """A unit's name with the organisation it belongs to, where its line says it."""
    if not _UNIT.match(company.value):
        return company
    at = company.quote.find(company.value)
    rest = company.quote[at + len(company.value):] if at >= 0 else ""
    wholes = _AT_WHOLE.findall(rest)
    if not wholes or not rest.lstrip().startswith("at "):
        return company
    return Fact(f"{company.value}, {wholes[-1].strip()}", company.quote)  # the last is the whole


def _heading_fields(fields: list[tuple[str, str]], found: dict[str, Fact]) -> None:
    """A heading used as a label ("Employer" over "University of California, Davis"): its first
    paragraph is the value where it is short, no sentence, and reads as that kind of value."""
    for heading, first in fields:
        kind = label_kind(heading)
        if kind == "location" and first.startswith("- "):
            # "Location:" over "- Remote in USA and select countries, CS&S is distributed": the
            # first bullet's clause that names the place.
            bullet = first.split("\n")[0].removeprefix("- ")
            first = next((c for c in re.split(r"[,;]\s+", bullet)
                          if find_places(c) and len(c) <= 50), "- ")
        if not kind or kind in found or first.startswith("- ") or len(first) > 120 \
                or re.search(r"[.!?]$", first):
            continue
        if kind == "location" and not (find_places(first) or WORLD_REGION.search(first)
                                       or work_mode(first)):
            continue
        if kind == "company" and TITLE_NOUN.search(first.split(",")[0].split()[-1]):
            continue  # "Principal Investigator" is a person's role
        found[kind] = Fact(first, first)


def _without_page_parts(title: Fact) -> Fact | None:
    """The job's name without what a page puts around it: a note in brackets ("[Deadline
    Extended to 31 January] Call for PhD Student"), a date ("2025-05-14 ..."), or the site's name
    ("CrossLabs | Bilingual Administrative Assistant")."""
    value = re.sub(r"^(\[[^\]]{1,60}\]\s*|\d{4}-\d{2}-\d{2}\s+)+", "", title.value).strip()
    parts = re.split(r"\s+[|\u2013\u2014\u00b7]\s+", value)
    value = next((p for p in parts if TITLE_NOUN.search(p)), value) if len(parts) > 1 else value
    return Fact(value, title.quote) if value else None


def _named_job(stated: Fact | None, guess: Fact | None) -> Fact | None:
    """The stated title, unless it names no job and the text does: a page's own title ("hiring",
    "Working at Acme") is often not the job's."""
    if stated and guess and not TITLE_NOUN.search(stated.value) and TITLE_NOUN.search(guess.value):
        return guess
    return stated or guess


def _status(title: Fact | None, lines: list[str]) -> Fact | None:
    """A badge beside the title ("Data Analyst (filled)"), else a line saying applications closed."""
    if title and (status := badge_status(title.value)):
        return Fact(status, title.quote)
    return next((Fact(status, line) for line in lines if (status := find_status(line))), None)


_TITLE_AT = re.compile(r"^(?P<title>[^()]+?)(?:\s+(?:at|@)\s+(?P<company>[A-Z][^()]+?))?"
                       r"\s*(?:\((?P<where>[^()]+)\))?\s*$")


def _unlabelled(fact: Fact | None) -> Fact | None:
    """'Job Opening: OONI Backend Developer' is titled 'OONI Backend Developer'."""
    if fact and (labelled := _LABELLED.match(fact.value)) and (
            label_kind(labelled.group(1)) == "title" or re.search(r"hiring|opening|vacanc|job",
                                                                   labelled.group(1), re.I)):
        return Fact(labelled.group(2).strip(), fact.quote)
    return fact


_PAY_PARTS = ("salarymin", "minsalary", "paymin", "salaryfrom",
              "salarymax", "maxsalary", "paymax", "salaryto")


def _with_pay_range(metadata: dict) -> dict:
    """Static sites often split pay into `salary_min` and `salary_max` keys: one salary."""
    keys = {re.sub(r"[\s_\-]", "", str(k).lower()): k for k in metadata}
    low = next((metadata[keys[k]] for k in _PAY_PARTS[:4] if k in keys), None)
    high = next((metadata[keys[k]] for k in _PAY_PARTS[4:] if k in keys), None)
    if low is None or high is None or "salary" in keys:
        return metadata
    return {"salary": f"{metadata_text(low)} - {metadata_text(high)}", **metadata}


def _first(stated: Fact | None, lines: list[str], reader, location: Fact | None = None) -> Fact | None:
    # The value alone ("term") or with its label ("Appointment type: term").
    if stated and (value := reader(stated.value) or reader(stated.quote)):
        return Fact(value, stated.quote)
    if location and (value := reader(location.value)):
        return Fact(value, location.quote or location.value)
    for line in lines:
        value = reader(line)
        if value:
            return Fact(value, line)
    return None


def _pay(stated: Fact | None, blocks: list[str]):
    if stated and (pay := find_pay(f"salary {stated.value}")):
        return stated, (pay.low, pay.high, pay.currency, pay.period)
    for block in blocks:
        pay = find_pay(block)
        if pay:
            return Fact(pay.text, block), (pay.low, pay.high, pay.currency, pay.period)
    return stated, None  # a pay band without amounts ("Band A") is still what the posting says


def _deadline(stated: Fact | None, blocks: list[str]):
    if stated:
        found = find_deadline(f"deadline {stated.value}")
        return stated, found.day.isoformat() if found else None
    for block in blocks:
        found = find_deadline(block)
        if found:
            return Fact(found.text, block), found.day.isoformat()
    return None, None


TITLE_NOUN = re.compile(
    r"\b(engineer|developer|manager|scientist|analyst|architect|designer|director|lead|head|"
    r"officer|specialist|coordinator|administrator|assistant|associate|consultant|technician|"
    r"nurse|teacher|intern|researcher|fellow|postdoc\w*|student|writer|editor|advocate|"
    r"leader|representative|accountant|clerk|driver|operator|electrician|chef|cook|agent|executive|"
    r"strategist|planner|producer|librarian|therapist|counsel\w*|lecturer|professor|"
    r"programmer|tester|partner|owner|recruiter|marketer|support|worker|technologist|"
    r"mechanic|supervisor|instructor|tutor|pharmacist|physician|paralegal|buyer|"
    r"adviser|advisor|curator|steward|dispatcher|cashier|carpenter|plumber|welder|translator|"
    r"interpreter|linguist|annotator|chemist|physicist|economist|"
    r"lawyer|attorney|volunteer|apprentice|trainee|educator|trainer|facilitator|organi[sz]er|admin|"
    r"bookkeeper|controller|auditor|surveyor|inspector|caregiver|aide|receptionist|secretary|"
    r"paramedic|midwife|dentist|veterinarian|hygienist|fundraiser|contributor|member|crew|"
    r"investigator|post-doc\w*|\w+ician|\w+ologist|scholarship|studentship|fellowship|"
    r"internship|traineeship|apprenticeship|residency|resident|expert|chair|treasurer|trustee)s?\b", re.I)


# Prose names the job in lower case: "searching for two (2) full-time research technicians",
# "looking to hire a *joint* research assistant": the words up to the first job noun.
_HIRING_PROSE = re.compile(
    r"\b(?:hiring|hire|looking for|seeking|seek|recruiting|recruit|searching for|openings? for|"
    r"vacancy for|applications for)\s+(?P<rest>[^.;:!?]{3,120})", re.I)
_FILLER = re.compile(r"^(?:an?|the|our|one|two|three|several|some|new|next|first|\(\d+\)|\d+|"
                     r"full[- ]time|part[- ]time|joint|motivated|experienced|dedicated|talented|"
                     r"enthusiastic|passionate|skilled|qualified|team|of)$", re.I)


_OTHER_LABEL = re.compile(r"^(?!(job |position |role )?(title|position|role|vacancy|job|post)\b)"
                          r"[\w ]{2,25}:\s", re.I)
_NAMED_PERSON = re.compile(r"^[\w ]{2,30}:\s+(Dr\.?|Prof\.?|Professor|Mr\.?|Ms\.?|Mrs\.?|Mx\.?)?\s*"
                           r"[A-Z][a-z]+(\s+[A-Z]\.?)?\s+[A-Z][a-z]+$")


def _prose_title(line: str) -> str | None:
    for match in _HIRING_PROSE.finditer(line):
        words = [w.strip("*_\"'") for w in match.group("rest").split()[:9]]
        while words and (_FILLER.match(words[0]) or not words[0]):
            words.pop(0)
        for end, word in enumerate(words[:5]):
            if TITLE_NOUN.fullmatch(word.rstrip(",")):
                title = " ".join(words[:end + 1]).rstrip(",")
                return title[:1].upper() + title[1:]
    return None


def _title_guess(header_lines: list[str], blocks: list[str], headings: list[str] = ()) -> Fact | None:
    for line in [*header_lines, *blocks[:6]]:
        match = _HIRING.search(line)
        if match and TITLE_NOUN.search(match.group("title")):
            title = match.group("title").strip()
            # Cited where the page heads with it ("Communications Associate - Acme"), if it does.
            headed = next((h for h in header_lines if title.lower() in h.lower()), line)
            return Fact(title, headed)
    for line in header_lines:
        # A place is allowed where it is the title's own "(Perth, Australia)", "at ..." or
        # "in ..." part; a role labelling a person is no title ("Supervisor: Dr Jane Roe"), nor
        # is another role the line is labelled with ("Reports to: Project Director").
        if TITLE_NOUN.search(line) and len(line) <= 90 and not _NAMED_PERSON.match(line) \
                and not _OTHER_LABEL.match(line) and (
                not find_places(line) or re.search(r"\s(at|@|in)\s|\(", line)):
            return Fact(line, line)
    for line in [*header_lines, *blocks[:6]]:
        if title := _prose_title(line):
            return Fact(title, line)
    # A page that opens with a slogan names the job in a heading: "Acme Foundation: Finance Admin".
    for heading in headings[:3]:
        named = heading.rsplit(": ", 1)[-1]
        if TITLE_NOUN.search(named) and len(named.split()) <= 8 and not find_places(named):
            return Fact(named, heading)
    line = next((h for h in header_lines if not _GENERIC_ABOUT.match(h)), None)
    return Fact(line, line) if line else None


# A line naming a part of the document ("Vacancy Advertising Form", "Background and role
# context", "General Schedule") is no employer.
_DOCUMENT_PART = re.compile(r"\b(form|context|background|schedule|description|details|overview|"
                            r"summary|advert\w*|information|template|contents|announcement|role|"
                            r"note|reference|number|title|positions?|vacanc(y|ies)|openings?|date)\b", re.I)


def _defined(fact: Fact, text: str) -> Fact:
    """An acronym as the text defines it: "IOI" is "Invest in Open Infrastructure (IOI)"."""
    if not re.fullmatch(r"[A-Z][A-Z&.]{1,7}", fact.value):
        return fact
    for match in _DEFINED.finditer(text):
        words = [w for w in match.group("name").split() if w[0].isupper()]
        if match.group("acronym") == fact.value and \
                "".join(w[0] for w in words if w != "&") == fact.value.replace("&", ""):
            line = next((line for line in text.split("\n") if match.group(0) in line), fact.quote)
            return Fact(f"{match.group('name').strip()} ({fact.value})", line)
    return fact


def _company_guess(header_lines: list[str], blocks: list[str], headings: list[str],
                   page_title: str = "") -> Fact | None:
    # A label ("Role", "VACANCY REFERENCE NUMBER") is no name, nor a word before a comma in the
    # text ("Note, we...") unless the text names it again.
    text = "\n".join(blocks)

    def name_like(name: str) -> bool:
        """Named again, or a name of several capitalised words ("Northwind Analytics")."""
        return _times(name, text) >= 2 or \
            bool(re.fullmatch(r"[A-Z][\w&.'-]*(\s+(of|for|and|&|the|[A-Z][\w&.'-]*))+", name))

    def header_name(line: str) -> bool:
        """"Acme", "Harbour Logistics"; not a slogan ("Make a difference in the world")."""
        return bool(re.fullmatch(r"[\w&.'-]+", line)) or name_like(line)

    for line in header_lines:
        if not TITLE_NOUN.search(line) and not find_places(line) and work_mode(line) is None \
                and len(line.split()) <= 6 and re.search(r"[A-Za-z]{2}", line) \
                and not _GENERIC_ABOUT.match(line) and not employment_type(line) \
                and not _LABELLED.match(line) and not label_kind(line) and not _DOCUMENT_PART.search(line) \
                and not _GRADE.match(line) and header_name(line):
            return Fact(line, line)
    for heading in [*header_lines, *headings]:
        about = _ABOUT.match(heading)
        # "About OLS and this role": the name is OLS.
        name = re.split(r"\s+(?:and|&)\s+(?:this|the|our|your|you)\b", about.group("name"))[0] \
            if about else ""
        if name and not _GENERIC_ABOUT.match(name):
            return _defined(Fact(name.strip(), heading), text)
    for line in [*headings, *blocks]:
        # "Liferay is an Equal Opportunity Employer": the employer says so of itself.
        match = _EQUAL_OPPORTUNITY.search(line)
        if match and not _GENERIC_ABOUT.match(match.group("name")):
            return Fact(match.group("name"), line)
    for block in blocks[:8]:
        match = _COMPANY_IN_TEXT.search(block.removeprefix("- "))
        # "...with the Steering Group. OpenOwnership is a": a name starts after a sentence's end.
        name = re.split(r"(?<=[a-z]{3}\.)\s+", re.sub(r"^The\s+", "", match.group("name")))[-1] \
            if match else ""
        # "Design is a team sport": a word the text also writes in lower case is no name.
        common = " " not in name and re.search(rf"(?<![\w./@-]){re.escape(name.lower())}(?![\w@/-]|\.\w)",
                                               text)
        if name and not _GENERIC_ABOUT.match(name) and not TITLE_NOUN.search(name) and not common \
                and not _DOCUMENT_PART.search(name) and not _only_a_place(name) and name_like(name):
            return Fact(name, block)
    # "STEM Educator | Careers | We All Code": the site's name, where the text names it too.
    # "Zulip jobs", "Careers at Acme": a site's page of jobs is named for the site.
    site = re.fullmatch(r"(?i:(?:careers?|jobs?|vacancies|openings)\s+(?:at|with)\s+)?(?P<name>.+?)"
                        r"(?i:\s+(?:careers?|jobs?|vacancies|openings))?", page_title.strip())
    if site and site.group("name") != page_title.strip() and not TITLE_NOUN.search(site.group("name")):
        cited = next((b for b in blocks if re.search(rf"\b{re.escape(site.group('name'))}\b", b)), None)
        if cited:
            return Fact(site.group("name"), cited)
    for part in reversed(re.split(r"\s+[|\u2013\u2014\u00b7-]\s+", page_title)[1:]):
        cited = next((b for b in blocks if part in b), None)
        if cited and not _SITE_SECTION.fullmatch(part.strip()) and not TITLE_NOUN.search(part):
            return Fact(part.strip(), cited)
    # "Steering Group" twice, "OpenOwnership" four times: the name the text repeats more.
    organisation, brand = _organisation_named_most(blocks), _brand_named_most(blocks)
    if organisation and brand and _times(brand.value, text) > _times(organisation.value, text):
        return brand
    return organisation or brand


def _times(name: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


_COMPASS = re.compile(r"\b(north|south|east|west|central|northern|southern|eastern|western|"
                      r"north-?western|north-?eastern|south-?western|south-?eastern|"
                      r"northwestern|northeastern|southwestern|southeastern|greater|the)\b", re.I)


def _only_a_place(name: str) -> bool:
    """"Northern Norway is one of the most rapidly warming regions": a place, no employer."""
    places = find_places(name, min_city_population=15000)
    if not places:
        return False
    rest = name
    for place in places:
        rest = re.sub(re.escape(place.name), " ", rest, flags=re.I)
    return not _COMPASS.sub(" ", rest).strip()


# Names that end the way organisations' names do: "Haskell Foundation", "Government Digital
# Service", "Woods Hole Oceanographic Institution", "Heriot-Watt University".
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w&'.+-]*\s+(?:(?:of|for|and|&|the|de|des|für)\s+)?){0,5}(?:Foundation|Service|"
    r"University|Universit\w+|Institute|Institution|Laboratory|Laboratories|Lab|Labs|Inc\.?|Ltd\.?|"
    r"GmbH|Agency|Department|Centre|Center|Society|Association|Council|Office|Company|Corporation|"
    r"Technologies|Group|Trust|Museum|Library|Hospital|School|College|Networks?|Project|"
    r"Organi[sz]ation|Team|Ministry|Authority|Commission|Bank|Partners|Collective|Club|Alliance|"
    r"Consortium|Federation|Initiative)s?\b"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?")


# "Open Observatory of Network Interference (OONI)": a name defined with its acronym.
_DEFINED = re.compile(r"(?P<name>(?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the|&|on|in|at|to|de)\s+)?){1,7})"
                      r"\((?P<acronym>[A-Z][A-Z&]{1,6})[),]")


def _organisation_named_most(blocks: list[str]) -> Fact | None:
    """The organisation-like name the posting repeats most (an acronym counts for its name);
    once is enough in the opening paragraphs."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, str]] = {}
    text = "\n".join(blocks)
    for position, block in enumerate(blocks):
        names = [m.group(0) for m in _ORGANISATION.finditer(block)]
        for match in _DEFINED.finditer(block):
            words = [w for w in match.group("name").split() if w[0].isupper()]
            if "".join(w[0] for w in words).upper() == match.group("acronym"):
                names.append(match.group("name"))
                counts[match.group("name").strip()] = len(re.findall(
                    rf"\b{match.group('acronym')}\b", text)) - 1
        for raw in names:
            # "University of Melbourne's Parkville campus": the name ends at its possessive.
            name = re.sub(r"^(The|Our|At|Join|About)\s+", "", raw.strip().split("'s")[0]).strip()
            if len(name.split()) < 2:
                continue
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, (position, block))
    # A name with an organisation's ending beats one known only by its acronym ("General Data
    # Protection Regulation (GDPR)" is no employer).
    suffixed = {n for n in counts if _ORGANISATION.fullmatch(n)}
    ranked = sorted(counts, key=lambda n: (n not in suffixed, -counts[n], first.get(n, (99,))[0]))
    for name in ranked:
        # "Principal Investigator (PI)" is a person's role; an organisation's name ends in its kind.
        if _DOCUMENT_PART.search(name) or (name not in suffixed and TITLE_NOUN.search(name.split()[-1])):
            continue
        if name in first and (counts[name] >= 2 or first[name][0] < 3):
            return Fact(name, first[name][1])
    return None


# "Band A", "Grade 7", "GS-14": a pay grade, not a name.
_GRADE = re.compile(r"^(band|grade|level|step|scale)\b|^[A-Z]{1,4}-?\d{1,2}$", re.I)
_SITE_SECTION = re.compile(r"(?i)careers?|jobs?|home|join us|work with us|vacanc\w+|openings?|"
                           r"opportunities|job board")
# One-word names written with an inner capital or digit ("PostHog", "rOpenSci", "18F").
_BRAND = re.compile(r"(?<![\w@/.])(?:[A-Za-z]+[A-Z][a-z]\w*|[a-z]+[A-Z]\w*|\d+[A-Za-z]\w*)(?![\w@/.])")
# "3rd", "10h", "40k", "2x": a number with a unit, never a name.
_NUMBER_WITH_UNIT = re.compile(r"^\d+(st|nd|rd|th|h|hrs?|k|m|x|s|am|pm|yrs?|d|w|mo|gb|mb|ms|px)$", re.I)


def _brand_named_most(blocks: list[str]) -> Fact | None:
    """The one-word name the text repeats most, three times at least ("PostHog is used by...")."""
    counts: dict[str, int] = {}
    for block in blocks:
        for match in _BRAND.finditer(re.sub(r"https?://\S+|\S+@\S+", " ", block)):
            name = re.sub(r"'s$", "", match.group(0))
            counts[name] = counts.get(name, 0) + 1
    ranked = [n for n in sorted(counts, key=lambda n: -counts[n])
              if counts[n] >= 3 and not find_technologies(n) and not _NUMBER_WITH_UNIT.match(n)
              and not re.fullmatch(r"[A-Z]{2,}s", n)]  # "APIs", "PhDs": a plural, no name
    if not ranked:
        return None
    # Cited where it is the subject ("PostHog exists to..."), else where it first appears.
    return Fact(ranked[0], next((b for b in blocks if b.startswith(f"{ranked[0]} ")),
                                next(b for b in blocks if ranked[0] in b)))


def _location_guess(header_lines: list[str], blocks: list[str],
                    headings: list[str] = ()) -> Fact | None:
    # The page's first heading or line may be its title, too long for a header line: "Job
    # Opportunities in Wang Lab at Nanyang Technological University (NTU), Singapore".
    titles = [line for line in [*headings[:1], *blocks[:1]]
              if len(line) < 150 and not line.rstrip("* ").endswith((".", "!", "?"))]
    for line in titles:
        tail = line.rsplit(",", 1)[1].strip(" *") if "," in line else ""
        if tail and _only_a_place(tail) and find_places(tail, min_city_population=15000):
            return Fact(tail, line)
    for line in header_lines:
        # "Ensenada Center for Scientific Research" names an employer, not where the job is.
        places = [place for place in find_places(line, min_city_population=15000)
                  if not any(place.name in org.group(0) for org in _ORGANISATION.finditer(line))]
        if places and not TITLE_NOUN.search(line.split(",")[0]) or work_mode(line) and len(line) < 60:
            return Fact(line, line)
        # "Job Opportunities in Wang Lab at Nanyang Technological University (NTU), Singapore":
        # a title or an employer, then where.
        tail = line.rsplit(",", 1)[1].strip(" *") if "," in line else ""
        if places and tail and _only_a_place(tail):
            return Fact(tail, line)
        if _WORLDWIDE.match(line) and len(line) < 60:  # "Global, full-time contract position"
            return Fact(_WORLDWIDE.match(line).group(0), line)
    for block in blocks:
        cues = [m.group(0) for m in _PLACE_CUE.finditer(block)]
        if not cues or not (find_places(block) or WORLD_REGION.search(block)):
            continue
        if job_scope(block).anywhere:
            # "...happy to consider applicants from any country, although ideally your hours
            # overlap with the team based in the UK": the job is anywhere.
            return Fact("Anywhere", block)
        # Where the team or the company sits ("our team members are currently based in
        # Europe") is not where the job is.
        where = next((m for m in _WHERE.finditer(block) if re.match(_JOINING, m.group(0), re.I)
                      or not _OTHERS_BEFORE.search(block[max(0, m.start() - 60):m.start()])), None)
        # A town too small for the city list is a place only behind its cue ("labs at the Woods
        # Hole Oceanographic Institution"), so the cue goes with it when the rest names none.
        if where and (span := _places_span(where.group("where")) or _places_span(where.group(0))):
            return Fact(span, block)
        if any(_WHERE.finditer(block)) and where is None:
            continue
        # "Staff are fully remote, with members in North America" and "onsite accommodation"
        # state how, not where: only a place cue makes the block's places the job's.
        # The place is the cue's, in its sentence: "You'll be working in Sales" says nothing of
        # "the founders Carlo and Anand" in the next one.
        cued = [sentence for sentence in sentences(block)
                if any(work_mode(m.group(0)) is None for m in _PLACE_CUE.finditer(sentence))
                and find_places(sentence)]
        if cued:
            # The places after the cue ("Duty station: UC Davis, Davis, CA"), else the sentence's.
            cue = [m for m in _PLACE_CUE.finditer(cued[0]) if work_mode(m.group(0)) is None][-1]
            after = cued[0][cue.end():]
            text = after if find_places(after) else cued[0]
            near = _places_span(text)
            near = near if near and not re.search(r"[()]", near) else None  # "Germany), Freiburg"
            # Written as an address is: the city, then its region, then its country.
            ranked = sorted(find_places(text), key=lambda p: _ADDRESS_ORDER.index(p.kind))
            return Fact(near or ", ".join(dict.fromkeys(p.name for p in ranked)), block)
        # Elsewhere in the block, a place is one where it follows a preposition ("monitor birds
        # in south-west Australia"); a name in a list of people is not ("Carlo and Anand").
        places = find_places(block)
        if any(work_mode(cue) is None for cue in cues) and any(
                _PREPOSITION_BEFORE.search(block[:m.start()]) for p in places
                for m in re.finditer(re.escape(p.name), block)):
            return Fact(_places_span(block) or ", ".join(dict.fromkeys(p.name for p in places)),
                        block)
    return None


_ADDRESS_ORDER = ("town", "city", "region", "country")
_PREPOSITION_BEFORE = re.compile(r"\b(in|at|near|across|from|of|to|around|throughout)\s+"
                                 r"(the\s+)?([\w-]+\s+){0,2}$", re.I)


_WORLDWIDE = re.compile(r"^(global|worldwide|anywhere( in the world)?|world-?wide)\b", re.I)
# ...unless the candidate is the one based there ("In joining our team, you will be based in").
_OTHERS_BEFORE = re.compile(r"\b(team|teams|staff|members|colleagues|leadership|founders|"
                            r"headquarter\w*|company|organi[sz]ation|we are|we're)\b"
                            r"(?![^.]{0,40}\byou(?:'ll)?\b)[^.]{0,40}$", re.I)


def _places_span(text: str) -> str | None:
    """The text from the first place it names to the last: "Colorado" of "Colorado from
    June-August 2021", "Europe and Africa" of "Europe and Africa, for now"."""
    bounds = [(m.start(), m.end()) for m in WORLD_REGION.finditer(text)]
    for place in find_places(text):
        at = text.find(place.name)
        bounds += [(at, at + len(place.name))] if at >= 0 else []
    if not bounds:
        return None
    start = min(b[0] for b in bounds)
    # A town too small for the gazetteer before its region ("Crested Butte, Colorado"), the
    # rest of a name ("Crested" of "Crested Butte") or a direction ("south-west Australia")
    # belongs to the place.
    before = re.search(r"(?:\b[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2},?\s*|"
                       r"\b(?i:north|south|east|west|central|northern|southern|eastern|western)"
                       r"(?i:[- ](?:east|west))?\s+)$", text[:start])
    start = before.start() if before else start
    span = text[start:max(b[1] for b in bounds)].strip()
    return span if len(span) <= 80 else None


_WHERE = re.compile(r"(?:based (?:in|at)|located (?:in|at)|offices? in|position is in|"
                    rf"work from|work in|job is in|duty station is|{_JOINING})\s+"
                    r"(?P<where>[^.;:()\n]{3,80})", re.I)
