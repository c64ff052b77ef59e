"""Test-only bulk load: many articles, mentions and claims written as plain INSERTs, not
through ingest, to build in seconds a database too big for one statement's parameters.

Article i (from 1) is published at `T0 + i minutes`, belongs to outlet `outlet{i % 3}` and,
for every other one, to topic "even"; it states CLAIMS_PER_ARTICLE claims, each through
one current mention. Claims come in runs of three with the same `first_seen`, so orders
must break ties by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from storage.db import Database
from storage.models import Article, ArticleTopic, Claim, Mention

T0 = datetime(2026, 1, 1, tzinfo=UTC)
CLAIMS_PER_ARTICLE = 2
BATCH = 5000


@dataclass(frozen=True)
class Bulk:
    articles: int
    claims: int
    first_id: int               # of the first article (and its first claim and mention)

    def claim_ids_newest_first(self, topic: str | None = None) -> list[int]:
        """The default order of claims (-first_seen, then id descending)."""
        ids = [c for c in range(self.first_id, self.first_id + self.claims)
               if topic is None or _article_of(c - self.first_id) % 2 == 0]
        return sorted(ids, key=lambda c: (_seen(c - self.first_id), c), reverse=True)


def _article_of(claim_index: int) -> int:
    return claim_index // CLAIMS_PER_ARTICLE + 1


def _seen(claim_index: int) -> datetime:
    return T0 + timedelta(minutes=claim_index // 3)


def bulk_load(db: Database, articles: int, first_id: int = 1,
              shift: timedelta = timedelta(0)) -> Bulk:
    """Insert `articles` articles (ids from `first_id`) with their claims and mentions, all
    their times moved by `shift`."""
    with db.begin() as session:
        conn = session.connection()
        for start in range(0, articles, BATCH):
            numbers = range(start + 1, min(start + BATCH, articles) + 1)
            conn.execute(insert(Article), [_article(first_id, n, shift) for n in numbers])
            topics = [{"article_id": first_id + n - 1, "topic": "even"} for n in numbers
                      if n % 2 == 0]
            if topics:
                conn.execute(insert(ArticleTopic), topics)
            claims = [_claim(first_id, n, k, shift) for n in numbers
                      for k in range(CLAIMS_PER_ARTICLE)]
            conn.execute(insert(Claim), claims)
            conn.execute(insert(Mention), [_mention(first_id, c) for c in claims])
        if conn.dialect.name == "postgresql":
            for table in ("articles", "claims", "mentions"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    return Bulk(articles, articles * CLAIMS_PER_ARTICLE, first_id)


def _article(first_id: int, n: int, shift: timedelta) -> dict[str, Any]:
    published = T0 + shift + timedelta(minutes=n)
    return {"id": first_id + n - 1, "url": f"https://outlet.example/{first_id}/{n}",
            "outlet": f"outlet{n % 3}", "title": f"Story {n}", "published_at": published,
            "text": f"Story {n}: {n} soldiers were killed and {n + 1} wounded.",
            "raw_html": b"x", "extractor_version": "bulk", "first_seen_at": published,
            "fetched_at": published, "version": 1}


def _claim(first_id: int, n: int, k: int, shift: timedelta) -> dict[str, Any]:
    index = (n - 1) * CLAIMS_PER_ARTICLE + k
    seen = _seen(index) + shift
    category = ("killed", "wounded")[k % 2]
    figure = n + k
    return {"id": first_id + index, "category": category, "low": figure, "high": figure,
            "qualifier": "exact", "figure_key": f"{category}|{figure}|{figure}|soldiers",
            "group_key": "soldiers", "group_name": "soldiers", "first_seen": seen,
            "last_seen": seen, "first_outlet": f"outlet{n % 3}",
            "first_article_id": first_id + n - 1, "created_at": seen}


def _mention(first_id: int, claim: dict[str, Any]) -> dict[str, Any]:
    n = claim["first_article_id"] - first_id + 1
    sentence = f"Story {n}: {n} soldiers were killed and {n + 1} wounded."
    return {"id": claim["id"], "article_id": claim["first_article_id"],
            "category": claim["category"], "low": claim["low"], "high": claim["high"],
            "qualifier": "exact", "group_name": "soldiers", "attribution": f"army{n % 5}",
            "start": 0, "end": len(sentence), "sentence": sentence, "derived": False,
            "in_title": False, "extractor_version": "bulk", "version": 1,
            "claim_id": claim["id"]}
