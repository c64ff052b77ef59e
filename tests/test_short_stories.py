"""Short stories: a page a feed or news sitemap lists as an article is kept however short
(a wire flash: a title and one sentence); `min_text_chars` applies to pages found on
section pages. Crawled by `newsmon crawl` through the real engine from a loopback site."""

from __future__ import annotations

from pathlib import Path

from tests.loopweb import (
    LONG,
    XML,
    N,
    RoutedSite,
    article,
    news_sitemap,
    outlet_stats,
    rss,
    section,
)
from tests.sitecrawl import newsmon, query_json

FLASH = "At least 12 people were killed when a bus overturned near Kherson, police said."
BULLETIN = "Rescuers pulled 3 miners alive from the flooded shaft overnight, the company said."
STUB = "Firefighters are at the scene of a warehouse fire on Pier 9; check back soon."


def test_listed_short_stories_are_kept_and_section_stubs_dropped(tmp_path: Path) -> None:
    with RoutedSite() as site:
        base = site.base_url
        site.add("/feed.xml", rss(f"{base}{N}bus-overturns-near-kherson.html"), content_type=XML)
        site.add("/news-sitemap.xml", news_sitemap(f"{base}{N}miners-rescued-alive.html"),
                 content_type=XML)
        site.add("/section/", section(f"{base}{N}warehouse-fire-live-stub.html",
                                      f"{base}{N}harbour-berth-opens-in-spring.html"))
        site.add(f"{N}bus-overturns-near-kherson.html", article("Bus overturns near Kherson", FLASH))
        site.add(f"{N}miners-rescued-alive.html", article("Miners rescued alive", BULLETIN))
        site.add(f"{N}warehouse-fire-live-stub.html", article("Warehouse fire", STUB))
        site.add(f"{N}harbour-berth-opens-in-spring.html", article("Berth opens", *LONG))
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(f"""[crawl]
download_delay = 0
autothrottle = false
retry_times = 0
min_text_chars = 300
contact_url = "https://example.org/newsmon-tests"

[[outlet]]
name = "wire"
feeds = ["{base}/feed.xml"]
sitemaps = ["{base}/news-sitemap.xml"]
start_urls = ["{base}/section/"]
""", encoding="utf-8")
        db_url = f"sqlite:///{tmp_path / 'short.db'}"
        result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = {r["url"].removeprefix(base): r for r in query_json("articles", db_url)}
    assert sorted(rows) == [f"{N}bus-overturns-near-kherson.html",
                            f"{N}harbour-berth-opens-in-spring.html",
                            f"{N}miners-rescued-alive.html"]
    assert FLASH in rows[f"{N}bus-overturns-near-kherson.html"]["text"]
    assert BULLETIN in rows[f"{N}miners-rescued-alive.html"]["text"]
    killed = query_json("mentions", db_url, "--category", "killed")
    assert [(m["low"], m["article_url"]) for m in killed] == [
        (12, f"{base}{N}bus-overturns-near-kherson.html")]
    assert outlet_stats(db_url, "wire")["dropped"] == {"TooShort": 1}
