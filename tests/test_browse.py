"""Table pages (storage.browse): keyset pagination in every sort, facets, bad cursors; and
the sentence with its figure marked. On real SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from newsmon.report import hedged_figure, marked_sentence
from storage import browse
from storage.browse import (
    ARTICLES,
    CLAIMS,
    MENTIONS,
    RUNS,
    Page,
    PageError,
    PageRequest,
    Table,
    article_facets,
    article_page,
    claim_facets,
    claim_page,
    decode_cursor,
    decode_tied_cursor,
    encode_cursor,
    mention_facets,
    mention_page,
    run_page,
)
from storage.db import Database
from storage.models import Mention
from storage.queries import sentence_start
from storage.records import ArticleFilter, ClaimFilter, MentionFilter, RunFilter
from tests.test_report import HOSTILE, seed

Pager = Callable[[Session, PageRequest], Page]
PAGERS: list[tuple[str, Table, Pager]] = [
    ("articles", ARTICLES, lambda s, p: article_page(s, ArticleFilter(limit=None), p)),
    ("mentions", MENTIONS, lambda s, p: mention_page(s, MentionFilter(), p)),
    ("claims", CLAIMS, lambda s, p: claim_page(s, ClaimFilter(), p)),
    ("runs", RUNS, lambda s, p: run_page(s, RunFilter(), p)),
]


def walk(session: Session, pager: Pager, sort: str, limit: int) -> list[list[Any]]:
    """Every page of a table in one sort, following next cursors (bounded)."""
    pages, cursor = [], None
    for _ in range(100):
        page = pager(session, PageRequest(sort=sort, cursor=cursor, limit=limit))
        pages.append([r["id"] for r in page.rows])
        cursor = page.next_cursor
        if cursor is None:
            return pages
    raise AssertionError("pagination did not end")


def sort_value(row: dict[str, Any], key: str) -> Any:
    if key == "figure":
        return row["high"] if row["high"] is not None else (row["low"] or 0)
    if key in ("group", "title", "attribution"):
        return (row.get(key) or "").lower()
    return row[key]


@pytest.fixture
def seeded(db_url: str) -> Any:
    fixture = seed(db_url)
    db = Database(db_url)
    yield db, fixture
    db.dispose()


def test_keyset_pages_cover_every_row_once_in_order(seeded: Any) -> None:
    db, _fixture = seeded
    with db.begin() as session:
        for name, table, pager in PAGERS:
            everything = pager(session, PageRequest(limit=1000)).rows
            for key in table.keys:
                for sort in (key, f"-{key}"):
                    pages = walk(session, pager, sort, limit=2)
                    ids = [i for page in pages for i in page]
                    assert sorted(ids) == sorted(r["id"] for r in everything), (name, sort)
                    assert all(len(p) == 2 for p in pages[:-1]), (name, sort, pages)
                    whole = [r["id"] for r in pager(session, PageRequest(sort=sort,
                                                                         limit=1000)).rows]
                    assert ids == whole, (name, sort)
                    rows = {r["id"]: r for r in everything}
                    if key in ("id", "duration_s", "published_at"):
                        continue
                    values = [sort_value(rows[i], key) for i in ids]
                    assert values == sorted(values, reverse=sort.startswith("-")), (name, sort)


def test_default_order_is_newest_first_and_names_it(seeded: Any) -> None:
    db, fixture = seeded
    with db.begin() as session:
        page = claim_page(session, ClaimFilter(), PageRequest(limit=2))
        assert page.sort == "-first_seen" and page.next_cursor
        assert [r["id"] for r in page.rows] == [fixture.claim_ids["hostile"],
                                                 fixture.claim_ids["captured"]]
        rest = claim_page(session, ClaimFilter(), PageRequest(cursor=page.next_cursor))
        assert [r["id"] for r in rest.rows] == [fixture.claim_ids["wounded"],
                                                 fixture.claim_ids["killed"]]
        assert rest.next_cursor is None


def test_facets_count_the_filtered_rows(seeded: Any) -> None:
    db, _fixture = seeded
    with db.begin() as session:
        facets = mention_facets(session, MentionFilter(topic="nk-troops"))
        rows = mention_page(session, MentionFilter(topic="nk-troops"), PageRequest()).rows
        assert dict(facets["outlet"]) == dict(Counter(r["outlet"] for r in rows))
        assert dict(facets["category"]) == {"killed": 3, "wounded": 1}
        assert dict(facets["topic"]) == {"nk-troops": 4}
        claims = claim_facets(session, ClaimFilter())
        assert dict(claims["category"]) == {"killed": 2, "wounded": 1, "captured": 1}
        assert dict(claims["outlet"]) == {"yonhap": 1, "kyiv": 2, "dw": 1, "evil": 1}
        only_kyiv = claim_page(session, ClaimFilter(outlets=("kyiv",)), PageRequest()).rows
        assert {r["group"] for r in only_kyiv} == {"North Korean soldiers", "North Korean troops"}
        articles = article_facets(session, ArticleFilter(limit=None, outlets=("kyiv", "dw")))
        assert dict(articles["outlet"]) == {"kyiv": 1, "dw": 1}
        assert dict(articles["topic"]) == {"nk-troops": 1, "other": 1}


def test_facets_of_many_matches_count_the_newest(seeded: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """More matches than FACET_SAMPLE: the facets count the listing's first FACET_SAMPLE
    rows in its default order, and say so; a filter with fewer matches counts them all."""
    db, _fixture = seeded
    monkeypatch.setattr(browse, "FACET_SAMPLE", 3)
    with db.begin() as session:
        newest = mention_page(session, MentionFilter(), PageRequest(limit=3)).rows
        facets = mention_facets(session, MentionFilter())
        assert facets.sampled == 3
        assert dict(facets["category"]) == dict(Counter(r["category"] for r in newest))
        assert dict(facets["outlet"]) == dict(Counter(r["outlet"] for r in newest))
        claims = claim_page(session, ClaimFilter(), PageRequest(limit=3)).rows
        facets = claim_facets(session, ClaimFilter())
        assert facets.sampled == 3
        assert dict(facets["category"]) == dict(Counter(r["category"] for r in claims))
        articles = article_page(session, ArticleFilter(), PageRequest(limit=3)).rows
        facets = article_facets(session, ArticleFilter())
        assert facets.sampled == 3
        assert dict(facets["outlet"]) == dict(Counter(r["outlet"] for r in articles))
        one = article_facets(session, ArticleFilter(outlets=("kyiv",)))
        assert one.sampled is None and dict(one["outlet"]) == {"kyiv": 1}


@pytest.mark.parametrize("cursor", ["x", "!!!", encode_cursor("not-a-date", 3),
                                    encode_cursor("2026-11-10T09:00:00+00:00", "3")])  # type: ignore[arg-type]
def test_a_bad_cursor_is_a_page_error(seeded: Any, cursor: str) -> None:
    db, _fixture = seeded
    with db.begin() as session, pytest.raises(PageError, match="^cursor: "):
        claim_page(session, ClaimFilter(), PageRequest(cursor=cursor))


def test_an_unknown_sort_is_a_page_error(seeded: Any) -> None:
    db, _fixture = seeded
    with db.begin() as session, pytest.raises(PageError, match="^sort: 'url' is not one of"):
        article_page(session, ArticleFilter(), PageRequest(sort="url"))


def test_cursor_round_trip() -> None:
    from datetime import UTC, datetime
    when = datetime(2026, 11, 10, 9, tzinfo=UTC)
    assert decode_cursor(encode_cursor(when, 7), datetime) == (when, 7)
    assert decode_cursor(encode_cursor("o'neil", 2), str) == ("o'neil", 2)
    assert decode_cursor(encode_cursor(12, 2), float) == (12.0, 2)
    assert decode_tied_cursor(encode_cursor(when, 7, 3), datetime) == (when, 7, 3)
    for wrong in (encode_cursor(when, 7), encode_cursor(when, 7, True)):  # type: ignore[arg-type]
        with pytest.raises(PageError):
            decode_tied_cursor(wrong, datetime)
    with pytest.raises(PageError):
        decode_cursor(encode_cursor(when, 7, 3), datetime)


def test_a_mention_page_cursor_carries_the_story(seeded: Any) -> None:
    """Newest first, mentions are ordered by their story's date, the story's id, then their
    own id; a cursor without the story's id is refused with the bad-cursor error."""
    db, _fixture = seeded
    with db.begin() as session:
        first = mention_page(session, MentionFilter(), PageRequest(limit=1))
        assert first.next_cursor
        from datetime import datetime
        value, mention_id, story = decode_tied_cursor(first.next_cursor, datetime)
        assert (mention_id, story) == (first.rows[0]["id"], first.rows[0]["article_id"])
        with pytest.raises(PageError, match="^cursor: "):
            mention_page(session, MentionFilter(),
                         PageRequest(cursor=encode_cursor(value, mention_id)))


# -- the sentence and its figure ------------------------------------------------------------
TEXT = "Intro line.\n\nAt least 140 were killed, officials said. Later, 140 more."


@pytest.mark.parametrize(("sentence", "start", "end", "expected"), [
    ("At least 140 were killed, officials said.", 13, 25, 13),
    ("Later, 140 more.", 62, 65, 55),
    ("Not in the text.", 13, 16, None),
])
def test_sentence_start(sentence: str, start: int, end: int, expected: int | None) -> None:
    mention = Mention(sentence=sentence, start=start, end=end)
    assert sentence_start(TEXT, mention) == expected


@pytest.mark.parametrize(("row", "html"), [
    ({"sentence": "At least 140 were killed.", "start": 13, "end": 25, "sentence_start": 13},
     "<mark>At least 140</mark> were killed."),
    ({"sentence": f"Seven {HOSTILE} died.", "start": 100, "end": 105, "sentence_start": 100},
     "<mark>Seven</mark> &lt;script&gt;alert(1)&lt;/script&gt; died."),
    ({"sentence": f"{HOSTILE} 5", "start": 0, "end": 99, "sentence_start": 0},
     "&lt;script&gt;alert(1)&lt;/script&gt; 5"),             # offsets past the end: no mark
    ({"sentence": "Two died.", "start": 4, "end": 7, "sentence_start": None}, "Two died."),
])
def test_marked_sentence_escapes_and_marks(row: dict[str, Any], html: str) -> None:
    assert str(marked_sentence(row)) == html


@pytest.mark.parametrize(("qualifier", "low", "high", "text"), [
    ("at_least", 140, 140, "at least 140"), ("approximately", 6000, 6000, "about 6,000"),
    ("range", 300, 500, "300–500"), ("vague", 200, 900, "200–900 (vague)"),
    ("exact", 2, 2, "2"), (None, None, None, "-"),
])
def test_hedged_figure(qualifier: str | None, low: int | None, high: int | None,
                       text: str) -> None:
    assert hedged_figure(qualifier, low, high) == text


def test_estimate_pages_cover_every_estimate_once_in_each_sort() -> None:
    from datetime import UTC, datetime

    from newsmon.views import ESTIMATE_SORTS, estimate_page
    rows = [{"group": g, "group_key": g.lower(), "category": c, "low": lo, "best": b,
             "high": hi, "as_of": datetime(2026, 11, d, tzinfo=UTC), "conflicting": False,
             "current": [{}] * n}
            for g, c, lo, b, hi, d, n in [("A", "killed", 1, 2.0, 3, 1, 1),
                                          ("B", "killed", 1, 2.0, 3, 1, 2),
                                          ("B", "wounded", 5, 6.5, 9, 3, 1),
                                          ("C", "missing", 100, 100, 100, 2, 3),
                                          ("d", "killed", 7, 7, 7, 3, 1)]]
    for name in ESTIMATE_SORTS:
        for sort in (name, f"-{name}"):
            seen, cursor = [], None
            for _ in range(10):
                page = estimate_page(rows, PageRequest(sort=sort, cursor=cursor, limit=2))
                seen += [(r["group_key"], r["category"]) for r in page.rows]
                cursor = page.next_cursor
                if cursor is None:
                    break
            whole = estimate_page(rows, PageRequest(sort=sort, limit=100)).rows
            assert seen == [(r["group_key"], r["category"]) for r in whole], sort
            assert len(set(seen)) == len(rows), sort
    with pytest.raises(PageError, match="^sort: "):
        estimate_page(rows, PageRequest(sort="url"))
    with pytest.raises(PageError, match="^cursor: "):
        estimate_page(rows, PageRequest(cursor=encode_cursor("x", 1)))
