"""Topic tagging: an article gets each topic one of whose keywords it contains."""

from __future__ import annotations

import re
from collections.abc import Iterable

TopicPatterns = list[tuple[str, re.Pattern[str]]]


def compile_topics(topics: Iterable[tuple[str, Iterable[str]]]) -> TopicPatterns:
    """(name, keywords) pairs as (name, one case-insensitive whole-word pattern)."""
    compiled = []
    for name, keywords in topics:
        words = sorted({k.strip() for k in keywords if k.strip()}, key=len, reverse=True)
        if words:
            alternation = "|".join(re.escape(w) for w in words)
            compiled.append((name, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)))
    return compiled


def tag_topics(text: str, patterns: TopicPatterns) -> list[str]:
    return [name for name, pattern in patterns if pattern.search(text)]


def article_topics(title: str | None, text: str, patterns: TopicPatterns) -> list[str]:
    """The topics of an article: its title counts as much as its text."""
    return tag_topics(f"{title or ''}\n{text}", patterns)
