"""The wrong-passphrase rule: five wrong entries in a row lock signing, 1 min, 2, 4 … up to a day.

One rule for every key a passphrase opens (a signer's key, the station key). Each wrong entry
(``wrong_passphrase``) and each lock (``signing_locked``) is an audit event; a correct passphrase
resets the count. :func:`unlock_with_lockout` is the only way the services open a key.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from reviewer.core.canonical import format_rfc3339
from reviewer.core.signing_model import Crypto, KeyVault, LockState, SigningRepo, UnlockedKey
from reviewer.errors import KeyringError, SigningLockedError, WrongPassphraseError

__all__ = [
    "BASE_LOCK_S",
    "MAX_FAILURES",
    "MAX_LOCK_S",
    "lock_delay_s",
    "locked_message",
    "remaining_text",
    "unlock_with_lockout",
]

MAX_FAILURES = 5
"""Wrong passphrases in a row that lock signing."""
BASE_LOCK_S = 60
MAX_LOCK_S = 24 * 3600


def lock_delay_s(lockouts: int) -> int:
    """How long the ``lockouts``-th lock lasts: 1 min, 2, 4, 8 … doubling, at most one day."""
    return int(min(BASE_LOCK_S * 2 ** max(0, lockouts - 1), MAX_LOCK_S))


def remaining_text(delta: timedelta) -> str:
    """How long is left, shortly: "45 s", "3 min", "2.5 h"."""
    secs = max(1, int(delta.total_seconds() + 0.999))
    if secs < 120:
        return f"{secs} s"
    if secs < 7200:
        return f"{(secs + 59) // 60} min"
    return f"{secs / 3600:.1f} h"


def locked_message(principal: str, lock: LockState, now: datetime) -> str:
    """The one line shown while ``principal`` is locked."""
    assert lock.locked_until is not None
    return (
        f"signing is locked for {principal} after {MAX_FAILURES} wrong passphrases; try again in "
        f"{remaining_text(lock.locked_until - now)} (at {format_rfc3339(lock.locked_until)})"
    )


def unlock_with_lockout(
    *,
    repo: SigningRepo,
    crypto: Crypto,
    vault: KeyVault,
    principal: str,
    fingerprint: str,
    passphrase: str,
    signed_from: str,
    now: datetime,
    certificate: str | None = None,
    on_events: Callable[[list[Any]], None] | None = None,
) -> UnlockedKey:
    """Open the key ``fingerprint`` of ``principal`` with ``passphrase``, counting wrong entries.

    Raises SigningLockedError while locked, WrongPassphraseError (with the attempts left) for a
    wrong passphrase, KeyringError when the keyring holds nothing or another key. ``on_events``
    receives the audit events a wrong entry appended (the caller witnesses them).
    """
    lock = repo.lock(principal)
    if lock.locked_at(now):
        raise SigningLockedError(locked_message(principal, lock, now))
    blob = vault.load(fingerprint)
    if crypto.blob_fingerprint(blob) != fingerprint:
        raise KeyringError(f"the keyring entry for {fingerprint} holds another key")
    try:
        unlocked = crypto.unlock(blob, passphrase, certificate)
    except WrongPassphraseError:
        state, events = repo.register_failure(
            principal,
            fingerprint=fingerprint,
            now=now,
            max_failures=MAX_FAILURES,
            delay_for=lock_delay_s,
            signed_from=signed_from,
        )
        if on_events is not None:
            on_events(events)
        if state.locked_at(now):
            raise SigningLockedError(f"wrong passphrase; {locked_message(principal, state, now)}") from None
        left = MAX_FAILURES - state.failures
        raise WrongPassphraseError(
            f"wrong passphrase for {principal} ({left} attempt{'s' if left != 1 else ''} left "
            f"before signing locks for {remaining_text(timedelta(seconds=lock_delay_s(state.lockouts + 1)))})"
        ) from None
    if unlocked.fingerprint != fingerprint:
        raise KeyringError("the unlocked key is not the enrolled one")
    if lock.failures or lock.lockouts:
        repo.clear_failures(principal)
    return unlocked
