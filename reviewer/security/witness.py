"""The rollback witness's store: one entry per library in the OS keyring (service
``reviewer-witness``, account = the library id from the station's signed event)."""

from __future__ import annotations

from reviewer.errors import KeyringError
from reviewer.security.keystore import KeyStore

__all__ = ["WITNESS_SERVICE", "KeyringWitness"]

WITNESS_SERVICE = "reviewer-witness"


class KeyringWitness:
    """Reads and writes witness entries through a :class:`KeyStore` (secure backends only)."""

    def __init__(self, timeout: float = 10.0, *, store: KeyStore | None = None) -> None:
        self._store = store or KeyStore(WITNESS_SERVICE, timeout=timeout)

    def read(self, library_id: str) -> bytes | None:
        """The stored entry, or None when there is none."""
        if not self._store.has(library_id):
            return None
        try:
            return self._store.load(library_id)
        except KeyringError:
            if not self._store.has(library_id):
                return None
            raise

    def write(self, library_id: str, data: bytes) -> None:
        """Store (replace) the entry."""
        self._store.store(library_id, data)
