"""Throughput of extract_mentions next to trafilatura.extract on the same articles.

    python bench/bench_extract.py [--repeat N] [--limit N]

Articles: ../shared/corpus/article-extraction-benchmark/html/*.html.gz. trafilatura
cleans each page once (timed); extract_mentions then runs over the cleaned texts
N times (timed, best run kept). One core, bounded loops.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import sys
import time
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.casualty import extract_mentions  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "article-extraction-benchmark" / "html"
MB = 1_000_000
TARGET = 0.10


def load_pages(limit: int) -> list[str]:
    paths = sorted(CORPUS.glob("*.html.gz"))[:limit]
    if not paths:
        raise SystemExit(f"no pages found under {CORPUS}")
    return [gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace") for p in paths]


def clean_all(pages: list[str]) -> tuple[list[str], float]:
    start = time.perf_counter()
    texts = [trafilatura.extract(page) or "" for page in pages]
    return texts, time.perf_counter() - start


def time_extraction(texts: list[str], repeat: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(len(extract_mentions(t)) for t in texts)
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=1_000)
    args = parser.parse_args()
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = load_pages(args.limit)
    texts, clean_s = clean_all(pages)
    extract_s, found = time_extraction(texts, max(args.repeat, 1))
    html_mb = sum(len(p.encode()) for p in pages) / MB
    text_mb = sum(len(t.encode()) for t in texts) / MB
    ratio = extract_s / clean_s
    print(f"{len(pages)} articles, {html_mb:.1f} MB html, {text_mb:.2f} MB text, {found} mentions")
    print(
        f"extract_mentions: {text_mb / extract_s:.2f} MB/s text "
        f"({len(texts) / extract_s:.0f} docs/s); "
        f"trafilatura.extract: {html_mb / clean_s:.2f} MB/s html ({len(pages) / clean_s:.0f} docs/s); "
        f"extraction costs {ratio:.3f} of cleaning (target <= {TARGET:.2f})"
    )


if __name__ == "__main__":
    main()
