"""Match a candidate profile against a posting's requirements: statuses, score, verdict.

Everything here is deterministic; the same resume and posting always give the same report.
"""

from __future__ import annotations

import re

from app.fit.dates import latest_year
from app.fit.places import authorised_in
from app.fit.profile import CandidateProfile
from app.fit.similar import MET, PARTIAL, ResumeLines, ask_terms, line_terms
from app.schemas import FitReport, RequirementResult
from domain.education import DOCTORATE, LEVELS, accepts_equivalent, asked_level, level_of
from domain.languages import (
    LEVEL_NAMES,
    asked_languages,
    find_languages,
    other_languages_asked,
    stated_levels,
)
from domain.places import countries_named, country_name, find_places
from domain.scope import in_scope, job_scope
from domain.work_terms import limits_to_citizens
from ingest.requirements import FAMILY_RULES, RELATED, SPONSORED, Requirement
from ingest.skills import skills_in_family

WEIGHTS = {"must": 3, "nice": 1}
VALUES = {"met": 1.0, "partial": 0.5, "missing": 0.0}
PARTIAL_YEARS_SHARE = 0.75  # 6 of 8 years is a conversation, 3 of 8 is not
MAX_PARTIALS_FOR_LIKELY = 2  # a resume line "related, not the same" is often only worded apart
# Asks with a level read from the words: partly shown there means below the stated level.
_STATED_LEVELS = {"education", "language"}


def match(requirements: list[Requirement], profile: CandidateProfile, posting_id: str,
          title: str, lines: ResumeLines | None = None, role: str | None = None) -> FitReport:
    """`lines`: the resume's lines by meaning, for requirements no name settles (without them
    such requirements are left unknown)."""
    results = [_check(req, profile, lines) for req in requirements]
    # Unknowns (what a resume cannot show) are left out of the score rather than counted as zero.
    total = sum(WEIGHTS[r.kind] for r in results if r.status != "unknown") or 1
    results = [r if r.status == "unknown" else r.model_copy(update={
        "contribution": round(100 * WEIGHTS[r.kind] * VALUES[r.status] / total, 1)})
        for r in results]
    score = round(sum(r.contribution for r in results))
    knockouts = _knockouts(results, title, {r.id for r in requirements if r.or_years})
    verdict = _verdict(results, knockouts)
    summary = _summary(verdict, score, results, knockouts)
    return FitReport(posting_id=posting_id, role=role, verdict=verdict, score=min(score, 100),
                     requirements=results, knockouts=knockouts,
                     summary=f"For the role {role}: {summary}" if role else summary)


def _check(req: Requirement, profile: CandidateProfile,
           lines: ResumeLines | None) -> RequirementResult:
    match req.category:
        case "years":
            status, quotes, note = _years(req, profile)
        case "location":
            status, quotes, note = _location(req, profile)
        case "skill" if req.id in FAMILY_RULES:
            status, quotes, note = _skill(req, profile)
        case "language":
            status, quotes, note = _languages(req, profile)
        case "skill":
            status, quotes, note = _named(req, profile)
        case "education":
            status, quotes, note = _education(req, profile)
        case "soft_skill" if req.id == "collaboration":
            quotes = profile.quotes("Collaboration")
            status = "met" if quotes else "unknown"
            note = ("the resume describes working with others" if quotes else
                    "a resume may not show this; not counted against you")
        case "other" if (line := _codes_named(req, profile)) is not None:
            status, quotes = "met", [line]
            note = "the resume names the same qualification"
        case "other" if (line := _words_named(req, profile)) is not None:
            status, quotes = "met", [line]
            note = "a resume line says this in the posting's own words"
        case "other" if lines is not None:
            status, quotes, note = _by_meaning(req, lines)
        case _:
            status, quotes = "unknown", []
            note = "a resume cannot show this reliably; not counted in the score"
    return RequirementResult(id=req.id, text=req.text, kind=req.kind, category=req.category,
                             status=status, posting_evidence=req.posting_evidence,
                             resume_evidence=quotes, note=note, contribution=0.0)


def _years(req: Requirement, profile: CandidateProfile):
    need = req.min_years or 0
    if profile.years is None:
        return "unknown", [], "no dated jobs or stated years of experience found"
    quotes = [ln.text for ln in profile.lines if any(s.text in ln.text for s in profile.spans)][:4]
    how = "from job dates, overlaps counted once" if profile.years_source == "dates" else "stated"
    note = f"{profile.years:g} years ({how}); {need} required"
    latest = latest_year("\n".join(ln.text for ln in profile.lines))
    if any(s.open_end for s in profile.spans) and latest and latest <= profile.today.year - 2:
        # An old resume's "Present" may no longer be true.
        note += (f"; \"Present\" is counted to today, though the latest year the resume gives is "
                 f"{latest}: check it is still current")
    if profile.years >= need:
        return "met", quotes, note
    if profile.years >= need * PARTIAL_YEARS_SHARE:
        return "partial", quotes, note
    return "missing", quotes, note


def _location(req: Requirement, profile: CandidateProfile):
    """The candidate's place against the places the posting names (a country, a region,
    anywhere), or a stated right to work there."""
    scope = job_scope("\n".join([req.text, req.posting_evidence, *req.also]))
    if scope.anywhere:
        return "met", [profile.location] if profile.location else [], \
            "the posting is open to any location"
    refusals = [ln.text for ln in profile.not_authorised if _refusal_applies(ln.text, scope)]
    if refusals:
        return ("missing", refusals[:2],
                "the resume states the candidate needs authorisation or sponsorship to work")
    if profile.location is None:
        return "unknown", [], "the resume gives no location"
    inside = in_scope(profile.location, scope)
    quotes = [profile.location]
    where = req.text.removeprefix("Location: ")
    other_status = _not_a_citizen(req, profile)
    if other_status:
        return ("missing", [other_status], "the posting is open to citizens only, and the resume "
                "states another status")
    if inside is True:
        return "met", quotes, f"{profile.location} is within the posting's location ({where})"
    rights = [ln.text for ln in profile.authorisation if authorised_in(ln.text, scope)]
    if rights:
        # A citizen or visa holder may work there; where they live now is theirs to arrange.
        return ("met", quotes + rights[:1],
                f"outside the posting's location ({where}) but states the right to work there")
    if inside is False and req.text.endswith(SPONSORED):
        return ("partial", quotes, f"{profile.location} is outside the posting's location "
                f"({where}), and the posting offers visa sponsorship")
    if inside is False:
        return ("missing", quotes,
                f"{profile.location} is outside the posting's location ({where}), with no stated "
                "right to work there")
    if scope.maybe:
        return "unknown", quotes, (f"there are places named {where} in {_country_names(scope.maybe)}"
                                   " and the posting does not say which one the job is in")
    return "unknown", quotes, f"cannot tell whether {profile.location} is within {where}"


def _country_names(codes) -> str:
    names = sorted(filter(None, map(country_name, codes)))
    # "the United States", "the Netherlands", "the Czech Republic"
    names = [f"the {n}" if n.startswith("United") or n.endswith(("s", "Republic")) else n
             for n in names]
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


_OTHER_STATUS = re.compile(r"permanent resident|green card|work (permit|visa)|\bvisa\b|"
                           r"settled status", re.I)


def _not_a_citizen(req: Requirement, profile: CandidateProfile) -> str | None:
    """A resume stating a status other than citizenship ("US permanent resident") for a job open
    to citizens only ("You must be a U.S. Citizen or National"): its line. A resume that states
    no status is given the benefit of the doubt."""
    if not any(limits_to_citizens(text) for text in [req.posting_evidence, *req.also]):
        return None
    lines = [ln.text for ln in profile.authorisation]
    if any(re.search(r"\bcitizen", ln, re.I) for ln in lines):
        return None
    return next((ln for ln in lines if _OTHER_STATUS.search(ln)), None)


def _refusal_applies(line: str, scope) -> bool:
    """A stated need for sponsorship counts where it is needed: "Requires sponsorship (for roles
    outside India)" does not count against a job in India."""
    named = countries_named(line)
    if not named:
        return True
    elsewhere = re.search(r"\b(outside|beyond|other than)\b", line, re.I)
    return not (named & scope.countries) if elsewhere else bool(named & scope.countries)


def _skill(req: Requirement, profile: CandidateProfile):
    found = [s for s in req.skills if s in profile.skills]
    related_family = RELATED.get(req.id)
    related = [s.name for s in skills_in_family(related_family) if s.name in profile.skills] \
        if related_family else []
    quotes = list(dict.fromkeys(q for s in found + related for q in profile.quotes(s)))[:3]
    met = all(sum(s in found for s in names) >= need for names, need in req.met_groups())
    shown = ", ".join(found + related)
    if met:
        return "met", quotes, f"resume shows {shown}"
    if found or related:
        lacking = [s for s in req.skills if s not in found]
        return "partial", quotes, f"resume shows {shown}; not {', '.join(lacking)}"
    return "missing", [], f"no mention of {', '.join(req.skills)} in the resume"


def _named(req: Requirement, profile: CandidateProfile):
    """Technologies the requirement names, found by name in the resume: "Python or R" needs
    one, "Slack, Transifex and GitHub" half of them."""
    where = {**profile.skills, **profile.technologies}
    found = [name for name in req.skills if name in where]
    need = req.met_groups()[0][1]
    quotes = list(dict.fromkeys(ln.text for name in found for ln in where.get(name, [])[:1]))[:3]
    if len(found) >= need:
        return "met", quotes, f"resume shows {', '.join(found)}"
    lacking = ", ".join(n for n in req.skills if n not in found)
    if found:
        return "partial", quotes, f"resume shows {', '.join(found)}; not {lacking}"
    return "missing", [], f"no mention of {lacking} in the resume"


def _languages(req: Requirement, profile: CandidateProfile):
    """Languages by name and at the level asked: "English (B1, intermediate)" is no fluent
    English, "Spanish (B2)" is close to it. A resume written in English shows English."""
    if (excepted := other_languages_asked(req.posting_evidence)) is not None:
        others = [name for name in profile.technologies
                  if find_languages(name) == [name] and name not in excepted]
        if others:
            quotes = [profile.technologies[others[0]][0].text]
            return "met", quotes, f"resume shows {', '.join(others)}"
        return "missing", [], f"no language besides {', '.join(sorted(excepted))} in the resume"
    asked = {name: level for name, level, *_ in asked_languages(req.posting_evidence, req.kind)}
    shown, close, short, quotes = [], [], [], []
    for name in req.skills:
        lines = profile.technologies.get(name, [])
        held = max((level for ln in lines
                    if (level := stated_levels(ln.text).get(name)) is not None), default=None)
        need = asked.get(name)
        quotes += [ln.text for ln in lines[:1]]
        if not lines and name != "English":
            continue
        if held is None or need is None or held >= need:
            shown.append(name)
        elif held == need - 1:
            close.append(f"{name} ({LEVEL_NAMES[held]})")
        else:
            short.append(f"{name} ({LEVEL_NAMES[held]})")
    quotes = list(dict.fromkeys(quotes))[:3]
    lacking = [n for n in req.skills if n not in shown and not any(
        c.startswith(f"{n} (") for c in close + short)]
    said = ", ".join(shown + close + short)
    missing = f"; not {', '.join(lacking)}" if lacking else ""
    if len(shown) >= (1 if req.any_of else len(req.skills)):  # each language asked, or one of them
        return "met", quotes, f"resume shows {', '.join(shown)}"
    levels = {n: LEVEL_NAMES[asked[n]] for n in req.skills if asked.get(n) is not None}
    wanted = f"; the posting asks for {', '.join(f'{v} {n}' for n, v in levels.items())}" \
        if close + short and levels else ""
    if said:
        # Each language asked is needed: one the resume never names leaves the ask missing,
        # whatever the others ("English and German" of a resume with English only).
        close_enough = (shown or close) and not (lacking and not req.any_of)
        return "partial" if close_enough else "missing", quotes, \
            f"resume shows {said}{missing}{wanted}"
    return "missing", [], f"no mention of {', '.join(req.skills)} in the resume"


def _education(req: Requirement, profile: CandidateProfile):
    """The level the posting asks for ("a Bachelor's degree") against the highest the resume
    names; "or equivalent experience" makes a lower level partial, not missing."""
    asked = asked_level(req.posting_evidence)
    held = [(level, ln.text) for ln in profile.lines
            if (level := level_of(ln.text, lowest=False)) is not None]
    if asked is None or not held and not req.or_years:
        return "unknown", [], "the resume names no degree the posting's wording can be set against"
    level, line = max(held, default=(None, None))
    if level is not None and level >= asked:
        return "met", [line], f"resume shows {LEVELS[level][0]}"
    shown = f"resume shows {LEVELS[level][0]}" if level is not None else "resume names no degree"
    wanted = f"the posting asks for {LEVELS[asked][0]}"
    if req.or_years:
        # "or at least 5 years of professional experience": the years route, judged as years are.
        years = profile.years or 0
        status = "met" if years >= req.or_years else \
            "partial" if years >= req.or_years * PARTIAL_YEARS_SHARE else "missing"
        return status, [line] if line else [], \
            f"{shown}; {wanted} or {req.or_years} years of experience, and it shows {years:g}"
    status = "partial" if accepts_equivalent(req.posting_evidence) else "missing"
    return status, [line], f"{shown}; {wanted}"


# Codes and acronyms that name a qualification exactly: "JLPT", "N1", "CPR", "B2", "LLB".
_CODE = re.compile(r"\b(?:[A-Z]{2,6}|[A-Z]\d{1,2}|[A-Z]{1,3}\d{1,3}[A-Z]?)\b")


def _codes_named(req: Requirement, profile: CandidateProfile) -> str | None:
    """A resume line naming every code the requirement names ("JLPT N1 (2016)" for "N1 JLPT
    level minimum"): the same qualification, whatever the words around it."""
    codes = {c for c in _CODE.findall(req.posting_evidence) if not find_places(c)}  # not "UK"
    # The codes must be most of what is asked: "N1 JLPT level minimum", not "experience
    # leading teams in NHS trusts".
    if not codes or len(codes) < 2 and len(req.posting_evidence.split()) > 6:
        return None
    return next((ln.text for ln in profile.lines
                 if codes <= set(_CODE.findall(ln.text))), None)


_MAX_ASK_TERMS = 5


def _words_named(req: Requirement, profile: CandidateProfile) -> str | None:
    """A short ask ("nest-searching", "mist netting", "current drivers licence") whose every
    word a resume line uses: the same thing, said the same way. Long asks need their meaning."""
    terms = ask_terms(req.posting_evidence)
    if not 2 <= len(terms) <= _MAX_ASK_TERMS:
        return None
    return next((ln.text for ln in profile.lines if terms <= line_terms(ln.text)), None)


def _by_meaning(req: Requirement, lines: ResumeLines):
    score, line = lines.best(req.posting_evidence)
    if score >= MET:
        return "met", [line], "a resume line says this in other words"
    if score >= PARTIAL:
        return "partial", [line], "the closest resume line is related, not the same"
    return "missing", [], "no resume line speaks to this"


def _knockouts(results: list[RequirementResult], title: str, years_instead: set[str]) -> list[str]:
    """Years below the bar, a location outside the country, a doctorate the resume does not
    show (no experience stands in for one: a postdoc, a PhD internship), a degree the resume
    shows neither nor the years the posting takes instead, or no sign of the title's skill."""
    out = []
    for r in results:
        if r.kind != "must" or r.status != "missing":
            continue
        if r.category in {"years", "location"}:
            out.append(r.id)
        elif r.category == "education" and (asked_level(r.posting_evidence) == DOCTORATE
                                            or r.id in years_instead):
            out.append(r.id)
        elif r.category == "skill" and r.text.split(":")[0].lower() in title.lower():
            out.append(r.id)  # e.g. Java in "Senior Backend Java ML Engineer"
    return out


# Said in the report and on the page when a posting's asks could not be read.
NO_ASKS_FOUND = "I could not find what this posting asks for, so read its requirements yourself."


def asks_found(results: list[RequirementResult]) -> bool:
    """A must-have beyond the place was found to check the resume against: pluses alone ("especially
    valuable would be...") leave the posting's requirements unread."""
    return any(r.category != "location" and r.kind == "must" for r in results)


def _verdict(results: list[RequirementResult], knockouts: list[str]) -> str:
    if knockouts:
        return "not_eligible"
    if not asks_found(results):
        return "needs_review"  # nothing the posting asks could be found: a person should read it
    musts = [r for r in results if r.kind == "must"]
    if any(r.status == "missing" for r in musts):
        return "needs_review"
    if any(r.status in {"unknown", "partial"} and r.category in {"years", "location"} for r in musts):
        return "needs_review"  # short on years or unsure of place: a person should look
    if any(r.status == "partial" and r.category in _STATED_LEVELS for r in musts):
        return "needs_review"  # a bachelor's for "a master's", B2 for "fluent": the bar is stated
    partials = sum(r.status == "partial" for r in musts)
    return "likely_eligible" if partials <= MAX_PARTIALS_FOR_LIKELY else "needs_review"


def _summary(verdict: str, score: int, results: list[RequirementResult],
             knockouts: list[str]) -> str:
    label = verdict.replace("_", " ")
    by_id = {r.id: r for r in results}
    parts = [f"Verdict: {label} (score {score}/100)."]
    if not asks_found(results):
        parts.append(NO_ASKS_FOUND)
    if knockouts:
        parts.append("Ruled out by: " + "; ".join(
            f"{by_id[k].text} ({by_id[k].note})" for k in knockouts) + ".")
    missing = [r.text.split(":")[0] for r in results if r.status == "missing" and r.id not in knockouts]
    partial = [r.text.split(":")[0] for r in results if r.status == "partial"]
    if missing:
        parts.append(f"Missing: {', '.join(missing)}.")
    if partial:
        parts.append(f"Partly shown: {', '.join(partial)}.")
    return " ".join(parts)
