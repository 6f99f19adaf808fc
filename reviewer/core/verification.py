"""Verifying the library: the audit chain, every signature against the station's authority, the
latest checkpoint, the rollback witness, the files, and the tables against the signed events.

``reviewer verify`` is :meth:`Verifier.verify`; the desk's per-clip badge is
:meth:`Verifier.approval_state`. Everything is reported as :class:`ChainProblem` (seq + kind +
one line), never raised, so one bad record does not hide the next.

Only signatures are trusted (:mod:`reviewer.core.trust`): who may sign what, with which key and
certificate, and when, is replayed from the station-signed events; the ``people``,
``signing_keys``, ``station`` and ``signoffs`` tables and each clip's status are caches, and any
row that disagrees with its signed event is a problem. For each ``signoff`` and ``revocation``:

* the record stored for it exists, its SHA-256 is the ``record_sha256`` of the event's payload
  (the payload is covered by the chain hash), and the stored signature is the audited one;
* the SSHSIG verifies over those exact bytes, under the namespace of the record's kind, with the
  key the station enrolled, carrying a certificate the station issued for it, valid at
  ``signed_at``, for a role that may sign that kind, at a chain position after the enrolment and
  before the retirement; a revoked key's signatures are problems;
* record, event and row agree (kind, clip, version, signer, key, certificate, time, previous hash).

Records signed before the station existed are verified with the key their enrolment event names
and counted as such (``legacy``), not reported as forged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent, ChainProblem, Checkpoint
from reviewer.core.canonical import parse_json, parse_rfc3339, sha256_file, sha256_hex
from reviewer.core.checkpoints import read_checkpoint_files
from reviewer.core.record import (
    APPROVAL,
    RECORD_SCHEMA,
    REVOCATION,
    RecordError,
    parse_record,
)
from reviewer.core.signing_model import Crypto, LibraryReader, SigningRepo, StoredSignoff
from reviewer.core.trust import (
    CHECKPOINT_NAMESPACE,
    TrustState,
    build_trust,
    check_signer,
    expected_namespace,
)
from reviewer.core.witness import Witness
from reviewer.errors import ReviewerError

__all__ = [
    "NONE",
    "VALID",
    "FILE_CHANGED",
    "INVALID",
    "REVOKED",
    "ApprovalState",
    "Segment",
    "SegmentResult",
    "VerifyReport",
    "Verifier",
]

NONE = "none"
VALID = "valid"
FILE_CHANGED = "file_changed"
INVALID = "invalid"
REVOKED = "revoked"

_STATUS_FOR_KIND = {"approval": "approved", "changes": "changes", "rejection": "rejected"}
# A record's signed_at is taken just before its event is appended in the same transaction.
_BACKDATE_TOLERANCE = timedelta(minutes=10)
_FUTURE_TOLERANCE = timedelta(minutes=1)


@dataclass(frozen=True)
class ApprovalState:
    """How one signed record stands now: valid, file_changed, invalid, revoked (or none)."""

    state: str
    signoff: StoredSignoff | None = None
    record: dict[str, Any] | None = None
    problems: tuple[str, ...] = ()
    revocation: StoredSignoff | None = None

    @property
    def ok(self) -> bool:
        """Whether this is a valid, unrevoked record whose files are unchanged."""
        return self.state == VALID


@dataclass
class VerifyReport:
    """The outcome of ``reviewer verify``; ``ok`` when there is no problem."""

    events: int = 0
    signatures: int = 0
    signoffs: int = 0
    legacy: int = 0
    station: dict[str, Any] | None = None
    witness: dict[str, Any] | None = None
    checkpoint: dict[str, Any] | None = None
    files_checked: int = 0
    notes: list[str] = field(default_factory=list)
    problems: list[ChainProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing wrong."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape of ``reviewer verify --json``."""
        return {
            "ok": self.ok,
            "events": self.events,
            "signatures": self.signatures,
            "signoffs": self.signoffs,
            "legacy_signoffs": self.legacy,
            "station": self.station,
            "witness": self.witness,
            "checkpoint": self.checkpoint,
            "files_checked": self.files_checked,
            "notes": self.notes,
            "problems": [{"seq": p.seq, "kind": p.kind, "problem": p.problem} for p in self.problems],
        }


@dataclass(frozen=True)
class _FileCheck:
    seq: int
    kind: str
    clip_id: str
    version: int
    clip_sha256: str
    clip_name: str
    captions: tuple[tuple[str, str], ...]  # (file name, sha256)
    post_sha256: str | None


@dataclass(frozen=True)
class Segment:
    """A contiguous part of the chain: events with ``first <= seq < before`` (None = to the end)."""

    index: int
    first: int
    before: int | None
    anchor: tuple[int, str] | None  # stored (seq, hash) of the event just before ``first``
    expected_head: tuple[int, str] | None  # the signed checkpoint, if it falls in this segment
    check_files: bool = False


@dataclass
class SegmentResult:
    """What one segment found (plain data: it crosses process boundaries)."""

    events: int = 0
    signatures: int = 0
    signoffs: int = 0
    legacy: int = 0
    last_seq: int = 0
    newest_cp_event: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    file_checks: list[_FileCheck] = field(default_factory=list)
    # (seq, clip_id, what, version): ingest/new_version ("pending"), head decisions, revocations
    status_events: list[tuple[int, str, str, int]] = field(default_factory=list)


class SegmentRunner(Protocol):
    """Verifies segments side by side; results in the order of ``segments``.

    ``local`` verifies one segment in the calling process: a runner may use it for segments no
    worker has started yet, so the caller's own core works too instead of waiting.
    """

    def __call__(
        self, segments: list[Segment], *, local: Callable[[Segment], SegmentResult] | None = None
    ) -> list[SegmentResult]: ...


# Segments per worker when the chain is cut: small enough that the caller and the workers end
# close together (a worker process starts later than the caller; the caller waits for the last
# segment a worker took), large enough to cost nothing (cutting is two index look-ups a segment).
_SEGMENTS_PER_WORKER = 48


def _payload(event: AuditEvent) -> dict[str, Any] | None:
    try:
        value = parse_json(event.payload_json)
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, dict) else None


class Verifier:
    """Checks the chain, signatures, checkpoints, witness, files and tables of one library.

    ``segment_runner`` (optional) verifies chain segments in parallel, ``workers`` of them, for
    chains of at least ``parallel_threshold`` events.
    """

    def __init__(
        self,
        *,
        repo: SigningRepo,
        library: LibraryReader,
        crypto: Crypto,
        home: Path,
        witness: Witness | None = None,
        segment_runner: SegmentRunner | None = None,
        workers: int = 1,
        parallel_threshold: int = 20_000,
    ) -> None:
        self.repo = repo
        self.library = library
        self.crypto = crypto
        self.home = Path(home)
        self.witness = witness
        self.segment_runner = segment_runner
        self.workers = max(1, workers)
        self.parallel_threshold = parallel_threshold

    def trust(self) -> TrustState:
        """The trust replayed from the station and key events."""
        return build_trust(self.repo.trust_events(), self.crypto)

    # ------------------------------------------------------------------ signatures
    def _signed_problems(
        self,
        event: AuditEvent,
        stored: StoredSignoff | None,
        trust: TrustState,
        fast: bool,
        result: SegmentResult | None = None,
        payload: dict[str, Any] | None = None,
    ) -> tuple[list[str], dict[str, Any] | None]:
        """Problems of one signoff/revocation event with its stored record (and the record)."""
        if payload is None:
            payload = _payload(event)
        if payload is None:
            return ["the event payload is not a JSON object"], None
        sha = payload.get("record_sha256")
        if stored is None:
            return [f"the signed record {str(sha)[:16]}… named by this event is missing from the library"], None
        problems: list[str] = []
        actual = sha256_hex(stored.record)
        if actual != sha:
            problems.append(
                "the stored record does not match the SHA-256 in the audit event (record altered or swapped)"
            )
        if stored.record_sha256 != actual:
            problems.append("the stored record's recorded hash does not match its bytes")
        if stored.signature != event.signature:
            problems.append("the signature stored with the record is not the audited one (moved or replaced)")
        fp = payload.get("key_fingerprint")
        kind = payload.get("record_kind")
        key = trust.key(fp) if isinstance(fp, str) else None
        if key is None:
            problems.append(f"signed with key {fp}, which no enrolment in this library's signed events names")
            return problems, None
        namespace, ns_problem = expected_namespace(trust, event.seq, str(kind), payload.get("namespace"))
        if ns_problem:
            problems.append(ns_problem)
        check = self.crypto.check_fast if fast else self.crypto.check
        verdict = check(event.signature or "", stored.record, namespace, key.public_key)
        if verdict.problem:
            problems.append(f"signature does not verify: {verdict.problem}")
        try:
            # Any stored value is tried: a non-string is one more way of not being a time.
            signed_at = parse_rfc3339(payload.get("signed_at"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            signed_at = None
        signer = check_signer(
            trust,
            seq=event.seq,
            fingerprint=fp,
            kind=str(kind) if isinstance(kind, str) else None,
            signed_at=signed_at if signed_at is not None else payload.get("signed_at"),
            certificate=verdict.certificate,
        )
        problems.extend(signer.problems)
        if signer.legacy and result is not None:
            result.legacy += 1
        try:
            record = parse_json(stored.record)
            if not isinstance(record, dict):
                raise ValueError
        except ValueError:
            problems.append("the stored record is not a JSON object")
            return problems, None
        signer_field = record.get("signer")
        rsigner = signer_field if isinstance(signer_field, dict) else {}
        expected_event_kind = core_audit.REVOCATION if record.get("kind") == REVOCATION else core_audit.SIGNOFF
        checks = [
            ("kind", record.get("kind") == kind and event.kind == expected_event_kind),
            ("clip_id", record.get("clip_id") == payload.get("clip_id")),
            ("version", record.get("version") == payload.get("version")),
            ("signer", rsigner.get("principal") == payload.get("principal") == key.principal),
            ("key", rsigner.get("key_fingerprint") == fp),
            ("signed_at", record.get("signed_at") == payload.get("signed_at")),
            ("prev_audit_hash", record.get("prev_audit_hash") == event.prev_hash),
        ]
        if record.get("schema") == RECORD_SCHEMA:
            cert = key.cert_by_line(verdict.certificate) if verdict.certificate else None
            station = trust.station
            checks += [
                (
                    "certificate",
                    cert is not None
                    and rsigner.get("certificate_serial") == cert.serial
                    and payload.get("certificate_serial") == cert.serial,
                ),
                ("role", cert is not None and rsigner.get("role") == cert.role),
                ("station", station is not None and rsigner.get("station_fingerprint") == station.fingerprint),
                ("name", rsigner.get("name") == key.name and rsigner.get("title") == key.title),
            ]
        elif not signer.legacy:
            checks.append(("schema", False))
        disagree = [name for name, ok in checks if not ok]
        if disagree:
            problems.append(f"record and audit event disagree on {', '.join(disagree)}")
        rows = [
            ("clip_id", stored.clip_id == payload.get("clip_id")),
            (
                "version",
                stored.version == payload.get("version") and stored.version_clip_id in (None, payload.get("clip_id")),
            ),
            ("kind", stored.kind == kind),
            ("principal", stored.principal == payload.get("principal")),
            ("key", stored.fingerprint == fp),
            ("decision", stored.decision == payload.get("decision")),
        ]
        if stored.signed_at_text is not None:
            try:
                row_time = datetime.fromisoformat(stored.signed_at_text.replace("Z", "+00:00"))
                if row_time.tzinfo is None:
                    row_time = row_time.replace(tzinfo=timezone.utc)
                rows.append(
                    ("signed_at", signed_at is not None and abs((row_time - signed_at).total_seconds()) < 0.001)
                )
            except ValueError:
                rows.append(("signed_at (not a time)", False))
        if record.get("kind") != REVOCATION:
            rows.append(("revokes_id", stored.revokes_id is None))
        elif stored.revokes_sha256 is not None:  # read by the chain pass
            revokes_field = record.get("revokes")
            revokes = revokes_field if isinstance(revokes_field, dict) else {}
            rows.append(("revoked record", stored.revokes_sha256 == revokes.get("sha256")))
        wrong = [name for name, ok in rows if not ok]
        if wrong:
            problems.append(f"the signoffs row disagrees with its signed event on {', '.join(wrong)} (table edited)")
        try:
            if signed_at is None:
                raise ValueError
            appended = parse_rfc3339(event.time)
            if signed_at < appended - _BACKDATE_TOLERANCE:
                problems.append(
                    f"signed_at {payload.get('signed_at')} is long before its audit event ({event.time}): back-dated"
                )
            elif signed_at > appended + _FUTURE_TOLERANCE:
                problems.append(f"signed_at {payload.get('signed_at')} is after its audit event ({event.time})")
        except (TypeError, ValueError):
            problems.append(f"signing time {payload.get('signed_at')!r} is unreadable")
        return problems, record

    def _checkpoint_problem(
        self, event: AuditEvent, trust: TrustState, fast: bool, payload: dict[str, Any] | None = None
    ) -> str | None:
        try:
            cp = Checkpoint.from_dict(payload if payload is not None else parse_json(event.payload_json))
        except (ValueError, ReviewerError) as exc:
            return f"checkpoint unreadable ({exc})"
        key = trust.key(cp.key_fingerprint)
        if key is None:
            return f"signed with key {cp.key_fingerprint}, which no enrolment in this library's signed events names"
        check = self.crypto.check_fast if fast else self.crypto.check
        verdict = check(event.signature or "", event.payload_json, CHECKPOINT_NAMESPACE, key.public_key)
        problems = [f"checkpoint signature does not verify: {verdict.problem}"] if verdict.problem else []
        problems += check_signer(
            trust,
            seq=event.seq,
            fingerprint=cp.key_fingerprint,
            kind=None,
            signed_at=cp.time,
            certificate=verdict.certificate,
        ).problems
        return "; ".join(problems) or None

    def _checkpoint_file_check(self, trust: TrustState) -> Callable[[bytes, str, Checkpoint], str | None]:
        def check(data: bytes, signature: str, cp: Checkpoint) -> str | None:
            key = trust.key(cp.key_fingerprint)
            if key is None:
                return f"signed with key {cp.key_fingerprint}, which no enrolment names"
            verdict = self.crypto.check(signature, data, CHECKPOINT_NAMESPACE, key.public_key)
            if verdict.problem:
                return verdict.problem
            found = check_signer(
                trust,
                seq=cp.seq + 1,
                fingerprint=cp.key_fingerprint,
                kind=None,
                signed_at=cp.time,
                certificate=verdict.certificate,
            )
            return "; ".join(found.problems) or None

        return check

    def latest_checkpoint(self, trust: TrustState) -> tuple[Checkpoint | None, Path | None, list[ChainProblem]]:
        """The newest checkpoint file that verifies, and problems with newer files that do not."""
        problems: list[ChainProblem] = []
        for path, data, sig in read_checkpoint_files(self.home / "checkpoints"):
            try:
                cp = core_audit.verify_checkpoint(data, sig or "", self._checkpoint_file_check(trust))
            except ReviewerError as exc:
                seq = int(path.stem.split("-")[-1]) if path.stem.split("-")[-1].isdigit() else 0
                problems.append(ChainProblem(seq, core_audit.CHECKPOINT, f"checkpoint file {path.name}: {exc}"))
                continue
            return cp, path, problems
        return None, None, problems

    # ------------------------------------------------------------------ the whole library
    def verify(self, *, check_files: bool = False, workers: int | None = None) -> VerifyReport:
        """Recompute the chain, verify every signature against the station's authority, the latest
        checkpoint, the witness, the tables (and the files).

        A large chain is cut into contiguous segments verified side by side when a
        ``segment_runner`` was given (the composition root runs them in worker processes): each
        segment starts from the stored (seq, hash) of the event before it, and that event's hash
        is itself recomputed by the previous segment, so together they check exactly what one
        pass would.
        """
        report = VerifyReport()
        trust = self.trust()
        problems: list[ChainProblem] = [ChainProblem(*p) for p in trust.problems]
        if trust.station is not None:
            st = trust.station
            report.station = {"name": st.name, "fingerprint": st.fingerprint, "seq": st.seq}
        cp, cp_path, cp_problems = self.latest_checkpoint(trust)
        problems.extend(cp_problems)
        if cp is not None:
            report.checkpoint = {
                "seq": cp.seq,
                "head_hash": cp.head_hash,
                "time": cp.time,
                "signer": cp.signer,
                "key_fingerprint": cp.key_fingerprint,
                "file": cp_path.name if cp_path else None,
            }
        workers = self.workers if workers is None else workers
        total = self.repo.audit_count()
        parallel = self.segment_runner is not None and workers > 1 and total >= self.parallel_threshold
        bounds = self.repo.chain_segments(workers * _SEGMENTS_PER_WORKER if parallel else 1)
        specs = []
        for n, (first, before, anchor) in enumerate(bounds):
            head = None
            if cp is not None and first <= cp.seq and (before is None or cp.seq < before):
                head = cp.expected_head
            specs.append(Segment(n, first, before, anchor, head, check_files))
        if parallel and len(specs) > 1 and self.segment_runner is not None:
            results = self.segment_runner(specs, local=lambda spec: self.verify_segment(spec, trust))
        else:
            results = [self.verify_segment(spec, trust) for spec in specs]

        seen: set[int] = set()
        file_checks: list[_FileCheck] = []
        status_events: list[tuple[int, str, str, int]] = []
        newest_cp_event = 0
        last_seq = 0
        for r in results:
            report.events += r.events
            report.signatures += r.signatures
            report.signoffs += r.signoffs
            report.legacy += r.legacy
            problems.extend(ChainProblem(*p) for p in r.problems)
            seen |= r.seen
            file_checks.extend(r.file_checks)
            status_events.extend(r.status_events)
            newest_cp_event = max(newest_cp_event, r.newest_cp_event)
            last_seq = max(last_seq, r.last_seq)
        if cp is not None and not any(sp.expected_head for sp in specs) and cp.seq > 0:
            # The checkpoint names an event beyond the last one stored: the chain was cut short.
            problems.append(
                ChainProblem(
                    last_seq + 1,
                    "",
                    f"chain ends at seq {last_seq} but the signed checkpoint covers seq {cp.seq} (events truncated)",
                )
            )
        # Stored records that no event of the chain names (e.g. audit_seq edited, event deleted).
        for signoff_id, seq, kind in self.repo.signoff_index():
            if signoff_id not in seen:
                problems.append(
                    ChainProblem(
                        seq,
                        core_audit.REVOCATION if kind == REVOCATION else core_audit.SIGNOFF,
                        f"signed record #{signoff_id} is not linked to a valid event of the audit chain",
                    )
                )
        if newest_cp_event and (cp is None or newest_cp_event > cp.seq):
            problems.append(
                ChainProblem(
                    newest_cp_event + 1,
                    core_audit.CHECKPOINT,
                    f"the newest checkpoint (seq {newest_cp_event}) has no valid file in "
                    f"{self.home / 'checkpoints'} (deleted or replaced? A desk stopped between a "
                    "sign-off and writing its file leaves this too: `reviewer verify "
                    "--repair-checkpoints` writes it again from the chain)",
                )
            )
        problems.extend(self._witness_problems(trust, last_seq, report))
        for name in self.repo.missing_triggers():
            problems.append(
                ChainProblem(
                    0,
                    "",
                    f"the append-only trigger {name} of audit_events is missing "
                    "(dropped: events could have been edited or deleted)",
                )
            )
        try:
            problems.extend(self._table_problems(trust, status_events))
        except (ValueError, TypeError, KeyError) as exc:
            # A row holding a value of the wrong type (text in a date column...) is itself evidence.
            problems.append(
                ChainProblem(
                    0,
                    "",
                    f"a row of the people, signing_keys, station or clips table "
                    f"holds a value of the wrong type ({exc}) (table edited)",
                )
            )
        if trust.station is None and report.signoffs:
            report.notes.append(
                "this library has no station key: who signed is only what each enrolment claims "
                "(the station's key holder runs 'reviewer station init')"
            )
        if report.legacy:
            report.notes.append(
                f"{report.legacy} signed record{'s' if report.legacy != 1 else ''} date from before the "
                "station existed: verified with the key their enrolment names, not certified"
            )
        if check_files:
            problems.extend(self._check_files(file_checks, report))
        report.problems = sorted(problems, key=lambda p: (p.seq, p.kind))
        return report

    def _witness_problems(self, trust: TrustState, last_seq: int, report: VerifyReport) -> list[ChainProblem]:
        station = trust.station
        if station is None or self.witness is None:
            return []
        try:
            mark = self.witness.read(station.library_id)
        except ReviewerError as exc:
            return [ChainProblem(0, "", f"the rollback witness cannot be read from the OS keyring: {exc}")]
        if mark is None:
            return [
                ChainProblem(
                    0,
                    "",
                    "the OS keyring holds no rollback witness for this library (keyring reset, "
                    "another workstation, or removed?); the station's key holder can write it "
                    "again with 'reviewer station witness --reset'",
                )
            ]
        report.witness = {"seq": mark.seq, "hash": mark.hash, "time": mark.time}
        if mark.station_fingerprint != station.fingerprint:
            return [
                ChainProblem(
                    0,
                    "",
                    f"the rollback witness belongs to station {mark.station_fingerprint}, "
                    f"not {station.fingerprint}: the library was replaced",
                )
            ]
        if last_seq < mark.seq:
            return [
                ChainProblem(
                    last_seq + 1,
                    "",
                    f"the chain ends at seq {last_seq} but the OS keyring witnessed "
                    f"seq {mark.seq} ({mark.time}): the library was rolled back",
                )
            ]
        event = self.repo.event(mark.seq)
        if event is None or event.hash != mark.hash:
            return [
                ChainProblem(
                    mark.seq,
                    "",
                    "the chain does not contain the event the OS keyring witnessed (rewritten or rolled back)",
                )
            ]
        return []

    def _table_problems(self, trust: TrustState, status_events: list[tuple[int, str, str, int]]) -> list[ChainProblem]:
        """Rows of people, signing_keys, station and clips that disagree with the signed events."""
        out: list[ChainProblem] = []
        station = trust.station
        row = self.repo.station_row()
        if station is not None and (
            row is None
            or row["fingerprint"] != station.fingerprint
            or row["public_key"] != station.public_key
            or row["name"] != station.name
            or row["library_id"] != station.library_id
            or row["seq"] != station.seq
        ):
            out.append(
                ChainProblem(
                    station.seq,
                    core_audit.STATION_CREATED,
                    "the station table disagrees with the station's signed event (table edited)",
                )
            )
        if station is None and row is not None:
            out.append(ChainProblem(0, "", "the station table names a station that no signed event created"))
        cached = {k.fingerprint: k for k in self.repo.keys()}
        for fp, k in cached.items():
            t = trust.key(fp)
            if t is None:
                out.append(
                    ChainProblem(
                        0,
                        "",
                        f"signing_keys holds key {fp} ({k.principal}) that no signed enrolment names (row inserted)",
                    )
                )
                continue
            wrong = []
            if k.principal != t.principal or k.public_key != t.public_key:
                wrong.append("principal/public key")
            if not _same_time(k.retired_at, t.retired_at):
                wrong.append("retirement")
            if not _same_time(k.revoked_at, t.revoked_at):
                wrong.append("revocation")
            cur = t.current_cert
            if cur is not None and (
                k.certificate != cur.line
                or k.serial != cur.serial
                or k.valid_before is None
                or int(k.valid_before.timestamp()) != cur.valid_before
            ):
                wrong.append("certificate")
            if (k.revoke_reason or "") != (t.revoke_reason if t.revoked_seq is not None else ""):
                wrong.append("revocation reason")
            if wrong:
                out.append(
                    ChainProblem(
                        t.enrolled_seq,
                        core_audit.KEY_ENROLLED,
                        f"the signing_keys row of {fp} disagrees with the signed events on "
                        f"{', '.join(wrong)} (table edited)",
                    )
                )
        for fp, t in trust.keys.items():
            if fp not in cached:
                out.append(
                    ChainProblem(
                        t.enrolled_seq,
                        core_audit.KEY_ENROLLED,
                        f"key {fp} of {t.principal} is missing from signing_keys (row deleted)",
                    )
                )
        people = self.repo.people_rows()
        newest: dict[str, Any] = {}
        for t in trust.keys.values():
            if t.principal not in newest or t.enrolled_seq > newest[t.principal].enrolled_seq:
                newest[t.principal] = t
        for principal, t in newest.items():
            p = people.get(principal)
            if p is None:
                out.append(ChainProblem(t.enrolled_seq, core_audit.KEY_ENROLLED, f"{principal} is missing from people"))
            elif (p[0], p[1], p[2]) != (t.name, t.title, t.role) and not t.legacy:
                out.append(
                    ChainProblem(
                        t.enrolled_seq,
                        core_audit.KEY_ENROLLED,
                        f"the people row of {principal} disagrees with the signed enrolment on "
                        "name, title or role (table edited)",
                    )
                )
        # Each clip's status, replayed from ingest, new versions, head decisions and revocations.
        expected: dict[str, tuple[str, int, int]] = {}  # clip → (status, current version, seq)
        for seq, clip_id, what, version in sorted(status_events):
            if what == "pending":
                expected[clip_id] = ("pending", version, seq)
            elif clip_id in expected:
                status, current, _ = expected[clip_id]
                if what == "revoked":
                    if version == current:
                        expected[clip_id] = ("revoked", current, seq)
                else:
                    expected[clip_id] = (what, current, seq)
        for clip_id, (status, number) in self.repo.status_rows().items():
            want = expected.get(clip_id)
            if want is None:
                continue
            if status != want[0] or number != want[1]:
                out.append(
                    ChainProblem(
                        want[2],
                        "",
                        f"clip {clip_id} is '{status}' v{number} in the table but its "
                        f"signed events make it '{want[0]}' v{want[1]} (table edited)",
                    )
                )
        return out

    def verify_segment(self, spec: Segment, trust: TrustState | None = None) -> SegmentResult:
        """Verify the events with ``first <= seq < before`` (a worker's share of :meth:`verify`)."""
        if trust is None:
            trust = self.trust()
        result = SegmentResult()
        current: dict[str, Any] = {"event": None, "stored": None}
        check_files = spec.check_files
        status = result.status_events

        def events() -> Iterator[AuditEvent]:
            for event, stored in self.repo.iter_chain(first=spec.first, before=spec.before):
                current["event"], current["stored"] = event, stored
                result.events += 1
                if isinstance(event.seq, int):
                    result.last_seq = max(result.last_seq, event.seq)
                if event.kind in (core_audit.INGEST, core_audit.NEW_VERSION):
                    p = _payload(event)
                    if p is not None and isinstance(p.get("clip_id"), str) and isinstance(p.get("version"), int):
                        status.append((event.seq, p["clip_id"], "pending", p["version"]))
                yield event

        def checker(event: AuditEvent, payload: dict[str, Any] | None = None) -> str | None:
            result.signatures += 1
            if event.kind == core_audit.CHECKPOINT:
                result.newest_cp_event = max(result.newest_cp_event, event.seq - 1)
                return self._checkpoint_problem(event, trust, True, payload)
            if event.kind not in (core_audit.SIGNOFF, core_audit.REVOCATION):
                return None  # station-signed events: replayed and reported by core.trust
            stored = current["stored"] if current["event"] is event else None
            if stored is not None:
                result.seen.add(stored.id)
                result.signoffs += 1
            problems, record = self._signed_problems(event, stored, trust, True, result, payload)
            # The status follows every committed decision; whether its signature holds is reported above.
            if record is not None:
                kind = record.get("kind")
                if kind in _STATUS_FOR_KIND:
                    status.append(
                        (event.seq, str(record.get("clip_id")), _STATUS_FOR_KIND[kind], int(record.get("version", 0)))
                    )
                elif kind == REVOCATION:
                    status.append((event.seq, str(record.get("clip_id")), "revoked", int(record.get("version", 0))))
            if check_files and record is not None and record.get("kind") != REVOCATION:
                check = _file_check(event.seq, event.kind, record)
                if check is not None:
                    result.file_checks.append(check)
            return "; ".join(problems) or None

        checker.with_payload = True  # type: ignore[attr-defined]  # a marker verify_chain looks for
        found = core_audit.verify_chain(
            events(), signature_checker=checker, expected_head=spec.expected_head, anchor=spec.anchor
        )
        result.problems = [(p.seq, p.kind, p.problem) for p in found]
        return result

    def _check_files(self, checks: list[_FileCheck], report: VerifyReport) -> list[ChainProblem]:
        clips, captions, posts = self.repo.media_paths()
        hashes: dict[str, str | None] = {}
        problems: list[ChainProblem] = []

        def digest(rel: str) -> str | None:
            if rel not in hashes:
                try:
                    hashes[rel] = sha256_file(self.home / rel)
                except OSError:
                    hashes[rel] = None
                report.files_checked += 1
            return hashes[rel]

        for c in checks:
            for text in self._file_problems(c, clips, captions, posts, digest):
                problems.append(ChainProblem(c.seq, c.kind, text))
        return problems

    @staticmethod
    def _file_problems(
        c: _FileCheck,
        clips: dict[str, str],
        captions: dict[str, list[str]],
        posts: dict[tuple[str, int], str | None],
        digest: Callable[[str], str | None],
    ) -> list[str]:
        out: list[str] = []

        def one(what: str, name: str, sha: str, paths: list[str]) -> None:
            if not paths:
                out.append(f"{what} {name} (sha256 {sha[:16]}…) named by the sign-off is no longer in the library")
                return
            for rel in paths:
                now = digest(rel)
                if now is None:
                    out.append(f"{what} {name} is missing from the media store ({rel})")
                elif now != sha:
                    out.append(
                        f"{what} {name} changed since sign-off ({rel}: sha256 now {now[:16]}…, signed {sha[:16]}…)"
                    )

        path = clips.get(c.clip_sha256)
        one("media file", c.clip_name, c.clip_sha256, [path] if path else [])
        for name, sha in c.captions:
            one("caption file", name, sha, captions.get(sha, []))
        current_post = posts.get((c.clip_id, c.version), "missing")
        if current_post != c.post_sha256 and (c.clip_id, c.version) in posts:
            out.append(f"post text of version {c.version} changed since sign-off")
        return out

    # ------------------------------------------------------------------ one record / one clip
    def signoff_problems(self, stored: StoredSignoff, trust: TrustState | None = None) -> list[str]:
        """Everything wrong with one stored record: its event, link, signature, signer, schema."""
        trust = trust or self.trust()
        event = self.repo.event(stored.audit_seq)
        if event is None:
            return [f"no audit event at seq {stored.audit_seq} for this record"]
        problems: list[str] = []
        computed = core_audit.event_hash(
            event.seq,
            event.time,
            event.actor,
            event.kind,
            event.payload_json,
            event.prev_hash,
            event.signature,
        )
        if computed != event.hash:
            problems.append(f"audit event {event.seq} was altered after it was written")
        prev = self.repo.event(event.seq - 1) if event.seq > 1 else None
        expected_prev = prev.hash if prev else core_audit.GENESIS_HASH
        if event.seq > 1 and prev is None:
            problems.append(f"audit event {event.seq - 1} before the record's event is missing")
        elif event.prev_hash != expected_prev:
            problems.append(f"audit event {event.seq} is not linked to the event before it")
        nxt = self.repo.event(event.seq + 1)
        if nxt is not None and nxt.prev_hash != event.hash:
            problems.append(f"audit event {event.seq + 1} does not link to the record's event")
        wanted = core_audit.REVOCATION if stored.kind == REVOCATION else core_audit.SIGNOFF
        if event.kind != wanted:
            problems.append(f"audit event {event.seq} is a {event.kind}, not a {wanted}")
        found, _record = self._signed_problems(event, stored, trust, False)
        problems.extend(found)
        try:
            parse_record(stored.record)
        except RecordError as exc:
            problems.append(str(exc))
        return problems

    def file_problems(self, stored: StoredSignoff) -> list[str]:
        """Whether the files a decision record names still have the signed bytes."""
        try:
            record = parse_json(stored.record)
        except ValueError:
            return ["the stored record is not JSON"]
        check = _file_check(stored.audit_seq, core_audit.SIGNOFF, record)
        if check is None:
            return []
        clips, captions, posts = self.repo.media_paths(stored.clip_id)
        cache: dict[str, str | None] = {}

        def digest(rel: str) -> str | None:
            if rel not in cache:
                try:
                    cache[rel] = sha256_file(self.home / rel)
                except OSError:
                    cache[rel] = None
            return cache[rel]

        return self._file_problems(check, clips, captions, posts, digest)

    def state_of(
        self,
        stored: StoredSignoff,
        all_rows: list[StoredSignoff],
        *,
        check_files: bool = True,
        trust: TrustState | None = None,
    ) -> ApprovalState:
        """The state of one decision record, given every record of its clip (for revocations)."""
        trust = trust or self.trust()
        problems = self.signoff_problems(stored, trust)
        record = None
        try:
            record = parse_record(stored.record)
        except RecordError:
            pass
        if problems:
            return ApprovalState(INVALID, stored, record, tuple(problems))
        for rev in (r for r in all_rows if r.kind == REVOCATION and _revoked_sha(r) == stored.record_sha256):
            rev_problems = self.signoff_problems(rev, trust)
            if rev_problems:
                return ApprovalState(
                    INVALID,
                    stored,
                    record,
                    tuple(f"a revocation of this record does not verify: {p}" for p in rev_problems),
                    rev,
                )
            return ApprovalState(REVOKED, stored, record, (), rev)
        if check_files:
            changed = self.file_problems(stored)
            if changed:
                return ApprovalState(FILE_CHANGED, stored, record, tuple(changed))
        return ApprovalState(VALID, stored, record)

    def approval_state(self, clip_ref: str, *, check_files: bool = True) -> ApprovalState:
        """The state of the latest approval of the clip's current version (``none`` if there is none).

        Only a head's ``approval`` counts; recommendations, change requests and rejections are
        listed by :meth:`signoff_states`.
        """
        clip_id = self.library.resolve_clip_id(clip_ref)
        clip = self.library.clip(clip_id)
        rows = self.repo.signoffs(clip_id)
        approvals = [r for r in rows if r.kind == APPROVAL and r.version == clip.current_version]
        if not approvals:
            return ApprovalState(NONE)
        return self.state_of(approvals[-1], rows, check_files=check_files)

    def signoff_states(self, clip_ref: str, *, check_files: bool = True) -> list[ApprovalState]:
        """The state of every decision record of a clip (not revocations), oldest first."""
        rows = self.repo.signoffs(self.library.resolve_clip_id(clip_ref))
        trust = self.trust()
        return [self.state_of(r, rows, check_files=check_files, trust=trust) for r in rows if r.kind != REVOCATION]


def _same_time(row: datetime | None, signed: str | None) -> bool:
    """A cached time (row) and the time its signed event states (RFC 3339), to the millisecond."""
    if row is None or signed is None:
        return row is None and signed is None
    try:
        return abs((row - parse_rfc3339(signed)).total_seconds()) < 0.001
    except (ValueError, TypeError):
        return False


def _revoked_sha(row: StoredSignoff) -> str | None:
    """The SHA-256 of the record a revocation revokes, as the revocation's signed bytes say (the
    row's ``revokes_id`` is only a cache of it)."""
    try:
        revokes = parse_json(row.record).get("revokes")
        return revokes.get("sha256") if isinstance(revokes, dict) else None
    except (ValueError, AttributeError):
        return None


def _file_check(seq: int, kind: str, record: dict[str, Any]) -> _FileCheck | None:
    try:
        clip = record["clip"]
        post = record.get("post_text")
        return _FileCheck(
            seq=seq,
            kind=kind,
            clip_id=str(record["clip_id"]),
            version=int(record["version"]),
            clip_sha256=str(clip["sha256"]),
            clip_name=str(clip.get("file_name", "")),
            captions=tuple((str(c["file_name"]), str(c["sha256"])) for c in record.get("captions", [])),
            post_sha256=post.get("sha256") if isinstance(post, dict) else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
