"""The kind of passage a kind of question wants: "who do I contact" a name or an address, "how
many years" a count of years, "what grade" a code, "which languages" languages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.topics import COUNT, states_openings
from domain.languages import find_languages
from domain.pay import find_pay
from domain.technologies import find_technologies
from domain.text import GENERIC_WORDS, STOPWORDS, content_terms, stem


@dataclass(frozen=True)
class AnswerType:
    asks: re.Pattern[str]
    gives: re.Pattern[str] | Callable[[str, str], bool]  # a pattern, or (unit, question) -> fits
    datum: bool = True  # one fact, given in the posting's words; False: names a sentence may list
    decisive: bool = False  # a passage of the kind answers, however loosely it scores (an address)
    # Only a passage of the kind answers: "how many hours a week?" against "Technical Writer
    # (part-time)" gets "the posting does not say", not the nearest line.
    required: bool = False

    def fits(self, unit: str, question: str) -> bool:
        return bool(self.gives(unit, question) if callable(self.gives) else self.gives.search(unit))


_OPENING_WORDS = frozenset(stem(w) for w in ("people", "persons", "positions", "roles", "places",
                                                "openings", "vacancies", "hires", "spots"))


_PEOPLE = frozenset(stem(w) for w in ("people", "persons", "employees", "staff", "members",
                                       "colleagues", "researchers", "scientists", "engineers",
                                       "workers", "volunteers", "students"))


def _counts(unit: str, question: str) -> bool:
    """The unit gives a number of the thing counted: "how many paid holidays" and "10 paid
    holidays per year", "how many years" and "3-5 yrs"."""
    counted = re.search(r"how many ((?:\w+ ){0,2}\w+)", question, re.I)
    wanted = {stem(w) for w in counted.group(1).split()} - STOPWORDS if counted else set()
    if wanted & _OPENING_WORDS and states_openings(unit):
        return True  # "how many people": "multiple part-time Editorial Contributors"
    unit = re.sub(r"\b(\d+)\s?(h|hrs?)\b", r"\1 hours", unit)  # "10h to 30h per week"
    for number in re.finditer(rf"(?<![\w.])(\d[\d,.]*|{COUNT})(?![\w.])", unit, re.I):
        near = re.findall(r"[A-Za-z]+", unit[number.end():])[:4] + \
            re.findall(r"[A-Za-z]+", unit[:number.start()])[-3:]
        near_stems = {stem(w) for w in near}
        # "How many ppl in the department?": "about 135 employees" counts people.
        if not wanted or wanted & near_stems or wanted & _PEOPLE and near_stems & _PEOPLE:
            return True
    return False


def counts_what_was_asked(unit: str, question: str) -> bool:
    """A number right before the thing a "how many" question counts: "two positions" for "how many
    positions", "up to ten places available" for "how many places"."""
    counted = re.search(r"how many ((?:\w+ ){0,2}\w+)", question, re.I)
    wanted = {stem(w) for w in counted.group(1).split()} - STOPWORDS if counted else set()
    return bool(wanted) and any(
        {stem(w) for w in m.group(2, 3) if w} & wanted
        for m in re.finditer(rf"(?<![\w.])(\d[\d,.]*|{COUNT})\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?", unit,
                             re.I))


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONEY = (r"\b(pay|pays|paid|salary|salaries|wage|wages|stipend|bursary|scholarship|allowance|"
          r"earn|compensation|remuneration|grant)\b")
_PER_PERIOD = (r"\b(per (hour|day|week|month|year|annum)|an? (hour|day|week|month|year)\b|"
               r"hourly|monthly|yearly)")


# What kind of passage answers a kind of question: "who do I contact" wants a name or an address,
# "how long" a duration. A passage of the wanted kind gets ANSWER_TYPE_BONUS.
ANSWER_TYPES: tuple[AnswerType, ...] = (
    # "What email?": an address, not a line about e-mail ("Email subject format: ...").
    AnswerType(re.compile(r"\b(what|which)( \w+)? e-?mail\b|e-?mail address|address to (send|"
                          r"write|email)", re.I),
               re.compile(r"\S@\S|\[at\]|\bat \w+ dot \w+|\(at\)", re.I), decisive=True),
    AnswerType(
        re.compile(r"\bwho\b.*\b(contact|email|ask|send|reach|supervis|manag|report|call|phone|ring|"
                   r"speak|talk)|contact|\bemail\b|reach out|get in touch|phone number|"
                   r"questions?\b.*\b(to|who)", re.I),
        re.compile(r"@|\[at\]|\bcontact\b|\bemail\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b|\bdr\.? [A-Z]|"
                   r"\+?\d[\d ()-]{7,}\d", re.I)),
    # "We encourage all to apply" mentions applying; an answer says what to send, or where.
    AnswerType(
        re.compile(r"how (do|can|should) i apply|where (do|can|should) i (apply|send)|how to apply|"
                   r"what (do|should) i (need to )?(send|submit|include)|application (process|"
                   r"materials)|(send|submit) (my|an?|the) application", re.I),
        re.compile(r"@|\[at\]|https?://|www\.|\b(send|submit|e-?mail|upload|mail|provide|include|"
                   r"attach)\b|\b(cv|resume|cover letter|portal|form|references?|transcripts?)\b|"
                   r"apply (online|here|at|through|via|by)", re.I)),
    # "How many years": a number of years ("at least 7 years"), not "many years of experience".
    AnswerType(re.compile(r"how many (?=\w)", re.I), _counts, required=True),
    AnswerType(
        re.compile(r"how long|duration|until when|end date|length of", re.I),
        # A length or an end, not a rate ("35 hours a week") or a word ("start/end").
        re.compile(rf"(?<!hours )(?<!hrs )(?<!days )(?<!times )\b(\d+|{COUNT}|a|one)[- ]?"
                   r"(month|year|week|day)s?\b(?! (a|per)\b| of (annual|paid))|"
                   r"\buntil\b|\bthrough \w+ \d{4}|fixed[- ]term|permanent|\bends? (on |in |after |by )?"
                   r"(\w+ )?(\d|january|february|march|april|may|june|july|august|september|october|"
                   r"november|december)|"
                   r"end date|\bfunded for|"
                   # "May 20 (or 27) through July 31": a span from one date to another.
                   rf"\b{_MONTH}\w* \d{{1,2}}\b.{{0,20}}?(\bthrough|\bto|\buntil|\btill|\u2013|-)\s*"
                   rf"{_MONTH}\w* \d{{1,2}}\b", re.I)),
    # "How much is the bursary per month?": an amount of money, which "for 3 years" is not;
    # "how much does it pay?" may be answered by "top of market".
    AnswerType(re.compile(rf"how much\b.*{_PER_PERIOD}|{_PER_PERIOD}.*\bhow much\b", re.I),
               lambda unit, _: find_pay(unit) is not None, required=True),
    # "How much is the scholarship?": an amount, or how the posting speaks of the money ("top of
    # market"), not a line that happens to hold a number.
    AnswerType(re.compile(rf"how much\b.*{_MONEY}|{_MONEY}.*\bhow much\b", re.I),
               lambda unit, _: find_pay(unit) is not None or re.search(_MONEY, unit, re.I) is not None,
               required=True),
    AnswerType(re.compile(r"how much|what percent|\bnumber of\b", re.I), re.compile(r"\d")),
    # "How old are the kids?": ages in numbers ("teens 13 - 18 years old", "aged 5 to 11").
    AnswerType(
        re.compile(r"how old|\bwhat age|\bages?\b(?! (discriminat|limit))|age (range|group)", re.I),
        re.compile(r"\b\d{1,2}\s?(-|\u2013|to)\s?\d{1,2} (years?|yrs?)\b|\b\d{1,2}\+? (years?|yrs?) "
                   r"old|\bage[ds]? \d", re.I)),
    AnswerType(
        re.compile(r"\bwhen\b|\b(what|which) dates?\b|\bthe dates\b", re.I),
        # A year, not any four digits ("an allowance of AU$7000").
        re.compile(r"(?<![$\d,.])\b(19|20)\d\d\b|january|february|march|april|may|june|july|"
                   r"august|september|october|november|december|\b(jan|feb|mar|apr|jun|jul|aug|sept?|"
                   r"oct|nov|dec)\.? \d|\b(week|month)s?\b|as soon as possible|\basap\b|immediate",
                   re.I)),
    # "Any time zone restrictions?", "what hours would I overlap?": a zone or an offset.
    AnswerType(
        re.compile(r"time ?zones?|\btz\b|\boverlap|\butc\b|\bgmt\b", re.I),
        re.compile(r"\b(utc|gmt)\s?[+\-\u2212]\s?\d|\b(utc|gmt|cet|cest|est|edt|pst|pdt|ist|aest|bst)\b|"
                   r"\b(eastern|pacific|central|mountain|european|atlantic) (time|standard)", re.I)),
    # "What level / grade / band is it?": a classification code ("AS-03", "GS-14", "Band A").
    AnswerType(
        re.compile(r"\b(level|grade|classification|classified|pay band|band|pay scale)\b(?! of)", re.I),
        re.compile(r"\b[A-Z]{1,4}-\s?\d{1,2}\b|\b[A-Z]{2,4}\s?\d{1,2}\b|(?i:\bband:? [A-Z0-9]\b|"
                   r"\b(grade|level|step):? ?\d)")),
    # "Where can I read more?": a link.
    AnswerType(
        re.compile(r"(where|how) (can|do|could) i (read|find|learn|see|get) (more|details|info)|"
                   r"more (info|information|details) (about|on)|full (job )?(details|description|"
                   r"posting|advert)|\bwebsite\b|\blink\b|\burl\b", re.I),
        re.compile(r"https?://|www\.|\b[\w-]+\.(org|com|edu|gov|net|io|ac\.\w\w|gov\.\w\w)\b", re.I)),
    AnswerType(
        re.compile(r"\b(ref|reference|job|vacancy|announcement|requisition|posting)\s*(number|no\.?|"
                   r"id|code)\b", re.I),
        re.compile(r"\b(?=[A-Z0-9-]*\d)[A-Z0-9-]{5,}\b")),
    # "Which languages": Tamil and Urdu, or Ruby and Go; "which tools": a technology.
    AnswerType(re.compile(r"(?<!programming )languages?\b", re.I),
               lambda unit, _: bool(find_languages(unit) or find_technologies(unit)), datum=False),
    AnswerType(re.compile(r"software|tools?\b|technolog|programs?\b|languages?\b|frameworks?|"
                          r"platforms?", re.I),
               lambda unit, _: bool(find_technologies(unit)), datum=False),
)
ANSWER_TYPE_BONUS = 0.15
ANSWER_TYPE_PENALTY = 0.1  # a passage of another kind cannot answer "who" or "how long"
# Words that name the kind of answer wanted, not what it says: "what languages" is answered by
# "Ruby and JavaScript", not by "learn new languages".
CATEGORY_WORDS = frozenset(content_terms("software tools technology technologies languages language "
                                          "frameworks platforms programs number date dates age ages " +
                                          GENERIC_WORDS))


def answer_type_fits(question: str, unit: str) -> bool | None:
    """True when the unit is of the kind the question wants, False when not, None when the
    question wants no particular kind."""
    kind = answer_type(question)
    return None if kind is None else kind.fits(unit, question)


def answer_type(question: str) -> AnswerType | None:
    """The kind of passage the question wants, if any."""
    return next((kind for kind in ANSWER_TYPES if kind.asks.search(question)), None)


def asks_for_datum(question: str) -> bool:
    """The question wants one datum (a contact, a count, a date, a grade, a link), not names of
    technologies or languages, which a verified sentence may list."""
    kind = answer_type(question)
    return kind is not None and kind.datum
