"""What the web app reports about itself: Prometheus metrics and JSON-lines logs with a request id.

Resume text never reaches either: a call records its feature, outcome, timings and the few
fields a handler notes (posting id, verdict, counts); error messages of calls marked private
(anything that read a resume) are left out, and logged tracebacks carry frames, not messages.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import logging
import re
import sys
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

from ingest.errors import InputError

FEATURES = ("ask", "fit", "cover_letter", "ingest", "remove", "resume")
REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
METRICS_CONTENT_TYPE = CONTENT_TYPE_LATEST
_CLIENT_ID = re.compile(r"^[\w.-]{1,64}$")
_SECONDS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

log = logging.getLogger("jobassist.web")


class Metrics:
    """Its own registry, so two apps in one process (tests) never collide."""

    def __init__(self, registry: CollectorRegistry | None = None):
        disable_created_metrics()  # the *_created series only add noise to a scrape
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter("jobassist_requests", "Feature requests by outcome.",
                                ["feature", "outcome"], registry=r)
        self.latency = Histogram("jobassist_request_seconds", "Time to serve a feature request.",
                                 ["feature"], buckets=_SECONDS, registry=r)
        self.retrieval = Histogram(
            "jobassist_retrieval_seconds",
            "Question to first draft token: retrieval, evidence choice and the model's first token.",
            buckets=_SECONDS, registry=r)
        self.generation = Histogram("jobassist_generation_seconds",
                                    "First draft token to the verified answer.",
                                    buckets=_SECONDS, registry=r)
        self.tokens = Counter("jobassist_generated_tokens", "Draft tokens streamed by the chat model.",
                              registry=r)
        self.errors = Counter("jobassist_errors", "Failed feature requests by kind (input or internal).",
                              ["feature", "kind"], registry=r)
        for feature in FEATURES:  # every series exists from the start, at zero
            self.latency.labels(feature)
            for outcome in ("ok", "input_error", "error", "cancelled"):
                self.requests.labels(feature, outcome)
            for kind in ("input", "internal"):
                self.errors.labels(feature, kind)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


@dataclass
class Call:
    feature: str
    request_id: str
    session: str | None
    private: bool
    fields: dict[str, Any] = field(default_factory=dict)

    def note(self, **fields: Any) -> None:
        """Facts worth a log line (ids, counts, verdicts); never resume text."""
        self.fields.update(fields)


class Observer:
    def __init__(self, metrics: Metrics | None = None):
        self.metrics = metrics or Metrics()

    @contextmanager
    def track(self, feature: str, request: Any = None, *, private: bool = False) -> Iterator[Call]:
        """Times a feature call, counts its outcome and logs one JSON line; exceptions pass through."""
        call = Call(feature, request_id(request), session_tag(request), private)
        token = REQUEST_ID.set(call.request_id)
        start = time.perf_counter()
        outcome, error = "ok", None
        try:
            yield call
        except InputError as exc:
            outcome, error = "input_error", exc
            raise
        except GeneratorExit:  # the page closed a stream it no longer wanted
            outcome = "cancelled"
            raise
        except Exception as exc:
            outcome, error = "error", exc
            raise
        finally:
            elapsed = time.perf_counter() - start
            m = self.metrics
            m.requests.labels(feature, outcome).inc()
            m.latency.labels(feature).observe(elapsed)
            record = {"feature": feature, "outcome": outcome, "duration_ms": round(elapsed * 1000, 1),
                      "session": call.session, **call.fields}
            if error is not None:
                m.errors.labels(feature, "input" if outcome == "input_error" else "internal").inc()
                record["error_type"] = type(error).__name__
                if not private:
                    record["error"] = one_line(error)
                if outcome == "error":
                    record["trace"] = frames(error)
            log.log(logging.INFO if outcome == "ok" else logging.WARNING, "%s %s", feature, outcome,
                    extra={"request_id": call.request_id, "fields": record})
            try:
                REQUEST_ID.reset(token)
            except ValueError:  # a generator resumed in another context: nothing to restore
                pass

    def answer_stream(self, events: Iterator[Any]) -> Iterator[Any]:
        """Passes ask_stream's events through, timing retrieval and generation and counting tokens."""
        start = time.perf_counter()
        first = last = None
        tokens = 0
        route = None
        for event in events:
            now = time.perf_counter()
            first = first or now
            if isinstance(event, str):
                tokens += 1
            else:
                route, last = getattr(event, "route", None), now
            yield event
        if route == "qa" and first is not None:
            self.metrics.retrieval.observe(first - start)
        if tokens and last is not None:
            self.metrics.generation.observe(last - first)
            self.metrics.tokens.inc(tokens)


def request_id(request: Any = None) -> str:
    """The client's X-Request-ID when it is a plain token, else a fresh one."""
    headers = getattr(request, "headers", None) or {}
    given = headers.get("x-request-id") if hasattr(headers, "get") else None
    return given if given and _CLIENT_ID.match(given) else uuid.uuid4().hex[:16]


def session_tag(request: Any = None) -> str | None:
    """A short hash of the Gradio session: lines of one session correlate, the hash itself stays private."""
    session = getattr(request, "session_hash", None)
    return hashlib.sha256(session.encode()).hexdigest()[:12] if session else None


def one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def frames(exc: BaseException) -> list[str]:
    """Where it failed, without the message (which might quote a resume)."""
    return [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
            for f in traceback.extract_tb(exc.__traceback__)][-12:]


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
                   "level": record.levelname, "logger": record.name,
                   "request_id": getattr(record, "request_id", None) or REQUEST_ID.get(),
                   "msg": record.getMessage()}
        payload.update(getattr(record, "fields", None) or {})
        if record.exc_info and record.exc_info[1] is not None:
            payload.setdefault("error_type", type(record.exc_info[1]).__name__)
            payload.setdefault("trace", frames(record.exc_info[1]))
        return json.dumps(payload, ensure_ascii=False, default=str)


def install_json_logging() -> None:
    """Every log line on stderr becomes one JSON object; request lines are on even at WARNING."""
    root = logging.getLogger()
    formatter = JsonFormatter()
    to_stderr = [h for h in root.handlers if isinstance(h, logging.StreamHandler)
                 and (getattr(h, "stream", None) in (sys.stderr, sys.__stderr__)
                      or getattr(h, "jobassist_json", False))]
    if not to_stderr:
        handler = logging.StreamHandler(sys.stderr)
        handler.jobassist_json = True  # found again if the app is built twice in one process
        root.addHandler(handler)
        to_stderr = [handler]
    for handler in to_stderr:
        handler.setFormatter(formatter)
        if getattr(handler, "jobassist_json", False):
            handler.setStream(sys.stderr)  # follow a replaced stderr (test runners do that)
    log.setLevel(logging.INFO)
