"""Turn the evaluation postings into plain text for reading. Uses no project code."""
from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

POSTINGS = Path(__file__).resolve().parents[3] / "postings"


class _Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "ul", "ol", "article", "header", "footer"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        lines = [" ".join(l.split()) for l in "".join(parser.parts).splitlines()]
        return "\n".join(l for l in lines if l)
    if suffix == ".pdf":
        import pypdf
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    if suffix == ".docx":
        import docx
        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                out.append(" | ".join(c.text for c in row.cells))
        return "\n".join(out)
    raise ValueError(path)


def postings() -> dict[str, Path]:
    return {p.stem: p for p in sorted(POSTINGS.iterdir()) if "rackspace" not in p.stem}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "postings_text"
    out.mkdir(exist_ok=True)
    for stem, path in postings().items():
        (out / f"{stem}.txt").write_text(text_of(path), encoding="utf-8")
        print(stem)
