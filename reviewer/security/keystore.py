"""The signer's encrypted private key, kept in the OS keyring (Secret Service, KWallet, ...).

Only blobs made by :func:`reviewer.security.keys.encrypt_private_key` are stored; the keyring
adds a second lock (the login session) on top of the passphrase. Each blob is one keyring
password: service ``"reviewer"``, account = the key's fingerprint, value = base64 of the blob.

Every keyring call runs in a daemon worker thread with a deadline, because a locked Secret
Service collection may pop up an unlock prompt nobody answers, or a dead D-Bus peer may never
reply; the desk must report that instead of freezing.
"""

from __future__ import annotations

import base64
import binascii
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from reviewer.errors import KeyringError, ReviewerError

__all__ = ["DEFAULT_SERVICE", "DEFAULT_TIMEOUT", "FIX_HINT", "KeyStore", "insecure_reason"]

DEFAULT_SERVICE = "reviewer"
DEFAULT_TIMEOUT = 10.0
FIX_HINT = "install and unlock GNOME Keyring / KWallet, or run under dbus-run-session with gnome-keyring-daemon"

# Backends that keep secrets in plain or merely obfuscated files, or not at all: named in the
# refusal so the user knows what to change.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

# The only backends trusted with a key: those that keep secrets in the OS's own protected store.
# An allowlist, not a blocklist: a backend nobody reviewed (a third-party plugin, a new file
# backend) is refused until it is added here.
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # GNOME Keyring / KeePassXC over D-Bus Secret Service
        "keyring.backends.libsecret.Keyring",  # the same store through libsecret
        "keyring.backends.kwallet.DBusKeyring",  # KWallet 5/6
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Locker
        "keyring.backends.macOS.Keyring",  # macOS Keychain
    }
)
# The test suite's in-memory backend (tests/memory_keyring.py); accepted only when the test
# environment says so, never in a desk someone runs.
_TEST_BACKEND = "tests.memory_keyring.MemoryKeyring"
TEST_BACKEND_ENV = "REVIEWER_ALLOW_TEST_KEYRING"

T = TypeVar("T")


def _module_of(backend: KeyringBackend) -> str:
    return type(backend).__module__ or ""


def _full_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def insecure_reason(backend: KeyringBackend) -> str | None:
    """Return why *backend* must not hold a private key, or None if it is acceptable."""
    module = _module_of(backend)
    for prefix in _INSECURE_MODULES:
        if module == prefix or module.startswith(prefix + "."):
            if prefix == "keyrings.alt":
                return "it stores secrets in a plain or weakly protected file"
            return "it cannot store secrets at all"
    if _full_name(type(backend)) in SECURE_BACKENDS:
        return None
    if os.environ.get(TEST_BACKEND_ENV) == "1" and any(_full_name(c) == _TEST_BACKEND for c in type(backend).__mro__):
        return None
    return (
        "it is not one of the OS key stores this desk trusts (Secret Service, KWallet, "
        "Windows Credential Locker, macOS Keychain)"
    )


def _describe(backend: KeyringBackend) -> str:
    return f"{_module_of(backend)}.{type(backend).__name__}"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class KeyStore:
    """Encrypted private-key blobs in the OS keyring, one per key fingerprint.

    *backend* is injectable for tests (e.g. ``tests.memory_keyring.MemoryKeyring()``); by
    default ``keyring.get_keyring()`` is used. Insecure backends are refused on first use.
    """

    def __init__(
        self,
        service: str = DEFAULT_SERVICE,
        *,
        backend: KeyringBackend | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not service:
            raise ValueError("service name must not be empty")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.service = service
        self.timeout = float(timeout)
        self._requested = backend
        self._checked: KeyringBackend | None = None

    # ------------------------------------------------------------------ backend

    def check_backend(self) -> KeyringBackend:
        """Return the secure backend that will hold keys; raise KeyringError if there is none.

        A chainer backend is resolved to its highest-priority secure member and that member
        is used directly, so a blob can never fall through to a plaintext file backend.
        """
        if self._checked is not None:
            return self._checked
        backend = self._requested
        if backend is None:
            # Backend discovery itself talks to D-Bus on Linux, hence the deadline.
            backend = self._call("find the keyring", keyring.get_keyring)
        if isinstance(backend, ChainerBackend):
            chainer = backend
            members: list[KeyringBackend] = self._call("list the keyring backends", lambda: list(chainer.backends))
            secure = [m for m in members if insecure_reason(m) is None]
            if not secure:
                names = ", ".join(_describe(m) for m in members) or "none"
                raise KeyringError(f"no secure keyring is available (found: {names}); {FIX_HINT}")
            backend = secure[0]
        reason = insecure_reason(backend)
        if reason is not None:
            raise KeyringError(
                f"the keyring backend {_describe(backend)} is not safe for a private key ({reason}); {FIX_HINT}"
            )
        self._checked = backend
        return backend

    # ------------------------------------------------------------------ operations

    def store(self, fingerprint: str, blob: bytes) -> None:
        """Store (or replace) the encrypted key *blob* under *fingerprint*."""
        self._check_account(fingerprint)
        if not isinstance(blob, (bytes, bytearray)) or not blob:
            raise ValueError("blob must be non-empty bytes")
        backend = self.check_backend()
        encoded = base64.b64encode(bytes(blob)).decode("ascii")
        self._call("store the key", backend.set_password, self.service, fingerprint, encoded)
        # Read back: some backends accept a write and drop it (e.g. a collection that
        # relocked in between); finding out now beats finding out at signing time.
        if self._call("read the key", backend.get_password, self.service, fingerprint) != encoded:
            raise KeyringError(f"the keyring accepted the key {fingerprint} but did not keep it; {FIX_HINT}")

    def load(self, fingerprint: str) -> bytes:
        """Return the encrypted blob stored under *fingerprint*; KeyringError if absent."""
        self._check_account(fingerprint)
        backend = self.check_backend()
        encoded = self._call("read the key", backend.get_password, self.service, fingerprint)
        if encoded is None:
            raise KeyringError(f"no private key for {fingerprint} in the keyring")
        try:
            return base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise KeyringError(f"the keyring entry for {fingerprint} is damaged (not base64)") from None

    def has(self, fingerprint: str) -> bool:
        """Tell whether a key is stored under *fingerprint*."""
        self._check_account(fingerprint)
        backend = self.check_backend()
        return self._call("read the key", backend.get_password, self.service, fingerprint) is not None

    def delete(self, fingerprint: str) -> None:
        """Remove the key stored under *fingerprint*; KeyringError if there is none."""
        self._check_account(fingerprint)
        backend = self.check_backend()
        try:
            self._call("delete the key", backend.delete_password, self.service, fingerprint)
        except _Missing:
            raise KeyringError(f"no private key for {fingerprint} in the keyring") from None

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _check_account(fingerprint: str) -> None:
        if not isinstance(fingerprint, str) or not fingerprint.strip():
            raise ValueError("fingerprint must be a non-empty string")

    def _call(self, what: str, fn: Callable[..., T], *args: object) -> T:
        """Run *fn* in a daemon thread; give up after ``self.timeout`` seconds.

        A daemon thread (not an executor) because a call stuck in D-Bus must not keep the
        process alive at exit; the abandoned thread finishes or dies with the process.
        """
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                outcome["value"] = fn(*args)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
                outcome["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=run, name=f"keyring: {what}", daemon=True)
        worker.start()
        if not done.wait(self.timeout):
            raise KeyringError(f"the keyring did not answer within {self.timeout:g} s — is it locked?")
        error = outcome.get("error")
        if error is None:
            return cast(T, outcome["value"])
        if isinstance(error, ReviewerError):
            raise error
        if isinstance(error, keyring.errors.PasswordDeleteError):
            raise _Missing() from error
        if isinstance(error, keyring.errors.KeyringLocked):
            raise KeyringError(f"the keyring is locked and could not {what}; unlock it and try again") from error
        if isinstance(error, Exception):
            raise KeyringError(f"the keyring could not {what}: {_one_line(error)}") from error
        raise error  # KeyboardInterrupt / SystemExit raised inside the worker


class _Missing(Exception):
    """Internal: the backend reported that the entry to delete does not exist."""
