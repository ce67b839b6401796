"""Write pairs.jsonl from the hand-written expectations below (no project code, nothing computed).

Every value was written by reading the resume and the posting text only, before validate.py ran.
Run: python3 tools/write_pairs.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "pairs.jsonl"

SIM = "late-simlab-project-manager-kitale"
CFN = "late-code-for-nepal-project-manager"
META = "late-metadocencia-coordinacion-proyectos"
CREAF = "late-creaf-edm-phd-positions-barcelona"
EPM = "late-epm-finance-manager-malawi"
ARA = "late-aragon-one-office-manager-zug"
KOJ = "late-koj-internship"
HOF = "late-de-hofakker-leerkracht-vacatures"
JA = "late-just-arrived-growth-manager"
MOCSI = "late-public-ai-mocsi-fractional-ceo"

R01 = "01-tech-project-manager-kitale.md"
R02 = "02-agronomist-bolzano.txt"
R03 = "03-me-officer-eldoret.docx"
R04 = "04-head-of-finance-lilongwe.pdf"
R05 = "05-finance-manager-lilongwe.json"
R06 = "06-open-data-project-manager-kathmandu.md"
R07 = "07-business-graduate-kathmandu.txt"
R08 = "08-events-office-coordinator-konstanz.docx"
R09 = "09-office-coordinator-zurich.md"
R10 = "10-kleuterleerkracht-zutphen.md"
R11 = "11-waldorf-class-teacher-cape-town.txt"
R12 = "12-performance-marketer-malmo.pdf"
R13 = "13-digital-marketer-gothenburg.txt"
R14 = "14-ecologist-barcelona.tex"
R15 = "15-ecologist-bogota.pdf"
R16 = "16-open-science-educator-valparaiso.json"
R17 = "17-broadband-coop-executive-bangor.docx"
R18 = "18-energy-access-executive-no-location.md"

# role titles exactly as the pages name them
CREAF_L1 = ("Evaluación de los cambios en el elementoma, la competencia y el papel de la diversidad "
            "elemental mediante microcosmos experimentales con briófitos")
CREAF_L2 = ("Establecer el vínculo entre el funcionamiento del organismo y la composición elemental "
            "entre especies y dentro de una misma especie")
CREAF_L3 = "Más allá de los ecosistemas naturales: elementomas, diversidad elemental y rendimiento de los cultivos"
CREAF_L5 = "Investigando de los factores de desestabilización de los ecosistemas naturales"
HOF_KLAS = "Leerkracht klas 1-6 de Hofakker"
HOF_INVAL = "Inval leerkracht kleuterklas de Hofakker"
JA_GROWTH = "Growth Manager"

# posting phrases (the posting's own words)
S_DEGREE = "Relevant university Degree required"
S_TECH = "Experience managing technical projects"
S_WRITE = "Excellent writing skills"
S_ADMIN = "Strong administration skills"
S_REMOTE = "Proven ability to work with colleagues remotely and asynchronously"
S_KISW = "written and oral fluency in English and oral Kiswahili"

C_PM = "strong project management skills"
C_REL = "relationship building"
C_TECH = "understanding of Nepali tech industry"
C_OPEN = "open data"
C_MEDIA = "media and marketing fluency"
C_DEG = "bachelor\u2019s degree"

M_LANG = "Excelente comunicación oral y escrita tanto en español como en inglés"
M_ORG = "Excelente organización y la habilidad de documentar acciones y procesos"
M_REMOTE = "Capacidad para trabajar en forma remota"
M_INDEP = "Experiencia trabajando en forma independiente"
M_DATA = "Formación o experiencia en el uso responsable de datos"
M_INFRA = "Formación o experiencia en administración y gestión de infraestructura"
M_COMM = "Experiencia en comunidades de práctica de Ciencia Abierta"
M_PRINC = "Experiencia aplicando principios de Ciencia Abierta"
M_TEACH = "Experiencia enseñando online"

E_DEG = ("Licenciatura y Máster (o equivalente) en Ciencias Ambientales, Biología, Biología Ambiental, "
         "Matemáticas, Física o similar")
E_PHD = "Cumplir los requisitos para ser aceptado en un programa de formación de doctorado"
E_ECO = "Experiencia e interés en investigación ecológica"
E_R = "Conocimientos avanzados de estadística y programación en R"
E_EN = "Nivel alto de inglés, tanto hablado como escrito"
E_COM = "Excelentes habilidades de comunicación oral y escrita"

F_PKG = "Computer literate with demonstrable knowledge of use of financial management packages"
F_DB = "ability to use relational database software"
F_SYS = ("Demonstrable experience of establishing and developing financial management systems for large "
         "decentralised programmes")
F_TRAIN = "Experience in providing training in the use of financial systems and financial management software"
F_AUDIT = "Proven experience of internal audit systems, financial monitoring and reporting"
F_EDF = "Demonstrable knowledge of EDF procurement rules and procedures"

A_LANG = "Excellent written and spoken communication skills in English and German"
A_TOOLS = "Being comfortable working with online tools for reporting, project management, calendars, emails, password managers"
A_EXP = "Provable experience working with administrative, accounting, operations and logistics tasks"
A_CRYPTO = "General knowledge or high interest to learn about the crypto ecosystem"

K_DEG = "bachelor's or master's degree"
K_LANG = "Proficiency in English and German"

H_VRIJ = "Vrije school leerkracht"
H_KLEUTER = "kleuterspecialisatie"

J_DATA = "Djup erfarenhet av att jobba datadrivet"
J_MAT = "Erfarenhet av att designa och producera marknadsmaterial"
J_PAID = "Dokumenterad erfarenhet av att driva effektiv Paid Acquisition"
J_GA = "Erfarenhet av Google Analytics"
J_CRO = "Gedigna kunskaper inom konverteringsoptimering och A/B-testning"
J_ADOBE = "Erfarenhet av att använda Adobe's plattform eller andra professionella bildredigeringsprogram"
J_LANG = "Du skriver och talar flytande svenska och engelska"
J_COPY = "Du har vana av att skriva copy på svenska och engelska"

P_INFRA = "You have built and run infrastructure in a capital-intensive or regulated sector"
P_RAISE = "You have stood up and raised money for a new entity from nothing"
P_MAINE = "You have real relationships in Maine institutions, politics, and business"
P_FUND = "Comfort making the case for philanthropic and state funding"

LE, NR, NE = "likely_eligible", "needs_review", "not_eligible"

PAIRS = [
    # --- SIMLab, Kitale (Kenya) ---
    (R01, SIM, None, LE, "met", "n/a", [S_DEGREE, S_TECH, S_WRITE, S_ADMIN, S_REMOTE, S_KISW], [],
     "A Kenyan citizen in Kitale who manages an SMS/USSD early-warning rollout in Trans Nzoia and West Pokot, with vendor management, partner training, remote reporting, published case studies and native Kiswahili."),
    (R03, SIM, None, NR, "met", "n/a", [S_DEGREE, S_WRITE, S_ADMIN, S_KISW], [S_TECH, S_REMOTE],
     "She is a Kenyan citizen in Eldoret with fluent English and Kiswahili and solid donor reporting, but her community-health M&E work shows no technical project she managed and no remote, asynchronous teamwork."),
    (R18, SIM, None, NR, "unknown", "n/a", [S_DEGREE, S_TECH], [S_KISW],
     "Micro-hydro and mini-grid builds show technical project management, but the resume gives no location or right to live and work in Kenya (the post offers no permit) and states Kiswahili only at B1."),
    (R06, SIM, None, NE, "missing", "n/a", [S_DEGREE, S_TECH], [S_KISW],
     "A strong technical project manager, but she lives in Kathmandu with no stated right to live and work in Kenya, which the post requires without offering a permit, and she has no Kiswahili."),
    (R17, SIM, None, NE, "missing", "n/a", [S_DEGREE, S_TECH], [S_KISW],
     "He has led large technical builds and served in Kenya as a Peace Corps volunteer, but he is a US citizen in Maine with no stated right to live and work in Kenya, and his Kiswahili is intermediate."),
    # --- Code for Nepal (Kathmandu) ---
    (R06, CFN, None, LE, "met", "met", [C_PM, C_REL, C_TECH, C_OPEN, C_MEDIA, C_DEG], [],
     "Kathmandu-based project manager of an open-data lab who runs a fellowship, partnerships and volunteers, covered Nepal's tech industry as a journalist and holds a BSc CSIT, with over eight years of full-time work against two."),
    (R07, CFN, None, NE, "met", "missing", [C_DEG, C_MEDIA, C_TECH], [C_PM, C_OPEN],
     "She lives in Kathmandu and holds a BBA, but her only full-time job began in 06/2025, 1.4 of the two years of full-time professional experience required (71%), and she shows no project management or open data."),
    (R18, CFN, None, NR, "unknown", "met", [C_PM, C_REL, C_DEG], [C_TECH, C_OPEN, C_MEDIA],
     "Nineteen years of full-time work including micro-hydro project management, but the role is based in Kathmandu with in-person meetings, the resume gives no location, and nothing shows open data, media or Nepal's tech industry."),
    (R01, CFN, None, NE, "missing", "met", [C_PM, C_REL, C_DEG], [C_TECH, C_OPEN],
     "She has 8.4 years of full-time technical project management and a degree, but the project manager must be based in Kathmandu for in-person meetings and she lives in Kenya with no tie to Nepal or its tech industry."),
    (R03, CFN, None, NE, "missing", "met", [C_DEG], [C_PM, C_TECH, C_OPEN, C_MEDIA],
     "About ten years of full-time work and a degree, but she lives in Eldoret, Kenya while the role is based in Kathmandu, and her M&E background shows no project management, open data, media or knowledge of Nepal's tech industry."),
    # --- MetaDocencia (Latin America and the Caribbean, remote) ---
    (R16, META, None, LE, "met", "n/a", [M_LANG, M_ORG, M_REMOTE, M_INDEP, M_DATA, M_INFRA, M_COMM, M_PRINC, M_TEACH], [],
     "She lives in Valparaíso, teaches online open-science cohorts in Spanish and English, administers a remote team's Google Suite, GitHub, Slack, Zoom, 1Password, Trello and Mailchimp, runs impact surveys with anonymised data and mentored in OLS."),
    (R15, META, None, NR, "met", "n/a", [M_DATA], [M_LANG, M_COMM, M_PRINC, M_TEACH, M_INFRA],
     "She lives in Bogotá, inside the region, and collects, analyses and reports data, but her English is B2 and she shows no online teaching, open-science community or practice, or running of a team's software infrastructure."),
    (R14, META, None, NE, "missing", "n/a", [M_LANG], [M_COMM, M_TEACH],
     "Living in Latin America and the Caribbean is marked [Excluyente] and she lives in Barcelona; she also shows no online teaching or open-science community work."),
    (R06, META, None, NE, "missing", "n/a", [], [M_LANG],
     "The post is open only to people living in Latin America and the Caribbean and she lives in Kathmandu; she also has no Spanish."),
    # --- CREAF EDM, Barcelona (predoctoral; one research line per pair) ---
    (R14, CREAF, CREAF_L1, LE, "met", "n/a", [E_DEG, E_PHD, E_ECO, E_R, E_EN, E_COM], [],
     "A Barcelona-based EU citizen with a BSc in environmental sciences and an MSc in ecology whose thesis measured the elemental composition of spring bryophytes, with advanced R, C1 English, a first-author manuscript and a congress talk."),
    (R16, CREAF, CREAF_L2, LE, "met", "n/a", [E_DEG, E_PHD, E_ECO, E_R, E_EN, E_COM], [],
     "Her Spanish citizenship gives her the right to work in Spain; she holds a licenciatura and magíster in marine biology and ecology, measured C:N:P in intertidal organisms, uses R at an advanced level and has C1 English."),
    (R02, CREAF, CREAF_L3, NR, "met", "n/a", [E_DEG, E_PHD, E_ECO, E_EN], [E_R],
     "An EU citizen with a BSc and MSc in agronomy whose thesis studied crop stoichiometry and yield, a close fit for the crops line, but she rates her R as intermediate where advanced statistics and R are required."),
    (R15, CREAF, CREAF_L5, NE, "missing", "n/a", [E_DEG, E_PHD, E_ECO, E_R], [E_EN],
     "Her MSc, remote-sensing work on ecosystem resilience and advanced R suit the destabilisation line, but the contract is in Barcelona and she is a Colombian citizen in Bogotá with no stated right to work in Spain (and English at B2)."),
    (R12, CREAF, CREAF_L5, NE, "met", "n/a", [E_EN], [E_DEG, E_ECO, E_R],
     "As an EU citizen she could work in Spain, but she is a performance marketer with a business BSc and no master's, ecological research or R, so the core of a predoctoral ecology post is absent."),
    # --- EPM Finance Manager, Lilongwe (Malawi) ---
    (R04, EPM, None, LE, "met", "met", [F_PKG, F_DB, F_SYS, F_TRAIN, F_AUDIT, F_EDF], [],
     "A Malawian head of finance in Lilongwe since 2013 (well over 8 years) on EU/EDF programmes, who built the decentralised financial system for 14 district councils, trained 120 finance officers, set up internal audit and works under EDF procurement rules."),
    (R05, EPM, None, NR, "met", "partial", [F_PKG, F_DB, F_SYS, F_TRAIN, F_AUDIT, F_EDF], [],
     "Her Malawi Temporary Employment Permit and twelve years of EU-funded programme finance fit, but she has headed a finance department only since 2020-06, 6.4 of the 8 years required (80%)."),
    (R18, EPM, None, NR, "unknown", "met", [F_PKG, F_DB, F_SYS, F_TRAIN, F_AUDIT], [F_EDF],
     "Sep 2010 to Dec 2018 as head of finance of an EU- and development-bank-funded programme gives 8.25 years, and the systems, training and audit work fit, but the post is in Malawi, the resume gives no location, and EDF rules are not shown."),
    (R03, EPM, None, NE, "missing", "missing", [], [F_PKG, F_SYS, F_TRAIN, F_AUDIT, F_EDF],
     "An M&E officer in Eldoret who tracks an activity budget: she has no years as head of finance or in financial management, and no right to work in Malawi."),
    # --- Aragon One Office Manager, Zug ---
    (R09, ARA, None, LE, "met", "n/a", [A_LANG, A_TOOLS, A_EXP, A_CRYPTO], [],
     "Her Swiss B permit covers Zug; she runs the office, payroll inputs, invoices, budget and shipping logistics of a Zürich start-up, administers 1Password and Asana, has C1 German and C2 English and a stated interest in crypto."),
    (R08, ARA, None, NR, "met", "n/a", [A_TOOLS, A_CRYPTO], [A_LANG, A_EXP],
     "Her Swiss G permit is a work permit in Switzerland and she runs a blockchain hub's front office and events, but her English is B1 and nothing shows accounting."),
    (R05, ARA, None, NE, "missing", "n/a", [A_EXP], [A_LANG],
     "Accounting, procurement, fleet and office administration fit, but she lives in Lilongwe with no Schengen visa or Swiss work permit, and she has no German."),
    (R13, ARA, None, NE, "missing", "n/a", [], [A_LANG, A_EXP],
     "Her permit is Swedish, not Swiss, and she lives in Göteborg; she is a performance marketer with no German and no administrative or accounting work."),
    (R04, ARA, None, NE, "missing", "n/a", [], [A_LANG],
     "A head of finance in Lilongwe with no Schengen visa or Swiss work permit and no German, applying for an office manager post in Zug."),
    # --- Koj internship (remote) ---
    (R07, KOJ, None, LE, "n/a", "n/a", [K_DEG, K_LANG], [],
     "A new BBA graduate with a 3.72 CGPA, C1 English and a Goethe C1 certificate in German; the internship is remote, so Kathmandu is no obstacle."),
    (R02, KOJ, None, LE, "n/a", "n/a", [K_DEG, K_LANG], [],
     "An MSc graduate (110/110) with native German and C1 English meets both stated requirements of a remote internship that does not mind what was studied."),
    (R11, KOJ, None, LE, "n/a", "n/a", [K_DEG, K_LANG], [],
     "A BEd graduate with native English and C1 German from a Waldorf training taught in Stuttgart; the internship is remote and does not mind what was studied."),
    (R12, KOJ, None, LE, "n/a", "n/a", [K_DEG, K_LANG], [],
     "A BSc in business and economics, C2 English and C1 German from two years in Berlin meet both stated requirements of this remote internship."),
    (R08, KOJ, None, NR, "n/a", "n/a", [K_DEG], [K_LANG],
     "She has a B.A. and native German, but her English is B1, short of the proficiency asked."),
    (R09, KOJ, None, NR, "n/a", "n/a", [K_LANG], [K_DEG],
     "C1 German and C2 English fit, but her highest qualification is an upper-secondary vocational diploma and the internship asks for a bachelor's or master's degree."),
    (R10, KOJ, None, NR, "n/a", "n/a", [K_DEG], [K_LANG],
     "Her pabo is a bachelor's degree and her English is C1, but her German is B2, below proficiency."),
    (R13, KOJ, None, NR, "n/a", "n/a", [K_DEG], [K_LANG],
     "She has a BA and C1 English, but no German at all."),
    (R14, KOJ, None, NR, "n/a", "n/a", [K_DEG], [K_LANG],
     "A BSc and MSc with C1 English, but no German."),
    # --- School de Hofakker, Vorden ---
    (R11, HOF, HOF_KLAS, LE, "met", "n/a", [H_VRIJ], [],
     "A Waldorf (Steiner, that is vrije school) class teacher who has taught Grades 1 to 6, and her Dutch citizenship gives her the right to work in the Netherlands."),
    (R10, HOF, HOF_INVAL, NR, "met", "n/a", [H_KLEUTER], [H_VRIJ],
     "A Dutch kindergarten teacher in Zutphen with a jonge-kind specialisation and years of substitute work, but nothing shows vrije school (Steiner) training or experience, which the school asks for."),
    (R08, HOF, HOF_INVAL, NE, "met", "n/a", [], [H_VRIJ, H_KLEUTER],
     "As an EU citizen she may work in the Netherlands, but she is an event and office coordinator with no teaching qualification, so the core trade is absent."),
    # --- Just Arrived (Sweden; the page names no place) ---
    (R12, JA, JA_GROWTH, LE, "n/a", "met", [J_DATA, J_MAT, J_PAID, J_GA, J_CRO, J_ADOBE, J_LANG, J_COPY], [],
     "Seven years of digital marketing since Sep 2019 with paid acquisition on Meta and Google, GA4, A/B tests and CRO, Adobe design work and Swedish and English copy, against a minimum of two."),
    (R13, JA, JA_GROWTH, NR, "n/a", "met", [J_DATA, J_MAT, J_PAID, J_GA, J_CRO, J_ADOBE], [J_LANG, J_COPY],
     "7.75 years of performance marketing with paid acquisition, GA4, A/B testing and Adobe creative work, but Swedish at B1 falls short of fluent Swedish and of writing Swedish copy."),
    (R08, JA, JA_GROWTH, NE, "n/a", "missing", [], [J_PAID, J_GA, J_LANG],
     "An event and community coordinator who posts on social media: no performance-marketing experience against a minimum of two years, and no Swedish."),
    (R07, JA, JA_GROWTH, NE, "n/a", "missing", [J_PAID, J_GA], [J_LANG, J_COPY],
     "Her paid Meta and Google campaigns since 06/2025 give 1.4 years of digital marketing against a minimum of two (71%), and she has no Swedish."),
    # --- Public AI / MOCSI, Maine (hybrid) ---
    (R17, MOCSI, None, LE, "met", "n/a", [P_INFRA, P_RAISE, P_MAINE, P_FUND], [],
     "A US citizen in Bangor who founded a broadband co-op from nothing, raised $31M from grants, lenders and members, built and runs a 640-mile fiber network, and works with the Governor's office, the Maine Connectivity Authority and the Legislature."),
    (R18, MOCSI, None, NR, "unknown", "n/a", [P_INFRA, P_RAISE, P_FUND], [P_MAINE],
     "They founded, financed and run a licensed energy infrastructure company, but the role is in Maine (hybrid), the resume gives no location, and it shows no relationships in Maine."),
    (R04, MOCSI, None, NE, "missing", "n/a", [], [P_INFRA, P_RAISE, P_MAINE, P_FUND],
     "A head of finance in Lilongwe with no stated US work right, no infrastructure-building or founding experience and no ties to Maine."),
]


def main():
    with OUT.open("w", encoding="utf-8") as fh:
        for resume, posting, role, verdict, loc, years, met, missing, why in PAIRS:
            row = {"resume": resume, "posting": posting, "verdict": verdict, "location": loc,
                   "years": years, "skills_met": met, "skills_missing": missing, "why": why}
            if role:
                row["role"] = role
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(PAIRS)} pairs to {OUT}")


if __name__ == "__main__":
    main()
