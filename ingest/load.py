"""Read a posting or resume from a file or URL into plain text (Markdown-ish where possible)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urlparse

import html2text
import httpx

from ingest.errors import InputError
from ingest.hidden import (
    pdf_page_hidden,
    with_hidden_runs_removed,
    without_markdown_comments,
    without_zero_width,
)
from ingest.url_guard import check_public_url

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"})


@dataclass(frozen=True)
class LoadedText:
    text: str
    source: str
    kind: str  # txt | md | html | pdf | docx, or a reader's suffix (json | tex for resumes)
    page_title: str | None = None  # an HTML page's <title>, which the text leaves out
    hidden: tuple[str, ...] = ()  # notes on text a reader cannot see, left out of `text`


def is_url(source: str) -> bool:
    return urlparse(str(source)).scheme in {"http", "https"}


@dataclass(frozen=True)
class Fetched:
    """A source's bytes as received, before any decoding."""

    data: bytes
    name: str  # a file name whose suffix says how to decode the bytes
    source: str


def load_source(source: str | Path, *, max_bytes: int, timeout_s: float = 15.0,
                public_urls_only: bool = False) -> LoadedText:
    """Load a local file or an http(s) URL; raise InputError with a one-line reason."""
    fetched = fetch(source, max_bytes=max_bytes, timeout_s=timeout_s, public_urls_only=public_urls_only)
    return load_bytes(fetched.data, name=fetched.name, source=fetched.source)


def fetch(source: str | Path, *, max_bytes: int, timeout_s: float = 15.0,
          public_urls_only: bool = False) -> Fetched:
    """The bytes of a local file or an http(s) URL, size-checked.

    `public_urls_only` is for a server fetching URLs its visitors chose (see ingest.url_guard)."""
    if is_url(str(source)):
        return _fetch_url(str(source), max_bytes=max_bytes, timeout_s=timeout_s,
                          public_only=public_urls_only)
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path.name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
    return Fetched(path.read_bytes(), path.name, str(path))


def load_bytes(data: bytes, *, name: str, source: str,
               readers: Mapping[str, Callable[[str, str], str]] | None = None) -> LoadedText:
    """Turn file bytes into text by the file's suffix. `readers` adds formats by suffix: a
    function from the decoded text and the file name to plain text (resumes pass JSON Resume
    and LaTeX readers; a posting never comes in those)."""
    suffix = Path(name).suffix.lower()
    readers = readers or {}
    page_title = None
    hidden: list[str] = []
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if suffix in TEXT_SUFFIXES:
        text, kind = _decode_text(data, name), suffix.lstrip(".").replace("markdown", "md")
        if kind == "md":
            text, hidden = without_markdown_comments(text)  # a rendered page never shows them
        if kind == "md" and _HTML_IN_MARKDOWN.search(text):
            text = _markdown_with_html(text)
    elif suffix in HTML_SUFFIXES:
        page = _decode_text(data, name)
        text, kind = html_to_text(page), "html"
        found = re.search(r"<title[^>]*>(.*?)</title>", page, re.I | re.S)
        page_title = re.sub(r"\s+", " ", unescape(found.group(1))).strip() if found else None
    elif suffix == ".pdf":
        (text, hidden), kind = _pdf_text(data, name), "pdf"
    elif suffix == ".docx":
        (text, hidden), kind = _docx_text(data, name), "docx"
    elif suffix in readers:
        text, kind = readers[suffix](_decode_text(data, name), name), suffix.lstrip(".")
    else:
        supported = sorted(set(SUPPORTED) | set(readers))
        raise InputError(
            f"{name}: unsupported file type '{suffix or 'none'}' (use {', '.join(supported)})"
        )
    text, zero_width = without_zero_width(text)
    if not text.strip():
        raise InputError(f"{name}: no text could be read from the file")
    return LoadedText(text=text, source=source, kind=kind, page_title=page_title,
                      hidden=tuple(hidden + zero_width))


# Markdown may hold raw HTML (<ul><li>...): a reader sees a list, not tags.
_HTML_IN_MARKDOWN = re.compile(r"<(p|li|ul|ol|br|div|h[1-6]|strong|em|b|i|a|table|img|span|"
                               r"section|figure|center|font|sup|sub|hr)\b[^>]*>", re.I)


def _markdown_with_html(text: str) -> str:
    """Each paragraph that holds HTML is rendered on its own, so the Markdown around it keeps its
    lines, lists and front matter."""
    paragraphs = re.split(r"(\n\s*\n)", text)
    return "".join(html_to_text(p).strip("\n") if _HTML_IN_MARKDOWN.search(p) else p
                   for p in paragraphs)


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text()
    converter.ignore_images = True
    converter.ignore_links = True
    converter.body_width = 0  # keep paragraphs and bullets on one line each
    # html2text writes "<b>AT&amp;T</b>" as "**AT &T**" and "<b>Manager</b>:" as "**Manager** :":
    # the words as the page shows them.
    text = re.sub(r"(?<=\w) &(?=\w)", "&", converter.handle(html))
    # It escapes what would start a Markdown list ("#### 2\. Research Assistant", "2020 \- Jane"):
    # a reader sees the plain sign.
    text = re.sub(r"\\([.+\-])", r"\1", text)
    return re.sub(r"\*\* (?=[:;,.!?])", "**", text)


def _decode_text(data: bytes, name: str) -> str:
    # A NUL byte or undecodable bytes mean a binary file renamed to .txt.
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: looks like a binary file, not text") from exc
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > len(text) / 100:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def _pdf_text(data: bytes, name: str) -> tuple[str, list[str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [_page_text(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__})") from exc
    notes = []
    for i, (visible, page_notes) in enumerate(_unseen_in_pdf(data)):
        if visible is not None:  # a page with text a reader cannot see: its visible text only
            pages[i], notes = visible, notes + page_notes
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError(f"{name}: the PDF has no text layer (a scan?); paste the text instead")
    return text, notes


def _unseen_in_pdf(data: bytes):
    """For each page: (visible text, notes) if it has characters a reader cannot see."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [pdf_page_hidden(page) for page in pdf.pages]
    except (PDFSyntaxError, ValueError, KeyError, TypeError, OSError):
        return []  # pypdf read it; keep its text


def _page_text(page) -> str:
    """The page's text, with a title or heading wrapped over two lines in its large type made one
    line again ("Project leader Interdisciplinary Marine" + "Microplastics Research"), lines in
    large type kept apart from the text around them, and a short line set wholly in bold marked
    as Markdown bold: a PDF keeps a heading's type, not its role ("Key Duties & Responsibilities")."""
    fragments: list[tuple[str, float, bool]] = []

    def visit(text, _cm, tm, font, size):
        scale = abs(tm[0]) or 1.0
        name = str(font.get("/BaseFont", "")) if font else ""
        fragments.append((text, round(size * scale, 1), bool(_BOLD_FONT.search(name))))

    text = page.extract_text(visitor_text=visit) or ""
    lines = text.split("\n")
    styled: list[tuple[str, float, bool]] = []  # each line: text, largest size, wholly bold
    current, biggest, bold = "", 0.0, True
    for fragment, size, is_bold in fragments:
        for i, part in enumerate(fragment.split("\n")):
            if i:
                styled.append((current.strip(), biggest, bold))
                current, biggest, bold = "", 0.0, True
            current += part
            if part.strip():
                biggest, bold = max(biggest, size), bold and is_bold
    styled.append((current.strip(), biggest, bold))
    styled = [line for line in styled if line[0]]
    if [t for t, _, _ in styled] != [line.strip() for line in lines if line.strip()]:
        return text  # the fragments do not line up with the text: leave it as extracted
    weights: dict[float, int] = {}
    for line, size, _ in styled:
        weights[size] = weights.get(size, 0) + len(line)
    body = max(weights, key=weights.get) if weights else 0.0
    large_type = body * 1.15
    each = iter(styled)
    out: list[tuple[str, bool]] = []
    previous = 0.0  # the size of the line before, 0 after a blank line
    for line in lines:
        _, size, bold = next(each) if line.strip() else ("", 0.0, False)
        large = size > large_type
        if size and size == previous and large and not re.search(r"[.!?:]$", out[-1][0]):
            out[-1] = (f"{out[-1][0].rstrip()} {line.strip()}", out[-1][1] and bold)
            continue
        if size and previous and size != previous and (large or previous > large_type):
            out.append(("", False))  # a change of type size around large type ends a paragraph
        out.append((line, bold))
        previous = size
    out = [(_BULLET_GLYPH.sub("- ", line), bold) for line, bold in out]
    return "\n".join(f"**{line.strip()}**" if bold and _HEADING_LIKE.match(line.strip()) else line
                     for line, bold in out)


# A bullet as a PDF's text layer gives it: a symbol font's glyph read as DEL or a private-use
# character, or a bullet sign; the line is a list item.
_BULLET_GLYPH = re.compile(r"^\s*[\x7f\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\u2022\u25cf\u25aa\u25e6"
                           r"\u25a0\u2023\u2043\u2219\u00b7]\s*")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# Short enough to be a heading, and no bullet or sentence of its own.
_HEADING_LIKE = re.compile(r"^(?![-\u2022*\u25aa\u25cf])(?!.*[.!]$)\S.{1,78}$")


def _docx_text(data: bytes, name: str) -> tuple[str, list[str]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{name}: not a readable DOCX file") from exc
    # Each Word paragraph is a paragraph: a blank line between them, except between list items,
    # so a paragraph after a list is never read as the last item's wrapped line.
    lines: list[str] = []
    # A resume's contact line often sits in the page header, which Word prints above the text.
    for header in dict.fromkeys(part for section in document.sections[:1]
                                for part in (section.first_page_header, section.header)
                                if not part.is_linked_to_previous):
        lines.extend(f"{text}\n" for p in header.paragraphs if (text := p.text.strip()))
    previous_was_item = False
    notes: list[str] = []
    # In the order written: a resume's jobs often sit in a table under their heading.
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in _table_rows(block, notes):
                lines.extend(["", row])
            previous_was_item = False
            continue
        style = (block.style.name or "").lower() if block.style is not None else ""
        text, unseen = with_hidden_runs_removed(block)
        text = text.strip()
        notes.extend(unseen)
        if not text:
            continue
        is_item = "list" in style or block._p.pPr is not None and block._p.pPr.numPr is not None
        if lines and not (is_item and previous_was_item):
            lines.append("")
        if style.startswith("heading") or style == "title":
            lines.append(f"## {text}")
        elif is_item:
            lines.append(f"* {text}")
        else:
            lines.append(text)
        previous_was_item = is_item
    return "\n".join(lines), notes


def _table_rows(table, notes: list[str]) -> list[str]:
    """Each row as one line of its cells' visible text ("2014 – 2016 | M.A. ..."); a merged cell,
    which python-docx gives once per column it spans, is read once."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in {id(c._tc): c for c in row.cells}.values():
            texts = []
            for para in cell.paragraphs:
                text, unseen = with_hidden_runs_removed(para)
                notes.extend(unseen)
                texts.append(text.strip())
            cells.append(" ".join(t for t in texts if t))
        if line := " | ".join(c for c in cells if c):
            rows.append(line)
    return rows


def _fetch_url(url: str, *, max_bytes: int, timeout_s: float, public_only: bool) -> Fetched:
    # The hook runs before every request, redirects included.
    hooks = {"request": [lambda request: check_public_url(str(request.url))]} if public_only else {}
    try:
        with httpx.Client(timeout=timeout_s, follow_redirects=True, event_hooks=hooks) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered HTTP {response.status_code}")
            body = bytearray()
            for part in response.iter_bytes():
                body.extend(part)
                if len(body) > max_bytes:
                    raise InputError(f"{url}: the page is over the {max_bytes:,}-byte limit")
            content_type = response.headers.get("content-type", "").lower()
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: could not be fetched ({type(exc).__name__})") from exc
    name = Path(urlparse(url).path).name or "page.html"
    if "pdf" in content_type:
        name = f"{Path(name).stem}.pdf"
    elif "html" in content_type or Path(name).suffix.lower() not in SUPPORTED:
        name = f"{Path(name).stem or 'page'}.html"
    return Fetched(bytes(body), name, url)
