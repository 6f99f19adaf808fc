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
    priority = 100

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


class FileBackedTestKeyring(MemoryKeyring):
    """The test keyring shared with child processes through one JSON file (``{"keyring": [[service,
    user, password]...], ...}``): every read reloads it and every write saves it under an exclusive
    lock, so what a child stores (a key, the rollback witness) is there for the parent and the
    next child, as in a real keyring. Other keys of the file are kept."""

    def __init__(self, path) -> None:
        super().__init__()
        from pathlib import Path

        self.path = Path(path)

    def _locked(self, write: bool):
        import fcntl
        import json
        from contextlib import contextmanager

        @contextmanager
        def scope():
            with open(self.path.with_name(self.path.name + ".lock"), "a+") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    doc = json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
                    self.passwords = {(s, u): p for s, u, p in doc.get("keyring", [])}
                    yield
                    if write:
                        doc["keyring"] = [[s, u, p] for (s, u), p in self.passwords.items()]
                        tmp = self.path.with_name(self.path.name + ".tmp")
                        tmp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
                        tmp.replace(self.path)
                finally:
                    fcntl.flock(lock, fcntl.LOCK_UN)

        return scope()

    def get_password(self, service: str, username: str) -> str | None:
        """Return the stored password or None (read from the file)."""
        with self._locked(False):
            return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store or replace a password (saved to the file)."""
        with self._locked(True):
            super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        """Remove a password (saved to the file)."""
        with self._locked(True):
            super().delete_password(service, username)


def share_keyring(memory: MemoryKeyring, path) -> None:
    """Write ``memory``'s entries to ``path`` for child processes (keeps the file's other keys)."""
    import json
    from pathlib import Path

    path = Path(path)
    doc = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    doc["keyring"] = [[s, u, p] for (s, u), p in memory.passwords.items()]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def take_back_keyring(memory: MemoryKeyring, path) -> None:
    """Read what child processes left in ``path`` back into ``memory``."""
    import json
    from pathlib import Path

    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    memory.passwords = {(s, u): p for s, u, p in doc.get("keyring", [])}
