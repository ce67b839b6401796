"""The shapes the CLI prints with --json and the web app shows: the stable contract."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field


class Citation(BaseModel):
    n: int = Field(description="The number the answer cites as [n].")
    posting_id: str
    section: str
    text: str = Field(description="The quoted passage from the posting.")
    source: str


class Answer(BaseModel):
    question: str
    answer: str
    abstained: bool = Field(description="True when the posting does not say.")
    route: Literal["qa", "eligibility"] = "qa"
    citations: list[Citation] = []
    note: str | None = Field(None, description="Why the answer is quoted, e.g. the model was down.")


Status = Literal["met", "partial", "missing", "unknown"]
Verdict = Literal["likely_eligible", "needs_review", "not_eligible"]
VERDICTS: tuple[str, ...] = get_args(Verdict)  # best first


class RequirementResult(BaseModel):
    id: str
    text: str
    kind: Literal["must", "nice"]
    category: str
    status: Status
    posting_evidence: str = Field(description="The posting's words for this requirement.")
    resume_evidence: list[str] = Field(description="Verbatim resume lines that decided it.")
    note: str
    contribution: float = Field(description="Points of the 0-100 score this requirement gave.")


class FitReport(BaseModel):
    posting_id: str
    role: str | None = Field(None, description="The job checked, on a page listing several.")
    verdict: Verdict
    score: int = Field(ge=0, le=100)
    requirements: list[RequirementResult]
    knockouts: list[str] = Field(description="Ids of requirements that alone rule the candidate out.")
    summary: str
    hidden: list[str] = Field(default_factory=list, description="Text in the resume a reader "
                              "cannot see (white, hidden, comments), left out of every check.")


class LetterSentence(BaseModel):
    text: str
    supported: bool = Field(description="Every claim about the candidate was found in the resume.")
    evidence: list[str] = Field(description="Resume lines (or posting facts) that back it.")


class CoverLetter(BaseModel):
    posting_id: str
    letter: str
    word_count: int
    sentences: list[LetterSentence]
    unsupported_claims: list[str] = Field(description="Sentences removed because the resume "
                                                      "does not support them.")
    requirements_addressed: list[str]
