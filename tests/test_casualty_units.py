"""Unit tests of the casualty extractor's parts: numbers, sentences, linking (own sentences)."""

from __future__ import annotations

import pytest

from pipelines.casualty.linking import link_sentence, make_clause
from pipelines.casualty.numbers import NumberPhrase, find_numbers
from pipelines.casualty.sentences import split_sentences
from pipelines.casualty.tokens import tokenize


def figures(text: str) -> list[tuple[int, int, str]]:
    return [(p.low, p.high, p.qualifier) for p in find_numbers(tokenize(text))]


# --- numbers ---------------------------------------------------------------------------------

NUMBER_FORMS: list[tuple[str, list[tuple[int, int, str]]]] = [
    ("6,000 people", [(6000, 6000, "exact")]),
    ("6.000 people", [(6000, 6000, "exact")]),
    ("1.5 million people", [(1_500_000, 1_500_000, "exact")]),
    ("2.3bn people", [(2_300_000_000, 2_300_000_000, "exact")]),
    ("250k soldiers", [(250_000, 250_000, "exact")]),
    ("two thousand people", [(2000, 2000, "exact")]),
    ("two-thousand people", [(2000, 2000, "exact")]),
    ("five-thousand-300 soldiers", [(5300, 5300, "exact")]),
    ("forty-two people", [(42, 42, "exact")]),
    ("half a million people", [(500_000, 500_000, "exact")]),
    ("a quarter of a million people", [(250_000, 250_000, "exact")]),
    ("a dozen people", [(12, 12, "exact")]),
    ("between 50 and 70 people", [(50, 70, "range")]),
    ("from 80,000 to a million people", [(80_000, 1_000_000, "range")]),
    ("2-3 million people", [(2_000_000, 3_000_000, "range")]),
    ("at least 12 people", [(12, 12, "at_least")]),
    ("as high as 70 people", [(70, 70, "at_most")]),
    ("hundreds of people", [(200, 999, "vague")]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_FORMS)
def test_number_forms(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert figures(text) == expected


NON_FIGURES: list[str] = [
    "a 6.3 magnitude quake",
    "a 23-year-old",
    "the 911 Emergency center",
    "at 11:45 p.m.",
    "killed 30,000 chickens",
    "died from two gunshot wounds",
    "in 1953",
]


@pytest.mark.parametrize("text", NON_FIGURES)
def test_non_figures(text: str) -> None:
    assert all(p.kind == "one" for p in find_numbers(tokenize(text))), figures(text)


def test_change_keeps_both_figures_apart() -> None:
    assert figures("the toll rose from 61 to 82") == [(61, 61, "exact"), (82, 82, "exact")]


def test_single_victims_without_numeral_are_phrases_of_one() -> None:
    phrases = find_numbers(tokenize("The attacker was shot dead."))
    assert phrases == [NumberPhrase(0, 0, 1, 1, 1, "exact", "one", "attacker")]


# --- sentences -------------------------------------------------------------------------------

SPLITS: list[tuple[str, list[str]]] = [
    ("Two died. Three were hurt.", ["Two died.", "Three were hurt."]),
    ("Mr. Smith said two died.", ["Mr. Smith said two died."]),
    ("Gunmen kill 9 in raid\n\nThe attack began at dawn.",
     ["Gunmen kill 9 in raid", "The attack began at dawn."]),
    ("It began at 9 a.m. Monday and ended.", ["It began at 9 a.m. Monday and ended."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_split(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


# --- linking ---------------------------------------------------------------------------------

LINKS: list[tuple[str, list[tuple[int, str, str]]]] = [
    ("6,000 casualties were reported.", [(6000, "casualties", "post")]),
    ("50 soldiers were killed.", [(50, "killed", "pred")]),
    ("The blast killed 7.", [(7, "killed", "active")]),
    ("The death toll rose to 61.", [(61, "killed", "toll")]),
    ("The blast killed 9, including three children.", [(9, "killed", "active"),
                                                        (3, "killed", "subset")]),
    ("Two men and three women were wounded.", [(2, "wounded", "pred"), (3, "wounded", "coord")]),
]


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_links(text: str, expected: list[tuple[int, str, str]]) -> None:
    tokens = tokenize(text)
    links = link_sentence(make_clause(text, tokens, find_numbers(tokens)))
    assert [(lk.phrase.low, lk.category, lk.rule) for lk in links] == expected


# --- the lexicon's derived tables agree with the trigger table -------------------------------


def _plain_trigger_words() -> list[str]:
    """The plain-word alternatives of the trigger table (lookaheads and groups left out)."""
    import re

    from pipelines.casualty.lexicon import _TRIGGER_TABLE

    out = []
    for pattern, _category, _roles in _TRIGGER_TABLE:
        flat = re.sub(r"\(\?[!=<][^()]*\)", "", pattern)
        while re.search(r"\([^()]*\)", flat):
            flat = re.sub(r"\([^()]*\)", "#", flat)
        out.extend(w for w in flat.split("|") if w.replace(" ", "").replace("'", "").isalpha())
    return out


def test_every_trigger_word_passes_the_prefilter() -> None:
    from pipelines.casualty.lexicon import ANY_TRIGGER, ANY_TRIGGER_LOWER

    words = _plain_trigger_words()
    assert len(words) > 60
    missed = [w for w in words if not (ANY_TRIGGER.search(w) and ANY_TRIGGER_LOWER.search(w))]
    assert not missed


def test_object_leads_pass_the_prefilter_and_tolls_name_categories() -> None:
    from pipelines.casualty.lexicon import ANY_TRIGGER, TOLL_CATEGORY, VICTIM_OBJECT_LEADS

    assert all(ANY_TRIGGER.search(w) for w in VICTIM_OBJECT_LEADS)
    assert {"killed", "wounded", "casualties", "missing", "captured"} >= set(
        TOLL_CATEGORY.values()
    )
