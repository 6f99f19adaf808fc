"""Verifying a large library against raw Ed25519 verification, measured in the same run.

Builds a library of ``count`` real sign-offs by a head certified by the library's station (real
station key, real OpenSSH certificate carried by every signature) directly in the database (bulk inserts of real
signed records, real SSHSIG signatures and a real audit chain made with core.audit.make_event —
going through the service would only add Argon2 unlocks), exactly as the service lays them out:
each sign-off event is followed by its signed checkpoint event. Then:

* ``verify_s``: ``reviewer verify`` (Verifier.verify) over the whole library: chain hashes, links,
  canonical payloads, every signature (records and checkpoints), record/event agreement, keys;
* ``raw_ed25519_s``: plain ``Ed25519PublicKey.verify`` of the same signatures (same count, same
  bytes, preimages precomputed), the floor no verifier can beat;
* ``ratio`` = raw / verify over the same signatures (target >= 1.0 with the default workers,
  >= 0.85 in one process, with every signer's certificate checked), and ``ratio_per_signoff``
  against raw verification of one signature per sign-off (the checkpoint signatures are extra).
  ``verify`` uses the configured worker processes (one per core by default; the raw baseline is
  one loop in one process), ``ratio_one_process`` is the same run with a single process; the
  three are measured in ``rounds`` interleaved rounds (raw, default workers, one process) and the
  best of each is compared (each round's ratios are printed too: the machine's speed drifts);
* ``single_clip_ms``: median time of one clip's approval state (the desk's badge), target <= 20 ms.

Prints JSON. ``python -m bench.verify [COUNT]`` (default 100000).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def _sshsig_preimage(namespace: str, message: bytes) -> bytes:
    def string(b: bytes) -> bytes:
        return len(b).to_bytes(4, "big") + b

    return (
        b"SSHSIG"
        + string(namespace.encode())
        + string(b"")
        + string(b"sha512")
        + string(hashlib.sha512(message).digest())
    )


def _raw_signature(armored: str) -> bytes:
    body = "".join(armored.strip().splitlines()[1:-1])
    return base64.b64decode(body)[-64:]


class _MemoryVault:
    """The key vault of the bench: a dict (the bench measures verification, not the OS keyring)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def check_backend(self) -> None:
        return None

    def store(self, fingerprint: str, blob: bytes) -> None:
        self.blobs[fingerprint] = bytes(blob)

    def load(self, fingerprint: str) -> bytes:
        return self.blobs[fingerprint]

    def has(self, fingerprint: str) -> bool:
        return fingerprint in self.blobs

    def delete(self, fingerprint: str) -> None:
        self.blobs.pop(fingerprint, None)


class _MemoryWitness:
    """The rollback witness store of the bench (a dict, as the keyring would hold it)."""

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}

    def read(self, library_id: str) -> bytes | None:
        return self.entries.get(library_id)

    def write(self, library_id: str, data: bytes) -> None:
        self.entries[library_id] = data


def _use_memory_stores(services, stores) -> None:
    from reviewer.core.witness import Witness

    vault, witness_store = stores
    witness = Witness(witness_store)
    services.station.vault = services.signoff.vault = vault
    services.station.witness = services.verifier.witness = witness


def build_library(home: Path, count: int, stores, batch: int = 2000) -> dict:
    """A library of ``count`` approvals (one clip each) by a head certified by the library's
    station, built with bulk inserts."""
    from sqlalchemy import insert

    from reviewer.core import audit as core_audit
    from reviewer.core.canonical import format_rfc3339, sha256_hex
    from reviewer.core.checkpoints import write_checkpoint_file
    from reviewer.core.record import build_approval_record, meaning_text, record_bytes
    from reviewer.core.trust import CHECKPOINT_NAMESPACE, namespace_for
    from reviewer.security import keys, signer
    from reviewer.services import build_services
    from reviewer.storage.models import AuditRow, ClipRow, SignoffRow, VersionRow

    services = build_services(str(home), None)
    try:
        _use_memory_stores(services, stores)
        signer.NEW_KEY_KDF = keys.KdfParams.for_tests()  # key making is not what is measured
        station_pass, head_pass = "Trạm phát sóng bí mật 77", "Bí mật ký số 2024!"
        services.station.init(name="Đài PT-TH Thử nghiệm", passphrase=station_pass)
        principal = "giamdoc@dai.vn"
        services.station.enrol_new_key(
            principal=principal,
            name="Nguyễn Văn An",
            title="Giám đốc",
            role="head",
            passphrase=head_pass,
            station_passphrase=station_pass,
        )
        trust_key, cert = services.station.signer(principal)
        station = services.station.station()
        unlocked = services.signoff.crypto.unlock(stores[0].load(trust_key.fingerprint), head_pass, cert.line)
        public = services.signoff.crypto._public(trust_key.public_key)
        fp = trust_key.fingerprint
        ns = namespace_for("approval")
        cp_ns = CHECKPOINT_NAMESPACE
        head = services.library.audit_head()
        template = services.signoff.template()
        answers = [{"item_id": i, "result": "pass", "note": ""} for i in template.item_ids]
        post = "Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi). #VTV #thoisu"
        meaning = f"{meaning_text('approve', 'Facebook', 'vi')} / {meaning_text('approve', 'Facebook', 'en')}"
        now = datetime.now(timezone.utc)
        clips, versions, events, signoffs = [], [], [], []
        raw = []  # (raw signature, preimage) of every signature, for the baseline
        db = services.db

        def flush() -> None:
            with db.write_scope() as s:
                if clips:
                    s.execute(insert(ClipRow), clips)
                    s.execute(insert(VersionRow), versions)
                s.execute(insert(AuditRow), events)
                if signoffs:
                    s.execute(insert(SignoffRow), signoffs)
            clips.clear(), versions.clear(), events.clear(), signoffs.clear()

        for i in range(1, count + 1):
            clip_id = f"clip-{i:06d}"
            sha = hashlib.sha256(clip_id.encode()).hexdigest()
            clips.append(
                dict(
                    id=clip_id,
                    title=f"Bản tin số {i}",
                    platform="facebook",
                    priority=3,
                    deadline=None,
                    political=bool(i % 3 == 0),
                    author="Nguyễn Thu Hà",
                    status="approved",
                    created_at=now,
                    updated_at=now,
                    current_version=1,
                    current_sha256=sha,
                    duration_ms=45_000,
                )
            )
            versions.append(
                dict(
                    id=i,
                    clip_id=clip_id,
                    number=1,
                    sha256=sha,
                    size=12_345_678,
                    original_name=f"bản tin {i}.mp4",
                    duration_ms=45_000,
                    width=1920,
                    height=1080,
                    fps=25.0,
                    video_codec="h264",
                    audio_codec="aac",
                    container="mp4",
                    ingested_at=now,
                    store_path=f"media/{sha[:2]}/{sha}.mp4",
                    thumbnail_path=None,
                    warnings_json="[]",
                )
            )
            signed_at = format_rfc3339(now + timedelta(milliseconds=i))
            record = build_approval_record(
                kind="approval",
                clip_id=clip_id,
                version=1,
                clip={"sha256": sha, "size": 12_345_678, "duration_ms": 45_000, "file_name": f"bản tin {i}.mp4"},
                captions=[{"file_name": f"bản tin {i}.vi.srt", "sha256": sha256_hex(sha.encode()), "language": "vi"}],
                post_text=post,
                checklist={"id": template.id, "hash": template.hash, "answers": answers},
                notes=[{"start_ms": 12_500, "end_ms": 15_000, "text": "Kiểm tra lại chức danh", "author": principal}],
                decision="approve",
                meaning=meaning,
                reason="",
                signer={
                    "principal": principal,
                    "name": "Nguyễn Văn An",
                    "title": "Giám đốc",
                    "role": "head",
                    "key_fingerprint": fp,
                    "certificate_serial": cert.serial,
                    "station_fingerprint": station.fingerprint,
                },
                signed_at=signed_at,
                coverage={
                    "fraction": 1.0,
                    "intervals": [[0, 45_000]],
                    "viewed_ms": 45_000,
                    "duration_ms": 45_000,
                    "rule": {"require_full_view": True, "tolerance_ms": 250},
                },
                signed_from="desk",
                app_version="0.1.0",
                prev_audit_hash=head.hash,
            )
            data = record_bytes(record)
            rsha = sha256_hex(data)
            sig = unlocked.sign(data, ns)
            payload = {
                "clip_id": clip_id,
                "version": 1,
                "record_kind": "approval",
                "decision": "approve",
                "record_sha256": rsha,
                "principal": principal,
                "key_fingerprint": fp,
                "signed_at": signed_at,
                "signed_from": "desk",
                "namespace": ns,
                "certificate_serial": cert.serial,
            }
            ev = core_audit.make_event(head, principal, "signoff", payload, signature=sig, time=signed_at)
            cp = core_audit.make_checkpoint(ev, principal, fp, time=signed_at)
            cp_sig = unlocked.sign(cp.checkpoint_bytes(), cp_ns)
            cp_ev = core_audit.checkpoint_event(ev, principal, cp, cp_sig)
            for e in (ev, cp_ev):
                events.append(
                    dict(
                        seq=e.seq,
                        time=e.time,
                        actor=e.actor,
                        kind=e.kind,
                        clip_id=clip_id if e is ev else None,
                        payload=e.payload_json,
                        prev_hash=e.prev_hash,
                        hash=e.hash,
                        signature=e.signature,
                    )
                )
            signoffs.append(
                dict(
                    clip_id=clip_id,
                    version_id=i,
                    kind="approval",
                    decision="approve",
                    record=data,
                    record_sha256=rsha,
                    signature=sig,
                    principal=principal,
                    fingerprint=fp,
                    signed_at=now + timedelta(milliseconds=i),
                    audit_seq=ev.seq,
                    revokes_id=None,
                )
            )
            raw.append((_raw_signature(sig), _sshsig_preimage(ns, data)))
            raw.append((_raw_signature(cp_sig), _sshsig_preimage(cp_ns, cp.checkpoint_bytes())))
            head = cp_ev
            if i % batch == 0:
                flush()
        if events:
            flush()
        # The newest checkpoint as a file, as the service writes after each sign-off, and the
        # witness at the chain's head, as the service keeps it.
        write_checkpoint_file(home / "checkpoints", cp, cp_sig)
        services.station.note(station, head)
        return {"public": public, "raw": raw, "events": head.seq}
    finally:
        services.close()


def run(count: int = 100_000, single_runs: int = 200, rounds: int = 3) -> dict:
    """Build, verify, compare; returns the JSON-ready results."""
    from reviewer.services import build_services

    with tempfile.TemporaryDirectory(prefix="bench-verify-") as d:
        home = Path(d) / "home"
        t0 = time.perf_counter()
        stores = (_MemoryVault(), _MemoryWitness())
        built = build_library(home, count, stores)
        build_s = time.perf_counter() - t0
        public, raw = built["public"], built["raw"]

        services = build_services(str(home), None)
        try:
            _use_memory_stores(services, stores)
            workers = services.verifier.workers
            # Interleaved rounds, best of each: this machine's speed drifts by up to a third over
            # seconds, and a baseline measured once, minutes away from the verification, drifts with it.
            raw_runs: list[float] = []
            verify_runs: list[float] = []
            one_runs: list[float] = []
            for _ in range(rounds):
                t = time.perf_counter()
                for sig, data in raw:
                    public.verify(sig, data)
                raw_runs.append(time.perf_counter() - t)
                t = time.perf_counter()
                report = services.verifier.verify()
                verify_runs.append(time.perf_counter() - t)
                assert report.ok, report.problems[:3]
                assert report.signoffs == count and report.signatures == len(raw) + 2  # + station, enrolment
                t = time.perf_counter()
                single = services.verifier.verify(workers=1)
                one_runs.append(time.perf_counter() - t)
                assert single.ok and single.signatures == len(raw) + 2
            raw_all_s, verify_s, verify_one_s = min(raw_runs), min(verify_runs), min(one_runs)

            t = time.perf_counter()
            for sig, data in raw[::2]:
                public.verify(sig, data)
            raw_signoffs_s = time.perf_counter() - t

            rng = random.Random(7)
            times = []
            for _ in range(single_runs):
                clip = f"clip-{rng.randint(1, count):06d}"
                t = time.perf_counter()
                state = services.verifier.approval_state(clip, check_files=False)
                times.append(time.perf_counter() - t)
                assert state.state == "valid", state.problems
        finally:
            services.close()
        db_mb = (home / "reviewer.db").stat().st_size / 1e6
    return {
        "signoffs": count,
        "events": built["events"],
        "signatures_verified": len(raw),
        "db_mb": round(db_mb, 1),
        "build_s": round(build_s, 1),
        "cpu_cores": os.cpu_count(),
        "verify_workers": workers,
        "verify_s": round(verify_s, 3),
        "verify_signatures_per_s": round(len(raw) / verify_s),
        "raw_ed25519_same_signatures_s": round(raw_all_s, 3),
        "raw_ed25519_per_s": round(len(raw) / raw_all_s),
        "ratio": round(raw_all_s / verify_s, 3),
        "ratio_target": 1.0,
        "verify_one_process_s": round(verify_one_s, 3),
        "ratio_one_process": round(raw_all_s / verify_one_s, 3),
        "ratio_one_process_target": 0.85,
        "raw_ed25519_one_per_signoff_s": round(raw_signoffs_s, 3),
        "ratio_per_signoff": round(raw_signoffs_s / verify_s, 3),
        "rounds": rounds,
        "ratio_per_round": [round(r / v, 3) for r, v in zip(raw_runs, verify_runs, strict=True)],
        "ratio_one_process_per_round": [round(r / v, 3) for r, v in zip(raw_runs, one_runs, strict=True)],
        "single_clip_ms_median": round(statistics.median(times) * 1000, 2),
        "single_clip_ms_p95": round(sorted(times)[int(len(times) * 0.95) - 1] * 1000, 2),
        "single_clip_target_ms": 20,
    }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(json.dumps(run(n), indent=2))
    sys.exit(0)
