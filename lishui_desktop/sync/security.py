"""Signing, sealing and checking bundles: the policy around `crypto` and `keys`.

Export: the manifest is signed with this computer's Ed25519 key, then the whole bundle is
encrypted to the office's and leads' X25519 keys. Import: decrypt (refusing bundles for another
office), then check the manifest's signature against the sender's enrolled key, or register the
sender when its manifest carries a one-time enrolment token this office issued. A plain bundle
is written or accepted only when this computer allows plain bundles, never silently.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.sync import crypto, keys
from lishui_desktop.sync.crypto import BundleRefused

CONTEXT = "Bundle"


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
    with db.sessions() as session:
        to = keys.recipients(session, db.get_setting("device_id"), for_device)
    if to:
        return crypto.encrypt(bundle, to), True
    if keys.plain_allowed(db):
        return bundle, False
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
        return data, False
    raise BundleRefused(
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "This bundle is not encrypted, and this computer accepts only encrypted bundles "
            "(allow plain bundles in the settings for a trial).",
        )
    )


def check_sender(
    session: Session,
    manifest: dict[str, Any],
    source_device: str,
    role: str = "field",
    name: str = "",
) -> str:
    """Verify the manifest's signature; returns 'known', 'enrolled' (first bundle) or 'self'.

    Raises BundleRefused when the signature fails or the device is unknown. The caller does
    this inside the import transaction, so a first-bundle registration commits with the data.
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
        return "known"
    if not crypto.verify_manifest(manifest, claimed):
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                CONTEXT, "The bundle's signature is not valid: it was changed after signing."
            ),
        )
    token = manifest.get("enrolment")
    claim = (
        keys.claim_enrolment(session, str(token), source_device) if isinstance(token, str) else None
    )
    if claim is None:
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
    keys.register_device(
        session, source_device, name or claim.get("name", ""), role, claimed, box_key
    )
    return "enrolled"


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
