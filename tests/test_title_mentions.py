"""Headline figures (issue 11): mentions of an article's title are stored `in_title`, with
offsets into the stored title, and count once per article in claims, the report and alerts.

The crawl tests run `newsmon crawl` against a loopback site through the real engine, into a
real SQLite file and a real PostgreSQL database.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsmon.cli import cli
from newsmon.sample_site import SampleSite
from pipelines.mentions import article_mentions, headline_span
from storage.db import Database
from storage.queries import claim_rows, save_article, undelivered_claim_rows
from storage.records import ArticleRecord, ClaimFilter, MentionRecord
from tests.sitecrawl import REPO, newsmon, query_json
from tests.test_web import _wait_for_address

SHELLING = "/news/2026/11/shelling-kills-four.html"
SHELLING_TITLE = "Shelling kills four in Orada border village"
DEPOT = "/news/2026/11/selvane-depot-blast.html"
DEPOT_TITLE = "Blast kills two at Selvane fuel depot"   # only in the feed: the page has none

SHELLING_BODY = [
    "Four civilians were killed when artillery shells struck the border village of Kesh "
    "early on Monday, regional officials said.",
    "The shells hit a row of houses near the village school shortly after dawn, when most "
    "residents were still at home. Emergency crews worked through the morning to clear "
    "rubble from the street and restore power to the surrounding farms.",
    "Kesh lies a few kilometres from the Selvane river, where the front line has barely "
    "moved since the summer. Aid groups said the village had emptied by half over the past "
    "year as families left for towns further from the river.",
    "The regional governor said shelters would be opened in the school basement and in the "
    "community hall, and that buses would take anyone who wished to leave to the city.",
]
DEPOT_BODY = [
    "A fire broke out at the Selvane fuel depot late on Sunday after an explosion that was "
    "heard across the river, the operator said in a statement on Monday morning.",
    "Firefighters from three towns spent the night keeping the flames away from the storage "
    "tanks on the eastern side of the site. The operator said the cause was not yet known "
    "and that an inquiry would begin once the site had cooled.",
    "Residents of the streets nearest the depot were asked to keep their windows closed "
    "while smoke drifted over the town. Schools in the district stayed closed on Monday.",
    "The depot supplies fuel to farms and bus companies across the region, and the operator "
    "said deliveries would resume from another site within the week.",
]


def article_page(body: list[str], title: str | None) -> str:
    """A story page; with `title` None it has no <title>, og:title or headline at all."""
    head = (f"<title>{title}</title><meta property=\"og:title\" content=\"{title}\">"
            if title else "")
    headline = f"<h1>{title}</h1>" if title else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}'
            '<meta property="article:published_time" content="{{date:-1}}"></head><body>'
            '<header><a href="/">The Kesh Gazette</a></header>'
            f"<main><article>{headline}{paragraphs}</article></main>"
            "<footer><p>Copyright The Kesh Gazette.</p></footer></body></html>")


def rss(site: SampleSite, items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{title}</title><link>{site.base_url}{path}</link>"
                      "<pubDate>{{rfc822:-1}}</pubDate></item>" for path, title in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>'
            f"{entries}</channel></rss>")


def outlets_toml(site: SampleSite, alerts_file: Path) -> str:
    return f"""[crawl]
download_delay = 0
autothrottle = false
retry_times = 1
min_text_chars = 300
max_page_bytes = 1048576

[[outlet]]
name = "gazette"
feeds = ["{site.base_url}/feeds/gazette.xml"]
allowed_domains = ["{site.host}"]
language = "en"
max_age_days = 30

[[alert]]
name = "all-claims"
file = "{alerts_file}"
"""


def crawl(db_url: str, tmp_path: Path) -> dict[str, Any]:
    """The two stories crawled into `db_url`: their stored articles and mentions, and the
    alert notices the crawl delivered."""
    alerts = tmp_path / "alerts.jsonl"
    with SampleSite() as site:
        site.override(SHELLING, article_page(SHELLING_BODY, SHELLING_TITLE))
        site.override(DEPOT, article_page(DEPOT_BODY, None))
        site.override("/feeds/gazette.xml", rss(site, [(SHELLING, "Feed title: not stored"),
                                                       (DEPOT, DEPOT_TITLE)]))
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(outlets_toml(site, alerts), encoding="utf-8")
        result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url)
        assert result.returncode == 0, result.stderr[-3000:]
        articles = {a["url"].removeprefix(site.base_url): a
                    for a in query_json("articles", db_url)}
    notices = [json.loads(line) for line in alerts.read_text(encoding="utf-8").splitlines()]
    return {"db_url": db_url, "articles": articles, "notices": notices,
            "mentions": query_json("mentions", db_url)}


def mentions_of(crawled: dict[str, Any], path: str) -> list[dict[str, Any]]:
    url = crawled["articles"][path]["url"]
    return [m for m in crawled["mentions"] if m["article_url"] == url]


def test_crawled_headline_figures(db_url: str, tmp_path: Path) -> None:
    """One crawl per database (each costs seconds), then every check on what it stored."""
    crawled = crawl(db_url, tmp_path)
    check_headline_figure_is_stored_in_title(crawled)
    check_listing_title_is_stored_and_read(crawled)
    check_repeated_figure_is_one_claim_one_citation_one_alert(crawled)
    check_report_lists_each_claim_once(crawled, tmp_path)
    check_web_view_marks_headline_mentions(crawled, tmp_path)
    check_reprocess_keeps_title_mentions(crawled)


def check_headline_figure_is_stored_in_title(crawled: dict[str, Any]) -> None:
    article = crawled["articles"][SHELLING]
    assert article["title"] == SHELLING_TITLE
    mentions = mentions_of(crawled, SHELLING)
    title = [m for m in mentions if m["in_title"]]
    assert [(m["category"], m["low"]) for m in title] == [("killed", 4)]
    assert SHELLING_TITLE[title[0]["start"]:title[0]["end"]] == "four"
    assert title[0]["sentence"] == SHELLING_TITLE
    body = [m for m in mentions if not m["in_title"]]
    assert [(m["category"], m["low"]) for m in body] == [("killed", 4)]
    assert article["text"][body[0]["start"]:body[0]["end"]] == "Four"
    assert mentions[0]["in_title"]  # listed first, as the extractor gives them
    table = newsmon("query", "mentions", "--db", crawled["db_url"]).stdout.splitlines()
    column = table[0].index("in_title")
    assert sorted(line[column:].split()[0] for line in table[2:-1]) == ["False", "True", "True"]


def check_listing_title_is_stored_and_read(crawled: dict[str, Any]) -> None:
    """The page has no title of its own: it is stored under its feed entry's, and that
    headline's figure is a mention with offsets into it."""
    article = crawled["articles"][DEPOT]
    assert article["title"] == DEPOT_TITLE
    mentions = mentions_of(crawled, DEPOT)
    assert [(m["category"], m["low"], m["in_title"]) for m in mentions] == [("killed", 2, True)]
    assert DEPOT_TITLE[mentions[0]["start"]:mentions[0]["end"]] == "two"


def check_repeated_figure_is_one_claim_one_citation_one_alert(crawled: dict[str, Any]) -> None:
    rows = query_json("claims", crawled["db_url"], "--category", "killed")
    killed = {c["low"]: c for c in rows}
    assert len(rows) == 2 and sorted(killed) == [2, 4]
    four = killed[4]
    assert four["group"] == "civilians" and four["articles"] == 1
    assert [(c["in_title"], c["sentence"]) for c in four["citations"]] == [
        (False, SHELLING_BODY[0])]
    two = killed[2]  # a figure only the headline states is a claim of its own
    assert [(c["in_title"], c["sentence"]) for c in two["citations"]] == [(True, DEPOT_TITLE)]
    alerted = [n["claim"] for n in crawled["notices"] if n["kind"] == "claim"]
    assert sorted((c["category"], c["low"]) for c in alerted) == [("killed", 2), ("killed", 4)]


def check_report_lists_each_claim_once(crawled: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = newsmon("report", "--db", crawled["db_url"], "--out", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "2 claims" in html
    assert html.count(SHELLING_BODY[0]) == 1 and html.count('class="in-title"') == 1


def check_web_view_marks_headline_mentions(crawled: dict[str, Any], tmp_path: Path) -> None:
    """`newsmon serve`: the article page, the mentions table and the claims table mark the
    headline mentions "in title"; the CSV export carries the field."""
    log = tmp_path / "serve.log"
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port", "0",
                                 "--db", crawled["db_url"]], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        base = _wait_for_address(proc, log)

        def page(path: str) -> str:
            with urllib.request.urlopen(base + path, timeout=10) as reply:
                return str(reply.read().decode())

        marker = 'class="in-title"'
        article_id = crawled["articles"][SHELLING]["id"]
        assert page(f"/articles/{article_id}").count(marker) == 1   # of its two mentions
        assert page("/mentions").count(marker) == 2                 # one per story
        assert page("/claims").count(marker) == 1                   # the headline-only claim
        rows = list(csv.DictReader(io.StringIO(page("/api/mentions?format=csv"))))
        assert sorted(r["in_title"] for r in rows) == ["False", "True", "True"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def check_reprocess_keeps_title_mentions(crawled: dict[str, Any]) -> None:
    db_url = crawled["db_url"]

    def stored() -> list[tuple[Any, ...]]:
        return sorted((m["article_url"], m["category"], m["low"], m["in_title"], m["start"],
                       m["end"]) for m in query_json("mentions", db_url))

    before = stored()
    assert sum(1 for m in before if m[3]) == 2
    result = newsmon("reprocess", "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert stored() == before
    assert len(query_json("claims", db_url)) == 2


# -- newsmon extract --------------------------------------------------------------------
def test_extract_takes_a_title_and_returns_its_mentions_first() -> None:
    lines = [json.dumps({"id": "a", "title": SHELLING_TITLE, "text": SHELLING_BODY[0]}),
             json.dumps({"id": "b", "title": DEPOT_TITLE, "text": DEPOT_BODY[0]}),
             json.dumps({"id": "c", "text": SHELLING_BODY[0]}),
             json.dumps({"id": "d", "title": SHELLING_TITLE, "text": SHELLING_BODY[0],
                         "language": "de"})]
    result = CliRunner().invoke(cli, ["extract", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = {o["id"]: o["mentions"] for o in map(json.loads, result.stdout.splitlines())}
    first, second = out["a"]
    assert (first["in_title"], first["category"], first["low"]) == (True, "killed", 4)
    assert SHELLING_TITLE[first["start"]:first["end"]] == "four"
    assert (second["in_title"], second["low"]) == (False, 4)
    assert SHELLING_BODY[0][second["start"]:second["end"]] == "Four"
    assert [(m["in_title"], m["low"]) for m in out["b"]] == [(True, 2)]
    assert [m["in_title"] for m in out["c"]] == [False]
    assert out["d"] == []  # only English is read for now


def test_extract_rejects_a_title_that_is_not_a_string() -> None:
    lines = [json.dumps({"id": 1, "title": 5, "text": "Two soldiers were wounded."}),
             json.dumps({"id": 2, "text": "Two soldiers were wounded.", "language": ["en"]}),
             json.dumps({"id": 3, "title": None, "text": "Two soldiers were wounded."})]
    result = CliRunner().invoke(cli, ["extract", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [3]
    assert 'line 1: "title" must be a string' in result.stderr
    assert 'line 2: "language" must be a string' in result.stderr


# -- storage: claims count a title figure once per article -------------------------------------
def mention(category: str, low: int, group: str | None, in_title: bool, start: int = 0,
            sentence: str = "s") -> MentionRecord:
    return MentionRecord(category=category, low=low, high=low, qualifier="exact", group=group,
                         attribution=None, start=start, end=start + 1, sentence=sentence,
                         in_title=in_title)


def record(url: str, title: str | None, mentions: list[MentionRecord],
           text: str = "Four civilians were killed.") -> ArticleRecord:
    return ArticleRecord(url=url, outlet="gazette", text=text, raw_html=b"", title=title,
                         extractor_version="t", published_at=datetime(2026, 11, 20, tzinfo=UTC),
                         mentions=mentions, mentions_version="casualty-test",
                         content_hash=str(hash(text)))


def test_claims_count_a_repeated_title_figure_once(db_url: str) -> None:
    """Title figure + the same figure in the text (another group): one claim, one citation,
    one alert; a figure only the title states is a claim of its own."""
    db = Database(db_url)
    with db.begin() as session:
        save_article(session, record("https://g.example/1", SHELLING_TITLE, [
            mention("killed", 4, None, True, sentence=SHELLING_TITLE),
            mention("wounded", 9, None, True, 20, sentence=SHELLING_TITLE),
            mention("killed", 4, "civilians", False, sentence="Four civilians were killed."),
        ]))
    with db.begin() as session:
        rows = claim_rows(session, ClaimFilter())
        alerts = undelivered_claim_rows(session, "any")
    db.dispose()
    claims = {(c["category"], c["low"]): c for c in rows}
    assert len(rows) == 2 and sorted(claims) == [("killed", 4), ("wounded", 9)]
    four = claims[("killed", 4)]
    assert four["group"] == "civilians" and four["articles"] == 1
    assert [c["in_title"] for c in four["citations"]] == [False]
    assert [c["in_title"] for c in claims[("wounded", 9)]["citations"]] == [True]
    assert sorted((a["category"], a["low"]) for a in alerts) == sorted(claims)


def test_refetch_without_a_title_keeps_the_stored_title_and_its_mentions(db_url: str) -> None:
    db = Database(db_url)
    url = "https://g.example/2"
    headline = mention("killed", 4, None, True, 15, sentence=SHELLING_TITLE)
    with db.begin() as session:
        save_article(session, record(url, SHELLING_TITLE, [headline]))
    with db.begin() as session:  # the same text again, found with no title this time
        save_article(session, record(url, None, []))
    with db.begin() as session:  # then an edited text, still with no title
        save_article(session, record(url, None, [], text="Five civilians were killed."))
    rows = query_json("mentions", db_url)
    db.dispose()
    assert [(r["title"], r["in_title"], r["start"], r["low"]) for r in rows] == [
        (SHELLING_TITLE, True, 15, 4)]


# -- the text's copy of the headline --------------------------------------------------------
@pytest.mark.parametrize(("text", "title", "span"), [
    (f"{SHELLING_TITLE}\nFour civilians were killed.", SHELLING_TITLE, (0, 43)),
    ("\n  shelling KILLS four in  Orada border village \nBody.", SHELLING_TITLE, (3, 48)),
    (SHELLING_TITLE, SHELLING_TITLE, (0, 43)),
    (f"{SHELLING_TITLE}: officials\nBody.", SHELLING_TITLE, None),  # another line
    ("Four civilians were killed.", SHELLING_TITLE, None),
    (f"{SHELLING_TITLE}\nBody.", None, None),
    (f"{SHELLING_TITLE}\nBody.", "  ", None),
])
def test_headline_span(text: str, title: str | None, span: tuple[int, int] | None) -> None:
    assert headline_span(text, title) == span


def test_text_opening_with_the_headline_states_its_figure_once() -> None:
    """The headline line the text opens with is the title's: its figure is the in_title
    mention alone; the same figure later in the text is the text's own statement."""
    text = f"{SHELLING_TITLE}\n{SHELLING_BODY[0]}"
    found = [(m.in_title, m.low, m.start) for m in article_mentions(text, "en", SHELLING_TITLE)]
    assert found == [(True, 4, 15), (False, 4, len(SHELLING_TITLE) + 1)]
    untitled = [(m.in_title, m.start) for m in article_mentions(text, None, None)]
    assert untitled == [(False, 15), (False, len(SHELLING_TITLE) + 1)]
