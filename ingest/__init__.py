"""Posting ingest: load, clean, split into sections, chunk and index into Chroma."""

from importlib.resources import files
from pathlib import Path

DEFAULT_POSTING_NAME = "rackspace-senior-backend-java-ml-engineer-canada.txt"


def default_posting_path() -> Path:
    """The bundled Rackspace posting, kept byte for byte as it was received."""
    return Path(str(files("ingest") / "data" / DEFAULT_POSTING_NAME))
