"""Signed statements about who is who: device certificates, incarnations and revocations.

Pure functions over JSON documents (no database). Every document is a JSON object with a
`kind`, signed with Ed25519 over its canonical JSON without the `sig` field:

* a **device certificate** (`lishui-device`): id, name, role, signing and encryption public
  keys, serial (a re-issue with new keys has a higher serial), issued-at and issuer. Valid only
  when signed by the deployment's office key (the root every member pins when it joins).
* an **incarnation** (`lishui-incarnation`): "author id A is life number n of device D",
  signed by D's own issued signing key. Ops name their author; a database that was restored or
  copied starts a new life, so it never reuses the sequence numbers of an earlier one.
* a **revocation** (`lishui-revocation`): device D is revoked; ops of its lives beyond `cut`
  (per author, the highest sequence number the office held) are refused. Signed by the office.
"""

from __future__ import annotations

import hashlib
from typing import Any

from lishui_desktop.sync import crypto
from lishui_desktop.sync.ops import DEVICE_RE

DEVICE = "lishui-device"
INCARNATION = "lishui-incarnation"
REVOCATION = "lishui-revocation"
ROLES = ("field", "lead", "office")
MAX_NAME = 80


class InvalidDocument(ValueError):
    """A document that is malformed or whose signature does not hold."""


def _body(doc: dict[str, Any]) -> bytes:
    return crypto.canonical({k: v for k, v in doc.items() if k != "sig"})


def sign_doc(doc: dict[str, Any], private: bytes) -> dict[str, Any]:
    body = {k: v for k, v in doc.items() if k != "sig"}
    return {**body, "sig": crypto.b64(crypto.sign(private, crypto.canonical(body)))}


def signature_holds(doc: dict[str, Any], public: bytes) -> bool:
    try:
        sig = crypto.unb64(str(doc.get("sig", "")))
    except ValueError:
        return False
    return crypto.verify(public, _body(doc), sig)


def key_of(text: Any) -> bytes:
    """A base64 public key of 32 bytes, else InvalidDocument."""
    try:
        key = crypto.unb64(str(text))
    except ValueError:
        raise InvalidDocument("bad key") from None
    if len(key) != 32:
        raise InvalidDocument("bad key")
    return key


def _text(doc: dict[str, Any], key: str, limit: int = MAX_NAME) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise InvalidDocument(f"bad {key}")
    return value


def _id(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not DEVICE_RE.match(value):
        raise InvalidDocument(f"bad {key}")
    return value


def _check_root(doc: dict[str, Any], root: bytes | None) -> None:
    """With `root`, the document must be signed by that office key (and name it)."""
    if root is not None and (key_of(doc.get("root")) != root or not signature_holds(doc, root)):
        raise InvalidDocument("not issued by this deployment's office")


# --- device certificates -----------------------------------------------------------------
def issue_device(
    root_private: bytes,
    *,
    device_id: str,
    name: str,
    role: str,
    sign_public: bytes,
    box_public: bytes,
    serial: int,
    issued_at: str,
    issuer: str,
    issuer_name: str,
) -> dict[str, Any]:
    doc = {
        "kind": DEVICE,
        "v": 1,
        "id": device_id,
        "name": name,
        "role": role,
        "serial": serial,
        "sign": crypto.b64(sign_public),
        "box": crypto.b64(box_public),
        "issued_at": issued_at,
        "issuer": issuer,
        "issuer_name": issuer_name,
        "root": crypto.b64(crypto.sign_public(root_private)),
    }
    check_device(doc, None)  # what we issue, we would accept
    return sign_doc(doc, root_private)


def check_device(doc: Any, root: bytes | None) -> dict[str, Any]:
    """A device certificate's fields checked; with `root`, its signature by that office key."""
    if not isinstance(doc, dict) or doc.get("kind") != DEVICE:
        raise InvalidDocument("not a device certificate")
    _id(doc, "id")
    _text(doc, "name")
    _id(doc, "issuer")
    _text(doc, "issued_at", 40)
    if doc.get("role") not in ROLES:
        raise InvalidDocument("bad role")
    serial = doc.get("serial")
    if type(serial) is not int or not 0 < serial < 1 << 31:
        raise InvalidDocument("bad serial")
    key_of(doc.get("sign"))
    key_of(doc.get("box"))
    _check_root(doc, root)
    return doc


# --- incarnations ------------------------------------------------------------------------
def author_id(device_id: str, nonce: str) -> str:
    """The author id of a life of `device_id`, bound to the device by a hash: nobody can make
    a life of their own device that claims another device's author id."""
    return hashlib.sha256(f"lishui-author/{device_id}/{nonce}".encode()).hexdigest()[:32]


def new_incarnation(
    device_private: bytes, *, device_id: str, nonce: str, number: int, created: str, reason: str
) -> dict[str, Any]:
    doc = {
        "kind": INCARNATION,
        "v": 1,
        "author": author_id(device_id, nonce),
        "nonce": nonce,
        "device": device_id,
        "number": number,
        "created": created,
        "reason": reason[:40],
        "key": crypto.b64(crypto.sign_public(device_private)),
    }
    return sign_doc(doc, device_private)


def check_incarnation(doc: Any, device_keys: list[bytes] | None) -> dict[str, Any]:
    """An incarnation's fields; with `device_keys` (the issued signing keys of its device), its
    signature by one of them."""
    if not isinstance(doc, dict) or doc.get("kind") != INCARNATION:
        raise InvalidDocument("not an incarnation")
    _id(doc, "author")
    _id(doc, "device")
    _text(doc, "created", 40)
    number = doc.get("number")
    if type(number) is not int or not 0 < number < 1 << 31:
        raise InvalidDocument("bad number")
    nonce = _text(doc, "nonce", 64)
    if doc["author"] != author_id(doc["device"], nonce):
        raise InvalidDocument("an author id that is not its device's")
    key = key_of(doc.get("key"))
    if device_keys is not None and (key not in device_keys or not signature_holds(doc, key)):
        raise InvalidDocument("not signed by its device")
    return doc


# --- revocations -------------------------------------------------------------------------
def revoke_device(
    root_private: bytes, *, device_id: str, cut: dict[str, int], revoked_at: str, issuer: str
) -> dict[str, Any]:
    doc = {
        "kind": REVOCATION,
        "v": 1,
        "device": device_id,
        "cut": dict(sorted(cut.items())),
        "revoked_at": revoked_at,
        "issuer": issuer,
        "root": crypto.b64(crypto.sign_public(root_private)),
    }
    return sign_doc(doc, root_private)


def check_revocation(doc: Any, root: bytes | None) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("kind") != REVOCATION:
        raise InvalidDocument("not a revocation")
    _id(doc, "device")
    _id(doc, "issuer")
    _text(doc, "revoked_at", 40)
    cut = doc.get("cut")
    if not isinstance(cut, dict) or len(cut) > 10_000 or not all(
        isinstance(a, str) and DEVICE_RE.match(a) and type(s) is int and s >= 0
        for a, s in cut.items()
    ):
        raise InvalidDocument("bad cut")
    _check_root(doc, root)
    return doc
