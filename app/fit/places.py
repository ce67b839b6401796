"""Whether a resume says the candidate may work somewhere, or needs sponsorship to."""

from __future__ import annotations

import re

from domain.places import countries_by_name, countries_named, country_of_demonym
from domain.scope import Scope, continent_of, union_countries
from domain.text import fold_accents

NOT_AUTHORISED = re.compile(
    r"(not|n't)\s+(currently\s+)?(authori[sz]ed|eligible|permitted)\s+to\s+work"
    r"|requir\w*\s+(visa\s+)?sponsorship|need\w*\s+(a\s+)?(visa|sponsorship|work permit)",
    re.I,
)
# "Authorized to work in Kenya", "Kenyan citizen", "permanent resident of Australia",
# "EU work permit", "green card holder".
AUTHORISED = re.compile(
    r"(authori[sz]ed|eligible|entitled|permitted|right) to work (in|for)\b|\bcitizen(ship)?\b|"
    r"permanent resident|\bwork (permit|visa)\b|green card|\bsettled status\b|\bwork rights\b|"
    # "Australian Working Holiday visa (subclass 417) granted", "H-1B visa holder"; not "visa
    # paperwork for researchers".
    r"\bvisa\b[^.]{0,40}\b(granted|valid|holder)\b|\bhold(s|ing)?\b[^.]{0,40}\bvisa\b|"
    # "Swiss B permit", "G permit", "residence permit"; "ciudadana", "Staatsbürger"
    r"(?-i:\b[B-Z]) permit\b|\bpermit (?-i:[B-Z])\b|\bresidence permit\b|\bciudadan[oa]\b|\bcidad\w+\b|"
    r"\bcitoyen\w*|staatsb\u00fcrger\w*|\bcittadin\w+|\bmedborgare\b",
    re.I,
)


def authorised_in(line: str, scope: Scope) -> bool:
    """The line states a right to work in a country of the job's scope ("Kenyan citizen" by
    the country's name in its adjective)."""
    if not AUTHORISED.search(line) or NOT_AUTHORISED.search(line):
        return False
    # A sentence, not a place line: small towns' names are words here ("Working Holiday visa").
    named = countries_named(line) | {code for word in re.findall(r"\b[A-Z][a-z]{3,}\b", line)
                                     if (code := country_of_demonym(word))}
    named |= union_countries(line)  # "EU citizen (Italian)" may work in Spain
    lowered = fold_accents(line.lower())  # "española" of "España"
    for name, country in countries_by_name().items():
        if len(name) >= 5 and re.search(rf"\b{re.escape(name[:-1])}\w*", lowered):
            named.add(country)
    return bool(named & scope.countries or {continent_of(c) for c in named} & scope.continents) \
        or scope.anywhere
