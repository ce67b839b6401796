"""Prompts are files in prompts/ (a system part and a user part); this loads and checks them."""

from __future__ import annotations

import string
from pathlib import Path

from langchain_core.prompts import ChatPromptTemplate


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def load_chat_prompt(prompts_dir: Path, name: str, variables: set[str]) -> ChatPromptTemplate:
    """`name.system.md` + `name.user.md`; fails naming any placeholder the code does not pass."""
    system = (prompts_dir / f"{name}.system.md").read_text(encoding="utf-8")
    user = (prompts_dir / f"{name}.user.md").read_text(encoding="utf-8")
    if placeholders(system):
        # Untrusted text must never reach the system role, so it takes no placeholders at all.
        raise ValueError(f"prompt {name}.system.md must not have placeholders: {placeholders(system)}")
    unknown = placeholders(user) - variables
    missing = variables - placeholders(user)
    if unknown or missing:
        raise ValueError(f"prompt {name}.user.md: unknown {sorted(unknown)}, missing {sorted(missing)}")
    return ChatPromptTemplate.from_messages([("system", system), ("human", user)])
