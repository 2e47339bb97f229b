"""Keys as the user sees them: status, passphrase, paper backup, plain-bundle setting."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Device
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.files import write_atomic
from lishui_desktop.services import issuing
from lishui_desktop.sync import crypto, keys

CONTEXT = "Keys"


def key_status(db: Database) -> dict[str, Any]:
    """Fingerprints of this computer's keys and every issued device: who issued it and when,
    its serial (renewals), revoked or not (never private keys)."""
    public = keys.ensure_device_keys(db)
    with db.sessions() as session:
        devices = session.scalars(
            select(Device).where(Device.certificate.is_not(None)).order_by(Device.revoked_at.is_not(None), Device.name)
        ).all()
        listed = [
            {
                "id": d.id,
                "name": d.name,
                "role": d.role,
                "sign_key_id": crypto.key_id(crypto.unb64(d.sign_public_key))
                if d.sign_public_key
                else None,
                "serial": d.serial,
                "issuer": d.issuer_name or d.issuer,
                "issued_at": d.issued_at,
                "revoked_at": d.revoked_at,
                "enrolled_at": d.enrolled_at,
            }
            for d in devices
        ]
    me = db.get_setting("device_id")
    return {
        "sign_key_id": crypto.key_id(public.sign),
        "box_key_id": crypto.key_id(public.box),
        "protected": keys.is_protected(db),
        "plain_allowed": keys.plain_allowed(db),
        "issued": any(d["id"] == me for d in listed),
        "office": issuing.is_office_root(db),
        "devices": listed,
    }


def paper_backup_text(db: Database, passphrase: str | None = None) -> str:
    """A printable page: what it is, for which computer, and both private keys in groups."""
    keys.ensure_device_keys(db)
    box = keys.box_private(db, passphrase)
    sign = keys.signing_key(db)
    lines = [
        fill(translate(
            "Keys",
            "Lishui ledger: paper backup of the keys of %1"),
            db.get_setting("device_name") or "",
        ),
        fill(translate(
            "Keys",
            "Made on %1. Keep it locked away; whoever has it can read the bundles."),
            dt.date.today().isoformat(),
        ),
        "",
        fill(translate(
            "Keys", "Decryption key (fingerprint %1):"), crypto.key_id(crypto.box_public(box))
        ),
        crypto.paper_backup(box),
        "",
        fill(translate(
            "Keys", "Signing key (fingerprint %1):"), crypto.key_id(crypto.sign_public(sign))
        ),
        crypto.paper_backup(sign),
        "",
    ]
    from lishui_desktop.services.database_key import recovery_code

    code = recovery_code(db)
    if code:  # the encrypted database's recovery code: it opens the file on another computer
        lines += [
            translate(
                "Keys",
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


# --- the laptop's reply file: the office issues a laptop that set itself up ----------------
def reply_data(db: Database) -> dict[str, Any]:
    return issuing.reply_data(db)


def write_reply(db: Database, out: Path) -> Path:
    return write_atomic(out, json.dumps(reply_data(db), ensure_ascii=False, indent=1).encode("utf-8"))


def register_reply(db: Database, raw: bytes, role: str = "field") -> str:
    """Issue a laptop from its reply file (office); returns its name."""
    return str(issuing.issue_from_reply(db, raw, role)["name"])


def write_key_file(db: Database, out: Path, issued: issuing.IssuedIdentity) -> Path:
    data = issuing.key_file_data(db, issued)
    return write_atomic(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), make_parents=True)
