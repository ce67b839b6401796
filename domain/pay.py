"""Pay stated in a posting: the span as written, and its amounts, currency and period.

price-parser reads each amount and its currency; this module only finds where a range is and
which period ("per year", "an hour") it is quoted for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry
from price_parser import Price

_PAY_CUE = re.compile(r"salar|\bpay\b|\bpaid\b|compensation|\bwages?\b|remuneration|\bctc\b|"
                      r"\blpa\b|stipend|\brate\b|\bOTE\b|per (hour|annum|year|month)|an hour|a year|"
                      r"/\s?(hr|hour|yr|year)\b|\bband\b|grade|\bbase\b|\bfees?\b|yearly|annual|monthly|hourly",
                      re.I)
_MONEY = r"(?:[A-Z]{3}\s?|[$€£₹¥]\s?|(?:US|CA|AU|C|A)\$\s?)?\d[\d,.]*(?:\s?[kK]\b|\s?(?:lakhs?|LPA))?" \
         r"(?:\s?(?:[A-Z]{3})\b)?"
_RANGE = re.compile(rf"{_MONEY}(?:\s?(?:-|–|—|to|and)\s?{_MONEY})?")
_PERIOD = re.compile(r"^\s*(?:(?:per|a|an|/)\s?|each\s)(hour|hr|day|week|month|year|yr|annum)|"
                     r"^\s*(annually|yearly|monthly|hourly|p\.?a\.?\b)", re.I)
_PERIODS = {"hour": "hour", "hr": "hour", "hourly": "hour", "day": "day", "week": "week",
            "month": "month", "monthly": "month", "year": "year", "yr": "year", "annum": "year",
            "annually": "year", "yearly": "year", "pa": "year", "p.a.": "year", "p.a": "year"}


@dataclass(frozen=True)
class Pay:
    text: str  # the span as the posting writes it
    low: float
    high: float
    currency: str | None  # an ISO code or symbol as price-parser reads it
    period: str | None  # hour | day | week | month | year


def find_pay(line: str) -> Pay | None:
    """The first amount or range on a line that talks about pay; None on any other line."""
    line = re.sub(r"https?://\S+", " ", line)  # ids in links are not amounts
    if not _PAY_CUE.search(line) and not re.search(r"[$€£₹]\s?\d", line) \
            and not _has_currency_code(line):
        return None
    for match in _RANGE.finditer(line):
        span = match.group(0).strip(" ,.")
        scale = _scale(span)
        amounts = [a * scale for a in map(_amount, _money_parts(span)) if a is not None]
        if not amounts:
            continue
        currency = next((p.currency for p in map(Price.fromstring, _money_parts(span)) if p.currency),
                        None)
        if currency is None and max(amounts) < 1000 and not _PERIOD.match(line[match.end():]):
            continue  # "3 days a week", "2 rounds": a bare small number is not pay
        if currency is None and not _PAY_CUE.search(line):
            continue
        if re.match(r"\s*(million|billion|bn\b|mn\b|trillion)|[MmBb]\b", line[match.end():], re.I):
            continue  # "$35 million raised", "under $1M capex": budgets, not pay
        if currency is None and all(1900 <= a <= 2100 and a.is_integer() for a in amounts) \
                and "," not in span:
            continue  # a year
        if currency is None and (_MONTH_BEFORE.search(line[:match.start()])
                                 or _MONTH_AFTER.match(line[match.end():])):
            continue  # "September 1 - December 31 annually": days of a month
        period_match = _PERIOD.match(line[match.end():])
        period, end = None, match.end()
        if period_match:
            word = (period_match.group(1) or period_match.group(2)).lower()
            period = _PERIODS.get(word) or _PERIODS.get(word.rstrip("."), "year")
            end += period_match.end()
        text = line[match.start():end].strip(" ,.;")
        return Pay(text, min(amounts), max(amounts), currency, period)
    return None


_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b", re.I)


def _has_currency_code(line: str) -> bool:
    """An amount written with an ISO 4217 code beside it ("40,000-50,000 EUR")."""
    codes = re.findall(r"\d\s?([A-Z]{3})\b|\b([A-Z]{3})\s?\d", line)
    return any(pycountry.currencies.get(alpha_3=a or b) for a, b in codes)


def _money_parts(span: str) -> list[str]:
    return [part for part in re.split(r"\s?(?:-|–|—|\bto\b|\band\b)\s?", span) if part.strip()]


def _scale(span: str) -> int:
    """'120k-140k' and '12-18 LPA': a unit written once applies to the whole range."""
    if re.search(r"\d\s?[kK]\b", span):
        return 1000
    if re.search(r"lakh|LPA", span, re.I):
        return 100_000
    return 1


def _amount(part: str) -> float | None:
    part = part.strip()
    if not re.search(r"\d", part):
        return None
    price = Price.fromstring(part)
    if price.amount is None:
        return None
    return float(price.amount)


_UNPAID = re.compile(r"\bunpaid\b|voluntary basis|\bvolunteer(ing)? (role|position|opportunit\w*|basis)|"
                     r"\bnot (a )?paid\b|\bpro bono\b|\bno (salary|pay|remuneration)\b|without pay|"
                     r"\b(is|are) (voluntary|volunteer)\b", re.I)
_PAID = re.compile(r"\bpaid\b(?! (time|holiday|leave|vacation|sick|parental|family|days?|annual|"
                   r"overtime|for))|\bstipend\b|\bsalar(y|ied)\b|\bwages?\b", re.I)


def paid_or_not(text: str) -> str | None:
    """"paid" or "unpaid" as the text says ("Paid internship", "on an entirely voluntary basis",
    a salary), or None."""
    if _UNPAID.search(text):
        return "unpaid"
    if _PAID.search(text) or find_pay(text) is not None:
        return "paid"
    return None
