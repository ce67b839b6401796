"""Match a candidate profile against a posting's requirements: statuses, score, verdict.

Everything here is deterministic; the same resume and posting always give the same report.
"""

from __future__ import annotations

from app.fit.places import authorised_in
from app.fit.profile import CandidateProfile
from app.schemas import FitReport, RequirementResult
from domain.scope import in_scope, job_scope
from ingest.requirements import RELATED, Requirement
from ingest.skills import skills_in_family

WEIGHTS = {"must": 3, "nice": 1}
VALUES = {"met": 1.0, "partial": 0.5, "missing": 0.0}
PARTIAL_YEARS_SHARE = 0.75  # 6 of 8 years is a conversation, 3 of 8 is not
MAX_PARTIALS_FOR_LIKELY = 2


def match(requirements: list[Requirement], profile: CandidateProfile, posting_id: str,
          title: str) -> FitReport:
    results = [_check(req, profile) for req in requirements]
    # Unknowns (what a resume cannot show) are left out of the score rather than counted as zero.
    total = sum(WEIGHTS[r.kind] for r in results if r.status != "unknown") or 1
    results = [r if r.status == "unknown" else r.model_copy(update={
        "contribution": round(100 * WEIGHTS[r.kind] * VALUES[r.status] / total, 1)})
        for r in results]
    score = round(sum(r.contribution for r in results))
    knockouts = _knockouts(results, title)
    verdict = _verdict(results, knockouts)
    return FitReport(posting_id=posting_id, verdict=verdict, score=min(score, 100),
                     requirements=results, knockouts=knockouts,
                     summary=_summary(verdict, score, results, knockouts))


def _check(req: Requirement, profile: CandidateProfile) -> RequirementResult:
    match req.category:
        case "years":
            status, quotes, note = _years(req, profile)
        case "location":
            status, quotes, note = _location(req, profile)
        case "skill":
            status, quotes, note = _skill(req, profile)
        case "soft_skill" if req.id == "collaboration":
            quotes = profile.quotes("Collaboration")
            status = "met" if quotes else "unknown"
            note = ("the resume describes working with others" if quotes else
                    "a resume may not show this; not counted against you")
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
    if profile.years >= need:
        return "met", quotes, note
    if profile.years >= need * PARTIAL_YEARS_SHARE:
        return "partial", quotes, note
    return "missing", quotes, note


def _location(req: Requirement, profile: CandidateProfile):
    """The candidate's place against the places the posting names (a country, a region,
    anywhere), or a stated right to work there."""
    if profile.not_authorised:
        return ("missing", [ln.text for ln in profile.not_authorised][:2],
                "the resume states the candidate needs authorisation or sponsorship to work")
    if profile.location is None:
        return "unknown", [], "the resume gives no location"
    scope = job_scope(f"{req.text}\n{req.posting_evidence}")
    inside = in_scope(profile.location, scope)
    quotes = [profile.location]
    where = req.text.removeprefix("Location: ")
    if inside is True:
        return "met", quotes, f"{profile.location} is within the posting's location ({where})"
    rights = [ln.text for ln in profile.authorisation if authorised_in(ln.text, scope)]
    if rights:
        return ("partial", quotes + rights[:1],
                f"outside the posting's location ({where}) but states the right to work there")
    if inside is False:
        return ("missing", quotes,
                f"{profile.location} is outside the posting's location ({where}), with no stated "
                "right to work there")
    return "unknown", quotes, f"cannot tell whether {profile.location} is within {where}"


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


def _knockouts(results: list[RequirementResult], title: str) -> list[str]:
    """Years below the bar, a location outside the country, or no sign of the title's skill."""
    out = []
    for r in results:
        if r.kind != "must" or r.status != "missing":
            continue
        if r.category in {"years", "location"}:
            out.append(r.id)
        elif r.category == "skill" and r.text.split(":")[0].lower() in title.lower():
            out.append(r.id)  # e.g. Java in "Senior Backend Java ML Engineer"
    return out


def _verdict(results: list[RequirementResult], knockouts: list[str]) -> str:
    if knockouts:
        return "not_eligible"
    musts = [r for r in results if r.kind == "must"]
    if any(r.status == "missing" for r in musts):
        return "needs_review"
    if any(r.status in {"unknown", "partial"} and r.category in {"years", "location"} for r in musts):
        return "needs_review"  # short on years or unsure of place: a person should look
    partials = sum(r.status == "partial" for r in musts)
    return "likely_eligible" if partials <= MAX_PARTIALS_FOR_LIKELY else "needs_review"


def _summary(verdict: str, score: int, results: list[RequirementResult],
             knockouts: list[str]) -> str:
    label = verdict.replace("_", " ")
    by_id = {r.id: r for r in results}
    parts = [f"Verdict: {label} (score {score}/100)."]
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
