"""Casualty mentions of an article, title included, as every path stores them (the crawl's
cleaning task, CasualtyPipeline, `newsmon reprocess`) and `newsmon extract` prints them.

The extractor (`pipelines.casualty.extract_mentions`) reads the title and the text apart.
Cleaned text often opens with the headline itself (trafilatura keeps an `<h1>` inside the
`<article>`): a figure there is the title's, already found `in_title`, so the text's copy
of it is left out rather than stored twice.
"""

from __future__ import annotations

from pipelines.casualty import CasualtyMention, extract_mentions


def article_mentions(text: str, language: str | None = None,
                     title: str | None = None) -> list[CasualtyMention]:
    """The mentions of `title` (`in_title`, offsets into it) and then of `text`; an article
    with no known language is read as English."""
    mentions = extract_mentions(text, language or "en", title)
    headline = headline_span(text, title)
    if headline is None:
        return mentions
    start, end = headline
    return [m for m in mentions if m.in_title or not start <= m.start < end]


def headline_span(text: str, title: str | None) -> tuple[int, int] | None:
    """Offsets of the text's first line when it is the title (spacing and case aside)."""
    if not title or not title.strip():
        return None
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (start, end) if _words(text[start:end]) == _words(title) else None


def _words(line: str) -> str:
    return " ".join(line.split()).casefold()
