"""Helpers for crawl tests: an outlets file for the sample site and `newsmon crawl` in a child process.

Each crawl runs in its own process (the Twisted reactor cannot be restarted).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsmon.sample_site import SampleSite

REPO = Path(__file__).resolve().parents[1]


class SlowSite(SampleSite):
    """The sample outlet, with every article page answered after `delay` seconds."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def _respond(self, method: str, target: str, headers: Mapping[str, str]) -> Any:
        if target.startswith("/news/"):
            time.sleep(self.delay)
        return super()._respond(method, target, headers)


def sample_outlets_toml(site: SampleSite, **crawl: object) -> str:
    base = site.base_url
    settings = {"download_delay": 0, "autothrottle": "false", "retry_times": 2,
                "max_page_bytes": 1048576, "min_text_chars": 500, "download_timeout": 10,
                "contact_url": '"https://example.org/newsmon-tests"', **crawl}
    lines = ["[crawl]"] + [f"{k} = {v}" for k, v in settings.items()]
    return "\n".join(lines) + f"""

[[topic]]
name = "drovnia"
keywords = ["Drovnian", "Drovnia"]

[[topic]]
name = "crime"
keywords = ["shooting", "shot"]

[[outlet]]
name = "ledger"
feeds = ["{base}/feeds/rss.xml", "{base}/feeds/atom.xml"]
sitemaps = ["{base}/sitemap_index.xml"]
start_urls = ["{base}/world/"]
allowed_domains = ["127.0.0.1"]
language = "en"
max_age_days = 30
"""


def write_outlets(path: Path, site: SampleSite, **crawl: object) -> Path:
    path.write_text(sample_outlets_toml(site, **crawl), encoding="utf-8")
    return path


def newsmon(*args: str, timeout: float = 180, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m newsmon ARGS` in a child process from the repo root."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "newsmon", *args], cwd=REPO, env=full_env,
                          capture_output=True, text=True, timeout=timeout, input=stdin)


def scrapy_crawl(outlets: Path, db_url: str, *settings: str,
                 timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl outlet` (a manual spider run) of the sample outlet `ledger`, from the
    repo root, with the test crawl settings and any extra `KEY=VALUE` settings."""
    pairs = [f"NEWSMON_DB={db_url}", f"NEWSMON_OUTLETS_FILE={outlets}",
             "DOWNLOAD_MAXSIZE=1048576", "NEWSMON_MIN_TEXT_CHARS=500", "DOWNLOAD_DELAY=0",
             "AUTOTHROTTLE_ENABLED=False", "RETRY_BACKOFF_BASE=0.1", "LOG_LEVEL=WARNING",
             *settings]
    command = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=ledger",
               "-a", f"outlets={outlets}"]
    for pair in pairs:
        command += ["-s", pair]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def query_json(kind: str, db_url: str, *args: str) -> list[dict]:
    result = newsmon("query", kind, "--db", db_url, "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
