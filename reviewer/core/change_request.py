"""The change-request package for the editor: the head's notes in the formats editing software
imports, the request as people read it, and the signed decision to prove it is the head's.

``reviewer export CLIP --notes --out DIR`` (after a signed ``changes`` or ``reject`` decision)
writes into a new folder::

    notes.edl              CMX 3600: one event per note at its frame, with a DaVinci Resolve marker
                           line (|C:… |M:… |D:…) and a ``* LOC:`` locator comment (Avid, OTIO, others)
    notes.fcpxml           FCPXML 1.8 (OpenTimelineIO's FCP X XML adapter): one marker per note on
                           the clip, range notes with their duration, open notes as to-do markers
    notes.csv              UTF-8 with BOM (Excel): tc in, tc out, author, text
    notes.srt              the notes as subtitles over the clip, in any player
    notes.html, notes.pdf  the request as people read it (Vietnamese or English): clip, version,
                           decision, reason, failed checklist items with their notes, every note
                           with its timecode and a still of that frame (still-NN.jpg)
    decision.json          the signed decision record: the exact RFC 8785 bytes that were signed
    decision.json.sig      its SSHSIG signature; the signer's verification material beside it
                           (see :func:`signer_verification_material`)
    VERIFY.txt             how the editor checks it with ssh-keygen and sha256sum
    SHA256SUMS             every file above

The notes are the ones the head signed (the record's ``notes``), so what the editor imports is
exactly what the signature covers. Timecodes are HH:MM:SS:FF at the clip's frame rate, drop-frame
(``;``) for 29.97 and 59.94, starting at the file's own start timecode when it has one
(00:00:00:00 otherwise); SMPTE arithmetic is OpenTimelineIO's.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import opentimelineio as otio

from reviewer.core import audit as core_audit
from reviewer.core.canonical import format_rfc3339, parse_rfc3339, sha256_hex
from reviewer.core.export import remove_dead_staging, verify_time
from reviewer.core.record import APPROVAL, CHANGES, REJECTION, parse_record
from reviewer.core.signing_model import StoredSignoff
from reviewer.core.timecode import frame_timecode, srt_time
from reviewer.core.trust import CHECKPOINT_NAMESPACE, namespace_for

if TYPE_CHECKING:
    from reviewer.core.signoff import SignoffService

from reviewer.errors import DiskFullError, NotFoundError, PolicyError, ReviewerError, UsageError, disk_full_errno

__all__ = [
    "ChangeRequestExporter",
    "ChangeRequestResult",
    "NoteMark",
    "TimecodeClock",
    "csv_bytes",
    "edl_text",
    "fcpxml_text",
    "note_marks",
    "signer_verification_material",
    "srt_text",
]

RECORD_FILE = "decision.json"
SIGNATURE_FILE = "decision.json.sig"
ALLOWED_SIGNERS_FILE = "allowed_signers"
STATION_TRUST_FILE = "station_allowed_signers"
SIGNER_CERT_FILE = "decision-signer-cert.pub"
SUMS_FILE = "SHA256SUMS"
VERIFY_FILE = "VERIFY.txt"

_STANDARD_RATES = (
    Fraction(24000, 1001),
    Fraction(24),
    Fraction(25),
    Fraction(30000, 1001),
    Fraction(30),
    Fraction(48),
    Fraction(50),
    Fraction(60000, 1001),
    Fraction(60),
)
_DROP_FRAME = (Fraction(30000, 1001), Fraction(60000, 1001))
# FCPXML names NTSC rates by their display value (the adapter's table).
_FCPX_RATE = {Fraction(24000, 1001): 23.98, Fraction(30000, 1001): 29.97, Fraction(60000, 1001): 59.94}
_TC = re.compile(r"^(\d{1,2})[:;.](\d{2})[:;.](\d{2})[:;.,](\d{2,3})$")

ReportRenderer = Callable[[dict[str, Any], Path], list[str]]
"""``render(facts, folder) -> names written`` (reviewer.media.change_request_report.render_report)."""
StillMaker = Callable[[Path, int, Path], bool]
"""``still(media_path, at_ms, dest_jpg) -> written`` (reviewer.media.stills.frame_still)."""
TimecodeReader = Callable[[Path], "str | None"]
"""``start_timecode(media_path) -> "HH:MM:SS:FF" or None`` (reviewer.media.stills.start_timecode)."""


# --------------------------------------------------------------------------- timecode


class TimecodeClock:
    """Media milliseconds → frames → SMPTE timecode of one clip (its rate, drop-frame, start).

    ``fps`` is the clip's measured rate; the nearest standard rate within 0.01 is used (29.97 →
    30000/1001, drop-frame), other rates count frames at their rounded value, non-drop.
    """

    def __init__(self, fps: float, start_timecode: str | None = None) -> None:
        if not fps or fps <= 0 or math.isnan(fps):
            fps = 25.0
        near = min(_STANDARD_RATES, key=lambda r: abs(float(r) - fps))
        self.standard = abs(float(near) - fps) < 0.01
        self.rate = near if self.standard else Fraction(fps).limit_denominator(1001)
        self.drop_frame = self.standard and near in _DROP_FRAME
        self.nominal = round(float(self.rate))
        self.start_frame = 0
        self.start_text = None
        if start_timecode:
            parsed = self.parse(start_timecode)
            if parsed is not None:
                self.start_frame = parsed
                self.start_text = self.timecode(parsed)

    @property
    def fps(self) -> float:
        """The rate as a float (29.97002997…)."""
        return float(self.rate)

    def frame_of(self, ms: int) -> int:
        """The frame on screen at media time ``ms`` (counted from the file's first frame)."""
        return math.floor(max(0, int(ms)) * self.rate / 1000 + Fraction(1, 10**9))

    def ms_of(self, frame: int) -> int:
        """The first whole millisecond of frame ``frame`` (relative to the file's first frame)."""
        return math.ceil(Fraction(max(0, frame)) * 1000 / self.rate)

    def timecode(self, frame_number: int) -> str:
        """Absolute frame number (start included) as HH:MM:SS:FF (HH:MM:SS;FF drop-frame)."""
        if self.standard:
            rate = float(self.rate)
            tc: str = otio.opentime.to_timecode(otio.opentime.RationalTime(frame_number, rate), rate, self.drop_frame)
            return tc
        return frame_timecode(frame_number, self.nominal)

    def parse(self, text: str) -> int | None:
        """A timecode string → absolute frame number (None if it is not one at this rate)."""
        text = text.strip()
        m = _TC.match(text)
        if not m:
            return None
        if self.standard:
            try:
                # OTIO reads drop-frame from the ';' and needs ':' otherwise.
                norm = (
                    f"{m.group(1).zfill(2)}:{m.group(2)}:{m.group(3)}{';' if self.drop_frame else ':'}{m.group(4)[-2:]}"
                )
                return int(round(otio.opentime.from_timecode(norm, float(self.rate)).value))
            except (ValueError, RuntimeError):
                return None
        hh, mm, ss, ff = (int(g) for g in m.groups())
        if mm > 59 or ss > 59 or ff >= self.nominal:
            return None
        return ((hh * 60 + mm) * 60 + ss) * self.nominal + ff

    def tc_at(self, ms: int) -> str:
        """The timecode of the frame on screen at media time ``ms``."""
        return self.timecode(self.start_frame + self.frame_of(ms))


@dataclass(frozen=True)
class NoteMark:
    """One note placed on the clip's timeline: frames are relative to the file's first frame."""

    number: int
    start_ms: int
    end_ms: int | None
    frame: int
    end_frame: int | None
    tc_in: str
    tc_out: str
    author: str
    text: str

    @property
    def duration_frames(self) -> int:
        """Frames the marker covers (1 for a point note)."""
        return max(1, (self.end_frame or self.frame) - self.frame) if self.end_frame is not None else 1


def note_marks(notes: list[dict[str, Any]], clock: TimecodeClock) -> list[NoteMark]:
    """The record's notes in time order, each at its frame and timecodes."""
    out = []
    ordered = sorted(notes, key=lambda n: (n["start_ms"], n["end_ms"] if n["end_ms"] is not None else -1))
    for number, n in enumerate(ordered, 1):
        frame = clock.frame_of(n["start_ms"])
        end_frame = clock.frame_of(n["end_ms"]) if n["end_ms"] is not None else None
        if end_frame is not None and end_frame <= frame:
            end_frame = frame + 1
        out_frame = end_frame if end_frame is not None else frame + 1
        out.append(
            NoteMark(
                number=number,
                start_ms=n["start_ms"],
                end_ms=n["end_ms"],
                frame=frame,
                end_frame=end_frame,
                tc_in=clock.timecode(clock.start_frame + frame),
                tc_out=clock.timecode(clock.start_frame + out_frame),
                author=n["author"],
                text=n["text"],
            )
        )
    return out


def _one_line(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


# --------------------------------------------------------------------------- writers


def edl_text(title: str, clip_name: str, marks: list[NoteMark], clock: TimecodeClock) -> str:
    """A CMX 3600 EDL with one event per note (see the module docstring).

    Each event is a cut of the clip (reel ``AX``, video) from the note's frame for its length, so
    source and record timecodes are the clip's own; the ``|C:|M:|D:`` line is how DaVinci Resolve
    writes and reads timeline markers, ``* LOC:`` how Avid and OpenTimelineIO read them.
    """
    lines = [f"TITLE: {_one_line(title)[:70]}", f"FCM: {'DROP FRAME' if clock.drop_frame else 'NON-DROP FRAME'}", ""]
    width = max(3, len(str(len(marks))))
    for m in marks:
        tc_in, tc_out = m.tc_in, m.tc_out
        # Fixed columns: event, reel (8), channel (4+2), transition (4+1+3+1), then four timecodes.
        lines.append(f"{m.number:0{width}d}  {'AX':<8} {'V':<4}  {'C':<4} {'':<3} {tc_in} {tc_out} {tc_in} {tc_out}")
        lines.append(f"* FROM CLIP NAME: {clip_name}")
        colour = "RED"
        lines.append(f"* LOC: {tc_in} {colour:<7} {_one_line(m.text)}")
        lines.append(f" |C:ResolveColor{colour.title()} |M:{_one_line(m.text)} |D:{m.duration_frames}")
        lines.append("")
    return "\r\n".join(lines)


def fcpxml_text(title: str, clip_name: str, duration_ms: int, marks: list[NoteMark], clock: TimecodeClock) -> str:
    """FCPXML 1.8 through OpenTimelineIO's FCP X XML adapter: one clip, one marker per note."""
    rate = _FCPX_RATE.get(clock.rate, float(clock.rate))
    start = otio.opentime.RationalTime(clock.start_frame, rate)
    frames = max(1, clock.frame_of(duration_ms))
    available = otio.opentime.TimeRange(start, otio.opentime.RationalTime(frames, rate))
    reference = otio.schema.ExternalReference(target_url=clip_name, available_range=available)
    clip = otio.schema.Clip(name=clip_name, media_reference=reference, source_range=available)
    for m in marks:
        length = (m.end_frame - m.frame) if m.end_frame is not None else 1
        clip.markers.append(
            otio.schema.Marker(
                name=_one_line(m.text),
                marked_range=otio.opentime.TimeRange(
                    otio.opentime.RationalTime(clock.start_frame + m.frame, rate),
                    otio.opentime.RationalTime(max(1, length), rate),
                ),
                color=otio.schema.MarkerColor.RED,  # FCP: a to-do marker (completed="0")
            )
        )
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    track.append(clip)
    timeline = otio.schema.Timeline(name=title)
    timeline.tracks.append(track)
    text: str = otio.adapters.write_to_string(timeline, "fcpx_xml")
    if not _FCPX_RATE.get(clock.rate) and float(clock.rate) not in (24, 25, 30, 50, 60):
        # A rate outside the adapter's table: give the format its exact frame duration.
        text = text.replace('frameDuration=""', f'frameDuration="{clock.rate.denominator}/{clock.rate.numerator}s"')
    return text


def csv_bytes(marks: list[NoteMark], language: str) -> bytes:
    """notes.csv: UTF-8 with a BOM (Excel opens Vietnamese right), CRLF rows."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        ["Mốc vào", "Mốc ra", "Người ghi", "Ghi chú"] if language == "vi" else ["TC in", "TC out", "Author", "Note"]
    )
    for m in marks:
        w.writerow([m.tc_in, m.tc_out if m.end_frame is not None else "", m.author, m.text])
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


def srt_text(marks: list[NoteMark], clock: TimecodeClock) -> str:
    """notes.srt: each note as a subtitle from its frame (2 s for a point note, its range otherwise).

    SRT times are the clip's media time (players count from 0), each cue begins with the note's
    timecode so the editor sees where it points in the edit suite.
    """
    blocks = []
    for m in marks:
        start = clock.ms_of(m.frame)
        end = clock.ms_of(m.end_frame) if m.end_frame is not None else start + 2000
        blocks.append(
            f"{m.number}\n{srt_time(start)} --> {srt_time(max(end, start + 500))}\n[{m.tc_in}] {m.author}: {m.text}\n"
        )
    return "\n".join(blocks)


# --------------------------------------------------------------------------- verification material


def signer_verification_material(
    crypto: Any, station: Any, key: Any, signature: str, namespace: str
) -> dict[str, bytes]:
    """The files that let a stranger check the decision's signature (the one place that decides
    what proves *who* signed): the signer's certificate, carried by the signature, and the
    station's ``cert-authority`` trust file (the editor should compare its fingerprint with the one
    the station published). A decision signed before the station existed has no certificate: then
    one ``allowed_signers`` line for the signer's key, as such packages always had."""
    _plain, cert = crypto.signer_of(signature)
    if cert is not None and station is not None:
        trust = station.trust_file()
        info = crypto.certificate(cert)
        role_principal = info.principals[0] if info.principals else key.principal
        return {
            STATION_TRUST_FILE: trust.encode("utf-8"),
            SIGNER_CERT_FILE: (cert + f" {role_principal}\n").encode("utf-8"),
        }
    line = crypto.allowed_signers_line(key.principal, key.public_key, [namespace, CHECKPOINT_NAMESPACE])
    return {ALLOWED_SIGNERS_FILE: (line + "\n").encode("utf-8")}


def verify_text(facts: dict[str, Any], trust_file: str) -> str:
    """VERIFY.txt: how the editor checks the request came from the head (OpenSSH + coreutils)."""
    certified = trust_file == STATION_TRUST_FILE
    p = f"{facts['signer']['role']}:{facts['signer']['principal']}" if certified else facts["signer"]["principal"]
    ns = facts["namespace"]
    when = f" -Overify-time={verify_time(facts['signed_at'])}" if certified else ""
    station = facts.get("station") or {}
    who = (
        f"compare the station key's fingerprint with the one your station published:\n\n"
        f"  awk '/cert-authority/ {{print $3, $4; exit}}' {STATION_TRUST_FILE} | ssh-keygen -lf -\n\n"
        f"It must print {station.get('fingerprint', '')} ({station.get('name', '')})."
    )
    if not certified:
        who = f"compare the key fingerprint with the one your station published for {p}."
    return f"""\
GÓI YÊU CẦU SỬA / CHANGE REQUEST
================================

Clip:       {facts["title"]}  ({facts["clip_id"]}, version {facts["version"]})
Decision:   {facts["meaning"]}
Reason:     {facts["reason"] or "-"}
Signed by:  {facts["signer"]["name"]}, {facts["signer"]["title"]} ({p})
Signed at:  {facts["signed_at"]} (UTC)
Key:        {facts["signer"]["key_fingerprint"]}

Import the notes / Nhập ghi chú vào phần mềm dựng:
  DaVinci Resolve: Media Pool → right-click the timeline → Timelines → Import → Timeline Markers
                   from EDL… → notes.edl   (or File → Import → Timeline… → notes.fcpxml)
  Final Cut Pro:   File → Import → XML… → notes.fcpxml
  Premiere Pro:    File → Import… → notes.srt (a caption track with every note at its time)
  Any player:      open the clip with notes.srt as subtitles; Excel: notes.csv

Check that this request really comes from the head / Kiểm tra yêu cầu đúng của lãnh đạo:

  sha256sum -c SHA256SUMS
  ssh-keygen -Y verify -f {trust_file} -I {p} -n {ns} -s {SIGNATURE_FILE}{when} < {RECORD_FILE}

The second command must print: Good "{ns}" signature for {p}. {RECORD_FILE} is the decision
exactly as signed (its "notes" are the notes in every file here). Then {who}
"""


# --------------------------------------------------------------------------- the package


@dataclass(frozen=True)
class ChangeRequestResult:
    """Where the change request went and what is in it."""

    folder: Path
    files: tuple[str, ...]
    clip_id: str
    version: int
    kind: str
    notes: int
    record_sha256: str
    principal: str
    namespace: str
    start_timecode: str
    drop_frame: bool
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The documented JSON of ``reviewer export --notes --json``."""
        return {
            "folder": str(self.folder),
            "files": list(self.files),
            "clip_id": self.clip_id,
            "version": self.version,
            "kind": self.kind,
            "notes": self.notes,
            "record_sha256": self.record_sha256,
            "principal": self.principal,
            "namespace": self.namespace,
            "start_timecode": self.start_timecode,
            "drop_frame": self.drop_frame,
            "warnings": list(self.warnings),
        }


def _disk_full(exc: BaseException) -> DiskFullError | None:
    if disk_full_errno(exc):
        return DiskFullError("the disk holding the export folder is full; nothing was exported")
    return None


def _failed_items(record: dict[str, Any], template: Any) -> list[dict[str, str]]:
    same = template is not None and template.hash == record["checklist"]["hash"]
    out = []
    for a in record["checklist"]["answers"]:
        if a["result"] != "fail":
            continue
        label = {"vi": a["item_id"], "en": a["item_id"]}
        if same:
            try:
                item = next(i for i in template.items if i.id == a["item_id"])
                label = {"vi": item.label.vi, "en": item.label.en}
            except StopIteration:
                pass
        out.append({"id": a["item_id"], "label_vi": label["vi"], "label_en": label["en"], "note": a["note"]})
    return out


class RecordChecker(Protocol):
    """Whether a stored decision verifies (reviewer.core.verification.Verifier)."""

    def signoff_problems(self, stored: StoredSignoff) -> list[str]: ...


class ChangeRequestExporter:
    """Writes change-request packages (see the module docstring).

    ``signoff`` is the SignoffService (records, keys, crypto, template), ``verifier`` the
    Verifier (the record must verify before it is sent); the media helpers and the report
    renderer are injected (they need PyAV and Qt, which the core does not import).
    """

    def __init__(
        self,
        *,
        signoff: SignoffService,
        verifier: RecordChecker,
        render_report: ReportRenderer | None,
        still: StillMaker | None,
        start_timecode: TimecodeReader | None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.signoff = signoff
        self.verifier = verifier
        self.render_report = render_report
        self.still = still
        self.start_timecode = start_timecode
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    def _request(self, clip_id: str) -> StoredSignoff:
        """The latest head decision of the clip, which must be changes or reject, and verify."""
        rows = self.signoff.signoffs(clip_id)
        decisions = [r for r in rows if r.kind in (APPROVAL, CHANGES, REJECTION)]
        if not decisions:
            raise PolicyError(
                f"clip {clip_id} has no signed decision yet; a change request is sent after a head "
                "signs 'request changes' or 'reject'"
            )
        so: StoredSignoff = decisions[-1]
        if so.kind == APPROVAL:
            raise PolicyError(
                f"the latest decision on {clip_id} is an approval (version {so.version}); "
                "there is no change request to send"
            )
        problems = self.verifier.signoff_problems(so)
        if problems:
            raise PolicyError(f"the decision on {clip_id} does not verify: {'; '.join(problems)}")
        return so

    def export(self, clip_ref: str, out: Path, *, actor: str, language: str = "vi") -> ChangeRequestResult:
        """Write the change request of the clip's latest decision into ``out`` (new or empty)."""
        svc = self.signoff
        library, repo = svc.library, svc.repo
        language = "en" if language == "en" else "vi"
        clip_id = library.resolve_clip_id(clip_ref)
        so = self._request(clip_id)
        record = parse_record(so.record)
        out = Path(out).expanduser().absolute()
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise UsageError(f"{out} already exists and is not an empty folder; choose a new --out")
        event = repo.event(so.audit_seq)
        key = svc.station.trust().key(so.fingerprint or "")
        if event is None or key is None:
            raise NotFoundError(f"the decision on {clip_id} has lost its audit event or key; run reviewer verify")
        namespace = json.loads(event.payload_json).get("namespace") or namespace_for(record["kind"])
        detail = library.clip_detail(clip_id)
        version = next((v for v in detail.versions if v.number == so.version), None)
        if version is None:
            raise NotFoundError(f"clip {clip_id} has no version {so.version}")
        media = svc.home / version.store_path
        warnings: list[str] = []
        start_tc = self.start_timecode(media) if self.start_timecode else None
        clock = TimecodeClock(version.fps, start_tc)
        if start_tc and clock.start_text is None:
            warnings.append(
                f"the file's start timecode {start_tc!r} is not a timecode at {clock.fps:g} fps; "
                "notes start at 00:00:00:00"
            )
        marks = note_marks(record["notes"], clock)
        try:
            template = svc.template()
        except ReviewerError:
            template = None

        remove_dead_staging(out.parent)
        staging = out.parent / f".{out.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            staging.mkdir(parents=True)
        except OSError as exc:
            full = _disk_full(exc)
            if full is None:
                raise
            raise full from None
        files: list[str] = []
        try:

            def put(name: str, data: bytes) -> None:
                with open(staging / name, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                files.append(name)

            title = f"{detail.clip.title} — v{version.number}"
            put("notes.edl", edl_text(title, version.original_name, marks, clock).encode("utf-8"))
            put(
                "notes.fcpxml",
                fcpxml_text(title, version.original_name, version.duration_ms, marks, clock).encode("utf-8"),
            )
            put("notes.csv", csv_bytes(marks, language))
            put("notes.srt", srt_text(marks, clock).encode("utf-8"))
            stills: dict[int, str] = {}
            if self.still is not None and media.is_file():
                for m in marks:
                    name = f"still-{m.number:02d}.jpg"
                    if self.still(media, clock.ms_of(m.frame), staging / name):
                        files.append(name)
                        stills[m.number] = name
            put(RECORD_FILE, so.record)
            put(SIGNATURE_FILE, (event.signature or "").encode("ascii"))
            material = signer_verification_material(svc.crypto, svc.station, key, event.signature or "", namespace)
            for name, data in material.items():
                put(name, data)
            facts = self._facts(detail, version, record, so, marks, clock, stills, template, namespace, language)
            station = svc.station.station()
            if station is not None:
                facts["station"] = {"name": station.name, "fingerprint": station.fingerprint}
            put(VERIFY_FILE, verify_text(facts, next(iter(material))).encode("utf-8"))
            if self.render_report is not None:
                try:
                    files.extend(self.render_report(facts, staging))
                except ReviewerError as exc:
                    warnings.append(f"notes.html / notes.pdf not written: {exc}")
            sums = "".join(f"{sha256_hex((staging / n).read_bytes())}  {n}\n" for n in sorted(files))
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
            repo.append_event(
                kind=core_audit.EXPORT,
                actor=actor,
                clip_id=clip_id,
                payload={
                    "clip_id": clip_id,
                    "version": so.version,
                    "package": "change_request",
                    "record_sha256": so.record_sha256,
                    "destination": str(out),
                    "files": sorted(files),
                    "sha256sums_sha256": sha256_hex((out / SUMS_FILE).read_bytes()),
                },
            )
        except BaseException:
            shutil.rmtree(out, ignore_errors=True)  # an export must be audited
            raise
        return ChangeRequestResult(
            folder=out,
            files=tuple(sorted(files)),
            clip_id=clip_id,
            version=so.version,
            kind=so.kind,
            notes=len(marks),
            record_sha256=so.record_sha256,
            principal=key.principal,
            namespace=namespace,
            start_timecode=clock.timecode(clock.start_frame),
            drop_frame=clock.drop_frame,
            warnings=tuple(warnings),
        )

    def _facts(
        self,
        detail: Any,
        version: Any,
        record: dict[str, Any],
        so: StoredSignoff,
        marks: Any,
        clock: Any,
        stills: Any,
        template: Any,
        namespace: str,
        language: str,
    ) -> dict[str, Any]:
        signed = parse_rfc3339(record["signed_at"])
        local = signed.astimezone()
        return {
            "language": language,
            "title": detail.clip.title,
            "clip_id": record["clip_id"],
            "version": record["version"],
            "clip_file": version.original_name,
            "sha256": version.sha256,
            "duration": clock.tc_at(version.duration_ms) if version.duration_ms else "",
            "fps": clock.fps,
            "drop_frame": clock.drop_frame,
            "start_timecode": clock.timecode(clock.start_frame),
            "kind": record["kind"],
            "decision": record["decision"],
            "meaning": record["meaning"],
            "reason": record["reason"],
            "failed": _failed_items(record, template),
            "notes": [
                {
                    "number": m.number,
                    "tc_in": m.tc_in,
                    "tc_out": m.tc_out if m.end_frame is not None else "",
                    "author": m.author,
                    "text": m.text,
                    "still": stills.get(m.number),
                }
                for m in marks
            ],
            "signer": dict(record["signer"]),
            "signed_at": record["signed_at"],
            "signed_at_display": local.strftime("%d/%m/%Y %H:%M")
            + f" (UTC{local.strftime('%z')[:3]}:{local.strftime('%z')[3:]})",
            "record_sha256": so.record_sha256,
            "namespace": namespace,
            "exported_at": format_rfc3339(self.clock()),
        }
