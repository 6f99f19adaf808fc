"""An in-memory keyring backend for tests, so no test ever touches the real OS keyring.

Install it process-wide with ``keyring.set_keyring(MemoryKeyring())`` or pass an instance to
``KeyStore(backend=...)``.
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, keyed by (service, username); forgotten when the process ends."""

    # High so that keyring's own auto-detection would prefer it over any real backend.
    priority = 100  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """Return the stored password or None."""
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store or replace a password."""
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Remove a password; PasswordDeleteError if absent, as real backends do."""
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("Password not found") from None
