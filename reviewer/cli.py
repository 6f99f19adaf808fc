"""Headless sub-commands: parse → call a service → print (text for people, --json for programs)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reviewer import __version__, cli_roundtrip, cli_signing, cli_stats
from reviewer.cli_common import (
    Parser,
    ProgressBar,
    ServicesFactory,
    add_actor_option,
    iso,
    print_json,
    services_for,
    tty,
)
from reviewer.core.model import Clip, ClipDetail
from reviewer.core.timecode import clock_ms, parse_clock
from reviewer.errors import UsageError

DeskOpener = Callable[..., int]
"""``open_desk(args, *, demo=False)``: opens the desk; the entry point hands it in, so this module never imports the desk."""


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    p = Parser(prog="reviewer", description="Clip sign-off desk. With no command, opens the desk.")
    p.add_argument("--home", help="data home folder (default: $REVIEWER_HOME or the user data folder)")
    p.add_argument("--db", help="SQLAlchemy database URL (default: $REVIEWER_DB or SQLite in the home)")
    p.add_argument("--version", action="version", version=f"reviewer {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    s = sub.add_parser("ingest", help="add clips from files, folders and .zip packages")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--json", action="store_true", help="print one JSON array of results")
    add_actor_option(s)
    s.set_defaults(handler=cmd_ingest)

    s = sub.add_parser("queue", help="list clips in review order")
    s.add_argument(
        "--status", default="pending", choices=["pending", "approved", "changes", "rejected", "revoked", "all"]
    )
    s.add_argument("--search", help="only clips whose title, id, author or platform contains this")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_queue)

    s = sub.add_parser("show", help="show one clip: versions, captions, post text, notes")
    s.add_argument("clip", metavar="CLIP", help="clip id (or a unique prefix)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)

    s = sub.add_parser("demo", help="build the demo library in the home and open the desk")
    s.add_argument("--no-gui", action="store_true", help="only build the demo library")
    s.add_argument("--json", action="store_true", help="with --no-gui: print the ingest results as JSON")
    s.set_defaults(handler=cmd_demo)

    s = sub.add_parser("note", help="add a timecoded note to a clip's current version")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--at", required=True, help="start time: seconds, MM:SS or HH:MM:SS(.mmm)")
    s.add_argument("--to", help="end time for a range")
    s.add_argument("text")
    add_actor_option(s)
    s.set_defaults(handler=cmd_note)

    cli_signing.add_commands(sub)  # station, keys, checklist, policy, sign, revoke, verify, export, verify-package
    cli_roundtrip.add_commands(sub)  # diff, notes
    cli_stats.add_commands(sub)  # publish, stats
    return p


def run(args: argparse.Namespace, *, services_factory: ServicesFactory, open_desk: DeskOpener | None = None) -> int:
    """Run a parsed sub-command (its ``handler``, set with ``set_defaults``); the exit code.

    ``services_factory(home_arg, db_arg)`` builds the services for the command; ``open_desk``
    opens the desk (``reviewer demo``), None where there is no desk to open.
    """
    handler = getattr(args, "handler", None)
    if handler is None:
        raise UsageError(f"'{args.command}' needs a sub-command (see: reviewer {args.command} --help)")
    args.services_factory = services_factory
    args.open_desk = open_desk
    code: int = handler(args)
    return code


# -- ingest ---------------------------------------------------------------------------------
def print_ingest_results(results, as_json: bool) -> int:
    """Print ingest results; exit 1 when anything was rejected."""
    if as_json:
        print_json([r.to_json() for r in results])
    else:
        for r in results:
            if r.result == "rejected":
                print(f"rejected     {r.reason}")
            else:
                where = f"{r.clip_id} v{r.version}"
                print(f"{r.result:<12} {where:<40} {r.path}")
            for w in r.warnings:
                print(f"    warning: {w}")
        counts: dict[str, int] = {}
        for r in results:
            counts[r.result] = counts.get(r.result, 0) + 1
        print(", ".join(f"{n} {k}" for k, n in counts.items()) or "nothing to ingest")
    return 1 if any(r.result == "rejected" for r in results) else 0


def cmd_ingest(args) -> int:
    """`reviewer ingest`: copy clips with their captions and metadata into the library."""
    services = services_for(args)
    try:
        bar = ProgressBar()
        try:
            results = services.ingest.ingest([Path(p) for p in args.paths], progress=bar)
        finally:
            bar.close()
        return print_ingest_results(results, args.json)
    finally:
        services.close()


# -- queue / show ---------------------------------------------------------------------------
def clip_json(c: Clip) -> dict[str, Any]:
    """The documented JSON shape of a queue row."""
    now = datetime.now(timezone.utc)
    return {
        "id": c.id,
        "title": c.title,
        "status": c.status.value,
        "version": c.current_version,
        "sha256": c.current_sha256,
        "political": c.political,
        "priority": c.priority,
        "deadline": iso(c.deadline),
        "overdue": bool(c.deadline and c.deadline < now and c.status.value == "pending"),
        "platform": c.platform,
        "author": c.author,
        "duration_s": round(c.duration_ms / 1000, 3),
    }


def cmd_queue(args) -> int:
    """`reviewer queue`: the clips waiting for review, most urgent first."""
    services = services_for(args)
    try:
        clips = services.library.queue(args.status, search=args.search)
    finally:
        services.close()
    if args.json:
        print_json([clip_json(c) for c in clips])
        return 0
    if not clips:
        print(f"no {args.status if args.status != 'all' else ''} clips".replace("  ", " "))
        return 0
    now = datetime.now(timezone.utc)
    print(f"{'ID':<34} {'ST':<9} {'P':1} {'POL':3} {'PLATFORM':<9} {'DUR':>6} {'DEADLINE':<17} TITLE")
    for c in clips:
        dl = c.deadline.astimezone().strftime("%Y-%m-%d %H:%M") if c.deadline else "-"
        if c.deadline and c.deadline < now and c.status.value == "pending":
            dl += "!"
        print(
            f"{c.id[:34]:<34} {c.status.value:<9} {c.priority} {'yes' if c.political else '':3} "
            f"{tty(c.platform[:9]):<9} {c.duration_ms / 1000:6.1f} {dl:<17} {tty(c.title)} (v{c.current_version})"
        )
    return 0


def detail_json(d: ClipDetail) -> dict[str, Any]:
    """The documented JSON shape of ``reviewer show``."""
    out = clip_json(d.clip)
    out["versions"] = [
        {
            "number": v.number,
            "sha256": v.sha256,
            "size": v.size,
            "file_name": v.original_name,
            "duration_ms": v.duration_ms,
            "width": v.width,
            "height": v.height,
            "fps": v.fps,
            "video_codec": v.video_codec,
            "audio_codec": v.audio_codec,
            "ingested_at": iso(v.ingested_at),
            "store_path": v.store_path,
            "thumbnail": v.thumbnail_path,
            "warnings": list(v.warnings),
            "captions": [
                {
                    "file_name": c.file_name,
                    "format": c.format,
                    "language": c.language,
                    "encoding": c.encoding,
                    "sha256": c.sha256,
                    "text": c.text,
                    "cues": [{"start_ms": q.start_ms, "end_ms": q.end_ms, "text": q.text} for q in c.cues],
                    "warnings": list(c.warnings),
                }
                for c in v.captions
            ],
            "post_text": {"text": v.post_text.text, "sha256": v.post_text.sha256} if v.post_text else None,
        }
        for v in d.versions
    ]
    out["notes"] = [
        {
            "id": n.id,
            "version": n.version,
            "author": n.author,
            "start_ms": n.start_ms,
            "end_ms": n.end_ms,
            "text": n.text,
            "created_at": iso(n.created_at),
            "resolved": n.resolved,
            "resolved_by": n.resolved_by,
            "reply": n.reply,
        }
        for n in d.notes
    ]
    return out


def cmd_show(args) -> int:
    """`reviewer show`: one clip with its versions, captions, notes and status."""
    services = services_for(args)
    try:
        d = services.library.clip_detail(args.clip)
    finally:
        services.close()
    if args.json:
        print_json(detail_json(d))
        return 0
    c = d.clip
    print(tty(c.title))
    print(
        f"  id {c.id}   status {c.status.value}   platform {c.platform or '-'}   priority {c.priority}"
        f"{'   POLITICAL' if c.political else ''}"
    )
    print(
        f"  author {tty(c.author or '-')}   deadline {c.deadline.astimezone().strftime('%Y-%m-%d %H:%M %Z') if c.deadline else '-'}"
    )
    for v in d.versions:
        print(f"\nversion {v.number}{' (current)' if v.number == c.current_version else ''}: {v.original_name}")
        print(f"  sha256 {v.sha256}")
        print(
            f"  {v.size:,} bytes, {v.duration_ms / 1000:.2f} s, {v.width}x{v.height} @ {v.fps:g} fps, "
            f"{v.video_codec}{'/' + v.audio_codec if v.audio_codec else ''}, ingested {v.ingested_at.astimezone():%Y-%m-%d %H:%M}"
        )
        for w in v.warnings:
            print(f"  warning: {w}")
        for cap in v.captions:
            print(
                f"  captions {cap.file_name} [{cap.language or '?'}] {cap.format}, {cap.encoding}, {len(cap.cues)} cues, sha256 {cap.sha256[:16]}…"
            )
            for q in cap.cues:
                print(f"    {clock_ms(q.start_ms)} → {clock_ms(q.end_ms)}  {tty(q.text.replace(chr(10), ' / '))}")
        if v.post_text:
            print(f"  post text ({len(v.post_text.text)} characters, sha256 {v.post_text.sha256[:16]}…):")
            for line in v.post_text.text.splitlines():
                print(f"    | {tty(line)}")
    if d.notes:
        print("\nnotes:")
        for n in d.notes:
            rng = clock_ms(n.start_ms) + (f"–{clock_ms(n.end_ms)}" if n.end_ms is not None else "")
            print(f"  v{n.version} {rng}  {tty(n.author)}: {tty(n.text)}")
    return 0


def cmd_note(args) -> int:
    """`reviewer note`: add a timecoded note to a clip."""
    services = services_for(args, actor_required=True)
    try:
        clip_id = services.library.resolve_clip_id(args.clip)
        clip = services.library.clip(clip_id)
        start = parse_clock(args.at)
        end = parse_clock(args.to) if args.to else None
        note = services.library.add_note(clip_id, clip.current_version, services.person, start, end, args.text)
        print(f"note {note.id} added to {clip_id} v{note.version} at {clock_ms(note.start_ms)}")
        return 0
    finally:
        services.close()


# -- demo -----------------------------------------------------------------------------------
def build_demo(services) -> list:
    """Write the demo sources into the home (idempotent) and ingest them."""
    from reviewer.media.demo import write_demo_sources

    src = services.home / "demo-sources"
    write_demo_sources(src)
    return services.ingest.ingest([src])


def cmd_demo(args) -> int:
    """`reviewer demo`: fill the library with the demo clips."""
    services = services_for(args)
    try:
        results = build_demo(services)
    finally:
        services.close()
    if args.no_gui:
        return print_ingest_results(results, args.json)
    code = 1 if any(r.result == "rejected" for r in results) else 0
    if code:
        print_ingest_results(results, False)
    if args.open_desk is None:
        raise UsageError("there is no desk to open here; build the demo library with 'reviewer demo --no-gui'")
    opened: int = args.open_desk(args, demo=True)
    return opened or code
