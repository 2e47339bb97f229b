"""Undo the last import on an office store on the real test server: the import takes a verified
pg_dump first; the preview counts the records the import changed and the edits made after it;
the undo restores that dump (the current content kept as a pre-restore backup)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import recovery


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_undo_a_bundle_import_on_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    office, laptop = pg_url, tmp_path / "pc1.db"
    assert lishui(capsys, "--db", office, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    deploy = tmp_path / "pc1.json"
    assert lishui(capsys, "--db", office, "deployment", "export", "--for", "pingchang01", "--out", str(deploy))[0] == 0
    code, out = lishui(capsys, "--db", str(laptop), "init", "--device-name", "pingchang01", "--role", "field",
                       "--join", str(deploy))
    assert code == 0, out
    for db in (office, str(laptop)):
        assert lishui(capsys, "--db", db, "keys", "allow-plain", "on")[0] == 0
    for db, names in ((str(laptop), ("甲", "乙")), (office, ("办公室的人",))):
        store = Database.open(db)
        with store.transaction() as s:
            s.add_all([Person(name=n) for n in names])
        store.close()
    bundle = tmp_path / "pc1.lsbundle"
    assert lishui(capsys, "--db", str(laptop), "bundle", "export", "--out", str(bundle))[0] == 0
    assert lishui(capsys, "--db", office, "backup", "undo-import")[1].strip() == "没有可撤销的导入。"
    before = lishui(capsys, "--db", office, "dump", "--json")[1]

    code, out = lishui(capsys, "--db", office, "bundle", "import", str(bundle))
    assert code == 0, out
    listed = json.loads(lishui(capsys, "--db", office, "backup", "list", "--json")[1])
    assert [b["kind"] for b in listed] == ["pre-import"] and listed[0]["path"].endswith(".pgdump")
    assert lishui(capsys, "--db", office, "dump", "--json")[1] != before

    code, out = lishui(capsys, "--lang", "en", "--db", office, "backup", "undo-import")
    assert code == 0, out
    assert "Undoing the import of pc1.lsbundle" in out and "2 records will go back" in out, out
    assert "changes made" not in out and "Run again with --yes" in out  # nothing edited after it yet

    store = Database.open(office)  # a local edit after the import
    with store.transaction() as s:
        s.query(Person).filter_by(name="办公室的人").one().notes = "导入后修改"
    preview = recovery.undo_preview(store)
    assert preview is not None and preview.on_server and preview.label == "pc1.lsbundle"
    assert preview.changed_rows == {"persons": 3}  # the two imported and the one edited after
    assert preview.local_edits_after == 1
    store.close()
    code, out = lishui(capsys, "--lang", "zh_CN", "--db", office, "backup", "undo-import")
    assert code == 0 and "在此数据库中做的 1 处修改" in out and "没有做任何更改" in out, out
    code, out = lishui(capsys, "--lang", "en", "--db", office, "backup", "undo-import")
    assert "This also undoes 1 changes made in this store after that import" in out, out

    code, out = lishui(capsys, "--lang", "zh_CN", "--db", office, "backup", "undo-import", "--yes")
    assert code == 0, out
    assert lishui(capsys, "--db", office, "dump", "--json")[1] == before
    kinds = sorted(b["kind"] for b in json.loads(lishui(capsys, "--db", office, "backup", "list", "--json")[1]))
    assert kinds == ["pre-import", "pre-restore"]  # what the undo replaced is kept
    assert lishui(capsys, "--db", office, "backup", "undo-import")[1].strip() == "没有可撤销的导入。"

    code, out = lishui(capsys, "--db", office, "bundle", "import", "--json", str(bundle))  # again
    assert code == 0, out
    assert json.loads(out)["files"][0]["status"] == "imported"
    persons = json.loads(lishui(capsys, "--db", office, "list", "persons", "--json")[1])["records"]
    assert sorted(p["name"] for p in persons) == ["乙", "办公室的人", "甲"]
