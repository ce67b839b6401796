"""Terms of the job stated in words: where the work happens (remote, hybrid, on-site), the kind of
contract, and what the posting says about the right to work and visa sponsorship."""

from __future__ import annotations

import re

_NEGATED = r"(?:not|no|n't|non|never)\b[\w\s-]{0,20}?"
# "Hybrid mobile apps" and "remote sensing" are things, not ways of working.
_NOT_WORK = (r"(?![\s-]+(mobile|apps?|cloud|car|vehicle|systems?|approach|architecture|solutions?|"
             r"infrastructure|methods?|sensing|servers?|access|monitoring|control|desktop|areas?|"
             r"communities|regions|islands|procedures?|debugging|teaching tools))")
_MODES = (  # the first that matches wins: "hybrid" beats "remote" in "hybrid remote"
    ("on-site", re.compile(rf"{_NEGATED}\b(remote|work from home)|\bno remote|"
                           r"\bnot (a )?remote|fully on-?site|100% on-?site", re.I)),
    ("hybrid", re.compile(rf"\bhybrid\b{_NOT_WORK}|\d (days?|times) (a|per) week (in|at) (the|our) "
                          r"(office|site)|partly remote|flexible (working|location) arrangements?|"
                          r"(in|at) the office and (at|from) home|(at|from) home and (in|at) the office|"
                          # "80% in-office / 20% WFH": time split between the two
                          r"\d+\s?% (in[- ]office|on-?site|in the office)\W[^.]{0,30}\d+\s?% "
                          r"(remote|wfh|from home)|\d+\s?% (remote|wfh|from home)\W[^.]{0,30}\d+\s?% "
                          r"(in[- ]office|on-?site|in the office)", re.I)),
    ("remote", re.compile(rf"\b(fully |100% |full[- ]time )?remote(ly)?\b{_NOT_WORK}|"
                          r"work(ing)? from (home|anywhere)|\bwfh\b|distributed team|telework|"
                          r"remote-first|\bwork(ing)? distributedly", re.I)),
    ("on-site", re.compile(r"\bon-?site\b|\bin[- ]office\b|in person\b|in-person|"
                           r"\bwork (in|from|at) (our|the) ([A-Z][\w-]+ )?office", re.I)),
)
_EMPLOYMENT = (
    # "an intern", "internship"; not "student intern visa documents".
    ("internship", re.compile(r"\binternships?\b|\b(an?|as|our|the|paid|summer|research) interns?\b|"
                              r"^interns?\b|\bco-?op\b|placement year", re.I)),
    ("part-time", re.compile(r"\bpart[- ]tim(e|ers?)\b|\bjob[- ]shar(e|ers?|ing)\b", re.I)),
    ("contract", re.compile(r"\bcontract(or)?\b(?! (management|negotiation|administration|law|review|"
                            r"drafting|compliance|manager|administrator))|freelance|fixed[- ]term|"
                            r"\btemporary\b|\bterm (position|appointment|role)\b|"
                            r"not to exceed \d+ (months|years)|\btype:? term\b|\bcasual\b", re.I)),
    ("full-time", re.compile(r"\bfull[- ]time\b|\bpermanent\b|\bindeterminate\b", re.I)),
)
# Sponsorship of a person's right to work, not of an event or a project ("fiscally sponsored",
# "an OLS-sponsored co-working space").
_SPONSORING = (r"(?<!-)\bsponsor(ship|s|ed|ing)?\b(?! (projects?|co-?working|events?|conferences?))"
               r"(?=[^.]{0,60}\b(visas?|work permits?|h-?1b|immigration|candidates?|applicants?|"
               r"employees?|right to work|work authori[sz]ation)\b)|"
               r"\b(visas?|work permits?|immigration)\b[^.]{0,40}\bsponsor|\bvisa sponsorship|"
               # "Visa support available", "help with work permits"
               r"\b(visa|work permit|immigration)s? (support|assistance|help)\b|"
               r"\b(support|assistance|help)\b (with|for|in obtaining) (a |the |your )?"
               r"(visas?|work permits?)\b")
SPONSORSHIP = re.compile(_SPONSORING, re.I)
# A question about sponsorship: "fiscal sponsorship experience" and "who is the fiscal sponsor"
# are not about visas.
ASKS_SPONSORSHIP = r"(?<!fiscal )\bsponsor(s|ship|ing)?\b(?! experience)"


_AUTHORIZATION = re.compile(
    r"\bvisas?\b|" + _SPONSORING + r"|work permit|right to work|authori[sz](ed|ation) to work|"
    r"eligible to work|"
    r"eligibility to work|legally (able|allowed|entitled) to work|citizenship|permanent residen|"
    r"security clearance|work authori[sz]ation|"
    r"open (only )?to (?:[\w\s,]|\.(?=\w)|(?<=\b[A-Z])\.){0,30}?(citizens|nationals)|"  # "U.S."
    r"(must|need to|required to|should) (already )?(be|hold|have)[^.]{0,40}\b(citizens?|residents?|"
    r"nationals?|status to work|clearance)\b", re.I)


# A line that states the arrangement of this job, not one that mentions remote work in passing
# ("experience working remotely", "in-person workshops").
_STATED = re.compile(
    r"(fully|100%|completely|entirely) (remote|on-?site)|remote[- ](first|only|friendly)|"
    r"(remote|hybrid|on-?site|in-office) (position|role|job|opportunity|work|working|contract)|"
    r"(position|role|job|opening)s? (is|are) (all )?(fully |100% )?(remote|hybrid|on-?site|based)|"
    r"work(ing)? from (home|anywhere)|anywhere in the world|(can|may) (be )?(work|based) (remotely|"
    r"from anywhere)|this is (a|an) (remote|hybrid|on-?site)|\bhybrid\b" + _NOT_WORK + r"|"
    r"days? (a|per) week in",
    re.I)


def states_work_mode(text: str) -> bool:
    return bool(_STATED.search(text)) and work_mode(text) is not None


def work_mode(text: str) -> str | None:
    """remote | hybrid | on-site, as the text states it; None when it says nothing."""
    for mode, pattern in _MODES:
        if pattern.search(text):
            return mode
    return None


def employment_type(text: str) -> str | None:
    for kind, pattern in _EMPLOYMENT:
        if pattern.search(text):
            return kind
    return None


# "Open to U.S. citizens", "must be an Australian citizen", "citizenship is required".
_CITIZENS_ONLY = re.compile(
    r"open (only )?to (?:[\w\s,]|\.(?=\w)|(?<=\b[A-Z])\.){0,30}?(citizens|nationals)|"
    r"\b(only|must|need to|required to)\b(?:[^.]|(?<=\b[A-Z])\.){0,40}\b(citizens?|nationals?)\b|"
    r"citizenship (is )?(required|mandatory|a requirement)", re.I)


def limits_to_citizens(text: str) -> bool:
    """The text opens the job to citizens (or nationals) only."""
    return bool(_CITIZENS_ONLY.search(text))


def is_authorization_statement(text: str) -> bool:
    """Says who may work in the job: visas, sponsorship, right to work, citizenship, clearance."""
    return bool(_AUTHORIZATION.search(text))
