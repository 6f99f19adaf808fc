r"""OpenSSH user certificates issued by the station key, and the station's revocation list (KRL).

Certificates are built and parsed with the ``cryptography`` package (``SSHCertificateBuilder``,
``load_ssh_public_identity``); ``ssh-keygen -L`` reads what we write. A signer's certificate says,
with the station key's signature: this Ed25519 key belongs to ``<role>:<principal>`` (the only
principal), serial N, valid from enrolment for ``cert_validity_days``. ``ssh-keygen -Y verify``
with a ``cert-authority`` allowed_signers line then enforces role, station and validity itself.

The KRL is written by hand (no maintained Python library writes OpenSSH KRLs); its layout follows
OpenSSH's PROTOCOL.krl and ``ssh-keygen -Q -l -f`` reads it back in the tests::

    "SSHKRL\n\0"  uint32 format version (1)  uint64 krl_version  uint64 generated_date
    uint64 flags  string reserved  string comment
    sections: byte type, string data
      KRL_SECTION_CERTIFICATES (1): string ca_key, string reserved,
          then subsections: byte type, string data
          KRL_SECTION_CERT_SERIAL_LIST (0x20): uint64 serial...
      KRL_SECTION_FINGERPRINT_SHA256 (5): string sha256(plain key blob)...  (ascending)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    SSHCertificate,
    SSHCertificateBuilder,
    SSHCertificateType,
    load_ssh_public_identity,
)

from reviewer.errors import SignatureError
from reviewer.security.sshsig import fingerprint, public_key_blob, public_key_openssh

__all__ = [
    "CERT_TYPE",
    "CertInfo",
    "KrlInfo",
    "issue_certificate",
    "parse_certificate",
    "parse_krl",
    "write_krl",
]

CERT_TYPE = "ssh-ed25519-cert-v01@openssh.com"
_KRL_MAGIC = b"SSHKRL\n\0"
_KRL_FORMAT_VERSION = 1
_KRL_SECTION_CERTIFICATES = 1
_KRL_SECTION_EXPLICIT_KEY = 2
_KRL_SECTION_FINGERPRINT_SHA1 = 3
_KRL_SECTION_SIGNATURE = 4
_KRL_SECTION_FINGERPRINT_SHA256 = 5
_KRL_CERT_SERIAL_LIST = 0x20
_KRL_CERT_SERIAL_RANGE = 0x21
_KRL_CERT_SERIAL_BITMAP = 0x22
_KRL_CERT_KEY_ID = 0x23


@dataclass(frozen=True)
class CertInfo:
    """What a signer's certificate states, after its CA signature was checked."""

    line: str  # "ssh-ed25519-cert-v01@openssh.com AAAA..."
    blob: bytes
    public_key: str  # the certified key, "ssh-ed25519 AAAA..."
    key_fingerprint: str
    ca_public_key: str
    ca_fingerprint: str
    serial: int
    key_id: str
    principals: tuple[str, ...]
    valid_after: int  # seconds since the epoch
    valid_before: int

    @property
    def role_principal(self) -> tuple[str, str] | None:
        """(role, principal) from the one ``role:principal`` the certificate names, else None."""
        if len(self.principals) != 1 or ":" not in self.principals[0]:
            return None
        role, _, principal = self.principals[0].partition(":")
        return role, principal


def _plain_key_line(key: Ed25519PublicKey) -> str:
    return public_key_openssh(key)


def issue_certificate(
    ca_key: Ed25519PrivateKey,
    public_key: Ed25519PublicKey,
    *,
    principal: str,
    key_id: str,
    serial: int,
    valid_after: int,
    valid_before: int,
) -> str:
    """A user certificate for ``public_key`` signed by ``ca_key``; returns its OpenSSH line.

    No extensions and no critical options: the certificate is only ever used to sign records
    (``ssh-keygen -Y sign``), never to log in anywhere.
    """
    if not 0 < serial < 2**64:
        raise ValueError("certificate serial out of range")
    if valid_before <= valid_after:
        raise ValueError("certificate validity window is empty")
    cert = (
        SSHCertificateBuilder()
        .public_key(public_key)
        .serial(serial)
        .type(SSHCertificateType.USER)
        .key_id(key_id.encode("utf-8"))
        .valid_principals([principal.encode("utf-8")])
        .valid_after(valid_after)
        .valid_before(valid_before)
        .sign(ca_key)
    )
    return cert.public_bytes().decode("ascii")


def _load(line_or_blob: str | bytes) -> tuple[SSHCertificate, bytes]:
    if isinstance(line_or_blob, bytes):
        blob = line_or_blob
        line = f"{CERT_TYPE} {base64.b64encode(blob).decode('ascii')}".encode("ascii")
    else:
        fields = line_or_blob.strip().split()
        if len(fields) < 2 or fields[0] != CERT_TYPE:
            raise SignatureError(f"not an OpenSSH Ed25519 certificate (expected '{CERT_TYPE} AAAA...')")
        try:
            blob = base64.b64decode(fields[1], validate=True)
        except (binascii.Error, ValueError):
            raise SignatureError("malformed certificate: not valid base64") from None
        line = f"{fields[0]} {fields[1]}".encode("ascii")
    try:
        cert = load_ssh_public_identity(line)
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"malformed certificate: {exc}") from None
    if not isinstance(cert, SSHCertificate):
        raise SignatureError("not an OpenSSH certificate")
    return cert, blob


def parse_certificate(line_or_blob: str | bytes) -> CertInfo:
    """Parse a certificate and check its CA signature; raise SignatureError if either fails.

    Whether the CA is the station's is the caller's question (compare ``ca_fingerprint``).
    """
    cert, blob = _load(line_or_blob)
    if cert.type != SSHCertificateType.USER:
        raise SignatureError("the certificate is not a user certificate")
    key = cert.public_key()
    ca = cert.signature_key()
    if not isinstance(key, Ed25519PublicKey) or not isinstance(ca, Ed25519PublicKey):
        raise SignatureError("only Ed25519 keys and Ed25519 station keys are accepted")
    try:
        cert.verify_cert_signature()
    except (InvalidSignature, ValueError):
        raise SignatureError("the certificate's signature by its station key does not verify") from None
    if cert.critical_options:
        raise SignatureError("the certificate carries critical options this desk does not issue")
    return CertInfo(
        line=f"{CERT_TYPE} {base64.b64encode(blob).decode('ascii')}",
        blob=blob,
        public_key=_plain_key_line(key),
        key_fingerprint=fingerprint(key),
        ca_public_key=_plain_key_line(ca),
        ca_fingerprint=fingerprint(ca),
        serial=int(cert.serial),
        key_id=cert.key_id.decode("utf-8", "replace"),
        principals=tuple(p.decode("utf-8", "replace") for p in cert.valid_principals),
        valid_after=int(cert.valid_after),
        valid_before=int(cert.valid_before),
    )


# --------------------------------------------------------------------------- KRL


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def write_krl(
    ca_public_key: Ed25519PublicKey,
    *,
    serials: Iterable[int],
    keys: Iterable[Ed25519PublicKey] = (),
    version: int,
    generated_at: int,
    comment: str = "",
) -> bytes:
    """An OpenSSH KRL revoking the given certificate serials of ``ca_public_key`` and plain keys.

    A revoked key is listed twice on purpose: by its certificate serials (what ``-Y verify -r``
    checks for a certificate) and by the SHA-256 of the plain key, so a signature made with the
    bare key (no certificate) is refused too.
    """
    out = (
        _KRL_MAGIC
        + struct.pack(">I", _KRL_FORMAT_VERSION)
        + struct.pack(">Q", version)
        + struct.pack(">Q", generated_at)
        + struct.pack(">Q", 0)
        + _string(b"")
        + _string(comment.encode("utf-8"))
    )
    serial_list = sorted(set(int(s) for s in serials))
    if serial_list:
        sub = b"".join(struct.pack(">Q", s) for s in serial_list)
        section = _string(public_key_blob(ca_public_key)) + _string(b"") + bytes([_KRL_CERT_SERIAL_LIST]) + _string(sub)
        out += bytes([_KRL_SECTION_CERTIFICATES]) + _string(section)
    digests = sorted({hashlib.sha256(public_key_blob(k)).digest() for k in keys})
    if digests:
        out += bytes([_KRL_SECTION_FINGERPRINT_SHA256]) + _string(b"".join(_string(d) for d in digests))
    return out


@dataclass(frozen=True)
class KrlInfo:
    """What a KRL revokes: certificate serials per CA fingerprint, and key SHA-256 digests."""

    version: int
    generated_at: int
    serials: dict[str, frozenset[int]]
    key_sha256: frozenset[bytes]
    key_ids: dict[str, frozenset[str]]

    def revokes(self, cert: CertInfo | None, key_blob: bytes) -> bool:
        """Whether this KRL revokes a certificate (by serial or key id) or the plain key."""
        if hashlib.sha256(key_blob).digest() in self.key_sha256:
            return True
        if cert is None:
            return False
        for ca in (cert.ca_fingerprint, ""):
            if cert.serial in self.serials.get(ca, frozenset()):
                return True
            if cert.key_id in self.key_ids.get(ca, frozenset()):
                return True
        return False


class _KrlReader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise SignatureError("malformed revocation list (KRL): truncated")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def u32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def u64(self) -> int:
        return int(struct.unpack(">Q", self.take(8))[0])

    def string(self) -> bytes:
        return self.take(self.u32())

    def done(self) -> bool:
        return self.pos >= len(self.data)


def parse_krl(data: bytes) -> KrlInfo:
    """Read an OpenSSH KRL (ours or ssh-keygen's); raise SignatureError if it is not one.

    Serial ranges and bitmaps are expanded only up to a bound (a KRL can name 2**64 serials);
    wider ranges are refused rather than half-read.
    """
    r = _KrlReader(bytes(data))
    if r.take(len(_KRL_MAGIC)) != _KRL_MAGIC:
        raise SignatureError("not an OpenSSH revocation list (KRL): bad magic")
    if r.u32() != _KRL_FORMAT_VERSION:
        raise SignatureError("unsupported KRL format version")
    version = r.u64()
    generated = r.u64()
    r.u64()  # flags
    r.string()  # reserved
    r.string()  # comment
    serials: dict[str, set[int]] = {}
    key_ids: dict[str, set[str]] = {}
    sha256: set[bytes] = set()
    while not r.done():
        kind = r.take(1)[0]
        body = _KrlReader(r.string())
        if kind == _KRL_SECTION_CERTIFICATES:
            ca_blob = body.string()
            ca_fp = ""
            if ca_blob:
                ca_fp = "SHA256:" + base64.b64encode(hashlib.sha256(ca_blob).digest()).decode().rstrip("=")
            body.string()  # reserved
            while not body.done():
                sub_kind = body.take(1)[0]
                sub = _KrlReader(body.string())
                if sub_kind == _KRL_CERT_SERIAL_LIST:
                    while not sub.done():
                        serials.setdefault(ca_fp, set()).add(sub.u64())
                elif sub_kind == _KRL_CERT_SERIAL_RANGE:
                    lo, hi = sub.u64(), sub.u64()
                    if hi - lo > 1_000_000:
                        raise SignatureError("KRL serial range too wide to check here")
                    serials.setdefault(ca_fp, set()).update(range(lo, hi + 1))
                elif sub_kind == _KRL_CERT_SERIAL_BITMAP:
                    offset = sub.u64()
                    bitmap = sub.string()
                    value = int.from_bytes(bitmap, "big")
                    bit = 0
                    while value:
                        if value & 1:
                            serials.setdefault(ca_fp, set()).add(offset + bit)
                        value >>= 1
                        bit += 1
                elif sub_kind == _KRL_CERT_KEY_ID:
                    while not sub.done():
                        key_ids.setdefault(ca_fp, set()).add(sub.string().decode("utf-8", "replace"))
        elif kind == _KRL_SECTION_FINGERPRINT_SHA256:
            while not body.done():
                sha256.add(body.string())
        elif kind == _KRL_SECTION_EXPLICIT_KEY:
            while not body.done():
                sha256.add(hashlib.sha256(body.string()).digest())
        elif kind in (_KRL_SECTION_FINGERPRINT_SHA1, _KRL_SECTION_SIGNATURE):
            continue  # SHA-1 fingerprints cannot name an Ed25519 key we would check; signatures unused
        else:
            raise SignatureError(f"unknown KRL section type {kind}")
    return KrlInfo(
        version=version,
        generated_at=generated,
        serials={k: frozenset(v) for k, v in serials.items()},
        key_sha256=frozenset(sha256),
        key_ids={k: frozenset(v) for k, v in key_ids.items()},
    )


def plain_key_from_line(line: str) -> Ed25519PublicKey:
    """The Ed25519 key of an OpenSSH public key line (helper for callers holding text)."""
    key = serialization.load_ssh_public_key(line.strip().encode("ascii"))
    if not isinstance(key, Ed25519PublicKey):
        raise SignatureError("only Ed25519 keys are accepted")
    return key
