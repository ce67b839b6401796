"""Render the PDF resume (04) from tools/src/*.md with reportlab (no project code).

Markdown subset: '# ' name, '## ' section heading, a line wholly in '**…**' as a bold line,
'- ' bullets (indented continuation lines joined), other lines joined into paragraphs.
Font: DejaVu Sans. Run: /work/main/.venv/bin/python tools/render_pdfs.py
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")
BODY = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
NAME = ParagraphStyle("n", parent=BODY, fontName="DV-B", fontSize=18, leading=22)
HEAD = ParagraphStyle("h", parent=BODY, fontName="DV-B", fontSize=11, leading=14, spaceBefore=7, spaceAfter=2)


def inline(t):
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(t, quote=False))


def render(src):
    flow, para, items = [], [], []

    def fp():
        if para:
            flow.append(Paragraph(inline(" ".join(para)), BODY)); flow.append(Spacer(1, 3)); para.clear()

    def fi():
        if items:
            flow.append(ListFlowable([ListItem(Paragraph(inline(i), BODY), leftIndent=12) for i in items],
                                     bulletType="bullet", start="•", leftIndent=12))
            flow.append(Spacer(1, 3)); items.clear()

    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            fp(); fi()
        elif line.startswith("# "):
            fp(); fi(); flow.append(Paragraph(inline(line[2:]), NAME))
        elif line.startswith("## "):
            fp(); fi(); flow.append(Paragraph(inline(line[3:]), HEAD))
        elif line.startswith("- "):
            fp(); items.append(line[2:])
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
        else:
            fi(); para.append(line.strip())
    fp(); fi()
    out = OUT / (src.stem + ".pdf")
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, title=src.stem).build(flow)
    return out


if __name__ == "__main__":
    for s in sorted((HERE / "src").glob("*.md")):
        print("rendered", render(s).name)
