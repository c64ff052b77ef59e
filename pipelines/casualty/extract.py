"""Document-level casualty extraction: sentences -> links -> mentions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .context import attribution_for, group_for, share_raised_object
from .lexicon import (
    ANY_TRIGGER,
    DEATH_CUES,
    ENGLISH_FUNCTION,
    FEMALE_VICTIM,
    GENERIC_VICTIM,
    MALE_VICTIM,
    MARKED_NAME_RE,
    NUMBERISH,
    OBJECT_VICTIM_RE,
    RANKED_NAME,
    RELATED_MARKER,
    SINGLE_VICTIM_SUBJECT,
    SURVIVAL_WORDS,
    Category,
    Qualifier,
    aged_names,
    apposed_names,
    trigger_starts,
    words,
)
from .linking import HEADING, Link, link_sentence, make_clause
from .mention import CasualtyMention
from .numbers import NAME_CLAUSE_OPENERS, find_numbers
from .sentences import Sentence, split_sentences
from .tokens import Token, tokenize

# Same-length normalisation: control characters to spaces (CR too: CRLF stays one break).
NORMALISE = str.maketrans({chr(c): " " for c in [*range(32), 0x7F, 0xAD] if chr(c) not in "\n\t"})
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\xad]")
# Translators' bracketed notes inside a phrase, blanked to same-length spaces: a figure in
# brackets ("at least [9] persons died": the number as heard) and "[as received]" / "[as
# heard]" notes ("5,000 [number as received] people") and bracketed abbreviations.
BRACKET_NOTE = re.compile(
    r"\[(?P<figure>\d[\d,]*)\]"
    r"|\[(?:number |name |words? )?as (?:received|heard|published|reported)\]"
    # translators' expansions and gaps inside a sentence of wire copy: "TWO LEADERS OF THE
    # PATRIOTIC UNION [UP] WERE KILLED", "THE FSLN [SANDINIST NATIONAL LIBERATION FRONT]",
    # "[WORDS INDISTINCT]" (capitals only, no number word)
    r"|(?-i:(?<=[A-Za-z)] )\[(?!(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)\])"
    r"[A-Z][A-Z .,'&/-]{0,80}\](?= [A-Za-z(]))"
    r"|(?-i:\[[A-Z]{2,6}\])",  # an editor's abbreviation: "the Korean People's Army [KPA]"
    re.IGNORECASE,
)
BROKEN_AGE_HINT = re.compile(r"- (?:year|month|week|day)", re.IGNORECASE)  # a fast literal scan
BROKEN_AGE = re.compile(r"\b(\d{1,3})- ((?:year|month|week|day)s?-old)\b", re.IGNORECASE)
WORDS = re.compile(r"[^\W\d_]+")
LANG_SAMPLE = 2_000
MIN_WORDS_FOR_LANG = 25
MIN_ENGLISH_SHARE = 0.08
HEADLINE_END = re.compile(r"[.!?\"'”)]\s*$")
# What the next clause says of one shot victim, by pronoun or "the victim": "Officers shot a
# man. He was pronounced dead at a hospital." / "A man was shot; he was treated and released."
_VICTIM = (
    r"(?:he|she|the (?:\d+-year-old\s+)?(?:man|woman|victim|boy|girl|teen|teenager|driver"
    r"|suspect|juvenile|youth|child|person|male|female))"
    # an appositive: "The victim, a 38-year-old man, was taken to ..."
    r"(?:,\s+(?:a|an)\s+[^,.;]{1,40},)?\s+"
)
_DEATH = (
    r"(?:(?:was|were|later|then|subsequently|has|had|have|been|also)\s+)*"
    r"(?:(?:pronounced|declared) (?:dead|deceased)|died|succumbed|did not survive|passed away)\b"
)
# Words after the victim before the death, in the same sentence and with no new subject:
# "He was rushed to a hospital, where he was pronounced dead"; "The victim was taken to a
# hospital with life-threatening injuries and was later pronounced deceased".
_THEN_DEATH = (
    r"(?:(?!\b(?:but|while|whereas|another|others?|not|no)\b)[^.;]){0,140}?"
    r"\b(?:he|she|they|and|but)\s+" + _DEATH
)
# "Medics took him to a hospital, where he died": the victim as the object.
_TAKEN_THEN_DEATH = (
    r"[^.;]{0,80}?\b(?:took|rushed|transported|brought|flew|airlifted) (?:him|her|them) to\b"
    + _THEN_DEATH
)
DEFINITE_OPENING = re.compile(r"the\s+(?!other\b|second\b|third\b)", re.IGNORECASE)
NEXT_KILLED = re.compile(
    _VICTIM + r"(?:" + _DEATH + r"|" + _THEN_DEATH + r")|" + _TAKEN_THEN_DEATH, re.IGNORECASE
)
# The same death told after a lead-in: a clause ending in a comma, "but", or a reporting
# verb ("When medics arrived, the man was pronounced dead"; "Officers gave him first aid, but
# he died at the scene"; "Police say the victim was declared dead"), or with the victim as
# the object ("Paramedics pronounced the man dead"; "Medics rushed the victim to a hospital,
# where he died"). Used for one victim found wounded or shot, in the next sentence only.
_LEAD = (
    r"[^.;]{0,150}?(?:,\s*(?:but\s+|and\s+)?|\bbut\s+"
    r"|\b(?:says?|said|confirmed|reported|reports)\s+(?:that\s+)?)"
)
_OBJECT_VICTIM = (
    r"(?:him|her|the (?:man|woman|victim|boy|girl|teen|teenager|driver|male|female)"
    r"|(?-i:[A-Z][a-z][\w'-]*))"  # "Medics transported Sanders to a hospital, where he died"
)
NEXT_KILLED_LATE = re.compile(
    _LEAD + _VICTIM + _DEATH
    + r"|[^.;]{0,100}?\b(?:pronounced|declared) " + _OBJECT_VICTIM + r" (?:dead|deceased)\b"
    + r"|[^.;]{0,80}?\b(?:took|rushed|transported|brought|flew|airlifted) " + _OBJECT_VICTIM
    + r" to\b" + _THEN_DEATH,
    re.IGNORECASE,
)
# ... or in the rest of its own sentence: "officers found a man suffering from gunshot wounds,
# and he was pronounced deceased at the scene".
SAME_SENTENCE_KILLED = re.compile(
    r"[^.;]{0,120}?,\s*(?:and|but)\s+(?:he|she)\s+(?:later\s+)?" + _DEATH, re.IGNORECASE
)
_TO_HOSPITAL = (
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:taken|transported|rushed|flown|airlifted)\s+(?:by\s+\w+\s+)?to\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w'-]+\s+){0,3}(?:hospitals?|medical\s+center)\s+with\s+(?:[\w-]+\s+){0,3}"
    r"(?:injur(?:y|ies)|wounds?)\b(?![^.;]*\b(?:died|dead|succumbed)\b)"
)
# A survival outcome later in the victim's sentence, with no death or other person between:
# "The boy was taken to a hospital and was listed in stable condition"; "The victim was
# taken to the hospital with a non-life-threatening injury".
_LATER_SURVIVAL = (
    r"|(?:(?!\b(?:but|while|died|dead|deceased|succumbed|another|others?|not)\b)[^.;]){0,100}?"
    r"(?:(?:\b(?:is|was|remains|remained)\s+|'s\s+)(?:listed\s+|placed\s+)?in\s+(?:\w+\s+)?"
    r"(?:fair|stable|good|satisfactory|non-critical)\s+condition\b"
    r"|\bwith\s+(?:an?\s+)?(?:non-life[- ]threatening|minor)\s+(?:\w+\s+)?(?:injur|wound)\w*)"
    r"(?![^.;]*\b(?:died|dead|succumbed)\b)"
)
NEXT_WOUNDED = re.compile(
    _VICTIM + r"(?:(?:is|was|remains|remained)\s+(?:(?:said|believed|reported|thought)\s+to\s+be"
    r"\s+)?(?:listed\s+)?in\s+(?:\w+\s+)?"
    r"(?:fair|stable|good|serious|critical|satisfactory|non-life-threatening)\b"
    r"|survived|(?:was\s+)?treated\s+and\s+released" + _TO_HOSPITAL + _LATER_SURVIVAL + ")",
    re.IGNORECASE,
)
# A shot victim taken to hospital in critical or serious condition in the same clause ("was
# shot in the stomach and rushed to the hospital in critical condition"): wounded, when the
# rest of the report tells no death (then the victim may be the one who died).
CRITICAL_IN_CLAUSE = re.compile(
    r"[^;.()]{0,80}?\b(?:and|but)\s+(?:(?:is|was|are|were)\s+)?(?:(?:taken|transported|rushed"
    r"|flown|airlifted|hospitali[sz]ed|listed|remains|remained)\b[^;.()]{0,60}?\s|(?<=is\s)"
    r"|(?<=was\s))in\s+(?:\w+\s+)?(?:critical|serious|grave)\s+condition\b",
    re.IGNORECASE,
)
# The same with critical or serious condition ("She was taken to a hospital, where she's in
# critical condition"): wounded only when the rest of the report tells no death.
NEXT_CRITICAL = re.compile(
    _VICTIM + r"(?:(?!\b(?:but|while|another|others?|not)\b)[^.;]){0,100}?"
    r"(?:\b(?:is|was|remains|remained)\s+|'s\s+)(?:listed\s+)?in\s+(?:\w+\s+)?"
    r"(?:critical|serious|grave)\s+condition\b",
    re.IGNORECASE,
)
# A death told in the sentence after the outcome: the wounded outcome was not the last word.
DEATH_AFTER = re.compile(r"(?i)\b(?:died|dead|deceased|succumbed|did not survive|passed away)\b")
# The same for several victims: "Officers found two men with gunshot wounds. They were
# pronounced dead at the scene." / "Two boys were stabbed. They were taken to a hospital
# with injuries that are not life-threatening."
_VICTIMS = (
    r"(?:they|both(?:\s+of\s+them|\s+victims|\s+men|\s+women)?|all\s+(?:\w+\s+)?of\s+them"
    r"|the\s+(?:two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:men|women|victims|people|teens"
    r"|teenagers|boys|girls|children))\s+"
)
NEXT_KILLED_MANY = re.compile(
    _VICTIMS + r"(?:(?:were\s+|later\s+|then\s+|have\s+|had\s+|all\s+|both\s+)*"
    r"(?:(?:pronounced|declared) (?:dead|deceased)|died|succumbed|did not survive)\b"
    r"|" + _THEN_DEATH + r")", re.IGNORECASE
)
NEXT_WOUNDED_MANY = re.compile(
    _VICTIMS + r"(?:(?:are|were|remain|remained)\s+(?:listed\s+)?in\s+(?:\w+\s+)?"
    r"(?:fair|stable|good|serious|critical|satisfactory|non-life-threatening)\b"
    r"|survived|(?:were\s+)?treated\s+and\s+released" + _TO_HOSPITAL + ")", re.IGNORECASE
)


# A toll verb right before a figure hedges it like "nearly" or "more than".
VERB_HEDGES: dict[str, Qualifier] = {
    **dict.fromkeys(words("approaching approached approaches nearing neared nears"), "nearly"),
    **dict.fromkeys(
        words(
            """exceeded exceeds exceed exceeding surpassed surpasses surpass surpassing topped
            tops topping passed passes crossed crosses past"""
        ),
        "more_than",
    ),
}


@dataclass(slots=True)
class _State:
    before: str | None = None  # the previous sentence, for "they"/"them"
    in_related: bool = False  # inside a "Related stories" list
    told: frozenset[str] = frozenset()  # categories of the last sentence with mentions
    quiet: int = 0  # sentences without a mention since then


def extract_mentions(
    text: str, language: str = "en", title: str | None = None
) -> list[CasualtyMention]:
    """Casualty mentions of an article: the title's first (`in_title`, offsets into the
    title), then the text's, each in text order. Deterministic. Only English ("en", "en-GB",
    ...) is handled; other languages give [] until their lexicons land."""
    if not language.lower().startswith("en"):
        return []
    found = text_mentions(title, check_language=False) if title else []
    found = [replace(m, in_title=True) for m in found] + text_mentions(text)
    return _lost_who_died(_all_survived(_title_told_in_body(found), text))


def _title_told_in_body(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """A headline's one victim "shot/stabbed/slashed" (casualties 1) whose body tells that
    victim only as wounded 1, or only as killed 1, takes that fate (GUIDELINES: shot is
    casualties only when the text does not say whether they survived): "X stabbed in prison"
    over "X was stabbed ... He was reported to be in stable condition" (casualty-20, fixf)."""
    body = {m.category for m in found if not m.in_title and m.low == m.high == 1}
    fates = body & {"killed", "wounded"}
    if len(fates) != 1 or "casualties" in body:
        return found
    fate = fates.pop()
    return [
        replace(m, category=fate)
        if m.in_title and m.category == "casualties" and m.low == m.high == 1 else m
        for m in found
    ]


# "(considered / believed to be / thought to be) life-threatening"
LIFE_THREATENING = (
    r"(?:considered\s+|believed\s+to\s+be\s+|thought\s+to\s+be\s+)?life[- ]threatening\b"
)
# Every victim of the report survived: "All seven victims are expected to survive", "Both men
# are expected to recover", "none of the injuries are life-threatening".
ALL_SURVIVED = re.compile(
    r"(?i)\b(?:(?:all|both)(?:\s+(?:of\s+)?(?:the|them|these|those|[a-z]+))?(?:\s+[\w-]+)?"
    r"\s+(?:victims|men|women|people|teens|teenagers|boys|girls|children|of\s+them)\s+"
    r"(?:[\w-]+\s+){0,8}?|(?:all|both)\s+(?:\w+ly\s+)?)(?:(?:are|were)\s+(?:all\s+|both\s+)?"
    r"expected\s+to\s+(?:survive|recover|be\s+ok(?:ay)?)|survived)\b"
    r"|\bnone\s+of\s+the\s+(?:\w+\s+)?injuries\s+(?:are|were|is|was)\s+" + LIFE_THREATENING
)
# a shooting, stabbing or slashing verb in any form
WOUNDING_VERB = r"(?:shot|shoots?|shooting|stab(?:bed|s|bing)?|slash(?:ed|es|ing))"
HIT_VICTIMS = re.compile(rf"(?i)\b(?:{WOUNDING_VERB}|hit|struck)\b")
# The injuries told not life-threatening, by a definite owner: "The wounds were not
# life-threatening", "his injuries did not appear to be life-threatening", "the ambassador's
# injuries aren't life-threatening" (casualty-20, fixf). `one` is the owner of one person.
NOT_LIFE_THREATENING = re.compile(
    r"(?i)\b(?:(?P<all>the|their)|(?P<one>his|her|[\w-]+['’]s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:injuries|injury|wounds|wound)\s+(?:(?:are|were|is|was)(?:\s+not|n['’]t)"
    r"|(?:do|does|did)(?:\s+not|n['’]t)\s+(?:appear|seem)|(?:appear|appeared|seem|seemed)\s+not)"
    r"\s+(?:to\s+be\s+)?" + LIFE_THREATENING
)


def _all_survived(found: list[CasualtyMention], text: str) -> list[CasualtyMention]:
    """GUIDELINES: people shot are casualties only when the text does not say whether they
    survived. A report that tells no death and says all its victims survive ("Seven people
    were shot ... All seven victims are expected to survive") or their injuries not
    life-threatening makes every shot, stabbed or hit figure wounded, the headline's too."""
    if not any(m.category == "casualties" for m in found):
        return found
    until = _survival_reach(found, text)
    if until < 0 or any(m.category == "killed" for m in found) or DEATH_AFTER.search(text):
        return found
    return [
        replace(m, category="wounded")
        if m.category == "casualties" and HIT_VICTIMS.search(m.sentence) and (
            m.in_title or m.start < until
        ) else m  # one victim's injuries tell of a victim before them, not of a later (fixl)
        for m in found
    ]


def _survival_reach(found: list[CasualtyMention], text: str) -> int:
    """How far the text's word that its victims survived reaches: the text's end ("All seven
    victims are expected to survive", "the wounds were not life-threatening"), the start of
    one victim's "his injuries ... not life-threatening" (it tells of a victim before it), or
    -1: not told, or one victim's injuries in a report of more than one victim."""
    if ALL_SURVIVED.search(text):
        return len(text)
    told = NOT_LIFE_THREATENING.search(text)
    if told is None:
        return -1
    if not told.group("one"):
        return len(text)
    if any(m.category == "casualties" and (m.low, m.high) != (1, 1) for m in found):
        return -1
    return told.start()


# "lost more than 31,000 soldiers" / "losses of 300": the figure of a loss verb or noun
LOST_BEFORE = re.compile(
    r"\b(?:lost|lose|loses|losing|loss\s+of|losses(?:\s+(?:of|at|to|amounted\s+to|reached))?)\s+"
    r"(?:[\w'-]+\s+){0,3}$"
    # "FOR ORDERING THE SHOOTING OF 124 OF THE INMATES" after "the killing of 124 inmates":
    # the shooting is those deaths (GUIDELINES: shot is casualties only when the text does
    # not say whether they survived)
    r"|\b(?:shooting|shootings|machinegunning|machine-gunning)\s+of\s+(?:the\s+|all\s+)?$",
    re.IGNORECASE,
)


def _lost_who_died(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """GUIDELINES: "lost N soldiers" is casualties unless the text says the N died; when the
    same figure is a killed mention elsewhere in the article ("over 31,000 Russian troops
    have been killed" in the title, "Russia had lost more than 31,000 soldiers" in the body),
    the loss is those deaths: a killed mention where it is said, no casualties figure. So is
    "the shooting of N" when N are said to be killed elsewhere ("the killing of 124
    inmates")."""
    killed = {(m.low, m.high) for m in found if m.category == "killed" and m.low is not None}
    if not killed:
        return found
    return [
        replace(m, category="killed")
        if m.category == "casualties" and (m.low, m.high) in killed and LOST_BEFORE.search(
            m.sentence[: m.start - m.sentence_start]
        ) else m
        for m in found
    ]


# casualty-20: an editor's bracketed gloss of a translated term, "25,200 of which are
# irrecoverable [killed] and 36,200 temporary [wounded]": the gloss stands for the word
GLOSSED_WORD = re.compile(
    r"\b[a-z][a-z-]{2,30} \[(?P<gloss>killed|dead|wounded|injured|missing|captured"
    r"|casualties|deaths)\]",
)


def _gloss(m: re.Match[str]) -> str:
    gloss = m.group("gloss")
    return gloss + " " * (len(m.group()) - len(gloss))  # same length: offsets hold


# casualty-20 (fixp): a URL slug or metadata line ("Source story: 4-000-north-korean-troops-
# killed-or-wounded-..."): five or more lower-case hyphen-joined parts, one with a digit and one
# a word of three letters or more, name a page, not a figure (blanked, same length)
SLUG_HINT = re.compile(r"-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+-")  # a cheap first look
URL_SLUG = re.compile(r"(?<![\w/.-])[a-z0-9]+(?:-[a-z0-9]+){4,}(?![\w-])")
SLUG_DIGIT_WORD = re.compile(r"(?=.*\d)(?=.*[a-z]{3})")


def _blank_slug(m: re.Match[str]) -> str:
    slug = m.group()
    return " " * len(slug) if SLUG_DIGIT_WORD.match(slug) else slug


def _blank_note(m: re.Match[str]) -> str:
    figure = m.group("figure")
    return f" {figure} " if figure else " " * len(m.group())


def text_mentions(text: str, check_language: bool = True) -> list[CasualtyMention]:
    """Casualty mentions of one text, in text order. A text whose words are almost never
    English function words gives none unless `check_language` is off (a headline is too
    short to tell)."""
    if not text:
        return []
    norm = text.translate(NORMALISE) if CONTROL.search(text) else text
    if BROKEN_AGE_HINT.search(norm):  # "A 12- YEAR-OLD GIRL": a hyphen broken by a line join
        norm = BROKEN_AGE.sub(r"\1-\2 ", norm)  # (same length)
    if "[" in norm:
        norm = BRACKET_NOTE.sub(_blank_note, norm)
        norm = GLOSSED_WORD.sub(_gloss, norm)
    if SLUG_HINT.search(norm):  # casualty-20 (fixp): a page's address words
        norm = URL_SLUG.sub(_blank_slug, norm)
    hits = _trigger_offsets(norm)  # one pass over the text: no casualty word, no mention
    if not hits or (check_language and not looks_english(text)):
        return []
    state = _State()
    found: list[tuple[int, CasualtyMention, bool]] = []  # (sentence no., mention, shot total)
    raws: list[str] = []
    open_fate: set[int] = set()  # ids of mentions whose victims' fate the text may tell next
    found_wounded: set[int] = set()  # ids of mentions of victims found "with gunshot wounds"
    names: frozenset[str] = frozenset()  # words of ranked names told so far
    ranked = [(m.start(), m.group("name").split()) for m in RANKED_NAME.finditer(norm)
              if m.start() == 0 or not _word_char(norm[m.start() - 1])]
    introduced = (apposed_names(norm) if ", a" in norm else []) + (
        aged_names(norm) if "-year-old " in norm else []
    )  # names told with an appositive or an age may stand alone later
    if introduced:
        ranked = sorted(ranked + introduced)
    told = 0  # ranked names before this index are in `names`
    for n, sent in enumerate(split_sentences(norm)):
        raw = norm[sent.start : sent.end]
        raws.append(raw)
        skip = _skip_related(raw, state) or (
            n > 0 and _inserted_headline(norm, sent, raw, state.before)
        )
        if not skip and (
            _worth_analysing(raw, sent, hits) or _opens_with_name(raw, names)
            or _after_heading(raw, state.before)
        ):
            mentions = _sentence_mentions(
                text, sent, raw, state.before, names, state.told if state.quiet <= 1 else (
                    frozenset()
                )
            )
            if mentions:
                state.told, state.quiet = frozenset(m.category for m, _, _ in mentions), -1
            found.extend((n, m, shot) for m, shot, _ in mentions)
            open_fate.update(id(m) for m, shot, wounds in mentions if shot or wounds)
            found_wounded.update(id(m) for m, _, wounds in mentions if wounds)
        state.before = raw
        state.quiet += 1
        while told < len(ranked) and ranked[told][0] < sent.end:  # told up to this sentence
            names, told = names | set(ranked[told][1]), told + 1
    if open_fate:
        found = _shot_outcomes(found, raws, open_fate)
    found = _one_victim_fate(found, raws)
    found = _captives_hurt_next(found, raws)
    if open_fate:
        found = _headline_told_in_body(found, raws)
    if found_wounded:
        found = _found_victim_died(found, raws, found_wounded)
    found = _places_taken(found, norm)
    derived = _derived_wounded(found) + _rest_wounded(found)
    return sorted([m for _, m, _ in found] + derived, key=lambda m: (m.start, m.derived))


# "the RSF's capture of El Fasher": a captured "victim" that the text elsewhere names as a
# place ("in El Fasher", "the city of El Fasher") is a town taken, no person
CAPTURE_OF_BEFORE = re.compile(r"\b(?:capture|seizure|takeover|fall)\s+of\s+$", re.IGNORECASE)
PLACE_LEAD = (
    r"\b(?:in|near|outside|around|across|into|inside|(?:city|town|village|province|region|state"
    r"|capital|district|county) of)\s+"
)


def _places_taken(
    found: list[tuple[int, CasualtyMention, bool]], norm: str
) -> list[tuple[int, CasualtyMention, bool]]:
    """Drops one "captured" victim named after "capture/seizure of" when the text uses that
    name as a place elsewhere."""
    out = []
    for item in found:
        m = item[1]
        name = norm[m.start : m.end]
        if m.category == "captured" and m.low == m.high == 1 and name[:1].isupper() and (
            CAPTURE_OF_BEFORE.search(norm, max(0, m.start - 20), m.start)
        ) and re.search(PLACE_LEAD + re.escape(name) + r"\b(?!['’])", norm):
            continue
        out.append(item)
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _trigger_offsets(text: str) -> list[int]:
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        return [m.start() for m in ANY_TRIGGER.finditer(text)]
    return trigger_starts(low)


def _worth_analysing(raw: str, sent: Sentence, hits: list[int]) -> bool:
    """Prefilter: a casualty word and a number-ish word (headlines may have neither digit
    nor article: "Man Killed In Crash"). `hits` are the casualty words' offsets."""
    k = bisect_left(hits, sent.start)
    if k >= len(hits) or hits[k] >= sent.end:
        return False
    return (
        bool(NUMBERISH.search(raw))
        or not HEADLINE_END.search(raw)
        or bool(SINGLE_VICTIM_SUBJECT.search(raw))
        or bool(OBJECT_VICTIM_RE.search(raw))
        or bool(MARKED_NAME_RE.search(raw))
        or raw.isupper()  # wire copy in capitals: names cannot be told from the raw text
    )


def looks_english(text: str) -> bool:
    words = list(map(str.lower, WORDS.findall(text[:LANG_SAMPLE])))
    if len(words) < MIN_WORDS_FOR_LANG:
        return True
    share = sum(map(ENGLISH_FUNCTION.__contains__, words)) / len(words)
    return share >= MIN_ENGLISH_SHARE


def _inserted_headline(norm: str, sent: Sentence, raw: str, before: str | None) -> bool:
    """A headline line between two paragraphs of body text is a link to another story
    ("Drug dispute sparked fatal shooting in Brooklyn: cops"), not this story's report. The
    text's own headline opens it; a line ending a paragraph run with no body after it
    (a caption list, a subhead at the end) is kept."""
    if HEADLINE_END.search(raw) or before is None or not HEADLINE_END.search(before):
        return False
    own_line = norm[: sent.start].endswith("\n") and norm[sent.end :].startswith("\n")
    return own_line and len(raw.split()) <= 16 and bool(norm[sent.end :].strip())


def _skip_related(raw: str, state: _State) -> bool:
    """Related-story lists report other incidents: skip the marker and its headlines."""
    if RELATED_MARKER.match(raw):
        state.in_related = len(raw.split()) <= 5
        return True
    if state.in_related and not HEADLINE_END.search(raw):
        return True
    state.in_related = False
    return False


def _after_heading(raw: str, before: str | None) -> bool:
    """A line opening with a figure under a heading such as "Civilian fatalities"."""
    return before is not None and HEADING.match(before) is not None and bool(
        LEADING_FIGURE.match(raw)
    )


LEADING_FIGURE = re.compile(r"^\W{0,3}\d")


def _opens_with_name(raw: str, names: frozenset[str]) -> bool:
    """A sentence opening with a word of a ranked name told earlier ("Seo died ...")."""
    words = raw.split() if names else []
    if not words:
        return False
    # also after a clause opener: "..., where Bonifas was beaten to death"
    return words[0] in names or any(
        words[j] in names and words[j - 1].lower() in NAME_CLAUSE_OPENERS
        for j in range(1, len(words))
    )


def _sentence_mentions(
    text: str, sent: Sentence, raw: str, before: str | None,
    names: frozenset[str] = frozenset(), told: frozenset[str] = frozenset(),
) -> list[tuple[CasualtyMention, bool, bool]]:
    """(mention, shot total, wounded by "with gunshot wounds") for each link."""
    tokens = tokenize(raw)
    clause = make_clause(raw, tokens, find_numbers(tokens, names), before, told)
    links = link_sentence(clause)
    for i, link in enumerate(links):
        link.group = group_for(clause, link, links[:i], before)
    share_raised_object(tokens, links)
    sentence = text[sent.start : sent.end]
    return [
        (_to_death(_mention(sentence, sent.start, tokens, lk, raw)), lk.shot_total,
         lk.wounds_found or _gunshot_injuries(lk, tokens, raw))
        for lk in links
    ]


# "shot a missing official to death", "stabbing five residents to death": the object of a
# shooting or stabbing verb followed by "to death" was killed (casualty-20, fixf)
TO_DEATH_VERB_BEFORE = re.compile(rf"(?i)\b{WOUNDING_VERB}\s+(?:all\s+)?$")
TO_DEATH_AFTER = re.compile(
    # not a relative's own clause: "shot two fugitives who were sentenced to death" (fixd)
    r"(?:\s+(?!(?:and|or|but|to|with|before|after|who|which|that|was|were|is|are|been"
    r"|sentenced|condemned)\b)[\w'’-]+){0,5}?\s+to\s+death\b"
)


def _to_death(m: CasualtyMention) -> CasualtyMention:
    if m.category != "casualties":
        return m
    at, end = m.start - m.sentence_start, m.end - m.sentence_start
    if TO_DEATH_VERB_BEFORE.search(m.sentence[max(0, at - 20) : at]) and TO_DEATH_AFTER.match(
        m.sentence, end
    ):
        return replace(m, category="killed")
    return m


GUNSHOT_INJURIES = re.compile(r"\s+consistent\s+with\s+(?:an?\s+|multiple\s+)?gunshot\s+wounds?\b")


def _gunshot_injuries(link: Link, tokens: list[Token], raw: str) -> bool:
    """ "located a person with injuries consistent with a gunshot wound": found wounded."""
    t = link.trigger
    return (
        link.category == "wounded" and t is not None and t.text in ("injuries", "injury")
        and GUNSHOT_INJURIES.match(raw, tokens[t.last].end) is not None
    )


def _mention(
    sentence: str, offset: int, tokens: list[Token], link: Link, raw: str
) -> CasualtyMention:
    phrase = link.phrase
    parts = [phrase, *link.parts]
    low = sum(p.low for p in parts)
    high = sum(p.high for p in parts)
    qualifier = phrase.qualifier
    if link.parts:
        qualifiers = {p.qualifier for p in parts}
        qualifier = qualifiers.pop() if len(qualifiers) == 1 else "vague"
    elif link.rule == "coord" and qualifier == "exact" and link.head is not None:
        # "around 600,000 civilians and 406,000 soldiers": the hedge covers both
        head_qualifier = link.head.phrase.qualifier
        qualifier = qualifier if head_qualifier in ("range", "vague") else head_qualifier
    if qualifier == "exact" and phrase.first > 0 and not link.parts:
        # "the number of injured was approaching 1,000", "losses exceeded 300,000"
        qualifier = VERB_HEDGES.get(tokens[phrase.first - 1].low, qualifier)
    start = tokens[phrase.first].start
    end = tokens[parts[-1].last].end
    attribution = attribution_for(raw, start)
    group = None if _same_words(link.group, attribution) else link.group
    return CasualtyMention(
        category=link.category, low=low, high=high, qualifier=qualifier, group=group,
        attribution=attribution, start=offset + start, end=offset + end,
        sentence=sentence, sentence_start=offset, derived=bool(link.parts),
    )


def _same_words(group: str | None, source: str | None) -> bool:
    """The group is the figure's source ("The JCS put casualties at 1,100"): GUIDELINES says
    a group is never a reporting source."""
    if not group or not source:
        return False
    strip = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
    return strip.sub("", group).lower() == strip.sub("", source).lower()


def _shot_outcomes(
    found: list[tuple[int, CasualtyMention, bool]], raws: list[str], open_fate: set[int]
) -> list[tuple[int, CasualtyMention, bool]]:
    """Shot victims whose fate the next clause tells: killed or wounded, not casualties.
    One victim ("he", "the man") after a ";" or in the next sentence; several ("they",
    "both", "the two men") in the next sentence, when the figure is its sentence's last.
    Victims found "with gunshot wounds" may turn out dead ("They were pronounced dead")."""
    out = []
    last_in = {k: m for k, m, _ in found if not _pronoun_victim(m)}
    # sentences with a figure of their own ("He was pronounced dead" names the same victim)
    own_figure = {k for k, m, _ in found if not _pronoun_victim(m)}
    # ... unless they are all one definite victim: "A man was stabbed. The victim, a 38-year-old
    # man, was pronounced dead at a hospital." (the same victim told again)
    own_figure -= {
        k for k in own_figure
        if DEFINITE_OPENING.match(raws[k]) and all(
            m.low == m.high == 1 and not _other_victim(m) for k2, m, _ in found if k2 == k
        )
    }
    for n, m, shot in found:
        many = m.low == m.high and (m.low or 0) > 1 and last_in.get(n) is m
        told_next = n + 1 in own_figure
        if id(m) in open_fate and many and m.qualifier == "exact":
            after = _after_semicolon(raws[n], m)  # "Two men were shot; both later died."
            if not after and n + 1 < len(raws) and not told_next:
                after = raws[n + 1].lstrip()
            if NEXT_KILLED_MANY.match(after):
                m, shot = replace(m, category="killed"), False
            elif shot and NEXT_WOUNDED_MANY.match(after):
                m, shot = replace(m, category="wounded"), False
        elif id(m) in open_fate and m.low == m.high == 1:
            if SAME_SENTENCE_KILLED.match(raws[n], m.end - m.sentence_start):
                out.append((n, replace(m, category="killed"), False))
                continue
            after = _after_semicolon(raws[n], m)
            if not after and n + 1 < len(raws) and not told_next:
                after = raws[n + 1].lstrip()
            if NEXT_KILLED.match(after) or NEXT_KILLED_LATE.match(after):
                m, shot = replace(m, category="killed"), False
            elif shot and (
                _survival_next(after, raws, n) or _critical_no_death(raws, n, m)
            ):
                m, shot = replace(m, category="wounded"), False
        out.append((n, m, shot))
    return out


# One shot victim's survival told anywhere after the shooting: "the soldier survived the
# bullets", "was airlifted to a hospital for surgery", "who is recovering from his wounds"
LATER_SURVIVAL = re.compile(
    r"(?i)\b(?:survived|is\s+recovering|was\s+recovering"
    # "is undergoing urgent surgery" (casualty-20, fixf)
    r"|(?:is|was)\s+undergoing\s+(?:\w+\s+)?surgery|underwent\s+(?:\w+\s+)?surgery"
    r"|(?:was|were|is)\s+(?:\w+\s+)?"
    r"(?:taken|airlifted|flown|rushed|evacuated|transported|moved)\s+(?:by\s+[\w\s]{1,40}?\s+)?to\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w'-]+\s+){0,3}hospital)\b"
)
DEFINITE_VICTIM = re.compile(r"(?:the|his|her|their|he|she)\b", re.IGNORECASE)
SHOT_VERB = re.compile(
    r"\b(?:shot|shooting|shoots?|stabbed|stabbing|slashed|slashing)\b", re.IGNORECASE
)


def _one_victim_fate(
    found: list[tuple[int, CasualtyMention, bool]], raws: list[str]
) -> list[tuple[int, CasualtyMention, bool]]:
    """One victim "shot" with no outcome in the sentence (casualties 1) in a text that tells
    the fate of one victim elsewhere: killed when the text has one victim killed and none
    wounded and this is a definite re-telling ("... was shot dead. ... the official was
    shot"); wounded when the text has one victim wounded and none killed ("was shot ...
    wounding the soldier"), or, with no other single victim, when a survival or a hospital
    stay is told after it and no death ("The man was shot six times. ... The soldier
    survived ... was airlifted to a hospital")."""
    singles = [(n, m) for n, m, _ in found if m.low == m.high == 1 and not m.derived]
    killed = [(n, m) for n, m in singles if m.category == "killed"]
    wounded = [(n, m) for n, m in singles if m.category == "wounded"]
    if killed and wounded or any(_other_victim(m) or _other_near(m) for _, m in singles):
        return found  # two victims: "One other person was injured"
    out = []
    survived = False  # a survival told after an earlier telling: the same victim's
    for n, m, shot in found:
        if m.category == "casualties" and m.low == m.high == 1 and m.qualifier == "exact" and (
            shot or SHOT_VERB.search(m.sentence)
        ):  # the fate told in another sentence (the same sentence's rules are the linker's)
            if any(k != n and k2.start < m.start for k, k2 in killed) and (
                DEFINITE_VICTIM.match(_figure_words(m))
            ):
                m, shot = replace(m, category="killed"), False
            elif any(k != n for k, _ in wounded) and not _another_name(m, wounded) or (
                survived and DEFINITE_VICTIM.match(_figure_words(m))
            ):
                m, shot = replace(m, category="wounded"), False
            elif not killed and not wounded:
                rest = " ".join(raws[n + 1 :])
                if LATER_SURVIVAL.search(rest) and not DEATH_AFTER.search(rest):
                    m, shot, survived = replace(m, category="wounded"), False, True
        out.append((n, m, shot))
    return out


def _another_name(m: CasualtyMention, wounded: list[tuple[int, CasualtyMention]]) -> bool:
    """casualty-20 (fixl): the shot or stabbed victim is named ("Lee Jae-myung was stabbed")
    after every single wounded victim's telling, and none of those sentences names him or her:
    another victim's injury ("This is the second attack on politicians: ... Lee was stabbed in
    January"), not the same victim's retold survival ("X was stabbed ... an inmate ... is in
    stable condition")."""
    group = m.group or ""
    parts = group.split()
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    last = parts[-1]
    return not any(last in w.sentence or w.in_title or w.start > m.start for _, w in wounded)


# "were also / later / badly ...": adverbs between the copula and the harm
_HURT_ADVERBS = (
    r"(?:(?:also|both|all|later|subsequently|seriously|severely|badly|lightly|slightly)\s+)*"
)
# Captives or missing people whose harm the next sentence tells by pronoun, opening it: "Troops
# captured two soldiers on Saturday. They were injured but survived." / "... Both had been
# badly wounded." (the harm only; a death is told so too: "They were later found dead").
NEXT_HURT_MANY = re.compile(
    r"(?:they|both(?:\s+of\s+them)?|all\s+of\s+them)\s+(?:were|had\s+been|have\s+been)\s+"
    + _HURT_ADVERBS + r"(?P<hurt>injured|wounded|hurt|killed|found\s+dead)\b",
    re.IGNORECASE,
)
# ... or by the figure's own noun again: "The soldiers, who were wounded, were taken to Kyiv",
# "The soldiers survived their capture despite being wounded" (casualty-20, fixf)
NEXT_HURT_NOUN = re.compile(
    r"the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+\s+)?\s*(?P<noun>[a-z]+)"
    r"(?:\s*,\s*who\s+(?:were|had\s+been|have\s+been)\s+|\s+(?:were|had\s+been|have\s+been)\s+"
    r"|\s+survived\s+[^.;,]{0,40}?\bdespite\s+(?:being|having\s+been)\s+)"
    + _HURT_ADVERBS + r"(?P<hurt>injured|wounded|hurt)\b",
    re.IGNORECASE,
)
HURT_CATEGORY: dict[str, Category] = {
    "injured": "wounded", "wounded": "wounded", "hurt": "wounded", "killed": "killed",
}


def _captives_hurt_next(
    found: list[tuple[int, CasualtyMention, bool]], raws: list[str]
) -> list[tuple[int, CasualtyMention, bool]]:
    """Several captives or missing people, the last figure of their sentence, whose harm the
    next sentence (with no figure of its own) tells by "they"/"both" or by their own noun
    again ("The soldiers, who were wounded, ..."): a second mention of the same figure and
    group ("captured two soldiers ... They were injured": wounded 2)."""
    last_in = {n: m for n, m, _ in found}
    has_own = {n for n, _, _ in found}
    extra = []
    for n, m, _ in found:
        if m.category not in ("captured", "missing") or m.qualifier != "exact" or (
            last_in.get(n) is not m or not m.low or m.low < 2 or m.low != m.high or m.in_title
        ):
            continue
        if n + 1 >= len(raws) or n + 1 in has_own:
            continue
        nxt = raws[n + 1].lstrip()
        hurt = NEXT_HURT_MANY.match(nxt)
        if hurt is None:
            again = NEXT_HURT_NOUN.match(nxt)
            head = (m.group or "").split()[-1:]
            if again is not None and head and again.group("noun").lower() == head[0].lower() and (
                head[0].lower().endswith(("s", "men", "people", "personnel"))
            ):
                hurt = again
        if hurt is not None:
            word = hurt.group("hurt").lower()
            category = HURT_CATEGORY.get(word, "killed")
            extra.append((n, replace(m, category=category), False))
    return sorted(found + extra, key=lambda x: (x[0], x[1].start)) if extra else found


OTHER_NEAR = re.compile(r"(?i)\b(?:other|another|second)\b")


def _other_near(m: CasualtyMention) -> bool:
    """ "One other person was injured", "a second man was shot": a further victim told near
    the figure."""
    at = m.start - m.sentence_start
    return bool(OTHER_NEAR.search(m.sentence[max(0, at - 12) : m.end - m.sentence_start + 12]))


def _survival_next(after: str, raws: list[str], n: int) -> bool:
    """The next clause tells one shot victim's survival, and the sentence after tells no
    death."""
    if NEXT_CRITICAL.match(after):  # "... where she's in critical condition"
        return not DEATH_AFTER.search(" ".join([after, *raws[n + 2 :]]))
    return bool(NEXT_WOUNDED.match(after)) and not (
        n + 2 < len(raws) and DEATH_AFTER.search(raws[n + 2])
    )


def _critical_no_death(raws: list[str], n: int, m: CasualtyMention) -> bool:
    """ "was shot ... and rushed to a hospital in critical condition", and nothing after it in
    the report tells a death."""
    at = m.end - m.sentence_start
    return bool(CRITICAL_IN_CLAUSE.match(raws[n], at)) and not DEATH_AFTER.search(
        " ".join([raws[n][at:], *raws[n + 1 :]])
    )


def _found_victim_died(
    found: list[tuple[int, CasualtyMention, bool]], raws: list[str], found_wounded: set[int]
) -> list[tuple[int, CasualtyMention, bool]]:
    """One victim found "with a gunshot wound" in a report that tells one death and no
    other victim is the one who died (GUIDELINES: the dead's own wounds are not wounded):
    "Officers found a man with a gunshot wound. Medics gave first aid. The man was pronounced
    dead at the hospital." Whose fate is not told so is otherwise wounded. Every other figure
    must be one victim killed or shot ("a report of a person shot") of the same kind: a
    wounded figure, a figure above one, "another/a second man", someone else ("his friend",
    "the suspect"), a woman where a man was found, "also" or survival words ("in stable
    condition") keep it wounded."""
    candidates = {
        id(m) for _, m, _ in found
        if id(m) in found_wounded and m.category == "wounded" and m.low == m.high == 1
        and m.qualifier == "exact"
    }
    if not candidates:
        return found
    victims: list[CasualtyMention] = []
    for _, m, _ in found:
        if id(m) in candidates:
            continue
        if m.category not in ("killed", "casualties") or m.low != 1 or m.high != 1 or (
            _other_victim(m)
        ):
            return found  # another victim: hurt, a second one or more than one
        victims.append(m)  # the dead, and the shot whose fate is not told ("a person shot")
    genders = {_victim_gender(m) for m in victims}
    if not any(m.category == "killed" for m in victims) and (
        not _death_told(raws)
        or any(_other_victim(m) for _, m, _ in found if id(m) in candidates)
    ):
        return found  # no death told, or a second victim found who may be the one who died
    if None in genders or (
        len(genders - {"any"}) > 1
    ):
        return found
    gender = (genders - {"any"} or {"any"}).pop()
    out = []
    for n, m, shot in found:
        if id(m) in candidates:
            told = raws[n] + " " + (raws[n + 1] if n + 1 < len(raws) else "")
            mine = _victim_gender(m)
            if (
                mine is not None and (mine == gender or "any" in (mine, gender))
                and not _other_victim(m) and not SURVIVAL_WORDS.search(told)
                and not ALSO.search(raws[n])
            ):
                m = replace(m, category="killed")
        out.append((n, m, shot))
    return out


def _death_told(raws: list[str]) -> bool:
    """A death told with no figure, in a report that holds no survival words: "The homicide
    victim was a woman", "Police are investigating the case as a homicide"."""
    text = " ".join(raws)
    return bool(DEATH_CUES.search(text)) and not SURVIVAL_WORDS.search(text)


def _figure_words(m: CasualtyMention) -> str:
    return m.sentence[m.start - m.sentence_start : m.end - m.sentence_start].lower()


OTHER_VICTIM = re.compile(r"(?:another|other|the other|(?:a|the) (?:second|third|fourth))\b")
ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _other_victim(m: CasualtyMention) -> bool:
    """ "another man", "a second victim", "the other driver": a further victim."""
    return bool(OTHER_VICTIM.match(_figure_words(m)))


def _victim_gender(m: CasualtyMention) -> str | None:
    """ "male"/"female" for one victim named by a gendered noun or pronoun, "any" for a
    victim, person, teen ...; None for other people ("his friend", "the officer")."""
    figure = _figure_words(m)
    if figure.startswith(("his ", "her ", "their ", "its ")):
        return None  # "his brother was pronounced dead": someone else
    if m.group is None and figure in ("one", "1", "a", "an"):
        return "any"  # "left one dead"
    words_ = (m.group or figure).lower().split()
    last = words_[-1] if words_ else ""
    if last in MALE_VICTIM:
        return "male"
    if last in FEMALE_VICTIM:
        return "female"
    return "any" if last in GENERIC_VICTIM else None


def _after_semicolon(raw: str, m: CasualtyMention) -> str:
    """The clause after a ";" that follows the mention in its sentence, or ""."""
    rest = raw[m.end - m.sentence_start :]
    semi = rest.find(";")
    return rest[semi + 1 :].lstrip() if semi >= 0 else ""


def _pronoun_victim(m: CasualtyMention) -> bool:
    """A mention whose figure is the pronoun "he"/"she" (one victim named before) or "both"
    (two victims: "Two men were shot; both later died")."""
    at = m.start - m.sentence_start
    return m.sentence[at : m.end - m.sentence_start].lower() in ("he", "she", "both")


def _headline_told_in_body(
    found: list[tuple[int, CasualtyMention, bool]], raws: list[str]
) -> list[tuple[int, CasualtyMention, bool]]:
    """ "Two teenagers stabbed" over a story that says they were wounded: the headline's
    "shot/stabbed" figure is the body's killed or wounded figure, not another mention."""
    if len(raws) < 2 or HEADLINE_END.search(raws[0]):
        return found
    body = {(m.category, m.low, m.high) for n, m, _ in found if n > 0}
    return [
        (n, m, shot) for n, m, shot in found
        if not (n == 0 and shot and m.category == "casualties"
                and ("casualties", m.low, m.high) not in body
                and (("killed", m.low, m.high) in body or ("wounded", m.low, m.high) in body))
    ]


def _derived_wounded(found: list[tuple[int, CasualtyMention, bool]]) -> list[CasualtyMention]:
    """ "Six people were shot, one fatally": the five others are wounded (derived).

    The deaths may be told in the same sentence or, failing that, the next one;
    nothing may be said about the wounded in either (nor, when the deaths come in the
    next sentence, in the one after it).
    """
    out: list[CasualtyMention] = []
    by_sentence: dict[int, list[CasualtyMention]] = {}
    for k, m, _ in found:
        by_sentence.setdefault(k, []).append(m)
    for n, total, shot in found:
        if not shot or total.low != total.high or total.qualifier != "exact":
            continue
        near = [
            (k, m) for k in (n, n + 1) for m in by_sentence.get(k, ()) if m is not total
        ]
        if any(m.category in ("wounded", "casualties") for _, m in near if m.start > total.start):
            continue
        if any(m.category == "wounded" for _, m in near):
            continue
        if any(m.category == "wounded" for m in by_sentence.get(n + 2, ())) and not any(
            m.category == "killed" and m is not total for m in by_sentence[n]
        ):
            continue  # deaths told next, the wounded one by one after them
        dead = [m for k, m in near if m.category == "killed" and m.start > total.start]
        same = [m for m in dead if m.sentence_start == total.sentence_start]
        dead = same or dead  # a death told twice ("one fatally ... A man died") counts once
        died = sum(m.low or 0 for m in dead if m.low == m.high)
        if dead and total.low is not None and 0 < died < total.low:
            out.append(_as_wounded(total, total.low - died))
    return out


# casualty-20: the text itself says the rest of a casualties total were wounded
REST_WOUNDED = re.compile(
    r"\bthe\s+(?:rest|remainder|remaining(?:\s+[a-z]+)?|others)\s+(?:of\s+(?:them|those|these)"
    r"\s+)?(?:(?:were|are|being|having\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
REST_PARTS = frozenset({"killed", "missing", "captured"})


def _rest_wounded(found: list[tuple[int, CasualtyMention, bool]]) -> list[CasualtyMention]:
    """ "around 4,000 casualties ... Approximately 1,000 of these casualties have been killed
    in action, with the rest wounded": a casualties total, the killed (missing, captured)
    told in its sentence or the next, and the text saying the rest were wounded give wounded
    = total - those parts (derived; GUIDELINES: the derived remainder of a casualties
    total). Only when the rest is said to be wounded: a silent remainder stays unsaid."""
    out: list[CasualtyMention] = []
    for n, total, _ in found:
        if total.category != "casualties" or total.low is None or total.low != total.high or (
            total.derived
        ):
            continue
        for n2, m, _ in found:
            if n2 not in (n, n + 1) or m.start <= total.start or m.category != "killed":
                continue
            if m.low is None or m.low != m.high or m.derived or m.in_title != total.in_title:
                continue
            rest = REST_WOUNDED.search(m.sentence, m.end - m.sentence_start)
            if rest is None:
                continue
            at = m.sentence_start + rest.start()
            parts = [
                p for n3, p, _ in found if n3 == n2 and p.category in REST_PARTS
                and total.start < p.start < at and p.low is not None and p.low == p.high
                and not p.derived
            ]
            told = any(
                p.category == "wounded" and total.start < p.start for n3, p, _ in found
                if n3 in (n, n2)
            )
            left = total.low - sum(p.low or 0 for p in parts)
            if not told and 0 < left < total.low:
                hedged = total.qualifier != "exact" or any(p.qualifier != "exact" for p in parts)
                out.append(replace(
                    _as_wounded(total, left), qualifier="approximately" if hedged else "exact"
                ))
            break
    return out


def _as_wounded(total: CasualtyMention, rest: int) -> CasualtyMention:
    return CasualtyMention(
        category="wounded", low=rest, high=rest, qualifier="exact", group=total.group,
        attribution=total.attribution, start=total.start, end=total.end,
        sentence=total.sentence, sentence_start=total.sentence_start, derived=True,
    )
