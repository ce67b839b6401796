"""Choose the sentences that answer a question, or decide the posting does not say: all in code."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from app.text import content_terms, evidence_units, expand_abbreviations, is_heading_like, stem
from app.untrusted import without_instructions

_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"

# Questions about these topics are answered only by a sentence that names the topic: a tiny
# model (and a loose similarity score) would otherwise "answer" salary from the benefits blurb.
TOPICS: dict[str, tuple[str, str]] = {
    "salary or pay": (r"salar|\bpay\b|paid|compensat|wage|\bearn|how much|\$|rate\b|\bbonus|equity|"
                      r"stock option", r"\$|€|£|salar|compensat|wage|\bpay\b|bonus|equity|stock"),
    "visa sponsorship": (r"visa|sponsor|work permit|immigra", r"visa|sponsor|work permit|immigra"),
    "vacation or time off": (r"vacation|\bpto\b|time off|holiday|leave\b|days off",
                             r"vacation|\bpto\b|time off|holiday|leave\b|days off|days of annual"),
    "a deadline": (r"deadline|closing date|apply by|last day to apply|when .*close|until when",
                   r"deadline|apply by|closing date|closes on"),
    "a degree": (r"degree|bachelor|master'?s|ph\.?d|diploma|education",
                 r"degree|bachelor|master'?s|ph\.?d|diploma|university|college|education|\bm\.?sc|"
                 r"\bb\.?sc|honours|\bb\.?a\b|\bm\.?a\b|graduate"),
    "benefits": (r"benefit|insurance|health|dental|medical|pension|401", r"benefit|insurance|"
                 r"health care|dental|medical|pension|401"),
    "the interview process": (r"interview|hiring process|\brounds?\b|assessment",
                              r"interview|hiring process|assessment|selection process|shortlist"),
    "a start date": (r"start date|when .*\bstart|starting date|\bbegin", r"\bstart|\bbegin|commenc"),
    "the team size": (r"team size|how many (people|engineers)|how big", rf"team of ({_COUNT})|"
                      rf"\b({_COUNT}) (other )?(engineers|people|developers|members|colleagues)"),
    "relocation": (r"relocat|moving cost", r"relocat"),
    "working hours": (r"working hours|\bhours\b|overtime|\bshifts?\b|9 to 5|weekends?|work schedule",
                      r"\bhours\b|/\s?week|per week|a week\b|overtime|flexible schedule|\bshifts?\b|"
                      r"weekends?|full[- ]time|part[- ]time"),
    "the work arrangement": (r"\bremote|hybrid|on-?site|work from home|\bwfh\b|in the office",
                             r"\bremote|hybrid|on-?site|in the office|work from home"),
    "travel": (r"\btravel", r"\btravel|\btrips?\b|transport|relocat|\bcommut"),
}


@dataclass(frozen=True)
class Evidence:
    text: str
    doc: Document
    score: float


@dataclass(frozen=True)
class Decision:
    evidence: list[Evidence]
    abstain_reason: str | None = None


def asked_topics(question: str) -> list[str]:
    lowered = question.lower()
    return [topic for topic, (asks, _) in TOPICS.items() if re.search(asks, lowered)]


class EvidenceSelector:
    """Scores each retrieved sentence by meaning (embedding) and by shared terms."""

    def __init__(self, embeddings: Embeddings, min_support: float, max_sentences: int = 2):
        self.embeddings = embeddings
        self.min_support = min_support
        self.max_sentences = max_sentences
        self._vectors: dict[str, list[float]] = {}
        self._idf_cache: dict[int, dict[str, float]] = {}

    def decide(self, question: str, docs: list[Document], posting: list[Document]) -> Decision:
        """`docs` were retrieved for the question; `posting` is every chunk of the posting."""
        posting_text = "\n".join(d.page_content for d in posting)
        topics = asked_topics(question)
        # A topic question (salary, deadline...) is checked against the whole posting: a
        # passage that names the topic is found even where retrieval ranked it low.
        candidates = self._score(question, posting if topics else docs, posting_text)
        for topic in topics:
            pattern = TOPICS[topic][1]
            candidates = [c for c in candidates if re.search(pattern, c.text.lower())]
            if not candidates:
                return Decision([], f"The posting does not say anything about {topic}.")
        missing = self._unknown_terms(question, posting_text)
        if missing:
            return Decision([], f"The posting does not mention {', '.join(missing)}.")
        # A passage that names the very topic asked about is evidence however it scores.
        if not candidates or (not topics and candidates[0].score < self.min_support):
            return Decision([], "The posting does not say.")
        best = candidates[0]
        chosen = [best]
        for other in candidates[1:]:
            if len(chosen) == self.max_sentences:
                break
            if other.score >= best.score - 0.05 and other.text not in best.text:
                chosen.append(other)
        return Decision(chosen)

    def rank(self, question: str, docs: list[Document]) -> list[Evidence]:
        """The retrieved units, best first, by the same score `decide` uses."""
        posting_text = "\n".join(d.page_content for d in docs)
        return self._score(question, docs, posting_text)

    def _score(self, question: str, docs: list[Document], posting_text: str) -> list[Evidence]:
        """0.6 x cosine similarity + 0.4 x the IDF-weighted share of question terms present."""
        units = [(clean, d) for d in docs for u in evidence_units(d.page_content)
                 if (clean := without_instructions(u)) and not is_heading_like(clean)]
        if not units:
            return []
        idf = self._idf(posting_text)
        rare = max(idf.values(), default=1.0)
        # The employer's name is in every question about the employer; it picks no passage.
        company = set(content_terms(docs[0].metadata.get("company", "")))
        q_terms = set(content_terms(expand_abbreviations(question))) - company
        q_weight = sum(idf.get(t, rare) for t in q_terms)
        q_vec = self._embed([expand_abbreviations(question)])[0]
        # The section name gives a bare sentence its context ("About Rackspace Technology").
        vectors = self._embed([f"{d.metadata['section']}: {u}" for u, d in units])
        scored = []
        for (text, doc), vec in zip(units, vectors, strict=True):
            dense = sum(a * b for a, b in zip(q_vec, vec, strict=True))
            present = q_terms & set(content_terms(f"{doc.metadata['section']} {text}"))
            lexical = sum(idf.get(t, rare) for t in present) / q_weight if q_weight else 0.0
            scored.append(Evidence(text, doc, 0.6 * dense + 0.4 * lexical))
        return sorted(scored, key=lambda e: -e.score)

    def _idf(self, posting_text: str) -> dict[str, float]:
        """Term rarity across the posting's units: 'experience' is everywhere, 'Gradle' is not."""
        key = hash(posting_text)
        if key not in self._idf_cache:
            units = [set(content_terms(u)) for u in evidence_units(posting_text)]
            df: dict[str, int] = {}
            for terms in units:
                for term in terms:
                    df[term] = df.get(term, 0) + 1
            n = len(units)
            self._idf_cache = {key: {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}}
        return self._idf_cache[key]

    def _embed(self, texts: list[str]) -> list[list[float]]:
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.embeddings.embed_documents(todo), strict=True))
        return [self._vectors[t] for t in texts]

    @staticmethod
    def _unknown_terms(question: str, posting_text: str) -> list[str]:
        """Named things in the question (Kafka, AWS, C++) that the posting never mentions."""
        names = re.findall(r"(?<![\w+#])[A-Z][A-Za-z0-9+#.]*[A-Za-z0-9+#]", question)
        lowered = posting_text.lower()
        known = set(content_terms(posting_text))
        first_word = question.split()[0] if question.split() else ""
        # "LLMs" is mentioned where the posting says "LLM": compared by stem too.
        return [n for n in dict.fromkeys(names)
                if n != first_word and n.lower() not in _QUESTION_WORDS
                and n.lower() not in lowered and stem(n.rstrip("s")) not in known
                and stem(n) not in known]


_QUESTION_WORDS = frozenset({"is", "are", "do", "does", "what", "which", "who", "where", "when",
                             "how", "can", "i", "will", "should", "tell", "the", "this", "please"})
