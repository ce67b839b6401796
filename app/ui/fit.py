"""The Fit tab: the verdict, the score and one row per requirement with a status mark."""

from __future__ import annotations

import gradio as gr

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
    if report.knockouts:
        names = [r.text for r in report.requirements if r.id in report.knockouts]
        lines.append(f"Ruled out by: {escape('; '.join(names))}")
    return "\n\n".join(lines)


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
    check = gr.Button("Check my fit", variant="primary", elem_id="fit-run")
    verdict = gr.Markdown(EMPTY, elem_id="fit-verdict")
    table = gr.Dataframe(headers=HEADERS, value=[], datatype="str", interactive=False, wrap=True,
                         column_widths=["5%", "20%", "8%", "27%", "22%", "18%"],
                         max_height=620, elem_id="fit-table", label="Requirements")

    def on_check(resume_text, posting_id, request: gr.Request):
        return run_fit(services, resume_text, posting_id, request)

    check.click(on_check, [resume, posting], [verdict, table], api_visibility="private",
                concurrency_id="assistant")
    # A report belongs to one posting: switching posting clears it.
    posting.change(lambda: (EMPTY, []), None, [verdict, table], queue=False,
                   api_visibility="private")
    return [(verdict, EMPTY), (table, [])]
