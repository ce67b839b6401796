"""Human languages a posting names ("Fluent English", "Tamil, Telugu, Urdu"), from ISO 639 data."""

from __future__ import annotations

import functools
import re

from domain.job_words import alternation, common_languages, language_names, level_words


@functools.cache
def _language_pattern(any_case: bool = False) -> re.Pattern[str]:
    # Their names in other languages ("inglés", "engelska") are written in lower case there, so
    # they match in any case.
    names = sorted((n for n in common_languages() if len(n) > 3), key=len, reverse=True)
    local = sorted((n for n in language_names() if n not in _HOMOGRAPHS), key=len, reverse=True)
    # German declines them as adjectives: "der deutschen und englischen Sprache".
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r"|(?i:(?:"
                      + "|".join(map(re.escape, local)) + r")(?:e[nrs]?)?))\b", re.I if any_case else 0)


# Names of languages in other languages that are also English words or names.
_HOMOGRAPHS = frozenset("pools turks thais latino corse mongol frans persan russe serbo noors "
                        "rwanda italien sangho".split())


def _english(name: str) -> str:
    names = language_names()
    key = name.lower()
    return names.get(key) or names.get(re.sub(r"e[nrs]?$", "", key)) or name


def _named(text: str, any_case: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, English name) of each language the text names."""
    return [(m.start(), m.end(), _english(m.group(0)))
            for m in _language_pattern(any_case).finditer(text)]


def find_languages(text: str, *, any_case: bool = False) -> list[str]:
    """The languages named in the text, in order, once each: capitalised as names are, or, with
    `any_case`, as a question may type them ("does speaking spanish matter"); in other languages
    as they write them ("inglés" is English)."""
    return list(dict.fromkeys(name for _, _, name in _named(text, any_case)))


# How well someone speaks a language, in the words postings and resumes use, on the CEFR's
# scale: A1-A2 basic, B1 intermediate, B2 good, C1 fluent, C2 native-like.
BASIC, INTERMEDIATE, GOOD, FLUENT, NATIVE = range(5)
LEVEL_NAMES = {BASIC: "basic", INTERMEDIATE: "intermediate", GOOD: "good", FLUENT: "fluent",
               NATIVE: "native-level"}
_LEVELS = [  # the first that matches wins: "upper-intermediate" before "intermediate"
    # "native language(s)" names the candidate's own language, not a level
    (NATIVE, r"native(?! languages?)|mother[- ]tongue(?! languages?)|first language\b(?!s)|C2|"
             rf"bilingual|{level_words('native')}"),
    (GOOD, r"B2|upper[- ]intermediate|good|(?:professional )?working (?:knowledge|proficiency)|"
           rf"{level_words('good')}"),
    (INTERMEDIATE, rf"B1|intermediate|conversational|limited working|{level_words('intermediate')}"),
    (BASIC, rf"A[12]|basic|elementary|beginner|some|{level_words('basic')}"),
    (FLUENT, r"fluen\w*|C1|advanced|proficien\w*|full professional|excellent|strong|"
             rf"command of|business[- ]level|perfect|{level_words('fluent')}"),
]
_LEVEL = [(level, re.compile(rf"\b(?:{words})\b", re.I)) for level, words in _LEVELS]
_LEVEL_CASE = re.compile(r"\b(?:[ABC][12])\b")  # "a1" is no CEFR level, "A1" is
_CLAUSE_END = re.compile(r"[,;.:()\u00b7|\u2022/]|\s[-\u2013\u2014]\s|\bbut\b|\bwhile\b|\bwhereas\b")
_MUST = re.compile(r"\b(must|essential|required|mandatory|necessary|need(ed)?|"
                   rf"{alternation('must')})\b", re.I)


def level_in(text: str) -> int | None:
    """The proficiency the words state ("fluent", "B2", "mother tongue"), or None."""
    for level, pattern in _LEVEL:
        for match in pattern.finditer(text):
            if not re.fullmatch(r"[abc][12]", match.group(0), re.I) or _LEVEL_CASE.fullmatch(
                    match.group(0)):
                return level
    return None


def _clause_of(text: str, start: int, end: int, names: list[tuple[int, int]]) -> str:
    """The words about the language named at text[start:end]: up to the next clause break or
    the next language named, and back to the previous ones ("English (B1)", "Native Japanese",
    "English fluency is a must, Spanish would be helpful")."""
    after = text[end:]
    # "Japanese – native", "Hindi: Conversational": a separator right after the name leads to its level.
    lead = re.match(r"\s*(?::|\s[-\u2013\u2014])\s*", after)
    skip = lead.end() if lead else 0
    stop = min([m.start() + skip for m in _CLAUSE_END.finditer(after[skip:]) if m.group(0) != "("]
               + [len(after)])
    # "English (B1, intermediate)": the brackets right after the name belong to it.
    bracket = re.match(r"\s*\(([^)]*)\)", after)
    tail = bracket.group(0) if bracket else after[:stop]
    next_name = min([s - end for s, _ in names if s >= end] + [len(after)])
    tail = tail[:next_name] if not bracket else tail
    before = text[:start]
    breaks = [m.end() for m in _CLAUSE_END.finditer(before) if m.group(0) not in "()"]
    previous_name = max([e for _, e in names if e <= start] + [0])
    head = before[max(breaks + [0, previous_name]):]
    return f"{head}{text[start:end]}{tail}"


def stated_levels(text: str) -> dict[str, int | None]:
    """Each language the text names with the proficiency stated for it, None where none is
    ("Languages: English (C1), German (native), Spanish")."""
    found = _named(text)
    bounds = [(s, e) for s, e, _ in found]
    out: dict[str, int | None] = {}
    for start, end, name in found:
        level = level_in(_clause_of(text, start, end, bounds))
        if out.get(name) is None or level is not None and level > out[name]:
            out[name] = level
    return out


# Words that make a language named in a posting an ask, not a mention ("content in Spanish").
_LANGUAGE_ASK = re.compile(r"fluen\w*|proficien\w*|speak\w*|spoken|written|language|native|"
                           r"\blevel\b|intermediate|"
                           r"bilingual|essential|command of|\b[ABC][12]\b|"
                           rf"\b(?:{alternation('language_ask')}|{level_words('native')}|"
                           rf"{level_words('fluent')})\b", re.I)


# "Other languages beyond English", "content in languages other than English": not English.
_EXCEPT = re.compile(r"\b(?:beyond|other than|besides|apart from|is not|are not|isn't|aren't)"
                     r"\s+(\w+)", re.I)  # "...people whose first language is not English"


_OTHERS = re.compile(r"\b(?:other|additional|another|second|more|further)\s+languages?\b", re.I)


def other_languages_asked(text: str) -> set[str] | None:
    """For "Speak other languages beyond English (such as Arabic or Swahili)", the languages
    that do not count (English): any other one does, the list only gives examples."""
    if not _OTHERS.search(text):
        return None
    return {m.group(1) for m in _EXCEPT.finditer(text)} or {"English"}


def asks_languages(text: str) -> list[str]:
    """The languages the text asks a candidate to know ("Fluent English", "German essential")."""
    if not _LANGUAGE_ASK.search(text):
        return []
    excepted = {m.group(1) for m in _EXCEPT.finditer(text)}
    return [name for name in find_languages(text) if name not in excepted]


def asked_languages(item: str, kind: str) -> list[tuple[str, int | None, str, bool]]:
    """(language, the level asked or None, must/nice, whether its own words state the level)
    for each language a posting's item asks:
    "English fluency is a must, Spanish would be helpful" is fluent English, must, and Spanish,
    nice; "Fluency in both Japanese and English" asks both fluent."""
    from domain.wanted import is_plus  # domain.wanted reads languages too

    found = _named(item)
    bounds = [(s, e) for s, e, _ in found]
    found = [(s, e, name) for s, e, name in found if name in asks_languages(item)]
    whole = level_in(item)
    out = []
    for start, end, name in found:
        clause = _clause_of(item, start, end, bounds)
        level = level_in(clause)
        if is_plus(clause):
            wanted = "nice"
        elif _MUST.search(clause):
            wanted = "must"
        else:
            wanted = kind
        if all(n != name for n, *_ in out):
            out.append((name, level if level is not None else whole, wanted, level is not None))
    return out
