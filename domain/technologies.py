"""Technology names in text, from a vocabulary shipped as data (domain/data/technologies.txt)."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def _vocabulary() -> list[tuple[str, re.Pattern[str]]]:
    entries = []
    for line in (files("domain") / "data" / "technologies.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|")]
        # One-letter names (C, R) count only in capitals and never as part of "C-level" or "R&D".
        flags = 0 if any(len(n) <= 2 for n in names) else re.I
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        entries.append((names[0], re.compile(rf"(?<![\w.#+/-])(?:{alternatives})(?![\w#+&-]|\.\w)", flags)))
    return entries


def find_technologies(text: str) -> list[str]:
    """Canonical names of the technologies the text names, in vocabulary order."""
    return [name for name, pattern in _vocabulary() if pattern.search(text)]
