"""Whether a posting says the job is no longer open: a "Filled" or "hired" badge beside its title,
or a sentence such as "Applications are now closed"."""

from __future__ import annotations

import re

# A badge a careers page puts after a title: "Software Developers hired", "Data Analyst (filled)",
# "Support Engineer - CLOSED".
_BADGE = re.compile(r"(?:\s*[-\u2013\u2014|:]\s*|\s+)[(\[]?(?P<status>hired|filled|closed|expired|"
                    r"position filled|no longer available|archived)[)\]]?\s*$", re.I)
# "Until the position is filled" and "once the role is filled" say when it closes, not that it has.
_SENTENCE = re.compile(
    r"(?<!until )(?<!once )(?<!when )(?<!before )\b(this|the|our) (position|role|job|vacancy|opening|"
    r"posting|post|search|recruitment) (has been|have been|is|was|is now|has now been) "
    r"(?P<status>filled|closed|expired)\b|"
    r"\bapplications? (are|is|have|has) (now )?(been )?(?P<closed>closed)\b|"
    r"\bno longer (?P<refusing>accepting|taking|considering|receiving) (new )?(applications|candidates)",
    re.I)


# ... or before it: "[Closed] Project Manager", "FILLED: Data Analyst".
_LEADING_BADGE = re.compile(r"^\s*[(\[](?P<status>closed|filled|expired|hired)[)\]]\s*|"
                            r"^\s*(?P<word>closed|filled|expired)\s*[:\u2013\u2014-]\s+", re.I)


def badge_status(line: str) -> str | None:
    """"filled" or "closed" for a short line that starts or ends with a status badge."""
    leading = _LEADING_BADGE.search(line)
    if leading and line[leading.end():].strip():
        return _normal(leading.group("status") or leading.group("word"))
    match = _BADGE.search(line)
    if not match or len(line.split()) > 12 or not line[:match.start()].strip():
        return None
    return _normal(match.group("status"))


def without_badge(title: str) -> str:
    """The title without its status badge: "Software Developers hired" is "Software Developers"."""
    if not badge_status(title):
        return title
    return _BADGE.sub("", _LEADING_BADGE.sub("", title)).strip()


def find_status(text: str) -> str | None:
    """"filled" or "closed" when a sentence says the job is no longer open; None otherwise."""
    match = _SENTENCE.search(text)
    if not match:
        return None
    return _normal(match.group("status") or match.group("closed") or "closed")


def _normal(word: str) -> str:
    return "filled" if re.search(r"hired|filled", word, re.I) else "closed"
