"""Cleaning quality on 181 real news pages, crawled through the whole pipeline.

The article-extraction-benchmark corpus (../shared, not in the repo) is served on
127.0.0.1 by `bench.corpus_site.CorpusSite`; `newsmon crawl` (a child process)
fetches, cleans, extracts and stores it into a fresh SQLite file. The stored text
must score at least as well as bare `trafilatura.extract(html)` against the
hand-labelled article bodies, by the corpus README's whitespace-token F1.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import trafilatura
from sqlalchemy import select

from bench.corpus_site import (
    CorpusNotFound,
    CorpusSite,
    corpus_pages,
    ground_truth,
    page_id_from_url,
    token_scores,
)
from storage.db import Database
from storage.models import Article

REPO = Path(__file__).resolve().parents[1]
CRAWL_TIMEOUT_S = 120
MIN_STORED_SHARE = 0.95
MIN_F1 = 0.95
OUTLETS_TOML = """\
[crawl]
download_delay = 0
autothrottle = false
concurrency_per_domain = 16
clean_workers = 2

[[outlet]]
name = "corpus"
sitemaps = ["{sitemap}"]
"""

pytestmark = pytest.mark.timeout(CRAWL_TIMEOUT_S + 60)


def load_corpus() -> tuple[list[tuple[str, bytes]], dict[str, str]]:
    try:
        return corpus_pages(), ground_truth()
    except CorpusNotFound as exc:
        pytest.skip(f"../shared/corpus not found: {exc}")


def crawl_corpus(site: CorpusSite, tmp_path: Path) -> str:
    """`newsmon crawl` of the corpus site into a fresh SQLite file; returns its URL."""
    outlets = tmp_path / "outlets.toml"
    outlets.write_text(OUTLETS_TOML.format(sitemap=site.sitemap_url), encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'corpus.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "newsmon", "crawl", "--outlets", str(outlets), "--db", db_url],
        cwd=REPO, capture_output=True, text=True, timeout=CRAWL_TIMEOUT_S, check=False,
    )
    assert done.returncode == 0, f"newsmon crawl failed:\n{done.stdout}\n{done.stderr[-3000:]}"
    return db_url


def stored_texts(db_url: str) -> dict[str, str]:
    """Stored article text by corpus id (articles are keyed by their `/a/<id>.html` URL)."""
    db = Database(db_url)
    try:
        with db.begin() as session:
            rows = session.execute(select(Article.url, Article.text)).all()
    finally:
        db.dispose()
    by_id = {page_id_from_url(url): text for url, text in rows}
    return {page_id: text for page_id, text in by_id.items() if page_id is not None}


def test_stored_text_scores_at_least_bare_trafilatura(tmp_path: Path) -> None:
    pages, truth = load_corpus()
    with CorpusSite(pages=pages) as site:
        db_url = crawl_corpus(site, tmp_path)
    stored = stored_texts(db_url)

    assert len(stored) >= MIN_STORED_SHARE * len(pages), (
        f"only {len(stored)} of {len(pages)} pages stored")
    bare = {page_id: trafilatura.extract(html) for page_id, html in pages if page_id in stored}
    stored_scores = token_scores(stored, truth)
    bare_scores = token_scores(bare, truth)
    print(f"on {len(stored)} stored pages: stored F1 {stored_scores.f1:.3f} "
          f"(P {stored_scores.precision:.3f}, R {stored_scores.recall:.3f}); bare trafilatura "
          f"F1 {bare_scores.f1:.3f} (P {bare_scores.precision:.3f}, R {bare_scores.recall:.3f})")
    assert stored_scores.f1 >= MIN_F1
    assert stored_scores.f1 >= bare_scores.f1
