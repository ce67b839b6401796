"""Build the three DOCX resumes with python-docx. Content is written here by hand."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "resumes"


def para(doc, text, bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def legal_content_lead():
    doc = docx.Document()
    doc.add_heading("Zanele Hendricks-Ndlovu", level=0)
    para(doc, "Legal Content & Product Lead", bold=True, size=13)
    para(doc, "Cape Town, WC | zanele.hn@example.co.za | 021 555 0178 | South African citizen")

    doc.add_heading("Profile", level=1)
    para(doc, "Legal publisher with ten years of experience in South African case law and legislation. "
              "I own a subscription research product end to end: the content strategy, the editorial "
              "standards, the growth number and the team that delivers it. LLB, careful proofreader, "
              "comfortable in front of a room of attorneys or a dashboard of metrics.")

    doc.add_heading("Experience", level=1)
    para(doc, "Head of Case Law Products", bold=True)
    para(doc, "Fynbos Legal Publishers (Pty) Ltd, Cape Town — Apr 2021 – Present", italic=True)
    bullets(doc, [
        "Own the CaseLine ZA subscription service: content strategy, collections, editorial standards and input on pricing.",
        "Carried the annual growth target for paid seats and met it three years running: 1,900 to 3,400 seats since 2021.",
        "Lead six case-law editors and three contract anonymisers; wrote our judgment anonymisation policy and QA checklist.",
        "Manage judgment supply relationships with the registrars of nine High Court divisions and two specialist courts.",
        "Report monthly throughput, coverage and timeliness to the managing director; plan delivery timelines and budgets for each quarter with the development team.",
        "Run product demos and user training for law firms, the Bar and university law libraries.",
    ])
    para(doc, "Senior Legal Editor", bold=True)
    para(doc, "Fynbos Legal Publishers (Pty) Ltd, Cape Town — Feb 2018 – Mar 2021", italic=True)
    bullets(doc, [
        "Edited, proofread and wrote headnotes for more than 600 reported judgments a year in our XML content management system.",
        "Project-managed the 2019 consolidation of the Labour Law service: plan, timeline, coverage and budget for four editors; delivered two weeks early.",
    ])
    para(doc, "Legal Editor", bold=True)
    para(doc, "Lexwise Publishing, Cape Town — Jan 2016 – Jan 2018", italic=True)
    bullets(doc, [
        "Updated consolidated statutes and regulations from the Government Gazette and captured their metadata.",
        "Proofread loose-leaf and online updates against house style.",
    ])

    doc.add_heading("Education", level=1)
    para(doc, "LLB, University of Cape Town, 2011–2014")
    para(doc, "Short course in Project Management, 2019")

    doc.add_heading("Skills", level=1)
    para(doc, "Legal editing and proofreading · content strategy · judgment anonymisation · XML CMS and Drupal · "
              "Excel and Power BI reporting · Google Workspace · presentations and demos · team leadership")
    para(doc, "Languages: English, isiXhosa, Afrikaans")
    doc.save(OUT / "02-legal-content-lead-cape-town.docx")


def motion_designer():
    doc = docx.Document()
    doc.add_heading("Beatriz Maranhão Lins", level=0)
    para(doc, "Senior Brand & Motion Designer", bold=True, size=13)
    para(doc, "Recife, PE • bia.lins@example.com.br • +55 81 5555-0147 • behance.example.net/bialins")
    para(doc, "Brazilian citizen • requires sponsorship for work outside Brazil")

    doc.add_heading("About me", level=1)
    para(doc, "Designer with ten years in agencies and in-house teams in Recife. I lead brand campaigns "
              "from the first concept to the last video frame, and I like making brand guidelines that "
              "other people actually follow.")

    doc.add_heading("Experience", level=1)
    para(doc, "Senior Designer / Art Director — Maré Criativa (agency), Recife · Jan 2020 – present", bold=True)
    bullets(doc, [
        "Creative direction for brand campaigns and events for 12 clients in retail, tech and culture, including a regional tech festival with 9,000 visitors.",
        "Wrote and expanded brand guidelines and style guides for six clients; ran workshops so client teams could use them on their own.",
        "Produce event and campaign videos: scripts, shoots with freelance crews, editing and motion graphics (After Effects, Premiere).",
        "Mentor three junior designers and review their work every week.",
    ])
    para(doc, "Designer — Capibaribe Software (in-house marketing), Recife · Mar 2016 – Dec 2019", bold=True)
    bullets(doc, [
        "Designed trade-show stands, giveaways, social media and HR recruitment campaigns.",
        "Designed templates for webinars and remote product launches.",
    ])

    doc.add_heading("Education", level=1)
    para(doc, "Bachelor's in Design, Universidade Federal de Pernambuco, 2011–2015")

    doc.add_heading("Tools", level=1)
    para(doc, "Figma, Adobe Illustrator, Photoshop, InDesign, After Effects, Premiere Pro, DaVinci Resolve")

    doc.add_heading("Languages", level=1)
    para(doc, "Portuguese (native) • Spanish (B2) • English (B1, intermediate — I read well and am taking classes to improve speaking)")
    doc.save(OUT / "08-brand-motion-designer-recife.docx")


def translator():
    doc = docx.Document()
    doc.add_heading("Inês Moriyama Valadares", level=0)
    para(doc, "Translator & localisation project coordinator — Japanese · English · Portuguese", bold=True, size=12)
    para(doc, "Porto, Portugal  ◦  ines.valadares@example.pt  ◦  +351 22 555 0131  ◦  EU citizen (Portuguese)")

    doc.add_heading("Summary", level=1)
    para(doc, "Freelance translator working fully remotely since 2018 for clients in Japan, Brazil and Europe. "
              "Before that I coordinated a team of freelance translators for a localisation agency. I volunteer "
              "on open-source localisation and use OpenRefine every week to clean terminology.")

    doc.add_heading("Experience", level=1)
    para(doc, "Freelance Translator and Localiser (remote) · 2018 – present", bold=True)
    bullets(doc, [
        "Japanese→Portuguese and English→Portuguese translation of software, games, museum and academic texts; Portuguese/English→Japanese for tourism clients.",
        "Translate and proofread research abstracts and grant summaries for two Japanese universities.",
        "Manage my own clients, deadlines, quotes and invoices; about 1.2 million words delivered.",
    ])
    para(doc, "Volunteer localiser, OpenRefine · since 2021", bold=True)
    bullets(doc, [
        "Translated the OpenRefine interface into European Portuguese on Weblate (about 4,000 strings) and review the Japanese locale.",
        "Use OpenRefine to clean, cluster and reconcile client glossaries; gave a talk about it at a localisation meetup in 2024.",
    ])
    para(doc, "Localisation Project Coordinator · Tradulis Lda., Lisbon · 2015 – 2018", bold=True)
    bullets(doc, [
        "Coordinated 25 freelance translators in nine time zones: scheduling, briefs, quality checks and client updates.",
        "Bilingual administrative support for Japanese clients: emails, contracts, meeting interpreting and travel arrangements.",
        "Kept the project tracker in Google Sheets and all correspondence in Gmail and Google Calendar.",
    ])

    doc.add_heading("Education", level=1)
    para(doc, "BA in Translation (English and Japanese), Universidade de Lisboa, 2011–2014")
    para(doc, "Exchange year, Kyoto University of Foreign Studies, 2013–2014")

    doc.add_heading("Languages", level=1)
    para(doc, "Portuguese (native) · Japanese (JLPT N1, 2014; reads and writes kanji) · English (C2)")

    doc.add_heading("Tools", level=1)
    para(doc, "memoQ, Trados, Weblate, OpenRefine, Google Workspace, Slack, GitHub (issues and pull requests for translations)")
    doc.save(OUT / "14-translator-localiser-porto.docx")


if __name__ == "__main__":
    legal_content_lead()
    motion_designer()
    translator()
