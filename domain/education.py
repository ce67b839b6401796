"""Levels of education, lowest first, so "do I need a college degree?" can be set against what a
posting asks ("HS graduation or equivalent experience")."""

from __future__ import annotations

import re

from domain.text import fold_accents

LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a high school diploma", re.compile(r"high[- ]school|\bhs\b|secondary school|\bged\b|matric(ulation)?\b",
                                         re.I)),
    ("an associate degree", re.compile(r"associate'?s? degree|\bdiploma\b(?! in (high|secondary))",
                                       re.I)),
    # Other languages' names for the same levels ("Licenciatura", "Máster", "laurea magistrale")
    # are read with their accents folded.
    ("a bachelor's degree", re.compile(r"bachelor|undergraduate degree|college degree|university "
                                       r"degree|licenciatura|licenciad[oa]|\blaurea\b(?! magistrale)|"
                                       r"kandidatexamen|"
                                       r"\bb\.?sc?\b|\bb\.?a\.?\b(?=\W)|\bb\.?eng\b|"
                                       # "BEd", "B.Com", "LLB"; not "bed"
                                       r"(?-i:\bB\.?(Ed|Com|BA|FA|SW|N|Pharm|Arch|Tech|Mus)\b|\bLL\.?B\b)|"
                                       r"\bdegree\b(?! of\b)", re.I)),  # not "a high degree of"
    ("a master's degree", re.compile(r"master'?s|(?<!scrum )\bmaster\b(?! (data|class|plan|file|key|"
                                     r"copy|bedroom|of ceremonies)\b)|\bmagister\b|maestria|mestrado|"
                                     r"laurea magistrale|\bm\.?sc\b|\bmba\b|\bm\.?eng\b|"
                                     r"(?-i:\bM\.?(Ed|PH|PA|SW|Phil|Res)\b|\bLL\.?M\b)|"
                                     r"(post|\b)graduate degree|advanced degree", re.I)),
    ("a doctorate", re.compile(r"ph\.?\s?d|doctora", re.I)),
)
# "... or an equivalent combination of education and experience": experience can stand in.
_EQUIVALENT = re.compile(r"or (an? )?(equivalent|comparable)|equivalent (combination of )?"
                         r"(experience|training)|or relevant experience|"
                         r"experience,? (and/)?or (an? )?(\w+ ){0,2}degree", re.I)
DOCTORATE = len(LEVELS) - 1


def level_of(text: str, lowest: bool = True) -> int | None:
    """The index in LEVELS of the lowest (or highest) level the text names, or None."""
    text = fold_accents(text)
    found = [i for i, (_, pattern) in enumerate(LEVELS) if pattern.search(text)]
    if not found:
        return None
    return min(found) if lowest else max(found)


# A degree the candidate will study for, not hold: "the entry requirements for a PhD". (Being
# a PhD student is asked as the level: a resume shows it as a PhD in progress.)
_PURSUED = re.compile(r"\b(for|into|towards?) (a |an |the )?(ph\.?\s?d|doctora\w*|master'?s)\b\.?|"
                      # "ser aceptado en un programa de formación de doctorado"
                      r"\b(ph\.?\s?d|doctoral) program\w*|\bprogram\w* (de |of )?(formaci\w+ de )?"
                      r"(ph\.?\s?d|doctora\w*)", re.I)


# "A bookkeeping qualification (degree, diploma, or certificate)": a certificate will do, so the
# ask is the qualification, not a level of education.
_CERTIFICATE_WILL_DO = re.compile(r"\b(?:or|,)\s+(?:an?\s+)?(?:\w+\s+)?certificat\w*|"
                                  r"\bcertificat\w*,?\s+or\b", re.I)


def asked_level(text: str) -> int | None:
    """The lowest level a requirement accepts: "a master's degree" asks for a master's, though
    its "degree" alone would name a bachelor's."""
    if _CERTIFICATE_WILL_DO.search(text):
        return None
    text = _PURSUED.sub(" ", text)
    text = re.sub(r"\b(advanced|post-?graduate|graduate) degree", "master's", text, flags=re.I)
    specific = level_of(re.sub(r"\bdegree\b", "", text, flags=re.I))
    return specific if specific is not None else level_of(text)


def accepts_equivalent(text: str) -> bool:
    return bool(_EQUIVALENT.search(text))


def meets_asked_level(question: str, evidence: str) -> bool | None:
    """Whether the level a question asks about ("do I need a master's?") is needed, as far as the
    evidence says: False when the evidence accepts less, True when it asks that much or more,
    None when either names no level."""
    asked = level_of(question, lowest=False)
    stated = level_of(evidence)
    if asked is None or stated is None:
        return None
    if stated < asked or (stated == asked and _EQUIVALENT.search(evidence)):
        return False
    return True
