"""The dashboard page: the matrix agrees with compute_progress, drills down, follows edits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from lishui_desktop.db.database import Database
from lishui_desktop.services import progress, targets
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.dashboard_model import CELL_ROLE, Cell
from lishui_desktop.ui.hub import Hub
from lishui_desktop.ui.pages.dashboard import DashboardPage
from tests.integration import progress_world


@pytest.fixture
def page(db: Database, qtbot):  # type: ignore[no-untyped-def]
    progress_world.build(db)
    widget = DashboardPage(AppContext(db=db, hub=Hub(), device=None))
    widget.today = dt.date(2019, 3, 15)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    select_year(widget, qtbot, 2019)
    return widget


def select_year(widget: DashboardPage, qtbot, year: int, month: int | None = None) -> None:  # type: ignore[no-untyped-def]
    widget.year_box.setCurrentIndex(widget.year_box.findData(year))
    widget.month_box.setCurrentIndex(widget.month_box.findData(month) if month else 0)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.data is not None and widget.data.report.year == year
                    and widget.data.report.month == month and widget.summary.text().count("/") == 0
                    and "…" not in widget.summary.text(), timeout=5000)


def cells(widget: DashboardPage) -> dict[tuple[str, str], Cell]:
    model = widget.matrix_model
    out = {}
    for r in range(model.rowCount()):
        for c in range(1, model.columnCount()):
            cell = model.index(r, c).data(CELL_ROLE)
            if cell is not None:
                out[(cell.row.county, cell.row.target)] = cell
    return out


def test_matrix_matches_progress_and_colours(page: DashboardPage, db: Database) -> None:
    shown = cells(page)
    report = progress.compute_progress(db, 2019)
    assert {(r.county, r.target): r.actual for r in report.rows} == {k: c.row.actual for k, c in shown.items()}
    assert page.matrix_model.columnCount() == 1 + 8  # target, six counties, 市本级, 全市
    assert page.matrix_model.rowCount() == 18
    assert shown[("青田县", "funds.disbursed")].status == "met"
    assert shown[("莲都区", "funds.disbursed")].status == "behind"  # the deadline (March) has come
    assert shown[("莲都区", "governance.hearings")].status == "met"
    assert shown[("莲都区", "talents.long_term")].status == "on_track"  # 1 of 2 by March: ahead of 2 x 3/12
    assert shown[("莲都区", "labor.placed_poor")].status == "behind"
    assert "/" in page.matrix_model.index(0, 1).data()
    assert page.summary.text().startswith("8")  # 8 of 109 met (no translation loaded: English)


def test_month_view_shows_added_and_year_to_date(page: DashboardPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_year(page, qtbot, 2019, month=3)
    shown = cells(page)
    wealth = shown[("莲都区", "training.wealth_leaders")]
    assert (wealth.row.actual, wealth.row.month_actual) == (3, 2)
    row = page.data.keys.index("training.wealth_leaders")  # type: ignore[union-attr]
    column = 1 + [s.name for s in page.data.scopes].index("莲都区")  # type: ignore[union-attr]
    assert page.matrix_model.index(row, column).data() == "+2  3 / 20"


def test_click_opens_the_records_behind_a_figure(page: DashboardPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    emitted: list[tuple[str, dict]] = []
    page.ctx.hub.show_records.connect(lambda key, filters: emitted.append((key, filters)))
    model = page.matrix_model
    row = page.data.keys.index("training.wealth_leaders")  # type: ignore[union-attr]
    column = 1 + [s.name for s in page.data.scopes].index("莲都区")  # type: ignore[union-attr]
    rect = page.matrix.visualRect(model.index(row, column))
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # exactly the records the figure counts: the people trained (A, B and F), one each
    (key, filters), = emitted
    assert key == "persons" and filters["target"] == "training.wealth_leaders" and filters["year"] == 2019
    assert len(filters["records"]) == 3
    row = page.data.keys.index("labor.placed_poor")  # type: ignore[union-attr]
    page.open_records(model.index(row, column))
    assert emitted[-1][0] == "placements" and len(emitted[-1][1]["records"]) == 1


def test_county_view_and_refresh_after_an_edit(page: DashboardPage, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.view_box.setCurrentIndex(page.view_box.findData("莲都区"))
    assert page.stack.currentWidget() is page.county_table
    assert page.county_model.rowCount() == 17
    labor = next(t for t in targets.list_targets(db, 2019) if t.key == "labor.placed_poor" and t.scope == "county")
    targets.change_target(db, labor.id, threshold=1)
    page.ctx.hub.changed("targets")
    qtbot.waitUntil(lambda: cells(page)[("莲都区", "labor.placed_poor")].status == "met", timeout=5000)
    assert page.view_box.currentData() == "莲都区"


def test_targets_dialog_adds_a_year(page: DashboardPage, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.dashboard_targets import TargetsDialog

    dialog = TargetsDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 24
    assert "2021" in dialog.add_year_button.text()
    dialog.add_next_year()
    assert dialog.table.rowCount() == 48
    assert page.year_box.findData(2021) >= 0
    threshold_item = dialog.table.item(0, 4)
    threshold_item.setText("3")  # edited in place: saved
    assert targets.list_targets(db)[0].threshold == 3
