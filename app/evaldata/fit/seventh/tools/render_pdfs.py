"""Render the PDF resume from tools/src/*.md with reportlab (no project code).

A small Markdown subset: '# ' name line, '## ' section heading, '**...**' bold line,
'- ' bullet, plain paragraphs (consecutive lines joined). DejaVu Sans font.
Run: /work/main/.venv/bin/python tools/render_pdfs.py
"""
import html
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "resumes"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                              italic="DejaVu", boldItalic="DejaVu-Bold")

BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5)
NAME = ParagraphStyle("name", parent=BODY, fontName="DejaVu-Bold", fontSize=17, leading=21)
HEAD = ParagraphStyle("head", parent=BODY, fontName="DejaVu-Bold", fontSize=11, leading=14,
                      spaceBefore=8, spaceAfter=2)


def inline(text):
    text = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)


def render(src: Path):
    blocks, para, items = [], [], []

    def flush_para():
        if para:
            blocks.append(Paragraph(inline(" ".join(para)), BODY))
            blocks.append(Spacer(1, 3))
            para.clear()

    def flush_items():
        if items:
            blocks.append(ListFlowable([ListItem(Paragraph(inline(i), BODY), leftIndent=12) for i in items],
                                       bulletType="bullet", start="•", leftIndent=12))
            blocks.append(Spacer(1, 3))
            items.clear()

    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush_para(); flush_items()
        elif line.startswith("# "):
            flush_para(); flush_items()
            blocks.append(Paragraph(inline(line[2:]), NAME))
        elif line.startswith("## "):
            flush_para(); flush_items()
            blocks.append(Paragraph(inline(line[3:]), HEAD))
        elif line.startswith("- "):
            flush_para()
            items.append(line[2:])
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
        else:
            flush_items()
            para.append(line.strip())
    flush_para(); flush_items()
    out = OUT / (src.stem + ".pdf")
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title=src.stem)
    doc.build(blocks)
    return out


if __name__ == "__main__":
    for src in sorted((HERE / "src").glob("*.md")):
        print("rendered", render(src).name)
