"""A candidate profile from resume text: kept in memory for the session, never stored or logged."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.fit.dates import Span, covered_years, find_spans
from app.fit.places import AUTHORISED, NOT_AUTHORISED
from app.untrusted import without_instructions
from domain.job_words import alternation
from domain.languages import find_languages
from domain.places import find_places
from domain.scope import countries_of
from domain.technologies import find_technologies
from ingest.clean import clean_text
from ingest.errors import InputError
from ingest.load import fetch, load_bytes
from ingest.resume_formats import RESUME_READERS
from ingest.skills import find_skills
from ingest.structure import heading_text, strip_markup

MAX_RESUME_BYTES = 2_000_000
MAX_RESUME_CHARS = 60_000

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\S+\.(?:com|org|net|io|dev|me|example)\S*|https?://\S+", re.I)
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_LOCATION_LINE = re.compile(r"^(?:location|based in|address|city)\s*[:\-–]\s*(.+)$", re.I)
# "Guelph, ON", "Lyon (Rhône), France"; never a line with dates ("..., University of Otago Mar
# 2024 - present").
_PLACE = re.compile(r"^(?!.*\d)[A-Z][\w .'()-]+,\s*[A-Z][\w .'()-]+(?:,\s*[A-Z][\w .'()-]+)?$")
# Headings in other languages ("Experiência", "Formação", "Werkervaring") come from
# domain/data/job_words.json.
_EXPERIENCE_SECTION = re.compile(r"experience|employment|work history|career|positions|"
                                 rf"\b(?:{alternation('resume_work_section')})\b", re.I)
_SECTION_NAME = re.compile(
    r"^((professional |work |relevant |employment )?(summary|profile|experience|employment|"
    r"work history|education|skills|technical skills|projects|certifications?|publications|"
    r"languages|interests|awards|volunteering|objective)( history)?|"
    rf"{alternation('resume_work_section')}|{alternation('resume_other_section')}|"
    rf"{alternation('resume_section')}):?$", re.I)
_NOT_WORK_SECTION = re.compile(r"education|certification|volunteer|awards|publications|"
                               rf"\b(?:{alternation('resume_other_section')})\b", re.I)
# Work that is no paid job: volunteering, unpaid work, and study held as a post.
_UNPAID = re.compile(r"\bvolunteer(ed|ing)?\b(?! (teams?|programs?|programmes?|network))|\bunpaid\b|"
                        rf"\b(?:{alternation('unpaid')})\b|"
                        # Study held as a post: "Undergraduate research (CNPq scholarship)", "PhD
                        # student", "Student assistant"; not "Student Services Coordinator".
                        r"\b(undergraduate|graduate|phd|ph\.d\.|doctoral|master'?s) (student|candidate|"
                        r"researcher|research)\b|\bstudent (assistant|researcher|worker|intern)\b|"
                        r"\bundergraduate research\b|\bscholarship\b|iniciação científica|\bbolsista\b",
                        re.I)
_STATED_YEARS = re.compile(r"(\d{1,2})\+?\s*years?\s+of\s+([\w ,/+#-]{0,40}?)experience"
                           r"(?:\s+(?:in|with)\s+([\w/+#. -]{1,30}))?", re.I)
_GENERIC_SUBJECT = re.compile(r"^(industry|professional|software|engineering|work|total|"
                              r"relevant|backend|hands-on)?\s*$", re.I)


@dataclass(frozen=True)
class Line:
    text: str
    section: str


@dataclass
class CandidateProfile:
    name: str
    email: str | None
    phone: str | None
    location: str | None
    lines: list[Line]
    spans: list[Span]
    years: float | None
    years_source: str  # "dates" | "stated" | "none"
    skills: dict[str, list[Line]] = field(default_factory=dict)
    # Technology names from the shared vocabulary (domain/data/technologies.txt) -> their lines.
    technologies: dict[str, list[Line]] = field(default_factory=dict)
    authorisation: list[Line] = field(default_factory=list)
    not_authorised: list[Line] = field(default_factory=list)
    today: date = field(default_factory=date.today)  # the day "Present" stands for

    def quotes(self, skill: str, limit: int = 2) -> list[str]:
        return [line.text for line in self.skills.get(skill, [])[:limit]]


class ResumeText(str):
    """A resume's visible text; `hidden` notes what was left out because a reader cannot see it
    (white or hidden text, comments), so the fit report can tell the candidate."""

    hidden: tuple[str, ...] = ()

    def __new__(cls, text: str, hidden: tuple[str, ...] = ()):
        made = super().__new__(cls, text)
        made.hidden = tuple(hidden)
        return made


def load_resume(path: str | Path) -> ResumeText:
    """A resume file's text: the posting formats, plus JSON Resume and LaTeX source."""
    fetched = fetch(path, max_bytes=MAX_RESUME_BYTES)
    loaded = load_bytes(fetched.data, name=fetched.name, source=fetched.source,
                        readers=RESUME_READERS)
    return ResumeText(loaded.text, loaded.hidden)


def resume_from_upload(data: bytes, name: str) -> ResumeText:
    if len(data) > MAX_RESUME_BYTES:
        raise InputError(f"{name}: over the {MAX_RESUME_BYTES:,}-byte resume limit")
    loaded = load_bytes(data, name=name, source="upload", readers=RESUME_READERS)
    return ResumeText(loaded.text, loaded.hidden)


def hidden_summary(hidden: tuple[str, ...] | list[str]) -> str:
    """One sentence on what was left out, for the report and the page."""
    if not hidden:
        return ""
    kinds = ", ".join(dict.fromkeys(n.split(":")[0] for n in hidden))
    count = len(hidden)
    return (f"I left out {count} piece{'s' * (count > 1)} of text a reader cannot see ({kinds}); "
            "screening software may flag them, so remove them from the file.")


def build_profile(text: str, today: date | None = None) -> CandidateProfile:
    """Every fact keeps the resume line it came from, so the report can quote it."""
    today = today or date.today()
    text = clean_text(_one_column(text))
    if not text:
        raise InputError("the resume is empty")
    if len(text) > MAX_RESUME_CHARS:
        raise InputError(f"the resume is over {MAX_RESUME_CHARS:,} characters; is it a resume?")
    lines = _lines(text)
    work_lines = [ln for ln in lines if _EXPERIENCE_SECTION.search(ln.section)
                  and not _NOT_WORK_SECTION.search(ln.section)]
    if not work_lines:
        work_lines = [ln for ln in lines if not _NOT_WORK_SECTION.search(ln.section)]
    spans = find_spans("\n".join(_paid(work_lines, today)), today)
    years, source = (covered_years(spans), "dates") if spans else _stated_years(lines)
    skills: dict[str, list[Line]] = {}
    technologies: dict[str, list[Line]] = {}
    for line in lines:
        for skill in find_skills(line.text):
            skills.setdefault(skill, []).append(line)
        for name in find_technologies(line.text) + find_languages(line.text):
            technologies.setdefault(name, []).append(line)
    name = _name(lines)
    return CandidateProfile(
        name=name, email=_first(_EMAIL, text), phone=_first(_PHONE, text),
        location=_location(lines, name), lines=lines, spans=spans, years=years, years_source=source,
        skills=skills, technologies=technologies,
        authorisation=[ln for ln in lines if AUTHORISED.search(ln.text)],
        not_authorised=[ln for ln in lines if NOT_AUTHORISED.search(ln.text)], today=today,
    )


_COLUMN_SHARE = 0.5  # of the lines, to call a bar at one place a column rule
_COLUMN_SLACK = 3
_COLUMN_BAR = re.compile(r"\s[|+](?=\s|$)")


def _one_column(text: str) -> str:
    """A resume laid out in two text columns with a bar between them ("Kathmandu, Nepal   |
    Digital Marketing Associate"), read as a person reads it: the left column, then the right.
    Read across, a line mixes the education column's years with the experience column's."""
    lines = text.split("\n")
    bars = Counter(m.start() for ln in lines for m in _COLUMN_BAR.finditer(ln))
    if not bars:
        return text
    at, count = bars.most_common(1)[0]
    filled = [ln for ln in lines if ln.strip()]
    if count < _COLUMN_SHARE * len(filled) or at < 10:
        return text
    left, right, before = [], [], []
    for ln in lines:
        # The bar where the column rule runs, give or take a misaligned character or two.
        bar = next((m.start() for m in _COLUMN_BAR.finditer(ln)
                    if abs(m.start() - at) <= _COLUMN_SLACK), None)
        if bar is not None:
            left.append(ln[:bar + 1].rstrip())
            right.append(ln[bar + 2:].strip())
        elif not left:
            before.append(ln)  # a title above the columns
        else:
            left.append(ln)
    return "\n".join(before + left + [""] + right)


def _paid(work_lines: list[Line], today: date) -> list[str]:
    """The work lines without unpaid entries ("Volunteer Organiser, Civic Hack Nights", "PhD
    student" and the dates on it or on one of the two lines below, past the employer's line),
    which count as experience but not as years of work."""
    out, undated_left = [], 0  # lines an unpaid title's dates may still come on
    for line in work_lines:
        dated = bool(find_spans(line.text, today))
        if _UNPAID.search(line.text) and (dated or len(re.findall(r"\w+", line.text)) <= _TITLE_WORDS):
            undated_left = 0 if dated else _DATES_WITHIN
            continue
        if not (dated and undated_left):
            out.append(line.text)
        undated_left = 0 if dated else max(0, undated_left - 1)
    return out


_DATES_WITHIN = 2
_TITLE_WORDS = 8  # "Coordinated 12 volunteer translators during a sprint" is work, not a title


def _lines(text: str) -> list[Line]:
    """Resume lines with their section; text addressed to an AI is dropped, never obeyed."""
    out: list[Line] = []
    section = "Header"
    for raw in text.split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        if find_spans(raw, date.today()):
            heading = None  # "### Staff Engineer, Acme — 2016 – Present" is a job, not a section
        elif _SECTION_NAME.match(strip_markup(raw)):
            heading = strip_markup(raw).rstrip(":")  # a PDF keeps "Experience" but not its style
        else:
            heading = heading_text(raw)
        if heading is not None and re.search(r"language", section, re.I) and find_languages(heading):
            heading = None  # "**German**" under "**Languages**": a language held, in bold
        if heading is not None and out:
            section = heading
            continue
        bulleted = bool(re.match(r"^(?:[*\-\u2022]|#+)\s", raw))
        clean = without_instructions(re.sub(r"^(?:[*\-\u2022]|#+)\s*", "", strip_markup(raw)))
        if (clean and not bulleted and clean[0].islower() and out and out[-1].section == section
                and section != "Header" and not _EMAIL.match(clean) and not _URL.match(clean)):
            # A wrapped line continues the sentence above it; quotes should be whole sentences.
            out[-1] = Line(f"{out[-1].text} {clean}", section)
        elif clean:
            out.append(Line(clean, section))
    return out


# "Bram de Vries", "Ana dos Santos": the lower-case words a surname may hold.
_PARTICLES = frozenset("de van der den da di do dos das du von la le del della bin al".split())


def _name(lines: list[Line]) -> str:
    """The first of the top lines that reads as a name (a page header may come before it)."""
    for line in lines[:3]:
        first = _contact_parts(line.text)[0]  # "Jane Doe | City | email"
        words = first.split()
        if 2 <= len(words) <= 5 and all(w[0].isupper() or w in _PARTICLES for w in words) \
                and words[0][0].isupper() and "@" not in first \
                and not re.search(r"\d", first):
            return " ".join(w.capitalize() if w.isupper() else w for w in words)
    return ""


def _location(lines: list[Line], name: str = "") -> str | None:
    for line in lines[:12]:
        text = line.text
        labelled = _LOCATION_LINE.match(line.text)
        if labelled:
            return labelled.group(1).strip()
        for part in _contact_parts(text):
            # "City, Region" shape and a place we know: "Grace Okafor, RN" is a name.
            if _PLACE.match(part) and not _EMAIL.search(part) and countries_of(part):
                return part
    # A contact line that names its place some other way ("Osaka, Japan ✆ +81 ..." or "... johndoe
    # Germany"): the places themselves, from the lines above the first section of the resume
    # (the name may be a heading of its own).
    for line in lines[:6]:
        if _SECTION_NAME.match(line.section) or find_spans(line.text, date.today()):
            break
        rest = _URL.sub(" ", _PHONE.sub(" ", _EMAIL.sub(" ", line.text)))
        if name:
            rest = rest.replace(name, " ")  # "Jordan Patel" names a person, not a country
        places = [p.name for p in find_places(rest)]
        if places:
            return ", ".join(dict.fromkeys(places))
    return None


def _contact_parts(text: str) -> list[str]:
    """A contact line's parts, split at separators ("Leipzig, Germany - name@example.de") and
    without the icons before them ("📍 Bogotá, Colombia")."""
    # "Kyoto, JP |": a two-column layout leaves the column's bar at the end.
    return [_POSTCODE.sub("", re.sub(r"^[^\w(]+|[\s|•·]+$", "", p)).strip()
            for p in re.split(r"\s+(?:[|•·—–-]|/{1,2})\s+|\s{3,}", text)]


# A postal code after the place ("Arcata, CA 95521", "Halifax, NS B3H 4R2", "London SW1A 1AA");
# digits only after a region's code, since a year ends many lines ("University of Victoria 2023").
_POSTCODE = re.compile(r"(?<=\b[A-Z]{2})\s+\d{5}(-\d{4})?$|\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d|"
                       r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")


def _stated_years(lines: list[Line]) -> tuple[float | None, str]:
    """Without dates, 'N years of professional experience' counts; 'N years of Python' does not."""
    best = None
    for line in lines:
        for match in _STATED_YEARS.finditer(line.text):
            subject = (match.group(2) or "").strip()
            if match.group(3) is None and _GENERIC_SUBJECT.match(subject):
                best = max(best or 0, int(match.group(1)))
    return (float(best), "stated") if best is not None else (None, "none")


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0).strip() if match else None
