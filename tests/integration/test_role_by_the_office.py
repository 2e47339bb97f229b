"""The role is the office's action (#17 point 5): the office gives an issued laptop another role
(its certificate again, same keys, next serial); the laptop takes it from the office's next
bundle; the laptop itself cannot change it."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.services import issuing
from lishui_desktop.services.identity import update_identity
from lishui_desktop.services.setup import device_info


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_the_office_changes_a_laptops_role(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office, laptop, deploy = str(tmp_path / "office.db"), str(tmp_path / "laptop.db"), tmp_path / "d.json"
    lishui(capsys, "--db", office, "init", "--device-name", "市办-01", "--role", "office")
    lishui(capsys, "--db", office, "deployment", "export", "--for", "平昌-01", "--out", str(deploy))
    lishui(capsys, "--db", laptop, "init", "--join", str(deploy))
    with closing(Database.open(laptop)) as db:
        with pytest.raises(UserError):  # not the laptop's to change
            update_identity(db, role="lead")
        assert device_info(db).role == "field"  # type: ignore[union-attr]
    with closing(Database.open(office)) as db:
        cert = issuing.change_role(db, "平昌-01", "lead")
        assert (cert["role"], cert["serial"]) == ("lead", 2)
        with pytest.raises(UserError):
            issuing.change_role(db, "平昌-01", "boss")
    bundle = tmp_path / "to-laptop.lsbundle"
    lishui(capsys, "--db", office, "bundle", "export", "--out", str(bundle))
    lishui(capsys, "--db", laptop, "bundle", "import", str(bundle))
    with closing(Database.open(laptop)) as db:
        info = device_info(db)
        assert info is not None and (info.name, info.role) == ("平昌-01", "lead")
    with closing(Database.open(laptop)) as db:  # and a laptop cannot issue the change itself
        with pytest.raises(UserError):
            issuing.change_role(db, "平昌-01", "office")


def test_the_office_changes_a_role_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`lishui devices role NAME ROLE`: the same action as the keys dialog's; a laptop, an
    unknown device and an unknown role are each one line, exit 2."""
    office, laptop, deploy = str(tmp_path / "office.db"), str(tmp_path / "laptop.db"), tmp_path / "d.json"
    lishui(capsys, "--db", office, "init", "--device-name", "市办-01", "--role", "office")
    lishui(capsys, "--db", office, "deployment", "export", "--for", "平昌-01", "--out", str(deploy))
    lishui(capsys, "--db", laptop, "init", "--join", str(deploy))
    out = lishui(capsys, "--db", office, "--lang", "zh_CN", "devices", "role", "平昌-01", "lead")
    assert "平昌-01 现在的角色是 工作组组长（证书序号 2）" in out
    for db, args in ((office, ("平昌-09", "lead")), (office, ("平昌-01", "boss")), (laptop, ("平昌-01", "office"))):
        code = main(["--db", db, "devices", "role", *args])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    bundle = tmp_path / "to-laptop.lsbundle"
    lishui(capsys, "--db", office, "bundle", "export", "--out", str(bundle))
    lishui(capsys, "--db", laptop, "bundle", "import", str(bundle))
    with closing(Database.open(laptop)) as db:
        assert device_info(db).role == "lead"  # type: ignore[union-attr]
