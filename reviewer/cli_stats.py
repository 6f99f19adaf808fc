"""Headless commands of publications and statistics: ``publish`` and ``stats …``.

Thin: parse → call ``services.stats`` → print (text for people, ``--json`` for programs).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reviewer.cli_common import Parser, ProgressBar, services_for
from reviewer.core.canonical import format_rfc3339
from reviewer.core.platforms import PLATFORMS
from reviewer.errors import UsageError


def add_commands(sub) -> None:
    """Add ``publish`` and ``stats`` (import, clip, summary, unmatched, match, audience, report)."""
    s = sub.add_parser("publish", help="record where and when an approved clip went out (audited)")
    s.add_argument("clip", metavar="CLIP", help="clip id (or a unique prefix)")
    s.add_argument("--platform", required=True, help=", ".join(PLATFORMS))
    s.add_argument("--url", required=True, help="the post's address; its post id is read from it")
    s.add_argument("--at", help="when it went out, ISO-8601 (default: now; no zone = the station's)")
    s.add_argument("--version", type=int, help="the version published (refused unless it is the approved one)")
    s.add_argument(
        "--file", metavar="PATH", help="the file published: refused unless its bytes are the approved version's"
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_publish)

    st = sub.add_parser("stats", help="platform statistics: import, clip, summary, unmatched, match, audience, report")
    ss = st.add_subparsers(dest="stats_command", metavar="ACTION", parser_class=Parser, required=True)
    s = ss.add_parser(
        "import", help="import export files of Meta, YouTube Studio and TikTok Studio (files, zips, folders)"
    )
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument(
        "--exported-at", help="when the files were exported (ISO-8601; default: from the file, else its time)"
    )
    s.add_argument("--platform", help="the platform, for files two platforms share the layout of")
    s.add_argument("--json", action="store_true", help="one JSON object per file")
    s.set_defaults(handler=cmd_stats_import)
    s = ss.add_parser("clip", help="one clip's publications and numbers, per platform and snapshot")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_stats_clip)
    s = ss.add_parser("summary", help="numbers across clips and of the review, for a period")
    s.add_argument("--from", dest="start", help="first day (ISO-8601 date or date and time)")
    s.add_argument("--to", dest="end", help="last day (a date counts whole)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_stats_summary)
    s = ss.add_parser("unmatched", help="export rows tied to no clip, with suggestions to confirm")
    s.add_argument("--platform")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_stats_unmatched)
    s = ss.add_parser("match", help="tie an unmatched row (and its other snapshots) to a clip (audited)")
    s.add_argument("row", type=int, metavar="ROW", help="row id from `stats unmatched`")
    s.add_argument("clip", metavar="CLIP")
    s.set_defaults(handler=cmd_stats_match)
    s = ss.add_parser("audience", help="who follows and watches, when they are online, when we publish")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_stats_audience)
    s = ss.add_parser("report", help="the monthly report (PDF, optionally HTML too)")
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", required=True, metavar="FILE.pdf")
    s.add_argument("--html", action="store_true", help="also write FILE.html beside the PDF")
    s.add_argument("--lang", choices=["vi", "en"], default="vi", help="language (default: Vietnamese)")
    s.set_defaults(handler=cmd_stats_report)


def _services(args):
    return services_for(args)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n")


def _json_default(value: Any):
    if isinstance(value, datetime):
        return format_rfc3339(value)
    raise TypeError(type(value).__name__)


def _num(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.2f}"
    return f"{v:,}"


def _pct(v) -> str:
    return "-" if v is None else f"{v * 100:.1f}%"


# -- publish -----------------------------------------------------------------------------------
def cmd_publish(args) -> int:
    from reviewer.core.stats.service import parse_moment

    services = _services(args)
    try:
        stats = services.stats
        at = parse_moment(args.at, stats.zone, what="--at") if args.at else None
        result = stats.publish(
            args.clip,
            args.platform,
            args.url,
            at=at,
            version=args.version,
            published_file=Path(args.file) if args.file else None,
        )
    finally:
        services.close()
    p = result.publication
    if args.json:
        _print_json(result.to_json())
        return 0
    what = "already recorded" if result.duplicate else "recorded"
    print(f"{what}: {p.clip_id} v{p.version} on {p.platform} at {format_rfc3339(p.published_at)}")
    print(f"  url      {p.url}")
    print(f"  post id  {p.post_id or '(none in the URL: matched by the URL itself)'}")
    if result.rows_tied:
        print(f"  {result.rows_tied} imported statistics rows now belong to this publication")
    return 0


# -- import --------------------------------------------------------------------------------------
def cmd_stats_import(args) -> int:
    from reviewer.core.stats.service import parse_moment

    services = _services(args)
    try:
        stats = services.stats
        exported = parse_moment(args.exported_at, stats.zone, what="--exported-at") if args.exported_at else None
        bar = ProgressBar()
        try:
            results = stats.import_paths(
                [Path(p) for p in args.paths],
                exported_at=exported,
                platform=args.platform.lower() if args.platform else None,
                progress=bar,
            )
        finally:
            bar.close()
    finally:
        services.close()
    if args.json:
        _print_json([r.to_json() for r in results])
    else:
        for r in results:
            if r.result == "rejected":
                print(f"rejected   {r.reason}")
                continue
            when = format_rfc3339(r.exported_at) if r.exported_at else "-"
            counts = f"{r.rows} rows" + (f", {r.matched} matched, {r.unmatched} unmatched" if r.kind == "posts" else "")
            print(f"{r.result:<10} {r.platform} {r.format} ({counts}), exported {when}: {r.path}")
            for w in r.warnings:
                print(f"    warning: {w}")
        tally: dict[str, int] = {}
        for r in results:
            tally[r.result] = tally.get(r.result, 0) + 1
        print(", ".join(f"{n} {k}" for k, n in tally.items()) or "nothing to import")
        if any(r.unmatched for r in results if r.result == "imported"):
            print("unmatched rows: see `reviewer stats unmatched`, tie them with `reviewer stats match ROW CLIP`")
    return 1 if any(r.result == "rejected" for r in results) else 0


# -- clip ------------------------------------------------------------------------------------------
def cmd_stats_clip(args) -> int:
    services = _services(args)
    try:
        data = services.stats.clip_stats(args.clip)
    finally:
        services.close()
    if args.json:
        _print_json(data)
        return 0
    print(f"{data['title']} ({data['clip_id']})")
    if not data["publications"]:
        print("  not published (reviewer publish CLIP --platform P --url URL)")
    for p in data["publications"]:
        print(f"  published on {p['platform']} at {p['published_at']}: {p['url']}")
    if not data["metrics"]:
        print("  no statistics yet (reviewer stats import FILE)")
    for m in data["metrics"]:
        g = m["growth"]
        growth = f", +{_num(g['views'])} views since the snapshot before" if g["views"] is not None else ""
        print(
            f"  {m['platform']:<9} {m['snapshot_at'][:16]}  views {_num(m['views'])}  reach {_num(m['reach'])}  "
            f"reactions {_num(m['reactions'])}  comments {_num(m['comments'])}  shares {_num(m['shares'])}  "
            f"engagement {_pct(m['engagement_rate'])}  watch-through {_pct(m['watch_through'])}{growth}"
        )
        print(f"            source: {m['source']}")
    return 0


# -- summary ---------------------------------------------------------------------------------------
def _period(args, zone) -> tuple[datetime | None, datetime | None]:
    from reviewer.core.stats.service import parse_moment

    start = parse_moment(args.start, zone, what="--from") if args.start else None
    end = None
    if args.end:
        end = parse_moment(args.end, zone, what="--to")
        if len(args.end.strip()) == 10:
            end += timedelta(days=1)  # a date counts whole
    if start and end and end <= start:
        raise UsageError("--to is before --from")
    return start, end


def cmd_stats_summary(args) -> int:
    services = _services(args)
    try:
        stats = services.stats
        start, end = _period(args, stats.zone)
        # The whole library's summary (the numbers kept per clip and platform, grouped in one
        # pass) and the review numbers, which need each clip's status only.
        summary = stats.summary(start=start, end=end)
        review = stats.review(start=start, end=end)
    finally:
        services.close()
    if args.json:
        _print_json(summary.to_json() | {"review": review})
        return 0
    span = f"{format_rfc3339(start) if start else 'the beginning'} to {format_rfc3339(end) if end else 'now'}"
    t = summary.totals.to_json()
    print(f"Clips published from {span}: {t['clips']}")
    print(
        f"  views {_num(t['views'])}  reach {_num(t['reach'])}  interactions {_num(t['interactions'])}  "
        f"engagement {_pct(t['engagement_rate'])}  watch-through {_pct(t['watch_through'])}"
    )
    for name in ("platform", "political", "topic", "weekday", "hour", "author"):
        groups = summary.by.get(name) or []
        if not groups:
            continue
        print(f"\n{'by ' + name:<30} {'CLIPS':>6} {'VIEWS':>12} {'REACH':>12} {'ENGAGEMENT':>10} {'WATCH-THROUGH':>13}")
        for g in groups[:12]:
            j = g.to_json()
            print(
                f"  {j['key'][:28]:<28} {j['clips']:>6} {_num(j['views']):>12} {_num(j['reach']):>12} "
                f"{_pct(j['engagement_rate']):>10} {_pct(j['watch_through']):>13}"
            )
    d = review["decisions"]
    w = review["time_to_decision"]
    a = review["approval_to_publication"]
    print(
        f"\nreview: {review['vetted']} clips vetted; {d['approval']} approvals, {d['changes']} change requests, "
        f"{d['rejection']} rejections"
    )
    print(f"  ingest to decision: median {_num(w['median_h'])} h, mean {_num(w['mean_h'])} h over {w['n']} versions")
    r = review["rounds_of_changes"]
    print(f"  rounds of changes per clip: mean {_num(r['mean'])}, max {_num(r['max'])}")
    print(f"  approval to publication: median {_num(a['median_h'])} h over {a['n']} publications")
    if review["failed_items"]:
        print("  failed checklist items: " + ", ".join(f"{k} ({v})" for k, v in review["failed_items"].items()))
    never = review["approved_never_published"]
    print(
        f"  approved but never published: {len(never)}"
        + (f" ({', '.join(never[:5])}{', …' if len(never) > 5 else ''})" if never else "")
    )
    return 0


# -- unmatched / match -------------------------------------------------------------------------------
def cmd_stats_unmatched(args) -> int:
    services = _services(args)
    try:
        items = services.stats.unmatched(platform=args.platform, limit=args.limit)
    finally:
        services.close()
    if args.json:
        _print_json(
            [
                {
                    "row": r.id,
                    "platform": r.platform,
                    "post_id": r.post_key,
                    "url": r.url,
                    "title": r.title,
                    "published_at": format_rfc3339(r.published_at) if r.published_at else None,
                    "views": r.views,
                    "source": r.source,
                    "suggestions": [s.to_json() for s in sugg],
                }
                for r, sugg in items
            ]
        )
        return 0
    if not items:
        print("every imported row is matched")
        return 0
    for r, sugg in items:
        when = format_rfc3339(r.published_at)[:16] if r.published_at else "-"
        print(f"row {r.id:<7} {r.platform:<9} {when}  views {_num(r.views):>10}  {r.title[:60]}")
        for s in sugg:
            print(
                f"             suggestion: {s.clip_id} (score {s.score:.0f}: title {s.title_score:.0f}"
                + (f", {s.hours_apart:.1f} h apart" if s.hours_apart is not None else "")
                + (f", duration ±{s.duration_diff_s:.1f} s" if s.duration_diff_s is not None else "")
                + ")"
            )
    print("tie one with: reviewer stats match ROW CLIP")
    return 0


def cmd_stats_match(args) -> int:
    services = _services(args)
    try:
        tied = services.stats.match(args.row, args.clip)
    finally:
        services.close()
    print(
        f"row {args.row} tied to {args.clip} ({tied} row{'s' if tied != 1 else ''} across snapshots; recorded in the audit trail)"
    )
    return 0


# -- audience ------------------------------------------------------------------------------------------
def cmd_stats_audience(args) -> int:
    services = _services(args)
    try:
        stats = services.stats
        data = stats.audience(stats.summary())
    finally:
        services.close()
    if args.json:
        _print_json(data)
        return 0
    if not data["sources"]:
        print("no audience files imported yet (Meta Audience, TikTok Follower*/Viewers, YouTube geography …)")
    for platform, dims in data["shares"].items():
        for dim, values in dims.items():
            top = ", ".join(f"{k} {_pct(v)}" for k, v in list(values.items())[:6])
            print(f"{platform:<9} {dim:<13} {top}")
    for platform, hours in data["active_followers_by_hour"].items():
        peak = sorted(hours.items(), key=lambda kv: -kv[1])[:3]
        print(f"{platform:<9} followers online most at " + ", ".join(f"{h}:00 ({v:g})" for h, v in peak))
    if data["publications_by_hour"]:
        print("we publish at " + ", ".join(f"{h}:00 ({n})" for h, n in data["publications_by_hour"].items()))
    if data["best_hours"]:
        print(
            "our clips do best when published at "
            + ", ".join(
                f"{g['key']}:00 ({_num(round(g['views_per_clip'] or 0))} views per clip)"
                for g in data["best_hours"][:3]
            )
        )
    return 0


# -- report ------------------------------------------------------------------------------------------
def cmd_stats_report(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError("--out must name a .pdf file")
    if not out.parent.is_dir():
        raise UsageError(f"{out.parent} is not a folder")
    services = _services(args)
    try:
        data = services.stats.report_data(args.month)
        data["checklist"] = _checklist_labels(services)
        data["station"] = services.person
    finally:
        services.close()
    try:
        from reviewer.media.report import render_report
    except ImportError as exc:
        raise UsageError(f"the report needs matplotlib and Qt ({exc})") from None
    written = render_report(data, out, lang=args.lang, html=args.html)
    for path in written:
        print(f"wrote {path}")
    return 0


def _checklist_labels(services) -> dict[str, dict[str, str]]:
    try:
        template = services.signoff.template()
    except Exception:  # noqa: BLE001 - a report without item labels still names the ids
        return {}
    return {i.id: {"vi": i.label.vi, "en": i.label.en} for i in template.items}


__all__ = ["add_commands"]
