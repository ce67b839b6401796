"""Whether a posting's words make something a plus rather than a requirement: "preferred", "a
bonus", "nice to have", "would be an asset", "we prefer, but don't require"."""

from __future__ import annotations

import re

PLUS = re.compile(
    r"nice[- ]to[- ]have|\bnice to haves?\b|\bpreferred\b|\bpreferabl[ey]\b|\bwe prefer\b|\bbonus\b|"
    r"\b(a|big|huge) plus\b|\bplus(es)?:|\bdesir(ed|able)\b|\bideally\b|\ban advantage\b|"
    r"\badvantageous\b|\b(an?|be|are|is|as) (an? )?(additional )?assets?\b|\bassets? (include|would)|"
    r"would be (great|good|helpful|nice|useful|welcome|a plus|an asset|beneficial)|"
    r"\bnot (required|necessary|essential|mandatory|a requirement)\b|\b(don'?t|do not|doesn'?t) require|"
    r"\boptional\b|extra points?|\bbonus points?\b|\bwelcome but not\b|\buseful\b|\bhelpful\b|"
    r"\bbeneficial\b", re.I)


def is_plus(text: str) -> bool:
    """The words say this is welcome, not required."""
    return bool(PLUS.search(text.replace("\u2019", "'")))
