"""Headless sign-off commands: station, keys, checklist, policy, sign, revoke, verify, export,
verify-package. Thin: parse → call a service → print (text for people, --json for programs)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reviewer.cli_common import add_actor_option, iso, print_json, services_for, tty
from reviewer.errors import PolicyError, ReviewerError, SigningLockedError, UsageError
from reviewer.services import NO_ONE

__all__ = ["add_commands", "read_passphrase", "read_passphrases"]


def _parser_class(sub: Any) -> Any:
    return sub._parser_class  # the CLI's one-line-error parser


def add_commands(sub: Any) -> None:
    """station, keys, checklist, policy, sign, revoke, verify, export, verify-package."""
    parser_class = _parser_class(sub)

    st = sub.add_parser("station", help="the station's authority key: init, show, trust, revocations, witness")
    sts = st.add_subparsers(dest="station_command", metavar="ACTION", parser_class=parser_class, required=True)
    s = sts.add_parser("init", help="create the station key (once per library); certifies keys enrolled before")
    s.add_argument("--name", required=True, help="the station's name, e.g. 'Đài Phát thanh và Truyền hình Hà Nội'")
    s.add_argument(
        "--passphrase-stdin", action="store_true", help="read the station passphrase from stdin's first line"
    )
    s.add_argument("--yes", action="store_true", help="certify the keys enrolled before without asking")
    add_actor_option(s)
    s = sts.add_parser("show", help="the station's name, key fingerprint, public key and creation time")
    s.add_argument("--json", action="store_true")
    s = sts.add_parser("trust", help="write the station's trust file (allowed_signers with cert-authority)")
    s.add_argument("--out", metavar="FILE", help="write it to FILE (default: print it)")
    s = sts.add_parser("revocations", help="write the station's revocation list (OpenSSH KRL)")
    s.add_argument("--out", metavar="FILE", required=True)
    s = sts.add_parser("witness", help="show the rollback witness, or write it again (--reset)")
    s.add_argument("--reset", action="store_true", help="write it anew at the chain's head (station passphrase)")
    s.add_argument("--reason", default="", help="why (recorded with the reset)")
    s.add_argument("--passphrase-stdin", action="store_true")
    add_actor_option(s)
    st.set_defaults(handler=cmd_station)

    k = sub.add_parser("keys", help="signing keys: init, enrol, list, renew, retire, revoke")
    ks = k.add_subparsers(dest="keys_command", metavar="ACTION", parser_class=parser_class, required=True)
    s = ks.add_parser("init", help="make a signer's key here and certify it (station passphrase needed)")
    s.add_argument("--principal", required=True, help="the signer's identity, e.g. giamdoc@dai.vn")
    s.add_argument("--name", required=True, help="printed name, as it appears on approvals")
    s.add_argument("--title", default="", help="job title, e.g. 'Giám đốc'")
    s.add_argument("--role", required=True, choices=["head", "editor"], help="only a head signs approvals")
    s.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read two lines from stdin: the new key's passphrase, then the station passphrase",
    )
    add_actor_option(s)
    s = ks.add_parser("enrol", help="certify an Ed25519 key made elsewhere (ssh-keygen -t ed25519)")
    s.add_argument("--public-key", required=True, metavar="FILE", help="the key's .pub file")
    s.add_argument("--principal", required=True)
    s.add_argument("--name", required=True)
    s.add_argument("--title", default="")
    s.add_argument("--role", required=True, choices=["head", "editor"])
    s.add_argument("--out", required=True, metavar="CERT", help="where to write the certificate (…-cert.pub)")
    s.add_argument("--passphrase-stdin", action="store_true", help="read the station passphrase from stdin")
    add_actor_option(s)
    s = ks.add_parser("list", help="enrolled keys, their people, certificates and state")
    s.add_argument("--json", action="store_true")
    s = ks.add_parser("allowed-signers", help="print the station's trust file (same as: station trust)")
    for action, text in (
        ("renew", "a new certificate for an active key (station passphrase)"),
        ("retire", "the person leaves: the key never signs again (station passphrase)"),
        ("revoke", "the key is compromised: its signatures are reported (station passphrase)"),
    ):
        s = ks.add_parser(action, help=text)
        s.add_argument("key", metavar="KEY", help="key fingerprint (SHA256:…) or the principal whose active key it is")
        if action != "renew":
            s.add_argument("--reason", default="", required=action == "revoke", help="why (recorded, signed)")
        s.add_argument("--passphrase-stdin", action="store_true", help="read the station passphrase from stdin")
        add_actor_option(s)
    k.set_defaults(handler=cmd_keys)

    c = sub.add_parser("checklist", help="the active compliance checklist")
    cs = c.add_subparsers(dest="checklist_command", metavar="ACTION", parser_class=parser_class, required=True)
    s = cs.add_parser("show", help="print the active checklist template")
    s.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_checklist)

    pol = sub.add_parser("policy", help="the signing policy: show, set KEY VALUE (audited)")
    ps = pol.add_subparsers(dest="policy_command", metavar="ACTION", parser_class=parser_class, required=True)
    s = ps.add_parser("show", help="print the policy")
    s.add_argument("--json", action="store_true")
    s = ps.add_parser("set", help="set one policy value, e.g. require_full_view false")
    s.add_argument("key")
    s.add_argument("value")
    add_actor_option(s)
    pol.set_defaults(handler=cmd_policy)

    s = sub.add_parser("sign", help="sign a decision on a clip's current version (headless)")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--decision", required=True, choices=["approve", "changes", "reject"])
    s.add_argument(
        "--checklist",
        required=True,
        metavar="ANSWERS.json",
        help='{"item id": {"result": "pass|fail|na", "note": "…"}}',
    )
    s.add_argument("--reason", default="", help="required for changes and reject")
    add_actor_option(s, principal_alias=True)
    s.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from the first line of stdin")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_sign)

    s = sub.add_parser("revoke", help="revoke a clip's approval with a signed revocation record")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--reason", required=True)
    add_actor_option(s, principal_alias=True)
    s.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from the first line of stdin")
    s.set_defaults(handler=cmd_revoke)

    s = sub.add_parser("verify", help="verify the audit chain, every signature, the checkpoint and the witness")
    s.add_argument("--files", action="store_true", help="also re-hash every media and caption file a sign-off names")
    s.add_argument(
        "--repair-checkpoints",
        action="store_true",
        help="first write the newest checkpoint file again from the chain if a crash lost it",
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_verify)

    s = sub.add_parser("export", help="write the approval package of a clip for the publishing desk")
    s.add_argument("clip", metavar="CLIP")
    s.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) folder")
    add_actor_option(s, principal_alias=True)
    s.add_argument("--passphrase-stdin", action="store_true", help="read the exporter's passphrase from stdin")
    s.add_argument("--json", action="store_true")
    s.add_argument(
        "--notes",
        action="store_true",
        help="the change request for the editor instead (after a 'changes' or 'reject' decision)",
    )
    s.add_argument(
        "--lang", choices=["vi", "en"], help="with --notes: language of notes.html/.pdf (default: the desk's)"
    )
    s.set_defaults(handler=cmd_export)

    s = sub.add_parser("verify-package", help="check an exported approval package offline")
    s.add_argument("folder", metavar="DIR")
    s.add_argument("--trust", metavar="FILE", help="the station's published trust file (station_allowed_signers)")
    s.add_argument("--revocations", metavar="KRL", help="the station's published revocation list")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_verify_package)


# -- passphrases -----------------------------------------------------------------------------
def read_passphrases(from_stdin: bool, prompts: list[tuple[str, bool]]) -> list[str]:
    """One passphrase per prompt: lines of stdin (--passphrase-stdin) or asked on the terminal
    (``(prompt, confirm)``: confirm asks twice)."""
    if from_stdin:
        values = []
        for n in range(len(prompts)):
            line = sys.stdin.readline()
            if not line:
                raise UsageError(
                    f"--passphrase-stdin: stdin has {n} line{'s' if n != 1 else ''}, {len(prompts)} needed "
                    f"({', '.join(p for p, _ in prompts)})"
                )
            values.append(line.rstrip("\r\n"))
        return values
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask the passphrase on; use --passphrase-stdin")
    import getpass

    values = []
    for prompt, confirm in prompts:
        first = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass("Repeat it: ") != first:
            raise UsageError("the two passphrases differ; nothing was changed")
        values.append(first)
    return values


def read_passphrase(from_stdin: bool, prompt: str, *, confirm: bool = False) -> str:
    """One passphrase (see :func:`read_passphrases`)."""
    return read_passphrases(from_stdin, [(prompt, confirm)])[0]


def _write_new_file(path_text: str, data: bytes) -> Path:
    """Write a file the user named: never through a symlink, never over a folder."""
    path = Path(path_text).expanduser()
    if path.is_symlink():
        raise UsageError(f"{path} is a symbolic link; name a plain file")
    if path.is_dir():
        raise UsageError(f"{path} is a folder; name a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def _when(text: str | None) -> str:
    if not text:
        return "-"
    try:
        from reviewer.core.canonical import parse_rfc3339

        return parse_rfc3339(text).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return tty(text)


# -- station ---------------------------------------------------------------------------------
def cmd_station(args: argparse.Namespace) -> int:
    action = args.station_command
    services = services_for(args)
    try:
        st = services.station
        if action == "init":
            existing = st.uncertified_keys()
            if existing:
                print("Keys enrolled before the station (they will be certified with their enrolled role):")
                for key in existing:
                    print(
                        f"  {tty(key.principal):<24} {key.role:<6} {key.fingerprint}  {tty(key.name)}, {tty(key.title)}"
                    )
                if not args.yes:
                    if args.passphrase_stdin or not sys.stdin.isatty():
                        raise UsageError("check the keys above, then run again with --yes to certify them")
                    if input("Certify these keys? [y/N] ").strip().lower() not in ("y", "yes", "c", "có"):
                        print("nothing was changed")
                        return 1
            if services.person == NO_ONE:
                services.set_actor("station")
            (passphrase,) = read_passphrases(args.passphrase_stdin, [("Station passphrase", True)])
            result = st.init(name=args.name, passphrase=passphrase)
            del passphrase
            s = result.station
            print(f"station {tty(s.name)}: key {s.fingerprint}")
            print(
                "private key: encrypted under the station passphrase, stored only in the OS keyring "
                f"(service '{services.keystore.service}', account '{s.fingerprint}')"
            )
            for key in result.certified:
                print(f"certified {key.fingerprint} of {tty(key.principal)} (serial {key.serial})")
            for w in result.warnings:
                print(f"warning: {w}")
            print("publish the trust file: reviewer station trust --out station_allowed_signers")
            return 0
        if action == "show":
            info = st.show()
            if args.json:
                print_json(info)
            else:
                print(f"station      {tty(info['name'])}")
                print(f"fingerprint  {info['fingerprint']}")
                print(f"public key   {info['public_key']}")
                print(f"created at   {info['created_at']}")
            return 0
        if action == "trust":
            text = st.trust_file()
            if args.out:
                path = _write_new_file(args.out, text.encode("utf-8"))
                print(
                    f"wrote {path} (station key {st.show()['fingerprint']}); publish it where the publishing "
                    "desk can fetch it, with the fingerprint"
                )
            else:
                sys.stdout.write(text)
            return 0
        if action == "revocations":
            data = st.revocations()
            path = _write_new_file(args.out, data)
            revoked = st.trust().revoked_keys()
            print(
                f"wrote {path}: {len(revoked)} revoked key{'s' if len(revoked) != 1 else ''} "
                "(ssh-keygen -Q -l -f shows it; use it as ssh-keygen -Y verify ... -r FILE)"
            )
            return 0
        if action == "witness":
            trust = st.trust()
            station = st.require_station(trust)
            if args.reset:
                (passphrase,) = read_passphrases(args.passphrase_stdin, [("Station passphrase", False)])
                event = st.reset_witness(station_passphrase=passphrase, reason=args.reason)
                print(f"rollback witness written at seq {event.seq} (recorded, signed by the station key)")
                return 0
            mark = st.witness.read(station.library_id)
            if mark is None:
                print("no rollback witness for this library in the OS keyring")
                return 1
            print(f"rollback witness: seq {mark.seq}, hash {mark.hash}, {mark.time}")
            return 0
        raise UsageError(f"unknown station action '{action}'")
    finally:
        services.close()


# -- keys ------------------------------------------------------------------------------------
def cmd_keys(args: argparse.Namespace) -> int:
    action = args.keys_command
    services = services_for(args)
    try:
        st = services.station
        if services.person == NO_ONE:
            # Enrolment, renewal, retirement and revocation are the station's acts (its key signs
            # them); without --as the audit trail says so rather than guessing a person.
            services.set_actor("station")
        if action == "init":
            new, station = read_passphrases(
                args.passphrase_stdin,
                [(f"New signing passphrase for {args.principal}", True), ("Station passphrase", False)],
            )
            key = st.enrol_new_key(
                principal=args.principal,
                name=args.name,
                title=args.title,
                role=args.role,
                passphrase=new,
                station_passphrase=station,
            )
            del new, station
            print(f"enrolled {key.fingerprint} for {tty(key.principal)} ({args.role}), certificate serial {key.serial}")
            print(
                "private key: encrypted under the passphrase, stored only in the OS keyring "
                f"(service '{services.keystore.service}', account '{key.fingerprint}')"
            )
            print(f"certificate: {key.certificate}")
            return 0
        if action == "enrol":
            try:
                public_key = Path(args.public_key).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"{args.public_key}: cannot read the public key ({exc})") from None
            out = Path(args.out).expanduser()
            if out.is_symlink() or out.is_dir():
                raise UsageError(f"{out} is a symbolic link or a folder; name a new file for --out")
            (station,) = read_passphrases(args.passphrase_stdin, [("Station passphrase", False)])
            key, cert = st.enrol_public_key(
                public_key=public_key,
                principal=args.principal,
                name=args.name,
                title=args.title,
                role=args.role,
                station_passphrase=station,
            )
            del station
            path = _write_new_file(args.out, (cert + f" {args.role}:{key.principal}\n").encode("utf-8"))
            print(f"enrolled {key.fingerprint} for {tty(key.principal)} ({args.role}), certificate serial {key.serial}")
            print(
                f"wrote {path}: put it beside the private key as <key>-cert.pub; "
                f"ssh-keygen -Y sign -f <key> -n clip-recommendation … then carries it"
            )
            return 0
        if action == "list":
            rows = st.people()
            if args.json:
                print_json(
                    [
                        {
                            "principal": t.principal,
                            "name": t.name,
                            "title": t.title,
                            "role": t.role,
                            "fingerprint": t.fingerprint,
                            "public_key": t.public_key,
                            "certificate": t.current_cert.line if t.current_cert else None,
                            "serial": t.current_cert.serial if t.current_cert else None,
                            "valid_before": iso(datetime.fromtimestamp(t.current_cert.valid_before, timezone.utc))
                            if t.current_cert
                            else None,
                            "enrolled_at": t.enrolled_at,
                            "retired_at": t.retired_at,
                            "revoked_at": t.revoked_at,
                            "active": t.active,
                            "certified": bool(t.certs),
                        }
                        for t, _row in rows
                    ]
                )
                return 0
            if not rows:
                print("no keys enrolled (reviewer keys init --principal ID --name NAME --title TITLE --role head)")
                return 0
            for t, _row in rows:
                if t.revoked_seq is not None:
                    state = f"REVOKED {_when(t.revoked_at)}"
                elif t.retired_seq is not None:
                    state = f"retired {_when(t.retired_at)}"
                elif not t.certs:
                    state = "not certified"
                else:
                    state = f"until {datetime.fromtimestamp(t.current_cert.valid_before, timezone.utc):%d/%m/%Y}"
                who = f"{tty(t.name)}, {tty(t.title)}" if t.title else tty(t.name)
                print(f"{tty(t.principal):<24} {t.role:<6} {t.fingerprint}  {state:<22} {who}")
            return 0
        if action == "allowed-signers":
            sys.stdout.write(st.trust_file())
            return 0
        (station,) = read_passphrases(args.passphrase_stdin, [("Station passphrase", False)])
        if action == "renew":
            key = st.renew(args.key, station_passphrase=station)
            print(
                f"renewed {key.fingerprint} of {tty(key.principal)}: certificate serial {key.serial}, valid until "
                f"{key.valid_before:%d/%m/%Y}"
            )
            return 0
        if action == "retire":
            key = st.retire(args.key, reason=args.reason, station_passphrase=station)
            print(
                f"retired {key.fingerprint} of {tty(key.principal)}; it can no longer sign "
                "(records it signed before stay valid)"
            )
            return 0
        if action == "revoke":
            key = st.revoke(args.key, reason=args.reason, station_passphrase=station)
            print(
                f"revoked {key.fingerprint} of {tty(key.principal)}: every signature by it is now reported; "
                "publish the new list: reviewer station revocations --out station.krl"
            )
            return 0
        raise UsageError(f"unknown keys action '{action}'")
    finally:
        services.close()


# -- checklist, policy -----------------------------------------------------------------------
def cmd_checklist(args: argparse.Namespace) -> int:
    from reviewer.config import Settings, resolve_home, resources_dir
    from reviewer.core.checklist import active_template, template_to_json

    home = resolve_home(args.home)
    settings = Settings.load(home)
    template = active_template(home, resources_dir(), settings.checklist)
    if args.json:
        print_json(template_to_json(template))
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


def cmd_policy(args: argparse.Namespace) -> int:
    services = services_for(args, actor_required=args.policy_command == "set")
    try:
        svc = services.signoff
        if args.policy_command == "set":
            old, new = svc.set_policy(args.key, args.value)
            print(f"{args.key}: {json.dumps(old)} -> {json.dumps(new)} (recorded in the audit trail)")
            return 0
        policy = svc.policy().to_json()
        if args.json:
            print_json(policy)
        else:
            for key, value in policy.items():
                print(f"{key} = {json.dumps(value)}")
        return 0
    finally:
        services.close()


# -- sign / revoke ---------------------------------------------------------------------------
_DONE = {
    "approval": "approved",
    "changes": "changes requested",
    "rejection": "rejected",
    "recommendation": "recommended",
    "revocation": "revoked",
}


def _print_signed(result: Any, services: Any, as_json: bool) -> None:
    rec = result.record
    so = result.signoff
    cp = result.checkpoint_path
    if as_json:
        print_json(
            {
                "clip_id": so.clip_id,
                "version": so.version,
                "kind": so.kind,
                "decision": so.decision,
                "record_sha256": so.record_sha256,
                "audit_seq": so.audit_seq,
                "signed_at": rec["signed_at"],
                "principal": so.principal,
                "key_fingerprint": so.fingerprint,
                "certificate_serial": rec["signer"].get("certificate_serial"),
                "checkpoint": str(cp.relative_to(services.home)) if cp else None,
                "warnings": list(result.warnings),
            }
        )
        return
    s = rec["signer"]
    what = _DONE.get(so.kind, so.kind)
    if so.kind == "recommendation":
        what = f"recommended ({so.decision}); the clip's status is unchanged until a head signs"
    print(f"{what}: {so.clip_id} v{so.version}")
    print(
        f"  signed by   {tty(s['name'])}, {tty(s['title'] or s['role'])} ({s['role']}:{tty(s['principal'])}, "
        f"key {s['key_fingerprint']}, certificate serial {s.get('certificate_serial')})"
    )
    print(f"  meaning     {rec['meaning']}")
    if rec.get("reason"):
        print(f"  reason      {tty(rec['reason'])}")
    cov = f", coverage {rec['coverage']['fraction'] * 100:.1f}%" if "coverage" in rec else ""
    print(f"  signed at   {rec['signed_at']} from {rec['signed_from']}{cov}")
    print(f"  record      sha256 {so.record_sha256} (audit seq {so.audit_seq})")
    if cp:
        print(f"  checkpoint  {cp.relative_to(services.home)}")
    for w in result.warnings:
        print(f"  warning: {w}")


def cmd_sign(args: argparse.Namespace) -> int:
    from reviewer.core.checklist import ChecklistError, parse_answers_json

    services = services_for(args, actor_required=True)
    try:
        svc = services.signoff
        principal = services.person
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
            if ready.locked_until is not None:
                raise SigningLockedError(ready.reasons[-1])
            raise PolicyError(f"cannot sign: {'; '.join(ready.reasons)}")
        passphrase = read_passphrase(args.passphrase_stdin, f"Signing passphrase for {principal}")
        result = svc.sign(
            args.clip,
            decision=args.decision,
            passphrase=passphrase,
            principal=principal,
            reason=args.reason,
            signed_from="cli",
        )
        del passphrase
        _print_signed(result, services, args.json)
        return 0
    finally:
        services.close()


def cmd_revoke(args: argparse.Namespace) -> int:
    services = services_for(args, actor_required=True)
    try:
        principal = services.person
        passphrase = read_passphrase(args.passphrase_stdin, f"Signing passphrase for {principal}")
        result = services.signoff.revoke(
            args.clip, reason=args.reason, passphrase=passphrase, principal=principal, signed_from="cli"
        )
        del passphrase
        _print_signed(result, services, False)
        return 0
    finally:
        services.close()


# -- verify / export -------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace) -> int:
    services = services_for(args)
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
        print_json(
            report.to_json() | ({"repaired": restored.name if restored else None} if args.repair_checkpoints else {})
        )
        return 0 if report.ok else 1
    if args.repair_checkpoints:
        print(f"restored {restored.name} from the audit chain" if restored else "checkpoint files: nothing to restore")
    st = report.station
    print(f"station: {tty(st['name'])} {st['fingerprint']}" if st else "station: none (reviewer station init)")
    cp = report.checkpoint
    cp_text = (
        f"latest signed checkpoint seq {cp['seq']} ({cp['file']}) by {tty(cp['signer'])}"
        if cp
        else "no signed checkpoint yet"
    )
    wit = report.witness
    wit_text = f"; keyring witness at seq {wit['seq']}" if wit else ""
    print(
        f"audit chain: {report.events} events, {report.signatures} signatures checked "
        f"({report.signoffs} signed records); {cp_text}{wit_text}"
    )
    if args.files:
        print(f"files: {report.files_checked} media/caption files re-hashed")
    for note in report.notes:
        print(f"note: {note}")
    for p in report.problems:
        print(f"PROBLEM  seq {p.seq} {p.kind or '(chain)'}: {tty(p.problem)}")
    if report.ok:
        print(
            "OK: the chain is intact, every signature verifies with the station's authority"
            + (", every file matches" if args.files else "")
        )
        return 0
    print(f"{len(report.problems)} problem{'s' if len(report.problems) != 1 else ''} found")
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    if args.notes:
        from reviewer.cli_roundtrip import cmd_export_notes

        return cmd_export_notes(args)
    from reviewer.core.export import check_out_folder

    check_out_folder(Path(args.out))  # a bad --out is refused before anything is asked
    services = services_for(args, actor_required=True)
    try:
        principal = services.person
        passphrase = read_passphrase(args.passphrase_stdin, f"Signing passphrase for {principal} (signs the package)")
        result = services.exporter.export(args.clip, Path(args.out), principal=principal, passphrase=passphrase)
        del passphrase
    finally:
        services.close()
    if args.json:
        print_json(
            {
                "folder": str(result.folder),
                "files": list(result.files),
                "record_sha256": result.record_sha256,
                "principal": result.principal,
                "namespace": result.namespace,
                "exporter": result.exporter,
                "exported_at": result.exported_at,
                "station_fingerprint": result.station_fingerprint,
                "warnings": list(result.warnings),
            }
        )
        return 0
    print(f"exported to {result.folder}:")
    for name in result.files:
        print(f"  {name}")
    for w in result.warnings:
        print(f"warning: {w}")
    print("verify there with the station's published trust file (see VERIFY.txt):")
    print("  sha256sum -c SHA256SUMS")
    print(
        f"  ssh-keygen -Y verify -f station_allowed_signers -I {result.role}:{result.principal} -n {result.namespace} "
        "-s approval.json.sig < approval.json"
    )
    return 0


def cmd_verify_package(args: argparse.Namespace) -> int:
    from reviewer.core.package import parse_trust_file, verify_package
    from reviewer.security.signer import SshCrypto

    crypto = SshCrypto()
    folder = Path(args.folder)
    trust = None
    source = ""
    if args.trust:
        try:
            text = Path(args.trust).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{args.trust}: cannot read the trust file ({exc})") from None
        trust = parse_trust_file(text, crypto)
        if not trust:
            raise UsageError(f"{args.trust} holds no cert-authority line: it is not a station trust file")
        source = args.trust
    else:
        trust, source = _library_trust(args, crypto)
    krl = None
    if args.revocations:
        try:
            krl = crypto.read_krl(Path(args.revocations).read_bytes())
        except OSError as exc:
            raise UsageError(f"{args.revocations}: cannot read ({exc.strerror or exc})") from None
    report = verify_package(folder, crypto, trust=trust, krl=krl)
    if args.json:
        print_json(report.to_json() | {"trust": source or None})
        return 0 if report.ok else 1
    if source:
        keys = sorted({t.ca_fingerprint for t in trust or []})
        print(f"trusting the station {'key' if len(keys) == 1 else 'keys'} of {tty(source)}: " + ", ".join(keys))
    for line in report.passed:
        print(f"ok       {tty(line)}")
    for line in report.problems:
        print(f"PROBLEM  {tty(line)}")
    s = report.summary
    if s:
        print(f"\napproval of {s['clip_id']} v{s['version']}: {s['meaning']}")
        print(f"signed by {tty(s['name'])}, {tty(s['title'])} ({s['role']}:{tty(s['principal'])}) at {s['signed_at']}")
    n = len(report.problems)
    print("\nOK: the package verifies" if report.ok else f"\n{n} problem{'' if n == 1 else 's'}: do NOT publish")
    return 0 if report.ok else 1


def _library_trust(args: argparse.Namespace, crypto: Any) -> tuple[list | None, str]:
    """The station of the library named by --home / $REVIEWER_HOME / --db, when it has one."""
    from reviewer.config import resolve_db_url, resolve_home

    if not (args.home or args.db or os.environ.get("REVIEWER_HOME") or os.environ.get("REVIEWER_DB")):
        return None, ""
    home = resolve_home(args.home)
    if not (args.db or os.environ.get("REVIEWER_DB")) and not (home / "reviewer.db").exists():
        return None, ""
    del resolve_db_url
    services = services_for(args)
    try:
        if services.station.station() is None:
            return None, ""
        from reviewer.core.package import parse_trust_file

        return parse_trust_file(services.station.trust_file(), crypto), f"the library in {home}"
    finally:
        services.close()
