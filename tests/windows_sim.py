"""Windows behaviour reproduced on Linux, for the simulated-Windows tests.

- `HeldOpen`: a second process opens a file and holds an exclusive lock on it, as WPS, Excel or
  an antivirus scan does. With `windows_sharing` active, replacing or deleting a file so held
  fails the way Windows fails (PermissionError, "being used by another process", WinError 32);
  on Linux it would silently succeed.
- `FakeMsvcrt`: the `msvcrt.locking` contract (byte ranges from the handle's current position,
  per handle, LK_NBLCK refused with OSError while another handle holds the range), shared by
  every handle of the same file, so the Windows branch of the instance lock runs on Linux.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# a simulation of Windows on POSIX; on Windows itself the real behaviour applies
fcntl = pytest.importorskip("fcntl", reason="simulates Windows file sharing on a POSIX system")

HOLDER = r"""
import fcntl, sys
handle = open(sys.argv[1], "rb")
fcntl.flock(handle, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


class HeldOpen:
    """A file held open with an exclusive lock by another process until `release()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None and self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=10)

    def __enter__(self) -> HeldOpen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def locked_elsewhere(path: str | os.PathLike[str]) -> bool:
    """Whether some other handle holds an exclusive lock on the file."""
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        handle.close()  # closing also drops our probe lock
    return False


def sharing_violation(src: Any, dst: Any = None) -> PermissionError:
    return PermissionError(
        errno.EACCES, "The process cannot access the file because it is being used by another process",
        os.fspath(src), 32, None if dst is None else os.fspath(dst),
    )


@pytest.fixture(name="windows_sharing")
def windows_sharing_fixture(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """os.replace / os.rename / os.unlink refuse a file held by another handle, as on Windows.
    Returns the list of refused (operation, path), for assertions."""
    refused: list[tuple[str, str]] = []

    def guarded(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            paths = args[:2] if name != "unlink" else args[:1]
            for path in paths:
                if locked_elsewhere(path):
                    refused.append((name, os.fspath(path)))
                    raise sharing_violation(*paths)
            return real(*args, **kwargs)

        return call

    for name in ("replace", "rename", "unlink"):
        monkeypatch.setattr(os, name, guarded(name, getattr(os, name)))
    return refused


class FakeMsvcrt:
    """msvcrt.locking as Windows does it: `nbytes` bytes from the handle's current position are
    locked for that handle; another handle asking for an overlapping range gets OSError (EACCES
    for LK_NBLCK; Windows' LK_LOCK would retry 10 times, then fail the same way)."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self.locks: dict[tuple[int, int], list[tuple[int, int, int]]] = {}  # file -> (start, end, fd)
        self.calls: list[tuple[str, int, int]] = []  # (mode, position, nbytes)

    def _key(self, fd: int) -> tuple[int, int]:
        st = os.fstat(fd)
        return st.st_dev, st.st_ino

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        end = start + nbytes
        self.calls.append(({0: "unlock", 1: "lock", 2: "nblock"}.get(mode, str(mode)), start, nbytes))
        held = self.locks.setdefault(self._key(fd), [])
        if mode == self.LK_UNLCK:
            mine = (start, end, fd)
            if mine not in held:
                raise OSError(errno.EACCES, "Permission denied")  # unlocking what one does not hold
            held.remove(mine)
            return
        if any(s < end and start < e and other != fd for s, e, other in held):
            raise OSError(errno.EACCES, "Permission denied")
        held.append((start, end, fd))


def open_elsewhere(path: str | os.PathLike[str]) -> bool:
    """Whether another process has the file open (Linux: its /proc/<pid>/fd links)."""
    try:
        target = os.stat(path)
    except OSError:
        return False
    me = os.getpid()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            fds = os.scandir(f"/proc/{entry.name}/fd")
        except OSError:
            continue
        with fds:
            for fd in fds:
                try:
                    st = os.stat(fd.path)
                except OSError:
                    continue
                if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
                    return True
    return False


def install_windows_rename() -> None:
    """In this process, renaming, replacing or deleting a file another process has open fails as on
    Windows (whatever the share mode, Windows refuses to rename a file open elsewhere unless
    it was opened with FILE_SHARE_DELETE, which Python's open() does not use)."""
    real_replace, real_rename = os.replace, os.rename

    def guarded(real: Any) -> Any:
        def call(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            for path in (src, dst):
                if open_elsewhere(path):
                    raise sharing_violation(src, dst)
            real(src, dst, *args, **kwargs)

        return call

    def guarded_remove(real: Any) -> Any:
        def call(path: Any, *args: Any, **kwargs: Any) -> None:
            if open_elsewhere(path):
                raise sharing_violation(path)
            real(path, *args, **kwargs)

        return call

    os.replace = guarded(real_replace)  # type: ignore[assignment]
    os.rename = guarded(real_rename)  # type: ignore[assignment]
    os.remove = guarded_remove(os.remove)  # type: ignore[assignment]
    os.unlink = guarded_remove(os.unlink)  # type: ignore[assignment]
