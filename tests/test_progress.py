"""Crawl progress, seen from outside: a real `newsmon crawl` of the sample site (slowed by a
download delay) with stderr a pipe (progress lines) and a pseudo-terminal (a live table);
dropped pages logged as one line each."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsmon.sample_site import SampleSite
from tests.sitecrawl import REPO, newsmon, write_outlets

LINE = re.compile(r"^ledger: (?:(\w+): )?discovered (\d+), fetched (\d+), stored (\d+), "
                  r"dropped (\d+), skipped (\d+), errors (\d+)$")
SLOW = {"download_delay": 0.3}  # ~10 s for the sample site: several progress intervals

pytestmark = pytest.mark.timeout(300)


def summary_row(stdout: str) -> list[str]:
    row = next(line for line in stdout.splitlines() if line.startswith("ledger "))
    return row.split()


def test_progress_lines_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    with SampleSite() as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site, **SLOW)
        result = newsmon("crawl", "--outlets", str(outlets), "--db",
                         f"sqlite:///{tmp_path / 'p.db'}", "--progress-seconds", "0.5")
    assert result.returncode == 0, result.stderr
    lines = [m for m in map(LINE.match, result.stderr.splitlines()) if m]
    running = [m for m in lines if m.group(1) is None]
    assert len(running) >= 3, result.stderr
    fetched = [int(m.group(3)) for m in running]
    assert fetched == sorted(fetched) and fetched[0] < fetched[-1]
    final = lines[-1]
    assert final.group(1) == "finished"
    row = summary_row(result.stdout)
    assert (final.group(3), final.group(4)) == (row[2], row[3])   # fetched, stored
    assert int(final.group(5)) >= 1                               # the too-short live blog


def test_each_drop_is_one_log_line(tmp_path: Path) -> None:
    with SampleSite() as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        result = newsmon("crawl", "--outlets", str(outlets), "--db",
                         f"sqlite:///{tmp_path / 'd.db'}", "--progress-seconds", "0")
    assert result.returncode == 0, result.stderr
    assert "FetchedPage(" not in result.stderr and "body=" not in result.stderr
    lines = result.stderr.splitlines()
    drops = [i for i, line in enumerate(lines) if "Dropped" in line]
    assert drops, result.stderr
    for i in drops:
        assert re.search(r"WARNING: Dropped \(TooShort\): too_short: http://127\.0\.0\.1:\d+/"
                         r"\S+\.html: \d+ characters < 500$", lines[i]), lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        assert not following or re.match(r"^(\d{4}-\d\d-\d\d |run \d+ recorded)", following)
    assert not any(LINE.match(line) for line in lines)  # --progress-seconds 0: no progress


def test_live_table_on_a_terminal(tmp_path: Path) -> None:
    with SampleSite() as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site, **SLOW)
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsmon", "crawl", "--outlets", str(outlets), "--db",
             f"sqlite:///{tmp_path / 't.db'}", "--progress-seconds", "5"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=slave, text=True,
            env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
        os.close(slave)
        chunks: list[bytes] = []
        reader = threading.Thread(target=_drain, args=(master, chunks), daemon=True)
        reader.start()
        stdout, _ = proc.communicate(timeout=240)
        reader.join(timeout=10)
        os.close(master)
    assert proc.returncode == 0
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))
    assert "newsmon crawl" in screen
    for column in ("outlet", "state", "fetched", "stored", "dropped", "skipped", "errors"):
        assert column in screen
    assert screen.count("crawling") >= 2          # redrawn while it ran
    assert "finished" in screen
    row = summary_row(stdout)
    final = [line for line in screen.splitlines() if "ledger" in line and "finished" in line]
    assert final and re.findall(r"\d+", final[-1])[:3] == [row[1], row[2], row[3]]
    assert not any(LINE.match(line.strip()) for line in screen.splitlines())


def _drain(fd: int, chunks: list[bytes]) -> None:
    """Read the terminal's output until the child closes it (EIO on Linux)."""
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            return
        if not data:
            return
        chunks.append(data)
