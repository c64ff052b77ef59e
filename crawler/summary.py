"""A crawl's per-outlet summary, read from its Scrapy stats."""

from __future__ import annotations

from typing import Any

PREFIX = "newsmon/"
DROP_PREFIX = "item_dropped_reasons_count/"


def outlet_summary(stats: dict[str, Any]) -> dict[str, Any]:
    """discovered, fetched, stored, dropped/skipped/errors by reason, and how the crawl ended."""
    skipped = _by_prefix(stats, f"{PREFIX}skipped/")
    robots = int(stats.get("robotstxt/forbidden", 0))
    if robots:
        skipped["robots"] = robots
    offsite = int(stats.get("offsite/filtered", 0))
    if offsite:
        skipped["offsite"] = skipped.get("offsite", 0) + offsite
    return {
        "discovered": int(stats.get(f"{PREFIX}discovered", 0)),
        "fetched": int(stats.get(f"{PREFIX}fetched", 0)),
        "stored": int(stats.get(f"{PREFIX}stored", 0)),
        "new": int(stats.get(f"{PREFIX}stored/new", 0)),
        "mentions": int(stats.get(f"{PREFIX}mentions", 0)),
        "rechecked": int(stats.get(f"{PREFIX}rechecked", 0)),
        "not_modified": int(stats.get(f"{PREFIX}not_modified", 0)),
        "new_versions": int(stats.get(f"{PREFIX}stored/new_version", 0)),
        "duplicate_copies": int(stats.get(f"{PREFIX}stored/duplicate_copy", 0)),
        "dropped": _by_prefix(stats, DROP_PREFIX),
        "skipped": skipped,
        "errors": _by_prefix(stats, f"{PREFIX}errors/"),
        "requests": int(stats.get("downloader/request_count", 0)),
        "retries": int(stats.get("retry/count", 0)),
        "finish_reason": stats.get("finish_reason"),
    }


def _by_prefix(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: int(v) for k, v in sorted(stats.items()) if k.startswith(prefix)}


def crawled_anything(summary: dict[str, Any]) -> bool:
    """True when the outlet answered at all: some listing or article response came back."""
    return bool(summary.get("requests")) and (
        summary.get("fetched", 0) > 0 or summary.get("discovered", 0) > 0
        or not summary.get("errors"))
