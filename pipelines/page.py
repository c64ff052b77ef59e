"""The one page path: a `FetchedPage` becomes the cleaned article, with its URL identity
(canonical key and aliases), topics, casualty mentions and near-duplicate sketch.

The crawl runs `process_page` in a worker process (`pipelines.workers.page_in_worker`);
`newsmon reprocess` runs it over stored raw HTML (`fetched_page` rebuilds the page), so a
re-run gives what a fresh crawl of the same bytes would: the same options, topics and
tracking parameters from the configuration, a version when the text changed, new sketches.
"""

from __future__ import annotations

from typing import Any

from config.model import Config
from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.cleaning import (
    RAW_HTML_ENCODING,
    CleanedArticle,
    Cleaner,
    CleaningOptions,
    Rejection,
    decompress_html,
)
from pipelines.items import FetchedPage
from pipelines.mentions import article_mentions
from pipelines.urls import DEFAULT_TRACKING_PARAMS, canonical_url
from storage.records import ArticleRecord, MentionRecord, StoredPage


def process_page(page: FetchedPage, cleaner: Cleaner,
                 with_mentions: bool = True) -> CleanedArticle | Rejection:
    """Clean `page` (its listing's title and the outlet's language stand in for missing
    ones; its route decides whether a short text is kept), add what its fetch and listing
    know, and, when asked, the mentions of its title and text (`article_mentions`)."""
    result = cleaner.clean(page.body, page.url, page.outlet, page.listed_title,
                           page.language_hint, page.discovered_via)
    if isinstance(result, Rejection):
        return result
    article = with_fetch_facts(result, page, cleaner.options.tracking_params)
    if with_mentions:
        article.mentions = [m.to_dict() for m in article_mentions(
            article.text, article.language, article.title)]
    return article


def with_fetch_facts(article: CleanedArticle, page: FetchedPage,
                     tracking_params: tuple[str, ...]) -> CleanedArticle:
    """The article with its fetch facts: the URLs it was seen under, validators, the
    listing's date (it carries the time of day)."""
    seen_as = [page.url, canonical_url(page.fetched_url, tracking_params)]
    article.aliases = [u for u in dict.fromkeys(article.aliases + seen_as) if u != article.url]
    article.discovered_via = page.discovered_via
    article.etag = page.etag
    article.last_modified = page.last_modified
    article.fetched_at = page.fetched_at
    article.published_at = article.published_at or page.listed_at
    if (article.published_at and page.listed_at
            and article.published_at.date() == page.listed_at.date()):
        article.published_at = page.listed_at
    return article


def fetched_page(stored: StoredPage) -> FetchedPage:
    """A stored article as the page it was fetched as: its raw HTML, URL and fetch facts;
    its stored title stands in for the listing's (used only when the page has none)."""
    return FetchedPage(
        url=stored.url, fetched_url=stored.url, outlet=stored.outlet,
        body=decompress_html(stored.raw_html), encoding="utf-8", status=200,
        discovered_via=stored.discovered_via or "reprocess", listed_title=stored.title,
        etag=stored.etag, last_modified=stored.last_modified,
        language_hint=stored.language, fetched_at=stored.fetched_at,
    )


def cleaning_options(config: Config) -> CleaningOptions:
    """The cleaning options a crawl with `config` uses (see newsmon.runner.crawl_settings)."""
    crawl = config.crawl
    return CleaningOptions(
        min_text_chars=crawl.min_text_chars,
        tracking_params=tuple(crawl.tracking_params) or DEFAULT_TRACKING_PARAMS,
        duplicate_threshold=config.dedup.duplicate_threshold,
        topics=tuple((t.name, tuple(t.keywords)) for t in config.topic),
    )


def to_record(article: CleanedArticle) -> ArticleRecord:
    """What storage keeps of a processed page."""
    return ArticleRecord(
        url=article.url, outlet=article.outlet, text=article.text, raw_html=article.raw_html,
        raw_encoding=RAW_HTML_ENCODING,
        extractor_version=article.extractor_version, title=article.title, author=article.author,
        published_at=article.published_at, language=article.language, sitename=article.sitename,
        discovered_via=article.discovered_via, etag=article.etag,
        last_modified=article.last_modified, fetched_at=article.fetched_at,
        topics=list(article.topics or ()),
        mentions=[mention_record(m) for m in article.mentions or ()],
        mentions_version=MENTIONS_VERSION, content_hash=article.content_hash,
        minhash=article.minhash, bands=list(article.bands), aliases=list(article.aliases),
    )


def mention_record(mention: dict[str, Any]) -> MentionRecord:
    fields: dict[str, Any] = {k: mention.get(k) for k in MentionRecord.__slots__}
    fields["derived"] = bool(fields["derived"])
    fields["in_title"] = bool(fields["in_title"])
    return MentionRecord(**fields)
