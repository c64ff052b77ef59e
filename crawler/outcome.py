"""How a crawl ended, in one place: the run's status, its errors by reason, the exit code.

The exit codes of `newsmon crawl` (the table in README, "Exit codes"):
- 0: every selected outlet was crawled and every article fetched was stored;
- 1: the crawl failed: nothing could be fetched, an article failed to store, or a
  database operation failed (counted by reason in the run's errors);
- 2: bad input: configuration, arguments, or a database that cannot be opened;
- 3: nothing crawled: every selected outlet is being crawled by another process;
- 130, 143: interrupted by SIGINT (Ctrl-C) or SIGTERM; what was stored is kept.
"""

from __future__ import annotations

import signal
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from crawler.summary import crawled_anything

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_INTERRUPTED = {signal.SIGINT: 130, signal.SIGTERM: 143}
KNOWN_EXITS = frozenset({EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED,
                         *EXIT_INTERRUPTED.values()})
# per-outlet error keys that are the crawl's own failures, not the web's (pipelines.failures)
FAILURE_PREFIXES = ("store_failed/", "database/")


def interrupted_exit(signum: int | None) -> int:
    return EXIT_INTERRUPTED.get(signal.Signals(signum or signal.SIGINT), 130)


@dataclass
class Outcome:
    status: str                       # completed | failed | interrupted
    exit_code: int
    errors: dict[str, Any] = field(default_factory=dict)


def crawl_outcome(summaries: dict[str, dict[str, Any]], stop_signal: int | None,
                  crashed: str | None = None) -> Outcome:
    """The run's outcome from its per-outlet summaries, the signal that stopped it (if any)
    and the error that ended it early (if any). Failures are counted by reason."""
    errors: dict[str, Any] = dict(failure_counts(summaries))
    if crashed:
        errors["crawl"] = crashed
    stopped = stop_signal is not None or any(
        s.get("finish_reason") == "shutdown" for s in summaries.values())
    if stopped:
        name = signal.Signals(stop_signal).name if stop_signal else "a signal"
        errors["interrupted"] = f"stopped by {name}; what was stored is kept"
        return Outcome("interrupted", interrupted_exit(stop_signal), errors)
    if not any(crawled_anything(s) for s in summaries.values()):
        errors["nothing_crawled"] = "no source of any outlet could be fetched"
    if errors:
        return Outcome("failed", EXIT_FAILED, errors)
    return Outcome("completed", EXIT_OK)


def failure_counts(summaries: dict[str, dict[str, Any]]) -> Counter[str]:
    """The crawl's own failures (articles not stored, database errors), summed over outlets."""
    counts: Counter[str] = Counter()
    for summary in summaries.values():
        for key, count in (summary.get("errors") or {}).items():
            if key.startswith(FAILURE_PREFIXES):
                counts[key] += int(count)
    return counts
