"""What a posting asks of a candidate, in its own words: headings and items that state requirements,
and whether its words make something a plus rather than a requirement: "preferred", "a
bonus", "nice to have", "would be an asset", "we prefer, but don't require"."""

from __future__ import annotations

import re

from domain.job_words import alternation

PLUS = re.compile(
    r"nice[- ]to[- ]have|\bnice to haves?\b|\bpreferred\b|\bpreferabl[ey]\b|\bwe prefer\b|\bbonus\b|"
    r"\b(a|big|huge) plus\b|\bplus(es)?:|\bdesir(ed|able)\b|\bideally\b|\ban advantage\b|"
    r"\badvantageous\b|\b(an?|be|are|is|as) (an? )?(additional )?assets?\b|\bassets? (include|would)|"
    r"would be (great|good|helpful|nice|useful|welcome|a plus|an asset|beneficial)|"
    r"\bnot (required|necessary|essential|mandatory|a requirement)\b|\b(don'?t|do not|doesn'?t) require|"
    r"\boptional\b|extra (points?|credit)|\bbonus points?\b|\bwelcome but not\b|\buseful\b|\bhelpful\b|"
    r"\bbeneficial\b|\b(highly )?valued\b|\bvaluable\b|\bstand out\b|"
    r"\b(given|gets?|have|has) (priority|preference)\b|\bpreference (will be|is) given\b|"
    r"\b(greatly |much |highly |really )?appreciated\b|"
    rf"\b(?:{alternation('plus')})\b", re.I)  # "Deseable", "meriterande", "von Vorteil"
# A concession before what is asked: "Although prior research experience is not necessary, you
# must have a bachelor's degree" asks for the degree.
_CONCESSION = re.compile(r"\b(although|though|while|whilst)\b[^,.;]*,", re.I)


def is_plus(text: str) -> bool:
    """The words say this is welcome, not required."""
    return bool(PLUS.search(_CONCESSION.sub(" ", text.replace("\u2019", "'"))))


# A heading over what the posting asks of a candidate: "Qualifications", "A bit about you",
# "Essential attributes", "You are an excellent candidate if you're", "Your competencies".
ASKS_HEADING = re.compile(
    r"requir|qualif|what you('ll| will)? (bring|need|have)|we expect|"
    r"what (do|will|would) (i|you) need|need to succeed|what we need|necessary|qualities|"
    r"expect(ed)? (of|from) you|expectations? (of|for|from|regarding)|about you|"
    r"you have|who you are|"
    r"skills|abilities|experience|looking for|profile|criteria|must|competenc|ideal candidate|essential|"
    r"attribut|"
    r"eligib|"
    r"evaluat|assess|"
    r"you are|you're|we('d| would) love|your background|who we|"
    rf"\b(?:{alternation('asks_heading')})\b", re.I)  # "Requisitos", "Wij vragen", "Krav"

# What an item asking something of a candidate looks like, whatever its heading says.
ASKS_ITEM = re.compile(
    r"\b(experience|proficien\w*|knowledge|familiar\w*|degree|years?|"
    r"ability to|skills?|expertise|understanding of|background in|qualifi\w*|"
    r"certif\w*|fluen\w*|you have|strong|demonstrated|proven|must|"
    r"comfortable|able to)\b", re.I)

# A sentence of running text stating a requirement, for a post without headings: "The successful
# candidate will have a MSc...".
ASKS_STATEMENT = re.compile(
    r"\b(must (have|be|hold|possess)|requires?|required|requirements?|"
    r"qualifications?|you (should|must|will) (have|be)|you (bring|possess)|"
    r"(candidate|applicant|student|person)s? (should|must|will|will need to|needs? to) "
    r"(have|be|possess|hold|meet|demonstrate)|^knowledge (of|about)|knowledgeable|prior experience|"
    r"\d+\+? years|degree in|ability to|skills in|proficien\w*|"
    rf"{alternation('ask_words')})\b", re.I)  # "Erfarenhet av Google Analytics"


# Verbs a duty starts with. Each matches its forms ("create", "creating", "creates").
_DUTY_VERBS = (
    "design develop build lead manage work collaborate support write maintain own create implement "
    "ensure drive partner provide help coordinate conduct prepare review participate monitor analyse "
    "analyze deliver plan organise organize assist contribute communicate identify mentor train teach "
    "improve establish embrace optimise optimize deploy integrate research test document track "
    "process produce engage facilitate represent run operate respond serve handle perform carry take "
    "set make oversee supervise advise promote grow shape define evaluate report collect curate "
    "administer recruit host liaise translate edit refine find"
).split()
# An item stating a duty: "Collaborate and Integrate: Work closely...", "You will design...".
# The verb's own forms only: "Communication:" and "Creative direction:" are no duties.
DUTY_ITEM = re.compile(r"^(?:[\w ,/&-]{2,40}:\s*)?(you('ll| will)\s+)?(" + "|".join(
    verb.removesuffix("e") for verb in _DUTY_VERBS) + r")(e|es|s|ed|d|ing|[nptg]ing)?\b", re.I)


# What a person is rather than what they have done: a resume cannot settle it, so it is never
# scored ("Self-directed, motivated", "willingness to learn", "an interest in molecular biology").
TRAIT = re.compile(
    r"\b(motivat\w*|self[- ](starter|driven|directed|motivated)|passion\w*|enthusias\w*|curio\w*|"
    r"willing\w*|eager\w*|interest(ed)? in|comfortable|attitude|personality|team player|"
    r"humble|friendly|positive|detail[- ]oriented|independen\w*|flexib\w*|adaptab\w*|empath\w*|"
    r"integrity|open[- ]minded|commitment to|comfort with|desire to|lov(e|es|ing)|values|excited|"
    r"sense of humou?r|\b(high|strong|great|keen) sense\b|\bsense of (responsibility|ownership|"
    r"urgency|duty)\b|honest\w*|reliab\w*|trustworth\w*|team[- ]?work\w*|resilien\w*|"
    # Working habits every resume claims and none shows: "superior organizational skills",
    # "able to prioritize multiple tasks", "software savvy".
    r"organi[sz]ation(al)? skills|\b(well|highly|very|extremely|super)[- ]organi[sz]ed\b|"
    r"\b(are|'re|be|being) (well[- ])?organi[sz]ed\b|self[- ]organi[sz]\w*|time[- ]management|"
    r"prioriti[sz]\w*|multi-?task\w*|responsive|"
    r"identif\w* with|want to|deadlines|work ethic|people skills|interpersonal|problem[- ]solv\w*|"
    r"critical think\w*|attention to detail|fast[- ]paced|dynamic environment|ambiguity|savvy|"
    r"mindset|mentality|creativity|creative (thinking|thinker|mind\w*|approach)|spirit|affinity|"
    r"enjoy\w*|energetic|energi[sz]ed|high[- ]energy|"
    r"drive|ambitio\w*|"
    r"navigat\w*|ability to learn|"
    r"quick(ly)? learn\w*|follow\w* [\w, ]{0,25}instructions|interact\w* with (people|others)|"
    r"people (of|from) (varying|diverse|different|all) backgrounds)\b", re.I)


# Equal-opportunity boilerplate: about fair treatment, never about the job or the candidate.
EQUAL_OPPORTUNITY = re.compile(
    r"equal (employment )?opportunit|regardless of (their )?(race|age|sex|gender|"
    r"religion)|without regard to|\bdiscriminat|all aspects of (one's |their )?"
    r"employment|"
    r"protected (class|characteristic|veteran)|affirmative action", re.I)
