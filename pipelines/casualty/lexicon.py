"""Word lists and trigger patterns for casualty extraction (English only).

Everything here is plain data or a regex compiled once at import time.
"""

from __future__ import annotations

import re
from typing import Literal

try:  # the parser re uses, for the first characters of a trigger pattern
    import re._constants as re_const
    import re._parser as re_parser
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as re_const
    import sre_parse as re_parser


def words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(text.split())

Category = Literal["killed", "wounded", "casualties", "missing", "captured"]
Qualifier = Literal[
    "exact", "approximately", "at_least", "more_than", "nearly", "at_most", "range", "vague"
]

def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when not plainly known
    (a class, a category, an empty match): read from the parsed pattern."""
    found = _first_of_seq(list(re_parser.parse(pattern)))
    return None if found is None or found[1] else frozenset(found[0])


def _first_of_seq(seq: list[tuple[object, object]]) -> tuple[set[str], bool] | None:
    """(first characters, may match empty) of a sequence of parsed items, or None."""
    chars: set[str] = set()
    for op, av in seq:
        found = _first_of_item(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of_item(op: object, av: object) -> tuple[set[str], bool] | None:
    """(first characters, may match empty) of one parsed item, or None."""
    if op in (re_const.AT, re_const.ASSERT, re_const.ASSERT_NOT):
        return set(), True
    if op is re_const.LITERAL and isinstance(av, int):
        return {chr(av)}, False
    if op is re_const.IN and isinstance(av, list):
        chars = {chr(a) for o, a in av if o is re_const.LITERAL}
        return (chars, False) if all(o is re_const.LITERAL for o, _a in av) else None
    if op is re_const.BRANCH and isinstance(av, tuple):
        branches = [_first_of_seq(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        found = [b for b in branches if b is not None]
        return set().union(*(b[0] for b in found)), any(b[1] for b in found)
    if op is re_const.SUBPATTERN and isinstance(av, tuple):
        return _first_of_seq(list(av[-1]))
    if op in (re_const.MAX_REPEAT, re_const.MIN_REPEAT) and isinstance(av, tuple):
        inner = _first_of_seq(list(av[2]))
        return None if inner is None else (inner[0], inner[1] or av[0] == 0)
    return None


def _first_char_guard(pattern: str) -> str:
    """ "(?=[dfk])" before a trigger alternative that can only start with d, f or k: the scan
    skips the alternative's whole alternation at any other letter (the same matches)."""
    chars = _first_chars(pattern)
    if not chars or not all(c.isalpha() and c.islower() for c in chars):
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


# --- numbers -------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
# casualty-20 (fixm): a scale word is part of a figure ("1 million casualties, including ...")
SCALE_WORDS = frozenset(SCALES) | words("millions thousands hundreds billions dozen dozens")
# Old-style plural scales after a cardinal (historical accounts): "two millions of men",
# "ten millions out of thirty millions", "3 millions" (a bare "millions" stays vague).
OLD_SCALES: dict[str, int] = {"thousands": 1_000, "millions": 1_000_000}
# Scale suffixes glued to digits or following them: "2.3bn", "2.5m", "1.5 million".
SCALE_SUFFIXES: dict[str, int] = {
    "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "k": 1_000, **SCALES, **OLD_SCALES,
}

# Vague quantities (GUIDELINES table first, then the documented extensions).
VAGUE: dict[tuple[str, ...], tuple[int, int]] = {
    ("tens", "of", "thousands"): (20_000, 99_999),
    ("hundreds", "of", "thousands"): (200_000, 999_999),
    ("several", "hundred"): (300, 999),
    ("several", "thousand"): (3_000, 9_999),
    ("several", "thousands"): (3_000, 9_999),  # old style, like "several thousand"
    ("several", "hundreds"): (300, 999),
    ("several", "dozen"): (36, 99),
    ("several", "dozens"): (36, 99),  # casualty-20 (fixk): "several dozens of casualties"
    ("a", "few", "dozen"): (24, 60),
    ("a", "few", "hundred"): (200, 500),
    ("a", "few", "thousand"): (2_000, 5_000),
    ("a", "few"): (2, 5),
    ("several",): (3, 9),
    ("dozens",): (24, 99),
    ("scores",): (40, 99),
    ("hundreds",): (200, 999),
    ("thousands",): (2_000, 9_999),
    ("millions",): (2_000_000, 9_999_999),
}
# "over" after these is the verb's particle, not a hedge: "Turns Over 55 Boxes of Remains".
OVER_PARTICLE_VERBS = words("turn turns turned turning hand hands handed handing")
# Infobox and roll markers after a person's name: "Lee Dong-su (WIA)" is one wounded.
NAME_MARKERS = words("kia wia mia pow")
# ... but not a stock ticker after a company's name: "Kia Motors (KIA)".
TICKER_NAME_WORDS = words("motors motor corp corporation inc co ltd group holdings plc")
VAGUE_NEEDS_OF = frozenset({"scores"})
# Round figures in digits with a plural "s" read as the vague words: "100s" is hundreds.
PLURAL_ROUND_FIGURES: dict[str, tuple[int, int]] = {
    "100": VAGUE[("hundreds",)], "1000": VAGUE[("thousands",)], "1,000": VAGUE[("thousands",)],
}  # "scores of people", not "test scores"

# Hedge words before a figure, longest first when matched.
HEDGES_BEFORE: dict[tuple[str, ...], Qualifier] = {
    ("at", "the", "very", "least"): "at_least",
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("no", "less", "than"): "at_least",  # casualty-20
    ("not", "fewer", "than"): "at_least",  # casualty-20
    ("a", "minimum", "of"): "at_least",
    ("more", "than"): "more_than",
    ("well", "over"): "more_than",
    ("just", "over"): "more_than",
    ("upwards", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("over",): "more_than",
    ("above",): "more_than",
    ("nearly",): "nearly",
    ("almost",): "nearly",
    ("close", "to"): "nearly",
    ("closer", "to"): "nearly",  # "a rights group put the number closer to 1,000"
    ("just", "under"): "nearly",
    ("up", "to"): "at_most",
    ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most",
    ("fewer", "than"): "at_most",
    ("less", "than"): "at_most",
    ("as", "many", "as"): "at_most",
    ("as", "high", "as"): "at_most",
    ("an", "estimated"): "approximately",
    ("estimated",): "approximately",
    ("around",): "approximately",
    ("about",): "approximately",
    ("approximately",): "approximately",
    ("approx",): "approximately",
    ("roughly",): "approximately",
    ("some",): "approximately",
    ("circa",): "approximately",
    ("perhaps",): "approximately",  # wire copy: "perhaps five traffic policemen"
    ("nearly", "some"): "nearly",
    ("an", "average", "of"): "approximately",
}
HEDGE_MAX_LEN = max(len(k) for k in HEDGES_BEFORE)
# the words of a hedge, one by one ("300 deaths and about 2,700 injuries")
HEDGE_WORDS = words("about around some nearly almost roughly approximately over more than")

HEDGES_AFTER: dict[tuple[str, ...], Qualifier] = {
    ("or", "more"): "at_least",
    ("or", "so"): "approximately",
    ("-", "plus"): "more_than",
    ("plus",): "more_than",
    ("-", "odd"): "approximately",
    ("odd",): "approximately",
    ("(", "est", ".", ")"): "approximately",
    ("(", "estimated", ")"): "approximately",
}

RANGE_JOINERS = frozenset({"to", "-", "–", "—", "or"})
# "rose from 61 to 82" tells a change (two figures); "from 80,000 to a million" alone a range.
CHANGE_BEFORE_FROM = words(
    """rose risen rise rises rising increased increase increases increasing climbed climb climbs
    climbing jumped jump jumps jumping grew grown grow grows growing raised raise raises raising
    revised revise revises revising lowered lower lowers lowering down up fell fall falls falling
    dropped drop drops dropping declined decline declines declining mounted soared went gone
    moved changed upped updated updating"""
)
CHANGE_REACH = 6  # tokens between a change word and "from"

# --- things that make a number not a casualty figure ------------------------------

MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAYS = words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun"
)
# An armed side's word before one of its sites counts sites: "nine terrorist camps", "four
# militant hideouts", "12 enemy positions" (not "one terrorist shot dead").
ARMED_MODIFIERS = words(
    "terrorist terror militant insurgent rebel enemy militia jihadist guerrilla guerilla army "
    "military"
)
ARMED_SITES = words(
    "camps camp hideouts hideout bases base launchpads launchpad positions position posts post "
    "strongholds stronghold outposts outpost bunkers bunker depots depot tunnels tunnel "
    "facilities facility infrastructure targets target sites site installations installation "
    "compounds compound vehicles vehicle trucks tanks"
)
# A number directly followed by one of these counts things, not people.
UNIT_NOUNS = words(
    """times time rounds round shots shot bullets bullet casings casing shell shells miles mile
    km kms kilometres kilometers kilometre kilometer metres meters metre meter feet foot ft
    yards yard inches inch cm mm hours hour hrs hr minutes minute mins min seconds second
    secs days day weeks week months month years year yrs decades decade centuries century
    nights night knots knot percent per pct % dollars dollar usd euros euro pounds pound cents cent
    yuan rupees pesos peso colones sucres intis australes bolivars bolivares quetzales
    cordobas lempiras kg kilograms kilos tons tonnes ton lbs mph kph degrees degree acres hectares
    am pm a.m. p.m. o'clock block blocks storey storeys story stories floors floor cars car
    vehicles vehicle homes houses buildings building guns gun rifles rifle weapons weapon
    missiles missile rockets rocket drones drone bombs bomb shells tanks tank aircraft
    planes plane jets helicopters vessels ships boats trucks counts count charges charge
    submarines submarine warships warship frigates destroyers koreas sudans congos
    cannons cannon howitzers howitzer mortars launchers launcher settlements settlement
    positions strongholds outposts trenches checkpoints bunkers depots
    votes vote seats seat points point goals goal runs games game times-a-day stitches pages
    bills measures proposals amendments warrants warrant businesses stores shops restaurants
    companies firms crops
    page episodes villages towns cities countries states districts provinces regions sites
    locations schools hospitals incidents attacks strikes airstrikes raids shootings cases
    arrests calls blasts explosions bombings pieces piece items sides phases phase stages"""
) | words(
    # animals: "killed 30,000 chickens", "19 head of cattle" count no people
    """chickens chicken birds poultry hens turkeys ducks geese hogs hog pigs pig swine cows cow
    cattle calves calf steers bulls horses horse ponies sheep lambs goats goat livestock
    head dogs dog cats cat animals animal deer fish mules donkeys camels pets pet"""
)
# Plurals that name no people, for upper-case text where capitals cannot tell a proper
# plural ("JESUITS") from a thing: "FIVE TIMES", "TWO ATTACKS", "THREE DEPARTMENTS".
THING_PLURALS = words(
    """things events operations clashes battles ambushes actions offensives assaults incidents
    acts crimes murders massacres killings assassinations kidnappings bombings explosions
    attacks mines grenades explosives devices dynamite charges sticks shots rounds cartridges
    magazines clips munitions arms weapons rifles pistols revolvers machineguns mortars
    launchers buses trucks jeeps cars vehicles ambulances helicopters aircraft planes towers
    pylons posts
    offices headquarters barracks garrisons bases camps departments municipalities provinces
    states regions zones areas sectors fronts hamlets villages towns cities streets roads
    highways bridges houses homes buildings residences farms ranches plantations stores banks
    churches schools hospitals embassies facilities installations plants stations lines
    reports statements communiques sources messages calls letters documents lists names
    hours days weeks months years decades times occasions cases charges crimes laws measures
    talks negotiations elections votes sessions meetings groups organizations parties
    unions fronts movements forces columns units battalions brigades detachments companies
    squads patrols commands centers ministries courts millions billions thousands hundreds
    dollars pesos colones sucres intis cordobas quetzales lempiras soles dozens tens scores
    sides signs marks traces tortures wounds injuries thumbs fingers hands feet legs eyes heads
    bullets impacts shells"""
)
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
NOT_MEN_NOUNS = words("abdomen abdomens specimen specimens regimen regimens acumen")
# Things an age may describe that are no people: "a 300-year-old oak was killed by lightning".
AGED_THINGS = words(
    """tree trees oak oaks pine maple elm cottonwood willow barn shed church bridge dam house
    home building structure record tradition company business landmark car truck vehicle boat
    plane aircraft mobile trailer"""
)
# A number directly after one of these is a label: "Highway 41", "Flight 17", "No. 5".
LABEL_WORDS = words(
    """highway route interstate road street avenue flight channel number no unit apartment apt
    room suite page exit section chapter level floor building gate terminal platform
    district ward precinct grade class item article bus line phase game round bill
    proposition prop resolution code station camp lot box hole track pier dock bay zone
    sector area block region division brigade battalion regiment squadron company corps army
    fleet group team ward bed cell wing tower tv radio news fox abc nbc cbs cnn espn week
    day season episode version model type stage spot position rank top covid"""
)
STREET_SUFFIXES = words(
    """street st avenue ave road rd boulevard blvd drive dr lane ln way court ct place pl
    parkway pkwy highway hwy terrace circle cir trail square sq alley pike turnpike"""
)
# Amounts of damage or cost without a currency sign (token text, lower case, space-joined).
DAMAGE_BEFORE = re.compile(
    r"\b(?:damages?|costs?|price|value|worth|bill|repairs?)"
    r"(?: (?:was|were|is|are|has|had|been|estimated|put|placed|totaled|totalled|reached"
    r"|exceeded|topped|of|at|to|around|about|over|nearly|approximately|some|more|than"
    r"|an|\$)){1,5}$"
)
DAMAGE_AFTER = re.compile(r"(?:in|of) (?:(?:property|crop|structural|total|estimated) )?damages?\b")
MONEY_SIGNS = frozenset({"$", "€", "£", "¥", "₹", "us$", "rs", "usd", "eur", "gbp"})
AGE_WORDS = frozenset({"aged", "age", "ages", "ag", "aging"})
PROPORTION_WORDS = frozenset({"out", "in", "every", "per"})

# --- people ----------------------------------------------------------------------

PERSON_NOUNS = words(
    """people persons person man men woman women child children kid kids boy boys girl girls
    teen teens teenager teenagers adult adults youth youths juvenile juveniles minor minors
    infant infants baby babies toddler toddlers student students pupil pupils soldier
    soldiers troops serviceman servicemen servicemember servicemembers marine marines sailor
    sailors airman airmen fighter fighters militant militants insurgent insurgents rebel
    rebels civilian civilians resident residents villager villagers worker workers officer
    officers policeman policemen policewoman cop cops deputy deputies agent agents
    firefighter firefighters guard guards journalist journalists reporter reporters
    passenger passengers pedestrian pedestrians driver drivers victim victims patient
    patients member members relative relatives brother brothers sister sisters son sons
    daughter daughters father fathers mother mothers wife husband friend friends neighbor
    neighbors neighbour neighbours customer customers patron patrons bystander bystanders
    protester protesters protestor protestors demonstrator demonstrators worshipper
    worshippers worshipers pilgrim pilgrims tourist tourists migrant migrants refugee
    refugees prisoner prisoners hostage hostages inmate inmates suspect suspects gunman
    gunmen attacker attackers assailant assailants male males female females individual
    individuals others employee employees staff crew crewmembers nurse nurses doctor doctors
    medic medics paramedic paramedics volunteer volunteers citizen citizens national
    nationals settler settlers officials official personnel commander commanders combatant
    combatants jihadist jihadists extremist extremists peacekeeper peacekeepers contractor
    contractors teacher teachers miner miners farmer farmers fisherman fishermen elderly
    senior seniors shopper shoppers diner diners partygoer partygoers concertgoer
    concertgoers spectator spectators fan fans player players athlete athletes classmate
    classmates guest guests visitor visitors trooper troopers recruit recruits conscript
    conscripts mercenary mercenaries paratrooper paratroopers commando commandos gunner
    gunners pilot pilots crewman crewmen sergeant officer's cousin cousins uncle aunt
    grandmother grandfather grandson granddaughter nephew niece mom dad parent parents
    family families teenaged occupant occupants motorist motorists cyclist cyclists rider
    riders bodyguard bodyguards policemen lawmakers lawmaker shooter shooters shopkeeper
    shopkeepers owner owners clerk clerks cashier cashiers veteran veterans bartender
    bartenders homeowner homeowners motorcyclist motorcyclists robber robbers intruder
    intruders detective detectives constable constables photographer photographers
    cameraman cameramen priest priests imam imams monk monks nun nuns convict convicts
    reservist reservists draftee draftees sniper snipers defector defectors detainee detainees
    terrorist terrorists militiaman militiamen photojournalist photojournalists politician
    politicians minister ministers senator senators activist activists cleric clerics lawyer
    lawyers judge judges mechanic mechanics peasant peasants campesino campesinos
    operative operatives
    engineer engineers technician technicians survivor survivors governor governors president
    presidents leader leaders colonel colonels lieutenant lieutenants ambassador ambassadors
    diplomat diplomats prosecutor prosecutors envoy envoys chairman spokesman spokeswoman
    mayor mayors legislator legislators warlord warlords interpreter interpreters translator
    translators guides colleague colleagues coworker coworkers co-worker co-workers partner
    partners girlfriend boyfriend fiance fiancee captain captains hiker hikers climber climbers
    swimmer swimmers skier skiers camper campers
    jogger joggers surfer surfers diver divers generals admiral admirals
    defender defenders guerrilla guerrillas guerilla guerillas paramilitary paramilitaries
    separatist separatists
    professor professors inspector inspectors rector councilman councilmen councilwoman
    alderman aldermen magistrate magistrates jesuits missionary missionaries
    catechist catechists servant servants maid maids housekeeper newsman newsmen
    businessman businessmen executives rancher ranchers cattleman cattlemen
    landowner landowners merchant merchants vendor vendors candidate candidates supporter
    supporters follower followers sympathizer sympathizers unionist unionists cooperativist
    cooperativists agronomist agronomists seminarian seminarians youngster youngsters
    spaniards mexicans salvadorans colombians peruvians guatemalans nicaraguans hondurans
    chileans bolivians ecuadorans panamanians venezuelans cubans americans canadians
    belizeans germans italians frenchmen
    loyalist loyalists partisan partisans taliban mujahideen bandit bandits pirate pirates
    kidnapper kidnappers smuggler smugglers herder herders herdsman herdsmen rescuer rescuers
    evacuee evacuees cadet cadets trainee trainees seaman seamen mariner mariners gendarme
    gendarmes councilman councilmen councillor councillors councilor councilors servicewoman
    servicewomen policewomen townspeople subversive subversives guardsman guardsmen
    contra contras servicepeople servicepersons serviceperson raider raiders sentry sentries
    ranger rangers assassin assassins businessman businessmen businesswoman industrialist
    industrialists rancher ranchers cattleman cattlemen landowner landowners merchant
    merchants vendor vendors banker bankers cook cooks maid maids housekeeper inspector
    inspectors magistrate magistrates congressman congressmen missionary missionaries
    seminarian seminarians catechist catechists economist economists professor professors
    corporal corporals unionist unionists newsman newsmen archbishop bishop bishops
    foreigner foreigners warrior warriors tribesman tribesmen colonist colonists infantryman
    infantrymen cavalryman cavalrymen rifleman riflemen labourer labourers laborer laborers
    assistant assistants janitor janitors watchman watchmen
    craftsman craftsmen
    comrade comrades countryman countrymen compatriot compatriots islander islanders deminer
    deminers sapper sappers infiltrator infiltrators dignitary dignitaries souls
    carabinero carabineros sandinista sandinistas senderista senderistas rondero ronderos
    narcos narcotrafficker narcotraffickers trafficker traffickers enemies passerby passersby
    chauffeur chauffeurs crewmember crewmembers sergeants
    abductee abductees captives crews
    seafarer seafarers adolescent adolescents
    attendant attendants elder elders steward stewards stewardess stewardesses schoolgirl
    schoolgirls schoolboy schoolboys aide aides correspondent correspondents
    shepherd shepherds"""  # casualty-20 (fixi)
)
# Plural demonyms naming people when capitalised ("485 South Koreans were seized", "17
# Japanese"): a captive's noun for "seized", which otherwise counts only about prisoners.
DEMONYM_PLURALS = words(
    """koreans japanese chinese vietnamese taiwanese filipinos thais cambodians burmese
    americans canadians britons russians ukrainians belarusians georgians poles germans french
    italians spaniards greeks turks israelis palestinians lebanese syrians iraqis iranians
    afghans pakistanis indians bangladeshis nepalese mongolians malaysians indonesians
    australians nigerians somalis kenyans egyptians libyans saudis yemenis laotians uzbeks
    kazakhs"""
)
SINGULAR_PERSON_NOUNS = words(
    """person man woman child kid boy girl teen teenager adult youth juvenile minor infant baby
    toddler student pupil soldier serviceman servicemember marine sailor airman fighter
    militant insurgent rebel civilian resident villager worker officer policeman policewoman
    cop deputy agent firefighter guard journalist reporter passenger pedestrian driver
    victim patient member relative brother sister son daughter father mother wife husband
    friend neighbor neighbour customer patron bystander protester protestor demonstrator
    worshipper pilgrim tourist migrant refugee prisoner hostage inmate male female
    individual employee nurse doctor medic paramedic volunteer citizen settler official
    commander combatant teacher farmer fisherman shopper spectator player athlete guest
    visitor trooper recruit pilot sergeant cousin uncle aunt grandmother grandfather
    grandson granddaughter nephew niece mom dad parent occupant motorist cyclist rider
    bodyguard shopkeeper owner clerk cashier veteran bartender homeowner motorcyclist gunman
    suspect shooter attacker assailant robber intruder sheriff detective constable comrade
    countryman compatriot islander deminer sapper defector corporal infiltrator
    photographer cameraman priest imam monk nun chief mayor councilman photojournalist
    politician minister senator activist cleric lawyer judge mechanic peasant campesino
    engineer technician governor president leader colonel lieutenant ambassador diplomat
    dignitary seafarer adolescent
    prosecutor envoy chairman spokesman spokeswoman legislator lawmaker warlord interpreter
    translator contractor guide colleague coworker co-worker partner girlfriend boyfriend
    fiance fiancee captain hiker climber swimmer skier camper jogger surfer diver admiral
    detainee guerrilla guerilla paramilitary separatist loyalist partisan bandit pirate
    kidnapper smuggler herder herdsman rescuer evacuee cadet trainee seaman mariner gendarme
    councillor councilor servicewoman subversive guardsman raider sentry serviceperson ranger
    professor inspector rector alderman magistrate missionary catechist servant maid
    housekeeper newsman businessman rancher cattleman landowner vendor candidate supporter
    sympathizer unionist agronomist seminarian youngster terrorist assassin businesswoman
    industrialist merchant banker cook congressman economist corporal archbishop bishop
    carabinero sandinista senderista rondero narcotrafficker trafficker passerby chauffeur
    crewmember survivor
    assistant janitor watchman labourer laborer
    attendant elder steward stewardess schoolgirl schoolboy aide correspondent shepherd
    crewman abductee"""  # casualty-20; the last line fixi
)
# Lower-case particles inside a personal name ("Juan de la Cruz", "Pieter van der Berg",
# "Hassan bin Ali"), and glued article prefixes ("Abu Bakr al-Masri", "Ahmed el-Sayed").
NAME_PARTICLES = words(
    "de la del della di da dos das do du le van von der den ten ter bin ibn bint"
)
NAME_PREFIXED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|d|o)['’-][A-Z]")
# Upper-case wire copy ("3RD BRIGADE TROOPS KILLED ALONSO CORTES"): capital letters tell
# no names there, so a name is a run of words found in no word list. Titles before a name
# (one surname after a title is a name: "COL QUINTERO"), and common wire words that are no
# part of a name (time words, places and bodies, adjectives, nationalities).
NAME_TITLES = words(
    """dr col gen msgr mgr monsignor fr father lt capt maj sgt cpl mr mrs ms sr sra srta don
    dona lic ing gov sen rep bishop archbishop justice judge senator mayor governor minister
    deputy commander colonel general lieutenant captain major sergeant candidate congressman
    councilman professor prof engineer attorney ambassador consul president magistrate
    inspector corporal"""
)
# Last words of names of bodies, not people: "the Korean People's Army died" is no victim
ORGANISATION_HEADS = words(
    """army navy corps force forces guard guards party ministry committee command council
    agency government police militia front movement union league brigade division regiment
    battalion company association university"""
)
WIRE_COMMON_WORDS = words(
    """today yesterday tomorrow tonight morning afternoon evening night last next early late
    ago now already soon again instantly immediately recently
    government army police forces force military navy guard national international department
    ministry party front movement union committee court supreme city town village province
    municipality jurisdiction canton region country state republic capital area zone sector
    border embassy office headquarters garrison post base camp prison jail hospital
    university school church cathedral airport bank company farm ranch estate house home
    residence neighborhood district council assembly congress senate cartel mafia squad
    squads group groups band organization commission agency station network radio press
    former alleged suspected reported unidentified unknown armed heavily political social
    democratic christian liberal conservative revolutionary popular public private civil
    foreign local regional federal central general special presidential municipal judicial
    prominent important young old innocent several many various numerous same new top chief
    high senior junior main
    salvadoran colombian peruvian guatemalan honduran nicaraguan bolivian chilean argentine
    argentinian mexican cuban venezuelan ecuadoran ecuadorean panamanian costa rican
    brazilian american spanish british french german soviet israeli jesuit catholic maoist
    marxist leftist rightist
    attack bomb explosion car bus vehicle dynamite grenade rifle machinegun fire gunfire
    mortar crime case incident massacre war combat clash clashes fighting offensive
    operation ambush raid violence terrorism peace death life lives men women people
    include includes included including poor gang tear gas smoke nobody everyone anyone
    someone everybody anybody somebody noone none nothing everything something
    led met left took gave made came went saw told found held kept brought sent fled fell hit
    set put got ran won lost became began"""
)
# English endings no Spanish or English personal name has: adverbs, participles, nouns of
# action, plurals of agent nouns ("UNIONISTS", "LEADERS").
NOT_NAME_ENDINGS = (
    "ly", "ing", "ed", "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ities", "ists",
    "ers", "ors", "ants", "ents", "ians", "ans", "ives", "ism", "ous", "ful", "ship",
)
UPPER_NAME_PARTICLES = words("de la del las los y da das do dos di van von der")

# A casualty participle right after one victim's noun, then one of these: "the prisoner
# taken by the brigade", "the third journalist killed this year", "the soldier wounded in
# the blast". An object after it ("the man killed his wife") makes it active instead.
PARTICIPLE_FOLLOW = words(
    """by in at on during near after earlier last when while outside inside from with this
    since so overnight days weeks months yesterday today there here"""
)
# Capture participles of a captive noun: "the first prisoner taken", "a hostage held".
CAPTIVE_NOUNS = words("prisoner hostage captive pow detainee")
CAPTIVE_PARTICIPLES = words("taken held seized captured abducted kidnapped")
# Events that may be fatal: "One of these crashes was fatal" is at least one killed, "two of
# the accidents were fatal" at least two (each fatal event killed someone); so are injuries
# ("one of the wounds proved fatal", "injuries, one of which became fatal").
FATAL_EVENT_NOUNS = words(
    """crash crashes accident accidents collision collisions wreck wrecks incident incidents
    shooting shootings stabbing stabbings attack attacks injuries wounds which whom"""
)
FATAL_INJURY_WORDS = words("injuries wounds which whom")
# "one of which became fatal", "one of the wounds later proved fatal" (casualty-19)
FATAL_EVENT_VERBS = words("was were proved proving turned became become becomes")
# "general" names a person only as a rank: after a rank word ("a brigadier general", "two
# army generals") or before a verb ("a general was killed"); not "the general strike".
RANK_PREFIXES = words(
    """brigadier major lieutenant lt maj brig army air police military senior top retired rebel
    former deputy four-star three-star two-star one-star"""
)
RANK_NOUNS = words("general")
# "a father of two": the figure after "<parent> of" counts children, not victims.
PARENT_NOUNS = words(
    "father mother dad mom mum parent grandfather grandmother grandparent grandma grandpa"
)
# What people after a breakdown comma may have done or be instead of being victims: "3
# Wounded In Shooting, 2 Suspects Sought", "two men arrested", "a suspect at large".
NOT_VICTIM_STATUS = words(
    """sought wanted arrested charged held detained questioned jailed booked caught fled large
    custody surrendered indicted sentenced convicted hunted"""
)
# Pronoun heads resolved from an earlier sentence.
PRONOUN_HEADS = frozenset({"they", "them", "those", "these", "rest"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you"})

# --- clause structure --------------------------------------------------------------

AUXILIARIES = words(
    "was were is are be been being has have had get got gets getting remain remains remained"
)
NEGATIONS = frozenset({"not", "n't", "never", "no", "none", "neither", "nor", "nobody"})
# Harm that did not happen: "escaped injury", "avoided serious injury", "without injury".
AVERTING_WORDS = words(
    "escaped escape escapes escaping avoided avoid avoids avoiding spared without"
)
HARM_MODIFIERS = words("serious major significant severe any further physical bodily")
# Harm that nearly happened: "was nearly killed", "almost died" (not "nearly 20 killed").
NEAR_MISS_WORDS = words("nearly almost narrowly")
MODALS = frozenset({"could", "would", "might", "may", "will", "shall", "should", "can", "must"})
# A figure the text itself withdraws (GUIDELINES): "one died, which proved incorrect", "this
# was an error"; after a downward revision, "an earlier toll of 27" is the withdrawn one.
WITHDRAWN_AFTER = re.compile(
    r"\b(?:proved|proven|turned out to be|was later found to be) (?:incorrect|false|wrong|untrue)"
    r"|\b(?:this|that|it|which) (?:was|were) (?:an error|a mistake|incorrect|wrong|false)\b"
    # "initially said 36 died, but later revised the number": the source took it back
    # "had said that two children were killed before revising the number to one"
    r"|\b(?:but|before|then) (?:later |since |subsequently |then )?(?:revised|corrected|lowered"
    r"|reduced|withdrew|retracted|revising|correcting|lowering|reducing|withdrawing"
    r"|retracting) (?:the|that|this|its|their|his|her) (?:number|figure|toll|count"
    r"|tally|estimate)\b(?! (?:up|upward|upwards)\b)"
    # wire copy: "the army suffered two dead ..., but this report was denied by the armed
    # forces": a later clause denies the report that gave the figure
    r"|\b(?:but|however|although)?,? ?(?:this|that|the|these|those|such) (?:report|reports"
    r"|version|versions|claim|claims|information|figure|figures|toll|account)"
    r" (?:was|were|has been|have been|had been) (?:officially |later |flatly |immediately )?"
    r"(?:denied|rejected|refuted|disputed)\b"
    r"|,? which (?:was|were) (?:later |officially |flatly )?(?:denied|refuted)\b"
    r"|,? (?:a report|reports|claims?|information) (?:that )?(?:was |were )?(?:later |officially )?"
    r"(?:denied|refuted) by\b"
)
# casualty-19: the figure of a statement the source corrected or took back: "corrected an
# earlier statement in which he had said two people were killed" (GUIDELINES: a figure
# withdrawn in the same text); the figure the correction gives stays.
CORRECTED_BEFORE = re.compile(
    r"\b(?:corrected|correcting|corrects|retracted|retracting|retracts|withdrew|withdrawing"
    r"|amended|amending)\s+(?:an?|the|his|her|its|their)\s+(?:earlier|previous|initial"
    r"|original|prior)\s+(?:statement|report|post|claim|announcement|message|account"
    r"|update)s?,?\s+(?:in which|which|that|saying|where)\s+(?:[\w'’-]+\s+){0,5}$"
)
# "Initial reports of two deaths were wrong": a reported figure the text calls wrong.
REPORTED_BEFORE = re.compile(
    r"\b(?:reports?|claims?|rumou?rs?|accounts?|reported|claimed|rumou?red)\b[^.;,]{0,40}$"
)
# casualty-20 (fixp): a figure the text sets against what it confirms: "two victims have been
# identified so far, despite earlier media reports stating that 19 Chinese citizens were among
# the casualties", "contrary to initial reports of 40 dead" (GUIDELINES: withdrawn)
CONTRADICTED_BEFORE = re.compile(
    r"\b(?:despite|contrary to|in contrast to|unlike)\s+(?:the\s+)?(?:earlier|initial|previous"
    r"|prior|first|early)\s+(?:(?:media|news|press|unconfirmed)\s+)?(?:reports?|claims?"
    r"|accounts?|estimates?)\s+(?:(?:stating|saying|suggesting|claiming|indicating|that|of)\s+)"
    r"(?:that\s+)?(?:[\w'’-]+\s+){0,4}$"
)
# "Reports suggesting that 3,000 people died had been revised down to 161": the reports'
# figure is withdrawn, the new one stays.
CALLED_WRONG_AFTER = re.compile(
    r"^[^.;]*?\b(?:was|were|is|are|proved|proven)\s+(?:later\s+|since\s+|now\s+)?"
    r"(?:found\s+to\s+be\s+|shown\s+to\s+be\s+|deemed\s+|to\s+be\s+)?"
    r"(?:wrong|incorrect|inaccurate|false|erroneous|untrue|unfounded|mistaken)\b"
    r"|^[^.;]*?\b(?:was|were|(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?been)\s+"
    r"(?:later\s+|since\s+|now\s+)?"
    r"(?:revised\s+down(?:wards?)?|revised\s+downwards?|scaled\s+(?:down|back)|lowered"
    r"|corrected\s+down(?:wards?)?)\b"
)
# A toll that may rise to a figure it has not reached: "the death toll could rise above 200",
# "the number of dead may exceed 50", "is expected to climb to 30" (GUIDELINES: figures for
# events that may not happen are no mentions). "could be as high as 40" estimates deaths that
# happened and "may have risen to 80" a past toll: both stay.
FUTURE_TOLL = re.compile(
    r"\b(?:could|would|will|may|might|can|should|(?:is|are|was|were) (?:expected|likely|set"
    r"|feared|forecast|projected|predicted) to)\s+(?:(?:still|soon|eventually|further|well)\s+)?"
    r"(?:rise|climb|reach|exceed|top|surpass|pass|hit|increase|grow|go up|jump|mount|double"
    r"|soar|swell|balloon)\b"
)
DOWNWARD_REVISION = re.compile(r"\brevised (?:it )?down(?:wards?)?\b|\blowered\b|\bcorrected\b")
EARLIER_FIGURE = re.compile(
    r"\b(?:an |the )?(?:earlier|previous|initial|original) (?:death )?(?:toll|figure|count"
    r"|estimate|report)s? of\s+$"
)
CONDITIONS = frozenset({"if", "unless"})  # a sentence opening with one states a condition
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may", "will"})
DENIALS = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)"
    # "rejected the reports", not "a recently dismissed student", "the disputed border"
    r"|(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)|disput(?:e|es|ed|ing))(?= (?:the|these|those"
    r"|reports?|claims?|as|it|this|that|them|allegations?|figures?|accounts?|such|any|all)\b)"
    # "OUR FORCES HAVE REJECTED THE ENEMY'S GENERAL OFFENSIVE": repelled, no denial
    r"(?! the (?:[\w'’-]+ ){0,2}(?:offensives?|attacks?|assaults?|incursions?|advances?"
    r"|onslaughts?)\b)"
    r"|false(?:ly)?|untrue|fake|no evidence|hoax"
    r"|incorrect(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?|wrongly"
    r"|(?:earlier|previous|prior) version)\b"
)
# A denial of who did it, not of what happened: "denied any responsibility in X's death",
# "denied involvement in the killing of ..." (right after the denial word).
DENIED_AGENCY = re.compile(
    r"\s+(?:(?:any|all|its|their|his|her|the)\s+)?(?:responsibility|involvement|participation"
    r"|participating|complicity|authorship|links?|connection)\b"
    # "REJECTED THE FMLN CHARGES AGAINST RANKING MILITARY OFFICERS, WHO IT ACCUSED OF ... THE
    # KILLING OF THE SIX JESUITS": the accusation of who did it is denied, not the deaths
    r"|\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:charges?|accusations?|allegations?)\s+against\b"
)
SUBORDINATORS = words(
    """after when before because while although though whereas until unless if once whether but
    since where so than"""
)
REPORT_VERBS = words(
    """said says say told tell tells reported reports report added adds explained stated states
    announced announces confirmed confirms believe believes believed estimated estimates
    estimate claimed claims claim according"""
)
# a bare noun naming two people in a headline ("Couple dead in ...": GUIDELINES, a couple = 2)
PAIR_NOUNS = words("couple pair")

FUNCTION_WORDS = words(
    """a an the and or but of in on at to for from by with without into onto over under after
    before during since until as than that which who whom whose this these those there their
    its his her our your my it they them he she we you i is are was were be been being has
    have had do does did will would could should may might can must not no also just only
    still even more most other another each every all both some any such so very too then
    when while where why how what alongside near across among against along around behind
    beyond toward towards through throughout within upon about up down out off per via if
    whether said says"""
)
CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "[", "]", "—", "–", "•", "?", "!", '"', "“", "”"})
SUBSET_MARKERS = frozenset({"including", "includes", "included", "include"})
# The subject of these verbs owns the figure ("the army suffered 300 casualties"); the
# subject of a reporting verb ("officials reported 30 deaths") is a source, never the group.
SUBJECT_VERBS = words(
    """suffered sustained suffer suffers lost lose loses incurred took take takes has had
    experienced absorbed endured"""
)
SUBJECT_STOP = frozenset(
    {"that", "which", "who", ",", ";", ":", "after", "as", "while", "but", "and", "though",
     "where", "when", "whereas"}
)
# Words before a toll noun that do not name victims: "the new toll", "the confirmed deaths".
NOT_GROUP_MODIFIERS = words(
    """following aforementioned total death overall official new previous earlier latest
    confirmed reported final
    initial current estimated daily weekly monthly annual updated revised rising known
    provisional preliminary s put puts set sets bring brings raise raises take takes push
    pushes say says said heavy heavier heaviest light lighter significant substantial huge
    massive enormous serious severe minor major staggering mounting high higher low lower
    considerable unprecedented catastrophic combat battlefield battle war wartime frontline
    front-line irrecoverable irretrievable
    local nationwide national countrywide statewide citywide provincial regional global
    worldwide domestic cumulative combined aggregate likely probable possible actual true"""
)  # casualty-20 (fixm): "the local / nationwide death toll": a scope, not the victims

# casualty-20: lower-case -ly words that are no adverbs and may name or describe people
LY_NOT_ADVERBS = words(
    """elderly family ally orderly bully friendly unfriendly lonely sickly holy ugly burly
    surly unruly early only daily weekly monthly yearly nightly hourly quarterly deadly costly
    likely unlikely assembly supply rally anomaly monopoly homely kindly lovely lively silly
    manly womanly motherly fatherly brotherly sisterly saintly scholarly cowardly worldly
    godly ungodly portly stately comely wily gnarly woolly belly jelly lily fly folly"""
)


def is_adverb(word: str) -> bool:
    """A lower-case -ly adverb ("previously", "reportedly", "officially"): never names
    victims (casualty-20)."""
    return len(word) > 4 and word.islower() and word.endswith("ly") and (
        word not in LY_NOT_ADVERBS
    )


# Events before a toll noun name the disaster, not its victims: "the quake death toll",
# "the factory fire death toll", "Peru flood deaths".
EVENT_MODIFIERS = words(
    """quake quakes earthquake earthquakes aftershock flood floods flooding fire fires blaze
    blast blasts bombing bombings bomb explosion explosions crash crashes storm storms typhoon
    hurricane cyclone tornado landslide landslides mudslide mudslides stampede disaster tsunami
    attack attacks accident accidents collapse avalanche eruption riot riots heatwave epidemic
    outbreak shipwreck sinking derailment"""
)

# Things a headline's opening person noun may modify ("Passenger Train", "Soldier Convoy"):
# then no single victim opens the headline.
HEADLINE_THING_NOUNS = words(
    """train bus convoy ferry boat ship plane jet van truck car coach minibus helicopter
    aircraft vessel camp post checkpoint barracks base"""
)

# --- related-story lines ---------------------------------------------------------------

RELATED_MARKER = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|story|links|articles|coverage|content))?|read more|"
    r"read also|also read|also see|see also|see more|read next|up next|more(?: news| stories"
    r"| headlines| coverage| on this story)?|watch|previously|recommended|editor'?s picks|"
    r"(?:previous|earlier|past|prior|related|continuing|more) coverage|other news|top stories|"
    r"latest (?:news|stories)|trending(?: now)?|most popular|most read|you may also like|"
    r"you might also like|more from[^:]{0,40})"
    r"(?:\s*[:|]|\s*$)",
    re.IGNORECASE,
)

# --- triggers -----------------------------------------------------------------------

Role = Literal["post", "pred", "active", "toll"]


RECOVERY_VERBS = ("found", "recovered", "retrieved", "pulled", "discovered", "located", "exhumed")


def _alt(words: str) -> str:
    """An alternation; write longer phrases before their prefixes."""
    return words


# Dead and missing said as one figure: no GUIDELINES category ("350 dead or missing",
# "Hundreds Dead & Missing", "were killed or went missing", "dead or still missing").
AGGREGATE_DEAD_MISSING = (
    r"(?:dead|killed) (?:or|and|and/or|&) (?:(?:went|gone|are|were|remain|remained|still"
    r"|reported|are still|were still) )?missing"
    r"|missing (?:or|and|&) (?:dead|killed)"
)


# "treated 50 soldiers", "treating dozens of": the verb before a figure only (a word alone,
# as in "he was treated", is no casualty word)
TREATED_FIGURE = (
    r"treat(?:ed|ing|s)?(?= (?:at least |more than |over |about |around |some |nearly |almost "
    r"|up to )?(?:\d|hundreds|dozens|scores|thousands|several|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|a hundred|a dozen))"
)


# "are now / finally / safely (back) home": a homecoming's adverb (casualty-20, fixg)
HOME_ADVERBS = r"(?:now |finally |all |already |safely )?"
# Each entry: (regex alternation, category, roles). Multi-word phrases first.
_TRIGGER_TABLE: list[tuple[str, Category, frozenset[Role]]] = [
    (_alt(r"killed, (?:wounded|injured),? (?:(?:captured|missing|taken prisoner),? )?(?:or|and) "
          # "killed, wounded, captured or gone missing" (casualty-20)
          r"(?:otherwise )?(?:(?:gone|went) )?(?:missing|captured"
          # "killed, wounded or missing": one figure for all
          r"|incapacitated|taken prisoner|prisoners)"
          r"|killed or (?:wounded|injured|hurt)|(?:wounded|injured|hurt) or killed"
          r"|killed,? and (?:wounded|injured)|(?:wounded|injured) and killed"
          r"|(?:killed|dead), (?:wounded|injured)(?= in\b)|killing (?:and|or) (?:wounding|injuring)"
          # casualty-20: a headline's "Up to 3 000 dead, injured in train blast"
          r"|dead, (?:wounded|injured)(?= (?:in|after|as)\b)"
          r"|kill (?:and|or) (?:wound|injure)|kills (?:and|or) (?:wounds|injures)"
          r"|dead (?:or|and) (?:wounded|injured)|(?:wounded|injured) (?:or|and) dead"
          r"|killed or captured"
          # "had died or been injured", "were killed or injured"
          r"|died,? or (?:been |were )?(?:wounded|injured|hurt)"
          r"|(?:wounded|injured) or died"),
     "casualties", frozenset({"post", "pred", "active"})),
    # casualty-20 (fixk): one figure for both as nouns, "415,000 deaths and injuries",
    # "300 fatalities and injuries" (GUIDELINES: "dead and wounded" said as one number)
    (_alt(r"(?:deaths|fatalities) (?:and|or|&) (?:injuries|woundings|wounded|injured)"
          r"|(?:injuries|woundings) (?:and|or|&) (?:deaths|fatalities)"),
     "casualties", frozenset({"post", "toll"})),
    # "about 350 people dead or missing": an aggregate that fits no category (casualties are
    # killed and wounded only); matched whole so that neither word counts alone, then dropped
    # (see NO_CATEGORY_AGGREGATE)
    # "Hundreds Dead & Missing", "800 people were killed or went missing" too
    (_alt(AGGREGATE_DEAD_MISSING), "casualties", frozenset({"post", "pred"})),
    # "a handgun was fired, fatally wounding the victim": the object died
    (_alt(r"(?:fatally|mortally) (?:wounding|injuring|shooting|stabbing|striking)"
          r"|shooting (?:dead|to death)"), "killed",
     frozenset({"active"})),
    # casualty-20: the object between the act and its outcome: "stabbed five residents to
    # death", "shot two men dead" (no clause word between: not "shot the man who was
    # sentenced to death")
    (_alt(r"(?:s(?:tab(?:bed|bing|s)?|hot|hoot(?:ing|s)?|trangl(?:ed|ing)|ton(?:ed|ing))"
          r"|b(?:eat(?:ing|s)?|ludgeon(?:ed|ing)|urn(?:ed|ing|t))|hack(?:ed|ing)|club(?:bed|bing)"
          r"|kick(?:ed|ing)|crush(?:ed|ing))"
          r"(?=(?:\s+(?!(?:who|which|that|was|were|is|are|and|or|but|been|sentenced|condemned"
          r"|at|to)\b)[\w'-]+){1,5}\s+to death\b)"
          r"|(?:shot|shooting|shoots|shoot|gunned|gunning)"
          r"(?=(?:\s+(?!(?:who|which|that|was|were|is|are|and|or|but|been|at|the|to)\b)"
          r"[\w'-]+){1,4}\s+(?:down\s+)?dead\b)"),
     "killed", frozenset({"active"})),
    (_alt(r"shot (?:dead|to death)|fatally (?:shot|stabbed|wounded|injured|hurt|struck)"
          r"|mortally (?:wounded|injured|hurt|shot)"
          r"|shot and killed|stabbed (?:to death|and killed)|beaten to death|burned to death"
          r"|burnt to death|crushed to death|hacked to death|killed in action"
          r"|frozen to death|froze to death|freezes to death"
          r"|starved to death|starve to death|starves to death"
          r"|gunned down and killed"
          # casualty-20: "at least 100 of them were mowed down", "mowed down 30 attackers"
          r"|mowed down|mown down|mowing down|mows down"),
     "killed", frozenset({"post", "pred", "active"})),
    # casualty-20: "more than 100 soldiers have made the ultimate sacrifice" (told as done)
    (_alt(r"(?:made|paid) the ultimate sacrifice"), "killed", frozenset({"pred"})),
    (_alt(r"found dead|pronounced dead|presumed dead|feared dead|confirmed dead|declared dead"
          r"|dropped dead|fell dead"
          r"|lost their lives|lost (?:his|her) life"
          # not "had died or been injured" (one figure for both, see the casualties entry)
          r"|(?:have|has|had) died(?!,? or (?:been |were )?(?:wounded|injured|hurt)\b)"
          r"|lose their lives|loses (?:his|her) life|losing their lives"
          r"|did not survive|didn't survive|didn’t survive"),
     "killed", frozenset({"post", "pred"})),
    # "He suffered fatal injuries": the dead's own injuries (GUIDELINES: not wounded)
    (_alt(r"(?:suffered|sustained|suffering|sustaining) (?:fatal|mortal) (?:[a-z-]+ )?"
          r"(?:injuries|injury|wounds|wound)"), "killed", frozenset({"pred"})),
    (_alt(r"shot and (?:wounded|injured)|stabbed and (?:wounded|injured)"),
     "wounded", frozenset({"post", "pred", "active"})),
    (_alt(r"missing in action|unaccounted[- ]for|went missing|gone missing"),
     "missing", frozenset({"post", "pred"})),
    # Korean disaster reporting: "one worker remained out of contact" (casualty-20, fixo)
    (_alt(r"(?:remain(?:ed|s)?|(?:were|was|are|is|been) (?:still )?|still) out of contact"),
     "missing", frozenset({"pred"})),
    (_alt(r"taken (?:hostages?|prisoners?|captives?)|held (?:hostage|captive)|prisoners of war"),
     "captured", frozenset({"post", "pred"})),
    (_alt(r"killed|slain|murdered|massacred|executed|assassinated|beheaded|slaughtered"
          r"|martyred"),
     "killed", frozenset({"post", "pred", "active"})),
    (_alt(r"killing|murdering|massacring|slaughtering|executing|kills|kill"), "killed",
     frozenset({"active"})),
    # military statements: "eliminated eight militants", "five terrorists were neutralised"
    # (only people, in a sentence about fighting: see ELIMINATION_CONTEXT)
    (_alt(r"eliminated|neutrali[sz]ed"), "killed", frozenset({"post", "pred", "active"})),
    (_alt(r"eliminating|eliminates|eliminate|neutrali[sz]ing|neutrali[sz]es|neutrali[sz]e"),
     "killed", frozenset({"active"})),
    # not "a dead-end street", "dead wrong", "the Grateful Dead", "the Dead Sea"
    (_alt(r"(?<!grateful )(?<!walking )(?<!day of the )dead(?![ -](?:heat|end|ends|last|set"
          r"|ringer|weight|centre|center|zone|giveaway|sea|wrong|serious|certain|tired|even"
          r"|ahead|silent|bolt|reckoning|air|calm|stop|spot|spots)\b)"
          r"|fatally|deceased"), "killed", frozenset({"post", "pred"})),
    # "exhumed": bodies dug up are dead (GUIDELINES: bodies and remains recovered count as
    # killed): "SEVEN OF THEM WERE EXHUMED ON 26 NOVEMBER"
    # "with three of them succumbing to their injuries": the participle tells deaths too
    # one who took his or her own life is killed like one "killing himself": "a soldier who
    # committed suicide", "three sailors took their own lives" (not "threatened to commit")
    (_alt(r"committed suicide|commits suicide|died by suicide|dies by suicide"
          r"|took (?:his|her|their) own li(?:fe|ves)"), "killed", frozenset({"pred"})),
    (_alt(r"died|dies|perished|drowned|succumbed|succumbing|exhumed"
          # casualty-20 (fixk): "of which 179 passed away in the crash"
          r"|passed away|pass away|passes away|passing away"), "killed",
     frozenset({"pred"})),
    # "portraits of 101 fallen soldiers": fallen before a person noun is killed in war (not
    # "fallen trees", "fallen prices")
    (_alt(r"fallen(?= (?:[a-z-]+ )?(?:soldiers?|troops|servicem[ae]n|servicemembers?|marines?"
          r"|sailors?|comrades?|heroes|officers?|firefighters?|defenders?|fighters?|warriors?"
          r"|journalists?|police(?:men)?|guards?|paratroopers?|pilots?|airmen|personnel)\b)"),
     "killed", frozenset({"post"})),
    (_alt(r"die|drown"), "killed", frozenset({"pred"})),
    # a bare figure's bodies recovered, "Two were recovered" (only passive, right after a
    # figure and where bodies are told: see RECOVERED_BARE)
    (_alt(r"(?:recovered|retrieved|pulled(?= (?:out|from)\b))(?!(?: out)? alive\b)"),
     "killed", frozenset({"pred"})),
    # "101 soldiers who fell in the Kursk operation": fell in war is killed (not "fell ill",
    # "prices fell in the war", which name no people: see the subject's checks)
    # casualty-20: also "fell on its territory during the 1950-1953 conflict", "fell on foreign
    # soil" (a place of fighting, then maybe the war)
    (_alt(r"fell(?= (?:in|during) (?:the |a |an |their |his |its )?"
          r"(?:(?!during\b|in\b|into\b|of\b)[\w'-]+ ){0,3}?"
          r"(?:battle|battles|action|combat|war|wars|conflict|fighting|operation|offensive"
          r"|line of duty|defen[cs]e|liberation|campaign)\b"
          r"| (?:on|in) (?:the |its |their |his |our |a )?(?:(?!during\b|in\b|into\b|of\b)"
          r"[\w'-]+ ){0,2}?(?:soil|territory|battlefields?|front|frontlines?|front lines?)\b)"),
     "killed", frozenset({"pred"})),
    (_alt(r"deaths|fatalities|martyrs|bodies|corpses|kia|homicides|murders|killings"
          r"|executions(?! of\b)"), "killed",  # not "three executions of search warrants"
     frozenset({"post", "toll"})),
    # GUIDELINES: coffins and sets of remains recovered count as killed ("six flag-draped
    # coffins", "55 cases of remains", "147 sets of remains")
    (_alt(r"coffins|caskets|(?<=\ba )(?:coffin|casket)|(?<=\ba flag-draped )(?:coffin|casket)"
          r"|(?:sets|cases|boxes) (?:of|containing) (?:the )?(?:(?:human|possible|probable"
          r"|suspected|presumed|presumptive|unidentified|likely|war|skeletal|military|cremated)"
          # casualty-20: a named war ("55 boxes of Korean War remains"), and sets of ashes
          r" ){0,2}(?:(?:[a-z'-]+ ){1,2}war )?(?:remains|ashes)"
          r"|whose (?:remains|bodies)"), "killed",
     frozenset({"post"})),
    (_alt(r"death toll|toll|body count"), "killed", frozenset({"toll"})),
    # casualty-20 (fixk): "the flood, which claimed 30 victims" (victims: killed or hurt,
    # casualties as GUIDELINES' one figure for both; not "claimed 30 victims were ...", a
    # reported clause, nor victims that include the missing)
    (_alt(r"(?:claimed|claiming|claims|claim)(?=(?:\s+[\w,.'-]+){1,3}\s+victims\b"
          r"(?!\s+(?:were|was|are|is|had|have|has|of|in the (?:case|lawsuit))\b)"
          # "claimed several hundred victims including the dead and missing": no category
          r"(?![^.;]{0,40}\bmissing\b))"),
     "casualties", frozenset({"active"})),
    # "claimed 12 lives", "cost at least 300 civilian lives"; "40 lives were lost"
    # "claimed thousands of military and civilian lives"
    # casualty-20: "a downpour has taken at least 16 lives", "the blast took 12 lives"
    (_alt(r"(?:claimed|claiming|claims|claim|cost|costing|costs|taken|took|taking|takes|take)"
          r"(?=(?:\s+[\w,.'-]+){1,3}"
          r"\s+(?:(?:(?:military|soldiers'?|civilian) (?:and|or) )?"
          r"(?:human|civilian|military|more|other|innocent|young)\s+)?lives\b)"
          r"|lives (?:were |have been |had been )?lost"),
     "killed", frozenset({"active", "post"})),
    # not "7,077 wounded and unwounded prisoners" (captives, some of them hurt)
    (_alt(r"wounded(?!,? (?:and|or) unwounded)|injured|hurt|hospitali[sz]ed|maimed|grazed"
          r"|blinded|crippled(?= by\b)"),
     "wounded",
     frozenset({"post", "pred", "active"})),
    # "A man walked into Mercy Hospital with a gunshot wound": found wounded (his death may
    # be told next, see Link.wounds_found)
    (_alt(r"(?:walked|walks|arrived|arrives|showed up|shows up|went|drove (?:himself|herself)"
          r"|was dropped off|were dropped off) (?:in|into|at|to) (?:a |an |the )?(?:[\w'.-]+ )"
          r"{0,8}?(?:hospital|medical center|emergency room|trauma center)(?: [\w'.,-]+){0,8}? "
          r"(?:with|suffering from) (?:an? |multiple |several |two |three )?(?:apparent )?"
          r"(?:gunshot|stab|knife|bullet) wounds?"), "wounded", frozenset({"pred"})),
    # "A teen is recovering after he was shot in the leg", "is recovering from gunshot wounds"
    (_alt(r"recovering (?:after|from) (?:[\w'-]+ ){0,8}?(?:shot|stabbed|shooting|stabbing"
          r"|gunshot wounds?|stab wounds?|injuries|wounds)"), "wounded", frozenset({"pred"})),
    # carried to a hospital where the victim died: "(was) taken to the hospital, where he was
    # pronounced dead", "rushed by ambulance to Mercy Hospital where she later died"
    # casualty-20 (fixs): also "transferred to a hospital, where he died"
    (_alt(r"(?:taken|rushed|transported|brought|flown|airlifted|driven|transferred)"
          r"(?: by (?:ambulance"
          r"|helicopter|medics|paramedics|private vehicle))? to (?:a |an |the )?(?:[a-z'.-]+ )"
          r"{0,4}(?:hospital|medical center|trauma center),? where (?:he|she) (?:(?:was|later"
          r"|then|eventually|subsequently) )*(?:(?:pronounced|declared) (?:dead|deceased)|died"
          r"|succumbed|passed away)"),
     "killed", frozenset({"pred"})),
    # hospital and condition wording: "treated at hospitals", "sent to the hospital", "in
    # critical condition", "operated on" (not when the clause goes on to a death)
    # casualty-20 (fixs): "(are) receiving / undergoing treatment in hospitals", as "treated in"
    (_alt(r"(?:(?:treated|hospitali[sz]ed|admitted|recovering|(?:receiving|undergoing|getting)"
          r" (?:(?:medical|emergency|urgent|further) )?treatment) (?:at|in|to) "
          r"(?:a |the |two |three "
          r"|several |local |nearby |area |various )?(?:[a-z'-]+ ){0,2}(?:hospitals?|clinics?)"
          r"|(?:sent|taken|rushed|transported|brought|admitted|evacuated|transferred|flown"
          r"|airlifted) to (?:a |the |two "
          r"|three |several |local |nearby |area |various )?"
          r"(?:[a-z'-]+ ){0,2}(?:hospitals?|clinics?)"
          r"|in (?:a )?(?:critical|serious|moderate|stable|grave|fair|satisfactory) condition"
          # "another 25 people remain in hospitals", "nine are still in the hospital"
          r"|(?:remain|remains|remained|remaining|still) in (?:a |the |two |three |several "
          r"|local |nearby |area |various )?(?:[a-z'-]+ )?hospitals?"
          # "28 others are listed as serious"
          r"|listed (?:as|in) (?:critical|serious|moderate|stable|grave|fair|satisfactory)\b"
          r"(?: condition)?"
          r"|operated (?:on|upon))(?![^.;]*\b(?:died|dead|succumbed|death)\b)"
          # "taken to hospital as a precaution / for evaluation": no injury is told
          r"(?!(?:\s+[\w'-]+){0,4}?\s+(?:(?:as|for) (?:a )?precaution"
          r"|for (?:an? )?(?:[\w-]+ )?(?:evaluation|observation|check-?up)))"
          # "relatives rushed to a hospital near the border set to receive the freed
          # sailors": visitors
          r"(?!(?:\s+[\w'-]+){0,6}?\s+to (?:receive|visit|see|meet|greet|await|welcome"
          r"|donate|identify|collect)\b)"),
     "wounded", frozenset({"pred"})),
    # "at least 24 were taken for treatment, though most later died" (GUIDELINES: the wounded
    # figure stays when they die later); not "..., where he died"
    (_alt(r"(?:sent|taken|rushed|transported|brought|evacuated|airlifted) (?:away )?for "
          r"(?:(?:urgent|emergency|medical|further) )*treatment(?![^.;]*\bwhere\b)"),
     "wounded", frozenset({"pred"})),
    # "the soldier, who is recovering from his wounds": recovering is surviving an injury
    (_alt(r"recovering from (?:his |her |their |its |the )?(?:[a-z-]+ )?(?:wounds|injuries)"),
     "wounded", frozenset({"pred"})),
    # "One man died, the other is expected to survive": surviving is surviving an injury (only
    # in a sentence that tells of violence or injury, see EXPECTED_SURVIVAL)
    (_alt(r"(?:is|are|was|were) (?:now |also )?expected to (?:survive|recover|pull through)"),
     "wounded", frozenset({"pred"})),
    # "left one person dead and three others in the hospital" (only after "left", see
    # LEFT_IN_HOSPITAL)
    (_alt(r"in (?:the |a )?hospitals?"), "wounded", frozenset({"post"})),
    (_alt(r"wounding|injuring|injures|injure|maiming|blinding|crippling|crippled"), "wounded",
     frozenset({"active"})),
    # "kills 4, wounds 9", headline plural "kill 9, wound 12"
    # not "died of wounds" (a killed label in casualty tables: "Died of Wounds 43,012")
    (_alt(r"(?<!died of )(?<!dying of )(?<!dies of )(?<!die of )(?:wounds|wound)"), "wounded",
     frozenset({"post", "pred", "active"})),
    (_alt(r"injuries|injury|wia"), "wounded", frozenset({"post", "pred"})),
    (_alt(r"(?:treated for|suffered) (?:(?:a|minor|serious|severe|deep|multiple|possible"
          r"|apparent|second-degree|third-degree) )*(?:cuts?|burns?|bruises|lacerations|fractures"
          r"|broken bones|smoke inhalation|hypothermia|(?:heat )?exhaustion"
          r"|(?:carbon monoxide |smoke )?poisoning)"),
     "wounded", frozenset({"pred"})),
    (_alt(r"with (?:(?:minor|serious|severe|multiple|possible|second-degree|third-degree) )*"
          r"(?:burns|fractures|broken bones|lacerations|bruises|smoke inhalation|hypothermia)"),
     "wounded", frozenset({"pred"})),
    # a limb blown off: "one man with leg blown off", "a soldier with both legs blown off"
    # (casualty-20, fixq)
    (_alt(r"with (?:(?:his|her|their|a|an|one|both) )?(?:(?:left|right|lower) )?"
          r"(?:legs?|arms?|hands?|foot|feet|fingers?) (?:blown|torn|ripped) off"),
     "wounded", frozenset({"post", "pred"})),
    # Russian staff terms glossed in brackets: "25,200 irrecoverable (killed) and 36,200
    # sanitary (wounded) casualties" (the gloss names the category, not the noun after it)
    (_alt(r"(?:irrecoverable|irretrievable) \((?:killed|dead)(?=\))"), "killed",
     frozenset({"post"})),
    (_alt(r"sanitary \((?:wounded|injured)(?=\))"), "wounded", frozenset({"post"})),
    (_alt(r"casualties toll|casualties|casualty toll|casualty count|casualty figures?"
          r"|casualty estimates?|losses"),
     "casualties", frozenset({"post", "toll"})),
    # the singular after "one" only (see SINGULAR_TOLL_NOUNS): "the raid left one known casualty
    # on the enemy side"; not "one casualty insurance claim"
    (_alt(r"casualty(?=\s*(?:[.,;:)!?]|$)|\s+(?:on|in|at|from|among|was|is|has|had|and|or"
          r"|so|after|during|when|while|since|for|among|reported|recorded|confirmed)\b)"),
     "casualties", frozenset({"post"})),
    # casualty-20: "resulted in one death", "one fatality was reported" (after "one" only,
    # like the singular casualty; not "one death threat", "one death row inmate")
    # casualty-20 (fixp), in the same alternative: "One body was retrieved Friday", "with one
    # body being recovered earlier" (GUIDELINES: bodies recovered are killed; after "one" and
    # before a passive recovery verb only, not "one body of water", "one body armour")
    (_alt(r"(?<=\bone )(?:(?:death|fatality)(?=\s*(?:[.,;:)!?]|$)|\s+(?:on|in|at|from|among"
          r"|was|is|has|had|and|or|so|after|during|when|while|since|for|with|reported|recorded"
          r"|confirmed|occurred)\b)"
          r"|(?:body|corpse)(?= (?:was|has been|had been|is|being|were) (?:[a-z]+ly )?"
          r"(?:found|recovered|retrieved|pulled|discovered|located|exhumed|washed|brought out"
          r"|dug out)\b))"),
     "killed", frozenset({"post"})),
    # casualty-20 (fixs): a body as the object of a recovery verb, "Rescuers pulled a body
    # from the rubble", "divers recovered one body near the pier" (GUIDELINES: bodies
    # recovered are killed; before a place word only, not "found a body of evidence")
    (_alt("(?:body|corpse)(?:" + "|".join(
        f"(?<=\\b{verb} {det} {noun})" for verb in RECOVERY_VERBS for det in ("a", "one")
        for noun in ("body", "corpse")) + ")"
          r"(?= (?:from|in|near|at|on|under|inside|beneath|along|out of)\b)"),
     "killed", frozenset({"post"})),
    (_alt(r"shot|stabbed|gunned down|machine-?gunned"), "casualties",
     frozenset({"post", "pred", "active"})),
    (_alt(r"shooting|stabbing"), "casualties", frozenset({"active"})),
    # cut with a blade, like stabbed (casualty-20, fixf): only in a knife attack or a
    # headline with no figure (see SLASH_WORDS)
    (_alt(r"slashed"), "casualties", frozenset({"post", "pred", "active"})),
    (_alt(r"slashes|slashing"), "casualties", frozenset({"active"})),
    # the present and the bare infinitive take an object: "Man stabs 2 at mall", "chose to pull
    # out a knife and stab the two men" (an infinitive only after a verb of doing: see
    # DONE_INFINITIVE_LEADS)
    (_alt(r"shoots|shoot(?![- ]?(?:outs?|ers?)\b)|stabs|stab(?![- ](?:wounds?|injur\w*|victims?"
          r"|vests?|proof|marks?)\b)"), "casualties", frozenset({"active"})),
    # casualty-20 (fixp): a participle after the people it counts ("with over 3,000 soldiers
    # lost since November", "400 troops lost in the fighting"): casualties (GUIDELINES: lost N
    # soldiers); people only (see _own_link)
    (_alt(r"lost(?=\s+(?:since|during|so far|to date|in (?:action|combat|battle|the (?:fighting"
          r"|war|battle|assault|offensive|attack|conflict|clashes))|on the (?:battlefield|front))"
          r"\b)"), "casualties", frozenset({"post", "active"})),
    (_alt(r"lost|lose|loses|losing"), "casualties", frozenset({"active"})),
    # "180 soldiers have been lost in the past day" (people only: see _own_link)
    (_alt(r"(?:have|has|had) been lost|were lost|was lost"), "casualties", frozenset({"pred"})),
    (_alt(r"(?:hit|struck) by (?:gunfire|bullets?|a bullet|a stray bullet|stray bullets"
          r"|shrapnel|sniper fire)"),
     "casualties", frozenset({"post", "pred"})),
    # "Three people inside the home were hit.": a passive "hit" ending its clause, only where
    # shooting is told (see PASSIVE_HIT, SHOOTING_CONTEXT)
    (_alt(r"(?:were|was|been|got) hit(?=\s*(?:[.;!?\"”]|,\s*(?:and|but|police|officials"
          r"|authorities|according)\b|\s+in\s+(?:the\s+)?(?:shooting|gunfire|crossfire)\b|$))"),
     "casualties", frozenset({"pred"})),
    # "the student vanished after a phone call": gone without trace is missing
    (_alt(r"missing|mia|disappeared|vanished"), "missing", frozenset({"post", "pred"})),
    # casualty-20: "more than 800 disappearances", "894 such disappearances" (people who
    # vanished; not the human-rights "enforced disappearances", see PRISONER_CONTEXT)
    (_alt(r"(?<!forced )disappearances"), "missing", frozenset({"post"})),
    (_alt(r"captured|abducted|kidnapped|kidnaped"), "captured",
     frozenset({"post", "pred", "active"})),
    # "rescuing nine kidnapping victims": the victims of a kidnapping were taken
    (_alt(r"(?:kidnapping|kidnap|abduction|hostage-taking)(?= victims\b)"), "captured",
     frozenset({"post"})),
    (_alt(r"capturing|abducting|kidnapping|captures|capture|abducts|abduct|kidnaps|kidnap"
          r"|seizes|seize"), "captured", frozenset({"active"})),  # headline present tense
    # "120 others were taken into Gaza as hostages", "marched across the border as prisoners"
    (_alt(r"(?:taken|carried|dragged|marched|led|held|kept)(?=(?:\s+[\w'-]+){1,4}\s+as\s+"
          r"(?:hostages?|prisoners?|captives?)\b)"), "captured", frozenset({"pred", "active"})),
    # "taking the rest of the crew of 82 as hostages": the object is the captives
    (_alt(r"(?:took|taking|takes|take)(?=(?:\s+[\w'-]+){1,8}\s+as\s+(?:hostages?|prisoners?"
          r"|captives?)\b)"), "captured", frozenset({"active"})),
    # "taken several others prisoner", "took 240 people hostage": the object is the captives
    (_alt(r"(?:taken|took|taking|takes|take)(?=(?:\s+[\w'-]+){1,4}\s+(?:prisoners?|hostages?"
          r"|captives?)\b)"), "captured", frozenset({"active"})),
    # not "one of three POW camps": a singular "POW" before a noun is no captive
    (_alt(r"hostages?|prisoners|captives|pows|pow(?! (?:camps?|compounds?|enclosures?)\b)"
          r"|abductees?"), "captured", frozenset({"post"})),
    # not "the two sides exchanged gunfire / fire / shots / blows / words"
    (_alt(r"released|freed|(?:exchanged|swapped|traded)(?! (?:(?:heavy|small-arms|artillery"
          r"|machine-gun|automatic) )?(?:gunfire|fire|shots|salvos|volleys|rounds|blows|punches"
          r"|insults|words|accusations|barbs|threats|views|messages|letters|notes|greetings"
          r"|gifts|places|ideas|information|intelligence|data)\b)"
          r"|repatriated|brought (?:home|back)"),
     "captured", frozenset({"pred", "active"})),
    # "was able to return 207 of its defenders home", "brought 90 soldiers home": the object
    # comes home (gated as a release word: only in a sentence about prisoners or an exchange)
    (_alt(r"(?:return|returned|returning|returns|bring|bringing|brings|brought)(?=(?:\s+[\w'-]+)"
          r"{1,5}\s+home\b)"), "captured", frozenset({"active"})),
    # captives let go: "Five of them were allowed to return home", "allowed five to return
    # in 2002" (gated as a release word: only about prisoners or after a kidnapping)
    (_alt(r"(?:were|was|been|be) (?:allowed|permitted) to (?:return|go home|come home)"),
     "captured", frozenset({"pred"})),
    (_alt(r"(?:allowed|allows|allowing|permitted|permits|permitting)(?=(?:\s+[\w'-]+){1,4}"
          r"\s+to\s+(?:return"
          r"|go home|come home)\b)"), "captured", frozenset({"active"})),
    (_alt(r"escaped"), "captured", frozenset({"pred"})),
    # wire copy: "four policemen remain in the hands of the rebels" (captors only: not "the
    # town is in the hands of the army")
    # "gunboats seized the trawler and its 14 crew members": people only (see linking)
    (_alt(r"seized|snatched"), "captured", frozenset({"pred", "active"})),
    # "medics at the field hospital treated 50 soldiers in one day" (only after a medical
    # subject in a sentence about violence or war: see TREATING_WORDS)
    (_alt(TREATED_FIGURE), "wounded", frozenset({"active"})),
    # war reporting: "troops raided the clinic, detaining dozens of medics" (only in a sentence
    # about armed forces and no arrest: see DETENTION_WORDS)
    (_alt(r"detained"), "captured", frozenset({"post", "pred", "active"})),
    (_alt(r"detaining|detains|detain"), "captured", frozenset({"active"})),
    # "two other American detainees" (gated as "detained": a foreign national or armed
    # captors, no arrest; casualty-20, fixo)
    (_alt(r"detainees"), "captured", frozenset({"post"})),
    (_alt(r"returned|came home|come home"
          r"|were returned|held|in (?:[a-z]+ )?custody|in (?:[a-z]+ )?captivity"
          r"|in (?:the )?hands of (?:the |their |its )?(?:[a-z-]+ ){0,3}?(?:rebels|guerrillas"
          r"|guerillas|kidnappers|captors|abductors|terrorists|subversives|insurgents|militants"
          r"|gunmen|extremists|eln|farc|fmln|epl|mrta|m-19|shining path|sendero luminoso)\b"),
     "captured", frozenset({"pred"})),
    (_alt(r"still holding|still holds|holding|holds"), "captured", frozenset({"active"})),
    # a prisoner swap's homecoming: "almost 400 people are home", "Our people are back, 207
    # of them" (only about prisoners, or right after captives were counted: see HOMECOMING;
    # casualty-20, fixg)
    (_alt(rf"(?:are|is) {HOME_ADVERBS}(?:back )?home"
          rf"|(?:are|is) {HOME_ADVERBS}back(?=\s*[,.;!?\"”’'])"),
     "captured", frozenset({"pred"})),
    # a foreign national "imprisoned in North Korea" (only held by a state: see
    # STATE_HELD_WORDS; casualty-20, fixg)
    (_alt(r"imprisoned"), "captured", frozenset({"post", "pred", "active"})),
    # war reporting: "hundreds of servicemen surrendered", "he gave himself up to the troops"
    # (only in a sentence about armed forces and no arrest: see SURRENDER_WORDS)
    (_alt(r"(?<!were )(?<!was )(?<!been )(?<!be )surrendered|surrendering"
          r"|(?:gave|give|giving|given) (?:themselves|himself|herself) up"),
     "captured", frozenset({"pred"})),
]

SINGULAR_TOLL_NOUNS = frozenset({"casualty", "death", "fatality"})  # after "one" only
PLURAL_TOLL_NOUNS = words("deaths fatalities casualties losses injuries killings")
# Every alternative starts at a word boundary with a lower-case letter (tests/
# test_casualty_units.py checks each pattern): said once in front, the regex engine passes
# over every other position at once instead of trying each alternative there (half the
# extractor's time went to this scan).
TRIGGER_RE = re.compile(
    r"\b(?=[a-z])(?:"
    + "|".join(
        f"{_first_char_guard(pat)}(?P<t{i}>\\b(?:{pat})\\b)"
        for i, (pat, _c, _r) in enumerate(_TRIGGER_TABLE)
    )
    + ")"
)
TRIGGER_INFO: dict[str, tuple[Category, frozenset[Role]]] = {
    f"t{i}": (cat, roles) for i, (_p, cat, roles) in enumerate(_TRIGGER_TABLE)
}
NO_CATEGORY_AGGREGATE = re.compile(AGGREGATE_DEAD_MISSING)
LEFT_IN_HOSPITAL = re.compile(r"\b(?:left|leaving|leaves|leave|put|puts|putting|landed|sent)\b")
# Captives let go ("were allowed to return", "allowed five to return"): release words too.
LET_GO = re.compile(
    r"(?:(?:were|was|been|be) )?(?:allowed|allows|allowing|permitted|permits|permitting)\b"
)
# A homecoming ("400 people are home", "Our people are back") tells captives released only in
# a sentence about prisoners or right after one whose mentions were all captured (casualty-20,
# fixg): not "residents are back home" after a flood.
HOMECOMING = re.compile(rf"(?:are|is) {HOME_ADVERBS}(?:back|home)")
# Captured-by-release words count only when the sentence is about prisoners.
RELEASE_WORDS = frozenset(
    {"released", "freed", "exchanged", "swapped", "traded", "repatriated", "returned", "came home",
     "brought home", "brought back", "return", "returning", "returns", "bring", "bringing",
     "brings", "brought",
     "come home", "were returned", "seized", "snatched", "held", "still holding", "still holds",
     "holding", "holds", "in captivity"}
)
PRISONER_CONTEXT = re.compile(
    r"\b(?:prisoners?|captiv\w*|captors?|hostages?|pows?|exchange[sd]?|swap(?:s|ped)?"
    r"|kidnap\w*|abduct\w*"
    # the human-rights words for people held by armed forces: "enforced disappearance",
    # "arbitrary detention" (not a police arrest)
    r"|(?:forced|enforced) disappearances?|arbitrary detentions?|arbitrarily detained"
    r"|(?:illegally|unlawfully) detained"
    # "17 policemen are still held by the rebels": held by armed captors
    r"|held by (?:the )?(?:[a-z'-]+ )?(?:rebels|guerrillas|kidnappers|insurgents|militants"
    r"|gunmen|terrorists|abductors))\b"
)
# Release words count after a sentence about kidnapping too: "The ELN kidnapped two soldiers.
# ... An officer and four policemen were released" (the previous sentence's captives).
KIDNAP_CONTEXT = re.compile(
    r"\b(?:captiv\w*|captors?|hostages?|kidnap\w*|abduct\w*"
    r"|held by (?:the )?(?:[a-z'-]+ )?(?:rebels|guerrillas|kidnappers|insurgents|militants"
    r"|gunmen|terrorists|abductors))\b"
)
# "slashed" is a blade wound only in a sentence (or after one) telling a knife attack, or in
# a headline without a figure ("U.S. ambassador slashed in Seoul"): "slashed 500 jobs",
# "slashed prices" tell of cuts (casualty-20, fixf).
SLASH_WORDS = frozenset({"slashed", "slashes", "slashing"})
SLASH_CONTEXT = re.compile(
    r"\b(?:knife|knives|knife-wielding|razor|blades?|machetes?|swords?|box[- ]cutters?"
    r"|scissors|attacker|assailant|stabb\w*|throat|wrists?)\b"
)
# "eliminated"/"neutralised" count as killed only in a sentence about armed fighting.
ELIMINATION_WORDS = frozenset({
    "eliminated", "neutralised", "neutralized", "eliminating", "eliminates", "eliminate",
    "neutralising", "neutralizing", "neutralises", "neutralizes", "neutralise", "neutralize",
})
# armed people and bodies: a sentence naming them is about fighting (elimination, detention)
_ARMED_PEOPLE = (
    r"militants?|terrorists?|insurgents?|jihadists?|extremists?|gunmen|fighters?|rebels?"
    r"|guerrill\w*|bandits?|militias?|militiamen|paramilitar\w*|troops|soldiers?|forces|army"
    r"|military"
)
ELIMINATION_CONTEXT = re.compile(
    r"\b(?:" + _ARMED_PEOPLE + r"|operations?|raids?|clash\w*|gunfights?|encounters?"
    r"|exchanges? of fire|fire exchange|airstrikes?|strikes?|battle|combat"
    # casualty-20: "eight opponents were eliminated using unmanned aerial vehicles (UAVs)"
    r"|drones?|uavs?|unmanned aerial|artillery|snipers?|servicem[ae]n|occupiers|invaders"
    r"|enemy)\b"
)
# Medics "treated N" people: wounded, only with a medical subject shortly before and in a
# sentence about violence or war, not about disease ("the clinic treated 300 cholera patients")
TREATING_WORDS = frozenset({"treated", "treating", "treats", "treat"})
MEDICAL_SUBJECT_BEFORE = re.compile(
    r"\b(?:medics?|doctors?|nurses?|surgeons?|paramedics?|physicians|hospitals?|clinics?"
    r"|field units?|ambulance crews?|health workers|medical (?:teams?|staff|workers)|msf"
    r"|red cross|red crescent)\b[^.;:]{0,50}$"
)
DISEASE_CONTEXT = re.compile(
    r"\b(?:cholera|malaria|measles|covid\w*|diseases?|illness\w*|infections?|malnutrition"
    r"|malnourished|diarrh\w*|fevers?|flu|influenza|pregnan\w*|births?|outpatients?)\b"
)
# "detained" is a capture only by armed forces in a war ("the militia detained 40 villagers"),
# never a police arrest, a suspect's or a migrant's detention ("police detained 3 suspects").
DETENTION_WORDS = frozenset({"detained", "detaining", "detains", "detain", "detainees"})
DETENTION_CONTEXT = re.compile(r"\b(?:" + _ARMED_PEOPLE + r")\b")
# ... or by a state holding a foreign national ("North Korea said it had detained a U.S.
# citizen", "an American detained in the North", "a Korean-American missionary who has been
# detained in North Korea"; casualty-20); arrests still stay none (ARREST_CONTEXT).
FOREIGN_DETAINEE = re.compile(
    r"\b(?:citizens?|nationals?|foreigners?|[a-z]+-americans?|americans?|britons?|canadians?"
    r"|australians?|" + "|".join(sorted(DEMONYM_PLURALS)) + r")\b"
)
# ... and "held" / "imprisoned" / "holding" by a state (casualty-20, fixg): in a sentence
# naming a foreign national (FOREIGN_DETAINEE) and telling no arrest, "held (captive) in/by"
# a state's name, capital or regime right after the word ("An American who has been held in
# North Korea since October", "the number of U.S. citizens being held by the communist
# nation's regime"), or a state's name as the subject just before "holds/is holding/has
# imprisoned" ("North Korea is holding three Americans"). Not "Americans held a rally in
# Seoul" (an object follows), nor "jailed in Texas" (no state of the list).
_HOLDING_STATES = (
    r"north korea|the north|pyongyang|the dprk|dprk|iran|tehran|russia|moscow|china|beijing"
    r"|venezuela|caracas|belarus|minsk|cuba|havana|syria|damascus|myanmar|afghanistan|kabul"
    r"|eritrea|the taliban|(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:regime|government|authorities)"
)
STATE_HELD_WORDS = frozenset({"held", "imprisoned", "holding", "holds", "still holding",
                              "still holds"})
STATE_HOLDER_AFTER = re.compile(
    r"\s+(?:captive\s+|hostage\s+|prisoner\s+)?(?:in|by)\s+(?:the\s+)?(?:communist\s+"
    r"|isolated\s+|reclusive\s+)?(?:" + _HOLDING_STATES + r")\b"
)
STATE_SUBJECT_BEFORE = re.compile(
    r"\b(?:" + _HOLDING_STATES + r")(?:\s+(?:is|was|has|had|have|still|now|currently|also"
    r"|been))*\s+$"
)
# A boat's people "detained" by a named state (casualty-20, fixr): a sentence naming seafarers
# (SEAFARER_WORDS) and a state of the list, not a generic "regime/authorities", as the subject
# just before the word (also "North Korea said it had detained") or as its holder right after
# ("North Korea detained the 15 Russian and two South Korean crew members", "457 South Korean
# fishermen are still detained in the North"); not "the coast guard detained 12 fishermen" (no
# state), nor an arrest.
_NAMED_STATES = _HOLDING_STATES.rsplit("|eritrea|", 1)[0] + "|eritrea"
SEAFARER_WORDS = re.compile(
    r"\b(?:fishermen|fishers|sailors|seamen|seafarers|mariners|crewmen|crewmembers"
    r"|crew members|crews?)\b"
)
NAMED_STATE_AFTER = re.compile(
    r"\s+(?:in|by)\s+(?:the\s+)?(?:communist\s+|isolated\s+|reclusive\s+)?(?:"
    + _NAMED_STATES + r")\b"
)
NAMED_STATE_BEFORE = re.compile(
    r"\b(?:" + _NAMED_STATES + r")(?:\s+(?:said|says|announced|confirmed)(?:\s+that)?\s+it)?"
    r"(?:\s+(?:is|was|has|had|have|still|now|currently|also|been|reportedly))*\s+$"
)
# Soldiers who "surrendered" / "gave themselves up" were taken prisoner (casualty-20), only in
# a sentence about armed forces or war that tells no arrest or defection ("the gunman
# surrendered to police", "surrendered to authorities", "defected and surrendered" stay none).
SURRENDER_WORDS = re.compile(r"surrender\w*|(?:gave|give|giving|given) \w+ up")
SURRENDER_CONTEXT = re.compile(
    r"\b(?:" + _ARMED_PEOPLE + r"|servicem[ae]n|servicemembers?|marines|conscripts?"
    r"|paratroopers|battalions?|brigades?|units?|offensive|front(?:lines?)?|battlefield|war"
    r"|pows?|prisoners? of war|captivity)\b"
)
SURRENDER_ARREST = re.compile(
    r"\b(?:police|policemen|suspects?|arrest\w*|charged|charges|court|authorities|sheriff\w*"
    r"|warrants?|detectives|fbi|lawyers?|attorneys?|bail|jail"
    # a defector "surrendered himself to border guards": he crossed over, nobody took him
    r"|defect\w*|asylum)\b"
)
ARREST_CONTEXT = re.compile(
    r"\b(?:police|policemen|suspect(?:s|ed)?|arrest\w*|charged|charges|court|prosecutors?|judge"
    r"|migrants?|immigration|asylum|smuggl\w*|protest\w*|questioning|custody|warrants?"
    r"|investigation|detectives)\b"
)
# "had died after being captured", "were interrogated after their capture", "died while in
# Ukrainian custody": a phrase after the figure's own clause telling that its people were taken
# (casualty-19); "custody" only in a sentence about armed forces that tells no arrest.
CAPTIVITY_AFTER = re.compile(
    r",?(?:\s+[\w'-]+){0,6}?,?\s+(?:(?:after|following|upon)\s+(?:being|having\s+been)\s+"
    r"(?:captured|taken\s+(?:prisoner|captive)|abducted|kidnapped|seized)"
    r"|(?:after|following|upon|since|during)\s+(?:their|his|her)\s+(?:capture|abduction"
    r"|kidnapping|captivity)"
    # "died in Russian captivity", "in enemy captivity" (casualty-20, fixg)
    r"|(?:while\s+|whilst\s+)?in\s+(?:(?:(?:[A-Z][\w-]+|enemy)\s+)?captivity"
    r"|(?P<custody>(?:[A-Z][\w-]+|enemy|military)\s+custody))"
    # "executed 30 soldiers who had been captured" (casualty-20)
    r"|(?:who|that)\s+(?:had\s+|have\s+)?been\s+(?:captured|taken\s+(?:prisoner|captive)"
    r"|abducted|kidnapped))\b"
)
# "executed four soldiers ... after surrendering", "92 soldiers who had surrendered": their
# people were taken (casualty-20); only where a surrender is a capture (SURRENDER_CONTEXT).
SURRENDER_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,10}?,?\s+(?:(?:who|that)\s+(?:had\s+|have\s+)?(?:surrendered"
    r"|given\s+themselves\s+up)|(?:after|following|upon)\s+(?:surrendering|having\s+surrendered"
    r"|(?:they|he|she)\s+(?:had\s+)?surrendered))\b"
)
MILITARY_CUSTODY = re.compile(
    r"\b(?:soldiers?|troops?|servicem[ae]n|forces|army|military|militias?|fighters?"
    r"|combatants?|pows?|prisoners? of war|war)\b"
)
# A headline opening on a singular captive noun after one or two capitalised modifiers names
# one captive when a preposition or one of these verbs follows it ("Ruritanian POW in Borduria
# Asks to Go Home", "Freed Hostage Says ..."; not "Prisoner Swap Talks Resume").
HEADLINE_CAPTIVES = words("pow hostage")
HEADLINE_CAPTIVE_NEXT = words(
    """in at from on with says said seeks sought asks asked wants tells told recalls describes
    reveals urges pleads returns writes speaks begs hopes"""
)
# Bereaved households counted by a figure count their dead, one each ("at least ten families
# have lost their sons", "30 parents received death notices for their sons": killed;
# casualty-19); never "families lost their homes" nor "lost contact with their sons".
BEREAVED_NOUNS = words(
    "families households parents mothers fathers residents relatives widows couples"
)
BEREAVED_PREDICATE = re.compile(
    r"(?:,?\s+[\w'.-]+){0,10}?,?\s+(?:have\s+|has\s+|had\s+)?(?:(?:all\s+|each\s+)?lost\s+"
    r"|received\s+(?:(?:official\s+)?death\s+(?:notices|notifications|certificates|letters)"
    r"\s+(?:for|of|about)\s+|notices\s+of\s+(?:the\s+)?deaths?\s+of\s+))(?P<kin>(?:their|a|his"
    r"|her)\s+(?:only\s+|eldest\s+|youngest\s+)?(?:sons?|daughters?|children|husbands?|fathers?"
    r"|brothers?|loved\s+ones))\b"
)
# Captives who escaped count as captured only in a sentence about kidnapping or hostages.
ESCAPE_CONTEXT = re.compile(r"\b(?:captiv\w*|captors?|hostages?|kidnap\w*|abduct\w*)\b")
# ... and in a sentence about prisoners of war, not a jail's inmates (see
# linking.find_triggers): "nothing was known about these prisoners until a few elderly
# soldiers escaped".
ESCAPE_POW_CONTEXT = re.compile(r"\b(?:pows?|prisoners?)\b")
# "shot a 7-under-par 64", "a two-shot lead": golf, not gunfire.
GOLF_CONTEXT = re.compile(
    r"\b(?:par|birdies?|bogeys?|eagles?|under-par|over-par|\d+-(?:under|over)|\w+-shot lead)\b"
)
# "about 400 people die each year": present-tense "die"/"drown" tell a statistic only with a
# period; otherwise they are hypothetical ("people die if ...") or instructions.
PERIODIC = re.compile(
    r"\b(?:(?:each|every|a|per|an average) (?:year|day|week|month|winter|summer|season|decade)"
    r"|annually|yearly|daily|on average|each of the past|every \w+ (?:minutes|hours|seconds))\b"
)
# "shot at one person", "shot at them": fired at, not hit (not "shot at a party", "at 3 a.m.")
SHOT_AT_PEOPLE = re.compile(
    r" at (?:him|her|them|us|me|(?:a|an|the|one|two|three|four|five|several|\d+)"
    r" (?:[\w-]+ )?(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r"))\b"
)
# "shot" the noun, a gunshot, not a person hit: after an article or a shot-describing word
# ("heard a shot", "fired a single shot", "a warning shot"), or before what a shot does ("a
# second shot, that struck ...", "the shot rang out"). Not after "one"/"another"/an ordinal
# alone: "one shot in the leg", "another shot" are people in a list.
SHOT_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|single|warning|lone|fatal|final|this|that|his|her|their)\s+$"
)
SHOT_NOUN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:that\s+|which\s+)?(?:rang out|was fired|were fired|went off|was heard"
    r"|struck|hit|missed|grazed|lodged|pierced)\b"
)
# Injuries in a sentence about a sports team ("four injured starters") are not casualties,
# unless the sentence also tells of violence or an accident.
# verbs before an infinitive that tell its act was done ("chose to pull out a knife and stab
# the two men", "proceeded to shoot three people"; also "managed", "went on to")
DONE_INFINITIVE_LEADS = words("chose proceeded began started managed manages")
# present "shoot(s)" in a game or a photo session: "shoots 3 of 10 from the field"
PRESENT_SHOT = re.compile(r"shoots?$")
SHOOTING_GAME = re.compile(
    r"\b(?:from the field|free throws?|\w*-?pointers?|baskets?|hoops|percent|goals?|shots? on"
    r"|photos?|pictures?|film|scenes?|video|episodes?|photographers?|camera)\b"
)
SPORTS_CONTEXT = re.compile(
    r"\b(?:starters?|players?|roster|line-?up|questionable|sidelined|injured (?:list|reserve)"
    r"|injury (?:list|report)|quarterback|striker|midfielder|defender|goalkeeper|pitcher"
    r"|rebounds|touchdowns?|innings)\b"
)
VIOLENCE_CONTEXT = re.compile(
    r"\b(?:shot|shooting|gun\w*|bomb\w*|blast|explosion|attack\w*|crash\w*|collaps\w*"
    r"|stampede|crush|fire|riot\w*|stabb\w*|killed|dead|died|accident|overturn\w*"
    r"|collision|bus|plane|helicopter|quake|earthquake|storm)\b"
)
# a passive "were hit" ending its clause counts people hit only where shooting is told in the
# sentence or the one before ("that's when the shooting started. Three people were hit.")
PASSIVE_HIT = re.compile(r"(?:were|was|been|got) hit$")
SHOOTING_CONTEXT = re.compile(
    r"\b(?:shots?|shooting|shootout|gunfire|crossfire|gunman|gunmen|gunshots?|fired|opened fire"
    r"|bullets?|shooter|shot)\b"
)
# casualty-20: "25 bodies had been found. Two were recovered earlier in the month": a bare
# figure recovered where bodies are told (this sentence or the one before) counts bodies
# (GUIDELINES: bodies recovered are killed); not "two miners were recovered alive"
RECOVERED_BARE = frozenset({"recovered", "retrieved", "pulled"})
RECOVERED_FIGURE_BEFORE = re.compile(
    r"(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozens|hundreds|more|others|another [a-z]+))\s+(?:(?:have|had|has)\s+)?"
    r"(?:were|was|been)\s+$"
)
BODY_CONTEXT = re.compile(r"\b(?:bodies|corpses|remains|body)\b")
# "expected to survive" is a wounded predicate only where violence or an injury is told
EXPECTED_SURVIVAL = re.compile(r"expected to (?:survive|recover|pull through)")
INJURY_CONTEXT = re.compile(r"\b(?:injur\w*|wound\w*|hurt|hospital\w*)\b")
# "injuries"/"wounds" as a predicate need a verb or preposition before them.
# "lost 1,140 troops": losing counts people only when people are named right after.
LOSS_VERBS = frozenset({"lost", "lose", "loses", "losing"})
# Historical accounts: an army or a nation "lost 23,185" (no people named after the figure)
# and "the French loss was 26,300", "the loss of the Federalists at 4,500": owners of a
# loss that count people (casualties, GUIDELINES "losses of N"); "the company's loss" and
# "lost 40 seats" are not.
MILITARY_OWNERS = words(
    """army armies brigade brigades division divisions regiment regiments corps battalion
    battalions garrison garrisons force forces troops enemy enemy's navy column columns
    squadron squadrons legion legions militia militias detachment expedition host side sides
    british english french german germans russian russians american americans japanese
    chinese korean koreans italian italians austrian austrians prussian prussians turkish
    turks ottoman ottomans spanish spaniards dutch swedish swedes polish poles soviet soviets
    greek greeks mexican mexicans zulu zulus boer boers union confederate confederates
    federal federals federalists allied allies rebel rebels imperial imperials royalist
    royalists republican republicans nationalist nationalists communist communists
    axis anglo-egyptian egyptian egyptians indian indians persian persians arab arabs
    israeli israelis ukrainian ukrainians iraqi iraqis iranian iranians vietnamese"""
)
# People an army loses: "sent 12,000 soldiers, of which they lost 4,000"
COMBATANT_NOUNS = words(
    """soldiers troops servicemen servicemembers fighters marines sailors airmen personnel
    mercenaries recruits conscripts infantrymen paratroopers commandos"""
)
# "seize scores of villagers" counts captives only when people are named ("seize 3 tanks")
# "machinegunned" is said of vehicles and areas as often as of people
MACHINEGUNNED = frozenset({"machinegunned", "machine-gunned"})
# "the strike crippled 40 factories": crippled people only ("crippled 23 others")
CRIPPLING = frozenset({"crippled", "crippling"})
PEOPLE_OBJECT_VERBS = LOSS_VERBS | ELIMINATION_WORDS | MACHINEGUNNED | CRIPPLING | {
    "seize", "seizes", "capture", "captures", "capturing", "seized", "snatched"
}
# an arrest, no capture: "police seized 3 men" (the subject just before an active "seized")
LAW_SUBJECT_BEFORE = re.compile(
    r"\b(?:police|policemen|officers|agents|border guards?|border police|coast ?guards?|customs"
    r"|authorities|immigration|deputies|detectives|troopers|investigators|prosecutors|fbi"
    r"|officials)\s+(?:[a-z]+ly\s+|had\s+|have\s+|has\s+)?$"
)
# a state's seizure of a boat's people, no arrest: "North Korean authorities seized four
# South Korean fishermen": seafarers as the object (see linking._state_seizes_crew)
SEIZED_SEAFARERS = re.compile(
    r"\s+(?:[\w'-]+\s+){0,6}?(?:fishermen|fishers|sailors|seamen|seafarers|mariners|crewmen"
    r"|crew members|crew)\b"
)
INJURY_NOUNS = frozenset({"injuries", "injury", "wounds", "wound"})
INJURY_LEADS = words(
    """suffered sustained suffering sustaining suffer suffers sustain sustains with for
    received receiving from treated have has"""
)
# Toll nouns reach a figure on their right through these words ("toll rose to 61").
_LINK_WORDS = (
    r"has|have|had|now|officially|reportedly|already|risen|rose|climbed|jumped|increased"
    r"|reached|reaches|stands|stood|stand|is|was|were|are|totaled|totalled|totals|total"
    r"|amount|amounted|amounts|numbered|numbers|number|hit|hits|exceeded|exceeds|passed"
    r"|topped|surpassed|put|puts|at|to|of|could|may|might|be|in the|as|estimated|some|between"
    r"|passes|pass|tops|surpasses|exceed|surpass|approaching|approached|approaches|nearing"
    r"|crossed|crosses|crossing|exceeding|surpassing|topping|swelled|swollen|swells|swelling"
    r"|numbering|totalling|totaling|past|surged|surges|surging|leapt|leaped|spiked"
    r"|neared|nears|climbing to|climbed to|believed|thought|both|first|initially|originally"
    r"|later|given as|given|reach|reaching"  # casualty-20: "reaching"
    r"|down|up|revised|lowered|raised|fell|dropped|declined|rising|climbing|included|include"
    r"|includes|rises|rise|climbs|jumps|increases|soared|soars|grew|grown|mounted|mounts|been"
    r"|(?:range|ranges|ranged|ranging|varies|vary|varying|varied|run|runs|ran|running) from"
    # casualty-20 (fixn): "casualties ranging between 500,000 and 600,000"
    r"|(?:range|ranges|ranged|ranging|varies|vary|varying|varied)(?= between\b)"
    # "the casualties were probably over a thousand", "somewhere between 1,200 and 4,000"
    r"|probably|possibly|perhaps|likely|somewhere|anywhere|potentially"  # fixn: potentially
    r"|also(?= includ)"  # "Monday's death toll also includes four medics"
    # casualty-20 (fixk): "the death toll came to 304"; "with fatalities expected to be around
    # a thousand" (an estimate of a toll now; "expected to reach/rise" stays FUTURE_TOLL)
    r"|came(?= to\b)|comes(?= to\b)|come(?= to\b)|expected(?= to be\b)"
    # casualty-20 (fixp): "the final death toll came in at 192", "the toll settled at 40"
    r"|came in(?= at\b)|comes in(?= at\b)|come in(?= at\b)|settled(?= at\b)"
)
# The single words of the list above, for cutting a group short ("among X now stands ...").
TOLL_LINK_WORDS = frozenset(w for w in _LINK_WORDS.split("|") if w.isalpha())
TOLL_LINK = re.compile(
    # wire copy: "the total number of casualties inflicted on the armed forces was 124"
    r"(?:\s+(?:inflicted|suffered|sustained|caused|reported|registered|recorded)(?=\s+(?:on|upon"
    r"|by|in|during|among|since|at|as of|this|last)\b))?"
    # casualty-20 (fixk): the people's own participle phrase, "the number of North Korean
    # casualties deployed to the Russia-Ukraine war is estimated to have exceeded 6,000"
    r"(?:\s+(?:deployed|sent|dispatched)\s+to\s+(?:the\s+)?[^,;:.\d]{2,50}?(?=\s+(?:is|are|was"
    r"|were|has|have|had|stands?|stood|reached|exceeded|totall?ed|numbered)\b))?"
    r"(?:\s+(?:among|in|from|on|upon|for|since|by|across|during|throughout|within|after|over|of"
    r"|near|around|along|inside|at|as of|under|while"
    # casualty-20 (fixp): a cause phrase, "taking the death toll due to torrential rains and
    # landslides to 35" (not "the toll is due to rise": a verb after "due to")
    r"|(?:due|owing) to(?!\s+(?:be|rise|climb|increase|reach|grow|top|pass|exceed|hit)\b)"
    r"|caused by|linked to|related to|attributed to)\s+(?:[^,;:.\d]|(?:19|20)\d\d\b"
    r"|(?:(?<=as of )|(?<= at ))(?:[01]\d|2[0-3])[0-5]\d\b"  # a 24-hour time: "as of 1618"
    r"|(?<=past |last )\d\d? (?:hours|days|weeks|months|years)\b"
    # a full date, its year and closing comma too: "losses by December 14, 2024, amounted to"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d\d?(?:st|nd|rd|th)?\b"
    r"(?:, (?:19|20)\d\d\b,?)?"
    # an ordinal date ("since October 7th", "since the 7th of October")
    r"|\d\d?(?:st|nd|rd|th)(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    # casualty-20: a bare ordinal day ("the earthquake that occurred on the 28th of last month")
    r"|\b\d\d?(?:st|nd|rd|th)\b"
    # casualty-20: digits glued to a name ("Covid-19", "M23 rebels", "the MH17 crash")
    r"|(?:(?<=[A-Za-z])|(?<=[A-Za-z]-))\d+\b"
    r"|magnitude[- ]\d(?:\.\d)?\b|\b\d(?:\.\d)?[- ]magnitude\b){1,110}?)?"
    # a comma-enclosed aside: "the death toll, according to the ministry, has climbed to 230"
    # (a title's stop inside it: "losses, Mr. Smith said, were 74,788")
    r"(?:\s*,(?:\b(?:mr|mrs|ms|dr|st|lt|col|gen|sgt|maj|capt|gov|sen|rep)\.|[^,;:.\d\"“”()])"
    r"{2,80}?,)?"
    # casualty-20: a dash- or bracket-enclosed aside ("the number of casualties — including
    # both killed and wounded — is estimated at 4,700")
    r"(?P<aside>\s*(?:[—–][^—–,;:.\d\"“”()]{2,80}?[—–]|\([^;:.\d()]{2,80}?\)))?"
    r"(?:\s*(?:(?:" + _LINK_WORDS + r")\b|[:\"“]"
    r"|,(?=\s*(?:estimated|put|believed|thought|numbering|totall?ing)\b)"
    r"|,(?=\s*(?:is|was|are|were)\b)"  # "the number of casualties in X as of 1618, is 45"
    r"|,(?=\s*(?:includes|included|include)\b)"  # casualty-20: "The number of dead, includes"
    r"|,\s*which\b"
    # the General Staff's label: "losses ... amounted to: personnel – 62,400 people"
    r"|personnel\s*[–—-](?=\s)"
    r"|(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)))+\s*"
)
# An act that did not happen: "the attempted murder of three officers", "a failed
# kidnapping of", "the plot to kill" (the "of" noun then names no victims).
ATTEMPTED_ACT = re.compile(
    r"\b(?:(?:attempted|failed|foiled|thwarted|botched|alleged plot|plot|conspiracy|attempt)"
    r"(?: to)?"
    # a reward "for the capture of X": nobody was taken
    r"|(?:rewards?|bount(?:y|ies)|payments?|offered|offering)(?: [\w-]+){0,3} for(?: the)?)"
    r"\s+$"
)
# Nouns naming the act, reaching the figure through "of": "the murder of six Jesuits".
OF_NOUN_RE = re.compile(
    r"\b(?P<noun>murders?|killings?|massacres?|murderers|killers|assassins|slaughter|executions?|deaths?|bodies|body|remains"
    r"|corpses?"
    r"|assassinations?|shootings?|stabbings?|wounding|disappearances?"
    r"|kidnappings?|abductions?|capture|release|return|exchange|swap|loss"
    # "the arbitrary detention of almost 1,000 people" (not a police detention of suspects)
    r"|(?:arbitrary|unlawful|illegal|enforced) detentions?"
    r"|(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes) (?:the )?lives)"
    # a quoted act noun ('the "murder" of 19 people') and a time phrase before "of" ("the
    # death yesterday of nine people", "the murder last week of four candidates")
    r"[\"”’']?(?:\s+(?:yesterday|today|last night|(?:last|this) (?:week|weekend|month)"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # a short place phrase ("the execution on the battlefield of 92 soldiers"; casualty-20)
    r"|(?:on|at|near) the (?:battlefield|front(?:line)?|front line|border|spot|scene)))?"
    # "the bodies of the remaining 28 hostages", "the release of the last three captives";
    # a quote opening the figure ('the execution of "at least 92 soldiers ..."')
    r"\s+of\s+(?:all\s+|the\s+)?(?:(?<=the )(?:remaining|other|last|final|first|latest)\s+)?"
    r"[\"“‘]?$"
)
TOLL_NOUN_RE = re.compile(
    r"\b(?P<noun>death tolls|death toll|[Cc]asualt(?:y|ies) tolls?|casualty counts?"
    r"|casualty figures?|death counts?"
    r"|(?:actual|real|true|correct|corrected|revised|final) (?:figure|number)(?! of)"
    # "The NIS put the figure at 3,000.": the sentence before tells its category
    r"|(?<=\b[Tt]he )(?:figure|tally)(?! of)"
    # casualty-20 (fixk): "the previous second highest tally of 1.530", "the record tally of
    # 1,740": a ranked tally before its figure (the sentence before tells its category)
    r"|(?<=\b[Tt]he )(?:(?:previous|earlier|prior|former|record|highest|second|third|second-highest"
    r"|third-highest|daily|biggest|largest|last|new) ){1,3}tally(?= of\s*$)"
    # "the toll of dead and wounded North Koreans": the category is the words after "of"
    r"|toll of (?:the )?(?P<tcat>(?:killed|dead) (?:and|or) (?:wounded|injured)|wounded|injured"
    r"|dead|killed|missing)(?: (?:[A-Za-z'-]+ ){0,2}?(?:" + "|".join(
        sorted(PERSON_NOUNS, key=len, reverse=True)) + r"|(?i:" + "|".join(sorted(DEMONYM_PLURALS))
    + r")))?(?= )"
    r"|body count|toll"
    # "The freed hostages (also) included 13 farmers": captives let go, told by their subset
    r"|(?:freed|released|exchanged|returned|rescued|remaining) (?:[A-Za-z-]+ )?"
    r"(?:hostages|captives|prisoners)"
    r"(?= (?:also )?includ)"
    r"|casualties|(?:deaths|fatalities) (?:and|or) (?:injuries|injured|wounded)"
    r"|deaths|fatalities|losses|bodies"
    r"|(?:total|number) (?:of those )?who (?:died|were killed)"
    # "Estimates of those killed vary from 379 to 1,500"
    r"|(?:estimates?|figures?|counts?) (?:of|for) (?:those|the people|people|persons) "
    r"(?P<est>killed|dead|who died|wounded|injured|missing)"
    # "the number of injured border guards (was estimated to reach) ...": the category
    # is the adjective's, the people after it are the victims
    # (also a pair: "the number of killed and wounded North Korean soldiers ... exceeds
    # 3,000", "put the number of killed or wounded Ruritanians at 900": casualties)
    # "the number of (identified) fallen soldiers": fallen before a person noun is killed
    r"|number of (?:the )?(?:(?:identified|confirmed|known|recorded|reported|registered) )?"
    r"(?P<adj>(?:killed|dead) (?:and|or) (?:wounded|injured)|injured|wounded"
    r"|dead|killed|missing|captured|fallen) "
    r"(?P<people>(?:[A-Za-z'-]+ ){0,3}?(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
    + r"|(?i:" + "|".join(sorted(DEMONYM_PLURALS, key=len, reverse=True)) + r")))(?= )"
    r"|number of (?:the )?(?:[a-z'-]+ ){0,5}?"
    r"(?:(?:killed|dead) (?:and|or) (?:wounded|injured)"
    r"|(?:deaths|fatalities) (?:and|or) (?:injuries|injured|wounded)|dead|deaths"
    r"|killed|fatalities|casualties|injured|wounded|injuries|missing|victims|homicides|murders"
    # "the total number of hostages freed since the truce began to 18": captives let go
    r"|(?:hostages|prisoners|captives|detainees)(?: (?:freed|released|exchanged|swapped"
    r"|repatriated|returned|taken|kidnapped|abducted|captured|held))?)"
    r"|the (?:killed and wounded|dead and wounded|killed(?: outright)?|dead|deceased|injured"
    r"|wounded|missing)"
    # wire copy: "those wounded include three ...", "the people killed include ..."
    r"|(?:those|the (?:people|persons|victims)) (?:killed|dead|wounded|injured|missing"
    r"|kidnapped|abducted|captured)(?= (?:include|included|includes|were|are)\b)"
    # casualty-20 (fixi): "Other victims killed in the stabbing spree include ...": "other"
    # and a short place phrase before include(d)
    r"|(?:(?<![\w-])(?:[Oo]ther|[Tt]he other) (?:people|persons|victims)"
    r"|(?:those|the (?:people|persons|victims)))"
    r" (?:killed|dead|wounded|injured|missing|kidnapped|abducted|captured)"
    r"(?= (?:in|during|on|at|near|from) [^,;:.\d]{1,60}? (?:include|included|includes)\b)"
    # "THE TOTAL PERSONS KIDNAPPED IN COLOMBIA OVER THE LAST 6 WEEKS WAS 85"
    r"|total (?:of )?(?:persons|people|victims) (?:killed|dead|wounded|injured|missing"
    r"|kidnapped|abducted|captured)"
    # historical accounts: "the Confederate loss was 20,448", "the loss of the Federalists
    # at 4,500" (only with a military owner: see MILITARY_OWNERS); "the loss of life"
    r"|loss of (?:human )?li(?:fe|ves)|loss\b)"
)
TOLL_CATEGORY: dict[str, Category] = {
    "dead": "killed", "deceased": "killed", "fallen": "killed", "deaths": "killed",
    "killed": "killed",
    "fatalities": "killed", "died": "killed",
    "toll": "killed", "tolls": "killed", "count": "killed", "counts": "killed",
    "bodies": "killed", "body": "killed", "corpses": "killed", "corpse": "killed",
    "casualties": "casualties",
    "injured": "wounded", "wounded": "wounded", "injuries": "wounded", "missing": "missing",
    "victims": "casualties", "hostages": "captured", "prisoners": "captured",
    "captured": "captured", "kidnapped": "captured", "abducted": "captured",
    "losses": "casualties", "figure": "casualties", "figures": "casualties",
    "murder": "killed", "murders": "killed", "killing": "killed", "killings": "killed",
    "massacre": "killed", "homicides": "killed", "massacres": "killed", "slaughter": "killed",
    "execution": "killed",
    "executions": "killed", "remains": "killed", "kidnapping": "captured",
    "kidnappings": "captured", "abduction": "captured", "abductions": "captured",
    "capture": "captured", "release": "captured", "return": "captured", "death": "killed",
    "assassination": "killed", "assassinations": "killed", "shooting": "casualties",
    "shootings": "casualties", "stabbing": "casualties", "stabbings": "casualties",
    "wounding": "wounded", "disappearance": "missing", "murderers": "killed",
    "killers": "killed", "assassins": "killed", "disappearances": "missing",
    "exchange": "captured", "swap": "captured", "detention": "captured",
    "captives": "captured", "detainees": "captured", "freed": "captured", "released": "captured",
    "exchanged": "captured", "swapped": "captured", "repatriated": "captured",
    "returned": "captured", "taken": "captured", "held": "captured",
    "detentions": "captured", "lives": "killed", "loss": "casualties",
    "life": "killed", "outright": "killed",
}

# A single victim may be named right after these ("killed Qasem Soleimani", "shot the
# driver", "the assassination of Robert F. Kennedy"; headlines "kills photojournalist").
VICTIM_OBJECT_LEADS = words(
    """killed kills kill killing shot shoots shoot stabbed stabs stab wounded wounds wound
    wounding injured injures injuring murdered murders murder assassinated assassinates
    executed executes beheaded abducted abducts kidnapped kidnaps captured captures shooting
    abducting kidnapping capturing murdering executing assassinating slashed slashes slashing
    detained"""
)
ACT_NOUNS_OF = words(
    """death killing murder assassination shooting stabbing wounding disappearance abduction
    kidnapping execution capture body deaths killings murders assassinations disappearances
    abductions kidnappings executions bodies remains"""
)
# One victim's act after a possessive name: "Lopez Albujar's murder", "President Allende's
# assassination", "Diaz' murder" (the category of the victim). Not "death": "Stalin's death"
# tells no violence.
POSSESSED_ACTS: dict[str, Category] = {
    "murder": "killed", "assassination": "killed", "killing": "killed",
    "execution": "killed", "kidnapping": "captured", "abduction": "captured",
    "disappearance": "missing",
}
# A possessive "death" is one victim's when someone is said to answer for it: "denied any
# responsibility in Dr X's death", "accused of involvement in Y's death".
CULPABILITY_WORDS = words(
    """responsibility responsible involvement involved participation blame blamed accused
    guilty avenge"""
)
# ... or when the death was in a violent event: "Febe Velazquez' death in the dynamite attack".
VIOLENT_EVENTS = words(
    """attack attacks explosion explosions bombing bombings ambush shooting massacre clash
    clashes blast bomb crossfire raid assault fighting"""
)
# What may follow such an act noun: "'s murder has ...", "'s death last night", "'s murder."
POSSESSED_ACT_FOLLOW = words("last yesterday today this")
# Sentences that may name such a victim pass the prefilter (built from the two lists).
def _all_cases(words: frozenset[str]) -> str:
    cased = words | {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(sorted(cased, key=len, reverse=True))


OBJECT_VICTIM_RE = re.compile(
    r"\b(?:(?:" + _all_cases(VICTIM_OBJECT_LEADS) + r")"
    r"|(?:" + _all_cases(ACT_NOUNS_OF) + r") (?:of|OF)|(?:identified|named) as) (?:dead )?"
    r"(?:[Tt]he |[Tt]his |[Tt]hat |[Hh]is |[Hh]er |[Tt]heir |[Ii]ts |(?:[a-z-]+,? ){0,3}[A-Z])"
    # a possessive victim: "Allende's assassination", "DIAZ' MURDER"
    r"|\w['’](?:s|S)? (?:" + _all_cases(frozenset(POSSESSED_ACTS) | {"death"}) + r")\b"
    # one captive named by a pronoun: "shortly after his capture"
    r"|\b(?:[Hh]is|[Hh]er) (?:capture|abduction|kidnapping)\b"
    # "The dead included the foreign minister"
    r"|\b(?:dead|victims|killed|injured|wounded|deceased) includ(?:ed|es|e) (?:[Tt]he|[Hh]is"
    r"|[Hh]er)\b"
    # "who lost his daughter in the sinking" (casualty-20, fixl)
    r"|\blost (?:his|her|their) "
)

# Cheap document/sentence prefilter: any casualty word at all.
ANY_TRIGGER = re.compile(
    r"\b(?:kill|slain|murder|massacr|execut|assassin|behead|slaughter|martyr|dead|die[ds]?\b"
    r"|eliminat|neutrali"
    r"|death|fatal|fallen|fell (?:in|during|on)\b|perish|pass(?:ed|es|ing)? away\b|drown|succumb"
    r"|bod(?:y|ies)|corpse|coffin"
    r"|(?:blew|blow|blowing|blows|blown) (?:him|her)self up"
    r"|committed suicide|commits suicide|by suicide|own li(?:fe|ves)\b"
    r"|casket|remains\b|ashes\b|wound|injur|hurt"
    r"|hospital|maim|graze"
    # "the five men's release"
    r"|crippl|clinic|hands of|exhum"
    # a possessive's release ("the hostages' release"): the lookbehind after the word keeps the
    # alternation's first letters known, so the scan stays fast
    r"|release(?<=['’] release)\b|release(?<=['’]s release)\b"
    r"|liberation(?<=['’] liberation)\b|liberation(?<=['’]s liberation)\b"
    r"|deceased|operated|(?:critical|serious|moderate|stable|grave|fair|satisfactory) condition"
    r"|blind(?:ed|ing)\b"
    r"|homicides|treated for|" + TREATED_FIGURE + r"|for (?:[a-z]+ )?treatment|suffered|escaped"
    r"|fractures|burns\b|broken bones|lacerations"
    r"|bruises|hypotherm|smoke inhal"
    r"|casualt|claim(?:ed|s|ing)?(?=(?:\s+[\w,.'-]+){1,3}\s+victims\b)|loss|shot|shoot|stab"
    r"|slash(?:ed|es|ing)\b|gunned|machine-?gunned|hit by"
    r"|struck by|missing|mow(?:ed|n|ing|s) down|ultimate sacrifice|(?:blown|torn|ripped) off"
    r"|unaccounted|out of contact|disappear|vanish"
    r"|victims (?:includ|were\b|are\b|was\b|is\b|also\b)"
    r"|captur|seiz|snatch|detain|surrender|(?:themselves|himself|herself) up\b"
    r"|abduct|kidnap|hostage|prisoner|captiv|pows?\b|toll|lost (?:their|his|her) li"
    r"|kia\b|mia\b|wia\b|released|freed|exchanged|swapped|traded|repatriat|returned|c[ao]me home"
    r"|brought (?:home|back)|(?:return|bring|brought)\w*(?=(?:\s+[\w'-]+){1,5}\s+home\b)"
    r"|(?:allow|permit)\w*(?=(?:\s+[\w'-]+){0,4}\s+to\s+(?:return|go home|come home)\b)"
    r"|held\b|holding|holds\b|imprison|the (?:figure|tally)\b|tally of\b"
    rf"|(?:are|is) {HOME_ADVERBS}(?:back\b|home\b)"
    r"|(?:actual|real|true|correct|corrected|revised|final) (?:figure|number)\b"
    r"|(?:arbitrary|unlawful|illegal|enforced) detention"
    r"|the lives of|lives\b|captor|custody|los[te]\b|loses|losing|did(?: not|n't|n’t) surviv"
    r"|expected to (?:surviv|recover|pull through)|(?:were|was|been|got) hit\b"
    r"|recovered|retrieved|pulled (?:out|from)\b"
    r"|among them (?:were|are|was|is)\b)",  # casualty-20 (fixn): a subset of the figure before
    re.IGNORECASE,
)


def shouted_plural(low: str) -> bool:
    """Upper-case wire copy has no capitals to tell a proper plural ("SIX JESUITS", "THE FOUR
    AMERICANS") from a thing, so a plural that is no unit, thing, event or casualty word is
    taken as people."""
    return (
        len(low) > 3 and low.endswith("s") and not low.endswith(NOT_PLURAL_ENDINGS)
        and low not in UNIT_NOUNS and low not in THING_PLURALS and not ANY_TRIGGER.match(low)
    )


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its top level (no split inside groups or classes)."""
    out: list[str] = []
    cur: list[str] = []
    depth, k, in_class = 0, 0, False
    while k < len(pattern):
        c = pattern[k]
        step = 2 if c == "\\" else 1
        if c == "|" and depth == 0 and not in_class:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(pattern[k : k + step])
            if in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
            elif c in "()":
                depth += 1 if c == "(" else -1
        k += step
    return out + ["".join(cur)]


def _lettered(alternative: str) -> list[str]:
    """An alternative as alternatives that each start with one plain letter: a leading group
    or letter class is spread over what follows it ("(?:blew|blow) up" -> "blew up", "blow
    up"; "c[ao]me" -> "came", "come"). Order is kept, so the first to match is the same."""
    if alternative.startswith("(?:"):
        depth, close = 0, 0
        while close == 0 or depth:
            depth += {"(": 1, ")": -1}.get(alternative[close], 0)
            close += 1
        rest = alternative[close:]
        assert rest[:1] not in ("*", "+", "?", "{"), alternative
        inner = alternative[3 : close - 1]
        return [x for a in _top_alternatives(inner) for x in _lettered(a + rest)]
    if alternative.startswith("["):
        close = alternative.index("]")
        letters, rest = alternative[1:close], alternative[close + 1 :]
        assert letters.isalpha() and letters.islower() and rest[:1] not in "*+?{", alternative
        return [c + rest for c in letters]
    assert alternative[:1].isalpha() and alternative[:1].islower(), alternative
    assert alternative[1:2] not in ("*", "+", "?", "{"), alternative
    return [alternative]


def _by_first_letter(pattern: str) -> dict[str, str]:
    """`\\b(?:a|b|...)`'s alternatives grouped by their first letter: letter -> the rest of
    each, as one alternation in their order."""
    body = pattern.removeprefix(r"\b(?:").removesuffix(")")
    by_letter: dict[str, list[str]] = {}
    for alternative in _top_alternatives(body):
        for lettered in _lettered(alternative):
            by_letter.setdefault(lettered[0], []).append(lettered[1:])
    return {letter: "|".join(rests) for letter, rests in by_letter.items()}


def first_letter_scan(pattern: str) -> re.Pattern[str]:
    r"""`\b(?:a|b|...)` rewritten for lower-cased text as one branch per first letter,
    "k(?<!\w\w)(?:ill|...)": a pattern that opens with plain letters lets the regex engine
    skip every other character without trying a branch, and the lookbehind after the letter
    is the word start `\b` asked for. Each letter's alternatives keep their order, so every
    match starts and ends where the original's does (a test checks it on real text)."""
    return re.compile(
        "|".join(
            rf"{letter}(?<!\w\w)(?:{rests})"
            for letter, rests in _by_first_letter(pattern).items()
        )
    )


# The same on lower-cased text, faster.
ANY_TRIGGER_LOWER = first_letter_scan(ANY_TRIGGER.pattern)
_TRIGGER_WORDS = "|".join(
    f"{letter}(?:{rests})" for letter, rests in _by_first_letter(ANY_TRIGGER.pattern).items()
)
# A word start is the text's start or follows a space or a mark; the regex engine runs the
# branches only at the character its pattern opens with, so a scan led by " " stops at spaces
# alone and one led by a mark class at marks alone (most characters are letters).
_TRIGGER_AFTER_SPACE = re.compile(f" (?:{_TRIGGER_WORDS})")
_TRIGGER_AFTER_MARK = re.compile(rf"[^\w ](?:{_TRIGGER_WORDS})")
_TRIGGER_OPENING = re.compile(_TRIGGER_WORDS)


def trigger_starts(low: str) -> list[int]:
    """Where casualty words start in lower-cased text, in order: every start of
    ANY_TRIGGER_LOWER's matches, found by the two cheap scans above (the prefilter's one pass
    over a whole text). Each scan skips what it matched, as one scan does; the two together
    may also give the start of a word inside another's match after a mark ("machine-gunned":
    "gunned"), which changes no answer to "is there a casualty word in this sentence"."""
    starts = [m.start() + 1 for m in _TRIGGER_AFTER_SPACE.finditer(low)]
    marked = [m.start() + 1 for m in _TRIGGER_AFTER_MARK.finditer(low)]
    if _TRIGGER_OPENING.match(low):
        marked.insert(0, 0)
    return sorted(starts + marked) if marked else starts
# "Lee Dong-su (WIA)": a roll marker after a name (see NAME_MARKERS) passes the prefilter.
MARKED_NAME_RE = re.compile(r"[A-Za-z] \((?:" + "|".join(sorted(NAME_MARKERS)).upper() + r")\)")
NUMBERISH = re.compile(
    r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million|dozen|couple|pair|few|several|scores"
    r"|a|an|another|both|tens|hundreds|thousands|millions|dozens"
    r"|himself|herself)\b"  # "killing himself": one victim (see numbers.self_killing_at)
)
# A single victim named without a numeral ("the attacker was", "He had been", "Qasem
# Soleimani was"): such sentences are analysed too.
_PARTICLES = r"(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r") ){0,2}"
SINGLE_VICTIM_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'-]+ " + _PARTICLES + r"[A-Z][\w'-]+)"
    r"(?: [\w'-]+){0,4} (?:was|has|had|is|suffered|sustained"
    r"|(?:later |then |subsequently |eventually )?(?:died|dies|perished|drowned|succumbed)"
    r"|dropped dead|fell dead|did not survive|disappeared|vanished|went missing|surrendered"
    r"|gave (?:himself|herself) up)\b"
    # a participle aside: "Her brother, captured near the border, ..."
    r"|, (?:although |though )?(?:having been )?(?:\w+ly )?(?:dead|killed|slain|murdered"
    r"|wounded|injured"
    r"|captured|abducted|kidnapped|snatched|missing|executed)\b"
    # two victims joined by a possessive: "The woman and her husband have been treated"
    # (casualty-20, fixq; "couple" is numberish already)
    r"|\b(?:[Tt]he|[Hh]is|[Hh]er) [\w-]+ and (?:his|her|their)(?: [\w'-]+){1,3} (?:were|are"
    r"|have|had)\b"
    # "... became a symbol after being abducted" (casualty-20, fixi: numbers._taken_after)
    r"|\b(?:after|following|upon) being (?:captured|abducted|kidnapped|seized)\b"
    # the last of coordinated names: "..., and Colonel Rui Sa were killed"
    r"|\b[A-Z][\w'-]+ " + _PARTICLES + r"[A-Z][\w'-]+ (?:were|have been|had been)\b"
    # an ordinal victim: "the first woman to die", "the third reporter to be killed"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest)"
    r"(?: [\w'-]+){1,3} to (?:die|drown|be|have been)\b"
    # upper-case wire text: "THE JUDGE WAS SHOT TO DEATH"
    r"|\b(?:THE|HE|SHE|HIS|HER|THEIR)(?: [A-Z'-]+){0,3} (?:WAS|HAS|HAD|IS|DIED)\b"
    # a victim before ", who" or an appositive: "Col Quintero, who died", "Her father, former
    # governor Alvaro Gonzalez, was murdered", "THE PRESIDENT OF THE COURT WAS WOUNDED"
    r"|[A-Za-z](?:,| [—–]) (?:who|WHO) |, (?:was|WAS|had been|HAD BEEN) [a-zA-Z]"
    # an appositive name before a bare death verb: "The man, Pak Chol Su, (also) died"
    r"|[A-Za-z0-9], (?:also |later |then )?(?:died|perished)\b"
    r"|\b(?:the|The|THE) [\w'-]+ (?:of|OF) [^,;.]{3,60}? (?:was|WAS|had been|HAD BEEN) "
    # one victim described by a casualty adjective: "the (highest-ranking) deceased soldier"
    r"|\b(?:[Tt]he|[Hh]is|[Hh]er)(?: [\w-]+ly| [\w]+-ranking| youngest| oldest)? (?:dead"
    r"|deceased|fallen|slain|murdered|wounded|injured|captured|abducted|kidnapped|missing"
    r"|killed) (?!and\b|or\b|were\b|are\b|was\b|is\b|in\b|of\b)[a-z]+"
)
# A person's name after a rank or title ("Staff Sgt. Seo Jeong-u", "Lance Cpl. Mun
# Gwang-uk", "Pvt. John Reyes"): each of its words may later name that victim alone.
# No leading \b: the scan then skips to a title's first letter fast; the caller checks that
# the title starts a word (`extract.text_mentions`).
RANKED_NAME = re.compile(
    r"(?:Staff Sgt|Sgt|Sergeant|Lance Cpl|Lance Corporal|Cpl|Corporal|Pvt"
    r"|Private|Pfc|Spc|Lt|Lieutenant|Capt|Captain|Maj|Major|Col|Colonel|Warrant Officer"
    r"|Petty Officer"
    r"|Seaman|Airman|Mr|Mrs|Ms)\.? "
    # one surname will do ("Captain Bonifas did not ..."), but not a further title
    r"(?!(?:General|Major|Colonel|Captain|Lieutenant|Sergeant|Commander|Admiral|Officer"
    r"|Corporal|Private|President|Minister|Chief|First|Second)\b)"
    r"(?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})\b"
)
# A person introduced by name and an indefinite appositive ("Hwang Min, a former agriculture
# minister, ..."): the name's words may stand alone later ("Hwang was executed"), as a ranked
# name's surname does.
APPOSITIVE_COMMA = re.compile(r", an? ")  # found first: a literal scan is cheap
APPOSED_NAME = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})$")
APPOSITIVE_TAIL = re.compile(
    r", an? (?:former |retired |senior |junior |local |young )?"
    r"[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}[,.]"
)


# A person introduced with an age ("53-year-old Alexander Grunin"): the name's words may stand
# alone later ("Grunin died"), as an apposed name's do (casualty-20, fixo). Two or three
# capitalised words, none a nation's, compass or title word ("a 20-year-old North Korean").
AGED_NAME = re.compile(
    r"\b\d{1,3}-year-old (?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})\b(?![-'’]| [A-Z])"
)
NOT_NAME_WORDS = words(
    """north south east west northern southern eastern western central new former ex
    private sergeant captain major general colonel lieutenant corporal officer doctor"""
)


def aged_names(text: str) -> list[tuple[int, list[str]]]:
    """(offset, words) of each name after an age ("53-year-old Alexander Grunin")."""
    out = []
    for m in AGED_NAME.finditer(text):
        parts = m.group("name").split()
        if any(w.lower() in NOT_NAME_WORDS or w.lower() + "s" in DEMONYM_PLURALS
               or w.lower() in DEMONYM_PLURALS for w in parts):
            continue
        out.append((m.start("name"), parts))
    return out


def apposed_names(text: str) -> list[tuple[int, list[str]]]:
    """(offset, words) of each name before an appositive ("Hwang Min, a former agriculture
    minister,")."""
    out = []
    for m in APPOSITIVE_COMMA.finditer(text):
        at = m.start()
        if not APPOSITIVE_TAIL.match(text, at):
            continue
        name = APPOSED_NAME.search(text[max(0, at - 60) : at])
        if name is not None:
            out.append((at - len(name.group()), name.group("name").split()))
    return out


ENGLISH_FUNCTION = words(
    "the of and to in was were is are a an that for on with by as at from has have had been "
    "it said"
)
# One victim by gender, for telling whether a found victim is the one whose death a report
# tells ("Officers found a man with a gunshot wound. ... The victim died"): a man found
# wounded is not the woman who died.
# Kin ("his brother", "her husband") are someone else than the victim found, so no entry.
MALE_VICTIM = words("man male boy he him gentleman")
FEMALE_VICTIM = words("woman female girl she her lady")
GENERIC_VICTIM = words(
    "victim person individual teen teenager juvenile adult youth child toddler infant"
)
# Words after a found victim that tell survival ("is in stable condition").
SURVIVAL_WORDS = re.compile(
    r"(?i)\b(?:(?:stable|fair|good|satisfactory)\s+condition|non-life|not\s+(?:considered\s+|"
    r"believed\s+to\s+be\s+)?life-threatening|expected\s+to\s+(?:survive|recover|be\s+ok)"
    r"|treated\s+and\s+released|survived|recovering|released\s+from)\b"
)
# A death told with no figure: the report calls its victim a homicide victim or its case a
# homicide ("The homicide victim was a woman", "Police are investigating the shooting as a
# homicide", "the city's 12th homicide of the year"), or names an autopsy. Not "attempted
# homicide", nor homicide detectives or units (they also take non-fatal shootings).
DEATH_CUES = re.compile(
    r"(?i)\b(?:homicide\s+victims?\b|(?:investigat\w+|ruled|classified|treated|considered"
    r"|handled)\s+(?:\w+\s+){0,4}?as\s+an?\s+homicide\b|(?:\d+(?:st|nd|rd|th)|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+homicide\s+(?:of|in|this)\b"
    r"|autops(?:y|ies)\b)"
)


# One victim's own injuries as its predicate: "(had) suffered/sustained (serious, shrapnel
# ...) injuries/wounds" (numbers.suffered_injuries_at); not "suffered no injuries".
INJURY_SUFFERED = words("suffered sustained")
INJURY_ADJECTIVES = words(
    "serious severe grave minor critical multiple heavy light slight life-threatening"
    " non-life-threatening shrapnel gunshot gun bullet head facial leg arm shoulder stomach"
    " spinal internal a an single stab knife fatal mortal"
)


# casualty-19: a capitalised name right after one of these is the preposition's object, no
# subject victim ("1,000 of the troops sent from Ruritania had been killed" names no one
# called "Ruritania").
NAME_OBJECT_PREPOSITIONS = words(
    "from in into to of by for at near across against toward towards within throughout on"
    " upon along outside inside behind"
)

# casualty-19: a figure per day/week/month hedged as an estimate ("is losing about 1,000
# soldiers each day") is a war statistic like "an average of N a day", which stays; an exact
# one ("killed 12 civilians a day") is still no count of victims.
# a hedge before a per-day figure makes it an estimate ("more than 1,000 men per day")
RATE_ESTIMATE_WORDS = words(
    "average about around roughly approximately estimated estimating estimates estimate some nearly"
    " almost over than least"
)

# casualty-19: a country that loses a bare figure loses people, like an army or a people
# ("Ruritania has lost 20-25 thousand"; "the British had lost about 500"): names of states
# at war in the reporting this project follows. Not "Russia lost 3 billion" (money is no
# figure) nor "lost 40 seats" (a thing noun follows).
WARRING_NATIONS = words(
    """russia ukraine korea britain france germany japan china america israel iran iraq
    syria pakistan india turkey poland vietnam afghanistan yemen sudan ethiopia armenia
    azerbaijan georgia lebanon"""
)

# casualty-19: a caption label before "one of the X" points at the person pictured, it counts
# nobody ("Photo: one of the soldiers in captivity").
CAPTION_LABELS = words("photo photos pictured picture image illustration caption")

# casualty-19: "a 500-for-500 prisoner exchange", "the thousand-for-thousand POW swap", "a
# 90-prisoner swap": the figure before an exchange of prisoners counts captives (GUIDELINES:
# prisoners exchanged are captured).
EXCHANGED_PEOPLE = words("prisoner prisoners pow pows hostage hostages captive captives")
EXCHANGE_NOUNS = words("exchange exchanges swap swaps")

# casualty-19: "Kyiv put the toll at 4,000, while U.S. estimates were lower, around 1,200": a
# second source's estimate compared with the figure before it is a figure of the same kind.
COMPARED_ESTIMATES = words(
    "estimate estimates assessment assessments figure figures count counts tally tallies"
)
COMPARATIVES = words("lower higher smaller larger bigger more less")
# "while a rights group put the number closer to 1,000": a rival estimate of a figure told before
RESTATING_VERBS = words("put puts putting placed places placing")
RESTATED_NOUNS = words("number figure toll tally count total")
