"""Mechanical checks only: files open, ids exist, keys and values allowed."""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
POST = HERE.parent.parent / "postings"
stems = {p.stem for p in POST.iterdir()}
TXT = Path(sys.argv[1]) if len(sys.argv) > 1 else None   # optional dir of posting texts


def resume_text(p):
    if p.suffix in (".md", ".txt", ".tex"):
        return p.read_text(encoding="utf-8")
    if p.suffix == ".json":
        return json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False)
    if p.suffix == ".docx":
        import docx
        return "\n".join(x.text for x in docx.Document(str(p)).paragraphs)
    if p.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)
    raise ValueError(p)


errors = []
for p in sorted((HERE / "resumes").iterdir()):
    t = resume_text(p)
    n = len(re.findall(r"[A-Za-zÀ-ÿ0-9']+", t))
    print(f"{p.name:45s} words~{n}")
    if p.suffix == ".pdf" and "Experience" not in t:
        errors.append(f"{p.name}: PDF text missing")

KEYS = {"resume", "posting", "verdict", "location", "years", "skills_met", "skills_missing", "why"}
V = {"likely_eligible", "needs_review", "not_eligible"}
S = {"met", "partial", "missing", "unknown", "n/a"}
rows = [json.loads(l) for l in (HERE / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
seen = set()
for i, r in enumerate(rows, 1):
    ks = set(r)
    if not (ks == KEYS or ks == KEYS | {"role"}):
        errors.append(f"line {i}: keys {sorted(ks)}")
    if r["verdict"] not in V or r["location"] not in S or r["years"] not in S:
        errors.append(f"line {i}: bad value")
    if not (HERE / "resumes" / r["resume"]).exists():
        errors.append(f"line {i}: no resume {r['resume']}")
    if r["posting"] not in stems or "rackspace" in r["posting"]:
        errors.append(f"line {i}: bad posting {r['posting']}")
    if not isinstance(r["skills_met"], list) or not isinstance(r["skills_missing"], list):
        errors.append(f"line {i}: skills not lists")
    key = (r["resume"], r["posting"], r.get("role"))
    if key in seen:
        errors.append(f"line {i}: duplicate {key}")
    seen.add(key)
    if TXT:
        body = re.sub(r"\s+", " ", (TXT / (r["posting"] + ".txt")).read_text(encoding="utf-8")).lower()
        for s in r["skills_met"] + r["skills_missing"]:
            if re.sub(r"\s+", " ", s).lower() not in body:
                print(f"  warn line {i}: not verbatim in posting: {s!r}")
        if r.get("role") and r["role"].lower() not in body:
            errors.append(f"line {i}: role not on page {r['role']!r}")

print("pairs", len(rows), dict(Counter(r["verdict"] for r in rows)))
print("per resume", dict(Counter(r["resume"][:2] for r in rows)))
print("errors:", errors or "none")
