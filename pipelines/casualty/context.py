"""Who the victims are (`group`) and who gives the figure (`attribution`)."""

from __future__ import annotations

import itertools
import re

from .lexicon import (
    ANY_TRIGGER,
    AUXILIARIES,
    COMBATANT_NOUNS,
    DEMONYM_PLURALS,
    EVENT_MODIFIERS,
    FUNCTION_WORDS,
    HEDGE_WORDS,
    INJURY_NOUNS,
    MILITARY_OWNERS,
    MONTHS,
    NOT_GROUP_MODIFIERS,
    NOT_MEN_NOUNS,
    PERSON_NOUNS,
    PLURAL_TOLL_NOUNS,
    PRONOUN_HEADS,
    QUOTE_MARKS,
    REPORT_VERBS,
    SCALE_WORDS,
    SINGULAR_PERSON_NOUNS,
    SUBJECT_PRONOUNS,
    SUBJECT_STOP,
    SUBJECT_VERBS,
    SUBSET_MARKERS,
    TENS,
    TOLL_CATEGORY,
    TOLL_LINK,
    TOLL_LINK_WORDS,
    TOLL_NOUN_RE,
    UNITS,
    WEEKDAYS,
    is_adverb,
    shouted_plural,
    words,
)
from .linking import RUNNING_TOTAL, Clause, Link, bereaved_kin, fronted_of, initial_stop
from .numbers import RANKING_WORDS, NumberPhrase
from .tokens import Token, tokenize, words_closed_by

NP_MAX = 6
NP_MODIFIERS = frozenset({"other", "more", "additional", "further", "young", "elderly"})
POSSESSIVE_OF = frozenset({"its", "their", "the", "his", "her", "our", "whose"})
SHARE_VERBS = frozenset(
    {("accounted", "for"), ("account", "for"), ("accounts", "for"), ("made", "up"),
     ("make", "up"), ("makes", "up")}
)
NUMBER_OF_PEOPLE = re.compile(
    r"number of (?:the )?((?:(?!(?:killed|dead|wounded|injured|and|or)\b)[\w'-]+ ){0,2}"
    r"(?!(?:killed|dead|wounded|injured|and|or)\b)[\w'-]+) "
    r"(?:dead|deaths|killed|fatalities|casualties|injured|wounded"
    r"|injuries|missing|victims)"
)
SINGULAR_CAPTIVE_WORDS = frozenset({"prisoner", "hostage", "captive"})
CAPTIVE_COMPLEMENTS = frozenset({"prisoner", "prisoners", "hostage", "hostages", "captive"})
BE_VERBS = frozenset({"were", "was", "are", "is", "been"})
VICTIM_NOUNS = frozenset({"bodies", "corpses", "coffins", "caskets"})
BARE_OTHERS = frozenset({"others", "more", "other"})
SKIP_BEFORE_FIGURE = frozenset({"a", "total", "of", "an", "estimated", "some", "between", "only"})
# casualty-19: words between a subject's auxiliary and its suffering verb ("Ruritania has
# meanwhile suffered ...") and asides before it (", with far fewer troops,") name nobody.
ADVERBS_BEFORE_VERB = frozenset(
    {"meanwhile", "also", "already", "now", "reportedly", "since", "so", "far", "thus", "still"}
)
ASIDE_OPENERS = frozenset({"which", "who", "whose", "with", "like", "unlike", "despite"})
_SOURCE_VERBS = (
    r"said|says|say|reported|reports|report|estimates?|estimated|believes?|stated"
    # "six more are also believed dead": a presumption about victims, not a source
    r"|believed(?!\s+(?:to\s+(?:be|have)\s+(?:been\s+)?)?(?:dead|killed|drowned|missing)\b)"
    r"|states|told|announced|announces|confirmed|confirms|added|puts|put"
    # "the attack claimed the lives of seven": a death, not a claim
    r"|(?:claimed|claims)(?!(?:\s+[\w'-]+){0,5}\s+lives\b)"
)
ACCORDING_TO = re.compile(
    r"\baccording to (?:(?:a |an |the )?(?:statement|report|estimates?|figures?|data|tally"
    r"|revelations?|information|count)(?: made)? (?:from|by|of) )?(?P<src>[^,;.()\n]{2,80})",
    re.IGNORECASE,
)
CITING = re.compile(
    r"\bciting (?:[^,;.()]{0,60}? (?:from|by) )?(?P<src>[^,;.()\n]{2,80})", re.IGNORECASE
)
TRAILING_SOURCE = re.compile(
    r"[,;]\s*(?P<src>[^,;.()\"“”]{2,70}?)\s+(?:" + _SOURCE_VERBS + r")\b", re.IGNORECASE
)
LEADING_SOURCE = re.compile(
    r"(?:^|[;:]\s*|,\s*(?:and|but|while|whereas)\s+)(?P<src>[A-Z][^,;:()\"“”]{1,60}?)\s+"
    r"(?:" + _SOURCE_VERBS + r")\b",
)
SOURCE_TAIL = re.compile(
    r"\s+(?:(?:on|in|late|early|last|this)\s+\w+|that|which|who|news agency|has|have|had)$",
    re.IGNORECASE,
)
# "though it says", "when it said": a conjunction opens the clause, it is not the source
SOURCE_LEAD = re.compile(
    r"^(?:though|although|when|while|whereas|and|but|as|if|unless|once|because|since|after"
    r"|before|until)\s+", re.IGNORECASE)
# "a figure that could not be confirmed", "according to estimates": no source
NOT_SOURCE_WORDS = frozenset({"could", "would", "cannot", "not", "according"})
BAD_SOURCES = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "there",
                         # "If confirmed, ...": a conjunction before the verb is no source
                         "if", "unless", "once", "when", "while", "as", "though", "although",
                         "because", "since", "after", "before", "until"})


# --- group ---------------------------------------------------------------------------


GENERIC_HEADS = frozenset({"man", "woman", "person", "victim"})


def _appositive_name(raw: str, tokens: list[Token], phrase: NumberPhrase) -> str | None:
    """ "The man, Pak Chol Su, died": the name in apposition names the victim better than a
    generic noun."""
    k = phrase.last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "," or not tokens[k + 1].is_cap:
        return None
    end = k + 1
    while end + 1 < len(tokens) and end - k < 4 and tokens[end + 1].is_cap and (
        tokens[end + 1].is_word
    ):
        end += 1
    if end <= k + 1 or end + 1 >= len(tokens) or tokens[end + 1].text != ",":
        return None  # two capitalised words at least: "The man, Seoul, ..." is no name
    return _span(raw, tokens, k + 1, end)


def _bracketed_whole(raw: str, tokens: list[Token], first: int) -> str | None:
    """ "most of his battalion (around 65 of them)": the words after "of" before the bracket
    name the people "them" stands for."""
    if first < 3 or tokens[first - 1].text != "(":
        return None
    for j in range(first - 2, max(first - 7, 0), -1):
        if tokens[j].low == "of":
            return _span(raw, tokens, j + 1, first - 2) if j + 1 <= first - 2 else None
        if not tokens[j].is_word:
            return None
    return None


def group_for(clause: Clause, link: Link, prev: list[Link], before: str | None) -> str | None:
    """The words naming the victims of a linked figure, as written.

    `prev` holds the sentence's earlier links, `before` the previous sentence.
    """
    found = _group_words(clause, link, prev, before)
    if found is not None and found.split()[0].lower() in GROUP_LEADING_PREPOSITIONS:
        return None  # headline case "55 Boxes Of Remains Of U.S. Serviceman": no noun phrase
    if found and not any(ch.isalpha() for ch in found):
        return None  # a list dash or a stray mark ("25 wounded - Strength") names nobody
    if found and all(is_adverb(w) for w in found.split()):
        return None  # casualty-20: "the previously cited toll of 773": an adverb names nobody
    if found and found.lower() in BODY_NOUNS:
        # "30 bodies of North Korean soldiers"; a bare "80 bodies" keeps "bodies" (as the
        # wikinews gold writes it)
        return _bodies_of(clause.raw, clause.tokens, link) or found
    return found


# casualty-19: a group never opens with a preposition (a headline's capitalised "Of").
GROUP_LEADING_PREPOSITIONS = words("of in on at from for by with to into")


def _group_words(clause: Clause, link: Link, prev: list[Link], before: str | None) -> str | None:
    raw, tokens = clause.raw, clause.tokens
    phrase = link.phrase
    if link.rule == "pred" and link.trigger is None:
        return None  # "One of these crashes was fatal": a count of events names no victims
    kin = bereaved_kin(clause, phrase) if link.rule == "toll" and link.trigger is None else None
    if kin is not None:
        return kin  # "ten families have lost their sons": the dead are the sons
    if phrase.kind == "one":
        if phrase.head is None and all(
            t.low in ("a", "an", "the", "other", "another") or t.low in RANKING_WORDS
            for t in tokens[phrase.first : phrase.last + 1]
        ):
            return None  # "a fourth was killed", "the other is ...": an ordinal names nobody
        if phrase.head is None and phrase.first == phrase.last and (
            tokens[phrase.first].low in PERSONAL_PRONOUNS
        ):  # "One soldier ... . He was shot to death": the previous sentence's subject
            return _subject_of_sentence(before)
        if phrase.head is None and phrase.first == phrase.last and (
            tokens[phrase.first].low in ("himself", "herself")
        ):  # "The gunman then killed himself": the subject opening the sentence, if a noun
            return _subject_of_sentence(raw) or _last_singular_person(raw, tokens, phrase.first)
        if phrase.head is None and phrase.first == phrase.last and (
            tokens[phrase.first].low in ("his", "her")
        ):
            return None  # "shortly after his capture": a pronoun is no group
        named = _appositive_name(raw, tokens, phrase) if phrase.head in GENERIC_HEADS else None
        return named or phrase.head or _span(
            raw, tokens, phrase.first, _name_end(tokens, phrase.last)
        )
    if link.rule == "coord" and _np_after(raw, tokens, phrase.last + 1) is None:
        j = phrase.first - 1 - (phrase.first >= 1 and tokens[phrase.first - 1].text == ",")
        if j >= 1 and tokens[j].low in MILITARY_OWNERS and tokens[j - 1].text in (",", ";"):
            return tokens[j].text  # "The British lost 274 ..., the allies about 1,000"
        if j >= 2 and tokens[j].low in MILITARY_OWNERS and tokens[j - 1].low == "the" and (
            tokens[j - 2].text in (",", ";")
        ):
            return _span(raw, tokens, j - 1, j)
    if link.parts:
        heads = [_np_after(raw, tokens, p.last + 1) for p in [phrase, *link.parts]]
        return " and ".join(h for h in heads if h and h != "PRONOUN") or None
    # "several of its soldiers": the figure's phrase may end on its "of"
    after = phrase.last + 1
    if tokens[phrase.last].low == "of" and tokens[after : after + 1] and (
        tokens[after].low in POSSESSIVE_OF
    ):
        after = phrase.last
    if after < len(tokens) and tokens[after].text in QUOTE_MARKS and phrase.first > 0 and (
        tokens[phrase.first - 1].text in QUOTE_MARKS
    ):
        after += 1  # 'may have killed or wounded "hundreds" of militiamen'
        if after + 1 < len(tokens) and tokens[after].low == "of" and (
            tokens[after + 1].low not in PRONOUN_HEADS
        ):
            after += 1
    own = _np_after(raw, tokens, after)
    if own is not None and own.lower() in SINGULAR_CAPTIVE_WORDS and phrase.low > 1:
        own = None  # "took two prisoner", "a 1,000-for-1,000 prisoner exchange": no name
    if own == "PRONOUN":
        own = _bracketed_whole(raw, tokens, phrase.first) or own
    if own is None:
        own = _named_by_noun(raw, tokens, after)
    if own is None and after + 2 < len(tokens) and tokens[after].low == "out" and (
        tokens[after + 1].low == "of"
    ):
        after += 1  # "12 out of 30 passengers" as "12 of 30 passengers"
    of_the = after + 2 < len(tokens) and tokens[after + 1].low == "the"
    whole_at = after + 1 + of_the
    if after + 1 < len(tokens) and tokens[after].low == "of" and tokens[whole_at].is_word and (
        tokens[whole_at].low.endswith(("'s", "’s")) and whole_at + 1 in clause.phrase_at
    ):
        whole_at += 1  # "Forty of Cheonan's 104 crew members": the owner's whole names them
    if own is None and whole_at < len(tokens) and tokens[after].low == "of" and (
        whole_at in clause.phrase_at
    ):  # "killed 12 of 30 miners", "two of the 18 passengers": the whole names them
        whole = _np_after(raw, tokens, clause.phrase_at[whole_at].last + 1)
        own = whole if whole != "PRONOUN" else None
    elif own is None and whole_at + 1 < len(tokens) and tokens[after].low == "of" and (
        tokens[after - 1].low == "out" and tokens[whole_at].is_digit
    ):  # "12 out of 30 passengers": the whole is no figure of its own, but names them
        whole = _np_after(raw, tokens, whole_at + 1)
        own = whole if whole != "PRONOUN" else None
    if own is None and fronted_of(tokens) and phrase.first > 2 and (
        tokens[phrase.first - 1].text == ","
    ) and not _relative_partitive(tokens, after + 2) and (
        _fronted_list_item(clause, fronted_of(tokens), phrase.first - 1)
    ):  # not "Among the hurt are five nurses, three of whom are men" (casualty-19)
        # "Out of the 40 raiders, 35 were killed": the fronted whole names them (only words
        # after "of", not "Records showed that among those killed, ...")
        lead = fronted_of(tokens)
        close = next(j for j in range(lead, phrase.first) if tokens[j].text == ",")
        whole = last_person_np(raw, tokens[lead:], close - lead)
        own = whole if whole and whole.lower() not in BARE_OTHERS else None
    if own is None and link.trigger is not None and link.trigger.last < phrase.first and (
        tokens[phrase.first - 1].low == "at"
    ):  # "put the toll of enemy fighters killed or wounded at 40,000"
        of_people = PUT_TOLL_OF.search(raw, 0, tokens[link.trigger.first].start)
        own = of_people.group(1) if of_people else (
            _names_before_trigger(raw, tokens, link.trigger.first)
            if link.trigger.last == phrase.first - 2 else None
        )
    if own is None and link.trigger is not None and link.trigger.first == after and (
        " " in link.trigger.text
    ):  # "about 60 dead or wounded villagers": the people after a many-word adjective
        people = _np_after(raw, tokens, link.trigger.last + 1)
        own = people if people != "PRONOUN" else None
    if own is None and link.trigger is not None and link.trigger.first >= after:
        own = _before_noun(raw, tokens, after, link.trigger.first) or _object_relative(
            raw, tokens, link.trigger.last + 1
        )
    if own is None and link.trigger is not None and link.trigger.first == after:
        own = _suffered_by(raw, tokens, phrase.first, link.trigger.last + 1)
    if own is not None and own.lower() in BARE_OTHERS:
        return None  # "three others were injured": "others" names nobody (GUIDELINES gold)
    nominal = _predicate_nominal(raw, clause, after) if own in (None, "PRONOUN") else None
    if nominal:
        return nominal
    if own == "PRONOUN" or (own is None and _pronoun_before(tokens, phrase.first)):
        # "suffered 4,700 casualties, with around 600 of those being fatalities": the people
        # of the sentence's figure before, when it names them
        earlier = prev[-1].group if own == "PRONOUN" and prev else None
        return (
            _last_counted_np(clause, phrase) or earlier
            or last_person_np(raw, tokens, phrase.first) or _from_clause(before)
        )
    if own is None and phrase.first >= 2 and tokens[phrase.first - 1].low == "of" and (
        tokens[phrase.first - 2].low in ("family", "families")
    ):
        return tokens[phrase.first - 2].text  # "killed a family of five"
    if own is None and _relative_partitive(tokens, phrase.first):
        # "some 11,000 troops, of whom 3,000 have been killed"
        return last_person_np(raw, tokens, phrase.first - 2)
    if own is None and _relative_partitive(tokens, after + 2) and phrase.first > 1 and (
        tokens[phrase.first - 1].text == ","
    ):  # "five nurses were hurt, three of whom were hospitalised": the noun before the comma
        return _counted_before(clause, phrase.first - 1) or last_person_np(
            raw, tokens, phrase.first - 1
        )
    if own is None:
        owner = TOTAL_FOR.search(raw[: tokens[phrase.first].start])
        if owner is not None and not set(owner.group("owner").lower().split()) & (
            TOLL_LINK_WORDS
        ):
            return owner.group("owner")  # "the total for the northern army was 51,300 killed"
    if own:
        return own
    subject = _subject_of_figure(raw, tokens, phrase.first)
    if subject is not None and _lives_counted(tokens, phrase.last + 1):
        subject = None  # "The blast took 12 lives": the cause, not the victims (casualty-20)
    if subject is not None and subject.lower() in SUBJECT_PRONOUNS - PRONOUN_SUBJECTS:
        subject = None  # "you lost 40": never the pronoun
    if subject is not None and subject.lower() in PRONOUN_SUBJECTS:
        # "They had more than 300,000 casualties": the pronoun's people, from the sentence
        # before (GUIDELINES), never the pronoun itself
        subject = _from_clause(before)
    return (
        _list_label(raw, tokens, phrase.first)
        or _toll_modifier(raw, clause, phrase.first)
        # "it took several captive": who takes prisoners is the captor, not the victims
        or (subject if link.category != "captured" else None)
        or _same_victims_group(clause, link, prev)
        or _shared_owner(clause, link, prev)
    )  # never borrowed from a neighbouring figure ("12 civilians killed and 27 injured")


def _shared_owner(clause: Clause, link: Link, prev: list[Link]) -> str | None:
    """ "Russia's losses were about 15,000 killed and about 45,000 wounded": figures listed by
    their category words after one owner's toll noun share its owner (the earlier figure
    names no people of its own; "12 civilians killed and 27 injured" stays unnamed)."""
    if not prev or not prev[-1].group or link.rule != "post":
        return None
    tokens, earlier = clause.tokens, prev[-1].phrase
    if _np_after(clause.raw, tokens, earlier.last + 1) is not None:
        return None  # the earlier figure's own noun: a neighbour's, never shared
    between = [t.low for t in tokens[earlier.last + 1 : link.phrase.first]]
    if len(between) < 2 or not ANY_TRIGGER.match(between[0]):
        return None
    return prev[-1].group if between[1:] in (["and"], [","], [",", "and"]) else None


def _fronted_list_item(clause: Clause, lead: int, comma: int) -> bool:
    """The comma before a figure closes the fronted "Of the 26 infiltrators," or separates
    items of the list after it ("..., 1 was captured, 11 were killed, 13 died"): every
    comma after the first is followed by a figure."""
    tokens = clause.tokens
    commas = [j for j in range(lead, comma + 1) if tokens[j].text == ","]
    return all(j + 1 in clause.phrase_at or (
        tokens[j + 1].low == "and" and j + 2 in clause.phrase_at
    ) for j in commas[1:])


PRONOUN_SUBJECTS = frozenset({"they", "we", "it", "he", "she", "both", "these", "those"})


RELATIVE_PARTITIVES = frozenset({("of", "whom"), ("among", "whom"), ("of", "which")})
TOTAL_FOR = re.compile(
    r"\b(?:total|toll|tally|figure|count|losses|casualties)\s+(?:for|of|among)\s+"
    r"(?P<owner>(?:the\s+)?[^,;:.\d\"“”()]{2,40}?)\s+(?:was|were|is|are|stood|stands|came to"
    r"|reached|totaled|totalled)\s+(?:at\s+)?(?:(?:about|around|some|nearly|almost|over"
    r"|more than|at least)\s+)?$",
    re.IGNORECASE,
)


def _relative_partitive(tokens: list[Token], first: int) -> bool:
    return 2 <= first <= len(tokens) and (
        tokens[first - 2].low, tokens[first - 1].low
    ) in RELATIVE_PARTITIVES


def _same_victims_group(clause: Clause, link: Link, prev: list[Link]) -> str | None:
    """A subset ("..., including 415,004 dead") or running total ("raising the toll to 61")
    counts the head figure's victims, so it has their name; a neighbour does not."""
    if link.head is not None and link.rule in ("subset", "toll"):
        return link.head.group
    k = link.phrase.first
    if not prev or k == 0:
        return None
    start = clause.tokens[k].start
    if clause.tokens[k - 1].low in SUBSET_MARKERS or RUNNING_TOTAL.search(
        clause.text, max(0, start - 60), start
    ):
        return prev[-1].group
    return None


# Lower-case nouns before a casualty noun that name whose casualties they are.
FORCE_MODIFIERS = frozenset({
    "troop", "police", "army", "military", "government", "civilian", "rebel", "guerrilla",
    "militia", "soldier", "enemy", "coalition", "security", "insurgent", "militant",
})
PUT_TOLL_OF = re.compile(
    r"\b(?:number|toll|total|tally|count) of (?:the )?([A-Za-z][^,;:.\d\"“”]{1,40}?)\s*$"
)


def _before_noun(raw: str, tokens: list[Token], k: int, trig: int) -> str | None:
    """ "2,300 Sudanese casualties", "300 Russian deaths": proper adjectives between the
    figure and its casualty noun name the victims."""
    between = [t for j, t in enumerate(tokens[k:trig], k) if not initial_stop(tokens, j)]
    if not 1 <= len(between) <= 3 or not all(t.is_word for t in between):
        return None
    if not all(t.is_cap for t in between) and between[-1].low not in FORCE_MODIFIERS:
        return None  # "six troop casualties", "40 government troop casualties"
    if any(t.low in FUNCTION_WORDS or t.low in NOT_GROUP_MODIFIERS for t in between):
        return None
    return _span(raw, tokens, k, trig - 1)


def _names_before_trigger(raw: str, tokens: list[Token], trig: int) -> str | None:
    """ "NATO estimates total Russian dead and wounded at around 1.1 million", "put North
    Korean troop losses at 4,000": the proper adjectives (and a force noun after them) right
    before a casualty word that "at" puts at the figure name the victims (casualty-20, fixm)."""
    first = trig
    while first > 1 and trig - first < 4 and tokens[first - 1].is_word and (
        tokens[first - 1].is_cap or tokens[first - 1].low in FORCE_MODIFIERS
    ) and tokens[first - 1].low not in FUNCTION_WORDS and (
        tokens[first - 1].low not in NOT_GROUP_MODIFIERS
    ):
        first -= 1
    while first < trig and not tokens[first].is_cap:
        first += 1  # "total civilian deaths": a force noun only after a proper adjective
    if first == trig or (tokens[first - 1].is_cap and tokens[first - 1].low not in FUNCTION_WORDS):
        return None  # "NATO Russian ...": a run of capitals may be a source's name
    return _span(raw, tokens, first, trig - 1)


def _object_relative(raw: str, tokens: list[Token], k: int) -> str | None:
    """ "640 casualties the Fifth Brigade suffered": the subject of the relative clause owns
    the casualties."""
    if k < len(tokens) and tokens[k].low in ("that", "which"):
        k += 1
    for j in range(k, min(k + 5, len(tokens))):
        tok = tokens[j]
        if tok.low in SUFFERED and j > k:
            return _span(raw, tokens, k, j - 1)
        if not tok.is_word or (tok.low in FUNCTION_WORDS and tok.low != "the"):
            return None
    return None


SUFFERED = frozenset({"suffered", "sustained", "incurred"})


def _named_by_noun(raw: str, tokens: list[Token], k: int) -> str | None:
    """ "35 bodies" names its victims "bodies"; "500 deaths of Palestinians" names them after
    "of"/"among"."""
    if k >= len(tokens):
        return None
    if tokens[k].low in VICTIM_NOUNS:
        return tokens[k].text
    if tokens[k].low in ("deaths", "casualties", "killings") and k + 2 < len(tokens) and (
        tokens[k + 1].low in ("of", "among")
    ):
        found = _np_after(raw, tokens, _past_the(tokens, k + 2))  # "60 deaths among the rebels"
        return found if found != "PRONOUN" else None
    if tokens[k].low in PLURAL_TOLL_NOUNS:
        # casualty-20 (fixm): "300 deaths and 2,700 injuries among North Korean forces": the
        # people after "among" name every casualty noun of the pair
        j = _toll_pair_end(tokens, k)
        if j > 0 and j + 1 < len(tokens) and tokens[j].low == "among":
            at = _past_the(tokens, j + 1)
            found = _np_after(raw, tokens, at) or _force_after(raw, tokens, at)
            return found if found != "PRONOUN" else None
    return None


def _past_the(tokens: list[Token], k: int) -> int:
    """k, or the word after a "the" at k."""
    return k + 1 if tokens[k].low == "the" and k + 1 < len(tokens) else k


def _toll_pair_end(tokens: list[Token], k: int) -> int:
    """Index after the toll noun at k, or after a pair "deaths and (about) 2,700 injuries"
    from it; -1 when an "and" after it joins no figure and second toll noun."""
    j = k + 1
    if j < len(tokens) and tokens[j].low == "and":
        j += 1
        while j < min(k + 6, len(tokens)) and tokens[j].low not in PLURAL_TOLL_NOUNS and (
            tokens[j].is_digit or tokens[j].low in HEDGE_WORDS
        ):
            j += 1
        if j == k + 2 or j >= len(tokens) or tokens[j].low not in PLURAL_TOLL_NOUNS:
            return -1
        j += 1
    return j


def _force_after(raw: str, tokens: list[Token], k: int) -> str | None:
    """ "North Korean forces", "the Russian army": proper adjectives and a force noun."""
    j = k
    while j < min(k + 4, len(tokens)) and tokens[j].is_word and tokens[j].is_cap and (
        tokens[j].low not in FUNCTION_WORDS
    ):
        j += 1
    if j > k and j < len(tokens) and tokens[j].low in MILITARY_OWNERS and not tokens[j].is_cap:
        return _span(raw, tokens, k, j)
    return None




def _span(raw: str, tokens: list[Token], first: int, last: int) -> str:
    text = raw[tokens[first].start : tokens[last].end]
    # a blanked translator's note leaves a run of spaces ("MONSIGNOR [OSCAR ARNULFO] ROMERO")
    return " ".join(text.split()) if "   " in text else text


def _name_end(tokens: list[Token], last: int) -> int:
    while last > 0 and not tokens[last].is_word:
        last -= 1
    return last


def _np_after(raw: str, tokens: list[Token], k: int) -> str | None:
    """ "North Korean soldiers" after "6,000"; "PRONOUN" for "of them"."""
    if k + 2 < len(tokens) and tokens[k].text == "[" and tokens[k + 1].is_word:
        k += 1  # "two million [North Koreans] died": an editor's insertion names them
    if k + 1 < len(tokens) and tokens[k].low == "of":
        if tokens[k + 1].low in PRONOUN_HEADS:
            # "three of them foreigners", "nine of them soldiers": a person noun phrase
            # right after the pronoun (no verb between) names the part
            if k + 2 < len(tokens) and tokens[k + 2].is_word and (
                tokens[k + 2].low not in FUNCTION_WORDS
            ):
                part = _np_after(raw, tokens, k + 2)
                if part is not None and part != "PRONOUN":
                    return part
            return "PRONOUN"
        if tokens[k + 1].low in POSSESSIVE_OF:
            k += 2
        elif _possessive_name_end(tokens, k + 1) > 0:
            k += 1  # "4,000 of Kim Jong-un's troops": a named owner's whole (casualty-19)
        elif tokens[k].text == "of" and tokens[k + 1].is_cap and tokens[k + 1].is_word and (
            not tokens[k + 1].text.isupper() and tokens[k + 1].low not in FUNCTION_WORDS
        ):
            k += 1  # casualty-20 (fixm): "a thousand of Pyongyang soldiers": a name's people
    head, skip, limit = -1, -1, min(k + NP_MAX, len(tokens))
    for j in range(k, min(k + NP_MAX + PAREN_NP_MAX, len(tokens))):
        if j < skip:
            continue
        if j >= limit:
            break
        tok = tokens[j]
        if tok.text == "(" and j > k and tokens[j - 1].is_cap and tokens[j - 1].is_word:
            close = _acronym_expansion_end(tokens, j)
            if close > 0:  # "4,000 DPRK (Democratic People's Republic of Korea) soldiers"
                skip, limit = close + 1, min(limit + close + 1 - j, len(tokens))
                continue
        close = _quoted_words_end(tokens, j) if j > k and tokens[j - 1].is_word else -1
        if close > 0:  # casualty-20 (fixm): "elite 'Storm' troops", 'Ukrainian "prisoners of
            # war"': a short quoted name inside the noun phrase is part of it
            if any(_is_person_head(t) for t in tokens[j + 1 : close]):
                head = close
            skip, limit = close + 1, min(limit + 2, len(tokens))
            continue
        if not tok.is_word or tok.low in AUXILIARIES:
            break
        shouted = tok.text.isupper() and len(tok.text) > 1  # upper-case wire text
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if tok.low in ("and", "or") and nxt is not None and nxt.is_word and (
            (nxt.is_cap and not nxt.text.isupper() and not shouted) or nxt.low in PERSON_NOUNS
        ) and nxt.low not in TENS and nxt.low not in UNITS:
            continue  # "30 Korean police and civilians", "12 British and French sailors"
        if tok.low in FUNCTION_WORDS and tok.low not in NP_MODIFIERS and (
            not tok.is_cap or shouted
        ):
            break
        if shouted and head >= 0 and ANY_TRIGGER.match(tok.low):
            break  # "FIVE SOLDIERS AND WOUNDED ...": a casualty word ends the noun phrase
        if shouted and head >= 0 and len(tok.low) > 4 and tok.low.endswith(("ed", "ing")):
            break  # "JESUITS MURDERED ON 16 NOVEMBER": a participle after the head ends it
        if tok.is_cap and not shouted and TITLE_CASE_TRIGGER.fullmatch(tok.low):
            break  # headline case "9 Killed When Truck Hits ...": the verb ends the noun phrase
        if tok.is_cap and not shouted and tok.low in TITLE_CASE_TOLL_NOUNS:
            break  # headline case "1,100 Casualties", "147 Sets of Remains": no people named
        if tok.low in SUBSET_MARKERS or (tok.low in REPORT_VERBS and not tok.is_cap):
            break  # "the 40 freed hostages included three nurses": a verb ends it
        if head >= 0 and tok.low in CAPTIVE_COMPLEMENTS:
            break  # "taken several others prisoner": the complement is not the group
        if j + 1 < len(tokens) and tokens[j + 1].low in INJURY_NOUNS:
            break  # "two minor injuries": an adjective of the injuries, no person
        if _is_person_head(tok):
            head = j
    return _span(raw, tokens, k, _from_place_end(tokens, head)) if head >= 0 else None


PAREN_NP_MAX = 10


def _quoted_words_end(tokens: list[Token], k: int) -> int:
    """Index of the quote closing one to three words quoted from k, or -1 (casualty-20)."""
    if tokens[k].text not in QUOTE_MARKS:
        return -1
    return words_closed_by(tokens, k, QUOTE_MARKS, 5)


def _acronym_expansion_end(tokens: list[Token], k: int) -> int:
    """Index of the ")" closing a bracketed expansion of words at k, or -1 (casualty-20)."""
    return words_closed_by(tokens, k, CLOSING_PAREN, PAREN_NP_MAX)


CLOSING_PAREN = frozenset({")"})


PLACE_FOLLOWING_ADVERBS = words("back home too also again alone together")


def _from_place_end(tokens: list[Token], head: int) -> int:
    """ "two captured soldiers from North Korea", "a man from the United States": a named
    place after "from" is part of the words naming the victims (casualty-19); not a time
    ("from Monday"), a lower-case place ("from the village") or upper-case wire text."""
    k = head + 1
    if k + 1 >= len(tokens) or tokens[k].low != "from" or tokens[head].text.isupper():
        return head
    k += 1 + (tokens[k + 1].low == "the")
    end = head
    while k < len(tokens) and k - head <= 5 and tokens[k].is_word and tokens[k].is_cap and (
        not tokens[k].text.isupper() or len(tokens[k].text) <= 3
    ) and tokens[k].low not in MONTHS and tokens[k].low not in WEEKDAYS and (
        tokens[k].low not in FUNCTION_WORDS
    ):
        if tokens[k].low.endswith(("'s", "’s")):
            return head  # "soldiers from Monday's patrol": an owner of something else
        end = k
        k += 1
    nxt = tokens[k] if k < len(tokens) else None
    if nxt is not None and nxt.is_word and not nxt.is_cap and nxt.low not in FUNCTION_WORDS and (
        nxt.low not in AUXILIARIES and not ANY_TRIGGER.match(nxt.low)
    ) and nxt.low not in PLACE_FOLLOWING_ADVERBS and not nxt.low.endswith("ly"):
        return head  # "soldiers from the Kursk battlefield": the name modifies a noun after it
    return end


def _possessive_name_end(tokens: list[Token], k: int) -> int:
    """Index of the possessive word ending a name of one to three capitalised words from k
    ("Putin's", "Kim Jong-un's"), or -1."""
    for j in range(k, min(k + 3, len(tokens))):
        tok = tokens[j]
        if not (tok.is_word and tok.is_cap) or tok.low in FUNCTION_WORDS:
            return -1
        if tok.low.endswith(("'s", "’s")):
            return j
    return -1


INFLICT_VERBS = frozenset({"inflicted", "inflicting", "inflict", "inflicts", "caused",
                           "causing", "cause", "causes"})
GROUP_STOP = FUNCTION_WORDS - {"the"}


def _suffered_by(raw: str, tokens: list[Token], first: int, k: int) -> str | None:
    """Whose toll a toll noun names after the figure: "18 casualties, among both soldiers and
    civilians" (the people after "among"), "inflicted 55 casualties on the army" (the side
    after "on"/"upon", when an inflicting verb stands before the figure)."""
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k + 1 >= len(tokens):
        return None
    word = tokens[k].low
    if word == "among":
        k += 1 + (tokens[k + 1].low in ("both", "the"))
        found = _np_after(raw, tokens, k)
        return found if found != "PRONOUN" else None
    if word not in ("on", "upon") or not any(
        t.low in INFLICT_VERBS for t in tokens[max(first - 4, 0) : first]
    ):
        return None
    last = k
    for j in range(k + 1, min(k + 1 + NP_MAX, len(tokens))):
        tok = tokens[j]
        if not tok.is_word or tok.low in GROUP_STOP or tok.low in MONTHS or tok.low in WEEKDAYS:
            break
        last = j
    return _span(raw, tokens, k + 1, last) if last > k and tokens[last].low != "the" else None


def _predicate_nominal(raw: str, clause: Clause, k: int) -> str | None:
    """ "20,000 of the confirmed dead were convicts", "402 were pedestrians": the noun phrase
    after "were" names the victims; "446 the number of soldiers killed" names them after "of"."""
    tokens = clause.tokens
    if k + 3 < len(tokens) and tokens[k].low == "the" and tokens[k + 2].low == "of" and (
        tokens[k + 1].low in ("number", "total", "toll", "tally")
    ):
        found = _np_after(raw, tokens, k + 3)
        return found if found != "PRONOUN" else None
    if k < len(tokens) and tokens[k].low == "of":
        j = k + 1
        while j < min(k + 5, len(tokens)) and tokens[j].is_word and tokens[j].low not in BE_VERBS:
            j += 1
        k = j
    if k + 1 < len(tokens) and tokens[k].low in ("have", "has", "had") and (
        tokens[k + 1].low == "been"
    ):
        k += 1  # "more than 400 have been children"
    if k + 1 >= len(tokens) or tokens[k].low not in BE_VERBS or k + 1 in clause.trigger_at:
        return None  # "251 were taken hostage": a predicate, not a noun phrase
    found = _np_after(raw, tokens, k + 1)
    if found is None or found == "PRONOUN":
        return None
    end = raw.find(found, tokens[k + 1].start) + len(found)
    after = next((t for t in tokens[k + 1 :] if t.start >= end), None)
    # "were members of one family": the noun phrase goes on past "of", so a cut is no group
    return None if after is not None and after.low == "of" else found


def _is_person_head(tok: Token) -> bool:
    if tok.low in PRONOUN_HEADS:
        return False
    if tok.low in PERSON_NOUNS or tok.is_age or _men_noun(tok.low):
        return True
    if tok.text.isupper() and len(tok.text) > 1:
        return shouted_plural(tok.low)
    if tok.is_cap and tok.low in DEMONYM_PLURALS:
        return True  # "17 Japanese", "40 Vietnamese"
    # casualty-20 (fixm): "Democratic People’s Republic": a possessive is an owner, no people
    return tok.is_cap and len(tok.text) > 3 and tok.low.endswith("s") and (
        not tok.low.endswith(("'s", "’s"))
    )


def _named_people(tok: Token) -> bool:
    """A word opening a sentence names people by itself (not by its capital)."""
    return tok.low in PERSON_NOUNS or tok.low in DEMONYM_PLURALS or _men_noun(tok.low) or (
        tok.text.isupper() and len(tok.text) > 1
    )


def _men_noun(low: str) -> bool:
    """ "businessmen", "clergymen", "tribesmen": a compound in -men names people."""
    return len(low) > 5 and low.endswith("men") and low not in NOT_MEN_NOUNS


def _pronoun_before(tokens: list[Token], first: int) -> bool:
    window = [t.low for t in tokens[max(first - 3, 0) : first]]
    # "they had seen 20 bodies": a subject pronoun is the finder, not the victims
    return any(w in PRONOUN_HEADS and w != "they" for w in window)


def last_person_np(raw: str, tokens: list[Token], before: int) -> str | None:
    """The last plural person noun phrase before token index `before`."""
    for j in range(min(before, len(tokens)) - 1, -1, -1):
        if j == 0 and not _named_people(tokens[0]):
            break  # "Photos show that ... one of them": a capital opening a sentence is no name
        if _is_person_head(tokens[j]) and tokens[j].low not in ("others",) and not (
            j + 1 < len(tokens) and tokens[j + 1].low in NOUN_AFTER_ADJUNCT
        ):
            first = j
            while first > 0 and first > j - 3 and _is_modifier(tokens[first - 1]) and (
                not _verb_like(tokens[first - 1].text)  # casualty-20 (fixm): "attacking people"
            ) and not _is_number_word(tokens[first - 1].text):  # nor "16 thousand people"
                first -= 1
            return _span(raw, tokens, first, j)
    return None


# casualty-20 (fixm): "has not released official casualty figures": a person noun before a
# toll word is an adjunct of it, not people
NOUN_AFTER_ADJUNCT = words(
    "casualty casualties death deaths toll tolls figure figures count counts"
)


def _is_modifier(tok: Token) -> bool:
    return tok.is_word and (tok.is_cap or tok.low not in FUNCTION_WORDS) and tok.low != "total"


def _counted_before(clause: Clause, comma: int) -> str | None:
    """ "About two hundred fans watched, five of whom ...": the people of the figure whose
    noun phrase ends right before the comma."""
    for p in reversed([p for p in clause.phrases if p.last < comma]):
        people = _np_after(clause.raw, clause.tokens, p.last + 1)
        if people and people != "PRONOUN" and people.lower() not in BARE_OTHERS:
            return people
        break
    return None


def _last_counted_np(clause: Clause, phrase: NumberPhrase) -> str | None:
    """ "sent some 14,000 soldiers to fight alongside Russian troops, where more than 6,000 of
    them were killed": "them" is the people last counted in the sentence, not the nearest
    noun."""
    if [t.low for t in clause.tokens[phrase.last + 1 : phrase.last + 3]] != ["of", "them"]:
        return None
    for p in reversed([p for p in clause.phrases if p.last < phrase.first and p.kind != "one"]):
        people = _np_after(clause.raw, clause.tokens, p.last + 1)
        if people and people != "PRONOUN" and people.lower() not in BARE_OTHERS:
            return people
    return None


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _subject_of_sentence(before: str | None) -> str | None:
    """The person noun phrase opening the previous sentence ("One soldier, as he ...",
    "The North Korean soldier ..."), or None: a pronoun is no group."""
    if not before:
        return None
    tokens = tokenize(before)
    k = 0
    while k < len(tokens) and k < 3 and tokens[k].low not in PERSON_NOUNS:
        k += 1
    if k >= len(tokens) or tokens[k].low not in PERSON_NOUNS or (
        k + 1 < len(tokens) and tokens[k + 1].text in ("'", "’", "'s", "’s")
    ):
        return None  # a common person noun as subject only: no names, no "Jordan's agency"
    first = k
    while first > 0 and _is_modifier(tokens[first - 1]):
        first -= 1
    return _span(before, tokens, first, k)


def _last_singular_person(raw: str, tokens: list[Token], before: int) -> str | None:
    """ "found a wounded soldier who detonated a grenade, killing himself": the last singular
    person noun (with up to two modifiers) before the reflexive is who died (casualty-19)."""
    for j in range(min(before, len(tokens)) - 1, -1, -1):
        if tokens[j].low in SINGULAR_PERSON_NOUNS:
            first = j
            while first > 0 and first > j - 2 and _is_modifier(tokens[first - 1]) and (
                tokens[first - 1].low not in FUNCTION_WORDS
            ):
                first -= 1
            return _span(raw, tokens, first, j)
    return None


def _from_clause(before: str | None) -> str | None:
    if not before:
        return None
    tokens = tokenize(before)
    return last_person_np(before, tokens, len(tokens))


def _list_label(raw: str, tokens: list[Token], first: int) -> str | None:
    """ "South Koreans: 990,968 total casualties" -> "South Koreans"."""
    if first < 2 or tokens[first - 1].text != ":":
        return None
    words = [t for t in tokens[: first - 1] if t.is_word]
    if not 1 <= len(words) <= 4 or not all(t.is_cap for t in words):
        return None
    head = words[-1].low
    if head not in PERSON_NOUNS and head not in MILITARY_OWNERS and not (
        head.endswith(("ans", "ers", "ists", "ites", "ons", "ese"))
    ):
        return None  # "POLISH CAMPAIGN: 16,843 dead", "ITALY AND SICILY: ...": no people
    return raw[words[0].start : words[-1].end]


def _toll_modifier(raw: str, clause: Clause, first: int) -> str | None:
    """ "Casualties among other UN allies totaled ..." / "Total civilian deaths: ..."."""
    start = clause.tokens[first].start
    left = clause.text[max(0, start - 160) : start]  # as far as a toll noun reaches
    offset = max(0, start - 160)
    last = None
    for m in TOLL_NOUN_RE.finditer(left):
        last = m
    if last is None:
        return None
    if len(left) - last.start() > 120 and TOLL_LINK.fullmatch(left, last.end()) is None:
        return None  # a far toll noun names only the figure it reaches
    if last.group("people") and _reaches(left, last.end()):
        # "the number of injured border guards was estimated to reach ...": named inside
        return raw[offset + last.start("people") : offset + last.end("people")]
    inner = NUMBER_OF_PEOPLE.match(last.group("noun"))
    if inner and inner.group(1).lower() in PRONOUN_HEADS:
        return None  # "the number of those killed": a pronoun names nobody
    named = _toll_of_people(raw, clause, offset, last) if _reaches(left, last.end()) else None
    if named is not None:
        return named  # "the death toll of North Korean soldiers", "the number of hostages"
    if inner and not _reaches(left, last.end()):
        return None  # "put the number of soldiers killed at 200, with 450 wounded": not the 450's
    if inner and all(w.lower() in NOT_GROUP_MODIFIERS for w in inner.group(1).split()):
        return None  # "the number of confirmed deaths": a modifier of the deaths names nobody
    if inner:  # "the number of people killed": the people are named inside the toll noun
        return raw[offset + last.start() + inner.start(1) : offset + last.start() + inner.end(1)]
    if last.group("noun").startswith("number"):
        return None  # "They estimate the number of dead": words before it are no modifier
    if last.group("noun") == "loss":
        return _loss_owner(raw, left, offset, last)
    among = re.match(r"\s+among\s+([^,;:.\d]{2,40}?)\s+\w+\s*$", left[last.end() :])
    if among:
        found = raw[offset + last.end() + among.start(1) : offset + last.end() + among.end(1)]
        kept = []
        for word in found.split():  # "among North Korean troops now stands at"
            if word.lower() in TOLL_LINK_WORDS:
                break
            kept.append(word)
        return " ".join(kept) or None
    # "the rebels' casualties exceeded 400": an owner names the victims when its toll noun
    # is the one that reaches the figure
    linked = TOLL_LINK.fullmatch(left, last.end()) is not None
    mods = re.search(OWNED_MODS if linked else PLAIN_MODS, raw[: offset + last.start()])
    if mods is None:
        return None
    words = mods.group(1).split()
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in FUNCTION_WORDS or low in REPORT_VERBS or low in SUBSET_MARKERS:
            words = words[i + 1 :]  # "By midnight the toll", "the ministry said casualties"
            break  # "This total, which includes losses": a verb ends the modifiers
    words = [w for w in words if _owner_ok(w)]
    words = [re.sub(r"(?:'s|'|’s|’)$", "", w) for w in words]
    words = [w for w in words if w.lower() not in FUNCTION_WORDS]
    words = [w for w in words if w.lower() not in NOT_GROUP_MODIFIERS and not _verb_like(w)]
    words = [w for w in words if not is_adverb(w)]  # "the officially confirmed toll"
    if any(w.lower() in TOLL_CATEGORY or _is_number_word(w) for w in words):
        return None  # "100 deaths and the injured", "Five deaths and eleven injuries": no modifier
    if any(w.lower() in EVENT_MODIFIERS for w in words):
        return None  # "the Peru quake death toll": the words name the event, not its victims
    return " ".join(words) or None


NUMBER_OF_VICTIMS = re.compile(
    r"number of (?:the )?(victims|hostages|prisoners|captives|detainees)\b"
)


def _toll_of_people(raw: str, clause: Clause, offset: int, noun: re.Match[str]) -> str | None:
    """ "the death toll of North Korean soldiers at 200": the people after the toll noun's
    "of" name the victims; "the number of victims (hostages freed) rose to 4" names them
    inside the toll noun (casualty-19)."""
    victims = NUMBER_OF_VICTIMS.match(noun.group("noun"))
    if victims is not None:
        at = offset + noun.start()
        return raw[at + victims.start(1) : at + victims.end(1)]
    if noun.group("noun") not in ("death toll", "toll", "casualty toll", "casualties toll"):
        return None
    tokens = clause.tokens
    k = next((j for j, t in enumerate(tokens) if t.start >= offset + noun.end()), len(tokens))
    if k + 1 >= len(tokens) or tokens[k].low != "of":
        return None
    k += 1 + (tokens[k + 1].low == "the")
    found = _np_after(raw, tokens, k)
    return found if found not in (None, "PRONOUN") else None


LOSS_OF_OWNER = re.compile(r"\s+of\s+((?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?)")


def _loss_owner(raw: str, left: str, offset: int, noun: re.Match[str]) -> str | None:
    """ "the Confederate loss ... was 20,448" -> "Confederate"; "the entire loss of the
    Federalists at 4,500" -> "the Federalists"; "the greatest loss" names nobody."""
    if TOLL_LINK.fullmatch(left, noun.end()) is None:
        return None
    before = re.search(r"([A-Za-z-]+)(?:'s|’s|s')?\s+$", raw[: offset + noun.start()])
    if before is not None and before.group(1).lower() in MILITARY_OWNERS:
        return before.group(1)
    after = LOSS_OF_OWNER.match(raw, offset + noun.end())
    if after is None:
        return None
    words = after.group(1).split()
    while words and words[-1].lower() not in MILITARY_OWNERS | PERSON_NOUNS:
        words.pop()  # "the loss of the French at Waterloo": not "at"
    return " ".join(words) if len(words) > (words[:1] == ["the"]) else None


def _reaches(left: str, end: int) -> bool:
    """The toll noun ending at `end` reaches the figure: through its link words ("number of
    people killed rose to"), or through "at" after a verb that puts it there."""
    return TOLL_LINK.fullmatch(left, end) is not None or bool(
        re.fullmatch(r"[^,;:.]{0,80}?\bat\s+(?:[a-z]+\s+){0,2}", left[end:])
    )


TITLE_CASE_TOLL_NOUNS = words(
    "casualties casualty deaths fatalities losses injuries dead sets remains bodies coffins"
    " boxes cases lives"
)
TITLE_CASE_TRIGGER = re.compile(r"killed|dead|dies|died|injured|wounded|hurt|missing|slain")
PLAIN_MODS = r"((?:[A-Za-z-]+ ){1,2})$"
OWNED_MODS = r"((?:[A-Za-z-]+(?:'s|'|’s|’)? ){1,2})$"
OWNER_NOUNS = words("army armies forces military enemy navy police militia brigade battalion")


def _owner_ok(word: str) -> bool:
    """A possessive modifier names victims only when it names people or a force ("the
    rebels'", "Russia's", "the army's"), not a time ("the week's toll", "Monday's")."""
    base = re.sub(r"(?:'s|'|’s|’)$", "", word)
    if base == word:
        return True
    low = base.lower()
    if low in MONTHS or low in WEEKDAYS:
        return False
    return low in PERSON_NOUNS or low in OWNER_NOUNS or base[:1].isupper()




def _is_number_word(word: str) -> bool:
    low = word.lower()
    return word[:1].isdigit() or low in UNITS or low in TENS or low.split("-")[0] in TENS or (
        low in SCALE_WORDS
    )


def _verb_like(word: str) -> bool:
    """ "bringing", "reported": a verb form is never the victims' name."""
    low = word.lower()
    return len(low) > 4 and low.endswith(("ing", "ed")) and not word[0].isupper()



RAISED_PARTICIPLES = frozenset(
    {"claimed", "said", "believed", "thought", "estimated", "reported", "known", "understood",
     "alleged", "feared", "assessed", "likely", "expected"}
)


# casualty-20: "X has admitted to suffering / acknowledged having sustained": X's own toll
ADMITTING_PARTICIPLES = frozenset({"admitted", "acknowledged", "conceded", "claimed", "confirmed"})


def _coordinated_subject(raw: str, tokens: list[Token], end: int) -> str | None:
    """ "North Korea has sent 15,000 soldiers since autumn and suffered 4,700 casualties": the
    second verb's subject is the capitalised name before the first verb's auxiliary; never the
    first verb's object. None when no such name."""
    aux = next((j for j in range(end - 1, max(end - 16, 0), -1)
                if tokens[j].low in ("has", "have", "had")), -1)
    start = aux
    while start > 0 and aux - start < 4 and tokens[start - 1].is_cap and tokens[start - 1].is_word:
        start -= 1
    return _span(raw, tokens, start, aux - 1) if 0 <= start < aux else None


def _lives_counted(tokens: list[Token], k: int) -> bool:
    """ "12 lives", "12 civilian lives": the figure counts lives, so the verb's subject is what
    took them."""
    return any(t.low == "lives" for t in tokens[k : k + 2])


# casualty-20 (fixm): "had (very / most) likely sustained": no part of the subject
DEGREE_WORDS = words("likely very most quite")
# casualty-20 (fixm): words after a subject's head noun that open a modifier of it
# ("forces fighting alongside ...", "units in the Kursk region", "troops deployed to Kursk")
POSTMODIFIER_PREPOSITIONS = words(
    "in at near inside on alongside against across along around within outside behind"
)
PARTICIPLE_PREPOSITIONS = POSTMODIFIER_PREPOSITIONS | words(
    "to by for from with into under over beside among"
)
SUBJECT_HEADS = MILITARY_OWNERS | COMBATANT_NOUNS | words("unit units contingent contingents")


def _subject_head_end(tokens: list[Token], end: int) -> int:
    """ "North Korean forces fighting alongside Russian troops against the Ukrainian military
    have suffered": a participle or place phrase after the subject's head noun modifies it;
    the subject ends on that noun (casualty-20, fixm). `end` otherwise."""
    found = end
    if end < 0 or tokens[end].low in SUBJECT_PRONOUNS:
        return end
    for p in range(end, max(end - 14, 0), -1):
        tok, head = tokens[p], tokens[p - 1]
        if not tok.is_word or tok.low in SUBJECT_STOP or tok.low in REPORT_VERBS:
            break
        if not (head.is_word and (_is_person_head(head) or head.low in SUBJECT_HEADS)):
            continue
        participle = not tok.is_cap and len(tok.low) > 4 and tok.low.endswith(("ing", "ed")) and (
            tok.low not in FUNCTION_WORDS
        ) and p + 1 <= end and tokens[p + 1].low in PARTICIPLE_PREPOSITIONS
        if participle or (tok.low in POSTMODIFIER_PREPOSITIONS and p + 1 <= end):
            found = p - 1  # the leftmost such noun: "forces fighting alongside troops against"
    return found


def _dateline_bracket(tokens: list[Token], k: int) -> bool:
    """ "(MENAFN- UkrinForm) The Russian lost ...": a bracketed wire credit before the
    subject ends it (casualty-20, fixm)."""
    return tokens[k].text == ")" and any(
        t.text == "(" for t in tokens[max(k - 6, 0) : k]
    ) and k + 1 < len(tokens) and tokens[k + 1].is_cap


def _raising_verb_length(tokens: list[Token], end: int) -> int:
    """How many words, ending at `end`, a verb raising the suffering verb's subject takes:
    "The rebels acknowledged (to) having sustained" 2 (3), "North Korea is claimed to have
    suffered" 2 (the auxiliary before is the caller's); 0 when none."""
    if end < 2:
        return 0
    if tokens[end].low == "having" and tokens[end - 1].low in ADMITTING_PARTICIPLES:
        return 2
    if tokens[end].low == "having" and tokens[end - 1].low == "to" and (
        tokens[end - 2].low in ADMITTING_PARTICIPLES
    ):
        return 3
    if tokens[end].low == "to" and tokens[end - 1].low in (
        RAISED_PARTICIPLES | ADMITTING_PARTICIPLES
    ):
        return 2
    return 0


def _subject_of_figure(raw: str, tokens: list[Token], first: int) -> str | None:
    """ "South Korea sustained 1,312,836 casualties" -> "South Korea"."""
    k = first - 1
    quoted = False
    while k >= 0 and (tokens[k].low in SKIP_BEFORE_FIGURE or tokens[k].text in QUOTE_MARKS):
        quoted = quoted or tokens[k].text in QUOTE_MARKS  # 'troops suffered "several hundred ..."'
        k -= 1
    if k >= 2 and (tokens[k - 1].low, tokens[k].low) in SHARE_VERBS:
        k -= 1  # "Children accounted for 17 of the dead"
    elif k < 1 or tokens[k].low not in SUBJECT_VERBS:
        return None
    end = k - 1
    while end >= 0 and (tokens[end].low in AUXILIARIES or tokens[end].low in ADVERBS_BEFORE_VERB
                        or is_adverb(tokens[end].text) or tokens[end].low in DEGREE_WORDS):
        end -= 1  # casualty-20 (fixm): "forces had highly likely sustained"
    if end >= 0 and tokens[end].text == ",":
        # "The valiant 3rd, which fought from X to Y, suffered ...": the subject is before
        # the relative aside; so "Ruritania, with far fewer troops, has suffered"
        opener = next((j for j in range(end - 1, max(-1, end - 30), -1)
                       if tokens[j].text == "," and j + 1 < end
                       and tokens[j + 1].low in ASIDE_OPENERS), None)
        if opener is None:
            return None
        end = opener - 1
    if end >= 0 and tokens[end].low == "and":
        return _coordinated_subject(raw, tokens, end)
    raising = _raising_verb_length(tokens, end)
    if raising:  # the subject before "is claimed to", "acknowledged (to) having"
        end -= raising
        while end >= 0 and tokens[end].low in AUXILIARIES:
            end -= 1
    elif end >= 0 and tokens[end].low == "to":
        return None  # "He wanted to suffer ...": an infinitive's "to" ends no name
    end = _subject_head_end(tokens, end)
    start, marks = end, 0
    while start > 0 and tokens[start - 1].low not in SUBJECT_STOP and end - start < 6 + marks and (
        tokens[end].low not in SUBJECT_PRONOUNS  # "The army admitted it suffered": "it"
    ) and (
        tokens[start - 1].low not in REPORT_VERBS  # "Seoul said North Korea had suffered"
    ) and not _dateline_bracket(tokens, start - 1):
        start -= 1
        marks += tokens[start].text in ("(", ")")  # "Republic of Korea (DPRK) forces"
    while start < end and tokens[start].low in GROUP_LEADING_PREPOSITIONS and (
        not tokens[start].is_cap
    ):
        start += 1  # a name cut by the window opens on no preposition ("of Korea ...")
    if end < 0 or not any(t.is_word for t in tokens[start : end + 1]):
        return None
    if start >= 2 and tokens[start - 2].low == "of" and tokens[start - 1].low in (
        "which", "whom"
    ) and tokens[end].low in SUBJECT_PRONOUNS:
        start -= 2
    if end - start == 2 and tokens[start].low == "of" and tokens[start + 1].low in (
        "which", "whom"
    ):  # "12,000 North Korean soldiers, of which they lost 4,000": the soldiers
        j = next((j for j in range(start - 1, max(start - 13, -1), -1)
                  if tokens[j].low in COMBATANT_NOUNS), -1)
        if j < 0:
            return None
        s0 = j
        while s0 > 0 and j - s0 < 3 and tokens[s0 - 1].is_cap and tokens[s0 - 1].is_word:
            s0 -= 1
        return _span(raw, tokens, s0, j)
    if start == end and tokens[end].low in SUBJECT_PRONOUNS:
        # "it/they suffered 40 casualties": a pronoun names nobody itself; group_for looks
        # for its people in the sentence before
        return tokens[end].text
    vague = tokens[first].low in ("several", "hundreds", "dozens", "thousands", "scores", "tens")
    if quoted and not _is_person_head(tokens[end]) and tokens[end].low not in MILITARY_OWNERS and (
        not vague
    ):  # 'North Korea has experienced "several hundred" casualties': an army's or a nation's
        return None  # 'The minister suffered "two deep cuts"': one man's wounds, no group
    return _span(raw, tokens, start, end)


# --- attribution ------------------------------------------------------------------


def attribution_for(raw: str, at: int) -> str | None:
    """The nearest source named in the sentence for a figure at offset `at`."""
    found: list[tuple[int, int, str]] = []
    for pattern in (ACCORDING_TO, CITING, TRAILING_SOURCE, LEADING_SOURCE):
        for m in pattern.finditer(raw):
            src = _clean_source(m.group("src"))
            if src:
                # a source in the figure's own clause before one past a comma: "Though local
                # media reported 15 dead, the army said 9 died" gives the 15 to local media
                lo, hi = sorted((m.start("src"), at))
                apart = any(ch in ",;" for ch in raw[lo:hi]) and m.start("src") > at
                found.append((apart, abs(m.start("src") - at), src))
    return min(found)[2] if found else None


def _clean_source(src: str) -> str | None:
    src = SOURCE_LEAD.sub("", src.strip(" \"'“”‘’"))
    src = re.sub(r"^.*\bof (?:whom|which)\s+", "", src)  # "four of whom police believe"
    for _ in range(3):
        src = SOURCE_TAIL.sub("", src).strip()
    words = src.split()
    if not words or len(words) > 9 or src.lower() in BAD_SOURCES:
        return None
    if any(w.lower() in NOT_SOURCE_WORDS for w in words):
        return None
    if words[0].lower() == "there":
        return None  # "There were two confirmed deaths, officials said": no source
    if words[0].lower() in ("who", "which", "whom", "whose"):
        return None  # "a man, who police believe was in the car, ...": a relative clause
    if len(words) == 1 and words[0].lower() in ("the", "a", "an", "this", "that", "these"):
        return None  # "The confirmed deaths are ...": an article, no source
    if words[-1].lower() in ("a", "an"):
        return None  # "killing an estimated 379": the hedge, no source
    if words[-1].lower() in ("was", "were", "is", "are", "be", "been", "being"):
        return None  # "Five people were reported killed": a passive, nobody's report
    if any(ch.isdigit() for ch in src):
        return None
    return src


BODY_NOUNS = frozenset({"bodies", "body", "corpses", "remains", "coffins", "caskets"})
BODIES_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<people>(?:[A-Za-z'’.-]+\s+){0,3}?[A-Za-z'’-]+?)"
    r"(?=\s+(?:in|at|from|on|near|who|that|were|was|had|have)\b|\s*[,.;:)]|$)"
)


def _bodies_of(raw: str, tokens: list[Token], link: Link) -> str | None:
    """The people whose bodies the figure counts ("30 bodies of North Korean soldiers"), or
    none."""
    k = link.phrase.last + 1
    if k >= len(tokens) or tokens[k].low not in BODY_NOUNS:
        return None
    m = BODIES_OF.match(raw, tokens[k].end)
    if m is None or m.group("people").split()[-1].lower() not in PERSON_NOUNS | DEMONYM_PLURALS:
        return None
    return m.group("people")


def share_raised_object(tokens: list[Token], links: list[Link]) -> None:
    """ "killed 77 and wounded as many as 40 North Korean soldiers": the object after the
    second verb is the first figure's too (one noun phrase for both verbs)."""
    for first, second in itertools.pairwise(links):
        if first.group or first.rule != "active" or second.rule != "active" or not second.group:
            continue
        after = first.phrase.last + 1
        trig = second.trigger
        if after + 1 < len(tokens) and tokens[after].low == "and" and trig is not None and (
            trig.first == after + 1
        ) and second.phrase.first > trig.last:
            first.group = second.group
