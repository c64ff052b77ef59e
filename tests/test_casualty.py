"""Table-driven tests for pipelines.casualty (sentences written for these tests)."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from types import ModuleType

import pytest

from pipelines.casualty import EXTRACTOR_VERSION, CasualtyMention, extract_mentions

SHARED = Path(__file__).resolve().parents[2] / "shared"

Key = tuple[str, int, int]


def keys(text: str) -> set[Key]:
    return {(m.category, m.low, m.high) for m in extract_mentions(text) if m.low is not None}


# --- categories and wordings: (text, expected keys) --------------------------------------

WORDINGS: list[tuple[str, set[Key]]] = [
    # killed
    ("Nine villagers were killed in the raid.", {("killed", 9, 9)}),
    ("Fourteen passengers died when the ferry capsized.", {("killed", 14, 14)}),
    ("The floods left 31 dead.", {("killed", 31, 31)}),
    ("Officials reported 27 deaths after the blast.", {("killed", 27, 27)}),
    ("The crash caused 8 fatalities on the motorway.", {("killed", 8, 8)}),
    ("Eleven miners lost their lives underground.", {("killed", 11, 11)}),
    ("Forty-two pilgrims perished in the stampede.", {("killed", 42, 42)}),
    ("Three guards were slain at the gate.", {("killed", 3, 3)}),
    ("Two brothers were shot dead outside their shop.", {("killed", 2, 2)}),
    ("Five men were fatally shot overnight.", {("killed", 5, 5)}),
    ("Rescuers recovered 17 bodies from the rubble.", {("killed", 17, 17)}),
    ("Six climbers are presumed dead after the avalanche.", {("killed", 6, 6)}),
    ("The death toll rose to 83 on Tuesday.", {("killed", 83, 83)}),
    ("Authorities put the death toll at 240.", {("killed", 240, 240)}),
    ("The gunman killed four customers.", {("killed", 4, 4)}),
    ("The strike hit a convoy, killing 12.", {("killed", 12, 12)}),
    ("Two hikers were found dead near the summit.", {("killed", 2, 2)}),
    ("Seven people were stabbed to death in the attack.", {("killed", 7, 7)}),
    ("The court heard about the murder of six monks.", {("killed", 6, 6)}),
    ("Witnesses described a massacre of 40 villagers.", {("killed", 40, 40)}),
    ("The bodies of nine fishermen washed ashore.", {("killed", 9, 9)}),
    ("Three officers were shot and killed during the standoff.", {("killed", 3, 3)}),
    # wounded
    ("Twenty workers were injured in the explosion.", {("wounded", 20, 20)}),
    ("Thirty-five protesters were wounded by rubber bullets.", {("wounded", 35, 35)}),
    ("Four spectators were hurt when the stand collapsed.", {("wounded", 4, 4)}),
    ("The quake injured 300 residents.", {("wounded", 300, 300)}),
    ("Eight students sustained injuries in the crush.", {("wounded", 8, 8)}),
    ("Two cyclists suffered serious injuries after the collision.", {("wounded", 2, 2)}),
    ("Six people were hospitalised with burns.", {("wounded", 6, 6)}),
    ("Nine soldiers were critically injured in the ambush.", {("wounded", 9, 9)}),
    ("Five patrons were taken to the hospital with non-life-threatening injuries.",
     {("wounded", 5, 5)}),
    ("The bomb went off, injuring 14 shoppers.", {("wounded", 14, 14)}),
    ("At the stadium 12 fans were treated for injuries.", {("wounded", 12, 12)}),
    ("Two guards were shot and wounded at the bank.", {("wounded", 2, 2)}),
    # casualties
    ("The battalion suffered 400 casualties in a week.", {("casualties", 400, 400)}),
    ("Around 2,000 fighters were killed or wounded in the offensive.",
     {("casualties", 2000, 2000)}),
    ("Some 800 troops were killed and injured, the general said.",
     {("casualties", 800, 800)}),
    ("Three teenagers were shot near the park.", {("casualties", 3, 3)}),
    ("Two women were stabbed at the bus stop.", {("casualties", 2, 2)}),
    ("Five bystanders were hit by stray bullets.", {("casualties", 5, 5)}),
    ("The army's losses reached 1,200 by spring.", {("casualties", 1200, 1200)}),
    ("Four pupils were struck by shrapnel.", {("casualties", 4, 4)}),
    # missing
    ("Twelve sailors remain missing after the storm.", {("missing", 12, 12)}),
    ("Nine hikers went missing in the fog.", {("missing", 9, 9)}),
    ("Some 300 soldiers are still unaccounted for.", {("missing", 300, 300)}),
    ("Four pilots were listed as missing in action.", {("missing", 4, 4)}),
    # captured
    ("Rebels captured 18 soldiers near the border.", {("captured", 18, 18)}),
    ("Twenty-one aid workers were abducted from the camp.", {("captured", 21, 21)}),
    ("Gunmen kidnapped 30 schoolchildren.", {("captured", 30, 30)}),
    ("Seven tourists were taken hostage in the hotel.", {("captured", 7, 7)}),
    ("The militia still holds 45 hostages.", {("captured", 45, 45)}),
    ("The sides swapped prisoners and 120 soldiers were freed.", {("captured", 120, 120)}),
    ("The group released 16 captives on Monday.", {("captured", 16, 16)}),
    ("About 70 prisoners of war were exchanged at the bridge.",
     {("captured", 70, 70)}),
]

# --- numbers -------------------------------------------------------------------------------

NUMBERS: list[tuple[str, set[Key]]] = [
    ("Exactly 6,000 conscripts were killed.", {("killed", 6000, 6000)}),
    ("Insgesamt: 6.000 soldiers were killed, by the European count.", {("killed", 6000, 6000)}),
    ("A total of 6 000 troops were killed.", {("killed", 6000, 6000)}),
    ("Some 1.5 million people died in the famine.", {("killed", 1_500_000, 1_500_000)}),
    ("An estimated 2.3bn people were affected and 40,000 died.", {("killed", 40000, 40000)}),
    ("The war killed 2.5m people.", {("killed", 2_500_000, 2_500_000)}),
    ("Twenty-three people were killed in the fire.", {("killed", 23, 23)}),
    ("Two thousand civilians were killed in the siege.", {("killed", 2000, 2000)}),
    ("A dozen soldiers were wounded.", {("wounded", 12, 12)}),
    ("Two dozen passengers were injured.", {("wounded", 24, 24)}),
    ("A couple of campers were hurt.", {("wounded", 2, 2)}),
    ("A hundred villagers were abducted.", {("captured", 100, 100)}),
    ("One hundred and twenty people died.", {("killed", 120, 120)}),
    ("Between 50 and 70 fighters were killed.", {("killed", 50, 70)}),
    ("From 10,000 to 15,000 civilians died, historians estimate.", {("killed", 10000, 15000)}),
    ("An estimated 10,000 to 15,000 civilians died.", {("killed", 10000, 15000)}),
    ("Some 10,000-15,000 people were killed.", {("killed", 10000, 15000)}),
    ("Between 2 and 3 million people died in the war.", {("killed", 2000000, 3000000)}),
    ("Total deaths: 2–3 million.", {("killed", 2000000, 3000000)}),
    ("Two or three guards were wounded.", {("wounded", 2, 3)}),
]

VAGUE: list[tuple[str, set[Key]]] = [
    ("A few protesters were injured.", {("wounded", 2, 5)}),
    ("Several officers were hurt in the clashes.", {("wounded", 3, 9)}),
    ("Dozens of migrants drowned off the coast.", {("killed", 24, 99)}),
    ("Scores of people were wounded.", {("wounded", 40, 99)}),
    ("Hundreds of refugees were killed.", {("killed", 200, 999)}),
    ("Several hundred rebels were captured.", {("captured", 300, 999)}),
    ("Thousands of soldiers died of cold.", {("killed", 2000, 9999)}),
    ("Several thousand troops are missing.", {("missing", 3000, 9999)}),
    ("Tens of thousands of civilians were killed.", {("killed", 20000, 99999)}),
    ("Hundreds of thousands of people died.", {("killed", 200000, 999999)}),
    ("Millions of people perished in the famine.", {("killed", 2000000, 9999999)}),
]

QUALIFIERS: list[tuple[str, str]] = [
    ("At least 40 people were killed.", "at_least"),
    ("More than 40 people were killed.", "more_than"),
    ("Over 40 people were killed.", "more_than"),
    ("Upwards of 40 people were killed.", "more_than"),
    ("Nearly 40 people were killed.", "nearly"),
    ("Almost 40 people were killed.", "nearly"),
    ("Close to 40 people were killed.", "nearly"),
    ("Around 40 people were killed.", "approximately"),
    ("About 40 people were killed.", "approximately"),
    ("Approximately 40 people were killed.", "approximately"),
    ("Some 40 people were killed.", "approximately"),
    ("Roughly 40 people were killed.", "approximately"),
    ("An estimated 40 people were killed.", "approximately"),
    ("Up to 40 people were killed.", "at_most"),
    ("No more than 40 people were killed.", "at_most"),
    ("Fewer than 40 people were killed.", "at_most"),
    ("Exactly 40 people were killed.", "exact"),
    ("40 or more people were killed.", "at_least"),
    ("Between 40 and 60 people were killed.", "range"),
    ("Dozens of people were killed.", "vague"),
]

# --- structure: several mentions, derived, sums, subsets ------------------------------------

STRUCTURE: list[tuple[str, set[Key]]] = [
    ("The regiment had 9,500 casualties, including 2,100 dead.",
     {("casualties", 9500, 9500), ("killed", 2100, 2100)}),
    ("Forty soldiers were killed and 65 wounded in the battle.",
     {("killed", 40, 40), ("wounded", 65, 65)}),
    ("Seven people were shot, two fatally.",
     {("casualties", 7, 7), ("killed", 2, 2), ("wounded", 5, 5)}),
    ("Four men were shot, one of them fatally, on Elm Road.",
     {("casualties", 4, 4), ("killed", 1, 1), ("wounded", 3, 3)}),
    ("Five people were shot late Friday. Two of them died at the hospital.",
     {("casualties", 5, 5), ("killed", 2, 2), ("wounded", 3, 3)}),
    ("The blast killed 9, including three children, and injured 20 others.",
     {("killed", 9, 9), ("killed", 3, 3), ("wounded", 20, 20)}),
    ("Eight people were wounded; two of the wounded are in critical condition.",
     {("wounded", 8, 8), ("wounded", 2, 2)}),
    ("The losses amount to around 300 civilians and 200 soldiers.",
     {("casualties", 300, 300), ("casualties", 200, 200)}),
    ("Twelve people died and dozens were wounded in the blast.",
     {("killed", 12, 12), ("wounded", 24, 99)}),
    ("The attack left five dead and more than 30 injured.",
     {("killed", 5, 5), ("wounded", 30, 30)}),
    ("Three soldiers were captured and two others remain missing.",
     {("captured", 3, 3), ("missing", 2, 2)}),
    ("One man died and another was seriously injured.",
     {("killed", 1, 1), ("wounded", 1, 1)}),
    ("4 Dead, 7 Injured In Overnight Shooting", {("killed", 4, 4), ("wounded", 7, 7)}),
    ("Man Killed In Downtown Crash", {("killed", 1, 1)}),
    ("Four teens were rushed to a nearby hospital with gunshot wounds.", {("wounded", 4, 4)}),
    ("Four other men, all in their 20s, suffered minor wounds.", {("wounded", 4, 4)}),
]

IMPLICIT_ONE: list[tuple[str, set[Key]]] = [
    ("A soldier was killed by a sniper.", {("killed", 1, 1)}),
    ("A 23-year-old was killed on the highway.", {("killed", 1, 1)}),
    ("A 45-year-old woman was wounded in the shooting.", {("wounded", 1, 1)}),
    ("An off-duty officer was shot outside his home.", {("casualties", 1, 1)}),
    ("Marcus Reid, 24, was shot in the leg.", {("casualties", 1, 1)}),
    ("Anna Kowalski, 31, of Riverside, died at the scene.", {("killed", 1, 1)}),
    ("One woman was killed when the wall collapsed.", {("killed", 1, 1)}),
    ("Police said a man was stabbed to death on Friday.", {("killed", 1, 1)}),
]

NEGATIVES: list[str] = [
    "No one was killed in the fire.",
    "Nobody was injured, officials said.",
    "None of the 40 passengers were hurt.",
    "No soldiers were wounded during the exercise.",
    "The passengers were not injured.",
    "Experts warned an eruption could kill up to 5,000 people.",
    "If the dam breaks, 2,000 people would die.",
    "The ministry denied that 300 soldiers had been killed.",
    "Officials rejected claims that 45 prisoners were executed.",
    "About 5,000 troops were deployed to the border.",
    "Some 900 soldiers returned home in March.",
    "The company sent 40 engineers to the site.",
    "Three out of five patients were injured.",
    "More than half of the crew were wounded.",
    "Nearly 40% of the unit was killed.",
    "The 23-year-old man was charged with murder.",
    "He fired 12 rounds at the crowd, police said, but missed.",
    "The shooting happened at 11:45 p.m. in the 7200 block of Oak Street.",
    "The war ended in 1953 after 3 years of fighting.",
    "He was awarded $50,000 after he was injured.",
    "The strike hit 14 buildings and killed no one.",
    "Flight 17 crashed; investigators are still at the site.",
    "Highway 41 was closed after the crash killed no one.",
    "Channel 4 reported the story about the hostages.",
    "The victims, ages 22, 26 and 37, were taken to hospital.",
]

AGES_NOT_FIGURES: list[tuple[str, set[Key]]] = [
    ("Calvin Brooks, 24, was shot on Main Street.", {("casualties", 1, 1)}),
    ("A 17-year-old boy was killed.", {("killed", 1, 1)}),
    # the age is no figure; the dead man himself is one victim (GUIDELINES, single victims)
    ("The dead man, aged 58, was a teacher.", {("killed", 1, 1)}),
    ("In 1999 the war killed thousands.", {("killed", 2000, 9999)}),
    ("Two 16-year-olds were shot near the school.", {("casualties", 2, 2)}),
]

# --- wire, war and local-news wordings (rules added for the held-out set) -------------------

NEWS_STYLES: list[tuple[str, set[Key]]] = [
    ("The death toll from Tuesday's twin car bombings in the city's southern suburbs rose to 42.",
     {("killed", 42, 42)}),
    ("The strikes claimed the lives of 8 civilians, including a 10-year-old boy.",
     {("killed", 8, 8), ("killed", 1, 1)}),
    ("The bodies of all 21 miners have now been recovered.", {("killed", 21, 21)}),
    ("Two people died and a third was hospitalized, police said.",
     {("killed", 2, 2), ("wounded", 1, 1)}),
    ("A 16-year-old boy died Sunday. A second teen was wounded.",
     {("killed", 1, 1), ("wounded", 1, 1)}),
    ("The shooting left a 62-year-old shopkeeper dead.", {("killed", 1, 1)}),
    ("Police said a 19-year-old suffered a gunshot wound to the leg.", {("wounded", 1, 1)}),
    ("The cyclist, 41, was injured.", {("wounded", 1, 1)}),
    ("Hospital sources said more than 60 wounded people had been admitted.",
     {("wounded", 60, 60)}),
    ("Eight police officers were among 20 people wounded in the clashes.",
     {("wounded", 8, 8), ("wounded", 20, 20)}),
    ("Bus plunges into gorge in Nepal 23 killed 30 injured",
     {("killed", 23, 23), ("wounded", 30, 30)}),
    ("GUNMEN KILL 9 AT CHECKPOINT IN NORTHWEST PAKISTAN", {("killed", 9, 9)}),
    ("Fire At Care Home Kills Eleven, Injures Four", {("killed", 11, 11), ("wounded", 4, 4)}),
    ("Forces had lost 1,140 troops over the past day, bringing total losses since February "
     "2022 to 612,000.", {("casualties", 1140, 1140), ("casualties", 612000, 612000)}),
    ("The kidnappers are still holding 14 of the 30 passengers seized from the bus.",
     {("captured", 14, 14), ("captured", 30, 30)}),
    ("Total killed: 34", {("killed", 34, 34)}),
    ("The number of people killed in the strike jumped to 87.", {("killed", 87, 87)}),
    ("Authorities revised the number of injured down to 19.", {("wounded", 19, 19)}),
    ("The bomb killed 15 people and wounded 22 others, a police officer told reporters.",
     {("killed", 15, 15), ("wounded", 22, 22)}),
    ("LATEST: Death toll rises to 50 after quake", {("killed", 50, 50)}),
    ("A man was injured on Main Street.\n\nPrevious coverage:\nTeen killed in crash on Oak Road",
     {("wounded", 1, 1)}),
    ("A woman was hurt in a fall.\n\nMORE: Two dead, five hurt in highway crash",
     {("wounded", 1, 1)}),
]

NEWS_NEGATIVES: list[str] = [
    "The party lost 40 seats in the election.",
    "Smith killed it with 30 points and 12 rebounds as the Hawks beat the Bulls 112-98.",
    "Lawmakers killed the measure on a 210-190 vote.",
    "Police held 3 news conferences about the fire.",
    "The casualties included several senior officers.",
]

TABLE = [
    *WORDINGS, *NUMBERS, *VAGUE, *STRUCTURE, *IMPLICIT_ONE, *AGES_NOT_FIGURES,
    *[(t, set()) for t in NEGATIVES], *NEWS_STYLES, *[(t, set()) for t in NEWS_NEGATIVES],
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_keys(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIERS)
def test_qualifier(text: str, qualifier: str) -> None:
    mentions = extract_mentions(text)
    assert [m.qualifier for m in mentions] == [qualifier]


GROUPS: list[tuple[str, str | None]] = [
    ("Ninety South Sudanese soldiers were killed.", "South Sudanese soldiers"),
    ("At least 12 civilians died in the shelling.", "civilians"),
    ("Hundreds of Palestinians were wounded.", "Palestinians"),
    ("A nurse was killed.", "nurse"),
    ("The attack left three dead.", None),
    ("Rebels moved 300 fighters north. Among them, 40 were killed.", "fighters"),
]


@pytest.mark.parametrize(("text", "group"), GROUPS)
def test_group(text: str, group: str | None) -> None:
    assert [m.group for m in extract_mentions(text)][-1] == group


ATTRIBUTIONS: list[tuple[str, str]] = [
    ("Fifty people were killed, according to the Red Crescent.", "the Red Crescent"),
    ("The interior ministry said 14 police officers were wounded.", "The interior ministry"),
    ("Nine soldiers were killed, the army said on Monday.", "the army"),
    ("Reuters reported that 30 people died.", "Reuters"),
    ("Eight people died, citing figures from the local hospital.", "the local hospital"),
    ("Eight people were killed, the agency reported, citing hospital sources.", "the agency"),
]


@pytest.mark.parametrize(("text", "source"), ATTRIBUTIONS)
def test_attribution(text: str, source: str) -> None:
    attributions = [m.attribution or "" for m in extract_mentions(text)]
    assert attributions and source in attributions[0]


# --- record shape and offsets -------------------------------------------------------------


def test_mention_record() -> None:
    text = "Police said seven people were killed."
    [m] = extract_mentions(text)
    assert isinstance(m, CasualtyMention)
    assert text[m.start : m.end] == "seven"
    assert m.sentence == text and m.sentence_start == 0
    d = m.to_dict()
    assert set(d) >= {"category", "low", "high", "qualifier", "group", "attribution", "start",
                      "end", "derived", "sentence"}
    assert json.loads(json.dumps(d)) == d
    assert EXTRACTOR_VERSION.startswith("casualty-")


def test_hedge_is_part_of_the_span() -> None:
    text = "Officials said at least 40 people were killed."
    [m] = extract_mentions(text)
    assert text[m.start : m.end] == "at least 40"


@pytest.mark.parametrize(("text", "expected"), TABLE[:60])
def test_offsets_cover_the_figure(text: str, expected: set[Key]) -> None:
    for m in extract_mentions(text):
        phrase = text[m.start : m.end]
        assert phrase.strip() == phrase and phrase
        assert m.sentence_start <= m.start < m.end <= m.sentence_start + len(m.sentence)


def test_multi_sentence_offsets_and_order() -> None:
    text = "Headline without punctuation\n\nFirst, 3 soldiers were killed. Then 5 were wounded."
    mentions = extract_mentions(text)
    assert [(m.category, m.low) for m in mentions] == [("killed", 3), ("wounded", 5)]
    assert [text[m.start : m.end] for m in mentions] == ["3", "5"]
    assert mentions == extract_mentions(text)  # deterministic


# --- robustness -------------------------------------------------------------------------------


def test_empty_and_blank() -> None:
    assert extract_mentions("") == []
    assert extract_mentions("   \n\n  ") == []


def test_non_english_yields_nothing() -> None:
    german = ("Bei dem Angriff wurden nach Angaben der Armee 3.200 Soldaten getötet und "
              "viele weitere verletzt. Die Regierung hat die Zahlen nicht bestätigt, und die "
              "Lage in der Region bleibt weiterhin angespannt, sagte ein Sprecher am Montag.")
    french = ("Au moins 12 personnes ont été tuées et 40 blessées dans l'explosion, selon "
              "les autorités locales qui ont confirmé le bilan lundi soir dans la capitale.")
    assert extract_mentions(german) == []
    assert extract_mentions(french) == []


def test_control_characters() -> None:
    text = "Nine\x00 soldiers\x07 were\x0b killed\r\n in the\x1b raid."
    [m] = extract_mentions(text)
    assert (m.category, m.low) == ("killed", 9)
    assert text[m.start : m.end] == "Nine"


def test_hard_wrapped_all_caps_wire() -> None:
    text = ("KABUL, AFGHANISTAN (WIRE) -- AT LEAST TWELVE POLICE OFFICERS WERE KILLED\n"
            "AND NINE OTHERS WOUNDED WHEN INSURGENTS STORMED A CHECKPOINT IN THE\n"
            "EAST OF THE COUNTRY EARLY ON SUNDAY, A PROVINCIAL SPOKESMAN SAID.\n")
    assert keys(text) == {("killed", 12, 12), ("wounded", 9, 9)}


def test_text_without_sentence_breaks() -> None:
    text = " ".join(["the rain fell on the town and"] * 3000) + " 7 people were killed"
    assert keys(text) == {("killed", 7, 7)}


def test_one_megabyte_text_is_fast() -> None:
    para = ("Police said four people were shot on Elm Street late Sunday. The city council met "
            "on Monday to discuss the budget for the next year.\n\n")
    text = para * (1_000_000 // len(para))
    start = time.perf_counter()
    mentions = extract_mentions(text)
    assert time.perf_counter() - start < 30
    assert len(mentions) == text.count("four people")
    assert all(text[m.start : m.end] == "four" for m in mentions)


# --- dev set ---------------------------------------------------------------------------------


def _load_scorer() -> ModuleType:
    path = SHARED / "casualty" / "score.py"
    if not path.exists():
        pytest.skip(f"../shared/casualty not found: {path}")
    spec = importlib.util.spec_from_file_location("casualty_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_f1() -> None:
    scorer = _load_scorer()
    gold = scorer.load(str(SHARED / "casualty" / "dev.jsonl"))
    key_fn = scorer.keys
    tp = fp = fn = 0
    for doc in gold.values():
        gk = key_fn(doc.get("mentions")).keys()
        pk = key_fn([m.to_dict() for m in extract_mentions(doc["text"])]).keys()
        tp, fp, fn = tp + len(gk & pk), fp + len(pk - gk), fn + len(gk - pk)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, f"dev F1 {f1:.4f}"


HELDOUT_DIR = Path(__file__).resolve().parent


def score_file(path: Path) -> tuple[int, float]:
    """(documents, key F1) of the extractor on a gold JSON-lines file of this folder."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = 0
    for doc in docs:
        gk = {(m["category"], m["low"], m["high"]) for m in doc["mentions"] if m["low"] is not None}
        pk = keys(doc["text"])
        tp, fp, fn = tp + len(gk & pk), fp + len(pk - gk), fn + len(gk - pk)
    return len(docs), 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize(
    ("name", "min_docs", "bar"),
    [
        # wire, war, terrorism, disaster and local news; 0.994 when the bar was set,
        # 0.93 on its last 25 texts before any fix
        ("casualty_heldout.jsonl", 100, 0.97),
        # local crime told victim by victim, courts, multi-source wires, disasters, hostages,
        # blotters, quotes, corrections, tables; 0.954 when set, 0.875 blind
        ("casualty_heldout2.jsonl", 50, 0.92),
        # feature background, ministry/UN/monitor tolls, anniversaries, police shootings,
        # naval/air losses, hostages, idioms; 1.000 when set, 0.918 blind
        ("casualty_heldout3.jsonl", 40, 0.97),
        # whole local-news and wire articles as cleaned (phone numbers, addresses, ages,
        # prior incidents), non-English and number-heavy non-casualty texts;
        # 0.958 when set, 0.870 blind
        ("casualty_heldout4.jsonl", 40, 0.92),
        # present-tense and periodic statistics, long appositives, pronouns across sentences,
        # attributed war figures, ranges and hedges, POWs and captives, non-casualty numbers
        # (scores, votes, rates, proportions); 0.972 when set, 0.839 blind
        ("casualty_heldout5.jsonl", 40, 0.95),
        # war and security wires: ministry/intelligence/monitor tolls, cumulative tolls,
        # ranges and hedges, POWs and exchanges, claims and counter-claims, deployments and
        # equipment as non-casualty figures, Korean peninsula; 0.963 when set, 0.902 blind
        ("casualty_heldout6.jsonl", 35, 0.94),
        # war and wire copy: Kursk, Gaza, Sudan, Pakistan, upper-case Latin-American wires,
        # headlines, hostages and releases, "eliminated", bodies, ranges, denials, tolls
        # hedged by their verb; 0.970 blind (P 1.000 R 0.942), 1.000 when set
        ("casualty_heldout7.jsonl", 50, 0.97),
    ],
)
def test_heldout_f1(name: str, min_docs: int, bar: float) -> None:
    docs, f1 = score_file(HELDOUT_DIR / name)
    assert docs >= min_docs
    assert f1 >= bar, f"{name}: F1 {f1:.4f}"


def _first(text: str) -> CasualtyMention:
    return extract_mentions(text)[0]


@pytest.mark.parametrize(
    "text, group",
    # the group of the sentence's last mention
    [
        ("About 20,000 of the confirmed dead were convicts recruited from prisons.", "convicts"),
        ("Of those killed, 402 were pedestrians.", "pedestrians"),
        ("A source said four of the dead were members of the security forces.", None),
        ("Children accounted for 17 of the dead.", "Children"),
        ("Several of its soldiers have been killed in mine explosions.", "soldiers"),
        ("The deaths bring to 446 the number of soldiers killed in the offensive.", "soldiers"),
        ("The number of people killed by the earthquake has risen to 3,649.", "people"),
        ("They estimate the number of dead at 165,000.", None),
        # the bodies are the victims as written (wikinews_dev gold), never the finders
        ("Residents said they had seen at least 20 bodies near the base.", "bodies"),
        # GUIDELINES: a group is never borrowed from a neighbouring figure
        ("About 1,200 people were killed, and 251 were taken hostage.", None),
        # a bare "others" names nobody (wikinews_dev gold)
        ("The group said it had killed 47 soldiers and taken several others prisoner.", None),
    ],
)
def test_heldout6_groups(text: str, group: str | None) -> None:
    found = [m for m in extract_mentions(text) if m.low is not None]
    assert found[-1].group == group


@pytest.mark.parametrize(
    "text, source",
    [
        ("The mission has verified 13,580 civilian deaths, though it says the real toll is "
         "higher.", None),
        ("Russia said its missile had killed about 150 Ukrainian troops, a figure that could "
         "not be confirmed.", "Russia"),
        ("U.S. officials have said 100,000 soldiers were killed.", "U.S. officials"),
        ("Tens of thousands of soldiers are listed as missing, according to estimates by the "
         "Red Cross.", "the Red Cross"),
    ],
)
def test_heldout6_attribution(text: str, source: str | None) -> None:
    assert _first(text).attribution == source


# --- conditions: "If confirmed, the losses would bring the toll to over 200" ----------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("If confirmed, the losses would bring the directorate's running estimate of enemy "
         "deaths to well over 200.", set()),
        ("Unless the convoy gets through, the siege could leave 300 people dead by winter.", set()),
        ("If confirmed, it would be the deadliest attack since 2019, when 50 people were "
         "killed.", {("killed", 50, 50)}),
        ("If anything, officials said, the 40 wounded were lucky to survive the blast.",
         {("wounded", 40, 40)}),
        ("Officials said that if the dam fails, thousands would die.", set()),
    ],
)
def test_figures_in_a_conditional_main_clause_are_hypothetical(text: str,
                                                              expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text, source",
    [
        ("If confirmed by the families themselves, the strike on the base killed 12 soldiers.",
         None),
        ("Once confirmed, 8 people were killed in the strike, the ministry said.", "the ministry"),
    ],
)
def test_a_conjunction_before_a_reporting_verb_is_no_source(text: str, source: str | None) -> None:
    found = extract_mentions(text)
    assert found and found[0].attribution == source
