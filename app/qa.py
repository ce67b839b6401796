"""Answer a question about a posting: retrieve, pick evidence in code, let the model phrase it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from app.answer_types import answer_type, asks_for_datum
from app.broad_answers import answer_broad, answer_under_question_heading, broad_intent
from app.casual import normalize_question
from app.conversation import standalone_question
from app.evidence import Decision, Evidence, EvidenceSelector, asks_about_change
from app.header_answers import answer_from_facts, is_yes_no
from app.retrieval import HybridRetriever, PostingCache
from app.roles import facts_for, role_asked, scoped
from app.schemas import Answer, Citation
from app.topics import asked_topics
from app.verify import cited_numbers, verified_draft, yes_no_opening
from domain.education import meets_asked_level
from domain.pay import find_pay
from domain.text import YES_NO_START
from domain.wanted import is_plus
from ingest.index import PostingIndex

log = logging.getLogger(__name__)
# Evidence this close to a yes/no question answers it even in other words ("is there travel?" and
# "expect several trips"); below it, the passage must share the question's own terms.
STRONG_SUPPORT = 0.55


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
        """Yields the model's draft as it is written (for progress only: it is unchecked), then the
        final, verified Answer."""
        posting = self.postings.get(posting_id)
        query = normalize_question(standalone_question(question, history), posting.vocabulary)
        bare = normalize_question(question, posting.vocabulary)
        final = None
        for item in self._stream(question, query, posting):
            if isinstance(item, Answer):
                final = item
            else:
                yield item
        if final.abstained and bare != query:
            # "Is it funded?" after "where?": "it" was the job, not the place. The question alone
            # may be answered where the two together are not.
            alone = list(self._stream(question, bare, posting))
            if not alone[-1].abstained:
                yield from alone
                return
        yield final

    def _stream(self, question: str, query: str, posting) -> Iterator[str | Answer]:
        """The answer to `query`, the question as it stands alone, reported as `question`."""
        role = role_asked(query, posting.facts.roles)
        docs = scoped(posting.docs, role)
        direct = answer_from_facts(query, facts_for(posting.facts, role, docs), docs)
        if direct is not None:
            yield direct.model_copy(update={"question": question})
            return
        # A posting written as questions ("What will help me stand out?") answers them under each,
        # and a heading named in full ("core skills?") lists its section; a yes/no question or one
        # asking for one datum is answered by a passage instead.
        asks_content = _ASKS_FOR_CONTENT.match(query) or len(query.split()) <= _PHRASE_WORDS
        under_heading = None if not asks_content or YES_NO_START.match(query) \
            or answer_type(query) is not None else answer_under_question_heading(query, docs)
        if under_heading is not None:
            yield under_heading.model_copy(update={"question": question})
            return
        retrieved = self._retrieve(query, posting, docs)
        decision = self.selector.decide(query, retrieved, docs)
        if broad_intent(query):
            # Without a heading naming the part asked about, the list is drawn around the best
            # evidence, so a posting that does not say gets no list.
            ranked = [] if decision.abstain_reason else [(e.text, e.doc) for e in decision.evidence]
            broad = answer_broad(query, docs, ranked)
            if broad is not None:
                yield broad.model_copy(update={"question": question})
                return
        if decision.abstain_reason:
            yield Answer(question=question, answer=decision.abstain_reason, abstained=True)
            return
        evidence = decision.evidence
        texts = [_plain(e.text) for e in evidence]
        if _WANTS_FIGURE.search(query) and "salary or pay" in asked_topics(query) \
                and not any(find_pay(t) for t in texts):
            # "What's the actual salary?" against "Band A" or "top of market": no figure given.
            closest = f"The posting gives no figure. The closest it comes: {_extractive(texts[:1])}"
            yield Answer(question=question, answer=closest.replace("The posting says: ", ""),
                         abstained=True, citations=_citations(closest, evidence))
            return
        # Yes or No from the code, then the posting's own words; a datum asked for (a contact, a
        # count, a date, a grade, a link) in the posting's own words. A one-line paraphrase by a
        # small model adds nothing to a quote and can drop or bend what was asked.
        if is_yes_no(question):
            yield _yes_no_answer(question, query, decision)
            return
        if asks_for_datum(query):
            final = _extractive(texts)
            yield Answer(question=question, answer=final, abstained=False,
                         citations=_citations(final, evidence))
            return
        context = "\n".join(f"[{i}] {_plain(e.text)}" for i, e in enumerate(evidence, 1))
        draft, note = "", None
        try:
            for token in self.chain.stream({"context": context, "question": question}):
                draft += token
                yield token
        except Exception as exc:  # the facts are already chosen: quote them rather than fail
            log.warning("model draft failed (%s); using the extractive answer", type(exc).__name__)
            draft, note = "", f"The language model failed ({type(exc).__name__}); quoting the posting."
        final = verified_draft(draft, texts, query) or _extractive(texts)
        yield Answer(question=question, answer=final, abstained=False,
                     citations=_citations(final, evidence), note=note)

    def _retrieve(self, query: str, posting, docs: list) -> list:
        """The posting's best chunks for the query, kept to `docs` (a role's part of a page)."""
        wide = self.top_k if len(docs) == len(posting.docs) else self.top_k * 3
        retriever = HybridRetriever(embeddings=self.embeddings, posting=posting, top_k=wide)
        allowed = {d.id for d in docs}
        return [d for d in retriever.invoke(query) if d.id in allowed][: self.top_k]

    def answer_quietly(self, question: str, posting_id: str) -> Answer:
        """The single-posting answer without the model: facts, lists or quoted evidence. Used
        where many postings are answered at once."""
        posting = self.postings.get(posting_id)
        query = normalize_question(question, posting.vocabulary)
        direct = answer_from_facts(query, posting.facts, posting.docs)
        if direct is not None:
            return direct.model_copy(update={"question": question})
        retriever = HybridRetriever(embeddings=self.embeddings, posting=posting, top_k=self.top_k)
        decision = self.selector.decide(query, retriever.invoke(query), posting.docs)
        if decision.abstain_reason:
            return Answer(question=question, answer=decision.abstain_reason, abstained=True)
        texts = [_plain(e.text) for e in decision.evidence[:1]]
        final = _extractive(texts)
        return Answer(question=question, answer=final, abstained=False,
                      citations=_citations(final, decision.evidence))

    def ask(self, question: str, posting_id: str,
            history: Sequence[tuple[str, str]] = ()) -> Answer:
        *_, final = self.stream(question, posting_id, history)
        return final


def _yes_no_answer(question: str, query: str, decision: Decision) -> Answer:
    evidence = decision.evidence
    texts = [_plain(e.text) for e in evidence]
    # Evidence that states the very topic asked (a work arrangement, travel) speaks to the
    # question whatever its words.
    strong = evidence[0].score >= STRONG_SUPPORT or decision.decisive
    # "Could it become full time?" against "part-time, possibly full time later": not the value now.
    valued = None if asks_about_change(query) else _value_opening(decision)
    # "Do I need a college degree?" against "HS graduation or equivalent": the levels decide.
    level = meets_asked_level(query, texts[0]) if _NEEDED.search(query) else None
    opening = valued or {True: "Yes.", False: "No."}.get(level) or \
        yes_no_opening(query, texts[0], strong=strong)
    plus = said_as_plus(evidence[0]) if opening == "Yes." and _NEEDED.search(query) else None
    if plus == evidence[0].text:
        opening = "It is a plus, not a requirement."
    elif plus == evidence[0].doc.metadata["section"]:  # its heading: "Nice to have"
        opening = f"It is a plus, not a requirement: the posting lists it under \u201c{plus}\u201d."
    elif plus:  # the line that opens its list: "Knowledge that would be assets include:"
        evidence = [*evidence, Evidence(plus, evidence[0].doc, evidence[0].score)]
        opening = (f"It is a plus, not a requirement: the posting lists it under \u201c{plus}\u201d "
                   f"[{len(evidence)}].")
    if opening is None:  # near the question, but no answer to it: say so, show the passage
        closest = f"The posting does not say. The closest it comes: {_extractive(texts[:1])}"
        return Answer(question=question, answer=closest.replace("The posting says: ", ""),
                      abstained=True, citations=_citations(closest, evidence))
    final = f"{opening} {_extractive(texts)}"
    return Answer(question=question, answer=final, abstained=False,
                  citations=_citations(final, evidence))


# "What would make me stand out?" and "core skills?" ask for content; "I don't meet all the
# requirements, should I still apply?" does not.
_ASKS_FOR_CONTENT = re.compile(r"^\W*(what|which|who|how|where|why|tell me|list|any)\b", re.I)
_PHRASE_WORDS = 4
# "What's the actual salary?", "the exact number": a figure, which a pay band or "competitive"
# is not.
_WANTS_FIGURE = re.compile(r"\b(actual|exact|exactly|number|figure|amount|how much exactly|"
                           r"(hourly|daily|day|pay) rate|per hour|an hour)\b", re.I)
# "Do I need X?", "is X required?": whether the posting requires it, not whether it names it.
_NEEDED = re.compile(r"\b(need|needs|required?|requirement|must|have to|has to|necessary|essential|"
                     r"mandatory|compulsory|matter|matters|help|helps|count|important|useful)\b", re.I)


def said_as_plus(evidence: Evidence) -> str | None:
    """The words that make the passage welcome rather than required: the passage itself, its
    section's name, or the line that opens its list ("Knowledge that would be assets include:")."""
    lines = evidence.doc.page_content.split("\n")
    before = next((i for i, line in enumerate(lines) if evidence.text in line), len(lines))
    lead_in = next((line for line in reversed(lines[:before]) if line.rstrip().endswith(":")), "")
    return next((text.rstrip(":") for text in (evidence.text, evidence.doc.metadata["section"], lead_in)
                 if is_plus(text)), None)


def _value_opening(decision: Decision) -> str | None:
    """"Can I work remotely?" against "Work in our Berlin office": No; against a hybrid
    arrangement: Partly."""
    asked, stated = decision.asked_value, decision.stated_value
    if not asked or not stated:
        return None
    if asked == stated:
        return "Yes."
    return "Partly." if "hybrid" in (asked, stated) else "No."


def _plain(sentence: str) -> str:
    return sentence.removeprefix("- ").strip()


def _extractive(texts: list[str]) -> str:
    return " ".join(f"The posting says: \u201c{t}\u201d [{i}]" if i == 1 else f"\u201c{t}\u201d [{i}]"
                    for i, t in enumerate(texts, 1))


def _citations(answer: str, evidence: list[Evidence]) -> list[Citation]:
    return [
        Citation(n=n, posting_id=e.doc.metadata["posting_id"], section=e.doc.metadata["section"],
                 text=_plain(e.text), source=e.doc.metadata["source"])
        for n in sorted(set(cited_numbers(answer)))
        for e in [evidence[n - 1]]
    ]
