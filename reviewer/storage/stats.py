"""Repository for publications and imported platform statistics.

Every change (a publication, an import, a match by hand) appends its audit event inside the same
write transaction (``Library.append_audit``), so an import is stored whole or not at all and the
trail never disagrees with the data. Methods return core entities, never ORM objects.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError as SAIntegrityError

from reviewer.core import audit as core_audit
from reviewer.core.canonical import format_rfc3339
from reviewer.core.stats.model import (
    AudienceItem,
    ClipFacts,
    DecisionFact,
    MetricRow,
    ParsedExport,
    Publication,
    SeriesPoint,
    StatFile,
)
from reviewer.errors import NotFoundError, UsageError
from reviewer.storage.library import Library, utcnow
from reviewer.storage.models import ClipRow, PostTextRow, SignoffRow, VersionRow
from reviewer.storage.stats_models import (
    AudienceItemRow,
    PublicationRow,
    SeriesPointRow,
    StatFileRow,
    StatRowRow,
)

_ROW_COLUMNS = (
    "row_no", "post_id", "alt_id", "url_key", "url", "title", "text", "post_type", "published_at", "duration_s",
    "views", "reach", "reactions", "comments", "shares", "interactions", "impressions", "engaged_views",
    "seconds_viewed", "avg_seconds_viewed", "avg_pct_viewed", "watch_hours", "ctr_pct", "stayed_pct",
    "clip_id", "publication_id",
)  # fmt: skip
_BATCH = 5000


def _publication(r: PublicationRow) -> Publication:
    return Publication(
        id=r.id, clip_id=r.clip_id, version=r.version, version_sha256=r.version_sha256, platform=r.platform,
        url=r.url, post_id=r.post_id, published_at=r.published_at, recorded_at=r.recorded_at,
        recorded_by=r.recorded_by, approval_sha256=r.approval_sha256, url_key=r.url_key,
    )  # fmt: skip


def _file(r: StatFileRow) -> StatFile:
    return StatFile(
        id=r.id, sha256=r.sha256, file_name=r.file_name, platform=r.platform, kind=r.kind, format=r.format,
        exported_at=r.exported_at, imported_at=r.imported_at, imported_by=r.imported_by, rows=r.rows,
        matched=r.matched, unmatched=r.unmatched,
    )  # fmt: skip


class StatsRepository:
    """Publications, export files and their rows, series and audience (see module docstring)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.db = library.db

    # -- publications ---------------------------------------------------------------------------
    def publications(self, clip_id: str | None = None) -> list[Publication]:
        """Recorded publications (all, or one clip's), oldest first."""
        with self.db.read_scope() as s:
            q = select(PublicationRow).order_by(PublicationRow.published_at, PublicationRow.id)
            if clip_id is not None:
                q = q.where(PublicationRow.clip_id == clip_id)
            return [_publication(r) for r in s.execute(q).scalars()]

    def find_publication(self, platform: str, post_id: str | None, url_key: str) -> Publication | None:
        """The publication with this post id or URL on ``platform``, if recorded."""
        with self.db.read_scope() as s:
            conds = [PublicationRow.url_key == url_key]
            if post_id:
                conds.append(PublicationRow.post_id == post_id)
            row = s.execute(
                select(PublicationRow).where(PublicationRow.platform == platform, or_(*conds)).limit(1)
            ).scalar_one_or_none()
            return _publication(row) if row else None

    def add_publication(
        self,
        *,
        clip_id: str,
        version: int,
        version_sha256: str,
        platform: str,
        url: str,
        url_key: str,
        post_id: str | None,
        published_at: datetime,
        approval_sha256: str,
        actor: str,
    ) -> tuple[Publication, int]:
        """Record a publication (audited) and tie the export rows already imported for that post;
        returns (publication, rows newly tied)."""
        now = utcnow()
        try:
            with self.db.write_scope() as s:
                row = PublicationRow(
                    clip_id=clip_id, version=version, version_sha256=version_sha256, platform=platform, url=url,
                    url_key=url_key, post_id=post_id, published_at=published_at, recorded_at=now,
                    recorded_by=actor, approval_sha256=approval_sha256, audit_seq=0,
                )  # fmt: skip
                s.add(row)
                s.flush()
                ev = self.library.append_audit(
                    s, actor=actor, kind=core_audit.PUBLICATION, clip_id=clip_id,
                    payload={
                        "clip_id": clip_id, "version": version, "sha256": version_sha256, "platform": platform,
                        "url": url, "post_id": post_id, "published_at": format_rfc3339(published_at),
                        "approval_sha256": approval_sha256,
                    },
                )  # fmt: skip
                row.audit_seq = ev.seq
                keys = [k for k in (post_id,) if k]
                conds = [StatRowRow.url_key == url_key]
                if keys:
                    conds += [StatRowRow.post_id.in_(keys), StatRowRow.alt_id.in_(keys)]
                tied = s.execute(
                    update(StatRowRow)
                    .where(StatRowRow.platform == platform, StatRowRow.publication_id.is_(None), or_(*conds))
                    .values(publication_id=row.id, clip_id=clip_id, match="post_id")
                ).rowcount
                # Rows this clip's code already claimed now get their publication too.
                tied += s.execute(
                    update(StatRowRow)
                    .where(StatRowRow.platform == platform, StatRowRow.publication_id.is_(None),
                           StatRowRow.clip_id == clip_id)
                    .values(publication_id=row.id)
                ).rowcount
                self._recount(s)
                return _publication(row), int(tied or 0)
        except SAIntegrityError:
            raise UsageError(f"{url} is already recorded as a publication") from None

    # -- imports --------------------------------------------------------------------------------
    def file_by_sha(self, sha256: str) -> StatFile | None:
        """The imported file with these bytes, if any."""
        with self.db.read_scope() as s:
            row = s.execute(select(StatFileRow).where(StatFileRow.sha256 == sha256)).scalar_one_or_none()
            return _file(row) if row else None

    def files(self) -> list[StatFile]:
        """Every imported file, newest export first."""
        with self.db.read_scope() as s:
            q = select(StatFileRow).order_by(StatFileRow.exported_at.desc(), StatFileRow.id.desc())
            return [_file(r) for r in s.execute(q).scalars()]

    def store_import(
        self, *, sha256: str, file_name: str, parsed: ParsedExport, exported_at: datetime, actor: str
    ) -> StatFile | None:
        """Store one export file whole, in one write transaction, with its audit event; None when
        another desk stored the same bytes first."""
        try:
            return self._store_import(sha256, file_name, parsed, exported_at, actor)
        except SAIntegrityError:
            if self.file_by_sha(sha256) is not None:
                return None
            raise

    def _store_import(self, sha256, file_name, parsed: ParsedExport, exported_at: datetime, actor: str) -> StatFile:
        matched = sum(1 for r in parsed.posts if r.clip_id)
        unmatched = len(parsed.posts) - matched
        with self.db.write_scope() as s:
            frow = StatFileRow(
                sha256=sha256, file_name=file_name, platform=parsed.platform, kind=parsed.kind,
                format=parsed.format, exported_at=exported_at, imported_at=utcnow(), imported_by=actor,
                rows=parsed.rows, matched=matched, unmatched=unmatched,
                warnings_json=json.dumps(parsed.warnings, ensure_ascii=False), audit_seq=0,
            )  # fmt: skip
            s.add(frow)
            s.flush()
            fid, platform = frow.id, parsed.platform
            conn = s.connection()
            if parsed.posts:
                table = StatRowRow.__table__
                batch: list[dict] = []
                for r in parsed.posts:
                    batch.append({
                        "file_id": fid, "platform": platform, "row_no": r.row_no, "post_id": r.post_id,
                        "alt_id": r.alt_id, "url_key": r.url_key or "", "url": r.url, "title": r.title,
                        "text": r.text, "post_type": r.post_type, "published_at": r.published_at,
                        "duration_s": r.duration_s, "views": r.views, "reach": r.reach, "reactions": r.reactions,
                        "comments": r.comments, "shares": r.shares, "interactions": r.interactions,
                        "impressions": r.impressions, "engaged_views": r.engaged_views,
                        "seconds_viewed": r.seconds_viewed, "avg_seconds_viewed": r.avg_seconds_viewed,
                        "avg_pct_viewed": r.avg_pct_viewed, "watch_hours": r.watch_hours, "ctr_pct": r.ctr_pct,
                        "stayed_pct": r.stayed_pct, "clip_id": r.clip_id, "publication_id": r.publication_id,
                        "match": r.match,
                    })  # fmt: skip
                    if len(batch) >= _BATCH:
                        conn.execute(insert(table), batch)
                        batch = []
                if batch:
                    conn.execute(insert(table), batch)
            if parsed.series:
                conn.execute(insert(SeriesPointRow.__table__), [
                    {"file_id": fid, "platform": platform, "metric": p.metric, "day": p.day, "value": p.value}
                    for p in parsed.series
                ])  # fmt: skip
            if parsed.audience:
                conn.execute(insert(AudienceItemRow.__table__), [
                    {"file_id": fid, "platform": platform, "dimension": a.dimension, "key": a.key[:300],
                     "day": a.day, "value": a.value, "unit": a.unit}
                    for a in parsed.audience
                ])  # fmt: skip
            ev = self.library.append_audit(
                s, actor=actor, kind=core_audit.STATS_IMPORT,
                payload={
                    "file_name": file_name, "sha256": sha256, "platform": platform, "kind": parsed.kind,
                    "format": parsed.format, "exported_at": format_rfc3339(exported_at), "rows": parsed.rows,
                    "matched": matched, "unmatched": unmatched,
                },
            )  # fmt: skip
            frow.audit_seq = ev.seq
            return _file(frow)

    def _recount(self, s) -> None:
        """Keep each file's matched/unmatched counts true after rows were tied."""
        counts = dict(
            s.execute(
                select(StatRowRow.file_id, func.count())
                .where(StatRowRow.clip_id.is_not(None))
                .group_by(StatRowRow.file_id)
            ).all()
        )
        for f in s.execute(select(StatFileRow).where(StatFileRow.kind == "posts")).scalars():
            m = int(counts.get(f.id, 0))
            posts = f.matched + f.unmatched
            if f.matched != m:
                f.matched, f.unmatched = m, posts - m

    # -- rows -----------------------------------------------------------------------------------
    def _metric_query(self):
        return (
            select(
                StatRowRow.id, StatRowRow.file_id, StatFileRow.file_name, StatFileRow.exported_at,
                StatRowRow.platform, StatRowRow.post_id, StatRowRow.alt_id, StatRowRow.url_key,
                StatRowRow.clip_id, StatRowRow.publication_id, StatRowRow.match, StatRowRow.published_at,
                StatRowRow.duration_s, StatRowRow.views, StatRowRow.reach, StatRowRow.reactions,
                StatRowRow.comments, StatRowRow.shares, StatRowRow.interactions, StatRowRow.avg_seconds_viewed,
                StatRowRow.avg_pct_viewed, StatRowRow.seconds_viewed, StatRowRow.title, StatRowRow.text,
                StatRowRow.url,
            )
            .join(StatFileRow, StatFileRow.id == StatRowRow.file_id)
        )  # fmt: skip

    @staticmethod
    def _metric(r) -> MetricRow:
        key = r.post_id or r.alt_id or r.url_key or f"row{r.id}"
        return MetricRow(
            id=r.id, file_id=r.file_id, source=r.file_name, snapshot_at=r.exported_at, platform=r.platform,
            post_key=key, clip_id=r.clip_id, publication_id=r.publication_id, match=r.match,
            published_at=r.published_at, duration_s=r.duration_s, views=r.views, reach=r.reach,
            reactions=r.reactions, comments=r.comments, shares=r.shares, interactions=r.interactions,
            avg_seconds_viewed=r.avg_seconds_viewed, avg_pct_viewed=r.avg_pct_viewed,
            seconds_viewed=r.seconds_viewed, title=r.title, text=r.text, url=r.url,
        )  # fmt: skip

    def metric_rows(self, clip_ids: Iterable[str] | None = None) -> list[MetricRow]:
        """Matched rows (all, or of some clips), oldest snapshot first."""
        with self.db.read_scope() as s:
            q = self._metric_query().where(StatRowRow.clip_id.is_not(None))
            if clip_ids is not None:
                q = q.where(StatRowRow.clip_id.in_(list(clip_ids)))
            q = q.order_by(StatFileRow.exported_at, StatRowRow.id)
            return [self._metric(r) for r in s.execute(q)]

    def unmatched_rows(self, *, platform: str | None = None, limit: int | None = None) -> list[MetricRow]:
        """Rows no publication or clip code claimed, of each post's newest snapshot only."""
        with self.db.read_scope() as s:
            q = self._metric_query().where(StatRowRow.clip_id.is_(None))
            if platform:
                q = q.where(StatRowRow.platform == platform)
            q = q.order_by(StatFileRow.exported_at.desc(), StatRowRow.id)
            seen: set[tuple[str, str]] = set()
            out: list[MetricRow] = []
            for r in s.execute(q):
                m = self._metric(r)
                if (m.platform, m.post_key) in seen:
                    continue
                seen.add((m.platform, m.post_key))
                out.append(m)
                if limit is not None and len(out) >= limit:
                    break
            return out

    def match_row(self, row_id: int, clip_id: str, actor: str) -> int:
        """Tie an unmatched row — and the same post in every other snapshot — to a clip by hand
        (audited); returns how many rows were tied."""
        with self.db.write_scope() as s:
            row = s.get(StatRowRow, row_id)
            if row is None:
                raise NotFoundError(f"no statistics row {row_id}")
            if row.clip_id is not None:
                raise UsageError(f"row {row_id} is already matched to {row.clip_id}")
            if s.get(ClipRow, clip_id) is None:
                raise NotFoundError(f"no clip '{clip_id}' in the library")
            pub = s.execute(
                select(PublicationRow.id).where(PublicationRow.clip_id == clip_id,
                                                PublicationRow.platform == row.platform)
                .order_by(PublicationRow.published_at).limit(1)
            ).scalar_one_or_none()
            same_post = [StatRowRow.id == row_id]
            if row.post_id:
                same_post.append(StatRowRow.post_id == row.post_id)
            elif row.url_key:
                same_post.append(StatRowRow.url_key == row.url_key)
            tied = s.execute(
                update(StatRowRow)
                .where(StatRowRow.platform == row.platform, StatRowRow.clip_id.is_(None), or_(*same_post))
                .values(clip_id=clip_id, publication_id=pub, match="manual")
            ).rowcount
            f = s.get(StatFileRow, row.file_id)
            self.library.append_audit(
                s, actor=actor, kind=core_audit.STATS_MATCH, clip_id=clip_id,
                payload={"row_id": row_id, "file_sha256": f.sha256 if f else None, "row_no": row.row_no,
                         "platform": row.platform, "post_id": row.post_id, "clip_id": clip_id,
                         "publication_id": pub, "rows": int(tied or 0)},
            )  # fmt: skip
            self._recount(s)
            return int(tied or 0)

    def row(self, row_id: int) -> MetricRow:
        """One stored row."""
        with self.db.read_scope() as s:
            r = s.execute(self._metric_query().where(StatRowRow.id == row_id)).first()
            if r is None:
                raise NotFoundError(f"no statistics row {row_id}")
            return self._metric(r)

    # -- series and audience ---------------------------------------------------------------------
    def series(self, *, platform: str | None = None) -> list[tuple[str, SeriesPoint]]:
        """(platform, point) of every daily series; for a day seen in several files, the newest."""
        with self.db.read_scope() as s:
            q = (select(SeriesPointRow.platform, SeriesPointRow.metric, SeriesPointRow.day, SeriesPointRow.value)
                 .join(StatFileRow, StatFileRow.id == SeriesPointRow.file_id)
                 .order_by(StatFileRow.exported_at, SeriesPointRow.id))
            if platform:
                q = q.where(SeriesPointRow.platform == platform)
            latest: dict[tuple[str, str, str], float | None] = {}
            for p, metric, day, value in s.execute(q):
                latest[(p, metric, day)] = value
        return [(p, SeriesPoint(m, d, v)) for (p, m, d), v in sorted(latest.items())]

    def audience(self, *, platform: str | None = None) -> list[tuple[str, StatFile, AudienceItem]]:
        """Audience aggregates of the newest file of each (platform, dimension); day-by-day
        dimensions (active hours, viewers) keep every day, newest file winning."""
        with self.db.read_scope() as s:
            q = (select(AudienceItemRow, StatFileRow)
                 .join(StatFileRow, StatFileRow.id == AudienceItemRow.file_id)
                 .order_by(StatFileRow.exported_at, AudienceItemRow.id))
            if platform:
                q = q.where(AudienceItemRow.platform == platform)
            newest: dict[tuple[str, str], int] = {}
            rows = []
            for item, f in s.execute(q):
                rows.append((item.platform, _file(f),
                             AudienceItem(item.dimension, item.key, item.value, item.unit, item.day)))
                if item.day is None:
                    newest[(item.platform, item.dimension)] = f.id
        out = []
        by_day: dict[tuple, tuple] = {}
        for p, f, a in rows:
            if a.day is None:
                if newest.get((p, a.dimension)) == f.id:
                    out.append((p, f, a))
            else:
                by_day[(p, a.dimension, a.key, a.day)] = (p, f, a)
        return out + list(by_day.values())

    # -- what the numbers need from the library ----------------------------------------------------
    def clip_facts(self, *, with_post_text: bool = True) -> list[ClipFacts]:
        """Every clip with its political flag, author, topic, status, duration (and post text)."""
        with self.db.read_scope() as s:
            cols = [ClipRow.id, ClipRow.title, ClipRow.political, ClipRow.author, ClipRow.topic, ClipRow.status,
                    ClipRow.created_at, ClipRow.duration_ms, ClipRow.platform]
            if with_post_text:
                q = (select(*cols, PostTextRow.text)
                     .outerjoin(VersionRow, and_(VersionRow.clip_id == ClipRow.id,
                                                 VersionRow.number == ClipRow.current_version))
                     .outerjoin(PostTextRow, PostTextRow.version_id == VersionRow.id))
            else:
                q = select(*cols)
            out = []
            for r in s.execute(q):
                out.append(ClipFacts(
                    id=r.id, title=r.title, political=bool(r.political), author=r.author or "", topic=r.topic or "",
                    status=r.status, created_at=r.created_at, duration_ms=r.duration_ms or 0,
                    post_text=(r.text or "") if with_post_text else "", platform=r.platform or "",
                ))  # fmt: skip
            return out

    def decision_facts(self, *, start: datetime | None = None, end: datetime | None = None) -> list[DecisionFact]:
        """Signed decisions (heads' and recommendations), with the failed checklist items and the
        reason read from each record, and the version's ingest time."""
        with self.db.read_scope() as s:
            q = (select(SignoffRow.clip_id, SignoffRow.kind, SignoffRow.signed_at, SignoffRow.record,
                        VersionRow.number, VersionRow.ingested_at, VersionRow.sha256)
                 .join(VersionRow, VersionRow.id == SignoffRow.version_id)
                 .order_by(SignoffRow.signed_at, SignoffRow.id))
            if start is not None:
                q = q.where(SignoffRow.signed_at >= start)
            if end is not None:
                q = q.where(SignoffRow.signed_at < end)
            out = []
            for clip_id, kind, signed_at, record, number, ingested_at, sha in s.execute(q):
                reason, failed = "", ()
                try:
                    data = json.loads(bytes(record))
                    reason = str(data.get("reason") or "")
                    answers = (data.get("checklist") or {}).get("answers") or []
                    failed = tuple(str(a.get("item_id")) for a in answers
                                   if isinstance(a, dict) and a.get("result") == "fail")
                except (ValueError, TypeError, AttributeError):
                    pass
                out.append(DecisionFact(clip_id=clip_id, version=number, kind=kind, signed_at=signed_at,
                                        reason=reason, failed_items=failed, version_ingested_at=ingested_at,
                                        sha256=sha))
            return out

    def first_version_ingested(self) -> dict[str, datetime]:
        """When each clip's first version came in."""
        with self.db.read_scope() as s:
            return dict(s.execute(select(VersionRow.clip_id, func.min(VersionRow.ingested_at))
                                  .group_by(VersionRow.clip_id)).all())
