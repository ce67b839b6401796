"""The shapes the CLI prints with --json and the web app shows: the stable contract."""

from __future__ import annotations

from typing import Literal

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
