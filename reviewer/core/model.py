"""Domain entities of the desk, as plain frozen dataclasses (no ORM, no Qt).

Repositories in ``reviewer.storage`` return these; services and widgets consume them. Times are
aware UTC datetimes; media times are integer milliseconds.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class ClipStatus(str, enum.Enum):
    """Where a clip stands in the review flow."""

    PENDING = "pending"
    APPROVED = "approved"
    CHANGES = "changes"
    REJECTED = "rejected"
    REVOKED = "revoked"


class Decision(str, enum.Enum):
    """A reviewer's decision on one clip version."""

    APPROVE = "approve"
    CHANGES = "changes"
    REJECT = "reject"


class Role(str, enum.Enum):
    """A person's role: only a head may sign an approval."""

    HEAD = "head"
    EDITOR = "editor"


@dataclass(frozen=True)
class Cue:
    r"""One caption cue: [start_ms, end_ms) and its NFC text (lines joined with \n)."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class ParsedCaptions:
    """A caption file decoded and parsed; ``raw_sha256`` is over the bytes as received."""

    file_name: str
    format: str  # "srt" | "vtt" | "ass" | ...
    language: str | None
    encoding: str
    raw_sha256: str
    text: str  # whole decoded file, NFC
    cues: tuple[Cue, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class MediaInfo:
    """What PyAV found in a media file."""

    duration_ms: int
    width: int
    height: int
    fps: float
    video_codec: str
    audio_codec: str | None
    container: str
    # The picture's shape on screen (width / height with its pixels' aspect, upright): differs from
    # width / height for non-square pixels (anamorphic SD). 0.0: not known.
    display_aspect: float = 0.0


def display_aspect(width: int, height: int, sample_aspect: float | None) -> float:
    """A stored picture's shape on screen: its size times its pixels' aspect (``sample_aspect``;
    missing, zero or absurd counts as square, as players treat it). What the probe keeps at ingest
    and what the player reads from libvlc, by one rule."""
    sar = sample_aspect if sample_aspect and 0.1 <= sample_aspect <= 10.0 else 1.0
    return width * sar / height


@dataclass(frozen=True)
class PostText:
    """The social post text of one version, NFC, with the SHA-256 of its UTF-8 bytes."""

    text: str
    sha256: str


@dataclass(frozen=True)
class CaptionTrack:
    """A stored caption file of one clip version."""

    id: int
    file_name: str
    format: str
    language: str | None
    encoding: str
    sha256: str
    store_path: str
    text: str
    cues: tuple[Cue, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ClipVersion:
    """One ingested file of a clip; ``number`` counts from 1."""

    id: int
    clip_id: str
    number: int
    sha256: str
    size: int
    original_name: str
    duration_ms: int
    width: int
    height: int
    fps: float
    video_codec: str
    audio_codec: str | None
    ingested_at: datetime
    store_path: str
    thumbnail_path: str | None
    captions: tuple[CaptionTrack, ...] = ()
    post_text: PostText | None = None
    warnings: tuple[str, ...] = ()
    # The clip's title, platform, author... as they were when this version came in (None: ingested
    # before the desk kept them per version).
    metadata: dict[str, Any] | None = field(default=None, compare=False, hash=False)
    # The picture's shape on screen (MediaInfo.display_aspect); None: ingested before the desk kept it.
    display_aspect: float | None = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class Clip:
    """A clip under review, with its current (latest) version number."""

    id: str
    title: str
    platform: str
    priority: int
    deadline: datetime | None
    political: bool
    author: str
    status: ClipStatus
    created_at: datetime
    current_version: int
    current_sha256: str = ""
    duration_ms: int = 0
    topic: str = ""


@dataclass(frozen=True)
class Note:
    """A timecoded note on a clip version; ``end_ms`` set for a range.

    A note lives on: its text can be edited (the old text stays in the audit trail), it is
    resolved (``resolved_at``/``resolved_by``) or open, and it has one reply line for the
    head's own follow-up.
    """

    id: int
    clip_id: str
    version: int
    author: str
    start_ms: int
    end_ms: int | None
    text: str
    created_at: datetime
    edited_at: datetime | None = None
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    reply: str = ""
    reply_by: str | None = None
    replied_at: datetime | None = None

    @property
    def resolved(self) -> bool:
        """Whether the note was marked resolved (and not reopened since)."""
        return self.resolved_at is not None


@dataclass(frozen=True)
class Person:
    """Someone who reviews or signs; ``principal`` is the allowed_signers identity."""

    principal: str
    name: str
    title: str
    role: Role


@dataclass(frozen=True)
class ClipDetail:
    """A clip with all its versions (oldest first) and the notes on them."""

    clip: Clip
    versions: tuple[ClipVersion, ...]
    notes: tuple[Note, ...] = field(default_factory=tuple)

    @property
    def current(self) -> ClipVersion:
        """The latest version."""
        return self.versions[-1]
