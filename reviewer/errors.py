"""The ReviewerError family: every error a user can cause carries a one-line message for them.

The CLI prints ``str(error)`` and exits with ``error.exit_code``; the desk shows it in a dialog or
the status bar. Nothing in this family should ever reach the user as a traceback.
"""

from __future__ import annotations


class ReviewerError(Exception):
    """Base of all user-facing errors; ``message`` is one line meant for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(ReviewerError):
    """The command line or a setting was wrong (exit 2)."""

    exit_code = 2


class NotFoundError(ReviewerError):
    """A clip, version, person or key named by the user does not exist."""


class InputRejected(ReviewerError):
    """One input item (file, folder, package member) cannot be ingested; the rest goes on."""


class MediaError(InputRejected):
    """A media file cannot be probed or its first frame cannot be decoded."""


class CaptionError(ReviewerError):
    """A caption file cannot be decoded or parsed (its clip is still ingested, with a warning)."""


class PackageError(InputRejected):
    """A zip package is unsafe or malformed."""


class StorageError(ReviewerError):
    """The library database or media store cannot be opened or written."""


class DiskFullError(StorageError):
    """The disk holding the home folder is full; nothing was half-written."""


class KeyringError(ReviewerError):
    """The OS keyring is unusable (insecure backend, locked, timed out)."""


class WrongPassphraseError(ReviewerError):
    """The signing passphrase did not decrypt the private key."""


class SigningLockedError(ReviewerError):
    """Signing is locked for a while after too many wrong passphrases."""


class PolicyError(ReviewerError):
    """An action is refused by the signing policy (coverage, checklist, role...)."""


class SignatureError(ReviewerError):
    """A signature or signed record does not verify."""


class IntegrityError(ReviewerError):
    """The audit chain or a stored file does not match what was recorded."""


def disk_full_errno(exc: BaseException, *, file_size_limit: bool = True) -> bool:
    """Whether ``exc`` is an OSError saying the disk is full (no space, quota exceeded) or, unless
    ``file_size_limit`` is False, that a file reached the size limit (``ulimit -f``, FAT32's 4 GiB).

    The one test of "full" in the program. Where one input file too large for the disk is that
    file's own problem (ingest goes on with the others), the caller checks ``EFBIG`` first or passes
    ``file_size_limit=False``.
    """
    import errno

    codes = {errno.ENOSPC, errno.EDQUOT} | ({errno.EFBIG} if file_size_limit else set())
    return isinstance(exc, OSError) and exc.errno in codes
