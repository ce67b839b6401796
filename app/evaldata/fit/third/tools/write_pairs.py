"""Write pairs.jsonl. Every value below was decided by reading the resume and the posting text."""
import json
from pathlib import Path

P = []


def pair(resume, posting, verdict, location, years, met, missing, why, role=None):
    row = {"resume": resume, "posting": posting, "verdict": verdict, "location": location,
           "years": years, "skills_met": met, "skills_missing": missing, "why": why}
    if role:
        row["role"] = role
    P.append(row)


R01 = "01-bioinformatics-trainer-melbourne.md"
R02 = "02-clinical-research-coordinator-toronto.md"
R03 = "03-accounts-payable-tulsa.txt"
R04 = "04-ap-associate-cebu.txt"
R05 = "05-communications-director-lagos.docx"
R06 = "06-phd-student-leeds.pdf"
R07 = "07-research-technician-munich.pdf"
R08 = "08-research-assistant-singapore.json"
R09 = "09-events-coordinator-guadalajara.json"
R10 = "10-quantitative-ecologist-victoria.tex"
R11 = "11-data-science-graduate-johannesburg.md"
R12 = "12-front-office-manager-accra.md"
R13 = "13-policy-adviser-manchester.txt"
R14 = "14-bilingual-coordinator-osaka.docx"
R15 = "15-research-nurse-auckland.pdf"
R16 = "16-translator-pune.docx"
R17 = "17-support-lead-no-location.md"
R18 = "18-electrician-austin.txt"

MEL = "fresh-melbourne-bioinformatics-galaxy-positions"
NHS = "new-nhse-phd-internship-scheme"
UCSF = "fresh-ucsf-decision-lab-research-assistant"
PEC = "fresh-predictiveecology-postdoc-victoria"
NTU = "more-ntu-wang-lab-open-positions-singapore"
CSS = "new-css-operations-coordinator-ap-ar"
IOI = "new-ioi-communications-associate"
DSF = "more-dsfsi-pretoria-phd-student-call"
LGB = "more-civil-service-lgbt-network-volunteer-roles"
HMS = "fresh-hms-hidive-lab-coordinator"
ONC = "txt-onc-data-steward-victoria"
OCF = "mix-ocf-finance-admin"
PUB = "fresh-publiccode-administrative-employee"
GDS = "gov-gds-digital-communications-lead"
LMU = "more-lmu-munich-technical-assistant-neuroscience"
RMB = "txt-rmbl-field-technician-colorado"
LAW = "fresh-lawsafrica-editorial-contributor"
DRA = "fresh-dragonfly-office-manager-wellington"
CDS = "gov-cds-policy-advisor"
CRX = "more-crosslabs-bilingual-administrative-assistant-kyoto"
AI4 = "co-ai4bharat-language-translators"
IIS = "fresh-iisc-cni-outreach-associate"

IOI_ALL = ["communicating complex technical information to those who are new to the subject matter",
           "Project management and organisational skills",
           "Google Suite products such as Docs, Slides and Sheets, Slack, Zoom, and content management systems",
           "Experience working as part of a distributed team"]

# 01 Melbourne bioinformatics trainer
pair(R01, MEL, "likely_eligible", "met", "n/a",
     ["current valid work rights for Australia", "overseeing a team of trainers", "creating new training materials", "delivering workshops"], [],
     "Australian citizen in Brunswick, Melbourne who already leads a team of trainers, writes training materials, runs Galaxy workshops and keeps an online lesson repository; the page sets no years floor.",
     role="Senior Bioinformatician, Bioinformatics Training (Level C)")
pair(R01, NHS, "not_eligible", "missing", "n/a",
     [], ["PhD students enrolled on a PhD course", "right to work in the UK"],
     "She finished her PhD in 2014 and lives in Australia with no UK right to work stated, while the scheme takes only current PhD students who can prove a right to work in the UK.")

# 02 Toronto clinical research coordinator
pair(R02, UCSF, "likely_eligible", "n/a", "n/a",
     ["Proficiency with Microsoft Word, PowerPoint, and Windows", "project management and coordination skills",
      "cooperative working relationships with patients, co-workers, & physicians", "Excellent analytical and problem-solving skills"], [],
     "The page names no place and no years; a neurology research coordinator who recruits and screens patients, schedules visits, manages interview audio and cleans REDCap data shows every required item.")
pair(R02, HMS, "not_eligible", "missing", "met",
     ["Three + years related administrative and coordination experience", "Strong oral and written communication skills"], [],
     "7.7 years of research coordination clear the three-year bar, but the hybrid job is based in Massachusetts (remote only from Harvard payroll states) and she lives in Toronto with no US work right stated.")
pair(R02, ONC, "needs_review", "met", "n/a",
     [], [],
     "She lives in Canada, which the note requires, but the note only links to the real job requirements and her clinical data work is not obviously data stewardship, so a person must read the full posting.")

# 03 Tulsa AP/AR specialist
pair(R03, CSS, "likely_eligible", "met", "met",
     ["accounts payable/accounts receivable", "bill and invoice lifecycle",
      "communicate clearly with international community members", "Excellent attention to detail"], [],
     "Tulsa-based US permanent resident with 8.3 years of AP/AR against the 1-3 asked, plus vendor onboarding, invoicing, supplier portals, written process guides and international wires, for a remote-in-USA role.")
pair(R03, OCF, "likely_eligible", "met", "n/a",
     ["Accounts payable & receivable processing in a 501(c)(3) nonprofit", "nonprofit financial admin/bookkeeping skills",
      "customer service skills", "Based in the United States"], [],
     "Lives in Tulsa, OK and has run AP and AR at a 501(c)(3) food bank since 2021 while answering vendor and partner questions; the posting sets no years floor.")
pair(R03, PUB, "needs_review", "partial", "n/a",
     ["financial administration", "be a strong communicator in English", "be able to work independently"], ["in both Dutch and English"],
     "The job is in the Amsterdam office and she lives in the US with no Dutch work right, but the posting offers possible relocation assistance, so location is partial; she also shows no Dutch.")

# 04 Cebu AP associate
pair(R04, CSS, "needs_review", "partial", "partial",
     ["accounts payable/accounts receivable", "Excellent attention to detail"],
     ["supporting people through new processes via written, asynchronous communication methods"],
     "Ten months of AP work (Jan 2026 to now) is 83% of the 1-year low end, and CS&S hires in the US and only unnamed 'select countries', so Cebu, Philippines needs checking.")
pair(R04, OCF, "not_eligible", "missing", "n/a",
     ["customer service skills"], ["Accounts payable & receivable processing in a 501(c)(3) nonprofit"],
     "Open only to applicants in the United States ('we can't consider international candidates'), and he lives in Cebu, Philippines.")
pair(R04, IOI, "needs_review", "n/a", "n/a",
     ["Excellent English written communication skills"],
     ["Project management and organisational skills", "content management systems", "Experience working as part of a distributed team"],
     "IOI is remote and welcomes applicants anywhere who can already work where they live, but this on-site AP associate shows no project management, CMS or distributed-team experience.")

# 05 Lagos communications director
pair(R05, IOI, "likely_eligible", "n/a", "n/a", IOI_ALL, [],
     "Remote contract open to international applicants; a Lagos communications director who leads a distributed team, writes research explainers and runs campaigns in WordPress, Google Workspace, Slack and Zoom shows every listed need.")
pair(R05, LGB, "needs_review", "n/a", "n/a",
     ["blogposts, videos or other content", "newsletters and social media platforms"], [],
     "The page states no place or requirements, but these are volunteer roles in the Civil Service LGBT+ Network done alongside a civil-service job, and this Lagos director shows no civil-service post, so a person must judge.",
     role="Communications leads (multiple roles)")
pair(R05, GDS, "not_eligible", "missing", "n/a",
     ["Experience of leading the development and implementation of innovative communication strategies",
      "Experience of using digital and social media to engage and involve citizens"], [],
     "The post is in London, Holborn and she lives in Lagos, Nigeria with no UK right to work stated, although her communications-strategy experience fits.")

# 06 Leeds PhD student
pair(R06, NHS, "likely_eligible", "met", "n/a",
     ["PhD students enrolled on a PhD course during the entire course of the internship", "right to work in the UK", "quantitative discipline"], [],
     "British citizen in Leeds enrolled on a full-time Health Data Science PhD until 2028, the quantitative NHS-data profile the scheme asks for.")
pair(R06, PEC, "not_eligible", "partial", "n/a",
     ["Evidence of publishing in peer reviewed literature", "High-level programming skills (e.g., R or Python)", "Experience with statistical modelling"],
     ["Ph.D. in ecology, natural resource sciences, applied mathematics, computer science, statistics, or a related field",
      "Experience with modeling of vegetation, soils, hydrology, or permafrost"],
     "A post-doc needs a finished PhD and she is still a PhD student in health data science with no vegetation, soil, hydrology or permafrost modelling; she is in Leeds while the job is in Victoria, BC, where other locations 'can be discussed'.")
pair(R06, UCSF, "needs_review", "n/a", "n/a",
     ["Proficiency with Microsoft Word, PowerPoint, and Windows", "Excellent analytical and problem-solving skills", "project management and coordination skills"],
     ["cooperative working relationships with patients"],
     "No place or years are set and her analysis, Office skills and project work fit, but all her roles are on the data side with clinicians and nothing shows working with patients.")

# 07 Munich research technician (EU citizen)
pair(R07, LMU, "likely_eligible", "met", "n/a",
     ["completed Bachelor of Science or equivalent", "Proficiency in written and spoken English",
      "Ability to work independently", "Effective communication and teamwork skills"], [],
     "Munich-based EU citizen with a BSc in Biology, an LMU MSc, C1 English and four years of genotyping, mouse-colony and histology work, for a Martinsried technician post with no years floor.")
pair(R07, NHS, "not_eligible", "missing", "n/a",
     [], ["PhD students enrolled on a PhD course", "right to work in the UK"],
     "She is a technician, not a PhD student, and EU citizenship while living in Munich gives no stated right to work in the UK, which the scheme requires.")
pair(R07, NTU, "not_eligible", "missing", "n/a",
     ["Bachelor’s degree or above", "Fluent in written and spoken English"], [],
     "She fits on paper (BSc, lab skills, English), but the job is in the NTU lab in Singapore and she lives in Germany with only EU work rights stated.",
     role="Research Assistant")

# 08 Singapore research assistant
pair(R08, NTU, "likely_eligible", "met", "n/a",
     ["Bachelor’s degree or above", "Ability to work independently and collaboratively", "Fluent in written and spoken English"], [],
     "Singapore-based NUS Life Sciences graduate doing protein purification and cell culture, with fluent English; every required item for the RA post is shown.",
     role="Research Assistant")
pair(R08, NTU, "not_eligible", "met", "n/a",
     ["Excellent communication and teamwork skills"],
     ["Ph.D. in biology, neuroscience, biophysics, structural biology, bioinformatics, or related fields",
      "Strong publication record (first-author papers or preprints)"],
     "She lives in Singapore, but a postdoctoral post needs a PhD and she holds a bachelor's degree only.",
     role="Postdoctoral Research Fellow")
pair(R08, UCSF, "needs_review", "n/a", "n/a",
     ["presentation skills", "team-based environment"],
     ["Proficiency with Microsoft Word, PowerPoint, and Windows", "cooperative working relationships with patients"],
     "The page sets no place or years, but a bench protein researcher shows no patient contact, participant recruitment or Microsoft Office use.")

# 09 Guadalajara events coordinator
pair(R09, IOI, "likely_eligible", "n/a", "n/a", IOI_ALL, [],
     "Remote and open to international applicants; she works in a fully distributed nonprofit, writes explainers in English, runs Zoom events and campaigns, and uses Google Workspace, Slack, Zoom and WordPress.")
pair(R09, CSS, "not_eligible", "partial", "missing",
     ["communicate clearly with international community members"],
     ["1-3 years of experience in accounts payable/accounts receivable or related financial administration work", "bill and invoice lifecycle"],
     "Events and communications work only, with no accounts payable/receivable or financial administration against a 1-year minimum; Mexico is also not named among CS&S's 'select countries'.")
pair(R09, LGB, "needs_review", "n/a", "n/a",
     ["experience in communications, design, logistics and project management"], [],
     "She has the communications, design, logistics and project-management experience asked for, but this volunteer role belongs to the Civil Service LGBT+ Network and she lives in Mexico with no civil-service post, so a person must judge.",
     role="Conference Organiser")

# 10 Victoria quantitative ecologist
pair(R10, PEC, "likely_eligible", "met", "n/a",
     ["Ph.D. in ecology, natural resource sciences, applied mathematics, computer science, statistics, or a related field",
      "Evidence of publishing in peer reviewed literature",
      "Experience with modeling of vegetation, soils, hydrology, or permafrost",
      "High-level programming skills (e.g., R or Python)"], [],
     "Victoria-based Canadian with a UBC forest-sciences PhD, three peer-reviewed papers and R/SpaDES models of permafrost thaw and vegetation change, plus statistical modelling and community work.")
pair(R10, MEL, "not_eligible", "missing", "n/a",
     [], ["current valid work rights for Australia"],
     "The role is at Parkville with no visa sponsorship and needs Australian work rights; she lives in Canada with Canadian citizenship only, and she is an ecologist rather than a bioinformatician.",
     role="Bioinformatician, Melbourne Bioinformatics (Level B)")
pair(R10, RMB, "not_eligible", "missing", "n/a",
     ["Bachelors degree (or degree in progress) in biology, ecology, botany, environmental science, or a related field", "A valid drivers license"],
     ["Eligibility for employment in the United States"],
     "Well qualified for Colorado fieldwork, but the posting requires eligibility for US employment and she is a Canadian citizen living in Victoria, BC.")
pair(R10, ONC, "needs_review", "met", "n/a",
     ["status to work in Canada"], [],
     "Canadian citizen in Victoria, so the status rule is met, but the note only links to the real requirements; her modelling and data work may or may not fit a data-steward post, so a person must read it.")

# 11 Johannesburg data science graduate
pair(R11, DSF, "likely_eligible", "met", "n/a",
     ["knowledgeable about Python and Machine Learning", "entry requirements for a PhD in Computer Science"], [],
     "Johannesburg-based MSc in Computer Science (NLP) who builds Python ML models, in the same country as the University of Pretoria call; NLP, a bonus, is her field too.")
pair(R11, LAW, "likely_eligible", "met", "n/a",
     ["keen eye for detail", "ability to follow detailed, specific instructions",
      "be able to work independently and communicate clearly", "past work experience in data capturing"], [],
     "Lives in Johannesburg, one of the two named areas, and spent two years capturing legislation and gazette metadata and proof-reading by-laws from home to a style guide.")
pair(R11, NHS, "not_eligible", "missing", "n/a",
     [], ["PhD students enrolled on a PhD course", "right to work in the UK"],
     "Not a PhD student (she has an MSc and a job) and lives in South Africa with no UK right to work stated.")

# 12 Accra front office manager
pair(R12, IOI, "needs_review", "n/a", "n/a",
     ["Project management and organisational skills"],
     ["Experience working as part of a distributed team", "content management systems", "communicating complex technical information"],
     "No place limit applies and she organises events and RSVPs well, but a hotel front-office manager shows no distributed-team work, CMS, Slack or Zoom use, or technical writing.")
pair(R12, DRA, "not_eligible", "missing", "n/a",
     ["strong organisational and planning skills"], ["prior experience with Xero and WorkflowMax or similar systems"],
     "The office manager is based in the Wellington office in New Zealand and she lives in Accra, Ghana with no NZ work right stated.")
pair(R12, UCSF, "needs_review", "n/a", "n/a",
     ["excellent organizational skills", "Ability to work effectively in a fast-paced, team-based environment"],
     ["Proficiency with Microsoft Word, PowerPoint, and Windows", "cooperative working relationships with patients"],
     "No place or years are set, but a hotel manager shows no patient-facing or research work and no PowerPoint, so the fit needs a person's judgement.")

# 13 Manchester policy adviser (civil servant)
pair(R13, LGB, "likely_eligible", "n/a", "n/a",
     ["experience in communications, design, logistics and project management"], [],
     "A serving civil servant who has led his department's Pride conference and national events, with design, newsletter and project-management experience; the role names no place or years.",
     role="Conference Organiser")
pair(R13, CDS, "not_eligible", "missing", "n/a",
     ["strong researcher and creative problem-solver", "effective communicator, both written and verbally"], [],
     "A policy adviser who fits the skills, but CDS hires within Canada ('candidates in other parts of Canada') and he lives in Manchester, UK with no Canadian work right stated.")
pair(R13, NHS, "not_eligible", "met", "n/a",
     ["right to work in the UK"], ["PhD students enrolled on a PhD course"],
     "He lives and works in the UK, but the scheme is only for current PhD students and he holds a BA with no doctoral enrolment.")

# 14 Osaka bilingual coordinator
pair(R14, CRX, "needs_review", "met", "n/a",
     ["Fluency in both Japanese and English", "Can read and write kanji",
      "Prior experience in a bilingual administrative or operations role", "Proficient with Google Workspace"],
     ["N1 JLPT level minimum", "Familiarity with academic, research, or tech environments"],
     "Osaka is in Japan and the role is remote/hybrid for Tokyo and Kyoto teams, and she has bilingual admin, translation and interpreting work, but she holds JLPT N2 where N1 is the stated minimum.")
pair(R14, IOI, "needs_review", "n/a", "n/a",
     ["Project management and organisational skills", "Google Suite products such as Docs, Slides and Sheets, Slack, Zoom"],
     ["Experience working as part of a distributed team", "content management systems"],
     "Remote and open internationally, and she writes English and organises well with Google Workspace, Slack and Zoom, but she works on-site in one office and shows no distributed-team or CMS experience.")

# 15 Auckland research nurse
pair(R15, UCSF, "likely_eligible", "n/a", "n/a",
     ["Proficiency with Microsoft Word, PowerPoint, and Windows", "cooperative working relationships with patients, co-workers, & physicians",
      "project management and coordination skills", "meet multiple deadlines on concurrent projects"], [],
     "Research nurse who recruits and screens trial patients, schedules visits, cleans REDCap data and coordinates three concurrent studies; the page names no place and no years.")
pair(R15, DRA, "not_eligible", "met", "n/a",
     ["exceptional communication skills"], ["office administration", "prior experience with Xero and WorkflowMax or similar systems"],
     "Auckland is in New Zealand like the Wellington office, but she is a nurse with no office administration, finance or facilities experience for an Office Manager job.")

# 16 Pune translator (requires sponsorship abroad)
pair(R16, AI4, "likely_eligible", "n/a", "met",
     ["proficiency in native language(s) and English", "1-5 yrs experience in annotation/content creation tasks such as translation, transcription",
      "uses Microsoft Office (Word, Excel, etc) with ease", "at least one of the languages mentioned"], [],
     "Marathi-English translator with 5.3 years (Aug 2021 on) of translation, transcription and annotation, an MA in linguistics and Word/Excel; Marathi is on the list and no place is stated.")
pair(R16, IIS, "needs_review", "met", "n/a",
     ["Excellent written and verbal communication skills"],
     ["Bachelor's degree in engineering or science", "Proficiency in social media platforms, including Facebook, Instagram, Twitter, and LinkedIn"],
     "Pune is in India like the Bengaluru campus, but her degrees are in English literature and linguistics, not engineering or science, and she shows no social-media work.")
pair(R16, IOI, "likely_eligible", "n/a", "n/a", IOI_ALL, [],
     "IOI is remote, welcomes international applicants and needs no visa when she works from India; she writes English glossaries for newcomers, coordinates freelancers and works in a distributed team on Slack, Zoom, Google Docs and WordPress.")

# 17 support lead, no location
pair(R17, IOI, "likely_eligible", "n/a", "n/a", IOI_ALL, [],
     "The resume gives no place and none is needed for this remote, internationally open contract; he leads a team across time zones, writes technical help articles for newcomers, managed a CMS migration and uses Google Workspace, Slack and Zoom.")
pair(R17, CSS, "needs_review", "unknown", "met",
     ["accounts payable/accounts receivable or related financial administration work", "bill and invoice lifecycle",
      "communicate clearly with international community members"], [],
     "2.7 years as a billing specialist (2019-04 to 2021-12) clear the 1-year minimum, but CS&S hires only in the US and select countries and the resume states no location at all.")
pair(R17, OCF, "needs_review", "unknown", "n/a",
     ["customer service skills"], ["Accounts payable & receivable processing in a 501(c)(3) nonprofit"],
     "OCF hires only in the US and the resume names no place, and his billing work was at software companies, not AP/AR in a 501(c)(3) nonprofit.")
pair(R17, DRA, "needs_review", "unknown", "n/a",
     ["exceptional communication skills"], ["office administration"],
     "The job is based in the Wellington office and the resume states no location; a support lead who used QuickBooks shows no office administration, facilities or EA work.")

# 18 Austin electrician
pair(R18, RMB, "needs_review", "met", "n/a",
     ["A valid drivers license", "Willingness to drive the field vehicle on mountain roads",
      "Ability to work in small teams and occasionally alone in the field"],
     ["Bachelors degree (or degree in progress) in biology, ecology, botany, environmental science, or a related field"],
     "Austin-based electrician with a clean driver's licence who drives unpaved roads and works alone or in pairs outdoors, but he has no bachelor's degree, or one in progress, in biology or a related field, which is required.")
pair(R18, HMS, "not_eligible", "missing", "missing",
     [], ["Three + years related administrative and coordination experience"],
     "Texas is not a Harvard registered payroll state for this Massachusetts-based hybrid job, and thirteen years as an electrician include no administrative or coordination work against the three-year requirement.")

out = Path(__file__).resolve().parent.parent / "pairs.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in P), encoding="utf-8")
print(len(P), "pairs written")
