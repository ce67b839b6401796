"""The web app: FastAPI for health, with the Gradio chat page mounted at "/"."""

from __future__ import annotations

import logging

import gradio as gr
from fastapi import FastAPI

from app.assistant import Assistant
from app.config import Settings
from app.ui import build_ui

log = logging.getLogger(__name__)


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    assistant = assistant or Assistant(settings)
    if not assistant.postings():
        # A fresh machine should show a working chat, not an empty selector.
        for result in assistant.ingest():
            log.info("ingested %s (%d chunks added)", result.posting_id, result.added)
    # Build the models now: the first question is not slowed by loading, and two first
    # requests cannot race to load two copies (cached_property takes no lock).
    assistant.answerer  # noqa: B018

    app = FastAPI(title="jobassist", docs_url=None, redoc_url=None)

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    demo = build_ui(assistant)
    # llama.cpp runs one generation at a time per model; a remote server can take several.
    demo.queue(default_concurrency_limit=1 if settings.llm.backend == "llamacpp" else 4)
    # run_history off: it records questions (later, resumes) in the browser and offers to
    # upload them to a Hugging Face bucket, which an offline, private tool must not do.
    return gr.mount_gradio_app(app, demo, path="/", run_history=False,
                               footer_links=["api", "settings"])
