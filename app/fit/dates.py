"""Years of experience from a resume's date ranges: overlapping jobs count once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from domain.job_words import alternation, month_words

# A month by its name or the first letters of it, in the languages of domain/data/job_words.json
# ("Sep 2019", "set. 2019", "März 2020"), never by a word that only starts like one ("Outreach").
_MONTHS = month_words()
_MONTH = rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})(?![^\W\d_])\.?"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
# "Mar 2019", "03/2019" and "03.2019", "2019-03" and "2019.03", "2019".
_POINT = (rf"(?:{_MONTH}\s+\d{{4}}|{_MONTH_NUMBER}\s*[/.]\s*\d{{4}}|"
          rf"\d{{4}}\s*[-./]\s*{_MONTH_NUMBER}(?![\d/])|\d{{4}})")
_NOW_WORDS = rf"present|current|now|today|date|{alternation('date_now')}"
_NOW = re.compile(rf"(?:{_NOW_WORDS})", re.I)
_END = rf"(?:{_POINT}|{_NOW_WORDS})"
_TO = rf"(?:\s*(?:-|–|—|→|~)\s*|\s+(?:to|until|till|{alternation('date_to')})\s+)"
RANGE = re.compile(rf"({_POINT}){_TO}({_END})(?!\w)", re.I)
# "since 09/2022", "Since 2020", "desde 2019": open to today.
_SINCE = re.compile(rf"\b(?:since|{alternation('date_since')})\s+({_POINT})\b", re.I)


@dataclass(frozen=True)
class Span:
    start: int  # months since year 0, inclusive
    end: int  # exclusive
    text: str
    open_end: bool = False  # "– Present": counted to today


def latest_year(text: str) -> int | None:
    """The latest year written in the text ("2019" of "Mar 2016 – Present ... 2019")."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", text)]
    return max(years, default=None)


def _month_index(point: str, *, is_end: bool, today: date) -> int:
    point = point.strip().lower().rstrip(".")
    if _NOW.fullmatch(point):
        return today.year * 12 + today.month  # the current month counts in full
    if re.fullmatch(r"\d{4}", point):
        year = int(point)
        return year * 12 + (12 if is_end else 0)  # a bare end year runs to its December
    numbers = re.fullmatch(r"(\d{1,4})\s*[-./]\s*(\d{1,4})", point)
    if numbers:
        first, second = (int(x) for x in numbers.groups())
        month, year = (second, first) if first > 12 else (first, second)
    else:
        name, year_text = point.split()
        month, year = _MONTHS[name.rstrip(".")], int(year_text)
    return year * 12 + month - 1 + (1 if is_end else 0)


def find_spans(text: str, today: date) -> list[Span]:
    spans = []
    ranges = [(m.group(1), m.group(2), m.group(0)) for m in RANGE.finditer(text)]
    ranges += [(m.group(1), "present", m.group(0)) for m in _SINCE.finditer(text)]
    for first, last, written in ranges:
        start = _month_index(first, is_end=False, today=today)
        end = _month_index(last, is_end=True, today=today)
        if 1950 * 12 <= start < end <= today.year * 12 + today.month:
            open_end = bool(_NOW.fullmatch(last.strip().lower().rstrip(".")))
            spans.append(Span(start, end, written, open_end))
    return spans


def covered_years(spans: list[Span]) -> float:
    """Total time covered by the spans, each month counted once however many jobs overlap."""
    total, last_end = 0, None
    for span in sorted(spans, key=lambda s: s.start):
        start = span.start if last_end is None else max(span.start, last_end)
        if span.end > start:
            total += span.end - start
            last_end = span.end if last_end is None else max(last_end, span.end)
    return round(total / 12, 1)
