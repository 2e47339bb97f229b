"""A database file's path as SQLite and SQLAlchemy must be given it: always as a path.

A path pasted into `file:{path}?mode=ro` or `sqlite:///{path}` breaks on ordinary folder names:
`#` cuts the URI (SQLite then opens, and may create, the stray file before it), `%41` is decoded
to `A`, `?` starts the parameters. Every connection to a database file goes through `connect`
or `engine_url` (an encrypted database too: SQLCipher parses the same URIs, so it can reuse
`sqlite_uri` and `connect_uri`).

On Windows, names longer than the old 260-character limit are opened as `\\\\?\\` names through
SQLite's `win32-longpath` file layer, which keeps the same locks as the default one.
"""

from __future__ import annotations

import ntpath
import os
import sqlite3
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import URL  # imported when an engine is made: the window starts without it


LONG_PATH_VFS = "win32-longpath"
BUSY_TIMEOUT_MS = 10_000  # how long a connection waits for another program's lock (db/engine.py)
# CreateDirectoryW's limit (MAX_PATH less room for an 8.3 name); beyond it, only \\?\ names work
WINDOWS_SHORT_LIMIT = 248


def windows_name(text: str) -> str:
    """A Windows file name as the system must be given it: `\\\\?\\C:\\...` (or
    `\\\\?\\UNC\\server\\share\\...`) when it is too long for the old limit, else unchanged."""
    text = ntpath.normpath(text)
    if len(text) < WINDOWS_SHORT_LIMIT or text.startswith("\\\\?\\"):
        return text
    if text.startswith("\\\\"):
        return "\\\\?\\UNC\\" + text[2:]
    return "\\\\?\\" + text


def native_name(path: str | os.PathLike[str], windows: bool | None = None) -> str:
    """The absolute name of `path` on this system (`windows` forces Windows rules, for tests)."""
    windows = os.name == "nt" if windows is None else windows
    text = os.fspath(path)
    if not windows:
        return os.path.abspath(text)
    return windows_name(ntpath.abspath(text) if os.name == "nt" else text)


def sqlite_uri(path: str | os.PathLike[str], params: Mapping[str, str] | None = None, *,
               windows: bool | None = None) -> str:
    """A `file:` URI for the file at `path`, every character SQLite would interpret
    percent-escaped; `params` become URI parameters (`{"mode": "ro"}`). Windows names
    (`C:\\Users\\张三\\...`, UNC, `\\\\?\\` long names) keep their backslashes: SQLite hands the
    decoded name to the system unchanged.
    """
    text = native_name(path, windows)
    # "/" and ":" mean nothing to SQLite's URI parser inside the path; everything else that is
    # not plain ASCII (#, %, ?, &, spaces, Chinese as UTF-8 bytes, backslashes) is escaped
    body = quote(text, safe="/:", encoding="utf-8", errors="surrogateescape")
    # "file://" opens an authority, which must be empty: only a path starting with "/" gets one
    uri = "file://" + body if text.startswith("/") else "file:" + body
    if params:
        uri += "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in params.items())
    return uri


@lru_cache(maxsize=1)
def _system_params() -> tuple[tuple[str, str], ...]:
    """URI parameters every connection on this system gets (the long-name file layer on
    Windows, when this SQLite has it)."""
    if os.name != "nt":
        return ()
    try:
        sqlite3.connect(f"file::memory:?vfs={LONG_PATH_VFS}", uri=True).close()
    except sqlite3.Error:  # an SQLite built without it: short names still work
        return ()
    return (("vfs", LONG_PATH_VFS),)


def connect_uri(path: str | os.PathLike[str], read_only: bool = False) -> str:
    """The URI `connect` opens (for a driver with its own `connect(uri, uri=True)`)."""
    params = dict(_system_params())
    if read_only:
        params["mode"] = "ro"
    return sqlite_uri(path, params)


def connect(path: str | os.PathLike[str], *, read_only: bool = False,
            timeout: float = 10.0) -> sqlite3.Connection:
    """Open the database file at `path`. `read_only` never creates a file: a missing one is an
    error. ATTACH on the connection accepts `sqlite_uri(...)` names too."""
    return sqlite3.connect(connect_uri(path, read_only), uri=True, timeout=timeout)


def engine_url(path: str | os.PathLike[str]) -> URL:
    """The SQLAlchemy URL of the file at `path` (built, not parsed: nothing in it is special)."""
    from sqlalchemy import URL

    if _system_params():
        return URL.create("sqlite", database=connect_uri(path), query={"uri": "true"})
    return URL.create("sqlite", database=native_name(path))

