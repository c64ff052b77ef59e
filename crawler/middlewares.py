"""Downloader middlewares: retries with exponential backoff."""

from __future__ import annotations

import asyncio
import email.utils
from datetime import UTC, datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings

MAX_RETRY_AFTER_SECONDS = 120.0


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (5xx, 429, timeouts), waiting before each new attempt.

    The wait is `RETRY_BACKOFF_BASE * 2**(attempt - 1)` seconds, capped by
    `RETRY_BACKOFF_MAX`, or the server's `Retry-After` when it sends one
    (capped too). Only the retried request waits; the crawl goes on.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: object = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, response))
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: object = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, None))
        return result

    def _delay(self, retry: Request, response: Response | None) -> float:
        attempt = max(int(retry.meta.get("retry_times", 1)), 1)
        delay = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        if response is not None:
            delay = max(delay, min(_retry_after(response), MAX_RETRY_AFTER_SECONDS))
        return delay


def _retry_after(response: Response) -> float:
    raw = response.headers.get(b"Retry-After")
    if not raw:
        return 0.0
    text = raw.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return 0.0
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)
