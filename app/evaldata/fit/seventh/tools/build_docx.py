"""Build the DOCX resume (03) with python-docx (no project code).

Run: /work/main/.venv/bin/python tools/build_docx.py
"""
from pathlib import Path

import docx
from docx.shared import Pt, Cm

OUT = Path(__file__).resolve().parents[1] / "resumes"


def base():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def para(d, text="", bold=False, italic=False, size=None, style=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def job_header(d, title, dates):
    """Bold job title, then the dates after a tab on the same line."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13))
    r = p.add_run(title + "\t" + dates)
    r.bold = True
    return p


def bullets(d, items):
    for it in items:
        d.add_paragraph(it, style="List Bullet")


# 03: title and dates on one bold line (tab), employer in italics on the next line;
# South African citizenship only under "Personal details" at the end.
def build_03():
    d = base()
    para(d, "THANDEKA NOKUTHULA MKHIZE", bold=True, size=18)
    para(d, "Bookkeeper and Office Administrator")
    para(d, "Pinetown, Durban, KwaZulu-Natal • thandeka.mkhize@example.co.za • +27 31 555 0163")
    d.add_heading("Summary", level=2)
    para(d, "Bookkeeper and office administrator with more than eleven years in small businesses. "
            "I keep the books up to date, run the monthly payroll, look after staff records and "
            "make sure people, vehicles and equipment are where they need to be.")
    d.add_heading("Work experience", level=2)
    job_header(d, "Bookkeeper & Office Administrator", "February 2019 – Present")
    para(d, "Umhlanga Coastal Tours (Pty) Ltd, Umhlanga", italic=True)
    bullets(d, [
        "Capture supplier and customer invoices in Sage Business Cloud Accounting; reconcile the bank and credit cards monthly and prepare the trial balance for the external accountant.",
        "Run monthly payroll for 34 staff in SimplePay: overtime, deductions, leave and bonuses; submit EMP201 returns and UIF declarations.",
        "Follow up debtors from hotels and travel agents; cut our average collection time from 52 to 31 days.",
        "HR administration: employment contracts, staff files, leave records, COIDA returns and the POPIA register.",
        "Book flights, transfers and accommodation for guides and managers, and send them itineraries.",
        "Keep the vehicle and equipment asset register and renew the fleet and liability insurance each year.",
        "Moved the company's quotes and bookings into Odoo ERP in 2023 and trained the sales team.",
    ])
    job_header(d, "Accounts Clerk", "March 2015 – January 2019")
    para(d, "Berea Hardware Supplies CC, Durban", italic=True)
    bullets(d, [
        "Captured creditor invoices and supplier payments; prepared monthly debtors' age analysis and statements.",
        "Handled the switchboard, front desk and the filing of delivery notes.",
    ])
    d.add_heading("Qualifications", level=2)
    para(d, "National Certificate: Bookkeeping (NQF Level 4), The Institute of Certified Bookkeepers (ICB), 2014")
    para(d, "National Senior Certificate, Pinetown Girls' High School, 2011")
    d.add_heading("Computer skills", level=2)
    para(d, "Sage Business Cloud Accounting • SimplePay • Odoo ERP • Microsoft Excel (advanced: pivot "
            "tables, VLOOKUP, macros) • Word • Outlook • Google Workspace • eFiling")
    d.add_heading("Languages", level=2)
    para(d, "isiZulu – home language • English – fluent • Afrikaans – basic")
    d.add_heading("Personal details", level=2)
    para(d, "South African citizen • Driver's licence (Code B) • References on request")
    d.save(OUT / "03-bookkeeper-admin-durban.docx")


if __name__ == "__main__":
    build_03()
    print("built 03-bookkeeper-admin-durban.docx")
