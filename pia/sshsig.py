"""SSH signatures (OpenSSH's SSHSIG format): sign and verify a message with an SSH key, as git does.

The format is OpenSSH's PROTOCOL.sshsig: a signature made here verifies with
`ssh-keygen -Y verify -n NAMESPACE ...`, and one made by `ssh-keygen -Y sign` verifies here. The
signed data is not the message but

    "SSHSIG" string(namespace) string(reserved = "") string(hash name) string(H(message))

so a signature made for one purpose (namespace) cannot be replayed for another. The signature
blob carries the public key; whether that key may sign is the caller's question
(`pia.allowed_signers`). Ed25519, ECDSA (NIST P-256, P-384, P-521) and RSA (SHA-2) keys; the keys
themselves are read and written by the `cryptography` package, whose OpenSSH private key reader
needs `bcrypt` for a key protected by a passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from pia.errors import PiaError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.serialization.ssh import (
        SSHPrivateKeyTypes as PrivateKeyTypes,
    )

MAGIC: Final = b"SSHSIG"
VERSION: Final = 1
BEGIN: Final = "-----BEGIN SSH SIGNATURE-----"
END: Final = "-----END SSH SIGNATURE-----"
HASHES: Final = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
_ECDSA_HASH: Final = {
    "ecdsa-sha2-nistp256": "sha256",
    "ecdsa-sha2-nistp384": "sha384",
    "ecdsa-sha2-nistp521": "sha512",
}
_RSA_HASH: Final = {"rsa-sha2-512": "sha512", "rsa-sha2-256": "sha256"}


class SignatureError(PiaError):
    """A signature that cannot be read, or does not verify; `str()` says which and why."""


class UnusableKey(PiaError):
    """A private key that cannot be used to sign: unreadable, wrong passphrase, unsupported."""


class PassphraseNeeded(UnusableKey):
    """The private key is protected by a passphrase and none was given."""


@dataclass(frozen=True, slots=True)
class PublicKey:
    """An SSH public key in its wire form (`blob`), as an allowed_signers line or a signature
    carries it."""

    blob: bytes

    @property
    def key_type(self) -> str:
        return _Reader(self.blob).text()

    @property
    def fingerprint(self) -> str:
        """`SHA256:...`, as `ssh-keygen -l` prints it."""
        digest = hashlib.sha256(self.blob).digest()
        return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")

    @property
    def openssh(self) -> str:
        """`<type> <base64>`, the form of `id_ed25519.pub` and of an allowed_signers line."""
        return f"{self.key_type} {base64.b64encode(self.blob).decode('ascii')}"

    @classmethod
    def from_openssh(cls, key_type: str, base64_blob: str) -> PublicKey:
        """The key of an `id_*.pub` or allowed_signers line; ValueError if the two disagree."""
        blob = base64.b64decode(base64_blob, validate=True)
        key = cls(blob)
        if key.key_type != key_type:
            raise ValueError(f"the key is of type {key.key_type}, not {key_type}")
        return key


# --- signing --------------------------------------------------------------------------------------


def load_private_key(path: str | Path, passphrase: bytes | None = None) -> PrivateKeyTypes:
    """An OpenSSH private key (`ssh-keygen -t ed25519` writes one); raises `UnusableKey` with the
    reason (`PassphraseNeeded` when the key is protected and no passphrase was given)."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import load_ssh_private_key

    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UnusableKey(f"{path}: cannot read the key: {e.strerror or e}") from None
    try:
        return load_ssh_private_key(data, passphrase)
    except TypeError:  # protected and no passphrase given, or a passphrase for an open key
        if passphrase is None:
            raise PassphraseNeeded(f"{path}: the key is protected by a passphrase") from None
        return load_ssh_private_key(data, None)
    except UnsupportedAlgorithm as e:
        raise UnusableKey(f"{path}: this key cannot be used here: {e}") from None
    except ValueError as e:
        reason = "wrong passphrase" if passphrase is not None else str(e)
        raise UnusableKey(f"{path}: not a usable OpenSSH private key ({reason})") from None


def public_key(private: PrivateKeyTypes) -> PublicKey:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    line = private.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH)
    return PublicKey(base64.b64decode(line.split()[1]))


def sign(message: bytes, private: PrivateKeyTypes, namespace: str) -> str:
    """The armored SSHSIG of `message` (hash sha512), as `ssh-keygen -Y sign` writes it."""
    key = public_key(private)
    data = signed_data(message, namespace, "sha512")
    blob = MAGIC + struct.pack(">I", VERSION)
    blob += _string(key.blob) + _string(namespace.encode()) + _string(b"")
    blob += _string(b"sha512") + _string(_signature_blob(private, key.key_type, data))
    return armor(blob)


def signed_data(message: bytes, namespace: str, hash_name: str) -> bytes:
    """What the key actually signs (PROTOCOL.sshsig): the namespace and the message's hash."""
    digest = HASHES[hash_name](message).digest()
    fields = (namespace.encode(), b"", hash_name.encode(), digest)
    return MAGIC + b"".join(_string(f) for f in fields)


def _signature_blob(private: PrivateKeyTypes, key_type: str, data: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    if isinstance(private, ed25519.Ed25519PrivateKey):
        return _string(b"ssh-ed25519") + _string(private.sign(data))
    if isinstance(private, ec.EllipticCurvePrivateKey) and key_type in _ECDSA_HASH:
        algorithm = getattr(hashes, _ECDSA_HASH[key_type].upper())()
        r, s = decode_dss_signature(private.sign(data, ec.ECDSA(algorithm)))
        return _string(key_type.encode()) + _string(_mpint(r) + _mpint(s))
    if isinstance(private, rsa.RSAPrivateKey):
        signature = private.sign(data, padding.PKCS1v15(), hashes.SHA512())
        return _string(b"rsa-sha2-512") + _string(signature)
    raise UnusableKey(f"a {key_type} key cannot sign here: use an Ed25519, ECDSA or RSA key")


# --- verifying ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signature:
    """A parsed SSHSIG: the key that made it, for which namespace, and the signature proper."""

    key: PublicKey
    namespace: str
    hash_name: str
    signature: bytes


def parse(armored: str) -> Signature:
    """The parts of an armored SSHSIG; raises `SignatureError` if it is not one."""
    lines = [line.strip() for line in armored.strip().splitlines() if line.strip()]
    if len(lines) < 3 or lines[0] != BEGIN or lines[-1] != END:
        raise SignatureError(f"not an SSH signature: it must start with {BEGIN} and end with {END}")
    try:
        blob = base64.b64decode("".join(lines[1:-1]), validate=True)
        r = _Reader(blob)
        if r.take(6) != MAGIC or r.uint32() != VERSION:
            raise SignatureError("not an SSH signature of version 1")
        key, namespace, _reserved = PublicKey(r.string()), r.text(), r.string()
        hash_name, signature = r.text(), r.string()
        r.end()
    except (ValueError, struct.error, UnicodeDecodeError) as e:
        raise SignatureError(f"the SSH signature is damaged ({e})") from None
    return Signature(key, namespace, hash_name, signature)


def verify(message: bytes, armored: str, namespace: str) -> PublicKey:
    """The key that signed `message` in `namespace`; raises `SignatureError` saying why not."""
    sig = parse(armored)
    if sig.namespace != namespace:
        raise SignatureError(f"the signature is for {sig.namespace!r}, not {namespace!r}")
    if sig.hash_name not in HASHES:
        raise SignatureError(f"unknown hash {sig.hash_name!r} (sha256 or sha512 expected)")
    data = signed_data(message, namespace, sig.hash_name)
    if not _valid(sig.key, sig.signature, data):
        raise SignatureError("the signature does not match the message and its key")
    return sig.key


def _valid(key: PublicKey, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
    from cryptography.hazmat.primitives.serialization import load_ssh_public_key

    try:
        public = load_ssh_public_key(key.openssh.encode("ascii"))
        r = _Reader(signature)
        kind, blob = r.text(), r.string()
        r.end()
        if isinstance(public, ed25519.Ed25519PublicKey) and kind == "ssh-ed25519":
            public.verify(blob, data)
        elif isinstance(public, ec.EllipticCurvePublicKey) and kind == key.key_type:
            numbers = _Reader(blob)
            der = encode_dss_signature(numbers.mpint(), numbers.mpint())
            numbers.end()
            algorithm = getattr(hashes, _ECDSA_HASH[kind].upper())()
            public.verify(der, data, ec.ECDSA(algorithm))
        elif isinstance(public, rsa.RSAPublicKey) and kind in _RSA_HASH:
            algorithm = getattr(hashes, _RSA_HASH[kind].upper())()
            public.verify(blob, data, padding.PKCS1v15(), algorithm)
        else:
            return False
    except (InvalidSignature, UnsupportedAlgorithm, ValueError, KeyError, struct.error):
        return False
    return True


# --- the wire format ------------------------------------------------------------------------------


def armor(blob: bytes) -> str:
    """The blob in base64 lines of 70 characters between the BEGIN and END lines."""
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def _string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def _mpint(value: int) -> bytes:
    """A positive integer as an SSH mpint: big-endian, a leading zero byte if the top bit is set."""
    raw = value.to_bytes((value.bit_length() + 8) // 8, "big") if value else b""
    return _string(raw)


class _Reader:
    """Reads the SSH wire format's uint32, string and mpint from a byte string, strictly."""

    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise ValueError("truncated")
        chunk = self.data[self.at : self.at + n]
        self.at += n
        return chunk

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self) -> str:
        return self.string().decode("utf-8")

    def mpint(self) -> int:
        return int.from_bytes(self.string(), "big", signed=True)

    def end(self) -> None:
        if self.at != len(self.data):
            raise ValueError("trailing bytes")
