"""The real-format resume set (`app/evaldata/fit/real/`) through the fit engine: each resume
against the real postings it is paired with, scored on the verdict and on the location and years
statuses written before the engine ever ran on them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.evaluation import EVAL_DIR
from ingest.errors import InputError

REAL = EVAL_DIR / "fit" / "real"
# A second set, written by a helper who never ran the engine, after the first had been worked on:
# its first run is the honest estimate for resumes nobody here has seen.
FRESH = EVAL_DIR / "fit" / "fresh"
TODAY = date(2026, 11, 29)  # the day the expectations were written


@dataclass(frozen=True)
class RealPair:
    resume: str
    posting: str
    verdict: str
    location: str
    years: str
    skills_met: list[str] = field(default_factory=list)
    skills_missing: list[str] = field(default_factory=list)
    why: str = ""
    role: str | None = None


def load_real_pairs(folder: Path = REAL) -> list[RealPair]:
    lines = (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    return [RealPair(**json.loads(line)) for line in lines if line.strip()]


def run_real_fit(assistant, pairs: list[RealPair] | None = None,
                 folder: Path = REAL) -> dict[str, float | int]:
    """Verdict, location and years accuracy over the pairs whose posting is ingested; a resume
    the loader refuses counts as wrong, and is counted apart."""
    from app.fit.profile import load_resume

    ingested = {p.id for p in assistant.postings()}
    pairs = [p for p in (pairs if pairs is not None else load_real_pairs(folder))
             if p.posting in ingested]
    verdicts, places, years, unreadable = [], [], [], set()
    for pair in pairs:
        try:
            report = assistant.fit(load_resume(folder / "resumes" / pair.resume), pair.posting,
                                   role=pair.role, today=TODAY)
        except InputError:
            unreadable.add(pair.resume)
            verdicts.append(False)
            continue
        statuses = {r.id: r.status for r in report.requirements}
        verdicts.append(report.verdict == pair.verdict)
        # "n/a": the posting states no place or no number of years, so no such requirement.
        if pair.location != "n/a" or "location" in statuses:
            places.append(statuses.get("location", "n/a") == pair.location)
        if pair.years != "n/a" or "years" in statuses:
            years.append(statuses.get("years", "n/a") == pair.years)
    return {
        "pairs": len(pairs),
        "verdict_accuracy": _share(verdicts),
        "location_status_accuracy": _share(places),
        "years_status_accuracy": _share(years),
        "resumes_refused": len(unreadable),
    }


def _share(hits: list[bool]) -> float:
    return round(sum(hits) / len(hits), 3) if hits else 0.0
