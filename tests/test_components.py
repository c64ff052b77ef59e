"""Crawler components' own parts; crawls through them are in the e2e tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from crawler.extensions import ScrapyLogLevel
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


@pytest.fixture
def scrapy_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("scrapy")
    levels = logger.level, logging.root.level
    yield logger
    logger.setLevel(levels[0])
    logging.root.setLevel(levels[1])


@pytest.mark.parametrize(("setting", "debug", "info"), [
    ("INFO", False, True), ("WARNING", False, False), ("DEBUG", True, True),
])
def test_scrapy_messages_below_log_level_are_not_built(
        scrapy_logger: logging.Logger, setting: str, debug: bool, info: bool) -> None:
    logging.root.setLevel(logging.NOTSET)   # as Scrapy leaves it
    ScrapyLogLevel(setting)
    engine = logging.getLogger("scrapy.core.engine")
    assert engine.isEnabledFor(logging.DEBUG) is debug
    assert engine.isEnabledFor(logging.INFO) is info
