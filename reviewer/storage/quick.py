"""The top of the review queue in a few milliseconds, before the library is opened.

The desk puts the top clip on screen while the library (SQLAlchemy, the services) is still
loading: this reads only which file that is, with the standard library's sqlite3, read-only, in
the same order as ``Library.queue`` (political first, then priority, deadline — none last —, age,
id). Anything unusual (another database, a library not created yet, a schema that needs
migrating) answers None and the desk simply waits for the library.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TopClip:
    """The clip the desk opens on: enough to put its first frame on screen."""

    clip_id: str
    store_path: str
    fps: float
    width: int
    height: int
    duration_ms: int
    display_aspect: float | None = None  # the picture's shape on screen (None: not stored)


_QUERY = """
SELECT c.id, v.store_path, v.fps, v.width, v.height, v.duration_ms, v.display_aspect
FROM clips c LEFT JOIN clip_versions v ON v.clip_id = c.id AND v.number = c.current_version
WHERE c.status = 'pending'
ORDER BY c.political DESC, c.priority ASC, CASE WHEN c.deadline IS NULL THEN 1 ELSE 0 END,
         c.deadline ASC, c.created_at ASC, c.id ASC
LIMIT 1
"""


def top_of_queue(db_url: str) -> TopClip | None:
    """The first pending clip of a SQLite library (None when unknown: the library will say)."""
    prefix = "sqlite:///"
    if not db_url.startswith(prefix):
        return None
    path = Path(db_url[len(prefix) :])
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(_QUERY).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if row is None or row[1] is None:
        return None  # nothing pending, or the top clip has no file to show
    clip_id, store_path, fps, width, height, duration, aspect = row
    return TopClip(
        str(clip_id),
        str(store_path),
        float(fps or 0.0),
        int(width or 0),
        int(height or 0),
        int(duration or 0),
        float(aspect) if aspect else None,
    )
