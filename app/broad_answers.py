"""Broad questions ("what would I do day to day", "what are the requirements", "what benefits",
"what's the tech stack") get a short list drawn from the right section, each item cited."""

from __future__ import annotations

import re

from langchain_core.documents import Document

from app.posting_lists import MAX_ITEMS, around_best, items_of, section_items, units
from app.schemas import Answer, Citation
from app.untrusted import without_instructions
from domain.technologies import find_technologies
from domain.text import stem, term_set
from domain.wanted import ASKS_HEADING, ASKS_ITEM, ASKS_STATEMENT, DUTY_ITEM, PLUS

# question pattern, section-heading pattern, how the answer introduces the list
BROAD: dict[str, tuple[re.Pattern[str], re.Pattern[str], str]] = {
    # How to apply and whom to ask are told in several places: what to send, where, to whom.
    "applying": (
        re.compile(r"how (do|can|should|would) i apply|how to apply|where (do|can|should) i (apply|"
                   r"send)|what (do|should|can) i (need to )?(send|submit|include|attach|put|write)|"
                   r"(put|include|write) in (my|the|an?) (application|cover letter|letter)|application "
                   r"(process|materials|documents|package)|(send|submit) (my|an?|the) application|"
                   r"who (do|should|can) i (send|contact|email|ask|address|write)|who to (contact|"
                   r"email|ask)|contact (person|details|info)|who('s| is) the contact", re.I),
        re.compile(r"$^"), "What the posting says about applying:"),
    "duties": (
        # "What would the marketing person do?" is about the job; "what does Acme do?" is not.
        re.compile(r"day[- ]to[- ]day|what (will|would|do|does) (i|you|the \w+( \w+)?|this \w+) "
                   r"(actually |really )?(be )?(do|doing)\b|"
                   r"responsibilit|responsible for|duties|\btasks\b|"
                   r"what (does|would|will) (the|this) (\w+ ){0,2}(job|role|"
                   r"position|research|project|work|phd|internship|fellowship) (involve|entail|"
                   r"consist of)|"
                   r"what('s| is) the (job|role|work) like|what (is|does) the "
                   r"(role|job) (about|do)|job description|what('s| is) involved", re.I),
        re.compile(r"respons|what you('ll| will)? (do|be doing)|day[- ]to[- ]day|\bduties|your role|"
                   r"the role|in this role|role description|impact|you will(?! (bring|need|have))|"
                   r"areas of responsibility|tasks|"
                   r"accountabilit|job description|about the (role|job|position)|what .*do|"
                   r"main activities|the job|position description|key areas", re.I),
        "The main duties the posting lists:"),
    # "What's the project about?", "what does the lab work on?": what the work studies.
    "research": (
        re.compile(r"what('s| is| are)( the| this| that)? (project|research|phd|postdoc|post-doc|"
                   r"position|lab|group|thesis|study|fellowship|scholarship)\w*( \w+)? (about|on|"
                   r"focus\w*)\b|what (does|will|would|do) (the|this|their|they|that) ?(lab|group|team|"
                   r"project|centre|center)? (do|work on|study|research|focus on)\b|research "
                   r"(topic|focus|area|question|interest)s?|what (would|will) i (research|study)\b|"
                   r"what (topic|subject|field)s?\b(?! line)", re.I),
        re.compile(r"research|project|about the (lab|group|project|team)|our (work|research)|"
                   r"\bfocus|topics?|scientific", re.I),
        "What the posting says the work is about:"),
    "requirements": (
        re.compile(r"^(?!.*\b(should|can|could) i (still )?apply)(?:.*)(?:requirement|qualification|"
                   r"what (do|does|would|will) (i|you|one|they) need"
                   r"(?! to (send|submit|apply|include|attach|provide))|"
                   r"what are they looking for|what do they (want|look for|expect)|"
                   r"what skills|skills (needed|required|do i need)|who (are they|they are) "
                   r"looking for|criteria|what experience|prereq|evaluat|assessed on|"
                   r"what (kind|sort|type) of (person|candidate|people|someone|profile)(?![^?]*\bor\b)|"
                   r"ideal candidate|who (are|is) (they|it) (after|for)|what are they after)", re.I),
        ASKS_HEADING, "What the posting asks for:"),
    # "What would be nice to have?": the list the posting calls a plus, not its requirements.
    "pluses": (
        re.compile(r"nice[- ]to[- ]haves?|\bbonus (points|skills)|preferred (skills|qualifications|"
                   r"experience)|what('s| is| would be| are)( considered)? (a )?(plus|pluses|assets?|"
                   r"bonus)|what else would help|(desirable|optional) (skills|criteria)", re.I),
        PLUS, "What the posting counts as a plus:"),
    "benefits": (
        re.compile(r"^(?!.*(insurance|health|dental|pension|401|relocat|visa|vacation|pto|"
                   r"holiday|leave|bonus|equity))(.*benefit|.*perks|.*what do (they|you) offer|"
                   r".*what('s| is) in it for me|.*what do i get)", re.I),
        re.compile(r"benefit|perks|\boffers?\b|compensation|why (join|work)|"
                   r"in it for you|rewards|package|what you('ll)? get", re.I),
        "The benefits the posting lists:"),
    "stack": (
        # "Which languages" may mean Tamil and Urdu: only programming languages are a stack.
        re.compile(r"tech(nology)? stack|(?<!full )(?<!full-)\bstack\b|(what|which) (tech|technologies)\b|"
                   # "Which build tools?" names its kind: a passage answers it, not the whole list.
                   r"technologies (do|will|would|are)|(what|which) (tools|frameworks|software|"
                   r"programs|apps|applications|systems|platforms)\b|programming languages?", re.I),
        re.compile(r"$^"), "Technologies the posting names:"),
}


# What a section's items look like, whatever its heading says: a section headed "Requirements"
# may list duties ("Collaborate and Integrate: Work closely..."), and one headed "Must Have" the
# requirements.
_CONTENT = {
    "duties": DUTY_ITEM,
    "requirements": ASKS_ITEM,
    "pluses": re.compile(r".", re.I),  # under a heading that says "a plus", every item is one
    "research": re.compile(r"\b(goals?|aims?|focus\w*|project|research\w*|stud(y|ies|ying)|investigat\w*|"
                           r"understand\w*|develop\w*|model\w*|methods?|analys[ie]s|reconstruct\w*|"
                           r"predict\w*)\b", re.I),
    # "Screening (1-3 business days)" is no benefit; "25 days of paid leave" is.
    "benefits": re.compile(r"\b(vacation|leave|holiday|insurance|health|pension|retirement|salary|"
                           r"bonus|equity|budget|flexible|remote|paid|days (off|of|per)|allowance|wellness|"
                           r"parental|401|stock|learning|conference|equipment|laptop)\b", re.I),
}


def broad_intent(question: str) -> str | None:
    for name, (asks, _, _) in BROAD.items():
        if asks.search(question):
            return name
    return None


def answer_broad(question: str, docs: list[Document], ranked: list[tuple[str, Document]]) -> Answer | None:
    """`docs`: the posting in reading order; `ranked`: (unit, doc) best first for the question,
    the fallback when no heading names the part asked about."""
    intent = broad_intent(question)
    if intent is None:
        return None
    _, heading, lead = BROAD[intent]
    # One line naming several tools ("GitHub, HTML, CSS, Javascript and Ruby") is a stack.
    minimum = 1 if intent in ("applying", "stack") else 2
    if intent == "stack":
        items = _with_technologies(docs)
    elif intent == "applying":
        items = _application_steps(docs)
        if _ASKS_CONTACT.search(question):
            lead = "Whom to contact, as the posting says:"
    elif intent == "benefits":  # a heading names them, or sentences offer them ("we also offer")
        items = section_items(docs, heading, _CONTENT[intent], named_only=True) or \
            _statements(docs, intent)
    elif intent == "pluses":  # only what a heading or a sentence calls a plus, or nothing
        items = section_items(docs, heading, _CONTENT[intent], named_only=True) or \
            [(u, d) for d in docs for u in units(d) if PLUS.search(u) and not u.endswith(":")]
    else:
        items = section_items(docs, heading, _CONTENT[intent], statements=_STATEMENTS.get(intent))
        if not items and (items := _statements(docs, intent)):
            lead, minimum = _STATEMENTS_LEAD[intent], 1
        items = items or around_best(docs, ranked)
    # A page listing several roles repeats its "How to apply" under each: say it once.
    unique = {text: doc for text, doc in reversed(items)}
    # What a project is about is said in a few sentences; more would be the whole posting.
    most = MAX_ITEMS // 2 if intent == "research" else MAX_ITEMS
    items = [(text, unique[text]) for text in dict.fromkeys(t for t, _ in items)
             if without_instructions(text)][:most]
    if len(items) < minimum:
        return None
    return _listed(question, lead, items)


def _listed(question: str, lead: str, items: list[tuple[str, Document]]) -> Answer:
    """The lead line, then one cited item a line."""
    lines = [f"- {text} [{i}]" for i, (text, _) in enumerate(items, 1)]
    citations = [Citation(n=i, posting_id=d.metadata["posting_id"], section=d.metadata["section"],
                          text=text, source=d.metadata["source"]) for i, (text, d) in enumerate(items, 1)]
    return Answer(question=question, answer="\n".join([lead, *lines]), abstained=False,
                  citations=citations)


def answer_under_question_heading(question: str, docs: list[Document]) -> Answer | None:
    """A posting written as questions and answers ("What will help me stand out?", "What do I need
    to apply?"): a question that asks what a heading asks gets that section's items. So does one
    that names a heading of several words in full ("design role core skills?": "Core skills")."""
    asked = term_set(question)
    # A role's own heading ("head of library - where is that based") names the role asked about.
    roles = {d.metadata.get("role") for d in docs}
    best, best_share = None, 0.0
    for name in dict.fromkeys(d.metadata["section"] for d in docs):
        heading = term_set(name) - _QUESTION_FILLER
        if not heading or name == "Header" or name in roles or \
                not name.endswith("?") and len(heading) < 2:
            continue
        share = len(heading & asked) / len(heading)
        if share >= (0.5 if name.endswith("?") else 1.0) and share > best_share:
            best, best_share = name, share
    if best is None:
        return None
    items = [(text, doc) for text, doc in items_of([d for d in docs if d.metadata["section"] == best])
             if without_instructions(text)][:MAX_ITEMS]
    return _listed(question, f"Under \u201c{best}\u201d the posting lists:", items) if items else None


# Words every question heading has; they ask nothing of their own.
_QUESTION_FILLER = {stem(w) for w in ("need", "will", "can", "get", "do", "make", "look", "like")}


def _with_technologies(docs: list[Document]) -> list[tuple[str, Document]]:
    """Passages naming the most technologies, in reading order."""
    scored = [(len(find_technologies(u)), u, d) for d in docs if d.metadata["section"] != "Header"
              for u in units(d)]
    best = sorted((s for s in scored if s[0] > 0), key=lambda s: -s[0])[:MAX_ITEMS]
    keep = {id(s) for s in best}
    return [(u, d) for s in scored if id(s) in keep for _, u, d in [s]]


# A sentence that tells how to apply or whom to ask: an action and what to send or where.
_APPLY_ACTION = re.compile(r"\b(apply|application|send|submit|e-?mail|contact|questions|enquir|"
                           r"inquir|upload|provide|attach|include|enclose)", re.I)
_APPLY_OBJECT = re.compile(r"@|\[at\]|\bat \w+ dot \w+|https?://|www\.|\b(cv|resume|cover letter|"
                           r"references?|referees|transcripts?|portfolio|letter|statement|form|"
                           r"writing sample|code samples?)\b", re.I)


# A line with an address ("Reyna Jenkyns, reyna@example.org") is whom to write to.
_CONTACT_LINE = re.compile(r"\S@\S+\.\w|\[at\]|\bat \w+ dot \w+|"
                    r"\b(?i:contact|reach|write to|email)\s+(Dr\.?\s+|Prof\.?\s+)?[A-Z][a-z]+\s+[A-Z]")
_ASKS_CONTACT = re.compile(r"\bwho\b|\bcontact\b", re.I)
_APPLY_HEADING = re.compile(r"\bapply|application|how to|submit|drop us a line|get in touch|"
                            r"send us|write to us|tell us|reach out|interested\?", re.I)


def _application_steps(docs: list[Document]) -> list[tuple[str, Document]]:
    """The posting's sentences on applying, in reading order; under a heading about applying
    ("To apply, please email us the following documents"), every item."""
    # A lead-in ("...send the following to jobs@example.org:") is a step when it says where or
    # what to send ("...email a cover letter, CV and three references to:").
    steps = [(u, d) for d in docs for u in units(d) if not u.endswith("?")
             and (not u.endswith(":") or re.search(r"\S@\S|https?://", u) or _APPLY_OBJECT.search(u)) and (
        (_APPLY_ACTION.search(u) and _APPLY_OBJECT.search(u)) or _CONTACT_LINE.search(u)
        or (d.metadata["section"] != "Header" and _APPLY_HEADING.search(d.metadata["section"])))]
    return steps[:MAX_ITEMS]


# Sentences of running text that state duties or requirements, for a post without headings:
# "Duties include searching for nests...", "The successful candidate will have a MSc...".
_STATEMENTS = {
    "duties": re.compile(r"\b(you( will|'ll| would)(?! (have|need|bring|possess|be (a|an|the)\b))|"
                         r"will be (responsible|involved|expected)|"
                         r"responsibilit|responsible for|duties|tasks (include|will)|"
                         r"(candidate|applicant|person|"
                         r"student|assistant|technician|postdoc|researcher|fellow)s? will (?!have|need|be "
                         r"(a|an|the|expected to have))|(role|position|job|project|work|research)\b"
                         r"[^.;]{0,40}?\b(involves?|includes?|(will|would) (involve|include|combine))|"
                         r"day-to-day)", re.I),
    "research": re.compile(r"\b(primary goal|the goal|(main |primary )?aims? (to|of|at|is)|focus(es|ed)? "
                           r"on|to work (on|in the area of|with)|will (work|focus) (on|with)|the project "
                           r"(is|will|aims|focuses)|research (on|into|focus)|we (study|develop|"
                           r"investigate|use)|to (understand|reconstruct|investigate|develop|predict|"
                           r"study|explore)|develop\w* (new )?(computational )?(methods|tools|models))\b",
                           re.I),
    "benefits": re.compile(r"\b(we (also )?offer|benefits (include|such as|package)|range of benefits|"
                           r"you('ll| will) (get|receive|enjoy)|entitled to|comes with)\b", re.I),
    "requirements": ASKS_STATEMENT,
}


_STATEMENTS_LEAD = {"duties": "What the posting says the work involves:",
                    "requirements": "What the posting says it asks for:",
                    "research": "What the posting says the work is about:"}


def _statements(docs: list[Document], intent: str) -> list[tuple[str, Document]]:
    """The posting's sentences that state the part asked about, in reading order: a post in
    running text may say its duties in one sentence ("In this position you would be involved in
    the culturing of..."), which is the answer."""
    pattern = _STATEMENTS.get(intent)
    if pattern is None:
        return []
    return [(u, d) for d in docs for u in units(d)
            if pattern.search(u) and len(u.split()) > 4 and not u.endswith("?")]
