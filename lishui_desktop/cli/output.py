"""How the command line writes its output, whatever the machine's code page.

- At a console (Windows: the console's own Unicode API, which Python uses for a console handle;
  elsewhere a terminal) text is written as the console shows it; a character it cannot show
  becomes `?`, never an error.
- Redirected or piped (`> out.json`, `| findstr`): UTF-8 without a BOM, whatever the locale,
  `PYTHONIOENCODING` or code page 936 say, unless `--encoding` names another. An encoding that
  covers all of Unicode (utf-8, utf-8-sig, gb18030, utf-16) streams as usual; one that does not
  (gbk, cp936, big5) holds the output back until the command has finished, and if a character
  is outside it (a rare name such as 刘䶮) nothing is written: one clear line, exit 2.
- Messages on stderr follow the same choice, with `?` for what the encoding lacks.

The command always runs to its end: no encoding error can stop it half-way.
"""

from __future__ import annotations

import codecs
import io
import os
import shutil
import sys
import tempfile
from typing import IO, Any, TextIO

from lishui_desktop.domain.i18n import fill, translate

DEFAULT_ENCODING = "utf-8"
# encodings that can write every character (no output is ever refused in them)
UNIVERSAL = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
             "utf-32-be", "gb18030"}
SPOOL_IN_MEMORY = 8 << 20  # held-back output beyond this goes to a temporary file


class BadEncoding(ValueError):
    """--encoding names no text encoding Python knows."""


def canonical_encoding(name: str) -> str:
    """The codec's canonical name (`GBK` -> `gbk`, `utf8` -> `utf-8`); BadEncoding if unknown."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise BadEncoding(name) from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64: not for text output
        raise BadEncoding(name)
    return info.name.replace("_", "-")


def is_console(stream: Any) -> bool:
    """A console or terminal (as opposed to a file or a pipe)."""
    raw = getattr(getattr(stream, "buffer", None), "raw", None)
    if type(raw).__name__ == "_WindowsConsoleIO":  # Windows: written with WriteConsoleW
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class HeldOutput(io.TextIOBase):
    """Output in an encoding that lacks characters: encoded as it comes, written only at the end
    and only if every character fitted (so a refused output leaves no truncated file)."""

    def __init__(self, target: TextIO, encoding: str) -> None:
        super().__init__()
        self.target = target
        self._encoding = encoding
        self._spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
        self.missing: str | None = None  # the first character the encoding lacks

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self.missing is None:
            try:
                self._spool.write(text.replace("\n", os.linesep).encode(self._encoding))
            except UnicodeEncodeError as exc:
                self.missing = exc.object[exc.start : exc.end][:1]
        return len(text)

    def release(self) -> str | None:
        """Write everything held to the real stream; or, if a character did not fit, nothing
        (and return that character)."""
        if self.missing is None:
            self._spool.seek(0)
            self.target.flush()
            if hasattr(self.target, "buffer"):
                shutil.copyfileobj(self._spool, self.target.buffer)
            else:  # a text-only stream: it takes text (already known to fit)
                self.target.write(self._spool.read().decode(self._encoding).replace(os.linesep, "\n"))
            self.target.flush()
        self._spool.close()
        return self.missing


class CliOutput:
    """The streams of one command: set up before it runs (`with`), released by `finish()`;
    leaving the block puts the streams back as they were (the CLI also runs in-process)."""

    def __init__(self, encoding: str | None = None) -> None:
        self.encoding = canonical_encoding(encoding) if encoding else DEFAULT_ENCODING
        self.held: HeldOutput | None = None
        self._restore: list[tuple[Any, str, str]] = []
        self._stdout: Any = None

    def __enter__(self) -> CliOutput:
        self._stdout = sys.stdout
        self._prepare(sys.stderr)
        if is_console(sys.stdout) or self.encoding in UNIVERSAL or sys.stdout is None:
            self._prepare(sys.stdout)
        else:
            self.held = HeldOutput(sys.stdout, self.encoding)
            sys.stdout = self.held
        return self

    def _prepare(self, stream: Any) -> None:
        if stream is None or not hasattr(stream, "reconfigure"):
            return
        stream.flush()
        self._restore.append((stream, stream.encoding, stream.errors))
        if is_console(stream):
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding=self.encoding, errors="replace")

    def finish(self) -> str | None:
        """Release held output; the character that made it refused, if one did."""
        missing = None
        if self.held is not None:
            missing = self.held.release()
            sys.stdout, self.held = self._stdout, None
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):  # a closed pipe (| head): nothing more to say there
                pass
        return missing

    def refusal(self, missing: str) -> str:
        return fill(translate(
            "Cli",
            "The output contains %1 (U+%2), which the encoding %3 cannot write; nothing was "
            "written. Use --encoding gb18030 or utf-8."),
            missing,
            f"{ord(missing):04X}",
            self.encoding,
        )

    def __exit__(self, *exc: object) -> None:
        if self.held is not None:  # left by an exception: what was held is dropped, never half
            self.held.missing = self.held.missing or "\ufffd"
            self.held.release()
            sys.stdout, self.held = self._stdout, None
        for stream, encoding, errors in reversed(self._restore):
            try:
                stream.flush()
                stream.reconfigure(encoding=encoding, errors=errors)
            except (OSError, ValueError):
                pass
        self._restore.clear()
