"""Ed25519 key pairs and their passphrase protection (Argon2id + ChaCha20-Poly1305).

The private key never exists at rest except inside the blob made here. The blob is versioned
JSON that names its own KDF and cipher parameters, so a key written today still opens after the
defaults change::

    {"format": "reviewer-private-key", "version": 1,
     "public_key": "ssh-ed25519 AAAA...", "fingerprint": "SHA256:...",
     "kdf": {"name": "argon2id", "memory_cost_kib": 65536, "iterations": 3, "lanes": 4,
             "salt": "<b64>"},
     "cipher": {"name": "chacha20poly1305", "nonce": "<b64>"},
     "ciphertext": "<b64 of the 32 raw private bytes + 16-byte tag>"}

Every field except the ciphertext is bound as AEAD associated data, so swapping the public
key, the fingerprint or weakening the KDF parameters makes decryption fail.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from reviewer.errors import KeyringError, PolicyError, ReviewerError, WrongPassphraseError
from reviewer.security.sshsig import fingerprint, load_public_key_openssh, public_key_openssh

__all__ = [
    "BLOB_FORMAT",
    "BLOB_VERSION",
    "DEFAULT_KDF",
    "MIN_PASSPHRASE_LENGTH",
    "KdfParams",
    "check_passphrase_strength",
    "decrypt_private_key",
    "encrypt_private_key",
    "generate_keypair",
    "normalize_passphrase",
    "read_blob_header",
]

BLOB_FORMAT = "reviewer-private-key"
BLOB_VERSION = 1
MIN_PASSPHRASE_LENGTH = 8
# RFC 9106 §4, second recommended option: 64 MiB, 3 passes, 4 lanes.
MIN_MEMORY_COST_KIB = 64 * 1024
# Upper bounds applied to parameters read from a blob, so a crafted blob cannot make the
# desk allocate tens of GiB or spin for hours before saying "wrong passphrase".
_MAX_MEMORY_COST_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 64
_SALT_LENGTH = 16
_KEY_LENGTH = 32
_NONCE_LENGTH = 12
_CIPHER = "chacha20poly1305"
_KDF = "argon2id"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; the defaults are memory-hard (64 MiB, t=3, p=4).

    Lowering ``memory_cost_kib`` below 64 MiB is refused unless ``insecure_for_tests`` is set:
    cheap keys are for the test suite only, never for a signer's real key.
    """

    memory_cost_kib: int = MIN_MEMORY_COST_KIB
    iterations: int = 3
    lanes: int = 4
    insecure_for_tests: bool = False

    def __post_init__(self) -> None:
        if not (1 <= self.lanes <= _MAX_LANES):
            raise ValueError(f"Argon2id lanes must be 1..{_MAX_LANES}")
        if not (1 <= self.iterations <= _MAX_ITERATIONS):
            raise ValueError(f"Argon2id iterations must be 1..{_MAX_ITERATIONS}")
        # Argon2 itself needs at least 8 KiB per lane.
        if not (8 * self.lanes <= self.memory_cost_kib <= _MAX_MEMORY_COST_KIB):
            raise ValueError("Argon2id memory cost out of range")
        if self.memory_cost_kib < MIN_MEMORY_COST_KIB and not self.insecure_for_tests:
            raise ValueError(f"Argon2id memory cost below {MIN_MEMORY_COST_KIB} KiB is only allowed in tests")

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters so unit tests do not spend 64 MiB and ~0.1 s per key."""
        return cls(memory_cost_kib=8, iterations=1, lanes=1, insecure_for_tests=True)


DEFAULT_KDF = KdfParams()


# --------------------------------------------------------------------------- keys


def generate_keypair() -> tuple[Ed25519PrivateKey, Ed25519PublicKey]:
    """Generate a fresh Ed25519 key pair from the OS CSPRNG."""
    private_key = Ed25519PrivateKey.generate()
    return private_key, private_key.public_key()


# --------------------------------------------------------------------------- passphrases


def normalize_passphrase(passphrase: str) -> str:
    """Return the passphrase in Unicode NFC so the same typed text always derives the same key.

    Vietnamese input methods may emit precomposed or combining diacritics for the same word.
    """
    if not isinstance(passphrase, str):
        raise TypeError("passphrase must be str")
    return unicodedata.normalize("NFC", passphrase)


# Words a Vietnamese newsroom would put in a passphrase first: zxcvbn's dictionaries are English,
# so without these "giamdoc2024" scores as strong. Compared without diacritics and spaces.
_LOCAL_WORDS = (
    "matkhau",
    "mat khau",
    "giamdoc",
    "tonggiamdoc",
    "bientap",
    "bientapvien",
    "phongvien",
    "daitruyenhinh",
    "truyenhinh",
    "phatthanh",
    "dai",
    "vtv",
    "vov",
    "htv",
    "vietnam",
    "hanoi",
    "saigon",
    "hochiminh",
    "danang",
    "thoisu",
    "bantin",
    "pheduyet",
    "duyet",
    "kyso",
    "chuky",
    "baomat",
    "quochoi",
    "chinhphu",
    "xinchao",
    "anhyeuem",
    "emyeuanh",
    "toiyeuvietnam",
    "admin",
    "station",
    "reviewer",
)
MIN_SCORE = 3  # zxcvbn: "safely unguessable" (about 10^8 guesses and more)


def _fold(text: str) -> str:
    """Lower case, no Vietnamese marks, no spaces: what a guesser tries first."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def check_passphrase_strength(passphrase: str, hints: tuple[str, ...] = ()) -> None:
    """Refuse a passphrase that is short or easy to guess (PolicyError, Vietnamese and English).

    Strength is estimated with zxcvbn (dictionaries, keyboard patterns, dates, repeats), fed with
    common newsroom words and the caller's ``hints`` (the person's principal, name, the station's
    name), over the text as typed and without its diacritics: a passphrase of several
    uncommon words passes, "giamdoc2024" or the person's own name does not.
    """
    normalized = normalize_passphrase(passphrase)
    if not normalized.strip():
        raise PolicyError("cụm mật khẩu đang trống / the passphrase is empty; choose a short sentence only you know")
    if len(normalized) < MIN_PASSPHRASE_LENGTH:
        raise PolicyError(
            f"cụm mật khẩu quá ngắn ({len(normalized)} ký tự; cần ít nhất {MIN_PASSPHRASE_LENGTH}) / "
            f"the passphrase is too short ({len(normalized)} characters; use at least "
            f"{MIN_PASSPHRASE_LENGTH})"
        )
    from zxcvbn import zxcvbn

    inputs = list(_LOCAL_WORDS)
    for hint in hints:
        if hint:
            inputs.append(hint)
            inputs.append(_fold(hint))
            inputs.extend(_fold(part) for part in hint.replace("@", " ").replace(".", " ").split())
    # zxcvbn is slow on very long inputs and gains nothing past ~100 characters.
    sample = normalized[:100]
    score = min(zxcvbn(sample, user_inputs=inputs)["score"], zxcvbn(_fold(sample), user_inputs=inputs)["score"])
    if score < MIN_SCORE:
        raise PolicyError(
            "cụm mật khẩu quá dễ đoán: hãy dùng một câu 4–5 từ ít gặp mà chỉ bạn biết, có thể có dấu "
            "(không dùng tên, chức danh, tên đài, năm sinh) / the passphrase is too easy to guess: use "
            "4–5 uncommon words only you know (not your name, title, the station's name or a year)"
        )


# --------------------------------------------------------------------------- blob


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=_KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase).encode("utf-8"))


def _associated_data(header: dict[str, Any]) -> bytes:
    # Deterministic: the header holds only ASCII strings and ints, so sorted compact JSON
    # re-serialises to identical bytes after a parse.
    canonical = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return b"reviewer-private-key\x00" + canonical.encode("ascii")


def encrypt_private_key(
    private_key: Ed25519PrivateKey,
    passphrase: str,
    *,
    kdf: KdfParams = DEFAULT_KDF,
) -> bytes:
    """Encrypt *private_key* under *passphrase*; return the self-describing JSON blob (bytes).

    Raises PolicyError if the passphrase is too weak.
    """
    check_passphrase_strength(passphrase)
    public_key = private_key.public_key()
    salt = os.urandom(_SALT_LENGTH)
    nonce = os.urandom(_NONCE_LENGTH)
    header: dict[str, Any] = {
        "format": BLOB_FORMAT,
        "version": BLOB_VERSION,
        "public_key": public_key_openssh(public_key),
        "fingerprint": fingerprint(public_key),
        "kdf": {
            "name": _KDF,
            "memory_cost_kib": kdf.memory_cost_kib,
            "iterations": kdf.iterations,
            "lanes": kdf.lanes,
            "salt": _b64(salt),
        },
        "cipher": {"name": _CIPHER, "nonce": _b64(nonce)},
    }
    raw = private_key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    key = _derive(passphrase, salt, kdf)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, raw, _associated_data(header))
    blob = dict(header, ciphertext=_b64(ciphertext))
    return json.dumps(blob, sort_keys=True, indent=1).encode("ascii")


@dataclass(frozen=True)
class _ParsedBlob:
    header: dict[str, Any]
    public_key: Ed25519PublicKey
    fingerprint: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes


def _corrupt(detail: str) -> KeyringError:
    return KeyringError(f"the stored private key is damaged or not ours: {detail}")


def _field(obj: Any, name: str, kind: type) -> Any:
    if not isinstance(obj, dict) or name not in obj:
        raise _corrupt(f"missing field {name!r}")
    value = obj[name]
    # bool is an int subclass; a JSON true is never a valid cost parameter.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _corrupt(f"field {name!r} has the wrong type")
    return value


def _unb64(obj: Any, name: str, length: int | None = None) -> bytes:
    try:
        data = base64.b64decode(_field(obj, name, str), validate=True)
    except (binascii.Error, ValueError):
        raise _corrupt(f"field {name!r} is not valid base64") from None
    if length is not None and len(data) != length:
        raise _corrupt(f"field {name!r} has the wrong length")
    return data


def _parse(blob: bytes) -> _ParsedBlob:
    try:
        doc = json.loads(bytes(blob).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, TypeError):
        raise _corrupt("not a JSON document") from None
    if not isinstance(doc, dict) or doc.get("format") != BLOB_FORMAT:
        raise _corrupt("unknown format")
    version = _field(doc, "version", int)
    if version != BLOB_VERSION:
        raise KeyringError(
            f"the stored private key uses format version {version}; this program reads "
            f"version {BLOB_VERSION} — update the program"
        )
    kdf_doc = _field(doc, "kdf", dict)
    cipher_doc = _field(doc, "cipher", dict)
    if _field(kdf_doc, "name", str) != _KDF:
        raise _corrupt(f"unsupported KDF {kdf_doc['name']!r}")
    if _field(cipher_doc, "name", str) != _CIPHER:
        raise _corrupt(f"unsupported cipher {cipher_doc['name']!r}")
    try:
        # A stored blob may legitimately carry test-strength parameters; the bounds still apply.
        params = KdfParams(
            memory_cost_kib=_field(kdf_doc, "memory_cost_kib", int),
            iterations=_field(kdf_doc, "iterations", int),
            lanes=_field(kdf_doc, "lanes", int),
            insecure_for_tests=True,
        )
    except ValueError as exc:
        raise _corrupt(str(exc)) from None
    try:
        public_key = load_public_key_openssh(_field(doc, "public_key", str))
    except (ReviewerError, ValueError):  # here an unreadable key only means "damaged blob"
        raise _corrupt("the public key is unreadable") from None
    stated = _field(doc, "fingerprint", str)
    if stated != fingerprint(public_key):
        raise _corrupt("the fingerprint does not match the public key")
    salt = _unb64(kdf_doc, "salt")
    if not 8 <= len(salt) <= 64:
        raise _corrupt("field 'salt' has the wrong length")
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    return _ParsedBlob(
        header=header,
        public_key=public_key,
        fingerprint=stated,
        kdf=params,
        salt=salt,
        nonce=_unb64(cipher_doc, "nonce", _NONCE_LENGTH),
        ciphertext=_unb64(doc, "ciphertext", 32 + 16),
    )


def read_blob_header(blob: bytes) -> tuple[Ed25519PublicKey, str]:
    """Return (public key, fingerprint) stated in a blob without needing the passphrase."""
    parsed = _parse(blob)
    return parsed.public_key, parsed.fingerprint


def decrypt_private_key(blob: bytes, passphrase: str) -> Ed25519PrivateKey:
    """Open a blob made by encrypt_private_key.

    Raises WrongPassphraseError if the passphrase does not open it, KeyringError if the blob
    is corrupt or of an unknown format.
    """
    parsed = _parse(blob)
    key = _derive(passphrase, parsed.salt, parsed.kdf)
    try:
        raw = ChaCha20Poly1305(key).decrypt(parsed.nonce, parsed.ciphertext, _associated_data(parsed.header))
    except InvalidTag:
        # AEAD cannot tell a wrong passphrase from a tampered blob; the passphrase is by far
        # the likelier cause, and the message says so without ruling out the other.
        raise WrongPassphraseError(f"wrong passphrase for key {parsed.fingerprint}") from None
    private_key = Ed25519PrivateKey.from_private_bytes(raw)
    if fingerprint(private_key.public_key()) != parsed.fingerprint:
        raise _corrupt("the decrypted key does not match its public key")
    return private_key
