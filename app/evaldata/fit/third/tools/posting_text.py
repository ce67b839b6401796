"""Dump every posting as plain text (read only; no project code imported)."""
import sys, pathlib
from html.parser import HTMLParser
SRC = pathlib.Path(__file__).resolve().parents[3] / "postings"
OUT = pathlib.Path(sys.argv[1])

class Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts=[]; self.skip=0
    def handle_starttag(self, tag, attrs):
        if tag in ("script","style"): self.skip+=1
        if tag in ("p","br","li","h1","h2","h3","h4","div","tr"): self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script","style"): self.skip-=1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

for p in sorted(SRC.iterdir()):
    if "rackspace" in p.stem: continue
    s = p.suffix.lower()
    if s in (".md", ".txt"):
        t = p.read_text(encoding="utf-8")
    elif s == ".html":
        h = Strip(); h.feed(p.read_text(encoding="utf-8")); t = "".join(h.parts)
    elif s == ".pdf":
        import pypdf; t = "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)
    elif s == ".docx":
        import docx; d = docx.Document(str(p)); t = "\n".join(x.text for x in d.paragraphs)
        for tb in d.tables:
            for r in tb.rows: t += "\n" + " | ".join(c.text for c in r.cells)
    else:
        continue
    import re; t = re.sub(r"\n\s*\n+", "\n\n", t)
    (OUT / (p.stem + ".txt")).write_text(t, encoding="utf-8")
