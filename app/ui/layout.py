"""The page: a posting selector over five tabs, each built by its own module."""

from __future__ import annotations

import gradio as gr

from app.ui.api import register_api
from app.ui.chat import build_chat, clear_chat
from app.ui.common import Services, posting_choices, session_of
from app.ui.fit import build_fit
from app.ui.letter import build_letter
from app.ui.postings import build_postings, posting_rows
from app.ui.resume import build_resume

INTRO = """# jobassist
Ask about a job posting, check your fit against it, and draft a cover letter that claims only what
your resume shows. Answers quote the posting; when it does not say, the assistant says so."""


def build_ui(services: Services, *, delete_cache: tuple[int, int] | None = None) -> gr.Blocks:
    choices = posting_choices(services.assistant)
    with gr.Blocks(title="jobassist", analytics_enabled=False, delete_cache=delete_cache) as demo:
        gr.Markdown(INTRO)
        posting = gr.Dropdown(choices=choices, value=choices[0][1] if choices else None,
                              label="Posting", interactive=True, elem_id="posting")
        # The resume text: server-side, this session only, gone when the session ends.
        resume = gr.State(None)
        with gr.Tabs():
            with gr.Tab("Chat", id="chat") as chat_tab:
                chat_outputs = build_chat(services, posting, resume, chat_tab)
            with gr.Tab("Resume", id="resume"):
                wire_forget = build_resume(services, resume)
            with gr.Tab("Fit", id="fit"):
                fit_cleared = build_fit(services, posting, resume)
            with gr.Tab("Cover letter", id="letter"):
                letter_cleared = build_letter(services, posting, resume)
            with gr.Tab("Postings", id="postings"):
                table, doomed = build_postings(services, posting)

        wire_forget(fit_cleared + letter_cleared)
        # A conversation's history belongs to one posting; switching starts afresh.
        posting.change(clear_chat, None, chat_outputs, queue=False, api_visibility="private")

        def on_load(current):
            """Postings ingested elsewhere (the CLI, another session) show up on each page load."""
            fresh = posting_choices(services.assistant)
            ids = [pid for _, pid in fresh]
            keep = current if current in ids else (ids[0] if ids else None)
            return (gr.Dropdown(choices=fresh, value=keep), posting_rows(services),
                    gr.Dropdown(choices=fresh, value=None))

        demo.load(on_load, posting, [posting, table, doomed], queue=False,
                  api_visibility="private")

        def on_unload(request: gr.Request):
            session = session_of(request)
            services.files.forget(session)  # the session's letters go with it
            # Gradio would keep a closed session's state (the resume) for another hour, in case
            # the tab comes back; a reloaded page is a new session, so drop it now.
            holder = getattr(demo, "state_holder", None)
            if holder is not None and session in holder:
                holder.delete_state(session)

        demo.unload(on_unload)
        register_api(services)
    return demo
