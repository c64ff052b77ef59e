"""Alerts: tell someone, once, about each new claim an `[[alert]]` entry matches, and about
outlets that have gone silent.

Each notice is recorded in `alert_deliveries` (unique per alert and key: "claim:42",
"silent:yonhap:2026-11-20") as `pending` and committed BEFORE anything is sent, then
marked `sent` or `failed`. So a notice is sent at most once per alert, across calls,
processes and restarts; concurrent callers lose the insert race and skip it. A failed
delivery is retried within a call (`tries`, waiting `backoff_seconds * 2**n`) and on later
calls while `attempts < max_attempts`. A row left `pending` by a process that died
mid-send is not retried: it may have been sent, and never twice wins over at least once.
Channels (webhook, email, file) that succeeded are remembered in the payload, so a retry
only repeats the ones that failed. Nothing here raises into the crawl.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from config.model import AlertRule, Config, SmtpSettings, redact_url
from storage.alerts import due_retries, finish_delivery, load_delivery, record_notice
from storage.db import Database
from storage.estimates import EstimateRow, EstimateStep, moved
from storage.figures import figure_text
from storage.queries import (
    ALERT_BATCH,
    estimate_rows,
    first_run_at,
    last_new_article_at,
    undelivered_claim_rows,
)
from storage.records import EstimateFilter

log = logging.getLogger(__name__)

WEBHOOK_TIMEOUT_S = 10.0
USER_AGENT = "newsmon-alerts/0.1"
DONE_KEY = "_delivered"     # payload key: the channels a notice already reached
Sleep = Callable[[float], None]


class DeliveryError(Exception):
    """One channel could not deliver a notice; the message says why, on one line."""


@dataclass(frozen=True, slots=True)
class Notice:
    key: str
    subject: str
    body: dict[str, Any]     # JSON-ready


# -- entry points ------------------------------------------------------------------------
def deliver_alerts(db: Database, config: Config, now: datetime | None = None,
                   sleep: Sleep = time.sleep) -> dict[str, int]:
    """Deliver every alert once: new notices, then retries of failed ones.
    Returns counts: new (notices recorded), sent, failed, errors (alerts that broke)."""
    now = now or datetime.now(UTC)
    counts: Counter[str] = Counter({"new": 0, "sent": 0, "failed": 0, "errors": 0})
    for rule in config.alert:
        try:
            _deliver_rule(db, config, rule, now, counts, sleep)
        except Exception:  # noqa: BLE001 - an alert must never break the crawl that called it
            log.exception("alert %r: delivery stopped", rule.name)
            counts["errors"] += 1
    return dict(counts)


def deliver_after_crawl(db: Database, config: Config) -> None:
    """`deliver_alerts` after a crawl: counts go to the log; failures are logged, not raised."""
    if not config.alert:
        return
    try:
        counts = deliver_alerts(db, config)
        log.warning("alerts: %s", " ".join(f"{k}={v}" for k, v in counts.items()))
    except Exception:  # noqa: BLE001 - the crawl has finished; alerts only report
        log.exception("alerts: not delivered")


def _deliver_rule(db: Database, config: Config, rule: AlertRule, now: datetime,
                  counts: Counter[str], sleep: Sleep) -> None:
    news = estimate_notices(db, config, rule) if rule.kind == "estimate" else claim_notices(
        db, rule)
    notices = news + silent_notices(db, config, rule, now)
    created = [i for i in (_record(db, rule.name, n) for n in notices) if i is not None]
    counts["new"] += len(created)
    for delivery_id in created + _due_retries(db, rule, exclude=created):
        sent = _attempt(db, config.smtp, rule, delivery_id, sleep)
        counts["sent" if sent else "failed"] += 1


# -- what to say --------------------------------------------------------------------------
def claim_notices(db: Database, rule: AlertRule) -> list[Notice]:
    """A notice per claim that matches `rule` and has not been recorded for it yet, read a
    batch of claims at a time (storage.queries.ALERT_BATCH)."""
    notices: list[Notice] = []
    after_id = 0
    while True:
        with db.begin() as session:
            rows = undelivered_claim_rows(session, rule.name, rule.topic,
                                          tuple(rule.categories), rule.min_figure,
                                          after_id=after_id)
        notices += [claim_notice(rule, row) for row in rows]
        if len(rows) < ALERT_BATCH:
            return notices
        after_id = rows[-1]["id"]


def claim_notice(rule: AlertRule, claim: dict[str, Any]) -> Notice:
    figure = claim.get("figure") or figure_text(claim["category"], claim.get("low"),
                                                claim.get("high"), claim.get("qualifier", ""))
    who = ", ".join(claim.get("attributions") or []) or "no attribution"
    group = f": {claim['group']}" if claim.get("group") else ""
    subject = (f"newsmon: {figure}{group}"
               + f" (first seen {_day(claim['first_seen'])}, {claim['first_outlet']})")
    body = {"alert": rule.name, "kind": "claim", "key": f"claim:{claim['id']}",
            "text": f"{subject.removeprefix('newsmon: ')}; according to {who}",
            "claim": _plain(claim)}
    return Notice(body["key"], subject, body)


def estimate_notices(db: Database, config: Config, rule: AlertRule) -> list[Notice]:
    """A notice per move of a group's best or high figure by at least `estimate_change`
    (each step of the estimate's history against the one before), keyed by the group, the
    category and the time of the move, so each move is told once. Reconciled from the
    estimate points kept at ingest (storage.points), unless the rule has a topic."""
    only = rule.categories[0] if len(rule.categories) == 1 else None  # read fewer points
    where = EstimateFilter(group=rule.group, topic=rule.topic, category=only,
                           groups=config.group_aliases(), sources=config.source_aliases(),
                           window_days=config.estimates.window_days)
    with db.begin() as session:
        rows = estimate_rows(session, where)
    notices = []
    for row in rows:
        if rule.categories and row.category not in rule.categories:
            continue
        for before, after in zip(row.history, row.history[1:], strict=False):
            figure = moved(before, after, rule.estimate_change)
            if figure and (rule.min_figure is None or after.high >= rule.min_figure):
                notices.append(estimate_notice(rule, row, before, after, figure))
    return notices


def estimate_notice(rule: AlertRule, row: EstimateRow, before: EstimateStep,
                    after: EstimateStep, figure: str) -> Notice:
    change = ", ".join(f"{name} {_number(getattr(before, name))} → "
                       f"{_number(getattr(after, name))}" for name in ("best", "high")
                       if getattr(before, name) != getattr(after, name))
    subject = (f"newsmon: {row.group} {row.category}: {change} "
               f"(low {_number(after.low)}, {_day(after.as_of)})")
    cited = [p for p in row.points if p.published_at == after.as_of]
    who = "; ".join(f"{p.source}: {p.figure} ({p.title or p.url}, {p.url})" for p in cited)
    key = f"estimate:{row.category}:{row.group_key[:120]}:{after.as_of:%Y-%m-%dT%H:%M}"
    body = {"alert": rule.name, "kind": "estimate", "key": key, "moved": figure,
            "text": f"{subject.removeprefix('newsmon: ')}; new figures: {who or '-'}",
            "group": row.group, "category": row.category, "before": _plain(before.as_dict()),
            "after": _plain(after.as_dict()), "citations": [_plain(p.as_dict()) for p in cited]}
    return Notice(key, subject, body)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def silent_notices(db: Database, config: Config, rule: AlertRule,
                   now: datetime) -> list[Notice]:
    """A notice per configured outlet with no new article for `silent_days`, keyed by the
    outlet and the day of its last new article (or of its first crawl, if it never had one),
    so each silence is reported once."""
    if rule.silent_days is None:
        return []
    with db.begin() as session:
        last_new, first_run = last_new_article_at(session), first_run_at(session)
    limit = timedelta(days=rule.silent_days)
    notices = []
    for outlet in config.outlet:
        last = last_new.get(outlet.name)
        since = last or first_run.get(outlet.name)
        if since is None or now - since < limit:
            continue
        marker = _day(last) if last else f"none-since-{_day(since)}"
        notices.append(silent_notice(rule, outlet.name, last, since, now, marker))
    return notices


def silent_notice(rule: AlertRule, outlet: str, last: datetime | None, since: datetime,
                  now: datetime, marker: str) -> Notice:
    days = (now - since).days
    what = f"last new article {_day(last)}" if last else f"none since its first crawl {_day(since)}"
    subject = f"newsmon: {outlet} has had no new article for {days} days ({what})"
    body = {"alert": rule.name, "kind": "silent_outlet", "key": f"silent:{outlet}:{marker}",
            "text": subject.removeprefix("newsmon: "), "outlet": outlet,
            "last_new_article_at": _plain(last), "silent_days": rule.silent_days}
    return Notice(body["key"], subject, body)


# -- the delivery ledger ------------------------------------------------------------------
def _record(db: Database, alert: str, notice: Notice) -> int | None:
    """Record the pending notice and commit; None when it was recorded already."""
    with db.begin() as session:
        return record_notice(session, alert, notice.key,
                             {**notice.body, "subject": notice.subject})


def _due_retries(db: Database, rule: AlertRule, exclude: list[int]) -> list[int]:
    with db.begin() as session:
        return due_retries(session, rule.name, rule.max_attempts, exclude)


def _attempt(db: Database, smtp: SmtpSettings | None, rule: AlertRule, delivery_id: int,
             sleep: Sleep) -> bool:
    """Try the channels not yet reached; record attempts, status and the last error."""
    with db.begin() as session:
        payload, attempts = load_delivery(session, delivery_id)
    done: list[str] = list(payload.pop(DONE_KEY, []))
    subject = str(payload.pop("subject", rule.name))
    budget = max(rule.max_attempts - attempts, 1)
    errors = []
    for name, send in _channels(rule, smtp):
        if name in done:
            continue
        used, error = _send_with_retries(send, subject, payload, min(rule.tries, budget),
                                         rule.backoff_seconds, sleep)
        attempts += used
        if error is None:
            done.append(name)
        else:
            errors.append(f"{name}: {error}")
    sent = not errors
    with db.begin() as session:
        finish_delivery(session, delivery_id, sent, attempts, "; ".join(errors) or None,
                        {**payload, "subject": subject, DONE_KEY: done})
    if not sent:
        log.warning("alert %r: %s not delivered (attempt %d): %s", rule.name,
                    payload.get("key"), attempts, "; ".join(errors))
    return sent


def _send_with_retries(send: Callable[[str, dict[str, Any]], None], subject: str,
                       payload: dict[str, Any], tries: int, backoff: float,
                       sleep: Sleep) -> tuple[int, str | None]:
    """(tries used, last error or None) after at most `tries` tries with backoff."""
    error = None
    for n in range(tries):
        if n:
            sleep(backoff * 2 ** (n - 1))
        try:
            send(subject, payload)
            return n + 1, None
        except DeliveryError as exc:
            error = str(exc)
    return tries, error


# -- channels -------------------------------------------------------------------------------
def _channels(rule: AlertRule, smtp: SmtpSettings | None
              ) -> list[tuple[str, Callable[[str, dict[str, Any]], None]]]:
    channels: list[tuple[str, Callable[[str, dict[str, Any]], None]]] = []
    if rule.webhook:
        url = rule.webhook.get_secret_value()
        channels.append(("webhook", lambda _s, body: post_webhook(url, body)))
    if rule.email and smtp:
        address, server = rule.email, smtp
        channels.append(("email", lambda s, body: send_email(server, address, s, body)))
    if rule.file:
        path = Path(rule.file).expanduser()
        channels.append(("file", lambda _s, body: append_json_line(path, body)))
    return channels


def post_webhook(url: str, body: dict[str, Any], timeout: float = WEBHOOK_TIMEOUT_S) -> None:
    """POST the notice as JSON; any non-2xx answer or network error is a DeliveryError,
    whose message names the URL only as scheme://host/… (its path or query may be a token)."""
    data = json.dumps(body, ensure_ascii=False).encode()
    where = redact_url(url)
    try:
        request = urllib.request.Request(url, data=data, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"HTTP {exc.code} from {where}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = str(getattr(exc, "reason", exc)).replace(url, where)
        raise DeliveryError(f"cannot reach {where}: {reason}") from None
    except ValueError:  # a URL urllib cannot use (e.g. a bad port)
        raise DeliveryError(f"cannot use the webhook URL {where}") from None
    if not 200 <= status < 300:
        raise DeliveryError(f"HTTP {status} from {where}")


def send_email(smtp: SmtpSettings, to: str, subject: str, body: dict[str, Any]) -> None:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = smtp.sender
    message["To"] = to
    message.set_content(f"{body.get('text', subject)}\n\n"
                        + json.dumps(body, ensure_ascii=False, indent=2))
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as server:
            if smtp.starttls:
                server.starttls(context=ssl.create_default_context())
            if smtp.username:
                password = smtp.password.get_secret_value() if smtp.password else ""
                server.login(smtp.username, password)
            server.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"mail to {to} via {smtp.host}:{smtp.port} failed: {exc}") from None


def append_json_line(path: Path, body: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(body, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise DeliveryError(f"cannot append to {path}: {exc.strerror or exc}") from None


# -- helpers ----------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _day(value: datetime | None) -> str:
    return value.astimezone(UTC).date().isoformat() if value else "-"


