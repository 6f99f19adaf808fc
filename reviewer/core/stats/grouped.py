"""The summary of a whole library from the numbers kept per (clip, platform).

``stats summary`` over 100,000 clips spent its time carrying 100,000 rows of posts, clips and
publications out of the database into Python to group them there; then grouping the kept
(clip, platform) numbers in SQL, once per group (0.15-0.4 CPU s each). Now the repository
(``StatsRepository.summary_rows``) reads the kept rows with their clip's attributes in one query
and :func:`summary_from_rows` groups them a column at a time with numpy (integer codes per key,
``bincount``), the station's local hour and weekday from the zone's UTC offsets over the period
(:func:`offset_steps`), into the same :class:`~reviewer.core.stats.measures.Summary` that
:func:`~reviewer.core.stats.measures.summarize` computes from every post (tests hold the two equal).

A post text's hashtags (NFKC, Unicode word characters, case folding) are read once per distinct
(topic, post text) of the clips counted.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone, tzinfo
from itertools import compress
from typing import Any, Iterable, Sequence

from reviewer.core.stats.measures import WEEKDAYS, Group, Summary, _clip_topics
from reviewer.core.stats.model import ClipFacts

__all__ = ["offset_steps", "summary_from_rows", "summary_from_groups", "GROUP_NAMES"]

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
    """The :class:`Summary` from group rows (:func:`summary_from_rows` makes them): (group name, key,
    post text, clips, views, reach, interactions, interactions of posts with reach, sum of
    watch-through, posts with watch-through). Topic rows are one per distinct (clip topic, post
    text), in the order their first clip comes; the others one per group."""
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
            facts = ClipFacts(
                id="",
                title="",
                political=False,
                author="",
                topic=key or "",
                status="",
                created_at=None,
                duration_ms=0,
                post_text=text or "",
            )
            for topic_key, label in _clip_topics(facts):
                labels.setdefault(topic_key, label)
                group("topic", topic_key, values)
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


def summary_from_rows(
    rows: Sequence[tuple[Any, ...]],
    whens: Any,
    zone: tzinfo,
    start: datetime | None,
    end: datetime | None,
) -> Summary:
    """The :class:`Summary` from ``StatsRepository.summary_rows``: one row per (clip, platform)
    kept and its time (``whens``, epoch seconds, NaN when not dated), grouped here a column at a
    time with numpy: all, platform (rows), political, author, topic (per distinct clip topic and
    post text, in the order of their first clip), weekday and hour of the station's local time
    (the others count distinct clips). The numbers :func:`~reviewer.core.stats.measures.summarize`
    gives post by post (tests hold the two equal)."""
    import numpy as np

    n = len(rows)
    if not n:
        return summary_from_groups([], start, end)
    ids = [r[0] for r in rows]

    def col(k: int) -> list[Any]:
        return [r[k] for r in rows]

    def codes(values: list[Any]) -> tuple[Any, list[Any]]:
        """Each value's index among the distinct values, and those values (first seen first)."""
        seen = {k: j for j, k in enumerate(dict.fromkeys(values))}
        return np.fromiter(map(seen.__getitem__, values), np.int64, n), list(seen)

    v, r, i, ri = (np.array(col(k), dtype=np.int64) for k in (2, 3, 4, 5))
    th = np.array(col(6), dtype=np.float64)  # null: NaN
    th_ok = ~np.isnan(th)
    th = np.where(th_ok, th, 0.0)
    clip_kind = np.array(col(8), dtype=np.int64)
    has = clip_kind >= 0

    keyed: dict[str, tuple[Any, list[Any]]] = {}  # group name: (code per row, -1 if not counted; keys)
    keyed["all"] = (np.zeros(n, np.int64), ["all"])
    keyed["platform"] = codes(col(1))
    keyed["political"] = (np.where(has, np.where(clip_kind == 1, 0, 1), -1), ["political", "other"])
    # No author (null or empty): "-", two codes of one key (a clip has one author: disjoint).
    author, authors = codes(col(9))
    keyed["author"] = (np.where(has, author, -1), [a or "-" for a in authors])
    # Per distinct (topic, post text): codes of each, then of the pairs present.
    topic_code, topic_keys = codes(col(10))
    text_code, text_keys = codes(col(11))
    pair_code, pair_of = np.unique(topic_code * len(text_keys) + text_code, return_inverse=True)
    topics = [(topic_keys[p // len(text_keys)], text_keys[p % len(text_keys)]) for p in pair_code.tolist()]
    tagged = np.array([bool(t) or (x is not None and "#" in x) for t, x in topics], dtype=bool)
    pair_of = pair_of.reshape(-1)
    keyed["topic"] = (np.where(has & tagged[pair_of], pair_of, -1), topics)
    when = np.asarray(whens, dtype=np.float64)
    when_ok = ~np.isnan(when)
    if when_ok.any():
        epoch = np.where(when_ok, when, 0).astype(np.int64)
        steps = offset_steps(zone, int(epoch[when_ok].min()), int(epoch[when_ok].max()))
        starts = np.array([int(t) for t, _ in steps[1:] if t is not None], np.int64)
        offs = np.array([o for _, o in steps], np.int64)
        # Shifted by whole weeks so that integer division floors for times before 1970 too.
        loc = epoch + offs[np.searchsorted(starts, epoch, side="right")] + 60480000000
        keyed["weekday"] = (np.where(when_ok, (loc // 86400 + 3) % 7, -1), list(range(7)))
        keyed["hour"] = (np.where(when_ok, loc // 3600 % 24, -1), list(range(24)))
    # Clips counted once per group: only a clip with several rows (platforms) can be counted twice.
    counted = Counter(ids)
    several = {c for c, k in counted.items() if k > 1}
    multi = np.fromiter((c in several for c in ids), bool, n) if several else np.zeros(n, bool)
    clip_of: dict[Any, int] = {}
    clip = np.fromiter((clip_of.setdefault(c, len(clip_of)) for c in compress(ids, multi)), np.int64)
    groups: list[tuple[Any, ...]] = []
    first_clip: dict[Any, str] = {}
    for name, (code, keys) in keyed.items():
        k = len(keys)
        ok = code >= 0
        c = code[ok]
        clips = np.bincount(c, minlength=k)
        if name != "platform" and several:
            m = ok & multi
            pairs = np.unique(code[m] * len(clip_of) + clip[ok[multi]])
            clips = clips - np.bincount(code[m], minlength=k) + np.bincount(pairs // len(clip_of), minlength=k)
        sums = [np.bincount(c, weights=x[ok], minlength=k) for x in (v, r, i, ri)]
        okt = ok & th_ok
        t_sum = np.bincount(code[okt], weights=th[okt], minlength=k)
        t_n = np.bincount(code[okt], minlength=k)
        if name == "topic":
            for g, cid in zip(c.tolist(), compress(ids, ok)):
                key = keys[g]
                if key not in first_clip or cid < first_clip[key]:
                    first_clip[key] = cid
        for g, key in enumerate(keys):
            if not clips[g]:
                continue
            total = tuple(int(round(x[g])) for x in sums)
            t = (float(t_sum[g]) if t_n[g] else None, int(t_n[g]))
            if name == "topic":
                groups.append((name, key[0], key[1], int(clips[g]), *total, *t))
            else:
                groups.append((name, key, None, int(clips[g]), *total, *t))
    # Topic rows in the order of their first clip: a topic shown under two spellings takes the
    # one its first clip uses, as when counting clip by clip.
    groups.sort(key=lambda g: (g[0] == "topic", first_clip.get((g[1], g[2]), "") if g[0] == "topic" else ""))
    return summary_from_groups(groups, start, end)
