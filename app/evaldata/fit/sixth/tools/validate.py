"""Mechanical checks only. Changes nothing, judges no expectation.

- every resume opens (DOCX with python-docx, paragraphs and table cells; PDF with pypdf and has
  text; JSON parses with the JSON Resume v1.0.0 $schema; .md/.txt/.tex are UTF-8), has 200-400
  words and 2-4 pairs;
- file names look like NN-trade-city.ext; formats are 3 md / 2 txt / 1 docx / 1 pdf / 1 json / 1 tex;
- e-mail addresses are on example.* domains and every resume has a 555 phone number;
- every pairs.jsonl line has exactly the required keys (no role), allowed values, an existing
  resume and posting, and no resume/posting pair repeats; 24-27 pairs;
- every skill phrase occurs in the posting text (case, quote style and whitespace ignored), and
  no phrase is both met and missing;
- every posting has at least 4 pairs;
- the verdict agrees with the statuses the way the conventions state them (likely_eligible has
  no missing skill and only met/n/a; a "missing" status gives not_eligible; needs_review has a
  reason: a missing skill or a partial/unknown status).
Run: /work/main/.venv/bin/python tools/validate.py
"""
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from posting_text import POSTINGS, text_of  # noqa: E402  (own helper, no project code)

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"resume", "posting", "verdict", "location", "years", "skills_met", "skills_missing", "why"}
VERDICTS = {"likely_eligible", "needs_review", "not_eligible"}
LOCATION = {"met", "partial", "missing", "unknown", "n/a"}
YEARS = {"met", "partial", "missing", "n/a"}
WANT_FORMATS = {".md": 3, ".txt": 2, ".docx": 1, ".pdf": 1, ".json": 1, ".tex": 1}
SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
errors, notes = [], []


def norm(s):
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def resume_text(path):
    suf = path.suffix
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if suf == ".pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    if suf == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("$schema") != SCHEMA or "basics" not in data:
            errors.append(f"{path.name}: not a JSON Resume v1.0.0 document")
        out = []

        def walk(x):
            if isinstance(x, str):
                out.append(x)
            elif isinstance(x, list):
                for i in x:
                    walk(i)
            elif isinstance(x, dict):
                for k, v in x.items():
                    if k != "$schema":
                        walk(v)
        walk(data)
        return "\n".join(out)
    if suf == ".tex":
        t = path.read_text(encoding="utf-8")
        t = t[t.index("\\begin{document}"):]
        return re.sub(r"\\[a-zA-Z]+\*?|[{}$&]|\[\d+pt\]", " ", t)
    return path.read_text(encoding="utf-8")


def words(text):
    return [w for w in text.split() if re.search(r"\w", w)]


resumes = sorted(p for p in (ROOT / "resumes").iterdir() if p.is_file())
texts, formats = {}, collections.Counter()
for r in resumes:
    if not re.fullmatch(r"\d\d-[a-z0-9-]+-[a-z-]+\.(md|txt|docx|pdf|json|tex)", r.name):
        errors.append(f"{r.name}: name is not NN-trade-city.ext")
    try:
        t = resume_text(r)
    except Exception as e:  # noqa: BLE001
        errors.append(f"{r.name}: does not open: {e}")
        continue
    texts[r.name] = t
    formats[r.suffix] += 1
    n = len(words(t))
    if not 200 <= n <= 400:
        errors.append(f"{r.name}: {n} words, outside 200-400")
    for email in re.findall(r"[\w.+-]+@[\w.-]+", t):
        if not re.search(r"@example\.", email):
            errors.append(f"{r.name}: e-mail not on an example.* domain: {email}")
    phones = re.findall(r"\+?\(?\d[\d ()-]{6,}\d", t)
    if not any("555" in p for p in phones):
        errors.append(f"{r.name}: no 555-style phone number")
    for p in phones:
        if len(re.sub(r"\D", "", p)) >= 7 and "555" not in p:
            notes.append(f"{r.name}: number without 555 (check it is not a phone): {p}")
if dict(formats) != WANT_FORMATS:
    errors.append(f"formats {dict(formats)} != {WANT_FORMATS}")

postings = {p.stem: p for p in POSTINGS.iterdir() if p.is_file()}
ptext = {stem: norm(text_of(path)) for stem, path in postings.items()}

rows = [json.loads(l) for l in (ROOT / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if not 24 <= len(rows) <= 27:
    errors.append(f"{len(rows)} pairs, outside 24-27")
seen = set()
per_resume, per_posting = collections.Counter(), collections.Counter()
for i, row in enumerate(rows, 1):
    tag = f"line {i} ({row.get('resume')} x {row.get('posting')})"
    if set(row) != KEYS:
        errors.append(f"{tag}: keys {sorted(row)}")
        continue
    if row["resume"] not in texts:
        errors.append(f"{tag}: resume file missing")
    if row["posting"] not in postings:
        errors.append(f"{tag}: posting not in /tmp/decA/postings")
        continue
    if row["verdict"] not in VERDICTS:
        errors.append(f"{tag}: verdict {row['verdict']}")
    if row["location"] not in LOCATION:
        errors.append(f"{tag}: location {row['location']}")
    if row["years"] not in YEARS:
        errors.append(f"{tag}: years {row['years']}")
    for k in ("skills_met", "skills_missing"):
        if not isinstance(row[k], list) or not all(isinstance(s, str) and s.strip() for s in row[k]):
            errors.append(f"{tag}: {k} is not a list of strings")
            continue
        for s in row[k]:
            if norm(s) not in ptext[row["posting"]]:
                errors.append(f"{tag}: {k} phrase not in posting: {s!r}")
    if set(map(norm, row["skills_met"])) & set(map(norm, row["skills_missing"])):
        errors.append(f"{tag}: a phrase is both met and missing")
    if not isinstance(row["why"], str) or not row["why"].strip():
        errors.append(f"{tag}: empty why")
    key = (row["resume"], row["posting"])
    if key in seen:
        errors.append(f"{tag}: duplicate resume/posting pair")
    seen.add(key)
    per_resume[row["resume"]] += 1
    per_posting[row["posting"]] += 1
    v, loc, yrs = row["verdict"], row["location"], row["years"]
    if v == "likely_eligible" and (row["skills_missing"] or loc not in ("met", "n/a") or yrs not in ("met", "n/a")):
        errors.append(f"{tag}: likely_eligible with a missing skill or a status other than met/n/a")
    if "missing" in (loc, yrs) and v != "not_eligible":
        errors.append(f"{tag}: a 'missing' status but verdict {v}")
    if v == "needs_review" and not (row["skills_missing"] or loc in ("partial", "unknown") or yrs == "partial"):
        errors.append(f"{tag}: needs_review with no missing skill and no partial/unknown status")
    if v == "not_eligible" and "missing" not in (loc, yrs):
        notes.append(f"{tag}: not_eligible on the core trade (location {loc}, years {yrs})")

for name in texts:
    if not 2 <= per_resume[name] <= 4:
        errors.append(f"{name}: {per_resume[name]} pairs, outside 2-4")
for stem in postings:
    if per_posting[stem] < 4:
        errors.append(f"{stem}: only {per_posting[stem]} pairs")

print(f"resumes: {len(texts)} {dict(formats)}")
print(f"pairs: {len(rows)}")
for field in ("verdict", "location", "years"):
    print(f"{field}: {dict(collections.Counter(r[field] for r in rows).most_common())}")
print("per posting:", dict(sorted(per_posting.items())))
print("per resume:", dict(sorted(per_resume.items())))
print("words:", {k: len(words(t)) for k, t in texts.items()})
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
