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
    return {
        "tables": {"Question answering": qa_rows},
        "qa": columns,
        "misses": [f"{g.case.id}: {g.case.question} -> {g.answer.answer[:100]}"
                   for g in grades if not g.correct],
    }
