"""Build the DOCX resume (05) with python-docx (no project code).

Layout on purpose: German; a two-column table per section with the date range in the left cell
and title, employer and bullets in the right cell; a parental-leave break as its own row.
Run: /work/main/.venv/bin/python tools/build_docx.py
"""
from pathlib import Path

import docx
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parents[1] / "resumes"


def build_05():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Svenja Krüger-Adebayo"); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph("Informationswissenschaftlerin (M.A.) · Projektkoordination Forschungsdatenmanagement")
    d.add_paragraph("Köln · svenja.krueger@example.de · 0221 555 01 87")

    def section(title, rows):
        d.add_heading(title, level=2)
        t = d.add_table(rows=0, cols=2)
        for when, head, lines in rows:
            c = t.add_row().cells
            c[0].width = Cm(3.2); c[1].width = Cm(13)
            c[0].text = when
            para = c[1].paragraphs[0]
            rr = para.add_run(head); rr.bold = True
            for line in lines:
                c[1].add_paragraph(line, style="List Bullet")

    d.add_heading("Profil", level=2)
    d.add_paragraph(
        "Bibliothekarin und Informationswissenschaftlerin mit zehn Jahren Erfahrung mit Metadaten "
        "und Forschungsdaten. Ich koordiniere Projekte zwischen Bibliothek, Rechenzentrum und "
        "Forschenden, erkläre technische Standards verständlich und schreibe gern darüber.")
    section("Berufserfahrung", [
        ("03/2019 – heute", "Projektkoordinatorin Forschungsdatenmanagement, Hochschulbibliothek Rheinland, Köln", [
            "Koordination des Landesprojekts zum Aufbau eines Forschungsdaten-Repositoriums: Zeit- und Budgetplanung, Steuerungsgruppe, zwei Entwickler*innen eines IT-Dienstleisters.",
            "Metadatenprofile auf Basis von DataCite und Dublin Core; Mapping aus MARC21 und RDA-Katalogdaten.",
            "Schulungen und Sprechstunden für Forschende; Beiträge im Bibliotheksblog (ca. 20 Artikel) zu Open Access und Open Data.",
            "Mitarbeit in der AG Metadaten eines regionalen Bibliotheksverbunds; Vorträge auf Fachtagungen.",
        ]),
        ("07/2021 – 06/2022", "Elternzeit", []),
        ("10/2016 – 02/2019", "Wissenschaftliche Bibliothekarin (Metadaten), Landesbibliothek am Rhein, Düsseldorf", [
            "Katalogisierung nach RDA in MARC21, Normdatenpflege (GND).",
            "Mitarbeit an der Open-Access-Strategie und am Umzug des Publikationsservers auf Open-Source-Software.",
        ]),
    ])
    section("Ausbildung", [
        ("2014 – 2016", "M.A. Bibliotheks- und Informationswissenschaft, Technische Hochschule Köln", []),
        ("2010 – 2014", "B.A. Geschichte und Germanistik, Universität Bonn", []),
    ])
    d.add_heading("Kenntnisse", level=2)
    d.add_paragraph("DataCite, Dublin Core, MARC21, RDA, GND · Git und GitHub, OpenRefine, SQL-Grundlagen · "
                    "Projektmanagement (Jira, Kanban) · Open Access, Open Data, Open Source")
    d.add_heading("Ehrenamt", level=2)
    d.add_paragraph("Seit 2018 Lesepatin an einer Grundschule in Köln-Ehrenfeld: jeden Dienstag eine Stunde "
                    "Vorlesen und gemeinsames Lesen mit Kindern der zweiten und dritten Klasse; "
                    "Organisation des jährlichen Bücherflohmarkts für den Förderverein.")
    d.add_heading("Sprachen", level=2)
    d.add_paragraph("Deutsch (Muttersprache) · Englisch (C1, verhandlungssicher) · Französisch (B1)")
    d.save(OUT / "05-informationswissenschaftlerin-koeln.docx")


if __name__ == "__main__":
    build_05()
    print("built 05")
