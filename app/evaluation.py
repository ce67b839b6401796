"""The question-answering evaluation: cases from data files, graded by facts, sections, abstention."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.schemas import Answer

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"


@dataclass(frozen=True)
class QACase:
    id: str
    posting: str
    question: str
    answerable: bool
    facts: list[list[str]] = field(default_factory=list)  # every group needs one alternative
    sections: list[str] = field(default_factory=list)  # a citation must point into one


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
        return self.answer.abstained and not re.search(r"\d", self.answer.answer)


def load_cases(folder: Path = EVAL_DIR / "qa") -> list[QACase]:
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(QACase(**json.loads(line)))
    return cases


def grade(case: QACase, answer: Answer, needs_citation: bool = True) -> QAGrade:
    text = answer.answer.lower()
    facts_ok = all(any(alt.lower() in text for alt in group) for group in case.facts)
    section_ok = any(c.section in case.sections for c in answer.citations) or not needs_citation
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


def eval_posting_sources() -> list[Path]:
    """The bundled posting plus any posting the evaluation ships in tests/eval/postings/."""
    from ingest import default_posting_path

    return [default_posting_path(), *sorted((EVAL_DIR / "postings").glob("*.*"))]


def run_qa(assistant, cases: list[QACase]) -> list[QAGrade]:
    return [grade(case, assistant.ask(case.question, case.posting)) for case in cases]


def run_baseline(baseline, cases: list[QACase]) -> list[QAGrade]:
    """The tutorial pipeline cites nothing, so only its facts and abstentions are graded."""
    from ingest.load import load_source
    from ingest.posting import posting_id_for

    for source in eval_posting_sources():
        baseline.add(posting_id_for(str(source)), load_source(source, max_bytes=10**7).text)
    return [grade(case, baseline.ask(case.question, case.posting), needs_citation=False)
            for case in cases]


def run_evaluation(assistant, *, baseline: bool = True) -> dict:
    """Every evaluation set with the assistant's models; tables of metric rows, and the misses."""
    assistant.ingest(eval_posting_sources())
    cases = load_cases()
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
    fit, letters = run_fit_and_letters(assistant)
    return {
        "tables": {"Question answering": qa_rows,
                   "Fit (resume set)": [{"metric": k, "value": v} for k, v in fit.items()],
                   "Cover letters (resume set, 250 words)": [{"metric": k, "value": v}
                                                            for k, v in letters.items()]},
        "qa": columns,
        "fit": fit,
        "letters": letters,
        "misses": [f"{g.case.id}: {g.case.question} -> {g.answer.answer[:100]}"
                   for g in grades if not g.correct],
    }


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
    from app.text import numbers
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
