"""The summary of a whole library from the numbers kept per (clip, platform).

``stats summary`` over 100,000 clips first carried 100,000 rows of posts, clips and publications
out of the database into Python; then grouped the kept (clip, platform) numbers in SQL, once per
group (0.15-0.4 CPU s each); then read the rows through the DB-API cursor (0.2-0.4 s handing
over 1.2 million values one Python object at a time) and found the hashtags of every post text
(0.3 s). Now the repository (``StatsRepository.summary_columns``) reads the kept rows with their
clip's attributes in one query straight into Arrow columns, the post texts' hashtags already
found when each text was stored (``post_texts.hashtags``), and :func:`summary_from_rows` groups
them a column at a time with numpy (integer codes per key, ``bincount``; the topics of each
distinct (topic, hashtags) pair expanded to one entry per (row, topic)), the station's local hour
and weekday from the zone's UTC offsets over the period (:func:`offset_steps`), into the same
:class:`~reviewer.core.stats.measures.Summary` that :func:`~reviewer.core.stats.measures.summarize`
computes from every post (tests hold the two equal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from itertools import chain
from typing import Any, Iterable

from reviewer.core.stats.measures import WEEKDAYS, Group, Summary, _topic_key

__all__ = ["offset_steps", "SummaryColumns", "summary_from_rows", "summary_from_groups", "GROUP_NAMES"]

GROUP_NAMES = ("platform", "political", "topic", "weekday", "hour", "author")
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


def summary_from_groups(
    rows: Iterable[tuple[Any, ...]],
    start: datetime | None,
    end: datetime | None,
) -> Summary:
    """The :class:`Summary` from group rows (:func:`summary_from_rows` makes them), one per group:
    (group name, key, the label a topic is shown under (else None), clips, views, reach,
    interactions, interactions of posts with reach, sum of watch-through, posts with
    watch-through)."""
    summary = Summary(start, end)
    by: dict[str, dict[str, Group]] = {n: {} for n in GROUP_NAMES + ("all",)}
    labels: dict[str, str] = {}

    def group(name: str, key: str, values: tuple[Any, ...]) -> None:
        clips, views, reach, inter, reach_inter, t_sum, t_n = values
        if not clips:
            return
        g = by[name].get(key)
        if g is None:
            g = by[name][key] = Group(key)
        g.clips += int(clips)
        g.views += int(views or 0)
        g.reach += int(reach or 0)
        g.interactions += int(inter or 0)
        g.reach_interactions += int(reach_inter or 0)
        g.through_sum += float(t_sum or 0.0)
        g.through_n += int(t_n or 0)

    for name, key, text, *rest in rows:
        values = tuple(rest)
        if name == "topic":
            labels.setdefault(key, text or key)
            group("topic", key, values)
        elif name == "weekday":
            group(name, WEEKDAYS[int(key)], values)
        elif name == "hour":
            group(name, f"{int(key):02d}", values)
        else:
            group(name, str(key), values)
    total = by["all"].get("all")
    if total is not None:
        summary.totals = total
    summary.clips = summary.totals.clips
    for g in by["topic"].values():
        g.key = labels.get(g.key, g.key)
    order = {"weekday": lambda g: WEEKDAYS.index(g.key), "hour": lambda g: g.key}
    for name in GROUP_NAMES:
        summary.by[name] = sorted(by[name].values(), key=order.get(name, lambda g: (-g.views, g.key)))
    return summary


@dataclass(frozen=True)
class SummaryColumns:
    """What ``stats summary`` groups, a column at a time (``StatsRepository.summary_columns``):
    one row per (clip, platform) kept. Numbers are numpy arrays of equal length; each text
    column is an integer code per row (numpy int64) and the distinct values (a list, ``None``
    among them where the database has no value)."""

    clip: Any  # code of the clip id
    clip_ids: list[str]
    platform: Any  # code of the platform
    platforms: list[str]
    views: Any  # int64
    reach: Any  # int64
    interactions: Any  # int64 (0 when not given)
    reach_interactions: Any  # int64: interactions of posts with reach (else 0)
    through: Any  # float64 watch-through, NaN when none
    when: Any  # float64 whole seconds since 1970 UTC (floored), NaN when not dated
    kind: Any  # int64: the clip 1 political, 0 not, -1 no such clip
    author: Any  # code of the clip's author
    authors: list[str | None]
    topic: Any  # code of the clip's topic field
    topics: list[str | None]
    tags: Any  # code of the hashtags of the post text of the clip's current version
    tag_lists: list[str | None]  # each: the hashtags (measures.hashtags) joined by one space

    def __len__(self) -> int:
        return len(self.clip)


def _topic_entries(
    pair_topic: Any, pair_tags: Any, topic_keys: list[str | None], tag_lists: list[str | None]
) -> tuple[Any, Any, list[str], Any, list[str]]:
    """The topics of each distinct (clip topic, post text hashtags) pair (given as codes into
    ``topic_keys`` and ``tag_lists``), as ``measures._clip_topics`` finds them for a clip: its
    topic field, then its post text's hashtags, each key once with the label it first has. Flat,
    in order within each pair: per entry its pair and its key's code; the keys; per entry its
    label's code; the labels. The few distinct spellings are keyed one by one; the rest is numpy."""
    import numpy as np

    pair_topic = np.asarray(pair_topic, np.int64)
    pair_tags = np.asarray(pair_tags, np.int64)
    # Key and label of each spelling (topic fields and hashtags: tens in a station).
    keys: dict[str, int] = {}
    labels: dict[str, int] = {}

    def coded(label: str) -> tuple[int, int]:
        return keys.setdefault(_topic_key(label), len(keys)), labels.setdefault(label, len(labels))

    topic_lut = np.array([coded(t) if t else (-1, -1) for t in topic_keys], np.int64).reshape(-1, 2)
    split = [tags.split(" ") if tags else [] for tags in tag_lists]
    tag_deg = np.fromiter(map(len, split), np.int64, len(split))
    tag_start = np.cumsum(tag_deg) - tag_deg
    tag_lut = np.array([coded(label) for label in chain.from_iterable(split)], np.int64).reshape(-1, 2)
    # Entries: each pair's topic field (order 0), then its hashtags (order 1, 2, ...).
    with_topic = np.flatnonzero(topic_lut[pair_topic, 0] >= 0)
    deg = tag_deg[pair_tags]
    tag_pair = np.repeat(np.arange(len(pair_tags)), deg)
    within = np.arange(len(tag_pair)) - np.repeat(np.cumsum(deg) - deg, deg)
    pair = np.concatenate((with_topic, tag_pair))
    order = np.concatenate((np.zeros(len(with_topic), np.int64), within + 1))
    entry = np.concatenate((topic_lut[pair_topic[with_topic]], tag_lut[tag_start[pair_tags[tag_pair]] + within]))
    # Each key once per pair: its first entry.
    sort = np.lexsort((order, pair))
    pair, entry = pair[sort], entry[sort].reshape(-1, 2)
    _, first = np.unique(pair * max(len(keys), 1) + entry[:, 0], return_index=True)
    first.sort()
    return pair[first], entry[first, 0], list(keys), entry[first, 1], list(labels)


def summary_from_rows(
    cols: SummaryColumns,
    zone: tzinfo,
    start: datetime | None,
    end: datetime | None,
) -> Summary:
    """The :class:`Summary` from ``StatsRepository.summary_columns``: one row per (clip,
    platform) kept, grouped here a column at a time with numpy: all, platform (rows), political,
    author, topic (each row counted under every topic of its clip: topic field and hashtags),
    weekday and hour of the station's local time (all but platform count distinct clips). The
    numbers :func:`~reviewer.core.stats.measures.summarize` gives post by post (tests hold the
    two equal)."""
    import numpy as np

    n = len(cols)
    if not n:
        return summary_from_groups([], start, end)
    v, r, i, ri = (
        np.asarray(x, dtype=np.int64) for x in (cols.views, cols.reach, cols.interactions, cols.reach_interactions)
    )
    th = np.asarray(cols.through, dtype=np.float64)
    th_ok = ~np.isnan(th)
    th = np.where(th_ok, th, 0.0)
    clip_kind = np.asarray(cols.kind, dtype=np.int64)
    has = clip_kind >= 0
    clip = np.asarray(cols.clip, np.int64)
    n_clips = len(cols.clip_ids)

    # group name: (code per entry, -1 if not counted; keys; the row of each entry, None: one per row)
    keyed: dict[str, tuple[Any, list[Any], Any]] = {}
    keyed["all"] = (np.zeros(n, np.int64), ["all"], None)
    keyed["platform"] = (np.asarray(cols.platform, np.int64), list(cols.platforms), None)
    keyed["political"] = (np.where(has, np.where(clip_kind == 1, 0, 1), -1), ["political", "other"], None)
    # No author (null or empty): "-", two codes of one key (a clip has one author: disjoint).
    keyed["author"] = (np.where(has, np.asarray(cols.author, np.int64), -1), [a or "-" for a in cols.authors], None)
    # Topics: per distinct (topic, post text) its topic keys; each row once under each of its keys.
    topic_keys, tag_keys = cols.topics, cols.tag_lists
    pair_code, pair_of = np.unique(
        np.asarray(cols.topic, np.int64) * len(tag_keys) + np.asarray(cols.tags, np.int64), return_inverse=True
    )
    pair_of = pair_of.reshape(-1)
    entry_pair, entry_key, topic_names, entry_label, label_names = _topic_entries(
        pair_code // len(tag_keys), pair_code % len(tag_keys), topic_keys, tag_keys
    )
    deg = np.bincount(entry_pair, minlength=len(pair_code))
    ptr = np.concatenate(([0], np.cumsum(deg)))
    rows = np.flatnonzero(has & (deg[pair_of] > 0))
    lens = deg[pair_of[rows]]
    at = np.repeat(rows, lens)
    within = np.arange(len(at)) - np.repeat(np.cumsum(lens) - lens, lens)
    keyed["topic"] = (entry_key[ptr[pair_of[at]] + within], topic_names, at)
    # A topic shown under two spellings takes the one of its first clip (by id) that has it.
    rank = np.empty(n_clips, np.int64)
    rank[np.argsort(np.array(cols.clip_ids, dtype=object), kind="stable")] = np.arange(n_clips)
    first_of_pair = np.full(len(pair_code), n_clips, np.int64)
    np.minimum.at(first_of_pair, pair_of[rows], rank[clip[rows]])
    by_first = np.lexsort((np.arange(len(entry_pair)), first_of_pair[entry_pair]))
    key_seen, at_first = np.unique(entry_key[by_first], return_index=True)
    label_of = {int(k): label_names[int(entry_label[by_first[f]])] for k, f in zip(key_seen, at_first)}
    when = np.asarray(cols.when, dtype=np.float64)
    when_ok = ~np.isnan(when)
    if when_ok.any():
        epoch = np.where(when_ok, when, 0).astype(np.int64)
        steps = offset_steps(zone, int(epoch[when_ok].min()), int(epoch[when_ok].max()))
        starts = np.array([int(t) for t, _ in steps[1:] if t is not None], np.int64)
        offs = np.array([o for _, o in steps], np.int64)
        # Shifted by whole weeks so that integer division floors for times before 1970 too.
        loc = epoch + offs[np.searchsorted(starts, epoch, side="right")] + 60480000000
        keyed["weekday"] = (np.where(when_ok, (loc // 86400 + 3) % 7, -1), list(range(7)), None)
        keyed["hour"] = (np.where(when_ok, loc // 3600 % 24, -1), list(range(24)), None)
    # Clips counted once per group: only a clip with several rows (platforms) can be counted twice.
    multi = np.bincount(clip, minlength=n_clips)[clip] > 1
    several = bool(multi.any())
    groups: list[tuple[Any, ...]] = []
    for name, (code, keys, row_of) in keyed.items():
        k = len(keys)
        ok = code >= 0
        c = code[ok]
        of = np.flatnonzero(ok) if row_of is None else row_of[ok]
        clips = np.bincount(c, minlength=k)
        if name != "platform" and several:
            m = multi[of]
            both = np.unique(c[m] * n_clips + clip[of[m]])
            clips = clips - np.bincount(c[m], minlength=k) + np.bincount(both // n_clips, minlength=k)
        sums = [np.bincount(c, weights=x[of], minlength=k) for x in (v, r, i, ri)]
        okt = th_ok[of]
        t_sum = np.bincount(c[okt], weights=th[of][okt], minlength=k)
        t_n = np.bincount(c[okt], minlength=k)
        for g, key in enumerate(keys):
            if not clips[g]:
                continue
            total = tuple(int(round(x[g])) for x in sums)
            t = (float(t_sum[g]) if t_n[g] else None, int(t_n[g]))
            label = label_of.get(g) if name == "topic" else None
            groups.append((name, key, label, int(clips[g]), *total, *t))
    return summary_from_groups(groups, start, end)
