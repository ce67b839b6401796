"""Keep postings in the vector store idempotently: add new chunks, drop stale ones, keep the rest.

Chunks live in one collection; each posting's own fields and requirements in a catalog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from langchain_core.documents import Document

from ingest.errors import InputError
from ingest.posting import Posting
from ingest.requirements import Requirement


@dataclass(frozen=True)
class IngestResult:
    posting_id: str
    title: str
    added: int
    removed: int
    unchanged: int


@dataclass(frozen=True)
class PostingSummary:
    id: str
    title: str
    company: str
    location: str
    source: str
    chunks: int


class PostingIndex:
    def __init__(self, chunks, catalog):
        self.store = chunks  # langchain_chroma.Chroma; `get` is Chroma's, not VectorStore's
        self.catalog = catalog

    def upsert(self, posting: Posting) -> IngestResult:
        existing = self._chunk_metadata(posting.id)
        wanted = {chunk.id: chunk for chunk in posting.chunks}
        metadata = {cid: self._metadata(posting, chunk) for cid, chunk in wanted.items()}
        # A chunk whose text is unchanged but whose position moved is re-written too.
        stale = [cid for cid, meta in existing.items() if metadata.get(cid) != meta]
        fresh = [cid for cid in wanted if existing.get(cid) != metadata[cid]]
        if stale:
            self.store.delete(ids=stale)
        if fresh:
            self.store.add_texts(texts=[wanted[cid].text for cid in fresh],
                                 metadatas=[metadata[cid] for cid in fresh], ids=fresh)
        self._upsert_catalog(posting)
        removed = len([cid for cid in stale if cid not in wanted])
        return IngestResult(posting.id, posting.title, added=len(fresh),
                            removed=removed, unchanged=len(wanted) - len(fresh))

    def remove(self, posting_id: str) -> int:
        ids = list(self._chunk_metadata(posting_id))
        if not ids:
            raise InputError(f"unknown posting id '{posting_id}'")
        self.store.delete(ids=ids)
        self.catalog.delete(ids=[posting_id])
        return len(ids)

    def postings(self) -> list[PostingSummary]:
        found = self.catalog.get(include=["metadatas"])
        return sorted(
            (PostingSummary(m["posting_id"], m["title"], m["company"], m["location"], m["source"],
                            m["chunks"]) for m in found["metadatas"]),
            key=lambda p: p.id,
        )

    def requirements(self, posting_id: str) -> list[Requirement]:
        found = self.catalog.get(ids=[posting_id], include=["metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}'")
        return [Requirement(**r) for r in json.loads(found["metadatas"][0]["requirements"])]

    def chunks(self, posting_id: str) -> list[Document]:
        """All chunks of one posting in reading order; InputError for an unknown id."""
        found = self.store.get(where={"posting_id": posting_id}, include=["documents", "metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}'")
        docs = [
            Document(id=cid, page_content=text, metadata=meta)
            for cid, text, meta in zip(found["ids"], found["documents"], found["metadatas"],
                                       strict=True)
        ]
        return sorted(docs, key=lambda d: d.metadata["order"])

    def _upsert_catalog(self, posting: Posting) -> None:
        meta = {
            "posting_id": posting.id, "title": posting.title, "company": posting.company,
            "location": posting.location, "source": posting.source, "chunks": len(posting.chunks),
            "requirements": json.dumps([r.model_dump() for r in posting.requirements]),
        }
        found = self.catalog.get(ids=[posting.id], include=["metadatas"])
        if found["ids"] and found["metadatas"][0] == meta:
            return
        if found["ids"]:
            self.catalog.delete(ids=[posting.id])
        self.catalog.add_texts(texts=[f"{posting.title} at {posting.company}"], metadatas=[meta],
                               ids=[posting.id])

    def _chunk_metadata(self, posting_id: str) -> dict[str, dict]:
        found = self.store.get(where={"posting_id": posting_id}, include=["metadatas"])
        return dict(zip(found["ids"], found["metadatas"], strict=True))

    @staticmethod
    def _metadata(posting: Posting, chunk) -> dict:
        return {
            "posting_id": posting.id,
            "section": chunk.section,
            "order": chunk.order,
            "title": posting.title,
            "company": posting.company,
            "location": posting.location,
            "source": posting.source,
        }
