"""Downloader middleware helpers (pure parts); crawls through them are in the e2e tests."""

from __future__ import annotations

import pytest

from crawler.middlewares import META_REFRESH_BYTES, may_meta_refresh

REFRESH = b'<meta http-equiv="refresh" content="0; url=/moved.html">'


@pytest.mark.parametrize(("body", "expected"), [
    (b"<html><head>" + REFRESH + b"</head><body>x</body></html>", True),
    (b"<html><head>" + REFRESH.upper() + b"</head></html>", True),           # any letter case
    (b"<html><head><title>News</title></head><body>" + b"x" * 50_000, False),
    (b"<html>" + b" " * META_REFRESH_BYTES + REFRESH, False),                # beyond the head
    ("<html><head>".encode("utf-16") + REFRESH.decode().encode("utf-16-le"), True),  # NULs: ask Scrapy
    (b"", False),
])
def test_may_meta_refresh(body: bytes, expected: bool) -> None:
    assert may_meta_refresh(body) is expected
