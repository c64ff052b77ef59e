"""A small threaded HTTP server bound to a loopback address, for test and benchmark sites.

:class:`LoopbackServer` is the part that :class:`newsmon.sample_site.SampleSite` and
``bench.corpus_site.CorpusSite`` share: it refuses anything but a literal ``127.x.x.x``
address, binds a :class:`~http.server.ThreadingHTTPServer` (port 0 picks a free port),
serves it from a daemon thread, logs nothing per request and stops idempotently; it is a
context manager.  A subclass sets :attr:`LoopbackServer.handler` to a request handler class
(usually derived from :class:`QuietHandler`); each instance serves a subclass of it whose
``site`` attribute is the instance::

    class _Handler(QuietHandler):
        site: MySite

        def do_GET(self) -> None:
            ...  # self.site is the MySite being served

    class MySite(LoopbackServer):
        handler = _Handler

    with MySite() as site:
        fetch(site.url("/"))
"""

from __future__ import annotations

import ipaddress
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, ClassVar, Self

__all__ = ["LoopbackServer", "QuietHandler", "check_loopback"]

LOOPBACK_NETWORK = ipaddress.ip_network("127.0.0.0/8")
POLL_INTERVAL_S = 0.05
STOP_TIMEOUT_S = 5.0


def check_loopback(host: str, owner: str = "LoopbackServer") -> None:
    """Raise ValueError unless ``host`` is a literal IPv4 loopback address (127.0.0.0/8)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(
            f"{owner} only binds to a literal 127.x.x.x address, not {host!r}"
        ) from None
    if address.version != 4 or address not in LOOPBACK_NETWORK:
        raise ValueError(f"{owner} only binds to loopback (127.0.0.0/8), not {host!r}")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: a crawler opening 32 connections at once
    # then has its surplus SYNs dropped and retried 1 s and 3 s later (measured: a 3 s tail).
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-response (a crawler enforcing its maximum size, the end
        # of a crawl) is normal here; anything else is a genuine bug and keeps the traceback.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that writes no line per request and no Python version header."""

    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        """Stay quiet."""


class LoopbackServer:
    """Serve :attr:`handler` on ``host:port`` (a loopback address) from a daemon thread."""

    handler: ClassVar[type[BaseHTTPRequestHandler]] = QuietHandler

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        check_loopback(host, type(self).__name__)
        if not 0 <= port <= 65535:
            raise ValueError(f"port out of range: {port}")
        self.host = host
        self._requested_port = port
        self._httpd: _QuietServer | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    def _before_serving(self) -> None:
        """Hook: called once bound (``port`` and ``base_url`` work), before serving starts."""

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Self:
        """Bind and serve in a daemon thread; returns ``self``."""
        name = type(self).__name__
        if self._httpd is not None:
            raise RuntimeError(f"{name} already started")
        handler = type(f"{name}Handler", (self.handler,), {"site": self})
        httpd = _QuietServer((self.host, self._requested_port), handler)
        self._httpd = httpd
        self._port = int(httpd.server_address[1])
        try:
            self._before_serving()
        except BaseException:
            self._httpd = None
            httpd.server_close()
            raise
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": POLL_INTERVAL_S},
            name=f"{name}-{self.host}:{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        httpd, thread = self._httpd, self._thread
        self._httpd, self._thread = None, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=STOP_TIMEOUT_S)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ addresses
    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        """The bound port (still known after :meth:`stop`)."""
        if self._port is None:
            raise RuntimeError(f"{type(self).__name__} not started yet")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` (available once started)."""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL for a path such as ``/feeds/rss.xml``."""
        return self.base_url + (path if path.startswith("/") else "/" + path)
