"""A child process that ends with the process that started it.

The scheduler and `newsmon worker` run each crawl in a child process in its own session
(so that a time limit can kill the whole group). If the parent itself dies (kill -9, the
out-of-memory killer), nothing would stop the crawl: it would go on holding the outlet while
the job is delivered again elsewhere. The parent puts its pid in $NEWSMON_PARENT_PID; the
child then ends with it, by the same mechanism as the cleaning workers
(`pipelines.workers.die_with_parent`), with SIGTERM: the crawl's graceful shutdown.
"""

from __future__ import annotations

import os
import signal

from pipelines.workers import die_with_parent
from scheduler import PARENT_ENV


def end_with_parent() -> None:
    """When started by a supervising parent ($NEWSMON_PARENT_PID), end with it."""
    expected = os.environ.get(PARENT_ENV, "")
    if expected.isdigit():
        die_with_parent(int(expected), signal.SIGTERM)
