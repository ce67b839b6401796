"""Markdown postings from static sites: YAML front matter holds the header facts, and template
tags or comments in the body are not text a reader sees."""

from __future__ import annotations

import logging
import re

import frontmatter

log = logging.getLogger(__name__)

# Jekyll/Liquid comment blocks with what they hide (notes to the page's editors), then tags
# ({% include x %}, {{ page.title }}) and HTML comments.
_TEMPLATE = re.compile(r"\{%-?\s*comment\b.*?%\}.*?\{%-?\s*endcomment\b.*?%\}|"
                       r"\{%.*?%\}|\{\{.*?\}\}|<!--.*?-->", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """(metadata, body). A file without front matter, or with front matter that is not valid YAML,
    gives ({}, text) with the text unchanged, apart from template tags and comments."""
    metadata: dict = {}
    if text.lstrip().startswith(("---", "+++")):
        try:
            post = frontmatter.loads(text.lstrip())
            # "compensation:" left empty is no fact ("Compensation: None" would be read as one).
            metadata = {key: value for key, value in post.metadata.items()
                        if value is not None and value != ""}
            text = post.content
        except Exception as exc:  # YAML errors come in many types; the body is still readable
            log.info("front matter ignored (%s)", type(exc).__name__)
    return metadata, _TEMPLATE.sub("", text)
