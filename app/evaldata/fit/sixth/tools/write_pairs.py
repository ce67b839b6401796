"""Write pairs.jsonl from the hand-written expectations below (no project code, nothing computed).

Every value was written by reading the resume and the posting text only, before validate.py ran.
Run: python3 tools/write_pairs.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "pairs.jsonl"

UERJ = "deca-uerj-lagex-bolsista-qualitec"
HBZ = "deca-hbz-projektkoordinatorin-koeln"
DINUM = "deca-dinum-minumeco-apprenti-numerique-responsable"
SCBI = "deca-scbi-forestgeo-crew-lead"
CCRS = "deca-ccrs-climate-modelling-scientist-singapore"

R01 = "01-geophysicist-niteroi.md"
R02 = "02-tecnica-sismica-macae.txt"
R03 = "03-ocean-modeller-singapore.json"
R04 = "04-climate-postdoc-singapore.pdf"
R05 = "05-informationswissenschaftlerin-koeln.docx"
R06 = "06-etudiante-communication-lyon.md"
R07 = "07-research-data-steward-no-location.tex"
R08 = "08-forestry-technician-harrisonburg.txt"
R09 = "09-ecology-student-montpellier.md"

# must-haves in the postings' own words
U1 = "Graduação em geofísica, física, engenharia, computação, oceanografia, geologia ou áreas afins"
U2 = "Conhecimentos básicos de matemática, física, computação e métodos numéricos"
U3 = "Noções básicas de alguma linguagem de programação"
U4 = "Mestrado ou Doutorado (ou mínimo 5 anos de experiência profissional comprovada)"

C1 = "PhD degree (or equivalent) in atmospheric or marine sciences, fluid dynamics or a related field"
C3 = "High level of proficiency in scientific programming (e.g., Fortran, Python) and experience of using HPC"
C4 = "Experience working as part of a multi-disciplinary, diverse scientific team"

H1 = "abgeschlossenes Hochschul- oder Fachhochschulstudium"
H2 = "Kenntnisse in der Planung, Koordinierung und Durchführung von (IT-) Projekten"
H3 = "praktische Erfahrung und hohe Identifikation mit offenen Ansätzen"
H4 = "Kenntnisse im Bereich Forschungsdatenmanagement und Standards bibliothekarischer Metadaten"
H5 = "Erfahrungen in der verständlichen Vermittlung technischer Sachverhalte"
H6 = "gute Kenntnisse der deutschen und englischen Sprache in Wort und Schrift"
H7 = "Erfahrung im Schreiben von Blogbeiträgen"

D1 = "Vous préparez un master ou équivalent"

S1 = "undergraduate degree in forest ecology, botany, conservation biology, or a related field"
S2 = "understanding of and/or ability to quickly learn forest mensuration techniques, including mapping"
S3 = "ability to lead others through the collection of accurate and detailed data using tablets"

PAIRS = [
    # --- UERJ LAGEX bolsa (Rio de Janeiro) ---
    (R03, UERJ, "likely_eligible", "met", "n/a", [U1, U2, U3, U4], [],
     "A Brazilian citizen with a BSc in oceanography and a PhD in physical oceanography who writes Fortran and Python models, so he meets every requirement; living in Singapore does not matter because his citizenship covers Brazil."),
    (R04, UERJ, "likely_eligible", "met", "n/a", [U1, U2, U3, U4], [],
     "A Brazilian national (stated in her summary) with a BSc and a PhD in meteorology, a field close to geophysics, who programs in Fortran and Python and knows numerical methods for geophysical fluids."),
    (R02, UERJ, "needs_review", "met", "partial", [U1, U2, U3], [U4],
     "A Brazilian geology graduate in Macaé with numerical calculus and basic Python, but without a master's or PhD she relies on professional experience, and 05/2022 to now is 4.5 of the 5 years (90%)."),
    (R07, UERJ, "needs_review", "unknown", "n/a", [U1, U2, U3, U4], [],
     "A geology BSc with an MSc, numerical methods and Python fits the requirements, but the resume names no place of residence or nationality, so his right to take up a 40-hour post in Rio is unknown."),
    (R01, UERJ, "not_eligible", "met", "missing", [U1, U2, U3], [U4],
     "A Brazilian geophysics graduate in Niterói who codes in Python, but he has no master's or PhD and only 3.6 years of paid geophysical work since April 2023 against the 5 years that would replace them (72%)."),
    (R08, UERJ, "not_eligible", "missing", "missing", [U3], [U1, U2, U4],
     "A US forester in Virginia with no stated right to work in Brazil, a forestry degree outside the listed fields, no master's and no professional experience in geoscience or computing."),
    # --- CCRS Singapore ---
    (R03, CCRS, "likely_eligible", "met", "met", [C1, C3, C4], [],
     "A Singapore Permanent Resident with a PhD in physical oceanography and nearly nine years of post-PhD NEMO and ROMS modelling on HPC, working with meteorologists and engineers."),
    (R04, CCRS, "needs_review", "met", "partial", [C1, C3, C4], [],
     "She lives in Singapore, holds a PhD in meteorology and runs coupled WRF–ROMS experiments in Fortran and Python on HPC, but her post-PhD modelling research started 06/2024: 2.4 of the 3 years (81%)."),
    (R01, CCRS, "not_eligible", "missing", "missing", [], [C1, C3],
     "He lives in Niterói with no stated right to work in Singapore, has a BSc but no PhD, no HPC experience and no ocean-modelling research years."),
    (R02, CCRS, "not_eligible", "missing", "missing", [], [C1, C3],
     "She lives in Macaé with no stated right to work in Singapore, has no PhD, only basic Python and no research years in ocean or coupled modelling."),
    (R08, CCRS, "not_eligible", "missing", "missing", [], [C1, C3],
     "A forest inventory crew lead in Virginia with no right to work in Singapore, no PhD and no modelling research: the core trade is absent."),
    # --- hbz Projektkoordinator*in (Köln) ---
    (R05, HBZ, "likely_eligible", "met", "n/a", [H1, H2, H3, H4, H5, H6, H7], [],
     "A Cologne information scientist (M.A.) who coordinates a research-data repository project, works with DataCite, Dublin Core and MARC21, trains researchers, writes for the library blog and speaks native German and C1 English."),
    (R07, HBZ, "needs_review", "unknown", "n/a", [H1, H2, H3, H4, H5], [H6, H7],
     "A research data steward who coordinates repository projects and metadata profiles and teaches them well, but the resume gives no place or nationality, his German is B1 and he shows no blog writing."),
    (R06, HBZ, "needs_review", "met", "n/a", [H1, H2, H7], [H3, H4, H5, H6],
     "A French (EU) communication student with a completed Licence who coordinated a city campaign and wrote blog articles, but she has no German, no research-data or library-metadata knowledge and no open-data practice."),
    (R09, HBZ, "not_eligible", "met", "n/a", [H1], [H2, H4, H6, H7],
     "As a French citizen she may work in Germany and has a Licence, but she is an ecology student with no project coordination, no library or research-data work and no German: the core trade is absent."),
    # --- DINUM apprenticeship (no place named) ---
    (R06, DINUM, "likely_eligible", "n/a", "n/a", [D1], [],
     "She is in the first year of a Master in communication publique (2025–2027), one of the listed fields, and already coordinates events and writes web content."),
    (R09, DINUM, "likely_eligible", "n/a", "n/a", [D1], [],
     "She is preparing a master's in ecology on an ecological-transition track (M2 in 2026–2027), which falls under the listed transition écologique field."),
    (R05, DINUM, "needs_review", "n/a", "n/a", [], [D1],
     "She could do the work, but she finished her M.A. in 2016 and is not preparing a master's, which this apprenticeship requires."),
    (R07, DINUM, "needs_review", "n/a", "n/a", [], [D1],
     "He coordinates data projects, but his MSc ended in 2019 and nothing shows a master's in preparation, which the apprenticeship requires."),
    # --- SCBI ForestGEO crew lead (Front Royal, Virginia) ---
    (R08, SCBI, "likely_eligible", "met", "n/a", [S1, S2, S3], [],
     "A US citizen in Virginia with a forestry BS who has led inventory crews since 2021, stem-maps with a laser rangefinder and collects plot data on Field Maps tablets."),
    (R09, SCBI, "needs_review", "met", "n/a", [S1, S2], [S3],
     "A French–US dual citizen (stated in her summary) with a biology and ecology Licence and a paid tree-census season, but she worked under a crew chief on paper sheets and has never led a crew or used tablets."),
    (R01, SCBI, "not_eligible", "missing", "n/a", [], [S1, S2, S3],
     "A Brazilian geophysicist in Niterói with no US citizenship, residence or visa, and no forest ecology background."),
    (R02, SCBI, "not_eligible", "missing", "n/a", [], [S1, S2, S3],
     "A Brazilian seismic-processing geologist with no US status and no forest census or botany background."),
    (R03, SCBI, "not_eligible", "missing", "n/a", [], [S1, S2, S3],
     "An ocean modeller who is a Brazilian citizen and Singapore resident, with no US status and no forest field work."),
]


def main():
    with OUT.open("w", encoding="utf-8") as f:
        for r, p, v, loc, yrs, met, miss, why in PAIRS:
            f.write(json.dumps({"resume": r, "posting": p, "verdict": v, "location": loc, "years": yrs,
                                "skills_met": met, "skills_missing": miss, "why": why},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(PAIRS)} pairs")


if __name__ == "__main__":
    main()
