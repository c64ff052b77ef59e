"""Which claim each mention of one article belongs to (storage.figures), on the extractor's
own output for short texts, and how a figure reads ("at least 140 killed")."""

from __future__ import annotations

import pytest

from pipelines.casualty import extract_mentions
from storage.figures import claim_specs, figure_text


def claims_of(text: str) -> list[tuple[str, int, str, str] | None]:
    specs = claim_specs(extract_mentions(text))
    return [(s.category, s.low, s.qualifier, s.group_key) if s else None for s in specs]


CASES = [
    ("a groupless restatement joins the grouped figure",
     "Around 6,000 North Korean soldiers have been killed or wounded in Kursk, Seoul's spy "
     "agency said. Despite 6,000 casualties, the North Korean military keeps sending troops.",
     [("casualties", 6000, "approximately", "north korean soldiers")] * 2),
    ("an exact restatement keeps the hedge of the first statement",
     "At least 140 soldiers were killed in the attack, officials said. The 140 soldiers killed "
     "were buried on Friday.",
     [("killed", 140, "at_least", "soldiers")] * 2),
    ("single victims counted in a stated total are no claims",
     "One man was pronounced dead at the scene and a second died later in hospital. Police "
     "said two men were killed.",
     [None, None, ("killed", 2, "exact", "men")]),
    ("a single victim of another group stays a claim",
     "Two soldiers were killed on Monday. On Tuesday one civilian was killed in the town.",
     [("killed", 2, "exact", "soldiers"), ("killed", 1, "exact", "civilians")]),
    ("more singles than the total are not parts of it",
     "One man was killed on Monday. One woman was killed on Tuesday. One child was killed on "
     "Wednesday. Police said two people were killed in the first attack.",
     [("killed", 1, "exact", "man"), ("killed", 1, "exact", "woman"),
      ("killed", 1, "exact", "child"), ("killed", 2, "exact", "people")]),
    ("different hedges in different sentences of different groups stay apart",
     "At least 100 soldiers were killed. About 100 civilians were killed.",
     [("killed", 100, "at_least", "soldiers"), ("killed", 100, "approximately", "civilians")]),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_claims_within_one_article(why: str, text: str, expected: list[object]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(("args", "text"), [
    (("killed", 140, 140, "at_least"), "at least 140 killed"),
    (("wounded", 310, 310, "approximately"), "about 310 wounded"),
    (("casualties", 6000, None, "exact"), "6,000 casualties"),
    (("casualties", 3000, 3000, "more_than"), "more than 3,000 casualties"),
    (("killed", 90, 120, "range"), "90–120 killed"),
    (("casualties", 300, 999, "vague"), "300–999 casualties (vague)"),
    (("missing", None, None, "exact"), "missing (no figure)"),
])
def test_figure_text_keeps_the_hedge(args: tuple[str, int | None, int | None, str],
                                     text: str) -> None:
    assert figure_text(*args) == text
