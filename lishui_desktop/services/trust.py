"""Keys as the user sees them: status, passphrase, paper backup, plain-bundle setting."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Device
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.files import write_atomic
from lishui_desktop.sync import crypto, keys

CONTEXT = "Keys"


def key_status(db: Database) -> dict[str, Any]:
    """Fingerprints of this computer's keys and of every known device (never private keys)."""
    public = keys.ensure_device_keys(db)
    with db.sessions() as session:
        devices = session.scalars(
            select(Device).where(Device.deleted.is_(False)).order_by(Device.name)
        ).all()
        listed = [
            {
                "id": d.id,
                "name": d.name,
                "role": d.role,
                "sign_key_id": crypto.key_id(crypto.unb64(d.sign_public_key))
                if d.sign_public_key
                else None,
                "enrolled_at": d.enrolled_at,
            }
            for d in devices
        ]
    return {
        "sign_key_id": crypto.key_id(public.sign),
        "box_key_id": crypto.key_id(public.box),
        "protected": keys.is_protected(db),
        "plain_allowed": keys.plain_allowed(db),
        "devices": listed,
    }


def paper_backup_text(db: Database, passphrase: str | None = None) -> str:
    """A printable page: what it is, for which computer, and both private keys in groups."""
    keys.ensure_device_keys(db)
    box = keys.box_private(db, passphrase)
    sign = keys.signing_key(db)
    lines = [
        translate(
            CONTEXT,
            "Lishui ledger: paper backup of the keys of %1",
            db.get_setting("device_name") or "",
        ),
        translate(
            CONTEXT,
            "Made on %1. Keep it locked away; whoever has it can read the bundles.",
            dt.date.today().isoformat(),
        ),
        "",
        translate(
            CONTEXT, "Decryption key (fingerprint %1):", crypto.key_id(crypto.box_public(box))
        ),
        crypto.paper_backup(box),
        "",
        translate(
            CONTEXT, "Signing key (fingerprint %1):", crypto.key_id(crypto.sign_public(sign))
        ),
        crypto.paper_backup(sign),
        "",
    ]
    from lishui_desktop.services.database_key import recovery_code

    code = recovery_code(db)
    if code:  # the encrypted database's recovery code: it opens the file on another computer
        lines += [
            translate(
                CONTEXT,
                "Recovery code of the encrypted database (type it when the database is opened on "
                "another computer, or when this computer's credential store was reset):",
            ),
            code,
            "",
        ]
    return "\n".join(lines)


def write_paper_backup(db: Database, out: Path, passphrase: str | None = None) -> Path:
    text = paper_backup_text(db, passphrase)
    return write_atomic(out, text.encode("utf-8"))


def restore_paper_backup(db: Database, text: str) -> None:
    """Put the decryption key of a paper backup back (first group of lines after the title)."""
    box: bytes | None = None
    for block in (b for b in text.split("\n\n") if b.strip()):
        body = "\n".join(
            line for line in block.splitlines() if not line.rstrip().endswith((":", "："))
        )
        try:
            box = crypto.from_paper_backup(body)
            break
        except crypto.WrongPassphrase:
            continue
    if box is None:
        crypto.from_paper_backup("")  # raises the clear message
        return
    with db.transaction() as session:
        from lishui_desktop.db.database import put_setting

        put_setting(session, keys.BOX_KEY, blob=box)
        put_setting(session, "box_public_key", crypto.b64(crypto.box_public(box)))
        row = session.get(keys.LocalSetting, keys.BOX_KEY_PROTECTED)
        if row is not None:
            session.delete(row)
    keys._unlocked.pop(str(db.path), None)


# --- the laptop's reply file: registers its keys at the office before its first bundle -------
REPLY_FORMAT = "lishui-enrolment-reply"


class EnrolmentRefused(UserError):
    context = CONTEXT


def reply_data(db: Database) -> dict[str, Any]:
    """A signed statement of this laptop's identity and public keys, for the office."""
    from lishui_desktop.sync import security

    public = keys.ensure_device_keys(db)
    body = {
        "format": REPLY_FORMAT,
        "version": 1,
        "device_id": db.get_setting("device_id"),
        "name": db.get_setting("device_name"),
        "role": db.get_setting("role") or "field",
        "box_key": crypto.b64(public.box),
    }
    return security.sign(db, body)


def write_reply(db: Database, out: Path) -> Path:
    return write_atomic(out, json.dumps(reply_data(db), ensure_ascii=False, indent=1).encode("utf-8"))


def register_reply(db: Database, raw: bytes) -> str:
    """Register a laptop from its reply file; returns its name. Refuses forged or unknown replies."""
    from lishui_desktop.sync import security

    try:
        data = json.loads(raw[:65536].decode("utf-8"))
        ok = isinstance(data, dict) and data.get("format") == REPLY_FORMAT
        device_id, name, role = str(data["device_id"]), str(data["name"]), str(data["role"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        ok = False
    if not ok or role not in ("field", "lead", "office"):
        raise EnrolmentRefused(
            QT_TRANSLATE_NOOP(CONTEXT, "This is not a reply file from a laptop.")
        )
    with db.transaction() as session:
        security.check_sender(session, data, device_id, role=role, name=name)
        device = session.get(Device, device_id)
        if (
            device is not None
            and not device.box_public_key
            and isinstance(data.get("box_key"), str)
        ):
            device.box_public_key = data["box_key"]
    return name
