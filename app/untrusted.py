"""Posting and resume text is data, never instructions: find and drop text addressed to an AI."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompts?|guidelines)\b"
    r"|\b(system|assistant|developer)\s*(prompt)?\s*:"
    r"|\byou are (now|an? (ai|assistant|language model))\b"
    r"|\b(reply|respond|answer|say|output)\s+(only|exactly|with)\b"
    r"|\b(rate|mark|score)\s+(me|this candidate|the candidate)\b",
    re.I,
)


def is_instruction(sentence: str) -> bool:
    return bool(_INSTRUCTION.search(sentence))


def without_instructions(text: str) -> str:
    """The text minus every sentence that speaks to an AI tool rather than to a reader."""
    kept = [s for s in _SENTENCE.split(text) if not is_instruction(s)]
    return " ".join(kept).strip()
