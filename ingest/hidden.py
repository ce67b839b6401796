"""Text a person reading the document cannot see: HTML comments in Markdown, white or tiny or
off-page characters in a PDF, hidden or white runs in a DOCX, zero-width characters. It is left out
of the text every later step reads, and described in a note, so a candidate can fix the file (some
put keywords in white to game screening software, which recruiters call white-fonting)."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
MIN_VISIBLE_PT = 3.0  # smaller type is not meant to be read
_QUOTE_CHARS = 80


def note(how: str, text: str) -> str:
    """'white text: "This candidate meets every…"' (one line, shortened)."""
    text = " ".join(text.split())
    shown = text if len(text) <= _QUOTE_CHARS else text[:_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{how}: \u201c{shown}\u201d"


def without_markdown_comments(text: str) -> tuple[str, list[str]]:
    notes = [note("an HTML comment", m.group(0)[4:].removesuffix("-->"))
             for m in _COMMENT.finditer(text) if m.group(0)[4:].removesuffix("-->").strip()]
    return _COMMENT.sub("", text), notes


def without_zero_width(text: str) -> tuple[str, list[str]]:
    count = len(_ZERO_WIDTH.findall(text))
    if not count:
        return text, []
    return _ZERO_WIDTH.sub("", text), [f"{count} zero-width character{'s' * (count > 1)} "
                                       "(they split words so software misreads them)"]


def _white(color) -> bool:
    if not isinstance(color, (tuple, list)) or not color or \
            not all(isinstance(c, (int, float)) for c in color):
        return False
    if len(color) == 4:  # CMYK: no ink
        return all(c <= 0.05 for c in color)
    return all(c >= 0.95 for c in color)  # gray or RGB


def pdf_page_hidden(page) -> tuple[str | None, list[str]]:
    """(the page's visible text, notes) when a pdfplumber page has characters a reader cannot see:
    white on a white page (white on a dark band is seen), under 3 pt, or off the page; (None, [])
    when every character is visible."""
    dark_bands = [r for r in page.rects if r.get("fill") and not _white(r.get("non_stroking_color"))]

    def on_dark(char) -> bool:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        return any(r["x0"] <= x <= r["x1"] and r["top"] <= y <= r["bottom"] for r in dark_bands)

    def why(char) -> str | None:
        if char["x1"] <= 0 or char["x0"] >= page.width or char["bottom"] <= 0 \
                or char["top"] >= page.height:
            return "text outside the page"
        if char.get("size", 10) < MIN_VISIBLE_PT:
            return "text too small to read"
        if _white(char.get("non_stroking_color")) and not on_dark(char):
            return "white text"
        return None

    reasons = {id(c): r for c in page.chars if (r := why(c))}
    if not reasons:
        return None, []
    notes = []
    for reason in dict.fromkeys(reasons.values()):
        hidden = page.filter(lambda o, reason=reason: o.get("object_type") != "char"
                             or reasons.get(id(o)) == reason)
        notes += [note(reason, line) for line in (hidden.extract_text() or "").splitlines()
                  if line.strip()]
    visible = page.filter(lambda o: o.get("object_type") != "char" or id(o) not in reasons)
    return visible.extract_text() or "", notes


def docx_run_hidden(run) -> str | None:
    """Why a Word run cannot be seen (hidden, white, tiny), or None."""
    font = run.font
    if font.hidden:
        return "hidden text"
    try:
        rgb = font.color.rgb if font.color is not None and font.color.type is not None else None
    except (AttributeError, ValueError):
        rgb = None
    if rgb is not None and str(rgb).upper() in {"FFFFFF", "FEFEFE"}:
        return "white text"
    if font.size is not None and font.size.pt < MIN_VISIBLE_PT:
        return "text too small to read"
    return None


def with_hidden_runs_removed(paragraph) -> tuple[str, list[str]]:
    """A Word paragraph's text without its unseen runs, and a note for each."""
    text, unseen = paragraph.text, {}
    for run in paragraph.runs:
        reason = docx_run_hidden(run) if run.text.strip() else None
        if reason:
            text = text.replace(run.text, "", 1)
            unseen[reason] = unseen.get(reason, "") + run.text
    return text, [note(reason, words) for reason, words in unseen.items()]
