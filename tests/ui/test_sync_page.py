"""The sync page: preview then import with a summary, export, and deciding a conflict."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from lishui_desktop.domain.choices import table_label
from lishui_desktop.services.setup import device_info
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub
from lishui_desktop.ui.sync_transfer import status_text
from tests.property.sync_world import World

PID = "00000000-0000-4000-8000-000000000001"


def _cell_texts(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
            if table.item(r, c) is not None]


def test_sync_page_import_review_and_export(qtbot, tmp_path: Path) -> None:
    world = World(tmp_path, {"a": "field", "b": "field", "o": "office"})
    try:
        world.put_person("a", PID, name="张三", phone="13800000001")
        world.import_("b", world.export("a"))
        world.put_person("a", PID, phone="13800000002")
        world.put_person("b", PID, phone="13800000003")
        files = [world.export("a"), world.export("b")]
        damaged = tmp_path / "damaged.lsbundle"
        damaged.write_bytes(files[0].read_bytes()[:300])

        from lishui_desktop.ui.pages.sync import SyncPage

        db = world["o"]
        ctx = AppContext(db=db, hub=Hub(), device=device_info(db))
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()

        before = world.dump("o")
        page.importer.set_files([*files, damaged])
        qtbot.waitUntil(lambda: page.importer.run.isEnabled(), timeout=10_000)
        assert world.dump("o") == before  # the preview wrote nothing
        texts = _cell_texts(page.importer.table)
        assert "damaged.lsbundle" in texts and table_label("persons") in texts and "persons" not in texts  # names, not codes
        page.importer.run.click()
        qtbot.waitUntil(lambda: not page.importer.files, timeout=10_000)
        assert world.dump("o") != before
        statuses = _cell_texts(page.importer.table)
        assert statuses.count(status_text("rejected")) == 1  # the damaged file
        assert status_text("imported") in statuses

        page.tabs.setCurrentIndex(2)
        qtbot.waitUntil(lambda: page.review.list.count() == 1, timeout=5_000)
        page.grab().save(str(tmp_path / "sync-review.png"))
        def shown() -> list[QPushButton]:
            return [b for b in page.review.detail.findChildren(QPushButton) if b.isVisible()]

        qtbot.waitUntil(lambda: len(shown()) == 2, timeout=10_000)  # the detail is built after the list
        keep = shown()
        keep[0].click()  # written in the background; the queue is read again
        qtbot.waitUntil(lambda: page.review.items == [], timeout=5_000)
        qtbot.waitUntil(lambda: "damaged.lsbundle" in _cell_texts(page.history), timeout=5_000)
        assert status_text("rejected") in _cell_texts(page.history)

        page.exporter.export_to(tmp_path)
        qtbot.waitUntil(lambda: page.exporter.result.text() != "", timeout=10_000)
        assert any(p.name.startswith("lishui_o_to_") for p in tmp_path.iterdir())
    finally:
        world.close()
