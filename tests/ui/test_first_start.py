"""The first-start dialog alone: the name required, the deployment file read as soon as it is
named (what it issues shown, a bad one in one sentence), the device name suggested from the
county and the numbers the office has issued, the registration reply file for a file that
issues nobody, and the office's and the lone laptop's set-up."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest

from lishui_desktop.cli import main as lishui
from lishui_desktop.db.database import Database
from lishui_desktop.services import first_start
from lishui_desktop.services.setup import device_info
from lishui_desktop.ui.first_start import FirstStartDialog
from tests.ui.test_foundation_window import chinese  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("chinese")


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "office.db"
    assert lishui(["--db", str(path), "init", "--device-name", "市办-01", "--role", "office"]) == 0
    capsys.readouterr()
    return path


def _export(office: Path, out: Path, *extra: str) -> Path:
    assert lishui(["--db", str(office), "deployment", "export", *extra, "--out", str(out)]) == 0
    return out


def test_suggested_names_take_the_next_free_number() -> None:
    assert first_start.suggest_device_name("平昌县") == "平昌-01"
    assert first_start.suggest_device_name("莲都区", ["莲都-01", "莲都-03", "平昌-02"]) == "莲都-02"
    assert "平昌县" in first_start.counties() and first_start.counties()[0] in ("剑阁县", "昭化区", "平昌县",
                                                                                   "南江县", "通江县", "巴州区")


def test_no_name_and_a_bad_file_each_say_one_sentence(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.save()
    assert "姓名" in dialog.error.text() and dialog.result_choice is None
    dialog.user_name.setText("王芳")
    dialog.save()
    assert "部署文件" in dialog.error.text() and dialog.result_choice is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    dialog.deployment_file.setText(str(bad))
    dialog.read_file()
    assert dialog.error.text() == "该文件不是部署文件，或已损坏。"
    dialog.deployment_file.setText(str(tmp_path / "missing.json"))
    dialog.read_file()
    assert "无法读取" in dialog.error.text()
    dialog.save()
    assert dialog.result_choice is None  # nothing accepted, nothing created


def test_an_issued_file_fixes_name_and_role(qtbot, tmp_path: Path, office: Path) -> None:  # type: ignore[no-untyped-def]
    file = _export(office, tmp_path / "d.json", "--for", "通江-03")
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.user_name.setText("王芳")
    dialog.deployment_file.setText(str(file))
    dialog.read_file()
    assert "市办-01" in dialog.deployment_note.text() and "通江-03" in dialog.deployment_note.text()
    assert dialog.device_name.text() == "通江-03" and not dialog.device_name.isEnabled()
    assert not dialog.reply_file.isEnabled()
    dialog.save()
    choice = dialog.result_choice
    assert choice is not None and choice.issued_name == "通江-03" and choice.role == "field"


def test_an_unissued_file_joins_and_writes_the_reply(qtbot, tmp_path: Path, office: Path,  # type: ignore[no-untyped-def]
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    file = _export(office, tmp_path / "d.json")
    assert lishui(["--db", str(office), "devices", "issue", "平昌-01", "--out", str(tmp_path / "x.json")]) == 0
    file = _export(office, tmp_path / "d.json")  # it now knows 平昌-01
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.user_name.setText("王芳")
    dialog.county.setCurrentText("平昌县")
    dialog.deployment_file.setText(str(file))
    dialog.read_file()
    assert "回执文件" in dialog.deployment_note.text()
    assert dialog.device_name.text() == "平昌-02"  # 平昌-01 is taken
    assert dialog.reply_file.isEnabled()
    reply = tmp_path / "回执.json"
    dialog.reply_file.setText(str(reply))
    dialog.save()
    choice = dialog.result_choice
    assert choice is not None and choice.issued_name is None
    laptop = tmp_path / "laptop.db"
    with closing(Database.open(laptop)) as db:
        info = first_start.set_up(db, choice)
        assert (info.name, info.role, info.user_name) == ("平昌-02", "field", "王芳")
    assert json.loads(reply.read_text(encoding="utf-8"))["name"] == "平昌-02"
    capsys.readouterr()
    assert lishui(["--db", str(office), "keys", "register", str(reply)]) == 0  # the office registers it


def test_the_office_and_a_lone_laptop(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.user_name.setText("李堃")
    dialog.office.setChecked(True)
    assert not dialog.deployment_file.isEnabled() and "办公室" in dialog.role.text()
    dialog.county.setCurrentText("青田县")
    dialog.device_name.clear()
    dialog.save()
    assert "设备名称" in dialog.error.text()
    dialog.county.setCurrentText("莲都区")
    dialog.name_edited = False
    dialog.suggest()
    dialog.save()
    choice = dialog.result_choice
    assert choice is not None and (choice.way, choice.role, choice.device_name) == ("office", "office", "莲都-01")
    assert not first_start.key_policy(choice).encrypt  # an office database is plain, as `lishui init` makes it
    with closing(Database.open(tmp_path / "office.db")) as db:
        first_start.set_up(db, choice)
        info = device_info(db)
        assert info is not None and (info.name, info.role) == ("莲都-01", "office")
