"""Build the three DOCX resumes with python-docx (no project code).

Run: /work/main/.venv/bin/python tools/build_docx.py
"""
from pathlib import Path

import docx
from docx.shared import Pt

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


def bullets(d, items):
    for it in items:
        d.add_paragraph(it, style="List Bullet")


# 03: job title, employer and dates each on their own line; headings as Heading 2.
def build_03():
    d = base()
    para(d, "Mercy Jepkosgei Rotich", bold=True, size=20)
    para(d, "Monitoring & Evaluation Officer — Community Health")
    para(d, "Eldoret, Uasin Gishu County, Kenya • mercy.rotich@example.co.ke • +254 722 555 193 • Kenyan citizen")
    d.add_heading("Profile", level=2)
    para(d, "Monitoring and evaluation officer with nine years in community health, first in a county "
            "health records office and now in an NGO maternal and child health programme. I make sure "
            "that what 120 community health volunteers record in the villages reaches the county and the "
            "donor on time and correct, and I turn it into reports people read.")
    d.add_heading("Experience", level=2)
    para(d, "Monitoring & Evaluation Officer", bold=True)
    para(d, "Highlands Community Health Trust, Eldoret", italic=True)
    para(d, "April 2020 – present")
    bullets(d, [
        "Track 35 indicators for a maternal and child health programme in three sub-counties; design the paper registers and Excel trackers; enter monthly data into the county DHIS2.",
        "Train and supervise 120 community health volunteers on data collection; quarterly data-quality audits with the sub-county health teams.",
        "Write the quarterly donor reports, success stories and the annual learning brief; present findings at county health forums.",
        "Track the programme's activity budget against the workplan with the finance officer.",
    ])
    para(d, "Career break", bold=True)
    para(d, "August 2019 – March 2020")
    para(d, "Family time after the birth of my son.")
    para(d, "Health Records Assistant", bold=True)
    para(d, "Uasin Gishu County Department of Health, Eldoret", italic=True)
    para(d, "January 2016 – July 2019")
    bullets(d, [
        "Compiled monthly facility reports from 28 health facilities, cleaned the data and prepared summaries for the sub-county health management team.",
        "Supported the yearly records inventory and the move of old registers to the county archive.",
    ])
    d.add_heading("Volunteer", level=2)
    para(d, "First-aid volunteer at community events and school sports days, Eldoret — since 2017")
    d.add_heading("Education", level=2)
    para(d, "BSc Health Records and Information Management, Moi University — 2011 – 2015")
    d.add_heading("Skills", level=2)
    para(d, "M&E frameworks and indicator tracking • data-quality audits • Excel • DHIS2 data entry • "
            "report writing • training adults • Microsoft Word and PowerPoint")
    d.add_heading("Languages", level=2)
    para(d, "English (fluent) • Kiswahili (fluent) • Kalenjin (native)")
    d.save(OUT / "03-me-officer-eldoret.docx")


# 08: one-line job headers with dates after a tab, "03/2022 - present" dates.
def build_08():
    d = base()
    para(d, "JANA KOHLHAAS", bold=True, size=20)
    para(d, "Event & Office Coordinator")
    para(d, "Konstanz, Germany  •  jana.kohlhaas@example.de  •  +49 7531 555 210")
    para(d, "German citizen (EU)  •  Swiss cross-border commuter permit (G permit), valid to 2029")
    d.add_heading("Profile", level=2)
    para(d, "Organiser at heart: seven years of running events, meeting rooms, calendars and suppliers "
            "for small teams on both sides of Lake Constance. Since 2022 I work in Kreuzlingen at a "
            "coworking hub for blockchain start-ups, where I organise the meetups and look after the "
            "members and the office.")
    d.add_heading("Experience", level=2)
    para(d, "Event & Community Coordinator — Seerhein Blockchain Hub, Kreuzlingen (CH)\t03/2022 - present", bold=True)
    bullets(d, [
        "Plan and run 40+ events a year: monthly crypto meetups, two hackathons and workshops with up to 150 guests; venues, catering, speakers' travel and hotels.",
        "Run the front office of a 60-desk coworking space: member onboarding, access cards, supplies and vendor orders, shared calendars and room bookings.",
        "Post on the hub's Instagram, LinkedIn and Meetup pages and write the monthly member newsletter in German.",
        "Tools: Google Workspace, Notion, Trello, Bitwarden, Eventbrite, Mailchimp.",
    ])
    para(d, "Office Assistant — Sprachschule am See (language school), Konstanz\t09/2019 - 02/2022", bold=True)
    bullets(d, [
        "Course scheduling, student enquiries, filing and correspondence; ordered teaching materials; organised exam days for up to 80 candidates.",
    ])
    para(d, "Volunteer — visitor help desk, Konstanz Christmas market\t2018 - 2023 (seasonal)", bold=True)
    d.add_heading("Education", level=2)
    para(d, "B.A. Tourism, Hospitality and Event Management, DHBW Ravensburg — 2016 - 2019")
    d.add_heading("Languages", level=2)
    para(d, "German – native  •  English – B1 (intermediate)  •  French – A2")
    d.add_heading("Skills", level=2)
    para(d, "Event planning • office organisation • supplier coordination • online tools (Google Workspace, "
            "Notion, Trello, Bitwarden) • social media posting")
    d.save(OUT / "08-events-office-coordinator-konstanz.docx")


# 17: table-free, "|" separators, year-only ranges on their own line, a civic section.
def build_17():
    d = base()
    para(d, "MARCUS OUELLETTE", bold=True, size=20)
    para(d, "Co-op founder and broadband infrastructure executive")
    para(d, "Bangor, ME 04401 | marcus.ouellette@example.com | (207) 555-0143 | U.S. citizen")
    d.add_heading("Summary", level=2)
    para(d, "Engineer turned co-op founder. I spent twelve years building and running telephone and fiber "
            "networks in rural Maine, then started a member-owned broadband cooperative from a meeting in "
            "a grange hall and raised the money to build it. I know the people in Augusta and in the town "
            "offices, and I can make the case to a foundation board as well as to a legislative committee.")
    d.add_heading("Experience", level=2)
    para(d, "Co-founder and General Manager — Penobscot Highlands Broadband Cooperative, Dover-Foxcroft, ME", bold=True)
    para(d, "2018 – present", italic=True)
    bullets(d, [
        "Incorporated the co-op under Maine's cooperative statutes, recruited its first nine-member board, wrote the bylaws and signed the first 1,200 member-owners.",
        "Raised $31M from federal and state broadband grants, a community development lender, member equity and two foundation grants; wrote the pitch deck, business plan and financial model.",
        "Built and now operate a 640-mile fiber-to-the-home network across 11 towns; hired the first 14 staff.",
        "Negotiated pole-attachment, middle-mile and site agreements with utilities, landowners and towns.",
    ])
    para(d, "Director of Network Operations (2012 – 2018); Outside Plant Engineer (2006 – 2012) — Kennebec Valley Telephone Company, Augusta, ME", bold=True)
    para(d, "2006 – 2018", italic=True)
    bullets(d, [
        "Ran outside-plant and central-office operations for a PUC-regulated rural telephone company; led the copper-to-fiber conversion of nine exchanges.",
        "Managed a capital budget of $6M a year and a crew of 22.",
    ])
    para(d, "Peace Corps Volunteer, Water and Sanitation — Kenya", bold=True)
    para(d, "2003 – 2005", italic=True)
    d.add_heading("Civic", level=2)
    bullets(d, [
        "Board member, Maine Rural Broadband Coalition, 2019 – present; testified six times before the Legislature's Energy, Utilities and Technology Committee.",
        "Worked with the Governor's office, the Maine Connectivity Authority, county commissioners and 30+ select boards on the state broadband plan and town grant applications.",
    ])
    d.add_heading("Education", level=2)
    para(d, "BS Civil Engineering, University of Maine | 1999 – 2003")
    para(d, "MBA (part-time), University of Southern Maine | 2010 – 2013")
    d.add_heading("Languages", level=2)
    para(d, "English (native) | French (conversational, Franco-American family) | Kiswahili (intermediate)")
    d.save(OUT / "17-broadband-coop-executive-bangor.docx")


if __name__ == "__main__":
    build_03()
    build_08()
    build_17()
    print("built 3 DOCX resumes")
