"""The cryptography the sign-off service needs, behind one small object (core never imports us).

:class:`SshCrypto` makes and unlocks keys (Argon2id + ChaCha20-Poly1305 blobs from
:mod:`reviewer.security.keys`) and signs and verifies OpenSSH SSHSIG signatures
(:mod:`reviewer.security.sshsig`). An unlocked private key never leaves this module: callers get an
:class:`UnlockedKey` that can only sign.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from reviewer.errors import ReviewerError, SignatureError
from reviewer.security import keys, sshsig

__all__ = ["NEW_KEY_KDF", "SshCrypto", "UnlockedKey", "allowed_signers_line"]

NEW_KEY_KDF: keys.KdfParams = keys.DEFAULT_KDF
"""KDF parameters for keys made by ``keys init`` (tests swap in ``KdfParams.for_tests()``)."""


@dataclass(frozen=True)
class NewKey:
    """A freshly made key: its public half and the encrypted blob for the keyring."""

    public_key: str  # "ssh-ed25519 AAAA..."
    fingerprint: str
    blob: bytes = field(repr=False)


class UnlockedKey:
    """A decrypted private key that can sign and do nothing else (no accessor for its bytes)."""

    __slots__ = ("_key", "fingerprint", "public_key")

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public_key = sshsig.public_key_openssh(private_key.public_key())
        self.fingerprint = sshsig.fingerprint(private_key.public_key())

    def sign(self, data: bytes, namespace: str) -> str:
        """Armored SSHSIG over ``data`` under ``namespace``."""
        return sshsig.sign(self._key, data, namespace)

    def __repr__(self) -> str:
        return f"UnlockedKey({self.fingerprint})"


def allowed_signers_line(principal: str, public_key: str, namespaces: list[str]) -> str:
    """One ``allowed_signers`` line limiting the key to ``namespaces`` (a pattern list)."""
    key = sshsig.load_public_key_openssh(public_key)
    for ns in namespaces:
        sshsig.allowed_signers_line(principal, key, ns)  # validates principal and namespace
    return f'{principal} namespaces="{",".join(namespaces)}" {sshsig.public_key_openssh(key)}'


class SshCrypto:
    """Key making, unlocking, SSHSIG signing and (cached, fast) verification."""

    def __init__(self, kdf: keys.KdfParams | None = None) -> None:
        self._kdf = kdf
        self._public_keys: dict[str, Ed25519PublicKey] = {}

    # -- keys -------------------------------------------------------------------------------
    def check_passphrase(self, passphrase: str) -> None:
        """Raise PolicyError for a passphrase too weak to protect a signing key."""
        keys.check_passphrase_strength(passphrase)

    def new_key(self, passphrase: str) -> NewKey:
        """Generate an Ed25519 key pair and encrypt it under ``passphrase``."""
        private_key, public_key = keys.generate_keypair()
        blob = keys.encrypt_private_key(private_key, passphrase, kdf=self._kdf or NEW_KEY_KDF)
        return NewKey(sshsig.public_key_openssh(public_key), sshsig.fingerprint(public_key), blob)

    def unlock(self, blob: bytes, passphrase: str) -> UnlockedKey:
        """Decrypt a keyring blob; WrongPassphraseError if the passphrase does not open it."""
        return UnlockedKey(keys.decrypt_private_key(blob, passphrase))

    def blob_fingerprint(self, blob: bytes) -> str:
        """The fingerprint a keyring blob says it holds (no passphrase needed)."""
        return keys.read_blob_header(blob)[1]

    def fingerprint(self, public_key: str) -> str:
        """``SHA256:…`` of an OpenSSH public key line."""
        return sshsig.fingerprint(sshsig.load_public_key_openssh(public_key))

    def allowed_signers_line(self, principal: str, public_key: str, namespaces: list[str]) -> str:
        """See :func:`allowed_signers_line`."""
        return allowed_signers_line(principal, public_key, namespaces)

    # -- verification -----------------------------------------------------------------------
    def _public(self, public_key: str) -> Ed25519PublicKey:
        key = self._public_keys.get(public_key)
        if key is None:
            key = sshsig.load_public_key_openssh(public_key)
            self._public_keys[public_key] = key
        return key

    def verify(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None:
        """Check an SSHSIG by exactly ``public_key`` over ``data``; the problem, or None."""
        try:
            sshsig.verify(armored, data, namespace, self._public(public_key))
        except ReviewerError as exc:
            return str(exc)
        return None

    def verify_fast(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None:
        """Same verdict as :meth:`verify`, cheaper for the common well-formed case.

        Used when a whole library is verified: parses the fixed layout ssh-keygen and we emit
        (Ed25519, sha512) directly and only falls back to the strict parser when anything differs,
        so every malformed or foreign signature still gets its precise message.
        """
        try:
            lines = armored.split("\n")
            if lines[0] != sshsig.BEGIN_ARMOR or lines[-2] != sshsig.END_ARMOR or lines[-1] != "":
                return self.verify(armored, data, namespace, public_key)
            blob = base64.b64decode("".join(lines[1:-2]), validate=True)
        except (AttributeError, IndexError, binascii.Error, ValueError):
            return self.verify(armored, data, namespace, public_key)
        key = self._public(public_key)
        expected_prefix = _fast_prefix(public_key, key, namespace)
        # Then string(string("ssh-ed25519") || string(64-byte signature)): 4 + 15 + 4 + 64 bytes.
        if len(blob) != len(expected_prefix) + 87 or not blob.startswith(expected_prefix):
            return self.verify(armored, data, namespace, public_key)
        tail = blob[len(expected_prefix) :]
        if tail[:23] != _SIG_HEADER:
            return self.verify(armored, data, namespace, public_key)
        signed = _signed_prefix(namespace) + hashlib.sha512(data).digest()
        try:
            key.verify(tail[23:], signed)
        except InvalidSignature:
            return self.verify(armored, data, namespace, public_key)
        return None


_SIG_HEADER = b"\x00\x00\x00\x53" + b"\x00\x00\x00\x0bssh-ed25519" + b"\x00\x00\x00\x40"
_PREFIXES: dict[tuple[str, str], bytes] = {}
_SIGNED: dict[str, bytes] = {}


def _string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def _fast_prefix(public_key: str, key: Ed25519PublicKey, namespace: str) -> bytes:
    """The SSHSIG blob up to the signature field, for this key and namespace (sha512)."""
    found = _PREFIXES.get((public_key, namespace))
    if found is None:
        found = (
            b"SSHSIG"
            + (1).to_bytes(4, "big")
            + _string(sshsig.public_key_blob(key))
            + _string(namespace.encode("utf-8"))
            + _string(b"")
            + _string(b"sha512")
        )
        _PREFIXES[(public_key, namespace)] = found
    return found


def _signed_prefix(namespace: str) -> bytes:
    found = _SIGNED.get(namespace)
    if found is None:
        found = (
            b"SSHSIG"
            + _string(namespace.encode("utf-8"))
            + _string(b"")
            + _string(b"sha512")
            + (64).to_bytes(4, "big")
        )
        _SIGNED[namespace] = found
    return found


def check_signature_error(problem: str | None) -> None:
    """Raise SignatureError for a problem string from :meth:`SshCrypto.verify`."""
    if problem:
        raise SignatureError(problem)
