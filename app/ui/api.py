"""Named API endpoints for scripts (gradio_client): ask, fit, cover_letter, ingest.

They are stateless: a resume comes with each call and is forgotten when it returns.
"""

from __future__ import annotations

import dataclasses

import gradio as gr

from app.ui.common import Services, ingest_from_visitor
from ingest.errors import InputError
from ingest.load import is_url


def _api_error(exc: Exception) -> gr.Error:
    if isinstance(exc, InputError):
        return gr.Error(str(exc).strip().splitlines()[0], print_exception=False)
    return gr.Error(f"internal error ({type(exc).__name__}); see the server log",
                    print_exception=False)


def ingest_source(services: Services, url_or_path: str | dict) -> str:
    """A URL, or a file uploaded to this server; a path elsewhere on the server is refused."""
    if isinstance(url_or_path, dict):  # gradio_client.handle_file(...) arrives as FileData
        url_or_path = url_or_path.get("path") or ""
    source = (url_or_path or "").strip()
    if not source:
        raise InputError("give a posting URL or upload a file")
    if is_url(source) or services.files.contains(source):
        return source
    raise InputError("only http(s) URLs or files uploaded with the request can be ingested")


def register_api(services: Services) -> None:
    """Call inside the Blocks context; every endpoint shares the models' concurrency group."""
    assistant, observer = services.assistant, services.observer

    def ask(question: str, posting_id: str = "", resume_text: str = "",
            request: gr.Request = None) -> dict:
        """Answer a question about a posting with citations; a resume routes eligibility questions."""
        try:
            with observer.track("ask", request, private=bool(resume_text)) as call:
                events = assistant.ask_stream(question, posting_id or None,
                                              resume_text=resume_text or None)
                *_, answer = observer.answer_stream(events)
                call.note(posting_id=posting_id, route=answer.route, abstained=answer.abstained)
                return answer.model_dump()
        except Exception as exc:
            raise _api_error(exc) from None

    def fit(resume_text: str, posting_id: str = "", request: gr.Request = None) -> dict:
        """Requirement-by-requirement fit of a resume against a posting."""
        try:
            with observer.track("fit", request, private=True) as call:
                report = assistant.fit(resume_text, posting_id or None)
                call.note(posting_id=report.posting_id, verdict=report.verdict, score=report.score)
                return report.model_dump()
        except Exception as exc:
            raise _api_error(exc) from None

    def cover_letter(resume_text: str, posting_id: str = "", words: int = 250, tone: str = "formal",
                     variant: int = 0, request: gr.Request = None) -> dict:
        """A cover letter whose every claim about the candidate is found in the resume."""
        try:
            with observer.track("cover_letter", request, private=True) as call:
                letter = assistant.cover_letter(resume_text, posting_id or None, words=int(words),
                                                tone=tone, variant=int(variant))
                call.note(posting_id=letter.posting_id, words=letter.word_count, tone=tone)
                return letter.model_dump()
        except Exception as exc:
            raise _api_error(exc) from None

    def ingest(url_or_path: str | dict, request: gr.Request = None) -> list[dict]:
        """Ingest a posting from an http(s) URL or an uploaded file (gradio_client.handle_file)."""
        path = None
        try:
            with observer.track("ingest", request) as call:
                source = ingest_source(services, url_or_path)
                path = None if is_url(source) else source
                results = ingest_from_visitor(services, source)
                call.note(postings=[r.posting_id for r in results])
                return [dataclasses.asdict(r) for r in results]
        except Exception as exc:
            raise _api_error(exc) from None
        finally:
            services.files.discard_upload(path)

    for fn in (ask, fit, cover_letter, ingest):
        gr.api(fn, api_name=fn.__name__, concurrency_id="assistant")
