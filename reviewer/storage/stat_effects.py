"""The ``stat_effects`` table: the newest numbers of each (clip, platform), kept up to date.

``stats summary`` over 100,000 clips spent its time choosing, in every call, the newest snapshot
row of every post among all the imported rows (a window over the wide ``stat_rows``) and summing
them per clip and platform. Those sums change only when rows are tied to a clip or a publication
is recorded, so they are computed then, in the same write transaction, for the clips concerned
(:func:`refresh_effects`), and the summary reads one narrow row per (clip, platform).

Which row of a post counts (:data:`NEWEST`, also used by ``StatsRepository.effect_rows``): a post
is known by its post id, else its other id, else its URL key; its row from the newest export
(latest ``exported_at``, then the highest row id). A row with none of the three cannot be told
apart from another post, nor found again in another snapshot: of a clip's such rows on a
platform, those of the newest export that has any count (each one a post), the older ones not
— the same rule as ``core.stats.measures.clip_effects``.
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import text

__all__ = ["NEWEST", "POST_KEY", "refresh_effects", "EFFECT_COLUMNS"]

POST_KEY = "COALESCE(NULLIF(r.post_id, ''), NULLIF(r.alt_id, ''), NULLIF(r.url_key, ''), '')"
"""A stored row's post (``''``: a post without id or URL), over ``stat_rows r``."""

NEWEST = (
    f"CASE WHEN {POST_KEY} = '' THEN DENSE_RANK() OVER (PARTITION BY r.clip_id, r.platform, {POST_KEY}"
    f" ORDER BY f.exported_at DESC, r.file_id DESC)"
    f" ELSE ROW_NUMBER() OVER (PARTITION BY r.clip_id, r.platform, {POST_KEY}"
    f" ORDER BY f.exported_at DESC, r.id DESC) END"
)
"""1 for the rows that count (see the module docstring), over ``stat_rows r JOIN stat_files f``."""

EFFECT_COLUMNS = (
    "clip_id, platform, posts, views, reach, interactions, through_num, through_den, seconds_num,"
    " seconds_den, first_published_at, own_published_at"
)

# Watch-through per row: known from the export alone (``kt``: average % viewed, else average
# seconds / the export's duration), or average seconds that need the clip's duration (``sv``).
# One post counts with weight 1, several posts weighted by their views (as ``measures._effect``).
_SELECT = f"""
SELECT n.clip_id, n.platform, COUNT(*), SUM(n.views), SUM(n.reach), SUM(n.inter),
  CASE WHEN COUNT(*) = 1 THEN MAX(n.kt) ELSE SUM(CASE WHEN n.views > 0 THEN n.kt * n.views END) END,
  CASE WHEN COUNT(*) = 1 THEN MAX(CASE WHEN n.kt IS NOT NULL THEN 1.0 END)
       ELSE SUM(CASE WHEN n.views > 0 AND n.kt IS NOT NULL THEN n.views END) END,
  CASE WHEN COUNT(*) = 1 THEN MAX(n.sv) ELSE SUM(CASE WHEN n.views > 0 THEN n.sv * n.views END) END,
  CASE WHEN COUNT(*) = 1 THEN MAX(CASE WHEN n.sv IS NOT NULL THEN 1.0 END)
       ELSE SUM(CASE WHEN n.views > 0 AND n.sv IS NOT NULL THEN n.views END) END,
  (SELECT MIN(p.published_at) FROM publications p WHERE p.clip_id = n.clip_id AND p.platform = n.platform),
  MIN(n.published_at)
FROM (
  SELECT r.clip_id, r.platform, r.published_at, r.views, r.reach,
    COALESCE(r.reactions + r.comments + r.shares, r.interactions) AS inter,
    CASE WHEN r.avg_pct_viewed IS NOT NULL THEN r.avg_pct_viewed / 100.0
         WHEN r.avg_seconds_viewed IS NOT NULL AND r.duration_s IS NOT NULL AND r.duration_s <> 0
           THEN r.avg_seconds_viewed / r.duration_s END AS kt,
    CASE WHEN r.avg_pct_viewed IS NULL AND (r.duration_s IS NULL OR r.duration_s = 0)
         THEN r.avg_seconds_viewed END AS sv,
    {NEWEST} AS newest
  FROM stat_rows r JOIN stat_files f ON f.id = r.file_id
  WHERE r.clip_id IS NOT NULL{{where}}
) n WHERE n.newest = 1
GROUP BY n.clip_id, n.platform
"""

_CHUNK = 500  # clip ids per statement (well under every database's parameter limit)


def refresh_effects(conn: Any, clip_ids: Iterable[str] | None = None, *, file_id: int | None = None) -> None:
    """Recompute ``stat_effects`` inside the caller's transaction (``conn``: a session or
    connection) for the clips given, or the clips with rows in the export file ``file_id`` (an
    import: one statement however many clips it tied), or every clip (neither given). Call it
    after any change of ``stat_rows`` or ``publications`` of those clips."""
    if file_id is not None:
        tied = "(SELECT t.clip_id FROM stat_rows t WHERE t.file_id = :fid AND t.clip_id IS NOT NULL)"
        by_file: dict[str, int] = {"fid": int(file_id)}
        conn.execute(text(f"DELETE FROM stat_effects WHERE clip_id IN {tied}"), by_file)
        insert = f"INSERT INTO stat_effects ({EFFECT_COLUMNS}) " + _SELECT.format(where=f" AND r.clip_id IN {tied}")
        conn.execute(text(insert), by_file)
        return
    if clip_ids is None:
        conn.execute(text("DELETE FROM stat_effects"))
        conn.execute(text(f"INSERT INTO stat_effects ({EFFECT_COLUMNS}) " + _SELECT.format(where="")))
        return
    ids = sorted(set(clip_ids))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        names = ", ".join(f":c{k}" for k in range(len(chunk)))
        params = {f"c{k}": c for k, c in enumerate(chunk)}
        conn.execute(text(f"DELETE FROM stat_effects WHERE clip_id IN ({names})"), params)
        conn.execute(
            text(
                f"INSERT INTO stat_effects ({EFFECT_COLUMNS}) " + _SELECT.format(where=f" AND r.clip_id IN ({names})")
            ),
            params,
        )
