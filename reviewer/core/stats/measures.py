"""The numbers: per clip and platform, across clips, the review itself, and the audience.

Definitions (also in the README):

* **engagement rate** = (reactions + comments + shares) / reach — from Meta's "Reactions,
  Comments and Shares" when the three are not separate; ``None`` without reach (YouTube and
  TikTok post exports have none).
* **watch-through** = average seconds viewed / duration (the export's duration, else the clip's);
  YouTube's "Average percentage viewed" / 100 where given.
* **growth** = the change of views (and reach) since the previous snapshot of the same post,
  and per day between the two export times.
* A clip with several posts on one platform counts their sum; averages are weighted by views.
* Across clips: the newest snapshot of each post; a clip counts in the period when it was
  published (its publication, else the post's own publish time) within it.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from reviewer.core.canonical import format_rfc3339
from reviewer.core.stats.model import ClipFacts, DecisionFact, MetricRow, Publication, PublicationFact
from reviewer.core.stats.values import fold

__all__ = [
    "Effect",
    "snapshot_metrics",
    "clip_effects",
    "summarize",
    "review_numbers",
    "hashtags",
    "audience_view",
]

_HASHTAG = re.compile(r"#(\w[\w.]*)", re.UNICODE)


def hashtags(text: str) -> list[str]:
    """The hashtags of a post text, NFKC, lower case, without the '#', in order, once each."""
    if not text or "#" not in text:
        return []
    seen: dict[str, None] = {}
    for m in _HASHTAG.finditer(unicodedata.normalize("NFKC", text)):
        seen.setdefault(m.group(1).rstrip(".").casefold(), None)
    return list(seen)


def _sum(values: Iterable[int | None]) -> int | None:
    total, any_ = 0, False
    for v in values:
        if v is not None:
            total += v
            any_ = True
    return total if any_ else None


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or not b:
        return None
    return a / b


def _interactions(r: MetricRow) -> int | None:
    if r.reactions is not None and r.comments is not None and r.shares is not None:
        return r.reactions + r.comments + r.shares
    return r.interactions


@dataclass(slots=True)
class Effect:
    """The numbers of one clip on one platform at one snapshot (several posts summed)."""

    clip_id: str
    platform: str
    snapshot_at: datetime | None = None
    source: str = ""
    posts: int = 0
    views: int | None = None
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    interactions: int | None = None
    avg_seconds_viewed: float | None = None
    watch_through: float | None = None
    published_at: datetime | None = None
    views_growth: int | None = None
    reach_growth: int | None = None
    views_per_day: float | None = None
    post_keys: tuple[str, ...] = ()
    file_ids: frozenset[int] = frozenset()

    @property
    def engagement_rate(self) -> float | None:
        """(reactions + comments + shares) / reach."""
        return _ratio(self.interactions, self.reach)

    def to_json(self) -> dict[str, Any]:
        """The documented ``stats clip --json`` metrics entry."""
        return {
            "platform": self.platform,
            "snapshot_at": format_rfc3339(self.snapshot_at) if self.snapshot_at is not None else None,
            "source": self.source,
            "posts": self.posts,
            "views": self.views,
            "reach": self.reach,
            "reactions": self.reactions,
            "comments": self.comments,
            "shares": self.shares,
            "engagement_rate": None if self.engagement_rate is None else round(self.engagement_rate, 4),
            "avg_seconds_viewed": None if self.avg_seconds_viewed is None else round(self.avg_seconds_viewed, 2),
            "watch_through": None if self.watch_through is None else round(self.watch_through, 3),
            "growth": {
                "views": self.views_growth,
                "reach": self.reach_growth,
                "views_per_day": None if self.views_per_day is None else round(self.views_per_day, 1),
            },
        }


def _effect(clip_id: str, platform: str, rows: list[MetricRow], clip_duration_s: float | None) -> Effect:
    first = rows[0]
    e = Effect(clip_id, platform, first.snapshot_at, first.source, posts=len(rows))
    e.views = _sum(r.views for r in rows)
    e.reach = _sum(r.reach for r in rows)
    e.reactions = _sum(r.reactions for r in rows)
    e.comments = _sum(r.comments for r in rows)
    e.shares = _sum(r.shares for r in rows)
    e.interactions = _sum(_interactions(r) for r in rows)
    e.post_keys = tuple(sorted(r.post_key for r in rows))
    e.file_ids = frozenset(r.file_id for r in rows)
    times = [r.published_at for r in rows if r.published_at is not None]
    e.published_at = min(times) if times else None
    # Averages over several posts are weighted by views (one post: its own value).
    avg_num = avg_den = 0.0
    wt_num = wt_den = 0.0
    for r in rows:
        weight = float(r.views) if r.views else (1.0 if len(rows) == 1 else 0.0)
        if r.avg_seconds_viewed is not None and weight:
            avg_num += r.avg_seconds_viewed * weight
            avg_den += weight
        through = None
        if r.avg_pct_viewed is not None:
            through = r.avg_pct_viewed / 100.0
        else:
            duration = r.duration_s or clip_duration_s
            if r.avg_seconds_viewed is not None and duration:
                through = r.avg_seconds_viewed / duration
        if through is not None and weight:
            wt_num += through * weight
            wt_den += weight
    e.avg_seconds_viewed = avg_num / avg_den if avg_den else None
    e.watch_through = wt_num / wt_den if wt_den else None
    return e


def snapshot_metrics(rows: list[MetricRow], clip_duration_s: float | None = None) -> list[Effect]:
    """One :class:`Effect` per (clip, platform, snapshot file), oldest first, with the growth
    since the previous snapshot of the same clip and platform."""
    groups: dict[tuple[str, str, int], list[MetricRow]] = defaultdict(list)
    for r in rows:
        if r.clip_id:
            groups[(r.clip_id, r.platform, r.file_id)].append(r)
    effects = [_effect(c, p, g, clip_duration_s) for (c, p, _f), g in groups.items()]
    effects.sort(key=lambda e: (e.clip_id, e.platform, e.snapshot_at, e.source))
    previous: dict[tuple[str, str], Effect] = {}
    for e in effects:
        prev = previous.get((e.clip_id, e.platform))
        if (
            prev is not None
            and prev.snapshot_at is not None
            and e.snapshot_at is not None
            and prev.snapshot_at < e.snapshot_at
        ):
            if e.views is not None and prev.views is not None:
                e.views_growth = e.views - prev.views
                days = (e.snapshot_at - prev.snapshot_at).total_seconds() / 86400
                e.views_per_day = e.views_growth / days if days > 0 else None
            if e.reach is not None and prev.reach is not None:
                e.reach_growth = e.reach - prev.reach
        previous[(e.clip_id, e.platform)] = e
    effects.sort(key=lambda e: (e.snapshot_at, e.platform))
    return effects


def clip_effects(rows: list[MetricRow], durations: dict[str, float] | None = None) -> dict[tuple[str, str], Effect]:
    """The newest snapshot of each (clip, platform): per post its newest row, then summed.

    A row without post id or URL (``post_key`` ``""``) cannot be found again in another
    snapshot: of a clip's such rows on a platform, those of the newest export that has any
    count, each as a post (``storage.stat_effects.NEWEST`` is the same rule in SQL)."""
    newest: dict[tuple[str, str, str], MetricRow] = {}
    keyless: dict[tuple[str, str], list[MetricRow]] = {}
    groups: dict[tuple[str, str], list[MetricRow]] = {}
    for r in rows:
        if not r.clip_id:
            continue
        groups.setdefault((r.clip_id, r.platform), [])  # in the order the clips come
        if not r.post_key:
            keyless.setdefault((r.clip_id, r.platform), []).append(r)
            continue
        key = (r.clip_id, r.platform, r.post_key)
        cur = newest.get(key)
        if cur is None or (r.snapshot_at, r.id) > (cur.snapshot_at, cur.id):
            newest[key] = r
    for (clip_id, platform, _k), r in newest.items():
        groups[(clip_id, platform)].append(r)
    for pair, found in keyless.items():
        last = max((r.snapshot_at, r.file_id) for r in found)
        groups[pair].extend(r for r in found if (r.snapshot_at, r.file_id) == last)
    durations = durations or {}
    out = {}
    for (clip_id, platform), g in groups.items():
        g.sort(key=lambda r: r.snapshot_at, reverse=True)
        out[(clip_id, platform)] = _effect(clip_id, platform, g, durations.get(clip_id))
    return out


def effects_from_rows(
    rows: list[tuple[Any, ...]], durations: dict[str, float] | None = None
) -> dict[tuple[str, str], Effect]:
    """The newest numbers of each (clip, platform) from ``StatsRepository.effect_rows`` tuples
    (one per post: clip, platform, file, published at, duration, views, reach, reactions,
    comments, shares, interactions, avg seconds viewed, avg % viewed). Same rules as
    :func:`clip_effects`, without building a row object per post (100,000 clips)."""
    durations = durations or {}
    groups: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for r in rows:
        key = (r[0], r[1])
        g = groups.get(key)
        if g is None:
            groups[key] = [r]
        else:
            g.append(r)
    out: dict[tuple[str, str], Effect] = {}
    for (clip_id, platform), g in groups.items():
        e = Effect(clip_id, platform, posts=len(g))
        if len(g) == 1:
            r = g[0]
            e.published_at, e.views, e.reach, e.reactions, e.comments, e.shares = (
                as_time(r[3]),
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
            )
            e.interactions = r[7] + r[8] + r[9] if r[7] is not None and r[8] is not None and r[9] is not None else r[10]
            e.avg_seconds_viewed = r[11]
            if r[12] is not None:
                e.watch_through = r[12] / 100.0
            else:
                duration = r[4] or durations.get(clip_id)
                if r[11] is not None and duration:
                    e.watch_through = r[11] / duration
            e.file_ids = frozenset((r[2],))
        else:
            e = _effect_tuples(clip_id, platform, g, durations.get(clip_id))
        out[(clip_id, platform)] = e
    return out


_NO_SNAPSHOT = datetime.min.replace(tzinfo=timezone.utc)  # rows read without their export's time


def _effect_tuples(clip_id: str, platform: str, g: list[tuple[Any, ...]], clip_duration_s: float | None) -> Effect:
    rows = [
        MetricRow(
            id=0,
            file_id=r[2],
            source="",
            snapshot_at=_NO_SNAPSHOT,
            platform=platform,
            post_key="",
            clip_id=clip_id,
            publication_id=None,
            match=None,
            published_at=as_time(r[3]),
            duration_s=r[4],
            views=r[5],
            reach=r[6],
            reactions=r[7],
            comments=r[8],
            shares=r[9],
            interactions=r[10],
            avg_seconds_viewed=r[11],
            avg_pct_viewed=r[12],
            seconds_viewed=None,
        )
        for r in g
    ]
    e = _effect(clip_id, platform, rows, clip_duration_s)
    e.snapshot_at = None  # as for one post: these rows came without their export's time
    return e


# -- across clips ---------------------------------------------------------------------------------
@dataclass
class Group:
    """Totals of a group of clips (by platform, political, topic, weekday, hour, author)."""

    key: str
    clips: int = 0
    views: int = 0
    reach: int = 0
    interactions: int = 0
    reach_interactions: int = 0  # interactions of the posts that report reach
    through_sum: float = 0.0
    through_n: int = 0

    def add(self, e: Effect) -> None:
        self.views += e.views or 0
        self.reach += e.reach or 0
        self.interactions += e.interactions or 0
        if e.reach and e.interactions is not None:
            self.reach_interactions += e.interactions
        if e.watch_through is not None:
            self.through_sum += e.watch_through
            self.through_n += 1

    def to_json(self) -> dict[str, Any]:
        """A group's totals and rates."""
        return {
            "key": self.key,
            "clips": self.clips,
            "views": self.views,
            "reach": self.reach,
            "interactions": self.interactions,
            "views_per_clip": round(self.views / self.clips, 1) if self.clips else None,
            "engagement_rate": round(self.reach_interactions / self.reach, 4) if self.reach else None,
            "watch_through": round(self.through_sum / self.through_n, 3) if self.through_n else None,
        }


@dataclass
class Summary:
    """``stats summary``: totals by group over the clips published in a period."""

    start: datetime | None
    end: datetime | None
    clips: int = 0
    effects: list[Effect] = field(default_factory=list)
    by: dict[str, list[Group]] = field(default_factory=dict)
    totals: Group = field(default_factory=lambda: Group("all"))

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {
            "from": format_rfc3339(self.start) if self.start else None,
            "to": format_rfc3339(self.end) if self.end else None,
            "clips": self.clips,
            "totals": self.totals.to_json(),
            "by": {k: [g.to_json() for g in v] for k, v in self.by.items()},
        }


def _topics(clip: ClipFacts) -> dict[str, str]:
    out: dict[str, str] = {}
    for label in ([clip.topic] if clip.topic else []) + hashtags(clip.post_text):
        out.setdefault(fold(label).replace(" ", ""), label)
    return out


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_SAMPLE_S = 6 * 3600  # zones change their offset months apart, never twice within 6 hours


def _offset(zone: tzinfo, epoch: int) -> int:
    off = datetime.fromtimestamp(epoch, timezone.utc).astimezone(zone).utcoffset()
    return int(off.total_seconds()) if off is not None else 0


def offset_steps(zone: tzinfo, lo: int | None, hi: int | None) -> list[tuple[int | None, int]]:
    """The zone's UTC offset over [lo, hi] (epoch seconds) as steps ``[(None, off0), (t1, off1),
    …]``: from ``t_k`` on (to the next step) local time is UTC + ``off_k`` seconds. Found by
    sampling every 6 hours and pinning each change to its exact second."""
    if lo is None or hi is None:
        return [(None, _offset(zone, 0))]
    steps: list[tuple[int | None, int]] = [(None, _offset(zone, lo))]
    t, cur = lo, steps[0][1]
    while t < hi:
        nxt = min(t + _SAMPLE_S, hi)
        off = _offset(zone, nxt)
        if off != cur:
            a, b = t, nxt  # offset(a) == cur, offset(b) == off: the change is in (a, b]
            while b - a > 1:
                m = (a + b) // 2
                if _offset(zone, m) == cur:
                    a = m
                else:
                    b = m
            steps.append((b, off))
            cur = off
        t = nxt
    return steps


def local_weekday_hour(stamps: Any, zone: tzinfo) -> tuple[Any, Any]:
    """Weekday (Monday 0) and hour in ``zone`` of each time in ``stamps`` (seconds since 1970
    UTC, numpy), from the zone's UTC offsets over their span (:func:`offset_steps`): a period
    may cross summer time and back."""
    import numpy as np

    epoch = np.floor(np.asarray(stamps, np.float64)).astype(np.int64)
    steps = offset_steps(zone, int(epoch.min()), int(epoch.max()))
    starts = np.array([int(t) for t, _ in steps[1:] if t is not None], np.int64)
    offs = np.array([o for _, o in steps], np.int64)
    # Shifted by whole weeks so that integer division floors for times before 1970 too.
    loc = epoch + offs[np.searchsorted(starts, epoch, side="right")] + 60480000000
    return (loc // 86400 + 3) % 7, loc // 3600 % 24


def first_publications(publications: list[Publication]) -> dict[tuple[str, str], datetime]:
    """When each clip first went out on each platform."""
    first: dict[tuple[str, str], datetime] = {}
    for p in publications:
        k = (p.clip_id, p.platform)
        if k not in first or p.published_at < first[k]:
            first[k] = p.published_at
    return first


def summarize(
    effects: dict[tuple[str, str], Effect],
    clips: dict[str, ClipFacts],
    first_pub: dict[tuple[str, str], datetime],
    zone: tzinfo,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> Summary:
    """Totals by platform, political or not, topic (clip topic + hashtags), weekday and hour of
    publication (station time), and author, over clips published in [start, end).

    ``effects`` are the newest numbers of each (clip, platform) (:func:`clip_effects` or
    :func:`effects_from_rows`); ``first_pub`` when each clip first went out on each platform.
    """
    summary = Summary(start, end)
    topics_of: dict[str, dict[str, str]] = {}
    groups: dict[str, dict[str, Group]] = {
        n: {} for n in ("platform", "political", "topic", "weekday", "hour", "author")
    }
    counted: dict[str, set[str]] = {n: set() for n in groups}
    seen_clips: set[str] = set()
    kept: list[Effect] = []
    topic_labels: dict[str, str] = {}

    def add(name: str, key: str, e: Effect) -> None:
        g = groups[name].get(key)
        if g is None:
            g = groups[name][key] = Group(key)
        ck = f"{key}\x00{e.clip_id}"
        if ck not in counted[name]:
            counted[name].add(ck)
            g.clips += 1
        g.add(e)

    for (clip_id, platform), e in effects.items():
        when = first_pub.get((clip_id, platform)) or e.published_at
        e.published_at = when
        if start is not None and (when is None or when < start):
            continue
        if end is not None and (when is None or when >= end):
            continue
        clip = clips.get(clip_id)
        kept.append(e)
        if clip_id not in seen_clips:
            seen_clips.add(clip_id)
            summary.totals.clips += 1
        summary.totals.add(e)
        add("platform", platform, e)
        if clip is not None:
            add("political", "political" if clip.political else "other", e)
            add("author", clip.author or "-", e)
            # "Giáo dục" (the clip's topic) and "#giaoduc" are one topic, shown as the former.
            topics = topics_of.get(clip_id)
            if topics is None:
                topics = topics_of[clip_id] = _topics(clip)
            for key, label in topics.items():
                topic_labels.setdefault(key, label)
                add("topic", key, e)
        if when is not None:
            local = when.astimezone(zone)
            add("weekday", WEEKDAYS[local.weekday()], e)
            add("hour", f"{local.hour:02d}", e)
    summary.clips = summary.totals.clips
    summary.effects = kept
    for g in groups["topic"].values():
        g.key = topic_labels.get(g.key, g.key)
    order: dict[str, Callable[[Group], Any]] = {"weekday": lambda g: WEEKDAYS.index(g.key), "hour": lambda g: g.key}
    for name, gs in groups.items():
        sort_key = order.get(name, lambda g: (-g.views, g.key))
        summary.by[name] = sorted(gs.values(), key=sort_key)
    return summary


# -- the review -------------------------------------------------------------------------------------
def _hours(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 3600


def _stats(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"n": 0, "median_h": None, "mean_h": None, "max_h": None}
    return {
        "n": len(values),
        "median_h": round(statistics.median(values), 2),
        "mean_h": round(statistics.fmean(values), 2),
        "max_h": round(max(values), 2),
    }


HEAD_KINDS = ("approval", "changes", "rejection")


def review_numbers(
    decisions: list[DecisionFact],
    approved: Iterable[str],
    publications: Sequence[Publication | PublicationFact],
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> dict[str, Any]:
    """Clips vetted, decisions by kind with reasons, time from ingest to the head's decision,
    rounds of changes per clip, failed checklist items by item, time from approval to
    publication, and clips approved but never published (``approved``: the ids of the clips
    whose status is approved)."""

    def inside(t: datetime | None) -> bool:
        return t is not None and (start is None or t >= start) and (end is None or t < end)

    in_period = [d for d in decisions if inside(d.signed_at) and d.kind in HEAD_KINDS]
    counts = {k: 0 for k in HEAD_KINDS}
    reasons: dict[str, list[dict[str, str]]] = {"changes": [], "rejection": []}
    failed: dict[str, int] = defaultdict(int)
    for d in in_period:
        counts[d.kind] += 1
        if d.kind in reasons and d.reason:
            reasons[d.kind].append({"clip_id": d.clip_id, "reason": d.reason})
        for item in d.failed_items:
            failed[item] += 1
    # Time to the head's first decision on each version.
    first_decision: dict[tuple[str, int], DecisionFact] = {}
    for d in decisions:
        if d.kind in HEAD_KINDS:
            first_decision.setdefault((d.clip_id, d.version), d)
    waits = [
        _hours(d.version_ingested_at, d.signed_at)
        for d in first_decision.values()
        if inside(d.signed_at) and d.version_ingested_at is not None
    ]
    # Rounds of changes: "changes" decisions per clip decided in the period.
    vetted = {d.clip_id for d in in_period}
    rounds: dict[str, int] = defaultdict(int)
    for d in decisions:
        if d.kind == "changes" and d.clip_id in vetted and (end is None or d.signed_at < end):
            rounds[d.clip_id] += 1
    round_counts = [rounds.get(c, 0) for c in vetted]
    distribution: dict[str, int] = defaultdict(int)
    for n in round_counts:
        distribution[str(n) if n < 3 else "3+"] += 1
    # Approval to publication.
    approvals: dict[tuple[str, int], list[datetime]] = defaultdict(list)
    for d in decisions:
        if d.kind == "approval":
            approvals[(d.clip_id, d.version)].append(d.signed_at)
    to_publication = []
    published_clips = set()
    for p in publications:
        published_clips.add(p.clip_id)
        if not inside(p.published_at):
            continue
        before = [t for t in approvals.get((p.clip_id, p.version), []) if t <= p.published_at]
        if before:
            to_publication.append(_hours(max(before), p.published_at))
    never = sorted(c for c in approved if c not in published_clips)
    pubs_in = [p for p in publications if inside(p.published_at)]
    per_platform: dict[str, int] = defaultdict(int)
    for p in pubs_in:
        per_platform[p.platform] += 1
    return {
        "vetted": len(vetted),
        "decisions": counts,
        "reasons": reasons,
        "time_to_decision": _stats(waits),
        "rounds_of_changes": {
            "clips": len(round_counts),
            "mean": round(statistics.fmean(round_counts), 2) if round_counts else None,
            "max": max(round_counts) if round_counts else None,
            "distribution": dict(sorted(distribution.items())),
        },
        "failed_items": dict(sorted(failed.items(), key=lambda kv: (-kv[1], kv[0]))),
        "approval_to_publication": _stats(to_publication),
        "publications": {"total": len(pubs_in), "by_platform": dict(sorted(per_platform.items()))},
        "approved_never_published": never,
    }


# -- the audience ---------------------------------------------------------------------------------
def audience_view(
    items: list[tuple[str, Any, Any]],
    summary: Summary | None,
    publications: Sequence[Publication | PublicationFact],
    zone: tzinfo,
) -> dict[str, Any]:
    """Who follows or watches (shares by age/gender, city, country, gender, subscription; new and
    returning viewers) and when they are online (mean active followers by hour), beside when
    the station publishes (publications by hour) and the hours where its clips do best (mean
    views per clip by hour of publication)."""
    shares: dict[str, dict[str, dict[str, float | None]]] = defaultdict(lambda: defaultdict(dict))
    sources: dict[str, dict[str, Any]] = {}
    active: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    viewers: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for platform, f, item in items:
        sources.setdefault(
            f"{platform}:{f.file_name}",
            {"platform": platform, "file": f.file_name, "exported_at": format_rfc3339(f.exported_at)},
        )
        if item.dimension == "active_hour":
            if item.value is not None:
                active[platform][int(item.key)].append(item.value)
        elif item.dimension == "viewers":
            if item.value is not None:
                viewers[platform][item.key] += item.value
        else:
            shares[platform][item.dimension][item.key] = item.value
    active_by_hour = {
        p: {f"{h:02d}": round(statistics.fmean(v), 1) for h, v in sorted(hours.items())} for p, hours in active.items()
    }
    posts_by_hour: dict[str, int] = defaultdict(int)
    for p in publications:
        posts_by_hour[f"{p.published_at.astimezone(zone).hour:02d}"] += 1
    best = []
    if summary is not None:
        best = [g.to_json() for g in summary.by.get("hour", []) if g.clips]
        best.sort(key=lambda g: -(g["views_per_clip"] or 0))
    return {
        "shares": {
            p: {d: dict(sorted(v.items(), key=lambda kv: -(kv[1] or 0))) for d, v in dims.items()}
            for p, dims in shares.items()
        },
        "active_followers_by_hour": active_by_hour,
        "viewers": {p: dict(v) for p, v in viewers.items()},
        "publications_by_hour": dict(sorted(posts_by_hour.items())),
        "best_hours": best[:5],
        "sources": list(sources.values()),
    }


def utc(dt: datetime) -> datetime:
    """An aware datetime in UTC (naive taken as UTC)."""
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


# -- the summary of a whole library, a column at a time ---------------------------------------------
@lru_cache(maxsize=65536)
def _topic_key(label: str) -> str:
    return fold(label).replace(" ", "")


def _clip_topics(clip: ClipFacts | None) -> list[tuple[str, str]]:
    if clip is None or (not clip.topic and "#" not in clip.post_text):
        return []
    out: dict[str, str] = {}
    if clip.topic:
        out[_topic_key(clip.topic)] = clip.topic
    text = clip.post_text
    if text and "#" in text:
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        for m in _HASHTAG.finditer(text):
            tag = m.group(1).rstrip(".").casefold()
            out.setdefault(_topic_key(tag), tag)
    return list(out.items())


def as_time(value: Any) -> datetime | None:
    """A time as stored (a datetime, or ISO text from SQLite) as aware UTC."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=timezone.utc)
    dt = datetime.fromisoformat(value)
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def summarize_rows(
    rows: list[tuple[Any, ...]],
    clips: dict[str, ClipFacts],
    first_pub: dict[tuple[str, str], datetime],
    zone: tzinfo,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    with_effects: bool = False,
) -> Summary:
    """:func:`summarize` over ``StatsRepository.effect_rows`` tuples (the newest row of each
    post), computed a column at a time with numpy: 100,000 clips in well under a second.

    The same rules as :func:`effects_from_rows` + :func:`summarize` (tests hold them equal);
    ``with_effects`` also returns the per-(clip, platform) :class:`Effect` list (the report
    and the desk's table need it; the totals do not).
    """
    import numpy as np

    summary = Summary(start, end)
    if not rows:
        summary.by = {n: [] for n in ("platform", "political", "topic", "weekday", "hour", "author")}
        return summary
    clip_col, plat_col, file_col, pub_col, dur_col, views, reach, reacts, comms, shares, inter, avg_s, avg_pct = zip(
        *rows
    )
    pair_of: dict[tuple[str, str], int] = {}
    pair = np.fromiter((pair_of.setdefault(k, len(pair_of)) for k in zip(clip_col, plat_col)), np.int64, len(rows))
    n_pairs = len(pair_of)

    def col(values: Iterable[Any]) -> np.ndarray:
        return np.array([np.nan if v is None else v for v in values], dtype=np.float64)

    v, r, a, c, s_, it = col(views), col(reach), col(reacts), col(comms), col(shares), col(inter)
    rcs = a + c + s_
    inter_row = np.where(np.isnan(rcs), it, rcs)
    pairs_list = list(pair_of)
    durations = np.array(
        [
            (f.duration_ms / 1000 if f is not None and f.duration_ms else np.nan)
            for f in map(clips.get, (k[0] for k in pairs_list))
        ]
    )
    dur = col(dur_col)
    dur = np.where(np.isnan(dur) | (dur == 0), durations[pair], dur)
    pct, avg = col(avg_pct), col(avg_s)
    through = np.where(~np.isnan(pct), pct / 100.0, avg / dur)
    posts = np.bincount(pair, minlength=n_pairs)
    weight = np.where(~np.isnan(v) & (v > 0), v, np.where(posts[pair] == 1, 1.0, 0.0))

    def psum(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ok = ~np.isnan(x)
        return np.bincount(pair, np.where(ok, x, 0), n_pairs), np.bincount(pair, ok, n_pairs) > 0

    pv, pv_ok = psum(v)
    pr, pr_ok = psum(r)
    pi, pi_ok = psum(inter_row)
    t_ok = ~np.isnan(through) & (weight > 0)
    t_num = np.bincount(pair, np.where(t_ok, through * weight, 0), n_pairs)
    t_den = np.bincount(pair, np.where(t_ok, weight, 0), n_pairs)
    p_through = np.where(t_den > 0, t_num / np.where(t_den > 0, t_den, 1), np.nan)
    a_ok = ~np.isnan(avg) & (weight > 0)
    a_num = np.bincount(pair, np.where(a_ok, avg * weight, 0), n_pairs)
    a_den = np.bincount(pair, np.where(a_ok, weight, 0), n_pairs)
    # When each (clip, platform) went out: its publication, else the post's own publish time.
    own: list[Any] = [None] * n_pairs
    for p, when in zip(pair.tolist(), pub_col):
        if when is not None and (own[p] is None or when < own[p]):
            own[p] = when  # stored times compare in order as text too (one format per database)
    keep = np.zeros(n_pairs, dtype=bool)
    whens: list[datetime | None] = [None] * n_pairs
    for p, key in enumerate(pairs_list):
        when = first_pub.get(key) or as_time(own[p])
        whens[p] = when
        keep[p] = not (
            (start is not None and (when is None or when < start))
            or (end is not None and (when is None or when >= end))
        )
    pv_m, pr_m, pi_m = np.where(pv_ok, pv, 0), np.where(pr_ok, pr, 0), np.where(pi_ok, pi, 0)
    p_ri = np.where(pr_ok & (pr > 0) & pi_ok, pi, 0)

    clip_index: dict[str, int] = {}
    pair_clip = np.fromiter((clip_index.setdefault(k[0], len(clip_index)) for k in pairs_list), np.int64, n_pairs)
    n_clips = len(clip_index)

    def totals(gp: np.ndarray, gk: np.ndarray, names: list[str]) -> list[Group]:
        """Totals per group from (pair, group code) memberships."""
        n = len(names)
        if not len(gp):
            return []
        combined = np.sort(gk * (n_clips + 1) + pair_clip[gp])
        first_of_run = np.empty(len(combined), dtype=bool)
        first_of_run[0] = True
        np.not_equal(combined[1:], combined[:-1], out=first_of_run[1:])
        clips_n = np.bincount(combined[first_of_run] // (n_clips + 1), minlength=n)
        sums = [np.bincount(gk, x[gp], n) for x in (pv_m, pr_m, pi_m, p_ri)]
        th = p_through[gp]
        th_ok = ~np.isnan(th)
        th_sum = np.bincount(gk, np.where(th_ok, th, 0), n)
        th_n = np.bincount(gk, th_ok, n)
        out = []
        for k, name in enumerate(names):
            if not clips_n[k]:
                continue
            g = Group(name)
            g.clips, g.views, g.reach, g.interactions, g.reach_interactions = (
                int(clips_n[k]),
                int(sums[0][k]),
                int(sums[1][k]),
                int(sums[2][k]),
                int(sums[3][k]),
            )
            g.through_sum, g.through_n = float(th_sum[k]), int(th_n[k])
            out.append(g)
        return out

    def coded(values: list[str]) -> tuple[np.ndarray, list[str]]:
        code_of: dict[str, int] = {}
        codes = np.fromiter((code_of.setdefault(x, len(code_of)) for x in values), np.int64, len(values))
        return codes, list(code_of)

    kept_idx = np.nonzero(keep)[0]
    clip_ids = list(clip_index)
    facts = [clips.get(c) for c in clip_ids]
    summary.totals = (totals(kept_idx, np.zeros(len(kept_idx), np.int64), ["all"]) or [Group("all")])[0]
    summary.clips = summary.totals.clips
    plat_codes, plat_names = coded([k[1] for k in pairs_list])
    by: dict[str, list[Group]] = {"platform": totals(kept_idx, plat_codes[kept_idx], plat_names)}
    has_fact = np.array([f is not None for f in facts], dtype=bool)
    with_clip = kept_idx[has_fact[pair_clip[kept_idx]]]
    pol = np.array([bool(f and f.political) for f in facts], dtype=np.int64)
    by["political"] = totals(with_clip, 1 - pol[pair_clip[with_clip]], ["political", "other"])
    author_codes, author_names = coded([(f.author or "-") if f else "-" for f in facts])
    by["author"] = totals(with_clip, author_codes[pair_clip[with_clip]], author_names)
    # Topics: a clip may have several (its topic field and each hashtag).
    topic_of: dict[str, int] = {}
    labels: list[str] = []
    tp: list[int] = []
    tk: list[int] = []
    clip_topics: list[list[int] | None] = [None] * n_clips
    for p in with_clip.tolist():
        ci = int(pair_clip[p])
        codes_ = clip_topics[ci]
        if codes_ is None:
            codes_ = []
            for tkey, label in _clip_topics(facts[ci]):
                code = topic_of.get(tkey)
                if code is None:
                    code = topic_of[tkey] = len(labels)
                    labels.append(label)
                codes_.append(code)
            clip_topics[ci] = codes_
        for code in codes_:
            tp.append(p)
            tk.append(code)
    by["topic"] = totals(np.array(tp, np.int64), np.array(tk, np.int64), labels)
    # Weekday and hour of publication in the station's time.
    timed = [p for p in kept_idx.tolist() if whens[p] is not None]
    times = [w for w in (whens[p] for p in timed) if w is not None]  # the same, typed
    if timed:
        wd, hr = local_weekday_hour(np.array([t.timestamp() for t in times]), zone)
        tarr = np.array(timed, np.int64)
        by["weekday"] = totals(tarr, wd, list(WEEKDAYS))
        by["hour"] = totals(tarr, hr, [f"{h:02d}" for h in range(24)])
    else:
        by["weekday"], by["hour"] = [], []
    order = {"weekday": lambda g: WEEKDAYS.index(g.key), "hour": lambda g: g.key}
    for name in ("platform", "political", "topic", "weekday", "hour", "author"):
        summary.by[name] = sorted(by[name], key=order.get(name, lambda g: (-g.views, g.key)))
    kept = kept_idx.tolist()
    if with_effects:
        for p in kept:
            clip_id, platform = pairs_list[p]
            e = Effect(clip_id, platform, posts=int(posts[p]))
            e.views = int(pv[p]) if pv_ok[p] else None
            e.reach = int(pr[p]) if pr_ok[p] else None
            e.interactions = int(pi[p]) if pi_ok[p] else None
            e.watch_through = None if np.isnan(p_through[p]) else float(p_through[p])
            e.avg_seconds_viewed = float(a_num[p] / a_den[p]) if a_den[p] > 0 else None
            e.published_at = whens[p]
            summary.effects.append(e)
        files: dict[int, set[int]] = {}
        for p, f in zip(pair.tolist(), file_col):
            files.setdefault(p, set()).add(f)
        for e, p in zip(summary.effects, kept):
            e.file_ids = frozenset(files.get(p, ()))
    return summary
