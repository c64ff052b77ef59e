"""Number phrases in a tokenised sentence: figures, hedges, ranges, vague words.

A number phrase is a figure (digits, words, a vague quantity, or an implicit
"a soldier" = 1) plus the hedge words around it. Numbers that are ages, dates,
years, times, money, proportions, labels or counts of things are dropped here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeAlias

from .lexicon import (
    ACT_NOUNS_OF,
    AGE_WORDS,
    AGED_THINGS,
    ANY_TRIGGER,
    ANY_TRIGGER_LOWER,
    ARMED_MODIFIERS,
    ARMED_SITES,
    AUXILIARIES,
    CAPTION_LABELS,
    CAPTIVE_NOUNS,
    CAPTIVE_PARTICIPLES,
    CHANGE_BEFORE_FROM,
    CHANGE_REACH,
    CULPABILITY_WORDS,
    DAMAGE_AFTER,
    DAMAGE_BEFORE,
    DEMONYM_PLURALS,
    FUNCTION_WORDS,
    HEADLINE_CAPTIVE_NEXT,
    HEADLINE_CAPTIVES,
    HEADLINE_THING_NOUNS,
    HEDGE_MAX_LEN,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    INJURY_ADJECTIVES,
    INJURY_NOUNS,
    INJURY_SUFFERED,
    LABEL_WORDS,
    MONEY_SIGNS,
    MONTHS,
    NAME_MARKERS,
    NAME_OBJECT_PREPOSITIONS,
    NAME_PARTICLES,
    NAME_PREFIXED,
    NAME_TITLES,
    NOT_NAME_ENDINGS,
    NOT_PLURAL_ENDINGS,
    OLD_SCALES,
    ORGANISATION_HEADS,
    OVER_PARTICLE_VERBS,
    PAIR_NOUNS,
    PARENT_NOUNS,
    PARTICIPLE_FOLLOW,
    PERSON_NOUNS,
    PLURAL_ROUND_FIGURES,
    POSSESSED_ACT_FOLLOW,
    POSSESSED_ACTS,
    RANGE_JOINERS,
    RANK_NOUNS,
    RANK_PREFIXES,
    RATE_ESTIMATE_WORDS,
    REPORT_VERBS,
    SCALE_SUFFIXES,
    SCALES,
    SINGULAR_PERSON_NOUNS,
    STREET_SUFFIXES,
    SUBORDINATORS,
    SUBSET_MARKERS,
    TENS,
    THING_PLURALS,
    TICKER_NAME_WORDS,
    UNIT_NOUNS,
    UNITS,
    UPPER_NAME_PARTICLES,
    VAGUE,
    VAGUE_NEEDS_OF,
    VICTIM_OBJECT_LEADS,
    VIOLENT_EVENTS,
    WARRING_NATIONS,
    WEEKDAYS,
    WIRE_COMMON_WORDS,
    Qualifier,
    words,
)
from .tokens import Token, glued

Kind = Literal["digits", "words", "vague", "one"]

EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+$")
SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+$")
SHORT_SCALES = frozenset({"m", "mn", "mln", "bn", "b", "k"})
# verbs taking a "that" clause: "that one ..." after them is a complementiser and a figure
THAT_VERBS = frozenset({"indicate", "indicates", "show", "shows", "know", "knows", "learn",
                        "learns", "fear", "fears", "note", "notes", "assert", "asserts",
                        "reveal", "reveals", "admit", "admits", "deny", "denies", "insist",
                        "insists", "charge", "charges", "allege", "alleges", "hope", "think",
                        # "..., adding that one person was injured": a reporting participle
                        "adding", "saying", "noting", "stating", "reporting", "confirming",
                        "claiming", "announcing", "explaining", "indicating", "warning"})
NOT_ONE_LEADS = frozenset(
    {"no", "not", "any", "every", "each", "the", "this", "that", "which", "only", "someone",
     "loved"}  # "a loved one missing in action": a relative, no count
)
AGE_FOLLOW = frozenset({",", ")", ".", "and", "of", ";"})
YEAR_FOLLOW_PEOPLE = frozenset(
    {"dead", "killed", "died", "deaths", "casualties", "injured", "wounded"}
)
NOT_CALL_SIGNS = words(
    "kill kept knew know west what when with were will wife week word work went wide wild "
    "well wore"
)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
ARTICLES = frozenset({"a", "an", "another"})
ORDINALS = words(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth 2nd 3rd 4th 5th"
)
DEFINITE = frozenset({"the"})
# a described victim after "including" / "among them": "including their commander"
SUBSET_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
# lower-case words before a title and a name in a subset: "including senior Military Officer X"
TITLE_MODIFIERS = frozenset({"senior", "top", "former", "deputy", "chief", "prominent",
                             "veteran", "local", "regional", "police", "army", "military",
                             "militia", "rebel", "security", "district", "provincial"})
# Words a lower-case single victim may start at (`_implicit_one_at`), and the words before a
# listed one ("including colleague X", "among them ...", ", trade minister X")
ONE_STARTERS = frozenset({"a", "an", "another", "both", "the"})
LIST_LEADS = frozenset({"including", "includes", "included", "include", "them", "whom", ",",
                        "and"})
SUBJECT_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_DETS = frozenset({"his", "her", "their", "its"})
WOUND_COUNT_LEADS = words("from with")
WOUND_KINDS = words("gunshot stab knife bullet shrapnel multiple several serious severe head")
# Wound kinds that only ever name wounds: "three gunshot wounds" counts wounds whatever precedes.
WEAPON_WOUND_KINDS = words("gunshot stab knife bullet shrapnel puncture")
# Verbs whose object "N wounds" counts one person's wounds: "suffered three wounds".
WOUND_HAVING_VERBS = words(
    "suffered suffering suffers sustained sustaining sustains received receiving had has"
)
VICTIM_AUXILIARIES = words("was has had is")
DEATH_VERBS = words("died perished drowned succumbed dies")
DEATH_ADVERBS = words("later then subsequently eventually also")
# Casualty words that describe one person as an adjective or participle: "the dead man",
# "her brother, captured near the border"
VICTIM_ADJECTIVES = words(
    """dead killed slain murdered wounded injured captured abducted kidnapped missing deceased
    executed fallen"""
)  # "fallen" is a trigger only before a serviceman's noun ("a fallen soldier", not "a fallen
# leader"): see lexicon's "fallen" pattern
PARTITIVE_OF = words("the them whom those these his her their its our")
# Words that are no part of a name in upper-case wire copy (see `_upper_name_word`).
NOT_NAME_WORDS = (
    FUNCTION_WORDS | ARTICLES | MONTHS | WEEKDAYS | PERSON_NOUNS | UNIT_NOUNS | LABEL_WORDS
    | REPORT_VERBS | WIRE_COMMON_WORDS | NAME_TITLES | AUXILIARIES | VICTIM_OBJECT_LEADS
    | ACT_NOUNS_OF | ORDINALS | SUBORDINATORS | UPPER_NAME_PARTICLES | frozenset(UNITS)
    | frozenset(TENS) | frozenset(SCALES)
)
UPPER_NAME_MAX = 4
# Person nouns that are no plural head after a singular one ("the victim's family" aside).
PLURAL_NOT_HEADS = SINGULAR_PERSON_NOUNS | words("family elderly staff crew personnel")
# "North Korean", "Ukrainian": a nation's adjective ends no person's name (casualty-20)
DEMONYM_ADJECTIVES = frozenset(
    w[:-1] if w.endswith("s") else w for w in DEMONYM_PLURALS
) - {"french"}
# Things a person noun may modify: "a terrorist attack", "a rebel organization".
PERSON_MODIFIED_THINGS = words(
    """attack attacks organization organizations group groups cell cells movement
    network offensive activity activities action actions violence campaign operation
    operations threat threats camp camps base bases squad squads column columns faction
    factions band bands ambush raid bombing bomb bombs plot crew crews team teams unit units
    swap swaps exchange exchanges deal deals talks negotiations crisis transfer transfers"""
)  # casualty-20: "a prisoner swap", "a hostage deal" name no captive
# casualty-19: person nouns that are also adjectives of an injury ("a minor head injury").
ADJECTIVE_PERSON_NOUNS = frozenset({"minor"})
YEAR = re.compile(r"(?:1[89]|20)\d\d$")
MAX_AGE = 115


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    first: int  # token index where the phrase starts (hedge included)
    core: int  # token index of the figure itself
    last: int  # token index of the phrase's last token
    low: int
    high: int
    qualifier: Qualifier
    kind: Kind
    head: str | None = None  # for implicit ones: the noun naming the person


def find_numbers(tokens: list[Token], names: frozenset[str] = frozenset()) -> list[NumberPhrase]:
    """All figure phrases in a sentence, in order, with non-figures removed. `names` are
    words of people's names given with a rank or title earlier in the text ("Staff Sgt. Seo
    Jeong-u"): one of them alone may name a single victim ("Seo died ...")."""
    out: list[NumberPhrase] = []
    i = 0
    while i < len(tokens):
        found = _figure_at(tokens, i) if _may_start_figure(tokens[i]) else None
        if found is None:
            i += 1
            continue
        low, high, end, kind = found
        if not _is_non_figure(tokens, i, end, low):
            out.append(_with_hedges(tokens, i, end, low, high, kind))
        i = end
    return _add_implicit_ones(tokens, _bracketed_upper(tokens, _all_but(tokens, out)), names)


BRACKET_HEDGES = frozenset({"possibly", "perhaps", "maybe", "probably", "or"})


def _bracketed_upper(tokens: list[Token], found: list[NumberPhrase]) -> list[NumberPhrase]:
    """ "one (possibly two) were unaccounted for", "40 (perhaps 60) were seized": a bracketed
    higher alternative makes one range, low..high."""
    out: list[NumberPhrase] = []
    for phrase in found:
        prev = out[-1] if out else None
        # the hedge word may be the phrase's own ("perhaps four" is approximately 4)
        lead = phrase.core - 1 if prev is not None and phrase.first < phrase.core else -1
        if prev is not None and phrase.core == prev.last + 3 and (
            tokens[prev.last + 1].text == "(" and tokens[prev.last + 2].low in BRACKET_HEDGES
        ) and phrase.first in (lead, phrase.core) and phrase.last + 1 < len(tokens) and (
            tokens[phrase.last + 1].text == ")"
        ) and (
            prev.qualifier == "exact"
            and prev.low == prev.high and phrase.low == phrase.high and phrase.low > prev.low
        ):
            out[-1] = NumberPhrase(prev.first, prev.core, phrase.last + 1, prev.low, phrase.high,
                                   "range", prev.kind)
            continue
        out.append(phrase)
    return out


def _all_but(tokens: list[Token], found: list[NumberPhrase]) -> list[NumberPhrase]:
    """ "All but one of the sixteen on board died": one figure, sixteen less one."""
    out: list[NumberPhrase] = []
    for phrase in found:
        prev = out[-1] if out else None
        lead = [t.low for t in tokens[max(prev.first - 2, 0) : prev.first]] if prev else []
        gap = [t.low for t in tokens[prev.last + 1 : phrase.first]] if prev else []
        if prev and lead == ["all", "but"] and gap in (["of"], ["of", "the"]) and (
            phrase.low == phrase.high and prev.low == prev.high and prev.low < phrase.low
        ):
            rest = phrase.low - prev.low
            out[-1] = NumberPhrase(prev.first - 2, phrase.core, phrase.last, rest, rest,
                                   "exact", phrase.kind)
            continue
        out.append(phrase)
    # "all but three raiders were killed" with no whole stated: no figure of the killed
    return [p for p in out if [t.low for t in tokens[max(p.first - 2, 0) : p.first]] != [
        "all", "but"
    ]]


# --- figures ---------------------------------------------------------------------


def _may_start_figure(tok: Token) -> bool:
    """A cheap test before `_figure_at`: a figure starts with a digit or a number, vague,
    scale or fraction word (also hyphenated: "twenty-three", "four-thousand")."""
    return tok.text[:1].isdigit() or tok.low.split("-", 1)[0] in FIGURE_START_WORDS


def _figure_at(tokens: list[Token], i: int) -> tuple[int, int, int, Kind] | None:
    """(low, high, end index, kind) of a figure or range starting at token i."""
    vague = _vague_at(tokens, i) or _plural_round_figure(tokens, i)
    if vague is not None:
        return vague[0], vague[1], vague[2], "vague"
    first = _single_at(tokens, i)
    if first is None:
        return None
    value, end, kind = first
    low, high, end, kind = _extend_range(tokens, i, value, end, kind)
    return int(round(low)), int(round(high)), end, kind


def _extend_range(
    tokens: list[Token], i: int, value: float, end: int, kind: Kind
) -> tuple[float, float, int, Kind]:
    between = i > 0 and tokens[i - 1].low == "between"
    joiner = tokens[end].low if end < len(tokens) else ""
    if not (joiner in RANGE_JOINERS or (between and joiner == "and")):
        return value, value, end, kind
    second = _single_at(tokens, end + 1)
    if second is None:
        return value, value, end, kind
    high, end2, _ = second
    if YEAR.match(tokens[i].text) and not YEAR.match(tokens[end + 1].text):
        return value, value, end, kind  # "since February 2022 to 612,000"
    low = value
    if low < high and _scale_of(tokens, end2) and low * _scale_of(tokens, end2) <= high:
        low *= _scale_of(tokens, end2)  # "2-3 million"
    if low >= high or _change_from(tokens, i):
        return value, value, end, kind
    return low, high, end2, kind


def _change_from(tokens: list[Token], i: int) -> bool:
    """ "rose from 61 to 82": two figures, not a range ("ranging from 120 to 150" is one)."""
    if i < 2 or tokens[i - 1].low != "from":
        return False
    for tok in reversed(tokens[max(i - 2 - CHANGE_REACH, 0) : i - 1]):
        if tok.low in CHANGE_BEFORE_FROM:
            return True
        if not tok.is_word:
            return False
    return False


def _scale_of(tokens: list[Token], end: int) -> int:
    """The scale word that ended a figure (1 if none): "3 million" -> 1e6."""
    prev = tokens[end - 1].low
    return SCALE_SUFFIXES.get(prev, 1) if end - 1 >= 0 and not prev[0].isdigit() else 1


def _single_at(tokens: list[Token], i: int) -> tuple[float, int, Kind] | None:
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok.is_digit:
        return _digits_at(tokens, i)
    words = _words_at(tokens, i)
    return (words[0], words[1], "words") if words else None


def _digits_at(tokens: list[Token], i: int) -> tuple[float, int, Kind] | None:
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.text == "-" and i + 2 < len(tokens) and (
        tokens[i + 2].low in SCALES and glued(tok, nxt) and glued(nxt, tokens[i + 2])
    ):  # broadcast style "27-hundred", "15-thousand": the hyphen joins digits and scale
        value = _digit_value(tok.text, True)
        if value is None:
            return None
        value, end = value * SCALES[tokens[i + 2].low], i + 3
        if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].is_digit and (
            glued(tokens[end - 1], tokens[end]) and glued(tokens[end], tokens[end + 1])
        ):  # "12-thousand-500"
            value, end = value + float(tokens[end + 1].text.replace(",", "")), end + 2
        return value, end, "digits"
    scale_word = nxt.low if nxt else ""
    scaled = nxt is not None and (
        scale_word in SCALES
        or (scale_word in OLD_SCALES and not glued(tok, nxt))
        or scale_word == "dozen"
        or (scale_word in SHORT_SCALES and glued(tok, nxt))
    )
    if nxt is not None and not scaled and glued(tok, nxt) and nxt.is_word:
        return None  # 9mm, 3rd, 20s, 5km
    value = _digit_value(tok.text, scaled)
    if value is None:
        return None
    if not scaled:
        return value, i + 1, "digits"
    factor = 12 if scale_word == "dozen" else SCALE_SUFFIXES[scale_word]
    return value * factor, i + 2, "digits"


def _digit_value(text: str, scaled: bool) -> float | None:
    if EUROPEAN.match(text) and not (scaled and text.count(".") == 1):
        return float(text.replace(".", ""))
    if SPACED.match(text):
        return float(re.sub(r"\D", "", text))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _word_value(word: str) -> int | None:
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


def _words_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Value and end index of a spelt-out number: "two thousand", "a dozen", "twenty-three",
    "two-thousand", "five-thousand-300", "half a million", "a quarter of a million"."""
    lead = _fraction_of_scale(tokens, i) or _article_number(tokens, i)
    if lead is not None:
        return lead
    hyphenated = _hyphenated_value(tokens, i)
    if hyphenated is not None:
        return hyphenated
    total, current, j, seen = 0, 0, i, False
    while j < len(tokens):
        w = tokens[j].low
        value = _word_value(w)
        tail = current % 100
        if value is not None and (not seen or tail == 0 or (tail >= 20 and value < 10)):
            current += value
        elif w == "hundred" and seen:
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion") and seen:
            total, current = total + max(current, 1) * SCALES[w], 0
        elif w in OLD_SCALES and seen and current:
            total, current = total + current * OLD_SCALES[w], 0  # "two millions"
        elif w == "dozen" and seen:
            current = max(current, 1) * 12
        elif w == "and" and seen and j + 1 < len(tokens) and _word_value(tokens[j + 1].low):
            if tokens[j - 1].low not in SCALES:
                break
        else:
            break
        seen = True
        j += 1
    return (total + current, j) if seen else None


FRACTIONS = {"half": 0.5, "quarter": 0.25}


def _fraction_of_scale(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "half a million" 500000, "a quarter of a million" 250000, "half a dozen" 6."""
    words = [t.low for t in tokens[i : i + 5]]
    j = 1 if words[:1] in (["a"], ["an"]) else 0
    if len(words) < j + 3 or words[j] not in FRACTIONS:
        return None
    k = j + 1 + (words[j + 1] == "of")
    if words[k : k + 1] not in (["a"], ["an"]) or k + 1 >= len(words):
        return None
    scale = 12 if words[k + 1] == "dozen" else SCALES.get(words[k + 1])
    return (int(FRACTIONS[words[j]] * scale), i + k + 2) if scale else None


def _hyphenated_value(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "two-thousand", "five-thousand-300" (the digits may be a separate token)."""
    tok = tokens[i]
    parts = tok.low.split("-")
    if len(parts) == 3 and parts[1] == "for" and parts[0] == parts[2]:
        parts = parts[:1]  # "a thousand-for-thousand exchange": each side's figure
        value = _word_value(parts[0]) or SCALES.get(parts[0])
        return (value, i + 1) if value else None
    if len(parts) < 2 or not any(p in SCALES for p in parts):
        return None
    end = i + 1
    if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].is_digit and (
        glued(tok, tokens[end])
    ):
        parts.append(tokens[end + 1].text)
        end += 2
    total, current = 0, 0
    for part in parts:
        value = int(part) if part.isdigit() else _word_value(part)
        if value is not None:
            current += value
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part in SCALES:
            total, current = total + max(current, 1) * SCALES[part], 0
        else:
            return None
    return total + current, end


def _article_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "a dozen" 12, "a hundred" 100, "a couple (of)" 2, "a pair of" 2, "a couple (of)
    hundred" 200, "a couple thousand" 2000."""
    if tokens[i].low not in ("a", "an") or i + 1 >= len(tokens):
        return None
    w = tokens[i + 1].low
    if w == "dozen":
        return 12, i + 2
    if w in SCALES:
        return SCALES[w], i + 2
    if w in ("couple", "pair"):
        has_of = i + 2 < len(tokens) and tokens[i + 2].low == "of"
        end = i + (3 if has_of else 2)
        if w == "couple":  # "a couple (of) hundred" 200, "a couple thousand" 2000 (fixp)
            value = 2
            while end < len(tokens) and (tokens[end].low in SCALES or tokens[end].low == "dozen"):
                value *= 12 if tokens[end].low == "dozen" else SCALES[tokens[end].low]
                end += 1
            if value > 2:
                return value, end
        return 2, end
    k = _modified_couple(tokens, i + 1)
    return (2, k + 1) if k > 0 else None


def _modified_couple(tokens: list[Token], j: int, bare: bool = False) -> int:
    """Index of "couple" after one or two modifiers at j ("a Chinese couple", "the elderly
    couple", "the South Korean couple"), not before "of" or a possessive ("an elderly
    couple's house"), or -1 (casualty-20, fixq; GUIDELINES: a couple is 2). `bare`: none
    needed ("the couple")."""
    for k in range(j, min(j + 3, len(tokens))):
        tok = tokens[k]
        if tok.low == "couple" and (k > j or bare):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and (nxt.low == "of" or nxt.text in ("'", "’") or nxt.low in (
                "'s", "’s"
            )):
                return -1
            return k
        if not tok.is_word or tok.low in FUNCTION_WORDS or _word_value(tok.low) is not None or (
            tok.low in VAGUE_BY_FIRST
        ):
            return -1
    return -1


VAGUE_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[int, int]]]] = {}
for _key, _value in VAGUE.items():
    VAGUE_BY_FIRST.setdefault(_key[0], []).append((_key, _value))
# the words a spelt-out figure can start with (see `_may_start_figure`)
FIGURE_START_WORDS = (
    frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(OLD_SCALES)
    | frozenset(VAGUE_BY_FIRST) | frozenset(FRACTIONS) | {"a", "an", "dozen", "dozens"}
)


SCORES_PEOPLE_NEXT = words(
    "of were more died others other killed dead injured wounded hurt missing"
)


def _vague_at(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    for key, (low, high) in VAGUE_BY_FIRST.get(tokens[i].low, ()):
        end = i + len(key)
        if end > len(tokens) or tuple(t.low for t in tokens[i:end]) != key:
            continue
        nxt = tokens[end].low if end < len(tokens) else ""
        if key[-1] in VAGUE_NEEDS_OF and nxt not in SCORES_PEOPLE_NEXT:
            return None  # "scores of people", "scores were wounded", not "test scores"
        if nxt in SCALES or nxt in UNIT_NOUNS or nxt == "dozen":
            return None
        if nxt == "of" and key[-1] != "few":
            end += 1  # "dozens of", "hundreds of"
        return low, high, end
    return None


def _plural_round_figure(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """ "100s Killed in Floods", "1000s of people": a round figure written in digits with a
    glued plural "s" is the vague word (hundreds, thousands); not "the 1900s"."""
    span = PLURAL_ROUND_FIGURES.get(tokens[i].text)
    if span is None or i + 1 >= len(tokens) or tokens[i + 1].text != "s" or not (
        glued(tokens[i], tokens[i + 1])
    ) or i > 0 and tokens[i - 1].low in ("the", "mid", "early", "late"):
        return None
    end = i + 2
    if end < len(tokens) and tokens[end].low == "of":
        end += 1  # "100s of people"
    return span[0], span[1], end


# --- non-figures -------------------------------------------------------------------


STRENGTH_NOUNS = words("force forces contingent deployment garrison army corps")


def _force_strength(tokens: list[Token], i: int) -> bool:
    """ "staggering casualties for a force of 11,000": a force's strength counts no victims."""
    return i >= 3 and tokens[i - 1].low == "of" and tokens[i - 2].low in STRENGTH_NOUNS and (
        tokens[i - 3].low in ("a", "an", "the", "its", "their", "his", "whole", "entire")
    )


def _is_non_figure(tokens: list[Token], i: int, end: int, low: int) -> bool:
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[end] if end < len(tokens) else None
    checks = (
        _is_unit_count(tokens, end, i),
        _is_label(prev, tokens[i]) and not _time_span_end(tokens, i)
        and not _list_dash(tokens, i),
        _vessel_name(tokens, i),
        _is_money(tokens, i, end),
        _is_damage_amount(tokens, i, end),
        _is_age(tokens, i, end, low),
        _is_year(tokens, i, end, low),
        _is_date_or_time(tokens, i, end),
        _is_proportion(tokens, i, end),
        _is_address(tokens, end),
        tokens[i].low == "one" and prev is not None and prev.low in NOT_ONE_LEADS
        and not (prev.low == "only" and (i < 2 or tokens[i - 2].low != "the"))  # "only one"
        and not (prev.low == "that" and nxt is not None and nxt.low == "of")  # "that one of"
        # "Police reported that one guard was killed": a complementiser, no demonstrative
        and not (prev.low == "that" and i >= 2 and (
            tokens[i - 2].low in REPORT_VERBS or tokens[i - 2].low in THAT_VERBS
            # wire copy: "SPOKESMEN ASSERTED THAT ONE GUERRILLA WAS KILLED"
            or (tokens[i - 2].low.endswith("ed") and tokens[i - 2].low not in ("killed",))
        )),
        _is_name_label(tokens, i, end),
        _counts_wounds(tokens, i, end),
        _counts_children(tokens, i, end),
        _bare_decimal(tokens, i, end),
        nxt is not None and tokens[i].low == "one" and (
            nxt.low == "another" or (nxt.low == "other" and not _names_person(tokens, end + 1)
                                     and not _fate_adjective_person(tokens, end + 1))
        ),  # "one another", "one or the other"; not "one other (missing) person"
        _one_of_the_most(tokens, i, end),
        _force_strength(tokens, i),
        _all_except(tokens, i),
        _one_of_owners(tokens, i, end),
        _people_between_ages(tokens, i, end, low),
    )
    return any(checks)


def _people_between_ages(tokens: list[Token], i: int, end: int, low: int) -> bool:
    """casualty-20 (fixn): "220,000 men between 18 and 55 were killed": a range of ages
    right after a plural person noun describes the people, it counts nobody (not "between 18
    and 55 people", whose noun follows the range)."""
    if i < 2 or tokens[i - 1].low != "between" or low > MAX_AGE or end - i < 3:
        return False
    noun = tokens[i - 2].low
    if noun not in PERSON_NOUNS or noun in SINGULAR_PERSON_NOUNS:
        return False
    top = tokens[end - 1]
    return top.is_digit and int(top.text.replace(",", "")) <= MAX_AGE and not (
        end < len(tokens) and tokens[end].low in PERSON_NOUNS
    )


def _one_of_owners(tokens: list[Token], i: int, end: int) -> bool:
    """ "above one of the prisoners' beds": "one of" a plural possessive names a thing the
    people own, no person; "Photo: one of the soldiers in captivity" points at the person
    pictured (a caption), it counts nobody."""
    if tokens[i].low != "one" or end >= len(tokens) or tokens[end].low != "of":
        return False
    if i >= 2 and tokens[i - 1].text == ":" and tokens[i - 2].low in CAPTION_LABELS:
        return True
    for k in range(end + 1, min(end + 6, len(tokens) - 1)):
        if tokens[k].text in ("'", "’") and tokens[k - 1].low.endswith("s") and (
            tokens[k + 1].is_word and not glued(tokens[k], tokens[k + 1])
        ):
            return True
        if not tokens[k].is_word:
            return False
    return False


def _all_except(tokens: list[Token], i: int) -> bool:
    """ "all the men except three or four were killed": the excepted are the survivors (not
    "no one was hurt except two guards")."""
    if i < 2 or tokens[i - 1].low not in ("except", "excepting", "save"):
        return False
    lead = {t.low for t in tokens[max(0, i - 8) : i - 1]}
    return bool(lead & {"all", "every", "everyone", "everybody", "each"})


def _one_of_the_most(tokens: list[Token], i: int, end: int) -> bool:
    """ "perhaps one of the most severe battles", "one of the deadliest attacks": a
    superlative's "one of" ranks a thing, it counts nobody."""
    if tokens[i].low != "one" or end + 2 >= len(tokens):
        return False
    if (tokens[end].low, tokens[end + 1].low) != ("of", "the"):
        return False
    sup = tokens[end + 2].low
    if sup not in ("most", "least", "few", "many") and not (
        sup.endswith("est") and len(sup) > 5 and not sup.endswith(("guest", "priest", "nest"))
    ):
        return False
    # "one of the oldest residents died": one person of a ranked group is a figure
    return not any(t.low in PERSON_NOUNS for t in tokens[end + 3 : end + 8])


REMAINS_UNITS = frozenset({"sets", "cases", "boxes"})


PLACE_PREPOSITIONS = frozenset({"from", "in", "of", "at", "near", "across", "between"})
NOT_PLACE_COUNTS = frozenset({"millions", "billions", "thousands", "hundreds", "dozens", "tens",
                              "scores"})


def _is_unit_count(tokens: list[Token], end: int, i: int = -1) -> bool:
    if end >= len(tokens):
        return False
    nxt = tokens[end].low
    after = tokens[end + 1].low if end + 1 < len(tokens) else ""
    if nxt in REMAINS_UNITS and after in ("of", "containing") and any(
        t.low in ("remains", "ashes") for t in tokens[end + 2 : end + 6]
    ):
        return False  # "55 cases of remains", "147 sets of human remains": the dead
        # ("12 cases of suspected human remains" too)
    if nxt in UNIT_NOUNS:
        return True
    if i > 0 and nxt in THING_PLURALS and nxt not in NOT_PLACE_COUNTS and not (
        ANY_TRIGGER.match(nxt)  # "resulting in 955 injuries"
    ):
        k = i - 1 - (i >= 2 and tokens[i - 1].low in ("the", "these", "those", "its", "their"))
        if tokens[k].low in PLACE_PREPOSITIONS:
            return True  # "25 PEASANTS FROM THE TWO HAMLETS DIED": places, not people
    # not "two United States"
    participle = nxt.endswith(("ed", "en", "ing")) and not tokens[end].is_cap and (
        nxt not in PERSON_NOUNS  # "1,000 men per day": people, no "two parked vehicles"
    )
    if after in UNIT_NOUNS and participle and not ANY_TRIGGER.match(nxt):
        return True  # "two parked vehicles", "three stolen cars", "the two warring states"
    if nxt in ARMED_MODIFIERS and after in ARMED_SITES:
        return True  # "neutralised nine terrorist camps", "destroyed 12 enemy positions"
    if nxt == "-" and after.split("-")[0] in UNIT_NOUNS:
        return True  # "a 10-year veteran", "a 28-year-man" (a duration, or an age missing "old")
    if nxt == "and" and _fraction_of_unit(tokens, end + 1):
        return True  # "three and one-half miles", "two and a half hours"
    return nxt in ("more", "additional", "extra") and after in UNIT_NOUNS


UNIT_FRACTIONS = frozenset({"half", "one-half", "one-third", "two-thirds", "one-quarter", "quarter",
                       "three-quarters", "one-fourth", "three-fourths"})


def _fraction_of_unit(tokens: list[Token], k: int) -> bool:
    """ "one-half miles", "a half hours", "a quarter mile": a fraction before a unit noun."""
    words = [t.low for t in tokens[k : k + 3]]
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    return len(words) >= 2 and words[0] in UNIT_FRACTIONS and words[1] in UNIT_NOUNS


def _counts_wounds(tokens: list[Token], i: int, end: int) -> bool:
    """ "died from two gunshot wounds", "suffered three stab wounds", "several injuries he
    suffered": the figure counts one person's wounds, not people."""
    after = [t.low for t in tokens[end : end + 3]]
    if after[:1] and after[0] in WEAPON_WOUND_KINDS and after[1:2] in (["wounds"], ["wound"]):
        return after[2:] == [] or after[2] not in PERSON_NOUNS  # not "two stab wound victims"
    lead = tokens[i - 1].low if i > 0 else ""
    if after[:1] and after[0] in WOUND_KINDS:
        after = after[1:]
    if lead in WOUND_HAVING_VERBS:
        return after[:1] == ["wounds"]
    return lead in WOUND_COUNT_LEADS and after[:1] in (["wounds"], ["injuries"])


def _counts_children(tokens: list[Token], i: int, end: int) -> bool:
    """ "a father of two", "the mother of three was injured": the figure counts the person's
    children, not victims ("the mother of two of the victims" is left alone)."""
    if i < 2 or tokens[i - 1].low != "of" or tokens[i - 2].low not in PARENT_NOUNS:
        return False
    return end >= len(tokens) or tokens[end].low not in ("of", "victims")


def _bare_decimal(tokens: list[Token], i: int, end: int) -> bool:
    """ "a 6.3 magnitude earthquake": a decimal without a scale word counts no people."""
    return end == i + 1 and "." in tokens[i].text and tokens[i].is_digit and not (
        EUROPEAN.match(tokens[i].text)
    )


def _is_name_label(tokens: list[Token], i: int, end: int) -> bool:
    """ "the 911 Emergency center", "the 101 Airborne": digits inside a proper name (not "the
    40 Palestinians", a capitalised plural)."""
    if i == 0 or end >= len(tokens) or tokens[i - 1].low != "the" or not tokens[i].is_digit:
        return False
    nxt = tokens[end]
    if not (nxt.is_cap and nxt.is_word) or nxt.low in PERSON_NOUNS:
        return False
    if tokens[i - 1].text == "THE" and nxt.text.isupper():
        return False  # wire copy in capitals: "THE KILLINGS OF THE 12 JUDICIAL OFFICIALS"
    if _named_people_after(tokens, end):
        return False  # "the 4,000 DPRK soldiers", "the 12 South Korean troops" (casualty-20)
    return not nxt.low.endswith("s")


def _named_people_after(tokens: list[Token], k: int) -> bool:
    """One to three capitalised words (a nation, an acronym; a bracketed expansion aside) and
    then a lower-case plural person noun: the figure counts those people, it is no part of
    a name ("the 4,000 DPRK (Democratic People's Republic of Korea) soldiers")."""
    j, words_seen = k, 0
    while j < len(tokens) and words_seen < 4:
        tok = tokens[j]
        if tok.text == "(" and words_seen:
            close = next((c for c in range(j + 1, min(j + 10, len(tokens)))
                          if tokens[c].text == ")"), -1)
            if close < 0:
                return False
            j = close + 1
            continue
        if words_seen and tok.low == "and" and j + 1 < len(tokens) and (
            tokens[j + 1].is_digit or tokens[j + 1].low in UNITS
        ):
            j, words_seen = j + 2, 0  # "the 15 Russian and two South Korean crew members"
            continue
        if words_seen and tok.is_word and not tok.is_cap:
            # "the 15 Russian crew members": a crew is people too (casualty-20, fixr)
            return tok.low in PERSON_NOUNS and tok.low.endswith(("s", "men")) or (
                tok.low == "crew"
            )
        if not (tok.is_word and tok.is_cap):
            return False
        j, words_seen = j + 1, words_seen + 1
    return False


TIME_SPAN_LEADS = frozenset({"past", "last", "previous", "same", "following", "next", "this"})
TIME_SPAN_UNITS = frozenset({"week", "day"})


def _time_span_end(tokens: list[Token], i: int) -> bool:
    """The label word before token i ends a time phrase, not a label: "over the past week 30
    young men were abducted", "last week 12 people died" (no "Week 30")."""
    return i >= 2 and tokens[i - 1].low in TIME_SPAN_UNITS and tokens[i - 2].low in (
        TIME_SPAN_LEADS
    )


VESSEL_NOUNS = words(
    """boat boats ship ships vessel frigate corvette destroyer cruiser submarine sub tanker
    ferry trawler craft cutter aircraft jet plane helicopter train"""
)


def _vessel_name(tokens: list[Token], i: int) -> bool:
    """ "the speed boat Chamsuri 357", "the frigate Hanseong 12": a number in a named
    vessel's name."""
    return i >= 2 and tokens[i - 1].is_cap and tokens[i - 1].is_word and (
        tokens[i - 2].low in VESSEL_NOUNS
    )


def _list_dash(tokens: list[Token], i: int) -> bool:
    """ "Non-civilian fatalities -40 military personnel": a list dash glued to the figure
    but standing apart from the word before it (not "AK-47", "COVID-19")."""
    if i < 1 or tokens[i - 1].text != "-" or (i + 1 < len(tokens) and not tokens[i + 1].is_word):
        return False
    return i == 1 or tokens[i - 2].end < tokens[i - 1].start


def _is_label(prev: Token | None, tok: Token) -> bool:
    if prev is None:
        return False
    if prev.low in LABEL_WORDS or prev.low in ("#", "no.", "nos"):
        return True
    if prev.text == "-" and glued(prev, tok):
        return True  # COVID-19, AK-47 (a range's second part never gets here)
    if prev.is_word and glued(prev, tok):
        return True  # MH17
    call_sign = prev.text.isupper() and 3 <= len(prev.text) <= 4 and prev.low[0] in "kw"
    return call_sign and prev.low not in FUNCTION_WORDS and prev.low not in NOT_CALL_SIGNS


def _is_money(tokens: list[Token], i: int, end: int) -> bool:
    prev = tokens[i - 1].low if i > 0 else ""
    return prev in MONEY_SIGNS or (end < len(tokens) and tokens[end].low in MONEY_SIGNS)


def _is_damage_amount(tokens: list[Token], i: int, end: int) -> bool:
    """An amount of damage or cost with no currency sign: "damage was estimated at 1.2
    million", "caused 250K in damage"."""
    before = " ".join(t.low for t in tokens[max(i - 6, 0) : i])
    after = " ".join(t.low for t in tokens[end : end + 3])
    if any(t.low == "lives" for t in tokens[end : end + 3]):
        return False  # "cost 2,000 civilian lives"
    return bool(DAMAGE_BEFORE.search(before) or DAMAGE_AFTER.match(after))


AGE_SUBJECTS = frozenset({"he", "she", "i", "they", "we"})
AGE_UNITS_AFTER = frozenset({"years", "and", "or", "when", "in", "at"})


def _is_age(tokens: list[Token], i: int, end: int, low: int) -> bool:
    if low > 115 or tokens[i].is_age:
        return low <= 115
    for k in range(i - 1, max(i - 9, -1), -1):  # "ages 22, 26, 29 and 37"
        if end < len(tokens) and tokens[end].low in PERSON_NOUNS and (
            tokens[end].low not in SINGULAR_PERSON_NOUNS or not tokens[i].is_digit
        ):
            break  # "a man aged 70, two women aged 60": the next item's people (fixi)
        w = tokens[k].low
        if w in AGE_WORDS:
            return True
        if not (w in (",", "and", "between", "of", "the") or tokens[k].is_digit
                or (k == i - 1 and w in AGE_HEDGES)):  # "aged about 50"
            break
    if _hedged_person_age(tokens, i) or _age_statistic(tokens, i):
        return True
    if i >= 3 and tokens[i - 1].low in ("was", "were") and tokens[i - 2].low in AGE_SUBJECTS and (
        tokens[i - 3].low in ("when", "since", "until") and tokens[i].is_digit
        and (end >= len(tokens) or not tokens[end].is_word or tokens[end].low in AGE_UNITS_AFTER)
    ):
        return True  # "who disappeared when she was 13" (casualty-20)
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[end].low if end < len(tokens) else "."
    if _then_now_age(tokens, i, nxt):
        return True  # "whose sister, Megumi, then 13, was kidnapped", "Sakie, now 87, said"
    if prev is not None and prev.low in ("one", "another") and nxt in (",", ")", "and") and (
        tokens[i].is_digit
    ):
        return True  # "two workers, one 22 and another 23, were hospitalized"
    if prev is not None and prev.low == "and" and i >= 4 and nxt in (",", ")", "."):
        first = tokens[i - 2]  # "two men, 22 and 41, were grazed"
        if first.is_digit and int(first.text) <= 115 and tokens[i - 3].text == ",":
            return _names_person(tokens, i - 4)
    if prev is None or prev.text not in (",", "(") or nxt not in AGE_FOLLOW:
        return False
    if nxt == "of" and end + 1 < len(tokens) and (
        tokens[end + 1].low in PARTITIVE_OF or tokens[end + 1].low.endswith(("'s", "’s"))
    ):
        return False  # "Of the 40 passengers, 12 of the survivors", ", two of Khan's victims"
    if prev.text == "(":
        return nxt == ")"
    if i == 2 and nxt == "," and _lone_first_name(tokens[0]):
        return True  # "Vladyslav, 25, vanished": a first name opening the sentence (fixh)
    return i >= 2 and _names_person(tokens, i - 2)


# sentence openers before a comma that are no names ("Overall, 25, including ...")
OPENER_ADVERBS = words(
    """overall yesterday today tonight meanwhile altogether separately earlier later besides
    however instead still also again then now there here finally first second third"""
)


def _lone_first_name(tok: Token) -> bool:
    """A title-case word opening a sentence that may be a person's first name ("Vladyslav"),
    not a function word, an adverb or a month."""
    return tok.is_word and tok.text[:1].isupper() and tok.text[1:].islower() and (
        tok.low not in FUNCTION_WORDS and tok.low not in OPENER_ADVERBS and tok.low not in MONTHS
        and tok.low not in WEEKDAYS and not tok.low.endswith("ly") and len(tok.text) > 2
    )


AGE_COPULAS = frozenset({"was", "is", "were", "stood", "at", "around", "about", "just"})


def _age_statistic(tokens: list[Token], i: int) -> bool:
    """casualty-20 (fixn): "The average age of the dead was 38", "the median age at death is
    41": the figure is an age told by the noun "age" a few words before its copula, no count."""
    if i < 3 or tokens[i - 1].low not in AGE_COPULAS:
        return False
    for k in range(i - 2, max(i - 10, -1), -1):
        tok = tokens[k]
        if tok.low in ("age", "ages"):
            return True
        if not tok.is_word or tok.is_digit:
            return False
    return False


def _then_now_age(tokens: list[Token], i: int, nxt: str) -> bool:
    """casualty-20 (fixi): a digit after ", then" / ", now" in an appositive after one person
    (a name word or a singular person noun) and before a comma, bracket or stop is that
    person's age ("Megumi, then 13, was kidnapped"; not "rose to 12, then 20,")."""
    if i < 3 or not tokens[i].is_digit or tokens[i - 1].low not in ("then", "now") or (
        tokens[i - 2].text != "," or nxt not in (",", ")", ".", ";")
    ):
        return False
    person = tokens[i - 3]
    return person.low in SINGULAR_PERSON_NOUNS or (
        person.is_cap and person.is_word and person.low not in FUNCTION_WORDS
    )


FATE_ADJECTIVES = frozenset({"missing", "injured", "wounded", "dead", "captured", "kidnapped",
                            "abducted", "detained", "unidentified"})


def _fate_adjective_person(tokens: list[Token], k: int) -> bool:
    """ "one other missing person": a fate adjective, then a person noun (casualty-20, fixo)."""
    return k + 1 < len(tokens) and tokens[k].low in FATE_ADJECTIVES and (
        tokens[k + 1].low in PERSON_NOUNS
    )


def _hedged_person_age(tokens: list[Token], i: int) -> bool:
    """ "a woman around 60 was seriously injured", "a man about 45": a hedged digit right
    after one person (an article and a singular person noun) is that person's age."""
    if not tokens[i].is_digit or i < 3 or tokens[i - 1].low not in AGE_HEDGES:
        return False
    return tokens[i - 2].low in SINGULAR_PERSON_NOUNS and tokens[i - 3].low in ("a", "an", "the")


def _names_person(tokens: list[Token], k: int) -> bool:
    """Token k ends a name or a person noun ("Calvin Williams", "a man", "Jr.")."""
    if tokens[k].text == "." and k > 0:
        k -= 1
    tok = tokens[k]
    if tok.low in NAME_SUFFIXES or tok.low in PERSON_NOUNS:
        return True
    return tok.is_cap and tok.is_word and tok.low not in FUNCTION_WORDS and k > 0


def _is_year(tokens: list[Token], i: int, end: int, low: int) -> bool:
    text = tokens[i].text
    if end != i + 1 or len(text) != 4 or not text.isdigit() or not 1800 <= low <= 2099:
        return False
    nxt = tokens[end].low if end < len(tokens) else ""
    return nxt not in PERSON_NOUNS and nxt not in YEAR_FOLLOW_PEOPLE


def _is_date_or_time(tokens: list[Token], i: int, end: int) -> bool:
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.text == ".":
        prev = tokens[i - 2] if i > 1 else None
    if prev is not None and prev.low in MONTHS and prev.is_cap:
        return not _month_then_people(tokens, i, end)
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is None:
        return _after_clock_colon(tokens, i, prev)
    if nxt.low in MONTHS and nxt.is_cap:
        return True
    if nxt.text in (":", ".") and end + 1 < len(tokens) and glued(nxt, tokens[end + 1]):
        return tokens[end + 1].is_digit  # 1:25, 9.30
    if nxt.low in ("a", "p", "o'clock", "gmt", "utc", "hrs", "pm", "am"):
        return True
    return _after_clock_colon(tokens, i, prev) or _military_time(tokens, i, end) or (
        _zone_offset(tokens, i)
    )


def _zone_offset(tokens: list[Token], i: int) -> bool:
    """ "9:58 GMT+1", "UTC-5": a time zone's offset glued to its name counts no people."""
    return i >= 2 and tokens[i - 1].text in ("+", "-", "−") and tokens[i - 2].low in (
        "gmt", "utc", "cet", "cest", "est", "edt", "kst", "jst"
    ) and glued(tokens[i - 2], tokens[i - 1]) and glued(tokens[i - 1], tokens[i])


# "In May 12 soldiers were killed": a month with no day after these is a span of time
MONTH_SPAN_LEADS = frozenset({"in", "during", "through", "throughout", "since", "until", "by",
                              "last", "early", "late", "mid", "of"})


def _month_then_people(tokens: list[Token], i: int, end: int) -> bool:
    """A figure of people after a bare month: "In May 12 soldiers were killed", "In June 300
    civilians died" ("in May" names no day; "May 40 soldiers be killed?" stays a modal)."""
    if end >= len(tokens) or tokens[end].low not in PERSON_NOUNS:
        return False
    return i >= 2 and tokens[i - 2].low in MONTH_SPAN_LEADS


MILITARY_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d$")
TIME_LEADS = frozenset({"at", "between", "from", "until", "till", "since", "by", "before",
                        "after", "of"})  # "as of 1618"
TIME_HEDGES = frozenset({"about", "around", "approximately", "approx", "roughly", "some"})
AGE_HEDGES = frozenset({"about", "around", "approximately", "approx", "roughly", "circa"})
TIME_AFTER = frozenset({"hours", "hrs", "hr", "h", "local", "gmt", "today", "yesterday", "this",
                        "tonight", "on", "last", "when", "("})
# "the death toll stood at 1200": a figure after "at" when a toll or figure word leads it
AT_FIGURE_LEADS = frozenset({"stood", "stands", "stand", "put", "puts", "placed", "estimated",
                             "estimate", "estimates", "toll", "number", "figure", "total",
                             "totals", "tally", "count", "is", "was", "were", "are", "set",
                             "sets", "fixed", "calculated", "reckoned", "numbered"})


def _military_time(tokens: list[Token], i: int, end: int) -> bool:
    """ "KIDNAPPED BETWEEN 0630 AND 0700", "KILLED AT 1050", "AT APPROXIMATELY 1500 (2000
    GMT)": four bare digits that read as a 24-hour clock after at/between/from/until/...
    A leading zero is always a time; otherwise "at" must not follow a toll or figure word
    ("the toll stood at 1200") and "from/between" need a time word after ("BETWEEN 1000 AND
    1200 HOURS"; "between 1000 and 1500 people" stays a range)."""
    text = tokens[i].text
    if end > i + 3 or not MILITARY_TIME.match(text):
        return False
    k = i - 1
    if k >= 0 and tokens[k].low in TIME_HEDGES:
        k -= 1
    if k < 0 or tokens[k].low not in TIME_LEADS:
        return False
    nxt = tokens[end].low if end < len(tokens) else "."
    if nxt in PERSON_NOUNS or ANY_TRIGGER.match(nxt):
        return False
    if text[0] == "0":
        return True
    lead = tokens[k].low
    if lead == "at":
        return k == 0 or tokens[k - 1].low not in AT_FIGURE_LEADS
    if lead == "of":
        return k > 0 and tokens[k - 1].low == "as"
    return nxt in TIME_AFTER and nxt != "("


def _after_clock_colon(tokens: list[Token], i: int, prev: Token | None) -> bool:
    """ "1:25": minutes glued to "N:" (but "Exit 4: One person died" is a figure)."""
    if prev is None or prev.text != ":" or i < 2 or not tokens[i - 2].is_digit:
        return False
    return tokens[i].is_digit and glued(prev, tokens[i]) and glued(tokens[i - 2], prev)


def _is_proportion(tokens: list[Token], i: int, end: int) -> bool:
    after = [t.low for t in tokens[end : end + 3]]
    before = [t.low for t in tokens[max(i - 2, 0) : i]]
    if after[:2] == ["out", "of"]:
        return _ratio_base(tokens, end + 2)
    if before == ["out", "of"] or after[:1] == ["/"] or (
        before == ["of", "the"] and i >= 3 and tokens[i - 3].low == "out"
    ):
        return True  # the whole of "12 out of (the) 30"
    if after[:1] == ["in"] and _small_number(tokens, end + 1) and _base_above(tokens, i, end + 1):
        return not _is_unit_count(tokens, end + 2)
    if before[-1:] == ["in"] and i >= 2 and _small_number(tokens, i - 2):
        return not _is_unit_count(tokens, end)
    if before == ["of", "every"] or before == ["of", "each"]:
        return True  # the "five" of "three of every five"
    if "per" in after and _rate_base(tokens, end + after.index("per") + 1):
        return True  # "100 deaths per million people", "12 per 100,000"
    if _time_rate(tokens, end) and not any(
        t.low in RATE_ESTIMATE_WORDS for t in tokens[max(i - 3, 0) : i]
    ):
        # "claimed the lives of 21 people per day during November"; "an average of 40 people
        # killed a day" stays, as the project keeps "an average of N" as an approximate
        # statistic (the war statistics pass)
        return True
    return after[:2] == ["of", "every"] or before[-1:] == ["/"]


RATE_BASES = frozenset({"million", "thousand", "hundred", "capita", "head", "100,000", "1,000",
                        "100", "10,000", "1000", "100000", "10000"})


TIME_RATE_UNITS = frozenset({"day", "week", "month", "hour", "night"})
TIME_RATE_ENDS = frozenset({",", ".", ";", ")", "in", "during", "over", "since", "throughout",
                            "on", "for", "this", "last", "so", "and"})


def _time_rate(tokens: list[Token], end: int) -> bool:
    """A figure per day, week or month is an average, no count of victims (GUIDELINES: a
    mention states how many people were killed): "21 PEOPLE PER DAY", "killed 12 a day in
    March", "five are kidnapped every week". The figure's noun phrase and its trigger (three
    words) may stand between. Not "a day after the attack" (a date), nor years ("400 people
    die each year" stays a yearly figure)."""
    if not any(t.low in TIME_RATE_UNITS for t in tokens[end + 1 : end + 5]):
        return False
    for k in range(end, min(end + 4, len(tokens) - 1)):
        low, unit = tokens[k].low, tokens[k + 1].low
        if unit in TIME_RATE_UNITS and (low == "per" or low in ("every", "each") or (
            low == "a" and (k + 2 >= len(tokens) or tokens[k + 2].low in TIME_RATE_ENDS)
            and tokens[k - 1].low not in FUNCTION_WORDS  # not "400 casualties in a week"
        )):
            return True
        if not tokens[k].is_word or low in ("of", "and", "or", "the", "a") and k > end:
            return False
    return False


def _rate_base(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].low in RATE_BASES


def _ratio_base(tokens: list[Token], k: int) -> bool:
    """The whole after "out of" makes a ratio ("three out of five", "one out of every ten",
    "nine out of 100") unless it is a count of its own ("40 out of 52 crew members died",
    "ten millions out of thirty millions")."""
    if k < len(tokens) and tokens[k].low == "the":
        k += 1  # "two out of the 12 hostages": a count
    if k >= len(tokens) or tokens[k].low in ("every", "each", "a", "an", "all"):
        return True
    single = _single_at(tokens, k)
    if single is None:
        return True  # "out of them", "out of the blue": not a whole given as a count
    whole = int(single[0])
    return whole <= 10 or str(whole).rstrip("0") == "1"


def _base_above(tokens: list[Token], i: int, k: int) -> bool:
    """The base at k of "N in M" is larger than N at i: "one in five" is a proportion, "40 in
    one assault" and "40 in two attacks" count victims."""
    part, base = _single_at(tokens, i), _single_at(tokens, k)
    if base is not None and base[0] == 1:
        return False  # "injuring dozens in one of the deadliest fires": no ratio (casualty-20)
    return part is None or base is None or base[0] > part[0]


def _small_number(tokens: list[Token], k: int) -> bool:
    """A number of at most 100 at token k (the "five" of "one in five")."""
    single = _single_at(tokens, k)
    return single is not None and single[0] <= 100


COMPASS_POINTS = words("n s e w ne nw se sw")


def _is_address(tokens: list[Token], end: int) -> bool:
    """ "43145 Business Center Parkway", "1002 S. Garnett St.", "7200 block of ..."."""
    for k in range(end, min(end + 5, len(tokens))):
        tok = tokens[k]
        if tok.text == "." and k > end and tokens[k - 1].low in COMPASS_POINTS:
            continue  # "S. Garnett St."
        if tok.low.rstrip(".") in STREET_SUFFIXES and tok.is_cap and k > end:
            return True
        if not tok.is_cap or tok.low in PERSON_NOUNS or tok.low in FUNCTION_WORDS:
            return False
        if ANY_TRIGGER.match(tok.low):
            return False
    return False


# --- hedges ----------------------------------------------------------------------


def _with_hedges(
    tokens: list[Token], i: int, end: int, low: int, high: int, kind: Kind
) -> NumberPhrase:
    qualifier: Qualifier = "exact"
    first, last = i, end - 1
    for size in range(HEDGE_MAX_LEN, 0, -1):
        key = tuple(t.low for t in tokens[max(i - size, 0) : i])
        if len(key) == size and key in HEDGES_BEFORE and not _verb_particle(tokens, i - size):
            qualifier, first = HEDGES_BEFORE[key], i - size
            break
    for key, q in HEDGES_AFTER.items():
        if tuple(t.low for t in tokens[end : end + len(key)]) == key:
            qualifier, last = q, end + len(key) - 1
            break
    else:
        if end < len(tokens) and tokens[end].text == "+" and (
            tokens[end].start == tokens[end - 1].end
        ):
            qualifier, last = "more_than", end  # "2,000+ casualties"
        elif (trailing := _trailing_at_least(tokens, end)) >= 0:
            qualifier, last = "at_least", trailing  # "has been put at 900, at least."
    if kind == "vague":
        qualifier = "vague"
    elif low != high:
        qualifier = "range"
    return NumberPhrase(first, i, last, low, high, qualifier, kind)


TRAILING_HEDGE_ENDS = frozenset({",", ".", ";", ":", ")", "—", "–", "!"})


def _trailing_at_least(tokens: list[Token], end: int) -> int:
    """ "has been put at 900, at least, as of Monday": a hedge after the figure, closed by
    punctuation or the sentence's end (not "45 died, at least 12 of them children"); the
    index of "least", or -1 (casualty-20)."""
    k = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if [t.low for t in tokens[k : k + 2]] != ["at", "least"]:
        return -1
    return k + 1 if k + 2 >= len(tokens) or tokens[k + 2].text in TRAILING_HEDGE_ENDS else -1


def _verb_particle(tokens: list[Token], k: int) -> bool:
    """ "Turns Over 55 Boxes", "handed over 12 captives": "over" is the verb's particle,
    no hedge."""
    return k > 0 and tokens[k].low == "over" and tokens[k - 1].low in OVER_PARTICLE_VERBS


# --- implicit ones -------------------------------------------------------------------


def _add_implicit_ones(
    tokens: list[Token], found: list[NumberPhrase], names: frozenset[str] = frozenset()
) -> list[NumberPhrase]:
    taken = {k for p in found for k in range(p.first, p.last + 1)}
    extra = [p for p in _implicit_ones(tokens, names) if p.core not in taken]
    return sorted(found + extra, key=lambda p: p.first) if extra else found


def _quoted_headline_end(tokens: list[Token]) -> bool:
    """A headline ending on a quoted title-case phrase with no stop: "North Korean Soldier,
    Shot and Wounded, 'Defects to South'" (casualty-20, fixh); the quote opens after a comma
    and every word before it is capitalised or a short function word."""
    if len(tokens) < 4 or tokens[-1].text not in ("'", "’", '"', "”") or not tokens[-2].is_word:
        return False
    opened = next((j for j in range(len(tokens) - 2, 0, -1) if tokens[j].text in (
        "'", "‘", '"', "“")), -1)
    return opened > 1 and tokens[opened - 1].text == "," and all(
        t.is_cap or not t.is_word or len(t.text) <= 3 for t in tokens[:opened]
    )


def _implicit_ones(tokens: list[Token], names: frozenset[str] = frozenset()) -> list[NumberPhrase]:
    out: list[NumberPhrase] = []
    headline = bool(tokens) and (tokens[-1].text not in (".", "!", "?", '"', "”", "'") or (
        _quoted_headline_end(tokens)
    ))
    for i, tok in enumerate(tokens):
        if not headline and _plain_word(tokens, i, names):
            continue  # no single victim starts at a plain lower-case word (the checks below)
        found = len(out)
        word = tok.text[0].isalpha()  # most checks below start at a word only
        if word:
            _implicit_one_at(tokens, i, headline, out)
        if len(out) == found and (tok.text in names or word and (
            tok.low in DEFINITE or tok.low in SUBJECT_PRONOUNS or tok.low in POSSESSIVE_DETS
            or _name_start(tokens, i) or _opening_nation_possessive(tokens, i)
        )):
            one = _definite_victim(tokens, i, names)
            if one is not None:
                out.append(one)
        if len(out) == found and headline and word and _name_start(tokens, i):
            one = _headline_named_victim(tokens, i)
            if one is not None:
                out.append(one)
        if len(out) == found and i > 0 and _victim_object_lead(tokens, i - 1):
            one = _object_victim(tokens, i, headline)
            if one is not None:
                out.append(one)
        if len(out) == found and tok.low in POSSESSIVE_DETS and (
            (end := lost_kin_end(tokens, i)) > 0
        ):
            head = _lost_kin_head(tokens, i)
            out.append(NumberPhrase(i, i, end, 1, 1, "exact", "one", head[1] if head else None))
        if len(out) == found and (tok.low in DEFINITE or tok.low in POSSESSIVE_DETS):
            one = _described_victim(tokens, i)
            if one is not None:
                out.append(one)
        if len(out) == found and (tok.low.endswith(POSSESSIVE_ENDINGS) or tok.text in "'’"):
            one = _possessive_victim(tokens, i)
            if one is not None and not any(p.first <= one.first <= p.last for p in out):
                out.append(one)
        if len(out) == found and i == 2 and _labelled_name(tokens):
            out.append(NumberPhrase(i, i, _name_end(tokens, i), 1, 1, "exact", "one", None))
        if len(out) == found and tokens[i].text == "(":
            one = _marked_name(tokens, i)
            if one is not None:  # the marker's name replaces a part of it ("Pilot" alone)
                out[:] = [p for p in out if not one.first <= p.first <= one.last]
                out.append(one)
        if len(out) == found and word and (
            pronoun_captive_at(tokens, i) or self_killing_at(tokens, i)
        ):
            out.append(NumberPhrase(i, i, i, 1, 1, "exact", "one", None))
        if i >= 2 and tokens[i - 1].low == "as" and tokens[i - 2].low in IDENTIFIED_VERBS:
            have = {p.first for p in out}
            out.extend(p for p in _identified_names(tokens, i) if p.first not in have)
    return out


HEADLINE_NAME_FATES = words(
    "killed shot wounded injured hurt stabbed slain murdered slashed executed abducted kidnapped"
)


def _headline_named_victim(tokens: list[Token], i: int) -> NumberPhrase | None:
    """A headline's name of two to four words before a bare harm participle and a preposition
    or its end: "Mark Lippert slashed by attacker", "Jane Roe Injured In Crash" (casualty-20,
    fixf; not "Jane Roe shot the film": an object follows; nor a nation or a body)."""
    end = _name_end(tokens, i)
    if end > i + 1 and tokens[end].low in HEADLINE_NAME_FATES:
        end -= 1  # title case: the participle is capitalised too
    if end <= i or tokens[end].low in ORGANISATION_HEADS or tokens[end].low in WARRING_NATIONS:
        return None
    if any(t.low.endswith("ly") or t.low in PERSON_NOUNS for t in tokens[i : end + 1]):
        return None  # "Frankfort Teen Accidentally Shot": a described person, no name
    k = end + 1
    if k >= len(tokens) or tokens[k].low not in HEADLINE_NAME_FATES:
        return None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.is_word and after.low not in FUNCTION_WORDS:
        return None
    return NumberPhrase(i, i, end, 1, 1, "exact", "one", None)


def _plain_word(tokens: list[Token], i: int, names: frozenset[str]) -> bool:
    """A lower-case word that none of `_implicit_ones`' checks can start a victim at: no
    article, pronoun, possessive or reflexive, and after no list lead, victim-object lead or
    "as" (a fast path: most words of a text are such)."""
    tok = tokens[i]
    if not tok.is_word or tok.text[0].isupper() or tok.low in PLAIN_EXCEPTIONS or i == 2 or (
        tok.low.endswith(POSSESSIVE_ENDINGS) or tok.text in names
    ):
        return False
    if i == 0:
        return True
    prev = tokens[i - 1].low
    return prev not in PLAIN_BREAKERS and not _victim_object_lead(tokens, i - 1)


IDENTIFIED_VERBS = words("identified named")
POSSESSIVE_ENDINGS = ("'s", "’s")


def possessed_act_at(tokens: list[Token], k: int) -> bool:
    """Token k ends a possessive before one victim's act noun ("Allende's assassination",
    "DIAZ' MURDER") that ends its noun phrase: not "Colombia's murder rate", not "the army's
    killing of"."""
    tok = tokens[k]
    glued_mark = tok.text in ("'", "’") and k > 0 and glued(tokens[k - 1], tok) and (
        tokens[k - 1].low.endswith(("s", "z"))
    )
    if not (glued_mark or tok.low.endswith(POSSESSIVE_ENDINGS) and len(tok.low) > 3):
        return False
    if k + 1 >= len(tokens) or tokens[k + 1].low not in POSSESSED_ACTS and not (
        tokens[k + 1].low == "death" and culpable_death(tokens, k)
    ):
        return False
    nxt = tokens[k + 2] if k + 2 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.low in POSSESSED_ACT_FOLLOW or (
        nxt.low in FUNCTION_WORDS | AUXILIARIES | SUBORDINATORS and nxt.low != "of"
    ) or nxt.low.endswith("ed")


def culpable_death(tokens: list[Token], k: int) -> bool:
    """Someone answers for the death after the possessive at k ("denied any responsibility in
    X's death"), or it came in a violent event ("X's death in the dynamite attack"): a
    killing, not "Stalin's death in 1953"."""
    return any(t.low in CULPABILITY_WORDS for t in tokens[max(k - 12, 0) : k]) or (
        k + 2 < len(tokens) and tokens[k + 2].low in ("in", "during")
        and any(t.low in VIOLENT_EVENTS for t in tokens[k + 3 : k + 7])
    ) or _mourned_kin_death(tokens, k)


MOURNING_WORDS = words("mourning mourned mourns mourn grieving grieved grieves grieve")
NATURAL_DEATH_AFTER = words(
    """cancer illness disease stroke heart natural old age covid covid-19 overdose suicide
    fever infection"""
)


def _mourned_kin_death(tokens: list[Token], k: int) -> bool:
    """casualty-20 (fixq): a family mourning a kin's death ("a family mourning their son's
    death", "grieving her husband's death") tells a death as "the death of X" does, when the
    possessor is a kin noun right after his/her/their and no illness follows within a few
    words ("mourning his father's death from cancer" is a natural death)."""
    stem = tokens[k].low[:-2] if tokens[k].low.endswith(POSSESSIVE_ENDINGS) else ""
    if stem not in LOST_KIN or k < 2 or tokens[k - 1].low not in POSSESSIVE_DETS:
        return False
    if tokens[k - 2].low not in MOURNING_WORDS:
        return False
    return not any(t.low in NATURAL_DEATH_AFTER for t in tokens[k + 2 : k + 7])


NAME_LABELS = words("missing killed dead wounded injured captured abducted kidnapped")


def _labelled_name(tokens: list[Token]) -> bool:
    """ "MISSING: Yutaka Kume, security guard in Tokyo": a list entry whose label is a
    casualty word names one victim (a name of two to four words)."""
    return len(tokens) > 3 and tokens[1].text == ":" and tokens[0].low in NAME_LABELS and (
        tokens[0].is_cap
    ) and tokens[2].is_cap and not tokens[2].text.isupper() and tokens[2].low not in (
        FUNCTION_WORDS
    ) and _name_end(tokens, 2) > 2


CAPTIVE_ACTS = words("capture abduction kidnapping")
# Words before "his capture" that tell it did not happen: "a reward for his capture",
# "managed to evade her capture", "ordered his capture".
CAPTURE_AVERTED = words(
    """for avoid avoided avoiding evade evaded evading escape escaped escaping resist resisted
    resisting prevent prevented preventing ordered order orders demanded demand sought seek
    seeking attempted planned plotted warrant"""
)


def pronoun_captive_at(tokens: list[Token], k: int) -> bool:
    """ "shortly after his capture", "before her abduction by agents": one captive named by a
    possessive pronoun before a capture noun that ends its noun phrase (not "his capture of
    the town", where he is the captor), when nothing says it was averted or only sought."""
    if tokens[k].low not in ("his", "her") or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].low not in CAPTIVE_ACTS or tokens[k + 1].is_cap and k == 0:
        return False
    if k + 2 < len(tokens) and tokens[k + 2].low == "of":
        return False
    return not any(t.low in CAPTURE_AVERTED for t in tokens[max(0, k - 3) : k])


SELF_KILLING_VERBS = words("killed killing kills kill")
SELF_BLAST_VERBS = words("blew blowing blows blow blown")
REFLEXIVE_ONE = words("himself herself")
PLAIN_EXCEPTIONS = ONE_STARTERS | DEFINITE | SUBJECT_PRONOUNS | POSSESSIVE_DETS | REFLEXIVE_ONE
# words after which a lower-case word may start a victim ("including colleague X", "among the
# wounded were police official X", "identified as ...", "killed ...")
PLAIN_BREAKERS = LIST_LEADS | SUBSET_MARKERS | {"as", "both", "was", "were", "is", "are"}
# "threatened to kill himself", "tried to blow herself up", "would have killed himself": an
# act that did not (or may not) happen
SELF_KILLING_UNDONE = words("to could would might may will shall should can must not never")


def self_killing_at(tokens: list[Token], k: int) -> bool:
    """ "detonated the grenade, killing himself", "blew herself up": one person who took his
    or her own life is one killed (GUIDELINES: a single victim needs no numeral); not after
    an infinitive, a modal or a negation ("threatened to kill himself")."""
    if tokens[k].low not in REFLEXIVE_ONE or k < 1:
        return False
    verb = tokens[k - 1].low
    if verb not in SELF_KILLING_VERBS and not (
        verb in SELF_BLAST_VERBS and k + 1 < len(tokens) and tokens[k + 1].low == "up"
    ):
        return False
    return not any(t.low in SELF_KILLING_UNDONE for t in tokens[max(0, k - 4) : k - 1])


# casualty-20 (fixl): the kin a bereaved parent or spouse "lost" in a disaster or an attack
LOST_KIN = words(
    """son daughter wife husband child mother father brother sister grandson granddaughter
    grandfather grandmother fiance fiancee fiancé fiancée nephew niece baby boyfriend girlfriend"""
)
LOST_KIN_UNDONE = words("almost nearly never not nor could would might may will to")
LOST_KIN_EVENT_LEADS = words("in on during at aboard")
LOST_KIN_EVENT_DETS = words("the a an that this last year's")
LOST_KIN_EVENTS = words(
    """disaster disasters tragedy sinking crash crush stampede fire war victims bereaved
    earthquake quake tsunami flood floods"""
)


def _lost_kin_head(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """The kin noun after a possessive at k ("his only son", "her 28-year-old daughter")."""
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "only")
    head = _singular_head(tokens, j)
    return head if head is not None and tokens[head[0]].low in LOST_KIN else None


def lost_kin_end(tokens: list[Token], k: int) -> int:
    """casualty-20 (fixl): "Kim, who lost his daughter Soo-jin in the sinking", "Lee lost his
    28-year-old daughter in the incident": a possessive kin noun (with up to three words of
    her or his name) right after "lost" and before an event phrase ("in/on/during/at the ...",
    a capitalised place or ship) is one person killed (not "lost his son to cancer", "lost his
    father in 2019", "nearly lost her son"); or before a clause's end in a sentence telling such
    an event or its culprits ("who lost his son, said those responsible for the disaster ...").
    Index of the phrase's last token, or -1."""
    if k < 1 or tokens[k].low not in POSSESSIVE_DETS or tokens[k - 1].low != "lost" or (
        k >= 2 and tokens[k - 2].low in LOST_KIN_UNDONE
    ):
        return -1
    head = _lost_kin_head(tokens, k)
    if head is None:
        return -1
    end = head[0]
    j = end + 1
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].is_cap:
        j += 1  # "his daughter, Soo-jin, in the ..."
    n = j
    while n < min(j + 3, len(tokens)) and tokens[n].is_cap and tokens[n].is_word and (
        tokens[n].low not in FUNCTION_WORDS and tokens[n].low not in MONTHS
    ):
        n += 1
    if n > j:
        end = n - 1
        j = n + (n < len(tokens) and tokens[n].text == "," and tokens[j - 1].text == ",")
    if j < len(tokens) and tokens[j].text in (",", ".", ";") and any(
        t.low in LOST_KIN_EVENTS or t.low in VIOLENT_EVENTS or t.low in CULPABILITY_WORDS
        for t in tokens
    ):
        return end  # "Kim, who lost his daughter Soo-jin, said those responsible for the disaster"
    if j + 1 >= len(tokens) or tokens[j].low not in LOST_KIN_EVENT_LEADS:
        return -1
    nxt = tokens[j + 1]
    if nxt.low in LOST_KIN_EVENT_DETS or nxt.is_cap and nxt.is_word and (
        nxt.low not in MONTHS and nxt.low not in WEEKDAYS and nxt.low not in FUNCTION_WORDS
    ):
        return end
    return -1


def _possessive_victim(tokens: list[Token], k: int) -> NumberPhrase | None:
    """One victim named by a possessive before an act noun: "Lopez Albujar's murder",
    "DR JOSE ANTONIO RODRIGUEZ PORTH'S DEATH", "Valencia's murder" (a name of one word will
    do here: the act tells it is a person's)."""
    if not possessed_act_at(tokens, k):
        return None
    last = k - 1 if tokens[k].text in ("'", "’") else k
    word = tokens[last]
    stem = Token(word.text[:-2], word.low[:-2], word.start, word.end - 2) if last == k else word
    upper = word.text.isupper() and _upper_context(tokens, last)
    if upper:
        ok = _upper_name_word(stem) or _upper_title(stem) or stem.low in SINGULAR_PERSON_NOUNS
    else:
        ok = stem.is_word and stem.is_cap and stem.low not in FUNCTION_WORDS and (
            stem.low not in MONTHS and stem.low not in WEEKDAYS and not stem.text.isupper()
        )
    if not ok and not upper and stem.low in SINGULAR_PERSON_NOUNS and last > 0 and (
        tokens[last - 1].low in DEFINITE or tokens[last - 1].low in POSSESSIVE_DETS
    ):  # "their son's death", "the soldier's capture": one described victim
        return NumberPhrase(last - 1, last - 1, last, 1, 1, "exact", "one", stem.text)
    if not ok or stem.low in PERSON_NOUNS and stem.low not in SINGULAR_PERSON_NOUNS:
        return None  # "the victims' deaths": several
    first = last
    while first > 0 and last - first < 5:
        prev = tokens[first - 1]
        if upper and (_upper_name_word(prev) or _upper_title(prev)) or not upper and (
            prev.is_word and prev.is_cap and prev.low not in FUNCTION_WORDS
        ):
            first -= 1
        else:
            break
    name = " ".join(t.text for t in tokens[first:last] + [stem])
    return NumberPhrase(first, first, last, 1, 1, "exact", "one", name)


def marked_name_at(tokens: list[Token], k: int) -> bool:
    """Token k opens a bracketed roll marker: "(KIA)", "(WIA)", "(MIA)", "(POW)"."""
    return k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].low in NAME_MARKERS and (
        tokens[k + 1].text.isupper()
    ) and tokens[k + 2].text == ")"


def _marked_name(tokens: list[Token], i: int) -> NumberPhrase | None:
    """ "Commander: Lee Dong-su (WIA), Park Jin (KIA)": a name of two to four capitalised words
    right before a bracketed roll marker is one victim (the marker tells the category)."""
    if not marked_name_at(tokens, i):
        return None
    first = i
    while first > 0 and i - first < 4 and tokens[first - 1].is_word and (
        tokens[first - 1].is_cap and tokens[first - 1].low not in FUNCTION_WORDS
    ) and not tokens[first - 1].text.isupper():
        first -= 1
    if i - first < 2:
        return None  # "the soldier (KIA)", "Kim (KIA)": no name of two words
    if any(t.low == tokens[i + 1].low or t.low in ORGANISATION_HEADS | TICKER_NAME_WORDS
           for t in tokens[first:i]):
        return None  # "Kia Motors (KIA)": a stock ticker after a company
    name = " ".join(t.text for t in tokens[first:i])
    return NumberPhrase(first, first, i - 1, 1, 1, "exact", "one", name)


def _identified_names(tokens: list[Token], i: int) -> list[NumberPhrase]:
    """The names listed after "identified as" / "named as", one victim each: "The dead were
    identified as A, B and C". Whether they are victims is the subject's to say (linking)."""
    out: list[NumberPhrase] = []
    k = i
    while k < len(tokens) and _name_start_after(tokens, k) and len(out) < NAME_RUN_MAX:
        end = _cap_run_end(tokens, k)
        if end < 0:
            break
        out.append(NumberPhrase(k, k, end, 1, 1, "exact", "one", None))
        k = end + 1
        if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.isdigit() and (
            tokens[k + 2].text == ","
        ):
            k += 2  # "Lee Park, 34, and ..."
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
        if k < len(tokens) and tokens[k].low == "and":
            k += 1
    return out


def _described_victim(tokens: list[Token], i: int) -> NumberPhrase | None:
    """One victim described by a casualty adjective ("the dead man", "the injured woman,
    34,") or by a participle after a comma ("Her brother, captured near the border, ...")."""
    head = _singular_head(tokens, i + 1)
    if head is None:
        return None
    adjective = next((j for j in range(i + 1, head[0]) if tokens[j].low in VICTIM_ADJECTIVES), -1)
    if adjective > 0 and all(_adjective_lead(tokens[j]) for j in range(i + 1, adjective)):
        return NumberPhrase(i, i, head[0], 1, 1, "exact", "one", head[1])
    if adjective > 0:
        return None  # "the strike killed Lieutenant ...": a verb, not an adjective
    return NumberPhrase(i, i, head[0], 1, 1, "exact", "one", head[1]) if (
        participle_after(tokens, head[0] + 1) > 0 or participle_next(tokens, head[0]) > 0
        or participle_after(tokens, of_complement_end(tokens, head[0] + 1)) > 0
        or participle_after(tokens, _appositive_name_end(tokens, head[0] + 1)) > 0
        or _ordinal_to_die(tokens, i + 1, head[0])
    ) else None


def of_complement_end(tokens: list[Token], k: int) -> int:
    """Index of the comma closing an "of" complement at token k, words and brackets only ("the
    leader of the oil workers' union [USO], murdered in ..."), or -1."""
    if k >= len(tokens) or tokens[k].low != "of":
        return -1
    for j in range(k + 1, min(k + 21, len(tokens))):
        tok = tokens[j]
        if tok.text == ",":
            return j if j > k + 1 else -1
        if not (tok.is_word or tok.text in ("[", "]", "'", "’")) or tok.low in AUXILIARIES or (
            ANY_TRIGGER.match(tok.low) is not None or tok.low in SUBORDINATORS
        ):
            return -1
    return -1


def _appositive_name_end(tokens: list[Token], k: int) -> int:
    """Index of the comma closing a name in apposition at token k ("her husband, Taras Melnyk,
    captured in May"), or -1."""
    if k >= len(tokens) or tokens[k].text != ",":
        return -1
    j = k + 1
    while j < len(tokens) and j - k <= 4 and tokens[j].is_word and tokens[j].is_cap:
        j += 1
    return j if j - k >= 2 and j < len(tokens) and tokens[j].text == "," else -1


RANKING_WORDS = ORDINALS | words("first last latest")


def _ordinal_to_die(tokens: list[Token], first: int, k: int) -> bool:
    """ "the third journalist to be killed this year", "the first woman to die in the
    protests": an ordinal victim told by an infinitive, one person."""
    if not any(tokens[j].low in RANKING_WORDS for j in range(first, k)):
        return False
    rest = [t.low for t in tokens[k + 1 : k + 5]]
    if rest[:1] != ["to"]:
        return False
    if rest[1:2] in (["die"], ["drown"]):
        return True
    if rest[1:3] == ["have", "been"]:
        rest = ["to", "be", *rest[3:]]
    return rest[1:2] == ["be"] and len(rest) > 2 and rest[2] in VICTIM_ADJECTIVES


def participle_next(tokens: list[Token], k: int) -> int:
    """Index of a casualty participle right after the person noun at k, with no comma
    ("the third journalist killed this year", "the first prisoner taken by the brigade"),
    or -1. An object after it ("the man killed his wife") makes it a verb."""
    j = k + 1
    if j + 1 >= len(tokens) or tokens[j + 1].low not in PARTICIPLE_FOLLOW:
        return -1
    word = tokens[j].low
    if word in CAPTIVE_PARTICIPLES and tokens[k].low in CAPTIVE_NOUNS:
        return j
    return j if word in VICTIM_ADJECTIVES and word not in ("dead", "missing", "deceased") else -1


def _adjective_lead(tok: Token) -> bool:
    """What may stand before a casualty adjective in one victim's noun phrase: "the badly
    injured driver", "the second wounded soldier", "the 34-year-old injured man"."""
    return tok.low.endswith(("ly", "-ranking")) or tok.low in ORDINALS or tok.is_age or (
        tok.low in RANKING_LEADS
    )


# "the highest-ranking deceased soldier", "the youngest wounded sailor": a rank or age
# superlative before the casualty adjective still describes one victim
RANKING_LEADS = words("other young elderly only first last youngest oldest eldest senior junior")
CONCESSIVES = frozenset({"although", "though", "albeit", "while"})


def participle_after(tokens: list[Token], k: int) -> int:
    """Index of a casualty participle opening an aside at token k: ", captured near ...",
    ", although badly wounded, ...", or -1."""
    if k >= len(tokens) or tokens[k].text != ",":
        return -1
    k += 1
    if k + 1 < len(tokens) and tokens[k].low == "who" and (
        tokens[k + 1].low in CONCESSIVES or tokens[k + 1].text == ","
        and k + 2 < len(tokens) and tokens[k + 2].low in CONCESSIVES
    ):
        k += 1 + (tokens[k + 1].text == ",")  # "Seven villagers, who, although wounded, ..."
    if k < len(tokens) and tokens[k].low in CONCESSIVES:
        k += 1
    if k + 1 < len(tokens) and tokens[k].low == "having" and tokens[k + 1].low == "been":
        k += 2  # "The pilot, having been captured, was paraded on television"
    if k < len(tokens) and tokens[k].low.endswith("ly") and tokens[k].low not in ("only",):
        k += 1  # "badly", "critically", "later"
    return k if k < len(tokens) and (
        tokens[k].low in VICTIM_ADJECTIVES or tokens[k].low == "snatched"
    ) else -1


def _victim_object_lead(tokens: list[Token], k: int) -> bool:
    """ "killed" / "the assassination of": a single victim may follow."""
    low = tokens[k].low
    if low == "dead" and k > 0 and tokens[k - 1].low in ("shot", "gunned", "stabbed"):
        return True  # "Gunmen shot dead Juan de la Cruz"
    if low == "with" and k > 0 and tokens[k - 1].low == "along":
        return True  # "was killed along with his son": linking tells whether they are victims
    if low == "shooting" and (k == 0 or tokens[k - 1].text != ","):
        return False  # ", shooting their comrade" is a verb; "the shooting the driver saw" none
    if low == "of" and k > 0 and tokens[k - 1].low == "remains":
        return _remains_of_person(tokens, k + 1)
    return low in VICTIM_OBJECT_LEADS or (
        low == "of" and k > 0 and tokens[k - 1].low in ACT_NOUNS_OF
    )


REMAINS_NAME_REACH = 6
PERSON_RANKS = words("pvt pfc spc private")


def _remains_of_person(tokens: list[Token], k: int) -> bool:
    """ "the remains of Korean War Veteran Dale W. Wright", "the remains of Sgt. Ann Roe",
    "the remains of the soldier": a set of remains names one dead person only with a title,
    rank or person noun in the name's run or a determiner before a person noun (not "the
    remains of Hurricane Ida", "of Tropical Storm Fay"; casualty-20)."""
    if k < len(tokens) and (tokens[k].low in DEFINITE or tokens[k].low in POSSESSIVE_DETS):
        return True  # the object's own head must be a person (see _singular_head)
    if any(t.low in REMAINS_UNITS for t in tokens[max(k - 6, 0) : k - 2]):
        return False  # "55 Boxes Of Possible Remains Of U.S. Serviceman": counted already
    for j in range(k, min(k + REMAINS_NAME_REACH, len(tokens))):
        tok = tokens[j]
        if not (tok.is_cap or tok.text == "."):
            return False
        if tok.low in NAME_TITLES or tok.low in PERSON_NOUNS or tok.low in PERSON_RANKS:
            nxt = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == ".")
            return nxt < len(tokens) and tokens[nxt].is_cap and tokens[nxt].is_word
    return False


def _object_victim(tokens: list[Token], i: int, headline: bool) -> NumberPhrase | None:
    """One victim named as the object: "the driver", "Qasem Soleimani", and in a headline a
    bare noun ("kills photojournalist")."""
    tok = tokens[i]
    if tok.low == "another" and _bare_object(tokens, i + 1):
        return NumberPhrase(i, i, i, 1, 1, "exact", "one", None)  # "and wounding another"
    if tok.low in DEFINITE or tok.low in POSSESSIVE_DETS or tok.low in ("this", "that") and (
        i + 1 < len(tokens) and tokens[i + 1].low != "one"
    ):  # "the driver", "their driver", "kidnapped this girl" (not "that one gunman")
        head = _singular_head(tokens, i + 1)
        return NumberPhrase(i, i, head[0], 1, 1, "exact", "one", head[1]) if head else None
    titled = _titled_name_end(tokens, i)
    if titled > 0:  # "killed Iranian general, Qasem Soleimani", "shot police officer Ann Vale"
        return NumberPhrase(i, i, titled, 1, 1, "exact", "one", None)
    if _name_start(tokens, i):
        end = _name_end(tokens, i)
        if end > i:
            return NumberPhrase(i, i, end, 1, 1, "exact", "one", None)
    along = [t.low for t in tokens[i + 1 : i + 4]]
    name_word = tok.is_cap and tok.is_word and not tok.text.isupper() and (
        tok.low not in FUNCTION_WORDS
    )
    if name_word and (
        along in ([",", "along", "with"], [",", "together", "with"])
        and _other_people(tokens, i + 4)
        or along[:1] == ["and"] and _other_people(tokens, i + 2)
    ):
        # "admitted abducting Megumi, along with a dozen others": one name word will do; so
        # "seized Hana and 12 other Japanese people"
        return NumberPhrase(i, i, i, 1, 1, "exact", "one", None)
    if headline or _upper_case_run(tokens, i):
        # a headline's bare noun ("kills photojournalist"); in upper-case wire text, where
        # names cannot be told, a title or person noun ("KILLED UNION LEADER JOSE SANTOS")
        head = _singular_head(tokens, i)
        if head is not None:
            return NumberPhrase(i, i, head[0], 1, 1, "exact", "one", head[1])
        end = _headline_demonym(tokens, i) if headline else -1
        if end > 0:  # "Troops killed missing S.Korean, ...": a demonym as the person
            k = i + (tokens[i].low in VICTIM_ADJECTIVES)
            named = "".join(("" if j == k or glued(tokens[j - 1], tokens[j]) else " ")
                            + tokens[j].text for j in range(k, end + 1))
            return NumberPhrase(i, i, end, 1, 1, "exact", "one", named)
    if _upper_context(tokens, i):
        end = _modified_title_end(tokens, i)  # "OF COLOMBIAN LIBERAL PARTY CANDIDATE LUIS ..."
        if end > i:
            return NumberPhrase(i, i, end, 1, 1, "exact", "one", None)
        if _act_surname(tokens, i):  # "THE ASSASSINATION OF OQUELI, ASSISTANT SECRETARY ..."
            return NumberPhrase(i, i, i, 1, 1, "exact", "one", None)
    return None


def _other_people(tokens: list[Token], k: int) -> bool:
    """ "a dozen others", "three other farmers" within five tokens at k: the companions are
    people of the same kind as the name before them (not "two other towns")."""
    for j in range(k, min(k + 5, len(tokens))):
        if tokens[j].low == "others":
            return True
        if tokens[j].low == "other":  # "three other farmers", "12 other Japanese people"
            return j + 1 < len(tokens) and (tokens[j + 1].low in PERSON_NOUNS or (
                j + 2 < len(tokens) and tokens[j + 1].is_cap and tokens[j + 2].low in PERSON_NOUNS
            ) or tokens[j + 1].low in DEMONYM_PLURALS and tokens[j + 1].is_cap)
    return False


DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese)$")
COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


def _headline_demonym(tokens: list[Token], i: int) -> int:
    """End of a headline's bare object that is a demonym ("missing S.Korean", "Japanese")
    with a comma, a stop or nothing after it; -1 otherwise."""
    k = i + (tokens[i].low in VICTIM_ADJECTIVES)
    if k < len(tokens) and re.fullmatch(r"[NSEW]\.", tokens[k].text):
        k += 1  # "S. Korean"
    elif k + 1 < len(tokens) and tokens[k].text in COMPASS_WORDS:
        k += 1  # "killed missing South Korean" (casualty-20, fixh)
    if k >= len(tokens) or not DEMONYM.match(tokens[k].text):
        return -1
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return k if nxt is None or nxt.text in (",", ";", ":", "-", "—", "–") else -1


def _bare_object(tokens: list[Token], j: int) -> bool:
    """ "killing one soldier and wounding another at 1320", "injured another.": "another"
    ends the object (punctuation, a function word or a time word follows), so it stands for
    one person ("wounded another soldier" is the article's own noun phrase)."""
    if j >= len(tokens):
        return True
    tok = tokens[j]
    if tok.is_digit or _words_at(tokens, j) is not None or _vague_at(tokens, j) is not None:
        return False  # "injured another 12": a figure of its own
    return not tok.is_word or tok.low in FUNCTION_WORDS or tok.low in WEEKDAYS or tok.low in (
        "today", "yesterday", "tonight", "later", "seriously", "critically", "slightly",
        "badly", "gravely", "fatally")


SURNAME_ACTS = words(
    "murder murders assassination assassinations kidnapping kidnappings abduction abductions"
)
SURNAME_FOLLOW = words("and on in by last which who at")


def _act_surname(tokens: list[Token], i: int) -> bool:
    """One name word after "murder/assassination/kidnapping of" in upper-case wire copy, a
    surname told before, when a comma, a stop or a function word follows it."""
    if i < 2 or tokens[i - 1].low != "of" or tokens[i - 2].low not in SURNAME_ACTS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return _upper_name_word(tokens[i]) and (
        nxt is None or nxt.text in (",", ".", ";") or nxt.low in SURNAME_FOLLOW
    )


def _modified_title_end(tokens: list[Token], i: int) -> int:
    """End of a title and a name after up to three modifier words in upper-case wire copy
    ("COLOMBIAN LIBERAL PARTY CANDIDATE LUIS CARLOS GALAN", "FORMER DEFENSE MINISTER ENRIQUE
    LOPEZ"), or -1."""
    for j in range(i, min(i + 4, len(tokens))):
        tok = tokens[j]
        if _upper_title(tok):
            return _upper_run_end(tokens, j)
        if not tok.is_word or tok.low in FUNCTION_WORDS or tok.low in PERSON_NOUNS or (
            ANY_TRIGGER.match(tok.low) is not None
        ):
            return -1
    return -1


def _titled_name_end(tokens: list[Token], i: int) -> int:
    """End of a bare title and a name as an object, no article: "Iranian general, Qasem
    Soleimani", "police officer Ann Vale"; -1 otherwise. The title is a lower-case singular
    person noun."""
    head = _singular_head(tokens, i)
    if head is None or tokens[head[0]].is_cap:
        return -1
    k = head[0] + 1
    k += k < len(tokens) and tokens[k].text == ","
    if k >= len(tokens) or not _name_start_after(tokens, k):
        return -1
    end = _name_end(tokens, k)
    return end if end > k else -1


def _upper_case_run(tokens: list[Token], i: int) -> bool:
    """Token i and its neighbours are upper-case words (wire text, not one acronym)."""
    near = [t for t in tokens[max(i - 2, 0) : i + 3] if t.is_word]
    return len(near) >= 4 and all(t.text.isupper() for t in near)


def _upper_name_word(tok: Token) -> bool:
    """A word that may be part of a personal name in upper-case wire copy: all capitals, in
    no word list, no casualty word, with a vowel ("FMLN" is an acronym) and no English ending
    (-LY, -ING, -ED, -TION, -ERS, ...)."""
    text, low = tok.text, tok.low
    if len(text) < 2 or not tok.is_word or not text.isupper() or low.endswith(("'s", "’s")):
        return False
    if low in NOT_NAME_WORDS or ANY_TRIGGER.match(low) is not None:
        return False
    if not any(c in "aeiouy" for c in low):
        return False
    return not any(low.endswith(e) and len(low) > len(e) + 2 for e in NOT_NAME_ENDINGS)


def _upper_title(tok: Token) -> bool:
    return tok.text.isupper() and tok.low in NAME_TITLES


def _upper_run_end(tokens: list[Token], i: int) -> int:
    """Last index of a personal name at i in upper-case wire copy, or -1: titles, then one
    to four name words ("DR JOSE ANTONIO RODRIGUEZ PORTH", "COL QUINTERO", "CANDIDATE LUIS
    CARLOS GALAN"), or two to four name words with no title ("ALONSO CORTES"). A fifth
    name word or a person noun after the run makes it no name ("... PEASANT LEADERS")."""
    k = i
    while k < len(tokens) and k - i < 3 and _upper_title(tokens[k]):
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    titled, end, n = k > i, -1, 0
    while k < len(tokens) and n < UPPER_NAME_MAX:
        if _upper_name_word(tokens[k]):
            end, n, k = k, n + 1, k + 1
            continue
        j = k
        while j < len(tokens) and j - k < 2 and tokens[j].low in UPPER_NAME_PARTICLES:
            j += 1  # "JUAN DE LA CRUZ", "RIVERA Y DAMAS"
        if n == 0 or j == k or j >= len(tokens) or not _upper_name_word(tokens[j]):
            break
        k = j
    nxt = tokens[end + 1] if n and end + 1 < len(tokens) else None
    if nxt is not None and _upper_title(nxt) and not titled:
        return _upper_run_end(tokens, end + 1)  # "SAN SALVADOR ARCHBISHOP OSCAR ROMERO"
    if n == 0 or n < 2 and not titled:
        return -1
    if nxt is not None and (_upper_name_word(nxt) or nxt.low in PERSON_NOUNS):
        return -1
    return end


def _upper_context(tokens: list[Token], i: int) -> bool:
    """Token i stands among upper-case words (wire copy), also at a sentence's start."""
    words = 0
    for t in tokens[max(i - 4, 0) : i + 6]:
        if t.is_word:
            if not t.text.isupper():
                return False  # most text is mixed case: out at its first such word
            words += 1
    return words >= 4


SURNAME_OPENERS = words("that and but when after while however where")


def upper_surname_subject(tokens: list[Token], i: int) -> bool:
    """One name word opening a clause in upper-case wire copy, a surname told before ("NEGHME
    WAS KILLED ...", "REPORTED THAT ALVARADO WAS KILLED", "ANTEGUERA, THE FORMER LEADER OF
    ..., WAS KILLED"); its predicate must follow (see `_definite_victim`)."""
    if not _upper_context(tokens, i) or not _upper_name_word(tokens[i]):
        return False
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or _upper_name_word(nxt) or nxt.low in PERSON_NOUNS:
        return False
    return prev is None or prev.low in SURNAME_OPENERS or prev.text == "," and (
        nxt.text == "," or nxt.low in VICTIM_AUXILIARIES
    )


def _upper_name_start(tokens: list[Token], i: int) -> int:
    """End of a name opening at i in upper-case wire copy (not inside a longer run), or -1."""
    if not _upper_context(tokens, i):
        return -1
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and (_upper_name_word(prev) or _upper_title(prev)):
        return -1
    return _upper_run_end(tokens, i)


def _name_end(tokens: list[Token], i: int) -> int:
    """Last index of a capitalised name of two to four words starting at i (i if none); none
    when a person noun follows ("North Korean soldiers" is no name). Lower-case particles
    may stand inside it ("Juan de la Cruz", "Abu Bakr al-Masri")."""
    if tokens[i].text.isupper() and len(tokens[i].text) > 1:
        end = _upper_name_start(tokens, i)
        return end if end > i else i
    end, words_in = i, 1
    while end + 1 < len(tokens) and words_in < 4:
        k = _past_particles(tokens, end + 1)
        tok = tokens[k] if k < len(tokens) else None
        if tok is not None and NAME_PREFIXED.match(tok.text):
            end, words_in = k, words_in + 1  # "al-Masri"
            continue
        if tok is None or not (tok.is_cap and tok.is_word and tok.low not in FUNCTION_WORDS
                               and not (tok.text.isupper() and len(tok.text) > 1)):
            break
        end, words_in = k, words_in + 1
    nxt = tokens[end + 1].low if end + 1 < len(tokens) else ""
    if end + 2 < len(tokens) and tokens[end + 1].is_word and not tokens[end + 1].is_cap and (
        nxt not in FUNCTION_WORDS and tokens[end + 2].low in PERSON_NOUNS
        and tokens[end + 2].low.endswith(("s", "men", "personnel"))
    ):
        return i  # "North Korean military personnel": an adjective and a plural person noun
    if end > i and tokens[end].low in DEMONYM_PLURALS:
        return i  # "North Koreans", "South Africans": a people, no person's name
    if end > i and (
        tokens[end].low in DEMONYM_ADJECTIVES
        or tokens[end].low.endswith("s") and (
            tokens[end].low in PERSON_NOUNS or tokens[end].low[:-1] in CAPTIVE_NOUNS
        )
    ):
        return i  # "captured North Korean and Ukrainian ...", "Ukrainian POWs" (casualty-20)
    return i if nxt in PERSON_NOUNS else end


def _past_particles(tokens: list[Token], k: int) -> int:
    """The token after up to two lower-case name particles at k ("de la", "van der")."""
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].text in NAME_PARTICLES:
        j += 1
    return j


def _correlative_both(tokens: list[Token], i: int) -> bool:
    """ "casualties, both killed and wounded": "both X and Y" joins two words, it counts
    nobody."""
    return i + 3 < len(tokens) and tokens[i + 2].low in ("and", "or") and (
        tokens[i + 1].is_word and tokens[i + 3].is_word
        and tokens[i + 3].low not in ("were", "was", "are", "is", "had", "have", "has", "later")
    )  # not "both died and were buried"


def _implicit_one_at(tokens: list[Token], i: int, headline: bool, out: list[NumberPhrase]) -> None:
    """ "a soldier", "another", "Both", "a third", "the victim, 24,", "Man Killed": the first
    rule of `ONE_RULES` that owns the word at i decides (see `OneRule`)."""
    tok = tokens[i]
    if not tok.text[0].isalpha():
        return  # every single victim below starts at a word
    if not headline and tok.low not in ONE_STARTERS and not tok.text[0].isupper() and not (
        i > 0 and tokens[i - 1].low in LIST_LEADS or _among_victims(tokens, i)
    ):
        return  # a lower-case word outside a headline starts none of them but after a list lead
    table, rest = _ONE_TABLES[headline]
    for rule in table.get(tok.low, rest):
        found = rule.match(tokens, i, out)
        if found is not None:
            out.extend(found)
            return


OneFound: TypeAlias = list[NumberPhrase] | None  # None: not this rule's word
OneMatch: TypeAlias = Callable[[list[Token], int, list[NumberPhrase]], OneFound]


@dataclass(frozen=True)
class OneRule:
    """One way a single victim starts at a word. `match` returns None when the rule does not
    own the word (the next rule is tried), else the phrases it found there, maybe none (no
    later rule is tried). `words`: the only words it may start at (None: any word);
    `headline_only`: tried in headlines only."""

    match: OneMatch
    words: frozenset[str] | None = None
    headline_only: bool = False


def _one(i: int, last: int, head: str | None = None) -> list[NumberPhrase]:
    return [NumberPhrase(i, i, last, 1, 1, "exact", "one", head)]


def _another_alone(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "and wounded another." """
    return _one(i, i) if _bare_pronoun(tokens, i + 1) else None


def _the_other(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "the other is in critical condition" """
    return _one(i, i + 1) if _the_other_of_one(tokens, i) else None


def _both_alone(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Both died", "and both were wounded": 2."""
    if (i == 0 or tokens[i - 1].low in ("and", ";", "that", ",")) and _bare_pronoun(
        tokens, i + 1
    ) and not _correlative_both(tokens, i):
        return [NumberPhrase(i, i, i, 2, 2, "exact", "words", None)]
    return None


def _an_ordinal(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "a third was wounded" """
    return _one(i, i + 1) if _ordinal_pronoun(tokens, i + 1) else None


def _the_aged(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "The victim, 24, was shot" """
    return _one(i, i + 1, tokens[i + 1].text) if _definite_with_age(tokens, i + 1) else None


def _a_coffin(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "wept over a coffin"; "pulled a body from the rubble" (casualty-20, fixs) """
    return _one(i, i) if _lone_coffin(tokens, i + 1) or _recovered_body(tokens, i) else None


RECOVERY_VERBS = words("found recovered retrieved pulled discovered located exhumed")
BODY_PLACE_WORDS = words("from in near at on under inside beneath along out")


def _recovered_body(tokens: list[Token], i: int) -> bool:
    """ "Rescuers pulled a body from a heap of rubble": a body as a recovery verb's object,
    before a place word (GUIDELINES: bodies recovered are killed); not "found a body of
    evidence", "a body armour"."""
    k = i + 1
    return (
        i > 0
        and tokens[i - 1].low in RECOVERY_VERBS
        and k + 1 < len(tokens)
        and tokens[k].low in ("body", "corpse")
        and tokens[k + 1].low in BODY_PLACE_WORDS
        and (k + 2 >= len(tokens) or tokens[k + 2].low not in ("charge", "power", "office"))
    )


def _an_article_head(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "a soldier", "another civilian": owns every article."""
    head = _singular_head(tokens, i + 1)
    if head is None or (i > 0 and tokens[i - 1].low in ("such", "what")):
        return []
    return _one(i, head[0], head[1])


# "An American who has been held in North Korea", "a Briton detained in Iran": a singular
# demonym as one person, only before a detention word (casualty-20, fixg; whether it counts is
# the trigger's: a foreign national held by a state, no arrest)
NATIONAL_SINGULARS = frozenset(w[:-1] for w in DEMONYM_PLURALS if w.endswith("s"))
HELD_WORDS = frozenset({"held", "detained", "imprisoned"})


def _a_held_national(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "An American who has been held in North Korea since October": an article, a
    capitalised singular demonym (or "X-American"), then a detention word, maybe in a relative
    ("who has been held"); else not this rule's word."""
    j = i + 1
    if j < len(tokens) and tokens[j].low in ("north", "south") and tokens[j].is_cap:
        j += 1
    if j >= len(tokens) or not tokens[j].is_cap or not (
        tokens[j].low in NATIONAL_SINGULARS or tokens[j].low.endswith("-american")
    ):
        return None
    k = j + 1
    if k < len(tokens) and tokens[k].low in ("who", "that"):
        k += 1
        while k < len(tokens) and k <= j + 4 and tokens[k].low in (
            "has", "had", "have", "is", "was", "been", "being", "now", "still", "currently",
        ):
            k += 1
    return _one(i, j) if k < len(tokens) and tokens[k].low in HELD_WORDS else None


def _headline_person(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Man Killed ...", "...: Soldier Wounded": owns a capitalised person noun, unless it
    modifies a thing ("Passenger Train Derails")."""
    if not tokens[i].is_cap:
        return None
    if i + 1 < len(tokens) and tokens[i + 1].low in HEADLINE_THING_NOUNS:
        return []
    if i == 0 or tokens[i - 1].text in HEADLINE_CLAUSE_MARKS:
        return _one(i, i, tokens[i].text)
    return []


def _headline_listed(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Police officer, 2 civilians wounded in ..." """
    if i != 0 or not tokens[i].is_cap:
        return None
    k = _headline_listed_head(tokens)
    return _one(i, k, _joined(tokens, 0, k)) if k > 0 else None


def _headline_adjective_person(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Missing Girl Found", "Missing Japanese Girl Kidnapped by ..." """
    if i != 0 or len(tokens) < 2:
        return None
    if tokens[1].low in SINGULAR_PERSON_NOUNS:
        return _one(i, 1, tokens[1].text)
    k = _demonym_person(tokens, 1)
    return _one(i, k, _joined(tokens, 1, k)) if k > 0 else None


def _headline_head_noun(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Ukrainian soldier killed", "N. Korean POW in ...", "Couple dead" """
    if not tokens[i].is_cap:
        return None
    headed = _headline_headed(tokens, i)
    return [headed] if headed is not None else None


def _headline_bare_victim(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "...; suspect dead" """
    return _one(i, i, tokens[i].text) if _bare_headline_victim(tokens, i) else None


def _included_described(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "23 were hurt, including the driver", "..., including their commander" """
    if i == 0 or not (
        tokens[i - 1].low in ("including", "among") or _among_them(tokens, i)
        or _victims_included(tokens, i) or _next_included(tokens, i, out)
    ):
        return None
    head = _singular_head(tokens, i + 1)
    return _one(i, head[0], head[1]) if head is not None else None


def _next_included(tokens: list[Token], i: int, out: list[NumberPhrase]) -> bool:
    """casualty-20 (fixi): the second described victim after "including" / "among them":
    "including a doctor and the ambulance driver" (the item before it a single victim right
    after the subset marker)."""
    if i < 4 or tokens[i - 1].low != "and" or not out:
        return False
    prev = out[-1]
    return prev.kind == "one" and prev.last == i - 2 and prev.first > 0 and (
        tokens[prev.first - 1].low in ("including", "among") or _among_them(tokens, prev.first)
    )


def _included_person(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "twenty more, including colleague Faisal Nour, were injured" """
    if i > 0 and (
        tokens[i - 1].low in SUBSET_MARKERS or _among_them(tokens, i) or _among_victims(tokens, i)
    ) and (end := _included_person_end(tokens, i)) > 0:
        return _one(i, end)
    return None


def _appositive_person(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "the killing of two army officers, Captain A and Lieutenant B, by guards" """
    if i > 1 and _appositive_name_list(tokens, i, out) and (
        end := _included_person_end(tokens, i)
    ) > 0:
        return _one(i, end)
    return None


def _next_titled_person(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "including Interior Minister A, Trade Minister B and ...": the next titled name."""
    if i > 1 and tokens[i - 1].text == "," and out and out[-1].last == i - 2 and (
        out[-1].kind == "one" and out[-1].head is None and _listed_subset(tokens, out[-1].first)
    ) and (end := _included_person_end(tokens, i)) > 0 and _titled(tokens, i):
        return _one(i, end)
    return None


def _the_among_victims(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Among the dead was the mayor" """
    if not _among_victims(tokens, i):
        return None
    head = _singular_head(tokens, i + 1)
    return _one(i, head[0], head[1]) if head is not None else []


CONJUNCT_POSSESSIVES = SUBSET_POSSESSIVES | {"my"}
# words inside a figure's noun phrase before a possessive conjunct: "two of his brothers"
OWNED_NP_WORDS = CONJUNCT_POSSESSIVES | {"of", "the"}


def _possessive_conjunct(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """casualty-20: "two of his brothers and his niece were killed": a possessive singular
    person after "and" that ends a figure's noun phrase of people is one more victim."""
    if i < 3 or tokens[i - 1].low != "and" or tokens[i - 2].low not in PERSON_NOUNS:
        return None
    j = i - 2
    while j > max(i - 8, 0) and tokens[j - 1].is_word and not _may_start_figure(tokens[j - 1]) and (
        tokens[j - 1].low not in FUNCTION_WORDS or tokens[j - 1].low in OWNED_NP_WORDS
    ):
        j -= 1  # back over the figure's noun phrase: "of his", "elderly"
    if j < 1 or not _may_start_figure(tokens[j - 1]) or _figure_at(tokens, j - 1) is None:
        return None  # "Two soldiers were killed and his brother ...": a clause, no list
    if not any(t.low in CONJUNCT_POSSESSIVES for t in tokens[max(j - 2, 0) : i - 1]):
        return None  # one owner's people on both sides: "(his) two (of his) sons and his wife"
    head = _singular_head(tokens, i + 1)
    return _one(i, head[0], head[1]) if head is not None else None


def _name_aged(tokens: list[Token], i: int, out: list[NumberPhrase]) -> OneFound:
    """ "Kim Min-jun, 24, was killed" """
    if tokens[i].is_cap and tokens[i].is_word and (i == 0 or not tokens[i - 1].is_cap):
        name = _name_with_age(tokens, i)
        return _one(i, name) if name is not None else None
    return None


_A = frozenset({"a", "an"})
# Tried in this order; the first that owns the word decides.
ONE_RULES: tuple[OneRule, ...] = (
    OneRule(_another_alone, frozenset({"another"})),
    OneRule(_the_other, DEFINITE),
    OneRule(_both_alone, frozenset({"both"})),
    OneRule(_an_ordinal, _A),
    OneRule(_the_aged, DEFINITE),
    OneRule(_a_coffin, _A),
    OneRule(_a_held_national, ARTICLES),
    OneRule(_an_article_head, ARTICLES),
    OneRule(_headline_person, SINGULAR_PERSON_NOUNS, headline_only=True),
    OneRule(_headline_listed, headline_only=True),
    OneRule(_headline_adjective_person, VICTIM_ADJECTIVES, headline_only=True),
    OneRule(_headline_head_noun, headline_only=True),
    OneRule(_headline_bare_victim, SINGULAR_PERSON_NOUNS, headline_only=True),
    OneRule(_included_described, DEFINITE | SUBSET_POSSESSIVES),
    OneRule(_included_person),
    OneRule(_appositive_person),
    OneRule(_next_titled_person),
    OneRule(_the_among_victims, DEFINITE),
    OneRule(_name_aged),
    OneRule(_possessive_conjunct, CONJUNCT_POSSESSIVES),
)


def _one_tables(
    headline: bool,
) -> tuple[dict[str, tuple[OneRule, ...]], tuple[OneRule, ...]]:
    """The rules to try, by starting word, and for any other word."""
    rules = [r for r in ONE_RULES if headline or not r.headline_only]
    named = {w for r in rules if r.words is not None for w in r.words}
    table = {w: tuple(r for r in rules if r.words is None or w in r.words) for w in named}
    return table, tuple(r for r in rules if r.words is None)


_ONE_TABLES = {False: _one_tables(False), True: _one_tables(True)}


HEADLINE_CLAUSE_MARKS = frozenset({",", ":", ";", "-", "—", "–"})


def _headline_headed(tokens: list[Token], i: int) -> NumberPhrase | None:
    """A headline clause at i opening with one or two capitalised modifiers and a head noun
    that names its victims: a singular person noun with its fate right after it ("Ukrainian
    soldier killed in Kursk", "Police officer shot"), 1; a singular captive noun before a
    preposition or a telling verb ("N. Korean POW in Ukraine Seeks ..."), 1, the noun being
    the captive trigger; a bare or modified "couple"/"pair" with its fate (after "found" too:
    "Couple dead in ...", "Elderly couple found dead"), 2 (GUIDELINES: a couple is 2)."""
    k = _headline_head(tokens, i, SINGULAR_PERSON_NOUNS)
    if k < 0:
        k = _demonym_described_head(tokens, i)
    if k > 0 and (tokens[k + 1].low in HEADLINE_FATES or tokens[k + 1].text == "," and (
        k + 2 < len(tokens) and tokens[k + 2].low in HEADLINE_FATES and tokens[k + 2].is_cap
    )):  # "North Korean Soldier, Shot and Wounded, ...": a title-case aside (casualty-20, fixh)
        return NumberPhrase(i, i, k, 1, 1, "exact", "one", _joined(tokens, i, k))
    k = _headline_head(tokens, i, HEADLINE_CAPTIVES)
    if k > 0 and tokens[k + 1].low in HEADLINE_CAPTIVE_NEXT:
        return NumberPhrase(i, i, k - 1, 1, 1, "exact", "one", _joined(tokens, i, k))
    k = _headline_head(tokens, i, PAIR_NOUNS, bare=True)
    j = k + 2 if k >= 0 and tokens[k + 1].low == "found" else k + 1
    if k >= 0 and j < len(tokens) and tokens[j].low in HEADLINE_FATES:
        return NumberPhrase(i, i, k, 2, 2, "exact", "words", tokens[k].text)
    return None


def _joined(tokens: list[Token], i: int, k: int) -> str:
    return " ".join(t.text for t in tokens[i : k + 1])


def _headline_head(
    tokens: list[Token], i: int, heads: frozenset[str], bare: bool = False
) -> int:
    """Index of a head noun from `heads` after one or two capitalised modifiers ("N. Korean";
    none needed when `bare`) opening a headline clause at i, with a word after it; or -1."""
    if i > 0 and tokens[i - 1].text not in HEADLINE_CLAUSE_MARKS:
        return -1
    k = i
    while k < min(i + 2, len(tokens)) and tokens[k].is_cap and (
        tokens[k].is_word or re.fullmatch(r"[NSEW]\.", tokens[k].text)
    ) and tokens[k].low not in heads and tokens[k].low not in FUNCTION_WORDS and (
        tokens[k].low not in SINGULAR_PERSON_NOUNS
    ):
        k += 1
    if (k == i and not bare) or k + 1 >= len(tokens) or tokens[k].low not in heads:
        return -1
    return k


# casualty-20: capitalised nationality words that may open a headline's described victim
OTHER_DEMONYMS = words(
    """british french dutch irish spanish swiss turkish polish afghan filipino greek czech
    scottish welsh danish swedish finnish kurdish uzbek kazakh thai"""
)


def _demonym_word(tok: Token) -> bool:
    return tok.is_cap and (
        bool(DEMONYM.match(tok.text)) or tok.low in OTHER_DEMONYMS or tok.low in ("south", "north")
        or bool(re.fullmatch(r"[NSEW]\.|[A-Z][a-z]{2,}i", tok.text))  # "S.", "Israeli", "Iraqi"
    )


def _lower_modifier(tok: Token) -> bool:
    """A lower-case noun or adjective modifying a headline's person noun ("government",
    "aid", "off-duty"): no function word, fate, trigger, plural, -ing form or person noun."""
    low = tok.low
    return tok.is_word and tok.text.islower() and low not in FUNCTION_WORDS and (
        low not in HEADLINE_FATES and low not in SINGULAR_PERSON_NOUNS
    ) and not (low.endswith("s") and not low.endswith(NOT_PLURAL_ENDINGS)) and (
        not low.endswith(("ing", "'s", "’s", "'", "’")) and ANY_TRIGGER_LOWER.match(low) is None
    )  # nor a possessive ("Polish soldier's brother killed": whose victim is unclear)


def _nation_possessive(tok: Token) -> bool:
    """A capitalised place's possessive opening a headline's described victim ("Korea's",
    "Japan's", "Ukraine’s"); not a person noun's ("Soldier's")."""
    stem = tok.low[:-2]
    return tok.is_cap and tok.low.endswith(POSSESSIVE_ENDINGS) and len(stem) > 2 and (
        stem.isalpha() and stem not in PERSON_NOUNS and stem not in FUNCTION_WORDS
    )


def _demonym_described_head(tokens: list[Token], i: int) -> int:
    """casualty-20: "South Korean government worker shot dead": one or two nationality words
    (or a place's possessive: "South Korea's opposition party chief stabbed", fixl) opening a
    headline clause, then one or two lower-case modifiers before a singular person
    noun (with a word after it); its index, or -1."""
    if i > 0 and tokens[i - 1].text not in HEADLINE_CLAUSE_MARKS:
        return -1
    k = i
    while k < min(i + 2, len(tokens)) and _demonym_word(tokens[k]):
        k += 1
    if k < min(i + 2, len(tokens)) and _nation_possessive(tokens[k]):
        k += 1  # "South Korea's opposition party chief stabbed" (casualty-20, fixl)
    if k == i:
        return -1
    m = k
    while m < min(k + 2, len(tokens)) and _lower_modifier(tokens[m]):
        m += 1
    if m == k or m + 1 >= len(tokens) or tokens[m].low not in SINGULAR_PERSON_NOUNS:
        return -1
    return m


# what a headline tells of its victim right after the person noun ("Ukrainian soldier killed")
HEADLINE_FATES = words(
    """killed shot wounded injured hurt dead dies died captured abducted kidnapped missing
    stabbed freed released executed slain murdered seized slashed"""
)


def _headline_listed_head(tokens: list[Token]) -> int:
    """Index of the singular person noun of a headline's opening noun phrase when a list
    goes on after it ("Police officer, 2 civilians wounded"; "Village chief and 3 guards
    killed"), or -1."""
    head = _singular_head(tokens, 0)
    if head is None or head[0] == 0 or head[0] + 2 >= len(tokens):
        return -1
    nxt, after = tokens[head[0] + 1], tokens[head[0] + 2]
    listed = nxt.text == "," or nxt.low == "and"
    return head[0] if listed and (after.is_digit or after.low in UNITS or after.low in TENS) else -1


# casualty-20 (fixi): "abducted", "kidnapped" ("Japanese mother, sister abducted by ..."; not
# "captured"/"detained": "suspect captured" is an arrest)
HEADLINE_OUTCOMES = words("dead killed injured hurt wounded missing abducted kidnapped")
VICTIM_NOUNS_AMONG = words("dead killed injured wounded victims casualties deceased missing")


def _demonym_person(tokens: list[Token], j: int) -> int:
    """Index of a singular person noun after one or two capitalised nationality words at j
    ("Japanese Girl", "South Korean soldier"), or -1."""
    k = j
    while k < min(j + 2, len(tokens)) and tokens[k].is_cap and (
        DEMONYM.match(tokens[k].text) or tokens[k].low in ("south", "north")
    ):
        k += 1
    return k if j < k < len(tokens) and tokens[k].low in SINGULAR_PERSON_NOUNS else -1


def _bare_headline_victim(tokens: list[Token], i: int) -> bool:
    """A headline's bare singular noun with its outcome after it, opening a headline clause
    or as the object of "leaves": "Police chase ends in crash; suspect dead", "Robbery
    leaves guard dead"."""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    prev = tokens[i - 1] if i > 0 else None
    opens = prev is None or prev.text in (",", ":", ";", "-", "—", "–") or (
        prev.low in ("leaves", "left", "leave")
    )
    return opens and nxt in HEADLINE_OUTCOMES


def _victims_included(tokens: list[Token], i: int) -> bool:
    """ "The dead included the foreign minister": a definite person right after a victims
    noun and "include(d)"."""
    return i > 1 and tokens[i - 1].low in ("included", "include", "includes") and (
        tokens[i - 2].low in VICTIM_NOUNS_AMONG
    )


def _appositive_name_list(tokens: list[Token], i: int, out: list[NumberPhrase]) -> bool:
    """A titled name at i in apposition to a counted plural of people ("two army officers,
    Captain A and Lieutenant B"), or the next one after "and"."""
    if not tokens[i].is_cap or tokens[i].low in FUNCTION_WORDS or not _titled(tokens, i):
        return False
    prev = tokens[i - 1]
    if prev.low == "and" and out and out[-1].kind == "one" and out[-1].last == i - 2 and (
        out[-1].head is None
    ):
        return True
    if prev.text != "," or tokens[i - 2].low not in PERSON_NOUNS or (
        tokens[i - 2].low in SINGULAR_PERSON_NOUNS
    ):
        return False
    return any(t.is_digit or _words_at(tokens, j) is not None
               for j, t in enumerate(tokens[max(i - 7, 0) : i - 2], start=max(i - 7, 0)))


def _listed_subset(tokens: list[Token], i: int) -> bool:
    """The name at i follows "including" / "among them", or an earlier name of such a list."""
    return i > 0 and (tokens[i - 1].low in SUBSET_MARKERS or _among_them(tokens, i)) or (
        i > 1 and tokens[i - 1].text == ","
    )


def _titled(tokens: list[Token], i: int) -> bool:
    """A name led by a title noun ("Foreign Minister Lee", "Captain Bo")."""
    return any(t.low in SINGULAR_PERSON_NOUNS for t in tokens[i : i + 3])


def _among_them(tokens: list[Token], i: int) -> bool:
    """ "..., among them Deputy Minister Kim": "among them/whom" leads a subset like
    "including"."""
    return i > 1 and tokens[i - 1].low in ("them", "whom") and tokens[i - 2].low == "among"


def _included_person_end(tokens: list[Token], i: int) -> int:
    """End of a person named after "including": a bare title and a name ("colleague Faisal
    Nour") or a name of two or more capitalised words; -1 otherwise."""
    k = i
    while k < i + 2 and k + 1 < len(tokens) and tokens[k].low in TITLE_MODIFIERS and (
        not tokens[k].is_cap
    ):
        k += 1  # "senior Military Officer X", "police official X"
    if tokens[k].low in SINGULAR_PERSON_NOUNS and not tokens[k].is_cap:
        k += 1
    if k > i + 1 and tokens[k - 1].low not in SINGULAR_PERSON_NOUNS and not tokens[k].is_cap:
        return -1
    if k >= len(tokens) or not _name_start_after(tokens, k):
        return -1
    end = _name_end(tokens, k)
    if end == k + 3 and any(t.low in SINGULAR_PERSON_NOUNS for t in tokens[k:end]):
        # a long title before the name: "Deputy Prime Minister Kim Dae Soo"
        while end + 1 < len(tokens) and end < k + 6 and tokens[end + 1].is_cap and (
            tokens[end + 1].is_word and tokens[end + 1].low not in FUNCTION_WORDS
        ) and tokens[end + 1].low not in PERSON_NOUNS:
            end += 1
    return end if end > k else -1


def _among_victims(tokens: list[Token], i: int) -> bool:
    """ "Among the dead was the mayor", "among the injured were the driver and ...": a
    definite person right after a victims noun and its copula."""
    if i >= 5 and tokens[i - 1].low == "both":
        i -= 1  # "Among the dead are both the pilot and the co-pilot"
    if i < 4 or tokens[i - 1].low not in ("was", "were", "is", "are"):
        return False
    return tokens[i - 2].low in VICTIM_NOUNS_AMONG and any(
        t.low == "among" for t in tokens[max(i - 5, 0) : i - 2]
    )


def _name_start(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if not (tok.is_cap and tok.is_word) or tok.low in FUNCTION_WORDS or tok.low in ARTICLES:
        return False
    if tok.text.isupper() and len(tok.text) > 1:
        # upper-case runs are captions, credits or wire text: in wire text a name is a run of
        # words in no word list ("ALONSO CORTES"), or a title and a name ("COL QUINTERO")
        return _upper_name_start(tokens, i) > i or upper_surname_subject(tokens, i)
    if tok.low in MONTHS or tok.low in WEEKDAYS:
        return False  # "on Saturday Sirhan Sirhan was stabbed": the name starts after it
    prev = tokens[i - 1] if i > 0 else None
    return prev is None or not prev.is_cap or prev.low in WEEKDAYS or prev.low in MONTHS


# "... forcing him to the ground, where Bonifas was beaten to death": a ranked surname told
# before may open a subordinate or coordinated clause too, or a reported one ("quoted the
# source as saying Hwang was executed")
NAME_CLAUSE_OPENERS = words("where when and but after while until then that saying")


def _definite_victim(
    tokens: list[Token], i: int, names: frozenset[str] = frozenset()
) -> NumberPhrase | None:
    """A single victim named without a numeral, as the subject of a casualty predicate right
    after it: "the attacker was shot dead", "He was killed last week", "Qasem Soleimani was
    killed" (GUIDELINES: a mention of 1)."""
    tok = tokens[i]
    if tok.low in DEFINITE or tok.low in POSSESSIVE_DETS or _opening_nation_possessive(tokens, i):
        # "Her brother was captured"; "South Korea's opposition leader, X, was stabbed" (fixl)
        head = _singular_head(tokens, i + 1)
        end, noun = (head[0], head[1]) if head is not None else (-1, None)
        k = _modified_couple(tokens, i + 1, True) if head is None and tok.low in DEFINITE else -1
        if k > 0:
            # "The couple was seriously injured" (casualty-20, fixq; GUIDELINES: a couple is 2)
            nxt = _past_children(tokens, k)
            aside = past_victim_aside(tokens, nxt, True, i)
            return NumberPhrase(i, i, k, 2, 2, "exact", "words", "couple") if any(
                _victim_predicate_next(tokens, j) or 0 <= j < len(tokens) and (
                    tokens[j].low in PLURAL_VICTIM_AUXILIARIES and _plural_predicate_next(tokens, j)
                ) for j in (nxt, aside)
            ) else None
    elif tok.low in SUBJECT_PRONOUNS:
        end, noun = i, None
        if i > 0 and tokens[i - 1].is_word and tokens[i - 1].low not in (
            "and", "but", "then", "said", "says", "that", "told"
        ) and not (tokens[i - 1].low in ("when", "after", "before") and _vanished(tokens, i + 1)):
            return None  # "... after he was shot": a subordinate clause; but a disappearance
            # is often told only there ("walking home when she disappeared")
    else:
        end, noun = _name_end(tokens, i), None
        if end > i + 1 and tokens[end].low in DEATH_VERBS | HARM_WORDS and (
            not tokens[end].text.isupper()
        ):
            end -= 1  # a title-case headline: "Otto Warmbier Dies After ..." (casualty-20, fixf)
        obj = i > 0 and tokens[i - 1].low in NAME_OBJECT_PREPOSITIONS or i > 1 and (
            tokens[i - 1].low == "the" and tokens[i - 2].low in NAME_OBJECT_PREPOSITIONS
        )  # "captured ... in the Russo-Ukraine War has died": the war is no victim
        if obj and (
            end + 1 >= len(tokens) or tokens[end + 1].text != ","
        ):  # "the troops sent from North Korea had been killed": an object; not "met by
            return None  # Abu Muhandis, who was also killed" (a relative names its victim)
        if end == i and not upper_surname_subject(tokens, i) and not (
            tokens[i].text in names and (
                i == 0 or not tokens[i - 1].is_word or tokens[i - 1].low in NAME_CLAUSE_OPENERS
            )
        ) and not _injured_surname(tokens, i):
            return None  # one capitalised word is no name ("Police was ..."), unless an
            # upper-case surname opens the clause, or a ranked person's name given earlier
            # does ("Staff Sgt. Seo ... . Seo died")
        if end > i and tokens[end].low in ORGANISATION_HEADS:
            return None  # "soldiers of the Korean People's Army died": a body, no person
        listed = _listed_name_end(tokens, i)
        if listed > 0:
            return NumberPhrase(i, i, listed, 1, 1, "exact", "one", None)
    if end < 0:
        return None
    nxt = _past_children(tokens, end)
    if not _victim_predicate_next(tokens, nxt) and not (
        noun is not None and _coordinated_victims_next(tokens, nxt)
    ) and not _victim_predicate_next(
        tokens, past_victim_aside(tokens, nxt, noun is not None, i)
    ) and not ((noun is not None or end > i) and _relative_victim_next(tokens, nxt)) and (
        captivity_relative(tokens, nxt) < 0
    ) and not (
        nxt + 2 < len(tokens) and tokens[nxt].text in RELATIVE_MARKS
        and tokens[nxt + 1].low == "who" and (
            relative_injury_at(tokens, nxt + 2)
            or tokens[nxt].text != "," and _relative_fate_at(tokens, nxt + 2)
            or noun is not None and _passive_fate_at(tokens, nxt + 2)
        )
    ) and not (_opens_clause(tokens, i) and _coordinated_fate(tokens, nxt)) and not (
        _taken_after(tokens, nxt)
    ) and not _named_taken_aside(tokens, i, end, noun, nxt):
        return None
    return NumberPhrase(i, i, end, 1, 1, "exact", "one", noun)


def _named_taken_aside(
    tokens: list[Token], i: int, end: int, noun: str | None, nxt: int
) -> bool:
    """ "Hitomi Soga, snatched as a trainee nurse in 1978, ...": a name of two or more words
    opening its clause, then a lower-case casualty participle aside (casualty-20, fixq); not a
    title-case headline ("Insurgents Captured, Killed in ...") nor a run holding a person noun
    or a casualty word."""
    if noun is not None or end <= i or not _opens_clause(tokens, i):
        return False
    k = participle_after(tokens, nxt)
    return k > 0 and tokens[k].text.islower() and not any(
        t.low in PERSON_NOUNS or ANY_TRIGGER.match(t.low) is not None for t in tokens[i : end + 1]
    )


TAKEN_AFTER_LEADS = words("after following upon")
TAKEN_AFTER_PARTICIPLES = words("captured abducted kidnapped seized")
TAKEN_AFTER_STOPS = words(
    """and but or who which that when while because if arrested detained jailed charged
    convicted sentenced indicted questioned"""
)


def _taken_after(tokens: list[Token], k: int) -> bool:
    """casualty-20 (fixi): a single victim's clause told on to "after being abducted" within a
    few plain words ("Megumi Yokota, became a symbol of the issue after being abducted in
    1977"; "The girl grew up in the North after being kidnapped"): the subject was taken.
    `linking._captivity_after` links it."""
    k += k < len(tokens) and tokens[k].text == ","
    for n in range(k, min(k + 8, len(tokens) - 2)):
        tok = tokens[n]
        if tok.low in TAKEN_AFTER_LEADS and tokens[n + 1].low == "being":
            return tokens[n + 2].low in TAKEN_AFTER_PARTICIPLES
        if not tok.is_word or tok.low in TAKEN_AFTER_STOPS or tok.low in REPORT_VERBS:
            return False
    return False


def _opening_nation_possessive(tokens: list[Token], i: int) -> bool:
    """casualty-20 (fixl): a place's possessive opening a clause ("South Korea's opposition
    leader, ...", "Japan's former prime minister ..."), like "his" before a described victim."""
    if not _nation_possessive(tokens[i]):
        return False
    j = i - 1 if i > 0 and tokens[i - 1].text in COMPASS_WORDS else i
    return _opens_clause(tokens, j)


def _opens_clause(tokens: list[Token], i: int) -> bool:
    """The subject position: the sentence's first word, or after a clause mark or a
    reporting verb ("Police said the victim ...")."""
    return i == 0 or not tokens[i - 1].is_word or tokens[i - 1].low in (
        "and", "but", "then", "said", "says", "that"
    )


COORDINATED_FATE_REACH = 12
FATE_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "who", "which", "that", "but", "when",
                               "after", "before", "while", "because", "as", "if"})


def _coordinated_fate(tokens: list[Token], k: int) -> bool:
    """A second verb phrase of the same subject tells its fate: "The victim had gunshot wounds
    to the head and was pronounced dead", "The soldier stepped on a mine and was killed"."""
    for j in range(k, min(k + COORDINATED_FATE_REACH, len(tokens) - 1)):
        if tokens[j].low in FATE_CLAUSE_STOPS or tokens[j].low in HOSPITAL_NOUNS | {"condition"}:
            return False  # "flown to a hospital in critical condition and later died": the
            # wounded predicate comes first, the death is told by the found-victim rule
        if tokens[j].low == "and":
            return _victim_predicate_next(tokens, j + 1)
    return False


CAPTIVE_SPANS = words("years months weeks days decades year month week")


def captivity_relative(tokens: list[Token], k: int) -> int:
    """Index of "captivity" in a relative clause at k (", who ... , ") that tells a span of
    time in captivity ("Mr X, who made a dramatic escape after nearly 50 years in captivity,"),
    or -1."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return -1
    rel = k + 1
    if tokens[rel].low in ("the", "a", "an"):  # ", the American student who was ..."
        rel = next((j for j in range(k + 2, min(k + 10, len(tokens))) if tokens[j].low == "who"
                    or not tokens[j].is_word), -1)
        if rel < 0 or tokens[rel - 1].low not in PERSON_NOUNS:
            return -1
    if tokens[rel].low != "who":
        return -1
    for j in range(rel + 1, min(rel + 31, len(tokens) - 1)):
        if tokens[j].text in (",", ".", ";", ":", "(", ")"):
            return -1
        if tokens[j].low in CAPTIVE_SPANS and tokens[j + 1].low == "in":
            nxt = j + 2 + (j + 3 < len(tokens) and tokens[j + 3].low == "captivity")
            if nxt < len(tokens) and tokens[nxt].low == "captivity":
                return nxt
    return -1


def _relative_victim_next(tokens: list[Token], k: int) -> bool:
    """ "The man who was injured in Thursday's shooting has died": a definite victim whose
    relative clause tells the harm (its main verb is linked as well)."""
    return k + 1 < len(tokens) and tokens[k].low == "who" and _victim_predicate_next(
        tokens, k + 1
    )


ASIDE_MAX = 20
ASIDE_STOPS = words("who whom whose which that when where while after because said says")


RELATIVE_REACH = 16


def relative_close(tokens: list[Token], k: int) -> int:
    """The token after the comma closing a relative clause opened at k, or -1 (a stop, a
    bracket or no comma within reach)."""
    for j in range(k, min(k + RELATIVE_REACH, len(tokens) - 1)):
        if tokens[j].text == ",":
            return j + 1
        if tokens[j].text in (".", ";", ":", "(", ")", "[", "]"):
            return -1
    return -1


def _home_town_end(tokens: list[Token], k: int) -> int:
    """After a name's age: "from/of <Capitalised place>," before "who" is skipped too (the
    index of "who"); else k (casualty-20, fixg)."""
    if k + 1 >= len(tokens) or tokens[k].low not in ("from", "of") or not (
        tokens[k + 1].is_cap and tokens[k + 1].is_word
    ):
        return k
    j = k + 1
    while j < min(k + 5, len(tokens)) and tokens[j].is_cap and tokens[j].is_word:
        j += 1
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].low == "who":
        return j + 1
    return k


def past_victim_aside(tokens: list[Token], k: int, definite: bool, first: int = -1) -> int:
    """The token after what may stand between one victim and its predicate: ", who" (not
    after "the/his ...": "Col Quintero, who died instantly"; "ENRIQUE LOPEZ, WHO WAS
    MURDERED"), an appositive with no verb or casualty word ("Her father, former governor
    Alvaro Gonzalez, was murdered"), or,
    after a definite noun, an "of" complement ("the president of the Supreme Court of Justice
    was wounded"); -1 when none."""
    if k + 1 >= len(tokens):
        return -1
    if tokens[k].text == "," and tokens[k + 1].low == "whose" and first >= 0 and (
        tokens[first].low in DEFINITE and _opens_clause(tokens, first)
    ):
        return relative_close(tokens, k + 2)  # "The man, whose name was not released, died"
    if tokens[k].text == "," and tokens[k + 1].low == "who":
        # not "the officer shot at the man, who ...": a definite noun's relative may tell
        # of someone known from before
        lead = tokens[first].low if first >= 0 else ""
        if lead in DEFINITE or lead in POSSESSIVE_DETS:
            # but the subject opening its clause: "The man, who has not been identified by
            # police, died from gunshot wounds": past the relative to the main predicate
            return relative_close(tokens, k + 2) if _opens_clause(tokens, first) else -1
        return k + 2
    if tokens[k].text == "," and k + 2 < len(tokens) and tokens[k + 2].text == "," and (
        tokens[k + 1].text.isdigit() and 0 < int(tokens[k + 1].text) <= MAX_AGE
    ):
        return _home_town_end(tokens, k + 3)  # an age: "FORMER MAYOR PABLO PELAEZ, 45, WAS
        # SHOT TO DEATH"; "Oleksandr Tarasov, 38, from Mykolaiv, who was captured ..."
    if tokens[k].text == "," and k + 3 < len(tokens) and tokens[k + 1].low in ("then", "now") and (
        tokens[k + 3].text == "," and tokens[k + 2].text.isdigit()
        and 0 < int(tokens[k + 2].text) <= MAX_AGE
    ):
        return k + 4  # "Her brother, then 17, was abducted" (casualty-20, fixi)
    relative = _appositive_relative_end(tokens, k)
    if relative > 0:
        return relative
    if tokens[k].text == ",":
        for j in range(k + 1, min(k + 2 + ASIDE_MAX, len(tokens))):
            tok = tokens[j]
            if tok.text == "," and j > k + 1 and j + 3 < len(tokens) and (
                tokens[j + 1].low == "aged" and tokens[j + 2].is_digit and tokens[j + 3].text == ","
            ):
                return j + 4  # "The man, Pak Chol Su, aged 61, died": an age after the name
            if tok.text == ",":
                return j + 1 if j > k + 1 else -1
            if tok.text in ("[", "]", "(", ")", ".") or tok.is_word and not (  # "(UP)"
                tok.low in AUXILIARIES or tok.low in ASIDE_STOPS or tok.low in REPORT_VERBS
                or ANY_TRIGGER.match(tok.low) is not None
            ) or tok.is_digit and j + 1 < len(tokens) and tokens[j + 1].low in ORDINAL_ENDS and (
                glued(tok, tokens[j + 1])
            ):
                continue  # "Driver, member of the 1st Cavalry Division, perished" (fixh)
            return -1
        return -1
    place = tokens[k].low in ("in", "from") and tokens[k + 1].is_cap and tokens[k + 1].is_word
    # a workplace after "at/in/from the": "the official at the Ministry of Oceans and
    # Fisheries was reported missing" (capitalised after the article)
    workplace = tokens[k].low in ("in", "from", "at") and tokens[k + 1].low == "the" and (
        k + 2 < len(tokens) and tokens[k + 2].is_cap and tokens[k + 2].is_word
    )
    if definite and (tokens[k].low == "of" or place or workplace):
        # "the president of the Supreme Court was wounded"; a place: "THE UP LEADER IN
        # CORDOBA WAS MURDERED" (capitalised, at most four words)
        for j in range(k + 1, min(k + (6 if place and not workplace else 9), len(tokens))):
            tok = tokens[j]
            if tok.low in VICTIM_AUXILIARIES:
                return j
            if tok.text == "," and j > k + 2 and tokens[k].low == "of" and j + 1 < len(tokens) and (
                tokens[j + 1].is_cap
            ):  # "The leader of the party, Lee Jae-myung, was stabbed" (casualty-20, fixl)
                return past_victim_aside(tokens, j, False)
            if not tok.is_word or tok.low in AUXILIARIES or tok.low in ASIDE_STOPS or (
                ANY_TRIGGER.match(tok.low) is not None
            ):
                return -1
    return -1


HARM_WORDS = words("killed shot wounded injured stabbed hurt murdered slain slashed")
ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def _appositive_relative_end(tokens: list[Token], k: int) -> int:
    """The token after an appositive holding a relative clause, between a named victim and
    the predicate: "Otis Barber, the American student who was released from a prison last
    week after a year in a coma, died on Monday"; -1 when none. The relative must tell no
    harm or death of its own."""
    if k + 3 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].low not in ARTICLES | {
        "the"
    }:
        return -1
    who = next((j for j in range(k + 2, min(k + 7, len(tokens)))
                if tokens[j].low in ("who", "whose")), -1)
    if who < 0 or tokens[who - 1].low not in SINGULAR_PERSON_NOUNS or not all(
        t.is_word for t in tokens[k + 2 : who]
    ):
        return -1
    for j in range(who + 1, min(who + 40, len(tokens))):
        tok = tokens[j]
        if tok.text == ",":
            return j + 1
        if tok.text in (".", ";", ":", "(", ")") or tok.low in DEATH_VERBS or tok.low in HARM_WORDS:
            return -1
    return -1


COORD_LEADS = words("a an his her their another")
COORD_NP_WORDS = words("of the other others more his her their")
PLURAL_VICTIM_AUXILIARIES = words("were have had are")


def _coordinated_victims_next(tokens: list[Token], k: int) -> bool:
    """ "The driver and three passengers were killed", "the local mayor and two others were
    also injured": one definite victim coordinated with a figure before their predicate."""
    if k + 2 >= len(tokens) or tokens[k].low != "and":
        return False
    lead = tokens[k + 1]
    if not (lead.is_digit or lead.low in UNITS or lead.low in TENS or lead.low in COORD_LEADS):
        return False
    for j in range(k + 2, min(k + 8, len(tokens))):
        tok = tokens[j]
        if tok.low in PLURAL_VICTIM_AUXILIARIES or tok.low in DEATH_VERBS:
            return _victim_predicate_next(tokens, j) or _plural_predicate_next(tokens, j)
        if tok.is_age and lead.low in POSSESSIVE_DETS and j == k + 2:
            continue  # "The woman and her 70-year-old husband were ..." (casualty-20, fixq)
        if not tok.is_word or tok.low.endswith("ed") and tok.low not in PERSON_NOUNS or (
            tok.low in FUNCTION_WORDS and tok.low not in COORD_NP_WORDS
        ):
            return False
    return False


def _plural_predicate_next(tokens: list[Token], k: int) -> bool:
    """ "were (also) killed", "have been hurt": a plural auxiliary, then a casualty word."""
    if tokens[k].low in ("have", "had") and (k + 1 >= len(tokens) or tokens[k + 1].low != "been"):
        return False
    been = k + 1 < len(tokens) and tokens[k + 1].low == "been"
    treated = k + 1 + been < len(tokens) and tokens[k + 1 + been].low == "treated"
    for tok in tokens[k + 1 : k + 4 + been + treated]:  # "have been treated at a hospital"
        if ANY_TRIGGER.match(tok.low) is not None:
            return True
        if not tok.is_word:
            return False
    return False


NAME_LIST_MAX = 40
NAME_RUN_MAX = 8
PLURAL_AUXILIARIES = words("were have had")


def _cap_run_end(tokens: list[Token], i: int) -> int:
    """Last index of a run of capitalised words from i (titles and names: "Health Minister
    Qamar Aden Ali"), or -1 when a person noun follows ("United Nations peacekeepers")."""
    if tokens[i].text.isupper() and len(tokens[i].text) > 1:
        return _upper_run_end(tokens, i) if _upper_context(tokens, i) else -1
    end = i
    while end + 1 < len(tokens) and end - i < NAME_RUN_MAX:
        k = _past_particles(tokens, end + 1)  # "Anna de Souza"
        tok = tokens[k] if k < len(tokens) else None
        if tok is None or not (
            (tok.is_cap and tok.is_word and tok.low not in FUNCTION_WORDS
             and not (tok.text.isupper() and len(tok.text) > 1))
            or NAME_PREFIXED.match(tok.text)
        ):
            break
        end = k
    nxt = tokens[end + 1].low if end + 1 < len(tokens) else ""
    return -1 if nxt in PERSON_NOUNS else end


def _listed_name_end(tokens: list[Token], i: int) -> int:
    """End of the name at i when it is one of several coordinated names whose shared
    predicate follows: "Minister A, Minister B, and Senator C were killed" (one victim each),
    or -1."""
    end = _cap_run_end(tokens, i)
    if end < 0 or not _opens_name_list(tokens, _name_list_start(tokens, i)):
        return -1
    k, names = end + 1, 1
    while k < len(tokens) and k - i < NAME_LIST_MAX:
        sep = k
        k += tokens[k].text == ","
        k += k < len(tokens) and tokens[k].low == "and"
        if k == sep or k >= len(tokens) or not _name_start_after(tokens, k):
            break
        nxt = _cap_run_end(tokens, k)
        if nxt < 0 or nxt == k and tokens[k].low in SINGULAR_PERSON_NOUNS:
            return -1
        k, names = nxt + 1, names + 1
    last = names == 1 and _name_list_start(tokens, i) < i
    if names < 2 and not last or k >= len(tokens) or tokens[k].low not in PLURAL_AUXILIARIES:
        return -1
    if tokens[k].low in ("have", "had") and (k + 1 >= len(tokens) or tokens[k + 1].low != "been"):
        return -1
    trigger = any(ANY_TRIGGER.match(t.low) for t in tokens[k + 1 : k + 4])
    return end if trigger else -1


def _name_list_start(tokens: list[Token], i: int) -> int:
    """Where the list of names that the name at i ends begins: back over "A, B, and" / "A
    and" while capitalised words precede."""
    start = i
    for _ in range(NAME_LIST_MAX):
        k = start - 1
        if k >= 0 and tokens[k].low == "and":
            k -= 1
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        if k == start - 1 or k < 0 or not _name_start_after(tokens, k):
            return start
        while k > 0 and _name_start_after(tokens, k - 1):
            k -= 1
        start = k
    return start


def _opens_name_list(tokens: list[Token], k: int) -> bool:
    """A list of names opens the sentence or a clause, not a prepositional phrase ("reporters
    from Reuters, Fox News and ...")."""
    prev = tokens[k - 1] if k > 0 else None
    return prev is None or not prev.is_word or prev.low not in FUNCTION_WORDS or prev.low in (
        "and", "but", "while", "also", "that"
    )


def _name_start_after(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.low in MONTHS or tok.low in WEEKDAYS:
        return False
    if tok.text.isupper() and len(tok.text) > 1 and _upper_context(tokens, k):
        return _upper_run_end(tokens, k) > k
    return tok.is_cap and tok.is_word and tok.low not in FUNCTION_WORDS and not (
        tok.text.isupper() and len(tok.text) > 1
    )


def _past_children(tokens: list[Token], end: int) -> int:
    """The token after a parent noun's "of N" ("the mother of two was injured"), else after
    the noun."""
    k = end + 1
    if tokens[end].low in PARENT_NOUNS and k + 1 < len(tokens) and tokens[k].low == "of" and (
        _counts_children(tokens, k + 1, k + 2)
    ):
        return k + 2
    return k


def _victim_predicate_next(tokens: list[Token], k: int) -> bool:
    """ "was (later) shot dead", "had been killed": an auxiliary, then a casualty word."""
    while k < len(tokens) - 1 and tokens[k].low in DEATH_ADVERBS:
        k += 1  # "He later died"
    if k < len(tokens) and tokens[k].low in DEATH_VERBS:
        return True  # "He died from two gunshot wounds"
    if k + 1 < len(tokens) and tokens[k].low in ("dropped", "fell") and tokens[k + 1].low == "dead":
        return True  # "The sentry dropped dead"
    if [t.low for t in tokens[k : k + 3]] == ["did", "not", "survive"]:
        return True  # "The man did not survive his injuries"
    if _vanished(tokens, k):  # "the fisherman disappeared from his boat" (not "into the
        # crowd", "from view")
        return not OUT_OF_SIGHT.match(" ".join(t.low for t in tokens[k + 1 : k + 4]))
    if suffered_injuries_at(tokens, k):
        return True  # "Pak, who suffered serious injuries to his leg, ..."
    if _surrendered_at(tokens, k):
        return True  # "he surrendered to the troops" (a capture only in a war sentence: the
        # trigger is gated)
    if k >= len(tokens) or tokens[k].low not in VICTIM_AUXILIARIES:
        return False
    if tokens[k].low in ("has", "had"):
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].low in DEATH_ADVERBS:
            j += 1
        if j < len(tokens) and tokens[j].low in DEATH_VERBS:
            return True  # "the child had died of hypothermia", "He had later died"
    if tokens[k].low in ("has", "had") and (k + 1 >= len(tokens) or tokens[k + 1].low != "been"):
        return False  # "El Fasher had killed 2,000": active, the subject is no victim
    if _taken_where_died(tokens, k + 1):
        return True  # "He was taken to a hospital, where he was pronounced dead"
    been = tokens[k].low in ("has", "had")  # "has been treated at a hospital" (fixq)
    lead = tokens[k + 1 + been].low if k + 1 + been < len(tokens) else ""
    reach = {"treated": 5, "among": 7, "recovering": 6}.get(lead, 4) + been
    if lead in HEDGED_FATE_VERBS and [t.low for t in tokens[k + 2 : k + 4]] == ["to", "have"]:
        reach = 7  # "the husband is believed to have died", "was thought to have been killed"
    for tok in tokens[k + 1 : k + reach]:  # "was treated at the hospital"; not "was taken to
        # the hospital" (a suspect's check-up as often as an injury); "was among the 12 killed"
        if ANY_TRIGGER.match(tok.low) is not None:
            return True
        if not tok.is_word and not (lead == "among" and tok.is_digit):
            return False
    return False


HEDGED_FATE_VERBS = words("believed thought feared presumed reported said understood")


def _surrendered_at(tokens: list[Token], k: int) -> bool:
    """ "surrendered", "had surrendered", "gave himself up" at k: the subject was taken."""
    if k + 1 < len(tokens) and tokens[k].low in ("has", "had"):
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k].low == "surrendered":
        return True
    return k + 2 < len(tokens) and tokens[k].low in ("gave", "given") and (
        tokens[k + 1].low in ("himself", "herself") and tokens[k + 2].low == "up"
    )


def _vanished(tokens: list[Token], k: int) -> bool:
    """ "disappeared" or "went missing" at k."""
    return k < len(tokens) and (tokens[k].low in ("disappeared", "vanished") or (
        tokens[k].low == "went" and k + 1 < len(tokens) and tokens[k + 1].low == "missing"
    ))


# "disappeared into the night", "from public view / the public eye / sight": no one missing
OUT_OF_SIGHT = re.compile(
    r"(?:into|behind|inside|under)\b|from (?:(?:public|the public) )?(?:view|sight|eye|life"
    r"|the (?:public )?(?:eye|scene|stage|screen|spotlight|limelight|headlines|radar))\b"
)


def _injured_surname(tokens: list[Token], i: int) -> bool:
    """ "Ri, who suffered serious injuries to his jaw, said ...", "Ri — who was captured last
    month — said ...": one capitalised word opening a clause before ", who" and a casualty
    predicate is a person's surname."""
    tok = tokens[i]
    return (
        i + 3 < len(tokens) and tok.is_cap and tok.is_word and not tok.low.endswith("s")
        and tok.low not in PERSON_NOUNS and (i == 0 or tokens[i - 1].text in (",", ";", '"', "“"))
        and tokens[i + 1].text in RELATIVE_MARKS and tokens[i + 2].low == "who"
        and (relative_injury_at(tokens, i + 3) or _relative_fate_at(tokens, i + 3))
    )


FATE_PARTICIPLES = words(
    "captured abducted kidnapped killed executed murdered shot stabbed slashed"
)


def _relative_fate_at(tokens: list[Token], k: int) -> bool:
    """ "who was captured by ...", "who had been abducted in 1978": a fate told in the
    relative (not "who was injured workers' lawyer": the participle ends its phrase)."""
    if k < len(tokens) and tokens[k].low in ("was", "were", "had", "has", "is"):
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "been")
    if k < len(tokens) and tokens[k].low.endswith("ly") and tokens[k].low != "only":
        k += 1
    return k < len(tokens) and tokens[k].low in FATE_PARTICIPLES and (
        k + 1 >= len(tokens) or not tokens[k + 1].is_word or tokens[k + 1].low in FUNCTION_WORDS
        or tokens[k + 1].low in FATE_FOLLOWERS
    )


FATE_FOLLOWERS = words("near during after while last outside inside along across off")


def _passive_fate_at(tokens: list[Token], k: int) -> bool:
    """A described victim's comma relative telling a fate with an auxiliary: "the ferry's
    owner, who was later found dead," / "the guard, who had been abducted," (casualty-20,
    fixf). The auxiliary keeps an active relative out ("the officer, who shot the man"); a
    bare "who died later" stays the linker's (a kept negative: "shot at the man, who died later"
    names someone known from before)."""
    while k < len(tokens) and tokens[k].low in DEATH_ADVERBS:
        k += 1
    if k >= len(tokens) or tokens[k].low not in ("was", "were", "had", "has"):
        return False
    if tokens[k].low in ("had", "has") and (k + 1 >= len(tokens) or tokens[k + 1].low != "been"):
        return False
    j = k + 1 + (tokens[k].low in ("had", "has"))
    while j < len(tokens) and tokens[j].low in DEATH_ADVERBS:
        j += 1
    if j + 1 < len(tokens) and tokens[j].low == "found" and tokens[j + 1].low == "dead":
        return True
    return _relative_fate_at(tokens, j)


RELATIVE_MARKS = frozenset({",", "—", "–"})


def suffered_injuries_at(tokens: list[Token], k: int) -> bool:
    """ "(had) suffered/sustained (serious, shrapnel ...) injuries/wounds": one victim's own
    injuries told as its predicate; not "suffered no injuries" nor "a heart attack"."""
    if k < len(tokens) and tokens[k].low == "had":
        k += 1
    if k >= len(tokens) or tokens[k].low not in INJURY_SUFFERED:
        return False
    j = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].low == "only" and (
        tokens[k + 2].low in INJURY_ADJECTIVES
    ))  # "suffered only minor injuries" (casualty-20, fixf)
    while j < min(k + 5, len(tokens)) and tokens[j].low in INJURY_ADJECTIVES | {"and", ","}:
        j += 1
    return j < len(tokens) and tokens[j].low in INJURY_NOUNS


WOUND_HAVING = words("had has")
HURT_STATES = words("is was")
HURT_WORDS = words("injured wounded")


def relative_injury_at(tokens: list[Token], k: int) -> bool:
    """One victim's own injury told in a ", who" relative at k: "(had) suffered/sustained
    ... injuries", also "had/has a gunshot wound (to his jaw)" and "is/was (seriously)
    injured/wounded" ("Ri, who is seriously injured, said ..."); not "who has no injuries",
    "who had a fatal wound" (a death), nor "who was injured people's lawyer"."""
    if suffered_injuries_at(tokens, k):
        return True
    if k + 1 >= len(tokens):
        return False
    if tokens[k].low in WOUND_HAVING:
        j = k + 1
        while j < min(k + 5, len(tokens)) and tokens[j].low in INJURY_ADJECTIVES - FATAL_KINDS:
            j += 1
        return j > k + 1 and j < len(tokens) and tokens[j].low in INJURY_NOUNS
    if tokens[k].low in HURT_STATES:
        j = k + 1 + (tokens[k + 1].low.endswith("ly") and tokens[k + 1].low != "only")
        return j < len(tokens) and tokens[j].low in HURT_WORDS and (
            j + 1 >= len(tokens) or not tokens[j + 1].is_word or tokens[j + 1].low in (
                FUNCTION_WORDS
            )
        )
    return False


FATAL_KINDS = words("fatal mortal")
CARRIED_VERBS = words("taken rushed transported flown airlifted brought driven")
HOSPITAL_NOUNS = words("hospital hospitals center centre clinic")
CARRIED_REACH = 16


def _taken_where_died(tokens: list[Token], k: int) -> bool:
    """ "(was) taken to the hospital, where he was pronounced dead", "rushed to Mercy
    Hospital where she died": the victim carried to a hospital who died there."""
    if tokens[k : k + 1] and tokens[k].low == "been":
        k += 1
    if k >= len(tokens) or tokens[k].low not in CARRIED_VERBS:
        return False
    hospital = False
    for j in range(k + 1, min(k + CARRIED_REACH, len(tokens) - 2)):
        tok = tokens[j]
        if tok.text in (".", ";", ":") or tok.low in ("but", "while", "and"):
            return False
        hospital = hospital or tok.low in HOSPITAL_NOUNS
        if tok.low == "where" and hospital and tokens[j + 1].low in SUBJECT_PRONOUNS:
            return _victim_predicate_next(tokens, j + 2) and tokens[j + 2].low not in (
                "is", "has"
            )
    return False


def _bare_pronoun(tokens: list[Token], j: int) -> bool:
    """ "another was shot", "and another seriously injured": "another" stands for one person."""
    if j >= len(tokens):
        return False
    tok = tokens[j]
    trigger = ANY_TRIGGER.match(tok.low) is not None
    return tok.low in AUXILIARIES or tok.low.endswith("ly") or trigger or (
        tok.low in DEATH_ADVERBS and j + 1 < len(tokens) and tokens[j + 1].low in DEATH_VERBS
    )  # "both later died"


def _the_other_of_one(tokens: list[Token], i: int) -> bool:
    """ "One man died, the other is expected to survive": a bare "the other" before a verb,
    after "one" earlier in its sentence, stands for one more person."""
    return i + 2 < len(tokens) and tokens[i + 1].low == "other" and (
        _bare_pronoun(tokens, i + 2)
    ) and any(t.low == "one" for t in tokens[:i])


def _ordinal_pronoun(tokens: list[Token], j: int) -> bool:
    """ "a third was hospitalized": an ordinal standing for one more person."""
    return j < len(tokens) and tokens[j].low in ORDINALS and _bare_pronoun(tokens, j + 1)


def _definite_with_age(tokens: list[Token], j: int) -> bool:
    """ "the victim, 24," / "The cyclist, 41,": a person noun with an age appositive."""
    if j + 3 >= len(tokens) or tokens[j].low not in SINGULAR_PERSON_NOUNS:
        return False
    age = tokens[j + 2]
    return (
        tokens[j + 1].text == "," and age.text.isdigit() and 0 < int(age.text) <= 110
        and tokens[j + 3].text == ","
    )


def _singular_head(tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Index and text of the person noun after an article: "a 23-year-old soldier"."""
    mods: list[str] = []
    reach = 5 if _upper_context(tokens, j) else 4  # "AN UNIDENTIFIED ARCE BATTALION OFFICER"
    k = j - 1
    while k + 1 < min(j + reach, len(tokens)):
        k += 1
        tok = tokens[k]
        if k > j and reach == 4 and tok.is_cap and tokens[k - 1].is_cap and tok.is_word and (
            not tok.text.isupper()
        ):
            reach = 5  # a two-word proper adjective: "a missing South Korean fisheries official"
        if tok.low in SINGULAR_PERSON_NOUNS:
            nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
            if nxt in SINGULAR_PERSON_NOUNS and k + 1 < j + reach or tok.low == "elder" and (
                k + 1 < j + reach and tokens[k + 1].is_word and nxt not in FUNCTION_WORDS
            ):  # "the rebel leader", "a civilian driver", "his elder half brother"
                mods.append(tok.text)
                continue
            if nxt in PERSON_NOUNS and nxt not in PLURAL_NOT_HEADS:
                return None  # "the disappearances of peasant leaders": a plural head
            if nxt in COLLECTIVE_HEADS and (
                k + 2 >= len(tokens) or tokens[k + 2].low not in SINGULAR_PERSON_NOUNS
            ):
                return None  # "killed the sailor crew": a crew of unknown size
            after = tokens[k + 2].low if k + 2 < len(tokens) else ""
            if nxt in PERSON_MODIFIED_THINGS and after not in SINGULAR_PERSON_NOUNS:
                return None  # "a terrorist attack"; not "a rebel group leader"
            if tok.low in ADJECTIVE_PERSON_NOUNS and INJURY_NOUNS & {nxt, after}:
                return None  # "a minor (head) injury": the adjective of an injury, no person
            return k, " ".join(mods + [tok.text])
        if tok.is_age:
            return None if _aged_thing(tokens, k) else _age_head(tokens, k, mods)
        if tok.low in ORDINALS and k == j:
            mods.append(tok.text)  # "a second teen", "a fourth victim"
            continue
        if tok.low in RANK_NOUNS and _rank(tokens, k):
            return k, " ".join(mods + [tok.text])  # "a brigadier general", "a general was"
        if not tok.is_word or tok.low in FUNCTION_WORDS or tok.low in UNIT_NOUNS:
            return None
        mods.append(tok.text)
    return None


COFFIN_WORDS = words("coffin casket")
COFFIN_FOLLOW = words("during at in on of as with draped covered and before after while")


def _lone_coffin(tokens: list[Token], k: int) -> bool:
    """ "placing a flag over a coffin during a ceremony": one coffin, one dead (GUIDELINES:
    coffins count as killed); not "a coffin maker", "a coffin lid"."""
    if k < len(tokens) and tokens[k].low in ("flag-draped", "single", "small", "wooden"):
        k += 1
    if k >= len(tokens) or tokens[k].low not in COFFIN_WORDS:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.low in COFFIN_FOLLOW


COLLECTIVE_HEADS = words("crew crews staff personnel squad team unit")


def _rank(tokens: list[Token], k: int) -> bool:
    """ "general" as a rank: after a rank word or before a verb or an aside."""
    prev = tokens[k - 1].low if k > 0 else ""
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    if prev in RANK_PREFIXES or nxt in AUXILIARIES or nxt in (",", "who", "died"):
        return True
    # casualty-20 (fixi): after a nation's adjective, before "and", a stop or a place phrase:
    # "injured a North Korean general and killed three officers", "a Russian general in Kursk"
    return k > 1 and tokens[k - 1].is_cap and tokens[k - 1].is_word and (
        bool(DEMONYM.match(tokens[k - 1].text)) or tokens[k - 1].low in DEMONYM_ADJECTIVES
    ) and nxt in ("and", ".", ";", "in", "near", "at", "on", "during", "")


def _aged_thing(tokens: list[Token], k: int) -> bool:
    """ "a 500-year-old tree", "a 40-year-old barn": the age is a thing's, not a person's."""
    years = re.match(r"\d+", tokens[k].text)
    if years is not None and int(years.group()) > MAX_AGE:
        return True
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return nxt in AGED_THINGS


def _age_head(tokens: list[Token], k: int, mods: list[str]) -> tuple[int, str]:
    """An age names a person: its head is the age itself ("a 19-year-old suffered") or the
    noun right after it ("a 62-year-old shopkeeper", "a 30-year-old Chicago man")."""
    for n in (k + 1, k + 2):
        if n < len(tokens) and tokens[n].low in SINGULAR_PERSON_NOUNS:
            return n, " ".join([*mods, *(t.text for t in tokens[k : n + 1])])
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word or nxt.low in FUNCTION_WORDS or nxt.low in AUXILIARIES:
        return k, tok_text(tokens, k, mods)
    if ANY_TRIGGER.match(nxt.low) or nxt.low.endswith(("ed", "ly")) or nxt.is_cap:
        return k, tok_text(tokens, k, mods)
    return k + 1, " ".join([*mods, tokens[k].text, nxt.text])


def tok_text(tokens: list[Token], k: int, mods: list[str]) -> str:
    return " ".join([*mods, tokens[k].text]) if mods else tokens[k].text


def _name_with_age(tokens: list[Token], i: int) -> int | None:
    """End index of "Calvin Williams, 24," or "Vincent Holt, Jr., 27," starting at i."""
    k = i
    while k < len(tokens) and k - i < 5 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    if k - i < 2 or k + 2 >= len(tokens):
        return None
    if tokens[k].text == "," and tokens[k + 1].low in NAME_SUFFIXES:
        k += 2 + (tokens[k + 2].text == ".")
    if k + 2 >= len(tokens) or tokens[k].text != ",":
        return None
    age = tokens[k + 1]
    ok = age.text.isdigit() and 0 < int(age.text) <= 110 and tokens[k + 2].text == ","
    return k - 1 if ok else None
