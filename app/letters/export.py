"""Save a letter as Markdown or DOCX; both hold exactly the letter's text."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import InputError

SUFFIXES = (".md", ".txt", ".docx")


def save_letter(text: str, path: Path) -> Path:
    match path.suffix.lower():
        case ".md" | ".txt":
            path.write_text(text + "\n", encoding="utf-8")
        case ".docx":
            import docx

            document = docx.Document()
            for paragraph in text.split("\n\n"):
                document.add_paragraph(paragraph)  # line breaks inside (the sign-off) are kept
            document.save(str(path))
        case other:
            raise InputError(f"{path.name}: cannot write '{other or 'no suffix'}'; use .md or .docx")
    return path


def docx_text(path: Path) -> str:
    import docx

    return "\n\n".join(p.text for p in docx.Document(str(path)).paragraphs)
