"""Checking an exported approval package offline, against a station's published trust file.

:func:`verify_package` does what VERIFY.txt tells a stranger to do with ``ssh-keygen`` and
``sha256sum``, and the parts that need an RFC 8785 canonicaliser: every file is a regular file
listed in the signed SHA256SUMS (nothing extra, no symlink), the manifest's signature is by a key
the station certified, the approval's signature carries a head's certificate issued by the
station, valid when it was signed and not in the revocation list, the record names the package's
clip, captions and post text, and its audit event and checkpoint anchor it.

Who signed is established only by the trust file the caller gives (the one the station
published), never by the copy inside the package: anybody can write a trust file naming their
own key.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.core import audit as core_audit
from reviewer.core.canonical import loads_canonical, parse_rfc3339, sha256_file, sha256_hex
from reviewer.core.export import (
    APPROVAL_FILE,
    EVENT_FILE,
    MANIFEST_FILE,
    PACKAGE_SCHEMA,
    POST_FILE,
    SIGNATURE_FILE,
    SUMS_FILE,
    SUMS_SIG_FILE,
    TRUST_FILE,
)
from reviewer.core.record import APPROVAL, RECORD_SCHEMA, RecordError, parse_record
from reviewer.core.signing_model import Crypto
from reviewer.core.trust import CHECKPOINT_NAMESPACE, PACKAGE_NAMESPACE, namespace_for
from reviewer.errors import ReviewerError

__all__ = ["PackageReport", "TrustLine", "parse_trust_file", "verify_package"]

_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


@dataclass(frozen=True)
class TrustLine:
    """One ``cert-authority`` line of a station's allowed_signers file."""

    patterns: tuple[str, ...]
    namespaces: tuple[str, ...] | None
    ca_public_key: str
    ca_fingerprint: str


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


def _options(text: str) -> tuple[list[str], str]:
    """Split the options field of an allowed_signers line (quotes may hold commas)."""
    out, cur, quoted = [], "", False
    i = 0
    while i < len(text):
        c = text[i]
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            out.append(cur)
            cur = ""
            i += 1
            continue
        elif c.isspace() and not quoted:
            break
        cur += c
        i += 1
    out.append(cur)
    return out, text[i:].strip()


def parse_trust_file(text: str, crypto: Crypto) -> list[TrustLine]:
    """The ``cert-authority`` lines of an allowed_signers file (other lines are ignored: a bare
    key can never prove a role)."""
    lines: list[TrustLine] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        principals, _, rest = line.partition(" ")
        rest = rest.strip()
        if rest.startswith(("ssh-", "ecdsa-", "sk-")):
            continue  # no options: a plain key line
        opts, key_part = _options(rest)
        names = [o.split("=", 1)[0].strip().lower() for o in opts]
        if "cert-authority" not in names:
            continue
        namespaces = None
        for o in opts:
            if o.lower().startswith("namespaces="):
                namespaces = tuple(n.strip() for n in o.split("=", 1)[1].strip('"').split(",") if n.strip())
        fields = key_part.split()
        if len(fields) < 2:
            continue
        key = f"{fields[0]} {fields[1]}"
        try:
            fp = crypto.fingerprint(key)
        except ReviewerError:
            continue
        lines.append(TrustLine(tuple(p for p in principals.split(",") if p), namespaces, key, fp))
    return lines


def _match(identity: str, patterns: tuple[str, ...]) -> bool:
    """OpenSSH pattern-list matching: ``*`` and ``?`` wildcards, ``!`` negates (and vetoes)."""
    matched = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        body = pattern[1:] if negate else pattern
        escaped = body.replace("[", "[[]")
        if fnmatch.fnmatchcase(identity, escaped):
            if negate:
                return False
            matched = True
    return matched


def _authorised(cert: Any, identity: str, namespace: str, when: float, trust: list[TrustLine]) -> str | None:
    """None when a trust line lets ``cert`` sign as ``identity`` under ``namespace`` at ``when``."""
    candidates = [t for t in trust if t.ca_fingerprint == cert.ca_fingerprint]
    if not candidates:
        return f"its certificate was issued by {cert.ca_fingerprint}, which the trust file does not name"
    for t in candidates:
        if not _match(identity, t.patterns):
            continue
        if t.namespaces is not None and namespace not in t.namespaces:
            continue
        if identity not in cert.principals:
            return f"its certificate names {', '.join(cert.principals)}, not {identity}"
        if not cert.valid_after <= when < cert.valid_before:
            return "it was made outside its certificate's validity"
        return None
    return f"the trust file does not let {identity} sign under {namespace!r}"


def _signed_by_station(
    crypto: Crypto,
    armored: str,
    data: bytes,
    namespace: str,
    identity: str | None,
    when: float,
    trust: list[TrustLine],
    krl: Any,
) -> tuple[Any | None, str | None]:
    """Check one signature against the trust lines; (certificate info, problem or None)."""
    public_key, cert_line = crypto.signer_of(armored)
    if public_key is None:
        return None, "the signature is malformed, or its certificate's station signature does not verify"
    if cert_line is None:
        return None, "it is signed with a bare key, not a key the station certified"
    cert = crypto.certificate(cert_line)
    verdict = crypto.check(armored, data, namespace, public_key)
    if verdict.problem:
        return cert, verdict.problem
    who = identity or (cert.principals[0] if cert.principals else "")
    problem = _authorised(cert, who, namespace, when, trust)
    if problem:
        return cert, problem
    if krl is not None and krl.revokes(cert, crypto.key_blob(public_key)):
        return cert, f"the key {cert.key_fingerprint} (certificate serial {cert.serial}) is in the revocation list"
    return cert, None


def verify_package(
    folder: Path,
    crypto: Crypto,
    *,
    trust: list[TrustLine] | None,
    krl: Any = None,
) -> PackageReport:
    """Check an export package offline (see the module docstring); never raises for bad input."""
    folder = Path(folder)
    rep = PackageReport()
    if not folder.is_dir() or folder.is_symlink():
        rep.problems.append(f"{folder} is not a folder")
        return rep
    if not trust:
        rep.problems.append(
            "who signed cannot be established: give the station's published trust file "
            "(--trust station_allowed_signers), or run with the --home of the station's library"
        )
        trust = []

    # 1. every entry is a regular file, listed in SHA256SUMS with the right hash
    entries = sorted(folder.iterdir())
    regular: set[str] = set()
    for path in entries:
        if path.is_symlink():
            rep.problems.append(f"{path.name} is a symbolic link (not allowed in a package)")
        elif not path.is_file():
            rep.problems.append(f"{path.name} is not a regular file (not allowed in a package)")
        else:
            regular.add(path.name)
    listed: dict[str, str] = {}
    sums_data = b""
    if SUMS_FILE not in regular:
        rep.problems.append(f"{SUMS_FILE} is missing")
    else:
        sums_data = (folder / SUMS_FILE).read_bytes()
        bad = 0
        for n, line in enumerate(sums_data.decode("utf-8", errors="replace").splitlines(), 1):
            m = _SUM_LINE.match(line)
            if not m or "/" in m.group(2) or "\\" in m.group(2) or m.group(2) in (".", ".."):
                rep.problems.append(f"{SUMS_FILE} line {n} is malformed")
                bad += 1
                continue
            name = m.group(2)
            if name in listed:
                rep.problems.append(f"{name} is listed twice in {SUMS_FILE}")
                bad += 1
            listed[name] = m.group(1)
            if name in (SUMS_FILE, SUMS_SIG_FILE):
                rep.problems.append(f"{SUMS_FILE} lists {name}, which it cannot cover")
                bad += 1
            elif name not in regular:
                rep.problems.append(f"{name} is listed in {SUMS_FILE} but missing")
                bad += 1
            elif sha256_file(folder / name) != m.group(1):
                rep.problems.append(f"{name} does not match its SHA-256 in {SUMS_FILE} (changed)")
                bad += 1
        for name in sorted(regular - set(listed) - {SUMS_FILE, SUMS_SIG_FILE}):
            rep.problems.append(f"{name} is not covered by {SUMS_FILE} (added after export)")
            bad += 1
        if not bad:
            rep.passed.append(f"{SUMS_FILE}: all {len(listed)} files match, no other file in the folder")

    # 2. the manifest and its signature (who exported, when)
    manifest: dict[str, Any] = {}
    try:
        value = loads_canonical((folder / MANIFEST_FILE).read_bytes())
        if not isinstance(value, dict) or value.get("schema") != PACKAGE_SCHEMA:
            raise ValueError("not a package manifest")
        manifest = value
    except (OSError, ValueError, ReviewerError) as exc:
        rep.problems.append(f"{MANIFEST_FILE} is missing or malformed ({exc})")
    exported_at = manifest.get("exported_at")
    try:
        export_time = parse_rfc3339(exported_at).timestamp() if isinstance(exported_at, str) else None
    except ValueError:
        export_time = None
    if SUMS_SIG_FILE not in regular:
        rep.problems.append(f"{SUMS_SIG_FILE} is missing: nothing proves who exported the package")
    elif sums_data and export_time is not None:
        try:
            sig = (folder / SUMS_SIG_FILE).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            sig = ""
        exporter_field = manifest.get("exporter")
        exporter = exporter_field if isinstance(exporter_field, dict) else {}
        identity = f"{exporter.get('role')}:{exporter.get('principal')}"
        cert, problem = _signed_by_station(crypto, sig, sums_data, PACKAGE_NAMESPACE, identity, export_time, trust, krl)
        if problem:
            rep.problems.append(f"{SUMS_SIG_FILE}: {problem}")
        elif cert is not None and cert.key_fingerprint != exporter.get("key_fingerprint"):
            rep.problems.append(
                f"{SUMS_SIG_FILE}: signed by {cert.key_fingerprint}, not the exporter {MANIFEST_FILE} names"
            )
        else:
            rep.passed.append(f"{SUMS_SIG_FILE}: {SUMS_FILE} signed by {identity}, certified by the station")

    # 3. the record
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
        "clip_id": record["clip_id"],
        "version": record["version"],
        "decision": record.get("decision"),
        "meaning": record["meaning"],
        "principal": signer["principal"],
        "name": signer["name"],
        "title": signer["title"],
        "role": signer["role"],
        "key_fingerprint": signer["key_fingerprint"],
        "certificate_serial": signer.get("certificate_serial"),
        "station_fingerprint": signer.get("station_fingerprint"),
        "signed_at": record["signed_at"],
        "record_sha256": sha256_hex(record_data),
        "station": manifest.get("station"),
        "exporter": manifest.get("exporter"),
        "exported_at": exported_at,
    }
    if record["schema"] != RECORD_SCHEMA:
        rep.problems.append(
            f"{APPROVAL_FILE} was signed before the station existed (no certificate); "
            "its signer cannot be established from the station's trust file"
        )
    if manifest and (
        manifest.get("record_sha256") != sha256_hex(record_data) or manifest.get("clip_id") != record["clip_id"]
    ):
        rep.problems.append(f"{MANIFEST_FILE} names another record than {APPROVAL_FILE}")

    # 4. the approval's signature: a head certified by the station, valid then, not revoked
    namespace = (
        namespace_for(record["kind"])
        if record["kind"] in ("approval", "changes", "rejection", "recommendation", "revocation")
        else "clip-approval"
    )
    signed_time = parse_rfc3339(record["signed_at"]).timestamp()
    try:
        signature = (folder / SIGNATURE_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        signature = None
        rep.problems.append(f"{SIGNATURE_FILE} is missing or not ASCII")
    approver_cert = None
    if signature is not None:
        identity = f"head:{signer['principal']}"
        approver_cert, problem = _signed_by_station(
            crypto, signature, record_data, namespace, identity, signed_time, trust, krl
        )
        if problem:
            rep.problems.append(f"{SIGNATURE_FILE}: {problem}")
        elif approver_cert is not None:
            mismatch = []
            if approver_cert.key_fingerprint != signer["key_fingerprint"]:
                mismatch.append("key")
            if signer.get("certificate_serial") != approver_cert.serial:
                mismatch.append("certificate serial")
            if signer.get("station_fingerprint") != approver_cert.ca_fingerprint:
                mismatch.append("station")
            if mismatch:
                rep.problems.append(
                    f"{SIGNATURE_FILE}: the record's signer block disagrees with the certificate on "
                    f"{', '.join(mismatch)}"
                )
            else:
                rep.passed.append(
                    f"{SIGNATURE_FILE}: good signature by {identity} ({signer['key_fingerprint']}), certificate "
                    f"serial {approver_cert.serial} issued by the station {approver_cert.ca_fingerprint}"
                )

    # 5. record hashes vs files
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
        post_sha = listed.get(POST_FILE)
        if post_sha is None or post_sha != record["post_text"]["sha256"]:
            rep.problems.append(f"{POST_FILE} is missing or is not the signed post text")
            files_ok = False
    if files_ok:
        rep.passed.append("clip, caption files and post text have the SHA-256 the record signs")

    # 6. the audit event
    event = None
    try:
        doc = json.loads((folder / EVENT_FILE).read_text(encoding="utf-8"))
        event = core_audit.AuditEvent(
            seq=doc["seq"],
            time=doc["time"],
            actor=doc["actor"],
            kind=doc["kind"],
            payload_json=doc["payload"].encode("utf-8"),
            prev_hash=doc["prev_hash"],
            hash=doc["hash"],
            signature=doc["signature"],
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        rep.problems.append(f"{EVENT_FILE} is missing or malformed")
    if event is not None:
        ev_problems = []
        try:
            computed = core_audit.event_hash(
                event.seq,
                event.time,
                event.actor,
                event.kind,
                event.payload_json,
                event.prev_hash,
                event.signature,
            )
        except (ValueError, TypeError, ReviewerError) as exc:
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

    # 7. the checkpoint, signed by the approver's certified key
    anchored = False
    for path in sorted(folder.glob("checkpoint-*.json")):
        try:
            data = path.read_bytes()
            sig = (folder / (path.name + ".sig")).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            rep.problems.append(f"{path.name}: missing or unreadable signature file")
            continue

        def check(data: bytes, sig: str, cp: core_audit.Checkpoint) -> str | None:
            if cp.key_fingerprint != signer["key_fingerprint"]:
                return f"signed by {cp.key_fingerprint}, not the approval's signer key"
            try:
                when = parse_rfc3339(cp.time).timestamp()
            except ValueError:
                return "checkpoint time unreadable"
            _cert, problem = _signed_by_station(
                crypto, sig, data, CHECKPOINT_NAMESPACE, f"head:{signer['principal']}", when, trust, krl
            )
            return problem

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

    # 8. the station copy: say whether it is the trusted station (informational, never trusted)
    try:
        copy_lines = parse_trust_file((folder / TRUST_FILE).read_text(encoding="utf-8"), crypto)
    except (OSError, UnicodeDecodeError):
        copy_lines = []
    trusted = {t.ca_fingerprint for t in trust}
    copied = {t.ca_fingerprint for t in copy_lines}
    if copied and trusted and not copied <= trusted:
        rep.problems.append(
            f"{TRUST_FILE} in the package names station key {', '.join(sorted(copied))}, not the station you trust"
        )
    return rep
