"""Plain data of the statistics part: publications, parsed export rows, stored rows, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from reviewer.core.platforms import NAMES

PLATFORM_NAMES = NAMES
"""How people see each platform's name (reviewer.core.platforms)."""

# What an export file holds (the ``kind`` of ``stats import --json``).
POSTS = "posts"  # one row per post, lifetime totals as of the export date
DAILY = "daily"  # page/account level: one value per day and metric
AUDIENCE = "audience"  # aggregates of who follows or watches (never a person)


class PublicationFact(NamedTuple):
    """What the review numbers need of a publication (read without building a Publication:
    a library has 100,000s of them)."""

    clip_id: str
    version: int
    platform: str
    published_at: datetime


@dataclass(frozen=True)
class Publication:
    """Where and when one approved clip version went out."""

    id: int
    clip_id: str
    version: int
    version_sha256: str
    platform: str
    url: str
    post_id: str | None
    published_at: datetime
    recorded_at: datetime
    recorded_by: str
    approval_sha256: str
    url_key: str = ""

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape (``publish --json``, ``stats clip --json``)."""
        from reviewer.core.canonical import format_rfc3339

        return {
            "id": self.id,
            "clip_id": self.clip_id,
            "version": self.version,
            "platform": self.platform,
            "url": self.url,
            "post_id": self.post_id,
            "published_at": format_rfc3339(self.published_at),
            "recorded_at": format_rfc3339(self.recorded_at),
            "recorded_by": self.recorded_by,
            "approval_sha256": self.approval_sha256,
        }


@dataclass(slots=True)
class PostRow:
    """One post of a per-post export (numbers are lifetime totals; None = not in the export)."""

    row_no: int
    post_id: str | None = None
    url: str | None = None
    title: str = ""
    text: str = ""
    published_at: datetime | None = None
    duration_s: float | None = None
    views: int | None = None
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    interactions: int | None = None
    seconds_viewed: float | None = None
    avg_seconds_viewed: float | None = None
    avg_pct_viewed: float | None = None
    watch_hours: float | None = None
    impressions: int | None = None
    ctr_pct: float | None = None
    engaged_views: int | None = None
    stayed_pct: float | None = None
    post_type: str = ""
    # Filled by matching:
    alt_id: str | None = None
    url_key: str = ""
    publication_id: int | None = None
    clip_id: str | None = None
    match: str | None = None  # "post_id" | "url" | "clip_code" | "manual"
    code: str | None = None


@dataclass(frozen=True)
class SeriesPoint:
    """One day of a page/account-level series."""

    metric: str
    day: str  # YYYY-MM-DD
    value: float | None


@dataclass(frozen=True)
class AudienceItem:
    """One aggregate of an audience file: ``dimension`` (age_gender, city, country, gender,
    active_hour, viewers, subscription, ...), ``key`` and a ``value`` (a share 0..1 or a count)."""

    dimension: str
    key: str
    value: float | None
    unit: str  # "share" | "count"
    day: str | None = None


@dataclass
class ParsedExport:
    """An export file read: what it is and what it holds.

    A per-post export's rows are ``table`` (an Arrow table of ``columns.POST_SCHEMA``: whole
    columns, for speed); ``posts`` gives them as :class:`PostRow` objects when one wants rows.
    """

    platform: str
    kind: str  # POSTS | DAILY | AUDIENCE
    format: str  # e.g. "meta_posts", "tiktok_content": the recognised layout
    exported_at: datetime | None = None  # when the file says it was made (None: use the file time)
    table: Any = None  # pyarrow.Table of the posts, or None
    series: list[SeriesPoint] = field(default_factory=list)
    audience: list[AudienceItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _posts: list[PostRow] | None = field(default=None, repr=False)

    @property
    def posts(self) -> list[PostRow]:
        """The posts as rows (built from ``table`` on first use)."""
        if self._posts is None:
            self._posts = [] if self.table is None else [post_row(d) for d in self.table.to_pylist()]
        return self._posts

    @property
    def post_count(self) -> int:
        """How many posts the file had."""
        return 0 if self.table is None else self.table.num_rows

    @property
    def rows(self) -> int:
        """How many data rows the file had."""
        return self.post_count + len(self.series) + len(self.audience)


def post_row(d: dict[str, Any]) -> PostRow:
    """A :class:`PostRow` from one row of a posts table (a dict of its columns)."""
    from datetime import timezone

    row = PostRow(d["row_no"])
    for k, v in d.items():
        if k == "published_at" and v is not None and v.tzinfo is None:
            v = v.replace(tzinfo=timezone.utc)
        if k != "row_no":
            setattr(row, k, v if v is not None or k not in ("title", "text", "post_type", "url_key") else "")
    if row.published_at is not None:
        row.published_at = row.published_at.astimezone(timezone.utc)
    return row


@dataclass
class ImportResult:
    """What happened to one export file (the ``stats import --json`` object)."""

    path: str
    result: str  # "imported" | "duplicate" | "rejected"
    platform: str | None = None
    kind: str | None = None
    rows: int = 0
    matched: int = 0
    unmatched: int = 0
    exported_at: datetime | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    format: str | None = None
    file_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape."""
        from reviewer.core.canonical import format_rfc3339

        return {
            "path": self.path,
            "result": self.result,
            "platform": self.platform,
            "kind": self.kind,
            "format": self.format,
            "rows": self.rows,
            "matched": self.matched,
            "unmatched": self.unmatched,
            "exported_at": format_rfc3339(self.exported_at) if self.exported_at else None,
            "reason": self.reason,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class StatFile:
    """An imported export file (one snapshot)."""

    id: int
    sha256: str
    file_name: str
    platform: str
    kind: str
    format: str
    exported_at: datetime
    imported_at: datetime
    imported_by: str
    rows: int
    matched: int
    unmatched: int


@dataclass(frozen=True)
class MetricRow:
    """A stored post row joined with its file's snapshot time (for the numbers)."""

    id: int
    file_id: int
    source: str
    snapshot_at: datetime
    platform: str
    post_key: str
    clip_id: str | None
    publication_id: int | None
    match: str | None
    published_at: datetime | None
    duration_s: float | None
    views: int | None
    reach: int | None
    reactions: int | None
    comments: int | None
    shares: int | None
    interactions: int | None
    avg_seconds_viewed: float | None
    avg_pct_viewed: float | None
    seconds_viewed: float | None
    title: str = ""
    text: str = ""
    url: str | None = None


@dataclass(frozen=True)
class ClipFacts:
    """What the numbers need to know about a clip (from the library)."""

    id: str
    title: str
    political: bool
    author: str
    topic: str
    status: str
    created_at: datetime | None
    duration_ms: int
    post_text: str = ""
    platform: str = ""


@dataclass(frozen=True)
class DecisionFact:
    """One head's decision record, reduced to what the review numbers need."""

    clip_id: str
    version: int
    kind: str  # approval | changes | rejection | recommendation | revocation
    signed_at: datetime
    reason: str = ""
    failed_items: tuple[str, ...] = ()
    version_ingested_at: datetime | None = None
    sha256: str = ""
