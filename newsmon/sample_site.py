"""Loopback HTTP server for the bundled sample outlet, "The Harbor Ledger".

The static files under ``newsmon/sample_site/`` describe a small, entirely invented news
site.  :class:`SampleSite` serves them on a loopback address so that ``newsmon demo`` and
the test suite can crawl something realistic without touching the network.

Behaviour worth knowing about (``expected.json`` next to the files is the ground truth
for what a correct crawl stores and skips):

* **Page layouts.**  An HTML file (or override) whose first line is
  ``<!-- layout: _layout.html -->`` holds only what is particular to one page: front matter
  (title, path, dates, tags, comments...) and slots (the ``<article>``).  It is put into
  ``_layout.html``, which holds the site's boilerplate once, before templating; see
  :func:`render_page`.  Other files are served as they are.
* **Templating.**  Text files are rendered at serve time.  Placeholders:
  ``{{base}}`` (``http://127.0.0.1:PORT``), ``{{offsite_base}}``, ``{{offsite_port}}``,
  ``{{year}}``, ``{{date:-N}}`` (ISO 8601 datetime N days before *now*, UTC),
  ``{{rfc822:-N}}`` (RFC 822 date, for RSS), ``{{day:-N}}`` (``YYYY-MM-DD``) and
  ``{{filler:N}}`` (table rows padding the page to about N bytes).  *now* is fixed
  when the :class:`SampleSite` is created (floored to the minute; pass ``now=`` to pin
  it), so every date and every ETag is stable for the life of an instance.
* **Conditional requests.**  Every 200 carries a strong ``ETag`` (hash of the rendered
  body) and ``Last-Modified``.  ``If-None-Match`` (checked first) and
  ``If-Modified-Since`` yield ``304 Not Modified`` with no body.
* **Faults.**  ``/news/**/flaky-*.html`` answers 500 on its first request per instance
  (re-arm with :meth:`SampleSite.reset_faults`); a file whose bytes start with ``%PDF-``
  is served as ``application/pdf`` whatever its name.
* **Test hooks.**  :meth:`SampleSite.override` replaces (or adds) a path's content; every
  request is recorded in :attr:`SampleSite.requests`.
* **Edited stories.**  A page file ``_NAME.edited.html`` beside ``NAME.html`` is the
  story as its outlet later edits it: :meth:`SampleSite.publish_edits` starts serving it
  at ``NAME.html`` (new ETag and Last-Modified), so a re-check stores a new version.
* **A second outlet.**  ``/wire/`` is the section page of "Calder Wire", whose story is a
  syndicated copy of one of the Ledger's; nothing of the Ledger's links to it.
* **No directory listings.**  A path ending in ``/`` serves that directory's
  ``index.html`` if present (``/world/``, ``/wire/``), else 404.  Files starting with ``.`` or
  ``_`` and the root ``expected.json`` are never served.

Run ``python -m newsmon.sample_site [--port N] [--seconds N] [--offsite]`` to browse it.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import json
import re
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

from newsmon.loopback import LoopbackServer, QuietHandler

__all__ = [
    "SAMPLE_SITE_ROOT",
    "RequestRecord",
    "SampleSite",
    "load_expected",
    "render_page",
    "render_template",
]

SAMPLE_SITE_ROOT = Path(__file__).resolve().with_name("sample_site")
EXPECTED_FILE = "expected.json"
EDITED_SUFFIX = ".edited.html"

CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".pdf": "application/pdf",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"
PDF_MAGIC = b"%PDF-"

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_]+)(?:\s*:\s*([+-]?\d+))?\s*\}\}")
_FLAKY = re.compile(r"^/news/(?:.+/)?flaky-[^/]*\.html$")
_FILLER_MARK = "\x00newsmon-filler\x00"
_ALLOWED_METHODS = "GET, HEAD"


class RequestRecord(NamedTuple):
    """One request seen by the server (recorded before the response is written)."""

    method: str
    path: str  # path including the query string, as requested
    headers: dict[str, str]
    status: int


@dataclass(frozen=True)
class _Resource:
    body: bytes
    content_type: str
    etag: str
    last_modified: datetime


@dataclass(frozen=True)
class _Response:
    status: int
    headers: dict[str, str]
    body: bytes


def _floor_minute(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment.astimezone(UTC).replace(second=0, microsecond=0)


def _http_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment.astimezone(UTC), usegmt=True)


def _filler_rows(nbytes: int) -> str:
    """Deterministic tariff-table rows totalling at least ``nbytes`` UTF-8 bytes."""
    items = ("Berth fee", "Wharfage", "Crane hire", "Reefer plug-in", "Storage", "Pilotage")
    units = ("per metre of vessel length", "per tonne", "per hour", "per TEU per day")
    rows: list[str] = []
    total = 0
    i = 0
    while total < nbytes:
        current = 10 + (i * 37 % 900) / 4
        row = (
            f"      <tr><td>{items[i % len(items)]} {i + 1:05d}</td><td>Class {chr(65 + i % 6)}"
            f"</td><td>{units[i % len(units)]}</td><td>${current:.2f}</td>"
            f"<td>${current * 1.045:.2f}</td></tr>\n"
        )
        rows.append(row)
        total += len(row)  # rows are ASCII
        i += 1
    return "".join(rows)


def render_template(
    text: str,
    *,
    base: str,
    offsite_base: str = "",
    now: datetime,
) -> str:
    """Fill the sample-site placeholders in ``text`` (unknown placeholders are left as-is)."""
    now = now.astimezone(UTC)
    offsite_port = str(urlsplit(offsite_base).port or "") if offsite_base else ""
    filler_sizes: list[int] = []

    def substitute(match: re.Match[str]) -> str:
        name, arg = match.group(1), match.group(2)
        if arg is None:
            simple = {
                "base": base,
                "offsite_base": offsite_base,
                "offsite_port": offsite_port,
                "year": str(now.year),
            }
            return simple.get(name, match.group(0))
        offset = int(arg)
        if name == "filler":
            if offset <= 0 or filler_sizes:
                return match.group(0)
            filler_sizes.append(offset)
            return _FILLER_MARK
        if name not in ("date", "rfc822", "day"):
            return match.group(0)
        try:
            moment = now + timedelta(days=offset)
        except OverflowError:
            return match.group(0)
        if name == "date":
            return moment.isoformat()
        if name == "rfc822":
            return email.utils.format_datetime(moment)
        return moment.date().isoformat()

    rendered = _PLACEHOLDER.sub(substitute, text)
    if filler_sizes:
        before, after = rendered.split(_FILLER_MARK, 1)
        used = len(before.encode("utf-8")) + len(after.encode("utf-8"))
        rendered = before + _filler_rows(max(0, filler_sizes[0] - used)) + after
    return rendered


# ---------------------------------------------------------------------- page layouts
_LAYOUT_LINE = re.compile(r"\A<!-- layout: (_[A-Za-z0-9_.-]+) -->\n")
_SLOT_LINE = re.compile(r"^<!-- slot:([a-z0-9_]+) -->\n", re.MULTILINE)
_FIELD_LINE = re.compile(r"([a-z0-9_]+):(?: (.*))?")
_DIRECTIVE = re.compile(
    r"^<!--@(?P<block>(?:[a-z0-9_]|\{\{@[a-z0-9_]+\}\})+)"
    r"(?:(?P<op>[*?])(?P<key>[a-z0-9_]+)| (?P<args>[^\n]*?))?-->\n"
    r"|\{\{@(?P<value>[a-z0-9_]+)(?P<count>#?)\}\}",
    re.MULTILINE,
)
_VALUE = re.compile(r"\{\{@([a-z0-9_]+)\}\}")
_MAX_NESTING = 16


@dataclass(frozen=True)
class _Parsed:
    fields: dict[str, list[str]]  # front matter; a key given more than once is a list
    slots: dict[str, str]  # ``<!-- slot:NAME -->`` sections, final newlines stripped


def _parse_sections(text: str, name: str) -> _Parsed:
    head, *rest = _SLOT_LINE.split(text)
    fields: dict[str, list[str]] = {}
    for number, line in enumerate(head.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _FIELD_LINE.fullmatch(line)
        if match is None:
            raise ValueError(f"{name}: front matter line {number} is not 'key: value': {line!r}")
        fields.setdefault(match.group(1), []).append((match.group(2) or "").strip())
    slots: dict[str, str] = {}
    for slot, body in zip(rest[::2], rest[1::2], strict=True):
        if slot in slots:
            raise ValueError(f"{name}: slot {slot!r} defined twice")
        slots[slot] = body.rstrip("\n")
    return _Parsed(fields, slots)


class _PageRenderer:
    """Fills a layout's ``page`` slot from a page's front matter and slots (see render_page)."""

    def __init__(self, layout: _Parsed, page: _Parsed, name: str) -> None:
        self.blocks = layout.slots
        self.fields = {**layout.fields, **page.fields}
        self.slots = page.slots
        self.name = name

    def items(self, key: str) -> list[str]:
        return [value for value in self.fields.get(key, []) if value]

    def fill(self, template: str, item: tuple[str, ...], index: int, depth: int) -> str:
        if depth > _MAX_NESTING:
            raise ValueError(f"{self.name}: layout blocks nested more than {_MAX_NESTING} deep")

        def substitute(match: re.Match[str]) -> str:
            name = match.group("value")
            if name is not None:
                return self.value(name, bool(match.group("count")), item, index, depth)
            block_name = _VALUE.sub(
                lambda value: self.value(value.group(1), False, item, index, depth),
                match.group("block"),
            )
            block = self.blocks.get(block_name)
            if block is None:
                raise ValueError(f"{self.name}: the layout has no block {block_name!r}")
            op, key, args = match.group("op"), match.group("key"), match.group("args")
            if op == "*":
                parts = [self.fill(block, tuple(value.split(" | ")), number, depth + 1)
                         for number, value in enumerate(self.items(key), 1)]
            elif op == "?":
                parts = [self.fill(block, item, index, depth + 1)] if self.items(key) else []
            else:
                fields = tuple(args.split(" | ")) if args is not None else item
                parts = [self.fill(block, fields, index, depth + 1)]
            return "".join(part + "\n" for part in parts)

        # Slots are stored without their final newline; add it back so that a directive on
        # the last line still matches, then take it off again.
        return _DIRECTIVE.sub(substitute, template + "\n")[:-1]

    def value(self, name: str, count: bool, item: tuple[str, ...], index: int, depth: int) -> str:
        if count:
            return str(len(self.items(name)))
        if name.isdigit():
            if not 1 <= int(name) <= len(item):
                raise ValueError(f"{self.name}: no field {name} in {' | '.join(item)!r}")
            return item[int(name) - 1]
        if name == "n" and index:
            return str(index)
        if name in self.slots:
            return self.fill(self.slots[name], item, index, depth + 1)
        values = self.fields.get(name)
        if values is None:
            raise ValueError(f"{self.name}: {{{{@{name}}}}} is not set")
        if len(values) != 1:
            raise ValueError(f"{self.name}: {name!r} is a list, not a single value")
        return values[0]


def render_page(text: str, root: Path | None = None, name: str = "page") -> str:
    """Put a page file into its layout; any other text is returned unchanged.

    A page file starts with ``<!-- layout: _NAME.html -->`` (the layout file, in ``root``),
    then front matter (``key: value`` lines; a repeated key is a list, an item's fields are
    separated by `` | ``), then ``<!-- slot:NAME -->`` sections.  The layout file has the same
    shape: its front matter gives defaults, its ``page`` slot is the page skeleton and its
    other slots are blocks.  In the skeleton, blocks and slots:

    * ``{{@key}}`` is a front-matter value or, for a page slot, that slot (itself filled);
      ``{{@key#}}`` is the number of items of a list; in a block rendered for an item,
      ``{{@1}}``, ``{{@2}}``... are its fields and ``{{@n}}`` is its 1-based position;
    * a line ``<!--@block-->`` (or ``<!--@block a | b-->``, fields ``a`` and ``b``) is
      replaced by that block; ``<!--@block*key-->`` by the block once per item of list
      ``key``; ``<!--@block?key-->`` by the block if ``key`` is set and not empty.  A
      block's name may include values: ``<!--@related_{{@section_id}}-->``.

    The result still has its ``{{base}}``-style placeholders (see :func:`render_template`).
    In a page served as-is (e.g. a copied ``<article>``), ``<!--@...-->`` lines stay HTML
    comments.
    """
    match = _LAYOUT_LINE.match(text)
    if match is None:
        return text
    layout_name = match.group(1)
    layout_file = (root if root is not None else SAMPLE_SITE_ROOT) / layout_name
    layout = _parse_sections(layout_file.read_text(encoding="utf-8"), layout_name)
    if "page" not in layout.slots:
        raise ValueError(f"{layout_name}: no 'page' slot")
    page = _parse_sections(text[match.end():], name)
    renderer = _PageRenderer(layout, page, name)
    return renderer.fill(layout.slots["page"], (), 0, 0) + "\n"


def load_expected(root: Path | None = None) -> dict[str, Any]:
    """Return the parsed ``expected.json`` ground truth for the sample site."""
    path = (root or SAMPLE_SITE_ROOT) / EXPECTED_FILE
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _etag_matches(header: str, etag: str) -> bool:
    """Weak comparison of an If-None-Match header against ``etag`` (RFC 9110 13.1.2)."""
    if header.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in header.split(","))


class _Handler(QuietHandler):
    """Requests are not logged: they are recorded in ``SampleSite.requests`` instead."""

    site: SampleSite  # set on a per-instance subclass
    server_version = "HarborLedgerSample/1.0"
    timeout = 30

    def _serve(self) -> None:
        method = self.command
        headers = {key: value for key, value in self.headers.items()}
        response, recorded_path = self.site._respond(method, self.path, headers)
        self.site._record(RequestRecord(method, recorded_path, headers, response.status))
        try:
            self.send_response(response.status)
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            if method != "HEAD" and response.body:
                self.wfile.write(response.body)
        except (ConnectionError, TimeoutError):
            pass
        self.close_connection = True

    # Every method is answered (and recorded); _respond turns all but GET and HEAD into 405.
    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _serve


class SampleSite(LoopbackServer):
    """Serve newsmon/sample_site/ on a loopback address; usable as a context manager.

    ``offsite_base`` is what ``{{offsite_base}}`` renders to; it defaults to
    ``http://127.0.0.2:<this port>``.  To check that a crawler stays on-site, run a second
    instance on ``127.0.0.2`` and pass its ``base_url`` here, then assert it saw nothing.
    """

    handler = _Handler

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        root: Path | None = None,
        offsite_base: str = "",
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(host, port)
        self.root = Path(root if root is not None else SAMPLE_SITE_ROOT).resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"sample site root not found: {self.root}")
        self.now = _floor_minute(now if now is not None else datetime.now(UTC))
        self._offsite_base = offsite_base.rstrip("/")
        self._lock = threading.Lock()
        self._requests: list[RequestRecord] = []
        self._overrides: dict[str, str] = {}
        self._last_modified: dict[str, datetime] = {}
        self._cache: dict[str, _Resource] = {}
        self._flaky_served: set[str] = set()

    # start(), stop(), the context manager, running, port, base_url and url() come from
    # LoopbackServer.
    @property
    def offsite_base(self) -> str:
        return self._offsite_base or f"http://127.0.0.2:{self.port}"

    # ------------------------------------------------------------------ request log
    @property
    def requests(self) -> list[RequestRecord]:
        """Snapshot of every request so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def paths_requested(self) -> list[str]:
        """Paths (with query string) of every request so far, in arrival order."""
        with self._lock:
            return [record.path for record in self._requests]

    def hits(self, path: str) -> int:
        """How many requests targeted ``path`` (query string ignored)."""
        with self._lock:
            return sum(1 for r in self._requests if r.path.split("?", 1)[0] == path)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self._requests.append(record)

    # ------------------------------------------------------------------ test hooks
    def override(self, path: str, html_text: str) -> None:
        """Serve ``html_text`` (templated like the files) at ``path`` from now on.

        Full HTML is served as it is (after placeholder templating); a page file (one that
        starts with ``<!-- layout: ... -->``, such as a file's own text) is put into its
        layout first.

        The path may be new.  Its ETag changes with the content and its Last-Modified moves
        forward, so conditional requests see the change.
        """
        key = self._override_key(path)
        with self._lock:
            self._overrides[key] = html_text
            self._touch(key)

    def publish_edits(self) -> list[str]:
        """Serve every ``_NAME.edited.html`` at ``NAME.html`` from now on; the paths edited."""
        paths = []
        for file in sorted(SAMPLE_SITE_ROOT.rglob(f"_*{EDITED_SUFFIX}")):
            folder = file.parent.relative_to(SAMPLE_SITE_ROOT).as_posix()
            name = file.name[1:].removesuffix(EDITED_SUFFIX) + ".html"
            path = f"/{folder}/{name}"
            self.override(path, file.read_text(encoding="utf-8"))
            paths.append(path)
        return paths

    def clear_overrides(self) -> None:
        """Drop every override (paths go back to their files, with a newer Last-Modified)."""
        with self._lock:
            for key in self._overrides:
                self._touch(key)
            self._overrides.clear()

    def reset_faults(self) -> None:
        """Re-arm the flaky pages (each answers 500 once more)."""
        with self._lock:
            self._flaky_served.clear()

    @staticmethod
    def _override_key(path: str) -> str:
        key = urlsplit(path).path
        if not key.startswith("/"):
            raise ValueError(f"override path must start with '/': {path!r}")
        return key

    def _touch(self, key: str) -> None:
        # Caller holds the lock.  Last-Modified has one-second resolution, so always step
        # at least one second past the previous value.
        previous = self._last_modified.get(key, self.now)
        current = datetime.now(UTC).replace(microsecond=0)
        self._last_modified[key] = max(current, previous + timedelta(seconds=1))
        self._cache.pop(key, None)

    # ------------------------------------------------------------------ responses
    def _respond(
        self, method: str, target: str, headers: Mapping[str, str]
    ) -> tuple[_Response, str]:
        """Work out the response for one request; returns it and the path to record."""
        parts = urlsplit(target)
        raw_path = parts.path or "/"
        recorded = raw_path + (f"?{parts.query}" if parts.query else "")
        if method not in ("GET", "HEAD"):
            return self._error(405, "Method Not Allowed", {"Allow": _ALLOWED_METHODS}), recorded

        path = unquote(raw_path)
        key_or_redirect = self._locate(path)
        if key_or_redirect is None:
            return self._error(404, "Not Found"), recorded
        key, redirect = key_or_redirect
        if redirect:
            location = key + (f"?{parts.query}" if parts.query else "")
            return self._error(301, "Moved Permanently", {"Location": location}), recorded

        if _FLAKY.match(key):
            with self._lock:
                first = key not in self._flaky_served
                self._flaky_served.add(key)
            if first:
                return self._error(500, "Internal Server Error"), recorded

        resource = self._resource(key)
        validators = {
            "ETag": resource.etag,
            "Last-Modified": _http_date(resource.last_modified),
            "Cache-Control": "public, max-age=60",
        }
        if self._not_modified(headers, resource):
            return _Response(304, validators, b""), recorded
        response_headers = {
            "Content-Type": resource.content_type,
            "Content-Length": str(len(resource.body)),
            **validators,
        }
        return _Response(200, response_headers, resource.body), recorded

    def _locate(self, path: str) -> tuple[str, bool] | None:
        """Map a URL path to a resource key; ``(key, True)`` means redirect to ``key``."""
        if "\x00" in path or "\\" in path or not path.startswith("/"):
            return None
        with self._lock:
            if path in self._overrides:
                return path, False
        segments = [s for s in path.split("/") if s]
        if any(s in (".", "..") or s.startswith((".", "_")) for s in segments):
            return None
        if segments == [EXPECTED_FILE]:
            return None
        candidate = self.root.joinpath(*segments) if segments else self.root
        try:
            resolved = candidate.resolve()
        except OSError:
            return None
        if not resolved.is_relative_to(self.root):
            return None
        if path.endswith("/"):
            return (path, False) if (resolved / "index.html").is_file() else None
        if resolved.is_dir():
            return (path + "/", True) if (resolved / "index.html").is_file() else None
        return (path, False) if resolved.is_file() else None

    def _resource(self, key: str) -> _Resource:
        with self._lock:
            cached = self._cache.get(key)
            override = self._overrides.get(key)
            last_modified = self._last_modified.get(key, self.now)
        if cached is not None:
            return cached
        if override is not None:
            raw = override.encode("utf-8")
        else:
            file = self.root.joinpath(*[s for s in key.split("/") if s])
            if key.endswith("/"):
                file = file / "index.html"
            raw = file.read_bytes()
        content_type = self._content_type(key, raw)
        if content_type == "application/pdf" or content_type == DEFAULT_CONTENT_TYPE:
            body = raw
        else:
            text = raw.decode("utf-8")
            if content_type == CONTENT_TYPES[".html"]:
                text = render_page(text, self.root, key)
            text = render_template(
                text, base=self.base_url, offsite_base=self.offsite_base, now=self.now
            )
            body = text.encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        resource = _Resource(body, content_type, etag, last_modified)
        with self._lock:
            # Only cache if nothing changed the path while we were rendering.
            if self._overrides.get(key) == override and (
                self._last_modified.get(key, self.now) == last_modified
            ):
                self._cache[key] = resource
        return resource

    @staticmethod
    def _content_type(key: str, raw: bytes) -> str:
        if raw.startswith(PDF_MAGIC):
            return "application/pdf"
        if key.endswith("/"):
            return CONTENT_TYPES[".html"]
        suffix = Path(key).suffix.lower()
        content_type = CONTENT_TYPES.get(suffix, DEFAULT_CONTENT_TYPE)
        if content_type == DEFAULT_CONTENT_TYPE:
            return content_type
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return DEFAULT_CONTENT_TYPE
        return content_type

    @staticmethod
    def _not_modified(headers: Mapping[str, str], resource: _Resource) -> bool:
        lowered = {k.lower(): v for k, v in headers.items()}
        if_none_match = lowered.get("if-none-match")
        if if_none_match is not None:
            return _etag_matches(if_none_match, resource.etag)
        if_modified_since = lowered.get("if-modified-since")
        if if_modified_since:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return resource.last_modified <= since
        return False

    @staticmethod
    def _error(status: int, reason: str, extra: dict[str, str] | None = None) -> _Response:
        body = (
            f"<!DOCTYPE html>\n<html lang=\"en\"><head><title>{status} {reason}</title></head>"
            f"<body><h1>{status} {reason}</h1><p>The Harbor Ledger (sample site)</p></body>"
            "</html>\n"
        ).encode()
        headers = {
            "Content-Type": CONTENT_TYPES[".html"],
            "Content-Length": str(len(body)),
            "Cache-Control": "no-store",
            **(extra or {}),
        }
        return _Response(status, headers, body)


# ---------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsmon.sample_site",
        description="Serve the bundled sample outlet (The Harbor Ledger) on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (127.x.x.x)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument(
        "--seconds", type=float, default=None, help="stop by itself after this many seconds"
    )
    parser.add_argument(
        "--offsite",
        action="store_true",
        help="also serve the off-site partner host on 127.0.0.2 (Linux loopback)",
    )
    args = parser.parse_args(argv)
    if args.seconds is not None and args.seconds < 0:
        parser.error("--seconds must be >= 0")

    offsite: SampleSite | None = None
    try:
        if args.offsite:
            offsite = SampleSite(host="127.0.0.2").start()
        site = SampleSite(
            host=args.host,
            port=args.port,
            offsite_base=offsite.base_url if offsite else "",
        ).start()
    except (OSError, ValueError) as exc:
        if offsite is not None:
            offsite.stop()
        print(f"error: {exc}", file=sys.stderr)
        return 2

    print(site.base_url, flush=True)
    print(
        f"  feeds: {site.url('/feeds/rss.xml')}  {site.url('/feeds/atom.xml')}\n"
        f"  sitemaps: {site.url('/sitemap_index.xml')}\n"
        f"  section: {site.url('/world/')}\n"
        f"  off-site host: {site.offsite_base}" + ("" if offsite else " (not served)"),
        flush=True,
    )
    try:
        threading.Event().wait(args.seconds)
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
        if offsite is not None:
            offsite.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
