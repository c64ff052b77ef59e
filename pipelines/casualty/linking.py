"""Clause-level linking of number phrases to casualty triggers in one sentence.

A figure is linked, in this order of preference, by:
  post   - a trigger right after its noun phrase: "6,000 casualties", "three dead";
  pred   - a predicate later in its clause: "50 soldiers were killed",
           "Four teens were taken to hospital with non-life-threatening injuries";
  active - an active verb right before it: "killed 7", "injuring 31 others";
  toll   - a toll noun before it: "death toll rose to 61", "the murder of six";
  subset - "including four children" after a linked figure;
  coord  - "600,000 civilians and 406,000 soldiers" after a linked figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from .lexicon import (
    ANY_TRIGGER_LOWER,
    ARREST_CONTEXT,
    ATTEMPTED_ACT,
    AUXILIARIES,
    AVERTING_WORDS,
    BEREAVED_NOUNS,
    BEREAVED_PREDICATE,
    BODY_CONTEXT,
    CALLED_WRONG_AFTER,
    CAPTIVITY_AFTER,
    CLAUSE_PUNCT,
    COMBATANT_NOUNS,
    COMPARATIVES,
    COMPARED_ESTIMATES,
    CONDITIONAL_MODALS,
    CONDITIONS,
    CONTRADICTED_BEFORE,
    CORRECTED_BEFORE,
    CRIPPLING,
    DEMONYM_PLURALS,
    DENIALS,
    DENIED_AGENCY,
    DETENTION_CONTEXT,
    DETENTION_WORDS,
    DISEASE_CONTEXT,
    DONE_INFINITIVE_LEADS,
    DOWNWARD_REVISION,
    EARLIER_FIGURE,
    ELIMINATION_CONTEXT,
    ELIMINATION_WORDS,
    ESCAPE_CONTEXT,
    ESCAPE_POW_CONTEXT,
    EXCHANGE_NOUNS,
    EXCHANGED_PEOPLE,
    EXPECTED_SURVIVAL,
    FATAL_EVENT_NOUNS,
    FATAL_EVENT_VERBS,
    FATAL_INJURY_WORDS,
    FOREIGN_DETAINEE,
    FUNCTION_WORDS,
    FUTURE_TOLL,
    GOLF_CONTEXT,
    HARM_MODIFIERS,
    HOMECOMING,
    INJURY_CONTEXT,
    INJURY_LEADS,
    INJURY_NOUNS,
    KIDNAP_CONTEXT,
    LAW_SUBJECT_BEFORE,
    LEFT_IN_HOSPITAL,
    LET_GO,
    LOSS_VERBS,
    MACHINEGUNNED,
    MEDICAL_SUBJECT_BEFORE,
    MILITARY_CUSTODY,
    MILITARY_OWNERS,
    MODALS,
    MONTHS,
    NAMED_STATE_AFTER,
    NAMED_STATE_BEFORE,
    NEAR_MISS_WORDS,
    NEGATIONS,
    NO_CATEGORY_AGGREGATE,
    NOT_VICTIM_STATUS,
    OF_NOUN_RE,
    PASSIVE_HIT,
    PEOPLE_OBJECT_VERBS,
    PERIODIC,
    PERSON_NOUNS,
    PLURAL_TOLL_NOUNS,
    POSSESSED_ACTS,
    PRESENT_SHOT,
    PRISONER_CONTEXT,
    QUOTE_MARKS,
    RECOVERED_BARE,
    RECOVERED_FIGURE_BEFORE,
    RELEASE_WORDS,
    REPORT_VERBS,
    REPORTED_BEFORE,
    RESTATED_NOUNS,
    RESTATING_VERBS,
    SEAFARER_WORDS,
    SEIZED_SEAFARERS,
    SHOOTING_CONTEXT,
    SHOOTING_GAME,
    SHOT_AT_PEOPLE,
    SHOT_NOUN_AFTER,
    SHOT_NOUN_BEFORE,
    SINGULAR_PERSON_NOUNS,
    SINGULAR_TOLL_NOUNS,
    SLASH_CONTEXT,
    SLASH_WORDS,
    SPORTS_CONTEXT,
    STATE_HELD_WORDS,
    STATE_HOLDER_AFTER,
    STATE_SUBJECT_BEFORE,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    SUBSET_MARKERS,
    SURRENDER_AFTER,
    SURRENDER_ARREST,
    SURRENDER_CONTEXT,
    SURRENDER_WORDS,
    THING_PLURALS,
    TOLL_CATEGORY,
    TOLL_LINK,
    TOLL_NOUN_RE,
    TREATING_WORDS,
    TRIGGER_INFO,
    TRIGGER_RE,
    UNIT_NOUNS,
    UNITS,
    VIOLENCE_CONTEXT,
    WARRING_NATIONS,
    WEEKDAYS,
    WITHDRAWN_AFTER,
    Category,
    Role,
    shouted_plural,
    words,
)
from .numbers import (
    POSSESSIVE_DETS,
    RANKING_WORDS,
    VICTIM_ADJECTIVES,
    NumberPhrase,
    captivity_relative,
    find_numbers,
    lost_kin_end,
    marked_name_at,
    of_complement_end,
    participle_after,
    participle_next,
    past_victim_aside,
    possessed_act_at,
    pronoun_captive_at,
    relative_close,
    relative_injury_at,
    self_killing_at,
    suffered_injuries_at,
)
from .tokens import Token, glued, token_span, tokenize, words_closed_by

Rule = Literal["post", "pred", "active", "toll", "subset", "coord"]

MAX_PRED_GAP = 20
MAX_POST_GAP = 4
POST_FILLERS = words(
    "more other others total additional further people persons of them whom those the its "
    "their his her our all confirmed reported such"
)
ACTIVE_FILLERS = frozenset(
    {"a", "total", "of", "another", "further", "additional", "the", "at", "least", "all", '"',
     "“", "'", "‘", "between", "his", "her", "their", "reportedly", "allegedly", "apparently",
     "first", "last", "remaining", "other",  # "Marines captured the first three gunmen"
     "today", "yesterday", "tonight", "recently",  # "rebels kidnapped today two Mexicans"
     "these", "those"}  # "paratroopers who captured these two people"
)
OBJECT_STARTS = words(
    "a an the his her their its my our your him them us me this that these those another"
    # quantities that are no figure: "killed two insurgents and detained numerous others"
    " numerous many"
)
SHOT_WORDS = re.compile(
    r"^(?:shot|shoots?|stabbed|gunned down|machine-?gunned|(?:hit|struck) by .*)$"
)
RELEASED_NOT_TAKEN = frozenset(
    {"suspect", "suspects", "protester", "protesters", "protestors", "demonstrators", "arrested",
     "detained", "statement", "statements", "report", "figures", "data", "video"}
)
PARTITIVE_DETS = frozenset({"them", "whom", "those", "these", "the", "us"})
WHOLE_QUANTIFIERS = frozenset({"all", "both", "each", "every"})
SUBSET_LEADS = (
    ("among", "them"), ("among", "whom"), ("of", "whom"), ("among", "those"), ("of", "which")
)
APPOSITIVE_MAX = 8
PAREN_MAX = 8
LONG_ASIDE_MAX = 30
RELATIVES = frozenset({"who", "whose", "which"})
SUBSET_NP_MAX = 12
LONG_ASIDE_STARTS = frozenset(
    {"who", "whose", "which", "including", "among", "a", "an", "the", "both", "all"}
)
# What the text says next about one shot victim: "was shot in the chest and pronounced dead",
# "was shot in the arm and is in fair condition".
SHOT_KILLED = re.compile(
    r"[^;,.()]{0,60}?\b(?:and|but)\s+(?:was\s+|were\s+|later\s+|then\s+)*"
    r"(?:pronounced dead|died|killed|did not survive|succumbed)\b"
    # "shot and taken to a hospital in critical condition, where he later died"
    r"|[^;.()]{0,100}?\bhospital\b[^;.()]{0,60}?,\s*where\s+(?:he|she|they)\s+"
    r"(?:later\s+|was\s+|were\s+)*(?:pronounced dead|died|succumbed)\b"
)
# One shot victim named as the object, whose death a relative clause tells: "The deputy shot
# the man, who died at the scene".
OBJECT_DIED = re.compile(
    r"\s*,\s*who\s+(?:later\s+|then\s+|was\s+|were\s+)*"
    r"(?:pronounced dead|died|succumbed|did not survive)\b"
)
SHOT_WOUNDED = re.compile(
    r"[^;,.()]{0,60}?\b(?:and|but)\s+(?:(?:is|was|are|were|remains|remained)\s+(?:listed\s+)?in\s+"
    r"(?:\w+\s+)?(?:fair|stable|good|serious|critical|satisfactory|non-life-threatening)\b"
    r"|survived|(?:is|was|are|were)\s+expected\s+to\s+(?:recover|survive)"
    r"|(?:is|was|are|were)\s+(?:now\s+)?recovering\b"
    r"|(?:was|were)\s+treated\s+and\s+released"
    # "were shot and treated at various hospitals": treated alive (not "..., where he died")
    r"|(?:(?:was|were)\s+)?treated\s+(?:at|in)\b(?![^.;]*\b(?:died|dead|succumbed|fatal)\w*\b)"
    # "was shot multiple times and remains hospitalized / in hospital" (alive, not stated
    # dying)
    r"|(?:remains|remain|remained|is\s+still|was\s+still)\s+(?:hospitali[sz]ed"
    r"|in\s+(?:a\s+|the\s+)?hospital)\b(?![^.;]*\b(?:died|dead|succumbed)\b)"
    # "and taken to Mercy Hospital in good condition", "and is hospitalized in stable condition"
    # (not critical: a death told in the next sentence would leave a wounded figure behind)
    r"|(?:(?:is|was|are|were)\s+)?(?:taken|transported|rushed|hospitali[sz]ed)\b[^;,.()]{0,50}?"
    r"\bin\s+(?:\w+\s+)?(?:fair|stable|good|satisfactory)\s+condition)"
    # "shot in the leg on Friday with non-life-threatening injuries"
    r"|[^;,.()]{0,60}?\bwith\s+(?:non-?life[- ]threatening|minor|non-?fatal)\s+(?:injur|wound)"
    r"(?![^.;]*\b(?:died|dead|succumbed|did not survive)\b)"  # "..., where he later died"
)
# A survival foretold after the shooting, in any case (headlines): "Defector Was Shot 7 Times,
# But Will Likely Survive", "shot twice, expected to survive", "shot and is likely to recover".
SHOT_SURVIVES = re.compile(
    r"(?i)[^;.()]{0,60}?(?:,\s*|\s)(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:(?:will|should)\s+"
    r"(?:likely\s+|probably\s+)?|(?:is|are)\s+(?:likely|expected)\s+to\s+)(?:survive|recover)\b"
    r"|[^;.()]{0,60}?,\s*(?:expected|likely)\s+to\s+(?:survive|recover)\b"
)
# "Two men were shot, neither fatally", "were shot non-fatally": all of them survived.
SHOT_NOT_FATAL = re.compile(
    r"[^;.()]{0,60}?(?:,\s*(?:neither|none)(?:\s+of\s+(?:them|whom))?(?:\s+(?:was|were))?"
    r"\s+(?:fatally|seriously|critically|life-threateningly)|\s+non-?fatally)\b"
)
# ", two seriously": a partitive told by its severity alone, after a wounded figure
SEVERITY_ADVERBS = words("seriously critically severely gravely badly slightly lightly mildly")
COORD_HEADS = frozenset({"active", "toll", "coord"})
HEADLINE_CLAUSE = re.compile(r"[.!?\"'”)]\s*$")  # a sentence ends so; a headline does not
CONDITION_WORDS = re.compile(r"\b(?:if|unless|when|whenever|could|would|can|may|might)\b")
NP_WORDS = words("other more young elderly local")
IN_HOSPITAL = re.compile(r"in (?:the |a )?hospitals?")
COPULAS = words("become became becomes were are was is")
# "reported as casualties", "listed as fatalities": a passive report verb and "as" before a
# predicate noun work as a copula
AS_COPULAS = words("reported listed counted classified recorded registered confirmed")
SUFFERING_VERBS = words("suffered sustained incurred suffer sustain incur suffers sustains")
# Casualty nouns that may be a predicate: "4,700 troops were casualties"
PREDICATE_NOUNS = words("casualties fatalities deaths")
# One modifier between the copula and a predicate noun: "33,000 were battle deaths"
PREDICATE_NOUN_MODIFIERS = words(
    "battle combat war battlefield civilian military hostile non-battle nonbattle total"
)
# The wounded died later in the same clause: "was critically injured and later died",
# "were hurt in the blast and both died in hospital".
LATER_DIED = re.compile(
    r"[^;.()\[\]:\"“”]{0,80}?\b(?:and|but)\s+(?:(?:both|all|later|subsequently|eventually"
    r"|then|had|has|have|each)\s+){0,3}(?:died|succumbed)\b"
)
# The missing presumed dead (GUIDELINES: missing, and also killed): "are missing and presumed
# dead", "remain unaccounted for, but are feared dead".
PRESUMED_DEAD = re.compile(
    r"[^;.()\[\]:\"“”]{0,40}?\b(?:and|but)\s+(?:(?:are|were|is|was|now|all|both|have been"
    r"|has been)\s+){0,2}(?:presumed|feared|believed|assumed|confirmed|declared) (?:to be )?dead\b"
)
# The dead still listed as missing (GUIDELINES: missing even when presumed dead, then also
# killed): "six more are believed dead, though they are still listed as missing".
STILL_MISSING = re.compile(
    r",?\s+(?:though|although|but|and|yet)\s+(?:they|he|she)\s+(?:are|is|were|was|remain"
    r"|remains|remained)\s+(?:still\s+|officially\s+)*(?:listed\s+as\s+|reported\s+)?"
    r"(?:missing|unaccounted\s+for)\b"
)
# Where a denial's clause ends: the denier's own figure follows ("denied that 40 died,
# saying only six had died").
DENIAL_SCOPE_END = re.compile(
    r";|,\s*(?:saying|adding|insisting|instead|while|whereas|but|and\s+(?:said|says|added"
    r"|put|gave))\b|\bbut\s+(?:said|says|added|admitted|acknowledged|confirmed)\b"
)
# A place's room for the dead: "could accommodate/house over 400 bodies", "space for 300 graves"
CAPACITY = re.compile(
    r"\b(?:accommodat\w*|house|houses|housing|fit|fits|store|stores|storing|capacity (?:of|for)"
    r"|(?:room|space|plots?) for|designed (?:to hold|for)|can hold|could hold|able to hold)"
    r"(?:\s+(?:the\s+remains\s+of|up\s+to|more\s+than|over|about|around|some|at\s+least))*"
    r"\s*$"
)
# Coffins made, bought or supplied are no dead: "the factory makes 300 coffins a week"
COFFIN_TRADE = re.compile(
    r"\b(?:make|makes|made|making|build|builds|built|order|orders|ordered|ordering|supply"
    r"|supplies|supplied|sell|sells|sold|buy|buys|bought|donat\w*|stock\w*|produc\w*"
    r"|manufactur\w*|empty)\b"
)
# A defection told in the sentence or the one before: its "missing" soldier defected.
DEFECTION = re.compile(r"\bdefect(?:s|ed|ing|ion|ions|or|ors)?\b")
# A sentence that refers back to people of the previous one.
# "207 of our people have returned": a partitive of an owner's people refers back too
BACK_REFERENCE = re.compile(
    r"\b(?:of (?:them|these|those|whom|our|its|their)|they|them|the rest|the remaining|victims)\b"
)
DEFINITION = re.compile(r"\b(?:defines?|defined|defining|definition)\b")
# "31 pedestrians died, up from 24 in 2022": a comparison figure of the same category.
COMPARED_FROM = re.compile(
    r"\b(?:up|down) from\s+(?:the\s+)?$|\bcompared (?:with|to)\s+(?:the\s+)?$"
    r"|\b(?:put|puts|putting|placed|places|estimated?) the (?:figure|number|toll|tally) at\s+$"
)
# "bringing the total to 34,049": a running total of the sentence's own figures.
RUNNING_TOTAL = re.compile(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took"
    r"|push|pushes|pushing|pushed)\s+(?:the|its|their)\s+(?:[\w-]+(?:'s|’s)\s+)?"
    r"(?:overall\s+|total\s+|cumulative\s+|official\s+|confirmed\s+)?(?:death\s+|casualty\s+)?"
    r"(?:total|tally|toll|number|count)\s+to\s+"
    r"(?:at least\s+|more than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?$"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    first: int
    last: int
    category: Category
    roles: frozenset[Role]
    text: str


@dataclass(slots=True)
class Link:
    phrase: NumberPhrase
    category: Category
    rule: Rule
    trigger: Trigger | None
    parts: list[NumberPhrase] = field(default_factory=list)  # coordinated subjects, split apart
    head: Link | None = None  # the figure a subset/coordinated figure hangs on
    group: str | None = None  # filled in once the link is kept

    @property
    def wounds_found(self) -> bool:
        """ "found two men with gunshot wounds": wounded, unless the text goes on to say
        they died."""
        t = self.trigger
        return self.category == "wounded" and t is not None and (
            t.text in ("wounds", "wound") or t.text.endswith((" wound", " wounds"))
        )  # also "walked into a hospital with a gunshot wound"

    @property
    def shot_total(self) -> bool:
        t = self.trigger
        return self.category == "casualties" and t is not None and bool(SHOT_WORDS.match(t.text))


@dataclass(frozen=True, slots=True)
class Clause:
    """One sentence prepared for linking."""

    raw: str  # normalised sentence, original case
    text: str  # the same, lower-cased
    tokens: list[Token]
    phrases: list[NumberPhrase]
    triggers: list[Trigger]
    trigger_at: dict[int, Trigger]
    phrase_at: dict[int, NumberPhrase]
    before: str | None = None  # the previous sentence
    # categories of the mentions of the last sentence that had any, when at most one sentence
    # without a mention stands between it and this one ("victims" refer back to them)
    told: frozenset[str] = frozenset()


STATE_WORDS = frozenset({"authorities", "officials"})


def _state_seizes_crew(low: str, tokens: list[Token], start: int, end: int) -> bool:
    """ "North Korean authorities seized four South Korean fishermen": a state named by a
    capitalised national modifier that seizes a boat's people takes captives, no arrest (not
    "police seized 3 fishermen", "the authorities seized 3 sailors")."""
    if not SEIZED_SEAFARERS.match(low, end):
        return False
    k = next((i for i, t in enumerate(tokens) if t.start == start), None)
    if k is None:
        return False
    j = k - 1
    while j > 0 and (tokens[j].low in ("had", "have", "has") or tokens[j].low.endswith("ly")):
        j -= 1
    return j > 0 and tokens[j].low in STATE_WORDS and tokens[j - 1].is_cap and (
        tokens[j - 1].low not in FUNCTION_WORDS
    )


# casualty-20: "captured" of a picture ("this photo captured from state TV") or on film
IMAGE_BEFORE = re.compile(
    r"\b(?:photos?|photographs?|images?|pictures?|footage|videos?|screenshots?|screen grabs?"
    r"|stills?|frames?|scenes?|moments?)\s+(?:(?:was|were|is|are|being|been)\s+)?$"
)
ON_CAMERA_AFTER = re.compile(
    r"\s+(?:on|by|in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:cameras?|video|film|cctv|tape"
    r"|footage|dashcam|bodycam|smartphones?|phones?)\b"
)
# casualty-20: "had been hospitalized" before the event's outbreak counts patients who were
# in a hospital when it burned or was struck, not people the event hurt
INPATIENTS_AT_TIME = re.compile(
    r"\b(?:as|when|while|before) (?:the|a|an) (?:[\w-]+ ){0,2}?(?:broke out|started|began"
    r"|erupted|struck|hit|spread)\b|\bat the time(?: of)?\b"
)
HEADLINE_END_RE = re.compile(r"[.!?\"'”)]\s*$")


# casualty-20: "mowed down" by gunfire is killed; by a vehicle, people were hit (casualties)
MOWED_BY_VEHICLE = re.compile(
    r"\b(?:cars?|trucks?|lorry|lorries|vans?|vehicles?|suv|bus|drivers?|motorists?|drove|driven"
    r"|driving|rammed|ramming|ploughed|plowed)\b"
)


def _held_by_state(low: str, start: int, end: int) -> bool:
    """ "An American who has been held in North Korea", "North Korea is holding three
    Americans": a foreign national held by a state, in a sentence telling no arrest
    (casualty-20, fixg; see STATE_HELD_WORDS)."""
    if low[start:end].endswith("custody"):
        # "Three Americans remain in custody in North Korea" (casualty-20, fixo): "custody"
        # itself is no arrest word here
        return FOREIGN_DETAINEE.search(low) is not None and not ARREST_CONTEXT.search(
            low.replace("custody", "")
        ) and STATE_HOLDER_AFTER.match(low, end) is not None
    if not FOREIGN_DETAINEE.search(low) or ARREST_CONTEXT.search(low):
        return False
    if low[start:end] in ("held", "imprisoned"):
        return STATE_HOLDER_AFTER.match(low, end) is not None or (
            low[start:end] == "imprisoned" and STATE_SUBJECT_BEFORE.search(
                low, max(0, start - 60), start
            ) is not None
        )
    return STATE_SUBJECT_BEFORE.search(low, max(0, start - 60), start) is not None


def _state_detains_crew(low: str, start: int, end: int) -> bool:
    """ "North Korea detained the 15 Russian and two South Korean crew members", "457
    fishermen are still detained in the North": a named state holds a boat's people
    (casualty-20, fixr; see SEAFARER_WORDS)."""
    return SEAFARER_WORDS.search(low) is not None and (
        NAMED_STATE_AFTER.match(low, end) is not None
        or NAMED_STATE_BEFORE.search(low, max(0, start - 60), start) is not None
    )


def find_triggers(
    low: str, tokens: list[Token], before: str | None = None, told: frozenset[str] = frozenset()
) -> list[Trigger]:
    """Trigger words of a sentence; `before` (the previous sentence) lends its prisoner
    context to a sentence that refers back to people ("Gunmen kidnapped 25 students. Nine of
    them were released.")."""
    starts = [t.start for t in tokens]
    before_low = before.lower() if before is not None else ""
    captive = PRISONER_CONTEXT.search(low) is not None or (
        before is not None and BACK_REFERENCE.search(low) is not None
        and PRISONER_CONTEXT.search(before_low) is not None
    )
    # after a sentence about kidnapping, a passive release tells of its captives ("The ELN
    # kidnapped two soldiers. ... Four policemen are expected to be released"); an active one
    # may release anything ("Police released 3 photos")
    after_kidnap = not captive and KIDNAP_CONTEXT.search(before_low) is not None
    out: list[Trigger] = []
    sports: bool | None = None
    for m in TRIGGER_RE.finditer(low):
        name = m.lastgroup or ""
        category, roles = TRIGGER_INFO[name]
        text = m.group()
        if NO_CATEGORY_AGGREGATE.fullmatch(text):
            continue  # "350 people dead or missing": no category (GUIDELINES), no mention
        if text.startswith(("remain", "still")) and not text.endswith("contact") and (
            HOSPITAL_STAFF.search(low, max(0, m.start() - 30), m.start())
        ):
            continue  # "40 staff remain in the hospital": they work there
        held_by_state = (text in STATE_HELD_WORDS or text.endswith("custody")) and (
            _held_by_state(low, m.start(), m.end())
        )
        if text == "imprisoned" and not held_by_state:
            continue  # "imprisoned" counts only a foreign national held by a state
        gated = text in RELEASE_WORDS or text.endswith("custody") or bool(LET_GO.match(text))
        gated = gated and not held_by_state
        if HOMECOMING.match(text) and not captive and told != {"captured"}:
            continue  # "residents are back home": a homecoming only after captives
        seized = text in SEIZED_WORDS
        if seized and not captive and LAW_SUBJECT_BEFORE.search(
            low, max(0, m.start() - 40), m.start()
        ) and not _state_seizes_crew(low, tokens, m.start(), m.end()):
            continue  # "police seized three men": an arrest
        if gated and not captive and not (after_kidnap and "pred" in roles) and not seized:
            continue  # "485 South Koreans were seized": people only (see _seized_things)
        if gated and not captive and not (
            seized and not PASSIVE_BEFORE.search(low, max(0, m.start() - 30), m.start())
        ):
            roles = roles - {"active"}  # but "gunboats seized 14 fishermen": people only
        if text == "missing" and low[max(0, m.start() - 4) : m.start()] == "the " and (
            DEFECTION.search(low) or DEFECTION.search(before_low)
        ):
            continue  # "guards searching for the missing soldier" who defected: no victim
        if text == "escaped" and not ESCAPE_CONTEXT.search(low) and not (
            ESCAPE_POW_CONTEXT.search(low) and not JAIL_WORDS.search(low)
        ):
            continue  # not "two prisoners escaped from the county jail": convicts
        if text in SLASH_WORDS and not (
            SLASH_CONTEXT.search(low) or SLASH_CONTEXT.search(before_low)
            or not HEADLINE_END_RE.search(low) and not any(t.is_digit for t in tokens)
        ):
            continue  # "slashed 500 jobs": a cut, no blade (casualty-20, fixf)
        if text.startswith("mow") and MOWED_BY_VEHICLE.search(low):
            category = "casualties"  # "a driver mowed down 12 people": hit, fate untold
        if text in ELIMINATION_WORDS and not ELIMINATION_CONTEXT.search(low):
            continue  # "the team was eliminated", "eliminated 300 jobs"
        if text in TREATING_WORDS and (
            not MEDICAL_SUBJECT_BEFORE.search(low, max(0, m.start() - 60), m.start())
            or DISEASE_CONTEXT.search(low)
            or not (ELIMINATION_CONTEXT.search(low) or VIOLENCE_CONTEXT.search(low))
        ):
            continue  # "the clinic treated 300 patients last year": no injury told
        if text in DETENTION_WORDS and (
            not (DETENTION_CONTEXT.search(low) or FOREIGN_DETAINEE.search(low)
                 or _state_detains_crew(low, m.start(), m.end()))
            or ARREST_CONTEXT.search(low)
        ):
            continue  # "police detained three suspects": an arrest, no capture
        if SURRENDER_WORDS.fullmatch(text) and (
            not SURRENDER_CONTEXT.search(low) or SURRENDER_ARREST.search(low)
        ):
            continue  # "the gunman surrendered to police": an arrest, no capture
        if IN_HOSPITAL.fullmatch(text) and not LEFT_IN_HOSPITAL.search(
            low, max(0, m.start() - 80), m.start()
        ):
            continue  # "three others in the hospital" counts the wounded only after "left"
        if category == "casualties" and SHOT_WORDS.match(text) and GOLF_CONTEXT.search(low):
            continue  # "shot a 7-under-par 64"
        if PRESENT_SHOT.match(text) and (
            SHOOTING_GAME.search(low) or SPORTS_CONTEXT.search(low) or GOLF_CONTEXT.search(low)
        ):
            continue  # "shoots 3 of 10 from the field", "will shoot two scenes"
        if text == "shot" and SHOT_AT_PEOPLE.match(low, m.end()):
            continue  # "shot at one person": fired at, not hit
        if text == "shot" and (
            SHOT_NOUN_BEFORE.search(low, max(0, m.start() - 12), m.start())
            or SHOT_NOUN_AFTER.match(low, m.end())
        ):
            continue  # "heard a shot", "a second shot, that struck ...": a gunshot
        if PASSIVE_HIT.match(text) and not any(
            SHOOTING_CONTEXT.search(s) for s in (low, before_low)
        ):
            continue  # "Two homes were hit." in a storm report: no shooting told
        if text in ("hospitalized", "hospitalised") and low[max(0, m.start() - 9) : m.start()] == (
            "had been "
        ) and INPATIENTS_AT_TIME.search(low):
            continue  # "As the fire broke out, 194 people had been hospitalized": inpatients
        if text == "captured" and (
            IMAGE_BEFORE.search(low, max(0, m.start() - 30), m.start())
            or ON_CAMERA_AFTER.match(low, m.end())
        ):
            continue  # "in this photo captured from KCTV", "captured on camera": filmed
        if text in RECOVERED_BARE and not (
            RECOVERED_FIGURE_BEFORE.search(low, max(0, m.start() - 30), m.start())
            and any(BODY_CONTEXT.search(s) for s in (low, before_low))
        ):
            continue  # "Two were recovered" counts bodies only where bodies are told
        if EXPECTED_SURVIVAL.search(text) and not any(
            VIOLENCE_CONTEXT.search(s) or INJURY_CONTEXT.search(s)
            for s in (low, before_low)
        ):
            continue  # "the economy is expected to recover": no injury told
        if category == "wounded":
            if sports is None:
                sports = bool(SPORTS_CONTEXT.search(low)) and not VIOLENCE_CONTEXT.search(low)
            if sports:
                continue
        first, last = token_span(tokens, starts, m.start(), m.end())
        out.append(Trigger(first, last, category, roles, text))
    return out


def make_clause(
    raw: str, tokens: list[Token], phrases: list[NumberPhrase], before: str | None = None,
    told: frozenset[str] = frozenset(),
) -> Clause:
    low = raw.lower()
    triggers = find_triggers(low, tokens, before, told)
    return Clause(
        raw, low, tokens, phrases, triggers,
        {t.first: t for t in triggers}, {p.first: p for p in phrases}, before, told,
    )


def link_sentence(clause: Clause) -> list[Link]:
    links: list[Link] = []
    conjuncts: set[int] = set()
    for phrase in clause.phrases:
        if phrase.first in conjuncts:
            continue
        link = _own_link(clause, phrase)
        if link is not None and link.parts and _comma_subset(clause, phrase, links):
            # "Four people were killed, including a 64-year-old man, and eight others were
            # wounded": the subset is the linked figure's, not a conjunct of the next one
            link = _inherited_link(clause, phrase, links) or link
        link = link or _inherited_link(clause, phrase, links) or _breakdown_total(
            clause, phrase, links
        ) or _exchange_size(clause, phrase)
        admitted = _admitted_taking(clause, phrase) if link is None else None
        if admitted is not None:  # "eight Japanese it admitted kidnapping ... were dead"
            links.append(admitted)
            link = _after_admitted(clause, phrase, admitted)
            if link is None:
                continue
        captives = _fronted_captives(clause, phrase)
        if captives and (link is None or link.category == "captured"):
            # "There were 7,140 POWs. Of these, ... 21 refused repatriation": every item is
            # a part of the captives (GUIDELINES: captured even after release or death)
            link = link or Link(phrase, "captured", "subset", None)
            captives = False
        if link is None or _is_blocked(clause, link):
            continue
        if captives:  # "..., 2,701 died": died in captivity, killed and captured
            links.append(Link(phrase, "captured", "subset", None))
        fate = _captives_fate(clause, link) or _later_died(clause, link)
        if fate is not None and _jail_inmates(clause, link):
            link, fate = fate, None  # "68 prisoners died in fighting at the prison": convicts
        fate = fate or _taken_before(clause, link) or _coordinated_predicate(clause, link) or (
            _hurt_when_taken(clause, link) or _before_being(clause, link)
        )
        if fate is not None and _is_blocked(clause, fate):
            fate = None  # "One of the prisoners, X, said he could be executed": a modal or
            # negated second fate is hypothetical like a first one (casualty-19)
        links.append(link)
        if fate is not None:
            links.append(fate)
        if fate is None:
            links.extend(_subset_fates(link, links))
        died = _relative_died(clause, link, fate)
        if died is not None:
            links.append(died)
        done = _done_to_relative(clause, link, fate)
        if done is not None:  # "executed 92 soldiers who had surrendered": killed too
            links.append(done)
        then = _then_they_were(clause, link, fate)
        if then is not None:
            links.append(then)
        hurt = _concessive_hurt(clause, link.phrase) if "wounded" not in (
            link.category, fate and fate.category, then and then.category
        ) else None
        if hurt is not None:  # "two soldiers who, although wounded, were captured": wounded too
            links.append(Link(link.phrase, "wounded", "pred", hurt))
        held = _captivity_after(clause, link.phrase) if "captured" not in (
            link.category, fate and fate.category, then and then.category
        ) else None
        if held is not None:  # "one soldier died while in Ukrainian custody": captured too
            links.append(Link(link.phrase, "captured", "pred", held))
        # "The captured soldier died", "the first prisoner taken ... was wounded and died"
        adjective = _inner_adjective(clause, link.phrase)
        inner = adjective or _participle_next(clause, link.phrase) or _wounded_adjective(
            clause, link
        )
        if adjective is not None and adjective.category == "wounded" and "killed" in (
            link.category, fate.category if fate else link.category
        ):
            inner = None  # "The wounded man died at the scene": like "two injured passengers
            # died", the adjective gives way to the death told of the same victim
        if inner is not None and inner.category not in (
            link.category, fate.category if fate else link.category
        ):
            links.append(Link(link.phrase, inner.category, "post", inner))
        executed = _captives_killed_noun(clause, link)
        if executed is not None and fate is None:  # casualty-20 (fixn): "273 POW executions"
            links.append(executed)
        missing = _bodies_of_missing(clause, link)
        if missing is not None and "missing" not in (
            link.category, fate.category if fate else link.category,
            inner.category if inner else link.category,
        ):
            links.append(missing)
        # "three men and two women were wounded": each conjunct is its own mention, never
        # their sum (GUIDELINES, settled cases)
        for part in link.parts:
            links.append(Link(part, link.category, "coord", link.trigger, head=link))
            conjuncts.add(part.first)
        link.parts = []
    return links


PLURAL_BODY_NOUNS = words("bodies corpses remains")
CAPTIVE_DEATH_NOUNS = words("deaths executions killings murders")


def _captives_killed_noun(clause: Clause, link: Link) -> Link | None:
    """casualty-20 (fixn): "at least 273 POW executions", "40 hostage deaths": a captive noun
    modifying a plural death noun right after the figure's captive word: the captives were
    killed too (and stay captured, GUIDELINES)."""
    trig = link.trigger
    if link.category != "captured" or trig is None or link.rule != "post":
        return None
    nxt = clause.trigger_at.get(trig.last + 1)
    if nxt is None or nxt.category != "killed" or nxt.text.lower() not in CAPTIVE_DEATH_NOUNS:
        return None
    return Link(link.phrase, "killed", "post", nxt)


def _bodies_of_missing(clause: Clause, link: Link) -> Link | None:
    """ "three bodies of missing crew members", "the bodies of two missing climbers": the
    dead were missing people (GUIDELINES: missing even when found dead, then also killed;
    casualty-20). "missing" must stand before a person noun."""
    tokens, phrase = clause.tokens, link.phrase
    if link.category != "killed" or phrase.kind == "one" and not (
        phrase.first == phrase.last and tokens[phrase.first].low in ("another", "one")
    ):
        return None  # but "the body of another missing man" (casualty-20, fixo)
    j = phrase.last + 1
    if j + 1 < len(tokens) and tokens[j].low in PLURAL_BODY_NOUNS and tokens[j + 1].low == "of":
        j += 2 + (j + 2 < len(tokens) and tokens[j + 2].low == "the")
    else:
        k = phrase.first - 1 - (phrase.first > 1 and tokens[phrase.first - 1].low == "the")
        if k < 1 or tokens[k].low != "of" or tokens[k - 1].low not in PLURAL_BODY_NOUNS and not (
            phrase.high == 1 and tokens[k - 1].low in ("body", "corpse")
        ):
            return None
    if j >= len(tokens) or tokens[j].low != "missing" or not any(
        t.low in PERSON_NOUNS for t in tokens[j + 1 : j + 4]
    ):
        return None
    return Link(phrase, "missing", "post", clause.trigger_at.get(j))


def _exchange_size(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """ "a 500-for-500 prisoner exchange", "the thousand-for-thousand POW swap": the figure
    before an exchange of prisoners counts captives (GUIDELINES: exchanged prisoners)."""
    tokens, k = clause.tokens, phrase.last + 1
    if k + 3 < len(tokens) and [t.low for t in tokens[k : k + 3]] == ["-", "for", "-"] and (
        tokens[k + 3].is_digit and glued(tokens[k + 2], tokens[k + 3])
    ):
        k += 4  # "500-for-500": the tokeniser splits the hyphens
    if k < len(tokens) and tokens[k].text == "-":
        k += 1  # "a 90-prisoner swap"
    if k + 1 >= len(tokens) or tokens[k].low not in EXCHANGED_PEOPLE:
        return None
    return Link(phrase, "captured", "post", None) if tokens[k + 1].low in EXCHANGE_NOUNS else None


BREAKDOWN_KINDS = frozenset({"killed", "wounded", "missing", "captured"})


def _breakdown_total(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> Link | None:
    """ "lost 4,449 killed, 15,189 wounded, and 939 missing; total, 20,577": a bare total
    after figures of two or more kinds sums them all (GUIDELINES: casualties)."""
    tokens, k = clause.tokens, phrase.first
    if k < 2 or tokens[k - 1].text not in (",", ":") or tokens[k - 2].low not in (
        "total", "aggregate", "altogether"
    ):
        return None
    if k >= 3 and tokens[k - 3].is_word and tokens[k - 3].low not in ("in", "the", "a"):
        return None  # "the grand total, 40": only a total that opens its own list item
    kinds = {link.category for link in links if link.phrase.last < k}
    if len(kinds & BREAKDOWN_KINDS) < 2:
        return None
    return Link(phrase, "casualties", "toll", None)


def _comma_subset(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> bool:
    """ ", including N ..." right after a linked figure's clause."""
    lead = [t.low for t in clause.tokens[max(phrase.first - 2, 0) : phrase.first]]
    if links and links[-1].rule == "subset" and (
        lead[-1:] == ["and"] or (lead[:1] == ["and"] and lead[-1] in POSSESSIVE_DETS)
    ):
        return True  # ", including a farmer and his two sons, and 20 were hurt": the sons too
    return (
        bool(links) and lead[:1] == [","] and len(lead) == 2 and lead[1] in SUBSET_MARKERS
        and _nearest_is_linked(clause, phrase, links)
    )


def _taken_before(clause: Clause, link: Link) -> Link | None:
    """ "Gunmen abducted and killed nine people": a capture verb coordinated before the active
    verb takes the same object, captured too (GUIDELINES: captured even after death)."""
    trig = link.trigger
    if link.rule != "active" or trig is None or link.category == "captured" or trig.first < 2:
        return None
    if clause.tokens[trig.first - 1].low != "and":
        return None
    for first in clause.triggers:
        if first.last == trig.first - 2 and first.category == "captured" and (
            "active" in first.roles
        ):
            return Link(link.phrase, "captured", "active", first)
    return None


# "was captured by enemy troops in 1953 after suffering a gunshot wound to the knee"
HURT_WHEN_TAKEN = re.compile(
    r"[^;:.()\[\]\"“”]{0,70}?\b(?:after|when|having)\s+(?:(?:suffering|sustaining|receiving"
    r"|taking)\s+(?:an?\s+|multiple\s+|several\s+|two\s+|three\s+)?(?:(?:serious|severe|minor"
    r"|bad|gunshot|bullet|shrapnel|stab|head|leg|shoulder)\s+){0,2}(?:wounds?|injur(?:y|ies))"
    r"|being\s+(?:(?:seriously|badly|severely|critically|gravely|lightly|slightly)\s+)?"
    r"(?:wounded|injured|shot))\b"
)


# "went missing ... before being shot dead", "were captured before being executed": a later
# fate of the same people told in a "before being" clause (casualty-20, fixh)
BEFORE_BEING = re.compile(
    r"[^;:.,()\[\]\"“”]{0,90}?\bbefore\s+being\s+(?:(?:summarily|allegedly|reportedly|brutally"
    r"|publicly|later|then|fatally|seriously|badly)\s+)?(?P<fate>shot\s+dead|shot\s+to\s+death"
    r"|beaten\s+to\s+death|shot\s+and\s+killed|killed|executed|murdered|slain|captured|abducted"
    r"|kidnapped|taken\s+(?:prisoner|hostage|captive)|wounded|injured)\b"
)


def _before_being(clause: Clause, link: Link) -> Link | None:
    """ "A fisheries official who went missing was questioned on a patrol boat before being
    shot dead", "Two soldiers were captured before being executed": the same people's later
    fate, a mention of its own (GUIDELINES: missing or captured, and also killed), with no
    figure, clause mark or comma between; a passive or relative subject's only."""
    trig = link.trigger
    if trig is None or link.rule not in ("pred", "post") or link.category == "casualties":
        return None  # not "Militants abducted three men before being killed": the subject's
    end = trig.last
    m = BEFORE_BEING.match(clause.text, clause.tokens[end].end)
    if m is None or any(end < p.first and clause.tokens[p.first].start < m.end()
                        for p in clause.phrases):
        return None
    start = m.start("fate")
    fate = next((t for t in clause.triggers if clause.tokens[t.first].start == start
                 or clause.tokens[t.first].start < start < clause.tokens[t.last].end), None)
    if fate is None or fate.category in (link.category, "casualties"):
        return None
    return Link(link.phrase, fate.category, "pred", fate)


def _hurt_when_taken(clause: Clause, link: Link) -> Link | None:
    """A captive's wound told in a subordinate clause of the capture ("The man was captured
    in 1953 after suffering a gunshot wound to the knee", "were taken prisoner after being
    badly wounded"): wounded too, when no other figure stands between."""
    trig = link.trigger
    if link.category != "captured" or trig is None or link.rule not in ("pred", "active"):
        return None
    end = (link.phrase if link.rule == "active" else trig).last
    m = HURT_WHEN_TAKEN.match(clause.text, clause.tokens[end].end)
    if m is None or any(
        clause.tokens[p.first].start < m.end() and p.first > end for p in clause.phrases
    ):
        return None
    hurt = next((t for t in clause.triggers if t.category == "wounded"
                 and clause.tokens[end].end <= clause.tokens[t.first].start < m.end()), None)
    return Link(link.phrase, "wounded", "pred", hurt)


JAIL_WORDS = re.compile(
    r"\b(?:prisons?(?! camps?\b)|jails?|penitentiar(?:y|ies)|inmates?|cellblocks?)\b", re.IGNORECASE
)


def _jail_inmates(clause: Clause, link: Link) -> bool:
    """ "Prisoners" in a sentence about a prison or jail are its inmates, not people captured
    in a war: their fate is the only mention."""
    trig = link.trigger
    return link.category == "captured" and trig is not None and trig.text.lower() in (
        "prisoners", "prisoner") and bool(JAIL_WORDS.search(clause.text))


def _captives_fate(clause: Clause, link: Link) -> Link | None:
    """ "24 hostages were killed": captives stay captured (GUIDELINES) and the predicate
    tells what else happened to them, a second mention; so does the predicate after an
    adjective ("two wounded soldiers were taken prisoner": wounded and captured)."""
    trig = link.trigger
    reduced = link.rule in ("pred", "post") and trig is not None and link.phrase.kind == "one" and (
        participle_next(clause.tokens, link.phrase.last) == trig.first
    )  # "A hostage seized at the farm died days later", "a man wounded in ... died"
    if trig is not None and (reduced or link.rule == "pred" and _in_relative_clause(clause, link)):
        # "A soldier who was captured ... died of his wounds": the main verb tells more
        main = _pred(clause, replace(link.phrase, last=trig.last))
        if main is not None and main[0].category not in (trig.category, "casualties"):
            return Link(link.phrase, main[0].category, "pred", main[0])
        return None
    if link.rule == "toll" and trig is None and link.category != "captured":
        # "the bodies of 5 hostages": captives stay captured (GUIDELINES)
        captive = clause.trigger_at.get(link.phrase.last + 1)
        if captive is not None and captive.category == "captured" and "post" in captive.roles:
            return Link(link.phrase, "captured", "post", captive)
        return None
    if link.rule != "post" or trig is None or link.parts:
        return None
    # "Two of the 40 injured workers died": the predicate is the part's, but "one of two
    # injured soldiers who were captured" tells the whole's in a plural relative
    whole = _partitive_whole(clause, link.phrase)
    # "captured two (seriously) wounded soldiers": a severity adverb may stand before it
    gap = trig.first - link.phrase.last - 1 - _quoted(clause.tokens, link.phrase)
    adverb = gap == 1 and clause.tokens[trig.first - 1].low in SEVERITY_ADVERBS
    adjective = (gap == 0 or adverb) and _person_follows(clause, trig)
    if trig.category != "captured" and not adjective:
        return None
    act = _active(clause, link.phrase) if (
        trig.category == "captured" or adjective
    ) and not whole else None
    if act is not None and act.category not in (trig.category, "casualties"):
        # "wounded one of the hostages"; "captured two wounded soldiers"
        return Link(link.phrase, act.category, "active", act)
    subject = replace(link.phrase, last=trig.last) if adjective else link.phrase
    pred = _pred(clause, subject)
    if pred is not None and pred[0] is trig or trig.category == "captured" and (
        pred is not None and pred[0].category == "captured" and pred[0].first == subject.last + 1
    ):  # "A soldier captured in the raid died": the participle is the noun's, the verb follows
        pred = _pred(clause, replace(subject, last=pred[0].last))
    if pred is None or pred[0].category in (trig.category, "casualties") or whole and not (
        _whole_relative(clause, link.phrase, pred[0])
    ):
        return None
    return Link(link.phrase, pred[0].category, "pred", pred[0])


# "several seriously wounded soldiers who later died": a relative clause on the figure's noun
RELATIVE_DIED = re.compile(
    r"(?:\s+[\w'-]+){0,6}?,?\s+(?:who|that)\s+(?:(?:later|subsequently|eventually|then|had"
    r"|have|has|all|both|each)\s+){0,3}(?:died|succumbed)\b"
)


HOSPITAL_STAFF = re.compile(
    r"\b(?:staff|staffers|doctors|nurses|medics|surgeons|physicians|paramedics|employees"
    r"|workers|volunteers|personnel|officials|relatives|families|visitors)\b"
)
THEN_THEY_WERE = re.compile(
    r"(?:\s+[\w'-]+){0,6}?,?\s+(?:after|when|once)\s+(?:they|he|she)\s+(?:were|was|had\s+been)"
    r"\s+(?:(?:badly|seriously|severely|gravely|critically|lightly)\s+)?"
    r"(?:captured|taken\s+prisoner|abducted|kidnapped|wounded|injured)\b"
)


def _subset_fates(link: Link, links: list[Link]) -> list[Link]:
    """ "at least 206 died in captivity, including over 50 in the attack": a subset of a
    figure told with two fates (killed and captured) shares both, as each item of a breakdown
    is a mention of its whole's kind (GUIDELINES: captured even after death in captivity)."""
    head = link.head
    if link.rule != "subset" or head is None or link.category != head.category:
        return []  # not "30 hostages, four of whom are dead": the part names its own fate
    seen = {link.category}
    out: list[Link] = []
    for other in links:
        if other.phrase is head.phrase and other.category not in seen and (
            other.rule in ("pred", "post", "toll", "active")
        ):
            seen.add(other.category)
            out.append(Link(link.phrase, other.category, "subset", other.trigger, head=head))
    return out


# "two soldiers who, although wounded, survived", "Three soldiers, though injured, were
# captured", "Two men fought on despite being wounded": a concessive aside telling that the
# figure's own people were hurt (casualty-20, fixg). The words between the figure and the
# aside open no object or new subject (no determiner, pronoun, conjunction or relative but
# the figure's own "who"), and the hurt word ends its phrase (not "while wounded civilians").
CONCESSIVE_HURT = re.compile(
    r"(?:\s+of\s+(?:the|these|those|them)\b)?"
    r"(?:\s+(?!(?:a|an|the|his|her|their|its|this|that|these|those|and|but|or|nor|who|whom"
    r"|which|whose|he|she|they|it|him|them|we|i|you|one|others?)\b)[\w'’-]+){0,6}?"
    r"(?:\s+who)?\s*,?\s+(?:although|though|even\s+though|albeit|despite\s+(?:being"
    r"|having\s+been))\s+(?:(?:\w+ly|badly)\s+)?(?P<hurt>wounded|injured|hurt)"
    r"(?=\s*[,.;)]|\s*$|\s+(?:in|on|by|during|at|and)\b)"
)
CONCESSIVES = frozenset({"although", "though", "albeit"})


def _concessive_hurt(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """The wounded trigger of a concessive aside after the figure (CONCESSIVE_HURT), with no
    other figure or clause mark between."""
    if "wounded" not in clause.text and "injured" not in clause.text and (
        "hurt" not in clause.text
    ):
        return None
    m = CONCESSIVE_HURT.match(clause.text, clause.tokens[phrase.last].end)
    k = _clear_until(clause, phrase.last + 1, m.start("hurt")) if m else None
    if k is None:
        return None
    trig = clause.trigger_at.get(k)
    return trig if trig is not None and trig.category == "wounded" else None


def _concessive_aside_end(clause: Clause, k: int) -> int:
    """ ", although wounded," at token k (a comma): the index after its closing comma, or -1."""
    tokens = clause.tokens
    j = k + 1
    if j + 2 < len(tokens) and (tokens[j].low, tokens[j + 1].low) in (
        ("even", "though"), ("despite", "being")
    ):
        j += 2
    elif j < len(tokens) and tokens[j].low in CONCESSIVES:
        j += 1
    else:
        return -1
    if j < len(tokens) and (tokens[j].low.endswith("ly") or tokens[j].low == "badly"):
        j += 1
    trig = clause.trigger_at.get(j)
    if trig is None or trig.category != "wounded" or trig.first != trig.last:
        return -1
    end = trig.last + 1
    return end + 1 if end < len(tokens) and tokens[end].text == "," else -1


def _clear_until(clause: Clause, k: int, end: int) -> int | None:
    """Index of the first token from k that starts at or after character `end`, or None when
    a figure or a clause mark comes first."""
    tokens = clause.tokens
    while k < len(tokens) and tokens[k].start < end:
        if k in clause.phrase_at or tokens[k].text in CLAUSE_PUNCT:
            return None
        k += 1
    return k


def _then_they_were(clause: Clause, link: Link, fate: Link | None) -> Link | None:
    """ "questioning two wounded soldiers after they were captured": a subordinate clause
    whose pronoun stands for the figure's own people tells a second fate (captured or
    wounded), with no other figure or clause mark between."""
    m = THEN_THEY_WERE.match(clause.text, clause.tokens[link.phrase.last].end)
    k = _clear_until(clause, link.phrase.last + 1, m.end()) if m else None
    if k is None:
        return None
    trig = clause.trigger_at.get(k - 1)
    if trig is None or trig.category in (link.category, fate.category if fate else None):
        return None
    return Link(link.phrase, trig.category, "pred", trig)


CAPTIVITY_HINT = re.compile(r"captur|captiv|custody|abduct|kidnap|seized|taken|surrender")


def _captivity_after(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "several wounded soldiers had died after being captured", "two soldiers interrogated
    after their capture", "one soldier died while in Ukrainian custody": a phrase after the
    figure's own clause tells that its people were taken (GUIDELINES: captured even after
    death in captivity), with no other figure, clause mark or "but" between; custody only in
    a sentence about armed forces that tells no arrest ("died in police custody")."""
    if not CAPTIVITY_HINT.search(clause.text):
        return None
    tokens = clause.tokens
    last = phrase.last + _quoted(tokens, phrase)  # 'said "several" wounded soldiers'
    m = CAPTIVITY_AFTER.match(clause.raw, tokens[last].end)
    if m is None and "surrender" in clause.text and SURRENDER_CONTEXT.search(clause.text) and (
        not SURRENDER_ARREST.search(clause.text)
    ):  # "shown being executed face down after surrendering" (casualty-20)
        m = SURRENDER_AFTER.match(clause.raw, tokens[last].end)
    k = _clear_until(clause, last + 1, m.end()) if m else None
    if m is None or k is None or any(t.low == "but" for t in tokens[phrase.last + 1 : k]):
        return None
    custody = m.re is CAPTIVITY_AFTER and m.group("custody")
    if custody and (not MILITARY_CUSTODY.search(clause.text) or ARREST_CONTEXT.search(
        clause.text.replace("custody", "")
    )):
        return None
    trig = clause.trigger_at.get(k - 1)
    if trig is not None and trig.category == "captured":
        return trig
    return Trigger(k - 1, k - 1, "captured", frozenset({"pred"}), tokens[k - 1].low)


def bereaved_kin(clause: Clause, phrase: NumberPhrase) -> str | None:
    """Households counted by a figure that lost a son (daughter, husband ...) or received
    death notices for one: one dead each ("at least ten families in three towns have lost
    their sons", "more than 20 residents have received death notifications for their sons").
    The figure's noun is a household noun; no other figure, clause mark, negation or modal
    between. Returns the kin's words (the victims' group), or None."""
    tokens = clause.tokens
    k = phrase.last + 1
    if k >= len(tokens) or tokens[k].low not in BEREAVED_NOUNS or phrase.kind == "one":
        return None
    m = BEREAVED_PREDICATE.match(clause.raw, tokens[phrase.last].end)
    end = _clear_until(clause, k, m.end()) if m else None
    if m is None or end is None or any(
        t.low in NEGATIONS or t.low in MODALS for t in tokens[k:end]
    ):
        return None
    return m.group("kin")


def _relative_died(clause: Clause, link: Link, fate: Link | None) -> Link | None:
    """ "captured several seriously wounded soldiers who later died", "Among the injured were
    four officers who died in hospital": people wounded or captured who then died are also
    killed (GUIDELINES), told in a "who ... died" relative on the figure's own noun phrase
    (no other figure, no clause mark between)."""
    if link.category not in ("wounded", "captured") or (fate and fate.category == "killed"):
        return None
    m = RELATIVE_DIED.match(clause.text, clause.tokens[link.phrase.last].end)
    k = _clear_until(clause, link.phrase.last + 1, m.end()) if m else None
    if k is None:
        return None
    died = clause.trigger_at.get(k - 1)
    return Link(link.phrase, "killed", "pred", died) if died is not None else None


def _later_died(clause: Clause, link: Link) -> Link | None:
    """ "A woman was critically injured and later died": wounded people who died are also
    killed, and the wounded figure stays as stated (GUIDELINES). The death must follow in the
    same clause with no figure of its own ("three were hurt and one later died")."""
    trig = link.trigger
    if link.category == "missing" and trig is not None and link.rule in ("pred", "post"):
        dead = PRESUMED_DEAD.match(clause.text, clause.tokens[trig.last].end)
        if dead is not None:  # "four divers remain unaccounted for, but are presumed dead"
            k = trig.last + 1
            while k < len(clause.tokens) and clause.tokens[k].start < dead.end():
                if k in clause.phrase_at:
                    return None
                k += 1
            dead_trig = next((t for t in clause.triggers if t.category == "killed"
                              and trig.last < t.first and t.last <= k - 1), None)
            return Link(link.phrase, "killed", "pred", dead_trig)
        return _main_predicate_after_relative(clause, link)
    if link.category == "killed" and trig is not None and trig.text.endswith("remains") and (
        link.rule == "post"
    ):  # "55 boxes containing the remains of soldiers missing in action": missing, and dead
        for k in range(trig.last + 1, min(trig.last + 8, len(clause.tokens))):
            if k in clause.phrase_at or clause.tokens[k].text in CLAUSE_PUNCT:
                return None
            fate = clause.trigger_at.get(k)
            if fate is not None:
                return Link(link.phrase, "missing", "pred", fate) if (
                    fate.category == "missing" and clause.tokens[trig.last + 1].low == "of"
                ) else None
        return None
    if link.category == "killed" and trig is not None and link.rule == "pred":
        listed = STILL_MISSING.match(clause.text, clause.tokens[trig.last].end)
        if listed is None:
            return None
        missing = next((t for t in clause.triggers if t.category == "missing"
                        and trig.last < t.first and clause.tokens[t.first].start < listed.end()),
                       None)  # "six more are believed dead, though they are still listed as
        return Link(link.phrase, "missing", "pred", missing) if missing else None  # missing"
    if link.category != "wounded" or trig is None or link.rule not in ("pred", "post"):
        return None
    m = LATER_DIED.match(clause.text, clause.tokens[trig.last].end)
    if m is None:
        return None
    end = m.end()
    k = trig.last + 1
    while k < len(clause.tokens) and clause.tokens[k].start < end:
        if k in clause.phrase_at:
            return None
        k += 1
    died = clause.trigger_at.get(k - 1)
    return Link(link.phrase, "killed", "pred", died) if died is not None else None


def _main_predicate_after_relative(clause: Clause, link: Link) -> Link | None:
    """ "An official who went missing from a patrol boat was shot dead by troops": the
    relative tells the person went missing, the main clause after it that they were killed
    (GUIDELINES: missing, and also killed)."""
    tokens, trig = clause.tokens, link.trigger
    assert trig is not None
    lead = [t.low for t in tokens[link.phrase.last + 1 : trig.first]]
    if not 0 < len(lead) <= 5 or not ({"who", "that"} & set(lead[-3:])):
        return None
    for k in range(trig.last + 1, min(trig.last + 16, len(tokens) - 1)):
        if k in clause.phrase_at or tokens[k].text in CLAUSE_PUNCT or tokens[k].text == "," or (
            tokens[k].low in REPORT_VERBS or tokens[k].low in ("he", "she", "they", "it")
        ):
            return None  # "... who went missing said they were ...": another clause
        if tokens[k].low in ("was", "were"):
            nxt = clause.trigger_at.get(k + 1)
            if nxt is not None and nxt.category == "killed" and "pred" in nxt.roles:
                return Link(link.phrase, "killed", "pred", nxt)
            return None
    return None


SECOND_PREDICATE_WORDS = words(
    """were was are is had have has been later then subsequently reportedly reported listed
    declared eventually finally afterwards also"""
)


def _coordinated_predicate(clause: Clause, link: Link) -> Link | None:
    """ "HAD BEEN KIDNAPPED AND WERE REPORTED MISSING", "were kidnapped and later killed",
    "were wounded and captured": a second passive predicate coordinated after the figure's own
    tells a second fate of the same people, a mention of its own (GUIDELINES: captured
    people count as captured even after death; missing people also when found dead)."""
    trig = link.trigger
    if trig is None or link.rule not in ("pred", "post") or link.category == "casualties":
        return None
    tokens = clause.tokens
    k = trig.last + 1
    if k >= len(tokens) or tokens[k].low != "and":
        return None
    k += 1
    while k < len(tokens) and k - trig.last <= 5 and tokens[k].low in SECOND_PREDICATE_WORDS:
        k += 1
    second = clause.trigger_at.get(k)
    if second is None or not ({"pred", "post"} & second.roles) or second.category in (
        link.category, "casualties"
    ):
        return None
    if second.last + 1 < len(tokens) and (
        second.last + 1 in clause.phrase_at or tokens[second.last + 1].low in ("the", "a", "an")
    ):
        return None  # "were wounded and killed three attackers": an active verb with its object
    return Link(link.phrase, second.category, "pred", second)


RELATIVE_LEADS = frozenset({"who", "that"})
ADMITTING_VERBS = words(
    "admitted admits admit acknowledged acknowledges acknowledge confessed confesses conceded"
)
ACCUSING_VERBS = words("accuses accused accuse accusing")
TAKING_GERUNDS = words("kidnapping abducting capturing seizing kidnapped abducted captured seized")
SUBJECT_WORDS = words("it they he she we")


def _admitted_taking(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """casualty-20 (fixq): a figure's people followed by an object relative whose subject
    admits or is accused of taking them are captives: "eight other Japanese it admitted
    kidnapping", "339 children that Kyiv accuses Moscow of abducting", "the 12 men the group
    acknowledged having seized" (GUIDELINES: captured). The people end in a person noun or a
    plural demonym within four words; the subject is a pronoun or one to three capitalised
    words; no denial ("it denied kidnapping" has no admitting verb)."""
    tokens = clause.tokens
    k, n = phrase.last + 1, len(tokens)
    head = -1
    while k < n and k <= phrase.last + 4 and tokens[k].is_word and tokens[k].low not in (
        SUBJECT_WORDS | RELATIVE_LEADS | {"whom", "which"}
    ):
        if tokens[k].low in PERSON_NOUNS or tokens[k].low in DEMONYM_PLURALS:
            head = k
        k += 1
    if head < 0 or head != k - 1:
        return None
    k += k < n and tokens[k].low in ("that", "whom")
    if k < n and tokens[k].low in SUBJECT_WORDS:
        k += 1
    else:
        start = k
        while k < n and k - start < 3 and tokens[k].is_cap and tokens[k].is_word and (
            tokens[k].low not in FUNCTION_WORDS
        ):
            k += 1
        if k == start:
            return None
    if k >= n:
        return None
    if tokens[k].low in ADMITTING_VERBS:
        k += 1
        k += k < n and tokens[k].low == "to"
        k += k < n and tokens[k].low == "having"
    elif tokens[k].low in ACCUSING_VERBS:
        k += 1
        start = k
        while k < n and k - start < 3 and (tokens[k].low in SUBJECT_WORDS | {"them", "him", "her"}
                                           or tokens[k].is_cap and tokens[k].is_word):
            k += 1
        if k == start or k >= n or tokens[k].low != "of":
            return None
        k += 1
    else:
        return None
    trig = clause.trigger_at.get(k)
    if trig is None or trig.category != "captured" or tokens[k].low not in TAKING_GERUNDS:
        return None
    return Link(phrase, "captured", "pred", trig)


ADMITTED_MAIN_AUXILIARIES = words("were are was is have had")


def _after_admitted(clause: Clause, phrase: NumberPhrase, admitted: Link) -> Link | None:
    """The main predicate after such a relative and a short phrase of its own ("in the 1970s
    and 1980s"): "... were dead" (killed), with no clause mark or other figure between."""
    tokens = clause.tokens
    assert admitted.trigger is not None
    for k in range(admitted.trigger.last + 1, min(admitted.trigger.last + 12, len(tokens))):
        tok = tokens[k]
        if k in clause.phrase_at or not (tok.is_word or tok.is_digit or tok.low.endswith("s")):
            return None
        if tok.low in ADMITTED_MAIN_AUXILIARIES:
            for j in range(k, min(k + 4, len(tokens))):  # "had died" is one trigger
                trig = clause.trigger_at.get(j)
                if trig is not None and trig.category != "captured":
                    return Link(phrase, trig.category, "pred", trig)
                if not tokens[j].is_word:
                    return None
            return None
    return None


def _done_to_relative(clause: Clause, link: Link, fate: Link | None) -> Link | None:
    """ "Troops executed 92 soldiers who had surrendered", "the execution of 16 POWs who had
    been captured": the figure's own predicate is a relative clause right after its noun, and
    an active verb or act noun before it tells what was done to them: a mention of that kind
    too (GUIDELINES: captured people count as captured even after death)."""
    trig = link.trigger
    if trig is None or link.rule != "pred":
        return None
    lead = [t.low for t in clause.tokens[link.phrase.last + 1 : trig.first]]
    if not 0 < len(lead) <= 6 or not RELATIVE_LEADS & set(lead[:4]) or "," in lead:
        return None
    kinds = {link.category, fate.category if fate is not None else link.category}
    act = _active(clause, link.phrase)
    if act is not None and act.category not in kinds:
        return Link(link.phrase, act.category, "active", act)
    of_noun = None if act is not None else _of_noun(clause, link.phrase)
    if of_noun is not None and of_noun not in kinds:
        return Link(link.phrase, of_noun, "toll", None)
    return None


def _in_relative_clause(clause: Clause, link: Link) -> bool:
    """The predicate found is inside "who was/were ..." right after the figure's noun."""
    trig = link.trigger
    assert trig is not None
    lead = [t.low for t in clause.tokens[link.phrase.last + 1 : trig.first]]
    if lead[-1:] == ["who"] and trig.category == "missing":
        return True  # "two others who disappeared in Europe had also died": active in the
        # relative, the main verb after it
    return any(w in ("who", "that") for w in lead[-4:-1]) and lead[-1:] in (["was"], ["were"])


def _own_link(clause: Clause, phrase: NumberPhrase) -> Link | None:
    if _of_complement(clause, phrase):
        return None
    listed = _identified_list(clause, phrase)
    if listed is not None:  # "The dead were identified as A and B": the subject says what
        trig = _identified_as(clause, listed)
        return Link(phrase, trig.category, "post", trig) if trig is not None else None
    of_noun = _of_noun(clause, phrase)
    if of_noun is not None:
        return Link(phrase, of_noun, "toll", None)
    if phrase.kind == "one" and possessed_act_at(clause.tokens, phrase.last + (
        phrase.last + 1 < len(clause.tokens) and clause.tokens[phrase.last + 1].text in ("'", "’")
    )):  # "Lopez Albujar's murder", "DIAZ' MURDER": the possessor is the victim
        act = clause.tokens[phrase.last + 1].low
        act = act if act in POSSESSED_ACTS | {"death": "killed"} else (
            clause.tokens[phrase.last + 2].low
        )
        return Link(phrase, POSSESSED_ACTS.get(act, "killed"), "toll", None)
    if phrase.kind == "one" and phrase.first == phrase.last and pronoun_captive_at(
        clause.tokens, phrase.first
    ):  # "shortly after his capture": one captive
        return Link(phrase, "captured", "toll", None)
    if phrase.kind == "one" and phrase.first == phrase.last and self_killing_at(
        clause.tokens, phrase.first
    ):  # "detonated it, killing himself", "blowing himself up": one killed
        return Link(phrase, "killed", "toll", None)
    if phrase.kind == "one" and lost_kin_end(clause.tokens, phrase.first) == phrase.last:
        return Link(phrase, "killed", "toll", None)  # "who lost his daughter in the sinking"
    trig = _included_by(clause, phrase)
    if trig is not None:  # "THE PEOPLE KILLED INCLUDE JAIME PARDO LEAL"
        return Link(phrase, trig.category, "toll", trig)
    among = _among_those(clause, phrase)
    if among is not None:  # "Among the dead is one child, and 10 are among the wounded"
        return Link(phrase, among.category, "toll", among)
    victims = _victims_told(clause, phrase)
    if victims is not None:  # "... were killed. Among the victims were 4 women"
        return Link(phrase, victims, "toll", None)
    if _fatal_events(clause, phrase):
        # "One of these crashes was fatal": at least that many killed, no victims named; "one
        # of the wounds proved fatal": that many
        hedge = phrase.qualifier == "exact" and not _fatal_injuries(clause, phrase)
        return Link(replace(phrase, qualifier="at_least") if hedge else phrase, "killed", "pred",
                    None)
    trig = _post(clause, phrase) or _put_at(clause, phrase)
    if trig is not None and trig.category in ("missing", "captured") and _thing_head(
        clause, phrase, trig.first
    ):
        return None  # "two Romeo-class submarines briefly disappeared": no people
    if trig is not None and trig.text == "lost" and not _names_people(clause, phrase):
        trig = None  # casualty-20 (fixp): "3,000 soldiers lost since ...", not "two games lost"
    if trig is not None:
        return Link(phrase, _shot_outcome(clause, trig), "post", trig)
    if _estimate_range_start(clause, phrase):
        # "Estimates of those killed vary from 379 to 1,500 or more people and over 1,200
        # others were injured": the range belongs to its toll noun, not to a later predicate
        estimated = _toll(clause, phrase)
        if estimated:
            return Link(phrase, estimated, "toll", None)
    # "Three of the 300 passengers were injured": the predicate is the part's, not the whole's
    pred = _pred(clause, phrase)
    if pred is not None and _partitive_whole(clause, phrase) and (
        any(t.low in AUXILIARIES for t in clause.tokens[phrase.last + 1 : pred[0].first])
        or pred[0].text in ("died", "dies", "die", "perished", "drowned", "succumbed")
        or _finite_part_predicate(clause, phrase, pred[0])
    ) and not _whole_relative(clause, phrase, pred[0]):
        pred = None  # but "14 of the 30 passengers seized from the bus": the whole's participle
    if pred is None and phrase.kind == "one" and phrase.low == 1:
        # "Col Quintero, who died instantly", "Her father, former governor X, was murdered",
        # "the president of the Supreme Court was wounded": past the aside to the predicate
        k = past_victim_aside(clause.tokens, phrase.last + 1, phrase.head is not None,
                              phrase.first)
        pred = _pred(clause, replace(phrase, last=k - 1)) if k > 0 else None
    if pred is None and phrase.kind == "one" and phrase.low == 1:
        hurt = _suffered_injuries(clause, phrase)
        if hurt is not None:  # "Pak, who suffered serious injuries to his leg, ..."
            return Link(phrase, "wounded", "pred", hurt)
    if pred is None and phrase.kind == "one" and phrase.low == 1:
        held = _relative_captivity(clause, phrase)
        if held is not None:  # "Mr X, who made a dramatic escape after 50 years in captivity,"
            return Link(phrase, "captured", "pred", held)
    if pred is not None and (
        pred[0].text.endswith(" lost") or pred[0].text in MACHINEGUNNED
    ) and not _names_people(clause, phrase):
        pred = None  # "two ships were lost", "two ambulances were machinegunned": people only
    if pred is not None and (
        pred[0].category in ("missing", "captured")
        or pred[0].category == "casualties" and SHOT_WORDS.match(pred[0].text.lower())
    ) and _thing_head(clause, phrase, pred[0].first):
        pred = None  # "two Shark-class submarines temporarily disappeared": no people;
        # casualty-20 (fixk): "18 Ukrainian drones shot down", "two Russian jets were shot"
    if pred is not None and pred[0].text in SEIZED_WORDS and _seized_things(clause, phrase):
        pred = None  # "three boats were seized": people only, outside a captivity sentence
    if pred is not None and pred[0].text in ("casualties", "losses") and not (
        _names_people(clause, phrase) or clause.tokens[phrase.last + 1].low in AUXILIARIES
        and phrase.kind != "one"  # casualty-20 (fixn): "North Korea is believed to have ..."
    ):
        pred = None  # "4,000 have suffered casualties", not "two brigades suffered losses"
    if pred is not None and pred[1] and _active(clause, phrase) is not None:
        pred = None  # "The bomb killed the driver, and 12 people were wounded": the object of
        # "killed" is no subject of the next clause's verb
    if pred is not None:
        return Link(phrase, _shot_outcome(clause, pred[0]), "pred", pred[0], pred[1])
    trig = _active(clause, phrase)
    if trig is not None:
        kind: Category = trig.category
        if kind == "casualties" and SHOT_WORDS.match(trig.text) and phrase.high == 1 and (
            OBJECT_DIED.match(clause.text, clause.tokens[phrase.last].end)
        ):
            kind = "killed"  # "The deputy shot the man, who died at the scene"
        return Link(phrase, kind, "active", trig)
    trig = _part_of_noun(clause, phrase)
    if trig is not None:  # "141 of the 179 bodies had been identified" (casualty-20)
        return Link(phrase, trig.category, "post", trig)
    all_of = _all_of_them(clause, phrase)
    if all_of is not None:  # "The jet carried 96 souls; all lost"
        return all_of
    whole = _part_of_victims(clause, phrase)
    if whole is not None:  # "141 of the 179 bodies had been identified": bodies too
        return Link(phrase, whole.category, "post", whole)
    category = _toll(clause, phrase)
    if category:
        return Link(phrase, category, "toll", None)
    trig = _among_those(clause, phrase)
    if trig is not None:
        return Link(phrase, trig.category, "toll", trig)
    trig = _label(clause, phrase) or _colon_breakdown(clause, phrase) or _colon_list_item(
        clause, phrase
    ) or _place_paren_item(clause, phrase)
    if trig is not None:
        return Link(phrase, trig.category, "toll", trig)
    heading = _heading_row(clause, phrase)
    if heading is not None:
        return Link(phrase, heading, "toll", None)
    trig = _described(clause, phrase) or _named_part(clause, phrase)
    if trig is not None:
        return Link(phrase, trig.category, "post", trig)
    trig = _pronoun_predicate(clause, phrase)
    if trig is not None:
        return Link(phrase, trig.category, "pred", trig)
    trig = _whom_object(clause, phrase)
    if trig is not None:  # "several soldiers whom the patrol managed to capture"
        return Link(phrase, trig.category, "active", trig)
    if bereaved_kin(clause, phrase):  # "at least ten families have lost their sons"
        return Link(phrase, "killed", "toll", None)
    trig = _captivity_after(clause, phrase) if _names_people(clause, phrase) or (
        _one_name(clause, phrase)
    ) else None
    if trig is not None:  # "two soldiers being questioned after their capture"
        return Link(phrase, "captured", "pred", trig)
    trig = _restated_count(clause, phrase)
    if trig is not None:  # "Our people are back, 207 of them" (casualty-20, fixg)
        return Link(phrase, trig.category, "pred", trig)
    trig = _concessive_hurt(clause, phrase) if _names_people(clause, phrase) else None
    if trig is not None:  # "two soldiers who, although wounded, survived" (casualty-20, fixg)
        return Link(phrase, "wounded", "pred", trig)
    possessed = _possessed_act(clause, phrase)
    return Link(phrase, possessed, "toll", None) if possessed is not None else None


def _one_name(clause: Clause, phrase: NumberPhrase) -> bool:
    """casualty-20 (fixi): a single victim told by a name of two or more capitalised words
    ("Megumi Yokota became a symbol after being abducted")."""
    words_ = clause.tokens[phrase.first : phrase.last + 1]
    return phrase.kind == "one" and phrase.head is None and len(words_) > 1 and all(
        t.is_cap and t.is_word and t.low not in FUNCTION_WORDS for t in words_
    )


# "THE FIVE MILITARY MEN'S RELEASE", "the two hostages' liberation", "the three priests'
# murder": an act owned by the counted people
POSSESSED_FIGURE_ACTS: dict[str, Category] = {
    "release": "captured", "liberation": "captured", "kidnapping": "captured",
    "abduction": "captured", "capture": "captured", "murder": "killed", "murders": "killed",
    "killing": "killed", "assassination": "killed", "execution": "killed", "deaths": "killed",
    "disappearance": "missing",
}


def _possessed_act(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """The counted people own a casualty act: "TALKS ON THE FIVE MILITARY MEN'S RELEASE"
    (captured 5), "the three priests' murder" (killed 3). The possessive ends a noun phrase
    of at most four words naming people."""
    tokens = clause.tokens
    for k in range(phrase.last + 1, min(phrase.last + 5, len(tokens) - 1)):
        tok = tokens[k]
        if not tok.is_word:
            return None
        owner, act = tok.low, tokens[k + 1]
        if act.text in ("'", "’") and owner.endswith("s") and k + 2 < len(tokens):
            act = tokens[k + 2]  # "the two hostages' release"
        elif owner.endswith(("'s", "’s")):
            owner = owner[:-2]
        else:
            if tok.low in FUNCTION_WORDS or k in clause.trigger_at:
                return None
            continue
        people = owner in PERSON_NOUNS or owner.endswith("men") or (
            tok.text.isupper() and shouted_plural(owner)
        )
        return POSSESSED_FIGURE_ACTS.get(act.low) if people else None
    return None


PRONOUN_CLAUSE_LEADS = frozenset({"when", "as", "after", "while", "before"})
PRONOUN_AUX = words("were had have been later reportedly allegedly both all")
PRONOUN_REACH = 16


def _pronoun_predicate(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "THE TWO OFFICIALS WERE RETURNING TO MEDELLIN WHEN THEY WERE KIDNAPPED": a figure that
    is the subject of a clause with no casualty word takes the predicate of a "when/as/after
    they were ..." clause right after it, "they" being those people (no other figure, person
    noun past the figure's own noun phrase, or clause mark between)."""
    tokens = clause.tokens
    if phrase.high < 2 or phrase.kind == "one" or (
        phrase.first > 0 and tokens[phrase.first - 1].low in ("of", "to", "with", "and")
    ):
        return None
    k = phrase.last + 1
    while k < len(tokens) and k - phrase.last <= PRONOUN_REACH:
        tok = tokens[k]
        if tok.low in PRONOUN_CLAUSE_LEADS:
            break
        if not tok.is_word or k in clause.trigger_at or k in clause.phrase_at or (
            tok.low in REPORT_VERBS or tok.low in SUBORDINATORS
        ):
            return None
        if k - phrase.last > 4 and (tok.low in PERSON_NOUNS or tok.low in ("them", "they")):
            return None  # "two guards were escorting the mayors when they were kidnapped"
        k += 1
    else:
        return None
    # the figure's own verb must come first: "two officials, when they were ..." is an aside
    if k == phrase.last + 1 or not any(t.low in AUXILIARIES for t in tokens[phrase.last + 1 : k]):
        return None
    if k + 1 >= len(tokens) or tokens[k + 1].low != "they":
        return None
    j = k + 2
    while j < len(tokens) and j - k <= 5 and tokens[j].low in PRONOUN_AUX:
        j += 1
    trig = clause.trigger_at.get(j)
    if trig is None or "pred" not in trig.roles or j == k + 2 or tokens[j - 1].low not in (
        "were", "been", "later", "reportedly", "allegedly", "both", "all"
    ):
        return None
    after = trig.last + 1
    if after < len(tokens) and (after in clause.phrase_at or tokens[after].low in ("the", "a")):
        return None  # "when they were killing two guards": active, with its own object
    return trig


WHOM_NP_WORDS = words("from of in the other")
WHOM_DONE = words("managed able")


def _whom_object(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "several soldiers from Ruritania whom the patrol managed to capture", "two men whom
    gunmen killed": a figure's people are the object of an active casualty verb in a "whom"
    relative that ends on it (no object of its own). An infinitive counts only when it was
    done ("managed to", "were able to"); a modal or a negation, never ("whom they hoped to
    capture")."""
    tokens = clause.tokens
    k = phrase.last + 1
    while k < len(tokens) and k - phrase.last <= 6 and tokens[k].is_word and (
        tokens[k].low in PERSON_NOUNS or tokens[k].low in WHOM_NP_WORDS or tokens[k].is_cap
    ):
        k += 1
    if k >= len(tokens) or tokens[k].low != "whom" or k == phrase.last + 1 and (
        phrase.kind != "vague" and not _names_people(clause, phrase)
    ):
        return None
    for j in range(k + 1, min(k + 10, len(tokens))):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            after = tokens[trig.last + 1] if trig.last + 1 < len(tokens) else None
            ends = after is None or not after.is_word or after.low in SUBORDINATORS or (
                after.low in ("in", "on", "at", "near", "during", "after", "last", "this")
            )
            return trig if "active" in trig.roles and ends else None
        tok = tokens[j]
        if not tok.is_word or tok.low in NEGATIONS or tok.low in MODALS or tok.low == "whom":
            return None
        if tok.low == "to" and tokens[j - 1].low not in WHOM_DONE:
            return None
    return None


def _named_part(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "one of the two captives, a sniper surnamed Ri, ...": one of a counted group of
    victims, named or described in an appositive, is a mention of 1 (GUIDELINES: a single
    named or described victim inside a group)."""
    tokens = clause.tokens
    if phrase.low != 1 or phrase.high != 1 or phrase.kind == "one":
        return None
    k = phrase.last + 1
    if k + 1 >= len(tokens) or tokens[k].low != "of" or tokens[k + 1].low not in ("the", "its"):
        return None
    whole = clause.phrase_at.get(k + 2)
    if whole is None:
        return None
    for j in range(whole.last + 1, min(whole.last + 5, len(tokens) - 2)):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            if "post" not in trig.roles or tokens[trig.last + 1].text != ",":
                return None
            nxt, after = tokens[trig.last + 2], tokens[min(trig.last + 3, len(tokens) - 1)]
            named = nxt.low in ("a", "an") and (
                after.low in SINGULAR_PERSON_NOUNS or after.low in PERSON_NOUNS
            ) or (
                nxt.is_cap and nxt.is_word and after.is_cap and after.is_word
            )
            return trig if named else None
        if not tokens[j].is_word or tokens[j].low in FUNCTION_WORDS:
            return None
    return None


ALL_OF_LEADS = words("whom them")
ALL_LOST = words("lost perished died killed")


def _all_of_them(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """People counted by a figure, then "all" and a death predicate of their own after a
    comma or semicolon: "carried 96 souls; all lost", "40 passengers, all of whom died",
    "12 crew, all killed" (GUIDELINES: the figure is killed; "all injured": wounded)."""
    tokens = clause.tokens
    k = phrase.last + 1
    while k < len(tokens) and k <= phrase.last + 4 and tokens[k].is_word and (
        tokens[k].low not in AUXILIARIES
    ):
        k += 1
    if k == phrase.last + 1 or tokens[k - 1].low not in PERSON_NOUNS:
        return None
    if k + 1 >= len(tokens) or tokens[k].text not in (",", ";") or tokens[k + 1].low != "all":
        return None
    j = k + 2
    if j + 1 < len(tokens) and tokens[j].low == "of" and tokens[j + 1].low in ALL_OF_LEADS:
        j += 2
    while j < len(tokens) and tokens[j].low in ("were", "have", "had", "been", "are"):
        j += 1
    if j >= len(tokens) or j > k + 6:
        return None
    trig = clause.trigger_at.get(j)
    if trig is not None and trig.category in ("killed", "wounded", "casualties") and (
        "pred" in trig.roles
    ):
        return Link(phrase, trig.category, "pred", trig)
    end = j + 1 >= len(tokens) or not tokens[j + 1].is_word or tokens[j + 1].low in (
        "at", "in", "on", "when", "after"
    )
    if tokens[j].low in ALL_LOST and end:
        return Link(phrase, "killed", "pred", trig)
    return None


IDENTIFIED_LEADS = words("were was have has been officially later formally")


def _included_by(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """One victim named after "<victims> include(d)": "the people killed include Jaime Pardo
    Leal", "THE VICTIMS INCLUDED MAYOR X" (the casualty word right before the verb)."""
    k = phrase.first
    if phrase.kind != "one" or k < 2 or clause.tokens[k - 1].low not in (
        "include", "includes", "included"
    ):
        return None
    trig = clause.trigger_at.get(k - 2)
    return trig if trig is not None and "post" in trig.roles else None


ESTIMATE_RANGE_LEAD = re.compile(
    r"\b(?:vary|varies|varied|varying|range|ranges|ranged|ranging) (?:from|between)\s+$"
)


def _estimate_range_start(clause: Clause, phrase: NumberPhrase) -> bool:
    """A figure right after "vary from", "range between" (a toll noun's estimates)."""
    start = clause.tokens[phrase.first].start
    return bool(ESTIMATE_RANGE_LEAD.search(clause.text, max(0, start - 30), start))


def _identified_list(clause: Clause, phrase: NumberPhrase) -> int | None:
    """Index of "as" when the name at `phrase` is listed after "identified/named as"."""
    if phrase.kind != "one":
        return None
    tokens, k = clause.tokens, phrase.first - 1
    while k >= 0 and (tokens[k].text in (",", "and") or tokens[k].text.isdigit() or (
        any(p.first <= k <= p.last and p.kind == "one" for p in clause.phrases)
    )):
        k -= 1  # back over the earlier names of the list
    if k < 1 or tokens[k].low != "as" or tokens[k - 1].low not in ("identified", "named"):
        return None
    return k


def _identified_as(clause: Clause, as_at: int) -> Trigger | None:
    """The casualty noun that is the subject of "identified/named as" at `as_at`: "The dead
    were identified as A, B and C" (killed, one each); "The injured were named as ..."; none
    for "The suspects were identified as ..."."""
    tokens, k = clause.tokens, as_at - 2
    while k >= 0 and tokens[k].low in IDENTIFIED_LEADS:
        k -= 1
    for j in range(k, max(k - 3, -1), -1):  # "The deceased victims", "the dead", "Those killed"
        trig = clause.trigger_at.get(j)
        if trig is not None and "post" in trig.roles and trig.category != "casualties":
            return trig
    return None


def _fatal_events(clause: Clause, phrase: NumberPhrase) -> bool:
    """ "One of these crashes was fatal", "two of the accidents were fatal", "Three crashes
    proved fatal": a count of events each of which killed someone."""
    tokens, k = clause.tokens, phrase.last + 1
    if k < len(tokens) and tokens[k].low == "of":
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low in PARTITIVE_SETS)
    if k >= len(tokens) or tokens[k].low not in FATAL_EVENT_NOUNS:
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low in ("later", "eventually", "ultimately"))
    if k < len(tokens) and tokens[k].low in FATAL_EVENT_VERBS:
        k += 1
        if k + 2 < len(tokens) and (tokens[k].low, tokens[k + 1].low) == ("out", "to"):
            k += 3  # "turned out to be fatal"
        return k < len(tokens) and tokens[k].low == "fatal"
    return False


def _fatal_injuries(clause: Clause, phrase: NumberPhrase) -> bool:
    """The fatal things are injuries or the people before ("one of the wounds", "one of
    which/whom"), not events."""
    after = clause.tokens[phrase.last + 1 : phrase.last + 4]
    return any(t.low in FATAL_INJURY_WORDS for t in after)


AMONG_THOSE_MAX = 12


def _among_those(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "Among those killed were two children", "Among those freed in the exchange were 270
    soldiers", "Among the dead is one child": a fronted "among those <participle> ..." or
    "among the <casualty noun>" names the figure's kind, before any later predicate."""
    tokens, k = clause.tokens, phrase.first - 1
    if k >= 0 and tokens[k].low == "also":
        k -= 1
    if k < 3 or tokens[k].low not in ("were", "was", "are", "is"):
        return None
    for j in range(k - 1, max(k - AMONG_THOSE_MAX, 0) - 1, -1):
        if tokens[j].text in CLAUSE_PUNCT or (j in clause.phrase_at and not _among_the_figure(
            tokens, j
        )):
            return None
        if tokens[j].low == "among" and j + 2 < k and tokens[j + 1].low in (
            "those", "people", "the"
        ):  # "Among the dead is one child"
            opens = j == 0 or tokens[j - 1].text in (",", ";", ":", '"', "“", "'", "‘") or (
                tokens[j - 1].low in ("and", "that")
            )  # also inside a quote: '"Among the dead is one child ...," he said
            head = clause.phrase_at.get(j + 2)  # "among the 10 killed were three farmers"
            at = j + 2 if head is None else _past_head_noun(tokens, head.last + 1, k)
            trig = clause.trigger_at.get(at)
            ok = trig is not None and trig.category != "casualties" and (
                "pred" in trig.roles or "post" in trig.roles
            )
            return trig if opens and ok else None
    return None


def _past_head_noun(tokens: list[Token], k: int, end: int) -> int:
    """Past a fronted whole figure's people noun with up to two capitalised modifiers, to its
    participle: "Among the 90 civilians injured were six children", "among the 12 South Korean
    sailors killed" (casualty-20, fixh); k itself when no such noun follows."""
    j = k
    while j < min(k + 2, end) and tokens[j].is_cap and tokens[j].is_word and (
        tokens[j].low not in FUNCTION_WORDS
    ):
        j += 1
    if j + 1 < end and (tokens[j].low in PERSON_NOUNS or tokens[j].low in DEMONYM_PLURALS):
        return j + 1
    return k


def _among_the_figure(tokens: list[Token], j: int) -> bool:
    """A figure right after "among the" heads the fronted group ("Among the 12 dead were")."""
    return j >= 2 and tokens[j - 1].low == "the" and tokens[j - 2].low == "among"


VICTIMS_LEAD = re.compile(
    r"(?:^|[,;:\"“]\s*|\band\s+)(?:among the|the) (?:(?:reported|confirmed|identified|known"
    r"|latest) )?victims(?: (?:include|includes|included)| (?<=among the victims )(?:were|are"
    r"|was|is)| (?<=among the reported victims )(?:were|are|was|is))(?: also)?\s+$"
    # casualty-20 (fixn): "... have died since the invasion. Among them are 12 generals": a
    # sentence opening on "Among them" refers back to the figure told just before
    r"|^among them (?:were|are|was|is)(?: also)?\s+$"
)


def _victims_told(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """ "At least 30 civilians were killed ... Among the victims were 4 women": "victims"
    opening a clause before include(d) / were refers back to the last figures told, and takes
    their category when they all have one (at most one sentence between)."""
    if len(clause.told) != 1:
        return None
    start = clause.tokens[phrase.first].start
    lead = VICTIMS_LEAD.search(clause.text, max(0, start - 60), start)
    if lead is None:
        return None
    if lead.group().startswith("among them") and not ANY_TRIGGER_LOWER.search(
        (clause.before or "").lower()
    ):
        return None  # "them" are the people of the sentence right before, which told a fate
    told = next(iter(clause.told))
    return next((c for c in TOLL_CATEGORY.values() if c == told), None)


def _described(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """A figure described by a casualty word with no predicate of its own: inside its noun
    phrase ("the dead man was identified", "a captured soldier said") or in a participle
    aside ("Her brother, captured near the border, is still held"; "Three soldiers,
    although badly wounded, reached the trench")."""
    inner = _inner_adjective(clause, phrase) or _prisoner_of_captors(clause, phrase)
    if inner is not None:
        return inner
    tokens, j = clause.tokens, phrase.last + 1
    while j < len(tokens) and j - phrase.last <= 3 and tokens[j].low in PERSON_NOUNS | NP_WORDS:
        j += 1  # "Three soldiers, although badly wounded, ..."
    k = participle_after(tokens, j)
    if k < 0 and phrase.kind == "one":
        k = participle_after(tokens, of_complement_end(tokens, j))  # "the leader of X, murdered"
    trig = clause.trigger_at.get(k) if k > 0 else None
    return trig if trig is not None and trig.category != "casualties" else None


CAPTOR_NOUNS = words(
    "forces army troops military militia militants rebels soldiers guerrillas marines enemy"
)


CAPTIVE_THING_NEXT = words(
    """exchange exchanges swap swaps deal deals talks negotiations camp camps crisis transfer
    status issue issues list lists agreement convention conventions"""
)


def _prisoner_of_captors(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """casualty-20 (fixq): one victim whose head is "prisoner"/"captive" followed by "of war"
    or "of the (...) forces/army/troops/militia ..." was taken: "a suspected North Korean
    prisoner of the Ukrainian forces", "a prisoner of war" (GUIDELINES: captured); not a
    jail's "prisoner of conscience" nor "a prisoner of the regime"."""
    tokens, k = clause.tokens, phrase.last
    if phrase.kind != "one" or tokens[k].low not in ("prisoner", "captive") or (
        k + 2 >= len(tokens) or tokens[k + 1].low != "of"
    ):
        return None
    end = -1
    if tokens[k + 2].low == "war":
        end = k + 2
    else:
        j = k + 2 + (tokens[k + 2].low in ("the", "their", "its"))
        for m in range(j, min(j + 4, len(tokens))):
            if tokens[m].low in CAPTOR_NOUNS:
                end = m
                break
            if not tokens[m].is_word or tokens[m].low in FUNCTION_WORDS:
                break
    if end < 0 or end + 1 < len(tokens) and tokens[end + 1].low in CAPTIVE_THING_NEXT:
        return None  # "a prisoner of war exchange", "a prisoner of war camp"
    return Trigger(k, end, "captured", frozenset({"post"}), clause.text[
        tokens[k].start : tokens[end].end
    ])


def _participle_next(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """One victim's casualty participle right after the noun: "the first prisoner taken by
    the brigade" (captured), "the soldier wounded in the blast" (wounded)."""
    if phrase.kind != "one":
        return None
    k = participle_next(clause.tokens, phrase.last)
    if k < 0:
        return None
    trig = clause.trigger_at.get(k)
    if trig is not None:
        return trig if trig.category != "casualties" else None
    return Trigger(k, k, "captured", frozenset({"post"}), clause.tokens[k].low)  # "taken"


def _inner_adjective(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """A casualty adjective inside a single victim's noun phrase: "the injured woman"."""
    if phrase.kind != "one":
        return None
    for k in range(phrase.first, phrase.last):
        trig = clause.trigger_at.get(k)
        if trig is not None and trig.last < phrase.last and clause.tokens[k].low in (
            VICTIM_ADJECTIVES
        ):
            return trig
    return None


def _wounded_adjective(clause: Clause, link: Link) -> Trigger | None:
    """ "TWO WOUNDED SOLDIERS DIED": the adjective states a wounded figure and the verb a
    death; GUIDELINES: wounded people who later died are killed, and the wounded figure stays
    as stated (the adjective may carry a severity adverb: "two badly wounded soldiers")."""
    if link.category != "killed" or link.rule not in ("pred", "post") or (
        link.phrase.kind == "one" or link.trigger is None
    ):
        return None
    k = link.phrase.last + 1 + _quoted(clause.tokens, link.phrase)
    if k < len(clause.tokens) and clause.tokens[k].low in SEVERITY_ADVERBS:
        k += 1
    trig = clause.trigger_at.get(k)
    if trig is None or trig.category != "wounded" or "post" not in trig.roles or (
        link.trigger.first <= trig.last
    ):
        return None
    return trig if clause.tokens[trig.first].low in VICTIM_ADJECTIVES and _person_follows(
        clause, trig
    ) else None


PARTITIVE_QUANTITIES = words(
    "half most many some several few majority minority none each one two three four five"
)
PARTITIVE_SETS = frozenset({"the", "its", "their", "these", "those"})


def _finite_part_predicate(clause: Clause, phrase: NumberPhrase, trig: Trigger) -> bool:
    """A finite trigger opening on its auxiliary ("have died", "lost their lives") after a
    partitive's whole is the part's predicate, as "were killed" is: "a hundred of the more
    than 11,000 troops have died" (casualty-19)."""
    verb = trig.text.split(maxsplit=1)[0].lower()
    return (verb in AUXILIARIES or verb == "lost") and _partitive_whole(clause, phrase) and (
        not _whole_relative(clause, phrase, trig)
    )


def _part_of_noun(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "141 of the 179 bodies had been identified", "ten of the 40 fatalities were children": a
    part of a whole counted by a noun of the dead (no verb or adjective: "bodies", "corpses",
    "fatalities") is dead too, when no predicate of its own tells its fate (casualty-20)."""
    tokens = clause.tokens
    j = phrase.last + 1
    if j + 1 < len(tokens) and (tokens[j].low, tokens[j + 1].low) == ("out", "of"):
        j += 1
    if j >= len(tokens) or tokens[j].low != "of":
        return None
    j += 1
    if j < len(tokens) and tokens[j].low in PARTITIVE_SETS:
        j += 1
    whole = clause.phrase_at.get(j)
    if whole is None or whole.last + 1 >= len(tokens):
        return None
    trig = clause.trigger_at.get(whole.last + 1)
    if trig is None or "post" not in trig.roles or trig.roles & {"pred", "active"}:
        return None
    # the dead only: "one of the 12 hostages spoke" is a narrator (casualty-19, settled)
    return trig if trig.category == "killed" else None


def _partitive_whole(clause: Clause, phrase: NumberPhrase) -> bool:
    """ "Three of the 300 passengers were injured", "half of the 40 workers": the figure after
    "of the" is the whole a part was taken from; the predicate is the part's. "All of the 12"
    is the whole itself."""
    tokens, j = clause.tokens, phrase.first - 1
    if j >= 2 and tokens[j].low.endswith(("'s", "’s")) and tokens[j].is_word:
        j -= 1  # "Forty of Cheonan's 104 crew members", "two of the ship's 40 sailors"
        if tokens[j].low in PARTITIVE_SETS:
            j -= 1
    elif j >= 1 and tokens[j].low in PARTITIVE_SETS:
        j -= 1
    if j < 1 or tokens[j].low != "of":
        return False
    outer = tokens[j - 1]
    part = any(p.last == j - 1 for p in clause.phrases)
    fraction = outer.low.endswith(("thirds", "third", "quarters", "quarter", "fifths", "half"))
    return part or fraction or outer.low in PARTITIVE_QUANTITIES


COPULAS_BEFORE_PART = frozenset({"is", "was", "became", "becomes", "as", "being"})


def _whole_relative(clause: Clause, phrase: NumberPhrase, trig: Trigger) -> bool:
    """ "to treat many of the 870 people who were injured": a relative clause right after the
    whole's noun is the whole's own predicate when the part is no figure ("many", "some")."""
    tokens = clause.tokens
    j = phrase.first - 1
    while j >= 0 and tokens[j].low != "of":
        j -= 1
    lead = [t.low for t in tokens[phrase.last + 1 : trig.first]]
    if "to" in lead and j >= 2 and tokens[j - 2].low in COPULAS_BEFORE_PART and all(
        w in ("to", "have", "been", "ever", "also") or w.endswith("ly")
        for w in lead[lead.index("to"):]
    ) and "have" in lead and any(p.last == j - 1 and p.high == 1 for p in clause.phrases):
        # "He is one of at least three U.S. citizens to have been detained by North Korea":
        # a perfect infinitive after the whole's noun is the whole's (casualty-20, fixg; not
        # "one of 12 prisoners to be executed next week", which may lie ahead)
        return True
    if "being" in lead and 0 < lead.index("being") <= 3 and all(
        w in ("still", "currently", "now") for w in lead[lead.index("being") + 1:]
    ) and all(
        t.is_word and t.low not in FUNCTION_WORDS
        for t in tokens[phrase.last + 1 : phrase.last + 1 + lead.index("being")]
    ) and j >= 1 and any(p.last == j - 1 and p.high == 1 for p in clause.phrases):
        # "one of three Americans being held in North Korea": a reduced progressive relative
        # after the whole's noun is the whole's, as "held in" alone is (casualty-20, fixo)
        return True
    if "who" not in lead and "that" not in lead:
        return False
    rel = phrase.last + 1 + max(i for i, w in enumerate(lead) if w in ("who", "that"))
    part = next((p for p in clause.phrases if p.last == j - 1), None) if j >= 1 else None
    if part is not None and part.kind != "one" and part.high == 1 and (
        _plural_verb_before(tokens, rel + 1, trig.first)
    ):  # "one of two who managed to escape and were subsequently captured": the whole's
        return True
    if j < 1 or part is not None:
        return False  # "Three of the 300 passengers who were ...": the part's
    return all(t.is_word and t.low not in FUNCTION_WORDS for t in tokens[phrase.last + 1 : rel])


def _plural_verb_before(tokens: list[Token], lo: int, hi: int) -> bool:
    """A plural auxiliary (were/are/have), adverbs aside, ends tokens lo..hi (the trigger at
    hi), and no singular one stands in between: the relative clause agrees with a plural."""
    k = hi - 1
    while k >= lo and (tokens[k].low.endswith("ly") or tokens[k].low in (
        "later", "then", "soon", "also", "all", "both", "again"
    )):
        k -= 1
    return k >= lo and tokens[k].low in ("were", "are", "have") and not any(
        t.low in ("was", "is", "has") for t in tokens[lo:hi]
    )


def _dies_later_in_clause(clause: Clause, trig: Trigger) -> bool:
    """After "with a gunshot wound" / "suffering injuries" the same victims die, before the
    clause ends and with no new subject: "... was found dead", "... and died in hospital"."""
    tokens = clause.tokens
    for k in range(trig.last + 1, min(trig.last + 1 + MAX_PRED_GAP, len(tokens))):
        same = tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].low == "where"
        if k in clause.phrase_at or tokens[k].text in CLAUSE_PUNCT or (
            tokens[k].text in ".," and not same  # ", where he later died" goes on
        ):
            return False
        later = clause.trigger_at.get(k)
        if later is not None and later.category == "killed" and "pred" in later.roles:
            return True
    return False


def _of_complement(clause: Clause, phrase: NumberPhrase) -> bool:
    """ "Four members of one family", "100 residents of two villages", "12 people from one
    village": the figure after "of"/"from" counts what the head figure's people belong to, not
    victims."""
    k = phrase.first
    if k < 3 or clause.tokens[k - 1].low not in ("of", "from") or (
        clause.tokens[k - 2].low not in PERSON_NOUNS
    ):
        return False
    return any(p.last == k - 3 for p in clause.phrases)  # "(At least) 12 people from one"


def _shot_outcome(clause: Clause, trig: Trigger) -> Category:
    """ "A man was shot in the chest and pronounced dead": the clause tells the outcome."""
    if trig.text in INJURY_NOUNS and _dies_later_in_clause(clause, trig):
        return "killed"  # "a man with a gunshot wound was found dead": the dead's own wound
    if trig.category != "casualties" or not SHOT_WORDS.match(trig.text):
        return trig.category
    end = clause.tokens[trig.last].end
    if SHOT_KILLED.match(clause.text, end):
        return "killed"
    if SHOT_WOUNDED.match(clause.text, end) or SHOT_NOT_FATAL.match(clause.text, end) or (
        SHOT_SURVIVES.match(clause.text, end)
    ):
        return "wounded"
    return trig.category


ASIDE_BREAKDOWN_MAX = 16  # tokens of a bracketed or dash-enclosed breakdown
BREAKDOWN_GLUE = frozenset({"and", "or", ",", "a", "an"})


def _skip_breakdown(clause: Clause, k: int) -> int:
    """Index after a bracketed or dash-enclosed breakdown of the figure's people into
    figures and person nouns only ("105 victims (86 men and 18 women, and a boy)", "14
    persons – 13 men and one woman –"), or -1."""
    tokens = clause.tokens
    close = ")" if tokens[k].text == "(" else None
    j, figures = k + 1, 0
    while j < min(k + 1 + ASIDE_BREAKDOWN_MAX, len(tokens)):
        tok = tokens[j]
        if (tok.text == close) or (close is None and (tok.text in DASHES or tok.text == "-")):
            return j + 1 if figures else -1
        if j in clause.phrase_at:
            figures += 1
            j = clause.phrase_at[j].last + 1
            continue
        if tok.low not in BREAKDOWN_GLUE and tok.low not in PERSON_NOUNS:
            return -1
        j += 1
    return -1


def _skip_parens(clause: Clause, k: int) -> int:
    """Index after a short bracketed aside with no figure or trigger: "25 (mostly civilians)";
    or with a breakdown of the figure into people ("Eight people (three soldiers and five
    civilians) were wounded"), whose items link on their own."""
    tokens = clause.tokens
    for j in range(k + 1, min(k + 2 + PAREN_MAX, len(tokens))):
        if tokens[j].text == ")":
            return j + 1 if j > k + 1 else -1
        if j in clause.phrase_at and _breakdown_in_parens(clause, k, clause.phrase_at[j]):
            continue
        if j in clause.trigger_at or j in clause.phrase_at or tokens[j].text in CLAUSE_PUNCT:
            return -1
    return -1


def _breakdown_in_parens(clause: Clause, k: int, item: NumberPhrase) -> bool:
    """A figure inside the brackets opened at k names people ("(three soldiers and five
    civilians)", "(a mother and a daughter)"): its first word after "(" or "and"/","."""
    tokens = clause.tokens
    nxt = item.last + 1
    lead = tokens[item.first - 1]
    return (item.first - 1 == k or lead.low in ("and", ",")) and (
        item.kind == "one" or nxt < len(tokens) and tokens[nxt].low in PERSON_NOUNS
    )


def _suffered_injuries(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """The injury trigger of one victim's "(, who) (had) suffered/sustained (serious ...)
    injuries/wounds" right after it (GUIDELINES: a single victim needs no numeral)."""
    tokens = clause.tokens
    k = phrase.last + 1
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low == "who":
        k += 2
        if not relative_injury_at(tokens, k):  # "Ri, who had a gunshot wound to his jaw"
            return None
    elif not suffered_injuries_at(tokens, k):
        return None
    return next((t for t in clause.triggers if t.category == "wounded" and k < t.first <= k + 6),
                None)


def _relative_captivity(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "Mr X, who made a dramatic escape in August after nearly 50 years in captivity, said
    ...": one victim's relative clause, up to its closing comma, tells years in captivity
    (whatever its verb), so the victim was captured."""
    at = captivity_relative(clause.tokens, phrase.last + 1)
    if at < 0 or any(phrase.last < p.first < at for p in clause.phrases):
        return None
    return next((t for t in clause.triggers if t.last == at and t.category == "captured"), None)


PRESUMED_ONLY = re.compile(r"(?:declared|presumed|feared|believed) dead")
FOUND_ALIVE = re.compile(
    r"\b(?:(?:are|were|was|is|be|been) still alive|found alive"
    r"|turned out to be alive|alive and well)\b"
)


def _thing_head(clause: Clause, phrase: NumberPhrase, end: int) -> bool:
    """The figure's noun phrase, up to token `end`, ends on a thing (a vessel, a vehicle, a
    unit) before any person noun: "two North Korean Shark-class submarines" (a unit noun
    inside a name before a person noun is a modifier: "5,300 United States troops")."""
    tokens = clause.tokens
    # casualty-20 (fixp): up to nine words ("two North Korean KN23 short-range ballistic
    # missiles"), ending at the first auxiliary
    for k in range(phrase.last + 1, min(end, phrase.last + 10, len(tokens))):
        tok = tokens[k]
        if tok.low in PERSON_NOUNS or tok.low in AUXILIARIES:
            return False
        if tok.low in UNIT_NOUNS and not _named_unit_modifier(tokens, k):
            return True
        if tok.is_digit and glued(tokens[k - 1], tok) and (tokens[k - 1].is_cap or (
            tokens[k - 1].text == "-" and tokens[k - 2].is_cap
            and glued(tokens[k - 2], tokens[k - 1])
        )):
            continue  # casualty-20 (fixn, fixp): a model name, "two KN23 missiles", "MiG-29"
        if not tok.is_word and not any(c.isalpha() for c in tok.text) and tok.text != "-":
            return False  # "Shark-class" goes on
    return False


def _named_unit_modifier(tokens: list[Token], k: int) -> bool:
    """The unit noun at k ends a capitalised name before a person noun: "United States
    troops" (not "two North Korean Submarines")."""
    return tokens[k].is_cap and tokens[k - 1].is_cap and k + 1 < len(tokens) and (
        tokens[k + 1].low in PERSON_NOUNS
    )


def _crew_size(tokens: list[Token], k: int) -> bool:
    """ "83-man crew", "a 12-member team": the hyphen glue after a figure at k names its
    people."""
    return k + 2 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].low in (
        "man", "member", "strong"
    ) and tokens[k + 2].is_word


# a passive "seized" or "snatched" counts people taken (see _seized_things)
SEIZED_WORDS = frozenset({"seized", "snatched"})
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being)\s+(?:[a-z]+ly\s+)?$")


def _seized_things(clause: Clause, phrase: NumberPhrase) -> bool:
    """A passive "seized" outside a sentence about prisoners or kidnapping counts captives
    only when its figure names people who are not suspects: "485 South Koreans, mostly
    fishermen, were seized", "its 83-man crew was seized" (not "12 rifles were seized", "3
    suspects were seized")."""
    if PRISONER_CONTEXT.search(clause.text) or (
        clause.before is not None and BACK_REFERENCE.search(clause.text)
        and PRISONER_CONTEXT.search(clause.before.lower())
    ):
        return False
    after = clause.tokens[phrase.last + 1 : phrase.last + 5]
    if any(t.low in RELEASED_NOT_TAKEN for t in after):
        return True
    if SEIZED_BY_LAW.search(clause.text, clause.tokens[phrase.last].end):
        return True  # "40 migrants were seized by border guards": an arrest, no capture
    if after and after[0].low in ("others", "other") and clause.before is not None and (
        PRISONER_CONTEXT.search(clause.before.lower())
    ):
        return False  # "Agents kidnapped a fisherman. A dozen others were snatched": more of them
    return not _names_people(clause, phrase)


SEIZED_BY_LAW = re.compile(
    r"\b(?:seized|snatched)\s+(?:[\w'-]+\s+){0,4}?by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:police|policemen"
    r"|officers|border guards?|border police|coast ?guards?|customs|authorities|immigration"
    r"|sheriff'?s? deputies|deputies)\b"
)


def _names_people(clause: Clause, phrase: NumberPhrase) -> bool:
    """A person noun within the figure's noun phrase: "1,140 troops", "4,000 of its men",
    "700 of the 3,000 fighters"."""
    tokens, k, limit = clause.tokens, phrase.last + 1, min(phrase.last + 5, len(clause.tokens))
    if _crew_size(tokens, k):
        k += 2  # "its 83-man crew", "a 12-member crew"
    if phrase.kind == "one" and any(  # "a civil guard": the noun is the phrase's own
        t.low in PERSON_NOUNS for t in tokens[phrase.first + 1 : phrase.last + 1]
    ):
        return True
    if k + 1 < len(tokens) and (tokens[k].low, tokens[k + 1].low) == ("of", "them") and any(
        t.low in PERSON_NOUNS and t.low != "others" for t in tokens[: phrase.first]
    ) and not any(t.low in THING_PLURALS for t in tokens[: phrase.first]):
        return True  # "killed several soldiers and could only capture two of them alive"
    while k < limit:
        tok = tokens[k]
        if k in clause.phrase_at and tokens[k - 1].low in ("of", "the", "and", "or"):
            # the whole of a partitive; a coordinated figure sharing the noun ("lost up to
            # 215 and over 230 soldiers")
            k = clause.phrase_at[k].last + 1
            limit = min(k + 4, len(tokens))
            continue
        if tok.low in PERSON_NOUNS and tok.low != "others":
            return True
        if tok.low in DEMONYM_PLURALS and tok.text[:1].isupper():
            return True  # "485 South Koreans", "17 Japanese"
        if tok.text == "(" and k > phrase.last + 1 and tokens[k - 1].is_cap:
            nk = _skip_parens(clause, k)  # "4,000 DPRK (Democratic People's Republic of
            if nk > 0:  # Korea) soldiers": an acronym's bracketed expansion
                k, limit = nk, min(nk + 2, len(tokens))
                continue
        if not tok.is_word or (
            tok.low in FUNCTION_WORDS and tok.low not in ("of", "its", "their", "the", "and", "or")
        ):
            return False
        k += 1
    return False


def _put_at(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "put rebels killed at 300 and wounded at 700": a trigger with "at" before the figure."""
    k = phrase.first
    if k < 2 or clause.tokens[k - 1].low != "at":
        return None
    end = k - 2
    if clause.tokens[end].text in QUOTE_MARKS and end > 0:
        end -= 1  # 'Early tallies put enemy "KIA" at 12,500'
    trig = next((t for t in clause.triggers if t.last == end), None)
    return trig if trig is not None and "post" in trig.roles else None


def _bracketed_years(clause: Clause, phrase: NumberPhrase) -> bool:
    """A bracketed figure written as a year or a span of years, with no thousands mark."""
    text = clause.raw[clause.tokens[phrase.first].start : clause.tokens[phrase.last].end]
    return "," not in text and all(1800 <= v <= 2100 for v in (phrase.low, phrase.high))


def _label(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "Total killed: 34", "Injured: 112": a trigger word labelling the figure."""
    k = phrase.first - 1
    if k >= 1 and clause.tokens[k].text == "(" and phrase.last + 1 < len(clause.tokens) and (
        clause.tokens[phrase.last + 1].text == ")"
    ):  # "Over half these casualties (73,485) were British": the noun's own figure
        if _bracketed_years(clause, phrase):
            return None  # "listed as MIA from the Korean War (1950-1953)": a span of years
        trig = next((t for t in clause.triggers if t.last == k - 1), None)
        return trig if trig is not None and "post" in trig.roles and (
            trig.text in ("casualties", "deaths", "fatalities", "dead", "losses", "killed",
                          "wounded", "injured", "missing", "prisoners", "hostages")
        ) else None
    if k >= 0 and clause.tokens[k].text != ":":
        return _table_row(clause, phrase)
    if k < 1 or FORECAST_BY.match(clause.text, clause.tokens[phrase.last].end):
        return None  # casualty-20 (fixk): not "war losses: 3 million by spring" (a forecast)
    trig = next((t for t in clause.triggers if t.last == k - 1), None)
    return trig if trig is not None and "post" in trig.roles else None


ROW_NOT_LABEL = words("he she they we i it you his her their our there this that who")


def _table_row(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "Battle Deaths 33,629", "Total Casualties 157,530": a table row that is a title-case
    label ending in a casualty noun, then the figure and nothing else."""
    tokens = clause.tokens
    dash = phrase.first >= 2 and tokens[phrase.first - 1].text in ("-", "–", "—", ":")
    trig = next((t for t in clause.triggers if t.last == phrase.first - 1 - dash), None)
    if trig is None or "post" not in trig.roles:
        return None
    # "..., the deaths are as follows: Civilian fatalities 65 civilians, including 13
    # children": a label after a colon, and the figure's own people after it
    colon = next((j for j in range(trig.first - 1, -1, -1) if tokens[j].text == ":"), -1)
    if trig.first - colon - 1 > 3:
        return None
    rest = tokens[phrase.last + 1 :]
    if any(t.is_word or t.is_digit for t in rest) and not (
        _names_people(clause, phrase) and _row_people_end(clause, phrase)
    ):
        return None
    label = tokens[colon + 1 : trig.last + 1]
    if not all(t.is_word and t.low not in ROW_NOT_LABEL for t in label) or not (
        label[0].text[:1].isupper()
    ):
        return None  # not "He counted deaths 12"
    return trig


HEADING = re.compile(
    r"^\W*(?:[A-Z][\w'-]*\s+(?:[\w'-]+\s+){0,2})?(?P<noun>fatalities|deaths|casualties"
    r"|injuries|injured|wounded|dead|killed|losses)\s*:?\s*$",
    re.IGNORECASE,
)


def _heading_row(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """A statistics release's section heading ("Civilian fatalities" on a line of its own)
    labels the figure opening the next line when that line only names its people ("65
    civilians, including 13 children and three women."; "-40 military personnel:")."""
    if not clause.before or phrase.first > 1 or (
        phrase.first == 1 and clause.tokens[0].text not in ("-", "–", "—", "•", "*")
    ):
        return None
    head = HEADING.match(clause.before)
    if head is None or head.group().count(" ") > 4:
        return None
    if not (_names_people(clause, phrase) and _row_people_end(clause, phrase)):
        return None
    return TOLL_CATEGORY.get(head.group("noun").lower())


def _row_people_end(clause: Clause, phrase: NumberPhrase) -> bool:
    """The figure's people end the row: "65 civilians, including ...", "40 military personnel
    and collaborators:", "12 soldiers." (no verb after them)."""
    tokens = clause.tokens
    for k in range(phrase.last + 1, min(phrase.last + 12, len(tokens))):
        tok = tokens[k]
        if not tok.is_word:
            return tok.text in (",", ":", ".", ";")
        if tok.low in AUXILIARIES or k in clause.trigger_at or k in clause.phrase_at:
            return False
    return phrase.last + 12 >= len(tokens)


BREAKDOWN_MAX = 30


def _colon_breakdown(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "Deaths by province: Kandahar 14, Helmand 22, Kabul 3": items after a casualty noun
    and a colon, each a label word and its figure."""
    tokens, k = clause.tokens, phrase.first
    nxt = tokens[phrase.last + 1].text if phrase.last + 1 < len(tokens) else "."
    if k < 3 or not tokens[k - 1].is_word or tokens[k - 1].low in FUNCTION_WORDS:
        return None
    if nxt not in (",", ";", ".", ")") and tokens[phrase.last + 1].low != "and":
        return None
    for j in range(k - 2, max(k - BREAKDOWN_MAX, 0), -1):
        tok = tokens[j]
        if tok.text == ":":
            trig = next(
                (t for t in clause.triggers if j - 4 <= t.last < j and "post" in t.roles), None
            )
            return trig if trig is not None and trig.category != "captured" else None
        if tok.text in ",;":
            continue
        if j in clause.trigger_at or tok.low in AUXILIARIES or tok.text in CLAUSE_PUNCT:
            return None
        if not (tok.is_word or j in clause.phrase_at or tok.is_digit):
            return None
    return None


PLACE_LIST_NOUNS = words("deaths dead fatalities casualties killed")
PLACE_LIST_REACH = 40


def _place_paren_item(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """casualty-20 (fixn): "The most deaths were recorded in Bashkortostan (5 945) and
    Tatarstan (5 605)": a bare figure alone in brackets after a capitalised place name, in a
    list after a toll noun of the same sentence (no other figure between), is a breakdown item
    of that toll. Ages in brackets are no figures ("Kim (45)")."""
    tokens, k = clause.tokens, phrase.first
    if phrase.kind != "digits" or phrase.first != phrase.core or phrase.low != phrase.high:
        return None
    if k < 3 or tokens[k - 1].text != "(" or phrase.last + 1 >= len(tokens) or (
        tokens[phrase.last + 1].text != ")"
    ):
        return None
    j = k - 2
    while j >= 0 and j >= k - 4 and tokens[j].is_cap and tokens[j].is_word and (
        j not in clause.trigger_at
    ):
        j -= 1  # the place: "Sverdlovsk Oblast", "Tatarstan"
    if j == k - 2 or j < 0 or tokens[j].low in ("(", "'s", "’s"):
        return None
    while j >= 0 and k - j <= PLACE_LIST_REACH:
        if j in clause.trigger_at:
            trig = clause.trigger_at[j]
            ok = trig.text.lower() in PLACE_LIST_NOUNS and trig.category != "captured"
            return trig if ok else None
        if j in clause.phrase_at:
            other = clause.phrase_at[j]
            if not (other.first > 0 and tokens[other.first - 1].text == "("):
                return None  # another figure between: not a list of this toll's items
        if tokens[j].text in (".", ";", ":", '"', "“", "”") or tokens[j].low in NEGATIONS:
            return None
        j -= 1
    return None


COLON_COPULAS = frozenset({"were", "are", "was", "is", "include", "included", "includes"})
COLON_LIST_REACH = 60


def _colon_list_item(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "THOSE INJURED BY THE SHOCK WAVE WERE: AN UNIDENTIFIED TAXI DRIVER; X, A BAKER ...; AND
    Y", "THE DEAD WERE: TWO POLICEMEN; A TEACHER": an item of a list after a casualty word, a
    copula and a colon takes the casualty word's category. The item opens the list or follows
    a semicolon (items hold commas of their own); "victims" names no category."""
    tokens, k = clause.tokens, phrase.first
    if phrase.kind != "one" and not _names_people(clause, phrase):
        return None
    j = k - 1
    if j >= 0 and tokens[j].low == "and":
        j -= 1
    if j < 0 or tokens[j].text not in (":", ";"):
        return None
    while j >= 0 and tokens[j].text != ":" and tokens[j].low not in INCLUDE_VERBS:
        if k - j > COLON_LIST_REACH or tokens[j].text in ("(", ")", '"', "“", "”"):
            return None  # back over earlier items to the colon or "include"
        j -= 1
    if j >= 1 and tokens[j].low in INCLUDE_VERBS:
        j += 1  # "THE WOUNDED INCLUDE ...; PERHAPS FIVE TRAFFIC POLICEMEN; AND A SOLDIER"
    elif j < 2 or tokens[j - 1].low not in COLON_COPULAS:
        return None
    trig = next((t for t in clause.triggers if j - 9 <= t.last < j - 1 and "post" in t.roles
                 and t.category not in ("casualties", "captured")), None)
    if trig is None or any(m in clause.phrase_at for m in range(trig.last + 1, j)):
        return None
    return trig


# --- post: "6,000 casualties", "three dead", "4 Others Injured" ---------------------------


def _mixed_captives(clause: Clause, trig: Trigger) -> bool:
    """A captive noun joined to other people who were not taken ("60 former prisoners and
    guards"): the figure counts both (casualty-20)."""
    tokens, k = clause.tokens, trig.last + 1
    return k + 1 < len(tokens) and tokens[k].low in ("and", "or") and (
        tokens[k + 1].low in PERSON_NOUNS and k + 1 not in clause.trigger_at
    )


PLURAL_REMAINS = re.compile(r"(?:boxes|sets|cases|coffins|caskets|bodies|corpses)\b")


def _post(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    tokens = clause.tokens
    begin, limit = phrase.last + 1, min(phrase.last + 2 + MAX_POST_GAP, len(tokens))
    if _quoted(tokens, phrase):
        begin, limit = begin + 1, min(limit + 1, len(tokens))  # 'suffered "dozens" of losses'
    if phrase.kind == "one" and marked_name_at(tokens, begin) and begin + 1 in clause.trigger_at:
        return clause.trigger_at[begin + 1]  # "Lee Dong-su (WIA)": the roll marker
    if begin < len(tokens) and tokens[begin].text == "(":
        begin = _skip_parens(clause, begin)
        if begin < 0 or begin >= len(tokens):
            return None
        limit = min(begin + 1 + MAX_POST_GAP, len(tokens))
    for k in range(begin, limit):
        if k > begin and _new_noun_phrase(clause, k):
            return None  # "A reporter saw the bodies", "a merchant ship left two dead": a verb
        trig = clause.trigger_at.get(k)
        if trig is not None:
            if _post_vetoed(clause, phrase, trig, begin, k):
                return None
            return _post_trigger(clause, phrase, trig, k)
        tok = tokens[k]
        if initial_stop(tokens, k):
            continue  # "900 S. Korean casualties"
        if _opens_quote(tokens, k) and (k + 1 in clause.trigger_at or (
            k + 2 in clause.trigger_at and tokens[k + 1].is_word
            and tokens[k + 1].low not in FUNCTION_WORDS
        )):
            limit = min(limit + 1, len(tokens))
            continue  # 'killed 16 Ukrainian "prisoners of war"': a scare-quoted noun (also
            # "caused 40 'human casualties'", casualty-20)
        if tok.low in ("and", "or") and k > begin and k + 2 < len(tokens) and (
            tokens[k + 1].is_word
        ) and (
            tokens[k + 1].low not in FUNCTION_WORDS and k + 2 in clause.trigger_at
            and tokens[k - 1].low not in PERSON_NOUNS
        ):
            continue  # "five military and rebel deaths", "several charred or mutilated bodies"
        if tok.low == "these" and tokens[k - 1].low == "of":
            continue  # "1,000 of these casualties" like "of the"
        if tok.low == "of" and k > begin and tokens[k - 1].low in KIN_OF_NOUNS:
            return None  # casualty-20 (fixn): "about 100 relatives of missing passengers",
            # "40 families of the dead": the kin are no victims
        if tok.low in POST_CAUSE_WORDS:
            return None  # casualty-20 (fixk): "thousands of additional soldiers following
            # battlefield casualties": the casualties are the cause, not these people
        if not tok.is_word or (tok.low in FUNCTION_WORDS and tok.low not in POST_FILLERS):
            return None
        if tok.low in AUXILIARIES or tok.low in SUFFERING_VERBS:
            return None  # "two brigades suffered losses": a verb, the predicate decides
    return None


def _post_vetoed(clause: Clause, phrase: NumberPhrase, trig: Trigger, begin: int, k: int) -> bool:
    """A casualty word at k after the figure that is not the figure's own."""
    tokens = clause.tokens
    if trig.text.lower() in SINGULAR_TOLL_NOUNS and (phrase.low != 1 or phrase.high != 1):
        return True  # "one known casualty", never "two death threats"
    if phrase.kind == "one" and phrase.first == phrase.last and (
        trig.text.lower() in PLURAL_TOLL_NOUNS and k == begin
    ):
        return True  # "Civilian fatalities" (a heading), "soldier deaths": a modifier
    if k > begin and PLURAL_REMAINS.match(trig.text) and (
        phrase.kind == "one" and phrase.high == 1
        or any(t.low in PERSON_NOUNS for t in tokens[begin:k]) and _verb_before(tokens, k)
    ):
        return True  # "a U.N. honor guard carry boxes containing the remains", "Two
        # villagers found bodies": people do not count bodies; a verb stands between
    if _finite_part_predicate(clause, phrase, trig):
        return True  # "Two of the 40 miners have died": the part's predicate
    if trig.category == "captured" and _mixed_captives(clause, trig):
        return True  # "interviews with 60 former prisoners and guards": not all taken
    if trig.category == "captured" and _counted_captive_part(clause, phrase, trig):
        return True  # "One of the two prisoners had previously expressed ...": the two
    if _other_subject_fate(clause, phrase, trig):
        return True  # "Mayor Greets Families Of Miners Killed": the miners' fate
    # casualty-20 (fixk): "18 Ukrainian drones shot down": things
    return trig.category == "casualties" and bool(SHOT_WORDS.match(trig.text.lower())) and (
        _thing_head(clause, phrase, k)
    )


def _post_trigger(clause: Clause, phrase: NumberPhrase, trig: Trigger, k: int) -> Trigger | None:
    """The figure's own trigger given the casualty word at k after it: that word, a fate after
    it, or none when it is a verb."""
    tokens = clause.tokens
    # "60 wounded people", "two critically injured miners": an adjective
    adverbs = all(  # 'said "several" wounded soldiers': the quote closes the figure
        t.low.endswith("ly") for t in tokens[phrase.last + 1 + _quoted(tokens, phrase) : k]
    )
    adjective = adverbs and _person_follows(clause, trig)
    whole = adjective and _partitive_whole(clause, phrase)  # "Two of the 40 injured
    died = clause.trigger_at.get(trig.last + 2) if adjective and not whole else None
    if died is not None and died.category == "killed" and "pred" in died.roles:
        return died  # "two injured passengers died in hospital"
    if trig.category == "wounded" and k >= 2 and (
        tokens[k - 2].low, tokens[k - 1].low
    ) == ("of", "the"):
        died = _later_death(clause, trig.last + 1)
        if died is not None:
            return died  # "one of the injured later died": the part died (GUIDELINES)
    if trig.category == "casualties" and k >= 2 and tokens[k - 2].low == "of" and (
        tokens[k - 1].low in PARTITIVE_SETS
    ):
        fate = _part_fate(clause, trig.last + 1)
        if fate is not None:
            return fate  # "1,000 of these casualties were killed": the part's fate
    noun = clause.trigger_at.get(trig.last + 1) if adjective else None
    if noun is not None and "post" not in trig.roles and "post" in noun.roles:
        return noun  # "the 58 freed hostages", "30 released prisoners"
    # "Five of the injured passengers": after an article the trigger is no verb
    verb = not adjective and tokens[k - 1].low not in ("the", "its", "their") and (
        _starts_object(clause, trig)
    )
    ok = "post" in trig.roles and trig.text not in ("wounds", "wound") and not verb
    return trig if ok and not _of_things(clause, trig) else None


# casualty-20 (fixn): kin of the victims, counted by a figure before "of"
KIN_OF_NOUNS = frozenset(
    {"relatives", "families", "parents", "mothers", "fathers", "widows", "wives", "husbands",
     "friends", "kin", "relations", "siblings", "sons", "daughters", "kinsmen"}
)
# casualty-20 (fixk): a cause or circumstance between a figure and a casualty noun
POST_CAUSE_WORDS = frozenset(
    {"following", "amid", "amidst", "despite", "due", "owing", "because", "preceding",
     "causing", "inflicting", "replacing", "replace", "offsetting"}
)


def _restated_count(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "Our people are back, 207 of them", "The rebels were all killed, 40 of them": a
    sentence's first figure, told after its predicate's comma as ", N of them" that ends the
    clause, counts the subject and takes the predicate's category."""
    tokens = clause.tokens
    k, end = phrase.first, phrase.last + 3
    if k < 2 or tokens[k - 1].text != "," or end > len(tokens) or (
        [t.low for t in tokens[phrase.last + 1 : end]] != ["of", "them"]
    ):
        return None
    if end < len(tokens) and tokens[end].is_word:
        return None  # "12 of them children": a part described, not the whole restated
    trig = next((t for t in clause.triggers if t.last == k - 2), None)
    if trig is None or "pred" not in trig.roles or any(
        p.first < phrase.first for p in clause.phrases
    ):
        return None
    return trig


def _counted_captive_part(clause: Clause, phrase: NumberPhrase, trig: Trigger) -> bool:
    """ "One of the two prisoners had previously expressed the same wish": a bare "one" of a
    whole whose own figure counts the captives, with no appositive naming it (", a sniper
    surnamed Ri,": GUIDELINES, a named victim in a group) and no fate of its own later in the
    sentence, only points back at one of the counted people (casualty-20, fixg; "one of the
    captured soldiers said", with no figure for the whole, stays captured 1: settled)."""
    tokens = clause.tokens
    k = phrase.last + 1
    if phrase.first != phrase.last or tokens[phrase.first].low != "one" or k + 2 >= len(tokens):
        return False
    if tokens[k].low != "of" or tokens[k + 1].low not in ("the", "these", "those"):
        return False
    whole = clause.phrase_at.get(k + 2)
    if whole is None or whole.low == 1 or not whole.last < trig.first <= whole.last + 3:
        return False
    after = trig.last + 1
    if after < len(tokens) and (tokens[after].text in (",", "(") or _dash_at(tokens, after)):
        return False
    return not any(t.first > trig.last for t in clause.triggers)


# casualty-20: after a content word, these open a new noun phrase (the object of a verb)
NEW_NP_OPENERS = frozenset({"the", "its", "their", "his", "her", "our"})


def _new_noun_phrase(clause: Clause, k: int) -> bool:
    """A determiner or another figure at k right after a content word (not a filler such as
    "of", "people", "more"): the content word was a verb and k opens its object, so a
    casualty word further on is not the figure's own ("A reporter saw the bodies of 12 men",
    "An attack on a merchant ship left two people dead")."""
    prev = clause.tokens[k - 1]
    if not prev.is_word or prev.low in FUNCTION_WORDS or prev.low in POST_FILLERS:
        return False
    return clause.tokens[k].low in NEW_NP_OPENERS or k in clause.phrase_at


LATER_DEATH_FILLERS = frozenset(
    {"later", "subsequently", "since", "then", "also", "has", "have", "had", "eventually"}
)


def _later_death(clause: Clause, k: int) -> Trigger | None:
    """A death predicate right after "N of the wounded": "... later died", "has since died"."""
    tokens = clause.tokens
    for j in range(k, min(k + 3, len(tokens))):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            return trig if trig.category == "killed" and "pred" in trig.roles else None
        if tokens[j].low not in LATER_DEATH_FILLERS:
            return None
    return None


# casualty-20: words between "N of the casualties" and the part's own fate
PART_FATE_FILLERS = AUXILIARIES | LATER_DEATH_FILLERS | words(
    "to reported reportedly said believed thought confirmed estimated feared presumed known"
    " being"
)


def _part_of_victims(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    """ "141 of the 179 bodies had been identified", "two of the 30 hostages": a part (not one)
    with no casualty predicate of its own, taken from a whole figure that its own casualty noun
    names, is part of those victims (GUIDELINES: partitives are mentions). casualty-20."""
    tokens, k = clause.tokens, phrase.last + 1
    if k + 1 >= len(tokens) or tokens[k].low != "of":
        return None
    k += 1 + (tokens[k + 1].low in PARTITIVE_SETS)
    whole = clause.phrase_at.get(k)
    if whole is None or phrase.high is None or whole.low is None or phrase.high >= whole.low:
        return None
    if phrase.high == 1:
        return None  # "One of the 12 hostages spoke to reporters": a speaker (casualty-19)
    trig = _post(clause, whole)
    return trig if trig is not None and "post" in trig.roles else None


IRRECOVERABLE = words("irreversible irrecoverable irretrievable")


def _part_fate(clause: Clause, k: int) -> Trigger | None:
    """The part's own predicate right after "N of the/these casualties" (auxiliaries,
    adverbs, "reported to have been" aside): "Approximately 1,000 of these casualties have
    been killed in action" is killed 1,000 (GUIDELINES: each item of a breakdown, partitives
    "1,730 of which were fatalities"). "200 of the casualties were civilians" stays."""
    tokens = clause.tokens
    for j in range(k, min(k + 8, len(tokens))):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            return trig if "pred" in trig.roles and trig.category != "casualties" else None
        if tokens[j].low in IRRECOVERABLE and j > k:
            # "38,000 ..., with nearly 15,000 of these losses being irreversible": the staff
            # term for the dead (the annotators and the texts' own glosses: killed)
            return Trigger(j, j, "killed", frozenset({"pred"}), tokens[j].text)
        if tokens[j].low not in PART_FATE_FILLERS and not (
            tokens[j].is_word and tokens[j].low.endswith("ly")
        ):
            return None
    return None


def initial_stop(tokens: list[Token], k: int) -> bool:
    """The stop after a capital initial: "N." of "N. Korean", "S." of "S. Korean"."""
    prev = tokens[k - 1] if k > 0 else None
    return tokens[k].text == "." and prev is not None and len(prev.text) == 1 and (
        prev.text.isupper() and prev.end == tokens[k].start
    )


OPENING_QUOTES = frozenset({'"', "“", "‘"})


def _opens_quote(tokens: list[Token], k: int) -> bool:
    """An opening quotation mark at k: a curly or double one, or a straight single quote
    glued to the word after it and not to the one before (not "the soldiers' bodies")."""
    tok = tokens[k]
    if tok.text in OPENING_QUOTES:
        return True
    return tok.text == "'" and k > 0 and k + 1 < len(tokens) and glued(tok, tokens[k + 1]) and (
        not glued(tokens[k - 1], tok)
    )

CLOSING_BRACKET = frozenset({"]"})


def _quoted(tokens: list[Token], phrase: NumberPhrase) -> bool:
    """The figure alone is in quotation marks: 'suffered "several hundred" casualties'."""
    return phrase.first > 0 and phrase.last + 1 < len(tokens) and (
        tokens[phrase.first - 1].text in QUOTE_MARKS and tokens[phrase.last + 1].text in QUOTE_MARKS
    )


def _of_things(clause: Clause, trig: Trigger) -> bool:
    """ "two deaths among livestock", "three injuries to horses": the harm is not people's."""
    after = [t.low for t in clause.tokens[trig.last + 1 : trig.last + 4]]
    if not after or after[0] not in ("among", "of", "to"):
        return False
    noun = after[2:3] if after[1:2] == ["the"] else after[1:2]
    return bool(noun) and noun[0] in UNIT_NOUNS


def _person_follows(clause: Clause, trig: Trigger) -> bool:
    """ "60 wounded people", "three dead soldiers", "two wounded North Korean soldiers": the
    trigger is an adjective."""
    tokens, k = clause.tokens, trig.last + 1
    while k < len(tokens) - 1 and k - trig.last <= 3 and tokens[k].is_cap and tokens[k].is_word:
        if tokens[k].low in PERSON_NOUNS:
            return True  # upper-case wire text: "SEVERAL DEAD AND WOUNDED CIVILIANS"
        k += 1
    return k < len(tokens) and tokens[k].low in PERSON_NOUNS


RATE_UNITS = words("day week month year night hour")
DEICTIC_TIMES = words("week month year night morning afternoon evening weekend summer winter")


def _starts_object(clause: Clause, trig: Trigger, any_verb: bool = False) -> bool:
    """A past-tense verb followed by its object is active: "two gunmen killed a guard"."""
    if "active" not in trig.roles and not any_verb:
        return False
    k = trig.last + 1
    if k >= len(clause.tokens):
        return False
    tok = clause.tokens[k]
    if tok.low in MONTHS or tok.low in WEEKDAYS:
        return False
    if k + 1 < len(clause.tokens) and tok.low in ("a", "each", "every", "per") and (
        clause.tokens[k + 1].low in RATE_UNITS
    ):
        return False  # "165 people killed a day": a rate, no object
    if k + 1 < len(clause.tokens) and tok.low in ("this", "last", "that") and (
        clause.tokens[k + 1].low in DEICTIC_TIMES or clause.tokens[k + 1].low in WEEKDAYS
    ):
        return False  # "An official who went missing this week": a time, no object (fixh)
    if k in clause.phrase_at:
        return not _listed(clause, clause.phrase_at[k])
    if tok.is_digit and k + 2 < len(clause.tokens) and clause.tokens[k + 1].low in (
        "days", "weeks", "months", "years", "hours"
    ) and clause.tokens[k + 2].low in ("ago", "earlier", "before", "later"):
        return False  # "A UNION LEADER KILLED 13 DAYS AGO": a time phrase, no object
    # a count that is no figure is an object too ("killed 30,000 chickens")
    return tok.low in OBJECT_STARTS or tok.low in PERSON_NOUNS or tok.is_digit


def _listed(clause: Clause, phrase: NumberPhrase) -> bool:
    """ "23 killed 30 injured": the next figure has its own trigger, so it is a list item."""
    k = phrase.last + 1
    trig = clause.trigger_at.get(k)
    return trig is not None and "post" in trig.roles


# --- pred: "50 soldiers were killed", "Twelve people died" ----------------------------


# Verbs that tell a figure's people came through unharmed: the figure's own predicate, so the
# next conjunct's casualty word is not its ("134 survived and 15 remain missing"); not before
# a person noun ("three escaped prisoners were shot").
# So do survivor states: "there were five alive, eight dead" (the five are no victims).
SURVIVAL_VERBS = frozenset({"survived", "escaped", "fled", "swam", "walked", "alive", "unhurt",
                            "unharmed", "uninjured", "unscathed"})


def _pred(clause: Clause, phrase: NumberPhrase) -> tuple[Trigger, list[NumberPhrase]] | None:
    tokens = clause.tokens
    parts: list[NumberPhrase] = []
    k, seen_aux, in_np = phrase.last + 1, False, True
    if _crew_size(tokens, k):
        k += 2  # "its 83-man crew": the figure counts the crew
    limit = min(len(tokens), phrase.last + 1 + MAX_PRED_GAP)
    while k < limit:
        trig = clause.trigger_at.get(k)
        if trig is not None and k > phrase.last + 1 and tokens[k - 1].low in NEW_NP_OPENERS and (
            _new_noun_phrase(clause, k - 1) and trig.text not in INJURY_NOUNS
        ):
            return None  # "Two medics treated the wounded": the object of another verb
        if trig is not None and k > phrase.last + 1 and PLURAL_REMAINS.match(trig.text) and (
            _verb_before(tokens, k)
        ):
            return None  # "Members of an honor guard carry boxes containing the remains": the
            # object of a verb, so no later casualty word is the figure's (casualty-20)
        if trig is not None and _other_subject_relative(clause, phrase, k):
            return None  # casualty-20 (fixp): "Ukraine's president is offering a swap with
            # soldiers it has captured": the soldiers' captor's verb, past the figure's own
        if trig is not None and in_np and _with_people_lost(clause, phrase, trig):
            return trig, parts  # casualty-20 (fixn): "with over 300 soldiers lost and ..."
        if trig is not None:
            # "three gunmen had killed 5 people": a perfect tense is active, its object follows
            passive = seen_aux and not ("active" in trig.roles and _perfect(tokens, trig.first))
            verdict = _pred_verdict(clause, trig, passive)
            if verdict == "link" and _partitive_owns(clause, phrase.last + 1, trig.first):
                return None  # "100 people attended, four of whom were injured": the four's
            if verdict == "link" and _other_subject_fate(clause, phrase, trig):
                return None  # "Mayor Greets Families Of Miners Killed": the miners' fate
            if verdict == "link" and _kin_of_victims(tokens, phrase.last + 1, trig.first):
                return None  # casualty-20 (fixn): "40 families of the dead met the minister"
            if verdict == "link":
                return trig, parts
            if verdict == "stop":
                return None
            k = trig.last + 1
            continue
        tok = tokens[k]
        if in_np and tok.low in PLACE_ITEM_LEADS and (
            k == phrase.last + 1 or any(p.last == k - 1 for p in parts)
        ) and (place := _place_end(tokens, k)) > 0:
            k = place  # "three in Andong, six in Yeongyang and seven in Yeongdeok died": a
            continue  # bare figure's place (casualty-20)
        if in_np and tok.low in ("in", "aged") and (age := age_phrase_end(tokens, k)) > k:
            k = age  # "Two women in their 60s and a man were hurt"
            continue
        if k in clause.phrase_at:
            other = clause.phrase_at[k]
            if in_np and (_of_complement(clause, other) or _partitive_whole(clause, other)):
                k = other.last + 1  # "Four members of one family ...", "Three of the 300 ..."
                adjective = clause.trigger_at.get(k)
                if adjective is not None and adjective.last + 1 < len(tokens) and (
                    tokens[adjective.last + 1].low in PERSON_NOUNS
                ):
                    k = adjective.last + 1  # "One of the two captured soldiers was shot"
                continue
            if seen_aux and (tokens[k - 1].low == "among" or (
                tokens[k - 1].low == "the" and tokens[k - 2].low == "among"
            )):
                k = other.last + 1  # "... were among 20 people wounded", "among the 12"
                continue
            joined = tokens[k - 1].low in ("and", ",") or (
                tokens[k - 1].low in POSSESSIVE_DETS and tokens[k - 2].low == "and"
            ) or _as_well_as(tokens, k - 3)  # "a father and his two sons"
            if not (in_np and joined) or _singular_subject(tokens, other):
                return None  # "Two deputies returned fire and the gunman was killed": a new
            parts.append(other)  # subject, not "three men and two women ..."
            if other.kind == "one" and phrase.kind == "one":  # a list of long names
                limit = min(len(tokens), max(limit, other.last + 1 + MAX_PRED_GAP))
            k = other.last + 1
            continue
        if in_np and _as_well_as(tokens, k) and k + 3 in clause.phrase_at:
            k += 3  # "11 civilians, including two boys, as well as one soldier, were killed"
            continue
        if tok.text == "," and seen_aux and not _according_aside(tokens, k):
            return None  # "35 were rescued, ..., some of whom were hospitalised": past its verb
        if tok.text == "," and in_np and _opens_predicate(clause, k + 1):
            k += 1  # "Anna Kowalski, 31, of Riverside, died"
            continue
        if tok.text == "," and in_np and k + 2 < len(tokens) and tokens[k + 1].low == "both" and (
            " and " in getattr(clause.trigger_at.get(k + 2), "text", "")
        ):
            k += 2  # casualty-20 (fixn): "76,000 soldiers, both dead and wounded, were lost"
            continue
        if tok.text == "," and (in_np or tokens[k - 1].low == "who") and (
            (aside := _concessive_aside_end(clause, k)) > 0
        ):
            k = aside  # "Three soldiers, although wounded, were
            continue  # captured": the aside is a second fate (see _concessive_hurt)
        if tok.text in (",", "—", "–") and in_np and k + 2 < len(tokens) and (
            tokens[k + 1].low == "who"
        ) and (
            _opens_predicate(clause, k + 2) and _relative_holds_trigger(clause, k + 2)
        ) and (k == phrase.last + 1 or _names_people(clause, phrase)):
            k += 1  # "Two pilots, who were wounded, were rescued": the relative is the figure's
            continue
        if tok.text == "," and in_np and _noun_list_end(tokens, k + 1) > 0:
            k = _noun_list_end(tokens, k + 1)  # "40 men, women and children were"
            continue
        if tok.text == "," and in_np and _list_item_next(clause, k + 1) and (
            _toll(clause, phrase) is None
        ):  # not "Death toll rises to 32, over 150 injured": the toll's figure
            k += 1  # "150 soldiers, 95 civilians, and hundreds of fighters were killed"
            continue
        if tok.text == ",":
            nk = _skip_appositive(clause, k)
            if in_np and 0 < nk + 1 < len(tokens) and tokens[nk].low in ("who", "that") and (
                _opens_predicate(clause, nk + 1)
            ) and _relative_holds_trigger(clause, nk + 1):
                k = nk  # "six priests, five of them Spaniards, who were killed": the relative
                continue  # clause after the aside is the figure's own predicate
            if in_np and 0 < nk < len(tokens) and tokens[nk].low in RELATIVES:
                nk = _skip_long_aside(clause, nk - 1)  # "Antonio Melo, 52, who ..., was"
                limit = min(len(tokens), max(limit, nk + MAX_PRED_GAP))
            elif nk < 0 and in_np:
                nk = _skip_long_aside(clause, k)
                limit = min(len(tokens), max(limit, nk + MAX_PRED_GAP))
            if nk < 0:
                return None
            limit = min(len(tokens), max(limit, nk + APPOSITIVE_MAX))  # room after the aside
            k = nk
            continue
        if in_np and tok.is_digit and tokens[k - 1].text == "," and k + 1 < len(tokens) and (
            tokens[k + 1].text == ","
        ):
            k += 1  # "A neighbour, Antonio Melo, 52, ...": an age between commas
            continue
        if in_np and _dash_at(tokens, k) and _skip_dash_subset(clause, k) > 0:
            k = _skip_dash_subset(clause, k)  # "53 others — including a girl — were wounded"
            continue
        if in_np and _dash_at(tokens, k) and _skip_hedge_aside(clause, k) > 0:
            k = _skip_hedge_aside(clause, k)  # "17 Japanese — possibly many more — who were"
            continue
        if in_np and _dash_at(tokens, k) and _skip_dash_aside(clause, k) > 0:
            k = _skip_dash_aside(clause, k)  # "17 policemen--taken in an attack on the
            limit = min(len(tokens), max(limit, k + MAX_PRED_GAP))  # town--are still held"
            continue
        if tok.text == ")" and k >= 2 and tokens[k - 1].low in ("them", "us") and (
            tokens[k - 2].low == "of" and phrase.first > 0 and tokens[phrase.first - 1].text == "("
        ):
            k += 1  # "most of his platoon (about 40 of them) were killed": a bracketed part
            continue
        if tok.text == "(" and _skip_parens(clause, k) > 0:
            k = _skip_parens(clause, k)  # "Two men (both in their 20s) were wounded"
            continue
        if in_np and (tok.text == "(" or tok.text in DASHES) and _skip_breakdown(clause, k) > 0:
            k = _skip_breakdown(clause, k)  # "14 persons – 13 men and one woman – were found dead"
            continue
        if tok.text in QUOTE_MARKS and in_np and k == phrase.last + 1 and phrase.first > 0 and (
            tokens[phrase.first - 1].text in QUOTE_MARKS
        ) and k + 1 < limit and tokens[k + 1].is_word:
            k += 1  # 'estimating that "several dozen" soldiers have been killed or wounded':
            continue  # the quote closes on the figure itself
        if tok.text in QUOTE_MARKS and in_np and (
            k <= phrase.last + 2 or _quote_opened_in_np(clause, phrase, k)
        ) and k + 1 < limit and tokens[k + 1].is_word and not (
            phrase.first > 0 and tokens[phrase.first - 1].text in QUOTE_MARKS
        ):
            k += 1  # 'two "attackers" had lost their lives', '40 "members of the patrol" died':
            continue  # a quoted noun phrase after the figure
        if tok.text in QUOTE_MARKS and k + 1 < limit and (
            tokens[k + 1].low in AUXILIARIES or k + 1 in clause.trigger_at or (
                tokens[k + 1].low.endswith("ly") and k + 2 in clause.trigger_at
            )  # 'were "seriously injured"'
        ):
            k += 1  # 'Ten people "were killed instantly"': a quoted predicate
            continue
        if tok.text == "[" and in_np:
            close = words_closed_by(tokens, k, CLOSING_BRACKET, 6)
            if close > 0:
                k = close + 1  # "two million [North Koreans] died": an editor's insertion
                continue  # naming the figure's people (casualty-20)
        if in_np and tok.low == "including" and k > phrase.last + 1 and (
            _bare_subset_end(clause, k) > 0
        ):
            k = _bare_subset_end(clause, k)  # casualty-20 (fixn): "18 people including four
            limit = min(len(tokens), max(limit, k + MAX_PRED_GAP))  # children were injured"
            continue
        if _ends_clause(tokens, k):
            return None
        if tok.low == "that" and k > phrase.last + 2 and tokens[k - 1].low in COMPLEMENT_VERBS:
            return None  # casualty-20 (fixp): "two soldiers who revealed that the army has
            # suffered heavy casualties": a reported clause with its own subject
        if tok.low == "and" and k > phrase.last + 1 and _counted_things_next(tokens, k + 1):
            return None  # "A gunman opened fire and two homes were hit": the homes' verb
        if in_np and tok.low in SURVIVAL_VERBS and not (
            k + 1 < len(tokens) and tokens[k + 1].low in PERSON_NOUNS
        ):
            return None  # "38 were killed, 134 survived and 15 remain missing": its own verb
        if tok.low in AUXILIARIES or _is_modal(tokens, k):
            seen_aux, in_np = True, False
        elif not (tok.is_word and (tok.is_cap or tok.low not in FUNCTION_WORDS)):
            in_np = in_np and tok.low in (
                "and", "of", "from", "other", "more", "the", "their", "its", "his", "her",
                "our", "my",
            )  # "seven more civilians and five soldiers had been killed"
        k += 1
    return None


# casualty-20 (fixp): verbs whose "that" opens a clause of its own (see _pred)
COMPLEMENT_VERBS = words(
    """revealed reveal reveals admitted admit admits indicated indicate indicates showed shown
    show shows noted note notes warned warn warns insisted insist insists alleged allege alleges
    denied deny denies acknowledged acknowledge acknowledges disclosed disclose discloses
    suggested suggest suggests testified testify learned learnt knew know feared fear hoped
    thought think asserted argued argue recalled recall realized realised discovered"""
)


def _other_subject_relative(clause: Clause, phrase: NumberPhrase, k: int) -> bool:
    """casualty-20 (fixp): the trigger at k opens a reduced relative with a pronoun subject
    ("soldiers it has captured", "the men they had seized") after the figure's own verb: an
    auxiliary stands between the figure and that relative, so the trigger is no predicate of
    the figure ("Three men they had kidnapped were freed" keeps its path: no verb before)."""
    tokens = clause.tokens
    j = k - 1
    while j > phrase.last and (tokens[j].low in AUXILIARIES or tokens[j].low.endswith("ly")):
        j -= 1
    if j <= phrase.last + 1 or tokens[j].low not in SUBJECT_PRONOUNS or not (
        tokens[j - 1].is_word and tokens[j - 1].low not in FUNCTION_WORDS
    ):
        return False
    return any(t.low in AUXILIARIES for t in tokens[phrase.last + 1 : j - 1])


OTHER_VERBS_IRREGULAR = words(
    "met meets meet told tells tell said says say saw sees see hugged hugs thanked thanks"
)


LOST_AFTER = frozenset({"and", ",", ".", ";", "in", "during", "on", "at", "since"})


def _with_people_lost(clause: Clause, phrase: NumberPhrase, trig: Trigger) -> bool:
    """casualty-20 (fixn): "with over 32,000 Americans lost and many more wounded": in a
    verbless "with" phrase, "lost" right after the figure's person noun is a passive participle
    (casualties, GUIDELINES' "lost N soldiers"), not "32,000 Americans lost their jobs"."""
    tokens, k = clause.tokens, trig.first
    if trig.text != "lost" or phrase.first == 0 or tokens[phrase.first - 1].low != "with":
        return False
    if k - 1 <= phrase.last or tokens[k - 1].low not in PERSON_NOUNS:
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].low in LOST_AFTER


def _bare_subset_end(clause: Clause, k: int) -> int:
    """casualty-20 (fixn): the end of an "including" subset with no commas around it, after
    a figure's people and before their verb ("18 people including four children were
    injured"; "... including two officers and a medic were killed"): the index of the
    auxiliary or casualty verb after the subset's person noun, or -1."""
    tokens = clause.tokens
    j = k + 1
    for _ in range(3):  # up to three items joined by "and"
        sub = clause.phrase_at.get(j)
        if sub is None:
            return -1
        j = sub.last + 1
        while j < len(tokens) and j - sub.last <= 4 and tokens[j].is_word and (
            tokens[j].low not in AUXILIARIES and j not in clause.trigger_at
            and tokens[j].low not in ("and", "or")
        ):
            j += 1
        head = j - 1
        while head > sub.last and tokens[head].low.endswith("ly"):
            head -= 1  # "... including two officers reportedly died"
        if j >= len(tokens) or not (sub.kind == "one" or tokens[head].low in PERSON_NOUNS):
            return -1
        if tokens[j].low == "and" and j + 1 in clause.phrase_at:
            j += 1
            continue
        break
    return j if tokens[j].low in AUXILIARIES or j in clause.trigger_at else -1


def _kin_of_victims(tokens: list[Token], lo: int, at: int) -> bool:
    """casualty-20 (fixn): the casualty word at `at` stands in the "of" complement of a kin
    noun after the figure ("40 families of the dead", "100 relatives of missing passengers"):
    the figure counts the kin (not "40 relatives of the mayor were killed": a verb between)."""
    for j in range(max(lo, at - 4), at):
        if tokens[j].low == "of" and j > lo and tokens[j - 1].low in KIN_OF_NOUNS:
            return not any(t.low in AUXILIARIES or not t.is_word for t in tokens[j + 1 : at])
    return False


def _verb_after_head(tok: Token) -> bool:
    """A word right after a single victim's noun that reads as that noun's own verb: "Mayor
    Greets", "a nurse treated", "Widow Recalls" (no person noun, function word or auxiliary)."""
    low = tok.low
    if low in OTHER_VERBS_IRREGULAR:
        return True
    if not tok.is_word or low in FUNCTION_WORDS or low in AUXILIARIES or low in PERSON_NOUNS:
        return False
    return low not in DEMONYM_PLURALS and len(low) > 3 and (
        (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or low.endswith("ed")
    )


def _other_subject_fate(clause: Clause, phrase: NumberPhrase, trig: Trigger) -> bool:
    """A single victim found without a numeral ("Mayor", "a nurse") followed by its own verb,
    with another person noun right before the fate ("Mayor Greets Families Of Miners Killed
    In Blast", "A nurse treated children injured in the quake") or right after a fate adjective
    ("Governor Meets Relatives Of Missing Sailors"): the fate is that noun's, and the first
    noun is the subject of another verb (casualty-20, fixh)."""
    tokens = clause.tokens
    k = phrase.last + 1
    if phrase.kind != "one" or k >= trig.first - 1 or not _verb_after_head(tokens[k]):
        return False
    if k in clause.trigger_at:
        return False
    j = trig.first - 1
    while j > k + 1 and (tokens[j].low in AUXILIARIES or tokens[j].low.endswith("ly")):
        j -= 1  # "Mother Says Son Was Shot", "saw children who were badly hurt"
    if tokens[j].low in PERSON_NOUNS:
        return True
    return trig.last + 1 < len(tokens) and tokens[trig.last + 1].low in PERSON_NOUNS


def _verb_before(tokens: list[Token], k: int) -> bool:
    """The word before k is a bare content word (no function word, person noun, possessive or
    -ly adverb): a verb whose object starts at k."""
    prev = tokens[k - 1]
    return prev.is_word and not prev.is_cap and prev.low not in FUNCTION_WORDS and (
        prev.low not in PERSON_NOUNS and not prev.low.endswith(("'s", "’s", "s'", "ly"))
        and prev.low not in AUXILIARIES
    )


def _as_well_as(tokens: list[Token], k: int) -> bool:
    """ "as well as" starts at token k: a conjunct of a subject like "and"."""
    return k >= 0 and [t.low for t in tokens[k : k + 3]] == ["as", "well", "as"]


def _singular_subject(tokens: list[Token], other: NumberPhrase) -> bool:
    """A figure after "and" whose own verb is singular ("and the man was declared dead") opens
    a new clause: coordinated subjects take a plural verb ("a man and the driver were")."""
    k = other.last + 1
    return other.low == 1 and k < len(tokens) and tokens[k].low in ("was", "is", "has")


def _counted_things_next(tokens: list[Token], k: int) -> bool:
    """A count of things opens a new subject at k ("and two homes were hit", "and 3 parked
    cars"): a figure the number finder dropped as no people, before a plural thing noun."""
    if k + 1 >= len(tokens) or not (tokens[k].is_digit or tokens[k].low in UNITS):
        return False
    j = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].low.endswith("ed"))  # "two parked cars"
    return tokens[j].low in THING_PLURALS or tokens[j].low in UNIT_NOUNS


def _quote_opened_in_np(clause: Clause, phrase: NumberPhrase, k: int) -> bool:
    """A quote mark right after the figure opens the quoted noun phrase closed at k."""
    return any(
        clause.tokens[j].text in QUOTE_MARKS
        for j in range(phrase.last + 1, min(k, phrase.last + 3))
    )


def _noun_list_end(tokens: list[Token], k: int) -> int:
    """The token after a list of bare person nouns at k closed by and/or ("women and
    children" after "men,"), or -1."""
    j, closed = k, False
    while j < len(tokens) and j - k < 8:
        low = tokens[j].low
        if low in PERSON_NOUNS and low != "others":
            j += 1
            if closed:
                return j
            continue
        if low in ("and", "or") and j > k:
            closed = True
        elif low != "," or j == k:
            return -1
        j += 1
    return -1


def _perfect(tokens: list[Token], k: int) -> bool:
    """ "had killed", "have reportedly captured": has/have/had right before the verb (adverbs
    between), with no "been"."""
    k -= 1
    while k >= 0 and tokens[k].low.endswith("ly") and tokens[k].low not in ("only",):
        k -= 1
    return k >= 0 and tokens[k].low in ("has", "have", "had", "'ve", "'d")


def _partitive_owns(clause: Clause, lo: int, hi: int) -> bool:
    """A partitive relative between a figure and a predicate owns the predicate: "over a
    hundred attended the party, four of whom were injured"; "35 were rescued, some of whom
    were hospitalised". A whole ("all of whom", "both of whom") and an aside closed by a
    comma ("Four men, two of whom were brothers, were killed") leave it to the figure."""
    tokens = clause.tokens
    for k in range(lo + 1, hi - 1):
        if tokens[k].low == "of" and tokens[k + 1].low in ("whom", "which"):
            if tokens[k - 1].low in WHOLE_QUANTIFIERS:
                return False
            return not any(t.text == "," or t.text in CLAUSE_PUNCT for t in tokens[k + 2 : hi])
    return False


def _according_aside(tokens: list[Token], k: int) -> bool:
    """ "One child was, according to the fire service, among the dead"."""
    return k + 2 < len(tokens) and (tokens[k + 1].low, tokens[k + 2].low) == ("according", "to")


def _list_item_next(clause: Clause, k: int) -> bool:
    """A list's next figure after a comma: ", 95 civilians", ", and hundreds of ..."."""
    tokens = clause.tokens
    if fronted_of(tokens):
        return False  # "Of the 40 passengers, 12 ...": a fronted partitive
    if k < len(tokens) and tokens[k].low == "and":
        k += 1
    phrase = clause.phrase_at.get(k)
    if phrase is None:
        return False
    if phrase.kind == "one":
        # ", a paramedic and three bystanders were injured": a list going on to a figure;
        # not an appositive ("Two people, a man and his son, remain missing")
        j = phrase.last + 1
        j += j < len(tokens) and tokens[j].text == ","
        j += j < len(tokens) and tokens[j].low == "and"
        later = clause.phrase_at.get(j) if j > phrase.last + 1 else None
        return phrase.head is not None and later is not None and later.kind != "one"
    after = tokens[phrase.last + 1 : phrase.last + 3]
    if after and after[0].is_digit:
        return False  # ", one 22 and another 23,": ages
    return not (len(after) == 2 and after[0].low == "of" and after[1].low in PARTITIVE_DETS)


def _pred_verdict(clause: Clause, trig: Trigger, seen_aux: bool) -> str:
    if "pred" not in trig.roles and "post" in trig.roles and trig.first > 0 and (
        clause.tokens[trig.first - 1].low in COPULAS or trig.first > 1
        and clause.tokens[trig.first - 1].low == "as"
        and clause.tokens[trig.first - 2].low in AS_COPULAS or trig.first > 1
        and clause.tokens[trig.first - 1].low in PREDICATE_NOUN_MODIFIERS
        and clause.tokens[trig.first - 2].low in COPULAS
    ) and trig.text in PREDICATE_NOUNS:
        return "link"  # "4,000 have become casualties", "4,700 troops were casualties"
    if trig.text in ("casualties", "losses") and any(
        t.low in SUFFERING_VERBS for t in clause.tokens[max(trig.first - 3, 0) : trig.first]
    ):
        return "link"  # "4,000 have suffered battlefield casualties"
    if seen_aux and "post" in trig.roles and trig.text in AMONG_NOUNS and trig.first > 1 and (
        [t.low for t in clause.tokens[trig.first - 2 : trig.first]] == ["among", "the"]
    ):
        return "link"  # "three militiamen and a trader were also among the casualties"
    if trig.text in EVENT_NOUNS and trig.first > 0 and (
        _event_determiner(clause.tokens[trig.first - 1])
    ):
        return "skip"  # "A man injured in Saturday's shooting has died": the event, no verb
    if "pred" not in trig.roles:
        return "stop" if "active" in trig.roles or "toll" in trig.roles else "skip"
    if trig.text in INJURY_NOUNS:
        start = max(trig.first - 4, 0)
        hedge = _apparent_hedge(clause.tokens, start, trig.first)
        if hedge >= 0:
            start = max(hedge - 3, 0)  # "with what appeared to be a gunshot wound"
        window = clause.tokens[start : trig.first]
        lead = {t.low for t in window}
        if lead & INJURY_LEADS <= {"have", "has"} and any(  # "reported to have a leg injury"
            t.low == "to" and nxt.low in ("have", "has")
            for t, nxt in zip(window, window[1:], strict=False)
        ):
            return "skip"
        return "link" if lead & INJURY_LEADS else "skip"
    if not seen_aux and _starts_object(clause, trig, any_verb=True):
        return "stop"
    return "link"


APPARENT_VERBS = words("appeared appears appear seemed seems seem looked looks")


def _apparent_hedge(tokens: list[Token], lo: int, hi: int) -> int:
    """Index of "what" in "what appeared/seemed to be" ending just before an injury noun
    ("with what appeared to be a gunshot wound"), or -1."""
    for j in range(max(lo - 5, 0), hi):
        if tokens[j].low == "what" and [t.low for t in tokens[j + 2 : j + 4]] == ["to", "be"] and (
            j + 1 < hi and tokens[j + 1].low in APPARENT_VERBS
        ) and hi - (j + 4) <= 4:
            return j
    return -1


EVENT_NOUNS = words("shooting shootings stabbing stabbings")
# casualty nouns a copula may put people "among": "were among the casualties / fatalities"
AMONG_NOUNS = words("casualties fatalities deaths losses")


def _event_determiner(tok: Token) -> bool:
    """ "a/the/that shooting", "Saturday's shooting": the word names the event."""
    return tok.low in ("a", "an", "the", "this", "that", "another") or tok.low.endswith(
        ("'s", "’s")
    )


def _ends_clause(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.text in CLAUSE_PUNCT or tok.low in SUBORDINATORS:
        return True
    if tok.low in REPORT_VERBS and not (tok.is_cap and k > 0):  # not "the United States"
        if [t.low for t in tokens[k + 1 : k + 3]] in (["to", "have"], ["to", "be"]):
            return False  # "with thousands of soldiers believed to have perished": raising
        lead = {t.low for t in tokens[max(k - 2, 0) : k]}
        return not lead & AUXILIARIES
    return False


def _relative_holds_trigger(clause: Clause, k: int) -> bool:
    """ "..., who were killed": the relative clause from k to its comma holds a casualty
    word; "..., who were inside the car, were killed" is an aside before the predicate."""
    for j in range(k, len(clause.tokens)):
        if clause.tokens[j].text == "," or clause.tokens[j].text in CLAUSE_PUNCT:
            return False
        if j in clause.trigger_at:
            return True
    return False


def _opens_predicate(clause: Clause, k: int) -> bool:
    if k >= len(clause.tokens):
        return False
    trig = clause.trigger_at.get(k)
    return clause.tokens[k].low in AUXILIARIES or clause.tokens[k].low in (
        "became", "become", "becomes"
    ) or (trig is not None and "pred" in trig.roles)


def _skip_appositive(clause: Clause, k: int) -> int:
    """Index after ", all in their 20s," or -1 when the comma ends the clause."""
    tokens = clause.tokens
    if k + 2 < len(tokens) and (tokens[k + 1].low, tokens[k + 2].low) == ("according", "to"):
        # "At least 26 people, according to Belgian officials, have been killed"
        stop = min(k + 14, len(tokens))
        close = next((j for j in range(k + 3, stop) if tokens[j].text == ","), -1)
        return close + 1 if close > 0 else -1
    said = _reporting_aside(tokens, k)
    nxt = said + 1 if 0 < said < len(tokens) and tokens[said].text in QUOTE_MARKS else said
    if said > 0 and _opens_predicate(clause, nxt):
        return said  # "Ten people, officials said, were killed"
    partitive = _partitive_aside_end(clause, k)
    if partitive > 0:
        return partitive  # "Two men, one of whom later died, were shot": the part's own
    restated = _proportion_aside_end(clause, k)
    if restated > 0:
        return restated  # "3,000 troops, or about a quarter of the force, were killed"
    # ", including four police officers," names a subset, so its figure does not block
    subset = k + 1 < len(tokens) and tokens[k + 1].low in SUBSET_MARKERS
    for j in range(k + 1, min(k + 2 + APPOSITIVE_MAX, len(tokens))):
        if tokens[j].text == ",":
            return j + 1 if j > k + 1 else -1
        blocker = j in clause.trigger_at or j in clause.phrase_at or _ends_clause(tokens, j)
        inner = j in clause.phrase_at and (
            clause.phrase_at[j].kind == "one" or subset or tokens[j].low == "one"
        )  # ", one 22 and another 23,": one of them, an age
        if blocker and not inner:
            return -1
        if tokens[j].low in AUXILIARIES:
            return -1
    return -1


PROPORTION_WORDS = words(
    """quarter quarters third thirds half fifth fifths tenth tenths percent per cent
    %"""
)


def _proportion_aside_end(clause: Clause, k: int) -> int:
    """Index after ", or (about) a quarter of the forces sent to Russia," (an "or" aside that
    restates the figure as a share of a whole), or -1: the predicate after it is the
    figure's (casualty-20). The aside holds no trigger and must reach a predicate."""
    tokens = clause.tokens
    if k + 2 >= len(tokens) or tokens[k + 1].low != "or":
        return -1
    share = next((j for j in range(k + 2, min(k + 7, len(tokens)))
                  if tokens[j].low in PROPORTION_WORDS), -1)
    if share < 0 or share + 1 >= len(tokens) or tokens[share + 1].low != "of":
        return -1
    for j in range(share + 2, min(share + 2 + LONG_ASIDE_MAX, len(tokens))):
        if tokens[j].text == ",":
            return j + 1 if _opens_predicate(clause, j + 1) else -1
        if j in clause.trigger_at or tokens[j].text in CLAUSE_PUNCT:
            return -1
    return -1


def _partitive_aside_end(clause: Clause, k: int) -> int:
    """Index after a partitive relative aside with its own predicate (", one of whom later
    died," / ", two of them critically,"), or -1. The aside's figure links on its own."""
    tokens = clause.tokens
    part = clause.phrase_at.get(k + 1)
    if part is None:
        return -1
    j = part.last + 1
    if j + 1 >= len(tokens) or tokens[j].low != "of" or tokens[j + 1].low not in ("whom", "them"):
        return -1
    for n in range(j + 2, min(j + 2 + APPOSITIVE_MAX, len(tokens))):
        if tokens[n].text == ",":
            return n + 1
        if tokens[n].text in CLAUSE_PUNCT or n in clause.phrase_at:
            return -1
    return -1


def _reporting_aside(tokens: list[Token], k: int) -> int:
    """Index after ", officials said," / ", police told reporters," (a source of at most
    five words with a reporting verb, between commas), or -1."""
    for j in range(k + 1, min(k + 8, len(tokens))):
        if tokens[j].text == ",":
            words = tokens[k + 1 : j]
            said = any(t.low in REPORT_VERBS for t in words[1:])
            return j + 1 if 2 <= len(words) <= 6 and said else -1
        if not tokens[j].is_word:
            return -1
    return -1


DASHES = frozenset({"—", "–"})


def _skip_dash_subset(clause: Clause, k: int) -> int:
    """Index after a dash-enclosed subset ("— including a 10-year-old girl —", wire copy's
    typed "--INCLUDING 2 COLOMBIANS--") holding no trigger, or -1."""
    tokens = clause.tokens
    width = _dash_at(tokens, k)
    if not width or k + width >= len(tokens) or tokens[k + width].low not in SUBSET_MARKERS:
        return -1
    for j in range(k + width + 1, min(k + width + 1 + APPOSITIVE_MAX, len(tokens))):
        if _dash_at(tokens, j):
            return j + _dash_at(tokens, j)
        if j in clause.trigger_at or tokens[j].text in CLAUSE_PUNCT:
            return -1
    return -1


def _dash_at(tokens: list[Token], k: int) -> int:
    """Length of the dash at token k: 1 for an em/en dash, 2 for a typed "--", else 0."""
    if tokens[k].text in DASHES:
        return 1
    typed = tokens[k].text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-"
    return 2 if typed and tokens[k].end == tokens[k + 1].start else 0


def _skip_dash_aside(clause: Clause, k: int) -> int:
    """Index after a dash-enclosed aside ("--taken by the rebels during an attack on 5
    October--", wire copy) holding no trigger and no figure, before a predicate."""
    tokens = clause.tokens
    j = k + _dash_at(tokens, k)
    stop = min(j + LONG_ASIDE_MAX, len(tokens))
    while j < stop:
        width = _dash_at(tokens, j)
        if width:
            nxt = j + width
            return nxt if _opens_predicate(clause, nxt) else -1
        partitive = j in clause.phrase_at and j == k + _dash_at(tokens, k) and tuple(
            t.low for t in tokens[clause.phrase_at[j].last + 1 : clause.phrase_at[j].last + 3]
        ) in (("of", "them"), ("of", "whom"))  # "-- two of them brothers --"
        if j in clause.trigger_at or tokens[j].text in CLAUSE_PUNCT or (
            j in clause.phrase_at and not partitive
        ):
            return -1
        j += 1
    return -1


HEDGE_ASIDE_WORDS = words(
    "possibly perhaps maybe probably likely and or many far even much more than that this "
    "those these some a few"
)


def _skip_hedge_aside(clause: Clause, k: int) -> int:
    """Index after a dash-enclosed aside that only hedges the figure before it ("at least 17
    Japanese — possibly many more than that — who were abducted"), or -1."""
    tokens = clause.tokens
    j = k + _dash_at(tokens, k)
    stop = min(j + APPOSITIVE_MAX, len(tokens))
    if j >= stop or tokens[j].low not in ("possibly", "perhaps", "maybe", "probably", "likely"):
        return -1
    while j < stop:
        width = _dash_at(tokens, j)
        if width:
            return j + width
        if tokens[j].low not in HEDGE_ASIDE_WORDS or j in clause.phrase_at:
            return -1
        j += 1
    return -1


def _skip_long_aside(clause: Clause, k: int) -> int:
    """Index after a long comma-enclosed aside that the predicate follows: "Four members of
    one family, including a grandmother who had survived the 1999 quake, were killed";
    "A neighbour, who tried to dig them out before rescuers arrived, was treated for cuts".
    The aside holds no trigger and no figure other than a subset's or an implicit one."""
    tokens = clause.tokens
    agent = k + 2 < len(tokens) and tokens[k + 1].is_word and tokens[k + 2].low == "by" and (
        tokens[k + 1].low not in FUNCTION_WORDS
    )  # "50 persons, hit by glass shards and flying pieces of vehicles, were injured"
    if k + 1 >= len(tokens) or not (tokens[k + 1].low in LONG_ASIDE_STARTS or agent):
        return -1
    subset = tokens[k + 1].low in SUBSET_MARKERS or tokens[k + 1].low == "among"
    names = False
    for j in range(k + 2, min(k + 2 + LONG_ASIDE_MAX, len(tokens))):
        tok = tokens[j]
        if tok.text == ",":
            if _opens_predicate(clause, j + 1):
                return j + 1
            # "A third man, who police believe was in the back seat, ran from the car and
            # later arrived at a hospital with a gunshot wound": a relative clause may be
            # followed by any verb
            relative = tokens[k + 1].low in RELATIVES and j + 1 < len(tokens)
            verb = relative and tokens[j + 1].is_word and not tokens[j + 1].is_cap
            if verb and tokens[j + 1].low not in FUNCTION_WORDS:
                return j + 1
            if subset and tokens[k + 1].low in SUBSET_MARKERS and j + 1 < len(tokens) and (
                tokens[j + 1].is_cap
            ):
                names = True  # "Four crew members, including three petty officers, Kim
                continue  # Min-ho and Lee Dong-hyun, were killed": the subset's names go on
            return -1
        if j in clause.trigger_at or tok.text in CLAUSE_PUNCT:
            return -1
        if names and (tok.low in AUXILIARIES or (tok.is_word and not tok.is_cap and (
            tok.low not in ("and", "-")
        ))):
            return -1  # only names after the subset's own comma
        if j in clause.phrase_at and not (subset or clause.phrase_at[j].kind == "one"):
            return -1
    return -1


# --- active: "killed 7", "injuring 31 others" -------------------------------------------

ALONG_FILLERS = frozenset({"his", "her", "their", "its", "the", "and", ","})
LIST_ITEM_MAX = 4


def _along_with_active(clause: Clause, k: int) -> Trigger | None:
    """A killed/wounded predicate right before "along with" (and a possessive noun list) before
    the figure: "X died along with 15 of his men", "X was killed along with his son and 15
    bodyguards". The figure shares the predicate."""
    tokens = clause.tokens
    j = k
    while j >= 0 and k - j <= 6 and (tokens[j].low in ALONG_FILLERS or (
        tokens[j].low in PERSON_NOUNS and tokens[j].low != "others"
    )):
        j -= 1
    if j < 2 or (tokens[j - 1].low, tokens[j].low) != ("along", "with"):
        return None
    trig = next((t for t in clause.triggers if t.last == j - 2), None)
    if trig is None or trig.category not in ("killed", "wounded") or "pred" not in trig.roles:
        return None
    return trig


def _second_verb(clause: Clause, k: int) -> bool:
    """Token k is a past-tense verb with no casualty sense coordinated after an active
    casualty verb: "kidnapped and tortured", "captured and blindfolded"."""
    tokens = clause.tokens
    if k < 2 or k in clause.trigger_at or tokens[k - 1].low != "and":
        return False
    tok = tokens[k]
    if not (tok.is_word and tok.low.endswith("ed") and len(tok.low) > 4):
        return False
    return any(t.last == k - 2 and "active" in t.roles for t in clause.triggers)


def _object_list_start(clause: Clause, k: int) -> int | None:
    """Index of the active verb before a short list of objects ending at token k (", and" or
    "and"), each item at most four words with no figure, trigger or verb: "the police killed
    this man, his son, and five individuals" -> the verb's last token."""
    tokens = clause.tokens
    if k < 0 or tokens[k].low != "and":
        return None
    j, items, size = k - 1, 0, 0
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    while j >= 0 and items < 4:
        tok = tokens[j]
        trig = next((t for t in clause.triggers if t.last == j), None)
        if trig is not None:
            ok = "active" in trig.roles and items >= 1 and size >= 1
            return j if ok and trig.category in ("killed", "wounded", "casualties") else None
        if tok.text == ",":
            if size == 0:
                return None
            items, size = items + 1, 0
        elif not tok.is_word or tok.low in AUXILIARIES or tok.low in REPORT_VERBS or (
            j in clause.phrase_at and clause.phrase_at[j].kind != "one"
        ) or size >= LIST_ITEM_MAX:
            return None
        else:
            size += 1
        j -= 1
    return None


def _active(clause: Clause, phrase: NumberPhrase) -> Trigger | None:
    k = phrase.first - 1
    while k >= 0 and phrase.first - k <= 3 and clause.tokens[k].low in ACTIVE_FILLERS:
        k -= 1
    if k >= 2 and clause.tokens[k].low == "and" and clause.tokens[k - 1].low in ("him", "her") and (
        k - 1 == phrase.first - 2 or clause.tokens[phrase.first - 1].low in ACTIVE_FILLERS
    ):
        k -= 2  # "murdered him and four of his aides": the figure is the verb's second object
    along = _along_with_active(clause, k)
    if along is not None:
        return along  # "the cartel chief died along with 15 of his men"
    listed = _object_list_start(clause, k)
    if listed is not None:
        k = listed  # "killed this man, his son, and five individuals": the list's last item
    elif _second_verb(clause, k):
        k -= 2  # "captured and blindfolded 10 guards": the object of both verbs
    elif k >= 3 and clause.tokens[k].low in ("its", "their") and clause.tokens[k - 1].low == (
        "and"
    ) and _names_people(clause, phrase):
        taker = _vessel_taker(clause, k - 2)
        if taker >= 0:  # "seized the trawler and its 14 crew members": the crew is taken too
            k = taker
    if k >= 1 and clause.tokens[k].low == "family" and clause.tokens[k + 1].low == "of":
        k -= 1 + (clause.tokens[k - 1].low in ("a", "an", "the"))  # "killed a family of five"
    elif k >= 1 and clause.tokens[k].low in ("crew", "crews") and clause.tokens[k + 1].low == (
        "of"
    ):  # "taking the rest of the crew of 82 as hostages", "seized its crew of 12"
        k -= 1 + (clause.tokens[k - 1].low in ("a", "the", "its", "their", "his", "her"))
        if k >= 2 and clause.tokens[k].low == "of" and clause.tokens[k - 1].low == "rest":
            k -= 2 + (clause.tokens[k - 2].low == "the")
    for trig in clause.triggers:
        if trig.last == k and "active" in trig.roles:
            nominal = clause.tokens[k + 1].low == "of"  # "the killing of a shopkeeper"
            others = trig.text in CRIPPLING and phrase.last + 1 < len(clause.tokens) and (
                clause.tokens[phrase.last + 1].low == "others"
            )  # "killed six people and crippled 23 others"
            if trig.text in PEOPLE_OBJECT_VERBS and not _names_people(clause, phrase) and not (
                _army_lost(clause, trig, phrase) or others
            ):
                return None  # "lost 40 seats", "lost 3 games", "seize 3 tanks"
            if trig.category == "captured" and _taken_things(clause, phrase):
                return None  # "captured dozens of border settlements" (casualty-20)
            after = clause.tokens[phrase.last + 1 : phrase.last + 4]
            if trig.text in RELEASE_WORDS and any(t.low in RELEASED_NOT_TAKEN for t in after):
                return None  # "police released 3 suspects": people arrested, not taken
            return None if nominal else trig
    return None


# casualty-20: places and gear an army captures ("dozens of border settlements", "two small
# villages", "hundreds of square kilometres of territory")
TAKEN_THINGS = UNIT_NOUNS | THING_PLURALS | words(
    """territory territories land lands ground kilometres kilometers km square sq equipment
    hardware weaponry ammunition vehicles armoured armored settlements villages towns hamlets
    positions trenches heights hills hilltops bridgeheads footholds strongpoints"""
)
TAKEN_THING_REACH = 4


def _taken_things(clause: Clause, phrase: NumberPhrase) -> bool:
    """The object of a capture verb is things: after the figure (and "of"), up to three
    modifiers, then a place or a piece of gear, with no person noun before it."""
    tokens = clause.tokens
    k = phrase.last + 1
    k += k < len(tokens) and tokens[k].low == "of"
    for tok in tokens[k : k + TAKEN_THING_REACH]:
        if not tok.is_word or tok.low in PERSON_NOUNS or tok.low in DEMONYM_PLURALS:
            return False
        if tok.low in TAKEN_THINGS:
            return True
        if tok.low in FUNCTION_WORDS:
            return False
    return False


def _vessel_taker(clause: Clause, k: int) -> int:
    """The index of an active capture verb before a short object ending at k ("seized the
    USS Pueblo", "hijacked a tanker"), or -1: its people after "and its/their" are taken
    too."""
    for j in range(k, max(-1, k - 5), -1):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            return j if trig.category == "captured" and "active" in trig.roles else -1
        if not clause.tokens[j].is_word:
            return -1
    return -1


def _army_lost(clause: Clause, trig: Trigger, phrase: NumberPhrase) -> bool:
    """ "Wellington's army lost 23,185", "the British had lost about 500": an army or a
    nation that loses a bare figure loses men (GUIDELINES: casualties); not "the army lost
    40 tanks" nor "the Republicans lost 63 seats"."""
    if trig.text not in LOSS_VERBS:
        return False
    tokens, k = clause.tokens, trig.first - 1
    if _whom_follows(clause, phrase.last + 1):
        return True  # "the DPRK had lost approximately 4 700, of whom 600 were killed"
    while k >= 0 and tokens[k].low in ("had", "has", "have", "also", "reportedly", "then"):
        k -= 1
    if k >= 4 and tokens[k].low in ("they", "we") and tokens[k - 1].low in ("which", "whom") and (
        tokens[k - 2].low == "of"
    ) and any(t.low in COMBATANT_NOUNS for t in tokens[max(k - 12, 0) : k - 2]):
        pass  # "sent 12,000 soldiers, of which they lost more than 4,000": the soldiers
    elif k < 0 or re.sub(r"(?:'s|’s|')$", "", tokens[k].low) not in MILITARY_OWNERS and not (
        _nation_loss(tokens, k, phrase)
    ):
        return False
    nxt = tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.low in FUNCTION_WORDS or (
        nxt.low in ("each", "altogether", "in", "at", "on", "during")
    )


WHOM_FATE_REACH = 8


def _whom_follows(clause: Clause, k: int) -> bool:
    """ ", of whom 600 were killed", ", most of whom died": a relative that only people take,
    right after a bare figure, telling a casualty of them (casualty-20; not "lost 40, most of
    whom were incumbents")."""
    tokens = clause.tokens
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    rest = [t.low for t in tokens[k + 1 : k + 4]]
    at = k + 2 if rest[:2] in (["of", "whom"], ["among", "whom"]) else (
        k + 3 if rest[1:3] == ["of", "whom"] else -1
    )
    return at > 0 and any(
        j in clause.trigger_at for j in range(at + 1, min(at + 1 + WHOM_FATE_REACH, len(tokens)))
    )


def _nation_loss(tokens: list[Token], k: int, phrase: NumberPhrase) -> bool:
    """ "Ruritania has lost 20-25 thousand": a country at war losing a war-sized bare figure
    (not a score, "lost 3-1", nor money, "lost 3 billion")."""
    nxt = tokens[phrase.last + 1].text if phrase.last + 1 < len(tokens) else ""
    return tokens[k].low in WARRING_NATIONS and tokens[k].is_cap and nxt not in ("-", "–") and (
        NATION_LOSS_MIN <= phrase.low < NATION_LOSS_MAX
    )


NATION_LOSS_MIN, NATION_LOSS_MAX = 100, 5_000_000


# --- toll: "the death toll rose to 61", "the number of dead at about 300" ---------------


def _lives_after(clause: Clause, phrase: NumberPhrase) -> bool:
    """ "6 million lives", "1,500 human lives": the figure counts lives."""
    after = [t.low for t in clause.tokens[phrase.last + 1 : phrase.last + 3]]
    return after[:1] == ["lives"] or (after[1:2] == ["lives"] and after[0] in (
        "human", "civilian", "innocent", "young", "more", "other"))


def _of_noun(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """ "the murder of six Jesuits", "the bodies of 12 others"; also a second "of" object
    after "and of" ("the murder of a judge and of two court employees")."""
    second = _second_of_object(clause, phrase)
    if second is not None:
        return second
    start = clause.tokens[phrase.first].start
    of_noun = OF_NOUN_RE.search(clause.text, max(0, start - 55), start)
    if of_noun is None and INJURIES_TO.search(clause.text, max(0, start - 30), start):
        # "recorded the deaths of 3,924 civilians and injuries to 4,444 people"
        return "wounded" if _names_people(clause, phrase) else None
    if of_noun is None or ATTEMPTED_ACT.search(clause.text, max(0, of_noun.start() - 30),
                                               of_noun.start()):
        return None  # "the attempted murder of three officers": nobody died
    if of_noun.group("noun") == "body" and phrase.high != 1:
        return None  # "the body of a fisherman" is one dead; "a governing body of 12" none
    if of_noun.group("noun") == "loss" and _lives_after(clause, phrase):
        return "killed"  # "the loss of about 6 million lives"
    if of_noun.group("noun") == "loss" and not _names_people(clause, phrase):
        return None  # "the loss of 14 soldiers" (GUIDELINES: casualties), not "of 300 jobs"
    if of_noun.group("noun") in ("release", "return", "exchange", "swap") and not (
        _names_people(clause, phrase) or PRISONER_CONTEXT.search(clause.text)
    ):
        return None  # "the release of two albums"
    if of_noun.group("noun").startswith(("shooting", "stabbing", "wounding")) and (
        FATAL_BEFORE.search(clause.text, max(0, of_noun.start() - 12), of_noun.start())
    ):
        return "killed"  # "the fatal shooting of his girlfriend": she died
    return TOLL_CATEGORY.get(of_noun.group("noun").split()[-1])


def _second_of_object(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """ "THE MURDER OF A MEDELLIN JUDGE AND OF TWO JUSTICE MINISTRY EMPLOYEES": the act noun's
    category reaches a figure after "and of" when the first object (a few words, no verb or
    casualty word between) is itself reached by the act noun."""
    tokens, k = clause.tokens, phrase.first
    if k < 3 or tokens[k - 1].low != "of" or tokens[k - 2].low != "and":
        return None
    for first in reversed(clause.phrases):
        if first.last >= k - 2:
            continue
        between = range(first.last + 1, k - 2)
        if len(between) > 6 or any(
            not tokens[j].is_word or j in clause.trigger_at or tokens[j].low in AUXILIARIES
            for j in between
        ):
            return None
        start = tokens[first.first].start
        of_noun = OF_NOUN_RE.search(clause.text, max(0, start - 55), start)
        if of_noun is None or ATTEMPTED_ACT.search(
            clause.text, max(0, of_noun.start() - 30), of_noun.start()
        ) or of_noun.group("noun") in ("loss", "body", "release", "return", "exchange", "swap"):
            return None
        return TOLL_CATEGORY.get(of_noun.group("noun").split()[-1])
    return None


INJURIES_TO = re.compile(r"\b(?:injuries|injury|wounds)\s+to\s+(?:all\s+|the\s+)?$")
FATAL_BEFORE = re.compile(r"\b(?:fatal|deadly)\s+$")


DEATHS_BROUGHT = re.compile(
    r"\b(?:deaths?|killings?|bodies) (?:\w+ ){0,3}?(?:brought|brings|bringing|raised|raises"
    r"|raising|took|takes|taking|pushed|pushes|pushing|increased|increases|increasing)"
    r" (?:the )?$"
)


DEATH_WORDS = re.compile(r"\b(?:deaths?|dead|killed|killings?|died|fatalit\w*|bodies)\b")
# "2 million by spring", "by the end of next year", "by year-end": a coming time
FORECAST_BY = re.compile(
    r"(?:\s+(?:people|troops|soldiers|casualties|losses|deaths))?\s+by\s+(?:the\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter|year-end|end of (?:the|this"
    r"|next) (?:year|month|decade)|next (?:year|month|spring|summer|autumn|fall|winter))\b",
    re.IGNORECASE,
)
# "with estimated casualties around 1,100", "with Russian losses of roughly": an absolute
# "with" phrase opening on the toll noun (up to two modifiers between)
WITH_TOLL_BEFORE = re.compile(r"\bwith (?:(?:an? |the )?[\w'’-]+ ){0,2}$", re.IGNORECASE)


def _casualties_before(clause: Clause, left: str) -> bool:
    """A bare "toll" refers back to casualties when the previous sentence counts casualties
    and neither it nor this sentence so far speaks of deaths."""
    before = (clause.before or "").lower()
    return "casualt" in before and not DEATH_WORDS.search(before) and not (
        DEATH_WORDS.search(left)
    )


NO_LINK_WORDS = re.compile(r"\s*")


def _figure_right_after_toll(
    phrase: NumberPhrase, left: str, toll: re.Match[str], change: bool
) -> bool:
    """The figure follows the toll noun with no linking words, and still states it: a change
    ("the death toll from 14 to 31"), a hedge right after "(death) toll" ("estimates indicate
    a death toll closer to 600", casualty-20), or a hedged figure after a toll noun opening a
    verbless "with" phrase ("with estimated casualties around 1,100", casualty-20, fixk)."""
    if left[toll.end() :].strip():
        return False
    hedged = phrase.first < phrase.core
    return change or hedged and toll.group("noun") in ("death toll", "toll") or (
        hedged and phrase.qualifier not in ("exact", "vague")
        and WITH_TOLL_BEFORE.search(left, 0, toll.start()) is not None
    )


MODAL_REACH_END = re.compile(r"\b(?:could|may|might)\s+(?:well\s+)?reach\s*$")
UPPER_HEDGE = re.compile(r"as (?:high|many) as\b", re.IGNORECASE)
# a coming time or a condition in the rest of the figure's clause: a forecast
COMING_AFTER = re.compile(
    r"[^,;.]*?\b(?:by|if|unless|next|coming|within|soon|eventually|future)\b", re.IGNORECASE
)


def _modal_upper_estimate(clause: Clause, phrase: NumberPhrase, link: re.Match[str]) -> bool:
    """casualty-20 (fixn): "casualties could reach as high as 1.8 million": a modal "reach"
    with an upper hedge and no coming time or condition in its clause is an estimate of a toll
    already suffered (GUIDELINES: modal estimates are at_most mentions), unlike "could reach
    300 by spring" or "could reach as high as 300 if the rain goes on"."""
    tokens = clause.tokens
    if phrase.qualifier != "at_most" or not MODAL_REACH_END.search(link.group()):
        return False
    if not UPPER_HEDGE.match(clause.raw, tokens[phrase.first].start):
        return False
    return not COMING_AFTER.match(clause.raw, tokens[phrase.last].end)


def _toll(clause: Clause, phrase: NumberPhrase) -> Category | None:
    fronted = _fronted_toll(clause, phrase)
    if fronted is not None:
        return fronted
    change = _change_start(clause, phrase)
    start = clause.tokens[phrase.first].start if change is None else change
    left = clause.text[max(0, start - 150) : start]
    last = None
    for m in TOLL_NOUN_RE.finditer(left):
        last = m
    link = TOLL_LINK.fullmatch(left, last.end()) if last is not None else None
    if link is None and last is not None and _figure_right_after_toll(
        phrase, left, last, change is not None
    ):
        link = NO_LINK_WORDS.match(left, last.end())
    if last is None or link is None:
        return None
    if FUTURE_TOLL.search(link.group()) and not _modal_upper_estimate(clause, phrase, link):
        return None  # "the death toll could rise above 200": a toll not (yet) reached
    if link.group().rstrip().endswith((":", "—", "–")) and FORECAST_BY.match(
        clause.text, clause.tokens[phrase.last].end
    ):
        return None  # casualty-20 (fixk): "losses in the war: 2 million by spring", a
        # verbless label whose figure is reached only by a coming season: a forecast
    nxt = clause.tokens[phrase.last + 1] if phrase.last + 1 < len(clause.tokens) else None
    whole = clause.tokens[phrase.last + 2].low if phrase.last + 2 < len(clause.tokens) else ""
    if nxt is not None and nxt.low == "of" and whole not in ("whom", "which", "them", "those") and (
        not _names_people(clause, phrase)
    ):
        return None  # "the repatriation of the dead is one of the few things": a part of
        # things, no toll
    noun = last.group("noun")
    if noun == "loss" and not _military_loss(left, last):
        return None  # "the company's loss was 3.4 million", "a loss of 300 jobs"
    if last.group("adj"):
        adj = last.group("adj")  # "the number of injured soldiers reached 300"
        return "casualties" if " " in adj else TOLL_CATEGORY[adj]
    if last.group("tcat"):  # "the toll of dead and wounded North Koreans stood at 4,700"
        tcat = last.group("tcat")
        return "casualties" if " " in tcat else TOLL_CATEGORY[tcat]
    if noun.endswith("victims") and DEATHS_BROUGHT.search(left, 0, last.start()):
        return "killed"  # "Their deaths raised the number of victims of the raid to seven"
    if noun.endswith("victims") and ABDUCTION_VICTIMS.search(clause.text) and not (
        DEATH_WORDS_IN.search(clause.text)
    ):
        return "captured"  # "abductions involve ten countries, with the number of victims
        # estimated at around 100,000": the victims of an abduction were taken
    if noun == "toll" and _casualties_before(clause, left[: last.start()]):
        return "casualties"  # "3,000 rebels were casualties. The army put the toll at 1,200"
    told = link.group()
    if link.re is TOLL_LINK and link.group("aside"):  # an enclosed aside's "including both
        # killed and wounded" is no breakdown (casualty-20)
        told = left[link.start() : link.start("aside")] + left[link.end("aside") : link.end()]
    if "includ" in told and not noun.lower().startswith(
        ("the ", "deaths", "those ", "other ")  # "Other victims killed in X include" (fixi)
    ) and not (
        noun.endswith(("toll", "hostages", "captives", "prisoners"))
    ) and not NUMBER_OF_CATEGORY.fullmatch(noun):
        return None  # "the dead included two ..." but not "the casualties included several ..."
    if re.search(r"(?:killed|dead|deaths|fatalities) (?:and|or) (?:wounded|injured|injuries)"
                 r"|^[Cc]asualt(?:y|ies) ", noun):
        return "casualties"  # "the number of soldiers killed and wounded exceeded 4,000"
    if noun in ("figure", "tally") or noun.endswith(" tally"):
        return _figure_told_before(clause, phrase)  # "The NIS put the figure at 3,000."
    if noun.endswith(("figure", "number")) and " " in noun:
        # "the toll was raised to 236, though ... the actual figure was 115": the figure is
        # the earlier toll's kind
        earlier = None
        for m in TOLL_NOUN_RE.finditer(clause.text, 0, clause.tokens[phrase.first].start):
            if not m.group("noun").endswith(("figure", "number")):
                earlier = m
        if earlier is not None:
            return TOLL_CATEGORY.get(earlier.group("noun").split()[-1])
        # "Agents abducted 17 citizens. Analysts believe the true figure could be more than
        # 100": with no toll before it in its sentence, the last figure of the one before
        return _figure_told_before(clause, phrase) if left[: last.start()].endswith(
            ("the ", "The ")
        ) else None
    return TOLL_CATEGORY.get(noun.split()[-1])


# casualty-20: "the number of dead includes 40 children" as "the dead included ..." (not
# "the number of casualties/victims includes": those stay as "the casualties included")
NUMBER_OF_CATEGORY = re.compile(
    r"(?:total )?number of (?:the )?(?:dead|killed|deaths|fatalities|injured|wounded|injuries"
    r"|missing)"
)
ABDUCTION_VICTIMS = re.compile(r"\b(?:abduct|kidnap|hostage)", re.IGNORECASE)
DEATH_WORDS_IN = re.compile(r"\b(?:kill|dead|death|died|murder|massacr)", re.IGNORECASE)


def _figure_told_before(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """ "... as many as 4,000 soldiers had been wounded or killed. The NIS put the figure at
    3,000.": a bare "the figure" whose own figure stands alone (no noun after it) restates the
    last casualty figure of the sentence before, and takes its category."""
    tokens = clause.tokens
    nxt = tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None
    if nxt is not None and nxt.is_word and nxt.low not in FUNCTION_WORDS:
        return None  # "the figure was 3,000 homes": a count of something else
    if not clause.before:
        return None
    prev = tokenize(clause.before)
    links = link_sentence(make_clause(clause.before, prev, find_numbers(prev)))
    figures = [lk for lk in links if lk.phrase.low is not None]
    return figures[-1].category if figures else None


LOSS_OWNER_BEFORE = re.compile(r"([a-z-]+)(?:'s|’s|s')?\s+(?:(?:total|entire|whole|own) )?$")
LOSS_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?([a-z-]+)(?:\s+([a-z-]+))?")


def _military_loss(left: str, noun: re.Match[str]) -> bool:
    """ "the Confederate loss", "the army's loss", "the loss of the French (army)": a
    singular "loss" counts people only when an army or a nation owns it."""
    before = LOSS_OWNER_BEFORE.search(left, 0, noun.start())
    if before is not None and before.group(1) in MILITARY_OWNERS:
        return True
    after = LOSS_OWNER_AFTER.match(left, noun.end())
    return after is not None and any(
        w in MILITARY_OWNERS or w in PERSON_NOUNS for w in after.groups() if w
    )


def _change_start(clause: Clause, phrase: NumberPhrase) -> int | None:
    """Offset of "from" in "rose from 61 to 82", for both figures: the toll noun before it
    reaches each of them."""
    tokens, k = clause.tokens, phrase.first
    if k >= 1 and tokens[k - 1].low == "from" and phrase.last + 2 in clause.phrase_at and (
        tokens[phrase.last + 1].low == "to"
    ):
        return tokens[k - 1].start
    if k >= 3 and tokens[k - 1].low == "to":
        before = next((p for p in clause.phrases if p.last == k - 2), None)
        if before is not None and before.first >= 1 and tokens[before.first - 1].low == "from":
            return tokens[before.first - 1].start
    return None


def _fronted_toll(clause: Clause, phrase: NumberPhrase) -> Category | None:
    """ "bringing to 512 the number of Palestinians killed": the toll noun follows."""
    tokens = clause.tokens
    k = phrase.last + 1
    if k + 2 >= len(tokens) or tokens[k].low != "the" or tokens[k + 2].low != "of":
        return None
    if tokens[k + 1].low not in ("number", "total", "toll", "tally") or tokens[k - 2].low != "to":
        return None
    for j in range(k + 3, min(k + 8, len(tokens))):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            return trig.category if "post" in trig.roles or "pred" in trig.roles else None
        if j in clause.phrase_at or not tokens[j].is_word:
            return None
    return None


# --- inherited: subsets and coordination -------------------------------------------------


def _inherited_link(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> Link | None:
    fronted = _fronted_partitive(clause, phrase, links)
    if fronted is not None:
        return fronted
    if not links and _along_with(clause, phrase) is not None:
        return _along_with(clause, phrase)
    if not links:
        return _noun_subset(clause, phrase) or _named_partitive(clause, phrase) or (
            _figureless_victims(clause, phrase)
        )
    along = _along_with(clause, phrase)
    if along is not None:  # "X was killed along with his son and 15 bodyguards"
        return along
    gapped = _gapped_owner(clause, phrase, links) or _compared_estimate(clause, phrase, links)
    if gapped is not None:
        return gapped
    head = next((lk for lk in reversed(links) if lk.rule not in ("subset",)), links[-1])
    before = tuple(t.low for t in clause.tokens[max(phrase.first - 2, 0) : phrase.first])
    if before[-1:] and before[-1] in SUBSET_MARKERS or before in SUBSET_LEADS:
        if not _nearest_is_linked(clause, phrase, links):
            return None  # "4 killed and 53 others - including a girl - wounded": not the 4's
        named = _named_after(clause, phrase.last + 1)  # "..., of which 1,000 are deaths"
        if named is not None and before in SUBSET_LEADS:
            return Link(phrase, named.category, "subset", named, head=head)
        return Link(phrase, head.category, "subset", head.trigger, head=head)
    start = clause.tokens[phrase.first].start
    if RUNNING_TOTAL.search(clause.text, max(0, start - 60), start):
        return Link(phrase, head.category, "toll", head.trigger, head=head)
    if COMPARED_FROM.search(clause.text, max(0, start - 20), start):
        return Link(phrase, head.category, "toll", head.trigger, head=head)
    after = tuple(t.low for t in clause.tokens[phrase.last + 1 : phrase.last + 3])
    if before[-1:] in ((",",), ("-",), ("—",), ("–",)) and after in (
        ("of", "them"), ("of", "whom"), ("of", "which")
    ):
        # "17 people dead, nine of them soldiers": a subset; "2,000 casualties, 1,730 of
        # which were fatalities" names its own category
        if _doing_now(clause, phrase.last + 3):
            return None  # "two prisoners of war, one of whom is lying in a bunk bed"
        named = _named_after(clause, phrase.last + 3)
        category = named.category if named is not None else head.category
        return Link(phrase, category, "subset", named or head.trigger, head=head)
    if before == (",", "with") and after in (("of", "them"), ("of", "those"), ("of", "these")):
        # "suffered about 4,700 casualties, with around 600 of those being fatalities"
        named = _named_after(clause, phrase.last + 3)
        if named is not None:
            return Link(phrase, named.category, "subset", named, head=head)
        if after == ("of", "them") and _nearest_is_linked(clause, phrase, links):
            # "killed 40 villagers, with at least 15 of them children": the head's part
            return Link(phrase, head.category, "subset", head.trigger, head=head)
    if before[-1:] in ((",",), ("-",), ("—",), ("–",)) and after[:1] and (
        after[0] in SEVERITY_ADVERBS
    ) and (
        head.category in ("wounded", "casualties") and _nearest_is_linked(clause, phrase, links)
    ) and _clause_ends_after(clause, phrase.last + 2):
        # "18 hurt, two seriously"; "18 hurt - two seriously"
        return Link(phrase, "wounded", "subset", head.trigger, head=head)
    lead3 = tuple(t.low for t in clause.tokens[max(phrase.first - 3, 0) : phrase.first])
    if lead3[:2] in (("among", "whom"), ("among", "them")) and lead3[2:] in (("were",), ("are",)):
        return Link(phrase, head.category, "subset", head.trigger, head=head)  # "among whom were"
    prev = links[-1]
    if prev.rule == "subset" and before[-1:] == ("and",) and _follows_np_of(
        clause, prev.phrase, phrase.first - 1, SUBSET_NP_MAX
    ):  # "including 12 women and 8 children": the subset goes on
        return Link(phrase, prev.category, "subset", prev.trigger, head=prev.head)
    if prev.rule == "subset" and prev.head is not None and _subset_list_goes_on(
        clause, prev.phrase, phrase
    ):  # "including 147 peasants, 165 alleged guerrillas, 65 police officers, and 26 ..."
        return Link(phrase, prev.category, "subset", prev.trigger, head=prev.head)
    if prev.rule == "subset" and before[:1] == ("and",) and before[-1] in POSSESSIVE_DETS and (
        _follows_np_of(clause, prev.phrase, phrase.first - 2, SUBSET_NP_MAX)
    ):  # "including a mother and her four children"
        return Link(phrase, prev.category, "subset", prev.trigger, head=prev.head)
    coordinable = head.rule in COORD_HEADS and not _reports(clause, phrase)
    if before in (("along", "with"), ("together", "with")) and not _reports(clause, phrase) and (
        _after_predicate(clause, head, phrase.first - 2)
    ):  # "troops killed the commander, along with seven other rebels"
        return Link(phrase, head.category, "coord", head.trigger, head=head)
    if before[-1:] == ("alongside",) and not _reports(clause, phrase) and (
        _after_predicate(clause, head, phrase.first - 1)
    ):  # "3,500 fighters have been killed, alongside 100 members of other groups"
        return Link(phrase, head.category, "coord", head.trigger, head=head)
    lead = phrase.first - 1
    while lead > 1 and clause.tokens[lead].low in ("perhaps", "possibly", "maybe", "probably"):
        lead -= 1
    if coordinable and lead < phrase.first - 1 and clause.tokens[lead].low in ("and", "or") and (
        clause.tokens[lead - 1].text in (",", "-") or _dash_at(clause.tokens, lead - 1)
    ) and _follows_np_of(clause, head.phrase, lead - 1):
        # "abducting at least 17 Japanese civilians - and perhaps as many as 100 - who ...":
        # a second estimate for the same people, with its own hedge
        return Link(phrase, head.category, "coord", head.trigger)
    joint = phrase.first - 1
    if before == (",", "and"):  # an Oxford comma: "five soldiers, and one member of ..."
        joint = phrase.first - 2 if not _own_verb_after(clause, phrase) else joint
    if coordinable and before[-1:] in (("and",), (",",)) and (
        _follows_np_of(clause, head.phrase, joint) or _follows_person_np(clause, head, joint)
    ):
        return Link(phrase, head.category, "coord", head.trigger, head=head)
    if coordinable and before[-1:] in (("and",), (",",)) and _include_list_item(
        clause, head, phrase, joint
    ):  # a list after "include" may carry long items: "those wounded include three employees
        # of the station where the bomb went off and two people who were walking by"
        return Link(phrase, head.category, "coord", head.trigger, head=head)
    if coordinable and before[:1] == ("and",) and before[-1] in POSSESSIVE_DETS and _follows_np_of(
        clause, head.phrase, phrase.first - 2
    ):  # "killing a mother and her two children"
        return Link(phrase, head.category, "coord", head.trigger, head=head)
    return _breakdown_item(clause, phrase, links)


def _doing_now(clause: Clause, k: int) -> bool:
    """A progressive with no casualty word at k ("is lying in a bed", "was sitting up"):
    a partitive so described tells where its people are, not what befell them."""
    tokens = clause.tokens
    return k + 1 < len(tokens) and tokens[k].low in ("is", "are", "was", "were") and (
        tokens[k + 1].low.endswith("ing") and k + 1 not in clause.trigger_at
        and tokens[k + 1].low not in ("being", "missing")
    )


LIST_ITEM_WORDS = 5
INCLUDE_VERBS = frozenset({"include", "includes", "included"})


def _include_list_item(clause: Clause, head: Link, phrase: NumberPhrase, joint: int) -> bool:
    """The head figure opens a list after a casualty noun's "include(d)" ("THOSE WOUNDED
    INCLUDE THREE EMPLOYEES ...", "THE PEOPLE KILLED INCLUDE X, PRESIDENT OF ..., AROUND 30
    DEPUTIES"), and this figure is a later item: its own words name people, and between the
    two stand only words, commas and relative clauses with no casualty word or figure."""
    tokens, k = clause.tokens, head.phrase.first
    if head.rule != "toll" or k == 0 or tokens[k - 1].low not in INCLUDE_VERBS:
        return False
    aged = {t.start for t in _without_ages(tokens, head.phrase.last + 1, joint)}
    between = [j for j in range(head.phrase.last + 1, joint) if tokens[j].start in aged]
    if not 0 < len(between) <= SUBSET_NP_MAX or any(
        j in clause.trigger_at or j in clause.phrase_at for j in between
    ):
        return False
    if not all(tokens[j].is_word or tokens[j].text in (",", "'", "’") for j in between):
        return False
    if any(tokens[j].low in REPORT_VERBS or (
        tokens[j].low in SUBORDINATORS and tokens[j].low != "where"  # "the station where"
    ) for j in between):
        return False
    relative = any(tokens[j].low in RELATIVES or tokens[j].low in ("that", "where")
                   for j in between)
    if not relative and any(tokens[j].low in AUXILIARIES for j in between):
        return False
    return phrase.kind == "one" or _names_people(clause, phrase)


def _subset_list_goes_on(clause: Clause, prev: NumberPhrase, phrase: NumberPhrase) -> bool:
    """The figure is the next item of a subset list after ", " or ", and": the last item's
    noun phrase (a few words, no verb) stands between, and this figure's own noun phrase
    names people and ends the item ("..., 95 ALLEGED GUERRILLAS, 40 POLICE OFFICERS, AND 12
    DRUG TRAFFICKERS"), so that it has no predicate of its own."""
    tokens = clause.tokens
    joint = phrase.first - 1
    if joint > 0 and tokens[joint].low == "and" and tokens[joint - 1].text == ",":
        joint -= 1
    if joint <= prev.last or tokens[joint].text != ",":
        return False
    between = tokens[prev.last + 1 : joint]
    if not between or len(between) > LIST_ITEM_WORDS or not all(
        t.is_word and t.low not in AUXILIARIES for t in between
    ) or any(k in clause.trigger_at for k in range(prev.last + 1, joint)):
        return False
    k = phrase.last + 1
    while k < len(tokens) and k - phrase.last <= LIST_ITEM_WORDS:
        tok = tokens[k]
        if not tok.is_word or tok.low in ("and", "or"):
            break
        if tok.low in AUXILIARIES or k in clause.trigger_at or tok.low in REPORT_VERBS:
            return False
        k += 1
    if k == phrase.last + 1 or (k < len(tokens) and tokens[k].text not in (",", ".", ";", ")")
                                and tokens[k].low not in ("and", "or")):
        return False
    head = tokens[k - 1]
    if phrase.high == 1 and k == phrase.last + 2 and head.is_cap and (
        head.low + "s" in DEMONYM_PLURALS or head.low in DEMONYM_PLURALS
    ):
        return True  # "18 Chinese nationals, one Briton and ...": a singular demonym item
    return head.low in PERSON_NOUNS or (head.text.isupper() and shouted_plural(head.low))


def _gapped_owner(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> Link | None:
    """ "The British lost 274 killed and wounded, the allies about 1,000"; "the French loss
    was 31,000; the allies, 22,000": a second army or nation with a bare figure ending the
    sentence repeats the verb of the casualty figure before it (gapping)."""
    tokens = clause.tokens
    j = phrase.first - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    if j < 1 or tokens[j].low not in MILITARY_OWNERS:
        return None
    k = j - 1 if tokens[j - 1].low == "the" else j
    if k < 1 or tokens[k - 1].text not in (",", ";"):
        return None
    end = phrase.last + 1
    if end < len(tokens) and tokens[end].is_word:
        return None
    head = next((lk for lk in reversed(links) if lk.phrase.last < k - 1), None)
    if head is None or head.category not in ("casualties", "killed", "wounded", "captured"):
        return None
    if any(t.is_word and t.low in AUXILIARIES for t in tokens[k:phrase.first]):
        return None
    return Link(phrase, head.category, "coord", head.trigger, head=head)


def _compared_estimate(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> Link | None:
    """ "put the number of killed or wounded at 4,000, while U.S. estimates were lower, around
    1,200": an estimate compared with the casualty figure before it ("were lower/higher," and a
    bare figure) is one of the same kind."""
    tokens, k = clause.tokens, phrase.first - 1
    if k >= 0 and tokens[k].low == "at":
        k -= 1  # "were higher, at about 800"
    restated = _restated_estimate(clause, phrase, links, k)
    if restated is not None:
        return restated
    if k < 3 or tokens[k].text != "," or tokens[k - 1].low not in COMPARATIVES:
        return None
    if tokens[k - 2].low not in ("was", "were", "is", "are") or not any(
        t.low in COMPARED_ESTIMATES for t in tokens[max(k - 6, 0) : k - 2]
    ):
        return None
    end = phrase.last + 1
    if end < len(tokens) and tokens[end].is_word and tokens[end].low not in FUNCTION_WORDS:
        return None  # "were lower, 1,200 soldiers said": the figure has its own noun
    head = links[-1]
    if head.category not in ("casualties", "killed", "wounded", "missing", "captured"):
        return None
    return Link(phrase, head.category, "coord", head.trigger)


def _restated_estimate(
    clause: Clause, phrase: NumberPhrase, links: list[Link], k: int
) -> Link | None:
    """ "606 people were killed, while a rights group put the number closer to 1,000": a rival
    estimate ("put the number/figure/toll (higher,) at N") of a casualty figure told before it
    in the sentence restates the one nearest in size."""
    tokens = clause.tokens
    if k >= 0 and tokens[k].text == "," and k >= 1 and tokens[k - 1].low in COMPARATIVES:
        k -= 2  # "put the toll higher, at 1,100"
    if k < 2 or tokens[k].low not in RESTATED_NOUNS or tokens[k - 1].low != "the" or (
        tokens[k - 2].low not in RESTATING_VERBS
    ):
        return None
    end = phrase.last + 1
    if end < len(tokens) and tokens[end].is_word and tokens[end].low not in FUNCTION_WORDS:
        return None  # "put the number at 1,000 homes": its own noun
    told = [lk for lk in links if lk.phrase.low and lk.phrase.last < k]
    if not told or phrase.low <= 0:
        return None
    near = min(told, key=lambda lk: abs(math.log(lk.phrase.low) - math.log(phrase.low)))
    return Link(phrase, near.category, "coord", near.trigger)


ALONG_REACH = 8


def _along_with(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """People "along with" the victims of a passive or death predicate share its fate, each
    conjunct its own mention (GUIDELINES): "The Mexican was killed along with his son and 15
    bodyguards" -> 1, 1 and 15; "was kidnapped along with leader Gilda Flores" -> captured 1."""
    tokens = clause.tokens
    with_others = _with_others(clause, phrase)
    if with_others is not None:
        return with_others
    for j in range(phrase.first - 1, max(phrase.first - ALONG_REACH, 1), -1):
        if tokens[j].low == "with" and tokens[j - 1].low == "along":
            trig = _predicate_before(clause, j - 2)
            nxt = tokens[phrase.last + 1].low if phrase.last + 1 < len(tokens) else ""
            after = tokens[phrase.last + 2].low if phrase.last + 2 < len(tokens) else ""
            people = phrase.kind == "one" or nxt in PERSON_NOUNS or (
                nxt in ("other", "more") and after in PERSON_NOUNS  # "NINE OTHER WORKERS"
            )
            return Link(phrase, trig.category, "coord", trig) if trig and people else None
        if not (tokens[j].is_word or tokens[j].is_digit):
            return None
    return None


def _with_others(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """ "was killed for days with three others", "were wounded with 12 other villagers": a bare
    "with" before a figure of other people right after a passive or death predicate."""
    tokens, k = clause.tokens, phrase.first
    nxt = [t.low for t in tokens[phrase.last + 1 : phrase.last + 3]]
    if k < 2 or tokens[k - 1].low != "with" or tokens[k - 2].low in ("along", "together") or not (
        nxt[:1] == ["others"] or nxt[:1] in (["other"], ["more"]) and nxt[1:] and (
            nxt[1] in PERSON_NOUNS
        )
    ):
        return None
    trig = _predicate_before(clause, k - 2)
    return Link(phrase, trig.category, "coord", trig) if trig is not None else None


def _predicate_before(clause: Clause, k: int) -> Trigger | None:
    """The casualty predicate ending a short clause at or before token k: "was killed",
    "were found dead", "died" (words only between it and k)."""
    for j in range(k, max(k - ALONG_REACH, 0), -1):
        trig = clause.trigger_at.get(j)
        if trig is not None:
            aux = clause.tokens[trig.first - 1].low if trig.first > 0 else ""
            passive = aux in AUXILIARIES or aux.endswith("ly") or trig.text in (
                "died", "dead"
            ) or aux in PERSON_NOUNS  # a participle: "A UNION LEADER KILLED 13 DAYS AGO ..."
            return trig if passive and "pred" in trig.roles else None
        if not clause.tokens[j].is_word and not (
            clause.tokens[j].is_digit and j not in clause.phrase_at  # "13 DAYS AGO"
        ):
            return None
    return None


def _clause_ends_after(clause: Clause, k: int) -> bool:
    """Token k ends the clause: the text's end, a punctuation mark (a dash too) or "and"."""
    tokens = clause.tokens
    return k >= len(tokens) or tokens[k].text in ".,;:)" or tokens[k].text in DASHES or (
        tokens[k].low in ("and", "while")
    ) or tokens[k].text == "-" and tokens[k].start > tokens[k - 1].end  # a spaced " - "


def _nearest_is_linked(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> bool:
    """A subset belongs to the figure right before it; when that figure is unlinked, the
    subset takes no farther figure's category. A figure after "of" is part of a noun phrase
    ("Four members of one family, including ...") and is passed over."""
    tokens = clause.tokens
    before = [
        p for p in clause.phrases
        if p.last < phrase.first and not (p.first > 0 and tokens[p.first - 1].low == "of")
    ]
    if not before:
        return True
    nearest = max(before, key=lambda p: p.last)
    return any(lk.phrase == nearest for lk in links)


def _named_partitive(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """ "2,400 crashes, 38 of which were fatalities": a partitive that names its own
    category, after a figure that is no casualty figure."""
    tokens = clause.tokens
    after = tuple(t.low for t in tokens[phrase.last + 1 : phrase.last + 3])
    if after not in (("of", "them"), ("of", "whom"), ("of", "which")):
        return None
    named = _named_after(clause, phrase.last + 3)
    return Link(phrase, named.category, "subset", named) if named is not None else None


def _named_after(clause: Clause, k: int) -> Trigger | None:
    """The casualty noun after "were/are" at token k: "... of which were fatalities"."""
    tokens = clause.tokens
    said = next((j for j in range(k, min(k + 6, len(tokens))) if tokens[j].low in REPORT_VERBS
                 and all(t.is_word for t in tokens[k:j])), -1)
    if said > k and tokens[k].low not in ("were", "are", "was", "is"):
        k = said + 1  # "four of whom police believe are dead": a reporting clause between
    if k >= len(tokens) or tokens[k].low not in ("were", "are", "was", "is", "being"):
        return None
    trig = clause.trigger_at.get(k + 1)
    return trig if trig is not None and "post" in trig.roles else None


def _breakdown_item(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> Link | None:
    """Items of a breakdown of the last figure, each its own mention (GUIDELINES):
    "90 civilians were wounded, as were seventeen soldiers"; "20 bodies had been recovered,
    eleven women and nine men"; "21 injured in Davao, 36 in Cotabato and seven in Sulu";
    "600 Palestinians (100 of which are civilians)"."""
    tokens, prev = clause.tokens, links[-1]
    k = phrase.first
    before = [t.low for t in tokens[max(k - 3, 0) : k]]
    item = Link(phrase, prev.category, "subset", prev.trigger, head=prev)
    if before[-1:] == ["("] and _bracketed_years(clause, phrase):
        return None  # "listed as missing from the war (1950-1953)": years, no item
    if before[-2:] in (["as", "were"], ["as", "was"]) or before[-3:-1] in (
        ["as", "were"], ["as", "was"]
    ):
        return Link(phrase, prev.category, "coord", prev.trigger)
    nxt = tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None
    if before == ["as", "well", "as"] and (
        (phrase.kind == "one" and phrase.head is not None)  # casualty-20: "..., as well as an
        # elderly school assistant": a described single victim
        or nxt is not None and any(
            t.low in PERSON_NOUNS for t in tokens[phrase.last + 1 : phrase.last + 3]
        )
    ) and (
        _after_predicate(clause, prev, k - 3)
    ):  # "Six police officers were hurt in the riot, as well as four bystanders"
        return Link(phrase, prev.category, "coord", prev.trigger)
    if before[-1:] == ["("] and nxt is not None and (
        nxt.low in PERSON_NOUNS or phrase.kind == "one"
    ) and _after_predicate(clause, prev, k - 1):
        # "Nine were found dead (five men and four women)": a bracketed breakdown's items
        return item
    if before[-1:] and (before[-1] == "(" or before[-1] in DASHES) and (
        prev.phrase.last < k - 1 and _skip_breakdown(clause, k - 1) > 0
    ):  # "14 persons – 13 men and one woman – were found dead": the breakdown's items
        return item
    if before[-1:] == ["("] and tokens[phrase.last + 1 : phrase.last + 3] and (
        tokens[phrase.last + 1].low == "of" and tokens[phrase.last + 2].low in ("which", "whom")
    ):
        return item  # "(100 of which are civilians)"
    placed = _place_item(clause, phrase, prev)
    if placed is not None:
        return placed
    j = phrase.last + 1
    j += j < len(tokens) and tokens[j].low == "each"  # "and two each from ..."
    after = tokens[j] if j < len(tokens) else None
    if after is not None and (
        before[-1:] in ([","], ["and"]) or before == ["as", "well", "as"]
    ) and _placed_predicate_item(clause, phrase, prev, j):
        # casualty-20 (fixp): "64 people were hospitalized in the capital, as well as 28 in
        return Link(phrase, prev.category, "coord", prev.trigger)  # Kryvyi Rih and six in ..."
    if after is None or before[-1:] not in ([","], ["and"]):
        return None
    if after.low in ("in", "from", "at") and _located(clause, prev.phrase):
        return Link(phrase, prev.category, "coord", prev.trigger)  # "36 in North Cotabato"
    if after.low == "on" and _dated(tokens, j + 1) and prev.trigger is not None and any(
        tokens[t].low == "on" and _dated(tokens, t + 1)
        for t in range(prev.trigger.last + 1, min(prev.trigger.last + 4, k))
    ):  # "SEVEN OF THEM WERE EXHUMED ON 26 NOVEMBER AND SIX ON 27 NOVEMBER"
        return Link(phrase, prev.category, "coord", prev.trigger)
    between = tokens[prev.phrase.last + 1 : k - 1]
    short = 0 < len(between) <= 8 and all(t.is_word for t in between)
    if before[-1:] == [","] and short and after.low in PERSON_NOUNS and (
        after.low not in ("family", "families")  # "three lives lost, two families changed"
    ):
        if _status_follows(tokens, j + 1):
            return None  # "3 Wounded In Shooting, 2 Suspects Sought": its own clause
        return item  # "20 bodies had been recovered, eleven women and nine men"
    if phrase.kind == "one" and phrase.head is None and before[-1:] == [","] and (
        prev.rule in ("active", "toll") and nxt is not None and nxt.low in APPOSITION_ENDS
    ) and (
        0 < len(between) <= 4 and all(t.is_word for t in between)
        and between[-1].low in PERSON_NOUNS and between[-1].low not in SINGULAR_PERSON_NOUNS
    ):  # "the killing of two army officers, Captain A and Lieutenant B, by guards"
        return item
    if prev.rule == "subset" and prev.head is not None and before[-1:] == ["and"] and (
        phrase.kind == "one" and prev.phrase.kind == "one" and prev.phrase.last == k - 2
    ):  # "..., Captain A and Lieutenant B"
        return Link(phrase, prev.category, "subset", prev.trigger, head=prev.head)
    if prev.rule == "subset" and prev.head is not None and before[-1:] == [","] and (
        phrase.kind == "one" and prev.phrase.kind == "one" and prev.phrase.last == k - 2
    ):  # "including Foreign Minister A, Trade Minister B and two other ministers"
        return Link(phrase, prev.category, "subset", prev.trigger, head=prev.head)
    if prev.rule == "subset" and prev.head is not None and before[-1:] == ["and"] and (
        after.low in PERSON_NOUNS or _names_people(clause, phrase)  # "TWO SALVADORAN WOMEN"
    ):
        return Link(phrase, prev.category, "subset", prev.trigger, head=prev.head)
    return None


PLACE_ITEM_LEADS = frozenset({"in", "from"})
PLACE_NAME_MAX = 8


def _place_end(tokens: list[Token], k: int) -> int:
    """Index after "in/from (the) <Capitalised> ..." at k, a place (words of the place may be
    "of", "and" or a comma before another capitalised word: "in Sancheong, South Gyeongsang
    Province", "from China and Russia"), or -1 when no capitalised place follows."""
    j = k + 1
    j += j < len(tokens) and tokens[j].low == "the"
    if j >= len(tokens) or not (tokens[j].is_word and tokens[j].is_cap):
        return -1
    end = j + 1
    while end < len(tokens) and end - k <= PLACE_NAME_MAX:
        tok = tokens[end]
        if tok.is_word and tok.is_cap:
            end += 1
        elif tok.low in ("of", "the", ",", "and") and end + 1 < len(tokens) and (
            tokens[end + 1].is_word and tokens[end + 1].is_cap
        ) and not (tok.low in (",", "and") and _cap_figure_next(tokens, end + 1)):
            end += 2
        else:
            break
    return end


def _cap_figure_next(tokens: list[Token], k: int) -> bool:
    """A capitalised figure word opens the next item ("..., Four in Andong"): no place."""
    return tokens[k].low in NUMBER_WORDS_CAP


NUMBER_WORDS_CAP = words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty"
)
BREAKDOWN_OPENERS = frozenset({":", "—", "–", "-"})


def _place_item(clause: Clause, phrase: NumberPhrase, prev: Link) -> Link | None:
    """An item of a breakdown by place or origin after a colon or a dash that ends the last
    figure's clause, and the items after it (joined by ",", ";" or "and"): "tallied the
    death toll at 24 - four in Sancheong, South Gyeongsang Province and 20 in Uiseong";
    "26 foreigners died: five from Iran; four from China and Russia; and one from ..."
    (GUIDELINES: each item of a breakdown is a mention). casualty-20."""
    tokens, k = clause.tokens, phrase.first
    j = phrase.last + 1
    j += j < len(tokens) and tokens[j].low == "each"
    placed = j < len(tokens) and tokens[j].low in PLACE_ITEM_LEADS and _place_end(tokens, j) > 0
    opener = k - 1
    if opener < 1 or prev.phrase.last >= opener:
        return None
    if opener >= 2 and _dash_at(tokens, opener - 1) == 2:
        opener -= 1  # a typed "--"
    elif tokens[opener].text == "-" and tokens[opener - 1].end == tokens[opener].start:
        return None  # a hyphen glued to a word is no dash
    if tokens[opener].text in BREAKDOWN_OPENERS:
        between = range(prev.phrase.last + 1, opener)
        if len(between) > 10 or any(
            tokens[b].text in CLAUSE_PUNCT or tokens[b].text in ",()" for b in between
        ):
            return None
        if placed:
            return Link(phrase, prev.category, "coord", prev.trigger)  # group: its own words
        if tokens[opener].text != ":" and _names_people(clause, phrase):
            # "20 are foreigners — 18 Chinese nationals, one Laotian and another ..."
            return Link(phrase, prev.category, "subset", prev.trigger, head=prev)
        return None
    if not placed:
        return None
    if prev.rule != "coord":
        return None
    lead = opener - (tokens[opener].low == "and" and tokens[opener - 1].text in ",;")
    if tokens[lead].text not in (",", ";") and tokens[lead].low != "and":
        return None
    pj = prev.phrase.last + 1
    pj += pj < len(tokens) and tokens[pj].low == "each"
    if pj >= len(tokens) or tokens[pj].low not in PLACE_ITEM_LEADS or (
        _place_end(tokens, pj) != lead
    ):
        return None  # the last item was a place item, and only its place stands between
    return Link(phrase, prev.category, "coord", prev.trigger)


def _dated(tokens: list[Token], k: int) -> bool:
    """A date starts at token k: "26 NOVEMBER", "November 26", "Monday"."""
    if k >= len(tokens):
        return False
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    low = tokens[k].low
    return low in WEEKDAYS or low in MONTHS or (tokens[k].is_digit and nxt in MONTHS)


APPOSITION_ENDS = frozenset({",", "and", "by", "on", "in", "at", "during", "near", "."})


def _placed_predicate_item(clause: Clause, phrase: NumberPhrase, prev: Link, j: int) -> bool:
    """casualty-20 (fixp): a bare figure with a capitalised place ("28 in Kryvyi Rih") after
    ",", "and" or "as well as", when the last figure's own predicate, right after its noun
    phrase, ends in a place ("64 people were hospitalized in the capital"): an item of the same
    kind by place, its clause ending with the place (no verb of its own)."""
    tokens, trig = clause.tokens, prev.trigger
    if trig is None or prev.rule != "pred" or trig.first <= prev.phrase.last or (
        tokens[j].low not in PLACE_ITEM_LEADS
    ):
        return False
    end = _place_end(tokens, j)
    if end < 0 or end < len(tokens) and tokens[end].is_word and tokens[end].low != "and" or (
        end in clause.trigger_at
    ):
        return False
    if not any(t.low in ("in", "at", "from") for t in tokens[trig.last + 1 : trig.last + 3]):
        return False
    joint = phrase.first - (3 if tokens[phrase.first - 1].low == "as" else 1)
    between = tokens[prev.phrase.last + 1 : joint]
    if between and between[-1].text == ",":
        between = between[:-1]
    return 0 < len(between) <= 12 and all(t.is_word for t in between) and not any(
        t.low in REPORT_VERBS or t.low in SUBORDINATORS for t in between
    )


def _after_predicate(clause: Clause, prev: Link, k: int) -> bool:
    """Token k follows the last figure's own clause closely: only words (its predicate and a
    short complement) stand between, no other figure or clause mark."""
    between = clause.tokens[prev.phrase.last + 1 : k]
    if between and between[-1].text == ",":
        between = between[:-1]  # "..., as well as four bystanders"
    return len(between) <= 10 and all(t.is_word for t in between)


def _status_follows(tokens: list[Token], k: int) -> bool:
    """The people after a comma have a predicate of their own that is no casualty: "2
    Suspects Sought", "two men arrested", "three suspects at large"."""
    return any(t.low in NOT_VICTIM_STATUS for t in tokens[k : k + 2])


def _located(clause: Clause, phrase: NumberPhrase) -> bool:
    """The figure's noun phrase ends in a place: "21 injured individuals in Davao del Sur"."""
    tokens = clause.tokens
    for j in range(phrase.last + 1, min(phrase.last + 5, len(tokens) - 1)):
        if tokens[j].low in ("in", "from", "at"):
            nxt = j + 2 if tokens[j + 1].low == "the" and j + 2 < len(tokens) else j + 1
            return tokens[nxt].is_cap  # "in North Cotabato", "from the Armed Forces"
        if not tokens[j].is_word:
            return False
    return False


def _reports(clause: Clause, phrase: NumberPhrase) -> bool:
    """ "..., a police officer told reporters": the figure names a source, not victims."""
    tokens = clause.tokens
    for k in range(phrase.last + 1, min(phrase.last + 4, len(tokens))):
        if tokens[k].low in REPORT_VERBS:
            return True
        if not tokens[k].is_word or tokens[k].low in FUNCTION_WORDS:
            return False
    return False


def _own_verb_after(clause: Clause, phrase: NumberPhrase) -> bool:
    """An auxiliary within four words after the figure: ", and about 50,000 have been
    displaced" is a clause of its own, no list item."""
    return any(t.low in AUXILIARIES for t in clause.tokens[phrase.last + 1 : phrase.last + 5])


def _follows_person_np(clause: Clause, head: Link, k: int) -> bool:
    """Token k comes right after a longer noun phrase of people (up to six words ending in a
    person noun, no function word) after an active verb's figure: "killed seventeen South
    Korean government officials and four ..."."""
    between = clause.tokens[head.phrase.last + 1 : k]
    return head.rule == "active" and 3 < len(between) <= 6 and between[-1].low in PERSON_NOUNS and (
        all(t.is_word and t.low not in FUNCTION_WORDS and t.low not in AUXILIARIES
            for t in between)
    )


AGE_RANGE_OWNERS = frozenset({"his", "her", "their"})
AGE_RANGE_MODIFIERS = frozenset({"early", "mid", "late"})


def age_phrase_end(tokens: list[Token], k: int) -> int:
    """casualty-20 (fixi): index after an age phrase starting at k, "in his 70s", "in their
    early 60s", "in her mid-30s", "aged 70"; else k."""
    n = len(tokens)
    if k + 1 < n and tokens[k].low == "aged" and tokens[k + 1].is_digit and (
        int(tokens[k + 1].text) <= 115
    ):
        return k + 2
    if k + 3 >= n or tokens[k].low != "in" or tokens[k + 1].low not in AGE_RANGE_OWNERS:
        return k
    j = k + 2
    if tokens[j].low in AGE_RANGE_MODIFIERS:
        j += 1 + (j + 1 < n and tokens[j + 1].text == "-")
    if j + 1 < n and tokens[j].is_digit and re.fullmatch(r"[1-9]0", tokens[j].text) and (
        tokens[j + 1].text == "s" and glued(tokens[j], tokens[j + 1])
    ):
        return j + 2
    return k


def _without_ages(tokens: list[Token], lo: int, hi: int) -> list[Token]:
    """Tokens lo..hi-1 less their age phrases ("a man in his 70s")."""
    kept: list[Token] = []
    j = lo
    while j < hi:
        end = age_phrase_end(tokens, j)
        if end > j and end <= hi:
            j = end
            continue
        kept.append(tokens[j])
        j += 1
    return kept


def _follows_np_of(clause: Clause, head: NumberPhrase, k: int, longest: int = 3) -> bool:
    """Token k comes right after head's noun phrase (at most three words). A subset's noun
    phrase may carry a relative clause ("among them a commander who had served three tours
    and two conscripts"): up to `longest` words, auxiliaries allowed after who/that. An age
    phrase ("two women in their 60s and a man") is no word of it (casualty-20, fixi)."""
    between = _without_ages(clause.tokens, head.last + 1, k)
    if len(between) > longest or not all(t.is_word for t in between):
        return False
    if any(t.low in RELATIVES or t.low == "that" for t in between):
        return not any(k2 in clause.trigger_at for k2 in range(head.last + 1, k))
    return all(t.low not in AUXILIARIES for t in between)


def fronted_of(tokens: list[Token]) -> int:
    """Index after a sentence-opening "Of" or "Out of" ("Out of the 40 raiders, 35 were
    killed"), or 0; a citation mark before it ("[6] Of the 31 ...", blanked to its digits)
    is skipped."""
    j = 0
    if len(tokens) > 2 and tokens[0].is_digit and tokens[1].text in ("Of", "Among", "Out"):
        j = 1
    while j + 3 < len(tokens) and tokens[j].text == "[" and tokens[j + 1].is_digit and (
        tokens[j + 2].text == "]"
    ):
        j += 3
    if len(tokens) > j and tokens[j].low in ("of", "among"):
        return j + 1
    if len(tokens) > j + 1 and tokens[j].low == "out" and tokens[j + 1].low == "of":
        return j + 2
    # "Estimates showed that among those killed, 600 were children": a complement clause
    # opening with the partitive
    for k in range(1, min(len(tokens) - 1, 12)):
        if tokens[k].low == "that" and tokens[k + 1].low in ("of", "among") and not any(
            t.text in CLAUSE_PUNCT or t.text == "," for t in tokens[:k]
        ):
            return k + 2
    return 0


CAPTIVE_WHOLE = re.compile(r"\b(?:prisoners|pows|hostages|captives|abductees|detainees)\b")


def _fronted_captives(clause: Clause, phrase: NumberPhrase) -> bool:
    """A figure in the comma/and list after a fronted "Of these," / "Of them," whose previous
    sentence counts captives ("There were 7,140 POWs during the war. Of these, 4,418 were
    returned, 2,701 died and 21 refused repatriation")."""
    tokens = clause.tokens
    if len(tokens) < 4 or tokens[0].low != "of" or tokens[1].low not in (
        "these", "those", "them", "whom"
    ) or tokens[2].text != "," or phrase.first < 3:
        return False
    if clause.before is None or not CAPTIVE_WHOLE.search(clause.before.lower()):
        return False
    if any(t.text in CLAUSE_PUNCT for t in tokens[3 : phrase.first]):
        return False
    return tokens[phrase.first - 1].low in (",", "and") and (
        phrase.first == 3 or tokens[phrase.first - 1].low != ","
        or _list_comma(clause, phrase.first - 1)
    )


def _list_comma(clause: Clause, k: int) -> bool:
    """The comma at k follows a figure's short clause ("4,418 were returned to the United
    States, 2,701 died"), as a list item's end: some figure stands earlier in the list."""
    return any(p.last < k for p in clause.phrases if p.first >= 3)


def _fronted_partitive(clause: Clause, phrase: NumberPhrase, links: list[Link]) -> Link | None:
    """ "Of those killed, 402 were pedestrians"; "Of the 251 people taken hostage, 59 remain":
    a figure after a fronted "Of ..." phrase is a part of it, kept like other partitives only
    for deaths, captives and the missing. "... and 87 were cyclists" goes on with it."""
    tokens = clause.tokens
    start = fronted_of(tokens)
    if not start or phrase.first < start + 2:
        return None
    if tokens[phrase.first - 1].text != ",":
        prev = next((lk for lk in reversed(links) if lk.rule == "subset"), None)
        verb = tokens[phrase.last + 1].low if phrase.last + 1 < len(tokens) else ""
        if prev is not None and prev.head is None and tokens[phrase.first - 1].low == "and" and (
            verb in ("were", "was", "are", "is")
        ):  # "..., and 87 were cyclists", "101 are female and 55 are male"
            return Link(phrase, prev.category, "subset", prev.trigger)
        return None
    inner = range(start, phrase.first - 1)
    if any(tokens[j].text in CLAUSE_PUNCT for j in inner):
        return None
    head = next((lk for lk in links if lk.phrase.first in inner), None)
    if head is not None:
        category, trig = head.category, head.trigger
    else:
        found = [t for t in clause.triggers if t.last < phrase.first - 1 and "post" in t.roles]
        if not found or any(j in clause.phrase_at for j in inner):
            return None
        category, trig = found[-1].category, found[-1]
    if category not in ("killed", "captured", "missing"):
        return None
    return Link(phrase, category, "subset", trig)


APPOSITION_OPENERS = frozenset({",", "(", "-", "—", "–"})
VICTIM_NP_MAX = 4


def _figureless_victims(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """A breakdown or partitive in apposition to victims named without a figure: "the
    assassination of the Jesuits -- five Spaniards and one Salvadoran --", "the death of the
    priests, five of them Spaniards", "the Jesuits who were killed on Monday, five of whom
    were Spaniards". The figure takes the act noun's or the relative predicate's category."""
    tokens = clause.tokens
    k = phrase.first - 1
    while k >= 0 and tokens[k].text in APPOSITION_OPENERS:
        k -= 1
    if k == phrase.first - 1 or k < 2:
        return None
    after = [t.low for t in tokens[phrase.last + 1 : phrase.last + 3]]
    if after[:1] == ["of"] and after[1:] not in (["them"], ["whom"]):
        return None
    people = phrase.kind == "one" or any(
        t.low in PERSON_NOUNS for t in tokens[phrase.last + 1 : phrase.last + 4] if t.is_word
    )
    if after[:1] != ["of"] and not people:
        return None  # an item names people: "five Spaniards"; or "five of them ..."
    if tokens[k].low not in PERSON_NOUNS:
        return _relative_victims(clause, phrase, k)
    j = k - 1
    while j >= 0 and k - j <= VICTIM_NP_MAX and tokens[j].low not in ("of", "the"):
        if j in clause.phrase_at or j in clause.trigger_at or not tokens[j].is_word:
            return None
        j -= 1
    if j >= 0 and tokens[j].low == "the":
        j -= 1
    if j >= 1 and tokens[j].low == "of":
        act = OF_NOUN_RE.search(clause.text, max(0, tokens[j - 1].start - 20), tokens[j].end + 1)
        noun = act.group("noun").split()[-1] if act is not None else ""
        category = TOLL_CATEGORY.get(noun)
        if category is not None and noun not in ("release", "return", "exchange", "swap"):
            return Link(phrase, category, "subset", None)
        return None
    return None


def _relative_victims(clause: Clause, phrase: NumberPhrase, k: int) -> Link | None:
    """ "the Jesuits who were killed on 16 November, five of whom ...": the victims' relative
    predicate, ending at token k, names the category."""
    tokens = clause.tokens
    rel = next((n for n in range(k, max(k - 10, 0), -1) if tokens[n].low in ("who", "that")), -1)
    if rel < 1 or tokens[rel - 1].low not in PERSON_NOUNS or tokens[rel + 1].low not in (
        "were", "was"
    ) or any(n in clause.phrase_at for n in range(rel, phrase.first)):
        return None
    trig = next((t for t in clause.triggers if rel < t.first <= k), None)
    if trig is None or "pred" not in trig.roles:
        return None
    return Link(phrase, trig.category, "subset", trig)


def _fronted_adverbial_end(tokens: list[Token], k: int) -> bool:
    """The comma at k is the first of a sentence opening on a subordinator ("As ...", "When
    ...", "After ..."): it closes that fronted clause."""
    return bool(tokens) and (tokens[0].low in SUBORDINATORS or tokens[0].low == "as") and not any(
        t.text == "," for t in tokens[1:k]
    )


def _noun_subset(clause: Clause, phrase: NumberPhrase) -> Link | None:
    """ "the remaining hostages, including five soldiers": a subset of a casualty noun that
    carries no figure of its own."""
    tokens = clause.tokens
    k = phrase.first - 1
    if k >= 2 and tokens[k].text == "," and tokens[k - 1].low in PERSON_NOUNS:
        # "The injured teenagers, three girls and a boy, were hospitalized": a breakdown of
        # a casualty noun phrase, in apposition
        if _fronted_adverbial_end(tokens, k):
            return None  # "As hopes faded for the missing crew, about 80 relatives ...": the
            # comma ends a fronted clause; the figure opens the main one (casualty-20)
        trig = clause.trigger_at.get(k - 2)
        if trig is not None and "post" in trig.roles and trig.last == k - 2:
            return Link(phrase, trig.category, "subset", trig)
        return None
    if k < 2 or tokens[k].low != "including" or tokens[k - 1].text != ",":
        return None
    k -= 1
    trig = next((t for t in clause.triggers if t.last == k - 1), None)
    if trig is None or "post" not in trig.roles or "active" in trig.roles:
        return None
    return Link(phrase, trig.category, "subset", trig)


# --- negation, hypotheticals, denials, partitives ------------------------------------------


COUNTING_VERBS = words("include includes including count counts cover covers contain contains")


def _excluded_victims(clause: Clause, link: Link) -> bool:
    """ "The Observatory does not include thousands of people who have gone missing": a count
    that leaves victims out negates the counting, not their fate told in a relative clause."""
    tokens, phrase, trig = clause.tokens, link.phrase, link.trigger
    if trig is None or link.rule != "pred" or phrase.first < 1:
        return False
    if tokens[phrase.first - 1].low not in COUNTING_VERBS:
        return False
    return any(t.low in ("who", "that") for t in tokens[phrase.last + 1 : trig.first])


NEGATION_BREAKS = frozenset({";", ":", "—", "–", "-"})


def _after_break(before: list[str]) -> list[str]:
    """The words after the last clause break: "The number of victims has not changed — 12
    people died" (the negation is the other clause's)."""
    cut = [j for j, w in enumerate(before) if w in NEGATION_BREAKS]
    return before[cut[-1] + 1 :] if cut else before


def _is_blocked(clause: Clause, link: Link) -> bool:
    tokens = clause.tokens
    phrase = link.phrase
    before = [t.low for t in tokens[max(phrase.first - 6, 0) : phrase.first]]
    if _conditioned(tokens, phrase.first):
        return True
    if any(w in NEGATIONS for w in _after_break(before[-3:])) and not (
        _excluded_victims(clause, link)
    ):
        return True
    if _denied(clause.text, tokens[phrase.first].start):
        return True
    if DEFINITION.search(clause.text, 0, tokens[phrase.first].start):
        return True  # "defines a mass shooting as one in which four or more people are shot"
    if link.category == "killed" and CAPACITY.search(
        clause.text, max(0, tokens[phrase.first].start - 40), tokens[phrase.first].start
    ):
        return True  # "a memorial that could accommodate over 400 bodies": room, not deaths
    if link.trigger is not None and link.trigger.text in ("coffins", "caskets") and (
        COFFIN_TRADE.search(clause.text)
    ):
        return True  # "the factory makes 300 coffins a week": goods, not the dead
    if _conditional_outcome(tokens, link):
        return True
    if _succession_death(clause, link):
        return True
    if PROBABILITY_BEFORE.search(
        clause.text, max(0, tokens[phrase.first].start - 60), tokens[phrase.first].start
    ):
        return True  # "The probability of deaths exceeding 100,000 is 36%": a forecast
    if _withdrawn(clause, phrase):
        return True
    trig = link.trigger
    if trig is not None and link.category == "killed" and PRESUMED_ONLY.fullmatch(trig.text) and (
        FOUND_ALIVE.search(clause.text, tokens[trig.last].end)
    ):
        return True  # "the two had been declared dead ..., were still alive": a presumption
        # the same sentence proves wrong (GUIDELINES: a withdrawn figure)
    if trig is not None and _averted(tokens, trig):
        return True
    if trig is None or link.rule in ("subset", "coord"):
        return False
    return _negated_or_hypothetical(tokens, link, trig, clause.text)


def _succession_death(clause: Clause, link: Link) -> bool:
    """ "Kim took power after his father, Kim Jong-il, died": a ruler's succession on a
    natural death, no victim (casualty-20, fixh)."""
    tokens, phrase = clause.tokens, link.phrase
    if link.category != "killed" or phrase.kind != "one" or [
        t.low for t in tokens[phrase.first : phrase.first + 2]
    ] not in SUCCEEDED_KIN:
        return False
    start = tokens[phrase.first].start
    return SUCCESSION.search(clause.text, max(0, start - 60), start) is not None


SUCCEEDED_KIN = [[p, k] for p in ("his", "her") for k in (
    "father", "mother", "predecessor", "brother", "husband", "grandfather", "uncle")]
# A ruler taking over on a predecessor's death: "took power after his father ... died",
# "succeeded his father when he died", "inherited the leadership following her mother's death"
SUCCESSION = re.compile(
    r"\b(?:took|take|takes|taking|came|comes|coming|assumed|assumes|inherited|inherits)\s+"
    r"(?:power|office|the\s+throne|the\s+(?:leadership|presidency|crown|reins)|over|to\s+power)"
    r"(?:\s+(?:in|of)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:after|when|following|upon|on)\s+$"
)


# casualty-20: a figure inside a probability's "of"/"that" phrase is a forecast ("the
# probability of deaths exceeding 100,000 is 36%", "a 35% chance that deaths range between
# 1,000 and 10,000"), no count of deaths that happened (GUIDELINES: not a mention)
PROBABILITY_BEFORE = re.compile(
    r"\b(?:probability|probabilities|chance|chances|likelihood|odds)\s+(?:of|that)"
    r"(?:\s+(?!(?:is|are|was|were|after|when|as|because|since|while|for)\b)[\w'-]+){0,5}?"
    r"\s+(?:deaths|fatalities|casualties|death toll|toll|dead|killed|injured|injuries)"
    r"(?:\s+(?:will|would|could|might|may|to))?"
    r"\s+(?:exceeding|exceeds?|topping|tops?|surpassing|surpass|reaching|reach|ranging|range"
    r"|being|be|of|at|above|over|between)\b"
    r"(?:\s+(?:more than|at least|fewer than|less than|over|above|about|around|from|between))?"
    r"\s*$"
    r"|\b(?:probability|probabilities|chance|chances|likelihood|odds)\s+of\s+(?:more than"
    r"|at least|over|fewer than|less than|between|up to)?\s*$"
)


def _denied(text: str, start: int) -> bool:
    """A denial word earlier in the sentence, in the figure's own clause: "denied that 40
    soldiers had been killed" blocks the 40, but not the figure the denier gives next
    (", saying only six had died"; "; it said 8 were killed")."""
    ends = [m.end() for m in DENIALS.finditer(text, 0, start)
            if DENIED_AGENCY.match(text, m.end()) is None]  # "denied any responsibility in"
    return bool(ends) and not DENIAL_SCOPE_END.search(text, ends[-1], start)


THREATENED_HARM = frozenset({
    ("close", "to"), ("about", "to"), ("danger", "of"), ("risk", "of"), ("verge", "of"),
    ("brink", "of"),
})


def _averted(tokens: list[Token], trig: Trigger) -> bool:
    """ "narrowly escaped injury", "avoided serious injury", "were spared injury", "without
    injury": the harm the trigger names did not happen."""
    k = trig.first - 1
    while k >= 0 and trig.first - k <= 2 and tokens[k].low in HARM_MODIFIERS:
        k -= 1
    if k >= 0 and tokens[k].low in AVERTING_WORDS:
        return True
    k = trig.first - 1  # "was nearly killed", "almost died", "came close to being killed"
    while k >= 0 and tokens[k].low in ("being", "been", "be"):
        k -= 1
    if k >= 0 and tokens[k].low in NEAR_MISS_WORDS:
        return True
    # "was in danger of being captured", "at risk of being killed", "on the verge of being
    # taken", "was about to be captured": harm that threatened (casualty-20, fixg)
    return k >= 1 and (tokens[k - 1].low, tokens[k].low) in THREATENED_HARM


def _withdrawn(clause: Clause, phrase: NumberPhrase) -> bool:
    """A figure the sentence itself withdraws: "one died, which proved incorrect"; "This
    revised downwards an earlier toll of 27 dead"."""
    end = clause.tokens[phrase.last].end
    if WITHDRAWN_AFTER.search(clause.text, end):
        return True
    start = clause.tokens[phrase.first].start
    if CORRECTED_BEFORE.search(clause.text, max(0, start - 160), start):
        return True  # "corrected an earlier statement in which he had said two ..."
    if CONTRADICTED_BEFORE.search(clause.text, max(0, start - 120), start):
        return True  # casualty-20 (fixp): "despite earlier media reports stating that 19 ..."
    if REPORTED_BEFORE.search(clause.text, max(0, start - 60), start) and (
        CALLED_WRONG_AFTER.match(clause.text[end:])
    ):
        return True  # "initial reports of two deaths were wrong"
    return bool(DOWNWARD_REVISION.search(clause.text)) and bool(
        EARLIER_FIGURE.search(clause.text, max(0, start - 50), start)
    )


EPISTEMIC = frozenset({"may", "might"})  # "may have killed 200" estimates a past event


def _ranked_infinitive(tokens: list[Token], link: Link, trig: Trigger) -> bool:
    """ "the first woman to die": an ordinal victim right before "to" and the verb."""
    phrase = link.phrase
    return phrase.kind == "one" and trig.first == phrase.last + 2 and (
        tokens[phrase.last + 1].low == "to"
    ) and any(t.low in RANKING_WORDS for t in tokens[phrase.first : phrase.last])


def _conditioned(tokens: list[Token], first: int) -> bool:
    """ "if/unless/whether" shortly before the figure, in its own clause: "did not say
    whether 30 died, but 12 were confirmed dead" blocks the 30, not the 12; nor "did not say
    whether the suspect was armed when 2 officers were wounded" (a new clause opens)."""
    for tok in reversed(tokens[max(first - 6, 0) : first]):
        if tok.text == "," or tok.text in CLAUSE_PUNCT or tok.low == "but":
            return False
        if tok.low == "once" and _present_procedure(tokens, first):
            return True  # "Once verification of the missing person is made, ...": a
            # procedure told in the present, no event (casualty-20, fixh)
        if tok.low in SUBORDINATORS and tok.low not in ("if", "unless", "whether"):
            return False
        if tok.low in ("if", "unless", "whether"):
            return True
    return False


def _present_procedure(tokens: list[Token], first: int) -> bool:
    """The "once" clause holding the figure at `first` runs to a comma with a present-tense
    "is/are" and no past tense ("Once the missing person is identified, the family is told")."""
    seen = False
    for tok in tokens[first + 1 :]:
        if tok.text == "," or tok.text in CLAUSE_PUNCT:
            break
        if tok.low in ("was", "were", "had"):
            return False
        seen = seen or tok.low in ("is", "are")
    return seen


def _is_modal(tokens: list[Token], k: int) -> bool:
    """A modal verb; the month "May" (capitalised inside a sentence) is none."""
    tok = tokens[k]
    return tok.low in MODALS and not (tok.text == "May" and k > 0)


def _conditional_outcome(tokens: list[Token], link: Link) -> bool:
    """ "If confirmed, the losses would bring the toll to over 200": a sentence that opens
    with a condition and puts the figure in its modal main clause (no comma or clause mark
    between the modal and the figure). "If confirmed, it would be the worst attack since
    2019, when 50 people were killed": the figure is in another clause, and stays."""
    if not tokens or tokens[0].low not in CONDITIONS:
        return False
    first = min(link.phrase.first, link.trigger.first if link.trigger else link.phrase.first)
    comma = next((i for i in range(1, first) if tokens[i].text == ","), None)
    if comma is None:
        return False
    for tok in reversed(tokens[comma + 1 : first]):
        if tok.text == "," or tok.text in CLAUSE_PUNCT:
            return False
        if tok.low in CONDITIONAL_MODALS:
            return True
    return False


def _outside_relatives(tokens: list[Token], lo: int, hi: int) -> list[int]:
    """The indices from lo to hi outside a comma-closed relative clause (", who has not been
    identified,"): its negation or modal is its own, not the figure's predicate's."""
    out: list[int] = []
    j = lo
    while j < hi:
        if tokens[j].text == "," and j + 1 < hi and tokens[j + 1].low in ("who", "whose"):
            after = relative_close(tokens, j + 2)  # the token after the relative's comma
            if 0 < after <= hi:
                j = after
                continue
        out.append(j)
        j += 1
    return out


def _negated_or_hypothetical(
    tokens: list[Token], link: Link, trig: Trigger, clause_text: str
) -> bool:
    if link.rule == "pred":
        lo = link.phrase.last + 1
    else:
        lo = max(trig.first - 3, 0)
        cut = [j for j in range(lo, trig.first) if tokens[j].text == "," or (
            tokens[j].text in CLAUSE_PUNCT
        )]
        lo = cut[-1] + 1 if cut else lo  # "through to Wednesday, killing 20"
    span = _outside_relatives(tokens, lo, trig.first) if link.rule == "pred" else range(
        lo, trig.first
    )
    words = {tokens[j].low for j in span}
    modal = any(
        _is_modal(tokens, j) and not (tokens[j].low in EPISTEMIC and tokens[j + 1].low == "have")
        and not (tokens[j].low == "could" and tokens[j + 1].low == "only")
        for j in span
    )  # "could only capture two of them alive": past ability, done (casualty-20, fixg)
    if modal and trig.category == "captured" and trig.text in RELEASE_WORDS:
        modal = False  # "four policemen are expected to be released": taken already
    if words & NEGATIONS or modal:  # "may have killed 200" estimates a past event: kept
        return True
    if link.rule == "active" and trig.first >= 2 and tokens[trig.first - 1].low == "and":
        # "could kill as many as 800 people and injure 18,000": the modal covers both verbs, and
        # so does an infinitive ("threatened to pull a knife and stab two men"), unless it
        # tells what was done ("chose to pull out a knife and stab the two men")
        for j in range(trig.first - 2, max(trig.first - 12, 0) - 1, -1):
            if tokens[j].text == "," or tokens[j].text in CLAUSE_PUNCT:
                break
            if _is_modal(tokens, j) or (tokens[j].low == "to" and not _done_infinitive(tokens, j)):
                return True
    if trig.text in ("die", "drown") and _ranked_infinitive(tokens, link, trig):
        return False  # "the first woman to die in the protests": one death
    if trig.text in ("die", "drown") and not PERIODIC.search(clause_text) and not (
        link.rule == "pred" and HEADLINE_CLAUSE.search(clause_text) is None
        and not CONDITION_WORDS.search(clause_text)
    ):  # "people die if ...", but "about 400 people die each year" is a statistic and the
        return True  # headline "Two die in house fire" a report
    # "plans to kill 20", "to seriously injure": an infinitive; not "up to 75 knots injured 2",
    # nor one that tells what was done ("was able to free 207", "managed to rescue")
    return link.rule == "active" and any(
        tokens[j].low == "to" and all(t.low.endswith("ly") for t in tokens[j + 1 : trig.first])
        and not _done_infinitive(tokens, j)
        for j in range(lo, trig.first)
    )


# "claimed to have killed", "appears to have died": a reporting verb before a perfect infinitive
PERFECT_INFINITIVE_LEADS = words(
    "claimed claims claim said reported believed thought appears appeared seems seemed"
)


def _done_infinitive(tokens: list[Token], to: int) -> bool:
    """ "was/were able to", "managed to", "succeeded in": the infinitive's act happened."""
    lead = [t.low for t in tokens[max(to - 2, 0) : to]]
    if to + 1 < len(tokens) and tokens[to + 1].low == "have" and bool(lead) and (
        lead[-1] in PERFECT_INFINITIVE_LEADS
    ):
        return True  # casualty-20 (fixn): "claimed to have killed 77 and wounded 40": a
        # perfect infinitive after a reporting verb tells a past act
    return (bool(lead) and lead[-1] in DONE_INFINITIVE_LEADS) or lead == ["went", "on"] or (
        lead[-1:] == ["able"] and lead[:1] in (["was"], ["were"])
    )
