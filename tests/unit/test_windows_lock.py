"""Simulated Windows: the instance lock's msvcrt branch (byte-range locks from the handle's
position, per handle) and the sweep of previews left by a program that is gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from lishui_desktop import previews
from lishui_desktop.db import lock
from lishui_desktop.db.lock import DatabaseInUse, InstanceLock
from tests.windows_sim import FakeMsvcrt, HeldOpen


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    """The Windows branch of db/lock.py, run against the simulated msvcrt."""
    fake = FakeMsvcrt()
    monkeypatch.setattr(lock, "_lock", lambda handle: lock.msvcrt_lock(handle, fake))
    monkeypatch.setattr(lock, "_unlock", lambda handle: lock.msvcrt_unlock(handle, fake))
    return fake


def test_second_instance_is_refused_and_can_start_after_release(msvcrt: FakeMsvcrt, tmp_path: Path) -> None:
    db = tmp_path / "张三 #1" / "lishui.sqlite3"
    first = InstanceLock(db)
    first.acquire()
    assert first.path.read_text(encoding="utf-8").isdigit()  # our pid, written after locking
    with pytest.raises(DatabaseInUse) as refused:
        InstanceLock(db).acquire()
    assert refused.value.text().startswith("此数据库已在另一个程序窗口中打开")
    first.release()
    with InstanceLock(db) as again:
        assert again.held
    # every lock and unlock was of byte 0, one byte: the handle was sent back to the start even
    # after writing the pid (msvcrt.locking counts from the current position)
    assert {(pos, n) for _mode, pos, n in msvcrt.calls} == {(0, 1)}
    assert [mode for mode, _pos, _n in msvcrt.calls] == ["nblock", "nblock", "unlock", "nblock", "unlock"]


def test_the_simulation_catches_an_unlock_from_the_wrong_position(msvcrt: FakeMsvcrt, tmp_path: Path) -> None:
    """The control: without the seek to 0, Windows would refuse the unlock; so does the fake."""
    held = InstanceLock(tmp_path / "x.sqlite3")
    held.acquire()
    assert held._handle is not None
    held._handle.seek(0, 2)  # at the end, after the pid
    with pytest.raises(OSError):
        msvcrt.locking(held._handle.fileno(), msvcrt.LK_UNLCK, 1)
    held.release()  # the real code seeks first: fine


def test_previews_of_a_program_that_is_gone_are_removed_at_the_next_start(msvcrt: FakeMsvcrt, tmp_path: Path) -> None:
    root = tmp_path / "previews"
    running = previews.PreviewFolder(root)
    kept = running.new_file("monthly")
    kept.write_bytes(b"%PDF running")
    crashed = previews.PreviewFolder(root)
    stale = crashed.new_file("roster")
    stale.write_bytes(b"%PDF with names")
    # the crashed program's process ends: Windows drops its locks (its files stay)
    msvcrt.locks.clear()
    assert running._owner._handle is not None
    lock.msvcrt_lock(running._owner._handle, msvcrt)  # the running one still holds its lock
    previews.PreviewFolder(root).close()  # the next start sweeps
    assert not stale.exists() and not crashed.path.exists()
    assert kept.exists()
    running.close()
    assert sorted(root.iterdir()) == []


def test_previews_held_by_a_live_process_are_kept(tmp_path: Path) -> None:
    """The real (fcntl) lock: another process holding its folder's owner lock keeps it."""
    root = tmp_path / "previews"
    other = root / "4242-abcdef12"
    other.mkdir(parents=True)
    (other / previews.OWNER).write_text("4242", encoding="utf-8")
    (other / "monthly-1.pdf").write_bytes(b"%PDF")
    gone = root / "4343-abcdef12"
    gone.mkdir()
    (gone / previews.OWNER).write_text("4343", encoding="utf-8")
    (gone / "monthly-1.pdf").write_bytes(b"%PDF")
    (root / "stray.pdf").write_bytes(b"%PDF")
    with HeldOpen(other / previews.OWNER):
        removed = previews.sweep(root)
    assert set(removed) == {gone, root / "stray.pdf"}
    assert (other / "monthly-1.pdf").exists()
