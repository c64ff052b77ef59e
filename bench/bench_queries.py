"""Time the documented queries on benchmark databases (bench/build_db.py), one run per size.

    .venv/bin/python -m bench.bench_queries \\
        --db sqlite:////work/benchdb/news-100k.db \\
        --db postgresql+psycopg://postgres@127.0.0.1:5432/newsmon_bench_100k \\
        --json /work/benchdb/queries-100k.json [--compare /work/benchdb/queries-10k.json]

For each database:
- the CLI queries (`query articles --search`, `--outlet/--since`, filtered `query mentions`,
  `query claims` with and without `--topic`, `query estimates`) run in-process through
  click (`CliRunner`), so the figure is the command's own work (storage call and rendering)
  without the interpreter's start-up; that start-up (`python -m newsmon --help`) is timed in
  the same run as the baseline it adds to every command;
- the API's first pages (/api/articles, /api/mentions, /api/claims, /api/estimates) and
  the web view's pages (the home page, /mentions, /claims, a search in /articles,
  /estimates: rows, facets and totals) over HTTP on 127.0.0.1 from a real `newsmon serve`;
- `newsmon report --since 90d` as a subprocess under /usr/bin/time: wall time and peak
  resident memory (of the process and the children it waited for).

Each figure is the median of up to --repeat warm runs (after one warm-up). Each CLI query
runs in its own forked process, killed after --timeout seconds, so the bench always ends;
its peak RSS is that process's. --compare prints each query's growth from another run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from storage.db import Database, safe_url
from storage.models import Article

REPO = Path(__file__).resolve().parents[1]
SEARCH_WORD = "landmine"
TOPIC = "north-korean-troops"
RUN_BUDGET_S = 20.0        # stop repeating a query once its runs took this long
API_PAGES = ("/api/articles", "/api/mentions", "/api/claims", "/api/estimates")
# the web view's pages: their rows, facets (a sample of the newest matches) and totals
HTML_PAGES = ("/", "/mentions", "/claims", f"/articles?search={SEARCH_WORD}", "/estimates")
START_TIMEOUT_S = 60.0


@dataclass(slots=True)
class Timing:
    """One query on one database."""

    seconds: float | None = None         # median of the warm runs; None: failed or timed out
    runs: list[float] = field(default_factory=list)
    peak_mb: float | None = None
    status: str = "ok"                   # ok, timeout, failed: <why>
    detail: str = ""                     # rows or bytes returned

    def cell(self) -> str:
        if self.seconds is None:
            return self.status[:60]
        mem = f" {self.peak_mb:.0f}MB" if self.peak_mb is not None else ""
        return f"{_secs(self.seconds)}{mem}"


def _secs(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


# -- CLI queries, in-process ---------------------------------------------------------
def cli_cases(outlet: str) -> dict[str, list[str]]:
    return {
        f"query articles --search {SEARCH_WORD}": ["query", "articles", "--search", SEARCH_WORD],
        "query articles --outlet O --since 90d": ["query", "articles", "--outlet", outlet,
                                                  "--since", "90d"],
        "query mentions --category killed --min-count 100 --since 90d": [
            "query", "mentions", "--category", "killed", "--min-count", "100",
            "--since", "90d"],
        "query claims": ["query", "claims"],
        f"query claims --topic {TOPIC}": ["query", "claims", "--topic", TOPIC],
        "query estimates": ["query", "estimates"],
    }


def _run_cli(args: list[str], url: str, repeat: int, out: Connection) -> None:
    """In a forked child: a warm-up and up to `repeat` timed runs; sends the timing."""
    from click.testing import CliRunner

    from newsmon.cli import cli

    runner = CliRunner()
    runs: list[float] = []
    detail = ""
    spent = 0.0
    for attempt in range(repeat + 1):
        started = time.perf_counter()
        result = runner.invoke(cli, [*args, "--db", url], catch_exceptions=True)
        elapsed = time.perf_counter() - started
        if result.exit_code != 0:
            out.send(Timing(status=f"failed: {_last_line(result.output, result.exception)}"))
            return
        detail = f"{result.output.count(chr(10))} lines"
        if attempt or elapsed > RUN_BUDGET_S:  # a slow first run counts: no time to repeat
            runs.append(elapsed)
        spent += elapsed
        if spent > RUN_BUDGET_S:
            break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.send(Timing(statistics.median(runs), runs, peak, "ok", detail))


def _last_line(output: str, exc: BaseException | None) -> str:
    """The error a failed command gave: its exception's message, else its output's end."""
    if exc is not None and not isinstance(exc, SystemExit):
        return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no output"


def time_cli(args: list[str], url: str, repeat: int, timeout: float) -> Timing:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run_cli, args=(args, url, repeat, send), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            timing: Timing = receive.recv()
            return timing
        return Timing(status=f"timeout > {timeout:.0f}s")
    except EOFError:
        return Timing(status=f"failed: exit {child.exitcode}")
    finally:
        if child.is_alive():
            child.kill()
        child.join(10)


def cli_startup(repeat: int) -> Timing:
    """The baseline every CLI command pays: `python -m newsmon --help`."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsmon", "--help"], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL, timeout=120)
        runs.append(time.perf_counter() - started)
    return Timing(statistics.median(runs), runs)


# -- API over HTTP ---------------------------------------------------------------------
@contextmanager
def serving(url: str) -> Iterator[str]:
    """A `newsmon serve` on a free port of 127.0.0.1; yields its base URL."""
    with tempfile.NamedTemporaryFile("w+", suffix=".log") as log:
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port", "0",
                                 "--db", url], cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=log)
        try:
            yield _wait_for_address(proc, Path(log.name))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def _wait_for_address(proc: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and proc.poll() is None:
        match = re.search(r"on (http://127\.0\.0\.1:\d+)/", log.read_text())
        if match:
            return match.group(1)
        time.sleep(0.1)
    raise RuntimeError(f"newsmon serve did not start: {log.read_text()[-2000:]}")


def time_get(base: str, path: str, repeat: int, timeout: float) -> Timing:
    runs: list[float] = []
    size = 0
    spent = 0.0
    for attempt in range(repeat + 1):
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=timeout) as reply:
                size = len(reply.read())
        except OSError as exc:
            return Timing(status=f"failed: {exc}"[:60])
        elapsed = time.perf_counter() - started
        if attempt or elapsed > RUN_BUDGET_S:
            runs.append(elapsed)
        spent += elapsed
        if spent > RUN_BUDGET_S:
            break
    return Timing(statistics.median(runs), runs, None, "ok", f"{size} bytes")


# -- the report --------------------------------------------------------------------------
def time_report(url: str, timeout: float) -> Timing:
    """`newsmon report --since 90d` under /usr/bin/time -v: wall time and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        command = ["/usr/bin/time", "-v", sys.executable, "-m", "newsmon", "report",
                   "--since", "90d", "--out", str(out), "--db", url]
        started = time.perf_counter()
        try:
            done = subprocess.run(command, cwd=REPO, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return Timing(status=f"timeout > {timeout:.0f}s")
        elapsed = time.perf_counter() - started
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        peak_mb = int(peak.group(1)) / 1024 if peak else None
        if done.returncode != 0:
            return Timing(status=f"failed: {_last_line(done.stderr, None)}"[:60],
                          peak_mb=peak_mb)
        size = out.stat().st_size if out.exists() else 0
        return Timing(elapsed, [elapsed], peak_mb, "ok", f"{size} bytes")


# -- a run ------------------------------------------------------------------------------
def describe(url: str) -> tuple[int, str]:
    """(articles stored, the outlet with the most articles)."""
    db = Database(url, create=False)
    with db.begin() as session:
        count = session.scalar(select(func.count()).select_from(Article)) or 0
        outlet = session.scalar(select(Article.outlet).group_by(Article.outlet)
                                .order_by(func.count().desc()).limit(1)) or ""
    db.dispose()
    return count, outlet


def bench_database(url: str, repeat: int, timeout: float,
                   note: Callable[[str], None]) -> dict[str, Any]:
    count, outlet = describe(url)
    note(f"{safe_url(url)}: {count} articles")
    results: dict[str, Timing] = {}
    for name, args in cli_cases(outlet).items():
        results[name] = time_cli(args, url, repeat, timeout)
        note(f"  {name}: {results[name].cell()} {results[name].detail}")
    with serving(url) as base:
        for path in API_PAGES + HTML_PAGES:
            results[f"GET {path}"] = time_get(base, path, repeat, timeout)
            note(f"  GET {path}: {results[f'GET {path}'].cell()}")
    results["newsmon report --since 90d"] = time_report(url, max(timeout, 300))
    note(f"  report: {results['newsmon report --since 90d'].cell()}")
    return {"url": safe_url(url), "articles": count,
            "results": {k: asdict(v) for k, v in results.items()}}


def table(run: dict[str, Any], compare: dict[str, Any] | None) -> str:
    """The run as a text table: one row per query, a column per database (+ growth)."""
    dbs = run["databases"]
    names = list(dbs[0]["results"])
    heads = [_backend(d) + f" {d['articles'] // 1000}k" for d in dbs]
    if compare:
        heads += [f"x vs {_backend(d)} {d['articles'] // 1000}k" for d in compare["databases"]]
    lines = [" | ".join(["query", *heads]), " | ".join(["---"] * (len(heads) + 1))]
    baseline = run["cli_startup_s"]
    lines.append(" | ".join([f"baseline: CLI start-up ({sys.executable} -m newsmon --help)",
                             *[_secs(baseline)] * len(dbs)]
                            + (["" for _ in compare["databases"]] if compare else [])))
    for name in names:
        cells = [Timing(**d["results"][name]).cell() for d in dbs]
        if compare:
            cells += [_growth(d["results"].get(name), c["results"].get(name))
                      for d, c in zip(dbs, compare["databases"], strict=False)]
        lines.append(" | ".join([name, *cells]))
    return "\n".join(lines)


def _backend(db: dict[str, Any]) -> str:
    return "PostgreSQL" if db["url"].startswith("postgresql") else "SQLite"


def _growth(now: dict[str, Any] | None, before: dict[str, Any] | None) -> str:
    if not now or not before or now["seconds"] is None or before["seconds"] is None:
        return "-"
    return f"{now['seconds'] / before['seconds']:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", action="append", required=True, help="repeatable")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per query")
    parser.add_argument("--timeout", type=float, default=180, help="seconds per query")
    parser.add_argument("--json", type=Path, help="save the run here")
    parser.add_argument("--compare", type=Path, help="a saved run to show growth from")
    args = parser.parse_args(argv)
    startup = cli_startup(3)

    def note(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    note(f"CLI start-up: {_secs(startup.seconds or 0)}")
    run = {"cli_startup_s": startup.seconds, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                  time.gmtime()),
           "databases": [bench_database(url, args.repeat, args.timeout, note)
                         for url in args.db]}
    compare = json.loads(args.compare.read_text()) if args.compare else None
    print(table(run, compare))
    if args.json:
        args.json.write_text(json.dumps(run, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
