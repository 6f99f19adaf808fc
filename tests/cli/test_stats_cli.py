"""Publications and statistics through the CLI on a real library: real clips, real signatures,
real SQLite; every number compared with the file it came from."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tests import stats_fixtures as fx
from tests.signoff_support import (  # noqa: F401 - fixtures
    HEAD,
    PASSPHRASE,
    all_pass_answers,
    enroll,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli,
    watch_all,
)

FB1 = fx.META_POSTS[0]["Permalink"]  # the reel of news-1
FB2 = fx.META_POSTS[1]["Permalink"]  # the video of news-2


def _approve(services, clip_id: str) -> datetime:
    svc = services.signoff
    svc.save_answers(clip_id, HEAD[0], all_pass_answers(svc.template()))
    watch_all(services, clip_id, HEAD[0])
    result = svc.sign(clip_id, decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="desk")
    return datetime.fromisoformat(result.record["signed_at"].replace("Z", "+00:00"))


@pytest.fixture
def lib(services, tmp_path, memory_keyring, fast_kdf):
    """Three clips (news-1 approved, news-2 approved, news-3 approved), a head enrolled."""
    for n, cid in enumerate(("news-1", "news-2", "news-3"), 1):
        src = make_source(
            tmp_path / f"in{n}",
            cid,
            variant=n,
            title=f"Tin số {n}: Quốc hội thảo luận"
            if n == 1
            else ("Hà Nội khai mạc hội chợ nông sản mùa đông" if n == 2 else "Mưa lớn miền Trung"),
        )
        assert services.ingest.ingest([src])[0].result == "ingested"
    enroll(services)
    services.approved_at = {cid: _approve(services, cid) for cid in ("news-1", "news-2", "news-3")}
    return services


def _write(tmp_path, name, data: bytes, mtime: datetime | None = None):
    p = tmp_path / name
    p.write_bytes(data)
    if mtime:
        os.utime(p, (mtime.timestamp(), mtime.timestamp()))
    return p


def _count(services, table) -> int:
    with services.db.read_scope() as s:
        return s.execute(select(func.count()).select_from(table)).scalar_one()


# -- publish ------------------------------------------------------------------------------------------
def test_publish_records_the_approved_version_with_its_post_id_and_audits_it(lib, home):
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert (data["clip_id"], data["version"], data["platform"], data["post_id"], data["result"]) == (
        "news-1",
        1,
        "facebook",
        "880011223344551",
        "recorded",
    )
    approval = lib.verifier.approval_state("news-1").signoff
    assert data["approval_sha256"] == approval.record_sha256
    events = [e for e in lib.library.audit_events() if e.kind == "publication"]
    assert len(events) == 1 and events[0].payload["url"] == FB1
    again = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1 + "?mibextid=x", "--json")
    assert again.code == 0 and again.json()["result"] == "duplicate"
    assert len([e for e in lib.library.audit_events() if e.kind == "publication"]) == 1
    assert lib.verifier.verify().ok


@pytest.mark.parametrize(
    "platform,url,post_id",
    [
        ("youtube", "https://youtube.com/shorts/Ab3dEf6hIj0", "Ab3dEf6hIj0"),
        ("youtube", "https://youtu.be/Ab3dEf6hIj0", "Ab3dEf6hIj0"),
        ("tiktok", "https://www.tiktok.com/@daimau/video/7441122334455667781", "7441122334455667781"),
        ("facebook", "https://www.facebook.com/permalink.php?story_fbid=1122334455667701&id=1", "1122334455667701"),
        ("zalo", "https://zalo.me/s/1234/bai-viet-1", None),
    ],
)
def test_publish_reads_the_post_id_of_each_platform(lib, home, platform, url, post_id):
    r = run_cli(home, "publish", "news-1", "--platform", platform, "--url", url, "--json")
    assert r.code == 0, r.err
    assert r.json()["post_id"] == post_id


def test_publication_before_approval_or_of_another_version_is_refused(lib, home, tmp_path):
    approved = lib.approved_at["news-1"]
    early = (approved - timedelta(minutes=10)).isoformat()
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--at", early)
    assert r.code == 1 and "before its approval at" in r.err and r.err.count("\n") == 1
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--version", "2")
    assert r.code == 1 and "version 2 of news-1 is not the approved one (version 1 is)" in r.err
    other = fx.zip_of({"x": b"y"})
    f = _write(tmp_path, "published.mp4", other)
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--file", str(f))
    assert r.code == 1 and "is not the approved version 1 of news-1" in r.err
    # The other clip's bytes are named as what they are.
    v2 = lib.library.version("news-2")
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--file", str(home / v2.store_path))
    assert r.code == 1 and "it is version 1 of news-2" in r.err
    r = run_cli(home, "publish", "news-1", "--platform", "youtube", "--url", FB1)
    assert r.code == 2 and "is a facebook address, not youtube" in r.err
    future = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--at", future)
    assert r.code == 1 and "in the future" in r.err
    assert lib.stats.publications() == []
    assert "Traceback" not in r.err


def test_a_new_version_after_the_approval_cannot_be_published(lib, home, tmp_path):
    src = make_source(tmp_path / "v2", "news-1", variant=9)
    assert lib.ingest.ingest([src])[0].result == "new_version"
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1)
    assert r.code == 1
    assert "news-1: version 2 is not approved (the approval is for version 1" in r.err


def test_a_clip_never_approved_cannot_be_published(services, home, tmp_path, memory_keyring, fast_kdf):
    services.ingest.ingest([make_source(tmp_path / "in", "draft-1")])
    r = run_cli(home, "publish", "draft-1", "--platform", "facebook", "--url", FB1)
    assert r.code == 1 and "draft-1 has no approval; only an approved version may be published" in r.err


def test_a_revoked_approval_cannot_be_published(lib, home):
    lib.signoff.revoke("news-2", reason="Sai số liệu", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="cli")
    r = run_cli(home, "publish", "news-2", "--platform", "facebook", "--url", FB2)
    assert r.code == 1 and "was revoked" in r.err


# -- import and match -----------------------------------------------------------------------------------
def test_import_matches_by_url_and_by_clip_code_and_every_number_is_the_files(lib, home, tmp_path):
    assert run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1).code == 0
    assert run_cli(home, "publish", "news-2", "--platform", "facebook", "--url", FB2).code == 0
    exported = datetime(2026, 11, 28, 3, 0, tzinfo=timezone.utc)
    f = _write(tmp_path, "Nov-01-2026_Nov-28-2026_123.csv", fx.meta_posts_csv(), exported)
    r = run_cli(home, "stats", "import", str(f), "--json")
    assert r.code == 0, r.err
    (res,) = r.json()
    assert {k: res[k] for k in ("result", "platform", "kind", "rows", "matched", "unmatched", "reason")} == {
        "result": "imported",
        "platform": "facebook",
        "kind": "posts",
        "rows": 4,
        "matched": 3,
        "unmatched": 1,
        "reason": None,
    }
    assert res["exported_at"] == "2026-11-28T03:00:00.000Z"  # the file's time
    with lib.db.read_scope() as s:
        from reviewer.storage.stats_models import StatRowRow

        rows = {r.row_no: (r.clip_id, r.match) for r in s.execute(select(StatRowRow)).scalars()}
    assert rows[2] == ("news-1", "post_id")  # by the reel id in the permalink
    assert rows[3] == ("news-2", "post_id")
    assert rows[4] == ("news-3", "clip_code")  # "𝐌𝐚̃ 𝐜𝐥𝐢𝐩: news-3" in bold letters
    assert 5 not in rows  # kept with the file's rows, listed as unmatched
    (unmatched,) = run_cli(home, "stats", "unmatched", "--json").json()
    assert (unmatched["post_id"], unmatched["views"]) == ("1122334455667704", None)

    data = run_cli(home, "stats", "clip", "news-1", "--json").json()
    assert data["clip_id"] == "news-1"
    assert data["publications"][0] | {} == {
        "platform": "facebook",
        "url": FB1,
        "post_id": "880011223344551",
        "published_at": data["publications"][0]["published_at"],
        "version": 1,
    }
    (m,) = data["metrics"]
    src = fx.META_POSTS[0]
    assert (m["platform"], m["source"], m["snapshot_at"]) == ("facebook", f.name, "2026-11-28T03:00:00.000Z")
    assert (m["views"], m["reach"], m["reactions"], m["comments"], m["shares"]) == (
        int(src["Views"]),
        int(src["Reach"]),
        int(src["Reactions"]),
        int(src["Comments"]),
        int(src["Shares"]),
    )
    assert m["engagement_rate"] == round((40 + 3 + 2) / 923, 4) == 0.0488
    assert m["avg_seconds_viewed"] == 7.5 and m["watch_through"] == round(7.5 / 12, 3)
    assert lib.verifier.verify().ok


def test_the_same_bytes_again_are_a_duplicate_and_a_newer_export_adds_a_snapshot(lib, home, tmp_path):
    run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1)
    f1 = _write(tmp_path, "a.csv", fx.meta_posts_csv(), datetime(2026, 11, 28, tzinfo=timezone.utc))
    assert run_cli(home, "stats", "import", str(f1)).code == 0
    copy = _write(tmp_path, "a-copy.csv", f1.read_bytes())
    (dup,) = run_cli(home, "stats", "import", str(copy), "--json").json()
    assert dup["result"] == "duplicate" and "were imported on" in dup["reason"]
    newer = [dict(fx.META_POSTS[0], Views="2100", Reach="1300", Reactions="55")] + fx.META_POSTS[1:]
    f2 = _write(tmp_path, "b.csv", fx.meta_posts_csv(newer))
    (res,) = run_cli(home, "stats", "import", str(f2), "--exported-at", "2026-11-30T10:00", "--json").json()
    assert res["result"] == "imported" and res["exported_at"] == "2026-11-30T03:00:00.000Z"
    metrics = run_cli(home, "stats", "clip", "news-1", "--json").json()["metrics"]
    assert [m["views"] for m in metrics] == [1628, 2100]
    assert metrics[1]["growth"]["views"] == 472 and metrics[1]["growth"]["reach"] == 1300 - 923
    days = (
        datetime(2026, 11, 30, 3, tzinfo=timezone.utc) - datetime(2026, 11, 28, tzinfo=timezone.utc)
    ).total_seconds() / 86400
    assert metrics[1]["growth"]["views_per_day"] == round(472 / days, 1)


def test_a_broken_file_is_rejected_and_nothing_of_it_is_stored(lib, home, tmp_path):
    from reviewer.storage.stats_models import StatFileDataRow, StatFileRow, StatRowRow

    raw = fx.meta_posts_csv()
    broken = _write(tmp_path, "broken.csv", raw[: len(raw) - 40])
    unknown = _write(tmp_path, "Content.csv", b"name,age\nAn,3\n")
    events_before = sum(1 for _ in lib.library.audit_events())
    r = run_cli(home, "stats", "import", str(broken), str(unknown), "--json")
    assert r.code == 1
    results = r.json()
    assert [x["result"] for x in results] == ["rejected", "rejected"]
    assert "cells but the header has 26" in results[0]["reason"]
    assert "not a known export" in results[1]["reason"]
    assert _count(lib, StatFileRow) == _count(lib, StatRowRow) == _count(lib, StatFileDataRow) == 0
    assert sum(1 for _ in lib.library.audit_events()) == events_before


def test_every_kind_of_file_imports_from_zips_and_folders(lib, home, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    _write(folder, "yt.zip", fx.youtube_zip())
    _write(folder, "Followers_daimau.zip", fx.tiktok_followers_zip())
    _write(folder, "Content.csv", fx.tiktok_content_csv(), datetime(2026, 11, 29, tzinfo=timezone.utc))
    _write(folder, "Overview.csv", fx.tiktok_overview_csv())
    _write(folder, "Viewers.csv", fx.tiktok_viewers_csv())
    _write(folder, "Follows.csv", fx.meta_daily_utf16("Facebook follows", [("2026-11-01", 14), ("2026-11-02", 9)]))
    _write(folder, "Audience.csv", fx.meta_audience_utf16())
    _write(folder, "geo.csv", fx.youtube_geography_csv())
    run_cli(home, "publish", "news-1", "--platform", "youtube", "--url", "https://youtu.be/Ab3dEf6hIj0")
    run_cli(home, "publish", "news-1", "--platform", "tiktok", "--url", fx.TT_VIDEOS[0][1])
    r = run_cli(home, "stats", "import", str(folder), "--json")
    assert r.code == 0, r.err
    got = {x["path"].split("exports/")[-1]: x for x in r.json()}
    assert {k: v["format"] for k, v in got.items()} == {
        "Audience.csv": "meta_audience",
        "Content.csv": "tiktok_content",
        "Follows.csv": "meta_daily",
        "Followers_daimau.zip:FollowerActivity.csv": "tiktok_activity",
        "Followers_daimau.zip:FollowerGender.csv": "tiktok_gender",
        "Followers_daimau.zip:FollowerHistory.csv": "tiktok_followers",
        "Followers_daimau.zip:FollowerTopTerritories.csv": "tiktok_territories",
        "Overview.csv": "tiktok_overview",
        "Viewers.csv": "tiktok_viewers",
        "geo.csv": "youtube_geography",
        "yt.zip:Table data.csv": "youtube_content",
        "yt.zip:Totals.csv": "youtube_totals",
    }
    assert got["yt.zip:Table data.csv"]["warnings"] == ["not used: Chart data.csv (the chart's daily points)"]
    assert got["yt.zip:Table data.csv"]["matched"] == 1 and got["Content.csv"]["matched"] == 1
    # TikTok's "Time" column dates the snapshot (its year from the file's time).
    assert got["Content.csv"]["exported_at"] == "2026-11-27T17:00:00.000Z"  # 28/11 00:00 in Hà Nội
    metrics = {m["platform"]: m for m in run_cli(home, "stats", "clip", "news-1", "--json").json()["metrics"]}
    assert metrics["youtube"]["views"] == 2450 and metrics["youtube"]["watch_through"] == 0.654
    assert metrics["youtube"]["reach"] is None and metrics["youtube"]["engagement_rate"] is None
    assert (metrics["tiktok"]["views"], metrics["tiktok"]["reactions"], metrics["tiktok"]["shares"]) == (5120, 210, 9)
    aud = run_cli(home, "stats", "audience", "--json").json()
    assert aud["active_followers_by_hour"]["tiktok"]["20"] == 403.5  # (400 + 407) / 2
    assert aud["shares"]["facebook"]["city"]["Hà Nội, Vietnam"] == pytest.approx(0.312)
    assert aud["shares"]["tiktok"]["gender"] == {"Female": 0.54, "Male": 0.445, "Other": 0.015}
    assert aud["viewers"]["tiktok"] == {"total": 4780.0, "new": 3800.0, "returning": 980.0}
    assert aud["publications_by_hour"]
    assert not any("person" in json.dumps(aud) for _ in [0])


def test_unmatched_rows_get_suggestions_and_a_match_by_hand_is_audited(lib, home, tmp_path):
    # news-2 published on Facebook with a URL the export does not name (a share link).
    from reviewer.core.stats.values import station_zone

    when = lib.approved_at["news-2"] + timedelta(seconds=30)
    r = run_cli(
        home,
        "publish",
        "news-2",
        "--platform",
        "facebook",
        "--url",
        "https://www.facebook.com/share/v/abc123",
        "--at",
        when.isoformat(),
    )
    assert r.code == 0, r.err
    local = when.astimezone(station_zone("Asia/Ho_Chi_Minh"))
    posts = [
        dict(
            fx.META_POSTS[1],
            **{
                "Post ID": "1122334455669999",
                "Permalink": "https://www.facebook.com/reel/880099",
                "Publish time": local.strftime("%m/%d/%Y %H:%M"),
            },
        )
    ]
    f = _write(tmp_path, "p.csv", fx.meta_posts_csv(posts), datetime(2026, 11, 28, tzinfo=timezone.utc))
    (res,) = run_cli(home, "stats", "import", str(f), "--json").json()
    assert (res["matched"], res["unmatched"]) == (0, 1)  # never matched silently
    (item,) = run_cli(home, "stats", "unmatched", "--json").json()
    assert item["suggestions"][0]["clip_id"] == "news-2"
    assert item["suggestions"][0]["hours_apart"] == 0.0
    r = run_cli(home, "stats", "match", str(item["row"]), "news-2")
    assert r.code == 0 and "tied to news-2" in r.out
    assert run_cli(home, "stats", "unmatched", "--json").json() == []
    (m,) = run_cli(home, "stats", "clip", "news-2", "--json").json()["metrics"]
    assert m["views"] == 5310 and m["reach"] == 4102
    ev = [e for e in lib.library.audit_events() if e.kind == "stats_match"]
    assert len(ev) == 1 and ev[0].payload["clip_id"] == "news-2"
    again = run_cli(home, "stats", "match", str(item["row"]), "news-1")
    assert again.code == 2 and "already matched to news-2" in again.err


def test_a_publication_recorded_after_the_import_ties_the_rows(lib, home, tmp_path):
    f = _write(tmp_path, "p.csv", fx.meta_posts_csv(), datetime(2026, 11, 28, tzinfo=timezone.utc))
    (res,) = run_cli(home, "stats", "import", str(f), "--json").json()
    assert res["matched"] == 2  # by the clip codes in the post texts (news-1, news-3), no publication yet
    r = run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1, "--json")
    assert r.json()["rows_tied"] == 1
    with lib.db.read_scope() as s:
        from reviewer.storage.stats_models import StatRowRow

        tied = s.execute(select(StatRowRow.publication_id).where(StatRowRow.clip_id == "news-1")).scalar_one()
    assert tied == r.json()["id"]
    assert run_cli(home, "stats", "clip", "news-1", "--json").json()["metrics"][0]["views"] == 1628


def test_summary_by_platform_political_topic_time_author_and_the_review(lib, home, tmp_path):
    run_cli(home, "publish", "news-1", "--platform", "facebook", "--url", FB1)
    run_cli(home, "publish", "news-2", "--platform", "facebook", "--url", FB2)
    f = _write(tmp_path, "p.csv", fx.meta_posts_csv(), datetime(2026, 11, 28, tzinfo=timezone.utc))
    run_cli(home, "stats", "import", str(f))
    s = run_cli(home, "stats", "summary", "--json").json()
    t = s["totals"]
    assert t["clips"] == 3 and t["views"] == 1628 + 5310 + 980 and t["reach"] == 923 + 4102 + 700
    assert t["engagement_rate"] == round((45 + 301 + 35) / (923 + 4102 + 700), 4)
    by = {name: {g["key"]: g for g in groups} for name, groups in s["by"].items()}
    assert by["platform"]["facebook"]["clips"] == 3
    assert by["political"]["political"]["clips"] == 3  # make_source marks them political
    assert by["author"]["Nguyễn Thu Hà"]["clips"] == 3
    assert {"thoisu", "vtv"} <= set(by["topic"])  # the approved post text's hashtags
    review = s["review"]
    assert review["decisions"]["approval"] == 3 and review["vetted"] == 3
    assert review["time_to_decision"]["n"] == 3
    assert review["approved_never_published"] == ["news-3"]
    text = run_cli(home, "stats", "summary", "--from", "2026-11-01", "--to", "2026-11-30")
    assert text.code == 0 and "by platform" in text.out
