"""Small text utilities shared by retrieval and verification: terms, sentences, numbers."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import snowballstemmer

STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be because been being below between
both but by can could did do does doing done during each few for from further had has have having
he her here hers him his how i if in into is it its itself just me more most my no nor not of off
on once only or other our ours out over own same she should so some such than that the their them
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself tell say says said please yes
""".split())

# Words every question about a posting uses; they name no topic of their own.
GENERIC_WORDS = """job role position posting posted company employer team they them it this that
these those what which how about tell more also and need needed require required want wanted use
used ask asked do does did is are was were can could would will should get give mean means anything
something else other detail details info information explain elaborate sure ok okay thanks thank
really know more so yeah yes no hmm one ones thing things there here"""

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#./-]*[A-Za-z0-9+#]|[A-Za-z]|\d+(?:\.\d+)?")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:\s*%|\+)?")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12"}


# A Snowball stemmer keeps state while it stems, so threads (the web app serves several
# requests at once) must not share one: each thread gets its own.
_LOCAL = threading.local()


# Shorthand postings and candidates both write ("5+ yrs exp"): one stem with the full word.
_SHORT_FORMS = {"yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "exp": "experience",
                "mos": "months", "wks": "weeks", "uni": "university", "govt": "government",
                "mgmt": "management", "dept": "department", "reqs": "requirements",
                "ppl": "people"}


def stem(word: str) -> str:
    """Snowball stems, so 'located' meets 'location' and 'tools' meets 'tool'."""
    word = word.lower().strip(".-/")
    return _stem_normalized(_SHORT_FORMS.get(word, word))


# Stemming in pure Python costs ~0.1 ms a word and was most of a retrieval's time (jobassist
# bench); a posting's vocabulary is small and repeats, so a bounded cache serves nearly every word.
@functools.lru_cache(maxsize=100_000)
def _stem_normalized(word: str) -> str:
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


def fold_accents(text: str) -> str:
    """"māori" as typed "maori", "Zürich" as "Zurich": a word is one word whatever its accents."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("\u00df", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(fold_accents(text))]


def search_tokens(text: str) -> list[str]:
    """Tokens for keyword search: each word's stem, and for "on-call" or "CI/CD" its parts too."""
    out = []
    for word in _WORD.findall(fold_accents(text)):
        out.append(stem(word))
        if re.search(r"[-/]", word):
            out.extend(stem(part) for part in re.split(r"[-/]", word) if len(part) > 1)
    return out


def content_terms(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in STOPWORDS and len(t) > 1]


def term_set(text: str) -> set[str]:
    """Content terms, plus the parts of hyphenated or slashed words ("on-call" has "call")."""
    parts = {stem(part) for word in _WORD.findall(fold_accents(text)) if re.search(r"[-/]", word)
             for part in re.split(r"[-/]", word) if len(part) > 1}
    return set(content_terms(text)) | (parts - STOPWORDS)


def numbers(text: str) -> set[str]:
    found = {re.sub(r"[\s,+%]", "", n) for n in _NUMBER.findall(text)}
    found |= {_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _NUMBER_WORDS}
    return found


def evidence_units(text: str) -> list[str]:
    """A chunk's quotable units: a bullet or header field whole (its label gives the context),
    prose split into sentences (pysbd: "i.e.", "Dr." and "Jan. 5" do not end a sentence)."""
    out: list[str] = []
    for line in text.split("\n"):
        # A bullet stays whole even when long: its label ("Skills: ...") is the context of every
        # sentence in it.
        unit = line.strip()
        # "We want these 22 languages" then "Assamese, Bengali, Bodo, ...": the bare list
        # means nothing without the line that says what it lists.
        if out and _ANNOUNCES.search(out[-1]) and _is_bare_list(unit):
            out[-1] = f"{out[-1].rstrip(':')}: {unit}"
        elif line.startswith("- ") or len(line) < 120:
            out.append(unit)
        else:
            out.extend(_sentences(line))
    return [unit for unit in out if unit]


_ANNOUNCES = re.compile(r"(\b(following|these|below)\b[^.!?]{0,60}|:)$", re.I)


def _is_bare_list(line: str) -> bool:
    """Three or more short items split by commas, and no sentence."""
    items = [i for i in re.split(r",|;|\band\b", line) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 4 for i in items) and \
        not re.search(r"[.!?]$", line) and not line.startswith("- ")


def sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences, however short it is."""
    return list(_sentences(paragraph))


@functools.lru_cache(maxsize=20_000)
def _sentences(paragraph: str) -> tuple[str, ...]:
    segmenter = getattr(_LOCAL, "segmenter", None)
    if segmenter is None:
        import pysbd

        segmenter = _LOCAL.segmenter = pysbd.Segmenter(language="en", clean=False)
    # A link's "?" and "." end no sentence: each link is set aside while the text is split.
    links = _LINK.findall(paragraph)
    count = iter(range(len(links)))
    marked = _LINK.sub(lambda _: f"LINK{next(count)}X", paragraph)
    sentences: list[str] = []
    for piece in (s.strip() for s in segmenter.segment(marked) if s.strip()):
        # pysbd ends a sentence before "(a)", "(b)": "They must either be (a) a US citizen or (b)
        # a foreign national with a visa" is one sentence.
        if sentences and _ENUMERATOR.match(piece) and not sentences[-1].endswith((".", "!", "?")):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    for i, link in enumerate(links):
        sentences = [s.replace(f"LINK{i}X", link, 1) for s in sentences]
    return tuple(sentences)


_LINK = re.compile(r"https?://\S+[\w/=&#-]|www\.\S+[\w/=&#-]")
_ENUMERATOR = re.compile(r"^\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3}|[1-9])\)\s")


# A question answered by yes or no starts with an auxiliary verb.
YES_NO_START = re.compile(r"^\s*(is|are|do|does|did|can|could|will|would|should|has|have|am|must|"
                          r"may)\b", re.I)


def is_heading_like(unit: str) -> bool:
    """A short line with no sentence in it ("About Us", "To Apply"): a label, never an answer.
    A bullet ("- SQL and Airflow pipelines") is an item, however short, and a line with an
    address ("Jane Doe, jane@example.org") is a contact."""
    if unit.startswith("- ") or re.search(r"\S@\S|https?://|www\.", unit):
        return False  # an address is what "who do I email" asks for
    words = unit.split()
    return len(words) <= 4 and ":" not in unit and not re.search(r"\d|[.!?]$", unit)


ABBREVIATIONS = {"ML": "machine learning", "AI": "artificial intelligence", "K8S": "Kubernetes",
                 "K8s": "Kubernetes", "GCP": "Google Cloud Platform", "CI": "continuous integration",
                 "PTO": "paid time off", "WFH": "work from home", "yrs": "years", "exp": "experience"}
_ABBREVIATION = re.compile(r"\b(" + "|".join(map(re.escape, ABBREVIATIONS)) + r")\b")


def expand_abbreviations(text: str) -> str:
    """'ML frameworks' also asks about 'machine learning frameworks'."""
    return _ABBREVIATION.sub(lambda m: f"{m.group(1)} ({ABBREVIATIONS[m.group(1)]})", text)


# Words an organisation's name may hold that its acronym leaves out ("University of British
# Columbia" is UBC).
_ACRONYM_GAPS = r"(?:\s+(?:of|for|and|the|de|&))*\s+"


def spelled_out(acronym: str, text: str) -> str | None:
    """The name an acronym stands for where the text writes it in full: "UBC" in "a fellow at the
    University of British Columbia"."""
    if not re.fullmatch(r"[A-Z]{3,6}", acronym):  # "US" would be any "Use Safety"
        return None
    words = _ACRONYM_GAPS.join(rf"{letter}[a-z]+" for letter in acronym)
    match = re.search(rf"\b{words}\b", text)
    return match.group(0) if match else None
