"""The bundled posting comes out clean, sectioned and de-duplicated."""

import re

from ingest import default_posting_path
from ingest.chunk import chunk_posting
from ingest.clean import clean_text
from ingest.posting import read_posting
from ingest.structure import parse_posting

RAW = default_posting_path().read_text(encoding="utf-8")


def posting():
    return read_posting(default_posting_path(), max_bytes=5_000_000, chunk_chars=700)


def test_bundled_posting_is_the_raw_file_as_received():
    assert "â€™" in RAW and "ðŸŒŽ" in RAW and "Engineercombined" in RAW


def test_mojibake_is_repaired_in_every_chunk():
    text = "\n".join(c.text for c in posting().chunks)
    assert "â€" not in text and "ðŸ" not in text
    assert "world's leading technologies" in text


def test_glued_title_word_is_split():
    text = "\n".join(c.text for c in posting().chunks)
    assert "Java Engineer combined with Data" in text
    assert clean_text("Engineering Managers and Engineers") == "Engineering Managers and Engineers"


def test_header_fields_are_extracted():
    p = posting()
    assert p.title == "Senior Backend Java ML Engineer- Canada"
    assert p.company == "Rackspace"
    assert p.location == "remote, Canada - Toronto"


def test_sections_follow_the_headings_in_order():
    sections = list(dict.fromkeys(c.section for c in posting().chunks))
    assert sections == ["Header", "Description", "Requirements", "Must Have",
                        "About Rackspace Technology", "More on Rackspace Technology"]


def test_repeated_paragraph_is_stored_once():
    text = "\n".join(c.text for c in posting().chunks)
    assert RAW.count("We are seeking a highly experienced") == 2
    assert text.count("We are seeking a highly experienced") == 1


def test_every_bullet_sits_whole_in_one_chunk():
    bullets = [re.sub(r"\*\*", "", line.lstrip("* ").strip())
               for line in clean_text(RAW).split("\n") if re.match(r"\*\s", line)]
    assert len(bullets) == 17
    chunks = [c.text for c in posting().chunks]
    for bullet in bullets:
        bullet = re.sub(r"\s+", " ", bullet)
        assert sum(bullet in chunk for chunk in chunks) == 1, bullet


def test_job_board_hashtags_are_dropped():
    assert not any("#LI" in c.text for c in posting().chunks)


def test_chunks_respect_the_size_unless_one_bullet_is_longer():
    for chunk in chunk_posting("p", parse_posting(clean_text(RAW)), max_chars=300):
        assert len(chunk.text) <= 300 or "\n" not in chunk.text


def test_chunk_ids_come_from_content():
    first, second = posting(), posting()
    assert [c.id for c in first.chunks] == [c.id for c in second.chunks]
    assert all(c.id.startswith("rackspace-senior-backend-java-ml-engineer-canada:")
               for c in first.chunks)


def test_plain_text_posting_with_colon_headings():
    text = ("Data Analyst\nAcme Corp\nLocation: Berlin, Germany (hybrid)\n\nResponsibilities:\n"
            "- Build dashboards\n- Talk to stakeholders\n\nSalary:\nEUR 60,000 - 70,000 per year")
    structure = parse_posting(clean_text(text))
    assert (structure.title, structure.company) == ("Data Analyst", "Acme Corp")
    assert structure.location == "Berlin, Germany (hybrid)"
    assert [s.name for s in structure.sections] == ["Header", "Responsibilities", "Salary"]


def test_a_lead_in_under_a_heading_opens_that_heading_s_section():
    text = ("# Research Engineer\n\nWe build tools for clinics.\n\n## Your responsibilities\n\n"
            "As the research engineer, you will be:\n\n- Building APIs\n- Reviewing code\n\n"
            "## Team-wide work\n\n- Planning releases")
    sections = parse_posting(clean_text(text)).sections
    assert [s.name for s in sections[1:]] == ["Your responsibilities", "Team-wide work"]
    assert sections[1].blocks[0] == "As the research engineer, you will be"


def test_a_quoted_passage_loses_its_quote_marks():
    text = "# Lab Technician\n\n## The role\n\n> The lab seeks a technician.\n> You will culture algae."
    sections = parse_posting(clean_text(text)).sections
    assert sections[-1].blocks == ["The lab seeks a technician.", "You will culture algae."]


def test_an_html_page_s_escaped_numbering_reads_as_written_and_names_no_heading():
    from ingest.load import html_to_text

    text = html_to_text("<p>Posted August 20, 2020 - Jane Roe</p><p>We study living cells.</p>"
                        "<h4>2. <strong>Research Assistant</strong></h4><p>Culture the cells.</p>")
    assert "\\" not in text and "2020 - Jane Roe" in text
    assert [s.name for s in parse_posting(clean_text(text)).sections][-1] == "Research Assistant"


def test_an_items_number_on_a_line_of_its_own_starts_a_bullet_and_buttons_are_no_text():
    structure = parse_posting("# Engineer\n\nAbout the team here.\n\n## What you will lead\n\n"
                              "1.\nLead architecture for modernization.\n2.\nShip improvements "
                              "safely.\nApply for this role\n")
    blocks = structure.sections[-1].blocks
    assert blocks == ["- Lead architecture for modernization.", "- Ship improvements safely."]


def test_headings_laid_out_alike_are_the_roles_of_a_page_even_without_a_job_noun():
    parts = ("Mission", "What you will lead", "Core skills")
    page = "# Careers\n\nOpen disciplines.\n\n" + "\n\n".join(
        f"## {discipline}\n\nAbout {discipline}.\n\n" + "\n\n".join(
            f"### {part}\n\n- {part} of {discipline}" for part in parts)
        for discipline in ("Engineering", "Design and UX", "Procurement"))
    assert parse_posting(page).facts.roles == ["Engineering", "Design and UX", "Procurement"]
    # Two parts alike under each ("Essential", "Desirable") are a list's parts, not jobs.
    form = "# Developer\n\nA vacancy.\n\n" + "\n\n".join(
        f"## {competency}\n\n### Essential\n\n- a\n\n### Desirable\n\n- b"
        for competency in ("Leading and Teamworking", "Managing Finance"))
    assert parse_posting(form).facts.roles == []


def test_a_labelled_line_is_a_block_of_its_own_though_the_next_line_carries_on():
    structure = parse_posting("Executive Director\n\nLocation: London\n\nSalary: Circa 80,000 "
                              "negotiable, depending on skills and experience\nThe Executive "
                              "Director will have overall responsibility for the organisation.\n")
    blocks = [b for s in structure.sections for b in s.blocks]
    assert "Salary: Circa 80,000 negotiable, depending on skills and experience" in blocks


def test_characters_lost_to_a_codec_are_read_as_the_bullets_and_apostrophes_they_were():
    assert clean_text("Duties\n? Operate the winch.\n? Hold a Bachelor?s degree; don?t worry.") == \
        "Duties\n- Operate the winch.\n- Hold a Bachelor's degree; don't worry."
