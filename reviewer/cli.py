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

    _add_signing_commands(sub)
    from reviewer.cli_stats import add_commands as add_stats_commands

    add_stats_commands(sub)
    return p


def _add_signing_commands(sub) -> None:
    """keys, checklist, policy, sign, revoke, verify, export, verify-package."""
    k = sub.add_parser("keys", help="signing keys: init, list, allowed-signers, retire")
    ks = k.add_subparsers(dest="keys_command", metavar="ACTION", parser_class=_Parser, required=True)
    s = ks.add_parser("init", help="make a signer's Ed25519 key (private half only in the OS keyring)")
    s.add_argument("--principal", required=True, help="identity in allowed_signers, e.g. giamdoc@dai.vn")
    s.add_argument("--name", required=True, help="printed name, as it appears on approvals")
    s.add_argument("--title", default="", help="job title, e.g. 'Giám đốc'")
    s.add_argument("--role", required=True, choices=["head", "editor"], help="only a head signs approvals")
    s.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from the first line of stdin")
    s = ks.add_parser("list", help="enrolled keys and their people")
    s.add_argument("--json", action="store_true")
    s = ks.add_parser("allowed-signers", help="print allowed_signers lines for ssh-keygen -Y verify")
    s.add_argument("--principal", help="only this person's keys")
    s.add_argument("--all", action="store_true", help="include retired keys (to verify old records)")
    s = ks.add_parser("retire", help="retire a key: it can never sign again (audited)")
    s.add_argument("key", metavar="KEY", help="key fingerprint (SHA256:…) or the principal whose active key to retire")
    s.add_argument("--reason", default="", help="why (recorded in the audit trail)")

    c = sub.add_parser("checklist", help="the active compliance checklist")
    cs = c.add_subparsers(dest="checklist_command", metavar="ACTION", parser_class=_Parser, required=True)
    s = cs.add_parser("show", help="print the active checklist template")
    s.add_argument("--json", action="store_true")

    pol = sub.add_parser("policy", help="the signing policy: show, set KEY VALUE (audited)")
    ps = pol.add_subparsers(dest="policy_command", metavar="ACTION", parser_class=_Parser, required=True)
    s = ps.add_parser("show", help="print the policy")
    s.add_argument("--json", action="store_true")
    s = ps.add_parser("set", help="set one policy value, e.g. require_full_view false")
    s.add_argument("key")
    s.add_argument("value")

    s = sub.add_parser("sign", help="sign a decision on a clip's current version (headless)")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--decision", required=True, choices=["approve", "changes", "reject"])
    s.add_argument("--checklist", required=True, metavar="ANSWERS.json",
                   help='{"item id": {"result": "pass|fail|na", "note": "…"}}')
    s.add_argument("--reason", default="", help="required for changes and reject")
    s.add_argument("--principal", help="who signs (default: the configured person)")
    s.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from the first line of stdin")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("revoke", help="revoke a clip's approval with a signed revocation record")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--reason", required=True)
    s.add_argument("--principal", help="who signs (default: the configured person)")
    s.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from the first line of stdin")

    s = sub.add_parser("verify", help="verify the audit chain, every signature and the latest checkpoint")
    s.add_argument("--files", action="store_true", help="also re-hash every media and caption file a sign-off names")
    s.add_argument("--repair-checkpoints", action="store_true",
                   help="first write the newest checkpoint file again from the chain if a crash lost it")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("export", help="write the approval package of a clip for the publishing desk")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) folder")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("verify-package", help="check an exported approval package offline")
    s.add_argument("folder", metavar="DIR")
    s.add_argument("--namespace", help="SSHSIG namespace (default: the one the package's allowed_signers names)")
    s.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    """Dispatch a parsed sub-command; returns the exit code."""
    # Commands defined in other modules register their handler with set_defaults(handler=...).
    handler = getattr(args, "handler", None) or globals().get(f"cmd_{args.command.replace('-', '_')}")
    if handler is None:
        raise UsageError(f"unknown command '{args.command}'")
    return handler(args)


def _services(args):
    from reviewer.app import build_services

    return build_services(args.home, args.db)


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
            f"{c.platform[:9]:<9} {c.duration_ms / 1000:6.1f} {dl:<17} {c.title} (v{c.current_version})"
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
         "text": n.text, "created_at": _iso(n.created_at)}
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
    print(f"{c.title}")
    print(f"  id {c.id}   status {c.status.value}   platform {c.platform or '-'}   priority {c.priority}"
          f"{'   POLITICAL' if c.political else ''}")
    print(f"  author {c.author or '-'}   deadline {c.deadline.astimezone().strftime('%Y-%m-%d %H:%M %Z') if c.deadline else '-'}")
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
                print(f"    {_ms(q.start_ms)} → {_ms(q.end_ms)}  {q.text.replace(chr(10), ' / ')}")
        if v.post_text:
            print(f"  post text ({len(v.post_text.text)} characters, sha256 {v.post_text.sha256[:16]}…):")
            for line in v.post_text.text.splitlines():
                print(f"    | {line}")
    if d.notes:
        print("\nnotes:")
        for n in d.notes:
            rng = _ms(n.start_ms) + (f"–{_ms(n.end_ms)}" if n.end_ms is not None else "")
            print(f"  v{n.version} {rng}  {n.author}: {n.text}")
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
    services = _services(args)
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


# -- keys, checklist, policy ----------------------------------------------------------------
def read_passphrase(from_stdin: bool, prompt: str, *, confirm: bool = False) -> str:
    """The passphrase from stdin's first line (--passphrase-stdin) or asked on the terminal."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--passphrase-stdin: stdin is empty")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask the passphrase on; use --passphrase-stdin")
    import getpass

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


def cmd_keys(args) -> int:
    services = _services(args)
    try:
        svc = services.signoff
        action = args.keys_command
        if action == "init":
            passphrase = read_passphrase(args.passphrase_stdin, f"Signing passphrase for {args.principal}: ", confirm=True)
            key = svc.init_key(principal=args.principal, name=args.name, title=args.title, role=args.role,
                               passphrase=passphrase)
            del passphrase
            print(f"enrolled {key.fingerprint} for {key.principal} ({args.role})")
            print("private key: encrypted under the passphrase, stored only in the OS keyring "
                  f"(service '{services.keystore.service}', account '{key.fingerprint}')")
            for line in svc.allowed_signers(principal=key.principal):
                print(f"allowed_signers: {line}")
            return 0
        if action == "list":
            rows = svc.list_keys()
            if args.json:
                _print_json([
                    {"principal": k.principal, "name": p.name if p else None, "title": p.title if p else None,
                     "role": p.role.value if p else None, "fingerprint": k.fingerprint, "public_key": k.public_key,
                     "created_at": _iso(k.created_at), "retired_at": _iso(k.retired_at), "active": k.active}
                    for p, k in rows
                ])
                return 0
            if not rows:
                print("no keys enrolled (reviewer keys init --principal ID --name NAME --title TITLE --role head)")
                return 0
            for p, k in rows:
                state = "active" if k.active else f"retired {k.retired_at.astimezone(timezone.utc):%Y-%m-%d %H:%M}Z"
                who = f"{p.name}, {p.title}" if p and p.title else (p.name if p else "?")
                role = p.role.value if p else "?"
                print(f"{k.principal:<24} {role:<6} {k.fingerprint}  {state:<22} {who}")
            return 0
        if action == "allowed-signers":
            lines = svc.allowed_signers(include_retired=args.all, principal=args.principal)
            for line in lines:
                print(line)
            if not lines:
                print("reviewer: no matching keys", file=sys.stderr)
                return 1
            return 0
        if action == "retire":
            key = svc.retire_key(args.key, reason=args.reason)
            print(f"retired {key.fingerprint} of {key.principal}; it can no longer sign "
                  "(records it signed before stay valid)")
            return 0
        raise UsageError(f"unknown keys action '{action}'")
    finally:
        services.close()


def cmd_checklist(args) -> int:
    from reviewer.config import Settings, resolve_home, resources_dir
    from reviewer.core.checklist import active_template, template_to_json

    home = resolve_home(args.home)
    settings = Settings.load(home)
    template = active_template(home, resources_dir(), settings.checklist)
    if args.json:
        _print_json(template_to_json(template))
        return 0
    print(f"{template.title.vi} / {template.title.en}")
    print(f"template {template.id} v{template.version}, sha256 {template.hash}")
    print("[B] = blocking: a Fail forbids approval")
    for g in template.groups:
        print(f"\n{g.label.vi} / {g.label.en}")
        for item in template.items_in(g.id):
            mark = "[B]" if item.blocking else "   "
            print(f"  {mark} {item.id}")
            print(f"        {item.label.vi}")
            print(f"        {item.label.en}")
    return 0


def cmd_policy(args) -> int:
    services = _services(args)
    try:
        svc = services.signoff
        if args.policy_command == "set":
            old, new = svc.set_policy(args.key, args.value)
            print(f"{args.key}: {json.dumps(old)} -> {json.dumps(new)} (recorded in the audit trail)")
            return 0
        policy = svc.policy().to_json()
        if args.json:
            _print_json(policy)
        else:
            for key, value in policy.items():
                print(f"{key} = {json.dumps(value)}")
        return 0
    finally:
        services.close()


# -- sign / revoke ---------------------------------------------------------------------------
_DONE = {"approval": "approved", "changes": "changes requested", "rejection": "rejected",
         "recommendation": "recommended", "revocation": "revoked"}


def _print_signed(result, services, as_json: bool) -> None:
    rec = result.record
    so = result.signoff
    cp = result.checkpoint_path
    if as_json:
        _print_json({
            "clip_id": so.clip_id, "version": so.version, "kind": so.kind, "decision": so.decision,
            "record_sha256": so.record_sha256, "audit_seq": so.audit_seq, "signed_at": rec["signed_at"],
            "principal": so.principal, "key_fingerprint": so.fingerprint,
            "checkpoint": str(cp.relative_to(services.home)) if cp else None, "warnings": list(result.warnings),
        })
        return
    s = rec["signer"]
    what = _DONE.get(so.kind, so.kind)
    if so.kind == "recommendation":
        what = f"recommended ({so.decision}); the clip's status is unchanged until a head signs"
    print(f"{what}: {so.clip_id} v{so.version}")
    print(f"  signed by   {s['name']}, {s['title'] or s['role']} ({s['principal']}, key {s['key_fingerprint']})")
    print(f"  meaning     {rec['meaning']}")
    if rec.get("reason"):
        print(f"  reason      {rec['reason']}")
    cov = f", coverage {rec['coverage']['fraction'] * 100:.1f}%" if "coverage" in rec else ""
    print(f"  signed at   {rec['signed_at']} from {rec['signed_from']}{cov}")
    print(f"  record      sha256 {so.record_sha256} (audit seq {so.audit_seq})")
    if cp:
        print(f"  checkpoint  {cp.relative_to(services.home)}")
    for w in result.warnings:
        print(f"  warning: {w}")


def cmd_sign(args) -> int:
    from reviewer.core.checklist import ChecklistError, parse_answers_json

    services = _services(args)
    try:
        svc = services.signoff
        principal = args.principal or services.person
        try:
            data = json.loads(Path(args.checklist).read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise UsageError(f"{args.checklist}: cannot read ({exc.strerror or exc})") from None
        except ValueError as exc:
            raise ChecklistError(f"{args.checklist}: not valid JSON ({exc})") from None
        answers = parse_answers_json(data, svc.template())
        # Refuse before asking for the passphrase when the policy forbids this signing anyway.
        svc.save_answers(args.clip, principal, answers)
        ready = svc.readiness(args.clip, principal, args.decision, reason=args.reason, signed_from="cli")
        if not ready.can_sign:
            from reviewer.errors import PolicyError, SigningLockedError

            if ready.locked_until is not None:
                raise SigningLockedError(ready.reasons[-1])
            raise PolicyError(f"cannot sign: {'; '.join(ready.reasons)}")
        passphrase = read_passphrase(args.passphrase_stdin, f"Signing passphrase for {principal}: ")
        result = svc.sign(args.clip, decision=args.decision, passphrase=passphrase, principal=principal,
                          reason=args.reason, signed_from="cli")
        del passphrase
        _print_signed(result, services, args.json)
        return 0
    finally:
        services.close()


def cmd_revoke(args) -> int:
    services = _services(args)
    try:
        principal = args.principal or services.person
        passphrase = read_passphrase(args.passphrase_stdin, f"Signing passphrase for {principal}: ")
        result = services.signoff.revoke(args.clip, reason=args.reason, passphrase=passphrase,
                                         principal=principal, signed_from="cli")
        del passphrase
        _print_signed(result, services, False)
        return 0
    finally:
        services.close()


# -- verify / export -------------------------------------------------------------------------
def cmd_verify(args) -> int:
    services = _services(args)
    restored = None
    try:
        if args.repair_checkpoints:
            try:
                restored = services.signoff.restore_checkpoint_file()
            except OSError as exc:
                raise ReviewerError(f"cannot write the checkpoint file: {exc.strerror or exc}") from None
        report = services.verifier.verify(check_files=args.files)
    finally:
        services.close()
    if args.json:
        _print_json(report.to_json() | ({"repaired": restored.name if restored else None}
                                        if args.repair_checkpoints else {}))
        return 0 if report.ok else 1
    if args.repair_checkpoints:
        print(f"restored {restored.name} from the audit chain" if restored
              else "checkpoint files: nothing to restore")
    cp = report.checkpoint
    cp_text = (f"latest signed checkpoint seq {cp['seq']} ({cp['file']}) by {cp['signer']}"
               if cp else "no signed checkpoint yet")
    print(f"audit chain: {report.events} events, {report.signatures} signatures checked "
          f"({report.signoffs} signed records); {cp_text}")
    if args.files:
        print(f"files: {report.files_checked} media/caption files re-hashed")
    for p in report.problems:
        print(f"PROBLEM  seq {p.seq} {p.kind or '(missing)'}: {p.problem}")
    if report.ok:
        print("OK: the chain is intact, every signature verifies" + (", every file matches" if args.files else ""))
        return 0
    print(f"{len(report.problems)} problem{'s' if len(report.problems) != 1 else ''} found")
    return 1


def cmd_export(args) -> int:
    services = _services(args)
    try:
        result = services.exporter.export(args.clip, Path(args.out), actor=services.person)
    finally:
        services.close()
    if args.json:
        _print_json({"folder": str(result.folder), "files": list(result.files),
                     "record_sha256": result.record_sha256, "principal": result.principal,
                     "namespace": result.namespace, "warnings": list(result.warnings)})
        return 0
    print(f"exported to {result.folder}:")
    for name in result.files:
        print(f"  {name}")
    for w in result.warnings:
        print(f"warning: {w}")
    print("verify there with:")
    print("  sha256sum -c SHA256SUMS")
    print(f"  ssh-keygen -Y verify -f allowed_signers -I {result.principal} -n {result.namespace} "
          "-s approval.json.sig < approval.json")
    return 0


def cmd_verify_package(args) -> int:
    from reviewer.core.export import (
        ALLOWED_SIGNERS_FILE,
        _parse_allowed_signers,
        verify_package,
    )
    from reviewer.core.signoff import CHECKPOINT_SUFFIX
    from reviewer.security.signer import SshCrypto
    from reviewer.security.sshsig import DEFAULT_NAMESPACE

    folder = Path(args.folder)
    namespace = args.namespace
    if namespace is None:
        namespace = DEFAULT_NAMESPACE
        try:
            for _principals, namespaces, _key in _parse_allowed_signers(
                    (folder / ALLOWED_SIGNERS_FILE).read_text(encoding="utf-8")):
                found = [n for n in namespaces or [] if not n.endswith(CHECKPOINT_SUFFIX)]
                if found:
                    namespace = found[0]
                    break
        except (OSError, UnicodeDecodeError):
            pass
    report = verify_package(folder, SshCrypto(), namespace)
    if args.json:
        _print_json(report.to_json())
        return 0 if report.ok else 1
    for line in report.passed:
        print(f"ok       {line}")
    for line in report.problems:
        print(f"PROBLEM  {line}")
    s = report.summary
    if s:
        print(f"\napproval of {s['clip_id']} v{s['version']}: {s['meaning']}")
        print(f"signed by {s['name']}, {s['title']} ({s['principal']}) at {s['signed_at']}")
        print(f"key {s['key_fingerprint']}: compare it with the fingerprint your station published for "
              f"{s['principal']} — only that proves who signed")
    print("\nOK: the package verifies" if report.ok else f"\n{len(report.problems)} problem(s): do NOT publish")
    return 0 if report.ok else 1
