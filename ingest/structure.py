"""Split a cleaned posting into a header (title, company, location) and named sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.job_words import alternation
from ingest.clean import paragraph_key
from ingest.facts import HeaderFacts, extract_facts, front_matter_lines, label_kind
from ingest.roles import assign_roles

HEADER = "Header"

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")
_BOLD_LINE = re.compile(r"^\*\*([^*]{2,80})\*\*:?$")
_PLAIN_HEADING = re.compile(r"^([A-Z][A-Za-z0-9 &/,'()-]{1,60}):$")
_CAPS_HEADING = re.compile(r"^[A-Z][A-Z0-9 &/,'-]{2,60}$")
_HASHTAG = re.compile(r"^#[A-Za-z][\w-]*$")
_BUTTON = re.compile(r"^(apply( now| here| today| online)?|apply for this (role|job|position)|learn more|"
                     r"read more|share( this (job|role|posting))?|back to (all )?(jobs|openings|careers))"
                     r"[.!]?$", re.I)
_BULLET = re.compile(r"^(?:[*\-\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+(.*)$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FIELD = re.compile(r"^(title|job title|position|role|company|employer|location)\s*:\s*(.+)$", re.I)


@dataclass
class Section:
    name: str
    blocks: list[str] = field(default_factory=list)  # paragraphs and whole bullet items
    level: int = 0  # 1-6 for Markdown headings (#...######), 7 for other kinds, 0 for the header
    role: str = ""  # on a page listing several jobs, the job this section is about
    # A bullet that opens with a sentence in bold ("**You're organized.** You have strong
    # habits..."), by its text: the bold sentence, which the rest of the bullet explains.
    leads: dict[str, str] = field(default_factory=dict)


@dataclass
class PostingStructure:
    title: str
    company: str
    location: str
    sections: list[Section]
    facts: HeaderFacts = field(default_factory=HeaderFacts)


def strip_markup(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


def heading_level(line: str) -> int:
    match = _MD_HEADING.match(line)
    return len(match.group(1)) if match else 7


def heading_text(line: str) -> str | None:
    """The heading a line stands for (Markdown, bold, "Skills:", ALL CAPS), or None."""
    for pattern in (_MD_HEADING, _BOLD_LINE, _PLAIN_HEADING):
        match = pattern.match(line)
        if match:
            # "2. Research Assistant": the number orders the headings; the name is the rest.
            return re.sub(r"^\d{1,2}[.)]\s+", "", strip_markup(match.groups()[-1])).rstrip(":").strip()
    if _CAPS_HEADING.match(line) and len(line.split()) <= 6:
        return line.title()
    return None


_ADDRESS = re.compile(r"https?://|www\.|\S@\S")
# Short lines before the first section: a title, a company, a place, a grade, a contract type
# (a vacancy form lists them one per line).
_HEADER_LINES = 6
_STATEMENT_WORDS = 6


def parse_posting(text: str, metadata: dict | None = None) -> PostingStructure:
    """Headings start sections; bullets stay whole; a repeated paragraph is kept once.
    `metadata` is the file's front matter, if it has any."""
    sections: list[Section] = [Section(HEADER)]
    header_lines: list[str] = []
    seen: set[str] = set()
    leads: dict[str, str] = {}
    for raw in text.split("\n\n"):
        for block in _blocks(raw, leads):
            if _HASHTAG.match(block) or _BUTTON.match(strip_markup(block)):
                continue  # job-board tags (#LI-Remote) and buttons ("Apply for this role") say nothing
            heading = heading_text(block)
            if heading is None and block == raw.strip() and _bare_heading(block):
                heading = block  # "What we are looking for" alone on its line, in plain text
            in_header = len(sections) == 1 and not sections[0].blocks
            if heading is not None:
                # A heading that asks ("What will my first year look like?") says nothing.
                says = bool(_ADDRESS.search(heading)) or (len(heading.split()) >= _STATEMENT_WORDS
                                                          and not heading.endswith("?")
                                                          and not _QUESTION_WORD.match(heading))
                if in_header and not _is_section_name(heading, len(header_lines)):
                    header_lines.append(heading)
                elif (says or _lead_in(block)) and len(sections) > 1 and not sections[-1].blocks:
                    # "Your responsibilities" then "As the engineer, you will be:", "Requisitos"
                    # then "O candidato deve possuir:": the lead-in opens the section its heading
                    # names.
                    sections[-1].blocks.append(heading)
                else:
                    sections.append(Section(heading, level=heading_level(block)))
                    seen = set()  # a careers page repeats its bullets under each role
                    # "APPLY HERE: https://..." and "APPLICATIONS ARE WELCOME FROM PART TIMERS
                    # AND JOB SHARERS" say something: a heading that does is also text.
                    if says:
                        sections[-1].blocks.append(heading)
                continue
            field_match = _FIELD.match(strip_markup(block))
            if field_match and len(sections) == 1:
                header_lines.append(strip_markup(block))
                continue
            if in_header and len(header_lines) < _HEADER_LINES and len(block) < 80 \
                    and block[-1] not in ".!?" and not block.startswith("- "):
                header_lines.append(strip_markup(block))  # plain-text title / company lines
                continue
            key = paragraph_key(block)
            if not key or key in seen:
                continue
            seen.add(key)
            sections[-1].blocks.append(block)
            if block in leads:
                sections[-1].leads[block] = leads[block]
    blocks = [b for s in sections for b in s.blocks]
    facts = extract_facts(metadata or {}, header_lines, blocks, [s.name for s in sections[1:]],
                          [(s.name, s.blocks[0]) for s in sections[1:] if s.blocks])
    facts.roles = assign_roles(sections)
    title, company, location = (f.value if f else "" for f in
                                (facts.title, facts.company, facts.location))
    # The front matter, which the reader never sees as text, as labelled lines; the roles of a
    # careers page; then the header's own lines as written, so a fact read from one is cited in
    # the posting's words.
    header = Section(HEADER, front_matter_lines(metadata or {}))
    if facts.roles:
        header.blocks.append(f"Open roles: {'; '.join(facts.roles)}")
    header.blocks.extend(line for line in dict.fromkeys(header_lines) if line not in header.blocks)
    header.blocks.extend(sections[0].blocks)
    body = [s for s in sections[1:] if s.blocks]
    return PostingStructure(title, company, location, [header, *body] if header.blocks else body,
                            facts)


def _lead_in(block: str) -> bool:
    """A line of words ending in a colon ("You should:"), not a label in capitals ("CLOSING
    DATE:") nor a Markdown or bold heading."""
    return bool(_PLAIN_HEADING.match(block)) and not block.isupper()


_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_LONE_NUMBER = re.compile(r"^\d{1,2}[.)]$")
_LABEL_LINE = re.compile(r"^[A-Z][\w ]{1,25}:\s")


# "**You're organized.** You have strong habits...": a whole sentence in bold, then more.
_BOLD_LEAD = re.compile(r"^\*\*([^*]{3,120}?[.!?]?)\*\*([.!?]?)\s+(?=[A-Z])")


def _blocks(raw: str, leads: dict[str, str]) -> list[str]:
    """A paragraph of lines becomes one block, except bullets and headings, one block each.
    A bullet's bold opening sentence is noted in `leads`."""
    blocks: list[str] = []
    lead_at: dict[int, str] = {}  # by the bullet's place: its wrapped lines still join it
    current: list[str] = []
    last_width = 0  # of the previous line as written, links and markup included
    numbered = False  # the line before was an item's number alone ("1." above its text, in a PDF)
    for line in raw.split("\n"):
        line = _QUOTE_MARK.sub("", line).strip()  # a quoted passage reads as the passage
        if not line:
            continue
        if _LONE_NUMBER.match(line):
            numbered = True
            continue
        if numbered:
            line, numbered = f"- {line}", False
        bullet = _BULLET.match(line)
        if bullet or heading_text(line) is not None or _HASHTAG.match(line):
            if current:
                blocks.append(" ".join(current))
                current = []
            blocks.append(f"- {strip_markup(bullet.group(1))}" if bullet else line)
            lead = _BOLD_LEAD.match(bullet.group(1)) if bullet else None
            if lead and (lead.group(2) or lead.group(1)[-1] in ".!?"):
                lead_at[len(blocks) - 1] = strip_markup(lead.group(1)).rstrip(".!?")
        elif blocks and blocks[-1].startswith("- ") and not current and (
                last_width >= 60 or line[0].islower()):
            # A wrapped bullet line continues the bullet; after a short one ("- LLB preferred"),
            # a capitalised line starts anew ("Location: Cape Town").
            blocks[-1] += " " + strip_markup(line)
        else:
            labelled = len(current) == 1 and _LABEL_LINE.match(current[0]) and current[0][-1] not in ".!?"
            if current and (last_width < 60 or current[-1].endswith(":") or labelled) \
                    and not line[0].islower():
                # Wrapped prose has long lines; a short line ends its own block (a title, a name),
                # unless the next line carries on its sentence ("... in Europe / and Africa");
                # a line ending in a colon opens a list, whatever its length, and a labelled
                # line ("Salary: Circa 80,000, depending on experience") is a block of its own.
                blocks.append(" ".join(current))
                current = []
            current.append(strip_markup(line))
        last_width = len(line)
    if current:
        blocks.append(" ".join(current))
    leads.update((blocks[i], lead) for i, lead in lead_at.items())
    return blocks


_SECTION_WORDS = re.compile(
    r"^(description|about|overview|summary|requirements?|responsibilities|qualifications|"
    r"must have|nice to have|benefits|what you|who you|the role|job description|skills|"
    r"compensation|salary|how to apply|perks|education|experience)",
    re.I,
)


# "What you will be working on": a heading worded as a question, however long, names a part.
_QUESTION_WORD = re.compile(r"^(what|who|where|when|why|how)\b", re.I)
_BARE_HEADING_WORDS = 8


def _bare_heading(line: str) -> bool:
    """A short line, alone in its paragraph, with no end stop, that names a part of a posting
    ("What we are looking for", "Requirements"): a heading in a plain-text file."""
    return len(line.split()) <= _BARE_HEADING_WORDS and line[0].isupper() \
        and bool(_BARE_HEADING.fullmatch(line) or _ASKS_ELSEWHERE.fullmatch(line))


# Whole lines only: "Experience with The Carpentries" alone on its line is an ask, not a heading.
_BARE_HEADING = re.compile(
    r"(what (we|you)('re| are| will| would|'ll)? [a-z ]{2,30}|who (we|you) are|about (you|us|"
    r"the (role|team|job|position))|(key |main )?(requirements|qualifications|responsibilities|"
    r"duties|benefits|perks)( and [a-z]+)?|how to apply|skills and experience)", re.I)


def _is_section_name(heading: str, header_count: int) -> bool:
    """"Responsibilities", or a label whose value is the section ("Employer", "Location")."""
    return header_count >= 3 or bool(_SECTION_WORDS.match(heading) or _ASKS_ELSEWHERE.match(heading)) \
        or label_kind(heading) is not None


# "Criterios de selección", "Wij vragen", "Anforderungen": what a job asks, in other languages.
_ASKS_ELSEWHERE = re.compile(rf"(?:{alternation('asks_heading')})\b", re.I)
