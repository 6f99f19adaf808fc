"""Verifying the library: the audit chain, every signature, the latest checkpoint, the files.

``reviewer verify`` is :meth:`Verifier.verify`; the desk's per-clip badge is
:meth:`Verifier.approval_state`. Everything is reported as :class:`ChainProblem` (seq + kind +
one line), never raised, so one bad record does not hide the next.

What a sign-off event must satisfy (checked for each ``signoff`` and ``revocation`` event):

* the record stored for it exists, its SHA-256 is the ``record_sha256`` of the event's payload
  (the payload is covered by the chain hash), and the stored signature is the audited one;
* the SSHSIG verifies over those exact record bytes, under the namespace the event names, with
  the *enrolled* public key of the fingerprint the event names, and that key was not retired
  before ``signed_at``;
* record and event agree: kind, clip, version, signer principal and key, signed_at, and the
  record's ``prev_audit_hash`` is the event's ``prev_hash`` (the record was signed right there).

Checkpoint events are verified over their payload (= the checkpoint bytes) with the checkpoint
namespace. The newest checkpoint *file* in ``<home>/checkpoints`` whose signature verifies pins
the chain: an older or truncated database (rollback) or a rewritten chain no longer matches it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent, ChainProblem, Checkpoint
from reviewer.core.canonical import parse_rfc3339, sha256_hex
from reviewer.core.record import REVOCATION, RecordError, parse_record
from reviewer.core.signoff import (
    SigningKey,
    StoredSignoff,
    checkpoint_namespace,
    read_checkpoint_files,
    sha256_file,
)
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
    checkpoint: dict[str, Any] | None = None
    files_checked: int = 0
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
            "checkpoint": self.checkpoint,
            "files_checked": self.files_checked,
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
    last_seq: int = 0
    newest_cp_event: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    file_checks: list[_FileCheck] = field(default_factory=list)


SegmentRunner = Callable[[list[Segment]], list[SegmentResult]]


class Verifier:
    """Checks the chain, signatures, checkpoints and files of one library.

    ``segment_runner`` (optional) verifies chain segments in parallel, ``workers`` of them, for
    chains of at least ``parallel_threshold`` events.
    """

    def __init__(
        self,
        *,
        repo: Any,
        library: Any,
        crypto: Any,
        home: Path,
        namespace: str,
        segment_runner: SegmentRunner | None = None,
        workers: int = 1,
        parallel_threshold: int = 20_000,
    ) -> None:
        self.repo = repo
        self.library = library
        self.crypto = crypto
        self.home = Path(home)
        self.namespace = namespace
        self.segment_runner = segment_runner
        self.workers = max(1, workers)
        self.parallel_threshold = parallel_threshold

    # ------------------------------------------------------------------ signatures
    def _key_problem(self, key: SigningKey | None, fingerprint: Any, signed_at: Any) -> str | None:
        if key is None:
            return f"signed with key {fingerprint}, which is not enrolled in this library"
        if key.retired_at is not None:
            try:
                when = parse_rfc3339(signed_at)
            except (TypeError, ValueError):
                return f"signing time {signed_at!r} is unreadable"
            if key.retired_at <= when:
                return (
                    f"key {key.fingerprint} was retired at {key.retired_at.isoformat()} "
                    f"before this signature ({signed_at})"
                )
        return None

    def _signed_problems(
        self,
        event: AuditEvent,
        stored: StoredSignoff | None,
        keys: dict[str, SigningKey],
        verify: Callable[[str, bytes, str, str], str | None],
    ) -> tuple[list[str], dict[str, Any] | None]:
        """Problems of one signoff/revocation event with its stored record (and the record)."""
        try:
            payload = json.loads(event.payload_json)
        except ValueError:
            return ["the event payload is not JSON"], None
        if not isinstance(payload, dict):
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
        key = keys.get(fp) if isinstance(fp, str) else None
        key_problem = self._key_problem(key, fp, payload.get("signed_at"))
        if key is None:
            problems.append(key_problem or "unknown key")
            return problems, None
        namespace = payload.get("namespace") or self.namespace
        verdict = verify(event.signature or "", stored.record, str(namespace), key.public_key)
        if verdict:
            problems.append(f"signature does not verify: {verdict}")
        if key_problem:
            problems.append(key_problem)
        try:
            record = json.loads(stored.record)
            if not isinstance(record, dict):
                raise ValueError
        except ValueError:
            problems.append("the stored record is not a JSON object")
            return problems, None
        signer = record.get("signer") if isinstance(record.get("signer"), dict) else {}
        expected_kind = REVOCATION if event.kind == core_audit.REVOCATION else None
        disagree = [
            name
            for name, ok in (
                ("kind", record.get("kind") == payload.get("record_kind")
                 and (expected_kind is None) == (record.get("kind") != REVOCATION)),
                ("clip_id", record.get("clip_id") == payload.get("clip_id")),
                ("version", record.get("version") == payload.get("version")),
                ("signer", signer.get("principal") == payload.get("principal") == key.principal),
                ("key", signer.get("key_fingerprint") == fp),
                ("signed_at", record.get("signed_at") == payload.get("signed_at")),
                ("prev_audit_hash", record.get("prev_audit_hash") == event.prev_hash),
            )
            if not ok
        ]  # fmt: skip
        if disagree:
            problems.append(f"record and audit event disagree on {', '.join(disagree)}")
        return problems, record

    def _checkpoint_problem(
        self, event: AuditEvent, keys: dict[str, SigningKey], verify: Callable[..., str | None]
    ) -> str | None:
        try:
            cp = Checkpoint.from_dict(json.loads(event.payload_json))
        except (ValueError, ReviewerError) as exc:
            return f"checkpoint unreadable ({exc})"
        key = keys.get(cp.key_fingerprint)
        key_problem = self._key_problem(key, cp.key_fingerprint, cp.time)
        if key is None:
            return key_problem
        verdict = verify(
            event.signature or "", event.payload_json, checkpoint_namespace(self.namespace), key.public_key
        )
        return f"checkpoint signature does not verify: {verdict}" if verdict else key_problem

    def _checkpoint_file_verifier(self, keys: dict[str, SigningKey]):
        def check(data: bytes, signature: str, cp: Checkpoint) -> str | None:
            key = keys.get(cp.key_fingerprint)
            problem = self._key_problem(key, cp.key_fingerprint, cp.time)
            if key is None:
                return problem
            return self.crypto.verify(
                signature, data, checkpoint_namespace(self.namespace), key.public_key
            ) or problem

        return check

    def latest_checkpoint(
        self, keys: dict[str, SigningKey]
    ) -> tuple[Checkpoint | None, Path | None, list[ChainProblem]]:
        """The newest checkpoint file that verifies, and problems with newer files that do not."""
        problems: list[ChainProblem] = []
        for path, data, sig in read_checkpoint_files(self.home / "checkpoints"):
            try:
                cp = core_audit.verify_checkpoint(data, sig or "", self._checkpoint_file_verifier(keys))
            except ReviewerError as exc:
                seq = int(path.stem.split("-")[-1]) if path.stem.split("-")[-1].isdigit() else 0
                problems.append(ChainProblem(seq, core_audit.CHECKPOINT, f"checkpoint file {path.name}: {exc}"))
                continue
            return cp, path, problems
        return None, None, problems

    # ------------------------------------------------------------------ the whole library
    def verify(self, *, check_files: bool = False, workers: int | None = None) -> VerifyReport:
        """Recompute the chain, verify every signature and the latest checkpoint (and files).

        A large chain is cut into contiguous segments verified side by side when a
        ``segment_runner`` was given (the composition root runs them in worker processes): each
        segment starts from the stored (seq, hash) of the event before it, and that event's hash
        is itself recomputed by the previous segment, so together they check exactly what one
        pass would.
        """
        report = VerifyReport()
        keys = {k.fingerprint: k for k in self.repo.keys()}
        cp, cp_path, cp_problems = self.latest_checkpoint(keys)
        if cp is not None:
            report.checkpoint = {
                "seq": cp.seq, "head_hash": cp.head_hash, "time": cp.time, "signer": cp.signer,
                "key_fingerprint": cp.key_fingerprint, "file": cp_path.name if cp_path else None,
            }  # fmt: skip
        workers = self.workers if workers is None else workers
        total = self.repo.audit_count()
        parallel = self.segment_runner is not None and workers > 1 and total >= self.parallel_threshold
        bounds = self.repo.chain_segments(workers if parallel else 1)
        specs = []
        for n, (first, before, anchor) in enumerate(bounds):
            head = None
            if cp is not None and first <= cp.seq and (before is None or cp.seq < before):
                head = cp.expected_head
            specs.append(Segment(n, first, before, anchor, head, check_files))
        if parallel and len(specs) > 1:
            results = self.segment_runner(specs)
        else:
            results = [self.verify_segment(spec, keys) for spec in specs]

        problems: list[ChainProblem] = list(cp_problems)
        seen: set[int] = set()
        file_checks: list[_FileCheck] = []
        newest_cp_event = 0
        last_seq = 0
        for r in results:
            report.events += r.events
            report.signatures += r.signatures
            report.signoffs += r.signoffs
            problems.extend(ChainProblem(*p) for p in r.problems)
            seen |= r.seen
            file_checks.extend(r.file_checks)
            newest_cp_event = max(newest_cp_event, r.newest_cp_event)
            last_seq = max(last_seq, r.last_seq)
        if cp is not None and not any(sp.expected_head for sp in specs) and cp.seq > 0:
            # The checkpoint names an event beyond the last one stored: the chain was cut short.
            problems.append(
                ChainProblem(
                    last_seq + 1, "",
                    f"chain ends at seq {last_seq} but the signed checkpoint covers seq {cp.seq} (events truncated)",
                )
            )  # fmt: skip
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
        if check_files:
            problems.extend(self._check_files(file_checks, report))
        report.problems = sorted(problems, key=lambda p: (p.seq, p.kind))
        return report

    def verify_segment(self, spec: Segment, keys: dict[str, SigningKey] | None = None) -> SegmentResult:
        """Verify the events with ``first <= seq < before`` (a worker's share of :meth:`verify`)."""
        if keys is None:
            keys = {k.fingerprint: k for k in self.repo.keys()}
        result = SegmentResult()
        current: dict[str, Any] = {"event": None, "stored": None}
        verify = self.crypto.verify_fast
        check_files = spec.check_files

        def events():
            for event, stored in self.repo.iter_chain(first=spec.first, before=spec.before):
                current["event"], current["stored"] = event, stored
                result.events += 1
                if isinstance(event.seq, int):
                    result.last_seq = max(result.last_seq, event.seq)
                yield event

        def checker(event: AuditEvent) -> str | None:
            result.signatures += 1
            if event.kind == core_audit.CHECKPOINT:
                result.newest_cp_event = max(result.newest_cp_event, event.seq - 1)
                return self._checkpoint_problem(event, keys, verify)
            stored = current["stored"] if current["event"] is event else None
            if stored is not None:
                result.seen.add(stored.id)
                result.signoffs += 1
            problems, record = self._signed_problems(event, stored, keys, verify)
            if check_files and record is not None and record.get("kind") != REVOCATION:
                check = _file_check(event.seq, event.kind, record)
                if check is not None:
                    result.file_checks.append(check)
            return "; ".join(problems) or None

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
    def _file_problems(c: _FileCheck, clips, captions, posts, digest) -> list[str]:
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
                        f"{what} {name} changed since sign-off ({rel}: sha256 now {now[:16]}…, "
                        f"signed {sha[:16]}…)"
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
    def signoff_problems(self, stored: StoredSignoff) -> list[str]:
        """Everything wrong with one stored record: its event, link, signature, record schema."""
        event = self.repo.event(stored.audit_seq)
        if event is None:
            return [f"no audit event at seq {stored.audit_seq} for this record"]
        problems: list[str] = []
        computed = core_audit.event_hash(
            event.seq, event.time, event.actor, event.kind, event.payload_json, event.prev_hash,
            event.signature,
        )  # fmt: skip
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
        fp = stored.fingerprint or ""
        try:
            fp = json.loads(event.payload_json).get("key_fingerprint", fp)
        except (ValueError, AttributeError):
            pass
        key = self.repo.key(fp) if isinstance(fp, str) and fp else None
        found, _record = self._signed_problems(event, stored, {fp: key} if key else {}, self.crypto.verify)
        problems.extend(found)
        try:
            parse_record(stored.record)
        except RecordError as exc:
            problems.append(str(exc))
        return problems

    def file_problems(self, stored: StoredSignoff) -> list[str]:
        """Whether the files a decision record names still have the signed bytes."""
        try:
            record = json.loads(stored.record)
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
        self, stored: StoredSignoff, all_rows: list[StoredSignoff], *, check_files: bool = True
    ) -> ApprovalState:
        """The state of one decision record, given every record of its clip (for revocations)."""
        problems = self.signoff_problems(stored)
        record = None
        try:
            record = parse_record(stored.record)
        except RecordError:
            pass
        if problems:
            return ApprovalState(INVALID, stored, record, tuple(problems))
        for rev in (r for r in all_rows if r.kind == REVOCATION and r.revokes_id == stored.id):
            rev_problems = self.signoff_problems(rev)
            if rev_problems:
                return ApprovalState(
                    INVALID, stored, record,
                    tuple(f"a revocation of this record does not verify: {p}" for p in rev_problems),
                    rev,
                )  # fmt: skip
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
        approvals = [r for r in rows if r.kind == "approval" and r.version == clip.current_version]
        if not approvals:
            return ApprovalState(NONE)
        return self.state_of(approvals[-1], rows, check_files=check_files)

    def signoff_states(self, clip_ref: str, *, check_files: bool = True) -> list[ApprovalState]:
        """The state of every decision record of a clip (not revocations), oldest first."""
        rows = self.repo.signoffs(self.library.resolve_clip_id(clip_ref))
        return [self.state_of(r, rows, check_files=check_files) for r in rows if r.kind != REVOCATION]


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


def parse_time(value: str) -> datetime:
    """An RFC 3339 time of a record (helper for callers formatting states)."""
    return parse_rfc3339(value)
