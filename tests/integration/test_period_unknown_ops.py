"""Ops a newer version wrote for fields this one does not know: kept, and said so in the
bundle preview, the import summary, `--json` and the sync page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.services.setup import device_info
from tests.property.sync_world import World

PID = "00000000-0000-4000-8000-0000000000a1"
NOTE_ZH = "条字段改动属于本版本尚不认识的字段；已保留，升级后应用。"


def _newer_laptop_bundle(world: World) -> Path:
    """Laptop `a` enters a person, and (as a newer release would) a nickname field too."""
    world.put_person("a", PID, name="王小明")
    db = world["a"]
    device = db.get_setting("author_id")  # the author of the laptop's ops: its present life
    with db.engine.begin() as conn:
        seq, clock = conn.exec_driver_sql(
            "SELECT max(seq), max(hlc) FROM sync_change_log WHERE device_id = ?", (device,)).one()
        for n, (col, value) in enumerate((("nickname", "小明"), ("wechat", "wxm"))):
            conn.exec_driver_sql(
                "INSERT INTO sync_change_log(device_id, seq, hlc, tbl, row_id, col, value, prev) "
                "VALUES (?, ?, ?, 'persons', ?, ?, json_quote(?), NULL)",
                (device, seq + 1 + n, clock + 1 + n, PID, col, value))
    return world.export("a")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_preview_summary_and_json_report_kept_ops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    world = World(tmp_path, {"a": "field", "o": "office"})
    try:
        bundle = _newer_laptop_bundle(world)
        office = str(world["o"].path)
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--dry-run", "--json")
        assert code == 0, out
        (report,) = json.loads(out)["files"]
        assert report["status"] == "preview" and report["ops_unknown"] == 2
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--dry-run")
        assert code == 0 and "2 " + NOTE_ZH in out, out
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle))
        assert code == 0 and "2 " + NOTE_ZH in out, out
        assert world.value("o", PID, "name") == "王小明"
        with world["o"].engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_unknown_op").scalar() == 2
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--json")
        assert json.loads(out)["files"][0]["ops_unknown"] == 0  # held already: nothing new to keep
    finally:
        world.close()


def test_sync_page_preview_and_summary_say_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.pages.sync import SyncPage

    world = World(tmp_path, {"a": "field", "o": "office"})
    try:
        bundle = _newer_laptop_bundle(world)
        db = world["o"]
        page = SyncPage(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(page)
        page.importer.set_files([bundle])
        qtbot.waitUntil(lambda: page.importer.run.isEnabled(), timeout=10_000)
        assert "2 " + NOTE_ZH in page.importer.info.text()
        page.importer.run.click()
        qtbot.waitUntil(lambda: not page.importer.files, timeout=10_000)
        assert "2 " + NOTE_ZH in page.importer.info.text()
    finally:
        world.close()
