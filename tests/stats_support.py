"""A small library with publications and imported statistics, for the desk view and the report.

``build_stats_library`` ingests invented clips, signs decisions with a real (in-memory keyring)
key, records publications and imports export files written by ``tests.stats_fixtures``. A
``clock`` may move the signing and publishing times into the past (for screenshots and the
report); tests that verify the chain leave it alone.
"""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reviewer.core.checklist import Answer
from tests import stats_fixtures as fx
from tests.conftest import write_clip
from tests.signoff_support import HEAD, PASSPHRASE, all_pass_answers, enroll, watch_all

CLIPS = [
    (
        "ts-quoc-hoi",
        "Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi)",
        True,
        "Nguyễn Thu Hà",
        "Thời sự",
        "#thoisu #quochoi",
    ),
    ("kt-hoi-cho", "Hà Nội khai mạc hội chợ nông sản mùa đông", False, "Trần Minh Đức", "Kinh tế", "#kinhte #nongsan"),
    (
        "tt-mua-lon",
        "Mưa lớn kéo dài ở miền Trung, chính quyền sơ tán dân",
        True,
        "Lê Thị Hoa",
        "Thời tiết",
        "#thoitiet #mienTrung",
    ),
    ("th-bong-da", "Chung kết bóng đá thiếu niên phường Ba Đình", False, "Phạm Quang Huy", "Thể thao", "#thethao"),
    ("ts-hoi-nghi", "Hội nghị chuyển đổi số cấp tỉnh", True, "Nguyễn Thu Hà", "Thời sự", "#thoisu #chuyendoiso"),
    ("vh-le-hoi", "Lễ hội hoa xuân phố cổ chuẩn bị khai mạc", False, "Đỗ Lan Anh", "Văn hóa", "#vanhoa #lehoi"),
    ("gd-thi-cu", "Bộ Giáo dục công bố phương án thi năm 2027", True, "Lê Thị Hoa", "Giáo dục", "#giaoduc"),
    ("yt-tiem-chung", "Tiêm chủng mở rộng: lịch tiêm tháng 12", False, "Trần Minh Đức", "Y tế", "#yte #suckhoe"),
    ("ts-giao-thong", "Thông xe cầu vượt nút giao phía Tây", True, "Phạm Quang Huy", "Thời sự", "#giaothong #thoisu"),
    ("kt-gia-vang", "Giá vàng trong nước tăng mạnh", False, "Đỗ Lan Anh", "Kinh tế", "#kinhte"),
]

SRT = "1\n00:00:00,000 --> 00:00:01,500\nBản tin\n".encode()


class Clock:
    """A settable UTC clock for the services (None = the real time)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now or datetime.now(timezone.utc)


def _post_text(clip_id: str, title: str, tags: str) -> str:
    return f"{title}. Mã clip: {clip_id} {tags} #VTV"


def build_stats_library(
    services, folder: Path, *, clock: Clock | None = None, start: datetime | None = None, seed: int = 7
) -> dict:
    """Ingest, decide, publish and import; returns what was made (clip ids, files, publications)."""
    rnd = random.Random(seed)
    src = folder / "clips"
    for n, (cid, title, political, author, topic, tags) in enumerate(CLIPS, 1):
        d = src / cid
        d.mkdir(parents=True, exist_ok=True)
        write_clip(d / f"{cid}.mp4", variant=100 + n)
        (d / f"{cid}.vi.srt").write_bytes(SRT)
        (d / f"{cid}.post.txt").write_text(_post_text(cid, title, tags), encoding="utf-8")
        meta = {
            "id": cid,
            "title": title,
            "political": political,
            "author": author,
            "topic": topic,
            "platform": "facebook",
            "priority": 2,
        }
        (d / f"{cid}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    results = services.ingest.ingest([src])
    assert all(r.result in ("ingested", "attached") for r in results), results
    t = start or datetime.now(timezone.utc) - timedelta(days=3)
    if clock is not None:
        # One clock for signing, the station (certificates are valid from enrolment) and the audit
        # trail, so the decisions made "days ago" verify as made then.
        services.signoff.clock = services.stats.clock = services.station.clock = services.library.clock = clock
        clock.now = t - timedelta(days=1)
    enroll(services)
    svc = services.signoff
    template = svc.template()
    # Local publishing hours of a newsroom: morning, noon and evening news.
    hours_local = [6, 10, 19, 11, 18, 20, 7, 12, 21, 17]
    decided: dict[str, str] = {}
    for n, (cid, *_rest) in enumerate(CLIPS):
        if clock is not None:
            clock.now = t + timedelta(days=2 * n, hours=hours_local[n] - 7 - 1, minutes=rnd.randint(0, 30))
        watch_all(services, cid, HEAD[0])
        if n in (3, 7):  # sent back once, then approved
            answers = [Answer(i, "fail" if i == template.item_ids[0] else "pass", "") for i in template.item_ids]
            svc.save_answers(cid, HEAD[0], answers)
            svc.sign(
                cid,
                decision="changes",
                passphrase=PASSPHRASE,
                principal=HEAD[0],
                signed_from="desk",
                reason="Sửa chức danh người phát biểu ở giây thứ 3",
            )
            if clock is not None:
                clock.now += timedelta(hours=3)
        if n == 9:
            answers = [Answer(i, "fail" if i in template.item_ids[1:3] else "pass", "") for i in template.item_ids]
            svc.save_answers(cid, HEAD[0], answers)
            svc.sign(
                cid,
                decision="reject",
                passphrase=PASSPHRASE,
                principal=HEAD[0],
                signed_from="desk",
                reason="Số liệu chưa được kiểm chứng",
            )
            decided[cid] = "rejected"
            continue
        svc.save_answers(cid, HEAD[0], all_pass_answers(template))
        svc.sign(cid, decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="desk")
        decided[cid] = "approved"
    # Publications: Facebook for all approved but one, YouTube and TikTok for some.
    pubs = []
    fb_rows, yt_rows, tt_rows = [], [], []

    def later(minutes: int) -> timedelta:
        return timedelta(minutes=minutes) if clock is not None else timedelta(0)

    for n, (cid, title, political, _a, _topic, tags) in enumerate(CLIPS):
        if decided[cid] != "approved" or cid == "vh-le-hoi":
            continue
        approved = services.verifier.approval_state(cid).signoff.signed_at
        if clock is not None:
            when = approved + timedelta(minutes=20 + rnd.randint(0, 40))
            clock.now = max(clock.now, when + timedelta(minutes=15))
        else:
            when = approved  # the real clock: a later time would be in the future
        reel = f"88001122{3000 + n:05d}"
        services.stats.publish(cid, "facebook", f"https://www.facebook.com/reel/{reel}", at=when)
        pubs.append((cid, "facebook", when))
        reach = int((4000 if political else 2200) * rnd.uniform(0.4, 2.5))
        views = int(reach * rnd.uniform(1.3, 2.2))
        reactions, comments, shares = int(reach * rnd.uniform(0.02, 0.07)), rnd.randint(1, 40), rnd.randint(0, 30)
        dur = 12
        avg = round(rnd.uniform(4, 10), 1)
        local = when.astimezone(timezone(timedelta(hours=7)))
        fb_rows.append(
            {
                "Post ID": f"11223344{5566000 + n}",
                "Title": f"{title} {tags}",
                "Description": "",
                "Duration (sec)": str(dur),
                "Publish time": local.strftime("%m/%d/%Y %H:%M"),
                "Permalink": f"https://www.facebook.com/reel/{reel}",
                "Post type": "Reels",
                "Views": str(views),
                "Reach": str(reach),
                "Reactions, Comments and Shares": str(reactions + comments + shares),
                "Reactions": str(reactions),
                "Comments": str(comments),
                "Shares": str(shares),
                "Seconds viewed": str(int(avg * views)),
                "Average Seconds viewed": str(avg),
            }
        )
        if n % 2 == 0:
            vid = f"Yt{n:02d}abcdEF"[:11].ljust(11, "x")
            services.stats.publish(cid, "youtube", f"https://youtube.com/shorts/{vid}", at=when + later(5))
            pubs.append((cid, "youtube", when))
            yt_rows.append(
                {
                    "Content": vid,
                    "Video title": title,
                    "Video publish time": local.strftime("%b %d, %Y"),
                    "Duration": "12",
                    "Views": str(int(views * 0.6)),
                    "Watch time (hours)": "1.5",
                    "Subscribers": "2",
                    "Average view duration": f"0:00:{int(avg):02d}",
                    "Average percentage viewed (%)": f"{rnd.uniform(40, 90):.1f}",
                    "Impressions": "9000",
                    "Impressions click-through rate (%)": "3.9",
                }
            )
        if n % 3 == 0:
            tid = f"74411223344556{n:05d}"
            services.stats.publish(cid, "tiktok", f"https://www.tiktok.com/@daimau/video/{tid}", at=when + later(9))
            pubs.append((cid, "tiktok", when))
            tt_rows.append(
                (
                    f"{title} {tags}",
                    f"https://www.tiktok.com/@daimau/video/{tid}",
                    f"{local.day} tháng {local.month}",
                    str(int(reach * 0.1)),
                    str(comments),
                    str(shares),
                    str(int(views * 1.4)),
                )
            )
    # One Facebook post no publication names: the station forgot to record it (suggestion).
    extra_cid, extra_title = "vh-le-hoi", CLIPS[5][1]
    approved = services.verifier.approval_state(extra_cid).signoff.signed_at
    local = (approved + timedelta(minutes=30)).astimezone(timezone(timedelta(hours=7)))
    fb_rows.append(
        {
            "Post ID": "1122334455669999",
            "Title": extra_title,
            "Description": "Mời bà con tham dự",
            "Duration (sec)": "12",
            "Publish time": local.strftime("%m/%d/%Y %H:%M"),
            "Permalink": "https://www.facebook.com/reel/880099887766",
            "Post type": "Reels",
            "Views": "3120",
            "Reach": "2410",
            "Reactions, Comments and Shares": "133",
            "Reactions": "120",
            "Comments": "9",
            "Shares": "4",
            "Seconds viewed": "20000",
            "Average Seconds viewed": "6.4",
        }
    )
    exports = folder / "exports"
    exports.mkdir(exist_ok=True)
    files = {
        "facebook-posts.csv": fx.meta_posts_csv(fb_rows),
        "youtube.zip": fx.youtube_zip(yt_rows) if yt_rows else None,
        "Content.csv": fx.tiktok_content_csv(_vi_day(clock), tt_rows) if tt_rows else None,
        "Audience.csv": fx.meta_audience_utf16(),
        "Followers.zip": fx.tiktok_followers_zip(),
        "Viewers.csv": fx.tiktok_viewers_csv(),
    }
    paths = []
    for name, data in files.items():
        if data is None:
            continue
        p = exports / name
        p.write_bytes(data)
        paths.append(p)
    imported = services.stats.import_paths(paths)
    assert not [r for r in imported if r.result == "rejected"], [r.reason for r in imported]
    return {"clips": [c[0] for c in CLIPS], "decided": decided, "publications": pubs, "imported": imported}


def _vi_day(clock) -> str:
    now = (clock() if clock else datetime.now(timezone.utc)).astimezone(timezone(timedelta(hours=7)))
    return f"{now.day} tháng {now.month}"


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def build_template_home(root: Path) -> tuple[Path, dict]:
    """Build the statistics library once (in-memory keyring, cheap KDF) into ``root/home``.

    Tests copy it into their own fresh home (``copy_template``): the same library for every
    test, at the cost of a copy instead of ten ingests and twelve signatures each.
    """
    import keyring

    from reviewer.security import keys, signer
    from reviewer.services import build_services
    from tests.memory_keyring import MemoryKeyring

    previous_ring, previous_kdf = keyring.get_keyring(), signer.NEW_KEY_KDF
    keyring.set_keyring(MemoryKeyring())
    signer.NEW_KEY_KDF = keys.KdfParams.for_tests()
    home = root / "home"
    services = build_services(str(home), None)
    try:
        made = build_stats_library(services, root / "src")
    finally:
        services.close()
        keyring.set_keyring(previous_ring)
        signer.NEW_KEY_KDF = previous_kdf
    return home, made


def copy_template(template: Path, home: Path) -> None:
    """Copy a built home into a test's fresh home."""
    import shutil

    shutil.copytree(template, home, dirs_exist_ok=True)
