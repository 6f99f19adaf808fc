"""Export files of each kind, read back number by number; awkward and broken files refused."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from reviewer.core.stats.exports import ChartDataSkipped, ExportRejected, parse_export, zip_members
from reviewer.core.stats.values import station_zone, to_float, to_int
from tests import stats_fixtures as fx

ZONE = station_zone("Asia/Ho_Chi_Minh")
REF = date(2026, 11, 28)


def parse(raw: bytes, ref: date = REF, **kw):
    return parse_export("x.csv", raw, zone=ZONE, ref=ref, **kw)


def _local(y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=ZONE).astimezone(timezone.utc)


# -- Meta post export -----------------------------------------------------------------------
def test_meta_post_export_every_number_as_in_the_file():
    p = parse(fx.meta_posts_csv())
    assert (p.platform, p.kind, p.format) == ("facebook", "posts", "meta_posts")
    assert len(p.posts) == len(fx.META_POSTS)
    for row, src in zip(p.posts, fx.META_POSTS):
        assert row.post_id == src["Post ID"]  # text, never a float
        assert row.title == src["Title"] and row.text == src["Description"]
        assert row.url == src["Permalink"]
        for field, col in (
            ("views", "Views"),
            ("reach", "Reach"),
            ("reactions", "Reactions"),
            ("comments", "Comments"),
            ("shares", "Shares"),
            ("interactions", "Reactions, Comments and Shares"),
        ):
            assert getattr(row, field) == to_int(src[col]), (field, src[col])
        assert row.duration_s == float(src["Duration (sec)"])
        assert row.avg_seconds_viewed == to_float(src["Average Seconds viewed"])
        assert row.seconds_viewed == to_float(src["Seconds viewed"])
    first = p.posts[0]
    assert first.published_at == _local(2026, 11, 27, 9, 15)  # month first, station time
    assert first.alt_id == "880011223344551"  # the reel id its permalink names
    assert p.posts[1].alt_id == "880011223344552"
    assert p.posts[2].alt_id.startswith("pfbid")
    # An empty cell is "no data", not 0.
    assert p.posts[3].views is None and p.posts[3].avg_seconds_viewed is None and p.posts[3].reach == 310


def test_meta_columns_vary_between_exports_and_order_does_not_matter():
    columns = ["Permalink", "Reach", "Post ID", "Publish time", "Reactions, Comments and Shares", "Title"]
    p = parse(fx.meta_posts_csv(columns=columns))
    assert [r.reach for r in p.posts] == [int(x["Reach"]) for x in fx.META_POSTS]
    assert [r.interactions for r in p.posts] == [int(x["Reactions, Comments and Shares"]) for x in fx.META_POSTS]
    assert all(r.views is None and r.reactions is None for r in p.posts)


def test_excel_mangled_post_ids_are_taken_from_the_permalink_with_a_warning():
    posts = [dict(fx.META_POSTS[0], **{"Post ID": "1.12233E+15"})] + fx.META_POSTS[1:2]
    p = parse(fx.meta_posts_csv(posts))
    assert p.posts[0].post_id == "880011223344551"
    assert p.posts[1].post_id == "1122334455667702"
    assert len(p.warnings) == 1 and "1.12233E+15" in p.warnings[0] and "permalink" in p.warnings[0]


def test_excel_mangled_post_id_without_an_id_in_the_permalink_refuses_the_file():
    posts = [dict(fx.META_POSTS[0], **{"Post ID": "1.12233E+15", "Permalink": "https://www.facebook.com/daimau"})]
    with pytest.raises(ExportRejected, match=r"row 2: Post ID '1\.12233E\+15' was turned into a number"):
        parse(fx.meta_posts_csv(posts))


def test_instagram_post_export_is_told_apart():
    columns = (
        "Post ID",
        "Account ID",
        "Account username",
        "Description",
        "Publish time",
        "Permalink",
        "Views",
        "Reach",
        "Likes",
    )
    posts = [
        {
            "Post ID": "17900000000000001",
            "Account ID": "1789",
            "Account username": "daimau",
            "Description": "x",
            "Publish time": "11/20/2026 10:00",
            "Permalink": "https://www.instagram.com/reel/Cabc123/",
            "Views": "50",
            "Reach": "40",
            "Likes": "7",
        }
    ]
    p = parse(fx.meta_posts_csv(posts, columns))
    assert p.platform == "instagram" and p.posts[0].reactions == 7 and p.posts[0].alt_id == "Cabc123"


# -- Meta page-level files --------------------------------------------------------------------
def test_meta_daily_series_utf16():
    days = [("2026-11-01", 14), ("2026-11-02", 9), ("2026-11-03", 0)]
    p = parse(fx.meta_daily_utf16("Facebook follows", days))
    assert (p.platform, p.kind, p.format) == ("facebook", "daily", "meta_daily")
    assert [(s.metric, s.day, s.value) for s in p.series] == [("Facebook follows", d, float(v)) for d, v in days]


def test_meta_audience_blocks():
    p = parse(fx.meta_audience_utf16())
    assert (p.kind, p.format) == ("audience", "meta_audience")
    by = {(a.dimension, a.key): a.value for a in p.audience}
    for age, men, women in fx.AGE_GENDER:
        assert by[("age_gender", f"{age}|Men")] == pytest.approx(float(men) / 100)
        assert by[("age_gender", f"{age}|Women")] == pytest.approx(float(women) / 100)
    for city, v in fx.CITIES:
        assert by[("city", city)] == pytest.approx(float(v) / 100)
    for country, v in fx.COUNTRIES:
        assert by[("country", country)] == pytest.approx(float(v) / 100)
    assert not any(a.key.startswith("Trang Tin") for a in p.audience)  # "Top pages" is not about people
    assert [(s.day, s.value) for s in p.series] == [("2026-11-01", 14.0), ("2026-11-02", 9.0)]


# -- YouTube Studio -----------------------------------------------------------------------------
@pytest.mark.parametrize("columns", [fx.YT_COLUMNS, fx.YT_NEW_COLUMNS], ids=["older", "newer"])
def test_youtube_table_data_skips_the_total_and_reads_every_video(columns):
    p = parse(fx.youtube_table_csv(columns=columns))
    assert (p.platform, p.kind, p.format) == ("youtube", "posts", "youtube_content")
    assert [r.post_id for r in p.posts] == [v["Content"] for v in fx.YT_VIDEOS]
    for row, v in zip(p.posts, fx.YT_VIDEOS):
        assert row.title == v["Video title"]
        assert row.views == int(v["Views"])
        assert row.duration_s == float(v["Duration"])
        assert row.avg_seconds_viewed == float(v["Average view duration"].rsplit(":", 1)[1])
        assert row.avg_pct_viewed == float(v["Average percentage viewed (%)"])
        assert row.watch_hours == float(v["Watch time (hours)"])
        assert row.impressions == int(v["Impressions"])  # "Thumbnail impressions" in newer exports
        assert row.ctr_pct == float(v["Impressions click-through rate (%)"])
        assert row.reach is None  # YouTube has no reach
        assert row.url == f"https://www.youtube.com/watch?v={v['Content']}"
    assert p.posts[0].published_at == _local(2026, 11, 27)
    if "Likes" in columns:
        assert p.posts[0].reactions == 88 and p.posts[0].interactions == 88 + 7 + 5
        assert p.posts[1].stayed_pct == 63.0 and p.posts[1].engaged_views == 990
    assert not p.warnings


def test_youtube_zip_members_and_the_chart_data_alone():
    members = {name: data for name, data, _t in zip_members(fx.youtube_zip(), "yt.zip")}
    assert set(members) == {"Table data.csv", "Chart data.csv", "Totals.csv"}
    with pytest.raises(ChartDataSkipped, match="Chart data"):
        parse(members["Chart data.csv"])
    totals = parse(members["Totals.csv"])
    assert (totals.format, [(s.day, s.value) for s in totals.series]) == (
        "youtube_totals",
        [("2026-11-25", 300.0), ("2026-11-26", 410.0), ("2026-11-27", 2950.0)],
    )


def test_youtube_geography_and_subscription_status():
    geo = parse(fx.youtube_geography_csv())
    assert geo.format == "youtube_geography"
    assert [(a.dimension, a.key, a.value, a.unit) for a in geo.audience] == [
        ("country", "VN", 3300.0, "count"),
        ("country", "JP", 210.0, "count"),
        ("country", "US", 150.0, "count"),
    ]
    sub = parse(fx.youtube_subscription_csv())
    assert [(a.key, a.value) for a in sub.audience] == [("Not subscribed", 3100.0), ("Subscribed", 560.0)]


# -- TikTok Studio ----------------------------------------------------------------------------------
def test_tiktok_content_vietnamese_dates_without_year_and_undefined():
    p = parse(fx.tiktok_content_csv(), ref=date(2026, 11, 29))
    assert (p.platform, p.kind, p.format) == ("tiktok", "posts", "tiktok_content")
    # "Time" is the export day; its year comes from the file's time.
    assert p.exported_at == _local(2026, 11, 28)
    for row, v in zip(p.posts, fx.TT_VIDEOS):
        title, link, _posted, likes, comments, shares, views = v
        assert (row.title, row.url) == (title, link)
        assert row.post_id == link.rsplit("/", 1)[1]
        assert row.reactions == (None if likes == "undefined" else int(likes))  # undefined = no data, not 0
        assert (row.comments, row.shares, row.views) == (int(comments), int(shares), int(views))
    assert p.posts[0].published_at == _local(2026, 11, 27)
    assert p.posts[1].interactions is None  # likes unknown: no total either
    # "30 tháng Mười Hai" is after the export day: it was last year's December.
    assert p.posts[2].published_at == _local(2025, 12, 30)


def test_tiktok_daily_and_audience_files():
    ov = parse(fx.tiktok_overview_csv())
    assert ov.format == "tiktok_overview"
    views = {s.day: s.value for s in ov.series if s.metric == "Video Views"}
    assert views == {"2026-11-25": 1200.0, "2026-11-26": None, "2026-11-27": 5400.0}
    act = parse(fx.tiktok_activity_csv())
    assert act.format == "tiktok_activity" and len(act.audience) == 48
    peak = max(act.audience, key=lambda a: a.value)
    assert (peak.key, peak.day, peak.value) == ("20", "2026-11-27", 407.0)
    gender = parse(fx.tiktok_gender_csv())
    assert [(a.key, a.value) for a in gender.audience] == [("Female", 0.54), ("Male", 0.445), ("Other", 0.015)]
    terr = parse(fx.tiktok_territories_csv())
    assert [(a.dimension, a.key, a.value) for a in terr.audience] == [
        ("country", "VN", 0.912),
        ("country", "US", 0.021),
        ("country", "JP", 0.018),
    ]
    viewers = parse(fx.tiktok_viewers_csv())
    got = {(a.day, a.key): a.value for a in viewers.audience}
    assert got[("2026-11-25", "total")] is None and got[("2026-11-27", "returning")] == 800.0


def test_tiktok_followers_zip_has_four_files():
    members = zip_members(fx.tiktok_followers_zip(), "f.zip")
    formats = sorted(parse(data).format for _n, data, _t in members)
    assert formats == ["tiktok_activity", "tiktok_followers", "tiktok_gender", "tiktok_territories"]


# -- refused ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw,reason",
    [
        (b"", "empty"),
        (b"name,age\nAn,3\n", "not a known export"),
        (b"\x00\x01\x02\xff\xfe\x00binary", "binary|not UTF-8"),
        (bytes(range(128, 256)) * 4, "not UTF-8 or UTF-16"),
        (fx.zip_of({"a.csv": b"x"}), "zip archive inside"),
    ],
    ids=["empty", "unknown", "binary", "not-text", "zip"],
)
def test_unknown_or_broken_files_are_rejected_with_one_line(raw, reason):
    with pytest.raises(ExportRejected, match=reason) as exc:
        parse(raw)
    assert "\n" not in exc.value.message


def test_a_cut_off_meta_export_is_rejected():
    raw = fx.meta_posts_csv()
    cut = raw[: raw.rindex(b"\r\n", 0, len(raw) - 2) + 2] + b"1122334455667704,104455"
    with pytest.raises(ExportRejected, match=r"row 5 has 2 cells but the header has 26"):
        parse(cut)


def test_a_word_in_a_number_column_names_row_and_column():
    posts = [dict(fx.META_POSTS[0], Reach="nhiều")]
    with pytest.raises(ExportRejected, match=r"row 2, column 'Reach': 'nhiều' is not a number"):
        parse(fx.meta_posts_csv(posts))


def test_detection_is_by_content_not_by_name():
    p = parse_export("Overview.csv", fx.meta_posts_csv(), zone=ZONE, ref=REF)
    assert p.format == "meta_posts"


def test_an_excel_workbook_is_refused_with_what_to_do():
    with pytest.raises(ExportRejected, match=r"an Excel workbook \(\.xlsx\); download the CSV"):
        zip_members(fx.zip_of({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}), "Viewers.xlsx")


def test_a_zip_with_a_path_outside_is_refused():
    with pytest.raises(ExportRejected, match="unsafe member"):
        zip_members(fx.zip_of({"../evil.csv": b"x"}), "z.zip")
