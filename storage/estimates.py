"""Estimates: what each figure is now, per (group, category), and who says so.

Pure functions over `Sighting`s (one stored mention with its claim and article; see
`storage.queries.estimate_rows`). The rule, also in README "Estimates":

* **Groups** are matched loosely, as claims are (`storage.figures.group_key`), then through
  the configured alias table (`[[group]] name, aliases`): a group whose key equals, or
  contains as whole words, an alias's key is that group. Mentions naming no group are left
  out (there is nothing to attribute them to).
* **Sources.** A figure's source is its attribution ("Seoul's spy agency"), matched loosely
  and through the `[[source]]` alias table; a mention without one takes the attribution of
  another mention of the same claim in the story; else the source is the outlet that
  published it (the original's outlet for a syndicated copy). Two outlets quoting the same
  attribution are one source, not two; a copy's figure is its original's, from the
  original's source, so a copy adds no source.
* **A source's current figure** is the one it stated most recently *for the first time*:
  repeating an older figure later (a recap, with or without its hedge) does not move it
  back. A figure is cited by the first story that states it from that source.
* **The latest window**: sources whose current figure is dated within `window_days` of
  the newest figure of the group. Older ones are superseded and only appear in `history`.
* **low** = the smallest low, **high** = the largest high of the current figures: a vague
  ("several hundred": 300-999) or ranged figure contributes its low and its high.
* **best** = the median of the current figures, one value per independent source (a
  range or vague figure counts at its midpoint). Chosen over "the most recent figure of
  the most-cited source" because citation counts reward repetition, which syndication
  and echo inflate, while the median needs no judgement of who is cited most, weighs each
  independent source once and is not moved by one outlier (300 against 3,000 and 6,000).
* **conflicting**: the largest current figure's low is more than twice the smallest's high.
* **history**: the estimate as it stood after each date a figure appeared, when it moved.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, insort
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from storage.figures import figure_text, group_key

CONFLICT_RATIO = 2.0
Aliases = tuple[tuple[str, tuple[str, ...]], ...]   # (name, aliases) pairs from the config
POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(frozen=True, slots=True)
class Sighting:
    """One stored mention of a figure with its claim (carried group and hedge) and article."""

    mention_id: int
    claim_id: int
    category: str
    low: int
    high: int | None
    qualifier: str
    group: str | None
    group_key: str
    attribution: str | None
    sentence: str
    article_id: int
    url: str
    title: str | None
    outlet: str
    original_outlet: str     # the outlet of the story this one copies (itself if original)
    copy: bool
    published_at: datetime
    original_id: int | None = None   # the story this one copies
    in_title: bool = False


@dataclass(frozen=True, slots=True)
class EstimatePoint:
    """One figure held by one source, first stated at `published_at`, with its citation."""

    source: str
    figure: str             # "at least 100 killed"
    low: int
    high: int
    qualifier: str
    value: float            # what it contributes to `best` (a range: its midpoint)
    published_at: datetime  # first stated (by this source)
    title: str | None       # the citation: the first story stating it
    url: str
    outlet: str
    sentence: str
    attribution: str | None
    outlets: tuple[str, ...] = ()   # independent outlets that carried it
    articles: int = 1

    def as_dict(self) -> dict[str, Any]:
        return {name: (list(v) if isinstance(v, tuple) else v)
                for name in self.__slots__ for v in [getattr(self, name)]}


@dataclass(frozen=True, slots=True)
class EstimateStep:
    """The estimate as it stood after `as_of`."""

    as_of: datetime
    low: int
    best: float
    high: int
    sources: int

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class EstimateRow:
    """The reconciled estimate of one (group, category)."""

    group: str
    group_key: str
    category: str
    low: int
    best: float
    high: int
    as_of: datetime
    current: list[EstimatePoint]          # one per source in the latest window, low to high
    conflicting: bool
    history: list[EstimateStep] = field(default_factory=list)
    points: list[EstimatePoint] = field(default_factory=list)   # every source's figures
    trimmed_from: int | None = None       # how many `points` there were (`trim_points`)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready row (datetimes left to the output layer)."""
        return {"group": self.group, "group_key": self.group_key, "category": self.category,
                "low": self.low, "best": self.best, "high": self.high, "as_of": self.as_of,
                "conflicting": self.conflicting,
                "current": [p.as_dict() for p in self.current],
                "history": [s.as_dict() for s in self.history],
                "points": [p.as_dict() for p in self.points],
                "history_steps": len(self.history),
                "points_total": self.trimmed_from or len(self.points)}


# -- names: groups and sources --------------------------------------------------------
def alias_table(aliases: Aliases, key: Callable[[str | None], str] = group_key
                ) -> list[tuple[str, str]]:
    """(alias key, canonical name) pairs, longest key first (the most specific wins)."""
    pairs = [(key(alias), name) for name, names in aliases for alias in (name, *names)]
    return sorted({p for p in pairs if p[0]}, key=lambda p: -len(p[0]))


def canonical(key: str, table: list[tuple[str, str]]) -> str | None:
    """The configured name whose alias key equals `key` or occurs in it as whole words."""
    padded = f" {key} "
    for alias, name in table:
        if key == alias or f" {alias} " in padded:
            return name
    return None


def source_key(attribution: str | None) -> str:
    return group_key(POSSESSIVE.sub("", attribution)) if attribution else ""


# -- reconciling ------------------------------------------------------------------------
def reconcile(sightings: Iterable[Sighting], groups: Aliases = (), sources: Aliases = (),
              window_days: float = 30) -> list[EstimateRow]:
    """One EstimateRow per (group, category) with a named group, most recent first."""
    group_table, source_table = alias_table(groups), alias_table(sources, source_key)
    sightings = with_borrowed_attributions(list(sightings))
    streams: dict[tuple[str, str], list[Sighting]] = {}
    names: dict[tuple[str, str], str] = {}
    for s in sightings:
        if not s.group_key:
            continue
        name = canonical(s.group_key, group_table)
        key = (name or s.group_key, s.category)
        streams.setdefault(key, []).append(s)
        names.setdefault(key, name or s.group or s.group_key)
    window = timedelta(days=window_days)
    rows = [_estimate(names[key], key[0], key[1], _points(stream, source_table), window)
            for key, stream in streams.items()]
    return sorted(rows, key=lambda r: (r.as_of, r.high), reverse=True)


def with_borrowed_attributions(sightings: list[Sighting]) -> list[Sighting]:
    """Who a figure is from, when the mention does not say: another mention of the same
    claim in the same story ("at least 60 ..., the directorate said" ... "despite the 60
    deaths"); for a syndicated copy, the original's mention of the claim, whatever the copy's
    own attribution reads (a copy repeats its original, it is no source of its own). A
    headline figure its story's text states is the text's: it is left out."""
    in_text = {(s.article_id, s.claim_id) for s in sightings if not s.in_title}
    sightings = [s for s in sightings if not (s.in_title and (s.article_id, s.claim_id) in in_text)]
    said: dict[tuple[int, int], str] = {}
    for s in sightings:
        if s.attribution and not s.copy:
            said.setdefault((s.article_id, s.claim_id), s.attribution)
    out = []
    for s in sightings:
        original = said.get((s.original_id, s.claim_id)) if s.original_id else None
        borrowed = original or (s.attribution or said.get((s.article_id, s.claim_id)))
        out.append(replace(s, attribution=borrowed) if borrowed != s.attribution else s)
    return out


def _points(stream: Sequence[Sighting], source_table: list[tuple[str, str]]
            ) -> list[EstimatePoint]:
    """Each (source, figure) once, dated and cited at its first statement."""
    by_figure: dict[tuple[str, int, int], list[Sighting]] = {}
    labels: dict[str, str] = {}
    for s in sorted(stream, key=lambda s: (s.published_at, s.copy, s.article_id)):
        key, label = _source(s, source_table)
        labels.setdefault(key, label)
        figure = (key, s.low, s.high if s.high is not None else s.low)  # any hedge
        by_figure.setdefault(figure, []).append(s)
    return sorted((_point(labels[f[0]], seen) for f, seen in by_figure.items()),
                  key=lambda p: (p.published_at, p.source))


def _source(s: Sighting, source_table: list[tuple[str, str]]) -> tuple[str, str]:
    """(key, label) of who holds the figure: its attribution, else the original outlet."""
    key = source_key(s.attribution)
    if not key:
        return f"outlet:{s.original_outlet}", s.original_outlet
    name = canonical(key, source_table)
    return (f"name:{name}", name) if name else (key, s.attribution or key)


def _point(source: str, seen: list[Sighting]) -> EstimatePoint:
    first = seen[0]
    high = first.high if first.high is not None else first.low
    return EstimatePoint(
        source=source, figure=figure_text(first.category, first.low, high, first.qualifier),
        low=first.low, high=high, qualifier=first.qualifier, value=(first.low + high) / 2,
        published_at=first.published_at, title=first.title, url=first.url,
        outlet=first.outlet, sentence=first.sentence, attribution=first.attribution,
        outlets=tuple(sorted({s.outlet for s in seen if not s.copy})),
        articles=len({s.article_id for s in seen}))


def _estimate(name: str, key: str, category: str, points: list[EstimatePoint],
              window: timedelta) -> EstimateRow:
    history = _history(points, window)
    current = _current(points, points[-1].published_at, window)
    last = history[-1]
    return EstimateRow(group=name, group_key=key, category=category, low=last.low,
                       best=last.best, high=last.high, as_of=points[-1].published_at,
                       current=current, conflicting=_conflicting(current),
                       history=history, points=points)


def _current(points: Sequence[EstimatePoint], as_of: datetime,
             window: timedelta) -> list[EstimatePoint]:
    """Each source's latest first-stated figure, if within the window before `as_of`."""
    latest: dict[str, EstimatePoint] = {}
    for p in points:
        if p.published_at <= as_of:
            latest[p.source] = p          # points are in time order: the last one wins
    current = [p for p in latest.values() if as_of - p.published_at <= window]
    return sorted(current, key=lambda p: (p.value, p.source))


def _step(points: Sequence[EstimatePoint], as_of: datetime, window: timedelta) -> EstimateStep:
    current = _current(points, as_of, window)
    best = statistics.median(p.value for p in current)
    return EstimateStep(as_of=as_of, low=min(p.low for p in current), best=_round(best),
                        high=max(p.high for p in current), sources=len(current))


def _history(points: Sequence[EstimatePoint], window: timedelta) -> list[EstimateStep]:
    """`_step` after each date a figure appeared, kept when it moved. One sweep through the
    points in time order (each source's latest figure in, those older than the window out)
    instead of `_step` from scratch per date, which is quadratic in a group's points."""
    steps: list[EstimateStep] = []
    band = _Band()
    at = 0
    for as_of in sorted({p.published_at for p in points}):
        while at < len(points) and points[at].published_at <= as_of:
            band.hold(points[at])
            at += 1
        band.expire(as_of - window)
        step = band.step(as_of)
        if steps and replace(steps[-1], as_of=as_of) == step:
            continue
        steps.append(step)
    return steps


class _Band:
    """The current figures of a sweep (`_current` at the sweep's date): each source's latest
    figure, with their lows, highs and values kept sorted."""

    def __init__(self) -> None:
        self.latest: dict[str, EstimatePoint] = {}
        self.order: deque[EstimatePoint] = deque()   # held figures, oldest first
        self.lows: list[int] = []
        self.highs: list[int] = []
        self.values: list[float] = []

    def hold(self, point: EstimatePoint) -> None:
        """`point` becomes its source's figure (points come in `_current`'s order)."""
        if point.source in self.latest:
            self._drop(self.latest[point.source])
        self.latest[point.source] = point
        self.order.append(point)
        insort(self.lows, point.low)
        insort(self.highs, point.high)
        insort(self.values, point.value)

    def expire(self, oldest: datetime) -> None:
        """Drop the figures stated before `oldest` (outside the window)."""
        while self.order and self.order[0].published_at < oldest:
            point = self.order.popleft()
            if self.latest.get(point.source) is point:
                del self.latest[point.source]
                self._drop(point)

    def _drop(self, point: EstimatePoint) -> None:
        for values, value in ((self.lows, point.low), (self.highs, point.high),
                              (self.values, point.value)):
            del values[bisect_left(values, value)]

    def step(self, as_of: datetime) -> EstimateStep:
        values, n = self.values, len(self.values)
        best = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
        return EstimateStep(as_of=as_of, low=self.lows[0], best=_round(best),
                            high=self.highs[-1], sources=n)


def _round(value: float) -> float:
    return int(value) if value == int(value) else round(value, 1)


def _conflicting(current: Sequence[EstimatePoint]) -> bool:
    if len(current) < 2:
        return False
    smallest_high = min(p.high for p in current)
    return max(p.low for p in current) > CONFLICT_RATIO * max(smallest_high, 1)


def trim_points(row: EstimateRow, keep: int | None) -> EstimateRow:
    """`row` with only its latest `keep` and its current figures in `points` (a band
    chart's worth); unchanged when it has no more than `keep` or `keep` is None."""
    if keep is None or len(row.points) <= keep:
        return row
    now = {(p.source, p.low, p.high) for p in row.current}
    cut = len(row.points) - keep
    return replace(row, trimmed_from=len(row.points),
                   points=[p for n, p in enumerate(row.points)
                           if n >= cut or (p.source, p.low, p.high) in now])


def moved(before: EstimateStep, after: EstimateStep, share: float) -> str | None:
    """Which figure ('best' or 'high') moved by at least `share` between two steps, if any."""
    for name in ("best", "high"):
        old, new = float(getattr(before, name)), float(getattr(after, name))
        if old > 0 and abs(new - old) / old >= share or old == 0 < new:
            return name
    return None


# -- pre-aggregated: the same rule over points kept at ingest (storage.points) ------------------
@dataclass(frozen=True, slots=True)
class SourcePoint:
    """Every sighting of one figure (category, low, high) of one raw group key from one raw
    source key, folded into what `reconcile` reads of them: the first statement (in the
    order `_points` sorts sightings), the independent outlets and articles that carried it,
    and the earliest mention (which names a stream and orders the rows). Aliases are not
    applied: they are configuration, applied when the points are read."""

    group_key: str
    category: str
    low: int
    high: int
    source_key: str          # source_key(attribution), or "outlet:<original outlet>"
    published_at: datetime   # the first statement's
    copy: bool
    article_id: int
    mention_id: int
    qualifier: str
    title: str | None
    url: str
    outlet: str
    sentence: str
    attribution: str | None
    outlets: tuple[str, ...]       # non-copy outlets, sorted
    article_ids: tuple[int, ...]   # sorted
    name_mention_id: int           # the smallest mention id of these sightings
    group: str | None              # the group of that mention's claim

    @property
    def order(self) -> tuple[datetime, bool, int, int]:
        """Where its first statement stands in `_points`' (stable) order of sightings."""
        return (self.published_at, self.copy, self.article_id, self.mention_id)


def raw_source_key(s: Sighting) -> str:
    """The source of a sighting before the [[source]] aliases: see `_source`."""
    return source_key(s.attribution) or f"outlet:{s.original_outlet}"


def source_points(sightings: Iterable[Sighting]) -> list[SourcePoint]:
    """The points of sightings already given their borrowed attributions
    (`with_borrowed_attributions`, over every sighting of the figures they belong to)."""
    seen: dict[tuple[str, str, int, int, str], list[Sighting]] = {}
    for s in sorted(sightings, key=lambda s: (s.published_at, s.copy, s.article_id,
                                              s.mention_id)):
        if s.group_key:
            high = s.high if s.high is not None else s.low
            seen.setdefault((s.group_key, s.category, s.low, high, raw_source_key(s)),
                            []).append(s)
    return [_source_point(key, found) for key, found in seen.items()]


def _source_point(key: tuple[str, str, int, int, str], seen: list[Sighting]) -> SourcePoint:
    first, named = seen[0], min(seen, key=lambda s: s.mention_id)
    return SourcePoint(
        group_key=key[0], category=key[1], low=key[2], high=key[3], source_key=key[4],
        published_at=first.published_at, copy=first.copy, article_id=first.article_id,
        mention_id=first.mention_id, qualifier=first.qualifier, title=first.title,
        url=first.url, outlet=first.outlet, sentence=first.sentence,
        attribution=first.attribution,
        outlets=tuple(sorted({s.outlet for s in seen if not s.copy})),
        article_ids=tuple(sorted({s.article_id for s in seen})),
        name_mention_id=named.mention_id, group=named.group)


def reconcile_points(points: Iterable[SourcePoint], groups: Aliases = (),
                     sources: Aliases = (), window_days: float = 30) -> list[EstimateRow]:
    """`reconcile` from points: the same rows as `reconcile` over the sightings the points
    were folded from (tests/test_estimate_points.py holds them equal)."""
    group_table, source_table = alias_table(groups), alias_table(sources, source_key)
    streams: dict[tuple[str, str], list[SourcePoint]] = {}
    names: dict[tuple[str, str], str] = {}
    for p in sorted(points, key=lambda p: p.name_mention_id):   # `reconcile`'s stream order
        name = canonical(p.group_key, group_table)
        key = (name or p.group_key, p.category)
        streams.setdefault(key, []).append(p)
        names.setdefault(key, name or p.group or p.group_key)
    window = timedelta(days=window_days)
    rows = [_estimate(names[key], key[0], key[1], _merged_points(stream, source_table), window)
            for key, stream in streams.items()]
    return sorted(rows, key=lambda r: (r.as_of, r.high), reverse=True)


def _merged_points(stream: Sequence[SourcePoint], source_table: list[tuple[str, str]]
                   ) -> list[EstimatePoint]:
    """`_points` of a stream: raw points of one (source, figure) after aliasing are one."""
    by_figure: dict[tuple[str, int, int], list[SourcePoint]] = {}
    labels: dict[str, str] = {}
    for p in sorted(stream, key=lambda p: p.order):
        key, label = _point_source(p, source_table)
        labels.setdefault(key, label)
        by_figure.setdefault((key, p.low, p.high), []).append(p)
    return sorted((_folded_point(labels[f[0]], seen) for f, seen in by_figure.items()),
                  key=lambda p: (p.published_at, p.source))


def _point_source(p: SourcePoint, source_table: list[tuple[str, str]]) -> tuple[str, str]:
    if p.source_key.startswith("outlet:"):
        outlet = p.source_key.removeprefix("outlet:")
        return p.source_key, outlet
    name = canonical(p.source_key, source_table)
    return (f"name:{name}", name) if name else (p.source_key, p.attribution or p.source_key)


def _folded_point(source: str, seen: list[SourcePoint]) -> EstimatePoint:
    first = seen[0]
    return EstimatePoint(
        source=source, figure=figure_text(first.category, first.low, first.high,
                                          first.qualifier),
        low=first.low, high=first.high, qualifier=first.qualifier,
        value=(first.low + first.high) / 2, published_at=first.published_at,
        title=first.title, url=first.url, outlet=first.outlet, sentence=first.sentence,
        attribution=first.attribution,
        outlets=tuple(sorted({o for p in seen for o in p.outlets})),
        articles=len({a for p in seen for a in p.article_ids}))
