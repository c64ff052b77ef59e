"""Loopback HTTP server for the article-extraction-benchmark corpus in ../shared.

The corpus (181 real news pages with hand-labelled article bodies) lives outside
the repository, in ``<repo>/../shared/corpus/article-extraction-benchmark``.
:class:`CorpusSite` serves it as one small "outlet" on 127.0.0.1 so that the
benchmark and the cleaning-quality test can crawl it through the real pipeline:

* ``/a/<id>.html``  one corpus page, gunzipped, as ``text/html; charset=utf-8``;
* ``/sitemap.xml``  a Google News sitemap listing every page, published "now";
* ``/robots.txt``   allows everything.

Anything else is a 404. The server (a :class:`newsmon.loopback.LoopbackServer`)
binds only to 127.x.x.x, logs nothing per request and keeps every page in memory
(the corpus is ~31 MB uncompressed).

    with CorpusSite() as site:
        crawl(site.sitemap_url)
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from newsmon.loopback import LoopbackServer, QuietHandler

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS_DIR = SHARED / "corpus" / "article-extraction-benchmark"
HTML_DIR = CORPUS_DIR / "html"
GROUND_TRUTH_FILE = CORPUS_DIR / "ground-truth.json"

MAX_PAGES = 1_000               # Google News sitemaps list at most 1,000 URLs
MAX_PAGE_BYTES = 10_000_000     # per page, after gunzip (the largest corpus page is ~1.5 MB)
MAX_GROUND_TRUTH_BYTES = 50_000_000
PAGE_ID = re.compile(r"^[0-9a-f]{64}$")
PAGE_PATH = re.compile(r"^/a/([0-9a-f]{64})\.html$")
HTML_TYPE = "text/html; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
ROBOTS_TXT = "User-agent: *\nAllow: /\n"
REQUEST_TIMEOUT_S = 10           # an idle keep-alive connection is closed after this


class CorpusNotFound(FileNotFoundError):
    """../shared/corpus/article-extraction-benchmark is absent (it is not in the repo)."""


def corpus_pages(html_dir: Path = HTML_DIR) -> list[tuple[str, bytes]]:
    """Every corpus page as ``(id, html bytes)``, sorted by id; bounded in count and size."""
    if not html_dir.is_dir():
        raise CorpusNotFound(f"{html_dir} not found: ../shared is not part of the repository")
    files = sorted(html_dir.glob("*.html.gz"))
    if len(files) > MAX_PAGES:
        raise ValueError(f"{html_dir}: {len(files)} pages, more than {MAX_PAGES}")
    return [(_page_id(path), _gunzip_bounded(path)) for path in files]


def ground_truth(path: Path = GROUND_TRUTH_FILE) -> dict[str, str]:
    """The hand-labelled ``articleBody`` of every corpus page, by id."""
    if not path.is_file():
        raise CorpusNotFound(f"{path} not found: ../shared is not part of the repository")
    if path.stat().st_size > MAX_GROUND_TRUTH_BYTES:
        raise ValueError(f"{path}: larger than {MAX_GROUND_TRUTH_BYTES} bytes")
    raw: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return {page_id: str(entry["articleBody"]) for page_id, entry in raw.items()}


@dataclass(frozen=True, slots=True)
class TokenScores:
    """Whitespace-token precision and recall averaged over documents, and their F1."""

    precision: float
    recall: float
    f1: float
    documents: int


def token_scores(predicted: Mapping[str, str | None], truth: Mapping[str, str]) -> TokenScores:
    """The corpus README's whitespace-token metric over the ids of ``predicted``.

    Per document: multiset overlap of ``text.split()`` tokens; an empty or missing
    prediction counts as P=0 and R=0. P and R are averaged over the documents,
    F1 = 2PR/(P+R).
    """
    precisions: list[float] = []
    recalls: list[float] = []
    for page_id, text in predicted.items():
        wanted = Counter(truth[page_id].split())
        got = Counter((text or "").split())
        overlap = sum((wanted & got).values())
        precisions.append(overlap / sum(got.values()) if got else 0.0)
        recalls.append(overlap / sum(wanted.values()) if wanted else 0.0)
    if not precisions:
        return TokenScores(0.0, 0.0, 0.0, 0)
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return TokenScores(p, r, 2 * p * r / (p + r) if p + r else 0.0, len(precisions))


def page_path(page_id: str) -> str:
    return f"/a/{page_id}.html"


def page_id_from_url(url: str) -> str | None:
    """The corpus id in a URL served by :class:`CorpusSite`, or None."""
    match = PAGE_PATH.match(urlsplit(url).path)
    return match.group(1) if match else None


def _page_id(path: Path) -> str:
    page_id = path.name.split(".", 1)[0]
    if not PAGE_ID.match(page_id):
        raise ValueError(f"{path}: file name is not a 64-hex corpus id")
    return page_id


def _gunzip_bounded(path: Path) -> bytes:
    with gzip.open(path, "rb") as stream:
        data = stream.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        raise ValueError(f"{path}: more than {MAX_PAGE_BYTES} bytes uncompressed")
    return data


def news_sitemap(base_url: str, page_ids: list[str], published: datetime) -> bytes:
    """A Google News sitemap listing every page as published at ``published``."""
    when = published.astimezone(UTC).isoformat(timespec="seconds")
    entries = "".join(
        f"<url><loc>{escape(base_url + page_path(pid))}</loc><news:news>"
        "<news:publication><news:name>Corpus</news:name><news:language>en</news:language>"
        f"</news:publication><news:publication_date>{when}</news:publication_date>"
        f"<news:title>Corpus page {pid[:12]}</news:title></news:news></url>\n"
        for pid in page_ids
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{entries}</urlset>\n"
    ).encode()


class _Handler(QuietHandler):
    site: CorpusSite                 # set on a per-instance subclass
    protocol_version = "HTTP/1.1"    # keep-alive, as a real outlet would offer
    server_version = "CorpusSite/1.0"
    timeout = REQUEST_TIMEOUT_S

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        route = self.site.routes.get(self.path.split("?", 1)[0])
        status, (content_type, body) = (200, route) if route else (404, (TEXT_TYPE, b"not found\n"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True


class CorpusSite(LoopbackServer):
    """Serve the corpus on a loopback address; a context manager that stops the server."""

    handler = _Handler

    def __init__(self, host: str = "127.0.0.1", port: int = 0,
                 pages: list[tuple[str, bytes]] | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(host, port)
        self.pages = pages if pages is not None else corpus_pages()
        if len(self.pages) > MAX_PAGES:
            raise ValueError(f"{len(self.pages)} pages, more than {MAX_PAGES}")
        self.published = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.routes: dict[str, tuple[str, bytes]] = {}  # path -> (content type, body)

    def _before_serving(self) -> None:
        self.routes = self._routes()  # the sitemap needs the bound port

    # -- addresses (start/stop, context manager, port, base_url: LoopbackServer) --
    @property
    def sitemap_url(self) -> str:
        return f"{self.base_url}/sitemap.xml"

    def page_url(self, page_id: str) -> str:
        return self.base_url + page_path(page_id)

    def _routes(self) -> dict[str, tuple[str, bytes]]:
        routes = {page_path(pid): (HTML_TYPE, html) for pid, html in self.pages}
        sitemap = news_sitemap(self.base_url, [pid for pid, _ in self.pages], self.published)
        routes["/sitemap.xml"] = (XML_TYPE, sitemap)
        routes["/robots.txt"] = (TEXT_TYPE, ROBOTS_TXT.encode())
        return routes
