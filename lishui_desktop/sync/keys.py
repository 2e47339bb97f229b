"""This computer's private keys, and the public keys of the devices it encrypts to.

Private keys live in `local_settings` (never synced): made here when a database is set up as
its own deployment (an office), or issued by the office in the deployment or key file. The
X25519 key of the office (and of a lead) can be protected by a passphrase; it is then unlocked
per session (`LISHUI_PASSPHRASE` for scripts). Public keys come from the office-signed
certificates in `devices` (sync/identities.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database, put_setting
from lishui_desktop.db.models import Device, LocalSetting
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.sync import crypto

SIGN_KEY = "sign_private_key"
BOX_KEY = "box_private_key"
BOX_KEY_PROTECTED = "box_private_key_protected"
ALLOW_PLAIN = "allow_plain_bundles"
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


def blob_of(session: Session, key: str) -> bytes:
    row = session.get(LocalSetting, key)
    assert row is not None and row.blob is not None
    return row.blob


def install_keys(session: Session, sign_private: bytes, box_private: bytes) -> None:
    """Keys the office issued to this computer (deployment or key file), in the caller's
    transaction; replaces any earlier pair."""
    put_setting(session, SIGN_KEY, blob=sign_private)
    put_setting(session, BOX_KEY, blob=box_private)
    put_setting(session, "box_public_key", crypto.b64(crypto.box_public(box_private)))
    row = session.get(LocalSetting, BOX_KEY_PROTECTED)
    if row is not None:
        session.delete(row)


def ensure_device_keys(db: Database) -> PublicKeys:
    """This computer's Ed25519 and X25519 public keys (made on first use)."""
    with db.transaction() as session:
        sign_row = session.get(LocalSetting, SIGN_KEY)
        if sign_row is None or not sign_row.blob:
            put_setting(session, SIGN_KEY, blob=crypto.new_private_key())
        has_box = session.get(LocalSetting, BOX_KEY) or session.get(LocalSetting, BOX_KEY_PROTECTED)
        if has_box is None:
            put_setting(session, BOX_KEY, blob=crypto.new_private_key())
    sign_private = db.get_blob(SIGN_KEY)
    assert sign_private is not None
    return PublicKeys(crypto.sign_public(sign_private), _box_public(db))


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
        select(Device).where(
            Device.revoked_at.is_(None), Device.certificate.is_not(None), Device.box_public_key.is_not(None)
        )
    ).all()
    own = next((d for d in devices if d.id == own_device), None)
    hub_roles = ("office", "lead")
    chosen = [d for d in devices if d.role in hub_roles and d.id != own_device]
    if for_device is not None:
        chosen += [d for d in devices if for_device in (d.id, d.name)]
    elif own is not None and own.role in hub_roles:
        chosen += [d for d in devices if d.id != own_device]
    return list(dict.fromkeys(crypto.unb64(d.box_public_key) for d in chosen if d.box_public_key))
