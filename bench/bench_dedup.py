"""Benchmark: near-duplicate lookup over a large index, and copy-detection quality.

    python bench/bench_dedup.py [--stories 100000] [--checkpoint 10000] [--queries 500]
                                [--labelled 500] [--seed 7] [--workers 2] [--quick]

1. Generates synthetic stories from the real article texts of
   ../shared/corpus/article-extraction-benchmark (each story: a paragraph window of
   one "seed" article, blocks of sentences from it and from other articles, in
   shuffled order, with ~10% of the words and most figures substituted so that two
   stories are never near-copies). Deterministic: story `i` depends only on
   (`--seed`, `i`), so it can be regenerated anywhere without keeping texts around.
2. Builds the index in a temporary SQLite file through the real schema
   (`storage.db.Database`, migrations applied): `articles` rows with the
   `pipelines.dedup.signature` MinHash and `sketch_bands` rows with
   `pipelines.dedup.band_hashes`, exactly what `storage.ingest` stores (bulk
   inserts, signatures computed in `--workers` processes).
3. At `--checkpoint` stories and again at `--stories`, times
   `storage.ingest.find_near_duplicate` per query story (near-copies of stored
   stories, same-topic non-copies, fresh stories), and a brute-force baseline
   measured in the same run: the query signature compared with every stored
   signature (numpy, matrix already in memory), plus a naive SQL scan on a few
   queries. Each query's time is its best of 3 passes (the machine's load moves
   single timings); the mean over queries is reported.
4. Precision and recall of `find_near_duplicate` at the configured threshold on a
   labelled set: near-copies of stored stories (other headline, wire credit,
   dateline, final paragraph added/dropped, copyright footer, 3-5% word edits)
   and different stories on the same topic (20-40% of the stored story's
   sentences, the rest from the same seed article and others). The brute-force
   scan's figures on the same set tell misses of the LSH banding apart from
   misses of the similarity threshold. A sweep over the word-edit rate shows
   where copies stop being found.

Prints the figures and a block for the README; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script (`python bench/bench_dedup.py`)
    sys.path.insert(0, str(REPO))

from sqlalchemy import event, insert, select, text  # noqa: E402

from pipelines.dedup import (  # noqa: E402
    NUM_PERM,
    SHINGLE_WORDS,
    band_hashes,
    content_hash,
    lsh_params,
    signature,
    similarity,
)
from storage.db import Database  # noqa: E402
from storage.ingest import find_near_duplicate  # noqa: E402
from storage.models import Article, SketchBand  # noqa: E402
from storage.records import IngestOptions  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "article-extraction-benchmark"
GROUND_TRUTH = CORPUS / "ground-truth.json"
TARGET = 0.98
THRESHOLD = IngestOptions().duplicate_threshold
MAX_STORIES = 1_000_000
BATCH = 2_000
CHUNK = 250                 # stories per task sent to a worker
WORDS_MIN, WORDS_MAX = 300, 800
SUBSTITUTE = 0.10           # share of a story's words replaced by random corpus words
FIGURE_SUBSTITUTE = 0.8     # share of its figures replaced by random numbers
OVERLAP = (0.20, 0.40)      # share of a stored story's sentences a same-topic story reuses
EDITS = (0.03, 0.05)        # share of words edited in a near-copy
SWEEP_EDITS = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05)
SWEEP_EACH = 100
SAMPLE_PAIRS = 5_000        # random stored pairs whose similarity is checked
NAIVE_SQL_QUERIES = 5
WARMUP = 50
ROUNDS = 3                  # timed passes; each query's best pass counts (load spikes)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[A-Z0-9])")
ALPHA = re.compile(r"^[A-Za-z]{3,}$")
DIGIT = re.compile(r"\d")
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

HEADLINE_WORDS = (6, 12)
WIRE_CREDITS = ("By {name}, Associated Press", "By {name} | Reuters", "{name}, AFP",
                "Distributed by the Continental Press wire service.",
                "This story was originally published by The Conversation.",
                "Reporting by {name}; editing by {other}")
DATELINES = ("KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters) - ", "LONDON — ",
             "PARIS (AFP) - ", "NEW YORK, Nov 20 (Reuters) - ", "BEIRUT: ")
FOOTERS = ("Copyright 2026 The Associated Press. All rights reserved. This material may not be "
           "published, broadcast, rewritten or redistributed without permission.",
           "© 2026 Thomson Reuters. All rights reserved.",
           "Copyright © 2026 Agence France-Presse. All rights reserved.")
EXTRA_PARAGRAPHS = ("Follow our live coverage for the latest updates on this developing story.",
                    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
                    "This article has been updated with additional reporting and a comment from officials.",
                    "Read more: what we know so far, and what happens next.")
NAMES = ("Maria Lopez", "John Carter", "Aiko Tanaka", "Olena Shevchenko", "David Mensah",
         "Sophie Martin", "Ahmed Hassan", "Liam O'Brien")


# -- the corpus and the story generator ----------------------------------------------
@dataclass
class Pool:
    """Sentences of each corpus article, the seed-article weights, and a vocabulary."""

    articles: list[list[str]]
    seeds: list[int]            # articles long enough to seed a story
    seed_weights: list[int]
    vocab: list[str]


@dataclass
class Story:
    paragraphs: list[list[str]]
    seed_article: int
    sentences: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs)


_POOL: Pool | None = None


def load_pool() -> Pool:
    global _POOL
    if _POOL is None:
        if not GROUND_TRUTH.exists():
            sys.exit(f"{GROUND_TRUTH} not found: this benchmark needs ../shared (the corpus), "
                     "which is not in the repository")
        data = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
        articles = []
        for key in sorted(data):
            body = data[key].get("articleBody") or ""
            sentences = [s.strip() for para in body.split("\n") for s in SENTENCE.split(para)]
            articles.append([s for s in sentences if len(s.split()) >= 3])
        seeds = [i for i, a in enumerate(articles) if len(a) >= 8]
        vocab = sorted({w for a in articles for s in a for w in s.split() if ALPHA.match(w)})
        _POOL = Pool(articles, seeds, [len(articles[i]) for i in seeds], vocab)
    return _POOL


def rng_for(seed: int, kind: str, i: int) -> random.Random:
    return random.Random(f"{seed}:{kind}:{i}")


def perturb(sentence: str, rng: random.Random, vocab: list[str], rate: float) -> str:
    """The sentence with figures changed and ~`rate` of its words replaced."""
    out = []
    for token in sentence.split():
        if DIGIT.search(token) and rng.random() < FIGURE_SUBSTITUTE:
            token = str(rng.randint(2, 5000))
        elif rng.random() < rate:
            token = rng.choice(vocab)
        out.append(token)
    return " ".join(out)


def window(rng: random.Random, sentences: list[str], words: int) -> list[str]:
    """A run of consecutive sentences of about `words` words, from a random start."""
    start = rng.randrange(len(sentences))
    out: list[str] = []
    count = 0
    for sentence in sentences[start:]:
        if count >= words:
            break
        out.append(sentence)
        count += len(sentence.split())
    return out


def fill(rng: random.Random, pool: Pool, seed_article: int, words: int,
         blocks: list[list[str]]) -> None:
    """Append blocks of 2-6 sentences (half from the seed article) until `words` words."""
    count = sum(len(s.split()) for b in blocks for s in b)
    for _ in range(10_000):
        if count >= words:
            return
        source = seed_article if rng.random() < 0.5 else rng.randrange(len(pool.articles))
        sentences = pool.articles[source]
        if not sentences:
            continue
        start = rng.randrange(len(sentences))
        block = [perturb(s, rng, pool.vocab, SUBSTITUTE)
                 for s in sentences[start:start + rng.randint(2, 6)]]
        blocks.append(block)
        count += sum(len(s.split()) for s in block)


def paragraphs(rng: random.Random, sentences: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        out.append(sentences[i:i + size])
        i += size
    return out


def make_story(seed: int, i: int) -> Story:
    """Story `i`: a paragraph window of a seed article, then mixed blocks, shuffled."""
    pool = load_pool()
    rng = rng_for(seed, "story", i)
    target = rng.randint(WORDS_MIN, WORDS_MAX)
    seed_article = rng.choices(pool.seeds, weights=pool.seed_weights)[0]
    lead = window(rng, pool.articles[seed_article], int(target * rng.uniform(0.3, 0.6)))
    blocks = [[perturb(s, rng, pool.vocab, SUBSTITUTE) for s in lead]]
    fill(rng, pool, seed_article, target, blocks)
    rest = blocks[1:]
    rng.shuffle(rest)
    sentences = [s for b in [blocks[0], *rest] for s in b]
    return Story(paragraphs(rng, sentences), seed_article, sentences)


def edit_words(rng: random.Random, paragraph: str, vocab: list[str], rate: float) -> str:
    """~`rate` of the words substituted (60%), dropped (20%) or preceded by a new word (20%)."""
    out = []
    for token in paragraph.split():
        if rng.random() >= rate:
            out.append(token)
            continue
        roll = rng.random()
        if roll < 0.6:
            out.append(rng.choice(vocab))
        elif roll >= 0.8:
            out.extend((rng.choice(vocab), token))
    return " ".join(out)


def near_copy(original: Story, rng: random.Random, vocab: list[str],
              edit_rate: float | None = None) -> tuple[str, float]:
    """The story as another outlet republishes it; returns (text, word-edit rate)."""
    rate = rng.uniform(*EDITS) if edit_rate is None else edit_rate
    paras = [" ".join(p) for p in original.paragraphs]
    if len(paras) > 3 and rng.random() < 0.3:
        paras = paras[:-1]
    elif rng.random() < 0.4:
        paras.append(rng.choice(EXTRA_PARAGRAPHS))
    paras = [edit_words(rng, p, vocab, rate) for p in paras]
    if rng.random() < 0.6:
        paras[0] = rng.choice(DATELINES) + paras[0]
    head = []
    words = " ".join(original.sentences[:3]).split()
    size = min(rng.randint(*HEADLINE_WORDS), len(words))
    start = rng.randrange(max(1, len(words) - size))
    head.append(" ".join(words[start:start + size]).title())
    if rng.random() < 0.5:
        name, other = rng.sample(NAMES, 2)
        head.append(rng.choice(WIRE_CREDITS).format(name=name, other=other))
    tail = [rng.choice(FOOTERS)] if rng.random() < 0.5 else []
    return "\n\n".join([*head, *paras, *tail]), rate


def same_topic(original: Story, seed: int, i: int) -> tuple[str, float]:
    """Another story on the same topic: 20-40% of the original's sentences, rest new.

    Returns (text, share of the original's sentences reused)."""
    pool = load_pool()
    rng = rng_for(seed, "topic", i)
    share = rng.uniform(*OVERLAP)
    count = max(1, round(share * len(original.sentences)))
    start = rng.randrange(max(1, len(original.sentences) - count))
    reused = original.sentences[start:start + count]     # a quoted passage
    words = sum(len(s.split()) for s in original.sentences)
    target = int(words * rng.uniform(0.8, 1.2))
    blocks: list[list[str]] = [reused]
    fill(rng, pool, original.seed_article, target, blocks)
    rng.shuffle(blocks)
    sentences = [s for b in blocks for s in b]
    return "\n\n".join(" ".join(p) for p in paragraphs(rng, sentences)), count / len(original.sentences)


# -- workers: stories and their sketches ----------------------------------------------
def sketch_chunk(args: tuple[int, int, int, float]) -> list[tuple[int, str, bytes, list[int]]]:
    seed, start, stop, threshold = args
    out = []
    for i in range(start, stop):
        body = make_story(seed, i).text()
        sig = signature(body)
        out.append((i, body, sig, band_hashes(sig, threshold)))
    return out


def sketches(seed: int, start: int, stop: int, threshold: float,
             workers: int) -> Iterator[tuple[int, str, bytes, list[int]]]:
    tasks = [(seed, a, min(a + CHUNK, stop), threshold) for a in range(start, stop, CHUNK)]
    if workers <= 1:
        for task in tasks:
            yield from sketch_chunk(task)
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=load_pool) as procs:
        for chunk in procs.imap(sketch_chunk, tasks):
            yield from chunk


# -- the index ------------------------------------------------------------------------
def article_id(i: int) -> int:
    return i + 1


def build(db: Database, seed: int, start: int, stop: int, threshold: float,
          workers: int) -> float:
    """Insert stories [start, stop) with their signatures and bands; returns seconds."""
    began = time.perf_counter()
    articles: list[dict[str, Any]] = []
    bands: list[dict[str, Any]] = []

    def flush() -> None:
        with db.begin() as session:
            session.execute(insert(Article), articles)
            session.execute(insert(SketchBand), bands)
        articles.clear()
        bands.clear()

    for i, body, sig, hashes in sketches(seed, start, stop, threshold, workers):
        when = EPOCH + timedelta(minutes=i)
        articles.append({"id": article_id(i), "url": f"https://outlet{i % 97}.example/story/{i}",
                         "outlet": f"outlet{i % 97}", "text": body, "raw_html": b"",
                         "raw_encoding": "zlib", "extractor_version": "bench",
                         "published_at": when, "first_seen_at": when, "fetched_at": when,
                         "version": 1, "content_hash": content_hash(body), "minhash": sig})
        bands.extend({"article_id": article_id(i), "band": b, "hash": h}
                     for b, h in enumerate(hashes))
        if len(articles) >= BATCH:
            flush()
        done = i + 1 - start
        if done % 10_000 == 0 or i + 1 == stop:
            elapsed = time.perf_counter() - began
            print(f"  indexed {i + 1:,} stories ({done / elapsed:,.0f}/s)", flush=True)
    if articles:
        flush()
    return time.perf_counter() - began


# -- queries --------------------------------------------------------------------------
@dataclass
class Query:
    kind: str                   # "copy", "topic", "fresh" or "sweep"
    sig: bytes
    bands: list[int]
    expected: int | None        # the stored story's id for copies
    detail: float               # edit rate (copies) or reused share (same-topic)
    source: int | None = None   # id of the stored story it was made from


def labelled_queries(seed: int, stored: int, fresh_from: int, labelled: int, fresh: int,
                     threshold: float) -> list[Query]:
    """Copies and same-topic non-copies of distinct stored stories below `stored`, fresh stories."""
    pool = load_pool()
    picker = rng_for(seed, "pick", 0)
    sources = picker.sample(range(stored), 2 * labelled + len(SWEEP_EDITS) * SWEEP_EACH)
    queries: list[Query] = []

    def add(kind: str, body: str, expected: int | None, detail: float,
            source: int | None = None) -> None:
        sig = signature(body)
        queries.append(Query(kind, sig, band_hashes(sig, threshold), expected, detail,
                             expected or source))

    for n, i in enumerate(sources[:labelled]):
        body, rate = near_copy(make_story(seed, i), rng_for(seed, "copy", n), pool.vocab)
        add("copy", body, article_id(i), rate)
    for n, i in enumerate(sources[labelled:2 * labelled]):
        body, share = same_topic(make_story(seed, i), seed, n)
        add("topic", body, None, share, article_id(i))
    for n in range(fresh):
        add("fresh", make_story(seed, fresh_from + n).text(), None, 0.0)
    for n, i in enumerate(sources[2 * labelled:]):
        rate = SWEEP_EDITS[n % len(SWEEP_EDITS)]
        body, _ = near_copy(make_story(seed, i), rng_for(seed, "sweep", n), pool.vocab, rate)
        add("sweep", body, article_id(i), rate)
    return queries


def timing_set(queries: list[Query], count: int) -> list[Query]:
    """`count` queries: half near-copies, a quarter same-topic, a quarter fresh."""
    by_kind = {k: [q for q in queries if q.kind == k] for k in ("copy", "topic", "fresh")}
    half, quarter = count // 2, count // 4
    return by_kind["copy"][:half] + by_kind["topic"][:quarter] + by_kind["fresh"][:count - half - quarter]


def lsh_lookup(db: Database, queries: list[Query], threshold: float,
               rounds: int = 1) -> tuple[list[int | None], list[float]]:
    """`find_near_duplicate` for each query in one read session: answers, and seconds each
    (the best of `rounds` passes)."""
    answers: list[int | None] = []
    seconds = [float("inf")] * len(queries)
    with db.begin() as session:
        for q in queries[:WARMUP]:
            find_near_duplicate(session, q.sig, q.bands, threshold, similarity)
        for _ in range(rounds):
            answers = []
            for n, q in enumerate(queries):
                began = time.perf_counter()
                answer = find_near_duplicate(session, q.sig, q.bands, threshold, similarity)
                seconds[n] = min(seconds[n], time.perf_counter() - began)
                answers.append(answer)
    return answers, seconds


def load_matrix(db: Database) -> tuple[np.ndarray, np.ndarray, float]:
    began = time.perf_counter()
    with db.begin() as session:
        rows = session.execute(select(Article.id, Article.minhash).order_by(Article.id)).all()
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.uint64).reshape(len(rows), NUM_PERM)
    return ids, matrix, time.perf_counter() - began


def brute_lookup(ids: np.ndarray, matrix: np.ndarray, queries: list[Query], threshold: float,
                 rounds: int = 1) -> tuple[list[int | None], list[float]]:
    """Compare each query with every stored signature (numpy): answers, and seconds each
    (the best of `rounds` passes)."""
    answers: list[int | None] = []
    seconds = [float("inf")] * len(queries)
    for _ in range(rounds):
        answers = []
        for n, q in enumerate(queries):
            began = time.perf_counter()
            scores = np.count_nonzero(matrix == np.frombuffer(q.sig, dtype=np.uint64), axis=1)
            best = int(np.argmax(scores))
            answer = int(ids[best]) if scores[best] / NUM_PERM >= threshold else None
            seconds[n] = min(seconds[n], time.perf_counter() - began)
            answers.append(answer)
    return answers, seconds


def naive_sql_lookup(db: Database, queries: list[Query], threshold: float) -> float:
    """Seconds per query for reading every stored signature from SQL and comparing each."""
    began = time.perf_counter()
    with db.begin() as session:
        for q in queries:
            best = 0.0
            for _, other in session.execute(select(Article.id, Article.minhash)):
                best = max(best, similarity(q.sig, other))
    return (time.perf_counter() - began) / max(1, len(queries))


def query_plan(db: Database, q: Query, threshold: float) -> list[str]:
    """SQLite's plan for the statement `find_near_duplicate` really sends."""
    seen: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
             executemany: bool) -> None:
        if "sketch_bands" in statement and not seen:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        with db.begin() as session:
            find_near_duplicate(session, q.sig, q.bands, threshold, similarity)
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    if not seen:
        return ["(statement not captured)"]
    statement, parameters = seen[0]
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return [str(r[-1]) for r in rows]


# -- scoring --------------------------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    wrong: int = 0              # a copy matched to another story
    copies: int = 0
    negatives: int = 0
    fresh_fp: int = 0

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.copies if self.copies else 0.0


def score(queries: list[Query], answers: list[int | None]) -> Score:
    s = Score()
    for q, answer in zip(queries, answers, strict=True):
        if q.kind == "copy":
            s.copies += 1
            if answer == q.expected:
                s.tp += 1
            else:
                s.fn += 1
                if answer is not None:
                    s.fp += 1
                    s.wrong += 1
        elif q.kind == "topic":
            s.negatives += 1
            s.fp += answer is not None
        elif q.kind == "fresh":
            s.fresh_fp += answer is not None
    return s


def ms(seconds: list[float]) -> tuple[float, float]:
    return 1000 * statistics.fmean(seconds), 1000 * statistics.median(seconds)


def source_similarities(queries: list[Query], kind: str, matrix: np.ndarray,
                        ids: np.ndarray) -> list[float]:
    """Estimated similarity of each `kind` query to the stored story it was made from."""
    out = []
    for q in queries:
        if q.kind != kind or q.source is None:
            continue
        row = int(np.searchsorted(ids, q.source))
        out.append(similarity(q.sig, matrix[row].tobytes()))
    return out


def quantiles(values: list[float]) -> str:
    if not values:
        return "n/a"
    v = sorted(values)
    pick = [v[0], v[len(v) // 10], v[len(v) // 2], v[(9 * len(v)) // 10], v[-1]]
    return "min {:.2f} p10 {:.2f} median {:.2f} p90 {:.2f} max {:.2f}".format(*pick)


def candidate_probability(s: float, threshold: float) -> float:
    bands, rows = lsh_params(threshold)
    return 1 - (1 - s ** rows) ** bands


# -- main -----------------------------------------------------------------------------
def measure(db: Database, label: str, size: int, queries: list[Query], timing: list[Query],
            threshold: float) -> dict[str, Any]:
    print(f"\n[{label}: index holds {size:,} stories]", flush=True)
    _, seconds = lsh_lookup(db, timing, threshold, ROUNDS)
    answers, _ = lsh_lookup(db, queries, threshold)
    ids, matrix, load_s = load_matrix(db)
    _, brute_seconds = brute_lookup(ids, matrix, timing, threshold, ROUNDS)
    brute_answers, _ = brute_lookup(ids, matrix, queries, threshold)
    naive = naive_sql_lookup(db, timing[:NAIVE_SQL_QUERIES], threshold)
    result = {"size": size, "lsh": ms(seconds), "brute": ms(brute_seconds), "naive_sql": 1000 * naive,
              "load_s": load_s, "score": score(queries, answers),
              "brute_score": score(queries, brute_answers), "answers": answers,
              "ids": ids, "matrix": matrix}
    lsh_mean, lsh_median = result["lsh"]
    brute_mean, brute_median = result["brute"]
    print(f"  find_near_duplicate: {lsh_mean:.3f} ms/story mean, {lsh_median:.3f} median "
          f"({len(timing)} queries, best of {ROUNDS} passes each)")
    print(f"  brute-force numpy scan: {brute_mean:.3f} ms/story mean, {brute_median:.3f} median "
          f"(+ {load_s:.2f} s once to load {size:,} signatures)")
    print(f"  naive SQL scan: {result['naive_sql']:.1f} ms/story ({NAIVE_SQL_QUERIES} queries)")
    for name in ("score", "brute_score"):
        s = result[name]
        print(f"  {'LSH' if name == 'score' else 'brute':5s} precision {s.precision:.4f} "
              f"recall {s.recall:.4f} (copies found {s.tp}/{s.copies}, wrong match {s.wrong}, "
              f"same-topic matched {s.fp - s.wrong}/{s.negatives}, fresh matched {s.fresh_fp})")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000, help="index size at the end")
    parser.add_argument("--checkpoint", type=int, default=10_000, help="first measured size")
    parser.add_argument("--queries", type=int, default=500, help="timed query stories")
    parser.add_argument("--labelled", type=int, default=500,
                        help="near-copies, and as many same-topic non-copies")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--quick", action="store_true", help="smoke run: 10k then 20k stories")
    parser.add_argument("--keep", metavar="DIR", help="build the database in DIR and keep it")
    args = parser.parse_args(argv)
    if args.quick:
        args.stories, args.checkpoint = 20_000, 10_000
        args.queries, args.labelled = min(args.queries, 300), min(args.labelled, 300)
    if not 0 < args.checkpoint < args.stories <= MAX_STORIES:
        parser.error(f"need 0 < --checkpoint < --stories <= {MAX_STORIES:,}")
    needed = 2 * args.labelled + len(SWEEP_EDITS) * SWEEP_EACH
    if needed > args.checkpoint:
        parser.error(f"--checkpoint must hold at least {needed} stories for the labelled set")
    threshold = args.threshold
    bands, rows = lsh_params(threshold)
    pool = load_pool()
    began = time.perf_counter()
    print(f"corpus: {len(pool.articles)} articles, {sum(map(len, pool.articles)):,} sentences, "
          f"{len(pool.vocab):,} distinct words; MinHash {NUM_PERM} perms over {SHINGLE_WORDS}-word "
          f"shingles, threshold {threshold}, LSH {bands} bands x {rows} rows")
    print("  P(candidate) by true similarity: " + ", ".join(
        f"{s:.2f}->{candidate_probability(s, threshold):.2f}" for s in (0.7, 0.8, 0.85, 0.9, 0.95)))

    fresh_from = args.stories  # fresh stories are never stored
    t = time.perf_counter()
    queries = labelled_queries(args.seed, args.checkpoint, fresh_from, args.labelled,
                               max(args.queries // 4, 100), threshold)
    sig_ms = 1000 * (time.perf_counter() - t) / len(queries)
    timing = timing_set(queries, args.queries)
    print(f"labelled set: {args.labelled} near-copies, {args.labelled} same-topic non-copies, "
          f"{sum(q.kind == 'fresh' for q in queries)} fresh, "
          f"{sum(q.kind == 'sweep' for q in queries)} edit-sweep copies "
          f"(generated and signed at {sig_ms:.2f} ms/story)")

    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "dedup.db"
        if path.exists():
            parser.error(f"{path} exists")
        db = Database(f"sqlite:///{path}")
        print(f"\nbuilding the index in {path} ({args.workers} workers)", flush=True)
        build_s = build(db, args.seed, 0, args.checkpoint, threshold, args.workers)
        small = measure(db, "small", args.checkpoint, queries, timing, threshold)
        del small["matrix"]
        build_s += build(db, args.seed, args.checkpoint, args.stories, threshold, args.workers)
        size_mb = path.stat().st_size / 1e6
        large = measure(db, "large", args.stories, queries, timing, threshold)
        plan = query_plan(db, timing[0], threshold)
        with db.engine.connect() as conn:
            band_rows = conn.execute(text("SELECT count(*) FROM sketch_bands")).scalar_one()
        db.dispose()

    ids, matrix = large["ids"], large["matrix"]
    picker = rng_for(args.seed, "pairs", 0)
    pairs = [picker.sample(range(len(ids)), 2) for _ in range(SAMPLE_PAIRS)]
    random_sims = [similarity(matrix[a].tobytes(), matrix[b].tobytes()) for a, b in pairs]
    copy_sims = source_similarities(queries, "copy", matrix, ids)
    topic_sims = source_similarities(queries, "topic", matrix, ids)
    print(f"\nindex: {args.stories:,} stories, {band_rows:,} band rows, {size_mb:,.0f} MB on disk, "
          f"built in {build_s:.0f} s")
    print("query plan of find_near_duplicate:")
    for line in plan:
        print(f"  {line}")
    print("estimated similarity to the stored story:")
    print(f"  random stored pairs ({SAMPLE_PAIRS}): {quantiles(random_sims)}; "
          f">= {threshold}: {sum(s >= threshold for s in random_sims)}")
    print(f"  near-copies:       {quantiles(copy_sims)}")
    print(f"  same-topic stories: {quantiles(topic_sims)}")
    print("near-copies found by word-edit rate (same boilerplate changes; LSH at the large index):")
    sweep = [(q, a) for q, a in zip(queries, large["answers"], strict=True) if q.kind == "sweep"]
    for rate in SWEEP_EDITS:
        group = [(q, a) for q, a in sweep if q.detail == rate]
        sims = source_similarities([q for q, _ in group], "sweep", matrix, ids)
        found = sum(a == q.expected for q, a in group)
        print(f"  {rate:4.0%} words edited: recall {found / len(group):.2f} "
              f"(similarity median {statistics.median(sims):.2f}, "
              f"{sum(s >= threshold for s in sims)}/{len(sims)} >= {threshold})")

    (s_mean, _), (l_mean, _) = small["lsh"], large["lsh"]
    (bs_mean, _), (bl_mean, _) = small["brute"], large["brute"]
    growth = args.stories / args.checkpoint
    sc = large["score"]
    k = f"{args.checkpoint // 1000}k" if args.checkpoint % 1000 == 0 else f"{args.checkpoint:,}"
    n = f"{args.stories // 1000}k" if args.stories % 1000 == 0 else f"{args.stories:,}"
    total = time.perf_counter() - began
    print("\n----- results (README) -----")
    print(f"dedup index: {args.stories:,} synthetic stories from the corpus, SQLite file, "
          f"MinHash {NUM_PERM}/{SHINGLE_WORDS}-word shingles, LSH {bands}x{rows} at {threshold}")
    print(f"lookup: {s_mean:.2f} ms/story at {k}, {l_mean:.2f} ms/story at {n} "
          f"(index {growth:.1f}x larger, lookup {l_mean / s_mean:.2f}x slower)")
    print(f"brute-force scan (numpy, in memory): {bs_mean:.2f} ms/story at {k}, "
          f"{bl_mean:.2f} ms/story at {n} ({bl_mean / bs_mean:.2f}x slower)")
    print(f"copy detection: precision {sc.precision:.3f} recall {sc.recall:.3f} "
          f"(target >= {TARGET} both) on {sc.copies} copies / {sc.negatives} same-topic non-copies")
    met = sc.precision >= TARGET and sc.recall >= TARGET
    print(f"target {'met' if met else 'NOT met'}; run took {total:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
