"""`newsmon reprocess` follows the crawl's page path: after a stored page's raw HTML changes,
it stores a version, new MinHash signature and bands, and the configuration's topics and
tracking parameters (real SQLite and PostgreSQL, the real CLI in a child process)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from pipelines.cleaning import CleanedArticle, Cleaner, compress_html
from pipelines.dedup import band_hashes, signature
from pipelines.items import FetchedPage
from pipelines.page import process_page, to_record
from storage.db import Database
from storage.ingest import ingest_article
from storage.models import Article, ArticleTopic, ArticleUrl, ArticleVersion, SketchBand
from storage.records import IngestOptions
from tests.sitecrawl import newsmon

URL = "https://ledger.example/news/2026/11/brigade.html"
PARAGRAPHS = [
    "The brigade reached the eastern front on Tuesday after a week on the road, officers said.",
    "Residents of the border villages watched the convoys pass through the night and morning.",
    "Supply depots along the route were restocked, and field hospitals were set up nearby.",
    "Commanders declined to say how long the brigade would stay or where it would go next.",
]
ADDED = "Drovnian officials said 40 soldiers were killed in the first clash near the river."
THRESHOLD = 0.6
CONFIG = f"""
[crawl]
min_text_chars = 100
tracking_params = ["utm_*", "sessionkey"]

[dedup]
duplicate_threshold = {THRESHOLD}

[[topic]]
name = "drovnia"
keywords = ["Drovnian"]

[[outlet]]
name = "ledger"
feeds = ["https://ledger.example/rss.xml"]
"""


def page_html(paragraphs: list[str], canonical: str = URL) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="en"><head><title>Brigade reaches the front</title>'
            f'<link rel="canonical" href="{canonical}"></head><body><article>'
            f"<h1>Brigade reaches the front</h1>{body}</article></body></html>").encode()


def store(db_url: str, html: bytes) -> int:
    """The page as a crawl with no topics and the default options stored it."""
    page = FetchedPage(url=URL, fetched_url=URL, outlet="ledger", body=html, encoding="utf-8",
                       status=200, discovered_via="rss",
                       fetched_at=datetime(2026, 11, 20, tzinfo=UTC))
    article = process_page(page, Cleaner())
    assert isinstance(article, CleanedArticle)
    db = Database(db_url)
    with db.begin() as session:
        article_id = ingest_article(session, to_record(article), IngestOptions(),
                                    lambda _a, _b: 0.0).article_id
    db.dispose()
    return article_id


def test_reprocess_after_a_raw_html_change(db_url: str, tmp_path: Path) -> None:
    article_id = store(db_url, page_html(PARAGRAPHS))
    db = Database(db_url)
    with db.begin() as session:
        old = session.get(Article, article_id)
        assert old is not None and old.version == 1
        old_text, old_minhash = old.text, old.minhash
        assert not old.topics
    changed = page_html(PARAGRAPHS + [ADDED], canonical=URL + "?sessionkey=42&utm_source=x")
    with db.begin() as session:
        session.execute(update(Article).where(Article.id == article_id)
                        .values(raw_html=compress_html(changed)))
    outlets = tmp_path / "outlets.toml"
    outlets.write_text(CONFIG, encoding="utf-8")

    result = newsmon("reprocess", "--outlets", str(outlets), "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "new_versions=1" in result.stdout

    with db.begin() as session:
        article = session.get(Article, article_id)
        assert article is not None and article.version == 2 and ADDED in article.text
        (version,) = session.scalars(select(ArticleVersion).where(
            ArticleVersion.article_id == article_id))
        assert (version.version, version.text) == (1, old_text)
        assert article.minhash == signature(article.text) != old_minhash
        bands = list(session.scalars(select(SketchBand.hash).where(
            SketchBand.article_id == article_id).order_by(SketchBand.band)))
        assert bands == band_hashes(article.minhash, THRESHOLD)
        topics = session.scalars(select(ArticleTopic.topic).where(
            ArticleTopic.article_id == article_id))
        assert list(topics) == ["drovnia"]
        aliases = set(session.scalars(select(ArticleUrl.url).where(
            ArticleUrl.article_id == article_id)))
        assert not any("sessionkey" in u or "utm_" in u for u in aliases | {article.url})
        mentions = [(m.category, m.low, m.version) for m in article.mentions]
        assert ("killed", 40, 2) in mentions
    db.dispose()

    again = newsmon("reprocess", "--outlets", str(outlets), "--db", db_url)
    assert again.returncode == 0 and "new_versions=0" in again.stdout


def test_reprocess_restores_a_missing_sketch_of_an_unchanged_text(db_url: str,
                                                                  tmp_path: Path) -> None:
    article_id = store(db_url, page_html(PARAGRAPHS))
    db = Database(db_url)
    with db.begin() as session:
        session.execute(update(Article).where(Article.id == article_id).values(minhash=None))
        session.query(SketchBand).filter(SketchBand.article_id == article_id).delete()
    outlets = tmp_path / "outlets.toml"
    outlets.write_text(CONFIG, encoding="utf-8")
    result = newsmon("reprocess", "--outlets", str(outlets), "--db", db_url)
    assert result.returncode == 0 and "new_versions=0" in result.stdout, result.stderr
    with db.begin() as session:
        article = session.get(Article, article_id)
        assert article is not None and article.version == 1
        assert article.minhash == signature(article.text)
        bands = list(session.scalars(select(SketchBand.hash).where(
            SketchBand.article_id == article_id).order_by(SketchBand.band)))
        assert bands == band_hashes(article.minhash, THRESHOLD)
    db.dispose()
