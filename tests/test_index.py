"""Ingest is idempotent, edits replace chunks, removal is complete, bad input changes nothing."""

import shutil

import pytest

from app.config import Settings
from app.embeddings import HashingEmbeddings
from app.providers import StoreMismatchError, build_stores
from ingest import default_posting_path
from ingest.errors import InputError
from tests.conftest import EVAL_DIR

POSTING_ID = "rackspace-senior-backend-java-ml-engineer-canada"


def all_ids(assistant):
    return sorted(assistant.store.get()["ids"])


def test_same_file_twice_changes_nothing(make_assistant):
    assistant = make_assistant()
    first = assistant.ingest()[0]
    ids = all_ids(assistant)
    second = assistant.ingest()[0]
    assert first.added == len(ids) > 5
    assert (second.added, second.removed, second.unchanged) == (0, 0, len(ids))
    assert all_ids(assistant) == ids


def test_edited_file_replaces_its_chunks_and_leaves_no_stale_ones(make_assistant, tmp_path):
    assistant = make_assistant()
    posting = tmp_path / f"{POSTING_ID}.txt"
    shutil.copy(default_posting_path(), posting)
    assistant.ingest([posting])
    before = set(all_ids(assistant))
    text = posting.read_text(encoding="utf-8").replace("Maven and Gradle", "Bazel")
    posting.write_text(text, encoding="utf-8")
    result = assistant.ingest([posting])[0]
    after = set(all_ids(assistant))
    assert result.added >= 1 and result.removed >= 1
    assert before != after
    stored = "\n".join(assistant.store.get()["documents"])
    assert "Bazel" in stored and "Gradle" not in stored


def test_remove_deletes_every_chunk(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    removed = assistant.remove(POSTING_ID)
    assert removed > 5
    assert assistant.store.get()["ids"] == []
    with pytest.raises(InputError, match="unknown posting id"):
        assistant.remove(POSTING_ID)


def test_postings_lists_title_company_and_chunk_count(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    [summary] = assistant.postings()
    assert (summary.id, summary.company) == (POSTING_ID, "Rackspace")
    assert summary.title == "Senior Backend Java ML Engineer- Canada"
    assert summary.chunks == len(all_ids(assistant))


def test_requirements_are_stored_with_the_posting_and_removed_with_it(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    ids = [r.id for r in assistant.index.requirements(POSTING_ID)]
    assert ids[:2] == ["years", "location"] and "java" in ids and "containers" in ids
    assistant.remove(POSTING_ID)
    with pytest.raises(InputError, match="unknown posting id"):
        assistant.index.requirements(POSTING_ID)


def test_one_bad_file_among_good_ones_leaves_the_store_unchanged(make_assistant, tmp_path):
    assistant = make_assistant()
    assistant.ingest()
    ids = all_ids(assistant)
    good = tmp_path / "good.md"
    good.write_text("# Data Engineer\n\n## Must Have\n\n- Spark\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(InputError, match="empty"):
        assistant.ingest([good, empty])
    assert all_ids(assistant) == ids


def test_store_refuses_another_embedding_model(tmp_path):
    settings = Settings(store={"path": tmp_path / "s"}, _env_file=None)
    build_stores(settings.store, HashingEmbeddings(256))
    with pytest.raises(StoreMismatchError, match="was built with hashing-256"):
        build_stores(settings.store, HashingEmbeddings(128))


def test_unknown_posting_id_is_a_clear_error(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    with pytest.raises(InputError, match="unknown posting id 'nope'"):
        assistant.ask("Is this remote?", "nope")


def test_an_interrupted_ingest_is_completed_by_the_next_one(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    ids = all_ids(assistant)
    # An ingest stopped midway leaves chunks without a catalog entry (the entry goes first, comes
    # back last); the posting is then not listed, and ingesting it again restores it whole.
    assistant.store.delete(ids=ids[:3])
    assistant.stores.catalog.delete(ids=[POSTING_ID])
    assert assistant.postings() == []
    result = assistant.ingest()[0]
    assert result.added == 3 and all_ids(assistant) == ids
    assert [d.id for d in assistant.index.chunks(POSTING_ID)] == list(assistant.index.chunk_ids(POSTING_ID))


def test_a_store_written_before_the_catalog_listed_chunk_ids_still_reads(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    expected = [d.page_content for d in assistant.index.chunks(POSTING_ID)]
    catalog = assistant.stores.catalog
    meta = catalog.get(ids=[POSTING_ID], include=["metadatas"])["metadatas"][0]
    del meta["chunk_ids"]
    catalog.delete(ids=[POSTING_ID])
    catalog.add_texts(["old entry"], metadatas=[meta], ids=[POSTING_ID])
    assert [d.page_content for d in assistant.index.chunks(POSTING_ID)] == expected
    orders = [d.metadata["order"] for d in assistant.index.chunks(POSTING_ID)]
    assert orders == sorted(orders)


def test_unchanged_bytes_are_not_parsed_again_but_a_new_ingest_version_is(make_assistant, monkeypatch):
    import app.assistant
    import ingest.posting

    assistant = make_assistant()
    [first] = assistant.ingest()

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    real = app.assistant.parse_fetched
    monkeypatch.setattr(app.assistant, "parse_fetched", no_parsing)
    [again] = assistant.ingest()
    assert (again.added, again.removed, again.unchanged) == (0, 0, first.added)
    assert again.title == first.title

    parsed = []
    monkeypatch.setattr(app.assistant, "parse_fetched", lambda *a: parsed.append(a) or real(*a))
    monkeypatch.setattr(ingest.posting, "INGEST_VERSION", ingest.posting.INGEST_VERSION + 1)
    [redone] = assistant.ingest()
    assert parsed and (redone.added, redone.unchanged) == (0, first.added)


class CountingEmbeddings(HashingEmbeddings):
    def __init__(self, fail: bool = False):
        super().__init__()
        self.calls, self.fail = 0, fail

    def embed_documents(self, texts):
        self.calls += 1
        if self.fail:
            raise RuntimeError("the embedding model crashed")
        return super().embed_documents(texts)


def write_postings(folder, count):
    paths = []
    for i in range(count):
        paths.append(folder / f"data-engineer-{i}.md")
        paths[-1].write_text(f"# Data Engineer {i}\n\n## Must Have\n\n- Spark {i}\n- Airflow and dbt\n")
    return paths


def test_postings_ingested_together_are_embedded_in_one_call(make_assistant, tmp_path):
    embeddings = CountingEmbeddings()
    assistant = make_assistant(embeddings=embeddings)
    assistant.stores  # noqa: B018  (opening the store embeds a probe text)
    embeddings.calls = 0
    results = assistant.ingest(write_postings(tmp_path, 5))
    assert embeddings.calls == 1 and all(r.added >= 1 for r in results)
    assert len(assistant.postings()) == 5


def test_a_failing_embedding_model_changes_nothing(make_assistant, tmp_path):
    assistant = make_assistant(embeddings=CountingEmbeddings(fail=True))
    with pytest.raises(RuntimeError, match="crashed"):
        assistant.ingest(write_postings(tmp_path, 3))
    assert assistant.postings() == [] and all_ids(assistant) == []


# Re-ingest skips a file whose bytes and INGEST_VERSION are unchanged, so a change to what parsing
# makes of a file must come with a new INGEST_VERSION. When this test fails, bump it in
# ingest/posting.py and record the new digests here.
RECORDED = {67: "854788e3bb2caa35"}


def test_what_parsing_makes_of_a_file_changes_only_with_the_ingest_version():
    import hashlib
    import json

    from ingest.posting import INGEST_VERSION, read_posting

    # Every posting of the evaluation corpus (all formats) and the bundled one.
    made = hashlib.sha256()
    for path in [default_posting_path(), *sorted((EVAL_DIR / "postings").iterdir())]:
        posting = read_posting(path, max_bytes=10**7, chunk_chars=700)
        made.update(json.dumps([posting.id, posting.title, posting.company, posting.location,
                                [c.id for c in posting.chunks],
                                [r.model_dump() for r in posting.requirements],
                                posting.facts.to_dict()], sort_keys=True).encode())
    digest = made.hexdigest()[:16]
    assert digest == RECORDED.get(INGEST_VERSION), (
        f"parsing output changed: bump INGEST_VERSION and record {digest!r} for it")
