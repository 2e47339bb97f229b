"""Bundle policy: identities issued by the office, signed manifests, sealing and unsealing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Device, Person
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.services import issuing, sync_service, trust
from lishui_desktop.services.deployment import export_deployment, join_deployment
from lishui_desktop.services.setup import init_database
from lishui_desktop.sync import crypto, importer, keys, security
from lishui_desktop.sync.crypto import BundleRefused
from lishui_desktop.sync.identities import Registry


@pytest.fixture
def field(db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A laptop that joined with a deployment file issuing nobody: keys of its own, the
    office key pinned, not issued yet."""
    database = Database.open(tmp_path / "field.sqlite3")
    join_deployment(database, export_deployment(db, tmp_path / "plain.json"), device_name="平昌-01")
    yield database
    database.close()


def _registry(db: Database) -> Registry:
    conn = db.engine.connect()
    return Registry(conn.exec_driver_sql)


def test_only_an_issued_device_is_heard_and_its_signature_is_enforced(db: Database, field: Database) -> None:
    set_language("en")
    manifest = security.sign(field, {"bundle_id": "b1", "source_device": field.get_setting("device_id")})
    with pytest.raises(BundleRefused, match="has not issued"):
        security.check_sender(_registry(db), manifest)
    assert trust.register_reply(db, json.dumps(trust.reply_data(field)).encode()) == "平昌-01"
    with db.sessions() as s:
        device = s.get(Device, field.get_setting("device_id"))
        assert device is not None and device.certificate and device.issuer == db.get_setting("device_id")
    assert security.check_sender(_registry(db), manifest) is None
    with pytest.raises(BundleRefused, match="changed or forged"):
        security.check_sender(_registry(db), {**manifest, "bundle_id": "b3"})
    other = crypto.sign_manifest({"bundle_id": "x", "source_device": manifest["source_device"]},
                                 crypto.new_private_key())
    with pytest.raises(BundleRefused, match="changed or forged"):
        security.check_sender(_registry(db), other)
    with pytest.raises(BundleRefused, match="not signed"):
        security.check_sender(_registry(db), {"bundle_id": "u", "source_device": "x"})


def test_a_database_set_up_alone_is_no_member_of_the_deployment(db: Database, tmp_path: Path) -> None:
    set_language("en")
    alone = Database.open(tmp_path / "alone.sqlite3")
    init_database(alone, device_name="冒充", role="field")
    alone.set_setting(keys.ALLOW_PLAIN, "1")
    db.set_setting(keys.ALLOW_PLAIN, "1")
    with alone.transaction() as s:
        s.add(Person(name="外人"))
    data = sync_service.export_bundle(alone, tmp_path / "alone.lsbundle").path.read_bytes()
    report = importer.import_bytes(db, data, file_name="alone.lsbundle")
    assert report.status == "rejected" and "did not issue" in (report.reason or "")
    alone.close()


def test_seal_to_office_and_unseal(db: Database, tmp_path: Path) -> None:
    set_language("en")
    loner = Database.open(tmp_path / "loner.sqlite3")
    init_database(loner, device_name="别处", role="field")
    loner.set_setting("office_key", None)  # no deployment at all: nobody to encrypt to
    with loner.transaction() as s:
        s.query(Device).delete()
    with pytest.raises(BundleRefused, match="No office key"):
        security.seal(loner, b"zip bytes")
    loner.close()
    laptop = Database.open(tmp_path / "laptop.sqlite3")
    join_deployment(laptop, export_deployment(db, tmp_path / "p.json", "平昌-01"))
    sealed, encrypted = security.seal(laptop, b"zip bytes")
    assert encrypted and b"zip bytes" not in sealed
    assert security.unseal(db, sealed) == (b"zip bytes", True)
    # another office (a different database) cannot read it
    other = Database.open(tmp_path / "other.sqlite3")
    init_database(other, device_name="别处", role="office")
    with pytest.raises(BundleRefused, match="another office"):
        security.unseal(other, sealed)
    # a plain bundle is refused unless this computer allows it
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:  # a zip naming a manifest: a plain bundle
        archive.writestr("manifest.json", "{}")
    with pytest.raises(BundleRefused, match="not encrypted"):
        security.unseal(other, plain.getvalue())
    with pytest.raises(BundleRefused, match="not a bundle of this program"):
        security.unseal(other, b"PK\x03\x04 garbage")  # a zip header and nothing more
    other.set_setting(keys.ALLOW_PLAIN, "1")
    assert security.unseal(other, b"PK plain") == (b"PK plain", False)
    other.close()
    laptop.close()


def test_reply_file_issues_a_laptop_once(db: Database, field: Database) -> None:
    set_language("en")
    reply = trust.reply_data(field)
    forged = {**reply, "name": "冒充"}
    with pytest.raises(issuing.IssueError, match="changed"):
        trust.register_reply(db, json.dumps(forged).encode())
    assert trust.register_reply(db, json.dumps(reply).encode()) == "平昌-01"
    assert trust.register_reply(db, json.dumps(reply).encode()) == "平昌-01"  # again: the same
    with db.sessions() as s:
        device = s.get(Device, field.get_setting("device_id"))
        assert device is not None and device.box_public_key == reply["box_key"]
    with pytest.raises(issuing.IssueError):
        trust.register_reply(db, b"\x00garbage")
    # only the office that holds the deployment's key issues
    with pytest.raises(issuing.IssueError, match="Only the office"):
        trust.register_reply(field, json.dumps(reply).encode())
