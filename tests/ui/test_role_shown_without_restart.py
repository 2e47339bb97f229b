"""The office changes a laptop's role; once its bundle is imported the open window says so (设置
and the status bar's tooltip) without a restart."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.services import issuing
from lishui_desktop.services.setup import device_info
from lishui_desktop.services.sync_service import import_files
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub
from lishui_desktop.ui.main_window import MainWindow


def test_a_new_role_from_the_office_is_shown_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, laptop, deploy = str(tmp_path / "office.db"), str(tmp_path / "laptop.db"), tmp_path / "d.json"
    assert main(["--db", office, "init", "--device-name", "市办-01", "--role", "office"]) == 0
    assert main(["--db", office, "deployment", "export", "--for", "平昌-01", "--out", str(deploy)]) == 0
    assert main(["--db", laptop, "init", "--join", str(deploy)]) == 0
    with closing(Database.open(office)) as db:
        issuing.change_role(db, "平昌-01", "lead")
    bundle = tmp_path / "to-laptop.lsbundle"
    assert main(["--db", office, "bundle", "export", "--out", str(bundle)]) == 0

    db = Database.open(laptop)
    try:
        win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "_closing", True))
        win.show()
        settings = win.show_page("settings")
        field = settings.role_label.text()
        assert field in ("挂职干部", "Field cadre")
        import_files(db, [bundle])
        win.ctx.hub.changed_everything()  # as the sync page announces an import
        qtbot.waitUntil(lambda: settings.role_label.text() != field, timeout=10_000)
        lead = settings.role_label.text()
        assert lead in ("工作组组长", "Working-group lead")
        assert win.ctx.device is not None and win.ctx.device.role == "lead"
        assert win.device_label.toolTip() == lead
    finally:
        db.close()
