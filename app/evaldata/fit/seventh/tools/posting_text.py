"""Turn the five decb- postings into plain text for reading (no project code).

.md/.txt as they are, .html with tags stripped (html.parser), .pdf with pypdf,
.docx with python-docx. Run with /work/main/.venv/bin/python:
    /work/main/.venv/bin/python tools/posting_text.py tools/posting_text_out
"""
import sys
from html.parser import HTMLParser
from pathlib import Path

POSTINGS = Path("/tmp/decB/postings")


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def posting_text(path):
    path = Path(path)
    ext = path.suffix.lower()
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext == ".html":
        p = _Strip()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if ext == ".docx":
        import docx
        return "\n".join(par.text for par in docx.Document(str(path)).paragraphs)
    raise ValueError(path)


def all_postings():
    return {p.stem: p for p in sorted(POSTINGS.iterdir()) if p.is_file()}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for stem, p in all_postings().items():
        t = posting_text(p)
        if out:
            (out / (stem + ".txt")).write_text(t, encoding="utf-8")
        else:
            print("=" * 20, stem, "=" * 20)
            print(t)
