"""Each ledger page: add through the editor, refuse a bad record with the message at the field,
edit, filter, delete to the recycle bin and restore from it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from stdnum.cn import ric

from lishui_desktop.services.ledgers import Filters, fetch_page, load_record
from lishui_desktop.services.reference import place_id
from lishui_desktop.ui.ledger.fields import set_value

QT, PC = place_id("qingtian"), place_id("pingchang")


def resident_id(body: str) -> str:
    """A valid ID for the 17 first characters (stdnum also checks the region existed then)."""
    return next(body + c for c in "0123456789X" if ric.is_valid(body + c))


ID1, ID2 = resident_id("51082319850304001"), resident_id("51082319900712002")
BAD_ID = ID1[:-1] + ("0" if ID1[-1] != "0" else "1")

# page module:class, valid values, (bad field, bad value), (edited field, typed, column key, stored), search
CASES: dict[str, tuple[str, dict[str, Any], tuple[str, str], tuple[str, str, str, Any], str]] = {
    "pairings": (
        "pairings:PairingsPage",
        {"level": "town", "lishui_unit_id": QT, "lishui_party": "章村乡测试", "sichuan_county_id": PC,
         "sichuan_party": "白衣镇测试", "start_date": "2019年3月1日", "status": "active"},
        ("end_date", "2019-01-01"),
        ("agreement", "结对协议甲", "agreement", "结对协议甲"),
        "章村乡测试",
    ),
    "training": (
        "training:TrainingPage",
        {"title": "测试培训班甲", "category": "wealth_leader", "organiser_id": QT, "partner_county_id": PC,
         "start_date": "2019.5.6", "end_date": "2019-05-08", "hours": "24"},
        ("hours", "二十"),
        ("place", "平昌县委党校", "place", "平昌县委党校"),
        "测试培训班甲",
    ),
    "placements": (
        "placements:PlacementsPage",
        {"person.name": "测试工人", "person.id_number": ID1, "person.county_id": PC, "employer": "丽水测试厂",
         "start_date": "2019-04-01", "monthly_wage_fen": "3,500", "responsible_id": QT},
        ("person.id_number", BAD_ID),
        ("job", "质检员", "job", "质检员"),
        "丽水测试厂",
    ),
    "cadres": (
        "cadres:CadresPage",
        {"name": "测试干部", "level": "division", "county_id": PC, "lishui_unit_id": QT,
         "start_date": "2019-01-10", "phone": "13800138000"},
        ("phone", "12345"),
        ("post", "平昌县副县长", "post", "平昌县副县长"),
        "测试干部",
    ),
    "funds": (
        "funds:FundsPage",
        {"year": "2019", "county_id": PC, "lishui_unit_id": QT, "allocated_fen": "3000万",
         "allocated_date": "2019-03-01", "notes": "测试资金"},
        ("allocated_fen", "三千万"),
        ("disbursed_fen", "2500万", "disbursed_fen", 2_500_000_000),
        "测试资金",
    ),
    "events": (
        "events:EventsPage",
        {"kind": "enterprise_visit", "date": "2019-06-01", "title": "测试企业考察", "county_id": PC,
         "lishui_unit_id": QT, "enterprise": "丽水测试企业"},
        ("date", "2019-13-45"),
        ("amount_fen", "12.5万", "amount_fen", 12_500_000),
        "测试企业考察",
    ),
    "persons": (
        "persons:PersonsPage",
        {"name": "测试人员", "id_number": ID2, "village": "测试村", "county_id": PC},
        ("name", ""),
        ("village", "新测试村", "village", "新测试村"),
        "测试人员",
    ),
}


@pytest.fixture
def ctx(db):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub

    return AppContext(db, Hub(), device_info(db))


def make_page(qtbot, ctx, spec: str):  # type: ignore[no-untyped-def]
    import importlib

    module, cls = spec.split(":")
    page = getattr(importlib.import_module(f"lishui_desktop.ui.pages.{module}"), cls)(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def fill(page, values: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    page.form.clear()
    for name, value in values.items():
        set_value(page.form.widgets[name], value)


def ids_shown(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.record_id(row) for row in range(page.model.rowCount())]


@pytest.mark.parametrize("key", list(CASES))
def test_ledger_page_add_reject_edit_filter_delete_restore(qtbot, ctx, monkeypatch, key: str) -> None:
    spec, values, (bad_field, bad_value), (edit_field, typed, column, stored), search = CASES[key]
    page = make_page(qtbot, ctx, spec)
    kind = page.KIND
    before = page.model.total()

    # a bad record: the message is next to the field and nothing is saved
    fill(page, {**values, bad_field: bad_value})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_of(bad_field) != ""
    assert page.model.total() == before

    # the good record
    fill(page, values)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_of(bad_field) == ""
    qtbot.waitUntil(lambda: page.record_id is not None)  # written in the background
    record_id = page.record_id
    assert record_id is not None
    qtbot.waitUntil(lambda: record_id in ids_shown(page))
    assert page.model.total() == before + 1

    # edit it through the editor
    page.view.selectRow(page.model.row_of(record_id))
    assert page.record_id == record_id
    set_value(page.form.widgets[edit_field], typed)
    page.form.widgets[edit_field].setFocus()  # (a new session put the cursor into its roster)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    column_index = [c.key for c in page.spec.columns].index(column) + 1 if column in [c.key for c in page.spec.columns] else None
    if column_index is not None:
        qtbot.waitUntil(lambda: [r[column_index] for r in fetch_page(ctx.db, kind, Filters(search=search))
                                 if r[0] == record_id] == [stored])
    else:
        qtbot.waitUntil(lambda: load_record(ctx.db, kind, record_id)[edit_field] == typed)

    # filter: the search box finds it, drill-down filters keep it, another year hides it
    page.filter_bar.search.setText(search)
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    assert ids_shown(page) == [record_id]
    page.apply_filter({"county": "平昌县", "year": 2019})
    assert record_id in ids_shown(page)
    if page.spec.year is not None:
        page.apply_filter({"year": 2018, "search": search})
        assert record_id not in ids_shown(page)
    page.apply_filter({})

    # delete (to the recycle bin) and restore
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(page.model.row_of(record_id))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record_id not in ids_shown(page))
    assert page.model.total() == before

    from lishui_desktop.ui.ledger.recycle import RecycleDialog

    dialog = RecycleDialog(ctx, page)
    qtbot.addWidget(dialog)
    rows = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)[1] == record_id]
    assert len(rows) == 1
    dialog.table.selectRow(rows[0])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record_id in ids_shown(page))
    assert page.model.total() == before + 1


def test_ids_are_masked_until_revealed(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx, CASES["placements"][0])
    fill(page, CASES["placements"][1])
    page.save()
    qtbot.waitUntil(lambda: page.record_id is not None)
    record_id = page.record_id
    qtbot.waitUntil(lambda: record_id in ids_shown(page))
    row = page.model.row_of(record_id)
    page.view.selectRow(row)
    id_column = [c.key for c in page.spec.columns].index("id_number")
    cell = page.model.index(row, id_column)
    assert page.model.data(cell) == ID1[:6] + "********" + ID1[-4:]
    id_widget = page.form.widgets["person.id_number"]
    assert id_widget.line.text() != ID1 and id_widget.value() == ID1
    assert ID1 not in page.windowTitle()
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert page.model.data(cell) == ID1
    assert id_widget.line.text() == ID1
    from lishui_desktop.services.audit import entries

    qtbot.waitUntil(lambda: [e.kind for e in entries(ctx.db, "placements", record_id)] == ["reveal"])


def test_child_records_timeline_followups_projects(qtbot, ctx) -> None:
    from lishui_desktop.services.ledgers import save_record

    pairing = save_record(ctx.db, "pairings", CASES["pairings"][1])
    page = make_page(qtbot, ctx, CASES["pairings"][0])
    page.view.selectRow(page.model.row_of(pairing))
    timeline = page.parts[0]
    assert timeline.isEnabled() and timeline.parent_id == pairing
    set_value(timeline.form.widgets["date"], "2019-04-02")
    set_value(timeline.form.widgets["kind"], "visit")
    set_value(timeline.form.widgets["place"], "平昌县白衣镇")
    qtbot.mouseClick(timeline.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1)
    assert timeline.model.value(0, "kind") == "visit"

    placement = save_record(ctx.db, "placements", CASES["placements"][1])
    page = make_page(qtbot, ctx, CASES["placements"][0])
    page.view.selectRow(page.model.row_of(placement))
    followups = page.parts[0]
    set_value(followups.form.widgets["months"], "3")
    set_value(followups.form.widgets["date"], "2019-01-01")  # before the placement began
    qtbot.mouseClick(followups.save_button, Qt.MouseButton.LeftButton)
    assert followups.form.error_of("date") != ""
    assert followups.model.rowCount() == 0
    set_value(followups.form.widgets["date"], "2019-07-01")
    qtbot.mouseClick(followups.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: followups.model.rowCount() == 1)
    assert followups.model.value(0, "months") == 3


def test_unsaved_changes_are_not_lost_silently(qtbot, ctx, monkeypatch) -> None:
    from lishui_desktop.services.ledgers import save_record

    first = save_record(ctx.db, "events", CASES["events"][1])
    second = save_record(ctx.db, "events", {**CASES["events"][1], "title": "另一条"})
    page = make_page(qtbot, ctx, CASES["events"][0])
    page.view.selectRow(page.model.row_of(first))
    set_value(page.form.widgets["title"], "改了没保存")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.view.selectRow(page.model.row_of(second))
    assert page.record_id == first and page.form.values()["title"] == "改了没保存"  # cancelled
    page.view.selectRow(page.model.row_of(second))
    assert page.record_id == second  # saved, then moved on
    assert load_record(ctx.db, "events", first)["title"] == "改了没保存"


def test_keyboard_shortcuts(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from lishui_desktop.services.ledgers import save_record

    record = save_record(ctx.db, "cadres", CASES["cadres"][1])
    page = make_page(qtbot, ctx, CASES["cadres"][0])
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_bar.search
    page.view.selectRow(page.model.row_of(record))
    assert page.record_id == record
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.record_id is None and page.form.values()["name"] == ""
    assert QApplication.focusWidget() is page.form.widgets["name"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(page.model.row_of(record))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: record not in ids_shown(page))


def test_a_hidden_page_reloads_when_shown_not_when_data_changes(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """After a restore or an import every page is told: only the page shown reloads at once
    (seven pages reloading in one turn of the event loop froze the window), a hidden one when
    it is shown again, with the rows written meanwhile."""
    from lishui_desktop.services.ledgers import save_record

    page = make_page(qtbot, ctx, CASES["funds"][0])
    page.hide()
    reloads: list[int] = []
    page.model.modelReset.connect(lambda: reloads.append(1))
    record_id = save_record(ctx.db, "funds", CASES["funds"][1])
    ctx.hub.changed_everything()
    qtbot.wait(50)
    assert reloads == [] and record_id not in ids_shown(page)
    page.show()
    qtbot.waitUntil(lambda: record_id in ids_shown(page))
    assert reloads == [1]
    ctx.hub.changed("funds")  # shown: at once
    qtbot.waitUntil(lambda: len(reloads) == 2)
