"""The next period in the window: a place added from a county box, the places dialog, a
pairing renewed from the pairings page, a new kind of target in the targets editor."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lishui_desktop.services import places, progress, targets
from lishui_desktop.services.ledgers import Filters, fetch_all
from lishui_desktop.services.reference import place_id
from lishui_desktop.ui import place_dialogs
from tests.ui.test_ledger_pages import ctx, fill, make_page  # noqa: F401  (fixture)


def _accept_with(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill_in: Any) -> list[QDialog]:
    """The dialog's exec() fills it in as a user would and presses OK."""
    shown: list[QDialog] = []

    def exec_(self: QDialog) -> int:
        shown.append(self)
        fill_in(self)
        self.save()  # type: ignore[attr-defined]
        return int(self.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return shown


def test_a_county_box_adds_a_place_then_saves_the_pairing(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    page = make_page(qtbot, ctx, "pairings:PairingsPage")
    fill(page, {"level": "county", "lishui_unit_id": place_id("liandu"), "lishui_party": "莲都区",
                "sichuan_party": "四川省广元市旺苍县", "start_date": "2021-01-01"})
    box = page.form.widgets["sichuan_county_id"]
    assert isinstance(box, place_dialogs.PlaceBox) and box.combo.isEditable()
    box.combo.setEditText("旺苍县")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "旺苍县" in page.form.error_of("sichuan_county_id")  # not a place yet: said at the field

    def add(dialog: place_dialogs.AddPlaceDialog) -> None:
        assert dialog.name.text() == "旺苍县" and dialog.side.currentData() == "sichuan"
        dialog.code.setText("510821")
        dialog.parent_place.setCurrentIndex(dialog.parent_place.findText("广元市"))

    shown = _accept_with(monkeypatch, place_dialogs.AddPlaceDialog, add)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert shown and box.value() == shown[0].place_id  # type: ignore[attr-defined]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_of("sichuan_county_id") == ""
    (wangcang,) = [p for p in places.list_places(ctx.db, level="county") if p.name == "旺苍县"]
    assert (wangcang.code, wangcang.parent_name, wangcang.full_name) == ("510821", "广元市", "四川省广元市旺苍县")


def test_places_dialog_renames_and_retires(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    dialog = place_dialogs.PlacesDialog(ctx)
    qtbot.addWidget(dialog)
    row = next(r for r, p in enumerate(dialog.rows) if p.name == "昭化区")
    dialog.table.selectRow(row)
    answers = iter([("昭化新区", True), ("510811", True)])
    monkeypatch.setattr(place_dialogs.QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog.rename()
    renamed = next(p for p in dialog.rows if p.id == place_id("zhaohua"))
    assert renamed.name == "昭化新区" and renamed.history[0]["name"] == "昭化区"
    dialog.table.selectRow(next(r for r, p in enumerate(dialog.rows) if p.id == place_id("zhaohua")))
    dialog.retire()
    assert next(p for p in dialog.rows if p.id == place_id("zhaohua")).retired_on is not None


def test_renew_a_pairing_from_the_pairings_page(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    places.add_place(ctx.db, "旺苍县", "county", "sichuan", "510821", "广元市")
    page = make_page(qtbot, ctx, "pairings:PairingsPage")
    old = place_id("liandu")
    rows = fetch_all(ctx.db, "pairings", Filters(county=old))
    county = next(r for r in rows if r["level"] == "county")
    page._select(next(i for i in range(page.model.rowCount()) if page.model.record_id(i) == county["id"]))
    assert page.record_id == county["id"] and page.renew_button.isVisible()

    def renew(dialog: place_dialogs.RenewPairingDialog) -> None:
        dialog.start.setDate(dialog.start.date().fromString("2021-01-01", "yyyy-MM-dd"))
        dialog.end.setDate(dialog.end.date().fromString("2025-12-31", "yyyy-MM-dd"))
        dialog.partner.setCurrentIndex(dialog.partner.findText("旺苍县"))

    shown = _accept_with(monkeypatch, place_dialogs.RenewPairingDialog, renew)
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].result() == QDialog.DialogCode.Accepted
    rows = {r["id"]: r for r in fetch_all(ctx.db, "pairings", Filters(county=old)) if r["level"] == "county"}
    assert rows[county["id"]]["period"] == "2018–2020" and rows[county["id"]]["status"] == "ended"
    new = rows[shown[0].new_id]  # type: ignore[attr-defined]
    assert (new["sichuan_county"], new["period"], new["renews"]) == ("旺苍县", "2021–2025", "四川省广元市剑阁县")


def test_a_new_kind_of_target_in_the_targets_editor(qtbot, ctx) -> None:  # noqa: F811
    from lishui_desktop.ui.dashboard_targets import NewTargetDialog

    dialog = NewTargetDialog(ctx, 2021)
    qtbot.addWidget(dialog)
    dialog.key.setEditText("industry.consumer_sales")
    dialog.measure.setText("消费扶贫销售额")
    dialog.unit.setCurrentIndex(dialog.unit.findData("wan_yuan"))
    dialog.rule.setText("sum events.amount kind=消费扶贫")
    dialog.threshold.setValue(500)
    dialog.save()
    (row,) = targets.list_targets(ctx.db, 2021)
    assert (row.key, row.measure, row.unit, row.rule_text()) == (
        "industry.consumer_sales", "消费扶贫销售额", "wan_yuan", "sum events.amount kind=sale")
    assert {r.county for r in progress.compute_progress(ctx.db, 2021).rows} >= {"莲都区", "青田县"}
    # a known target id keeps its own rule
    dialog = NewTargetDialog(ctx, 2021)
    qtbot.addWidget(dialog)
    dialog.key.setCurrentIndex(dialog.key.findData("labor.placed_poor"))
    assert dialog.rule.text() == "count placements poor=yes distinct=person"
    dialog.threshold.setValue(300)
    dialog.save()
    assert {t.rule_text() for t in targets.list_targets(ctx.db, 2021) if t.key == "labor.placed_poor"} == {
        "count placements poor=yes distinct=person"}


def test_the_excel_wizard_imports_places(qtbot, ctx, tmp_path) -> None:  # noqa: F811
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from lishui_desktop.ui.excel_dialogs import ImportWizard
    from tests.unit.excel_fixtures import write_book

    QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.processEvents()
    path = write_book(tmp_path / "places.xlsx", ["名称", "层级", "所属方", "行政区划代码", "上级"],
                      [["旺苍县", "县", "四川", "510821", "广元市"], ["东河镇", "镇", "四川", "510821100", "旺苍县"]],
                      title="地名")
    wizard = ImportWizard(ctx, kind="places")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.file.setText(str(path))
    wizard.next()
    assert "2" in wizard.preview.summary.text() and wizard.preview.isComplete()
    assert not [p for p in places.list_places(ctx.db) if p.name == "东河镇"]  # the preview wrote nothing
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert {p.name for p in places.list_places(ctx.db, side="sichuan")} >= {"旺苍县", "东河镇"}


def test_a_retired_place_is_not_offered_but_old_records_keep_it(qtbot, ctx) -> None:  # noqa: F811
    from lishui_desktop.services.ledgers.editing import save_record

    old = save_record(ctx.db, "events", {"kind": "hearing", "date": "2019-03-01", "title": "听取汇报",
                                         "county_id": place_id("zhaohua")})
    places.retire_place(ctx.db, place_id("zhaohua"), on="2021-01-01")
    page = make_page(qtbot, ctx, "events:EventsPage")
    box = page.form.widgets["county_id"]
    page.new_record(focus=False, ask=False)
    assert box.combo.findData(place_id("zhaohua")) < 0  # not offered for a new record
    page._load(old)
    assert box.combo.currentText() == "昭化区" and box.value() == place_id("zhaohua")


def test_places_dialog_merges_and_refuses_the_same_place_twice(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    """Two towns made one from the places list (its villages move, its name joins the history);
    the same town typed again, with a full-width space, is refused in one Chinese message."""
    kept = places.add_place(ctx.db, "东河镇", "town", "sichuan", parent="剑阁县")
    gone = places.add_place(ctx.db, "嘉川镇", "town", "sichuan", parent="剑阁县")
    village = places.add_place(ctx.db, "龙凤村", "village", "sichuan", parent=gone)
    dialog = place_dialogs.PlacesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(next(r for r, p in enumerate(dialog.rows) if p.id == gone))
    monkeypatch.setattr(place_dialogs.QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (
        next(i for i in items if i.startswith("东河镇")), True))
    dialog.merge()
    assert gone not in {p.id for p in dialog.rows}
    (donghe,) = [p for p in dialog.rows if p.id == kept]
    assert [h["name"] for h in donghe.history] == ["嘉川镇"]
    assert next(p for p in dialog.rows if p.id == village).parent_id == kept
    said: list[str] = []
    monkeypatch.setattr(place_dialogs.QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    before = len(places.list_places(ctx.db))

    def again(add: place_dialogs.AddPlaceDialog) -> None:
        add.name.setText("东河镇　")
        add.level.setCurrentIndex(add.level.findData("town"))
        add.parent_place.setCurrentIndex(add.parent_place.findText("剑阁县"))

    shown = _accept_with(monkeypatch, place_dialogs.AddPlaceDialog, again)
    dialog.add()
    assert shown and said == ["东河镇 已有此地名（" + kept[:8] + "）。"]
    assert len(places.list_places(ctx.db)) == before


def test_a_target_with_an_unknown_rule_is_one_message_and_the_dialog_stays(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    from PySide6.QtWidgets import QDialogButtonBox

    from lishui_desktop.ui import dashboard_targets

    said: list[str] = []
    monkeypatch.setattr(dashboard_targets.QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    dialog = dashboard_targets.NewTargetDialog(ctx, 2021)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key.setEditText("industry.consumer_sales")
    dialog.measure.setText("消费扶贫销售额")
    dialog.unit.setCurrentIndex(dialog.unit.findData("wan_yuan"))
    dialog.rule.setText("average events.amount kind=消费扶贫")
    dialog.threshold.setValue(500)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert said == ["统计规则以 count（计数）或 sum（求和）和台账开头，例如 sum events.amount kind=sale"]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert targets.list_targets(ctx.db, 2021) == []
    assert dialog.measure.text() == "消费扶贫销售额"  # what was typed is kept: only the rule is corrected
    dialog.rule.setText("sum events.amount kind=消费扶贫")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and len(said) == 1
    assert [t.rule_text() for t in targets.list_targets(ctx.db, 2021)] == ["sum events.amount kind=sale"]
