"""Casualty mentions through the whole pipeline: crawl → stored mentions → query, extract, reprocess."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from newsmon.sample_site import SampleSite, load_expected
from storage.db import Database
from storage.models import Mention
from tests.sitecrawl import newsmon, query_json, write_outlets

PAGES = load_expected()["pages"]
FACTS = [(path, fact) for path, page in PAGES.items() for fact in page.get("casualties", [])]
TITLE_FACTS = [(path, fact) for path, page in PAGES.items()
               for fact in page.get("title_casualties", [])]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SampleSite, str]]:
    tmp = tmp_path_factory.mktemp("mentions")
    with SampleSite() as site:
        outlets = write_outlets(tmp / "outlets.toml", site)
        db_url = f"sqlite:///{tmp / 'm.db'}"
        result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url)
        assert result.returncode == 0, result.stderr
        yield site, db_url


@pytest.mark.parametrize(("path", "fact"), FACTS, ids=[f"{p.rsplit('/', 1)[-1]}-{f['category']}"
                                                      for p, f in FACTS])
def test_expected_figures_are_stored_with_sentence_and_offsets(
        crawled: tuple[SampleSite, str], path: str, fact: dict) -> None:
    site, db_url = crawled
    rows = [m for m in query_json("mentions", db_url, "--category", fact["category"])
            if m["article_url"] == site.base_url + path]
    match = [m for m in rows if m["low"] == fact["figure"] and not m["in_title"]]
    assert match, f"{fact} not in {rows}"
    mention = match[0]
    assert mention["outlet"] == "ledger" and mention["published_at"]
    assert mention["sentence"] and mention["end"] > mention["start"]
    articles = {a["url"]: a for a in query_json("articles", db_url, "--limit", "100")}
    text = articles[mention["article_url"]]["text"]
    assert str(fact["figure"]) in text[mention["start"]:mention["end"]] or \
        fact.get("as_written", "~").split()[0].lower() in text[mention["start"]:mention["end"]].lower()


@pytest.mark.parametrize(("path", "fact"), TITLE_FACTS,
                         ids=[f"{p.rsplit('/', 1)[-1]}-{f['category']}" for p, f in TITLE_FACTS])
def test_headline_figures_are_stored_in_title(crawled: tuple[SampleSite, str], path: str,
                                              fact: dict) -> None:
    site, db_url = crawled
    url = site.base_url + path
    title = next(a["title"] for a in query_json("articles", db_url, "--limit", "100")
                 if a["url"] == url)
    assert title == PAGES[path]["title"]
    match = [m for m in query_json("mentions", db_url, "--category", fact["category"])
             if m["article_url"] == url and m["in_title"] and m["low"] == fact["figure"]]
    assert len(match) == 1, match
    stated = title[match[0]["start"]:match[0]["end"]]
    assert stated == fact.get("as_written", str(fact["figure"]))
    assert match[0]["sentence"] == title
    if "group" in fact:
        assert match[0]["group"] == fact["group"]


def test_headline_figures_count_once_in_claims(crawled: tuple[SampleSite, str]) -> None:
    """A headline figure the text repeats is the text's claim, with no citation of its own;
    one only the headline states ("lost 85 soldiers": casualties) is a claim of its own."""
    site, db_url = crawled
    claims = query_json("claims", db_url)
    for path, fact in TITLE_FACTS:
        url = site.base_url + path
        figure = (fact["category"], fact["figure"])
        cited = [(c, [x for x in c["citations"] if x["url"] == url]) for c in claims
                 if (c["category"], c["low"]) == figure and any(x["url"] == url
                                                                for x in c["citations"])]
        assert len(cited) == 1, (path, fact, cited)
        claim, citations = cited[0]
        in_text = figure in {(f["category"], f["figure"]) for f in PAGES[path]["casualties"]}
        flags = [x["in_title"] for x in citations]  # the text may state a figure twice
        assert (flags and not any(flags)) if in_text else flags == [True], (path, flags)
        assert claim["articles"] == 1


def test_mention_query_filters(crawled: tuple[SampleSite, str]) -> None:
    _, db_url = crawled
    big = query_json("mentions", db_url, "--min-count", "100")
    assert big and all((m["high"] or m["low"]) >= 100 for m in big)
    drovnian = query_json("mentions", db_url, "--group", "drovnian")
    assert drovnian and all("drovnian" in (m["group"] or "").lower() for m in drovnian)
    police = query_json("mentions", db_url, "--attribution", "police")
    assert {m["category"] for m in police} >= {"killed", "wounded"}
    assert query_json("mentions", db_url, "--topic", "crime")
    assert query_json("mentions", db_url, "--outlet", "nobody") == []
    fields = {"category", "low", "high", "qualifier", "group", "attribution", "start", "end",
              "in_title", "article_url", "outlet", "published_at", "sentence"}
    assert fields <= set(drovnian[0])
    csv_out = newsmon("query", "mentions", "--db", db_url, "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,category,low,high,qualifier,group,attribution")


def test_reprocess_replaces_mentions_per_article(crawled: tuple[SampleSite, str]) -> None:
    _, db_url = crawled
    before = sorted((m["article_url"], m["category"], m["low"], m["in_title"], m["start"])
                    for m in query_json("mentions", db_url))
    assert any(m[3] for m in before)  # headline figures are stored, and survive too
    db = Database(db_url)
    with db.begin() as session:  # simulate an old extractor's output
        session.execute(update(Mention).values(low=999999, extractor_version="old"))
    db.dispose()
    result = newsmon("reprocess", "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "articles=9" in result.stdout
    after = sorted((m["article_url"], m["category"], m["low"], m["in_title"], m["start"])
                   for m in query_json("mentions", db_url))
    assert after == before
    db = Database(db_url)
    with db.begin() as session:
        assert "old" not in set(session.scalars(select(Mention.extractor_version)))
    db.dispose()


def test_extract_streams_json_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": "At least 12 people were killed and 30 wounded."}),
             "", json.dumps({"id": 7, "text": "No one was hurt."})]
    result = newsmon("extract", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7]
    assert {(m["category"], m["low"]) for m in out[0]["mentions"]} == {("killed", 12), ("wounded", 30)}
    assert out[1]["mentions"] == []
    path = tmp_path / "in.jsonl"
    path.write_text(lines[0] + "\n", encoding="utf-8")
    assert json.loads(newsmon("extract", str(path)).stdout)["id"] == "a"


def test_extract_reports_bad_lines_and_goes_on() -> None:
    good = json.dumps({"id": "b", "text": "Two soldiers were wounded."})
    result = newsmon("extract", stdin="{not json\n" + json.dumps({"id": 1}) + "\n" + good + "\n")
    assert result.returncode == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["b"]
    assert "line 1: not JSON" in result.stderr and "line 2" in result.stderr


def test_extract_missing_file_is_one_line() -> None:
    result = newsmon("extract", "/no/such/file.jsonl")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "newsmon: error: cannot read /no/such/file.jsonl: No such file or directory"]


def test_casualty_stage_extracts_when_cleaning_does_not(crawled: tuple[SampleSite, str],
                                                        tmp_path: Path) -> None:
    """With NEWSMON_MENTIONS_IN_CLEANING off, CasualtyPipeline extracts the mentions itself
    (a second worker task per page): the same figures are stored, with the same topics."""
    from tests.sitecrawl import scrapy_crawl

    site, db_url = crawled
    outlets = write_outlets(tmp_path / "outlets.toml", site)
    separate = f"sqlite:///{tmp_path / 'separate.db'}"
    result = scrapy_crawl(outlets, separate, "NEWSMON_MENTIONS_IN_CLEANING=False")
    assert result.returncode == 0, result.stderr[-2000:]

    def figures(url: str) -> set[tuple[str, str, int, bool]]:
        return {(m["article_url"], m["category"], m["low"], m["in_title"])
                for m in query_json("mentions", url)}

    def topics(url: str) -> dict[str, list[str]]:
        return {a["url"]: sorted(a["topics"]) for a in query_json("articles", url, "--limit", "100")}

    assert figures(separate) and figures(separate) == figures(db_url)
    assert topics(separate) == topics(db_url)
