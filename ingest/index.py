"""Keep postings in the vector store idempotently: add new chunks, drop stale ones, keep the rest.

Chunks live in one collection; each posting's own fields, requirements and chunk ids in a catalog.
The catalog entry is written last and removed first, so it marks a posting whose chunks are all
in place: reads go by its chunk ids (a lookup by id stays fast however big the store grows, where
a metadata filter scans it) and an unchanged posting is recognised from its catalog entry alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.documents import Document

from ingest.errors import InputError
from ingest.facts import HeaderFacts
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


@dataclass(frozen=True)
class _Plan:
    """What upserting one posting changes: chunks to delete (stale) and to add (fresh)."""

    posting: Posting
    wanted: dict
    metadata: dict[str, dict]
    stale: list[str]
    fresh: list[str]

    def result(self) -> IngestResult:
        removed = len([cid for cid in self.stale if cid not in self.wanted])
        return IngestResult(self.posting.id, self.posting.title, added=len(self.fresh),
                            removed=removed, unchanged=len(self.wanted) - len(self.fresh))


def _label(posting: Posting) -> str:
    return f"{posting.title} at {posting.company}"


def _summary(meta: dict) -> PostingSummary:
    return PostingSummary(meta["posting_id"], meta["title"], meta["company"], meta["location"],
                          meta["source"], meta["chunks"])


class PostingIndex:
    def __init__(self, chunks, catalog):
        self.store = chunks  # langchain_chroma.Chroma; `get` is Chroma's, not VectorStore's
        self.catalog = catalog

    def upsert_many(self, postings: Sequence[Posting]) -> list[IngestResult]:
        """One catalog lookup and one embedding call for them all (the embedding model is fastest
        on big batches); nothing is written until every new chunk is embedded."""
        entries = {p.id: self._catalog_entry(p) for p in postings}
        stored = self.catalog_entries(list(entries))
        plans = [self._plan(p) for p in postings if stored.get(p.id) != entries[p.id]]
        texts = [plan.wanted[cid].text for plan in plans for cid in plan.fresh]
        labels = [_label(plan.posting) for plan in plans]
        vectors = iter(self.store.embeddings.embed_documents(texts + labels) if plans else [])
        chunk_vectors = {plan.posting.id: [next(vectors) for _ in plan.fresh] for plan in plans}
        for plan in plans:
            posting = plan.posting
            if posting.id in stored:
                self.catalog.delete(ids=[posting.id])
            if plan.stale:
                self.store.delete(ids=plan.stale)
            if plan.fresh:
                self.store._collection.add(  # embedded above, in one batch with the rest
                    ids=plan.fresh, embeddings=chunk_vectors[posting.id],
                    documents=[plan.wanted[cid].text for cid in plan.fresh],
                    metadatas=[plan.metadata[cid] for cid in plan.fresh])
            self.catalog._collection.add(ids=[posting.id], embeddings=[next(vectors)],
                                         documents=[_label(posting)], metadatas=[entries[posting.id]])
        results = {plan.posting.id: plan.result() for plan in plans}
        return [results.get(p.id) or IngestResult(p.id, p.title, 0, 0, len(p.chunks)) for p in postings]

    def catalog_entries(self, posting_ids: Sequence[str]) -> dict[str, dict]:
        """The stored catalog entry of each of these postings that is ingested."""
        if not posting_ids:
            return {}
        found = self.catalog.get(ids=list(posting_ids), include=["metadatas"])
        return dict(zip(found["ids"], found["metadatas"], strict=True))

    def _plan(self, posting: Posting) -> _Plan:
        existing = self._chunk_metadata(posting.id)
        wanted = {chunk.id: chunk for chunk in posting.chunks}
        metadata = {cid: self._metadata(posting, chunk) for cid, chunk in wanted.items()}
        # A chunk whose text is unchanged but whose position moved is re-written too.
        stale = [cid for cid, meta in existing.items() if metadata.get(cid) != meta]
        fresh = [cid for cid in wanted if existing.get(cid) != metadata[cid]]
        return _Plan(posting, wanted, metadata, stale, fresh)

    def remove(self, posting_id: str) -> int:
        ids = list(self._chunk_metadata(posting_id))
        if not ids:
            raise InputError(f"unknown posting id '{posting_id}'")
        self.catalog.delete(ids=[posting_id])
        self.store.delete(ids=ids)
        return len(ids)

    def has(self, posting_id: str) -> bool:
        return bool(self.catalog.get(ids=[posting_id], include=[])["ids"])

    def chunk_ids(self, posting_id: str) -> tuple[str, ...]:
        """The posting's chunk ids in reading order; InputError for an unknown id."""
        found = self.catalog.get(ids=[posting_id], include=["metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}'")
        listed = found["metadatas"][0].get("chunk_ids")
        if listed is None:  # a store written before the catalog listed chunk ids
            by_order = sorted(self._chunk_metadata(posting_id).items(), key=lambda kv: kv[1]["order"])
            return tuple(cid for cid, _ in by_order)
        return tuple(json.loads(listed))

    def postings(self) -> list[PostingSummary]:
        found = self.catalog.get(include=["metadatas"])
        return sorted((_summary(m) for m in found["metadatas"]), key=lambda p: p.id)

    def summary(self, posting_id: str) -> PostingSummary:
        found = self.catalog.get(ids=[posting_id], include=["metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}'")
        return _summary(found["metadatas"][0])

    def requirements(self, posting_id: str) -> list[Requirement]:
        found = self.catalog.get(ids=[posting_id], include=["metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}'")
        return [Requirement(**r) for r in json.loads(found["metadatas"][0]["requirements"])]

    def facts(self, posting_id: str) -> HeaderFacts:
        """The posting's header facts (empty for a store written before they were kept)."""
        found = self.catalog.get(ids=[posting_id], include=["metadatas"])
        if not found["ids"]:
            raise InputError(f"unknown posting id '{posting_id}'")
        return HeaderFacts.from_dict(json.loads(found["metadatas"][0].get("facts") or "{}"))

    def chunks(self, posting_id: str) -> list[Document]:
        """All chunks of one posting in reading order; InputError for an unknown id."""
        return self._in_order(self.chunk_ids(posting_id), ["documents", "metadatas"])[0]

    def chunks_with_vectors(self, ids: Sequence[str]) -> tuple[list[Document], list]:
        """The chunks of `chunk_ids(...)` in that order, with their stored embeddings."""
        return self._in_order(ids, ["documents", "metadatas", "embeddings"])

    def _in_order(self, ids: Sequence[str], include: list[str]) -> tuple[list[Document], list]:
        found = self.store.get(ids=list(ids), include=include)
        position = {cid: i for i, cid in enumerate(ids)}
        order = sorted(range(len(found["ids"])), key=lambda i: position[found["ids"][i]])
        docs = [Document(id=found["ids"][i], page_content=found["documents"][i],
                         metadata=found["metadatas"][i]) for i in order]
        vectors = found.get("embeddings")
        return docs, [] if vectors is None else [vectors[i] for i in order]

    @staticmethod
    def _catalog_entry(posting: Posting) -> dict:
        return {
            "posting_id": posting.id, "title": posting.title, "company": posting.company,
            "location": posting.location, "source": posting.source, "chunks": len(posting.chunks),
            "fingerprint": posting.fingerprint,
            "chunk_ids": json.dumps(list(dict.fromkeys(chunk.id for chunk in posting.chunks))),
            "requirements": json.dumps([r.model_dump() for r in posting.requirements]),
            "facts": json.dumps(posting.facts.to_dict()),
        }

    def _chunk_metadata(self, posting_id: str) -> dict[str, dict]:
        found = self.store.get(where={"posting_id": posting_id}, include=["metadatas"])
        return dict(zip(found["ids"], found["metadatas"], strict=True))

    @staticmethod
    def _metadata(posting: Posting, chunk) -> dict:
        return {
            "posting_id": posting.id,
            "section": chunk.section,
            "role": chunk.role,
            "order": chunk.order,
            "title": posting.title,
            "company": posting.company,
            "location": posting.location,
            "source": posting.source,
        }
