"""What awaits the head, counted in the library: the desk's overview header reads this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, func, select

from reviewer.storage.db import Database
from reviewer.storage.models import ClipRow, SignoffRow


@dataclass(frozen=True)
class Overview:
    """Pending clips by what makes them urgent (a clip may be in several groups)."""

    pending: int
    political: int  # political clips waiting for a decision
    due_today: int  # deadline later today (not yet overdue)
    overdue: int  # deadline passed
    re_reviews: int  # a new version of a clip that was sent back (changes requested or rejected)


def overview(db: Database, now: datetime, end_of_day: datetime) -> Overview:
    """Count the pending queue's urgent groups at ``now`` (aware); today ends at ``end_of_day``."""
    pending = ClipRow.status == "pending"
    sent_back = exists().where(and_(SignoffRow.clip_id == ClipRow.id, SignoffRow.kind.in_(("changes", "rejection"))))
    with db.read_scope() as s:
        row = s.execute(
            select(
                func.count(),
                func.count().filter(ClipRow.political.is_(True)),
                func.count().filter(and_(ClipRow.deadline >= now, ClipRow.deadline < end_of_day)),
                func.count().filter(ClipRow.deadline < now),
                func.count().filter(and_(ClipRow.current_version > 1, sent_back)),
            )
            .select_from(ClipRow)
            .where(pending)
        ).one()
    return Overview(*(int(v or 0) for v in row))
