"""The export package for the publishing desk, and its offline verification.

``reviewer export CLIP --out DIR`` writes (only for the current version's valid approval)::

    <clip file>             the clip, under its original name, byte for byte
    <caption files>         each caption file as ingested
    post.txt                the social post text (UTF-8, NFC, exactly the signed bytes)
    approval.json           the signed record: the exact RFC 8785 bytes that were signed
    approval.json.sig       its armored SSHSIG signature (ssh-keygen -Y verify)
    allowed_signers         the signer's key, limited to our namespaces
    audit-event.json        the audit event that recorded the sign-off (its hash is recomputable)
    checkpoint-<seq>.json   the signed checkpoint naming that event as the chain head (+ .sig)
    thumbnail.jpg           the clip's first frame (for the certificate)
    certificate.html/.pdf   the human-readable approval certificate
    VERIFY.txt              the exact commands a stranger runs, and what each proves
    SHA256SUMS              every file above (`sha256sum -c SHA256SUMS`)

:func:`verify_package` checks all of it offline with no library: checksums, the record's schema
and canonical form, the signature, the record's hashes against the files, the audit event's hash
and link to the record, and the checkpoint's signature and head.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reviewer.core import audit as core_audit
from reviewer.core.canonical import format_rfc3339, parse_rfc3339, sha256_hex
from reviewer.core.checklist import ChecklistTemplate
from reviewer.core.record import APPROVAL, RecordError, parse_record
from reviewer.core.signoff import (
    checkpoint_file_name,
    checkpoint_namespace,
    platform_name,
)
from reviewer.core.verification import FILE_CHANGED, NONE, REVOKED, Verifier
from reviewer.errors import (
    DiskFullError,
    NotFoundError,
    PolicyError,
    ReviewerError,
    UsageError,
)

_DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _disk_full(exc: BaseException) -> DiskFullError | None:
    """The one-line error for an export that ran out of room (or hit ``ulimit -f``), else None."""
    if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
        return DiskFullError("the disk holding the export folder is full; nothing was exported")
    return None

__all__ = [
    "APPROVAL_FILE",
    "SIGNATURE_FILE",
    "ALLOWED_SIGNERS_FILE",
    "EVENT_FILE",
    "SUMS_FILE",
    "ExportResult",
    "Exporter",
    "PackageReport",
    "verify_package",
]

APPROVAL_FILE = "approval.json"
SIGNATURE_FILE = "approval.json.sig"
ALLOWED_SIGNERS_FILE = "allowed_signers"
EVENT_FILE = "audit-event.json"
SUMS_FILE = "SHA256SUMS"
POST_FILE = "post.txt"
THUMBNAIL_FILE = "thumbnail.jpg"
VERIFY_FILE = "VERIFY.txt"
CERT_HTML = "certificate.html"
CERT_PDF = "certificate.pdf"
_RESERVED = {APPROVAL_FILE, SIGNATURE_FILE, ALLOWED_SIGNERS_FILE, EVENT_FILE, SUMS_FILE, POST_FILE,
             THUMBNAIL_FILE, VERIFY_FILE, CERT_HTML, CERT_PDF}  # fmt: skip
_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")

CertificateRenderer = Callable[[dict[str, Any], Path], list[str]]
"""``render(facts, folder) -> names written`` (reviewer.media.certificate.render_certificate)."""


@dataclass(frozen=True)
class ExportResult:
    """Where the package went and what is in it."""

    folder: Path
    files: tuple[str, ...]
    record_sha256: str
    principal: str
    namespace: str
    checkpoint_file: str
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


def _fmt_ms(ms: int | None) -> str:
    if ms is None:
        return ""
    s, ms = divmod(int(ms), 1000)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}" if h else f"{m:02d}:{s:02d}.{ms:03d}"


def event_json(event: core_audit.AuditEvent) -> bytes:
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


class Exporter:
    """Builds export packages of valid approvals (see the module docstring)."""

    def __init__(
        self,
        *,
        signoff: Any,
        verifier: Verifier,
        render_certificate: CertificateRenderer | None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.signoff = signoff
        self.verifier = verifier
        self.render_certificate = render_certificate
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    def export(self, clip_ref: str, out: Path, *, actor: str) -> ExportResult:
        """Write the package of the clip's current, valid approval into ``out`` (new or empty)."""
        svc = self.signoff
        library, repo = svc.library, svc.repo
        clip_id = library.resolve_clip_id(clip_ref)
        state = self.verifier.approval_state(clip_id, check_files=True)
        if state.state != "valid" or state.signoff is None:
            raise PolicyError(_refusal(clip_id, state))
        so, record = state.signoff, state.record
        assert record is not None
        out = Path(out).expanduser().absolute()
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise UsageError(f"{out} already exists and is not an empty folder; choose a new --out")
        event = repo.event(so.audit_seq)
        cp_event = repo.event(so.audit_seq + 1)
        if event is None or cp_event is None or cp_event.kind != core_audit.CHECKPOINT or not cp_event.signature:
            raise PolicyError(f"the approval of {clip_id} has no signed checkpoint after it; run reviewer verify")
        cp = core_audit.parse_checkpoint(cp_event.payload_json)
        key = repo.key(so.fingerprint or "")
        if key is None:
            raise NotFoundError(f"the signing key {so.fingerprint} is not enrolled")
        detail = library.clip_detail(clip_id)
        version = next(v for v in detail.versions if v.number == so.version)
        payload = json.loads(event.payload_json)
        namespace = payload.get("namespace") or svc.namespace

        staging = out.parent / f".{out.name}.partial-{uuid.uuid4().hex[:8]}"
        try:
            staging.mkdir(parents=True)
        except OSError as exc:
            full = _disk_full(exc)
            if full is None:
                raise
            raise full from None
        taken = set(n.lower() for n in _RESERVED) | {
            checkpoint_file_name(cp.seq).lower(), (checkpoint_file_name(cp.seq) + ".sig").lower()
        }
        files: list[str] = []
        warnings: list[str] = []
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
                from reviewer.core.signoff import sha256_file

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
            put(ALLOWED_SIGNERS_FILE, (svc.crypto.allowed_signers_line(
                key.principal, key.public_key, [namespace, checkpoint_namespace(namespace)]) + "\n").encode("utf-8"))  # fmt: skip
            put(EVENT_FILE, event_json(event))
            cp_name = checkpoint_file_name(cp.seq)
            put(cp_name, cp_event.payload_json)
            put(cp_name + ".sig", cp_event.signature.encode("ascii"))
            thumb = None
            if version.thumbnail_path and (svc.home / version.thumbnail_path).is_file():
                shutil.copyfile(svc.home / version.thumbnail_path, staging / THUMBNAIL_FILE)
                files.append(THUMBNAIL_FILE)
                thumb = THUMBNAIL_FILE
            facts = certificate_facts(
                detail=detail, version=version, record=record, stored=so, event=event,
                checkpoint=cp, template=svc.template(), clip_file=clip_name,
                caption_files=caption_names, thumbnail=thumb, namespace=namespace,
                exported_at=self.clock(),
            )  # fmt: skip
            put(VERIFY_FILE, verify_text(facts, cp_name).encode("utf-8"))
            if self.render_certificate is not None:
                try:
                    files.extend(self.render_certificate(facts, staging))
                except ReviewerError as exc:
                    warnings.append(f"certificate not written: {exc}")
            sums = "".join(
                f"{sha256_hex((staging / n).read_bytes())}  {n}\n" for n in sorted(files)
            )
            put(SUMS_FILE, sums.encode("utf-8"))
            if out.exists():
                out.rmdir()
            os.replace(staging, out)
        except BaseException as exc:
            shutil.rmtree(staging, ignore_errors=True)
            full = _disk_full(exc)
            if full is None:
                raise
            raise full from None
        try:
            repo.record_export(
                clip_id,
                actor=actor,
                payload={
                    "clip_id": clip_id, "version": so.version, "record_sha256": so.record_sha256,
                    "destination": str(out), "files": sorted(files),
                    "sha256sums_sha256": sha256_hex((out / SUMS_FILE).read_bytes()),
                },
            )  # fmt: skip
        except BaseException:
            # An export must be audited; without its event the package is withdrawn.
            shutil.rmtree(out, ignore_errors=True)
            raise
        return ExportResult(
            folder=out, files=tuple(sorted(files)), record_sha256=so.record_sha256,
            principal=key.principal, namespace=namespace, checkpoint_file=cp_name,
            warnings=tuple(warnings),
        )  # fmt: skip


def _refusal(clip_id: str, state: Any) -> str:
    if state.state == NONE:
        return (f"clip {clip_id} has no approval of its current version to export "
                "(only a head's signed approval can be exported)")  # fmt: skip
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
    if same_template:
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
        groups.append({
            "label": {"vi": "Danh mục (mẫu đã thay đổi)", "en": "Checklist (template since changed)"},
            "items": [{"id": a["item_id"], "label": {"vi": a["item_id"], "en": a["item_id"]},
                       "blocking": False, "result": a["result"], "note": a["note"]}
                      for a in record["checklist"]["answers"]],
        })  # fmt: skip
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
        "duration": _fmt_ms(record["clip"]["duration_ms"]),
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
            "title": {"vi": template.title.vi, "en": template.title.en} if same_template else None,
            "groups": groups,
        },
        "notes": [
            {
                "time": _fmt_ms(n["start_ms"])
                + (f" – {_fmt_ms(n['end_ms'])}" if n["end_ms"] is not None else ""),
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
        "signed_at_local": (local.strftime("%d/%m/%Y %H:%M:%S") + f" ({offset})")
        if local.utcoffset() else "",
        "coverage": {
            "percent": round(float(cov["fraction"]) * 100, 2),
            "viewed": _fmt_ms(cov["viewed_ms"]),
            "duration": _fmt_ms(cov["duration_ms"]),
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


def verify_text(facts: dict[str, Any], checkpoint_name: str) -> str:
    """VERIFY.txt: the exact commands (OpenSSH + coreutils only) and what each one proves."""
    p = facts["signer"]["principal"]
    ns = facts["namespace"]
    fp = facts["signer"]["key_fingerprint"]
    sha = facts["sha256"]
    return f"""\
KIỂM TRA PHÊ DUYỆT CLIP / HOW TO VERIFY THIS CLIP APPROVAL
==========================================================

Clip:       {facts['title']}  ({facts['clip_id']}, version {facts['version']})
File:       {facts['clip_file']}
Decision:   {facts['meaning']}
Signed by:  {facts['signer']['name']}, {facts['signer']['title']} ({p})
Signed at:  {facts['signed_at']} (UTC)
Key:        {fp}

You need only OpenSSH 8.1+ (ssh-keygen) and GNU coreutils (sha256sum). Run the commands in this
folder. Chỉ cần OpenSSH (ssh-keygen) và coreutils (sha256sum); chạy các lệnh trong thư mục này.

1. Every file is exactly what was exported / Mọi tệp nguyên vẹn:

     sha256sum -c SHA256SUMS

   Every line must end in "OK". This proves no file here (clip, captions, post text, record,
   signature, checkpoint, certificate) changed since export.

2. The approval record was signed by the key in allowed_signers / Chữ ký số hợp lệ:

     ssh-keygen -Y verify -f allowed_signers -I {p} -n {ns} -s approval.json.sig < approval.json

   Must print: Good "{ns}" signature for {p} with ED25519 key {fp}
   This proves approval.json (decision, meaning, signer, time, every hash) is exactly what the
   holder of that key signed, for the purpose "{ns}" and nothing else.

3. The key really is {facts['signer']['name']}'s / Khóa đúng của người ký:

     cut -d' ' -f3- allowed_signers | ssh-keygen -lf -

   The SHA256:… fingerprint printed must equal the one your station published for {p}
   (ask for it, or keep your own allowed_signers from `reviewer keys allowed-signers`).
   Steps 1-2 prove integrity; only this step proves WHO signed.

4. The record names these exact clip bytes / Bản ghi gắn với đúng tệp clip:

     grep -F {sha} SHA256SUMS

   Must print the clip's line ("{facts['clip_file']}"). approval.json is one line of plain JSON
   (read it with: cat approval.json); its "clip" object holds this sha256, and its "captions" and
   "post_text" objects hold the SHA-256 of each caption file and of post.txt, which SHA256SUMS
   lists too. So the signature covers the clip, captions and post text themselves.

5. The approval is anchored in the desk's audit trail / Neo vào nhật ký kiểm toán:

     ssh-keygen -Y verify -f allowed_signers -I {p} -n {checkpoint_namespace(ns)} -s {checkpoint_name}.sig < {checkpoint_name}

   Must print a Good signature. The checkpoint states that the audit chain's head was event
   {facts['checkpoint_seq']} with hash {facts['audit_hash']}, which is the hash of audit-event.json, the
   event that recorded this approval. Recomputing that hash needs an RFC 8785 JSON canonicaliser;
   `reviewer verify-package .` does it (and all of the above) in one command.

certificate.pdf / certificate.html are the human-readable certificate; the proof is the
record and its signature above.
"""


# --------------------------------------------------------------------------- verify-package


@dataclass
class PackageReport:
    """The outcome of ``reviewer verify-package``."""

    passed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """All checks passed."""
        return not self.problems and bool(self.passed)

    def to_json(self) -> dict[str, Any]:
        """``{"ok", "passed", "problems", "summary"}``."""
        return {"ok": self.ok, "passed": self.passed, "problems": self.problems, "summary": self.summary}


def _parse_allowed_signers(text: str) -> list[tuple[list[str], list[str] | None, str]]:
    """(principals, namespaces or None, key line) per line; enough of sshd's format for ours."""
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        principals = fields[0].split(",")
        rest = fields[1:]
        namespaces = None
        while rest and not rest[0].startswith(("ssh-", "ecdsa-", "sk-")):
            opt = rest.pop(0)
            if opt.startswith("namespaces="):
                namespaces = opt[len("namespaces="):].strip('"').split(",")
        if len(rest) >= 2:
            entries.append((principals, namespaces, f"{rest[0]} {rest[1]}"))
    return entries


def verify_package(folder: Path, crypto: Any, namespace: str = "clip-approval") -> PackageReport:
    """Check an export package offline (see the module docstring); never raises for bad input."""
    folder = Path(folder)
    rep = PackageReport()
    if not folder.is_dir():
        rep.problems.append(f"{folder} is not a folder")
        return rep

    # 1. checksums
    listed: dict[str, str] = {}
    sums_path = folder / SUMS_FILE
    if not sums_path.is_file():
        rep.problems.append(f"{SUMS_FILE} is missing")
    else:
        bad = 0
        for n, line in enumerate(sums_path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            m = _SUM_LINE.match(line)
            if not m or "/" in m.group(2) or m.group(2) in (".", ".."):
                rep.problems.append(f"{SUMS_FILE} line {n} is malformed")
                bad += 1
                continue
            name = m.group(2)
            listed[name] = m.group(1)
            path = folder / name
            if not path.is_file():
                rep.problems.append(f"{name} is listed in {SUMS_FILE} but missing")
                bad += 1
            elif sha256_hex(path.read_bytes()) != m.group(1):
                rep.problems.append(f"{name} does not match its SHA-256 in {SUMS_FILE} (changed)")
                bad += 1
        for path in sorted(folder.iterdir()):
            if path.name != SUMS_FILE and path.name not in listed:
                rep.problems.append(f"{path.name} is not covered by {SUMS_FILE}")
                bad += 1
        if not bad:
            rep.passed.append(f"{SUMS_FILE}: all {len(listed)} files match")

    # 2. the record
    try:
        record_data = (folder / APPROVAL_FILE).read_bytes()
        record = parse_record(record_data)
    except OSError:
        rep.problems.append(f"{APPROVAL_FILE} is missing")
        return rep
    except RecordError as exc:
        rep.problems.append(f"{APPROVAL_FILE}: {exc}")
        return rep
    if record["kind"] != APPROVAL:
        rep.problems.append(f"{APPROVAL_FILE} is a {record['kind']} record, not an approval")
    else:
        rep.passed.append(f"{APPROVAL_FILE}: a well-formed canonical approval record")
    signer = record["signer"]
    rep.summary = {
        "clip_id": record["clip_id"], "version": record["version"], "decision": record.get("decision"),
        "meaning": record["meaning"], "principal": signer["principal"], "name": signer["name"],
        "title": signer["title"], "key_fingerprint": signer["key_fingerprint"],
        "signed_at": record["signed_at"], "record_sha256": sha256_hex(record_data),
    }  # fmt: skip

    # 3. signer key and signature
    public_key = None
    try:
        entries = _parse_allowed_signers((folder / ALLOWED_SIGNERS_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        entries = []
        rep.problems.append(f"{ALLOWED_SIGNERS_FILE} is missing or unreadable")
    for principals, namespaces, key_line in entries:
        if signer["principal"] in principals:
            if namespaces is not None and namespace not in namespaces:
                rep.problems.append(f"{ALLOWED_SIGNERS_FILE} does not allow the key for namespace {namespace}")
            try:
                fp = crypto.fingerprint(key_line)
            except ReviewerError as exc:
                rep.problems.append(f"{ALLOWED_SIGNERS_FILE}: {exc}")
                continue
            if fp != signer["key_fingerprint"]:
                rep.problems.append(
                    f"{ALLOWED_SIGNERS_FILE} holds key {fp} for {signer['principal']}, but the record names "
                    f"{signer['key_fingerprint']}"
                )
                continue
            public_key = key_line
            break
    else:
        if entries:
            rep.problems.append(f"{ALLOWED_SIGNERS_FILE} has no key for {signer['principal']}")
    try:
        signature = (folder / SIGNATURE_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        signature = None
        rep.problems.append(f"{SIGNATURE_FILE} is missing or not ASCII")
    if public_key and signature is not None:
        verdict = crypto.verify(signature, record_data, namespace, public_key)
        if verdict:
            rep.problems.append(f"{SIGNATURE_FILE}: {verdict}")
        else:
            rep.passed.append(
                f"{SIGNATURE_FILE}: good signature by {signer['principal']} ({signer['key_fingerprint']})"
            )

    # 4. record hashes vs files
    by_hash: dict[str, list[str]] = {}
    for name, sha in listed.items():
        by_hash.setdefault(sha, []).append(name)
    files_ok = True
    clip = record["clip"]
    names = by_hash.get(clip["sha256"], [])
    if not names:
        rep.problems.append(f"no file in the package has the clip's signed SHA-256 ({clip['file_name']})")
        files_ok = False
    elif (folder / names[0]).stat().st_size != clip["size"]:
        rep.problems.append(f"{names[0]} does not have the signed size")
        files_ok = False
    for cap in record["captions"]:
        if cap["sha256"] not in by_hash:
            rep.problems.append(f"caption file {cap['file_name']} with the signed SHA-256 is not in the package")
            files_ok = False
    if record["post_text"] is not None:
        try:
            post = (folder / POST_FILE).read_bytes()
        except OSError:
            post = None
        if post is None or sha256_hex(post) != record["post_text"]["sha256"]:
            rep.problems.append(f"{POST_FILE} is missing or is not the signed post text")
            files_ok = False
    if files_ok:
        rep.passed.append("clip, caption files and post text have the SHA-256 the record signs")

    # 5. the audit event
    event = None
    try:
        doc = json.loads((folder / EVENT_FILE).read_text(encoding="utf-8"))
        event = core_audit.AuditEvent(
            seq=doc["seq"], time=doc["time"], actor=doc["actor"], kind=doc["kind"],
            payload_json=doc["payload"].encode("utf-8"), prev_hash=doc["prev_hash"], hash=doc["hash"],
            signature=doc["signature"],
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        rep.problems.append(f"{EVENT_FILE} is missing or malformed")
    if event is not None:
        ev_problems = []
        try:
            computed = core_audit.event_hash(
                event.seq, event.time, event.actor, event.kind, event.payload_json, event.prev_hash,
                event.signature,
            )  # fmt: skip
        except (ValueError, TypeError) as exc:
            computed = f"error: {exc}"
        if computed != event.hash:
            ev_problems.append("its hash does not match its fields (altered)")
        try:
            payload = json.loads(event.payload_json)
        except ValueError:
            payload = {}
        if event.kind != core_audit.SIGNOFF:
            ev_problems.append(f"it is a {event.kind} event, not a signoff")
        if payload.get("record_sha256") != sha256_hex(record_data):
            ev_problems.append(f"it names another record than {APPROVAL_FILE}")
        if signature is not None and event.signature != signature:
            ev_problems.append(f"its signature is not {SIGNATURE_FILE}")
        if event.prev_hash != record["prev_audit_hash"]:
            ev_problems.append("the record's prev_audit_hash is not the event's prev_hash")
        if ev_problems:
            rep.problems.append(f"{EVENT_FILE}: {'; '.join(ev_problems)}")
        else:
            rep.passed.append(f"{EVENT_FILE}: audit event {event.seq} records exactly this signed record")

    # 6. checkpoints
    anchored = False
    for path in sorted(folder.glob("checkpoint-*.json")):
        try:
            data = path.read_bytes()
            sig = (folder / (path.name + ".sig")).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            rep.problems.append(f"{path.name}: missing or unreadable signature file")
            continue

        def check(data: bytes, sig: str, cp: core_audit.Checkpoint) -> str | None:
            if public_key is None or cp.key_fingerprint != signer["key_fingerprint"]:
                return f"signed by {cp.key_fingerprint}, not the approval's signer key"
            return crypto.verify(sig, data, checkpoint_namespace(namespace), public_key)

        try:
            cp = core_audit.verify_checkpoint(data, sig, check)
        except ReviewerError as exc:
            rep.problems.append(f"{path.name}: {exc}")
            continue
        if event is not None and cp.expected_head == (event.seq, event.hash):
            anchored = True
            rep.passed.append(f"{path.name}: signed checkpoint pins audit event {event.seq} as the chain head")
        else:
            rep.problems.append(f"{path.name}: signed, but does not name the approval's audit event")
    if not anchored and not any(p.startswith("checkpoint-") for p in rep.problems):
        rep.problems.append("no checkpoint in the package anchors the approval's audit event")
    return rep
