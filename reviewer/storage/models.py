"""SQLAlchemy 2 models of the library (the only package that imports sqlalchemy).

Schema changes happen only through Alembic revisions in ``reviewer/storage/migrations``.
Times are stored as aware UTC datetimes; media times as integer milliseconds.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from reviewer.core.search import search_key


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite drops the zone; we put it back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes: every time in the library is aware."""
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the library")
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Give back an aware UTC datetime (SQLite forgets the zone)."""
        from datetime import timezone

        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    """Declarative base of all library tables."""


def _clip_search_key(context: Any) -> str:
    """Column default: works for ORM adds and bulk Core inserts alike (per parameter set)."""
    p = context.get_current_parameters()
    return search_key(p.get("title"), p.get("id"), p.get("author"), p.get("platform"))


class ClipRow(Base):
    """A clip under review (one editorial item, many versions)."""

    __tablename__ = "clips"
    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    platform: Mapped[str] = mapped_column(String(40), default="")
    priority: Mapped[int] = mapped_column(Integer, default=3)
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    political: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    current_version: Mapped[int] = mapped_column(Integer, default=0)
    # Denormalised from the current version so the queue needs no join.
    current_sha256: Mapped[str] = mapped_column(String(64), default="")
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    # Accent- and case-folded title, id, author, platform: "quoc hoi" finds "Quốc hội".
    search_key: Mapped[str] = mapped_column(Text, default=_clip_search_key, server_default="")
    # The station's own topic of the clip (metadata "topic"), for the effectiveness views.
    topic: Mapped[str] = mapped_column(Text, default="", server_default="")
    versions: Mapped[list["VersionRow"]] = relationship(
        back_populates="clip", order_by="VersionRow.number", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_clips_queue_order", "political", "priority", "deadline", "created_at"),
        Index("ix_clips_search", "status", "search_key"),
    )


class VersionRow(Base):
    """One ingested media file of a clip."""

    __tablename__ = "clip_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    clip_id: Mapped[str] = mapped_column(ForeignKey("clips.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    # The picture's shape on screen (non-square pixels); NULL for versions ingested before 0010.
    display_aspect: Mapped[float | None] = mapped_column(Float, nullable=True)
    fps: Mapped[float] = mapped_column(Float)
    video_codec: Mapped[str] = mapped_column(String(40))
    audio_codec: Mapped[str | None] = mapped_column(String(40), nullable=True)
    container: Mapped[str] = mapped_column(String(80), default="")
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    store_path: Mapped[str] = mapped_column(Text)
    thumbnail_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    warnings_json: Mapped[str] = mapped_column(Text, default="[]")
    # Revision 0008: the clip's editorial metadata as of this version (title, platform, ...),
    # so `reviewer diff` can say what changed; NULL for versions ingested before it.
    metadata_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    clip: Mapped[ClipRow] = relationship(back_populates="versions")
    captions: Mapped[list["CaptionRow"]] = relationship(
        back_populates="version", order_by="CaptionRow.id", cascade="all, delete-orphan"
    )
    post_text: Mapped["PostTextRow | None"] = relationship(back_populates="version", cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("clip_id", "number", name="uq_version_number"),)


class CaptionRow(Base):
    """A caption file of one version: raw bytes in the store, decoded NFC text and cues here."""

    __tablename__ = "caption_tracks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("clip_versions.id", ondelete="RESTRICT"), index=True)
    file_name: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(10))
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    encoding: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    store_path: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    cues_json: Mapped[str] = mapped_column(Text)
    warnings_json: Mapped[str] = mapped_column(Text, default="[]")
    version: Mapped[VersionRow] = relationship(back_populates="captions")


class PostTextRow(Base):
    """The social post text of one version (NFC), the SHA-256 of its UTF-8 bytes, and its
    hashtags (``core.stats.measures.hashtags``, joined by one space), found once when stored:
    the statistics group clips by them."""

    __tablename__ = "post_texts"
    version_id: Mapped[int] = mapped_column(ForeignKey("clip_versions.id", ondelete="RESTRICT"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    hashtags: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[VersionRow] = relationship(back_populates="post_text")


class PersonRow(Base):
    """Someone who reviews or signs."""

    __tablename__ = "people"
    principal: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KeyRow(Base):
    """A signing key's public half; the private half lives only in the OS keyring."""

    __tablename__ = "signing_keys"
    fingerprint: Mapped[str] = mapped_column(String(100), primary_key=True)
    principal: Mapped[str] = mapped_column(ForeignKey("people.principal", ondelete="RESTRICT"), index=True)
    public_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Caches of the station-signed events (reviewer verify compares them):
    certificate: Mapped[str | None] = mapped_column(Text, nullable=True)  # current OpenSSH certificate
    serial: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    valid_before: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class StationRow(Base):
    """The station's authority key (one row); a cache of the ``station_created`` event."""

    __tablename__ = "station"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    public_key: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(100), unique=True)
    library_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    audit_seq: Mapped[int] = mapped_column(Integer)


class NoteRow(Base):
    """A timecoded note on a clip version."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    clip_id: Mapped[str] = mapped_column(ForeignKey("clips.id", ondelete="RESTRICT"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("clip_versions.id", ondelete="RESTRICT"), index=True)
    version_number: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200))
    start_ms: Mapped[int] = mapped_column(Integer)
    end_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Revision 0008: notes that live (edited, resolved / reopened, a reply line).
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reply: Mapped[str] = mapped_column(Text, default="", server_default="")
    reply_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CoverageRow(Base):
    """What one person has actually played of one version, as JSON intervals [[s, e], ...]."""

    __tablename__ = "coverage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("clip_versions.id", ondelete="RESTRICT"))
    person: Mapped[str] = mapped_column(String(200))
    intervals_json: Mapped[str] = mapped_column(Text, default="[]")
    viewed_ms: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("version_id", "person", name="uq_coverage_person"),)


class ChecklistAnswerRow(Base):
    """The latest answer of one person to one checklist item on one version (history: audit)."""

    __tablename__ = "checklist_answers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("clip_versions.id", ondelete="RESTRICT"))
    person: Mapped[str] = mapped_column(String(200))
    template_id: Mapped[str] = mapped_column(String(100))
    template_hash: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[str] = mapped_column(String(100))
    result: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("version_id", "person", "template_hash", "item_id", name="uq_answer"),)


class SignoffRow(Base):
    """A signed record (approval, changes, rejection, recommendation, revocation)."""

    __tablename__ = "signoffs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    clip_id: Mapped[str] = mapped_column(ForeignKey("clips.id", ondelete="RESTRICT"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("clip_versions.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20))
    record: Mapped[bytes] = mapped_column(LargeBinary)  # the exact signed bytes
    record_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)
    principal: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str | None] = mapped_column(String(100), nullable=True)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Unique: one audit event per signed record; verification joins the chain on it.
    audit_seq: Mapped[int] = mapped_column(Integer, index=True, unique=True)
    revokes_id: Mapped[int | None] = mapped_column(ForeignKey("signoffs.id"), nullable=True, index=True)


class AuditRow(Base):
    """One append-only audit event; the database refuses UPDATE and DELETE on this table."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    time: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    clip_id: Mapped[str | None] = mapped_column(String(120), nullable=True, index=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)


class PolicyRow(Base):
    """A signing-policy value (JSON); changes are audited."""

    __tablename__ = "policy"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class SigningLockRow(Base):
    """Wrong-passphrase counter and lock-out per person."""

    __tablename__ = "signing_locks"
    principal: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
