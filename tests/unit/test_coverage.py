"""Watched-interval arithmetic and the playback tracker that feeds the signing policy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.coverage import (
    IntervalSet,
    PlaybackTracker,
    coverage_of,
    is_fully_covered,
)
from reviewer.core.timecode import frame_at, frame_start_ms, timecode

# Small ranges keep the brute-force oracles cheap while still hitting every edge case.
LIMIT = 60
pair = st.tuples(st.integers(0, LIMIT), st.integers(0, LIMIT)).map(lambda p: (min(p), max(p)))
pairs = st.lists(pair, max_size=12)
sets = pairs.map(IntervalSet)


def brute(pairs_) -> set[int]:
    return {ms for s, e in pairs_ for ms in range(s, e)}


# --- IntervalSet -------------------------------------------------------------------------------


def test_touching_and_overlapping_intervals_merge() -> None:
    s = IntervalSet([(40, 80), (0, 40), (100, 120), (110, 130), (5, 6), (200, 200)])
    assert s.intervals == ((0, 80), (100, 130))
    assert s.total_ms() == 110


def test_add_returns_new_set_and_leaves_original() -> None:
    a = IntervalSet([(0, 10)])
    b = a.add(10, 20)
    assert a.intervals == ((0, 10),)
    assert b.intervals == ((0, 20),)


def test_rejects_reversed_interval_and_floats() -> None:
    with pytest.raises(ValueError):
        IntervalSet([(10, 5)])
    with pytest.raises(TypeError):
        IntervalSet([(0.5, 5)])
    with pytest.raises(TypeError):
        IntervalSet([(True, 5)])


def test_intersect_and_gaps() -> None:
    s = IntervalSet([(0, 100), (200, 300)])
    assert s.intersect_range(50, 250).intervals == ((50, 100), (200, 250))
    assert s.gaps(0, 400).intervals == ((100, 200), (300, 400))
    assert s.gaps(0, 100).intervals == ()
    assert s.intersect_range(300, 100).intervals == ()


def test_json_round_trip_and_bad_json() -> None:
    s = IntervalSet([(0, 100), (200, 300)])
    assert s.to_json() == [[0, 100], [200, 300]]
    assert IntervalSet.from_json(s.to_json()) == s
    assert IntervalSet.from_json("[[200, 300], [0, 100], [100, 150]]") == IntervalSet([(0, 150), (200, 300)])
    with pytest.raises(ValueError):
        IntervalSet.from_json('{"a": 1}')
    with pytest.raises(ValueError):
        IntervalSet.from_json("[[1, 2, 3]]")


@given(pairs)
def test_normalisation_invariants(p) -> None:
    s = IntervalSet(p)
    for a, b in s.intervals:
        assert a < b
    for (_, e1), (s2, _) in zip(s.intervals, s.intervals[1:]):
        assert e1 < s2  # sorted, disjoint and not even touching
    assert IntervalSet(s.intervals) == s


@given(pairs)
def test_total_matches_brute_force(p) -> None:
    s = IntervalSet(p)
    covered = brute(p)
    assert s.total_ms() == len(covered)
    assert all(s.covers(ms) == (ms in covered) for ms in range(-1, LIMIT + 2))


@given(sets, sets, sets)
def test_union_laws(a, b, c) -> None:
    assert a.union(b) == b.union(a)
    assert a.union(b).union(c) == a.union(b.union(c))
    assert a.union(a) == a
    assert brute(a.union(b).intervals) == brute(a.intervals) | brute(b.intervals)


@given(sets, st.integers(-5, LIMIT + 5), st.integers(-5, LIMIT + 5))
def test_intersect_and_gaps_match_brute_force(s, lo, hi) -> None:
    window = set(range(lo, hi))
    inside = s.intersect_range(lo, hi)
    holes = s.gaps(lo, hi)
    assert brute(inside.intervals) == brute(s.intervals) & window
    assert brute(holes.intervals) == window - brute(s.intervals)
    assert inside.total_ms() + holes.total_ms() == max(0, hi - lo)


@given(sets)
def test_json_round_trip_property(s) -> None:
    assert IntervalSet.from_json(s.to_json()) == s


# --- coverage_of / is_fully_covered ------------------------------------------------------------


@given(pairs, st.integers(0, LIMIT + 10))
def test_coverage_is_a_clipped_fraction(p, duration) -> None:
    c = coverage_of(p, duration)
    assert 0.0 <= c <= 1.0
    if duration:
        assert c == pytest.approx(len(brute(p) & set(range(duration))) / duration)


def test_coverage_ignores_time_past_the_end() -> None:
    assert coverage_of(IntervalSet([(0, 5000)]), 3000) == 1.0
    assert coverage_of([(2000, 5000)], 3000) == pytest.approx(1 / 3)
    assert coverage_of([], 0) == 0.0


def test_full_coverage_allows_only_the_end_tolerance() -> None:
    d = 3000
    assert is_fully_covered([(0, 2750)], d, tolerance_ms=250)
    assert not is_fully_covered([(0, 2749)], d, tolerance_ms=250)
    assert not is_fully_covered([(1, 3000)], d, tolerance_ms=250)  # the start has no slack
    assert not is_fully_covered([(0, 1000), (1040, 3000)], d, tolerance_ms=250)  # a hole
    assert is_fully_covered([(0, 3000)], d, tolerance_ms=0)
    # A clip shorter than the tolerance still has to have been played at all.
    assert not is_fully_covered([], 200, tolerance_ms=250)
    assert is_fully_covered([(0, 40)], 200, tolerance_ms=250)
    assert not is_fully_covered([(0, 10)], 0)


# --- PlaybackTracker ---------------------------------------------------------------------------


def play_through(tracker: PlaybackTracker, start_ms: int, end_ms: int, *, step_ms=40, rate=1.0, t0=100.0):
    """Simulate a player reporting every ``step_ms`` of wall clock while playing at ``rate``."""
    tracker.on_position(start_ms, t0, playing=False, rate=rate)  # paused on the first frame
    t, ms = t0, start_ms
    while ms < end_ms:
        t += step_ms / 1000.0
        ms = min(end_ms, start_ms + round((t - t0) * 1000 * rate))
        tracker.on_position(ms, t, playing=True, rate=rate)
    return t


def test_playing_through_at_1x_is_full_coverage() -> None:
    tr = PlaybackTracker()
    play_through(tr, 0, 2960)  # players stop reporting a frame or so before the end
    got = tr.flush()
    assert got.intervals == ((0, 2960),)
    assert is_fully_covered(got, 3000, tolerance_ms=250)
    assert tr.flush() == IntervalSet()  # flush starts a new batch


@given(
    duration=st.integers(500, 20_000),
    step=st.integers(20, 200),
    rate=st.sampled_from([0.25, 0.5, 1.0, 1.5, 2.0]),
)
@settings(max_examples=60, deadline=None)
def test_regular_reports_at_counted_rates_give_full_coverage(duration, step, rate) -> None:
    tr = PlaybackTracker()
    play_through(tr, 0, duration - 100, step_ms=step, rate=rate)
    assert is_fully_covered(tr.flush(), duration, tolerance_ms=250)


def test_fast_playback_counts_nothing() -> None:
    tr = PlaybackTracker()
    play_through(tr, 0, 3000, rate=4.0)
    assert tr.flush().total_ms() == 0


def test_forward_seek_during_playback_is_not_counted() -> None:
    tr = PlaybackTracker()
    tr.on_position(0, 0.0, playing=True)
    tr.on_position(40, 0.04, playing=True)
    tr.on_position(2000, 0.08, playing=True)  # jumped 1960 ms in 40 ms of wall clock
    tr.on_position(2040, 0.12, playing=True)
    assert tr.flush().intervals == ((0, 40), (2000, 2040))


def test_backward_jump_is_not_counted_but_playback_after_it_is() -> None:
    tr = PlaybackTracker()
    tr.on_position(1000, 0.0, playing=True)
    tr.on_position(200, 0.04, playing=True)
    tr.on_position(240, 0.08, playing=True)
    assert tr.flush().intervals == ((200, 240),)


def test_paused_reports_and_unreported_seeks_while_paused_add_nothing() -> None:
    tr = PlaybackTracker()
    tr.on_position(0, 0.0, playing=False)
    tr.on_position(500, 10.0, playing=False)  # a seek while paused, reported as a position
    tr.on_position(540, 20.0, playing=True)
    assert tr.flush().intervals == ((500, 540),)
    # Paused for a long time, then the position moves far without a report: not credited even
    # though lots of wall clock passed, because long silences are capped.
    tr.on_position(1000, 30.0, playing=False)
    tr.on_position(9000, 100.0, playing=True)
    assert tr.flush().total_ms() == 0


def test_seek_with_timestamp_credits_from_the_seek_target() -> None:
    tr = PlaybackTracker()
    tr.on_position(1500, 0.0, playing=True)
    tr.on_seek(0, 0.01)
    tr.on_position(30, 0.04, playing=True)
    tr.on_position(70, 0.08, playing=True)
    assert tr.flush().intervals == ((0, 70),)
    tr.on_seek(500)  # no timestamp: nothing to vouch for until the next report
    tr.on_position(540, 0.12, playing=True)
    tr.on_position(580, 0.16, playing=True)
    assert tr.flush().intervals == ((540, 580),)


def test_stop_forgets_the_anchor() -> None:
    tr = PlaybackTracker()
    tr.on_position(0, 0.0, playing=True)
    tr.on_stop()
    tr.on_position(40, 0.04, playing=True)
    assert tr.flush().total_ms() == 0


def test_invalid_time_from_player_is_ignored() -> None:
    tr = PlaybackTracker()
    tr.on_position(0, 0.0, playing=True)
    tr.on_position(-1, 0.04, playing=True)
    tr.on_position(80, 0.08, playing=True)
    assert tr.flush().intervals == ((0, 80),)


# Each event is (kind, value, wall-clock advance in ms, playing, rate).
events = st.lists(
    st.tuples(
        st.sampled_from(["pos", "seek", "stop"]),
        st.integers(0, 10_000),
        st.integers(0, 2000),
        st.booleans(),
        st.sampled_from([0.5, 1.0, 2.0, 4.0]),
    ),
    max_size=40,
)


segments = st.lists(st.tuples(st.integers(0, 20_000), st.integers(0, 3000), st.booleans()), min_size=1, max_size=8)


@given(segments)
@settings(max_examples=200, deadline=None)
def test_seeks_never_add_coverage(segs) -> None:
    """Watch a few stretches, jumping between them; only the stretches watched are credited.

    Each jump is either announced with ``on_seek`` or only visible as a position jump. Forward
    jumps small enough to pass for report jitter (<= one report + slack) are out of scope.
    """
    tr = PlaybackTracker(slack_ms=250)
    t = 50.0
    watched = IntervalSet()
    prev_end = None
    for start, length, announced in segs:
        if prev_end is not None and 0 <= start - prev_end <= 40 + 250:
            start = prev_end + 40 + 251
        if announced:
            tr.on_seek(start, t)
        ms = start
        tr.on_position(ms, t, playing=True)
        while ms < start + length:
            t += 0.04
            ms = min(start + length, ms + 40)
            tr.on_position(ms, t, playing=True)
        watched = watched.add(start, start + length)
        prev_end = start + length
        t += 0.04
    credited = tr.flush()
    assert credited.union(watched) == watched  # credited is a subset of what was on screen
    assert credited == watched  # and regular 1x playback of each stretch is credited in full


@given(events)
@settings(max_examples=200)
def test_credited_time_never_exceeds_plausible_watching(evts) -> None:
    """Whatever the reports say, credit per report is bounded by elapsed * 2x + slack."""
    tr = PlaybackTracker(slack_ms=250)
    t = 0.0
    bound = 0.0
    for kind, value, adv, playing, rate in evts:
        t += adv / 1000.0
        if kind == "pos":
            tr.on_position(value, t, playing=playing, rate=rate)
            bound += min(adv, 1000) * 2.0 + 250
        elif kind == "seek":
            tr.on_seek(value, t)
        else:
            tr.on_stop()
    assert tr.flush().total_ms() <= bound


# --- timecode ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ms", "fps", "text"),
    [
        (0, 25, "00:00:00:00"),
        (39, 25, "00:00:00:00"),
        (40, 25, "00:00:00:01"),
        (1000, 25, "00:00:01:00"),
        (3_723_960, 25, "01:02:03:24"),
        (999, 29.97, "00:00:00:29"),
        (999, 30, "00:00:00:29"),
        (-5, 25, "00:00:00:00"),
    ],
)
def test_timecode(ms, fps, text) -> None:
    assert timecode(ms, fps) == text


def test_timecode_rejects_nonsense_fps() -> None:
    with pytest.raises(ValueError):
        timecode(0, 0)


@given(st.integers(0, 10_000_000), st.sampled_from([23.976, 24, 25, 29.97, 30, 50, 59.94, 60]))
def test_timecode_frame_field_is_in_range(ms, fps) -> None:
    ff = int(timecode(ms, fps).rsplit(":", 1)[1])
    assert 0 <= ff < -(-fps // 1)
    assert frame_at(ms, fps) >= 0


@given(st.integers(0, 200_000), st.sampled_from([23.976, 24, 25, 29.97, 30, 50, 59.94, 60]))
def test_frame_start_is_the_first_millisecond_of_its_frame(frame, fps) -> None:
    start = frame_start_ms(frame, fps)
    assert frame_at(start, fps) == frame
    assert start == 0 or frame_at(start - 1, fps) == frame - 1
