"""Undo the last bundle import: the statement counts the records and the local edits made since."""

from __future__ import annotations

from pathlib import Path

from lishui_desktop.db.models import Person
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.services import recovery, sync_service
from tests.property.sync_world import deployment


def test_undo_bundle_import_with_later_local_edits(tmp_path: Path) -> None:
    set_language("en")
    dbs = deployment(tmp_path, {"office": "office", "field": "field"})
    field, office = dbs["field"], dbs["office"]
    with field.transaction() as s:
        s.add_all([Person(name="甲"), Person(name="乙")])
    bundle = sync_service.export_bundle(field, tmp_path / "b.lsbundle").path
    with office.transaction() as s:
        s.add(Person(name="办公室的人"))
    (report,) = sync_service.import_files(office, [bundle])
    assert report.status == "imported"
    with office.transaction() as s:  # a local edit after the import
        person = s.query(Person).filter_by(name="办公室的人").one()
        person.notes = "导入后修改"
    preview = recovery.undo_preview(office)
    assert preview is not None and preview.label == "b.lsbundle"
    assert preview.changed_rows["persons"] == 3
    assert preview.local_edits_after >= 1
    assert "changes made on this computer after that import" in preview.statement()
    recovery.undo_last_import(office)
    with office.sessions() as s:
        assert [(p.name, p.notes) for p in s.query(Person)] == [("办公室的人", None)]
    # the bundle can be imported again afterwards
    (again,) = sync_service.import_files(office, [bundle])
    assert again.status == "imported"
    for db in dbs.values():
        db.close()
