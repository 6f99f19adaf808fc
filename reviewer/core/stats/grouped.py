"""The summary of a whole library from totals the database grouped itself.

``stats summary`` over 100,000 clips spent its time carrying 100,000 rows of posts, clips and
publications out of the database into Python to group them there. Here the repository
(``StatsRepository.summary_groups``) does the grouping in one SQL statement and hands back a few
hundred rows of totals; this module asks it for the right groups (the station's local hour and
weekday need the zone's UTC offsets over the period, :func:`offset_steps`) and turns the totals
into the same :class:`~reviewer.core.stats.measures.Summary` that
:func:`~reviewer.core.stats.measures.summarize` computes from every post (tests hold the two equal).

What stays in Python is what SQL cannot do portably: a post text's hashtags (NFKC, Unicode word
characters, case folding), done once per distinct (topic, post text) of the clips counted.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from typing import Any, Iterable

from reviewer.core.stats.measures import WEEKDAYS, Group, Summary, _clip_topics
from reviewer.core.stats.model import ClipFacts

__all__ = ["offset_steps", "summary_from_groups", "GROUP_NAMES"]

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
    """The :class:`Summary` from ``StatsRepository.summary_groups`` rows: (group name, key,
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
