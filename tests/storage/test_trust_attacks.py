"""Who may approve: every attack of issue 8's table, tried as an insider would, fails.

Each test is one row: an editor with only their own enrolled key, or anyone who can write the
library database (and, where said, its folder), tries to make an approval that passes, or to undo
one quietly. The outcome is always: refused, or reported by ``reviewer verify`` /
``verify-package`` (and ``ssh-keygen`` with the station's published trust file) with a clear line.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from reviewer.core import audit as core_audit
from reviewer.core.canonical import format_rfc3339, sha256_hex
from reviewer.core.record import build_approval_record, parse_record, record_bytes
from reviewer.core.trust import CHECKPOINT_NAMESPACE, PACKAGE_NAMESPACE
from reviewer.errors import NotFoundError, PolicyError, WrongPassphraseError
from tests.signoff_support import (  # noqa: F401 - fixtures
    EDITOR,
    HEAD,
    PASSPHRASE,
    STATION_PASSPHRASE,
    all_pass_answers,
    enroll,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli,
    watch_all,
)

EDITOR_PASSPHRASE = "Mùa thu lá vàng rơi"


@pytest.fixture
def station(services, tmp_path, memory_keyring, fast_kdf):
    """A library with its station, a certified head and editor, two clips, headless signing on,
    one approval by the head; the published trust file and an exported package."""
    for n in (1, 2):
        assert (
            services.ingest.ingest([make_source(tmp_path / f"in{n}", f"news-{n}", variant=n)])[0].result == "ingested"
        )
    enroll(services)
    enroll(services, EDITOR, passphrase=EDITOR_PASSPHRASE)
    services.set_actor(HEAD[0])
    services.signoff.set_policy("require_full_view", False)
    template = services.signoff.template()
    services.signoff.save_answers("news-1", HEAD[0], all_pass_answers(template))
    services.signoff.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="cli")
    trust = tmp_path / "published" / "station_allowed_signers"
    trust.parent.mkdir()
    trust.write_text(services.station.trust_file(), encoding="utf-8")
    services.exporter.render_certificate = None  # no Qt here; every other file is written
    package = tmp_path / "package"
    services.exporter.export("news-1", package, principal=HEAD[0], passphrase=PASSPHRASE)
    return services, trust, package


def _problems(services) -> list[tuple[int, str, str]]:
    return [(p.seq, p.kind, p.problem) for p in services.verifier.verify().problems]


def _ssh(folder: Path, trust: Path, identity: str, namespace: str, sig: str, data: str, *extra: str):
    return subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", str(trust), "-I", identity, "-n", namespace, "-s", sig, *extra],
        stdin=open(folder / data, "rb"),
        cwd=folder,
        capture_output=True,
        text=True,
    )


def _unlocked(services, principal: str, passphrase: str):
    """The key of ``principal`` opened with its certificate, as an insider holding it would."""
    key, cert = services.station.signer(principal)
    blob = services.keystore.load(key.fingerprint)
    return services.signoff.crypto.unlock(blob, passphrase, cert.line), key, cert


def _verify_package(package: Path, trust: Path, *extra: str):
    from reviewer.core.package import parse_trust_file, verify_package
    from reviewer.security.signer import SshCrypto

    crypto = SshCrypto()
    krl = crypto.read_krl(Path(extra[0]).read_bytes()) if extra else None
    return verify_package(package, crypto, trust=parse_trust_file(trust.read_text(encoding="utf-8"), crypto), krl=krl)


def _resum(package: Path, signer=None) -> None:
    """Regenerate SHA256SUMS (and sign it with ``signer``, else leave the old signature)."""
    names = sorted(p.name for p in package.iterdir() if p.name not in ("SHA256SUMS", "SHA256SUMS.sig"))
    sums = "".join(f"{sha256_hex((package / n).read_bytes())}  {n}\n" for n in names).encode()
    (package / "SHA256SUMS").write_bytes(sums)
    if signer is not None:
        (package / "SHA256SUMS.sig").write_text(signer.sign(sums, PACKAGE_NAMESPACE), encoding="ascii")


def _db(services) -> sqlite3.Connection:
    con = sqlite3.connect(services.home / "reviewer.db")
    con.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    return con


# ------------------------------------------------------------------------------------ the rows


def test_an_editor_cannot_forge_a_heads_approval_package(station, tmp_path):
    """Row 1: with only their own enrolled key and no database, an editor rebuilds the package:
    the record says 'head' and names the director, signed with the editor's certified key, own
    checkpoint, allowed_signers and SHA256SUMS (signed too). Against the station's published trust
    file nothing passes: not ssh-keygen, not verify-package."""
    services, trust, package = station
    forged = tmp_path / "forged"
    shutil.copytree(package, forged)
    certified, _key, cert = _unlocked(services, EDITOR[0], EDITOR_PASSPHRASE)
    bare = services.signoff.crypto.unlock(services.keystore.load(certified.fingerprint), EDITOR_PASSPHRASE)
    record = parse_record((forged / "approval.json").read_bytes())
    data = record_bytes(record)  # the very bytes of the real approval
    (forged / "approval.json.sig").write_text(bare.sign(data, "clip-approval"), encoding="ascii")
    (forged / "allowed_signers").write_text(f'{HEAD[0]} namespaces="clip-approval" {bare.public_key}\n')
    editor = certified
    cp = core_audit.make_checkpoint(None, HEAD[0], editor.fingerprint)
    for p in forged.glob("checkpoint-*.json*"):
        p.unlink()
    (forged / "checkpoint-00000001.json").write_bytes(cp.checkpoint_bytes())
    (forged / "checkpoint-00000001.json.sig").write_text(editor.sign(cp.checkpoint_bytes(), CHECKPOINT_NAMESPACE))
    _resum(forged, editor)

    for identity in (f"head:{HEAD[0]}", f"editor:{EDITOR[0]}", f"head:{EDITOR[0]}"):
        r = _ssh(forged, trust, identity, "clip-approval", "approval.json.sig", "approval.json")
        assert r.returncode != 0, (identity, r.stdout)
    # The editor's own allowed_signers "works" for ssh-keygen — which is why only the station's
    # published file may be used, and verify-package never trusts a file from the package.
    assert (
        _ssh(
            forged, forged / "allowed_signers", HEAD[0], "clip-approval", "approval.json.sig", "approval.json"
        ).returncode
        == 0
    )
    report = _verify_package(forged, trust)
    assert not report.ok
    assert "approval.json.sig: it is signed with a bare key, not a key the station certified" in report.problems
    assert any(p.startswith("SHA256SUMS.sig") for p in report.problems)  # the manifest names the head as exporter

    # The editor's signature over the same approval bytes carrying the editor's own certificate:
    # refused as a head's (the certificate says editor) and as an editor's (no clip-approval for editors).
    (forged / "approval.json.sig").write_text(editor.sign(data, "clip-approval"), encoding="ascii")
    _resum(forged, editor)
    for identity in (f"head:{HEAD[0]}", f"editor:{EDITOR[0]}"):
        assert _ssh(forged, trust, identity, "clip-approval", "approval.json.sig", "approval.json").returncode != 0
    report = _verify_package(forged, trust)
    assert any(p.startswith("approval.json.sig: its certificate names editor:") for p in report.problems), (
        report.problems
    )


def test_a_role_edited_in_the_people_table_gives_no_approval(station):
    """Row 2: UPDATE people SET role='head' for an editor, then sign 'approve': the certificate
    says editor, so the signed record is a recommendation; verify names the edited row."""
    services, _trust, _pkg = station
    con = sqlite3.connect(services.home / "reviewer.db")
    con.execute("UPDATE people SET role = 'head' WHERE principal = ?", (EDITOR[0],))
    con.commit()
    con.close()
    svc = services.signoff
    svc.save_answers("news-2", EDITOR[0], all_pass_answers(svc.template()))
    result = svc.sign(
        "news-2", decision="approve", passphrase=EDITOR_PASSPHRASE, principal=EDITOR[0], signed_from="cli"
    )
    assert result.record["kind"] == "recommendation" and result.record["signer"]["role"] == "editor"
    assert services.library.clip("news-2").status.value == "pending"
    problems = _problems(services)
    assert [p[2] for p in problems] == [
        f"the people row of {EDITOR[0]} disagrees with the signed enrolment on name, title or role (table edited)"
    ]


def test_re_enrolling_a_head_needs_the_station_passphrase(station, cli):
    """Row 3: retire the head, then enrol a new head key for the same principal: both need the
    station passphrase; the head's own passphrase or nothing does not do."""
    services, _trust, _pkg = station
    fp = services.station.signer(HEAD[0])[0].fingerprint
    with pytest.raises(WrongPassphraseError):
        services.station.retire(HEAD[0], reason="Nghỉ hưu", station_passphrase=PASSPHRASE)
    services.station.retire(HEAD[0], reason="Nghỉ hưu", station_passphrase=STATION_PASSPHRASE)
    assert not services.keystore.has(fp)  # the retired key left this workstation's keyring
    r = cli(
        "keys",
        "init",
        "--principal",
        HEAD[0],
        "--name",
        HEAD[1],
        "--title",
        HEAD[2],
        "--role",
        "head",
        "--passphrase-stdin",
        stdin=f"Một cụm mật khẩu mới tinh\n{PASSPHRASE}\n",
    )
    assert r.code == 1 and "wrong passphrase" in r.err
    r = cli(
        "keys",
        "init",
        "--principal",
        HEAD[0],
        "--name",
        HEAD[1],
        "--title",
        HEAD[2],
        "--role",
        "head",
        "--passphrase-stdin",
        stdin="Một cụm mật khẩu mới tinh\n",
    )
    assert r.code == 2 and "2 needed" in r.err
    assert services.verifier.verify().ok


def test_a_retired_key_revived_in_the_table_cannot_sign(station):
    """Row 4: UPDATE signing_keys SET retired_at=NULL, then sign with the retired key: refused
    (retirement is the station's signed event), and verify names the edited row."""
    services, _trust, _pkg = station
    fp = services.station.signer(HEAD[0])[0].fingerprint
    blob = services.keystore.load(fp)
    services.station.retire(HEAD[0], reason="Chuyển công tác", station_passphrase=STATION_PASSPHRASE)
    services.keystore.store(fp, blob)  # even with a copy of the encrypted key put back
    con = sqlite3.connect(services.home / "reviewer.db")
    con.execute("UPDATE signing_keys SET retired_at = NULL WHERE fingerprint = ?", (fp,))
    con.commit()
    con.close()
    assert services.signing.active_key(HEAD[0]) is not None  # the table believes it
    with pytest.raises(NotFoundError, match="has no active signing key"):
        services.signoff.sign("news-2", decision="reject", reason="x", passphrase=PASSPHRASE, principal=HEAD[0])
    assert any("signing_keys row" in p[2] and "retirement" in p[2] for p in _problems(services))


def _append_signed(services, unlocked, key, cert, *, signed_at: str, clip_id: str = "news-2"):
    """What an insider with the database and a copy of a key can do: build, sign and append an
    approval (with its checkpoint) at the end of the chain, all hashes right."""
    detail = services.library.clip_detail(clip_id)
    version = detail.current
    template = services.signoff.template()
    station = services.station.station()

    def build(head):
        record = build_approval_record(
            kind="approval",
            clip_id=clip_id,
            version=version.number,
            clip={
                "sha256": version.sha256,
                "size": version.size,
                "duration_ms": version.duration_ms,
                "file_name": version.original_name,
            },
            captions=[{"file_name": c.file_name, "sha256": c.sha256, "language": c.language} for c in version.captions],
            post_text=version.post_text,
            checklist={
                "id": template.id,
                "hash": template.hash,
                "answers": [{"item_id": i, "result": "pass", "note": ""} for i in template.item_ids],
            },
            notes=[],
            decision="approve",
            meaning="Phê duyệt / Approved",
            reason="",
            signer={
                "principal": key.principal,
                "name": key.name,
                "title": key.title,
                "role": cert.role,
                "key_fingerprint": key.fingerprint,
                "certificate_serial": cert.serial,
                "station_fingerprint": station.fingerprint,
            },
            signed_at=signed_at,
            coverage={
                "fraction": 1.0,
                "intervals": [[0, version.duration_ms]],
                "viewed_ms": version.duration_ms,
                "duration_ms": version.duration_ms,
                "rule": {"require_full_view": False, "tolerance_ms": 250},
            },
            signed_from="cli",
            app_version="0",
            prev_audit_hash=head.hash,
        )
        data = record_bytes(record)
        from reviewer.core.canonical import parse_rfc3339
        from reviewer.core.signing_model import SignedDraft

        return SignedDraft(
            kind="approval",
            decision="approve",
            record=data,
            record_sha256=sha256_hex(data),
            signature=unlocked.sign(data, "clip-approval"),
            principal=key.principal,
            fingerprint=key.fingerprint,
            signed_at=parse_rfc3339(signed_at),
            event_kind=core_audit.SIGNOFF,
            payload={
                "clip_id": clip_id,
                "version": version.number,
                "record_kind": "approval",
                "decision": "approve",
                "record_sha256": sha256_hex(data),
                "principal": key.principal,
                "key_fingerprint": key.fingerprint,
                "signed_at": signed_at,
                "signed_from": "cli",
                "namespace": "clip-approval",
                "certificate_serial": cert.serial,
            },
        )

    return services.signing.commit_signed(
        clip_id=clip_id,
        version_id=version.id,
        actor=key.principal,
        build=build,
        status="approved",
        revokes_id=None,
        checkpoint=services.signoff.checkpoint_fn(unlocked, key.principal),
    )


def test_a_retired_key_signing_back_dated_records_is_reported_and_not_exported(station, tmp_path):
    """Row 5: the retired head, with a copy of the key and the passphrase and write access to the
    database, signs an approval back-dated before the retirement (and one before the key even
    existed). verify names both, export refuses, and a package of the second fails verify-package
    and ssh-keygen (-Overify-time = the claimed time is outside the certificate)."""
    services, trust, _pkg = station
    unlocked, key, cert = _unlocked(services, HEAD[0], PASSPHRASE)
    services.station.retire(HEAD[0], reason="Nghỉ hưu", station_passphrase=STATION_PASSPHRASE)
    retired_seq = services.station.trust().key(key.fingerprint).retired_seq
    before_retirement = format_rfc3339(services.signoff.clock())
    result = _append_signed(services, unlocked, key, cert, signed_at=before_retirement)
    problems = [p for p in _problems(services) if p[0] == result.event.seq]
    assert problems and f"was retired at seq {retired_seq}" in problems[0][2]
    with pytest.raises(PolicyError, match="does not verify"):
        services.exporter.export("news-2", tmp_path / "out", principal=EDITOR[0], passphrase=EDITOR_PASSPHRASE)
    assert not (tmp_path / "out").exists()

    before_the_key = "2020-01-01T00:00:00.000Z"
    result = _append_signed(services, unlocked, key, cert, signed_at=before_the_key)
    problems = " ".join(p[2] for p in _problems(services) if p[0] == result.event.seq)
    assert "outside its certificate's validity" in problems and "back-dated" in problems
    folder = tmp_path / "hand-made"
    folder.mkdir()
    (folder / "approval.json").write_bytes(result.signoff.record)
    (folder / "approval.json.sig").write_text(result.signoff.signature, encoding="ascii")
    r = _ssh(
        folder,
        trust,
        f"head:{HEAD[0]}",
        "clip-approval",
        "approval.json.sig",
        "approval.json",
        "-Overify-time=20200101000000Z",
    )
    assert r.returncode != 0
    report = _verify_package(folder, trust)
    assert any("outside its certificate's validity" in p for p in report.problems)


def test_a_key_and_approval_inserted_into_the_database_are_reported(station, tmp_path, memory_keyring):
    """Row 6: insert one's own key row, an approval signed with it and a checkpoint directly into
    the database: no station-signed enrolment names the key. verify --files names the rows and
    the records, export refuses, verify-package rejects a package of it."""
    services, trust, _pkg = station
    from reviewer.core.model import Person, Role
    from reviewer.core.signing_model import SigningKey
    from reviewer.core.trust import CertRecord, KeyTrust

    crypto = services.signoff.crypto
    new = crypto.new_key("Kẻ mạo danh có mật khẩu dài")
    rogue = crypto.unlock(new.blob, "Kẻ mạo danh có mật khẩu dài")
    # The attacker makes its own "station" to certify itself as a head.
    fake_ca = crypto.unlock(crypto.new_key("Trạm giả mạo bí mật 42").blob, "Trạm giả mạo bí mật 42")
    cert_line = fake_ca.certify(
        new.public_key,
        principal="head:mallory@dai.vn",
        key_id="x",
        serial=99,
        valid_after=0,
        valid_before=4_000_000_000,
    )
    rogue = rogue.with_certificate(cert_line)
    con = sqlite3.connect(services.home / "reviewer.db")
    con.execute(
        "INSERT INTO people (principal, name, title, role, created_at) VALUES (?, ?, ?, ?, ?)",
        ("mallory@dai.vn", "Mallory", "Giám đốc", "head", "2026-01-01 00:00:00.000000"),
    )
    con.execute(
        "INSERT INTO signing_keys (fingerprint, principal, public_key, created_at, certificate, serial) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (new.fingerprint, "mallory@dai.vn", new.public_key, "2026-01-01 00:00:00.000000", cert_line, 99),
    )
    con.commit()
    con.close()
    key = KeyTrust(
        fingerprint=new.fingerprint,
        public_key=new.public_key,
        principal="mallory@dai.vn",
        name="Mallory",
        title="Giám đốc",
        role="head",
        enrolled_seq=0,
    )
    cert = CertRecord(
        line=cert_line,
        serial=99,
        role="head",
        principal="mallory@dai.vn",
        valid_after=0,
        valid_before=4_000_000_000,
        seq=0,
    )
    del Person, Role, SigningKey
    result = _append_signed(services, rogue, key, cert, signed_at=format_rfc3339(services.signoff.clock()))
    problems = _problems(services)
    texts = " ".join(p[2] for p in problems)
    assert any(p[0] == result.event.seq and "no enrolment" in p[2] for p in problems)
    assert f"signing_keys holds key {new.fingerprint}" in texts
    with pytest.raises(PolicyError):
        services.exporter.export("news-2", tmp_path / "out", principal=HEAD[0], passphrase=PASSPHRASE)
    folder = tmp_path / "rogue"
    folder.mkdir()
    (folder / "approval.json").write_bytes(result.signoff.record)
    (folder / "approval.json.sig").write_text(result.signoff.signature, encoding="ascii")
    report = _verify_package(folder, trust)
    assert any("which the trust file does not name" in p for p in report.problems)
    assert (
        _ssh(folder, trust, "head:mallory@dai.vn", "clip-approval", "approval.json.sig", "approval.json").returncode
        != 0
    )


def test_a_rolled_back_library_is_caught_by_the_keyring_witness(station, tmp_path):
    """Row 7: copy the database, revoke an approval, restore the copy and delete the newer
    checkpoint files: the chain is now behind what the OS keyring witnessed."""
    services, _trust, _pkg = station
    home = services.home
    copy = tmp_path / "copy.db"
    services.db.dispose()
    shutil.copyfile(home / "reviewer.db", copy)
    before = {p.name for p in (home / "checkpoints").iterdir()}
    services.signoff.revoke("news-1", reason="Sai số liệu", passphrase=PASSPHRASE, principal=HEAD[0])
    services.db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{home / 'reviewer.db'}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, home / "reviewer.db")
    for p in (home / "checkpoints").iterdir():
        if p.name not in before:
            p.unlink()
    r = run_cli(home, "verify")
    assert r.code == 1
    assert "the OS keyring witnessed seq" in r.out and "the library was rolled back" in r.out
    assert services.verifier.approval_state("news-1").state == "valid"  # the rolled-back table says so…
    with pytest.raises(PolicyError, match="does not verify, nothing is exported"):  # …export does not believe it
        services.exporter.export("news-1", tmp_path / "out", principal=HEAD[0], passphrase=PASSPHRASE)


def test_an_older_database_alone_cannot_export_a_revoked_approval(station, tmp_path):
    """Row 8: restore an older database only (checkpoint files left): verify catches it and
    export refuses the approval that was revoked since."""
    services, _trust, _pkg = station
    home = services.home
    services.db.dispose()
    shutil.copyfile(home / "reviewer.db", tmp_path / "old.db")
    services.signoff.revoke("news-1", reason="Sai số liệu", passphrase=PASSPHRASE, principal=HEAD[0])
    services.db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{home / 'reviewer.db'}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "old.db", home / "reviewer.db")
    assert not services.verifier.verify().ok
    with pytest.raises(PolicyError, match="does not verify, nothing is exported"):
        services.exporter.export("news-1", tmp_path / "out", principal=HEAD[0], passphrase=PASSPHRASE)
    assert not (tmp_path / "out").exists()


def test_dropped_triggers_and_deleted_security_events_are_reported(station):
    """Row 9: drop the append-only triggers and delete the wrong-passphrase, lock and export
    events after the last checkpoint: the missing triggers are reported, and the chain ends before
    what the keyring witnessed."""
    services, _trust, _pkg = station
    for _ in range(5):
        with pytest.raises((WrongPassphraseError, Exception)):
            services.signoff.sign("news-2", decision="reject", reason="x", passphrase="sai", principal=HEAD[0])
    last_cp = services.signing.last_event("checkpoint").seq
    con = _db(services)
    kinds = [r[0] for r in con.execute("SELECT kind FROM audit_events WHERE seq > ? ORDER BY seq", (last_cp,))]
    assert kinds.count("wrong_passphrase") == 5 and "signing_locked" in kinds
    con.execute("DELETE FROM audit_events WHERE seq > ?", (last_cp,))
    con.commit()
    con.close()
    problems = [p[2] for p in _problems(services)]
    assert any("append-only trigger audit_events_no_update of audit_events is missing" in p for p in problems)
    assert any("the OS keyring witnessed seq" in p for p in problems)


@pytest.mark.parametrize("tamper", ["certificate.html", "VERIFY.txt", "extra video", "symlink", "subfolder"])
def test_a_package_with_an_edited_or_added_file_fails_even_with_new_sums(station, tmp_path, tamper):
    """Row 10: edit certificate.html or VERIFY.txt, or add a video file, and regenerate SHA256SUMS:
    its signature no longer verifies (or the file is not covered); symlinks and folders are refused."""
    services, trust, package = station
    pkg = tmp_path / "p"
    shutil.copytree(package, pkg)
    if tamper == "certificate.html":
        (pkg / "VERIFY.txt").write_text("(certificate edited)", encoding="utf-8")
        _resum(pkg)
    elif tamper == "VERIFY.txt":
        (pkg / "VERIFY.txt").write_text("Không cần kiểm tra gì cả.", encoding="utf-8")
        _resum(pkg)
    elif tamper == "extra video":
        (pkg / "bản thay thế.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
        _resum(pkg)
    elif tamper == "symlink":
        (pkg / "link.mp4").symlink_to(next(pkg.glob("*.mp4")))
    else:
        (pkg / "more").mkdir()
    report = _verify_package(pkg, trust)
    assert not report.ok
    text = " ".join(report.problems)
    if tamper in ("symlink", "subfolder"):
        assert "symbolic link" in text or "not a regular file" in text
    else:
        assert "SHA256SUMS.sig" in text
        r = _ssh(pkg, trust, f"head:{HEAD[0]}", "clip-package", "SHA256SUMS.sig", "SHA256SUMS")
        assert r.returncode != 0


def test_an_unlocked_key_leaves_no_core_dump(tmp_path, fast_kdf):
    """Row 11: a process that opened a key can no longer dump core (RLIMIT_CORE 0, not dumpable)."""
    import sys

    script = (
        "import resource, sys\n"
        "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # as much as this test run allows\n"
        "from reviewer.security import keys, signer\n"
        "from reviewer.security.hardening import dumpable\n"
        "crypto = signer.SshCrypto(kdf=keys.KdfParams.for_tests())\n"
        "before = dumpable()\n"
        "new = crypto.new_key('Khóa thử nghiệm rất dài 1')\n"
        "crypto.unlock(new.blob, 'Khóa thử nghiệm rất dài 1')\n"
        "print(before, dumpable(), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split(maxsplit=2)
    assert out[0] == "True" and out[1] == "False" and out[2].strip() == "(0, 0)"


# ------------------------------------------------------------------------------------ revocation


def test_a_revoked_keys_signatures_are_reported_and_refused_with_the_krl(station, tmp_path, cli):
    """keys revoke: the station's KRL lists the key; ssh-keygen -r refuses its approval, verify
    reports every signature it made, export refuses, verify-package --revocations fails."""
    services, trust, package = station
    fp = services.station.signer(HEAD[0])[0].fingerprint
    r = cli(
        "keys",
        "revoke",
        HEAD[0],
        "--reason",
        "Máy tính bị đánh cắp",
        "--passphrase-stdin",
        stdin=STATION_PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    krl = tmp_path / "station.krl"
    assert cli("station", "revocations", "--out", str(krl)).code == 0
    listed = subprocess.run(["ssh-keygen", "-Q", "-l", "-f", str(krl)], capture_output=True, text=True)
    assert listed.returncode == 0 and "serial:" in listed.stdout
    r = _ssh(package, trust, f"head:{HEAD[0]}", "clip-approval", "approval.json.sig", "approval.json", "-r", str(krl))
    assert r.returncode != 0
    assert (
        _ssh(package, trust, f"head:{HEAD[0]}", "clip-approval", "approval.json.sig", "approval.json").returncode == 0
    )
    report = _verify_package(package, trust, str(krl))
    assert any("revocation list" in p for p in report.problems)
    problems = _problems(services)
    signoffs = [p for p in problems if p[1] == "signoff"]
    assert signoffs and all(f"signed by a revoked key {fp}" in p[2] for p in signoffs)
    assert not any("table edited" in p[2] for p in problems)
    assert services.verifier.approval_state("news-1").state == "invalid"
    with pytest.raises(PolicyError):
        services.exporter.export("news-1", tmp_path / "out", principal=EDITOR[0], passphrase=EDITOR_PASSPHRASE)


# ------------------------------------------------------------------------------------ the tables

# Columns whose edit changes nothing anyone relies on (shown nowhere as evidence, read by no check):
# when a person or key row was first written. Every other column is compared with its signed event.
# (Integer primary keys are the rows' own ids: moving one is a delete and an insert, covered by the
# links verify checks: audit_seq, revokes_id.)
NO_EFFECT = {("people", "created_at"), ("signing_keys", "created_at"), ("station", "created_at")}


def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})") if not (r[5] and r[2].upper() == "INTEGER")]


def _edited_value(con, table: str, column: str, rowid: int):
    value = con.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value[:-1]) + bytes([value[-1] ^ 1])
    if isinstance(value, int):
        return value + 1
    if value is None:
        return "2030-01-01 00:00:00.000000" if column.endswith("_at") or column == "valid_before" else "x"
    if column.endswith("_at") or column == "valid_before":
        return "2001-02-03 04:05:06.000000"
    return value + "x" if column not in ("role", "kind", "decision") else ("head" if value != "head" else "editor")


@pytest.mark.parametrize("table", ["people", "signing_keys", "signoffs", "station"])
def test_every_edit_of_a_trust_table_is_reported_or_has_no_effect(station, table):
    """Any edit to the key/person/sign-off/station tables either has no effect or is reported by
    verify with a seq — one column at a time, on a library with a revocation and a retirement."""
    services, _trust, _pkg = station
    services.signoff.revoke("news-1", reason="Sai số liệu", passphrase=PASSPHRASE, principal=HEAD[0])
    services.station.retire(EDITOR[0], reason="Chuyển công tác", station_passphrase=STATION_PASSPHRASE)
    assert services.verifier.verify().ok
    db = services.home / "reviewer.db"
    con = sqlite3.connect(db)
    rowids = [r[0] for r in con.execute(f"SELECT rowid FROM {table}")]
    checked = 0
    for column in _columns(con, table):
        for rowid in rowids:
            before = con.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
            try:
                con.execute("PRAGMA foreign_keys = OFF")
                con.execute(
                    f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                    (_edited_value(con, table, column, rowid), rowid),
                )
                con.commit()
            except sqlite3.IntegrityError:
                con.rollback()
                continue  # the database itself refuses this edit (unique, not null)
            report = services.verifier.verify()
            if (table, column) in NO_EFFECT:
                assert report.ok, (table, column, report.problems)
            else:
                assert not report.ok, f"{table}.{column} of row {rowid} edited, verify saw nothing"
                assert all(isinstance(p.seq, int) for p in report.problems)
            con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (before, rowid))
            con.commit()
            checked += 1
    con.close()
    assert checked >= len(rowids) and services.verifier.verify().ok


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE signoffs SET signed_at = 'not a date'",
        "UPDATE signing_keys SET retired_at = 'garbage', created_at = 42",
        "UPDATE people SET created_at = x'00ff'",
        "UPDATE station SET created_at = 'yesterday'",
        "UPDATE clips SET current_version = 'two'",
        "UPDATE signoffs SET version_id = 'abc'",
    ],
)
def test_a_value_of_the_wrong_type_is_a_problem_line_never_a_crash(station, cli, edit):
    services, _trust, _pkg = station
    con = sqlite3.connect(services.home / "reviewer.db")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(edit)
    con.commit()
    con.close()
    r = cli("verify")
    assert r.code == 1, (r.code, r.out, r.err)
    assert "PROBLEM" in r.out and "Traceback" not in r.out + r.err
