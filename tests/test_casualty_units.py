"""Unit tests of the casualty extractor's parts: numbers, sentences, linking (own sentences)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import pytest

from pipelines.casualty import extract_mentions
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


# -- the trigger scan's guard (lexicon.TRIGGER_RE: "\b(?=[a-z])" before every alternative) ------
def _first_chars(pattern: Any) -> set[str] | None:
    """The characters a match of a parsed pattern can start with (zero-width assertions
    skipped); None where this cannot tell (e.g. it may match nothing)."""
    out: set[str] = set()
    for op, av in pattern:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return out | {chr(av)}
        if op is sre.IN:
            if any(o not in (sre.LITERAL, sre.RANGE) for o, _ in av):
                return None
            return out | {chr(c) for o, a in av
                          for c in ([a] if o is sre.LITERAL else range(a[0], a[1] + 1))}
        if op is sre.BRANCH:
            branches = [_first_chars(b) for b in av[1]]
            return None if any(b is None for b in branches) else out.union(*branches)
        if op is sre.SUBPATTERN:
            inner = _first_chars(av[-1])
            return None if inner is None else out | inner
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = _first_chars(av[2])
            if inner is None:
                return None
            out |= inner
            if av[0] > 0:
                return out
            continue
        return None
    return None


def test_every_trigger_starts_with_a_lower_case_letter() -> None:
    """TRIGGER_RE skips every position but a word start before a lower-case letter, so each
    trigger pattern must start with one, after a word boundary (it runs on lower-cased
    text)."""
    from pipelines.casualty.lexicon import _TRIGGER_TABLE
    for pattern, _category, _roles in _TRIGGER_TABLE:
        first = _first_chars(sre_parse.parse(pattern))
        assert first is not None and first <= set("abcdefghijklmnopqrstuvwxyz"), pattern
    assert _first_chars(sre_parse.parse("(?<!x )dead")) == {"d"}
    assert _first_chars(sre_parse.parse("\\d+ killed")) is None


def test_the_guarded_trigger_scan_finds_what_the_bare_alternation_does() -> None:
    from pipelines.casualty.lexicon import TRIGGER_RE
    bare = re.compile(TRIGGER_RE.pattern.removeprefix(r"\b(?=[a-z])(?:").removesuffix(")"))
    text = ("three soldiers were killed, 12 wounded and 4 missing; two were taken prisoner. "
            "the dead included a child; 300 injured, one hostage freed, 5 captured, "
            "7 bodies found, he died in hospital. éé killed-in-action, 1killed _dead")
    assert [(m.span(), m.lastgroup) for m in TRIGGER_RE.finditer(text)] == [
        (m.span(), m.lastgroup) for m in bare.finditer(text)]


def test_first_letter_guards_keep_every_trigger_match() -> None:
    """TRIGGER_RE guards each alternative with its possible first letters; the matches, and
    which alternative makes them, are those of the unguarded alternation."""
    import re

    from pipelines.casualty.lexicon import _TRIGGER_TABLE, TRIGGER_RE, _first_chars

    plain = re.compile(r"\b(?=[a-z])(?:" + "|".join(
        f"(?P<t{i}>\\b(?:{pat})\\b)" for i, (pat, _c, _r) in enumerate(_TRIGGER_TABLE)) + ")")
    text = " ".join(_plain_trigger_words()).lower() + (
        " the death toll rose to 40 as 12 were killed, 30 injured and two others went missing;"
        " rebels seized 14 hostages, later released. he was shot dead and buried in a grave.")
    assert [(m.span(), m.lastgroup) for m in TRIGGER_RE.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert _first_chars(r"\b(?:kill(?:ed|s)|slain)") == frozenset("ks")
    assert _first_chars(r"(?:a )?dead") == frozenset("ad")
    assert _first_chars(r"\w+ killed") is None  # a class: unknown, no guard
    assert _first_chars(r"(?:x)?") is None  # may match empty: no guard


def test_every_figure_start_passes_the_cheap_test() -> None:
    """`find_numbers` tries `_figure_at` only where `_may_start_figure` allows: every word a
    figure of NUMBER_FORMS (and a few more) starts with must pass it."""
    from pipelines.casualty.numbers import _figure_at, _may_start_figure

    texts = [text for text, _ in NUMBER_FORMS] + [
        "a dozen men, half a dozen, a quarter of a million, a couple of boys, dozens of people",
        "scores were hurt, several hundred, tens of thousands, 100s killed, twenty-three dead",
        "four-thousand-100 troops, a thousand-for-thousand swap, 27-hundred wounded, zero",
    ]
    for text in texts:
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if _figure_at(tokens, i) is not None:
                assert _may_start_figure(tok), (text, tok.text)


def test_single_victim_rule_tables_keep_the_rule_order_and_scope() -> None:
    """`_implicit_one_at` tries, for a word, only the rules that may start there, in
    `ONE_RULES` order; headline-only rules never run outside a headline."""
    from pipelines.casualty.numbers import ONE_RULES, _one_tables

    for headline in (False, True):
        table, rest = _one_tables(headline)
        assert all(r.words is None for r in rest)
        for word, rules in table.items():
            assert list(rules) == sorted(rules, key=ONE_RULES.index)
            assert all(r.words is None or word in r.words for r in rules)
            assert headline or not any(r.headline_only for r in rules)
    assert "man" in _one_tables(True)[0] and "man" not in _one_tables(False)[0]
    assert [m.low for m in extract_mentions("x", title="Man killed in crash")] == [1]
    assert extract_mentions("He said Man killed was a film.") == []


def test_first_letter_scan_finds_what_the_trigger_alternation_finds() -> None:
    """The prefilter's scan (one branch per first letter, `first_letter_scan`) matches on
    lower-cased text exactly where, and as far as, the case-blind `\\b(?:...)` original does:
    every trigger word, words glued to digits, underscores, apostrophes and accents."""
    from pipelines.casualty.lexicon import ANY_TRIGGER, ANY_TRIGGER_LOWER, first_letter_scan

    text = " ".join(_plain_trigger_words()) + (
        " The Death Toll rose; 12 were KILLED, 3 were hurt and two came home, others came"
        " home. Rebels blew themselves up; he blew himself up. 4killed _dead killed_ l'injured"
        " d’wounded café-killed naïve-dead critical condition, were hit, lost their lives."
        " Allowed them to go home; brought the prisoners home; the hostages' release."
    )
    low = text.lower()
    assert [m.span() for m in ANY_TRIGGER_LOWER.finditer(low)] == [
        m.span() for m in ANY_TRIGGER.finditer(text)]
    scan = first_letter_scan(r"\b(?:kill|k[ai]dnap|(?:blew|blow) up|c[ao]me home)")
    assert scan.pattern.startswith("k(?<!")
    assert [m.group() for m in scan.finditer("skill kill kidnap kadnap blow up came home")] == [
        "kill", "kidnap", "kadnap", "blow up", "came home"]


def test_trigger_starts_are_the_trigger_scans_starts() -> None:
    """`trigger_starts` (a scan from spaces and one from marks) gives the starts of
    ANY_TRIGGER_LOWER's matches, plus at most a word start inside one of them after a mark."""
    from pipelines.casualty.lexicon import ANY_TRIGGER_LOWER, trigger_starts

    text = (" ".join(_plain_trigger_words()) + (
        "\nKilled: 12 (dead) \"wounded\" [injured] —missing, 4killed _dead killed_ l'injured"
        " café-killed\tdead\u00a0hurt. lost their lives; the lives of many; blew himself up."
        " they were machine-gunned and died.")).lower()
    scan = [m.start() for m in ANY_TRIGGER_LOWER.finditer(text)]
    spans = [m.span() for m in ANY_TRIGGER_LOWER.finditer(text)]
    got = trigger_starts(text)
    assert set(scan) <= set(got)
    extra = set(got) - set(scan)
    assert all(any(a < k < b for a, b in spans) for k in extra)
    assert text.rindex("gunned") in extra  # a word after the hyphen inside "machine-gunned"
    assert trigger_starts("killed") == [0] and trigger_starts("skilled workers") == []
