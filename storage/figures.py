"""Which claim each mention of one article belongs to: pure rules, no database.

A claim is a figure as reported: (category, low, high, qualifier, group). Within one
article, four rules keep one reported figure from becoming several claims:

* **The headline is the story's figure.** A title mention (`in_title`) whose (category,
  low, high) the text also states is claimed as the text's first such mention, whose group
  is usually the fuller one ("Shelling kills four" + "four civilians were killed").
* **The group is carried.** A mention that names no group joins the article's first
  mention of the same (category, low, high) that does ("around 6,000 North Korean
  soldiers ... killed or wounded" ... "despite 6,000 casualties"), taking its group and hedge.
* **The hedge is carried.** An exact mention that repeats a hedged figure of the same
  (category, low, high, group) in the article is that hedged figure restated ("at least
  140 killed" ... "the 140 dead") and joins its claim.
* **Parts of a stated total are not figures of their own.** Single-victim mentions
  ("one man was pronounced dead ... a second died later") beside a total of the same
  category that counts them ("two men killed") form no claim, when there are no more of
  them than the total and their group fits it (same noun, or none, or "a second").

Across articles the hedge stays part of the claim: "at least 140 killed" and "140
killed" are two claims with one `figure_key`, so they can be shown as the same figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

GROUP_STOPWORDS = {"the", "a", "an", "of", "some", "other", "more", "about", "around", "at",
                   "least", "than", "nearly", "almost", "its", "their", "his", "her"}
GROUP_SYNONYMS = {"troops": "soldiers", "troop": "soldiers", "soldier": "soldiers",
                  "servicemen": "soldiers", "people": "people", "persons": "people",
                  "person": "people", "civilian": "civilians"}
# Groups that point back at another victim instead of naming one ("a second", "another")
ANAPHORIC_GROUPS = {"", "second", "third", "fourth", "fifth", "another", "one", "other",
                    "victim", "person", "people", "each"}
IRREGULAR_SINGULAR = {"men": "man", "women": "woman", "people": "person",
                      "children": "child", "policemen": "policeman"}
WORD = re.compile(r"[a-z0-9]+")
EXACT = "exact"


class FigureMention(Protocol):
    """What the rules read of a mention (MentionRecord and the extractor's mention have it)."""

    @property
    def category(self) -> str: ...
    @property
    def low(self) -> int | None: ...
    @property
    def high(self) -> int | None: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def group(self) -> str | None: ...
    @property
    def derived(self) -> bool: ...
    @property
    def in_title(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class ClaimSpec:
    """The claim a mention belongs to: its figure, hedge and (loose) group."""

    category: str
    low: int
    high: int | None
    qualifier: str
    group_key: str
    group: str | None

    @property
    def figure_key(self) -> str:
        return figure_key(self.category, self.low, self.high, self.group_key)


def group_key(group: str | None) -> str:
    """A loose key for a victims' group: lower-case words, determiners dropped, synonyms merged."""
    if not group:
        return ""
    words = [w for w in WORD.findall(group.lower()) if w not in GROUP_STOPWORDS]
    words = [GROUP_SYNONYMS.get(w, w) for w in words]
    return " ".join(words)[:200]


def figure_key(category: str, low: int | None, high: int | None, group_k: str) -> str:
    """The figure without its hedge: claims that differ only in qualifier share it."""
    return f"{category}|{'' if low is None else low}|{'' if high is None else high}|{group_k}"[:300]


def claim_specs(mentions: Sequence[FigureMention]) -> list[ClaimSpec | None]:
    """Each mention's claim (None: no figure, or part of a stated total), in order."""
    specs = _title_as_text(mentions, [_own_spec(m) for m in mentions])
    specs = _carry_groups(specs)
    specs = _carry_hedges(specs)
    return _drop_parts_of_totals(mentions, specs)


def _own_spec(mention: FigureMention) -> ClaimSpec | None:
    if mention.low is None:
        return None
    return ClaimSpec(mention.category, mention.low, mention.high, mention.qualifier,
                     group_key(mention.group), mention.group)


def _title_as_text(mentions: Sequence[FigureMention],
                   specs: list[ClaimSpec | None]) -> list[ClaimSpec | None]:
    in_text: dict[tuple[str, int, int | None], ClaimSpec] = {}
    for mention, spec in zip(mentions, specs, strict=True):
        if spec is not None and not mention.in_title:
            in_text.setdefault((spec.category, spec.low, spec.high), spec)
    return [in_text.get((s.category, s.low, s.high), s) if s is not None and m.in_title else s
            for m, s in zip(mentions, specs, strict=True)]


def _carry_groups(specs: list[ClaimSpec | None]) -> list[ClaimSpec | None]:
    named: dict[tuple[str, int, int | None], ClaimSpec] = {}
    for spec in specs:
        if spec is not None and spec.group_key:
            named.setdefault((spec.category, spec.low, spec.high), spec)
    return [named.get((s.category, s.low, s.high), s) if s is not None and not s.group_key
            else s for s in specs]


def _carry_hedges(specs: list[ClaimSpec | None]) -> list[ClaimSpec | None]:
    hedged: dict[str, ClaimSpec] = {}
    for spec in specs:
        if spec is not None and spec.qualifier != EXACT:
            hedged.setdefault(spec.figure_key, spec)
    return [hedged.get(s.figure_key, s) if s is not None and s.qualifier == EXACT else s
            for s in specs]


def _drop_parts_of_totals(mentions: Sequence[FigureMention],
                          specs: list[ClaimSpec | None]) -> list[ClaimSpec | None]:
    out = list(specs)
    for category in {s.category for s in specs if s is not None}:
        singles = [i for i, s in enumerate(specs) if s is not None and s.category == category
                   and _is_single(s) and not mentions[i].derived]
        totals = [s for s in specs if s is not None and s.category == category
                  and (s.high or s.low) >= 2]
        if not singles or not totals:
            continue
        for total in totals:
            fitting = [i for i in singles if _fits(mentions[i].group, total.group)]
            if fitting and len(fitting) <= (total.high or total.low):
                for i in fitting:
                    out[i] = None
                break
    return out


def _is_single(spec: ClaimSpec) -> bool:
    return spec.low == 1 and spec.high in (None, 1)


def _fits(single_group: str | None, total_group: str | None) -> bool:
    """A single victim's group fits a total's: none or anaphoric, or the same head noun."""
    single = group_key(single_group)
    if single in ANAPHORIC_GROUPS:
        return True
    total = group_key(total_group)
    return bool(total) and _head(single) == _head(total)


def _head(key: str) -> str:
    word = key.split()[-1] if key else ""
    return IRREGULAR_SINGULAR.get(word) or (word[:-1] if word.endswith("s") else word)


HEDGES = {"exact": "", "approximately": "about ", "at_least": "at least ",
          "more_than": "more than ", "nearly": "nearly ", "at_most": "at most ",
          "range": "", "vague": ""}


def figure_text(category: str, low: int | None, high: int | None, qualifier: str) -> str:
    """A figure as a journalist would quote it: "at least 140 killed", "about 6,000
    casualties", "300–999 killed (vague)"."""
    if low is None:
        return f"{category} (no figure)"
    span = f"{low:,}" if high in (None, low) else f"{low:,}–{high:,}"
    suffix = " (vague)" if qualifier == "vague" else ""
    return f"{HEDGES.get(qualifier, '')}{span} {category}{suffix}"
