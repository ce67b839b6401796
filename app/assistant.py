"""The one facade the CLI and the web app call; it owns the wired components."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import cached_property
from pathlib import Path

from app.across import answer_across, is_across_question
from app.config import Settings
from app.eligibility import (
    ASK_FOR_RESUME_TO_RANK,
    answer_best_fit,
    answer_from_report,
    answer_without_resume,
    asks_something_specific,
    is_best_fit_question,
    is_eligibility_question,
    with_place_verdict,
)
from app.evidence import EvidenceSelector
from app.fit.match import match
from app.fit.matching_model import matching_embeddings
from app.fit.profile import CandidateProfile, build_profile, hidden_summary
from app.fit.ranking import best_first
from app.fit.similar import ResumeLines
from app.letters.plan import make_plan
from app.letters.write import TONES, LetterWriter
from app.prompts import load_chat_prompt
from app.providers import build_embeddings, build_llm, build_stores
from app.qa import QuestionAnswerer
from app.schemas import VERDICTS, Answer, CoverLetter, FitReport
from ingest import default_posting_path
from ingest.errors import InputError
from ingest.index import IngestResult, PostingIndex, PostingSummary
from ingest.load import fetch
from ingest.posting import Posting, fingerprint, parse_fetched, posting_id_for

log = logging.getLogger(__name__)


# Postings embedded in one call: big enough for the embedding model's batches, small enough that
# progress moves and memory stays flat on a large ingest.
INGEST_BATCH = 32


class Assistant:
    """Components are built on first use, so `postings` never loads the chat model."""

    def __init__(self, settings: Settings, *, llm=None, embeddings=None):
        self.settings = settings
        self._llm = llm
        self._embeddings = embeddings

    @cached_property
    def embeddings(self):
        return self._embeddings or build_embeddings(self.settings.embeddings)

    @cached_property
    def matcher(self):
        """Sets asks against resume lines by meaning (see app.fit.matching_model)."""
        return matching_embeddings()

    @cached_property
    def llm(self):
        return self._llm or build_llm(self.settings.llm)

    @cached_property
    def stores(self):
        return build_stores(self.settings.store, self.embeddings)

    @property
    def store(self):
        return self.stores.chunks

    @cached_property
    def index(self) -> PostingIndex:
        return PostingIndex(self.stores.chunks, self.stores.catalog)

    @cached_property
    def answerer(self) -> QuestionAnswerer:
        prompt = load_chat_prompt(self.settings.prompts_dir, "answer", {"context", "question"})
        selector = EvidenceSelector(self.embeddings, self.settings.retrieval.min_support)
        return QuestionAnswerer(index=self.index, embeddings=self.embeddings, selector=selector,
                                llm=self.llm, prompt=prompt, top_k=self.settings.retrieval.top_k)

    def warm_up(self) -> None:
        """Load both models now, so a server's first question does not wait for them."""
        self.answerer.selector.embeddings.embed_query("warm up")
        load = getattr(self.llm, "load", None)
        if load:
            load()

    def ingest(self, sources: Sequence[str | Path] = (),
               on_read: Callable[[str], None] | None = None,
               on_indexed: Callable[[str], None] | None = None, *,
               public_urls_only: bool = False) -> list[IngestResult]:
        """Read and check every source first, so one bad file leaves the store untouched; a source
        whose bytes are the ones already ingested is not parsed again.

        A server passes `public_urls_only` for URLs its visitors typed (see ingest.url_guard)."""
        cfg = self.settings.ingest
        sources = [str(s) for s in sources] or [str(default_posting_path())]
        ids = [posting_id_for(source) for source in sources]
        if len(set(ids)) != len(ids):
            raise InputError("two sources give the same posting id; rename one of them")
        stored = self.index.catalog_entries(ids)
        read: list[Posting | IngestResult] = []
        for source, posting_id in zip(sources, ids, strict=True):
            fetched = fetch(source, max_bytes=cfg.max_bytes, timeout_s=cfg.url_timeout_s,
                            public_urls_only=public_urls_only)
            entry = stored.get(posting_id, {})
            if entry.get("fingerprint") == fingerprint(fetched, cfg.chunk_chars):
                read.append(IngestResult(posting_id, entry["title"], 0, 0, entry["chunks"]))
            else:
                read.append(parse_fetched(fetched, posting_id, cfg.chunk_chars))
            if on_read:
                on_read(source)
        changed = [item for item in read if isinstance(item, Posting)]
        done = {}
        for start in range(0, len(changed), INGEST_BATCH):
            for result in self.index.upsert_many(changed[start:start + INGEST_BATCH]):
                done[result.posting_id] = result
                if on_indexed:
                    on_indexed(result.posting_id)
        if on_indexed:
            for item in read:
                if isinstance(item, IngestResult):
                    on_indexed(item.posting_id)
        return [done[item.id] if isinstance(item, Posting) else item for item in read]

    def postings(self) -> list[PostingSummary]:
        return self.index.postings()

    def remove(self, posting_id: str) -> int:
        return self.index.remove(posting_id)

    def resolve_posting(self, posting_id: str | None) -> str:
        """With one posting ingested the id may be omitted; otherwise it must be a known id."""
        if posting_id:
            if not self.index.has(posting_id):
                raise InputError(f"unknown posting id '{posting_id}'")
            return posting_id
        known = [p.id for p in self.postings()]
        if len(known) == 1:
            return known[0]
        if not known:
            raise InputError("no postings ingested yet; ingest one first")
        raise InputError(f"several postings are ingested; choose one of: {', '.join(known)}")

    def fit(self, resume_text: str, posting_id: str | None = None, *, role: str | None = None,
            today: date | None = None) -> FitReport:
        """Requirement-by-requirement fit; the resume is only read, never stored or logged.
        `role`: one job of a page listing several (without it, the role that fits best).
        `today` fixes the end of "– Present" date ranges (tests pin it)."""
        report = self._fit(build_profile(resume_text, today), self.resolve_posting(posting_id), role)
        return self._with_hidden(report, resume_text)

    @staticmethod
    def _with_hidden(report: FitReport, resume_text: str) -> FitReport:
        """The report says what of the resume a reader cannot see, and was left out."""
        hidden = getattr(resume_text, "hidden", ())
        if not hidden:
            return report
        return report.model_copy(update={"hidden": list(hidden),
                                         "summary": f"{report.summary} {hidden_summary(hidden)}"})

    def fit_all(self, resume_text: str, *, today: date | None = None) -> list[FitReport]:
        """The fit for every ingested posting (each for its best role), best first."""
        ids = [p.id for p in self.postings()]
        if not ids:
            raise InputError("no postings ingested yet; ingest one first")
        profile = build_profile(resume_text, today)
        lines = ResumeLines(self.matcher, [line.text for line in profile.lines])
        return best_first([self._with_hidden(self._fit(profile, posting_id, lines=lines),
                                             resume_text) for posting_id in ids])

    def posting_label(self, posting_id: str) -> str:
        summary = self.index.summary(posting_id)
        return " at ".join(x for x in (summary.title, summary.company) if x) or posting_id

    def _fit(self, profile: CandidateProfile, posting_id: str, role: str | None = None,
             lines: ResumeLines | None = None) -> FitReport:
        summary = self.index.summary(posting_id)
        requirements = self.index.requirements(posting_id)
        roles = list(dict.fromkeys(r.role for r in requirements if r.role))
        if not roles:
            role = None  # the posting is one job: the role named is the posting's own
        if role is not None and role not in roles:
            listed = f"; the posting lists: {'; '.join(roles)}" if roles else ""
            raise InputError(f"unknown role '{role}'{listed}")
        lines = lines or ResumeLines(self.matcher, [line.text for line in profile.lines])
        reports = [match([r for r in requirements if r.role == one], profile, posting_id,
                         one or summary.title, lines, role=one)
                   for one in ([role] if role else roles or [None])]
        report = min(reports, key=lambda r: (VERDICTS.index(r.verdict), -r.score))
        if len(reports) > 1:
            report = report.model_copy(update={"summary": f"Of the {len(reports)} roles on this "
                                               f"page, this one fits best. {report.summary}"})
        # Outcome only: not one word of the resume goes to the logs.
        log.info("fit %s: %s, score %d", posting_id, report.verdict, report.score)
        return report

    def cover_letter(self, resume_text: str, posting_id: str | None = None, *, words: int = 250,
                     tone: str = "formal", variant: int = 0,
                     mention_gap: bool = False) -> CoverLetter:
        """A letter whose every claim about the candidate is found in the resume."""
        if tone not in TONES:
            raise InputError(f"unknown tone '{tone}' (choose {', '.join(TONES)})")
        if not 80 <= words <= 1000:
            raise InputError("--words must be between 80 and 1000")
        posting_id = self.resolve_posting(posting_id)
        profile = build_profile(resume_text)
        summary = self.index.summary(posting_id)
        plan = make_plan(self._fit(profile, posting_id), profile, title=summary.title,
                         company=summary.company, location=summary.location, words=words,
                         mention_gap=mention_gap)
        return self.letter_writer.write(plan, profile, tone=tone, words=words, variant=variant)

    @cached_property
    def letter_writer(self) -> LetterWriter:
        prompt = load_chat_prompt(self.settings.prompts_dir, "letter",
                                  {"role", "company", "tone", "facts", "sentences"})
        return LetterWriter(self.llm, prompt)

    def ask(self, question: str, posting_id: str | None = None,
            history: Sequence[tuple[str, str]] = (), resume_text: str | None = None, *,
            all_postings: bool = False, compare: Sequence[str] = ()) -> Answer:
        *_, final = self.ask_stream(question, posting_id, history, resume_text,
                                    all_postings=all_postings, compare=compare)
        return final

    def ask_across(self, question: str, posting_ids: Sequence[str] | None = None) -> Answer:
        """One line per posting (every ingested one, or those named), each cited."""
        known = {p.id: p for p in self.postings()}
        ids = list(posting_ids or known)
        for posting_id in ids:
            if posting_id not in known:
                raise InputError(f"unknown posting id '{posting_id}'")
        if not ids:
            raise InputError("no postings ingested yet; ingest one first")
        labels = [(i, " at ".join(x for x in (known[i].title, known[i].company) if x) or i)
                  for i in ids]
        return answer_across(question, labels, self.answerer.answer_quietly)

    def ask_stream(self, question: str, posting_id: str | None = None,
                   history: Sequence[tuple[str, str]] = (),
                   resume_text: str | None = None, *,
                   all_postings: bool = False, compare: Sequence[str] = ()) -> Iterator[str | Answer]:
        """Draft tokens (progress only) then the final Answer; eligibility questions go to the fit
        engine. Two or more postings to `compare` are each answered, one line apiece; so is every
        posting for a question about "these jobs"."""
        question = question.strip()
        if not question:
            raise InputError("the question is empty")
        if len(question) > 1000:
            raise InputError("the question is over 1,000 characters; ask something shorter")
        if len(set(compare)) > 1:
            yield self.ask_across(question, list(dict.fromkeys(compare)))
            return
        if is_best_fit_question(question) and (all_postings or len(self.postings()) > 1):
            yield self._best_fit(question, resume_text)
            return
        if all_postings or (is_across_question(question) and len(self.postings()) > 1):
            yield self.ask_across(question)
            return
        posting_id = self.resolve_posting(posting_id)
        if is_eligibility_question(question) and (resume_text or not asks_something_specific(question)):
            yield self._eligibility(question, posting_id, resume_text)
            return
        # "Can I apply from Mexico?" without a resume: what the posting says about it, and whether
        # the place is inside the posting's locations.
        for event in self.answerer.stream(question, posting_id, history):
            if isinstance(event, Answer) and is_eligibility_question(question):
                event = with_place_verdict(event, question, self.index.requirements(posting_id),
                                           posting_id, self.index.summary(posting_id).source)
            yield event

    def _best_fit(self, question: str, resume_text: str | None) -> Answer:
        if not resume_text:
            return Answer(question=question, answer=ASK_FOR_RESUME_TO_RANK,
                          abstained=False, route="eligibility")
        reports = self.fit_all(resume_text)
        ids = [r.posting_id for r in reports]
        return answer_best_fit(question, reports, {i: self.index.requirements(i) for i in ids},
                               {i: self.posting_label(i) for i in ids},
                               {i: self.index.summary(i).source for i in ids})

    def _eligibility(self, question: str, posting_id: str, resume_text: str | None) -> Answer:
        requirements = self.index.requirements(posting_id)
        source = self.index.summary(posting_id).source
        if not resume_text:
            return answer_without_resume(question, requirements, posting_id, source)
        return answer_from_report(question, self.fit(resume_text, posting_id), requirements, source)
