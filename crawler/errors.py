"""Failure classification: a short reason per failed request, for stats."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as net
from twisted.python.failure import Failure

_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadCancelledError,), "oversize"),
    ((DownloadTimeoutError, net.TimeoutError, net.TCPTimedOutError), "timeout"),
    ((CannotResolveHostError, net.DNSLookupError), "dns"),
    ((DownloadConnectionRefusedError, DownloadFailedError, net.ConnectionRefusedError,
      net.ConnectError, net.ConnectionLost), "connection"),
    ((ResponseDataLossError,), "truncated"),
    ((IgnoreRequest,), "ignored"),
)


def failure_reason(failure: Failure) -> str:
    """'http_500', 'timeout', 'oversize', 'dns', 'connection' or the exception's name."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    for types, reason in _REASONS:
        if isinstance(exc, types):
            return reason
    return type(exc).__name__
