"""SSHSIG: our signatures must verify with the real ssh-keygen and vice versa."""

from __future__ import annotations

import base64
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_ssh_private_key
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.errors import SignatureError
from reviewer.security import sshsig

SSH_KEYGEN = shutil.which("ssh-keygen")
needs_ssh_keygen = pytest.mark.skipif(SSH_KEYGEN is None, reason="ssh-keygen (openssh-client) not installed")

MESSAGE = b'{"clip":"sha256:abc","decision":"approved"}'
NS = "clip-approval"
PRINCIPAL = "director@station.example"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([SSH_KEYGEN, *args], input=stdin, capture_output=True, timeout=30, check=False)


def _ssh_verify(tmp_path: Path, armored: str, message: bytes, public_key, namespace: str = NS):
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(sshsig.allowed_signers_line(PRINCIPAL, public_key) + "\n")
    sig = tmp_path / "approval.json.sig"
    sig.write_text(armored)
    return _run(
        "-Y",
        "verify",
        "-f",
        str(allowed),
        "-I",
        PRINCIPAL,
        "-n",
        namespace,
        "-s",
        str(sig),
        stdin=message,
    )


@pytest.fixture
def ssh_key(tmp_path: Path) -> Path:
    """An Ed25519 key made by ssh-keygen itself (no passphrase)."""
    key = tmp_path / "id_ed25519"
    done = _run("-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", str(key))
    assert done.returncode == 0, done.stderr
    return key


# --------------------------------------------------------------------------- interop


@needs_ssh_keygen
def test_our_signature_verifies_with_ssh_keygen(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    armored = sshsig.sign(key, MESSAGE)
    done = _ssh_verify(tmp_path, armored, MESSAGE, key.public_key())
    assert done.returncode == 0, done.stderr.decode()
    assert f'Good "{NS}" signature for {PRINCIPAL}' in done.stdout.decode()


@needs_ssh_keygen
def test_ssh_keygen_refuses_our_signature_for_other_message_or_namespace(tmp_path: Path) -> None:
    # Proves the interop test above is meaningful: ssh-keygen really checks what we produce.
    key = Ed25519PrivateKey.generate()
    armored = sshsig.sign(key, MESSAGE)
    assert _ssh_verify(tmp_path, armored, MESSAGE + b" ", key.public_key()).returncode != 0
    assert _ssh_verify(tmp_path, armored, MESSAGE, key.public_key(), "file").returncode != 0


@needs_ssh_keygen
def test_ssh_keygen_signature_verifies_with_ours(tmp_path: Path, ssh_key: Path) -> None:
    data = tmp_path / "approval.json"
    data.write_bytes(MESSAGE)
    done = _run("-Y", "sign", "-f", str(ssh_key), "-n", NS, str(data))
    assert done.returncode == 0, done.stderr
    armored = (tmp_path / "approval.json.sig").read_text()
    expected = sshsig.load_public_key_openssh(ssh_key.with_suffix(".pub").read_text())

    signer = sshsig.verify(armored, MESSAGE, NS, public_key=expected)

    assert sshsig.fingerprint(signer) == sshsig.fingerprint(expected)
    with pytest.raises(SignatureError):
        sshsig.verify(armored, MESSAGE + b"x", NS, public_key=expected)


@needs_ssh_keygen
def test_signature_is_byte_identical_to_ssh_keygen(tmp_path: Path, ssh_key: Path) -> None:
    # Ed25519 is deterministic, so the same key and message must give the very same file.
    data = tmp_path / "approval.json"
    data.write_bytes(MESSAGE)
    assert _run("-Y", "sign", "-f", str(ssh_key), "-n", NS, str(data)).returncode == 0
    private_key = load_ssh_private_key(ssh_key.read_bytes(), password=None)
    assert isinstance(private_key, Ed25519PrivateKey)

    assert sshsig.sign(private_key, MESSAGE, NS) == (tmp_path / "approval.json.sig").read_text()


@needs_ssh_keygen
def test_public_key_and_fingerprint_match_ssh_keygen(ssh_key: Path) -> None:
    pub_line = ssh_key.with_suffix(".pub").read_text()
    public_key = sshsig.load_public_key_openssh(pub_line)
    listed = _run("-lf", str(ssh_key.with_suffix(".pub")))
    assert listed.returncode == 0

    assert sshsig.public_key_openssh(public_key) == " ".join(pub_line.split()[:2])
    assert sshsig.fingerprint(public_key) == listed.stdout.decode().split()[1]


# --------------------------------------------------------------------------- format


def test_armor_layout() -> None:
    armored = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE)
    lines = armored.split("\n")
    assert lines[0] == "-----BEGIN SSH SIGNATURE-----"
    assert lines[-2:] == ["-----END SSH SIGNATURE-----", ""]
    body = lines[1:-2]
    assert all(len(line) == 70 for line in body[:-1]) and 0 < len(body[-1]) <= 70
    blob = base64.b64decode("".join(body))
    assert blob[:6] == b"SSHSIG" and struct.unpack(">I", blob[6:10])[0] == 1


def test_allowed_signers_line_format() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    line = sshsig.allowed_signers_line("alice@example", key)
    assert line == f'alice@example namespaces="clip-approval" {sshsig.public_key_openssh(key)}'
    assert line.split()[2] == "ssh-ed25519" and line.split()[3].startswith("AAAAC3NzaC1lZDI1NTE5")
    with pytest.raises(SignatureError):
        sshsig.allowed_signers_line("two words", key)


def test_verify_without_expected_key_returns_signer() -> None:
    key = Ed25519PrivateKey.generate()
    signer = sshsig.verify(sshsig.sign(key, MESSAGE), MESSAGE, NS)
    assert sshsig.fingerprint(signer) == sshsig.fingerprint(key.public_key())


def test_load_public_key_rejects_other_types() -> None:
    with pytest.raises(SignatureError, match="only ssh-ed25519"):
        sshsig.load_public_key_openssh("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ")
    with pytest.raises(SignatureError):
        sshsig.load_public_key_openssh("ssh-ed25519 !!!notbase64")
    with pytest.raises(SignatureError):
        sshsig.load_public_key_openssh("")


# --------------------------------------------------------------------------- rejection


def _assert_one_line(exc: pytest.ExceptionInfo[SignatureError]) -> None:
    assert str(exc.value) and "\n" not in str(exc.value)


def test_wrong_namespace_rejected() -> None:
    key = Ed25519PrivateKey.generate()
    with pytest.raises(SignatureError, match="namespace") as exc:
        sshsig.verify(sshsig.sign(key, MESSAGE, "file"), MESSAGE, NS)
    _assert_one_line(exc)


def test_altered_message_rejected() -> None:
    key = Ed25519PrivateKey.generate()
    armored = sshsig.sign(key, MESSAGE)
    with pytest.raises(SignatureError, match="does not match") as exc:
        sshsig.verify(armored, MESSAGE.replace(b"approved", b"rejected"), NS)
    _assert_one_line(exc)


def test_other_key_rejected() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    with pytest.raises(SignatureError, match="not by the expected key") as exc:
        sshsig.verify(sshsig.sign(key, MESSAGE), MESSAGE, NS, public_key=other.public_key())
    _assert_one_line(exc)


def test_swapped_embedded_key_rejected() -> None:
    # An attacker replacing the embedded public key with theirs cannot reuse the signature.
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    armored = sshsig.sign(key, MESSAGE)
    blob = base64.b64decode("".join(armored.splitlines()[1:-1]))
    forged = blob.replace(sshsig.public_key_blob(key.public_key()), sshsig.public_key_blob(other.public_key()))
    forged_armor = sshsig._armor(forged)  # building a hostile input
    with pytest.raises(SignatureError, match="does not match"):
        sshsig.verify(forged_armor, MESSAGE, NS)


def _valid_blob() -> bytes:
    armored = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE)
    return base64.b64decode("".join(armored.splitlines()[1:-1]))


def _wrap(blob: bytes) -> str:
    return sshsig._armor(blob)


@pytest.mark.parametrize(
    "armored",
    [
        pytest.param("", id="empty"),
        pytest.param("hello world", id="no-armor"),
        pytest.param("-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n", id="no-body"),
        pytest.param("-----BEGIN SSH SIGNATURE-----\n***\n-----END SSH SIGNATURE-----\n", id="bad-b64"),
        pytest.param("-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n", id="pgp"),
        pytest.param(_wrap(b"garbage garbage garbage"), id="junk-blob"),
        pytest.param(_wrap(_valid_blob()[:40]), id="truncated"),
        pytest.param(_wrap(_valid_blob() + b"\x00"), id="trailing-data"),
        pytest.param(_wrap(b"SSHSIG" + struct.pack(">I", 2) + _valid_blob()[10:]), id="version-2"),
        pytest.param(_wrap(b"SSHSIG" + struct.pack(">I", 0xFFFFFFFF)), id="huge-length"),
    ],
)
def test_garbage_rejected(armored: str) -> None:
    with pytest.raises(SignatureError) as exc:
        sshsig.verify(armored, MESSAGE, NS)
    _assert_one_line(exc)


def test_crlf_armor_accepted() -> None:
    # A signature that went through a Windows editor or mail client must still verify.
    key = Ed25519PrivateKey.generate()
    armored = sshsig.sign(key, MESSAGE).replace("\n", "\r\n")
    assert "\r\n" in armored
    signer = sshsig.verify(armored, MESSAGE, NS, public_key=key.public_key())
    assert sshsig.fingerprint(signer) == sshsig.fingerprint(key.public_key())
    with pytest.raises(SignatureError):  # the line endings are not a way around the content check
        sshsig.verify(armored, MESSAGE + b"x", NS, public_key=key.public_key())


# --------------------------------------------------------------------------- property

_KEY = Ed25519PrivateKey.generate()
_OTHER = Ed25519PrivateKey.generate()


@settings(max_examples=200, deadline=None)
@given(message=st.binary(max_size=4096), flip=st.integers(min_value=0))
def test_round_trip_any_message(message: bytes, flip: int) -> None:
    armored = sshsig.sign(_KEY, message)
    signer = sshsig.verify(armored, message, NS, public_key=_KEY.public_key())
    assert sshsig.fingerprint(signer) == sshsig.fingerprint(_KEY.public_key())

    if message:
        i = flip % len(message)
        altered = message[:i] + bytes([message[i] ^ 0x01]) + message[i + 1 :]
    else:
        altered = b"\x00"
    with pytest.raises(SignatureError):
        sshsig.verify(armored, altered, NS)
    with pytest.raises(SignatureError):
        sshsig.verify(armored, message, NS, public_key=_OTHER.public_key())
