"""Eligibility questions in the chat: answered from the fit report, citing posting and resume."""

from __future__ import annotations

import re

from app.fit.ranking import ranking_line, top_gaps
from app.schemas import Answer, Citation, FitReport, RequirementResult
from domain.scope import in_scope, job_scope, place_said
from domain.text import content_terms
from ingest.requirements import Requirement
from ingest.skills import BY_NAME, find_skills

_ELIGIBILITY = re.compile(
    # "What experience do I need to qualify?" and "can I apply if I am a contractor?" ask what the
    # posting says, not how the candidate measures up.
    r"\b(eligib\w*|(am i|i'?m|i am)\b[^?]{0,20}qualif\w*|enough (years|experience)|"
    r"(can|should) i (apply|get (in|the job|hired|an interview|it))(?!\s+(if|while|when|as|for)\b)|"
    r"am i (a |an )?(good |strong |right )?(fit|match|candidate)|do i (meet|match|fit|have what)|"
    r"my (chances|fit|profile)|i (live|am based|am located|'m based|'m located) in|"
    r"i have \d+ years?)\b",
    re.I,
)
_ABOUT_YEARS = re.compile(r"\byears?\b|experienced? enough|\bsenior", re.I)
_ABOUT_PLACE = re.compile(r"\blive\b|\bbased\b|\blocated\b|\bremote\b|\brelocat|\bvisa\b|"
                          r"\bwork from\b|\bcountry\b", re.I)
# Read in the page and in a terminal alike: no command-line flags in it.
ASK_FOR_RESUME = "Add your resume and I will check each requirement against it."
ASK_FOR_RESUME_TO_RANK = "Add your resume and I will rank your postings by how well you fit each."


def is_eligibility_question(question: str) -> bool:
    return bool(_ELIGIBILITY.search(question))


# "Which of my postings fit me best?", "which jobs am I eligible for?", "rank the roles for me".
_BEST_FIT = re.compile(
    r"\b(which|what)\b[^?]{0,25}\b(postings?|jobs?|roles?|positions?|ones?)\b[^?]{0,30}\b(fits?|"
    r"suits?|match(es)?|eligible|qualif\w*|best|apply)\b|"
    r"\b(rank|sort|order)\b[^?]{0,30}\b(jobs|postings|roles|positions)\b|\bbest (fit|match)(es)?\b",
    re.I)


def is_best_fit_question(question: str) -> bool:
    return bool(_BEST_FIT.search(question))


def answer_best_fit(question: str, reports: list[FitReport], requirements: dict[str, list],
                    labels: dict[str, str], sources: dict[str, str]) -> Answer:
    """One line per posting, best fit first, citing each posting's first gap."""
    lines = [f"Your {len(reports)} postings, best fit first:"]
    citations: list[Citation] = []
    for report in reports:
        sections = {r.id: r.section for r in requirements[report.posting_id]}
        cites = _Citations(report.posting_id, sources[report.posting_id])
        cites.items = citations
        gap = next((r for r in report.requirements if r.text in top_gaps(report)), None)
        mark = cites.cite(gap.posting_evidence, sections.get(gap.id, "")) if gap else ""
        lines.append(f"- {ranking_line(report, labels[report.posting_id])} {mark}".rstrip())
    return Answer(question=question, answer="\n".join(lines), abstained=False,
                  route="eligibility", citations=citations)


# The words of asking about eligibility itself: "am I eligible?", "can I apply?", "do I qualify?".
_ASKING = frozenset(content_terms(
    "am i eligible eligibility can should apply get in job hired interview it qualify qualified "
    "good strong right fit match candidate meet have what chances profile enough years experience "
    "experienced still anyway really even"))


def asks_something_specific(question: str) -> bool:
    """"Can I apply from Mexico?", "I'm a clinician, eligible?": about something the posting may
    say, beyond "am I eligible?"."""
    return bool(place_said(question)) or bool(set(content_terms(question)) - _ASKING)


def place_inside(place: str, location: Requirement) -> bool | None:
    """Whether a place is inside the locations the posting's location requirement names."""
    return in_scope(place, job_scope("\n".join([location.text, location.posting_evidence,
                                                 *location.also])))


def with_place_verdict(answer: Answer, question: str, requirements: list[Requirement],
                       posting_id: str, source: str) -> Answer:
    """Whether the place the candidate names is inside the posting's locations, citing the
    posting's location line, when both are known; else the answer as it is."""
    place = place_said(question)
    location = next((r for r in requirements if r.id == "location"), None)
    if not place or location is None:
        return answer
    inside = place_inside(place, location)
    if inside is None:
        return answer
    where = location.text.removeprefix("Location: ")
    lead = f"{place} is {'within' if inside else 'outside'} the posting's location ({where})"
    line = location.posting_evidence.removeprefix("- ")
    cited = Citation(n=1, posting_id=posting_id, section=location.section, text=line, source=source)
    return answer.model_copy(update={"answer": f"{lead}: \u201c{line}\u201d [1]", "abstained": False,
                                     "citations": [cited]})


def focus(question: str, requirement_ids: list[str]) -> list[str]:
    """The requirements a question is about; empty means 'all of it'."""
    ids = []
    if _ABOUT_YEARS.search(question) and "years" in requirement_ids:
        ids.append("years")
    if (_ABOUT_PLACE.search(question) or place_said(question)) and "location" in requirement_ids:
        ids.append("location")
    for name in find_skills(question):
        family = BY_NAME[name].family
        if family in requirement_ids and family not in ids:
            ids.append(family)
    return ids


class _Citations:
    def __init__(self, posting_id: str, source: str):
        self.posting_id, self.source = posting_id, source
        self.items: list[Citation] = []

    def cite(self, text: str, section: str, from_resume: bool = False) -> str:
        for c in self.items:
            if c.text == text:
                return f"[{c.n}]"
        self.items.append(Citation(n=len(self.items) + 1,
                                   posting_id="resume" if from_resume else self.posting_id,
                                   section="Resume" if from_resume else section, text=text,
                                   source="resume (this session only)" if from_resume
                                   else self.source))
        return f"[{len(self.items)}]"


def answer_from_report(question: str, report: FitReport, requirements: list[Requirement],
                       source: str) -> Answer:
    sections = {r.id: r.section for r in requirements}
    cites = _Citations(report.posting_id, source)
    wanted = focus(question, [r.id for r in report.requirements])
    lines = [] if wanted else [report.summary]
    shown = [r for r in report.requirements if r.id in wanted] if wanted else \
        [r for r in report.requirements if r.status in {"missing", "partial"} or r.id in
         report.knockouts][:6]
    for result in shown:
        lines.append(_line(result, sections.get(result.id, ""), cites))
    return Answer(question=question, answer="\n".join(lines), abstained=False,
                  route="eligibility", citations=cites.items)


def answer_without_resume(question: str, requirements: list[Requirement], posting_id: str,
                          source: str) -> Answer:
    cites = _Citations(posting_id, source)
    by_id = {r.id: r for r in requirements}
    wanted = focus(question, list(by_id)) or [r.id for r in requirements if r.kind == "must"][:6]
    lines = ["The posting requires:"]
    for rid in wanted:
        req = by_id[rid]
        lines.append(f"- {req.text} {cites.cite(req.posting_evidence, req.section)}")
    place = place_said(question)
    if "location" in by_id and place:
        inside = place_inside(place, by_id["location"])
        if inside is not None:
            lines.append(f"{place} is {'within' if inside else 'outside'} the posting's location.")
    lines.append(ASK_FOR_RESUME)
    return Answer(question=question, answer="\n".join(lines), abstained=False,
                  route="eligibility", citations=cites.items)


def _line(result: RequirementResult, section: str, cites: _Citations) -> str:
    mark = cites.cite(result.posting_evidence, section)
    quotes = "".join(cites.cite(q, "Resume", from_resume=True) for q in result.resume_evidence[:2])
    return f"- {result.text}: {result.status} ({result.note}) {mark}{quotes}"
