"""Mechanical checks only: files open, ids exist, keys and values allowed, no duplicates,
skill phrases and role titles occur in the posting text. Changes no expectation."""
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from posting_text import postings, text_of  # noqa: E402  (own helper, no project code)

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"resume", "posting", "verdict", "location", "years", "skills_met", "skills_missing", "why"}
VERDICTS = {"likely_eligible", "needs_review", "not_eligible"}
STATUS = {"met", "partial", "missing", "unknown", "n/a"}
errors = []


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).lower()


def resume_text(path):
    suf = path.suffix
    if suf == ".docx":
        import docx
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if suf == ".pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    if suf == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        out = []
        def walk(x):
            if isinstance(x, str): out.append(x)
            elif isinstance(x, list): [walk(i) for i in x]
            elif isinstance(x, dict): [walk(v) for k, v in x.items() if k != "$schema"]
        walk(data)
        return "\n".join(out)
    if suf == ".tex":
        t = path.read_text(encoding="utf-8")
        t = t[t.index("\\begin{document}"):]
        return re.sub(r"\\[a-zA-Z]+\*?|[{}$]", " ", t)
    return path.read_text(encoding="utf-8")


resumes = sorted((ROOT / "resumes").iterdir())
formats = collections.Counter()
for r in resumes:
    try:
        t = resume_text(r)
    except Exception as e:  # noqa: BLE001
        errors.append(f"{r.name}: does not open: {e}")
        continue
    n = len(t.split())
    formats[r.suffix] += 1
    if not t.strip():
        errors.append(f"{r.name}: no text")
    if not 200 <= n <= 450:
        errors.append(f"{r.name}: {n} words")
    print(f"{r.name:55} {n:4} words")
print("formats:", dict(formats))

ids = postings()
ptext = {}
pairs = [json.loads(l) for l in (ROOT / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
seen = set()
per_resume = collections.Counter()
for i, p in enumerate(pairs, 1):
    keys = set(p)
    if keys - {"role"} != KEYS:
        errors.append(f"line {i}: keys {sorted(keys)}")
    if p["resume"] not in {r.name for r in resumes}:
        errors.append(f"line {i}: no resume {p['resume']}")
    if p["posting"] not in ids:
        errors.append(f"line {i}: no posting {p['posting']}")
        continue
    if "rackspace" in p["posting"]:
        errors.append(f"line {i}: rackspace posting")
    if p["verdict"] not in VERDICTS:
        errors.append(f"line {i}: verdict {p['verdict']}")
    for k in ("location", "years"):
        if p[k] not in STATUS:
            errors.append(f"line {i}: {k} {p[k]}")
    key = (p["resume"], p["posting"])
    if key in seen:
        errors.append(f"line {i}: duplicate pair {key}")
    seen.add(key)
    per_resume[p["resume"]] += 1
    if p["posting"] not in ptext:
        ptext[p["posting"]] = norm(text_of(ids[p["posting"]]))
    for phrase in p["skills_met"] + p["skills_missing"] + ([p["role"]] if "role" in p else []):
        if norm(phrase) not in ptext[p["posting"]]:
            errors.append(f"line {i}: '{phrase}' not in {p['posting']}")
    if not isinstance(p["why"], str) or not p["why"].strip():
        errors.append(f"line {i}: empty why")
for r in resumes:
    if not 2 <= per_resume[r.name] <= 4:
        errors.append(f"{r.name}: {per_resume[r.name]} pairs")

print(len(pairs), "pairs;", dict(collections.Counter(p["verdict"] for p in pairs)))
print("location:", dict(collections.Counter(p["location"] for p in pairs)))
print("years:", dict(collections.Counter(p["years"] for p in pairs)))
print("\n".join(errors) if errors else "no errors")
sys.exit(1 if errors else 0)
