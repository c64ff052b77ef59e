"""Near-duplicate sketches: MinHash signatures over 5-word shingles, cut into LSH bands.

Pure functions (datasketch does the permutations). A story's signature is stored with
it; its band hashes go into an indexed table, so finding the candidates for a new
story is one indexed lookup per band — sublinear in the number of stored stories —
and only those candidates are compared.

Signatures are stored, so their scheme is pinned: datasketch's "affine32" over the
first 4 bytes of each shingle's SHA-1 (its default since 2.0.0, when it changed from
"legacy"; a default left implicit would silently stop matching stored stories the day
it changes again).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from storage.records import DEFAULT_DUPLICATE_THRESHOLD

NUM_PERM = 128
SHINGLE_WORDS = 5
BAND_MARGIN = 0.1      # bands are tuned this far below the threshold, so copies near it are found
WORD = re.compile(r"\w+", re.UNICODE)
MINHASH_SCHEME = "affine32"
# Drawn once (datasketch draws them anew for every MinHash it builds, ~10% of the cost).
PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME).permutations


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def content_hash(text: str) -> str:
    """A hash of the text's words: equal for texts that differ only in spacing or case."""
    return words_hash(words(text))


def words_hash(tokens: list[str]) -> str:
    return hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()


def shingles(text: str) -> list[bytes]:
    return word_shingles(words(text))


def word_shingles(tokens: list[str]) -> list[bytes]:
    if len(tokens) < SHINGLE_WORDS:
        return [" ".join(tokens).encode("utf-8")] if tokens else []
    return [" ".join(tokens[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(tokens) - SHINGLE_WORDS + 1)]


def signature(text: str) -> bytes:
    """The MinHash signature of the text's word shingles (NUM_PERM uint64 values)."""
    return words_signature(words(text))


def words_signature(tokens: list[str]) -> bytes:
    """`signature` of the text these are the `words` of."""
    sha1 = hashlib.sha1
    # datasketch's sha1_hash32, without a Python call per shingle
    hashes = [int.from_bytes(sha1(s).digest()[:4], "little") for s in word_shingles(tokens)]
    sketch = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME, permutations=PERMUTATIONS,
                     hashfunc=_hashed)
    sketch.update_batch(hashes)
    return np.asarray(sketch.hashvalues, dtype=np.uint64).tobytes()


def _hashed(value: int) -> int:
    return value


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    left = np.frombuffer(a, dtype=np.uint64)
    right = np.frombuffer(b, dtype=np.uint64)
    if left.shape != right.shape or not left.size:
        return 0.0
    return float(np.count_nonzero(left == right)) / float(left.size)


@lru_cache(maxsize=16)
def lsh_params(threshold: float) -> tuple[int, int]:
    """(bands, rows) for candidates down to `threshold - BAND_MARGIN` (datasketch's optimum).

    LSH's S-curve is steep but not a step: tuned at the threshold itself, a copy whose
    similarity is just above it becomes a candidate only about half the time. The
    candidates are then compared at the threshold itself.
    """
    bands, rows = _optimal_param(max(threshold - BAND_MARGIN, 0.05), NUM_PERM, 0.5, 0.5)
    return int(bands), int(rows)


def band_hashes(sig: bytes, threshold: float = DEFAULT_DUPLICATE_THRESHOLD) -> list[int]:
    """One signed 64-bit hash per LSH band of the signature (fits a BIGINT column)."""
    bands, rows = lsh_params(threshold)
    values = np.frombuffer(sig, dtype=np.uint64)
    out = []
    for band in range(bands):
        chunk = values[band * rows:(band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"newsmon-lsh").digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out
