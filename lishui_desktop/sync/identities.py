"""The identities this database holds: device certificates, lives of devices, revocations.

`Registry` answers who a device or an author is from what is stored, plus documents checked on
arrival (a bundle's `devices.json`), without writing; `store` writes the new ones inside the
caller's transaction. Works on a DB-API cursor or connection (`execute(sql, params)`), so an
import checks and stores identities in its own transaction.

Trust root: the office's public signing key, pinned in `local_settings` (`office_key`) when a
database is set up (the office's own key) or joins a deployment (from the deployment file).
Nothing in a bundle can change it. Device certificates and revocations must be signed by it;
an incarnation must be signed by its device's issued key and its author id must be derived
from the device's id (so no one can claim another device's author id).
"""

from __future__ import annotations

import json
from typing import Any

from lishui_desktop.db.base import now_text
from lishui_desktop.sync import certs, crypto
from lishui_desktop.sync.certs import InvalidDocument

OFFICE_KEY = "office_key"
_ORDER = {certs.DEVICE: 0, certs.REVOCATION: 1, certs.INCARNATION: 2}


def office_key(execute: Any) -> bytes | None:
    row = execute("SELECT value FROM local_settings WHERE key = ?", (OFFICE_KEY,)).fetchone()
    if row is None or not row[0]:
        return None
    try:
        return certs.key_of(row[0])
    except InvalidDocument:
        return None


class Registry:
    """Verified identities: stored ones (read lazily) and documents added since."""

    def __init__(self, execute: Any) -> None:
        self.execute = execute
        self.root = office_key(execute)
        self._devices: dict[str, dict[str, Any] | None] = {}
        self._keys: dict[str, dict[int, bytes]] = {}
        self._lives: dict[str, dict[str, Any] | None] = {}
        self._revoked: dict[str, dict[str, Any] | None] = {}
        self.new: list[dict[str, Any]] = []  # documents to store, in order

    # --- lookups -----------------------------------------------------------------------
    def device(self, device_id: str) -> dict[str, Any] | None:
        """The newest certificate of a device (None when none was issued)."""
        if device_id not in self._devices:
            row = self.execute(
                "SELECT certificate FROM devices WHERE id = ? AND certificate IS NOT NULL", (device_id,)
            ).fetchone()
            self._devices[device_id] = json.loads(row[0]) if row else None
        return self._devices[device_id]

    def keys(self, device_id: str) -> dict[int, bytes]:
        """Every signing key the device was issued, by serial."""
        if device_id not in self._keys:
            self._keys[device_id] = {
                int(serial): crypto.unb64(key)
                for serial, key in self.execute(
                    "SELECT serial, sign_public_key FROM device_keys WHERE device_id = ?", (device_id,)
                )
            }
        return self._keys[device_id]

    def life(self, author: str) -> dict[str, Any] | None:
        if author not in self._lives:
            row = self.execute(
                "SELECT certificate FROM incarnations WHERE author_id = ?", (author,)
            ).fetchone()
            self._lives[author] = json.loads(row[0]) if row else None
        return self._lives[author]

    def device_of(self, author: str) -> str | None:
        """The issued device an author id belongs to (a database from before incarnations
        wrote ops under the device id itself)."""
        life = self.life(author)
        if life is not None:
            return str(life["device"])
        return author if self.device(author) is not None else None

    def revocation(self, device_id: str) -> dict[str, Any] | None:
        if device_id not in self._revoked:
            row = self.execute(
                "SELECT revocation FROM devices WHERE id = ? AND revocation IS NOT NULL", (device_id,)
            ).fetchone()
            self._revoked[device_id] = json.loads(row[0]) if row else None
        return self._revoked[device_id]

    def cut(self, author: str) -> int | None:
        """For an author whose device is revoked, the last sequence number still accepted."""
        device = self.device_of(author)
        revocation = self.revocation(device) if device else None
        if revocation is None:
            return None
        return int(revocation["cut"].get(author, 0))

    # --- documents arriving ------------------------------------------------------------
    def add_all(self, docs: list[Any]) -> int:
        """Check and take every document (certificates first); returns how many were new.
        Raises InvalidDocument for one that is forged, malformed or contradicts what is held."""
        kinds = [str(d.get("kind")) if isinstance(d, dict) else "" for d in docs]
        ordered = sorted(zip(kinds, docs, strict=True), key=lambda kd: _ORDER.get(kd[0], 9))
        before = len(self.new)
        for _kind, doc in ordered:
            self.add(doc)
        return len(self.new) - before

    def add(self, doc: Any) -> None:
        kind = doc.get("kind") if isinstance(doc, dict) else None
        if kind == certs.DEVICE:
            self._add_device(doc)
        elif kind == certs.REVOCATION:
            self._add_revocation(doc)
        elif kind == certs.INCARNATION:
            self._add_life(doc)
        else:
            raise InvalidDocument("unknown document")

    def _need_root(self) -> bytes:
        if self.root is None:
            raise InvalidDocument("no office key")
        return self.root

    def _add_device(self, doc: dict[str, Any]) -> None:
        certs.check_device(doc, self._need_root())
        device_id, serial = str(doc["id"]), int(doc["serial"])
        keys = self.keys(device_id)
        key = certs.key_of(doc["sign"])
        if serial in keys:
            if keys[serial] != key:
                raise InvalidDocument("two certificates with one serial")
            return  # held already
        keys[serial] = key
        current = self.device(device_id)
        if current is None or int(current["serial"]) < serial:
            self._devices[device_id] = doc
        self.new.append(doc)

    def _add_revocation(self, doc: dict[str, Any]) -> None:
        certs.check_revocation(doc, self._need_root())
        device_id = str(doc["device"])
        if self.revocation(device_id) is not None:
            return  # the first revocation stands
        self._revoked[device_id] = doc
        self.new.append(doc)

    def _add_life(self, doc: dict[str, Any]) -> None:
        device_id = str(certs.check_incarnation(doc, None)["device"])
        if self.device(device_id) is None:
            return  # not issued (yet): it cannot be checked, and it proves nothing
        certs.check_incarnation(doc, list(self.keys(device_id).values()))
        author = str(doc["author"])
        held = self.life(author)
        if held is not None:
            if (held["device"], held["number"]) != (doc["device"], doc["number"]):
                raise InvalidDocument("two lives with one author id")
            return
        self._lives[author] = doc
        self.new.append(doc)

    # --- storing -----------------------------------------------------------------------
    def store(self, execute: Any) -> None:
        """Write the documents added since loading (inside the caller's transaction)."""
        now = now_text()
        for doc in self.new:
            kind = doc["kind"]
            text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
            if kind == certs.DEVICE:
                execute(
                    "INSERT INTO device_keys(device_id, serial, sign_public_key, certificate) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (doc["id"], doc["serial"], doc["sign"], text),
                )
                execute(
                    "INSERT INTO devices(id, name, role, sign_public_key, box_public_key, serial, "
                    "issued_at, issuer, issuer_name, certificate, enrolled_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "name = excluded.name, role = excluded.role, "
                    "sign_public_key = excluded.sign_public_key, box_public_key = excluded.box_public_key, "
                    "serial = excluded.serial, issued_at = excluded.issued_at, issuer = excluded.issuer, "
                    "issuer_name = excluded.issuer_name, certificate = excluded.certificate "
                    "WHERE excluded.serial > devices.serial OR devices.certificate IS NULL",
                    (doc["id"], doc["name"], doc["role"], doc["sign"], doc["box"], doc["serial"],
                     doc["issued_at"], doc["issuer"], doc.get("issuer_name"), text, now),
                )
                # this computer's own certificate: its role is the office's (the newest held)
                execute(
                    "UPDATE local_settings SET value = (SELECT role FROM devices WHERE id = ?) "
                    "WHERE key = 'role' AND (SELECT value FROM local_settings WHERE key = 'device_id') = ?",
                    (doc["id"], doc["id"]),
                )
            elif kind == certs.REVOCATION:
                execute(
                    "UPDATE devices SET revoked_at = ?, revocation = ? WHERE id = ? AND revocation IS NULL",
                    (doc["revoked_at"], text, doc["device"]),
                )
            else:
                execute(
                    "INSERT INTO incarnations(author_id, device_id, number, created, certificate) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (doc["author"], doc["device"], doc["number"], doc["created"], text),
                )
        self.new = []


def changed_identities(execute: Any) -> list[str]:
    """Names of the devices whose row here no longer says what the office signed: a
    certificate that does not verify against the office key, or a name, role or key beside it
    that differs from the certificate (the table edited behind the program's back)."""
    root = office_key(execute)
    changed: list[str] = []
    rows = execute(
        "SELECT id, name, role, sign_public_key, box_public_key, serial, certificate FROM devices "
        "WHERE certificate IS NOT NULL ORDER BY name"
    ).fetchall()
    for device_id, name, role, sign, box, serial, text in rows:
        try:
            doc = certs.check_device(json.loads(text), root)
        except (InvalidDocument, ValueError, TypeError):
            changed.append(str(name))
            continue
        if (doc["id"], doc["name"], doc["role"], doc["sign"], doc["box"], doc["serial"]) != (
            device_id, name, role, sign, box, serial
        ):
            changed.append(str(name))
    return changed


def all_documents(execute: Any) -> list[dict[str, Any]]:
    """Every certificate, revocation and life held, to travel in a bundle's devices.json."""
    docs: list[dict[str, Any]] = []
    for (text,) in execute("SELECT certificate FROM device_keys ORDER BY device_id, serial"):
        docs.append(json.loads(text))
    for (text,) in execute("SELECT revocation FROM devices WHERE revocation IS NOT NULL ORDER BY id"):
        docs.append(json.loads(text))
    for (text,) in execute("SELECT certificate FROM incarnations ORDER BY device_id, number"):
        docs.append(json.loads(text))
    return docs


def store_documents(execute: Any, docs: list[dict[str, Any]]) -> int:
    """Check and store documents (e.g. from a deployment or key file); how many were new."""
    registry = Registry(execute)
    count = registry.add_all(docs)
    registry.store(execute)
    return count
