"""Headless commands of the round trip with the editors: ``diff`` and ``notes`` (and the
change-request branch of ``export --notes``, called from ``cli.cmd_export``).

Registered by :func:`add_commands` (one line in ``cli.build_parser``); each parser sets its
``handler``, which ``cli.run`` dispatches.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.cli_common import Parser, add_actor_option, print_json, services_for
from reviewer.core.timecode import clock_ms
from reviewer.errors import UsageError


def add_commands(sub) -> None:
    """Add ``diff`` and ``notes`` to the ``reviewer`` sub-commands."""
    s = sub.add_parser("diff", help="what changed between two versions of a clip (default: the two newest)")
    s.add_argument("clip", metavar="CLIP", help="clip id (or a unique prefix)")
    s.add_argument("--from", dest="from_version", type=int, metavar="N", help="the earlier version")
    s.add_argument("--to", dest="to_version", type=int, metavar="M", help="the later version")
    s.add_argument("--json", action="store_true", help="print the documented JSON")
    s.set_defaults(handler=cmd_diff)

    n = sub.add_parser("notes", help="notes of a clip: list, edit, resolve, reopen, reply (audited)")
    ns = n.add_subparsers(dest="notes_command", metavar="ACTION", parser_class=Parser, required=True)
    s = ns.add_parser("list", help="every note of the clip with its state (resolved / open) and reply")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--version", type=int, metavar="N", help="only the notes on this version")
    s.add_argument("--open", action="store_true", help="only the notes not resolved yet")
    s.add_argument("--json", action="store_true")
    s = ns.add_parser("edit", help="replace a note's text (its author only; the old text stays in the audit trail)")
    s.add_argument("note_id", metavar="NOTE", type=int)
    s.add_argument("text")
    add_actor_option(s)
    s = ns.add_parser("resolve", help="mark notes resolved (đã xử lý)")
    s.add_argument("note_ids", metavar="NOTE", type=int, nargs="+")
    add_actor_option(s)
    s = ns.add_parser("reopen", help="mark notes open again (chưa xử lý)")
    s.add_argument("note_ids", metavar="NOTE", type=int, nargs="+")
    add_actor_option(s)
    s = ns.add_parser("reply", help="set a note's reply line (an empty TEXT clears it)")
    s.add_argument("note_id", metavar="NOTE", type=int)
    s.add_argument("text")
    add_actor_option(s)
    n.set_defaults(handler=cmd_notes)


def _services(args):
    return services_for(
        args,
        actor_required=bool(
            getattr(args, "as_person", None) is None
            and getattr(args, "notes_command", "") in ("edit", "resolve", "reopen", "reply")
        ),
    )


def diff_service(services):
    """The DiffService on a built ``Services`` (media compared with PyAV)."""
    from reviewer.core.diff import DiffService
    from reviewer.media.compare import compare_media
    from reviewer.storage.notes import NotesRepository

    def compare(old: Path, new: Path) -> list[dict]:
        return [s.to_json() for s in compare_media(old, new)]

    return DiffService(
        library=services.library, notes=NotesRepository(services.library), home=services.home, compare_media=compare
    )


def cmd_diff(args) -> int:
    """``reviewer diff CLIP [--from N] [--to M] [--json]``."""
    services = _services(args)
    try:
        data = diff_service(services).diff(args.clip, args.from_version, args.to_version)
    finally:
        services.close()
    if args.json:
        print_json(data)
        return 0
    m = data["media"]
    print(f"{data['clip_id']}: version {data['from']} → version {data['to']}")
    if m["same_bytes"]:
        print("media: the same file")
    else:
        a, b = m["duration_ms"]
        print(f"media: {a / 1000:.2f} s → {b / 1000:.2f} s, {m['frame_size'][0]} → {m['frame_size'][1]}")
        if not m["changed_segments"]:
            print("  pictures and sound unchanged (a new encoding of the same content)")
        for seg in m["changed_segments"]:
            what = " and ".join({"video": "pictures", "audio": "sound"}[w] for w in seg["what"])
            if seg["kind"] == "removed":
                print(
                    f"  removed at {clock_ms(seg['start_ms'])}: {clock_ms(seg['from_start_ms'])}–"
                    f"{clock_ms(seg['from_end_ms'])} of version {data['from']} ({what})"
                )
            elif seg["kind"] == "added":
                print(f"  added {clock_ms(seg['start_ms'])}–{clock_ms(seg['end_ms'])} ({what})")
            else:
                print(f"  changed {clock_ms(seg['start_ms'])}–{clock_ms(seg['end_ms'])} ({what})")
    for track in data["captions"]:
        old_name, new_name = track["file"]
        print(
            f"captions [{track['language'] or '?'}] {old_name or '(none)'} → {new_name or '(none)'}: "
            f"{len(track['changes'])} change{'s' if len(track['changes']) != 1 else ''}"
        )
        for c in track["changes"]:
            if c["kind"] == "text":
                print(f"  cue {c['to_index']} at {clock_ms(c['start_ms'])}: “{c['before']}” → “{c['after']}”")
            elif c["kind"] == "timing":
                (b0, b1), (a0, a1) = c["before_ms"], c["after_ms"]
                print(f"  cue {c['to_index']} moved: {clock_ms(b0)}–{clock_ms(b1)} → {clock_ms(a0)}–{clock_ms(a1)}")
            elif c["kind"] == "added":
                print(f"  cue {c['to_index']} added at {clock_ms(c['start_ms'])}: “{c['after']}”")
            else:
                print(
                    f"  cue {c['from_index']} of version {data['from']} removed ({clock_ms(c['start_ms'])}): “{c['before']}”"
                )
    post = data["post_text"]
    if post["changed"]:
        print(f"post text: {len(post['ops'])} change{'s' if len(post['ops']) != 1 else ''}")
        for op in post["ops"]:
            print(f"  {op['op']}: “{op['before']}” → “{op['after']}”")
    else:
        print("post text: unchanged")
    for key, (before, after) in data["metadata"].items():
        print(f"metadata {key}: {before!r} → {after!r}")
    if data["notes"]:
        open_notes = sum(1 for n in data["notes"] if not n["resolved"])
        print(f"notes on earlier versions: {len(data['notes'])} ({open_notes} open)")
        for n in data["notes"]:
            state = "resolved" if n["resolved"] else "OPEN"
            print(f"  #{n['id']} v{n['version']} {clock_ms(n['at_ms'])} [{state}] {n['text']}")
    return 0


def cmd_notes(args) -> int:
    """``reviewer notes list|edit|resolve|reopen|reply``."""
    from reviewer.core.diff import note_json
    from reviewer.storage.notes import NotesRepository

    services = _services(args)
    try:
        repo = NotesRepository(services.library)
        action = args.notes_command
        if action == "list":
            clip_id = services.library.resolve_clip_id(args.clip)
            notes = repo.notes(clip_id, version=args.version, open_only=args.open)
            if args.json:
                print_json(
                    [note_json(n) | {"created_at": n.created_at.isoformat().replace("+00:00", "Z")} for n in notes]
                )
                return 0
            if not notes:
                print(f"no {'open ' if args.open else ''}notes on {clip_id}")
            for n in notes:
                rng = clock_ms(n.start_ms) + (f"–{clock_ms(n.end_ms)}" if n.end_ms is not None else "")
                state = f"resolved by {n.resolved_by}" if n.resolved else "open"
                print(f"#{n.id} v{n.version} {rng} [{state}] {n.author}: {n.text}")
                if n.reply:
                    print(f"    reply ({n.reply_by}): {n.reply}")
            return 0
        if action == "edit":
            note = repo.edit(args.note_id, services.person, args.text)
            print(f"note {note.id} changed (the earlier text is kept in the audit trail)")
            return 0
        if action in ("resolve", "reopen"):
            for note_id in args.note_ids:
                note = repo.set_resolved(note_id, services.person, action == "resolve")
                print(f"note {note.id} {'resolved' if note.resolved else 'open again'}")
            return 0
        if action == "reply":
            note = repo.reply(args.note_id, services.person, args.text)
            print(f"note {note.id}: reply {'set' if note.reply else 'cleared'}")
            return 0
        raise UsageError(f"unknown notes action '{action}'")
    finally:
        services.close()


def change_request_exporter(services):
    """The ChangeRequestExporter on a built ``Services`` (stills and timecode by PyAV, PDF by Qt)."""
    from reviewer.core.change_request import ChangeRequestExporter
    from reviewer.errors import ReviewerError
    from reviewer.media.stills import frame_still, start_timecode

    def render(facts, folder):
        # Qt is imported only when the PDF is actually laid out.
        try:
            from reviewer.media.change_request_report import render_report
        except ImportError as exc:
            raise ReviewerError(f"Qt is not available to lay out the PDF ({exc})") from None
        return render_report(facts, folder)

    return ChangeRequestExporter(
        signoff=services.signoff,
        verifier=services.verifier,
        render_report=render,
        still=lambda media, ms, dest: frame_still(media, ms, dest),
        start_timecode=start_timecode,
    )


def cmd_export_notes(args) -> int:
    """``reviewer export CLIP --notes --out DIR [--lang vi|en] [--json]``: the change request."""
    services = _services(args)
    try:
        language = args.lang or (services.settings.language if services.settings.language in ("vi", "en") else "vi")
        result = change_request_exporter(services).export(
            args.clip, Path(args.out), actor=services.person, language=language
        )
    finally:
        services.close()
    if args.json:
        print_json(result.to_json())
        return 0
    what = "change request" if result.kind == "changes" else "rejection"
    print(
        f"{what} for {result.clip_id} v{result.version} ({result.notes} note{'s' if result.notes != 1 else ''}, "
        f"timecode from {result.start_timecode}{', drop-frame' if result.drop_frame else ''}) written to {result.folder}:"
    )
    for name in result.files:
        print(f"  {name}")
    for w in result.warnings:
        print(f"warning: {w}")
    print("the editor checks it with:")
    print("  sha256sum -c SHA256SUMS")
    certified = (result.folder / "station_allowed_signers").exists()
    trust = "station_allowed_signers" if certified else "allowed_signers"
    who = f"head:{result.principal}" if certified else result.principal
    print(f"  ssh-keygen -Y verify -f {trust} -I {who} -n {result.namespace} -s decision.json.sig < decision.json")
    return 0
