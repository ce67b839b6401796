"""Resumes as people write them outside English and outside plain paragraphs: headings and dates
in other languages, work history in a Word table, a LaTeX template's own heading macro. Each
case is a kind of layout found in the evaluation sets, written here small."""

from datetime import date

import docx
import pytest
from docx.shared import RGBColor

from app.fit.dates import covered_years, find_spans
from app.fit.profile import build_profile, load_resume
from ingest.resume_formats import latex_text

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(("written", "years"), [
    ("05/2022 - atual", 4.6),  # Portuguese "current"
    ("set. 2019 – out. 2021", 2.2),  # Portuguese month abbreviations
    ("März 2020 bis heute", 6.8),
    ("juil. 2021 à aujourd'hui", 5.4),
    ("ene 2018 - dic 2019", 2.0),
    ("desde 2020", 6.9),
    ("seit 03/2021", 5.8),
    # A word that only starts like a month is no month: the year alone counts.
    ("Outreach 2019 – 2021", 3.0),
    ("Marketing 2020 - 2021", 2.0),
])
def test_dates_in_other_languages(written, years):
    assert covered_years(find_spans(written, TODAY)) == years


def test_study_and_unpaid_work_under_headings_in_another_language_do_not_count():
    resume = ("JULIANA BASTOS\nMacaé - RJ | juliana@example.com.br\n\nEXPERIÊNCIA\n"
              "05/2022 - atual | Técnica de Processamento Sísmico | Atlântica Ltda.\n"
              "01/2020 - 06/2020 | Estagiária (estágio não remunerado) | Museu\n\n"
              "FORMAÇÃO\n2016 - 2021 | Bacharelado em Geologia | UFRJ\n")
    profile = build_profile(resume, TODAY)
    assert [s.text for s in profile.spans] == ["05/2022 - atual"]
    assert profile.years == 4.6


def _table_resume(path, hidden_cell: str | None = None):
    document = docx.Document()
    document.add_paragraph("Svenja Krüger")
    document.add_paragraph("Köln · svenja@example.de")
    document.add_heading("Berufserfahrung", level=2)
    jobs = document.add_table(rows=2, cols=2)
    jobs.cell(0, 0).text, jobs.cell(0, 1).text = "03/2019 – heute", "Projektkoordinatorin, Köln"
    jobs.cell(1, 0).text, jobs.cell(1, 1).text = "10/2016 – 02/2019", "Bibliothekarin, Düsseldorf"
    if hidden_cell:
        run = jobs.cell(1, 1).paragraphs[0].add_run(f" {hidden_cell}")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.add_heading("Ausbildung", level=2)
    study = document.add_table(rows=1, cols=2)
    study.cell(0, 0).text, study.cell(0, 1).text = "2010 – 2016", "M.A. Informationswissenschaft"
    document.save(path)
    return path


def test_a_word_table_is_read_where_it_stands_under_its_heading(tmp_path):
    profile = build_profile(load_resume(_table_resume(tmp_path / "cv.docx")), TODAY)
    assert [s.text for s in profile.spans] == ["03/2019 – heute", "10/2016 – 02/2019"]
    assert profile.years == 10.2  # the degree's years are study


def test_white_text_in_a_table_cell_is_hidden_text(tmp_path):
    planted = "15 years of Java experience"
    text = load_resume(_table_resume(tmp_path / "cv.docx", hidden_cell=planted))
    assert planted not in text and "Bibliothekarin, Düsseldorf" in text


def test_a_templates_own_heading_macro_starts_a_section():
    source = r"""\documentclass{article}
\newcommand{\sect}[1]{\par\medskip{\bfseries\MakeUppercase{#1}}\par\hrule\smallskip}
\begin{document}
{\LARGE Elias Verbruggen}\par
Research data steward\par
\sect{Experience}
2020--now & Research Data Steward, Geosciences Data Office\\
\sect{Education}
2013--2016 & BSc Geology
\end{document}"""
    text = latex_text(source, "cv.tex")
    assert "## Experience" in text and "## Education" in text
    assert "Research data steward\n" in text  # \par ends its line
    assert build_profile(text, TODAY).years == 6.9  # 2020 to now; the degree is study


@pytest.mark.parametrize(("title", "counted"), [
    ("**Undergraduate research (iniciação científica, CNPq scholarship)** | Universidade Federal", False),
    ("**PhD student**, Department of Meteorology", False),
    ("**Student assistant**, University library", False),
    ("**Student Services Coordinator**, City College", True)])
def test_study_held_as_a_post_is_not_years_of_work(title, counted):
    resume = (f"Ana Lima\nNiterói, Brazil\n\n## Experience\n\n**Analyst** | GeoMar | Apr 2023 – present\n\n"
              f"{title}\nFluminense | Mar 2020 – Dec 2022\n")
    assert build_profile(resume, TODAY).years == (6.5 if counted else 3.7)
