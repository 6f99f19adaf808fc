"""Integration: the private key really goes through a Secret Service (gnome-keyring) and back.

Run it inside a throw-away session bus with an unlocked keyring daemon::

    dbus-run-session -- sh -c 'echo -n PASS | gnome-keyring-daemon --unlock --components=secrets; \
        .venv/bin/pytest -m secret_service tests/unit/test_secret_service.py'

Without a session bus or a Secret Service every test here is skipped, with the reason.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator

import pytest

from reviewer.errors import WrongPassphraseError
from reviewer.security import keys, sshsig
from reviewer.security.keystore import KeyStore

pytestmark = pytest.mark.secret_service

PASSPHRASE = "Phê duyệt clip 2024"
HOW_TO_RUN = (
    "run under: dbus-run-session -- sh -c 'echo -n PASS | gnome-keyring-daemon --unlock "
    "--components=secrets; .venv/bin/pytest -m secret_service'"
)
PROBE_TIMEOUT = 10.0


def _probe_secret_service() -> str | None:
    """Return why the Secret Service cannot be used here, or None when it is ready."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return f"no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset); {HOW_TO_RUN}"
    try:
        from keyring.backends import SecretService
    except ImportError as exc:  # pragma: no cover - SecretStorage is a Linux dependency
        return f"keyring's SecretService backend is unavailable: {exc}"
    try:
        SecretService.Keyring.priority  # noqa: B018 - raises with the reason when not viable
    except Exception as exc:  # noqa: BLE001
        return f"no Secret Service on the session bus ({exc}); {HOW_TO_RUN}"

    # Ask the daemon itself, in a thread, so a hung or prompting daemon cannot stall the run.
    verdict: list[str | None] = []

    def ask() -> None:
        try:
            import secretstorage

            connection = secretstorage.dbus_init()
            try:
                collection = secretstorage.get_default_collection(connection)
                locked = collection.is_locked()
            finally:
                connection.close()
            verdict.append(f"the default collection is locked; {HOW_TO_RUN}" if locked else None)
        except Exception as exc:  # noqa: BLE001
            verdict.append(f"the Secret Service did not answer properly ({exc}); {HOW_TO_RUN}")

    worker = threading.Thread(target=ask, daemon=True)
    worker.start()
    worker.join(PROBE_TIMEOUT)
    if not verdict:
        return f"the Secret Service did not answer within {PROBE_TIMEOUT:g} s"
    return verdict[0]


@pytest.fixture(scope="module")
def secret_service_backend():
    """A real keyring.backends.SecretService.Keyring, or a skip saying why there is none."""
    reason = _probe_secret_service()
    if reason is not None:
        if os.environ.get("REVIEWER_REQUIRE_SECRET_SERVICE"):
            # `make test` starts a private D-Bus session with an unlocked GNOME Keyring: there a
            # missing Secret Service is a broken setup, not a reason to skip.
            pytest.fail(f"a real Secret Service was required: {reason}")
        pytest.skip(reason)
    from keyring.backends import SecretService

    return SecretService.Keyring()


@pytest.fixture
def store(secret_service_backend) -> Iterator[KeyStore]:
    """A KeyStore on a service name unique to this test; whatever it holds is removed after."""
    keystore = KeyStore(f"reviewer-test-{uuid.uuid4().hex}", backend=secret_service_backend)
    yield keystore
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        for item in secretstorage.search_items(connection, {"service": keystore.service}):
            item.delete()
    finally:
        connection.close()


def _items(service: str, fp: str) -> list[bytes]:
    """Secrets the daemon holds for (service, fp), read with secretstorage, not keyring."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        found = secretstorage.search_items(connection, {"service": service, "username": fp})
        return [item.get_secret() for item in found]
    finally:
        connection.close()


def test_key_round_trips_through_secret_service(store: KeyStore, secret_service_backend) -> None:
    private_key, public_key = keys.generate_keypair()
    fp = sshsig.fingerprint(public_key)
    blob = keys.encrypt_private_key(private_key, PASSPHRASE)  # default, memory-hard cost

    assert store.check_backend() is secret_service_backend
    store.store(fp, blob)

    # The daemon itself holds exactly one item for this key, and it is the encrypted blob.
    held = _items(store.service, fp)
    assert len(held) == 1
    raw = private_key.private_bytes_raw()
    assert raw not in held[0] and b"ssh-ed25519" not in held[0]  # base64 of the JSON blob

    # A second KeyStore on a fresh backend object: nothing is served from process memory.
    from keyring.backends import SecretService

    reopened = KeyStore(store.service, backend=SecretService.Keyring())
    assert reopened.has(fp)
    loaded = reopened.load(fp)
    assert loaded == blob

    opened = keys.decrypt_private_key(loaded, PASSPHRASE)
    message = b'{"clip":"sha256:00","decision":"approved"}'
    armored = sshsig.sign(opened, message)
    assert sshsig.fingerprint(sshsig.verify(armored, message, "clip-approval", public_key)) == fp

    with pytest.raises(WrongPassphraseError):
        keys.decrypt_private_key(loaded, PASSPHRASE + "x")

    reopened.delete(fp)
    assert not store.has(fp)
    assert _items(store.service, fp) == []
