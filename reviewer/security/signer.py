"""The cryptography the sign-off services need, behind one small object (core never imports us).

:class:`SshCrypto` makes and unlocks keys (Argon2id + ChaCha20-Poly1305 blobs from
:mod:`reviewer.security.keys`), issues and reads OpenSSH certificates and revocation lists
(:mod:`reviewer.security.certs`), and signs and verifies OpenSSH SSHSIG signatures
(:mod:`reviewer.security.sshsig`). An unlocked private key never leaves this module: callers get
an :class:`UnlockedKey` that can only sign (and, for the station key, certify).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from reviewer.errors import ReviewerError, SignatureError
from reviewer.security import certs, hardening, keys, sshsig
from reviewer.security.certs import CertInfo, KrlInfo

__all__ = ["NEW_KEY_KDF", "NewKey", "SshCrypto", "UnlockedKey", "Verdict", "allowed_signers_line"]

NEW_KEY_KDF: keys.KdfParams = keys.DEFAULT_KDF
"""KDF parameters for keys made by ``keys init`` / ``station init`` (tests swap in cheap ones)."""


@dataclass(frozen=True)
class NewKey:
    """A freshly made key: its public half and the encrypted blob for the keyring."""

    public_key: str  # "ssh-ed25519 AAAA..."
    fingerprint: str
    blob: bytes = field(repr=False)


@dataclass(frozen=True)
class Verdict:
    """The outcome of one signature check: ``problem`` (None = good) and the embedded certificate."""

    problem: str | None
    certificate: str | None = None  # the OpenSSH certificate line the signature carries, if any

    @property
    def good(self) -> bool:
        """The signature verifies."""
        return self.problem is None


class UnlockedKey:
    """A decrypted private key that can sign and certify, and do nothing else (no byte accessor).

    With a certificate attached (:meth:`with_certificate`) every signature carries it, as
    ``ssh-keygen -Y sign`` does with a ``-cert.pub`` beside the key.
    """

    __slots__ = ("_key", "_cert_blob", "fingerprint", "public_key", "certificate")

    def __init__(self, private_key: Ed25519PrivateKey, certificate: str | None = None) -> None:
        self._key = private_key
        self.public_key = sshsig.public_key_openssh(private_key.public_key())
        self.fingerprint = sshsig.fingerprint(private_key.public_key())
        self.certificate = certificate
        self._cert_blob: bytes | None = None
        if certificate is not None:
            info = certs.parse_certificate(certificate)
            if info.key_fingerprint != self.fingerprint:
                raise SignatureError("the certificate is not for this key")
            self._cert_blob = info.blob

    def with_certificate(self, certificate: str) -> UnlockedKey:
        """The same key, signing with ``certificate`` embedded."""
        return UnlockedKey(self._key, certificate)

    def sign(self, data: bytes, namespace: str) -> str:
        """Armored SSHSIG over ``data`` under ``namespace`` (carrying the certificate, if any)."""
        return sshsig.sign(self._key, data, namespace, certificate=self._cert_blob)

    def certify(
        self,
        public_key: str,
        *,
        principal: str,
        key_id: str,
        serial: int,
        valid_after: int,
        valid_before: int,
    ) -> str:
        """As the station key: an OpenSSH user certificate for ``public_key`` (its line)."""
        return certs.issue_certificate(
            self._key,
            sshsig.load_public_key_openssh(public_key),
            principal=principal,
            key_id=key_id,
            serial=serial,
            valid_after=valid_after,
            valid_before=valid_before,
        )

    def __repr__(self) -> str:
        return f"UnlockedKey({self.fingerprint})"


def allowed_signers_line(principal: str, public_key: str, namespaces: list[str]) -> str:
    """One ``allowed_signers`` line limiting the key to ``namespaces`` (a pattern list)."""
    key = sshsig.load_public_key_openssh(public_key)
    for ns in namespaces:
        sshsig.allowed_signers_line(principal, key, ns)  # validates principal and namespace
    return f'{principal} namespaces="{",".join(namespaces)}" {sshsig.public_key_openssh(key)}'


def cert_authority_line(principals: str, station_key: str, namespaces: list[str]) -> str:
    """One ``cert-authority`` allowed_signers line: certificates signed by ``station_key`` whose
    principal matches the pattern ``principals`` may sign under ``namespaces`` only."""
    key = sshsig.load_public_key_openssh(station_key)
    for ns in namespaces:
        sshsig.allowed_signers_line("x", key, ns)  # validates each namespace
    if any(c.isspace() or c in '",' for c in principals):
        raise SignatureError(f"invalid principal pattern {principals!r}")
    return f'{principals} cert-authority,namespaces="{",".join(namespaces)}" {sshsig.public_key_openssh(key)}'


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


_SIG_HEADER = b"\x00\x00\x00\x53" + b"\x00\x00\x00\x0bssh-ed25519" + b"\x00\x00\x00\x40"
_PREAMBLE = b"SSHSIG" + (1).to_bytes(4, "big")


class SshCrypto:
    """Key making, unlocking, certificates, KRLs, SSHSIG signing and (cached, fast) verification."""

    def __init__(self, kdf: keys.KdfParams | None = None) -> None:
        self._kdf = kdf
        self._public_keys: dict[str, Ed25519PublicKey] = {}
        self._plain_blobs: dict[str, bytes] = {}
        # certificate wire blob -> (plain key blob of the certified key, certificate line)
        self._cert_blobs: dict[bytes, tuple[bytes, str]] = {}
        self._cert_infos: dict[str, CertInfo | str] = {}
        self._suffixes: dict[str, bytes] = {}
        self._signed: dict[str, bytes] = {}

    # -- keys -------------------------------------------------------------------------------
    def check_passphrase(self, passphrase: str, hints: tuple[str, ...] = ()) -> None:
        """Raise PolicyError for a passphrase too weak to protect a signing or station key."""
        keys.check_passphrase_strength(passphrase, hints)

    def new_key(self, passphrase: str) -> NewKey:
        """Generate an Ed25519 key pair and encrypt it under ``passphrase``."""
        private_key, public_key = keys.generate_keypair()
        blob = keys.encrypt_private_key(private_key, passphrase, kdf=self._kdf or NEW_KEY_KDF)
        return NewKey(sshsig.public_key_openssh(public_key), sshsig.fingerprint(public_key), blob)

    def unlock(self, blob: bytes, passphrase: str, certificate: str | None = None) -> UnlockedKey:
        """Decrypt a keyring blob; WrongPassphraseError if the passphrase does not open it.

        Core dumps are switched off first: a crash while the key is in memory must not write the
        seed (or the passphrase) to disk.
        """
        hardening.no_core_dumps()
        return UnlockedKey(keys.decrypt_private_key(blob, passphrase), certificate)

    def blob_fingerprint(self, blob: bytes) -> str:
        """The fingerprint a keyring blob says it holds (no passphrase needed)."""
        return keys.read_blob_header(blob)[1]

    def fingerprint(self, public_key: str) -> str:
        """``SHA256:…`` of an OpenSSH public key line."""
        return sshsig.fingerprint(sshsig.load_public_key_openssh(public_key))

    def allowed_signers_line(self, principal: str, public_key: str, namespaces: list[str]) -> str:
        """See :func:`allowed_signers_line`."""
        return allowed_signers_line(principal, public_key, namespaces)

    def cert_authority_line(self, principals: str, station_key: str, namespaces: list[str]) -> str:
        """See :func:`cert_authority_line`."""
        return cert_authority_line(principals, station_key, namespaces)

    # -- certificates and revocation lists ------------------------------------------------------
    def certificate(self, line: str) -> CertInfo:
        """Parse a certificate and check its station signature (cached); SignatureError if bad."""
        found = self._cert_infos.get(line)
        if found is None:
            try:
                found = certs.parse_certificate(line)
            except ReviewerError as exc:
                found = str(exc)
            self._cert_infos[line] = found
            if isinstance(found, CertInfo):
                plain = sshsig.public_key_blob(sshsig.load_public_key_openssh(found.public_key))
                self._cert_blobs[found.blob] = (plain, found.line)
        if isinstance(found, str):
            raise SignatureError(found)
        return found

    def krl(
        self,
        station_key: str,
        *,
        serials: list[int],
        keys_revoked: list[str],
        version: int,
        generated_at: int,
        comment: str = "",
    ) -> bytes:
        """An OpenSSH KRL revoking certificate ``serials`` of the station and ``keys_revoked``."""
        return certs.write_krl(
            sshsig.load_public_key_openssh(station_key),
            serials=serials,
            keys=[sshsig.load_public_key_openssh(k) for k in keys_revoked],
            version=version,
            generated_at=generated_at,
            comment=comment,
        )

    def read_krl(self, data: bytes) -> KrlInfo:
        """Parse an OpenSSH KRL; SignatureError if it is not one."""
        return certs.parse_krl(data)

    def key_blob(self, public_key: str) -> bytes:
        """The SSH wire blob of a plain public key line (what a KRL's SHA-256 section hashes)."""
        return self._plain_blob(public_key)

    # -- verification -----------------------------------------------------------------------
    def _public(self, public_key: str) -> Ed25519PublicKey:
        key = self._public_keys.get(public_key)
        if key is None:
            key = sshsig.load_public_key_openssh(public_key)
            self._public_keys[public_key] = key
        return key

    def _plain_blob(self, public_key: str) -> bytes:
        blob = self._plain_blobs.get(public_key)
        if blob is None:
            blob = sshsig.public_key_blob(self._public(public_key))
            self._plain_blobs[public_key] = blob
        return blob

    def signature_problem(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None:
        """Why an SSHSIG by exactly ``public_key`` (bare or certified) over ``data`` does not verify.

        None when it verifies (the name says so: a truthy result is a problem). :meth:`check`
        gives the same answer as a :class:`Verdict`.
        """
        return self.check(armored, data, namespace, public_key).problem

    def check(self, armored: str, data: bytes, namespace: str, public_key: str) -> Verdict:
        """Check an SSHSIG by ``public_key`` over ``data``; tell which certificate it carries."""
        try:
            signed = sshsig.verify_detailed(armored, data, namespace, self._public(public_key))
        except ReviewerError as exc:
            return Verdict(str(exc))
        cert_line = None
        if signed.certificate is not None:
            cert_line = f"{sshsig.CERT_KEY_TYPE} {base64.b64encode(signed.certificate).decode('ascii')}"
        return Verdict(None, cert_line)

    def check_fast(self, armored: str, data: bytes, namespace: str, public_key: str) -> Verdict:
        """Same verdict as :meth:`check`, cheaper for the common well-formed case.

        Used when a whole library is verified: parses the fixed layout ssh-keygen and we emit
        (Ed25519, sha512, a bare key or a certificate seen before through :meth:`certificate`)
        directly and falls back to the strict parser whenever anything differs, so every
        malformed or foreign signature still gets its precise message.
        """
        try:
            lines = armored.split("\n")
            if lines[0] != sshsig.BEGIN_ARMOR or lines[-2] != sshsig.END_ARMOR or lines[-1] != "":
                return self.check(armored, data, namespace, public_key)
            blob = binascii.a2b_base64("".join(lines[1:-2]), strict_mode=True)
        except (AttributeError, IndexError, binascii.Error, ValueError):
            return self.check(armored, data, namespace, public_key)
        if blob[:10] != _PREAMBLE:
            return self.check(armored, data, namespace, public_key)
        key_len = int.from_bytes(blob[10:14], "big")
        key_blob = blob[14 : 14 + key_len]
        plain = self._plain_blob(public_key)
        cert_line = None
        if key_blob != plain:
            known = self._cert_blobs.get(key_blob)
            if known is None or known[0] != plain:
                return self.check(armored, data, namespace, public_key)
            cert_line = known[1]
        suffix = self._suffixes.get(namespace)
        if suffix is None:
            suffix = _string(namespace.encode("utf-8")) + _string(b"") + _string(b"sha512")
            self._suffixes[namespace] = suffix
        rest = blob[14 + key_len :]
        # Then string(string("ssh-ed25519") || string(64-byte signature)): 4 + 15 + 4 + 64 bytes.
        if (
            len(rest) != len(suffix) + 87
            or not rest.startswith(suffix)
            or rest[len(suffix) : len(suffix) + 23] != _SIG_HEADER
        ):
            return self.check(armored, data, namespace, public_key)
        signed = self._signed.get(namespace)
        if signed is None:
            signed = b"SSHSIG" + suffix + (64).to_bytes(4, "big")
            self._signed[namespace] = signed
        try:
            self._public(public_key).verify(rest[len(suffix) + 23 :], signed + hashlib.sha512(data).digest())
        except InvalidSignature:
            return self.check(armored, data, namespace, public_key)
        return Verdict(None, cert_line)

    def signature_problem_fast(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None:
        """Why :meth:`check_fast` finds the signature bad (None = it verifies)."""
        return self.check_fast(armored, data, namespace, public_key).problem

    def signer_of(self, armored: str) -> tuple[str | None, str | None]:
        """(plain public key line, certificate line) a signature names, without verifying it."""
        try:
            lines = [x.strip() for x in armored.strip().splitlines()]
            blob = base64.b64decode("".join(lines[1:-1]), validate=True)
            key_len = int.from_bytes(blob[10:14], "big")
            key_blob = blob[14 : 14 + key_len]
            if key_blob[4 : 4 + len(sshsig.CERT_KEY_TYPE)] == sshsig.CERT_KEY_TYPE.encode():
                line = f"{sshsig.CERT_KEY_TYPE} {base64.b64encode(key_blob).decode('ascii')}"
                info = certs.parse_certificate(line)
                return info.public_key, info.line
            return f"{sshsig.KEY_TYPE} {base64.b64encode(key_blob).decode('ascii')}", None
        except (ReviewerError, ValueError, binascii.Error, IndexError):
            return None, None
