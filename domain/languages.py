"""Human languages a posting names ("Fluent English", "Tamil, Telugu, Urdu"), from ISO 639 data."""

from __future__ import annotations

import functools
import re

import pycountry


@functools.cache
def _language_pattern(any_case: bool = False) -> re.Pattern[str]:
    # The languages with a two-letter code are the widely used ones; the long tail of ISO 639-3
    # holds names that are also English words.
    names = {re.split(r"[,;(]", lang.name)[0].strip() for lang in pycountry.languages
             if hasattr(lang, "alpha_2")}
    names = sorted((n for n in names if len(n) > 3), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.I if any_case else 0)


def find_languages(text: str, *, any_case: bool = False) -> list[str]:
    """The languages named in the text, in order, once each: capitalised as names are, or, with
    `any_case`, as a question may type them ("does speaking spanish matter")."""
    return list(dict.fromkeys(_language_pattern(any_case).findall(text)))
