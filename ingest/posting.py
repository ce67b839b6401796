"""One posting from source to chunks: load, clean, parse, chunk. No storage here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ingest.chunk import Chunk, chunk_posting
from ingest.clean import clean_text
from ingest.errors import InputError
from ingest.facts import PAGE_TITLE, HeaderFacts
from ingest.front_matter import split_front_matter
from ingest.load import Fetched, fetch, is_url, load_bytes
from ingest.requirements import Requirement, extract_requirements
from ingest.structure import parse_posting

# Part of every fingerprint: bump it when loading, cleaning, parsing, chunking or requirement
# extraction changes what a file becomes, so re-ingesting an unchanged file redoes it once.
INGEST_VERSION = 67


@dataclass(frozen=True)
class Posting:
    id: str
    title: str
    company: str
    location: str
    source: str
    chunks: list[Chunk]
    facts: HeaderFacts
    requirements: list[Requirement]
    fingerprint: str  # of the bytes it was read from; equal bytes give an equal posting


def fingerprint(fetched: Fetched, chunk_chars: int) -> str:
    """What a posting is made from: the bytes, where they came from and how they are read."""
    digest = hashlib.sha256(f"{INGEST_VERSION}\x1f{chunk_chars}\x1f{fetched.source}\x1f".encode())
    digest.update(fetched.data)
    return digest.hexdigest()


def posting_id_for(source: str) -> str:
    """Stable across edits of the same file or URL, so an edit replaces the old chunks."""
    stem = Path(urlparse(source).path).stem if is_url(source) else Path(source).stem
    if is_url(source) and not stem:
        stem = urlparse(source).netloc
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if not slug:
        raise InputError(f"{source}: cannot derive a posting id from this name")
    return slug[:80]


def read_posting(source: str | Path, *, max_bytes: int, chunk_chars: int,
                 timeout_s: float = 15.0, public_urls_only: bool = False) -> Posting:
    fetched = fetch(source, max_bytes=max_bytes, timeout_s=timeout_s, public_urls_only=public_urls_only)
    return parse_fetched(fetched, posting_id_for(str(source)), chunk_chars)


def parse_fetched(fetched: Fetched, posting_id: str, chunk_chars: int) -> Posting:
    loaded = load_bytes(fetched.data, name=fetched.name, source=fetched.source)
    # Before cleaning: YAML needs its indentation.
    metadata, text = split_front_matter(loaded.text)
    if loaded.page_title:
        metadata = {**metadata, PAGE_TITLE: loaded.page_title}
    structure = parse_posting(clean_text(text), metadata)
    chunks = chunk_posting(posting_id, structure, chunk_chars)
    if not chunks:
        raise InputError(f"{fetched.source}: no posting text found")
    return Posting(posting_id, structure.title, structure.company, structure.location,
                   loaded.source, chunks, structure.facts, extract_requirements(structure),
                   fingerprint(fetched, chunk_chars))
