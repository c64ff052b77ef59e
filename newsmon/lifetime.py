"""A child process that ends with the process that started it.

The scheduler and `newsmon worker` run each crawl in a child process in its own session
(so that a time limit can kill the whole group). If the parent itself dies (kill -9, the
out-of-memory killer), nothing would stop the crawl: it would go on holding the outlet while
the job is delivered again elsewhere. The parent puts its pid in $NEWSMON_PARENT_PID; the
child asks Linux for SIGTERM when that parent dies (prctl PR_SET_PDEATHSIG; SIGTERM is the
crawl's graceful shutdown), and exits at once if it is already gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

from scheduler import PARENT_ENV

PR_SET_PDEATHSIG = 1


def end_with_parent() -> None:
    """When started by a supervising parent ($NEWSMON_PARENT_PID), end with it (Linux only)."""
    expected = os.environ.get(PARENT_ENV, "")
    if not expected.isdigit() or not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != int(expected):  # the parent died before the request took effect
        raise SystemExit(f"newsmon: parent process {expected} is gone; not crawling")
