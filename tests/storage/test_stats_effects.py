"""The maintained per-(clip, platform) numbers (``stat_effects``) stay equal to a recomputation.

Every step a station takes changes which rows count: a first import, a newer export of the same
posts, the same file again, a publication recorded after its rows were imported (they are tied
then), a row matched by hand, posts that have neither id nor link (found by their clip code).
After each, the table kept by those steps must equal the table recomputed from every row, and
``stats summary`` (which reads it) must equal the summary counted post by post.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import insert, text

from reviewer.storage.stat_effects import EFFECT_COLUMNS, refresh_effects
from tests.stats_fixtures import META_POST_COLUMNS, meta_posts_csv
from tests.storage.test_stats_summary_sql import reference

UTC = timezone.utc


def _clips(db, ids: list[str]) -> None:
    from reviewer.storage.models import ClipRow

    now = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [
        {
            "id": cid,
            "title": cid,
            "platform": "facebook",
            "priority": 3,
            "deadline": None,
            "political": n % 2 == 0,
            "author": "Hà",
            "status": "approved",
            "created_at": now,
            "updated_at": now,
            "current_version": 1,
            "current_sha256": f"{n:064x}",
            "duration_ms": 20000,
            "search_key": cid,
            "topic": "Thời sự",
        }
        for n, cid in enumerate(ids)
    ]
    with db.write_scope() as s:
        s.connection().execute(insert(ClipRow.__table__), rows)


def _publish(services, clip_id: str, post: str, when: datetime) -> int:
    _pub, tied = services.stats.repo.add_publication(
        clip_id=clip_id,
        version=1,
        version_sha256="0" * 64,
        platform="facebook",
        url=f"https://www.facebook.com/reel/{post}",
        url_key=f"facebook.com/reel/{post}",
        post_id=post,
        published_at=when,
        approval_sha256="0" * 64,
        actor="test",
    )
    return tied


def _post(post_id: str, description: str, views: int, *, link: bool = True, when: str = "11/20/2026 09:15") -> dict:
    return {
        "Post ID": post_id,
        "Title": f"Bản tin {post_id or 'không mã'} #thoisu",
        "Description": description,
        "Duration (sec)": "20",
        "Publish time": when,
        "Permalink": f"https://www.facebook.com/reel/{post_id}" if link and post_id else "",
        "Post type": "Reels",
        "Views": str(views),
        "Reach": str(views // 2),
        "Reactions, Comments and Shares": "12",
        "Reactions": "10",
        "Comments": "1",
        "Shares": "1",
        "Seconds viewed": str(views * 5),
        "Average Seconds viewed": f"{5 + views % 7}.5",
    }


def _export(day: int, bump: int) -> bytes:
    """One export of the station's page on 2026-11-<day>; ``bump`` changes every number."""
    posts = [
        _post("9001", "Tin sáng", 1000 + bump),  # c1's publication (by post id)
        _post("9002", "Mã clip: c2", 800 + bump),  # c2 by its clip code
        _post("9003", "Không có mã", 500 + bump),  # nobody's: matched by hand later
        _post("9004", "Tin chiều", 300 + bump),  # c4's publication, recorded after the import
        # Two posts of c3 without id or link: only their clip code finds them.
        _post("", "Mã clip: c3 (bản 1)", 200 + bump, link=False),
        _post("", "Mã clip: c3 (bản 2)", 150 + bump, link=False, when="11/20/2026 18:00"),
    ]
    csv = meta_posts_csv(posts, META_POST_COLUMNS)
    return csv.replace(b"Lifetime", f"2026-11-{day:02d}".encode())


def _effects(db) -> list[tuple]:
    with db.read_scope() as s:
        return sorted(tuple(r) for r in s.execute(text(f"SELECT {EFFECT_COLUMNS} FROM stat_effects")))


class _Undo(Exception):
    """Rolls the recomputation back: the next step must build on what the desk kept itself."""


def _recomputed(db) -> list[tuple]:
    """The table as recomputed from every row (as the migration fills it), not kept."""
    out: list[tuple] = []
    try:
        with db.write_scope() as s:
            refresh_effects(s)
            out = sorted(tuple(r) for r in s.execute(text(f"SELECT {EFFECT_COLUMNS} FROM stat_effects")))
            raise _Undo
    except _Undo:
        pass
    return out


def _check(services) -> list[tuple]:
    kept = _effects(services.db)
    assert kept == _recomputed(services.db)
    assert services.stats.summary().to_json() == reference(services.stats)
    return kept


def test_maintained_numbers_equal_a_recomputation_after_every_step(services, tmp_path):
    stats = services.stats
    _clips(services.db, ["c1", "c2", "c3", "c4"])
    _publish(services, "c1", "9001", datetime(2026, 11, 20, 2, 15, tzinfo=UTC))
    assert _check(services) == []  # a publication without rows counts nothing yet

    first = tmp_path / "posts-20.csv"
    first.write_bytes(_export(20, 0))
    (r,) = stats.import_paths([first])
    assert (r.result, r.matched, r.unmatched) == ("imported", 4, 2)
    kept = _check(services)
    by_pair = {(row[0], row[1]): row for row in kept}
    assert set(by_pair) == {("c1", "facebook"), ("c2", "facebook"), ("c3", "facebook")}
    assert by_pair[("c3", "facebook")][2:4] == (2, 350)  # both id-less posts of c3, summed

    newer = tmp_path / "posts-27.csv"
    newer.write_bytes(_export(27, 5000))
    (r,) = stats.import_paths([newer])
    assert r.result == "imported"
    kept = _check(services)
    by_pair = {(row[0], row[1]): row for row in kept}
    # The newer snapshot replaces the older one (never added to it), id-less posts included.
    assert by_pair[("c1", "facebook")][2:4] == (1, 6000)
    assert by_pair[("c3", "facebook")][2:4] == (2, 10350)

    (r,) = stats.import_paths([first])
    assert r.result == "duplicate"
    assert _check(services) == kept

    tied = _publish(services, "c4", "9004", datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    assert tied == 2  # both snapshots of the post
    kept = _check(services)
    assert {(row[0], row[1]): row for row in kept}[("c4", "facebook")][2:4] == (1, 5300)

    (row,) = [m for m, _s in stats.unmatched(with_suggestions=False) if m.post_key == "9003"]
    assert stats.match(row.id, "c2") == 2
    kept = _check(services)
    c2 = {(r[0], r[1]): r for r in kept}[("c2", "facebook")]
    assert c2[2:4] == (2, 5800 + 5500)  # its own post and the one matched by hand, newest snapshots
