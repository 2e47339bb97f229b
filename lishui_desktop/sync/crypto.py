"""Cryptography for bundles: Ed25519 signatures, an X25519 + AEAD envelope, passphrase wrapping.

Envelope (`LSBX1`): a random file key encrypts the bundle with AES-256-GCM; the file key is
wrapped for each recipient with a key derived (HKDF-SHA256) from X25519 between a one-time
ephemeral key and the recipient's public key. The header (recipients included) is the AAD of
the body, so nothing in it can be changed unnoticed. A sender can encrypt to the office and
the leads without being able to read anyone else's bundles.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Bundle"
MAGIC = b"LSBX1\n"
_RAW = serialization.Encoding.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_NO_ENC = serialization.NoEncryption()
MAX_RECIPIENTS = 64


class BundleRefused(UserError):
    """A bundle that fails a signature, key or decryption check: nothing is applied."""

    context = CONTEXT


class WrongPassphrase(UserError):
    context = "Keys"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- keys --------------------------------------------------------------------------------
def new_private_key() -> bytes:
    """32 random bytes: a raw Ed25519 or X25519 private key."""
    return os.urandom(32)


def sign_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def box_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUB)


def key_id(public: bytes) -> str:
    """A short id of a public key (shown to people when comparing keys)."""
    return base64.b32encode(hashlib.sha256(public).digest()[:10]).decode("ascii")


# --- signatures --------------------------------------------------------------------------
def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sign(private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(public: bytes, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_manifest(manifest: dict[str, Any], private: bytes) -> dict[str, Any]:
    """A copy of the manifest with `signature` over its canonical JSON (signature excluded)."""
    body = {k: v for k, v in manifest.items() if k != "signature"}
    signature = sign(private, canonical(body))
    return {
        **body,
        "signature": {"alg": "ed25519", "key": b64(sign_public(private)), "sig": b64(signature)},
    }


def manifest_signer(manifest: dict[str, Any]) -> bytes | None:
    """The public key the manifest claims to be signed with (None when unsigned)."""
    sig = manifest.get("signature")
    if not isinstance(sig, dict) or sig.get("alg") != "ed25519":
        return None
    try:
        key = unb64(str(sig.get("key", "")))
    except ValueError:
        return None
    return key if len(key) == 32 else None


def verify_manifest(manifest: dict[str, Any], public: bytes) -> bool:
    sig = manifest.get("signature")
    if not isinstance(sig, dict) or manifest_signer(manifest) != public:
        return False
    try:
        signature = unb64(str(sig.get("sig", "")))
    except ValueError:
        return False
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return verify(public, canonical(body), signature)


# --- envelope ----------------------------------------------------------------------------
def _kek(shared: bytes, eph_public: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=eph_public + recipient,
        info=b"lishui bundle key v1",
    ).derive(shared)


def is_envelope(data: bytes) -> bool:
    return data.startswith(MAGIC)


def encrypt(plain: bytes, recipients: Iterable[bytes]) -> bytes:
    """Encrypt `plain` to every X25519 public key in `recipients`."""
    keys = list(dict.fromkeys(recipients))
    if not keys:
        raise BundleRefused(
            QT_TRANSLATE_NOOP("Bundle", "There is no office key to encrypt the bundle to.")
        )
    file_key = AESGCM.generate_key(bit_length=256)
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes(_RAW, _RAW_PUB)
    wrapped = []
    for public in keys:
        kek = _kek(eph.exchange(X25519PublicKey.from_public_bytes(public)), eph_public, public)
        nonce = os.urandom(12)
        wrapped.append(
            {
                "kid": key_id(public),
                "wrap": b64(nonce + AESGCM(kek).encrypt(nonce, file_key, eph_public)),
            }
        )
    body_nonce = os.urandom(12)
    header = canonical({"v": 1, "eph": b64(eph_public), "nonce": b64(body_nonce), "to": wrapped})
    body = AESGCM(file_key).encrypt(body_nonce, plain, MAGIC + header)
    return MAGIC + struct.pack(">I", len(header)) + header + body


def _damaged() -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Bundle", "The encrypted bundle is damaged or was changed after it was written."
        )
    )


def decrypt(data: bytes, private: bytes) -> bytes:
    """Decrypt an envelope with this computer's X25519 private key; refuses with a reason."""
    if not is_envelope(data) or len(data) < len(MAGIC) + 4:
        raise _damaged()
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header_bytes = data[start : start + size]
    if size > 64 * 1024 or len(header_bytes) != size:
        raise _damaged()
    try:
        header = json.loads(header_bytes)
        eph_public = unb64(header["eph"])
        body_nonce = unb64(header["nonce"])
        entries = list(header["to"])[:MAX_RECIPIENTS]
    except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: nested too deep
        raise _damaged() from None
    me = box_public(private)
    mine = [e for e in entries if isinstance(e, dict) and e.get("kid") == key_id(me)]
    if not mine:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "This bundle was encrypted for another office or computer; this computer cannot read it.",
            )
        )
    try:
        shared = X25519PrivateKey.from_private_bytes(private).exchange(
            X25519PublicKey.from_public_bytes(eph_public)
        )
        wrapped = unb64(str(mine[0]["wrap"]))
        file_key = AESGCM(_kek(shared, eph_public, me)).decrypt(
            wrapped[:12], wrapped[12:], eph_public
        )
        return AESGCM(file_key).decrypt(body_nonce, data[start + size :], MAGIC + header_bytes)
    except (InvalidTag, ValueError, TypeError, KeyError):  # KeyError: an entry without "wrap"
        raise _damaged() from None


# --- passphrase protection and paper backup ----------------------------------------------
SCRYPT = {"n": 2**15, "r": 8, "p": 1}


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def protect(secret: bytes, passphrase: str) -> bytes:
    """`secret` encrypted under a key derived from the passphrase with scrypt."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _scrypt(passphrase, salt, **SCRYPT)
    sealed = AESGCM(key).encrypt(nonce, secret, b"lishui key")
    return canonical(
        {"kdf": "scrypt", **SCRYPT, "salt": b64(salt), "nonce": b64(nonce), "ct": b64(sealed)}
    )


def unprotect(blob: bytes, passphrase: str) -> bytes:
    try:
        data = json.loads(blob)
        n, r, p = int(data["n"]), int(data["r"]), int(data["p"])
        if not (2 <= n <= 1 << 20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("scrypt cost out of range")  # a tampered file must not hang us
        key = _scrypt(passphrase, unb64(data["salt"]), n, r, p)
        return AESGCM(key).decrypt(unb64(data["nonce"]), unb64(data["ct"]), b"lishui key")
    except (InvalidTag, ValueError, KeyError, TypeError, RecursionError):
        raise WrongPassphrase(QT_TRANSLATE_NOOP("Keys", "The passphrase is wrong.")) from None


def paper_backup(secret: bytes) -> str:
    """The key as base32 in groups of four with a checksum, to print and keep in a safe."""
    raw = secret + hashlib.sha256(secret).digest()[:4]
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    groups = [text[i : i + 4] for i in range(0, len(text), 4)]
    return "\n".join(" ".join(groups[i : i + 6]) for i in range(0, len(groups), 6))


def from_paper_backup(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raw = b""
    secret, check = raw[:-4], raw[-4:]
    if len(secret) != 32 or hashlib.sha256(secret).digest()[:4] != check:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "Keys", "The key text is not complete or has a typing mistake; check every group."
            )
        )
    return secret
