"""Technology names in text, from a vocabulary shipped as data (domain/data/technologies.txt)."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

# The runs of letters and digits a name is written with: "Node.js" has "node" and "js".
_RUN = re.compile(r"[^\W_]+")


@cache
def _vocabulary() -> list[tuple[str, re.Pattern[str], tuple[frozenset[str], ...]]]:
    """(canonical name, pattern, the runs each of its names needs) for each line, in file order."""
    entries = []
    for line in (files("domain") / "data" / "technologies.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|")]
        # One-letter names (C, R) count only in capitals and never as part of "C-level" or "R&D";
        # a name written "=Name" counts only as written ("=YouTube", "=Common Curriculum").
        exact = any(len(n) <= 2 for n in names)
        written = [(n.removeprefix("="), exact or n.startswith("=")) for n in names]
        alternatives = "|".join(re.escape(n) if as_written else f"(?i:{re.escape(n)})"
                                for n, as_written in sorted(written, key=lambda w: len(w[0]), reverse=True))
        pattern = re.compile(rf"(?<![\w.#+/-])(?:{alternatives})(?![\w#+&-]|\.\w)")
        runs = tuple(frozenset(_RUN.findall(n.lower())) for n, _ in written)
        entries.append((written[0][0], pattern, runs))
    return entries


@cache
def _by_run() -> dict[str, list[int]]:
    """The lines to try for each run of letters: a name is tried for its longest run."""
    index: dict[str, list[int]] = {}
    for i, (_, _, runs) in enumerate(_vocabulary()):
        for run in {max(r, key=lambda run: (len(run), run)) if r else "" for r in runs}:
            index.setdefault(run, []).append(i)
    return index


def find_technologies(text: str) -> list[str]:
    """Canonical names of the technologies the text names, in vocabulary order."""
    # A name is found only where every run of letters of it is in the text, as a whole run: only the
    # few lines whose runs the text has are matched by pattern.
    present = set(_RUN.findall(text.lower())) | {""}
    vocabulary = _vocabulary()
    by_run = _by_run()
    candidates = sorted({i for run in present & by_run.keys() for i in by_run[run]
                         if any(r <= present for r in vocabulary[i][2])})
    return [vocabulary[i][0] for i in candidates if vocabulary[i][1].search(text)]
