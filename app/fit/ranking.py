"""Which of the candidate's postings fit best: one fit report per posting, best first, each with
its verdict, score and the gaps that matter most."""

from __future__ import annotations

from app.schemas import VERDICTS, FitReport

MAX_GAPS = 3
_WORDS = {"likely_eligible": "likely eligible", "needs_review": "needs review",
          "not_eligible": "not eligible"}


def best_first(reports: list[FitReport]) -> list[FitReport]:
    return sorted(reports, key=lambda r: (VERDICTS.index(r.verdict), -r.score, r.posting_id))


def top_gaps(report: FitReport) -> list[str]:
    """Knock-outs, then missing must-haves, then partly shown must-haves."""
    order = [r for r in report.requirements if r.id in report.knockouts]
    order += [r for r in report.requirements if r.kind == "must" and r.status == "missing"
              and r.id not in report.knockouts]
    order += [r for r in report.requirements if r.kind == "must" and r.status == "partial"]
    return list(dict.fromkeys(r.text for r in order))[:MAX_GAPS]


def ranking_line(report: FitReport, label: str) -> str:
    role = f" ({report.role})" if report.role else ""
    gaps = top_gaps(report)
    tail = f"; gaps: {'; '.join(gaps)}" if gaps else ""
    return f"{label}{role}: {_WORDS[report.verdict]}, score {report.score}/100{tail}"
