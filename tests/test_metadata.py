"""Page metadata (pipelines.metadata): trafilatura's own steps without its slow passes.

Hand-written pages check the author rules one by one; the 181 real pages of
../shared/corpus check that `page_metadata` gives exactly what trafilatura's
`extract_metadata` gives for every field this project keeps.
"""

from __future__ import annotations

import pytest
from trafilatura.metadata import extract_author, extract_metadata
from trafilatura.utils import load_html

from bench.corpus_site import CorpusNotFound, corpus_pages
from pipelines.cleaning import DATE_PARAMS, parse_html
from pipelines.metadata import byline_author, page_metadata, published_time

URL = "http://127.0.0.1:8000/news/2026/11/story.html"


def page(body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>Page title - Example</title>{head}"
            f"</head><body>{body}<p>{'Some article text. ' * 40}</p></body></html>")


def author_of(body: str) -> str | None:
    tree = parse_html(page(body))
    assert tree is not None
    return byline_author(tree)


def test_meta_tags_and_json_ld_come_first() -> None:
    head = ("<meta property='og:title' content='The real headline'>"
            "<meta name='author' content='Jane Reporter'>"
            "<meta property='og:site_name' content='Example News'>"
            "<meta property='article:published_time' content='2026-11-20T08:00:00Z'>")
    tree = parse_html(page("<div class='author'>Someone Else</div>", head))
    assert tree is not None
    meta = page_metadata(tree, URL, DATE_PARAMS)
    assert (meta.title, meta.author, meta.sitename) == (
        "The real headline", "Jane Reporter", "Example News")
    assert meta.date == "2026-11-20"


def test_byline_in_the_body_when_the_head_names_nobody() -> None:
    assert author_of("<p class='byline'>By Kim Min-jun</p>") == "Kim Min-jun"


def test_specific_author_markup_beats_a_generic_byline_earlier_in_the_page() -> None:
    body = ("<div class='byline'>Staff and agencies</div>"
            "<span class='author-name'>Olena Kovalenko</span>")
    assert author_of(body) == "Olena Kovalenko"


def test_author_inside_comments_or_a_sidebar_is_ignored() -> None:
    body = ("<section id='comments'><span class='author'>Commenter Joe</span></section>"
            "<div class='sidebar'><p class='author'>Columnist Elsewhere</p></div>")
    assert author_of(body) is None


def test_dates_inside_the_byline_are_not_part_of_the_name() -> None:
    body = "<div class='author'>Maria Petrenko <time>21 November 2026</time></div>"
    assert author_of(body) == "Maria Petrenko"


def test_too_long_or_too_short_candidates_are_skipped() -> None:
    body = (f"<div class='author'>{'word ' * 40}</div><div class='author'>AB</div>"
            "<div id='author-box'>Lee Sang-hoon</div>")
    assert author_of(body) == "Lee Sang-hoon"


def test_no_author_anywhere() -> None:
    assert author_of("<div class='story'>Nothing to see</div>") is None


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, bytes]]:
    try:
        return corpus_pages()
    except CorpusNotFound as exc:
        pytest.skip(f"../shared/corpus not found: {exc}")


def test_same_metadata_as_trafilatura_on_real_pages(corpus: list[tuple[str, bytes]]) -> None:
    differences = []
    for page_id, html in corpus:
        tree = load_html(html)
        ours = page_metadata(tree, URL, DATE_PARAMS)
        theirs = extract_metadata(tree, URL, DATE_PARAMS, extensive=False)
        for field in ("title", "author", "date", "sitename"):
            if getattr(ours, field) != (getattr(theirs, field) or None):
                differences.append((page_id[:12], field, getattr(ours, field),
                                    getattr(theirs, field)))
    assert not differences, differences[:10]


def test_same_body_author_as_trafilatura_on_real_pages(corpus: list[tuple[str, bytes]]) -> None:
    """The fallback alone, on every page (most pages never need it)."""
    found = 0
    for page_id, html in corpus:
        tree = load_html(html)
        expected = extract_author(tree)
        assert byline_author(tree) == expected, page_id
        found += expected is not None
    assert found > len(corpus) // 2  # the comparison is not just None == None


# -- the page's own publication time (issue 13: dates moved between identical runs) ----------
LD = "<script type='application/ld+json'>{}</script>"


@pytest.mark.parametrize(("head", "body", "expected"), [
    (LD.format('{"@type": "NewsArticle", "datePublished": "2026-11-20T08:11:00+02:00"}'), "",
     "2026-11-20T06:11:00+00:00"),
    (LD.format('{"@graph": [{"@type": "WebPage"}, {"datePublished": "2026-11-20T09:30Z"}]}'),
     "<time datetime='2026-11-21T10:00:00Z'>21 Nov</time>", "2026-11-20T09:30:00+00:00"),
    ("<meta property='article:published_time' content='2026-11-20T07:45:00Z'>",
     "<time datetime='2026-11-21T10:00:00Z'>21 Nov</time>", "2026-11-20T07:45:00+00:00"),
    ("", "<p class='dateline'><time datetime='2026-11-20T13:05:00Z'>20 Nov</time></p>",
     "2026-11-20T13:05:00+00:00"),
    ("", "<time datetime='2026-11-20T13:05:00'>20 Nov</time>", "2026-11-20T13:05:00+00:00"),
    (LD.format('{"datePublished": "2026-11-20"}'), "<time datetime='2026-11-20'>x</time>", None),
    (LD.format('{not json'), "<time datetime='yesterday'>x</time>", None),
])
def test_published_time_comes_from_the_page(head: str, body: str, expected: str | None) -> None:
    tree = parse_html(page(body, head))
    assert tree is not None
    published = published_time(tree)
    assert (published.isoformat() if published else None) == expected
    assert page_metadata(tree, URL, DATE_PARAMS).published == published
