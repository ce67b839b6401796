"""Section-aware chunking: chunks never cross a section and never cut a bullet in half."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.structure import PostingStructure

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True)
class Chunk:
    id: str
    posting_id: str
    section: str
    order: int
    text: str
    role: str = ""  # the job it is about, on a page listing several


def chunk_id(posting_id: str, section: str, text: str) -> str:
    """Content-derived, so re-ingesting the same text yields the same ids (idempotent)."""
    digest = hashlib.sha256(f"{posting_id}\x1f{section}\x1f{text}".encode()).hexdigest()
    return f"{posting_id}:{digest[:16]}"


def chunk_posting(posting_id: str, structure: PostingStructure, max_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in structure.sections:
        for text in _pack(section.blocks, max_chars):
            chunks.append(
                Chunk(chunk_id(posting_id, f"{section.role}\x1f{section.name}" if section.role
                               else section.name, text),
                      posting_id, section.name, len(chunks), text, section.role)
            )
    return chunks


def _pack(blocks: list[str], max_chars: int) -> list[str]:
    pieces: list[str] = []
    for block in blocks:
        # Long prose paragraphs may split between sentences; bullets are kept whole.
        if len(block) > max_chars and not block.startswith("- "):
            pieces.extend(_split_sentences(block, max_chars))
        else:
            pieces.append(block)
    packed: list[str] = []
    for piece in pieces:
        if packed and len(packed[-1]) + 1 + len(piece) <= max_chars:
            packed[-1] = f"{packed[-1]}\n{piece}"
        else:
            packed.append(piece)
    return packed


def _split_sentences(paragraph: str, max_chars: int) -> list[str]:
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(paragraph):
        if parts and len(parts[-1]) + 1 + len(sentence) <= max_chars:
            parts[-1] = f"{parts[-1]} {sentence}"
        else:
            parts.append(sentence)
    return parts
