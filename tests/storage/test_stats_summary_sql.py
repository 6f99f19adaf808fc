"""``stats summary`` grouped by the database gives exactly the summary counted post by post.

A generated library with the awkward cases: numbers missing, zero reach, several snapshots and
several posts per clip and platform, posts known by their URL only, posts known by neither (several in one export,
and again in the next), YouTube's average % viewed beside
average seconds viewed with and without a duration, clips approved but never published (their
rows tied by clip code), hashtags in post texts, times on both sides of a summer-time change.
The reference is the straightforward computation (every matched row read as a ``MetricRow``,
newest snapshot per post, summed per clip and platform, then grouped one clip at a time).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, text

from reviewer.core.stats.measures import clip_effects, first_publications, summarize
from reviewer.core.stats.values import station_zone

UTC = timezone.utc
TOPICS = ["Thời sự", "Kinh tế", "", "Văn hóa"]
TEXTS = ["", "Tin mới #ThoiSu #QuocHoi.", "Chợ phiên #kinhte", "Không có thẻ", "#𝐕𝐚𝐧𝐇𝐨𝐚 cuối tuần #thoisu"]


def fill(db, *, clips: int = 60, seed: int = 11, maintained: bool = True) -> None:
    """Clips, versions with post texts, publications, two export files with rows tied to clips
    (``maintained``: and the numbers kept per clip and platform, as the desk keeps them)."""
    from reviewer.core.stats.measures import hashtags
    from reviewer.storage.models import ClipRow, PostTextRow, VersionRow
    from reviewer.storage.stat_effects import refresh_effects
    from reviewer.storage.stats_models import PublicationRow, StatFileRow, StatRowRow

    rnd = random.Random(seed)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    # Around Europe's change to summer time (2026-03-29 01:00 UTC) and back (2026-10-25 01:00 UTC).
    base = [
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 24, 23, 10, tzinfo=UTC),
        datetime(2026, 11, 27, 16, 59, 59, 999999, tzinfo=UTC),
    ]
    clip_rows, versions, texts, pubs = [], [], [], []
    for i in range(clips):
        cid = f"c{i:03d}"
        clip_rows.append(
            {
                "id": cid,
                "title": f"Tin {i}",
                "platform": "facebook",
                "priority": 3,
                "deadline": None,
                "political": i % 3 == 0,
                "author": ["Hà", "", "Bình", "An"][i % 4],
                "status": "approved",
                "created_at": now,
                "updated_at": now,
                "current_version": 1,
                "current_sha256": f"{i:064x}",
                "duration_ms": [0, 12000, 30500, 7000][i % 4],
                "search_key": cid,
                "topic": TOPICS[i % len(TOPICS)],
            }
        )
        versions.append(
            {
                "id": i + 1,
                "clip_id": cid,
                "number": 1,
                "sha256": f"{i:064x}",
                "size": 1,
                "original_name": "a.mp4",
                "duration_ms": 1,
                "width": 1,
                "height": 1,
                "fps": 25.0,
                "video_codec": "h264",
                "ingested_at": now,
                "store_path": "x",
            }
        )
        if i % 5:
            texts.append({"version_id": i + 1, "text": TEXTS[i % len(TEXTS)], "sha256": "0" * 64})
        if i % 6 == 5:
            continue  # approved, never published: rows tied by its clip code only
        for platform in ("facebook", "youtube")[: 1 + i % 2]:
            for k in range(1 + (i % 7 == 0)):  # some clips published twice on a platform
                when = rnd.choice(base) + timedelta(minutes=rnd.randint(-90, 90) * (i % 3))
                pubs.append(
                    {
                        "clip_id": cid,
                        "version": 1,
                        "version_sha256": f"{i:064x}",
                        "platform": platform,
                        "url": f"https://x/{cid}/{platform}/{k}",
                        "url_key": f"x/{cid}/{platform}/{k}",
                        "post_id": f"{cid}-{platform}-{k}",
                        "published_at": when + timedelta(hours=k),
                        "recorded_at": now,
                        "recorded_by": "test",
                        "approval_sha256": "0" * 64,
                        "audit_seq": 0,
                    }
                )
    files = [
        {
            "id": n,
            "sha256": f"{n:064x}",
            "file_name": f"export-{n}.csv",
            "platform": "facebook",
            "kind": "posts",
            "format": "meta_posts",
            "exported_at": datetime(2026, 11, 20 + n, tzinfo=UTC),
            "imported_at": now,
            "imported_by": "test",
            "rows": 0,
            "matched": 0,
            "unmatched": 0,
            "audit_seq": 0,
        }
        for n in (1, 2)
    ]

    def maybe(value):
        return None if rnd.random() < 0.2 else value

    rows = []
    for i in range(clips):
        cid = f"c{i:03d}"
        for platform in ("facebook", "youtube")[: 1 + i % 2]:
            for post in range(1 + (i % 4 == 1)):  # two posts of one clip on a platform
                for file_id in (1, 2)[: 1 + (i % 3 != 2)]:  # one or two snapshots
                    reach = maybe(rnd.choice([0, 0, rnd.randint(1, 5000)]))
                    rows.append(
                        {
                            "file_id": file_id,
                            "row_no": len(rows),
                            "platform": platform,
                            # Some posts known by their URL only (no post id), some by
                            # neither (found by their clip code; one clip has two such posts).
                            "post_id": None if i % 8 in (3, 5) else f"{cid}-{platform}-{post}",
                            "alt_id": None,
                            "url_key": "" if i % 8 == 5 else f"x/{cid}/{platform}/{post}",
                            "url": None,
                            "title": "",
                            "text": "",
                            "post_type": "",
                            "published_at": maybe(
                                datetime(2026, 11, 2, tzinfo=UTC) + timedelta(hours=rnd.randint(0, 900))
                            ),
                            "duration_s": rnd.choice([None, 0.0, 15.0, 42.5]),
                            "views": maybe(rnd.choice([0, rnd.randint(1, 90000)])),
                            "reach": reach,
                            "reactions": maybe(rnd.randint(0, 300)),
                            "comments": maybe(rnd.randint(0, 50)),
                            "shares": maybe(rnd.randint(0, 40)),
                            "interactions": maybe(rnd.randint(0, 400)),
                            "avg_seconds_viewed": maybe(round(rnd.uniform(1, 30), 1)),
                            "avg_pct_viewed": rnd.choice([None, None, round(rnd.uniform(5, 95), 2)]),
                            "clip_id": cid,
                            "publication_id": None,
                            "match": "code",
                        }
                    )
    with db.write_scope() as s:
        conn = s.connection()
        conn.execute(insert(ClipRow.__table__), clip_rows)
        conn.execute(insert(VersionRow.__table__), versions)
        if maintained:  # the hashtags kept beside each text, as the desk stores it
            for t in texts:
                t["hashtags"] = " ".join(hashtags(t["text"]))
            conn.execute(insert(PostTextRow.__table__), texts)
        else:  # a library from before revision 0009: no hashtags column
            conn.execute(
                text("INSERT INTO post_texts (version_id, text, sha256) VALUES (:version_id, :text, :sha256)"), texts
            )
        conn.execute(insert(PublicationRow.__table__), pubs)
        conn.execute(insert(StatFileRow.__table__), files)
        conn.execute(insert(StatRowRow.__table__), rows)
        # Rows written straight into the tables: the maintained numbers are recomputed as the
        # migration does (imports, publications and matches keep them by themselves).
        if maintained:
            refresh_effects(conn)


def reference(stats, start=None, end=None) -> dict:
    """The summary counted one post and one clip at a time."""
    repo = stats.repo
    facts = {c.id: c for c in repo.clip_facts()}
    effects = clip_effects(repo.metric_rows(), {c.id: c.duration_ms / 1000 for c in facts.values()})
    return summarize(
        effects, facts, first_publications(repo.publications()), stats.zone, start=start, end=end
    ).to_json()


PERIODS = [
    (None, None),
    (datetime(2026, 3, 28, 17, tzinfo=UTC), None),
    (None, datetime(2026, 10, 24, 23, 40, tzinfo=UTC)),
    (datetime(2026, 3, 29, tzinfo=UTC), datetime(2026, 11, 27, 16, 59, 59, 999999, tzinfo=UTC)),
]


def _check(services):
    stats = services.stats
    for zone in ("Asia/Ho_Chi_Minh", "Europe/Paris", "+05:45", "America/St_Johns"):
        stats.zone = station_zone(zone)
        for start, end in PERIODS:
            fast = stats.summary(start=start, end=end).to_json()
            assert fast == reference(stats, start, end), (zone, start, end)
            # The path of the filtered summaries (report, clip list): the same numbers. Its hours
            # once took one UTC offset for a period that crossed summer time and back.
            slow = stats.summary(start=start, end=end, clips=stats.clip_facts(), with_effects=True)
            assert slow.to_json() == fast, (zone, start, end)
    assert fast["clips"] > 0 and {g["key"] for g in fast["by"]["topic"]} >= {"Thời sự", "quochoi", "Kinh tế"}


def test_summary_grouped_by_sqlite_equals_the_reference(services):
    fill(services.db)
    _check(services)


def test_a_library_from_before_the_maintained_numbers_is_filled_when_it_opens(home):
    """Revision 0008 fills ``stat_effects`` from the rows a library already had."""
    from alembic import command

    from reviewer.services import build_services
    from reviewer.storage.db import Database

    home.mkdir(parents=True, exist_ok=True)
    old = Database(f"sqlite:///{home / 'reviewer.db'}")
    command.upgrade(old.alembic_config(), "0007")
    fill(old, maintained=False)
    old.dispose()
    services = build_services(str(home), None)
    try:
        with services.db.read_scope() as s:
            assert s.execute(text("SELECT COUNT(*) FROM stat_effects")).scalar() == 90
        _check(services)
    finally:
        services.close()


def test_an_empty_library_has_an_empty_summary(services):
    assert services.stats.summary().to_json() == reference(services.stats)


@pytest.mark.postgres  # starts a PostgreSQL server (tests/storage/test_postgres.py's pg_url)
def test_summary_grouped_by_postgresql_equals_the_reference(tmp_path, monkeypatch, request):
    pg_url = request.getfixturevalue("fresh_pg")
    from reviewer.services import build_services

    monkeypatch.setenv("REVIEWER_HOME", str(tmp_path / "home"))
    services = build_services(str(tmp_path / "home"), pg_url)
    try:
        fill(services.db)
        _check(services)
    finally:
        services.close()


from tests.storage.test_postgres import fresh_pg, pg_url  # noqa: E402,F401 - fixtures

pytestmark = pytest.mark.filterwarnings("ignore")


# -- the "Hiệu quả" view's data, read a column at a time, against the straightforward computation --
def reference_effectiveness(stats, start, end, platform, political, topic):
    """The view's data computed as before the columns: every clip's facts, its topics one clip at
    a time, the summary with every (clip, platform)'s numbers, the table summed effect by effect."""
    from reviewer.core.stats.measures import _topics, audience_view
    from reviewer.core.stats.values import fold

    clips = stats.clip_facts()
    pubs = stats.repo.publications()
    all_topics: dict[str, str] = {}
    for c in sorted(clips.values(), key=lambda c: c.id):
        for key, label in _topics(c).items():
            all_topics.setdefault(key, label)
    keep = None
    if political is not None or topic:
        want = fold(topic).replace(" ", "").lstrip("#") if topic else None
        keep = {
            c.id
            for c in clips.values()
            if (political is None or c.political == political) and (want is None or want in _topics(c))
        }
    if platform or keep is not None:
        pubs = [p for p in pubs if (not platform or p.platform == platform) and (keep is None or p.clip_id in keep)]
    summary = stats.summary(start=start, end=end, clips=clips, platform=platform, keep=keep, with_effects=True)
    table: dict = {}
    for e in summary.effects:
        fact = clips.get(e.clip_id)
        t = table.setdefault(
            e.clip_id,
            {
                "clip_id": e.clip_id,
                "title": fact.title if fact else e.clip_id,
                "political": bool(fact and fact.political),
                "author": fact.author if fact else "",
                "topic": fact.topic if fact else "",
                "platforms": [],
                "published_at": e.published_at,
                "views": 0,
                "reach": 0,
                "interactions": 0,
                "ri": 0,
                "num": 0.0,
                "den": 0.0,
            },
        )
        t["platforms"].append(e.platform)
        if e.published_at and (t["published_at"] is None or e.published_at < t["published_at"]):
            t["published_at"] = e.published_at
        t["views"] += e.views or 0
        t["reach"] += e.reach or 0
        t["interactions"] += e.interactions or 0
        if e.reach and e.interactions is not None:
            t["ri"] += e.interactions
        if e.watch_through is not None:
            weight = float(e.views or 1)
            t["num"] += e.watch_through * weight
            t["den"] += weight
    rows = []
    for t in table.values():
        t["views_growth"] = None
        t["engagement_rate"] = t["ri"] / t["reach"] if t["reach"] else None
        t["watch_through"] = t["num"] / t["den"] if t["den"] else None
        for k in ("ri", "num", "den"):
            del t[k]
        t["platforms"] = sorted(t["platforms"])
        rows.append(t)
    rows.sort(key=lambda t: (-t["views"], t["clip_id"]))
    return (
        summary.to_json(),
        rows,
        sorted(all_topics.values(), key=str.casefold),
        audience_view(stats.repo.audience(), summary, pubs, stats.zone),
    )


@pytest.mark.parametrize(
    "platform,political,topic",
    [
        (None, None, None),
        ("facebook", None, None),
        (None, True, None),
        (None, None, "thời sự"),
        ("youtube", False, "#KinhTe"),
        (None, None, "không-có"),
    ],
)
def test_the_effectiveness_view_gives_the_numbers_counted_clip_by_clip(services, platform, political, topic):
    fill(services.db)
    stats = services.stats
    stats.zone = station_zone("Europe/Paris")
    for start, end in PERIODS[:3]:
        got = stats.effectiveness(start=start, end=end, platform=platform, political=political, topic=topic)
        summary, rows, topics, audience = reference_effectiveness(stats, start, end, platform, political, topic)
        assert got.summary.to_json() == summary
        assert got.topics == topics and got.audience == audience
        assert [r["clip_id"] for r in got.clips] == [r["clip_id"] for r in rows]
        for a, b in zip(got.clips, rows):
            assert a == {k: pytest.approx(v) if isinstance(v, float) else v for k, v in b.items()}
    if (platform, political, topic) == (None, None, None):
        assert len(got.clips) > 20 and {"Thời sự", "quochoi", "Kinh tế"} <= set(got.topics)
