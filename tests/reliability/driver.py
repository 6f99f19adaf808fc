"""Child-process drivers for the reliability trials (run as ``python -m tests.reliability.driver``).

``ingest HOME ITEM...``
    Open the library in HOME, print ``READY``, then ingest the items one by one and after each
    commit print ``COMMITTED <clip_id> <sha256>`` (flushed), so a parent that kills this process
    knows exactly which clips the library promised to keep. ``DONE`` at the end.

``sign HOME SECRETS CLIP...``
    Install an in-memory keyring holding the entries of SECRETS (a JSON file the parent wrote:
    ``{"keyring": [[service, user, password]...], "principal": ..., "passphrase": ...}``; the key
    was enrolled with cheap test KDF parameters, recorded in its blob), open the library in HOME,
    print ``READY``, then sign the clips one by one (approve, changes, reject in turn, headless:
    the home's policy has ``require_full_view`` off) and after each commit print
    ``SIGNED <clip_id> <record_sha256>`` (flushed). ``DONE`` at the end.

``enrol HOME SECRETS PREFIX N``
    With the keyring of SECRETS (which also gives ``station_name``, ``station_passphrase`` and
    ``passphrase``; ``fast_kdf`` makes new keys with the cheap test KDF), open the library, print
    ``READY``, create the station if the library has none (``STATION <fingerprint> <seq>``), then
    enrol N signers ``PREFIX-<n>@dai.vn`` (editor, head in turn) certified by the station key,
    printing ``ENROLLED <principal> <fingerprint>`` after each commit. ``DONE`` at the end.

``export HOME SECRETS CLIP DIR...``
    Export the clip's approval package into each DIR in turn, signed by SECRETS' ``principal``
    with its ``passphrase``, printing ``EXPORTED <dir> <files>`` after each. ``DONE`` at the end.

``core-dump SECRETS MODE``
    SECRETS is ``{"blob": base64, "passphrase": ...}``. MODE ``unlock`` opens the key with
    ``SshCrypto.unlock`` (as every signing does), ``raw`` decrypts it without the hardening,
    ``none`` does neither; then prints ``STATE <RLIMIT_CORE soft> <hard> <dumpable 0|1>`` and
    aborts (SIGABRT), which dumps core where core dumps are allowed.

``cli ARG...``
    Run ``reviewer ARG...`` with a Python audit hook that reports every network attempt
    (connect, sendto, getaddrinfo to anything but a Unix socket) as a ``NETWORK ...`` line on
    stderr; exits with reviewer's exit code. With ``REVIEWER_TEST_KEYRING=SECRETS`` (the file of
    ``sign``) the keyring is an in-memory one holding those entries, so ``sign`` works in a child.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def ingest(home: str, items: list[str]) -> int:
    """See the module docstring."""
    from reviewer.services import build_services

    services = build_services(home, None)
    _say("READY")
    try:
        for item in items:
            for r in services.ingest.ingest([Path(item)]):
                if r.result in ("ingested", "new_version"):
                    sha = services.library.version(r.clip_id, r.version).sha256
                    _say(f"COMMITTED {r.clip_id} {sha}")
                elif r.result == "duplicate":
                    _say(f"DUPLICATE {r.clip_id}")
                elif r.result == "attached":
                    _say(f"ATTACHED {r.path}")
                else:
                    _say(f"REJECTED {r.reason}")
    finally:
        services.close()
    _say("DONE")
    return 0


def _memory_keyring(secrets: str) -> dict:
    """Install an in-memory keyring holding the entries of the SECRETS file; returns the file's spec."""
    import json

    import keyring

    from tests.memory_keyring import FileBackedTestKeyring

    # Shared through the file: what this child stores (the rollback witness after a signing, a
    # new key) is there for the parent and the next child, as in a real keyring.
    spec = json.loads(Path(secrets).read_text(encoding="utf-8"))
    keyring.set_keyring(FileBackedTestKeyring(secrets))
    if spec.get("fast_kdf"):  # keys made here use the cheap test KDF too (the blob records it)
        from reviewer.security import keys, signer

        signer.NEW_KEY_KDF = keys.KdfParams.for_tests()
    return spec


def sign(home: str, secrets: str, clip_ids: list[str]) -> int:
    """See the module docstring."""
    from reviewer.core.checklist import Answer
    from reviewer.services import build_services

    spec = _memory_keyring(secrets)
    services = build_services(home, None)
    answers = [Answer(i, "pass", "") for i in services.signoff.template().item_ids]
    _say("READY")
    try:
        for n, clip_id in enumerate(clip_ids):
            decision = ("approve", "changes", "reject")[n % 3]
            r = services.signoff.sign(
                clip_id,
                decision=decision,
                passphrase=spec["passphrase"],
                principal=spec["principal"],
                signed_from="cli",
                answers=answers,
                reason="" if decision == "approve" else f"Lý do {n}",
            )
            _say(f"SIGNED {clip_id} {r.signoff.record_sha256}")
    finally:
        services.close()
    _say("DONE")
    return 0


def enrol(home: str, secrets: str, prefix: str, count: int) -> int:
    """See the module docstring."""
    from reviewer.services import build_services

    spec = _memory_keyring(secrets)
    services = build_services(home, None)
    _say("READY")
    try:
        station = services.station
        if station.station() is None:
            services.set_actor("station")
            made = station.init(name=spec["station_name"], passphrase=spec["station_passphrase"])
            _say(f"STATION {made.station.fingerprint} {made.station.seq}")
        for n in range(count):
            principal = f"{prefix}-{n}@dai.vn"
            role = ("editor", "head")[n % 2]
            key = station.enrol_new_key(
                principal=principal,
                name=f"Người ký {prefix} {n}",
                title="Biên tập viên",
                role=role,
                passphrase=spec["passphrase"],
                station_passphrase=spec["station_passphrase"],
            )
            _say(f"ENROLLED {principal} {key.fingerprint}")
    finally:
        services.close()
    _say("DONE")
    return 0


def export(home: str, secrets: str, clip_id: str, folders: list[str]) -> int:
    """See the module docstring."""
    from reviewer.services import build_services

    spec = _memory_keyring(secrets)
    services = build_services(home, None)
    _say("READY")
    try:
        for folder in folders:
            result = services.exporter.export(
                clip_id, Path(folder), principal=spec["principal"], passphrase=spec["passphrase"]
            )
            _say(f"EXPORTED {result.folder} {len(result.files)}")
    finally:
        services.close()
    _say("DONE")
    return 0


def core_dump(secrets: str, mode: str) -> int:
    """See the module docstring."""
    import base64
    import json
    import resource

    from reviewer.security import hardening, keys
    from reviewer.security.signer import SshCrypto

    spec = json.loads(Path(secrets).read_text(encoding="utf-8"))
    blob = base64.b64decode(spec["blob"])
    held = []
    if mode == "unlock":
        held.append(SshCrypto().unlock(blob, spec["passphrase"]))
    elif mode == "raw":  # what a process that skipped the hardening would hold
        held.append(keys.decrypt_private_key(blob, spec["passphrase"]))
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    _say(f"STATE {soft} {hard} {int(bool(hardening.dumpable()))}")
    os.abort()


def _network_hook(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        family = getattr(sock, "family", None)
        if family != getattr(socket, "AF_UNIX", object()):
            sys.stderr.write(f"NETWORK {event} {args[1:]!r}\n")
    elif event == "socket.getaddrinfo":
        sys.stderr.write(f"NETWORK {event} {args!r}\n")


def cli(argv: list[str]) -> int:
    """See the module docstring (``--canary`` instead tries one connection, to test the test)."""
    sys.addaudithook(_network_hook)
    if argv == ["--canary"]:
        try:
            socket.create_connection(("192.0.2.1", 9), timeout=1)
        except OSError:
            pass
        return 0
    secrets = os.environ.get("REVIEWER_TEST_KEYRING")
    if secrets:
        _memory_keyring(secrets)
    from reviewer.app import main

    return main(argv)


def main(argv: list[str]) -> int:
    """Dispatch ``ingest``, ``sign`` or ``cli``."""
    if argv[:1] == ["ingest"] and len(argv) >= 2:
        return ingest(argv[1], argv[2:])
    if argv[:1] == ["sign"] and len(argv) >= 3:
        return sign(argv[1], argv[2], argv[3:])
    if argv[:1] == ["enrol"] and len(argv) == 5:
        return enrol(argv[1], argv[2], argv[3], int(argv[4]))
    if argv[:1] == ["export"] and len(argv) >= 5:
        return export(argv[1], argv[2], argv[3], argv[4:])
    if argv[:1] == ["core-dump"] and len(argv) == 3:
        return core_dump(argv[1], argv[2])
    if argv[:1] == ["cli"]:
        return cli(argv[1:])
    sys.stderr.write(
        "usage: python -m tests.reliability.driver ingest HOME ITEM... | sign HOME SECRETS CLIP... | "
        "enrol HOME SECRETS PREFIX N | export HOME SECRETS CLIP DIR... | cli ARG...\n"
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
