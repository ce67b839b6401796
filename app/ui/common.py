"""What every tab shares: the services handlers call, one-line errors and safe Markdown."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.assistant import Assistant
from app.observability import Observer, one_line
from app.ui.files import SessionFiles
from ingest.errors import InputError

log = logging.getLogger(__name__)

NO_RESUME = "No resume loaded yet: add one in the **Resume** tab first."


@dataclass
class Services:
    """The collaborators a handler may use; the UI holds no retrieval or matching logic itself."""

    assistant: Assistant
    observer: Observer
    files: SessionFiles


def ingest_from_visitor(services: Services, source: str, on_read=None):
    """Ingest what a visitor gave; their URLs may only reach public addresses unless allowed."""
    allow_private = services.assistant.settings.server.allow_private_urls
    return services.assistant.ingest([source], on_read=on_read, public_urls_only=not allow_private)


def error_line(exc: Exception) -> str:
    """One readable line for the page; the JSON log keeps where it failed."""
    if isinstance(exc, InputError):
        return f"⚠️ {one_line(exc)}"
    return f"⚠️ Something went wrong ({type(exc).__name__}: {one_line(exc)}); please try again."


def escape(text: str) -> str:
    # Posting and resume text is untrusted: it must read as a quote, not render as links or markup.
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def posting_choices(assistant: Assistant) -> list[tuple[str, str]]:
    return [(f"{p.title} · {p.company} ({p.id})" if p.company else f"{p.title} ({p.id})", p.id)
            for p in assistant.postings()]


def session_of(request) -> str:
    return getattr(request, "session_hash", None) or "no-session"
