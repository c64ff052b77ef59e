"""Many small outlets on one loopback server, for distributed-crawl tests and benchmarks.

Outlet ``o<k>`` has an RSS feed at ``/o<k>/rss.xml`` listing its articles
``/o<k>/a<i>.html``, all published "now". Every article is distinct generated prose (seeded,
so the same on every run) long enough to be kept, with one casualty sentence, so a crawl
stores each article as its own story with mentions. ``/robots.txt`` allows everything;
anything else is a 404. Requests are counted per path.

An optional seeded fault plan (`fault_plan`, for soak runs) turns a fraction of the article
pages into faults: HTTP 500, 404, a response slower than SLOW_S, truncated HTML, a body of
OVERSIZE_BYTES, or a redirect to a host no outlet names; and gives outlet o0 a second feed
that is not XML. The same seed gives the same plan.

    with OutletsSite(outlets=6, articles=10) as site:
        Path("outlets.toml").write_text(site.outlets_toml(download_delay=0.2))
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from newsmon.loopback import LoopbackServer, QuietHandler

MAX_OUTLETS = 100
MAX_ARTICLES = 1_000
HTML_TYPE = "text/html; charset=utf-8"
XML_TYPE = "application/rss+xml; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
WORDS = ["council", "harbour", "valley", "river", "bridge", "market", "station", "village", "district", "province", "road", "winter", "spring", "summer", "autumn", "morning", "evening", "report", "meeting", "budget", "school", "hospital", "farmers", "traders", "workers", "residents", "officials", "engineers", "drivers", "teachers", "doctors", "nurses", "railway", "airport", "factory", "mine", "forest", "coast", "border", "mountain", "plain", "lake", "island", "canal", "announced", "discussed", "planned", "repaired", "opened", "closed", "visited", "inspected", "delayed", "approved", "quickly", "slowly", "quietly", "openly", "briefly", "again", "later", "today", "yesterday", "tomorrow", "nearly", "new", "old", "small", "large", "northern", "southern", "eastern", "western", "central", "local", "regional", "national", "water", "power", "grain", "timber", "steel", "cotton", "fuel", "salt", "fish", "wool", "paper", "glass", "stone", "brick"]
FAULT_KINDS = ("http_500", "http_404", "slow", "truncated", "oversize", "redirect_unnamed")
SLOW_S = 3.0  # beyond a download_timeout of 2 s; bounded, so the server thread ends
OVERSIZE_BYTES = 400_000  # beyond a max_page_bytes of 200,000
UNNAMED_HOST = "127.0.0.9"  # a loopback host no outlet names: the network boundary refuses it
BAD_FEED = "not-xml.xml"
TOWNS = ("Arlen", "Brisk", "Corvo", "Dunmere", "Elst", "Farrow", "Gilden", "Harrow", "Istra",
         "Jarvik", "Kessel", "Lorne", "Marrow", "Norwick", "Orsk", "Pell")


def article_text(outlet: int, index: int) -> tuple[str, list[str]]:
    """(title, paragraphs) of article `index` of outlet `outlet`: the same on every call."""
    rng = random.Random(outlet * 100_003 + index)
    town = rng.choice(TOWNS)
    paragraphs = [" ".join(_sentence(rng) for _ in range(5)) for _ in range(4)]
    killed, wounded = rng.randint(2, 40), rng.randint(5, 90)
    paragraphs.insert(1, f"At least {killed} soldiers were killed and {wounded} wounded near "
                         f"{town} on the {index + 1}th day of fighting, officials said.")
    return f"{town} report {outlet}-{index}: {rng.choice(WORDS)} {rng.choice(WORDS)}", paragraphs


def _sentence(rng: random.Random) -> str:
    """Random words in an English frame (the extractor reads only English-looking text)."""
    w = [rng.choice(WORDS) for _ in range(8)]
    return (f"The {w[0]} {w[1]} of the {w[2]} was {w[3]} and the {w[4]} {w[5]} "
            f"said it had been {w[6]} in the {w[7]}.")


def fault_plan(paths: list[str], rate: float, seed: int) -> dict[str, str]:
    """{path: fault kind} for round(rate * len(paths)) of `paths`, kinds in turn; seeded."""
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"fault rate {rate} is not within 0-1")
    chosen = random.Random(seed).sample(sorted(paths), round(rate * len(paths)))
    return {path: FAULT_KINDS[k % len(FAULT_KINDS)] for k, path in enumerate(chosen)}


class _Handler(QuietHandler):
    site: OutletsSite
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        path = self.path.split("?", 1)[0]
        self.site.count(path)
        fault = self.site.faults.get(path)
        if fault == "redirect_unnamed":
            self._send(302, TEXT_TYPE, b"moved\n", f"http://{UNNAMED_HOST}:{self.site.port}{path}")
            return
        if fault in ("http_500", "http_404"):
            self._send(int(fault[-3:]), TEXT_TYPE, b"fault\n")
            return
        if fault == "slow":
            time.sleep(SLOW_S)
        found = self.site.resource(path)
        status, (content_type, body) = (200, found) if found else (404, (TEXT_TYPE, b"no\n"))
        if found and fault == "truncated":
            body = body[: len(body) // 5]
        elif found and fault == "oversize":
            body = body.replace(b"</article>", b"<p>" + b"x" * OVERSIZE_BYTES + b"</p></article>")
        self._send(status, content_type, body)

    def _send(self, status: int, content_type: str, body: bytes, location: str = "") -> None:
        try:
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True


class OutletsSite(LoopbackServer):
    """`outlets` outlets of `articles` articles each, on one loopback address."""

    handler = _Handler

    def __init__(self, outlets: int = 6, articles: int = 10, host: str = "127.0.0.1",
                 port: int = 0, fault_rate: float = 0.0, seed: int = 12) -> None:
        super().__init__(host, port)
        if not (1 <= outlets <= MAX_OUTLETS and 1 <= articles <= MAX_ARTICLES):
            raise ValueError(f"1-{MAX_OUTLETS} outlets of 1-{MAX_ARTICLES} articles")
        self.outlets, self.articles = outlets, articles
        self.published = datetime.now(UTC).replace(microsecond=0)
        self.hits: Counter[str] = Counter()
        self.faults = fault_plan(self.article_paths(), fault_rate, seed) if fault_rate else {}
        self.first_article_at: float | None = None  # perf_counter of the first article request
        self._lock = threading.Lock()

    def count(self, path: str) -> None:
        with self._lock:
            self.hits[path] += 1
            if self.first_article_at is None and path.endswith(".html"):
                self.first_article_at = time.perf_counter()

    def names(self) -> list[str]:
        return [f"o{k}" for k in range(self.outlets)]

    def article_paths(self) -> list[str]:
        return [f"/o{k}/a{i}.html" for k in range(self.outlets) for i in range(self.articles)]

    def outlets_toml(self, **crawl: object) -> str:
        """An outlets file for every outlet here, with test-friendly [crawl] settings."""
        settings = {"download_delay": 0, "autothrottle": "false", "retry_times": 1,
                    "download_timeout": 10, "min_text_chars": 300, "clean_workers": 1,
                    "contact_url": '"https://example.org/newsmon-tests"', **crawl}
        lines = ["[crawl]", *(f"{k} = {v}" for k, v in settings.items()), ""]
        for name in self.names():
            feeds = [f"{self.base_url}/{name}/rss.xml"]
            if self.faults and name == "o0":
                feeds.append(f"{self.base_url}/{name}/{BAD_FEED}")
            feed_list = ", ".join(f'"{feed}"' for feed in feeds)
            lines += ["[[outlet]]", f'name = "{name}"', f"feeds = [{feed_list}]",
                      'allowed_domains = ["127.0.0.1"]', 'language = "en"', "max_age_days = 30", ""]
        return "\n".join(lines)

    def resource(self, path: str) -> tuple[str, bytes] | None:
        if path == "/robots.txt":
            return TEXT_TYPE, b"User-agent: *\nAllow: /\n"
        parts = path.strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("o") or not parts[0][1:].isdigit():
            return None
        outlet = int(parts[0][1:])
        if outlet >= self.outlets:
            return None
        if parts[1] == "rss.xml":
            return XML_TYPE, self._feed(outlet)
        if parts[1] == BAD_FEED and self.faults:
            return XML_TYPE, b"<html><body>This feed is being rebuilt <p>come back later"
        if parts[1].startswith("a") and parts[1].endswith(".html") and parts[1][1:-5].isdigit():
            index = int(parts[1][1:-5])
            return (HTML_TYPE, self._page(outlet, index)) if index < self.articles else None
        return None

    def _feed(self, outlet: int) -> bytes:
        date = format_datetime(self.published)
        items = "".join(
            f"<item><title>{escape(article_text(outlet, i)[0])}</title>"
            f"<link>{self.base_url}/o{outlet}/a{i}.html</link><pubDate>{date}</pubDate></item>"
            for i in range(self.articles))
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>o{outlet}</title><link>{self.base_url}/o{outlet}/</link>"
                f"{items}</channel></rss>").encode()

    def _page(self, outlet: int, index: int) -> bytes:
        title, paragraphs = article_text(outlet, index)
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}"
                f"</title><meta property='article:published_time' "
                f"content='{self.published.isoformat()}'></head><body><header><a href='/'>o{outlet}"
                f"</a></header><article><h1>{escape(title)}</h1>{body}</article>"
                f"<footer>o{outlet} news</footer></body></html>").encode()
