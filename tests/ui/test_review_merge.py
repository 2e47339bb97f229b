"""The review queue offers the course entered on two laptops and merges it with one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from lishui_desktop.db.models import TrainingSession
from lishui_desktop.services.ledgers import save_record
from lishui_desktop.services.setup import device_info
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub
from tests.property.sync_world import World


def test_merge_a_course_entered_twice_from_the_review_queue(qtbot, tmp_path: Path) -> None:
    world = World(tmp_path, {"a": "field", "b": "field", "o": "office"})
    try:
        for who, title in (("a", "农村致富带头人培训班（第2期）"), ("b", "农村致富带头人培训班(第2期)")):
            save_record(world[who], "sessions", {"title": title, "category": "农村致富带头人",
                                                 "organiser_id": "青田县", "start_date": "2019-06-03"})
        world.import_("o", world.export("a"), world.export("b"))
        from lishui_desktop.ui.sync_review import ReviewPanel

        db = world["o"]
        panel = ReviewPanel(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(panel)
        panel.acted.connect(panel.refresh)  # (the sync page reads the queue again in a worker)
        panel.refresh()
        panel.show()
        assert [i["kind"] for i in panel.items] == ["duplicate_record"]
        assert "农村致富带头人培训班" in panel.list.item(0).text()
        merge = panel.detail.findChild(QPushButton, "mergeRecords")
        assert merge is not None and merge.isVisible()
        merge.click()  # written in the background
        qtbot.waitUntil(lambda: panel.items == [], timeout=10_000)
        with db.sessions() as s:
            assert len(s.scalars(select(TrainingSession).where(TrainingSession.deleted.is_(False))).all()) == 1
    finally:
        world.close()
