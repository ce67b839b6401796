"""JSON Resume and LaTeX resumes: the real files of the real-format set read as resume text.

The expectations below were written from reading each file, before the converters ran:
- "Present" (or a JSON Resume job without an end date) counts up to November 2026, the set's
  date of reading (app/evaldata/fit/real/SOURCES.md).
- Years are dated work only (volunteering, education and projects are left out), each month
  counted once, with a tolerance of 0.1 year for month rounding:
  07 Richard Hendriks: Dec 2013 - Dec 2014, 13 months = 1.1.
  08 Devika Raghunath: May 2024 - Dec 2024 and Jan 2025 - Present, 8 + 23 months = 2.6.
  09 Tamsin Arrowsmith: Mar 2022 - Jun 2023 and Aug 2023 - Present, 16 + 40 months = 4.7.
  10 Elodie Brandt: May 2019 - Present with no gap, 91 months = 7.6.
  01 Jake Ryan: Sep. 2018 - Present covers the other two jobs, 99 months = 8.2.
  03 moderncv's John Doe: every job is dated "year--year", so no years at all.
- Location: JSON Resume's basics.location as "City, Region, Country" (the country code spelled
  out); Jake Ryan's first place is his school's "Georgetown, TX"; moderncv's address is a
  placeholder ("postcode city"), so no location.
"""

import re
from datetime import date
from pathlib import Path

import pytest

from app.fit.profile import build_profile, load_resume, resume_from_upload
from ingest.errors import InputError
from ingest.resume_formats import json_resume_text, latex_text

REAL = Path(__file__).parent.parent / "app" / "evaldata" / "fit" / "real" / "resumes"
TODAY = date(2026, 11, 29)
YEARS_TOLERANCE = 0.1

# file, name, location, years, lexicon skills, words a "Skills"-like section must show
EXPECTED = [
    ("07-richard-hendriks.json", "Richard Hendriks", "San Francisco, California, United States", 1.1,
     set(), ["Javascript", "HTML", "CSS"]),
    ("08-translator-kochi.json", "Devika Raghunath", "Kochi, Kerala, India", 2.6,
     set(), ["Translation", "Transifex", "Malayalam"]),
    ("09-ornithologist-perth.json", "Tamsin Arrowsmith", "Perth, Western Australia, Australia", 4.7,
     set(), ["Mist netting", "Nest searching", "QGIS"]),
    ("10-policy-analyst-ottawa.json", "Élodie Brandt", "Ottawa, Ontario, Canada", 7.6,
     {"Collaboration"}, ["Privacy", "Power BI", "French"]),
    ("01-jake-ryan.tex", "Jake Ryan", "Georgetown, TX", 8.2,
     {"Java", "Python", "Docker", "GCP"}, ["JavaScript", "HTML/CSS", "Flask"]),
    ("03-moderncv-template.tex", "John Doe", None, None,
     {"Python"}, ["Python", "Linux"]),
]


@pytest.mark.parametrize("case", EXPECTED, ids=[c[0] for c in EXPECTED])
def test_real_file_gives_the_expected_profile(case):
    file, name, location, years, skills, shown = case
    profile = build_profile(load_resume(REAL / file), today=TODAY)
    assert profile.name == name
    assert profile.location == location
    if years is None:
        assert profile.years is None
    else:
        assert profile.years_source == "dates"
        assert abs(profile.years - years) <= YEARS_TOLERANCE, profile.years
    assert skills <= set(profile.skills), sorted(profile.skills)
    skill_text = " ".join(ln.text for ln in profile.lines
                          if re.search(r"skill|language", ln.section, re.I))
    for word in shown:
        assert word in skill_text, (word, skill_text)


@pytest.mark.parametrize("file", [c[0] for c in EXPECTED])
def test_output_has_no_json_or_latex_syntax(file):
    text = load_resume(REAL / file)
    assert not re.search(r"[{}]|\\[A-Za-z@]+|\\\\", text), text
    assert not re.search(r'"\w+"\s*:', text)  # no JSON keys
    assert "%" not in text or file.endswith(".json")  # LaTeX comments are gone


def test_json_resume_sections_and_job_lines():
    text = load_resume(REAL / "07-richard-hendriks.json")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[0] == "Richard Hendriks"
    assert "## Experience" in lines and "## Education" in lines and "## Skills" in lines
    assert lines.index("## Experience") < lines.index("## Volunteering") < lines.index("## Education")
    assert "CEO/President, Pied Piper  Dec 2013 - Dec 2014" in lines
    assert "- Successfully won Techcrunch Disrupt" in lines
    assert "Web Development: HTML, CSS, Javascript" in lines
    assert "2712 Broadway St" not in text and "94115" not in text  # never the street address
    profile = build_profile(text, today=TODAY)
    volunteering = [ln for ln in profile.lines if ln.section == "Volunteering"]
    assert any("CoderDojo" in ln.text for ln in volunteering)


def test_json_resume_v0_keys_and_open_end_date():
    # 09 uses the older schema's "company" and an empty endDate for the current job.
    text = load_resume(REAL / "09-ornithologist-perth.json")
    assert "Field Assistant - Passerine Monitoring, Swan Coastal Bird Observatory  Aug 2023 - Present" \
        in text


def test_latex_keeps_macro_arguments_on_their_own_lines():
    text = load_resume(REAL / "01-jake-ryan.tex")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[0] == "Jake Ryan"
    job = lines.index("Undergraduate Research Assistant")
    assert re.fullmatch(r"June 2020 [-–] Present", lines[job + 1])
    assert lines[job + 2:job + 4] == ["Texas A&M University", "College Station, TX"]
    assert lines.index("## Education") < lines.index("## Experience") < job
    assert "- Developed a game in Java to test the generated dungeons" in lines
    # The skills sit in an \item whose label is empty: a list item.
    assert "- Languages: Java, Python, C/C++, SQL (Postgres), JavaScript, HTML/CSS, R" in lines
    assert "Sourabh" not in text  # a commented-out heading stays out


def test_moderncv_header_comes_from_the_preamble():
    text = load_resume(REAL / "03-moderncv-template.tex")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[0] == "John Doe"
    assert "Résumé title" in lines[:4]
    assert "picture" not in lines  # the photo's file name is no text
    job = lines.index("Job title")
    assert lines[job - 1] == "year–year" and lines[job + 1] == "Employer"
    assert "- Achievement 1" in lines


def test_unknown_macros_keep_their_arguments():
    tex = (r"\documentclass{article}\begin{document}\section{Experience}"
           "\n\\myjob{Data Analyst}{Acme Ltd}{Mar 2020 -- Present} % a comment\n"
           r"\mystuff{Python and SQL}\end{document}")
    lines = [ln.strip() for ln in latex_text(tex, "x.tex").splitlines() if ln.strip()]
    assert lines == ["## Experience", "Data Analyst", "Acme Ltd", "Mar 2020 – Present",
                     "Python and SQL"]


def test_upload_reads_the_new_formats():
    data = (REAL / "08-translator-kochi.json").read_bytes()
    assert resume_from_upload(data, "cv.json").startswith("Devika Raghunath")
    data = (REAL / "01-jake-ryan.tex").read_bytes()
    assert resume_from_upload(data, "cv.tex").startswith("Jake Ryan")


@pytest.mark.parametrize("name, data, says", [
    ("broken.json", b'{"basics": {"name": "A B",}', "not valid JSON"),
    ("list.json", b'[{"basics": {"name": "A B"}}]', "not a JSON Resume"),
    ("other.json", b'{"title": "Engineer", "company": "Acme"}', "not a JSON Resume"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON"),
    ("empty.tex", b"  \n", "empty"),
    ("binary.tex", bytes(range(256)) * 8, "binary"),
    ("plain.tex", b"Jane Doe\nExperience\nData Analyst, Acme 2020 - 2024\n", "not LaTeX"),
    ("blank.tex", b"\\documentclass{article}\\begin{document}\\vspace{1em}\\end{document}", "no text"),
])
def test_bad_inputs_are_one_line_errors(tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    for read in (lambda: load_resume(path), lambda: resume_from_upload(data, name)):
        with pytest.raises(InputError) as error:
            read()
        message = str(error.value)
        assert says in message and "\n" not in message and message.startswith(name)


def test_wrong_field_types_do_not_break_the_reader():
    text = json_resume_text('{"basics": {"name": "Ana Lima", "location": "Lisbon"}, '
                            '"work": [{"position": 3, "highlights": "not a list"}, "junk", '
                            '{"position": "Analyst", "name": "Acme", "startDate": "2020-02"}], '
                            '"skills": {"name": "x"}}', "a.json")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[0] == "Ana Lima" and "Analyst, Acme  Feb 2020 - Present" in lines


def test_size_limit_holds_for_the_new_formats(tmp_path):
    big = tmp_path / "big.json"
    big.write_text('{"basics": {"summary": "' + "x" * 2_100_000 + '"}}')
    with pytest.raises(InputError, match="limit"):
        load_resume(big)
    with pytest.raises(InputError, match="limit"):
        resume_from_upload(big.read_bytes(), "big.json")


def test_a_huge_latex_source_is_refused_before_parsing():
    from ingest.resume_formats import MAX_LATEX_CHARS

    tex = "\\section{Experience}\n" + "\\cvitem{Skill}{Python}\n" * (MAX_LATEX_CHARS // 20)
    with pytest.raises(InputError, match="limit"):
        resume_from_upload(tex.encode(), "cv.tex")


def test_postings_still_refuse_the_resume_only_formats(tmp_path):
    from ingest.load import load_source

    path = tmp_path / "posting.json"
    path.write_text('{"basics": {"name": "A B"}}')
    with pytest.raises(InputError, match="unsupported file type"):
        load_source(path, max_bytes=1_000_000)


def test_the_page_accepts_the_new_formats(make_assistant, tmp_path):
    from app.ui.resume import RESUME_TYPES, read_upload
    from tests.test_web import services

    assert {".json", ".tex"} <= set(RESUME_TYPES)
    svc = services(make_assistant(), tmp_path)
    upload = svc.files.root / "0f" / "cv.tex"
    upload.parent.mkdir(parents=True)
    upload.write_bytes((REAL / "01-jake-ryan.tex").read_bytes())
    assert read_upload(svc, str(upload)).startswith("Jake Ryan")
    assert not upload.exists()  # the uploaded copy is deleted once read


def test_awesome_cv_shape():
    # Awesome-CV's macros, with invented content (its own examples are a real person's resume).
    tex = r"""\documentclass[11pt, a4paper]{awesome-cv}
\name{Ada}{Quinn}
\position{Data Engineer{\enskip\cdotp\enskip}Analyst}
\address{Wellington, New Zealand}
\email{ada@example.org}
\begin{document}
\makecvheader
\cvsection{Experience}
\begin{cventries}
  \cventry
    {Data Engineer} % Job title
    {Kiwi Rail Data} % Organization
    {Wellington, New Zealand} % Location
    {Mar. 2021 - Present} % Date(s)
    {
      \begin{cvitems}
        \item {Built Airflow pipelines in Python and SQL.}
      \end{cvitems}
    }
\end{cventries}
\cvsection{Skills}
\begin{cvskills}
  \cvskill{Languages}{Python, SQL, Scala}
\end{cvskills}
\makecvfooter{\today}{Ada Quinn~~~·~~~Résumé}{\thepage}
\end{document}
"""
    text = latex_text(tex, "cv.tex")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines[:2] == ["Ada Quinn", "Data Engineer · Analyst"], lines
    assert lines[lines.index("Data Engineer"):][:4] == [
        "Data Engineer", "Kiwi Rail Data", "Wellington, New Zealand", "Mar. 2021 - Present"]
    assert "- Built Airflow pipelines in Python and SQL." in lines
    assert "Languages: Python, SQL, Scala" in lines
    assert not any("thepage" in ln or "Résumé" in ln for ln in lines)  # the footer is dropped
    profile = build_profile(text, today=TODAY)
    assert profile.name == "Ada Quinn" and profile.location == "Wellington, New Zealand"
    assert abs(profile.years - 5.8) <= YEARS_TOLERANCE and "Python" in profile.skills
