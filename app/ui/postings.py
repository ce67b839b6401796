"""The Postings tab: add a file or URL with a progress bar, see what is ingested, remove one."""

from __future__ import annotations

import gradio as gr

from app.ui.common import Services, error_line, ingest_from_visitor, posting_choices
from ingest.errors import InputError
from ingest.load import SUPPORTED

HEADERS = ["Id", "Title", "Company", "Location", "Chunks"]
# Gradio spots a progress bar by this default and hands each call a tracker of its own.
PROGRESS = gr.Progress()


def posting_rows(services: Services) -> list[list]:
    return [[p.id, p.title, p.company, p.location, p.chunks] for p in services.assistant.postings()]


def add_posting(services: Services, path: str | None, url: str, request=None,
                progress=None) -> str:
    """Ingests one uploaded file or one URL; returns the status line."""
    url = (url or "").strip()
    progress = progress or (lambda *a, **k: None)
    try:
        with services.observer.track("ingest", request) as call:
            if path and url:
                raise InputError("add a file or a URL, not both at once")
            source = path or url
            if not source:
                raise InputError("choose a posting file or paste its URL first")
            progress(0.1, desc="Reading the posting…")
            [result] = ingest_from_visitor(services, source,
                                           on_read=lambda _: progress(0.5, desc="Indexing its sections…"))
            progress(1.0, desc="Done")
            call.note(posting_id=result.posting_id, added=result.added, removed=result.removed)
    except Exception as exc:
        return error_line(exc)
    finally:
        services.files.discard_upload(path)  # the posting now lives in the store
    changed = "already up to date" if not (result.added or result.removed) else \
        f"{result.added} chunks added, {result.removed} removed"
    return f"✔ Added **{result.title}** (`{result.posting_id}`): {changed}."


def remove_posting(services: Services, posting_id: str | None, request=None) -> str:
    try:
        with services.observer.track("remove", request) as call:
            if not posting_id:
                raise InputError("choose the posting to remove")
            removed = services.assistant.remove(posting_id)
            call.note(posting_id=posting_id, removed=removed)
    except Exception as exc:
        return error_line(exc)
    return f"Removed `{posting_id}` ({removed} chunks)."


def build_postings(services: Services, posting: gr.Dropdown) -> tuple[gr.Dataframe, gr.Dropdown]:
    with gr.Row():
        upload = gr.File(label="Posting file", file_types=SUPPORTED, type="filepath",
                         elem_id="posting-file")
        with gr.Column():
            url = gr.Textbox(label="…or its URL", placeholder="https://…", elem_id="posting-url")
            add = gr.Button("Add posting", variant="primary", elem_id="posting-add")
    status = gr.Markdown("", elem_id="postings-status")
    table = gr.Dataframe(headers=HEADERS, value=posting_rows(services), datatype="str",
                         interactive=False, wrap=True, elem_id="postings-table",
                         column_widths=["32%", "28%", "15%", "17%", "8%"],
                         label="Ingested postings")
    with gr.Row():
        doomed = gr.Dropdown(label="Posting to remove", choices=[], elem_id="posting-remove-id",
                             scale=3)
        remove = gr.Button("Remove", variant="stop", elem_id="posting-remove", scale=1)

    def refreshed(status_text: str, current: str | None):
        """Status, table, both selectors: every view of the posting list changes together."""
        choices = posting_choices(services.assistant)
        ids = [pid for _, pid in choices]
        keep = current if current in ids else (ids[0] if ids else None)
        return (status_text, posting_rows(services), gr.Dropdown(choices=choices, value=keep),
                gr.Dropdown(choices=choices, value=None))

    def on_add(path, link, current, request: gr.Request, progress=PROGRESS):
        text = add_posting(services, path, link, request, progress)
        # The uploaded copy is gone either way; a URL stays in its box after a failure, to fix.
        return (*refreshed(text, current), None, "" if text.startswith("✔") else gr.skip())

    def on_remove(posting_id, current, request: gr.Request):
        return refreshed(remove_posting(services, posting_id, request), current)

    views = [status, table, posting, doomed]
    add.click(on_add, [upload, url, posting], [*views, upload, url], api_visibility="private",
              concurrency_id="assistant")
    remove.click(on_remove, [doomed, posting], views, api_visibility="private",
                 concurrency_id="assistant")
    return table, doomed
