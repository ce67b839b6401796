"""The Cover letter tab: length and tone, generate and regenerate, edit, download .md and .docx."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from app.letters.write import TONES
from app.schemas import CoverLetter
from app.ui.common import NO_RESUME, Services, error_line, escape, session_of

EMPTY = "_Load a resume, pick a posting, choose length and tone, then press **Generate**._"
NO_REMOVED = "_Every sentence about you is backed by your resume; nothing was removed._"


def removed_markdown(letter: CoverLetter) -> str:
    if not letter.unsupported_claims:
        return NO_REMOVED
    lines = [f"- {escape(claim)}" for claim in letter.unsupported_claims]
    return ("**Removed from the draft** (your resume does not back it, or it was off-topic):\n\n"
            + "\n".join(lines))


def status_line(letter: CoverLetter, variant: int) -> str:
    draft = f"draft {variant + 1}" if variant else "first draft"
    return (f"✔ {letter.word_count} words, {draft}. Edit it below; the downloads follow your "
            "edits.")


def downloads(md: Path | None = None, docx: Path | None = None) -> tuple:
    """Both download buttons: usable with a file, greyed out without one."""
    # gr.update, not gr.DownloadButton: this also runs while the page is being laid out, where a
    # component constructor would add a stray button to it.
    return tuple(gr.update(value=str(path) if path else None, interactive=bool(path))
                 for path in (md, docx))


def run_letter(services: Services, resume_text: str | None, posting_id: str | None, words: int,
               tone: str, variant: int, request=None) -> tuple:
    """(status, letter text, removed claims, .md file, .docx file, variant)."""
    if not resume_text:
        return NO_RESUME, *[gr.skip()] * 5
    try:
        with services.observer.track("cover_letter", request, private=True) as call:
            letter = services.assistant.cover_letter(resume_text, posting_id, words=int(words),
                                                     tone=tone, variant=variant)
            md, docx = services.files.write_letter(session_of(request), letter.letter)
            call.note(posting_id=letter.posting_id, words=letter.word_count, tone=tone,
                      variant=variant, removed=len(letter.unsupported_claims))
    except Exception as exc:
        return error_line(exc), *[gr.skip()] * 5  # the last good draft stays as it was
    return (status_line(letter, variant), letter.letter, removed_markdown(letter), *downloads(md, docx),
            variant)


def build_letter(services: Services, posting: gr.Dropdown, resume: gr.State) -> list[tuple]:
    """Lays out the tab; returns (component, empty value) pairs that forgetting the resume resets."""
    variant = gr.State(0)  # which draft this session is on; Regenerate moves to the next one
    with gr.Row():
        words = gr.Slider(80, 1000, value=250, step=10, label="Length (words)",
                          elem_id="letter-words")
        tone = gr.Dropdown(list(TONES), value=TONES[0], label="Tone", elem_id="letter-tone")
    with gr.Row():
        generate = gr.Button("Generate", variant="primary", elem_id="letter-generate")
        regenerate = gr.Button("Regenerate", elem_id="letter-regenerate")
    status = gr.Markdown(EMPTY, elem_id="letter-status")
    text = gr.Textbox(label="Your letter (editable)", lines=16, max_lines=40, interactive=True,
                      buttons=["copy"], elem_id="letter-text")
    removed = gr.Markdown("", elem_id="letter-removed")
    with gr.Row():
        md = gr.DownloadButton("Download .md", value=None, interactive=False, elem_id="letter-md")
        docx = gr.DownloadButton("Download .docx", value=None, interactive=False,
                                 elem_id="letter-docx")
    outputs = [status, text, removed, md, docx, variant]

    def on_generate(resume_text, posting_id, n_words, tone_name, request: gr.Request):
        return run_letter(services, resume_text, posting_id, n_words, tone_name, 0, request)

    def on_regenerate(resume_text, posting_id, n_words, tone_name, current, request: gr.Request):
        return run_letter(services, resume_text, posting_id, n_words, tone_name, current + 1,
                          request)

    def on_edit(letter_text, request: gr.Request):
        if not (letter_text or "").strip():
            return downloads()
        return downloads(*services.files.write_letter(session_of(request), letter_text))

    generate.click(on_generate, [resume, posting, words, tone], outputs,
                   api_visibility="private", concurrency_id="assistant")
    regenerate.click(on_regenerate, [resume, posting, words, tone, variant], outputs,
                     api_visibility="private", concurrency_id="assistant")
    # Only the user's own typing rewrites the files (generation already wrote them).
    text.input(on_edit, text, [md, docx], api_visibility="private", trigger_mode="always_last",
               show_progress="hidden")
    empty_md, empty_docx = downloads()
    return [(status, EMPTY), (text, ""), (removed, ""), (md, empty_md), (docx, empty_docx),
            (variant, 0)]
