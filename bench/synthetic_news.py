"""Deterministic synthetic news for the query benchmark (bench/build_db.py).

Articles are built the way the crawl builds them, minus the fetch and trafilatura: a text of
a few paragraphs from varied sentence templates that carry casualty figures, a small raw
page around it (stored compressed, as a crawl stores it), then the real page path's parts:
casualty mentions from the real extractor (`pipelines.mentions.article_mentions`), topics
from the real tagger with the configured topics, the real content hash and MinHash sketch.

The figures come from events: each event has a handful of facts (category, figure, hedge,
group) that several outlets report within days of each other, so mentions share claims
the way real coverage does (about 5-6 mentions and 1.7 claims per article). Some articles
are reprints of an earlier one (other boilerplate, a few words changed), so dedup links
them. Everything follows from the seed and the end date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.casualty.extract import text_mentions
from pipelines.casualty.mention import CasualtyMention
from pipelines.cleaning import EXTRACTOR_VERSION, RAW_HTML_ENCODING, compress_html
from pipelines.dedup import band_hashes, words, words_hash, words_signature
from pipelines.mentions import article_mentions
from pipelines.page import mention_record
from pipelines.topics import TopicPatterns, article_topics, compile_topics
from storage.records import DEFAULT_DUPLICATE_THRESHOLD, ArticleRecord

SPAN_DAYS = 730          # publication dates spread over two years before the end date
ARTICLES_PER_EVENT = 3.4
SMALL_FIGURE_SHARE = 0.3
REPRINT_SHARE = 0.05     # articles that are a reprint of an earlier one
ALIAS_SHARE = 0.1        # articles also fetched under a tracking-parameter URL
TOPICS = (  # as seeds/outlets.toml configures them
    ("north-korean-troops", ("North Korea", "North Korean", "North Koreans", "DPRK",
                             "Pyongyang", "Kim Jong Un", "Kim Jong-un")),
    ("russia-ukraine-war", ("Ukraine", "Ukrainian", "Kyiv", "Kursk", "Donbas", "Donetsk",
                            "Zaporizhzhia", "Kremlin", "Russian forces", "Russian troops")),
    ("korean-peninsula", ("South Korea", "Seoul", "Korean Peninsula", "DMZ", "Yoon Suk Yeol",
                          "Lee Jae-myung", "National Intelligence Service")),
)
OUTLET_WORDS = ("Daily", "Herald", "Times", "Post", "Ledger", "Courier", "Tribune", "Wire",
                "Observer", "Dispatch")
OUTLET_PLACES = ("Harbor", "Capital", "Northern", "Eastern", "Metro", "Valley", "Coastal",
                 "Frontier")


@dataclass(frozen=True, slots=True)
class Theatre:
    """Where an event happens and who is counted there."""

    places: tuple[str, ...]
    groups: tuple[str, ...]
    sources: tuple[str, ...]
    scenes: tuple[str, ...]


THEATRES = (
    Theatre(("Kursk", "the Kursk region", "Sudzha"),
            ("North Korean soldiers", "North Korean troops", "DPRK troops",
             "Russian soldiers", "Ukrainian soldiers"),
            ("South Korea's National Intelligence Service", "Ukraine's military intelligence",
             "the Pentagon", "Ukrainian officials", "a Seoul lawmaker"),
            ("fighting in the Kursk region", "a failed assault near Sudzha",
             "drone strikes on North Korean positions")),
    Theatre(("Donetsk", "Zaporizhzhia", "Kharkiv", "Kyiv"),
            ("civilians", "Ukrainian soldiers", "Russian soldiers", "people", "children"),
            ("regional governor", "Ukraine's emergency service", "the United Nations",
             "Russia's defence ministry", "local officials"),
            ("a missile strike on an apartment block", "overnight shelling",
             "a drone attack on a market", "a strike on a railway station")),
    Theatre(("Seoul", "the DMZ", "Pyongyang", "Busan"),
            ("North Korean soldiers", "South Korean soldiers", "civilians", "workers"),
            ("South Korea's Joint Chiefs of Staff", "the National Intelligence Service",
             "Yonhap news agency", "police"),
            ("a landmine blast near the DMZ", "an explosion at a factory",
             "a border clash", "a fire at a warehouse")),
    Theatre(("Gaza", "Khan Younis", "Rafah"),
            ("Palestinians", "civilians", "aid workers", "children", "people"),
            ("the health ministry", "the United Nations", "hospital officials",
             "the Red Crescent"),
            ("an air strike on a school", "overnight bombardment", "a strike on a camp")),
    Theatre(("Texas", "Lagos", "Manila", "Lima", "Karachi"),
            ("passengers", "people", "workers", "miners", "residents"),
            ("police", "the fire department", "local officials", "the state news agency",
             "rescue officials"),
            ("a bus crash", "a flood", "a building collapse", "a mine explosion",
             "an earthquake")),
)
CATEGORIES = ("killed", "killed", "killed", "wounded", "wounded", "missing", "captured")
HEDGES = ("", "", "", "at least ", "about ", "more than ", "up to ", "nearly ")
KILLED_VERBS = ("were killed", "died", "were killed", "lost their lives")
WOUNDED_VERBS = ("were wounded", "were injured", "were wounded")
MISSING_VERBS = ("are missing", "remain missing", "were reported missing")
CAPTURED_VERBS = ("were captured", "were taken prisoner", "were captured")
VERBS = {"killed": KILLED_VERBS, "wounded": WOUNDED_VERBS, "missing": MISSING_VERBS,
         "captured": CAPTURED_VERBS}
FACT_TEMPLATES = (
    "{Hedge}{n} {group} {verb} in {scene}, according to {source}.",
    "{Source} said {hedge}{n} {group} {verb} in {scene}.",
    "In {place}, {hedge}{n} {group} {verb}, {source} said on {day}.",
    "According to {source}, {hedge}{n} {group} {verb} after {scene}.",
    "{Source} told reporters that {hedge}{n} {group} {verb} in {place}.",
    "The latest figures show {hedge}{n} {group} {verb}, {source} said.",
)
FILLER = (
    "The {place} area has seen repeated attacks in recent weeks.",
    "Officials did not say when the figures would be updated.",
    "Residents described hearing several loud explosions before dawn.",
    "The claims could not be independently verified.",
    "Rescue teams were still searching the rubble on {day}.",
    "Analysts said the fighting was likely to continue into the next month.",
    "The government called an emergency meeting on {day}.",
    "Reporters were not allowed into {place} to confirm the account.",
    "Satellite images published on {day} showed damage across a wide area.",
    "Aid groups appealed for access to the worst-hit districts of {place}.",
    "The statement gave no further details about the operation.",
    "Diplomats in Seoul and Washington said they were following the situation closely.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOPIC_PATTERNS: TopicPatterns = compile_topics(TOPICS)


@dataclass(frozen=True, slots=True)
class FactLine:
    """A figure as one outlet words it."""

    sentence: str


@dataclass(frozen=True, slots=True)
class Event:
    theatre: int
    day: float                  # POSIX seconds
    facts: tuple[int, ...]      # indexes into the theatre's fact lines


@dataclass(frozen=True, slots=True)
class Plan:
    """How many articles, from which seed, published up to when."""

    count: int
    seed: int
    end: datetime

    @property
    def outlet_count(self) -> int:
        """6 outlets at 10k articles, about 19 at 100k, 60 at 1M."""
        return max(6, min(60, round(6 * (self.count / 10_000) ** 0.5)))

    @property
    def fact_lines(self) -> int:
        """Fact lines per theatre, in proportion to the articles: events within one claim
        window then rarely draw the same line, so claims per article stay near 1.7 at
        every size (each line is one sentence the extractor reads once)."""
        return max(200, round(self.count * 0.4))


@dataclass(frozen=True, slots=True)
class Draft:
    """An article before the page path runs: where it appears and what it says."""

    index: int
    url: str
    outlet: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]   # sentences
    published_at: datetime
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """One article of the corpus, as small as the plan of a million can hold."""

    published: float        # POSIX seconds
    index: int
    event: int              # the event it reports (a reprint: its original's)
    original: int           # the index of the article it reprints, or -1


class Corpus:
    """The plan of a corpus (fact lines, events, slots) and the drafts it renders on demand,
    so that a million articles never sit in memory at once. Every draft follows from the
    seed and its index alone."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        rng = random.Random(plan.seed)
        names = [f"{place} {word}" for place in OUTLET_PLACES for word in OUTLET_WORDS]
        self.outlets = rng.sample(names, plan.outlet_count)
        self.lines = [[_fact_line(rng, theatre) for _ in range(plan.fact_lines)]
                      for theatre in THEATRES]
        count = max(1, round(plan.count / ARTICLES_PER_EVENT))
        self.events = [_event(rng, plan) for _ in range(count)]
        self.slots = _slots(rng, plan, self.events)
        self.by_index = {slot.index: slot for slot in self.slots}
        self.mentions = SentenceMentions()

    def ordered(self) -> list[Slot]:
        """The slots in publication order (the order a crawl stores them)."""
        return sorted(self.slots, key=lambda s: (s.published, s.index))

    def draft(self, index: int) -> Draft:
        slot = self.by_index[index]
        if slot.original >= 0:
            return _reprint(self._rng(index), self.draft(slot.original), slot, self.outlets)
        event = self.events[slot.event]
        lines = [self.lines[event.theatre][i] for i in event.facts]
        return _story(self._rng(index), event.theatre, lines, slot, self.outlets)

    def known_lines(self) -> list[str]:
        """Every fact sentence (their mentions can be found ahead, in parallel)."""
        return [line.sentence for lines in self.lines for line in lines]

    def record(self, index: int) -> ArticleRecord:
        return to_record(self.draft(index), self.mentions)

    def _rng(self, index: int) -> random.Random:
        return random.Random(f"{self.plan.seed}:{index}")


def _fact_line(rng: random.Random, theatre: Theatre) -> FactLine:
    category, figure = rng.choice(CATEGORIES), _figure(rng)
    hedge, group = rng.choice(HEDGES), rng.choice(theatre.groups)
    source = rng.choice(theatre.sources)
    sentence = rng.choice(FACT_TEMPLATES).format(
        hedge=hedge, Hedge=hedge.capitalize(), n=f"{figure:,}", group=group,
        verb=rng.choice(VERBS[category]), scene=rng.choice(theatre.scenes),
        source=source, Source=source[0].upper() + source[1:],
        place=rng.choice(theatre.places), day=rng.choice(DAYS))
    return FactLine(sentence[0].upper() + sentence[1:])


def _figure(rng: random.Random) -> int:
    """Small figures (2 to a few hundred, the ones many stories share) or, mostly, one of
    the many larger ones, so that two events a week apart rarely state the same figure and
    claims per article stay near 1.7 from 10k to 1M articles."""
    if rng.random() < SMALL_FIGURE_SHARE:
        return max(2, min(500, int(rng.lognormvariate(3.0, 1.2))))
    return rng.randint(100, 20_000)


def _event(rng: random.Random, plan: Plan) -> Event:
    theatre = rng.randrange(len(THEATRES))
    day = plan.end.timestamp() - rng.random() * SPAN_DAYS * 86400
    facts = tuple(rng.sample(range(plan.fact_lines), rng.randint(6, 8)))
    return Event(theatre, day, facts)


def _slots(rng: random.Random, plan: Plan, events: list[Event]) -> list[Slot]:
    slots: list[Slot] = []
    end = plan.end.timestamp()
    for index in range(plan.count):
        if slots and rng.random() < REPRINT_SHARE:
            original = rng.choice(slots[-2000:])
            published = original.published + rng.uniform(3600, 48 * 3600)
            slots.append(Slot(min(end, published), index, original.event, original.index))
        else:
            event = rng.randrange(len(events))
            published = events[event].day + rng.expovariate(1 / 40) * 3600
            slots.append(Slot(min(end, published), index, event, -1))
    return slots


def _story(rng: random.Random, theatre: int, lines: list[FactLine], slot: Slot,
           outlets: list[str]) -> Draft:
    outlet = rng.choice(outlets)
    told = rng.sample(lines, k=min(len(lines), rng.randint(5, 7)))
    sentences = [line.sentence for line in told]
    sentences += [_filler(rng, THEATRES[theatre]) for _ in range(rng.randint(3, 6))]
    rng.shuffle(sentences)
    scene = THEATRES[theatre]
    title = f"{rng.choice(scene.scenes)} in {rng.choice(scene.places)}"
    title = title[0].upper() + title[1:]
    return Draft(slot.index, _url(outlet, slot.index), outlet, title,
                 _paragraphs(rng, sentences), _when(slot), _aliases(rng, outlet, slot.index))


def _when(slot: Slot) -> datetime:
    return datetime.fromtimestamp(slot.published, UTC)


def _filler(rng: random.Random, theatre: Theatre) -> str:
    return rng.choice(FILLER).format(place=rng.choice(theatre.places), day=rng.choice(DAYS))


def _paragraphs(rng: random.Random, sentences: list[str]) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(2, 3)
        out.append(tuple(sentences[i:i + size]))
        i += size
    return tuple(out)


def _reprint(rng: random.Random, original: Draft, slot: Slot, outlets: list[str]) -> Draft:
    """The original's text under another outlet, hours or days later, with a credit line."""
    outlet = rng.choice(outlets)
    credit = (f"This story was first published by {original.outlet}.",)
    return Draft(slot.index, _url(outlet, slot.index), outlet, original.title,
                 (*original.paragraphs, credit), _when(slot), _aliases(rng, outlet, slot.index))


def _slug(outlet: str) -> str:
    return outlet.lower().replace(" ", "-")


def _url(outlet: str, index: int) -> str:
    return f"https://{_slug(outlet)}.example/news/{index:07d}"


def _aliases(rng: random.Random, outlet: str, index: int) -> tuple[str, ...]:
    if rng.random() < ALIAS_SHARE:
        return (f"https://{_slug(outlet)}.example/amp/news/{index:07d}",)
    return ()


def page_html(draft: Draft) -> bytes:
    """The page a crawl would have fetched for the draft (small, as the benchmark needs)."""
    body = "".join(f"<p>{' '.join(p)}</p>" for p in draft.paragraphs)
    return (f'<html lang="en"><head><title>{draft.title}</title>'
            f'<link rel="canonical" href="{draft.url}"></head><body><article>'
            f"<h1>{draft.title}</h1>{body}</article></body></html>").encode()


def text_of(draft: Draft) -> str:
    return "\n\n".join(" ".join(p) for p in draft.paragraphs)


class SentenceMentions:
    """The extractor's mentions of each sentence, found once: most sentences of the corpus
    are fact lines that several articles carry. An article's mentions are its title's
    (`in_title`) and then its sentences', moved to where each sentence stands in its text.
    tests/test_bulk_load.py checks this gives `article_mentions` of the whole text."""

    def __init__(self) -> None:
        self.found: dict[str, list[CasualtyMention]] = {}

    def of(self, sentence: str) -> list[CasualtyMention]:
        found = self.found.get(sentence)
        if found is None:
            found = self.found[sentence] = text_mentions(sentence, check_language=False)
        return found

    def article(self, draft: Draft) -> list[CasualtyMention]:
        out = [replace(m, in_title=True) for m in self.of(draft.title)]
        offset = 0
        for paragraph in draft.paragraphs:
            for sentence in paragraph:
                out += [_moved(m, offset) for m in self.of(sentence)]
                offset += len(sentence) + 1
            offset += 1    # "\n\n" after a paragraph, where " " follows a sentence
        return out


def _moved(mention: CasualtyMention, offset: int) -> CasualtyMention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset,
                   sentence_start=mention.sentence_start + offset)


def to_record(draft: Draft, mentions: SentenceMentions | None = None) -> ArticleRecord:
    """The ArticleRecord the page path gives for the draft: the real extractor, tagger,
    hash and sketch on its text (fetch facts as a crawl at publication time records them).
    Without `mentions`, the extractor reads the whole text (`article_mentions`)."""
    text = text_of(draft)
    tokens = words(text)
    sketch = words_signature(tokens)
    found = (mentions.article(draft) if mentions is not None
             else article_mentions(text, "en", draft.title))
    return ArticleRecord(
        url=draft.url, outlet=draft.outlet, text=text, raw_html=compress_html(page_html(draft)),
        raw_encoding=RAW_HTML_ENCODING, extractor_version=EXTRACTOR_VERSION,
        title=draft.title, language="en", sitename=draft.outlet, discovered_via="sitemap",
        published_at=draft.published_at,
        fetched_at=draft.published_at + timedelta(minutes=20),
        topics=article_topics(draft.title, text, TOPIC_PATTERNS),
        mentions=[mention_record(m.to_dict()) for m in found],
        mentions_version=MENTIONS_VERSION, content_hash=words_hash(tokens), minhash=sketch,
        bands=band_hashes(sketch, DEFAULT_DUPLICATE_THRESHOLD), aliases=list(draft.aliases))


def default_end() -> datetime:
    """Today at midnight UTC: `--since 90d` then selects about an eighth of the corpus."""
    now = datetime.now(UTC)
    return datetime(now.year, now.month, now.day, tzinfo=UTC)
