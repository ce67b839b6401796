"""An application deadline: a date (read by dateparser) on a line that says applications close."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date

# "Funding until 31 December 2024" is no deadline: the cue must be about applying.
_CUE = re.compile(r"deadline|closing date|\bcloses?\b|closing\b|apply (by|before)|no later than|"
                  r"applications? (are |is )?(required|needed|welcome|accepted) (by|before|until)|"
                  r"applications? (are |is )?(due|accepted until|open until|received (by|before))|"
                  r"last (day|date) to apply|valid through|submit[^.]{0,30}\bby\b|"
                  # "Send your CV to jane@uni.br with the subject 'PhD' by April 20, 2024."
                  r"(^|[.!]\s+|please\s+|(candidates|applicants|you) (should|must|can|may)\s+)"
                  r"(send|e-?mail|submit|apply)\b.{0,160}?\bby (?=\d|(jan|feb|mar|apr|may|jun|jul|aug|"
                  r"sep|oct|nov|dec))|"
                  r"review(ing)? of applications (will )?begin|"
                  r"(posting|position|advert|advertisement|vacancy|job ad) (will )?"
                  r"(be |is |stays? |remains? )?(available|open|online|posted|up) until", re.I)
_MONTH = re.compile(r"\b(jan|feb|m[aä]r|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|de[cz]|janv|f[ée]v|"
                    r"avr|juin|juil|ao[uû]t|d[ée]c|ene|abr|ago|dic)[a-zéû]*\.?\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")
# A date needs a day and a month: "2027" alone or "Monday" is no deadline.
_SETTINGS = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "future",
             "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class Deadline:
    text: str  # the date as the posting writes it
    day: date


def find_deadline(line: str) -> Deadline | None:
    if not _CUE.search(line):
        return None
    from dateparser.search import search_dates

    with warnings.catch_warnings():  # dateparser warns about its own pytz use
        warnings.simplefilter("ignore")
        found = search_dates(line, languages=["en", "fr", "de", "es"], settings=_SETTINGS) or []
    for text, moment in found:
        at = line.find(text)
        if at > 0 and re.search(r"\b(start\w*|begin\w*|commenc\w*)\W+(\w+\W+)?$", line[max(0, at - 25):at],
                                re.I):
            continue  # "starting Sept 1": when the job starts, not when applications close
        if re.search(r"\d", text) and (_MONTH.search(text) or _NUMERIC_DATE.search(text)):
            return Deadline(re.sub(r"^(by|at|on|before|until)\s+", "", text.strip(" ,.")), moment.date())
    return None
