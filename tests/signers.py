"""Throwaway SSH keys for tests: a fresh Ed25519 key and the allowed_signers that list it."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pia import allowed_signers, sshsig

PRINCIPAL = "an.peeters@example.org"


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def line(key: Ed25519PrivateKey, principal: str = PRINCIPAL, options: str = "") -> str:
    """The allowed_signers line listing `key` for `principal`."""
    return " ".join(filter(None, (principal, options, sshsig.public_key(key).openssh)))


def listing(*lines: str) -> allowed_signers.AllowedSigners:
    return allowed_signers.parse("\n".join(lines) + "\n", "allowed_signers (test)")
