"""`newsmon serve` in a child process on 127.0.0.1, exercised over real HTTP (urllib)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.test_report import (
    HOSTILE,
    REPO,
    Fixture,
    chromium_or_skip,
    dump_dom,
    screenshot,
    seed,
    svg_of,
)

START_TIMEOUT_S = 30
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@dataclass
class Server:
    base: str
    fixture: Fixture
    log: Path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("web")
    db_url = f"sqlite:///{tmp / 'web.db'}"
    fixture = seed(db_url)
    log = tmp / "serve.log"
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port", "0",
                                 "--db", db_url], cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=err)
    try:
        base = _wait_for_address(proc, log)
        yield Server(base, fixture, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _wait_for_address(proc: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        match = re.search(r"on (http://127\.0\.0\.1:\d+)/", log.read_text())
        if match:
            try:
                urllib.request.urlopen(match.group(1) + "/api/runs", timeout=5).close()
                return match.group(1)
            except OSError:
                pass
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    raise AssertionError(f"newsmon serve did not start: {log.read_text()[-2000:]}")


@dataclass
class Reply:
    status: int
    headers: Any
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


def fetch(server: Server, path: str, method: str = "GET") -> Reply:
    request = urllib.request.Request(server.base + path, method=method,
                                     data=b"{}" if method in ("POST", "PUT", "PATCH") else None)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.headers, response.read().decode())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, exc.headers, exc.read().decode())


def rows(server: Server, path: str) -> list[dict[str, Any]]:
    reply = fetch(server, path)
    assert reply.status == 200, reply.body
    return list(reply.json())


# -- the JSON API ---------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "expected"), [
    ("/api/articles", 4),
    ("/api/articles?outlet=yonhap&outlet=dw", 2),
    ("/api/articles?topic=nk-troops", 3),
    ("/api/articles?search=pentagon", 1),
    ("/api/articles?since=2026-11-13&until=2026-11-16", 1),
    ("/api/articles?limit=2", 2),
    ("/api/mentions", 5),
    ("/api/mentions?category=wounded", 1),
    ("/api/mentions?group=soldiers&attribution=pentagon", 1),
    ("/api/mentions?min_count=50", 3),
    ("/api/mentions?outlet=kyiv&topic=nk-troops", 2),
    ("/api/mentions?category=&group=", 5),             # empty form fields mean no filter
    ("/api/claims", 4),
    ("/api/claims?topic=nk-troops", 3),
    ("/api/claims?category=killed&min_count=50", 1),
    ("/api/claims?group=troops&since=2026-11-11", 1),
    ("/api/claims?limit=1", 1),
    ("/api/changes", 1),
    ("/api/changes?outlet=yonhap", 0),
    ("/api/changes?topic=nk-troops", 1),
    ("/api/changes?topic=other", 0),
    ("/api/changes?limit=1&sort=outlet", 1),
    ("/api/runs", 1),
])
def test_api_filters(server: Server, path: str, expected: int) -> None:
    assert len(rows(server, path)) == expected


def test_api_rows_carry_citations(server: Server) -> None:
    (claim,) = rows(server, "/api/claims?category=killed&min_count=50")
    assert claim["outlets"] == ["kyiv", "yonhap"] and claim["articles"] == 2
    assert {c["url"] for c in claim["citations"]} == {"https://yonhap.example/nk/1",
                                                      "https://kyiv.example/war/2"}
    assert all(c["sentence"] and c["published_at"] for c in claim["citations"])
    (change,) = rows(server, "/api/changes")
    assert change["change"] == "killed 40 → 100" and "Pentagon said 100" in change["sentence"]
    run = rows(server, "/api/runs")[0]
    assert run["outlets"]["kyiv"]["errors"] == {"http_500": 2}


def test_api_article_by_id_and_404(server: Server) -> None:
    article = fetch(server, f"/api/articles/{server.fixture.article_ids['a2']}").json()
    assert article["outlet"] == "kyiv" and len(article["mentions"]) == 2
    for path in ("/api/articles/99999", "/articles/99999", "/no-such-page"):
        assert fetch(server, path).status == 404, path


def test_api_csv_and_jsonl(server: Server) -> None:
    reply = fetch(server, "/api/claims?topic=nk-troops&format=csv")
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(reply.body)))
    killed = next(r for r in table if r["low"] == "100")
    assert killed["citation_urls"].splitlines() == ["https://yonhap.example/nk/1",
                                                    "https://kyiv.example/war/2"]
    assert killed["citation_outlets"].splitlines() == ["yonhap", "kyiv"]
    assert killed["citation_published_at"].splitlines()[0].startswith("2026-11-10")
    assert "NIS said" in killed["citation_sentences"]
    mentions = list(csv.DictReader(io.StringIO(fetch(server, "/api/mentions?format=csv").body)))
    assert {"article_url", "outlet", "published_at", "sentence"} <= set(mentions[0])
    runs = list(csv.DictReader(io.StringIO(fetch(server, "/api/runs?format=csv").body)))
    assert json.loads(runs[0]["outlets"])["yonhap"]["new"] == 2
    lines = fetch(server, "/api/articles?format=jsonl").body.splitlines()
    assert len(lines) == 4 and all(json.loads(x)["url"] for x in lines)


@pytest.mark.parametrize(("path", "message"), [
    ("/api/articles?since=yesterday", "since: 'yesterday' is not a date"),
    ("/api/mentions?category=dead", "category:"),
    ("/api/claims?min_count=-1", "min_count:"),
    ("/api/articles?limit=0", "limit:"),
    ("/api/articles?format=xml", "format:"),
    ("/api/articles/abc", "article_id:"),
])
def test_bad_filters_are_422_with_a_message(server: Server, path: str, message: str) -> None:
    reply = fetch(server, path)
    assert reply.status == 422
    assert reply.json()["message"].startswith(message)


def test_bad_filter_on_a_page_is_422_html(server: Server) -> None:
    reply = fetch(server, "/claims?since=%3Cscript%3E")
    assert reply.status == 422 and "text/html" in reply.headers["Content-Type"]
    assert "&lt;script&gt;" in reply.body and "<script>" not in reply.body


# -- read-only -------------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/api/articles", "/api/articles/1", "/api/claims", "/report",
                                  "/articles"])
def test_nothing_writes(server: Server, method: str, path: str) -> None:
    assert fetch(server, path, method).status == 405


def test_binds_to_loopback_by_default(server: Server) -> None:
    assert "http://127.0.0.1:" in server.log.read_text()


def test_openapi_lists_the_api(server: Server) -> None:
    spec = fetch(server, "/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/mentions", "/api/claims",
                 "/api/changes", "/api/runs", "/report"):
        assert set(spec["paths"][path]) == {"get"}, path
    params = {p["name"] for p in spec["paths"]["/api/mentions"]["get"]["parameters"]}
    assert {"since", "until", "category", "group", "attribution", "outlet", "topic",
            "min_count", "limit", "format"} <= params


# -- HTML -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/articles", "/articles?search=alert", "/mentions",
                                  "/claims?topic=nk-troops", "/report?topic=nk-troops",
                                  "/articles/{a4}"])
def test_pages_escape_crawled_text(server: Server, path: str) -> None:
    reply = fetch(server, path.format(**server.fixture.article_ids))
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("text/html")
    assert "<script" not in reply.body.lower()
    if path != "/":
        assert ESCAPED in reply.body and HOSTILE not in reply.body
    assert "default-src 'none'" in reply.headers["Content-Security-Policy"]


def test_tables_filter_like_the_api(server: Server) -> None:
    page = fetch(server, "/claims?category=wounded").body
    assert "North Korean troops" in page and "North Korean soldiers" not in page
    assert 'href="/api/claims?category=wounded&amp;format=csv"' in page
    page = fetch(server, "/mentions?attribution=Pentagon&category=").body
    assert page.count("<blockquote>") == 2


def test_report_page_renders_in_chromium(server: Server, tmp_path: Path) -> None:
    chromium_or_skip()
    url = f"{server.base}/report?topic=nk-troops&since=2026-11-01"
    dom = dump_dom(url, tmp_path)
    svg = svg_of(dom)
    assert svg.count("<path") > 10 and "<title>" in svg
    assert "North Korean troops" in dom and "Ukrainian civilians" not in dom
    assert HOSTILE not in dom
    screenshot(url, tmp_path, "web-report.png")


# -- paging, sorting, facets, errors (issue 13/14) -----------------------------------------
def test_api_pages_follow_the_link_header(server: Server) -> None:
    path, seen, pages = "/api/claims?limit=1&sort=-figure", [], 0
    while path and pages < 10:
        reply = fetch(server, path)
        assert reply.status == 200, reply.body
        seen += [(c["id"], c["high"]) for c in reply.json()]
        link = reply.headers.get("Link")
        path = re.sub(r"^<http://[^/]+(/[^>]+)>; rel=\"next\"$", r"\1", link) if link else ""
        pages += 1
    assert pages == 4 and len({i for i, _ in seen}) == 4
    assert [h for _, h in seen] == sorted((h for _, h in seen), reverse=True)


@pytest.mark.parametrize("path", ["/api/articles", "/api/mentions", "/api/claims",
                                  "/api/changes", "/api/runs", "/api/estimates"])
def test_every_list_route_is_paged(server: Server, path: str) -> None:
    """No API route answers an unbounded list: a page of `limit` rows and a next link."""
    reply = fetch(server, f"{path}?limit=1")
    assert reply.status == 200, reply.body
    assert len(reply.json()) == 1
    if path in ("/api/articles", "/api/mentions", "/api/claims"):     # more than one row
        assert "cursor=" in reply.headers["Link"]
    assert fetch(server, f"{path}?limit=10001").status == 422
    assert fetch(server, f"{path}?sort=nothing").status == 422


@pytest.mark.parametrize(("path", "message"), [
    ("/api/claims?sort=url", "sort: 'url' is not one of"),
    ("/api/mentions?cursor=zzz", "cursor: 'zzz' is not a cursor"),
    ("/api/runs?limit=0", "limit:"),
])
def test_bad_sort_or_cursor_is_422(server: Server, path: str, message: str) -> None:
    reply = fetch(server, path)
    assert reply.status == 422 and reply.json()["message"].startswith(message)
    page = fetch(server, path.removeprefix("/api"))
    assert page.status == 422 and page.headers["Content-Type"].startswith("text/html")
    assert "Bad request" in page.body


@pytest.mark.parametrize("path", ["/articles/99999", "/no-such-page", "/claims/7"])
def test_html_errors_are_html_pages(server: Server, path: str) -> None:
    reply = fetch(server, path)
    assert reply.status == 404 and reply.headers["Content-Type"].startswith("text/html")
    assert "<title>404 Not Found</title>" in reply.body and 'href="/claims"' in reply.body
    assert "default-src 'none'" in reply.headers["Content-Security-Policy"]
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    api = fetch(server, "/api" + path)
    assert api.status == 404 and api.headers["Content-Type"] == "application/json"


def test_table_pages_sort_page_and_facet(server: Server) -> None:
    page = fetch(server, "/claims?limit=2").body
    next_link = re.search(r'href="(/claims\?limit=2&amp;cursor=[^"]+)" rel="next"', page)
    assert next_link, "no next page link"
    rest = fetch(server, next_link.group(1).replace("&amp;", "&")).body
    assert "North Korean soldiers" in rest and "Ukrainian civilians" not in rest
    assert "« first page" in rest
    assert 'href="/claims?limit=2&amp;sort=-figure"' in page             # sortable header
    assert re.search(r'href="/claims\?limit=2&amp;outlet=kyiv">kyiv</a> <span class="count">2',
                     page)                                                # facet with its count
    on = fetch(server, "/claims?outlet=kyiv").body
    assert '<li class="on"><a href="/claims">kyiv</a>' in on              # click again: off
    assert "Ukrainian civilians" not in on


def test_home_page_at_a_glance(server: Server) -> None:
    page = fetch(server, "/").body
    cards = dict((label, int(n)) for n, label in
                 re.findall(r"<b>(\d+)</b>([a-z ]+)</a>", page))
    assert cards["articles"] == 4 and cards["claims"] == 4 and cards["crawl runs"] == 1
    assert cards["casualty mentions"] == 5
    assert "North Korean troops" in page and "300–500" in page            # latest claims
    assert "1 outlet with failures" in page and "http_500=2" in page      # crawl health
