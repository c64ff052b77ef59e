"""Story ingestion on a real SQLite file and a real PostgreSQL: aliases, versions, figure
changes, near-duplicate links and claims."""

from __future__ import annotations

import multiprocessing
import zlib
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select

from pipelines.dedup import band_hashes, content_hash, signature, similarity
from storage.db import Database
from storage.ingest import ingest_article, mark_checked
from storage.models import Article, ArticleUrl, ArticleVersion, Claim
from storage.queries import (
    IN_LIST_MAX,
    change_rows,
    claim_rows,
    rejections_since,
    remember_rejection,
    stored_stories,
    stored_story,
)
from storage.records import ArticleRecord, ChangeFilter, ClaimFilter, IngestOptions, MentionRecord
from tests.ingest_writers import write_stories

DAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
STORY = ("Officials said at least 140 soldiers were killed in the fighting near the river. "
         "The brigade arrived in the region three weeks ago and has been holding a line of "
         "villages along the eastern bank, where shelling continued through the night. "
         "Aid groups said roads to the area remained closed and supplies were running low. ") * 3
OTHER = ("The city council approved a new budget on Tuesday after a long debate about ferry "
         "fares, school repairs and the cost of clearing storm damage from the harbour. ") * 4
OPTIONS = IngestOptions()


def mention(category: str, low: int, group: str = "soldiers", attribution: str | None = "officials"
            ) -> MentionRecord:
    return MentionRecord(category=category, low=low, high=low, qualifier="at_least", group=group,
                         attribution=attribution, start=0, end=3, sentence=f"{low} {category}")


def record(url: str, text: str, outlet: str = "a", published: datetime = DAY,
           mentions: list[MentionRecord] | None = None, aliases: list[str] | None = None
           ) -> ArticleRecord:
    sig = signature(text)
    return ArticleRecord(url=url, outlet=outlet, text=text, raw_html=zlib.compress(b"<p>x</p>"),
                         extractor_version="t", published_at=published, title=url,
                         content_hash=content_hash(text), minhash=sig,
                         bands=band_hashes(sig, OPTIONS.duplicate_threshold),
                         mentions=mentions or [], aliases=aliases or [], mentions_version="m")


def ingest(db: Database, rec: ArticleRecord):  # type: ignore[no-untyped-def]
    with db.begin() as session:
        return ingest_article(session, rec, OPTIONS, similarity)


def test_aliases_resolve_to_one_story(db_url: str) -> None:
    db = Database(db_url)
    first = ingest(db, record("https://a.org/s", STORY, aliases=["https://a.org/print/s"]))
    again = ingest(db, record("https://a.org/print/s", STORY))
    assert again.article_id == first.article_id and not again.created
    with db.begin() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 1
        known = stored_story(s, "https://a.org/print/s")
        assert known is not None and known.article_id == first.article_id


def test_copy_is_linked_to_the_earlier_published_original(db_url: str) -> None:
    db = Database(db_url)
    later = ingest(db, record("https://b.org/copy", "REPRINT. " + STORY + " (c) Wire", "b",
                              DAY + timedelta(hours=5)))
    earlier = ingest(db, record("https://a.org/story", STORY, "a", DAY))
    other = ingest(db, record("https://c.org/other", OTHER, "c"))
    assert later.duplicate_of is None  # nothing to copy yet
    with db.begin() as s:
        copy = s.get(Article, later.article_id)
        assert copy is not None and copy.duplicate_of_id == earlier.article_id
        original = s.get(Article, earlier.article_id)
        assert original is not None and original.duplicate_of_id is None
        unrelated = s.get(Article, other.article_id)
        assert unrelated is not None and unrelated.duplicate_of_id is None


def test_edit_makes_version_and_figure_change(db_url: str) -> None:
    db = Database(db_url)
    first = record("https://a.org/s", STORY, mentions=[mention("killed", 100)])
    first.fetched_at = DAY + timedelta(hours=1)
    ingest(db, first)
    edited = STORY.replace("140", "300") + " The toll was revised on Wednesday."
    second = record("https://a.org/s", edited, mentions=[mention("killed", 300)])
    second.fetched_at = DAY + timedelta(hours=9)
    result = ingest(db, second)
    assert result.new_version and result.figure_changes == 1
    with db.begin() as s:
        versions = list(s.scalars(select(ArticleVersion)))
        assert [v.version for v in versions] == [1]
        kept = versions[0].fetched_at  # when the replaced text was fetched, not the edit
        assert (kept if kept.tzinfo else kept.replace(tzinfo=UTC)) == first.fetched_at
        article = s.scalars(select(Article)).one()
        fetched = article.fetched_at
        assert (fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC)) == second.fetched_at
        rows = change_rows(s, ChangeFilter())
        assert [(r["old_low"], r["new_low"], r["change"]) for r in rows] == [
            (100, 300, "killed 100 → 300")]


def test_unchanged_text_is_not_a_new_version(db_url: str) -> None:
    db = Database(db_url)
    ingest(db, record("https://a.org/s", STORY, mentions=[mention("killed", 100)]))
    result = ingest(db, record("https://a.org/s", "  " + STORY.upper(), mentions=[mention("killed", 100)]))
    assert not result.new_version
    with db.begin() as s:
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 0
        assert mark_checked(s, "https://a.org/s")


def test_claims_group_the_same_figure_across_outlets(db_url: str) -> None:
    db = Database(db_url)
    ingest(db, record("https://a.org/1", STORY, "a", DAY,
                      [mention("casualties", 6000, "North Korean soldiers", "NIS")]))
    ingest(db, record("https://b.org/2", OTHER, "b", DAY + timedelta(days=2),
                      [mention("casualties", 6000, "North Korean troops", "South Korea's spy agency")]))
    ingest(db, record("https://c.org/3", OTHER + " More.", "c", DAY + timedelta(days=90),
                      [mention("casualties", 6000, "North Korean soldiers", "NIS")]))
    ingest(db, record("https://d.org/4", STORY + " Copy.", "d", DAY + timedelta(days=1),
                      [mention("casualties", 6000, "North Korean soldiers", "NIS")]))
    with db.begin() as s:
        rows = claim_rows(s, ClaimFilter(category="casualties"))
        assert s.scalar(select(func.count()).select_from(Claim)) == 2  # outside the window: new
    first = next(r for r in rows if r["first_outlet"] == "a")
    assert first["articles"] == 3                     # a, b and d's copy
    assert first["outlets"] == ["a", "b"]             # d is a syndicated copy of a: counted once
    assert first["attributions"] == ["NIS", "South Korea's spy agency"]
    assert first["first_seen"] == DAY
    assert {c["outlet"] for c in first["citations"]} == {"a", "b", "d"}


def test_stored_stories_and_rejections_are_looked_up_in_batches(db_url: str) -> None:
    db = Database(db_url)
    first = ingest(db, record("https://a.org/s", STORY, published=DAY, aliases=["https://a.org/amp/s"]))
    other = ingest(db, record("https://b.org/t", OTHER, "b", DAY - timedelta(days=3),
                              aliases=["https://a.org/s?utm=x"]))
    with db.begin() as s:
        s.execute(insert(ArticleUrl).values(url="https://b.org/also-a", article_id=first.article_id))
        remember_rejection(s, "https://a.org/stub", "a", "TooShort")
    unknown = [f"https://a.org/new/{i}" for i in range(2 * IN_LIST_MAX + 10)]  # three IN lists
    wanted = [*unknown[:700], "https://a.org/amp/s", "https://b.org/t", "https://a.org/s?utm=x",
              "https://b.org/t", "https://a.org/stub", *unknown[700:]]
    with db.begin() as s:
        known = stored_stories(s, wanted)
        rejected = rejections_since(s, wanted)
    assert {url: story.article_id for url, story in known.items()} == {
        "https://a.org/amp/s": first.article_id, "https://b.org/t": other.article_id,
        "https://a.org/s?utm=x": other.article_id}
    assert known["https://b.org/t"].age - known["https://a.org/amp/s"].age == timedelta(days=3)
    assert list(rejected) == ["https://a.org/stub"]
    assert datetime.now(UTC) - rejected["https://a.org/stub"] < timedelta(minutes=5)
    with db.begin() as s:  # a URL that is one story's key and another's alias is the first one's
        assert stored_stories(s, ["https://b.org/also-a", "https://b.org/t"]).keys() == {
            "https://b.org/also-a", "https://b.org/t"}
        single = stored_story(s, "https://b.org/also-a")
        assert single is not None and single.article_id == first.article_id
        assert stored_stories(s, []) == {} and rejections_since(s, []) == {}


def test_objects_loaded_before_an_ingest_see_its_writes(db_url: str) -> None:
    db = Database(db_url)
    first = ingest(db, record("https://a.org/s", STORY, mentions=[mention("killed", 100)]))
    with db.begin() as s:
        article = s.get(Article, first.article_id)
        assert article is not None and article.version == 1
        edited = STORY.replace("140", "300")
        ingest_article(s, record("https://a.org/s", edited, mentions=[mention("killed", 300)]),
                       OPTIONS, similarity)
        assert article.version == 2 and article.text == edited
        assert [(m.version, m.low) for m in article.mentions] == [(1, 100), (2, 300)]


def test_two_processes_storing_copies_at_once_link_every_copy(db_url: str) -> None:
    """Two crawl processes store the same stories from two outlets at the same moment:
    every pair is one original and one copy, never two originals (the writers are
    serialised across processes, SQLite and PostgreSQL alike)."""
    Database(db_url).dispose()  # the schema, before both writers start
    context = multiprocessing.get_context("spawn")  # a clean child, whatever runs here
    start = context.Barrier(3)  # both writers ready (imports done), then all go at once
    count = 80
    writers = [context.Process(target=write_stories, args=(db_url, outlet, count, start))
               for outlet in ("a", "b")]
    for writer in writers:
        writer.start()
    start.wait(60)
    for writer in writers:
        writer.join(120)
    assert [w.exitcode for w in writers] == [0, 0]
    db = Database(db_url)
    with db.begin() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 2 * count
        originals = s.scalar(select(func.count()).select_from(Article)
                             .where(Article.duplicate_of_id.is_(None)))
    db.dispose()
    assert originals == count


def test_hedges_make_different_claims_of_one_figure(db_url: str) -> None:
    db = Database(db_url)
    exact = MentionRecord(category="killed", low=140, high=140, qualifier="exact",
                          group="soldiers", attribution="officials", start=0, end=3,
                          sentence="140 soldiers were killed.")
    groupless = MentionRecord(category="killed", low=140, high=140, qualifier="exact",
                              group=None, attribution=None, start=50, end=53,
                              sentence="The 140 deaths shocked the town.")
    ingest(db, record("https://a.org/1", STORY, "a", DAY,
                      [mention("killed", 140), groupless]))              # at least 140
    ingest(db, record("https://b.org/2", OTHER, "b", DAY + timedelta(days=1), [exact]))
    with db.begin() as s:
        rows = claim_rows(s, ClaimFilter(category="killed"))
    assert sorted((r["figure"], r["articles"]) for r in rows) == [
        ("140 killed", 1), ("at least 140 killed", 1)]
    assert len({r["figure_key"] for r in rows}) == 1                    # the same figure
    hedged = next(r for r in rows if r["qualifier"] == "at_least")
    assert [c["sentence"] for c in hedged["citations"]] == [
        "140 killed", "The 140 deaths shocked the town."]              # one claim, two sentences
