"""Signing, sealing and checking bundles: the policy around `crypto`, `certs` and `identities`.

Export: every segment of this computer's own ops is signed with its issued key
(sync/segments.py), segments of other authors are forwarded as they were signed, the manifest
is signed by this computer, then the whole bundle is encrypted to the office's and leads' keys.
Import: decrypt (refusing bundles for another office), check the identity documents the bundle
carries against the office key, the sender's signature against its issued certificate, and
every segment against its author's device: a relay can forward, never forge. A plain bundle is
written or accepted only when this computer allows plain bundles, never silently.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.sync import crypto, keys, segments
from lishui_desktop.sync.bundle import Bundle, Segment
from lishui_desktop.sync.certs import InvalidDocument
from lishui_desktop.sync.crypto import BundleRefused
from lishui_desktop.sync.identities import Registry

CONTEXT = "Bundle"
log = logging.getLogger("lishui.sync.security")


def sign(db: Database, manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest signed with this computer's key."""
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
            "Bundle",
            "No office key is known on this computer, so the bundle cannot be encrypted. Join the "
            "deployment with the office's deployment file first: a new database's first start "
            "offers it (or lishui init --join FILE).",
        )
    )


def unseal(db: Database, data: bytes, passphrase: str | None = None) -> tuple[bytes, bool]:
    """(the zip bytes, was it encrypted?); refuses a plain bundle unless allowed."""
    if crypto.is_envelope(data):
        return crypto.decrypt(data, keys.box_private(db, passphrase)), True
    if keys.plain_allowed(db):
        return data, False  # the zip reader refuses what is not a bundle
    if not data.startswith(b"PK\x03\x04") or not _names_a_manifest(data):
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "Bundle", "This file is not a bundle of this program, or it is damaged."
            )
        )
    raise BundleRefused(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "This bundle is not encrypted, and this computer accepts only encrypted bundles "
            "(for a trial, allow unencrypted bundles under Tools → Keys and enrolment, or with "
            "lishui keys allow-plain).",
        )
    )


def _names_a_manifest(data: bytes) -> bool:
    """A plain bundle is a zip whose directory holds manifest.json (anything else is no bundle,
    or a damaged one, and is said so rather than 'not encrypted')."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "manifest.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return False


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


# --- checking what arrives -------------------------------------------------------------------
@dataclass
class Refusal:
    """A segment not applied, and why (a translated sentence)."""

    header: dict[str, Any]
    reason: str
    kind: str  # revoked | fork | quarantined


@dataclass
class Verdict:
    """What a bundle may apply: its checked identities and the segments that passed."""

    registry: Registry
    sender_author: str | None
    accepted: list[Segment] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def _refuse(text: str, *args: object) -> BundleRefused:
    return BundleRefused(text, *args)


def check_documents(registry: Registry, docs: list[Any]) -> None:
    """Take the identity documents a bundle (or a file) carries; refuses a forged one."""
    if registry.root is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "This computer has no office key, so it cannot check who wrote a bundle. Join the "
                "deployment with the office's deployment file first: a new database's first start "
                "offers it (or lishui init --join FILE).",
            )
        )
    try:
        registry.add_all(docs)
    except InvalidDocument as exc:
        log.warning("identity document refused: %s", exc)
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "The bundle carries a device identity that this deployment's office did not issue. "
                "It was not applied.",
            ),
        ) from None


def check_sender(registry: Registry, manifest: dict[str, Any]) -> str | None:
    """The sender's issued certificate, unrevoked, and its signature over the manifest.
    Returns the sender's current author id (when the manifest names one)."""
    sender = str(manifest.get("source_device", ""))
    name = str(manifest.get("source_name") or "")[:80] or sender
    claimed = crypto.manifest_signer(manifest)
    if claimed is None:
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "The bundle is not signed; it was not applied."))
    cert = registry.device(sender)
    if cert is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "The bundle comes from a device the office has not issued (%1). It was not applied; "
                "the office must issue that laptop first.",
            ),
            name,
        )
    revoked = registry.revocation(sender)
    if revoked is not None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle", "The device %1 was revoked by the office (%2); its bundles are not accepted."
            ),
            cert["name"],
            revoked["revoked_at"],
        )
    if claimed not in registry.keys(sender).values() or not crypto.verify_manifest(manifest, claimed):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "The bundle's signature does not match the device %1: it was changed or forged. "
                "It was not applied.",
            ),
            cert["name"],
        )
    author = manifest.get("source_author")
    if author is None:
        return None
    if not isinstance(author, str) or registry.device_of(author) != sender:
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "The bundle names an author that is not its sender's (%1)."), name
        )
    return author


def check_segment(registry: Registry, header: dict[str, Any]) -> None:
    """The segment is signed by an issued key of its device, and its author is a life of that
    device; raises BundleRefused (the sender forwarded or made something forged)."""
    device = str(header["device"])
    cert = registry.device(device)
    if cert is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle", "The bundle holds changes signed by a device the office never issued (%1)."
            ),
            device,
        )
    key = segments.signer_key(header)
    if key is None or key not in registry.keys(device).values() or not segments.signature_holds(header, key):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "The changes of %1 in the bundle do not carry that device's signature (changed or "
                "forged). It was not applied.",
            ),
            cert["name"],
        )
    if registry.device_of(str(header["author"])) != device:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "The bundle holds changes in the name of another device than the one that signed "
                "them (signed by %1). It was not applied.",
            ),
            cert["name"],
        )


def verify_bundle(execute: Any, bundle: Bundle) -> Verdict:
    """Everything a bundle claims about who wrote what, checked (nothing is written). Raises
    BundleRefused when the bundle as a whole cannot be trusted; segments of a revoked device
    beyond what the office held when it revoked it are refused one by one (a relay may
    honestly carry them before it learnt of the revocation)."""
    registry = Registry(execute)
    check_documents(registry, bundle.devices)
    verdict = Verdict(registry, check_sender(registry, bundle.manifest))
    headers = bundle.headers if bundle.all_known else [part.header for part in bundle.segments]
    for header in headers:
        check_segment(registry, header)
    for part in bundle.segments:
        cut = registry.cut(part.author)
        if cut is None or part.header["last"] <= cut:
            verdict.accepted.append(part)
            continue
        name = (registry.device(str(part.header["device"])) or {}).get("name", "")
        reason = fill(translate(
            "Bundle",
            QT_TRANSLATE_NOOP(
                "Bundle",
                "Changes %1 to %2 of %3 were made after the office revoked that device; they were "
                "not applied.",
            )),
            max(cut + 1, part.header["first"]),
            part.header["last"],
            name,
        )
        verdict.refused.append(Refusal(part.header, reason, "revoked"))
        if part.header["first"] <= cut:  # the earlier ops of the run stay
            verdict.accepted.append(
                Segment(part.header, [o for o in part.ops if o.seq <= cut], complete=False)
            )
    return verdict
