"""Write pairs.jsonl from the hand-written values below (nothing is computed).

Every value was written by reading the resume and the posting text in tools/posting_text_out/,
before any checking script ran. Run: /work/main/.venv/bin/python tools/write_pairs.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "pairs.jsonl"

A = "decb-thingsboard-smm-manager-kyiv"
B = "decb-allinbits-office-manager-berlin"
C = "decb-phoxygen-senior-javascript-developer-paris"
D = "decb-kartoza-administrative-officer-south-africa"
E = "decb-ethereum-org-community-lead-remote"

# Must-have phrases, copied from the posting text.
A1 = "Excellent understanding of SMM and social media marketing principles"
A2 = "Proven successful promotion cases on Meta, Instagram, LinkedIn"
A3 = "Experience in independently developing SMM strategies and content plans"
A4 = "Upper-intermediate level of English or higher"
B1 = "handling a wide range of administrative and executive support related tasks"
C1 = "Engineer diploma or equivalent professional experience"
C2 = "Skilfully written and spoken english"
C3 = "Knowledge of the latest javascript language development"
C4 = "General knowhow about the web, and its best practices"
C5 = "Experienced with agile development in a team"
D1 = "Bookkeeping or equivalent qualification"
D2 = "Knowledge of ERP systems and payroll systems"
D3 = "Excellent organisational and administrative skills"
D4 = "Familiarity with HR processes and compliance requirements"
D5 = "Advanced computer literacy"
D6 = "Ability to manage logistics and travel arrangements"
E1 = "Track record of building communities"
E2 = "Excellent English writing and communication skills"
E3 = "Strong social media skills"
E4 = "knowledgeable about Ethereum and its ecosystem"
E5 = "Experience in an agile work environment as well as remote/asynchronous work"
E6 = "Experience on collaborative teams"

R1 = "01-smm-manager-lviv.md"
R2 = "02-office-manager-berlin.txt"
R3 = "03-bookkeeper-admin-durban.docx"
R4 = "04-frontend-developer-lyon.pdf"
R5 = "05-junior-web-developer-porto.md"
R6 = "06-web3-community-manager.json"
R7 = "07-smm-office-assistant-berlin.tex"
R8 = "08-admin-logistics-johannesburg.md"
R9 = "09-fullstack-developer-bengaluru.txt"

PAIRS = [
    # ---- A: ThingsBoard SMM Manager, Kyiv office (2 years in a similar position) ----
    dict(resume=R1, posting=A, verdict="likely_eligible", location="met", years="met",
         skills_met=[A1, A2, A3, A4], skills_missing=[],
         why="A Ukrainian citizen with 64 months as SMM specialist and manager (2 years asked), promotion on Meta, Instagram and LinkedIn, own strategies and content plans, and English B2 (upper-intermediate), which is exactly the level asked."),
    dict(resume=R6, posting=A, verdict="needs_review", location="unknown", years="met",
         skills_met=[A1, A3, A4], skills_missing=[A2],
         why="100 months of social media and community work and native English, but the resume states no location for a Kyiv office job and shows promotion only on Twitter, Reddit, YouTube, Discord and Telegram, not on Meta, Instagram or LinkedIn."),
    dict(resume=R7, posting=A, verdict="not_eligible", location="met", years="missing",
         skills_met=[A1, A3], skills_missing=[A2, A4],
         why="Her Ukrainian citizenship covers the Kyiv office, but her paid SMM work is 17 months (Sep 2020 - Feb 2022), 71% of the 2 years asked; volunteer Telegram work and the career break do not count, and her English is B1 with no LinkedIn promotion."),
    dict(resume=R2, posting=A, verdict="not_eligible", location="missing", years="missing",
         skills_met=[A4], skills_missing=[A1, A2, A3],
         why="A German office manager in Berlin with no stated right to work in Ukraine and no SMM position; keeping a studio's Instagram and LinkedIn pages up to date is not SMM strategy or promotion work."),

    # ---- B: All in Bits part-time Office Manager, Berlin (3+ years in a similar role) ----
    dict(resume=R2, posting=B, verdict="likely_eligible", location="met", years="met",
         skills_met=[B1], skills_missing=[],
         why="Lives in Berlin, is German, and has 85 months as office manager and team assistant covering calendars, travel, purchasing, contracts, shipping, invoices and events, well over the 3 years asked."),
    dict(resume=R7, posting=B, verdict="needs_review", location="met", years="partial",
         skills_met=[B1], skills_missing=[],
         why="Lives in Berlin with a § 24 AufenthG permit that allows work, and does wide administrative and executive support, but as office assistant only since May 2024: 30 months, 83% of the 3 years asked."),
    dict(resume=R3, posting=B, verdict="not_eligible", location="missing", years="met",
         skills_met=[B1], skills_missing=[],
         why="Eleven years of bookkeeping and office administration is enough, but she is a South African citizen living in Durban with no stated right to work in Germany for a job located in Berlin."),
    dict(resume=R5, posting=B, verdict="not_eligible", location="met", years="missing",
         skills_met=[], skills_missing=[B1],
         why="As an EU citizen he may work in Berlin, but he is a front-end developer with no office or administrative experience at all, against 3+ years in a similar role."),

    # ---- C: Phoxygen Senior Javascript Developer, Paris office or remote, European timezone ----
    dict(resume=R4, posting=C, verdict="likely_eligible", location="met", years="met",
         skills_met=[C1, C2, C3, C4, C5], skills_missing=[],
         why="A French engineer (INSA Lyon) with 97 months of professional JavaScript, ES2023 vanilla JavaScript, web performance and accessibility work, Scrum teams and English C1, living in Lyon."),
    dict(resume=R5, posting=C, verdict="needs_review", location="met", years="partial",
         skills_met=[C1, C2, C3, C4, C5], skills_missing=[],
         why="Everything asked is shown, from Porto in a European timezone, but his paid development work is 29 months since June 2024 (the unpaid internship does not count): 81% of the more than 3 years asked."),
    dict(resume=R9, posting=C, verdict="not_eligible", location="missing", years="met",
         skills_met=[C1, C2, C3, C4, C5], skills_missing=[],
         why="A strong JavaScript engineer with 99 months of work and a B.E., but he is an Indian citizen in Bengaluru, outside the European timezone the post requires, with no stated right to work in France."),
    dict(resume=R1, posting=C, verdict="not_eligible", location="met", years="missing",
         skills_met=[], skills_missing=[C1, C2, C3, C4, C5],
         why="Lviv is in a European timezone, but she is a social media manager with no software development experience, no engineering diploma and English B2."),

    # ---- D: Kartoza Administrative Officer (bookkeeper and admin/logistics), South Africa ----
    dict(resume=R3, posting=D, verdict="likely_eligible", location="met", years="n/a",
         skills_met=[D1, D2, D3, D4, D5, D6], skills_missing=[],
         why="A South African bookkeeper with the ICB bookkeeping certificate, Odoo ERP and SimplePay payroll, HR and compliance administration, advanced Excel, and travel bookings and asset register duties."),
    dict(resume=R8, posting=D, verdict="needs_review", location="met", years="n/a",
         skills_met=[D2, D3, D4, D5, D6], skills_missing=[D1],
         why="Lives in Johannesburg with a South African work visa and covers ERP, payroll inputs, HR files, COIDA and travel logistics, but her diploma is in logistics and no bookkeeping qualification is shown."),
    dict(resume=R2, posting=D, verdict="not_eligible", location="missing", years="n/a",
         skills_met=[D3, D4, D5, D6], skills_missing=[D1, D2],
         why="A capable office manager, but she lives in Berlin with no stated right to work in South Africa for a South African home-based role, and shows no bookkeeping qualification, ERP or payroll system."),
    dict(resume=R6, posting=D, verdict="not_eligible", location="unknown", years="n/a",
         skills_met=[D5], skills_missing=[D1, D2, D3, D4, D6],
         why="A community manager with no bookkeeping, payroll, HR or logistics work, so the core trade is absent; the resume also states no location for a South African home-based role."),

    # ---- E: ethereum.org Community Lead, fully remote ----
    dict(resume=R6, posting=E, verdict="likely_eligible", location="n/a", years="n/a",
         skills_met=[E1, E2, E3, E4, E5, E6], skills_missing=[],
         why="Built an 18,000-member Discord and a Crowdin programme, runs Twitter, Telegram and Reddit, writes about the Ethereum roadmap, works in sprints and asynchronously across nine time zones, and is a native English speaker."),
    dict(resume=R9, posting=E, verdict="likely_eligible", location="n/a", years="n/a",
         skills_met=[E1, E2, E3, E4, E5, E6], skills_missing=[],
         why="Co-founded and runs a 3,400-member Ethereum builders community on Discord, Twitter, Telegram and Reddit, teaches Solidity and the roadmap, works in Scrum and asynchronously with a remote team, and has fluent English."),
    dict(resume=R4, posting=E, verdict="likely_eligible", location="n/a", years="n/a",
         skills_met=[E1, E2, E3, E4, E5, E6], skills_missing=[],
         why="Co-organises a 1,100-member meetup on Discord, Twitter and Telegram, translates Ethereum docs and built an Ethereum ticket pilot, works in Scrum in a fully remote asynchronous team, and has English C1."),
    dict(resume=R1, posting=E, verdict="needs_review", location="n/a", years="n/a",
         skills_met=[E1, E3, E6], skills_missing=[E2, E4, E5],
         why="Built a 2,400-member Telegram community and has strong social media skills, but her English is B2, below excellent, and she shows no Ethereum knowledge and no agile or remote work."),
    dict(resume=R2, posting=E, verdict="needs_review", location="n/a", years="n/a",
         skills_met=[E1, E2, E3, E6], skills_missing=[E4, E5],
         why="Co-founded a repair café community and runs Instagram accounts, with English C1, but shows no knowledge of Ethereum and no agile or remote/asynchronous work."),
    dict(resume=R7, posting=E, verdict="needs_review", location="n/a", years="n/a",
         skills_met=[E1, E3, E6], skills_missing=[E2, E4, E5],
         why="Built a 5,200-member Telegram community and did SMM, but her English is B1 and she shows no Ethereum knowledge and no agile or remote work."),
    dict(resume=R8, posting=E, verdict="needs_review", location="n/a", years="n/a",
         skills_met=[E1, E2, E3, E6], skills_missing=[E4, E5],
         why="Founded a 1,200-member WhatsApp and Facebook community and has fluent English, but shows no Ethereum knowledge and no agile or remote/asynchronous work."),
    dict(resume=R5, posting=E, verdict="not_eligible", location="n/a", years="n/a",
         skills_met=[E2, E6], skills_missing=[E1, E3, E4, E5],
         why="A front-end developer working mostly in the office whose only volunteering is sorting food-bank donations: no community building, social media or Ethereum work, so the core trade of a community lead is absent."),
]

KEYS = ("resume", "posting", "verdict", "location", "years", "skills_met", "skills_missing", "why")

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as f:
        for p in PAIRS:
            f.write(json.dumps({k: p[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(PAIRS), "pairs written to", OUT)
