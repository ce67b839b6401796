"""A resume lives in the process only: nothing of it reaches the vector store, disk or the logs."""

import logging

from tests.test_fit_parts import RESUME

# Only strings this resume alone holds: a lone skill such as "Prometheus" is also in the skills
# vocabulary and the metrics library, so freed memory holding it proves nothing about the resume.
MARKERS = ["Jane Doe", "jane.doe@example.com", "416 555 0100", "Shopify",
           "alerting with Prometheus"]


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
    files = [p for p in settings.store.path.rglob("*") if p.is_file()]
    leaks = {f"{p.name}: {m}" for p in files for m in MARKERS if m.encode() in p.read_bytes()}
    assert not leaks
    assert "fit rackspace-senior-backend-java-ml-engineer-canada: " in caplog.text  # logs were on
    assert not [m for m in MARKERS if m in caplog.text]
