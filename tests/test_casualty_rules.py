"""Rule tests for pipelines.casualty, one group per rule (sentences written for these tests).

Each group fails without its rule; GUIDELINES.md "Settled cases" is the authority.
"""

from __future__ import annotations

import pytest

from pipelines.casualty import CasualtyMention, extract_mentions

Key = tuple[str, int, int]


def keys(text: str, title: str | None = None) -> set[Key]:
    return {
        (m.category, m.low, m.high)
        for m in extract_mentions(text, title=title)
        if m.low is not None
    }


def mentions(text: str) -> list[CasualtyMention]:
    return extract_mentions(text)


# --- coordination: each conjunct is its own mention, never their sum ------------------------

COORDINATION: list[tuple[str, set[Key]]] = [
    ("Two men and three women suffered gunshot wounds.", {("wounded", 2, 2), ("wounded", 3, 3)}),
    ("Three girls and a boy were injured by the blast.", {("wounded", 3, 3), ("wounded", 1, 1)}),
    ("Two soldiers and a medic were killed by the mine.", {("killed", 2, 2), ("killed", 1, 1)}),
    ("A father and his two sons drowned in the flood.", {("killed", 1, 1), ("killed", 2, 2)}),
    ("140 medics and 22 firefighters were killed in the strikes.",
     {("killed", 140, 140), ("killed", 22, 22)}),
    ("Witnesses said a nurse and her three children had died in the fire.",
     {("killed", 1, 1), ("killed", 3, 3)}),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATION)
def test_conjuncts_are_separate_mentions(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


def test_conjuncts_are_not_derived_and_keep_their_own_group() -> None:
    found = mentions("Four police officers and eight rebels were killed in the clash.")
    assert [(m.low, m.group, m.derived) for m in found] == [
        (4, "police officers", False), (8, "rebels", False)
    ]
