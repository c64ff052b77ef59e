"""The casualty mention record (GUIDELINES.md field names)."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Category, Qualifier

EXTRACTOR_VERSION = "casualty-20"


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    category: Category
    low: int | None
    high: int | None
    qualifier: Qualifier
    group: str | None
    attribution: str | None
    start: int  # offsets into the text given, of the number phrase (figure + hedge)
    end: int
    sentence: str  # the sentence the mention came from, as in the text
    sentence_start: int  # offset of that sentence in the text
    derived: bool = False
    in_title: bool = False  # from the article's title; start/end are offsets in the title

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "group": self.group,
            "attribution": self.attribution,
            "start": self.start,
            "end": self.end,
            "derived": self.derived,
            "in_title": self.in_title,
            "sentence": self.sentence,
        }
