"""Near-duplicate sketches (pipelines.dedup) and the indexed lookup on a real SQLite file."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash32

from pipelines.dedup import (
    NUM_PERM,
    band_hashes,
    content_hash,
    lsh_params,
    shingles,
    signature,
    similarity,
)
from storage.db import Database
from storage.ingest import find_near_duplicate, ingest_article
from storage.records import ArticleRecord, IngestOptions

OPTIONS = IngestOptions()
THRESHOLD = OPTIONS.duplicate_threshold
VOCAB_TEXT = ("army officials said the city attack people killed wounded province government "
              "forces border police report minister village hospital night early statement "
              "rebels soldiers region capital talks ceasefire president aid convoy bridge "
              "river market school shelling drone strike local residents according morning "
              "water power election council spokesman protest court ruling week month troops "
              "supplies road")
VOCAB = VOCAB_TEXT.split()


def sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(12, 24))).capitalize() + "."
            for _ in range(count)]


def story(seed: int, count: int = 30) -> str:
    return " ".join(sentences(seed, count))


def republished(text: str) -> str:
    """Another outlet's copy: other headline, wire credit, dateline and copyright footer."""
    return ("Officials Report Attack Near Border\n\nBy Maria Lopez, Associated Press\n\n"
            f"KYIV, Ukraine (AP) — {text}\n\n"
            "Copyright 2026 The Associated Press. All rights reserved.")


def same_topic(seed: int, other_seed: int) -> str:
    """A different story that quotes about a third of story `seed`."""
    quoted = sentences(seed, 30)[10:20]
    return " ".join(sentences(other_seed, 10) + quoted + sentences(other_seed + 1, 10))


# -- pure functions ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "one", "four words only here", story(3), story(4, 2)])
def test_signature_is_datasketch_affine32_minhash_of_the_shingles(text: str) -> None:
    """Stored signatures must not change with a faster computation or a new default."""
    reference = MinHash(num_perm=NUM_PERM, scheme="affine32", hashfunc=sha1_hash32)
    reference.update_batch(shingles(text))
    assert signature(text) == np.asarray(reference.hashvalues, dtype=np.uint64).tobytes()


def test_signature_is_deterministic_and_sized() -> None:
    text = story(1)
    assert signature(text) == signature(text)
    assert len(signature(text)) == NUM_PERM * 8


def test_signature_ignores_case_spacing_and_punctuation() -> None:
    text = story(2)
    assert signature(text) == signature("  " + text.upper().replace(" ", "\n ").replace(".", "!"))
    assert content_hash(text) == content_hash(text.upper().replace(" ", "  "))
    assert content_hash(text) != content_hash(story(3))


def test_copy_is_similar_and_other_stories_are_not() -> None:
    original = signature(story(4))
    assert similarity(original, original) == 1.0
    assert similarity(original, signature(republished(story(4)))) >= THRESHOLD
    assert similarity(original, signature(story(5))) < 0.2
    assert similarity(original, signature(same_topic(4, 50))) < 0.5


def test_similarity_of_mismatched_or_empty_signatures_is_zero() -> None:
    assert similarity(b"", b"") == 0.0
    assert similarity(signature(story(6)), signature(story(6))[:64]) == 0.0


def test_band_hashes_are_signed_64_bit_and_deterministic() -> None:
    bands, rows = lsh_params(THRESHOLD)
    assert bands * rows <= NUM_PERM
    sig = signature(story(7))
    hashes = band_hashes(sig, THRESHOLD)
    assert len(hashes) == bands
    assert all(-(2 ** 63) <= h < 2 ** 63 for h in hashes)
    assert hashes == band_hashes(sig, THRESHOLD)
    assert len(set(hashes)) == bands
    assert set(hashes).isdisjoint(band_hashes(signature(story(8)), THRESHOLD))


def test_copy_shares_a_band_with_its_original() -> None:
    original = band_hashes(signature(story(9)), THRESHOLD)
    copy = band_hashes(signature(republished(story(9))), THRESHOLD)
    assert any(a == b for a, b in zip(original, copy, strict=True))


# -- the indexed lookup on a real SQLite file ---------------------------------------
def record(url: str, text: str) -> ArticleRecord:
    sig = signature(text)
    return ArticleRecord(url=url, outlet=url.split("/")[2], text=text, raw_html=b"",
                         extractor_version="test", content_hash=content_hash(text),
                         minhash=sig, bands=band_hashes(sig, THRESHOLD))


def lookup(db: Database, text: str) -> int | None:
    sig = signature(text)
    with db.begin() as session:
        return find_near_duplicate(session, sig, band_hashes(sig, THRESHOLD), THRESHOLD,
                                   similarity)


@pytest.fixture
def db(sqlite_url: str) -> Database:
    database = Database(sqlite_url)
    with database.begin() as session:
        for seed in range(10, 40):
            ingest_article(session, record(f"https://a.example/{seed}", story(seed)), OPTIONS,
                           similarity)
    return database


def test_find_near_duplicate_finds_copies(db: Database) -> None:
    with db.begin() as session:
        first = ingest_article(session, record("https://a.example/x", story(100)), OPTIONS,
                               similarity)
    assert first.duplicate_of is None
    assert lookup(db, story(100)) == first.article_id
    assert lookup(db, republished(story(100))) == first.article_id


def test_find_near_duplicate_ignores_unrelated_and_same_topic_stories(db: Database) -> None:
    assert lookup(db, story(200)) is None
    for seed in (10, 20, 30):
        assert lookup(db, same_topic(seed, 300 + seed)) is None


def test_copy_of_a_copy_points_at_the_original(db: Database) -> None:
    with db.begin() as session:
        original = ingest_article(session, record("https://a.example/o", story(400)), OPTIONS,
                                  similarity)
        copy = ingest_article(session, record("https://b.example/c", republished(story(400))),
                              OPTIONS, similarity)
    assert copy.created and copy.duplicate_of == original.article_id
    assert lookup(db, republished(story(400)) + " Updated at noon.") == original.article_id
