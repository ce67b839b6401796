"""Questions about the job's header facts (title, company, place, remote, pay, deadline, contract,
right to work) are answered from the facts ingest read, in code, each citing the line it came from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from langchain_core.documents import Document

from app.schemas import Answer, Citation
from app.topics import PAY_VERB
from domain.deadlines import find_deadline
from domain.pay import find_pay
from domain.places import find_places
from domain.scope import job_scope
from domain.text import GENERIC_WORDS, YES_NO_START, content_terms, evidence_units, term_set
from domain.work_terms import (
    ASKS_SPONSORSHIP,
    SPONSORSHIP,
    employment_type,
    is_authorization_statement,
    limits_to_citizens,
    work_mode,
)
from ingest.facts import TITLE_NOUN, Fact, HeaderFacts, label_kind

# Which fact a question asks about. Order matters: "what's the salary for this role" is about pay,
# not the title; "is this remote" is about the arrangement, not the place.
INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Paid holidays" and "paid leave" are time off, not pay.
    ("pay", re.compile(r"salar|sallary|" + PAY_VERB + r"|\bpaid\b(?! (holiday|time|leave|vacation|sick|"
                       r"parental|family|days?\b))|compensat|\bwages?\b|\bearn|\bctc\b|"
                       r"stipend|remunerat|how much (does it|do they|will i|would i|is it|money)"
                       r"( \w+)? (pay|make|earn|offer|get)|how much (money|do i get)", re.I)),
    # "Is it still open?": whether the job still takes applications; "open to ..." is who may apply.
    ("status", re.compile(r"\bstill (open|hiring|accepting|available|recruiting|taking|active|live|"
                          r"valid|looking)\b|\b(is|are) (it|this|that|the (job|role|position|posting|"
                          r"vacancy|opening))( \w+)? (open|closed|filled|available|active)\b(?! to)|"
                          r"\bbeen filled|too late|(open|accepting) (for )?applications", re.I)),
    ("deadline", re.compile(r"deadline|closing date|\bclos(e|es|ing)\b|apply by|last (day|date)|"
                            r"until when|\bdue\b|when (can|should|do|must) i apply", re.I)),
    ("authorization", re.compile(r"visa|" + ASKS_SPONSORSHIP + r"|work permit|right to work|"
                                 r"citizen|clearance|authori[sz]", re.I)),
    # "Are interviews in person?" is about the interviews, not where the work happens.
    ("mode", re.compile(r"^(?!.*(interview|meeting|training|workshop|event|conference|onboarding))"
                        r".*(\bremote|hybrid|on-?site|\bwfh\b|work(ing)? from (home|anywhere)|"
                        r"in the office|in person|in-person)", re.I)),
    ("employment", re.compile(r"full[- ]?time|part[- ]?time|permanent|temporary|"
                              r"\bintern(ship)?\b|employment type|job type|kind of contract|"
                              r"freelance|fixed[- ]term", re.I)),
    ("location", re.compile(r"\bwhere\b(?! (do|can|should|would|will) (i|you) (apply|send|submit|"
                            r"read|find|learn|get|sign))|\blocat|which (city|country|office|state|"
                            r"province)|what (city|country)|\bbased\b", re.I)),
    # "Which companies would I work with?" asks about partners, not the employer.
    ("company", re.compile(r"compan(y|y's)\b|employer|who('s| is)? hiring|which (org|firm|business)|"
                           r"organi[sz]ation|who (would|will) i (work|be working) for|who is it for|"
                           r"hiring (org|company)|(which|what) (uni|university|institute|institution|"
                           r"agency|department|lab)\b", re.I)),
    ("title", re.compile(r"\btitle\b|what('s| is) the (role|position|job)( called| name)?\s*\??$|"
                         r"name of the (role|job|position)|what (role|position|job) is (this|it)|"
                         r"^what (job|role|position) is|what is this (role|job|position)\??$|"
                         r"whats the job\??$|what (kind|type|sort) of (job|role|position) is (this|it)|"
                         r"what (positions?|roles?|jobs?) (is|are) (open|available)|"
                         # "what roles r they looking for": the jobs of a page in the plural.
                         r"(what|which) (positions|roles|jobs|openings|vacancies)\b(?! (do|does|would|"
                         r"will) (i|you|they) (need|want|require))|"
                         r"^what('s| is) this( exactly| about| one)?\s*\??$", re.I)),
)
_REFUSAL = re.compile(r"\b(not|no|unable|cannot|can't|won't|will not|don't|do not|without|"
                      r"must (already )?(be|have|hold)|only (consider|accept)|required to (be|have)|"
                      r"need to (be|have)|must be (eligible|authori[sz]ed|legally))\b", re.I)

# "You must already have status to work here": nobody is sponsored (nor in a job open to
# citizens only).
_ALREADY = re.compile(r"\bmust already (have|hold|be)|\balready (have|hold) (the )?(right|status|"
                      r"authori[sz]ation|permission) to work", re.I)


# The words a question about each fact may use beyond the generic ones. A question with any other
# word ("how many paid holidays", "what pay band", "where is the company based") asks something
# the fact alone does not answer, unless the fact's own line has that word too.
_FACT_WORDS = {
    "pay": "salary salaries pay paid compensation wage wages earn ctc stipend remuneration money much "
           "make offer range rate annual annually hourly yearly month monthly year per gross amount "
           "figure expected expect usd eur gbp cad inr aud dollar dollars euro euros pound pounds "
           "currency",
    "status": "still open opened closed close filled hiring hire accepting taking applications "
              "application apply available active live valid late too looking",
    "deadline": "deadline closing close closes date apply application applications last day until "
                "due when submit submission open still",
    "authorization": "visa visas sponsor sponsorship sponsors work permit right citizen citizens "
                     "clearance authorization authorisation authorized eligible eligibility apply "
                     "non foreign international status",
    "mode": "remote remotely hybrid onsite on-site site wfh work working home anywhere office person "
            "in-person fully partially days week",
    "employment": "full part time full-time part-time permanent temporary intern internship "
                  "employment type contract freelance fixed term kind sort",
    "location": "where located location locations based city country office state province place "
                "area region live work working",
    "company": "company employer hiring hire org organisation organization firm business who work "
               "working uni university institute institution agency department lab running run "
               "runs behind name called",
    "title": "title role position job called name kind type sort open available exact exactly "
             "roles positions jobs openings vacancies looking rn there have offer",
}
_FACT_TERMS = {name: frozenset(content_terms(words)) for name, words in _FACT_WORDS.items()}
_GENERIC_TERMS = frozenset(content_terms(GENERIC_WORDS + " right now currently today actually exactly"))


def asked_facts(question: str) -> list[str]:
    """Every header fact the question asks about: "who's the employer and where?" asks two."""
    found = [name for name, pattern in INTENTS if pattern.search(question)]
    # Order matters: "what's the salary for this role" is about pay, not the title.
    if "title" in found and len(found) > 1:
        found.remove("title")
    if "location" in found and "mode" in found:
        found.remove("location")
    return found


def asked_fact(question: str) -> str | None:
    found = asked_facts(question)
    return found[0] if found else None


def _beyond(question: str, intents: list[str]) -> set[str]:
    """The question's terms that none of the asked facts' words cover (nor the words, typos
    included, by which the question was seen to ask for them: "sallary")."""
    asked = {t for name, pattern in INTENTS if name in intents
             for m in pattern.finditer(question) for t in content_terms(m.group(0))}
    covered = _GENERIC_TERMS.union(asked, *(_FACT_TERMS[i] for i in intents))
    return {t for t in content_terms(question) if t not in covered and not t.isdigit()}


def is_yes_no(question: str) -> bool:
    """"Is it remote?" is; "is it lab work or field work?" asks to choose, not yes or no."""
    return bool(YES_NO_START.match(question)) and not re.search(r"\w \bor\b \w", question)


@dataclass(frozen=True)
class _Cited:
    text: str
    doc: Document


def answer_from_facts(question: str, facts: HeaderFacts, docs: list[Document]) -> Answer | None:
    """An Answer when the question is about a header fact that ingest read; None to let retrieval
    answer it (a fact that was not read may still be said in words the reader missed; retrieval's
    topic check abstains when no passage names the topic)."""
    intents = asked_facts(question)
    if not intents:
        return None
    answers = [_WRITERS[intent](question, facts, docs) for intent in intents]
    if any(a is None for a in answers):
        return None  # part of the question has no fact read for it: retrieval looks at all of it
    # The employer's own name ("what roles are open at Zulip?") or the job's ("where is the sales
    # job based?") asks nothing more.
    named = set().union(*(term_set(f.value) for f in (facts.company, facts.title) if f))
    beyond = _beyond(question, intents) - named
    quoted = set().union(*(term_set(_undotted(c.text)) for a in answers for c in a.citations))
    if beyond - quoted:
        return None
    return answers[0] if len(answers) == 1 else _joined(question, answers)


def _joined(question: str, answers: list[Answer]) -> Answer:
    """One answer from several, each part's [n] renumbered after the parts before it."""
    texts, citations = [], []
    for answer in answers:
        offset = len(citations)
        texts.append(re.sub(r"\[(\d+)\]", lambda m, by=offset: f"[{int(m.group(1)) + by}]",
                            answer.answer))
        citations += [c.model_copy(update={"n": c.n + offset}) for c in answer.citations]
    return Answer(question=question, answer=" ".join(texts), abstained=False, citations=citations)


def _find(docs: list[Document], *needles: str, says: Callable[[str], bool] | None = None
          ) -> _Cited | None:
    """The first quotable unit that contains one of the needles; or, where a needle is a whole
    paragraph, the sentence of it that `says` the fact."""
    units = [(unit, doc) for doc in docs for unit in evidence_units(doc.page_content)]
    # A heading may be where the posting says it ("Acme Foundation: Finance Admin").
    units += [(doc.metadata["section"], doc) for doc in docs if doc.metadata.get("section")]
    for needle in needles:
        if not needle:
            continue
        folded = _squash(needle)
        for unit, doc in units:
            if folded in _squash(unit):
                return _Cited(unit.removeprefix("- ").strip(), doc)
        if says is not None:
            for unit, doc in units:
                if _squash(unit) in folded and says(unit):
                    return _Cited(unit.removeprefix("- ").strip(), doc)
    return None


def _undotted(text: str) -> str:
    """"U.S. citizens" reads as "US citizens", as a question types it."""
    return re.sub(r"\b(?:[A-Za-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)


def _squash(text: str) -> str:
    """Words only: a quote matches its line whatever the emoji, markup or comma spacing."""
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def _answer(question: str, text: str, cited: list[_Cited]) -> Answer:
    citations = [Citation(n=i, posting_id=c.doc.metadata["posting_id"], section=c.doc.metadata["section"],
                          text=c.text, source=c.doc.metadata["source"]) for i, c in enumerate(cited, 1)]
    return Answer(question=question, answer=text, abstained=False, citations=citations)


def _fact_source(fact: Fact, label: str, docs: list[Document],
                 says: Callable[[str], bool] | None = None) -> _Cited | None:
    """Where the posting says it ("...headquartered in San Francisco, CA"): the sentence of its
    paragraph that names it; else its header line."""
    def names_it(unit: str) -> bool:
        # "Department of Clinical Medicine, Aarhus University" was read from "The Department of
        # Clinical Medicine at ... Aarhus University": each of its parts is named.
        parts = [_squash(part) for part in fact.value.split(", ")]
        return all(part in _squash(unit) for part in parts) or (says is not None and says(unit))

    return _find(docs, fact.quote, f"{label}: {fact.value}", fact.value, says=names_it)


def _a(word: str) -> str:
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def _quote(cited: _Cited) -> str:
    return f"\u201c{cited.text}\u201d [1]"


def _title(question, facts, docs):
    if facts.roles:
        cited = _find(docs, f"Open roles: {'; '.join(facts.roles)}")
        listed = "; ".join(facts.roles)
        if not cited:
            return None
        # "We are recruiting a team of skilled translators": a job the page recruits for beside
        # the roles it heads.
        other = facts.title if facts.title and TITLE_NOUN.search(facts.title.value) and not any(
            facts.title.value.lower() in role.lower() for role in facts.roles) else None
        source = _fact_source(other, "Title", docs) if other else None
        if source:
            return _answer(question, f"The page recruits \u201c{other.value}\u201d [1] and lists "
                           f"{len(facts.roles)} roles: {listed} [2].", [source, cited])
        return _answer(question, f"This page lists {len(facts.roles)} roles: {listed} [1].", [cited])
    if not facts.title:
        return None
    cited = _fact_source(facts.title, "Title", docs)
    return _answer(question, f"The job title is \u201c{facts.title.value}\u201d [1].", [cited]) \
        if cited else None


def _company(question, facts, docs):
    if not facts.company:
        return None  # the company may still be named in the text; let retrieval look
    cited = _fact_source(facts.company, "Company", docs)
    return _answer(question, f"The employer is {facts.company.value} [1].", [cited]) if cited else None


_ABOUT_OTHERS = re.compile(r"\b(team|company|companies|headquarters?|hq|office|offices|staff|"
                           r"they|organi[sz]ation|employer)\b", re.I)


def _location(question, facts, docs):
    if not facts.location:
        return None
    cited = _fact_source(facts.location, "Location", docs, says=lambda unit: bool(find_places(unit)))
    if not cited:
        return None
    where = facts.location.value
    if not find_places(where) and _ABOUT_OTHERS.search(question):
        return None  # "where is the team based?" of a job open anywhere: the team has a place
    if job_scope(where).anywhere:
        return _answer(question, "The job is open to people anywhere [1].", [cited])
    # "Remote, Kenya" is no place to be "located in": the posting's own words, quoted.
    if work_mode(where):
        return _answer(question, f"The posting gives the location as \u201c{where}\u201d [1].", [cited])
    quote = facts.location.quote.strip(" *")
    if where != quote and len(quote) <= _SHORT_QUOTE and not label_kind(quote.split(":")[0]):
        # Read from a title line: the line says more than the place ("... at Nanyang
        # Technological University (NTU), Singapore").
        return _answer(question, f"The job is located in {where} [1], as the posting puts it: "
                                 f"\u201c{quote}\u201d.", [cited])
    return _answer(question, f"The job is located in {where} [1].", [cited])


_SHORT_QUOTE = 100


def _mode(question, facts, docs):
    if not facts.mode:
        return None
    mode = facts.mode.value
    cited = _find(docs, facts.mode.quote, f"Work arrangement: {mode}",
                  says=lambda unit: work_mode(unit) == mode)
    if not cited:
        return None
    asked = "remote" if re.search(r"remote|wfh|home|anywhere", question, re.I) else \
        "hybrid" if re.search(r"hybrid", question, re.I) else "on-site"
    if is_yes_no(question):
        opening = "Yes" if mode == asked else "No"
        return _answer(question, f"{opening}, the job is {mode}: {_quote(cited)}", [cited])
    return _answer(question, f"The job is {mode}: {_quote(cited)}", [cited])


def _employment(question, facts, docs):
    if not facts.employment:
        return None
    kind = facts.employment.value
    cited = _find(docs, facts.employment.quote, f"Employment type: {kind}",
                  says=lambda unit: employment_type(unit) == kind)
    # "Full time?" asks about the hours, which a fixed-term contract may state elsewhere:
    # "a technical assistant (full-time) position".
    if _HOURS.search(question) and kind not in ("full-time", "part-time"):
        hours = next(((unit, doc) for doc in docs for unit in evidence_units(doc.page_content)
                      if _HOURS.search(unit) and not unit.endswith("?")), None)
        if hours:
            kind = f"{_HOURS.search(hours[0]).group(1).lower()}-time"
            cited = _Cited(hours[0].removeprefix("- ").strip(), hours[1])
    if not cited:
        return None
    if is_yes_no(question):
        asked = next((k for k in ("full-time", "part-time", "contract", "internship", "permanent")
                      if re.search(k.replace("-", r"[- ]?"), question, re.I)), None)
        if asked == kind:
            return _answer(question, f"Yes, it is {_a(kind)} position: {_quote(cited)}", [cited])
        if any({asked, kind} == pair for pair in _EXCLUSIVE):  # a contract may be full-time
            return _answer(question, f"No, it is {_a(kind)} position: {_quote(cited)}", [cited])
        return None
    return _answer(question, f"It is {_a(kind)} position: {_quote(cited)}", [cited])


_HOURS = re.compile(r"\b(full|part)[- ]?time\b", re.I)


def _pay(question, facts, docs):
    if not facts.pay:
        return None
    cited = _find(docs, facts.pay.quote, f"Salary: {facts.pay.value}", facts.pay.value,
                  says=lambda unit: find_pay(unit) is not None)
    if not cited:
        return None
    return _answer(question, f"The pay is {facts.pay.value}: {_quote(cited)}", [cited])


def _deadline(question, facts, docs):
    if not facts.deadline:
        return None
    cited = _find(docs, facts.deadline.quote, f"Application deadline: {facts.deadline.value}",
                  facts.deadline.value, says=lambda unit: find_deadline(unit) is not None)
    if not cited:
        return None
    return _answer(question, f"The application deadline is {facts.deadline.value}: {_quote(cited)}",
                   [cited])


def _status(question, facts, docs):
    """Filled or closed, as the posting marks it; else what its deadline says today."""
    if facts.status:
        cited = _find(docs, facts.status.quote)
        said = "the job has been filled" if facts.status.value == "filled" else \
            "applications are closed"
        return _answer(question, f"No. The posting says {said}: {_quote(cited)}", [cited]) \
            if cited else None
    if not facts.deadline or not facts.deadline_iso:
        return None
    cited = _find(docs, facts.deadline.quote, facts.deadline.value,
                  says=lambda unit: find_deadline(unit) is not None)
    if not cited:
        return None
    if date.fromisoformat(facts.deadline_iso) < date.today():
        text = f"No, not by its own dates: the application deadline, {facts.deadline.value}, has passed"
    else:
        text = f"The posting takes applications until {facts.deadline.value}"
    return _answer(question, f"{text}: {_quote(cited)}", [cited])


def _authorization(question, facts, docs):
    if not facts.authorization:
        return None
    cited = [c for c in (_find(docs, f.quote, says=is_authorization_statement)
                         for f in facts.authorization) if c][:2]
    if not cited:
        return None
    quotes = " ".join(f"\u201c{c.text}\u201d [{i}]" for i, c in enumerate(cited, 1))
    if is_yes_no(question) and re.search(r"sponsor|visa", question, re.I):
        about = [c for c in cited if SPONSORSHIP.search(c.text) or re.search(r"\bvisa", c.text, re.I)]
        if about:
            opening = "No" if _REFUSAL.search(about[0].text) else "Yes"
            return _answer(question, f"{opening}. The posting says: {quotes}", cited)
        if any(_ALREADY.search(c.text) or limits_to_citizens(c.text) for c in cited):
            return _answer(question, f"No. The posting says: {quotes}", cited)
        # Who may apply is said, sponsorship is not: that is no answer to the question asked.
        answer = _answer(question, "The posting does not say whether it sponsors visas. On who may "
                                   f"apply it says: {quotes}", cited)
        return answer.model_copy(update={"abstained": True})
    if is_yes_no(question) and re.search(r"citizen|national", question, re.I):
        limiting = [c for c in cited if limits_to_citizens(c.text)]
        if limiting:
            # "Can non-US citizens apply?": No; "do I have to be a citizen?": Yes.
            outsider = re.search(r"\bnon\b|\bnon-|\bnot (a|an)\b|foreign|international|overseas|"
                                 r"\boutside\b", question, re.I)
            needs = re.search(r"\b(need|have|has|must|required?)\b", question, re.I)
            if outsider or needs:
                return _answer(question, f"{'No' if outsider else 'Yes'}. The posting says: {quotes}",
                               cited)
    return _answer(question, f"The posting says: {quotes}", cited)


_EXCLUSIVE = ({"full-time", "part-time"}, {"permanent", "contract"}, {"permanent", "internship"})
_WRITERS = {"title": _title, "company": _company, "location": _location, "mode": _mode,
            "employment": _employment, "pay": _pay, "deadline": _deadline, "status": _status,
            "authorization": _authorization}
