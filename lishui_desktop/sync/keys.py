"""This computer's keys and the keys it knows: signing, encryption, enrolment tokens.

Private keys live in `local_settings` (never synced). The X25519 key of the office (and of a
lead) can be protected by a passphrase; it is then unlocked per session (`LISHUI_PASSPHRASE`
for scripts). Public keys travel in the `devices` table.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database, put_setting
from lishui_desktop.db.models import Device, LocalSetting
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.sync import crypto

SIGN_KEY = "sign_private_key"
BOX_KEY = "box_private_key"
BOX_KEY_PROTECTED = "box_private_key_protected"
ALLOW_PLAIN = "allow_plain_bundles"
ENROL_TOKEN = "enrolment_token"
PASSPHRASE_ENV = "LISHUI_PASSPHRASE"
_unlocked: dict[str, bytes] = {}  # path of the database -> unlocked box key, for this session


class NeedPassphrase(UserError):
    context = "Keys"


@dataclass(frozen=True)
class PublicKeys:
    sign: bytes
    box: bytes


def new_device_keys(session: Session) -> tuple[str, str]:
    """Make this computer's private keys inside the init transaction; (sign, box) public, base64."""
    sign_private, box_private = crypto.new_private_key(), crypto.new_private_key()
    put_setting(session, SIGN_KEY, blob=sign_private)
    put_setting(session, BOX_KEY, blob=box_private)
    box_public = crypto.b64(crypto.box_public(box_private))
    put_setting(session, "box_public_key", box_public)
    return crypto.b64(crypto.sign_public(sign_private)), box_public


def ensure_device_keys(db: Database) -> PublicKeys:
    """Make this computer's Ed25519 and X25519 keys on first use; publish them in `devices`."""
    with db.transaction() as session:
        sign_row = session.get(LocalSetting, SIGN_KEY)
        if sign_row is None or not sign_row.blob:
            put_setting(session, SIGN_KEY, blob=crypto.new_private_key())
        has_box = session.get(LocalSetting, BOX_KEY) or session.get(LocalSetting, BOX_KEY_PROTECTED)
        if has_box is None:
            put_setting(session, BOX_KEY, blob=crypto.new_private_key())
    sign_private = db.get_blob(SIGN_KEY)
    assert sign_private is not None
    keys = PublicKeys(crypto.sign_public(sign_private), _box_public(db))
    device_id = db.get_setting("device_id")
    if device_id:
        with db.transaction() as session:
            device = session.get(Device, device_id)
            if device is not None and device.sign_public_key != crypto.b64(keys.sign):
                device.sign_public_key = crypto.b64(keys.sign)
                device.box_public_key = crypto.b64(keys.box)
    return keys


def _box_public(db: Database) -> bytes:
    stored = db.get_setting("box_public_key")
    if stored:
        return crypto.unb64(stored)
    private = db.get_blob(BOX_KEY)
    assert private is not None
    public = crypto.box_public(private)
    db.set_setting("box_public_key", crypto.b64(public))
    return public


def signing_key(db: Database) -> bytes:
    key = db.get_blob(SIGN_KEY)
    if not key:
        ensure_device_keys(db)
        key = db.get_blob(SIGN_KEY)
    assert key is not None
    return key


def box_private(db: Database, passphrase: str | None = None) -> bytes:
    """This computer's X25519 private key, unlocking it with the passphrase when protected."""
    plain = db.get_blob(BOX_KEY)
    if plain:
        return plain
    protected = db.get_blob(BOX_KEY_PROTECTED)
    if not protected:
        ensure_device_keys(db)
        return box_private(db, passphrase)
    cached = _unlocked.get(str(db.path))
    if cached is not None:
        return cached
    passphrase = passphrase or os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise NeedPassphrase(
            QT_TRANSLATE_NOOP(
                "Keys",
                "The office key is locked; enter the office passphrase first (Tools, Keys and enrolment; or set LISHUI_PASSPHRASE for scripts).",
            )
        )
    key = crypto.unprotect(protected, passphrase)
    _unlocked[str(db.path)] = key
    return key


def set_passphrase(db: Database, passphrase: str, old: str | None = None) -> None:
    """Protect (or re-protect) this computer's decryption key with a passphrase."""
    if len(passphrase) < 8:
        raise NeedPassphrase(
            QT_TRANSLATE_NOOP("Keys", "The passphrase must have at least 8 characters.")
        )
    private = box_private(db, old)
    _box_public(db)
    with db.transaction() as session:
        put_setting(session, BOX_KEY_PROTECTED, blob=crypto.protect(private, passphrase))
        row = session.get(LocalSetting, BOX_KEY)
        if row is not None:
            session.delete(row)
    _unlocked[str(db.path)] = private


def is_protected(db: Database) -> bool:
    return db.get_blob(BOX_KEY) is None and db.get_blob(BOX_KEY_PROTECTED) is not None


def plain_allowed(db: Database) -> bool:
    return db.get_setting(ALLOW_PLAIN) == "1"


def recipients(
    session: Session, own_device: str | None, for_device: str | None = None
) -> list[bytes]:
    """X25519 keys a bundle is encrypted to: office and leads, plus the addressee if named.

    An office or lead exporting without an addressee encrypts to every enrolled laptop, so a
    consolidated bundle can be read wherever it is carried.
    """
    devices = session.scalars(
        select(Device).where(Device.deleted.is_(False), Device.box_public_key.is_not(None))
    ).all()
    own = next((d for d in devices if d.id == own_device), None)
    hub_roles = ("office", "lead")
    chosen = [d for d in devices if d.role in hub_roles and d.id != own_device]
    if for_device is not None:
        chosen += [d for d in devices if for_device in (d.id, d.name)]
    elif own is not None and own.role in hub_roles:
        chosen += [d for d in devices if d.id != own_device]
    return list(dict.fromkeys(crypto.unb64(d.box_public_key) for d in chosen if d.box_public_key))


# --- enrolment tokens (office side) ------------------------------------------------------
def _token_key(token: str) -> str:
    return "enrol:" + hashlib.sha256(token.encode("ascii")).hexdigest()[:40]


def issue_enrolment(db: Database, name: str) -> str:
    """A one-time token for the laptop called `name`; its first bundle must carry it."""
    token = secrets.token_urlsafe(18)
    db.set_setting(
        _token_key(token), json.dumps({"name": name, "issued": now_text(), "used_by": None})
    )
    return token


def token_key(token: str) -> str:
    return _token_key(token)


def enrolment_for(session: Session, token: str, device_id: str) -> dict[str, str] | None:
    """The issued token's record when it is unused or already used by `device_id`."""
    row = session.get(LocalSetting, _token_key(token))
    if row is None or not row.value:
        return None
    try:
        data = json.loads(row.value)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("used_by") not in (None, device_id):
        return None
    return data


def claim_enrolment(session: Session, token: str, device_id: str) -> dict[str, str] | None:
    """Mark an issued token as used by `device_id`; None when unknown or used by another."""
    data = enrolment_for(session, token, device_id)
    if data is None:
        return None
    data["used_by"] = device_id
    row = session.get(LocalSetting, _token_key(token))
    assert row is not None
    row.value = json.dumps(data)
    return data


def register_device(
    session: Session,
    device_id: str,
    name: str,
    role: str,
    sign_public: bytes,
    box_public: bytes | None,
) -> Device:
    """Record (or complete) a device's keys: from an enrolment file, reply file or first bundle."""
    device = session.get(Device, device_id)
    if device is None:
        device = Device(id=device_id, name=name, role=role)
        session.add(device)
    device.sign_public_key = crypto.b64(sign_public)
    if box_public is not None:
        device.box_public_key = crypto.b64(box_public)
    device.enrolled_at = device.enrolled_at or now_text()
    return device


def known_signer(session: Session, device_id: str) -> bytes | None:
    device = session.get(Device, device_id)
    if device is None or not device.sign_public_key or device.deleted:
        return None
    return crypto.unb64(device.sign_public_key)
