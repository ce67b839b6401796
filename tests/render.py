"""Render a plain-text resume into the format a test needs: PDF (reportlab), DOCX, TXT or MD."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def render(source: Path, fmt: str, out_dir: Path) -> Path:
    text = source.read_text(encoding="utf-8")
    target = out_dir / f"{source.stem}.{fmt}"
    match fmt:
        case "txt" | "md":
            target.write_text(text, encoding="utf-8")
        case "pdf":
            _pdf(text, target)
        case "docx":
            _docx(text, target)
        case _:
            raise ValueError(fmt)
    return target


def _pdf(text: str, target: Path) -> None:
    pdf = canvas.Canvas(str(target), pagesize=A4)
    y = 800
    for line in text.splitlines():
        for piece in textwrap.wrap(line.replace("**", "").lstrip("# "), 95) or [""]:
            if y < 50:
                pdf.showPage()
                y = 800
            pdf.drawString(40, y, piece)
            y -= 14
    pdf.save()


def _docx(text: str, target: Path) -> None:
    document = docx.Document()
    for line in text.splitlines():
        heading = re.match(r"^(#+)\s+(.*)$", line)
        bullet = re.match(r"^\s*[-*•]\s+(.*)$", line)
        if heading:
            document.add_heading(heading.group(2), level=min(len(heading.group(1)), 3))
        elif bullet:
            document.add_paragraph(bullet.group(1).replace("**", ""), style="List Bullet")
        elif line.strip():
            document.add_paragraph(line.replace("**", ""))
    document.save(str(target))


def scanned_pdf(target: Path) -> Path:
    """A page with only drawn shapes, like a scan: there is no text layer to read."""
    pdf = canvas.Canvas(str(target), pagesize=A4)
    for i in range(30):
        pdf.rect(40, 780 - i * 22, 400 - (i % 5) * 40, 12, fill=1)
    pdf.save()
    return target
