"""KeyStore: encrypted keys in the keyring, insecure backends refused, no call can hang."""

from __future__ import annotations

import base64
import threading

import keyring
import keyring.core
import keyring.errors
import pytest
from cryptography.hazmat.primitives import serialization
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from reviewer.errors import KeyringError
from reviewer.security import keys, sshsig
from reviewer.security.keystore import FIX_HINT, KeyStore
from tests.memory_keyring import MemoryKeyring

FAST = keys.KdfParams.for_tests()
FP = "SHA256:2mYhzUdxJ0dpYdmgoTRsLwR8bzqbGvt1/Rc6pXWZ3lE"


class _FakeKeyring(MemoryKeyring):
    """Base of the fakes below; not viable, so keyring's auto-detection never picks one."""

    viable = False


class AltFileKeyring(_FakeKeyring):
    """Stands in for a keyrings.alt backend (plaintext file) without installing it."""


AltFileKeyring.__module__ = "keyrings.alt.file"


class BlockingKeyring(_FakeKeyring):
    """Every call waits until released: a locked collection whose prompt nobody answers."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait()
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self.release.wait()
        super().set_password(service, username, password)


class DroppingKeyring(_FakeKeyring):
    """Accepts writes and forgets them."""

    def set_password(self, service, username, password):
        pass


class FailingKeyring(_FakeKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(memory) -> KeyStore:
    return KeyStore(backend=memory)


def test_store_load_delete_round_trip(store: KeyStore) -> None:
    assert not store.has(FP)
    store.store(FP, b"blob-bytes")
    assert store.has(FP)
    assert store.load(FP) == b"blob-bytes"
    store.delete(FP)
    assert not store.has(FP)
    with pytest.raises(KeyringError, match=f"no private key for {FP} in the keyring"):
        store.load(FP)


def test_real_encrypted_key_survives_the_keyring(store: KeyStore) -> None:
    private_key, public_key = keys.generate_keypair()
    fp = sshsig.fingerprint(public_key)
    store.store(fp, keys.encrypt_private_key(private_key, "a long passphrase", kdf=FAST))
    opened = keys.decrypt_private_key(store.load(fp), "a long passphrase")
    # The key that comes back out of the keyring is the one that went in: it signs as that key.
    assert opened.private_bytes_raw() == private_key.private_bytes_raw()
    signer = sshsig.verify(sshsig.sign(opened, b"m"), b"m", "clip-approval", public_key=public_key)
    assert sshsig.fingerprint(signer) == fp


def test_store_replaces_existing_entry(store: KeyStore) -> None:
    store.store(FP, b"old")
    store.store(FP, b"new")
    assert store.load(FP) == b"new"


def test_delete_missing_key_is_reported(store: KeyStore) -> None:
    with pytest.raises(KeyringError, match="no private key for"):
        store.delete(FP)


def test_service_name_separates_entries(memory: MemoryKeyring) -> None:
    KeyStore("reviewer-a", backend=memory).store(FP, b"a")
    assert not KeyStore("reviewer-b", backend=memory).has(FP)
    assert ("reviewer-a", FP) in memory.passwords


def test_blob_is_never_stored_in_plain(store: KeyStore, memory: MemoryKeyring) -> None:
    private_key, public_key = keys.generate_keypair()
    fp = sshsig.fingerprint(public_key)
    blob = keys.encrypt_private_key(private_key, "a long passphrase", kdf=FAST)
    store.store(fp, blob)

    stored = memory.passwords[("reviewer", fp)]
    raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    assert stored.isascii() and base64.b64decode(stored) == blob
    for form in (raw, base64.b64encode(raw), raw.hex().encode()):
        assert form not in stored.encode() and form not in base64.b64decode(stored)


def test_default_backend_comes_from_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # Let monkeypatch restore whatever backend was active before set_keyring.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    KeyStore().store(FP, b"x")
    assert memory.passwords[("reviewer", FP)] == base64.b64encode(b"x").decode()


# --------------------------------------------------------------------------- insecure backends


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), AltFileKeyring()],
    ids=["fail", "null", "keyrings.alt"],
)
def test_insecure_backends_refused(backend) -> None:
    store = KeyStore(backend=backend)
    with pytest.raises(KeyringError) as exc:
        store.check_backend()
    assert FIX_HINT in str(exc.value) and "\n" not in str(exc.value)
    with pytest.raises(KeyringError):
        store.store(FP, b"secret")
    if isinstance(backend, MemoryKeyring):
        assert backend.passwords == {}


def test_chainer_without_secure_member_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [AltFileKeyring(), fail.Keyring()])
    with pytest.raises(KeyringError, match="no secure keyring"):
        KeyStore(backend=ChainerBackend()).check_backend()


def test_chainer_resolves_to_secure_member(monkeypatch: pytest.MonkeyPatch) -> None:
    # Even when the plaintext backend ranks first, the key must go to the secure one.
    alt, memory = AltFileKeyring(), MemoryKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [alt, memory])
    store = KeyStore(backend=ChainerBackend())
    assert store.check_backend() is memory
    store.store(FP, b"x")
    assert alt.passwords == {} and ("reviewer", FP) in memory.passwords


# --------------------------------------------------------------------------- failures


def test_blocked_keyring_times_out() -> None:
    backend = BlockingKeyring()
    store = KeyStore(backend=backend, timeout=0.2)
    try:
        with pytest.raises(KeyringError, match=r"did not answer within 0\.2 s — is it locked\?"):
            store.load(FP)
        with pytest.raises(KeyringError, match="did not answer"):
            store.store(FP, b"x")
    finally:
        backend.release.set()  # let the abandoned worker threads finish


def test_locked_keyring_reported() -> None:
    store = KeyStore(backend=FailingKeyring(keyring.errors.KeyringLocked("Failed to unlock")))
    with pytest.raises(KeyringError, match="locked"):
        store.has(FP)


def test_backend_crash_becomes_one_line_keyring_error() -> None:
    store = KeyStore(backend=FailingKeyring(RuntimeError("dbus went away\nstack junk")))
    with pytest.raises(KeyringError) as exc:
        store.load(FP)
    assert str(exc.value) == "the keyring could not read the key: dbus went away"


def test_dropped_write_detected() -> None:
    with pytest.raises(KeyringError, match="did not keep it"):
        KeyStore(backend=DroppingKeyring()).store(FP, b"x")


def test_damaged_entry_reported(store: KeyStore, memory: MemoryKeyring) -> None:
    memory.passwords[("reviewer", FP)] = "*** not base64 ***"
    with pytest.raises(KeyringError, match="damaged"):
        store.load(FP)
