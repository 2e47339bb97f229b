"""Paths are paths: `#`, `%`, `?`, spaces, Chinese and long names never break a database open,
a check or a backup (simulated Windows: names built with Windows rules; real files on Linux)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from lishui_desktop.db import sqlite_path
from lishui_desktop.db.backup_file import integrity_ok
from lishui_desktop.db.database import Database
from lishui_desktop.db.sqlite_path import connect, sqlite_uri, windows_name
from lishui_desktop.services import backup, recovery
from lishui_desktop.services.setup import init_database

AWKWARD = ["备份#1 100%", "hash#1", "a%41b", "q?x&mode=rw", "张三 的 文件夹", "#", "%"]


def _decoded_path(uri: str) -> str:
    """What SQLite's URI parser takes as the file name: after `file:` (and an empty authority),
    up to `?`, with %HH decoded."""
    assert uri.startswith("file:")
    rest = uri[5:]
    if rest.startswith("//"):
        rest = rest[2:]
        assert rest.startswith("/"), "the authority must be empty"
    body = rest.split("?", 1)[0]
    assert "#" not in body
    return unquote(body, encoding="utf-8", errors="surrogateescape")


@pytest.mark.parametrize("folder", AWKWARD)
def test_uri_names_the_exact_file(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "数据.sqlite3"
    uri = sqlite_uri(path, {"mode": "ro"})
    assert _decoded_path(uri) == str(path)
    assert uri.endswith("?mode=ro") and uri.count("?") == 1


@pytest.mark.parametrize(
    "name",
    [
        r"C:\Users\张三\AppData\Local\lishui-desktop\lishui.sqlite3",
        r"D:\备份#1 100%\台账 2024?.sqlite3",
        r"\\县办服务器\共享\lishui#2.sqlite3",
    ],
)
def test_windows_names_keep_their_backslashes(name: str) -> None:
    uri = sqlite_uri(name, {"mode": "ro"}, windows=True)
    assert uri.startswith("file:") and not uri.startswith("file://")  # no authority to misread
    assert _decoded_path(uri) == name
    assert "\\" not in uri and " " not in uri


def test_long_windows_names_become_extended_names() -> None:
    deep = "C:\\Users\\张三\\" + "\\".join(["很长的文件夹名称" * 4] * 10) + "\\lishui.sqlite3"
    assert len(deep) > 260
    assert windows_name(deep) == "\\\\?\\" + deep
    assert windows_name(r"\\server\share" + deep[2:]) == "\\\\?\\UNC\\server\\share" + deep[2:]
    assert windows_name(r"C:\Users\张三\x.sqlite3") == r"C:\Users\张三\x.sqlite3"
    uri = sqlite_uri(deep, windows=True)
    assert _decoded_path(uri) == "\\\\?\\" + deep


def test_read_only_open_never_creates_a_stray_file(tmp_path: Path) -> None:
    folder = tmp_path / "hash#1"
    folder.mkdir()
    missing = folder / "x.sqlite3"
    with pytest.raises(sqlite3.Error):
        connect(missing, read_only=True).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hash#1"]
    assert list(folder.iterdir()) == []


def _corrupt(path: Path) -> None:
    """Overwrite the middle of the file: the header still reads, the b-tree pages do not."""
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 40)):
        data[i] = 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("folder", ["hash#1", "备份#1 100%", "a%41b"])
def test_integrity_check_reads_the_real_file(tmp_path: Path, folder: str) -> None:
    """The issue's case: under `hash#1` the check used to open an empty stray `hash` and pass."""
    path = tmp_path / folder / "x.sqlite3"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("行" * 200,)] * 2000)
    con.commit()
    con.close()
    assert integrity_ok(path) == (True, "ok")
    _corrupt(path)
    ok, message = integrity_ok(path)
    assert not ok and message != "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_database_under_awkward_folder_opens_checks_backs_up_and_restores(tmp_path: Path) -> None:
    folder = tmp_path / "备份#1 100%" / "张三 #2" / "a%41b"
    db_path = folder / "台账.sqlite3"
    db = Database.open(db_path)
    init_database(db, device_name="测试-01", role="office", user_name="测试员")
    assert db.engine.url.database == str(db_path)
    db.set_setting("probe", "前")
    info = backup.create_backup(db_path, "manual")
    assert info.path.parent == folder / "台账-backups"
    assert integrity_ok(info.path) == (True, "ok")
    db.set_setting("probe", "后")
    assert recovery.startup_check(db_path).ok
    backup.restore(db, info.id)
    assert db.get_setting("probe") == "前"
    db.close()
    # nothing was created outside the folders the user named
    assert sorted(p.name for p in tmp_path.iterdir()) == ["备份#1 100%"]
    assert "a" not in {p.name for p in (tmp_path / "备份#1 100%" / "张三 #2").iterdir()}
    # a damaged backup there is found damaged (the check is of that file, not a stray one)
    _corrupt(info.path)
    assert backup.newest_good_backup(db_path) is None or backup.newest_good_backup(db_path).id != info.id


def test_long_path_database(tmp_path: Path) -> None:
    """Past Windows' old 260-character limit (SQLite's own limit on Linux is 512 bytes)."""
    folder = tmp_path / "张三"
    while len(str(folder)) < 300:
        folder = folder / "long folder #%"
    db = Database.open(folder / "x.sqlite3")
    init_database(db, device_name="测试-01", role="office", user_name="测试员")
    assert backup.create_backup(db.path, "manual").path.exists()
    db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX names")
def test_system_params_are_empty_off_windows() -> None:
    assert sqlite_path.connect_uri("/tmp/x") == "file:///tmp/x"
    assert sqlite_path.engine_url("/tmp/a#b?c").database == "/tmp/a#b?c"
