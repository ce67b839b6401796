"""The Resume tab: upload or paste; the text lives in this session's state only, never on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import gradio as gr

from app.fit.profile import MAX_RESUME_CHARS, build_profile, hidden_summary, resume_from_upload
from app.ui.common import Services, error_line, session_of

EMPTY = ("_No resume loaded. It stays in this browser session only: never stored, never logged, "
         "gone when you close the page or press **Forget my resume**._")
RESUME_TYPES = [".pdf", ".docx", ".txt", ".md", ".json", ".tex"]


def loaded_line(text: str) -> str:
    """Confirms the load without echoing a word of the resume (beyond what it hides)."""
    line = (f"✔ Resume loaded: {len(text.split()):,} words. Check your **Fit** or draft a "
            "**Cover letter** next.")
    hidden = getattr(text, "hidden", ())
    return f"{line}\n\n⚠ {hidden_summary(hidden)}" if hidden else line


def read_upload(services: Services, path: str | None) -> str:
    """The resume text of an uploaded file; the uploaded copy is deleted whatever happens."""
    if not path:
        raise ValueError("no file was uploaded")
    try:
        data = Path(path).read_bytes()
        return resume_from_upload(data, Path(path).name)
    finally:
        services.files.discard_upload(path)


def check_resume(text: str) -> str:
    """Refuses empty or oversized text now, rather than at the first fit check."""
    build_profile(text)  # raises InputError with the reason
    return text


def build_resume(services: Services, resume: gr.State) -> Callable[[list[tuple]], None]:
    """Lays out the tab; returns a function that wires "Forget my resume" to also reset the
    (component, empty value) pairs of the tabs built later, which show what the resume produced."""
    gr.Markdown("Add your resume to check your fit and draft a cover letter. "
                "PDF, DOCX, TXT, Markdown, a JSON Resume (.json) or LaTeX source (.tex), or paste "
                "the text.")
    with gr.Row():
        with gr.Column():
            upload = gr.File(label="Upload a resume (PDF, DOCX, TXT, MD, JSON, TEX)", file_types=RESUME_TYPES,
                             type="filepath", elem_id="resume-file")
        with gr.Column():
            pasted = gr.Textbox(label="…or paste it here", lines=8, max_lines=16,
                                max_length=MAX_RESUME_CHARS, elem_id="resume-text")
            use_pasted = gr.Button("Use pasted text", elem_id="resume-use-text")
    status = gr.Markdown(EMPTY, elem_id="resume-status")
    forget = gr.Button("Forget my resume", variant="stop", elem_id="resume-forget")

    def on_upload(path, current, request: gr.Request):
        try:
            with services.observer.track("resume", request, private=True) as call:
                text = check_resume(read_upload(services, path))
                call.note(words=len(text.split()), via="upload")
        except Exception as exc:
            return current, error_line(exc), None
        # The File component is emptied too, so the page holds no copy of the upload.
        return text, loaded_line(text), None

    def on_paste(text, current, request: gr.Request):
        try:
            with services.observer.track("resume", request, private=True) as call:
                text = check_resume(text or "")
                call.note(words=len(text.split()), via="paste")
        except Exception as exc:
            return current, error_line(exc), gr.skip()
        return text, loaded_line(text), ""

    upload.upload(on_upload, [upload, resume], [resume, status, upload], api_visibility="private")
    use_pasted.click(on_paste, [pasted, resume], [resume, status, pasted],
                     api_visibility="private")

    def wire_forget(cleared: list[tuple]) -> None:
        def on_forget(request: gr.Request):
            services.files.forget(session_of(request))
            return (None, "Resume forgotten: nothing of it is kept. " + EMPTY, None, "",
                    *[value for _, value in cleared])

        forget.click(on_forget, None, [resume, status, upload, pasted, *[c for c, _ in cleared]],
                     api_visibility="private", queue=False)

    return wire_forget
