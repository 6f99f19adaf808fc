"""What "the library is consistent" means, checked from the outside after every trial.

The checks read the SQLite file with the standard ``sqlite3`` module and hash the files on disk
themselves, so a bug in the library code cannot hide behind itself; only the audit chain goes
through ``Library.audit_events()`` and ``verify_chain``, as ``reviewer verify`` does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# build_services runs Alembic, whose context is module-global: one opener at a time per process.
_OPEN_LOCK = threading.Lock()

_SHA_NAME = re.compile(r"^([0-9a-f]{64})(\.[A-Za-z0-9]+)?$")
TEMP_PATTERNS = (("tmp", "stage-*"), ("tmp", "pkg-*"), ("thumbs", ".thumb-*"))


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def temp_leftovers(home: Path) -> list[Path]:
    """Staged files, unpacked packages and half-written thumbnails present in the home."""
    found: list[Path] = []
    for sub, pattern in TEMP_PATTERNS:
        found.extend(sorted((home / sub).glob(pattern)))
    return found


def open_services(home: Path):
    """Open the library the way the desk does (migrations, stale temp cleaning); caller closes."""
    from reviewer.services import build_services

    with _OPEN_LOCK:
        return build_services(str(home), None)


def integrity(db_file: Path) -> str:
    """``PRAGMA integrity_check`` of the SQLite file, read with the standard module."""
    con = sqlite3.connect(db_file, timeout=60)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    return "; ".join(str(r[0]) for r in rows)


@dataclass
class Snapshot:
    """What a user could see of the library: versions (sha -> clip id) and clips."""

    versions: dict[str, str] = field(default_factory=dict)
    clips: set[str] = field(default_factory=set)
    events: int = 0


def snapshot(db_file: Path) -> Snapshot:
    """Read the versions, clips and audit length straight from the database file."""
    snap = Snapshot()
    if not db_file.exists():
        return snap
    con = sqlite3.connect(db_file, timeout=60)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "clip_versions" not in tables:
            return snap
        snap.versions = dict(con.execute("SELECT sha256, clip_id FROM clip_versions"))
        snap.clips = {r[0] for r in con.execute("SELECT id FROM clips")}
        snap.events = con.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    finally:
        con.close()
    return snap


def data_problems(home: Path) -> list[str]:
    """Everything wrong between the database rows, the audit events and the files on disk."""
    problems: list[str] = []
    db_file = home / "reviewer.db"
    con = sqlite3.connect(db_file, timeout=60)
    try:
        versions = con.execute(
            "SELECT id, clip_id, number, sha256, size, store_path, thumbnail_path FROM clip_versions"
        ).fetchall()
        clips = con.execute("SELECT id, current_version, current_sha256 FROM clips").fetchall()
        captions = con.execute("SELECT version_id, file_name, sha256, store_path FROM caption_tracks").fetchall()
        events = con.execute(
            "SELECT seq, kind, clip_id, payload FROM audit_events WHERE kind IN ('ingest', 'new_version')"
        ).fetchall()
    finally:
        con.close()

    by_clip: dict[str, list[tuple[int, str]]] = {}
    for _vid, clip_id, number, sha, size, store_path, thumb in versions:
        by_clip.setdefault(clip_id, []).append((number, sha))
        f = home / store_path
        if not store_path.startswith("media/"):
            problems.append(f"version {clip_id} v{number}: store path {store_path!r} is outside media/")
        if not f.is_file():
            problems.append(f"version {clip_id} v{number}: file {store_path} is missing")
        else:
            if f.stat().st_size != size:
                problems.append(f"version {clip_id} v{number}: file size {f.stat().st_size} != recorded {size}")
            if sha256_file(f) != sha:
                problems.append(f"version {clip_id} v{number}: file {store_path} does not hash to its recorded sha256")
        if thumb:
            t = home / thumb
            if not t.is_file():
                problems.append(f"version {clip_id} v{number}: thumbnail {thumb} is missing")
            else:
                data = t.read_bytes()
                if not (data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"):
                    problems.append(f"version {clip_id} v{number}: thumbnail {thumb} is not a whole JPEG")
    for clip_id, current, current_sha in clips:
        numbers = sorted(by_clip.get(clip_id, []))
        if not numbers:
            problems.append(f"clip {clip_id} has no version")
            continue
        if [n for n, _ in numbers] != list(range(1, len(numbers) + 1)):
            problems.append(f"clip {clip_id}: version numbers {[n for n, _ in numbers]} are not 1..n")
        if current != numbers[-1][0] or current_sha != numbers[-1][1]:
            problems.append(f"clip {clip_id}: current version {current} does not match its newest version")
    version_ids = {v[0] for v in versions}
    for version_id, name, sha, store_path in captions:
        if version_id not in version_ids:
            problems.append(f"caption {name} belongs to no version")
        f = home / store_path
        if not f.is_file():
            problems.append(f"caption {name}: file {store_path} is missing")
        elif sha256_file(f) != sha:
            problems.append(f"caption {name}: file {store_path} does not hash to its recorded sha256")

    # The trail and the data never disagree: one ingest/new_version event per version, same bytes.
    recorded = {(v[1], v[2]): v[3] for v in versions}
    seen: set[tuple[str, int]] = set()
    for seq, kind, clip_id, payload in events:
        p = json.loads(bytes(payload))
        key = (p.get("clip_id"), p.get("version"))
        if clip_id != p.get("clip_id"):
            problems.append(f"audit seq {seq}: filed under clip {clip_id!r} but its payload names {p.get('clip_id')!r}")
        if key in seen:
            problems.append(f"audit seq {seq}: a second {kind} event for {key}")
        seen.add(key)
        if recorded.get(key) != p.get("sha256"):
            problems.append(f"audit seq {seq}: {kind} of {key} names bytes the library does not hold")
    for key in recorded:
        if key not in seen:
            problems.append(f"version {key[0]} v{key[1]} has no audit event")

    # The media store holds only whole files under their content address, read-only.
    media = home / "media"
    for f in sorted(media.rglob("*")) if media.is_dir() else []:
        if f.is_dir():
            continue
        m = _SHA_NAME.match(f.name)
        if m is None or f.parent.name != f.name[:2]:
            problems.append(f"media/{f.relative_to(media)}: not a content address (a temporary or stray file)")
            continue
        if sha256_file(f) != m.group(1):
            problems.append(f"media/{f.relative_to(media)}: half-written or altered (hash does not match its name)")
        if f.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            problems.append(f"media/{f.relative_to(media)}: writable")
    return problems


def unreferenced_media(home: Path) -> int:
    """Whole files in the store that no version or caption names yet (a crash between storing a
    file and committing its row leaves one; the next ingest of the same bytes reuses it)."""
    db_file = home / "reviewer.db"
    media = home / "media"
    if not db_file.exists() or not media.is_dir():
        return 0
    con = sqlite3.connect(db_file, timeout=60)
    try:
        named = {
            r[0]
            for r in con.execute("SELECT store_path FROM clip_versions UNION SELECT store_path FROM caption_tracks")
        }
    finally:
        con.close()
    return sum(1 for f in media.rglob("*") if f.is_file() and f.relative_to(home).as_posix() not in named)


def chain_problems(library) -> list[str]:
    """``verify_chain`` over the library's audit events, as text."""
    from reviewer.core.audit import verify_chain

    return [f"audit chain: {p}" for p in verify_chain(library.audit_events())]


def library_problems(home: Path) -> tuple[list[str], int]:
    """Open the library as the next desk would and check it completely.

    Returns (problems, leftovers): the temporary files crashed runs had left, which the open
    must have removed. ``PRAGMA integrity_check`` runs before the open, on the file exactly as
    the crash left it.
    """
    problems: list[str] = []
    db_file = home / "reviewer.db"
    if db_file.exists():
        ic = integrity(db_file)
        if ic != "ok":
            problems.append(f"integrity_check: {ic}")
    before = temp_leftovers(home)
    services = open_services(home)
    try:
        after = temp_leftovers(home)
        if after:
            problems.append(f"temporary files left after the next open: {[p.name for p in after]}")
        problems += chain_problems(services.library)
        if services.db.integrity_check() != "ok":
            problems.append("integrity_check after open is not ok")
    finally:
        services.close()
    problems += data_problems(home)
    return problems, len(before)


def run_kill_lanes(
    proof,
    *,
    trials: int,
    lanes: int,
    t_work: float,
    seed: str,
    trial: Callable[[int, int, int, random.Random, float, dict], tuple[list[str], dict]],
    tally: Callable[[dict], None],
) -> None:
    """Deliver ``trials`` SIGKILLs from ``lanes`` parallel lanes, each trial's outcome to ``proof``.

    ``trial(lane, j, n, rng, work, state)`` runs the lane's j-th trial (global number n) and returns
    (problems, facts); facts hold at least aim, phase ("finished" when the child ended before its
    kill moment) and delay. ``state`` is the lane's own dict, kept between its trials. ``work``, the
    expected length of the child's working phase, adapts as the lane goes: the machine may be busier
    or idler than at calibration. ``tally(facts)`` adds the check's own counts (under the lock).
    A crash of the harness itself is a failed trial, not a lost run.
    """
    lock = threading.Lock()

    def lane(k: int) -> None:
        rng = random.Random(f"{seed}-{k}-{os.getpid()}-{time.time_ns()}")
        quota = len(range(k, trials, lanes))  # SIGKILLs this lane must deliver
        kills, j, work, state = 0, 0, t_work, {}
        while kills < quota:
            n = j * lanes + k
            try:
                problems, facts = trial(k, j, n, rng, work, state)
            except Exception as exc:  # noqa: BLE001 - reported as the trial's failure
                problems, facts = [f"{type(exc).__name__}: {exc}"], {"aim": "?", "phase": "?", "delay": 0}
            j += 1
            if facts["phase"] != "finished":
                kills += 1
                work *= 1.02
            elif j > 3 * quota + 10:
                problems.append("the child keeps finishing before the kill: the timing calibration is off")
                kills = quota
            else:
                work *= 0.85
            with lock:
                proof.trial(
                    problems,
                    label=f"trial {n} (aimed at {facts['aim']}, killed in {facts['phase']} "
                    f"after {facts['delay']:.3f}s)",
                )
                if facts["phase"] == "finished":
                    proof.tally("runs_that_finished_before_their_kill_moment", "total")
                else:
                    proof.tally("killed_in_phase", facts["phase"])
                tally(facts)

    started = time.monotonic()
    with ThreadPoolExecutor(lanes) as pool:
        for f in [pool.submit(lane, k) for k in range(lanes)]:
            f.result()
    proof.note("sigkills_delivered", trials)
    proof.note("seconds", round(time.monotonic() - started, 1))
    proof.note("lanes", lanes)


# -- signing: the test keyring, templates, and the trust read from the outside -----------------
def use_keyring(services, keyring_file: Path):
    """Point ``services`` (keys, station key, rollback witness) at the test keyring shared with
    child processes through ``keyring_file`` (tests.memory_keyring.FileBackedTestKeyring).

    Injected per Services object rather than installed process-wide, so parallel trial lanes of
    one process each read their own home's keyring."""
    from reviewer.core.witness import Witness
    from reviewer.security.keystore import KeyStore
    from reviewer.security.witness import WITNESS_SERVICE, KeyringWitness
    from tests.memory_keyring import FileBackedTestKeyring

    backend = FileBackedTestKeyring(keyring_file)
    keystore = KeyStore(services.keystore.service, backend=backend)
    witness = Witness(KeyringWitness(store=KeyStore(WITNESS_SERVICE, backend=backend)))
    services.keystore = keystore
    services.station.vault = keystore
    services.station.witness = witness
    services.signoff.vault = keystore
    services.verifier.witness = witness
    return services


def open_signing_services(home: Path, keyring_file: Path):
    """:func:`open_services` with the home's test keyring (see :func:`use_keyring`); caller closes."""
    return use_keyring(open_services(home), keyring_file)


def write_child_keyring(path: Path, passwords: dict, **spec) -> Path:
    """The file a child's FileBackedTestKeyring reads: the keyring entries plus what the driver
    needs (principal, passphrase, station_passphrase, fast_kdf...)."""
    doc = {"keyring": [[s, u, p] for (s, u), p in passwords.items()], **spec}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def copy_keyring(template: Path, to: Path) -> Path:
    """A home's own copy of the template's keyring file (each library copy gets its own witness)."""
    to.write_bytes(template.read_bytes())
    return to


def keyring_entries(keyring_file: Path) -> dict[tuple[str, str], str]:
    """{(service, account): password} of a test keyring file, read with the standard json module."""
    doc = json.loads(keyring_file.read_text(encoding="utf-8")) if keyring_file.exists() else {}
    return {(s, u): p for s, u, p in doc.get("keyring", [])}


@dataclass
class SigningTemplate:
    """A home with clips, a station and an enrolled head (cheap KDF), and its keyring file."""

    home: Path
    keyring: Path  # the child keyring file (entries + principal/passphrases for the driver)
    clip_ids: list[str]
    station_public_key: str | None
    answers: Path | None = None


def signing_template(
    root: Path, sources: list[Path], *, station: bool = True, enrol: bool = True, name: str = "template"
) -> SigningTemplate:
    """Ingest ``sources`` into a new home, create the station and enrol the head (cheap test KDF,
    in-memory keyring written to a file for the children), allow headless signing, and write a
    checklist answers file (every item 'pass')."""
    import keyring

    from reviewer.security import keys, signer
    from tests.memory_keyring import MemoryKeyring
    from tests.signoff_support import HEAD, PASSPHRASE, STATION_NAME, STATION_PASSPHRASE, enroll, ensure_station

    home = root / name
    previous_backend, previous_kdf = keyring.get_keyring(), signer.NEW_KEY_KDF
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    signer.NEW_KEY_KDF = keys.KdfParams.for_tests()
    station_key = None
    try:
        with _OPEN_LOCK:
            from reviewer.services import build_services

            services = build_services(str(home), None)
        try:
            clip_ids: list[str] = []
            for src in sources:
                clip_ids += [r.clip_id for r in services.ingest.ingest([src]) if r.result == "ingested"]
            if station or enrol:
                station_key = ensure_station(services).public_key
            if enrol:
                enroll(services, HEAD, PASSPHRASE)
            services.signing.set_policy("require_full_view", False, actor="test")
            items = services.signoff.template().item_ids
        finally:
            services.close()
    finally:
        keyring.set_keyring(previous_backend)
        signer.NEW_KEY_KDF = previous_kdf
    secrets = write_child_keyring(
        root / f"{name}-keyring.json",
        backend.passwords,
        principal=HEAD[0],
        passphrase=PASSPHRASE,
        station_passphrase=STATION_PASSPHRASE,
        station_name=STATION_NAME,
        fast_kdf=True,
    )
    answers = root / f"{name}-answers.json"
    answers.write_text(json.dumps({i: {"result": "pass", "note": ""} for i in items}), encoding="utf-8")
    return SigningTemplate(home, secrets, sorted(clip_ids), station_key, answers)


def _events(con, kinds: tuple[str, ...]):
    from reviewer.core.audit import AuditEvent

    marks = ",".join("?" * len(kinds))
    rows = con.execute(
        f"SELECT seq, time, actor, kind, payload, prev_hash, hash, signature FROM audit_events "
        f"WHERE kind IN ({marks}) ORDER BY seq",
        kinds,
    ).fetchall()
    return [
        AuditEvent(seq, time, actor, kind, bytes(payload), prev, h, sig)
        for seq, time, actor, kind, payload, prev, h, sig in rows
    ]


@dataclass
class OutsideTrust:
    """What the station-signed events of a library say, checked here without the library's code:
    the station key, and each enrolled key with the certificates the station issued for it."""

    station_key: str | None = None
    station_fp: str | None = None
    library_id: str | None = None
    keys: dict[str, dict] = field(default_factory=dict)  # fp -> {public_key, principal, certs: {line: role}}
    last_seq: int = 0
    hashes: dict[int, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def outside_trust(db_file: Path, expected_station_key: str | None) -> OutsideTrust:
    """Replay the station and key events read with ``sqlite3``: the station event must name
    ``expected_station_key`` (known to the test from the template) and sign itself; every
    enrolment and certification must be signed by it and carry a certificate it issued for that
    key, naming one ``head:``/``editor:`` principal."""
    from reviewer.core import audit as core_audit
    from reviewer.core.trust import STATION_NAMESPACE
    from reviewer.security.signer import SshCrypto

    crypto = SshCrypto()
    out = OutsideTrust()
    con = sqlite3.connect(db_file, timeout=60)
    try:
        events = _events(
            con,
            (
                core_audit.STATION_CREATED,
                core_audit.KEY_ENROLLED,
                core_audit.KEY_CERTIFIED,
                core_audit.KEY_RETIRED,
                core_audit.KEY_REVOKED,
            ),
        )
        out.hashes = dict(con.execute("SELECT seq, hash FROM audit_events"))
    finally:
        con.close()
    out.last_seq = max(out.hashes, default=0)
    for ev in events:
        p = json.loads(ev.payload_json)
        if ev.kind == core_audit.STATION_CREATED:
            if out.station_key is not None:
                out.problems.append(f"seq {ev.seq}: a second station_created event")
                continue
            if expected_station_key is not None and p.get("public_key") != expected_station_key:
                out.problems.append(f"seq {ev.seq}: the station event names another key than the station's")
            if crypto.signature_problem(
                ev.signature or "", ev.payload_json, STATION_NAMESPACE, p.get("public_key", "")
            ):
                out.problems.append(f"seq {ev.seq}: the station event is not signed by its own key")
            out.station_key, out.station_fp, out.library_id = (
                p.get("public_key"),
                p.get("fingerprint"),
                p.get("library_id"),
            )
            continue
        if out.station_key is None:
            out.problems.append(f"seq {ev.seq}: a {ev.kind} event before the station existed")
            continue
        verdict = crypto.signature_problem(ev.signature or "", ev.payload_json, STATION_NAMESPACE, out.station_key)
        if verdict:
            out.problems.append(f"seq {ev.seq}: {ev.kind} not signed by the station key ({verdict})")
            continue
        fp = p.get("key_fingerprint")
        if ev.kind in (core_audit.KEY_ENROLLED, core_audit.KEY_CERTIFIED):
            try:
                info = crypto.certificate(p.get("certificate", ""))
            except Exception as exc:  # noqa: BLE001 - any unreadable certificate is the finding
                out.problems.append(f"seq {ev.seq}: certificate unreadable ({exc})")
                continue
            rp = info.role_principal
            if (
                info.ca_fingerprint != out.station_fp
                or info.key_fingerprint != fp
                or rp is None
                or rp != (p.get("role"), p.get("principal"))
            ):
                out.problems.append(
                    f"seq {ev.seq}: the certificate does not certify {p.get('role')}:{p.get('principal')} "
                    f"key {fp} by the station"
                )
                continue
            key = out.keys.setdefault(
                fp,
                {
                    "public_key": p.get("public_key"),
                    "principal": p.get("principal"),
                    "certs": {},
                    "enrolled_seq": ev.seq,
                },
            )
            key["certs"][info.line] = rp[0]
    return out


def keyring_problems(keyring_file: Path, trust: OutsideTrust, passphrases: dict[str, str]) -> tuple[list[str], dict]:
    """The keyring and the library agree: the station key and every enrolled key the library names
    is in the keyring (the right blob, opened by its passphrase, ``passphrases``: principal ->
    passphrase, "station" for the station key); keys in the keyring that the library does not
    name are orphans (counted: made, then killed before the library recorded them). The rollback
    witness never names an event the chain does not hold, nor one beyond its end."""
    from reviewer.core.witness import WitnessMark
    from reviewer.security import keys
    from reviewer.security.keystore import DEFAULT_SERVICE
    from reviewer.security.witness import WITNESS_SERVICE

    problems: list[str] = []
    entries = keyring_entries(keyring_file)
    named = {}
    if trust.station_fp:
        named[trust.station_fp] = "station"
    for fp, k in trust.keys.items():
        named[fp] = k["principal"]
    for fp, who in named.items():
        encoded = entries.get((DEFAULT_SERVICE, fp))
        if encoded is None:
            problems.append(f"the library names key {fp} of {who} but the keyring does not hold it")
            continue
        blob = base64.b64decode(encoded)
        if keys.read_blob_header(blob)[1] != fp:
            problems.append(f"the keyring entry of {fp} holds another key")
        elif who in passphrases:
            try:
                keys.decrypt_private_key(blob, passphrases[who])
            except Exception as exc:  # noqa: BLE001 - a blob the passphrase cannot open is the finding
                problems.append(f"the keyring entry of {fp} ({who}) does not open with its passphrase: {exc}")
    orphans = [u for (s, u) in entries if s == DEFAULT_SERVICE and u not in named]
    facts = {"orphan_keys": len(orphans), "witness": None}
    mark_text = entries.get((WITNESS_SERVICE, trust.library_id or ""))
    if trust.library_id and mark_text is not None:
        try:
            mark = WitnessMark.parse(base64.b64decode(mark_text))
        except ValueError as exc:
            problems.append(f"the rollback witness is damaged: {exc}")
        else:
            facts["witness"] = mark.seq
            if mark.station_fingerprint != trust.station_fp:
                problems.append("the rollback witness names another station")
            if mark.seq > trust.last_seq:
                problems.append(f"the rollback witness names seq {mark.seq}, beyond the chain's end ({trust.last_seq})")
            elif trust.hashes.get(mark.seq) != mark.hash:
                problems.append(f"the rollback witness names seq {mark.seq} with a hash the chain does not have there")
    return problems, facts


def signed_record_problems(home: Path, reported: list[tuple[str, str]], trust: OutsideTrust) -> tuple[list[str], dict]:
    """Sign-offs, their events, signatures and checkpoint files, read from the outside.

    Every stored record hashes to its recorded sha256 and its SSHSIG verifies over the stored bytes
    under the namespace of its kind, with the enrolled key, carrying a certificate the station
    issued for that key, for a role that may sign that kind; every row has its event and every
    event its row and a checkpoint after it; every checkpoint (event and file) verifies the same
    way under the checkpoint namespace; every sign-off in ``reported`` is there.
    """
    from reviewer.core import audit as core_audit
    from reviewer.core.record import record_sha256
    from reviewer.core.trust import CHECKPOINT_NAMESPACE, namespace_for, role_may_sign
    from reviewer.security.signer import SshCrypto

    problems: list[str] = []
    crypto = SshCrypto()
    con = sqlite3.connect(home / "reviewer.db", timeout=60)
    try:
        rows = con.execute(
            "SELECT id, clip_id, kind, record, record_sha256, signature, fingerprint, audit_seq FROM signoffs"
        ).fetchall()
        events = {
            seq: (kind, json.loads(bytes(payload)), bytes(payload), sig)
            for seq, kind, payload, sig in con.execute(
                "SELECT seq, kind, payload, signature FROM audit_events "
                "WHERE kind IN ('signoff', 'revocation', 'checkpoint')"
            )
        }
    finally:
        con.close()

    def signer_problem(sig: str, data: bytes, namespace: str, fp: str, kind: str | None) -> str | None:
        key = trust.keys.get(fp)
        if key is None:
            return f"signed with key {fp}, which no station-signed enrolment names"
        verdict = crypto.check(sig or "", data, namespace, key["public_key"])
        if verdict.problem:
            return f"signature does not verify ({verdict.problem})"
        role = key["certs"].get(verdict.certificate or "")
        if role is None:
            return "the signature does not carry a certificate the station issued for its key"
        if kind is not None and not role_may_sign(role, kind):
            return f"a {kind} signed by a {role}"
        return None

    by_sha = {}
    for sid, clip_id, kind, record, sha, sig, fp, seq in rows:
        record = bytes(record)
        by_sha[sha] = clip_id
        if record_sha256(record) != sha:
            problems.append(f"signoff #{sid}: stored bytes do not hash to its record_sha256")
        found = signer_problem(sig, record, namespace_for(kind), fp, kind)
        if found:
            problems.append(f"signoff #{sid}: {found}")
        ev = events.get(seq)
        if ev is None or ev[0] not in (core_audit.SIGNOFF, core_audit.REVOCATION):
            problems.append(f"signoff #{sid}: its audit event seq {seq} is missing")
        elif ev[1].get("record_sha256") != sha or ev[1].get("clip_id") != clip_id or ev[3] != sig:
            problems.append(f"signoff #{sid}: audit event seq {seq} names another record")
    row_seqs = {r[7] for r in rows}
    checkpointed = {p.get("seq") for kind, p, _raw, _sig in events.values() if kind == core_audit.CHECKPOINT}
    for seq, (kind, payload, raw, sig) in events.items():
        if kind in (core_audit.SIGNOFF, core_audit.REVOCATION):
            if seq not in row_seqs:
                problems.append(f"audit seq {seq}: a {kind} event without its signed record")
            if seq not in checkpointed:
                problems.append(f"audit seq {seq}: a {kind} event no checkpoint event covers")
        elif kind == core_audit.CHECKPOINT:
            found = signer_problem(sig, raw, CHECKPOINT_NAMESPACE, payload.get("key_fingerprint"), None)
            if found:
                problems.append(f"checkpoint event seq {seq}: {found}")
    for clip_id, sha in reported:
        if by_sha.get(sha) != clip_id:
            problems.append(f"reported sign-off of {clip_id} ({sha[:12]}) is missing after the kill")

    # Checkpoint files: whole, signed, and naming a checkpoint of the chain; or absent.
    cp_payloads = {raw for kind, _p, raw, _sig in events.values() if kind == core_audit.CHECKPOINT}
    folder = home / "checkpoints"
    files = sorted(folder.glob("checkpoint-*.json")) if folder.is_dir() else []
    for f in files:
        data = f.read_bytes()
        try:
            cp = core_audit.parse_checkpoint(data)
        except Exception as exc:  # noqa: BLE001 - any failure to parse is a half-written file
            problems.append(f"{f.name}: does not parse ({exc})")
            continue
        sig_path = f.with_name(f.name + ".sig")
        if not sig_path.is_file():
            problems.append(f"{f.name}: no .sig beside it")
            continue
        found = signer_problem(
            sig_path.read_text(encoding="ascii"), data, CHECKPOINT_NAMESPACE, cp.key_fingerprint, None
        )
        if found:
            problems.append(f"{f.name}: {found}")
        if data not in cp_payloads:
            problems.append(f"{f.name}: names no checkpoint of the chain")
    newest_event = max(
        (p.get("seq", 0) for kind, p, _r, _s in events.values() if kind == core_audit.CHECKPOINT), default=0
    )
    newest_file = max((int(f.stem.split("-")[1]) for f in files), default=0)
    newest_cp_event = max((seq for seq, ev in events.items() if ev[0] == core_audit.CHECKPOINT), default=0)
    facts = {
        "signoffs": len(rows),
        "checkpoint_files": len(files),
        "newest_checkpoint_event": newest_cp_event,
        "checkpoint_file_missing": newest_event > newest_file,
        "tmp_files": len(list(folder.glob(".*.tmp"))) if folder.is_dir() else 0,
    }
    return problems, facts


def verify_problems(home: Path, keyring_file: Path, *, check_files: bool = True) -> list[str]:
    """``reviewer verify --files`` in-process, with the home's keyring (witness included)."""
    services = open_signing_services(home, keyring_file)
    try:
        return [
            f"verify: seq {p.seq} {p.kind}: {p.problem}"
            for p in services.verifier.verify(check_files=check_files).problems
        ]
    finally:
        services.close()


def repair_checkpoints(home: Path, keyring_file: Path) -> Path | None:
    """What ``reviewer verify --repair-checkpoints`` (and the desk on opening) does first."""
    services = open_signing_services(home, keyring_file)
    try:
        return services.signoff.restore_checkpoint_file()
    finally:
        services.close()


def driver_cli(
    home: Path,
    keyring_file: Path,
    *args: str,
    stdin: str | None = None,
    timeout: float = 300,
    prefix: list[str] | None = None,
):
    """``reviewer --home HOME ARGS`` in a child holding the home's test keyring (driver ``cli``)."""
    import subprocess
    import sys

    from tests.reliability.conftest import ROOT, child_env

    cmd = (prefix or []) + [sys.executable, "-m", "tests.reliability.driver", "cli", "--home", str(home), *args]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        timeout=timeout,
        env=child_env(QT_QPA_PLATFORM="offscreen", REVIEWER_TEST_KEYRING=str(keyring_file)),
    )


def verify_and_repair(home: Path, keyring_file: Path, facts: dict) -> list[str]:
    """After a kill or a full disk: ``reviewer verify`` must be clean, or name the one thing a
    crash may leave (the newest checkpoint's file, or the rollback witness never written) with its
    way out; the way out is then taken as a user would, on the command line, and verify must be
    clean afterwards. ``facts`` gets what was repaired."""
    from tests.signoff_support import STATION_PASSPHRASE

    problems = verify_problems(home, keyring_file)
    failed: list[str] = []  # the repair itself going wrong
    if facts.get("checkpoint_file_missing"):
        if not any("has no valid file" in p for p in problems):
            failed.append("the newest checkpoint file is missing and verify did not report it")
        r = driver_cli(home, keyring_file, "verify", "--repair-checkpoints")
        if "restored checkpoint-" not in r.stdout:
            failed.append(
                f"'reviewer verify --repair-checkpoints' did not restore it: {r.stdout.strip()[-300:]} "
                f"{r.stderr.strip()[-300:]}"
            )
        facts["checkpoint_file_restored"] = True
        problems = verify_problems(home, keyring_file)
    if any("holds no rollback witness" in p for p in problems):
        r = driver_cli(
            home,
            keyring_file,
            "station",
            "witness",
            "--reset",
            "--reason",
            "crash trial",
            "--passphrase-stdin",
            stdin=STATION_PASSPHRASE + "\n",
        )
        if r.returncode != 0:
            failed.append(f"'reviewer station witness --reset' failed: {r.stderr.strip()[-300:]}")
        facts["witness_reset"] = True
        problems = verify_problems(home, keyring_file)
    return failed + problems
