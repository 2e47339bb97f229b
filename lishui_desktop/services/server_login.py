"""Logging in to an office store on a PostgreSQL server from the window.

libpq finds a password where it always does (~/.pgpass, a service file, PGPASSWORD). When it
finds none, the window asks the person; the password then lives only in this process
(`use_password`: PGPASSWORD in this process's environment, which libpq reads for each new
connection and which pg_dump/pg_restore inherit) and is never logged nor written anywhere,
unless the person asks to remember it: `remember_password` adds one line to their pgpass file
(%APPDATA%\\postgresql\\pgpass.conf on Windows), readable by them alone (0600).

Which store the window opens (a server URL chosen in the first-start dialog or in 设置) is kept
in the per-user preferences file, never in a database: `chosen_store` / `choose_store`.
"""

from __future__ import annotations

import os
from pathlib import Path

from lishui_desktop.services import settings_store

# (db.server, which imports SQLAlchemy, only where a URL is read: the window asks for the
# chosen store before its first paint, which must not wait for the database layer)

STORE_KEY = "database"  # the preference: the store the window opens (a server URL, or a file)


def use_password(password: str) -> None:
    os.environ["PGPASSWORD"] = password


def pgpass_file() -> Path:
    given = os.environ.get("PGPASSFILE")
    if given:
        return Path(given)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA") or Path.home()) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def pgpass_line(url_text: str, password: str) -> str:
    """The pgpass line for this store's server, database and user (* where the URL names none)."""
    from lishui_desktop.db.server import server_url

    url = server_url(url_text)
    host = url.host or str(url.query.get("host") or "") or "localhost"  # a socket folder as itself
    parts = (host, str(url.port or "*"), url.database or "*", url.username or "*", password)
    return ":".join(_field(p) for p in parts)


def remember_password(url_text: str, password: str) -> Path:
    """Add the line to the person's pgpass file (created 0600; an old line for the same server,
    database and user is replaced)."""
    path = pgpass_file()
    line = pgpass_line(url_text, password)
    key = line.rsplit(":", 1)[0] + ":"
    try:
        kept = [old for old in path.read_text(encoding="utf-8").splitlines() if not old.startswith(key)]
    except FileNotFoundError:
        kept = []
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join([*kept, line]) + "\n")
    if os.name != "nt":
        path.chmod(0o600)  # libpq ignores a pgpass file others can read
    return path


def chosen_store() -> str | None:
    """The store chosen in the window (first start or 设置), if any."""
    value = settings_store.load().get(STORE_KEY)
    return value.strip() if value and value.strip() else None


def choose_store(where: str | None) -> None:
    """Keep the store the window opens from its next start (None: the default file again).
    A server URL is checked first (a password in it is refused, as on the command line)."""
    from lishui_desktop.db.server import is_server_url, server_url

    if where and is_server_url(where):
        server_url(where)
    settings_store.save({STORE_KEY: (where or "").strip()})
