"""The page in a real headless Chromium (Debian's package, driven by Playwright).

Each state is saved as a screenshot in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from app.letters.export import docx_text
from tests.web_helpers import OTHER_RESUME_MD, POSTING_MD, RESUME_MD, serve

pytestmark = pytest.mark.integration

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("web-browser")) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(server.url + "/")
    expect(page.locator("#question textarea")).to_be_visible()
    yield page
    context.close()


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def download_text(page: Page, button: str, until: str, attempts: int = 20) -> str:
    """Downloads until the file holds `until`: an edit reaches the server a moment after typing."""
    text = ""
    for _ in range(attempts):
        with page.expect_download() as download:
            page.locator(button).click()
        text = Path(download.value.path()).read_text()
        if until in text:
            break
        page.wait_for_timeout(500)
    return text


def option(page: Page, dropdown: str, text: str):
    """Opens a dropdown and returns its entry naming `text` (its own list, not another's)."""
    box = page.locator(f"{dropdown} input")
    box.click()
    listbox = box.get_attribute("aria-controls")
    return page.locator(f"#{listbox} [role=option]", has_text=re.compile(text))


def ask(page: Page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()


def load_resume(page: Page, path: Path) -> None:
    tab(page, "Resume")
    page.locator("#resume-file input[type=file]").set_input_files(str(path))
    expect(page.locator("#resume-status")).to_contain_text("Resume loaded", timeout=TIMEOUT_MS)


def test_page_loads_with_the_posting_and_every_tab(page: Page):
    expect(page).to_have_title("jobassist")
    expect(page.locator("#posting input")).to_have_value(re.compile("Senior Backend Java ML"))
    for name in ("Chat", "Resume", "Fit", "Cover letter", "Postings"):
        expect(page.get_by_role("tab", name=name, exact=True)).to_be_visible()
    shot(page, "01-loaded")


def test_a_question_gets_an_answer_with_a_source(page: Page):
    ask(page, "Which build tools do they use?")
    expect(page.locator("#sources")).to_contain_text("[1]")
    expect(page.locator("#sources")).to_contain_text("Gradle")
    expect(page.locator("#chat")).to_contain_text("Gradle")
    shot(page, "02-answer-with-sources")


def test_an_uploaded_resume_gives_a_fit_table_and_eligibility_answers(page: Page, server,
                                                                      tmp_path):
    resume = tmp_path / "jane-doe.md"
    resume.write_text(RESUME_MD)
    load_resume(page, resume)
    status = page.locator("#resume-status").inner_text()
    assert re.search(r"Resume loaded: \d+ words", status) and "Jane" not in status
    # The upload was read into the session and deleted: no copy is left on the server's disk.
    assert list(server.upload_dir.rglob("jane-doe.md")) == []
    shot(page, "03-resume-loaded")

    tab(page, "Fit")
    page.locator("#fit-run").click()
    expect(page.locator("#fit-verdict")).to_contain_text("score")
    table = page.locator("#fit-table")
    expect(table).to_contain_text("8+ years of experience")
    expect(table).to_contain_text("✔")
    expect(table).to_contain_text("Built distributed systems in Java 17")  # the resume's words
    shot(page, "04-fit-table")

    # The chat reads the session's resume for eligibility questions.
    tab(page, "Chat")
    ask(page, "Am I eligible?")
    expect(page.locator("#chat")).to_contain_text("Verdict")
    expect(page.locator("#sources")).to_contain_text("Resume")
    shot(page, "05-eligibility-answer")

    tab(page, "Resume")
    page.locator("#resume-forget").click()
    expect(page.locator("#resume-status")).to_contain_text("Resume forgotten")
    tab(page, "Fit")
    page.locator("#fit-run").click()
    expect(page.locator("#fit-verdict")).to_contain_text("No resume loaded")
    expect(page.locator("#fit-table")).not_to_contain_text("Built distributed systems")


def test_a_generated_letter_downloads_as_markdown_and_docx(page: Page, tmp_path):
    resume = tmp_path / "jane-doe.md"
    resume.write_text(RESUME_MD)
    load_resume(page, resume)
    tab(page, "Cover letter")
    option(page, "#letter-tone", "warm").click()
    page.locator("#letter-generate").click()
    expect(page.locator("#letter-status")).to_contain_text("words, first draft")
    letter = page.locator("#letter-text textarea")
    expect(letter).to_have_value(re.compile(r"Hello Rackspace team"))
    first = letter.input_value()
    shot(page, "06-letter")

    with page.expect_download() as md_download:
        page.locator("#letter-md").click()
    md = Path(md_download.value.path()).read_text()
    assert md.strip() == first.strip()
    with page.expect_download() as docx_download:
        page.locator("#letter-docx").click()
    saved = tmp_path / "letter.docx"
    docx_download.value.save_as(saved)
    assert docx_text(saved).split() == first.split()

    page.locator("#letter-regenerate").click()
    expect(page.locator("#letter-status")).to_contain_text("draft 2")

    # An edit in place is what the next download holds.
    letter.press("ControlOrMeta+End")
    letter.press_sequentially(" P.S. Edited by hand.")  # typing, as a person does
    assert "P.S. Edited by hand." in download_text(page, "#letter-md", until="P.S. Edited by hand.")
    shot(page, "07-letter-edited")


def add_posting(page: Page, folder: Path) -> None:
    posting = folder / "northwind-platform-data-engineer.md"
    posting.write_text(POSTING_MD)
    tab(page, "Postings")
    page.locator("#posting-file input[type=file]").set_input_files(str(posting))
    page.locator("#posting-add").click()
    expect(page.locator("#postings-status")).to_contain_text("Added")


def remove_posting(page: Page) -> None:
    tab(page, "Postings")
    option(page, "#posting-remove-id", "northwind").click()
    page.locator("#posting-remove").click()
    expect(page.locator("#postings-status")).to_contain_text("Removed")


def test_a_posting_is_added_with_progress_and_removed(page: Page, tmp_path):
    add_posting(page, tmp_path)
    expect(page.locator("#postings-table")).to_contain_text("northwind-platform-data-engineer")
    expect(page.locator("#postings-table")).to_contain_text("Northwind Traders")
    shot(page, "08-posting-added")

    # The posting selector above the tabs offers it too.
    expect(option(page, "#posting", "northwind")).to_be_visible()
    page.keyboard.press("Escape")

    remove_posting(page)
    expect(page.locator("#postings-table")).not_to_contain_text("northwind-platform-data-engineer")
    shot(page, "09-posting-removed")


def test_two_postings_picked_to_compare_each_answer_the_question(page: Page, tmp_path):
    add_posting(page, tmp_path)
    tab(page, "Chat")
    box = page.locator("#compare input")
    for name in ("Senior Backend Java ML", "Northwind"):  # offered though added after loading
        box.click()
        box.fill(name)
        expect(option(page, "#compare", name)).to_be_visible()
        box.press("Enter")
    page.keyboard.press("Escape")
    expect(page.locator("#compare")).to_contain_text("Northwind Traders")
    ask(page, "Where is the job?")
    expect(page.locator("#chat")).to_contain_text("Across your 2 postings")
    expect(page.locator("#chat")).to_contain_text("Northwind Traders")
    expect(page.locator("#sources")).to_contain_text("[2]")
    shot(page, "09b-two-postings-compared")
    remove_posting(page)


def test_a_bad_file_gives_one_readable_line_and_the_page_keeps_working(page: Page, tmp_path):
    bad = tmp_path / "resume.txt"
    bad.write_bytes(b"")
    load_bad = page.locator("#resume-file input[type=file]")
    tab(page, "Resume")
    load_bad.set_input_files(str(bad))
    status = page.locator("#resume-status")
    expect(status).to_contain_text("⚠️")
    assert "Traceback" not in status.inner_text() and len(status.inner_text().splitlines()) == 1
    shot(page, "10-bad-resume")
    tab(page, "Chat")
    ask(page, "Is this role remote?")
    expect(page.locator("#sources")).to_contain_text("[1]")


def test_two_sessions_never_see_each_others_resume_fit_or_letter(browser: Browser, server,
                                                               tmp_path):
    jane, omar = tmp_path / "jane.md", tmp_path / "omar.md"
    jane.write_text(RESUME_MD)
    omar.write_text(OTHER_RESUME_MD)
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(2)]
    try:
        first, second = (c.new_page() for c in contexts)
        for p in (first, second):
            p.set_default_timeout(TIMEOUT_MS)
            p.goto(server.url + "/")
            expect(p.locator("#question textarea")).to_be_visible()
        load_resume(first, jane)
        load_resume(second, omar)
        for p in (first, second):
            tab(p, "Fit")
            p.locator("#fit-run").click()
            tab(p, "Cover letter")
            p.locator("#letter-generate").click()
        for p, mine, theirs in ((first, "Jane Doe", "Omar"), (second, "Omar Quispe", "Jane")):
            expect(p.locator("#letter-text textarea")).to_have_value(re.compile(mine))
            assert theirs not in p.locator("#letter-text textarea").input_value()
            tab(p, "Fit")
            expect(p.locator("#fit-verdict")).to_contain_text("score")
        assert "Shopify" in first.locator("#fit-table").inner_text()
        assert "Shopify" not in second.locator("#fit-table").inner_text()
        assert "Tableau" not in first.locator("#fit-table").inner_text()
        shot(first, "11-session-one")
        shot(second, "12-session-two")

        # A third, fresh session has no resume at all.
        third = contexts[0].browser.new_context().new_page()
        third.set_default_timeout(TIMEOUT_MS)
        third.goto(server.url + "/")
        tab(third, "Fit")
        third.locator("#fit-run").click()
        expect(third.locator("#fit-verdict")).to_contain_text("No resume loaded")
        third.context.close()
    finally:
        for c in contexts:
            c.close()
    # Closing the pages ends their sessions: their letter files go (Gradio's heartbeat notices).
    sessions = server.upload_dir / "sessions"
    deadline = time.monotonic() + 60
    while any(sessions.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert list(sessions.iterdir()) == []
