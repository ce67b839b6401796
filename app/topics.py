"""Topics a question may ask about (pay, visas, deadlines, hours...) and how a passage states
each, so a question about one is answered only by a passage that states it."""

from __future__ import annotations

import re
from collections.abc import Callable

from domain.deadlines import find_deadline
from domain.pay import find_pay, paid_or_not
from domain.places import WORLD_REGION, find_places
from domain.work_terms import ASKS_SPONSORSHIP, employment_type, is_authorization_statement, work_mode

# A count, in digits or words.
COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"



def _states_pay(text: str) -> bool:
    # "On an entirely voluntary basis" says what it pays, as domain.pay reads it.
    return find_pay(text) is not None or bool(_PAY_WORDS.search(text)) or paid_or_not(text) == "unpaid"


_OPENINGS = re.compile(
    rf"\b({COUNT}|multiple|several)\s+(\w+[ -]){{0,3}}(positions|posts|roles|openings|vacancies|"
    r"places|spots|hires|people|persons|candidates|interns|students|[a-z]+(ers|ors|ists|ants|"
    r"ents|ates|ians|ows))\b", re.I)


def states_openings(text: str) -> bool:
    """"Multiple part-time Editorial Contributors", "up to ten places"; a "team of 12 people" is
    the team, not the openings."""
    return any(not re.search(r"\b(team|staff|group|company|organi[sz]ation) of\s*$", text[:m.start()], re.I)
               for m in _OPENINGS.finditer(text))


def _states_deadline(text: str) -> bool:
    return find_deadline(text) is not None or bool(_ROLLING.search(text))


_PAY_WORDS = re.compile(r"\bsalar(y|ies)\b|\bpay ?(range|band|scale|rate|grade)|\bwages?\b|"
                        r"compensation (package|range)|stipend|\bbonus\b|stock options?|"
                        r"\b(top|above|at) (of )?(the )?market\b|\bmarket rate|competitive (pay|salary|"
                        r"compensation)|\bband:? [a-z0-9]{1,2}\b(?!\w)|"
                        # A paid post, and pay set by a public scale ("TV-L E9").
                        r"\b(un)?paid (internship|position|role|job|placement|work)|"
                        r"\btv-?l\b|\btv[oö]d\b|collective (pay |wage |bargaining )?agreement|"
                        r"(pay|salary) (grade|group|scale)", re.I)
_ROLLING = re.compile(r"until (the (position|role|post|job) is |it is )?filled|rolling basis|"
                      r"review(ing)? (of )?applications|until (a|the) (suitable|right|successful|"
                      r"qualified) (candidate|person|applicant) (is|has been) (found|identified|"
                      r"appointed|selected|hired)|open until",
                      re.I)

# "Do they pay for a laptop?" asks about equipment, not pay.
PAY_VERB = (r"\bpay\b(?! for (a |an |my |your |the )?(laptop|equipment|relocat|travel|training|course|"
            r"conference|internet|phone|home office|co-?working|moving|flight))")

# Questions about these topics are answered only by a sentence that names the topic: a tiny
# model (and a loose similarity score) would otherwise "answer" salary from the benefits blurb.
# The evidence side is a pattern, or a recognizer from the domain package where one exists: "We
# value equity" names no pay and "diligent about deadlines" no deadline.
TOPICS: dict[str, tuple[str, str | Callable[[str], bool]]] = {
    # "shares this vision" and "diversity, equity and inclusion" are no stake in the company.
    "a bonus or equity": (r"\bbonus|equity|stock option|\bshares\b|signing",
                          r"\bbonus|(?<!diversity, )(?<!diversity )\bequity\b(?!,? (and|&) incl)|"
                          r"stock|\bshares? (options?|grants?|scheme|plan)|\d[\d,]* shares\b"),
    "retirement savings": (r"401|retirement|pension|superannuation|provident fund|\btsp\b|thrift",
                           r"401|retirement|pension|superannuation|provident fund|\btsp\b|thrift"),
    "salary or pay": (r"salar|" + PAY_VERB + r"|\bpaid\b(?! (holiday|time|leave|vacation|sick|parental|"
                      r"family|days?\b))|compensat|wage|\bearn|how much (money|(do|does|will|would|is) "
                      r"\w+( \w+)? (pay|make|earn|get|offer))|\$|(hourly|pay|day) rate\b", _states_pay),
    "visa sponsorship": (r"visa|" + ASKS_SPONSORSHIP + r"|work permit|immigra|h-?1b",
                         is_authorization_statement),
    "vacation or time off": (r"vacation|\bpto\b|time off|holiday|leave\b|days off",
                             r"vacation|\bpto\b|time off|holiday|leave\b|days off|days of annual"),
    "a deadline": (r"deadline|closing date|apply by|last (day|date) (to|for)|when .*close|until when",
                   _states_deadline),
    "a degree": (r"degree|bachelor|master'?s|ph\.?d|diploma|education",
                 r"degree|bachelor|master'?s|ph\.?d|diploma|university|college|education|\bm\.?sc|"
                 r"\bb\.?sc|honours|\bb\.?a\b|\bm\.?a\b|graduat|high school|\bhs\b|\bged\b"),
    "benefits": (r"benefit|insurance|health|dental|medical", r"benefit|insurance|health care|dental|"
                 r"medical"),
    "the interview process": (r"interview|hiring process|\brounds?\b|assessment",
                              r"interview|hiring process|selection process|shortlist|assessment "
                              r"(centre|center|day|task|exercise|stage)|recruitment process|"
                              r"\b(a|the) (task|assignment)\b|work trial|trial (day|period|project)|"
                              r"take-home|spend \w+ days? with|next steps?\b|we will (contact|invite|"
                              r"assign)"),
    # A "self-starter" starts nothing.
    "a start date": (r"start date|when .*\bstart|starting date|\bbegin",
                     r"(?<!self-)(?<!self )\bstart|\bbegin|commenc"),
    # "How many people are they hiring?" counts openings, not the team.
    "the team size": (r"team size|how many (people|engineers|staff|employees)(?! (are|will|do|is) "
                      r"(they|you|we|it|the \w+) (hiring|hire|recruit|looking|taking|take))|how big",
                      rf"team of ({COUNT})|\b\d+-strong\b|\b({COUNT})\+? (\w+ ){{0,5}}(engineers|people|"
                      r"developers|"
                      r"members|colleagues|professionals|staff|employees|researchers|scientists|"
                      r"designers|volunteers|workers|nurses|teachers)\b"),
    # "How many people are they hiring?": a count of the openings ("up to ten places", "multiple
    # part-time Editorial Contributors", "two positions").
    "the number of openings": (
        r"how many (people|persons|positions|posts|roles|places|openings|vacancies|hires|spots|"
        r"interns|students|candidates)\b(?! (are )?(on|in) the team)|how many (are|will) (they|you) "
        r"(hiring|hire|taking|take|recruit)|number of (positions|openings|places|vacancies|posts)",
        states_openings),
    # "Will I be managing people?": supervising a team, staff or trainers, in whatever words.
    "managing people": (
        r"manag\w* (people|others|a team|staff|employees|reports|anyone|someone)|direct reports|"
        r"people manag|supervis\w* (people|others|anyone|a team|staff)|line manag|"
        r"(lead|run) a team|have (a team|reports|staff)",
        r"\b(manag\w*|supervis\w*|oversee\w*|overseeing|lead\w*|direct\w*|line[- ]manag\w*)\s+"
        r"(and (support|develop|mentor)\w*\s+)?(a |the |our |their )?([\w+-]+ ){0,3}(team|staff|"
        r"people|reports|employees|volunteers|contractors|trainers|members|interns|students|crew|"
        r"assistants|officers|managers)\b|direct reports|people management|line management"),
    "relocation": (r"relocat|moving cost", r"relocat"),
    # "Can I apply from outside the US?": who may apply from where, whatever words say it.
    "where applicants may be": (
        r"apply from (outside|abroad|another country|overseas)|\boutside (of )?(the )?(us|u\.s\.?|usa|uk|"
        r"eu|europe|[a-z]+ country)\b|international (applicants?|candidates?)|from (abroad|overseas)|"
        r"non-?(us|uk|eu) (citizens?|residents?)|(hire|employ) (me|someone|people) (if|who|from|in)",
        lambda text: bool(_APPLICANTS_FROM.search(text) or find_places(text)
                          or WORLD_REGION.search(text))),
    "whom you report to": (r"report(ing)? to|who('s| is| would be| will be) (my|the) (manager|boss|"
                           r"supervisor|line manager)|who (would|will|do) i (work for|work under)|"
                           r"\bmy (boss|manager|supervisor|line manager)\b",
                           r"reports? (directly )?to|reporting (line|to)|\bsupervisor\b|supervised by|"
                           r"\bmanager:|line manager|directed by|managed by|under the (direct )?"
                           r"(supervision|guidance|direction|leadership) of|works? (directly )?under"),
    # "a 3-hour take-home" is no working hours: hours of work are counted per day or week.
    "working hours": (r"working hours|\bhours\b|overtime|\bshifts?\b|9 to 5|weekends?|work schedule",
                      r"\bhours? (a|per|each|every) (day|week)|\d+\s?(hours?|hrs)?\s?/\s?(week|wk|day)|"
                      r"\b\d+\s?(h|hrs?) (a|per|each) (day|week)|"
                      r"working (hours|week|day)|hours of work|work(ing)? schedule|overtime|flexible (hours|"
                      r"schedule)|\bshifts?\b|weekends?|\bfull[- ]time|part[- ]time"),
    "the kind of contract": (r"full[- ]?time|part[- ]?time|permanent|temporary|fixed[- ]term|"
                             r"(kind|type) of contract|\bterm position",
                             lambda text: employment_type(text) is not None),
    "the time zone": (r"time ?zones?|\b(utc|gmt|cet|est|pst)\b",
                      r"time ?zones?|\b(utc|gmt|cet|cest|est|edt|pst|pdt|ist|aest)\b|overlap"),
    "the work arrangement": (r"\bremote|hybrid|on-?site|work from home|\bwfh\b|in the office",
                             lambda text: work_mode(text) is not None),
    # Travel for the work, or the cost of getting there; not a public transport ticket.
    "travel": (r"\btravel", r"\btravel|\btrips?\b|transport(ation)? (costs?|expenses)"),
    "the location": (r"\bwhere\b(?! (do|can|should|would|will) (i|you) (apply|send|submit|read|find|"
                     r"learn|get|sign))(?! (are|is) the (full |job |complete )*(details|description|"
                     r"info|information|link|posting|ad|advert|website))|\blocat|which (city|country|"
                     r"office)|\bbased\b",
                     lambda text: bool(find_places(text) or WORLD_REGION.search(text))
                     or work_mode(text) is not None),
}

_APPLICANTS_FROM = re.compile(
    r"international (applicants?|candidates?)|applicants? (from|in) (any|all|outside|around)|"
    r"anywhere in the world|any country|worldwide|(live|be based|reside|located) (in|within)|"
    r"based in|work legally|right to work|authori[sz]ed to work|eligible to work|time ?zones?|"
    r"jurisdictions?|countries|citizens?|residents?|employer of record|sponsor", re.I)

_RESTRICTED = re.compile(
    r"must (live|be based|reside|be located|already (live|be))|(only|solely) (open to|accept|consider)|"
    r"(can(no|')t|cannot|unable to|not able to) (consider|accept|hire|employ)|citizens? only|"
    r"open only to|need to be (based|located|living) in|(applicants|candidates) must be", re.I)
_OPEN = re.compile(
    r"international (applicants?|candidates?|applications)|(welcome|consider|accept)\w* "
    r"(applicants|applications|candidates) from|anywhere in the world|any country|worldwide|"
    r"(all|any|most) (countries|jurisdictions|locations)|employer of record|regardless of "
    r"(location|where)|\boutside (of )?(the )?\w+|apply from|hire me", re.I)


def applicants_from(text: str) -> str | None:
    """"restricted" where the text limits where applicants may be ("Must live in the US"), "open"
    where it welcomes them from elsewhere ("International applicants are welcomed"), or None. A
    question ("can I apply from outside the US?") asks whether it is open."""
    if _RESTRICTED.search(text):
        return "restricted"
    return "open" if _OPEN.search(text) else None


# Topics stated as one of a few values, read in code.
VALUED: dict[str, Callable[[str], str | None]] = {"the kind of contract": employment_type,
                                                   "the work arrangement": work_mode,
                                                   "salary or pay": paid_or_not,
                                                   "where applicants may be": applicants_from}
# Topics whose passage, once it names the topic, answers a yes/no question about it ("is there
# travel?": "expect several trips"). A passage naming benefits does not say which ones.
DECISIVE_TOPICS = frozenset({"salary or pay", "visa sponsorship", "a deadline", "travel",
                             "relocation", "the kind of contract", "the work arrangement",
                             "managing people"})


def asked_topics(question: str) -> list[str]:
    lowered = question.lower()
    return [topic for topic, (asks, _) in TOPICS.items() if re.search(asks, lowered)]
