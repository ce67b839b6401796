"""Every supported format loads; every bad input fails with one clear line."""

import io
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import docx
import pytest
from reportlab.pdfgen import canvas

from ingest.errors import InputError
from ingest.load import load_source

LIMIT = 5_000_000


def write_pdf(path, lines):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 800
    for line in lines:
        pdf.drawString(50, y, line)
        y -= 20
    pdf.save()
    path.write_bytes(buffer.getvalue())


def test_txt_and_md(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nBody text here.")
    assert "Body text" in load_source(tmp_path / "a.md", max_bytes=LIMIT).text


def test_html_becomes_markdownish_text(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><h2>Requirements</h2><ul><li>Java</li><li>Kafka</li></ul>"
                    "<script>var x=1;</script></body></html>")
    text = load_source(page, max_bytes=LIMIT).text
    assert "## Requirements" in text and "* Java" in text and "var x" not in text


def test_pdf_text_layer(tmp_path):
    write_pdf(tmp_path / "p.pdf", ["Requirements", "5+ years of Python"])
    assert "5+ years of Python" in load_source(tmp_path / "p.pdf", max_bytes=LIMIT).text


def test_a_pdf_title_wrapped_in_large_type_is_one_line(tmp_path):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for y, size, line in ((800, 18, "Project Leader, Coastal"), (778, 18, "Plastics Research"),
                          (750, 10, "We seek a research associate to lead the project."),
                          (736, 10, "The post is based in Leeds and runs for"),
                          (722, 10, "two years.")):
        pdf.setFont("Helvetica", size)
        pdf.drawString(50, y, line)
    pdf.save()
    (tmp_path / "p.pdf").write_bytes(buffer.getvalue())
    lines = load_source(tmp_path / "p.pdf", max_bytes=LIMIT).text.splitlines()
    assert lines[0] == "Project Leader, Coastal Plastics Research"
    assert "The post is based in Leeds and runs for" in lines  # body lines are left as they are


def test_a_short_pdf_line_set_in_bold_is_a_heading(tmp_path):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for y, font, line in ((800, "Helvetica-Bold", "Key Duties & Responsibilities"),
                          (780, "Helvetica", "Lead the field survey of the estuary."),
                          (760, "Helvetica-Bold", "Salary:"),
                          (740, "Helvetica-Bold", "This sentence in bold is no heading.")):
        pdf.setFont(font, 10)
        pdf.drawString(50, y, line)
    pdf.save()
    (tmp_path / "p.pdf").write_bytes(buffer.getvalue())
    lines = load_source(tmp_path / "p.pdf", max_bytes=LIMIT).text.splitlines()
    assert "**Key Duties & Responsibilities**" in lines and "**Salary:**" in lines
    assert "Lead the field survey of the estuary." in lines
    assert "This sentence in bold is no heading." in lines


def test_a_bullet_glyph_a_pdf_reads_as_a_control_character_is_a_list_item(tmp_path):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(50, 800, "Responsibilities")
    line = pdf.beginText(50, 780)
    line.setFont("ZapfDingbats", 10)
    line.textOut("l")  # the filled circle a word processor draws as a bullet
    line.setFont("Helvetica", 10)
    line.textOut(" Plan the field season")
    pdf.drawText(line)
    pdf.save()
    (tmp_path / "p.pdf").write_bytes(buffer.getvalue())
    text = load_source(tmp_path / "p.pdf", max_bytes=LIMIT).text
    assert "- Plan the field season" in text.splitlines()


def test_docx_with_headings_and_bullets(tmp_path):
    document = docx.Document()
    document.add_heading("Must Have", level=2)
    document.add_paragraph("Go and gRPC", style="List Bullet")
    document.save(tmp_path / "p.docx")
    text = load_source(tmp_path / "p.docx", max_bytes=LIMIT).text
    assert "## Must Have" in text and "* Go and gRPC" in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("bin.txt", b"\x00\x01\x02binary\x00" * 50, "binary"),
        ("x.exe", b"MZ\x90\x00", "unsupported file type"),
        ("bad.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
        ("bad.docx", b"PK\x03\x04 not a zip", "DOCX"),
    ],
)
def test_bad_files_get_one_line_errors(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        load_source(tmp_path / name, max_bytes=LIMIT)
    assert "\n" not in str(caught.value)


def test_scanned_pdf_without_text(tmp_path):
    write_pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(InputError, match="no text layer"):
        load_source(tmp_path / "scan.pdf", max_bytes=LIMIT)


def test_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 300)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        load_source(tmp_path / "big.txt", max_bytes=1000)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_source(tmp_path / "nope.txt", max_bytes=LIMIT)


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        if self.path.startswith("/redirect-to/"):
            body = b""
            self.send_response(302)
            self.send_header("Location", self.path.removeprefix("/redirect-to/"))
        elif self.path == "/jobs/data-engineer":
            body = b"<html><body><h1>Data Engineer</h1><p>Spark and Airflow.</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"gone"
            self.send_response(404)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def page_server():
    server = HTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_url_is_fetched_and_converted(page_server):
    loaded = load_source(f"{page_server}/jobs/data-engineer", max_bytes=LIMIT)
    assert loaded.kind == "html" and "Spark and Airflow" in loaded.text


def test_url_errors(page_server):
    with pytest.raises(InputError, match="HTTP 404"):
        load_source(f"{page_server}/missing", max_bytes=LIMIT)
    from tests.conftest import free_port

    with pytest.raises(InputError, match="could not be fetched"):
        load_source(f"http://127.0.0.1:{free_port()}/x", max_bytes=LIMIT, timeout_s=2)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/job", "http://10.1.2.3/job", "http://192.168.0.7/job",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]/job",
                                 "http://[::ffff:127.0.0.1]/job", "http://localhost/job"])
def test_a_server_refuses_urls_on_private_or_local_addresses(url):
    with pytest.raises(InputError, match="private or local address"):
        load_source(url, max_bytes=LIMIT, public_urls_only=True)


def test_public_addresses_pass_the_guard():
    from ingest.url_guard import check_public_url

    check_public_url("http://93.184.216.34/job")  # a literal address: no name lookup needed


def test_every_redirect_hop_is_checked(page_server, monkeypatch):
    # "localhost" stands in for a public site here, so only the redirect's target can be refused.
    import ingest.url_guard as guard

    real = guard._addresses
    monkeypatch.setattr(guard, "_addresses", lambda host: ["93.184.216.34"] if host == "localhost"
                        else real(host))
    public_page = page_server.replace("127.0.0.1", "localhost") + "/jobs/data-engineer"
    assert "Spark" in load_source(public_page, max_bytes=LIMIT, public_urls_only=True).text
    sneaky = page_server.replace("127.0.0.1", "localhost") + f"/redirect-to/{page_server}/jobs/data-engineer"
    assert "Spark" in load_source(sneaky, max_bytes=LIMIT).text  # a CLI user may read their own network
    with pytest.raises(InputError, match="'127.0.0.1' is a private or local address"):
        load_source(sneaky, max_bytes=LIMIT, public_urls_only=True)
