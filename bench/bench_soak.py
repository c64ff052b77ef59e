"""Soak: one bounded `newsmon crawl` of ~5,000 loopback article pages with seeded faults.

    python bench/bench_soak.py [--pages 5000] [--outlets 5] [--fault-rate 0.1] [--seed 12]

A loopback web (bench/outlets_site.py, 127.0.0.1 only) of OUTLETS outlets whose RSS feeds
list PAGES article pages in all is crawled by `newsmon crawl` in a child process (the real
Scrapy engine and pipeline, into a fresh SQLite file), twice in one run: first with no
faults (the baseline), then with FAULT_RATE of the pages turned into faults by a seeded plan
(HTTP 500, 404, responses slower than the 2 s download timeout, truncated HTML, oversize
bodies, redirects to a host no outlet names) and outlet o0 given a feed that is not XML.
VmRSS of the crawl's process tree (the crawl and its cleaning workers) is sampled every
0.5 s; growth is measured over the samples taken after the first article request, so
start-up (imports, the worker pool) is not counted as growth. Printed per crawl: good article pages served, stories stored (rows in `articles`),
stored against served and which good pages were lost, faulty pages stored anyway (a
truncated page that a feed lists is kept however short), faults by kind, the run's skips,
drops and errors by reason (`newsmon runs --format json`), pages per second, peak RSS and
RSS growth (mean of the last quarter of samples minus mean of the first quarter); then the
faulty run against the baseline. Exits 1 when a good page was not stored.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.outlets_site import MAX_ARTICLES, OutletsSite  # noqa: E402

SAMPLE_S = 0.5
CRAWL_TIMEOUT_S = 1800
CRAWL_SETTINGS = {"download_delay": 0, "autothrottle": "false", "retry_times": 1,
                  "download_timeout": 2, "max_page_bytes": 200_000}


def main() -> int:
    args = parse_args()
    articles = -(-args.pages // args.outlets)
    if articles > MAX_ARTICLES:
        raise SystemExit(f"bench_soak: at most {MAX_ARTICLES} pages per outlet; add --outlets")
    print(f"soak: {args.outlets} outlets x {articles} articles, fault rate {args.fault_rate:g},"
          f" seed {args.seed}, settings {CRAWL_SETTINGS}")
    base = soak(args.outlets, articles, 0.0, args.seed)
    report("baseline (no faults)", base)
    faulty = soak(args.outlets, articles, args.fault_rate, args.seed)
    report(f"faults {args.fault_rate:g}", faulty)
    print(f"against baseline: pages/s {ratio(faulty['rate'], base['rate'])}, "
          f"peak RSS {ratio(faulty['peak_mb'], base['peak_mb'])}, "
          f"RSS growth {faulty['growth_mb']:+.1f} MB against {base['growth_mb']:+.1f} MB")
    return 0 if not (base["lost"] or faulty["lost"]) else 1


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--outlets", type=int, default=5)
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if args.pages < 1 or not 1 <= args.outlets <= 100 or not 0 <= args.fault_rate <= 1:
        parser.error("--pages >= 1, --outlets 1-100, --fault-rate 0-1")
    return args


def soak(outlets: int, articles: int, rate: float, seed: int) -> dict[str, Any]:
    """One crawl of a fresh site into a fresh database; its figures."""
    with OutletsSite(outlets, articles, fault_rate=rate, seed=seed) as site, \
            tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "outlets.toml"
        config.write_text(site.outlets_toml(**CRAWL_SETTINGS), encoding="utf-8")
        db = f"sqlite:///{tmp}/soak.db"
        started = time.perf_counter()
        code, samples = crawl(config, db, Path(tmp) / "crawl.log")
        elapsed = time.perf_counter() - started
        good = [p for p in site.article_paths() if p not in site.faults]
        served = [p for p in good if site.hits[p]]
        stored = stored_paths(Path(tmp) / "soak.db")
        steady = [s for s in samples if s[0] >= (site.first_article_at or started)]
        return {"code": code, "elapsed": elapsed, "served": len(served),
                "stored": len(stored & set(good)), "lost": sorted(set(served) - stored),
                "stored_faulty": Counter(site.faults[p] for p in stored if p in site.faults),
                "faults": Counter(site.faults.values()), "run": last_run(db),
                "rate": len(served) / elapsed, "peak_mb": max(s[1] for s in samples) / 1024,
                **rss_growth([s[1] for s in steady]),
                "main_growth_mb": rss_growth([s[2] for s in steady])["growth_mb"]}


def crawl(config: Path, db: str, log: Path) -> tuple[int, list[tuple[float, int, int]]]:
    """Run `newsmon crawl`; (exit code, (time, VmRSS kB of its process tree, of the crawl
    process alone) every SAMPLE_S)."""
    cmd = [sys.executable, "-m", "newsmon", "crawl", "--outlets", str(config), "--db", db,
           "--progress-seconds", "0", "--log-level", "WARNING"]
    samples: list[tuple[float, int, int]] = []
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + CRAWL_TIMEOUT_S
        while proc.poll() is None and time.monotonic() < deadline:
            samples.append((time.perf_counter(), tree_rss_kb(proc.pid), vmrss_kb(proc.pid)))
            time.sleep(SAMPLE_S)
        if proc.poll() is None:
            proc.kill()
            raise SystemExit(f"bench_soak: crawl still running after {CRAWL_TIMEOUT_S} s")
    return proc.returncode, [s for s in samples if s[1]]


def tree_rss_kb(pid: int) -> int:
    """VmRSS (kB) of `pid` and all its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += vmrss_kb(current)
        todo += children(current)
    return total


def vmrss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            continue
    return found


def rss_growth(samples: list[int]) -> dict[str, float]:
    """RSS growth in MB: mean of the last quarter of samples minus mean of the first."""
    if len(samples) < 4:
        return {"growth_mb": 0.0, "samples": len(samples)}
    quarter = len(samples) // 4
    growth = statistics.mean(samples[-quarter:]) - statistics.mean(samples[:quarter])
    return {"growth_mb": growth / 1024, "samples": len(samples)}


def stored_paths(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        urls = [row[0] for row in con.execute("SELECT url FROM articles")]
    return {"/" + url.split("/", 3)[3] for url in urls}


def last_run(db: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "newsmon", "runs", "--limit", "1", "--format",
                          "json", "--db", db], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=120)
    runs = json.loads(out.stdout)
    return runs[0] if runs else {}


def reasons(run: dict[str, Any]) -> dict[str, Counter[str]]:
    """Skips, drops and errors by reason, summed over the run's outlets."""
    totals: dict[str, Counter[str]] = {}
    outlets = run.get("outlets") or {}
    for summary in (outlets.values() if isinstance(outlets, dict) else outlets):
        for key, value in summary.items():
            if isinstance(value, dict):
                totals.setdefault(key, Counter()).update(value)
    return totals


def report(label: str, r: dict[str, Any]) -> None:
    run = r["run"]
    print(f"\n[{label}] exit {r['code']}, run status {run.get('status')}, "
          f"{r['elapsed']:.1f} s")
    print(f"  good article pages served {r['served']}, stories stored {r['stored']}, "
          f"lost {len(r['lost'])} {r['lost'][:5]}")
    print(f"  faults injected {sum(r['faults'].values())}: {dict(sorted(r['faults'].items()))}")
    print(f"  faulty pages stored anyway: {dict(sorted(r['stored_faulty'].items()))}")
    for kind, counts in sorted(reasons(run).items()):
        print(f"  {kind}: {sum(counts.values())} {dict(sorted(counts.items()))}")
    print(f"  run errors: {run.get('errors')}")
    print(f"  {r['rate']:.1f} good pages/s; peak RSS {r['peak_mb']:.0f} MB; RSS growth "
          f"{r['growth_mb']:+.1f} MB ({r['samples']} samples every {SAMPLE_S} s after the "
          f"first article request); of which the crawl process alone "
          f"{r['main_growth_mb']:+.1f} MB")


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


if __name__ == "__main__":
    sys.exit(main())
