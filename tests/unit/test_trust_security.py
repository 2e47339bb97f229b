"""Bundle policy: signed manifests, enrolment on first bundle, sealing and unsealing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Device
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.services.setup import init_database
from lishui_desktop.sync import crypto, keys, security
from lishui_desktop.sync.crypto import BundleRefused


@pytest.fixture
def field(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = Database.open(tmp_path / "field.sqlite3")
    init_database(database, device_name="平昌-01", role="field", user_name="小王")
    yield database
    database.close()


def enrol(office: Database, field: Database) -> str:
    """What the enrolment file does: office keys to the laptop, a token for its first bundle."""
    token = keys.issue_enrolment(office, "平昌-01")
    field.set_setting(keys.ENROL_TOKEN, token)
    with field.transaction() as s:
        for hub in security.trusted_hub_keys(office):
            keys.register_device(
                s,
                hub["id"],
                hub["name"],
                hub["role"],
                crypto.unb64(hub["sign"]),
                crypto.unb64(hub["box"]),
            )
    return token


def test_first_bundle_enrols_then_signature_is_enforced(db: Database, field: Database) -> None:
    set_language("en")
    manifest = security.sign(field, {"bundle_id": "b1", "source": field.get_setting("device_id")})
    field_id = field.get_setting("device_id") or ""
    with db.transaction() as s, pytest.raises(BundleRefused, match="not enrolled"):
        security.check_sender(s, manifest, field_id, name="平昌-01")
    enrol(db, field)
    manifest = security.sign(field, {"bundle_id": "b2"})
    with db.transaction() as s:
        assert security.check_sender(s, manifest, field_id, name="平昌-01") == "enrolled"
    with db.sessions() as s:
        device = s.get(Device, field_id)
        assert device is not None and device.box_public_key and device.enrolled_at
    with db.transaction() as s:
        assert security.check_sender(s, manifest, field_id) == "known"
    tampered = {**manifest, "bundle_id": "b3"}
    with db.transaction() as s, pytest.raises(BundleRefused, match="changed or forged"):
        security.check_sender(s, tampered, field_id, name="平昌-01")
    # a different laptop re-using the token is refused
    imposter = crypto.sign_manifest(
        {"bundle_id": "x", "enrolment": manifest["enrolment"]}, crypto.new_private_key()
    )
    with db.transaction() as s, pytest.raises(BundleRefused, match="not enrolled"):
        security.check_sender(s, imposter, "other-device")
    with db.transaction() as s, pytest.raises(BundleRefused, match="not signed"):
        security.check_sender(s, {"bundle_id": "u"}, field_id)


def test_seal_to_office_and_unseal(db: Database, field: Database, tmp_path: Path) -> None:
    set_language("en")
    with pytest.raises(BundleRefused, match="No office key"):
        security.seal(field, b"zip bytes")
    enrol(db, field)
    sealed, encrypted = security.seal(field, b"zip bytes")
    assert encrypted and b"zip bytes" not in sealed
    assert security.unseal(db, sealed) == (b"zip bytes", True)
    # another office (a different database) cannot read it
    other = Database.open(tmp_path / "other.sqlite3")
    init_database(other, device_name="别处", role="office")
    with pytest.raises(BundleRefused, match="another office"):
        security.unseal(other, sealed)
    # a plain bundle is refused unless this computer allows it
    with pytest.raises(BundleRefused, match="not encrypted"):
        security.unseal(other, b"PK\x03\x04 plain")
    other.set_setting(keys.ALLOW_PLAIN, "1")
    assert security.unseal(other, b"PK plain") == (b"PK plain", False)
    other.close()


def test_reply_file_registers_a_laptop(db: Database, field: Database) -> None:
    from lishui_desktop.services import trust

    set_language("en")
    field_id = field.get_setting("device_id")
    with pytest.raises(BundleRefused, match="not enrolled"):
        trust.register_reply(db, json.dumps(trust.reply_data(field)).encode())
    enrol(db, field)
    reply = trust.reply_data(field)
    forged = {**reply, "name": "冒充"}
    with pytest.raises(BundleRefused, match="changed"):
        trust.register_reply(db, json.dumps(forged).encode())
    assert trust.register_reply(db, json.dumps(reply).encode()) == "平昌-01"
    with db.sessions() as s:
        device = s.get(Device, field_id)
        assert device is not None and device.box_public_key == reply["box_key"]
    with pytest.raises(trust.EnrolmentRefused):
        trust.register_reply(db, b"\x00garbage")
