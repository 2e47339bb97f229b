"""The office's identity actions: issue a device, re-issue its keys, revoke it; and the
laptop's side, installing what the office issued.

Only the computer that holds the deployment's office key (the office that set the deployment
up) issues. An identity is a certificate the office signs (sync/certs.py); the keys of an
issued laptop are made here and handed over in its deployment file or key file, which must be
kept like a key. Revocation is final: a revoked device's ops beyond what the office held at
that moment are refused everywhere; its earlier ones stay.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from lishui_desktop.db import portable
from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.db.engine import qmark_execute
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.ids import new_id
from lishui_desktop.domain.text import clean
from lishui_desktop.sync import certs, crypto, identities, keys, log
from lishui_desktop.sync.session import write_cursor

CONTEXT = "Keys"
KEY_FILE = "lishui-keys"


class IssueError(UserError):
    context = CONTEXT


@dataclass(frozen=True)
class IssuedIdentity:
    """What a laptop receives from the office: its certificate and private keys, the office
    key to check everything else against, and the identities the office knows."""

    certificate: dict[str, Any]
    sign_private: bytes
    box_private: bytes
    office_key: bytes
    documents: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {
            "certificate": self.certificate,
            "sign_private": crypto.b64(self.sign_private),
            "box_private": crypto.b64(self.box_private),
        }


def is_office_root(db: Database) -> bool:
    """True on the computer that holds the deployment's office key (it issues identities)."""
    pinned = db.get_setting(identities.OFFICE_KEY)
    private = db.get_blob(keys.SIGN_KEY)
    return bool(pinned and private and crypto.b64(crypto.sign_public(private)) == pinned)


def _need_root(db: Database) -> bytes:
    if not is_office_root(db):
        raise IssueError(
            QT_TRANSLATE_NOOP(
                "Keys",
                "Only the office computer that set up the deployment issues, renews or revokes "
                "identities.",
            )
        )
    private = db.get_blob(keys.SIGN_KEY)
    assert private is not None
    return private


def _me(db: Database) -> tuple[str, str]:
    return db.get_setting("device_id") or "", db.get_setting("device_name") or ""


def documents(db: Database) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        return identities.all_documents(qmark_execute(conn))


def _store(db: Database, docs: list[dict[str, Any]]) -> None:
    with write_cursor(db) as cur:
        identities.store_documents(cur.execute, docs)


def find_issued(db: Database, name_or_id: str) -> dict[str, Any]:
    """An issued device by name or id (the newest certificate), revoked or not."""
    with db.engine.connect() as conn:
        rows = qmark_execute(conn)(
            "SELECT certificate, revoked_at FROM devices WHERE certificate IS NOT NULL "
            "AND (id = ? OR name = ?) ORDER BY revoked_at IS NOT NULL, issued_at DESC",
            (name_or_id, name_or_id),
        ).fetchall()
    if not rows:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "No device called %1 was issued."), name_or_id)
    return {**json.loads(rows[0][0]), "revoked_at": rows[0][1]}


def issue_device(db: Database, name: str, role: str = "field") -> IssuedIdentity:
    """A new device identity: new keys, a certificate signed with the office key, stored here."""
    root = _need_root(db)
    name = clean(name or "")
    if not name:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The device name may not be empty."))
    if role not in certs.ROLES:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The role must be field, lead or office."))
    try:
        held = find_issued(db, name)
    except IssueError:
        held = None
    if held is not None and not held["revoked_at"]:
        raise IssueError(
            QT_TRANSLATE_NOOP(
                "Keys",
                "A device called %1 is already issued. Renew its keys, revoke it first, or choose "
                "another name.",
            ),
            name,
        )
    return _issue(db, root, new_id(), name, role, serial=1)


def _issue(
    db: Database,
    root: bytes,
    device_id: str,
    name: str,
    role: str,
    *,
    serial: int,
) -> IssuedIdentity:
    me, my_name = _me(db)
    sign_private, box_private = crypto.new_private_key(), crypto.new_private_key()
    cert = certs.issue_device(
        root,
        device_id=device_id,
        name=name[: certs.MAX_NAME],
        role=role,
        sign_public=crypto.sign_public(sign_private),
        box_public=crypto.box_public(box_private),
        serial=serial,
        issued_at=now_text(),
        issuer=me,
        issuer_name=my_name or me,
    )
    _store(db, [cert])
    return IssuedIdentity(cert, sign_private, box_private, crypto.sign_public(root), documents(db))


def reissue_self(db: Database, name: str, role: str) -> dict[str, Any]:
    """The office's own certificate again with another name or role (same keys, next serial):
    the office renames itself; nobody else can."""
    root = _need_root(db)
    me = _me(db)[0]
    held = find_issued(db, me)
    cert = certs.issue_device(
        root, device_id=me, name=name[: certs.MAX_NAME], role=role,
        sign_public=certs.key_of(held["sign"]), box_public=certs.key_of(held["box"]),
        serial=int(held["serial"]) + 1, issued_at=now_text(), issuer=me, issuer_name=name,
    )
    _store(db, [cert])
    return cert


def change_role(db: Database, name_or_id: str, role: str) -> dict[str, Any]:
    """The office gives an issued device another role: its certificate again (same keys, next
    serial), which reaches the laptop with the office's next bundle; the laptop takes the role
    from it (sync/identities.py). Only the office can; a laptop's own settings cannot."""
    root = _need_root(db)
    if role not in certs.ROLES:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The role must be field, lead or office."))
    held = find_issued(db, name_or_id)
    if held["revoked_at"]:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The device %1 was revoked."), held["name"])
    if held["id"] == _me(db)[0]:
        return reissue_self(db, str(held["name"]), role)
    cert = certs.issue_device(
        root, device_id=held["id"], name=held["name"], role=role,
        sign_public=certs.key_of(held["sign"]), box_public=certs.key_of(held["box"]),
        serial=int(held["serial"]) + 1, issued_at=now_text(), issuer=_me(db)[0], issuer_name=_me(db)[1] or _me(db)[0],
    )
    _store(db, [cert])
    return cert


def renew_keys(db: Database, name_or_id: str) -> IssuedIdentity:
    """New keys for an issued device (a re-issue with the next serial); its older keys still
    prove what they signed before. The laptop installs them from the key file."""
    root = _need_root(db)
    held = find_issued(db, name_or_id)
    if held["revoked_at"]:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The device %1 was revoked."), held["name"])
    if held["id"] == _me(db)[0]:
        raise IssueError(
            QT_TRANSLATE_NOOP(
                "Keys", "The office's own key is fixed at deployment; its paper backup restores it."
            )
        )
    return _issue(db, root, held["id"], held["name"], held["role"], serial=int(held["serial"]) + 1)


def revoke(db: Database, name_or_id: str) -> dict[str, Any]:
    """Revoke a device (a lost laptop): what the office holds of it now stays, everything
    else it wrote or writes is refused everywhere the revocation arrives."""
    root = _need_root(db)
    held = find_issued(db, name_or_id)
    if held["id"] == _me(db)[0]:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The office cannot revoke itself."))
    if held["revoked_at"]:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "The device %1 was revoked."), held["name"])
    with db.engine.connect() as conn:
        raw = portable.raw(conn)
        lives = [r[0] for r in qmark_execute(conn)(
            "SELECT author_id FROM incarnations WHERE device_id = ?", (held["id"],))]
        cut = {author: top for author in (held["id"], *lives) if (top := log.last_seq(raw, author))}
    doc = certs.revoke_device(
        root, device_id=held["id"], cut=cut, revoked_at=now_text(), issuer=_me(db)[0]
    )
    _store(db, [doc])
    return doc


# --- files handed to a laptop -----------------------------------------------------------------
def key_file_data(db: Database, issued: IssuedIdentity) -> dict[str, Any]:
    return {
        "kind": KEY_FILE,
        "format": 1,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "office_key": crypto.b64(issued.office_key),
        "identity": issued.as_json(),
        "documents": issued.documents,
    }


def _bad_file() -> IssueError:
    return IssueError(QT_TRANSLATE_NOOP("Keys", "The file is not a key file of this deployment, or it is damaged."))


def parse_identity(data: dict[str, Any]) -> IssuedIdentity | None:
    """The identity part of a deployment or key file (None when it has none); checks that the
    keys are the certificate's and the certificate is the office's."""
    raw = data.get("identity")
    if raw is None:
        return None
    try:
        office = certs.key_of(data["office_key"])
        cert = certs.check_device(raw["certificate"], office)
        sign_private = crypto.unb64(str(raw["sign_private"]))
        box_private = crypto.unb64(str(raw["box_private"]))
        docs = data.get("documents") or []
        if not isinstance(docs, list) or len(sign_private) != 32 or len(box_private) != 32:
            raise ValueError("bad keys")
        if crypto.b64(crypto.sign_public(sign_private)) != cert["sign"]:
            raise ValueError("keys of another certificate")
        if crypto.b64(crypto.box_public(box_private)) != cert["box"]:
            raise ValueError("keys of another certificate")
    except (KeyError, TypeError, ValueError):  # InvalidDocument is a ValueError
        raise _bad_file() from None
    return IssuedIdentity(cert, sign_private, box_private, office, docs)


def install_key_file(db: Database, raw: bytes) -> dict[str, Any]:
    """On the laptop: take the renewed keys the office issued to it. Returns its certificate."""
    try:
        data = json.loads(raw[: 4 << 20].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_file() from None
    if not isinstance(data, dict) or data.get("kind") != KEY_FILE:
        raise _bad_file()
    issued = parse_identity(data)
    if issued is None:
        raise _bad_file()
    if crypto.b64(issued.office_key) != db.get_setting(identities.OFFICE_KEY):
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "This key file is from another deployment's office."))
    if issued.certificate["id"] != db.get_setting("device_id"):
        raise IssueError(
            QT_TRANSLATE_NOOP("Keys", "This key file is for the device %1, not for this one."),
            issued.certificate["name"],
        )
    with db.transaction() as session:
        execute = qmark_execute(session.connection())
        identities.store_documents(execute, [issued.certificate, *issued.documents])
        keys.install_keys(session, issued.sign_private, issued.box_private)
        session.flush()
    keys._unlocked.pop(str(db.path), None)
    return issued.certificate


# --- a laptop that set itself up: its reply file -------------------------------------------
REPLY_FORMAT = "lishui-enrolment-reply"


def reply_data(db: Database) -> dict[str, Any]:
    """A statement of this laptop's id, name and public keys, signed with its key (proving it
    holds the key), for the office to issue it."""
    public = keys.ensure_device_keys(db)
    body = {
        "format": REPLY_FORMAT,
        "version": 2,
        "device_id": db.get_setting("device_id"),
        "name": db.get_setting("device_name"),
        "sign_key": crypto.b64(public.sign),
        "box_key": crypto.b64(public.box),
    }
    return crypto.sign_manifest(body, keys.signing_key(db))


def issue_from_reply(db: Database, raw: bytes, role: str = "field") -> dict[str, Any]:
    """Issue a laptop that set itself up, from its reply file; returns the certificate."""
    root = _need_root(db)
    try:
        data = json.loads(raw[:65536].decode("utf-8"))
        ok = isinstance(data, dict) and data.get("format") == REPLY_FORMAT
        device_id, name = str(data["device_id"]), clean(str(data["name"]))
        sign_key, box_key = certs.key_of(data["sign_key"]), certs.key_of(data["box_key"])
        ok = ok and crypto.verify_manifest(data, sign_key) and bool(name)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        ok = False
    if not ok or role not in certs.ROLES:
        raise IssueError(QT_TRANSLATE_NOOP("Keys", "This is not a reply file from a laptop, or it was changed."))
    try:
        held = find_issued(db, device_id)
    except IssueError:
        held = None
    if held is not None:
        if held["sign"] == crypto.b64(sign_key) and not held["revoked_at"]:
            return held  # issued already
        raise IssueError(
            QT_TRANSLATE_NOOP("Keys", "The device %1 was issued with other keys; it cannot be issued again."),
            held["name"],
        )
    serial = 1
    me, my_name = _me(db)
    cert = certs.issue_device(
        root, device_id=device_id, name=name[: certs.MAX_NAME], role=role, sign_public=sign_key,
        box_public=box_key, serial=serial, issued_at=now_text(), issuer=me, issuer_name=my_name or me,
    )
    _store(db, [cert])
    return cert
