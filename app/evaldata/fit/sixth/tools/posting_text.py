"""Turn the five deca- postings into plain text for reading (no project code).
.md/.txt as they are, .html with tags stripped (html.parser), .pdf with pypdf,
.docx with python-docx. Run with /work/main/.venv/bin/python."""
import sys
from html.parser import HTMLParser
from pathlib import Path

POSTINGS = Path('/tmp/decA/postings')
OUT = Path(__file__).resolve().parent / 'posting_text_out'


class _Strip(HTMLParser):
    BLOCK = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'title', 'main', 'section'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in ('.md', '.txt'):
        return path.read_text(encoding='utf-8')
    if ext == '.html':
        p = _Strip(); p.feed(path.read_text(encoding='utf-8'))
        return ''.join(p.parts)
    if ext == '.pdf':
        import pypdf
        return '\n'.join(pg.extract_text() or '' for pg in pypdf.PdfReader(str(path)).pages)
    if ext == '.docx':
        import docx
        return '\n'.join(par.text for par in docx.Document(str(path)).paragraphs)
    raise ValueError(path)


if __name__ == '__main__':
    OUT.mkdir(exist_ok=True)
    for p in sorted(POSTINGS.iterdir()):
        (OUT / (p.stem + '.txt')).write_text(text_of(p), encoding='utf-8')
        print(p.name)
