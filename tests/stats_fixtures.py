"""Export files of Meta, YouTube Studio and TikTok Studio, written here with invented numbers.

The layouts follow what the platforms write (learned from public descriptions of the formats);
every title, id and number is made up for these tests. Each builder takes plain Python rows so a
test can compare every parsed number with what it wrote.
"""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Iterable, Sequence

META_POST_COLUMNS = (
    "Post ID",
    "Page ID",
    "Page name",
    "Title",
    "Description",
    "Duration (sec)",
    "Publish time",
    "Caption type",
    "Permalink",
    "Is crosspost",
    "Is share",
    "Post type",
    "Languages",
    "Custom labels",
    "Funded content status",
    "Data comment",
    "Date",
    "Views",
    "Reach",
    "Reactions, Comments and Shares",
    "Reactions",
    "Comments",
    "Shares",
    "Total clicks",
    "Seconds viewed",
    "Average Seconds viewed",
)

PAGE_ID = "104455667788990"

# Invented posts of an invented station page. Keys are the CSV's column names.
META_POSTS = [
    {
        "Post ID": "1122334455667701",
        "Title": "Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi) #thoisu #quochoi",
        "Description": "Phiên thảo luận sáng nay. Mã clip: news-1",
        "Duration (sec)": "12",
        "Publish time": "11/27/2026 09:15",
        "Permalink": "https://www.facebook.com/reel/880011223344551",
        "Post type": "Reels",
        "Views": "1628",
        "Reach": "923",
        "Reactions, Comments and Shares": "45",
        "Reactions": "40",
        "Comments": "3",
        "Shares": "2",
        "Seconds viewed": "12210",
        "Average Seconds viewed": "7.5",
    },
    {
        "Post ID": "1122334455667702",
        "Title": "Hà Nội: khai mạc hội chợ nông sản mùa đông #kinhte",
        "Description": "",
        "Duration (sec)": "31",
        "Publish time": "11/26/2026 18:40",
        "Permalink": "https://www.facebook.com/104455667788990/videos/880011223344552/",
        "Post type": "Videos",
        "Views": "5310",
        "Reach": "4102",
        "Reactions, Comments and Shares": "301",
        "Reactions": "250",
        "Comments": "31",
        "Shares": "20",
        "Seconds viewed": "61065",
        "Average Seconds viewed": "11.5",
    },
    {
        "Post ID": "1122334455667703",
        "Title": "𝐓𝐢𝐧 𝐧𝐨́𝐧𝐠: 𝐌𝐚̃ 𝐜𝐥𝐢𝐩: news-3 mưa lớn miền Trung",
        "Description": "Cập nhật lúc 20 giờ #thoitiet",
        "Duration (sec)": "20",
        "Publish time": "11/25/2026 20:05",
        "Permalink": "https://www.facebook.com/104455667788990/posts/pfbid02AbCdEfGhIjKlMnOpQrStUv",
        "Post type": "Videos",
        "Views": "980",
        "Reach": "700",
        "Reactions, Comments and Shares": "35",
        "Reactions": "30",
        "Comments": "4",
        "Shares": "1",
        "Seconds viewed": "8820",
        "Average Seconds viewed": "9",
    },
    {
        "Post ID": "1122334455667704",
        "Title": "Giải bóng đá thiếu niên phường Ba Đình",
        "Description": "Trận chung kết chiều qua",
        "Duration (sec)": "15",
        "Publish time": "11/24/2026 16:00",
        "Permalink": "https://www.facebook.com/reel/880011223344554",
        "Post type": "Reels",
        "Views": "",
        "Reach": "310",
        "Reactions, Comments and Shares": "12",
        "Reactions": "10",
        "Comments": "1",
        "Shares": "1",
        "Seconds viewed": "",
        "Average Seconds viewed": "",
    },
]


def _csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    bom: bool = True,
    quote_all: bool = False,
    newline: str = "\r\n",
    trailing_newline: bool = True,
) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator=newline)
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    text = buf.getvalue()
    if not trailing_newline:
        text = text[: -len(newline)]
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def meta_posts_csv(posts: list[dict] = META_POSTS, columns: Sequence[str] = META_POST_COLUMNS) -> bytes:
    """A Meta Business Suite post export: UTF-8 with BOM, one row per post."""
    defaults = {
        "Page ID": PAGE_ID,
        "Page name": "Đài Phát thanh Truyền hình Mẫu",
        "Caption type": "",
        "Is crosspost": "No",
        "Is share": "No",
        "Languages": "",
        "Custom labels": "",
        "Funded content status": "",
        "Data comment": "",
        "Date": "Lifetime",
        "Total clicks": "17",
    }
    return _csv_bytes(columns, ([p.get(c, defaults.get(c, "")) for c in columns] for p in posts))


def meta_daily_utf16(metric: str, days: list[tuple[str, object]]) -> bytes:
    """A Meta page-level daily series: UTF-16 LE with BOM, a sep=, line and the metric's name."""
    lines = ["sep=,", f'"{metric}"', '"Date","Primary"'] + [f'"{d}T00:00:00","{v}"' for d, v in days]
    return b"\xff\xfe" + ("\n".join(lines) + "\n").encode("utf-16-le")


AGE_GENDER = [
    ("18-24", "9.5", "11.2"),
    ("25-34", "21.4", "18.3"),
    ("35-44", "12.1", "10.6"),
    ("45-54", "6.0", "5.2"),
    ("55-64", "2.4", "2.1"),
    ("65+", "0.7", "0.5"),
]
CITIES = [("Hà Nội, Vietnam", "31.2"), ("Ho Chi Minh City, Vietnam", "18.9"), ("Hải Phòng, Vietnam", "5.1")]
COUNTRIES = [("Vietnam", "93.4"), ("Japan", "1.6"), ("South Korea", "1.1")]


def meta_audience_utf16() -> bytes:
    """A Meta audience file: UTF-16 LE, sep=, then stacked blocks separated by blank lines."""
    lines = ["sep=,", '"Age & gender"', '"","Men","Women"']
    lines += [f'"{a}","{m}","{w}"' for a, m, w in AGE_GENDER]
    lines += ["", '"Top cities"', ",".join(f'"{c}"' for c, _ in CITIES), ",".join(f'"{v}"' for _, v in CITIES)]
    lines += ["", '"Top countries"', ",".join(f'"{c}"' for c, _ in COUNTRIES), ",".join(f'"{v}"' for _, v in COUNTRIES)]
    lines += ["", '"Top pages"', '"Trang Tin Mẫu A","Trang Tin Mẫu B"', '"41.2","20.7"']
    lines += ["", '"Facebook follows"', '"Date","Primary"', '"2026-11-01T00:00:00","14"', '"2026-11-02T00:00:00","9"']
    return b"\xff\xfe" + ("\n".join(lines) + "\n").encode("utf-16-le")


# -- YouTube Studio advanced mode ------------------------------------------------------------------
YT_COLUMNS = (
    "Content",
    "Video title",
    "Video publish time",
    "Duration",
    "Views",
    "Watch time (hours)",
    "Subscribers",
    "Average view duration",
    "Average percentage viewed (%)",
    "Impressions",
    "Impressions click-through rate (%)",
)
YT_NEW_COLUMNS = (
    "Content",
    "Video title",
    "Video publish time",
    "Duration",
    "Engaged views",
    "Views",
    "Stayed to watch (%)",
    "Watch time (hours)",
    "Average view duration",
    "Average percentage viewed (%)",
    "Thumbnail impressions",
    "Thumbnail click-through rate (%)",
    "Likes",
    "Comments added",
    "Shares",
)
YT_VIDEOS = [
    {
        "Content": "Ab3dEf6hIj0",
        "Video title": "Quốc hội thảo luận Luật Báo chí | Thời sự",
        "Video publish time": "Nov 27, 2026",
        "Duration": "12",
        "Views": "2450",
        "Watch time (hours)": "5.3111",
        "Subscribers": "12",
        "Average view duration": "0:00:07",
        "Average percentage viewed (%)": "65.42",
        "Impressions": "30120",
        "Impressions click-through rate (%)": "4.1",
        "Engaged views": "2011",
        "Stayed to watch (%)": "71.3",
        "Likes": "88",
        "Comments added": "7",
        "Shares": "5",
    },
    {
        "Content": "Zz9yXw8vUt1",
        "Video title": "Mưa lớn miền Trung: cập nhật 20 giờ",
        "Video publish time": "Nov 25, 2026",
        "Duration": "20",
        "Views": "1210",
        "Watch time (hours)": "3.02",
        "Subscribers": "3",
        "Average view duration": "0:00:09",
        "Average percentage viewed (%)": "45",
        "Impressions": "15000",
        "Impressions click-through rate (%)": "5.25",
        "Engaged views": "990",
        "Stayed to watch (%)": "63.0",
        "Likes": "40",
        "Comments added": "2",
        "Shares": "9",
    },
]


def youtube_table_csv(videos: list[dict] = YT_VIDEOS, columns: Sequence[str] = YT_COLUMNS) -> bytes:
    """YouTube Studio's Table data.csv: the first data row is the total."""
    totals = {}
    for c in columns:
        if c == "Content":
            totals[c] = "Total"
        elif c in ("Video title", "Video publish time", "Duration"):
            totals[c] = ""
        else:
            totals[c] = "123"
    renamed = {
        "Thumbnail impressions": "Impressions",
        "Thumbnail click-through rate (%)": "Impressions click-through rate (%)",
    }
    return _csv_bytes(
        columns,
        [[totals[c] for c in columns]] + [[v.get(c, v.get(renamed.get(c, ""), "")) for c in columns] for v in videos],
        bom=False,
        newline="\n",
    )


def youtube_zip(videos: list[dict] = YT_VIDEOS, columns: Sequence[str] = YT_COLUMNS) -> bytes:
    """The advanced-mode zip: Table data.csv, Chart data.csv, Totals.csv."""
    chart = _csv_bytes(
        ("Date", "Content", "Video title", "Video publish time", "Duration", "Views"),
        [("2026-11-27", v["Content"], v["Video title"], v["Video publish time"], v["Duration"], "10") for v in videos],
        bom=False,
        newline="\n",
    )
    totals = _csv_bytes(
        ("Date", "Views"),
        [("2026-11-25", "300"), ("2026-11-26", "410"), ("2026-11-27", "2950")],
        bom=False,
        newline="\n",
    )
    return zip_of({"Table data.csv": youtube_table_csv(videos, columns), "Chart data.csv": chart, "Totals.csv": totals})


def youtube_geography_csv() -> bytes:
    return _csv_bytes(
        ("Geography", "Views", "Watch time (hours)", "Average view duration"),
        [
            ("Total", "3660", "8.3", "0:00:08"),
            ("VN", "3300", "7.6", "0:00:08"),
            ("JP", "210", "0.4", "0:00:06"),
            ("US", "150", "0.3", "0:00:07"),
        ],
        bom=False,
        newline="\n",
    )


def youtube_subscription_csv() -> bytes:
    return _csv_bytes(
        ("Subscription status", "Views", "Watch time (hours)"),
        [("Total", "3660", "8.3"), ("Not subscribed", "3100", "6.9"), ("Subscribed", "560", "1.4")],
        bom=False,
        newline="\n",
    )


# -- TikTok Studio -----------------------------------------------------------------------------------
TT_COLUMNS = (
    "Time",
    "Video title",
    "Video link",
    "Post time",
    "Total likes",
    "Total comments",
    "Total shares",
    "Total views",
)
TT_VIDEOS = [
    (
        "Quốc hội thảo luận Luật Báo chí #thoisu",
        "https://www.tiktok.com/@daimau/video/7441122334455667781",
        "27 tháng Mười Một",
        "210",
        "14",
        "9",
        "5120",
    ),
    (
        "Hội chợ nông sản mùa đông ở Hà Nội #kinhte",
        "https://www.tiktok.com/@daimau/video/7441122334455667782",
        "26 tháng Mười Một",
        "undefined",
        "3",
        "1",
        "870",
    ),
    (
        "Chung kết bóng đá thiếu niên",
        "https://www.tiktok.com/@daimau/video/7441122334455667783",
        "30 tháng Mười Hai",
        "12",
        "0",
        "0",
        "140",
    ),
]


def tiktok_content_csv(exported: str = "28 tháng Mười Một", videos=TT_VIDEOS) -> bytes:
    """TikTok Studio's Content.csv: BOM, every cell quoted, no newline at the end, Studio-language dates."""
    return _csv_bytes(
        TT_COLUMNS, [(exported, *v) for v in videos], quote_all=True, newline="\n", trailing_newline=False
    )


def tiktok_overview_csv() -> bytes:
    rows = [
        ("25 tháng Mười Một", "1200", "31", "140", "9", "4"),
        ("26 tháng Mười Một", "undefined", "12", "60", "2", "1"),
        ("27 tháng Mười Một", "5400", "88", "310", "20", "11"),
    ]
    return _csv_bytes(
        ("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"),
        rows,
        quote_all=True,
        newline="\n",
        trailing_newline=False,
    )


def tiktok_activity_csv() -> bytes:
    rows = []
    for day in ("26 tháng Mười Một", "27 tháng Mười Một"):
        for hour in range(24):
            rows.append((day, str(hour), str(max(0, 400 - 30 * abs(20 - hour)) + (7 if day.startswith("27") else 0))))
    return _csv_bytes(("Date", "Hour", "Active followers"), rows, quote_all=True, newline="\n", trailing_newline=False)


def tiktok_gender_csv() -> bytes:
    return _csv_bytes(
        ("Gender", "Distribution"),
        [("Female", "54%"), ("Male", "44.5%"), ("Other", "1.5%")],
        quote_all=True,
        newline="\n",
        trailing_newline=False,
    )


def tiktok_territories_csv() -> bytes:
    return _csv_bytes(
        ("Top territories", "Distribution"),
        [("VN", "0.912"), ("US", "0.021"), ("JP", "0.018")],
        quote_all=True,
        newline="\n",
        trailing_newline=False,
    )


def tiktok_viewers_csv() -> bytes:
    rows = [
        ("25 tháng Mười Một", "undefined", "0", "0"),
        ("26 tháng Mười Một", "880", "700", "180"),
        ("27 tháng Mười Một", "3900", "3100", "800"),
    ]
    return _csv_bytes(
        ("Date", "Total Viewers", "New Viewers", "Returning Viewers"),
        rows,
        quote_all=True,
        newline="\n",
        trailing_newline=False,
    )


def tiktok_followers_zip() -> bytes:
    history = _csv_bytes(
        ("Date", "Followers", "Difference in followers from previous day"),
        [("26 tháng Mười Một", "10400", "12"), ("27 tháng Mười Một", "10460", "60")],
        quote_all=True,
        newline="\n",
        trailing_newline=False,
    )
    return zip_of(
        {
            "FollowerHistory.csv": history,
            "FollowerActivity.csv": tiktok_activity_csv(),
            "FollowerGender.csv": tiktok_gender_csv(),
            "FollowerTopTerritories.csv": tiktok_territories_csv(),
        }
    )


def zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 28, 9, 30, 0)), data)
    return buf.getvalue()
