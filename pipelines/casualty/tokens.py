"""Tokenisation of one sentence into words, numbers and punctuation, with offsets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

TOKEN_RE = re.compile(
    r"\d+(?:[-\s]?(?i:year|yr|month|week|day)s?[-\s](?i:olds?))"  # 23-year-old(s)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"  # 1,312,836
    r"|\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)"  # 6.000 (European)
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)"  # 6 000
    r"|\d+(?:\.\d+)?"
    r"|(?:[A-Za-z]\.){2,}"  # U.S. a.m. p.m.
    r"|[NS]\.(?= ?Kore)"  # N. Korean, S. Korea (Korean wire headlines)
    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*(?:n't)?"
    r"|\S"
)
AGE_TOKEN = re.compile(r"(?i)(?:\d+|[a-z-]+)[-\s]?(?:year|yr|month|week|day)s?[-\s]olds?$")


@dataclass(slots=True, eq=False)  # not frozen: a frozen dataclass is slow to build
class Token:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_age(self) -> bool:
        return bool(AGE_TOKEN.match(self.text))


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)
    ]


def token_span(tokens: list[Token], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices [first, last] of tokens overlapping the character span [start, end)."""
    first = max(bisect_right(starts, start) - 1, 0)
    last = max(bisect_left(starts, end) - 1, first)
    return first, last


def glued(a: Token, b: Token) -> bool:
    """True when b follows a with no space between them."""
    return a.end == b.start


def words_closed_by(tokens: list[Token], k: int, closers: frozenset[str], reach: int) -> int:
    """Index of the first of `closers` before k + reach, with only (at least one) word
    between it and k; or -1: "[North Koreans]", "(Democratic People's Republic of Korea)"."""
    for c in range(k + 1, min(k + reach, len(tokens))):
        if tokens[c].text in closers:
            return c if c > k + 1 else -1
        if not tokens[c].is_word:
            return -1
    return -1
