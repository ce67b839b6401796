"""The real-format resume set (`app/evaldata/fit/real/`) through the fit engine: each resume
against the real postings it is paired with, scored on the verdict and on the location and years
statuses written before the engine ever ran on them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from app.evaluation import EVAL_DIR
from ingest.errors import InputError

REAL = EVAL_DIR / "fit" / "real"
# A second set, written by a helper who never ran the engine, after the first had been worked on:
# its first run is the honest estimate for resumes nobody here has seen.
FRESH = EVAL_DIR / "fit" / "fresh"
# A third, written the same way after the second had been worked on, with most of its pairs on
# postings neither earlier set used.
THIRD = EVAL_DIR / "fit" / "third"
# A fourth, on the postings the others pair least, run once before anything was fixed for it.
FOURTH = EVAL_DIR / "fit" / "fourth"
# A fifth, on ten postings no set had seen (the "late-" collection: Dutch, Swedish and Spanish
# pages among them), run once before anything was fixed for it.
FIFTH = EVAL_DIR / "fit" / "fifth"
# A sixth and a seventh, each on five postings no set had seen (the "deca-" collection: public
# bodies and universities in Brazil, Germany, France, the US and Singapore, three pages not in
# English; the "decb-": companies and NGOs in Ukraine, Germany, France and South Africa, and a
# remote one), written by two helpers at once and run once before anything was fixed for them.
SIXTH = EVAL_DIR / "fit" / "sixth"
SEVENTH = EVAL_DIR / "fit" / "seventh"
SETS = {"first set": REAL, "second set": FRESH, "third set": THIRD, "fourth set": FOURTH,
        "fifth set": FIFTH, "sixth set": SIXTH, "seventh set": SEVENTH}
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


@dataclass(frozen=True)
class PairResult:
    pair: RealPair
    verdict_right: bool
    place_right: bool | None  # None: neither the posting nor the pair states a place
    years_right: bool | None
    refused: bool = False


def grade_pairs(assistant, pairs: list[RealPair] | None = None,
                folder: Path = REAL) -> list[PairResult]:
    """Each pair whose posting is ingested, through the fit engine; a resume the loader refuses
    counts as wrong."""
    from app.fit.profile import load_resume

    ingested = {p.id for p in assistant.postings()}
    # A resume is paired with two to four postings: read each file once.
    read = cache(lambda name: load_resume(folder / "resumes" / name))
    out = []
    for pair in (pairs if pairs is not None else load_real_pairs(folder)):
        if pair.posting not in ingested:
            continue
        try:
            report = assistant.fit(read(pair.resume), pair.posting, role=pair.role, today=TODAY)
        except InputError:
            out.append(PairResult(pair, False, None, None, refused=True))
            continue
        statuses = {r.id: r.status for r in report.requirements}
        # "n/a": the posting states no place or no number of years, so no such requirement.
        place = statuses.get("location", "n/a") == pair.location \
            if pair.location != "n/a" or "location" in statuses else None
        years = statuses.get("years", "n/a") == pair.years \
            if pair.years != "n/a" or "years" in statuses else None
        out.append(PairResult(pair, report.verdict == pair.verdict, place, years))
    return out


def summarize_pairs(results: list[PairResult]) -> dict[str, float | int | str]:
    return {
        "pairs": len(results),
        "verdict_accuracy": _share([r.verdict_right for r in results]),
        "location_status_accuracy": _share([r.place_right for r in results
                                            if r.place_right is not None]),
        "years_status_accuracy": _share([r.years_right for r in results
                                         if r.years_right is not None]),
        "resumes_refused": len({r.pair.resume for r in results if r.refused}),
    }


def run_real_fit(assistant, pairs: list[RealPair] | None = None,
                 folder: Path = REAL) -> dict[str, float | int | str]:
    """Verdict, location and years accuracy over the pairs whose posting is ingested."""
    return summarize_pairs(grade_pairs(assistant, pairs, folder))


def by_posting(results: list[PairResult]) -> list[dict]:
    """Verdict and status accuracy for each posting, over every set that pairs it."""
    postings = sorted({r.pair.posting for r in results})
    return [{"posting": posting, **summarize_pairs([r for r in results if r.pair.posting == posting])}
            for posting in postings]


def _share(hits: list[bool]) -> float | str:
    return round(sum(hits) / len(hits), 3) if hits else "n/a"  # nothing of the kind to score
