"""Writing files for the user atomically: a temp file in the same folder, fsync, rename.

On Windows a file open in WPS or Excel, or briefly held by an antivirus scan, cannot be
replaced. `replace_file` retries for about two seconds, then says which of the user's files
is held (never the temporary one) and, where it can tell, by what kind of program; the
temporary file is removed and the user's file is left as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, language, translate

CONTEXT = "Files"
RETRY_DELAYS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)  # about two seconds in all
SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".et"}


class FileInUse(UserError):
    """The user's file is held open by another program; nothing was written."""

    context = CONTEXT


def holder_kind(path: Path) -> str | None:
    """What kind of program holds `path`, where we can tell: the programs Windows' Restart
    Manager names, else a spreadsheet program when Excel's or WPS's owner file `~$name` lies
    beside it, else by the kind of file. None when nothing hints at one."""
    names = _restart_manager_names(path) if os.name == "nt" else []
    if names:
        return ("、" if language() == "zh_CN" else ", ").join(names)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS or path.with_name("~$" + path.name).exists():
        return translate("Files", "a spreadsheet program (WPS or Excel)")
    if suffix == ".pdf":
        return translate("Files", "a PDF reader")
    return None


def file_in_use(dest: Path) -> FileInUse:
    """The one sentence for a file that could not be replaced."""
    if dest.exists() and not os.access(dest, os.W_OK):
        return FileInUse(
            QT_TRANSLATE_NOOP("Files", "%1 is read-only, so it was not replaced. Save under another name, or clear its read-only setting."),
            dest,
        )
    kind = holder_kind(dest)
    if kind:
        return FileInUse(
            QT_TRANSLATE_NOOP("Files", "%1 is open in %2, so it was not replaced and is unchanged. Close it there and try again."),
            dest,
            kind,
        )
    return FileInUse(
        QT_TRANSLATE_NOOP("Files", "%1 is in use by another program, so it was not replaced and is unchanged. Close it and try again."),
        dest,
    )


def replace_file(src: Path | str, dest: Path | str, sleep: Callable[[float], None] = time.sleep) -> None:
    """`os.replace(src, dest)`, retried while the system refuses it (a file held open on
    Windows). FileInUse names `dest` when it still fails; `src` is left for the caller."""
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(src, dest)
            return
        except PermissionError:
            if delay is None:
                raise file_in_use(Path(dest)) from None
            sleep(delay)


def check_writable(path: Path, make_parents: bool = False) -> None:
    """Raise the OSError a write to `path` would meet (a folder there, a folder that cannot be
    made or written), before work that must not happen for nothing (issuing a laptop)."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(path.parent, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def _fill(fd: int, data: bytes) -> None:
    """Write `data` to the open file `fd`, flushed to the disk, and close it."""
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _written_beside(path: Path, data: bytes) -> str:
    """A hidden temp file next to `path` holding `data` on the disk (the caller renames or
    links it, and removes it on failure). A folder at `path` is refused under its own name."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".part", dir=str(path.parent))
    try:
        _fill(fd, data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, data: bytes, make_parents: bool = False) -> Path:
    """Write `data` to `path` so that a crash leaves either the old file or the new one."""
    path = Path(path)
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _written_beside(path, data)
    try:
        replace_file(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _restart_manager_names(path: Path) -> list[str]:  # pragma: no cover - Windows only
    """The programs Windows' Restart Manager says hold `path` ("WPS Office", "Microsoft Excel");
    empty when it cannot tell."""
    try:
        import ctypes
        from ctypes import wintypes

        class UniqueProcess(ctypes.Structure):
            _fields_ = [("dwProcessId", wintypes.DWORD), ("ProcessStartTime", wintypes.FILETIME)]

        class ProcessInfo(ctypes.Structure):
            _fields_ = [
                ("Process", UniqueProcess),
                ("strAppName", wintypes.WCHAR * 256),
                ("strServiceShortName", wintypes.WCHAR * 64),
                ("ApplicationType", ctypes.c_int),
                ("AppStatus", wintypes.ULONG),
                ("TSSessionId", wintypes.DWORD),
                ("bRestartable", wintypes.BOOL),
            ]

        rstrtmgr = ctypes.WinDLL("rstrtmgr")  # type: ignore[attr-defined]
        session = wintypes.DWORD()
        key = ctypes.create_unicode_buffer(64)
        if rstrtmgr.RmStartSession(ctypes.byref(session), 0, key) != 0:
            return []
        try:
            files = (wintypes.LPCWSTR * 1)(str(path))
            if rstrtmgr.RmRegisterResources(session, 1, files, 0, None, 0, None) != 0:
                return []
            needed, count, reasons = wintypes.UINT(), wintypes.UINT(10), wintypes.DWORD()
            infos = (ProcessInfo * 10)()
            if rstrtmgr.RmGetList(session, ctypes.byref(needed), ctypes.byref(count), infos, ctypes.byref(reasons)) != 0:
                return []
            names = [infos[i].strAppName for i in range(count.value) if infos[i].strAppName]
            return list(dict.fromkeys(names))
        finally:
            rstrtmgr.RmEndSession(session)
    except (OSError, AttributeError, ValueError):
        return []
class FileExists(FileExistsError):
    """The file is there already: it is never overwritten."""


def write_new(path: Path, data: bytes, make_parents: bool = False) -> Path:
    """Write `data` to a file that must not exist yet, never replacing one (not even one made
    at the same moment): a temp file, fsync, then a hard link to the name (fails if taken)
    or, where the file system has no links (FAT sticks), an exclusive create."""
    path = Path(path)
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        raise FileExists(17, "exists", str(path))
    tmp = _written_beside(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise FileExists(17, "exists", str(path)) from None
        except OSError:  # no hard links here: create the name exclusively, then fill it
            try:
                out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
            except FileExistsError:
                raise FileExists(17, "exists", str(path)) from None
            _fill(out, data)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def write_unique(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` into `folder` under `name`, or `stem-2.ext`, `stem-3.ext` ... when taken."""
    folder = Path(folder)
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    for n in range(1, 1000):
        candidate = folder / (name if n == 1 else f"{stem}-{n}{dot}{ext}")
        try:
            return write_new(candidate, data)
        except FileExists:
            continue
    raise FileExists(17, "exists", str(folder / name))
