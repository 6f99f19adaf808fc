"""OpenSSH SSHSIG signatures (PROTOCOL.sshsig), Ed25519 only, written by hand.

The output is byte-for-byte what ``ssh-keygen -Y sign`` produces for an Ed25519 key, so the
publishing desk can check an approval with ``ssh-keygen -Y verify`` and never needs this program.

Wire format (all ``string`` fields are a big-endian uint32 length followed by the bytes)::

    byte[6]  "SSHSIG"            uint32  version (1)
    string   publickey           string  namespace
    string   reserved ("")       string  hash_algorithm ("sha512")
    string   signature

The signature covers ``"SSHSIG" || string(namespace) || string(reserved) || string(hash_alg)
|| string(H(message))``, never the message itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct
from typing import cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from reviewer.errors import SignatureError

__all__ = [
    "CERT_KEY_TYPE",
    "DEFAULT_NAMESPACE",
    "SignedBy",
    "allowed_signers_line",
    "fingerprint",
    "load_public_key_openssh",
    "public_key_blob",
    "public_key_openssh",
    "sign",
    "verify",
]

DEFAULT_NAMESPACE = "clip-approval"

MAGIC_PREAMBLE = b"SSHSIG"
SIG_VERSION = 1
KEY_TYPE = "ssh-ed25519"
CERT_KEY_TYPE = "ssh-ed25519-cert-v01@openssh.com"
BEGIN_ARMOR = "-----BEGIN SSH SIGNATURE-----"
END_ARMOR = "-----END SSH SIGNATURE-----"
# ssh-keygen wraps the base64 body at 70 columns (SSHSIG_LINE_LEN in sshsig.c).
LINE_LENGTH = 70
# ssh-keygen signs with sha512; the spec also allows sha256, which verifiers must accept.
_HASHES = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
SIGN_HASH = "sha512"

# An allowed_signers principal may not contain whitespace; quotes and commas would change
# its meaning (pattern lists), so we refuse them rather than emit a line ssh-keygen misreads.
_PRINCIPAL_RE = re.compile(r'^[^\s",]+$')
_NAMESPACE_RE = re.compile(r'^[^\s",]+$')


# --------------------------------------------------------------------------- wire helpers


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    """Strict reader for SSH wire data; every short read is a malformed signature."""

    def __init__(self, data: bytes, what: str) -> None:
        self._data = data
        self._pos = 0
        self._what = what

    def take(self, n: int) -> bytes:
        if n < 0 or self._pos + n > len(self._data):
            raise SignatureError(f"malformed {self._what}: truncated data")
        chunk = self._data[self._pos : self._pos + n]
        self._pos += n
        return chunk

    def uint32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self) -> str:
        raw = self.string()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureError(f"malformed {self._what}: a text field is not UTF-8") from None

    def finish(self) -> None:
        if self._pos != len(self._data):
            raise SignatureError(f"malformed {self._what}: unexpected trailing data")


# --------------------------------------------------------------------------- public keys


def public_key_blob(public_key: Ed25519PublicKey) -> bytes:
    """Return the SSH wire encoding of an Ed25519 public key (``string type || string key``)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return _string(KEY_TYPE.encode()) + _string(raw)


def _public_key_from_blob(blob: bytes) -> Ed25519PublicKey:
    reader = _Reader(blob, "public key")
    key_type = reader.text()
    if key_type != KEY_TYPE:
        raise SignatureError(f"unsupported key type {key_type!r}: only {KEY_TYPE} is accepted")
    raw = reader.string()
    reader.finish()
    if len(raw) != 32:
        raise SignatureError("malformed public key: an Ed25519 key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def _signer_from_blob(blob: bytes) -> Ed25519PublicKey:
    """The signing key named by an SSHSIG's publickey field: a plain key or a certificate's key.

    A certificate is only unpacked here, not trusted: whether its station signature, principal and
    validity are acceptable is decided by the caller (reviewer.security.certs).
    """
    reader = _Reader(blob, "public key")
    key_type = reader.text()
    if key_type != CERT_KEY_TYPE:
        return _public_key_from_blob(blob)
    line = f"{CERT_KEY_TYPE} {base64.b64encode(blob).decode('ascii')}".encode("ascii")
    try:
        # The line starts with the certificate key type, so what loads is a certificate.
        cert = cast(serialization.SSHCertificate, serialization.load_ssh_public_identity(line))
    except (ValueError, TypeError):
        raise SignatureError("malformed signature: the embedded certificate is unreadable") from None
    key = cert.public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise SignatureError("unsupported certificate key type: only Ed25519 is accepted")
    return key


def public_key_openssh(public_key: Ed25519PublicKey) -> str:
    """Return the key as one OpenSSH line, ``ssh-ed25519 AAAA...`` (no comment)."""
    return f"{KEY_TYPE} {base64.b64encode(public_key_blob(public_key)).decode('ascii')}"


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """Return ``SHA256:<unpadded base64>``, exactly as ``ssh-keygen -l`` prints it."""
    digest = hashlib.sha256(public_key_blob(public_key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def load_public_key_openssh(text: str) -> Ed25519PublicKey:
    """Parse an ``ssh-ed25519 AAAA... [comment]`` line; raise SignatureError if it is not one."""
    fields = text.strip().split()
    if len(fields) < 2:
        raise SignatureError("not an OpenSSH public key line (expected 'ssh-ed25519 AAAA...')")
    if fields[0] != KEY_TYPE:
        raise SignatureError(f"unsupported key type {fields[0]!r}: only {KEY_TYPE} is accepted")
    try:
        blob = base64.b64decode(fields[1], validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("malformed public key: the key data is not valid base64") from None
    return _public_key_from_blob(blob)


def allowed_signers_line(principal: str, public_key: Ed25519PublicKey, namespace: str = DEFAULT_NAMESPACE) -> str:
    """Return one ``allowed_signers`` line limiting *principal*'s key to *namespace*."""
    if not _PRINCIPAL_RE.match(principal):
        raise SignatureError(f"principal {principal!r} cannot be used in allowed_signers (no spaces, quotes or commas)")
    _check_namespace(namespace)
    return f'{principal} namespaces="{namespace}" {public_key_openssh(public_key)}'


# --------------------------------------------------------------------------- sign / verify


def _check_namespace(namespace: str) -> None:
    # PROTOCOL.sshsig forbids an empty namespace; ssh-keygen's -n and the namespaces="..."
    # option in allowed_signers cannot carry spaces, quotes or commas either.
    if not namespace or not _NAMESPACE_RE.match(namespace):
        raise SignatureError(f"invalid signature namespace {namespace!r}")


def _signed_data(namespace: str, hash_alg: str, message: bytes) -> bytes:
    digest = _HASHES[hash_alg](message).digest()
    return (
        MAGIC_PREAMBLE
        + _string(namespace.encode("utf-8"))
        + _string(b"")
        + _string(hash_alg.encode("ascii"))
        + _string(digest)
    )


def _armor(blob: bytes) -> str:
    body = base64.b64encode(blob).decode("ascii")
    lines = [body[i : i + LINE_LENGTH] for i in range(0, len(body), LINE_LENGTH)]
    return "\n".join([BEGIN_ARMOR, *lines, END_ARMOR]) + "\n"


def _dearmor(armored: str) -> bytes:
    if isinstance(armored, bytes):
        try:
            armored = armored.decode("ascii")
        except UnicodeDecodeError:
            raise SignatureError("malformed signature: the armor is not ASCII text") from None
    if not isinstance(armored, str):
        raise SignatureError("malformed signature: expected armored text")
    lines = [line.strip() for line in armored.strip().splitlines()]
    if len(lines) < 3 or lines[0] != BEGIN_ARMOR or lines[-1] != END_ARMOR:
        raise SignatureError("malformed signature: missing '-----BEGIN/END SSH SIGNATURE-----' armor")
    try:
        return base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("malformed signature: the armored body is not valid base64") from None


def sign(
    private_key: Ed25519PrivateKey,
    message: bytes,
    namespace: str = DEFAULT_NAMESPACE,
    *,
    certificate: bytes | None = None,
) -> str:
    """Sign *message* under *namespace*; return the armored SSHSIG text ssh-keygen can verify.

    With ``certificate`` (the wire blob of the key's OpenSSH certificate) the signature carries the
    certificate instead of the bare key, as ``ssh-keygen -Y sign`` does with a ``-cert.pub`` beside
    the key, so a ``cert-authority`` allowed_signers line can verify it.
    """
    if not isinstance(private_key, Ed25519PrivateKey):
        raise SignatureError("only Ed25519 private keys can sign")
    _check_namespace(namespace)
    key_blob = public_key_blob(private_key.public_key())
    if certificate is not None:
        if _signer_from_blob(certificate) != private_key.public_key():
            raise SignatureError("the certificate is not for this key")
        key_blob = bytes(certificate)
    signature = private_key.sign(_signed_data(namespace, SIGN_HASH, bytes(message)))
    blob = (
        MAGIC_PREAMBLE
        + struct.pack(">I", SIG_VERSION)
        + _string(key_blob)
        + _string(namespace.encode("utf-8"))
        + _string(b"")
        + _string(SIGN_HASH.encode("ascii"))
        + _string(_string(KEY_TYPE.encode()) + _string(signature))
    )
    return _armor(blob)


class SignedBy:
    """Who made a good signature: the key, and the certificate blob when one was embedded."""

    __slots__ = ("key", "key_blob", "certificate")

    def __init__(self, key: Ed25519PublicKey, key_blob: bytes, certificate: bytes | None) -> None:
        self.key = key
        self.key_blob = key_blob
        self.certificate = certificate


def verify(
    armored: str,
    message: bytes,
    namespace: str,
    public_key: Ed25519PublicKey | None = None,
) -> Ed25519PublicKey:
    """Check an armored SSHSIG over *message*; return the signer's key or raise SignatureError.

    When *public_key* is given the signature must have been made by exactly that key (bare or
    inside a certificate); without it the caller must still decide whether it trusts the key.
    """
    return verify_detailed(armored, message, namespace, public_key).key


def verify_detailed(
    armored: str,
    message: bytes,
    namespace: str,
    public_key: Ed25519PublicKey | None = None,
) -> SignedBy:
    """As :func:`verify`, also telling whether a certificate was embedded (and which)."""
    blob = _dearmor(armored)
    reader = _Reader(blob, "signature")
    if reader.take(len(MAGIC_PREAMBLE)) != MAGIC_PREAMBLE:
        raise SignatureError("malformed signature: not an SSHSIG blob (bad magic)")
    version = reader.uint32()
    if version != SIG_VERSION:
        raise SignatureError(f"unsupported SSHSIG version {version}")
    key_blob = reader.string()
    sig_namespace = reader.text()
    reserved = reader.string()
    hash_alg = reader.text()
    sig_blob = reader.string()
    reader.finish()

    signer = _signer_from_blob(key_blob)
    if sig_namespace != namespace:
        raise SignatureError(f"signature namespace is {sig_namespace!r}, expected {namespace!r}")
    # The spec reserves this field for future use; a value we do not understand is refused.
    if reserved:
        raise SignatureError("malformed signature: the reserved field is not empty")
    if hash_alg not in _HASHES:
        raise SignatureError(f"unsupported signature hash algorithm {hash_alg!r}")

    sig_reader = _Reader(sig_blob, "signature")
    sig_type = sig_reader.text()
    if sig_type != KEY_TYPE:
        raise SignatureError(f"unsupported signature type {sig_type!r}: only {KEY_TYPE} is accepted")
    raw_signature = sig_reader.string()
    sig_reader.finish()
    if len(raw_signature) != 64:
        raise SignatureError("malformed signature: an Ed25519 signature is 64 bytes")

    if public_key is not None and public_key_blob(public_key) != public_key_blob(signer):
        raise SignatureError(f"signed by key {fingerprint(signer)}, not by the expected key {fingerprint(public_key)}")
    try:
        signer.verify(raw_signature, _signed_data(namespace, hash_alg, bytes(message)))
    except InvalidSignature:
        raise SignatureError(f"signature by {fingerprint(signer)} does not match the signed data") from None
    is_cert = key_blob[4 : 4 + len(CERT_KEY_TYPE)] == CERT_KEY_TYPE.encode()
    return SignedBy(signer, key_blob, key_blob if is_cert else None)
