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

import gc
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cached_property
from itertools import chain
from typing import Any, Iterable

from reviewer.core.stats.measures import WEEKDAYS, Group, Summary, _topic_key, local_weekday_hour, offset_steps

__all__ = [
    "offset_steps",
    "ClipTopicColumns",
    "SummaryColumns",
    "summary_from_rows",
    "row_topics",
    "take",
    "clip_table",
    "summary_from_groups",
    "GROUP_NAMES",
]

GROUP_NAMES = ("platform", "political", "topic", "weekday", "hour", "author")


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
    when_us: Any = None  # int64 microseconds since 1970 UTC of ``when`` (0 when not dated)
    title: Any = None  # code of the clip's title (when asked for: ``with_titles``)
    titles: list[str | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.clip)


@dataclass(frozen=True)
class ClipTopicColumns:
    """Every clip's political flag, topic field and current post text's hashtags, a column at a
    time (``StatsRepository.clip_topic_columns``), in the order of the clip ids."""

    ids: list[str]
    political: Any  # bool per clip
    topic: Any  # code of the topic field
    topics: list[str | None]
    tags: Any  # code of the hashtags (measures.hashtags joined by one space)
    tag_lists: list[str | None]

    @cached_property
    def _topics_of_clips(self) -> tuple[Any, Any, list[str], list[str]]:
        """Every clip's topics (``row_topics`` over all clips, in id order), made once: the
        topic list and the topic filter both read them."""
        import numpy as np

        n = len(self.ids)
        return row_topics(self.topic, self.tags, self.topics, self.tag_lists, np.ones(n, bool), np.arange(n))

    def topic_labels(self) -> list[str]:
        """Every topic of the library (a topic field or a hashtag; two spellings of one key
        shown as the first clip's), sorted for a person."""
        return sorted((label for label in self._topics_of_clips[3] if label), key=str.casefold)

    def matching(self, political: bool | None, topic_key: str | None) -> set[str]:
        """The ids of the clips with this political flag (None: any) and this topic key (None: any)."""
        import numpy as np

        n = len(self.ids)
        keep = np.ones(n, bool) if political is None else np.asarray(self.political, bool) == political
        if topic_key is not None:
            at, key_at, names, _ = self._topics_of_clips
            has = np.zeros(n, bool)
            if topic_key in names:
                has[at[key_at == names.index(topic_key)]] = True
            keep &= has
        return {self.ids[i] for i in np.flatnonzero(keep).tolist()}


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


def row_topics(
    topic: Any, tags: Any, topic_keys: list[str | None], tag_lists: list[str | None], counted: Any, order: Any
) -> tuple[Any, Any, list[str], list[str]]:
    """Each counted row's topics (``topic`` and ``tags``: codes into ``topic_keys`` and
    ``tag_lists`` per row, the clip's topic field and its post text's hashtags), one entry per
    (row, topic key): the row of each entry, its key's code, the keys, and per key the label it
    is shown under: the one of the row first in ``order`` (an integer per row) that has it."""
    import numpy as np

    topic = np.asarray(topic, np.int64)
    tags = np.asarray(tags, np.int64)
    width = max(len(tag_lists), 1)
    pair_code, pair_of = np.unique(topic * width + tags, return_inverse=True)
    pair_of = pair_of.reshape(-1)
    entry_pair, entry_key, topic_names, entry_label, label_names = _topic_entries(
        pair_code // width, pair_code % width, topic_keys, tag_lists
    )
    deg = np.bincount(entry_pair, minlength=len(pair_code))
    ptr = np.concatenate(([0], np.cumsum(deg)))
    rows = np.flatnonzero(np.asarray(counted, bool) & (deg[pair_of] > 0))
    lens = deg[pair_of[rows]]
    at = np.repeat(rows, lens)
    within = np.arange(len(at)) - np.repeat(np.cumsum(lens) - lens, lens)
    first_of_pair = np.full(len(pair_code), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(first_of_pair, pair_of[rows], np.asarray(order, np.int64)[rows])
    by_first = np.lexsort((np.arange(len(entry_pair)), first_of_pair[entry_pair]))
    key_seen, at_first = np.unique(entry_key[by_first], return_index=True)
    labels = [""] * len(topic_names)
    for k, f in zip(key_seen.tolist(), at_first.tolist()):
        labels[k] = label_names[int(entry_label[by_first[f]])]
    return at, entry_key[ptr[pair_of[at]] + within], topic_names, labels


def take(cols: SummaryColumns, mask: Any) -> SummaryColumns:
    """The rows of ``cols`` where ``mask`` is true (codes keep their keys)."""
    import numpy as np

    m = np.asarray(mask, bool)
    per_row = {f.name for f in fields(cols) if not isinstance(getattr(cols, f.name), list)}
    return replace(cols, **{k: np.asarray(getattr(cols, k))[m] for k in per_row if getattr(cols, k) is not None})


def clip_table(cols: SummaryColumns) -> list[dict[str, Any]]:
    """One row per clip of ``cols`` for the "Hiệu quả" view's table (see :func:`_clip_table`).

    100,000 new dictionaries: the cyclic garbage collector would walk them again and again as
    they come (a third of the time, measured); it is paused while they are made (none of them
    can be part of a cycle)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _clip_table(cols)
    finally:
        if collecting:
            gc.enable()


def _clip_table(cols: SummaryColumns) -> list[dict[str, Any]]:
    """One row per clip of ``cols`` for the "Hiệu quả" view's table, most viewed first: its
    title, political flag, author, topic, platforms, first publication, views, reach,
    interactions, engagement rate by reach, watch-through (its platforms' weighted by views, a
    platform without views counting once). A row without its clip shows the clip id."""
    import numpy as np

    if not len(cols):
        return []
    clip = np.asarray(cols.clip, np.int64)
    n = len(cols.clip_ids)
    views = np.asarray(cols.views, np.int64)
    th = np.asarray(cols.through, np.float64)
    th_ok = ~np.isnan(th)
    weight = np.where(views != 0, views, 1).astype(np.float64)
    v_, r_, i_, ri_ = (
        np.rint(np.bincount(clip, weights=np.asarray(x, np.float64), minlength=n)).astype(np.int64).tolist()
        for x in (views, cols.reach, cols.interactions, cols.reach_interactions)
    )
    num = np.bincount(clip[th_ok], weights=th[th_ok] * weight[th_ok], minlength=n).tolist()
    den = np.bincount(clip[th_ok], weights=weight[th_ok], minlength=n).tolist()
    dated = ~np.isnan(np.asarray(cols.when, np.float64))
    no_time = int(np.iinfo(np.int64).max)
    first_us = np.full(n, no_time, np.int64)
    np.minimum.at(first_us, clip[dated], np.asarray(cols.when_us, np.int64)[dated])
    first = first_us.tolist()
    # Each clip's rows together, its platforms in name order; its facts from its first row.
    name_rank = np.empty(len(cols.platforms), np.int64)
    name_rank[np.argsort(np.array(cols.platforms, dtype=object), kind="stable")] = np.arange(len(cols.platforms))
    platform = np.asarray(cols.platform, np.int64)
    order = np.lexsort((name_rank[platform], clip))
    names = [cols.platforms[k] for k in platform[order].tolist()]
    present, starts, counts = np.unique(clip[order], return_index=True, return_counts=True)
    head = order[starts]
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    out: list[dict[str, Any]] = []
    kinds, titles, authors, topics = (
        np.asarray(x, np.int64)[head].tolist() if x is not None else [0] * len(head)
        for x in (cols.kind, cols.title, cols.author, cols.topic)
    )
    for c, at, k, kind, title, author, topic in zip(
        present.tolist(), starts.tolist(), counts.tolist(), kinds, titles, authors, topics
    ):
        cid = cols.clip_ids[c]
        reach = r_[c]
        out.append(
            {
                "clip_id": cid,
                "title": (cols.titles[title] or "") if kind >= 0 else cid,
                "political": kind == 1,
                "author": (cols.authors[author] or "") if kind >= 0 else "",
                "topic": (cols.topics[topic] or "") if kind >= 0 else "",
                "platforms": names[at : at + k],
                "published_at": epoch + timedelta(microseconds=first[c]) if first[c] != no_time else None,
                "views": v_[c],
                "reach": reach,
                "interactions": i_[c],
                "views_growth": None,
                "engagement_rate": ri_[c] / reach if reach else None,
                "watch_through": num[c] / den[c] if den[c] else None,
            }
        )
    out.sort(key=lambda t: (-t["views"], t["clip_id"]))
    return out


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
    # Topics: each counted row once under each topic key of its clip (topic field, hashtags); a
    # topic shown under two spellings takes the one of its first clip (by id) that has it.
    rank = np.empty(n_clips, np.int64)
    rank[np.argsort(np.array(cols.clip_ids, dtype=object), kind="stable")] = np.arange(n_clips)
    at, key_at, topic_names, label_of = row_topics(cols.topic, cols.tags, cols.topics, cols.tag_lists, has, rank[clip])
    keyed["topic"] = (key_at, topic_names, at)
    when = np.asarray(cols.when, dtype=np.float64)
    when_ok = ~np.isnan(when)
    if when_ok.any():
        weekday, hour = (np.full(n, -1, np.int64) for _ in range(2))
        weekday[when_ok], hour[when_ok] = local_weekday_hour(when[when_ok], zone)
        keyed["weekday"] = (weekday, list(range(7)), None)
        keyed["hour"] = (hour, list(range(24)), None)
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
            label = label_of[g] if name == "topic" else None
            groups.append((name, key, label, int(clips[g]), *total, *t))
    return summary_from_groups(groups, start, end)
