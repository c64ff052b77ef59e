"""The alert ledger: one `alert_deliveries` row per alert and notice, so each notice is
sent once, ever. `newsmon.alerts` decides what to say and delivers it; these functions are
its only reads and writes of the ledger. Each takes a `Session`; the caller owns the
transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import AlertDelivery


def record_notice(session: Session, alert: str, key: str, payload: dict[str, Any]) -> int | None:
    """A pending row for (alert, key), its id; None when the notice is recorded already,
    by this process or by another at the same instant (the unique constraint decides)."""
    values = {"alert": alert, "key": key, "status": "pending", "attempts": 0,
              "payload": payload}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        from sqlalchemy.dialects import postgresql, sqlite

        module: Any = sqlite if dialect == "sqlite" else postgresql
        stmt = (module.insert(AlertDelivery).values(**values)
                .on_conflict_do_nothing(index_elements=["alert", "key"])
                .returning(AlertDelivery.id))
        return session.execute(stmt).scalar()
    try:  # other databases: a savepoint around a plain INSERT
        with session.begin_nested():
            return session.execute(
                insert(AlertDelivery).values(**values).returning(AlertDelivery.id)).scalar()
    except IntegrityError:
        return None


def due_retries(session: Session, alert: str, max_attempts: int,
                exclude: list[int] | tuple[int, ...] = ()) -> list[int]:
    """Failed deliveries of `alert` with attempts left, oldest first."""
    ids = session.scalars(select(AlertDelivery.id).where(
        AlertDelivery.alert == alert, AlertDelivery.status == "failed",
        AlertDelivery.attempts < max_attempts).order_by(AlertDelivery.id))
    return [i for i in ids if i not in exclude]


def load_delivery(session: Session, delivery_id: int) -> tuple[dict[str, Any], int]:
    """A delivery's payload (a copy) and the attempts made so far."""
    row = _row(session, delivery_id)
    return dict(row.payload), row.attempts


def finish_delivery(session: Session, delivery_id: int, sent: bool, attempts: int,
                    error: str | None, payload: dict[str, Any]) -> None:
    """Record an attempt: status, attempts so far, the last error, the payload."""
    row = _row(session, delivery_id)
    row.status = "sent" if sent else "failed"
    row.attempts = attempts
    row.last_error = error
    row.payload = payload
    if sent:
        row.sent_at = datetime.now(UTC)


def _row(session: Session, delivery_id: int) -> AlertDelivery:
    row = session.get(AlertDelivery, delivery_id)
    if row is None:
        raise LookupError(f"no alert delivery with id {delivery_id}")
    return row
