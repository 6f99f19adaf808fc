"""The approval package for the publishing desk: what ``reviewer export`` writes.

``reviewer export CLIP --out DIR`` writes (only for the current version's valid approval, and only
from a library whose whole chain verifies)::

    <clip file>                 the clip, under its original name, byte for byte
    <caption files>             each caption file as ingested
    post.txt                    the social post text (UTF-8, NFC, exactly the signed bytes)
    approval.json               the signed record: the exact RFC 8785 bytes that were signed
    approval.json.sig           its armored SSHSIG signature, carrying the head's certificate
    approval-signer-cert.pub    that certificate (ssh-keygen -L -f reads it)
    package.json                what this package is: clip, record, exporter, station, time
    package-signer-cert.pub     the exporting person's certificate
    station_allowed_signers     a copy of the station's published trust file (compare its fingerprint)
    station.krl                 the station's revocation list at export time
    audit-event.json            the audit event that recorded the sign-off (its hash is recomputable)
    checkpoint-<seq>.json       the signed checkpoint naming that event as the chain head (+ .sig)
    thumbnail.jpg               the clip's first frame (for the certificate)
    certificate.html/.pdf       the human-readable approval certificate
    VERIFY.txt                  the exact commands a stranger runs, and what each proves
    SHA256SUMS                  every file above (`sha256sum -c SHA256SUMS`)
    SHA256SUMS.sig              SHA256SUMS signed by the exporting person (namespace clip-package)

Every file is covered by a signature: SHA256SUMS names all of them and is itself signed, so a file
added, changed or removed after export is noticed. :mod:`reviewer.core.package` checks a package.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent
from reviewer.core.canonical import canonical_bytes, format_rfc3339, parse_rfc3339, sha256_file, sha256_hex
from reviewer.core.checklist import ChecklistTemplate
from reviewer.core.checkpoints import checkpoint_file_name
from reviewer.core.lockout import unlock_with_lockout
from reviewer.core.record import RecordError, parse_record
from reviewer.core.signoff import SignoffService, platform_name
from reviewer.core.timecode import clock_short
from reviewer.core.trust import CHECKPOINT_NAMESPACE, PACKAGE_NAMESPACE, namespace_for
from reviewer.core.verification import FILE_CHANGED, NONE, REVOKED, Verifier
from reviewer.errors import (
    DiskFullError,
    NotFoundError,
    PolicyError,
    ReviewerError,
    UsageError,
    disk_full_errno,
)

__all__ = [
    "APPROVAL_FILE",
    "APPROVAL_CERT_FILE",
    "EVENT_FILE",
    "KRL_FILE",
    "MANIFEST_FILE",
    "PACKAGE_CERT_FILE",
    "SIGNATURE_FILE",
    "SUMS_FILE",
    "SUMS_SIG_FILE",
    "TRUST_FILE",
    "ExportResult",
    "Exporter",
    "certificate_facts",
    "check_out_folder",
    "verify_text",
]

APPROVAL_FILE = "approval.json"
SIGNATURE_FILE = "approval.json.sig"
APPROVAL_CERT_FILE = "approval-signer-cert.pub"
PACKAGE_CERT_FILE = "package-signer-cert.pub"
MANIFEST_FILE = "package.json"
TRUST_FILE = "station_allowed_signers"
KRL_FILE = "station.krl"
EVENT_FILE = "audit-event.json"
SUMS_FILE = "SHA256SUMS"
SUMS_SIG_FILE = "SHA256SUMS.sig"
POST_FILE = "post.txt"
THUMBNAIL_FILE = "thumbnail.jpg"
VERIFY_FILE = "VERIFY.txt"
CERT_HTML = "certificate.html"
CERT_PDF = "certificate.pdf"
PACKAGE_SCHEMA = "reviewer/package/1"
_RESERVED = {
    APPROVAL_FILE,
    SIGNATURE_FILE,
    APPROVAL_CERT_FILE,
    PACKAGE_CERT_FILE,
    MANIFEST_FILE,
    TRUST_FILE,
    KRL_FILE,
    EVENT_FILE,
    SUMS_FILE,
    SUMS_SIG_FILE,
    POST_FILE,
    THUMBNAIL_FILE,
    VERIFY_FILE,
    CERT_HTML,
    CERT_PDF,
}

CertificateRenderer = Callable[[dict[str, Any], Path], list[str]]
"""``render(facts, folder) -> names written`` (reviewer.media.certificate.render_certificate)."""


def _disk_full(exc: BaseException) -> DiskFullError | None:
    """The one-line error for an export that ran out of room (or hit ``ulimit -f``), else None."""
    if disk_full_errno(exc):
        return DiskFullError("the disk holding the export folder is full; nothing was exported")
    return None


def remove_dead_staging(parent: Path) -> None:
    """Remove the hidden ``.<name>.partial-<pid>-<hex>`` folders of exports whose process died
    (a killed export leaves one beside its ``--out``; it never verifies, and no one else uses it)."""
    try:
        entries = list(parent.glob(".*.partial-*-*"))
    except OSError:
        return
    for folder in entries:
        m = re.search(r"\.partial-(\d+)-[0-9a-f]{8}$", folder.name)
        if not m or not folder.is_dir() or folder.is_symlink():
            continue
        pid = int(m.group(1))
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass  # alive, or not ours to signal


def check_out_folder(out: Path) -> Path:
    """The export folder: new, or an empty real folder; never a symlink or a file (UsageError)."""
    out = Path(out).expanduser()
    if out.is_symlink():
        raise UsageError(f"{out} is a symbolic link; choose a new folder for --out")
    out = out.absolute()
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder; choose a new folder for --out")
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} already exists and is not empty; choose a new folder for --out")
    return out


@dataclass(frozen=True)
class ExportResult:
    """Where the package went and what is in it."""

    folder: Path
    files: tuple[str, ...]
    record_sha256: str
    principal: str
    role: str
    namespace: str
    checkpoint_file: str
    exporter: str
    exported_at: str
    station_fingerprint: str
    warnings: tuple[str, ...] = ()


def _safe_name(name: str, taken: set[str]) -> str:
    """A plain file name (no folders, no control characters) not yet used in the package."""
    base = re.sub(r"[\x00-\x1f\x7f/\\]", "_", name or "").strip().lstrip(".") or "file"
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    candidate, n = base, 2
    while candidate.lower() in taken:
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        n += 1
    taken.add(candidate.lower())
    return candidate


def event_json(event: AuditEvent) -> bytes:
    """The audit event as a small JSON file; ``payload`` is the exact canonical payload text."""
    doc = {
        "schema": core_audit.AUDIT_SCHEMA,
        "seq": event.seq,
        "time": event.time,
        "actor": event.actor,
        "kind": event.kind,
        "payload": event.payload_json.decode("utf-8"),
        "prev_hash": event.prev_hash,
        "hash": event.hash,
        "signature": event.signature,
        "hash_rule": "sha256 of RFC 8785 JSON of {schema, seq, time, actor, kind, "
        "payload_sha256 = sha256(payload as UTF-8), prev_hash, signature}",
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def verify_time(rfc3339: str) -> str:
    """``-Overify-time=`` value for ssh-keygen: YYYYMMDDHHMMSSZ (UTC)."""
    return parse_rfc3339(rfc3339).astimezone(timezone.utc).strftime("%Y%m%d%H%M%SZ")


class Exporter:
    """Builds export packages of valid approvals (see the module docstring)."""

    def __init__(
        self,
        *,
        signoff: SignoffService,
        verifier: Verifier,
        render_certificate: CertificateRenderer | None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.signoff = signoff
        self.verifier = verifier
        self.render_certificate = render_certificate
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    def export(self, clip_ref: str, out: Path, *, principal: str, passphrase: str) -> ExportResult:
        """Write the package of the clip's current, valid approval into ``out`` (new or empty),
        signed by ``principal`` (any enrolled head or editor) with ``passphrase``."""
        svc = self.signoff
        library, repo, station_svc = svc.library, svc.repo, svc.station
        clip_id = library.resolve_clip_id(clip_ref)
        out = check_out_folder(out)
        # 1. The whole library must verify: a rolled-back or edited library exports nothing.
        report = self.verifier.verify(check_files=False)
        if not report.ok:
            first = report.problems[0]
            more = f" (and {len(report.problems) - 1} more; see: reviewer verify)" if len(report.problems) > 1 else ""
            raise PolicyError(
                f"the library does not verify, nothing is exported: seq {first.seq} "
                f"{first.kind or ''}: {first.problem}{more}"
            )
        state = self.verifier.approval_state(clip_id, check_files=True)
        if state.state != "valid" or state.signoff is None:
            raise PolicyError(_refusal(clip_id, state))
        so, record = state.signoff, state.record
        assert record is not None
        event = repo.event(so.audit_seq)
        cp_event = repo.event(so.audit_seq + 1)
        if event is None or cp_event is None or cp_event.kind != core_audit.CHECKPOINT or not cp_event.signature:
            raise PolicyError(f"the approval of {clip_id} has no signed checkpoint after it; run reviewer verify")
        cp = core_audit.parse_checkpoint(cp_event.payload_json)
        trust = station_svc.trust()
        station = station_svc.require_station(trust)
        approver = trust.key(so.fingerprint or "")
        if approver is None:
            raise NotFoundError(f"the signing key {so.fingerprint} is not enrolled")
        _pk, approval_cert = svc.crypto.signer_of(event.signature or "")
        if approval_cert is None:
            raise PolicyError(
                f"the approval of {clip_id} was signed before the station existed (no certificate): "
                "a head signs it again to export it"
            )
        # 2. Who exports, with their certificate in force now.
        exporter_key, exporter_cert = station_svc.signer(principal, trust)
        detail = library.clip_detail(clip_id)
        version = next(v for v in detail.versions if v.number == so.version)
        namespace = namespace_for(record["kind"])
        events: list[AuditEvent] = []
        try:
            unlocked = unlock_with_lockout(
                repo=repo,
                crypto=svc.crypto,
                vault=svc.vault,
                principal=exporter_key.principal,
                fingerprint=exporter_key.fingerprint,
                passphrase=passphrase,
                signed_from="cli",
                now=self.clock(),
                certificate=exporter_cert.line,
                on_events=events.extend,
            )
        finally:
            station_svc.note(station, events)
        exported_at = format_rfc3339(self.clock())

        remove_dead_staging(out.parent)
        staging = out.parent / f".{out.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            staging.mkdir(parents=True)
        except OSError as exc:
            full = _disk_full(exc)
            if full is None:
                raise
            raise full from None
        cp_name = checkpoint_file_name(cp.seq)
        taken = {n.lower() for n in _RESERVED} | {cp_name.lower(), (cp_name + ".sig").lower()}
        files: list[str] = []
        warnings: list[str] = []
        committed = None
        try:

            def put(name: str, data: bytes) -> None:
                with open(staging / name, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                files.append(name)

            def copy(name: str, src: Path, sha: str) -> None:
                shutil.copyfile(src, staging / name)
                os.chmod(staging / name, 0o644)
                # The store was checked moments ago; check the copy too (the disk may lie).
                if sha256_file(staging / name) != sha:
                    raise ReviewerError(f"{name}: the copy does not have the signed bytes; export stopped")
                files.append(name)

            clip_name = _safe_name(record["clip"]["file_name"], taken)
            copy(clip_name, svc.home / version.store_path, record["clip"]["sha256"])
            caption_names = []
            for cap_rec in record["captions"]:
                track = next((c for c in version.captions if c.sha256 == cap_rec["sha256"]), None)
                if track is None:
                    raise ReviewerError(f"caption {cap_rec['file_name']} is no longer in the library")
                name = _safe_name(cap_rec["file_name"], taken)
                copy(name, svc.home / track.store_path, cap_rec["sha256"])
                caption_names.append(name)
            if record["post_text"] is not None:
                put(POST_FILE, record["post_text"]["text"].encode("utf-8"))
            put(APPROVAL_FILE, so.record)
            put(SIGNATURE_FILE, (event.signature or "").encode("ascii"))
            put(
                APPROVAL_CERT_FILE,
                (approval_cert + f" {record['signer']['role']}:{record['signer']['principal']}\n").encode("utf-8"),
            )
            put(
                PACKAGE_CERT_FILE,
                (exporter_cert.line + f" {exporter_cert.role}:{exporter_cert.principal}\n").encode("utf-8"),
            )
            put(TRUST_FILE, station_svc.trust_file().encode("utf-8"))
            put(KRL_FILE, station_svc.revocations())
            manifest = {
                "schema": PACKAGE_SCHEMA,
                "clip_id": clip_id,
                "version": so.version,
                "record_sha256": so.record_sha256,
                "exported_at": exported_at,
                "exporter": {
                    "principal": exporter_key.principal,
                    "name": exporter_key.name,
                    "title": exporter_key.title,
                    "role": exporter_cert.role,
                    "key_fingerprint": exporter_key.fingerprint,
                    "certificate_serial": exporter_cert.serial,
                },
                "station": {"name": station.name, "fingerprint": station.fingerprint},
            }
            put(MANIFEST_FILE, canonical_bytes(manifest))
            put(EVENT_FILE, event_json(event))
            put(cp_name, cp_event.payload_json)
            put(cp_name + ".sig", cp_event.signature.encode("ascii"))
            thumb = None
            if version.thumbnail_path and (svc.home / version.thumbnail_path).is_file():
                shutil.copyfile(svc.home / version.thumbnail_path, staging / THUMBNAIL_FILE)
                files.append(THUMBNAIL_FILE)
                thumb = THUMBNAIL_FILE
            facts = certificate_facts(
                detail=detail,
                version=version,
                record=record,
                stored=so,
                event=event,
                checkpoint=cp,
                template=svc.template(),
                clip_file=clip_name,
                caption_files=caption_names,
                thumbnail=thumb,
                namespace=namespace,
                exported_at=self.clock(),
            )
            facts["station"] = {"name": station.name, "fingerprint": station.fingerprint}
            facts["exporter"] = manifest["exporter"]
            facts["exported_at"] = exported_at
            facts["checkpoint_file"] = cp_name
            put(VERIFY_FILE, verify_text(facts).encode("utf-8"))
            if self.render_certificate is not None:
                try:
                    files.extend(self.render_certificate(facts, staging))
                except ReviewerError as exc:
                    warnings.append(f"certificate not written: {exc}")
            sums = "".join(f"{sha256_file(staging / n)}  {n}\n" for n in sorted(files)).encode("utf-8")
            put(SUMS_FILE, sums)
            # The export is audited before the package can verify: SHA256SUMS is signed, and the
            # folder moved into place, only once its event is committed. A process killed at any
            # moment thus never leaves a package that verifies without its audit event (at worst
            # an event whose package was not finished, and an unsigned staging folder).
            committed = repo.commit_with_checkpoint(
                actor=exporter_key.principal,
                kind=core_audit.EXPORT,
                clip_id=clip_id,
                payload={
                    "clip_id": clip_id,
                    "version": so.version,
                    "record_sha256": so.record_sha256,
                    "destination": str(out),
                    "files": sorted([*files, SUMS_SIG_FILE]),
                    "sha256sums_sha256": sha256_hex(sums),
                    "exporter": exporter_key.principal,
                    "key_fingerprint": exporter_key.fingerprint,
                },
                checkpoint=svc.checkpoint_fn(unlocked, exporter_key.principal),
            )
            put(SUMS_SIG_FILE, unlocked.sign(sums, PACKAGE_NAMESPACE).encode("ascii"))
            if out.exists():
                out.rmdir()
            os.replace(staging, out)
        except BaseException as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if committed is not None:  # the event is in the chain: its checkpoint file and witness too
                svc.write_checkpoint(committed[1], committed[2])
                station_svc.note(station, committed[3])
            full = _disk_full(exc)
            if full is None:
                raise
            raise full from None
        _ev, ecp, ecp_sig, ecp_event = committed
        _path, cp_warnings = svc.write_checkpoint(ecp, ecp_sig)
        warnings.extend(cp_warnings)
        warnings.extend(station_svc.note(station, ecp_event))
        return ExportResult(
            folder=out,
            files=tuple(sorted(files)),
            record_sha256=so.record_sha256,
            principal=record["signer"]["principal"],
            role=record["signer"]["role"],
            namespace=namespace,
            checkpoint_file=cp_name,
            exporter=f"{exporter_cert.role}:{exporter_key.principal}",
            exported_at=exported_at,
            station_fingerprint=station.fingerprint,
            warnings=tuple(warnings),
        )


def _refusal(clip_id: str, state: Any) -> str:
    if state.state == NONE:
        return (
            f"clip {clip_id} has no approval of its current version to export "
            "(only a head's signed approval can be exported)"
        )
    if state.state == REVOKED:
        reason = ""
        if state.revocation is not None:
            try:
                reason = parse_record(state.revocation.record).get("reason", "")
            except RecordError:
                pass
        return f"the approval of {clip_id} was revoked{f' ({reason})' if reason else ''}; nothing to export"
    if state.state == FILE_CHANGED:
        return f"the approval of {clip_id} no longer matches its files: {'; '.join(state.problems)}"
    return f"the approval of {clip_id} does not verify: {'; '.join(state.problems)}"


# --------------------------------------------------------------------------- certificate facts


def certificate_facts(
    *,
    detail: Any,
    version: Any,
    record: dict[str, Any],
    stored: Any,
    event: core_audit.AuditEvent,
    checkpoint: core_audit.Checkpoint,
    template: ChecklistTemplate | None,
    clip_file: str,
    caption_files: list[str],
    thumbnail: str | None,
    namespace: str,
    exported_at: datetime,
) -> dict[str, Any]:
    """Everything the certificate shows, as plain data (the renderer only lays it out)."""
    clip = detail.clip
    answers = {a["item_id"]: a for a in record["checklist"]["answers"]}
    groups: list[dict[str, Any]] = []
    same_template = template is not None and template.hash == record["checklist"]["hash"]
    if template is not None and same_template:
        for g in template.groups:
            items = [
                {
                    "id": i.id,
                    "label": {"vi": i.label.vi, "en": i.label.en},
                    "blocking": i.blocking,
                    "result": answers.get(i.id, {}).get("result", ""),
                    "note": answers.get(i.id, {}).get("note", ""),
                }
                for i in template.items_in(g.id)
            ]
            groups.append({"label": {"vi": g.label.vi, "en": g.label.en}, "items": items})
    else:
        groups.append(
            {
                "label": {"vi": "Danh mục (mẫu đã thay đổi)", "en": "Checklist (template since changed)"},
                "items": [
                    {
                        "id": a["item_id"],
                        "label": {"vi": a["item_id"], "en": a["item_id"]},
                        "blocking": False,
                        "result": a["result"],
                        "note": a["note"],
                    }
                    for a in record["checklist"]["answers"]
                ],
            }
        )
    signed = parse_rfc3339(record["signed_at"])
    local = signed.astimezone()
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    cov = record["coverage"]
    return {
        "title": clip.title,
        "clip_id": record["clip_id"],
        "version": record["version"],
        "platform": platform_name(clip.platform) or clip.platform or "",
        "political": clip.political,
        "author": clip.author,
        "file_name": record["clip"]["file_name"],
        "clip_file": clip_file,
        "size": record["clip"]["size"],
        "duration": clock_short(record["clip"]["duration_ms"]),
        "resolution": f"{version.width}×{version.height}",
        "fps": version.fps,
        "codecs": "/".join(c for c in (version.video_codec, version.audio_codec) if c),
        "sha256": record["clip"]["sha256"],
        "ingested_at": format_rfc3339(version.ingested_at),
        "captions": [
            {"file_name": c["file_name"], "file": f, "language": c["language"] or "", "sha256": c["sha256"]}
            for c, f in zip(record["captions"], caption_files, strict=True)
        ],
        "post_text": record["post_text"]["text"] if record["post_text"] else None,
        "post_sha256": record["post_text"]["sha256"] if record["post_text"] else None,
        "checklist": {
            "id": record["checklist"]["id"],
            "hash": record["checklist"]["hash"],
            "title": {"vi": template.title.vi, "en": template.title.en}
            if template is not None and same_template
            else None,
            "groups": groups,
        },
        "notes": [
            {
                "time": clock_short(n["start_ms"])
                + (f" – {clock_short(n['end_ms'])}" if n["end_ms"] is not None else ""),
                "author": n["author"],
                "text": n["text"],
            }
            for n in record["notes"]
        ],
        "decision": record["decision"],
        "kind": record["kind"],
        "meaning": record["meaning"],
        "reason": record["reason"],
        "signer": dict(record["signer"]),
        "signed_at": record["signed_at"],
        "signed_at_display": signed.strftime("%d/%m/%Y %H:%M:%S") + " UTC",
        # The workstation's local time, when it is not UTC anyway (Vietnam: UTC+07:00).
        "signed_at_local": (local.strftime("%d/%m/%Y %H:%M:%S") + f" ({offset})") if local.utcoffset() else "",
        "coverage": {
            "percent": round(float(cov["fraction"]) * 100, 2),
            "viewed": clock_short(cov["viewed_ms"]),
            "duration": clock_short(cov["duration_ms"]),
        },
        "signed_from": record["signed_from"],
        "app_version": record["app_version"],
        "record_sha256": stored.record_sha256,
        "audit_seq": event.seq,
        "audit_hash": event.hash,
        "checkpoint_seq": checkpoint.seq,
        "namespace": namespace,
        "thumbnail": thumbnail,
        "exported_at": format_rfc3339(exported_at),
    }


def verify_text(facts: dict[str, Any]) -> str:
    """VERIFY.txt: the exact commands (OpenSSH + coreutils only) and what each one proves."""
    s = facts["signer"]
    p = f"{s['role']}:{s['principal']}"
    ns = facts["namespace"]
    sha = facts["sha256"]
    station = facts["station"]
    exporter = facts["exporter"]
    ex = f"{exporter['role']}:{exporter['principal']}"
    cp_name = facts["checkpoint_file"]
    signed_t = verify_time(facts["signed_at"])
    export_t = verify_time(facts["exported_at"])
    return f"""\
KIỂM TRA PHÊ DUYỆT CLIP / HOW TO VERIFY THIS CLIP APPROVAL
==========================================================

Clip:       {facts["title"]}  ({facts["clip_id"]}, version {facts["version"]})
File:       {facts["clip_file"]}
Decision:   {facts["meaning"]}
Signed by:  {s["name"]}, {s["title"]} ({p})
Signed at:  {facts["signed_at"]} (UTC)
Station:    {station["name"]}
Station key fingerprint / Dấu vân tay khóa gốc của Đài:
            {station["fingerprint"]}

You need only OpenSSH 8.9+ (ssh-keygen) and GNU coreutils (sha256sum). Run the commands in this
folder. Chỉ cần OpenSSH (ssh-keygen) và coreutils (sha256sum); chạy các lệnh trong thư mục này.

Use the station's PUBLISHED trust file (station_allowed_signers from the station's web site or
letter) and its newest revocation list (station.krl). The copies in this folder are for
convenience: check that the copy's station key is the published one:

     awk '/cert-authority/ {{print $3, $4; exit}}' station_allowed_signers | ssh-keygen -lf -

   It must print {station["fingerprint"]}. Below, replace station_allowed_signers and
   station.krl by the published files when you have them.

1. Every file is exactly what was exported / Mọi tệp nguyên vẹn:

     sha256sum -c SHA256SUMS
     ssh-keygen -Y verify -f station_allowed_signers -I {ex} -n clip-package -s SHA256SUMS.sig -Overify-time={export_t} < SHA256SUMS

   Every line must end in "OK", then: Good "clip-package" signature for {ex}. This proves
   no file here changed, was added or removed since {exporter["name"]} exported the package with
   a key the station certified. No file is outside SHA256SUMS except SHA256SUMS.sig itself.

2. The approval was signed by a head the station certified / Chữ ký số của lãnh đạo phê duyệt:

     ssh-keygen -Y verify -f station_allowed_signers -I {p} -n {ns} -s approval.json.sig -Overify-time={signed_t} -r station.krl < approval.json

   Must print: Good "{ns}" signature for {p} with ED25519-CERT key {s["key_fingerprint"]}
   This proves approval.json (decision, meaning, signer, time, every hash) is exactly what
   {s["name"]} signed, with a key the station certified as a head ("{p}") and has not
   revoked, for the purpose "{ns}" and nothing else. An editor's key, a key the station never
   certified, or another purpose does not pass. The certificate it carries is
   approval-signer-cert.pub (ssh-keygen -L -f approval-signer-cert.pub shows it).

3. The record names these exact clip bytes / Bản ghi gắn với đúng tệp clip:

     grep -F {sha} SHA256SUMS

   Must print the clip's line ("{facts["clip_file"]}"). approval.json is one line of plain JSON
   (read it with: cat approval.json); its "clip" object holds this sha256, and its "captions" and
   "post_text" objects hold the SHA-256 of each caption file and of post.txt, which SHA256SUMS
   lists too. So the signature covers the clip, captions and post text themselves.

4. The approval is anchored in the desk's audit trail / Neo vào nhật ký kiểm toán:

     ssh-keygen -Y verify -f station_allowed_signers -I {p} -n {CHECKPOINT_NAMESPACE} -s {cp_name}.sig -Overify-time={signed_t} < {cp_name}

   Must print a Good signature. The checkpoint states that the audit chain's head was event
   {facts["checkpoint_seq"]} with hash {facts["audit_hash"]}, which is the hash of audit-event.json, the
   event that recorded this approval. Recomputing that hash needs an RFC 8785 JSON canonicaliser;
   `reviewer verify-package . --trust station_allowed_signers --revocations station.krl` does it
   (and all of the above) in one command.

certificate.pdf / certificate.html are the human-readable certificate; the proof is the
record and its signatures above.
"""
