"""Key generation and passphrase protection of the private key."""

from __future__ import annotations

import base64
import json
import unicodedata

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewer.errors import KeyringError, PolicyError, ReviewerError, WrongPassphraseError
from reviewer.security import keys, sshsig

FAST = keys.KdfParams.for_tests()
PASSPHRASE = "correct horse battery"


def _raw(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@pytest.fixture
def keypair():
    return keys.generate_keypair()


@pytest.fixture
def blob(keypair) -> bytes:
    return keys.encrypt_private_key(keypair[0], PASSPHRASE, kdf=FAST)


def test_generate_keypair_gives_matching_distinct_keys() -> None:
    (priv1, pub1), (priv2, _) = keys.generate_keypair(), keys.generate_keypair()
    assert sshsig.fingerprint(priv1.public_key()) == sshsig.fingerprint(pub1)
    assert _raw(priv1) != _raw(priv2)


def test_round_trip_decrypts_to_a_key_that_signs(keypair, blob) -> None:
    private_key, public_key = keypair
    opened = keys.decrypt_private_key(blob, PASSPHRASE)
    assert _raw(opened) == _raw(private_key)
    sshsig.verify(sshsig.sign(opened, b"ok"), b"ok", "clip-approval", public_key=public_key)


def test_blob_is_self_describing_and_hides_the_key(keypair, blob) -> None:
    doc = json.loads(blob)
    assert doc["format"] == "reviewer-private-key" and doc["version"] == 1
    assert doc["kdf"]["name"] == "argon2id" and doc["cipher"]["name"] == "chacha20poly1305"
    assert doc["fingerprint"] == sshsig.fingerprint(keypair[1])
    assert doc["public_key"] == sshsig.public_key_openssh(keypair[1])
    raw = _raw(keypair[0])
    assert raw not in blob and base64.b64encode(raw) not in blob and raw.hex().encode() not in blob
    assert keys.read_blob_header(blob)[1] == doc["fingerprint"]


def test_two_encryptions_differ(keypair) -> None:
    # Fresh salt and nonce each time: the same key and passphrase never give the same blob.
    a = keys.encrypt_private_key(keypair[0], PASSPHRASE, kdf=FAST)
    b = keys.encrypt_private_key(keypair[0], PASSPHRASE, kdf=FAST)
    assert json.loads(a)["ciphertext"] != json.loads(b)["ciphertext"]


def test_wrong_passphrase_raises_wrong_passphrase(blob) -> None:
    with pytest.raises(WrongPassphraseError, match="wrong passphrase for key SHA256:"):
        keys.decrypt_private_key(blob, PASSPHRASE + "!")
    with pytest.raises(WrongPassphraseError):
        keys.decrypt_private_key(blob, "")


def test_passphrase_is_nfc_normalised(keypair) -> None:
    # Same Vietnamese word typed with precomposed vs combining diacritics opens the same key.
    nfc = "Tiếng Việt có dấu"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    blob = keys.encrypt_private_key(keypair[0], nfd, kdf=FAST)
    assert _raw(keys.decrypt_private_key(blob, nfc)) == _raw(keypair[0])


@pytest.mark.parametrize("weak", ["", "        ", "short", "1234567", "e\u0301e\u0301e\u0301e\u0301"])
def test_weak_passphrases_refused(keypair, weak: str) -> None:
    with pytest.raises(PolicyError) as exc:
        keys.check_passphrase_strength(weak)
    assert "passphrase" in str(exc.value) and "cụm mật khẩu" in str(exc.value)
    with pytest.raises(PolicyError):
        keys.encrypt_private_key(keypair[0], weak, kdf=FAST)


@pytest.mark.parametrize(
    "guessable",
    [
        "12345678",
        "mật khẩu",
        "matkhau123",
        "giamdoc2024",
        "Giám đốc 2024",
        "password1",
        "qwertyuiop",
        "Đài truyền hình 2026",
    ],
)
def test_long_but_guessable_passphrases_refused(guessable: str) -> None:
    """Eight characters are not enough: what a guesser tries first (newsroom words with or
    without their marks, keyboard runs, years) is refused with the same bilingual line."""
    with pytest.raises(PolicyError, match="quá dễ đoán"):
        keys.check_passphrase_strength(guessable)


def test_a_passphrase_naming_its_owner_is_refused_and_a_sentence_accepted() -> None:
    hints = ("giamdoc@dai.vn", "Nguyễn Văn An", "Giám đốc")
    with pytest.raises(PolicyError, match="too easy to guess"):
        keys.check_passphrase_strength("Nguyễn Văn An 1970", hints)
    for good in ("Bí mật ký số 2024!", "Mùa thu lá vàng rơi", "correct horse battery staple"):
        keys.check_passphrase_strength(good, hints)


def _tamper(blob: bytes, **changes) -> bytes:
    doc = json.loads(blob)
    for path, value in changes.items():
        target = doc
        *parents, leaf = path.split("__")
        for p in parents:
            target = target[p]
        if value is None:
            del target[leaf]
        else:
            target[leaf] = value
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda b: b"",
        lambda b: b"not json at all",
        lambda b: b"\xff\xfe",
        lambda b: b"[1, 2]",
        lambda b: _tamper(b, format="something-else"),
        lambda b: _tamper(b, ciphertext=None),
        lambda b: _tamper(b, ciphertext="@@@"),
        lambda b: _tamper(b, ciphertext=base64.b64encode(b"short").decode()),
        lambda b: _tamper(b, kdf__name="scrypt"),
        lambda b: _tamper(b, kdf__memory_cost_kib="lots"),
        lambda b: _tamper(b, kdf__memory_cost_kib=1 << 40),
        lambda b: _tamper(b, kdf__iterations=True),
        lambda b: _tamper(b, cipher__name="rot13"),
        lambda b: _tamper(b, cipher__nonce=base64.b64encode(b"x" * 5).decode()),
        lambda b: _tamper(b, public_key="ssh-ed25519 AAAA"),
        lambda b: _tamper(b, fingerprint="SHA256:nope"),
    ],
)
def test_corrupt_blob_raises_keyring_error(blob, corrupt) -> None:
    with pytest.raises(KeyringError) as exc:
        keys.decrypt_private_key(corrupt(blob), PASSPHRASE)
    assert "\n" not in str(exc.value)


def test_future_version_asks_for_update(blob) -> None:
    with pytest.raises(KeyringError, match="update the program"):
        keys.decrypt_private_key(_tamper(blob, version=2), PASSPHRASE)


def test_swapped_public_key_is_detected(blob) -> None:
    # Binding the header as associated data: claiming another key makes the blob unopenable.
    other = Ed25519PrivateKey.generate().public_key()
    forged = _tamper(blob, public_key=sshsig.public_key_openssh(other), fingerprint=sshsig.fingerprint(other))
    with pytest.raises(ReviewerError):
        keys.decrypt_private_key(forged, PASSPHRASE)


def test_weakened_kdf_parameters_are_detected(blob) -> None:
    forged = _tamper(blob, kdf__iterations=2)
    with pytest.raises(WrongPassphraseError):
        keys.decrypt_private_key(forged, PASSPHRASE)


def test_default_kdf_is_memory_hard(keypair) -> None:
    assert keys.DEFAULT_KDF.memory_cost_kib >= 65536
    assert keys.KdfParams().memory_cost_kib >= 65536
    # Low costs exist for tests only; asking for them without saying so is refused.
    with pytest.raises(ValueError):
        keys.KdfParams(memory_cost_kib=1024)
    # One real default-cost encryption, to prove the default path writes memory-hard params.
    blob = keys.encrypt_private_key(keypair[0], PASSPHRASE)
    kdf = json.loads(blob)["kdf"]
    assert kdf["memory_cost_kib"] >= 65536 and kdf["iterations"] >= 3 and kdf["lanes"] >= 1
    assert len(base64.b64decode(kdf["salt"])) >= 16
    assert _raw(keys.decrypt_private_key(blob, PASSPHRASE)) == _raw(keypair[0])
