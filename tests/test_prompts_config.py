"""Prompt files match what the code passes; settings come from the environment."""

from pathlib import Path

import pytest

from app.config import Settings, settings_table
from app.prompts import load_chat_prompt, placeholders

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
USED = {"answer": {"context", "question"}, "tutorial_rag": {"context", "question"},
        "letter": {"role", "company", "tone", "facts", "sentences"}}


@pytest.mark.parametrize("name", sorted(USED))
def test_prompt_files_have_exactly_the_placeholders_the_code_passes(name):
    prompt = load_chat_prompt(PROMPTS, name, USED[name])
    assert set(prompt.input_variables) == USED[name]


def test_every_prompt_file_is_used():
    names = {p.name.split(".")[0] for p in PROMPTS.glob("*.md")}
    assert names == set(USED)


def test_system_prompts_take_no_untrusted_text():
    for path in PROMPTS.glob("*.system.md"):
        assert placeholders(path.read_text()) == set(), path.name


def test_a_prompt_with_a_missing_placeholder_fails_naming_it(tmp_path):
    (tmp_path / "x.system.md").write_text("Be brief.")
    (tmp_path / "x.user.md").write_text("{question}")
    with pytest.raises(ValueError, match="missing \\['context'\\]"):
        load_chat_prompt(tmp_path, "x", {"context", "question"})


def test_nested_environment_settings(monkeypatch):
    monkeypatch.setenv("JOBASSIST_LLM__BACKEND", "openai")
    monkeypatch.setenv("JOBASSIST_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("JOBASSIST_STORE__PATH", "/tmp/elsewhere")
    settings = Settings(_env_file=None)
    assert settings.llm.backend == "openai"
    assert settings.llm.base_url == "http://127.0.0.1:9/v1"
    assert str(settings.store.path) == "/tmp/elsewhere"


def test_every_setting_is_documented():
    rows = settings_table()
    assert len(rows) > 15
    assert all(description for _, _, description in rows)
    assert ("JOBASSIST_INGEST__MAX_BYTES", "5000000") in [(env, d) for env, d, _ in rows]


def test_readme_documents_every_setting():
    readme = (PROMPTS.parent / "README.md").read_text()
    missing = [env for env, _, _ in settings_table() if f"`{env}`" not in readme]
    assert missing == []
