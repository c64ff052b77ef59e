"""A loopback site made of fixed routes, recording every request it receives, and the
pages and listings crawl tests build it from."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import Any

from sqlalchemy import select

from newsmon.loopback import LoopbackServer, QuietHandler
from storage.db import Database
from storage.models import CrawlRun

HTML = "text/html; charset=utf-8"
XML = "application/xml"
N = "/news/2026/11/"
LONG = ("The harbour authority said on Tuesday that the new berth would open in the spring, "
        "after two years of dredging and a dispute over the contract.",
        "Officials told reporters that the cost had risen by a third since the plan was "
        "approved, mostly because of steel prices and a wet autumn.",
        "Shipping companies welcomed the news but asked for lower fees in the first year.")


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: str = ""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(QuietHandler):
    site: RoutedSite

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        route = self.site.answer(self.headers.get("Host", ""), self.path)
        body = route.body.encode("utf-8")
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class RoutedSite(LoopbackServer):
    """Serves `routes` (path -> Route; anything else is 404) and records (Host, path)."""

    handler = _Handler

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.routes: dict[str, Route] = {}
        self._seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def answer(self, host: str, path: str) -> Route:
        with self._lock:
            self._seen.append((host, path))
        return self.routes.get(path, Route(404, "not here"))

    @property
    def seen(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._seen)

    def paths_seen(self) -> set[str]:
        return {path for _, path in self.seen}

    def add(self, path: str, body: str = "", **route: Any) -> None:
        self.routes[path] = Route(body=body, **route)

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        self.routes[path] = Route(status, "", HTML, {"Location": to})


def article(title: str, *sentences: str, canonical: str | None = None,
            refresh_to: str | None = None) -> str:
    """A news article page: title, optional canonical link or meta refresh, the sentences."""
    head = f"<title>{escape(title)}</title>"
    if canonical:
        head += f'<link rel="canonical" href="{escape(canonical)}">'
    if refresh_to:
        head += f'<meta http-equiv="refresh" content="0; url={escape(refresh_to)}">'
    paragraphs = "".join(f"<p>{escape(s)}</p>" for s in sentences)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
            f'<nav><a href="/">Home</a></nav><main><article><h1>{escape(title)}</h1>'
            f"{paragraphs}</article></main><footer>Copyright The Test Post</footer></body></html>")


def rss(*links: str) -> str:
    items = "".join(f"<item><title>Story {i}</title><link>{escape(link)}</link></item>"
                    for i, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>'
            f"<link>http://127.0.0.1/</link>{items}</channel></rss>")


def sitemap_index(*children: str) -> str:
    entries = "".join(f"<sitemap><loc>{escape(c)}</loc></sitemap>" for c in children)
    return ('<?xml version="1.0"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>')


def news_sitemap(*locs: str) -> str:
    today = datetime.now(UTC).isoformat(timespec="seconds")
    entries = "".join(
        f"<url><loc>{escape(loc)}</loc><news:news><news:publication><news:name>Test</news:name>"
        "<news:language>en</news:language></news:publication>"
        f"<news:publication_date>{today}</news:publication_date><news:title>Story</news:title>"
        "</news:news></url>" for loc in locs)
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{entries}</urlset>")


def section(*links: str, refresh_to: str | None = None) -> str:
    head = (f'<meta http-equiv="refresh" content="0; url={escape(refresh_to)}">'
            if refresh_to else "")
    anchors = "".join(f'<li><a href="{escape(link)}">A story</a></li>' for link in links)
    return (f"<!DOCTYPE html><html><head><title>Section</title>{head}</head><body>"
            f"<ul>{anchors}</ul></body></html>")


def outlet_stats(db_url: str, name: str) -> dict[str, Any]:
    db = Database(db_url)
    with db.begin() as session:
        run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
        assert run is not None
        summary = dict(run.outlets[name])
    db.dispose()
    return summary
