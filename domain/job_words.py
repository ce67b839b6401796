"""What postings in other languages say where the English rules of domain/ match a phrase:
headings over what a job asks, words that make an ask welcome or required, years of experience,
where a candidate must live and world regions (domain/data/job_words.json). Country and language
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


def alternation(kind: str) -> str:
    """One regular-expression alternation of every language's phrases of a kind
    ("asks_heading", "plus", "must", "live_in")."""
    phrases = [p for language, found in _data()[kind].items() if not language.startswith("_")
               for p in found]
    return "|".join(sorted(phrases, key=len, reverse=True))


def years_units() -> str:
    """What follows the number in "3 años de experiencia", "minst 2 års erfarenhet"."""
    return "|".join(v for k, v in _data()["years"].items() if not k.startswith("_"))


@cache
def number_words() -> dict[str, int]:
    return {word: n for language, words in _data()["number_words"].items()
            for word, n in words.items()}


@cache
def region_names() -> dict[str, str]:
    """A world region's name in other languages, folded to lower case, to its English name."""
    return {alias.lower(): english for english, aliases in _data()["regions"].items()
            if not english.startswith("_") for alias in aliases}


def region_aliases() -> list[str]:
    """The other-language names of world regions, as written."""
    return [alias for english, aliases in _data()["regions"].items()
            if not english.startswith("_") for alias in aliases]


def level_words(band: str) -> str:
    """The other-language words for one band of language proficiency ("native", "fluent")."""
    return "|".join(_data()["language_levels"][band])


@cache
def language_names() -> dict[str, str]:
    """Languages' names in the languages of the phrases here (pycountry's translations), folded
    to lower case, to their English names: "inglés", "engelska", "Englisch" are English."""
    import gettext

    import pycountry

    codes = [k for k in _data()["asks_heading"] if not k.startswith("_")]
    english = {re.split(r"[,;(]", lang.name)[0].strip() for lang in pycountry.languages
               if hasattr(lang, "alpha_2")}
    out: dict[str, str] = {}
    for code in codes:
        translate = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[code]).gettext
        for name in english:
            local = re.split(r"[,;(]", translate(name))[0].strip().lower()
            # A short name may be a word ("Thai"), and the English one is matched already.
            if len(local) > 4 and local != name.lower():
                out.setdefault(local, name)
    return out


@cache
def local_country_names() -> dict[str, str]:
    """Countries' names in the languages of the phrases here (pycountry's translations) to their
    ISO codes: "España", "Sverige", "Nederland"."""
    import gettext

    import pycountry

    out: dict[str, str] = {}
    for code in (k for k in _data()["asks_heading"] if not k.startswith("_")):
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code]).gettext
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                if (value := getattr(country, attr, None)) and translate(value) != value:
                    out.setdefault(translate(value), country.alpha_2)
    return out
