"""Headless sub-commands: parse → call a service → print (text for people, --json for programs)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reviewer import __version__
from reviewer.core.model import Clip, ClipDetail
from reviewer.errors import ReviewerError, UsageError


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error and exit code 2 (no usage dump on every mistake)."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    p = _Parser(prog="reviewer", description="Clip sign-off desk. With no command, opens the desk.")
    p.add_argument("--home", help="data home folder (default: $REVIEWER_HOME or the user data folder)")
    p.add_argument("--db", help="SQLAlchemy database URL (default: $REVIEWER_DB or SQLite in the home)")
    p.add_argument("--version", action="version", version=f"reviewer {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("ingest", help="add clips from files, folders and .zip packages")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--json", action="store_true", help="print one JSON array of results")
    add_actor_option(s)

    s = sub.add_parser("queue", help="list clips in review order")
    s.add_argument("--status", default="pending", choices=["pending", "approved", "changes", "rejected", "revoked", "all"])
    s.add_argument("--search", help="only clips whose title, id, author or platform contains this")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("show", help="show one clip: versions, captions, post text, notes")
    s.add_argument("clip", metavar="CLIP", help="clip id (or a unique prefix)")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("demo", help="build the demo library in the home and open the desk")
    s.add_argument("--no-gui", action="store_true", help="only build the demo library")
    s.add_argument("--json", action="store_true", help="with --no-gui: print the ingest results as JSON")

    s = sub.add_parser("note", help="add a timecoded note to a clip's current version")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--at", required=True, help="start time: seconds, MM:SS or HH:MM:SS(.mmm)")
    s.add_argument("--to", help="end time for a range")
    s.add_argument("text")
    add_actor_option(s)

    from reviewer import cli_signing
    from reviewer.cli_roundtrip import add_commands as add_roundtrip_commands

    cli_signing.add_commands(sub)
    add_roundtrip_commands(sub)  # diff, notes
    from reviewer.cli_stats import add_commands as add_stats_commands

    add_stats_commands(sub)
    return p


def run(args: argparse.Namespace) -> int:
    """Dispatch a parsed sub-command; returns the exit code."""
    # Commands defined in other modules register their handler with set_defaults(handler=...).
    handler = getattr(args, "handler", None) or globals().get(f"cmd_{args.command.replace('-', '_')}")
    if handler is None:
        raise UsageError(f"unknown command '{args.command}'")
    return handler(args)


def add_actor_option(parser: argparse.ArgumentParser, *, principal_alias: bool = False) -> None:
    """``--as PRINCIPAL``: who is acting (recorded in the audit trail); ``--principal`` is its alias
    on the commands that had it."""
    names = ["--as", "--principal"] if principal_alias else ["--as"]
    parser.add_argument(*names, dest="as_person", metavar="PRINCIPAL",
                        help="who acts (an enrolled person; default: the only enrolled person, else "
                             "the workstation's configured one)")


def _services(args, *, actor_required: bool = False):
    """Build the services; with ``--as`` (or the default person) as the actor of every event.

    An unknown ``--as`` is refused. ``actor_required``: when several people are enrolled and none
    was named (nor configured for this workstation), refuse rather than guess; the OS account is
    never used. With nobody enrolled at all the actor is recorded as ``unidentified``.
    """
    from reviewer.app import NO_ONE, build_services

    services = build_services(args.home, args.db)
    wanted = getattr(args, "as_person", None)
    try:
        if wanted:
            known = {k.principal for k in services.station.trust().keys.values()}
            if wanted not in known:
                raise UsageError(
                    f"--as {wanted}: no such enrolled person"
                    + (f" (enrolled: {', '.join(sorted(known))})" if known else " (no one is enrolled yet)")
                )
            services.set_actor(wanted)
        elif actor_required and services.person == NO_ONE:
            active = sorted(k.principal for k in services.station.trust().people() if k.active)
            if active:
                raise UsageError(f"say who you are with --as PRINCIPAL (enrolled: {', '.join(active)})")
    except BaseException:
        services.close()
        raise
    return services


_BIDI_AND_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D,
                       0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF}  # fmt: skip


def tty(text: Any) -> str:
    r"""Text made safe to print on a terminal: control characters (escape sequences that could
    rewrite the screen), bidirectional overrides and invisible characters shown as ``\xNN`` /
    ``\uNNNN``, so a name, title or note can never disguise what is printed around it."""
    out = []
    for c in str(text):
        o = ord(c)
        if o < 0x20 or 0x7F <= o < 0xA0:
            out.append(f"\\x{o:02x}")
        elif o in _BIDI_AND_INVISIBLE:
            out.append(f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if dt else None


# -- ingest ---------------------------------------------------------------------------------
class _ProgressBar:
    """A one-line progress bar on stderr when it is a terminal (silent otherwise)."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        pct = min(100, done * 100 // total)
        if pct == self.last:
            return
        self.last = pct
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 40))
        filled = width * pct // 100
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {pct:3d}% {label[:30]:<30}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.last >= 0:
            sys.stderr.write("\r" + " " * 78 + "\r")
            sys.stderr.flush()


def print_ingest_results(results, as_json: bool) -> int:
    """Print ingest results; exit 1 when anything was rejected."""
    if as_json:
        _print_json([r.to_json() for r in results])
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
    services = _services(args)
    try:
        bar = _ProgressBar()
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
        "deadline": _iso(c.deadline),
        "overdue": bool(c.deadline and c.deadline < now and c.status.value == "pending"),
        "platform": c.platform,
        "author": c.author,
        "duration_s": round(c.duration_ms / 1000, 3),
    }


def cmd_queue(args) -> int:
    services = _services(args)
    try:
        clips = services.library.queue(args.status, search=args.search)
    finally:
        services.close()
    if args.json:
        _print_json([clip_json(c) for c in clips])
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
            "ingested_at": _iso(v.ingested_at),
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
        {"id": n.id, "version": n.version, "author": n.author, "start_ms": n.start_ms, "end_ms": n.end_ms,
         "text": n.text, "created_at": _iso(n.created_at), "resolved": n.resolved, "resolved_by": n.resolved_by,
         "reply": n.reply}
        for n in d.notes
    ]
    return out


def _ms(ms: int) -> str:
    s, ms = divmod(ms, 1000)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def cmd_show(args) -> int:
    services = _services(args)
    try:
        d = services.library.clip_detail(args.clip)
    finally:
        services.close()
    if args.json:
        _print_json(detail_json(d))
        return 0
    c = d.clip
    print(tty(c.title))
    print(f"  id {c.id}   status {c.status.value}   platform {c.platform or '-'}   priority {c.priority}"
          f"{'   POLITICAL' if c.political else ''}")
    print(f"  author {tty(c.author or '-')}   deadline {c.deadline.astimezone().strftime('%Y-%m-%d %H:%M %Z') if c.deadline else '-'}")
    for v in d.versions:
        print(f"\nversion {v.number}{' (current)' if v.number == c.current_version else ''}: {v.original_name}")
        print(f"  sha256 {v.sha256}")
        print(f"  {v.size:,} bytes, {v.duration_ms / 1000:.2f} s, {v.width}x{v.height} @ {v.fps:g} fps, "
              f"{v.video_codec}{'/' + v.audio_codec if v.audio_codec else ''}, ingested {v.ingested_at.astimezone():%Y-%m-%d %H:%M}")
        for w in v.warnings:
            print(f"  warning: {w}")
        for cap in v.captions:
            print(f"  captions {cap.file_name} [{cap.language or '?'}] {cap.format}, {cap.encoding}, {len(cap.cues)} cues, sha256 {cap.sha256[:16]}…")
            for q in cap.cues:
                print(f"    {_ms(q.start_ms)} → {_ms(q.end_ms)}  {tty(q.text.replace(chr(10), ' / '))}")
        if v.post_text:
            print(f"  post text ({len(v.post_text.text)} characters, sha256 {v.post_text.sha256[:16]}…):")
            for line in v.post_text.text.splitlines():
                print(f"    | {tty(line)}")
    if d.notes:
        print("\nnotes:")
        for n in d.notes:
            rng = _ms(n.start_ms) + (f"–{_ms(n.end_ms)}" if n.end_ms is not None else "")
            print(f"  v{n.version} {rng}  {tty(n.author)}: {tty(n.text)}")
    return 0


def parse_time(text: str) -> int:
    """Seconds, MM:SS or HH:MM:SS(.mmm) → milliseconds."""
    try:
        parts = [float(p) for p in text.strip().split(":")]
    except ValueError:
        raise UsageError(f"'{text}' is not a time (use seconds, MM:SS or HH:MM:SS.mmm)") from None
    if not 1 <= len(parts) <= 3 or any(p < 0 for p in parts):
        raise UsageError(f"'{text}' is not a time (use seconds, MM:SS or HH:MM:SS.mmm)")
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return int(round(seconds * 1000))


def cmd_note(args) -> int:
    services = _services(args, actor_required=True)
    try:
        clip_id = services.library.resolve_clip_id(args.clip)
        clip = services.library.clip(clip_id)
        start = parse_time(args.at)
        end = parse_time(args.to) if args.to else None
        note = services.library.add_note(clip_id, clip.current_version, services.person, start, end, args.text)
        print(f"note {note.id} added to {clip_id} v{note.version} at {_ms(note.start_ms)}")
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
    services = _services(args)
    try:
        results = build_demo(services)
    finally:
        services.close()
    if args.no_gui:
        return print_ingest_results(results, args.json)
    code = 1 if any(r.result == "rejected" for r in results) else 0
    if code:
        print_ingest_results(results, False)
    from reviewer.app import open_desk

    return open_desk(args, demo=True) or code


