"""The windowed program (`lishui-desktop.exe`) run with a sub-command, as the README allows.

Windows gives a windowed program no stdout or stderr, so its output used to vanish and an error
ended in AttributeError. Now, in this order, the output goes to
1. the handles it was started with, when they are a file or a pipe (`... > out.txt`),
2. the console of the window it was started from (AttachConsole), written with the console's
   Unicode API (cmd does not wait for a windowed program: the output follows the prompt),
3. a text file in the data folder (UTF-8 with a BOM, so Notepad reads it), named afterwards in a
   message box; also when the command failed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol, TextIO

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.paths import data_dir

log = logging.getLogger("lishui.cli")

STD_OUTPUT_HANDLE = -11
STD_ERROR_HANDLE = -12


class WindowSystem(Protocol):
    """What the windowed program needs from the system (Windows: `WindowsConsole`)."""

    def inherited(self, which: int) -> TextIO | None: ...

    def attach_parent_console(self) -> TextIO | None: ...

    def message_box(self, title: str, text: str, error: bool) -> None: ...


def output_folder() -> Path:
    path = data_dir() / "output"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class WindowedStreams:
    """Where a windowed command's output went; `finish` names the file if it was one."""

    system: WindowSystem | None = None
    file: Path | None = None
    _stream: TextIO | None = None

    def finish(self, code: int) -> None:
        if self.file is None or self._stream is None:
            return
        for name in ("stdout", "stderr"):
            if getattr(sys, name) is self._stream:
                setattr(sys, name, None)  # as the program was started
        try:
            self._stream.close()
        except OSError:
            pass
        if code == 0:
            text = fill(translate("Cli", "The command has finished. Its output is in %1"), self.file)
        else:
            text = fill(translate("Cli", "The command failed (exit code %1). What it said is in %2"), code, self.file)
        log.info("windowed command output written to %s (exit %s)", self.file, code)
        if self.system is not None:
            self.system.message_box("lishui", text, code != 0)


def open_windowed_streams(system: WindowSystem | None = None) -> WindowedStreams:
    """Give a command without stdout/stderr somewhere to write (see the module's docstring).
    Does nothing when both streams exist (the console `lishui`, a terminal, a test)."""
    if sys.stdout is not None and sys.stderr is not None:
        return WindowedStreams()
    if system is None and os.name == "nt":  # pragma: no cover - Windows only
        system = WindowsConsole()
    if system is not None:
        for name, which in (("stdout", STD_OUTPUT_HANDLE), ("stderr", STD_ERROR_HANDLE)):
            if getattr(sys, name) is None and (stream := system.inherited(which)) is not None:
                setattr(sys, name, stream)
        if sys.stdout is None or sys.stderr is None:
            console = system.attach_parent_console()
            if console is not None:
                console.write("\n")  # the prompt cmd printed already stands on this line
                sys.stdout = sys.stdout or console
                sys.stderr = sys.stderr or console
    if sys.stdout is not None and sys.stderr is not None:
        return WindowedStreams(system)
    path, raw = _new_output_file()
    raw.write(codecs.BOM_UTF8)
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", line_buffering=True)
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream
    return WindowedStreams(system, path, stream)


def _new_output_file() -> tuple[Path, BinaryIO]:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = output_folder()
    for n in range(1, 1000):
        path = folder / f"lishui-{stamp}-{os.getpid()}{'' if n == 1 else f'-{n}'}.txt"
        try:
            return path, open(path, "xb")  # noqa: SIM115 - closed by finish()
        except FileExistsError:
            continue
    raise FileExistsError(path)


class WindowsConsole:  # pragma: no cover - needs Windows; simulated in tests by a stand-in
    """The Windows calls behind `WindowSystem`, through ctypes."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes = ctypes
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetStdHandle.argtypes = [wintypes.DWORD]
        kernel32.GetStdHandle.restype = wintypes.HANDLE
        kernel32.GetFileType.argtypes = [wintypes.HANDLE]
        kernel32.GetFileType.restype = wintypes.DWORD
        kernel32.AttachConsole.argtypes = [wintypes.DWORD]
        kernel32.AttachConsole.restype = wintypes.BOOL
        user32 = ctypes.WinDLL("user32", use_last_error=True)
        user32.MessageBoxW.argtypes = [wintypes.HWND, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.UINT]
        user32.MessageBoxW.restype = ctypes.c_int
        self.kernel32, self.user32 = kernel32, user32

    def inherited(self, which: int) -> TextIO | None:
        """A file or pipe the program was started with (a console handle is not usable here)."""
        import msvcrt

        handle = self.kernel32.GetStdHandle(which & 0xFFFFFFFF)
        if not handle or handle == self._ctypes.c_void_p(-1).value:
            return None
        if self.kernel32.GetFileType(handle) not in (1, 3):  # FILE_TYPE_DISK, FILE_TYPE_PIPE
            return None
        fd = msvcrt.open_osfhandle(handle, os.O_WRONLY)  # type: ignore[attr-defined]
        return open(fd, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115

    def attach_parent_console(self) -> TextIO | None:
        if not self.kernel32.AttachConsole(0xFFFFFFFF):  # ATTACH_PARENT_PROCESS
            return None
        # "CONOUT$" opens as the console itself: Python writes it with WriteConsoleW
        return open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115

    def message_box(self, title: str, text: str, error: bool) -> None:
        flags = 0x10 if error else 0x40  # MB_ICONERROR / MB_ICONINFORMATION
        self.user32.MessageBoxW(None, text, title, flags)

