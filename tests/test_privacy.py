"""A resume lives in the process only: nothing of it reaches the vector store, disk or the logs."""

import logging

from tests.test_fit_parts import RESUME

MARKERS = ["Jane Doe", "jane.doe@example.com", "416 555 0100", "Shopify", "Prometheus"]


def test_resume_never_reaches_the_store_the_disk_or_the_logs(make_assistant, settings, caplog):
    caplog.set_level(logging.DEBUG)
    assistant = make_assistant()
    assistant.ingest()
    report = assistant.fit(RESUME)
    answer = assistant.ask("Am I eligible?", resume_text=RESUME)
    years = assistant.ask("Do I have enough years?", resume_text=RESUME)
    assert report.requirements and answer.route == years.route == "eligibility"
    assert any(c.posting_id == "resume" for c in years.citations)  # it did read the resume

    for store in (assistant.stores.chunks, assistant.stores.catalog):
        found = store.get(include=["documents", "metadatas"])
        stored = repr(found["documents"]) + repr(found["metadatas"])
        assert not [m for m in MARKERS if m in stored]
    on_disk = b"".join(p.read_bytes() for p in settings.store.path.rglob("*") if p.is_file())
    assert not [m for m in MARKERS if m.encode() in on_disk]
    assert "fit rackspace-senior-backend-java-ml-engineer-canada: " in caplog.text  # logs were on
    assert not [m for m in MARKERS if m in caplog.text]
