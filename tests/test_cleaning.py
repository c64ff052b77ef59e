"""The cleaning stage's pure parts: parsing, the two passes, raw-HTML archiving."""

from __future__ import annotations

import zlib

import pytest

from pipelines.cleaning import (
    ZSTD_MAGIC,
    CleanedArticle,
    Cleaner,
    CleaningOptions,
    Rejection,
    compress_html,
    decompress_html,
    parse_html,
)

URL = "http://127.0.0.1:8000/news/2026/11/story.html"
BODY = " ".join(f"Paragraph {i} of the story says something about the front line." for i in range(30))


def article_html(charset: str = "utf-8", extra: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='{charset}'>"
            "<title>Café talks resume - Example News</title>"
            "<meta name='author' content='Jane Reporter'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>Café talks resume</h1><p>{BODY}</p>{extra}</article>"
            "<footer>Copyright Example News</footer></body></html>")


def test_raw_html_is_zstd_and_old_zlib_rows_still_read() -> None:
    html = article_html().encode("utf-8")
    packed = compress_html(html)
    assert packed.startswith(ZSTD_MAGIC) and len(packed) < len(html)
    assert decompress_html(packed) == html
    assert decompress_html(zlib.compress(html)) == html


def test_latin1_page_is_decoded_by_its_declared_charset() -> None:
    tree = parse_html(article_html("iso-8859-1").encode("latin-1"))
    assert tree is not None
    assert "Café" in tree.findtext(".//h1")


def test_clean_gives_text_metadata_and_key() -> None:
    html = article_html().encode("utf-8")
    result = Cleaner().clean(html, URL + "?utm_source=x", "example")
    assert isinstance(result, CleanedArticle)
    assert result.url == URL  # tracking parameter removed
    assert result.aliases == [URL + "?utm_source=x"]
    assert "Paragraph 0 of the story" in result.text and "Home" not in result.text
    assert "Copyright" not in result.text
    assert (result.title, result.author) == ("Café talks resume", "Jane Reporter")
    assert decompress_html(result.raw_html) == html
    assert result.mentions is None  # extracted by the worker task or the casualty stage


def test_not_html_and_too_short_are_rejected_with_a_reason() -> None:
    cleaner = Cleaner()
    pdf = cleaner.clean(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", URL, "example")
    assert isinstance(pdf, Rejection) and pdf.reason == "not_article"
    short = (b"<html><head><title>t</title></head><body><article><p>Too short to be a story."
             b"</p></article></body></html>")
    result = cleaner.clean(short, URL, "example")
    assert isinstance(result, Rejection) and result.reason in ("too_short", "not_article")


FLASH = (b"<html><head><title>Bus overturns</title></head><body><article><h1>Bus overturns</h1>"
         b"<p>At least 12 people were killed when a bus overturned, police said.</p>"
         b"</article></body></html>")


@pytest.mark.parametrize(
    ("discovered_via", "kept"),
    [("rss", True), ("atom", True), ("news_sitemap", True),
     ("section", False), ("sitemap", False), (None, False)],
)
def test_a_listed_flash_is_kept_however_short(discovered_via: str | None, kept: bool) -> None:
    result = Cleaner(CleaningOptions(min_text_chars=300)).clean(FLASH, URL, "x", discovered_via=discovered_via)
    if kept:
        assert isinstance(result, CleanedArticle)
        assert result.text.endswith("At least 12 people were killed when a bus overturned, police said.")
    else:
        assert isinstance(result, Rejection) and result.reason == "too_short"


def test_extract_text_works_on_a_parsed_tree_and_leaves_it_intact() -> None:
    """trafilatura prunes its own copy: the tree is still whole for the metadata."""
    cleaner = Cleaner()
    tree = parse_html(article_html())
    assert tree is not None
    doc = cleaner.extract_text(tree, URL)
    assert doc is not None and len(doc.text) > 500
    assert tree.find(".//nav") is not None and tree.find(".//footer") is not None
    assert parse_html(b"") is None


def test_topics_are_tagged_in_the_cleaning_task() -> None:
    options = CleaningOptions(topics=(("front", ("front line",)), ("dprk", ("Pyongyang",)),
                                      ("cafe", ("café talks",))))
    result = Cleaner(options).clean(article_html().encode("utf-8"), URL, "example")
    assert isinstance(result, CleanedArticle)
    assert result.topics == ["front", "cafe"]  # the title counts too; no Pyongyang anywhere
    untagged = Cleaner().clean(article_html().encode("utf-8"), URL, "example")
    assert isinstance(untagged, CleanedArticle) and untagged.topics == []


def test_a_title_from_the_listing_is_tagged_too() -> None:
    """A page without a title of its own takes its listing's, and its topics are tagged
    with it; without `<html lang>` it takes the outlet's language."""
    options = CleaningOptions(topics=(("front", ("front line",)), ("dprk", ("Pyongyang",))))
    html = (f"<html><body><article><p>{BODY}</p></article></body></html>").encode()
    untitled = Cleaner(options).clean(html, URL, "x")
    assert isinstance(untitled, CleanedArticle) and not untitled.title
    assert untitled.topics == ["front"] and untitled.language is None
    article = Cleaner(options).clean(html, URL, "x", listed_title="Pyongyang sends troops",
                                     language_hint="en")
    assert isinstance(article, CleanedArticle)
    assert article.title == "Pyongyang sends troops" and article.topics == ["front", "dprk"]
    assert article.language == "en"
    own = Cleaner(options).clean(article_html().encode("utf-8"), URL, "x",
                                 listed_title="Pyongyang sends troops", language_hint="ko")
    assert isinstance(own, CleanedArticle) and own.title != "Pyongyang sends troops"
    assert own.language == "en"  # the page's <html lang> before the outlet's


def test_published_at_prefers_the_pages_own_time_then_the_listing_then_the_date() -> None:
    """The same page gives the same published_at whichever listing found it (issue 13)."""
    from datetime import UTC, datetime

    from pipelines.items import FetchedPage
    from pipelines.page import with_fetch_facts

    listed = datetime(2026, 11, 20, 8, 11, tzinfo=UTC)
    timed = "<p>Published <time datetime='2026-11-20T13:37:00Z'>20 November</time></p>"
    dated = "<meta property='article:published_time' content='2026-11-20'>"

    def stored(extra: str, listed_at: datetime | None) -> datetime | None:
        html = article_html(extra=extra).encode()
        article = Cleaner().clean(html, URL, "x")
        assert isinstance(article, CleanedArticle)
        page = FetchedPage(url=URL, fetched_url=URL, outlet="x", body=html, encoding="utf-8",
                           status=200, discovered_via="rss", listed_at=listed_at)
        return with_fetch_facts(article, page, ()).published_at

    page_time = datetime(2026, 11, 20, 13, 37, tzinfo=UTC)
    assert stored(timed, listed) == stored(timed, None) == page_time
    assert stored(dated, listed) == listed                      # the listing has the time
    assert stored(dated, None) == datetime(2026, 11, 20, tzinfo=UTC)
    assert stored("", listed) == listed
