"""Requirements from postings laid out in ways the bundled one is not, and how a resume is set
against them: by name, by level, by meaning (the real embedding model), and per role."""

from datetime import date

import pytest

from app.fit.match import match
from app.fit.matching_model import matching_embeddings
from app.fit.profile import build_profile
from app.fit.similar import ResumeLines
from domain.places import country_of_demonym
from domain.scope import job_scope
from ingest import default_posting_path
from ingest.clean import clean_text
from ingest.requirements import extract_requirements
from ingest.structure import parse_posting

TODAY = date(2026, 11, 28)

POSTING = """# Programme Officer

## About the organisation
We build tools for community groups. Our team values openness and care.

## A bit about you
- Has run grant programmes for small charities
- Is extraordinarily well-organised and motivated
- Provide as much detail as possible on your resume so that we can evaluate your experience
- Occasional travel may be required up to 10% per year
- Must live in the Chicago area

## Eligibility
- Australian citizenship

We don't expect you to have all of these.
And we prefer, but don't require, that you:
- Have used Salesforce or HubSpot for donor records
- Speak Spanish or Portuguese

We are an equal opportunity employer and do not discriminate on any basis.
"""


INTRO = "# Officer\n\n## About the role\nYou will join a small team.\n\n"


def requirements_of(text: str):
    return extract_requirements(parse_posting(clean_text(text)))


def by_text(requirements):
    return {r.text: r for r in requirements}


def test_every_item_under_a_heading_that_asks_becomes_a_requirement_with_its_kind():
    found = by_text(requirements_of(POSTING))
    assert found["Has run grant programmes for small charities"].kind == "must"
    # A lead-in that says "prefer, but don't require" makes the list after it a plus.
    tools = found["Have used Salesforce or HubSpot for donor records"]
    assert (tools.kind, tools.category, tools.any_of) == ("nice", "skill", True)
    assert set(tools.skills) >= {"Salesforce", "HubSpot"}
    assert found["Speak Spanish or Portuguese"].category == "language"
    # What a resume cannot show is a trait, never scored.
    assert found["Is extraordinarily well-organised and motivated"].category == "soft_skill"
    # Instructions, conditions of the job, the employer's own words and equal-opportunity
    # statements are no requirements.
    assert not any(word in text for text in found for word in
                   ("resume", "travel", "discriminate", "openness", "expect"))


def test_a_place_a_candidate_must_be_in_is_the_location_requirement():
    location = next(r for r in requirements_of(POSTING) if r.id == "location")
    assert location.posting_evidence == "Must live in the Chicago area"
    assert job_scope(location.posting_evidence).countries == {"US"}
    only_citizens = requirements_of(f"{INTRO}## Eligibility\n- Australian citizenship\n"
                                    "- A degree in economics\n")
    location = next(r for r in only_citizens if r.id == "location")
    assert job_scope(location.posting_evidence).countries == {"AU"}


@pytest.mark.parametrize(("word", "country"), [
    ("Australian", "AU"), ("Canadian", "CA"), ("Japanese", "JP"), ("Italian", "IT"),
    ("Kenyan", "KE"), ("Security", None), ("Senior", None)])
def test_a_country_is_known_by_its_adjective(word, country):
    assert country_of_demonym(word) == country


def test_years_are_read_in_words_and_a_plus_stays_a_plus():
    federal = requirements_of(f"{INTRO}## Qualifications\n- To qualify, you must have one (1) "
                              "year of specialized experience at the next lower grade.\n")
    assert next(r for r in federal if r.id == "years").min_years == 1
    extra = requirements_of(f"{INTRO}## Extra credit for any of the following\n"
                            "- You have 5+ years of software engineering experience.\n"
                            "- You have experience with React.\n")
    years = next(r for r in extra if r.id == "years")
    assert (years.min_years, years.kind) == (5, "nice")


def test_a_posting_without_headings_gives_its_requirement_sentences():
    text = ("We are hiring a field assistant for the 2027 season. The successful candidate must "
            "have a full driver licence and prior experience handling birds. Duties include nest "
            "searching. Applications close on 1 March.")
    texts = [r.posting_evidence for r in requirements_of(text)]
    assert texts == ["The successful candidate must have a full driver licence and prior "
                     "experience handling birds."]


ROLES_PAGE = ("# Jobs at Example\n\n## Open positions\nAll roles are remote.\n\n"
            "### Data Engineer\nWe are hiring a data engineer.\n\n#### You have\n"
            "- Experience with Airflow\n- Experience with dbt\n\n"
            "### Technical Writer\nWe are hiring a technical writer.\n\n#### You have\n"
            "- Experience writing API documentation\n- Experience with Markdown and Git\n")


def test_a_page_listing_several_jobs_keeps_each_roles_requirements_apart():
    page = ROLES_PAGE
    roles = {r.role for r in requirements_of(page)}
    assert roles == {"Data Engineer", "Technical Writer"}
    writer = [r.text for r in requirements_of(page) if r.role == "Technical Writer"]
    assert "Experience writing API documentation" in writer
    assert not any("Airflow" in text for text in writer)


RESUME = """Rosa Ortiz
Chicago, IL | rosa@example.org

Experience
Grants Manager, Northside Community Fund    Jan 2019 - Present
- Ran a small-grants programme funding 40 neighbourhood charities each year
- Kept donor records in Salesforce and wrote the quarterly donor report
- Cut the time from application to decision from 12 weeks to 5

Education
BA in Sociology, University of Illinois, 2014
Languages: English, Spanish
"""


@pytest.fixture(scope="module")
def lines():
    profile = build_profile(RESUME, TODAY)
    return ResumeLines(matching_embeddings(), [line.text for line in profile.lines])


def statuses(posting: str, lines) -> dict[str, str]:
    report = match(requirements_of(posting), build_profile(RESUME, TODAY), "p", "Officer", lines)
    return {r.text: r.status for r in report.requirements}


def test_requirements_are_set_against_the_resume_by_name_level_and_meaning(lines):
    found = statuses(POSTING, lines)
    assert found["Have used Salesforce or HubSpot for donor records"] == "met"  # one of two
    assert found["Speak Spanish or Portuguese"] == "met"
    assert found["Is extraordinarily well-organised and motivated"] == "unknown"
    # Said in other words by a resume line.
    assert found["Has run grant programmes for small charities"] == "met"
    asked = statuses(f"{INTRO}## Requirements\n- A master's degree in public policy\n"
                     "- Experience managing construction site safety inspections\n"
                     "- Fluent French\n", lines)
    assert asked["A master's degree"] == "missing"  # a BA against a master's
    assert asked["Experience managing construction site safety inspections"] == "missing"
    assert asked["Fluent French"] == "missing"


def test_a_met_requirement_quotes_the_resume_line_that_shows_it(lines):
    report = match(requirements_of(POSTING), build_profile(RESUME, TODAY), "p", "Officer", lines)
    grants = next(r for r in report.requirements if r.text.startswith("Has run grant"))
    assert grants.resume_evidence == ["Ran a small-grants programme funding 40 neighbourhood "
                                      "charities each year"]


def test_no_likely_eligible_when_nothing_the_posting_asks_was_found(lines):
    report = match(requirements_of("# Officer\n\nWe are a friendly team in Chicago.\n"),
                   build_profile(RESUME, TODAY), "p", "Officer", lines)
    assert report.verdict == "needs_review"
    assert "could not find what this posting asks for" in report.summary


def test_the_fit_on_a_page_of_several_jobs_is_for_the_role_asked_or_the_best(
        make_assistant, real_embeddings, tmp_path):
    from ingest.errors import InputError

    page = tmp_path / "jobs.md"
    page.write_text(ROLES_PAGE)
    assistant = make_assistant(embeddings=real_embeddings)
    [posting] = assistant.ingest([page])
    writer = "Ana Lima\nBoston, MA\n\nExperience\nTechnical Writer, Acme  2019 - Present\n" \
             "- Wrote the API documentation for 30 public endpoints in Markdown, kept in Git\n"
    report = assistant.fit(writer, posting.posting_id, role="Data Engineer", today=TODAY)
    assert report.role == "Data Engineer" and report.summary.startswith("For the role Data Engineer")
    best = assistant.fit(writer, posting.posting_id, today=TODAY)
    assert best.role == "Technical Writer" and "Of the 2 roles on this page" in best.summary
    assert best.score > report.score
    with pytest.raises(InputError, match="unknown role 'Chef'; the posting lists: Data Engineer"):
        assistant.fit(writer, posting.posting_id, role="Chef", today=TODAY)


def test_skills_offered_as_alternatives_are_one_requirement_any_of_them_meets(lines):
    asks = requirements_of(f"{INTRO}## Requirements\n- Experience in Python, Ruby, Java or C#\n"
                           "- Experience with Tableau and Power BI\n")
    choice = next(r for r in asks if "Ruby" in r.text)
    assert choice.any_of and {"Python", "Java"} <= set(choice.skills)
    assert not any(r.id in {"python", "java"} for r in asks)
    java = build_profile(RESUME.replace("Salesforce", "Java"), TODAY)
    report = {r.text: r.status for r in match(asks, java, "p", "Officer", lines).requirements}
    assert report[choice.text] == "met"
    assert report["Experience with Tableau and Power BI"] == "missing"


@pytest.mark.parametrize(("sentence", "outside"), [
    ("We sponsor work visas and help with relocation.", "partial"),
    ("We are unable to sponsor visas for this role.", "missing")])
def test_a_posting_that_sponsors_visas_does_not_rule_out_a_candidate_abroad(sentence, outside):
    posting = ("# Data Engineer\n\nLocation: Berlin, Germany\n\n## About the role\nYou will build "
               f"pipelines. {sentence}\n\n## Requirements\n- Experience with Airflow\n")
    nairobi = build_profile("Kioko Mwangi\nNairobi, Kenya\n\nExperience\nData Engineer, Acme  "
                            "2019 - Present\n- Built Airflow pipelines\n", TODAY)
    report = match(requirements_of(posting), nairobi, "p", "Data Engineer")
    location = next(r for r in report.requirements if r.id == "location")
    assert location.status == outside
    assert (report.verdict == "not_eligible") is (outside == "missing")


def test_which_of_my_postings_fit_best_is_answered_in_the_chat(
        make_assistant, real_embeddings, tmp_path):
    from app.eligibility import ASK_FOR_RESUME_TO_RANK

    officer = tmp_path / "programme-officer.md"
    officer.write_text(POSTING.replace("- Must live in the Chicago area\n", ""))
    assistant = make_assistant(embeddings=real_embeddings)
    assistant.ingest([default_posting_path(), officer])
    question = "which of my postings fit me best?"
    assert assistant.ask(question).answer == ASK_FOR_RESUME_TO_RANK
    answer = assistant.ask(question, resume_text=RESUME)
    lines = answer.answer.splitlines()
    assert lines[0] == "Your 2 postings, best fit first:"
    assert lines[1].startswith("- Programme Officer") and "Java" in lines[2]
    assert "not eligible" in lines[2]
    assert answer.citations and answer.route == "eligibility"
    reports = assistant.fit_all(RESUME)
    assert [r.posting_id for r in reports] == ["programme-officer",
                                               "rackspace-senior-backend-java-ml-engineer-canada"]


@pytest.mark.parametrize(("paragraph", "location"), [
    ("This job will be fully remote, and we are happy to consider applicants from any country, "
     "although ideally your hours overlap with the leadership team based in the UK.", "Anywhere"),
    ("Our team members are currently based in Europe and Africa. The position is based in "
     "Nairobi, Kenya.", "Nairobi, Kenya")])
def test_where_the_team_sits_is_not_where_the_job_is(paragraph, location):
    structure = parse_posting(clean_text(f"# Programme Manager\n\n## About the role\n{paragraph}\n"))
    assert structure.location == location


@pytest.mark.parametrize(("header", "name", "place"), [
    ("VALENTINA RUIZ\nProgramme Manager\nBuenos Aires, Argentina  //  v@example.com.ar  //  +54 11 "
     "5555 0192", "Valentina Ruiz", "Buenos Aires, Argentina"),
    ("## Haruka Mori\n\nBilingual Coordinator\n\nOsaka, Japan   \u2706 +81 6 5550 4471   \u2709 "
     "h@example.jp", "Haruka Mori", "Osaka, Japan"),
    ("Bram de Vries\nLogistics Coordinator\nRotterdam, the Netherlands  *  b@example.nl",
     "Bram de Vries", "Rotterdam, Netherlands"),
    ("Jordan Patel\nj.patel@example.com", "Jordan Patel", None)])
def test_the_name_and_place_of_a_contact_block_however_it_is_laid_out(header, name, place):
    profile = build_profile(f"{header}\n\nExperience\nCoordinator, Acme  2019 - Present\n", TODAY)
    assert (profile.name, profile.location) == (name, place)


def test_a_rule_beside_the_location_widens_it(lines):
    posting = (f"{INTRO}Location: Berlin, Germany\n\n## Requirements\n- Experience with "
               "community events\n- You must be an EU citizen or hold a valid German work permit\n")
    recife = build_profile("Larissa Lima\nRecife, Brazil\nBrazilian and Portuguese citizen\n\n"
                           "Experience\nEvents lead, Acme  2019 - Present\n", TODAY)
    report = match(requirements_of(posting), recife, "p", "Officer", lines)
    location = next(r for r in report.requirements if r.id == "location")
    # A citizen of a country the rule names may work there, wherever they live now.
    assert location.status == "met" and "right to work" in location.note
    assert report.verdict != "not_eligible"


def test_lead_ins_and_notes_on_equivalence_are_no_requirements():
    asks = [r.posting_evidence for r in requirements_of(
        f"{INTRO}## Qualifications\nCandidates must meet the following requirements\n"
        "- A bachelor's degree in nursing\n- Higher education may count towards the experience "
        "required\n- Experience coordinating clinical studies\n")]
    assert asks == ["A bachelor's degree in nursing", "Experience coordinating clinical studies"]


def test_volunteer_entries_are_no_years_of_work():
    profile = build_profile("Ann Lee\nLeeds, UK\n\nExperience\nData Analyst, Acme  Jan 2020 - "
                            "Present\nVolunteer Tutor, Reading Club\nMar 2015 - Dec 2019\n- Coordinated "
                            "volunteer teams of 10\n\nVolunteer experience\nOrganiser, Hack Nights  "
                            "2012 - 2014\n", TODAY)
    assert [s.text for s in profile.spans] == ["Jan 2020 - Present"]


def test_an_old_resume_with_present_says_it_was_counted_to_today():
    asks = requirements_of(f"{INTRO}## Requirements\n- At least 5 years of experience in "
                           "logistics\n")
    old = build_profile("Sam Roe\nLeeds, UK\n\nExperience\nPlanner, Acme  Mar 2016 - Present\n"
                        "Certificate in Logistics, 2017\n", TODAY)
    note = next(r.note for r in match(asks, old, "p", "Planner").requirements if r.id == "years")
    assert note.endswith('"Present" is counted to today, though the latest year the resume gives '
                         'is 2017: check it is still current')
    recent = build_profile("Sam Roe\nLeeds, UK\n\nExperience\nPlanner, Acme  Mar 2016 - Present\n"
                           "Certificate in Logistics, 2025\n", TODAY)
    note = next(r.note for r in match(asks, recent, "p", "Planner").requirements if r.id == "years")
    assert "Present" not in note


def test_where_the_work_happens_and_the_products_own_words_are_no_skills():
    asks = requirements_of(f"{INTRO}## What you bring\n- Experience running public events\n"
                           "- Work in our Berlin office and with our remote team\n"
                           "- You're able to navigate complex organisations\n")
    found = by_text(asks)
    assert "Work in our Berlin office and with our remote team" not in found
    assert found["You're able to navigate complex organisations"].category == "soft_skill"
    prose = requirements_of("SCS can be used by both cloud providers and internal IT teams with "
                            "their own requirements. The successful candidate must have "
                            "experience organising conferences.")
    assert [r.posting_evidence for r in prose] == [
        "The successful candidate must have experience organising conferences."]


def test_who_may_work_in_the_job_is_read_wherever_the_page_says_it():
    posting = (f"{INTRO}## Requirements\n- Experience with community events\n\n## How to apply\n"
               "Please note that we can only consider applications from EU citizens or those with "
               "a valid German work permit.\n")
    location = next(r for r in requirements_of(posting) if r.id == "location")
    assert job_scope("\n".join([location.posting_evidence, *location.also])).countries >= {"DE", "IT"}
    # Whom the work serves is no rule about who may do it.
    served = f"{INTRO}Location: London\n\n## About us\nWe build services for UK citizens.\n"
    assert next(r for r in requirements_of(served) if r.id == "location").also == []


def test_remote_naming_no_place_sets_no_location():
    posting = f"{INTRO}Location: Remote\n\n## Requirements\n- Experience with newsletters\n"
    assert "location" not in {r.id for r in requirements_of(posting)}


@pytest.mark.parametrize(("line", "status"), [
    ("Requires sponsorship (for roles outside India)", "met"),
    ("Requires visa sponsorship", "missing")])
def test_a_need_for_sponsorship_counts_only_where_it_is_needed(line, status):
    posting = f"{INTRO}Location: Bengaluru, India\n\n## Requirements\n- Experience with outreach\n"
    pune = build_profile(f"Aditi Rao\nPune, India\n{line}\n\nExperience\nTranslator, Acme  "
                         "2019 - Present\n", TODAY)
    location = next(r for r in match(requirements_of(posting), pune, "p", "Officer").requirements
                    if r.id == "location")
    assert location.status == status


def test_a_bullet_asking_several_things_gives_one_requirement_each_unless_under_a_label():
    asks = [r.posting_evidence for r in requirements_of(
        f"{INTRO}## Qualifications\n- Experience delivering projects as part of a team. Candidates "
        "should demonstrate experience providing project leadership.\n- Containerization: "
        "Knowledge of Docker. Experience with orchestration.\n")]
    assert asks[:2] == ["Experience delivering projects as part of a team.",
                        "Candidates should demonstrate experience providing project leadership."]
    assert asks[2].startswith("Containerization: Knowledge of Docker. Experience")


@pytest.mark.parametrize(("item", "years"), [
    ("1-3 years of experience in accounts payable", 1), ("has 1-5 yrs experience in annotation", 1),
    ("5–7 years experience with payroll", 5), ("At least 4 years of experience in sales", 4)])
def test_a_range_of_years_asks_its_lower_bound(item, years):
    found = next(r for r in requirements_of(f"{INTRO}## Requirements\n- {item}\n") if r.id == "years")
    assert found.min_years == years


@pytest.mark.parametrize(("item", "level"), [
    ("HS graduation and sufficient experience", "A high school diploma"),
    ("You will have a PhD in a relevant area of social science", "A doctorate"),
    ("An advanced degree in CS, math or a related field", "A master's degree"),
    ("The student should meet the entry requirements for a PhD in Computer Science", None),
    ("Ability to work with a high degree of autonomy", None)])
def test_the_level_of_education_asked_is_named(item, level):
    found = [r.text for r in requirements_of(f"{INTRO}## Qualifications\n- {item}\n")
             if r.category == "education"]
    assert found == ([level] if level else [])


@pytest.mark.parametrize(("dates", "years"), [
    ("2021-06 \u2013 present", 5.5), ("2019-04 \u2192 2021-12", 2.8), ("since 09/2022", 4.2),
    ("09.2017 - 08.2022", 5.0), ("2019.04 \u2013 2022.03", 3.0)])
def test_resume_dates_in_any_common_form_count(dates, years):
    profile = build_profile(f"Ann Lee\nLeeds, UK\n\nExperience\nAnalyst, Acme  {dates}\n", TODAY)
    assert profile.years == pytest.approx(years, abs=0.11)


def test_one_of_the_languages_the_page_lists_and_a_qualification_named_by_its_codes():
    posting = (f"{INTRO}## Requirements\n- Proficient in English and at least one of the "
               "languages mentioned\n- N1 JLPT level minimum\n\n## Languages\nWe translate into "
               "Hindi, Tamil, Telugu and Marathi.\n")
    marathi = build_profile("Aditi Rao\nPune, India\n\nExperience\nTranslator (Marathi), Acme  "
                            "2019 - Present\nJLPT N1 (2016)\n", TODAY)
    madrid = build_profile("Ana Gil\nMadrid, Spain\n\nExperience\nTranslator (Spanish), Acme  "
                           "2019 - Present\nJLPT N2 (2016)\n", TODAY)
    statuses = [{r.id: r.status for r in match(requirements_of(posting), p, "p", "Translator")
                 .requirements} for p in (marathi, madrid)]
    assert statuses[0]["listed-languages"] == "met" and statuses[1]["listed-languages"] == "missing"
    assert statuses[0]["n1-jlpt-level-minimum"] == "met"
    assert statuses[1]["n1-jlpt-level-minimum"] != "met"


def test_places_named_as_some_of_a_longer_list_rule_nobody_out():
    from domain.scope import in_scope

    scope = job_scope("Remote in USA and select countries")
    assert in_scope("Denver, CO", scope) is True
    assert in_scope("Cebu, Philippines", scope) is None  # cannot tell, so a person should look
    assert in_scope("Cebu, Philippines", job_scope("Remote in the USA")) is False


def test_a_header_line_naming_the_job_then_its_place_gives_the_place():
    structure = parse_posting(clean_text("Research Assistant, Wang Lab, Singapore\n\n## About the "
                                         "lab\nWe study cells.\n"))
    assert structure.location == "Singapore"


def test_a_long_title_line_naming_the_employer_then_its_place_gives_the_place():
    structure = parse_posting(clean_text(
        "**Job Opportunities in the Wang Lab at Nanyang Technological University (NTU), "
        "Singapore**\n\n**About the lab**\n\nWe work with partners in the US and China.\n"))
    assert structure.location == "Singapore"


def test_a_job_for_citizens_only_rules_out_a_stated_other_status():
    posting = (f"{INTRO}Location: Chicago, IL\n\n## Requirements\n- Experience with newsletters\n"
               "- You must be a U.S. Citizen or National\n")
    for status, expected in (("US permanent resident", "missing"), ("U.S. citizen", "met"),
                             ("", "met")):  # no status stated: the benefit of the doubt
        profile = build_profile(f"Dariusz Nowak\nCicero, IL 60804 / d@example.com / {status}\n\n"
                                "Experience\nEditor, Acme  2019 - Present\n", TODAY)
        location = next(r for r in match(requirements_of(posting), profile, "p", "Editor")
                        .requirements if r.id == "location")
        assert (profile.location, location.status) == ("Cicero, IL", expected)


def test_south_africa_is_a_country_not_the_continent():
    scope = job_scope("Location: Greater Cape Town and Johannesburg, South Africa")
    assert scope.countries == {"ZA"} and not scope.continents
    assert job_scope("Based in Europe and Africa").continents == {"EU", "AF"}


def test_a_visa_held_is_a_right_to_work_and_a_town_in_a_sentence_is_no_place():
    from app.fit.places import authorised_in

    line = "Australian Working Holiday visa (subclass 417) granted Aug 2026"
    assert authorised_in(line, job_scope("south-west Australia"))
    assert not authorised_in(line, job_scope("Davis, CA"))  # "Holiday" is a town in Florida
    assert not authorised_in("Visa paperwork for foreign researchers", job_scope("Japan"))


def test_a_heading_of_necessary_qualities_asks_and_notes_to_the_reader_do_not():
    asks = [r.posting_evidence for r in requirements_of(
        f"{INTRO}## Necessary qualities\n- Experience teaching researchers to use Python\n\n"
        "## About you\nBelow are several skills that will make somebody well-suited for this "
        "role. We expect any new hires to learn and grow into this role over time. If you "
        "aren't sure whether you have the right skills, just apply!\n")]
    assert set(asks) == {"Experience teaching researchers to use Python"}


@pytest.mark.parametrize(("line", "levels"), [
    ("Languages: English (C1), German (native), Spanish", {"English": 3, "German": 4, "Spanish": None}),
    ("Japanese \u2013 native | English \u2013 business level", {"Japanese": 4, "English": 3}),
    ("Native Japanese; conversational English", {"Japanese": 4, "English": 1}),
    ("Polish is my first language; English fluent; German A2",
     {"Polish": 4, "English": 3, "German": 0}),
])
def test_the_level_a_resume_states_for_each_language(line, levels):
    from domain.languages import stated_levels

    assert stated_levels(line) == levels


def test_a_language_asked_fluently_is_not_shown_by_an_intermediate_level():
    posting = (f"{INTRO}## What do I need to succeed?\n- Communication: clear writing is a must. "
               "English fluency is a must, Spanish would be helpful but is not required.\n"
               "- Creative direction: a strong portfolio\n")
    found = by_text(requirements_of(posting))
    # The label keeps its topic; the language under it is an ask of its own, one kind each.
    assert (found["Fluent English"].kind, found["Spanish"].kind) == ("must", "nice")

    def english(resume_languages: str) -> str:
        profile = build_profile(f"Ana Lima\nRecife, Brazil\n\nExperience\nDesigner, Acme  2019 - "
                                f"Present\nLanguages: {resume_languages}\n", TODAY)
        report = match(requirements_of(posting), profile, "p", "Designer")
        return next(r.status for r in report.requirements if r.id == "fluent-english")

    assert english("Portuguese (native), English (fluent)") == "met"
    assert english("Portuguese (native), English (B2)") == "partial"
    assert english("Portuguese (native), English (B1, intermediate)") == "missing"
    assert english("Portuguese (native)") == "met"  # a resume written in English shows it


def test_other_languages_beyond_one_are_met_by_any_other_language():
    posting = (f"{INTRO}## Nice to have\n- Speak other languages beyond English (such as Arabic "
               "or French) to support our partners\n")
    requirement = requirements_of(posting)[0]
    statuses = [match([requirement], build_profile(
        f"Ann Lee\nCape Town, South Africa\n\nExperience\nCoordinator, Acme  2019 - Present\n"
        f"Languages: {languages}\n", TODAY), "p", "Coordinator").requirements[0].status
        for languages in ("English (fluent), Afrikaans (fluent)", "English (native)")]
    assert statuses == ["met", "missing"]


def test_a_doctorate_the_resume_lacks_rules_out_unless_experience_may_stand_in():
    def verdict(asks: str) -> str:
        posting = f"{INTRO}## Requirements\n- {asks}\n- Experience with field sampling\n"
        profile = build_profile("Ann Lee\nLeeds, UK\n\nExperience\nField technician, Acme  2019 - "
                                "Present\nField sampling of rivers\n\nEducation\nBSc Biology, "
                                "2018\n", TODAY)
        return match(requirements_of(posting), profile, "p", "Postdoc").verdict

    assert verdict("You will have a PhD in ecology") == "not_eligible"
    assert verdict("A PhD in ecology or equivalent research experience") != "not_eligible"
    assert verdict("A master's degree in ecology") == "needs_review"  # a person should weigh it


def test_experience_named_as_another_route_to_a_degree_makes_it_partial():
    from domain.education import accepts_equivalent

    assert accepts_equivalent("Technical expertise, via industrial experience and/or an advanced "
                              "degree in CS")
    assert not accepts_equivalent("An advanced degree in CS and five years of experience")


@pytest.mark.parametrize(("written", "country"), [
    ("Brunswick, VIC", "AU"), ("Newcastle, NSW", "AU"), ("Hamilton, NZ", "NZ"),
    ("Galway, IE", "IE"), ("Austin, TX", "US")])
def test_a_state_or_country_code_after_a_town_picks_the_town(written, country):
    from domain.places import find_places

    assert find_places(written)[0].country == country


def test_a_word_in_capitals_is_no_municipality_and_a_column_bar_ends_a_contact_line():
    from domain.places import find_places

    assert find_places("STORE MANAGER") == []
    profile = build_profile("AYANE KUROKAWA        STORE MANAGER\nCONTACT        |  EXPERIENCE\n"
                            "Kyoto, JP      |\nayane@example.jp  |  Store Manager  Apr 2020 – "
                            "Present\n", TODAY)
    assert profile.location == "Kyoto, JP"


def test_hiring_for_teams_in_a_place_and_visa_support_set_the_location_rule():
    posting = ("# Bilingual Assistant\n\nWe're hiring talented people for a wide variety of "
               "projects for our teams in Tokyo and Kyoto.\n\n## Benefits\n- Visa support "
               "available\n\n## Requirements\n- Experience in office administration\n")
    location = next(r for r in requirements_of(posting) if r.id == "location")
    assert "Tokyo and Kyoto" in location.text and "visa sponsorship offered" in location.text
    lisbon = build_profile("Ines Lopes\nLisbon, Portugal\n\nExperience\nTranslator, Acme  2019 - "
                           "Present\n", TODAY)
    assert match([location], lisbon, "p", "Assistant").requirements[0].status == "partial"


def test_plain_nouns_name_an_engineering_skill_only_where_the_item_speaks_of_software():
    field = requirements_of(f"{INTRO}## Requirements\n- Experience monitoring bird populations\n")
    assert [r.category for r in field] == ["other"]
    ops = requirements_of(f"{INTRO}## Requirements\n- Monitoring of production services\n")
    assert [r.id for r in ops] == ["operability"]


def test_a_label_that_asks_over_a_list_of_short_asks_is_each_of_them(lines):
    posting = ("# Field Assistant\n\nI am looking for field assistants for a bird project.\n\n"
               "**Required qualifications:** experience in monitoring colour-ringed birds, "
               "nest-searching, mist netting and current drivers licence. Accommodation is "
               "provided.\n")
    asks = [r.posting_evidence for r in requirements_of(posting) if r.category == "other"]
    assert asks == ["experience in monitoring colour-ringed birds", "nest-searching",
                    "mist netting", "current drivers licence"]
    profile = build_profile("Kim Lee\nPerth, Australia\n\nExperience\nField assistant, Uni  "
                            "2019 - Present\nExtracted birds from mist nets\nFull WA driver's "
                            "licence, 4WD\n", TODAY)
    statuses = {r.id: r.status for r in match(requirements_of(posting), profile, "p", "Assistant",
                                               lines).requirements}
    # The ask's own words in a resume line show it, whatever else the line says.
    assert statuses["current-drivers-licence"] == "met" and statuses["mist-netting"] == "met"
    assert statuses["nest-searching"] != "met"


def test_a_person_named_like_a_town_is_no_place_and_work_from_wherever_is_anywhere():
    posting = ("# Internship\n\nYou'll be working in Sales and Marketing. Work directly with the "
               "founders [Carlo](https://example.com/c) and [Anand](https://example.com/a).\n\n"
               "## Requirements\n- You are well organized.\n- If you haven't, please read more "
               "about our culture.\n- Proficiency in English and German.\n\n## Why work for us?\n"
               "- Remote work: Work wherever and whenever you want.\n")
    structure = parse_posting(clean_text(posting))
    assert structure.location == ""
    requirements = requirements_of(posting)
    assert "location" not in {r.id for r in requirements}
    kinds = {r.posting_evidence: r.category for r in requirements}
    assert kinds == {"You are well organized.": "soft_skill",
                     "Proficiency in English and German.": "language"}
    assert job_scope("Remote work: Work wherever and whenever you want.").anywhere


def test_a_duty_station_is_where_the_job_is():
    structure = parse_posting(clean_text(
        "# Field Crew Member\n\n## Location\n\n## About\nField data collection. The duty station "
        "is Davis, CA (UC Davis). Field hitches begin and end at UC Davis.\n"))
    assert "Davis, CA" in structure.location


def test_a_posting_in_spanish_states_its_asks_kinds_years_and_region():
    posting = ("# Coordinación de Proyectos\n\n## Criterios de selección\n"
               "- [Excluyente] Vivir en América Latina y el Caribe.\n"
               "- [Esencial] Excelente comunicación oral y escrita tanto en español como en inglés.\n"
               "- [Esencial] Tres años de experiencia enseñando online.\n"
               "- [Deseable] Experiencia en ambientes académicos de investigación.\n")
    found = requirements_of(posting)
    kinds = {r.category: r.kind for r in found}
    assert kinds["location"] == "must" and kinds["years"] == "must"
    assert next(r for r in found if r.category == "years").min_years == 3
    assert {r.kind for r in found if r.category == "other"} == {"nice"}
    assert next(r for r in found if r.category == "language").skills == ["Spanish", "English"]
    lima = build_profile("Ana Quispe\nLima, Perú\n\nExperience\nDocente, Acme  2019 - Present\n"
                         "Idiomas: español (nativo), inglés (C1)\n", TODAY)
    madrid = build_profile("Ana Gil\nMadrid, España\n\nExperience\nDocente, Acme  2019 - Present\n",
                           TODAY)
    statuses = [{r.id: r.status for r in match(found, p, "p", "Coordinación").requirements}
                for p in (lima, madrid)]
    assert statuses[0]["location"] == "met" and statuses[1]["location"] == "missing"


def test_a_swedish_lead_in_over_plain_lines_asks_them():
    posting = ("# Growth Manager\n\nI tjänsten har du ansvaret över marknadsföringen.\n\n"
               "För att vara rätt för oss behöver du ha:\nMinst 2 års erfarenhet inom digital "
               "marknadsföring.\nErfarenhet av Google Analytics.\nDu skriver och talar flytande "
               "svenska och engelska.\n")
    found = requirements_of(posting)
    assert next(r for r in found if r.category == "years").min_years == 2
    assert any(r.category == "language" and r.skills == ["Swedish", "English"] for r in found)


@pytest.mark.parametrize(("line", "where"), [
    ("EU citizen (Italian)", "Barcelona, Spain"),
    ("German citizen (EU) • Swiss cross-border commuter permit (G permit)", "Zug, Switzerland"),
    ("Swiss and Dutch citizen", "Amsterdam, Netherlands")])
def test_a_stated_right_to_work_in_its_many_forms(line, where):
    from app.fit.places import authorised_in

    assert authorised_in(line, job_scope(where))


def test_the_employer_speaking_of_itself_asks_nothing():
    posting = ("# Coordinador\n\nCompany: Acme Foundation\n\n## Requisitos\n- Experiencia "
               "enseñando online.\n- Acme Foundation reconoce que la experiencia puede ser más "
               "representativa de haber tenido oportunidades.\n")
    structure = parse_posting(clean_text(posting))
    asks = [r.posting_evidence for r in extract_requirements(structure)]
    assert structure.company == "Acme Foundation"
    assert asks == ["Experiencia enseñando online."]


def test_what_the_employer_offers_asks_nothing_and_communication_names_its_languages():
    posting = (f"{INTRO}## Requirements\n- Excellent written and spoken communication skills in "
               "English and German.\n- Talk clearly with people whose first language is not "
               "English.\n- Telecom, broadband, energy, water, or datacenter.\n\nCompensation: "
               "we offer:\n- A salary of US$ 20,000 for 40 hours a week\n")
    found = requirements_of(posting)
    languages = [r for r in found if r.category == "language"]
    assert [r.skills for r in languages] == [["English", "German"]]
    assert not any("salary" in r.posting_evidence for r in found)
    assert next(r for r in found if r.posting_evidence.startswith("Telecom")).category == "other"
    konstanz = build_profile("Jana Kohl\nKonstanz, Germany\n\nExperience\nOffice assistant, Acme  "
                             "2019 - Present\nGerman – native • English – B1 (intermediate)\n", TODAY)
    status = match(languages, konstanz, "p", "Office Manager").requirements[0].status
    assert status == "partial"  # both languages are asked; German alone does not do


@pytest.mark.parametrize(("text", "level"), [
    ("Licenciatura y Máster (o equivalente) en Ciencias Ambientales", 2),
    ("Laurea magistrale in Biologia", 3), ("Scrum Master certified", None),
    ("a high degree of autonomy", None)])
def test_degrees_named_in_other_languages(text, level):
    from domain.education import asked_level

    assert asked_level(text) == level


@pytest.mark.parametrize(("line", "level"), [
    ("2010 - 2013  BEd Foundation Phase Teaching, Stellenbosch University", 2),
    ("LLB, University of Cape Town", 2), ("MPH Epidemiology, 2019", 3),
    ("Bed and breakfast host", None)])
def test_degrees_abbreviated_on_a_resume(line, level):
    from domain.education import level_of

    assert level_of(line, lowest=False) == level


def test_a_two_column_text_resume_is_read_column_by_column():
    resume = ("ANISHA GURUNG                   |  Digital Marketing Associate\n"
              "CONTACT                         |  EXPERIENCE\n"
              "Kathmandu, Nepal                |  Digital Marketing Associate (full-time)\n"
              "a@example.com.np                |  06/2025 - present\n"
              "EDUCATION                       |  Marketing Intern (unpaid, part-time)\n"
              "BBA, Kathmandu University,      |  01/2025 - 03/2025\n"
              "2021 - 2025                     |\n")
    profile = build_profile(resume, TODAY)
    # Read across, the education column's years sat beside the jobs; an unpaid internship is
    # no paid work.
    assert profile.location == "Kathmandu, Nepal"
    assert [s.text for s in profile.spans] == ["06/2025 - present"]


def test_applications_from_any_country_of_a_region_by_its_adjective_set_the_location_rule():
    posting = ("# Coordinación de Comunidades\n\nEste trabajo será completamente remoto y "
               "recibimos postulaciones de cualquier país latinoamericano.\n")
    location = next(r for r in requirements_of(posting) if r.id == "location")
    assert location.text == "Location: Latin America"  # not "Este", a town in Italy
    assert job_scope("Applications are welcome from any African country.").continents == {"AF"}
    assert not job_scope("Experience with European law.").known  # a law, not a place
    statuses = [{r.id: r.status for r in match([location], build_profile(
        f"Ana Gil\n{place}\n\nExperience\nDocente, Acme  2019 - Present\n", TODAY), "p", "C")
        .requirements}["location"] for place in ("Córdoba, Argentina", "Porto, Portugal")]
    assert statuses == ["met", "missing"]


def test_a_town_too_small_for_the_city_list_is_found_behind_its_cue():
    lab = parse_posting(clean_text(
        "# Research assistant\n\nWe are looking to hire a research assistant to join our labs at "
        "the Woods Hole Oceanographic Institution. We will train the right candidate on lab "
        "protocols, but the position requires some prior experience with PCR.\n"))
    assert lab.location == "Woods Hole" and lab.facts.countries == ["US"]
    asks = {r.category: r.posting_evidence for r in extract_requirements(lab)}
    assert asks["other"] == "The position requires some prior experience with PCR."
    # A name that towns in two countries bear leaves the country open, and rules out a third.
    office = [r for r in requirements_of(f"{INTRO}## Hours and location\n- 80% in-office, office "
                                         "in Shelburne\n") if r.id == "location"]
    statuses = {place: {r.id: r.status for r in match(office, build_profile(
        f"Sam Lee\n{place}\n\nExperience\nClerk, Acme  2019 - Present\n", TODAY), "p", "C")
        .requirements}["location"] for place in ("Victoria, BC", "Bristol, UK")}
    assert statuses == {"Victoria, BC": "unknown", "Bristol, UK": "missing"}
    assert job_scope("I met Shelburne at the fair").maybe == frozenset()
    # After "the", a town's name must begin an institution's or an office's: this is a forest.
    assert not job_scope("Located in the Black Forest, we are...").maybe
    assert job_scope("Based in the Shelburne office.").maybe == {"CA", "US"}
    assert not job_scope("Location: Home").known  # working from home; a US town bears the name


def test_a_resume_line_using_the_asks_own_words_is_the_closer_one():
    from langchain_core.embeddings import Embeddings

    from app.fit.similar import LEXICAL_WEIGHT

    class SameMeaning(Embeddings):  # every text means the same: only the words can tell
        def embed_documents(self, texts):
            return [[1.0, 0.0] for _ in texts]

        def embed_query(self, text):
            return [1.0, 0.0]

    ask = "Cooperative working relationships with patients and physicians"
    hotel, nurse = ("Supervised the guest relations desk and trained new staff",
                    "Recruited and consented patients with the unit's physicians")
    score, line = ResumeLines(SameMeaning(), [hotel, nurse]).best(ask)
    # "patients" and "physicians" of the four words that say what is asked
    assert line == nurse and score == pytest.approx(1 + LEXICAL_WEIGHT * 2 / 4)
    assert ResumeLines(SameMeaning(), [hotel]).best(ask)[0] == pytest.approx(1.0)


def test_a_list_saying_it_asks_little_asks_nothing():
    found = requirements_of(f"{INTRO}## Requirements\n- Not too many. This is an internship "
                            "after all.\n- You are well organized.\n")
    assert [r.posting_evidence for r in found] == ["You are well organized."]


def test_each_language_asked_is_needed_and_a_bold_language_line_is_one_held():
    found = [r for r in requirements_of(f"{INTRO}## Requirements\n- Proficiency in English and "
                                        "German.\n") if r.category == "language"]
    english_only = build_profile("Ana Gil\nBarcelona, Spain\n\nLanguages\nEnglish (C1)\n"
                                 "Spanish (native)\n", TODAY)
    both = build_profile("John Doe\nBerlin, Germany\n\n**Languages**\n**German**\n**English**\n",
                         TODAY)
    assert [match(found, p, "p", "Intern").requirements[0].status
            for p in (english_only, both)] == ["missing", "met"]


def test_an_unpaid_title_keeps_its_dates_out_of_the_years_past_the_employer_line():
    profile = build_profile(
        "Anisha Gurung\nKathmandu, Nepal\n\nExperience\nDigital Marketing Associate (full-time)\n"
        "Bhojan Express, Kathmandu\n06/2025 - present\n- Run Meta and Google ad campaigns.\n"
        "Marketing Intern (unpaid, part-time)\nHimal Threads, Lalitpur\n01/2025 - 03/2025\n"
        "Transcription Associate, Vaakya\n05/2024 - 12/2024\n- Coordinated 12 volunteer "
        "translators during a two-week localisation sprint.\nAnnotator, Vaakya\n"
        "01/2024 - 04/2024\n", TODAY)
    assert [s.text for s in profile.spans] == ["06/2025 - present", "05/2024 - 12/2024",
                                               "01/2024 - 04/2024"]


def test_a_part_of_a_continent_then_a_country_in_it_is_the_country():
    assert job_scope("Location: Southern Africa, Malawi").continents == frozenset()
    assert job_scope("Location: Southern Africa, Malawi").countries == {"MW"}
    assert job_scope("Anywhere in Eastern Europe").continents == {"EU"}


def test_a_citizenship_stated_in_spanish_words_in_lower_case():
    from app.fit.places import authorised_in

    assert authorised_in("Ciudadana chilena y española (doble nacionalidad).",
                         job_scope("Barcelona, Spain"))


@pytest.mark.parametrize(("asks", "line", "status"), [
    ("A master's degree in public policy or equivalent experience",
     "Education\nBA Political Science, 2015", "partial"),
    ("Fluent German and English", "Languages\nEnglish (native), German (B1)", "partial"),
    ("Fluent German and English", "Languages\nEnglish (native), German (C2)", "met")])
def test_one_stated_level_partly_reached_is_for_a_person_to_weigh(asks, line, status):
    """Matching by meaning leaves two partial must-haves room (the words may only differ); a
    degree or language below the level the posting states is a real gap, so it never passes."""
    posting = f"{INTRO}## Requirements\n- {asks}\n- Experience with event logistics\n"
    profile = build_profile(f"Ann Lee\nLeeds, UK\n\nExperience\nEvents officer, Acme  2019 - Present\n"
                            f"Event logistics for 40 conferences a year\n\n{line}\n", TODAY)
    report = match(requirements_of(posting), profile, "p", "Events Officer")
    asked = next(r for r in report.requirements if r.text.startswith(asks.split()[0]) or
                 r.posting_evidence.startswith(asks))
    assert asked.status == status
    assert report.verdict == ("needs_review" if status == "partial" else "likely_eligible")


def test_a_lead_in_under_a_heading_keeps_the_heading_and_its_list_asks():
    posting = ("# Bolsista\n\n## Requisitos\n\nO candidato deve possuir:\n\n"
               "* Graduação em geofísica, física ou áreas afins.\n"
               "* Noções básicas de alguma linguagem de programação (e.g., Python, C, Fortran).\n\n"
               "## Inscrição\n\nEnviar o currículo por e-mail.\n")
    structure = parse_posting(clean_text(posting))
    assert [s.name for s in structure.sections][-2:] == ["Requisitos", "Inscrição"]
    by_text = {r.text.split(" (")[0]: r for r in extract_requirements(structure)}
    assert set(by_text) == {"Graduação em geofísica, física ou áreas afins",
                            "Noções básicas de alguma linguagem de programação"}
    # Names given as examples: any one of them shows the ask.
    languages = by_text["Noções básicas de alguma linguagem de programação"]
    assert languages.any_of and set(languages.skills) == {"Python", "C", "FORTRAN"}


@pytest.mark.parametrize(("education", "dates", "status", "verdict"), [
    ("MSc Geophysics, 2019", "Analyst, Acme  Jan 2024 - Present", "met", "likely_eligible"),
    ("BSc Geophysics, 2015", "Analyst, Acme  Jan 2020 - Present", "met", "likely_eligible"),
    ("BSc Geophysics, 2015", "Analyst, Acme  Jan 2022 - Present", "partial", "needs_review"),
    ("BSc Geophysics, 2015", "Analyst, Acme  Jan 2024 - Present", "missing", "not_eligible")])
def test_years_the_posting_takes_instead_of_a_degree(education, dates, status, verdict):
    posting = (f"{INTRO}## Requirements\n- A master's degree or PhD (or at least 5 years of "
               "professional experience)\n")
    requirements = requirements_of(posting)
    assert [(r.id, r.text, r.or_years) for r in requirements] == [
        ("education", "A master's degree, or 5 years of experience", 5)]  # no separate years ask
    profile = build_profile(f"Ann Lee\nLeeds, UK\n\nExperience\n{dates}\n\nEducation\n{education}\n",
                            TODAY)
    report = match(requirements, profile, "p", "Analyst")
    assert (report.requirements[0].status, report.verdict) == (status, verdict)


def test_a_bold_opening_sentence_is_the_ask_and_the_rest_explains_it():
    posting = (f"{INTRO}## About you\n\n- **You're organized.** You have strong habits that let "
               "you track many things. You know how to scope a project.\n- **You know open-source "
               "communities.** You understand how they grow and what keeps people in them.\n")
    assert [(r.text, r.category) for r in requirements_of(posting)] == [
        ("You're organized", "soft_skill"), ("You know open-source communities", "other")]


@pytest.mark.parametrize(("item", "kind"), [
    ("Strong social media skills: Twitter, Discord. Familiarity with Crowdin and GitHub is a plus "
     "but not necessary.", "must"),  # the plus is the second sentence's own
    ("Experience with Kubernetes. A big plus.", "nice"),  # the second sentence says so of the first
    ("Those with forest census experience will be given priority.", "nice")])
def test_a_plus_belongs_to_the_sentence_that_says_it(item, kind):
    assert [r.kind for r in requirements_of(f"{INTRO}## Requirements\n- {item}\n")] == [kind]


@pytest.mark.parametrize(("item", "place"), [
    ("- South African home based role", "Location: South Africa"),
    ("They must either be (a) a US citizen / permanent resident or (b) a foreign national with a "
     "visa status that allows them to do business in the US.", "Location: US")])
def test_a_country_by_its_adjective_or_an_enumerated_rule_sets_the_place(item, place):
    posting = f"{INTRO}## Qualifications\n\nYou should know Python well.\n{item}\n"
    assert [r.text for r in requirements_of(posting) if r.id == "location"] == [place]


@pytest.mark.parametrize(("item", "languages"), [
    ("Upper-intermediate level of English or higher", [("English", 2)]),
    ("Gute Kenntnisse der deutschen und englischen Sprache in Wort und Schrift",
     [("German", 2), ("English", 2)])])
def test_languages_asked_with_a_level_word_or_declined_as_adjectives(item, languages):
    from domain.languages import asked_languages

    assert [(name, level) for name, level, *_ in asked_languages(item, "must")] == languages


def test_a_qualification_a_certificate_meets_is_no_level_of_education():
    from domain.education import asked_level

    assert asked_level("Bookkeeping or equivalent qualification (degree, diploma, or certificate)") \
        is None
    assert asked_level("A degree in accounting") is not None


def test_groups_of_duties_under_responsibilities_are_not_roles():
    posting = ("# Administrative Officer\n\n## Responsibilities\n\n## Administration & HR Support\n"
               "- Act as a receptionist\n\n## Operational Support\n- Order supplies\n\n"
               "## Requirements\n- Bookkeeping experience\n")
    assert parse_posting(clean_text(posting)).facts.roles == []


def test_a_plain_text_heading_alone_on_its_line_starts_a_section():
    posting = ("Senior scientist\n\nWhat you will be working on\n\nThe specific responsibilities "
               "include:\n\nModelling the ocean.\n\nWhat we are looking for\n\nA PhD in marine "
               "sciences. At least 3 years of research experience.\n")
    structure = parse_posting(clean_text(posting))
    assert [s.name for s in structure.sections][1:] == ["What you will be working on",
                                                        "What we are looking for"]
    assert {r.id for r in extract_requirements(structure)} >= {"education", "years"}


def test_an_ask_in_another_language_is_set_against_english_lines_by_meaning():
    from app.fit.similar import PARTIAL

    ask = "Conhecimentos básicos de matemática, física, computação e métodos numéricos"
    numerical = "Numerical methods: interpolation, filtering, least-squares inversion in Python"
    others = ["Organised the yearly members conference for 300 people",
              "Wrote the monthly newsletter for the library"]
    score, line = ResumeLines(matching_embeddings(), [*others, numerical]).best(ask)
    assert line == numerical and score >= PARTIAL
    assert ResumeLines(matching_embeddings(), others).best(ask)[0] < PARTIAL


def test_a_technical_abilities_list_asks_and_its_words_set_years_and_pluses():
    posting = (f"{INTRO}## Your qualification\n- More than 3 year as a software developer\n\n"
               "## Technical abilities\n- One or more git opensource repository greatly appreciated\n"
               "- Knowledge of the latest javascript language development\n"
               "- No need for a specific framework, just plain, vanilla javascript\n"
               "- Treat teens 13 - 18 years old with total respect and professionalism\n")
    found = {r.text: (r.kind, r.min_years) for r in requirements_of(posting)}
    assert found["3+ years of experience"] == ("must", 3)  # not 13, from "13 - 18 years old"
    assert found["One or more git opensource repository greatly appreciated"][0] == "nice"
    assert "Knowledge of the latest javascript language development" in found
    assert not any(text.startswith("No need") for text in found)


@pytest.mark.parametrize(("place", "status"), [
    ("Lyon, France", "met"), ("Lviv, Ukraine", "met"), ("Bengaluru, India", "missing")])
def test_a_section_on_where_the_work_is_gives_the_place(place, status):
    posting = (f"{INTRO}## Requirements\n- 3+ years of JavaScript experience\n\n"
               "## Our work offer can be in any location\n- Paris office or remote\n"
               "- European timezone\n")
    requirements = requirements_of(posting)
    assert [r.text for r in requirements if r.id == "location"] == ["Location: Paris, Europe"]
    profile = build_profile(f"Ann Lee\n{place}\n\nExperience\nDeveloper, Acme  2018 - Present\n", TODAY)
    report = match(requirements, profile, "p", "Developer")
    assert next(r.status for r in report.requirements if r.id == "location") == status


def test_a_bold_opening_sentence_of_a_wrapped_bullet_is_its_ask():
    posting = (f"{INTRO}## About you\n\n- **You know open-source communities.** You understand how "
               "they grow, what keeps people in them and\n  how to welcome newcomers to them.\n")
    assert [r.text for r in requirements_of(posting)] == ["You know open-source communities"]
