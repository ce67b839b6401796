"""Write a letter from its plan: templates frame it, the model phrases the body, code checks it."""

from __future__ import annotations

import logging
import re
from typing import Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from app.fit.profile import CandidateProfile
from app.letters.claims import check_sentence
from app.letters.plan import LetterPlan, Point, in_sentence
from app.schemas import CoverLetter, LetterSentence
from ingest.skills import find_skills

log = logging.getLogger(__name__)

Tone = Literal["formal", "warm", "concise"]
TONES: tuple[str, ...] = ("formal", "warm", "concise")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")

GREETING = {"formal": "Dear {company} Hiring Team,", "warm": "Hello {company} team,",
            "concise": "Dear {company} Hiring Team,"}
OPENING = {
    "formal": "I am writing to apply for the {role} position at {company}.",
    "warm": "I was excited to see the {role} opening at {company}, and I would love to apply.",
    "concise": "I am applying for the {role} role at {company}.",
}
YEARS = "I bring {years} years of industry experience to the role."
CLOSING = {
    "formal": "I would welcome the opportunity to discuss how my experience fits the {role} role. "
              "Thank you for your time and consideration.",
    "warm": "I would be glad to talk about how I could help the team. Thank you for reading.",
    "concise": "Thank you for your consideration.",
}
# No claim about the candidate's past: what they want, said plainly, when the letter is short.
MOTIVATION = {
    "formal": "The {role} role at {company} is the kind of work I want to do next, and I would "
              "bring care and steady effort to the team.",
    "warm": "I would really enjoy growing with the {company} team in this role.",
    "concise": "This role is a strong match for the work I want to do next.",
}
SIGN_OFF = {"formal": "Sincerely,", "warm": "Warm regards,", "concise": "Regards,"}
# When the model's sentence does not hold up, the resume line speaks for itself.
POINT_TEMPLATES = ("I have hands-on experience with {label}: {clause}.",
                   "My work with {label} is a good example: {clause}.",
                   "On {label}, my background includes this: {clause}.")
# Talk about the writing task instead of the candidate: a small model's habit, never kept.
_META = re.compile(r"cover letter|\bsample\b|here'?s|\bfacts?\b|\bresume\b|as an ai|sentences?\b",
                   re.I)
GAP = ("In fairness, my resume shows less {label} than the posting asks for, and I am keen "
       "to build it.")


class LetterWriter:
    def __init__(self, llm: BaseChatModel, prompt: ChatPromptTemplate):
        self.llm = llm
        self.prompt = prompt

    def write(self, plan: LetterPlan, profile: CandidateProfile, *, tone: Tone, words: int,
              variant: int = 0) -> CoverLetter:
        fields = {"role": plan.role, "company": plan.company or "your", "years": plan.years}
        removed: list[str] = []
        opening = [OPENING[tone].format(**fields)] + ([YEARS.format(**fields)] if plan.years else [])
        head = self._checked(opening, profile, plan, removed)
        closing = self._checked([CLOSING[tone].format(**fields)], profile, plan, removed)
        gap = []
        if plan.gap is not None:
            label = plan.gap.text.split(":")[0]
            # Code's own honest sentence about a gap: it names a skill the resume lacks on purpose.
            gap = [LetterSentence(text=GAP.format(label=in_sentence(label)), supported=True,
                                  evidence=[f"fit report: {label} is {plan.gap.status}"])]
        frame = [GREETING[tone].format(**fields), SIGN_OFF[tone], plan.name, plan.contact]
        fixed = _count(head + closing + gap) + sum(len(x.split()) for x in frame if x)

        body: list[LetterSentence] = []
        for group in _groups(plan.points, size=2):
            body += self._paragraph(group, plan, profile, tone, variant + len(body), removed, body)
        # Too short: more met requirements first, then further resume lines for the same ones.
        more = list(plan.spare) + [p for p in plan.points + plan.spare if len(p.evidence) > 1]
        while more and fixed + _count(body) < words * 0.9:
            body += self._said_from_resume([more.pop(0)], variant + len(body), body, profile,
                                           plan, removed)
        extras = list(plan.extras)
        while extras and fixed + _count(body) < words * 0.9:
            body += self._checked([_also(extras.pop(0))], profile, plan, removed)
        if fixed + _count(body) < words * 0.85:
            closing = self._checked([MOTIVATION[tone].format(**fields)], profile, plan,
                                    removed) + closing
        while len(body) > 1 and fixed + _count(body) > words * 1.1:
            body.pop()
        addressed = [p.requirement_id for p in plan.points + plan.spare
                     if any(_speaks_to(s.text, p) for s in body)]

        paragraphs = [" ".join(s.text for s in part) for part in (head, body, gap, closing) if part]
        text = "\n\n".join([frame[0], *paragraphs, "\n".join(x for x in frame[1:] if x)])
        return CoverLetter(posting_id=plan.posting_id, letter=text, word_count=len(text.split()),
                           sentences=head + body + gap + closing, unsupported_claims=removed,
                           requirements_addressed=addressed)

    def _paragraph(self, points: list[Point], plan: LetterPlan, profile: CandidateProfile,
                   tone: str, variant: int, removed: list[str],
                   before: list[LetterSentence]) -> list[LetterSentence]:
        facts = "\n".join(f"- {p.label}: {' '.join(p.evidence[:2])}" for p in points)
        draft = self._draft(facts, plan, tone, variant, len(points))
        on_topic = []
        for sentence in (s.strip() for s in _SENTENCE.split(draft)):
            if sentence and (_META.search(sentence) or not any(_speaks_to(sentence, p)
                                                                for p in points)):
                removed.append(f"{sentence} (does not speak to the plan)")
            else:
                on_topic.append(sentence)
        out = self._checked(on_topic, profile, plan, removed, model_written=True)
        missing = [p for p in points if not any(_speaks_to(s.text, p) for s in out)]
        return out + self._said_from_resume(missing, variant, before + out, profile, plan, removed)

    def _said_from_resume(self, points: list[Point], variant: int, so_far: list[LetterSentence],
                          profile: CandidateProfile, plan: LetterPlan,
                          removed: list[str]) -> list[LetterSentence]:
        """A point no kept sentence speaks to is said with the resume's own line."""
        out: list[LetterSentence] = []
        for i, point in enumerate(points):
            quoted = " ".join(s.text for s in so_far + out).lower()
            fresh = [e for e in point.evidence if _clause(e).lower() not in quoted]
            if fresh:
                text = _template(point.label, fresh[0], variant + i)
                out += self._checked([text], profile, plan, removed)
        return out

    def _draft(self, facts: str, plan: LetterPlan, tone: str, variant: int, n: int) -> str:
        chain = self.prompt | self.llm.bind(seed=7 + variant, temperature=0.2 + 0.3 * (variant > 0),
                                            stop=["\n\n"]) | StrOutputParser()
        try:
            return chain.invoke({"role": plan.role, "company": plan.company, "tone": tone,
                                 "facts": facts, "sentences": "one" if n == 1 else "two"})
        except Exception as exc:  # the plan alone still makes a true letter
            log.warning("letter draft failed (%s); using resume lines", type(exc).__name__)
            return ""

    @staticmethod
    def _checked(candidates: list[str], profile: CandidateProfile, plan: LetterPlan,
                 removed: list[str], model_written: bool = False) -> list[LetterSentence]:
        out = []
        for text in (c.strip() for c in candidates):
            if not text or len(text.split()) < 4:
                continue
            check = check_sentence(text, profile, plan, model_written=model_written)
            if check.supported:
                out.append(LetterSentence(text=text, supported=True, evidence=check.evidence))
            else:
                removed.append(f"{text} ({check.reason})")
        return out


def _groups(points: list[Point], size: int) -> list[list[Point]]:
    return [points[i:i + size] for i in range(0, len(points), size)]


def _template(label: str, evidence: str, variant: int) -> str:
    return POINT_TEMPLATES[variant % len(POINT_TEMPLATES)].format(label=label,
                                                                  clause=_clause(evidence))


def _clause(evidence: str) -> str:
    """A resume line as the end of a sentence: 'Built X.' -> 'built X'; 'Django apps' stays."""
    quote = evidence.rstrip(". ")
    first = quote.split()[0] if quote.split() else ""
    if _VERB.match(first) and not find_skills(first):
        return first.lower() + quote[len(first):]
    return quote


_VERB = re.compile(r"^(built|ran|led|lead|wrote|taught|set|made|drove|won|grew|own|build|run|write|"
                   r"teach|manage|design|develop|deploy|collaborate|communicate|\w+ed)$", re.I)


def _also(line: str) -> str:
    """Another true line from the resume: 'Taught Java' -> 'I also taught Java.'"""
    clause = _clause(line)
    first = clause.split()[0]
    return f"I also {clause}." if _VERB.match(first) else f"My experience also includes {clause}."


def _speaks_to(sentence: str, point: Point) -> bool:
    lowered = sentence.lower()
    return any(k.lower() in lowered for k in point.keywords)


def _count(sentences: list[LetterSentence]) -> int:
    return sum(len(s.text.split()) for s in sentences)
