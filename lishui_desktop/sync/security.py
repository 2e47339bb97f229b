"""Signing, sealing and checking bundles: the policy around `crypto` and `keys`.

Export: the manifest is signed with this computer's Ed25519 key, then the whole bundle is
encrypted to the office's and leads' X25519 keys. Import: decrypt (refusing bundles for another
office), then check the manifest's signature against the sender's enrolled key, or register the
sender when its manifest carries a one-time enrolment token this office issued. A plain bundle
is written or accepted only when this computer allows plain bundles, never silently.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.sync import crypto, keys
from lishui_desktop.sync.crypto import BundleRefused

CONTEXT = "Bundle"
log = logging.getLogger("lishui.sync.security")


def sign(db: Database, manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest with this computer's signature (and its enrolment token, if any)."""
    public = keys.ensure_device_keys(db)
    manifest = {**manifest, "sender_box_key": crypto.b64(public.box)}
    token = db.get_setting(keys.ENROL_TOKEN)
    if token and "enrolment" not in manifest:
        manifest["enrolment"] = token
    return crypto.sign_manifest(manifest, keys.signing_key(db))


def seal(db: Database, bundle: bytes, for_device: str | None = None) -> tuple[bytes, bool]:
    """(bytes to write, encrypted?); refuses to write plain unless plain bundles are allowed."""
    if keys.plain_allowed(db):  # trial mode: readable by every laptop, as the setting says
        return bundle, False
    with db.sessions() as session:
        to = keys.recipients(session, db.get_setting("device_id"), for_device)
    if to:
        return crypto.encrypt(bundle, to), True
    raise BundleRefused(
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "No office key is known on this computer, so the bundle cannot be encrypted. Join the "
            "deployment with the office's enrolment file first (lishui init --join FILE).",
        )
    )


def unseal(db: Database, data: bytes, passphrase: str | None = None) -> tuple[bytes, bool]:
    """(the zip bytes, was it encrypted?); refuses a plain bundle unless allowed."""
    if crypto.is_envelope(data):
        return crypto.decrypt(data, keys.box_private(db, passphrase)), True
    if keys.plain_allowed(db):
        return data, False  # the zip reader refuses what is not a bundle
    if not data.startswith(b"PK\x03\x04"):
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                CONTEXT, "This file is not a bundle of this program, or it is damaged."
            )
        )
    raise BundleRefused(
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "This bundle is not encrypted, and this computer accepts only encrypted bundles "
            "(allow plain bundles in the settings for a trial).",
        )
    )


@dataclass(frozen=True)
class Registration:
    """A sender seen for the first time whose bundle may register it (token or trial)."""

    device_id: str
    name: str
    role: str
    sign_key: bytes
    box_key: bytes | None
    token: str | None


def verify_sender(
    session: Session,
    manifest: dict[str, Any],
    source_device: str,
    *,
    role: str = "field",
    name: str = "",
    trial: bool = False,
) -> Registration | None:
    """Check the manifest's signature against what this computer knows of the sender.

    None for a known sender whose signature holds. A Registration when the sender is new but
    carries an enrolment token this office issued (or, in trial mode, any valid signature);
    `complete_registration` then records it in the import transaction. Raises BundleRefused
    for a missing or failing signature or an unknown device. Writes nothing.
    """
    claimed = crypto.manifest_signer(manifest)
    if claimed is None:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(CONTEXT, "The bundle is not signed; it was not applied.")
        )
    known = keys.known_signer(session, source_device)
    if known is not None:
        if known != claimed or not crypto.verify_manifest(manifest, known):
            raise BundleRefused(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "The bundle's signature does not match the device %1: it was changed or forged. "
                    "It was not applied.",
                ),
                name or source_device,
            )
        return None
    if not crypto.verify_manifest(manifest, claimed):
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                CONTEXT, "The bundle's signature is not valid: it was changed after signing."
            ),
        )
    token = manifest.get("enrolment")
    issued = keys.enrolment_for(session, token, source_device) if isinstance(token, str) else None
    if issued is None and not trial:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The bundle comes from a device this office has not enrolled (%1). It was not applied; "
                "issue an enrolment file for that laptop first.",
            ),
            name or source_device,
        )
    box = manifest.get("sender_box_key")
    try:
        box_key = crypto.unb64(box) if isinstance(box, str) else None
    except ValueError:
        box_key = None
    label = name or str(manifest.get("source_name") or "") or (issued or {}).get("name", "")
    return Registration(
        source_device,
        label[:80],
        role,
        claimed,
        box_key if box_key and len(box_key) == 32 else None,
        token if issued is not None else None,
    )


def complete_registration(
    execute: Callable[[str, tuple[Any, ...]], Any], reg: Registration
) -> None:
    """Record a new sender's keys (and use up its token) with `execute(sql, params)`.

    Works on the import's raw cursor (`cur.execute`) or a session's connection, so it commits
    or rolls back with the import itself.
    """
    now = now_text()
    if reg.token is not None:
        execute(
            "UPDATE local_settings SET value = json_set(value, '$.used_by', ?) WHERE key = ?",
            (reg.device_id, keys.token_key(reg.token)),
        )
    execute(
        "INSERT INTO devices(id, name, role, sign_public_key, box_public_key, enrolled_at, deleted, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "sign_public_key = coalesce(devices.sign_public_key, excluded.sign_public_key), "
        "box_public_key = coalesce(devices.box_public_key, excluded.box_public_key), "
        "enrolled_at = coalesce(devices.enrolled_at, excluded.enrolled_at)",
        (
            reg.device_id,
            reg.name,
            reg.role,
            crypto.b64(reg.sign_key),
            crypto.b64(reg.box_key) if reg.box_key else None,
            now,
            now,
            now,
        ),
    )


def check_sender(
    session: Session,
    manifest: dict[str, Any],
    source_device: str,
    role: str = "field",
    name: str = "",
) -> str:
    """verify_sender and, for a new sender, its registration in this session: 'known' or 'enrolled'."""
    reg = verify_sender(session, manifest, source_device, role=role, name=name)
    if reg is None:
        return "known"
    complete_registration(
        lambda sql, params: session.connection().exec_driver_sql(sql, params), reg
    )
    from lishui_desktop.sync.capture import record_stored

    record_stored(session.connection(), "devices", [reg.device_id])  # a local edit: captured
    return "enrolled"


def verify_bundle_sender(db: Database, manifest: dict[str, Any]) -> Registration | None:
    """verify_sender for an import: read-only, before the import's transaction."""
    with db.sessions() as session:
        return verify_sender(
            session, manifest, str(manifest.get("source_device", "")), trial=keys.plain_allowed(db)
        )


def seal_hook(db: Database, data: bytes, for_device: str | None) -> bytes:
    """sync_service.SEAL: encrypt, or plain in trial mode (logged, never silent)."""
    sealed, encrypted = seal(db, data, for_device)
    if not encrypted:
        log.warning(
            "bundle written unencrypted: plain bundles are allowed on this computer (trial)"
        )
    return sealed


def unseal_hook(db: Database, data: bytes) -> bytes:
    return unseal(db, data)[0]


def trusted_hub_keys(db: Database) -> list[dict[str, str]]:
    """Public keys of this deployment's office and leads, for an enrolment file."""
    from sqlalchemy import select

    from lishui_desktop.db.models import Device

    keys.ensure_device_keys(db)
    with db.sessions() as session:
        rows = session.scalars(
            select(Device).where(Device.role.in_(("office", "lead")), Device.deleted.is_(False))
        ).all()
        return [
            {
                "id": d.id,
                "name": d.name,
                "role": d.role,
                "sign": d.sign_public_key or "",
                "box": d.box_public_key or "",
            }
            for d in rows
            if d.sign_public_key and d.box_public_key
        ]


def register_hubs(execute: Callable[[str, tuple[Any, ...]], Any], hubs: object) -> int:
    """On join: record the office's and leads' public keys from the enrolment file."""
    count = 0
    for hub in hubs if isinstance(hubs, list) else []:
        try:
            reg = Registration(
                str(hub["id"]),
                str(hub["name"])[:80],
                str(hub["role"]),
                crypto.unb64(str(hub["sign"])),
                crypto.unb64(str(hub["box"])),
                None,
            )
        except (KeyError, TypeError, ValueError):
            continue
        if (
            len(reg.sign_key) == 32
            and len(reg.box_key or b"") == 32
            and reg.role in ("office", "lead")
        ):
            complete_registration(execute, reg)
            count += 1
    return count
