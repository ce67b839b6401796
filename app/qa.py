"""Answer a question about a posting: retrieve, pick evidence in code, let the model phrase it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from app.evidence import Evidence, EvidenceSelector
from app.retrieval import HybridRetriever, PostingCache
from app.schemas import Answer, Citation
from app.text import content_terms
from app.verify import cited_numbers, verified_draft
from ingest.index import PostingIndex

log = logging.getLogger(__name__)

_FOLLOW_UP = re.compile(r"\b(it|its|that|this|they|those|there|what about|how about|and|also)\b",
                        re.I)


def retrieval_query(question: str, history: Sequence[tuple[str, str]]) -> str:
    """A short or pronoun-led follow-up borrows the previous question's words for retrieval."""
    if history and (len(content_terms(question)) <= 2 or _FOLLOW_UP.search(question)):
        return f"{history[-1][0]} {question}"
    return question


class QuestionAnswerer:
    def __init__(self, *, index: PostingIndex, embeddings: Embeddings, selector: EvidenceSelector,
                 llm: BaseChatModel, prompt: ChatPromptTemplate, top_k: int):
        self.embeddings = embeddings
        self.selector = selector
        self.postings = PostingCache(index)
        # One sentence is all the model writes; the evidence below it carries the detail.
        self.chain = prompt | llm.bind(stop=["\n"]) | StrOutputParser()
        self.top_k = top_k

    def stream(self, question: str, posting_id: str,
               history: Sequence[tuple[str, str]] = ()) -> Iterator[str | Answer]:
        """Yields the model's draft as it is written, then the final, verified Answer."""
        query = retrieval_query(question, history)
        posting = self.postings.get(posting_id)
        retriever = HybridRetriever(embeddings=self.embeddings, posting=posting, top_k=self.top_k)
        decision = self.selector.decide(query, retriever.invoke(query), posting.docs)
        if decision.abstain_reason:
            yield Answer(question=question, answer=decision.abstain_reason, abstained=True)
            return
        evidence = decision.evidence
        context = "\n".join(f"[{i}] {_plain(e.text)}" for i, e in enumerate(evidence, 1))
        draft, note = "", None
        try:
            for token in self.chain.stream({"context": context, "question": question}):
                draft += token
                yield token
        except Exception as exc:  # the facts are already chosen: quote them rather than fail
            log.warning("model draft failed (%s); using the extractive answer", type(exc).__name__)
            draft, note = "", f"The language model failed ({type(exc).__name__}); quoting the posting."
        texts = [_plain(e.text) for e in evidence]
        final = verified_draft(draft, texts, question) or _extractive(texts)
        yield Answer(question=question, answer=final, abstained=False,
                     citations=_citations(final, evidence), note=note)

    def ask(self, question: str, posting_id: str,
            history: Sequence[tuple[str, str]] = ()) -> Answer:
        *_, final = self.stream(question, posting_id, history)
        return final


def _plain(sentence: str) -> str:
    return sentence.removeprefix("- ").strip()


def _extractive(texts: list[str]) -> str:
    return " ".join(f"The posting says: \u201c{t}\u201d [{i}]" if i == 1 else f"\u201c{t}\u201d [{i}]"
                    for i, t in enumerate(texts, 1))


def _citations(answer: str, evidence: list[Evidence]) -> list[Citation]:
    return [
        Citation(n=n, posting_id=e.doc.metadata["posting_id"], section=e.doc.metadata["section"],
                 text=_plain(e.text), source=e.doc.metadata["source"])
        for n in dict.fromkeys(cited_numbers(answer))
        for e in [evidence[n - 1]]
    ]
