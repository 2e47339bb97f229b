"""One program instance per database: an OS-level lock on a file beside it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP


class DatabaseInUse(UserError):
    context = "Lock"


class FileLock:
    """An OS lock on one file while this process holds it; the OS lets go if the process dies,
    so a lock that can be taken means its last holder is gone."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self) -> bool:
        """Take the lock (writing our process id into the file); False if another holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None


class InstanceLock(FileLock):
    """Held while the program has the database open; released by the OS if the program dies."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(db_path.with_name(db_path.name + ".lock"))

    def acquire(self) -> None:
        if not self.try_acquire():
            raise DatabaseInUse(
                QT_TRANSLATE_NOOP(
                    "Lock",
                    "This database is already open in another copy of the program. "
                    "Close the other window first, or open a different database.",
                )
            )

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


# Windows locks a byte range from the handle's current position (msvcrt.locking), and another
# handle, even in the same process, is refused it; so both calls first go to byte 0. Written
# apart from the import so that tests run this branch with a simulated msvcrt.
def msvcrt_lock(handle: IO[str], msvcrt: Any) -> None:
    handle.seek(0)
    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)


def msvcrt_unlock(handle: IO[str], msvcrt: Any) -> None:
    handle.seek(0)
    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


if sys.platform == "win32":  # pragma: no cover - on Windows laptops; simulated in tests
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        msvcrt_lock(handle, msvcrt)

    def _unlock(handle: IO[str]) -> None:
        msvcrt_unlock(handle, msvcrt)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
