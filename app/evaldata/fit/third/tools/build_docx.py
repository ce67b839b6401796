"""Build the three DOCX resumes with python-docx (content written by hand below)."""
from pathlib import Path
import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "resumes"


def doc_with(parts):
    d = docx.Document()
    for kind, text in parts:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h":
            d.add_heading(text, level=1)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "bold":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "i":
            p = d.add_paragraph()
            p.add_run(text).italic = True
        else:
            d.add_paragraph(text)
    return d


# 05 — two-line job headers (title on one line, employer and dates on the next)
lagos = [
    ("title", "Ifeoma Nwachukwu-Bassey"),
    ("p", "Director of Communications"),
    ("p", "Lekki, Lagos, NG • ifeoma.nb@example.ng • +234 555 010 7788 • ifeoma-nb.example.org"),
    ("h", "Profile"),
    ("p", "Communications director and former science journalist with seventeen years of turning "
          "research, data and policy into stories that people read. I lead a fully remote team, run "
          "campaigns and events, and write for audiences who are new to a subject."),
    ("h", "Experience"),
    ("bold", "Director of Communications"),
    ("i", "Open Science Africa Network, remote — since 2020"),
    ("b", "Lead a distributed team of six across Nigeria, Kenya, Ghana, Senegal and the UK; set the "
          "communications strategy and annual campaign calendar."),
    ("b", "Write and edit explainers, blog posts and reports that make open-data and open-access "
          "research understandable to funders, librarians and policymakers."),
    ("b", "Plan and run campaigns across the website (WordPress), newsletter, LinkedIn, X and "
          "podcasts; track results and report monthly to the board."),
    ("b", "Coordinate webinars and an annual two-day summit (2,000 registrants): speakers, RSVPs, "
          "Zoom set-up, run-of-show and follow-up."),
    ("b", "Own the HubSpot CRM: contact hygiene, segmentation and deduplication."),
    ("bold", "Senior Science Correspondent"),
    ("i", "The Lagos Ledger, Lagos — 2013 – 2020"),
    ("b", "Covered health, climate and technology; won a regional science-reporting award (2017)."),
    ("b", "Built a network of researchers and editors across West Africa."),
    ("bold", "Reporter, Business Desk"),
    ("i", "Harbour Times, Lagos — 2009 – 2013"),
    ("b", "Daily news on markets, telecoms and infrastructure."),
    ("h", "Education"),
    ("p", "MA, Mass Communication — University of Lagos, 2012"),
    ("p", "BA, English — University of Nigeria, Nsukka, 2008"),
    ("h", "Tools"),
    ("p", "Google Workspace (Docs, Slides, Sheets) • Slack • Zoom • WordPress • Ghost • HubSpot • "
          "Canva • Asana"),
    ("h", "Languages"),
    ("p", "English (native) • Igbo (native) • Yoruba (conversational) • French (intermediate)"),
]

osaka = [
    ("title", "NGUYEN Thi Thu Ha"),
    ("p", "Bilingual Administrative Coordinator (Japanese / English / Vietnamese)"),
    ("p", "Osaka, Japan — thuha.nguyen@example.jp — 080-5550-3391"),
    ("p", "Vietnamese national; Japanese work visa (Specialist in Humanities / International Services), valid to 2028"),
    ("h", "Summary"),
    ("p", "Administrative coordinator with five years of trilingual office work in Osaka. I handle "
          "correspondence, translation and interpreting for a trading company and keep schedules, "
          "visits and paperwork running smoothly."),
    ("h", "Experience"),
    ("bold", "Bilingual Administrative Coordinator — Naniwa Trading Co., Ltd., Osaka (2022/04 – present)"),
    ("b", "Translate emails, quotations and contracts between Japanese, English and Vietnamese."),
    ("b", "Interpret at supplier meetings and factory visits, in person and on Zoom."),
    ("b", "Coordinate schedules, meeting rooms, visas and travel for visiting partners from Vietnam "
          "and Singapore."),
    ("b", "Maintain shared files and trackers in Google Workspace and Excel; keep minutes in Japanese "
          "and English; team chat on Slack."),
    ("b", "Work in the Osaka head office with a team of twelve."),
    ("bold", "Administrative Assistant (part-time) — Kansai Language Academy, Osaka (2019/10 – 2022/03)"),
    ("b", "Front desk and enrolment paperwork for about 300 students; answered enquiries in three "
          "languages; prepared class schedules."),
    ("h", "Education"),
    ("p", "BA, Japanese Studies — Vietnam National University, Hanoi (2015 – 2019)"),
    ("p", "Exchange student, Osaka University (2017/10 – 2018/08)"),
    ("h", "Languages & skills"),
    ("b", "Vietnamese: native"),
    ("b", "Japanese: business level, JLPT N2 (2019); reads and writes kanji"),
    ("b", "English: fluent, TOEIC 890"),
    ("b", "Google Workspace, Microsoft Excel and Word, Slack, Zoom"),
]

pune = [
    ("title", "Aditi Kulkarni-Deshpande"),
    ("p", "Marathi–English Translator · Language Data Specialist"),
    ("p", "Pune, MH · India · aditi.kd@example.in · +91 20 5550 4410 · Requires sponsorship (for roles outside India)"),
    ("h", "Profile"),
    ("p", "Linguist and translator with five years of paid translation, transcription and annotation "
          "work in Marathi and English. I work remotely with localisation teams across time zones "
          "and coordinate freelance translators on deadline."),
    ("h", "Experience"),
    ("bold", "Marathi Language Specialist (remote) — Sahyadri Localisation Pvt Ltd · Jun 2023 – Present"),
    ("b", "Translate English health, banking and software content into Marathi; review and "
          "paraphrase machine translation output."),
    ("b", "Transcribe and annotate Marathi speech data; run quality checks on voice recordings."),
    ("b", "Coordinate a pool of five freelance translators: assign files, track deadlines in Google "
          "Sheets, and write English style notes and glossaries that explain terminology choices to "
          "clients who are new to Marathi."),
    ("b", "Team spread across Pune, Bengaluru, Dublin and Singapore; daily work on Slack, Zoom and "
          "Google Docs; publish approved translations to client sites in WordPress and Drupal."),
    ("bold", "Freelance Translator and Transcriber · Aug 2021 – May 2023"),
    ("b", "Subtitles for documentaries, transcription of interviews, and translation of court and "
          "property documents (English ↔ Marathi, Hindi → English)."),
    ("h", "Education"),
    ("p", "MA, Linguistics — Savitribai Phule Pune University, 2019 – 2021 (syntax and phonetics)"),
    ("p", "BA, English Literature — Fergusson College, Pune, 2016 – 2019"),
    ("h", "Skills"),
    ("p", "Microsoft Word and Excel · Google Workspace · SDL Trados · Phrase (Memsource) · WordPress · "
          "Drupal · Slack · Zoom · internet research and terminology search"),
    ("h", "Languages"),
    ("p", "Marathi (native) · English (C2) · Hindi (fluent)"),
]

for name, parts in [("05-communications-director-lagos.docx", lagos),
                    ("14-bilingual-coordinator-osaka.docx", osaka),
                    ("16-translator-pune.docx", pune)]:
    doc_with(parts).save(str(OUT / name))
    print("wrote", name)
