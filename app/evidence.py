"""Choose the sentences that answer a question, or decide the posting does not say: all in code."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from app.text import (
    GENERIC_WORDS,
    STOPWORDS,
    content_terms,
    evidence_units,
    expand_abbreviations,
    is_heading_like,
    stem,
    term_set,
)
from app.untrusted import without_instructions
from domain.deadlines import find_deadline
from domain.languages import find_languages
from domain.pay import find_pay
from domain.places import find_places
from domain.technologies import find_technologies
from domain.work_terms import employment_type, is_authorization_statement, work_mode

_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"

# Questions about these topics are answered only by a sentence that names the topic: a tiny
# model (and a loose similarity score) would otherwise "answer" salary from the benefits blurb.
# Continents and world regions, which no country list names ("based in Europe and Africa").
_WORLD_REGION = re.compile(r"\b(Europe|Africa|Asia|North America|South America|"
                           r"Latin America|Oceania|EMEA|APAC|LATAM|Middle East|Scandinavia|"
                           r"Caribbean)\b")


def _states_pay(text: str) -> bool:
    return find_pay(text) is not None or bool(_PAY_WORDS.search(text))


def _states_deadline(text: str) -> bool:
    return find_deadline(text) is not None or bool(_ROLLING.search(text))


_PAY_WORDS = re.compile(r"\bsalar(y|ies)\b|\bpay ?(range|band|scale|rate|grade)|\bwages?\b|"
                        r"compensation (package|range)|stipend|\bbonus\b|stock options?", re.I)
_ROLLING = re.compile(r"until (the position is )?filled|rolling basis|review(ing)? (of )?applications",
                      re.I)

# The evidence side is a pattern, or a recognizer from the domain package where one exists: "We
# value equity" names no pay and "diligent about deadlines" no deadline.
TOPICS: dict[str, tuple[str, str | Callable[[str], bool]]] = {
    # "shares this vision" and "diversity, equity and inclusion" are no stake in the company.
    "a bonus or equity": (r"\bbonus|equity|stock option|\bshares\b|signing",
                          r"\bbonus|(?<!diversity, )(?<!diversity )\bequity\b(?!,? (and|&) incl)|"
                          r"stock|\bshares? (options?|grants?|scheme|plan)|\d[\d,]* shares\b"),
    "retirement savings": (r"401|retirement|pension|superannuation|provident fund|\btsp\b|thrift",
                           r"401|retirement|pension|superannuation|provident fund|\btsp\b|thrift"),
    "salary or pay": (r"salar|\bpay\b|\bpaid\b(?! (holiday|time|leave|vacation|sick|parental|family|"
                      r"days?\b))|compensat|wage|\bearn|how much (money|(do|does|will|would|is) "
                      r"\w+( \w+)? (pay|make|earn|get|offer))|\$|(hourly|pay|day) rate\b", _states_pay),
    "visa sponsorship": (r"visa|sponsor|work permit|immigra", is_authorization_statement),
    "vacation or time off": (r"vacation|\bpto\b|time off|holiday|leave\b|days off",
                             r"vacation|\bpto\b|time off|holiday|leave\b|days off|days of annual"),
    "a deadline": (r"deadline|closing date|apply by|last (day|date) (to|for)|when .*close|until when",
                   _states_deadline),
    "a degree": (r"degree|bachelor|master'?s|ph\.?d|diploma|education",
                 r"degree|bachelor|master'?s|ph\.?d|diploma|university|college|education|\bm\.?sc|"
                 r"\bb\.?sc|honours|\bb\.?a\b|\bm\.?a\b|graduate"),
    "benefits": (r"benefit|insurance|health|dental|medical", r"benefit|insurance|health care|dental|"
                 r"medical"),
    "the interview process": (r"interview|hiring process|\brounds?\b|assessment",
                              r"interview|hiring process|selection process|shortlist|assessment "
                              r"(centre|center|day|task|exercise|stage)"),
    "a start date": (r"start date|when .*\bstart|starting date|\bbegin", r"\bstart|\bbegin|commenc"),
    "the team size": (r"team size|how many (people|engineers)|how big", rf"team of ({_COUNT})|"
                      rf"\b({_COUNT}) (other )?(engineers|people|developers|members|colleagues)"),
    "relocation": (r"relocat|moving cost", r"relocat"),
    # "a 3-hour take-home" is no working hours: hours of work are counted per day or week.
    "working hours": (r"working hours|\bhours\b|overtime|\bshifts?\b|9 to 5|weekends?|work schedule",
                      r"\bhours? (a|per|each|every) (day|week)|\d+\s?(hours?|hrs)?\s?/\s?(week|wk|day)|"
                      r"working (hours|week|day)|hours of work|work(ing)? schedule|overtime|flexible (hours|"
                      r"schedule)|\bshifts?\b|weekends?|\bfull[- ]time|part[- ]time"),
    "the kind of contract": (r"full[- ]?time|part[- ]?time|permanent|temporary|fixed[- ]term|"
                             r"(kind|type) of contract|\bterm position",
                             lambda text: employment_type(text) is not None),
    "the time zone": (r"time ?zones?|\b(utc|gmt|cet|est|pst)\b",
                      r"time ?zones?|\b(utc|gmt|cet|cest|est|edt|pst|pdt|ist|aest)\b|overlap"),
    "the work arrangement": (r"\bremote|hybrid|on-?site|work from home|\bwfh\b|in the office",
                             lambda text: work_mode(text) is not None),
    # Travel for the work, or the cost of getting there; not a public transport ticket.
    "travel": (r"\btravel", r"\btravel|\btrips?\b|transport(ation)? (costs?|expenses)"),
    "the location": (r"\bwhere\b(?! (do|can|should|would|will) (i|you) (apply|send|submit|read|find|"
                     r"learn|get|sign))(?! (are|is) the (full |job |complete )*(details|description|"
                     r"info|information|link|posting|ad|advert|website))|\blocat|which (city|country|"
                     r"office)|\bbased\b",
                     lambda text: bool(find_places(text) or _WORLD_REGION.search(text))
                     or work_mode(text) is not None),
}

# Topics stated as one of a few values, read in code.
_VALUED: dict[str, Callable[[str], str | None]] = {"the kind of contract": employment_type,
                                                   "the work arrangement": work_mode}
# Topics whose passage, once it names the topic, answers a yes/no question about it ("is there
# travel?": "expect several trips"). A passage naming benefits does not say which ones.
DECISIVE_TOPICS = frozenset({"salary or pay", "visa sponsorship", "a deadline", "travel",
                             "relocation", "the kind of contract", "the work arrangement"})


@dataclass(frozen=True)
class AnswerType:
    asks: re.Pattern[str]
    gives: re.Pattern[str] | Callable[[str, str], bool]  # a pattern, or (unit, question) -> fits
    datum: bool = True  # one fact, given in the posting's words; False: names a sentence may list


def _counts(unit: str, question: str) -> bool:
    """The unit gives a number of the thing counted: "how many paid holidays" and "10 paid
    holidays per year", "how many years" and "3-5 yrs"."""
    counted = re.search(r"how many ((?:\w+ ){0,2}\w+)", question, re.I)
    wanted = {stem(w) for w in counted.group(1).split()} - STOPWORDS if counted else set()
    for number in re.finditer(rf"(?<![\w.])(\d[\d,.]*|{_COUNT})(?![\w.])", unit, re.I):
        near = re.findall(r"[A-Za-z]+", unit[number.end():])[:4] + \
            re.findall(r"[A-Za-z]+", unit[:number.start()])[-3:]
        if not wanted or wanted & {stem(w) for w in near}:
            return True
    return False


# What kind of passage answers a kind of question: "who do I contact" wants a name or an address,
# "how long" a duration. A passage of the wanted kind gets ANSWER_TYPE_BONUS.
ANSWER_TYPES: tuple[AnswerType, ...] = (
    AnswerType(
        re.compile(r"\bwho\b.*\b(contact|email|ask|send|reach|supervis|manag|report)|contact|"
                   r"\bemail\b|reach out|get in touch|questions?\b.*\b(to|who)", re.I),
        re.compile(r"@|\[at\]|\bcontact\b|\bemail\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b|\bdr\.? [A-Z]", re.I)),
    # "We encourage all to apply" mentions applying; an answer says what to send, or where.
    AnswerType(
        re.compile(r"how (do|can|should) i apply|where (do|can|should) i (apply|send)|how to apply|"
                   r"what (do|should) i (need to )?(send|submit|include)|application (process|"
                   r"materials)|(send|submit) (my|an?|the) application", re.I),
        re.compile(r"@|\[at\]|https?://|www\.|\b(send|submit|e-?mail|upload|mail|provide|include|"
                   r"attach)\b|\b(cv|resume|cover letter|portal|form|references?|transcripts?)\b|"
                   r"apply (online|here|at|through|via|by)", re.I)),
    # "How many years": a number of years ("at least 7 years"), not "many years of experience".
    AnswerType(re.compile(r"how many (?=\w)", re.I), _counts),
    AnswerType(
        re.compile(r"how long|duration|until when|end date|length of", re.I),
        re.compile(r"\d+[- ]?(month|year|week|day)s?|\b(month|year)s?\b|until|through|fixed[- ]term|"
                   r"permanent|ends?\b", re.I)),
    AnswerType(re.compile(r"how much|what percent|\bnumber of\b", re.I), re.compile(r"\d")),
    AnswerType(
        re.compile(r"\bwhen\b|what date|which date", re.I),
        re.compile(r"\d{4}|january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|\b(week|month)s?\b", re.I)),
    # "What level / grade / band is it?": a classification code ("AS-03", "GS-14", "Band A").
    AnswerType(
        re.compile(r"\b(level|grade|classification|classified|pay band|band|pay scale)\b(?! of)", re.I),
        re.compile(r"\b[A-Z]{1,4}-\s?\d{1,2}\b|\b[A-Z]{2,4}\s?\d{1,2}\b|(?i:\bband:? [A-Z0-9]\b|"
                   r"\b(grade|level|step):? ?\d)")),
    # "Where can I read more?": a link.
    AnswerType(
        re.compile(r"(where|how) (can|do|could) i (read|find|learn|see|get) (more|details|info)|"
                   r"more (info|information|details) (about|on)|full (job )?(details|description|"
                   r"posting|advert)|\bwebsite\b|\blink\b|\burl\b", re.I),
        re.compile(r"https?://|www\.|\b[\w-]+\.(org|com|edu|gov|net|io|ac\.\w\w|gov\.\w\w)\b", re.I)),
    AnswerType(
        re.compile(r"\b(ref|reference|job|vacancy|announcement|requisition|posting)\s*(number|no\.?|"
                   r"id|code)\b", re.I),
        re.compile(r"\b(?=[A-Z0-9-]*\d)[A-Z0-9-]{5,}\b")),
    # "Which languages": Tamil and Urdu, or Ruby and Go; "which tools": a technology.
    AnswerType(re.compile(r"(?<!programming )languages?\b", re.I),
               lambda unit, _: bool(find_languages(unit) or find_technologies(unit)), datum=False),
    AnswerType(re.compile(r"software|tools?\b|technolog|programs?\b|languages?\b|frameworks?|"
                          r"platforms?", re.I),
               lambda unit, _: bool(find_technologies(unit)), datum=False),
)
ANSWER_TYPE_BONUS = 0.15
RETRIEVED_BONUS = 0.05
ANSWER_TYPE_PENALTY = 0.1  # a passage of another kind cannot answer "who" or "how long"
# Words that name the kind of answer wanted, not what it says: "what languages" is answered by
# "Ruby and JavaScript", not by "learn new languages".
_CATEGORY_WORDS = frozenset(content_terms("software tools technology technologies languages language "
                                          "frameworks platforms programs number " + GENERIC_WORDS))


def answer_type_fits(question: str, unit: str) -> bool | None:
    """True when the unit is of the kind the question wants, False when not, None when the
    question wants no particular kind."""
    kind = _answer_type(question)
    if kind is None:
        return None
    return bool(kind.gives(unit, question) if callable(kind.gives) else kind.gives.search(unit))


def _answer_type(question: str) -> AnswerType | None:
    return next((kind for kind in ANSWER_TYPES if kind.asks.search(question)), None)


def asks_for_datum(question: str) -> bool:
    """The question wants one datum (a contact, a count, a date, a grade, a link), not names of
    technologies or languages, which a verified sentence may list."""
    kind = _answer_type(question)
    return kind is not None and kind.datum


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


def asked_topics(question: str) -> list[str]:
    lowered = question.lower()
    return [topic for topic, (asks, _) in TOPICS.items() if re.search(asks, lowered)]


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
        for topic in topics:
            names_topic = TOPICS[topic][1]
            candidates = [c for c in candidates if (names_topic(c.text) if callable(names_topic)
                                                    else re.search(names_topic, c.text.lower()))]
            if not candidates:
                return Decision([], f"The posting does not say anything about {topic}.")
        missing = self._unknown_terms(question, posting_text)
        if missing:
            return Decision([], f"The posting does not mention {', '.join(missing)}.")
        # "Do I need to know R?", "experience with LLMs?": a named thing is answered by a passage
        # that names it, however a sentence about something else scores.
        company = posting[0].metadata.get("company", "") if posting else ""
        names = self._names(_without_name(question, company))
        naming = [c for c in candidates if any(_names_it(c.text, n) for n in names)]
        candidates = naming or candidates
        # A passage that names the very topic or thing asked about is evidence however it scores.
        if not candidates or (not topics and not naming and candidates[0].score < self.min_support):
            return Decision([], "The posting does not say.")
        # "Can I do it part time?": a passage stating part-time work answers before one stating
        # a fixed term.
        reader = next((_VALUED[t] for t in topics if t in _VALUED), None)
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
        if answer_type_fits(question, "") is not None:
            q_terms -= _CATEGORY_WORDS
        q_weight = sum(idf.get(t, rare) for t in q_terms)
        q_vec = self._embed([expand_abbreviations(question)])[0]
        # The section name gives a bare sentence its context ("About Rackspace Technology").
        vectors = self._embed([f"{d.metadata['section']}: {u}" for u, d in units])
        scored = []
        for (text, doc), vec in zip(units, vectors, strict=True):
            dense = sum(a * b for a, b in zip(q_vec, vec, strict=True))
            present = q_terms & term_set(f"{doc.metadata['section']} {text}")
            lexical = sum(idf.get(t, rare) for t in present) / q_weight if q_weight else 0.0
            fits = answer_type_fits(question, text)
            bonus = 0.0 if fits is None else ANSWER_TYPE_BONUS if fits else -ANSWER_TYPE_PENALTY
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
        first_word = question.split()[0] if question.split() else ""
        return [n for n in dict.fromkeys(names)
                if n != first_word and n.lower() not in _QUESTION_WORDS]

    @classmethod
    def _unknown_terms(cls, question: str, posting_text: str) -> list[str]:
        """Named things in the question that the posting never mentions."""
        lowered = posting_text.lower()
        known = set(content_terms(posting_text))
        # "LLMs" is mentioned where the posting says "LLM": compared by stem too.
        return [n for n in cls._names(question)
                if n.lower() not in lowered and stem(n.rstrip("s")) not in known
                and stem(n) not in known]


def _without_name(question: str, company: str) -> str:
    """The question without the employer's name, however much of it is typed ("Rackspace
    Technology" where the posting says "Rackspace")."""
    words = set(company.lower().split())
    if not words:
        return question
    return re.sub(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*",
                  lambda m: "" if words & set(m.group(0).lower().split()) else m.group(0), question)


def _names_it(text: str, name: str) -> bool:
    """The passage names the thing as a word ("LLM" for "LLMs", "U.S." for "US"), not inside
    another word ("US" is not in "must")."""
    def squash(words: str) -> str:
        return re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.?)", r"\1", words).replace(".", " ").lower()

    plain = squash(text)
    return any(re.search(rf"(?<![\w+#]){re.escape(form)}(?![\w+#])", plain)
               for form in {squash(name).strip(), squash(name).strip().rstrip("s")} if form)


_QUESTION_WORDS = frozenset({"is", "are", "do", "does", "what", "which", "who", "where", "when",
                             "how", "can", "i", "will", "should", "tell", "the", "this", "please"})
