"""Sentence splitting for cleaned news text.

Copes with blank-line paragraphs, one-paragraph-per-line text, hard-wrapped wire
text (lines of similar length joined back), headlines without final
punctuation, bullets, and common abbreviations. Offsets index the text given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import words

MAX_SENTENCE = 1_000  # longer runs are cut at whitespace so analysis stays local
BLOCK_SPLIT = re.compile(r"\n[ \t\r\f\v]*\n\s*")
LINE_SPLIT = re.compile(r"\n")
# "... in Ukraine.Ri, who had ...": paragraphs glued together by scraping lose the space after
# the stop; three lower-case letters before it keep "Mr.Kim", "U.S.Army", "e.g.The" whole
_STOP = r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[•*\-–—]*[A-Z0-9])"
_GLUED_STOP = r"[.!?](?<=[a-z]{3}[.!?])[\"”’]?(?=[A-Z][a-z])"
SENTENCE_END = re.compile(rf"(?=[.!?•\s])(?:{_STOP}|\s*•\s*|{_GLUED_STOP})")
# the same without bullets, for the many texts with none (the bullet branch, tried at every
# space, is a third of the splitter's time)
SENTENCE_END_PLAIN = re.compile(rf"{_STOP}|{_GLUED_STOP}")
LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)[.]+[\"'”’)\]]*$")
TERMINAL = re.compile(r"[.!?:;\"'”’)]\s*$")
ABBREVIATIONS = words(
    """mr mrs ms dr st jr sr gen col lt sgt capt cpl pvt maj adm gov sen rep rev prof no vs etc
    inc co corp ltd ave blvd rd mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s
    u.n u.k e.g i.e approx est dept univ fig ref pp vol cmdr supt det insp lt.col brig"""
)
TITLES = words(
    "mr mrs ms dr gen col lt sgt capt cpl pvt maj adm gov sen rep rev prof cmdr supt det insp brig"
)
TIME_ABBREVIATIONS = frozenset({"a.m", "p.m"})
CALENDAR_WORDS = re.compile(
    r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|[A-Z]{2,4}\b)"
)

# a subject pronoun after an abbreviation's stop opens a sentence ("on Elm St. She was taken")
PRONOUN_OPENING = re.compile(r"\s*[\"“]?(?:He|She|They|We)\s")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of text, in order, as character spans (whitespace trimmed)."""
    out: list[Sentence] = []
    ends = SENTENCE_END if "•" in text else SENTENCE_END_PLAIN
    for start, end in _blocks(text):
        for seg_start, seg_end in _segments(text, start, end):
            out.extend(_split_segment(text, seg_start, seg_end, ends))
    return out


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in BLOCK_SPLIT.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Lines of a block, re-joined where the block is hard-wrapped."""
    lines = _lines(text, start, end)
    if len(lines) < 2:
        yield start, end
        return
    width = max(e - s for s, e in lines)
    wrapped = width <= 100 and _mostly_full(lines, width)
    seg_start = lines[0][0]
    for (s, e), nxt in zip(lines, lines[1:] + [(end, end)], strict=True):
        if nxt[0] >= end or not wrapped or _line_ends_unit(text, s, e, width):
            yield seg_start, e
            seg_start = nxt[0]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in LINE_SPLIT.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _mostly_full(lines: list[tuple[int, int]], width: int) -> bool:
    body = lines[:-1]
    full = sum(1 for s, e in body if e - s >= 0.6 * width)
    return width >= 40 and full >= 0.7 * len(body)


def _line_ends_unit(text: str, s: int, e: int, width: int) -> bool:
    """In wrapped text, a line ends a unit when it is short (a headline, a paragraph end)."""
    return e - s < 0.6 * width and (bool(TERMINAL.search(text[s:e])) or e - s < 0.5 * width)


def _split_segment(
    text: str, start: int, end: int, ends: re.Pattern[str] = SENTENCE_END
) -> Iterator[Sentence]:
    pos = start
    for m in ends.finditer(text, start, end):
        if _is_abbreviation(text, pos, m.start(), m.end()):
            continue
        yield from _trimmed(text, pos, m.end())
        pos = m.end()
    yield from _trimmed(text, pos, end)


def _is_abbreviation(text: str, pos: int, dot: int, stop: int) -> bool:
    if "•" in text[dot:stop]:
        return False
    m = LAST_WORD.search(text, max(pos, dot - 20), stop)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in TIME_ABBREVIATIONS:
        return bool(CALENDAR_WORDS.match(text, stop))
    if PRONOUN_OPENING.match(text, stop) and word not in TITLES:
        return False  # "... near Hegeman Ave. He died at the scene" (not "Dr. He Jian")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield Sentence(start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(start, end)
