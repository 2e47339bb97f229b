"""A bundle forged in a laptop's name (signed with another key) is refused; nothing changes."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.services import sync_service, trust
from lishui_desktop.services.deployment import export_deployment, join_deployment
from lishui_desktop.services.setup import init_database
from lishui_desktop.sync import crypto, keys
from lishui_desktop.sync.dump import dump_text
from lishui_desktop.sync.importer import import_bytes
from tests.conftest import Stores


def test_forged_and_resigned_bundles_are_refused(tmp_path: Path, stores: Stores) -> None:
    """The office a file, then a store on PostgreSQL; the laptop a file."""
    set_language("en")
    office = Database.open(stores.new("office"))
    init_database(office, device_name="office", role="office")
    laptop = Database.open(tmp_path / "laptop.sqlite3")
    join_deployment(laptop, export_deployment(office, tmp_path / "e.json", "l"), device_name="l")
    trust.register_reply(office, json.dumps(trust.reply_data(laptop)).encode())
    with laptop.transaction() as s:
        s.add(Person(name="真的"))
    real = sync_service.export_bundle(laptop, tmp_path / "real.lsbundle").path.read_bytes()
    office_box = crypto.box_public(keys.box_private(office))
    plain = crypto.decrypt(real, keys.box_private(office))

    # an attacker with the office's public key rewrites a name and re-signs with their own key
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        members = {name: z.read(name) for name in z.namelist()}
    ops = members["ops.jsonl"].replace("真的".encode(), "假的".encode())
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["ops.jsonl"] = {"size": len(ops), "sha256": hashlib.sha256(ops).hexdigest()}
    forged_manifest = crypto.sign_manifest(manifest, crypto.new_private_key())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ops.jsonl", ops)
        z.writestr("devices.json", members["devices.json"])
        z.writestr(
            "manifest.json",
            json.dumps(forged_manifest, ensure_ascii=False, sort_keys=True, indent=1),
        )
    forged = crypto.encrypt(out.getvalue(), [office_box])

    before = dump_text(office)
    report = import_bytes(office, forged, file_name="forged.lsbundle")
    assert report.status == "rejected" and "forged" in str(report.reason)
    assert dump_text(office) == before
    # the real one still imports
    assert import_bytes(office, real, file_name="real.lsbundle").status == "imported"
    with office.sessions() as s:
        assert [p.name for p in s.query(Person)] == ["真的"]
    laptop.close()
    office.close()
