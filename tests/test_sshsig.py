"""SSH signatures: known answers from ssh-keygen, and both ways through OpenSSH's own tool."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pia import allowed_signers, sshsig

HERE = Path(__file__).resolve().parent / "sshsig"
KEYGEN = shutil.which("ssh-keygen")
NS = "pia-signoff"
needs_keygen = pytest.mark.skipif(KEYGEN is None, reason="OpenSSH's ssh-keygen is not installed")


def test_an_ed25519_signature_is_byte_for_byte_the_one_ssh_keygen_made():
    """Ed25519 is deterministic: the same key and message give ssh-keygen's very signature."""
    key = sshsig.load_private_key(HERE / "test_ed25519")
    message = (HERE / "message").read_bytes()
    expected = (HERE / "message.ed25519.sig").read_text(encoding="ascii")
    assert sshsig.sign(message, key, NS) == expected


def test_ssh_keygens_signature_verifies_and_names_its_key():
    key = sshsig.verify(
        (HERE / "message").read_bytes(), (HERE / "message.ed25519.sig").read_text(), NS
    )
    public = (HERE / "test_ed25519.pub").read_text().split()
    assert key.openssh == f"{public[0]} {public[1]}"
    if KEYGEN:  # the fingerprint as ssh-keygen -l prints it
        printed = subprocess.run([KEYGEN, "-lf", HERE / "test_ed25519.pub"], capture_output=True)
        assert key.fingerprint in printed.stdout.decode()


@pytest.mark.parametrize(
    ("message", "namespace", "error"),
    [
        (b"another message\n", NS, "does not match"),
        ((HERE / "message").read_bytes(), "git", "is for 'pia-signoff', not 'git'"),
    ],
)
def test_another_message_or_namespace_does_not_verify(message, namespace, error):
    with pytest.raises(sshsig.SignatureError, match=error):
        sshsig.verify(message, (HERE / "message.ed25519.sig").read_text(), namespace)


def test_a_damaged_signature_is_an_error_not_a_crash():
    text = (HERE / "message.ed25519.sig").read_text()
    for damaged in (text[:60] + text[90:], "hello", text.replace("U1NIU0lH", "U1NIU0lI")):
        with pytest.raises(sshsig.SignatureError):
            sshsig.verify((HERE / "message").read_bytes(), damaged, NS)


def _keygen(tmp_path: Path, kind: list[str], passphrase: str = "") -> Path:
    path = tmp_path / f"key-{'-'.join(kind)}"
    subprocess.run([KEYGEN, "-q", *kind, "-N", passphrase, "-f", path], check=True)
    return path


KINDS = [["-t", "ed25519"], ["-t", "ecdsa", "-b", "256"], ["-t", "ecdsa", "-b", "384"],
         ["-t", "ecdsa", "-b", "521"], ["-t", "rsa", "-b", "2048"]]  # fmt: skip


@needs_keygen
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "-".join(k[1:]))
def test_signed_here_verified_by_ssh_keygen_and_back(tmp_path, kind):
    assert KEYGEN is not None
    path = _keygen(tmp_path, kind)
    allowed = tmp_path / "allowed_signers"
    public = path.with_suffix(".pub").read_text().split()
    allowed.write_text(f"a@example.org {public[0]} {public[1]}\n")
    message = b'{"decision":"approve"}'
    signature = tmp_path / "sig"
    signature.write_text(sshsig.sign(message, sshsig.load_private_key(path), NS))
    verify = [KEYGEN, "-Y", "verify", "-f", allowed, "-I", "a@example.org", "-n", NS]
    done = subprocess.run([*verify, "-s", signature], input=message, capture_output=True)
    assert done.returncode == 0, done.stderr
    tampered = subprocess.run([*verify, "-s", signature], input=message + b" ", capture_output=True)
    assert tampered.returncode != 0
    made = subprocess.run(
        [KEYGEN, "-Y", "sign", "-f", path, "-n", NS, "-q"], input=message, capture_output=True
    )
    key = sshsig.verify(message, made.stdout.decode(), NS)
    signers = allowed_signers.read(allowed)
    assert signers.lists(key) and key.openssh == f"{public[0]} {public[1]}"


@needs_keygen
def test_a_key_with_a_passphrase_needs_it(tmp_path):
    path = _keygen(tmp_path, ["-t", "ed25519"], passphrase="correct horse")
    with pytest.raises(sshsig.PassphraseNeeded):
        sshsig.load_private_key(path)
    with pytest.raises(sshsig.UnusableKey, match="wrong passphrase"):
        sshsig.load_private_key(path, b"wrong")
    key = sshsig.load_private_key(path, b"correct horse")
    sshsig.verify(b"m", sshsig.sign(b"m", key, NS), NS)


def test_allowed_signers_options_and_patterns():
    import datetime as dt

    public = (HERE / "test_ed25519.pub").read_text().split()
    key = sshsig.PublicKey.from_openssh(public[0], public[1])
    text = (
        "# comment\n\n"
        f'"*@example.org,!eve@example.org" namespaces="git,pia-signoff",valid-after=20260101 '
        f"{public[0]} {public[1]} a comment\n"
        f"cert@another.org cert-authority {public[0]} {public[1]}\n"
    )
    signers = allowed_signers.parse(text)
    day = dt.date(2026, 3, 2)
    assert signers.allows("an@example.org", key, NS, day)
    assert not signers.allows("eve@example.org", key, NS, day)
    assert not signers.allows("an@example.org", key, "file", day)
    assert not signers.allows("an@example.org", key, NS, dt.date(2025, 12, 31))
    assert not signers.allows("cert@another.org", key, NS, day)  # certificates are not verified
    with pytest.raises(allowed_signers.InvalidAllowedSigners, match=r":2: .*unknown option"):
        allowed_signers.parse(f"\nx@y bogus=1 {public[0]} {public[1]}\n", "f")
