"""The Fit tab: the verdict, the score and one row per requirement with a status mark."""

from __future__ import annotations

import gradio as gr

from app.fit.match import NO_ASKS_FOUND, asks_found
from app.fit.profile import hidden_summary
from app.fit.ranking import ranking_line
from app.schemas import FitReport
from app.ui.common import NO_RESUME, Services, error_line, escape

MARKS = {"met": "✔", "partial": "◐", "missing": "✘", "unknown": "?"}
VERDICTS = {"likely_eligible": "✔ Likely eligible", "needs_review": "◐ Needs review",
            "not_eligible": "✘ Not eligible"}
HEADERS = ["", "Requirement", "Must/nice", "The posting says", "Your resume shows", "Note"]
EMPTY = "_Load a resume, pick a posting and press **Check my fit**._"
LEGEND = "✔ met · ◐ partly shown · ✘ missing · ? the resume cannot show it"


def fit_rows(report: FitReport) -> list[list[str]]:
    # The table is a plain-text grid (datatype "str"): no untrusted text is rendered as markup.
    return [[MARKS[r.status], r.text, r.kind, r.posting_evidence,
             "\n".join(r.resume_evidence) or "—", r.note] for r in report.requirements]


def verdict_markdown(report: FitReport) -> str:
    lines = [f"### {VERDICTS[report.verdict]} · score {report.score}/100", LEGEND]
    if report.role:
        lines.append(f"For the role: {escape(report.role)}")
    if not asks_found(report.requirements):
        lines.append(NO_ASKS_FOUND)
    if report.knockouts:
        names = [r.text for r in report.requirements if r.id in report.knockouts]
        lines.append(f"Ruled out by: {escape('; '.join(names))}")
    if report.hidden:
        lines.append(f"⚠ {escape(hidden_summary(report.hidden))}")
    return "\n\n".join(lines)


def ranking_markdown(services: Services, reports: list[FitReport]) -> str:
    lines = ["### Your postings, best fit first"]
    lines += [f"{i}. {escape(ranking_line(r, services.assistant.posting_label(r.posting_id)))}"
              for i, r in enumerate(reports, 1)]
    if reports and reports[0].hidden:
        lines.append(f"⚠ {escape(hidden_summary(reports[0].hidden))}")
    return "\n\n".join(lines)


def run_ranking(services: Services, resume_text: str | None,
                request=None) -> tuple[str, list[list[str]]]:
    """(the ranked postings as markdown, no rows): one line per posting."""
    if not resume_text:
        return NO_RESUME, []
    try:
        with services.observer.track("fit_all", request, private=True) as call:
            reports = services.assistant.fit_all(resume_text)
            call.note(postings=len(reports))
    except Exception as exc:
        return error_line(exc), []
    return ranking_markdown(services, reports), []


def run_fit(services: Services, resume_text: str | None, posting_id: str | None,
            request=None) -> tuple[str, list[list[str]]]:
    """(verdict markdown, table rows); an error becomes the one line in place of the verdict."""
    if not resume_text:
        return NO_RESUME, []
    try:
        with services.observer.track("fit", request, private=True) as call:
            report = services.assistant.fit(resume_text, posting_id)
            call.note(posting_id=report.posting_id, verdict=report.verdict, score=report.score,
                      requirements=len(report.requirements))
    except Exception as exc:
        return error_line(exc), []
    return verdict_markdown(report), fit_rows(report)


def build_fit(services: Services, posting: gr.Dropdown, resume: gr.State) -> list[tuple]:
    """Lays out the tab; returns (component, empty value) pairs that forgetting the resume resets."""
    with gr.Row():
        check = gr.Button("Check my fit", variant="primary", elem_id="fit-run")
        rank = gr.Button("Rank all my postings", elem_id="fit-rank")
    verdict = gr.Markdown(EMPTY, elem_id="fit-verdict")
    table = gr.Dataframe(headers=HEADERS, value=[], datatype="str", interactive=False, wrap=True,
                         column_widths=["5%", "20%", "8%", "27%", "22%", "18%"],
                         max_height=620, elem_id="fit-table", label="Requirements")

    def on_check(resume_text, posting_id, request: gr.Request):
        return run_fit(services, resume_text, posting_id, request)

    check.click(on_check, [resume, posting], [verdict, table], api_visibility="private",
                concurrency_id="assistant")

    def on_rank(resume_text, request: gr.Request):
        return run_ranking(services, resume_text, request)

    rank.click(on_rank, [resume], [verdict, table], api_visibility="private",
               concurrency_id="assistant")
    # A report belongs to one posting: switching posting clears it.
    posting.change(lambda: (EMPTY, []), None, [verdict, table], queue=False,
                   api_visibility="private")
    return [(verdict, EMPTY), (table, [])]
