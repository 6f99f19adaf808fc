"""Tables of publications and imported platform statistics (Alembic revision 0007).

``stat_files`` is one imported export file (one snapshot, identified by the SHA-256 of its
bytes); ``stat_file_data`` keeps every post row of it (its normalised columns, compressed Arrow
IPC: one write for 100,000 rows); ``stat_rows`` are the rows tied to a clip, with their lifetime
numbers, which the effectiveness numbers read; ``stat_effects`` (revision 0008) the newest numbers
of each (clip, platform) summed from ``stat_rows``, kept true by every change of the rows or the
publications in the same transaction (``storage/stat_effects.py``); ``series_points`` and ``audience_items`` hold the
page-level daily series and audience aggregates (never a person).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reviewer.storage.models import Base, UTCDateTime


class PublicationRow(Base):
    """Where and when an approved clip version went out (audited)."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    clip_id: Mapped[str] = mapped_column(ForeignKey("clips.id", ondelete="RESTRICT"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    version_sha256: Mapped[str] = mapped_column(String(64))
    platform: Mapped[str] = mapped_column(String(40))
    url: Mapped[str] = mapped_column(Text)
    url_key: Mapped[str] = mapped_column(String(500))
    post_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(200))
    approval_sha256: Mapped[str] = mapped_column(String(64))
    audit_seq: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("platform", "url_key", name="uq_publication_url"),
        Index("ix_publications_post", "platform", "post_id"),
        # A clip's first publication on a platform (stat_effects), found without a scan.
        Index("ix_publications_first", "clip_id", "platform", "published_at"),
    )


class StatFileRow(Base):
    """One imported export file: a snapshot of its platform's numbers at ``exported_at``."""

    __tablename__ = "stat_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(Text)
    platform: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(40))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(Integer)
    matched: Mapped[int] = mapped_column(Integer)
    unmatched: Mapped[int] = mapped_column(Integer)
    warnings_json: Mapped[str] = mapped_column(Text, default="[]")
    audit_seq: Mapped[int] = mapped_column(Integer)


class StatFileDataRow(Base):
    """Every post row of one per-post export file, as compressed Arrow IPC bytes."""

    __tablename__ = "stat_file_data"
    file_id: Mapped[int] = mapped_column(ForeignKey("stat_files.id", ondelete="RESTRICT"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class StatRowRow(Base):
    """A post row of an export tied to a clip (and its publication), with its numbers."""

    __tablename__ = "stat_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stat_files.id", ondelete="RESTRICT"), index=True)
    row_no: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str] = mapped_column(String(40))
    post_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    alt_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    url_key: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    post_type: Mapped[str] = mapped_column(String(40), default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    views: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reach: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reactions: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    comments: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    shares: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    interactions: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    impressions: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    engaged_views: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    seconds_viewed: Mapped[float | None] = mapped_column(Float, nullable=True)
    avg_seconds_viewed: Mapped[float | None] = mapped_column(Float, nullable=True)
    avg_pct_viewed: Mapped[float | None] = mapped_column(Float, nullable=True)
    watch_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    ctr_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    stayed_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    clip_id: Mapped[str | None] = mapped_column(ForeignKey("clips.id", ondelete="RESTRICT"), nullable=True, index=True)
    publication_id: Mapped[int | None] = mapped_column(
        ForeignKey("publications.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    match: Mapped[str | None] = mapped_column(String(20), nullable=True)

    __table_args__ = (
        UniqueConstraint("file_id", "row_no", name="uq_stat_row"),
        Index("ix_stat_rows_post", "platform", "post_id"),
    )


class StatEffectRow(Base):
    """The newest numbers of one clip on one platform, summed over its posts (newest row of each
    post), maintained from ``stat_rows`` and ``publications`` so the summary reads one narrow row
    per (clip, platform) instead of every snapshot of every post.

    Watch-through is kept as weighted sums so that a new version's duration is never stale:
    ``through_num/den`` for posts whose watch-through is known from the export alone,
    ``seconds_num/den`` (average seconds viewed) for posts that need the clip's own duration."""

    __tablename__ = "stat_effects"
    clip_id: Mapped[str] = mapped_column(ForeignKey("clips.id", ondelete="RESTRICT"), primary_key=True)
    platform: Mapped[str] = mapped_column(String(40), primary_key=True)
    posts: Mapped[int] = mapped_column(Integer)
    views: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reach: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    interactions: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    through_num: Mapped[float | None] = mapped_column(Float, nullable=True)
    through_den: Mapped[float | None] = mapped_column(Float, nullable=True)
    seconds_num: Mapped[float | None] = mapped_column(Float, nullable=True)
    seconds_den: Mapped[float | None] = mapped_column(Float, nullable=True)
    first_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    own_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SeriesPointRow(Base):
    """One day of a page/account-level series (views, follows, … of the whole page)."""

    __tablename__ = "series_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stat_files.id", ondelete="RESTRICT"), index=True)
    platform: Mapped[str] = mapped_column(String(40))
    metric: Mapped[str] = mapped_column(String(200))
    day: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float, nullable=True)

    __table_args__ = (Index("ix_series_metric_day", "platform", "metric", "day"),)


class AudienceItemRow(Base):
    """One aggregate of an audience file (a share of the followers, a count by hour…)."""

    __tablename__ = "audience_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stat_files.id", ondelete="RESTRICT"), index=True)
    platform: Mapped[str] = mapped_column(String(40))
    dimension: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(300))
    day: Mapped[str | None] = mapped_column(String(10), nullable=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(10))
