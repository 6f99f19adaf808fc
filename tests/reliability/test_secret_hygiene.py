"""Secret hygiene: after real sign-offs and an export, no secret is left anywhere on disk or in output.

The flow runs as a user would, on the command line: ingest, ``station init`` and ``keys init``
(passphrases on stdin), ``keys renew`` with a wrong station passphrase and then the right one, a
failed signing with a wrong passphrase, a signing with the right one, ``verify``, ``station
trust`` / ``revocations`` / ``witness``, ``export`` (in a child process, as the PDF needs Qt; the
exporter's passphrase on stdin), ``verify-package --trust --revocations``. The keyring is the
in-memory one (it holds both encrypted keys and the rollback witness). Then every byte the run
left is searched for, for BOTH the station's key and the head's key:

- the private key: the raw 32-byte Ed25519 seed, seed + public key (the 64 bytes OpenSSH keeps),
  their hex (both cases) and base64 (standard and URL-safe, at every alignment inside a longer
  base64 text), the PKCS#8 DER body and its base64;
- the passphrase (station and signing): UTF-8 (NFC and NFD), UTF-16-LE/BE, and its UTF-8 hex and
  base64; the two wrong passphrases in UTF-8 and UTF-16-LE;

in the database file, its -wal and -shm, ``logs/``, ``tmp/``, ``checkpoints/``, everything else in
the home, the export folder, the published trust file and revocation list, the system temp folder
entries created during the test, and all stdout/stderr the commands printed (the crash report a
user would paste). The keyring's key blobs must not contain a key either (they are encrypted),
nor a passphrase, and its rollback witness entry none of them.
"""

from __future__ import annotations

import base64
import binascii
import json
import tempfile
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from reviewer.security import keys
from tests.signoff_support import (  # noqa: F401 - fixtures
    HEAD,
    PASSPHRASE,
    STATION_NAME,
    STATION_PASSPHRASE,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli,
    run_cli_subprocess,
)

CHECK = "secret hygiene (keys, passphrases)"
WRONG = "sai mật khẩu hoàn toàn"
WRONG_STATION = "Khóa gốc nhập sai rồi 12"


def _b64_windows(data: bytes) -> list[bytes]:
    """Base64 texts that appear wherever ``data`` sits inside a longer base64 text (any alignment)."""
    out = []
    for pad in range(3):
        for enc in (base64.b64encode, base64.urlsafe_b64encode):
            text = enc(b"\0" * pad + data)
            out.append(text[4:-4])  # only characters determined by ``data`` alone
    return out


def key_needles(seed: bytes, public_raw: bytes, private_key) -> dict[str, bytes]:
    """Every form of the private key worth searching for."""
    needles = {
        "seed raw": seed,
        "seed+public raw (OpenSSH body)": seed + public_raw,
        "seed hex": binascii.hexlify(seed),
        "seed HEX": binascii.hexlify(seed).upper(),
    }
    for n, w in enumerate(_b64_windows(seed)):
        needles[f"seed base64 #{n}"] = w
    der = private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    needles["PKCS#8 DER"] = der
    needles["PKCS#8 base64"] = base64.b64encode(der)
    needles["OpenSSH private key header"] = b"OPENSSH PRIVATE KEY"  # the body holds seed||public, above
    return needles


def passphrase_needles(passphrase: str) -> dict[str, bytes]:
    """Every encoding of the passphrase worth searching for."""
    out = {}
    for form in ("NFC", "NFD"):
        p = unicodedata.normalize(form, passphrase)
        out[f"passphrase UTF-8 {form}"] = p.encode("utf-8")
        out[f"passphrase UTF-16-LE {form}"] = p.encode("utf-16-le")
        out[f"passphrase UTF-16-BE {form}"] = p.encode("utf-16-be")
        out[f"passphrase hex {form}"] = binascii.hexlify(p.encode("utf-8"))
        for n, w in enumerate(_b64_windows(p.encode("utf-8"))):
            out[f"passphrase base64 {form} #{n}"] = w
    return out


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()) if root.exists() else []


def _hits(data: bytes, needles: dict[str, bytes]) -> list[str]:
    return [name for name, needle in needles.items() if needle and needle in data]


@pytest.fixture
def temp_watch():
    """System temp folder entries created during the test (their files, recursively)."""
    tmp = Path(tempfile.gettempdir())
    before = {p.name for p in tmp.iterdir()}

    def created() -> list[Path]:
        found = []
        for p in tmp.iterdir():
            if p.name in before:
                continue
            found += _files(p) if p.is_dir() else [p]
        return found

    return created


def test_no_private_key_or_passphrase_left_anywhere(memory_keyring, fast_kdf, tmp_path, monkeypatch, temp_watch, proof):
    from reviewer.security.keystore import DEFAULT_SERVICE
    from reviewer.security.witness import WITNESS_SERVICE

    home = tmp_path / "home"
    monkeypatch.setenv("REVIEWER_HOME", str(home))
    outputs: list[tuple[str, str]] = []

    def run(*args, stdin=None, expect=0):
        r = run_cli(home, *args, stdin=stdin)
        outputs.append((" ".join(args[:2]), r.out + r.err))
        assert (r.code == expect) if expect is not None else r.code != 0, (args, r.code, r.out, r.err)
        return r

    run("ingest", str(make_source(tmp_path / "in")))
    principal, name, title, role = HEAD
    run("station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    run(
        "keys",
        "init",
        "--principal",
        principal,
        "--name",
        name,
        "--title",
        title,
        "--role",
        role,
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{STATION_PASSPHRASE}\n",
    )
    # A wrong station passphrase (renewing a certificate): refused, counted, and never kept.
    wrong = run("keys", "renew", principal, "--passphrase-stdin", stdin=WRONG_STATION + "\n", expect=None)
    assert "passphrase" in (wrong.out + wrong.err).lower()
    run("keys", "renew", principal, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    run("policy", "set", "require_full_view", "false")
    template = json.loads(run("checklist", "show", "--json").out)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps({i["id"]: {"result": "pass", "note": ""} for i in template["items"]}), encoding="utf-8"
    )
    sign = (
        "sign",
        "news-1",
        "--decision",
        "approve",
        "--checklist",
        str(answers),
        "--principal",
        principal,
        "--passphrase-stdin",
    )
    wrong = run(*sign, stdin=WRONG + "\n", expect=None)
    assert "passphrase" in (wrong.out + wrong.err).lower()
    run(*sign, stdin=PASSPHRASE + "\n")
    run("verify", "--files")
    published = tmp_path / "published"
    run("station", "trust", "--out", str(published / "station_allowed_signers"))
    run("station", "revocations", "--out", str(published / "station.krl"))
    run("station", "witness")
    out = tmp_path / "export"
    r = run_cli_subprocess(
        home,
        "export",
        "news-1",
        "--out",
        str(out),
        "--as",
        principal,
        "--passphrase-stdin",
        keyring=memory_keyring,
        stdin=PASSPHRASE + "\n",
    )
    outputs.append(("export", r.out + r.err))
    assert r.code == 0, r.err
    run(
        "verify-package",
        str(out),
        "--trust",
        str(published / "station_allowed_signers"),
        "--revocations",
        str(published / "station.krl"),
    )

    # The secrets, recovered from the keyring the way only the passphrase holders can.
    keys_in_keyring = {
        u: base64.b64decode(p) for (svc, u), p in memory_keyring.passwords.items() if svc == DEFAULT_SERVICE
    }
    witness_entries = {u: p for (svc, u), p in memory_keyring.passwords.items() if svc == WITNESS_SERVICE}
    assert len(keys_in_keyring) == 2 and len(witness_entries) == 1, memory_keyring.passwords.keys()
    station_fp = json.loads(run("station", "show", "--json").out)["fingerprint"]
    needles: dict[str, bytes] = {}
    for who, fp, passphrase in (
        ("station", station_fp, STATION_PASSPHRASE),
        ("head", next(f for f in keys_in_keyring if f != station_fp), PASSPHRASE),
    ):
        private_key = keys.decrypt_private_key(keys_in_keyring[fp], passphrase)
        seed = private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        public_raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        needles.update({f"{who} key: {k}": v for k, v in key_needles(seed, public_raw, private_key).items()})
        needles.update({f"{who} {k}": v for k, v in passphrase_needles(passphrase).items()})
        if who == "head":
            head_seed = seed
    for label, text in (("wrong signing", WRONG), ("wrong station", WRONG_STATION)):
        weak = passphrase_needles(text)
        needles.update({f"{label} {k}": v for k, v in weak.items() if "UTF-8 NFC" in k or "UTF-16-LE NFC" in k})

    searched: dict[str, int] = {}
    problems: list[str] = []

    def search(where: str, files: list[Path]) -> None:
        for f in files:
            try:
                data = f.read_bytes()
            except OSError:
                continue
            searched[where] = searched.get(where, 0) + 1
            problems.extend(f"{name} found in {f}" for name in _hits(data, needles))

    db = home / "reviewer.db"
    assert db.is_file()
    # The CLI closes the library (the WAL is folded in and removed): sign once more in-process and
    # search the database, -wal and -shm while the library is still open, as a desk would leave them.
    from reviewer.core.checklist import Answer
    from tests.reliability.checks import open_services

    services = open_services(home)
    try:
        items = services.signoff.template().item_ids
        services.signoff.sign(
            "news-1",
            decision="changes",
            reason="Sửa tít",
            passphrase=PASSPHRASE,
            principal=principal,
            signed_from="cli",
            answers=[Answer(i, "pass", "") for i in items],
        )
        wal = [p for p in (Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()]
        assert wal, "no -wal/-shm while the library is open (not in WAL mode?)"
        search("database, -wal, -shm (library open)", [db, *wal])
    finally:
        services.close()
    search("database, -wal, -shm", [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()])
    for sub in ("logs", "tmp", "checkpoints"):
        search(f"{sub}/", _files(home / sub))
    assert searched.get("logs/"), "the run wrote no log file to search"
    assert searched.get("checkpoints/"), "the signing wrote no checkpoint file to search"
    search(
        "the rest of the home",
        [
            f
            for f in _files(home)
            if f.parent.name not in ("logs", "tmp", "checkpoints") and not f.name.startswith("reviewer.db")
        ],
    )
    search("export folder", _files(out))
    search("published trust file and revocation list", _files(published))
    search("system temp entries created during the test", temp_watch())
    for what, text in outputs:
        searched["command output"] = searched.get("command output", 0) + 1
        problems.extend(f"{name} printed by reviewer {what}" for name in _hits(text.encode("utf-8"), needles))
    # The keyring: each key blob is encrypted (neither key nor passphrase in it, raw or base64),
    # and the rollback witness entry holds neither.
    blob_needles = {k: v for k, v in needles.items() if "OpenSSH private key header" not in k}
    for fp, blob in keys_in_keyring.items():
        searched["keyring key blobs"] = searched.get("keyring key blobs", 0) + 1
        encoded = memory_keyring.passwords[(DEFAULT_SERVICE, fp)].encode()
        problems.extend(f"{name} found in the keyring blob of {fp}" for name in _hits(blob + encoded, blob_needles))
    for text in witness_entries.values():
        searched["keyring witness entry"] = 1
        data = text.encode() + base64.b64decode(text)
        problems.extend(f"{name} found in the keyring witness entry" for name in _hits(data, needles))

    # The instrument itself: a needle planted in a log is found.
    with open(home / "logs" / "reviewer.log", "ab") as f:
        f.write(b"canary " + base64.b64encode(b"\x07" + head_seed) + b"\n")
    before = len(problems)
    search("canary", [home / "logs" / "reviewer.log"])
    planted, problems[before:] = problems[before:], []
    if not any("seed base64" in p for p in planted):
        problems.append("the search did not find a key planted in the log (the test is blind)")

    proof.note("files_searched", searched)
    proof.note("needles", len(needles))
    proof.trial(
        problems,
        label="ingest, station init, keys init, wrong + right station passphrase, wrong + right "
        "signing passphrase, verify, trust, revocations, export, verify-package",
    )
    proof.assert_clean()
    assert sum(searched.values()) > 10
