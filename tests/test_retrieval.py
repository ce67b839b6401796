"""Retrieval searches one posting exactly, in memory, and notices when the posting changes."""

import shutil

import pytest

from app.retrieval import HybridRetriever, PostingCache
from ingest import default_posting_path
from ingest.errors import InputError

POSTING_ID = "rackspace-senior-backend-java-ml-engineer-canada"


def retriever(assistant, cache, top_k=4, posting_id=POSTING_ID):
    return HybridRetriever(embeddings=assistant.embeddings, posting=cache.get(posting_id), top_k=top_k)


def test_dense_ranking_is_the_stores_exact_ranking_within_the_posting(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    cache = PostingCache(assistant.index)
    view = cache.get(POSTING_ID)
    for question in ["Which build tools do they use?", "Is this remote?", "What does Rackspace do?"]:
        by_store = assistant.store.similarity_search_with_score(question, k=len(view.docs),
                                                                filter={"posting_id": POSTING_ID})
        store_rank = [doc.id for doc, _ in by_store]
        ours = retriever(assistant, cache, top_k=len(view.docs)).invoke(question)
        by_similarity = sorted(ours, key=lambda d: -d.metadata["dense_similarity"])
        assert [d.id for d in by_similarity][:3] == store_rank[:3]
        for doc, distance in by_store:
            mine = next(d for d in ours if d.id == doc.id)
            assert mine.metadata["dense_similarity"] == pytest.approx(1 - distance, abs=1e-4)


def test_exact_tool_names_are_found_by_the_keyword_side(make_assistant):
    assistant = make_assistant()
    assistant.ingest()
    [top] = retriever(assistant, PostingCache(assistant.index), top_k=1).invoke("Oozie")
    assert "Oozie" in top.page_content


def test_an_edited_posting_is_searched_in_its_new_form(make_assistant, tmp_path):
    assistant = make_assistant()
    posting = tmp_path / f"{POSTING_ID}.txt"
    shutil.copy(default_posting_path(), posting)
    assistant.ingest([posting])
    cache = PostingCache(assistant.index)
    assert cache.get(POSTING_ID) is cache.get(POSTING_ID)  # unchanged: built once
    before = retriever(assistant, cache, top_k=1).invoke("Bazel build tool")[0]
    assert "Bazel" not in before.page_content
    posting.write_text(posting.read_text(encoding="utf-8").replace("Maven and Gradle", "Bazel"),
                       encoding="utf-8")
    assistant.ingest([posting])
    after = retriever(assistant, cache, top_k=1).invoke("Bazel build tool")[0]
    assert "Bazel" in after.page_content
    assistant.remove(POSTING_ID)
    with pytest.raises(InputError, match="unknown posting id"):
        retriever(assistant, cache).invoke("Bazel")


def test_the_cache_keeps_only_the_most_recently_used_postings(make_assistant, tmp_path):
    assistant = make_assistant()
    names = ["alpha-data-engineer", "beta-data-engineer", "gamma-data-engineer"]
    for name in names:
        (tmp_path / f"{name}.md").write_text(f"# {name}\n\n## Must Have\n\n- Spark and {name}\n")
    assistant.ingest(sorted(tmp_path.glob("*.md")))
    cache = PostingCache(assistant.index, max_postings=2)
    first = cache.get(names[0])
    second = cache.get(names[1])
    assert cache.get(names[0]) is first  # a hit, and now the most recent
    cache.get(names[2])  # evicts names[1], the least recently used
    assert len(cache) == 2 and cache.get(names[0]) is first
    assert cache.get(names[1]) is not second  # built again
