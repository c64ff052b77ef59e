"""Alerts over real channels on 127.0.0.1: an HTTP receiver, an SMTP server (aiosmtpd), a file."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from config.model import Config, ConfigError, parse_config
from newsmon.alerts import deliver_after_crawl, deliver_alerts
from storage.db import Database
from storage.models import AlertDelivery, Article, Claim, Mention
from tests.test_report import T, _article, _claim, _mention, newsmon, seed

OUTLETS = [{"name": n, "feeds": [f"https://{n}.example/rss"]}
           for n in ("yonhap", "kyiv", "dw", "evil", "quiet")]
TOPICS = [{"name": "nk-troops", "keywords": ["North Korea"]}, {"name": "other", "keywords": ["x"]}]
FAST = {"tries": 3, "backoff_seconds": 0.01}


def config(*alerts: dict[str, Any], smtp: dict[str, Any] | None = None) -> Config:
    raw: dict[str, Any] = {"outlet": OUTLETS, "topic": TOPICS, "alert": list(alerts)}
    if smtp:
        raw["smtp"] = smtp
    return parse_config(raw, "test.toml")


class Receiver:
    """A webhook receiver: answers with `statuses` in turn (then 200), records every body."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.requests: list[dict[str, Any]] = []    # every POST, whatever the answer
        self.accepted: list[dict[str, Any]] = []    # the ones answered 200
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver.lock:
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                    receiver.requests.append(body)
                    if status == 200:
                        receiver.accepted.append(body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def keys(self) -> list[str]:
        return sorted(b["key"] for b in self.accepted)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.thread.start()
    try:
        yield r
    finally:
        r.server.shutdown()
        r.server.server_close()
        r.thread.join(timeout=5)


def add_claim(db_url: str, low: int, group: str = "North Korean soldiers") -> int:
    db = Database(db_url)
    with db.begin() as s:
        article = _article(f"https://yonhap.example/nk/{low}", "yonhap", 17, ["nk-troops"],
                           f"{low} killed")
        s.add(article)
        claim = _claim("killed", low, low, group, 17, "yonhap")
        s.add(claim)
        s.flush()
        s.add(_mention(article, claim, f"{low} {group} were killed.", "NIS"))
        claim_id = claim.id
    db.dispose()
    return claim_id


def deliveries(db_url: str) -> list[AlertDelivery]:
    db = Database(db_url)
    with db.begin() as s:
        rows = list(s.scalars(select(AlertDelivery).order_by(AlertDelivery.id)))
    db.dispose()
    return rows


# -- new claims --------------------------------------------------------------------------
def test_each_new_claim_is_sent_once_across_calls_and_restarts(
        sqlite_url: str, receiver: Receiver, tmp_path: Path) -> None:
    fx = seed(sqlite_url)
    cfg = config({"name": "nk", "topic": "nk-troops", "webhook": receiver.url, **FAST})
    nk_claims = sorted(f"claim:{fx.claim_ids[k]}" for k in ("killed", "wounded", "hostile"))

    counts = deliver_alerts(Database(sqlite_url), cfg)
    assert counts == {"new": 3, "sent": 3, "failed": 0, "errors": 0}
    assert receiver.keys() == nk_claims
    assert deliver_alerts(Database(sqlite_url), cfg)["new"] == 0          # same process, again
    new_id = add_claim(sqlite_url, 250)
    assert deliver_alerts(Database(sqlite_url), cfg) == {"new": 1, "sent": 1, "failed": 0,
                                                         "errors": 0}
    assert receiver.keys() == sorted([*nk_claims, f"claim:{new_id}"])

    toml = tmp_path / "outlets.toml"                                      # a fresh process
    toml.write_text("\n".join([
        *(f'[[outlet]]\nname = "{o["name"]}"\nfeeds = ["{o["feeds"][0]}"]' for o in OUTLETS),
        '[[topic]]\nname = "nk-troops"\nkeywords = ["North Korea"]',
        f'[[alert]]\nname = "nk"\ntopic = "nk-troops"\nwebhook = "{receiver.url}"',
    ]) + "\n")
    done = newsmon("alerts", "--db", sqlite_url, "--outlets", str(toml))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "new=0 sent=0 failed=0 errors=0"
    assert len(receiver.requests) == 4
    body = next(b for b in receiver.accepted if b["key"] == f"claim:{fx.claim_ids['killed']}")
    assert body["kind"] == "claim" and body["claim"]["group"] == "North Korean soldiers"
    assert {c["outlet"] for c in body["claim"]["citations"]} == {"yonhap", "kyiv"}
    assert all(d.status == "sent" and d.sent_at for d in deliveries(sqlite_url))


def test_categories_and_min_figure_select_claims(sqlite_url: str, tmp_path: Path) -> None:
    fx = seed(sqlite_url)
    out = tmp_path / "alerts.jsonl"
    cfg = config({"name": "big-wounded", "categories": ["wounded", "captured"],
                  "min_figure": 100, "file": str(out)})
    assert deliver_alerts(Database(sqlite_url), cfg)["sent"] == 1
    assert [json.loads(x)["key"] for x in out.read_text().splitlines()] == [
        f"claim:{fx.claim_ids['wounded']}"]


def test_file_alert_appends_json_lines_once(db_url: str, tmp_path: Path) -> None:
    fx = seed(db_url)
    out = tmp_path / "deep" / "alerts.jsonl"
    cfg = config({"name": "all", "file": str(out)})
    db = Database(db_url)
    deliver_alerts(db, cfg)
    deliver_alerts(db, cfg)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["key"] for x in lines) == sorted(f"claim:{i}" for i in fx.claim_ids.values())
    hostile = next(x for x in lines if x["key"] == f"claim:{fx.claim_ids['hostile']}")
    assert hostile["claim"]["group"] == "<script>alert(1)</script> fighters"
    assert hostile["claim"]["citations"][0]["url"] == "https://evil.example/x"


# -- failures and retries ------------------------------------------------------------------
def test_webhook_failing_twice_then_ok_is_delivered_exactly_once(
        sqlite_url: str, receiver: Receiver) -> None:
    seed(sqlite_url)
    receiver.statuses = [500, 500]
    cfg = config({"name": "nk", "categories": ["wounded"], "webhook": receiver.url, **FAST})
    sleeps: list[float] = []
    counts = deliver_alerts(Database(sqlite_url), cfg, sleep=sleeps.append)
    assert counts["sent"] == 1 and counts["failed"] == 0
    assert len(receiver.requests) == 3 and len(receiver.accepted) == 1
    assert sleeps == [0.01, 0.02]                                           # 0.01 * 2**n
    (row,) = deliveries(sqlite_url)
    assert (row.status, row.attempts, row.last_error) == ("sent", 3, None)
    deliver_alerts(Database(sqlite_url), cfg)
    assert len(receiver.requests) == 3


def test_still_failing_delivery_is_retried_on_the_next_call_until_max_attempts(
        sqlite_url: str, receiver: Receiver) -> None:
    seed(sqlite_url)
    receiver.statuses = [500] * 5
    cfg = config({"name": "nk", "categories": ["wounded"], "webhook": receiver.url,
                  "tries": 2, "backoff_seconds": 0, "max_attempts": 5})
    db = Database(sqlite_url)
    assert deliver_alerts(db, cfg) == {"new": 1, "sent": 0, "failed": 1, "errors": 0}
    (row,) = deliveries(sqlite_url)
    assert (row.status, row.attempts) == ("failed", 2) and "HTTP 500" in (row.last_error or "")
    assert deliver_alerts(db, cfg)["failed"] == 1                         # attempts 3, 4
    assert deliver_alerts(db, cfg)["failed"] == 1                         # attempt 5: the last
    assert deliver_alerts(db, cfg) == {"new": 0, "sent": 0, "failed": 0, "errors": 0}
    assert len(receiver.requests) == 5 and not receiver.accepted
    (row,) = deliveries(sqlite_url)
    assert (row.status, row.attempts) == ("failed", 5)


def test_retry_after_a_failed_call_succeeds_once(sqlite_url: str, receiver: Receiver) -> None:
    seed(sqlite_url)
    receiver.statuses = [503]
    cfg = config({"name": "nk", "categories": ["wounded"], "webhook": receiver.url,
                  "tries": 1, "backoff_seconds": 0})
    db = Database(sqlite_url)
    assert deliver_alerts(db, cfg)["failed"] == 1
    assert deliver_alerts(db, cfg) == {"new": 0, "sent": 1, "failed": 0, "errors": 0}
    assert deliver_alerts(db, cfg)["sent"] == 0
    assert len(receiver.accepted) == 1


def test_unreachable_webhook_and_broken_database_never_raise(sqlite_url: str,
                                                             tmp_path: Path) -> None:
    seed(sqlite_url)
    with socket.socket() as sock:                     # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cfg = config({"name": "nk", "categories": ["wounded"], "tries": 2, "backoff_seconds": 0,
                  "webhook": f"http://127.0.0.1:{port}/hook"})
    counts = deliver_alerts(Database(sqlite_url), cfg)
    assert counts["failed"] == 1
    assert "cannot reach" in (deliveries(sqlite_url)[0].last_error or "")
    gone = Database(f"postgresql+psycopg://nobody@127.0.0.1:{port}/x?connect_timeout=2",
                    migrate=False)                    # a database that went away after the crawl
    deliver_after_crawl(gone, cfg)                    # logs only


def test_only_failed_channels_are_retried(sqlite_url: str, receiver: Receiver,
                                          tmp_path: Path) -> None:
    seed(sqlite_url)
    receiver.statuses = [500]
    out = tmp_path / "a.jsonl"
    cfg = config({"name": "nk", "categories": ["wounded"], "webhook": receiver.url,
                  "file": str(out), "tries": 1, "backoff_seconds": 0})
    db = Database(sqlite_url)
    assert deliver_alerts(db, cfg)["failed"] == 1
    assert deliver_alerts(db, cfg)["sent"] == 1
    assert len(out.read_text().splitlines()) == 1 and len(receiver.accepted) == 1


# -- silent outlets ------------------------------------------------------------------------------
def test_a_silent_outlet_is_reported_once_per_silence(db_url: str, tmp_path: Path) -> None:
    seed(db_url)            # last new articles: yonhap 11-10, kyiv 11-12, dw 11-15, evil 11-16
    out = tmp_path / "silent.jsonl"
    cfg = config({"name": "watch", "silent_days": 4, "categories": ["missing"],
                  "file": str(out)})
    db = Database(db_url)
    now = T.replace(day=18)
    assert deliver_alerts(db, cfg, now=now)["sent"] == 2
    assert deliver_alerts(db, cfg, now=now + timedelta(days=1))["sent"] == 1   # dw joins
    assert deliver_alerts(db, cfg, now=now + timedelta(days=1))["sent"] == 0
    with db.begin() as s:                                 # yonhap speaks, then falls silent
        s.add(_article("https://yonhap.example/nk/new", "yonhap", 20, ["nk-troops"], "New"))
    assert deliver_alerts(db, cfg, now=T.replace(day=21))["sent"] == 1         # evil
    assert deliver_alerts(db, cfg, now=T.replace(day=25))["sent"] == 1         # yonhap again
    keys = [json.loads(x)["key"] for x in out.read_text().splitlines()]
    assert keys == ["silent:yonhap:2026-11-10", "silent:kyiv:2026-11-12",
                    "silent:dw:2026-11-15", "silent:evil:2026-11-16", "silent:yonhap:2026-11-20"]
    assert len(set(keys)) == len(keys)
    assert "quiet" not in out.read_text()            # never crawled: nothing to report


# -- email ---------------------------------------------------------------------------------------
def test_email_alert_is_sent_once(sqlite_url: str) -> None:
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self) -> None:
            self.messages: list[tuple[list[str], bytes]] = []

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            self.messages.append((list(envelope.rcpt_tos), envelope.content))
            return "250 OK"

    fx = seed(sqlite_url)
    inbox = Inbox()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        cfg = config({"name": "mail", "topic": "nk-troops", "categories": ["killed"],
                      "email": "desk@example.org", **FAST},
                     smtp={"host": "127.0.0.1", "port": port, "sender": "newsmon@example.org",
                           "timeout": 5})
        db = Database(sqlite_url)
        assert deliver_alerts(db, cfg)["sent"] == 2
        assert deliver_alerts(db, cfg)["sent"] == 0
    finally:
        controller.stop()
    assert len(inbox.messages) == 2
    assert all(to == ["desk@example.org"] for to, _ in inbox.messages)
    mails = [message_from_bytes(body, policy=default) for _, body in inbox.messages]
    subjects = sorted(str(m["Subject"]).strip() for m in mails)
    assert subjects[0] == "newsmon: killed 100 North Korean soldiers (first seen 2026-11-10, yonhap)"
    assert any(f'"key": "claim:{fx.claim_ids["killed"]}"' in m.get_content() for m in mails)
    assert all(m["From"] == "newsmon@example.org" for m in mails)


# -- configuration -------------------------------------------------------------------------------
@pytest.mark.parametrize(("alert", "smtp", "message"), [
    ({"name": "a"}, None, "alert 'a': needs at least one of webhook, email, file"),
    ({"name": "a", "webhook": "ftp://x"}, None, "alert 'a': webhook: not an http(s) URL"),
    ({"name": "a", "file": "f", "colour": 1}, None, "alert 'a': colour: unknown key"),
    ({"name": "a", "email": "d@example.org"}, None, "alert 'a': email: needs an [smtp] table"),
    ({"name": "a", "file": "f", "topic": "nope"}, None, "alert 'a': topic: unknown topic 'nope'"),
    ({"name": "a", "file": "f", "categories": ["dead"]}, None, "alert 'a': categories[0]:"),
    ({"name": "a", "file": "f", "silent_days": 0}, None, "alert 'a': silent_days:"),
    ({"name": "a", "file": "f"}, {"host": "h"}, "smtp.sender: required field is missing"),
    ({"name": "a", "file": "f"}, {"host": "h", "sender": "x", "tls": 1}, "smtp.sender: not an e-mail"),
])
def test_alert_config_errors_are_one_line(alert: dict[str, Any], smtp: dict[str, Any] | None,
                                          message: str) -> None:
    with pytest.raises(ConfigError) as err:
        config(alert, smtp=smtp)
    assert str(err.value).startswith(f"test.toml: {message}")
    assert "\n" not in str(err.value)


def test_pending_rows_of_a_crashed_sender_are_not_resent(sqlite_url: str,
                                                         receiver: Receiver) -> None:
    fx = seed(sqlite_url)
    db = Database(sqlite_url)
    with db.begin() as s:               # a sender died between recording and marking
        s.add(AlertDelivery(alert="nk", key=f"claim:{fx.claim_ids['wounded']}",
                            status="pending", payload={}))
    cfg = config({"name": "nk", "categories": ["wounded"], "webhook": receiver.url, **FAST})
    assert deliver_alerts(db, cfg) == {"new": 0, "sent": 0, "failed": 0, "errors": 0}
    assert not receiver.requests


def test_claims_without_topic_articles_do_not_match_a_topic(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    with db.begin() as s:               # a claim whose only article has no topic
        article = Article(url="https://x.example/1", outlet="dw", text="t", raw_html=b"",
                          extractor_version="t", published_at=datetime(2026, 11, 1, tzinfo=UTC))
        s.add(article)
        claim = Claim(category="killed", low=5, high=5, group="people", group_key="people",
                      first_seen=datetime(2026, 11, 1, tzinfo=UTC),
                      last_seen=datetime(2026, 11, 1, tzinfo=UTC), first_outlet="dw")
        s.add(claim)
        s.flush()
        s.add(Mention(article_id=article.id, category="killed", low=5, high=5,
                      qualifier="exact", group="people", attribution=None, start=0, end=1,
                      sentence="Five people were killed.", extractor_version="t",
                      claim_id=claim.id))
    out = Path(sqlite_url.removeprefix("sqlite:///")).with_suffix(".jsonl")
    assert deliver_alerts(db, config({"name": "nk", "topic": "nk-troops",
                                      "file": str(out)}))["new"] == 0
    assert deliver_alerts(db, config({"name": "all", "file": str(out)}))["new"] == 1


# -- after a crawl -----------------------------------------------------------------------------
def test_crawl_delivers_alerts_and_survives_a_dead_webhook(tmp_path: Path) -> None:
    from newsmon.sample_site import SampleSite
    from tests.sitecrawl import sample_outlets_toml

    out = tmp_path / "claims.jsonl"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    outlets = tmp_path / "outlets.toml"
    with SampleSite() as site:
        outlets.write_text(sample_outlets_toml(site) + f"""
[[alert]]
name = "everything"
file = "{out}"

[[alert]]
name = "dead"
webhook = "{dead}"
tries = 1
""", encoding="utf-8")
        done = newsmon("crawl", "--outlets", str(outlets), "--db", db_url, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "alerts: new=" in done.stderr
    claims = json.loads(newsmon("query", "claims", "--db", db_url, "--format", "json").stdout)
    lines = out.read_text().splitlines() if out.exists() else []
    assert sorted(json.loads(x)["key"] for x in lines) == sorted(f"claim:{c['id']}" for c in claims)
    failed = [d for d in deliveries(db_url) if d.alert == "dead"]
    assert len(failed) == len(claims) and all(d.status == "failed" for d in failed)
