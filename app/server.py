"""The web app as a service: FastAPI serves health, readiness and metrics; Gradio is mounted at "/"."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

import gradio as gr
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from app.assistant import Assistant
from app.config import ServerSettings, Settings
from app.observability import (
    METRICS_CONTENT_TYPE,
    REQUEST_ID,
    Observer,
    install_json_logging,
    request_id,
)
from app.ui import Services, SessionFiles, build_ui

log = logging.getLogger(__name__)
http_log = logging.getLogger("jobassist.http")


def upload_root(server: ServerSettings) -> Path:
    root = server.upload_dir or Path(tempfile.gettempdir()) / "jobassist-uploads"
    root = root.expanduser().resolve()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def concurrency(settings: Settings) -> int:
    # llama.cpp runs one generation at a time per model; a remote server can take several.
    return settings.server.concurrency_limit or (1 if settings.llm.backend == "llamacpp" else 4)


def login(server: ServerSettings) -> tuple[str, str] | None:
    password = server.auth_password.get_secret_value() if server.auth_password else ""
    return (server.auth_user, password) if server.auth_user and password else None


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    install_json_logging()
    assistant = assistant or Assistant(settings)
    if not assistant.postings():
        # A fresh machine should show a working chat, not an empty selector.
        for result in assistant.ingest():
            log.info("ingested %s (%d chunks added)", result.posting_id, result.added)
    # Load the models now: the first question is not slowed by loading, and two first
    # requests cannot race to load two copies (cached_property takes no lock).
    assistant.warm_up()

    server = settings.server
    root = upload_root(server)
    # Gradio keeps browser uploads and the files it serves in GRADIO_TEMP_DIR, read when the
    # Blocks and its app are built: pointing it here puts every servable file in one area.
    os.environ["GRADIO_TEMP_DIR"] = str(root)
    files = SessionFiles(root, server.upload_max_age_s)
    files.sweep()
    observer = Observer()
    services = Services(assistant=assistant, observer=observer, files=files)

    app = FastAPI(title="jobassist", docs_url=None, redoc_url=None)

    @app.middleware("http")
    async def tag_request(request: Request, call_next):
        rid = request_id(request)
        token = REQUEST_ID.set(rid)
        start = time.perf_counter()
        try:
            response = await call_next(request)
        finally:
            REQUEST_ID.reset(token)
        response.headers["X-Request-ID"] = rid
        http_log.debug("%s %s %s", request.method, request.url.path, response.status_code,
                       extra={"request_id": rid, "fields": {
                           "duration_ms": round((time.perf_counter() - start) * 1000, 1)}})
        return response

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> Response:
        if "answerer" not in assistant.__dict__:  # cached_property: built means loaded
            return JSONResponse({"status": "not ready", "reason": "models not loaded"}, 503)
        try:
            count = len(assistant.postings())
        except Exception as exc:  # a store that is down raises many types
            log.warning("readiness: store unreachable (%s)", type(exc).__name__)
            return JSONResponse({"status": "not ready", "reason": "store unreachable"}, 503)
        return JSONResponse({"status": "ready", "postings": count})

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(observer.metrics.exposition(), media_type=METRICS_CONTENT_TYPE)

    age = server.upload_max_age_s
    demo = build_ui(services, delete_cache=(min(age, 600), age))
    demo.queue(max_size=server.max_queue_size, default_concurrency_limit=concurrency(settings))
    # run_history off: it records questions and resumes in the browser and offers to upload them
    # to a Hugging Face bucket, which an offline, private tool must not do. allowed_paths stays
    # empty: the file route serves only Gradio's own assets and the upload area.
    return gr.mount_gradio_app(app, demo, path="/", run_history=False,
                               footer_links=["api", "settings"], auth=login(server),
                               max_file_size=int(server.max_upload_mb * 1024 * 1024),
                               allowed_paths=[])
