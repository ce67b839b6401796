"""What postings and resumes in other languages say where the English rules match a phrase:
headings over what a job asks, words that make an ask welcome or required, years of experience,
where a candidate must live, world regions, resume headings and the words of dates
(domain/data/job_words.json). Country and language
names come from pycountry's translations instead (domain.places, domain.languages)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

_FILE = Path(__file__).parent / "data" / "job_words.json"


@cache
def _data() -> dict:
    return json.loads(_FILE.read_text(encoding="utf-8"))


def _entries(kind: str) -> dict:
    """One kind's entries, without its "_about" note."""
    return {key: value for key, value in _data()[kind].items() if not key.startswith("_")}


def alternation(kind: str) -> str:
    """One regular-expression alternation of every language's phrases of a kind
    ("asks_heading", "plus", "must", "live_in")."""
    phrases = [p for found in _entries(kind).values() for p in found]
    return "|".join(sorted(phrases, key=len, reverse=True))


@cache
def month_words() -> dict[str, int]:
    """Every way a date may write a month, its name whole or its first three letters or more
    ("sep", "sept", "set", "juil", "März"), to its number; a start two months share is neither's."""
    found: dict[str, set[int]] = {}
    for names in _entries("month_names").values():
        for number, name in enumerate(names, 1):
            for end in range(3, len(name) + 1):
                found.setdefault(name[:end], set()).add(number)
    return {word: next(iter(numbers)) for word, numbers in found.items() if len(numbers) == 1}


def years_units() -> str:
    """What follows the number in "3 años de experiencia", "minst 2 års erfarenhet"."""
    return "|".join(_entries("years").values())


@cache
def number_words() -> dict[str, int]:
    return {word: n for words in _entries("number_words").values() for word, n in words.items()}


def region_aliases() -> list[str]:
    """The other-language names of world regions, as written."""
    return [alias for aliases in _entries("regions").values() for alias in aliases]


def region_adjectives() -> dict[str, str]:
    """A world region's English name to an alternation of its adjectives in every language
    ("latinoamerican[oa]s?"); they name the region beside a word for country."""
    return {name: "|".join(forms) for name, forms in _entries("region_adjectives").items()}


@cache
def region_names() -> dict[str, str]:
    """A world region's name in other languages, folded to lower case, to its English name."""
    return {alias.lower(): english for english, aliases in _entries("regions").items()
            for alias in aliases}


def level_words(band: str) -> str:
    """The other-language words for one band of language proficiency ("native", "fluent")."""
    return "|".join(_data()["language_levels"][band])


@cache
def common_languages() -> frozenset[str]:
    """English names of the languages with a two-letter ISO code, the widely used ones (the long
    tail of ISO 639-3 holds names that are also English words)."""
    import pycountry

    return frozenset(re.split(r"[,;(]", lang.name)[0].strip() for lang in pycountry.languages
                     if hasattr(lang, "alpha_2"))


def _translators(domain: str):
    """pycountry's message catalogue of `domain` ("iso639-3", "iso3166-1") in each language the
    phrases here come in, as gettext functions."""
    import gettext

    import pycountry

    return [gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code]).gettext
            for code in _entries("asks_heading")]


@cache
def language_names() -> dict[str, str]:
    """Languages' names in the languages of the phrases here (pycountry's translations), folded
    to lower case, to their English names: "inglés", "engelska", "Englisch" are English."""
    out: dict[str, str] = {}
    for translate in _translators("iso639-3"):
        for name in common_languages():
            local = re.split(r"[,;(]", translate(name))[0].strip().lower()
            # A short name may be a word ("Thai"), and the English one is matched already.
            if len(local) > 4 and local != name.lower():
                out.setdefault(local, name)
    return out


@cache
def local_country_names() -> dict[str, str]:
    """Countries' names in the languages of the phrases here (pycountry's translations) to their
    ISO codes: "España", "Sverige", "Nederland"."""
    import pycountry

    out: dict[str, str] = {}
    for translate in _translators("iso3166-1"):
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                if (value := getattr(country, attr, None)) and translate(value) != value:
                    out.setdefault(translate(value), country.alpha_2)
    return out
