"""Choose the sentences that answer a question, or decide the posting does not say: all in code."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from app.answer_types import (
    ANSWER_TYPE_BONUS,
    ANSWER_TYPE_PENALTY,
    CATEGORY_WORDS,
    answer_type,
    counts_what_was_asked,
)
from app.topics import DECISIVE_TOPICS, TOPICS, VALUED, asked_topics
from app.untrusted import without_instructions
from domain.languages import find_languages
from domain.technologies import find_technologies
from domain.text import (
    content_terms,
    evidence_units,
    expand_abbreviations,
    is_heading_like,
    spelled_out,
    stem,
    term_set,
)
from domain.wanted import EQUAL_OPPORTUNITY
from ingest.facts import line_label
from ingest.structure import HEADER

RETRIEVED_BONUS = 0.05
# The header fact each topic is (a line "Salary: ..." states the pay).
TOPIC_LABELS = {"the location": "location", "salary or pay": "pay", "a deadline": "deadline",
                "the kind of contract": "employment", "the work arrangement": "mode"}


@dataclass(frozen=True)
class Evidence:
    text: str
    doc: Document
    score: float


@dataclass(frozen=True)
class Decision:
    evidence: list[Evidence]
    abstain_reason: str | None = None
    decisive: bool = False  # the question's topic is one the evidence settles (DECISIVE_TOPICS)
    # For a topic stated as one of a few values (part-time, remote): the value the question asks
    # about and the one the best evidence states.
    asked_value: str | None = None
    stated_value: str | None = None


class EvidenceSelector:
    """Scores each retrieved sentence by meaning (embedding) and by shared terms."""

    def __init__(self, embeddings: Embeddings, min_support: float, max_sentences: int = 3):
        self.embeddings = embeddings
        self.min_support = min_support
        self.max_sentences = max_sentences
        self._vectors: dict[str, list[float]] = {}
        self._idf_cache: dict[int, dict[str, float]] = {}

    def decide(self, question: str, docs: list[Document], posting: list[Document]) -> Decision:
        """`docs` were retrieved for the question; `posting` is every chunk of the posting."""
        posting_text = "\n".join(d.page_content for d in posting)
        topics = asked_topics(question)
        # Every sentence of the posting is scored, not only those of the retrieved chunks: a
        # posting is a few dozen chunks, and a chunk ranked fifth ("Position duration: 11 weeks")
        # often holds the answer (measured on the real-world corpus: +0.9 points answered).
        # The retrieved chunks' sentences rank RETRIEVED_BONUS higher, as the retriever saw their
        # context; whether the best is good enough is judged on its own score.
        retrieved = {d.id for d in docs}
        candidates = sorted(self._score(question, posting, posting_text),
                            key=lambda e: -(e.score + RETRIEVED_BONUS * (e.doc.id in retrieved)))
        # Equal-opportunity boilerplate names benefits, pay and hiring in passing; it answers only
        # questions about fair treatment.
        if not _ASKS_FAIRNESS.search(question):
            candidates = [c for c in candidates if not EQUAL_OPPORTUNITY.search(c.text)]
        # "Could it become permanent?" is answered by a passage about such a change, not by the
        # contract as it stands.
        if asks_about_change(question):
            candidates = [c for c in candidates if _CHANGE.search(c.text)]
            if not candidates:
                return Decision([], "The posting does not say.")
        for topic in topics:
            names_topic = TOPICS[topic][1]
            candidates = [c for c in candidates if (names_topic(c.text) if callable(names_topic)
                                                    else re.search(names_topic, c.text.lower()))]
            if not candidates:
                return Decision([], f"The posting does not say anything about {topic}.")
        # "Where is the sales job based?" on a page of several jobs: the line labelled with the
        # asked fact ("Location: Gauteng") states it, however a sentence naming a place scores.
        labels = {TOPIC_LABELS[t] for t in topics if t in TOPIC_LABELS}
        candidates.sort(key=lambda c: line_label(c.text) not in labels)
        missing = self._unknown_terms(question, posting_text)
        if missing:
            return Decision([], f"The posting does not mention {', '.join(missing)}.")
        # "Do I need to know R?", "experience with LLMs?": a named thing is answered by a passage
        # that names it, however a sentence about something else scores.
        company = posting[0].metadata.get("company", "") if posting else ""
        names = self._names(_without_name(question, company))
        naming = [c for c in candidates if any(_names_it(c.text, n) for n in names)]
        if not naming and any(find_languages(n, any_case=True) for n in names):
            # "What if I only speak Norwegian?" against "Swedish or another Scandinavian
            # language": the passage on languages answers.
            naming = [c for c in candidates if find_languages(c.text)]
        candidates = naming or candidates
        # "How long is the contract?" is answered by a length, however often another sentence
        # says "contract": a datum asked for is given by a passage of its kind, where one exists.
        kind = answer_type(question)
        if kind is not None and kind.datum:
            fitting = [c for c in candidates if kind.fits(c.text, question)]
            if kind.required and not fitting:
                return Decision([], "The posting does not say.")
            candidates = fitting or candidates
        # "How many positions?" and "two positions": the very thing counted is evidence enough.
        counted = bool(candidates) and (counts_what_was_asked(candidates[0].text, question) or (
            kind is not None and kind.decisive and kind.fits(candidates[0].text, question)))
        # A passage that names the very topic or thing asked about is evidence however it scores.
        if not candidates or (not topics and not naming and not counted
                              and candidates[0].score < self.min_support):
            return Decision([], "The posting does not say.")
        # "Can I do it part time?": a passage stating part-time work answers before one stating
        # a fixed term.
        reader = next((VALUED[t] for t in topics if t in VALUED), None)
        asked = reader(question) if reader else None
        if asked:
            candidates.sort(key=lambda c: reader(c.text) != asked)
        best = candidates[0]
        chosen = [best]
        for other in candidates[1:]:
            if len(chosen) == self.max_sentences:
                break
            if other.score >= best.score - 0.1 and other.text not in best.text:
                chosen.append(other)
        return Decision(chosen, decisive=bool(DECISIVE_TOPICS.intersection(topics)),
                        asked_value=asked, stated_value=reader(best.text) if asked else None)

    def _score(self, question: str, docs: list[Document], posting_text: str) -> list[Evidence]:
        """0.6 x cosine similarity + 0.4 x the IDF-weighted share of question terms present."""
        # A short line is a label, except in the header, where "Band A" or "Aviation House,
        # London" is a fact of the job, and in a run of short lines: a list whose bullets a PDF
        # lost ("Privacy", "Security", "Procurement").
        units = [(clean, d) for d in docs for u, listed in _listed_units(d.page_content)
                 if (clean := without_instructions(u))
                 and (d.metadata["section"] == HEADER or listed or not is_heading_like(clean))]
        if not units:
            return []
        idf = self._idf(posting_text)
        rare = max(idf.values(), default=1.0)
        # The employer's name is in every question about the employer; it picks no passage. Part
        # of it is no name of it: "do I need to know Haskell?" of the Haskell Foundation.
        company = set(content_terms(docs[0].metadata.get("company", "")))
        if not company <= set(content_terms(question)):
            company = set()
        # "ui/ux" asks for UI and for UX, each as the passage may write it.
        q_terms = {part for term in content_terms(expand_abbreviations(question))
                   for part in (term.split("/") if "/" in term else [term]) if len(part) > 1} - company
        kind = answer_type(question)  # once per question, not once per sentence
        if kind is not None:
            q_terms -= CATEGORY_WORDS
        q_weight = sum(idf.get(t, rare) for t in q_terms)
        q_vec = self._embed([expand_abbreviations(question)])[0]
        # The section name gives a bare sentence its context ("About the company").
        vectors = self._embed([f"{d.metadata['section']}: {u}" for u, d in units])
        scored = []
        for (text, doc), vec in zip(units, vectors, strict=True):
            dense = sum(a * b for a, b in zip(q_vec, vec, strict=True))
            present = q_terms & term_set(f"{doc.metadata['section']} {text}")
            lexical = sum(idf.get(t, rare) for t in present) / q_weight if q_weight else 0.0
            bonus = 0.0 if kind is None else \
                ANSWER_TYPE_BONUS if kind.fits(text, question) else -ANSWER_TYPE_PENALTY
            # A question left with no terms to match ("what languages do they want") is scored
            # on the scale it can reach, meaning alone.
            reach = 1.0 if q_weight else 0.6
            scored.append(Evidence(text, doc, (0.6 * dense + 0.4 * lexical + bonus) / reach))
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
    def _names(question: str) -> list[str]:
        """Named things in the question: Kafka, AWS, C++, and technologies typed in lower case."""
        names = re.findall(r"(?<![\w+#])[A-Z][A-Za-z0-9+#.]*[A-Za-z0-9+#]", question)
        # One capital letter is a language ("R", "C"), but not "I" or "A".
        names += [n for n in re.findall(r"(?<![\w+#])[B-HJ-Z](?![\w+#.'])", question)]
        names += [n for n in find_technologies(question) if len(n) > 2
                  and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", question, re.I)]
        names += find_languages(question, any_case=True)  # "do i need to speak dutch"
        first_word = question.split()[0] if question.split() else ""
        return [n for n in dict.fromkeys(names)
                if n != first_word and n.lower() not in _QUESTION_WORDS]

    @classmethod
    def _unknown_terms(cls, question: str, posting_text: str) -> list[str]:
        """Named things in the question that the posting never mentions."""
        lowered = posting_text.lower()
        known = set(content_terms(posting_text))
        # "LLMs" is mentioned where the posting says "LLM": compared by stem too.
        unknown = [n for n in cls._names(question)
                   if n.lower() not in lowered and stem(n.rstrip("s")) not in known
                   and stem(n) not in known and not spelled_out(n, posting_text)]
        # A language the posting does not name, where it names others, is answered by those.
        if any(find_languages(n, any_case=True) for n in unknown) and find_languages(posting_text):
            unknown = [n for n in unknown if not find_languages(n, any_case=True)]
        return unknown


_ASKS_FAIRNESS = re.compile(r"divers|equal|discriminat|inclusi|accommodat|disabilit|veteran|\beeo|"
                            r"gender|race|affirmative", re.I)
_CHANGE = re.compile(r"\b(turn into|turns into|become|becomes|convert\w*|extend\w*|extension|"
                     r"renew\w*|possibilit\w*|possible to (stay|continue)|made permanent|"
                     r"go permanent|long[- ]term|after the \w+ (months|weeks|years))\b", re.I)


def _listed_units(text: str) -> list[tuple[str, bool]]:
    """The chunk's units, each with whether it is a short line beside another line that is no
    sentence either: an item of a list that lost its bullets."""
    units = evidence_units(text)
    bare = [len(u) < 120 and not re.search(r"[.!?:]$", u) for u in units]
    return [(unit, is_heading_like(unit) and ((i > 0 and bare[i - 1]) or
                                              (i + 1 < len(units) and bare[i + 1])))
            for i, unit in enumerate(units)]


def asks_about_change(question: str) -> bool:
    """"Could it become permanent?", "is an extension possible?": about what may change."""
    return bool(_CHANGE.search(question))


def _without_name(question: str, company: str) -> str:
    """The question without the employer's name, typed whole or with more ("Acme Analytics" where
    the posting says "Acme"); part of it may name something else ("Haskell" of the Haskell
    Foundation)."""
    words = set(company.lower().split())
    if not words:
        return question
    return re.sub(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*",
                  lambda m: "" if words <= set(m.group(0).lower().split()) else m.group(0), question)


def _names_it(text: str, name: str) -> bool:
    """The passage names the thing as a word ("LLM" for "LLMs", "U.S." for "US"), not inside
    another word ("US" is not in "must")."""
    def squash(words: str) -> str:
        return re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.?)", r"\1", words).replace(".", " ").lower()

    plain = squash(text)
    return any(re.search(rf"(?<![\w+#]){re.escape(form)}(?![\w+#])", plain)
               for form in {squash(name).strip(), squash(name).strip().rstrip("s")} if form) \
        or bool(spelled_out(name, text))


_QUESTION_WORDS = frozenset({"is", "are", "do", "does", "what", "which", "who", "where", "when",
                             "how", "can", "i", "will", "should", "tell", "the", "this", "please"})
