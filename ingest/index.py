"""Keep posting chunks in a LangChain vector store idempotently: add new, drop stale, keep the rest."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_core.vectorstores import VectorStore

from ingest.errors import InputError
from ingest.posting import Posting


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
    """Postings as chunks in one vector-store collection; posting fields ride on each chunk."""

    def __init__(self, store: VectorStore):
        self.store = store

    def upsert(self, posting: Posting) -> IngestResult:
        existing = self._metadata_by_id(posting.id)
        wanted = {chunk.id: chunk for chunk in posting.chunks}
        metadata = {cid: self._metadata(posting, chunk) for cid, chunk in wanted.items()}
        # A chunk whose text is unchanged but whose position or header moved is re-written too.
        stale = [cid for cid, meta in existing.items() if metadata.get(cid) != meta]
        fresh = [cid for cid in wanted if existing.get(cid) != metadata[cid]]
        if stale:
            self.store.delete(ids=stale)
        if fresh:
            self.store.add_texts(
                texts=[wanted[cid].text for cid in fresh],
                metadatas=[metadata[cid] for cid in fresh],
                ids=fresh,
            )
        removed = len([cid for cid in stale if cid not in wanted])
        return IngestResult(posting.id, posting.title, added=len(fresh),
                            removed=removed, unchanged=len(wanted) - len(fresh))

    def remove(self, posting_id: str) -> int:
        ids = list(self._metadata_by_id(posting_id))
        if not ids:
            raise InputError(f"unknown posting id '{posting_id}' (see `jobassist postings`)")
        self.store.delete(ids=ids)
        return len(ids)

    def postings(self) -> list[PostingSummary]:
        found = self.store.get(include=["metadatas"])
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, dict] = {}
        for meta in found["metadatas"]:
            counts[meta["posting_id"]] += 1
            first.setdefault(meta["posting_id"], meta)
        return [
            PostingSummary(pid, m["title"], m["company"], m["location"], m["source"], counts[pid])
            for pid, m in sorted(first.items())
        ]

    def chunks(self, posting_id: str) -> list[Document]:
        """All chunks of one posting in reading order; InputError for an unknown id."""
        found = self.store.get(where={"posting_id": posting_id}, include=["documents", "metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}' (see `jobassist postings`)")
        docs = [
            Document(id=cid, page_content=text, metadata=meta)
            for cid, text, meta in zip(found["ids"], found["documents"], found["metadatas"],
                                       strict=True)
        ]
        return sorted(docs, key=lambda d: d.metadata["order"])

    def _metadata_by_id(self, posting_id: str) -> dict[str, dict]:
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
