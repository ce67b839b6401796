"""Header facts from any posting's shape: each recognizer and the assembly, on small fixed inputs."""

from datetime import date

import pytest

from domain.deadlines import find_deadline
from domain.pay import find_pay
from domain.places import find_places
from domain.technologies import find_technologies
from domain.work_terms import employment_type, is_authorization_statement, work_mode
from ingest.front_matter import split_front_matter
from ingest.structure import parse_posting


@pytest.mark.parametrize(("line", "text", "low", "high", "period"), [
    ("The salary range is EUR 72,000 - 88,000 per year, plus a bonus of up to 10%.",
     "EUR 72,000 - 88,000 per year", 72000, 88000, "year"),
    ("Pay: $25.50 an hour", "$25.50 an hour", 25.5, 25.5, "hour"),
    ("Compensation: CA$120k–140k base", "CA$120k–140k", 120000, 140000, None),
    ("CTC: 12-18 LPA", "12-18 LPA", 1_200_000, 1_800_000, None),
    ("Salary: INR 30,000 - 60,000/month", "INR 30,000 - 60,000/month", 30000, 60000, "month"),
    # No pay word at all: an ISO currency code beside the amounts says it is money.
    ("The contractor fee will range between 40,000-50,000 EUR depending on experience.",
     "40,000-50,000 EUR", 40000, 50000, None),
])
def test_pay_is_read_with_its_range_and_period(line, text, low, high, period):
    pay = find_pay(line)
    assert pay is not None and (pay.text, pay.low, pay.high, pay.period) == (text, low, high, period)


@pytest.mark.parametrize("line", ["Hybrid, 3 days a week in the office", "Founded in 2019.",
                                  "See https://jobs.example.org/posting/8322", "We have 30 engineers",
                                  "Room 101 of the ABC 2019 building"])
def test_numbers_that_are_not_pay_are_not_pay(line):
    assert find_pay(line) is None


def test_a_deadline_needs_a_closing_cue_and_a_real_date():
    assert find_deadline("Apply by 15 January 2027.").day == date(2027, 1, 15)
    assert find_deadline("Closing date: 2026-12-31").day == date(2026, 12, 31)
    assert find_deadline("a minimum of 8 years of industry experience") is None
    assert find_deadline("The position is open until filled.") is None
    assert find_deadline("The posting will be available until April 12, 2027.").day == date(2027, 4, 12)
    assert find_deadline("Funding is available until 31 December 2027.") is None
    # Sending the application by a date is applying by it; the employer sending something is not.
    assert find_deadline('Send your CV to jane@uni.example with the subject "PhD" by April 20, '
                         '2027.').day == date(2027, 4, 20)
    assert find_deadline("We will send you a contract by March 3, 2027.") is None


def test_places_come_from_geography_data_not_one_country():
    kinds = {(p.name, p.kind, p.country) for p in find_places("Pune, Maharashtra or Guelph, ON")}
    assert {("Pune", "city", "IN"), ("Maharashtra", "region", "IN"), ("Guelph", "city", "CA"),
            ("ON", "region", "CA")} <= kinds
    assert [p.country for p in find_places("London, UK")] == ["GB", "GB"]
    assert find_places("people based in the Central European time zone") == []


@pytest.mark.parametrize(("text", "country"), [
    ("Victoria, Canada", "CA"), ("Victoria, BC", "CA"), ("London, Ontario", "CA"),
    ("London, UK", "GB"), ("Cambridge, MA, USA", "US"), ("Kingston, Jamaica", "JM"),
    ("Perth, Scotland", "GB"), ("Perth, Australia", "AU"),
])
def test_the_country_or_region_after_a_city_picks_which_city_it_is(text, country):
    assert {p.country for p in find_places(text)} == {country}


@pytest.mark.parametrize(("text", "location"), [
    ("# Field Technician\n\nWe need help with our field work in Crested Butte, Colorado from June "
     "to August.", "Crested Butte, Colorado"),
    ("# Field Assistant\n\nOnsite accommodation is provided. The study is based at a reserve in "
     "south-west Australia.", "south-west Australia"),
    ("# Community Manager\n\nGlobal, full-time contract position\n\nWe seek a community manager.",
     "Global"),
    # How people work, and where a flight goes, say nothing of where the job is.
    ("# Field Assistant\n\nOnsite accommodation is provided; you pay your own flight to Perth, "
     "Australia.", None),
    ("# Community Manager\n\nOur staff are fully remote, with core members in North America and "
     "Europe.", None),
])
def test_the_location_is_where_the_posting_places_the_job(text, location):
    found = parse_posting(text).facts.location
    assert (found.value if found else None) == location


@pytest.mark.parametrize(("text", "company"), [
    # Labels and words before a comma are no employer; a name the text repeats is.
    ("# Recruiter\n\nRole\n\nWe're growing. PostHog is used by startups. PostHog's platform is "
     "fast. We made PostHog a great place to work.", "PostHog"),
    ("# Research Engineer\n\nNote, we anticipate that the work will take two years. The team is "
     "small.", None),
    ("Delivery Manager\nVACANCY REFERENCE NUMBER\n\nThe GDS is an exciting place to work. The GDS "
     "builds services.", "GDS"),
    # A slogan in the header is no name.
    ("# Educator\n\nMake a difference in the world\n\nTeach kids to code after school.", None),
    ("# Communications Coordinator\n\n## Why Work at Fields of View\n\nWe build tools.",
     "Fields of View"),
    # An employer that says it is an equal opportunity employer names itself.
    ("# Design Intern\n\n## Who are we looking for?\n\nA product design intern.\n\n"
     "## Liferay is an Equal Opportunity Employer\n\nWe value diversity.", "Liferay"),
    # The name the text repeats more, whatever its form: a one-word name beats a group named twice.
    ("Location: London\n\nOpenOwnership is dedicated to transparency. OpenOwnership has grown. "
     "You will report to the Steering Group. Help OpenOwnership grow. Second interviews with the "
     "Steering Group. OpenOwnership is a small team.", "OpenOwnership"),
    ("# Outreach Manager\n\n## About the project\n\nThe Open Source Business Alliance (OSB Alliance) "
     "represents member companies. The OSB Alliance runs the project. A team in the OSB Alliance "
     "drives it.", "OSB Alliance"),
])
def test_the_employer_is_a_name_the_posting_gives(text, company):
    found = parse_posting(text).facts.company
    assert (found.value if found else None) == company


def test_an_html_page_title_names_the_site_that_the_text_names_too(tmp_path):
    from ingest.posting import read_posting

    page = tmp_path / "stem-educator.html"
    page.write_text("<html><head><title>STEM Educator | Careers | We All Code</title></head><body>"
                    "<h1>Coding/STEM Educator</h1><p>We All Code is a nonprofit teaching kids to "
                    "code.</p><h2>Duties</h2><ul><li>Teach weekend classes.</li></ul></body></html>")
    posting = read_posting(page, max_bytes=100_000, chunk_chars=1000)
    assert posting.company == "We All Code" and posting.title == "Coding/STEM Educator"


def test_a_badge_before_the_title_is_its_status():
    structure = parse_posting("# [Closed] Project Manager\n\nOpenRefine\n\n## Duties\n\n- Plan.\n")
    assert structure.facts.title.value == "Project Manager"
    assert structure.facts.status.value == "closed"


def test_a_name_that_starts_with_a_digit_is_a_name_but_a_quantity_is_not():
    text = ("# Content Specialist\n\n## About\n\n2i2c manages hubs. 2i2c is a non-profit. Work at "
            "2i2c is remote, 10h to 30h a week, 10h in a good week, 10h at least.\n")
    assert parse_posting(text).facts.company.value == "2i2c"


def test_an_acronym_employer_is_named_as_the_text_defines_it():
    structure = parse_posting("# Communications Associate\n\n## About IOI and this role\n\n"
                              "Invest in Open Infrastructure (IOI) was launched in 2021. IOI works "
                              "with funders.\n")
    assert structure.facts.company.value == "Invest in Open Infrastructure (IOI)"


def test_an_ampersand_in_bold_html_keeps_its_name():
    from ingest.load import html_to_text

    assert html_to_text("<p><strong>About CS&amp;S</strong></p>").strip() == "**About CS&S**"
    assert html_to_text("<p><strong>Manager</strong>: Director</p>").strip() == "**Manager**: Director"


def test_a_title_written_as_a_sentence_is_the_job_it_names():
    structure = parse_posting("---\ntitle: OpenRefine is looking for a project manager\n---\n\nText.",
                              {"title": "OpenRefine is looking for a project manager"})
    assert structure.facts.title.value == "Project manager"


def test_a_slogan_heading_gives_way_to_the_heading_that_names_the_job():
    structure = parse_posting("# Hiring\n\n## Come Work at a Company that Cares about You\n\n"
                              "We are hiring.\n\n## Acme Foundation: Finance Admin\n\n"
                              "- Accounts payable.\n")
    assert structure.facts.title.value == "Finance Admin"


def test_budgets_are_not_pay_and_start_dates_are_not_deadlines():
    assert find_pay("This year our groups are on track to raise $35 million dollars.") is None
    assert find_pay("The government will invest over $10 Billion in services.") is None
    assert find_pay("A facility of 8-16 GPUs and under $1M capex.") is None  # not "$1"
    assert find_pay("Compensation: €4M budget; salary €60,000 a year").low == 60000
    assert find_pay("$60k/year for 40 hrs/wk").low == 60000
    assert find_deadline("We invite applications for two positions, starting Sept 1 2027.") is None
    assert find_deadline("Applications are required by COB 9 October, 2017.").day == date(2017, 10, 9)


def test_big_cities_are_known_by_their_english_names_too():
    assert [(p.name, p.country) for p in find_places("a research group based in Bangalore")] == \
        [("Bangalore", "IN")]
    assert find_places("Cologne, Germany")[0].country == "DE"


def test_work_terms():
    assert work_mode("Hybrid: 2 days a week in our Leeds office, the rest remote") == "hybrid"
    assert work_mode("This is not a remote position.") == "on-site"
    assert work_mode("Fully remote within Canada") == "remote"
    assert work_mode("80% in-office / 20% WFH") == "hybrid"
    assert work_mode("we largely work distributedly across Canada") == "remote"
    assert work_mode("Work in our Berlin office and with our team") == "on-site"
    assert work_mode("experience with distributed systems and mobile apps") is None
    assert employment_type("APPLICATIONS WELCOME FROM PART TIMERS AND JOB SHARERS") == "part-time"
    assert find_places("Android, iOS and Mobile Web development") == []
    assert employment_type("Permanent, full-time") == "full-time"
    assert employment_type("A 12-month fixed-term contract") == "contract"
    # A word of the kind used in another sense names no kind of contract.
    assert employment_type("Support the PI with student intern visa documents") is None
    assert employment_type("project coordination and contract administration") is None
    assert employment_type("We are hiring a summer intern") == "internship"
    assert work_mode("some flexibility around the hours worked in the office and at home") == "hybrid"
    assert is_authorization_statement("We are unable to sponsor visas.")
    assert is_authorization_statement("Open to U.S. citizens or nationals.")
    assert not is_authorization_statement("Open to all. We are citizens of the web.")
    assert not is_authorization_statement("We value diversity.")


def test_technologies_are_matched_on_word_bounds():
    assert find_technologies("Java 17, Spring Boot, Node.js and Go; C-level; R&D; go to") == \
        ["Java", "Go", "Node.js", "Spring"]


FRONT_MATTER = """---
title: 'Content Strategist'
org: '18F'
location: 'Virtual (100% Remote), Washington, DC; Chicago, IL'
salary_min: '90,621'
salary_max: '117,810'
closes: 'July 22, 2019 at 8pm EDT'
description: We are looking for someone
  to write for the public.
---
{% include intro.html %}
## What you'll do
- Write clear content for the public.
"""


def test_front_matter_gives_the_header_facts_and_is_not_text():
    metadata, body = split_front_matter(FRONT_MATTER)
    structure = parse_posting(body, metadata)
    facts = structure.facts
    assert (structure.title, structure.company) == ("Content Strategist", "18F")
    assert structure.location.startswith("Virtual (100% Remote), Washington, DC")
    assert facts.mode.value == "remote" and facts.countries == ["US"]
    assert facts.pay.value == "90,621 - 117,810" and facts.pay_range[:2] == (90621, 117810)
    assert facts.deadline_iso == "2019-07-22"
    header = structure.sections[0].blocks
    assert "Salary: 90,621 - 117,810" in header and "{%" not in body


def test_a_template_comment_hides_its_text_from_the_reader():
    _, body = split_front_matter(
        "---\ntitle: Engineer\n---\n{% comment ---- notes for editors ---- %}\nExample: GS-15 Step 1: "
        "$143,736\n{% endcomment ---------- %}\nThe maximum salary is $191,900.\n"
        "{% comment %}x{% endcomment %}Apply soon.")
    assert "143,736" not in body and "editors" not in body
    assert "The maximum salary is $191,900." in body and "Apply soon." in body


def test_a_title_may_end_in_its_place_and_a_line_labelled_with_another_role_is_none():
    structure = parse_posting("**Project Manager for Early Warning System in Kenya**\n\n"
                              "Reports to: SIMLab Project Director\nLocation: Kitale, Kenya\n\n"
                              "## About SIMLab\nSIMLab is an NGO.\n")
    assert structure.title == "Project Manager for Early Warning System in Kenya"


def test_an_empty_front_matter_field_states_nothing():
    metadata, _ = split_front_matter("---\ntitle: Fractional CEO\ncompensation:\nnotes: ''\n---\n"
                                     "Hello there.")
    assert metadata == {"title": "Fractional CEO"}
    structure = parse_posting("Hello there.", metadata)
    assert structure.facts.pay is None and "None" not in "\n".join(structure.sections[0].blocks)


def test_broken_front_matter_leaves_the_text_readable():
    metadata, body = split_front_matter("---\ntitle: [unclosed\n---\nHello there.")
    assert metadata == {} and "Hello there." in body


def test_a_plain_text_post_without_headings_still_has_title_company_and_place():
    text = ("Data steward at Ocean Networks Canada (Victoria, Canada)\n\n"
            "Ocean Networks Canada is looking for a data steward to curate ocean observations. "
            "The position is full-time. Applications close April 12, 2022.")
    structure = parse_posting(text)
    assert (structure.title, structure.company) == ("Data steward", "Ocean Networks Canada")
    assert structure.location == "Victoria, Canada" and "CA" in structure.facts.countries
    assert structure.facts.employment.value == "full-time"
    assert structure.facts.deadline_iso == "2022-04-12"


def test_human_languages_are_named_from_iso_data():
    from domain.languages import find_languages

    assert find_languages("Tamil, Telugu, Urdu and Assamese") == ["Tamil", "Telugu", "Urdu", "Assamese"]
    assert find_languages("Fluent English; French is a plus") == ["English", "French"]
    assert find_languages("We use Java, Go and Python") == []


def test_a_heading_with_an_address_is_also_text():
    structure = parse_posting("# Club Lead\n\n## Duties\n\nRun the club.\n\n"
                              "### APPLY HERE: https://apply.example.org/club-lead\n")
    assert any("https://apply.example.org/club-lead" in block
               for section in structure.sections for block in section.blocks)


def test_front_matter_is_cited_from_its_header_line_and_what_the_page_shows_is_text():
    metadata, body = split_front_matter(
        "---\nlayout: post\ntitle: Data steward at Harbour Institute (Halifax, Canada)\n"
        "subtitle: Dalhousie University\ncomments: false\njob_announcement_number: HX-2291\n"
        "leverId: 7733ffc7\n---\nWe are hiring a data steward.\n")
    structure = parse_posting(body, metadata)
    facts = structure.facts
    line = "Title: Data steward at Harbour Institute (Halifax, Canada)"
    assert (facts.title.value, facts.company.value, facts.location.value) == (
        "Data steward", "Harbour Institute", "Halifax, Canada")
    assert facts.title.quote == facts.company.quote == facts.location.quote == line
    header = structure.sections[0].blocks
    assert line in header and "Subtitle: Dalhousie University" in header
    assert "Job announcement number: HX-2291" in header
    assert not any(word in block.lower() for block in header for word in ("layout", "comments", "lever"))


@pytest.mark.parametrize(("text", "title"), [
    ("The Dune Lab is searching for two (2) full-time research technicians to assist with fieldwork.",
     "Research technicians"),
    ("Ana and I are looking to hire a *joint* research assistant (i.e. lab tech) for our labs.",
     "Research assistant"),
    ("We are recruiting a team of skilled translators for our language project.", "Translators"),
])
def test_a_post_without_headings_names_its_job_in_prose(text, title):
    structure = parse_posting(text + "\n\nWe study dunes and the plants on them.\n")
    assert structure.facts.title.value == title and structure.facts.title.quote.startswith(text[:20])


def test_a_line_naming_a_part_of_the_document_is_no_employer():
    structure = parse_posting("Vacancy Advertising Form\n\nDigital Communications Lead\n\n"
                              "## About us\n\nThe Harbour Digital Service (HDS) builds public services. "
                              "HDS works in the open.\n")
    assert structure.facts.company.value != "Vacancy Advertising Form"


def test_a_wrapped_sentence_stays_whole_even_when_a_link_shortens_its_line():
    structure = parse_posting(
        "# Backend Developer\n\n## About us\n\n"
        "Our[ team members](https://example.org/about/#team) are currently based in Europe\n"
        "and Africa, but we encourage applications from anywhere in the world.\n")
    blocks = [b for s in structure.sections for b in s.blocks]
    assert ("Our team members are currently based in Europe and Africa, but we encourage "
            "applications from anywhere in the world.") in blocks


def test_a_page_title_that_names_no_job_gives_way_to_the_job_the_page_names():
    metadata, text = split_front_matter(
        "---\ntitle: hiring\n---\n\n**Research assistant in neuroethics**\n\n"
        "Under the supervision of Principal Investigator (PI) Dr Jane Roe, the assistant will "
        "support a study.\n")
    structure = parse_posting(text, metadata)
    assert structure.title == "Research assistant in neuroethics"
    assert structure.company != "Principal Investigator"  # a person's role, no employer


def test_a_heading_used_as_a_label_gives_its_value():
    structure = parse_posting(
        "## Forest Field Crew Member\n\n## Employer\n\nUniversity of Otago (Ecology Lab)\n\n"
        "## Compensation\n\nApproximately $20/hour\n\n## Purpose\n\nThe crew member will "
        "measure trees.\n")
    assert structure.title == "Forest Field Crew Member"
    assert structure.company == "University of Otago (Ecology Lab)"
    assert structure.facts.pay.value == "Approximately $20/hour"


def test_a_place_is_no_employer():
    structure = parse_posting(
        "# Postdoc Opportunity in Ecosystem Forecasting\n\nNorthwestern Canada is one of the most "
        "rapidly warming regions on Earth. Northwestern Canada is changing fast.\n")
    assert structure.company != "Northwestern Canada"


def test_a_short_bullet_ends_before_a_labelled_line():
    structure = parse_posting(
        "# Open roles\n\nWe are hiring.\n\n**Head of Library**\n\n**Requirements**\n"
        "- LLB preferred\nLocation: Cape Town, South Africa\n\n**Sales Representative**\n\n"
        "**Requirements**\n- Sales experience\nLocation: Gauteng, South Africa\n")
    requirements = [s for s in structure.sections if s.name == "Requirements"]
    assert requirements[0].blocks == ["- LLB preferred", "Location: Cape Town, South Africa"]
    # The sub-heading repeated under each role belongs to that role.
    assert [s.role for s in requirements] == ["Head of Library", "Sales Representative"]


def test_a_unit_is_named_with_the_organisation_it_belongs_to():
    structure = parse_posting(
        "# Assistant professor in ocean modelling\n\nThe Centre for Atmospheric Sciences at IIT Delhi "
        "has openings for Assistant Professors. The Centre for Atmospheric Sciences runs courses.\n")
    assert structure.company == "Centre for Atmospheric Sciences, IIT Delhi"


def test_a_heading_that_names_the_employer_before_the_job_gives_both():
    structure = parse_posting(
        "# Make a difference\n\nWe help grassroots groups.\n\n## Harbour Collective Foundation: "
        "Finance Admin\n\n- Accounts payable.\n- Answering questions.\n")
    assert (structure.title, structure.company) == ("Finance Admin", "Harbour Collective Foundation")


@pytest.mark.parametrize(("heading", "title"), [
    ("[Deadline Extended to 31 January 2021] Call for PhD Student", "Call for PhD Student"),
    ("2025-05-14 Postdoctoral Fellow in Wang Lab", "Postdoctoral Fellow in Wang Lab"),
    ("CrossLabs | Bilingual Administrative Assistant", "Bilingual Administrative Assistant"),
])
def test_a_title_loses_what_the_page_puts_around_it(heading, title):
    assert parse_posting(f"# {heading}\n\nWe are a small lab.\n\n## Duties\n\n- Plan.\n").title == title


def test_days_of_a_month_are_no_pay():
    assert find_pay("Applications open September 1 – December 31 annually.") is None
    assert find_pay("Stipend of 2,000 per month from 1 March").low == 2000


def test_paid_or_not():
    from domain.pay import paid_or_not

    assert paid_or_not("The network delivers its work on an entirely voluntary basis.") == "unpaid"
    assert paid_or_not("- Paid internship") == "paid"
    assert paid_or_not("Salary: £80,000") == "paid"
    assert paid_or_not("25 days of paid holiday") is None


def test_a_common_word_or_a_cut_name_is_no_employer():
    structure = parse_posting(
        "# Product Design Intern\n\nDesign is a team sport. We design for people, and design "
        "matters.\n\n## About\n\nThe Civil Service LGBT+ Network delivers its work on a voluntary "
        "basis. The Civil Service LGBT+ Network is for everyone.\n")
    assert structure.company == "Civil Service LGBT+ Network"


def test_a_page_of_jobs_is_named_for_its_site(tmp_path):
    from ingest.posting import read_posting

    page = tmp_path / "jobs.html"
    page.write_text("<html><head><title>Zulip jobs</title></head><body><h1>Work with us</h1>"
                    "<p>The Zulip software is open source.</p><h2>Technical Writer</h2><p>Write "
                    "docs.</p><h2>Mobile Engineer</h2><p>Build apps.</p></body></html>")
    assert read_posting(page, max_bytes=100_000, chunk_chars=1000).company == "Zulip"


def test_roles_are_named_by_any_job_noun_after_a_capitalised_word():
    from ingest.roles import is_role_heading

    assert is_role_heading("Vice Chair – Career development")
    assert is_role_heading("Communications leads (multiple roles)")
    assert is_role_heading("AI Residents") and is_role_heading("Language Experts")
    assert not is_role_heading("What our leads do")
    assert not is_role_heading("working with our engineers")


def test_a_place_inside_an_organisations_name_is_no_location():
    structure = parse_posting("Researcher\n\nEnsenada Center for Scientific Research and Higher "
                              "Education\n\nThe centre invites applications for a researcher.\n")
    assert structure.facts.location is None
