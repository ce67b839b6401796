"""The question-answering evaluation: cases from data files, graded by facts, sections, abstention."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.schemas import Answer

EVAL_DIR = Path(__file__).resolve().parent / "evaldata"


@dataclass(frozen=True)
class QACase:
    id: str
    posting: str
    question: str
    answerable: bool
    facts: list[list[str]] = field(default_factory=list)  # every group needs one alternative
    sections: list[str] = field(default_factory=list)  # a citation may point into one
    evidence: list[str] = field(default_factory=list)  # or quote one of these phrases
    kind: str = ""
    after: str | None = None  # the previous question of the same conversation
    role: str | None = None  # on a page listing several roles: the role asked about


@dataclass(frozen=True)
class QAGrade:
    case: QACase
    answer: Answer
    facts_ok: bool
    section_ok: bool

    @property
    def correct(self) -> bool:
        if self.case.answerable:
            return not self.answer.abstained and self.facts_ok and self.section_ok
        # An abstention invents no number; a quoted passage beside it may hold one.
        unquoted = re.sub(r"\u201c[^\u201d]*\u201d", "", self.answer.answer)
        return self.answer.abstained and not re.search(r"\d", unquoted.replace("[1]", ""))


def load_cases(folder: Path = EVAL_DIR / "qa") -> list[QACase]:
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(QACase(**json.loads(line)))
    return cases


def _squash(text: str) -> str:
    """Compared as read: case, spacing, Markdown emphasis and typographic quotes do not count
    (ingest straightens the posting's quotes; a case's phrase keeps them as published)."""
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return re.sub(r"[\s*_`]+", " ", text).strip().lower()


def _front_matter_value(phrase: str) -> str | None:
    """`closes: 'July 22, 2019'` quotes front matter, which a citation shows as its value."""
    match = re.match(r"^[\w-]+:\s+['\"]?(.+?)['\"]?$", phrase)
    return match.group(1) if match else None


def grade(case: QACase, answer: Answer, needs_citation: bool = True) -> QAGrade:
    """Facts: every group has an alternative in the answer. Citation: one cited passage is in an
    expected section, quotes an expected phrase of the posting, or itself holds every fact (a
    posting that names its employer or place twice may be cited at either)."""
    text = _squash(answer.answer)
    facts_ok = all(any(_squash(alt) in text for alt in group) for group in case.facts)
    quotes = [_squash(e) for e in case.evidence] + [_squash(v) for e in case.evidence
                                                     if (v := _front_matter_value(e))]

    def right(citation) -> bool:
        # A citation reads "[1] Skills we're looking for: ...": its heading is part of what it shows.
        shown = _squash(f"{citation.section}: {citation.text}")
        holds_facts = bool(case.facts) and all(any(_squash(alt) in shown for alt in group)
                                               for group in case.facts)
        return citation.section in case.sections or any(q in shown for q in quotes) or holds_facts

    section_ok = not needs_citation or any(right(c) for c in answer.citations)
    return QAGrade(case, answer, facts_ok, section_ok)


def summarize(grades: list[QAGrade]) -> dict[str, float | int]:
    answerable = [g for g in grades if g.case.answerable]
    unanswerable = [g for g in grades if not g.case.answerable]
    abstained = [g for g in grades if g.answer.abstained]

    def share(part, whole):
        return round(len(part) / len(whole), 3) if whole else 0.0

    return {
        "questions": len(grades),
        "answer_accuracy": share([g for g in answerable if g.correct], answerable),
        "facts_present": share([g for g in answerable if g.facts_ok], answerable),
        "citation_section_correct": share([g for g in answerable if g.section_ok], answerable),
        "abstention_recall": share([g for g in unanswerable if g.correct], unanswerable),
        "abstention_precision": share([g for g in abstained if not g.case.answerable], abstained),
    }


def eval_posting_sources(postings: set[str] | None = None) -> list[Path]:
    """The bundled posting plus the postings in app/evaldata/postings/ (or those named)."""
    from ingest import default_posting_path

    found = [default_posting_path(), *sorted((EVAL_DIR / "postings").glob("*.*"))]
    return [p for p in found if postings is None or p.stem in postings]


def _conversation(case: QACase, by_id: dict[str, QACase], answers: dict[str, Answer]):
    """The turns before this case: its chain of `after` ids, oldest first (at most three)."""
    turns, current = [], case
    while current.after and len(turns) < 3 and current.after in answers:
        current = by_id[current.after]
        turns.insert(0, (current.question, answers[current.id].answer))
    return turns


def run_qa(assistant, cases: list[QACase]) -> list[QAGrade]:
    """Each case in file order; a follow-up is asked with the conversation it follows."""
    by_id = {c.id: c for c in cases}
    answers: dict[str, Answer] = {}
    grades = []
    for case in cases:
        answer = assistant.ask(case.question, case.posting, _conversation(case, by_id, answers))
        answers[case.id] = answer
        grades.append(grade(case, answer))
    return grades


def run_baseline(baseline, cases: list[QACase]) -> list[QAGrade]:
    """The tutorial pipeline cites nothing and keeps no conversation, so only its facts and
    abstentions are graded."""
    from ingest.load import load_source
    from ingest.posting import posting_id_for

    for source in eval_posting_sources({c.posting for c in cases}):
        baseline.add(posting_id_for(str(source)), load_source(source, max_bytes=10**7).text)
    return [grade(case, baseline.ask(case.question, case.posting), needs_citation=False)
            for case in cases]


def by_group(grades: list[QAGrade], key) -> list[dict]:
    """One row per group (a posting, a format): answerable accuracy, abstention, counts."""
    groups: dict[str, list[QAGrade]] = {}
    for g in grades:
        groups.setdefault(key(g.case), []).append(g)
    rows = []
    for name, members in sorted(groups.items()):
        answerable = [g for g in members if g.case.answerable]
        unanswerable = [g for g in members if not g.case.answerable]
        rows.append({"group": name, "questions": len(members),
                     "answerable_right": _share(sum(g.correct for g in answerable), len(answerable)),
                     "abstained_right": _share(sum(g.correct for g in unanswerable),
                                               len(unanswerable))})
    return rows


def posting_formats() -> dict[str, str]:
    """Posting id -> its file format (txt, md, html, pdf, docx)."""
    from ingest.posting import posting_id_for

    return {posting_id_for(str(p)): p.suffix.lstrip(".").lower() for p in eval_posting_sources()}


def run_evaluation(assistant, *, baseline: bool = True, postings: set[str] | None = None,
                   fit_and_letters: bool = True) -> dict:
    """Every evaluation set with the assistant's models; tables of metric rows, and the misses.
    `postings` limits question answering to those posting ids (and the bundled one)."""
    wanted = postings | {_default_posting_id()} if postings else None
    assistant.ingest(eval_posting_sources(wanted))
    cases = [c for c in load_cases() if wanted is None or c.posting in wanted]
    grades = run_qa(assistant, cases)
    columns = {"jobassist": summarize(grades)}
    if baseline:
        from app.baseline import TutorialRAG
        from app.prompts import load_chat_prompt

        prompt = load_chat_prompt(assistant.settings.prompts_dir, "tutorial_rag",
                                  {"question", "context"})
        rag = TutorialRAG(assistant.llm, assistant.embeddings, prompt)
        columns["tutorial RAG"] = summarize(run_baseline(rag, cases))
        # It cites nothing: its answer accuracy counts facts alone.
        columns["tutorial RAG"]["citation_section_correct"] = "n/a"
    qa_rows = [{"metric": metric, **{name: col[metric] for name, col in columns.items()}}
               for metric in columns["jobassist"]]
    formats = posting_formats()
    tables = {"Question answering": qa_rows,
              "Question answering by posting": by_group(grades, lambda c: c.posting),
              "Question answering by format": by_group(grades, lambda c: formats.get(c.posting, "?"))}
    fit, letters = run_fit_and_letters(assistant) if fit_and_letters else ({}, {})
    real_fit = {}
    if fit_and_letters:
        from app.real_fit_eval import SETS, by_posting, grade_pairs, summarize_pairs

        tables["Fit (resume set)"] = [{"metric": k, "value": v} for k, v in fit.items()]
        graded = {name: grade_pairs(assistant, folder=folder) for name, folder in SETS.items()}
        every = [result for results in graded.values() for result in results]
        real_fit = {name: summarize_pairs(results) for name, results in graded.items()}
        real_fit["all sets"] = summarize_pairs(every)
        # Issue 11's bar is the verdicts of every pair outside the bundled posting: all of these.
        tables["Fit on real postings (seven sets of real-format resumes)"] = [
            {"set": name, **scores} for name, scores in real_fit.items()]
        tables["Fit on real postings, by posting"] = by_posting(every)
        tables["Cover letters (resume set, 250 words)"] = [{"metric": k, "value": v}
                                                           for k, v in letters.items()]
    return {
        "tables": tables,
        "qa": columns,
        "fit": fit,
        "real_fit": real_fit,
        "letters": letters,
        "misses": [f"{g.case.id}: {g.case.question} -> {g.answer.answer[:100]}"
                   for g in grades if not g.correct],
    }


def _default_posting_id() -> str:
    """The bundled posting's id: the fit and letter sets are written against it."""
    from ingest import DEFAULT_POSTING_NAME
    from ingest.posting import posting_id_for

    return posting_id_for(DEFAULT_POSTING_NAME)


@dataclass(frozen=True)
class FitCase:
    resume: str
    render_as: str
    verdict: str
    statuses: dict[str, str]
    why: str = ""


def load_fit_cases(folder: Path = EVAL_DIR / "fit") -> list[FitCase]:
    lines = (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [FitCase(**json.loads(line)) for line in lines if line.strip()]


def fit_metrics(pairs: list[tuple[FitCase, dict[str, str], str]]) -> dict[str, float | int]:
    """pairs: (case, statuses the engine gave, verdict it gave)."""
    checked = [(case.statuses[rid], got.get(rid)) for case, got, _ in pairs for rid in case.statuses]
    return {
        "resumes": len(pairs),
        "verdict_accuracy": round(sum(c.verdict == v for c, _, v in pairs) / len(pairs), 3)
        if pairs else 0.0,
        "status_accuracy": round(sum(a == b for a, b in checked) / len(checked), 3)
        if checked else 0.0,
    }


def letter_metrics(items: list[tuple]) -> dict[str, float | int]:
    """items: (CoverLetter, words asked for, CandidateProfile, role). Claims are re-checked here
    by a simpler rule than the writer's (skills and numbers against the resume), so a writer bug
    shows up as unsupported claims."""
    from app.letters.claims import PLACEHOLDER

    sentences = [(s.text, profile, role) for letter, _, profile, role in items
                 for s in letter.sentences]
    unsupported = [text for text, profile, role in sentences if _claims_beyond(text, profile, role)]
    errors = [abs(letter.word_count - words) / words for letter, words, _, _ in items]
    return {
        "letters": len(items),
        "unsupported_claim_rate": _share(len(unsupported), len(sentences)),
        "placeholder_rate": _share(sum(bool(PLACEHOLDER.search(i[0].letter)) for i in items),
                                  len(items)),
        "mean_word_count_error": _share(sum(errors), len(errors)),
        "within_20pct_of_length": _share(sum(e <= 0.2 for e in errors), len(errors)),
    }


def _share(part: float, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _claims_beyond(sentence: str, profile, role: str) -> bool:
    from domain.text import numbers
    from ingest.skills import find_skills

    about = sentence.replace(role, " ")
    resume = "\n".join(line.text for line in profile.lines)
    allowed = numbers(resume) | ({str(int(profile.years))} if profile.years else set())
    return bool(set(find_skills(about)) - set(profile.skills) or numbers(about) - allowed)


def run_fit_and_letters(assistant, words: int = 250) -> tuple[dict, dict]:
    """The resume set through fit and cover letters (plain-text sources, today's date pinned)."""
    from datetime import date

    from app.fit.profile import build_profile
    from app.letters.plan import clean_role

    today = date(2026, 11, 28)
    pairs, letters = [], []
    summary = next(p for p in assistant.postings() if p.id.startswith("rackspace"))
    for case in load_fit_cases():
        text = (EVAL_DIR / "fit" / "resumes" / case.resume).read_text(encoding="utf-8")
        report = assistant.fit(text, summary.id, today=today)
        pairs.append((case, {r.id: r.status for r in report.requirements}, report.verdict))
        letter = assistant.cover_letter(text, summary.id, words=words)
        letters.append((letter, words, build_profile(text), clean_role(summary.title)))
    return fit_metrics(pairs), letter_metrics(letters)
