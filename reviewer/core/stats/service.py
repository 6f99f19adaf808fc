"""The use cases: record a publication, import export files, the numbers per clip and overall.

The repository (``reviewer.storage.stats.StatsRepository``), the library and the verifier are
handed in by the composition root; this module imports no storage code.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from reviewer.core.canonical import format_rfc3339, sha256_file
from reviewer.core.platforms import PLATFORMS
from reviewer.core.stats.exports import ChartDataSkipped, ExportRejected, member_time, parse_export, zip_members
from reviewer.core.stats.grouped import summary_from_rows
from reviewer.core.stats.matching import Candidate, Matcher, Suggestion, compile_code_pattern, suggest
from reviewer.core.stats.measures import (
    Effect,
    Summary,
    audience_view,
    effects_from_rows,
    review_numbers,
    snapshot_metrics,
    summarize_rows,
)
from reviewer.core.stats.model import ClipFacts, ImportResult, MetricRow, Publication, PublicationFact
from reviewer.core.stats.ports import ApprovalVerifier, ClipLibrary, StatsStore
from reviewer.core.stats.urls import parse_post_url
from reviewer.core.stats.values import ValueProblem, station_zone
from reviewer.errors import NotFoundError, PolicyError, ReviewerError, UsageError

__all__ = ["StatsService", "PublishResult", "Effectiveness", "parse_moment", "month_bounds"]

EXPORT_SUFFIXES = (".csv", ".zip", ".txt")
FUTURE_SLACK = timedelta(minutes=5)


class PublicationRefused(PolicyError):
    """A publication that may not be recorded (not approved, another version, before approval)."""


@dataclass(frozen=True)
class PublishResult:
    """A recorded publication (or the one already recorded for this post)."""

    publication: Publication
    duplicate: bool
    rows_tied: int = 0

    def to_json(self) -> dict[str, Any]:
        """``publish --json``."""
        return self.publication.to_json() | {
            "result": "duplicate" if self.duplicate else "recorded",
            "rows_tied": self.rows_tied,
        }


def parse_moment(text: str, zone: tzinfo, *, what: str = "time") -> datetime:
    """ISO-8601 date or date-time as aware UTC (no zone = the station's zone)."""
    s = text.strip()
    try:
        if len(s) == 10:
            dt = datetime.combine(date.fromisoformat(s), time(0, 0))
        else:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{what} '{text}' is not an ISO-8601 date or date and time (2026-11-27T08:30)") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone)
    return dt.astimezone(timezone.utc)


def month_bounds(month: str, zone: tzinfo) -> tuple[datetime, datetime]:
    """[first instant, first instant of the next month) of 'YYYY-MM' in the station's zone, UTC."""
    try:
        y, m = (int(x) for x in month.split("-"))
        first = date(y, m, 1)
    except ValueError:
        raise UsageError(f"month '{month}' is not YYYY-MM") from None
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return (
        datetime.combine(first, time(0), tzinfo=zone).astimezone(timezone.utc),
        datetime.combine(nxt, time(0), tzinfo=zone).astimezone(timezone.utc),
    )


@dataclass
class Effectiveness:
    """The "Hiệu quả" view's data for one set of filters."""

    summary: Summary
    clips: list[dict[str, Any]]
    topics: list[str]
    review: dict[str, Any]
    audience: dict[str, Any]


class StatsService:
    """Publications and statistics (see the package docstring)."""

    def __init__(
        self,
        *,
        repo: StatsStore,
        library: ClipLibrary,
        verifier: ApprovalVerifier,
        actor: str,
        timezone_name: str,
        code_pattern: str,
        match_window_h: float = 48.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.repo = repo
        self.library = library
        self.verifier = verifier
        self.actor = actor
        try:
            self.zone = station_zone(timezone_name)
        except ValueProblem as exc:
            raise UsageError(f"stats_timezone: {exc}") from None
        self.code_pattern = compile_code_pattern(code_pattern)
        self.match_window_h = match_window_h
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    # -- publications ----------------------------------------------------------------------------
    def publish(
        self,
        clip_ref: str,
        platform: str,
        url: str,
        *,
        at: datetime | None = None,
        version: int | None = None,
        published_file: Path | None = None,
    ) -> PublishResult:
        """Record that the approved version of a clip went out at ``url`` (audited).

        Refused with one line: no valid approval of the clip's current version (none, revoked,
        invalid, its file changed), another version than the approved one (``version`` or the
        bytes of ``published_file``), a time before the approval or in the future, a URL of
        another platform, a post already recorded for another clip.
        """
        from reviewer.core.verification import FILE_CHANGED, INVALID, NONE, REVOKED

        clip_id = self.library.resolve_clip_id(clip_ref)
        platform = (platform or "").strip().lower()
        if platform not in PLATFORMS:
            raise UsageError(f"unknown platform '{platform}' (one of {', '.join(PLATFORMS)})")
        ref = parse_post_url(url, platform)
        now = self.clock()
        when = at or now
        if when > now + FUTURE_SLACK:
            raise PublicationRefused(f"{format_rfc3339(when)} is in the future; give the time the post went out")
        clip = self.library.clip(clip_id)
        state = self.verifier.approval_state(clip_id)
        if state.state != "valid":
            if state.state == NONE:
                older = [
                    s.signoff
                    for s in self.verifier.signoff_states(clip_id, check_files=False)
                    if s.signoff and s.signoff.kind == "approval" and s.signoff.version != clip.current_version
                ]
                if older:
                    raise PublicationRefused(
                        f"{clip_id}: version {clip.current_version} is not approved (the approval is for "
                        f"version {older[-1].version}, and a newer version came in after it)"
                    )
                raise PublicationRefused(f"{clip_id} has no approval; only an approved version may be published")
            detail = "; ".join(state.problems[:1])
            if state.state == REVOKED:
                raise PublicationRefused(f"the approval of {clip_id} v{clip.current_version} was revoked")
            if state.state == FILE_CHANGED:
                raise PublicationRefused(f"the approved file of {clip_id} v{clip.current_version} changed ({detail})")
            if state.state == INVALID:
                raise PublicationRefused(
                    f"the approval of {clip_id} v{clip.current_version} does not verify ({detail})"
                )
            raise PublicationRefused(f"{clip_id} is not approved ({state.state})")
        approved = state.signoff
        if approved is None:  # a valid state always names its record; never seen, but refuse
            raise PublicationRefused(f"{clip_id} is not approved ({state.state})")
        approved_sha = str((state.record or {}).get("clip", {}).get("sha256") or clip.current_sha256)
        if version is not None and version != approved.version:
            raise PublicationRefused(
                f"version {version} of {clip_id} is not the approved one (version {approved.version} is)"
            )
        if published_file is not None:
            try:
                digest = sha256_file(published_file)
            except OSError as exc:
                raise UsageError(f"{published_file}: cannot read ({exc.strerror or exc})") from None
            if digest != approved_sha:
                other = self.library.version_by_sha(digest)
                which = f"it is version {other[1]} of {other[0]}" if other else "its bytes are not any version"
                raise PublicationRefused(
                    f"{published_file.name} is not the approved version {approved.version} of {clip_id} ({which})"
                )
        # The verifier reads the record's time from its row (None only where an audit reader
        # skipped it, never for approval_state).
        signed_at = approved.signed_at
        if signed_at is not None and when < signed_at:
            raise PublicationRefused(
                f"published at {format_rfc3339(when)}, before its approval at {format_rfc3339(signed_at)}"
            )
        existing = self.repo.find_publication(ref.platform, ref.post_id, ref.key)
        if existing is not None:
            if existing.clip_id == clip_id:
                return PublishResult(existing, duplicate=True)
            raise PublicationRefused(f"{ref.url} is already recorded as a publication of {existing.clip_id}")
        pub, tied = self.repo.add_publication(
            clip_id=clip_id,
            version=approved.version,
            version_sha256=approved_sha,
            platform=ref.platform,
            url=ref.url,
            url_key=ref.key,
            post_id=ref.post_id,
            published_at=when,
            approval_sha256=approved.record_sha256,
            actor=self.actor,
        )
        return PublishResult(pub, duplicate=False, rows_tied=tied)

    def publications(self, clip_ref: str | None = None) -> list[Publication]:
        """Recorded publications (all, or one clip's)."""
        clip_id = self.library.resolve_clip_id(clip_ref) if clip_ref else None
        return self.repo.publications(clip_id)

    # -- imports ---------------------------------------------------------------------------------
    def _matcher(self) -> Matcher:
        pubs = [
            Publication(pid, clip_id, 0, "", platform, "", post_id, when, when, "", "", key)
            for pid, clip_id, platform, post_id, key, when in self.repo.publication_keys()
        ]
        return Matcher(pubs, self.repo.clip_ids(), self.code_pattern)

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        exported_at: datetime | None = None,
        platform: str | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[ImportResult]:
        """Import export files, folders of them and the platforms' zips; one result per file."""
        files: list[Path] = []
        results: list[ImportResult] = []
        for p in paths:
            if p.is_dir():
                found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXPORT_SUFFIXES)
                if not found:
                    results.append(ImportResult(str(p), "rejected", reason=f"{p}: no .csv or .zip file in the folder"))
                files.extend(found)
            elif p.exists():
                files.append(p)
            else:
                results.append(ImportResult(str(p), "rejected", reason=f"{p}: no such file"))
        if platform is not None and platform not in PLATFORMS:
            raise UsageError(f"unknown platform '{platform}' (one of {', '.join(PLATFORMS)})")
        matcher = self._matcher() if files else None
        for n, path in enumerate(files, 1):
            if progress:
                progress(n - 1, len(files), path.name)
            results.extend(self._import_file(path, matcher, exported_at, platform))
        if progress and files:
            progress(len(files), len(files), "")
        return results

    def _import_file(
        self, path: Path, matcher: Matcher | None, exported_at: datetime | None, platform: str | None
    ) -> list[ImportResult]:
        try:
            raw = path.read_bytes()
            file_time = datetime.fromtimestamp(os.stat(path).st_mtime, timezone.utc)
        except OSError as exc:
            return [ImportResult(str(path), "rejected", reason=f"{path.name}: cannot read ({exc.strerror or exc})")]
        if raw[:4] != b"PK\x03\x04":
            one = self.import_bytes(str(path), path.name, raw, file_time, matcher, exported_at, platform)
            return [one] if one is not None else []  # None only for a zip's member
        try:
            members = zip_members(raw, path.name)
        except ExportRejected as exc:
            return [ImportResult(str(path), "rejected", reason=f"{path.name}: {exc.message}")]
        out: list[ImportResult] = []
        skipped: list[str] = []
        for name, data, when in members:
            display = f"{path}:{name}"
            result = self.import_bytes(
                display,
                f"{path.name}:{name}",
                data,
                member_time(when, self.zone) or file_time,
                matcher,
                exported_at,
                platform,
                in_zip=True,
            )
            if result is None:
                skipped.append(name)
                continue
            out.append(result)
        if skipped and out:
            out[0].warnings.append(f"not used: {', '.join(skipped)} (the chart's daily points)")
        if not out:
            return [ImportResult(str(path), "rejected", reason=f"{path.name}: no export the desk reads in the zip")]
        return out

    def import_bytes(
        self,
        display: str,
        name: str,
        raw: bytes,
        file_time: datetime,
        matcher: Matcher | None = None,
        exported_at: datetime | None = None,
        platform: str | None = None,
        *,
        in_zip: bool = False,
    ) -> ImportResult | None:
        """Import one export file's bytes (None for a zip member that is not used)."""
        sha = hashlib.sha256(raw).hexdigest()
        known = self.repo.file_by_sha(sha)
        if known is not None:
            return ImportResult(
                display,
                "duplicate",
                platform=known.platform,
                kind=known.kind,
                format=known.format,
                rows=known.rows,
                matched=known.matched,
                unmatched=known.unmatched,
                exported_at=known.exported_at,
                file_id=known.id,
                reason=f"these bytes were imported on {format_rfc3339(known.imported_at)}",
            )
        ref = (exported_at or file_time).astimezone(self.zone).date()
        try:
            parsed = parse_export(name, raw, zone=self.zone, ref=ref, platform=platform)
        except ChartDataSkipped as exc:
            if in_zip:
                return None
            return ImportResult(display, "rejected", reason=f"{name}: {exc.message}")
        except ExportRejected as exc:
            return ImportResult(display, "rejected", reason=f"{name}: {exc.message}")
        when = exported_at or parsed.exported_at or file_time
        if matcher is None:
            matcher = self._matcher()
        matches = matcher.match_table(parsed.platform, parsed.table) if parsed.table is not None else {}
        matched = len(matches)
        stored = self.repo.store_import(
            sha256=sha, file_name=name, parsed=parsed, exported_at=when, actor=self.actor, matches=matches
        )
        if stored is None:  # another desk imported the same bytes a moment ago
            return self.import_bytes(display, name, raw, file_time, matcher, exported_at, platform, in_zip=in_zip)
        return ImportResult(
            display,
            "imported",
            platform=parsed.platform,
            kind=parsed.kind,
            format=parsed.format,
            rows=parsed.rows,
            matched=matched,
            unmatched=parsed.post_count - matched,
            exported_at=when,
            warnings=list(parsed.warnings),
            file_id=stored.id,
        )

    # -- matching by hand ------------------------------------------------------------------------
    def _candidates(self, platform: str) -> list[Candidate]:
        pubs: dict[str, list[datetime]] = {}
        for p in self.repo.publications():
            if p.platform == platform:
                pubs.setdefault(p.clip_id, []).append(p.published_at)
        approved_at: dict[str, datetime] = {}
        for d in self.repo.decision_facts(details=None):  # the times only
            if d.kind == "approval":
                approved_at[d.clip_id] = d.signed_at
        out = []
        for c in self.repo.clip_facts():
            if c.id not in pubs and c.id not in approved_at:
                continue
            out.append(
                Candidate(
                    c.id,
                    c.title,
                    c.post_text,
                    c.duration_ms / 1000 if c.duration_ms else None,
                    tuple(pubs.get(c.id, ())),
                    approved_at.get(c.id),
                )
            )
        return out

    def unmatched(
        self, *, platform: str | None = None, limit: int | None = 200, with_suggestions: bool = True
    ) -> list[tuple[MetricRow, list[Suggestion]]]:
        """Rows no publication or clip code claimed (newest snapshot of each post), each with the
        candidates a person may confirm."""
        rows = self.repo.unmatched_rows(platform=platform, limit=limit)
        cache: dict[str, list[Candidate]] = {}
        out = []
        for r in rows:
            sugg: list[Suggestion] = []
            if with_suggestions:
                if r.platform not in cache:
                    cache[r.platform] = self._candidates(r.platform)
                sugg = suggest(
                    r.title, r.text, r.published_at, r.duration_s, cache[r.platform], window_hours=self.match_window_h
                )
            out.append((r, sugg))
        return out

    def match(self, row_id: int, clip_ref: str) -> int:
        """Tie an unmatched row (and the same post in other snapshots) to a clip by hand (audited)."""
        clip_id = self.library.resolve_clip_id(clip_ref)
        return self.repo.match_row(row_id, clip_id, self.actor)

    # -- the numbers -------------------------------------------------------------------------------
    def clip_stats(self, clip_ref: str) -> dict[str, Any]:
        """``stats clip --json``: the clip's publications and one metrics entry per platform and
        snapshot (``None`` where the export has no such number)."""
        clip_id = self.library.resolve_clip_id(clip_ref)
        clip = self.library.clip(clip_id)
        rows = self.repo.metric_rows([clip_id])
        effects = snapshot_metrics(rows, clip.duration_ms / 1000 if clip.duration_ms else None)
        return {
            "clip_id": clip_id,
            "title": clip.title,
            "publications": [
                {
                    "platform": p.platform,
                    "url": p.url,
                    "post_id": p.post_id,
                    "published_at": format_rfc3339(p.published_at),
                    "version": p.version,
                }
                for p in self.repo.publications(clip_id)
            ],
            "metrics": [e.to_json() for e in effects],
        }

    def clip_facts(self) -> dict[str, ClipFacts]:
        """Every clip's facts by id."""
        return {c.id: c for c in self.repo.clip_facts()}

    def summary(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        clips: dict[str, ClipFacts] | None = None,
        platform: str | None = None,
        keep: set[str] | None = None,
        with_effects: bool = False,
    ) -> Summary:
        """Totals over clips published in [start, end) (see ``measures.summarize_rows``),
        optionally of one platform and of the clips in ``keep``; ``with_effects`` also lists
        the numbers of each (clip, platform)."""
        if clips is None and platform is None and keep is None and not with_effects:
            # The whole library's totals: one read of the numbers kept per (clip, platform),
            # grouped in one pass (grouped.py).
            return summary_from_rows(self.repo.summary_columns(start=start, end=end), self.zone, start, end)
        clips = clips if clips is not None else self.clip_facts()
        rows = self.repo.effect_rows()
        if platform or keep is not None:
            rows = [r for r in rows if (not platform or r[1] == platform) and (keep is None or r[0] in keep)]
        return summarize_rows(
            rows, clips, self.repo.first_publications(), self.zone, start=start, end=end, with_effects=with_effects
        )

    def review(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        clips: dict[str, ClipFacts] | None = None,
        publications: Sequence[Publication | PublicationFact] | None = None,
    ) -> dict[str, Any]:
        """The review numbers of a period (see ``measures.review_numbers``); ``clips`` and
        ``publications``, when the caller has them, spare reading them again."""
        approved = (
            [c.id for c in clips.values() if c.status == "approved"]
            if clips is not None
            else self.repo.approved_clip_ids()
        )
        pubs = publications if publications is not None else self.repo.publication_facts()
        # Reasons and failed items are counted for the period's decisions only: only theirs are read.
        decisions = self.repo.decision_facts(details=(start, end))
        return review_numbers(decisions, approved, pubs, start=start, end=end)

    def audience(self, summary: Summary | None = None) -> dict[str, Any]:
        """Who follows and watches, and when, beside when the station publishes."""
        return audience_view(self.repo.audience(), summary, self.repo.publications(), self.zone)

    def effects(self) -> dict[tuple[str, str], Effect]:
        """The newest numbers of every (clip, platform)."""
        clips = self.clip_facts()
        return effects_from_rows(self.repo.effect_rows(), {c.id: c.duration_ms / 1000 for c in clips.values()})

    def effectiveness(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        platform: str | None = None,
        political: bool | None = None,
        topic: str | None = None,
    ) -> "Effectiveness":
        """What the desk's "Hiệu quả" view shows for its filters: the summary, one row per clip
        with its numbers, the topics to filter by, the review numbers of the period.

        Read a column at a time (the numbers kept per clip and platform, every clip's political
        flag, topic and hashtags) and grouped with numpy: the view stays interactive over
        100,000s of clips (the same numbers as ``summary(..., with_effects=True)``)."""
        import numpy as np

        from reviewer.core.stats.grouped import clip_table, summary_from_rows, take
        from reviewer.core.stats.values import fold

        facts = self.repo.clip_topic_columns()
        keep: set[str] | None = None
        if political is not None or topic:
            want = fold(topic).replace(" ", "").lstrip("#") if topic else None
            keep = facts.matching(political, want)
        cols = self.repo.summary_columns(start=start, end=end, with_titles=True)
        if platform or keep is not None:
            mask = np.ones(len(cols), bool)
            if platform:
                mask &= np.asarray(cols.platform, np.int64) == (
                    cols.platforms.index(platform) if platform in cols.platforms else -1
                )
            if keep is not None:
                kept = np.array([c in keep for c in cols.clip_ids], bool)
                mask &= kept[np.asarray(cols.clip, np.int64)] if len(cols) else mask
            cols = take(cols, mask)
        summary = summary_from_rows(cols, self.zone, start, end)
        every_pub = self.repo.publication_facts()
        pubs = every_pub
        if platform or keep is not None:
            pubs = [p for p in pubs if (not platform or p.platform == platform) and (keep is None or p.clip_id in keep)]
        return Effectiveness(
            summary=summary,
            clips=clip_table(cols),
            topics=facts.topic_labels(),
            review=self.review(start=start, end=end, publications=every_pub),
            audience=audience_view(self.repo.audience(), summary, pubs, self.zone),
        )

    def report_data(self, month: str) -> dict[str, Any]:
        """Everything the monthly report shows, as plain data (rendering is media's job)."""
        start, end = month_bounds(month, self.zone)
        clips = self.clip_facts()
        summary = self.summary(start=start, end=end, clips=clips, with_effects=True)
        review = self.review(start=start, end=end, clips=clips)
        per_clip: dict[str, dict[str, Any]] = {}
        for e in summary.effects:
            c = per_clip.setdefault(
                e.clip_id,
                {
                    "clip_id": e.clip_id,
                    "title": clips[e.clip_id].title if e.clip_id in clips else e.clip_id,
                    "political": bool(clips.get(e.clip_id) and clips[e.clip_id].political),
                    "views": 0,
                    "reach": 0,
                    "interactions": 0,
                    "reach_interactions": 0,
                    "platforms": [],
                },
            )
            c["views"] += e.views or 0
            c["reach"] += e.reach or 0
            c["interactions"] += e.interactions or 0
            if e.reach and e.interactions is not None:
                c["reach_interactions"] += e.interactions
            c["platforms"].append(e.platform)
        for c in per_clip.values():
            c["engagement_rate"] = c["reach_interactions"] / c["reach"] if c["reach"] else None
        with_reach = [c for c in per_clip.values() if c["reach"]]
        by_reach = sorted(with_reach, key=lambda c: (-c["reach"], c["clip_id"]))
        by_eng = sorted(
            (c for c in with_reach if c["engagement_rate"] is not None),
            key=lambda c: (-c["engagement_rate"], c["clip_id"]),
        )
        used_files: set[int] = set()
        for e in summary.effects:
            used_files |= e.file_ids
        audience = self.audience(summary)
        sources = []
        for f in self.repo.files():
            if f.id in used_files or f.kind in ("audience", "daily"):
                sources.append(
                    {
                        "file": f.file_name,
                        "platform": f.platform,
                        "kind": f.kind,
                        "format": f.format,
                        "exported_at": f.exported_at,
                        "imported_at": f.imported_at,
                        "rows": f.rows,
                        "sha256": f.sha256,
                    }
                )
        daily = [
            (p, pt)
            for p, pt in self.repo.series()
            if start.astimezone(self.zone).date().isoformat() <= pt.day < end.astimezone(self.zone).date().isoformat()
        ]
        return {
            "month": month,
            "start": start,
            "end": end,
            "zone": self.zone,
            "review": review,
            "summary": summary,
            "top_reach": by_reach[:5],
            "bottom_reach": list(reversed(by_reach[5:][-5:])),
            "top_engagement": by_eng[:5],
            "bottom_engagement": list(reversed(by_eng[5:][-5:])),
            "audience": audience,
            "daily": daily,
            "sources": sorted(sources, key=lambda s: (s["exported_at"], s["file"])),
            "clips": clips,
            "generated_at": self.clock(),
        }


def ensure_clip(library: ClipLibrary, clip_ref: str) -> str:
    """A clip id from an id or unique prefix (NotFoundError otherwise)."""
    try:
        return library.resolve_clip_id(clip_ref)
    except NotFoundError:
        raise
    except ReviewerError as exc:  # pragma: no cover - defensive
        raise NotFoundError(exc.message) from None
