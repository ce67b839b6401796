"""Where a candidate is: enough geography to tell Canada from elsewhere, and no more."""

from __future__ import annotations

import re

CANADA = re.compile(
    r"\bcanad\w*|\b(toronto|montr[eé]al|vancouver|calgary|edmonton|ottawa|winnipeg|halifax|"
    r"waterloo|kitchener|mississauga|quebec|qu[eé]bec city|victoria|saskatoon|regina|hamilton|"
    r"london,? on(tario)?|markham|gatineau|st\.? john'?s|fredericton|moncton|burnaby|surrey|"
    r"ontario|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|"
    r"newfoundland|prince edward island)\b"
    r"|,\s*(on|bc|ab|qc|mb|sk|ns|nb|nl|pe)\b",
    re.I,
)
ELSEWHERE = re.compile(
    r"\b(usa|u\.s\.a?\.?|united states|america|uk|u\.k\.|united kingdom|england|germany|france|"
    r"india|china|brazil|mexico|spain|italy|netherlands|poland|ireland|australia|singapore|"
    r"japan|nigeria|pakistan|ukraine|portugal|sweden|israel|seattle|new york|san francisco|"
    r"austin|boston|chicago|london|berlin|paris|bangalore|bengaluru|dublin|sydney|amsterdam)\b"
    r"|,\s*(wa|ca|ny|tx|ma|il|or|co|ga|fl|nc|va|pa|nj|az|mn|ut)\b",
    re.I,
)
NOT_AUTHORISED = re.compile(
    r"(not|n't)\s+(currently\s+)?(authori[sz]ed|eligible|permitted)\s+to\s+work"
    r"|requir\w*\s+(visa\s+)?sponsorship|need\w*\s+(a\s+)?(visa|sponsorship|work permit)",
    re.I,
)
AUTHORISED = re.compile(
    r"canadian citizen|permanent resident of canada|canadian permanent resident|"
    r"authori[sz]ed to work in canada|open work permit|canadian work permit",
    re.I,
)


def in_canada(location: str) -> bool | None:
    """True for a Canadian place, False for a known place elsewhere, None when unsure."""
    if CANADA.search(location):
        return True
    if ELSEWHERE.search(location):
        return False
    return None
