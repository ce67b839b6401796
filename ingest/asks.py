"""What a posting asks of a candidate, found in its own layout: the items under a heading that
asks ("Qualifications", "A bit about you", "We'd especially like to get to know you if"), or the
sentences of running text that state a requirement; without instructions, conditions of the job,
lead-ins and words about the employer."""

from __future__ import annotations

import re
from typing import Literal

from domain.job_words import alternation
from domain.languages import asks_languages, find_languages
from domain.technologies import find_technologies
from domain.text import evidence_units, sentences
from domain.wanted import (
    ASKS_HEADING,
    ASKS_ITEM,
    ASKS_STATEMENT,
    DUTY_ITEM,
    EQUAL_OPPORTUNITY,
    TRAIT,
    is_plus,
)
from ingest.structure import HEADER, Section

Kind = Literal["must", "nice"]

# Headings that name what a candidate must bring, whatever the share of their items that read so.
_STRONG_HEADING = re.compile(r"requir|qualif|must|essential|eligib|desir|about you|you have|you bring|"
                             r"(i|you) need|need to succeed|stand out|necessary|"
                             r"you are|you're|candidate|"
                             r"looking for|competenc|criteria|ideal candidate|who you are|"
                             r"nice|bonus|prefer|plus|asset|"
                             rf"\b(?:{alternation('asks_heading')})\b", re.I)
# Headings about the employer, the duties, the offer or the application, which may still say
# "skills" or "who we" ("Development of professional skills", "Who we are").
_NOT_ASKS_HEADING = re.compile(r"responsibilit|duties|\boffers?\b|benefit|perks|apply|application|"
                               r"how to|contact|salary|compensation|who we are|about (us|the)|"
                               r"what you('ll| will) do|^development\b|training|we provide|"
                               rf"\b(?:{alternation('not_asks_heading')})\b", re.I)
# An item addressed to the candidate about what they have or are ("You have...", "Are fluent...").
_TO_CANDIDATE = re.compile(r"^(you|you're|you've|your|have|are|can|possess|bring|hold)\b(?! will)",
                           re.I)
_REQUIREMENTS_SECTION = re.compile(r"^requirements?$", re.I)
_OF_CANDIDATE = re.compile(r"\b(you|your|candidates?|applicants?|students?|experience|degree|skills?|"
                           r"years?|ability|knowledge|qualifi\w*|proficien\w*|fluen\w*|"
                           rf"{alternation('ask_words')})\b", re.I)
# Lines that speak about the application, the list itself, the employer or the job's
# conditions, not about the candidate: "Provide as much detail as possible on your resume", "We
# don't expect you to have all of these", "Our ability to deliver...", "Occasional travel may be
# required", equal-opportunity statements.
_NOT_AN_ASK = re.compile(
    r"\b(not|don'?t|do not|never) (be )?expect(ed|ing)?\b|\bencourage\w* (you )?to\b|"
    r"\bif you (don'?t|do not|need)\b|\beven if\b|accommodat\w*|"
    r"\b(aren'?t|are not|not) sure\b|\bgrow into\b|^(below|above|here) (are|is)\b|"
    r"^(please|provide|submit|include|send|attach|describe|explain|tell|read|see|visit|click|"
    r"note)\b|\bplease (read|see|visit|check|look)\b|\b(read|learn|find out) more about\b|"
    # "You will design..." is a duty; "You will have a PhD" asks, "you'll have the chance" offers.
    r"^(in this role|you('ll| will))\b(?!\s+(have|hold|possess|need|bring|already)\b"
    r"(?!\s+(the|an?)\s+(opportunit|chance|freedom|access|support)))|"
    r"^(our|we|we're|us)\b(?!( are| would| do)? (expect|looking for|want|need|love|require|"
    r"prefer|ask|seek)\w*\b)|^(this|the) (posting|list|job description|advert)\b|"
    r"^(besides|there (is|are)|the team|your team)\b|"
    # Where the work happens is the location requirement's: "Work in our Berlin office".
    r"^(work|working|be based|be on[- ]site)\b[^.]{0,20}\b(office|on[- ]site|in[- ]person)\b|"
    r"\btravel\b|\b(working )?hours\b|\bschedule\b|\bshifts?\b|\bweekends?\b|"
    r"\brelocat\w*|\bsalary\b|\bpay\b|compensation|"
    # Conditions of employment, met after an offer: "undergo and pass a background
    # investigation", "serve a one-year trial period", "frequently lift 25 lbs".
    r"background (check|investigation|screening)|\blift\w*\b|trial period|probation\w*|"
    r"direct deposit|selective service|financial disclosure|drug (test|screen)\w*|"
    r"discrepanc\w*|suitab\w* for (federal )?employment|identity and work status|"
    # How the post is funded: "The position will be funded through a bursary."
    r"\bfunded (through|by)\b|\bbursary\b|\bstipend\b|"
    # A list's own word that it asks little: "Not too many. This is an internship after all.",
    # "None", "No prior experience required".
    r"^no need (for|to)\b|"
    r"^(none|not (too |that )?many|no (prior |previous |formal |special |specific )?(experience|"
    r"requirements?|qualifications?|degree)( is| are)? (necessary|needed|required))\b|"
    # A note on what may stand in for a requirement, not one itself.
    r"\bmay (count|substitute|be substituted|be considered)\b|\bin lieu of\b|count towards", re.I)
# Words about the application itself, which an item asking for experience may still use.
_ABOUT_APPLYING = re.compile(r"\b(resume|résumé|cv|cover letter|applications?|apply(ing)?|"
                             r"applicants?|disqualif\w*|interviews?)\b", re.I)
_LEAD_IN_END = re.compile(r"(:|\b(that you|who|if you('re| are)?|you( are| have| will)?|"
                          r"following( \w+){0,2}|these|include|includes)\W*)$", re.I)


def not_an_ask(item: str) -> bool:
    """An instruction, a condition of the job, the employer's words or a note, not an ask."""
    return bool(_NOT_AN_ASK.search(item) or EQUAL_OPPORTUNITY.search(item)
                or (_ABOUT_APPLYING.search(item) and not ASKS_ITEM.search(item)))


def asks(sections: list[Section]) -> list[tuple[str, str, Kind]]:
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
        current: Kind | None = kind
        # A list under the heading is what it asks; prose around the list introduces it or is
        # an aside (an equal-opportunity statement, how to apply).
        listed = any(line.startswith("- ") for b in section.blocks for line in b.split("\n"))
        # Prose under "Required skills" asks throughout; under a heading found by its items, only
        # the sentences that ask.
        strong = bool(_STRONG_HEADING.search(section.name))
        for block in section.blocks:
            for item, bullet in units_of(block):
                if item.endswith(":") or not bullet and (_LEAD_IN_END.search(item)
                                                         or len(item.split()) < 3):
                    # "And we prefer, but don't require, that you": the list after it is a plus;
                    # after "ofrecemos:" ("we offer:") it asks nothing.
                    current = None if _OFFERED.search(item) else "nice" if is_plus(item) else kind
                elif current is None:
                    continue
                elif bullet and (lead := section.leads.get(block)):
                    # "**You're organized.** You have strong habits that let you track...": the
                    # bold sentence asks, the rest says what it means.
                    out.append((lead, section.name, _kind(item, current)))
                elif bullet or not listed and (strong or _speaks_of_candidate(item)):
                    out += [(part, section.name, _kind(part, current)) for part in _parts(item)]
    if out:
        return out
    # A sentence of running text asks only when it speaks of the candidate: "SCS can be used by
    # both providers and teams with their own requirements" does not.
    found: list[tuple[str, str, Kind]] = []
    for section in sections:
        current = "must"
        for block in section.blocks:
            for unit in map(_asking_clause, (u for u, _ in units_of(block))):
                if unit.endswith(":"):
                    # "Om du även kan något av nedanstående är det ett stort plus:"
                    current = "nice" if is_plus(unit) else "must"
                elif ASKS_STATEMENT.search(unit) and _OF_CANDIDATE.search(unit) \
                        or asks_languages(unit):
                    found += [(part, section.name, _kind(part, current))
                              for part in _listed_asks(unit) or [unit]]
    return found


# "We will train the right candidate on lab protocols, but the position requires some prior
# experience": the employer speaks first, and the ask is the clause after "but".
_BUT_ASKS = re.compile(r",?\s+but\s+(?=(?:the|this) (?:position|role|job|post)\b|(?:you|candidates?|"
                       r"applicants?)\b)", re.I)


def _asking_clause(unit: str) -> str:
    parts = _BUT_ASKS.split(unit, maxsplit=1)
    if len(parts) < 2:
        return unit
    head, tail = parts
    if ASKS_STATEMENT.search(tail) and _OF_CANDIDATE.search(tail) and not ASKS_STATEMENT.search(head):
        return tail[0].upper() + tail[1:]
    return unit


def _kind(item: str, current: Kind) -> Kind:
    """A plus in its words makes an item nice to have; where it asks languages, the plus may
    belong to one of them only ("Fluent English; German is a plus"), which the requirement
    sorts out. A later sentence that is a plus of its own ("Strong social media skills: Twitter,
    Discord. Familiarity with Crowdin is a plus") leaves the first an ask; one that only says so
    ("Kubernetes experience. A big plus.") makes it all a plus."""
    if not is_plus(item) or asks_languages(item):
        return current
    first, *rest = sentences(item) or [item]
    own_plus = [s for s in rest if is_plus(s) and len(s.split()) > _SAYS_SO_WORDS]
    return current if own_plus and not is_plus(first) else "nice"


_SAYS_SO_WORDS = 4


_OFFERED = re.compile(rf"\b(?:{alternation('offer')})\b", re.I)
_LABEL = re.compile(r"^[\w ,/&()-]{2,40}:\s")


def _parts(item: str) -> list[str]:
    """A bullet that asks several things in several sentences, one ask per sentence ("Experience
    delivering projects. Candidates should demonstrate project leadership."); a sentence that only
    explains the one before it ("You'll be doing this a lot") stays out, and so does every
    sentence of a bullet under a label ("Containerization: Knowledge of... Experience with
    orchestration."), which all speak of the label's one topic; a language asked under a label
    is a topic of its own ("Communication: ... English fluency is a must")."""
    if _LABEL.match(item) and (listed := _listed_asks(item)):
        return listed
    if _LABEL.match(item):
        return [item, *[s for s in sentences(item)[1:] if asks_languages(s)]]
    units = evidence_units(item)
    extra = [s for s in units[1:] if _speaks_of_candidate(s) and not not_an_ask(s)]
    return [units[0], *extra] if extra else [item]


def _listed_asks(item: str) -> list[str]:
    """"Required qualifications: experience in monitoring birds, nest-searching, mist netting
    and a drivers licence": a label that asks, over a list of short asks, is each of them."""
    label, _, rest = item.partition(":")
    if not ASKS_HEADING.search(label) or len(sentences(rest)) > 1:
        return []
    parts = [p.strip(" .;") for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+", rest)]
    parts = [p for p in parts if p]
    if len(parts) < 3 or any(len(p.split()) > 8 for p in parts):
        return []
    return parts


def _speaks_of_candidate(sentence: str) -> bool:
    """A sentence of prose under a heading that asks, which asks something ("You have...",
    "Experience with...", "Fluent English"), not one about the product or the team."""
    return bool(ASKS_ITEM.search(sentence) or ASKS_STATEMENT.search(sentence)
                or _TO_CANDIDATE.search(sentence) or TRAIT.search(sentence)
                or find_languages(sentence))


def _asks_heading(name: str, blocks: list[str]) -> bool:
    """A heading that asks over items that do not list duties; or any heading but the employer's,
    the offer's or the application's, over items most of which ask ("We'd especially like to get
    to know you if" over "You have...")."""
    if _NOT_ASKS_HEADING.search(name):
        return False
    items = [i for b in blocks for i, _ in units_of(b)]
    # A "Requirements" heading over a list of duties ("Collaborate and Integrate: Work closely...").
    if not items or sum(bool(DUTY_ITEM.search(i)) for i in items) >= 0.5 * len(items):
        return False
    named = bool(ASKS_HEADING.search(name) or is_plus(name))
    if named and _STRONG_HEADING.search(name):
        return True
    if named:
        asked = [i for i in items if ASKS_ITEM.search(i) or TRAIT.search(i) or find_technologies(i)]
        return len(asked) >= 0.4 * len(items)
    return sum(bool(_TO_CANDIDATE.search(i)) for i in items) >= 0.6 * len(items)


def units_of(block: str) -> list[tuple[str, bool]]:
    """(item, is a bullet): each bullet whole, a paragraph as its sentences."""
    return [(line.removeprefix("- ").strip(), True) if line.startswith("- ") else (unit, False)
            for line in block.split("\n") if line.strip()
            for unit in ([line] if line.startswith("- ") else evidence_units(line))]
