"""Post ids from URLs, numbers and dates of exports, clip codes, suggestions and the numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from reviewer.core.stats.matching import DEFAULT_CODE_PATTERN, Candidate, Matcher, compile_code_pattern, suggest
from reviewer.core.stats.measures import (
    clip_effects,
    effects_from_rows,
    first_publications,
    hashtags,
    review_numbers,
    snapshot_metrics,
    summarize,
    summarize_rows,
)
from reviewer.core.stats.model import ClipFacts, DecisionFact, MetricRow, PostRow, Publication
from reviewer.core.stats.urls import parse_post_url, url_key
from reviewer.core.stats.values import ValueProblem, mangled_id, parse_day, station_zone, to_int, to_share
from reviewer.errors import UsageError

UTC = timezone.utc
ZONE = station_zone("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    "url,platform,post_id",
    [
        ("https://www.youtube.com/watch?v=Ab3dEf6hIj0&t=5s", "youtube", "Ab3dEf6hIj0"),
        ("https://youtube.com/shorts/Ab3dEf6hIj0?feature=share", "youtube", "Ab3dEf6hIj0"),
        ("https://youtu.be/Ab3dEf6hIj0", "youtube", "Ab3dEf6hIj0"),
        ("m.youtube.com/live/Ab3dEf6hIj0", "youtube", "Ab3dEf6hIj0"),
        ("https://www.tiktok.com/@dai.mau/video/7441122334455667781?is_from_webapp=1", "tiktok", "7441122334455667781"),
        ("https://vm.tiktok.com/ZSabc123/", "tiktok", None),
        ("https://www.facebook.com/reel/880011223344551/?mibextid=abc", "facebook", "880011223344551"),
        ("https://www.facebook.com/daimau/videos/880011223344552/", "facebook", "880011223344552"),
        ("https://www.facebook.com/daimau/videos/tin-nong/880011223344553/", "facebook", "880011223344553"),
        (
            "https://www.facebook.com/permalink.php?story_fbid=1122334455667701&id=104455667788990",
            "facebook",
            "1122334455667701",
        ),
        ("https://www.facebook.com/watch/?v=880011223344554", "facebook", "880011223344554"),
        (
            "https://m.facebook.com/story.php?story_fbid=pfbid02AbCdEfGhIjKlMnOpQrStUv&id=1",
            "facebook",
            "pfbid02AbCdEfGhIjKlMnOpQrStUv",
        ),
        (
            "https://www.facebook.com/daimau/posts/pfbid02AbCdEfGhIjKlMnOpQrStUv",
            "facebook",
            "pfbid02AbCdEfGhIjKlMnOpQrStUv",
        ),
        ("https://zalo.me/s/1234567890/bai-viet", "zalo", None),
    ],
)
def test_post_id_from_the_url(url, platform, post_id):
    ref = parse_post_url(url)
    assert (ref.platform, ref.post_id) == (platform, post_id)


def test_url_key_ignores_tracking_and_www():
    assert url_key("https://www.facebook.com/reel/880011223344551/?mibextid=abc") == "facebook.com/reel/880011223344551"
    assert url_key("https://m.facebook.com/watch?v=1&x=2") == "facebook.com/watch?v=1"


def test_a_url_of_another_platform_or_not_a_url_is_refused():
    with pytest.raises(UsageError, match="is a youtube address, not facebook"):
        parse_post_url("https://youtu.be/Ab3dEf6hIj0", "facebook")
    with pytest.raises(UsageError, match="not a web address"):
        parse_post_url("bài đăng hôm qua", "facebook")


def test_numbers_and_no_data():
    assert [to_int(x) for x in ("1628", "1,628", "1.234.567", " 12 ", "undefined", "", "-")] == [
        1628,
        1628,
        1234567,
        12,
        None,
        None,
        None,
    ]
    assert to_share("61%") == pytest.approx(0.61) and to_share("0.61") == 0.61 and to_share("37.5") == 0.375
    with pytest.raises(ValueProblem):
        to_int("nhiều")
    assert mangled_id("1.12233E+15") and mangled_id("1,12233E+15") and not mangled_id("1122334455667701")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("18 tháng Sáu", date(2026, 6, 18)),
        ("18 tháng 6", date(2026, 6, 18)),
        ("18 Tháng Mười Hai", date(2025, 12, 18)),  # after the export day: last year
        ("3 tháng Mười Một, 2024", date(2024, 11, 3)),
        ("ngày 1 tháng Năm năm 2026", date(2026, 5, 1)),
        ("September 25", date(2026, 9, 25)),
        ("Nov 27, 2026", date(2026, 11, 27)),
        ("11/27/2026 09:15", date(2026, 11, 27)),
        ("27/11/2026", date(2026, 11, 27)),
        ("2026-11-27T09:15:00", date(2026, 11, 27)),
    ],
)
def test_dates_in_the_studio_language(text, expected):
    assert parse_day(text, ref=date(2026, 11, 28))[0] == expected


def _pub(pid, clip_id, platform="facebook", post_id=None, url="", when=datetime(2026, 11, 27, 2, tzinfo=UTC)):
    return Publication(pid, clip_id, 1, "a" * 64, platform, url, post_id, when, when, "t", "b" * 64, url_key(url))


def test_matching_by_post_id_url_and_a_bold_clip_code():
    pubs = [
        _pub(1, "news-1", post_id="880011223344551", url="https://www.facebook.com/reel/880011223344551"),
        _pub(2, "news-2", post_id=None, url="https://zalo.me/s/1/bai-viet", platform="zalo"),
    ]
    m = Matcher(pubs, ["news-1", "news-2", "news-3"], compile_code_pattern(DEFAULT_CODE_PATTERN))
    by_alt = PostRow(2, post_id="1122334455667701", alt_id="880011223344551")
    by_url = PostRow(3, url_key=url_key("https://zalo.me/s/1/bai-viet/"))
    by_code = PostRow(4, title="𝐓𝐢𝐧 𝐧𝐨́𝐧𝐠: 𝐌𝐚̃ 𝐜𝐥𝐢𝐩: NEWS-3 mưa lớn")
    nothing = PostRow(5, title="Mã clip: khong-co-clip-nay")
    assert m.match("facebook", by_alt) and (by_alt.publication_id, by_alt.match) == (1, "post_id")
    assert m.match("zalo", by_url) and (by_url.publication_id, by_url.match) == (2, "url")
    assert m.match("facebook", by_code) and (by_code.clip_id, by_code.match, by_code.publication_id) == (
        "news-3",
        "clip_code",
        None,
    )
    assert not m.match("facebook", nothing) and nothing.clip_id is None
    # The same post id on another platform is another post.
    assert not m.match("tiktok", PostRow(6, post_id="880011223344551"))


def test_suggestions_rank_time_duration_and_title_and_never_decide():
    when = datetime(2026, 11, 27, 2, tzinfo=UTC)
    cands = [
        Candidate("news-1", "Quốc hội thảo luận dự thảo Luật Báo chí", "#thoisu", 12.0, (when + timedelta(hours=1),)),
        Candidate("news-9", "Quốc hội thảo luận dự thảo Luật Đất đai", "", 45.0, (when - timedelta(days=20),)),
        Candidate("sport-1", "Bóng đá thiếu niên", "", 12.0, (when,)),
    ]
    out = suggest("Quoc hoi thao luan du thao Luat Bao chi", "", when, 12.4, cands)
    assert [s.clip_id for s in out][0] == "news-1"
    assert out[0].hours_apart == 1.0 and out[0].duration_diff_s == pytest.approx(0.4)
    assert [s.clip_id for s in out] == ["news-1"]  # news-9: twenty days apart and another law


def _row(i, clip, platform, file_id, snap, **kw):
    base = dict(
        id=i,
        file_id=file_id,
        source=f"f{file_id}.csv",
        snapshot_at=snap,
        platform=platform,
        post_key=kw.pop("key", "p1"),
        clip_id=clip,
        publication_id=None,
        match="post_id",
        published_at=datetime(2026, 11, 27, 2, tzinfo=UTC),
        duration_s=None,
        views=None,
        reach=None,
        reactions=None,
        comments=None,
        shares=None,
        interactions=None,
        avg_seconds_viewed=None,
        avg_pct_viewed=None,
        seconds_viewed=None,
    )
    base.update(kw)
    return MetricRow(**base)


def test_engagement_watch_through_and_growth_between_snapshots():
    d1, d2 = datetime(2026, 11, 28, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC)
    rows = [
        _row(
            1,
            "c",
            "facebook",
            1,
            d1,
            views=1000,
            reach=600,
            reactions=30,
            comments=3,
            shares=3,
            avg_seconds_viewed=6.0,
            duration_s=12.0,
        ),
        _row(
            2,
            "c",
            "facebook",
            2,
            d2,
            views=1628,
            reach=923,
            reactions=40,
            comments=3,
            shares=2,
            avg_seconds_viewed=7.5,
            duration_s=12.0,
        ),
        _row(3, "c", "youtube", 3, d2, views=2450, avg_seconds_viewed=7.0, avg_pct_viewed=65.42),
    ]
    snaps = snapshot_metrics(rows)
    fb = [s for s in snaps if s.platform == "facebook"]
    assert fb[0].engagement_rate == pytest.approx(36 / 600) and fb[0].views_growth is None
    assert fb[1].engagement_rate == pytest.approx(45 / 923)
    assert fb[1].watch_through == pytest.approx(7.5 / 12)
    assert (fb[1].views_growth, fb[1].reach_growth, fb[1].views_per_day) == (628, 323, 314.0)
    yt = [s for s in snaps if s.platform == "youtube"][0]
    assert yt.engagement_rate is None and yt.watch_through == pytest.approx(0.6542)
    newest = clip_effects(rows)
    assert newest[("c", "facebook")].views == 1628
    # The same numbers from the plain tuples the repository gives for the summary.
    tuples = [
        (
            r.clip_id,
            r.platform,
            r.file_id,
            r.published_at,
            r.duration_s,
            r.views,
            r.reach,
            r.reactions,
            r.comments,
            r.shares,
            r.interactions,
            r.avg_seconds_viewed,
            r.avg_pct_viewed,
        )
        for r in rows[1:]
    ]
    fast = effects_from_rows(tuples)
    for key in (("c", "facebook"), ("c", "youtube")):
        a, b = newest[key], fast[key]
        assert (a.views, a.reach, a.interactions, a.engagement_rate, a.watch_through) == (
            b.views,
            b.reach,
            b.interactions,
            b.engagement_rate,
            b.watch_through,
        )


def test_summary_groups_and_review_numbers():
    t = datetime(2026, 11, 27, 2, tzinfo=UTC)  # 09:00 in Hà Nội, a Friday
    clips = {
        "a": ClipFacts("a", "A", True, "Hà", "thời sự", "approved", t - timedelta(hours=5), 12000, "#QuocHoi #thoisu"),
        "b": ClipFacts("b", "B", False, "Bình", "", "approved", t - timedelta(hours=5), 20000, "#kinhte"),
        "c": ClipFacts("c", "C", False, "Bình", "", "approved", t - timedelta(hours=5), 20000, ""),
    }
    pubs = [_pub(1, "a", when=t), _pub(2, "b", when=t + timedelta(hours=10))]
    snap = datetime(2026, 11, 29, tzinfo=UTC)
    rows = [
        _row(1, "a", "facebook", 1, snap, views=100, reach=80, interactions=8),
        _row(2, "b", "facebook", 1, snap, key="p2", views=300, reach=200, interactions=10),
    ]
    s = summarize(clip_effects(rows), clips, first_publications(pubs), ZONE)
    assert s.totals.clips == 2 and s.totals.views == 400
    by = {name: {g.key: g.to_json() for g in groups} for name, groups in s.by.items()}
    assert by["political"]["political"]["engagement_rate"] == 0.1
    assert set(by["topic"]) == {"thời sự", "quochoi", "kinhte"}  # "#thoisu" is the topic "Thời sự"
    assert by["weekday"]["fri"]["clips"] == 2 and by["hour"]["09"]["views"] == 100 and by["hour"]["19"]["views"] == 300
    assert by["author"]["Bình"]["clips"] == 1
    # The column-at-a-time summary the library uses gives the same numbers.
    tuples = [
        (
            r.clip_id,
            r.platform,
            r.file_id,
            r.published_at,
            r.duration_s,
            r.views,
            r.reach,
            r.reactions,
            r.comments,
            r.shares,
            r.interactions,
            r.avg_seconds_viewed,
            r.avg_pct_viewed,
        )
        for r in rows
    ]
    fast = summarize_rows(tuples, clips, first_publications(pubs), ZONE)
    assert fast.to_json() == s.to_json()
    only_a = summarize(
        clip_effects(rows),
        clips,
        first_publications(pubs),
        ZONE,
        start=t - timedelta(hours=1),
        end=t + timedelta(hours=1),
    )
    assert only_a.totals.clips == 1
    decisions = [
        DecisionFact(
            "a", 1, "changes", t - timedelta(hours=3), "Sai chức danh", ("accuracy.titles",), t - timedelta(hours=5)
        ),
        DecisionFact("a", 2, "approval", t - timedelta(hours=1), "", (), t - timedelta(hours=2)),
        DecisionFact(
            "b",
            1,
            "rejection",
            t - timedelta(hours=2),
            "Không phù hợp",
            ("tone.neutral", "accuracy.titles"),
            t - timedelta(hours=4),
        ),
    ]
    r = review_numbers(decisions, [c.id for c in clips.values() if c.status == "approved"], pubs)
    assert r["decisions"] == {"approval": 1, "changes": 1, "rejection": 1}
    assert r["time_to_decision"]["n"] == 3 and r["time_to_decision"]["median_h"] == 2.0
    assert r["failed_items"] == {"accuracy.titles": 2, "tone.neutral": 1}
    assert r["rounds_of_changes"]["max"] == 1
    assert r["approved_never_published"] == ["c"]
    assert r["reasons"]["rejection"] == [{"clip_id": "b", "reason": "Không phù hợp"}]


def test_hashtags_are_nfkc_and_case_folded():
    assert hashtags("Tin #ThoiSu và #𝐐𝐮𝐨𝐜𝐇𝐨𝐢. #thoisu") == ["thoisu", "quochoi"]
