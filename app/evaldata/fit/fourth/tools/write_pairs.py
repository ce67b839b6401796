"""Write pairs.jsonl from hand-written expectations (written before anything was run)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "pairs.jsonl"

LE, NR, NE = "likely_eligible", "needs_review", "not_eligible"


def P(resume, posting, verdict, location, years, met, missing, why, role=None):
    d = {"resume": resume, "posting": posting, "verdict": verdict, "location": location,
         "years": years, "skills_met": met, "skills_missing": missing, "why": why}
    if role:
        d["role"] = role
    return d


R01 = "01-ornithology-field-assistant-galway.md"
R02 = "02-legal-content-lead-cape-town.docx"
R03 = "03-records-digitisation-officer-kisumu.txt"
R04 = "04-communications-lead-bengaluru.md"
R05 = "05-agronomist-extension-cordoba.json"
R06 = "06-ecology-student-arcata.pdf"
R07 = "07-it-privacy-lawyer-torino.md"
R08 = "08-brand-motion-designer-recife.docx"
R09 = "09-warehouse-operations-manager-bristol.pdf"
R10 = "10-bioinformatics-trainer-coburg.json"
R11 = "11-youth-stem-educator-cicero.txt"
R12 = "12-social-worker-policy-winnipeg.md"
R13 = "13-retail-store-manager-kyoto.txt"
R14 = "14-translator-localiser-porto.docx"
R15 = "15-research-nurse-worcester.pdf"
R16 = "16-lab-facilities-manager-singapore.tex"
R17 = "17-accounts-payable-officer-montreal.txt"
R18 = "18-nonprofit-executive-director-no-location.md"

PAIRS = [
    # 01 Galway ornithologist
    P(R01, "txt-fairy-wren-field-assistant-wa", LE, "met", "n/a",
      ["experience in monitoring colour-ringed birds", "nest-searching", "mist netting", "current drivers licence"], [],
      "Three seasons of colour-ring resighting, nest searching and mist netting plus a full driving licence cover every required qualification, and she holds the subclass 417 Working Holiday visa the posting names."),
    P(R01, "fresh-ucdavis-forest-field-crew-member", NE, "missing", "n/a",
      ["Completed or in-progress bachelor's degree in ecology, natural resource management, or related natural science field",
       "Experience in scientific data collection", "Experience camping in remote locations with no facilities"], [],
      "She would meet the minimum qualifications, but the crew works out of Davis, CA in California forests and she is an Irish (EU) citizen in Galway with no US work right stated."),
    P(R01, "txt-harvestmen-phd-auckland", NE, "missing", "n/a",
      ["research experience", "strong academic record", "Honours research degree in behavioural ecology"], [],
      "A first-class Honours zoology degree with a behavioural-ecology dissertation fits, but the scholarship is at the University of Auckland with fieldwork in New Zealand and she lives in Ireland with no New Zealand right stated (her Working Holiday visa is Australian)."),

    # 02 Cape Town legal content lead
    P(R02, "fresh-lawsafrica-open-positions-2026", LE, "met", "met",
      ["Senior experience owning a product, program, or commercial outcome", "Proven ability to carry a growth target",
       "experience in legal publishing or legal content workflows", "Excellent project management, prioritisation and delivery planning skills",
       "Strong writing, editing, and proofreading ability", "Comfortable with digital content tools, CMSs, and reporting workflows"], [],
      "Cape Town-based head of a case-law subscription product who carried and met its seat-growth target and leads a case-law editorial team, with 10.8 years in legal publishing against a three-year floor.",
      role="Head of LawLibrary"),
    P(R02, "fresh-lawsafrica-editorial-contributor", LE, "met", "n/a",
      ["keen eye for detail", "ability to follow detailed, specific instructions", "be able to work independently and communicate clearly"], [],
      "She lives in Cape Town, one of the two named areas, and years of proofreading to house style and capturing gazette metadata show the detail, instruction-following and independent work asked for."),
    P(R02, "new-openup-coo-project-manager-cape-town", NR, "met", "met",
      ["Proven track record of project delivery", "Experience communicating at various levels", "Fluent in English"],
      ["project management using agile methodologies"],
      "She is in Cape Town and has managed editorial and product delivery for over five years, but nothing shows agile methods (sprints, scrum, backlogs), which the required three years of project management must use.",
      role="Project Manager"),
    P(R02, "more-openownership-executive-director-london", NE, "missing", "n/a",
      [], ["right to work in the UK"],
      "The post is in London and candidates must have the right to work in the UK; she is a South African citizen in Cape Town with no UK right stated."),

    # 03 Kisumu records and digitisation officer
    P(R03, "fresh-lawsafrica-open-positions-2026", LE, "met", "n/a",
      ["Experience in document digitisation, publishing, archival work, or structured data preparation",
       "Demonstrated ability to maintain and enforce quality standards across repetitive, high-volume workflows",
       "Familiarity with scanning equipment and OCR tools", "Ability to follow documented workflows consistently and precisely",
       "Clear organisational skills and disciplined file management practices",
       "Ability to work independently and communicate clearly within a distributed team",
       "Experience supervising or reviewing the work of junior staff or contractors"], [],
      "Kisumu is inside 'South Africa or Kenya', and he leads a 410,000-page scanning and OCR programme under his own SOP, supervises clerks and contractors with weekly QC and coordinates registries remotely.",
      role="Digitisation Specialist"),
    P(R03, "new-openrefine-project-manager", LE, "n/a", "n/a",
      ["Good communication skills and fluency in English", "Self-motivated and organized", "Able to work fully remotely",
       "Familiarity with OpenRefine or a related open source project"], [],
      "The role is remote with no years set; he writes fluent English, already works part-time fully remotely, and cleaned 60,000 records in OpenRefine and shared the recipes with other counties."),
    P(R03, "fresh-lawsafrica-editorial-contributor", NE, "missing", "n/a",
      ["keen eye for detail", "ability to follow detailed, specific instructions"], [],
      "The part-time role is limited to Greater Cape Town and Johannesburg and he lives in Kisumu, Kenya, with no right to work in South Africa stated."),

    # 04 Bengaluru communications lead
    P(R04, "mix-fov-communications-coordinator", LE, "met", "n/a",
      ["Ability to tell stories", "Ability to take complex research outputs and explain it in a way that is understandable to a wider audience",
       "Building networks with newspapers, magazines, journals"], [],
      "A Bengaluru former reporter who turns a policy lab's research into explainers and campaigns and keeps a network of 120 journalists and editors meets all three basic requirements of this Bangalore organisation."),
    P(R04, "fresh-iisc-cni-outreach-associate", NR, "met", "n/a",
      ["Excellent written and verbal communication skills",
       "Proficiency in social media platforms, including Facebook, Instagram, Twitter, and LinkedIn",
       "Creative thinking and the ability to generate innovative content ideas"],
      ["Bachelor's degree in engineering or science"],
      "She lives in Bengaluru and has the writing, social-media and event skills, but her BA is in journalism, English and psychology, not the engineering or science degree the post requires."),
    P(R04, "txt-iit-delhi-assistant-professor-ocean", NE, "met", "n/a",
      [], ["Modelling and data assimilation in oceanography"],
      "As an Indian citizen she could work in Delhi, but an assistant professorship in oceanographic modelling needs an academic in that field and she is a journalist and communications lead."),
    P(R04, "new-2i2c-technical-content-specialist", NR, "n/a", "n/a",
      ["communicating complex technical information to learners"],
      ["Demonstrated experience in using open-science tools (e.g. Python or R) in a scientific or scholarly domain"],
      "The role is fully remote with no years set and she explains research to wide audiences, but nothing shows her using Python, R or any open-science tool, a necessary quality."),

    # 05 Cordoba agronomist
    P(R05, "new-ols-programme-manager-remote", LE, "n/a", "n/a",
      ["Highly organised with the ability to document actions and processes",
       "Experience with coordinating a global, multi-cultural and distributed team",
       "Familiarity with concepts and practices involved in computational research, building communities of practice, and capacity building",
       "A good communicator with effective stakeholder management skills",
       "Fluent in English, and confident in one or both of Spanish or French"], [],
      "Open to any country; she coordinates agents in four countries and partners in Kenya and Spain, runs a 600-member community of practice and training cohorts, analyses data in R with Git, and has native Spanish and C1 English."),
    P(R05, "new-metadocencia-coordinacion-latam", NR, "met", "n/a",
      [], [],
      "Córdoba is in Latin America as the remote posts require, but this page only lists the three roles and links to their descriptions for the essential criteria, so it states nothing to check her against.",
      role="Coordinación de Proyecto y Desarrollo de Cursos"),
    P(R05, "fresh-ucdavis-forest-field-crew-member", NE, "missing", "n/a",
      ["Experience in scientific data collection"], [],
      "The crew is based at UC Davis and works in California forests; she lives in Argentina with no US work right stated."),

    # 06 Arcata ecology student
    P(R06, "fresh-ucdavis-forest-field-crew-member", LE, "met", "n/a",
      ["Completed or in-progress bachelor's degree in ecology", "Experience in scientific data collection through coursework and/or job experience",
       "Comfort with and ability to maintain a positive attitude in physically demanding and/or uncomfortable conditions",
       "Experience camping in remote locations with no facilities", "CPR and Wilderness First Aid certified"], [],
      "A California-based U.S. citizen studying for a B.S. in Ecology who has measured forest plots and transects, car-camped at dispersed sites on 8-day hitches and holds WFA and CPR."),
    P(R06, "more-liferay-product-design-intern-diamond-bar", NE, "met", "n/a",
      [], ["Ability to demonstrate a complete design process", "Experience with design tools (we use Figma exclusively)",
           "Proficient visual design skills"],
      "As a U.S. citizen in California she could attend the Diamond Bar office, but she is an ecology student with no product, visual or interaction design work, the core of a Product Design internship."),
    P(R06, "co-hackclub-club-operations-lead", NE, "met", "missing",
      [], ["3+ years of experience with Google Docs or Microsoft Office applications"],
      "She may work in the US, but all her paid work (two summer field jobs and a part-time library job) adds up to under two years, below 75% of the three years required."),
    P(R06, "txt-fairy-wren-field-assistant-wa", NE, "missing", "n/a",
      ["nest-searching", "mist netting", "current drivers licence"], ["experience in monitoring colour-ringed birds"],
      "She has mist-netting and nest-searching experience, but she is a U.S. citizen in California with no Australian citizenship or visa stated, which the posting requires."),

    # 07 Torino IT lawyer
    P(R07, "gov-it-dtt-legal-regulatory-affairs", NR, "n/a", "partial",
      ["Degree in Law", "Strong knowledge of national and european ICT legislation", "privacy, IP and public e-procurement laws",
       "drafting and reviewing regulatory and legislative documents", "Proficiency in English"],
      ["relations in the field of ICT"],
      "She has a law degree and practises ICT, privacy and e-procurement law, but her relevant paid experience since 2020-09 is 6.2 years against the 7 required (88%), so a person should decide."),
    P(R07, "more-openownership-executive-director-london", NE, "missing", "n/a",
      [], ["right to work in the UK"],
      "The director is based in London and must have the right to work in the UK; she is an EU citizen in Turin with no UK right stated."),

    # 08 Recife designer
    P(R08, "more-liferay-senior-communication-designer-recife", NR, "met", "n/a",
      ["Creative direction", "Videography", "worked within brand guidelines"], ["English fluency is a must"],
      "A Recife senior designer with creative direction, brand guidelines and video production, but she rates her English as intermediate (B1) while the posting says English fluency is a must."),
    P(R08, "more-liferay-product-design-intern-diamond-bar", NE, "missing", "n/a",
      ["Experience with design tools (we use Figma exclusively)", "Proficient visual design skills"],
      ["Can attend in-person at our Diamond Bar office (required)"],
      "The internship requires in-person attendance at the Diamond Bar office in California and she lives in Recife, needing sponsorship to work outside Brazil."),
    P(R08, "more-usds-careers-open-disciplines", NE, "missing", "n/a",
      [], [],
      "Every USDS track is located in the Washington, DC metro area and she lives in Brazil with no US work right stated.",
      role="Design and UX"),

    # 09 Bristol warehouse operations manager
    P(R09, "mix-gds-delivery-manager-2012", NR, "met", "n/a",
      ["Strong estimation and budget scoping skills", "Experience in structured programme and project management environments"],
      ["Experience in delivering services through digital / web channels", "Experience in Agile and Waterfall Project Management delivery methodologies",
       "Experience in open source and cloud technologies"],
      "He has the right to work in the UK and his PRINCE2 waterfall rollout and budgeting fit, but he has never delivered digital or web services, worked agile or sourced open-source and cloud technology, all essential."),
    P(R09, "new-openrefine-project-manager", NR, "n/a", "n/a",
      ["Good communication skills and fluency in English", "Self-motivated and organized"],
      ["Familiarity with OpenRefine or a related open source project"],
      "Remote with no years floor, and he communicates and organises well, but nothing shows familiarity with OpenRefine or any open source project, a listed requirement."),
    P(R09, "co-hackclub-club-operations-lead", NE, "missing", "met",
      ["3+ years of experience with Google Docs or Microsoft Office applications", "Superior organizational skills"], [],
      "An experienced manager with years of Microsoft Office work, but the job is 80% in the Shelburne office in the US and he lives in Bristol with only a UK right to work."),

    # 10 Melbourne bioinformatics trainer (NZ citizen)
    P(R10, "fresh-melbourne-bioinformatics-galaxy-positions", NR, "met", "n/a",
      ["current valid work rights for Australia"], [],
      "Her Special Category Visa gives the Australian work rights the page demands and her Galaxy training work fits, but the page only describes the roles in a paragraph and links to the real criteria, so a person must check them.",
      role="Bioinformatician - Galaxy Outreach Specialist (Level B)"),
    P(R10, "new-2i2c-technical-content-specialist", LE, "n/a", "n/a",
      ["Demonstrated excellence in communicating complex technical information to learners",
       "Demonstrated experience in using open-science tools (e.g. Python or R) in a scientific or scholarly domain",
       "Willingness to continually learn and share emerging technologies"], [],
      "Fully remote; she teaches Galaxy, R and Python to researchers of every level, writes tutorials, and taught herself Jupyter to run a JupyterHub pilot course."),
    P(R10, "txt-harvestmen-phd-auckland", NR, "met", "n/a",
      ["research experience", "strong academic record"],
      ["MSc or Honours research degree in behavioural ecology, evolutionary biology and/or morphology"],
      "As a New Zealand citizen she may study in Auckland and she has research experience and an MSc with Distinction, but her research degree is in plant-pathology bioinformatics, not behavioural ecology, evolutionary biology or morphology."),

    # 11 Cicero youth STEM educator (US permanent resident)
    P(R11, "mix-weallcode-stem-educator", LE, "met", "met",
      ["Bachelor's degree required", "Minimum 1 year of experience engaging with learners", "Some experience designing learning experiences",
       "Experience with coding languages", "Must live in the Chicagoland area", "Ability to pass a background check"], [],
      "A Cicero, IL physics graduate who has taught coding and robotics to 8-15-year-olds after school since 2021 and designs the course units, far above the one-year minimum."),
    P(R11, "co-hackclub-club-operations-lead", LE, "met", "met",
      ["3+ years of experience with Google Docs or Microsoft Office applications", "Superior organizational skills",
       "Terrific written and verbal communication skills"], [],
      "As a US permanent resident he may work at the Shelburne office, and he has run programme admin in Google Docs, Sheets and Airtable for over five years while coordinating mentors and teens."),
    P(R11, "gov-18f-content-strategist", NE, "missing", "missing",
      [], ["U.S. Citizen or National",
           "Experience planning, writing, editing, and publishing content with a focus on digital products or services"],
      "Only US citizens or nationals may apply and he is a permanent resident; he also has no content-strategy work toward the one year of specialized experience."),

    # 12 Winnipeg social worker / policy analyst
    P(R12, "gov-cds-policy-advisor", LE, "met", "n/a",
      ["ideas on how technology and design can contribute", "strong researcher and creative problem-solver",
       "good at cultivating interpersonal relationships", "understand (or want to understand) how stuff gets done in government",
       "effective communicator", "motivated to work in the open"], [],
      "A Winnipeg-based Canadian who researches and writes policy for a provincial department, led a user-tested redesign of an online intake form and published the playbook openly."),
    P(R12, "gov-cds-administrative-officer", NR, "n/a", "n/a",
      ["Able to prioritize multiple tasks in a dynamic environment", "Trustworthy with sensitive organizational, partner, and personal information"],
      ["working with data and tracking expenses for budgeting and forecasting exercises", "Highly proficient in Google Apps"],
      "The page sets no place or years and she handles sensitive files and shifting priorities, but nothing shows expense tracking, budget forecasting or Google Apps, which the role asks for."),

    # 13 Kyoto retail store manager
    P(R13, "more-crosslabs-bilingual-administrative-assistant-kyoto", NR, "met", "n/a",
      ["Fluency in both Japanese and English", "N1 JLPT level minimum", "Can read and write kanji",
       "Prior experience in a bilingual administrative or operations role", "Proficient with Google Workspace"],
      ["Familiarity with academic, research, or tech environments"],
      "She lives in Kyoto, is a native Japanese speaker with fluent English and runs bilingual store operations in Google Workspace, but nothing shows an academic, research or tech environment, which the post requires."),
    P(R13, "mix-posthog-recruiter", NR, "n/a", "n/a",
      ["well-organised"],
      ["Has scaled a tech startup from ~10 to ~100 people in 2 years or less", "Has hired high-performing engineering teams"],
      "PostHog hires anywhere and sets no years; she hires 40+ seasonal retail staff a year, but has never hired engineers or scaled a tech startup, which the posting asks for."),

    # 14 Porto translator
    P(R14, "more-crosslabs-bilingual-administrative-assistant-kyoto", NR, "partial", "n/a",
      ["Fluency in both Japanese and English", "N1 JLPT level minimum", "Can read and write kanji",
       "Prior experience in a bilingual administrative or operations role", "Proficient with Google Workspace",
       "Familiarity with academic, research, or tech environments"], [],
      "She meets every listed qualification (JLPT N1, kanji, bilingual coordination, software localisation), but she lives in Portugal and the Tokyo/Kyoto team offers visa support, so location is partial."),
    P(R14, "new-openrefine-project-manager", LE, "n/a", "n/a",
      ["Good communication skills and fluency in English", "Self-motivated and organized", "Able to work fully remotely",
       "Familiarity with OpenRefine or a related open source project"], [],
      "Remote with no years set; she has worked fully remotely since 2018, coordinated 25 translators, writes C2 English, and has localised OpenRefine and uses it every week."),
    P(R14, "new-metadocencia-coordinacion-latam", NE, "missing", "n/a",
      [], [],
      "The remote posts take applications only from Latin American countries and she lives in Portugal with no right to work in Latin America stated.",
      role="Coordinación de Comunicación y Comunidades"),

    # 15 Worcester research nurse
    P(R15, "fresh-hms-hidive-lab-coordinator", NR, "met", "partial",
      ["Strong oral and written communication skills", "Detail-oriented and superb organizational skills"], [],
      "She lives in Massachusetts, but her administrative and coordination work as a research coordinator (Apr 2024 on) is 2.6 years against the three required (86%); bedside nursing is not administrative coordination."),
    P(R15, "txt-whoi-research-assistant-lab-tech", NR, "met", "n/a",
      [], ["prior laboratory experience", "general molecular biology techniques (e.g. pipetting, PCR, etc.)"],
      "She lives in Massachusetts like the Woods Hole labs, but a nurse and trial coordinator shows no bench lab work or molecular techniques such as pipetting and PCR, which the position requires."),
    P(R15, "fresh-ucsf-decision-lab-research-assistant", LE, "n/a", "n/a",
      ["Proficiency with Microsoft Word, PowerPoint, and Windows", "project management and coordination skills",
       "Ability to establish cooperative working relationships with patients, co-workers, & physicians",
       "Excellent verbal and written communications"], [],
      "The page names no place and no years; a neurology research nurse coordinator who recruits and consents patients, schedules visits and cleans REDCap data shows every required item."),

    # 16 Singapore lab facilities manager
    P(R16, "more-ntu-wang-lab-open-positions-singapore", LE, "met", "n/a",
      ["Bachelor's degree or above", "Ability to work independently and collaboratively", "Fluent in written and spoken English"], [],
      "A Singapore permanent resident with a biochemistry degree, fluent English and years of protein purification and cell culture, which the lab lists as a plus.",
      role="Research Assistant"),
    P(R16, "more-lmu-munich-technical-assistant-neuroscience", NE, "missing", "n/a",
      ["Bachelor of Science or equivalent", "Proficiency in written and spoken English"], [],
      "The technician post is in Munich and she lives in Singapore as a Malaysian national with no right to work in Germany stated."),

    # 17 Montreal accounts payable officer
    P(R17, "gov-cds-administrative-officer", LE, "n/a", "n/a",
      ["working with data and tracking expenses for budgeting and forecasting exercises",
       "Highly proficient in Google Apps, particularly Google Calendar, Google Docs and Google Sheets",
       "Able to prioritize multiple tasks in a dynamic environment",
       "Trustworthy with sensitive organizational, partner, and personal information"], [],
      "The page sets no place or years; he processes invoices in SAP, forecasts from Cognos, tracks spending in Google Sheets, runs quarterly budget forecasts and buys cloud subscriptions."),
    P(R17, "new-css-operations-coordinator-ap-ar", NR, "unknown", "met",
      ["1-3 years of experience in accounts payable/accounts receivable", "Understanding and experience with bill and invoice lifecycle",
       "Excellent attention to detail"], [],
      "He has 6.4 years of AP/AR work against a one-year floor, but CS&S hires in 'all US states and select countries' without naming them and he lives in Canada, so whether he can be hired is unknown."),
    P(R17, "gov-cds-policy-advisor", NE, "met", "n/a",
      [], ["working through legislative, regulatory, and policy issues"],
      "He lives in Canada, but he is an accounts-payable officer with no policy, research or legislative work, the core of a Policy Advisor job."),

    # 18 no-location executive director
    P(R18, "co-haskell-foundation-executive-director", LE, "n/a", "n/a",
      ["Self-starter, with strong motivational and staff leadership abilities",
       "Demonstrated technical expertise, via industrial experience and/or an advanced degree in CS, math or a related technical field",
       "Exceptional people skills", "Willingness to execute fundraising plans and strategies"], [],
      "The ED can live anywhere and she states she can contract with US non-profits; she leads a remote foundation of 17 staff and 60 volunteers, grew income to $3.1M, and has an MSc in applied statistics and industry analytics."),
    P(R18, "more-openownership-executive-director-london", NR, "unknown", "n/a",
      ["experienced leader", "fundraising"], [],
      "She is an experienced, fundraising executive director, but the post is in London and requires the right to work in the UK, and her resume gives no location or UK work right."),
    P(R18, "new-openup-coo-project-manager-cape-town", NR, "unknown", "met",
      ["At least 10 years of experience as Chief Operating Office or relevant role",
       "Demonstrable competency in strategic planning and business development",
       "years experience working with with civil society"], [],
      "She has 12.4 years as COO and executive director of civil-society organisations, but OpenUp is based in Cape Town and her resume gives no location, so whether she can work there is unknown.",
      role="Chief Operating Officer"),
]

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as f:
        for d in PAIRS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(PAIRS), "pairs written")
